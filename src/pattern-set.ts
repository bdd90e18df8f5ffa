/**
 * A list of patterns asked as one ("does any of them match this line?"), each tried only on lines
 * it could match. The page-furniture patterns of the vocabulary are sixty-odd expressions with the
 * `i` and `u` flags, asked of a line or two of nearly every text, and V8 compiles an expression at
 * its first use: compiling them all was a tenth of a small file's run, where none of them matched.
 *
 * So each pattern's source is read for what a match must begin with: the characters a line may
 * start with, for a pattern anchored at the line's start (`^(?:sivu|page)\s*\d` begins with `s` or
 * `p`); the words a line must hold, for a pattern that begins with one of a few words wherever it
 * stands (`(?:eväste|cookie)…`). The patterns a line's first character admits are tried as one
 * alternation, made once for that set of patterns and kept (a pattern with a backreference or a
 * named group alone, as an alternation would renumber or repeat them); a pattern whose start the
 * reading cannot tell (`.`, `\S`, `\p{L}`, a negated class, anything not understood) is tried on
 * every line, and so is every pattern on a line whose first letter's case the `i` flag may fold
 * otherwise than lower case: the reading only ever leaves out what could not match.
 */
export class PatternSet {
  private readonly ignoreCase: boolean;
  /** Patterns tried whatever the line's first character (their start could not be told). */
  private readonly anyLead: number[] = [];
  /** For each first character (folded where the case is ignored), the patterns that may begin with it. */
  private readonly byLead = new Map<string, number[]>();
  /** Unanchored patterns that begin with one of their words: tried only on lines holding one. */
  private readonly byWords: { index: number; words: string[]; made?: RegExp }[] = [];
  /** Patterns with a backreference or a named group, which an alternation would renumber or name twice: each tried alone, where its lead admits the line. */
  private readonly alone: { index: number; lead: Set<string> | null; made?: RegExp }[] = [];
  /** The alternation for a first character, made at its first use (null: no pattern to try). */
  private readonly forLead = new Map<string, RegExp | null>();
  private readonly made = new Map<string, RegExp>();

  private prepared = false;

  constructor(
    private readonly sources: readonly string[],
    private readonly flags: string,
  ) {
    this.ignoreCase = flags.includes('i');
  }

  /** Reads the patterns' sources, at the first test (a run that tests no line reads none). */
  private prepare(): void {
    this.prepared = true;
    this.sources.forEach((source, index) => {
      const lead = leadCharacters(source, this.ignoreCase);
      if (REFERENCE_OR_NAMED_GROUP.test(source)) this.alone.push({ index, lead });
      else if (lead !== null) for (const character of lead) this.byLead.set(character, [...(this.byLead.get(character) ?? []), index]);
      else {
        const words = leadWords(source, this.ignoreCase);
        if (words !== null) this.byWords.push({ index, words });
        else this.anyLead.push(index);
      }
    });
  }

  test(text: string): boolean {
    if (!this.prepared) this.prepare();
    const first = text.length === 0 ? '' : String.fromCodePoint(text.codePointAt(0)!);
    // (A first letter whose case the `i` flag may match otherwise than lower case tells: all patterns.)
    const key = !this.ignoreCase ? first : hasUncertainCase(first) ? ANY_FIRST : fold(first);
    let pattern = this.forLead.get(key);
    if (pattern === undefined) this.forLead.set(key, (pattern = this.alternation(key === ANY_FIRST ? [...[...this.byLead.values()].flat(), ...this.anyLead] : [...(this.byLead.get(key) ?? []), ...this.anyLead])));
    if (pattern !== null && pattern.test(text)) return true;
    if (this.alone.some((entry) => (entry.lead === null || key === ANY_FIRST || entry.lead.has(key)) && (entry.made ??= new RegExp(this.sources[entry.index], this.flags)).test(text))) return true;
    if (this.byWords.length === 0) return false;
    const held = this.ignoreCase ? (hasUncertainCase(text) ? null : fold(text)) : text;
    return this.byWords.some((entry) => (held === null || entry.words.some((word) => held.includes(word))) && (entry.made ??= new RegExp(this.sources[entry.index], this.flags)).test(text));
  }

