// What the thirty-first round found — each failure reproduced on a seed or a fixture with one change
// (or on a small invented text): read right now, or said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { seed } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed004 = seed('004_3bb6e26593869c78');
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;
const strayWarnings = (text: string) => parse(text).diagnostics.filter((d) => d.rule === 'furniture-in-text').map((d) => [d.severity, d.line]);

describe('audit round 31: a web page\'s button, `©` line or breadcrumb left inside a text', () => {
  it.each(['Palaute', 'Tulosta', '© Rakennerahastot 2021', 'Etusivu | Hankkeet | Hankkeen kuvaus', 'Copyright © 2019 Esimerkkisivusto'])('"%s" between two paragraphs of the summary stays its text, said at its line', (stray) => {
    const text = seed004.replace('\n\nSosiaalisen kuntoutuksen haasteena', `\n\n${stray}\nSosiaalisen kuntoutuksen haasteena`);
    const result = parse(text);
    expect(result.record!.summary).toContain(`${stray}\nSosiaalisen kuntoutuksen haasteena`);
    expect(strayWarnings(text)).toEqual([['warning', lineOf(text, stray)]]);
  });
  it('below a sentence\'s end in a copy without blank lines, said too', () => {
    const text = deriveShape(seed004.replace('\n\nSosiaalisen kuntoutuksen haasteena', '\n\n© Rakennerahastot 2021\nSosiaalisen kuntoutuksen haasteena'), 'noblank');
    expect(strayWarnings(text)).toEqual([['warning', lineOf(text, '© Rakennerahastot 2021')]]);
  });
  it('right below a field of the target area, said (the line goes to unmapped, said there too)', () => {
    const text = seed004.replace('\nMaakunnat:', '\nPalaute\nMaakunnat:');
    expect(strayWarnings(text)).toEqual([['warning', lineOf(text, 'Palaute')]]);
  });
  it.each([
    ['a word of a sentence that goes on above it', 'Osallistujat antoivat hankkeelle\nPalaute'],
    ['a button word in lower case', 'palaute'],
    ['a button word with a full stop, a sentence', 'Palaute.'],
    ['a social channel of a list', 'Facebook'],
    ['a list\'s item opened with `(c)`', '(c) 2011 tehty selvitys'],
    ['a sentence opening with `Copyright` and a year, then lower case', 'Copyright 2010 siirtyi hankkeelle'],
    ['a breadcrumb-like line not led by the home page', 'Hankkeet | Tulokset | Raportit'],
  ])('%s is no furniture, not said (guard)', (_, stray) => {
    const text = seed004.replace('\n\nSosiaalisen kuntoutuksen haasteena', `\n\n${stray}\nSosiaalisen kuntoutuksen haasteena`);
    expect(parse(text).record!.summary).toContain(`${stray}\nSosiaalisen kuntoutuksen haasteena`);
    expect(strayWarnings(text)).toEqual([]);
  });
  it('furniture at the top and the end of a copy stays furniture, an info only (guard)', () => {
    const text = `Tulosta\n${seed004.trimEnd()}\n\nPalaute\n© Rakennerahastot 2021\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    expect(strayWarnings(text)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual([1, lineOf(text, 'Palaute'), lineOf(text, '© Rakennerahastot 2021')]);
  });
});

/** Seed 004 up to the end of its section 5 (the funding fields): a copy that stops before section 6. */
const upToFunding = `${seed004.split('\n').slice(0, 97).join('\n')}\n`;

describe('audit round 31: furniture that took the description\'s own lines', () => {
  it('a cookie notice with its button between two funding fields, in a copy that ends there: the fields below it are read', () => {
    const text = upToFunding.replace('\n\nSuunniteltu julkinen rahoitus', '\n\nThis website uses cookies.\nAccept\n\nSuunniteltu julkinen rahoitus');
    const result = parse(text);
    expect(result.record!.funding).toMatchObject({ grantedEuAndState: 520000, actualEuAndState: 446507, plannedPublicTotal: 650000, actualPublicTotal: 558866 });
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => [d.severity, d.line])).toEqual([['info', lineOf(text, 'This website uses cookies.')], ['info', lineOf(text, 'Accept')]]);
  });
  it('a `©` line near the end of a copy without blank lines takes no heading or text below it', () => {
    // The final report of one line, the `©` line right above its heading.
    const lines = seed004.split('\n');
    const oneLine = `${lines.slice(0, lines.indexOf('9 Loppuraportin tiivistelmä') + 3).join('\n')}\n`;
    const text = deriveShape(oneLine.replace('\n\n9 Loppuraportin tiivistelmä', '\n\n© Pohjois-Pohjanmaan liitto 2019\n\n9 Loppuraportin tiivistelmä'), 'noblank');
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(lines[lines.indexOf('9 Loppuraportin tiivistelmä') + 2]);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual([lineOf(text, '© Pohjois-Pohjanmaan liitto 2019')]);
  });
  it.each([
    ['a list of channels below its intro', ['Hanke viesti seuraavissa kanavissa:', 'Facebook', 'Instagram']],
    ['a list\'s item `(c) 2011 …`', ['Ryhmät aloittivat:', '(a) 2009 ensimmäinen ryhmä', '(b) 2010 toinen ryhmä', '(c) 2011 kolmas ryhmä']],
    ['a sentence opening `Copyright 2019 -…`', ['Copyright 2019 -lisenssiehdot sovittiin kustantajan kanssa, ja käsikirja julkaistiin avoimena.']],
  ])('%s ending the final report is its text, not page furniture', (_, end) => {
    const text = `${seed004.trimEnd()}\n\n${end.join('\n')}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toMatch(new RegExp(`${end.join('\n').replace(/[()]/gu, '\\$&')}$`, 'u'));
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture')).toEqual([]);
  });
  it.each([
    [['Copyright 2021 Rakennerahastot']],
    [['(c) 2019 Pohjois-Pohjanmaan liitto']],
    [['Copyright © 2018 Savonlahden kaupunki. Kaikki oikeudet pidätetään.']],
    [['Seuraa meitä', 'Facebook', 'Twitter', 'Rakennerahastot', 'Puhelinnumero: 0295 16001']],
    // (The second code review's: a footer's own lower-case words, a page's intro to its links, a
    // cookie notice above a footer with a contact line.)
    [['Copyright 2019 by Esimerkki Oy']],
    [['Copyright 2021 rakennerahastot.fi']],
    [['Copyright © 2019 kaikki oikeudet pidätetään']],
    [['(c) 2019 www.esimerkki.fi']],
    [['Seuraa meitä somessa:', 'Facebook', 'Instagram']],
    [['Käytämme sivustolla evästeitä.', 'Hyväksy', 'Seuraa meitä', 'Facebook', 'Puhelinnumero: 0295 16001']],
  ])('guard: a site\'s footer %j at the end stays furniture (a contact field in it too)', (end) => {
    const text = `${seed004.trimEnd()}\n\n${end.join('\n')}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual(end.map((line) => lineOf(text, line)));
  });
  it('guard: a button below a field\'s empty label ending a cut copy is furniture, no text of the section after', () => {
    const lines = seed004.split('\n');
    const text = `${lines.slice(0, lines.findIndex((l) => l.startsWith('Hakijoiden lukumäärä'))).join('\n')}\nHakijoiden lukumäärä tai tuen siirto -menettely:\nTulosta\n`;
    const result = parse(text);
    expect(result.record!.summary).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual([lineOf(text, 'Tulosta')]);
  });
  it('guard: a page\'s `Seuraa meitä:` with its channels at the end stays furniture', () => {
    const text = `${seed004.trimEnd()}\n\nSeuraa meitä:\nFacebook\nInstagram\n`;
    expect(parse(text).record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
  });
});

describe('audit round 31: a web page\'s furniture the vocabulary lacked, at the end of a copy', () => {
  it.each([
    [['Julkaistu 5.6.2018 | Päivitetty 12.3.2019']],
    [['Last updated: 12 March 2019']],
    [['Vi använder kakor på webbplatsen.', 'Godkänn']],
    [['Sähköposti Tulosta PDF']],
    [['Valitse kieli:', 'Suomi', 'Svenska', 'English']],
    [['FI', 'SV', 'EN']],
    [['eulippu.jpg vipuvoimaa.jpg']],
    [['Lue lisää »']],
    [['Hae sivustolta', 'Kirjaudu']],
    [['Siirry suoraan sisältöön']],
    [['Kirjoittanut tiistai, 26 tammikuu 2021 15:58']],
  ])('%j is furniture, not the final report\'s end', (end) => {
    const text = `${seed004.trimEnd()}\n\n${end.join('\n')}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual(end.map((line) => lineOf(text, line)));
  });
  it.each([['Kyllä'], ['Ei']])('guard: "%s" alone ending the final report stays its text (an answer, no page\'s button)', (end) => {
    const text = `${seed004.trimEnd()}\n\n${end}\n`;
    expect(parse(text).record!.finalReportSummary).toMatch(new RegExp(`\\n\\n${end}$`, 'u'));
  });
});

