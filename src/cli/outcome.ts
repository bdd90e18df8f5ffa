/**
 * What the parse command needs of one input, computed where the input is parsed (in-process or in
 * a worker thread): the result as output text, whether it failed, and its diagnostics report.
 */
import { stylish } from '../format/reporters.js';
import type { TemplateDefinition } from '../grammar/definition.js';
import { failedResult, type Analysis } from '../pipeline.js';
import type { Severity } from '../types.js';
import { redact } from '../redact.js';

export interface OutcomeSettings {
  template?: string;
  /** Layout definitions from --grammar (plain data: they go to worker threads as they are). */
  definitions?: TemplateDefinition[];
  tree?: boolean;
  strict?: boolean;
  quiet?: boolean;
  /** --redact: personal data out of the result and the text its code frames are cut from. */
  redact?: boolean;
  minimum: Severity;
  /** Spaces of indentation of the serialised result; 0 for one line. */
  indent: number;
  /** Colour in the stylish report. */
  color?: boolean;
}

export interface Outcome {
  file: string;
  /** The result as JSON text, without a line break. */
  data: string;
  failed: boolean;
  /** Stylish diagnostics for stderr ('' when quiet or clean). */
  report: string;
  bytes: number;
}

export function outcomeOf(analysis: Analysis, settings: OutcomeSettings): Outcome {
  const { result, text } = settings.redact ? redact(analysis) : analysis;
  let failed = !result.ok || (settings.strict === true && result.diagnostics.some((d) => d.severity === 'warning'));
  let report = settings.quiet ? '' : stylish([{ file: result.file, diagnostics: result.diagnostics, text }], { minimum: settings.minimum, color: settings.color });
  let data: string;
  try {
    data = JSON.stringify(result, null, settings.indent || undefined);
  } catch (error) {
    // A result longer than V8's longest string (about 512 MB: the tree of a text of a million lines,
    // indented) cannot be written as one JSON text: that file's internal-error result, the batch going on.
    if (!(error instanceof RangeError)) throw error;
    const tooLarge = failedResult(result.file, { severity: 'error', rule: 'internal-error', message: `The result is too large to write as one JSON text (${error.message}); read the file without ${settings.indent ? '--tree and --pretty' : '--tree'}` }, result.source);
    data = JSON.stringify(tooLarge, null, settings.indent || undefined);
    failed = true;
    if (!settings.quiet) report += stylish([{ file: result.file, diagnostics: tooLarge.diagnostics, text: null }], { minimum: settings.minimum, color: settings.color });
  }
  return { file: result.file, data, failed, report, bytes: result.source.bytes };
}
