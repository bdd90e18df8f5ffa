/**
 * The sustainability table of 2014–2020 (8.2): a header line, category lines, rows `Criterion 6 9`
 * each followed by its explanation. Copies made by people bring other forms, assembled here from
 * the section's lines: a row wrapped before its scores, one cell per line, cells separated by tabs,
 * a row with one score missing (kept, both scores null, with a warning: which column is missing
 * cannot be told).
 */
import { normaliseKey, vocabulary, type CompiledSection } from '../grammar/index.js';
import { escapeRegExp, isDraftPlaceholder, isEmptyMarker, isPlaceholder } from '../map/normalise.js';
import { pointerOf } from '../map/record-builder.js';
import { isLayoutCriterion, isStopWord, layoutCategoryOf, isTitleLike, LONE_NUMBER, readsAsSentence, scoreRowParts, stems } from '../read/classify.js';
import type { RuleDsl } from '../read/reader.js';
import { span } from '../read/reader.js';
import { Furniture, lineToken, TableHeader, Text, type LineToken } from '../read/tokens.js';
import type { BlockNode, LineNode, SourceLine, TableRowNode } from '../types.js';
import { BlockCollector, isRunningHeader, lineNode, linePart, takeBody } from './blocks.js';
import { joinWrapped } from '../read/join.js';
import { barsIn, cellsHeaderOrder, headerCells, isClosedBarRow, startsWithBar } from '../read/table-cells.js';
import { bodyBlocks, keepUnread } from './map-context.js';
import type { ContentKind } from './registry.js';
import { lazyRegExp } from '../lazy-regexp.js';

const scoreOnly = lazyRegExp(() => /^\d{1,3}$/);
/** The longest a category line may be (the layout's longest has 58 characters). */
const CATEGORY_LENGTH = 100;
const endsInOneScore = lazyRegExp(() => /^(?<criterion>.*\p{L}.*?)\s+(?<score>\d{1,2})$/u);
/** A criterion's end that is a score's figure or a mark beside one (`5 /`, `~~4~~`, `4*`). */
const SCORE_LEFT_IN_CRITERION = lazyRegExp(() => /(?:\s\d{1,2}\s*[/*~]*|~~|[/*])$/u);
/** The table's criteria as the register writes them (vocabulary `scoreCriteria`): only to tell a criterion's wrapped end. */
const criterionNames = Object.values(vocabulary.scoreCriteria.byCategory).flat();
const criterionKeys = new Set(criterionNames.map(normaliseKey));

/** The longest line of one of the table's criteria and one score (the longest criterion is some 80 characters). */
const ROW_WITH_ONE_SCORE_LONGEST = 100;

/**
 * Whether a line starts a row: two scores at its end, or a criterion of the table's own with one
 * score (`Hyvinvoinnin edistäminen 7`, the other missing) or none. (A category written otherwise
 * above such a row is a category as above a whole one; audit AD of round 57.)
 */
function startsRow(text: string): boolean {
  if (scoreRowParts(text) !== null) return true;
  // (An explanation's sentence is longer than any criterion with its score.)
  if (text.length > ROW_WITH_ONE_SCORE_LONGEST) return false;
  const one = endsInOneScore.exec(text);
  return criterionKeys.has(normaliseKey(one === null ? text : one.groups!.criterion.trim()));
}

/** `Criterion - -`, `Criterion –`: dashes where the scores stand. */
const SCORES_AS_DASHES = lazyRegExp(() => /^(?<criterion>.*?\p{L}\S*)\s+[-–—](?:\s+[-–—])?$/u);

/** A line's criterion before dashes written for its scores, else null (only a line ending in a dash is looked at). */
function beforeDashes(text: string): string | null {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 45 && last !== 0x2013 && last !== 0x2014) return null;
  return SCORES_AS_DASHES.exec(text)?.groups!.criterion ?? null;
}

/** How a row was written, when not as `Criterion 6 9`: kept beside the node, not in the tree. */
interface RowForm {
  /** Lines of the row's own cells among its children (before the explanation). */
  cells: number;
  wrapped: boolean;
  /** The one score of a row that has only one. */
  missing?: string;
  /** That score stands after an empty line: the direct cell is empty. */
  emptyDirect?: boolean;
  /** That score stands in the direct cell of a row written as cells, the indirect cell empty after it. */
  emptyIndirect?: boolean;
  /** A criterion written without either score. */
  noScores?: boolean;
  /** Capitalised short lines of the explanation that stand where a category might: said when mapped. */
  titleLines?: SourceLine[];
  /** A row read below a row without explanation that may be that explanation ending in figures (the line above): said when mapped. */
  sentenceAbove?: string;
  /** A row of no criterion of the table's, right below a row without explanation (its criterion): said when mapped. */
  belowBareRow?: string;
  /** A row of no criterion of the table's, right below the explanation of another row (its criterion): said when mapped, if it has no explanation of its own. */
  belowExplanation?: string;
  /** A line of the explanation that ends in two figures, as a row does (it may be a row of a criterion the table does not have): said when mapped. */
  figuresInExplanation?: SourceLine;
  /** The category that stood on the row's line before its criterion: said when mapped. */
  gluedCategory?: string;
  /** The scores were written with a word in brackets after each (`5 (kohtalainen) 7 (merkittävä)`): said when mapped. */
  worded?: boolean;
  /** Each score was written after its column's name (`välitön 5, välillinen 8`): said when mapped. */
  named?: boolean;
  /** The row was written as a table's cells, parted by bars or tabs, and read cell by cell: said once a table, when mapped. */
  cellsParted?: 'bars' | 'tabs';
}

/** A row's criterion and two scores as a line writes them, and how (`worded`, `named`: said when mapped). */
type RowParts = { criterion: string; scores: number[]; worded?: true; named?: true };

/**
 * A row whose scores are each named by its column (`Natura 2000 -ohjelman kohteet välitön 5, välillinen
 * 8`), read by the names whatever their order; null where the line is no such row or names one column twice.
 */
function namedScoreRow(text: string, section: CompiledSection): RowParts | null {
  // (Only a line as short as a row and ending as one: an explanation's long line is never tried.)
  if (section.namedScores === null || text.length > CATEGORY_LENGTH + HEADER_LONGEST || !/[\d).]$/u.test(text) || !section.namedScoresHint!.test(text)) return null;
  const match = section.namedScores.exec(text);
  if (!match) return null;
  const { criterion, firstName, first, secondName, second } = match.groups!;
  if (secondName.toLowerCase() === firstName.toLowerCase()) return null;
  const firstIsDirect = firstName.toLowerCase() === (section.definition as { columns: [string, string] }).columns[0].toLowerCase();
  return { criterion: criterion.trim(), scores: firstIsDirect ? [Number(first), Number(second)] : [Number(second), Number(first)], named: true };
}

/**
 * A row whose words in brackets after its scores are the columns' names (`9 (välillinen) 6 (välitön)`): read by the
 * names, as a row naming each score before it is; any other words (`5 (kohtalainen) 7 (merkittävä)`) leave the row
 * as the figures' order reads it. (Audit WE F6 of round 78: read by position, the columns the other way round.)
 */
function columnsNamedInBrackets(text: string, parts: RowParts, section: CompiledSection): RowParts {
  const columns = (section.definition as { columns?: [string, string] }).columns;
  if (columns === undefined) return parts;
  const words = [...text.matchAll(/\(([^()]+)\)/gu)].slice(-2).map((match) => match[1].trim().toLowerCase());
  if (words.length !== 2) return parts;
  const names = (word: string) => columns.findIndex((column) => word === column.toLowerCase() || word.startsWith(`${column.toLowerCase()} `));
  const [first, second] = words.map(names);
  if (first === 1 && second === 0) return { criterion: parts.criterion, scores: [parts.scores[1], parts.scores[0]], named: true };
  if (first === 0 && second === 1) return { criterion: parts.criterion, scores: parts.scores, named: true };
  return parts;
}

/** The most lines a row with named scores is read over, hard-wrapped (`Ilmastonmuutoksen aiheuttamien riskien` / `vähentäminen välitön 6, välillinen` / `8`). */
const NAMED_ROW_LINES = 6;

/**
 * A row with named scores hard-wrapped, starting on `lines[at]` (a capital, no row alone): the row and
 * how many lines after the first it takes, where the lines joined make one and each line before its
 * last goes on in lower case, a bracket or a figure; null where they do not.
 */
function wrappedNamedRow(lines: SourceLine[], at: number, section: CompiledSection, belowRow: boolean): { criterion: string; scores: number[]; count: number } | null {
  const first = lines[at];
  if (section.namedScores === null || !/^\p{Lu}/u.test(first.text) || /[.!?]$/u.test(first.text)) return null;
  let joined = first.text;
  for (let k = at + 1; k < lines.length && k < at + NAMED_ROW_LINES; k++) {
    const line = lines[k];
    if (line.afterBlank || !/^[\p{Ll}(\d]/u.test(line.text)) return null;
    joined = joinWrapped(joined, line.text);
    if (joined.length > CATEGORY_LENGTH + HEADER_LONGEST) return null;
    const row = namedScoreRow(joined, section);
    if (row === null) continue;
    // (Below a row, only a criterion of the table's own: an explanation's sentence wrapped down to scores
    // it names, `Natura-kohteisiin tehdään retkiä` / `(välitön vaikutus 2, välillinen 4)`, is that
    // explanation. Review W. Below a category or the header, where no explanation stands, any criterion. Review X.)
    const known = criterionKeys.has(normaliseKey(row.criterion)) || isLayoutCriterion(row.criterion);
    return row.criterion.length <= CATEGORY_LENGTH && (known || (!belowRow && isTitleLike(row.criterion))) ? { criterion: row.criterion, scores: row.scores, count: k - at } : null;
  }
  return null;
}

/** A row's criterion that starts with a category of the table and goes on with a capital: the two, else null. */
function gluedCategory(criterion: string, section: CompiledSection): { category: string; criterion: string } | null {
  for (const category of (section.definition as { categories?: string[] }).categories ?? []) {
    if (criterion.length > category.length + 1 && criterion.slice(0, category.length).toLowerCase() === category.toLowerCase() && /^\s+\p{Lu}/u.test(criterion.slice(category.length))) {
      return { category: criterion.slice(0, category.length), criterion: criterion.slice(category.length).trim() };
    }
  }
  return null;
}

const rowForms = new WeakMap<TableRowNode, RowForm>();
/** Category lines read by a word of a category of the layout, not by its name: said when mapped. */
const rewordedCategories = new WeakSet<BlockNode>();
/** Categories written with a colon after them, as a label is (`Taloudellinen kestävyys:`): said when mapped. */
const colonCategories = new WeakSet<BlockNode>();
/** Header lines written otherwise than the layout's pattern that name the columns (`columns`): in the layout's order, or swapped. */
const headerForms = new WeakMap<BlockNode, 'inOrder' | 'swapped'>();

/** Stems with ä, ö, å as a, o, a: a copy that lost them (`kestavyys`) still meets the layout's words. */
const fold = (text: string) => text.replace(/[äå]/gu, 'a').replace(/ö/gu, 'o');
const foldedStems = (text: string) => stems(text).map(fold);

const categoryStems = new WeakMap<CompiledSection, { shared: string[]; distinctive: Set<string> }>();
/** The words all the layout's categories share (`kestävyys`) and those only one of them has. */
function categoryWords(section: CompiledSection): { shared: string[]; distinctive: Set<string> } {
  let found = categoryStems.get(section);
  if (found === undefined) {
    const each = ((section.definition as { categories?: string[] }).categories ?? []).map((category) => new Set(foldedStems(category)));
    const shared = each.length === 0 ? [] : [...each[0]].filter((stem) => each.every((other) => other.has(stem)));
    found = { shared, distinctive: new Set(each.flatMap((own, i) => [...own].filter((stem) => each.every((other, j) => j === i || !other.has(stem))))) };
    categoryStems.set(section, found);
  }
  return found;
}

/** Whether a line is one of the layout's categories as written (a short line: a long one's key is not computed). */
function isCategoryLine(text: string, section: CompiledSection): boolean {
  return text.length <= CATEGORY_LENGTH && section.categoryKeys.has(normaliseKey(text));
}

/** Whether `key` is one of the section's categories or the start of one. */
function startsCategory(section: CompiledSection, key: string): boolean {
  for (const category of section.categoryKeys) if (category.startsWith(key)) return true;
  return false;
}

/** Whether `key` is one of the section's categories or of the table's criteria, or the start of one (`taloud`, `uusiutuvien`). */
export function startsCategoryOrCriterion(section: CompiledSection, key: string): boolean {
  if (startsCategory(section, key)) return true;
  for (const criterion of criterionKeys) if (criterion.startsWith(key)) return true;
  return false;
}

/** The one category of the layout whose own words the text has (`Ekologinen` → `Ekologinen kestävyys`), else null. */
function categoryNamedBy(text: string, section: CompiledSection): string | null {
  const words = categoryWords(section);
  const own = foldedStems(text).filter((stem) => words.distinctive.has(stem));
  if (own.length === 0) return null;
  const named = ((section.definition as { categories?: string[] }).categories ?? []).filter((category) => foldedStems(category).some((stem) => own.includes(stem)));
  return named.length === 1 ? named[0] : null;
}

/** Whether the text has a word only one of the layout's categories has (`taloudelli…`). */
function namesCategory(text: string, section: CompiledSection): boolean {
  const words = categoryWords(section);
  return words.distinctive.size > 0 && foldedStems(text).some((stem) => words.distinctive.has(stem));
}

/**
 * A category written otherwise (`Taloudellinen kestavyys`, `… (talous)`, `Sosiaalinen kestävyys`):
 * a word only one category has, and the word all of them share, its start at least (`kest` of a
 * garbled `kest�vyys`). Without that shared word (`Taloudelliset vaikutukset`) it may as well be a
 * criterion: read as one, and said.
 */
function isRewordedCategory(text: string, section: CompiledSection): boolean {
  if (!namesCategory(text, section)) return false;
  const folded = fold(text.toLowerCase());
  return categoryWords(section).shared.every((stem) => folded.includes(stem.slice(0, SHARED_WORD_START)));
}

/** Whether the text's first word — past a heading stop word (`Hankkeen`), no other — is one only one category has. */
function startsLikeCategory(text: string, section: CompiledSection): boolean {
  const words = text.split(/\s+/u);
  const first = isStopWord(words[0]) ? words[1] : words[0];
  const stem = first === undefined ? undefined : foldedStems(first)[0];
  return stem !== undefined && categoryWords(section).distinctive.has(stem);
}

/** How much of the categories' shared word a garbled copy still has (`kest`). */
const SHARED_WORD_START = 4;

function row(category: string | null, criterion: string, scores: (number | null)[], first: SourceLine, last: SourceLine, cells: SourceLine[], form: Partial<RowForm> = {}): TableRowNode {
  // A colon written between the criterion and its scores (`Luonnonvarojen käytön kestävyys: 3 5`) is
  // the writer's separator, not the criterion's.
  if (criterion.endsWith(':')) criterion = criterion.slice(0, -1).trimEnd();
  const node: TableRowNode = { type: 'tableRow', category, criterion, scores: scores as number[], position: span(first.position, last.position), children: cells.map(lineNode) };
  rowForms.set(node, { cells: cells.length, wrapped: false, ...form });
  if (gluedParts.has(first)) gluedRows.add(node);
  if (columnWrapped.has(first)) columnWrappedRows.add(node);
  const parted = cellRowParts.get(first);
  if (parted !== undefined) rowForms.get(node)!.cellsParted = parted;
  return node;
}

/** A row drawn with bars and wrapped over lines, joined: its text's offsets placed back on its lines. */
interface WrappedRow {
  line: SourceLine;
  part(from: number, to: number): SourceLine;
}

/** A line of empty cells drawn with bars. */
const EMPTY_CELLS = lazyRegExp(() => /^[|\s]+$/u);
/** The longest a row drawn with bars is followed over wrapped lines. */
const WRAPPED_ROW_LINES = 40;

/**
 * How many bars the table's rows drawn with bars have (its header's and most rows' count, four
 * cells or more), else 0: a row with fewer, its last line not closed by one, goes on below.
 */
function barsOfTableRows(lines: SourceLine[], least = 5): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (!isClosedBarRow(line.text)) continue;
    const bars = barsIn(line.text);
    counts.set(bars, (counts.get(bars) ?? 0) + 1);
  }
  let best = 0;
  for (const [bars, count] of counts) if (bars >= least && count >= 2 && count > (counts.get(best) ?? 0)) best = bars;
  return best;
}

