// What the forty-third round found: each reproduced on a small invented text or an edited seed, read
// right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';
import { endsWhole } from './helpers/edits.js';

/** The line number of the text's first line that starts so. */
const lineStarting = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
const seed = (name: string) => readFileSync(`${root}/fixtures/seeds/${name}`, 'utf8');
const edit = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const categories = (result: Result) => result.record!.horizontalPrinciples.sustainableDevelopment.map((row) => [row.category, row.criterion]);

describe('forty-third round: values read wrong or lost', () => {
  const seed1420 = seed('004_3bb6e26593869c78.txt');
  const whole = categories(parse(seed1420));

  it('a category line lost inside the sustainability table: its rows keep their own category, said once at the first (they went under the category above, unsaid)', () => {
    expect(whole.slice(4, 6)).toEqual([
      ['Ekologinen kestävyys', 'Natura 2000 -ohjelman kohteet'],
      ['Taloudellinen kestävyys', 'Materiaalit ja jätteet'],
    ]);
    for (const shape of ['written', 'noblank', 'flat'] as const) {
      const text = shape === 'written' ? edit(seed1420, '\nTaloudellinen kestävyys\n', '\n') : deriveShape(edit(seed1420, '\nTaloudellinen kestävyys\n', '\n'), shape);
      const result = parse(text);
      expect(categories(result), shape).toEqual(whole);
      const said = result.diagnostics.filter((d) => d.rule === 'section-without-heading' && d.path?.startsWith('/horizontalPrinciples'));
      expect(said.map((d) => [d.severity, d.line, d.path]), shape).toEqual([['warning', lineStarting(text, 'Materiaalit ja jätteet'), '/horizontalPrinciples/sustainableDevelopment/5']]);
      expect(said[0].message).toContain('under "Ekologinen kestävyys", but the register\'s table has it under "Taloudellinen kestävyys"');
    }
  });

  it('a row of no criterion of the table (a typo) among rows read with a lost line\'s category gets it too, said (review R)', () => {
    const text = edit(edit(seed1420, '\nTaloudellinen kestävyys\n', '\n'), 'Uusiutuvien energialähteiden käyttö 5 8', 'Uusiutuvien energialähteidn käyttö 5 8');
    const result = parse(text);
    expect(categories(result)[6]).toEqual(['Taloudellinen kestävyys', 'Uusiutuvien energialähteidn käyttö']);
    const said = result.diagnostics.filter((d) => d.rule === 'section-without-heading' && d.path?.startsWith('/horizontalPrinciples'));
    expect(said.map((d) => [d.line, d.path])).toEqual([
      [lineStarting(text, 'Materiaalit ja jätteet'), '/horizontalPrinciples/sustainableDevelopment/5'],
      [lineStarting(text, 'Uusiutuvien energialähteidn'), '/horizontalPrinciples/sustainableDevelopment/6'],
    ]);
    // (Below a category line the run ends: a typo there keeps the category it stands under.)
    const typoOnly = parse(edit(seed1420, 'Uusiutuvien energialähteiden käyttö 5 8', 'Uusiutuvien energialähteidn käyttö 5 8'));
    expect(categories(typoOnly)[6]).toEqual(['Taloudellinen kestävyys', 'Uusiutuvien energialähteidn käyttö']);
    expect(typoOnly.diagnostics.filter((d) => d.rule === 'section-without-heading')).toEqual([]);
  });

  it('a row standing above its own category\'s line is said so, not as a lost line (review R)', () => {
    const row = seed1420.slice(seed1420.indexOf('Materiaalit ja jätteet 5 8'), seed1420.indexOf('Uusiutuvien energialähteiden käyttö 5 8'));
    const text = edit(seed1420.replace(row, ''), '\nTaloudellinen kestävyys\n', `\n${row}Taloudellinen kestävyys\n`);
    const result = parse(text);
    expect(categories(result)).toEqual(whole);
    const said = result.diagnostics.filter((d) => d.rule === 'section-without-heading' && d.path?.startsWith('/horizontalPrinciples'));
    expect(said.map((d) => d.line)).toEqual([lineStarting(text, 'Materiaalit ja jätteet')]);
    expect(said[0].message).toContain("that category's line stands below it");
  });

  it('a category written short (`Ekologinen`) with the next category line lost: the next category\'s rows get theirs, said; its own keep it as written (review R)', () => {
    const text = edit(edit(seed1420, '\nEkologinen kestävyys\n', '\nEkologinen\n'), '\nTaloudellinen kestävyys\n', '\n');
    const result = parse(text);
    expect(categories(result).slice(4, 6)).toEqual([
      ['Ekologinen', 'Natura 2000 -ohjelman kohteet'],
      ['Taloudellinen kestävyys', 'Materiaalit ja jätteet'],
    ]);
    expect(result.diagnostics.filter((d) => d.rule === 'section-without-heading' && d.path?.startsWith('/horizontalPrinciples')).map((d) => d.line)).toEqual([lineStarting(text, 'Materiaalit ja jätteet')]);
  });

  it('the first category line lost: its rows get it (they had none, unsaid); the whole table unchanged and unsaid', () => {
    const text = edit(seed1420, '\nEkologinen kestävyys\n', '\n');
    const result = parse(text);
    expect(categories(result)).toEqual(whole);
    const said = result.diagnostics.filter((d) => d.rule === 'section-without-heading' && d.path?.startsWith('/horizontalPrinciples'));
    expect(said.map((d) => [d.severity, d.line])).toEqual([['warning', lineStarting(text, 'Luonnonvarojen käytön kestävyys')]]);
    expect(said[0].message).toContain('under no category line');
    expect(parse(seed1420).diagnostics.filter((d) => d.rule === 'section-without-heading')).toEqual([]);
  });

  it('a category written otherwise is kept as written, and a criterion not in the register\'s table keeps the category above', () => {
    const reworded = parse(edit(seed1420, '\nTaloudellinen kestävyys\n', '\nTaloudellinen kestavyys\n'));
    expect(categories(reworded)[5]).toEqual(['Taloudellinen kestavyys', 'Materiaalit ja jätteet']);
    expect(reworded.diagnostics.filter((d) => d.rule === 'section-without-heading' && d.path?.startsWith('/horizontalPrinciples'))).toEqual([]);
    const own = parse(edit(seed1420, '\nTaloudellinen kestävyys\n', '\nTaloudellinen kestävyys\nOma kriteeri 3 4\n'));
    expect(categories(own)[5]).toEqual(['Taloudellinen kestävyys', 'Oma kriteeri']);
  });
});

