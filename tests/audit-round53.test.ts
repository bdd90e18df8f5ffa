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

/** An invented flattened 2014–2020 copy (audit M's), a numbered list in 8.1: the texts of later cases are edits of it. */
const flat2014 = [
  '![]() |',
  '![]() |',
  'Hankekoodi: S21987',
  'Hankkeen nimi: Askelmerkit',
  'Toimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta',
  'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen',
  'Suunnitelman mukainen toteutusaika: Alkaa 1.2.2016 ja päättyy 31.1.2019',
  'Toiminnan tila: Toiminta päättynyt',
  'Vastuuviranomainen: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus',
  'Hakijan virallinen nimi: Savon Kuntoutussäätiö sr',
  'Organisaatiotyyppi: Säätiö',
  'Y-tunnus: 7654321-2',
  'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija',
  'Hankkeessa valmennetaan pitkäaikaistyöttömiä Mikkelissä.',
  'Myönnetty EU- ja valtion rahoitus: 600 000',
  'Toteutunut EU- ja valtion rahoitus: 580 000',
  'Suunniteltu julkinen rahoitus yhteensä: 750 000',
  'Toteutunut julkinen rahoitus yhteensä: 725 000',
  'Maakunnat: Etelä-Savo',
  'Seutukunnat: Mikkelin',
  'Kunnat: Mikkeli',
  'Suunniteltu: 10',
  'Toteutunut seurantatietojen mukaan: 8',
  'Suunniteltu: 240',
  'Toteutunut seurantatietojen mukaan: 251',
  'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä',
  'Naisia on työttömistä 40 %.',
  'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Kyllä',
  'Ryhmät kootaan kahdella tavalla.',
  '1. Sekaryhmät',
  '2. Naisten ryhmä',
  'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei',
  'Tasa-arvo huomioidaan kaikissa toimenpiteissä.',
  'VälitönVälillinen',
  'Ekologinen kestävyys',
  'Luonnonvarojen käytön kestävyys 5 7',
  'Kierrätys pajoilla.',
  'Hankkeeseen osallistui 251 henkilöä.',
].join('\n');

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

