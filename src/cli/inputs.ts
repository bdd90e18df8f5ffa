/**
 * Turns command-line arguments into an ordered list of inputs (SPEC §6): files as named,
 * directories recursed for `*.txt` (sorted), globs expanded by fast-glob (sorted), `-` for stdin.
 * Order: arguments as given; within a directory or glob, by path.
 */
import type FastGlob from 'fast-glob';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UsageError } from './errors.js';

/**
 * fast-glob (and picomatch, micromatch, braces: a sixth of the bundle), loaded from node_modules at
 * the first directory or glob: a run on named files never needs it, and start-up compiled it.
 */
let fastGlob: typeof FastGlob | undefined;
function fg(): typeof FastGlob {
  fastGlob ??= createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
  return fastGlob;
}

export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface ExpandOptions {
  /** Extensions a directory is searched for. */
  extensions: string[];
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export function expandInputs(args: string[], options: ExpandOptions): Input[] {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    const stat = statOrNull(arg);
    // A directory named like an input file is a mistake to report for that file, not a tree to walk.
    const namedAsFile = options.extensions.some((ext) => arg.toLowerCase().endsWith(`.${ext}`));
    if (stat?.isDirectory() && !namedAsFile) {
      const pattern = options.extensions.length === 1 ? `**/*.${options.extensions[0]}` : `**/*.{${options.extensions.join(',')}}`;
      // Synchronous: the batch waits for the list anyway, and fast-glob's stream took half as long again.
      const found = fg().sync(pattern, { cwd: arg, onlyFiles: true, dot: false, followSymbolicLinks: true });
      if (found.length === 0) throw new UsageError(`No *.${options.extensions.join(', *.')} file in the directory "${arg}"`);
      found.sort();
      for (const path of found) inputs.push({ kind: 'file', path: joinPath(arg, path) });
      continue;
    }
    if (!stat && fg().isDynamicPattern(arg)) {
      const found = fg().sync(arg, { onlyFiles: true, dot: false });
      if (found.length === 0) throw new UsageError(`No file matches the pattern "${arg}"`);
      found.sort();
      for (const path of found) inputs.push({ kind: 'file', path });
      continue;
    }
    // A literal name is read as given; a missing or unreadable one becomes that file's failed result.
    inputs.push({ kind: 'file', path: arg });
  }
  return inputs;
}

function joinPath(dir: string, path: string): string {
  return dir.endsWith('/') ? `${dir}${path}` : `${dir}/${path}`;
}
