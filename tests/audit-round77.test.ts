// What the seventy-seventh round mended: what the round's audits found — WA and WB (white-box: the code read for
// the places where it decides without saying so, each suspicion proved by a text) and NA (blind: every value
// moves when, and only when, its text moves) — and a redaction left open in round 76. The mends' cases fail on
// the round's start (fc59428), the guards pass on both.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { rewrite, seed } from './helpers/edits.js';
import { redactedWith, seed2014 } from './helpers/redaction.js';

const lastParagraph = (summary: string | null | undefined) => summary!.split('\n\n').at(-1);
const read = (text: string) => analyse(Buffer.from(text), { file: 'x.txt' }).result;
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;
const withValue = (label: string, value: string) => rewrite(seed2014, seed2014.split('\n').find((line) => line.startsWith(`${label}: `))!, `${label}: ${value}`);

describe('seventy-seventh round: redaction left open in round 76', () => {
  it('two people sharing a surname written once (`Aino ja Pekka Virtanen`) are each redacted (the first stayed)', () => {
    for (const name of ['Aino ja Pekka Virtanen', 'Aino & Pekka Virtanen', 'Anna-Liisa ja Pekka Virtanen', 'Kaarina ja Pekka Virtanen', 'Kristian ja Jasmin Virtanen']) {
      const first = name.split(/\s/u)[0];
      const second = name.split(/\s/u).at(-2);
      const { result } = redactedWith(name, `${first} Virtanen ja ${second} Virtanen vastaavat. Virtasen ${first.toLowerCase()}-koulutus jatkuu.`);
      expect(lastParagraph(result.record!.summary), name).toBe(`[redacted] ja [redacted] vastaavat. Virtasen ${first.toLowerCase()}-koulutus jatkuu.`);
    }
  });
  it('guard: an organisation with a conjunction in its name is no pair of people (`Kivelä ja Virtanen Oy` stays)', () => {
    const { result } = redactedWith('Aino Kivelä', 'Kivelä ja Virtanen Oy tekee kyselyn.');
    expect(lastParagraph(result.record!.summary)).toBe('Kivelä ja Virtanen Oy tekee kyselyn.');
    // (Review RVA: places and organisations in brackets or with a short last word after the contact.)
    for (const [name, prose] of [['Anne Multas (Oulun ja Kainuun Sairaanhoitopiirit)', 'Oulun Sairaanhoitopiirit ovat mukana.'], ['Anne Multas / Kivelä ja Virtanen Tmi', 'Kivelä Tmi on mukana.'], ['Anne Multas; Oulun ja Kainuun Sairaanhoitopiirit', 'Oulun Sairaanhoitopiirit ovat mukana.'], ['Anne Multas; Oulun ja Kuusamo Seurakunnat', 'Oulun Seurakunnat ovat mukana.'], ['Anne Multas / Kivelä ja Virtanen Kumppanit', 'Kivelä Kumppanit on mukana.']]) {
      expect(lastParagraph(redactedWith(name, prose).result.record!.summary), name).toBe(prose);
    }
  });
});