describe('fifty-third round: a numbered list in a flattened copy (audit M)', () => {
  // Invented flattened copies (no headings, no blank lines, as the register's flattened copies come).
  const flat2007 = [
    '![]() |',
    '![]() |',
    'Projektikoodi: S11234',
    'Projektin nimi: Polkuja pajalle',
    'Osio: Manner-Suomen osio',
    'Toimintalinja: 2: Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen',
    'Projektityyppi: Projekti, jossa on henkilöitä mukana',
    'Suunnitelman mukainen toteutusaika: Alkaa 1.3.2009 ja päättyy 28.2.2012',
    'Toiminnan tila: Toiminta päättynyt',
    'Vastuuviranomainen: Satakunnan elinkeino-, liikenne- ja ympäristökeskus',
    'Toteuttajaorganisaation nimi: Karhulan Työpaja ry',
    'Organisaatiotyyppi: Yhdistys',
    'Y-tunnus: 1234567-1',
    'Osoite: Pajakatu 4, 28100 Pori',
    'Maakunnat: Satakunta',
    'Seutukunnat: Porin',
    'Kunnat: Pori, Ulvila',
    'Alle 25-vuotiaat työttömät nuoret.',
    '1. Peruskoulun jälkeen ilman opiskelupaikkaa jääneet',
    '2. Ammatillisen koulutuksen keskeyttäneet',
    'Nuorten kanssa työskentelevät ohjaajat.',
    'Suunniteltu: 60, joista naisia 25',
    'Toteutunut seurantatietojen mukaan: 71, joista naisia 30',
    'Suunniteltu: 5, joista naisten työpaikkoja 2',
    'Toteutunut seurantatietojen mukaan: 4, joista naisten työpaikkoja 2',
    'Suunniteltu: 0, joista naisten perustamia 0',
    'Toteutunut seurantatietojen mukaan: 0, joista naisten perustamia 0',
    'Suunniteltu: 10, joista naisten tutkintoja 4',
    'Toteutunut seurantatietojen mukaan: 12, joista naisten tutkintoja 5',
    'Nuoret työskentelevät pajoissa ja suorittavat tutkinnon osia.',
    'Myönnetty EU- ja valtion rahoitus: 410 000',
    'Toteutunut EU- ja valtion rahoitus: 395 120',
    'Suunniteltu julkinen rahoitus yhteensä: 520 000',
    'Toteutunut julkinen rahoitus yhteensä: 501 300',
  ].join('\n');


  it('items `1.` and `2.` on lines next to each other after a sentence are the text\'s list: the indicators below read (were an unknown section taking them to unmapped, unsaid at their lines)', () => {
    const result = parse(flat2007);
    expect(result.record!.targetGroups.primary).toBe('Alle 25-vuotiaat työttömät nuoret.\n1. Peruskoulun jälkeen ilman opiskelupaikkaa jääneet\n2. Ammatillisen koulutuksen keskeyttäneet\nNuorten kanssa työskentelevät ohjaajat.');
    expect(result.record!.indicators.participants).toEqual({ planned: { total: 60, women: 25 }, actual: { total: 71, women: 30 } });
    expect(result.record!.indicators.qualifications).toEqual({ planned: { total: 10, women: 4 }, actual: { total: 12, women: 5 } });
    expect(result.record!.summary).toBe('Nuoret työskentelevät pajoissa ja suorittavat tutkinnon osia.');
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
  });

  it('the same in 8.1 of a 2014–2020 copy: the main-goal answer below the list is read (was in unmapped, unsaid)', () => {
    const result = parse(flat2014);
    expect(result.record!.horizontalPrinciples.genderEquality.mainstreaming).toEqual({ answer: true, text: 'Ryhmät kootaan kahdella tavalla.\n1. Sekaryhmät\n2. Naisten ryhmä' });
    expect(result.record!.horizontalPrinciples.genderEquality.primaryGoal).toEqual({ answer: false, text: 'Tasa-arvo huomioidaan kaikissa toimenpiteissä.' });
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
  });

  it('the layout\'s labels in the text of an unknown section whose sections are read nowhere are said each (they were unsaid at their lines)', () => {
    // Items not next to each other: the first stays an unknown heading, as before.
    const result = parse(flat2007.replace('2. Ammatillisen koulutuksen keskeyttäneet', 'Nuoria on paljon.\n2. Ammatillisen koulutuksen keskeyttäneet'));
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section').map((d) => d.line)).toEqual([19, 21]);
    expect(result.record!.indicators.participants).toEqual({ planned: null, actual: null });
    expect(result.diagnostics.filter((d) => d.rule === 'label-in-text').map((d) => [d.severity, d.line])).toEqual([23, 24, 25, 26, 27, 28, 29, 30].map((line) => ['warning', line]));
  });
});

describe('fifty-third round: amounts in another currency named by the heading or the label (audit Q1)', () => {
  it('`7. Projektin julkinen rahoitus, markkaa` leaves its amounts unread, a warning each (were read as euros, unsaid)', () => {
    const result = parse(seed2007.replace('7. Projektin julkinen rahoitus, euroa', '7. Projektin julkinen rahoitus, markkaa'));
    expect(result.record!.funding).toMatchObject({ grantedEuAndState: null, actualEuAndState: null, plannedPublicTotal: null, actualPublicTotal: null });
    expect([123, 125, 127, 129].map((line) => at(result, line))).toEqual([123, 125, 127, 129].map(() => [['warning', 'invalid-number']]));
  });

  it('a label\'s `(mk)` or `(FIM)` leaves that amount unread, a warning; `(euroa)` stays read', () => {
    const result = parse(seed2007.replace('Myönnetty EU- ja valtion rahoitus: 592 722', 'Myönnetty EU- ja valtion rahoitus (mk): 592 722').replace('Toteutunut EU- ja valtion rahoitus: 561 706', 'Toteutunut EU- ja valtion rahoitus (FIM): 561 706').replace('Suunniteltu julkinen rahoitus yhteensä: 694 522', 'Suunniteltu julkinen rahoitus yhteensä (euroa): 694 522'));
    expect(result.record!.funding).toMatchObject({ grantedEuAndState: null, actualEuAndState: null, plannedPublicTotal: 694522, actualPublicTotal: 674523 });
    expect(at(result, 123)).toEqual([['info', 'normalised-value'], ['warning', 'invalid-number']]);
    expect(at(result, 125)).toEqual([['info', 'normalised-value'], ['warning', 'invalid-number']]);
    expect(at(result, 127)).toEqual([['info', 'normalised-value']]);
  });
});

