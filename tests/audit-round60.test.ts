// What the sixtieth round found: each reproduced on an edited fixture, read or said now.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { lineOf } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
const seed2014 = fixture('seeds/004_3bb6e26593869c78.txt').replace(/\n*$/u, '\n');
const said = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);
const kept = (text: string) => parse(text).unmapped.map((u) => u.value);

describe('sixtieth round (round 59\'s AN9): a date stamp between a section\'s own lines', () => {
  const stamp = 'Julkaistu 15.6.2018';
  const amid = `${seed2014}\nHankkeen tuottama opas työnantajille\n${stamp}\n\nHankkeen toimintamalli jää käyttöön Kuusamon kaupungille.\n`;

  it('below a guide\'s title, with the text going on below it: kept in unmapped, said (was dropped as furniture, info only)', () => {
    expect(said(amid, stamp)).toEqual([['warning', 'unmapped-text']]);
    expect(kept(amid)).toEqual([stamp]);
    const report = parse(amid).record!.finalReportSummary!;
    expect(report).toContain('Hankkeen tuottama opas työnantajille');
    expect(report).toContain('Hankkeen toimintamalli jää käyttöön Kuusamon kaupungille.');
    expect(report).not.toContain(stamp);
  });

  it('guard: a stamp at the text\'s end, or on a project page below its title, stays furniture (info)', () => {
    const atEnd = `${seed2014}\n${stamp}\n`;
    expect(said(atEnd, stamp)).toEqual([['info', 'page-furniture']]);
    const page = fixture('pages/ended.txt');
    const title = page.split('\n')[0];
    const stamped = page.replace(`${title}\n`, `${title}\nPäivitetty 12.3.2019\n`);
    expect(said(stamped, 'Päivitetty 12.3.2019')).toEqual([['info', 'page-furniture']]);
  });
});
