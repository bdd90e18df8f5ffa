// What the thirty-fourth round found: each reproduced on a small invented text, read right now or
// said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { lineOf, seed, strongCuts } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

/** Seed 004 ends in its final report; what is appended below it is this test's. */
const seed004 = seed('004_3bb6e26593869c78');
const finalReport = parse(seed004).record!.finalReportSummary;
const code = parse(seed004).record!.project.code!;
const rulesAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);

describe('audit round 34: a report appended below the description after an attachment\'s mark', () => {
  it.each([
    ['the mark and the title on one line, with the code', `Liite: Loppuraportti ${code}\n\nYhteenveto\n\nHanke toteutettiin suunnitelman mukaisesti.`],
    ['the mark and the title on one line, a field below', 'Liite 2: Väliraportti\n\nVÄLIRAPORTTI 2/2020\n\nRaportointijakso: 1.1.–30.6.2020\n\nHanke eteni.'],
    ['the mark alone above the coded title', `LIITE 1\n\nLoppuraportti ${code}\n\nYhteenveto\n\nHanke toteutettiin.`],
    ['an English mark', `Attachment 1: Final report ${code}\n\nSummary\n\nThe project was carried out as planned.`],
  ])('%s: kept in unmapped from the mark on, said', (_, report) => {
    const text = `${seed004.trimEnd()}\n\n${report}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(finalReport);
    expect(result.unmapped.map((u) => u.value)).toEqual(report.split('\n').filter((l) => l !== ''));
    expect(rulesAt(text, report.split('\n')[0])).toEqual([['warning', 'unmapped-text']]);
  });
  it.each([
    ['the mark and the title, a field below', 'Liite 2: Väliraportti\n\nRaportointijakso: 1.1.–30.6.2020\n\nHanke eteni.'],
    ['a title in capitals, a field below', 'VÄLIRAPORTTI 2/2020\n\nRaportointijakso: 1.1.–30.6.2020\n\nHanke eteni.'],
  ])('in a copy without blank lines, %s: kept in unmapped, said', (_, report) => {
    const text = `${deriveShape(`${seed004.trimEnd()}\n\n${report}`, 'noblank')}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(`${deriveShape(seed004, 'noblank')}\n`).record!.finalReportSummary);
    expect(result.unmapped.map((u) => u.value)).toEqual(report.split('\n').filter((l) => l !== ''));
  });
  it.each([
    ['a mark with a title and a sentence below (no code, no field)', 'Liite 1: Loppuraportti\n\nSe on luettavissa hankkeen sivuilla.'],
    ['a word that only starts like a mark', `Liitetiedosto: Loppuraportti ${code}\n\nYhteenveto\n\nHanke toteutettiin.`],
  ])('%s stays in the final report (guard)', (_, report) => {
    const text = `${seed004.trimEnd()}\n\n${report}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(`${finalReport}\n\n${report}`);
  });
});

describe('audit round 34: a reworded heading right below a label the layout does not have, in a copy without blank lines', () => {
  const text = [
    'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
    '1 Hanke',
    'Hankekoodi: S25678',
    'Hankkeen nimi: Sillat',
    'Suunnitelman mukainen toteutusaika: Alkaa 1.3.2016 ja päättyy 28.2.2019',
    'Vastuuviranomainen: Hämeen ELY-keskus',
    '2 Hakijan perustiedot',
    'Hakijan virallinen nimi: Hämeen Sillat ry',
    'Y-tunnus: 2229500-6',
    'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija',
    'Faksi: 03 123 456',
    '3 Hankkeen tiivistelmä',
    'Ohjausta työttömille.',
    '',
  ].join('\n');
  it('opens its section (the label is said, the summary is the text below the heading)', () => {
    const result = parse(text);
    expect(result.record!.summary).toBe('Ohjausta työttömille.');
    expect(result.unmapped.map((u) => [u.label, u.value])).toEqual([['Faksi', '03 123 456']]);
    expect(rulesAt(text, 'Faksi: 03 123 456')).toEqual([['warning', 'unknown-label']]);
  });
  it('a label without its value above a numbered line is no field (guard: the line stays text)', () => {
    const listed = text.replace('Faksi: 03 123 456\n3 Hankkeen tiivistelmä\nOhjausta työttömille.', '3 Suunnitelman mukainen tiivistelmä toteutuksesta\nVaiheet:\n3 Hankkeen tiivistelmä laaditaan\nlopuksi.');
    expect(parse(listed).record!.summary).toBe('Vaiheet:\n3 Hankkeen tiivistelmä laaditaan\nlopuksi.');
  });
});

describe('audit round 34: a later section\'s label between two paragraphs of a text under its heading', () => {
  const summaryEnd = seed004.indexOf('4 Hankkeen kohderyhmät');
  const firstParagraph = 'Kuusamossa on tehty suunnitelmallista työtä';
  /** Seed 004 cut before section 4 (a copy of sections 1–3), with a line put between the summary's first two paragraphs. */
  const withLine = (line: string, text = seed004.slice(0, summaryEnd)) => {
    const at = text.indexOf('\n\n', text.indexOf(firstParagraph)) + 2;
    return `${text.slice(0, at)}${line}\n\n${text.slice(at)}`;
  };
  const summary = parse(seed004.slice(0, summaryEnd)).record!.summary!;
  it.each(['Kunnat: Järvikylä', 'Maakunnat: Pohjois-Karjala', 'Suunniteltu julkinen rahoitus yhteensä: 250 000'])('"%s" stays in the summary, said; no section is opened by it', (line) => {
    const text = withLine(line);
    const result = parse(text);
    const [first, ...rest] = summary.split('\n\n');
    expect(result.record!.summary).toBe([first, line, ...rest].join('\n\n'));
    expect(result.record!.targetArea.municipalities).toEqual([]);
    expect(result.record!.targetArea.regions).toEqual([]);
    expect(result.record!.funding.plannedPublicTotal).toBeNull();
    expect(result.record!.finalReportSummary).toBeNull();
    expect(rulesAt(text, line)).toEqual([['warning', 'label-in-text']]);
  });
  it('a copy whose section 6 has lost its heading still opens it by its labels (guard)', () => {
    const text = seed004.replace('6 Maantieteellinen kohdealue\n\n', '');
    const result = parse(text);
    expect(result.record!.targetArea.municipalities).toEqual(['Kuusamo']);
    expect(result.record!.targetArea.regions).toEqual(['Pohjois-Pohjanmaa']);
  });
  it('a section of one field right after the text\'s own, its heading left out, with a note below it, is still that section (guard)', () => {
    const section5 = seed004.slice(seed004.indexOf('5 Projektin julkinen rahoitus, euroa'), seed004.indexOf('6 Maantieteellinen kohdealue'));
    const text = seed004.replace(section5, 'Suunniteltu julkinen rahoitus yhteensä: 250 000\n\nSummaan sisältyy kuntien osuus.\n\n');
    const result = parse(text);
    expect(result.record!.funding.plannedPublicTotal).toBe(250000);
    expect(result.record!.targetGroups.indirect).toBe(parse(seed004).record!.targetGroups.indirect);
  });
  it('so it does with one label left, the address block below it (guard)', () => {
    const text = seed004.replace('6 Maantieteellinen kohdealue\n\nMaakunnat: Pohjois-Pohjanmaa\n\nSeutukunnat: Koillismaan\n\n', '');
    expect(parse(text).record!.targetArea.municipalities).toEqual(['Kuusamo']);
  });
});

describe('audit round 34: copies cut and saved with their line break', () => {
  /** An invented technical-assistance description of 2007–2013 (section 3 written as text only). */
  const technicalAssistance = [
    'Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus', '',
    '1. Projekti', '',
    'Projektikoodi: S10999', '',
    'Projektin nimi: Järvimaan aluekoordinaatio ja tiedotus', '',
    'Toimintalinja: 5: Tekninen tuki', '',
    'Suunnitelman mukainen toteutusaika: Alkaa 1.1.2009 ja päättyy 31.12.2013', '',
    'Vastuuviranomainen: Järvimaan elinkeino-, liikenne- ja ympäristökeskus', '',
    '2. Projektin toteuttaja', '',
    'Toteuttajaorganisaation nimi: Järvimaan ELY-keskus', '',
    'Y-tunnus: 7654321-2', '',
    'Vastuuhenkilön nimi: Liisa Esimerkki', '',
    '3. Projektin toteutusalue ja kohderyhmän kuvaus', '',
    'Hankkeessa kootaan alueen toimijat yhteen ja järjestetään koulutusta sekä tiedotusta hanketoimijoille koko maakunnan alueella.', '',
    '4. Projektin julkinen rahoitus, euroa', '',
    'Suunniteltu julkinen rahoitus yhteensä: 137 500', '',
  ].join('\n');
  it('the whole technical-assistance description reads its section 3 as text (guard)', () => {
    expect(parse(technicalAssistance).record!.targetArea.description).toBe('Hankkeessa kootaan alueen toimijat yhteen ja järjestetään koulutusta sekä tiedotusta hanketoimijoille koko maakunnan alueella.');
  });
  it('cut inside its section 3 text, mid-word, with or without its line break: the text as written, said cut at its line', () => {
    const last = 'Hankkeessa kootaan alueen toimijat yhteen ja järjestetään koulutusta sekä tiedotusta hanketoimijoille koko maakunnan alue';
    for (const text of [`${technicalAssistance.slice(0, technicalAssistance.indexOf('alueella.') + 'alue'.length)}\n`, technicalAssistance.slice(0, technicalAssistance.indexOf('alueella.') + 'alue'.length)]) {
      const result = parse(text);
      expect(result.record!.targetArea.description).toBe(last);
      expect(result.unmapped).toEqual([]);
      expect(rulesAt(text, last).filter(([severity]) => severity !== 'info')).toEqual([['warning', 'text-cut-off']]);
    }
  });
  it('a short whole sentence as section 3, the copy cut at the next heading: read as the description (code review)', () => {
    const short = technicalAssistance.replace(/Hankkeessa kootaan alueen toimijat[^\n]*/u, 'Koko maakunta ja sen hanketoimijat.');
    const text = short.slice(0, short.indexOf('4. Projektin julkinen rahoitus') + '4. Projektin julkinen rah'.length);
    expect(parse(text).record!.targetArea.description).toBe('Koko maakunta ja sen hanketoimijat.');
  });
  it.each(['Yhteyshenkilön sähköpostisoit', 'Yhteyshenkilön asema hakijaor', 'Hakijoiden lukumäärä tai tuen'])('cut inside a label of the section of fields it stands in (%s): said, not read as the summary', (fragment) => {
    const section2 = seed004.slice(0, seed004.indexOf(fragment.split(' ').slice(0, 2).join(' ')));
    const text = `${section2}${fragment}\n`;
    const result = parse(text);
    expect(result.record!.summary).toBeNull();
    expect(result.unmapped.map((u) => u.value)).toEqual([fragment]);
    expect(rulesAt(text, fragment)).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a short line of text below a blank line that starts no label of its section stays the summary\'s (guard)', () => {
    const section2 = seed004.slice(0, seed004.indexOf('3 Suunnitelman mukainen'));
    expect(parse(`${section2}Yhteistyö jatkuu\n`).record!.summary).toBe('Yhteistyö jatkuu');
  });
});

describe('audit round 34: sub-regions by the names people write', () => {
  it.each([
    ['Suupohjan rannikkoseudun, Vaasan', ['153', '152']],
    ['Tornionlaakson, Kemi-Tornion', ['193', '192']],
    ['Suupohjan rannikkoseutu, Tornionlaakso', ['153', '193']],
  ])('"%s" gives the classification\'s codes, with no unknown-sub-region', (written, codes) => {
    const text = seed004.replace('Seutukunnat: Koillismaan', `Seutukunnat: ${written}`);
    const result = parse(text);
    expect(result.record!.targetArea.subRegionCodes).toEqual(codes);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-sub-region')).toEqual([]);
  });
});

describe('audit round 34: a flattened copy\'s summary that opens with a short title right after the co-implementers', () => {
  const text = (title: string, below = 'Alueen pk-yrityksistä vain pieni osa hyödyntää tekoälyä.') => [
    'Hankekoodi: S29871',
    'Hankkeen nimi: Esimerkkihanke',
    'Suunnitelman mukainen toteutusaika: Alkaa 1.9.2019 ja päättyy 31.12.2021',
    'Vastuuviranomainen: Etelä-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus',
    'Hakijan virallinen nimi: Esimerkin ammattikorkeakoulu Oy',
    'Y-tunnus: 2345678-0',
    'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)',
    'Osatoteuttajat',
    'Järvikylän koulutusyhtymä, liikelaitos, 0123456-2',
    title,
    below,
    '',
  ].join('\n');
  it.each(['Taustaa', 'Hankkeen tausta ja tavoitteet'])('"%s" opens the summary (said there), no entry without a Y-tunnus', (title) => {
    const result = parse(text(title));
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Järvikylän koulutusyhtymä, liikelaitos', businessId: '0123456-2' }]);
    expect(result.record!.summary).toBe(`${title}\nAlueen pk-yrityksistä vain pieni osa hyödyntää tekoälyä.`);
    expect(rulesAt(text(title), title).filter(([severity]) => severity !== 'info')).toEqual([['warning', 'ambiguous-prose-boundary']]);
  });
  it.each(['Kuusamon kaupunki', 'Stichting Leren Samen', 'Lammelan seurakunta', 'Kumppanuustalo', 'Nuorisosäätiö'])('an entry without its Y-tunnus (%s) stays an entry, said (guard)', (name) => {
    const result = parse(text(name));
    expect(result.record!.organisation.coImplementers.map((entry) => entry.name)).toEqual(['Järvikylän koulutusyhtymä, liikelaitos', name]);
    expect(rulesAt(text(name), name)).toContainEqual(['warning', 'missing-business-id']);
  });
});

describe('audit round 34: cut after the summary and saved with its line break', () => {
  const upTo = (text: string, end: string) => `${text.slice(0, text.indexOf(end) + end.length)}\n`;
  it('inside 8.1\'s explanation, mid-word, in a copy without 8.2: said, the text kept as written', () => {
    const text = upTo(seed004, 'Hankkeen toimintaympäristön analyysi sukupuolinäkökulmasta on tehty hyödyntäen Asiakaspalvelupiste Askel');
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis!.text).toBe('Hankkeen toimintaympäristön analyysi sukupuolinäkökulmasta on tehty hyödyntäen Asiakaspalvelupiste Askel');
    expect(rulesAt(text, 'Hankkeen toimintaympäristön analyysi sukupuolinäkökulmasta on tehty hyödyntäen Asiakaspalvelupiste Askel')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('8.1\'s explanation ending whole with its full stop is no cut (guard): said only as a copy that ends there, 8.2 absent (since round 56)', () => {
    const text = upTo(seed004, 'Sukupuolten tasa-arvon edistäminen huomioidaan hankkeen toimenpiteissä valtavirtaistamisen kautta.');
    expect(strongCuts(parse(text))).toEqual([]);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.message.slice(0, 60))).toEqual(["The copy ends here in section 8.1, with none of the layout's"]);
  });
  it.each(['Taloud', 'Uusiutuvien', 'Sosiaalinen ja kulttuurinen kest', 'Kulttuuriympäristö'])('a score table\'s category or criterion (%s) below a row\'s explanation as the last line: said', (start) => {
    const text = `${upTo(seed004, 'Hankkeen toimenpiteissä tuetaan luonnonvarojen käytön kestävyyttä esim. asiakastyössä esitellään jätteiden lajittelua, roskaamisen vähentämistä sekä kierrätystä.').trimEnd()}\n${start}\n`;
    expect(text.includes('kierrätystä.\n')).toBe(true);
    expect(rulesAt(text, start)).toContainEqual(['warning', 'text-cut-off']);
  });
  const page = readFileSync(new URL('../fixtures/pages/ended.txt', import.meta.url), 'utf8');
  it('a project page cut at a later heading\'s first word in the genitive (Ratkaisun): said, not read into the results', () => {
    const text = `${upTo(page, 'Kolmekymmentä nuorta työllistyi.')}\nRatkaisun\n`;
    const result = parse(text);
    expect(result.record!.projectPage!.results).toBe('Kolmekymmentä nuorta työllistyi.');
    expect(rulesAt(text, 'Ratkaisun')).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a project page cut at the next sub-label\'s first word below a list\'s item (Hankkeen): said', () => {
    const text = `${upTo(deriveShape(page, 'noblank'), '-Yhteistyö tiivistyi')}Hankkeen\n`;
    expect(rulesAt(text, 'Hankkeen')).toContainEqual(['warning', 'text-cut-off']);
  });
});

describe('audit round 34, second review: where a cut is said', () => {
  it('a yes/no answer above the cut line of its text is whole: no value-cut-off on it', () => {
    const text = `${seed004.slice(0, seed004.indexOf('Hankkeen toimintaympäristön analyysi sukupuolinäkökulmasta on tehty hyödyntäen Asiakaspalvelupiste Askel') + 'Hankkeen toimintaympäristön analyysi sukupuolinäkökulmasta on tehty hyödyntäen Asiakaspalvelupiste Askel'.length)}\n`;
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis!.answer).toBe(true);
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off')).toEqual([]);
  });
  it('a flattened copy ending on a word that starts many labels (Hankkeen) is said cut where it stands, in its summary', () => {
    const text = `${deriveShape(seed004.slice(0, seed004.indexOf('4 Hankkeen kohderyhmät')), 'flat')}\nHankkeen\n`;
    const cut = parse(text).diagnostics.find((d) => d.rule === 'text-cut-off');
    expect(cut?.message).toContain('in section 3,');
    expect(cut?.line).toBe(lineOf(text, 'Hankkeen'));
  });
});

describe('audit round 34, code review', () => {
  it('an attachment\'s mark alone above the report\'s title goes with it in a copy without blank lines', () => {
    const text = `${deriveShape(`${seed004.trimEnd()}\n\nLIITE 1\n\nLoppuraportti ${code}\n\nYhteenveto\n\nHanke toteutettiin.`, 'noblank')}\n`;
    const result = parse(text);
    expect(result.unmapped.map((u) => u.value)).toEqual(['LIITE 1', `Loppuraportti ${code}`, 'Yhteenveto', 'Hanke toteutettiin.']);
    expect(result.record!.finalReportSummary!.endsWith('LIITE 1')).toBe(false);
  });
});