describe('fifty-third round: co-implementer lists in a flattened copy (audit O)', () => {
  const joint = fixture('shapes/co-implementers/joint-project.txt');
  const block = 'Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0\nJärvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4\n';
  const withBlock = (lines: string[]) => {
    expect(joint).toContain(block);
    return deriveShape(joint.replace(block, `${lines.join('\n')}\n`), 'flat');
  };
  const summaryStart = 'Hankkeessa rakennetaan pitkään työttömänä';
  const graz = { name: 'Universität Graz', businessId: null };
  const pohjoisen = { name: 'Pohjoisen työvalmennus, palvelut ja koulutus ry', businessId: '1957402-0' };
  const kunta = { name: 'Järvikylän kunta', businessId: '3064219-4' };

  it('a marked entry without its Y-tunnus among marked entries (`- Universität Graz`) is an entry, said (was the summary\'s start with every entry below it, unsaid)', () => {
    for (const marks of [['- ', '- ', '- '], ['1. ', '2. ', '3. '], ['a) ', 'b) ', 'c) '], ['• ', '• ', '• ']]) {
      const result = parse(withBlock([`${marks[0]}Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0`, `${marks[1]}Universität Graz`, `${marks[2]}Järvikylän kunta, 3064219-4`]));
      expect(result.record!.organisation.coImplementers).toEqual([pohjoisen, graz, kunta]);
      expect(result.record!.summary!.startsWith(summaryStart)).toBe(true);
      expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id').length).toBe(1);
    }
  });

  it('such an entry first is read alike (was an empty list); names alone below the heading, or after the last entry, stay the text\'s, said (review R: the summary\'s own list may stand there)', () => {
    const first = parse(withBlock(['- Universität Graz', '- Järvikylän kunta, 3064219-4']));
    expect(first.record!.organisation.coImplementers).toEqual([graz, kunta]);
    const none = parse(withBlock(['- Universität Graz', '- Stichting Werkbrug']));
    expect(none.record!.organisation.coImplementers).toEqual([]);
    expect(none.diagnostics.filter((d) => d.rule === 'ambiguous-label' && d.path === '/organisation/coImplementers').map((d) => d.severity)).toEqual(['warning']);
    const last = parse(withBlock(['- Järvikylän kunta, 3064219-4', '- Universität Graz']));
    expect(last.record!.organisation.coImplementers).toEqual([kunta]);
    expect(last.diagnostics.filter((d) => d.rule === 'ambiguous-label' && d.path === '/organisation/coImplementers').map((d) => d.severity)).toEqual(['warning']);
  });

  it('the summary\'s own marked sentences after marked entries stay the summary\'s, unsaid (review R\'s misfire)', () => {
    const result = parse(withBlock(['- Järvikylän kunta, 3064219-4', '- Järvikylän kunta järjestää työkokeilut', '- Työpaja vastaa valmennuksesta']));
    expect(result.record!.organisation.coImplementers).toEqual([kunta]);
    expect(result.record!.summary!.startsWith('- Järvikylän kunta järjestää työkokeilut\n- Työpaja vastaa valmennuksesta\n')).toBe(true);
    expect(result.diagnostics.filter((d) => (d.rule === 'ambiguous-label' || d.rule === 'missing-business-id') && d.path?.startsWith('/organisation/coImplementers'))).toEqual([]);
  });

  it('entries with the Y-tunnus first after a marker or in brackets (`- 1957402-0 …`, `(3064219-4) …`) are read (were the summary\'s start, an empty list)', () => {
    for (const lines of [['- 1957402-0 Pohjoisen työvalmennus, palvelut ja koulutus ry', '- 3064219-4 Järvikylän kunta'], ['(1957402-0) Pohjoisen työvalmennus, palvelut ja koulutus ry', '(3064219-4) Järvikylän kunta']]) {
      const result = parse(withBlock(lines));
      expect(result.record!.organisation.coImplementers).toEqual([pohjoisen, kunta]);
      expect(result.record!.summary!.startsWith(summaryStart)).toBe(true);
    }
  });

  it('`Y-tunnus 3064219-4, Järvikylän kunta` and `(3064219-4) Järvikylän kunta` read the Y-tunnus apart from the name, in a copy with blank lines too (the name kept it, said as missing)', () => {
    const tidy = joint.replace(block, 'Y-tunnus 1957402-0, Pohjoisen työvalmennus, palvelut ja koulutus ry\n(3064219-4) Järvikylän kunta\n');
    const result = parse(tidy);
    expect(result.record!.organisation.coImplementers).toEqual([pohjoisen, kunta]);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id')).toEqual([]);
  });

  it('a sentence after the entries\' marker stays the summary\'s (guard)', () => {
    const result = parse(withBlock(['- Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0', '- Hankkeessa kokeillaan uusia tapoja tukea työnhakijoita.']));
    expect(result.record!.organisation.coImplementers).toEqual([pohjoisen]);
  });
});