  private alternation(listed: number[]): RegExp | null {
    if (listed.length === 0) return null;
    const indexes = [...new Set(listed)].sort((a, b) => a - b);
    const key = indexes.join(',');
    let made = this.made.get(key);
    if (made === undefined) this.made.set(key, (made = new RegExp(indexes.map((i) => `(?:${this.sources[i]})`).join('|'), this.flags)));
    return made;
  }
}

/** A backreference (`\1`, `\k<name>`) or a named group (`(?<name>`) in a source (or an escaped backslash before a digit: tried alone all the same). */
const REFERENCE_OR_NAMED_GROUP = /\\(?:[1-9]|k<)|\(\?<(?![=!])/u;

/** The key of a line whose first character's case is uncertain (see `hasUncertainCase`): every pattern is tried. */
const ANY_FIRST = 'any';

/**
 * Whether a text has a letter beyond Latin (from U+0300 on, or the micro sign) that has case: the
 * `i` flag compares letters by Unicode's case folding, which lower case does not always tell (`ς`
 * and `σ`, `µ` and `μ`, `ϑ` and `θ`, a word's final `Σ` lower-cased to `ς`). Latin letters fold as
 * their lower case does, but for the long s (see `fold`).
 */
function hasUncertainCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300 && code !== 0xb5) continue;
    const letter = String.fromCodePoint(text.codePointAt(i)!);
    if (letter.toLowerCase() !== letter || letter.toUpperCase() !== letter) return true;
    if (letter.length === 2) i++;
  }
  return false;
}

/**
 * A text as the `i` flag compares it, near enough for telling what may match: in lower case, with
 * the long s (`ſ`, which the `iu` flags take for `s`) as `s`. (The Kelvin and Ångström signs are
 * in lower case `k` and `å` already.)
 */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/**
 * Adds a character as the `i` flag compares it: its lower case and its upper case's lower case.
 * (ASCII by its code: the classes `\s` and `\w` put a hundred characters in a lead, and case
 * conversions of each were most of the reading's time at start-up.)
 */
function foldInto(lead: Set<string>, character: string): void {
  const code = character.charCodeAt(0);
  if (code < 128) {
    lead.add(code >= 65 && code <= 90 ? String.fromCharCode(code | 0x20) : character);
    return;
  }
  lead.add(fold(character));
  lead.add(fold(character.toUpperCase()));
}

/** The characters a pattern's source may begin with, all of whose alternatives are anchored at `^`; null where that cannot be told. */
export function leadCharacters(source: string, ignoreCase: boolean): Set<string> | null {
  const reader = new SourceReader(source);
  const lead = new Set<string>();
  for (;;) {
    if (!reader.take('^')) return null;
    const sequence = reader.sequence(')');
    if (sequence === null || sequence.nullable) return null;
    if (ignoreCase) for (const character of sequence.lead) foldInto(lead, character);
    else for (const character of sequence.lead) lead.add(character);
    reader.skipAlternative();
    if (reader.done()) return lead;
    if (!reader.take('|')) return null;
  }
}

/**
 * The words one of which begins every match of an unanchored pattern (`(?:eväste|cookie)…`, a
 * zero-width look-behind before it passed over): each of three letters or more; null otherwise.
 */
export function leadWords(source: string, ignoreCase: boolean): string[] | null {
  // (`abc|^x` holds no `abc` in its second alternative.)
  if (new SourceReader(source).skipTo('|', '|')) return null;
  const reader = new SourceReader(source);
  reader.skipZeroWidth();
  const words: string[] = [];
  if (reader.take('(?:')) {
    for (;;) {
      const word = reader.literalRun();
      if (word.length < 3) return null;
      words.push(word);
      if (!reader.skipTo('|', ')')) return null;
      if (reader.take(')')) break;
      reader.take('|');
    }
    // (`(?:abc)?d` holds no word: a group that may be absent.)
    if (reader.quantifierAllowsNone()) return null;
  } else {
    const word = reader.literalRun();
    if (word.length < 3) return null;
    words.push(word);
  }
  return words.map((word) => (ignoreCase ? fold(word) : word));
}

/** What `\d`, `\s` and `\w` match (`\w` with the `iu` flags also the long s and the Kelvin sign, which fold to `s` and `k`). */
const CLASS_ESCAPES: Record<string, string> = {
  d: '0123456789',
  w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_\u017f\u212a',
  s: '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
};

interface Sequence {
  lead: Set<string>;
  nullable: boolean;
}

