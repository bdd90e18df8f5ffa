/**
 * One description through every stage (SPEC §3): decode → lex/parse → detect → tree → map →
 * semantic rules → schema validation. Data flows one way; each stage is its own module.
 */
import { createHash } from 'node:crypto';
import { decode } from './decode.js';
import { describeDetection, detectTemplate } from './detect.js';
import { templateByName, templateNames } from './grammar/index.js';
import { mapDocument } from './map/mapper.js';
import { buildTree } from './parse/tree.js';
import { parseLines } from './parse/line-parser.js';
import type { Result } from './record/schema.js';
import type { Diagnostic } from './types.js';
import { semanticRules } from './validate/rules.js';
import { validateAgainstSchema } from './validate/schema-validator.js';

export interface ParseOptions {
  /** Name shown in the result's `file`; `<input>` when not given. */
  file?: string;
  /** Skip detection and read the text as this layout. */
  template?: string;
  /** Add the positioned document tree under `tree`. */
  tree?: boolean;
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || severityOrder[a.severity] - severityOrder[b.severity];
}

/** `push(...list)` one by one: a spread passes every element on the stack, and a text can have 100,000s of diagnostics. */
function append<T>(target: T[], ...lists: T[][]): void {
  for (const list of lists) for (const item of list) target.push(item);
}

export function failedResult(file: string, diagnostic: Diagnostic, source: Partial<Result['source']> = {}): Result {
  return {
    file,
    ok: false,
    template: null,
    source: { bytes: 0, sha256: null, encoding: null, lineEnding: null, ...source },
    record: null,
    unmapped: [],
    diagnostics: [diagnostic],
  };
}

export interface Analysis {
  result: Result;
  /** The decoded text the positions refer to (null when the bytes could not be decoded). */
  text: string | null;
}

export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Result {
  return analyse(bytes, options).result;
}

export function analyse(bytes: Uint8Array, options: ParseOptions = {}): Analysis {
  const file = options.file ?? '<input>';
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decode(bytes);
  if ('failure' in decoded) {
    return { result: failedResult(file, decoded.failure, { bytes: bytes.length, sha256, encoding: decoded.encoding }), text: null };
  }
  const source: Result['source'] = { bytes: bytes.length, sha256, encoding: decoded.encoding, lineEnding: decoded.lineEnding };
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const { lines, end, diagnostics: parseDiagnostics } = parseLines(decoded.text);
  append(diagnostics, parseDiagnostics);

  const template = options.template !== undefined ? templateByName(options.template) : detectTemplate(lines).template;
  if (!template) {
    const message =
      options.template !== undefined
        ? `Unknown template "${options.template}"; known: ${templateNames.join(', ')}`
        : `The text is not a description of any known layout. Looked for: ${describeDetection()}`;
    const failed = failedResult(file, { severity: 'error', rule: 'unknown-template', message }, source);
    failed.diagnostics = [...diagnostics, ...failed.diagnostics];
    return { result: failed, text: decoded.text };
  }

  const documentPosition = { start: { line: 1, column: 1, offset: 0 }, end };
  const { tree, diagnostics: treeDiagnostics } = buildTree(lines, template, documentPosition);
  const mapped = mapDocument(tree, template);
  append(diagnostics, treeDiagnostics, mapped.diagnostics, semanticRules(mapped.record, template, mapped.sources));

  const result: Result = {
    file,
    ok: true,
    template: template.name,
    source,
    record: mapped.record,
    unmapped: mapped.unmapped,
    diagnostics,
  };
  append(diagnostics, validateAgainstSchema(result, mapped.sources));
  diagnostics.sort(byPosition);
  result.ok = !diagnostics.some((d) => d.severity === 'error');
  if (options.tree) result.tree = tree as unknown as Record<string, unknown>;
  return { result, text: decoded.text };
}

export function parseText(text: string, options: ParseOptions = {}): Result {
  return parseBytes(new TextEncoder().encode(text), options);
}
