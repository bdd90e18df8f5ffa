// What the sixty-fifth round mended of its blind audits: BK (values as people write them), BL (copies
// made by people) and BM (layouts, funds and numbering). Each case is a seed with one change, tidy or
// in a derived shape; the mends' cases fail on the round's start (3391a52), the guards pass on both.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, redact, validateDefinition } from '../src/index.js';
import { at, lineOf, rewrite, seed } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed2007 = seed('000_ddad63b48901b7a4');
const seed2014 = seed('004_3bb6e26593869c78');
const fundSaid = (text: string) => parse(text).diagnostics.filter((d) => d.path === '/fund' && d.severity !== 'info').map((d) => [d.severity, d.rule, d.line]);
/** Seed 000's fields of section 1–2 under EAKR's labels of 2007–2013 (REAL-SHAPES §4). */
const eakrLabels = (text: string) => rewrite(rewrite(rewrite(text, 'Osio: ', 'Ohjelma: '), 'Toteuttajaorganisaation nimi: ', 'Toteuttajan nimi: '), 'Organisaatiotyyppi: ', 'Toteuttajatyyppi: ');

describe('sixty-fifth round, audit BM: the fund of a copy without a title, by the labels only one fund\'s descriptions write', () => {
  const flat = deriveShape(seed2007, 'flat');

  it('a flattened copy\'s EAKR code over ESR\'s labels (`Osio`, `Toteuttajaorganisaation nimi`) is said (was EAKR, unsaid)', () => {
    const text = rewrite(flat, 'Projektikoodi: S10843', 'Projektikoodi: A10843');
    const result = parse(text);
    expect(result.record!.fund).toBe('EAKR');
    expect(fundSaid(text)).toEqual([['warning', 'invalid-value', lineOf(text, 'Osio: Etelä-Suomen suuralueosio')]]);
  });

  it('the mirror: an ESR code over EAKR\'s labels (`Ohjelma`, `Toteuttajan nimi`, `Toteuttajatyyppi`) is said (was ESR, unsaid)', () => {
    const text = eakrLabels(flat);
    expect(parse(text).record!.fund).toBe('ESR');
    expect(fundSaid(text)).toEqual([['warning', 'invalid-value', lineOf(text, 'Ohjelma: Etelä-Suomen suuralueosio')]]);
  });

  it('with no code and no title, EAKR\'s labels give the fund, noted (was null)', () => {
    const text = eakrLabels(flat).replace('Projektikoodi: S10843\n', '');
    const result = parse(text);
    expect(result.record!.fund).toBe('EAKR');
    expect(at(result, '/fund')).toEqual([['info', 'normalised-value', lineOf(text, 'Ohjelma: Etelä-Suomen suuralueosio')]]);
  });

  it('a title naming ESR over EAKR\'s labels is said; the title\'s fund is kept', () => {
    const text = eakrLabels(seed2007);
    expect(parse(text).record!.fund).toBe('ESR');
    expect(fundSaid(text)).toEqual([['warning', 'invalid-value', lineOf(text, 'Ohjelma: Etelä-Suomen suuralueosio')]]);
  });

  it('guards: the seed and its flattened copy, labels and code of one fund, say nothing of the fund; one label of each fund says nothing either', () => {
    for (const text of [seed2007, flat]) {
      expect(parse(text).record!.fund).toBe('ESR');
      expect(at(parse(text), '/fund')).toEqual([]);
    }
    const mixed = rewrite(flat, 'Osio: ', 'Ohjelma: ');
    expect(fundSaid(mixed)).toEqual([]);
    expect(parse(seed2014).record!.fund).toBe('ESR');
    expect(fundSaid(seed2014)).toEqual([]);
  });

  it('a definition\'s `fundLabels` naming no field\'s label, or one label for both funds, is a located error', () => {
    const layout = JSON.parse(readFileSync(`${root}/grammar/esr-2007-2013.json`, 'utf8'));
    layout.name = 'oma-2007';
    layout.titles = [{ text: 'Oma kuvaus', fund: 'ESR' }];
    layout.fundLabels = [{ fund: 'ESR', labels: ['Osio', 'Ei tällaista'] }, { fund: 'EAKR', labels: ['Ohjelma', 'Osio'] }];
    const { errors } = validateDefinition(JSON.stringify(layout, null, 2), 'oma.json');
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['fundLabels[0].labels[1]', '"Ei tällaista" is no field\'s label in this layout'],
      ['fundLabels[1].labels[1]', '"Osio" is listed for both ESR and EAKR'],
    ]);
  });
});

