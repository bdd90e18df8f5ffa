// Values read wrong found by the nineteenth round: new real register pages printed with their
// running headers, values as people write them, and what --redact and --summary give — each failure
// reproduced on a seed or a fixture with one change: read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed004 = seed('004_3bb6e26593869c78');
const coImplementers = readFileSync(`${root}fixtures/variations/co-implementers.txt`, 'utf8');
const recordOf = (text: string) => parse(text).record;
const NAME = 'Välittävät verkostot';
const SUMMARY_START = 'Kuusamossa on tehty suunnitelmallista';

/** A printed page's break: the footer line, then the next page's running header with the project's name. */
const pageBreak = (footer: string, header = NAME) => `${footer}\n\n${header}\n\n`;

describe('audit round 19: a running header with the project\'s name below a footer that starts with its page count', () => {
  const own = recordOf(seed004)!;
  const footers = ['Sivu 1/4    Tulostettu 12.3.2024 14:05', 'Sivu 1/4    30.11.2026 14.05', 'Sivu 1 (4)    Tulostettu 12.3.2024 14:05', '1/4    Tulostettu 12.3.2024', 'Page 1 of 4    Printed 12.3.2024 14:05', 'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20078 1/4'];
  for (const footer of footers) {
    it(`in the summary, below \`${footer}\`, is no paragraph of it`, () => {
      const copy = seed004.replace(`${SUMMARY_START}`, `${pageBreak(footer)}${SUMMARY_START}`);
      expect(copy).not.toBe(seed004);
      const result = parse(copy);
      expect(result.record!.summary).toBe(own.summary);
      expect(result.unmapped).toEqual([]);
      expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual([copy.split('\n').indexOf(footer) + 1, copy.split('\n').indexOf(NAME) + 1]);
    });
  }

  it('below an empty label, it is no value of it (the label stays empty, said as before)', () => {
    const label = 'Hakijoiden lukumäärä tai tuen siirto -menettely:';
    const copy = seed004.replace(`${label} Vain yksi hakija\n\n`, `${label}\n\n${pageBreak('Sivu 1/4    Tulostettu 12.3.2024 14:05')}`);
    expect(copy).not.toBe(seed004);
    const record = recordOf(copy)!;
    expect(record.organisation.applicantArrangement).toBeNull();
    expect(record.project.name).toBe(NAME);
  });

  it('a name ending in "!" below a page count alone is a running header too', () => {
    const named = seed004.replaceAll(NAME, 'Verkostot nousuun!');
    const copy = named.replace(SUMMARY_START, `${pageBreak('Sivu 1/2', 'Verkostot nousuun!')}${SUMMARY_START}`);
    expect(recordOf(copy)!.summary).toBe(recordOf(named)!.summary);
  });

  it('a name longer than 100 characters is compared whole', () => {
    const long = 'Välittävät verkostot sosiaalisen kuntoutuksen palvelumallin kehittämiseksi Kuusamossa ja Koillismaalla vuosina 2015–2018';
    expect(long.length).toBeGreaterThan(100);
    const named = seed004.replace(`Hankkeen nimi: ${NAME}`, `Hankkeen nimi: ${long}`);
    const copy = named.replace(SUMMARY_START, `${pageBreak('Tulostettu 12.3.2024 14:05    Sivu 1/4', long)}${SUMMARY_START}`);
    expect(recordOf(copy)!.summary).toBe(recordOf(named)!.summary);
  });
});

describe('audit round 19: a running header among a co-implementer block\'s entries', () => {
  const own = recordOf(coImplementers)!.organisation.coImplementers;
  const first = 'Lahden ammattikorkeakoulu Oy, 2630644-6\n';

  it('below a footer that starts with its page count, the entries after it stay the block\'s', () => {
    const copy = coImplementers.replace(first, `${first}\nSivu 1/2    Tulostettu 12.3.2024 14:05\n\nYhteishanke\n\n`);
    expect(copy).not.toBe(coImplementers);
    expect(recordOf(copy)!.organisation.coImplementers).toEqual(own);
  });

  it('after a form feed, right below an entry or the bare heading, the name is no entry', () => {
    for (const at of [first, 'Osatoteuttajat:\n']) {
      const copy = coImplementers.replace(at, `${at}\fYhteishanke\n`);
      expect(copy).not.toBe(coImplementers);
      const result = parse(copy);
      expect(result.record!.organisation.coImplementers).toEqual(own);
      expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.line === copy.split('\n').indexOf('\fYhteishanke') + 1)).toBe(true);
    }
  });
});
