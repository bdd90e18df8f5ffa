/**
 * esr-parse as a library:
 *
 *     import { parse } from 'esr-parse';
 *     const result = parse(readFileSync('description.txt'), { file: 'description.txt' });
 */
import { failedResult, parseBytes as parseBytesUnguarded, type ParseOptions } from './pipeline.js';
import type { Result } from './record/schema.js';

export type { ParseOptions } from './pipeline.js';
export type { EsrRecord, Result, Unmapped } from './record/schema.js';
export type { Diagnostic, DocumentNode, Position, Severity } from './types.js';
export { RecordSchema, ResultSchema, resultJsonSchema, SCHEMA_ID } from './record/schema.js';
export { templateNames } from './grammar/index.js';

/**
 * Any fault inside the pipeline (a bug, or an input beyond what V8 can hold) becomes the input's
 * failed result with an `internal-error` diagnostic: the library never throws on an input.
 */
function guarded(read: () => Result, options: ParseOptions): Result {
  try {
    return read();
  } catch (error) {
    const message = `Internal error while parsing: ${error instanceof Error ? error.message : String(error)}`;
    return failedResult(options.file ?? '<input>', { severity: 'error', rule: 'internal-error', message });
  }
}

/** Parses raw bytes (any supported encoding). Never throws. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Result {
  return guarded(() => parseBytesUnguarded(bytes, options), options);
}

/** Parses a text (as its UTF-8 bytes: `source.bytes` and `sha256` are of that encoding). Never throws. */
export function parseText(text: string, options: ParseOptions = {}): Result {
  return guarded(() => parseBytesUnguarded(Buffer.from(text, 'utf8'), options), options);
}

/** Parses one description given as text or as raw bytes (any supported encoding). Never throws. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Result {
  return typeof input === 'string' ? parseText(input, options) : parseBytes(input, options);
}
