// The package as a library user gets it: the built entry point and its declarations (npm test
// builds first, through "pretest").
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

describe('import { parse } from "esr-parse"', () => {
  it('the exported entry and types exist', () => {
    expect(existsSync(root + pkg.exports['.'].import)).toBe(true);
    expect(existsSync(root + pkg.exports['.'].types)).toBe(true);
    expect(readFileSync(root + pkg.exports['.'].types, 'utf8')).toContain('export declare function parse(');
  });

  it('returns the same result as the CLI prints', async () => {
    const library = await import(`${root}${pkg.exports['.'].import}`);
    const bytes = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`);
    const result = library.parse(bytes, { file: 'fixtures/seeds/004_3bb6e26593869c78.txt' });
    const expected = JSON.parse(readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.expected.json`, 'utf8'));
    expect(result).toEqual(expected);
    expect(library.parse('not a description').ok).toBe(false);
    expect(library.templateNames).toEqual(['esr-2007-2013', 'esr-2014-2020', 'project-page']);
  });

  it('parseFile reads a path; an unreadable one is a failed result, not an exception', async () => {
    const library = await import(`${root}${pkg.exports['.'].import}`);
    const fixture = 'fixtures/seeds/004_3bb6e26593869c78';
    const expected = JSON.parse(readFileSync(`${root}${fixture}.expected.json`, 'utf8'));
    expect(library.parseFile(`${root}${fixture}.txt`, { file: `${fixture}.txt` })).toEqual(expected);
    expect(library.parseFile(`${root}${fixture}.txt`).file).toBe(`${root}${fixture}.txt`);
    const missing = library.parseFile(`${root}fixtures/no-such.txt`);
    expect([missing.ok, missing.record, missing.diagnostics.map((d: { rule: string }) => d.rule)]).toEqual([false, null, ['unreadable']]);
  });

  it('validateResult checks a stored result as `esr-parse validate` does', async () => {
    const library = await import(`${root}${pkg.exports['.'].import}`);
    const valid = JSON.parse(readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.expected.json`, 'utf8'));
    expect(library.validateResult(valid)).toEqual([]);
    const failed = JSON.parse(readFileSync(`${root}fixtures/invalid/women-exceed-total.expected.json`, 'utf8'));
    expect(library.validateResult(failed).map((d: { rule: string; path: string }) => [d.rule, d.path])).toEqual([
      ['women-exceed-total', '/record/indicators/participants/planned'],
      ['failed-result', '/ok'],
      // (The fixture stops after its summary: a warning, which a stored result is said to carry.)
      ['stored-warnings', '/diagnostics'],
    ]);
    expect(library.validateResult('text')[0].rule).toBe('schema');
  });

  it('the declarations document parse, parseFile and validateResult, and type the tree', () => {
    const types = readFileSync(root + pkg.exports['.'].types, 'utf8');
    for (const name of ['parse', 'parseFile', 'validateResult']) expect(types).toContain(`*/\nexport declare function ${name}(`);
    const schema = readFileSync(`${root}dist/types/record/schema.d.ts`, 'utf8');
    expect(schema).toContain('DocumentNode');
  });

  it('bin is a thin shim over the bundle', () => {
    const shim = readFileSync(`${root}${pkg.bin['esr-parse']}`, 'utf8');
    expect(shim.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(4);
    expect(pkg.engines.node).toBe('>=20');
  });
});