describe('audit round 31: furniture runs inside a text', () => {
  it('a share bar over several lines between two list items: furniture, and the list goes on', () => {
    const text = seed004.replace('- kuntoutuspalvelujen yhteensovittaminen\n', '- kuntoutuspalvelujen yhteensovittaminen\nJaa\nFacebook\nTwitter\nLinkedIn\n');
    const result = parse(text);
    expect(result.record!.summary).toBe(parse(seed004).record!.summary);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual([0, 1, 2, 3].map((n) => lineOf(text, 'Jaa') + n));
  });
  it('guard: channels without a share bar\'s start inside a text stay the text\'s', () => {
    const text = seed004.replace('- kuntoutuspalvelujen yhteensovittaminen\n', '- kuntoutuspalvelujen yhteensovittaminen\nViestintä:\nFacebook\nTwitter\n');
    expect(parse(text).record!.summary).toContain('Viestintä:\nFacebook\nTwitter\n');
  });
  it('guard: words alone right below a name are its wrapped end, as before (said)', () => {
    const text = seed004.replace('Hakijan virallinen nimi: KSAK Oy\n', 'Hakijan virallinen nimi: KSAK Oy\nEvästeet hallintaan\n');
    expect(parse(text).record!.organisation.name).toBe('KSAK Oy Evästeet hallintaan');
  });
  it('a date stamp right below a field\'s complete value and before a blank line is no end of that value', () => {
    const text = seed004.replace('Hakijan virallinen nimi: KSAK Oy\n', 'Hakijan virallinen nimi: KSAK Oy\nPäivitetty 12.3.2019\n');
    const result = parse(text);
    expect(result.record!.organisation.name).toBe('KSAK Oy');
    expect(result.diagnostics.filter((d) => d.line === lineOf(text, 'Päivitetty 12.3.2019')).map((d) => [d.severity, d.rule])).toEqual([['info', 'page-furniture']]);
  });
});

