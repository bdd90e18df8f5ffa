/** A cell of a table's row written on one line: its text (trimmed) and its place in the line's text. */
export interface TableCell {
  text: string;
  from: number;
  to: number;
}

/**
 * The cells of a table's row written on one line, each with its offsets in the line's text:
 * - drawn with bars, as a Markdown converter or a text browser writes a table
 *   (`| Luonnonvarojen käytön kestävyys | 6 | 9 | Hankkeen … |`), three bars at least, the first
 *   the line's first character (past white space); the borders are no cells, empty cells between
 *   them are;
 * - parted by tabs, as a spreadsheet or a word processor's table pastes, four cells at least (a
 *   row and its explanation: fewer are read as the line's words are).
 * Null for any other line. A bar escaped by a converter (`\|`) is a cell's character.
 */
export function tableCells(text: string): TableCell[] | null {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  if (text.charCodeAt(start) === 124 /* | */) return cellsBetween(text, start, '|', 3);
  return text.indexOf('\t') === -1 ? null : cellsBetween(text, -1, '\t', 3);
}

/**
 * A line's cells as {@link tableCells} finds them, or three cells parted by two tabs: a table's header
 * row without its explanation's column (`Kriteeri<TAB>Välitön<TAB>Välillinen`, a word processor's
 * table saved as text), which only a header is read from (a row of three cells is read as written).
 */
export function headerCells(text: string): TableCell[] | null {
  return tableCells(text) ?? (text.indexOf('\t') === -1 ? null : cellsBetween(text, -1, '\t', 2));
}

/** Whether a line (trimmed) starts with a bar, as a row drawn with bars does. */
export function startsWithBar(text: string): boolean {
  return text.charCodeAt(0) === 124;
}

/** Whether a line (trimmed) starts and ends with a bar: a row drawn with bars, closed. */
export function isClosedBarRow(text: string): boolean {
  return text.charCodeAt(0) === 124 && text.charCodeAt(text.length - 1) === 124;
}

/** White space around a cell's text: spaces, tabs, and the line breaks of a row wrapped over lines. */
function isCellSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10;
}

/** How many bars a line has (not a converter's escaped `\|`). */
export function barsIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf('|'); at !== -1; at = text.indexOf('|', at + 1)) if (text.charCodeAt(at - 1) !== 92) count++;
  return count;
}

/** The cells parted by `mark` (after `start`, a border, when that is ≥ 0); null when there are fewer than `least` marks. */
function cellsBetween(text: string, start: number, mark: string, least: number): TableCell[] | null {
  const marks: number[] = start >= 0 ? [start] : [-1];
  for (let at = text.indexOf(mark, start + 1); at !== -1; at = text.indexOf(mark, at + 1)) {
    if (mark === '|' && text.charCodeAt(at - 1) === 92 /* \ */) continue;
    marks.push(at);
  }
  const count = start >= 0 ? marks.length : marks.length - 1;
  if (count < least) return null;
  // (A row drawn with bars closes with one, or stops where its last cell ends: a copy wrapped after it.)
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const closed = mark === '|' && marks[marks.length - 1] === end - 1;
  const cells: TableCell[] = [];
  for (let k = 0; k < marks.length; k++) {
    if (closed && k === marks.length - 1) break;
    let from = marks[k] + 1;
    let to = k + 1 < marks.length ? marks[k + 1] : end;
    while (from < to && isCellSpace(text.charCodeAt(from))) from++;
    while (to > from && isCellSpace(text.charCodeAt(to - 1))) to--;
    cells.push({ text: text.slice(from, to).replace(/\\\|/gu, '|'), from, to });
  }
  return cells;
}

/**
 * Whether a table's row written as cells is its header naming the two score columns (`| Kriteeri |
 * Välitön | Välillinen | Perustelu |`): in the layout's order, the other way round, or null (no
 * figure in any cell; each name at a cell's start).
 */
export function cellsHeaderOrder(cells: readonly TableCell[], columns: readonly [string, string]): 'inOrder' | 'swapped' | null {
  if (cells.some((cell) => /\d/u.test(cell.text))) return null;
  const at = (name: string) => cells.findIndex((cell) => cell.text.toLowerCase().startsWith(name.toLowerCase()));
  const first = at(columns[0]);
  const second = at(columns[1]);
  return first === -1 || second === -1 ? null : first < second ? 'inOrder' : 'swapped';
}

/** How far above a table's row its header or another whole row is looked for. */
const ROWS_ABOVE = 40;

/**
 * Whether the line at `at` is a table's row drawn with bars and closed by its last one, with as many
 * bars as a row above it (its header's, or another row's): the row ends whole there, whatever its
 * last cell's text ends with (a copy cut inside the row has lost its closing bar, or cells).
 */
export function closesBarRow(lines: readonly { text: string }[], at: number): boolean {
  const text = lines[at].text;
  if (!isClosedBarRow(text)) return false;
  const bars = barsIn(text);
  if (bars < 3) return false;
  for (let k = at - 1; k >= Math.max(0, at - ROWS_ABOVE); k--) {
    const above = lines[k].text;
    if (isClosedBarRow(above) && barsIn(above) === bars) return true;
  }
  return false;
}
