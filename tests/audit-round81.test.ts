// What the eighty-first round mended: a finding the eightieth round left (WJ F4), and what its three white-box
// audits found — WL (layouts added as data: the definition language and `--grammar`), WM (where the shape families
// meet in one copy) and WN (the organisations of a description: applicant, co-implementers, transfer recipients,
// contacts). The mends' cases fail on the round's start (3ec64c3), the guards pass on both.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const seedFile = (name: string) => join(root, 'fixtures', 'seeds', `${name}.txt`);
const latin1Name = (dir: string, letter: number) => Buffer.concat([Buffer.from(`${dir}/ty`), Buffer.from([letter]), Buffer.from('.txt')]);

describe('eighty-first round, what the eightieth left: one argument read as several files', () => {
  it('one file argument whose name prints as two files\' names gives a JSON array of both (two objects ran together, invalid JSON, exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-names-'));
    writeFileSync(latin1Name(dir, 0xf6), readFileSync(seedFile('000_ddad63b48901b7a4')));
    writeFileSync(latin1Name(dir, 0xe4), readFileSync(seedFile('001_870e9aa13936b8c2')));
    for (const extra of [[], ['--pretty']]) {
      const { code, stdout } = await runCli(['-q', ...extra, `${dir}/ty\uFFFD.txt`]);
      expect(code).toBe(0);
      const results = JSON.parse(stdout);
      expect(results.map((result: { file: string }) => result.file)).toEqual([`${dir}/ty%E4.txt`, `${dir}/ty%F6.txt`]);
    }
  });

  it('guard: one file argument naming one file still gives one object', async () => {
    const { code, stdout } = await runCli(['-q', seedFile('000_ddad63b48901b7a4')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).record.project.code).toBe('S10843');
  });
});
