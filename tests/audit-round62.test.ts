// What the sixty-second round mended of audit AS's interruptions (round 60): each on an edited seed, read or said now.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { lineOf } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';

const seed = (name: string) => readFileSync(`${root}/fixtures/seeds/${name}`, 'utf8');
const seed2007 = seed('000_ddad63b48901b7a4.txt');
const seedIndicators = seed('002_bcdc1a367ba94878.txt');
const seedPage = seed('003_4ea2b71e336645b9.txt');
const tidy = parse(seed2007).record!;
const said = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);
const saidAt = (text: string, path: string) => parse(text).diagnostics.filter((d) => d.path === path).map((d) => [d.severity, d.rule]);
const kept = (text: string) => parse(text).unmapped.map((u) => u.value);
const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`no ${from}`);
  return text.replace(from, to);
};
const QUOTE = '”Kukaan ei jäänyt yksin, ja se riitti meille.”';
const ATTRIBUTION = '– hankkeen osallistuja';

describe('sixty-second round: a web page\'s pull quote in a value\'s place is kept apart', () => {
  it('between an empty label and its value: the value without it, the quote kept in unmapped, said (was read into the value, unsaid)', () => {
    const text = edit(seed2007, 'Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos\n', `Toteuttajaorganisaation nimi:\n${QUOTE}\nTerveyden ja hyvinvoinnin laitos\n`);
    expect(parse(text).record!.organisation.name).toBe('Terveyden ja hyvinvoinnin laitos');
    expect(said(text, QUOTE)).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toEqual([QUOTE]);
  });

  it('with its attribution below a value: the value without them, both kept in unmapped (was read into the value, unsaid)', () => {
    const text = edit(seed2007, 'Asema: projektipäällikkö\n', `Asema: projektipäällikkö\n${QUOTE}\n${ATTRIBUTION}\n`);
    expect(parse(text).record!.contact.title).toBe('projektipäällikkö');
    expect(kept(text)).toEqual([QUOTE, ATTRIBUTION]);
  });

  it('between a value\'s two lines: the value read as without it (was read into it, unsaid)', () => {
    const text = edit(seed2007, 'Kestävä kehitys: Projektilla ei ole erityistä vaikutusta kestävän kehityksen kannalta', `Kestävä kehitys: Projektilla ei ole erityistä\n${QUOTE}\nvaikutusta kestävän kehityksen kannalta`);
    expect(parse(text).record!.classification.sustainableDevelopment).toBe(tidy.classification.sustainableDevelopment);
    expect(said(text, QUOTE)).toEqual([['warning', 'unmapped-text']]);
  });

  it('guard: the only line below an empty label, a name in quotes that ends no sentence, and a quote among a list\'s items stay the text\'s', () => {
    const only = edit(seed2007, 'Asema: projektipäällikkö\n', `Asema:\n${QUOTE}\n`);
    expect(parse(only).record!.contact.title).toBe(QUOTE);
    const name = edit(seed2007, 'Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos\n', 'Toteuttajaorganisaation nimi:\n”Yhdessä eteenpäin”\nTerveyden ja hyvinvoinnin laitos\n');
    expect(parse(name).record!.organisation.name).toBe('”Yhdessä eteenpäin” Terveyden ja hyvinvoinnin laitos');
    // (A quote put among a list's items has no attribution: the dash below it is the list's next item. Review of round 62.)
    const list = edit(seedPage, '2) Elämänhallinnan ja hyvinvoinnin edistäminen – työ- ja toimintakykyä edistävä arjenhallinta\n', `2) Elämänhallinnan ja hyvinvoinnin edistäminen\n${QUOTE}\n– työ- ja toimintakykyä edistävä arjenhallinta\n`);
    expect(kept(list)).not.toContain('– työ- ja toimintakykyä edistävä arjenhallinta');
    expect(parse(list).record!.summary).toContain('– työ- ja toimintakykyä edistävä arjenhallinta');
  });
});

describe('sixty-second round: a number alone inside a text is said', () => {
  it('below a line of the paragraph that ends with a colon: read as the text\'s, said (was read so, unsaid)', () => {
    const text = edit(seed2007, '\n3.3 Välilliset kohderyhmät\n', '\n3.3 Välilliset kohderyhmät\n\nVuosi 2009:\n6\nKehitetään yhteistyötä kuntien kanssa.\n');
    expect(parse(text).record!.targetGroups.indirect).toMatch(/^Vuosi 2009:\n6\nKehitetään/u);
    expect(said(text, '6')).toEqual([['warning', 'page-number-in-text']]);
  });

  it('guard: a number beside a placeholder is no text (kept apart, not said as read)', () => {
    const placeholder = edit(seedPage, 'Ratkaisun kuvaus\n\nKesken.\n', 'Ratkaisun kuvaus\n\nKesken.\n4\n');
    expect(parse(placeholder).record!.projectPage!.solution).toBeNull();
    expect(said(placeholder, '4')).toEqual([['warning', 'unmapped-text']]);
  });

  it('between a web page\'s paragraphs (a print of the page): read as the text\'s, said (was read so, unsaid)', () => {
    const text = edit(seedPage, '\n\nHankkeessa järjestetään', '\n\n6\n\nHankkeessa järjestetään');
    expect(said(text, '6')).toEqual([['warning', 'page-number-in-text']]);
  });

  it('a count\'s figures alone above more figures: read as one number, said (was read so with an info only)', () => {
    const text = edit(seedIndicators, 'Suunniteltu: 555, joista naisia 275', 'Suunniteltu:\n3\n555, joista naisia 275');
    expect(parse(text).record!.indicators.participants.planned).toEqual({ total: 3555, women: 275 });
    expect(saidAt(text, '/indicators/participants/planned')).toContainEqual(['warning', 'value-wrapped']);
  });
});

describe('sixty-second round: the target area\'s text beside its lists is said', () => {
  const REGIONS = 'Maakunnat: Etelä-Karjala, Itä-Uusimaa, Uusimaa, Päijät-Häme, Varsinais-Suomi, Kymenlaakso\n';

  it('a line that names none of the listed places: read as the description, said (was read so, unsaid)', () => {
    for (const line of ['Tilaa uutiskirje – saat tiedon uusista hankkeista ensimmäisenä!', 'Esimerkkisäätiö sr | Rantakatu 5, 90100 Oulu', 'ESR-HK 2014 v2.1']) {
      const text = edit(seed2007, REGIONS, `${REGIONS}\n${line}\n`);
      expect(parse(text).record!.targetArea.description).toBe(line);
      expect(saidAt(text, '/targetArea/description')).toEqual([['warning', 'furniture-in-text']]);
    }
  });

  it('guard: a description that names a listed place, in any of its forms, or the whole country, is not said so', () => {
    for (const line of ['Painopiste on Helsingin ja Espoon työllisyyspalveluissa.', 'Hanke toimii Päijät-Hämeessä.', 'Toiminta kattaa Kymenlaakson.']) {
      const text = edit(seed2007, REGIONS, `${REGIONS}\n${line}\n`);
      expect(parse(text).record!.targetArea.description).toBe(line);
      expect(parse(text).diagnostics.filter((d) => d.rule === 'furniture-in-text')).toEqual([]);
    }
  });
});
