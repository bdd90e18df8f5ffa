// Directory walks and globs: node_modules and hidden folders skipped, *.txt in any letter case,
// --exclude for parse and validate.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, excludePatterns, jsonShape } from '../src/cli/inputs.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const seed = `${root}fixtures/seeds/000_ddad63b48901b7a4.txt`;

/** A project: descriptions, drafts, a dependency with a LICENSE.txt, a hidden folder. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'esr-walk-'));
  for (const sub of ['descriptions/drafts', 'node_modules/dep', '.git/info', 'descriptions/.cache']) mkdirSync(join(dir, sub), { recursive: true });
  copyFileSync(seed, join(dir, 'descriptions/a.txt'));
  copyFileSync(seed, join(dir, 'descriptions/B.TXT'));
  copyFileSync(seed, join(dir, 'descriptions/drafts/c.txt'));
  copyFileSync(seed, join(dir, 'descriptions/c.draft.txt'));
  writeFileSync(join(dir, 'node_modules/dep/LICENSE.txt'), 'MIT License\n');
  writeFileSync(join(dir, '.git/info/exclude.txt'), '# git\n');
  writeFileSync(join(dir, 'descriptions/.cache/x.txt'), 'cached\n');
  writeFileSync(join(dir, 'descriptions/.hidden.txt'), 'hidden\n');
  return dir;
}

const paths = (dir: string, args: string[], exclude?: string[]) =>
  expandInputs(args, { extensions: ['txt'], exclude }).map((i) => (i.kind === 'file' ? i.path.slice(dir.length + 1) : '-'));

describe('directory walks', () => {
  const dir = project();

  it('skip node_modules and hidden folders and files, and take *.txt in any case', () => {
    expect(paths(dir, [dir])).toEqual(['descriptions/B.TXT', 'descriptions/a.txt', 'descriptions/c.draft.txt', 'descriptions/drafts/c.txt']);
  });

  it('keep the path as given, with or without a trailing slash', () => {
    expect(expandInputs([`${dir}/descriptions/drafts/`], { extensions: ['txt'] })).toEqual([{ kind: 'file', path: `${dir}/descriptions/drafts/c.txt` }]);
    expect(expandInputs([`${root}fixtures/seeds`], { extensions: ['txt'] })[0]).toEqual({ kind: 'file', path: `${root}fixtures/seeds/000_ddad63b48901b7a4.txt` });
  });

  it('a glob skips node_modules unless it names it', () => {
    expect(paths(dir, [`${dir}/**/*.txt`])).toEqual(['descriptions/a.txt', 'descriptions/c.draft.txt', 'descriptions/drafts/c.txt']);
    expect(paths(dir, [`${dir}/node_modules/**/*.txt`])).toEqual(['node_modules/dep/LICENSE.txt']);
  });

  it('--exclude: a name at any depth, a path, a folder, repeatable; literal files too', () => {
    expect(paths(dir, [dir], ['drafts'])).toEqual(['descriptions/B.TXT', 'descriptions/a.txt', 'descriptions/c.draft.txt']);
    expect(paths(dir, [dir], ['*.draft.txt', 'drafts/'])).toEqual(['descriptions/B.TXT', 'descriptions/a.txt']);
    expect(paths(dir, [dir], [`${dir}/descriptions/drafts/**`])).toEqual(['descriptions/B.TXT', 'descriptions/a.txt', 'descriptions/c.draft.txt']);
    expect(paths(dir, [`${dir}/descriptions/a.txt`, `${dir}/descriptions/c.draft.txt`], ['*.draft.txt'])).toEqual(['descriptions/a.txt']);
    expect(excludePatterns(['drafts', './old/'])).toEqual(['**/drafts', '**/drafts/**', 'old', 'old/**']);
  });

  it('everything excluded is a usage error', () => {
    expect(() => paths(dir, [`${dir}/descriptions/drafts`], ['drafts'])).toThrow(/No \*\.txt file that is not excluded/);
    expect(() => paths(dir, [`${dir}/descriptions/a.txt`], ['a.txt'])).toThrow('Every input is excluded by --exclude');
  });

  it('parse and validate take --exclude, repeatedly', async () => {
    const parsed = await runCli(['--exclude', 'drafts', '--exclude', '*.draft.txt', '-f', 'ndjson', dir]);
    expect(parsed.code).toBe(0);
    expect(parsed.stdout.trim().split('\n').map((l) => JSON.parse(l).file.slice(dir.length + 1))).toEqual(['descriptions/B.TXT', 'descriptions/a.txt']);
    const validated = await runCli(['validate', '--reporter', 'json', '--exclude', 'descriptions', dir]);
    expect(validated.code).toBe(2);
    expect(validated.stderr).toContain('not excluded');
    expect((await runCli(['validate', dir, '--exclude', 'drafts'])).code).toBe(0);
  });
});

describe('the JSON shape follows the arguments (SPEC §8)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esr-shape-'));
  mkdirSync(join(dir, 'one'));
  copyFileSync(seed, join(dir, 'one/only.txt'));

  it('jsonShape: one literal file (or stdin) is an object; a glob, a directory, several arguments an array', () => {
    expect(jsonShape([seed])).toBe('object');
    expect(jsonShape([`${dir}/missing.txt`])).toBe('object');
    expect(jsonShape([])).toBe('object');
    expect(jsonShape(['-'])).toBe('object');
    expect(jsonShape([`${dir}/one/*.txt`])).toBe('array');
    expect(jsonShape([`${dir}/one`])).toBe('array');
    expect(jsonShape([seed, seed])).toBe('array');
  });

  it('a glob that matches one file prints an array of one', async () => {
    const { code, stdout } = await runCli([`${root}fixtures/seeds/000*.txt`]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([seed]);
  });

  it('a directory holding one file prints an array of one; the file named prints an object', async () => {
    const fromDir = JSON.parse((await runCli([join(dir, 'one')], { stdoutIsTTY: true })).stdout);
    expect(Array.isArray(fromDir)).toBe(true);
    expect(fromDir).toHaveLength(1);
    const named = JSON.parse((await runCli([join(dir, 'one/only.txt')])).stdout);
    expect(Array.isArray(named)).toBe(false);
    expect(named.record.project.code).toBe('S10843');
  });
});

describe('validate walks directories for descriptions only', () => {
  it('a project root: package.json is not read as a stored result; results are read when globbed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-project-'));
    copyFileSync(seed, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    expect(await runCli(['validate', dir])).toEqual({ code: 0, stdout: '', stderr: '✔ 1 file valid\n' });
    mkdirSync(join(dir, 'results'));
    expect((await runCli(['-o', join(dir, 'results'), seed])).code).toBe(0);
    const walked = await runCli(['validate', join(dir, 'results')]);
    expect(walked.code).toBe(2);
    expect(walked.stderr).toContain("stored results are read when named: 'DIR/*.json'");
    expect(await runCli(['validate', `${dir}/results/*.json`])).toEqual({ code: 0, stdout: '', stderr: '✔ 1 file valid\n' });
    expect((await runCli(['validate', `${dir}/*.json`])).code).toBe(1);
  });
});
