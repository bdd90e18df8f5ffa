// A seed with one change, and what a result says at a path: the audit rounds' tests build their
// cases so.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse, type Result } from '../../src/index.js';
import { root } from './fixtures.js';

export const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');

/** The text with one line (or passage) replaced; it must be there. */
export const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

/** The diagnostics at a path, as [severity, rule, line]. */
export const at = (result: Result, path: string) => result.diagnostics.filter((d) => d.path === path).map((d) => [d.severity, d.rule, d.line]);

/** The 1-based number of the first line that is `line`. */
export const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

/**
 * The result's `text-cut-off` diagnostics that say the text stops inside a line (not those that say
 * only that the copy stops or ends with none of the layout's later sections after it, `The copy
 * stops here …` and `The copy ends here …`, its last line perhaps whole: a guard of a whole-looking
 * last line allows those).
 */
export const strongCuts = (result: Result) => result.diagnostics.filter((d) => d.rule === 'text-cut-off' && !d.message.startsWith('The copy stops here') && !endsWhole(d));

/**
 * A `text-cut-off` that says the copy ends whole, on a field's value or its section's text, before
 * sections it lacks (`The copy ends here …`: a copy cut at a line's end, or an excerpt): nothing on
 * the line is doubted.
 */
export const endsWhole = (d: Result['diagnostics'][number]) => d.rule === 'text-cut-off' && d.message.startsWith('The copy ends here');

/** The severity and rule of each diagnostic on the text's line `line` (the first line written so). */
export const rulesAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);
/** A text of the lines given, with its last line break. */
export const lines = (...parts: string[]) => `${parts.join('\n')}\n`;
