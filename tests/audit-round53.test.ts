// What the fifty-third round found or left: each reproduced on a small invented text or an edited
// fixture, read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
const at = (result: Result, line: number) => result.diagnostics.filter((d) => d.line === line).map((d) => [d.severity, d.rule]);

const seed2007 = fixture('seeds/000_ddad63b48901b7a4.txt');
const withPlanned = (written: string) => seed2007.replace('Suunniteltu: 80, joista naisia 35', `Suunniteltu: ${written}`);

describe('fifty-third round: the women and the men each a figure before its word', () => {
  it('`80 (35 naista, 45 miestä)` reads women 35, noted (was the total only, a warning)', () => {
    const result = parse(withPlanned('80 (35 naista, 45 miestä)'));
    expect(result.record!.indicators.participants.planned).toEqual({ total: 80, women: 35 });
    expect(at(result, 69)).toEqual([['info', 'normalised-value']]);
  });

  it('`80, 35 naista ja 45 miestä` and the men first (`80 (45 miestä, 35 naista)`) read alike; `80 (35 naista)` too', () => {
    for (const written of ['80, 35 naista ja 45 miestä', '80 (45 miestä, 35 naista)', '80 (35 naista)']) {
      const result = parse(withPlanned(written));
      expect(result.record!.indicators.participants.planned).toEqual({ total: 80, women: 35 });
      expect(at(result, 69)).toEqual([['info', 'normalised-value']]);
    }
  });

  it('a semicolon before the women clause (`120; naisia 50`, `120; joista naisia 50`) reads the women, noted (was the total only, round 52\'s Left)', () => {
    for (const written of ['120; naisia 50', '120; joista naisia 50']) {
      const result = parse(withPlanned(written));
      expect(result.record!.indicators.participants.planned).toEqual({ total: 120, women: 50 });
      expect(at(result, 69)).toEqual([['info', 'normalised-value']]);
    }
  });

  it('another group after the women (`120, joista naisia 50, nuoria 30`) reads the women, the group said not read (was the total only, round 52\'s Left)', () => {
    const result = parse(withPlanned('120, joista naisia 50, nuoria 30'));
    expect(result.record!.indicators.participants.planned).toEqual({ total: 120, women: 50 });
    expect(result.diagnostics.filter((d) => d.line === 69).map((d) => [d.severity, d.rule, d.message.endsWith('the group "nuoria 30" is not read')])).toEqual([['warning', 'invalid-number', true]]);
  });

  it('figures that do not make the total (`80 (35 naista, 40 miestä)`) keep both read, a warning', () => {
    const result = parse(withPlanned('80 (35 naista, 40 miestä)'));
    expect(result.record!.indicators.participants.planned).toEqual({ total: 80, women: 35 });
    expect(at(result, 69)).toEqual([['warning', 'invalid-number']]);
  });

  it('other groups (`80 (35 nuorta, 45 aikuista)`) or a third figure leave the women unread, a warning', () => {
    for (const written of ['80 (35 nuorta, 45 aikuista)', '80 (35 naista, 45 miestä, 3 muuta)']) {
      const result = parse(withPlanned(written));
      expect(result.record!.indicators.participants.planned).toEqual({ total: 80, women: null });
      expect(at(result, 69)).toEqual([['warning', 'invalid-number']]);
    }
  });
});

describe('fifty-third round: a wrap after a lower-case abbreviation\'s hyphen', () => {
  const page = fixture('pages/ended.txt');
  it('`ely-` / `keskuksen` keeps its hyphen (was `elykeskuksen`, round 52\'s Left), `te-` / `kijät` is a syllable\'s', () => {
    const sentence = 'Yritykset tarjosivat työkokeilupaikkoja.';
    expect(page).toContain(sentence);
    const wrapped = page.replace(sentence, 'Yritykset ja alueen ely-\nkeskuksen edustajat sekä\nhankkeen te-\nkijät kehittivät yhdessä uusia palveluja.');
    const result = parse(deriveShape(wrapped, 'wrap60', 30));
    expect(result.record!.projectPage.roles.at(-1)!.text).toBe('Yritykset ja alueen ely-keskuksen edustajat sekä hankkeen tekijät kehittivät yhdessä uusia palveluja.');
  });
});

describe('fifty-third round: English and Swedish answers and phrases (audit P)', () => {
  const esr2014 = fixture('shapes/react-eu/priority-axis-9.txt');
  it('`Maakunnat: Whole country` (and `All of Finland`, `Entire country`) is nationwide, noted (was false, the name unknown)', () => {
    for (const phrase of ['Whole country', 'All of Finland', 'Entire country']) {
      const result = parse(esr2014.replace('Maakunnat: Pirkanmaa\n\nSeutukunnat: Tampereen\n\nKunnat: Tampere, Nokia, Ylöjärvi', `Maakunnat: ${phrase}\n\nSeutukunnat:\n\nKunnat:`));
      expect(result.record!.targetArea.nationwide).toBe(true);
      expect(at(result, 67)).toEqual([['info', 'normalised-value']]);
    }
  });

  it('yes/no answers in English or Swedish (`Yes`, `Nej`, `Kyllä / Yes`) are read, noted (were null, a warning); `Kyllä / Ei` stays no answer', () => {
    const answered = (answer: string) => parse(esr2014.replace('sukupuolinäkökulmasta: Kyllä', `sukupuolinäkökulmasta: ${answer}`));
    for (const [answer, value] of [['Yes', true], ['Ja', true], ['No', false], ['Nej', false], ['Kyllä / Yes', true], ['Ei / No', false]] as const) {
      const result = answered(answer);
      expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis!.answer).toBe(value);
      expect(at(result, 87)).toEqual([['info', 'normalised-value']]);
    }
    const both = answered('Kyllä / Ei');
    expect(both.record!.horizontalPrinciples.genderEquality.environmentAnalysis!.answer).toBe(null);
    expect(at(both, 87)).toEqual([['warning', 'invalid-value']]);
  });
});
