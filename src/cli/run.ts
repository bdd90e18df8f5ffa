/**
 * The command line. `run(argv, io)` returns the exit code and never exits the process itself, so
 * it is tested in-process; `bin/esr-parse.js` only wires it to the real process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism, loadavg } from 'node:os';
import { existsSync, fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { templateNames } from '../grammar/index.js';
import { reporterNames } from '../format/reporters.js';
import { parseCommand, type ParseCommandOptions } from './commands/parse.js';
import { loadGrammars } from './grammar-option.js';
import { readCapped } from './process.js';
import { tuneForOneThread } from './v8-tuning.js';
import { defaultJobs } from './workers.js';
import { csvDialects } from '../format/csv.js';
import { summaryFormat, withSummaryDefault } from './output-data.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand, type ValidateCommandOptions } from './commands/validate.js';
import { configureHelp, HELP_WIDTH } from './help.js';
import { mistypedCommand } from './suggest.js';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import { VERSION } from '../version.js';

export interface OutputStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
  /**
   * The run writes files besides (`-o`, `--tables`): when the stream's reader goes away (`| head`),
   * it goes on without the stream, so that those files are whole, instead of ending at once.
   */
  goOnWhenClosed?(): void;
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
  /** Environment variables (NO_COLOR, FORCE_COLOR, TERM, CI); none when absent. */
  env?: Record<string, string | undefined>;
  /** Called before texts are parsed on this thread alone, no worker started: the real process tunes V8 for it (src/cli/v8-tuning.ts). */
  oneThread?: () => void;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Options of one command that a user gives to the other (`esr-parse --reporter sarif`, `validate --format csv`). */
const VALIDATE_ONLY = new Set(['--reporter', '-r']);
const PARSE_ONLY = new Set(['--format', '-f', '--csv-dialect', '--tables', '--compact', '--pretty', '--tree', '--out-dir', '-o', '--quiet', '-q', '--jobs', '-j']);

/**
 * Commander's own errors in esr-parse's words: led by `esr-parse:` as every other error is (not
 * `error:`), and an option of the other command pointed to it.
 */
function commanderError(text: string, command: string | undefined): string {
  if (!text.startsWith('error: ')) return text;
  let message = `esr-parse: ${text.slice('error: '.length)}`;
  const option = /^esr-parse: unknown option '([^'=]+)/.exec(message)?.[1];
  const hint =
    option !== undefined && VALIDATE_ONLY.has(option)
      ? `it belongs to validate: esr-parse validate ${option} NAME …`
      : option !== undefined && PARSE_ONLY.has(option)
        ? `it belongs to parsing, which writes records (esr-parse ${option} …); ${command === 'schema' ? 'schema prints a JSON Schema only' : `validate writes diagnostics only${option === '--format' || option === '-f' ? ', in the form --reporter chooses' : ''}`}`
        : null;
  if (hint !== null) message = message.replace(/\n/, `: ${hint}\n`);
  return message;
}

