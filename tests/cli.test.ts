import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const seed000 = `${root}fixtures/seeds/000_ddad63b48901b7a4.txt`;
const seed004 = `${root}fixtures/seeds/004_3bb6e26593869c78.txt`;
const missingFields = `${root}fixtures/variations/missing-fields.txt`;

describe('esr-parse (parse, the default command)', () => {
  it('prints one object for one input, compact when piped', async () => {
    const { code, stdout } = await runCli([seed000]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(result.record.project.code).toBe('S10843');
  });

  it('prints an array for several inputs, pretty on a terminal', async () => {
    const { code, stdout } = await runCli([seed000, seed004], { stdoutIsTTY: true });
    expect(code).toBe(0);
    expect(stdout.startsWith('[\n  {')).toBe(true);
    expect(JSON.parse(stdout).map((r: { template: string }) => r.template)).toEqual(['esr-2007-2013', 'esr-2014-2020']);
  });

  it('--compact wins over a terminal', async () => {
    const { stdout } = await runCli([seed000, '--compact'], { stdoutIsTTY: true });
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--format ndjson prints one result per line', async () => {
    const { stdout } = await runCli(['--format', 'ndjson', seed000, seed004]);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]).record.project.code).toBe('S20078');
  });

  it('--tree adds the positioned document tree', async () => {
    const { stdout } = await runCli(['--tree', seed004]);
    const tree = JSON.parse(stdout).tree;
    expect(tree.type).toBe('document');
    const first = tree.children.find((c: { type: string }) => c.type === 'section');
    expect(first.heading).toEqual({ type: 'heading', number: '1', text: 'Hanke', written: '1 Hanke', position: { start: { line: 5, column: 1, offset: 96 }, end: { line: 5, column: 8, offset: 103 } } });
  });

  it('--template overrides detection', async () => {
    const { stdout } = await runCli(['--template', 'esr-2014-2020', seed000]);
    expect(JSON.parse(stdout).template).toBe('esr-2014-2020');
  });

  it('--out-dir writes one file per input and nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-out-'));
    const { code, stdout } = await runCli(['--out-dir', dir, seed000, seed004]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['000_ddad63b48901b7a4.json', '004_3bb6e26593869c78.json']);
    expect(JSON.parse(readFileSync(join(dir, '004_3bb6e26593869c78.json'), 'utf8')).record.project.code).toBe('S20078');
  });

  it('reads a directory, recursing for *.txt in path order', async () => {
    const { stdout } = await runCli([`${root}fixtures/seeds`]);
    const files = JSON.parse(stdout).map((r: { file: string }) => r.file.split('/').pop());
    expect(files).toEqual([
      '000_ddad63b48901b7a4.txt',
      '001_870e9aa13936b8c2.txt',
      '002_bcdc1a367ba94878.txt',
      '003_4ea2b71e336645b9.txt',
      '004_3bb6e26593869c78.txt',
    ]);
  });

  it('reads piped standard input', async () => {
    const { code, stdout } = await runCli([], { stdin: readFileSync(seed004) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).file).toBe('<stdin>');
    expect(JSON.parse(stdout).record.project.code).toBe('S20078');
  });

  it('exits 1 when a file fails, and still prints every result', async () => {
    const { code, stdout, stderr } = await runCli([seed000, missingFields, `${root}no-such-file.txt`]);
    expect(code).toBe(1);
    const results = JSON.parse(stdout);
    expect(results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false, false]);
    expect(results[2].diagnostics[0].rule).toBe('unreadable');
    expect(stderr).toContain('missing-field');
  });

  it('--quiet prints no diagnostics', async () => {
    const { stderr } = await runCli(['--quiet', missingFields]);
    expect(stderr).toBe('');
  });

  it('usage errors exit 2: unknown option, unknown format, a glob that matches nothing, no input', async () => {
    expect((await runCli(['--nope', seed000])).code).toBe(2);
    expect((await runCli(['--format', 'xml', seed000])).code).toBe(2);
    expect((await runCli([`${root}fixtures/nothing-here/*.txt`])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });

  it('--help and --version exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version);
  });
});

describe('esr-parse schema', () => {
  it('prints the committed JSON Schema', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(`${root}schemas/esr-parse-result.schema.json`, 'utf8')));
  });
});

describe('--out-dir safety', () => {
  it('never overwrites an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-in-'));
    const input = join(dir, 'same.json.txt');
    writeFileSync(input, readFileSync(seed004));
    // An input named like an output: the output lands next to it under another name.
    const target = join(dir, 'same.json');
    writeFileSync(target, 'not an input');
    const { code } = await runCli(['--out-dir', dir, input]);
    expect(code).toBe(0);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(seed004, 'utf8'));
  });
});