describe('forty-third round: false alarms on a print\'s header above the banner (audit B)', () => {
  const warnings = (result: Result) => result.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.line]);
  it('a page count or a print\'s header above the banner of a copy without blank lines: the banner is the banner (it was text before the first section, a warning)', () => {
    const seed0713 = seed('001_870e9aa13936b8c2.txt');
    const tidy = parse(seed0713);
    for (const top of ['Sivu 1 (3)', '4.12.2025 13.02 Hankkeen kuvaus S10999 - EURA 2014']) {
      const text = `${top}\n${deriveShape(seed0713, 'noblank')}`;
      const result = parse(text);
      expect(warnings(result), top).toEqual(warnings(parse(deriveShape(seed0713, 'noblank'))));
      expect(result.unmapped, top).toEqual(parse(deriveShape(seed0713, 'noblank')).unmapped);
      expect(result.record, top).toEqual(parse(deriveShape(seed0713, 'noblank')).record);
      expect(result.record!.project.name).toBe(tidy.record!.project.name);
    }
  });

  it('the one-line banner of 2014–2020 below a print\'s header: no warning that the copy has it once only', () => {
    const seed1420 = seed('004_3bb6e26593869c78.txt');
    const text = `4.12.2025 13.02 Hankkeen kuvaus S20999 - EURA 2014\n${seed1420}`;
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.line === 2 && d.severity !== 'info')).toEqual([]);
    expect(warnings(result)).toEqual(warnings(parse(seed1420)).map(([rule, line]) => [rule, (line as number) + 1]));
  });

  it('a title wrapped over two lines below a print\'s header is the title (it was text before the first section, a warning)', () => {
    const seed0713 = seed('001_870e9aa13936b8c2.txt');
    const wrapped = edit(seed0713, 'Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus', 'Euroopan sosiaalirahaston (ESR) rahoittaman projektin\nkuvaus');
    const result = parse(`4.12.2025 13.02 Hankkeen kuvaus S10999 - EURA 2014\n${wrapped}`);
    expect(result.unmapped).toEqual(parse(wrapped).unmapped);
    expect(warnings(result)).toEqual(warnings(parse(wrapped)).map(([rule, line]) => [rule, (line as number) + 1]));
    expect(result.diagnostics.filter((d) => d.rule === 'label-rejoined' && d.message.includes('title'))).toHaveLength(1);
  });
});

