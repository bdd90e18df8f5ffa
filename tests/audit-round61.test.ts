// What the sixty-first round mended of audit AS's interruptions (round 60): each on an edited seed, read or said now.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { lineOf } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed2007 = readFileSync(`${root}/fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
const tidy = parse(seed2007).record!;
const said = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);
const kept = (text: string) => parse(text).unmapped.map((u) => u.value);
const noBlank = (text: string) => text.replace(/\n{2,}/gu, '\n');
/** The seed with `insert` put in at `at` (a line of the seed, whole), above it. */
const above = (at: string, insert: string, text = seed2007) => {
  if (!text.includes(`\n${at}\n`)) throw new Error(`no line ${at}`);
  return text.replace(`\n${at}\n`, `\n${insert}\n${at}\n`);
};
const AUTHORITY = 'Vastuuviranomainen: Hämeen elinkeino-, liikenne- ja ympäristökeskus';
const REGIONS = 'Maakunnat: Etelä-Karjala, Itä-Uusimaa, Uusimaa, Päijät-Häme, Varsinais-Suomi, Kymenlaakso';
const SECOND_GROUP_HEADING = '3.2 Varsinaiset kohderyhmät';

describe('sixty-first round: a mail program\'s "sent from" line is furniture wherever it stands', () => {
  it('as a paragraph of its own among section 3.1\'s fields: no description of the area (was its description, unsaid)', () => {
    for (const line of ['Lähetetty iPhonesta', 'Sent from Outlook for Android', 'Skickat från min iPhone', 'Lähetetty Samsung Galaxy -älypuhelimesta']) {
      const text = above(REGIONS, `${line}\n`);
      expect(parse(text).record!.targetArea.description).toBe(tidy.targetArea.description);
      expect(said(text, line)).toEqual([['info', 'page-furniture']]);
    }
  });

  it('right below a value: the value without it (was joined into it, said since round 60)', () => {
    const text = seed2007.replace('Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos\n', 'Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos\nLähetetty iPhonesta\n');
    expect(parse(text).record!.organisation.name).toBe('Terveyden ja hyvinvoinnin laitos');
    expect(said(text, 'Lähetetty iPhonesta')).toEqual([['info', 'page-furniture']]);
  });

  it('between a value\'s two lines: the value without it (was read into the authority\'s name, unsaid)', () => {
    const text = seed2007.replace(AUTHORITY, 'Vastuuviranomainen: Hämeen elinkeino-, liikenne-\nLähetetty iPhonesta\nja ympäristökeskus');
    expect(parse(text).record!.project.managingAuthority).toBe('Hämeen elinkeino-, liikenne- ja ympäristökeskus');
  });

  it('guard: a sentence that starts with the words, or a hard-wrapped sentence\'s end that is one of them in lower case, stays the text\'s (review BC)', () => {
    for (const sentence of ['Lähetetty kutsut kaikille kunnille ja järjestöille keväällä 2009.', 'Lähetetty Outlookista kutsu kaikille', 'Kutsut on\nlähetetty Outlookista']) {
      expect(parse(above(SECOND_GROUP_HEADING, `${sentence}\n`)).record!.targetArea.description).toBe(sentence);
    }
  });
});