describe('fifty-third round: values to be confirmed (audit L A1)', () => {
  it('`täsmentyy myöhemmin`, `vahvistetaan myöhemmin`, `vahvistamatta`, `rekrytointi käynnissä` as a name are placeholders, said (were the value, unsaid)', () => {
    for (const phrase of ['täsmentyy myöhemmin', 'vahvistetaan myöhemmin', 'vahvistamatta', 'rekrytointi käynnissä']) {
      const result = parse(seed2007.replace('Projektin nimi: Mahdollistaja', `Projektin nimi: ${phrase}`));
      expect(result.record!.project.name).toBe(null);
      expect(result.diagnostics.filter((d) => d.rule === 'placeholder-text').map((d) => [d.severity, d.line])).toEqual([['warning', 11]]);
    }
  });
});

describe('fifty-third round: an edit\'s old value struck through in Markdown (audit L A2, A3)', () => {
  const esr2014 = fixture('shapes/react-eu/priority-axis-9.txt');
  it('`~~old~~ new` in a text, a typed value or a list is read without the struck words, a warning (the struck words were kept in names, unsaid)', () => {
    const result = parse(esr2014
      .replace('Hakijan virallinen nimi: Tampereen Esimerkkiammattiopisto Oy', 'Hakijan virallinen nimi: ~~Tampereen Koulutus Oy~~ Tampereen Esimerkkiammattiopisto Oy')
      .replace('Kunnat: Tampere, Nokia, Ylöjärvi', 'Kunnat: Tampere, ~~Pirkkala~~, Nokia, Ylöjärvi'));
    expect(result.record).toEqual(parse(esr2014).record);
    expect(at(result, 23)).toEqual([['warning', 'invalid-value']]);
    expect(at(result, 71)).toEqual([['warning', 'invalid-value']]);
  });

  it('a value struck through as a whole is no value, said', () => {
    const result = parse(esr2014.replace('Hakijan virallinen nimi: Tampereen Esimerkkiammattiopisto Oy', 'Hakijan virallinen nimi: ~~Tampereen Esimerkkiammattiopisto Oy~~'));
    expect(result.record!.organisation.name).toBe(null);
    expect(result.diagnostics.filter((d) => d.line === 23 && d.severity !== 'info').map((d) => d.rule)).toEqual(['missing-field', 'invalid-value']);
  });

  it('`~~` inside a web address is no strikethrough (review R\'s misfire)', () => {
    const text = seed2007.replace(/^(Toteuttajaorganisaation nimi: .*)$/mu, '$1\n\nWWW-osoite: www.esimerkki.fi/~~arkisto~~/kuusisto');
    expect(parse(text).diagnostics.filter((d) => d.message.includes('struck through'))).toEqual([]);
  });

  it('a co-implementer entry\'s struck name or Y-tunnus is left out, said', () => {
    const joint = fixture('shapes/co-implementers/joint-project.txt');
    const result = parse(joint.replace('Järvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4\n', '~~Järvikylän seurakunta~~ Järvikylän kunta, ~~3064219-3~~ 3064219-4\n'));
    expect(result.record!.organisation.coImplementers.at(-1)).toEqual({ name: 'Järvikylän kunta', businessId: '3064219-4' });
    expect(result.diagnostics.filter((d) => d.line === 52 && d.severity === 'warning').map((d) => d.rule)).toEqual(['normalised-value']);
  });

  it('a score-table row whose criterion ends with a figure or a mark (`… 5 / 6 8`, `… ~~4~~ 8 9`) is said (its scores were read from the last two figures, unsaid)', () => {
    for (const row of ['Ilmastonmuutoksen hillintä 5 / 8 9', 'Ilmastonmuutoksen hillintä ~~4~~ 8 9']) {
      const result = parse(esr2014.replace('Ilmastonmuutoksen hillintä 8 9', row));
      expect(result.diagnostics.filter((d) => d.line === 98 && d.severity === 'warning').map((d) => d.rule)).toEqual(['invalid-value']);
    }
    expect(parse(esr2014).diagnostics.filter((d) => d.line === 98)).toEqual([]);
  });
});

