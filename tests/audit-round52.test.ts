// What the fifty-second round found or left: each reproduced on a small invented text or an edited
// fixture, read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);
const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
const notInfo = (result: Result) => result.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.line]);

const esr2014 = fixture('shapes/react-eu/priority-axis-9.txt');
const seed2007 = fixture('seeds/000_ddad63b48901b7a4.txt');
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
/** Each heading line `7.1 …` / `7 …` at a line's start as `VII.1 …` / `VII …`. */
const romanHeadings = (text: string) => text.replace(/^(\d)(?:\.(\d))? (?=\p{Lu})/gmu, (_, main: string, sub?: string) => `${ROMAN[Number(main)]}${sub ? `.${sub}` : ''} `);

describe('fifty-second round: headings numbered in another form', () => {
  it('a subsection numbered in Roman numerals (`VIII.2 Kestävä kehitys`) is its heading, said as an info (was the text of 8.1 above it, unsaid)', () => {
    const tidy = parse(esr2014);
    const result = parse(esr2014.replace('\n8.2 Kestävä kehitys\n', '\nVIII.2 Kestävä kehitys\n'));
    expect(result.record).toEqual(tidy.record);
    expect(said(result, 'heading-variant')).toEqual([['info', 94]]);
    expect(notInfo(result)).toEqual(notInfo(tidy));
  });

  it('a copy numbered in Roman numerals throughout reads as the tidy one, each heading an info (was two headings in targetArea.description, unsaid)', () => {
    const tidy = parse(esr2014);
    const roman = romanHeadings(esr2014);
    expect(roman).toContain('\nVII.1 Osallistuvien yritysten lukumäärä\n');
    expect(roman).toContain('\nI Hanke\n');
    const result = parse(roman);
    expect(result.record).toEqual(tidy.record);
    expect(said(result, 'heading-variant')).toEqual([5, 21, 49, 53, 55, 59, 65, 73, 75, 79, 83, 85, 94].map((line) => ['info', line]));
    expect(notInfo(result)).toEqual(notInfo(tidy));
  });

  it('a copy whose every heading is numbered `3.1)` is the tidy one with an info a heading (was a warning a heading: a failed `validate --strict`)', () => {
    const tidy = parse(seed2007);
    const parens = seed2007.replace(/^(\d(?:\.\d)?)\.? (?=\p{Lu})/gmu, '$1) ');
    expect(parens).toContain('\n3.1) Maantieteellinen kohdealue\n');
    expect(parens).toContain('\n1) Projekti\n');
    const result = parse(parens);
    expect(result.record).toEqual(tidy.record);
    expect(said(result, 'heading-variant').every(([severity]) => severity === 'info')).toBe(true);
    expect(said(result, 'heading-variant')).toHaveLength(19);
    expect(notInfo(result)).toEqual(notInfo(tidy));
  });
});
