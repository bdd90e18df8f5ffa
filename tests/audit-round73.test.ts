// What the seventy-third round mended: what the seventy-second round's last review left (RVD 5, a copy saved
// without its final line break ending on furniture said cut there) and what the round's blind audits found —
// JA (2007–2013 and English copies with several copying edits), JB (the structure as writers edit it) and JC
// (project pages with several copying edits, and cut). Each case is a seed with one change, tidy or in a
// derived shape; the mends' cases fail on the round's start (0d466d6), the guards pass on both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { lineOf, rewrite, seed } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const seed2007 = seed('000_ddad63b48901b7a4');
const seedPage = seed('003_4ea2b71e336645b9');
const seed2014 = seed('004_3bb6e26593869c78');
const expected = (name: string) => JSON.parse(readFileSync(`${root}fixtures/seeds/${name}.expected.json`, 'utf8')).record;
const warnings = (result: Result) => result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.rule} ${d.line}`);
const warningsAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line) && d.severity !== 'info').map((d) => d.rule);
const cuts = (result: Result) => result.diagnostics.filter((d) => d.rule === 'text-cut-off');

describe('seventy-third round: what the seventy-second left (review RVD 5)', () => {
  it('a copy saved without its final line break that ends on furniture (a print stamp, a sign-off) reads as the same copy saved with it: no cut said (was `text-cut-off` at the furniture)', () => {
    for (const tail of ['Tulostettu 12.3.2019', 'Kiitos!\nt. Markku Mäkinen', 'EURA 2014 – Hankerekisteri  12.3.2019']) {
      const withBreak = parse(`${seed2014}\n${tail}\n`);
      const without = parse(`${seed2014}\n${tail}`);
      expect(cuts(without), tail).toEqual([]);
      expect(without.record, tail).toEqual(withBreak.record);
      expect(warnings(without), tail).toEqual(warnings(withBreak));
    }
  });

  it('a copy whose print count below its last line names a page before the last (`Sivu 2 / 3`) is said to lack the later pages, at its last line, with or without its final break (was nothing said with the break)', () => {
    for (const end of ['\n', '']) {
      const text = `${seed2014}\nSivu 2 / 3${end}`;
      const result = parse(text);
      expect(cuts(result).map((d) => [d.severity, d.line]), JSON.stringify(end)).toEqual([['warning', lineOf(text, seed2014.trimEnd().split('\n').pop()!)]]);
      expect(cuts(result)[0].message).toMatch(/^The copy ends here in section 9, on page 2 of a print of 3 pages \(its count below says so\): the pages after it are missing/u);
      // (The value of that line is not doubted: a page's foot is no cut inside it.)
      expect(result.record!.finalReportSummary).toBe(expected('004_3bb6e26593869c78').finalReportSummary);
    }
  });

  it('guard: the last page\'s count (`Sivu 3 / 3`) below the text says nothing, with or without the final break', () => {
    for (const end of ['\n', '']) expect(cuts(parse(`${seed2014}\nSivu 3 / 3${end}`))).toEqual([]);
  });
});

describe('seventy-third round, audit JA: a print\'s header with one space before its date', () => {
  const inTargetGroups = (header: string) => rewrite(seed2007, '3.3 Välilliset kohderyhmät', `Sivu 2 (3)\n${header}\n\n3.3 Välilliset kohderyhmät`);
  it('the register\'s name and a page\'s name, or the register\'s name alone, and the date after one space are a print\'s furniture (were read into the text above, unsaid)', () => {
    const want = expected('000_ddad63b48901b7a4').targetGroups.primary;
    for (const header of ['EURA 2014 – Hankerekisteri 27.11.2019', 'EURA 2007 - Projektirekisteri 27.11.2019 klo 10.12', 'EURA 2007 27.11.2019', 'Rakennerahastotietopalvelu 27.11.2019']) {
      const text = inTargetGroups(header);
      const result = parse(text);
      expect(result.record!.targetGroups.primary, header).toBe(want);
      expect(result.diagnostics.filter((d) => d.line === lineOf(text, header)).map((d) => d.rule), header).toEqual(['page-furniture']);
    }
  });

  it('guard: a schedule\'s line naming the register with other words before its date stays the text\'s', () => {
    const line = 'EURA 2014 -järjestelmän käyttökoulutus 12.3.2015';
    const text = rewrite(seed2007, '3.3 Välilliset kohderyhmät', `${line}\n\n3.3 Välilliset kohderyhmät`);
    expect(parse(text).record!.targetGroups.primary).toContain(line);
  });
});

describe('seventy-third round, audit JB: headings, numbering and additions as writers edit them', () => {
  it('a heading numbered with a comma, a stray space or a dash (`6, …`, `8,2 …`, `3 .4 …`, `6. - …`) is its section\'s heading: the seed\'s record (was read into the text above, unsaid)', () => {
    const cases: [string, string, string, string][] = [
      ['000_ddad63b48901b7a4', seed2007, '6. Tiedotus ja hyvien käytäntöjen levittäminen', '6, Tiedotus ja hyvien käytäntöjen levittäminen'],
      ['000_ddad63b48901b7a4', seed2007, '6. Tiedotus ja hyvien käytäntöjen levittäminen', '6. - Tiedotus ja hyvien käytäntöjen levittäminen'],
      ['000_ddad63b48901b7a4', seed2007, '3.4 Aloittaneiden henkilöiden määrä', '3 .4 Aloittaneiden henkilöiden määrä'],
      ['004_3bb6e26593869c78', seed2014, '8.2 Kestävä kehitys', '8,2 Kestävä kehitys'],
      ['004_3bb6e26593869c78', seed2014, '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista', '7, Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista'],
    ];
    for (const [name, text, from, to] of cases) {
      const result = parse(rewrite(text, from, to));
      expect(result.record, to).toEqual(expected(name));
      expect(result.diagnostics.filter((d) => d.line === lineOf(text, from) && d.severity !== 'info'), to).toEqual([]);
    }
  });

  it('guard: a sentence starting with figures and a comma stays the text\'s', () => {
    const line = '6, 7 ja 8 luokkien oppilaat osallistuivat tiedotustilaisuuksiin.';
    const text = rewrite(seed2007, '6.1 Tiedotussuunnitelma', `${line}\n\n6.1 Tiedotussuunnitelma`);
    const result = parse(text);
    // (Section 6 has no text of its own: the line is kept there, as it was.)
    expect(result.unmapped).toEqual([{ section: '6', label: null, value: line, line: lineOf(text, line) }]);
    expect(result.record!.communication).toEqual(expected('000_ddad63b48901b7a4').communication);
  });

  it('below an empty label, a later section\'s heading with its number and more words is said (was read as the value with an info)', () => {
    const heading = '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista ja seuranta';
    const text = rewrite(seed2014, '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista', heading);
    expect(warningsAt(text, heading)).toEqual(['value-below-label']);
  });

  it('a page\'s heading with more words, glued above its section\'s first label in a copy without blank lines, is said (was read as the text above, unsaid)', () => {
    const copy = deriveShape(rewrite(seedPage, 'Kehittymisen paikat\n', 'Kehittymisen paikat ja seuranta\n'), 'noblank');
    expect(warningsAt(copy, 'Kehittymisen paikat ja seuranta')).toEqual(['heading-variant']);
  });

  it('a part\'s heading (`Lisätietoja`) and its text after the sustainability table\'s last row are kept apart, said (were read into that row\'s explanation, unsaid)', () => {
    const text = rewrite(seed2014, '\n9 Loppuraportin tiivistelmä', '\nLisätietoja\n\nLisätietoja antaa projektipäällikkö Maija Mallikas.\n\n9 Loppuraportin tiivistelmä');
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment).toEqual(expected('004_3bb6e26593869c78').horizontalPrinciples.sustainableDevelopment);
    expect(result.unmapped.map((u) => u.value)).toEqual(['Lisätietoja', 'Lisätietoja antaa projektipäällikkö Maija Mallikas.']);
    expect(warningsAt(text, 'Lisätietoja')).toEqual(['unmapped-text']);
  });

  it('guard: a row\'s explanation of two paragraphs keeps both', () => {
    const row = 'Ympäristöosaaminen 4 8';
    const at = seed2014.indexOf('\n', seed2014.indexOf(row) + row.length + 1);
    const text = `${seed2014.slice(0, at)}\n\nToinen kappale selittää lisää.${seed2014.slice(at)}`;
    expect(parse(text).record!.horizontalPrinciples.sustainableDevelopment.at(-1)!.text).toMatch(/\.\nToinen kappale selittää lisää\.$/u);
  });

  it('another list\'s label led by a number among a page\'s needs list\'s items is said (was an item, unsaid)', () => {
    const text = rewrite(seedPage, 'Hankkeen aikana:', '11. Hankkeen aikana:');
    expect(warningsAt(text, '11. Hankkeen aikana:')).toEqual(['ambiguous-label']);
  });

  it('a note glued below a page section\'s placeholder in a copy without blank lines is said (the placeholder was read as text, unsaid)', () => {
    const copy = deriveShape(rewrite(seedPage, 'Ratkaisun kuvaus\n\nKesken.\n', 'Ratkaisun kuvaus\n\nKesken.\n[täydennetty 3.4.2016]\n'), 'noblank');
    const result = parse(copy);
    expect(result.record!.projectPage!.solution).toBe('Kesken.\n[täydennetty 3.4.2016]');
    expect(result.diagnostics.filter((d) => d.rule === 'placeholder-text' && d.severity === 'warning').map((d) => d.line)).toEqual([lineOf(copy, 'Kesken.')]);
  });
});

describe('seventy-third round, audit JC: project pages cut', () => {
  const cutAt = (text: string, end: string) => text.slice(0, text.indexOf(end) + end.length);
  it('a page cut right after a phone\'s abbreviation (`puh.`, `tel.`) is said cut (was read as whole)', () => {
    for (const word of ['puh.', 'tel.']) {
      const text = cutAt(rewrite(seedPage, 'rahoittajaan päin.', `rahoittajaan päin. Yhteyshenkilö Anna Mäkinen, ${word}`), word);
      expect(cuts(parse(text)).map((d) => [d.severity, d.line]), word).toEqual([['warning', lineOf(text, text.split('\n').pop()!)]]);
    }
  });

  it('a page cut inside a role\'s name at a word a page\'s menu has (`Projektit` of `Projektitiimi`) is said cut (was page furniture only)', () => {
    const text = seedPage.slice(0, seedPage.lastIndexOf('\nProjektitiimi') + '\nProjektit'.length);
    expect(cuts(parse(text)).map((d) => [d.severity, d.line])).toEqual([['warning', lineOf(text, 'Projektit')]]);
  });

  it('a page ending after a section\'s whole text, the later sections absent, is said to end there (was read as whole)', () => {
    const text = `${seedPage.slice(0, seedPage.indexOf('Ratkaisun kuvaus\n'))}`;
    const said = cuts(parse(text));
    expect(said.map((d) => d.severity)).toEqual(['warning']);
    expect(said[0].message).toMatch(/^The copy ends here in section "Tulokset", with none of the layout's later sections after its text/u);
  });

  it('a needs list cut at the start of the next list\'s label: that line is no item, kept apart, said, and the label above is not said cut (was an item)', () => {
    const text = cutAt(seedPage, 'Ennen hanketta:\n\n-Työttömille').replace('-Työttömille', 'Hankkeen');
    const result = parse(text);
    expect(result.record!.projectPage!.developmentNeeds.before).toEqual([]);
    expect(warningsAt(text, 'Hankkeen')).toEqual(['unmapped-text', 'text-cut-off']);
    expect(warningsAt(text, 'Ennen hanketta:')).toEqual([]);
  });

  it('a role\'s text of a sentence and a contact on one line is not said to be only a contact (was `ambiguous-role`)', () => {
    const team = 'Projektipäällikkö hoitaa hallinnolliset tehtävät, toimii projektihenkilöstön esimiehenä, johtaa ohjausryhmän ja käytännön työtä koordinoivan työryhmän työskentelyä ja toimii yhteyshenkilönä rahoittajaan päin.';
    const text = rewrite(seedPage, team, 'Projektityöntekijä vastaa hankkeen hallinnosta. Yhteyshenkilönä toimii Leena Järvinen, puh. 045 2766168, leena.jarvinen(at)rantasalmi.fi.');
    expect(warningsAt(text, 'Projektitiimi')).toEqual([]);
  });

  it('guard: a role\'s text that is only a contact is still said', () => {
    const team = 'Projektipäällikkö hoitaa hallinnolliset tehtävät, toimii projektihenkilöstön esimiehenä, johtaa ohjausryhmän ja käytännön työtä koordinoivan työryhmän työskentelyä ja toimii yhteyshenkilönä rahoittajaan päin.';
    const text = rewrite(seedPage, team, 'Leena Järvinen, projektipäällikkö, puh. 045 2766168, leena.jarvinen(at)rantasalmi.fi');
    expect(warningsAt(text, 'Projektitiimi')).toEqual(['ambiguous-role']);
  });
});

describe('seventy-third round: the reviews\' findings in the first mends (RVA, RVB), mended and guarded', () => {
  const cutInAuthority = seed2014.slice(0, seed2014.indexOf('Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja') + 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja'.length);
  it('a copy cut inside a value above a print stamp is said cut at the value, with or without the final break (RVA: the stamp had hidden it; with the break, before the round too)', () => {
    for (const end of ['\n', '']) {
      const text = `${cutInAuthority}\nTulostettu 12.3.2019${end}`;
      const result = parse(text);
      expect(cuts(result).map((d) => [d.severity, d.line]), JSON.stringify(end)).toEqual([['error', lineOf(text, 'Tulostettu 12.3.2019') - 1]]);
      expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off').map((d) => d.path), JSON.stringify(end)).toEqual(['/project/managingAuthority']);
    }
  });

  it('guard: a whole page ending on its menu\'s `Projektit` below its roles, the role `Projektitiimi` among them, is not said cut (RVA)', () => {
    expect(cuts(parse(`${seedPage.trimEnd()}\n\nProjektit`))).toEqual([]);
  });

  it('a copy cut after a capitalised phone abbreviation after a comma (`…, Puh.`) is said cut (RVA)', () => {
    const cut = `${seed2014.trimEnd()}\nLisätietoja antaa Anna Mäkinen, Puh.`;
    expect(cuts(parse(cut)).map((d) => d.line)).toEqual([lineOf(cut, 'Lisätietoja antaa Anna Mäkinen, Puh.')]);
  });

  it('a print header with one space before its date and before its page count is furniture (RVA)', () => {
    const header = 'Rakennerahastot 12.3.2019 2 (3)';
    const text = rewrite(seed2007, '3.3 Välilliset kohderyhmät', `${header}\n\n3.3 Välilliset kohderyhmät`);
    expect(parse(text).record!.targetGroups.primary).toBe(expected('000_ddad63b48901b7a4').targetGroups.primary);
  });

  it('guard: a list below the last row\'s explanation ending with a colon stays that explanation\'s (RVB)', () => {
    const text = rewrite(seed2014, 'kokonaisvaltainen näkemys ympäristöosaamisesta.\n', 'kokonaisvaltainen näkemys ympäristöosaamisesta. Hankkeessa harjoitellaan muun muassa:\n\nJätteiden lajittelu\n\nEnergiansäästö arjessa\n');
    expect(parse(text).record!.horizontalPrinciples.sustainableDevelopment.at(-1)!.text).toMatch(/muun muassa:\nJätteiden lajittelu\nEnergiansäästö arjessa$/u);
  });

  it('guard: a sentence wrapped before its last word `kesken.` is no placeholder (RVB)', () => {
    const text = rewrite(seedPage, 'Kesken.\n\nHyvät käytännöt', 'Materiaalin tuottaminen on\nkesken.\n\nHyvät käytännöt');
    expect(parse(text).diagnostics.filter((d) => d.rule === 'placeholder-text' && d.severity === 'warning')).toEqual([]);
  });

  it('guard: a role\'s text that is a contact after an organisation\'s name with its dot is still said to be only a contact (RVB)', () => {
    const team = 'Projektipäällikkö hoitaa hallinnolliset tehtävät, toimii projektihenkilöstön esimiehenä, johtaa ohjausryhmän ja käytännön työtä koordinoivan työryhmän työskentelyä ja toimii yhteyshenkilönä rahoittajaan päin.';
    const text = rewrite(seedPage, team, 'Leena Järvinen, projektipäällikkö, Koillis-Suomen Aikuiskoulutus. Puh. 045 2766168, leena.jarvinen(at)ksak.fi');
    expect(warningsAt(text, 'Projektitiimi')).toEqual(['ambiguous-role']);
  });

  it('a heading numbered `3, 4` (a comma and a space) is read; a later heading below an empty label without its number, or with its colon above a page\'s first label, is said (RVB)', () => {
    expect(parse(rewrite(seed2007, '3.4 Aloittaneiden henkilöiden määrä', '3, 4 Aloittaneiden henkilöiden määrä')).record).toEqual(expected('000_ddad63b48901b7a4'));
    const unnumbered = 'Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista ja seuranta';
    expect(warningsAt(rewrite(seed2014, '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista', unnumbered), unnumbered)).toEqual(['value-below-label']);
    const copy = deriveShape(rewrite(seedPage, 'Kehittymisen paikat\n', 'Kehittymisen paikat ja seuranta:\n'), 'noblank');
    expect(warningsAt(copy, 'Kehittymisen paikat ja seuranta:')).toEqual(['heading-variant']);
  });

  it('guard: a value below its label that reads as the heading of a section the copy has is not said (RVB)', () => {
    const line = '4 Hankkeen kohderyhmät tutuksi';
    const text = rewrite(seed2014, 'Hankkeen nimi: Välittävät verkostot', `Hankkeen nimi:\n${line}`);
    expect(parse(text).record!.project.name).toBe(line);
    expect(warningsAt(text, line)).not.toContain('value-below-label');
  });
});

describe('seventy-third round: the third review\'s findings (RVC), mended and guarded', () => {
  it('a copy cut inside a sentence above a print stamp, saved without its final break, is said cut at that sentence (RVC: the fixes had read it as whole)', () => {
    const text = `${seed2014.trimEnd()} Hankkeen tuloksia esiteltiin myös alueen\nTulostettu 12.3.2019`;
    expect(cuts(parse(text)).map((d) => [d.severity, d.line])).toEqual([['warning', lineOf(text, 'Tulostettu 12.3.2019') - 1]]);
  });

  it('a value that cannot end where a count of a page before the last follows is said cut, saved with its break (RVC: nothing was said)', () => {
    const at = seed2007.indexOf('Vastuuviranomainen: Hämeen elinkeino-, liikenne- ja') + 'Vastuuviranomainen: Hämeen elinkeino-, liikenne- ja'.length;
    const text = `${seed2007.slice(0, at)}\nSivu 2 / 3\n`;
    const result = parse(text);
    expect(cuts(result).map((d) => d.line)).toEqual([lineOf(text, 'Sivu 2 / 3') - 1]);
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off').map((d) => d.path)).toEqual(['/project/managingAuthority']);
  });

  it('a copy cut after a lower-case abbreviation after a comma (`…, esim.`) is said cut; a whole sentence ending on weekdays after commas (`Ti, To, Ma.`) is not (RVC)', () => {
    const cut = `${seed2014.trimEnd()}\nHankkeessa kokeiltiin uusia malleja, esim.\n`;
    expect(cuts(parse(cut)).map((d) => d.line)).toEqual([lineOf(cut, 'Hankkeessa kokeiltiin uusia malleja, esim.')]);
    expect(cuts(parse(`${seed2014.trimEnd()}\nRyhmät kokoontuivat viikoittain Ti, To, Ma.\n`))).toEqual([]);
  });

  it('guard: a lower-case `kesken.` standing as a paragraph of its own beside other text is still said (RVC)', () => {
    const text = rewrite(seed2007, '3.3 Välilliset kohderyhmät', 'kesken.\n\n3.3 Välilliset kohderyhmät');
    expect(warningsAt(text, 'kesken.')).toEqual(['placeholder-text']);
  });

  it('a role\'s text of a sentence, one word and a contact is not only a contact (RVC)', () => {
    const team = 'Projektipäällikkö hoitaa hallinnolliset tehtävät, toimii projektihenkilöstön esimiehenä, johtaa ohjausryhmän ja käytännön työtä koordinoivan työryhmän työskentelyä ja toimii yhteyshenkilönä rahoittajaan päin.';
    const text = rewrite(seedPage, team, 'Projektityöntekijä vastaa hankkeen hallinnosta ja raportoinnista. Yhteystiedot 045 2766168, leena@ksak.fi');
    expect(warningsAt(text, 'Projektitiimi')).toEqual([]);
  });

  it('a part\'s heading after the table\'s last row with a name below it, no sentence, is kept apart too (RVC)', () => {
    const text = rewrite(seed2014, '\n9 Loppuraportin tiivistelmä', '\nLisätietoja\n\nMaija Mallikas\n\n9 Loppuraportin tiivistelmä');
    expect(parse(text).unmapped.map((u) => u.value)).toEqual(['Lisätietoja', 'Maija Mallikas']);
  });

  it('guard: in a copy cut before its later sections, a project\'s name below its label that starts like a later heading of two words is not said (RVC)', () => {
    const line = 'Kestävä kehitys Koillismaalla';
    const whole = rewrite(seed2014, 'Hankkeen nimi: Välittävät verkostot', `Hankkeen nimi:\n${line}`);
    const text = whole.slice(0, whole.indexOf('4 Hankkeen kohderyhmät'));
    expect(warningsAt(text, line)).not.toContain('value-below-label');
  });
});

describe('seventy-third round: the fourth review\'s findings (RVD), mended and guarded', () => {
  it('a copy ending on a sustainability row with a print stamp below it, saved with its break, is said to stop on that row, as without the stamp (RVD)', () => {
    const row = 'Ympäristöosaaminen 4 8';
    const text = `${seed2014.slice(0, seed2014.indexOf(row) + row.length)}\nTulostettu 12.3.2019\n`;
    expect(cuts(parse(text)).map((d) => [d.severity, d.line])).toEqual(cuts(parse(`${seed2014.slice(0, seed2014.indexOf(row) + row.length)}\n`)).map((d) => [d.severity, d.line]));
    expect(cuts(parse(text))).toHaveLength(1);
  });

  it('guard: two short lines below the last row\'s explanation, no sentence below them, stay that explanation\'s (RVD)', () => {
    const text = rewrite(seed2014, 'kokonaisvaltainen näkemys ympäristöosaamisesta.\n', 'kokonaisvaltainen näkemys ympäristöosaamisesta.\n\nKierrätys ja lajittelu\n\nEnergiansäästö arjessa\n');
    expect(parse(text).record!.horizontalPrinciples.sustainableDevelopment.at(-1)!.text).toMatch(/\nKierrätys ja lajittelu\nEnergiansäästö arjessa$/u);
  });
});
