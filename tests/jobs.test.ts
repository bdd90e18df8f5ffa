import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIO } from '../src/cli/run.js';
import { runCli } from './helpers/cli.js';
import { descriptionFixtures, root } from './helpers/fixtures.js';

const bin = `${root}bin/esr-parse.js`;

/** Every fixture, three times over: enough files for the workers to be used. */
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'esr-jobs-'));
  let n = 0;
  for (let round = 0; round < 3; round++) {
    for (const fixture of descriptionFixtures()) writeFileSync(join(dir, `${String(n++).padStart(3, '0')}.txt`), readFileSync(root + fixture));
  }
  return dir;
}

describe('--jobs', () => {
  const dir = batch();
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

  it('gives the same output, in the same order, on worker threads as in one thread', () => {
    const one = cli('--jobs', '1', '--format', 'ndjson', '--quiet', dir);
    const two = cli('--jobs', '2', '--format', 'ndjson', '--quiet', dir);
    const three = cli('--jobs', '3', '--quiet', dir);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(three.stdout)).toEqual(one.stdout.trim().split('\n').map((l) => JSON.parse(l)));
    expect(one.stdout.trim().split('\n')).toHaveLength(descriptionFixtures().length * 3);
  });

  it('tunes V8 for one thread only where no worker is started (with the flag changed before workers started, a few runs of --jobs 2 ended in a segmentation fault)', async () => {
    const tuned = async (...args: string[]) => {
      let calls = 0;
      const io: CliIO = {
        stdout: { write: () => true, isTTY: false },
        stderr: { write: () => true, isTTY: false },
        stdinIsTTY: true,
        env: {},
        readStdin: async () => new Uint8Array(),
        workerScript: new URL(`file://${root}dist/cli.js`),
        oneThread: () => calls++,
      };
      expect(await run([...args, dir], io)).toBeLessThanOrEqual(1);
      return calls;
    };
    expect(await tuned('--jobs', '1')).toBe(1);
    expect(await tuned('--jobs', '2')).toBe(0);
    expect(await tuned('validate')).toBe(1);
  });

  it('gives the same diagnostics on stderr', () => {
    expect(cli('--jobs', '2', dir).stderr).toBe(cli('--jobs', '1', dir).stderr);
  });

  it('rejects a count that is not a positive whole number', () => {
    expect(cli('--jobs', '0', dir).status).toBe(2);
    expect(cli('--jobs', 'many', dir).status).toBe(2);
  });
});

describe('progress bar', () => {
  const seeds = ['000_ddad63b48901b7a4', '004_3bb6e26593869c78'].map((s) => `${root}fixtures/seeds/${s}.txt`);

  it('is drawn on a terminal stderr and cleared at the end, never on stdout', async () => {
    const { stdout, stderr } = await runCli(['--format', 'ndjson', ...seeds], { stderrIsTTY: true });
    expect(stderr).toContain('] 2/2 files');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(stdout).not.toContain('files');
  });

  it('is not drawn when stderr is piped, or with --quiet', async () => {
    expect((await runCli(['--format', 'ndjson', ...seeds])).stderr).toBe('');
    expect((await runCli(['--quiet', '--format', 'ndjson', ...seeds], { stderrIsTTY: true })).stderr).toBe('');
  });
});

describe('the default of --jobs', () => {
  it('is one thread per idle core when two or more are idle, else one thread', async () => {
    const { defaultJobs } = await import('../src/cli/workers.js');
    expect([1, 2, 4, 16].map((cores) => defaultJobs(cores))).toEqual([1, 2, 4, 16]);
    expect([0, 0.4, 0.6, 1.5, 6].map((load) => defaultJobs(2, load))).toEqual([2, 2, 1, 1, 1]);
    expect([0.4, 1.5, 2.2, 3.6].map((load) => defaultJobs(4, load))).toEqual([4, 3, 2, 1]);
  });
});