describe('sixty-fifth round, audit BK: values as people write them', () => {
  it('a period one of whose dates is a calendar date only month first (`päättyy 8.31.2011`) reads neither date (the start was 9 January, unsaid)', () => {
    const text = rewrite(seed2007, 'Alkaa 1.9.2008 ja päättyy 31.8.2011', 'Alkaa 9.1.2008 ja päättyy 8.31.2011');
    const result = parse(text);
    expect(result.record!.project.period).toEqual({ start: null, end: null });
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-date').map((d) => [d.severity, d.line])).toEqual([['error', lineOf(text, 'Suunnitelman mukainen toteutusaika: Alkaa 9.1.2008 ja päättyy 8.31.2011')]]);
  });

  it('guards: a day above twelve in the other date reads it day first, as before; an impossible day alone costs only its date', () => {
    const dayFirst = parse(rewrite(seed2007, 'Alkaa 1.9.2008 ja päättyy 31.8.2011', 'Alkaa 19.1.2008 ja päättyy 8.31.2011'));
    expect(dayFirst.record!.project.period).toEqual({ start: '2008-01-19', end: null });
    const wrongDay = parse(rewrite(seed2007, 'päättyy 31.8.2011', 'päättyy 31.9.2011'));
    expect(wrongDay.record!.project.period).toEqual({ start: '2008-09-01', end: null });
  });

  it('a sentence written as the street or the city is kept as written and said (was unsaid)', () => {
    const text = rewrite(rewrite(seed2014, 'Jakeluosoite:\n', 'Jakeluosoite: Hanke toteutetaan usealla paikkakunnalla.\n'), 'Postitoimipaikka:\n', 'Postitoimipaikka: Koko Pohjois-Pohjanmaan alue.\n');
    const result = parse(text);
    expect(result.record!.targetArea.implementationAddress).toEqual({ street: 'Hanke toteutetaan usealla paikkakunnalla.', postalCode: null, city: 'Koko Pohjois-Pohjanmaan alue.' });
    expect(at(result, '/targetArea/implementationAddress/street')).toEqual([['warning', 'invalid-value', lineOf(text, 'Jakeluosoite: Hanke toteutetaan usealla paikkakunnalla.')]]);
    expect(at(result, '/targetArea/implementationAddress/city')).toEqual([['warning', 'invalid-value', lineOf(text, 'Postitoimipaikka: Koko Pohjois-Pohjanmaan alue.')]]);
    const oneLine = rewrite(seed2007, 'Osoite: PL 30', 'Osoite: Toimisto sijaitsee kaupungintalolla.');
    expect(at(parse(oneLine), '/organisation/address/street')).toEqual([['warning', 'invalid-value', lineOf(oneLine, 'Osoite: Toimisto sijaitsee kaupungintalolla.')]]);
  });

  it('guards: a street and a city as written, and a city with a sentence\'s full stop, are no sentences', () => {
    const text = rewrite(rewrite(seed2014, 'Jakeluosoite:\n', 'Jakeluosoite: Pohjoinen Rantakatu 7 B 12\n'), 'Postitoimipaikka:\n', 'Postitoimipaikka: Koski Tl.\n');
    const result = parse(text);
    expect(result.record!.targetArea.implementationAddress.city).toBe('Koski Tl');
    expect(result.diagnostics.filter((d) => d.path?.startsWith('/targetArea/implementationAddress') && d.severity !== 'info')).toEqual([]);
  });

  it('`00358 40 123 4567`, the international prefix dialled, is one number (was said to be two run together)', () => {
    const text = rewrite(seed2007, 'Puhelinnumero: 020 610 7074', 'Puhelinnumero: 00358 40 123 4567');
    const result = parse(text);
    expect(result.record!.contact.phone).toBe('00358 40 123 4567');
    expect(at(result, '/contact/phone').filter((d) => d[0] !== 'info')).toEqual([]);
    const two = rewrite(seed2007, 'Puhelinnumero: 020 610 7074', 'Puhelinnumero: 040 123 4567 050 765 4321');
    expect(at(parse(two), '/contact/phone').map((d) => d[1])).toEqual(['invalid-value']);
  });
});

