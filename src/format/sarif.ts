/**
 * SARIF 2.1.0 (OASIS): the format of GitHub code scanning, GitLab SAST reports and Azure DevOps.
 * One run; the driver lists every rule that occurs with its help text; one result per diagnostic,
 * with the region it points at (lines and columns 1-based, end column exclusive, as SARIF's are).
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../types.js';
import { VERSION } from '../version.js';
import type { FileReport, ReportOptions } from './reporters.js';
import { atLeast as shown } from './severity.js';
import { ruleHelp } from './rule-help.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path stays relative (resolved against the checkout by code scanning); absolute paths become file: URIs. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function sarif(reports: FileReport[], options: ReportOptions): string {
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const results: object[] = [];
  for (const report of reports) {
    for (const d of shown(report.diagnostics, options.minimum)) {
      let index = ruleIndex.get(d.rule);
      if (index === undefined) {
        const doc = ruleHelp(d.rule, d.severity);
        index = rules.length;
        ruleIndex.set(d.rule, index);
        rules.push({
          id: d.rule,
          name: d.rule.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
          shortDescription: { text: doc.summary },
          fullDescription: { text: doc.summary },
          help: { text: doc.help, markdown: `**${doc.summary}.** ${doc.help}` },
          defaultConfiguration: { level: level[doc.severity] },
        });
      }
      // GitHub code scanning needs a region with startLine on every result (SARIF Multitool's
      // GH1003): a diagnostic about the whole file (unreadable, failed-result) is placed at line 1.
      const region =
        d.line !== undefined
          ? {
              startLine: d.line,
              startColumn: d.column ?? 1,
              ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
              ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
            }
          : { startLine: 1 };
      results.push({
        ruleId: d.rule,
        ruleIndex: index,
        level: level[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(report.file) }, region } }],
        ...(d.path !== undefined ? { properties: { path: d.path } } : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'esr-parse', version: VERSION, semanticVersion: VERSION, rules } },
        // Columns count UTF-16 code units of the decoded text, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
