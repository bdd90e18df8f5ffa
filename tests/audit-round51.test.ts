// What the fifty-first round found or left: each reproduced on a small invented text or an edited
// fixture, read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);
const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');

const reactEu = fixture('shapes/react-eu/priority-axis-9.txt');
const tidyTable = [
  'VälitönVälillinen',
  'Ekologinen kestävyys',
  'Ilmastonmuutoksen hillintä 8 9',
  'Energiatehokas korjaaminen vähentää rakennusten päästöjä.',
  'Taloudellinen kestävyys',
  'Uusiutuvien energialähteiden käyttö 6 8',
  'Koulutuksessa perehdytään maalämpöön ja aurinkoenergiaan.',
].join('\n');
/** The fixture with its sustainability table written otherwise. */
const withTable = (lines: string[]) => {
  expect(reactEu).toContain(tidyTable);
  return reactEu.replace(tidyTable, lines.join('\n'));
};
/** The rows as the fixture's text writes them. */
const tidyRows = [
  { category: 'Ekologinen kestävyys', criterion: 'Ilmastonmuutoksen hillintä', direct: 8, indirect: 9, text: 'Energiatehokas korjaaminen vähentää rakennusten päästöjä.' },
  { category: 'Taloudellinen kestävyys', criterion: 'Uusiutuvien energialähteiden käyttö', direct: 6, indirect: 8, text: 'Koulutuksessa perehdytään maalämpöön ja aurinkoenergiaan.' },
];
const rowsOf = (result: Result) => result.record!.horizontalPrinciples.sustainableDevelopment.map((row) => ({ ...row, text: row.text?.replace(/\s*\n\s*/gu, ' ') ?? null }));

/** The table as a Markdown converter writes it (pandoc, html2text). */
const barTable = [
  '| Kriteeri | Välitön | Välillinen | Perustelu |',
  '|---|---|---|---|',
  '| Ekologinen kestävyys | | | |',
  '| Ilmastonmuutoksen hillintä | 8 | 9 | Energiatehokas korjaaminen vähentää rakennusten päästöjä. |',
  '| Taloudellinen kestävyys | | | |',
  '| Uusiutuvien energialähteiden käyttö | 6 | 8 | Koulutuksessa perehdytään maalämpöön ja aurinkoenergiaan. |',
];

