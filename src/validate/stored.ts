/**
 * Checks of a stored result (earlier output read back from JSON): the same checks a parsed text
 * gets, without its source text — the JSON Schema (with the date format), the semantic rules of the
 * record, and `ok` itself: a result that failed when it was made fails again.
 */
import { parse, type ParseError } from 'jsonc-parser';
import { JsonPositions } from './json-positions.js';
import { pointAt } from '../parse/line-parser.js';
import { templateByName, type CompiledTemplate } from '../grammar/index.js';
import { CLASSIFICATION_YEARS, municipalityCode, regionCode, subRegionCode } from '../derive/area-codes.js';
import { hasGarbledCharacters } from '../mojibake.js';
import type { EsrRecord } from '../record/schema.js';
import type { Diagnostic } from '../types.js';
import { semanticRules } from './rules.js';
import { validateAgainstSchema } from './schema-validator.js';

const noSources = { get: () => undefined };

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Diagnostics of one stored result, with `path` a JSON pointer into the result. Semantic rules run
 * when `record` is an object; a record too broken for them is already failed by the schema.
 */
export function validateResult(result: unknown, templateOf: (name: string) => CompiledTemplate | undefined = templateByName): Diagnostic[] {
  const diagnostics = validateAgainstSchema(result);
  if (!isObject(result)) return diagnostics;
  if (isObject(result.record)) {
    const template = typeof result.template === 'string' ? (templateOf(result.template) ?? null) : null;
    const schemaPaths = diagnostics.map((d) => d.path ?? '/');
    // A value the schema already rejects (a number where a code belongs) is not reported twice.
    const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
    try {
      for (const d of semanticRules(result.record as EsrRecord, template, noSources)) {
        const path = `/record${d.path ?? ''}`;
        if (!schemaPaths.some((p) => related(p, path))) diagnostics.push({ ...d, path });
      }
    } catch {
      // A record of the wrong shape: the schema errors above say where.
    }
  }
  if (isObject(result.record) && isObject(result.record.targetArea)) diagnostics.push(...misalignedCodes(result.record.targetArea));
  const stored = Array.isArray(result.diagnostics) ? result.diagnostics.filter(isObject) : [];
  // What a result the tool made always is, checked where a stored one says ok (an edit, another program's, a file
  // re-encoded on its way: audit WJ of round 80 found each passed): see `unlikeToolsResult`.
  if (result.ok === true) diagnostics.push(...unlikeToolsResult(result, stored, templateOf));
  const storedErrors = [...new Set(stored.filter((d) => d.severity === 'error').map((d) => String(d.rule)))];
  const name = typeof result.file === 'string' ? `The result of ${result.file}` : 'The result';
  if (result.ok === false) {
    const why = storedErrors.length > 0 ? `: ${storedErrors.join(', ')}` : '';
    diagnostics.push({ severity: 'error', rule: 'failed-result', message: `${name} failed when it was made (ok: false)${why}`, path: '/ok' });
  } else if (result.ok === true && storedErrors.length > 0) {
    diagnostics.push({ severity: 'error', rule: 'failed-result', message: `${name} says ok: true but has errors: ${storedErrors.join(', ')}`, path: '/ok' });
  }
  // Its warnings, said once, so that `--strict` fails a stored result as it fails the text.
  const storedWarnings = [...new Set(stored.filter((d) => d.severity === 'warning').map((d) => String(d.rule)))];
  if (storedWarnings.length > 0) diagnostics.push({ severity: 'warning', rule: 'stored-warnings', message: `${name} had warnings when it was made: ${storedWarnings.join(', ')}`, path: '/diagnostics' });
  return diagnostics;
}

/**
 * The area's names and their codes, aligned index by index (a code null where a name has none); each code's form and
 * the code its name has in Statistics Finland's classification (any year of it).
 */
const ALIGNED_AREA_LISTS = [
  ['regions', 'regionCodes', /^\d{2}$/u, 'two digits', (name: string) => regionCode(name, CLASSIFICATION_YEARS)],
  ['subRegions', 'subRegionCodes', /^\d{3}$/u, 'three digits', (name: string) => subRegionCode(name, CLASSIFICATION_YEARS)],
  ['municipalities', 'municipalityCodes', /^\d{3}$/u, 'three digits', (name: string) => municipalityCode(name, CLASSIFICATION_YEARS)],
] as const;

/** A stored result edited by hand may have lost the alignment the output keeps: a code would then be read as another name's. */
function misalignedCodes(area: Record<string, unknown>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [names, codes] of ALIGNED_AREA_LISTS) {
    const a = area[names];
    const b = area[codes];
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      problems.push({ severity: 'error', rule: 'misaligned-codes', message: `targetArea.${codes} has ${b.length} code${b.length === 1 ? '' : 's'} for ${a.length} name${a.length === 1 ? '' : 's'} in targetArea.${names}: they are aligned index by index`, path: `/record/targetArea/${codes}` });
    }
  }
  return problems;
}

