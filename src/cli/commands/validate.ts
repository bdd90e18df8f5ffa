/**
 * `esr-parse validate`: diagnostics only, in the chosen reporter's format. Reads descriptions and
 * earlier output (`.json` holding a result or an array of them, `.ndjson`, or either on stdin).
 */
import { extname } from 'node:path';
import { reporters, type FileReport, type ReporterName } from '../../format/reporters.js';
import type { TemplateDefinition } from '../../grammar/definition.js';
import type { CompiledTemplate } from '../../grammar/index.js';
import { templateLookup } from '../../pipeline.js';
import type { Diagnostic } from '../../types.js';
import { looksLikeJson, readStoredResults, storedText, validateResult } from '../../validate/stored.js';
import type { Span } from '../../validate/json-positions.js';
import { EXIT_FAILED, EXIT_OK } from '../errors.js';
import type { Input } from '../inputs.js';
import { inputsOrStdin, write } from '../io.js';
import { analyseSafely, inputName, readBytes } from '../process.js';
import type { CliIO } from '../run.js';
import { colorEnabled } from '../terminal.js';
import { REDACTED, redact, textRedactor } from '../../redact.js';
import type { Result } from '../../record/schema.js';
import { ValidateEnding, type SummaryFormat } from '../output-data.js';

export interface ValidateCommandOptions {
  reporter: ReporterName;
  strict?: boolean;
  exclude?: string[];
  template?: string;
  definitions?: TemplateDefinition[];
  summary?: SummaryFormat;
  redact?: boolean;
  verbose?: boolean;
  color?: boolean;
}

/**
 * Extensions of stored results. A directory walk takes `*.txt` only: in a project, `validate .`
 * must not read package.json as a result. Stored results are read when named or globbed.
 */
const STORED_EXTENSIONS = ['json', 'ndjson', 'jsonl'];

/**
 * What `--redact` needs of a stored value to find its personal data: its contact and its
 * organisation's phone, taken only where they are strings (a stored value may be anything: that
 * is what is being checked).
 */
