// What the thirty-sixth round found: each reproduced on a small invented text, read right now or
// said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf, strongCuts } from './helpers/edits.js';
import { readFileSync } from 'node:fs';

const rulesAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);
/** The rules said at the line that starts so. */
const rulesAtStart = (text: string, start: string) => parse(text).diagnostics.filter((d) => d.line === text.split('\n').findIndex((l) => l.startsWith(start)) + 1).map((d) => [d.severity, d.rule]);

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
  it.each([['Kymen satamat Oy', 'Satamat sähköiseksi'], ['Satamat', 'sähköiseksi Kotkassa']])('two short lines, neither a sentence, as title and tagline, the first naming an organisation or the second in lower case, are said', (first, second) => {
    const text = page([first, '', second, '']);
    const result = parse(text);
    expect(result.record!.project.name).toBe(first);
    expect(rulesAt(text, first)).toContainEqual(['warning', 'heading-variant']);
  });
  it('a title and a tagline written without a full stop are not (guard)', () => {
    const text = page(['Digitaidot arkeen', '', 'Ikäihmisten digitaitojen vahvistaminen', '']);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'heading-variant')).toEqual([]);
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
  it('a web address\'s "=" at a line\'s end is the address\'s (guard)', () => {
    const text = `${english.slice(0, 6).join('\n')}\nProject website: https://www.example-care.fi/hanke.php?id=12&kieli=\nThe next line.\n`;
    expect(parse(text).diagnostics.filter((d) => d.rule === 'encoding')).toEqual([]);
  });
  it('a joined line is located at its first line in the file', () => {
    const text = `${english.join('\n')}\nBusiness ID: 12345\n`;
    expect(parse(text).diagnostics.find((d) => d.rule === 'invalid-business-id')?.line).toBe(english.length + 1);
  });
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