describe('forty-third round: real register copies cut in the summary (audit A)', () => {
  const seed1420 = seed('004_3bb6e26593869c78.txt');
  /** The seed up to its summary's heading, then `summary` as its text, the copy ending there. */
  const cutIn = (summary: string, lineBreak: boolean) => `${seed1420.slice(0, seed1420.indexOf('3 Suunnitelman mukainen tiivistelmä toteutuksesta'))}3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n${summary}${lineBreak ? '\n' : ''}`;
  const cutSaid = (text: string) => parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line]);

  it.each([
    ['Hankkeen tavoitteet ovat 1. verkosto-osaaminen ja 2.', false],
    ['Hankkeen tavoitteet ovat 1. verkosto-osaaminen ja 2.', true],
    ['Tämän hankkeen tavoitteena on pienten yritysten verkostoituminen palvelujen kehittämiseksi ja siihen liittyvän tiedon käyttöön ottamiseksi. Hankkeen kohderyhmänä ovat maakunnan mikro-, pienet ja keskisuuret yritykset ja tavoitteena niiden henkilöstön osaamisen ja toimintavalmiuksien lisääminen. Konkreettisina tavoitteina on: 1.', false],
    ['Tämän hankkeen tavoitteena on pienten yritysten verkostoituminen palvelujen kehittämiseksi ja siihen liittyvän tiedon käyttöön ottamiseksi. Hankkeen kohderyhmänä ovat maakunnan mikro-, pienet ja keskisuuret yritykset ja tavoitteena niiden henkilöstön osaamisen ja toimintavalmiuksien lisääminen. Konkreettisina tavoitteina on: 1. verkosto-osaamisen, 2. johtamisosaamisen, ml. oman työn johtamisen ja 3.', false],
    ['Hankkeen tavoitteena on:\n1.', true],
  ])('a summary cut after a list\'s number or on a word no sentence ends with is said cut (it was read whole, unsaid): %j', (summary, lineBreak) => {
    const text = cutIn(summary, lineBreak);
    expect(cutSaid(text)).toEqual([['warning', text.trimEnd().split('\n').length]]);
  });

  it('a hard-wrapped summary cut after a list\'s number on a line of its own is said cut (audit C)', () => {
    const text = cutIn('Tavoitteina on 1. verkosto-osaamisen, 2. johtamisosaamisen ja\n3.', true);
    expect(cutSaid(text)).toEqual([['warning', text.trimEnd().split('\n').length]]);
    // (A whole sentence with its rank after a colon is no cut: `… sijalle: 1.` on one line.)
    expect(cutSaid(`${seed1420.trimEnd()}\nHanke sijoittui valtakunnallisessa vertailussa sijalle: 1.\n`)).toEqual([]);
  });

  it('a flattened copy whose summary stops on a word no sentence ends with is said cut (it was read whole: the texts run together there)', () => {
    const text = deriveShape(cutIn('Tämän hankkeen tavoitteena on yritysten verkostoituminen.\nHankkeeseen rekrytoidaan erikokoisia hoivayrityksiä, joiden', true), 'flat') + '\n';
    expect(cutSaid(text)).toEqual([['warning', text.trimEnd().split('\n').length]]);
  });

  it.each([
    'Hankkeella on kaksi vaihetta, 1 ja 2.',
    'Tuloksia mitattiin vuosina 2016, 2017 ja 2018.',
    'Osallistujia oli 48, 61 ja 56.',
    'Toiminta jaettiin vaiheisiin 1. ja 2.',
    'Hankkeen tavoitteena on parantaa yritysten kilpailukykyä, joka on heikentynyt.',
  ])('a whole sentence ending in figures or with a relative clause is no cut (guard): %j', (summary) => {
    // (Said, if at all, as a copy that ends whole before the sections it lacks: the line is not doubted.)
    const doubted = (text: string) => parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off' && !endsWhole(d)).map((d) => [d.severity, d.line]);
    expect(doubted(cutIn(summary, true))).toEqual([]);
    expect(doubted(cutIn(`${summary}\n\n4 Kohderyhmät\n\n4.1 Varsinaiset kohderyhmät\n\nYritykset.`, true)).filter(([, line]) => (line as number) < 60)).toEqual([]);
  });

  it.each([
    'Osallistujien tyytyväisyys (asteikko 1–5):\n4.',
    'Lisätietoja antaa Anna Keto, projektipäällikkö,\n0401234567',
    'Seminaarit pidettiin vuosina 2016, 2017,\n2018',
    'Raportissa kerrotaan, kuka teki mitä ja koska',
    'The project was the best we ever dreamed of',
  ])('a whole last line below an intro or a comma, or on a question\'s word, is no cut (review R2\'s false alarms, guarded): %j', (ending) => {
    // (The final report's last line, the whole description above it, saved with its line break.)
    const text = `${seed1420.trimEnd()}\n${ending}\n`;
    expect(cutSaid(text)).toEqual([]);
  });

  it('a specific objective on the line below its label, numbered as a later subsection (`7.1.`), is its value: no warning that it is text', () => {
    // (In a copy cut in its summary, where 7.1 has no heading.)
    const text = edit(cutIn('Hankkeen tavoitteena on yritysten verkostoituminen.', true), 'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', 'Erityistavoite:\n7.1. Tuottavuuden ja työhyvinvoinnin parantaminen');
    const result = parse(text);
    expect(result.record!.project.specificObjective).toEqual({ code: '7.1', title: 'Tuottavuuden ja työhyvinvoinnin parantaminen' });
    expect(result.diagnostics.filter((d) => d.rule === 'heading-variant')).toEqual([]);
  });
});