describe('fifty-first round: the sustainability table written as cells (bars or tabs)', () => {
  it('the tidy table reads its rows (guard)', () => {
    expect(rowsOf(parse(reactEu))).toEqual(tidyRows);
  });

  it('drawn with bars (a Markdown converter\'s copy) reads every row, said once as cells (was no row read, the table in unmapped)', () => {
    const result = parse(withTable(barTable));
    expect(rowsOf(result)).toEqual(tidyRows);
    expect(result.unmapped).toEqual([]);
    const cells = result.diagnostics.filter((d) => d.rule === 'normalised-value' && d.message.includes('cells parted by bars'));
    expect(cells.map((d) => [d.severity, d.line])).toEqual([["info", 99]]);
    expect(said(result, 'heading-variant')).toEqual([['info', 96]]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('drawn with bars, in every shape of the copy: the same rows', () => {
    const text = withTable(barTable);
    for (const shape of ['noblank', 'wrap60', 'flat'] as const) {
      const result = parse(deriveShape(text, shape));
      expect(rowsOf(result), shape).toEqual(tidyRows);
    }
  });

  it('a row drawn with bars hard-wrapped over lines is joined and read by its cells; its explanation keeps its words', () => {
    const result = parse(
      withTable([
        '| Kriteeri | Välitön | Välillinen | Perustelu |',
        '|---|---|---|---|',
        '| Ekologinen kestävyys | | | |',
        '| Ilmastonmuutoksen hillintä | 8 |',
        '9 | Energiatehokas korjaaminen vähentää',
        'rakennusten päästöjä. |',
        '| Taloudellinen',
        '| | | |',
        '| Uusiutuvien energialähteiden käyttö | 6 | 8 | Koulutuksessa perehdytään maalämpöön ja aurinkoenergiaan. |',
      ]),
    );
    const rows = rowsOf(result);
    expect(rows[0]).toEqual(tidyRows[0]);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment[0].text).toBe('Energiatehokas korjaaminen vähentää\nrakennusten päästöjä.');
    // (The category's line cut to `Taloudellinen`: read as the category written otherwise, said.)
    expect(rows[1]).toMatchObject({ criterion: 'Uusiutuvien energialähteiden käyttö', direct: 6, indirect: 8 });
    expect(result.diagnostics.some((d) => d.line === 102 && d.severity === 'warning')).toBe(true);
  });

  it('a header drawn with bars naming the columns the other way round swaps the scores, said', () => {
    const result = parse(withTable(['| Kriteeri | Välillinen | Välitön | Perustelu |', ...barTable.slice(1)]));
    expect(rowsOf(result)).toEqual(tidyRows.map((row) => ({ ...row, direct: row.indirect, indirect: row.direct })));
    expect(said(result, 'heading-variant')).toEqual([['warning', 96]]);
  });

  it('cells parted by tabs with an explanation cell read as cells (was one lost-line-break warning a row)', () => {
    const result = parse(withTable(['Kriteeri\tVälitön\tVälillinen\tPerustelu', 'Ekologinen kestävyys', 'Ilmastonmuutoksen hillintä\t8\t9\tEnergiatehokas korjaaminen vähentää rakennusten päästöjä.', 'Taloudellinen kestävyys', 'Uusiutuvien energialähteiden käyttö\t6\t8\tKoulutuksessa perehdytään maalämpöön ja aurinkoenergiaan.']));
    expect(rowsOf(result)).toEqual(tidyRows);
    expect(said(result, 'glued-fields')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('an empty direct cell reads the indirect score alone, said; a cell that is no score leaves the row as written, said', () => {
    const empty = parse(withTable(barTable.map((line) => line.replace('| 8 | 9 |', '| | 9 |'))));
    expect(rowsOf(empty)[0]).toMatchObject({ criterion: 'Ilmastonmuutoksen hillintä', direct: null, indirect: 9 });
    expect(said(empty, "missing-score")).toEqual([["warning", 99]]);
    const worded = parse(withTable(barTable.map((line) => line.replace('| 8 | 9 |', '| paljon | 9 |'))));
    expect(rowsOf(worded).some((row) => row.direct === 8 || (row.criterion.startsWith('Ilmasto') && row.indirect === 9 && row.direct !== null))).toBe(false);
    expect(worded.diagnostics.some((d) => d.line === 99 && d.severity === "warning")).toBe(true);
  });

  it('a table drawn with bars ends whole on its closed last row without a final line break; a copy cut inside the row is said cut, its scores not read', () => {
    const whole = withTable(barTable).replace(/\n+$/u, '');
    expect(whole.endsWith('aurinkoenergiaan. |')).toBe(true);
    expect(said(parse(whole), 'text-cut-off')).toEqual([]);
    const rowAt = whole.indexOf('| Uusiutuvien');
    for (const cut of ['| Uusiutuvien energialähteiden käyttö | 6 |', '| Uusiutuvien energialähteiden käyttö | 6 | 1', '| Uusiutuvien energialähteiden käyttö | 6 | 8 | Koulutuksessa perehdytään']) {
      const result = parse(whole.slice(0, rowAt) + cut);
      expect(said(result, 'text-cut-off'), cut).toEqual([['warning', 101]]);
      expect(result.record!.horizontalPrinciples.sustainableDevelopment.at(-1), cut).toMatchObject({ criterion: 'Uusiutuvien energialähteiden käyttö', direct: null, indirect: null });
    }
  });
});

/** An invented project page whose development needs are a list copied without its bullets, each item between blank lines. */
const pageWithNeeds = (needs: string[]) =>
  [
    'Kylätalkoista työelämään',
    '',
    'Hankkeessa vahvistetaan maaseudun nuorten työelämävalmiuksia.',
    '',
    'Toimintalinja 5 (ESR) | 01.09.2018 – 31.12.2020 | Keski-Suomi',
    '',
    'Tietoja hankkeesta:',
    '',
    'Hankkeen rahoittaja: Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus',
    'EURA-tunnus: S21874',
    'Toteuttajaorganisaatio: Saarijärven Kylät ry',
    'Maakunta: Keski-Suomi',
    'Aloituspäivä: 01.09.2018',
    'Lopetuspäivä: 31.12.2020',
    '',
    'Lyhyt selostus hankkeesta:',
    '',
    'Hankkeessa nuoret osallistuvat kylien talkoisiin.',
    '',
    'Kehittymisen paikat',
    '',
    ...needs,
  ].join('\n');

describe('fifty-first round: a page\'s development needs listed without their bullets', () => {
  const needs = ['Ennen hanketta:', '', 'Nuoret jäävät palvelujen ulkopuolelle', '', 'Hankkeen aikana:', '', 'Koronapandemia keskeytti ryhmätoiminnan', '', 'Hankkeen jälkeen:', '', 'Toiminnan rahoitus on epävarmaa', ''];

  it('each item between blank lines is its list\'s item (was an unknown section, the next sub-heading its text, every list empty)', () => {
    const result = parse(pageWithNeeds(needs));
    expect(result.record!.projectPage.developmentNeeds).toEqual({ before: ['Nuoret jäävät palvelujen ulkopuolelle'], during: ['Koronapandemia keskeytti ryhmätoiminnan'], after: ['Toiminnan rahoitus on epävarmaa'] });
    expect(result.unmapped).toEqual([]);
    expect(said(result, 'unknown-section')).toEqual([]);
  });

  it('one item without its dash among dashed ones, two items under one sub-heading, and the copy without blank lines: the same lists', () => {
    const mixed = ['Ennen hanketta:', '', '- Nuoret jäävät palvelujen ulkopuolelle', '', 'Talkoot eivät tavoittaneet nuoria', '', 'Hankkeen aikana:', '', '- Koronapandemia keskeytti ryhmätoiminnan', '', 'Hankkeen jälkeen:', '', '- Toiminnan rahoitus on epävarmaa', ''];
    const expected = { before: ['Nuoret jäävät palvelujen ulkopuolelle', 'Talkoot eivät tavoittaneet nuoria'], during: ['Koronapandemia keskeytti ryhmätoiminnan'], after: ['Toiminnan rahoitus on epävarmaa'] };
    expect(parse(pageWithNeeds(mixed)).record!.projectPage.developmentNeeds).toEqual(expected);
    expect(parse(deriveShape(pageWithNeeds(mixed), 'noblank')).record!.projectPage.developmentNeeds).toEqual(expected);
  });

  it('a short line with a paragraph below it, after the lists, still heads that paragraph: an unknown section, said (guard)', () => {
    const result = parse(pageWithNeeds([...needs, 'Muut huomiot', '', 'Hankkeen kokemuksia hyödynnetään jatkossa kylien omassa toiminnassa.', '']));
    expect(result.record!.projectPage.developmentNeeds.after).toEqual(['Toiminnan rahoitus on epävarmaa']);
    expect(said(result, 'unknown-section')).toEqual([['warning', 34]]);
  });
});

describe('fifty-first round: a row\'s explanation ending in two figures, hard-wrapped', () => {
  const explanation = ['Jätteiden lajittelua harjoitellaan kaikilla pajoilla, ja', 'sekajätteen määrä puolitetaan 2 8'];
  const table = (lines: string[]) => withTable(['VälitönVälillinen', 'Ekologinen kestävyys', 'Ilmastonmuutoksen hillintä 8 9', ...lines, 'Taloudellinen kestävyys', 'Uusiutuvien energialähteiden käyttö 6 8', 'Koulutuksessa perehdytään maalämpöön ja aurinkoenergiaan.']);

  it('stays that row\'s explanation, said as in the copy on one line (was a new row of the sentence with scores 2 and 8, said only as info)', () => {
    for (const lines of [explanation, [explanation.join(' ')]]) {
      const result = parse(table(lines));
      const rows = result.record!.horizontalPrinciples.sustainableDevelopment;
      expect(rows.map((row) => row.criterion)).toEqual(['Ilmastonmuutoksen hillintä', 'Uusiutuvien energialähteiden käyttö']);
      expect(rows[0].text?.replace(/\n/gu, ' ')).toBe(explanation.join(' '));
      expect(said(result, 'heading-variant')).toEqual([['warning', 98 + lines.length]]);
    }
  });

  it('a criterion wrapped before its scores right below a row without explanation is still one row (guard)', () => {
    const result = parse(table(['Pinta- ja pohjavedet, maaperä sekä ilma (ja', 'kasvihuonekaasujen väheneminen) 4 8']));
    expect(result.record!.horizontalPrinciples.sustainableDevelopment[1]).toMatchObject({ criterion: 'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)', direct: 4, indirect: 8 });
  });
});