/**
 * A row drawn with bars that a copy hard-wrapped (`| Ilmastonmuutoksen … | 6 |` / `8 | Hankkeen …` /
 * `… jne. |`): its lines from `at` joined (by line breaks) while they have fewer bars than the
 * table's rows, up to the line that closes it with the last bar; null where it is no such row (the
 * lines below start another row, stop at a blank line, or have too many bars).
 */
function wrappedBarRow(tokens: LineToken[], at: number, bars: number, threeCells = false): { row: WrappedRow; count: number } | null {
  const lines = tokens.map((token) => token.payload.line);
  const first = lines[at];
  if (bars === 0 || !startsWithBar(first.text)) return null;
  // (In a table of three cells a row, a closed row with fewer is one that lacks a score, `| Materiaalit ja jätteet | 5 |`,
  // unless its border is written again at the next line's start, `…|4|` / `|8|`. Review RVC of round 74.)
  if (threeCells && isClosedBarRow(first.text) && !(at + 1 < lines.length && bordersTwice(first.text, lines[at + 1].text))) return null;
  let count = barsIn(first.text);
  if (count >= bars) return null;
  let end = at;
  while (count < bars && end + 1 < lines.length && end - at < WRAPPED_ROW_LINES) {
    const next = lines[end + 1];
    // (Empty cells alone on a line, `| | | |`, are taken as furniture where they stand alone.)
    if (next.afterBlank || (tokens[end + 1].tokenType !== Text && !EMPTY_CELLS.test(next.text))) return null;
    // (A cell's closing bar written again at the next line's start, `|… monimuotoisuus|4|` / `|8|`, is one border.)
    count += barsIn(next.text) - (bordersTwice(lines[end].text, next.text) ? 1 : 0);
    end++;
  }
  const last = lines[end].text;
  if (count !== bars || last.charCodeAt(last.length - 1) !== 124) return null;
  const pieces = lines.slice(at, end + 1);
  const starts: number[] = [];
  let text = '';
  for (const [k, piece] of pieces.entries()) {
    if (text !== '') text += '\n';
    starts.push(text.length);
    // (The border written twice counted once: the second bar a space, the offsets as written.)
    text += k > 0 && bordersTwice(pieces[k - 1].text, piece.text) ? ` ${piece.text.slice(1)}` : piece.text;
  }
  const pointAt = (offset: number) => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > offset) k--;
    const start = pieces[k].position.start;
    const within = Math.min(offset - starts[k], pieces[k].text.length);
    return { line: start.line, column: start.column + within, offset: start.offset + within };
  };
  const line: SourceLine = { kind: 'text', text, afterBlank: first.afterBlank, position: span(first.position, lines[end].position) };
  return { row: { line, part: (from, to) => ({ kind: 'text', text: text.slice(from, to).trim(), afterBlank: from === 0 ? first.afterBlank : false, position: { start: pointAt(from), end: pointAt(to) } }) }, count: end - at + 1 };
}

/** Whether a wrapped row's line ends with a bar and the next starts with one: the same border written on both. */
const bordersTwice = (above: string, below: string) => above.charCodeAt(above.length - 1) === 124 && startsWithBar(below);

/** Lines of the table read off a row written as cells (bars or tabs): how they were parted. */
const cellRowParts = new WeakMap<SourceLine, 'bars' | 'tabs'>();
/** A row's explanation read off its own cell: that row's explanation whatever it ends with (`… puolitetaan 2 8`). */
const explanationCells = new WeakSet<SourceLine>();
/** A header written as cells (`| Kriteeri | Välitön | Välillinen | Perustelu |`) and how it orders the score columns. */
const cellHeaders = new WeakMap<SourceLine, 'inOrder' | 'swapped'>();
/** What a score's cell may hold: a score, nothing, or what is said as no score when read (`-`, `x`, `5,5`). */
const SCORE_CELL = lazyRegExp(() => /^(?:\d{1,3}|[-–—xX]|\d{1,2}[,.]\d)?$/u);

/**
 * A row of the table written as cells (drawn with bars, or parted by tabs with an explanation's
 * cell), read cell by cell: the row as `Criterion 6 9` — or `Criterion<TAB><TAB>9` where the direct
 * cell is empty, `Criterion` where both are — and its explanation as a line of its own, each with
 * the place of its cells; a header naming the score columns as one line; a row's explanation going
 * on in a row of empty cells as that line. Null for a line that is no such row, or one whose cells
 * are no criterion and scores (left to be read as written).
 */
