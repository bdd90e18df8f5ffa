/**
 * What the parse command needs of one input, computed where the input is parsed (in-process or in
 * a worker thread): the result as output text, whether it failed, and its diagnostics report.
 */
import { stylish } from '../format/reporters.js';
import type { TemplateDefinition } from '../grammar/definition.js';
import type { Analysis } from '../pipeline.js';
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
  const failed = !result.ok || (settings.strict === true && result.diagnostics.some((d) => d.severity === 'warning'));
  const report = settings.quiet ? '' : stylish([{ file: result.file, diagnostics: result.diagnostics, text }], { minimum: settings.minimum, color: settings.color });
  return {
    file: result.file,
    data: JSON.stringify(result, null, settings.indent || undefined),
    failed,
    report,
    bytes: result.source.bytes,
  };
}