describe('audit round 31: a draft\'s note written as a value', () => {
  it('`Täydennetään kun …` as the organisation\'s name is a placeholder: not read, an error for the required field', () => {
    const result = parse(seed004.replace('Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: Täydennetään kun hakija on selvillä.'));
    expect(result.record!.organisation.name).toBeNull();
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.rule === 'placeholder-text').map((d) => [d.severity, d.line])).toEqual([['warning', 23]]);
  });
  it.each(['Rahoittaja valitaan myöhemmin.', 'Pohjois-Pohjanmaan ELY-keskus, tarkentuu myöhemmin', 'Pohjois-Pohjanmaan ELY-keskus (tarkentuu)'])('"%s" as the managing authority is kept, said to be a draft\'s note', (value) => {
    const text = seed004.replace(/^Vastuuviranomainen: .*$/mu, `Vastuuviranomainen: ${value}`);
    const result = parse(text);
    expect(result.record!.project.managingAuthority).toBe(value);
    expect(result.diagnostics.filter((d) => d.rule === 'placeholder-text').map((d) => [d.severity, d.line])).toEqual([['warning', lineOf(text, `Vastuuviranomainen: ${value}`)]]);
  });
  it.each(['Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'Hankkeen tavoitteet tarkentuivat syksyllä.'])('guard: "%s" is no draft\'s note', (value) => {
    const text = seed004.replace(/^Vastuuviranomainen: .*$/mu, `Vastuuviranomainen: ${value}`);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'placeholder-text')).toEqual([]);
  });
});

describe('audit round 31: a project page without its summary', () => {
  const page = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
  it('no `Lyhyt selostus hankkeesta` at all: said missing', () => {
    const lines = page.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Lyhyt selostus hankkeesta'));
    const text = [...lines.slice(0, at), ...lines.slice(lines.indexOf('Tulokset'))].join('\n');
    const result = parse(text);
    expect(result.record!.summary).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'missing-section').map((d) => d.severity)).toEqual(['warning']);
  });
  it('the page as published: no missing-section (guard)', () => {
    expect(parse(page).diagnostics.filter((d) => d.rule === 'missing-section')).toEqual([]);
  });
});

describe('audit round 31: furniture-in-text, its limits', () => {
  it('a text of many such lines is said by its first twenty, then once', () => {
    const text = seed004.replace('\n\nSosiaalisen kuntoutuksen haasteena', `\n\n${Array.from({ length: 30 }, () => 'Palaute').join('\n\n')}\n\nSosiaalisen kuntoutuksen haasteena`);
    const said = parse(text).diagnostics.filter((d) => d.rule === 'furniture-in-text');
    expect(said.length).toBe(21);
    expect(said[20].message).toMatch(/^10 more lines/u);
  });
  it.each(['Koti/koulu-yhteistyö kehittyi', 'Home/Office -työskentely'])('guard: "%s" is no breadcrumb', (line) => {
    const text = seed004.replace('\n\nSosiaalisen kuntoutuksen haasteena', `\n\n${line}\nSosiaalisen kuntoutuksen haasteena`);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'furniture-in-text')).toEqual([]);
  });
});

