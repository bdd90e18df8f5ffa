// What the seventy-ninth round mended: what its three white-box audits found — WG (the line classifier: what it
// takes for a page's furniture), WF (how a field's and a block's value is taken from its lines) and WH (what is
// derived, what the rules say and what `--redact` hides). The mends' cases fail on the round's start (99da9a0), the
// guards pass on both.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { lineOf, rewrite, seed } from './helpers/edits.js';
import { redactedWith, seed2014, summaryLine } from './helpers/redaction.js';
import { redact } from '../src/redact.js';
import { deriveShape, unexplained } from './helpers/shapes.js';

const read = (text: string | Buffer, template?: string) => analyse(typeof text === 'string' ? Buffer.from(text) : text, { file: 'x.txt', ...(template ? { template } : {}) }).result;
const seed2007 = seed('000_ddad63b48901b7a4');
/** The text with `added` lines put right above its first line that starts with `before`. */
const insertAbove = (text: string, before: string, added: string[]) => {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(before));
  if (at === -1) throw new Error(`no line starts with ${before}`);
  return [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n');
};
const FINAL_2014 = 'Välittävät verkostot –hankkeen tavoitteena oli mallintaa';
const warnedAt = (result: ReturnType<typeof read>, line: number) => result.diagnostics.some((d) => d.line === line && d.severity !== 'info');
const furnitureAt = (result: ReturnType<typeof read>, line: number) => result.diagnostics.some((d) => d.line === line && d.rule === 'page-furniture');

