/** Lines of a value, label or heading broken by a copy's wrapping, joined as they were written. */
import { vocabulary } from '../grammar/index.js';
import { lazyRegExp } from '../lazy-regexp.js';

/**
 * A value's lines joined where a copy wrapped them: with a space, or none after a hyphen that ends
 * a word before a capital (`Pohjois-` / `Pohjanmaan`: a name broken at its hyphen) or after a
 * capital or digit (`ELY-` / `keskus`). A hyphen before a list word stays a suspended compound
 * (`liikenne-` / `ja ympäristökeskus`, `EU-` / `ja valtion rahoitus`); between two lower-case parts it is a printed copy's
 * hyphenation of one word (`Työvoima-` / `opisto`, `kehittä-` / `mistä`), joined without it.
 */
export function joinWrapped(before: string, after: string): string {
  if (!/\p{L}-$|\d-$/u.test(before)) return `${before} ${after}`;
  if (SUSPENDED_COMPOUND.test(after)) return `${before} ${after}`;
  if (/^\p{Lu}/u.test(after) || /[\p{Lu}\d]-$/u.test(before)) return `${before}${after}`;
  if (!/^\p{Ll}/u.test(after)) return `${before} ${after}`;
  // The same vowel either side is written with its hyphen (`kuorma-` / `autoilijat`).
  const last = before.charAt(before.length - 2).toLowerCase();
  if (last === after.charAt(0) && /[aeiouyäö]/u.test(last)) return `${before}${after}`;
  // So is an abbreviation's (`pk-` / `yritysten`, `sote-` / `palvelut`: vocabulary
  // `hyphenKeptAfter`, none a word's first syllable). (A word with a hyphen of its own,
  // `Mikkeli-Juva-` / `yhteistyö`, cannot be told from a name hyphenated by the print,
  // `Etelä-Pohjan-` / `maan`: joined without it, as before.)
  const word = WORD_BEFORE_HYPHEN.exec(before)?.[1] ?? '';
  if (HYPHEN_KEPT_AFTER.has(word)) return `${before}${after}`;
  return `${before.slice(0, -1)}${after}`;
}

/** The word before a line's closing hyphen. */
const WORD_BEFORE_HYPHEN = lazyRegExp(() => /(?:^|[\s(/])([\p{L}\d-]*?[\p{L}\d])-$/u);
const HYPHEN_KEPT_AFTER = new Set(vocabulary.hyphenKeptAfter.words);

/**
 * What follows a suspended compound's hyphen (`sosiaali-` / `ja terveyspalvelut`, `työ-, elinkeino-`):
 * the list word and the compound it shares its part with, on the line or, wrapped narrowly, below
 * it (`työ-` / `ja` / `toimintakyvyn`). The list word before a comma is the end of a word hyphenated
 * before it (`Toiminnanjohta-` / `ja, kouluttaja`); so is the list word alone at the value's end
 * (`withHyphenatedEnd`).
 */
const SUSPENDED_COMPOUND = lazyRegExp(() => new RegExp(`^(?:${vocabulary.valueGoesOnAfter.words.join('|')})(?:\\s+[\\p{L}\\d]|$)`, 'iu'));

/** A stem ending in a vowel, its hyphen, and the list word (`johta- ja`: the agent noun's `-ja`; `Valmennus- ja` is no word). */
const HYPHENATED_END = lazyRegExp(() => new RegExp(`([aeiouyäö])- (${vocabulary.valueGoesOnAfter.words.join('|')})$`, 'u'));

/**
 * A value whose last line is a list word alone below a line ending with a hyphen after a vowel
 * (`Toiminnanjohta-` / `ja`): no compound is suspended at a value's end, the word was hyphenated
 * (`Toiminnanjohtaja`), unless suspended compounds stand before it in a list (`elinkeino-, liikenne-` /
 * `ja`: kept as written). (Not on a cut line, where the value may have gone on; written on one line,
 * `… liikenne- ja` is a value cut off, and said so.) `lastLine`: the value's last line as written.
 */
export function withHyphenatedEnd(value: string, lastLine: string): string {
  return SUSPENDED_COMPOUND.test(lastLine) && !/\s/u.test(lastLine) && HYPHENATED_END.test(value) && !SUSPENDED_LIST_END.test(value) ? value.replace(HYPHENATED_END, '$1$2') : value;
}

/** A list of suspended compounds before the last (`elinkeino-, liikenne- ja`): that one is suspended too, its compound's end lost below. */
const SUSPENDED_LIST_END = lazyRegExp(() => /\p{L}-,\s+\S+-\s+\S+$/u);
