// Values read wrong with no diagnostic, found by the tenth round of audits (full-length texts whose
// prose looks like structure, unusual but correct values, copies passed through several hands),
// each on a seed with one change: read right now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
const seed001 = readFileSync(`${root}fixtures/seeds/001_870e9aa13936b8c2.txt`, 'utf8');
const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
const page = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');

/** `text` with the line `from` written as `to` (the line must be there). */
const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(`${from}\n`);
  return text.replace(`${from}\n`, `${to}\n`);
};

describe('audit round 10: the sustainability table', () => {
  const explanation = 'Hankkeen toimenpiteissä tuetaan luonnonvarojen käytön kestävyyttä esim. asiakastyössä esitellään jätteiden lajittelua, roskaamisen vähentämistä sekä kierrätystä.';
  it('reads a short last line of an explanation (a list item) as that explanation, not as the category of every row below', () => {
    for (const last of ['kierrätys', 'Kierrätys ja hyötykäyttö']) {
      const text = rewrite(seed004, explanation, `Asiakastyössä esitellään esimerkiksi:\njätteiden lajittelu\n${last}`);
      for (const shape of [null, 'noblank'] as const) {
        const result = parse(shape === null ? text : deriveShape(text, shape));
        const rows = result.record!.horizontalPrinciples.sustainableDevelopment;
        expect(rows[0].text, `${last} ${shape}`).toBe(`Asiakastyössä esitellään esimerkiksi:\njätteiden lajittelu\n${last}`);
        expect(rows.slice(0, 5).map((r) => r.category), `${last} ${shape}`).toEqual(Array(5).fill('Ekologinen kestävyys'));
        expect(rows[5].category).toBe('Taloudellinen kestävyys');
        // A capitalised one may be a category written otherwise: said at its line.
        const said = result.diagnostics.filter((d) => d.rule === 'heading-variant' && d.message.startsWith(`"${last}"`));
        expect(said.map((d) => [d.severity, d.path]), `${last} ${shape}`).toEqual(last === 'kierrätys' ? [] : [['warning', '/horizontalPrinciples/sustainableDevelopment/0']]);
      }
    }
  });
});
