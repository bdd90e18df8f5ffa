// Each rule of SPEC §7 with a fixture and its exact diagnostics: rule, severity, line, column.
import { describe, expect, it } from 'vitest';
import { parseFixture } from './helpers/fixtures.js';

type Expected = [rule: string, severity: string, line: number | undefined, column: number | undefined];

const cases: [fixture: string, expected: Expected[]][] = [
  // (These fixtures stop after their summary, sections 6.1–9 absent: said at the last line, since 2026-12-05.)
  ['invalid/invalid-business-id.txt', [['invalid-business-id', 'error', 17, 11], ['text-cut-off', 'warning', 29, 1]]],
  ['invalid/malformed-business-id.txt', [['invalid-business-id', 'error', 17, 11], ['text-cut-off', 'warning', 29, 1]]],
  ['invalid/invalid-project-code.txt', [['invalid-project-code', 'error', 5, 16], ['text-cut-off', 'warning', 29, 1]]],
  ['invalid/malformed-project-code.txt', [['invalid-project-code', 'error', 5, 16], ['text-cut-off', 'warning', 29, 1]]],
  ['invalid/women-exceed-total.txt', [['women-exceed-total', 'error', 25, 14], ['text-cut-off', 'warning', 29, 1]]],
  ['invalid/period-end-before-start.txt', [['period-end-before-start', 'error', 9, 37], ['text-cut-off', 'warning', 29, 1]]],
  ['invalid/invalid-email.txt', [['invalid-email', 'warning', 19, 13], ['text-cut-off', 'warning', 29, 1]]],
  // (Sections 5–7.2 and 8.1, which the register always prints, absent between 3 and 8.2: said, with no line. Round 68.)
  [
    'invalid/score-off-scale.txt',
    [
      ...['5', '6', '7.1', '7.2', '8.1'].map((): Expected => ['missing-section', 'warning', undefined, undefined]),
      ['invalid-number', 'warning', 31, 1],
      ['section-without-heading', 'warning', 31, 1],
    ],
  ],
  [
    'invalid/seed-000-broken.txt',
    [
      ['missing-field', 'error', 7, 1],
      ['period-end-before-start', 'error', 18, 37],
      ['invalid-business-id', 'error', 30, 11],
      ['women-exceed-total', 'error', 68, 14],
    ],
  ],
  [
    'variations/missing-fields.txt',
    [
      ['unmapped-text', 'warning', 1, 1],
      ['missing-field', 'error', 3, 1],
      ['missing-field', 'error', 3, 1],
      ['missing-field', 'error', 3, 1],
      ['text-cut-off', 'warning', 19, 1],
    ],
  ],
  [
    'variations/extra-labels.txt',
    [
      ['unknown-label', 'warning', 9, 1],
      ['unknown-label', 'warning', 21, 1],
      ['unmapped-text', 'warning', 25, 1],
      ['text-cut-off', 'warning', 35, 1],
    ],
  ],
  [
    'variations/duplicate-field.txt',
    [
      // (It stops before its summary: said as a copy that stops there, since 2026-12-02.)
      ['duplicate-field', 'warning', 9, 1],
      ['duplicate-field', 'warning', 27, 1],
      ['text-cut-off', 'warning', 27, 1],
    ],
  ],
  [
    'variations/bad-values.txt',
    [
      ['missing-section', 'warning', undefined, undefined],
      ['invalid-date', 'error', 9, 37],
      ['invalid-number', 'warning', 23, 14],
      // (The copy ends in section 7, sections 8.1 and 9 absent: said at its last line.)
      ['text-cut-off', 'warning', 31, 1],
    ],
  ],
  [
    'pages/extra-section.txt',
    [
      ['unknown-section', 'warning', 28, 1],
      ['unmapped-text', 'warning', 30, 1],
      ['unmapped-text', 'warning', 32, 1],
    ],
  ],
  [
    'pages/bar-mismatch.txt',
    [
      ['summary-bar-mismatch', 'warning', 5, 1],
      ['summary-bar-mismatch', 'warning', 5, 1],
      ['summary-bar-mismatch', 'warning', 5, 1],
    ],
  ],
];

describe('rules (errors and warnings, exactly)', () => {
  for (const [fixture, expected] of cases) {
    it(fixture, () => {
      const { diagnostics } = parseFixture(`fixtures/${fixture}`);
      const got = diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.severity, d.line, d.column]);
      expect(got).toEqual(expected);
    });
  }

  it('info rules: empty-value and placeholder-text', () => {
    const { diagnostics } = parseFixture('fixtures/variations/empty-values.txt');
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([
      // (Sections 6 and 7.1, which the register always prints, absent between 5 and 7.2: said, with no line. Round 68.)
      ['missing-section', 'warning', undefined],
      ['missing-section', 'warning', undefined],
      ['empty-value', 'info', 9],
      ['empty-value', 'info', 11],
      ['empty-value', 'info', 15],
      ['empty-value', 'info', 25],
      ['empty-value', 'info', 27],
      ['empty-value', 'info', 29],
      // The summary a description must have, written `Kesken.`: said at its heading.
      ['missing-section', 'warning', 31],
      // (4.1 and 4.2 written without their headings, between 3 and 5: their texts, if any, would be 3's.)
      ['ambiguous-prose-boundary', 'info', 33],
      ['ambiguous-prose-boundary', 'info', 33],
      ['ambiguous-prose-boundary', 'info', 33],
      ['placeholder-text', 'info', 33],
      ['empty-value', 'info', 37],
      ['empty-value', 'info', 39],
      // (The copy ends in 7.2, sections 8.1, 8.2 and 9 absent: said at its last line.)
      ['text-cut-off', 'warning', 45],
      ['empty-value', 'info', 45],
    ]);
  });

  it('info rule heading-variant: a reworded heading standing alone, not list items that share its words', () => {
    const { diagnostics, record } = parseFixture('fixtures/variations/heading-variant.txt');
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.column])).toEqual([['heading-variant', 'info', 19, 1], ['text-cut-off', 'warning', 31, 1]]);
    expect(record!.summary).toContain('4. Hankkeen kohderyhmille tiedotetaan\n9. Loppuraportin kirjoittaminen aloitetaan');
    expect(record!.targetGroups.primary).toBe('Pitkäaikaistyöttömät.');
  });

  it('diagnostics about a value carry its JSON pointer', () => {
    const { diagnostics } = parseFixture('fixtures/invalid/seed-000-broken.txt');
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.path)).toEqual(['/project/name', '/project/period', '/organisation/businessId', '/indicators/participants/planned']);
  });

  it('the unmodified seeds have no errors or warnings', () => {
    for (const seed of ['000_ddad63b48901b7a4', '001_870e9aa13936b8c2', '002_bcdc1a367ba94878', '003_4ea2b71e336645b9', '004_3bb6e26593869c78']) {
      const { diagnostics } = parseFixture(`fixtures/seeds/${seed}.txt`);
      expect(diagnostics.filter((d) => d.severity !== 'info'), seed).toEqual([]);
    }
  });
});
