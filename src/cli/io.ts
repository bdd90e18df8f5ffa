/** What every command needs of the process's streams. */
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
    return [{ kind: 'stdin' }];
  }
  return expandInputs(args, options);
}
