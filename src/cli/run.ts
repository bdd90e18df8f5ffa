/**
 * The command line. `run(argv, io)` returns the exit code and never exits the process itself, so
 * it is tested in-process; `bin/esr-parse.js` only wires it to the real process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism, loadavg } from 'node:os';
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { templateNames } from '../grammar/index.js';
import type { Analysis } from '../pipeline.js';
import resultSchema from '../../schemas/esr-parse-result.schema.json' with { type: 'json' };
import type { Diagnostic } from '../types.js';
import { reporterNames, reporters, stylish, type FileReport, type ReporterName } from '../format/reporters.js';
import { validateAgainstSchema } from '../validate/schema-validator.js';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { expandInputs, type Input } from './inputs.js';
import { outcomeOf, type Outcome, type OutcomeSettings } from './outcome.js';
import { inputName, processInput, readBytes, readCapped } from './process.js';
import { Progress } from './progress.js';
import { defaultJobs, fileOutcome, parallelOutcomes } from './workers.js';
import { VERSION } from '../version.js';

export interface OutputStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  readStdin(): Promise<Uint8Array>;
  /** The bundled CLI module, to start worker threads from; without it everything runs in-process. */
  workerScript?: URL;
  /** The cores available and the 1-minute load average: the default of --jobs follows (defaultJobs). */
  cores?: number;
  load?: number;
}

interface ParseCommandOptions {
  format: 'json' | 'ndjson';
  jobs?: number;
  compact?: boolean;
  pretty?: boolean;
  tree?: boolean;
  outDir?: string;
  template?: string;
  quiet?: boolean;
  strict?: boolean;
  verbose?: boolean;
}

interface ValidateCommandOptions {
  reporter: ReporterName;
  strict?: boolean;
  template?: string;
  verbose?: boolean;
}

/** Writes and waits for 'drain' when the stream asks to (through its own `once`: it may be a wrapper). */
async function write(stream: OutputStream, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk) && stream.once) await new Promise<void>((resolve) => stream.once!('drain', resolve));
}

const decoder = new TextDecoder();

async function inputsOrStdin(args: string[], io: CliIO, extensions: string[]): Promise<Input[]> {
  if (args.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('No input: name files, directories or globs, or pipe a description into standard input');
    return [{ kind: 'stdin' }];
  }
  return expandInputs(args, { extensions });
}

/**
 * `mkdir -p`, one level at a time. Node's `mkdir(…, { recursive: true })` never returns on some
 * places that cannot hold a directory (`/proc/x`: ENOENT from a parent that exists), which made
 * `-o /proc/x` spin the CPU forever.
 */
async function makeDirectory(dir: string): Promise<void> {
  const { mkdir, stat } = await import('node:fs/promises');
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    try {
      if (!(await stat(at)).isDirectory()) throw new Error(`${at} is not a directory`);
      break;
    } catch (error) {
      const parent = dirname(at);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === at) throw error;
      missing.push(at);
      at = parent;
    }
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Output file names: the input's base name with `.json`, made unique within the run. */
class OutDir {
  private readonly used = new Set<string>();
  /** Made once, at the first write; a failure is remembered rather than tried for every file. */
  private made: Promise<void> | undefined;
  private readonly inputs: Set<string>;

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
      this.made ??= makeDirectory(this.dir);
      await this.made;
    } catch (error) {
      return { severity: 'error', rule: 'write-failed', message: `Cannot write ${target}: the directory cannot be made (${(error as Error).message})` };
    }
    try {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(target, content);
      return null;
    } catch (error) {
      return { severity: 'error', rule: 'write-failed', message: `Cannot write ${target}: ${(error as Error).message}` };
    }
  }
}

/** Outcomes of the inputs in order: on worker threads when it pays, else one by one here. */
function outcomes(inputs: Input[], settings: OutcomeSettings, jobs: number, io: CliIO): AsyncGenerator<Outcome> {
  const paths = inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : []));
  // Starting a worker costs about as much as parsing a few files: small batches stay here.
  if (io.workerScript && jobs > 1 && paths.length === inputs.length && paths.length >= jobs * 4) {
    return parallelOutcomes(io.workerScript, jobs, paths, settings);
  }
  return (async function* () {
    for (const input of inputs) {
      if (input.kind === 'file') yield fileOutcome(input.path, settings);
      else yield outcomeOf(await processInput(input, settings, io.readStdin), settings);
    }
  })();
}

function indentLines(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}

