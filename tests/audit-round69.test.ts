// What the sixty-ninth round mended of its blind audits: EA (descriptions of 2007–2013, ESR and EAKR,
// at full length, in every shape and cut), EB (2014–2020 sections 3–8 as projects fill them in) and EC
// (project pages), and of the differential reviews RV1 and RV2 of the mends. Each case is a seed with one
// change, tidy or in a derived shape; the mends' cases fail on the round's start (42ccd9a), the guards
// pass on both.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { at, lineOf, rewrite, seed, strongCuts } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const seed2007 = seed('000_ddad63b48901b7a4');
const seed2014 = seed('004_3bb6e26593869c78');

/** Seed 000 as an EAKR description of 2007–2013, which ends with its funding: its sections 8 and 9 left off, saved without a final line break. */
const eakrEndingWith = (lastAmount: string, earlier = (text: string) => text) => {
  let text = rewrite(seed2007, 'Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus', 'Euroopan aluekehitysrahaston (EAKR) rahoittaman projektin kuvaus');
  text = rewrite(text, 'Projektikoodi: S10843', 'Projektikoodi: A31843');
  text = text.slice(0, text.indexOf('Toteutunut julkinen rahoitus yhteensä: 674 523')) + lastAmount;
  return earlier(text);
};

describe('sixty-ninth round, audit EA: descriptions of 2007–2013 whole and cut', () => {
  it('an EAKR copy ending with its funding, without a final line break, is whole when its last amount is `0`, stands below its label, or the amounts above carry `€` (was taken as cut, the amount null)', () => {
    const cases: [string, string, number][] = [
      ['zero', 'Toteutunut julkinen rahoitus yhteensä: 0', 0],
      ['below its label', 'Toteutunut julkinen rahoitus yhteensä:\n\n674 523', 674523],
      ['others with €', 'Toteutunut julkinen rahoitus yhteensä: 674 523', 674523],
    ];
    for (const [name, last, amount] of cases) {
      const text = eakrEndingWith(last, name === 'others with €' ? (t) => rewrite(t, 'Myönnetty EU- ja valtion rahoitus: 592 722', 'Myönnetty EU- ja valtion rahoitus: 592 722 €') : undefined);
      const result = parse(text);
      expect(result.record!.fund, name).toBe('EAKR');
      expect(result.record!.funding.actualPublicTotal, name).toBe(amount);
      expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off' || d.rule === 'value-cut-off'), name).toEqual([]);
    }
  });

  it('guard: a last amount a thousandth of the others, `674`, is still taken as cut there', () => {
    const result = parse(eakrEndingWith('Toteutunut julkinen rahoitus yhteensä: 674'));
    expect(result.record!.funding.actualPublicTotal).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off').length).toBe(1);
  });

  it('a technical-assistance copy cut after its funding heading\'s number `4.` (its summary numbered `3.`) is said cut there (was unsaid, `4.` in the summary)', () => {
    let text = rewrite(seed2007, '5. Suunnitelman mukainen tiivistelmä toteutuksesta', '3. Suunnitelman mukainen tiivistelmä toteutuksesta');
    const summaryEnd = text.indexOf('6. Tiedotus ja hyvien käytäntöjen levittäminen');
    text = text.slice(0, text.indexOf('3. Projektin toteutusalue ja kohderyhmän kuvaus')) + text.slice(text.indexOf('3. Suunnitelman mukainen'), summaryEnd) + '4.\n';
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line])).toEqual([['warning', lineOf(text, '4.')]]);
  });

  it('a heading\'s number alone right below its section\'s heading, `3.1`, in a copy with a blank line elsewhere, is said cut there (was the area\'s description, unsaid)', () => {
    const top = seed2007.slice(0, seed2007.indexOf('3.1 Maantieteellinen kohdealue'));
    // (No blank lines but one, as a person's copy has them.)
    const text = `${top.replace(/\n\n+/gu, '\n').replace('1. Projekti\n', '1. Projekti\n\n')}3.1\n`;
    const result = parse(text);
    expect(result.record!.targetArea.description).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line)).toEqual([lineOf(text, '3.1')]);
  });

  it('an 8.1 classification wrapped over two lines and cut inside its second line, saved with a line break, is said cut (was read whole, unsaid)', () => {
    const start = seed2007.indexOf('8.1 Horisontaalinen luokittelu');
    const section = seed2007.slice(start, seed2007.indexOf('9. Loppuraportin tiivistelmä'));
    const line = section.split('\n').find((l) => l.startsWith('Kestävä kehitys: '))!;
    const value = line.slice('Kestävä kehitys: '.length);
    const words = value.split(' ');
    expect(words.length).toBeGreaterThan(4);
    const firstLine = `Kestävä kehitys: ${words.slice(0, -1).join(' ')}`;
    const cutWord = words.at(-1)!.slice(0, -2);
    const text = `${seed2007.slice(0, start)}${section.slice(0, section.indexOf(line))}${firstLine}\n${cutWord}\n`;
    const result = parse(text);
    expect(at(result, '/classification/sustainableDevelopment').map(([severity, rule]) => [severity, rule])).toContainEqual(['warning', 'value-cut-off']);
    expect(strongCuts(result).map((d) => d.line)).toEqual([lineOf(text, cutWord)]);
  });
});

