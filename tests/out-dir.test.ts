// --out-dir: indented files unless --compact; one line each with -f ndjson; a directory that
// cannot be made is each file's write-failed result, not a hang.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory } from '../src/cli/commands/parse.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const seeds = ['000_ddad63b48901b7a4', '004_3bb6e26593869c78'].map((s) => `${root}fixtures/seeds/${s}.txt`);
const written = (dir: string) => readFileSync(join(dir, '004_3bb6e26593869c78.json'), 'utf8');

describe('--out-dir', () => {
  it('writes indented JSON by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-out-'));
    expect((await runCli(['-o', dir, ...seeds])).code).toBe(0);
    expect(written(dir).startsWith('{\n  "file": ')).toBe(true);
  });

  it('--compact writes one line per file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-out-'));
    expect((await runCli(['-o', dir, '--compact', ...seeds])).code).toBe(0);
    const text = written(dir);
    expect(text.split('\n')).toHaveLength(2);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).record.project.code).toBe('S20078');
  });

  it('-f ndjson writes compact JSON per file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-out-'));
    expect((await runCli(['-o', dir, '-f', 'ndjson', ...seeds])).code).toBe(0);
    expect(written(dir).split('\n')).toHaveLength(2);
  });

  it('a directory under /proc is a write-failed result for each file, exit 1', async () => {
    await expect(makeDirectory('/proc/esr-parse-test/x')).rejects.toMatchObject({ code: 'ENOENT' });
    const { code, stderr } = await runCli(['-o', '/proc/esr-parse-test', ...seeds]);
    expect(code).toBe(1);
    expect(stderr.match(/write-failed/g)).toHaveLength(2);
  });

  it('makes missing parents, and accepts a directory that exists', async () => {
    const base = mkdtempSync(join(tmpdir(), 'esr-out-'));
    await makeDirectory(join(base, 'a/b/c'));
    await makeDirectory(join(base, 'a/b/c'));
    expect((await runCli(['-o', join(base, 'a/b/c/d'), seeds[1]])).code).toBe(0);
    expect(JSON.parse(written(join(base, 'a/b/c/d'))).ok).toBe(true);
  });
});
