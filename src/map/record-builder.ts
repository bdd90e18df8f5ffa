/**
 * The record under construction: writes values by dotted path, remembers the source position of
 * each, and collects unmapped lines and diagnostics. Shared by the section mapper and the page mapper.
 */
import type { CompiledTemplate } from '../grammar/index.js';
import { emptyRecord } from '../record/empty.js';
import type { EsrRecord, Unmapped } from '../record/schema.js';
import type { Diagnostic, Position, Severity } from '../types.js';

/** A record path's keys and its JSON pointer: the grammar has few paths, each split once. */
interface PathParts {
  keys: string[];
  pointer: string;
}

const pathParts = new Map<string, PathParts>();

function partsOf(path: string): PathParts {
  let parts = pathParts.get(path);
  if (parts === undefined) {
    const keys = path.split('.');
    parts = { keys, pointer: `/${keys.join('/')}` };
    pathParts.set(path, parts);
  }
  return parts;
}

/** `project.period` → `/project/period`. */
export function pointerOf(path: string): string {
  return partsOf(path).pointer;
}

export function located(position: Position | null | undefined): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  if (!position) return {};
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
  };
}

/** Finds where in the source the value at a JSON pointer came from. */
export interface PositionLookup {
  get(pointer: string): Position | undefined;
}

/**
 * Where each value the mapper wrote came from, by JSON pointer. Every value is recorded but only
 * the few with a diagnostic are looked up, so the pairs are kept as a list and indexed on the
 * first lookup. The last position recorded for a pointer wins, as in a map.
 */
export class SourcePositions implements PositionLookup {
  private readonly pointers: string[] = [];
  private readonly positions: Position[] = [];
  private index: Map<string, Position> | null = null;

  set(pointer: string, position: Position): void {
    this.pointers.push(pointer);
    this.positions.push(position);
    this.index = null;
  }

  /** The record value read from `line`: the deepest pointer whose source covers it. */
  pointerAt(line: number): string | undefined {
    let best: string | undefined;
    for (let i = 0; i < this.pointers.length; i++) {
      const p = this.positions[i];
      if (p.start.line <= line && p.end.line >= line && (best === undefined || this.pointers[i].length > best.length)) best = this.pointers[i];
    }
    return best;
  }

  /**
   * Where one part of a value stands (a list's item, an entry's Y-tunnus): found by `get`, not by
   * `pointerAt`, which names the value a line was read into.
   */
  setPart(pointer: string, position: Position): void {
    (this.parts ??= new Map()).set(pointer, position);
  }
  private parts: Map<string, Position> | null = null;

  get(pointer: string): Position | undefined {
    const part = this.parts?.get(pointer);
    if (part !== undefined) return part;
    if (this.index === null) {
      this.index = new Map();
      for (let i = 0; i < this.pointers.length; i++) this.index.set(this.pointers[i], this.positions[i]);
    }
    return this.index.get(pointer);
  }
}

export class RecordBuilder {
  readonly record: EsrRecord;
  readonly unmapped: Unmapped[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly sources = new SourcePositions();
  /** Where an empty field stood, for `missing-field`. */
  readonly attempted = new Map<string, Position>();
  /** Paths whose value was there but unreadable: already reported by the normaliser's rule. */
  readonly unreadable = new Set<string>();

  constructor(template: CompiledTemplate) {
    this.record = emptyRecord(template.name as EsrRecord['template']);
  }

  pointer(path: string): string {
    return partsOf(path).pointer;
  }

  get(path: string): unknown {
    let target: unknown = this.record;
    for (const key of partsOf(path).keys) target = (target as Record<string, unknown> | null)?.[key];
    return target;
  }

  set(path: string, value: unknown, position: Position | null): void {
    const { keys, pointer } = partsOf(path);
    let target = this.record as unknown as Record<string, unknown>;
    for (let i = 0; i < keys.length - 1; i++) target = target[keys[i]] as Record<string, unknown>;
    target[keys[keys.length - 1]] = value;
    if (position) this.sources.set(pointer, position);
  }

  diagnose(severity: Severity, rule: string, message: string, position?: Position | null, path?: string): void {
    this.diagnostics.push({ severity, rule, message, ...located(position), ...(path ? { path: pointerOf(path) } : {}) });
  }

  keep(section: string | null, label: string | null, value: string, position: Position): void {
    this.unmapped.push({ section, label, value, line: position.start.line });
  }
}