describe('forty-third round: real register copies cut at every character (audit C)', () => {
  const seed1420 = seed('004_3bb6e26593869c78.txt');
  const upTo = (text: string, end: string) => {
    expect(text).toContain(end);
    return text.slice(0, text.indexOf(end) + end.length);
  };
  const cutSaid = (text: string) => parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line);

  it.each(['W', 'WW', 'Y', 'Ha'])('a copy cut inside the next label, `%s`, saved with its line break, is said cut there (the fragment was the summary, unsaid)', (fragment) => {
    for (const shape of ['written', 'flat'] as const) {
      const whole = `${upTo(seed1420, 'Postitoimipaikka: Kuusamo')}\n\n${fragment}\n`;
      const text = shape === 'written' ? whole : `${deriveShape(whole, 'flat')}\n`;
      expect(cutSaid(text), shape).toEqual([text.trimEnd().split('\n').length]);
    }
  });

  it('a co-implementer entry wrapped and cut inside its Y-tunnus below a comma is said cut (it was the summary, unsaid)', () => {
    const text = `${upTo(seed1420, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija').replace('Vain yksi hakija', 'Hakijoita on useampi kuin yksi (yhteishanke)')}\nOsatoteuttajat\nPohjolan ammattiopisto, liikelaitos, 5908301-5\nJärvikylän kunta, 6613186-3\nJärvikylän koulutuskuntayhtymä, Pohjolan ammattiopisto ja lukio, 0204027-1`;
    // (Flattened, hard-wrapped at 70 columns, and cut inside the last entry's Y-tunnus.)
    const copy = `${deriveShape(deriveShape(text, 'flat'), 'wrap60', 70).slice(0, -3)}\n`;
    expect(copy.endsWith('ja lukio,\n020402\n')).toBe(true);
    expect(cutSaid(copy)).toEqual([copy.trimEnd().split('\n').length]);
  });
});
