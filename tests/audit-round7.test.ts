// Values read wrong, read too little or lost, found by the seventh round of audits (full-length copies
// in the real shapes of REAL-SHAPES.md), each on a seed or fixture with one change: read right now, or
// said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const page = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
const pageTitle = 'Osallisuuden askeleet työllistymispoluille';
const pageTagline = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';

describe('audit round 7: the lines above a page title (§8)', () => {
  it('takes the title and tagline from above the summary bar, not from a logo, site name, category or crumb above them', () => {
    // Each with the line of it that is kept in `unmapped` (`Euroopan unioni` is known furniture; the title written twice is kept once).
    const cases: [string, string | null][] = [
      ['Euroopan unioni\nEuroopan sosiaalirahasto\n\n', 'Euroopan sosiaalirahasto'],
      ['Hanke\n\n', 'Hanke'],
      ['Rakennerahastot.fi\n\nHankkeet 2014–2020\n\n', 'Hankkeet 2014–2020'],
      [`${pageTitle}\n\n`, pageTitle],
      ['toiminnan varmistamiseen ja kävijäseurantaan.\n\n', 'toiminnan varmistamiseen ja kävijäseurantaan.'],
    ];
    for (const [above, kept] of cases) {
      for (const shape of [null, 'noblank'] as const) {
        const text = shape === null ? above + page : deriveShape(above + page, shape);
        const result = parse(text);
        expect(result.record!.project.name, `${shape} ${above}`).toBe(pageTitle);
        expect(result.record!.project.tagline, `${shape} ${above}`).toBe(pageTagline);
        // What stood above is kept and said.
        const entry = result.unmapped.find((u) => u.value === kept);
        expect(entry, `${shape} ${above}`).toBeDefined();
        expect(result.diagnostics.some((d) => d.rule === 'unmapped-text' && d.line === entry!.line), `${shape} ${above}`).toBe(true);
      }
    }
  });

  it('guard: a tagline of two lines, one paragraph, is not taken for a title with a line above it', () => {
    const text = page.replace(`${pageTagline}\n`, `${pageTagline}\nHanke toteutetaan Vaasassa.\n`);
    for (const shape of [null, 'noblank'] as const) {
      const result = parse(shape === null ? text : deriveShape(text, shape));
      expect(result.record!.project.name, String(shape)).toBe(pageTitle);
      expect(result.record!.project.tagline, String(shape)).toBe(pageTagline);
    }
  });
});
