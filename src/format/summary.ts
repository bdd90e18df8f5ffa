/**
 * `--summary`: what a batch came to, on stderr at its end: files by template, ok and failed, and
 * diagnostics by rule (all severities, whether printed or not).
 */
import type { Severity } from '../types.js';

export interface SummaryJson {
  files: number;
  ok: number;
  failed: number;
  /** Files per template; `none` counts the files no layout read. */
  templates: Record<string, number>;
  severities: Record<Severity, number>;
  /**
   * By rule, most frequent first: its worst severity, its count, and the count at each severity (a
   * rule whose severity depends on the field or the case, `text-cut-off`, `value-wrapped`, has several).
   */
  rules: Record<string, RuleCount>;
}

export interface RuleCount {
  severity: Severity;
  count: number;
  bySeverity: Partial<Record<Severity, number>>;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export class BatchSummary {
  private files = 0;
  private failed = 0;
  private readonly templates = new Map<string, number>();
  private readonly rules = new Map<string, RuleCount>();
  private readonly severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  add(result: { template: string | null; diagnostics: readonly { rule: string; severity: Severity }[] }, failed: boolean): void {
    this.files++;
    if (failed) this.failed++;
    const template = result.template ?? 'none';
    this.templates.set(template, (this.templates.get(template) ?? 0) + 1);
    for (const d of result.diagnostics) {
      this.severities[d.severity]++;
      const entry = this.rules.get(d.rule);
      if (entry) {
        entry.count++;
        entry.bySeverity[d.severity] = (entry.bySeverity[d.severity] ?? 0) + 1;
        if (d.severity === 'error' || (d.severity === 'warning' && entry.severity === 'info')) entry.severity = d.severity;
      } else this.rules.set(d.rule, { severity: d.severity, count: 1, bySeverity: { [d.severity]: 1 } });
    }
  }

  toJSON(): SummaryJson {
    const byCount = <T>(entries: [string, T][], count: (v: T) => number) => entries.sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : 1));
    return {
      files: this.files,
      ok: this.files - this.failed,
      failed: this.failed,
      templates: Object.fromEntries(byCount([...this.templates], (n) => n)),
      severities: { ...this.severities },
      rules: Object.fromEntries(byCount([...this.rules].map(([rule, v]) => [rule, { ...v, bySeverity: { ...v.bySeverity } }]), (v) => v.count)),
    };
  }

  /** A few lines for people. */
  toText(): string {
    const s = this.toJSON();
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const lines = [`Summary: ${plural(s.files, 'file')}, ${s.ok} ok, ${s.failed} failed`];
    lines.push(`  templates: ${Object.entries(s.templates).map(([t, n]) => `${t} ${n}`).join(', ') || '-'}`);
    lines.push(`  diagnostics: ${plural(s.severities.error, 'error')}, ${plural(s.severities.warning, 'warning')}, ${s.severities.info} info`);
    // (A rule seen at several severities says how many at each: `2  text-cut-off (1 error, 1 warning)`.)
    for (const [rule, { severity, count, bySeverity }] of Object.entries(s.rules)) {
      const at = SEVERITIES.filter((level) => bySeverity[level] !== undefined);
      lines.push(`    ${String(count).padStart(6)}  ${rule} (${at.length > 1 ? at.map((level) => `${bySeverity[level]} ${level}`).join(', ') : severity})`);
    }
    return `${lines.join('\n')}\n`;
  }
}
