// Reading bugs found in review of the reading core, each on a seed with one change: values that were
// read wrong or lost without a word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
const seed003 = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
const after = (text: string, anchor: string, insert: string) => text.replace(anchor, `${anchor}${insert}`);

describe('review regressions', () => {
  it('a line broken before a colon inside prose stays as written, once', () => {
    const text = after(seed004, '3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', 'Tämä on tiivistelmä.\nHankkeen\nnimi: muutettiin kesken hankkeen.\n\n');
    expect(parse(text).record!.summary).toMatch(/^Tämä on tiivistelmä\.\nHankkeen\nnimi: muutettiin kesken hankkeen\.\n\nKuusamossa/);
  });

  it('a sentence under a fields heading, before its fields, stays in that section', () => {
    const text = after(seed004, '8.1 Sukupuolten tasa-arvo\n\n', 'Tasa-arvo huomioidaan seuraavasti.\n\n').replace(/\n\n9 Loppuraportin tiivistelmä[\s\S]*$/, '');
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis?.answer).toBe(true);
    expect(result.unmapped.map((u) => u.value)).toContain('Tasa-arvo huomioidaan seuraavasti.');
  });

  it('a value with a label of another section in it is not cut there', () => {
    const text = seed004.replace('Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: Nuoret ja Y-tunnus: uusi alku');
    expect(parse(text).record!.project.name).toBe('Nuoret ja Y-tunnus: uusi alku');
  });

  it('a banner phrase inside the text is text', () => {
    const text = after(seed004, '3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', 'Hankkeen rahoittavat\nEuroopan unioni\nja valtio.\n\n');
    expect(parse(text).record!.summary).toMatch(/^Hankkeen rahoittavat\nEuroopan unioni\nja valtio\./);
  });

  it('an explanation line ending in a number is no row', () => {
    const text = seed004.replace('Materiaalit ja jätteet 5 8\n', 'Materiaalit ja jätteet 5 8\nKierrätykseen tutustuu vuosittain 20\n');
    const rows = parse(text).record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows.map((r) => r.criterion)).not.toContain('Kierrätykseen tutustuu vuosittain');
    expect(rows.find((r) => r.criterion === 'Materiaalit ja jätteet')!.text).toMatch(/^Kierrätykseen tutustuu vuosittain 20\n/);
  });

  it('a next-line field with its value on the label line takes no more lines', () => {
    const text = seed000.replace(/\n\n9\. Loppuraportin tiivistelmä[\s\S]*$/, '\n\nValtakunnallisen osion kehittämisohjelma: Työllisyysohjelma\n\nProjekti päättyi ajallaan.');
    expect(parse(text).record!.classification.nationalDevelopmentProgramme).toBe('Työllisyysohjelma');
  });

  it('labels under a numbered sub-heading the layout does not know are read', () => {
    const text = seed000.replace('Vastuuhenkilön nimi:', '2.1 Yhteyshenkilö\n\nVastuuhenkilön nimi:');
    const result = parse(text);
    expect(result.record!.contact.name).toBe('Anna Keto-Tokoi');
    expect(result.diagnostics.some((d) => d.rule === 'unmapped-text' && result.unmapped.some((u) => u.value === '2.1 Yhteyshenkilö' && u.line === d.line))).toBe(true);
  });

  it('a heading wrapped over two lines still keeps text before it from opening its section', () => {
    const text = seed004.replace('3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', 'Hanke toteutetaan yhdessä kumppanien kanssa.\n\n3 Suunnitelman mukainen\ntiivistelmä toteutuksesta\n\n');
    const result = parse(text);
    expect(result.record!.summary).toMatch(/^Kuusamossa on tehty suunnitelmallista työtä/);
    expect(result.unmapped.map((u) => u.value)).toEqual(['Hanke toteutetaan yhdessä kumppanien kanssa.']);
    expect(result.diagnostics.some((d) => d.rule === 'unmapped-text' && d.line === 49)).toBe(true);
  });

  it('in a copy without blank lines, a sentence below an empty field opens the next section, not the field', () => {
    const text = seed004
      .replace('Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', 'Hakijoiden lukumäärä tai tuen siirto -menettely:')
      .replace('3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', 'Hanke onnistui hyvin.\n')
      .replace(/\n\n+/g, '\n');
    const result = parse(text);
    expect(result.record!.organisation.applicantArrangement).toBeNull();
    expect(result.record!.summary).toMatch(/^Hanke onnistui hyvin\.\nKuusamossa on tehty/);
    expect(result.diagnostics.some((d) => d.rule === 'ambiguous-prose-boundary' && d.line === 25)).toBe(true);
  });

  it('a field missing from a section without its heading is located at the section start', () => {
    const text = seed004.replace('2 Hakijan perustiedot\n\n', '').replace('Y-tunnus: 0832600-5\n\n', '');
    const missing = parse(text).diagnostics.filter((d) => d.rule === 'missing-field');
    expect(missing.map((d) => [d.line, d.column, d.message])).toEqual([[21, 1, 'Y-tunnus (organisation.businessId) is missing from section 2 "Hakijan perustiedot"']]);
  });

  it('a role with a one-line short text is not glued to the role before it, and the doubt is said', () => {
    const text = seed003.replace(/Vaasan kaupunki osallistuu hankkeen rahoitukseen[^\n]*/, 'Päätoteuttaja');
    const result = parse(text);
    const roles = result.record!.projectPage!.roles!;
    expect(roles.map((r) => r.role)).toEqual(['Projektitiimi', 'Hankkeen toteuttajaorganisaatio', 'Päätoteuttaja', 'Kumppanit', 'Rahoittaja', 'Ohjausryhma']);
    expect(roles[0].text).toMatch(/^Projektipäällikkö hoitaa hallinnolliset tehtävät.*päin\.$/);
    const doubt = result.diagnostics.filter((d) => d.rule === 'ambiguous-role');
    expect(doubt.map((d) => [d.severity, d.line, d.path])).toEqual([['warning', 117, '/projectPage/roles/1/text']]);
  });

  it('page furniture at the end is not where a copy was cut', () => {
    const text = `${seed004}\n\nPalaute\nSivun alkuun`;
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
  });
});
