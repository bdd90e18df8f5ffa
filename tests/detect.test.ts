import { describe, expect, it } from 'vitest';
import { detectTemplate, MIN_SCORE } from '../src/detect.js';
import { builtInRegistry } from '../src/grammar/index.js';
import { parse } from '../src/index.js';
import { parseLines } from '../src/parse/line-parser.js';
import { runCli } from './helpers/cli.js';
import { readFixture, root } from './helpers/fixtures.js';

const seeds: [string, string][] = [
  ['fixtures/seeds/000_ddad63b48901b7a4.txt', 'esr-2007-2013'],
  ['fixtures/seeds/001_870e9aa13936b8c2.txt', 'esr-2007-2013'],
  ['fixtures/seeds/002_bcdc1a367ba94878.txt', 'esr-2007-2013'],
  ['fixtures/seeds/003_4ea2b71e336645b9.txt', 'project-page'],
  ['fixtures/seeds/004_3bb6e26593869c78.txt', 'esr-2014-2020'],
];

const text = (fixture: string) => readFixture(fixture).toString('utf8');
const detect = (source: string) => detectTemplate(parseLines(source).lines, builtInRegistry().templates).template?.name ?? null;
/** The text from its first line that starts with `from` onwards: banner and title cut away. */
const from = (source: string, start: string) => source.slice(source.indexOf(start));

describe('layout detection', () => {
  for (const [fixture, template] of seeds) {
    it(`detects ${template} for ${fixture.split('/').pop()}`, () => expect(detect(text(fixture))).toBe(template));
  }

  it('needs no banner or title', () => {
    expect(detect(from(text(seeds[0][0]), '1. Projekti'))).toBe('esr-2007-2013');
    expect(detect(from(text(seeds[4][0]), '1 Hanke'))).toBe('esr-2014-2020');
    expect(detect(from(text(seeds[3][0]), 'Yleistiedot hankkeesta'))).toBe('project-page');
  });

  it('reads a page that starts half way down, by its labels and headings', () => {
    expect(detect(from(text(seeds[3][0]), 'Tulokset'))).toBe('project-page');
  });

  it('tells the two numbered layouts apart by headings alone', () => {
    expect(detect('1. Projekti\n\nProjektikoodi: S10001\n\n2. Projektin toteuttaja\n')).toBe('esr-2007-2013');
    expect(detect('1 Hanke\n\nHankekoodi: S20001\n\n2 Hakijan perustiedot\n')).toBe('esr-2014-2020');
  });

  it('needs more than a stray label or heading', () => {
    expect(MIN_SCORE).toBe(5);
    expect(detect('Tulokset\n\nHyvä vuosi.\n\nToimintalinja: 5\n')).toBeNull();
  });

  it("a page of another programme, in the page's shape, is not a project page (REAL-SHAPES §11)", () => {
    const page = text(seeds[3][0]);
    const bar = 'Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa';
    for (const other of ['Maaseudun kehittämisohjelma 2014–2020 | Leader Pohjoisin Lappi', 'Interreg Nord 2014–2020 | Euroopan aluekehitysrahasto', 'Toimintalinja 4 (ESR+) | 01.01.2023 – 31.12.2025 | Pohjanmaa']) {
      const result = parse(page.replace(bar, other));
      expect(result.template).toBeNull();
      expect(result.diagnostics.map((d) => [d.rule, d.line])).toEqual([['unknown-template', 5]]);
      expect(result.diagnostics[0].message).toContain(`another programme ("${other}")`);
    }
    // The facts' funder names the programme too; prose may mention a Leader group freely.
    expect(parse(page.replace(bar, 'Rahoittaja: Euroopan maaseudun kehittämisen maatalousrahasto')).template).toBeNull();
    expect(parse(page.replace('Tulokset\n\n', 'Tulokset\n\nYhteistyötä tehtiin Leader-ryhmän ja Interreg-hankkeiden kanssa.\n\n')).template).toBe('project-page');
  });

  it('reads the fund from the title, or else from the code', () => {
    expect(parse(text('fixtures/variations/eakr.txt')).record!.fund).toBe('EAKR');
    expect(parse(from(text(seeds[0][0]), '1. Projekti')).record!.fund).toBe('ESR');
  });
});

describe('texts of no known layout', () => {
  const unknown = ['fixtures/unknown/meeting-minutes.txt', 'fixtures/unknown/english-page.txt', 'fixtures/unknown/random.txt'];

  for (const fixture of unknown) {
    it(`${fixture.split('/').pop()} is a failed result that says what was looked for`, () => {
      const result = parse(readFixture(fixture), { file: fixture });
      expect(result.ok).toBe(false);
      expect(result.record).toBeNull();
      expect(result.template).toBeNull();
      const diagnostic = result.diagnostics.find((d) => d.rule === 'unknown-template')!;
      expect(diagnostic.severity).toBe('error');
      expect(diagnostic.message).toContain('Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus');
      expect(diagnostic.message).toContain('Yleistiedot hankkeesta');
    });
  }

  it('exits 1 from the command line, with every result printed', async () => {
    const { code, stdout } = await runCli(unknown.map((f) => root + f));
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((r: { ok: boolean }) => r.ok)).toEqual([false, false, false]);
  });

  it('--template reads one anyway, and reports what is missing', () => {
    const result = parse(readFixture(unknown[0]), { template: 'esr-2007-2013' });
    expect(result.template).toBe('esr-2007-2013');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-field').length).toBeGreaterThanOrEqual(5);
    expect(result.unmapped.length).toBeGreaterThan(0);
  });

  it('an unknown --template name is a usage error', async () => {
    expect((await runCli(['--template', 'esr-1995', root + seeds[0][0]])).code).toBe(2);
  });
});
