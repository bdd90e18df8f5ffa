import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadHash, normaliseKey, PhraseStarts } from '../src/key.js';

const phrases = ['Osatoteuttajat', 'Hankkeen yhteyshenkilö', 'Contact person’s e-mail', 'EU:lta', 'Ääni ja Öljy', 'Kesken.', 'ΣΥΝΟΨΗ'];
const glued = ['Etusivu', 'Hankkeet', 'EU'];

/** Ways a copy writes a phrase: other case, stray white space, a colon or dot after it, another apostrophe. */
const written = fc
  .tuple(fc.constantFrom(...phrases, ...glued), fc.constantFrom('', ':', '.', ' :', '\t'), fc.constantFrom('', ' ', '\u00a0', '\t'), fc.boolean(), fc.constantFrom(' ', '  ', '\t', '\u00a0'))
  .map(([phrase, end, start, upper, space]) => start + (upper ? phrase.toUpperCase() : phrase.toLowerCase()).replace(/ /g, space).replace(/’/g, "'") + end);

describe('PhraseStarts: the cheap test before a line key is computed', () => {
  const keys = phrases.map(normaliseKey);
  const starts = new PhraseStarts(keys, glued.map(normaliseKey));

  it('admits every way of writing a phrase whose key is the phrase', () => {
    fc.assert(
      fc.property(written, (text) => {
        if (keys.includes(normaliseKey(text))) expect(starts.admits(text)).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('admits phrases glued together, with or without a space', () => {
    expect(starts.admits('Etusivu Hankkeet')).toBe(true);
    expect(starts.admits('EtusivuHankkeet')).toBe(true);
    expect(starts.admits('EUHankkeet')).toBe(true);
  });

  it('never turns away a text whose key is a phrase (random texts around the phrases)', () => {
    const around = fc.tuple(fc.constantFrom(...phrases, ...glued), fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })).map(([p, a, b]) => a + p + b);
    fc.assert(
      fc.property(fc.oneof(around, fc.string({ maxLength: 12 })), (text) => {
        const key = normaliseKey(text);
        if (keys.includes(key)) expect(starts.admits(text)).toBe(true);
        if (glued.map(normaliseKey).some((g) => key.startsWith(g))) expect(starts.admits(text)).toBe(true);
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it('turns away ordinary prose and other labels', () => {
    expect(starts.admits('Tavoitteena on parantaa palveluja.')).toBe(false);
    // Only the first word is looked at: a sentence starting like a phrase still has its key computed.
    expect(starts.admits('Hankkeen tavoitteena on parantaa palveluja.')).toBe(true);
    expect(starts.admits('Budjetti: 12 000 euroa')).toBe(false);
    // Glued phrases are told by as many first letters as their shortest first word has (`EU`: two).
    expect(starts.admits('Hankekoodi: S21001')).toBe(true);
    expect(starts.admits('Kesto: 2 vuotta')).toBe(false);
  });

  it('cannot tell a first word outside Latin-1, so admits it', () => {
    expect(leadHash('συνοψη', Infinity)).toBe(-1);
    expect(starts.admits('Σύνοψη kaikesta')).toBe(true);
  });
});
