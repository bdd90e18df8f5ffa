import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type CliIO } from '../src/cli/run.js';
import { root } from './helpers/fixtures.js';

const seed000 = `${root}fixtures/seeds/000_ddad63b48901b7a4.txt`;
const seed004 = `${root}fixtures/seeds/004_3bb6e26593869c78.txt`;

/**
 * Runs the CLI with standard input between two files; records what stdout held when standard input
 * was asked for, i.e. after the first file and before the last.
 */
async function runWithStdinBetween(extra: string[], stdoutIsTTY = false) {
  let stdout = '';
  let writes = 0;
  let beforeStdin: string | null = null;
  const io: CliIO = {
    stdout: { write: (s) => ((stdout += String(s)), writes++, true), isTTY: stdoutIsTTY },
    stderr: { write: () => true, isTTY: false },
    stdinIsTTY: false,
    readStdin: async () => {
      beforeStdin = stdout;
      return readFileSync(seed004);
    },
  };
  const code = await run([...extra, seed000, '-', seed004], io);
  return { code, stdout, writes, beforeStdin: beforeStdin as string | null };
}

describe('--format json is streamed', () => {
  it('writes the array element by element as the inputs finish (compact)', async () => {
    const { code, stdout, beforeStdin } = await runWithStdinBetween(['--jobs', '1']);
    expect(code).toBe(0);
    // The first result is out before the second input is read.
    expect(beforeStdin!.startsWith('[{"file":')).toBe(true);
    expect(JSON.parse(`${beforeStdin}]`)).toHaveLength(1);
    const results = JSON.parse(stdout);
    expect(results.map((r: { file: string }) => r.file)).toEqual([seed000, '<stdin>', seed004]);
    expect(results[1].record.project.code).toBe('S20078');
    expect(stdout.endsWith(']\n')).toBe(true);
    expect(stdout.split('\n')).toHaveLength(2);
  });

  it('keeps the pretty form: two-space elements, one per block, closing bracket on its own line', async () => {
    const { stdout, beforeStdin } = await runWithStdinBetween(['--jobs', '1'], true);
    expect(beforeStdin!.startsWith('[\n  {\n    "file": ')).toBe(true);
    expect(stdout).toContain('\n  },\n  {\n    "file": "<stdin>"');
    expect(stdout.endsWith('\n  }\n]\n')).toBe(true);
    expect(JSON.parse(stdout)).toHaveLength(3);
  });

  it('prints a single object, not an array, for one named file', async () => {
    let stdout = '';
    const io: CliIO = {
      stdout: { write: (s) => ((stdout += String(s)), true) },
      stderr: { write: () => true },
      stdinIsTTY: true,
      readStdin: async () => new Uint8Array(),
    };
    expect(await run([seed000], io)).toBe(0);
    expect(stdout.startsWith('{"file":')).toBe(true);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(stdout).record.project.code).toBe('S10843');
  });
});

describe('back-pressure', () => {
  it("waits for 'drain' through the stream's own once(), which need not be an EventEmitter", async () => {
    let stdout = '';
    let drains = 0;
    const slow = {
      // Every write asks to wait: the CLI must wait for each drain, not call events.once on a plain object.
      write: (s: string | Uint8Array) => ((stdout += String(s)), false),
      once: (_event: 'drain', listener: () => void) => {
        drains++;
        setImmediate(listener);
      },
    };
    const io: CliIO = { stdout: slow, stderr: slow, stdinIsTTY: true, readStdin: async () => new Uint8Array() };
    expect(await run(['--jobs', '1', seed000, seed004], io)).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(2);
    expect(drains).toBeGreaterThan(3);
  });
});
