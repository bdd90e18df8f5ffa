/**
 * ajv (draft 2020-12) against the committed JSON Schema, compiled to JavaScript at build time.
 * An error's JSON path is traced back through the record to the source position of the nearest
 * value the mapper placed.
 */
import type { ErrorObject } from 'ajv';
import type { PositionLookup } from '../map/record-builder.js';
import type { Diagnostic, Position } from '../types.js';
import resultSchema from '../../schemas/esr-parse-result.schema.json' with { type: 'json' };
// Made by `npm run build` from schemas/esr-parse-result.schema.json (ajv standalone code).
import validate from './generated/validate-result.js';

/** The source position of `pointer`, or of its closest ancestor that has one. */
export function traceToSource(pointer: string, sources: PositionLookup): Position | undefined {
  for (let p = pointer; p.length > 0; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = sources.get(p);
    if (found) return found;
  }
  return undefined;
}

/** The `format` written beside each pattern in the schema: a failed pattern is reported as that format. */
let formatsByPattern: Map<string, string> | null = null;

function formatOfPattern(pattern: string): string | undefined {
  if (!formatsByPattern) {
    formatsByPattern = new Map();
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const { pattern: p, format } = node as { pattern?: unknown; format?: unknown };
      if (typeof p === 'string' && typeof format === 'string') formatsByPattern!.set(p, format);
      for (const child of Object.values(node)) visit(child);
    };
    visit(resultSchema);
  }
  return formatsByPattern.get(pattern);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'pattern') {
    const format = formatOfPattern(String(error.params.pattern));
    // zod's date pattern is 200 characters of regular expression; its format says it in a word.
    if (format === 'date') return `${where} must be a date of the calendar, YYYY-MM-DD (format "date")`;
    if (format) return `${where} must match format "${format}"`;
  }
  if (error.keyword === 'additionalProperties') {
    return `${where} must not have the property "${String(error.params.additionalProperty)}"`;
  }
  return `${where} ${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).map(String).join(', ')})` : ''}`;
}

/**
 * Validates a whole result object. `prefix` is the pointer of the record inside what `sources`
 * describes (sources are keyed by record pointers, the result holds the record under `/record`).
 */
export function validateAgainstSchema(result: unknown, sources: PositionLookup = new Map()): Diagnostic[] {
  if (validate(result)) return [];
  return (validate.errors ?? []).map((error) => {
    const recordPointer = error.instancePath.startsWith('/record') ? error.instancePath.slice('/record'.length) : '';
    const position = recordPointer ? traceToSource(recordPointer, sources) : undefined;
    return {
      severity: 'error',
      rule: 'schema',
      message: describe(error),
      ...(position
        ? { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column }
        : {}),
      path: error.instancePath || '/',
    } satisfies Diagnostic;
  });
}