/**
 * SPEC §8: one named file prints a single object, anything else an array. The one place this
 * decision is made (the shape follows the arguments).
 */
function printsOneObject(inputs: Input[]): boolean {
  return inputs.length === 1;
}

/**
 * `--format json` written as the results come (an array, or one object): brackets and commas
 * around each element, so that memory is that of ndjson and no string holds the whole output (V8
 * caps a string at about 512 MB: 40,000 results joined into one ended in "Invalid string length").
 */
class JsonOutput {
  private count = 0;

  constructor(
    private readonly stream: OutputStream,
    private readonly pretty: boolean,
    private readonly asArray: boolean,
  ) {}

  async add(data: string): Promise<void> {
    if (!this.asArray) {
      await write(this.stream, data);
    } else if (this.pretty) {
      await write(this.stream, this.count === 0 ? '[\n  ' : ',\n  ');
      await write(this.stream, indentLines(data, '  '));
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

async function parseCommand(args: string[], options: ParseCommandOptions, io: CliIO): Promise<number> {
  const inputs = await inputsOrStdin(args, io, ['txt']);
  const pretty = options.pretty === true || (io.stdout.isTTY === true && options.compact !== true);
  const outDir = options.outDir !== undefined ? new OutDir(options.outDir, inputs) : null;
  const settings: OutcomeSettings = {
    template: options.template,
    tree: options.tree,
    strict: options.strict,
    quiet: options.quiet,
    minimum: options.verbose ? 'info' : 'warning',
    indent: outDir || (pretty && options.format === 'json') ? 2 : 0,
  };
  const progress = new Progress(io.stderr, inputs.length, io.stderr.isTTY === true && !options.quiet && inputs.length > 1);
  const json = !outDir && options.format === 'json' ? new JsonOutput(io.stdout, pretty, !printsOneObject(inputs)) : null;
  let exitCode = EXIT_OK;
  let index = 0;
  for await (const outcome of outcomes(inputs, settings, options.jobs ?? 1, io)) {
    let { report, failed } = outcome;
    if (outDir) {
      const problem = await outDir.write(inputs[index], `${outcome.data}\n`);
      if (problem) {
        failed = true;
        if (!options.quiet) report += stylish([{ file: outcome.file, diagnostics: [problem], text: null }], { minimum: 'error' });
      }
    } else if (options.format === 'ndjson') {
      // Two writes: joining the line break on first made a copy of every result.
      await write(io.stdout, outcome.data);
      await write(io.stdout, '\n');
    } else await json!.add(outcome.data);
    if (failed) exitCode = EXIT_FAILED;
    if (report) {
      progress.clear();
      await write(io.stderr, report);
    }
    progress.tick(outcome.bytes);
    index++;
  }
  progress.clear();
  await json?.end();
  return exitCode;
}

function jsonReport(file: string, content: string): FileReport {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { file, text: null, diagnostics: [{ severity: 'error', rule: 'invalid-json', message: `Not JSON: ${(error as Error).message}` }] };
  }
  const results = Array.isArray(value) ? value : [value];
  const diagnostics = results.flatMap((result, index) =>
    validateAgainstSchema(result).map((d) => ({
      ...d,
      path: Array.isArray(value) ? `/${index}${d.path === '/' ? '' : d.path}` : d.path,
      message: Array.isArray(value) ? `/${index}${d.message.startsWith('/') ? '' : ' '}${d.message}` : d.message,
    })),
  );
  return { file, text: null, diagnostics };
}

async function validateCommand(args: string[], options: ValidateCommandOptions, io: CliIO): Promise<number> {
  const inputs = await inputsOrStdin(args, io, ['txt', 'json']);
  const reports: FileReport[] = [];
  let exitCode = EXIT_OK;
  for (const input of inputs) {
    let report: FileReport;
    if (input.kind === 'file' && extname(input.path).toLowerCase() === '.json') {
      const bytes = await readBytes(input, io.readStdin);
      report =
        bytes instanceof Uint8Array
          ? jsonReport(input.path, decoder.decode(bytes))
          : { file: input.path, text: null, diagnostics: bytes.result.diagnostics };
    } else {
      const { result, text }: Analysis = await processInput(input, { template: options.template }, io.readStdin);
      report = { file: inputName(input), diagnostics: result.diagnostics, text };
    }
    const hasError = report.diagnostics.some((d) => d.severity === 'error');
    const hasWarning = report.diagnostics.some((d) => d.severity === 'warning');
    if (hasError || (options.strict && hasWarning)) exitCode = EXIT_FAILED;
    reports.push(report);
  }
  const output = reporters[options.reporter](reports, { minimum: options.verbose ? 'info' : 'warning' });
  if (output) await write(io.stdout, output);
  return exitCode;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('esr-parse');
  program
    .description('Parse Finnish ESR/EAKR project descriptions into typed JSON that validates against a published JSON Schema.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run esr-parse --help for usage)')
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });

