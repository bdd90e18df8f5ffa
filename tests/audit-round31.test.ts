// What the thirty-first round found — each failure reproduced on a seed or a fixture with one change
// (or on a small invented text): read right now, or said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { seed } from './helpers/edits.js';
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
    ['a sentence opening with `Copyright`', 'Copyright 2010 siirtyi hankkeelle.'],
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
