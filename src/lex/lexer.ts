/**
 * The line-oriented tokens shared by every layout: one per non-blank source line, whose shape is
 * numbered (`3.1 Heading`), labelled (`Label: value`) or plain text; which of these are headings,
 * fields or prose is decided later, per template and per section (src/read), where the layout's
 * Chevrotain grammar reads them: the lexer knows no Finnish.
 *
 * Each token is a row in the text's LinePartsTable: the line's shape, its number,
 * whether a blank line (or the start of the text) comes before it, where its text starts, where its
 * head (number or label) ends and where the text ends. Blank lines make no row: what they mean
 * for the layout is the next line's `afterBlank`. Every line has exactly one shape (a plain line is
 * anything not blank), so lexing cannot fail. The shapes are tested by hand, as the regular
 * expressions in the comments say, once per line.
 */
import vocabularyData from '../../grammar/vocabulary.json' with { type: 'json' };
import { lazyRegExp } from '../lazy-regexp.js';

/** A non-blank line's shape. */
export const NUMBERED = 0;
export const LABELLED = 1;
export const PLAIN = 2;
export type LineShape = typeof NUMBERED | typeof LABELLED | typeof PLAIN;

/**
 * Each non-blank line's shape and where its parts are, as offsets into the source: one row of
 * eight integers per line, in a table that the next text overwrites. An object per line was a
 * sixth of what lexing allocated.
 */
export class LinePartsTable {
  private static readonly WIDTH = 8;
  private rows = new Int32Array(LinePartsTable.WIDTH * 1024);
  private count = 0;

  reset(): void {
    this.count = 0;
  }

  /** Number of rows: the text's non-blank lines. */
  get size(): number {
    return this.count;
  }

  add(shape: LineShape, line: number, lineStart: number, afterBlank: boolean, textStart: number, headEnd: number, restStart: number, textEnd: number): number {
    const at = this.count * LinePartsTable.WIDTH;
    if (at + LinePartsTable.WIDTH > this.rows.length) {
      const larger = new Int32Array(this.rows.length * 2);
      larger.set(this.rows);
      this.rows = larger;
    }
    const rows = this.rows;
    rows[at] = line;
    rows[at + 1] = lineStart;
    rows[at + 2] = afterBlank ? 1 : 0;
    rows[at + 3] = textStart;
    rows[at + 4] = headEnd;
    rows[at + 5] = restStart;
    rows[at + 6] = textEnd;
    rows[at + 7] = shape;
    return this.count++;
  }

  shape(row: number): LineShape {
    return this.rows[row * LinePartsTable.WIDTH + 7] as LineShape;
  }

  /** 1-based line number. */
  line(row: number): number {
    return this.rows[row * LinePartsTable.WIDTH];
  }

  /** Offset of the line's first character. */
  lineStart(row: number): number {
    return this.rows[row * LinePartsTable.WIDTH + 1];
  }

  /** True when the line follows a blank line or starts the text. */
  afterBlank(row: number): boolean {
    return this.rows[row * LinePartsTable.WIDTH + 2] === 1;
  }

  /** First character that is not white space. */
  textStart(row: number): number {
    return this.rows[row * LinePartsTable.WIDTH + 3];
  }

  /** End of the section number (before its white space) or of the label (after its colon); textStart for plain lines. */
  headEnd(row: number): number {
    return this.rows[row * LinePartsTable.WIDTH + 4];
  }

  /** First character of what follows the head, after white space (textEnd when nothing follows). */
  restStart(row: number): number {
    return this.rows[row * LinePartsTable.WIDTH + 5];
  }

  /** End of the text, trailing white space excluded. */
  textEnd(row: number): number {
    return this.rows[row * LinePartsTable.WIDTH + 6];
  }
}

/** JavaScript's `\s` without the line feed: the same set String#trim removes. */
/** A section's number, a space and a word (`8.2 Kestävä`, `7 Hakemusvaiheessa`). */
const NUMBER_THEN_WORD = lazyRegExp(() => /^\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+\p{L}/u);