  const templateOption = new Option('-t, --template <name>', 'read every input as this layout instead of detecting it').choices(templateNames);

  program
    .command('parse', { isDefault: true })
    .description('print the JSON result of every input (files, directories, globs, - for stdin)')
    .argument('[inputs...]', 'files, directories (recursed for *.txt), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson']).default('json'))
    .option('--compact', 'compact JSON even on a terminal')
    .option('--pretty', 'indented JSON even when piped')
    .option('--tree', 'add the positioned document tree to each result')
    .option('-o, --out-dir <dir>', 'write one .json file per input into DIR instead of stdout')
    .addOption(templateOption)
    .option('-q, --quiet', 'print no diagnostics on stderr')
    .option('--strict', 'exit 1 when any warning is reported')
    .option('--verbose', 'also print info diagnostics on stderr')
    .option('-j, --jobs <n>', `threads for large batches (default: one per idle core when two or more are idle, else 1; ${defaultJobs(io.cores ?? 1, io.load)} now)`, positiveInteger)
    .action(async (inputs: string[], options: ParseCommandOptions) =>
      setExit(await parseCommand(inputs, { ...options, jobs: options.jobs ?? defaultJobs(io.cores ?? 1, io.load) }, io)),
    );

  program
    .command('validate')
    .description('check descriptions (or earlier JSON output) and print diagnostics only')
    .argument('[inputs...]', 'files (.txt descriptions or .json results), directories, globs, or -')
    .addOption(new Option('-r, --reporter <name>', 'diagnostics format').choices([...reporterNames]).default('stylish'))
    .addOption(new Option('-t, --template <name>', 'read every input as this layout').choices(templateNames))
    .option('--strict', 'warnings fail too')
    .option('--verbose', 'also report info diagnostics')
    .action(async (inputs: string[], options: ValidateCommandOptions) => setExit(await validateCommand(inputs, options, io)));

  program
    .command('schema')
    .description('print the JSON Schema of the results')
    .option('--compact', 'compact JSON')
    .action(async (options: { compact?: boolean }) => {
      await write(io.stdout, `${JSON.stringify(resultSchema, null, options.compact ? undefined : 2)}\n`);
      setExit(EXIT_OK);
    });
  return program;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.stderr.write(`esr-parse: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`esr-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
}

/**
 * Standard output when it is a file or /dev/null: written with fs.writeSync, as Node's own stream
 * for files does, but without first copying every string into a Buffer (about 70 ms of the 10,000-file bench).
 * Pipes and terminals keep Node's stream.
 */
function fileOutput(fd: number): OutputStream | null {
  try {
    const info = fstatSync(fd);
    if (!info.isFile() && !(info.isCharacterDevice() && !isatty(fd))) return null;
  } catch {
    return null;
  }
  return {
    isTTY: false,
    write(chunk) {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written);
      return true;
    },
  };
}

/**
 * A stream of the process created at its first write: Node builds process.stderr on first access,
 * and most runs write nothing there.
 */
function lazyStream(stream: () => NodeJS.WriteStream, fd: number): OutputStream {
  return {
    isTTY: isatty(fd),
    write: (chunk) => stream().write(chunk),
    once: (event, listener) => stream().once(event, listener),
  };
}

/** process.stdout, for pipes and terminals; ends quietly when its reader goes away (`| head`). */
function processStdout(): OutputStream {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  return process.stdout;
}

/** The real process's streams. */
export function processIO(): CliIO {
  return {
    stdout: fileOutput(1) ?? processStdout(),
    stderr: lazyStream(() => process.stderr, 2),
    // isatty, not process.stdin.isTTY: creating the stdin stream cost a few ms of every start.
    stdinIsTTY: isatty(0),
    workerScript: new URL(import.meta.url),
    cores: availableParallelism(),
    load: loadavg()[0],
    readStdin: () => readCapped(process.stdin),
  };
}

/** Entry point of `bin/esr-parse.js`: runs, and ends quietly when stdout's reader goes away. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const code = await run(argv, processIO());
  process.exitCode = code;
}