describe('sixty-fifth round, audit BK: --redact', () => {
  const finalReport = (sentence: string) => rewrite(seed2007, '\n9. Loppuraportin tiivistelmä\n', `\n9. Loppuraportin tiivistelmä\n\n${sentence}\n`);
  const redactedReport = (text: string) => JSON.stringify(redact({ result: parse(text), text }));

  it('the contact\'s name with its last word inflected goes (`Anna Keto-Tokoin mukaan` stayed)', () => {
    const text = finalReport('Anna Keto-Tokoin mukaan malli jää käyttöön, ja kiitokset osoitettiin Anna Keto-Tokoille.');
    const out = redactedReport(text);
    expect(out).not.toMatch(/Keto-Toko/u);
    expect(out).toContain('[redacted] mukaan malli jää käyttöön, ja kiitokset osoitettiin [redacted].');
  });

  it('a double consonant made single and a `-nen` name inflect too (`Tuija Esimerkille`, `Matti Virtaselle`)', () => {
    for (const [name, inflected] of [['Tuija Esimerkki', 'Tuija Esimerkille'], ['Matti Virtanen', 'Matti Virtaselle']]) {
      const text = finalReport(`Kiitokset osoitettiin ${inflected}.`).replace('Vastuuhenkilön nimi: Anna Keto-Tokoi', `Vastuuhenkilön nimi: ${name}`);
      expect(redactedReport(text)).toContain('Kiitokset osoitettiin [redacted].');
    }
  });

  it('guards: a word of the name alone stays (another person may share it: `Keto-Tokoin perhe`), and the name as written is one `[redacted]`', () => {
    const text = finalReport('Keto-Tokoin perhe osallistui. Hanketta veti Anna Keto-Tokoi.');
    const out = redactedReport(text);
    expect(out).toContain('Keto-Tokoin perhe osallistui. Hanketta veti [redacted].');
  });

  it('the title as a whole word, inflected too (`projektipäällikkönä` was left `[redacted]nä`)', () => {
    const out = redactedReport(finalReport('Hankkeen aikana projektipäällikkönä toimi hankkeen vetäjä.'));
    expect(out).toContain('Hankkeen aikana [redacted] toimi hankkeen vetäjä.');
  });

  it('addresses hidden otherwise from harvesters go: `<at>`, `(ät)`, `{at}`, `[at] … [piste]`, ` at … piste `', () => {
    const text = finalReport('Lisätietoja: liisa.koivu<at>testi.fi, liisa.koivu(ät)testi.fi, liisa.koivu{at}testi.fi, liisa.koivu [at] testi [piste] fi tai liisa.koivu at testi piste fi.');
    const out = redactedReport(text);
    expect(out).not.toMatch(/liisa|koivu|testi/u);
    expect(out).toContain('Lisätietoja: [redacted], [redacted], [redacted], [redacted] tai [redacted].');
  });

  it('guard: the word `at` in a sentence and a web address stay', () => {
    const text = finalReport('Materials are available at www.testi.fi and at the piste of the event.');
    expect(redactedReport(text)).toContain('Materials are available at www.testi.fi and at the piste of the event.');
  });
});

