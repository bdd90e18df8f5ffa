// What the seventy-fourth round mended: what the seventy-third round's reviews left (RVB 8) and what the
// round's blind audits found — KA (the lists and tables of sections 4–8 under copying edits), KB (sections
// 1–2 at full variety under copying edits) and KC (copies cut at every place). Each case is a seed with one
// change, tidy or in a derived shape; the mends' cases fail on the round's start (40d7540), the guards pass
// on both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type Result } from '../src/index.js';
import { readFixture, root } from './helpers/fixtures.js';
import { lineOf, rewrite, seed } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const seed2007 = seed('000_ddad63b48901b7a4');
const seedPage = seed('003_4ea2b71e336645b9');
const seed2014 = seed('004_3bb6e26593869c78');
const expected = (name: string) => JSON.parse(readFileSync(`${root}fixtures/seeds/${name}.expected.json`, 'utf8')).record;
const cuts = (result: Result) => result.diagnostics.filter((d) => d.rule === 'text-cut-off');
const warningsAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line) && d.severity !== 'info').map((d) => d.rule);

describe('seventy-fourth round: what the seventy-third left (review RVB 8)', () => {
  it('another list\'s label led by a number, with a note in brackets before its colon, among a page\'s needs list\'s items is said (was an item, unsaid)', () => {
    const label = '1. Hankkeen aikana (2017–2019):';
    expect(warningsAt(rewrite(seedPage, 'Hankkeen aikana:', label), label)).toEqual(['ambiguous-label']);
  });

  it('guard: the label led by `2)` with a note in brackets is read as the label, its items its list', () => {
    const result = parse(rewrite(seedPage, 'Hankkeen aikana:', '2) Hankkeen aikana (syksyllä):'));
    expect(result.record!.projectPage.developmentNeeds.during).toHaveLength(3);
    expect(result.record!.projectPage.developmentNeeds.during[0]).toMatch(/^Kohderyhmän henkilöiden motivointi/u);
  });

  it('a thanks with its exclamation mark over a first name alone at the copy\'s end (`Kiitos!` / `Maija`) is a mail\'s sign-off, no part of the final report; a cut line above it is said (RVC 3: both were read into the text, the cut unsaid)', () => {
    const whole = parse(`${seed2007.trimEnd()}\n\nKiitos!\nMaija\n`);
    expect(whole.record!.finalReportSummary).toBe(expected('000_ddad63b48901b7a4').finalReportSummary);
    expect(cuts(whole)).toEqual([]);
    const cutText = `${seed2007.trimEnd()}\nHankkeen toteutukseen osallistuivat elinkeino-, liikenne- ja\n\nKiitos!\nMaija\n`;
    expect(cuts(parse(cutText)).map((d) => d.line)).toEqual([lineOf(cutText, 'Hankkeen toteutukseen osallistuivat elinkeino-, liikenne- ja')]);
  });

  it('guard: `Kiitos!` alone at the end of a final report stays its text', () => {
    expect(parse(`${seed2007.trimEnd()}\n\nKiitos!\n`).record!.finalReportSummary).toMatch(/\n\nKiitos!$/u);
  });
});

