/**
 * The parse command's data outputs besides JSON: `--format csv` on standard output, `--tables DIR`
 * and `--summary` on standard error. Each result is written as it arrives, so memory stays flat
 * however many files there are: a row per result on stdout, rows appended to each table file.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CsvWriter, type CsvDialect } from '../format/csv.js';
import { BatchSummary } from '../format/summary.js';
import { tables } from '../format/tables.js';
import type { Result } from '../record/schema.js';
import { CliError, EXIT_FAILED, UsageError } from './errors.js';
import { makeDirectorySync, write } from './io.js';
import type { OutputStream } from './run.js';
import type { Outcome } from './outcome.js';

export type SummaryFormat = 'text' | 'json';

export interface DataOutputOptions {
  format: string;
  csvDialect?: CsvDialect;
  tables?: string;
  summary?: SummaryFormat;
}

type Stream = OutputStream;

/** `--summary` alone means the text form; `--summary=json` the JSON form. */
export function summaryFormat(value: string | boolean): SummaryFormat {
  if (value === true || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new UsageError(`--summary takes text or json, not "${value}"`);
}

/**
 * A bare `--summary` is given its default value here, so that commander does not take the input
 * after it (`--summary dir/`) for the option's value; `--summary json` and `--summary text` are
 * the format written apart, as the help's `[format]` reads (an input named `json` after it is
 * written `./json`).
 */
export function withSummaryDefault(argv: string[]): string[] {
  const end = argv.indexOf('--');
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--summary' || (end !== -1 && i > end)) out.push(argv[i]);
    else if (SUMMARY_FORMATS.has(argv[i + 1]) && (end === -1 || i + 1 < end)) out.push(`--summary=${argv[++i]}`);
    else out.push('--summary=text');
  }
  return out;
}

const SUMMARY_FORMATS = new Set(['text', 'json']);

/** The table files of `--tables`, each opened once and appended to as results arrive. */
class TableFiles {
  private readonly fds: number[] = [];

  constructor(
    dir: string,
    private readonly csv: CsvWriter,
  ) {
    try {
      makeDirectorySync(dir);
      for (const table of tables) {
        const fd = openSync(join(dir, `${table.name}.csv`), 'w');
        this.fds.push(fd);
        writeSync(fd, csv.header(table.columns));
      }
    } catch (error) {
      this.close();
      throw new CliError(`Cannot write the tables into ${dir}: ${(error as Error).message}`, EXIT_FAILED);
    }
  }

  add(result: Result): void {
    tables.forEach((table, i) => {
      const rows = table.rows(result);
      if (rows.length > 0) writeSync(this.fds[i], this.csv.lines(rows));
    });
  }

  close(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
  }
}

export class DataOutputs {
  private readonly csv: CsvWriter;
  private readonly csvOut: boolean;
  private readonly tableFiles: TableFiles | null;
  private readonly summary: BatchSummary | null;
  private headerWritten = false;

  constructor(
    private readonly options: DataOutputOptions,
    private readonly stdout: Stream,
    private readonly stderr: Stream,
  ) {
    this.csv = new CsvWriter(options.csvDialect ?? 'rfc4180');
    this.csvOut = options.format === 'csv';
    this.tableFiles = options.tables !== undefined ? new TableFiles(options.tables, this.csv) : null;
    this.summary = options.summary ? new BatchSummary() : null;
  }

  /** Whether results go to stdout as CSV instead of JSON. */
  get replacesJson(): boolean {
    return this.csvOut;
  }

  get active(): boolean {
    return this.csvOut || this.tableFiles !== null || this.summary !== null;
  }

  async add(outcome: Outcome): Promise<void> {
    if (!this.active) return;
    const result = JSON.parse(outcome.data) as Result;
    if (this.csvOut) {
      if (!this.headerWritten) await write(this.stdout, this.csv.header());
      this.headerWritten = true;
      await write(this.stdout, this.csv.row(result));
    }
    this.tableFiles?.add(result);
    this.summary?.add(result, outcome.failed);
  }

  async finish(): Promise<void> {
    if (this.csvOut && !this.headerWritten) await write(this.stdout, this.csv.header());
    this.tableFiles?.close();
    if (this.summary) {
      await write(this.stderr, this.options.summary === 'json' ? `${JSON.stringify(this.summary.toJSON())}\n` : this.summary.toText());
    }
  }
}

/**
 * The end of `validate`: the summary when asked for, and on success one closing line, so that a
 * clean run says it checked something. Both on stderr: stdout is the reporter's.
 */
export class ValidateEnding {
  private readonly summary: BatchSummary | null;
  private files = 0;
  private warnings = 0;

  constructor(
    private readonly format: SummaryFormat | undefined,
    private readonly stderr: Stream,
  ) {
    this.summary = format ? new BatchSummary() : null;
  }

  add(template: string | null, diagnostics: Result['diagnostics'], failed: boolean): void {
    this.files++;
    this.warnings += diagnostics.filter((d) => d.severity === 'warning').length;
    this.summary?.add({ template, diagnostics }, failed);
  }

  async finish(succeeded: boolean): Promise<void> {
    if (this.summary) await write(this.stderr, this.format === 'json' ? `${JSON.stringify(this.summary.toJSON())}\n` : this.summary.toText());
    if (succeeded) {
      const files = `${this.files} file${this.files === 1 ? '' : 's'}`;
      const warnings = this.warnings > 0 ? ` (${this.warnings} warning${this.warnings === 1 ? '' : 's'})` : '';
      await write(this.stderr, `✔ ${files} valid${warnings}\n`);
    }
  }
}
