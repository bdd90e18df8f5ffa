/**
 * The line-oriented token vocabulary shared by every layout: one token per source line. A line is
 * blank, numbered (`3.1 Heading`), labelled (`Label: value`) or plain text; which of these are
 * headings, fields or prose is decided later, per template and per section: the lexer knows no
 * Finnish.
 *
 * Every token spans its whole line, line break included. Its payload is its row in the text's
 * LinePartsTable: the line's number, whether a blank line (or the start of the text) comes before
 * it, where its text starts, where its head (number or label) ends and where the text ends. Blank
 * lines are skipped: they make no token, and what they mean for the layout is the next line's
 * `afterBlank`. One token per line (rather than a head token, a rest token and a line-end token in
 * two lexer modes, as before) made lexing and parsing together about twice as fast: the lexer's
 * cost is per token, not per character. The matchers below are Chevrotain custom patterns; each
 * does by hand what the regular expression in its comment says.
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type ILexingError, type IToken } from 'chevrotain';

/**
 * Where each line token's line is and where its parts are, as offsets into the source: one row of
 * seven integers per token, in a table that the next text overwrites. A token's payload is its row
 * number. An object per line (and a match array per line) was a sixth of what lexing allocated.
 */
export class LinePartsTable {
  private static readonly WIDTH = 7;
  private rows = new Int32Array(LinePartsTable.WIDTH * 1024);
  private count = 0;

  reset(): void {
    this.count = 0;
  }