describe('seventy-fourth round, audit KA: the sustainability table drawn with bars, its rows of three cells hard-wrapped', () => {
  // The 2014–2020 seed's table as a converted copy draws it: `| criterion | 6 | 9 |`, the explanation on the line below.
  const drawn = seed2014.replace('VälitönVälillinen', '| Kriteeri | Välitön | Välillinen |').replace(/^(\p{Lu}[^\n]*?) (\d{1,2}) (\d{1,2})$/gmu, '| $1 | $2 | $3 |');
  const rows = () => expected('004_3bb6e26593869c78').horizontalPrinciples.sustainableDevelopment;
  it('guard: the table drawn so, unwrapped, is the seed\'s', () => {
    expect(drawn).toContain('| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 | 8 |');
    expect(parse(drawn).record!.horizontalPrinciples.sustainableDevelopment).toEqual(rows());
  });
  it('a row wrapped inside its criterion, before its closing bar, after its criterion\'s cell, or between its scores with the border written twice, is that row (was read into the explanation above, its bar kept in the criterion or the explanation, unsaid)', () => {
    for (const wrapped of [
      '| Kasvillisuus, eliöt ja luonnon\nmonimuotoisuus | 4 | 8 |',
      '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 | 8\n|',
      '| Kasvillisuus, eliöt ja luonnon monimuotoisuus\n| 4 | 8 |',
      '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 |\n| 8 |',
    ]) {
      const result = parse(rewrite(drawn, '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 | 8 |', wrapped));
      expect(result.record!.horizontalPrinciples.sustainableDevelopment, wrapped).toEqual(rows());
      expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule), wrapped).toEqual([]);
    }
  });
});

describe('seventy-fourth round, audit KA: a print\'s running header below an empty label', () => {
  it('a running header led by the project\'s own code after a form feed, below an empty address label with no value below it, is no street (was read as the street)', () => {
    for (const header of ['\fS20078 Välittävät verkostot', '\fS20078 Välittävät verkostot 4']) {
      const text = rewrite(seed2014, 'Jakeluosoite:\n\nPostinumero:', `Jakeluosoite:\n${header}\n\nPostinumero:`);
      const result = parse(text);
      expect(result.record!.targetArea.implementationAddress, header).toEqual({ street: null, postalCode: null, city: null });
      expect(result.diagnostics.filter((d) => d.severity === 'warning' && d.line === lineOf(text, 'Jakeluosoite:') + 1).length, header).toBeGreaterThan(0);
    }
  });
});