describe('audit round 36: a copy of the register\'s print cut in sections 6 and 7, saved with its line break', () => {
  const whole = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8');
  const cutAt = (line: string) => `${whole.slice(0, whole.indexOf(line) + line.length)}\n`;
  it.each([
    ['Jakeluosoite: Rantat', 'targetArea.implementationAddress.street', 'Rantat'],
    ['Postitoimipaikka: Hämeen\n', 'targetArea.implementationAddress.city', 'Hämeen'],
    ['Suunniteltu: 24', 'indicators.participants.planned.total', 24],
  ])('the last value, %s, is said as perhaps cut', (cut, path, value) => {
    const inSection6 = whole.indexOf('Toteutuspaikan osoite');
    const text = cut.startsWith('Postitoimipaikka') ? `${whole.slice(0, whole.indexOf('Postitoimipaikka: Hämeenlinna', inSection6))}Postitoimipaikka: Hämeen\n` : cut.startsWith('Jakeluosoite') ? `${whole.slice(0, whole.indexOf('Jakeluosoite: Rantatie'))}Jakeluosoite: Rantat\n` : `${whole.slice(0, whole.indexOf('Suunniteltu: 240'))}Suunniteltu: 24\n`;
    const result = parse(text);
    const got = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], result.record);
    expect(got).toBe(value);
    const last = text.trimEnd().split('\n').length;
    expect(result.diagnostics.filter((d) => d.line === last).map((d) => [d.severity, d.rule])).toEqual(expect.arrayContaining([['warning', 'value-cut-off'], ['warning', 'text-cut-off']]));
  });
  it.each([['Jakeluosoite: Rantatie 15'], ['Kunnat: Hämeenlinna'], ['Myönnetty EU- ja valtion rahoitus: 200 000']])('a whole value a copy may end on, %s, is not (guard)', (line) => {
    // (Since round 40 a copy that stops inside a section, its later fields and sections absent, is said
    // to end there — the value itself not doubted.)
    const result = parse(cutAt(line));
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off')).toEqual([]);
    expect(strongCuts(result)).toEqual([]);
  });
  it('the whole print is read without a warning (guard)', () => {
    expect(parse(whole).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('audit round 36: a field glued after another\'s value without its colon', () => {
  it('is read as its own field, and said', () => {
    const text = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8')
      .replace('Hankkeen nimi: Polku\n\nToimintalinja: 5.', 'Hankkeen nimi: Polku Toimintalinja 5.')
      .replace('Hakijan virallinen nimi: Polkuyhdistys ry\n\nOrganisaatiotyyppi: Yhdistys', 'Hakijan virallinen nimi: Polkuyhdistys ry\tOrganisaatiotyyppi\tYhdistys')
      .replace('Jakeluosoite: Kauppakatu 3\n\nPuhelinnumero: 03 123 4567', 'Jakeluosoite: Kauppakatu 3  Puhelinnumero 03 123 4567')
      .replace('Hankkeen yhteyshenkilön nimi: Laine Aino\n\nYhteyshenkilön asema hakijaorganisaatiossa: Projektipäällikkö', 'Hankkeen yhteyshenkilön nimi: Laine Aino | Yhteyshenkilön asema hakijaorganisaatiossa Projektipäällikkö');
    const result = parse(text);
    const record = result.record!;
    expect(record.project.name).toBe('Polku');
    expect(record.project.priorityAxis).toEqual({ number: 5, title: 'Sosiaalinen osallisuus ja köyhyyden torjunta' });
    expect([record.organisation.name, record.organisation.type]).toEqual(['Polkuyhdistys ry', 'Yhdistys']);
    expect([record.organisation.address.street, record.organisation.phone]).toEqual(['Kauppakatu 3', '03 123 4567']);
    expect([record.contact.name, record.contact.title]).toEqual(['Laine Aino', 'Projektipäällikkö']);
    for (const line of ['Hankkeen nimi: Polku Toimintalinja', 'Hakijan virallinen nimi: Polkuyhdistys', 'Jakeluosoite: Kauppakatu 3  Puh', 'Hankkeen yhteyshenkilön nimi: Laine']) {
      expect(rulesAtStart(text, line)).toContainEqual(['warning', 'glued-fields']);
    }
  });
  it.each([
    ['Hankkeen nimi: Polku', 'Hankkeen nimi: Youth Policy Forum', 'project.name', 'Youth Policy Forum'],
    ['Hakijan virallinen nimi: Polkuyhdistys ry', 'Hakijan virallinen nimi: Kaupunkitaide ry Street Art Finland', 'organisation.name', 'Kaupunkitaide ry Street Art Finland'],
  ])('another wording of a field the text writes is no glued label (guard: %s)', (from, to, path, value) => {
    const text = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8').replace(from, to);
    const result = parse(text);
    expect(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], result.record)).toBe(value);
    expect(result.diagnostics.filter((d) => d.rule === 'glued-fields')).toEqual([]);
  });
  it('a short label\'s word after one space in a name is the name\'s, the field absent (guard)', () => {
    const text = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8').replace('Hakijan virallinen nimi: Polkuyhdistys ry', 'Hakijan virallinen nimi: Kulttuuriyhdistys Vanha Postinumero ry').replace('Postinumero: 13100\n\n', '');
    expect(parse(text).record!.organisation.name).toBe('Kulttuuriyhdistys Vanha Postinumero ry');
  });
  it('a label\'s words inside a value where the text writes that label on its own line are the value\'s (guard)', () => {
    const text = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8').replace('Hankkeen nimi: Polku', 'Hankkeen nimi: Polku Vastuuviranomainen 2020');
    expect(parse(text).record!.project.name).toBe('Polku Vastuuviranomainen 2020');
  });
});

describe('audit round 36: one applicant said, and a list\'s entries read', () => {
  it('a flattened copy\'s summary sentence ending in a Y-tunnus, read as a co-implementer, is said', () => {
    const text = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8')
      .replace('Vain yksi hakija\n\n3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', 'Vain yksi hakija\nOsatoteuttajat\nHanketta hallinnoi Esimerkkilän kunta (Y-tunnus 2345671-3).\n');
    const result = parse(text);
    expect(result.record!.organisation.coImplementers[0]).toEqual({ name: 'Hanketta hallinnoi Esimerkkilän kunta', businessId: '2345671-3' });
    expect(rulesAtStart(text, 'Hanketta hallinnoi')).toContainEqual(['warning', 'invalid-value']);
  });
});

describe('audit round 36: values as people write them', () => {
  const print = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8');
  it.each([['Kyllä ( ) Ei (x)', false], ['Kyllä (x) Ei ( )', true], ['K ( ) E (x)', false], ['Kyllä: ( ) Ei: (x)', false], ['Ei ( ) Kyllä ( X )', true]])('a form\'s check boxes after both answers, one ticked, %s, give the ticked one', (answer, value) => {
    const text = print.replace('sukupuolinäkökulmasta: Kyllä\n', `sukupuolinäkökulmasta: ${answer}\n`);
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis).toEqual({ answer: value, text: 'Asiakkaista kaksi kolmasosaa on miehiä.' });
    expect(rulesAtStart(text, 'Hankkeessa on tehty')).toContainEqual(['info', 'normalised-value']);
  });
  it.each([['Kyllä ( ) Ei ( )'], ['Kyllä (x) Ei (x)'], ['Kyllä ( ) Ei (x) osittain']])('check boxes with none or both ticked, or words after them, %s, are no answer: said, kept as the text', (answer) => {
    const text = print.replace('sukupuolinäkökulmasta: Kyllä\n', `sukupuolinäkökulmasta: ${answer}\n`);
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis).toEqual({ answer: null, text: `${answer}\nAsiakkaista kaksi kolmasosaa on miehiä.` });
    expect(rulesAtStart(text, 'Hankkeessa on tehty')).toContainEqual(['warning', 'invalid-value']);
  });
  it('an answer with its remark in brackets is read (guard)', () => {
    const text = print.replace('sukupuolinäkökulmasta: Kyllä\n', 'sukupuolinäkökulmasta: Kyllä (ks. liite)\n');
    expect(parse(text).record!.horizontalPrinciples.genderEquality.environmentAnalysis!.answer).toBe(true);
  });
  it.each([['Kaikki maakunnat paitsi Uusimaa'], ['Kaikki 5 maakuntaa'], ['Kaikki maakunnat lukuun ottamatta Lappia']])('%s is not the whole country: nationwide not read, said', (regions) => {
    const text = print.replace('Maakunnat: Kanta-Häme', `Maakunnat: ${regions}`);
    const result = parse(text);
    expect(result.record!.targetArea.nationwide).toBeNull();
    expect(result.diagnostics.filter((d) => d.path === '/targetArea/nationwide').map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-value']]);
  });
  it.each([['Kaikki maakunnat'], ['Kaikki 18 maakuntaa'], ['Kaikki maakunnat pl. Ahvenanmaa']])('%s is (guard)', (regions) => {
    expect(parse(print.replace('Maakunnat: Kanta-Häme', `Maakunnat: ${regions}`)).record!.targetArea.nationwide).toBe(true);
  });
});

