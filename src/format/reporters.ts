/**
 * Diagnostic reporters (SPEC §7): `stylish` for people, `json` for programs, `github` for
 * GitHub Actions workflow commands, `sarif` for code scanning, `junit` for CI test reports.
 */
import { createColors } from 'picocolors';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import type { Diagnostic, Severity } from '../types.js';
import { lazyRegExp } from '../lazy-regexp.js';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  /** Decoded source, for code frames; null when there is none (unreadable file, JSON input). */
  text: string | null;
}

export const reporterNames = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type ReporterName = (typeof reporterNames)[number];

export interface ReportOptions {
  /** Lowest severity shown. */
  minimum: Severity;
  /** ANSI colours (stylish only); decided by the CLI from --color, NO_COLOR, FORCE_COLOR, TERM and the stream. */
  color?: boolean;
  /** Warnings fail a file too (junit's failures). */
  strict?: boolean;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function shown(diagnostics: Diagnostic[], minimum: Severity): Diagnostic[] {
  return diagnostics.filter((d) => rank[d.severity] <= rank[minimum]);
}

/** Where each line of a text starts: built once per text, so a frame costs its own line only. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** The text of 1-based line `line`, without its line break; null past the end. */
  line(line: number): string | null {
    if (line < 1 || line > this.starts.length) return null;
    const end = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(this.starts[line - 1], end);
  }
}

const MAY_COMBINE = lazyRegExp(() => /[\u00ad\u0300-\uffff]/u);
const COMBINING_MARKS = lazyRegExp(() => /\p{M}/gu);
/**
 * Characters that take no place on the screen, which a file's line may keep (soft hyphens, zero-width
 * spaces and joiners, direction marks and isolates): not printed in a frame, nor counted for its caret.
 */
const ZERO_WIDTH = lazyRegExp(() => /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu);

/** Longer lines are shown as a window around the column: a frame must not print a 30 MB line. */
const FRAME_MAX_LINE = 240;
const FRAME_BEFORE = 80;

/**
 * The code frame of a diagnostic, in @babel/code-frame's plain form (`> 21 | text` and a caret line
 * under the columns), built from the diagnostic's own line: the library splits the whole text for
 * every frame, which made a report of many diagnostics quadratic in the size of the text.
 */
function codeFrame(lines: LineIndex, d: Diagnostic): string {
  if (d.line === undefined) return '';
  let text = lines.line(d.line);
  if (text === null) return '';
  let column = d.column ?? 1;
  const sameLine = d.endLine === d.line && d.endColumn !== undefined;
  let width = sameLine ? d.endColumn! - column : 0;
  if (width < 0) return '';
  if (text.length > FRAME_MAX_LINE) {
    const from = Math.max(0, Math.min(column - 1 - FRAME_BEFORE, text.length - FRAME_MAX_LINE));
    const to = Math.min(text.length, from + FRAME_MAX_LINE);
    const head = from > 0 ? '…' : '';
    text = `${head}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
    column = column - from + head.length;
    width = Math.min(width, text.length - column + 1);
  }
  const gutter = ` ${d.line} |`;
  // (A combining mark, `a` and its diaeresis as macOS writes `ä`, takes no place of its own on the screen.)
  // (A character of no width, a zero-width space or a direction mark the file keeps, is left out of both lines.)
  const shown = (part: string) => (part.length > 0 && MAY_COMBINE.test(part) ? part.replace(COMBINING_MARKS, '').replace(ZERO_WIDTH, '') : part);
  const spacing = shown(text.slice(0, Math.max(column - 1, 0))).replace(/[^\t]/g, ' ');
  const marker = `\n ${gutter.replace(/\d/g, ' ')} ${spacing}${'^'.repeat(shown(text.slice(column - 1, column - 1 + width)).length || 1)}`;
  const visible = MAY_COMBINE.test(text) ? text.replace(ZERO_WIDTH, '') : text;
  return `>${gutter}${visible.length > 0 ? ` ${visible}` : ''}${marker}`;
}

/**
 * A text for the terminal: control characters of a description (an escape sequence that would clear
 * the screen, a bell) shown as their Unicode pictures (`␛`), one character each, so columns hold.
 */
function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

export function stylish(reports: FileReport[], options: ReportOptions): string {
  const c = createColors(options.color === true);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    const list = shown(report.diagnostics, options.minimum);
    if (list.length === 0) continue;
    // (A line feed or tab in a file's name shown as its picture too: it split the header line. Audit MC of round 76.)
    out.push(c.underline(printable(report.file).replace(/[\t\n]/g, (ch) => (ch === '\n' ? '\u2424' : '\u2409'))));
    const lines = report.text !== null && list.some((d) => d.line !== undefined) ? new LineIndex(report.text) : null;
    for (const d of list) {
      totals[d.severity]++;
      const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : '-';
      out.push(`  ${c.dim(where.padEnd(7))} ${paint[d.severity](d.severity.padEnd(7))} ${printable(d.message)}  ${c.dim(d.rule)}`);
      if (lines !== null) {
        const frame = codeFrame(lines, d);
        if (frame) out.push(indent(printable(frame), '    '));
      }
    }
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info;
  if (problems > 0) {
    const parts = [`${totals.error} error${totals.error === 1 ? '' : 's'}`, `${totals.warning} warning${totals.warning === 1 ? '' : 's'}`];
    if (options.minimum === 'info') parts.push(`${totals.info} info`);
    const summary = `✖ ${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')})`;
    out.push(c.bold(totals.error > 0 ? c.red(summary) : totals.warning > 0 ? c.yellow(summary) : summary), '');
  }
  return out.join('\n');
}

export function json(reports: FileReport[], options: ReportOptions): string {
  const rows = reports.flatMap((r) =>
    shown(r.diagnostics, options.minimum).map((d) => ({
      file: r.file,
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      line: d.line ?? null,
      column: d.column ?? null,
      endLine: d.endLine ?? null,
      endColumn: d.endColumn ?? null,
      path: d.path ?? null,
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Workflow-command escaping, as @actions/core does it. */
/** A workflow command's data: its own escapes, and a description's control characters as their pictures (an escape sequence in the log). */
function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const githubCommand: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function github(reports: FileReport[], options: ReportOptions): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of shown(report.diagnostics, options.minimum)) {
      const props = [`file=${escapeProperty(report.file)}`];
      if (d.line !== undefined) props.push(`line=${d.line}`);
      if (d.column !== undefined) props.push(`col=${d.column}`);
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endColumn !== undefined) props.push(`endColumn=${d.endColumn}`);
      props.push(`title=${escapeProperty(d.rule)}`);
      lines.push(`::${githubCommand[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export const reporters: Record<ReporterName, (reports: FileReport[], options: ReportOptions) => string> = { stylish, json, github, sarif, junit };