function isSpace(code: number): boolean {
  if (code === 32 || code === 9) return true;
  if (code < 0x80) return code === 11 || code === 12 || code === 13;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isUpperLetter = (code: number) => (code >= 65 && code <= 90) || code === 0xc5 || code === 0xc4 || code === 0xd6;
const isLowerLetter = (code: number) => (code >= 97 && code <= 122) || code === 0xe5 || code === 0xe4 || code === 0xf6;

/** Finnish case endings written after an abbreviation's colon (`ESR:n`, `EU:ssa`, `ELY:lle`). */
const CASE_ENDINGS = new Set<string>(vocabularyData.caseEndings.endings);

/**
 * The colon of a Finnish case ending after an abbreviation in capitals (`ESR:n tuella`): a capital
 * before it, one of the endings after it, then a space, a punctuation mark or the line's end (not
 * `WWW-OSOITE:www.…`, `Business ID:n/a`).
 */
function isCaseEnding(text: string, colon: number): boolean {
  // (After an abbreviation in capitals, `EU:lta`, or after a figure or a per cent sign, `valtatie 5:n`, `vuoden 2015:n`, `20 %:lla`.)
  const before = text.charCodeAt(colon - 1);
  const afterFigure = (before >= 48 && before <= 57) || before === 37;
  if (!(afterFigure || (isUpperLetter(before) && isUpperLetter(text.charCodeAt(colon - 2)))) || !isLowerLetter(text.charCodeAt(colon + 1))) return false;
  let end = colon + 1;
  while (end < text.length && isLowerLetter(text.charCodeAt(end))) end++;
  const after = text.charCodeAt(end);
  return CASE_ENDINGS.has(text.slice(colon + 1, end)) && (end === text.length || after === 32 || after === 9 || after === 10 || after === 44 || after === 46 || after === 41 || after === 59);
}

/** Whether the text from `start` to its colon is a `mailto:` or `tel:` address's scheme, the address right after it. */
function isAddressScheme(text: string, start: number, colon: number): boolean {
  if (colon - start !== 6 && colon - start !== 3) return false;
  const scheme = text.slice(start, colon).toLowerCase();
  return (scheme === 'mailto' || scheme === 'tel') && colon + 1 < text.length && text.charCodeAt(colon + 1) !== 32;
}

/** Longest label, in characters before its colon. */
const MAX_LABEL_LENGTH = 120;

// `\d{1,3}(?:\.\d{1,3})*\.?` followed by white space and more text on the same line.
const sectionNumberPattern = lazyRegExp(() => /\d{1,3}(?:\.\d{1,3})*\.?(?=[^\S\n]+\S)/y);

/** The end of the section number that starts the text at `start`, or -1 when the line is not numbered. */
function numberEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (!(first >= 48 && first <= 57)) return -1;
  sectionNumberPattern.lastIndex = start;
  return sectionNumberPattern.test(text) ? sectionNumberPattern.lastIndex : -1;
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Past a Markdown ATX heading's hashes (`#` to `######` and white space) when text follows them; else `start`. */
function afterAtxHashes(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && at - start < 6 && text.charCodeAt(at) === 35) at++;
  if (at === end || !isSpace(text.charCodeAt(at))) return start;
  const after = skipSpace(text, at, end);
  return after < end ? after : start;
}

const LIST_MARKER_CODES = new Set(vocabularyData.listMarkers.characters.map((marker) => marker.charCodeAt(0)));

/** Where a label's bold starts: past a list marker and its space (`- **Hankekoodi:**`), else at `start`. */
function boldStart(text: string, start: number, end: number): number {
  return LIST_MARKER_CODES.has(text.charCodeAt(start)) && isSpace(text.charCodeAt(start + 1)) ? skipSpace(text, start + 1, end) : start;
}

/**
 * Whether the character at `at` is the mark that opened an italic label at `labelStart`: one `*` or
 * `_` right before a letter (`*Projektin nimi:*`; not a bold label's `**`, nor a list's `* `).
 */
function isItalicMark(text: string, at: number, labelStart: number): boolean {
  const mark = text.charCodeAt(labelStart);
  return (mark === 42 || mark === 95) && text.charCodeAt(at) === mark && /\p{L}/u.test(text.charAt(labelStart + 1));
}

/**
 * The offset of the `**` that closes the emphasis opened at `start`, before `end`, when
 * it closes a label (right before or after its colon) or the whole line; -1 otherwise (a bold word
 * that starts a sentence is left as written).
 */
function closingEmphasis(text: string, start: number, end: number): number {
  const marker = text.slice(start, start + 2);
  const close = text.indexOf(marker, start + 3);
  if (close === -1 || close + 2 > end) return -1;
  if (close + 2 === end) return close;
  const before = text.charCodeAt(close - 1);
  const after = text.charCodeAt(close + 2);
  return before === 58 || after === 58 ? close : -1;
}

/**
 * Scans the text line by line, in order, as the lexer asks: from an offset, over blank lines, to
 * the next non-blank line, which it measures and records as a row of the parts table.
 */
class LineScanner {
  private text = '';
  private line = 0;
  private lineStart = 0;
  private lineEnd = -1;
  /**
   * The first colon at or after the current line's text (the text's length if none): lines come
   * in order, so it is searched again only once passed, and the search is linear in the text
   * however few colons it has.
   */
  private colon = -1;
  readonly parts = new LinePartsTable();