describe('fifty-third round: a text section\'s heading left out between two headed sections (audit N1, N2)', () => {
  it('without `3.3 Välilliset kohderyhmät` its paragraph is read as 3.2\'s end, said at it and at 3.3\'s path (was merged, unsaid)', () => {
    const result = parse(seed2007.replace('\n3.3 Välilliset kohderyhmät\n\n', '\n'));
    expect(result.record!.targetGroups.indirect).toBe(null);
    const said = result.diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary').map((d) => [d.severity, d.line, d.path]);
    expect(said).toEqual([['warning', 63, '/targetGroups/primary'], ['info', 63, '/targetGroups/indirect']]);
  });

  it('a page without its `Tulokset` heading: said at the summary', () => {
    const page = fixture('pages/ended.txt');
    const result = parse(page.replace('\nTulokset\n\n', '\n'));
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary' && d.severity === 'warning').map((d) => d.path)).toEqual(['/summary']);
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary' && d.severity === 'info').map((d) => d.path)).toEqual(['/projectPage/results']);
  });

  it('a part left out with its parent heading (`6.`, `6.1`, `6.2`) is an info; a renumbered technical-assistance copy says nothing (review R\'s misfires)', () => {
    const start = seed2007.indexOf('\n6. ');
    const end = seed2007.indexOf('\n7. Projektin julkinen rahoitus');
    expect(start).toBeGreaterThan(0);
    const result = parse(seed2007.slice(0, start) + seed2007.slice(end));
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary').map((d) => d.severity)).toEqual(['info', 'info', 'info']);
    expect(parse(fixture('shapes/renumbered/technical-assistance-area-text-2007-2013.txt')).diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary')).toEqual([]);
  });

  it('every heading written: nothing said (guard)', () => {
    expect(parse(seed2007).diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary')).toEqual([]);
    expect(parse(fixture('pages/ended.txt')).diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary')).toEqual([]);
  });
});

describe('fifty-third round: a heading\'s number after a word or sign (audit N4)', () => {
  it('`§7 …`, `Osa 7: …`, `Luku 9 …` are the sections\' headings, an info each (were lines of the text above, unsaid)', () => {
    const tidy = parse(seed2007);
    for (const [prefix, colon] of [['§', ''], ['§ ', ''], ['Osa ', ':'], ['Luku ', '.']]) {
      const text = seed2007.replace('\n7. Projektin julkinen rahoitus, euroa\n', `\n${prefix}7${colon} Projektin julkinen rahoitus, euroa\n`).replace('\n9. Loppuraportin tiivistelmä\n', `\n${prefix}9${colon} Loppuraportin tiivistelmä\n`);
      const result = parse(text);
      expect(result.record).toEqual(tidy.record);
      expect(result.diagnostics.filter((d) => d.rule === 'heading-variant').map((d) => [d.severity, d.line])).toEqual([['info', 121], ['info', 143]]);
    }
  });

  it('a number not the section\'s own after such a word stays text (guard: `Osa 3 Hankkeen kohderyhmät` is no 2007–2013 heading by number)', () => {
    const result = parse(seed2007.replace('\n9. Loppuraportin tiivistelmä\n', '\nOsa 3 Loppuraportin tiivistelmä\n'));
    expect(result.diagnostics.some((d) => d.rule === 'heading-variant' && d.line === 143 && d.severity === 'info')).toBe(false);
  });
});

describe('fifty-third round: a part the layout does not have, unnumbered, inside a text (audit N3)', () => {
  const ending = 'tilaisuuksia, jotka tunnistetaan hankkeen aikana.\n';
  it('`Liitteet` / its list standing alone at the end of 6.2\'s text is said (was read as 6.2\'s text, unsaid)', () => {
    expect(seed2007).toContain(ending);
    const result = parse(seed2007.replace(ending, `${ending}\nLiitteet\n\nValmennusmallin kuvaus, 12 sivua.\n`));
    expect(result.diagnostics.filter((d) => d.rule === 'heading-in-text').map((d) => [d.severity, d.line, d.path])).toEqual([['warning', 121, '/communication/disseminationPlan']]);
  });

  it('the same word inside a sentence, or alone at the text\'s end, is not said (guard)', () => {
    expect(parse(seed2007.replace(ending, `${ending}\nLiitteet ovat hakemuksessa.\n`)).diagnostics.filter((d) => d.rule === 'heading-in-text')).toEqual([]);
  });
});

describe('fifty-third round: marks and remarks written into values (audit L A4, A5, B1)', () => {
  it('a footnote\'s mark at a value\'s end (`…*`, `…¹`) is read without it, a warning (was kept in names, lost from answers, unsaid)', () => {
    for (const mark of ['*', '¹', ' *)']) {
      const result = parse(seed2007.replace('Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos', `Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos${mark}`));
      expect(result.record!.organisation.name).toBe('Terveyden ja hyvinvoinnin laitos');
      expect(at(result, 27)).toEqual([['warning', 'invalid-value']]);
    }
  });

  it('`HUOM!` inside a value is said, the value kept as written', () => {
    const result = parse(seed2007.replace('Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos', 'Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos HUOM! nimi muuttunut'));
    expect(result.record!.organisation.name).toBe('Terveyden ja hyvinvoinnin laitos HUOM! nimi muuttunut');
    expect(at(result, 27)).toEqual([['warning', 'invalid-value']]);
  });

  it('an earlier axis in a remark with a comma (`(muutettu, aiemmin 1)`) is two axes, said (was the number read, the remark in the title, unsaid)', () => {
    const result = parse(seed2007.replace(/^Toimintalinja: (.*)$/mu, 'Toimintalinja: $1 (muutettu, aiemmin 1)'));
    expect(result.record!.project.priorityAxis!.number).toBe(null);
    expect(result.diagnostics.filter((d) => d.path === '/project/priorityAxis' && d.severity === 'warning').map((d) => d.rule)).toEqual(['invalid-value']);
  });
});

describe('fifty-third round: a flattened copy\'s sub-headings named as later sections (audit M2)', () => {
  const flat = flat2014
    .replace('Hankkeessa valmennetaan pitkäaikaistyöttömiä Mikkelissä.\n', 'Hankkeessa valmennetaan pitkäaikaistyöttömiä Mikkelissä.\nSukupuolten tasa-arvo\nRyhmät kootaan tasapuolisesti.\nKestävä kehitys\nPajoilla käytetään kierrätysmateriaaleja.\nLoppuraportin tiivistelmä\nLoppuraportti laaditaan hankkeen päättyessä.\n')
    .replace('Ryhmät kootaan kahdella tavalla.\n1. Sekaryhmät\n2. Naisten ryhmä\n', 'Ryhmät kootaan sekaryhminä.\n');
  it('later sections\' heading words in the summary, the earlier sections\' labels below them, stay the summary\'s (were the copy\'s headings, every later field text, the table empty)', () => {
    const result = parse(flat);
    expect(result.record!.summary!.startsWith('Hankkeessa valmennetaan pitkäaikaistyöttömiä Mikkelissä.\nSukupuolten tasa-arvo\nRyhmät kootaan tasapuolisesti.')).toBe(true);
    expect(result.record!.funding.grantedEuAndState).toBe(600000);
    expect(result.record!.targetArea.municipalities).toEqual(['Mikkeli']);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment.map((row) => [row.criterion, row.direct, row.indirect])).toEqual([['Luonnonvarojen käytön kestävyys', 5, 7]]);
    expect(result.diagnostics.filter((d) => d.rule === 'label-in-text')).toEqual([]);
  });
});

describe('fifty-third round: the old provinces (audit Q4)', () => {
  it('`Maakunnat: Kaikki läänit` is nationwide, noted (was false, the name unknown)', () => {
    const result = parse(seed2007.replace(/^Maakunnat: .*$/mu, 'Maakunnat: Kaikki läänit'));
    expect(result.record!.targetArea.nationwide).toBe(true);
  });
});

describe('fifty-third round: a flattened summary opening with `Label: sentence` lines (audit M3)', () => {
  const flat = flat2014
    .replace('Vain yksi hakija\n', 'Vain yksi hakija\nTausta: Mikkelin seudulla on noin 600 pitkäaikaistyötöntä.\nTavoite: lisätä työllisyyttä ja toimintakykyä.\n')
    .replace('Ryhmät kootaan kahdella tavalla.\n1. Sekaryhmät\n2. Naisten ryhmä\n', 'Ryhmät kootaan sekaryhminä.\n');
  it('`Tausta: …` / `Tavoite: …` right below the fields are the summary\'s first lines, an info (were unknown labels of section 2, in unmapped)', () => {
    const result = parse(flat);
    expect(result.record!.summary!.startsWith('Tausta: Mikkelin seudulla on noin 600 pitkäaikaistyötöntä.\nTavoite: lisätä työllisyyttä ja toimintakykyä.\n')).toBe(true);
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'label-in-text').map((d) => [d.severity, d.line])).toEqual([['info', 14]]);
  });
});