describe('seventy-seventh round, audit WB: which line goes where', () => {
  const finalEnd = seed2014.trimEnd().split('\n').at(-1)!;
  it('a final report that ends on `Seuraa meitä` and the project\'s own site and channels keeps them in unmapped, each said (they were dropped as a site footer, infos only)', () => {
    for (const own of [['www.valittavatverkostot.fi', 'facebook.com/valittavatverkostot'], ['Instagram @valittavatverkostot'], ['https://valittavat-verkostot.fi/uutiset']]) {
      for (const start of ['Seuraa meitä', 'Seuraa meitä:']) {
        const text = `${seed2014.trimEnd()}\n\nHankkeen toimintamallia kehitetään edelleen Kuusamon kaupungin työllisyyspalveluissa.\n\n${start}\n${own.join('\n')}\n`;
        const result = read(text);
        expect(result.unmapped.map((entry) => entry.value), start).toEqual(own);
        for (const line of own) expect(result.diagnostics.some((d) => d.line === lineOf(text, line) && d.severity === 'warning'), line).toBe(true);
        expect(result.diagnostics.some((d) => d.line === lineOf(text, start) && d.severity === 'warning')).toBe(true);
      }
    }
  });
  it('guard (review RVA): a site\'s own footer below a description stays furniture, unsaid as text', () => {
    for (const [footer, name] of [['Facebook\nTwitter\nwww.rakennerahastot.fi\nTyö- ja elinkeinoministeriö', null], ['Facebook\nInstagram\nKuusamon kaupunki\nwww.kuusamo.fi', null], ['Twitter @TEMinfo\nwww.tem.fi', null], ['Facebook\nKuusamon kaupunki\nwww.kuusamo.fi', 'Ohjaamo Kuusamo']] as const) {
      const named = name === null ? seed2014 : rewrite(seed2014, 'Hankkeen nimi: Välittävät verkostot', `Hankkeen nimi: ${name}`);
      const text = `${named.trimEnd()}\n\nSeuraa meitä\n${footer}\n`;
      const result = read(text);
      expect(result.unmapped, footer).toEqual([]);
      expect(result.diagnostics.filter((d) => d.line !== undefined && d.line >= lineOf(text, 'Seuraa meitä') && d.severity !== 'info'), footer).toEqual([]);
    }
  });
  it('guard: a project page\'s site footer after `Seuraa meitä` stays furniture', () => {
    const page = seed('000_ddad63b48901b7a4');
    const text = `${page.trimEnd()}\n\nSeuraa meitä\nFacebook\nTwitter\n`;
    const result = read(text);
    expect(result.unmapped.map((entry) => entry.value)).not.toContain('Facebook');
  });
  it('a sentence right below a co-implementer block\'s entries is no entry: kept in unmapped, said (it was the block\'s third entry)', () => {
    const block = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nPohjolan ammattiopisto, liikelaitos, 5908301-5\nJärvikylän kunta, 6613186-3';
    const text = rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', `${block}\nLisäksi hankkeessa on mukana useita yhdistyksiä.`);
    const result = read(text);
    expect(result.record!.organisation.coImplementers).toEqual([
      { name: 'Pohjolan ammattiopisto, liikelaitos', businessId: '5908301-5' },
      { name: 'Järvikylän kunta', businessId: '6613186-3' },
    ]);
    const line = lineOf(text, 'Lisäksi hankkeessa on mukana useita yhdistyksiä.');
    expect(result.unmapped).toContainEqual(expect.objectContaining({ value: 'Lisäksi hankkeessa on mukana useita yhdistyksiä.', line }));
    expect(result.diagnostics.some((d) => d.line === line && d.severity === 'warning')).toBe(true);
  });
  it('guard (review RVA): a note with entries after it, and an entry written as a sentence with an organisation\'s word, stay the block\'s', () => {
    const block = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nPohjolan ammattiopisto, liikelaitos, 5908301-5\nJärvikylän kunta, 6613186-3';
    const noteThenEntry = read(rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', `${block}\nLisäksi hankkeessa on mukana useita yhdistyksiä.\nKuusamon Nuorisoseura ry, 0832600-5`));
    expect(noteThenEntry.record!.organisation.coImplementers.map((entry) => entry.businessId)).toEqual(['5908301-5', '6613186-3', null, '0832600-5']);
    for (const entry of ['Oulun yliopisto, kasvatustieteiden ja psykologian tiedekunta.', 'Kuusamon kaupungin sosiaali- ja terveyspalveluiden aikuistyö.', 'Työ on mahdollisuus ry, Koillismaan toimipiste ja työpaja.']) {
      const sentenceEntry = read(rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', `${block}\n${entry}`));
      expect(sentenceEntry.record!.organisation.coImplementers.map((read) => read.name).at(-1)).toBe(entry);
    }
  });
  it('guard: an entry without its Y-tunnus below the entries stays an entry', () => {
    const block = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nPohjolan ammattiopisto, liikelaitos, 5908301-5\nJärvikylän kunta, 6613186-3\nKuusamon Nuorisoseura ry';
    const result = read(rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', block));
    expect(result.record!.organisation.coImplementers.map((entry) => entry.name)).toEqual(['Pohjolan ammattiopisto, liikelaitos', 'Järvikylän kunta', 'Kuusamon Nuorisoseura ry']);
  });
  void finalEnd;
});

describe('seventy-seventh round, audit WA: how values are read', () => {
  const municipalityWarning = (value: string) => {
    const text = withValue('Kunnat', value);
    const result = read(text);
    return { municipalities: result.record!.targetArea.municipalities, warned: result.diagnostics.some((d) => d.line === lineOf(text, `Kunnat: ${value}`) && d.severity === 'warning' && d.message.includes('may name another area')) };
  };
  it('a remark after a municipality naming another one inflected, as prose writes places, is said (an info said the remark was left out)', () => {
    for (const value of ['Kuusamo (sekä Taivalkosken kunta)', 'Kuusamo (myös Taivalkosken ja Posion alueet)', 'Kuusamo (myös Pudasjärvellä)', 'Kuusamo (+Salla)', 'Kuusamo (Taivalkoski-Posio)', 'Hollola (myös Lahden kaupunki)', 'Oulu (myös Iin kunta)', 'Kemi (myös Keminmaan kunta)']) {
      expect(municipalityWarning(value), value).toEqual({ municipalities: [value.split(' ')[0]], warned: true });
    }
  });
  it('guard: a former municipality, the name in Swedish, the name\'s own forms and a numeral in the remark are no other area', () => {
    for (const value of ['Kouvola (Valkeala, Elimäki)', 'Lahti (ent. Nastola)', 'Mustasaari (Korsholm)', 'Kuusamo (Kuusamon kaupunki)', 'Kuusamo (II vaihe)', 'Kuusamo (osittain)',
      // (Review RVA: a name's own forms that start as another name does, common words, rivers and surnames, a code.)
      'Keminmaa (Keminmaan kunta)', 'Kuhmoinen (Kuhmoisten kunta)', 'Eurajoki (Eurajoen kunta)', 'Kuusamo (Hankkeen toiminta-alue)', 'Kuusamo (Heinäkuusta 2016 alkaen)', 'Rovaniemi (Kemijoen varsi)', 'Kuusamo (yhteyshenkilö Kemppainen)', 'Kuusamo (II-vaihe)', 'Kuusamo (EURA-tunnus 123)',
      // (Review RVB: municipalities' names as common words, surnames and organisations' names, without a word that adds places.)
      'Kempele (Oulun seutu)', 'Kuusamo (Anne Salon vastuualue)', 'Kuusamo (Lahden ranta)', 'Kuusamo (EURAan)', 'Kuusamo (Lahden ranta ja saaristo)', 'Vaasa (myös Vasan)']) {
      expect(municipalityWarning(value).warned, value).toBe(false);
    }
  });
  const contact = (value: string) => {
    const text = withValue('Hankkeen yhteyshenkilön nimi', value);
    const result = read(text);
    return { name: result.record!.contact.name, warned: result.diagnostics.some((d) => d.line === lineOf(text, `Hankkeen yhteyshenkilön nimi: ${value}`) && d.severity === 'warning') };
  };
  it('a contact\'s name with another person, or a remark no form reads, in brackets is said (kept whole, unsaid)', () => {
    for (const value of ['Anna Keto-Tokoi (myöhemmin Matti Meikäläinen)', 'Anna Keto-Tokoi (Matti Meikäläinen)', 'Anna Keto-Tokoi (ei enää THL:n palveluksessa)']) {
      expect(contact(value), value).toEqual({ name: value, warned: true });
    }
  });
  it('a remark that the contact changed or is away, not a title, is said (an info called it the title)', () => {
    for (const value of ['Anna Keto-Tokoi (vaihtunut)', 'Anna Keto-Tokoi (työsuhde päättynyt)', 'Anna Keto-Tokoi (ei tavoitettavissa)', 'Anna Keto-Tokoi (päivitetään)', 'Anna Keto-Tokoi, vaihtunut']) {
      expect(contact(value), value).toEqual({ name: 'Anna Keto-Tokoi', warned: true });
    }
  });
  it('guard: a title after the name is still left out with an info (review RVA: participles of titles, units)', () => {
    for (const value of ['Anna Keto-Tokoi (projektipäällikkö)', 'Anna Keto-Tokoi, projektipäällikkö', 'Anna Keto-Tokoi (opettaja)', 'Anna Keto-Tokoi (erikoistunut tutkija)', 'Anna Keto-Tokoi, kunnanvaltuutettu', 'Anna Keto-Tokoi, nuorisopalvelut', 'Anna Keto-Tokoi (tavoitettavissa parhaiten sähköpostilla)', 'Anna Keto-Tokoi (kokenut sairaanhoitaja)', 'Anna Keto-Tokoi (ainoastaan aamupäivisin)', 'Anna Keto-Tokoi (kouluttaja, sertifioitunut)', 'Anna Keto-Tokoi (vastaa viimeistään)']) {
      expect(contact(value), value).toEqual({ name: 'Anna Keto-Tokoi', warned: false });
    }
  });
});

describe('seventy-seventh round, audit NA: every value moves when, and only when, its text moves', () => {
  it('an area list wrapped whole in quotes is read without them, noted (the first and last names kept a quote, their codes null)', () => {
    for (const [open, close] of [['"', '"'], ['”', '”'], ['“', '”'], ['«', '»']]) {
      const text = withValue('Kunnat', `${open}Kuusamo, Posio${close}`);
      const result = read(text);
      expect(result.record!.targetArea.municipalities, open).toEqual(['Kuusamo', 'Posio']);
      expect(result.record!.targetArea.municipalityCodes, open).toEqual(['305', '614']);
      expect(result.diagnostics.some((d) => d.line === lineOf(text, `Kunnat: ${open}Kuusamo, Posio${close}`) && d.message.includes('quotes'))).toBe(true);
    }
  });
  it('a typed value wrapped in quotes is read (a date, a phone number, an e-mail address were not)', () => {
    const text = withValue('Yhteyshenkilön sähköpostisoite', '"anne.multas@ksak.fi"');
    expect(read(text).record!.contact.email).toBe('anne.multas@ksak.fi');
  });
  it('guard: a text field keeps its quotes (they may be the name\'s own), and a value with quotes inside is not unquoted', () => {
    const named = read(withValue('Hankkeen nimi', '"Välittävät verkostot"'));
    expect(named.record!.project.name).toBe('"Välittävät verkostot"');
  });
  it('guard (review RVA): a dash in a remark\'s dates or a sentence of an address field stays', () => {
    expect(read(withValue('WWW-osoite', 'www.ksak.fi (1.1.2015–31.12.2018)')).record!.organisation.website).toBe('www.ksak.fi');
    const sentence = read(withValue('Yhteyshenkilön sähköpostisoite', 'Sähköpostiosoite vaihtuu kesä–heinäkuussa.'));
    expect(sentence.record!.contact.email).toBe('Sähköpostiosoite vaihtuu kesä–heinäkuussa.');
    expect(sentence.diagnostics.some((d) => d.message.includes('dash inside the address'))).toBe(false);
  });
  it('guard (review RVC): of two web addresses, a dashed one not read as an address stays as written, said as before', () => {
    const text = withValue('WWW-osoite', 'www.ksak.fi, www.valittavat–verkostot.fi');
    const result = read(text);
    expect(result.record!.organisation.website).toBe('www.ksak.fi, www.valittavat–verkostot.fi');
    expect(result.diagnostics.some((d) => d.message.includes('dash inside the address'))).toBe(false);
  });
  it('a label\'s line inside the sustainability table, read as a row, is not said to be "read as text" beside "read as a row"', () => {
    const row = 'Ilmastonmuutoksen aiheuttamien riskien vähentäminen 6 8';
    const text = rewrite(seed2014, `\n${row}\n`, `\nKunnat: Oulu, Kemi\n${row}\n`);
    const said = read(text).diagnostics.filter((d) => d.line === lineOf(text, 'Kunnat: Oulu, Kemi'));
    expect(said.map((d) => d.rule).sort()).toEqual(['label-in-text', 'missing-score']);
    expect(said.find((d) => d.rule === 'label-in-text')!.message).not.toContain('read as text');
  });
  it('a dash inside an e-mail or a web address is read as a hyphen, said (kept unsaid)', () => {
    expect(read(withValue('WWW-osoite', 'http://www.valittavat–verkostot.fi')).record!.organisation.website).toBe('http://www.valittavat-verkostot.fi');
    const text = withValue('Yhteyshenkilön sähköpostisoite', 'anne.multas–kivela@ksak.fi');
    const result = read(text);
    expect(result.record!.contact.email).toBe('anne.multas-kivela@ksak.fi');
    expect(result.diagnostics.some((d) => d.line === lineOf(text, 'Yhteyshenkilön sähköpostisoite: anne.multas–kivela@ksak.fi') && d.severity === 'warning')).toBe(true);
  });
});
