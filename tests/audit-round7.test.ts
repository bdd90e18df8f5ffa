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

const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
/** `text` with `insert` on the line right after the line `anchor`. */
const below = (text: string, anchor: string, insert: string) => {
  expect(text).toContain(`${anchor}\n`);
  return text.replace(`${anchor}\n`, `${anchor}\n${insert}\n`);
};

describe("audit round 7: a printed copy's headers and footers under a value (§9)", () => {
  const stamps = [
    'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
    'Tulostettu 14.2.2019 klo 10.12',
    'Printed 14.2.2019',
    'Hankkeen kuvaus S20078 – Tulostettu 14.2.2019    Sivu 1/5',
    'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20078\t1/5',
    '14.2.2019 klo 10.12\tEURA 2014 - Hankkeen kuvaus',
    'S20078        3 (5)',
  ];
  it('are not glued onto the value above them, in every shape; each is kept as furniture', () => {
    for (const stamp of stamps) {
      for (const [anchor, path, value] of [
        ['Hankkeen yhteyshenkilön nimi: Multas Anne', 'contact', 'Multas Anne'],
        ['Hakijan virallinen nimi: KSAK Oy', 'organisation', 'KSAK Oy'],
        ['Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'project', 'Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus'],
      ] as const) {
        const text = below(seed004, anchor, stamp);
        for (const shape of [null, 'noblank'] as const) {
          const result = parse(shape === null ? text : deriveShape(text, shape));
          const record = result.record!;
          const read = path === 'contact' ? record.contact.name : path === 'organisation' ? record.organisation.name : record.project.managingAuthority;
          expect(read, `${shape} ${stamp}`).toBe(value);
          expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.message.includes(stamp.split('\t')[0].slice(0, 20))), `${shape} ${stamp}`).toBe(true);
        }
      }
    }
  });

  it('are kept out of a yes/no explanation and a prose text', () => {
    const tidy = parse(seed004).record!;
    for (const stamp of stamps) {
      const inSummary = parse(below(seed004, '3 Suunnitelman mukainen tiivistelmä toteutuksesta', `\n${stamp}`)).record!;
      expect(inSummary.summary, stamp).toBe(tidy.summary);
      const underAnswer = parse(below(seed004, 'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei', `\n${stamp}`)).record!;
      expect(underAnswer.horizontalPrinciples.genderEquality, stamp).toEqual(tidy.horizontalPrinciples.genderEquality);
    }
  });

  it('the same in a 2007–2013 description (its own title as the running header)', () => {
    const text = below(seed000, 'Projektin nimi: Mahdollistaja', 'Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus');
    expect(parse(text).record!.project.name).toBe('Mahdollistaja');
    expect(parse(below(seed000, 'Projektin nimi: Mahdollistaja', 'Tulostettu 14.2.2011 klo 10.12')).record!.project.name).toBe('Mahdollistaja');
  });

  it('guard: a line of a sentence that ends in page-like figures, and a banner phrase inside a wrapped sentence, stay text', () => {
    const text = below(seed004, '3 Suunnitelman mukainen tiivistelmä toteutuksesta', '\nTyöpajoja pidetään 2/5 viikoista.\nHankkeen rahoittavat\nEuroopan unioni\nja valtio.');
    expect(parse(text).record!.summary).toMatch(/^Työpajoja pidetään 2\/5 viikoista\.\nHankkeen rahoittavat\nEuroopan unioni\nja valtio\./);
  });
});