describe('seventy-ninth round, audit WG: the text\'s own lines a pattern of page furniture fits', () => {
  it('figures written as fractions alone on their lines are the text\'s, not page counts (F2: `12/15`, `23/20` dropped)', () => {
    const text = insertAbove(seed2014, FINAL_2014, ['Hankkeen tulokset (toteutunut/tavoite):', 'Työllistyneet avoimille työmarkkinoille', '12/15', 'Koulutukseen ohjautuneet', '8/10', 'Kuntoutukseen ohjautuneet', '23/20', '']);
    const result = read(text);
    expect(result.record!.finalReportSummary).toContain('Työllistyneet avoimille työmarkkinoille\n12/15\nKoulutukseen ohjautuneet\n8/10\nKuntoutukseen ohjautuneet\n23/20');
    for (const figure of ['12/15', '8/10', '23/20']) expect(furnitureAt(result, lineOf(text, figure))).toBe(false);
  });
  it('so are a count past a description\'s pages and one below its intro after a blank line (F2b, F2c)', () => {
    const text = insertAbove(seed2007, 'Projektissa kehitettiin kuntouttavan', ['Koulutuspäiviin osallistuneet ohjaajat / kaikki ohjaajat:', '', '45/60', '', 'Asiakaskyselyyn vastanneet (kaikki asiakkaat):', '', '112 (274)', '']);
    expect(read(text).record!.finalReportSummary).toMatch(/^Koulutuspäiviin osallistuneet ohjaajat \/ kaikki ohjaajat:\n\n45\/60\n\nAsiakaskyselyyn vastanneet \(kaikki asiakkaat\):\n\n112 \(274\)\n\nProjektissa/u);
    // (One alone below its intro may be a page's count too: kept in unmapped, said.)
    const bracket = insertAbove(seed2014, FINAL_2014, ['Työllistyneet (tavoite suluissa):', '12 (15)', '']);
    const result = read(bracket);
    expect(result.unmapped.map((u) => u.value)).toContain('12 (15)');
    expect(warnedAt(result, lineOf(bracket, '12 (15)'))).toBe(true);
  });
  it('guard: a fraction alone between paragraphs is a page\'s count, said as furniture (rounds 10 and 75)', () => {
    const text = insertAbove(seed2014, FINAL_2014, ['3/4', '']);
    const result = read(text);
    expect(result.record).toEqual(read(seed2014).record);
    expect(furnitureAt(result, lineOf(text, '3/4'))).toBe(true);
  });
  it('guard: a printed copy\'s page counts, their pages going up, are furniture, the record as the tidy one\'s', () => {
    const tidy = read(seed2014);
    const lines = seed2014.split('\n');
    const printed = [...lines.slice(0, 60), '1/3', ...lines.slice(60, 130), '2/3', ...lines.slice(130), '3/3'].join('\n');
    const result = read(printed);
    expect(result.record).toEqual(tidy.record);
    expect(result.unmapped).toEqual(tidy.unmapped);
  });
  it('events with their date, time and place are the text\'s list, not a browser\'s print header (F3)', () => {
    const events = ['12.3.2015 klo 9.00 Avausseminaari – Kuusamon kaupungintalo', '10.6.2016 klo 12.00 Työpaja ohjaajille – Kuusamo-talo', '14.11.2018 klo 13.00 Loppuseminaari – Kuusamon kaupungintalo'];
    const text = insertAbove(seed2014, FINAL_2014, ['Hankkeen julkiset tilaisuudet:', ...events, '']);
    expect(read(text).record!.finalReportSummary).toContain(['Hankkeen julkiset tilaisuudet:', ...events].join('\n'));
    const one = insertAbove(seed2014, FINAL_2014, ['Hankkeen loppuseminaari pidettiin:', '', events[2], '']);
    expect(read(one).record!.finalReportSummary).toContain(events[2]);
  });
  it('guard: a browser\'s print header on each page, its date and time the same, is furniture', () => {
    const tidy = read(seed2014);
    const header = '14.2.2019 klo 10.12 Välittävät verkostot – Esimerkkisivusto';
    const lines = seed2014.split('\n');
    const printed = [header, ...lines.slice(0, 100), header, ...lines.slice(100)].join('\n');
    const result = read(printed);
    expect(result.record).toEqual(tidy.record);
  });
  it('a list of channels below its intro, ending a section before the next heading, is kept in unmapped and said (F4: dropped, an info only)', () => {
    // (Not read into the text: a page's language switch or menu below an intro looks the same. Reviews RVA, RVC.)
    const text = insertAbove(seed2007, '6.2 Suunnitelma hyvien käytäntöjen levittämisestä', ['Hanke viestii seuraavissa kanavissa:', '', 'Facebook', 'Instagram', 'YouTube', '']);
    const result = read(text);
    expect(result.unmapped.map((u) => u.value)).toEqual(['Facebook', 'Instagram', 'YouTube']);
    for (const item of ['Facebook', 'Instagram', 'YouTube']) expect(warnedAt(result, lineOf(text, item)), item).toBe(true);
  });
  it('guard: a web page\'s buttons before each heading are still furniture', () => {
    const tidy = read(seed2007);
    const text = insertAbove(seed2007, '6.2 Suunnitelma hyvien käytäntöjen levittämisestä', ['Tulosta', '']);
    expect(read(text).record).toEqual(tidy.record);
  });
  it('items at the text\'s end below their intro, each after a blank line, are kept in unmapped and said (F1: dropped, an info only)', () => {
    // (Not read into the text: a page's footer, menu or language switch after the text looks the same. Reviews RVA, RVC.)
    const channels = `${seed2007}\nHankkeen materiaalit ja videot löytyvät seuraavista kanavista:\n\nFacebook\n\nYouTube\n\nLinkedIn`;
    const result = read(channels);
    expect(result.record!.finalReportSummary).toMatch(/kanavista:$/u);
    expect(result.unmapped.map((u) => u.value)).toEqual(['Facebook', 'YouTube', 'LinkedIn']);
    for (const item of ['Facebook', 'YouTube', 'LinkedIn']) expect(warnedAt(result, lineOf(channels, item)), item).toBe(true);
  });
  it('guard (review RVA): a list below its intro, then a blank line and a page\'s footer, leaves the footer furniture', () => {
    const text = `${seed2014.trimEnd()}\n\nHankkeen päätuotokset ovat:\n- sosiaalisen kuntoutuksen toimintamalli\n- vastuutyöntekijämalli\n\nEuroopan unioni\nEuroopan sosiaalirahasto\n\nSaavutettavuusseloste\nTietosuoja\n\n© 2020 Rakennerahastot\n`;
    expect(read(text).record!.finalReportSummary).toMatch(/- vastuutyöntekijämalli$/u);
  });
  it('guard (review RVA): page counts in a page\'s footer and the next one\'s header, two lines apart, are furniture', () => {
    const lines = seed2014.split('\n');
    const printed = [...lines.slice(0, 74), '', '1/3', '', '2/3', '', ...lines.slice(74, 140), '', '2/3', '', '3/3', '', ...lines.slice(140)].join('\n');
    const result = read(printed);
    expect(result.record).toEqual(read(seed2014).record);
    expect(result.unmapped).toEqual([]);
  });
  it('guard (review RVA): a print\'s buttons below an intro before a heading stay furniture', () => {
    const text = insertAbove(seed2014, '4 Hankkeen kohderyhmät', ['Hankkeen tiedotus tapahtuu seuraavissa kanavissa:', '', 'Tulosta', 'Jaa sivu', '']);
    expect(read(text).record!.summary).toMatch(/kanavissa:$/u);
  });
});