function redactionSubject(value: unknown): Result {
  const record = isObject(value) && isObject(value.record) ? value.record : {};
  const text = (object: unknown, key: string) => (isObject(object) && typeof object[key] === 'string' ? object[key] : null);
  const diagnostics = isObject(value) && Array.isArray(value.diagnostics) ? value.diagnostics.filter((d) => isObject(d) && typeof d.rule === 'string' && typeof d.path === 'string') : [];
  // (And the names that are no person's, which a contact's value may hold too: `Aino Kivelä, KSAK Oy`. Review RVC of round 76.)
  const organisation = isObject(record.organisation) ? record.organisation : {};
  const targetArea = isObject(record.targetArea) ? record.targetArea : {};
  return {
    record: {
      contact: { name: text(record.contact, 'name'), title: text(record.contact, 'title'), email: text(record.contact, 'email'), phone: text(record.contact, 'phone') },
      organisation: { name: text(organisation, 'name'), phone: text(organisation, 'phone'), coImplementers: organisation.coImplementers, transferRecipients: organisation.transferRecipients },
      project: { name: text(record.project, 'name') },
      targetArea: { municipalities: targetArea.municipalities, regions: targetArea.regions },
    },
    diagnostics,
  } as unknown as Result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A stored file that is not JSON, under `--redact`: the parser's message quotes the text around
 * where it stopped (`Unexpected token 'a', ..."email": anna.keto-"... is not valid JSON`), which
 * may be anyone's data; the quote goes (the line and column still say where).
 */
function withoutQuotedText(error: Diagnostic): Diagnostic {
  // (V8 writes `Unexpected token 'J', ..."me":Jarno Karj"... is not valid JSON`: the excerpt goes
  // whole, quotes and all, since the token that broke the parse is the one not in quotes.)
  const message = error.message
    .replace(/(Unexpected token\s*'?[^']{0,2}'?),\s*[\s\S]*?\s+is not valid JSON/gu, '$1 (the text around it is not shown under --redact)')
    .replace(/"(?:[^"\\]|\\.)*"/gu, '"…"');
  return { ...error, message };
}

/**
 * Every result stored in one file (or stdin), each checked; paths and messages say which result.
 * With `redact`, a diagnostic's message and the line its code frame shows lose the personal data
 * of the result it is about (its contact's values, e-mail addresses, mobile numbers), as when the
 * description itself is checked: the stored record holds them as written.
 */
export function storedReport(file: string, text: string, redact = false, templateOf?: (name: string) => CompiledTemplate | undefined): FileReport {
  const read = readStoredResults(text);
  if ('error' in read) return { file, text: null, diagnostics: [redact ? withoutQuotedText(read.error) : read.error] };
  const diagnostics: Diagnostic[] = [];
  // (The text, for the code frame of each diagnostic: the JSON lines it points at.)
  // (Its line ends as LF, as the frames are cut at them: CR LF and a CR alone end a line too.)
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = redact ? body.split('\n') : null;
  for (const { value, line, pointer, positions } of read.values) {
    const redactText = redact ? textRedactor(redactionSubject(value)) : null;
    // Each value's own stretch of the text masked with its own redactor, at the same length: a
    // compact array is one line of many results, and a line redacted for one result with
    // `[redacted]` kept the others' names and moved the frames of all after it (audit MA of round
    // 76: a frame 1,650 columns off showed another result's contact name).
    if (lines !== null) maskValue(lines, positions.spanOf(line === undefined ? pointer : ''), textRedactor(redactionSubject(value), [], sameLength));
    for (const d of validateResult(value, templateOf)) {
      const path = d.path === undefined || d.path === '/' ? pointer || '/' : `${pointer}${d.path}`;
      let message = pointer ? `${pointer}${d.message.startsWith('/') ? '' : ' '}${d.message}` : d.message;
      // (At the value in the file: an NDJSON record's line, and the value's column on it.)
      const span = positions.spanOf(line === undefined ? path : d.path ?? '');
      const located = { ...d, message, path, ...(span ?? (line !== undefined ? { line, column: 1 } : {})) };
      if (redactText !== null) located.message = message = redactText(message);
      diagnostics.push(located);
    }
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { file, text: lines === null ? body : lines.join('\n'), diagnostics };
}

/** A stretch of personal data as `[redacted]` filled out with `*` to its own length (a short one all `*`): the frame's columns hold. */
const sameLength = (written: string) => (written.length >= REDACTED.length ? REDACTED + '*'.repeat(written.length - REDACTED.length) : '*'.repeat(written.length));

/** The lines of a value's span, each part of it passed through `mask` (which keeps its length). */
function maskValue(lines: string[], span: Span | null, mask: (text: string) => string): void {
  if (span === null) return;
  for (let at = span.line; at <= span.endLine && at <= lines.length; at++) {
    const line = lines[at - 1];
    const from = at === span.line ? span.column - 1 : 0;
    const to = at === span.endLine ? span.endColumn - 1 : line.length;
    lines[at - 1] = `${line.slice(0, from)}${maskEscaped(mask(line.slice(from, to)), mask)}${line.slice(to)}`;
  }
}

/**
 * A JSON string written with `\u` escapes (`"Aino Kivel\u00e4"`, as Python's json.dump writes every
 * letter past ASCII) masked whole where its decoded text has personal data: the text as written holds
 * no name to find (review RVA of round 76: the names stayed in the frames).
 */
function maskEscaped(text: string, mask: (text: string) => string): string {
  if (!text.includes('\\u')) return text;
  return text.replace(/"((?:[^"\\]|\\.)*\\u(?:[^"\\]|\\.)*)"/gu, (whole: string, inner: string) => {
    let decoded: unknown;
    try {
      decoded = JSON.parse(whole);
    } catch {
      return whole;
    }
    return typeof decoded === 'string' && mask(decoded) !== decoded ? `"${sameLength(inner)}"` : whole;
  });
}

/** A report, and the template of the description it is about (null for earlier output: counted apart in --summary). */
async function reportOf(input: Input, options: ValidateCommandOptions, io: CliIO): Promise<FileReport & { template: string | null }> {
  const bytes = await readBytes(input, io.readStdin);
  const file = inputName(input);
  if (!(bytes instanceof Uint8Array)) return { file, text: null, diagnostics: bytes.result.diagnostics, template: null };
  const stored = input.kind === 'stdin' ? looksLikeJson(bytes) : STORED_EXTENSIONS.includes(extname(input.path).slice(1).toLowerCase());
  // (Checked by the layouts the run reads by, `--grammar` definitions too. Audit WL F5 of round 81: the built-in ones only.)
  if (stored) return { ...storedReport(file, storedText(bytes), options.redact === true, templateLookup(options.definitions)), template: 'json-input' };
  const analysis = analyseSafely(bytes, { template: options.template, definitions: options.definitions, file });
  const { result, text } = options.redact ? redact(analysis) : analysis;
  return { file, diagnostics: result.diagnostics, text, template: result.template };
}

export async function validateCommand(args: string[], options: ValidateCommandOptions, io: CliIO): Promise<number> {
  // (validate parses on this thread alone.)
  io.oneThread?.();
  const inputs = await inputsOrStdin(args, io, {
    extensions: ['txt', ...STORED_EXTENSIONS],
    walk: ['txt'],
    walkHint: " (stored results are read when named: 'DIR/*.json')",
    exclude: options.exclude,
  });
  const reports: FileReport[] = [];
  const ending = new ValidateEnding(options.summary, io.stderr);
  let exitCode = EXIT_OK;
  for (const input of inputs) {
    const { template, ...report } = await reportOf(input, options, io);
    const hasError = report.diagnostics.some((d) => d.severity === 'error');
    const hasWarning = report.diagnostics.some((d) => d.severity === 'warning');
    if (hasError || (options.strict && hasWarning)) exitCode = EXIT_FAILED;
    ending.add(template, report.diagnostics, hasError || (options.strict === true && hasWarning));
    reports.push(report);
  }
  const output = reporters[options.reporter](reports, {
    minimum: options.verbose ? 'info' : 'warning',
    strict: options.strict,
    color: options.reporter === 'stylish' && colorEnabled(options.color, io.stdout, io.env ?? {}),
  });
  if (output) await write(io.stdout, output);
  await ending.finish(exitCode === EXIT_OK);
  return exitCode;
}