describe('sixty-first round: a draft\'s mark in capitals is kept apart wherever it stands', () => {
  const mark = 'LUONNOS 12.3.2019';

  it('between a list\'s lines: the regions without it, the mark kept in unmapped, said (was read into a region\'s name, info only)', () => {
    const text = seed2007.replace(REGIONS, `Maakunnat: Etelä-Karjala, Itä-Uusimaa, Uusimaa,\n${mark}\nPäijät-Häme, Varsinais-Suomi, Kymenlaakso`);
    expect(parse(text).record!.targetArea.regions).toEqual(tidy.targetArea.regions);
    expect(said(text, mark)).toContainEqual(['warning', 'unmapped-text']);
    expect(kept(text)).toEqual([mark]);
  });

  it('between a section\'s text and the next heading in a copy without blank lines: the text without it, said (was the text\'s last line, unsaid)', () => {
    const text = noBlank(above(SECOND_GROUP_HEADING, mark));
    expect(parse(text).record!.targetArea.description).toBe(tidy.targetArea.description);
    expect(said(text, mark)).toContainEqual(['warning', 'unmapped-text']);
  });

  it('right below a value: the value without it, the mark kept in unmapped, said (was joined into it, said since round 60)', () => {
    const text = seed2007.replace('Asema: projektipäällikkö\n', `Asema: projektipäällikkö\n${mark}\n`);
    expect(parse(text).record!.contact.title).toBe('projektipäällikkö');
    expect(said(text, mark)).toEqual([['warning', 'unmapped-text']]);
  });

  it('guard: an acronym in capitals, a page\'s word in capitals alone (a sub-heading), the only value below an empty label, or the word in a sentence, stays the text\'s (review BC)', () => {
    const text = above(SECOND_GROUP_HEADING, 'MAHIS\n');
    expect(parse(text).record!.targetArea.description).toBe('MAHIS');
    expect(parse(above(SECOND_GROUP_HEADING, 'TIEDOTE\n\nHankkeesta tiedotettiin kunnille.\n')).record!.targetArea.description).toBe('TIEDOTE\n\nHankkeesta tiedotettiin kunnille.');
    expect(parse(seed2007.replace('Asema: projektipäällikkö\n', 'Asema:\nLUONNOS\n')).record!.contact.title).toBe('LUONNOS');
    const sentence = 'Luonnos toimintamallista valmistui 12.3.2019.';
    expect(parse(above(SECOND_GROUP_HEADING, `${sentence}\n`)).record!.targetArea.description).toBe(sentence);
  });
});

describe('sixty-first round: an office program\'s markup printed with the text is kept apart wherever it stands', () => {
  const page = readFileSync(`${root}/fixtures/pages/ended.txt`, 'utf8');

  it.each(['Muotoiltu: Fontti: 11 pt, Lihavointi', 'Kommentoinut [KM1]: Tarkista luku ennen lähettämistä.', 'Formatted: Font: 11 pt, Bold', 'Commented [AB2]: Check the figure.'])('`%s` below a placeholder: the placeholder, the line kept in unmapped, said (was the section\'s text, unsaid)', (markup) => {
    const text = page.replace('Onko malli siirretty?\n\nKyllä, kahteen kuntaan.\n', `Onko malli siirretty?\n\nKesken.\n${markup}\n`);
    expect(parse(text).record!.projectPage!.modelTransferred).toBeNull();
    expect(said(text, markup)).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toEqual([markup]);
  });

  it('between a list\'s lines: the regions without it (was read into a region\'s name)', () => {
    const balloon = 'Kommentoinut [KM1]: Onko Kanta-Häme mukana?';
    const text = seed2007.replace(REGIONS, `Maakunnat: Etelä-Karjala, Itä-Uusimaa, Uusimaa,\n${balloon}\nPäijät-Häme, Varsinais-Suomi, Kymenlaakso`);
    expect(parse(text).record!.targetArea.regions).toEqual(tidy.targetArea.regions);
    expect(said(text, balloon)).toEqual([['warning', 'unmapped-text']]);
  });

  it('a balloon wrapped onto a second line below a value: both lines kept apart, the value as written (review BD: its second line was joined into the value, info only)', () => {
    const text = noBlank(seed2007.replace('Projektin nimi: Mahdollistaja\n', 'Projektin nimi: Mahdollistaja\nKommentoinut [KM1]: Tarkista nimi ja luku seurantajärjestelmästä, koska ne\npoikkeavat loppuraportista.\n'));
    expect(parse(text).record!.project.name).toBe('Mahdollistaja');
    expect(kept(text)).toEqual(['Kommentoinut [KM1]: Tarkista nimi ja luku seurantajärjestelmästä, koska ne', 'poikkeavat loppuraportista.']);
  });

  it('the same balloon in a copy wrapped again at 60 characters (three lines, the last two short): all three kept apart, the value as written (was joined into it, info only)', () => {
    const text = deriveShape(seed2007.replace('Projektin nimi: Mahdollistaja\n', 'Projektin nimi: Mahdollistaja\nKommentoinut [KM1]: Tarkista nimi ja luku seurantajärjestelmästä, koska ne\npoikkeavat loppuraportista.\n'), 'wrap60');
    expect(text).toContain('Kommentoinut [KM1]: Tarkista nimi ja luku\nseurantajärjestelmästä, koska ne\npoikkeavat loppuraportista.');
    expect(parse(text).record!.project.name).toBe('Mahdollistaja');
    expect(kept(text)).toEqual(['Kommentoinut [KM1]: Tarkista nimi ja luku', 'seurantajärjestelmästä, koska ne', 'poikkeavat loppuraportista.']);
  });

  it('a one-line balloon in a hard-wrapped paragraph: kept apart, the paragraph\'s lines below it left to the paragraph (was read into the text; review BD)', () => {
    const lines = ['Hankkeen tavoitteena on kehittää kuntouttavaa työtoimintaa', 'Kommentoinut [KM1]: Tarkista luku ennen lähettämistä.', 'ja tuettua työllistymistä koko seutukunnassa.'];
    // (The balloon parts the paragraph where it stood, as any line kept apart inside a text does.)
    expect(parse(above(SECOND_GROUP_HEADING, `${lines.join('\n')}\n`)).record!.targetArea.description).toBe(`${lines[0]}\n\n${lines[2]}`);
  });

  it('guard: a tracked change\'s words, which a list of the text\'s own changes writes too, and such a word starting a sentence, stay the text\'s (review BD)', () => {
    const list = 'Muutokset suunnitelmaan:\nLisätty: uusi kohderyhmä\nPoistettu: kesäleiri\nMuotoiltu: viestintäsuunnitelma uudelleen';
    expect(parse(above('3.3 Välilliset kohderyhmät', `${list}\n`)).record!.targetGroups.primary).toBe(`${tidy.targetGroups.primary}\n\n${list}`);
    for (const line of ['Lisätty tieto julkaistiin verkossa.', 'Poistettu toimintamalli korvattiin uudella.']) expect(parse(above(SECOND_GROUP_HEADING, `${line}\n`)).record!.targetArea.description).toBe(line);
  });
});

