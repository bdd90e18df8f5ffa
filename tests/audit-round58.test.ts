// What the fifty-eighth round found, and what it mended of the last round's left list: each reproduced on
// an edited fixture or a small input, said or read now.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { lineOf, rewrite } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');

describe('fifty-eighth round (left by round 57): sustainability scores written after their columns\' names', () => {
  const seed2014 = fixture('seeds/004_3bb6e26593869c78.txt');
  const rows = (text: string) => parse(text).record!.horizontalPrinciples.sustainableDevelopment;
  const scores = (text: string) => rows(text).map(({ category, criterion, direct, indirect }) => ({ category, criterion, direct, indirect }));
  const tidyRow = 'Natura 2000 -ohjelman kohteet 5 8';
  const at = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);

  it('a row that names each score by its column, in either order, with or without a colon or a word after the name: read by the names, noted (was both null and the names glued to the criterion)', () => {
    for (const written of ['välitön 5, välillinen 8', 'Välitön: 5 Välillinen: 8', '(välillinen vaikutus: 8; välitön vaikutus: 5)', 'välitön 5 ja välillinen 8']) {
      const line = `Natura 2000 -ohjelman kohteet ${written}`;
      const text = rewrite(seed2014, tidyRow, line);
      expect(scores(text), written).toEqual(scores(seed2014));
      expect(at(text, line), written).toEqual([['info', 'normalised-value']]);
    }
  });

  it('guard: one column named twice is no such row: its scores null, said', () => {
    const line = 'Natura 2000 -ohjelman kohteet välitön 5, välitön 8';
    const text = rewrite(seed2014, tidyRow, line);
    expect(rows(text)[4]).toMatchObject({ direct: null, indirect: null });
    expect(at(text, line)).toEqual([['warning', 'missing-score']]);
  });

  it('a whole table so written reads the tidy table\'s rows in every shape: without blank lines, flattened, and hard-wrapped at any width from 30 to 72 (its rows over up to five lines; wrapped ones were swallowed into the explanation above, unsaid)', () => {
    const named = seed2014.replace(/^(.*[\p{Ll})]) (\d{1,2}) (\d{1,2})$/gmu, '$1 välitön $2, välillinen $3');
    expect(named.match(/välitön \d+, välillinen/gu)).toHaveLength(15);
    const tidy = scores(seed2014);
    expect(scores(named)).toEqual(tidy);
    expect(scores(deriveShape(named, 'noblank'))).toEqual(tidy);
    expect(scores(deriveShape(named, 'flat'))).toEqual(tidy);
    for (const width of [30, 35, 40, 45, 50, 55, 60, 72]) expect(scores(deriveShape(named, 'wrap60', width)), `width ${width}`).toEqual(tidy);
  });
});
