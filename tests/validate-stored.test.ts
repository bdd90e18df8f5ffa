// `esr-parse validate` on earlier output: JSON, NDJSON and standard input, each result checked
// against the schema (with the date format), the semantic rules, and its own `ok`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateResult } from '../src/validate/stored.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const seed000 = `${root}fixtures/seeds/000_ddad63b48901b7a4.txt`;
const seed004 = `${root}fixtures/seeds/004_3bb6e26593869c78.txt`;
const dir = mkdtempSync(join(tmpdir(), 'esr-stored-'));
const rows = (stdout: string) => JSON.parse(stdout) as { rule: string; path: string; message: string; line: number | null; severity: string }[];

async function seedResult() {
  return JSON.parse((await runCli([seed000])).stdout);
}

describe('validate: stored results that failed', () => {
  it('fails the output of fixtures/invalid/ (7 of 9 results have ok: false), naming each', async () => {
    const output = await runCli(['-q', `${root}fixtures/invalid/`]);
    const results = JSON.parse(output.stdout) as { ok: boolean; file: string }[];
    const failed = results.filter((r) => !r.ok);
    expect(failed).toHaveLength(7);
    const file = join(dir, 'r.json');
    writeFileSync(file, output.stdout);
    const { code, stdout } = await runCli(['validate', '--strict', '--reporter', 'json', file]);
    expect(code).toBe(1);
    const failures = rows(stdout).filter((d) => d.rule === 'failed-result');
    expect(failures.map((d) => d.path)).toEqual(results.flatMap((r, i) => (r.ok ? [] : [`/${i}/ok`])));
    expect(failures[0].message).toContain(`${failed[0].file} failed when it was made (ok: false)`);
  });

  it('finds a bad business id, women above the total and an end before the start in an edited result', async () => {
    const result = await seedResult();
    expect(result.ok).toBe(true);
    result.record.organisation.businessId = 'foo';
    result.record.indicators.participants.planned = { total: 10, women: 11 };
    result.record.project.period = { start: '2012-01-01', end: '2011-12-31' };
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(result));
    const { code, stdout } = await runCli(['validate', '--reporter', 'json', join(dir, 'edited.json')]);
    expect(code).toBe(1);
    // In the order they stand in the file, each at its value's line and column.
    expect(rows(stdout).map((d) => [d.rule, d.path])).toEqual([
      ['period-end-before-start', '/record/project/period'],
      ['invalid-business-id', '/record/organisation/businessId'],
      ['women-exceed-total', '/record/indicators/participants/planned'],
    ]);
    const text = JSON.stringify(result);
    const business = rows(stdout)[1];
    expect([business.line, business.endLine]).toEqual([1, 1]);
    expect(text.slice(business.column - 1, business.endColumn - 1)).toBe('"foo"');
    const pretty = join(dir, 'edited-pretty.json');
    writeFileSync(pretty, JSON.stringify(result, null, 2));
    const lines = JSON.stringify(result, null, 2).split('\n');
    const located = rows((await runCli(['validate', '--reporter', 'json', pretty])).stdout).find((d) => d.rule === 'invalid-business-id');
    expect(lines[located.line - 1].slice(located.column - 1)).toBe('"businessId": "foo",'.slice('"businessId": '.length));
  });

  it('checks dates against the calendar, naming the property', async () => {
    const result = await seedResult();
    result.record.project.period.start = '2009-13-01';
    result.record.project.period.end = '2011-02-29';
    const diagnostics = validateResult(result);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '/record/project/period/start must be a date of the calendar, YYYY-MM-DD (format "date")',
      '/record/project/period/end must be a date of the calendar, YYYY-MM-DD (format "date")',
    ]);
    result.record.project.period = { start: '2012-02-29', end: '2012-03-01' };
    expect(validateResult(result)).toEqual([]);
  });

  it('names a property the schema does not allow', async () => {
    const result = await seedResult();
    result.record.organisation.vatNumber = 'FI123';
    expect(validateResult(result)).toEqual([
      { severity: 'error', rule: 'schema', message: '/record/organisation must not have the property "vatNumber"', path: '/record/organisation' },
    ]);
  });

  it('a stored invalid e-mail is a warning, as when the text is parsed', async () => {
    const result = await seedResult();
    result.record.contact.email = 'testi.example.fi';
    expect(validateResult(result).map((d) => [d.severity, d.rule, d.path])).toEqual([['warning', 'invalid-email', '/record/contact/email']]);
  });

  it('an unknown template: the rules that need none still run', async () => {
    const result = await seedResult();
    result.template = 'esr-2021-2027';
    result.record.template = 'esr-2021-2027';
    result.record.organisation.businessId = '2229500-7';
    // A code of the other period than the record's own (2007–2013): wrong without a layout too (the
    // record says its period; until round 23 only the layout's digit was checked).
    result.record.project.code = 'S20843';
    expect(validateResult(result).map((d) => d.rule)).toEqual(['invalid-business-id', 'invalid-project-code']);
    // Without a period in the record and without a layout, no period to check the code against.
    result.record.programmePeriod = null;
    expect(validateResult(result).map((d) => d.rule)).toEqual(['invalid-business-id']);
  });

  it('a result that says ok: true but holds an error fails', async () => {
    const result = await seedResult();
    result.diagnostics.push({ severity: 'error', rule: 'missing-field', message: 'x' });
    expect(validateResult(result).map((d) => [d.rule, d.message])).toEqual([['failed-result', `The result of ${seed000} says ok: true but has errors: missing-field`]]);
  });
});

