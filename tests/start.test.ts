// How the bin starts the CLI (src/start.ts): from the CommonJS script with this V8's code cache
// made by the build, or, without a usable cache, from the ES module bundle. Both must be the CLI.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const bin = `${root}bin/esr-parse.js`;
const seeds = ['000_ddad63b48901b7a4', '003_4ea2b71e336645b9', '004_3bb6e26593869c78'].map((s) => `fixtures/seeds/${s}.txt`);
const cache = `${root}dist/cli-${process.versions.v8}-${process.arch}.cache`;
const run = (nodeOptions: string[], args: string[]) => spawnSync(process.execPath, [...nodeOptions, bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });

describe('start-up from the code cache', () => {
  it('the build made a cache for this V8 that fits its script, and V8 takes it', () => {
    expect(existsSync(cache)).toBe(true);
    const filename = `${root}dist/cli.cjs`;
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`;
    const file = readFileSync(cache);
    const digest = createHash('sha1').update(readFileSync(filename)).update(file.subarray(20)).digest();
    expect(digest.equals(file.subarray(0, 20))).toBe(true);
    const script = new vm.Script(source, { filename, cachedData: file.subarray(20) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('a cache that does not fit its script, or is damaged, is not used: the module bundle starts instead', () => {
    // A copy of dist/ whose script is patched in place (same length) and one whose cache is damaged.
    const seed = seeds[2];
    const expected = run([], ['--format', 'ndjson', seed]).stdout;
    for (const damage of ['script', 'cache'] as const) {
      const copy = mkdtempSync(join(tmpdir(), 'esr-start-'));
      try {
        cpSync(`${root}dist`, `${copy}/dist`, { recursive: true });
        cpSync(`${root}bin`, `${copy}/bin`, { recursive: true });
        cpSync(`${root}package.json`, `${copy}/package.json`);
        symlinkSync(`${root}node_modules`, `${copy}/node_modules`);
        const cacheCopy = `${copy}/dist/cli-${process.versions.v8}-${process.arch}.cache`;
        if (damage === 'script') {
          // Both bundles patched: the cached code, were it used, would still say 0.1.0.
          for (const bundle of ['cli.cjs', 'cli.js']) {
            const script = readFileSync(`${copy}/dist/${bundle}`, 'utf8');
            expect(script).toContain('version:"0.1.0"');
            writeFileSync(`${copy}/dist/${bundle}`, script.replace('version:"0.1.0"', 'version:"9.9.9"'));
          }
        } else {
          const bytes = readFileSync(cacheCopy);
          for (let i = bytes.length >> 1; i < bytes.length; i += 7) bytes[i] ^= 0x5a;
          writeFileSync(cacheCopy, bytes);
        }
        const version = spawnSync(process.execPath, [`${copy}/bin/esr-parse.js`, '--version'], { encoding: 'utf8' });
        expect(version.status).toBe(0);
        expect(version.stdout.trim()).toBe(damage === 'script' ? '9.9.9' : '0.1.0');
        const parsed = spawnSync(process.execPath, [`${copy}/bin/esr-parse.js`, '--format', 'ndjson', seed], { cwd: root, encoding: 'utf8' });
        expect(parsed.stdout).toBe(expected);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }
  });

  it('the cached script and the module bundle print the same, exit the same, and share the work with workers', () => {
    // A Node option of the run's own sends the bin to the module bundle.
    for (const args of [['--format', 'ndjson', ...seeds], ['validate', ...seeds], ['--grammar', 'fixtures/definitions/project-card.json', '--template', 'project-card', 'fixtures/definitions/project-card.txt'], ['--jobs', '2', '--format', 'ndjson', ...Array(8).fill(seeds).flat()], ['--version']]) {
      const cached = run([], args);
      const bundle = run(['--no-warnings'], args);
      expect(cached.stdout.length + cached.stderr.length).toBeGreaterThan(0);
      expect(cached.stdout).toBe(bundle.stdout);
      expect(cached.stderr).toBe(bundle.stderr);
      expect(cached.status).toBe(bundle.status);
    }
    const parsed = run([], ['--format', 'ndjson', seeds[2]]);
    expect(JSON.parse(parsed.stdout).template).toBe('esr-2014-2020');
  });
});
