// The facts the core issue names, asserted directly (the golden files assert everything else).
import { describe, expect, it } from 'vitest';
import { parseFixture } from './helpers/fixtures.js';

describe('seed 000 (esr-2007-2013)', () => {
  const { record, ok } = parseFixture('fixtures/seeds/000_ddad63b48901b7a4.txt');
  it('reads the project facts', () => {
    expect(ok).toBe(true);
    expect(record!.project.code).toBe('S10843');
    expect(record!.project.period).toEqual({ start: '2008-09-01', end: '2011-08-31' });
    expect(record!.contact.email).toBe('anna.keto-tokoi@thl.fi');
    expect(record!.indicators.participants).toEqual({ planned: { total: 80, women: 35 }, actual: { total: 274, women: 92 } });
    expect(record!.funding.plannedPublicTotal).toBe(694522);
  });
  it('keeps 83 municipalities with official names', () => {
    expect(record!.targetArea.municipalities).toHaveLength(83);
    expect(record!.targetArea.municipalities).toContain('Koski Tl');
    expect(record!.targetArea.municipalities).not.toContain('Tl');
  });
  it('tells the organisation phone from the contact phone by their order', () => {
    expect(record!.organisation.phone).toBe('020 610 6000');
    expect(record!.contact.phone).toBe('020 610 7074');
  });
});

describe('seed 001 (nationwide, national development programme)', () => {
  const { record } = parseFixture('fixtures/seeds/001_870e9aa13936b8c2.txt');
  it('reads the nationwide target area written as prose', () => {
    expect(record!.targetArea.nationwide).toBe(true);
    expect(record!.targetArea.description).toBe('Valtakunnallinen projekti');
    expect(record!.targetArea.municipalities).toEqual([]);
  });
  it('reads the label whose value is on the next line', () => {
    expect(record!.classification.nationalDevelopmentProgramme).toBe('Välityömarkkinat/siirtymätyömarkkinat');
  });
});

describe('seed 002 (1 030 258)', () => {
  it('reads grouped amounts', () => {
    const { record } = parseFixture('fixtures/seeds/002_bcdc1a367ba94878.txt');
    expect(record!.funding.plannedPublicTotal).toBe(1030258);
    expect(record!.targetArea.municipalities).toEqual(['Hartola', 'Heinola', 'Sysmä']);
  });
});

describe('seed 004 (esr-2014-2020)', () => {
  const { record, template } = parseFixture('fixtures/seeds/004_3bb6e26593869c78.txt');
  it('is the 2014–2020 layout', () => {
    expect(template).toBe('esr-2014-2020');
    expect(record!.programmePeriod).toBe('2014-2020');
  });
  it('reads the 15 sustainability rows with their scores', () => {
    const rows = record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows).toHaveLength(15);
    expect(rows[0]).toMatchObject({ category: 'Ekologinen kestävyys', criterion: 'Luonnonvarojen käytön kestävyys', direct: 6, indirect: 9 });
    expect(rows[10]).toMatchObject({ category: 'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus', criterion: 'Hyvinvoinnin edistäminen', direct: 10, indirect: 10 });
    expect(rows.map((r) => [r.direct, r.indirect])).toEqual([
      [6, 9], [6, 8], [4, 8], [4, 8], [5, 8], [5, 8], [5, 8], [6, 8], [5, 8], [5, 8], [10, 10], [9, 9], [8, 9], [4, 8], [4, 8],
    ]);
    expect(rows.every((r) => r.text !== null && r.text.startsWith('Hank') && !r.text.includes('\n'))).toBe(true);
  });
  it('reads the yes/no answers', () => {
    expect(record!.horizontalPrinciples.genderEquality.environmentAnalysis?.answer).toBe(true);
    expect(record!.horizontalPrinciples.genderEquality.primaryGoal).toEqual({
      answer: false,
      text: 'Sukupuolten tasa-arvon edistäminen huomioidaan hankkeen toimenpiteissä valtavirtaistamisen kautta.',
    });
  });
  it('has no realised participant figure', () => {
    expect(record!.indicators.participants.actual).toBeNull();
    expect(record!.indicators.participants.planned).toEqual({ total: 310, women: null });
  });
  it('keeps the applicant address apart from the (empty) implementation address', () => {
    expect(record!.organisation.address).toEqual({ street: 'PL 13', postalCode: '93601', city: 'Kuusamo' });
    expect(record!.targetArea.implementationAddress).toEqual({ street: null, postalCode: null, city: null });
  });
});

describe('seed 003 (project-page)', () => {
  const { record, template, diagnostics } = parseFixture('fixtures/seeds/003_4ea2b71e336645b9.txt');
  it('reads the page facts', () => {
    expect(template).toBe('project-page');
    expect(record!.project.euraId).toBe('2014/4543/09 02 01 01/2016/KESELY');
    expect(record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
    expect(record!.project.tagline).toBe('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.');
    expect(record!.project.period).toEqual({ start: '2017-05-01', end: '2020-04-30' });
    expect(record!.project.status).toEqual({ text: 'Hanke käynnissä', state: 'ongoing' });
    expect(record!.funding.budgetRange).toEqual({ min: 500000, max: 1000000 });
    expect(record!.project.priorityAxis).toEqual({ number: 5, title: null });
    expect(record!.targetArea.regions).toEqual(['Pohjanmaa']);
  });
  it('reads the page sections', () => {
    const page = record!.projectPage;
    expect(page.developmentNeeds.before).toHaveLength(10);
    expect(page.developmentNeeds.before[0]).toBe('Työttömille suunnattu matalan kynnyksen toiminta kohdealueilla ja muissakin kaupunginosissa on tarpeeseen nähden riittämätön');
    expect(page.developmentNeeds.during).toHaveLength(3);
    expect(page.developmentNeeds.after).toEqual([]);
    expect(page.solution).toBeNull();
    expect(page.transferMethod).toBeNull();
    expect(page.modelTransferred).toBeNull();
    expect(page.roles.map((r) => r.role)).toEqual(['Projektitiimi', 'Hankkeen toteuttajaorganisaatio', 'Kumppanit', 'Rahoittaja', 'Ohjausryhma']);
  });
  it('says Kesken. is a placeholder and Tutustu hankkeeseen furniture', () => {
    expect(diagnostics.filter((d) => d.rule === 'placeholder-text').map((d) => d.line)).toEqual([57, 65, 103, 107]);
    expect(diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => [d.severity, d.line])).toEqual([['info', 8]]);
  });
});
