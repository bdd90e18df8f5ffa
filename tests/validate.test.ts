import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const broken = 'fixtures/invalid/seed-000-broken.txt';
const warningOnly = 'fixtures/invalid/invalid-email.txt';
const seeds = ['000_ddad63b48901b7a4', '001_870e9aa13936b8c2', '002_bcdc1a367ba94878', '003_4ea2b71e336645b9', '004_3bb6e26593869c78'].map((s) => `${root}fixtures/seeds/${s}.txt`);

describe('esr-parse validate', () => {
  it('the unmodified seeds pass, with --strict too', async () => {
    expect(await runCli(['validate', ...seeds])).toEqual({ code: 0, stdout: '', stderr: '✔ 5 files valid\n' });
    expect((await runCli(['validate', '--strict', ...seeds])).code).toBe(0);
  });

  it('the broken copy of seed 000 fails with one github annotation per problem, on its line', async () => {
    const { code, stdout } = await runCli(['validate', '--reporter', 'github', root + broken]);
    expect(code).toBe(1);
    const file = `${root}${broken}`;
    expect(stdout.trim().split('\n')).toEqual([
      `::error file=${file},line=7,col=1,endLine=7,endColumn=12,title=missing-field::Projektin nimi (project.name) is missing from section 1 "Projekti"`,
      `::error file=${file},line=18,col=37,endLine=18,endColumn=72,title=period-end-before-start::The period ends (2008-08-31) before it starts (2011-09-01)`,
      `::error file=${file},line=30,col=11,endLine=30,endColumn=20,title=invalid-business-id::Y-tunnus "2229500-7" has a wrong check digit`,
      `::error file=${file},line=68,col=14,endLine=68,endColumn=34,title=women-exceed-total::indicators.participants.planned: women (95) exceed the total (80)`,
    ]);
  });

  it('stylish groups by file with line:col, severity, message, rule and a code frame', async () => {
    const { stdout } = await runCli(['validate', root + broken]);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(root + broken);
    expect(lines[1]).toBe('  7:1     error   Projektin nimi (project.name) is missing from section 1 "Projekti"  missing-field');
    expect(lines[2]).toBe('    > 7 | 1. Projekti');
    expect(lines[3]).toBe('        | ^^^^^^^^^^^');
    expect(stdout).toContain('  30:11   error   Y-tunnus "2229500-7" has a wrong check digit  invalid-business-id\n    > 30 | Y-tunnus: 2229500-7\n         |           ^^^^^^^^^');
    expect(stdout.trimEnd().endsWith('✖ 4 problems (4 errors, 0 warnings)')).toBe(true);
  });

  it('json is machine-readable', async () => {
    const { stdout } = await runCli(['validate', '--reporter', 'json', root + broken]);
    const rows = JSON.parse(stdout);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual({
      file: root + broken,
      rule: 'invalid-business-id',
      severity: 'error',
      message: 'Y-tunnus "2229500-7" has a wrong check digit',
      line: 30,
      column: 11,
      endLine: 30,
      endColumn: 20,
      path: '/organisation/businessId',
    });
  });

  it('warnings pass unless --strict', async () => {
    expect((await runCli(['validate', root + warningOnly])).code).toBe(0);
    expect((await runCli(['validate', '--strict', root + warningOnly])).code).toBe(1);
  });

  it('--verbose reports infos too', async () => {
    const { stdout } = await runCli(['validate', '--verbose', '--reporter', 'json', seeds[3]]);
    expect(JSON.parse(stdout).map((d: { rule: string }) => d.rule)).toEqual(['page-furniture', 'placeholder-text', 'placeholder-text', 'placeholder-text', 'placeholder-text']);
  });

  it('usage errors exit 2: unknown reporter, unknown option, a glob that matches nothing', async () => {
    expect((await runCli(['validate', '--reporter', 'xml', seeds[0]])).code).toBe(2);
    expect((await runCli(['validate', '--nope', seeds[0]])).code).toBe(2);
    expect((await runCli(['validate', `${root}fixtures/nothing/*.txt`])).code).toBe(2);
  });

  it('a missing file is a failure, not a usage error', async () => {
    const { code, stdout } = await runCli(['validate', `${root}fixtures/missing.txt`]);
    expect(code).toBe(1);
    expect(stdout).toContain('unreadable');
  });
});

describe('esr-parse validate on earlier JSON output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esr-json-'));

  it('accepts unmodified output, one object or an array', async () => {
    const single = join(dir, 'single.json');
    writeFileSync(single, (await runCli([seeds[0]])).stdout);
    const array = join(dir, 'array.json');
    writeFileSync(array, (await runCli(seeds)).stdout);
    expect(await runCli(['validate', single, array])).toEqual({ code: 0, stdout: '', stderr: '✔ 2 files valid\n' });
  });

  it('fails a number replaced by a string, naming the JSON path', async () => {
    const result = JSON.parse((await runCli([seeds[0]])).stdout);
    result.record.funding.plannedPublicTotal = '694522';
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(result));
    const { code, stdout } = await runCli(['validate', '--reporter', 'json', file]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((d: { rule: string; path: string }) => [d.rule, d.path])).toEqual([['schema', '/record/funding/plannedPublicTotal']]);
  });

  it('says once what a nullable value must be, and lists null among allowed values', async () => {
    const result = JSON.parse((await runCli([seeds[0]])).stdout);
    result.record.indicators.participants.planned = 'x';
    result.record.indicators.newJobs.planned = { total: -1, women: null };
    result.source.lineEnding = 'dos';
    const file = join(dir, 'tampered-nullable.json');
    writeFileSync(file, JSON.stringify(result));
    const { stdout } = await runCli(['validate', '--reporter', 'json', file]);
    expect(JSON.parse(stdout).map((d: { message: string }) => d.message)).toEqual([
      '/source/lineEnding must be equal to one of the allowed values (lf, crlf, cr, mixed, none, null)',
      '/record/indicators/participants/planned must be object,null',
      '/record/indicators/newJobs/planned/total must be >= 0',
    ]);
  });

  it('names the element of an array that fails', async () => {
    const results = JSON.parse((await runCli(seeds)).stdout);
    results[4].record.project.code = 20078;
    const file = join(dir, 'tampered-array.json');
    writeFileSync(file, JSON.stringify(results));
    const { stdout } = await runCli(['validate', '--reporter', 'json', file]);
    expect(JSON.parse(stdout).map((d: { path: string }) => d.path)).toEqual(['/4/record/project/code']);
  });

  it('reports a file that is not JSON', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"file": ');
    const { code, stdout } = await runCli(['validate', '--reporter', 'json', file]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].rule).toBe('invalid-json');
  });

  it('the schema command prints what other validators can use', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    expect(schema.$id).toBe(JSON.parse(readFileSync(`${root}schemas/esr-parse-result.schema.json`, 'utf8')).$id);
  });
});