describe('validate: NDJSON and standard input', () => {
  it('reads .ndjson, locating each problem on its line', async () => {
    const ndjson = (await runCli(['-f', 'ndjson', seed000, seed004, `${root}fixtures/invalid/women-exceed-total.txt`])).stdout;
    const file = join(dir, 'results.ndjson');
    writeFileSync(file, ndjson);
    const { code, stdout } = await runCli(['validate', '--reporter', 'json', file]);
    expect(code).toBe(1);
    expect(rows(stdout).map((d) => [d.rule, d.line])).toEqual([
      ['failed-result', 3],
      ['women-exceed-total', 3],
      // (The fixture stops after its summary, said as a warning at its last line.)
      ['stored-warnings', 3],
    ]);
    // (Each at its value's column on the record's line.)
    const third = ndjson.split('\n')[2];
    const women = rows(stdout)[1];
    expect(third.slice(women.column - 1, women.endColumn - 1)).toMatch(/^\{"total":\d+,"women":\d+\}$/);
  });

  it('clean NDJSON and a JSON array pass, on stdin too', async () => {
    const ndjson = (await runCli(['-f', 'ndjson', seed000, seed004])).stdout;
    const array = (await runCli([seed000, seed004])).stdout;
    writeFileSync(join(dir, 'clean.ndjson'), ndjson);
    expect(await runCli(['validate', join(dir, 'clean.ndjson')])).toEqual({ code: 0, stdout: '', stderr: '✔ 1 file valid\n' });
    expect(await runCli(['validate', '-'], { stdin: ndjson })).toEqual({ code: 0, stdout: '', stderr: '✔ 1 file valid\n' });
    expect(await runCli(['validate', '-'], { stdin: array })).toEqual({ code: 0, stdout: '', stderr: '✔ 1 file valid\n' });
    expect(await runCli(['validate'], { stdin: `\n  ${array}` })).toEqual({ code: 0, stdout: '', stderr: '✔ 1 file valid\n' });
  });

  it('stdin holding a description is parsed as one; stdin holding broken JSON is invalid-json', async () => {
    const text = await runCli(['validate', '--reporter', 'json', '-'], { stdin: readFileSync(`${root}fixtures/invalid/invalid-business-id.txt`) });
    expect(text.code).toBe(1);
    expect(rows(text.stdout).map((d) => d.rule)).toContain('invalid-business-id');
    const broken = await runCli(['validate', '--reporter', 'json', '-'], { stdin: '{"file":\n{"x"' });
    expect(broken.code).toBe(1);
    expect(rows(broken.stdout).map((d) => [d.rule, d.line])).toEqual([['invalid-json', 1]]);
  });

  it('a failed stored result on stdin fails', async () => {
    const ndjson = (await runCli(['-q', '-f', 'ndjson', `${root}fixtures/invalid/seed-000-broken.txt`])).stdout;
    const { code, stdout } = await runCli(['validate', '--reporter', 'json', '-'], { stdin: ndjson });
    expect(code).toBe(1);
    expect(rows(stdout).map((d) => d.rule)).toContain('failed-result');
  });
});

describe('validate --strict: a stored result with warnings fails, as the text does (round 10)', () => {
  it('says the stored warnings once, and --strict fails on them', async () => {
    const result = await seedResult();
    result.diagnostics.push({ severity: 'warning', rule: 'duplicate-field', message: 'x', line: 3, column: 1, endLine: 3, endColumn: 2 });
    const file = join(dir, 'warned.json');
    writeFileSync(file, JSON.stringify(result));
    expect(validateResult(result).filter((d) => d.rule === 'stored-warnings').map((d) => [d.severity, d.message])).toEqual([['warning', `The result of ${result.file} had warnings when it was made: duplicate-field`]]);
    expect((await runCli(['validate', file])).code).toBe(0);
    expect((await runCli(['validate', '--strict', file])).code).toBe(1);
  });
});

describe('validate -: a description on standard input that starts with a bracket is read as a text (round 10)', () => {
  it('a saved page starting with a link is a description, not broken JSON', async () => {
    const page = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
    const { code, stderr } = await runCli(['validate', '-'], { stdin: `[Siirry sisältöön](#main)\n\n${page}` });
    expect(stderr).not.toMatch(/invalid-json/);
    expect(code).toBe(0);
  });
});