describe('audit round 36: a print cut in its score table, saved with its line break', () => {
  const print = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8');
  const upTo = (text: string, line: string) => `${text.slice(0, text.indexOf(line) + line.length)}\n`;
  it('a whole row last, its table lacking a later category: said cut, its scores read', () => {
    const text = upTo(print, 'Materiaalit ja jätteet 5 7');
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment).toEqual([{ category: 'Taloudellinen kestävyys', criterion: 'Materiaalit ja jätteet', direct: 5, indirect: 7, text: null }]);
    expect(rulesAt(text, 'Materiaalit ja jätteet 5 7')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a category alone last: said cut', () => {
    const text = upTo(print, 'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus');
    expect(rulesAt(text, 'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a whole row of the last category last, in a project not ended: not (guard)', () => {
    const text = upTo(print, 'Hyvinvoinnin edistäminen 9 9');
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
  });
  it('the same row in a project that has ended, its final report missing: said', () => {
    const text = upTo(print.replace('Toiminnan tila: Toiminnassa', 'Toiminnan tila: Toiminta päättynyt'), 'Hyvinvoinnin edistäminen 9 9');
    expect(rulesAt(text, 'Hyvinvoinnin edistäminen 9 9')).toContainEqual(['warning', 'text-cut-off']);
  });
});

describe('audit round 36: a page cut inside the EU logo\'s lines at its end', () => {
  it('the cut phrase and the logo\'s lines above it are furniture, not the summary\'s', () => {
    const text = page(['Satamat sähköiseksi', '', 'Satamien logistiikka digitalisoidaan.', ''], [...pageBody, '', 'Euroopan unioni', 'Euroopan aluekehitysrahasto', 'Vipuvoimaa EU:lta 201']);
    const result = parse(text);
    expect(result.record!.summary).toBe('Satamien logistiikka digitalisoidaan.');
    expect(rulesAt(text, 'Vipuvoimaa EU:lta 201')).toContainEqual(['info', 'page-furniture']);
  });
});

describe('audit round 36: the second blind review\'s misfires, guarded', () => {
  const print = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8');
  it.each([['Kyllä (x)', true], ['Ei (x)', false]])('one answer ticked in its box, %s, is read', (answer, value) => {
    const text = print.replace('sukupuolinäkökulmasta: Kyllä\n', `sukupuolinäkökulmasta: ${answer}\n`);
    expect(parse(text).record!.horizontalPrinciples.genderEquality.environmentAnalysis!.answer).toBe(value);
  });
  it.each([
    ['Hankkeen nimi: Valtakunnallinen Toimintalinja 5 koordinaatiohanke', 'project.name', 'Valtakunnallinen Toimintalinja 5 koordinaatiohanke'],
    ['Hankkeen nimi: Järjestöjen Toiminnan tila -kartoitus', 'project.name', 'Järjestöjen Toiminnan tila -kartoitus'],
    ['Hakijan virallinen nimi: Järvikylän Puhelinnumero Osuuskunta', 'organisation.name', 'Järvikylän Puhelinnumero Osuuskunta'],
  ])('a label\'s words in a name, the words after them no value of its field: the name whole (%s)', (line, path, value) => {
    const label = line.slice(0, line.indexOf(':'));
    const text = print
      .replace(new RegExp(`^${label}: .*$`, 'mu'), line)
      .replace(/^(?:Toimintalinja|Toiminnan tila|Puhelinnumero): .*\n\n/gmu, '');
    const result = parse(text);
    expect(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], result.record)).toBe(value);
    expect(result.diagnostics.filter((d) => d.rule === 'glued-fields')).toEqual([]);
  });
  it('a "=" at the end of a line shorter than a mail program breaks is the text\'s (guard)', () => {
    const text = print.replace('Kunnan sosiaalityö.', 'Kunnan ja järjestöjen työntekijät, joiden osuus henkilöstöstä=\n25 %.');
    expect(parse(text).record!.targetGroups.indirect).toBe('Kunnan ja järjestöjen työntekijät, joiden osuus henkilöstöstä=\n25 %.');
  });
  it('a "=" after a space at a line\'s end is the text\'s, not a soft line break', () => {
    const text = print.replace('Hanke ohjaa pitkään työttömänä olleita kuntouttavaan työtoimintaan ja sieltä eteenpäin koulutukseen.', 'Tulos lasketaan näin: osallistujat yhteensä - keskeyttäneet =\nvalmistuneet, ja tavoite on 100 henkilöä.');
    const result = parse(text);
    expect(result.record!.summary).toBe('Tulos lasketaan näin: osallistujat yhteensä - keskeyttäneet =\nvalmistuneet, ja tavoite on 100 henkilöä.');
    expect(result.diagnostics.filter((d) => d.rule === 'encoding')).toEqual([]);
  });
  it('a section sign and a tab before a figure is a law\'s section, no bullet', () => {
    const text = print.replace('Hanke ohjaa pitkään työttömänä olleita kuntouttavaan työtoimintaan ja sieltä eteenpäin koulutukseen.', 'Hanke noudattaa lakia:\n§\t2 Soveltamisala');
    expect(parse(text).record!.summary).toBe('Hanke noudattaa lakia:\n§\t2 Soveltamisala');
  });
  it('a title found below a news item\'s lines passed over is said', () => {
    const text = page(['Polkuja eteenpäin', '', 'Tavoitteena on nuorten työllistymisen tukeminen.', '', 'Nuoret ja työ', '', 'Hanke toimii kolmessa kunnassa.', '']);
    expect(rulesAt(text, 'Nuoret ja työ')).toContainEqual(['warning', 'heading-variant']);
  });
  it.each([['Kaikki maakunnat Uuttamaata lukuun ottamatta', null], ['Kaikki maakunnat lukuun  ottamatta Lappia', null]])('an exception written after the name or with two spaces, %s: nationwide not read', (regions, value) => {
    expect(parse(print.replace('Maakunnat: Kanta-Häme', `Maakunnat: ${regions}`)).record!.targetArea.nationwide).toBe(value);
  });
  it('a region\'s municipalities, "Kaikki maakunnan kunnat", are no mention of the whole country (guard)', () => {
    expect(parse(print.replace('Kunnat: Hämeenlinna', 'Kunnat: Kaikki maakunnan kunnat')).record!.targetArea.nationwide).toBe(false);
  });
});

describe('audit round 36: contact and area values as people write them', () => {
  const print = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8');
  it('a contact\'s name with the e-mail after a comma is said', () => {
    const text = print.replace('Hankkeen yhteyshenkilön nimi: Laine Aino', 'Hankkeen yhteyshenkilön nimi: Laine Aino, aino.laine(at)polku-esim.fi');
    expect(rulesAtStart(text, 'Hankkeen yhteyshenkilön nimi:')).toContainEqual(['warning', 'invalid-value']);
  });
  it('an e-mail\'s label glued after a title with one space is split: its value is checked', () => {
    const text = print
      .replace('Yhteyshenkilön asema hakijaorganisaatiossa: Projektipäällikkö', 'Yhteyshenkilön asema hakijaorganisaatiossa: Projektipäällikkö Yhteyshenkilön sähköpostisoite aino.laine(at)polku-esim.fi')
      .replace('Yhteyshenkilön sähköpostisoite: aino.laine(at)polku-esim.fi\n\n', '');
    const result = parse(text);
    expect([result.record!.contact.title, result.record!.contact.email]).toEqual(['Projektipäällikkö', 'aino.laine@polku-esim.fi']);
  });
  it.each([['Suomi'], ['Finland']])('the country\'s name alone as the regions, %s, is the whole country', (name) => {
    const result = parse(print.replace('Maakunnat: Kanta-Häme', `Maakunnat: ${name}`));
    expect(result.record!.targetArea.nationwide).toBe(true);
    expect(result.record!.targetArea.regions).toEqual([]);
  });
});

describe('audit round 36: the last sweep of cut copies', () => {
  const print = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8');
  it('an indicator\'s women share last, where later sections are missing, is said as perhaps cut', () => {
    const text = `${print.slice(0, print.indexOf('Suunniteltu: 240'))}Suunniteltu: 240, joista naisia 1\n`;
    const result = parse(text);
    expect(result.record!.indicators.participants.planned).toEqual({ total: 240, women: 1 });
    expect(rulesAt(text, 'Suunniteltu: 240, joista naisia 1')).toContainEqual(['warning', 'value-cut-off']);
  });
  it('a summary\'s sentence ending on a figure after a word, where later sections are missing, is said cut', () => {
    const summary = 'Hanke ohjaa pitkään työttömänä olleita kuntouttavaan työtoimintaan ja sieltä eteenpäin koulutukseen.';
    const text = `${print.slice(0, print.indexOf(summary))}Investoinnin kokonaiskustannus on 500 000 euroa, josta tuen osuus on 3\n`;
    expect(rulesAt(text, 'Investoinnin kokonaiskustannus on 500 000 euroa, josta tuen osuus on 3')).toContainEqual(['warning', 'text-cut-off']);
  });
});

describe('audit round 36: a copy\'s dated note above a page\'s title', () => {
  it('is furniture, not the title', () => {
    const text = page(['Päivitetty versio 2.3.2019', 'Satamat sähköiseksi', 'Satamien logistiikka digitalisoidaan.', '']);
    const result = parse(text);
    expect([result.record!.project.name, result.record!.project.tagline]).toEqual(['Satamat sähköiseksi', 'Satamien logistiikka digitalisoidaan.']);
    expect(rulesAt(text, 'Päivitetty versio 2.3.2019')).toEqual([['info', 'page-furniture']]);
  });
  it('a dated status line below the bar stays the status (guard)', () => {
    const text = page(['Satamat sähköiseksi', '', 'Satamien logistiikka digitalisoidaan.', ''], pageBody.map((l) => (l === 'Hanke käynnissä' ? 'Hanke päättynyt 28.2.2019' : l)));
    expect(parse(text).record!.project.status).toEqual({ text: 'Hanke päättynyt 28.2.2019', state: 'ended' });
  });
});

describe('audit round 36: the final comparison\'s misfire, guarded', () => {
  it('a whole score row last in a project that has ended keeps its scores (a row ends on figures after a word, as a cut sentence may)', () => {
    const print = readFileSync(new URL('./fixtures/round36-register-print.txt', import.meta.url), 'utf8').replace('Toiminnan tila: Toiminnassa', 'Toiminnan tila: Toiminta päättynyt');
    const text = `${print.slice(0, print.indexOf('Materiaalit ja jätteet 5 7') + 'Materiaalit ja jätteet 5 7'.length)}\n`;
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment.at(-1)).toEqual({ category: 'Taloudellinen kestävyys', criterion: 'Materiaalit ja jätteet', direct: 5, indirect: 7, text: null });
    expect(rulesAt(text, 'Materiaalit ja jätteet 5 7')).toContainEqual(['warning', 'text-cut-off']);
  });
});

describe('audit round 36: a soft line break left in a value by a re-wrapped copy', () => {
  it('a word broken by "=" inside a value is said', () => {
    const text = 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\n\n1 Hanke\n\nHankekoodi: S21888\n\nHankkeen nimi: Polkuja\n\nVastuuviranomainen: Southwest Finland Centre, T=\nransport and the Environment\n\n2 Hakijan perustiedot\n';
    const result = parse(text);
    expect(result.record!.project.managingAuthority).toBe('Southwest Finland Centre, T= ransport and the Environment');
    expect(rulesAtStart(text, 'Vastuuviranomainen:')).toContainEqual(['warning', 'invalid-value']);
  });
});
