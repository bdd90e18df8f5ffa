// What the thirtieth round found — each failure reproduced on a seed or a fixture with one change
// (or on a small invented text): read right now, or said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { seed, strongCuts } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';

const seed004 = seed('004_3bb6e26593869c78');
/** Seed 004 up to its summary's first paragraph, then `last` as the text's last line. */
const cutInSummary = (last: string, lineBreak: boolean) => {
  const lines = seed004.split('\n');
  return `${lines.slice(0, 51).join('\n')}\n\n${last}${lineBreak ? '\n' : ''}`;
};

describe('audit round 30: a copy cut right after an inline list\'s number', () => {
  it.each([
    ['Toimenpiteet ovat: 1) Asiakasohjaus, 2) Ryhmävalmennus, 3)', false],
    ['Toimenpiteet ovat: 1) Asiakasohjaus, 2) Ryhmävalmennus, 3)', true],
    ['Hankkeessa järjestetään a) ohjausta ja b)', false],
    ['Hankkeessa järjestetään a) ohjausta ja b)', true],
  ])('"%s" (saved with a line break: %s) is said to be cut at its line', (last, lineBreak) => {
    const result = parse(cutInSummary(last, lineBreak));
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', 53]]);
  });
  it('a remark\'s closing bracket after a number is a whole line (saved with a line break)', () => {
    const result = parse(cutInSummary('Tulokset raportoidaan erikseen (ks. liite 2)', true));
    expect(strongCuts(result)).toEqual([]);
  });
});

describe('audit round 30: a furniture word in lower case ending the last text\'s sentence', () => {
  it('`takaisin.` below a line that goes on is the final report\'s last word, not page furniture', () => {
    const result = parse(`${seed004}\nOsallistujista moni palasi opintoihin tai työhön, osa palasi\ntakaisin.\n`);
    expect(result.record!.finalReportSummary).toMatch(/osa palasi\ntakaisin\.$/u);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture')).toEqual([]);
  });
  it.each(['Tulosta', 'takaisin'])('"%s" after a sentence\'s end stays furniture', (word) => {
    const text = `${seed004}\n${word}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toMatch(/kautta\.$/u);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => [d.severity, d.line])).toEqual([['info', text.split('\n').length - 1]]);
  });
});

describe('audit round 30: print buttons in two languages inside a text', () => {
  it.each(['Tulosta / Skriv ut', 'Skriv ut sidan', 'Sivun alkuun | Till början av sidan'])('"%s" right above a summary\'s paragraph is page furniture, not its text', (line) => {
    const text = seed004.replace('\nSosiaalisen kuntoutuksen haasteena', `\n${line}\nSosiaalisen kuntoutuksen haasteena`);
    const result = parse(text);
    expect(result.record!.summary).toBe(parse(seed004).record!.summary);
    expect(result.diagnostics.filter((d) => d.line === 53).map((d) => [d.severity, d.rule])).toEqual([['info', 'page-furniture']]);
  });
  it.each(['Hankkeen tulosta', 'Tulosta'])('"%s" alone stays the text\'s (guard: the partitive of `tulos`; one word may be a sub-heading)', (line) => {
    const text = seed004.replace('\nSosiaalisen kuntoutuksen haasteena', `\n${line}\nSosiaalisen kuntoutuksen haasteena`);
    expect(parse(text).record!.summary).toContain(`${line}\nSosiaalisen kuntoutuksen haasteena`);
  });
});

describe('audit round 30: a prose section cut mid-sentence and saved with a line break', () => {
  it('the last line stopping on a letter inside a paragraph is said to be cut', () => {
    const text = `${seed004.split('\n').slice(0, 51).join('\n')}\n\nHankkeen hallinnoijana toimii Koillis-Suomen Aikuiskoulutus Oy ja ha\n`;
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', 53]]);
  });
  it.each([
    ['a list item', '- kuntouttava työtoiminta ja tuettu työ'],
    ['a sentence ending with its full stop', 'Hankkeen hallinnoijana toimii Koillis-Suomen Aikuiskoulutus Oy.'],
  ])('%s ending a copy in its summary (sections 4–9 absent) is no cut (guard)', (_, last) => {
    expect(strongCuts(parse(cutInSummary(last, true)))).toEqual([]);
  });
});

describe('audit round 30: a section past the layout\'s numbers glued below the last text', () => {
  it('`10 Lisätiedot` right below the final report\'s last sentence, a blank line after it, is a section of its own, kept in unmapped and said', () => {
    const text = `${seed004.trimEnd()}\n10 Lisätiedot\n\nHankkeen lisätiedot ovat saatavilla hakijalta.\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    const heading = text.split('\n').indexOf('10 Lisätiedot') + 1;
    expect(result.diagnostics.filter((d) => d.line === heading).map((d) => [d.severity, d.rule])).toEqual([['warning', 'unknown-section']]);
    expect(result.unmapped.some((u) => u.label === 'Lisätiedot' && u.value === 'Hankkeen lisätiedot ovat saatavilla hakijalta.')).toBe(true);
  });
  it('a figure of the text glued so (`10 nuorta työllistyi.`) stays the text\'s (guard)', () => {
    const text = `${seed004.trimEnd()}\n10 nuorta työllistyi.\n\nHankkeen tulokset ovat hyvät.\n`;
    expect(parse(text).record!.finalReportSummary).toMatch(/10 nuorta työllistyi\.\n\nHankkeen tulokset ovat hyvät\.$/u);
  });
});

