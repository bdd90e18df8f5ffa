// Values read wrong and false diagnostics found by the fifteenth round: real register pages (found
// through a search index, never copied here) and copies of them, run through the tool in the shapes
// real copies take; each failure reproduced on a seed with one change or on a small invented text:
// read right now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed001 = readFileSync(`${root}fixtures/seeds/001_870e9aa13936b8c2.txt`, 'utf8');

/** The text up to and including line `count` (1-based), without a final line break: a copy cut there. */
const firstLines = (text: string, count: number) => text.split('\n').slice(0, count).join('\n');

describe('audit round 15: a copy cut right after an abbreviation', () => {
  const cutAt = (last: string) => `${firstLines(seed001, 42)}\n${last}`;

  it('`Asema: va.` is said to be cut at its value (it is the start of `va. projektipäällikkö`)', () => {
    const result = parse(cutAt('Asema: va.'));
    const cut = result.diagnostics.filter((d) => d.rule === 'value-cut-off');
    expect(cut.map((d) => d.line)).toEqual([43]);
    expect(result.diagnostics.some((d) => d.rule === 'text-cut-off' && d.line === 43)).toBe(true);
  });

  it('so is `n.` at the end of a value (`noin`), and `esim.`', () => {
    for (const last of ['Asema: projektipäällikkö n.', 'Asema: esim.']) {
      expect(parse(cutAt(last)).diagnostics.some((d) => d.rule === 'value-cut-off' && d.line === 43), last).toBe(true);
    }
  });

  it('guard: a whole value with its full stop (`Asema: projektipäällikkö.`), or an abbreviation inside a word, is not cut', () => {
    for (const last of ['Asema: projektipäällikkö.', 'Asema: koordinaattori Vanha.']) {
      expect(parse(cutAt(last)).diagnostics.some((d) => d.rule === 'value-cut-off'), last).toBe(false);
    }
  });
});

describe('audit round 15: a technical-assistance description of 2007–2013 writes section 3 as text only', () => {
  const fixture = readFileSync(`${root}fixtures/shapes/renumbered/technical-assistance-area-text-2007-2013.txt`, 'utf8');
  const description = 'Projekti toimii koko Kainuun maakunnan alueella.';

  it('the text is the target area\'s description, said with an info at it', () => {
    const result = parse(fixture);
    expect(result.record!.targetArea.description!.startsWith(description)).toBe(true);
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.find((d) => d.rule === 'section-as-text')).toMatchObject({ severity: 'info', line: 47, path: '/targetArea/description' });
  });

  it('guard: under a reworded heading (`3. Projektin kuvaus`) the text stays in unmapped with its warning', () => {
    const result = parse(fixture.replace('3. Projektin toteutusalue ja kohderyhmän kuvaus', '3. Projektin kuvaus'));
    expect(result.record!.targetArea.description).toBeNull();
    expect(result.unmapped.some((u) => u.value.startsWith(description))).toBe(true);
  });

  it('guard: a copy cut inside the text, or right after it at a subsection\'s number, may have had subsections: unmapped', () => {
    const at = fixture.indexOf(description);
    for (const cut of [fixture.slice(0, at + 30), `${fixture.slice(0, fixture.indexOf('\n\n', at))}\n\n3.1`]) {
      const result = parse(cut);
      expect(result.record!.targetArea.description, cut.slice(-20)).toBeNull();
      expect(result.diagnostics.some((d) => d.rule === 'text-cut-off')).toBe(true);
    }
  });
});
