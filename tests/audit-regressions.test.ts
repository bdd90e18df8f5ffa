// Wrong values found by blind audits of the real shapes (REAL-SHAPES.md), each on a seed with one
// change or in a derived shape: read right now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';
import { joinWrapped } from '../src/kinds/fields.js';

const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
/** The 1-based number of the first line that starts with `start`. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('audit regressions', () => {
  it("a later section's heading inside the summary is text; the headings after it still open their sections", () => {
    const anchor = '5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n';
    const text = seed000.replace(anchor, `${anchor}Rakenne:\n\n9. Loppuraportin tiivistelmä\n\nkirjoitetaan lopuksi.\n\n`);
    const tidy = parse(seed000).record!;
    const result = parse(text);
    expect(result.record!.funding).toEqual(tidy.funding);
    expect(result.record!.communication).toEqual(tidy.communication);
    expect(result.record!.finalReportSummary).toBe(tidy.finalReportSummary);
    expect(result.record!.summary).toBe(`Rakenne:\n\n9. Loppuraportin tiivistelmä\n\nkirjoitetaan lopuksi.\n\n${tidy.summary}`);
    const said = result.diagnostics.filter((d) => d.rule === 'heading-in-text');
    expect(said.map((d) => [d.severity, d.line])).toEqual([['warning', lineOf(text, '9. Loppuraportin tiivistelmä')]]);
  });

  it('a heading written twice: the second is said, and the values stay', () => {
    const text = seed000.replace('6.1 Tiedotussuunnitelma\n\n', '6.1 Tiedotussuunnitelma\n\n6.1 Tiedotussuunnitelma\n\n');
    const result = parse(text);
    expect(result.record!.communication.plan).toBe(`6.1 Tiedotussuunnitelma\n\n${parse(seed000).record!.communication.plan}`);
    const said = result.diagnostics.filter((d) => d.rule === 'heading-in-text');
    expect(said.map((d) => d.line)).toEqual([lineOf(seed000, '6.1 Tiedotussuunnitelma') + 2]);
  });

  it('a flattened copy: the final report summary running into the last score row is said at both paths', () => {
    const flat = deriveShape(seed004, 'flat');
    const result = parse(flat);
    const said = result.diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary' && d.line === lineOf(flat, 'Hankkeessa tuodaan asiakkaille esille alueen ympäristöä'));
    expect(said.map((d) => [d.severity, d.path])).toEqual([
      ['warning', '/horizontalPrinciples/sustainableDevelopment/14/text'],
      ['info', '/finalReportSummary'],
    ]);
  });

  // A flattened copy of a short text: every line is short, yet none is broken at a width.
  const shortFlat = [
    '![]() |',
    'Hankekoodi: S21999',
    'Hankkeen nimi: Lyhyet rivit',
    'Suunnitelman mukainen toteutusaika: Alkaa 1.8.2021 ja päättyy 31.8.2023',
    'Vastuuviranomainen: Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus',
    'Hakijan virallinen nimi: Lyhytrivisen säätiö sr',
    'Y-tunnus: 1234567-1',
    'Postitoimipaikka: Jyväskylä',
    'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija',
    'Hankkeen tavoitteena on lisätä osallisuutta.',
    'Toinen rivi tiivistelmää.',
  ];

  it('a flattened copy of short lines is not taken for a hard-wrapped one: the summary stays out of the last value', () => {
    const result = parse(shortFlat.join('\n'));
    expect(result.record!.organisation.applicantArrangement).toBe('Vain yksi hakija');
    expect(result.record!.summary).toBe('Hankkeen tavoitteena on lisätä osallisuutta.\nToinen rivi tiivistelmää.');
  });

  it('the same copy hard-wrapped: a line starting with a capital read into a value is a warning', () => {
    // Wrapped at 70: a line broken mid-sentence shows the width; the summary's first line would not have fitted.
    const wrapped = [...shortFlat.slice(0, 3), 'Suunnitelman mukainen toteutusaika: Alkaa 1.8.2021 ja päättyy', '31.8.2023', 'Vastuuviranomainen: Keski-Suomen elinkeino-, liikenne- ja', 'ympäristökeskus', ...shortFlat.slice(5)].join('\n');
    const result = parse(wrapped);
    expect(result.record!.project.managingAuthority).toBe('Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus');
    const said = result.diagnostics.filter((d) => d.rule === 'value-wrapped');
    expect(said.find((d) => d.path === '/project/managingAuthority')?.severity).toBe('info');
    // (Since round 13 a value the register sets, whole, does not go on with a capitalised line: the summary is the summary's.)
    expect(said.find((d) => d.path === '/organisation/applicantArrangement')).toBeUndefined();
    expect(result.record!.organisation.applicantArrangement).toBe('Vain yksi hakija');
    expect(result.record!.summary).toBe('Hankkeen tavoitteena on lisätä osallisuutta.\nToinen rivi tiivistelmää.');
  });

  it('page furniture inside and around a description is kept out of the values', () => {
    const text = `In English\n\n${seed004}`
      .replace('\n\n4 Hankkeen kohderyhmät', '\n\nTulosta\nSivun alkuun\n\n4 Hankkeen kohderyhmät')
      .replace('\n\n5 Projektin julkinen rahoitus', '\n![]() | ![]() |\n\n5 Projektin julkinen rahoitus')
      .concat('\n\nSivun alkuun ↑\nJaa Facebookissa\nTulosta\n© 2019 Esimerkkisivusto\n');
    const tidy = parse(seed004).record!;
    const result = parse(text);
    expect(result.record).toEqual(tidy);
    const furniture = result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line);
    expect(furniture).toEqual([1, lineOf(text, 'Tulosta'), lineOf(text, 'Sivun alkuun'), lineOf(text, '![]() |'), ...[3, 2, 1, 0].map((n) => text.split('\n').length - 1 - n)]);
  });

  it('a copy without blank lines: an extra numbered section heading label lines is a section, not the final text', () => {
    const text = deriveShape(`${seed000.trimEnd()}\n\n10 Liitteet\n\nLiite 1: Reittikartta\n`, 'noblank');
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(deriveShape(seed000, 'noblank')).record!.finalReportSummary);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section').map((d) => d.line)).toEqual([lineOf(text, '10 Liitteet')]);
    expect(result.unmapped.map((u) => [u.label, u.value])).toEqual([[null, '10 Liitteet'], ['Liitteet', 'Liite 1: Reittikartta']]);
  });

  it("a page's list items wrapped by hand stay one item each, whatever the copy's width", () => {
    const seed003 = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
    const text = seed003.replace('-Työttömille suunnattu matalan kynnyksen toiminta kohdealueilla', '-Työttömille suunnattu matalan kynnyksen toiminta\nkohdealueilla');
    expect(text).not.toBe(seed003);
    expect(parse(text).record!.projectPage.developmentNeeds).toEqual(parse(seed003).record!.projectPage.developmentNeeds);
  });

  it("a page's roles without blank lines: a role whose text is one short line is a role, and said", () => {
    const seed003 = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
    const text = seed003.replace(/\n\nKumppanit\n\n[^\n]*/, '\nYritykset\nTarjosivat harjoittelupaikkoja').replace(/\n\nHankkeen toteuttajaorganisaatio\n\n/, '\nHankkeen toteuttajaorganisaatio\n');
    const roles = parse(text).record!.projectPage.roles;
    expect(roles.map((r) => r.role)).toEqual(['Projektitiimi', 'Hankkeen toteuttajaorganisaatio', 'Yritykset', 'Rahoittaja', 'Ohjausryhma']);
    expect(roles[2].text).toBe('Tarjosivat harjoittelupaikkoja');
    const said = parse(text).diagnostics.filter((d) => d.rule === 'ambiguous-role');
    // (Glued below a sentence where the page's other roles are parted by blank lines: a sub-heading of the text above as
    // likely, said too — the seventy-first round.)
    expect(said.map((d) => [d.severity, d.line, d.path])).toEqual([
      ['warning', lineOf(text, 'Yritykset'), '/projectPage/roles/2'],
      ['warning', lineOf(text, 'Tarjosivat harjoittelupaikkoja'), '/projectPage/roles/2/text'],
    ]);
  });

  it('a copy cut inside a label: the fragment is not the next section text', () => {
    const at = seed000.indexOf('Toteutunut seurantatietojen mukaan');
    const cut = `${seed000.slice(0, at)}Toteutunut seurantat`;
    const result = parse(cut);
    expect(result.record!.summary).toBeNull();
    expect(result.unmapped.at(-1)).toEqual({ section: '3.4', label: null, value: 'Toteutunut seurantat', line: lineOf(cut, 'Toteutunut seurantat') });
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line)).toEqual([lineOf(cut, 'Toteutunut seurantat')]);
  });

  it("a page's question heading with its answer after a colon: the heading, then the answer", () => {
    const seed003 = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
    const answered = seed003.replace('Onko malli siirretty?\n\n', 'Onko malli siirretty?\n\nEi\n\n');
    const text = seed003.replace('Onko malli siirretty?\n\n', 'Onko malli siirretty?: Ei\n\n');
    expect(parse(answered).record!.projectPage.modelTransferred).toBe('Ei');
    expect(parse(text).record!.projectPage).toEqual(parse(answered).record!.projectPage);
  });

  // What a blind review of the fixes above found they had broken; each read as before again.
  describe('the fixes do not break', () => {
    it('two sections swapped in a copy: each heading written once opens its section', () => {
      const six = seed000.slice(seed000.indexOf('6. Tiedotus'), seed000.indexOf('7. Projektin julkinen'));
      const seven = seed000.slice(seed000.indexOf('7. Projektin julkinen'), seed000.indexOf('8. Vastuuviranomaisen'));
      const swapped = seed000.replace(six + seven, seven + six);
      expect(swapped).not.toBe(seed000);
      const tidy = parse(seed000).record!;
      const result = parse(swapped);
      expect(result.record!.funding).toEqual(tidy.funding);
      // 6 after 7 cannot open in a layout read in order: said at its headings, not taken silently.
      const said = result.diagnostics.filter((d) => d.rule === 'heading-in-text').map((d) => d.line);
      expect(said).toEqual(['6. Tiedotus', '6.1 Tiedotussuunnitelma', '6.2 Suunnitelma'].map((h) => lineOf(swapped, h)));
    });

    it('an ESR page whose implementer is a Leader group is a project page', () => {
      const seed003 = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
      const result = parse(seed003.replace('Toteuttajaorganisaatio: Vaasan kaupunki', 'Toteuttajaorganisaatio: Leader Pohjoisin Lappi ry'));
      expect(result.template).toBe('project-page');
      expect(result.record!.organisation.name).toBe('Leader Pohjoisin Lappi ry');
    });

    it('two e-mail addresses separated by a comma: the first is read, the second said', () => {
      const result = parse(seed000.replace('Sähköposti: anna.keto-tokoi(at)thl.fi', 'Sähköposti: anna.keto-tokoi(at)thl.fi, info(at)thl.fi'));
      expect(result.record!.contact.email).toBe('anna.keto-tokoi@thl.fi');
      expect(result.diagnostics.filter((d) => d.path === '/contact/email').map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-email']]);
    });

    it('a municipality list hard-wrapped after a comma is one value, without a warning', () => {
      const text = deriveShape(deriveShape(seed000, 'noblank'), 'wrap60');
      const result = parse(text);
      expect(result.record!.targetArea.municipalities).toEqual(parse(seed000).record!.targetArea.municipalities);
      expect(result.diagnostics.filter((d) => d.rule === 'value-wrapped' && d.severity !== 'info')).toEqual([]);
    });
  });

  it('an empty field glued to the next by a tab is empty, and the next is read', () => {
    const tidy = parse(seed004).record!;
    const address = parse(seed004.replace('Jakeluosoite:\n\nPostinumero:\n\nPostitoimipaikka:', 'Jakeluosoite:\tPostinumero:\tPostitoimipaikka:'));
    expect(address.record).toEqual(tidy);
    const text = seed004.replace('WWW-osoite: http://www.ksak.fi\n\nHankkeen yhteyshenkilön nimi: Multas Anne', 'WWW-osoite:\tHankkeen yhteyshenkilön nimi: Multas Anne');
    expect(text).not.toBe(seed004);
    const result = parse(text);
    expect(result.record!.organisation.website).toBeNull();
    expect(result.record!.contact.name).toBe('Multas Anne');
    expect(result.diagnostics.filter((d) => d.path === '/organisation/website').map((d) => d.rule)).toEqual(['glued-fields', 'empty-value']);
  });

  it('a municipality list going on after a blank line, and one pasted below its label, are read whole', () => {
    const tidy = parse(seed000).record!.targetArea;
    const list = /^Kunnat: (.*)$/m.exec(seed000)![1];
    const cutAt = list.indexOf(', ', 300) + 1;
    const afterBlank = parse(seed000.replace(`Kunnat: ${list}`, `Kunnat: ${list.slice(0, cutAt)}\n\n${list.slice(cutAt + 1)}`));
    expect(afterBlank.record!.targetArea).toEqual(tidy);
    const below = parse(seed000.replace(`Kunnat: ${list}`, `Kunnat:\n\n${list}`));
    expect(list.length).toBeGreaterThan(200);
    expect(below.record!.targetArea).toEqual(tidy);
  });

  it('a name broken at its hyphen by a hard wrap is joined without a space; a suspended compound keeps it', () => {
    expect(joinWrapped('Keski-Pohjanmaan ja Pohjois-', 'Pohjanmaan elinkeino-, liikenne-')).toBe('Keski-Pohjanmaan ja Pohjois-Pohjanmaan elinkeino-, liikenne-');
    expect(joinWrapped('Hämeen elinkeino-, liikenne-', 'ja ympäristökeskus')).toBe('Hämeen elinkeino-, liikenne- ja ympäristökeskus');
    expect(joinWrapped('Lapin ammattiopisto ja Tunturikoulutus-', 'Rovaniemi Oy')).toBe('Lapin ammattiopisto ja Tunturikoulutus-Rovaniemi Oy');
    expect(joinWrapped('Kemi, Tornio,', 'Simo')).toBe('Kemi, Tornio, Simo');
  });

  it('a copy cut after a number and its dot, or inside a date, is cut', () => {
    for (const end of ['Erityistavoite: 10.', 'Suunnitelman mukainen toteutusaika: Alkaa 1.1.2015 ja päättyy 31.12.']) {
      const cut = `${seed004.slice(0, seed004.indexOf(end.slice(0, 12)))}${end}`;
      const result = parse(cut);
      expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line), end).toEqual([lineOf(cut, end.slice(0, 12))]);
    }
  });

  it('municipalities written without commas are said with a warning, not as a misspelling', () => {
    const result = parse(seed000.replace('Kunnat: Espoo, Hanko, Vantaa,', 'Kunnat: Espoo Hanko, Vantaa,'));
    expect(result.record!.targetArea.municipalities.slice(0, 2)).toEqual(['Espoo Hanko', 'Vantaa']);
    const said = result.diagnostics.filter((d) => d.path === '/targetArea/municipalities/0');
    expect(said.map((d) => [d.severity, d.rule])).toEqual([['warning', 'unknown-municipality']]);
  });

  it('yes/no questions written without their colon are read as the questions', () => {
    const tidy = parse(seed004).record!.horizontalPrinciples.genderEquality;
    const withoutColon = seed004.replace('sukupuolinäkökulmasta: Kyllä', 'sukupuolinäkökulmasta Kyllä').replace('(valtavirtaistaminen): Kyllä', '(valtavirtaistaminen)\tKyllä').replace('tasa-arvon edistäminen: Ei', 'tasa-arvon edistäminen\nEi');
    expect(withoutColon.match(/: (Kyllä|Ei)$/gm) ?? []).toEqual([]);
    expect(parse(withoutColon).record!.horizontalPrinciples.genderEquality).toEqual(tidy);
  });

  it("a label two fields share, out of the layout's order: read by order, and said", () => {
    const orgPhone = 'Puhelinnumero: 020 610 6000\n\n';
    const homepage = 'Projektin kotisivun osoite: www.mahdollistaja.fi, www.syfo.fi/mahdollistaja\n\n';
    const text = seed000.replace(orgPhone, '').replace(homepage, homepage + orgPhone);
    expect(text).not.toBe(seed000);
    const said = parse(text).diagnostics.filter((d) => d.rule === 'ambiguous-label');
    // The contact's own `Puhelinnumero` below then takes the place the first left, and is as doubtful.
    expect(said.map((d) => [d.severity, d.line, d.path])).toEqual([
      ['warning', lineOf(text, 'Puhelinnumero: 020 610 6000'), '/contact/phone'],
      ['warning', lineOf(text, 'Puhelinnumero: 020 610 7074'), '/organisation/phone'],
    ]);
    expect(parse(seed000).diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
  });
});