describe('fifty-third round: the review R2\'s misfires', () => {
  it('a remark with a comma and a figure that is no axis (`(tarkistettu, versio 2)`) keeps the axis read (guard)', () => {
    const result = parse(seed2007.replace(/^Toimintalinja: (.*)$/mu, 'Toimintalinja: $1 (tarkistettu, versio 2)'));
    expect(result.record!.project.priorityAxis!.number).toBe(2);
  });

  it('a unit\'s superscript (`m²`) is no footnote\'s mark (guard)', () => {
    const result = parse(seed2007.replace('Projektin nimi: Mahdollistaja', 'Projektin nimi: Mahdollistaja 100 m²'));
    expect(result.record!.project.name).toBe('Mahdollistaja 100 m²');
  });

  it('a summary\'s own sub-headings `Riskit`, `Aikataulu` are not said (guard)', () => {
    const ending = 'tilaisuuksia, jotka tunnistetaan hankkeen aikana.\n';
    for (const word of ['Riskit', 'Aikataulu', 'Lisätiedot']) {
      expect(parse(seed2007.replace(ending, `${ending}\n${word}\n\nHanke etenee kolmessa vaiheessa.\n`)).diagnostics.filter((d) => d.rule === 'heading-in-text')).toEqual([]);
    }
  });
});