describe('seventy-ninth round, audit WF: how a field\'s and a block\'s value is taken from its lines', () => {
  const seed2007b = seed('002_bcdc1a367ba94878');
  it('area names one a paragraph are all the list\'s, from the first on the label\'s line (F6: the rest the description, unsaid)', () => {
    const municipalities = rewrite(seed2014, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo\n\nTaivalkoski');
    const area = read(municipalities).record!.targetArea;
    expect([area.municipalities, area.municipalityCodes, area.description]).toEqual([['Kuusamo', 'Taivalkoski'], ['305', '832'], null]);
    const regions = read(rewrite(seed2014, 'Maakunnat: Pohjois-Pohjanmaa', 'Maakunnat: Pohjois-Pohjanmaa\n\nLappi')).record!.targetArea;
    expect([regions.regions, regions.description]).toEqual([['Pohjois-Pohjanmaa', 'Lappi'], null]);
    const below = read(rewrite(seed2007b, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat:\n\nHartola\n\nHeinola\n\nSysmä')).record!.targetArea;
    expect([below.municipalities, below.description]).toEqual([['Hartola', 'Heinola', 'Sysmä'], null]);
  });
  it('guard: a sentence below a one-name list is the area\'s description', () => {
    const text = rewrite(seed2014, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo\n\nToiminta keskittyy Kuusamon keskustaan.');
    const area = read(text).record!.targetArea;
    expect([area.municipalities, area.description]).toEqual([['Kuusamo'], 'Toiminta keskittyy Kuusamon keskustaan.']);
  });
  const withBlock = (below: string) =>
    rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nPohjolan ammattiopisto, 1234567-1\nJärvikylän kunta, 2345678-0\n${below}`);
  it('a note below the entries that names an organisation with its Y-tunnus is said where it is read as an entry (F1)', () => {
    for (const note of ['\nHankkeen rahoittajana toimii myös Kuusamon kaupunki, 0191012-9', 'Yhteistyökumppanina toimii Kuusamon kaupunki, 0191012-9']) {
      const text = withBlock(note);
      const result = read(text);
      expect(result.record!.organisation.coImplementers.map((entry) => entry.businessId)).toEqual(['1234567-1', '2345678-0', '0191012-9']);
      expect(warnedAt(result, lineOf(text, note.trim()))).toBe(true);
    }
  });
  it('guard: entries with their Y-tunnus say nothing of themselves', () => {
    const text = withBlock('Kuusamon kaupungin sosiaali- ja terveyspalvelut, 0191012-9');
    const result = read(text);
    expect(warnedAt(result, lineOf(text, 'Kuusamon kaupungin sosiaali- ja terveyspalvelut, 0191012-9'))).toBe(false);
  });
  it('an entry\'s Y-tunnus followed by a sentence is read, the sentence said (F4: "has no Y-tunnus")', () => {
    const text = withBlock('Kuusamon kaupunki, 0191012-9. Vastaa asiakasohjauksesta.');
    const result = read(text);
    expect(result.record!.organisation.coImplementers[2]).toEqual({ name: 'Kuusamon kaupunki', businessId: '0191012-9' });
    expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id')).toEqual([]);
    expect(warnedAt(result, lineOf(text, 'Kuusamon kaupunki, 0191012-9. Vastaa asiakasohjauksesta.'))).toBe(true);
  });
  it('guard (review RVB): an organisation\'s name holding a verb after its first word is no note', () => {
    const text = withBlock('Elämä on parasta huumetta ry, 0191012-9');
    expect(warnedAt(read(text), lineOf(text, 'Elämä on parasta huumetta ry, 0191012-9'))).toBe(false);
  });
  it('guard (review RVB): a project named with a word like a placeholder keeps its name', () => {
    expect(read(rewrite(seed2014, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: SAMA')).record!.project.name).toBe('SAMA');
  });
  it('a remark in a figure\'s label naming a narrower group, another unit, a share or a part is said (F2: an info only)', () => {
    for (const [from, to] of [
      ['Suunniteltu: 310', 'Suunniteltu (alle 30-vuotiaat): 310'],
      ['Suunniteltu: 310', 'Suunniteltu (htv): 310'],
      ['Myönnetty EU- ja valtion rahoitus: 520 000', 'Myönnetty EU- ja valtion rahoitus (EU-osuus): 520 000'],
    ] as const) {
      const text = rewrite(seed2014, from, to);
      expect(warnedAt(read(text), lineOf(text, to)), to).toBe(true);
    }
    // (Guard: the unit euros, a date or a source is the label's note only.)
    const euros = rewrite(seed2014, 'Myönnetty EU- ja valtion rahoitus: 520 000', 'Myönnetty EU- ja valtion rahoitus (euroa): 520 000');
    expect(warnedAt(read(euros), lineOf(euros, 'Myönnetty EU- ja valtion rahoitus (euroa): 520 000'))).toBe(false);
  });
  it('a note in the past tense below the entries is said too (review RVB G4)', () => {
    const text = withBlock('Hanketta rahoitti myös Kuusamon kaupunki, 0191012-9');
    expect(warnedAt(read(text), lineOf(text, 'Hanketta rahoitti myös Kuusamon kaupunki, 0191012-9'))).toBe(true);
  });
  it('guard (review RVD): a unit named with a noun like a verb (`tekninen toimi`) and a remark saying the figure is the whole are said nothing of', () => {
    const text = withBlock('Kuusamon kaupungin tekninen toimi, 0191012-9');
    expect(warnedAt(read(text), lineOf(text, 'Kuusamon kaupungin tekninen toimi, 0191012-9'))).toBe(false);
    for (const to of ['Myönnetty EU- ja valtion rahoitus (EU:n ja valtion osuus): 520 000', 'Myönnetty EU- ja valtion rahoitus (josta EU-osuus 60 %): 520 000']) {
      const whole = rewrite(seed2014, 'Myönnetty EU- ja valtion rahoitus: 520 000', to);
      expect(warnedAt(read(whole), lineOf(whole, to)), to).toBe(false);
    }
  });
  it('two organisations of two kinds on two lines, read as one name, are said (F5: an info only)', () => {
    const text = rewrite(seed2014, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: KSAK Oy\nKuusamon kaupunki');
    const result = read(text);
    expect(result.record!.organisation.name).toBe('KSAK Oy Kuusamon kaupunki');
    expect(result.diagnostics.some((d) => d.rule === 'value-wrapped' && d.severity === 'warning' && d.line === lineOf(text, 'Hakijan virallinen nimi: KSAK Oy'))).toBe(true);
  });
  it('an address written as the applicant\'s and a contact being recruited are no values, said (F3; `useita` left: a real value elsewhere, review RVB)', () => {
    for (const [to, path] of [
      ['Jakeluosoite: sama kuin hakijalla', 'street'],
      ['Jakeluosoite: sama kuin hakijan', 'street'],
    ] as const) {
      const text = rewrite(seed2014, 'Jakeluosoite:\n\nPostinumero:', `${to}\n\nPostinumero:`);
      const result = read(text);
      expect(result.record!.targetArea.implementationAddress[path]).toBeNull();
      expect(result.diagnostics.some((d) => d.rule === 'placeholder-text' && d.line === lineOf(text, to))).toBe(true);
    }
    const recruiting = rewrite(seed2014, 'Hankkeen yhteyshenkilön nimi: Multas Anne', 'Hankkeen yhteyshenkilön nimi: Rekrytoinnissa');
    expect(read(recruiting).record!.contact.name).toBeNull();
  });
});

describe('seventy-ninth round, audit WH: what the rules say and what --redact hides', () => {
  it('a contact written surname first with a comma is hidden in the text, in both orders and inflected (S1)', () => {
    const { result } = redactedWith('Multas, Anne', 'Hankkeen käytännön toteutuksesta vastaa Anne Multas. Lisätietoja antaa A. Multas, ja Multas Anne vastaa raportoinnista.');
    const text = JSON.stringify(result.record);
    expect(text).not.toContain('Anne Multas');
    expect(text).not.toContain('A. Multas');
    expect(text).not.toContain('Multas Anne');
  });
  it('each of a contact\'s two phone numbers, and another\'s mobile written with dots, are hidden (S2, S3)', () => {
    const text = rewrite(seed2014, 'Yhteyshenkilön puhelinnumero: 0400 225 587', 'Yhteyshenkilön puhelinnumero: 08 850 1234 / 0400 225 587');
    const { result } = redactedWith('Multas Anne', 'Soita numeroon 08 850 1234 tai Pekalle 040.123.4567.');
    expect(JSON.stringify(result.record)).not.toContain('040.123.4567');
    const two = redact(analyse(Buffer.from(rewrite(text, summaryLine, `${summaryLine}\n\nSoita numeroon 08 850 1234.`)), { file: 'x.txt' })).result;
    expect(JSON.stringify(two.record)).not.toContain('08 850 1234');
  });
  it('a co-implementer with the applicant\'s Y-tunnus is said, its name starting as the applicant\'s does (S4)', () => {
    const text = rewrite(rewrite(seed2014, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: Oulun kaupunki'), 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nOulun kauppakamari, 0832600-5');
    const result = read(text);
    expect(result.diagnostics.some((d) => d.rule === 'invalid-value' && d.line === lineOf(text, 'Oulun kauppakamari, 0832600-5'))).toBe(true);
    // (Guard: the applicant's unit, its name inflected, is not.)
    const unit = read(rewrite(text, 'Oulun kauppakamari, 0832600-5', 'Oulun kaupungin sivistyspalvelut, 0832600-5'));
    expect(unit.diagnostics.filter((d) => d.rule === 'invalid-value' && d.path?.startsWith('organisation.coImplementers'))).toEqual([]);
  });
  it('guard (review RVB): a landline with its area code set apart, and a date after a mobile\'s full stop, are read as before', () => {
    const text = rewrite(seed2014, 'Yhteyshenkilön puhelinnumero: 0400 225 587', 'Yhteyshenkilön puhelinnumero: 08 / 850 1234');
    const landline = redact(analyse(Buffer.from(rewrite(text, summaryLine, `${summaryLine}\n\nSoita numeroon 08 / 850 1234.`)), { file: 'x.txt' })).result;
    expect(JSON.stringify(landline.record)).not.toContain('850 1234');
    const { result } = redactedWith('Multas Anne', 'Uusi numero on 040 765 4321. 1.1.2016 alkaen numero on muuttunut.');
    expect(result.record!.summary).toContain('[redacted]. 1.1.2016 alkaen');
    // (Nor a record's number with dots, `040.123.2015`: review RVD.)
    expect(redactedWith('Multas Anne', 'Asianumero 040.123.2015.').result.record!.summary).toContain('Asianumero 040.123.2015.');
  });
  it('guard (review RVB): the applicant\'s unit written as one word, and a euro\'s rounding, are said nothing of', () => {
    const text = rewrite(rewrite(seed2014, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: Oulun kaupunki'), 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nOulun kaupunginkirjasto, 0832600-5');
    expect(read(text).diagnostics.filter((d) => d.rule === 'invalid-value' && d.path?.startsWith('/organisation/coImplementers'))).toEqual([]);
    const rounded = rewrite(rewrite(seed2014, 'Myönnetty EU- ja valtion rahoitus: 520 000', 'Myönnetty EU- ja valtion rahoitus: 519 999,60'), 'Toteutunut EU- ja valtion rahoitus: 446 507', 'Toteutunut EU- ja valtion rahoitus: 520 000');
    expect(read(rounded).diagnostics.filter((d) => d.rule === 'funding-exceeds-total')).toEqual([]);
  });
  it('EU and state funding paid above what was granted is said (S5)', () => {
    const text = rewrite(seed2014, 'Toteutunut EU- ja valtion rahoitus: 446 507', 'Toteutunut EU- ja valtion rahoitus: 546 507');
    const result = read(text);
    expect(result.diagnostics.filter((d) => d.rule === 'funding-exceeds-total').map((d) => d.line)).toEqual([lineOf(text, 'Toteutunut EU- ja valtion rahoitus: 546 507')]);
    expect(read(seed2014).diagnostics.filter((d) => d.rule === 'funding-exceeds-total')).toEqual([]);
  });
});

describe('seventy-ninth round: the round\'s texts in the other shapes real copies take', () => {
  // Each mended text without blank lines, flattened and hard-wrapped: every value the same, or said at its place.
  const block = (below: string) =>
    rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nPohjolan ammattiopisto, 1234567-1\nJärvikylän kunta, 2345678-0\n${below}`);
  const texts: Record<string, string> = {
    'results as fractions': insertAbove(seed2014, FINAL_2014, ['Hankkeen tulokset (toteutunut/tavoite):', 'Työllistyneet avoimille työmarkkinoille', '12/15', 'Koulutukseen ohjautuneet', '8/10', 'Kuntoutukseen ohjautuneet', '23/20', '']),
    'dated events': insertAbove(seed2014, FINAL_2014, ['Hankkeen julkiset tilaisuudet:', '12.3.2015 klo 9.00 Avausseminaari – Kuusamon kaupungintalo', '10.6.2016 klo 12.00 Työpaja ohjaajille – Kuusamo-talo', '']),
    // (Left: a list below its intro said in unmapped in the tidy copy, before a heading or spaced at the end, is read into
    // the text in a copy without blank lines, as before the round.)
    'area names one a paragraph': rewrite(seed2014, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo\n\nTaivalkoski'),
    'a note below the entries': block('\nHankkeen rahoittajana toimii myös Kuusamon kaupunki, 0191012-9'),
    'two organisations on two lines': rewrite(seed2014, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: KSAK Oy\nKuusamon kaupunki'),
  };
  for (const [name, text] of Object.entries(texts)) {
    for (const shape of ['noblank', 'flat', 'wrap60'] as const) {
      it(`${name}, ${shape}`, () => {
        expect(unexplained(read(text), read(deriveShape(text, shape)))).toEqual([]);
      });
    }
  }
});
