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

/** The facts and summary of an invented project page, below its top. */
const pageBody = [
  'Toimintalinja 2 (EAKR) | 01.01.2020 – 31.12.2022 | Kymenlaakso',
  '',
  'Hanke käynnissä',
  '',
  'Tietoja hankkeesta:',
  '',
  'Hankkeen rahoittaja: Kymenlaakson liitto',
  'EURA-tunnus: A75432',
  'Toteuttajaorganisaatio: Kotkan satamayhtiö Oy',
  'Maakunta: Kymenlaakso',
  'Aloituspäivä: 01.01.2020',
  'Lopetuspäivä: 31.12.2022',
  '',
  'Lyhyt selostus hankkeesta:',
  '',
  'Satamien logistiikka digitalisoidaan.',
];
const page = (top: string[], body = pageBody) => `${[...top, ...body].join('\n')}\n`;

describe('audit round 36: a project page\'s top', () => {
  it('a date stamp alone above a page without a tagline is furniture, not the title', () => {
    for (const top of [['18.6.2020', '', 'Satamat sähköiseksi', ''], ['18.6.2020', 'Satamat sähköiseksi', '']]) {
      const text = page(top);
      const result = parse(text);
      expect(result.record!.project.name).toBe('Satamat sähköiseksi');
      expect(result.record!.project.tagline).toBeNull();
      expect(rulesAt(text, '18.6.2020')).toEqual([['info', 'page-furniture']]);
    }
  });
  it('a news item\'s headline and lead above the title and tagline: the two right above the bar, the news kept in unmapped', () => {
    const headline = 'Hirvilahden kunta sai ESR-rahoitusta nuorten työpajalle';
    const lead = 'Hirvilahden kunnan Työpaja Kipinä -hanke käynnistyy huhtikuussa.';
    const text = page([headline, '', lead, '', 'Työpaja Kipinä', '', 'Nuorten työpajatoiminnan kehittäminen.', '']);
    const result = parse(text);
    expect(result.record!.project.name).toBe('Työpaja Kipinä');
    expect(result.record!.project.tagline).toBe('Nuorten työpajatoiminnan kehittäminen.');
    expect(result.unmapped.map((u) => u.value)).toEqual([headline, lead]);
    expect(rulesAt(text, headline)).toContainEqual(['warning', 'unmapped-text']);
  });
  it('a page\'s title, a tagline of two paragraphs: the title stays (guard)', () => {
    const text = page(['Satamat sähköiseksi', '', 'Satamien logistiikka digitalisoidaan.', '', 'Työ alkaa Kotkasta.', '']);
    const result = parse(text);
    expect(result.record!.project.name).toBe('Satamat sähköiseksi');
    expect(result.record!.project.tagline).toBe('Satamien logistiikka digitalisoidaan.');
  });
  it('two short lines, neither a sentence, as title and tagline are said', () => {
    const text = page(['Satamayhtiö kertoo', '', 'Satamat sähköiseksi', '']);
    const result = parse(text);
    expect(result.record!.project.name).toBe('Satamayhtiö kertoo');
    expect(rulesAt(text, 'Satamayhtiö kertoo')).toContainEqual(['warning', 'heading-variant']);
  });
  it('a tagline that is a sentence is not (guard)', () => {
    const text = page(['Satamat sähköiseksi', '', 'Satamien logistiikka digitalisoidaan.', '']);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'heading-variant')).toEqual([]);
  });
  it.each([['Pågår', 'ongoing'], ['Avslutad', 'ended'], ['Projektet avslutat', 'ended']])('a status line in Swedish, %s, is read', (line, state) => {
    const text = page(['Vägen framåt', '', 'Stöd för unga vuxna.', ''], pageBody.map((l) => (l === 'Hanke käynnissä' ? line : l)));
    const result = parse(text);
    expect(result.record!.project.status).toEqual({ text: line, state });
    expect(result.unmapped).toEqual([]);
  });
});

describe('audit round 36: lists of a page\'s development needs', () => {
  const needs = (before: string, during: string[]) => page(['Satamat sähköiseksi', '', 'Satamien logistiikka digitalisoidaan.', ''], [...pageBody, '', 'Kehittymisen paikat', '', 'Ennen hanketta:', '', before, '', 'Hankkeen aikana:', '', ...during]);
  it('a list marker alone is no item', () => {
    const text = needs('-Ohjaus oli satunnaista', ['-', '-Yhteistyö alkoi']);
    const result = parse(text);
    expect(result.record!.projectPage!.developmentNeeds.during).toEqual(['Yhteistyö alkoi']);
    expect(result.diagnostics.filter((d) => d.rule === 'empty-value').map((d) => d.severity)).toEqual(['info']);
  });
  it.each([['o'], ['§']])('Word\'s bullet saved as "%s" and a tab marks an item', (mark) => {
    const text = needs(`${mark}\tOhjaus oli satunnaista`, [`${mark}\tYhteistyö alkoi`]);
    const result = parse(text);
    expect(result.record!.projectPage!.developmentNeeds.before).toEqual(['Ohjaus oli satunnaista']);
    expect(result.record!.projectPage!.developmentNeeds.during).toEqual(['Yhteistyö alkoi']);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
  it('a print ending on its last page\'s count without a line break is not said cut', () => {
    const text = `${needs('-Ohjaus oli satunnaista', ['-Yhteistyö alkoi'])}\nSivu 2 / 2`;
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
  });
});

describe('audit round 36: an e-mail\'s soft line breaks without encoded letters', () => {
  const english = [
    '1 Project',
    '',
    'Project code: S21888',
    '',
    'Project name: Care Skills Pilot',
    '',
    'Specific objective: 12.2. Improving the skills of employees in the health a=',
    'nd social services sector',
    '',
    'Responsible authority: Southwest Finland Centre for Economic Development, T=',
    'ransport and the Environment',
    '',
    '2 Basic applicant information',
    '',
    'Official name of the applicant: Example Care College Ltd',
    '',
  ];
  it('are joined, and said', () => {
    const result = parse(`${english.join('\n')}\n`);
    expect(result.record!.project.specificObjective).toEqual({ code: '12.2', title: 'Improving the skills of employees in the health and social services sector' });
    expect(result.record!.project.managingAuthority).toBe('Southwest Finland Centre for Economic Development, Transport and the Environment');
    expect(result.diagnostics.filter((d) => d.rule === 'encoding').map((d) => d.severity)).toEqual(['warning']);
  });
  it('a short line of a text\'s own ending in "=" is no soft break (guard)', () => {
    const text = `${english.slice(0, 6).join('\n')}\nSpecific objective: 12.2. A=\nB\n`;
    expect(parse(text).diagnostics.filter((d) => d.rule === 'encoding')).toEqual([]);
  });
});