describe('audit round 30: a copy cut in a later question of 8.1, saved with a line break', () => {
  it('the start of the question below the first answer\'s text is said to be cut', () => {
    const lines = seed004.split('\n');
    const text = `${lines.slice(0, 132).join('\n')}\nSukupuolinäk\n`;
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', 133]]);
  });
});

describe('audit round 30: headings that lost their number, in a printed or hard-wrapped copy', () => {
  it('`Projektin julkinen rahoitus, euroa` with a printed page\'s number right below it is section 5, not text of 4.2', () => {
    const text = seed004.replace('5 Projektin julkinen rahoitus, euroa\n', 'Projektin julkinen rahoitus, euroa\nSivu 2 (5)\n');
    const result = parse(text);
    expect(result.record!.targetGroups.indirect).toBe(parse(seed004).record!.targetGroups.indirect);
    expect(result.record!.funding).toEqual(parse(seed004).record!.funding);
    expect(result.diagnostics.filter((d) => d.line === 90).map((d) => [d.severity, d.rule])).toEqual([['info', 'page-furniture']]);
  });
  it('section 7\'s heading wrapped over two lines below the empty `Postitoimipaikka:` is the heading, not the city', () => {
    const text = seed004.replace('7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista\n', 'Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista\nseurantiedoista\n');
    const result = parse(text);
    expect(result.record!.targetArea.implementationAddress).toEqual({ street: null, postalCode: null, city: null });
    expect(result.record!.indicators).toEqual(parse(seed004).record!.indicators);
    expect(result.diagnostics.filter((d) => d.line === 115).map((d) => [d.severity, d.rule])).toEqual([['info', 'heading-variant'], ['info', 'label-rejoined']]);
  });
});

describe('audit round 30: more copies cut and saved with a line break', () => {
  it('a value below its label (a two-column copy) cut before the summary is said to be cut, the value warned', () => {
    const text = 'Hankekoodi: S21999\n\nHankkeen nimi:\n\nSatakunnan\n';
    const result = parse(text, { template: 'esr-2014-2020' });
    expect(result.diagnostics.filter((d) => d.line === 5 && d.severity !== 'info').map((d) => [d.severity, d.rule])).toEqual([['error', 'text-cut-off'], ['warning', 'value-cut-off']]);
  });
  it('a list\'s marker alone as the last line is a cut item', () => {
    const text = `${seed004.trimEnd()}\n\nHankkeen jälkeen:\n- Yhteistyö jatkuu kunnan kanssa\n-\n`;
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', text.split('\n').length - 1]]);
  });
});

describe('audit round 30: a value cut right after an opening bracket, saved with a line break', () => {
  it('`Toimintalinja: Toimintalinja 5 (` on a page is cut, its value not read as a title "("', () => {
    const page = readFileSync(`${root}fixtures/pages/ended.txt`, 'utf8');
    const lines = page.split('\n');
    const at = lines.findIndex((line) => line.startsWith('Toimintalinja:'));
    const text = `${lines.slice(0, at).join('\n')}\nToimintalinja: Toimintalinja 5 (\n`;
    const result = parse(text);
    expect(result.record!.project.priorityAxis?.title ?? null).not.toBe('(');
    expect(result.diagnostics.filter((d) => d.line === at + 1 && d.severity !== 'info').map((d) => [d.severity, d.rule])).toEqual([['warning', 'text-cut-off'], ['warning', 'value-cut-off']]);
  });
});

