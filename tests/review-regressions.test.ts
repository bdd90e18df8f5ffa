// Reading bugs found in review of the reading core, each on a seed with one change: values that were
// read wrong or lost without a word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
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

  it('page furniture at the end is not where a copy was cut', () => {
    const text = `${seed004}\n\nPalaute\nSivun alkuun`;
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
  });
});
