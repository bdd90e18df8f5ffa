import { describe, expect, it } from 'vitest';
import { BatchSummary } from '../src/format/summary.js';
import type { Result } from '../src/record/schema.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const files = ['fixtures/seeds/000_ddad63b48901b7a4.txt', 'fixtures/seeds/004_3bb6e26593869c78.txt', 'fixtures/invalid/seed-000-broken.txt', 'fixtures/unknown/random.txt'].map(
  (f) => root + f,
);

describe('--summary', () => {
  it('counts files by template, ok and failed, and diagnostics by rule, as the JSON results say', async () => {
    const { stdout, stderr, code } = await runCli(['--format', 'ndjson', '--quiet', '--summary=json', ...files]);
    expect(code).toBe(1);
    const results: Result[] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const summary = JSON.parse(stderr);
    expect(summary.files).toBe(4);
    expect(summary.ok).toBe(2);
    expect(summary.failed).toBe(2);
    expect(summary.templates).toEqual({ 'esr-2007-2013': 2, 'esr-2014-2020': 1, none: 1 });
    const byRule = new Map<string, number>();
    for (const d of results.flatMap((r) => r.diagnostics)) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    expect(Object.fromEntries(Object.entries<{ count: number }>(summary.rules).map(([rule, v]) => [rule, v.count]))).toEqual(Object.fromEntries(byRule));
    expect(summary.rules['unknown-template']).toEqual({ severity: 'error', count: 1, bySeverity: { error: 1 } });
    expect(summary.rules['unknown-municipality'].count).toBe(8);
  });

  it('a bare --summary before the inputs is the text form and does not swallow an input', async () => {
    const { stderr, stdout } = await runCli(['--summary', '--quiet', '--format', 'ndjson', files[0], files[1]]);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stderr).toContain('Summary: 2 files, 2 ok, 0 failed\n  templates: esr-2007-2013 1, esr-2014-2020 1\n');
    expect(stderr).toMatch(/ {5}4 {2}unknown-municipality \(info\)/);
  });

  it('--summary json (the format written apart, as the help reads) is the JSON form, and no input', async () => {
    const { stderr, stdout, code } = await runCli(['--summary', 'json', '--quiet', '--format', 'ndjson', files[0], files[1]]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(stderr)).toMatchObject({ files: 2, ok: 2, failed: 0 });
    const text = await runCli(['validate', '--summary', 'text', files[0]]);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('Summary: 1 file');
  });

  it('rejects another format', async () => {
    const { code, stderr } = await runCli(['--summary=xml', files[0]]);
    expect(code).toBe(2);
    expect(stderr).toContain('--summary takes text or json');
  });

  it('validate: the summary, and one closing line on success only', async () => {
    const ok = await runCli(['validate', '--summary', files[0], files[1]]);
    expect(ok.code).toBe(0);
    expect(ok.stderr.split('\n').filter(Boolean).at(-1)).toBe('✔ 2 files valid');
    expect(ok.stderr).toContain('Summary: 2 files, 2 ok, 0 failed');
    const failed = await runCli(['validate', files[2]]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('');
  });

  it('BatchSummary keeps a rule at its worst severity, and says how many at each', () => {
    const summary = new BatchSummary();
    summary.add({ template: 'x', diagnostics: [{ rule: 'invalid-date', severity: 'warning' }] }, false);
    summary.add({ template: 'x', diagnostics: [{ rule: 'invalid-date', severity: 'error' }] }, true);
    expect(summary.toJSON()).toEqual({
      files: 2,
      ok: 1,
      failed: 1,
      templates: { x: 2 },
      severities: { error: 1, warning: 1, info: 0 },
      rules: { 'invalid-date': { severity: 'error', count: 2, bySeverity: { error: 1, warning: 1 } } },
    });
    expect(summary.toText()).toContain('     2  invalid-date (1 error, 1 warning)\n');
  });
});