/** A stored diagnostic's path as the result's pointer (`/project/code` → `/record/project/code`), '' when it has none. */
const storedPath = (d: Record<string, unknown>) => (typeof d.path === 'string' ? `/record${d.path}` : '');

/**
 * Where a stored result that says ok differs from every result the tool makes: no record; its record's template not
 * the result's; a value a publishable description must have null with nothing said of it; an `unmapped` entry with no
 * diagnostic at its line (SPEC §5); characters a wrong code page leaves in its values (`H├ñmeen`, `HÃ¤meen`, U+FFFD: the
 * file re-encoded after it was written); an area's code not of its form (`81` for `081`, a spreadsheet's), or not the
 * code of the name beside it (names reordered or renamed by hand, the codes left).
 */
function unlikeToolsResult(result: Record<string, unknown>, stored: Record<string, unknown>[], templateOf: (name: string) => CompiledTemplate | undefined): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const record = result.record;
  if (!isObject(record)) {
    problems.push({ severity: 'error', rule: 'failed-result', message: 'The result says ok: true but has no record', path: '/record' });
    return problems;
  }
  if (result.template === null) problems.push({ severity: 'error', rule: 'failed-result', message: 'The result says ok: true with a record but no template: the tool reads a record only by a layout', path: '/template' });
  else if (typeof result.template === 'string' && typeof record.template === 'string' && record.template !== result.template) {
    problems.push({ severity: 'error', rule: 'failed-result', message: `The result's template is ${result.template}, its record's ${record.template}: the two are always the same`, path: '/record/template' });
  }
  const template = typeof result.template === 'string' ? (templateOf(result.template) ?? null) : null;
  if (template !== null) problems.push(...requiredUnsaid(record, template, stored));
  const lines = new Set<number>();
  for (const d of stored) if (typeof d.line === 'number') for (let line = d.line; line <= (typeof d.endLine === 'number' ? d.endLine : d.line); line++) lines.add(line);
  if (Array.isArray(result.unmapped)) {
    result.unmapped.forEach((entry, i) => {
      if (isObject(entry) && typeof entry.line === 'number' && !lines.has(entry.line)) problems.push({ severity: 'error', rule: 'failed-result', message: `unmapped entry ${i} (line ${entry.line}) has no diagnostic at its line: every line set aside is said (SPEC §5)`, path: `/unmapped/${i}` });
    });
  }
  // (Not where the result says its text's encoding was in doubt: the tool keeps a lost letter's U+FFFD, said.)
  const garbled = stored.some((d) => d.rule === 'encoding') ? null : firstGarbledString(record, '/record');
  if (garbled !== null) problems.push({ severity: 'error', rule: 'encoding', message: `"${garbled.text.slice(0, 60)}" holds characters a wrong code page leaves (UTF-8 read as Windows-1252 or as the DOS code page 850, or a letter lost): the stored file was re-encoded after it was written; write it again, or read it with the encoding it was saved in`, path: garbled.path });
  if (isObject(record.targetArea)) problems.push(...codesUnlikeNames(record.targetArea));
  return problems;
}

/** Required values null or empty with no stored diagnostic about them (a missing one is an error the tool makes). */
function requiredUnsaid(record: Record<string, unknown>, template: CompiledTemplate, stored: Record<string, unknown>[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const said = stored.map(storedPath).filter((path) => path !== '');
  for (const section of template.sections) {
    for (const field of section.fields) {
      if (field.definition.required !== 'error') continue;
      const path = `/record/${field.definition.path.replaceAll('.', '/')}`;
      let value: unknown = record;
      for (const key of field.definition.path.split('.')) value = isObject(value) ? value[key] : undefined;
      const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
      if (empty && !said.some((p) => p === path || p.startsWith(`${path}/`) || path.startsWith(`${p}/`))) problems.push({ severity: 'error', rule: 'missing-field', message: `${field.definition.path} is empty, a value ${template.name} requires, and the result says nothing of it: the tool would have failed it`, path });
    }
  }
  return problems;
}

/** The first string of a value that holds characters a wrong code page leaves, and its pointer. */
function firstGarbledString(value: unknown, path: string): { text: string; path: string } | null {
  if (typeof value === 'string') return hasGarbledCharacters(value) ? { text: value, path } : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstGarbledString(value[i], `${path}/${i}`);
      if (found !== null) return found;
    }
  } else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const found = firstGarbledString(inner, `${path}/${key}`);
      if (found !== null) return found;
    }
  }
  return null;
}

