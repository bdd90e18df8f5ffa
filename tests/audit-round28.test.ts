// What the twenty-eighth round found — each failure reproduced on a seed with one change (or on a
// small invented text): read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseBytes } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed000 = seed('000_ddad63b48901b7a4');
const seed004 = seed('004_3bb6e26593869c78');

/** The seed with one line replaced; the line must be there. */
const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const at = (result: ReturnType<typeof parse>, path: string) => result.diagnostics.filter((d) => d.path === path).map((d) => [d.severity, d.rule, d.line]);
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

describe('audit round 28: a specific objective with its code after its title', () => {
  const TITLE = 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen';
  it.each([`${TITLE}, 10.1`, `${TITLE} 10.1`, `${TITLE} – 10.1`, `${TITLE} / 10.1.`, `${TITLE} (ET 10.1)`, `(10.1) ${TITLE}`])('"%s": code 10.1 and the title, noted', (value) => {
    const result = parse(rewrite(seed004, `Erityistavoite: 10.1. ${TITLE}`, `Erityistavoite: ${value}`));
    expect(result.record!.project.specificObjective).toEqual({ code: '10.1', title: TITLE });
    expect(at(result, '/project/specificObjective')).toEqual([['info', 'normalised-value', 13]]);
  });

  it('a code inside the title is not read, and said', () => {
    const result = parse(rewrite(seed004, `Erityistavoite: 10.1. ${TITLE}`, 'Erityistavoite: Työelämän 10.1 parantaminen'));
    expect(result.record!.project.specificObjective).toEqual({ code: null, title: 'Työelämän 10.1 parantaminen' });
    expect(at(result, '/project/specificObjective')).toEqual([['warning', 'invalid-value', 13]]);
  });

  it('a title with a figure that is no code (`4.0`) or a date stays unsaid (guard)', () => {
    for (const value of ['Teollisuus 4.0', 'Työelämän parantaminen 1.1.2015 alkaen']) {
      const result = parse(rewrite(seed004, `Erityistavoite: 10.1. ${TITLE}`, `Erityistavoite: ${value}`));
      expect(result.record!.project.specificObjective).toEqual({ code: null, title: value });
      expect(at(result, '/project/specificObjective')).toEqual([]);
    }
  });
});

describe('audit round 28: the whole country in a target-area list', () => {
  it.each(['Valtakunnallisesti', 'Koko Suomi ilman Ahvenanmaata', 'Koko Suomi paitsi Ahvenanmaa', 'Koko maan kattava', 'Kaikki Suomen kunnat'])('"%s" is read as nationwide', (value) => {
    const result = parse(rewrite(seed004, 'Maakunnat: Pohjois-Pohjanmaa', `Maakunnat: ${value}`));
    expect(result.record!.targetArea.nationwide).toBe(true);
    expect(result.record!.targetArea.regions).toEqual([]);
  });

  it('the whole country in a list of five names, or in words not read (`Koko Suomi ilman pääkaupunkiseutua`): nationwide not read, said', () => {
    for (const value of ['Koko Suomi, Uusimaa, Pirkanmaa, Varsinais-Suomi, Pohjois-Pohjanmaa', 'Koko Suomi ilman pääkaupunkiseutua']) {
      const result = parse(rewrite(seed004, 'Maakunnat: Pohjois-Pohjanmaa', `Maakunnat: ${value}`));
      expect(result.record!.targetArea.nationwide).toBeNull();
      expect(at(result, '/targetArea/nationwide')).toEqual([['warning', 'invalid-value', 101]]);
    }
  });

  it('a list of names only is not the whole country (guard)', () => {
    const result = parse(rewrite(seed004, 'Maakunnat: Pohjois-Pohjanmaa', 'Maakunnat: Uusimaa, Pirkanmaa'));
    expect(result.record!.targetArea.nationwide).toBe(false);
    expect(at(result, '/targetArea/nationwide')).toEqual([]);
  });
});

