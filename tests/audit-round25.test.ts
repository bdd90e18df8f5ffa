// What the twenty-fifth round found — each failure reproduced on a seed with one change: read right
// now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { runCli } from './helpers/cli.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed003 = seed('003_4ea2b71e336645b9');
const seed004 = seed('004_3bb6e26593869c78');

describe('audit round 25: a project page left as its template', () => {
  const TITLE = 'Osallisuuden askeleet työllistymispoluille';
  const TAGLINE = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';

  it.each(['[Hankkeen nimi]', 'HANKKEEN NIMI', 'Lorem ipsum', '<nimi>', 'Kirjoita tähän hankkeen nimi', 'XX'])('a title written as a placeholder (%s) is null, with a warning at it and a missing title', (placeholder) => {
    expect(seed003.startsWith(`${TITLE}\n`)).toBe(true);
    const result = parse(seed003.replace(TITLE, placeholder));
    expect(result.record!.project.name).toBeNull();
    const said = result.diagnostics.filter((d) => d.path === '/project/name').map((d) => [d.severity, d.rule, d.line]);
    expect(said).toEqual([
      ['warning', 'placeholder-text', 1],
      ['warning', 'missing-field', 1],
    ]);
  });

  it('a tagline written as a placeholder is null, with a warning; the title stays', () => {
    expect(seed003).toContain(TAGLINE);
    const result = parse(seed003.replace(TAGLINE, 'Kirjoita tähän lyhyt kuvaus hankkeesta'));
    expect(result.record!.project.tagline).toBeNull();
    expect(result.record!.project.name).toBe(TITLE);
    expect(result.diagnostics.filter((d) => d.path === '/project/tagline').map((d) => [d.severity, d.rule, d.line])).toEqual([['warning', 'placeholder-text', 3]]);
  });

  it('a title that may be a placeholder or a real name (`XXX-akatemia`) is kept, with a warning', () => {
    const result = parse(seed003.replace(TITLE, 'XXX-akatemia'));
    expect(result.record!.project.name).toBe('XXX-akatemia');
    expect(result.diagnostics.filter((d) => d.path === '/project/name').map((d) => [d.severity, d.rule])).toEqual([['warning', 'placeholder-text']]);
  });

  it('`validate --strict` rejects such a page', async () => {
    const { code } = await runCli(['validate', '--strict', '-'], { stdin: seed003.replace(TITLE, '[Hankkeen nimi]') });
    expect(code).toBe(1);
  });
});

describe('audit round 25: `validate --redact` of stored results', () => {
  // A contact's e-mail without its top-level part: the stored record holds it, and `validate` says it is no address.
  const text = seed004.replace('anne.multas(at)ksak.fi', 'anne.multas(at)ksak');

  it.each(['stylish', 'json', 'sarif', 'junit'])('no personal data in the %s report of a stored result (compact and pretty-printed)', async (reporter) => {
    expect(seed004).toContain('anne.multas(at)ksak.fi');
    const stored = (await runCli(['-q', '-'], { stdin: text })).stdout;
    expect(stored).toContain('anne.multas@ksak');
    for (const json of [stored, JSON.stringify(JSON.parse(stored), null, 2)]) {
      const plain = await runCli(['validate', '-r', reporter, '-'], { stdin: json });
      expect(plain.stdout).toMatch(/invalid-email/);
      const redacted = await runCli(['validate', '--redact', '-r', reporter, '-'], { stdin: json });
      expect(redacted.stdout).toMatch(/invalid-email/);
      expect(redacted.stdout).not.toMatch(/multas|0400 225 587|Valmennusvastaava/i);
      expect(redacted.code).toBe(plain.code);
    }
  });

  it('the stylish report still shows the line of the value, redacted, in its code frame', async () => {
    const stored = (await runCli(['-q', '-'], { stdin: text })).stdout;
    const { stdout } = await runCli(['validate', '--redact', '-'], { stdin: JSON.stringify(JSON.parse(stored), null, 2) });
    expect(stdout).toMatch(/> +\d+ \| +"email": "\[redacted\]",/);
  });

  it('a stored value of any shape is checked under --redact without an internal error', async () => {
    for (const json of ['{"record":{"contact":5,"organisation":[]},"diagnostics":[null]}', '[1, "x", {"record":null}]', '{"record":{"contact":{"name":["a"]}}}']) {
      const { code, stdout } = await runCli(['validate', '--redact', '-r', 'json', '-'], { stdin: json });
      expect(code).toBe(1);
      expect(stdout).not.toMatch(/internal-error/);
    }
  });
});
