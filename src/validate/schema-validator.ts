/**
 * ajv (draft 2020-12) against the committed JSON Schema, compiled to JavaScript at build time.
 * An error's JSON path is traced back through the record to the source position of the nearest
 * value the mapper placed.
 */
import type { ErrorObject } from 'ajv';
import type { PositionLookup } from '../map/record-builder.js';
import type { Diagnostic, Position } from '../types.js';
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

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
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
