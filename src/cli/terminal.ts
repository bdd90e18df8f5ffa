/**
 * What a stream may carry beyond plain text: colour and the progress bar. The order follows
 * no-color.org and the FORCE_COLOR convention: a command-line flag wins, then NO_COLOR (set and not
 * empty), then FORCE_COLOR, then TERM=dumb, then whether the stream is a terminal.
 */
import type { OutputStream } from './run.js';

export type Environment = Record<string, string | undefined>;

export function colorEnabled(flag: boolean | undefined, stream: OutputStream, env: Environment): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** The progress bar redraws one line with \r and an erase escape: only on a real, capable terminal. */
export function progressEnabled(stream: OutputStream, env: Environment): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb' && !env.CI;
}