describe('seventy-fourth round, audit KB: sections 1–2 in hard-wrapped and printed copies', () => {
  const applicants = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija';
  // The 2014–2020 seed hard-wrapped at 60 columns, with a co-implementer block whose lines stand as given.
  const wrappedWithBlock = (...entries: string[]) => {
    const wrapped = deriveShape(rewrite(seed2014, applicants, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nENTRIES'), 'wrap60');
    return rewrite(wrapped, 'ENTRIES', entries.join('\n'));
  };
  const entries = (text: string) => parse(text).record!.organisation.coImplementers.map((entry) => [entry.name, entry.businessId]);

  it('a remark with figures after an entry\'s Y-tunnus on a line as long as the wrap stays that entry\'s (was the next entry\'s name, unsaid)', () => {
    const text = wrappedWithBlock('Metsälän kunta, 0509322-6', 'Lehtolan evankelis-luterilainen seurakunta, 2598829-7, osuus 16 %', 'Järvikylän ammattikorkeakoulu Oy, 2393625-8');
    expect(entries(text)).toEqual([['Metsälän kunta', '0509322-6'], ['Lehtolan evankelis-luterilainen seurakunta', '2598829-7'], ['Järvikylän ammattikorkeakoulu Oy', '2393625-8']]);
  });

  it('a long entry without a Y-tunnus whose name ends as an organisation\'s, above a whole entry in capitals, is an entry of its own, said; whose name may go on, joined and said (was joined, unsaid)', () => {
    const own = wrappedWithBlock('Kalliolan työvoiman palvelukeskus, sosiaali- ja', 'terveyspalvelujen kuntayhtymä', 'Järvikylän kunta, 1912406-2');
    expect(entries(own)).toEqual([['Kalliolan työvoiman palvelukeskus, sosiaali- ja terveyspalvelujen kuntayhtymä', null], ['Järvikylän kunta', '1912406-2']]);
    expect(warningsAt(own, 'Kalliolan työvoiman palvelukeskus, sosiaali- ja')).toEqual(['missing-business-id']);
    // (`… täydennyskoulutus` may as well be a name going on: one entry, as before, said since review RVB.)
    const joined = wrappedWithBlock('Kalliolan yliopisto, Avoin yliopisto, täydennyskoulutus', 'Järvikylän kunta, 1912406-2');
    expect(entries(joined)).toEqual([['Kalliolan yliopisto, Avoin yliopisto, täydennyskoulutus Järvikylän kunta', '1912406-2']]);
    expect(warningsAt(joined, 'Kalliolan yliopisto, Avoin yliopisto, täydennyskoulutus')).toEqual(['normalised-value']);
  });

  it('guard: a name wrapped after a genitive goes on with the line below (`… Oulun` / `Yliopistollinen sairaala, …`)', () => {
    const text = wrappedWithBlock('Pohjois-Pohjanmaan sairaanhoitopiirin kuntayhtymä, Oulun', 'Yliopistollinen sairaala, 1912406-2');
    expect(entries(text)).toEqual([['Pohjois-Pohjanmaan sairaanhoitopiirin kuntayhtymä, Oulun Yliopistollinen sairaala', '1912406-2']]);
  });

  it('a print\'s header of the page\'s title, its site and the print\'s date and time inside the block is furniture (was glued to the next entry\'s name)', () => {
    const text = wrappedWithBlock('Metsälän kunta, 0509322-6', 'Lehtolan Yrittäjät ry, 2598829-7', '1', 'ESR-hankkeen kuvaus – Rakennerahastot   7.12.2026 14.32', 'Järvikylän ammattikorkeakoulu Oy, 2393625-8');
    expect(entries(text)).toEqual([['Metsälän kunta', '0509322-6'], ['Lehtolan Yrittäjät ry', '2598829-7'], ['Järvikylän ammattikorkeakoulu Oy', '2393625-8']]);
    expect(parse(text).diagnostics.filter((d) => d.line === lineOf(text, 'ESR-hankkeen kuvaus – Rakennerahastot   7.12.2026 14.32')).map((d) => d.rule)).toEqual(['page-furniture']);
  });

  it('a label broken over two lines in a copy whose print header has a column\'s gap is the whole label (was `Hankkeen` / `nimi:`, the word between dropped)', () => {
    const text = rewrite(seed2014, 'Hankkeen yhteyshenkilön nimi: Multas Anne\n', 'Hankkeen yhteyshenkilön\nnimi: Multas Anne\n\n1\nESR-hankkeen kuvaus – Rakennerahastot   7.12.2026 14.32\n');
    expect(parse(text).record!.contact.name).toBe('Multas Anne');
    expect(warningsAt(text, 'Hankkeen yhteyshenkilön')).toEqual([]);
  });

  it('a list of municipalities written one name a line goes on past a blank line or a page\'s break (the names after it were the section\'s text, unsaid)', () => {
    for (const between of ['', 'Sivu 3 / 7\n\nhttps://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S21913\n']) for (const marker of ['', '- ']) {
      const text = rewrite(seed2014, 'Kunnat: Kuusamo\n', `Kunnat:\n${marker}Kuusamo\n${marker}Taivalkoski\n\n${between}${marker}Posio\n${marker}Salla\n`);
      const area = parse(text).record!.targetArea;
      expect([area.municipalities, area.municipalityCodes], JSON.stringify([between, marker])).toEqual([['Kuusamo', 'Taivalkoski', 'Posio', 'Salla'], ['305', '832', '614', '732']]);
    }
  });
});

describe('seventy-fourth round, audit KC: copies cut at every place', () => {
  const upTo = (text: string, line: string) => text.slice(0, text.indexOf(line) + line.length);
  const cutsOf = (text: string) => cuts(parse(text)).map((d) => [d.line, d.message.replace(/:.*$/su, '')]);

  it('a copy ending on the layout\'s last heading, nothing under it, is said to end there where the project has ended or on a page (was nothing said)', () => {
    for (const end of ['', '\n']) {
      const numbered = `${upTo(seed2007, '9. Loppuraportin tiivistelmä')}${end}`;
      expect(cutsOf(numbered), JSON.stringify(end)).toEqual([[143, "The copy ends here in section 9, on the heading of the layout's last section, with nothing under it"]]);
      const page = `${upTo(seedPage, 'Eri tahojen merkitys')}${end}`;
      expect(cutsOf(page), JSON.stringify(end)).toEqual([[109, 'The copy ends here in section "Eri tahojen merkitys", on the heading of the layout\'s last section, with nothing under it']]);
    }
  });

  it('guard: where the project goes on, the last heading with nothing under it is a final report not written yet: nothing said', () => {
    expect(cutsOf(`${upTo(seed2007, '9. Loppuraportin tiivistelmä').replace('Toiminta päättynyt', 'Toiminta käynnissä')}\n`)).toEqual([]);
  });

  it('a copy of an ended project ending on an empty label of 8.1, saved with its line break, is said to end there (was nothing said; without the break it was)', () => {
    const text = `${upTo(seed2007, 'Kumppanuus: Kumppanuutta selvästi edistävä projekti')}\n\nInnovatiivisuus:\n`;
    expect(cutsOf(text).map(([line]) => line)).toEqual([141]);
  });

  it('a flattened copy that goes past the summary and ends inside section 7 or 8.1 is said to end there, as with headings (was nothing said)', () => {
    const flat = deriveShape(seed2007, 'flat');
    for (const last of ['Tasa-arvo: Sukupuolineutraali projekti', 'Myönnetty EU- ja valtion rahoitus: 592 722']) {
      expect(flat, last).toContain(last);
      const text = `${upTo(flat, last)}\n`;
      expect(cutsOf(text).map(([line]) => line), last).toEqual([lineOf(text, last)]);
    }
  });

  it('guard: a flattened technical-assistance copy of 2007–2013 ending on its funding\'s last amount is whole', () => {
    expect(cuts(parse(deriveShape(readFixture('fixtures/shapes/renumbered/technical-assistance-2007-2013.txt').toString('utf8'), 'flat')))).toEqual([]);
  });

  it('a value the register writes, whole, hard-wrapped over the copy\'s last two lines, saved without its line break, is not said cut (was `value-cut-off` and `text-cut-off`)', () => {
    const running = seed2007.replace('Toiminta päättynyt', 'Toiminta käynnissä');
    const text = upTo(running, 'Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena').replace('innovatiivisuutta projektin tavoitteena', 'innovatiivisuutta projektin\ntavoitteena');
    const result = parse(text);
    expect(result.record!.classification.innovativeness).toBe('Ei erityistä innovatiivisuutta projektin tavoitteena');
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual([]);
  });
});

describe('seventy-fourth round: the second review\'s findings (RVB), mended and guarded', () => {
  const applicants = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija';
  const wrappedWithBlock = (...entries: string[]) => rewrite(deriveShape(rewrite(seed2014, applicants, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nENTRIES'), 'wrap60'), 'ENTRIES', entries.join('\n'));
  const drawn = seed2014.replace('VälitönVälillinen', '| Kriteeri | Välitön | Välillinen |').replace(/^(\p{Lu}[^\n]*?) (\d{1,2}) (\d{1,2})$/gmu, '| $1 | $2 | $3 |');

  it('a long name wrapped before a capital, its end a whole entry\'s shape (`… ODL Liikuntaklinikka` / `Terveys Oy, 1912406-2`), stays one entry, now said (the first mend had split it; before the round, unsaid)', () => {
    const text = wrappedWithBlock('Oulun Diakonissalaitoksen säätiö sr, ODL Liikuntaklinikka', 'Terveys Oy, 1912406-2');
    expect(parse(text).record!.organisation.coImplementers).toEqual([{ name: 'Oulun Diakonissalaitoksen säätiö sr, ODL Liikuntaklinikka Terveys Oy', businessId: '1912406-2' }]);
    expect(warningsAt(text, 'Oulun Diakonissalaitoksen säätiö sr, ODL Liikuntaklinikka')).toEqual(['normalised-value']);
  });

  it('a remark with a euro sign or a bracket after an entry\'s Y-tunnus stays its entry\'s (RVB: the next entry\'s name, unsaid)', () => {
    for (const remark of ['budjetti 12 000 €', 'osuus 16 % (2018)']) {
      const text = wrappedWithBlock('Metsälän kunta, 0509322-6', `Lehtolan evankelis-luterilainen seurakunta, 2598829-7, ${remark}`, 'Järvikylän ammattikorkeakoulu Oy, 2393625-8');
      expect(parse(text).record!.organisation.coImplementers.map((entry) => entry.name), remark).toEqual(['Metsälän kunta', 'Lehtolan evankelis-luterilainen seurakunta', 'Järvikylän ammattikorkeakoulu Oy']);
    }
  });

  it('guard: a three-cell row without its closing bar, in a table of such rows, is still read (RVB: the first mend kept it apart)', () => {
    const result = parse(rewrite(drawn, '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 | 8 |', '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 | 8'));
    expect(result.record!.horizontalPrinciples.sustainableDevelopment).toEqual(expected('004_3bb6e26593869c78').horizontalPrinciples.sustainableDevelopment);
  });

  it('guard: the project\'s name written with its code below its empty label is its name, not a running header (RVB)', () => {
    const text = rewrite(seed2014, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi:\nS20078 Välittävät verkostot');
    expect(parse(text).record!.project.name).toBe('S20078 Välittävät verkostot');
  });

  it('another list\'s label led by a number with a space before its colon is said too (RVB)', () => {
    const label = '1. Hankkeen aikana (2017–2019) :';
    expect(warningsAt(rewrite(seedPage, 'Hankkeen aikana:', label), label)).toEqual(['ambiguous-label']);
  });
});

describe('seventy-fourth round: the first review\'s findings (RVA), mended', () => {
  const running = seed2007.replace('Toiminta päättynyt', 'Toiminta käynnissä');
  const upTo = (text: string, line: string) => text.slice(0, text.indexOf(line) + line.length);
  const kestava = 'Kestävä kehitys: Projektilla ei ole erityistä vaikutusta kestävän kehityksen kannalta';
  const cutLines = (text: string) => cuts(parse(text)).map((d) => d.line);

  it('a set value cut short and hard-wrapped over the last lines of a running project\'s copy is said, as on one line (was nothing said)', () => {
    const text = `${upTo(running, kestava).replace(' kestävän kehityksen kannalta', '\nkestävän kehityksen')}\n`;
    expect(cutLines(text)).toEqual([138]);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'value-cut-off').map((d) => d.line)).toEqual([137]);
  });

  it('a whole set value hard-wrapped above a page\'s furniture at the end is judged at its label, as on one line (was nothing said)', () => {
    const wrapped = `${upTo(running, kestava).replace(' kestävän kehityksen kannalta', '\nkestävän kehityksen kannalta')}\n\nSivun alkuun\n`;
    const oneLine = `${upTo(running, kestava)}\n\nSivun alkuun\n`;
    expect(cutLines(oneLine)).toEqual([137]);
    expect(cutLines(wrapped)).toEqual([138]);
  });

  it('in a copy without blank lines, a set value\'s hard-wrapped end is the value\'s, not the final report\'s first line (was the report, the value cut short)', () => {
    const noblank = deriveShape(upTo(running, kestava), 'noblank').replace(' kestävän kehityksen kannalta', '\nkestävän kehityksen kannalta');
    const result = parse(`${noblank}\n`);
    expect(result.record!.classification.sustainableDevelopment).toBe('Projektilla ei ole erityistä vaikutusta kestävän kehityksen kannalta');
    expect(result.record!.finalReportSummary).toBeNull();
  });

  it('a capitalised word alone below `Kiitos!` at the end, which may be no name, is kept in unmapped and said (was dropped with an info)', () => {
    const text = `${seed2007.trimEnd()}\n\nKiitos!\nYhteenveto\n`;
    expect(warningsAt(text, 'Yhteenveto')).toEqual(['unmapped-text']);
    expect(parse(text).unmapped.map((entry) => entry.value)).toEqual(['Kiitos!', 'Yhteenveto']);
  });
});

describe('seventy-fourth round: the third review\'s findings (RVC), mended and guarded', () => {
  const running = seed2007.replace('Toiminta käynnissä', 'Toiminta käynnissä').replace('Toiminta päättynyt', 'Toiminta käynnissä');
  const upTo = (text: string, line: string) => text.slice(0, text.indexOf(line) + line.length);
  const applicants = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija';
  const wrappedWithBlock = (...entries: string[]) => rewrite(deriveShape(rewrite(seed2014, applicants, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nENTRIES'), 'wrap60'), 'ENTRIES', entries.join('\n'));
  const drawn = seed2014.replace('VälitönVälillinen', '| Kriteeri | Välitön | Välillinen |').replace(/^(\p{Lu}[^\n]*?) (\d{1,2}) (\d{1,2})$/gmu, '| $1 | $2 | $3 |');

  it('a set value cut after a whole word and hard-wrapped at a running project\'s end is said, as on one line (was nothing said)', () => {
    const text = `${upTo(running, 'Kumppanuus: Kumppanuutta selvästi edistävä projekti').replace('Kumppanuutta selvästi edistävä projekti', 'Kumppanuutta\nselvästi edistävä')}\n`;
    expect(cuts(parse(text)).map((d) => d.line)).toEqual([lineOf(text, 'selvästi edistävä')]);
  });

  it('a long name wrapped after a compound of an organisation\'s word (`… Diakoniakeskus`) stays one entry, now said (RVC: the first mends split it)', () => {
    const text = wrappedWithBlock('Järvikylän seurakuntayhtymä, Perheasiain Diakoniakeskus', 'Aikuistyö Perheneuvonta Palvelut, 1912406-2');
    expect(parse(text).record!.organisation.coImplementers).toEqual([{ name: 'Järvikylän seurakuntayhtymä, Perheasiain Diakoniakeskus Aikuistyö Perheneuvonta Palvelut', businessId: '1912406-2' }]);
    expect(warningsAt(text, 'Järvikylän seurakuntayhtymä, Perheasiain Diakoniakeskus')).toEqual(['normalised-value']);
  });

  it('guard: a closed three-cell bar row with one score keeps its row and its explanation, said (the first mends joined it to an explanation ending with a bar)', () => {
    const text = rewrite(drawn, '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 | 8 |\nHankkeen toimenpiteissä huomioidaan kasvillisuus, eliöt ja luonnon monimuotoisuus esimerkiksi asiakkaiden kanssa luonnossa liikuttaessa kerrotaan', '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 |\nHankkeen toimenpiteissä huomioidaan kasvillisuus, eliöt ja luonnon monimuotoisuus esimerkiksi asiakkaiden kanssa luonnossa liikuttaessa kerrotaan');
    const withBar = text.replace(/(\| Kasvillisuus, eliöt ja luonnon monimuotoisuus \| 4 \|\n[^\n]*)/u, '$1 |');
    const rows = parse(withBar).record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows).toHaveLength(expected('004_3bb6e26593869c78').horizontalPrinciples.sustainableDevelopment.length);
    expect(rows[2]).toMatchObject({ criterion: 'Kasvillisuus, eliöt ja luonnon monimuotoisuus', direct: null, indirect: null });
    expect(warningsAt(withBar, '| Kasvillisuus, eliöt ja luonnon monimuotoisuus | 4 |')).toEqual(['missing-score']);
  });
});
