// The pattern set (src/pattern-set.ts) tries each pattern only on lines it could match, read from
// the pattern's source; it must answer exactly as trying every pattern would.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../src/lazy-regexp.js';
import { leadCharacters, leadWords, PatternSet } from '../src/pattern-set.js';
import { TEMPLATE_NAME_PATTERN } from '../src/record/schema.js';
import { root } from './helpers/fixtures.js';

const vocabulary = JSON.parse(readFileSync(`${root}grammar/vocabulary.json`, 'utf8'));
const furniture = vocabulary.pageFurniture;
const lists: [string, string[], string][] = [
  ['patterns', furniture.patterns, 'iu'],
  ['anywherePatterns', furniture.anywherePatterns, 'iu'],
  ['anywhereCasedPatterns', furniture.anywhereCasedPatterns, 'u'],
  ['anywhereEndPatterns', furniture.anywhereEndPatterns, 'iu'],
];

const sorted = (set: Set<string> | null) => (set === null ? null : [...set].sort().join(''));

describe('what a pattern begins with, read from its source', () => {
  it('an anchored pattern: the characters its first element may be (folded where case is ignored)', () => {
    expect(sorted(leadCharacters('^(?:sivu|page)\\s*\\d', true))).toBe('ps');
    expect(sorted(leadCharacters('^(?:sivu|Page)\\s*\\d', false))).toBe('Ps');
    expect(sorted(leadCharacters('^\\d{1,3}\\s*/', true))).toBe('0123456789');
    expect(sorted(leadCharacters('^\\(\\s*jatkuu\\)$|^jatkuu', true))).toBe('(j');
    expect(sorted(leadCharacters('^[a-c«]x', true))).toBe('abc«');
    expect(sorted(leadCharacters('^\\u00c4x', true))).toBe('ä');
    // An optional element, then white space any number of times, then words: all of them.
    expect(leadCharacters('^[↑⬆]?\\s*(?:top|ylös)', true)).toEqual(new Set(['↑', '⬆', 't', 'y', ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']));
    expect(sorted(leadCharacters('^\\u{1F600}x', true))).toBe('😀');
    expect(sorted(leadCharacters('^a{0,2}b', true))).toBe('ab');
    expect(sorted(leadCharacters('^a{2}b|^c+?d', true))).toBe('ac');
    // A look-ahead is passed over; what follows it decides.
    expect(sorted(leadCharacters('^(?=.{0,20}$)(?:ab|cd)', true))).toBe('ac');
  });

  it('what it cannot tell is null: such a pattern is tried on every line', () => {
    for (const source of ['^\\uD83D\\uDE00', '^.foo', '^[^a]b', 'foo|^bar', '^a|b', '^(?:a)?$', '^\\p{Lu}x', '^\\Sx', 'abc', '^(?:a|b', '^[a-c', '^\\']) expect(leadCharacters(source, true), source).toBeNull();
  });

  it('an unanchored pattern that begins with one of its words: the words', () => {
    expect(leadWords('(?:eväste(?!t(?!tä))|cookie)(?<=^.{0,80})', true)).toEqual(['eväste', 'cookie']);
    expect(leadWords('(?<![\\p{L}])Kakor(?![\\p{L}])', true)).toEqual(['kakor']);
    expect(leadWords('(?<![\\p{L}])Kakor(?![\\p{L}])', false)).toEqual(['Kakor']);
    expect(leadWords('colou?r', true)).toEqual(['colo']);
    for (const source of ['(?:abc)?d', '(?:abc|def)*x', '(?:abc){0,2}', 'abc|^x', 'ab.*', '(?:abc|d)x', '(?:abc|de(?:f))', '\\sabc', '(?:abc', 'a(?:bc)']) expect(leadWords(source, true), source).toBeNull();
  });
});

describe('PatternSet answers as trying every pattern does', () => {
  // Every line of the fixtures and every string of the tests (which hold the furniture the rounds
  // found), as written, in capitals and in lower case.
  const lines = new Set<string>();
  for (const file of fg.sync(['fixtures/**/*.txt', 'tests/**/*.ts'], { cwd: root, absolute: true })) {
    for (const piece of readFileSync(file, 'utf8').split(/\r?\n|\\n|'|`/)) {
      const line = piece.trim();
      lines.add(line);
      lines.add(line.toUpperCase());
      lines.add(line.toLowerCase());
    }
  }

  for (const [name, sources, flags] of lists) {
    it(`pageFurniture.${name} on ${lines.size} lines`, () => {
      const set = new PatternSet(sources, flags);
      const each = sources.map((source) => new RegExp(source, flags));
      let matched = 0;
      const differ: string[] = [];
      for (const line of lines) {
        const expected = each.some((pattern) => pattern.test(line));
        if (expected) matched++;
        if (set.test(line) !== expected) differ.push(line);
      }
      expect(differ).toEqual([]);
      // Not a vacuous comparison: each list has lines it matches.
      expect(matched).toBeGreaterThan(name === 'patterns' || name === 'anywherePatterns' ? 100 : 3);
    });
  }

  it('on a matched line with another first character put before it or in its place (case, white space, the long s)', () => {
    const matchedLines = [...lines].filter((line) => lists.some(([, sources, flags]) => sources.some((source) => new RegExp(source, flags).test(line))));
    const sets = lists.map(([, sources, flags]) => [new PatternSet(sources, flags), sources.map((source) => new RegExp(source, flags))] as const);
    const first = fc.constantFrom('', ' ', '\t', '\u00a0', 'ſ', 'S', 's', 'K', '\u212a', 'Ä', '1', '(', '[', '«', '↑', '|', '-', '©', '!', 'x', 'ς', 'Σ', 'µ', 'ϑ', '\u1c80', '𐐀');
    fc.assert(
      fc.property(fc.constantFrom(...matchedLines), first, fc.boolean(), (line, character, replace) => {
        const text = character + (replace ? line.slice(1) : line);
        for (const [set, each] of sets) expect(set.test(text)).toBe(each.some((pattern) => pattern.test(text)));
      }),
      { numRuns: 2000, seed: 54 },
    );
  });
});

describe('PatternSet keeps apart what an alternation would change', () => {
  it('a backreference or a named group: its pattern tried alone', () => {
    const references = new PatternSet(['^(a)\\1', '^(b)\\1'], 'u');
    expect([references.test('bb'), references.test('bc'), references.test('aa')]).toEqual([true, false, true]);
    const named = new PatternSet(['^(?<x>a)', '^(?<x>b)', '^c'], 'iu');
    expect([named.test('B'), named.test('c'), named.test('d')]).toEqual([true, true, false]);
  });
});

describe('PatternSet compares letters as the i flag does (review P)', () => {
  it('a first letter whose case folding lower case does not tell: every pattern is tried', () => {
    expect(new PatternSet(['^σx'], 'iu').test('ςx')).toBe(true);
    expect(new PatternSet(['^μx'], 'iu').test('µx')).toBe(true);
    expect(new PatternSet(['^θx'], 'iu').test('ϑx')).toBe(true);
    expect(new PatternSet(['^kx'], 'iu').test('\u212ax')).toBe(true);
    expect(new PatternSet(['^sx'], 'iu').test('ſx')).toBe(true);
    expect(new PatternSet(['^σx'], 'u').test('ςx')).toBe(false);
  });

  it('a text with such a letter is not kept from a pattern by its words', () => {
    // (`ABΣ` in lower case is `abς`, a final sigma; the i flag takes `Σ` for `σ`.)
    expect(new PatternSet(['(?<![a-z])abσ'], 'iu').test('x ABΣ')).toBe(true);
    expect(new PatternSet(['(?:eväste|cookie)x'], 'iu').test('ϑ COOKIEX')).toBe(true);
  });
});

describe('lazyRegExp stands in for the expression it makes', () => {
  it('is made at its first use, once', () => {
    let made = 0;
    const pattern = lazyRegExp(() => {
      made++;
      return /b(\d)/gu;
    });
    expect(made).toBe(0);
    expect(pattern.test('ab1')).toBe(true);
    expect(pattern.lastIndex).toBe(3);
    pattern.lastIndex = 0;
    expect(pattern.exec('b2 b3')?.[1]).toBe('2');
    expect(made).toBe(1);
  });

  it('is not what the exported record schema holds: zod keeps a real RegExp (review P)', () => {
    expect(TEMPLATE_NAME_PATTERN).toBeInstanceOf(RegExp);
  });

  it('answers the string methods and the RegExp constructor as the expression does', () => {
    const pattern = lazyRegExp(() => /(\d+)/gu);
    expect('a1b22'.replace(pattern, '<$1>')).toBe('a<1>b<22>');
    expect('a1b22'.replaceAll(pattern, (whole: string) => `${whole.length}`)).toBe('a1b2');
    expect('a1b22c'.split(lazyRegExp(() => /\d+/u))).toEqual(['a', 'b', 'c']);
    expect('a1b22'.match(pattern)).toEqual(['1', '22']);
    expect([...'a1b22'.matchAll(pattern)].map((m) => m.index)).toEqual([1, 3]);
    expect('a1b22'.search(lazyRegExp(() => /b/u))).toBe(2);
    expect(pattern.source).toBe('(\\d+)');
    expect(pattern.flags).toBe('gu');
    expect(`${pattern}`).toBe('/(\\d+)/gu');
    expect(new RegExp(pattern).test('7')).toBe(true);
    expect(new RegExp(pattern, 'y').flags).toBe('y');
  });
});
