/**
 * Diagnostic reporters (SPEC §7): `stylish` for people, `json` for programs, `github` for
 * GitHub Actions workflow commands, `sarif` for code scanning, `junit` for CI test reports.
 */
import { codeFrameColumns } from '@babel/code-frame';
import { createColors } from 'picocolors';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import type { Diagnostic, Severity } from '../types.js';

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

function codeFrame(text: string, d: Diagnostic, color: boolean): string {
  if (d.line === undefined) return '';
  const start = { line: d.line, column: d.column ?? 1 };
  const sameLine = d.endLine === d.line && d.endColumn !== undefined;
  const location = sameLine ? { start, end: { line: d.line, column: d.endColumn! } } : { start };
  try {
    return codeFrameColumns(text, location, { linesAbove: 0, linesBelow: 0, highlightCode: color, forceColor: color });
  } catch {
    return '';
  }
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
    out.push(c.underline(report.file));
    for (const d of list) {
      totals[d.severity]++;
      const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : '-';
      out.push(`  ${c.dim(where.padEnd(7))} ${paint[d.severity](d.severity.padEnd(7))} ${d.message}  ${c.dim(d.rule)}`);
      if (report.text !== null) {
        const frame = codeFrame(report.text, d, options.color === true);
        if (frame) out.push(indent(frame, '    '));
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
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