/** Reads a pattern's source from its start, as far as telling what a match begins with needs. */
class SourceReader {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }
  take(text: string): boolean {
    if (!this.source.startsWith(text, this.at)) return false;
    this.at += text.length;
    return true;
  }

  /** The lead of the elements from here up to the end of the alternative (`|`, `end` or the source's end); null if some element is not understood. */
  sequence(end: string): Sequence | null {
    const lead = new Set<string>();
    while (!this.done() && this.source[this.at] !== '|' && this.source[this.at] !== end) {
      const element = this.element();
      if (element === null) return null;
      const nullable = element.nullable || this.quantifierAllowsNone();
      for (const character of element.lead) lead.add(character);
      if (!nullable) return { lead, nullable: false };
    }
    return { lead, nullable: true };
  }

  /** One element: a literal, an escape, a class, a group or a zero-width assertion (nullable, no lead). */
  private element(): Sequence | null {
    const character = String.fromCodePoint(this.source.codePointAt(this.at)!);
    if (character === '(') {
      if (this.source.startsWith('(?=', this.at) || this.source.startsWith('(?!', this.at) || this.source.startsWith('(?<=', this.at) || this.source.startsWith('(?<!', this.at)) {
        if (!this.skipGroup()) return null;
        return { lead: new Set(), nullable: true };
      }
      if (this.take('(?:')) return this.group();
      if (this.source.startsWith('(?<', this.at)) {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) return null;
        this.at = close + 1;
        return this.group();
      }
      if (this.source.startsWith('(?', this.at)) return null;
      this.at++;
      return this.group();
    }
    if (character === '[') return this.characterClass();
    if (character === '\\') return this.escape();
    if (character === '.' || character === '$' || character === '^' || character === ')' || character === '|' || character === '*' || character === '+' || character === '?' || character === '{') return null;
    this.at += character.length;
    return { lead: new Set([character]), nullable: false };
  }

  private group(): Sequence | null {
    const lead = new Set<string>();
    let nullable = false;
    for (;;) {
      const alternative = this.sequence(')');
      if (alternative === null) return null;
      for (const character of alternative.lead) lead.add(character);
      nullable ||= alternative.nullable;
      this.skipAlternative();
      if (this.take(')')) return { lead, nullable };
      if (!this.take('|')) return null;
    }
  }

  private escape(): Sequence | null {
    const next = this.source[this.at + 1];
    if (next === undefined) return null;
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { lead: new Set(), nullable: true };
    }
    if (next === 'd' || next === 's' || next === 'w') {
      this.at += 2;
      return { lead: new Set(CLASS_ESCAPES[next]), nullable: false };
    }
    const literal = this.escapedCharacter();
    return literal === null ? null : { lead: new Set([literal]), nullable: false };
  }

  /** The character of an escape that stands for one (`\(`, `\.`, `\t`, `\u00e4`, `\u{1F600}`, `\x41`); null for a class (`\s`, `\p{L}`) or a reference. */
  private escapedCharacter(): string | null {
    const next = this.source[this.at + 1];
    const simple: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (next in simple && !(next === '0' && isDigit(this.source.charCodeAt(this.at + 2)))) {
      this.at += 2;
      return simple[next];
    }
    if (next === 'u' || next === 'x') {
      const braced = next === 'u' && this.source[this.at + 2] === '{';
      const from = this.at + (braced ? 3 : 2);
      const to = braced ? this.source.indexOf('}', from) : from + (next === 'u' ? 4 : 2);
      const digits = this.source.slice(from, to);
      // (A surrogate written alone may be half of a pair: what it stands for is not told.)
      const code = to > from && to - from <= 6 && isHex(digits) ? parseInt(digits, 16) : -1;
      if (code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
      this.at = braced ? to + 1 : to;
      return String.fromCodePoint(code);
    }
    if (isAsciiAlphanumeric(next.charCodeAt(0))) return null;
    const character = String.fromCodePoint(this.source.codePointAt(this.at + 1)!);
    this.at += 1 + character.length;
    return character;
  }

  private characterClass(): Sequence | null {
    this.at++;
    if (this.source[this.at] === '^') return null;
    const lead = new Set<string>();
    let previous: string | null = null;
    while (!this.done() && this.source[this.at] !== ']') {
      let character: string | null;
      if (this.source[this.at] === '\\') {
        const kind = this.source[this.at + 1];
        if (kind === 'd' || kind === 's' || kind === 'w') {
          this.at += 2;
          for (const member of CLASS_ESCAPES[kind]) lead.add(member);
          previous = null;
          continue;
        }
        character = this.escapedCharacter();
        if (character === null) return null;
      } else if (this.source[this.at] === '-' && previous !== null && this.source[this.at + 1] !== ']') {
        this.at++;
        let to: string | null;
        if (this.source[this.at] === '\\') to = this.escapedCharacter();
        else {
          to = String.fromCodePoint(this.source.codePointAt(this.at)!);
          this.at += to.length;
        }
        if (to === null) return null;
        const from = previous.codePointAt(0)!;
        const until = to.codePointAt(0)!;
        if (until < from || until - from > 256) return null;
        for (let code = from; code <= until; code++) lead.add(String.fromCodePoint(code));
        previous = null;
        continue;
      } else {
        character = String.fromCodePoint(this.source.codePointAt(this.at)!);
        this.at += character.length;
      }
      lead.add(character);
      previous = character;
    }
    if (!this.take(']')) return null;
    return { lead, nullable: false };
  }

  /** Passes over a quantifier after an element; whether it allows none (`?`, `*`, `{0,…}`). */
  quantifierAllowsNone(): boolean {
    const character = this.source[this.at];
    let none: boolean;
    if (character === '?' || character === '*' || character === '+') {
      none = character !== '+';
      this.at++;
    } else if (character === '{') {
      const close = this.source.indexOf('}', this.at);
      const [least, most, ...more] = close < 0 ? [] : this.source.slice(this.at + 1, close).split(',');
      if (least === undefined || least === '' || !isDigits(least) || (most !== undefined && most !== '' && !isDigits(most)) || more.length > 0) return false;
      none = Number(least) === 0;
      this.at = close + 1;
    } else return false;
    if (this.source[this.at] === '?') this.at++;
    return none;
  }

  /** Passes over a group from its `(` to its matching `)`; false where the source ends first. */
  private skipGroup(): boolean {
    let depth = 0;
    while (!this.done()) {
      const character = this.source[this.at];
      if (character === '\\') this.at += 2;
      else if (character === '[') this.skipClass();
      else {
        this.at++;
        if (character === '(') depth++;
        else if (character === ')' && --depth === 0) return true;
      }
    }
    return false;
  }

  private skipClass(): void {
    this.at++;
    while (!this.done() && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  /** Passes over the rest of an alternative, up to its `|` or the `)` that closes its group (or the source's end). */
  skipAlternative(): void {
    this.skipTo('|', ')');
  }

  /** Passes over groups and classes up to one of two characters at this depth; false where the source ends first. */
  skipTo(first: string, second: string): boolean {
    while (!this.done()) {
      const character = this.source[this.at];
      if (character === first || character === second) return true;
      if (character === '\\') this.at += 2;
      else if (character === '[') this.skipClass();
      else if (character === '(') {
        if (!this.skipGroup()) return false;
      } else this.at++;
    }
    return false;
  }

  /** Passes over zero-width look-behinds and look-aheads at the source's start. */
  skipZeroWidth(): void {
    while (this.source.startsWith('(?<=', this.at) || this.source.startsWith('(?<!', this.at) || this.source.startsWith('(?=', this.at) || this.source.startsWith('(?!', this.at)) if (!this.skipGroup()) return;
  }

  /** The letters from here that every match holds as written: up to a special character, less a last one a quantifier makes optional. */
  literalRun(): string {
    let run = '';
    while (!this.done()) {
      const character = String.fromCodePoint(this.source.codePointAt(this.at)!);
      if (!isWordOrSpace(character)) break;
      run += character;
      this.at += character.length;
    }
    const after = this.source[this.at];
    if (after === '?' || after === '*' || after === '{') run = run.slice(0, -1);
    return run;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function isHex(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (!isDigit(text.charCodeAt(i)) && !(code >= 97 && code <= 102)) return false;
  }
  return true;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A space, an ASCII letter or digit, or a letter with case beyond ASCII (a word's; a letter without case ends a run, which is only shorter). */
function isWordOrSpace(character: string): boolean {
  const code = character.codePointAt(0)!;
  return code === 32 || isAsciiAlphanumeric(code) || (code >= 0xc0 && character.toLowerCase() !== character.toUpperCase());
}
