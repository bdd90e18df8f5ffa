import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readCapped } from '../src/cli/process.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const seed000 = `${root}fixtures/seeds/000_ddad63b48901b7a4.txt`;

describe('standard input is capped like a file', () => {
  it('reads no further than one byte past the cap', async () => {
    let pulled = 0;
    const chunks = function* () {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield Buffer.alloc(10, 0x61);
      }
    };
    const bytes = await readCapped(Readable.from(chunks()), 25);
    expect(bytes.length).toBe(26);
    expect(pulled).toBeLessThan(5);
    expect((await readCapped(Readable.from([Buffer.from('abc'), Buffer.from('de')]), 25)).toString()).toBe('abcde');
  });

  it('refuses input over 64 MiB on standard input with file-too-large', async () => {
    const { code, stdout } = await runCli(['-'], { stdin: new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61) });
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.file).toBe('<stdin>');
    expect(result.diagnostics).toEqual([
      { severity: 'error', rule: 'file-too-large', message: `Standard input has more than ${MAX_INPUT_BYTES} bytes; descriptions larger than ${MAX_INPUT_BYTES} bytes are not read` },
    ]);
  }, 120_000);
});

describe('--out-dir on a place that cannot hold a directory', () => {
  it.runIf(existsSync('/proc/self'))('/proc/x: a located write-failed error and exit 1, no endless retry', async () => {
    const { code, stdout, stderr } = await runCli(['-o', '/proc/x', seed000, seed000.replace('000_ddad63b48901b7a4', '001_870e9aa13936b8c2')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("ENOENT: no such file or directory, mkdir '/proc/x'  write-failed");
    expect(stderr.match(/write-failed/g)).toHaveLength(2);
  }, 120_000);
});
