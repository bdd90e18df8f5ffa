// What the forty-ninth round found: each reproduced on a small invented text or an edited fixture,
// read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';

const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);

/** A 2014–2020 EAKR copy without blank lines that stops after 7.1, then a section the layout does not have. */
const pastLayoutBelowFigure = [
  'Euroopan unioni Vipuvoimaa EU:lta',
  'Euroopan aluekehitysrahaston (EAKR) rahoittaman hankkeen kuvaus',
  '1 Hanke',
  'Hankekoodi: A73951',
  'Hankkeen nimi: Kasvupolku Keski-Suomen matkailuyrityksille',
  '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista',
  '7.1 Osallistuvien yritysten lukumäärä',
  'Suunniteltu: 30',
  'Toteutunut seurantatietojen mukaan: 27',
  '10 Liitteet',
  'Hankkeen loppuraportti on saatavilla hakijalta.',
].join('\n');

describe('forty-ninth round: a section past the layout\'s own in a copy without blank lines', () => {
  it('`10 Liitteet` right below a field\'s figure is a heading the layout does not know, kept in unmapped (was read as section 9\'s text)', () => {
    const result = parse(pastLayoutBelowFigure);
    expect(result.record!.finalReportSummary).toBeNull();
    expect(result.record!.indicators.participatingCompanies).toEqual({ planned: { total: 30, women: null }, actual: { total: 27, women: null } });
    expect(result.unmapped.map((u) => [u.line, u.value])).toEqual([[10, '10 Liitteet'], [11, 'Hankkeen loppuraportti on saatavilla hakijalta.']]);
    expect(said(result, 'unknown-section')).toEqual([['warning', 10]]);
    expect(said(result, 'ambiguous-prose-boundary')).toEqual([]);
  });

  it('the same with blank lines reads the same (guard: it was right there)', () => {
    const result = parse(pastLayoutBelowFigure.split('\n').join('\n\n'));
    expect(result.record!.finalReportSummary).toBeNull();
    expect(result.unmapped.map((u) => u.value)).toEqual(['10 Liitteet', 'Hankkeen loppuraportti on saatavilla hakijalta.']);
    expect(said(result, 'unknown-section')).toEqual([['warning', 19]]);
  });
});
