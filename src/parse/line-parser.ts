/**
 * The lexed text's non-blank lines, positioned, each with its shape (numbered, labelled, plain);
 * grouping lines into sections and fields is the layout grammar's (src/read).
 */
import type { IToken, TokenType } from 'chevrotain';
import { LabelledLine, lex, LinePartsTable, NumberedLine, PlainLine } from '../lex/lexer.js';
import { normaliseKey, shortKey } from '../key.js';
import type { Diagnostic, LineKind, Point, Position, SourceLine } from '../types.js';

/** The kind of each line token. */
const lineKinds = new Map<TokenType, LineKind>([
  [NumberedLine, 'numbered'],
  [LabelledLine, 'label'],
  [PlainLine, 'text'],
]);

/**
 * The lexer's tokens are one per non-blank line already; the line's parts are in the lexer's table.
 * What a line is for a layout (a heading, a field, prose) is the layout grammar's to say
 * (src/read): here each token only becomes its positioned line, in a plain loop (a parser pass
 * that consumed one token category per line added nothing but its cost per line).
 */
function toSourceLines(tokens: IToken[], parts: LinePartsTable, source: string): SourceLine[] {
  const lines: SourceLine[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    lines[i] = toSourceLine(source, lineKinds.get(token.tokenType)!, parts, token.payload as number);
  }
  return lines;
}

export interface LineParseResult {
  lines: SourceLine[];
  /** The point just past the text's last character. */
  end: Point;
  diagnostics: Diagnostic[];
}

function point(line: number, lineStart: number, offset: number): Point {
  return { line, column: offset - lineStart + 1, offset };
}

/** The line as written, from its first to its last non-blank character: a slice of the source, not a copy. */
function toSourceLine(source: string, kind: LineKind, parts: LinePartsTable, row: number): SourceLine {
  const lineNumber = parts.line(row);
  const lineStart = parts.lineStart(row);
  const textStart = parts.textStart(row);
  const headEnd = parts.headEnd(row);
  const restStart = parts.restStart(row);
  const textEnd = parts.textEnd(row);
  const position: Position = { start: point(lineNumber, lineStart, textStart), end: point(lineNumber, lineStart, textEnd) };
  const hasRest = kind !== 'text' && restStart < textEnd;
  const value = hasRest ? source.slice(restStart, textEnd) : '';
  const line: SourceLine = {
    kind,
    text: source.slice(textStart, textEnd),
    number: undefined,
    label: undefined,
    key: undefined,
    lead: undefined,
    labelKey: undefined,
    valueKey: undefined,
    value: undefined,
    afterBlank: parts.afterBlank(row),
    position,
    valuePosition: hasRest ? { start: point(lineNumber, lineStart, restStart), end: position.end } : undefined,
    // Room for the layout's token this line becomes (src/read/tokens.ts): set there without a
    // second object per line, and present from the start so that every line has one shape.
    image: undefined,
    startOffset: undefined,
    tokenType: undefined,
    tokenTypeIdx: undefined,
    line: undefined,
    sections: undefined,
    variant: undefined,
    fields: undefined,
    extra: undefined,
    note: undefined,
    original: undefined,
    payload: undefined,
  };
  if (kind === 'numbered') {
    const dotted = source.charCodeAt(headEnd - 1) === 46;
    line.number = source.slice(textStart, dotted ? headEnd - 1 : headEnd);
    line.value = value;
    line.valueKey = shortKey(value);
  } else if (kind === 'label') {
    line.label = source.slice(textStart, headEnd - 1).trim();
    line.labelKey = normaliseKey(line.label);
    line.value = value;
  }
  return line;
}

/** Line and column (1-based) of an offset into a text, for the rare report that has only an offset. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Lexes and parses decoded, LF-normalised text into its non-blank lines. Never throws on text. */
export function parseLines(text: string): LineParseResult {
  const lexed = lex(text);
  const diagnostics: Diagnostic[] = lexed.errors.map((e) => ({
    severity: 'error',
    rule: 'lex-error',
    message: e.message,
    ...pointAt(text, e.offset),
  }));
  const lines = toSourceLines(lexed.tokens, lexed.parts, text);
  return { lines, end: lexed.end, diagnostics };
}
