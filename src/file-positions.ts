/**
 * Positions in a result as the file has them, where reading made lines of its own (Word's manual
 * line break, read as a line break: src/decode.ts) or composed letters written decomposed (`a` and
 * a combining diaeresis, as macOS saves `ä`): a diagnostic, an `unmapped` entry and a tree
 * node then point at the line an editor shows, and the column on it. Offsets stay those of the text
 * as read, as everywhere.
 */
import { composedLineAt, type FileLines } from './decode.js';
import type { Result } from './record/schema.js';

interface LineColumn {
  line: number;
  column: number;
}

function toFile(map: FileLines, point: LineColumn): void {
  if (point.line < 1 || point.line >= map.line.length) return;
  const columns = map.composed === undefined ? undefined : composedLineAt(map.composed, point.line)?.columns;
  if (columns !== undefined && point.column >= 1) point.column = columns[Math.min(point.column, columns.length - 1)];
  point.column += map.shift[point.line];
  point.line = map.line[point.line];
}

/** Every point of a positioned tree, each object once (nodes share their lines' positions). */
function walkPoints(node: unknown, seen: Set<object>, visit: (point: LineColumn) => void): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.line === 'number' && typeof record.column === 'number' && typeof record.offset === 'number') {
      visit(record as unknown as LineColumn);
      continue;
    }
    for (const key in record) stack.push(record[key]);
  }
}

/** The result with its positions moved to the file's lines (in place), and the text its code frames are cut from. */
export function toFilePositions(result: Result, text: string, map: FileLines): string {
  for (const d of result.diagnostics) {
    if (d.line !== undefined && d.column !== undefined) {
      const start = { line: d.line, column: d.column };
      toFile(map, start);
      d.line = start.line;
      d.column = start.column;
    } else if (d.line !== undefined && d.line < map.line.length) d.line = map.line[d.line];
    if (d.endLine !== undefined && d.endColumn !== undefined) {
      const end = { line: d.endLine, column: d.endColumn };
      toFile(map, end);
      d.endLine = end.line;
      d.endColumn = end.column;
    }
  }
  for (const entry of result.unmapped) if (entry.line < map.line.length) entry.line = map.line[entry.line];
  if (result.tree) walkPoints(result.tree, new Set(), (point) => toFile(map, point));
  // (Lines as the file's, only letters composed: the text with those lines as written, nothing else to build.)
  if (map.identity === true) return withLinesAsWritten(text, map);
  // The text with the manual line breaks back, so that a frame's line is the file's.
  const lines = text.split('\n');
  // (A line whose letters were composed as written, so that the frame's columns are the file's.)
  if (map.composed !== undefined) for (const [line, composed] of map.composed.lines) if (composed !== null) lines[line - 1] = composed.written;
  let framed = lines[0];
  for (let i = 1; i < lines.length; i++) {
    // (A line that reading started at a form feed after a line's text has the form feed: nothing was
    // there between them. A paragraph separator made two lines of the text at one place: one mark.)
    const oneMark = map.shift[i + 1] > 0 && map.shift[i + 1] === map.shift[i] && map.line[i + 1] === map.line[i] && lines[i - 1] === '';
    // (A line break read from CR CR LF is two lines an editor shows: the frame's text has the blank one between.)
    framed += (map.shift[i + 1] > 0 ? (lines[i].startsWith('\f') || oneMark ? '' : '\u000b') : '\n'.repeat(Math.max(1, map.line[i + 1] - map.line[i]))) + lines[i];
  }
  return framed;
}

/** The text with each line whose letters were composed, and that a position was moved on, as the file writes it. */
function withLinesAsWritten(text: string, map: FileLines): string {
  const changed = [...(map.composed?.lines ?? [])].filter(([, composed]) => composed !== null).sort((a, b) => a[0] - b[0]);
  if (changed.length === 0) return text;
  let out = '';
  let line = 1;
  let offset = 0;
  let from = 0;
  for (const [number, composed] of changed) {
    while (line < number) {
      offset = text.indexOf('\n', offset) + 1;
      line++;
    }
    const end = text.indexOf('\n', offset);
    out += text.slice(from, offset) + composed!.written;
    from = end === -1 ? text.length : end;
  }
  return out + text.slice(from);
}
