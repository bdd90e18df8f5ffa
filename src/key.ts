import { lazyRegExp } from './lazy-regexp.js';

/** White space other than a single space between words: a tab, a run of spaces, Unicode spaces. */
const FOLD_SPACES = 1;
const FOLD_APOSTROPHES = 2;

/** What a text needs folded: other white space than single spaces (1), typographic apostrophes (2). One scan. */
function foldingNeeds(text: string): number {
  let needs = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 32) needs |= FOLD_SPACES;
    } else if (code < 32 || code === 0xa0) needs |= FOLD_SPACES;
    else if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0xb4 || code === 96) needs |= FOLD_APOSTROPHES;
    else if (code >= 0x1680 && /\s/.test(text[i])) needs |= FOLD_SPACES;
  }
  return needs;
}

/** What a key leaves off a phrase's end: white space, a colon, a dot, a web form's required-field asterisk (`Hankekoodi*:`). */
function isSpaceColonOrDot(code: number): boolean {
  return code === 32 || code === 58 || code === 46 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 42;
}

/**
 * The keys of the grammar's own phrases by their written form, filled once when the grammar loads.
 * Labels and headings are mostly written exactly as the grammar has them, and looking one up is
 * cheaper than lower-casing it: a line of a text with any character above U+00FF is a two-byte
 * string, and V8 lower-cases those through ICU.
 */
const writtenKeys = new Map<string, string>();
let longestWritten = 0;

export function rememberWrittenForms(phrases: Iterable<string>): void {
  for (const phrase of phrases) {
    writtenKeys.set(phrase, computeKey(phrase));
    longestWritten = Math.max(longestWritten, phrase.length);
  }
}

/**
 * Case-, space- and end-punctuation-insensitive key for comparing headings, labels and phrases:
 * lower case, runs of white space as one space, no white space, colon or dot at the ends (nor an
 * asterisk at the end).
 */
export function normaliseKey(text: string): string {
  return (text.length <= longestWritten ? writtenKeys.get(text) : undefined) ?? computeKey(text);
}

/** Typographic apostrophes read as the plain one: `Contact person’s email address`. */
const APOSTROPHES = lazyRegExp(() => /[\u2018\u2019\u02bc\u00b4`]/g);

function computeKey(text: string): string {
  let key = text.toLowerCase();
  const needs = foldingNeeds(key);
  if (needs & FOLD_APOSTROPHES) key = key.replace(APOSTROPHES, "'");
  if (needs & FOLD_SPACES) key = key.replace(/\s+/g, ' ');
  let end = key.length;
  while (end > 0 && isSpaceColonOrDot(key.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && key.charCodeAt(start) === 32) start++;
  return start === 0 && end === key.length ? key : key.slice(start, end);
}

/**
 * Lines longer than this are prose: no heading, label, title or furniture line is this long, so
 * their key is never computed (normalising every prose line was the parser's largest cost).
 */
export const MAX_KEY_LENGTH = 120;

export function shortKey(text: string): string | null {
  return text.length > MAX_KEY_LENGTH ? null : normaliseKey(text);
}

/** The line's whole-text key, computed once when first asked for. */
export function keyOf(line: { text: string; key?: string | null }): string | null {
  if (line.key === undefined) line.key = shortKey(line.text);
  return line.key;
}

/**
 * A number for the first word of a text as its key would have it (lower case, typographic
 * apostrophes as the plain one; the word ends at white space, a colon or a dot), or for its first
 * `limit` characters only; -1 when a character outside Latin-1 makes it unsure. Equal keys give
 * equal numbers, so a text whose number is not one of a phrase list's cannot be one of its phrases.
 */
export function leadHash(text: string, limit: number): number {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0) i++;
    else break;
  }
  let hash = 0;
  for (let taken = 0; i < n && taken < limit; i++, taken++) {
    let c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 58 || c === 46) break;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 96) c = 39;
    else if (c > 127) {
      if (c >= 0xc0 && c <= 0xde && c !== 0xd7) c += 32;
      else if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0xb4) c = 39;
      else if (c > 0xff) return -1;
    }
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash;
}

/** Glued phrases are told by this many first characters at most. */
const GLUED_PREFIX = 4;

/**
 * Tells cheaply, before its key is computed, that a line cannot be one of a list of phrases:
 * lines matched whole (`exact`) by their first word, lines that may be several phrases glued
 * together (`glued`, `Etusivu Hankkeet`, even without a space) by their first characters. Most
 * lines of a text are none of them, and their keys are never computed.
 */
export class PhraseStarts {
  private readonly words = new Set<number>();
  private readonly prefixes = new Set<number>();
  private readonly prefixLength: number;

  constructor(exact: Iterable<string>, glued: Iterable<string> = []) {
    for (const key of exact) this.words.add(leadHash(key, Infinity));
    const gluedKeys = [...glued];
    this.prefixLength = Math.min(GLUED_PREFIX, ...gluedKeys.map((key) => firstWordLength(key)));
    for (const key of gluedKeys) this.prefixes.add(leadHash(key, this.prefixLength));
  }

  /** False when `text` (whose first word's `leadHash` is `word`, when known) is surely none of the phrases. */
  admits(text: string, word = leadHash(text, Infinity)): boolean {
    if (word === -1 || this.words.has(word)) return true;
    if (this.prefixes.size === 0) return false;
    const prefix = leadHash(text, this.prefixLength);
    return prefix === -1 || this.prefixes.has(prefix);
  }
}

function firstWordLength(key: string): number {
  let n = 0;
  while (n < key.length && !/[\s:.]/.test(key[n])) n++;
  return n;
}

/** The line's `leadHash`, computed once when first asked for. */
export function leadOf(line: { text: string; lead?: number }): number {
  if (line.lead === undefined) line.lead = leadHash(line.text, Infinity);
  return line.lead;
}
