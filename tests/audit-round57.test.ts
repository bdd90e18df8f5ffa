// What the fifty-seventh round found, and what it mended of the last round's left list: each reproduced on
// an edited fixture or a small input, said or read now.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { lineOf, rewrite } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');

describe('fifty-seventh round (left by round 56): a co-implementer\'s town after its Y-tunnus, another entry after it', () => {
  const base = fixture('variations/co-implementers.txt');
  const tidy = parse(base).record!.organisation.coImplementers;
  const first = 'Lahden ammattikorkeakoulu Oy, 2630644-6';
  const second = 'Koulutuskeskus Salpaus, kuntayhtymä, 0116480-8';
  const townSaid = (text: string) => parse(text).diagnostics.filter((d) => d.message.includes('"Lahti" after the Y-tunnus')).map((d) => [d.severity, d.line]);

  it('on the same line after a semicolon or a comma: the town left out, said; the next entry keeps its own name (was `Lahti; Koulutuskeskus Salpaus, kuntayhtymä`, an info note only)', () => {
    for (const gap of ['; ', ', ']) {
      const text = rewrite(base, `${first}\n${second}`, `${first}, Lahti${gap}${second}`);
      expect(parse(text).record!.organisation.coImplementers, gap).toEqual(tidy);
      expect(townSaid(text), gap).toEqual([['warning', lineOf(text, `${first}, Lahti${gap}${second}`)]]);
    }
  });

  it('hard-wrapped, the town on a line of its own above the next entry: the town left out, said; the next entry not glued to it (was `Lahti Koulutuskeskus Salpaus, kuntayhtymä`)', () => {
    const text = rewrite(base, `${first}\n`, `${first},\nLahti\n`);
    expect(parse(text).record!.organisation.coImplementers).toEqual(tidy);
    expect(townSaid(text)).toEqual([['warning', lineOf(text, `${first},`)]]);
    const wrapped = deriveShape(rewrite(base, first, `${first}, Lahti`), 'wrap60', 45);
    expect(wrapped).toMatch(/2630644-6,\nLahti\n/u);
    expect(parse(wrapped).record!.organisation.coImplementers).toEqual(tidy);
  });

  it('guard: a name that starts with a municipality\'s name, or a municipality that is an entry of its own with its Y-tunnus, stays an entry', () => {
    const entries = (line: string) => parse(rewrite(base, `${first}\n`, `${line}\n`)).record!.organisation.coImplementers.slice(0, 2);
    expect(entries(`${first}; Lahti Energia Oy, 0208201-1`)).toEqual([{ name: 'Lahden ammattikorkeakoulu Oy', businessId: '2630644-6' }, { name: 'Lahti Energia Oy', businessId: '0208201-1' }]);
    expect(entries(`${first}; Lahti, 0208201-1`)).toEqual([{ name: 'Lahden ammattikorkeakoulu Oy', businessId: '2630644-6' }, { name: 'Lahti', businessId: '0208201-1' }]);
  });
});
