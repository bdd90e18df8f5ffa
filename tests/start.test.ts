// How the bin starts the CLI (src/start.ts): from the CommonJS script with this V8's code cache
// made by the build, or, without a usable cache, from the ES module bundle. Both must be the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const bin = `${root}bin/esr-parse.js`;
const seeds = ['000_ddad63b48901b7a4', '003_4ea2b71e336645b9', '004_3bb6e26593869c78'].map((s) => `fixtures/seeds/${s}.txt`);
const cache = `${root}dist/cli-${process.versions.v8}-${process.arch}.cache`;
const run = (nodeOptions: string[], args: string[]) => spawnSync(process.execPath, [...nodeOptions, bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });

describe('start-up from the code cache', () => {
  it('the build made a cache for this V8, and V8 takes it for the script', () => {
    expect(existsSync(cache)).toBe(true);
    const filename = `${root}dist/cli.cjs`;
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`;
    const script = new vm.Script(source, { filename, cachedData: readFileSync(cache) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('the cached script and the module bundle print the same, exit the same, and share the work with workers', () => {
    // A Node option of the run's own sends the bin to the module bundle.
    for (const args of [['--format', 'ndjson', ...seeds], ['validate', ...seeds], ['--jobs', '2', '--format', 'ndjson', ...Array(8).fill(seeds).flat()], ['--version']]) {
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
