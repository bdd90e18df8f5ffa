// What the thirty-eighth round found: each reproduced on a small invented text, read right now or
// said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { lineOf, strongCuts } from './helpers/edits.js';
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
    // (The copy lacks sections 4–9: said only as a copy that stops there since round 39.)
    expect(strongCuts(parse(t))).toEqual([]);
  });
  it('a last sentence with its full stop is no cut (guard)', () => {
    const t = text('Osaajia houkutellaan.');
    expect(strongCuts(parse(t))).toEqual([]);
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

describe('audit round 38: a printed page\'s footer of a date', () => {
  /** The description with a page's break inside the summary and inside 8.1's explanation, the footer `footer` before each. */
  const text = (footer: string) =>
    `${[...head(), summaryHeading, '', 'Hankkeessa luodaan työpaikkaohjaajille koulutusmalli.', '', footer, '\fTuloksena syntyy toimintamalli.', '', '8 Horisontaaliset periaatteet', '', '8.1 Sukupuolten tasa-arvo', '', 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', footer, '\fAlat ovat vahvasti eriytyneet sukupuolen mukaan.'].join('\n')}\n`;
  for (const footer of ['14.3.2019 10:12', '14.3.2019', '14.3.2019          2/5']) {
    it(`"${footer}" before each form feed is furniture, in no text (it was the summary's and the explanation's, silently)`, () => {
      const record = parse(text(footer)).record!;
      expect(record.summary).toBe('Hankkeessa luodaan työpaikkaohjaajille koulutusmalli.\n\nTuloksena syntyy toimintamalli.');
      expect(record.horizontalPrinciples!.genderEquality!.environmentAnalysis).toEqual({ answer: true, text: 'Alat ovat vahvasti eriytyneet sukupuolen mukaan.' });
    });
  }
  it('a date and a page count after a gap, below a value, without a form feed, on each page: furniture, not the value\'s end (it was glued on)', () => {
    const t = `${[...head(), 'Organisaatiotyyppi: Yhdistys', '14.3.2019          1/2', '', summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '14.3.2019          2/2'].join('\n')}\n`;
    const record = parse(t).record!;
    expect(record.organisation.type).toBe('Yhdistys');
    expect(record.summary).toBe('Hankkeessa opetetaan digitaitoja.');
  });
  it('one date with a figure in brackets after a gap, in a text without form feeds, stays the text (guard)', () => {
    const t = `${[...head(), summaryHeading, '', 'Osallistujamäärä tarkastettiin kesällä', '30.6.2019     45 (60)', 'Tavoite saavutettiin.'].join('\n')}\n`;
    expect(parse(t).record!.summary).toBe('Osallistujamäärä tarkastettiin kesällä\n30.6.2019     45 (60)\nTavoite saavutettiin.');
  });
  it('a description\'s words, a print\'s date and the page count (`Hankkeen kuvaus   3.12.2026   1 (2)`): furniture (it was in the values, silently)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa ohjataan nuoria työhön.', '', 'Hankkeen kuvaus   3.12.2026   1 (2)', '\fHanke jatkuu.', '', ...finalReport, '', 'Hankkeen kuvaus   3.12.2026   2 (2)'].join('\n')}\n`;
    const record = parse(t).record!;
    expect(record.summary).toBe('Hankkeessa ohjataan nuoria työhön.\n\nHanke jatkuu.');
    expect(record.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.');
  });
  it('a date wrapped from a period\'s line above a form feed stays its end (guard)', () => {
    const t = `${[...head().slice(0, 8), 'Suunnitelman mukainen toteutusaika: Alkaa 1.1.2018 ja päättyy', '31.12.2020', '\fToiminnan tila: Toiminta päättynyt', ...head().slice(11), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`;
    expect(parse(t).record!.project.period).toEqual({ start: '2018-01-01', end: '2020-12-31' });
  });
});

describe('audit round 38: a running header after a page count below a page\'s list heading', () => {
  const page = (header: string) =>
    `${[
      'Arjen taidot työelämään', '', 'Hankkeessa vahvistetaan nuorten arjenhallintaa.', '', 'Toimintalinja 5 (ESR) | 01.09.2018 – 31.08.2021 | Kainuu', '', 'Hanke päättynyt', '',
      'Tietoja hankkeesta:', '', 'Hankkeen rahoittaja: Kainuun elinkeino-, liikenne- ja ympäristökeskus', 'EURA-tunnus: S21935', 'Toteuttajaorganisaatio: Kajaanin kaupunki', 'Maakunta: Kainuu', 'Aloituspäivä: 01.09.2018', 'Lopetuspäivä: 31.08.2021', '',
      'Lyhyt selostus hankkeesta:', '', 'Hankkeessa tarjotaan nuorille aikuisille valmennusta.', '', 'Kehittymisen paikat', '', 'Ennen hanketta:', '', 'Sivu 1 / 2', header, '-Nuorille ei ollut matalan kynnyksen palvelua', '', 'Hankkeen aikana:', '', '-Yhteistyö yritysten kanssa vahvistui', '', 'Sivu 2 / 2',
    ].join('\n')}\n`;
  for (const header of ['\fHankkeen kuvaus S21935    Tulostettu 14.3.2019', 'S21935 Arjen taidot työelämään']) {
    it(`"${header.replace('\f', '\\f')}" is furniture, no item of the list (it was its first item, silently)`, () => {
      expect(parse(page(header)).record!.projectPage!.developmentNeeds!.before).toEqual(['Nuorille ei ollut matalan kynnyksen palvelua']);
    });
  }
});

/** An 8.1 of three answers, then the 8.2 table's start below its header line. */
const tableStart = [
  '8 Horisontaaliset periaatteet', '', '8.1 Sukupuolten tasa-arvo', '',
  'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', 'Analyysi tehtiin tilastoista.',
  'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Kyllä', 'Ryhmät kootaan sekaryhmiksi.',
  'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei', 'Päätavoite on työllistyminen.', '',
  '8.2 Kestävä kehitys', '', 'VälitönVälillinen', 'Ekologinen kestävyys',
];

describe('audit round 38: an 8.2 row whose scores have words in brackets', () => {
  it('`… 5 (kohtalainen) 7 (merkittävä)`: a row of its own, scores 5 and 7, said (it was the explanation of the row above, silently)', () => {
    const row = 'Ilmastonmuutoksen aiheuttamien riskien vähentäminen 5 (kohtalainen) 7 (merkittävä)';
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...tableStart, 'Luonnonvarojen käytön kestävyys 6 7', 'Kierrätystä käsitellään valmennuksessa.', row, 'Etätyö on valmennuksen teema.', '', '9 Loppuraportin tiivistelmä', '', 'Tavoitteet saavutettiin.'].join('\n')}\n`;
    const rows = parse(t).record!.horizontalPrinciples!.sustainableDevelopment!;
    expect(rows.map((r) => [r.criterion, r.direct, r.indirect, r.text])).toEqual([
      ['Luonnonvarojen käytön kestävyys', 6, 7, 'Kierrätystä käsitellään valmennuksessa.'],
      ['Ilmastonmuutoksen aiheuttamien riskien vähentäminen', 5, 7, 'Etätyö on valmennuksen teema.'],
    ]);
    expect(rulesAt(t, row)).toContainEqual(['info', 'normalised-value']);
  });
  it('an explanation ending in a bracket after a figure stays the explanation (guard)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...tableStart, 'Luonnonvarojen käytön kestävyys 6 7', 'Kierrätystä lisättiin 5 (arvio) ja jätettä väheni 7 (mitattu)', '', '9 Loppuraportin tiivistelmä', '', 'Tavoitteet saavutettiin.'].join('\n')}\n`;
    const rows = parse(t).record!.horizontalPrinciples!.sustainableDevelopment!;
    expect(rows.map((r) => [r.criterion, r.direct, r.indirect, r.text])).toEqual([['Luonnonvarojen käytön kestävyys', 6, 7, 'Kierrätystä lisättiin 5 (arvio) ja jätettä väheni 7 (mitattu)']]);
  });
});

