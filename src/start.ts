/**
 * How bin/esr-parse.js starts the CLI. Compiling the CLI's JavaScript was a third of a small file's
 * run, and V8 can skip it with a code cache — for a classic script, not for an ES module (on Node
 * 20). So dist/ holds, besides the ES module bundle (cli.js), the same CLI as one CommonJS script
 * (cli.cjs) and a V8 code cache of it made at build time (scripts/build.mjs), named for the V8 that
 * made it. With this V8's cache the script is compiled from it (with the code a parse runs, which
 * the build compiled by parsing a text of each layout); without one, the ES module bundle is
 * loaded. Node options of the run's own (`node --… esr-parse`) can make V8 refuse a cache: then the
 * bundle too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

interface Cli {
  main(): Promise<void>;
}

/** Set by the build only: compile without a cache, run, and write the cache at exit. */
const CACHE_OUT = 'ESR_PARSE_CODE_CACHE_OUT';

function cachedCli(dist: URL): Cli | null {
  const cacheOut = process.env[CACHE_OUT];
  let cachedData: Buffer | undefined;
  if (!cacheOut) {
    if (process.execArgv.length > 0) return null;
    try {
      cachedData = readFileSync(new URL(`cli-${process.versions.v8}-${process.arch}.cache`, dist));
    } catch {
      return null;
    }
  }
  const filename = fileURLToPath(new URL('cli.cjs', dist));
  let code: string;
  try {
    code = readFileSync(filename, 'utf8');
  } catch {
    return null;
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
  const script = new vm.Script(source, { filename, cachedData });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  if (cacheOut) process.once('exit', () => writeFileSync(cacheOut, script.createCachedData()));
  return module.exports;
}

export async function start(): Promise<void> {
  const dist = new URL('./', import.meta.url);
  const cli = cachedCli(dist) ?? ((await import(new URL('cli.js', dist).href)) as Cli);
  await cli.main();
}