describe('fifty-third round: a flattened copy keeping its headings\' words, two sections swapped (review R2)', () => {
  const swapped = [
    'Euroopan unioni Vipuvoimaa EU:lta',
    'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
    'Hanke',
    'Hankekoodi: S21234',
    'Hankkeen nimi: Polku eteenpäin',
    'Toimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta',
    'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen',
    'Suunnitelman mukainen toteutusaika: Alkaa 1.3.2016 ja päättyy 28.2.2019',
    'Toiminnan tila: Toiminta päättynyt',
    'Vastuuviranomainen: Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus',
    'Hakijan perustiedot',
    'Hakijan virallinen nimi: Kivikoski Oy',
    'Organisaatiotyyppi: Yritys',
    'Y-tunnus: 1234567-1',
    'Jakeluosoite: Rantatie 4',
    'Puhelinnumero: 040 111 2233',
    'Postinumero: 40100',
    'Postitoimipaikka: Jyväskylä',
    'WWW-osoite: http://www.kivikoski.example',
    'Hankkeen yhteyshenkilön nimi: Virtanen Leena',
    'Yhteyshenkilön asema hakijaorganisaatiossa: Projektipäällikkö',
    'Yhteyshenkilön sähköpostisoite: leena.virtanen(at)kivikoski.example',
    'Yhteyshenkilön puhelinnumero: 040 222 3344',
    'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija',
    'Suunnitelman mukainen tiivistelmä toteutuksesta',
    'Hankkeessa kehitetään pitkään työttömänä olleille valmennusmalli Jyväskylän seudulla.',
    'Hankkeen toiminta perustuu yksilövalmennukseen ja ryhmätoimintaan.',
    'Hankkeen kohderyhmät',
    'Varsinaiset kohderyhmät',
    'Yli vuoden työttömänä olleet jyväskyläläiset.',
    'Välilliset kohderyhmät',
    'Kaupungin työllisyyspalvelut ja järjestöt.',
    'Maantieteellinen kohdealue',
    'Maakunnat: Keski-Suomi',
    'Seutukunnat: Jyväskylän',
    'Kunnat: Jyväskylä, Muurame',
    'Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa',
    'Jakeluosoite:',
    'Postinumero:',
    'Postitoimipaikka:',
    'Projektin julkinen rahoitus, euroa',
    'Myönnetty EU- ja valtion rahoitus: 320 000',
    'Toteutunut EU- ja valtion rahoitus: 301 500',
    'Suunniteltu julkinen rahoitus yhteensä: 400 000',
    'Toteutunut julkinen rahoitus yhteensä: 376 875',
    'Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista',
    'Osallistuvien yritysten lukumäärä',
    'Suunniteltu: 5',
    'Toteutunut seurantatietojen mukaan: 4',
    'Osallistuvien henkilöiden lukumäärä',
    'Suunniteltu: 120, joista naisia 50',
    'Toteutunut seurantatietojen mukaan: 131, joista naisia 60',
    'Horisontaaliset periaatteet',
    'Sukupuolten tasa-arvo',
    'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä',
    'Analyysi tehtiin tilastojen pohjalta.',
    'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Kyllä',
    'Valmennus räätälöidään.',
    'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei',
    'Tasa-arvo huomioidaan toiminnassa.',
    'Kestävä kehitys',
    'VälitönVälillinen',
    'Ekologinen kestävyys',
    'Luonnonvarojen käytön kestävyys 5 7',
    'Kierrätystä esitellään.',
    'Taloudellinen kestävyys',
    'Materiaalit ja jätteet 4 6',
    'Materiaalit käytetään säästeliäästi.',
    'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus',
    'Hyvinvoinnin edistäminen 9 9',
    'Osallistujien hyvinvointi paranee.',
    'Loppuraportin tiivistelmä',
    'Hankkeessa valmennettiin 131 henkilöä.',
  ].join('\n');
  it('`Maantieteellinen kohdealue` with its own labels right below stays the area\'s heading (guard: the area was emptied)', () => {
    const result = parse(swapped);
    expect(result.record!.targetArea.municipalities).toEqual(['Jyväskylä', 'Muurame']);
    expect(result.record!.targetArea.regions).toEqual(['Keski-Suomi']);
  });
});

