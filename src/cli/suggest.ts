/**
 * A mistyped command (`esr-parse valdate seeds/`) would otherwise be read as a file name by the
 * default parse command: it prints the other inputs' JSON and an `unreadable` result. A first
 * argument that names no file, is no glob, and is close to a command is a usage error instead.
 */
import { existsSync } from 'node:fs';
import { fg } from './inputs.js';

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The command `first` was probably meant to be, or null when it is a path, a glob, or nothing like one. */
export function mistypedCommand(first: string | undefined, commands: string[]): string | null {
  if (first === undefined || first.startsWith('-') || commands.includes(first)) return null;
  if (existsSync(first) || fg().isDynamicPattern(first)) return null;
  let best: string | null = null;
  let bestDistance = 3;
  for (const command of commands) {
    const distance = editDistance(first.toLowerCase(), command);
    if (distance < bestDistance) [best, bestDistance] = [command, distance];
  }
  return best;
}