  /** Lets go of the text; the parts table stays valid until the next text. */
  release(): void {
    this.text = '';
  }

  reset(text: string): void {
    this.text = text;
    this.line = 0;
    this.lineStart = 0;
    this.lineEnd = -1;
    this.colon = -1;
    this.parts.reset();
  }

  /**
   * From `offset` (the start of a line), the blank lines and then the next non-blank line with its
   * line break: the offset just past them, its row recorded; -1 when only blank lines are left.
   */
  nextLine(offset: number): number {
    const text = this.text;
    const length = text.length;
    let afterBlank = offset === 0;
    for (let at = offset; at < length; at = this.lineEnd + 1) {
      this.line++;
      this.lineStart = at;
      const newline = text.indexOf('\n', at);
      this.lineEnd = newline === -1 ? length : newline;
      let start = at;
      while (start < this.lineEnd && isSpace(text.charCodeAt(start))) start++;
      let end = this.lineEnd;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (start >= end) {
        afterBlank = true;
        continue;
      }
      this.record(start, end, afterBlank);
      return this.lineEnd < length ? this.lineEnd + 1 : length;
    }
    return -1;
  }

  private record(start: number, end: number, afterBlank: boolean): void {
    const { text, line, lineStart } = this;
    // A scan's stray `|` before a numbered heading (`|9 Loppuraportin tiivistelmä`, `| 4.2 …`), no
    // table's (one bar only): the line starts at its number, as after an indent.
    if (text.charCodeAt(start) === 124) {
      let at = start + 1;
      while (at < end && isSpace(text.charCodeAt(at))) at++;
      const bar = text.indexOf('|', at);
      if (at < end && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57 && (bar === -1 || bar >= end) && numberEnd(text, at) !== -1) start = at;
      // A table's row as a Markdown converter writes it (`| Hankekoodi: | A79901 |`): the label is
      // the first cell's, its value the next cell's (the borders are no part of either).
      else if (bar !== -1 && bar < end - 1 && text.charCodeAt(end - 1) === 124) {
        const colon = text.indexOf(':', at);
        // (Two cells only: a third, `| huom |`, is no part of the value, and such a row is no field's.)
        if (colon > at && colon < bar && /^\s*$/u.test(text.slice(colon + 1, bar)) && text.indexOf('|', bar + 1) === end - 1) start = at;
        // A grid table's row whose first cell is empty (`|      | ympäristökeskus |`): the value's
        // wrapped end, without the borders.
        else if (bar === at) {
          let cellEnd = end - 1;
          while (cellEnd > bar && isSpace(text.charCodeAt(cellEnd - 1))) cellEnd--;
          const cellStart = skipSpace(text, bar + 1, cellEnd);
          if (cellStart < cellEnd && text.indexOf('|', cellStart) >= cellEnd) {
            start = cellStart;
            end = cellEnd;
          }
        }
      }
    }
    // Markdown as a converter writes it (pandoc, html2text): an ATX heading's hashes
    // (`## 2 Hakijan perustiedot`) are no part of the heading; a label in bold (`**Hankekoodi:** …`,
    // `**Hankekoodi**: …`) or a whole line in bold (`**Tavoitteet**`) is read without its markers.
    const first = text.charCodeAt(start);
    if (first === 35) start = afterAtxHashes(text, start, end);
    // A heading as a text converter writes it between runs of asterisks (`***** 2 Hakijan perustiedot *****`, html2text).
    else if (first === 42 && text.startsWith('***', start) && text.endsWith('***', end) && end - start > 8) {
      let from = start;
      while (from < end && text.charCodeAt(from) === 42) from++;
      let to = end;
      while (to > from && text.charCodeAt(to - 1) === 42) to--;
      if (from - start === end - to && isSpace(text.charCodeAt(from)) && isSpace(text.charCodeAt(to - 1))) {
        start = skipSpace(text, from, to);
        while (to > start && isSpace(text.charCodeAt(to - 1))) to--;
        end = to;
      }
    }
    // (Only asterisks: `__proto__: …` is a label as written, and converters write bold with them.)
    else if (first === 42 && text.charCodeAt(start + 1) === 42 && text.charCodeAt(start + 2) !== 42) {
      // (A bold label keeps its markers in the line's text, which prose takes as written; the
      // label is read without them, src/parse/line-parser.ts.)
      const close = closingEmphasis(text, start, end);
      if (close !== -1 && close + 2 === end) {
        end = close;
        start += 2;
      }
    }
    // A numbered heading in a mail program's bold, one asterisk each side (`*8.2 Kestävä kehitys*`, as
    // Outlook and Thunderbird write an HTML mail's `<b>` in its plain text): read without the marks.
    // (Only a section's number, a space and a word inside: `*) ks. liite`, `* 2 kertaa` are no such line.)
    else if (first === 42 && end - start > 4 && text.charCodeAt(end - 1) === 42 && text.charCodeAt(start + 1) >= 48 && text.charCodeAt(start + 1) <= 57 && text.charCodeAt(end - 2) !== 42 && !isSpace(text.charCodeAt(end - 2)) && text.indexOf('*', start + 1) === end - 1 && NUMBER_THEN_WORD.test(text.slice(start + 1, end - 1))) {
      start += 1;
      end -= 1;
    }
    const numbered = numberEnd(text, start);
    if (numbered !== -1) {
      this.parts.add(NUMBERED, line, lineStart, afterBlank, start, numbered, skipSpace(text, numbered, end), end);
      return;
    }
    // `[^\s:][^\n:]{0,119}:(?!\/\/)`: up to the first colon, which a URL scheme's `://` is not.
    if (this.colon < start) {
      let found = text.indexOf(':', start);
      // An abbreviation's case ending (`ESR:n tuella`, `EU:lta`, `REACT-EU:n`) is no label's colon.
      while (found !== -1 && isCaseEnding(text, found)) found = text.indexOf(':', found + 1);
      this.colon = found === -1 ? text.length : found;
    }
    const colon = this.colon;
    // (Nor is a `mailto:` or `tel:` address's scheme, `mailto:liisa@…` alone below its label.)
    const labelled = colon < end && colon > start && colon <= start + MAX_LABEL_LENGTH && !(text.charCodeAt(colon + 1) === 47 && text.charCodeAt(colon + 2) === 47) && !isAddressScheme(text, start, colon);
    if (labelled) {
      let restStart = skipSpace(text, colon + 1, end);
      // A bold label's closing markers after its colon (`**Hankekoodi:** S21994`).
      // (Also after a list marker: `- **Hankekoodi:** S21994`.)
      if (restStart + 1 < end && text.charCodeAt(restStart) === 42 && text.charCodeAt(restStart + 1) === 42 && text.charCodeAt(restStart + 2) !== 42 && text.startsWith('**', boldStart(text, start, end))) restStart = skipSpace(text, restStart + 2, end);
      // An italic label's closing mark after its colon (`*Projektin nimi:* Polku`, `_Osio:_ …`).
      else if (restStart < end && isItalicMark(text, restStart, boldStart(text, start, end)) && (restStart + 1 === end || isSpace(text.charCodeAt(restStart + 1)))) restStart = skipSpace(text, restStart + 1, end);
      // A table's cell border between the label and its value (`Vastuuhenkilön nimi:| Jarno …`, a
      // copy of a web table): no value starts with one.
      if (text.charCodeAt(restStart) === 124) restStart = skipSpace(text, restStart + 1, end);
      // A text browser's link number before a linked value (`Sähköposti: [4]aino.ahola@…`, lynx): no part of it.
      if (text.charCodeAt(restStart) === 91) {
        const link = /^\[\d{1,3}\](?=\S)/.exec(text.slice(restStart, restStart + 6));
        if (link !== null) restStart += link[0].length;
      }
      this.parts.add(LABELLED, line, lineStart, afterBlank, start, colon + 1, restStart, end);
    }
    else this.parts.add(PLAIN, line, lineStart, afterBlank, start, start, start, end);
  }

  /** The point just past the text's last character, once the whole text has been scanned. */
  end(): { line: number; column: number; offset: number } {
    const length = this.text.length;
    if (this.line === 0) return { line: 1, column: 1, offset: length };
    if (this.lineEnd < length) return { line: this.line + 1, column: 1, offset: length };
    return { line: this.line, column: length - this.lineStart + 1, offset: length };
  }
}

const scanner = new LineScanner();

export interface LexResult {
  /** One row per non-blank line, in order (`parts.size` of them). */
  parts: LinePartsTable;
  /** The point just past the text's last character. */
  end: { line: number; column: number; offset: number };
}

/**
 * Every text lexes: each non-blank line is a row of the parts table, whatever it holds, and the
 * rest is white space. (Chevrotain's lexer, which this was first written for, made a token object
 * and an image string per line that nothing read but the row.)
 */
export function lex(text: string): LexResult {
  scanner.reset(text);
  for (let at = 0; at < text.length; ) {
    const next = scanner.nextLine(at);
    if (next === -1) break;
    at = next;
  }
  const end = scanner.end();
  // Not to hold the text until the next one.
  scanner.release();
  return { parts: scanner.parts, end };
}
