/** What every command needs of the process's streams. */
import { once } from 'node:events';
import { UsageError } from './errors.js';
import { expandInputs, type ExpandOptions, type Input } from './inputs.js';
import type { CliIO, OutputStream } from './run.js';

export async function write(stream: OutputStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk) && stream.once) await once(stream as unknown as NodeJS.EventEmitter, 'drain');
}

/** The inputs the arguments name, or standard input when there is no argument and it is piped. */
export async function inputsOrStdin(args: string[], io: CliIO, options: ExpandOptions): Promise<Input[]> {
  if (args.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('No input: name files, directories or globs, or pipe a description into standard input');
    return [{ kind: 'stdin' }];
  }
  return expandInputs(args, options);
}
