/**
 * esr-parse as a library:
 *
 *     import { parse } from 'esr-parse';
 *     const result = parse(readFileSync('description.txt'), { file: 'description.txt' });
 */
import { parseBytes, parseText, type ParseOptions } from './pipeline.js';
import type { Result } from './record/schema.js';

export type { ParseOptions } from './pipeline.js';
export type { EsrRecord, Result, Unmapped } from './record/schema.js';
export type { Diagnostic, DocumentNode, Position, Severity } from './types.js';
export { RecordSchema, ResultSchema, resultJsonSchema, SCHEMA_ID } from './record/schema.js';
export { templateNames } from './grammar/index.js';
/** `redact({ result, text: null }).result`: the result without personal data, as `--redact` writes it. */
export { redact, REDACTED, type Redactable } from './redact.js';

/** Parses one description given as text or as raw bytes (any supported encoding). */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Result {
  return typeof input === 'string' ? parseText(input, options) : parseBytes(input, options);
}

export { parseBytes, parseText };
