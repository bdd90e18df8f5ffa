/**
 * `--format csv`: one row per result. The columns are `file`, `ok`, `template`, then every scalar
 * leaf of the record as a dotted path, in the order of the published JSON Schema, so the columns
 * never move between runs or between files: a value that is absent is an empty cell.
 *
 * - Lists of strings (`targetArea.municipalities`, `project.websites`) are one cell joined with
 *   `; `. The code lists stay aligned with their names: a null code is an empty item (`091; ; 284`).
 *   A page's development needs, free text, are joined by line breaks.
 * - Lists of objects (co-implementers, transfer recipients, sustainability rows, project-page roles)
 *   are not columns: one row cannot hold them without losing which value belongs to which item.
 *   `--tables` writes each as its own table.
 * - The record's own `template` is the result's `template` column (they are always equal).
 *
 * Written with csv-stringify (the `csv` project): quoting of delimiters, quotes and line breaks
 * is the part that goes wrong when written by hand.
 */
import { stringify, type Options } from 'csv-stringify/sync';
import resultSchema from '../../schemas/esr-parse-result.schema.json' with { type: 'json' };
import type { Result } from '../record/schema.js';
import { vocabulary } from '../grammar/index.js';
import { lazyRegExp } from '../lazy-regexp.js';

export type CsvDialect = 'rfc4180' | 'excel-fi';
export const csvDialects: readonly CsvDialect[] = ['rfc4180', 'excel-fi'];

/**
 * rfc4180: `,` and CRLF as the RFC says, values as they are. excel-fi: what a Finnish spreadsheet
 * opens as columns: `;`, a UTF-8 BOM, CRLF; and a cell that starts with `=`, `+`, `-` or `@` gets a
 * leading `'` (csv-stringify's escape_formulas), so that a list item such as `-Ryhmävalmennus` is
 * shown as text instead of being run as a formula (#NAME?, or worse, from a hostile text).
 */
const dialectOptions: Record<CsvDialect, { delimiter: string; bom: boolean; spreadsheetText: boolean }> = {
  rfc4180: { delimiter: ',', bom: false, spreadsheetText: false },
  'excel-fi': { delimiter: ';', bom: true, spreadsheetText: true },
};

/** What a spreadsheet would run as a formula (csv-stringify's escape_formulas list). */
const FORMULA_START = lazyRegExp(() => /^[=+\-@\t\r]/);
/**
 * A text a spreadsheet would take for a number or a date and change: figures with a leading zero or
 * spaces (`049`, `00100`, `0400 225 587`: Finnish Excel and LibreOffice read the space as a thousands
 * separator), a code that reads as a day and month (`10.1`), a Y-tunnus. An ISO date (`2011-08-31`)
 * is left to become a date, as it should.
 */
const TAKEN_FOR_A_NUMBER = lazyRegExp(() => /^\(?[€$£]?\s?(?=[^a-zA-Z]*\d)[\d .,:/-]+(?:[eE][-+]?\d+)?\s?[%€$£]?\)?$/u);
/**
 * (So are an accounting negative, `(12 000)`, a percentage, `5 %`, a sum with its currency, `1 500 €`,
 * `€100`, a figure in scientific notation, `1,5e3`, and the spreadsheet's own truth values. Audit AL of round 58.)
 */
const SPREADSHEET_BOOLEANS = new Set(vocabulary.spreadsheetBooleans.map((word) => word.toLowerCase()));
const ISO_DATE = lazyRegExp(() => /^\d{4}-\d{2}-\d{2}$/);
/** A phone number in the international form: `+` and a figure, then anything (its groups, a remark, a second number). */
const INTERNATIONAL_NUMBER = lazyRegExp(() => /^\+\d[\d ()-]{4}/);

/**
 * A text cell as a Finnish spreadsheet must get it to keep it as written: a would-be formula
 * after a `'`, a would-be number as the formula `="049"`, whose value is the text itself (both
 * Excel and LibreOffice show `049`). Numbers of the record are numbers, written as they are.
 */
function spreadsheetText(cell: string): string {
  // (An international phone number, `+358 40 718 2293`, `+358 (0)40 … (vaihde)`, two of them, as the
  // other numbers: its text by a formula, no `'` in it; a formula's text is at most 255 characters.)
  if (cell.charCodeAt(0) === 43 && INTERNATIONAL_NUMBER.test(cell) && cell.length <= 200) return `="${cell.replace(/"/g, '""')}"`;
  if (FORMULA_START.test(cell)) return `'${cell}`;
  if ((TAKEN_FOR_A_NUMBER.test(cell) && !ISO_DATE.test(cell)) || (cell.length <= 8 && SPREADSHEET_BOOLEANS.has(cell.toLowerCase()))) return `="${cell}"`;
  return cell;
}

