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
import { createHash } from 'node:crypto';
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

/**
 * The cache file is a SHA-1 of the script and the cached data, then the cached data. V8 checks a
 * cache against its script's length only, not its content, and does not check its own data in
 * release builds: a script patched in place (same length) would run its old code, and a damaged
 * cache would crash V8. With the digest, either is a cache that does not fit, and the bundle is
 * loaded instead. (Hashing both takes ~1 ms; the cache saves ~15.)
 */
const DIGEST_BYTES = 20;

function digest(script: Buffer, cachedData: Uint8Array): Buffer {
  return createHash('sha1').update(script).update(cachedData).digest();
}

function cachedCli(dist: URL): Cli | null {
  const cacheOut = process.env[CACHE_OUT];
  if (!cacheOut && process.execArgv.length > 0) return null;
  const filename = fileURLToPath(new URL('cli.cjs', dist));
  let script: Buffer;
  let cachedData: Buffer | undefined;
  try {
    script = readFileSync(filename);
    if (!cacheOut) {
      const file = readFileSync(new URL(`cli-${process.versions.v8}-${process.arch}.cache`, dist));
      cachedData = file.subarray(DIGEST_BYTES);
      if (file.length <= DIGEST_BYTES || !digest(script, cachedData).equals(file.subarray(0, DIGEST_BYTES))) return null;
    }
  } catch {
    return null;
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${script.toString('utf8')}\n})`;
  const compiled = new vm.Script(source, { filename, cachedData });
  const module = { exports: {} as Cli };
  (compiled.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  if (cacheOut) {
    process.once('exit', () => {
      const data = compiled.createCachedData();
      writeFileSync(cacheOut, Buffer.concat([digest(script, data), data]));
    });
  }
  return module.exports;
}

export async function start(): Promise<void> {
  const dist = new URL('./', import.meta.url);
  const cli = cachedCli(dist) ?? ((await import(new URL('cli.js', dist).href)) as Cli);
  await cli.main();
}
