// Random real shapes of the fixtures (REAL-SHAPES §7, §9): hard-wrapped at a random width, without
// blank lines, two fields glued onto one line, cut at a random offset. The record stays the same,
// or every value that changed carries a located diagnostic about it (never silently wrong).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '../src/grammar/index.js';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape, unexplained } from './helpers/shapes.js';

// CI replays one fixed seed, so that a red run can be reproduced; local runs explore new ones.
const seed = process.env.CI ? 20261129 : undefined;
const numRuns = Number(process.env.FUZZ_RUNS ?? 12);

const fixtures = [
  'fixtures/seeds/000_ddad63b48901b7a4.txt',
  'fixtures/seeds/001_870e9aa13936b8c2.txt',
  'fixtures/seeds/002_bcdc1a367ba94878.txt',
  'fixtures/seeds/003_4ea2b71e336645b9.txt',
  'fixtures/seeds/004_3bb6e26593869c78.txt',
  'fixtures/shapes/co-implementers/joint-project.txt',
  'fixtures/shapes/values/unusual-forms-2014-2020.txt',
  'fixtures/shapes/renumbered/technical-assistance-2007-2013.txt',
  'fixtures/variations/wrapped-values.txt',
];

function wrapAt(text: string, width: number): string {
  return deriveShape(text, 'wrap60', width);
}

/** Joins the `which`-th pair of consecutive `Label: value` lines into one line, with a space or a tab. */
function glue(text: string, which: number, separator: string): string {
  const lines = text.split('\n');
  const label = /^[^\s:][^:]{0,80}:\s*\S/;
  const pairs: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1].trim() === '' ? i + 2 : i + 1;
    if (next < lines.length && label.test(lines[i]) && label.test(lines[next])) pairs.push(i);
  }
  if (pairs.length === 0) return text;
  const at = pairs[which % pairs.length];
  const next = lines[at + 1].trim() === '' ? at + 2 : at + 1;
  lines.splice(at, next - at + 1, `${lines[at]}${separator}${lines[next]}`);
  return lines.join('\n');
}

describe('random real shapes: the same values, or a located diagnostic on each that changed', () => {
  for (const fixture of fixtures) {
    const text = readFileSync(root + fixture, 'utf8');
    const tidy = parse(text, { file: fixture });

    it(`${fixture}: hard-wrapped at a random width, with or without blank lines`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 45, max: 100 }), fc.boolean(), (width, dropBlanks) => {
          let shaped = wrapAt(text, width);
          if (dropBlanks) shaped = deriveShape(shaped, 'noblank');
          expect(unexplained(tidy, parse(shaped, { file: fixture }))).toEqual([]);
        }),
        { numRuns, seed },
      );
    });

    it(`${fixture}: two fields glued onto one line`, () => {
      fc.assert(
        fc.property(fc.nat(), fc.constantFrom(' ', '\t', '  '), fc.boolean(), (pair, separator, dropBlanks) => {
          let shaped = glue(text, pair, separator);
          if (dropBlanks) shaped = deriveShape(shaped, 'noblank');
          expect(unexplained(tidy, parse(shaped, { file: fixture }))).toEqual([]);
        }),
        { numRuns, seed },
      );
    });

    it(`${fixture}: cut at a random offset`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0.2, max: 0.999, noNaN: true }), (at) => {
          const cut = text.slice(0, Math.floor(at * text.length)).replace(/\s+$/, '');
          const result = parse(cut, { file: fixture });
          // A copy cut exactly at the end of a sentence cannot be told from a whole one (README, Known limits).
          const atSentenceEnd = /[.!?;)\]"”»…']$/.test(cut) && !/(?:^|\n)\d+(?:\.\d+)*\.$/.test(cut);
          if (atSentenceEnd) return;
          expect(unexplained(tidy, result, { cut: true })).toEqual([]);
          // Said once, at the last line (a cut that leaves the layout's last heading at the end reads as that section left empty).
          const last = cut.split('\n').length;
          const said = result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line);
          expect(said.length <= 1 && said.every((line) => line === last)).toBe(true);
          const template = result.template ? builtInRegistry().byName(result.template) : undefined;
          const lastLine = cut.slice(cut.lastIndexOf('\n') + 1).trim();
          const finalHeading = template?.sections[template.sections.length - 1].definition.headings.some((h) => lastLine.endsWith(h)) ?? false;
          if (result.record && !finalHeading) expect(said).toEqual([last]);
        }),
        { numRuns, seed },
      );
    });
  }
});
