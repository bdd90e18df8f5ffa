// What the thirty-sixth round found: each reproduced on a small invented text, read right now or
// said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf } from './helpers/edits.js';

const rulesAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);

/** Section 1 and the start of section 2 of an invented 2014–2020 description. */
const sectionOne = [
  'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
  '',
  '1 Hanke',
  '',
  'Hankekoodi: S21987',
  '',
  'Hankkeen nimi: Polkuja eteenpäin',
  '',
  'Toiminnan tila: Toiminta päättynyt',
  '',
  '2 Hakijan perustiedot',
  '',
  'Hakijan virallinen nimi: Tunturin kansalaisopisto',
  '',
  'Y-tunnus: 2468013-5',
  '',
];

describe('audit round 36: a print\'s footer between an empty label and its value', () => {
  const footer = 'Tunturin kansalaisopisto | Opintie 3, 99100 Kittilä';
  const tail = [
    '',
    'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija',
    '',
    '3 Suunnitelman mukainen tiivistelmä toteutuksesta',
    '',
    'Hankkeessa rakennetaan työttömille polku valmennuksesta työhön.',
    footer,
    'Sivu 2 / 3',
    'Polku kestää puoli vuotta.',
    '',
    '9 Loppuraportin tiivistelmä',
    '',
    'Hanke saavutti tavoitteensa.',
    footer,
    'Sivu 3 / 3',
  ];
  it('the value printed on the next page is the value, the footer above the count furniture', () => {
    const text = `${[...sectionOne, 'WWW-osoite:', footer, 'Sivu 1 / 3', 'www.tunturi-opisto.fi', ...tail].join('\n')}\n`;
    const result = parse(text);
    expect(result.record!.organisation.website).toBe('www.tunturi-opisto.fi');
    expect(result.record!.summary).toBe('Hankkeessa rakennetaan työttömille polku valmennuksesta työhön.\nPolku kestää puoli vuotta.');
    expect(rulesAt(text, footer)).toEqual([['info', 'page-furniture']]);
  });
  it('a footer\'s copy below an empty label with a blank line after the count stays the value (guard)', () => {
    const text = `${[...sectionOne, 'WWW-osoite:', '', 'www.tunturi-opisto.fi', 'Sivu 1 / 2', ...tail.slice(0, 6), 'www.tunturi-opisto.fi', 'Sivu 2 / 2'].join('\n')}\n`;
    expect(parse(text).record!.organisation.website).toBe('www.tunturi-opisto.fi');
  });
});