function buildProgram(io: CliIO, setExit: (code: number) => void, command?: string): Command {
  const program = new Command('esr-parse');
  program
    .description('Parse Finnish ESR/EAKR project descriptions into typed JSON that validates against a published JSON Schema.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run esr-parse --help for usage)')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(commanderError(s, command)),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
    });

  const templateOption = new Option('-t, --template <name>', `read every input as this layout instead of detecting it (${templateNames.join(', ')}, or a --grammar layout)`);

  program
    .command('parse', { isDefault: true })
    .description('print the JSON result of every input (files, directories, globs, - for stdin)')
    .argument('[inputs...]', 'files, directories (recursed for *.txt), globs, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'json: an array (an object when one file is named); ndjson: one result per line; csv: one row per result')
        .choices(['json', 'ndjson', 'csv'])
        .default('json'),
    )
    .addOption(new Option('--csv-dialect <dialect>', 'CSV of --format csv and --tables: rfc4180 (",", CRLF) or excel-fi (";", BOM, CRLF)').choices([...csvDialects]).default('rfc4180'))
    .option('--tables <dir>', 'also write related CSV tables (records, municipalities, diagnostics, …) into DIR')
    .option('--summary [format]', 'at the end, counts by template, ok/failed and rule on stderr (--summary=json)', summaryFormat)
    .option('--redact', "remove the contact person's data, e-mail addresses and personal phone numbers from every output")
    .option('--compact', 'compact JSON even on a terminal (and in --out-dir files)')
    .option('--pretty', 'indented JSON even when piped')
    .option('--tree', 'add the positioned document tree to each result')
    .option('-o, --out-dir <dir>', 'write one .json file per input into DIR instead of JSON on stdout (--format csv still writes its rows to stdout)')
    .addOption(templateOption)
    .option('--grammar <file>', 'read layouts defined in FILE too (repeatable; see "Layout definitions" in the README)', collect)
    .option('-q, --quiet', 'print no diagnostics on stderr')
    .option('--strict', 'exit 1 when any warning is reported')
    .option('--verbose', 'also print info diagnostics on stderr')
    .option('--color', 'colour diagnostics on stderr even when it is not a terminal')
    .option('--no-color', 'no colour')
    .option('--exclude <glob>', 'skip files and folders that match (repeatable; node_modules and hidden folders are always skipped)', collect)
    .option('-j, --jobs <n>', `threads for large batches (default: one per idle core when two or more are idle, else 1; ${defaultJobs(io.cores ?? 1, io.load)} now)`, positiveInteger)
    .action(async (inputs: string[], options: ParseCommandOptions & { grammar?: string[] }, command: Command) => {
      // (A dialect asked for with no CSV written: said, not silently ignored.)
      if (command.getOptionValueSource('csvDialect') === 'cli' && options.format !== 'csv' && options.tables === undefined) throw new UsageError('--csv-dialect chooses the CSV of --format csv and --tables, and neither is asked for');
      const definitions = await loadGrammars(options.grammar, options.template, (message) => void (options.quiet ? undefined : io.stderr.write(message)));
      setExit(await parseCommand(inputs, { ...options, definitions, jobs: options.jobs ?? defaultJobs(io.cores ?? 1, io.load) }, io));
    });

  program
    .command('validate')
    .description('check descriptions (or earlier JSON output) and print diagnostics only')
    .argument('[inputs...]', 'descriptions (.txt), earlier output (.json, .ndjson: named or globbed), directories (searched for *.txt), globs, or - for standard input')
    .addOption(new Option('-r, --reporter <name>', 'diagnostics format').choices([...reporterNames]).default('stylish'))
    .addOption(new Option('-t, --template <name>', `read every input as this layout (${templateNames.join(', ')}, or a --grammar layout)`))
    .option('--grammar <file>', 'read layouts defined in FILE too (repeatable)', collect)
    .option('--exclude <glob>', 'skip files and folders that match (repeatable)', collect)
    .option('--strict', 'warnings fail too')
    .option('--verbose', 'also report info diagnostics')
    .option('--color', 'colour stylish output even when stdout is not a terminal')
    .option('--no-color', 'no colour')
    .option('--redact', "remove the contact person's data, e-mail addresses and personal phone numbers from the diagnostics")
    .option('--summary [format]', 'at the end, counts by template, ok/failed and rule on stderr (--summary=json)', summaryFormat)
    .action(async (inputs: string[], options: ValidateCommandOptions & { grammar?: string[] }) => {
      const definitions = await loadGrammars(options.grammar, options.template, (message) => void io.stderr.write(message));
      setExit(await validateCommand(inputs, { ...options, definitions }, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the results (with --grammar: of layout definitions)')
    .option('--compact', 'compact JSON')
    .option('--grammar', 'the JSON Schema of layout definitions instead')
    .allowExcessArguments(true)
    .action(async (options: { compact?: boolean; grammar?: boolean }, command: Command) => {
      const extra = command.args;
      // (`schema --grammar my.json`, as `--grammar FILE` is written elsewhere: the option takes no file here.)
      if (extra.length > 0) throw new UsageError(`schema takes no file ("${extra[0]}")${options.grammar ? ': --grammar prints the JSON Schema of the definition language itself; a definition file is checked by reading a text with it, esr-parse --grammar FILE TEXT' : ''}`);
      setExit(await schemaCommand(options, io));
    });
  configureHelp(program);
  return program;
}

const HELP_OR_VERSION = new Set(['-h', '--help', '-V', '--version']);

/** The first argument that is neither an option nor an option's value, nor a file: where a command would stand. */
function firstWord(argv: string[], program: Command): string | undefined {
  const options = program.commands.flatMap((c) => c.options);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') return existsSync(arg) ? undefined : arg;
    const option = options.find((o) => o.short === arg || o.long === arg);
    if (option?.required) i++;
  }
  return undefined;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  // (The command the arguments name, for commander's errors: `schema -q` is told of schema, not of validate.)
  const program = buildProgram(io, (code) => (exitCode = code), ['validate', 'schema'].includes(argv[0]) ? argv[0] : undefined);
  const commands = program.commands.map((c) => c.name());
  // An option before the command (`esr-parse --strict validate x.txt`) would make the command a file
  // name of the default command: the command's output would be records, not the diagnostics asked for.
  const late = argv[0]?.startsWith('-') && !argv.some((arg) => HELP_OR_VERSION.has(arg)) ? argv.find((arg) => commands.includes(arg) && arg !== 'parse' && !existsSync(arg)) : undefined;
  if (late !== undefined) {
    // (Only the options the command has go after it: `esr-parse -q validate x.txt` is `esr-parse validate x.txt`, validate having no -q.)
    const command = program.commands.find((c) => c.name() === late)!;
    const kept: string[] = [];
    const dropped: string[] = [];
    const rest = argv.filter((arg) => arg !== late);
    for (let i = 0; i < rest.length; i++) {
      const name = rest[i].split('=')[0];
      if (!rest[i].startsWith('-') || rest[i] === '-' || command.options.some((o) => o.short === name || o.long === name)) {
        kept.push(rest[i]);
        continue;
      }
      dropped.push(rest[i]);
      const own = program.commands.flatMap((c) => c.options).find((o) => o.short === name || o.long === name);
      if (own !== undefined && own.required && !rest[i].includes('=') && i + 1 < rest.length) dropped.push(rest[++i]);
    }
    const without = dropped.length > 0 ? `; ${dropped.join(' ')}: not ${dropped.length === 1 ? 'an option' : 'options'} of ${late}` : '';
    io.stderr.write(`esr-parse: "${late}" is a command: write it first, then its options (esr-parse ${[late, ...kept].join(' ')})${without}\n(run esr-parse ${late} --help for usage)\n`);
    return EXIT_USAGE;
  }
  // (`esr-parse help nope`: commander prints the whole help and fails without saying why.)
  if (argv[0] === 'help' && argv.length > 1 && !commands.includes(argv[1]) && !argv[1].startsWith('-')) {
    io.stderr.write(`esr-parse: no command "${argv[1]}" to show help for (the commands: ${commands.join(', ')})\n(run esr-parse --help for usage)\n`);
    return EXIT_USAGE;
  }
  // (Also after options, `esr-parse -q valdate x.txt`: the first word that is no option nor a file.)
  const word = argv[0]?.startsWith('-') ? firstWord(argv, program) : argv[0];
  const meant = word === undefined ? undefined : mistypedCommand(word, [...commands, 'help']);
  if (meant) {
    io.stderr.write(`esr-parse: unknown command "${word}" (did you mean ${meant}?)\n(run esr-parse --help for usage)\n`);
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(withSummaryDefault(argv), { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.stderr.write(`esr-parse: ${error.message}\n`);
      return error.exitCode;
    }
    // (Writing the output failed, `> /dev/full`: the place written to, not a fault inside esr-parse.)
    if ((error as NodeJS.ErrnoException)?.syscall === 'write') {
      io.stderr.write(`esr-parse: cannot write the output: ${(error as Error).message}\n`);
      return EXIT_FAILED;
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

/**
 * process.stdout, for pipes and terminals; ends quietly when its reader goes away (`| head`) —
 * or, for a run that writes files besides, goes on without it (writes to it then do nothing).
 */
function processStdout(): OutputStream {
  let goOn = false;
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (!goOn) process.exit(EXIT_OK);
    closed = true;
    // (A write that waits for the stream to drain waits no longer.)
    process.stdout.emit('drain');
  });
  return {
    isTTY: process.stdout.isTTY,
    write: (chunk) => closed || process.stdout.write(chunk),
    once: (event, listener) => (closed ? listener() : process.stdout.once(event, listener)),
    goOnWhenClosed: () => {
      goOn = true;
    },
  };
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
    env: process.env,
    readStdin: readStandardInput,
    oneThread: tuneForOneThread,
  };
}

/** Standard input, refused where it is a directory or closed (Node's stream reads either as empty, an `empty-file` it is not). */
async function readStandardInput(): Promise<Uint8Array> {
  if (fstatSync(0).isDirectory()) throw Object.assign(new Error('standard input is a directory'), { code: 'EISDIR' });
  return readCapped(process.stdin);
}

/** Entry point of `bin/esr-parse.js`: runs, and ends quietly when stdout's reader goes away. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const code = await run(argv, processIO());
  process.exitCode = code;
}

