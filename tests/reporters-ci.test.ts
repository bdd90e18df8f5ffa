// The sarif and junit reporters, and colour in stylish.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_HELP } from '../src/format/rule-help.js';
import { artifactUri } from '../src/format/sarif.js';
import { escapeXml } from '../src/format/junit.js';
import { colorEnabled, progressEnabled } from '../src/cli/terminal.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

const broken = 'fixtures/invalid/seed-000-broken.txt';
const warningOnly = 'fixtures/invalid/invalid-email.txt';
const seed = 'fixtures/seeds/000_ddad63b48901b7a4.txt';
const ESC = '\u001b[';

/** The SARIF 2.1.0 JSON Schema (tests/fixtures/sarif/SOURCE.md): draft 2020-12, so ajv's 2020 build. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(`${root}tests/fixtures/sarif/sarif-2.1.0.json`, 'utf8'));
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv.compile(schema);
}

describe('--reporter sarif', () => {
  const cwd = process.cwd();

  it('is valid SARIF 2.1.0, with rules that have help and one located result per diagnostic', async () => {
    process.chdir(root);
    let output;
    try {
      output = await runCli(['validate', '--reporter', 'sarif', broken, warningOnly, 'fixtures/missing.txt']);
    } finally {
      process.chdir(cwd);
    }
    expect(output.code).toBe(1);
    const log = JSON.parse(output.stdout);
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('esr-parse');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'missing-field',
      'period-end-before-start',
      'invalid-business-id',
      'women-exceed-total',
      'invalid-email',
      // (The fixture stops after its summary: said at its last line.)
      'text-cut-off',
      'unreadable',
    ]);
    for (const rule of run.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(10);
    expect(run.results).toHaveLength(7);
    expect(run.results[2]).toEqual({
      ruleId: 'invalid-business-id',
      ruleIndex: 2,
      level: 'error',
      message: { text: 'Y-tunnus "2229500-7" has a wrong check digit' },
      locations: [{ physicalLocation: { artifactLocation: { uri: broken }, region: { startLine: 30, startColumn: 11, endLine: 30, endColumn: 20 } } }],
      properties: { path: '/organisation/businessId' },
    });
    expect(run.results[4].level).toBe('warning');
    expect(run.results[5].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: warningOnly }, region: { startLine: 29, startColumn: 1, endLine: 29, endColumn: 13 } });
    expect(run.results[6].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/missing.txt' }, region: { startLine: 1 } });
    for (const result of run.results) expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('a clean run is valid SARIF with no results; absolute paths are file: URIs', async () => {
    const { code, stdout } = await runCli(['validate', '--reporter', 'sarif', root + seed]);
    expect(code).toBe(0);
    const log = JSON.parse(stdout);
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(artifactUri('/tmp/a b/#1.txt')).toBe('file:///tmp/a%20b/%231.txt');
    expect(artifactUri('dir/a b.txt')).toBe('dir/a%20b.txt');
  });

  it("every rule of README's rule table has help", () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const table = readme.slice(readme.indexOf('| rule | severity |'), readme.indexOf('## Use in CI'));
    const documented = [...table.matchAll(/^\| ((?:`[a-z-]+`(?:, )?)+) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([a-z-]+)`/g)].map((r) => r[1]));
    expect(documented.length).toBeGreaterThan(25);
    expect(documented.filter((rule) => !(rule in RULE_HELP))).toEqual([]);
  });
});

describe('--reporter junit', () => {
  it('one testcase per file; failures carry the diagnostics; XML escaped', async () => {
    const { code, stdout } = await runCli(['validate', '--reporter', 'junit', root + broken, root + warningOnly, root + seed]);
    expect(code).toBe(1);
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="esr-parse" tests="3" failures="1" errors="0">')).toBe(true);
    const cases = [...stdout.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/testcase>/g)].map((m) => [m[1], m[2]]);
    expect(cases.map(([name]) => name)).toEqual([root + broken, root + warningOnly, root + seed]);
    expect(cases[0][1]).toContain('<failure message="4 errors, 0 warnings" type="error">7:1 error Projektin nimi (project.name) is missing from section 1 &quot;Projekti&quot; (missing-field)\n');
    expect(cases[0][1]).toContain('30:11 error Y-tunnus &quot;2229500-7&quot; has a wrong check digit (invalid-business-id)');
    expect(cases[1][1]).toContain('<system-out>19:13 warning &quot;testi.example.fi&quot; is not an e-mail address (invalid-email)\n29:1 warning The copy ends here in section 5');
    expect(cases[2][1]).toBe('');
  });

  it('--strict fails a file with a warning', async () => {
    const { stdout } = await runCli(['validate', '--strict', '--reporter', 'junit', root + warningOnly]);
    expect(stdout).toContain('failures="1"');
    expect(stdout).toContain('<failure message="0 errors, 2 warnings" type="warning">');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0000\u001b`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;\uFFFD\uFFFD');
  });
});

describe('colour', () => {
  it('decides by flag, NO_COLOR, FORCE_COLOR, TERM=dumb, then the terminal', () => {
    const tty = { write: () => true, isTTY: true };
    const pipe = { write: () => true, isTTY: false };
    expect(colorEnabled(undefined, tty, {})).toBe(true);
    expect(colorEnabled(undefined, pipe, {})).toBe(false);
    expect(colorEnabled(undefined, tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(undefined, tty, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(undefined, tty, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(undefined, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(undefined, tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(true, pipe, { NO_COLOR: '1' })).toBe(true);
    expect(colorEnabled(false, tty, { FORCE_COLOR: '1' })).toBe(false);
    expect(progressEnabled(tty, {})).toBe(true);
    expect(progressEnabled(tty, { TERM: 'dumb' })).toBe(false);
    expect(progressEnabled(tty, { CI: 'true' })).toBe(false);
    expect(progressEnabled(pipe, {})).toBe(false);
  });

  it('stylish on a terminal is coloured; piped, with --no-color or NO_COLOR it has no escape codes', async () => {
    const onTty = await runCli(['validate', root + broken], { stdoutIsTTY: true });
    expect(onTty.stdout).toContain(`${ESC}31merror`);
    expect(onTty.stdout).toContain(`${ESC}4m${root + broken}`);
    expect((await runCli(['validate', root + broken])).stdout).not.toContain(ESC);
    expect((await runCli(['validate', '--no-color', root + broken], { stdoutIsTTY: true })).stdout).not.toContain(ESC);
    expect((await runCli(['validate', root + broken], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['validate', root + broken], { stdoutIsTTY: true, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await runCli(['validate', '--color', root + broken])).stdout).toContain(`${ESC}31merror`);
  });

  it("parse colours stderr's diagnostics by stderr; TERM=dumb has no escape codes, progress bar included", async () => {
    const inputs = [root + broken, root + seed];
    expect((await runCli(['-f', 'ndjson', ...inputs], { stderrIsTTY: true })).stderr).toContain(`${ESC}31merror`);
    const dumb = await runCli(['-f', 'ndjson', ...inputs], { stderrIsTTY: true, env: { TERM: 'dumb' } });
    expect(dumb.stderr).toContain('missing-field');
    expect(dumb.stderr).not.toContain(ESC);
    expect(dumb.stderr).not.toContain('\r');
    expect((await runCli(['-f', 'ndjson', '--quiet', ...inputs], { stderrIsTTY: true, env: { CI: '1' } })).stderr).toBe('');
    expect((await runCli(['-f', 'ndjson', ...inputs], { env: { FORCE_COLOR: '1' } })).stderr).toContain(`${ESC}31merror`);
  });
});
