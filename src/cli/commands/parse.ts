/**
 * `esr-parse [parse]`: the JSON result of every input, on stdout or one file per input in a
 * directory; diagnostics on stderr.
 */
import { basename, extname, join, resolve } from 'node:path';
import { stylish } from '../../format/reporters.js';
import type { TemplateDefinition } from '../../grammar/definition.js';
import type { Diagnostic } from '../../types.js';
import { EXIT_FAILED, EXIT_OK } from '../errors.js';
import { jsonShape, type Input } from '../inputs.js';
import { inputsOrStdin, makeDirectorySync, write } from '../io.js';
import { outcomeOf, type Outcome, type OutcomeSettings } from '../outcome.js';
import { processInput } from '../process.js';
import { Progress } from '../progress.js';
import type { CliIO } from '../run.js';
import { colorEnabled, progressEnabled } from '../terminal.js';
import { fileOutcome, parallelOutcomes } from '../workers.js';
import type { CsvDialect } from '../../format/csv.js';
import { DataOutputs, type SummaryFormat } from '../output-data.js';

export interface ParseCommandOptions {
  format: 'json' | 'ndjson' | 'csv';
  csvDialect?: CsvDialect;
  tables?: string;
  summary?: SummaryFormat;
  redact?: boolean;
  jobs?: number;
  compact?: boolean;
  pretty?: boolean;
  tree?: boolean;
  outDir?: string;
  template?: string;
  /** Layout definitions from --grammar, validated. */
  definitions?: TemplateDefinition[];
  quiet?: boolean;
  strict?: boolean;
  exclude?: string[];
  verbose?: boolean;
  color?: boolean;
}

/** mkdir -p (see {@link makeDirectorySync}). */
export async function makeDirectory(dir: string): Promise<void> {
  makeDirectorySync(dir);
}

/** Output file names: the input's base name with `.json`, made unique within the run. */
class OutDir {
  private readonly used = new Set<string>();
  private readonly inputs: Set<string>;
  private made: Promise<void> | null = null;

  constructor(
    private readonly dir: string,
    inputs: Input[],
  ) {
    this.inputs = new Set(inputs.flatMap((i) => (i.kind === 'file' ? [resolve(i.path)] : [])));
  }

