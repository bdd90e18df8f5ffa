/**
 * The line-oriented vocabulary shared by every layout: each source line is blank, numbered
 * (`3.1 Heading`), labelled (`Label: value`) or plain text; which of these are headings, fields or
 * prose is decided later, per template and per section: the lexer knows no Finnish.
 *
 * Each non-blank line is one row of the text's LinePartsTable: its kind, its number, whether a
 * blank line (or the start of the text) comes before it, where its text starts, where its head
 * (number or label) ends and where the text ends. Blank lines make no row: what they mean for the
 * layout is the next line's `afterBlank`. Every line matches exactly one kind (a plain line is
 * anything not blank), so lexing cannot fail; it is one scan over the lines, each tested by hand
 * as the regular expression in its comment says. (It was a Chevrotain lexer with these tests as
 * custom patterns: its token objects and per-line matching cost more than the scan itself, and a
 * lexer that cannot fail needs none of its recovery. The layout grammar in src/read is Chevrotain's.)
 */

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

/** Longest label, in characters before its colon. */
const MAX_LABEL_LENGTH = 120;

// `\d{1,3}(?:\.\d{1,3})*\.?` followed by white space and more text on the same line.
const sectionNumberPattern = /\d{1,3}(?:\.\d{1,3})*\.?(?=[^\S\n]+\S)/y;

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

export interface LexResult {
  /** Valid until the next text is lexed. */
  parts: LinePartsTable;
  /** The point just past the text's last character. */
  end: { line: number; column: number; offset: number };
}

const parts = new LinePartsTable();

export function lex(text: string): LexResult {
  parts.reset();
  const length = text.length;
  let line = 0;
  let lineStart = 0;
  let lineEnd = -1;
  let afterBlank = true;
  // The first colon at or after the current line's text (length if none): lines come in order, so
  // it is searched again only once passed, and the search is linear in the text however few colons it has.
  let colon = -1;
  for (let offset = 0; offset < length; offset = lineEnd + 1) {
    line++;
    lineStart = offset;
    const newline = text.indexOf('\n', offset);
    lineEnd = newline === -1 ? length : newline;
    let start = offset;
    while (start < lineEnd && isSpace(text.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start >= end) {
      afterBlank = true;
      continue;
    }
    const numbered = numberEnd(text, start);
    if (numbered !== -1) parts.add(NUMBERED, line, lineStart, afterBlank, start, numbered, skipSpace(text, numbered, end), end);
    else {
      // `[^\s:][^\n:]{0,119}:(?!\/\/)`: up to the first colon, which a URL scheme's `://` is not.
      if (colon < start) {
        const found = text.indexOf(':', start);
        colon = found === -1 ? length : found;
      }
      const labelled = colon < end && colon > start && colon <= start + MAX_LABEL_LENGTH && !(text.charCodeAt(colon + 1) === 47 && text.charCodeAt(colon + 2) === 47);
      if (labelled) parts.add(LABELLED, line, lineStart, afterBlank, start, colon + 1, skipSpace(text, colon + 1, end), end);
      else parts.add(PLAIN, line, lineStart, afterBlank, start, start, start, end);
    }
    afterBlank = false;
  }
  let endPoint: LexResult['end'];
  if (line === 0) endPoint = { line: 1, column: 1, offset: length };
  else if (lineEnd < length) endPoint = { line: line + 1, column: 1, offset: length };
  else endPoint = { line, column: length - lineStart + 1, offset: length };
  return { parts, end: endPoint };
}
