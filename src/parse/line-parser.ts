/**
 * The lexed text's non-blank lines, positioned, each with its shape (numbered, labelled, plain);
 * grouping lines into sections and fields is the layout grammar's (src/read).
 */
import { SCAN_MARK_CLASS } from './scan-marks.js';
import { LABELLED, lex, LinePartsTable, NUMBERED, PLAIN } from '../lex/lexer.js';
import { withoutListMarker } from '../grammar/index.js';
import { normaliseKey, shortKey } from '../key.js';
import type { LineKind, Point, Position, SourceLine } from '../types.js';
import { lazyRegExp } from '../lazy-regexp.js';

const kindOfShape: LineKind[] = [];
kindOfShape[NUMBERED] = 'numbered';
kindOfShape[LABELLED] = 'label';
kindOfShape[PLAIN] = 'text';

/**
 * Each lexed line becomes its positioned line. What a line is for a layout (a heading, a field,
 * prose) is the layout grammar's to say (src/read).
 */
function toSourceLines(parts: LinePartsTable, source: string): SourceLine[] {
  const lines: SourceLine[] = new Array(parts.size);
  for (let row = 0; row < parts.size; row++) lines[row] = toSourceLine(source, kindOfShape[parts.shape(row)], parts, row);
  return lines;
}

export interface LineParseResult {
  lines: SourceLine[];
  /** The point just past the text's last character. */
  end: Point;
}

function point(line: number, lineStart: number, offset: number): Point {
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Where a label's value ends: before a table's cell border at the line's end (`Vastuuhenkilön nimi:
 * Jarno Karjalainen |`, a copy of a web table), which no value ends with.
 */
function endBeforeCellBorder(source: string, valueStart: number, textEnd: number): number {
  if (source.charCodeAt(textEnd - 1) !== 124) return textEnd;
  let end = textEnd - 1;
  while (end > valueStart && (source.charCodeAt(end - 1) === 32 || source.charCodeAt(end - 1) === 9)) end--;
  // After a space, or the value's only bar (`Label:|Jarno Karjalainen|`): a border. (`a|b|` is cells.)
  return end < textEnd - 1 || source.lastIndexOf('|', end - 1) < valueStart ? end : textEnd;
}

/** A scan's stray mark, then a space, then a letter: `| Sukupuolinäkökulma …`, `' Kunnat`, `» Hankkeen nimi`. */
const STRAY_MARK_BEFORE_LABEL = lazyRegExp(() => new RegExp(`^${SCAN_MARK_CLASS} \\p{L}`, 'u'));

/** `**Label`, `**Label**`: the lexer took the line as labelled with these markers around its label. */
function isBoldLabel(label: string): boolean {
  return label.charCodeAt(0) === 42 && label.charCodeAt(1) === 42 && label.charCodeAt(2) !== 42 && label.length > 2;
}

/** `*Label`, `*Label*`, `_Label_`: one mark right before a letter (a list's `* Label` is no italics). */
function isItalicLabel(label: string): boolean {
  const mark = label.charCodeAt(0);
  return (mark === 42 || mark === 95) && label.length > 2 && /\p{L}/u.test(label.charAt(1)) && (label.indexOf(label[0], 1) === -1 || label.indexOf(label[0], 1) === label.length - 1);
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
  const valueEnd = kind === 'label' && hasRest ? endBeforeCellBorder(source, restStart, textEnd) : textEnd;
  const value = hasRest ? source.slice(restStart, valueEnd) : '';
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
    valuePosition: hasRest ? { start: point(lineNumber, lineStart, restStart), end: valueEnd === textEnd ? position.end : point(lineNumber, lineStart, valueEnd) } : undefined,
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
    // A list marker before the label (`- Hankekoodi: S21234`, `• Hankkeen nimi: …`) is not part of it.
    line.label = withoutListMarker(line.label);
    // A scan's stray mark and a space before it (`| Sukupuolinäkökulma on huomioitu …: Kyllä`, `' Kunnat:`,
    // an OCR's reading of a speck or the page's edge; no other bar on the line, which a table's row has).
    if (STRAY_MARK_BEFORE_LABEL.test(line.label) && source.lastIndexOf('|', textEnd - 1) <= textStart) line.label = line.label.slice(2).trim();
    // A label in Markdown bold (`**Hankekoodi:** …`, `**Hankekoodi**: …`, `- **Hankekoodi:** …`): without the markers.
    if (isBoldLabel(line.label)) line.label = line.label.slice(2, line.label.endsWith(line.label.slice(0, 2)) ? -2 : undefined).trim();
    // In italics (`*Projektin nimi:*`, `*Projektin nimi*:`, `_Osio:_`): without the marks.
    else if (isItalicLabel(line.label)) line.label = line.label.slice(1, line.label.endsWith(line.label[0]) ? -1 : undefined).trim();
    line.labelKey = normaliseKey(line.label);
    line.value = value;
  }
  return line;
}


/**
 * Line and column (1-based) of an offset into a text, for the rare report that has only an offset;
 * lines ended by LF, CRLF or CR alone (a definition or stored result saved by an old Mac editor).
 */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Lexes and parses decoded, LF-normalised text into its non-blank lines. Never throws on text. */
export function parseLines(text: string): LineParseResult {
  const lexed = lex(text);
  return { lines: toSourceLines(lexed.parts, text), end: lexed.end };
}
