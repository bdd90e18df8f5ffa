// A mistyped command is a usage error with a suggestion, not a file name read by parse.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance, mistypedCommand } from '../src/cli/suggest.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const commands = ['parse', 'validate', 'schema', 'help'];

describe('mistyped commands', () => {
  it('edit distance counts a swap of neighbours as one', () => {
    expect(editDistance('valdate', 'validate')).toBe(1);
    expect(editDistance('vlaidate', 'validate')).toBe(1);
    expect(editDistance('shcema', 'schema')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest command within two edits, never for a path, a glob or an option', () => {
    expect(mistypedCommand('valdate', commands)).toBe('validate');
    expect(mistypedCommand('Validat', commands)).toBe('validate');
    expect(mistypedCommand('schem', commands)).toBe('schema');
    expect(mistypedCommand('prase', commands)).toBe('parse');
    expect(mistypedCommand('description', commands)).toBeNull();
    expect(mistypedCommand('validate', commands)).toBeNull();
    expect(mistypedCommand('--strict', commands)).toBeNull();
    expect(mistypedCommand('valid*', commands)).toBeNull();
    expect(mistypedCommand(undefined, commands)).toBeNull();
  });

  it('`esr-parse valdate seeds/` exits 2 with "did you mean validate?" and prints nothing on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['valdate', `${root}fixtures/seeds/`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command "valdate" (did you mean validate?)');
  });

  it('a file that happens to be named like a command is read as a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-named-'));
    const file = join(dir, 'valdate');
    writeFileSync(file, 'not a description\n');
    const { code, stdout } = await runCli([file]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).diagnostics[0].rule).toBe('unknown-template');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await runCli(['valdate'])).code).toBe(1);
    } finally {
      process.chdir(cwd);
    }
  });
});
