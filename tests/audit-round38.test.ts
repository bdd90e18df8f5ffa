// What the thirty-eighth round found: each reproduced on a small invented text, read right now or
// said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const rulesAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);

/** An invented ESR 2014–2020 description's sections 1 and 2 (the arrangement's line given), blank lines between. */
const head = (arrangement = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija') => [
  'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
  '',
  '1 Hanke',
  '',
  'Hankekoodi: S21488',
  '',
  'Hankkeen nimi: Esimerkkisilta',
  '',
  'Suunnitelman mukainen toteutusaika: Alkaa 1.1.2018 ja päättyy 31.12.2020',
  '',
  'Toiminnan tila: Toiminta päättynyt',
  '',
  'Vastuuviranomainen: Lapin elinkeino-, liikenne- ja ympäristökeskus',
  '',
  '2 Hakijan perustiedot',
  '',
  'Hakijan virallinen nimi: Järvikylän Työttömät ry',
  '',
  'Y-tunnus: 1122045-5',
  '',
  arrangement,
  '',
];

const summaryHeading = '3 Suunnitelman mukainen tiivistelmä toteutuksesta';

describe('audit round 38: a summary cut after a few words of its last line', () => {
  const text = (last: string) => `${[...head(), summaryHeading, '', 'Hankkeen tavoitteena on houkutella osaajia Järvikylään. Väestö vähenee ja ikääntyy.', last].join('\n')}\n`;
  it('`Osaajia houkut` below a sentence, the copy without sections 4–9: said cut at it (it was the summary\'s whole end, silently)', () => {
    const t = text('Osaajia houkut');
    expect(parse(t).record!.summary).toContain('Osaajia houkut');
    expect(rulesAt(t, 'Osaajia houkut')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a closing name ending on a capital is no cut (guard)', () => {
    const t = text('Anna Keto');
    expect(rulesAt(t, 'Anna Keto')).not.toContainEqual(['warning', 'text-cut-off']);
  });
  it('a last sentence with its full stop is no cut (guard)', () => {
    const t = text('Osaajia houkutellaan.');
    expect(rulesAt(t, 'Osaajia houkutellaan.')).not.toContainEqual(['warning', 'text-cut-off']);
  });
});

describe('audit round 38: a block\'s heading run into the arrangement\'s value without its colon', () => {
  for (const [arrangement, path, heading] of [
    ['Tuen siirto Tuen siirronsaajat Pohjolan Kylät ry, 3909926-3 Järvikylän Nuorisoseura ry, 0462116-2', 'transferRecipients', 'Tuen siirto'],
    ['Yhteishanke Osatoteuttajat Pohjolan Kylät ry, 3909926-3 Järvikylän Nuorisoseura ry, 0462116-2', 'coImplementers', 'Yhteishanke'],
  ] as const) {
    it(`"${arrangement.slice(0, 40)}…": the value, and the block's entries read, said (the whole line was the value, the list empty, silently)`, () => {
      const line = `Hakijoiden lukumäärä tai tuen siirto -menettely: ${arrangement}`;
      const t = `${[...head(line), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`;
      const record = parse(t).record!;
      expect(record.organisation.applicantArrangement).toBe(heading);
      expect(record.organisation[path]).toEqual([
        { name: 'Pohjolan Kylät ry', businessId: '3909926-3' },
        { name: 'Järvikylän Nuorisoseura ry', businessId: '0462116-2' },
      ]);
      expect(rulesAt(t, line)).toContainEqual(['warning', 'glued-fields']);
    });
  }
  it('a value that names the block without a Y-tunnus after it stays the value (guard)', () => {
    const line = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Tuen siirto Tuen siirronsaajat nimetään myöhemmin';
    const record = parse(`${[...head(line), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`).record!;
    expect(record.organisation.applicantArrangement).toBe('Tuen siirto Tuen siirronsaajat nimetään myöhemmin');
    expect(record.organisation.transferRecipients).toEqual([]);
  });
});

/** The description's last sections, a final report's text its last line. */
const finalReport = ['8 Horisontaaliset periaatteet', '', '9 Loppuraportin tiivistelmä', '', 'Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.'];

describe('audit round 38: a mail\'s signature without a closing word below the description', () => {
  it('a name, an office and a phone after a blank line: kept apart and said, the final report its sentence (they were its text, silently)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'Pekka Salonen', 'Länsirannikon ELY-keskus', 'puh. 0295 555 123'].join('\n')}\n`;
    const result = parse(t);
    expect(result.record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.');
    expect(result.unmapped.map((u) => u.value)).toEqual(['Pekka Salonen', 'Länsirannikon ELY-keskus', 'puh. 0295 555 123']);
    expect(rulesAt(t, 'Pekka Salonen')).toContainEqual(['warning', 'unmapped-text']);
  });
  it('a last paragraph of a name and an office, no way to reach them, stays the text (guard)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'Pekka Salonen', 'Länsirannikon ELY-keskus'].join('\n')}\n`;
    expect(parse(t).record!.finalReportSummary).toContain('Pekka Salonen');
  });
});

describe('audit round 38: a sender\'s line introducing a second description pasted below', () => {
  const second = ['Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus', '', '1 Hanke', '', 'Hankekoodi: S20456'];
  const text = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'Ja tässä vielä toisen hankkeen kuvaus vertailun vuoksi:', '', ...second].join('\n')}\n`;
  it('kept apart and said, not the final report\'s last paragraph (it was, silently)', () => {
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.');
    expect(result.record!.project.code).toBe('S21488');
    expect(rulesAt(text, 'Ja tässä vielä toisen hankkeen kuvaus vertailun vuoksi:')).toContainEqual(['warning', 'unmapped-text']);
  });
  it('the same without blank lines', () => {
    const t = deriveShape(text, 'noblank');
    const result = parse(t);
    expect(result.record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.');
    expect(rulesAt(t, 'Ja tässä vielä toisen hankkeen kuvaus vertailun vuoksi:')).toContainEqual(['warning', 'unmapped-text']);
  });
});