describe('sixty-ninth round, audit EB: 2014–2020 sections 3–8 as projects fill them in', () => {
  it('a street field of its own holding two addresses is said at the street (was kept with the fields\' postal code, unsaid)', () => {
    const text = rewrite(seed2014, 'Jakeluosoite: PL 13', 'Jakeluosoite: Kiviharjuntie 4, 90220 Oulu / Torikatu 2, 90100 Oulu');
    const result = parse(text);
    expect(result.record!.organisation.address.street).toBe('Kiviharjuntie 4, 90220 Oulu / Torikatu 2, 90100 Oulu');
    expect(at(result, '/organisation/address/street')).toEqual([['warning', 'invalid-value', lineOf(text, 'Jakeluosoite: Kiviharjuntie 4, 90220 Oulu / Torikatu 2, 90100 Oulu')]]);
  });

  it('guard: a street field holding its own whole address, agreeing with the fields, is split with an info only', () => {
    const text = rewrite(seed2014, 'Jakeluosoite: PL 13', 'Jakeluosoite: Kiviharjuntie 4, 93601 Kuusamo');
    const result = parse(text);
    expect(result.record!.organisation.address.street).toBe('Kiviharjuntie 4');
    expect(at(result, '/organisation/address/street').map(([severity]) => severity)).toEqual(['info']);
  });

  it('a municipality list ending with `ja` or `sekä` goes on to the next name in a copy without blank lines (was a name `Kempele ja`, the next the area\'s description)', () => {
    for (const word of ['ja', 'sekä']) {
      const text = deriveShape(rewrite(seed2014, 'Kunnat: Kuusamo', `Kunnat: Kuusamo, Taivalkoski ${word}\nPosio`), 'noblank');
      const area = parse(text).record!.targetArea;
      expect(area.municipalities, word).toEqual(['Kuusamo', 'Taivalkoski', 'Posio']);
      expect(area.municipalityCodes, word).toEqual(['305', '832', '614']);
      expect(area.description, word).toBe(parse(deriveShape(seed2014, 'noblank')).record!.targetArea.description);
    }
  });

  it('a count multiplied or given as alternatives (`2 x 15`, `3 ryhmää x 10`, `30 tai 40`, `30 (2016) 40 (2017)`) is not read, said (was its first figure as the total)', () => {
    for (const written of ['2 x 15', '3 ryhmää x 10', '30 tai 40', '30 (2016) 40 (2017)']) {
      const text = rewrite(seed2014, 'Suunniteltu: 20\n', `Suunniteltu: ${written}\n`);
      const result = parse(text);
      const path = result.diagnostics.find((d) => d.line === lineOf(text, `Suunniteltu: ${written}`))?.path;
      expect(path, written).toBeDefined();
      const indicator = path!.split('/').slice(1);
      const value = indicator.reduce<unknown>((object, key) => (object as Record<string, unknown>)[key], result.record);
      expect(value, written).toBeNull();
      expect(at(result, path!), written).toEqual([['warning', 'invalid-number', lineOf(text, `Suunniteltu: ${written}`)]]);
    }
  });

  it('guard: a count with its unit or a remark, `20 henkilöä`, `20 (arvio)`, is still read', () => {
    for (const written of ['20 henkilöä', '20 (arvio)']) {
      const text = rewrite(seed2014, 'Suunniteltu: 20\n', `Suunniteltu: ${written}\n`);
      const result = parse(text);
      const path = result.diagnostics.find((d) => d.line === lineOf(text, `Suunniteltu: ${written}`))?.path ?? '/indicators/participants/planned';
      const value = path.split('/').slice(1).reduce<unknown>((object, key) => (object as Record<string, unknown>)[key], result.record);
      expect((value as { total: number } | null)?.total, written).toBe(20);
    }
  });
});

