// What the twenty-sixth round found — each failure reproduced on a seed with one change: read right
// now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed000 = seed('000_ddad63b48901b7a4');
const seed004 = seed('004_3bb6e26593869c78');

/** The seed up to and including its line `through` (1-based), then `last` as its last line. */
const cutAfter = (text: string, through: number, last: string, lineBreak: boolean) => `${text.split('\n').slice(0, through).join('\n')}\n${last}${lineBreak ? '\n' : ''}`;

describe('audit round 26: a copy cut inside a list of areas after the summary', () => {
  // Seed 004 has its area lists in section 6, after the summary: a copy cut there lacks no required field.
  const lines = seed004.split('\n');
  const municipalitiesLine = lines.indexOf('Kunnat: Kuusamo');
  const regionsLine = lines.indexOf('Maakunnat: Pohjois-Pohjanmaa');

  it.each([
    ['Kunnat: Taivalkoski, Kuus', true],
    ['Kunnat: Taivalkoski, Kuus', false],
    ['Kunnat: Taivalkoski ja Kuus', true],
    ['Kunnat: Kuusamo, Taival', true],
  ])('`%s` (saved with a line break: %s) is said as cut at its line, the names kept as written', (last, lineBreak) => {
    const result = parse(cutAfter(seed004, municipalitiesLine, last, lineBreak));
    const line = municipalitiesLine + 1;
    const said = result.diagnostics.filter((d) => d.line === line).map((d) => [d.severity, d.rule]);
    expect(said).toContainEqual(['warning', 'text-cut-off']);
    expect(said).toContainEqual(['warning', 'value-cut-off']);
    expect(result.record!.targetArea.municipalities.at(-1)).toBe(last.endsWith('Kuus') ? 'Kuus' : 'Taival');
  });

  it('a region cut inside its name (`Maakunnat: Pohjois-Pohj`) is said as cut', () => {
    const result = parse(cutAfter(seed004, regionsLine, 'Maakunnat: Pohjois-Pohj', true));
    const said = result.diagnostics.filter((d) => d.line === regionsLine + 1).map((d) => d.rule);
    expect(said).toEqual(expect.arrayContaining(['text-cut-off', 'value-cut-off']));
  });

  it.each(['Kunnat: Taivalkoski, Ii', 'Kunnat: Kuusamo', 'Kunnat: Koko Suomi', 'Kunnat: Oulu, Lapin kunnat'])('a list ending in a whole name or in no name\'s start (`%s`) is not said as cut', (last) => {
    const result = parse(cutAfter(seed004, municipalitiesLine, last, true));
    expect(result.diagnostics.map((d) => d.rule)).not.toContain('text-cut-off');
    expect(result.diagnostics.map((d) => d.rule)).not.toContain('value-cut-off');
  });

  it('the seed whole, with its list of 84 municipalities, is not said as cut', () => {
    expect(parse(seed000).diagnostics.map((d) => d.rule)).not.toContain('text-cut-off');
  });
});