describe('sixty-fifth round, audit BL: copies made by people', () => {
  const glued = (text: string, from: string, to: string) => rewrite(text, from, to);

  it('two fields glued on a line, a hard wrap inside the second label: the label is rejoined, the first value ends before it (was `020 610 6000 Toteuttajaorganisaation`, unsaid)', () => {
    const text = glued(seed2007, 'Puhelinnumero: 020 610 6000\n\nToteuttajaorganisaation Web-osoite: www.thl.fi', 'Puhelinnumero: 020 610 6000 Toteuttajaorganisaation\nWeb-osoite: www.thl.fi');
    const result = parse(text);
    expect(result.record!.organisation.phone).toBe('020 610 6000');
    expect(result.record!.organisation.website).toBe('www.thl.fi');
    expect(result.diagnostics.filter((d) => d.severity !== 'info' && d.line !== undefined && d.line >= 35 && d.line <= 36)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'label-rejoined').map((d) => d.line)).toEqual([lineOf(text, 'Puhelinnumero: 020 610 6000 Toteuttajaorganisaation')]);
  });

  it('the same after a separator (`; Kestävä` / `kehitys: …`, ` | Yhteyshenkilön asema` / `hakijaorganisaatiossa: …`)', () => {
    const text2007 = glued(seed2007, 'Tasa-arvo: Sukupuolineutraali projekti\n\nKestävä kehitys: ', 'Tasa-arvo: Sukupuolineutraali projekti; Kestävä\nkehitys: ');
    expect(parse(text2007).record!.classification).toMatchObject({ genderEquality: 'Sukupuolineutraali projekti', sustainableDevelopment: 'Projektilla ei ole erityistä vaikutusta kestävän kehityksen kannalta' });
    const text2014 = glued(seed2014, 'Hankkeen yhteyshenkilön nimi: Multas Anne\n\nYhteyshenkilön asema hakijaorganisaatiossa: ', 'Hankkeen yhteyshenkilön nimi: Multas Anne | Yhteyshenkilön asema\nhakijaorganisaatiossa: ');
    expect(parse(text2014).record!.contact).toMatchObject({ name: 'Multas Anne', title: 'Valmennusvastaava, kouluttaja' });
  });

  it('guards: a value ending in a capitalised word above a label of its own stays whole; a lower-case line below that makes no label stays said', () => {
    const own = glued(seed2007, 'Puhelinnumero: 020 610 6000\n\nToteuttajaorganisaation Web-osoite: www.thl.fi', 'Puhelinnumero: 020 610 6000 Helsinki\nToteuttajaorganisaation Web-osoite: www.thl.fi');
    expect(parse(own).record!.organisation.website).toBe('www.thl.fi');
    expect(parse(own).diagnostics.some((d) => d.rule === 'label-rejoined')).toBe(false);
    const none = glued(seed2007, 'Puhelinnumero: 020 610 6000\n\nToteuttajaorganisaation Web-osoite: www.thl.fi', 'Puhelinnumero: 020 610 6000 Toteuttajaorganisaation\nkotisivu: www.thl.fi');
    expect(parse(none).diagnostics.some((d) => d.rule === 'label-rejoined')).toBe(false);
    expect(parse(none).diagnostics.filter((d) => d.line === lineOf(none, 'kotisivu: www.thl.fi')).map((d) => d.rule)).toContain('unknown-label');
  });

  it('a flattened copy with a shared label once too many (`Suunniteltu` of 7.1 written twice, corrected) says every field of the sections sharing it (was read by order, unsaid)', () => {
    const text = deriveShape(rewrite(seed2014, 'Suunniteltu: 20\n', 'Suunniteltu: 19\nSuunniteltu: 20\n'), 'flat');
    const result = parse(text);
    const line = text.split('\n').indexOf('Suunniteltu: 310') + 1;
    const doubted = result.diagnostics.filter((d) => d.rule === 'ambiguous-label' && d.line !== undefined && d.line >= line - 3 && d.line <= line).map((d) => d.path).sort();
    expect(doubted).toEqual(['/indicators/participants/actual', '/indicators/participants/planned', '/indicators/participatingCompanies/actual', '/indicators/participatingCompanies/planned']);
  });

  it('guards: the flattened seed, and a corrected copy under its heading, say no such doubt', () => {
    expect(parse(deriveShape(seed2014, 'flat')).diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
    const headed = rewrite(seed2014, 'Suunniteltu: 20\n', 'Suunniteltu: 19\nSuunniteltu: 20\n');
    expect(parse(headed).diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
    expect(parse(headed).record!.indicators.participatingCompanies.planned).toEqual({ total: 19, women: null });
  });
});

describe('sixty-fifth round, audit BL: a municipality\'s name broken by a wrap without a hyphen', () => {
  const seed002 = seed('002_bcdc1a367ba94878');

  it('`Sys` / `mä` joined as `Sys mä` is the classification\'s `Sysmä`, noted (was an unknown name, its code null)', () => {
    const text = rewrite(seed002, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat: Hartola, Heinola, Sys\nmä');
    const result = parse(text);
    expect(result.record!.targetArea.municipalities).toEqual(['Hartola', 'Heinola', 'Sysmä']);
    expect(result.record!.targetArea.municipalityCodes).toEqual(parse(seed002).record!.targetArea.municipalityCodes);
    expect(at(result, '/targetArea/municipalities/2').map((d) => d[1])).toEqual(['normalised-value']);
  });

  it('guards: two names of their own, or a name and a word, are not joined', () => {
    const two = parse(rewrite(seed002, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat: Hartola, Heinola, Sysmä Heinola'));
    expect(two.record!.targetArea.municipalities).toContain('Sysmä Heinola');
    const word = parse(rewrite(seed002, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat: Hartola, Heinola, Sysmä osittain'));
    expect(word.record!.targetArea.municipalities).not.toContain('Sysmäosittain');
  });
});

describe('sixty-fifth round, audit BM: a copy\'s last line in a section the layout does not know', () => {
  it('the cut is said in that section, after the last known one (was "in section 9")', () => {
    const text = `${seed2014.trimEnd()}\n\n10 Liitteet\n\nLiite 2: Budjettierittely`;
    const cut = parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off');
    expect(cut.map((d) => [d.line, d.message.slice(0, 78)])).toEqual([[lineOf(text, 'Liite 2: Budjettierittely'), 'The text stops here in a section esr-2014-2020 does not know, after section 9,']]);
  });
});

describe('sixty-fifth round, review BN: the mends\' misfires, mended', () => {
  const finalReport = (sentence: string, contact = 'Anna Keto-Tokoi', title = 'projektipäällikkö') => rewrite(rewrite(rewrite(seed2007, '\n9. Loppuraportin tiivistelmä\n', `\n9. Loppuraportin tiivistelmä\n\n${sentence}\n`), 'Vastuuhenkilön nimi: Anna Keto-Tokoi', `Vastuuhenkilön nimi: ${contact}`), 'Asema: projektipäällikkö', `Asema: ${title}`);
  const redactedSummary = (text: string) => redact({ result: parse(text), text }).result.record!.finalReportSummary!.split('\n\n')[0];

  it('another person of the same first name and a surname of the same start stays (`Timo Niemelä` for Timo Niemi, `Matti Virtasalo` for Matti Virtanen)', () => {
    expect(redactedSummary(finalReport('Puhujana oli Timo Niemelä ministeriöstä, ja Timo Niemen esitys seurasi.', 'Timo Niemi'))).toBe('Puhujana oli Timo Niemelä ministeriöstä, ja [redacted] esitys seurasi.');
    expect(redactedSummary(finalReport('Matti Virtasalo ja Matti Virtasen tiimi.', 'Matti Virtanen'))).toBe('Matti Virtasalo ja [redacted] tiimi.');
  });

  it('a compound word that starts with the title is no title (`Rehtorikokous` was `[redacted]`), its inflected forms are (`rehtorin`)', () => {
    expect(redactedSummary(finalReport('Rehtorikokous hyväksyi rehtorin esityksen.', 'Anna Keto-Tokoi', 'rehtori'))).toBe('Rehtorikokous hyväksyi [redacted] esityksen.');
  });

  it('` piste ` after a whole address is the sentence\'s word (`… thl.fi piste on käytössä` lost "piste on")', () => {
    expect(redactedSummary(finalReport('Osoite info(at)thl.fi piste on käytössä.'))).toBe('Osoite [redacted] piste on käytössä.');
  });

  it('an address of parts parted by commas, or of capitalised names, is no sentence; a date no calendar date either way is no month-first one', () => {
    const street = rewrite(seed2007, 'Osoite: PL 30', 'Osoite: Kaupungintalo, Rauhankatu, Heinola.');
    expect(at(parse(street), '/organisation/address/street').filter((d) => d[0] === 'warning')).toEqual([]);
    const city = rewrite(rewrite(seed2014, 'Jakeluosoite:\n', 'Jakeluosoite: Kirkkokatu 5\n'), 'Postitoimipaikka:\n', 'Postitoimipaikka: Kuusamo, Pohjois-Pohjanmaa, Suomi.\n');
    expect(parse(city).record!.targetArea.implementationAddress.city).toBe('Kuusamo, Pohjois-Pohjanmaa, Suomi');
    const february = parse(rewrite(seed2007, 'päättyy 31.8.2011', 'päättyy 2.30.2011'));
    expect(february.record!.project.period).toEqual({ start: '2008-09-01', end: null });
  });

  it('the misses: a month-first date with spaces, and `00 358` with a space', () => {
    const spaced = parse(rewrite(seed2007, 'Alkaa 1.9.2008 ja päättyy 31.8.2011', 'Alkaa 9.1.2008 ja päättyy 8. 31. 2011'));
    expect(spaced.record!.project.period).toEqual({ start: null, end: null });
    const phone = parse(rewrite(seed2007, 'Puhelinnumero: 020 610 7074', 'Puhelinnumero: 00 358 20 610 7074'));
    expect(at(phone, '/contact/phone').filter((d) => d[0] !== 'info')).toEqual([]);
  });
});

describe('sixty-fifth round, review BO: the mended version\'s misfires and misses, mended', () => {
  const finalReport = (sentence: string, contact = 'Anna Keto-Tokoi', title = 'projektipäällikkö') => rewrite(rewrite(rewrite(seed2007, '\n9. Loppuraportin tiivistelmä\n', `\n9. Loppuraportin tiivistelmä\n\n${sentence}\n`), 'Vastuuhenkilön nimi: Anna Keto-Tokoi', `Vastuuhenkilön nimi: ${contact}`), 'Asema: projektipäällikkö', `Asema: ${title}`);
  const redactedSummary = (text: string) => redact({ result: parse(text), text }).result.record!.finalReportSummary!.split('\n\n')[0];

  it('a surname with a double consonant: its single-consonant form only with an ending (`Liisa Haki` stays for Liisa Hakki, `Liisa Hakille` goes)', () => {
    expect(redactedSummary(finalReport('Arvioinnin teki Liisa Haki, ja kiitos Liisa Hakille.', 'Liisa Hakki'))).toBe('Arvioinnin teki Liisa Haki, ja kiitos [redacted].');
  });

  it('a title in the plural is several people, none the contact (`Projektipäälliköt` stays); the illative of a `-nen` name goes (`Matti Virtaseen`)', () => {
    expect(redactedSummary(finalReport('Projektipäälliköt tapasivat.'))).toBe('Projektipäälliköt tapasivat.');
    expect(redactedSummary(finalReport('Otimme yhteyttä Matti Virtaseen.', 'Matti Virtanen'))).toBe('Otimme yhteyttä [redacted].');
  });

  it('written-out dots after a handle or a time are no address (`@mahdollistaja piste fi`, `klo 9.30 at Tampere-talo piste fi`)', () => {
    expect(redactedSummary(finalReport('Twitterissä @mahdollistaja piste fi.'))).toBe('Twitterissä @mahdollistaja piste fi.');
    expect(redactedSummary(finalReport('Esitys pidettiin klo 9.30 at Tampere-talo piste fi.'))).toBe('Esitys pidettiin klo 9.30 at Tampere-talo piste fi.');
  });

  it('a city in two languages or a c/o address is no sentence', () => {
    for (const city of ['Pietarsaari - Jakobstad.', 'Helsingfors / Helsinki.']) {
      const text = rewrite(rewrite(seed2014, 'Jakeluosoite:\n', 'Jakeluosoite: Kirkkokatu 5\n'), 'Postitoimipaikka:\n', `Postitoimipaikka: ${city}\n`);
      expect(at(parse(text), '/targetArea/implementationAddress/city').filter((d) => d[0] === 'warning')).toEqual([]);
    }
    const co = rewrite(seed2007, 'Osoite: PL 30', 'Osoite: c/o Heinolan ammattiopisto.');
    expect(at(parse(co), '/organisation/address/street').filter((d) => d[0] === 'warning')).toEqual([]);
  });

  it('a label\'s start after a wrapped value\'s line, its end below (`www.syfo.fi/mahdollistaja Vastuuhenkilön` / `nimi: …`): rejoined, the name read and so redacted (it was kept in unmapped, and left there by --redact)', () => {
    const text = rewrite(seed2007, 'Projektin kotisivun osoite: www.mahdollistaja.fi, www.syfo.fi/mahdollistaja\n\nVastuuhenkilön nimi: Anna Keto-Tokoi', 'Projektin kotisivun osoite: www.mahdollistaja.fi,\nwww.syfo.fi/mahdollistaja Vastuuhenkilön\nnimi: Anna Keto-Tokoi');
    const result = parse(text);
    expect(result.record!.contact.name).toBe('Anna Keto-Tokoi');
    expect(result.record!.project.websites).toEqual(['www.mahdollistaja.fi', 'www.syfo.fi/mahdollistaja']);
    expect(JSON.stringify(redact({ result, text }))).not.toContain('Keto-Tokoi');
  });
});

describe('sixty-fifth round, audit BP: project pages without blank lines', () => {
  const page = readFileSync(`${root}fixtures/pages/no-blank-lines.txt`, 'utf8');

  it('a title wrapped over two lines: the second read as the title is said, the first kept in unmapped (was said only as text before the first section)', () => {
    const text = rewrite(page, 'Osallisuuden askeleet työllistymispoluille\n', 'Osallisuuden askeleet\ntyöllistymispoluille Vaasassa\n').replace('työllistymispoluille Vaasassa', 'Työllistymispoluille Vaasassa');
    const result = parse(text);
    expect(result.record!.project.name).toBe('Työllistymispoluille Vaasassa');
    expect(at(result, '/project/name')).toEqual([['warning', 'heading-variant', 2]]);
  });

  it('guards: a document\'s, a register\'s or a logo\'s line above the title is not said so (`HANKKEEN KUVAUS`, `Lomake 1011 / ESR`, `… - Rakennerahastot`)', () => {
    for (const above of ['HANKKEEN KUVAUS', 'Lomake 1011 / ESR', 'Osallisuuden askeleet työllistymispoluille - Rakennerahastot', 'Manner-Suomen ESR-ohjelma']) {
      const result = parse(`${above}\n${page}`);
      expect(result.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
      expect(at(result, '/project/name').filter((d) => d[1] === 'heading-variant')).toEqual([]);
    }
  });

  it('a contact\'s or an attachment\'s block between two sections is a block of its own, kept in unmapped, said (it was read into the section above, unsaid)', () => {
    for (const block of ['Yhteystiedot\nProjektipäällikkö Maija Esimerkki\npuh. 040 123 4567\nmaija.esimerkki@vaasa.fi', 'Liitteet\nLoppuraportti.pdf (PDF, 450 kt)\nToimintamalli_kuvaus.docx']) {
      const text = rewrite(page, '\nRatkaisun kuvaus\n', `\n${block}\nRatkaisun kuvaus\n`);
      const result = parse(text);
      expect(result.record!.projectPage.results).toBe(parse(page).record!.projectPage.results);
      expect(result.diagnostics.filter((d) => d.line === lineOf(text, block.split('\n')[0])).map((d) => d.rule)).toEqual(['unknown-section']);
    }
  });
});

describe('sixty-fifth round, audit BP: a browser print\'s header after a page break, with its date', () => {
  const page = readFileSync(`${root}fixtures/pages/no-blank-lines.txt`, 'utf8');

  it('`6.5.2021 <title> - Rakennerahastot` right below the page before\'s footer (`https://… 2/3`) is the print\'s, kept apart (it was read as the text\'s line)', () => {
    const text = rewrite(page, '\nRatkaisun kuvaus\n', '\nhttps://www.rakennerahastot.fi/hanke?id=S21999 2/3\n6.5.2021 Osallisuuden askeleet työllistymispoluille - Rakennerahastot\nRatkaisun kuvaus\n');
    const result = parse(text);
    expect(result.record!.projectPage).toEqual(parse(page).record!.projectPage);
    expect(result.diagnostics.filter((d) => d.line === lineOf(text, '6.5.2021 Osallisuuden askeleet työllistymispoluille - Rakennerahastot')).map((d) => [d.severity, d.rule])).toEqual([['info', 'page-furniture']]);
  });

  it('guard: a list\'s item ending with the site\'s name, below no footer, stays the text\'s', () => {
    const text = rewrite(page, '\nRatkaisun kuvaus\n', '\nLisää tietoa: 6.5.2021 julkaistu esittely - Rakennerahastot\nRatkaisun kuvaus\n');
    expect(parse(text).diagnostics.filter((d) => d.rule === 'page-furniture' && d.line === lineOf(text, 'Lisää tietoa: 6.5.2021 julkaistu esittely - Rakennerahastot'))).toEqual([]);
  });
});

describe('sixty-fifth round, audit BP: a summary bar one part a line with its separator alone between', () => {
  it('`Toimintalinja 5 (ESR)` / `|` / `01.05.2017 – 30.04.2020` / `|` / `Pohjanmaa` is the bar, not the tagline\'s end', () => {
    const page = seed('003_4ea2b71e336645b9');
    const text = rewrite(page, 'Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa', 'Toimintalinja 5 (ESR)\n|\n01.05.2017 – 30.04.2020\n|\nPohjanmaa');
    const result = parse(text);
    expect(result.record!.project.tagline).toBe(parse(page).record!.project.tagline);
    expect(result.record!.project).toEqual(parse(page).record!.project);
    expect(result.unmapped).toEqual(parse(page).unmapped);
    // (In a copy without blank lines too, the page's status line right below it.)
    const tight = text.replace(/\n{2,}/gu, '\n');
    expect(parse(tight).record!.project.tagline).toBe(parse(page).record!.project.tagline);
  });
});

describe('sixty-fifth round, review BQ: the last mends\' misfires, mended', () => {
  const page = readFileSync(`${root}fixtures/pages/no-blank-lines.txt`, 'utf8');

  it('a sub-heading `Materiaalit` inside a section, its files and the section\'s text below it, stays the section\'s', () => {
    const ended = readFileSync(`${root}fixtures/pages/ended.txt`, 'utf8').replace(/\n{2,}/gu, '\n');
    const text = rewrite(ended, '\nToimintatavat\nViikoittaiset ryhmät.\n', '\nToimintatavat\nMateriaalit\nOpas.pdf\nViikoittaiset ryhmät.\n');
    expect(parse(text).record!.projectPage.practices).toBe('Materiaalit\nOpas.pdf\nViikoittaiset ryhmät.');
  });

  it('a text\'s wrapped line ending with a label\'s start above `nimi: …` is no field (only a field\'s value going on is)', () => {
    const text = rewrite(seed2007, '\n9. Loppuraportin tiivistelmä\n', '\n9. Loppuraportin tiivistelmä\n\nLoppuseminaarissa esiteltiin tulokset, ja tilaisuuden avasi Projektin\nnimi: Mahdollistaja oli esillä kaikissa puheenvuoroissa.\n');
    expect(parse(text).diagnostics.some((d) => d.rule === 'label-rejoined')).toBe(false);
  });

  it('a list\'s item ending with the site\'s name right below a print\'s footer stays the text\'s; a sentence with a dash as the street is said', () => {
    const text = rewrite(page, '\nRatkaisun kuvaus\n', '\nhttps://www.rakennerahastot.fi/hanke?id=S21999 2/3\n- Hankkeiden tietopankki - Rakennerahastot\nRatkaisun kuvaus\n');
    expect(parse(text).diagnostics.filter((d) => d.rule === 'page-furniture' && d.line === lineOf(text, '- Hankkeiden tietopankki - Rakennerahastot'))).toEqual([]);
    const street = rewrite(seed2007, 'Osoite: PL 30', 'Osoite: Toimisto on suljettu - soita ensin.');
    expect(at(parse(street), '/organisation/address/street').map((d) => d[1])).toContain('invalid-value');
  });
});

describe('sixty-fifth round, audit BP: a page\'s role whose text is a list above a paragraph', () => {
  const ended = readFileSync(`${root}fixtures/pages/ended.txt`, 'utf8');
  const roles = (text: string) => parse(text).record!.projectPage.roles.map((role) => role.role);

  it('the list\'s last item, tight below two others, is no role of its own (`TE-toimisto` / `Kela` / `Tampereen yliopisto` / blank / paragraph)', () => {
    const text = rewrite(ended, 'Kumppanit\n\nYritykset tarjosivat työkokeilupaikkoja.', 'Kumppanit\n\nTE-toimisto\nKela\nTampereen yliopisto\n\nYritykset tarjosivat työkokeilupaikkoja.');
    expect(roles(text)).toEqual(['Kumppanit']);
    expect(parse(text).record!.projectPage.roles[0].text).toBe('TE-toimisto\nKela\nTampereen yliopisto\n\nYritykset tarjosivat työkokeilupaikkoja.');
  });

  it('guard: a role below a note line tight under the text above stays a role', () => {
    const text = rewrite(ended, 'Kumppanit\n\nYritykset tarjosivat työkokeilupaikkoja.', 'Kumppanit\n\nYritykset tarjosivat työkokeilupaikkoja.\n[Maija: tarkista]\nRahoittaja\n\nELY-keskus rahoitti hankkeen.');
    expect(roles(text)).toEqual(['Kumppanit', 'Rahoittaja']);
  });
});