describe('sixty-ninth round, reviews RV1 and RV2 of the mends, and audit EC: project pages', () => {
  it('guard (RV1): an ESR copy whose funding is numbered otherwise (`6.`), without sections 8 and 9, is still said cut at its last amount', () => {
    let text = rewrite(seed2007, '7. Projektin julkinen rahoitus, euroa', '6. Projektin julkinen rahoitus, euroa');
    text = text.slice(0, text.indexOf('Toteutunut julkinen rahoitus yhteensä: 674 523')) + 'Toteutunut julkinen rahoitus yhteensä: 0';
    const result = parse(text);
    expect(result.record!.funding.actualPublicTotal).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off').length).toBe(1);
  });

  it('an EAKR copy ending with its last amount and its unit below its empty label is whole (RV1; was taken as cut)', () => {
    const result = parse(eakrEndingWith('Toteutunut julkinen rahoitus yhteensä:\n\n674 523 €'));
    expect(result.record!.funding.actualPublicTotal).toBe(674523);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off' || d.rule === 'value-cut-off')).toEqual([]);
  });

  it('an 8.1 classification below its empty label, or wrapped over five lines, cut in its last line, is said cut (RV1; was unsaid)', () => {
    const start = seed2007.indexOf('Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena');
    for (const written of ['Innovatiivisuus:\nEi erityistä innovatiivisuutta\nprojektin tavoittee\n', 'Innovatiivisuus: Ei\nerityistä\ninnovatiivisuutta\nprojektin\ntavoittee\n']) {
      const text = seed2007.slice(0, start) + written;
      const result = parse(text);
      expect(at(result, '/classification/innovativeness').map(([severity, rule]) => [severity, rule]), written).toContainEqual(['warning', 'value-cut-off']);
    }
  });

  it('a count below its empty label that another figure makes no total of stays its field\'s, said there (RV2; was unmapped); guards: a women\'s figure after a bracketed date keeps the total, `40 max 50` is no multiplier', () => {
    for (const [written, total] of [['274 (31.12.2018) 92 naista', 274], ['40 max 50', 40]] as const) {
      const text = rewrite(seed2014, 'Suunniteltu: 20\n', `Suunniteltu: ${written}\n`);
      expect(parse(text).record!.indicators.participatingCompanies.planned?.total, written).toBe(total);
    }
    const text = rewrite(seed2014, 'Suunniteltu: 20\n', 'Suunniteltu:\n\n2 x 15\n');
    const result = parse(text);
    expect(result.record!.indicators.participatingCompanies.planned).toBeNull();
    expect(at(result, '/indicators/participatingCompanies/planned').filter(([severity]) => severity !== 'info')).toEqual([['warning', 'invalid-number', lineOf(text, '2 x 15')]]);
    expect(result.unmapped).toEqual([]);
  });

  it('guards (RV2): a list word goes on only to names of the list\'s own kind, without a list\'s marker', () => {
    const regions = parse(deriveShape(rewrite(seed2014, 'Maakunnat: Pohjois-Pohjanmaa', 'Maakunnat: Pohjois-Pohjanmaa ja\nOulu'), 'noblank')).record!.targetArea;
    expect(regions.regions).not.toContain('Oulu');
    const marked = parse(deriveShape(rewrite(seed2014, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo, Taivalkoski ja\n- Posio'), 'noblank')).record!.targetArea;
    expect(marked.municipalities).not.toContain('- Posio');
  });

  it('a project page\'s axis naming its fund in other forms (`Toimintalinja 5 (ESR) – …`, `… (ESR)`, `[ESR]`, `(REACT-EU, ESR)`) gives the fund (EC; was null)', () => {
    const seedPage = seed('003_4ea2b71e336645b9');
    for (const axis of ['Toimintalinja 5 (ESR) – Sosiaalinen osallisuus', '5. Sosiaalinen osallisuus ja köyhyyden torjunta (ESR)', 'Toimintalinja 5 [ESR]', 'Toimintalinja 9 (REACT-EU, ESR)']) {
      const text = rewrite(rewrite(seedPage, 'Toimintalinja 5 (ESR) | 01.05.2017', 'Toimintalinja 5 | 01.05.2017'), 'Toimintalinja: Toimintalinja 5 (ESR)', `Toimintalinja: ${axis}`);
      const result = parse(text);
      expect(result.record!.fund, axis).toBe('ESR');
      expect(at(result, '/fund'), axis).toEqual([['info', 'normalised-value', lineOf(text, `Toimintalinja: ${axis}`)]]);
    }
  });

  it('a page naming two programme periods does not read either from its words, said (EC; was the first, with an info)', () => {
    const seedPage = seed('003_4ea2b71e336645b9');
    const text = rewrite(seedPage, 'Budjetti: 500000-1000000 €', 'Budjetti: 500000-1000000 €\nOhjelmakausi: 2007–2013 ja 2014–2020');
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.line === lineOf(text, 'Ohjelmakausi: 2007–2013 ja 2014–2020')).map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-value']]);
    // (The period then comes from the page's EURA id, `2014/…`.)
    expect(result.record!.programmePeriod).toBe('2014-2020');
  });
});

describe('sixty-ninth round, audit EC: a browser print\'s header wrapped at a later page\'s top', () => {
  it('is the header again, not the end of the text above it (was joined to the summary, unsaid)', () => {
    const seedPage = seed('003_4ea2b71e336645b9');
    const header = '14.2.2019 10.12                              Osallisuuden askeleet työllistymispoluille';
    const paragraph = 'Hankkeen tavoitteena on Ristinummella, Vähässäkyrössä ja Vaasan keskusta-alueella asuvien';
    const first = seedPage.split('\n').find((line) => line.startsWith(paragraph))!;
    for (const [wrapped, site] of [[header, '- Rakennerahastot'], [`${header} -`, 'Rakennerahastot']]) {
      const top = `${header} - Rakennerahastot\nhttps://www.rakennerahastot.fi/hanke/osallisuuden-askeleet                     1/2\n\n`;
      const text = top + rewrite(seedPage, `${first}\n`, `${first}\n${wrapped}\n${site}\nhttps://www.rakennerahastot.fi/hanke/osallisuuden-askeleet                     2/2\n`);
      const result = parse(text);
      expect(result.record!.summary, site).toBe(parse(top + seedPage).record!.summary);
      expect(result.diagnostics.filter((d) => d.line === lineOf(text, site)).map((d) => d.rule), site).toEqual(['page-furniture']);
    }
  });
});

describe('sixty-ninth round, review RV3 of the later mends', () => {
  const seedPage = seed('003_4ea2b71e336645b9');
  const withAxis = (axis: string) => rewrite(rewrite(seedPage, 'Toimintalinja 5 (ESR) | 01.05.2017', 'Toimintalinja 5 | 01.05.2017'), 'Toimintalinja: Toimintalinja 5 (ESR)', `Toimintalinja: ${axis}`);

  it('a fund marked in lower case or in English (`(eakr)`, `(ERDF)`) is read; the letters in the axis\'s words, or `ESR plus`, are not (guards)', () => {
    expect(parse(withAxis('Toimintalinja 5 (eakr) – Tieto- ja viestintätekniikka')).record!.fund).toBe('EAKR');
    expect(parse(withAxis('Toimintalinja 5 (ERDF) – ICT')).record!.fund).toBe('EAKR');
    for (const axis of ['Toimintalinja 1: Pk-yritysten kilpailukyky (yhteistyössä ESR-hankkeiden kanssa)', 'Toimintalinja 4 (ESR plus) – Työllisyys']) {
      expect(parse(withAxis(axis)).record!.fund, axis).toBeNull();
    }
  });

  it('`Ohjelmakausi: 2000–2006 ja 2007–2013` names two periods (was the second, with an info); a project\'s own years beside its period do not (guard)', () => {
    const two = rewrite(seedPage, 'Budjetti: 500000-1000000 €', 'Budjetti: 500000-1000000 €\nOhjelmakausi: 2000–2006 ja 2007–2013');
    expect(parse(two).diagnostics.filter((d) => d.line === lineOf(two, 'Ohjelmakausi: 2000–2006 ja 2007–2013')).map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-value']]);
    const own = rewrite(seedPage, 'Budjetti: 500000-1000000 €', 'Budjetti: 500000-1000000 €\nOhjelmakausi: 2014–2020 (hanke 2017–2020)');
    expect(parse(own).diagnostics.filter((d) => d.line === lineOf(own, 'Ohjelmakausi: 2014–2020 (hanke 2017–2020)') && d.severity !== 'info')).toEqual([]);
  });
});

describe('sixty-ninth round, audit EC: a page\'s sentence ending in a colon', () => {
  it('a paragraph of two sentences, the second ending in a colon, is the text\'s, not a heading (was an unknown section, the summary null)', () => {
    const seedPage = seed('003_4ea2b71e336645b9');
    const first = seedPage.split('\n').find((line) => line.startsWith('Hankkeen tavoitteena on Ristinummella'))!;
    const intro = 'Hankkeessa kehitetään toimintaa kolmella alueella. Toiminta koostuu kolmesta osasta:';
    // (On a page without its `Toimintatavat` heading, whose word the sentence's `Toiminta` shares.)
    const text = rewrite(rewrite(seedPage, '\nToimintatavat\n', '\n'), `${first}\n`, `${intro}\n\n${first}\n`);
    const result = parse(text);
    expect(result.record!.summary!.startsWith(`${intro}\n\n${first}`)).toBe(true);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
  });
});
