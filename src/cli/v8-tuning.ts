/**
 * V8 tuned for parsing on the CLI's own thread, when no worker threads are started. By default V8
 * compiles a regular expression for its interpreter at its first use and again to machine code at
 * its second; a parse runs some 170 expressions, most of them more than once, and compiling each
 * once, to machine code (`--no-regexp-tier-up`), made a small file's run ~20 ms shorter and a corpus
 * ~4% faster. V8's flags are the process's, changed here after V8 has started, which Node warns may
 * be unsafe: with worker threads started after the change, one run in some fifty ended in a
 * segmentation fault (`--jobs 2`, 2026-12-05), so the flag is set only where the CLI parses on this
 * thread alone. Not in the build's run that makes the code cache (V8 refuses a cache made under
 * other flags), nor where the run gives its own option (`node --regexp-tier-up …`), nor in the
 * library, which leaves a process's flags alone.
 */
import { setFlagsFromString } from 'node:v8';

let tuned = false;

export function tuneForOneThread(): void {
  if (tuned || process.env.ESR_PARSE_CODE_CACHE_OUT || process.execArgv.some((option) => option.includes('regexp-tier-up'))) return;
  tuned = true;
  setFlagsFromString('--no-regexp-tier-up');
}
