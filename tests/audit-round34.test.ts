// What the thirty-fourth round found: each reproduced on a small invented text, read right now or
// said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf, seed } from './helpers/edits.js';

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
