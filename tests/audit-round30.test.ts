// What the thirtieth round found — each failure reproduced on a seed or a fixture with one change
// (or on a small invented text): read right now, or said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { seed } from './helpers/edits.js';

const seed004 = seed('004_3bb6e26593869c78');
/** Seed 004 up to its summary's first paragraph, then `last` as the text's last line. */
const cutInSummary = (last: string, lineBreak: boolean) => {
  const lines = seed004.split('\n');
  return `${lines.slice(0, 51).join('\n')}\n\n${last}${lineBreak ? '\n' : ''}`;
};

describe('audit round 30: a copy cut right after an inline list\'s number', () => {
  it.each([
    ['Toimenpiteet ovat: 1) Asiakasohjaus, 2) Ryhmävalmennus, 3)', false],
    ['Toimenpiteet ovat: 1) Asiakasohjaus, 2) Ryhmävalmennus, 3)', true],
    ['Hankkeessa järjestetään a) ohjausta ja b)', false],
    ['Hankkeessa järjestetään a) ohjausta ja b)', true],
  ])('"%s" (saved with a line break: %s) is said to be cut at its line', (last, lineBreak) => {
    const result = parse(cutInSummary(last, lineBreak));
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', 53]]);
  });
  it('a remark\'s closing bracket after a number is a whole line (saved with a line break)', () => {
    const result = parse(cutInSummary('Tulokset raportoidaan erikseen (ks. liite 2)', true));
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
  });
});

describe('audit round 30: a furniture word in lower case ending the last text\'s sentence', () => {
  it('`takaisin.` below a line that goes on is the final report\'s last word, not page furniture', () => {
    const result = parse(`${seed004}\nOsallistujista moni palasi opintoihin tai työhön, osa palasi\ntakaisin.\n`);
    expect(result.record!.finalReportSummary).toMatch(/osa palasi\ntakaisin\.$/u);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture')).toEqual([]);
  });
  it('a copy cut there (`… OPH:n` / `hyväksy`) is said to be cut at that line', () => {
    const text = `${seed004}\nLisäksi opiskelijoilla on mahdollisuus suorittaa OPH:n\nhyväksy`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toMatch(/OPH:n\nhyväksy$/u);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', text.split('\n').length]]);
  });
  it.each(['Tulosta', 'takaisin'])('"%s" after a sentence\'s end stays furniture', (word) => {
    const text = `${seed004}\n${word}\n`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toMatch(/kautta\.$/u);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => [d.severity, d.line])).toEqual([['info', text.split('\n').length - 1]]);
  });
});