export const LIST_SEPARATOR = '; ';

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

function typesOf(node: SchemaNode): string[] {
  return Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
}

/** A leaf column: its dotted path, and whether it is a list of strings (or nulls) joined into one cell. */
export interface Column {
  path: string;
  keys: string[];
  list: boolean;
  /** For a list: what joins its items (`; `, or a line break for free-text items). */
  separator?: string;
}

/**
 * Lists whose items are free text (a page's development needs, one line each): a `; ` may stand
 * inside an item, so their items are joined by line breaks, which none holds.
 */
const FREE_TEXT_LISTS = lazyRegExp(() => /^projectPage\.developmentNeeds\./);

function leaves(node: SchemaNode, keys: string[]): Column[] {
  const types = typesOf(node);
  if (types.includes('object') && node.properties) {
    return Object.entries(node.properties).flatMap(([key, child]) => leaves(child, [...keys, key]));
  }
  if (types.includes('array')) {
    const itemTypes = node.items ? typesOf(node.items) : [];
    const ofScalars = itemTypes.length > 0 && itemTypes.every((t) => t === 'string' || t === 'null');
    const path = keys.join('.');
    return ofScalars ? [{ path, keys, list: true, separator: FREE_TEXT_LISTS.test(path) ? '\n' : LIST_SEPARATOR }] : [];
  }
  return [{ path: keys.join('.'), keys, list: false }];
}

const recordNode = (resultSchema as { properties: { record: SchemaNode } }).properties.record;

/** The record's columns, from the JSON Schema (without the record's `template`, which is the result's). */
export const recordColumns: readonly Column[] = leaves(recordNode, []).filter((c) => c.path !== 'template');

export const csvHeader: readonly string[] = ['file', 'ok', 'template', ...recordColumns.map((c) => c.path)];

function valueAt(record: unknown, keys: string[]): unknown {
  let value = record;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}

/** A cell's text: null is empty, booleans `true`/`false`, lists joined with `; ` (or `separator`). */
export function cellText(value: unknown, separator = LIST_SEPARATOR): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => (item === null ? '' : String(item))).join(separator);
  return String(value);
}

/** A cell of the record: a number stays a number (a spreadsheet's figure), a boolean a boolean (its truth value); anything else its text. */
function cellOf(value: unknown, column: Column): string | number | boolean {
  return typeof value === 'number' || typeof value === 'boolean' ? value : cellText(value, column.separator);
}

export function csvCells(result: Result): (string | number | boolean)[] {
  return [result.file, result.ok, result.template ?? '', ...recordColumns.map((column) => cellOf(valueAt(result.record, column.keys), column))];
}

/** Writes rows of one dialect: the header first (with the BOM where the dialect has one), then one row per call. */
export class CsvWriter {
  private readonly options: Options;

  private readonly spreadsheetText: boolean;

  constructor(readonly dialect: CsvDialect = 'rfc4180') {
    const { delimiter, spreadsheetText } = dialectOptions[dialect];
    this.spreadsheetText = spreadsheetText;
    // csv-stringify quotes a field with the delimiter or a quote, but not one with a bare line
    // break when the record delimiter is CRLF: texts keep their line breaks, so those are quoted too.
    this.options = { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n]/ };
  }

  /** One line of any cells (the tables use the same quoting). */
  line(cells: readonly (string | number | boolean | null)[]): string {
    return this.lines([cells]);
  }

  /** Several lines in one call: each call of csv-stringify sets up a stringifier of its own. */
  lines(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
    const text = this.spreadsheetText ? (c: string | number | boolean | null) => (c === null ? '' : typeof c === 'string' ? spreadsheetText(c) : String(c)) : (c: string | number | boolean | null) => (c === null ? '' : String(c));
    return stringify(
      rows.map((cells) => cells.map(text)),
      this.options,
    );
  }

  header(columns: readonly string[] = csvHeader): string {
    return (dialectOptions[this.dialect].bom ? '\uFEFF' : '') + this.line(columns);
  }

  row(result: Result): string {
    return this.line(csvCells(result));
  }
}
