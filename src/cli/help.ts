/**
 * Help texts. `parse` is the default command, so `esr-parse --help` shows its arguments and options
 * beside the list of commands; every command's help ends with examples, the exit codes and the
 * environment variables. README's "Command line" section is this output (a test compares them).
 */
import { Help, type Command } from 'commander';

/** Help is wrapped at a fixed width so that it reads the same everywhere (and in README). */
export const HELP_WIDTH = 80;

const EXIT_CODES = `Exit codes:
  0  every input was read and has no error (warnings allowed unless --strict)
  1  at least one input failed: unreadable, unrecognised, or with an error
     diagnostic (with --strict, a warning)
  2  usage error: unknown command, option or value, a glob that matches
     nothing, no input`;

const ENVIRONMENT = `Environment:
  NO_COLOR     set and not empty: no colour (--color still forces it)
  FORCE_COLOR  set and not 0: colour even when stderr/stdout is not a terminal
  TERM         dumb: no colour and no progress bar
  CI           set: no progress bar (CI logs keep every carriage return)`;

const EXAMPLES: Record<string, string> = {
  parse: `Examples:
  esr-parse description.txt               one result (an object)
  esr-parse 'descriptions/**/*.txt'       an array, whatever the glob matches
  esr-parse -f ndjson descriptions/ | jq -c '{file, ok}'
  esr-parse -o out/ --compact descriptions/
  cat description.txt | esr-parse -       standard input`,
  validate: `Examples:
  esr-parse validate descriptions/        stylish diagnostics, exit 1 on an error
  esr-parse validate --strict --reporter github 'new/*.txt'
  esr-parse validate --reporter sarif descriptions/ > esr-parse.sarif
  esr-parse validate --reporter junit descriptions/ > esr-parse.junit.xml
  esr-parse validate results.json out.ndjson   earlier output
  esr-parse descriptions/ | esr-parse validate -`,
  schema: `Examples:
  esr-parse schema > esr-parse-result.schema.json`,
};

function footer(command: string): string {
  return `\n${EXAMPLES[command]}\n\n${EXIT_CODES}\n\n${ENVIRONMENT}\n`;
}

/** The part of commander's help from `heading` on (up to `until`, when given). */
function section(text: string, heading: string, until?: string): string {
  const start = text.indexOf(`\n${heading}`);
  if (start === -1) return '';
  const end = until ? text.indexOf(`\n${until}`, start + 1) : -1;
  return text.slice(start + 1, end === -1 ? undefined : end + 1).trimEnd();
}

/**
 * Wires the help of the program and its commands. `parse` must be a command of `program`; the
 * program's own help is parse's arguments and options under a usage of all three commands.
 */
export function configureHelp(program: Command): void {
  const parse = program.commands.find((c) => c.name() === 'parse')!;
  for (const command of program.commands) {
    const name = command.name();
    command.configureHelp(name === 'parse' ? { helpWidth: HELP_WIDTH, commandUsage: () => 'esr-parse [parse] [options] [inputs...]' } : { helpWidth: HELP_WIDTH });
    command.addHelpText('after', footer(name));
    command.showHelpAfterError(`(run esr-parse ${name === 'parse' ? '' : `${name} `}--help for usage)`);
  }
  const standard = new Help();
  program.configureHelp({
    helpWidth: HELP_WIDTH,
    subcommandDescription: (cmd) => (cmd === parse ? `(default) ${cmd.description()}` : cmd.description()),
    formatHelp(cmd, helper) {
      const own = standard.formatHelp.call(helper, cmd, helper);
      const parseHelp = parse.helpInformation();
      const usage = ['Usage: esr-parse [parse] [options] [inputs...]', '       esr-parse validate [options] [inputs...]', '       esr-parse schema [options]'];
      const description = helper.boxWrap(helper.commandDescription(cmd), HELP_WIDTH);
      const commands = section(own, 'Commands:');
      const options = section(parseHelp, 'Arguments:').replace('\nOptions:', '\nOptions (of parse, the default command):');
      const version = helper.formatItem('-V, --version', helper.padWidth(parse, helper), 'output the version number', helper);
      return [...usage, '', description, '', commands, '', `${options}\n${version}`, ''].join('\n');
    },
  });
  program.addHelpText('after', footer('parse'));
}