  async write(input: Input, content: string): Promise<Diagnostic | null> {
    const base = input.kind === 'stdin' ? 'stdin' : basename(input.path, extname(input.path));
    let name = `${base}.json`;
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}.json`;
    this.used.add(name);
    const target = join(this.dir, name);
    if (this.inputs.has(resolve(target))) {
      return { severity: 'error', rule: 'write-failed', message: `Not written: ${target} is one of the inputs` };
    }
    try {
      await (this.made ??= makeDirectory(this.dir));
      // (fs/promises loaded here, for --out-dir alone: with its readline parts it was a millisecond of every start-up.)
      await (await import('node:fs/promises')).writeFile(target, content);
      return null;
    } catch (error) {
      // (`-o notes.txt`, an existing file: the folder cannot be made, and Node's words name mkdir.)
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTDIR') return { severity: 'error', rule: 'write-failed', message: `Cannot write ${target}: ${this.dir} (or a folder above it) is a file, and -o names the folder the records are written into` };
      return { severity: 'error', rule: 'write-failed', message: `Cannot write ${target}: ${(error as Error).message}` };
    }
  }
}

/** Outcomes of the inputs in order: on worker threads when it pays, else one by one here. */
function outcomes(inputs: Input[], settings: OutcomeSettings, jobs: number, io: CliIO): AsyncGenerator<Outcome> {
  const paths = inputs.flatMap((i) => (i.kind === 'file' && i.unlisted === undefined ? [i.path] : []));
  // Starting a worker costs about as much as parsing a few files: small batches stay here.
  if (io.workerScript && jobs > 1 && paths.length === inputs.length && paths.length >= jobs * 4) {
    return parallelOutcomes(io.workerScript, jobs, paths, settings);
  }
  io.oneThread?.();
  return (async function* () {
    for (const input of inputs) {
      if (input.kind === 'file' && input.unlisted === undefined) yield fileOutcome(input.path, settings);
      else yield outcomeOf(await processInput(input, settings, io.readStdin), settings);
    }
  })();
}

/**
 * `--format json` written as the results come (an array, or one object): brackets and commas
 * around each element, so that memory is that of ndjson and no string holds the whole output (V8
 * caps a string at about 512 MB: 40,000 results joined into one ended in "Invalid string length").
 */
class JsonOutput {
  private count = 0;

  constructor(
    private readonly stream: CliIO['stdout'],
    private readonly pretty: boolean,
    private readonly asArray: boolean,
  ) {}

  async add(data: string): Promise<void> {
    if (!this.asArray) {
      await write(this.stream, data);
    } else if (this.pretty) {
      await write(this.stream, this.count === 0 ? '[\n  ' : ',\n  ');
      await write(this.stream, indentedOrAsIs(data, '  '));
    } else {
      await write(this.stream, this.count === 0 ? '[' : ',');
      await write(this.stream, data);
    }
    this.count++;
  }

  async end(): Promise<void> {
    if (!this.asArray) await write(this.stream, '\n');
    else if (this.count === 0) await write(this.stream, '[]\n');
    else await write(this.stream, this.pretty ? '\n]\n' : ']\n');
  }
}

function indentLines(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}

/** The element indented in its array, or as it is where the indented text would pass V8's longest string (JSON either way). */
function indentedOrAsIs(text: string, by: string): string {
  try {
    return indentLines(text, by);
  } catch (error) {
    if (error instanceof RangeError) return text;
    throw error;
  }
}

export async function parseCommand(args: string[], options: ParseCommandOptions, io: CliIO): Promise<number> {
  const inputs = await inputsOrStdin(args, io, { extensions: ['txt'], exclude: options.exclude });
  const pretty = options.pretty === true || (io.stdout.isTTY === true && options.compact !== true);
  const outDir = options.outDir !== undefined ? new OutDir(options.outDir, inputs) : null;
  if (outDir !== null || options.tables !== undefined) io.stdout.goOnWhenClosed?.();
  const settings: OutcomeSettings = {
    template: options.template,
    definitions: options.definitions,
    tree: options.tree,
    redact: options.redact,
    strict: options.strict,
    quiet: options.quiet,
    minimum: options.verbose ? 'info' : 'warning',
    // --out-dir files are indented for reading unless --compact, or -f ndjson asks for one line each.
    indent: outDir ? (options.compact || options.format === 'ndjson' ? 0 : 2) : pretty && options.format === 'json' ? 2 : 0,
    color: colorEnabled(options.color, io.stderr, io.env ?? {}),
  };
  const progress = new Progress(io.stderr, inputs.length, progressEnabled(io.stderr, io.env ?? {}) && !options.quiet && inputs.length > 1);
  // One file argument whose name prints as others' (names not UTF-8) is read as all of them: an
  // array then, or the objects ran together into no JSON at all (audit WJ F4 of round 80).
  const json = !outDir && options.format === 'json' ? new JsonOutput(io.stdout, pretty, jsonShape(args) === 'array' || inputs.length > 1) : null;
  const data = new DataOutputs(options, io.stdout, io.stderr);
  let exitCode = EXIT_OK;
  let index = 0;
  for await (const outcome of outcomes(inputs, settings, options.jobs ?? 1, io)) {
    let { report, failed } = outcome;
    if (outDir) {
      const problem = await outDir.write(inputs[index], `${outcome.data}\n`);
      if (problem) {
        failed = true;
        // Said with --quiet too: it is the run's own failure, not a diagnostic of the text (the output is lost).
        report += stylish([{ file: outcome.file, diagnostics: [problem], text: null }], { minimum: 'error', color: settings.color });
      }
    } else if (data.replacesJson) {
      // Written by data.add below.
    } else if (options.format === 'ndjson') {
      // Two writes: joining the line break on first made a copy of every result.
      await write(io.stdout, outcome.data);
      await write(io.stdout, '\n');
    } else if (json) await json.add(outcome.data);
    await data.add({ ...outcome, failed });
    if (failed) exitCode = EXIT_FAILED;
    if (report) {
      progress.clear();
      await write(io.stderr, report);
    }
    progress.tick(outcome.bytes);
    index++;
  }
  progress.clear();
  await data.finish();
  await json?.end();
  return exitCode;
}