function cellRowLines(line: SourceLine, section: CompiledSection, wrapped: WrappedRow | null = null): SourceLine[] | null {
  const cells = headerCells(line.text);
  if (cells === null || cells.length < 2) return null;
  const parted = line.text.trimStart().startsWith('|') ? 'bars' : 'tabs';
  const part = (from: number, to: number, text?: string): SourceLine => {
    const piece = wrapped === null ? linePart(line, from, to) : wrapped.part(from, to);
    if (text !== undefined) piece.text = text;
    cellRowParts.set(piece, parted);
    return piece;
  };
  // (A cell wrapped over lines: the criterion's words rejoined, the explanation's lines kept.)
  for (const cell of cells.slice(0, 3)) if (cell.text.includes('\n')) cell.text = cell.text.split('\n').reduce(joinWrapped);
  // (A cell in Markdown's bold or italics, `**Taloudellinen kestävyys**`, a category's row: read without the marks. Audit AG of round 57.)
  for (const cell of cells) {
    const emphasis = MARKDOWN_EMPHASIS.exec(cell.text);
    if (emphasis !== null) cell.text = emphasis.groups!.text;
  }
  const columns = (section.definition as { columns?: [string, string] }).columns;
  const order = columns === undefined ? null : cellsHeaderOrder(cells, columns);
  if (order !== null) {
    const header = part(cells[0].from, cells[cells.length - 1].to, cells.map((cell) => cell.text).filter((text) => text !== '').join(' '));
    cellHeaders.set(header, order);
    return [header];
  }
  const [criterion, direct, indirect] = cells;
  const rest = cells.slice(3).filter((cell) => cell.text !== '');
  if (parted === 'tabs' && rest.length === 0) return null;
  if (direct !== undefined && !SCORE_CELL.test(direct.text)) return null;
  if (indirect !== undefined && !SCORE_CELL.test(indirect.text)) return null;
  const lines: SourceLine[] = [];
  const scores = [direct, indirect].filter((cell) => cell !== undefined && cell.text !== '') as typeof cells;
  if (criterion.text !== '') {
    const last = scores.length > 0 ? scores[scores.length - 1] : criterion;
    const written = direct?.text === '' && indirect !== undefined && indirect.text !== '' ? `${criterion.text}\t\t${indirect.text}` : [criterion.text, ...scores.map((cell) => cell.text)].join(' ');
    const rowLine = part(criterion.from, last.to, written);
    if (direct !== undefined && direct.text !== '' && indirect !== undefined && indirect.text === '') emptyIndirectRows.add(rowLine);
    lines.push(rowLine);
  } else if (scores.length > 0) return null;
  if (rest.length > 0) {
    // (Cells past the explanation's are its text parted by bars as written: `Lajittelu | kierrätys`.)
    const explanation = part(rest[0].from, rest[rest.length - 1].to, rest.map((cell) => cell.text).join(' | '));
    explanationCells.add(explanation);
    lines.push(explanation);
  }
  return lines.length > 0 ? lines : null;
}
/** Rows written as cells whose indirect cell is empty after the direct score (`| Criterion | 3 | | … |`). */
const emptyIndirectRows = new WeakSet<SourceLine>();
/** A cell's text in Markdown's bold or italics: the text within the marks. */
// (No mark inside: `**Jätteet** lajitellaan ja **kierrätetään**` is emphasis of two words, not of the cell. Review V.)
const MARKDOWN_EMPHASIS = lazyRegExp(() => /^(?<mark>\*{1,2}|_{1,2})(?<text>[^*_\s](?:[^*_]*[^*_\s])?)\k<mark>$/u);
/** The longest header line written otherwise that is looked at (`| Välitön vaikutus | Välillinen vaikutus |`). */
const HEADER_LONGEST = 80;
/** A wrapped word or two alone between a criterion's start and its row's end. */
const WRAPPED_BETWEEN_LENGTH = 30;

/**
 * How many lines stand between a criterion's first line (`lines[at]`) and the rest of its row,
 * wrapped twice (one or two short lines in lower case, no sentence's end), else 0.
 */