function codesUnlikeNames(area: Record<string, unknown>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [names, codes, form, formWords, codeOf] of ALIGNED_AREA_LISTS) {
    const a = area[names];
    const b = area[codes];
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) continue;
    b.forEach((code, i) => {
      if (typeof code !== 'string') return;
      const path = `/record/targetArea/${codes}/${i}`;
      if (!form.test(code)) problems.push({ severity: 'error', rule: 'misaligned-codes', message: `targetArea.${codes}[${i}] is "${code}", not a code of its form (${formWords}: leading zeros lost in a spreadsheet?)`, path });
      else if (typeof a[i] === 'string') {
        const own = codeOf(a[i] as string);
        if (own !== null && own !== code) problems.push({ severity: 'error', rule: 'misaligned-codes', message: `targetArea.${codes}[${i}] is ${code}, but "${a[i]}" beside it has the code ${own}: names and codes edited apart?`, path });
      }
    });
  }
  return problems;
}

/** One value read from a JSON or NDJSON text, and where it was. */
export interface StoredValue {
  value: unknown;
  /** 1-based line of an NDJSON record; undefined for JSON. */
  line?: number;
  /** Pointer of the value inside the file: '' for the whole file, `/3` for an array's fourth element. */
  pointer: string;
  /** Where the values of the text it was read from stand (the file's, or an NDJSON line's). */
  positions: JsonPositions;
}

export type StoredRead = { values: StoredValue[] } | { error: Diagnostic };

/**
 * Results stored as one JSON value (a result, or an array of results) or as NDJSON (one result per
 * line). Whichever the text is decides, not the file's extension: `-` has none, and a `.json` file
 * written with `--format ndjson` is common.
 */
export function readStoredResults(text: string): StoredRead {
  const body = text.replace(/^\uFEFF/, '');
  let whole: unknown;
  let wholeError: Error;
  try {
    whole = JSON.parse(body);
    if (Array.isArray(whole) && whole.length === 0) return { error: { severity: 'error', rule: 'no-results', message: 'An empty array: no stored result to check' } };
    const positions = new JsonPositions(body);
    if (Array.isArray(whole)) return { values: whole.map((value, i) => ({ value, pointer: `/${i}`, positions })) };
    return { values: [{ value: whole, pointer: '', positions }] };
  } catch (error) {
    wholeError = error as Error;
  }
  const lines = body.split('\n');
  const nonBlank = lines.filter((l) => l.trim() !== '').length;
  // One JSON value written over lines (`[` or `{` alone on its first line, as `jq .` writes) or on
  // one line: its own error, where the parser stopped (a file cut short: at its end).
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  if (nonBlank < 2 || first === '[' || first === '{') return { error: { severity: 'error', rule: 'invalid-json', message: `Not JSON: ${wholeError.message}`, ...jsonErrorAt(body) } };
  const values: StoredValue[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    try {
      values.push({ value: JSON.parse(lines[i]), line: i + 1, pointer: '', positions: new JsonPositions(lines[i], i + 1) });
    } catch (error) {
      const message = `Neither JSON nor NDJSON: line ${i + 1} is not JSON (${(error as Error).message})`;
      return { error: { severity: 'error', rule: 'invalid-json', message, line: i + 1, column: 1 } };
    }
  }
  return { values };
}

/** Where a text that is not JSON stops being JSON (the first syntax error), as a line and column. */
function jsonErrorAt(text: string): { line: number; column: number } | Record<string, never> {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return {};
  return pointAt(text, Math.min(errors[0].offset, text.length));
}

/**
 * Whether standard input holds stored results rather than a description: JSON starts with { or [,
 * and its first line is JSON (an array or object begun there) — a saved web page may start with a
 * link, `[Siirry sisältöön](#main)`.
 */
/**
 * Stored results as text: UTF-8 (its byte-order mark left out), or UTF-16 with its byte-order mark
 * (what Windows PowerShell 5.1 writes for `esr-parse dir > results.json`).
 */
export function storedText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder().decode(bytes);
}

export function looksLikeJson(bytes: Uint8Array): boolean {
  // UTF-16 (a byte-order mark first): looked at as text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return looksLikeJson(new TextEncoder().encode(storedText(bytes.subarray(0, 4096)).replace(/\uFFFD$/, '')));
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x7b && bytes[i] !== 0x5b) return false;
  let end = bytes.indexOf(0x0a, i);
  if (end === -1) end = bytes.length;
  const first = new TextDecoder().decode(bytes.subarray(i, end)).trim();
  // A line that is JSON by itself (NDJSON, a one-line array or object), or the start of one written over lines.
  if (/^[[{]\s*$/.test(first) || /^\[\s*\{/.test(first) || /^\{\s*"/.test(first)) return true;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}