describe('sixty-first round: a web page\'s furniture as a section\'s whole text', () => {
  it('a cookie notice between section 3.1\'s fields and the next heading: no description, kept in unmapped, said (was the area\'s description, unsaid)', () => {
    const notice = 'Tämä sivusto käyttää evästeitä. Hyväksy evästeet';
    const text = above(SECOND_GROUP_HEADING, `${notice}\n`);
    expect(parse(text).record!.targetArea.description).toBeNull();
    expect(said(text, notice)).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toEqual([notice]);
  });

  it('guard: names parted by bars, and a sentence that mentions cookies, stay the text', () => {
    for (const line of ['Kuusamon kaupunki | Posion kunta | Taivalkosken kunta', 'Verkkosivuilla käytetään evästeitä, joista kerrotaan tietosuojaselosteessa.']) {
      expect(parse(above(SECOND_GROUP_HEADING, `${line}\n`)).record!.targetArea.description).toBe(line);
    }
  });
});

describe('sixty-first round: a date alone as a section\'s whole text', () => {
  const date = '14.2.2019';

  it('is said: it may be a print\'s date (was the area\'s description, unsaid)', () => {
    const text = above(SECOND_GROUP_HEADING, `${date}\n`);
    expect(parse(text).record!.targetArea.description).toBe(date);
    expect(said(text, date)).toEqual([['warning', 'furniture-in-text']]);
  });

  it('guard: a text ending with a date, and a date under a question, are not said (review BC)', () => {
    const ending = above(SECOND_GROUP_HEADING, `Hanke päättyy\n\n${date}\n`);
    expect(parse(ending).record!.targetArea.description).toBe(`Hanke päättyy\n\n${date}`);
    expect(said(ending, date)).toEqual([]);
    const page = readFileSync(`${root}/fixtures/pages/ended.txt`, 'utf8').replace('Onko malli siirretty?\n\nKyllä, kahteen kuntaan.\n', `Onko malli siirretty?\n\n${date}\n`);
    expect(parse(page).record!.projectPage!.modelTransferred).toBe(date);
    expect(said(page, date)).toEqual([]);
  });
});