describe('audit round 30 reviews: what the fixes first misread', () => {
  const withEnd = (end: string) => `${seed004.trimEnd()}\n\n${end}\n`;
  const cutSaid = (text: string) => strongCuts(parse(text)).map((d) => [d.severity, d.line]);
  it.each([
    ['a list item lettered `(c)` with a year', 'Hankkeen vaiheet:\n(a) 2009 suunnittelu\n(b) 2010 pilotointi\n(c) 2011 koulutus ja levitys'],
    ['a sentence opening with `Copyright` and a year', 'Copyright 2010 -ohjeistus ohjasi hankkeen materiaalien käyttöä.'],
    ['a hard-wrapped sentence opening with `©`', '© THL:n aineistot 2011, jolloin hanke sai ne käyttöönsä,\nolivat tärkeitä.'],
    ['a hard-wrapped sentence with a short `©` line', 'Hankkeen kuvat ovat\n© Kuusamon kaupunki\nja niitä saa käyttää.'],
  ])('%s inside the summary stays its text (guard)', (_, end) => {
    const result = parse(seed004.replace('\nSosiaalisen kuntoutuksen haasteena', `\n${end}\n\nSosiaalisen kuntoutuksen haasteena`));
    expect(result.record!.summary).toContain(end);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture')).toEqual([]);
  });
  it.each([
    ['a closing signature of a name, a title and an organisation', 'Kiitämme kaikkia hankkeeseen osallistuneita yhteistyöstä.\n\nAnna Keto, projektipäällikkö, Terveyden ja hyvinvoinnin laitos'],
    ['a list numbered `1)`', 'Hankkeen tulokset:\n1) kuntoutuspolku vakiintui osaksi palveluja\n2) yhteistyö kunnan ja järjestöjen kanssa tiivistyi pysyvästi'],
    ['a list without markers', 'Kumppanit:\nOulun yliopisto\nKajaanin ammattikorkeakoulu\nLapin ammattikorkeakoulun täydennyskoulutus'],
    ['a list without markers of long items', 'Hankkeen tuotokset:\nOhjaajien käsikirja maahanmuuttajien työllistymisen tukemiseen\nKumppanuusverkoston toimintamalli kuntien ja järjestöjen yhteistyöhön'],
    ['a list of other markers', 'Hankkeen tuotokset:\no Ohjaajien käsikirja maahanmuuttajien työllistymisen tukemiseen\no Kumppanuusverkoston toimintamalli kuntien ja järjestöjen yhteistyöhön'],
    ['a list item wrapped over lines', 'Tulokset:\n- Kuntien, järjestöjen ja yritysten yhteistyö vakiintui, kun\njärjestöt ja yritykset sopivat yhteisistä\nasiakasprosesseista alueen kaikissa\nkunnissa'],
    ['a sentence ending on figures', 'Hankkeen asiakasmäärät vuosina 2016, 2017 ja 2018 olivat 48, 61, 56.'],
    ['a closing signature with a hyphenated first name and a title', 'Kiitämme kaikkia.\n\nProjektipäällikkö Anna-Liisa Keto, Mikkelin kaupungin työllisyyspalvelut'],
    ['a quote\'s attribution below it', '”Hanke muutti tapaamme tehdä työtä.”\nkertoo projektipäällikkö Anna Keto Kuusamon kaupungilta'],
    ['a web address', 'Lisätietoja hankkeen tuloksista saa hankkeen verkkosivuilta www.kuusamo.fi/hanke'],
    ['an e-mail address', 'Lisätietoja hankkeen tuloksista antaa projektipäällikkö liisa.esimerkki@kuusamo.fi'],
    ['the register\'s `-` for a text not written', '-'],
  ])('%s ending a copy in its summary (sections 4–9 absent) is no cut (guard)', (_, end) => {
    expect(cutSaid(cutInSummary(end, true))).toEqual([]);
  });
  it.each([
    ['a sentence cut on a word (control)', 'Hankkeen hallinnoijana toimii Koillis-Suomen Aikuiskoulutus Oy ja ha'],
    ['a sentence opening with an organisation\'s name and a comma', 'Koillis-Suomen Aikuiskoulutus Oy, joka vastaa hankkeen hallinnoinnista ja ha'],
  ])('%s ending a copy in its summary is said to be cut', (_, end) => {
    expect(cutSaid(cutInSummary(end, true))).toEqual([['warning', 53]]);
  });
  it.each([
    ['a remark closing a line with an inline list', 'Hankkeessa järjestetään a) ohjausta ja b) koulutusta (ks. liite 2)'],
    ['a remark wrapped over two lines', 'Hankkeen tulokset on raportoitu erikseen (ks.\nliite 2)'],
    ['a face drawn with a colon', 'Hanke päättyi ja kaikki olivat tyytyväisiä :('],
  ])('%s at the end of a whole copy is no cut (guard)', (_, end) => {
    expect(cutSaid(withEnd(end))).toEqual([]);
  });
  it.each(['3)', '(c)', 'Toimenpiteet ovat: 1. Ohjaus, 2. Valmennus, 3.', 'Toimenpiteet ovat: A) Ohjaus, B) Valmennus, C)', 'Toimenpiteet ovat: (1) Ohjaus, (2) Valmennus, (3)', 'Toimenpiteet ovat: i) Ohjaus, ii) Valmennus, iii)'])('a copy ending "%s" is said to be cut', (last) => {
    expect(cutSaid(cutInSummary(last, true))).toEqual([['warning', 53]]);
    expect(cutSaid(cutInSummary(last, false))).toEqual([['warning', 53]]);
  });
  it.each(['Tulosta sivu / Print page', 'Sivun alkuun ↑ | Till början av sidan ↑'])('"%s" inside the summary is page furniture', (line) => {
    const text = seed004.replace('\nSosiaalisen kuntoutuksen haasteena', `\n${line}\nSosiaalisen kuntoutuksen haasteena`);
    expect(parse(text).record!.summary).toBe(parse(seed004).record!.summary);
  });
  it('a lower-case button without a full stop below a sentence that lost its own stays page furniture (guard)', () => {
    const text = withEnd('Hankkeen tuloksia hyödynnetään jatkossa kuntien ja järjestöjen ohjaustyössä\npalaute');
    const result = parse(text);
    expect(result.record!.finalReportSummary).toMatch(/ohjaustyössä$/u);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => [d.severity, d.line])).toEqual([['info', text.split('\n').length - 1]]);
  });
  it('a copy cut at the start of a later question right below 8.1\'s first answer line is said to be cut', () => {
    const lines = seed004.split('\n');
    const text = `${lines.slice(0, 131).join('\n')}\nSukupuolinäk\n`;
    expect(cutSaid(text)).toEqual([['warning', 132]]);
  });
});