describe('audit round 38: a copy cut inside section 8, saved with its line break, the final report of an ended project absent', () => {
  const cut = (...last: string[]) => `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...last].join('\n')}\n`;
  it('an 8.1 explanation of a few words ending on a word: said cut (it was read as whole, silently)', () => {
    const t = cut(...tableStart.slice(0, 5), 'Analyysi tehtiin TE-toimiston tilastoist');
    expect(rulesAt(t, 'Analyysi tehtiin TE-toimiston tilastoist')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('an 8.2 explanation led by a figure: said cut', () => {
    const t = cut(...tableStart, 'Luonnonvarojen käytön kestävyys 3 4', '30 % osallistujista tek');
    expect(rulesAt(t, '30 % osallistujista tek')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('the next 8.1 question cut before its colon, below an explanation: said cut', () => {
    const t = cut(...tableStart.slice(0, 8), 'Hankkeen päätavoite on sukupuolten tasa-arvo');
    expect(rulesAt(t, 'Hankkeen päätavoite on sukupuolten tasa-arvo')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a criterion cut below an explanation closed inside its quote: said cut', () => {
    const t = cut(...tableStart, 'Luonnonvarojen käytön kestävyys 3 5', 'Noudatamme periaatetta ”tulostamme vain tarpeellisen.”', 'Kasvillisuus, eliöt ja luonnon monimu');
    expect(rulesAt(t, 'Kasvillisuus, eliöt ja luonnon monimu')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a criterion wrapped in its cell and cut: said cut', () => {
    const t = cut(...tableStart, 'Luonnonvarojen käytön kestävyys 3 5', 'Etäopetusta käytetään aina kun mahdollista.', 'Paikallisen elinkeinorakenteen', 'kestävä', 'kehittämine');
    expect(rulesAt(t, 'kehittämine')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a whole copy ending on a short explanation with its final report is not said cut (guard)', () => {
    const t = cut(...tableStart, 'Luonnonvarojen käytön kestävyys 3 4', 'Ei vaikutusta', '', '9 Loppuraportin tiivistelmä', '', 'Tavoitteet saavutettiin.');
    expect(strongCuts(parse(t))).toEqual([]);
  });
});

describe('audit round 38: a section pasted by its columns, the values read as one below the last label', () => {
  it('`Toiminnan tila:` / `Vastuuviranomainen:` / the status / the authority: not read, kept and said (the authority took both, silently)', () => {
    const lines = head();
    const at = lines.indexOf('Toiminnan tila: Toiminta päättynyt');
    lines.splice(at, 3, 'Toiminnan tila:', 'Vastuuviranomainen:', 'Toiminta päättynyt', 'Lapin elinkeino-, liikenne- ja ympäristökeskus');
    const t = `${[...lines, summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`;
    const result = parse(t);
    expect(result.record!.project.managingAuthority).toBeNull();
    expect(result.unmapped.map((u) => u.value)).toEqual(['Toiminta päättynyt Lapin elinkeino-, liikenne- ja ympäristökeskus']);
    expect(rulesAt(t, 'Toiminta päättynyt')).toContainEqual(['warning', 'ambiguous-label']);
  });
  it('the area\'s three labels, then their values: not read, kept and said (the municipalities took all three, silently)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '6 Maantieteellinen kohdealue', '', 'Maakunnat:', 'Seutukunnat:', 'Kunnat:', 'Lappi', 'Rovaniemen', 'Rovaniemi, Ranua'].join('\n')}\n`;
    const result = parse(t);
    expect(result.record!.targetArea.municipalities).toEqual([]);
    expect(rulesAt(t, 'Lappi')).toContainEqual(['warning', 'ambiguous-label']);
  });
  it('an address of two lines below its label, one field left empty above it, stays the street (guard)', () => {
    const lines = head();
    lines.splice(lines.indexOf('Y-tunnus: 1122045-5') + 1, 0, 'Organisaatiotyyppi:', 'Jakeluosoite:', 'Kirkkotie 4', 'PL 12');
    const record = parse(`${[...lines, summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`).record!;
    expect(record.organisation.address.street).toBe('Kirkkotie 4 PL 12');
  });
});

describe('audit round 38: a specific objective\'s code with a letter after it', () => {
  it('`6.1.a) Nuorten …`: no code read, the whole kept as the title, said (it was code 6.1 and the title `a) …`, silently)', () => {
    const lines = head();
    lines.splice(lines.indexOf('Suunnitelman mukainen toteutusaika: Alkaa 1.1.2018 ja päättyy 31.12.2020'), 0, 'Erityistavoite: 6.1.a) Nuorten työllistymisen edistäminen', '');
    const t = `${[...lines, summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`;
    expect(parse(t).record!.project.specificObjective).toEqual({ code: null, title: '6.1.a) Nuorten työllistymisen edistäminen' });
    expect(rulesAt(t, 'Erityistavoite: 6.1.a) Nuorten työllistymisen edistäminen')).toContainEqual(['warning', 'invalid-value']);
  });
});

/** An invented project page's lines from its title on. */
const pageFrom = (title: string, tagline: string[]) => [
  title, '', ...tagline, '', 'Toimintalinja 5 (ESR) | 01.03.2018 – 28.02.2021 | Pohjois-Karjala', '', 'Hanke käynnissä', '',
  'Tietoja hankkeesta:', '', 'EURA-tunnus: S21877', 'Toteuttajaorganisaatio: Joensuun seudun nuorisosäätiö', 'Maakunta: Pohjois-Karjala', 'Aloituspäivä: 01.03.2018', 'Lopetuspäivä: 28.02.2021', '',
  'Lyhyt selostus hankkeesta:', '', 'Hankkeessa valmennetaan nuoria aikuisia.', '', 'Eri tahojen merkitys', '', 'Rahoittaja', '', 'Rahoittaja on mahdollistanut hankkeen toteutuksen.',
];

describe('audit round 38: lines above and below a project page', () => {
  it('a table of contents at the top (`Sisältö` and its lines): furniture, the title below it (`Sisältö` was the title, silently)', () => {
    const t = `${['Sisältö', '', 'Yleistiedot hankkeesta', 'Tietoja hankkeesta', 'Tulokset', '', ...pageFrom('Kohti omaa polkua', ['Tavoitteena on vahvistaa nuorten työvalmiuksia.'])].join('\n')}\n`;
    const record = parse(t).record!;
    expect(record.project.name).toBe('Kohti omaa polkua');
    expect(record.project.tagline).toBe('Tavoitteena on vahvistaa nuorten työvalmiuksia.');
  });
  it('a mail\'s greeting and a note of two lines above a page whose tagline is wrapped: the note\'s second line is no title (it was, the tagline glued from two others)', () => {
    const t = `${['Hei Liisa,', '', 'tässä pyytämäsi hankkeen kuvaus, kopioin sen rekisteristä.', 'Kerro, jos tarvitset muuta.', '', ...pageFrom('Kohti omaa polkua', ['Tavoitteena on nuorten aikuisten työ- ja opiskeluvalmiuksien', 'vahvistaminen.'])].join('\n')}\n`;
    const record = parse(t).record!;
    expect(record.project.name).toBe('Kohti omaa polkua');
    expect(record.project.tagline).toBe('Tavoitteena on nuorten aikuisten työ- ja opiskeluvalmiuksien vahvistaminen.');
  });
  it('a mail\'s thanks and signature below the page: no part of the last role\'s text (the thanks was, silently)', () => {
    const t = `${[...pageFrom('Kohti omaa polkua', ['Tavoitteena on vahvistaa nuorten työvalmiuksia.']), '', 'Kiitos avusta!', '', 'Terveisin', 'Pekka Salonen', 'puh. 0295 555 123'].join('\n')}\n`;
    expect(parse(t).record!.projectPage!.roles!.at(-1)!.text).toBe('Rahoittaja on mahdollistanut hankkeen toteutuksen.');
  });
});

describe('audit round 38: an 8.2 explanation that is a dash', () => {
  it('`–` below a row: the explanation not written, null, noted (it was the text "–")', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...tableStart, 'Luonnonvarojen käytön kestävyys 1 1', '–', 'Kasvillisuus, eliöt ja luonnon monimuotoisuus 2 2', 'Luontoretkiä.', '', '9 Loppuraportin tiivistelmä', '', 'Valmis.'].join('\n')}\n`;
    const rows = parse(t).record!.horizontalPrinciples!.sustainableDevelopment!;
    expect(rows.map((r) => r.text)).toEqual([null, 'Luontoretkiä.']);
  });
  it('`Ei ole.` stays the explanation (guard)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...tableStart, 'Luonnonvarojen käytön kestävyys 1 1', 'Ei ole.', '', '9 Loppuraportin tiivistelmä', '', 'Valmis.'].join('\n')}\n`;
    expect(parse(t).record!.horizontalPrinciples!.sustainableDevelopment![0].text).toBe('Ei ole.');
  });
});

describe('audit round 38: marks as a word processor or a PDF writes them', () => {
  for (const bullet of ['\u25aa', '\uf0b7']) {
    it(`a page's development list with U+${bullet.charCodeAt(0).toString(16).toUpperCase()} bullets and a tab: items read (they were unknown sections)`, () => {
      const t = `${[...pageFrom('Kohti omaa polkua', ['Tavoitteena on vahvistaa nuorten työvalmiuksia.']).slice(0, 19), '', 'Kehittymisen paikat', '', 'Ennen hanketta:', '', `${bullet}\tNuorille ei ollut matalan kynnyksen palvelua`, '', 'Hankkeen aikana:', '', `${bullet}\tYhteistyö yritysten kanssa vahvistui`].join('\n')}\n`;
      expect(parse(t).record!.projectPage!.developmentNeeds).toEqual({ before: ['Nuorille ei ollut matalan kynnyksen palvelua'], during: ['Yhteistyö yritysten kanssa vahvistui'], after: [] });
    });
  }
  it('a co-implementer entry wrapped before a Y-tunnus written with a figure dash (U+2012): one entry (it was two, said)', () => {
    const t = `${[...head('Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)'), 'Osatoteuttajat', '', 'Savonlinnan ammattikorkeakoulu, liikelaitos,', '1357913\u20128', '', summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`;
    expect(parse(t).record!.organisation.coImplementers).toEqual([{ name: 'Savonlinnan ammattikorkeakoulu, liikelaitos', businessId: '1357913-8' }]);
  });
});

describe('audit round 38: a decision pasted below the description', () => {
  it('a title in capitals (`PÄÄTÖS TUEN MYÖNTÄMISESTÄ`) and the lines after it: kept apart and said, not the final report\'s (they were its text, an info only)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'PÄÄTÖS TUEN MYÖNTÄMISESTÄ', '', 'ELY-keskus myöntää hankkeelle tukea enintään 455 000 euroa.', '', 'Päätöksen tehnyt: Leena Rautio, rahoitusasiantuntija, puh. 0295 555 777'].join('\n')}\n`;
    const result = parse(t);
    expect(result.record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.');
    expect(rulesAt(t, 'PÄÄTÖS TUEN MYÖNTÄMISESTÄ')).toContainEqual(['warning', 'unmapped-text']);
  });
});

describe('audit round 38: a copy cut right after a heading or the 8.2 table\'s header', () => {
  it('`VälitönVälillinen` last, in an ended project without its final report: said cut (nothing was said)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...tableStart.slice(0, -1)].join('\n')}\n`;
    expect(rulesAt(t, 'VälitönVälillinen')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('`7.1 …` last, sections 7.2 and 8 absent: said cut', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '7.1 Osallistuvien yritysten lukumäärä', ''].join('\n')}\n`;
    expect(rulesAt(t, '7.1 Osallistuvien yritysten lukumäärä')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('the final report\'s heading last, left empty: not said cut (guard)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '9 Loppuraportin tiivistelmä', ''].join('\n')}\n`;
    expect(strongCuts(parse(t))).toEqual([]);
  });
});

describe('audit round 38, the first review: misfires of the round\'s own', () => {
  it('an explanation cut below a row whose scores have words: still said cut', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...tableStart, 'Luonnonvarojen käytön kestävyys 5 (kohtalainen) 6 (kohtalainen)', 'Valmennuksessa käsitellään kierrätystä työpai'].join('\n')}\n`;
    expect(rulesAt(t, 'Valmennuksessa käsitellään kierrätystä työpai')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a page\'s contents with its title right below the last item, no blank line between: the title stays the title', () => {
    const t = `${['Sisältö', 'Yleistiedot', 'Tulokset', ...pageFrom('Polku työhön', ['Hankkeessa valmennetaan pitkään työttömiä nuoria.'])].join('\n')}\n`;
    const record = parse(t).record!;
    expect(record.project.name).toBe('Polku työhön');
    expect(record.project.tagline).toBe('Hankkeessa valmennetaan pitkään työttömiä nuoria.');
  });
});

describe('audit round 38: what round 30 kept as no cut, said now', () => {
  // Round 30 kept these two endings of a copy without sections 4–9 as whole. The copy lacks those
  // sections, so it is cut; a sub-heading with nothing below it, or a line of a few words below the
  // last sentence, is where it stops (inside the line, or right after it): said, as `Osaajia houkut` is.
  const seed004 = readFileSync(new URL('../fixtures/seeds/004_3bb6e26593869c78.txt', import.meta.url), 'utf8');
  const cutInSummary = (last: string) => `${seed004.split('\n').slice(0, 51).join('\n')}\n\n${last}\n`;
  it.each([
    ['a sub-heading of a few words', 'Hankkeen tulokset ja vaikutukset', 53],
    ['a short line below a sentence', 'Hankkeen tulokset raportoidaan erikseen.\nHankkeen yhteyshenkilö', 54],
  ])('%s ending a copy in its summary (sections 4–9 absent) is said cut', (_, last, line) => {
    expect(strongCuts(parse(cutInSummary(last))).map((d) => [d.severity, d.line])).toEqual([['warning', line]]);
  });
});

describe('audit round 38, the second review: misfires of the round\'s own', () => {
  it('a list wrapped below its label, empty labels above it (`Ylitornio, Pello,` / `Kolari`), is the list, no column paste', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '6 Maantieteellinen kohdealue', '', 'Maakunnat:', '', 'Seutukunnat:', '', 'Kunnat:', 'Ylitornio, Pello,', 'Kolari'].join('\n')}\n`;
    expect(parse(t).record!.targetArea.municipalities).toEqual(['Ylitornio', 'Pello', 'Kolari']);
  });
  it('two capitalised words and a web address below the final report stay its text (a link\'s caption, no signature)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'Hankkeen Kotisivu', 'www.esimerkkisilta.fi'].join('\n')}\n`;
    expect(parse(t).record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.\n\nHankkeen Kotisivu\nwww.esimerkkisilta.fi');
  });
  it('a table of dates and page-count-like fractions stays the text; a print\'s dated footer before the next page\'s header is furniture', () => {
    const table = `${[...head(), summaryHeading, '', 'Ohjausryhmän kokoukset ja läsnäolo:', '3.4.2015     5/7', '12.11.2015     6/7'].join('\n')}\n`;
    expect(parse(table).record!.summary).toBe('Ohjausryhmän kokoukset ja läsnäolo:\n3.4.2015     5/7\n12.11.2015     6/7');
    const lines = head();
    lines.splice(lines.indexOf('Y-tunnus: 1122045-5'), 0, 'Organisaatiotyyppi: Yhdistys', '14.3.2019          1/2', 'Hankkeen kuvaus S21488    Tulostettu 14.3.2019', '');
    const record = parse(`${[...lines, summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '14.3.2019          2/2'].join('\n')}\n`).record!;
    expect(record.organisation.type).toBe('Yhdistys');
  });
});

describe('audit round 38: what a copy of the register\'s page leaves below a description or a page', () => {
  it('other projects under their heading below the final report: kept apart, said (they were its text, silently)', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'Samankaltaisia hankkeita', '', 'Kylien kesken', 'Nuorten polut työhön'].join('\n')}\n`;
    const result = parse(t);
    expect(result.record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.');
    expect(rulesAt(t, 'Samankaltaisia hankkeita')).toContainEqual(['warning', 'unmapped-text']);
  });
  it('a signature without a closing word below a final report ending in a list: kept apart, said', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '8 Horisontaaliset periaatteet', '', '9 Loppuraportin tiivistelmä', '', 'Hankkeen keskeiset tulokset olivat:', '- matalan kynnyksen ohjauspiste', '- kuntien välinen sopimus', '', 'Pekka Testinen', 'Koulutuspäällikkö', 'puh. 050 765 4321'].join('\n')}\n`;
    const result = parse(t);
    expect(result.record!.finalReportSummary).toBe('Hankkeen keskeiset tulokset olivat:\n- matalan kynnyksen ohjauspiste\n- kuntien välinen sopimus');
    expect(rulesAt(t, 'Pekka Testinen')).toContainEqual(['warning', 'unmapped-text']);
  });
  it('a footer\'s address below a share line below the final report: kept apart, said', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'Jaa: Facebook | Twitter | LinkedIn', '', 'Työ- ja elinkeinoministeriö', 'PL 32, 00023 Valtioneuvosto', 'Puh. 0295 16001'].join('\n')}\n`;
    const result = parse(t);
    expect(result.record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.');
    expect(rulesAt(t, 'Työ- ja elinkeinoministeriö')).toContainEqual(['warning', 'unmapped-text']);
  });
});

describe('audit round 38: a print\'s header above a page without a tagline', () => {
  it('`12.3.2019 Rakennerahastot - Hankekuvaus`: furniture, the title the line below it (it was the title, silently)', () => {
    const page = pageFrom('Polku eteenpäin', []);
    const t = `${['12.3.2019 Rakennerahastot - Hankekuvaus', '', ...page.slice(0, 2), ...page.slice(3)].join('\n')}\n`;
    const record = parse(t).record!;
    expect(record.project.name).toBe('Polku eteenpäin');
    expect(record.project.tagline).toBeNull();
  });
});

describe('audit round 38, the code review: misfires of the round\'s own', () => {
  it('a page\'s title right below a mail\'s note, no blank line between, stays the title', () => {
    const t = `${['Hei Liisa,', '', 'tässä pyytämäsi hankkeen kuvaus:', ...pageFrom('Kohti omaa polkua', ['Tavoitteena on vahvistaa nuorten työvalmiuksia.'])].join('\n')}\n`;
    expect(parse(t).record!.project.name).toBe('Kohti omaa polkua');
  });
  it('a date alone inside a sentence broken by a form feed stays the sentence\'s', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeen tulokset raportoidaan rahoittajalle viimeistään', '31.12.2020', '\fja ne julkaistaan hankkeen verkkosivuilla.'].join('\n')}\n`;
    expect(parse(t).record!.summary).toBe('Hankkeen tulokset raportoidaan rahoittajalle viimeistään\n31.12.2020\nja ne julkaistaan hankkeen verkkosivuilla.');
  });
  it('a sub-heading in capitals naming a report, with sentences below it, stays the final report\'s', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'HANKKEEN LOPPURAPORTTI', '', 'Valmennus lisäsi osallistujien luottamusta omiin taitoihin.'].join('\n')}\n`;
    expect(parse(t).record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.\n\nHANKKEEN LOPPURAPORTTI\n\nValmennus lisäsi osallistujien luottamusta omiin taitoihin.');
  });
  it('a page\'s last role closing with its contact person keeps them', () => {
    const t = `${[...pageFrom('Kohti omaa polkua', ['Tavoitteena on vahvistaa nuorten työvalmiuksia.']), '', 'Maija Mäkinen', 'projektipäällikkö', 'puh. 040 123 4567'].join('\n')}\n`;
    expect(parse(t).record!.projectPage!.roles!.at(-1)!.text).toBe('Rahoittaja on mahdollistanut hankkeen toteutuksen.\n\nMaija Mäkinen\nprojektipäällikkö\npuh. 040 123 4567');
  });
});

describe('audit round 38: a mail\'s greeting above a copy without blank lines', () => {
  it('the copy cut right below a heading is still said cut (the greeting\'s blank lines hid that the copy has none)', () => {
    const body = deriveShape(`${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '4 Hankkeen kohderyhmät', '', '4.1 Varsinaiset kohderyhmät', '', 'Nuoret.', '', '4.2 Välilliset kohderyhmät', '', 'Oppilai'].join('\n')}\n`, 'noblank');
    const t = `Hei Liisa,\n\nalla pyytämäsi hankkeen kuvaus.\n\n${body}\n`;
    expect(rulesAt(t, 'Oppilai')).toContainEqual(['warning', 'text-cut-off']);
  });
});

describe('audit round 38: the round\'s reproducers in the derived shapes', () => {
  it('a block run into the arrangement\'s value, hard-wrapped over lines: said at the value and at the block', () => {
    const line = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Tuen siirto Tuen siirronsaajat Pohjolan Kylät ry, 3909926-3 Järvikylän Nuorisoseura ry, 0462116-2';
    const t = deriveShape(`${[...head(line), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.'].join('\n')}\n`, 'wrap60');
    const result = parse(t);
    expect(result.diagnostics.filter((d) => d.rule === 'glued-fields').map((d) => d.path)).toEqual(['/organisation/applicantArrangement', '/organisation/transferRecipients']);
  });
  it('a page\'s contents\' heading read as its title in a copy without blank lines: said', () => {
    const t = deriveShape(`${['Sisältö', 'Yleistiedot', 'Tulokset', '', ...pageFrom('Polku työhön', ['Hankkeessa valmennetaan pitkään työttömiä nuoria.'])].join('\n')}\n`, 'noblank');
    const result = parse(t);
    if (result.record!.project.name === 'Sisältö') expect(rulesAt(t, 'Sisältö')).toContainEqual(['warning', 'heading-variant']);
    else expect(result.record!.project.name).toBe('Polku työhön');
  });
  it('a footer below a final report\'s list in a copy without blank lines: kept apart, said', () => {
    const t = deriveShape(`${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', '8 Horisontaaliset periaatteet', '', '9 Loppuraportin tiivistelmä', '', 'Hankkeen keskeiset tulokset olivat:', '- matalan kynnyksen ohjauspiste', '', 'Työ- ja elinkeinoministeriö', 'PL 32, 00023 Valtioneuvosto', 'Puh. 0295 16001'].join('\n')}\n`, 'noblank');
    expect(parse(t).record!.finalReportSummary).toBe('Hankkeen keskeiset tulokset olivat:\n- matalan kynnyksen ohjauspiste');
  });
});

describe('audit round 38, the last review: a misfire of the round\'s own', () => {
  it('a final report\'s own sub-heading `Muut hankkeet` with sentences below it stays its text', () => {
    const t = `${[...head(), summaryHeading, '', 'Hankkeessa opetetaan digitaitoja.', '', ...finalReport, '', 'Muut hankkeet', '', 'Hanke teki yhteistyötä Osaava Keski-Suomi -hankkeen kanssa.', '', 'Hanke päättyi suunnitellusti.'].join('\n')}\n`;
    expect(parse(t).record!.finalReportSummary).toBe('Hankkeeseen osallistui 251 asiakasta. Heistä 25 työllistyi.\n\nMuut hankkeet\n\nHanke teki yhteistyötä Osaava Keski-Suomi -hankkeen kanssa.\n\nHanke päättyi suunnitellusti.');
  });
});
