// What the seventy-fourth round mended: what the seventy-third round's reviews left (RVB 8) and what the
// round's blind audits found — KA (the lists and tables of sections 4–8 under copying edits), KB (sections
// 1–2 at full variety under copying edits) and KC (copies cut at every place). Each case is a seed with one
// change, tidy or in a derived shape; the mends' cases fail on the round's start (40d7540), the guards pass
// on both.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf, rewrite, seed } from './helpers/edits.js';

const seedPage = seed('003_4ea2b71e336645b9');
const warningsAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line) && d.severity !== 'info').map((d) => d.rule);

describe('seventy-fourth round: what the seventy-third left (review RVB 8)', () => {
  it('another list\'s label led by a number, with a note in brackets before its colon, among a page\'s needs list\'s items is said (was an item, unsaid)', () => {
    const label = '1. Hankkeen aikana (2017–2019):';
    expect(warningsAt(rewrite(seedPage, 'Hankkeen aikana:', label), label)).toEqual(['ambiguous-label']);
  });

  it('guard: the label led by `2)` with a note in brackets is read as the label, its items its list', () => {
    const result = parse(rewrite(seedPage, 'Hankkeen aikana:', '2) Hankkeen aikana (syksyllä):'));
    expect(result.record!.projectPage.developmentNeeds.during).toHaveLength(3);
    expect(result.record!.projectPage.developmentNeeds.during[0]).toMatch(/^Kohderyhmän henkilöiden motivointi/u);
  });
});
