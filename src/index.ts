/**
 * esr-parse as a library. Every function returns or checks the same result object the CLI prints.
 *
 *     import { parse, parseFile, validateResult } from 'esr-parse';
 *     const result = parseFile('description.txt');            // Result: ok, record, diagnostics, …
 *     const again = parse(readFileSync('description.txt'), { file: 'description.txt' });
 *     const problems = validateResult(JSON.parse(stored));      // Diagnostic[]: schema, rules, ok
 */
import { analyseFile } from './cli/process.js';
import { failedResult, parseBytes as parseBytesUnguarded, type ParseOptions } from './pipeline.js';
import type { Result } from './record/schema.js';
import type { Diagnostic } from './types.js';
import { validateResult as validateStoredResult } from './validate/stored.js';
import { useDefinitionCheck } from './grammar/checked.js';
import { formatDefinitionErrors, validateDefinition } from './grammar/validate.js';

// Definitions a caller passes without validating them are checked when first used: a bad one
// gives each result an `invalid-definition` error instead of failing inside the reader.
// (As the object it is: its errors are located by their path, no line of a text its author never saw.)
useDefinitionCheck((definition, name) => {
  if (definition === null || typeof definition !== 'object') return `${name}: not a definition (an object)`;
  const checked = validateDefinition(definition, name);
  return checked.definition !== null ? null : formatDefinitionErrors(checked.errors);
});

export type { ParseOptions } from './pipeline.js';
export type { EsrRecord, Result, Unmapped } from './record/schema.js';
export type {
  BlockNode,
  Diagnostic,
  DocumentNode,
  FieldNode,
  FurnitureNode,
  HeadingNode,
  LineNode,
  ParagraphNode,
  Point,
  Position,
  PreambleNode,
  SectionNode,
  Severity,
  TableRowNode,
  TreeNode,
} from './types.js';
export { RecordSchema, ResultSchema, resultJsonSchema, SCHEMA_ID } from './record/schema.js';
export { templateNames } from './grammar/index.js';
export type { FieldDefinition, SectionDefinition, TemplateDefinition } from './grammar/definition.js';
export { definitionJsonSchema, TemplateDefinitionSchema } from './grammar/definition.js';
/**
 * Layout definitions from outside: `loadDefinition(json)` validates one (throwing a
 * DefinitionLoadError whose `errors` are located in the JSON) and returns it for
 * `parse(text, { definitions: [it] })`.
 */
export { DefinitionLoadError, loadDefinition, validateDefinition, type DefinitionError } from './grammar/validate.js';
/** `redact({ result, text: null }).result`: the result without personal data, as `--redact` writes it. */
export { redact, REDACTED, type Redactable } from './redact.js';

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

/**
 * A JavaScript caller's input that is neither a text nor bytes (`parse(null)`, `parse({})`): the
 * caller's mistake, said in its words rather than as an internal error of the parser.
 */
function notAnInput(input: unknown, options: ParseOptions, takes = 'parse() takes the text as a string or its bytes (a Uint8Array, Buffer or ArrayBuffer)'): Result {
  const kind = typeof input;
  const what = input === null || input === undefined ? String(input) : Array.isArray(input) ? 'an array' : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  return failedResult(options.file ?? '<input>', { severity: 'error', rule: 'unreadable', message: `Nothing to read: ${takes}, not ${what}` });
}

/**
 * Options as a JavaScript caller may give them: `null` is no options, as `undefined` is; a file
 * name that is a number (`{ file: 5 }`, an id from a database row) is its string, and one of
 * another kind (`null`, an object) none, so that the result's `file` is a string, as the result's
 * schema says.
 */
function checkedOptions(options: ParseOptions | null | undefined): ParseOptions {
  if (options === null || options === undefined) return {};
  if (options.file === undefined || typeof options.file === 'string') return options;
  const file = options.file as unknown;
  // (A number is a name; `null`, an object, is no name: the result is `<input>`'s, as without one.)
  return { ...options, file: typeof file === 'number' || typeof file === 'bigint' ? String(file) : undefined };
}