describe('audit round 30: more cuts of prose, saved with a line break', () => {
  it.each(['Tiedotus toteutetaan seuraavasti. Milloin:', 'Hanke toimii seuraavilla osa-alueilla:'])('an intro "%s" with nothing after it ends the copy: said to be cut', (last) => {
    const result = parse(cutInSummary(last, true));
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', 53]]);
  });
  it('a sentence wrapped at the copy\'s width, cut on its last line (`… malli, jota` / `kuusamolaiset aikuisk`)', () => {
    const result = parse(cutInSummary('Hankkeen tuloksena muodostuu kuusamolaisen palveluverkoston yhteinen malli, jota\nkuusamolaiset aikuisk', true));
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', 54]]);
  });
  it('`3.` alone below section 3\'s heading of a 2007–2013 copy is the start of 3.1\'s number: cut', () => {
    const text = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((line) => /^3\.\s/u.test(line));
    const cut = `${lines.slice(0, at + 1).join('\n')}\n\n3.\n`;
    expect(strongCuts(parse(cut)).map((d) => [d.severity, d.line])).toEqual([[expect.any(String), at + 3]]);
  });
});

describe('audit round 30: a placeholder cut short', () => {
  it.each(['Ke', 'Kesk'])('"%s" alone as the summary\'s text, saved with a line break, is said to be cut', (start) => {
    const lines = seed004.split('\n');
    const text = `${lines.slice(0, 50).join('\n')}\n${start}\n`;
    expect(strongCuts(parse(text)).map((d) => [d.severity, d.line])).toEqual([[expect.any(String), 51]]);
  });
  it('`Kesken.` whole at the end of a copy is no cut (guard)', () => {
    const text = `${seed004.trimEnd()}\n\nKesken.\n`;
    expect(strongCuts(parse(text))).toEqual([]);
  });
});
