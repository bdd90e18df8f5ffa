/**
 * JUnit XML, the test-report format GitLab, Jenkins, CircleCI and Azure DevOps read: one test
 * case per file, failed when the file fails (an error; with --strict a warning too). The failure
 * carries every diagnostic, one per line as stylish writes them; a passing file's warnings and
 * infos go to its system-out.
 */
import type { Diagnostic } from '../types.js';
import type { FileReport, ReportOptions } from './reporters.js';
import { atLeast as shown } from './severity.js';

/** Escapes text for XML 1.0 content and attribute values, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function line(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : '-';
  return `${where} ${d.severity} ${d.message} (${d.rule})`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function junit(reports: FileReport[], options: ReportOptions): string {
  const cases: string[] = [];
  let failures = 0;
  for (const report of reports) {
    const list = shown(report.diagnostics, options.minimum);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
    const failed = errors > 0 || (options.strict === true && warnings > 0);
    const name = escapeXml(report.file);
    const body = list.map(line).join('\n');
    let inner = '';
    if (failed) {
      failures++;
      const message = `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
      inner = `\n      <failure message="${escapeXml(message)}" type="${escapeXml(errors > 0 ? 'error' : 'warning')}">${escapeXml(body)}</failure>\n    `;
    } else if (body) {
      inner = `\n      <system-out>${escapeXml(body)}</system-out>\n    `;
    }
    cases.push(`    <testcase classname="esr-parse" name="${name}" file="${name}">${inner}</testcase>`);
  }
  const counts = `tests="${reports.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="esr-parse" ${counts}>`,
    `  <testsuite name="esr-parse validate" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
