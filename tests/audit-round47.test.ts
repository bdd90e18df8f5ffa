// What the forty-seventh round found: each reproduced on a small invented text or an edited fixture,
// read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
/** The line number of the text's first line that starts so. */
const lineStarting = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);

const seed004 = fixture('seeds/004_3bb6e26593869c78.txt');
const flat2014 = fixture('shapes/flattened/esr-2014-2020.txt');
/** The flattened 2014–2020 copy up to its last field of section 2 (its summary and later sections left out). */
const flatFields = flat2014.split('\n').slice(0, lineStarting(flat2014, 'Hakijoiden lukumäärä')).join('\n');

describe('forty-seventh round: a flattened summary opened by a one-word sub-heading, cut', () => {
  it('cut mid-word below `Tavoitteet`, saved with its line break, is said cut (was read whole)', () => {
    const text = `${flatFields}\nTavoitteet\nVäestönkasvua ylläpitää muuttovoitto ulkomailta. Tilastojen muk\n`;
    const result = parse(text);
    expect(result.record!.summary).toBe('Tavoitteet\nVäestönkasvua ylläpitää muuttovoitto ulkomailta. Tilastojen muk');
    expect(said(result, 'text-cut-off')).toEqual([['warning', lineStarting(text, 'Väestönkasvua')]]);
  });

  it('cut right after the sub-heading, the summary a word alone, is said cut (was read whole)', () => {
    const text = `${flatFields}\nTavoitteet\n`;
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', lineStarting(text, 'Tavoitteet')]]);
  });

  it('guard: the whole flattened copy, and a summary sentence that ends with its full stop below the sub-heading, are not said cut', () => {
    expect(said(parse(flat2014), 'text-cut-off')).toEqual([]);
    expect(said(parse(`${flatFields}\nTavoitteet\nVäestönkasvua ylläpitää muuttovoitto ulkomailta.\n`), 'text-cut-off')).toEqual([]);
  });
});

describe('forty-seventh round: a copy ending on an abbreviation', () => {
  const cutAfter4_1 = (words: string) => `${seed004.slice(0, seed004.indexOf('4.1 Varsinaiset kohderyhmät'))}4.1 Varsinaiset kohderyhmät\n\n${words}`;
  it('`Kts.` alone as a section\'s first paragraph (the words after it cut) is said cut (was read whole, diagnostics none)', () => {
    for (const words of ['Kts.', 'Esim.', 'Vrt.']) {
      const text = cutAfter4_1(words);
      const result = parse(text);
      expect(said(result, 'text-cut-off'), words).toEqual([['warning', lineStarting(text, words)]]);
    }
  });

  it('a summary ending on `kts.` (`… josta aiheutuu kts.`) is said cut, as `ks.` was', () => {
    const text = `${seed004.slice(0, seed004.indexOf('4 Hankkeen kohderyhmät'))}`.trimEnd().replace(/\.$/u, ' kts.');
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', text.split('\n').length]]);
  });

  it('guard: a one-letter initial alone (`N.`) and a sentence ending on a word are not said cut', () => {
    expect(said(parse(cutAfter4_1('Työttömät nuoret.\n')), 'text-cut-off')).toEqual([]);
    expect(said(parse(cutAfter4_1('N.')), 'text-cut-off')).toEqual([]);
  });
});
