// A folder that cannot be listed (no permission) is its input's `unreadable` result; the batch goes on
// (audit AC of round 56: one such folder ended the run with an internal error and no result at all).
// The permission is mocked: as root, as CI may run, `chmod 000` does not stop a listing.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../src/cli/inputs.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, options?: unknown) => {
    if (String(path).endsWith('/locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    return fs.readdirSync(path, options as never);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const dir = mkdtempSync(join(tmpdir(), 'esr-unlisted-'));
const seed = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`);
mkdirSync(join(dir, 'open'));
mkdirSync(join(dir, 'locked'));
// (A hidden folder and node_modules are not walked into for files: one that cannot be listed is no input either.)
mkdirSync(join(dir, '.hid', 'locked'), { recursive: true });
mkdirSync(join(dir, 'node_modules', 'locked'), { recursive: true });
writeFileSync(join(dir, 'open', 'a.txt'), seed);
writeFileSync(join(dir, 'locked', 'b.txt'), seed);
writeFileSync(join(dir, 'z.txt'), seed);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder that cannot be listed', () => {
  it('is an input of its own, in path order, with its error; the other files are found', () => {
    const inputs = expandInputs([dir], { extensions: ['txt'] });
    expect(inputs.map((input) => (input.kind === 'file' ? [input.path.slice(dir.length), input.unlisted !== undefined] : null))).toEqual([
      ['/locked', true],
      ['/open/a.txt', false],
      ['/z.txt', false],
    ]);
  });

  it('is named from the argument as written, as the walk\'s files are', () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(expandInputs(['.'], { extensions: ['txt'] }).map((input) => (input.kind === 'file' ? input.path : '-'))).toEqual(['locked', 'open/a.txt', 'z.txt']);
      expect(expandInputs(['**/*.txt'], { extensions: ['txt'] }).map((input) => (input.kind === 'file' ? input.path : '-'))).toEqual(['locked', 'open/a.txt', 'z.txt']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('in a hidden folder or node_modules, is an input where a pattern names them (their files are read)', () => {
    mkdirSync(join(dir, '.hid', 'sub'), { recursive: true });
    writeFileSync(join(dir, '.hid', 'sub', 'h.txt'), seed);
    const paths = (pattern: string) => expandInputs([pattern], { extensions: ['txt'] }).map((input) => (input.kind === 'file' ? input.path.slice(dir.length) : '-'));
    expect(paths(`${dir}/.h*/**/*.txt`)).toEqual(['/.hid/locked', '/.hid/sub/h.txt']);
    expect(paths(`${dir}/**/node_modules/**/*.txt`)).toEqual(['/locked', '/node_modules/locked']);
    rmSync(join(dir, '.hid', 'sub'), { recursive: true });
  });

  it('walked, globbed or named: its result is `unreadable` and every other file is read (exit 1)', async () => {
    for (const args of [[dir], [`${dir}/**/*.txt`], [join(dir, 'locked'), join(dir, 'z.txt')]]) {
      const { code, stdout, stderr } = await runCli(['-q', '-f', 'ndjson', ...args]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const results = stdout.trim().split('\n').map((line) => JSON.parse(line));
      const locked = results.find((r) => r.file === join(dir, 'locked'));
      expect(locked.ok).toBe(false);
      expect(locked.diagnostics.map((d: { rule: string; message: string }) => [d.rule, d.message])).toEqual([['unreadable', 'A folder that cannot be listed: Permission denied; the files in it are not read']]);
      expect(results.filter((r) => r.ok).length, args.join(' ')).toBe(results.length - 1);
    }
  });

  it('validate reports it and goes on', async () => {
    const { code, stdout, stderr } = await runCli(['validate', '--reporter', 'json', dir]);
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as { file: string; rule: string }[];
    expect(rows.filter((row) => row.rule === 'unreadable').map((row) => row.file)).toEqual([join(dir, 'locked')]);
    expect(stderr).not.toContain('internal error');
  });
});