  add(line: number, lineStart: number, afterBlank: boolean, textStart: number, headEnd: number, restStart: number, textEnd: number): number {
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
    return this.count++;
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

/**
 * The line that starts at `offset`, measured once and shared by the matchers that Chevrotain tries
 * one after the other at the same offset. Lines are visited in order, blank ones included, so the
 * cursor also counts them: Chevrotain's own line tracking costs a scan of every token's image.
 */
class LineCursor {
  private source = '';
  private offset = -1;
  lineEnd = -1;
  textStart = 0;
  textEnd = 0;
  line = 0;
  afterBlank = true;
  /**
   * The first colon at or after the current line's text (source length if none). Lines come in
   * order, so it is searched again only once passed: the search is linear in the text, however
   * few colons it has.
   */
  private colon = -1;
  private readonly lastMatch: CustomPatternMatcherReturn = [''];
  readonly parts = new LinePartsTable();

  /** Before each text: the next line measured is its first. */
  reset(source: string): void {
    this.source = source;
    this.offset = -1;
    this.lineEnd = -1;
    this.textStart = 0;
    this.textEnd = 0;
    this.line = 0;
    this.afterBlank = true;
    this.colon = -1;
  }

  at(source: string, offset: number): this {
    if (offset === this.offset) return this;
    if (source !== this.source || offset < this.offset) this.reset(source);
    const wasBlank = this.offset !== -1 && this.textStart >= this.textEnd;
    if (offset === this.lineEnd + 1) this.line++;
    else this.line += countLineBreaks(source, Math.max(this.offset, 0), offset) + (this.offset === -1 ? 1 : 0);
    this.afterBlank = this.offset === -1 || wasBlank;
    this.offset = offset;
    const newline = source.indexOf('\n', offset);
    this.lineEnd = newline === -1 ? source.length : newline;
    let start = offset;
    while (start < this.lineEnd && isSpace(source.charCodeAt(start))) start++;
    let end = this.lineEnd;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    this.textStart = start;
    this.textEnd = end;
    return this;
  }

  /** The point just past the text's last character, once the whole text has been lexed. */
  end(): { line: number; column: number; offset: number } {
    const length = this.source.length;
    if (this.offset === -1) return { line: 1, column: 1, offset: length };
    if (this.lineEnd < length) return { line: this.line + 1, column: 1, offset: length };
    return { line: this.line, column: length - this.offset + 1, offset: length };
  }

  /**
   * A blank line's match: all of it, with its line break; null when it is the last line and has none.
   * Chevrotain reads a match as soon as it is returned, so one array serves every match.
   */
  matchBlank(): CustomPatternMatcherReturn | null {
    if (this.lineEnd >= this.source.length) return null;
    this.lastMatch[0] = this.source.slice(this.offset, this.lineEnd + 1);
    this.lastMatch.payload = undefined;
    return this.lastMatch;
  }

  /** The token's match: the whole line with its line break, and its row of line parts as payload. */
  match(headEnd: number, restStart: number): CustomPatternMatcherReturn {
    const end = this.lineEnd < this.source.length ? this.lineEnd + 1 : this.lineEnd;
    this.lastMatch[0] = this.source.slice(this.offset, end);
    this.lastMatch.payload = this.parts.add(this.line, this.offset, this.afterBlank, this.textStart, headEnd, restStart, this.textEnd);
    return this.lastMatch;
  }

  /** Where the first colon of the line's text is, or -1. */
  colonInText(): number {
    if (this.colon < this.textStart) {
      const found = this.source.indexOf(':', this.textStart);
      this.colon = found === -1 ? this.source.length : found;
    }
    return this.colon < this.textEnd ? this.colon : -1;
  }

  /** First non-space at or after `from`, within the text. */
  skipSpace(from: number): number {
    let i = from;
    while (i < this.textEnd && isSpace(this.source.charCodeAt(i))) i++;
    return i;
  }
}

/** Line breaks in `source` from `from` up to `to`: only after a lexing error skipped characters. */
function countLineBreaks(source: string, from: number, to: number): number {
  let count = 0;
  for (let i = source.indexOf('\n', from); i !== -1 && i < to; i = source.indexOf('\n', i + 1)) count++;
  return count;
}

const cursor = new LineCursor();

/** Longest label, in characters before its colon. */
const MAX_LABEL_LENGTH = 120;

// `\d{1,3}(?:\.\d{1,3})*\.?` followed by white space and more text on the same line.
const sectionNumberPattern = /\d{1,3}(?:\.\d{1,3})*\.?(?=[^\S\n]+\S)/y;

function matchNumbered(text: string, offset: number): CustomPatternMatcherReturn | null {
  const line = cursor.at(text, offset);
  const first = text.charCodeAt(line.textStart);
  if (!(first >= 48 && first <= 57) || line.textStart >= line.textEnd) return null;
  sectionNumberPattern.lastIndex = line.textStart;
  if (!sectionNumberPattern.test(text)) return null;
  const headEnd = sectionNumberPattern.lastIndex;
  return line.match(headEnd, line.skipSpace(headEnd));
}

// `[^\s:][^\n:]{0,119}:(?!\/\/)`: up to the first colon, which a URL scheme's `://` is not.
function matchLabelled(text: string, offset: number): CustomPatternMatcherReturn | null {
  const line = cursor.at(text, offset);
  const start = line.textStart;
  const colon = line.colonInText();
  if (colon <= start || colon > start + MAX_LABEL_LENGTH) return null;
  if (text.charCodeAt(colon + 1) === 47 && text.charCodeAt(colon + 2) === 47) return null;
  return line.match(colon + 1, line.skipSpace(colon + 1));
}

function matchPlain(text: string, offset: number): CustomPatternMatcherReturn | null {
  const line = cursor.at(text, offset);
  return line.textStart < line.textEnd ? line.match(line.textStart, line.textStart) : null;
}

/**
 * Every line token is a `Line`: the parser consumes one category and tells the kinds apart by type,
 * instead of choosing among four alternatives for each line.
 */
export const Line = createToken({ name: 'Line', pattern: Lexer.NA });
// `[^\S\n]*\n`: a line of nothing but white space, or an empty one, that ends in a line break.
function matchBlank(text: string, offset: number): CustomPatternMatcherReturn | null {
  const line = cursor.at(text, offset);
  return line.textStart < line.textEnd ? null : line.matchBlank();
}

/** Skipped: half of all lines are blank, and a token and a parser step for each cost about a fifth of lexing and parsing. */
const BlankLine = createToken({ name: 'BlankLine', pattern: { exec: matchBlank }, line_breaks: true, group: Lexer.SKIPPED });
export const NumberedLine = createToken({ name: 'NumberedLine', pattern: { exec: matchNumbered }, line_breaks: true, categories: [Line] });
export const LabelledLine = createToken({ name: 'LabelledLine', pattern: { exec: matchLabelled }, line_breaks: true, categories: [Line] });
export const PlainLine = createToken({ name: 'PlainLine', pattern: { exec: matchPlain }, line_breaks: true, categories: [Line] });
/** White space after the last line break: not a line. */
const TrailingSpace = createToken({ name: 'TrailingSpace', pattern: /[^\S\n]+/, group: Lexer.SKIPPED });

export const allTokens = [Line, BlankLine, NumberedLine, LabelledLine, PlainLine, TrailingSpace];

/**
 * Offsets only: the line cursor counts lines as it measures them, so Chevrotain need not scan each
 * image for line breaks.
 */
export const lineLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: true });

export interface LexResult {
  /** Each token's payload is its row in `parts`. */
  tokens: IToken[];
  /** Valid until the next text is lexed. */
  parts: LinePartsTable;
  errors: ILexingError[];
  /** The point just past the text's last character. */
  end: { line: number; column: number; offset: number };
}

export function lex(text: string): LexResult {
  cursor.reset(text);
  cursor.parts.reset();
  const { tokens, errors } = lineLexer.tokenize(text);
  return { tokens, parts: cursor.parts, errors, end: cursor.end() };
}
