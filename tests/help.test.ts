// --help of the program and of each command: parse's options (parse is the default command),
// examples, exit codes, environment; README's "Command line" section is the same text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const readme = readFileSync(`${root}README.md`, 'utf8');
const commandLine = readme.slice(readme.indexOf('## Command line'), readme.indexOf('### Input'));
const textBlocks = [...commandLine.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('--help', () => {
  it('shows parse as the visible default command, with its options, examples, exit codes and environment', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Usage: esr-parse [parse] [options] [inputs...]');
    expect(stdout).toMatch(/^ {2}parse \[options\] \[inputs\.\.\.\] +\(default\) print the JSON result/m);
    for (const option of ['-f, --format <format>', '--compact', '-o, --out-dir <dir>', '--exclude <glob>', '--color', '--no-color', '-V, --version', '-j, --jobs <n>']) {
      expect(stdout).toContain(`\n  ${option} `);
    }
    for (const heading of ['Examples:', 'Exit codes:', 'Environment:']) expect(stdout).toContain(`\n${heading}\n`);
    for (const variable of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'CI']) expect(stdout).toMatch(new RegExp(`^ {2}${variable} +\\S`, 'm'));
    expect(stdout).toMatch(/^ {2}2 {2}usage error/m);
  });

  it('each command has its own help with examples, exit codes and environment', async () => {
    for (const command of ['parse', 'validate', 'schema']) {
      const { code, stdout } = await runCli([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('\nExamples:\n');
      expect(stdout).toContain('\nExit codes:\n');
      expect(stdout).toContain('\nEnvironment:\n');
    }
    expect((await runCli(['validate', '--help'])).stdout).toContain('-r, --reporter <name>');
    expect((await runCli(['parse', '--help'])).stdout).toContain('-f, --format <format>');
    expect((await runCli(['help', 'validate'])).stdout).toContain('Usage: esr-parse validate [options] [inputs...]');
  });

  it('a bad value points at the help that lists the option', async () => {
    const format = await runCli(['--format', 'xml', 'x.txt']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('(run esr-parse --help for usage)');
    expect((await runCli(['--help'])).stdout).toContain('--format');
    const reporter = await runCli(['validate', '--reporter', 'xml', 'x.txt']);
    expect(reporter.code).toBe(2);
    expect(reporter.stderr).toContain('(run esr-parse validate --help for usage)');
    expect((await runCli(['validate', '--help'])).stdout).toContain('--reporter');
  });

  it("README's Command line section is the help output", async () => {
    expect(textBlocks).toHaveLength(2);
    expect(textBlocks[0]).toBe((await runCli(['--help'])).stdout);
    const validateHelp = (await runCli(['validate', '--help'])).stdout;
    expect(textBlocks[1]).toBe(`${validateHelp.slice(0, validateHelp.indexOf('\nExamples:')).trimEnd()}\n`);
  });
});