function wrappedCriterionLines(lines: SourceLine[], at: number): number {
  const first = lines[at].text;
  if (!/^\p{Lu}/u.test(first) || !isTitleLike(first)) return 0;
  for (let between = 1; between <= 2; between++) {
    const middle = lines[at + between];
    const end = lines[at + between + 1];
    if (middle === undefined || end === undefined || middle.afterBlank || middle.text.length > WRAPPED_BETWEEN_LENGTH || !/^[\p{Ll}(]/u.test(middle.text) || !isTitleLike(middle.text) || scoreRowParts(middle.text) !== null) return 0;
    if (end.afterBlank) return 0;
    const rest = scoreRowParts(end.text);
    if (rest !== null) return /^[\p{Ll}(]/u.test(rest.criterion) ? between : 0;
  }
  return 0;
}

/**
 * How many lines of a criterion wrapped in its cell stand below its first line (`lines[at]`) before
 * its scores alone on their lines (a copy one cell a line): one or two short lines in lower case (or
 * a suspended compound's end, `-ohjelman kohteet`), no
 * sentence's end; then two scores, or one where the lines make a criterion of the table. Else 0.
 */
function cellWrappedLines(lines: SourceLine[], at: number): number {
  let criterion = lines[at].text;
  for (let between = 1; between <= 2; between++) {
    const middle = lines[at + between];
    if (middle === undefined || middle.afterBlank || middle.text.length > WRAPPED_CELL_LENGTH || !/^(?:[\p{Ll}(]|-\p{Ll})/u.test(middle.text) || !isTitleLike(middle.text.replace(/^-/, ''))) return 0;
    criterion = joinWrapped(criterion, middle.text);
    const cell = lines[at + between + 1];
    if (cell !== undefined && scoreOnly.test(cell.text)) {
      const second = lines[at + between + 2];
      return (second !== undefined && scoreOnly.test(second.text)) || criterionKeys.has(normaliseKey(criterion)) ? between : 0;
    }
  }
  return 0;
}

/** The longest line of a criterion wrapped in its cell. */
const WRAPPED_CELL_LENGTH = 60;

/** Rows and categories read off a line that held two: said when mapped. */
const gluedRows = new WeakSet<TableRowNode>();
/** Rows whose criterion a print's column wrapped onto the next line, read as one. */
const columnWrappedRows = new WeakSet<TableRowNode>();
const gluedHeadings = new WeakSet<BlockNode>();

/** The index of the table's last row or category line, else -1 (an explanation's second paragraph has more of the table after it). */
function lastRowLine(lines: SourceLine[], section: CompiledSection): number {
  for (let j = lines.length - 1; j >= 0; j--) if (scoreRowParts(lines[j].text) !== null || namedScoreRow(lines[j].text, section) !== null || isCategoryLine(lines[j].text, section)) return j;
  return -1;
}

/** Lines of the table read apart from one line that lost its line break: said where mapped. */
const gluedParts = new WeakSet<SourceLine>();

/** Part of a line, `from` to `to` in its text, with its own position. */
function partOf(line: SourceLine, from: number, to: number): SourceLine {
  const part = linePart(line, from, to);
  gluedParts.add(part);
  return part;
}

/** A row in a print's columns: the criterion, its two scores and its explanation's first line, each two spaces apart at least. */
const COLUMN_ROW = lazyRegExp(() => /^(?<criterion>\S.*?\S)[ \t]{2,}(?<direct>\d{1,2})[ \t]{2,}(?<indirect>\d{1,2})(?:[ \t]{2,}(?<text>\S.*))?$/u);
/** Rows whose criterion a print's column wrapped onto the next line: said when mapped. */
const columnWrapped = new WeakSet<SourceLine>();

/**
 * A row of the table as a print's columns write it (`pdftotext -layout`: `Ilmastonmuutoksen
 * aiheuttamien riskien      2      4   Tapaamisiin kuljetaan kävellen.` / `vähentäminen`), its
 * criterion wrapped in its column: the row, the criterion's end joined from the first column of the
 * lines below at the same column (up to two more, while the words joined start one of the table's
 * criteria, until they are one), then the explanation's parts beside them — the lines it reads as, and
 * how many lines it took; null for any other line (a criterion the table does not have, one in lower
 * case, a line of text with figures set apart by spaces: review V). (Audit AG of round 57: such a row
 * was the row above's explanation, unsaid.)
 */
function columnRowLines(line: SourceLine, following: (SourceLine | undefined)[]): { lines: SourceLine[]; consumed: number } | null {
  if (line.text.length < 20 || !/^\p{Lu}/u.test(line.text) || !/\d[ \t]{2,}\d/u.test(line.text)) return null;
  const match = COLUMN_ROW.exec(line.text);
  if (match === null) return null;
  const { criterion, direct, indirect, text } = match.groups!;
  if (criterionKeys.has(normaliseKey(criterion)) || !startsCriterion(criterion)) return null;
  let written = criterion;
  let end = line;
  const rests: SourceLine[] = [];
  for (const next of following) {
    if (next === undefined || next.afterBlank || next.position.start.column !== line.position.start.column) return null;
    const gap = /[ \t]{3,}/u.exec(next.text);
    const cell = gap === null ? next.text : next.text.slice(0, gap.index);
    const joined = joinWrapped(written, cell);
    if (cell.length > 40 || !/^[\p{Ll}(]/u.test(cell) || !startsCriterion(joined)) return null;
    written = joined;
    end = linePart(next, 0, cell.length);
    if (gap !== null) rests.push(linePart(next, gap.index + gap[0].length, next.text.length));
    if (criterionKeys.has(normaliseKey(written))) {
      const scoresEnd = line.text.length - (text === undefined ? 0 : text.length);
      const rowLine: SourceLine = { ...linePart(line, 0, scoresEnd), text: `${written} ${direct} ${indirect}`, position: span(line.position, end.position) };
      columnWrapped.add(rowLine);
      const lines = [rowLine];
      if (text !== undefined) lines.push(linePart(line, scoresEnd, line.text.length));
      return { lines: [...lines, ...rests], consumed: 1 + following.indexOf(next) + 1 };
    }
  }
  return null;
}
/** Whether words start one of the table's criteria (`Ilmastonmuutoksen aiheuttamien riskien`). */
function startsCriterion(words: string): boolean {
  const key = normaliseKey(words);
  return criterionNames.some((name) => normaliseKey(name).startsWith(key));
}

// (An explanation of two words at least: `Etäkokouksia suositaan.`; the criterion is the layout's own.)
const ROW_THEN_TEXT = lazyRegExp(() => /^(?<criterion>.+?)\s+\d{1,2}\s+\d{1,2}\s+(?=\p{L}\S*\s+\S+)/u);

/**
 * Where a line of the table holds two that lost the line break between them, the two (a copy that
 * joined lines): a row and its explanation (`Tasa-arvon edistäminen 9 9 Hankkeen toimenpiteissä …`),
 * an explanation and the next row (`… kanssa. Natura 2000 -ohjelman kohteet 5 8`) or the next
 * category (`… kanssa. Taloudellinen kestävyys`). Only by the layout's own criteria and categories.
 */
function splitGlued(line: SourceLine, section: CompiledSection, rowsOfTheirOwn: ReadonlySet<string> = NO_KEYS): [SourceLine, SourceLine] | null {
  const text = line.text;
  if (text.length < 20) return null;
  const rowFirst = ROW_THEN_TEXT.exec(text);
  if (rowFirst !== null && criterionKeys.has(normaliseKey(rowFirst.groups!.criterion))) return [partOf(line, 0, rowFirst[0].length), partOf(line, rowFirst[0].length, text.length)];
  const parts = scoreRowParts(text);
  const names = parts !== null && !criterionKeys.has(normaliseKey(parts.criterion)) ? criterionNames : [];
  for (const name of names) {
    const at = parts!.criterion.length - name.length;
    if (at > 0 && parts!.criterion.endsWith(name) && SENTENCE_BEFORE.test(text.slice(0, at))) return [partOf(line, 0, at), partOf(line, at, text.length)];
  }
  // A row between two sentences of one line, both its line breaks lost (`… kierrätystä.
  // Ilmastonmuutoksen aiheuttamien riskien vähentäminen 2 5 Hankkeen toimenpiteissä …`): the text
  // before it apart; the row and its explanation are split in turn.
  // (Not a criterion the table has a row of its own for: then the words and figures are a sentence's,
  // `… Tasa-arvon edistäminen 2 3 Tampereella …`; nor after an abbreviation's dot, `esim.`.)
  for (const { name, key } of TWO_FIGURES.test(text) ? CRITERIA : []) {
    if (rowsOfTheirOwn.has(key)) continue;
    for (let at = text.indexOf(name, 1); at > 0; at = text.indexOf(name, at + 1)) {
      if (SCORES_AFTER.test(text.slice(at + name.length)) && SENTENCE_BEFORE.test(text.slice(0, at)) && !ABBREVIATION_BEFORE.test(text.slice(0, at))) return [partOf(line, 0, at), partOf(line, at, text.length)];
    }
  }
  if (!/\p{L}$/u.test(text)) return null;
  for (const category of (section.definition as { categories?: string[] }).categories ?? []) {
    const at = text.length - category.length;
    if (at > 0 && text.endsWith(category) && SENTENCE_BEFORE.test(text.slice(0, at))) return [partOf(line, 0, at), partOf(line, at, text.length)];
  }
  return null;
}

/**
 * Whether the number alone at `at` is a printed page's number inside a text: the page's furniture
 * right below it and the text going on in lower case after that (`aiheuttamien …`, `–ohjelman …`; no
 * criterion starts so). Not the lone score of a row whose other cell is empty.
 */
function pageNumberInText(tokens: LineToken[], lines: SourceLine[], at: number): boolean {
  if (tokens[at + 1]?.tokenType !== Furniture) return false;
  let after = at + 1;
  while (after < tokens.length && tokens[after].tokenType === Furniture) after++;
  return after < lines.length && /^[-–]?\p{Ll}/u.test(lines[after].text);
}

/**
 * A sentence's end before what follows it on the line: a word of three letters or more and its full
 * stop (not `mm.`, `esim.` is one), then the next row's or category's own capital, written as the
 * layout writes it (`… kanssa. Taloudellinen kestävyys`; `… 2) taloudellinen kestävyys` is the text's).
 */
const SENTENCE_BEFORE = lazyRegExp(() => /\p{L}{3,}[.!?]\s*$/u);
/** Two figures of the scale parted by white space: what a row's scores need (`… 2 5 …`; not `1 000`). */
const TWO_FIGURES = lazyRegExp(() => /(?:^|\s)(?:10|\d)\s+(?:10|\d)(?:\s|$)/u);
/** The table's criteria with their keys. */
const CRITERIA = criterionNames.map((name) => ({ name, key: normaliseKey(name) }));
/** An abbreviation's dot at the end of a text (`esim.`, `mm.`): no sentence ends there. */
const ABBREVIATION_BEFORE = lazyRegExp(() => new RegExp(`(?:^|[\\s(])(?:${vocabulary.valueGoesOnAfter.abbreviations.words.map(escapeRegExp).join('|')})\\s*$`, 'iu'));
const NO_KEYS: ReadonlySet<string> = new Set();
/**
 * A criterion of the table with two figures, anywhere in a text, its words parted by any white space
 * (a line break too). Said, not read apart, so whatever follows (`… 5 8 hankkeen …`, `… 5 18 …`): a
 * criterion the table has no row of is a row lost (review R2).
 */
const ROW_IN_TEXT = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${[...criterionNames].sort((a, b) => b.length - a.length).map((name) => name.split(/\s+/u).map(escapeRegExp).join('\\s+')).join('|')})\\s+\\d{1,2}\\s+\\d{1,2}(?!\\d)`, 'gu'));

/**
 * A row of the table inside an explanation's lines, where a copy that reflowed its text ran rows
 * into each other's explanations and wrapped them anywhere (`… niihin.  Liikkuminen ja logistiikka 5 8`,
 * `… Tasa-arvon edistäminen 8` / `6 Hankkeen …`): the row as written and the line it starts on.
 */
function rowInsideExplanation(lines: LineNode[], rowsRead: ReadonlySet<string>): { row: string; count: number; line: LineNode } | null {
  // (Two figures parted by white space, on a line or across two: most explanations have none.)
  if (lines.length === 0 || !lines.some((line, i) => /\d\s+\d/u.test(line.text) || (i > 0 && /\d$/u.test(lines[i - 1].text) && /^\d/u.test(line.text)))) return null;
  const starts: number[] = [];
  let joined = '';
  for (const line of lines) {
    starts.push(joined.length);
    joined += `${line.text} `;
  }
  // (A criterion the table has a row of is only named by the sentence.)
  const found = [...joined.matchAll(ROW_IN_TEXT)].filter((match) => !rowsRead.has(normaliseKey(match[0].replace(/\s+\d{1,2}\s+\d{1,2}$/u, ''))));
  if (found.length === 0) return null;
  let at = starts.length - 1;
  while (at > 0 && starts[at] > found[0].index) at--;
  return { row: found[0][0].replace(/\s+/gu, ' '), count: found.length, line: lines[at] };
}

/**
 * A row's two scores right after its criterion, each on the table's scale, then the line's end or its
 * explanation's first word with its capital (`… 2 5 Hankkeen …`; `Tasa-arvon edistäminen 2 3 kertaa
 * vuodessa` is a sentence's, the review's R2).
 */
const SCORES_AFTER = lazyRegExp(() => /^\s+(?:10|\d)\s+(?:10|\d)(?=\s*$|\s+["”«]?\p{Lu})/u);

/** The shortest start of a criterion a wrapped line may hold and be taken for it (`Pinta- ja pohjavedet, maaperä`). */
const CRITERION_START_SHORTEST = 20;

/**
 * Which of `criteria` a line of an explanation starts with (`Tasa-arvon edistäminen: ei arvioitu`,
 * `Tasa-arvon edistäminen<TAB>ei arvioitu<TAB>…`), or is the wrapped start of (`Pinta- ja pohjavedet,
 * maaperä sekä ilma (ja`): a row whose scores the table's forms did not read, and which was read into the
 * row above. Null for any other line (a sentence only naming a criterion does not start with it, capitalised).
 * (Audit WE F1–F3 of round 78: such rows were lost into the explanation above, unsaid.)
 */
function unreadCriterionStarting(text: string, criteria: readonly string[]): { name: string; whole: boolean } | null {
  if (criteria.length === 0 || !/^\p{Lu}/u.test(text)) return null;
  const lower = text.toLowerCase().replace(/\s+/gu, ' ');
  for (const name of criteria) {
    const criterion = name.toLowerCase();
    if (lower.startsWith(criterion) && !/^\p{L}/u.test(lower.slice(criterion.length))) return { name, whole: true };
    const start = lower.trimEnd();
    if (start.length >= CRITERION_START_SHORTEST && start.length < criterion.length && criterion.startsWith(start) && /\s/u.test(criterion[start.length] ?? ' ')) return { name, whole: false };
  }
  return null;
}

/** Whether a row has no explanation yet (no lines of its own but its cells). */
function awaitsExplanation(row: TableRowNode): boolean {
  return row.children.length <= (rowForms.get(row)?.cells ?? 0);
}

/** How a row's criterion as written reads as an explanation's sentence: 2 surely (a percentage, seven words or more), 1 maybe (a comma before a word in lower case, four words or more), else 0. */
function explanationSigns(criterion: string): 0 | 1 | 2 {
  const words = criterion.split(/\s+/u).length;
  if (criterion.includes('%') || words >= EXPLANATION_WORDS) return 2;
  return words >= 4 && /,\s*\p{Ll}/u.test(criterion) ? 1 : 0;
}
/** A criterion of the table has fewer words than this (the longest the register writes, its brackets aside). */
const EXPLANATION_WORDS = 7;

function build(section: CompiledSection, tokensAsRead: LineToken[], projectCode: string | null, wrapped: boolean, cutLine: number | null, headingAfter: boolean): BlockNode[] {
  // A row as the register writes it, or with each score after its column's name (`… välitön 5, välillinen 8`).
  const rowParts = (text: string): RowParts | null => {
    const parts = scoreRowParts(text) ?? namedScoreRow(text, section);
    return parts?.worded === true ? columnsNamedInBrackets(text, parts, section) : parts;
  };
  const blocks = new BlockCollector();
  const tokens: LineToken[] = [];
  // The criteria the table writes as rows of their own lines: a sentence that names one with figures is no row of it.
  const rowsOfTheirOwn = new Set(tokensAsRead.flatMap((token) => {
    const parts = rowParts(token.payload.line.text);
    return parts !== null && criterionKeys.has(normaliseKey(parts.criterion)) ? [normaliseKey(parts.criterion)] : [];
  }));
  const bars = barsOfTableRows(tokensAsRead.map((token) => token.payload.line));
  // (Rows of three cells, their explanation on the line below, `| Luonnonvarojen … | 6 | 9 |`: joined where
  // hard-wrapped too, but not otherwise read as such a table's, whose rows may go without their closing bar.
  // Audit KA of round 74; review RVB.)
  const wrappedRowBars = bars !== 0 ? bars : barsOfTableRows(tokensAsRead.map((token) => token.payload.line), 4);
  for (let t = 0; t < tokensAsRead.length; t++) {
    const token = tokensAsRead[t];
    // (A row drawn with bars wrapped over lines of text: joined, then read by its cells.)
    const wrappedRow = token.tokenType === Text ? wrappedBarRow(tokensAsRead, t, wrappedRowBars, bars === 0) : null;
    // (A header written as cells is a table header's token where it opened the section: read by its cells too.)
    // (Nor a row that does not close with its bar where the table's rows do, `| Materiaalit ja jätteet | 4 |
    // 6 | Jätteitä lajitel`: a copy cut inside it, kept apart below — the review's R4.)
    const unclosed = bars > 0 && startsWithBar(token.payload.line.text) && !isClosedBarRow(token.payload.line.text);
    const cellLines = wrappedRow !== null ? cellRowLines(wrappedRow.row.line, section, wrappedRow.row) : !unclosed && (token.tokenType === Text || (token.tokenType === TableHeader && token.payload.note === null)) ? cellRowLines(token.payload.line, section) : null;
    if (cellLines !== null) {
      for (const cellLine of cellLines) tokens.push(lineToken(Text, cellLine));
      if (wrappedRow !== null) t += wrappedRow.count - 1;
      continue;
    }
    // (A row in a print's columns, `pdftotext -layout`: read apart, its criterion's end wrapped in its cell joined.)
    const columns = token.tokenType === Text ? columnRowLines(token.payload.line, [tokensAsRead[t + 1]?.payload.line, tokensAsRead[t + 2]?.payload.line, tokensAsRead[t + 3]?.payload.line]) : null;
    if (columns !== null) {
      for (const columnLine of columns.lines) tokens.push(lineToken(Text, columnLine));
      t += columns.consumed - 1;
      continue;
    }
    let split = token.tokenType === Furniture || token.tokenType === TableHeader ? null : splitGlued(token.payload.line, section, rowsOfTheirOwn);
    if (split === null) tokens.push(token);
    // (The part after a split may hold two again: a row between two sentences, then its explanation.)
    while (split !== null) {
      tokens.push(lineToken(Text, split[0]));
      const rest = split[1];
      split = splitGlued(rest, section, rowsOfTheirOwn);
      if (split === null) tokens.push(lineToken(Text, rest));
    }
  }
  const lines = tokens.map((t) => t.payload.line);
  let category: string | null = null;
  let lastRow: TableRowNode | null = null;
  // Whether the table has a blank line between its rows (some copies do): then a paragraph after one is still the table's.
  let blankInside = false;
  const lastTableLine = lastRowLine(lines, section);
  // Past the table's last row, its explanation ended by a blank line: the lines after are not the table's.
  let afterTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const token = tokens[i];
    if (i > 0 && line.afterBlank && lastRow !== null && (rowParts(line.text) !== null || isCategoryLine(line.text, section))) blankInside = true;
    if ((token.tokenType === TableHeader && token.payload.note !== 'category') || section.tableHeader!.test(line.text)) {
      // A header one cell per line spans its lines.
      const last = token.payload.extra[token.payload.extra.length - 1] ?? line;
      const text = [line, ...token.payload.extra].map((l) => l.text).join(' ');
      blocks.block({ type: 'furniture', role: 'tableHeader', text, position: span(line.position, last.position) });
      continue;
    }
    // The header written otherwise, naming the columns (`Välitön vaikutus Välillinen vaikutus`), or
    // naming them the other way round (`VälillinenVälitön`): the rows below are read by it.
    const columns = section.columnsInOrder !== null && line.text.length <= HEADER_LONGEST ? line.text.toLowerCase() : null;
    const form = cellHeaders.get(line) ?? (columns === null ? null : section.columnsSwapped!.test(columns) ? 'swapped' : section.columnsInOrder!.test(columns) ? 'inOrder' : null);
    if (form !== null) {
      const header: BlockNode = { type: 'furniture', role: 'tableHeader', text: line.text, position: line.position };
      headerForms.set(header, form);
      blocks.block(header);
      continue;
    }
    if (token.tokenType === Furniture) {
      blocks.token(token);
      continue;
    }
    // (A line drawn with bars that is no whole row of a table drawn so, `| Hyvinvoinnin edistäminen |`
    // where a copy is cut, is no explanation's: kept apart, said.)
    if (bars > 0 && startsWithBar(line.text) && !cellRowParts.has(line) && token.tokenType !== Furniture) {
      blocks.token(token);
      continue;
    }
    if (lastRow !== null && explanationCells.has(line)) {
      lastRow.children.push(lineNode(line));
      lastRow.position = span(lastRow.position, line.position);
      continue;
    }
    // A printed copy's page break inside the table: a running header, or a number alone after a
    // row (its scores, one a line, are taken with the row): kept apart, not a category or text.
    if ((projectCode !== null && isRunningHeader(line.text, projectCode)) || (lastRow !== null && LONE_NUMBER.test(line.text))) {
      blocks.token(token);
      continue;
    }
    // (Right below a row still without its explanation, a line ending in two small figures that names no
    // criterion of the table and reads as a sentence — a percentage, seven words or more — is that
    // explanation: `Jätteen määrä vähenee 20 %, kierrätys kasvaa 5 8`. One that may be either — a comma
    // before a word in lower case, `Asiakkaita ohjataan …, bussilinjat 5 8`, `Vesistöt, maaperä ja ilma
    // 4 8` — is read as a row, said.)
    const parts = rowParts(line.text);
    // (Nor where a sentence follows it, as a row's explanation does: `Ilmastonmuutoksen … ja siihen
    // sopeutuminen 6 8` / `Asiakkaita neuvotaan …` is a row of a criterion written otherwise, said.)
    // (So is such a line below the explanation's first lines, `Hankkeen tapahtumissa vältetään …` /
    // `Kierrätysmateriaalin osuus … nostaa sitä vuosittain 5 7`: it goes on the explanation. Audit AD of round 57.)
    const belowExplanation = parts !== null && lastRow !== null && !awaitsExplanation(lastRow) && !line.afterBlank && lastRow.children[lastRow.children.length - 1]?.position.start.line === lines[i - 1]?.position.start.line && !startsCategoryOrCriterion(section, normaliseKey(parts.criterion)) && !isLayoutCriterion(parts.criterion);
    // (There only with a percentage, or below an explanation's line left unfinished: a criterion written
    // otherwise may be seven words long, as the table's own `Pinta- ja pohjavedet, …` is. Review U.)
    const signs = parts !== null && lastRow !== null && !line.afterBlank && !startsCategoryOrCriterion(section, normaliseKey(parts.criterion)) && (awaitsExplanation(lastRow) || (belowExplanation && (parts.criterion.includes('%') || !/[.!?:]$/u.test(lines[i - 1].text)))) ? explanationSigns(parts.criterion) : 0;
    const explainedBelow = signs === 2 && lines[i + 1] !== undefined && !lines[i + 1].afterBlank && rowParts(lines[i + 1].text) === null && !isCategoryLine(lines[i + 1].text, section);
    // (A row's criterion in lower case right below an explanation's line that goes on — a comma or a word
    // last —, `Asiakkaita ohjataan …, joukkoliikennettä,` / `bussilinjat 5 8`: the explanation hard-wrapped,
    // ending in figures.)
    const wrappedExplanation = parts !== null && lastRow !== null && !awaitsExplanation(lastRow) && !line.afterBlank && /^\p{Ll}/u.test(parts.criterion) && /[,\p{Ll}]$/u.test(lines[i - 1].text);
    const sentenceLike = explainedBelow ? 1 : wrappedExplanation ? 2 : signs;
    if (sentenceLike === 2) rowForms.get(lastRow!)!.figuresInExplanation = line;
    if (sentenceLike === 2 && belowExplanation) {
      lastRow!.children.push(lineNode(line));
      lastRow!.position = span(lastRow!.position, line.position);
      continue;
    }
    const whole = sentenceLike === 2 ? null : parts;
    const next = lines[i + 1];
    // A row with named scores hard-wrapped (`… vähentäminen välitön` / `6, välillinen 8`, `Criterion` /
    // `välitön 4, välillinen 8`): its lines one row.
    const namedWrapped = parts === null ? wrappedNamedRow(lines, i, section, lastRow !== null) : null;
    if (namedWrapped !== null) {
      const end = lines[i + namedWrapped.count];
      lastRow = row(category, namedWrapped.criterion, namedWrapped.scores, line, end, lines.slice(i + 1, i + 1 + namedWrapped.count), { wrapped: true, named: true });
      blocks.block(lastRow);
      i += namedWrapped.count;
      continue;
    }
    // The criterion's end wrapped inside its cell below the scores (a text browser's table,
    // `Ilmastonmuutoksen aiheuttamien riskien   3   4` / `vähentäminen`): a few words in lower case
    // or in brackets, no sentence, where an explanation starts with a capital.
    // Only where the two make a criterion of the table and the row's alone is none: a short line in
    // lower case below a row is otherwise its explanation (`ei vaikutusta`).
    // (Past a printed page's break too, its footer and header between: `… (ja kasvihuone-   4   8` /
    // `Sivu 2 (3)` / `\fkaasujen väheneminen)`.)
    let past = i + 1;
    while (past < lines.length && tokens[past].tokenType === Furniture) past++;
    const below = lines[past];
    if (whole && below && (past > i + 1 || !below.afterBlank) && below.text.length <= 40 && /^[\p{Ll}(]/u.test(below.text) && !criterionKeys.has(normaliseKey(whole.criterion)) && criterionKeys.has(normaliseKey(joinWrapped(whole.criterion, below.text)))) {
      lastRow = row(category, joinWrapped(whole.criterion, below.text), whole.scores, line, below, [below], { wrapped: true, ...(whole.named ? { named: true } : {}) });
      blocks.block(lastRow);
      for (let j = i + 1; j < past; j++) blocks.token(tokens[j]);
      i = past;
      continue;
    }
    if (whole) {
      // A category glued to its first row (`Ekologinen kestävyys Luonnonvarojen käytön kestävyys 6 9`): the two apart.
      const glued = gluedCategory(whole.criterion, section);
      if (glued !== null) {
        category = glued.category;
        blocks.block({ type: 'heading', number: null, text: glued.category, position: line.position });
        lastRow = row(category, glued.criterion, whole.scores, line, line, [], { gluedCategory: glued.category, ...(whole.named ? { named: true } : {}) });
        blocks.block(lastRow);
        continue;
      }
      // (None of the table's criteria, right below a row still without its explanation: it may be
      // that explanation, ending in figures, `Kierrätyspajaan palkataan työnjohtaja 1 3`.)
      const belowBareRow = sentenceLike === 0 && lastRow !== null && awaitsExplanation(lastRow) && !line.afterBlank && !startsCategoryOrCriterion(section, normaliseKey(whole.criterion)) && !isLayoutCriterion(whole.criterion) ? lastRow.criterion : null;
      // (Nor right below an explanation's line: it may be that explanation's last line, when no
      // explanation of its own follows it — said when mapped.)
      const belowText = sentenceLike === 0 && belowExplanation ? lastRow!.criterion : null;
      lastRow = row(category, whole.criterion, whole.scores, line, line, [], { ...(sentenceLike === 1 ? { sentenceAbove: lines[i - 1].text } : {}), ...(belowBareRow !== null ? { belowBareRow } : {}), ...(belowText !== null ? { belowExplanation: belowText } : {}), ...(whole.worded ? { worded: true } : {}), ...(whole.named ? { named: true } : {}) });
      blocks.block(lastRow);
      continue;
    }
    const key = line.text.length <= 100 ? normaliseKey(line.text) : null;
    if (key !== null && section.categoryKeys.has(key)) {
      // (Written as a label, `Taloudellinen kestävyys:`: the category without its colon, said.)
      category = line.text.replace(/\s*:$/u, '');
      lastRow = null;
      const heading: BlockNode = { type: 'heading', number: null, text: category, position: line.position };
      if (category !== line.text) colonCategories.add(heading);
      if (gluedParts.has(line)) gluedHeadings.add(heading);
      blocks.block(heading);
      continue;
    }
    // A category wrapped onto the next line.
    const joinedKey = next && !next.afterBlank && key !== null && next.text.length <= 60 ? normaliseKey(joinWrapped(line.text, next.text)) : null;
    if (joinedKey !== null && section.categoryKeys.has(joinedKey)) {
      category = joinWrapped(line.text, next.text);
      lastRow = null;
      blocks.block({ type: 'heading', number: null, text: category, position: span(line.position, next.position) });
      i++;
      continue;
    }
    // A row wrapped before its scores: the rest of the criterion and the scores on the next line
    // — or on the first line after a printed page break (its footer and header between them).
    const nextRow = next && !next.afterBlank ? rowParts(next.text) : null;
    // — or wrapped twice, a copy wrapped again narrower leaving a word alone between (`… (ja
    // kasvihuonekaasu-` / `jen` / `väheneminen) 4 8`): the lines between short, in lower case, no
    // sentence's end; the first a criterion's start (a capital), the row's rest in lower case.
    const between = nextRow === null ? wrappedCriterionLines(lines, i) : 0;
    if (between > 0) {
      const end = lines[i + between + 1];
      const rest = rowParts(end.text)!;
      let criterion = line.text;
      for (let k = i + 1; k <= i + between; k++) criterion = joinWrapped(criterion, lines[k].text);
      const cells = lines.slice(i + 1, i + between + 2);
      lastRow = row(category, joinWrapped(criterion, rest.criterion), rest.scores, line, end, cells, { wrapped: true, ...(rest.named ? { named: true } : {}) });
      blocks.block(lastRow);
      i += between + 1;
      continue;
    }
    // (Or wherever a criterion of the table's own is wrapped: `Pinta- ja pohjavedet, maaperä sekä ilma` / `(ja kasvihuonekaasujen väheneminen) 4 8`, `… ilma (ja` / `kasvihuonekaasujen väheneminen) 4 8`.)
    // (Not a sentence right below a row still without its explanation — seven words or more, a
    // percentage —, naming none of the table's criteria: that explanation, hard-wrapped, ending in
    // figures, `Jätteiden lajittelua harjoitellaan kaikilla pajoilla, ja` / `sekajätteen määrä puolitetaan 2 8`,
    // said below as in the copy that is not wrapped.)
    // (Or a comma before a word in lower case: `Jätteitä lajitellaan, ja` / `sekajätteen määrä puolitetaan 2 8`,
    // the review's R; a criterion of the table's own wrapped so is no such sentence.)
    const wrappedSentence = nextRow !== null && lastRow !== null && awaitsExplanation(lastRow) && !line.afterBlank && explanationSigns(joinWrapped(line.text, nextRow.criterion)) >= 1 && !startsCategoryOrCriterion(section, normaliseKey(joinWrapped(line.text, nextRow.criterion)));
    if (nextRow && !wrappedSentence && ((isTitleLike(line.text) && /^\p{Ll}/u.test(nextRow.criterion)) || criterionKeys.has(normaliseKey(joinWrapped(line.text, nextRow.criterion))))) {
      lastRow = row(category, joinWrapped(line.text, nextRow.criterion), nextRow.scores, line, next, [next], { wrapped: true, ...(nextRow.named ? { named: true } : {}) });
      blocks.block(lastRow);
      i++;
      continue;
    }
    let afterBreak = i + 1;
    while (afterBreak < lines.length && tokens[afterBreak].tokenType === Furniture) afterBreak++;
    const rowAfterBreak = afterBreak > i + 1 && afterBreak < lines.length && /[\p{L}-]$/u.test(line.text) ? rowParts(lines[afterBreak].text) : null;
    if (rowAfterBreak && isTitleLike(line.text) && /^\p{Ll}/u.test(rowAfterBreak.criterion)) {
      for (let k = i + 1; k < afterBreak; k++) blocks.token(tokens[k]);
      const end = lines[afterBreak];
      lastRow = row(category, joinWrapped(line.text, rowAfterBreak.criterion), rowAfterBreak.scores, line, end, [end], { wrapped: true, ...(rowAfterBreak.named ? { named: true } : {}) });
      blocks.block(lastRow);
      i = afterBreak;
      continue;
    }
    // The scores wrapped onto a line of their own: `Criterion` / `4 8`.
    const scoresOnly = next && !next.afterBlank ? /^(\d{1,3})\s+(\d{1,3})$/.exec(next.text) : null;
    if (scoresOnly && isTitleLike(line.text)) {
      lastRow = row(category, line.text, [Number(scoresOnly[1]), Number(scoresOnly[2])], line, next, [next], { wrapped: true });
      blocks.block(lastRow);
      i++;
      continue;
    }
    // The second score wrapped onto a line of its own: `Criterion 5` / `6`.
    const firstScore = next && !next.afterBlank && scoreOnly.test(next.text) ? endsInOneScore.exec(line.text) : null;
    const maxScore = (section.definition as { maxScore: number }).maxScore;
    if (firstScore && Number(firstScore.groups!.score) <= maxScore && Number(next.text) <= maxScore && /^\p{Lu}/u.test(line.text) && !(lines[i + 2] && scoreOnly.test(lines[i + 2].text))) {
      lastRow = row(category, firstScore.groups!.criterion.trim(), [Number(firstScore.groups!.score), Number(next.text)], line, next, [next], { wrapped: true });
      blocks.block(lastRow);
      i++;
      continue;
    }
    // One cell per line: the criterion, then its scores alone on their lines. (A criterion starts with
    // a capital: an explanation's line in lower case above a page's number is none, `ja luonnon …` / `7`.)
    // The criterion may be wrapped in its cell (`Kasvillisuus, eliöt` / `ja luonnon monimuotoisuus` / `4` / `8`).
    const mayStartRow = /^\P{Ll}/u.test(line.text) && isTitleLike(line.text);
    const wrappedInCell = mayStartRow ? cellWrappedLines(lines, i) : 0;
    const firstCell = lines[i + 1 + wrappedInCell];
    const third = lines[i + 2 + wrappedInCell];
    const twoCells = firstCell !== undefined && third !== undefined && scoreOnly.test(third.text);
    // (A number alone that is a page's, inside an explanation's line: only where it is one cell, below no criterion of the table's own.)
    const pageNumber = () => !twoCells && !criterionKeys.has(normaliseKey(line.text)) && pageNumberInText(tokens, lines, i + 1 + wrappedInCell);
    if (mayStartRow && firstCell && scoreOnly.test(firstCell.text) && !pageNumber()) {
      let criterion = line.text;
      for (let k = i + 1; k <= i + wrappedInCell; k++) criterion = joinWrapped(criterion, lines[k].text);
      const cells = [firstCell];
      if (twoCells) cells.push(third);
      // A blank line before a lone score is the empty cell of the direct column.
      const emptyDirect = cells.length === 1 && firstCell.afterBlank;
      const scores = cells.length === 2 ? [Number(cells[0].text), Number(cells[1].text)] : emptyDirect ? [null, Number(cells[0].text)] : [null, null];
      const form: Partial<RowForm> = { ...(cells.length === 1 ? { missing: cells[0].text, emptyDirect } : {}), ...(wrappedInCell > 0 ? { wrapped: true } : {}) };
      lastRow = row(category, criterion, scores, line, cells[cells.length - 1], [...lines.slice(i + 1, i + 1 + wrappedInCell), ...cells], form);
      blocks.block(lastRow);
      i += wrappedInCell + cells.length;
      continue;
    }
    // A row with one score: kept, its scores unknown.
    const one = line.text.length <= 120 && !/[.!?]$/.test(line.text) ? endsInOneScore.exec(line.text) : null;
    // Only within the scale, and not while the row before still waits for its explanation (a line
    // of that explanation may end in a number).
    const rowAwaitsExplanation = lastRow !== null && awaitsExplanation(lastRow);
    // A criterion starts with a capital; a line that starts in lower case, or in a hard-wrapped copy
    // one whose next line goes on in lower case, is a line of an explanation wrapped there (`… läpi
    // esimerkiksi 3` / `käytännön tehtävää.`).
    const inExplanation = /^\p{Ll}/u.test(line.text) || (wrapped && next !== undefined && !next.afterBlank && /^\p{Ll}/u.test(next.text));
    // What the next line is: an explanation (a sentence), or the start of another row or category,
    // or nothing (the table's end), when this line has no explanation of its own.
    // (The table's end is no such start on the line where a cut copy stops: that line may be anything cut.)
    const nextIsCategory = next !== undefined && isCategoryLine(next.text, section);
    const nextStarts = (next === undefined && line.position.start.line !== cutLine) || nextIsCategory || (next !== undefined && rowParts(next.text) !== null);
    const nextExplains = next !== undefined && !rowParts(next.text) && !isTitleLike(next.text);
    // (A criterion of the table's own, `Natura 2000 -ohjelman kohteet 5`, starts a row whatever follows:
    // in a hard-wrapped copy its explanation's first line may look like a title.)
    const knownOne = one !== null && /^\p{Lu}/u.test(line.text) && criterionKeys.has(normaliseKey(one.groups!.criterion.trim()));
    if (one && Number(one.groups!.score) <= maxScore && !rowAwaitsExplanation && !inExplanation && (nextExplains || nextStarts || knownOne)) {
      // (Two tabs before the score, `Materiaalit ja jätteet<TAB><TAB>6`: the first cell, the direct score's, is empty.)
      const emptyDirect = /\t[ ]*\t[ ]*\d{1,2}$/u.test(line.text);
      // (A row written as cells whose indirect cell is empty after its score, `| Criterion | 3 | | … |`: the score is the direct one.)
      const emptyIndirect = !emptyDirect && emptyIndirectRows.has(line);
      lastRow = row(category, one.groups!.criterion.trim(), emptyDirect ? [null, Number(one.groups!.score)] : emptyIndirect ? [Number(one.groups!.score), null] : [null, null], line, line, [], { missing: one.groups!.score, ...(emptyDirect ? { emptyDirect } : {}), ...(emptyIndirect ? { emptyIndirect } : {}) });
      blocks.block(lastRow);
      continue;
    }
    // A criterion without scores (or with dashes for them, `Criterion - -`): a short line where a
    // row may start — after the row before has had its explanation (ending a sentence), or right
    // under a category — followed by a sentence of its own (a capital: not the rest of a
    // hard-wrapped sentence), or with no explanation, by the next row, a category or the table's
    // end. Where the layout names its categories, a line that is none of them is no category
    // either. Kept as a row with both scores null (and a warning), not read into the explanation
    // before it, nor as the category of the rows after it.
    const previousEnded = lastRow !== null && !rowAwaitsExplanation && lastRow.children.length > 0 && /[.!?]$/.test(lines[i - 1].text);
    const underCategory = lastRow === null && category !== null;
    const criterion = beforeDashes(line.text) ?? line.text;
    // A category's start (`Sosiaalinen ja kulttuurinen`, cut or wrapped) is no criterion either.
    const isKnownCategory = key !== null && startsCategory(section, key);
    // A category reworded (`Taloudellinen kestävyys (talous)`), with a row right below it: read as
    // the category of the rows below, said. Right below a row still without its explanation (a table
    // may have none), only a line that starts like a category: `Sosiaalinen kestävyys`, not
    // `Parantaa taloudellista kestävyyttä`, which is that row's explanation.
    if (!isKnownCategory && next !== undefined && startsRow(next.text) && isTitleLike(line.text) && rowParts(line.text) === null && isRewordedCategory(line.text, section) && (!rowAwaitsExplanation || startsLikeCategory(line.text, section))) {
      category = line.text;
      lastRow = null;
      const heading: BlockNode = { type: 'heading', number: null, text: line.text, position: line.position };
      rewordedCategories.add(heading);
      blocks.block(heading);
      continue;
    }
    const noExplanation = nextStarts && section.categoryKeys.size > 0 && !isKnownCategory;
    // A criterion of the table written without scores (vocabulary `scoreCriteria`) is a row of its own
    // wherever it stands, also right below a row without explanation (a half-filled table).
    const knownCriterion = key !== null && criterionKeys.has(key) && /^\p{Lu}/u.test(line.text);
    if ((knownCriterion || ((previousEnded || underCategory) && isTitleLike(criterion) && /^\p{Lu}/u.test(criterion) && /\s/.test(criterion) && ((nextExplains && /^\p{Lu}/u.test(next!.text)) || noExplanation)))) {
      lastRow = row(category, criterion, [null, null], line, line, [], { noScores: true });
      blocks.block(lastRow);
      continue;
    }
    // (Below a row with no explanation, only a line that starts a category, `Sosiaalinen ja
    // kulttuurinen kestävyys` without its end: another short line there may as well be the row's
    // explanation, `Ekologinen kierrätys ja hyötykäyttö`, said below.)
    const rowBelow = next !== undefined && startsRow(next.text) && isTitleLike(line.text);
    const looksLikeCategory = rowBelow && (lastRow === null || lastRow.children.length > 0 || isKnownCategory);
    // Where the layout names its categories, a short line below a row's explanation that is none of
    // them (`kierrätys`, the last item of a list in the explanation) is that explanation's: read as
    // a category it would become the category of every row below. A capitalised one is said — so is
    // one right below a row without explanation (`Alue- ja yhdyskuntarakenne`, a category the layout
    // does not have, or the row's explanation of a few words).
    const underBareRow = rowBelow && !looksLikeCategory && lastRow !== null && lastRow.children.length === 0;
    if ((looksLikeCategory || underBareRow) && lastRow !== null && section.categoryKeys.size > 0 && (underBareRow || !namesCategory(line.text, section))) {
      // (A sentence is the row's explanation, said of nothing: `Ryhmiä on kaksi ja osallistujia ryhmissä 8 ja 10`.)
      if (/^\p{Lu}/u.test(line.text) && !(underBareRow && readsAsSentence(line.text))) {
        const form = rowForms.get(lastRow);
        if (form !== undefined) (form.titleLines ??= []).push(line);
      }
    } else if (looksLikeCategory) {
      category = line.text;
      lastRow = null;
      const heading: BlockNode = { type: 'heading', number: null, text: line.text, position: line.position };
      // A category of the layout written otherwise (`sosiaalinen ja kulttuurinen kestävyys`, `Taloudellinen kestävyy`): said.
      if (section.categoryKeys.size > 0 && !isCategoryLine(line.text, section)) rewordedCategories.add(heading);
      blocks.block(heading);
      continue;
    }
    // A paragraph after a blank line, below a table written without any (rows and explanations line
    // by line), is no second explanation: the text of a section whose heading is missing (the final
    // report's), kept apart and said, not read into the last row. (A short line too: a page's footer
    // past its furniture, `Päivitetty 12.3.2020` / `Työ- ja elinkeinoministeriö`. Audit AI of round 58.)
    // (Nor, where a later section's heading follows, a part's heading the layout does not have standing alone
    // after the last row's explanation, a blank line each side, `Lisätietoja`: no explanation of that row.
    // Audit JB of round 73.)
    const afterLastExplanation = lastRow !== null && line.afterBlank && !blankInside && i > lastTableLine && lastRow.children.length > (rowForms.get(lastRow)?.cells ?? 0);
    if (afterTable || (afterLastExplanation && (!headingAfter || standsAsPartHeading(lines, i, section)))) {
      afterTable = true;
      blocks.token(token);
      continue;
    }
    // The line a cut copy stops in, after a row with its explanation, starting like a criterion
    // (`Pinta- ja pohjavedet, maaper`): neither the explanation's nor a row of its own; kept apart, said.
    if (lastRow && line.position.start.line === cutLine && lastRow.children.length > (rowForms.get(lastRow)?.cells ?? 0) && isTitleLike(line.text) && /^\p{Lu}/u.test(line.text) && /\s/u.test(line.text) && !isPlaceholder(line.text)) {
      blocks.token(token);
      continue;
    }
    if (lastRow) {
      lastRow.children.push(lineNode(line));
      lastRow.position = span(lastRow.position, line.position);
      blankInside ||= line.afterBlank;
      continue;
    }
    blocks.token(token);
  }
  return blocks.done();
}

const CONTACT_BLOCK_HEADINGS = new Set(vocabulary.contactBlockHeadings.words.map(normaliseKey));
/**
 * Whether the line stands alone as a part's heading: a few words with a capital, no sentence's end nor a
 * colon, below a sentence's end (not a list's item under its intro, `… muun muassa:`), a blank line below it
 * and a sentence below that, or a name below a contact block's heading, and no row or category of the table.
 */
function standsAsPartHeading(lines: SourceLine[], at: number, section: CompiledSection): boolean {
  const line = lines[at];
  const above = lines[at - 1];
  const below = lines[at + 1];
  // (A sentence below it, or a name below a contact block's heading, `Lisätietoja` / `Maija Mallikas`: not a
  // list's next item, `Kierrätys ja lajittelu` / `Energiansäästö arjessa`. Review RVD of round 73.)
  const textBelow = /^\p{Lu}.*[.!?]$/u.test(below?.text ?? '') || (CONTACT_BLOCK_HEADINGS.has(normaliseKey(line.text)) && /^\p{Lu}/u.test(below?.text ?? ''));
  return above !== undefined && below !== undefined && below.afterBlank && /[.!?]$/u.test(above.text) && line.text.length <= 40 && /^\p{Lu}[^.!?:]*$/u.test(line.text) && line.text.split(/\s+/u).length <= 4 && textBelow && scoreRowParts(line.text) === null && scoreRowParts(below.text) === null && !isCategoryLine(line.text, section);
}

export const scoreTableKind: ContentKind = {
  content: 'scoreTable',
  defineBody(p: RuleDsl) {
    return p.rule('scoreTableBody', (section: CompiledSection): BlockNode[] => {
      const tokens: LineToken[] = [];
      takeBody(p, (token) => p.state.endsBody(token), (token) => tokens.push(token));
      if (p.recording) return [];
      const facts = p.state.facts;
      const headingAfter = p.state.template.sections.some((later) => later.index > section.index && facts.headingLine[later.index] > 0);
      return build(section, tokens, facts.projectCode, facts.wrapWidth !== null, facts.endsUnbroken ? facts.lastLine : null, headingAfter);
    });
  },
  map(context, section, node) {
    const { builder } = context;
    const definition = section.definition as { textPath: string; maxScore: number };
    type Row = { category: string | null; criterion: string; direct: number | null; indirect: number | null; text: string | null };
    const rows: Row[] = [];
    // Whether a header above names the columns the other way round: the rows' scores are read by it.
    let swapped = false;
    // Whether the table's rows written as cells have been said (once a table).
    let cellsSaid = false;
    // The category a run of rows below a lost category line is read with, and the one they stand under.
    let run: { written: string | null; own: string } | null = null;
    const blocks = bodyBlocks(node);
    const rowsRead = new Set(blocks.flatMap((block) => (block.type === 'tableRow' ? [normaliseKey(block.criterion)] : [])));
    // The table's criteria with no row read: a line of an explanation that starts with one may be its row.
    // (A row's criterion as written may carry a mark, `- Luonnonvarojen …`, `**…**`, `1. …`: read is a criterion a row's
    // names. Review RVB-1.)
    const rowCriteria = blocks.flatMap((block) => (block.type === 'tableRow' ? [block.criterion.toLowerCase().replace(/\s+/gu, ' ')] : []));
    const unreadCriteria = criterionNames.filter((name) => !rowsRead.has(normaliseKey(name)) && !rowCriteria.some((criterion) => criterion.includes(name.toLowerCase())));
    let lastRowAt = -1;
    blocks.forEach((block, at) => {
      if (block.type === 'tableRow') lastRowAt = at;
    });
    for (const [at, block] of blocks.entries()) {
      if (block.type === 'tableRow') {
        const extra = rowForms.get(block) ?? { cells: 0, wrapped: false };
        const explanation = block.children.slice(extra.cells).map((c) => c.text);
        // A row on the line where the text is cut off (`Hyvinvoinnin edistäminen 10 1`): its last
        // score may be cut (`10`), so neither is read.
        // (The row's own lines only: a cut in its explanation below leaves the scores whole.)
        const lastCellLine = extra.cells > 0 ? block.children[extra.cells - 1].position.end.line : block.position.start.line;
        const cut = context.cutLine !== null && block.position.start.line <= context.cutLine && context.cutLine <= lastCellLine;
        if (cut) builder.diagnose('warning', 'value-cut-off', `"${block.criterion}": the row stands on the line where the text is cut off; its scores are not read, since they may be incomplete`, block.position, `${definition.textPath}.${rows.length}`);
        // Three figures at the row's end (`Luonnonvarojen käytön kestävyys 5 6 7`): which two are its scores is not told.
        const lastCode = block.criterion.charCodeAt(block.criterion.length - 1);
        const third = !cut && !extra.noScores && lastCode >= 48 && lastCode <= 57 ? /\s(\d{1,2})$/u.exec(block.criterion) : null;
        const threeFigures = third !== null && Number(third[1]) <= definition.maxScore;
        if (threeFigures) builder.diagnose('warning', 'invalid-number', `"${block.criterion} ${block.scores.join(' ')}" ends in three figures: which two are the scores is not told; neither is read`, block.position, `${definition.textPath}.${rows.length}`);
        const [direct, indirect] = (cut || threeFigures ? [null, null] : swapped && extra.named !== true ? [block.scores[1] ?? null, block.scores[0] ?? null] : block.scores).map((score) => {
          if (score === null || score <= definition.maxScore) return score;
          builder.diagnose('warning', 'invalid-number', `"${block.criterion}": score ${score} is off the 0–${definition.maxScore} scale`, block.position);
          return null;
        });
        if (extra.noScores) {
          const hedge = namesCategory(block.criterion, section) ? ' (if it is a category written otherwise, the rows below it have that category, not the one before)' : '';
          builder.diagnose('warning', 'missing-score', `"${block.criterion}" has no scores; read as a row of the table with both null${hedge}`, block.position, `${definition.textPath}.${rows.length}`);
        } else if (extra.missing !== undefined && (extra.emptyIndirect || extra.emptyDirect)) {
          // (Named as read: a header with its columns the other way round swaps which cell is which. Review V.)
          const noDirect = extra.emptyDirect === true ? !swapped : swapped;
          builder.diagnose('warning', 'missing-score', `"${block.criterion}" has no ${noDirect ? 'direct' : 'indirect'} score (its cell is empty); the ${noDirect ? 'indirect' : 'direct'} score is ${extra.missing}`, block.position, `${definition.textPath}.${rows.length}`);
        } else if (extra.missing !== undefined) {
          builder.diagnose('warning', 'missing-score', `"${block.criterion}" has one score ("${extra.missing}") where the table has two; which column it belongs to is unknown, both are null`, block.position, `${definition.textPath}.${rows.length}`);
        }
        if (extra.figuresInExplanation !== undefined) builder.diagnose('warning', 'heading-variant', `"${extra.figuresInExplanation.text.slice(0, 60)}" is read as the explanation of "${block.criterion}": it reads like a sentence and names none of the table's criteria, but it ends in two figures as a row does — it may be a row of a criterion written otherwise`, extra.figuresInExplanation.position, `${definition.textPath}.${rows.length}`);
        if (extra.belowBareRow !== undefined) builder.diagnose('warning', 'heading-variant', `"${block.criterion}" is read as a row, but it is none of the table's criteria and stands right below the row "${extra.belowBareRow}", which has no explanation: it may be that row's explanation, ending in figures`, block.position, `${definition.textPath}.${rows.length}`);
        if (extra.belowExplanation !== undefined && awaitsExplanation(block)) builder.diagnose('warning', 'heading-variant', `"${block.criterion}" is read as a row, but it is none of the table's criteria, has no explanation of its own and stands right below the explanation of "${extra.belowExplanation}": it may be that explanation's last line, ending in figures`, block.position, `${definition.textPath}.${rows.length}`);
        if (extra.sentenceAbove !== undefined) builder.diagnose('warning', 'heading-variant', `"${block.criterion}" is read as a row, but it is none of the table's criteria and reads like a sentence: it may be the explanation, ending in figures, of the row above ("${extra.sentenceAbove.slice(0, 60)}")`, block.position, `${definition.textPath}.${rows.length}`);
        // A criterion ending in a figure or a sign (`… kestävyys 5 /`, `… kestävyys ~~4~~`, `… kestävyys 5*`):
        // a score written otherwise stands in it (two scores, one struck through), and which the row
        // means, the line does not tell.
        if (!threeFigures && SCORE_LEFT_IN_CRITERION.test(block.criterion)) builder.diagnose('warning', 'invalid-value', `The row "${block.criterion}" ends its criterion with a figure or a mark: a score written otherwise (two scores, one struck through?) may stand there; the scores read are ${block.scores.map((score) => score ?? 'null').join(' and ')}`, block.position, `${definition.textPath}.${rows.length}`);
        if (extra.named) builder.diagnose('info', 'normalised-value', `The row "${block.criterion}" writes each score after its column's name; read by the names as ${block.scores.join(' and ')}`, block.position, `${definition.textPath}.${rows.length}`);
        if (extra.worded) builder.diagnose('info', 'normalised-value', `The row "${block.criterion}" writes its scores with words in brackets after them; read as ${block.scores.join(' and ')}`, block.position, `${definition.textPath}.${rows.length}`);
        if (extra.cellsParted !== undefined && !cellsSaid) {
          cellsSaid = true;
          builder.diagnose('info', 'normalised-value', `The table's rows are written as cells parted by ${extra.cellsParted === 'bars' ? 'bars (a converted copy)' : 'tabs (a pasted table)'}; read cell by cell: the criterion, the two scores, the explanation`, block.position, `${definition.textPath}.${rows.length}`);
        }
        if (extra.wrapped) builder.diagnose('info', 'row-rejoined', `The row "${block.criterion}" is wrapped onto two lines; read as one`, block.position);
        if (columnWrappedRows.has(block)) builder.diagnose('info', 'label-rejoined', `The row's criterion "${block.criterion}" is broken over two lines in a print's columns; read as one row, its scores and explanation beside it`, block.position, `${definition.textPath}.${rows.length}`);
        if (gluedRows.has(block)) builder.diagnose('warning', 'glued-fields', `The row "${block.criterion}" stands on one line with the text before or after it (a lost line break); read apart`, block.position, `${definition.textPath}.${rows.length}`);
        if (extra.gluedCategory !== undefined) builder.diagnose('info', 'glued-fields', `The category "${extra.gluedCategory}" and the row "${block.criterion}" stand on one line; read apart`, block.position, `${definition.textPath}.${rows.length}`);
        const inside = rowInsideExplanation(block.children.slice(extra.cells), rowsRead);
        if (inside !== null) builder.diagnose('warning', 'glued-fields', `The explanation of "${block.criterion}" holds ${inside.count === 1 ? "the table's row" : `${inside.count} of the table's rows, the first`} "${inside.row}": rows run together where their line breaks were lost (a reflowed copy); not read apart, the row and what follows it stay in this explanation`, inside.line.position, `${definition.textPath}.${rows.length}`);
        for (const line of block.children.slice(extra.cells)) {
          if (line === inside?.line) continue;
          const criterion = unreadCriterionStarting(line.text, unreadCriteria);
          if (criterion !== null) builder.diagnose('warning', 'missing-score', `"${line.text.length > 70 ? `${line.text.slice(0, 69)}…` : line.text}", read as a line of the explanation of "${block.criterion}", starts ${criterion.whole ? 'with' : 'as'} the table's criterion "${criterion.name}", which has no row here: it may be that row, its scores written otherwise, left out or wrapped, and not read; kept in this explanation`, line.position, `${definition.textPath}.${rows.length}`);
        }
        for (const line of extra.titleLines ?? []) {
          builder.diagnose('warning', 'heading-variant', `"${line.text}" stands above a row where a category may, but is none of the table's categories (${((section.definition as { categories?: string[] }).categories ?? []).join(', ')}): read as a line of the explanation of "${block.criterion}" (if it is a category written otherwise, the rows below it have that category, not ${block.category === null ? 'none' : `"${block.category}"`})`, line.position, `${definition.textPath}.${rows.length}`);
        }
        // (A draft's instruction is short: a row's explanation of a sentence or more is not tried.)
        // (So is a mark of no words for no value, `–`, `-`, `...`: the explanation is not written. `Ei ole.` is an answer.)
        const emptyMark = explanation.length === 1 && !/\p{L}/u.test(explanation[0]) && isEmptyMarker(explanation[0]);
        if (emptyMark) builder.diagnose('info', 'empty-value', `The explanation of "${block.criterion}" is "${explanation[0]}", a mark for no value: read as not written`, block.children[extra.cells]?.position ?? block.position, `${definition.textPath}.${rows.length}`);
        const placeholder = emptyMark || (explanation.length === 1 && explanation[0].length <= 120 && isDraftPlaceholder(explanation[0]));
        if (placeholder && !emptyMark) builder.diagnose('warning', 'placeholder-text', `The explanation of "${block.criterion}" is a draft's placeholder ("${explanation[0].slice(0, 60)}"): read as not written`, block.position, `${definition.textPath}.${rows.length}`);
        let category = ownCategory(block, section);
        if (category !== block.category) {
          // (Said once for a run of rows below one lost category line.)
          if (run === null || run.written !== block.category || run.own !== category) {
            const lineBelow = blocks.slice(at + 1).some((later) => later.type === 'heading' && normaliseKey(later.text) === normaliseKey(category!));
            builder.diagnose('warning', 'section-without-heading', `"${block.criterion}" stands ${block.category === null ? 'under no category line' : `under "${block.category}"`}, but the register's table has it under "${category}" (${lineBelow ? "that category's line stands below it: rows out of the table's order?" : "that category's line lost?"}): read with that category, as are the table's rows of that category right below it`, block.position, `${definition.textPath}.${rows.length}`);
          }
          run = { written: block.category, own: category! };
        } else if (run !== null && block.category === run.written && layoutCategoryOf(block.criterion) === null) {
          // A row of no criterion of the table inside such a run (`Uusiutuvien energialähteidn käyttö`): the lost line's category too, said.
          builder.diagnose('warning', 'section-without-heading', `"${block.criterion}" is none of the table's criteria and stands among rows read with "${run.own}" (their category line lost?): read with that category too`, block.position, `${definition.textPath}.${rows.length}`);
          category = run.own;
        } else run = null;
        const entry = { category, criterion: block.criterion, direct, indirect, text: explanation.length > 0 && !placeholder ? explanation.join('\n') : null };
        // A criterion the table has a row of above: the table written twice, or another part's line
        // written as a row (a final report's `Ympäristöosaaminen 9 9`). Read as a row of its own, said.
        const earlier = rows.findIndex((row) => normaliseKey(row.criterion) === normaliseKey(block.criterion));
        if (earlier !== -1) builder.diagnose('warning', 'duplicate-field', `"${block.criterion}" has a row above in the table already (${definition.textPath}.${earlier}): read as a row of its own, but one of the two may be another part's text written as a row, or the table written twice`, block.position, `${definition.textPath}.${rows.length}`);
        rows.push(entry);
        builder.sources.set(`${pointerOf(definition.textPath)}/${rows.length - 1}`, block.position);
      } else if (block.type === 'heading' || (block.type === 'furniture' && block.role === 'tableHeader')) {
        run = null;
        const form = headerForms.get(block);
        if (form !== undefined) swapped = form === 'swapped';
        const [first, second] = (section.definition as { columns?: [string, string] }).columns ?? ['', ''];
        if (form === 'swapped') builder.diagnose('warning', 'heading-variant', `"${block.text}" is the table's column header with its columns the other way round ("${second}" before "${first}"): the scores of the rows below it are read in its order, the first as "${second}"`, block.position, definition.textPath);
        else if (form === 'inOrder') builder.diagnose('info', 'heading-variant', `"${block.text}" is read as the table's column header written otherwise ("${first}", then "${second}")`, block.position, definition.textPath);
        // Categories are carried by their rows; the header only names the columns.
        if (gluedHeadings.has(block)) builder.diagnose('warning', 'glued-fields', `The category "${block.text}" stands on one line with the explanation before it (a lost line break); read apart`, block.position, definition.textPath);
        if (colonCategories.has(block)) builder.diagnose('info', 'normalised-value', `The category "${block.text}:" is written with a colon after it; read as "${block.text}"`, block.position, definition.textPath);
        if (rewordedCategories.has(block)) builder.diagnose('warning', 'heading-variant', `"${block.text}" is not one of the table's categories (${((section.definition as { categories?: string[] }).categories ?? []).join(', ')}) but shares a word with one; read as the category of the rows below it (if it is a criterion without scores, or the explanation of the row above, their category is the one before)`, block.position, definition.textPath);
        // A category with no row below it (the next line another category, or the table's end): in no row of the record, said.
        const following = blocks[at + 1];
        if (block.type === 'heading' && (following === undefined || following.type === 'heading')) builder.diagnose('info', 'empty-value', `The category "${block.text}" has no rows below it: it is in no row of the record`, block.position, definition.textPath);
        // (Text below it that no row was read from, `Materiaalit ja jätteet 4 6 Jätteet lajitellaan.`: the category goes with it to unmapped.)
        else if (block.type === 'heading' && following.type !== 'tableRow' && blockPastFurniture(blocks, at + 1)?.type !== 'tableRow') {
          builder.keep(section.definition.id, null, block.text, block.position);
          builder.diagnose('warning', 'unmapped-text', `The category "${block.text}" has no row read below it (the line below is no row of the table): kept in unmapped`, block.position, definition.textPath);
        }
      } else {
        const afterRows = block.type === 'paragraph' && lastRowAt !== -1 && at > lastRowAt;
        const atCut = context.cutLine !== null && block.position.start.line === context.cutLine;
        keepUnread(context, section.definition.id, block, atCut ? 'The line where the text is cut off, after a row and its explanation (the start of a row?)' : afterRows ? 'Text after the table, below a blank line (of a section whose heading is missing?)' : 'A line of the table that is no row, category or explanation');
      }
    }
    if (rows.length > 0) builder.set(definition.textPath, rows, { start: blocks[0].position.start, end: blocks[blocks.length - 1].position.end });
  },
  linesToBlocks(tokens) {
    const blocks = new BlockCollector();
    for (const token of tokens) blocks.token(token);
    return blocks.done();
  },
};

/**
 * A row's category: the one it stands under, unless that is another category of the layout (or
 * none) and the register's table puts its criterion under a category of the layout — then that one
 * (vocabulary `scoreCriteria`): the line of its own category was lost. A category written otherwise
 * (said where it stands) is kept as written.
 */
function ownCategory(block: TableRowNode, section: CompiledSection): string | null {
  const register = layoutCategoryOf(block.criterion);
  if (register === null) return block.category;
  const key = normaliseKey(register);
  if (block.category !== null && !section.categoryKeys.has(normaliseKey(block.category))) {
    // (A category written otherwise, `Ekologinen`, stands for the one its own word names: kept as
    // written where that is the criterion's, else the category's line below it was lost.)
    const named = categoryNamedBy(block.category, section);
    if (named === null || normaliseKey(named) === key) return block.category;
  }
  if (block.category !== null && normaliseKey(block.category) === key) return block.category;
  // (As the layout writes it.)
  return ((section.definition as { categories?: string[] }).categories ?? []).find((category) => normaliseKey(category) === key) ?? block.category;
}

/** The first block from `from` on that is no page furniture (a printed page's header between a category and its rows). */
function blockPastFurniture(blocks: BlockNode[], from: number): BlockNode | undefined {
  let at = from;
  while (at < blocks.length && blocks[at].type === 'furniture') at++;
  return blocks[at];
}
