/**
 * The line-oriented token vocabulary shared by every layout: one token per source line. A line is
 * blank, numbered (`3.1 Heading`), labelled (`Label: value`) or plain text; which of these are
 * headings, fields or prose is decided later, per template and per section: the lexer knows no
 * Finnish.
 *
 * Every token spans its whole line, line break included, and carries in its payload where the line's
 * text starts, where its head (number or label) ends and where the text ends. One token per line
 * (rather than a head token, a rest token and a line-end token in two lexer modes, as before) made
 * lexing and parsing together about twice as fast: the lexer's cost is per token, not per
 * character. The matchers below are Chevrotain custom patterns; each does by hand what the regular
 * expression in its comment says.
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type ILexingError, type IToken } from 'chevrotain';

/** Where the parts of a line are, as offsets into the source. */
export interface LineParts {
  /** First character that is not white space. */
  textStart: number;
  /** End of the section number (before its white space) or of the label (after its colon); textStart for plain lines. */
  headEnd: number;
  /** First character of what follows the head, after white space (textEnd when nothing follows). */
  restStart: number;
  /** End of the text, trailing white space excluded. */
  textEnd: number;
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
 * one after the other at the same offset.
 */
class LineCursor {
  private source = '';
  private offset = -1;
  lineEnd = 0;
  textStart = 0;
  textEnd = 0;
  /**
   * The first colon at or after the current line's text (source length if none). Lines come in
   * order, so it is searched again only once passed: the search is linear in the text, however
   * few colons it has.
   */
  private colon = -1;

  at(source: string, offset: number): this {
    if (offset === this.offset && source === this.source) return this;
    if (source !== this.source || offset < this.offset) this.colon = -1;
    this.source = source;
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

  /** The token's match: the whole line with its line break, and where its parts are. */
  match(headEnd: number, restStart: number): CustomPatternMatcherReturn {
    const end = this.lineEnd < this.source.length ? this.lineEnd + 1 : this.lineEnd;
    const match: CustomPatternMatcherReturn = [this.source.slice(this.offset, end)];
    const parts: LineParts = { textStart: this.textStart, headEnd, restStart, textEnd: this.textEnd };
    match.payload = parts;
    return match;
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
/** A line of nothing but white space, or an empty one. */
export const BlankLine = createToken({ name: 'BlankLine', pattern: /[^\S\n]*\n/, line_breaks: true, categories: [Line] });
export const NumberedLine = createToken({ name: 'NumberedLine', pattern: { exec: matchNumbered }, line_breaks: true, categories: [Line] });
export const LabelledLine = createToken({ name: 'LabelledLine', pattern: { exec: matchLabelled }, line_breaks: true, categories: [Line] });
export const PlainLine = createToken({ name: 'PlainLine', pattern: { exec: matchPlain }, line_breaks: true, categories: [Line] });
/** White space after the last line break: not a line. */
const TrailingSpace = createToken({ name: 'TrailingSpace', pattern: /[^\S\n]+/, group: Lexer.SKIPPED });

export const allTokens = [Line, BlankLine, NumberedLine, LabelledLine, PlainLine, TrailingSpace];

/**
 * Offsets only: every token is one line, so the parser counts lines itself and Chevrotain need not
 * scan each image for line breaks.
 */
export const lineLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: true });

export interface LexResult {
  tokens: IToken[];
  errors: ILexingError[];
}

export function lex(text: string): LexResult {
  const { tokens, errors } = lineLexer.tokenize(text);
  return { tokens, errors };
}
