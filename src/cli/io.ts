/** What every command needs of the process's streams (and of the file system, to write its outputs). */
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './errors.js';
import { expandInputs, type ExpandOptions, type Input } from './inputs.js';
import type { CliIO, OutputStream } from './run.js';

/** Writes and waits for 'drain' when the stream asks to (through its own `once`: it may be a wrapper). */
export async function write(stream: OutputStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk) && stream.once) await new Promise<void>((resolve) => stream.once!('drain', resolve));
}

/** The inputs the arguments name, or standard input when there is no argument and it is piped. */
export async function inputsOrStdin(args: string[], io: CliIO, options: ExpandOptions): Promise<Input[]> {
  if (args.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('No input: name files, directories or globs, or pipe a description into standard input');
    // Nothing named and nothing piped (`validate $(changed files)` with none, stdin /dev/null) is no
    // input, as at a terminal: a usage error, not an empty description that failed.
    let bytes: Uint8Array;
    try {
      bytes = await io.readStdin();
    } catch {
      // (Unreadable, a directory or closed: read again where it is parsed, and said there as `unreadable`.)
      return [{ kind: 'stdin' }];
    }
    if (bytes.length === 0) throw new UsageError('No input: no file was named and standard input is empty');
    return [{ kind: 'stdin', bytes }];
  }
  return expandInputs(args, options);
}

/**
 * mkdir -p, one level at a time. Node's own `recursive: true` never returns for a path under /proc
 * (mkdir answers ENOENT there although the parent exists, and Node retries the parent forever).
 * Synchronous: it runs once per run, for `-o` and for `--tables` (whose writer opens its files at once).
 */
export function makeDirectorySync(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(dir).isDirectory()) return;
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
    makeDirectorySync(dirname(dir));
    // Once more only: the parent exists now, so a second ENOENT is the answer.
    try {
      mkdirSync(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw again;
    }
  }
}