describe('audit round 31: flattened copies with short sections', () => {
  it('a target area written as one line (`Valtakunnallinen hanke`) opens no final report: 7.1 to 8.2 are read after it, the line read as section 6\'s and said', () => {
    const lines = seed004.split('\n');
    const tidy = [...lines.slice(0, lines.indexOf('Maakunnat: Pohjois-Pohjanmaa')), 'Valtakunnallinen hanke', '', ...lines.slice(lines.indexOf('7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista'))].join('\n');
    const flat = deriveShape(tidy, 'flat');
    const result = parse(flat);
    const fromTidy = parse(tidy).record!;
    expect(result.record!.indicators).toEqual(fromTidy.indicators);
    expect(result.record!.horizontalPrinciples.genderEquality).toEqual(fromTidy.horizontalPrinciples.genderEquality);
    // (Where section 6's text ends, the flattened copy cannot tell: read as that section's, as the tidy copy reads it,
    // and said there. Until the seventy-fifth round it was kept in unmapped; section 6 opens by its text now in a copy
    // without headings, `textWithoutHeadings`.)
    expect(result.record!.targetArea).toEqual(fromTidy.targetArea);
    expect(result.diagnostics.filter((d) => d.line === lineOf(flat, 'Valtakunnallinen hanke') && d.severity === 'warning').map((d) => d.rule)).toEqual(['ambiguous-prose-boundary']);
  });
  it('the last field left empty and one line below it ending a flattened copy: read as the value, said (it may be the final report)', () => {
    const seed000 = seed('000_ddad63b48901b7a4');
    const lines = seed000.split('\n');
    const tidy = `${lines.slice(0, lines.indexOf('9. Loppuraportin tiivistelmä')).join('\n').replace(/^Innovatiivisuus: .*$/mu, 'Innovatiivisuus:\nEi loppuraporttia')}\n`;
    const flat = `${deriveShape(tidy, 'flat').trimEnd()}\n`;
    const result = parse(flat);
    expect(result.record!.classification.innovativeness).toBe('Ei loppuraporttia');
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.rule, d.line])).toContainEqual(['value-below-label', lineOf(flat, 'Ei loppuraporttia')]);
  });
});

describe('audit round 31: the reviews\' guards', () => {
  it.each(['Selvitetään ennen hankkeen alkua, mitkä yritykset osallistuvat.', 'Päivitetään kun uudet ohjeet valmistuvat.', 'Nimetään hankkeen alussa ohjausryhmä.'])('a plan\'s sentence "%s" as the summary is its text, no draft\'s note', (sentence) => {
    const text = cutInSummaryWhole(sentence);
    const result = parse(text);
    expect(result.record!.summary).toBe(sentence);
    expect(result.diagnostics.filter((d) => d.rule === 'placeholder-text')).toEqual([]);
  });
  it('a button word as a list\'s item below its intro is no furniture, not said', () => {
    const text = seed004.replace('\n\nSosiaalisen kuntoutuksen haasteena', '\n\nOsallistujilta kerättiin:\nPalaute\nKehitysehdotukset\n\nSosiaalisen kuntoutuksen haasteena');
    expect(parse(text).record!.summary).toContain('Osallistujilta kerättiin:\nPalaute\nKehitysehdotukset');
    expect(strayWarnings(text)).toEqual([]);
  });
});

/** Seed 004 with `sentence` as the whole summary. */
function cutInSummaryWhole(sentence: string): string {
  const lines = seed004.split('\n');
  return [...lines.slice(0, lines.indexOf('3 Suunnitelman mukainen tiivistelmä toteutuksesta') + 2), sentence, '', ...lines.slice(lines.indexOf('4 Hankkeen kohderyhmät'))].join('\n');
}

describe('audit round 31: a draft\'s note as a list\'s item', () => {
  it('`Kunnat: Täsmennetään myöhemmin` is said to be a draft\'s placeholder, not only an unknown municipality', () => {
    const text = seed004.replace('Kunnat: Kuusamo', 'Kunnat: Täsmennetään myöhemmin');
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'placeholder-text').map((d) => [d.severity, d.line])).toEqual([['warning', lineOf(text, 'Kunnat: Täsmennetään myöhemmin')]]);
  });
});

describe('audit round 31: the second code review\'s lettered list', () => {
  it('a lettered list\'s `(c)` item with a capital after its year, below `(b)`, ending the final report, is its text', () => {
    const end = ['Ryhmät aloittivat:', '(a) 2009 Ensimmäinen ryhmä Jyväskylässä', '(b) 2010 Toinen ryhmä Muuramessa', '(c) 2011 Kolmas ryhmä Laukaassa'];
    const text = `${seed004.trimEnd()}\n\n${end.join('\n')}\n`;
    expect(parse(text).record!.finalReportSummary).toMatch(/\(c\) 2011 Kolmas ryhmä Laukaassa$/u);
  });
});