describe('audit round 28: one place named twice in a list', () => {
  it('in its two languages (`Vaasa, Vasa`) or again: both kept, the second said', () => {
    const text = rewrite(rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Vaasa, Vasa, Mustasaari, Kuusamo, Mustasaari'), 'Maakunnat: Pohjois-Pohjanmaa', 'Maakunnat: Pohjanmaa, Österbotten');
    const result = parse(text);
    expect(result.record!.targetArea.municipalityCodes).toEqual(['905', '905', '499', '305', '499']);
    expect(at(result, '/targetArea/municipalities/1')).toEqual([['warning', 'invalid-value', 105]]);
    expect(at(result, '/targetArea/municipalities/4')).toEqual([['warning', 'invalid-value', 105]]);
    expect(at(result, '/targetArea/regions/1')).toEqual([['warning', 'invalid-value', 101]]);
    expect(result.diagnostics.filter((d) => /named twice/.test(d.message))).toHaveLength(3);
  });
});

describe('audit round 28: a women clause that names another figure, under a heading', () => {
  it('2007–2013: the figures of 4.2 pasted under 4.1 are kept, and said at each line', () => {
    const text = rewrite(seed000, 'Suunniteltu: 0, joista naisten työpaikkoja 0\n\nToteutunut seurantatietojen mukaan: 0, joista naisten työpaikkoja 0', 'Suunniteltu: 2, joista naisten perustamia 1\n\nToteutunut seurantatietojen mukaan: 1, joista naisten perustamia 0');
    const result = parse(text);
    expect(result.record!.indicators.newJobs).toEqual({ planned: { total: 2, women: 1 }, actual: { total: 1, women: 0 } });
    expect(at(result, '/indicators/newJobs/planned')).toEqual([['warning', 'ambiguous-label', 77]]);
    expect(at(result, '/indicators/newJobs/actual')).toEqual([['warning', 'ambiguous-label', 79]]);
  });

  it("2007–2013: the participants' clause (`joista naisia`) under 4.1 is said", () => {
    const text = rewrite(seed000, 'Suunniteltu: 0, joista naisten työpaikkoja 0', 'Suunniteltu: 80, joista naisia 35');
    expect(at(parse(text), '/indicators/newJobs/planned')).toEqual([['warning', 'ambiguous-label', 77]]);
  });

  it('the seeds, whose clauses are their own, say nothing of it (guard)', () => {
    for (const text of [seed000, seed004]) expect(parse(text).diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
  });
});

describe('audit round 28: characters garbled by a wrong code page, in a text that is UTF-8', () => {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  /** UTF-8 read as Windows-1252 and saved again, for the given part of the text. */
  const garbled = (part: string) => Buffer.from(part, 'utf8').toString('latin1').replace(/[\u0080-\u009f]/gu, (c) => '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'[c.charCodeAt(0) - 0x80]);

  it('one section garbled (pasted from a garbled copy): read back, each line said', () => {
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', `Hankkeen nimi: ${garbled('Välittävät verkostot')}`);
    expect(text).toContain('VÃ¤littÃ¤vÃ¤t');
    const result = parseBytes(utf8(text));
    expect(result.record!.project.name).toBe('Välittävät verkostot');
    expect(result.diagnostics.filter((d) => d.rule === 'encoding').map((d) => [d.severity, d.line, d.column])).toEqual([['warning', 9, 17]]);
  });

  it('the whole text garbled but for one sign that does not read back (seed 004 has a `”`, 0x9D): read back line by line', () => {
    const text = garbled(seed004);
    const result = parseBytes(utf8(text));
    expect(result.record).toEqual(parse(seed004).record);
    expect(result.diagnostics.filter((d) => d.rule === 'encoding').length).toBeGreaterThan(10);
    expect(result.diagnostics.filter((d) => d.rule === 'encoding').every((d) => d.line !== undefined)).toBe(true);
  });

  it('garbled twice over (`ÃƒÂ¤`): read back', () => {
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', `Hankkeen nimi: ${garbled(garbled('Välittävät verkostot'))}`);
    expect(parseBytes(utf8(text)).record!.project.name).toBe('Välittävät verkostot');
  });

  it('Windows-1252 signs read as ISO-8859-1 (C1 controls): read as the signs, said at their lines; U+0085 is `…`, not a line break', () => {
    const text = rewrite(rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: Välittävät \u0096 verkostot'), 'Kunnat: Kuusamo', 'Kunnat: Kuusamo, Taivalkoski\u0085 Posio');
    const result = parseBytes(utf8(text));
    expect(result.record!.project.name).toBe('Välittävät – verkostot');
    expect(result.record!.targetArea.municipalities).toEqual(['Kuusamo', 'Taivalkoski… Posio']);
    expect(result.diagnostics.filter((d) => d.rule === 'encoding').map((d) => d.line)).toEqual([9, 105]);
  });

  it('U+FFFD written in the text (lost by an earlier conversion): said at each line', () => {
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: V\ufffdlitt\ufffdv\ufffdt verkostot');
    expect(parseBytes(utf8(text)).diagnostics.filter((d) => d.rule === 'encoding').map((d) => [d.severity, d.line])).toEqual([['warning', 9]]);
  });

  it('a DOS (code page 850) or Mac text read as Windows-1252 and saved as UTF-8: read in its code page', async () => {
    const iconv = (await import('iconv-lite')).default;
    for (const page of ['cp850', 'macintosh']) {
      const text = iconv.decode(iconv.encode(seed004, page), 'windows-1252');
      expect(text).not.toMatch(/[äö]/u);
      const result = parseBytes(utf8(text));
      expect(result.record!.organisation.name).toBe(parse(seed004).record!.organisation.name);
      expect(result.record!.project.name).toBe('Välittävät verkostot');
      expect(result.diagnostics.filter((d) => d.rule === 'encoding')).toHaveLength(1);
    }
  });

  it('an ISO-8859-15 file (`€` 0xA4, `Š` 0xA6): read as ISO-8859-15', async () => {
    const iconv = (await import('iconv-lite')).default;
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: Välittävät verkostot – Šumava');
    const result = parseBytes(iconv.encode(text.replace('–', '-'), 'iso-8859-15'));
    expect(result.source.encoding).toBe('iso-8859-15');
    expect(result.record!.project.name).toBe('Välittävät verkostot - Šumava');
  });

  it('direction marks (`\\u200e` around a date, as Outlook copies it) are taken out as other invisible characters', () => {
    const text = rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus: \u200e0832600-5\u200f');
    const result = parseBytes(utf8(text));
    expect(result.record!.organisation.businessId).toBe('0832600-5');
    expect(result.diagnostics.filter((d) => d.rule === 'invisible-characters')).toHaveLength(1);
  });

  it('a text with a foreign name (`Šišková`) or a quotation mark (`„Tervetuloa”`) stays as written (guard)', () => {
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: „Välittävät” verkostot, Šišková');
    const result = parseBytes(utf8(text));
    expect(result.record!.project.name).toBe('„Välittävät” verkostot, Šišková');
    expect(result.diagnostics.filter((d) => d.rule === 'encoding')).toEqual([]);
  });
});
