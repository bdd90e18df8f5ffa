// SPEC §5: every entry of `unmapped` has a diagnostic located on its line (what it is, and why it
// was not read), so that `validate` never passes a text whose content was silently set aside — in
// every fixture, and in the shapes real copies take.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type Result } from '../src/index.js';
import { descriptionFixtures, root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

function silent(result: Result): string[] {
  const lines = new Set(result.diagnostics.filter((d) => d.severity !== 'info' || d.rule === 'page-furniture').map((d) => d.line));
  return result.unmapped.filter((u) => !lines.has(u.line)).map((u) => `line ${u.line}: ${u.value.slice(0, 50)}`);
}

describe('every unmapped entry has a warning located on its line', () => {
  for (const fixture of descriptionFixtures()) {
    it(fixture, () => {
      const text = readFileSync(root + fixture, 'utf8');
      expect(silent(parse(text, { file: fixture }))).toEqual([]);
      for (const shape of ['noblank', 'wrap60', 'flat'] as const) expect(silent(parse(deriveShape(text, shape))), shape).toEqual([]);
    });
  }
});

describe('missing-field never claims a field whose label is there', () => {
  it('says where the label stands instead', () => {
    const text = [
      'Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus', '', '1. Projekti', '', 'Projektin nimi: Ääriviiva', '',
      'Suunnitelman mukainen toteutusaika: Alkaa 1.1.2009 ja päättyy 31.12.2010', '', 'Vastuuviranomainen: Y', '',
      '2. Projektin toteuttaja', '', 'Projektikoodi: S10001', '', 'Toteuttajaorganisaation nimi: Z', '', 'Y-tunnus: 0201256-6', '',
    ].join('\n');
    const result = parse(text);
    const missing = result.diagnostics.filter((d) => d.rule === 'missing-field');
    expect(missing.map((d) => [d.line, d.path])).toEqual([[13, '/project/code']]);
    expect(missing[0].message).toMatch(/is not read: a line with its label stands at line 13, in section 2/);
  });
});