describe('fifty-third round: review R2\'s unsaid co-implementer cases', () => {
  const joint = fixture('shapes/co-implementers/joint-project.txt');
  const block = 'Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0\nJärvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4\n';
  const withBlock = (lines: string[]) => deriveShape(joint.replace(block, `${lines.join('\n')}\n`), 'flat');
  it('a marked name between two unmarked entries is an entry, said (it and the entry after it were the summary\'s, unsaid)', () => {
    const result = parse(withBlock(['Järvikylän kunta, 3064219-4', '- Universität Graz', 'Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0']));
    expect(result.record!.organisation.coImplementers.map((entry) => entry.name)).toEqual(['Järvikylän kunta', 'Universität Graz', 'Pohjoisen työvalmennus, palvelut ja koulutus ry']);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id').length).toBe(1);
  });

  it('a marked name after unmarked entries is said as a possible entry', () => {
    const result = parse(withBlock(['Järvikylän kunta, 3064219-4', '- Universität Graz']));
    expect(result.record!.organisation.coImplementers.map((entry) => entry.name)).toEqual(['Järvikylän kunta']);
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label' && d.path === '/organisation/coImplementers').length).toBe(1);
  });
});

describe('fifty-third round: a code of another fund under the title (audit Q6)', () => {
  it('an EAKR `A…` code under the ESR title: the title\'s fund kept, the disagreement said at the fund (was ESR, unsaid there)', () => {
    const result = parse(seed2007.replace('Projektikoodi: S10843', 'Projektikoodi: A10843'));
    expect(result.record!.fund).toBe('ESR');
    expect(result.diagnostics.filter((d) => d.path === '/fund').map((d) => [d.severity, d.rule, d.line])).toEqual([['warning', 'invalid-value', 9]]);
    expect(parse(seed2007).diagnostics.filter((d) => d.path === '/fund')).toEqual([]);
  });
});

describe('fifty-third round: a 2021–2027 code in a text read by an earlier layout (audit Q3)', () => {
  it('`Hankekoodi: S30184` leaves programmePeriod null, said (was 2014-2020, said only at the code)', () => {
    const esr2014 = fixture('shapes/react-eu/priority-axis-9.txt');
    const code = /^Hankekoodi: (S2\d{4})$/mu.exec(esr2014)![1];
    const result = parse(esr2014.replace(`Hankekoodi: ${code}`, 'Hankekoodi: S30184'));
    expect(result.record!.programmePeriod).toBe(null);
    expect(result.diagnostics.filter((d) => d.path === '/programmePeriod').map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-value']]);
    expect(parse(esr2014).record!.programmePeriod).toBe('2014-2020');
  });
});

describe('fifty-third round: the review R3\'s misfire', () => {
  it('a field the layout lacks or mistypes, with a sentence after it, right below the fields stays an unknown label (`Muu kohdealue: …`, `Kunnnat: …`), not the summary\'s first line', () => {
    for (const line of ['Muu kohdealue: Koko Pohjois-Savon maakunta ja sen rajakunnat.', 'Kunnnat: Mikkeli, Juva ja Pieksämäki kuuluvat alueeseen.']) {
      const result = parse(flat2014.replace('Vain yksi hakija\n', `Vain yksi hakija\n${line}\n`));
      expect(result.unmapped.map((entry) => entry.line)).toEqual([14]);
      expect(result.diagnostics.filter((d) => d.line === 14 && d.rule === 'unknown-label').map((d) => d.severity)).toEqual(['warning']);
    }
  });
});