/**
 * Bytes in any view of them (a Buffer, an ArrayBuffer from fetch(), a DataView) as a Uint8Array;
 * null for anything else; `detached` for a buffer transferred to another thread, of which no view
 * can be made (V8 throws).
 */
function asBytes(input: unknown): Uint8Array | null | 'detached' {
  try {
    // (A view of a detached buffer reads as empty: asked of an empty one only.)
    if (input instanceof Uint8Array) return input.byteLength > 0 || new Uint8Array(input.buffer) ? input : null;
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
  } catch {
    return 'detached';
  }
  return null;
}

function detached(options: ParseOptions): Result {
  return failedResult(options.file ?? '<input>', { severity: 'error', rule: 'unreadable', message: 'Nothing to read: the bytes\' buffer is detached (transferred to another thread or worker)' });
}

/** Parses raw bytes (any supported encoding). Never throws. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Result {
  options = checkedOptions(options);
  const view = asBytes(bytes);
  if (view === null) return notAnInput(bytes, options, 'parseBytes() takes the bytes of a text (a Uint8Array, Buffer or ArrayBuffer)');
  if (view === 'detached') return detached(options);
  return guarded(() => parseBytesUnguarded(view, options), options);
}

/** Parses a text (as its UTF-8 bytes: `source.bytes` and `sha256` are of that encoding). Never throws. */
export function parseText(text: string, options: ParseOptions = {}): Result {
  options = checkedOptions(options);
  // (A String object, `new String(text)`, is a text too.)
  if (typeof text !== 'string' && !((text as unknown) instanceof String)) return notAnInput(text, options, 'parseText() takes the text as a string');
  text = String(text);
  return guarded(() => parseBytesUnguarded(Buffer.from(text, 'utf8'), options), options);
}

/**
 * Parses one description given as text or as raw bytes (any supported encoding: UTF-8 with or
 * without BOM, UTF-16 with BOM, Windows-1252). Never throws for bad input: a text that is no
 * description is a result with `ok: false` and its diagnostics. `options.file` is the name shown in
 * `result.file`; `options.tree` adds the positioned document tree.
 */
export function parse(input: string | Uint8Array | ArrayBuffer | ArrayBufferView, options: ParseOptions = {}): Result {
  options = checkedOptions(options);
  if (typeof input === 'string' || (input as unknown) instanceof String) return parseText(input as string, options);
  const bytes = asBytes(input);
  if (bytes === null) return notAnInput(input, options);
  if (bytes === 'detached') return detached(options);
  return parseBytes(bytes, options);
}

/**
 * Reads and parses the file at `path`, as `esr-parse path` does: `result.file` is `path` (unless
 * `options.file` says otherwise), and a file that cannot be read (missing, a directory, over
 * 64 MiB) is a result with `ok: false` and an `unreadable`/`file-too-large` diagnostic, not an
 * exception.
 */
export function parseFile(path: string, options: ParseOptions = {}): Result {
  options = checkedOptions(options);
  if (typeof path !== 'string' && !((path as unknown) instanceof String)) return notAnInput(path, options, "parseFile() takes a file's path as a string");
  const { result } = analyseFile(String(path), options);
  if (options.file !== undefined) result.file = options.file;
  return result;
}

/**
 * Checks a stored result (earlier output read back with JSON.parse) as `esr-parse validate
 * results.json` does: the JSON Schema (dates of the calendar), the semantic rules of its record
 * (business id, project code, period order, women within totals, e-mail), and its own `ok` (a
 * result that failed when it was made gives a `failed-result` error). Returns the diagnostics, each
 * with `path`, the JSON pointer of the value inside the result; a result made with warnings gives one
 * `stored-warnings` warning (what `validate --strict` fails on); none when it is valid and was made
 * without warnings.
 */
export function validateResult(result: unknown): Diagnostic[] {
  return validateStoredResult(result);
}

