// What the fortieth round found: each reproduced on a small invented text, read right now or said at
// its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import * as n from '../src/map/normalise.js';
import { lineOf, lines, rulesAt, strongCuts } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';


/** An invented ESR 2014–2020 description's sections 1 and 2, blank lines between. */
const head1420 = (status = 'Toiminta päättynyt') => [
  '1 Hanke',
  '',
  'Hankekoodi: S21734',
  '',
  'Hankkeen nimi: Polkuja työhön',
  '',
  'Toimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta',
  '',
  'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen',
  '',
  'Suunnitelman mukainen toteutusaika: Alkaa 1.3.2016 ja päättyy 28.2.2019',
  '',
  `Toiminnan tila: ${status}`,
  '',
  'Vastuuviranomainen: Pohjois-Karjalan elinkeino-, liikenne- ja ympäristökeskus',
  '',
  '2 Hakijan perustiedot',
  '',
  'Hakijan virallinen nimi: Järvikylän kaupunki',
  '',
  'Y-tunnus: 1846307-0',
  '',
  'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija',
  '',
];
const title1420 = 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus';
/** Sections 3 to 5 after the head: the summary, the target groups and the funding. */
const body1420 = [
  '3 Suunnitelman mukainen tiivistelmä toteutuksesta',
  '',
  'Hankkeessa valmennetaan pitkään työttömänä olleita kaupungin pajoissa.',
  '',
  '4 Hankkeen kohderyhmät',
  '',
  '4.1 Varsinaiset kohderyhmät',
  '',
  'Pitkäaikaistyöttömät.',
  '',
  '4.2 Välilliset kohderyhmät',
  '',
  'Työnantajat.',
  '',
  '5 Hankkeen julkinen rahoitus, euroa',
  '',
];

describe('audit round 40: a report\'s, decision\'s or application\'s title with a labelled identifier', () => {
  /** A report's basic data as a description's `Label: value` lines (no numbered heading), then its own sections. */
  const reportBody = head1420().filter((line) => line.includes(':')).flatMap((line) => [line]).concat(['', 'Toteutus ja tulokset', '', 'Hankkeessa valmennettiin 164 asiakasta.']);
  it.each([
    ['Loppuraportti, hankekoodi S21734'],
    ['LOPPURAPORTTI                    Hankekoodi S21734'],
    ['PÄÄTÖS                                   Dnro ESAELY/412/2016'],
    ['Päätös ESAELY/412/2016'],
    ['HAKEMUS                    Hakemusnumero 123456'],
  ])('`%s` over a run of a description\'s fields is refused, as the title alone is (it was read as a description, `ok: true`)', (top) => {
    const result = parse(lines(top, '', ...reportBody));
    expect(result.record).toBeNull();
    expect(result.diagnostics.map((d) => [d.rule, d.line])).toEqual([['unknown-template', 1]]);
  });
  it('the same fields without the title are read as a description (guard: the title decides)', () => {
    expect(parse(lines(...reportBody)).template).toBe('esr-2014-2020');
  });
  it('a description\'s own title, or a mail\'s subject naming the code, is read (guards)', () => {
    expect(parse(lines(title1420, '', ...head1420(), ...body1420)).template).toBe('esr-2014-2020');
    expect(parse(lines('Aihe: Hankkeen kuvaus, hankekoodi S21734', '', title1420, '', ...head1420(), ...body1420)).template).toBe('esr-2014-2020');
  });
});

describe('audit round 40: an attachment below the last section', () => {
  const whole = (...after: string[]) => lines(title1420, '', ...head1420(), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 412 800', '', '9 Loppuraportin tiivistelmä', '', 'Hankkeessa valmennettiin 164 asiakasta.', '', ...after);
  it.each([
    [['LIITE 1. Hankkeen kustannusarvio', '', 'Kustannuslaji\t2016\t2017', 'Henkilöstökulut\t98 400\t132 000']],
    [['Liitteet', '', '1. Hankkeen viestintäsuunnitelma', '2. Ohjausryhmän kokoonpano']],
    [['Liite: Projektin ohjausryhmä', '', 'Puheenjohtaja: Marjatta Kemppainen', 'Sihteeri: Ari Tolonen']],
  ])('%j is kept apart and said, not the final report\'s text (it was, silently)', (after) => {
    const text = whole(...after);
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe('Hankkeessa valmennettiin 164 asiakasta.');
    expect(result.unmapped.map((u) => u.value)).toContain(after[0]);
    expect(rulesAt(text, after[0])).toContainEqual(['warning', 'unmapped-text']);
  });
  it('a sentence that names an attachment, and a mark with a sentence below it, stay the report\'s (guards)', () => {
    expect(parse(whole('Liitteenä on hankkeen viestintäsuunnitelma.')).record!.finalReportSummary).toContain('Liitteenä on hankkeen viestintäsuunnitelma.');
    expect(parse(whole('Liite 1: Käsikirja', '', 'Se on luettavissa hankkeen sivuilla.')).record!.finalReportSummary).toContain('Liite 1: Käsikirja');
  });
});

describe('audit round 40: values written with a remark', () => {
  it.each([['10.1 (myös 10.2)'], ['10.1 (10.2)'], ['10.1 ja osin 10.2'], ['4.1 Alueellisten innovaatiokeskittymien vahvistaminen (myös 4.2)']])('a second objective in `%s`: no code, a warning (the first was read and the remark made the title, silently)', (value) => {
    const read = n.parseSpecificObjective(value);
    expect(read.value).toEqual({ code: null, title: value });
    expect(read.warnings?.map((w) => w.rule)).toEqual(['invalid-value']);
  });
  it.each([['2: Työllistymisen edistäminen (myös TL1)'], ['5 (myös 3)'], ['TL5 (osin TL3)']])('a second axis in `%s`: no number, a warning', (value) => {
    const read = n.parsePriorityAxis(value);
    expect(read.value!.number).toBeNull();
    expect(read.warnings?.map((w) => w.rule)).toEqual(['invalid-value']);
  });
  it('objectives and axes with a year, a date or the fund in brackets are read as before (guards)', () => {
    expect(n.parseSpecificObjective('12.3. Sosiaali- ja terveysalan henkilöstön osaamisen parantaminen (1.1.2021 alkaen)').value!.code).toBe('12.3');
    expect(n.parsePriorityAxis('5. Sosiaalinen osallisuus ja köyhyyden torjunta (2014–2020)').value!.number).toBe(5);
    expect(n.parsePriorityAxis('Toimintalinja 5 (ESR)').value!.number).toBe(5);
    expect(n.parsePriorityAxis('5. Sosiaalinen osallisuus (TL 5)').value!.number).toBe(5);
  });
  it('a web address in a remark after the site is read too (it was dropped); a single-address field keeps the first', () => {
    expect(n.parseWebsites('www.kemi.fi/polkutyohon (myös www.lappi.fi/polku)').value).toEqual(['www.kemi.fi/polkutyohon', 'www.lappi.fi/polku']);
    expect(n.parseWebsite('www.kemi.fi/polkutyohon (myös www.lappi.fi/polku)').value).toBe('www.kemi.fi/polkutyohon');
  });
  it('a count with its unit alone is read with a note, not a warning that no women were read', () => {
    expect(n.parseIndicator('120 henkilöä')).toEqual({ value: { total: 120, women: null }, notes: [{ rule: 'normalised-value', message: '"120 henkilöä" read as 120 (the unit "henkilöä" left out)' }] });
  });
  it('a unit another indicator counts in (`150 yritystä` as participants) is said at its line', () => {
    const text = lines(title1420, '', ...head1420('Toiminnassa'), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 412 800', '', '7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantatiedoista', '', '7.2 Osallistuvien henkilöiden lukumäärä', '', 'Suunniteltu: 150 yritystä', '', 'Toteutunut seurantatietojen mukaan: 0', '', '8 Horisontaaliset periaatteet', '');
    const result = parse(text);
    expect(result.record!.indicators.participants.planned).toEqual({ total: 150, women: null });
    expect(result.diagnostics.filter((d) => d.line === lineOf(text, 'Suunniteltu: 150 yritystä') && d.severity === 'warning').map((d) => d.message)).toEqual(['Suunniteltu: "150 yritystä" counts in "yritystä", which is not what this indicator counts: read as written, but the figure may belong to another indicator']);
  });
  it('`Only one applicant` below its English label in a flattened copy is the arrangement (it began the summary)', () => {
    const text = lines('![]() |', 'Project code: S21734', 'Project name: Digital everyday skills', 'Policy: 5. Social inclusion and combating poverty', 'Official name of the applicant: City of Järvikylä', 'Business ID: 1846307-0', 'Number of applicants or subsidy transfer:', 'Only one applicant', 'The project offers jobseekers short courses in everyday digital skills.');
    const result = parse(text);
    expect(result.record!.organisation.applicantArrangement).toBe('Only one applicant');
    expect(result.record!.summary).toBe('The project offers jobseekers short courses in everyday digital skills.');
  });
});

describe('audit round 40: copies that stop', () => {
  it.each([['4 Hankkeen kohderyhmät'], ['8 Horisontaaliset periaatteet']])('a heading of subsections (`%s`) as the last line, before sections the copy lacks: said cut (nothing was said)', (heading) => {
    const text = lines(title1420, '', ...head1420(), '3 Suunnitelman mukainen tiivistelmä toteutuksesta', '', 'Hankkeessa valmennetaan pitkään työttömänä olleita.', '', heading);
    expect(rulesAt(text, heading)).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a final report of one word without its full stop (`Proje`): said cut; the register\'s placeholder is not (guard)', () => {
    const report = (word: string) => lines(title1420, '', ...head1420(), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 412 800', '', '9 Loppuraportin tiivistelmä', '', word);
    expect(rulesAt(report('Proje'), 'Proje')).toContainEqual(['warning', 'text-cut-off']);
    expect(rulesAt(report('Kesken'), 'Kesken')).not.toContainEqual(['warning', 'text-cut-off']);
  });
  it.each([['1 185'], ['4984']])('a few thousand euros as the section\'s last amount, the later sections absent (`%s` of 1 185 262): said', (amount) => {
    const line = `Toteutunut julkinen rahoitus yhteensä: ${amount}`;
    const text = lines(title1420, '', ...head1420(), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 960 000', '', 'Toteutunut EU- ja valtion rahoitus: 948 210', '', 'Suunniteltu julkinen rahoitus yhteensä: 1 200 000', '', line);
    expect(rulesAt(text, line)).toEqual(expect.arrayContaining([['warning', 'text-cut-off'], ['warning', 'value-cut-off']]));
  });
  it('a copy that ends on a field before its section\'s other fields and the later sections: said to end there, the value not doubted', () => {
    const line = 'Myönnetty EU- ja valtion rahoitus: 960 000';
    const text = lines(title1420, '', ...head1420(), ...body1420, line);
    const result = parse(text);
    expect(result.record!.funding.grantedEuAndState).toBe(960000);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off' || d.rule === 'value-cut-off').map((d) => [d.line, d.message.slice(0, 22)])).toEqual([[lineOf(text, line), 'The copy ends here in ']]);
  });
  it('a copy that ends with its section whole (an excerpt) is said to end there, its values not doubted (round 49: sections 8 and 9 absent were unsaid)', () => {
    const text = lines(title1420, '', ...head1420(), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 960 000', '', 'Toteutunut EU- ja valtion rahoitus: 948 210', '', 'Suunniteltu julkinen rahoitus yhteensä: 1 200 000', '', 'Toteutunut julkinen rahoitus yhteensä: 1 185 262');
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.message])).toEqual([['warning', expect.stringContaining('with none of the layout\'s later sections after it')]]);
    expect(result.record!.funding.actualPublicTotal).toBe(1185262);
  });
  it('an 8.1 explanation with a colon, cut after it (`…tilastoista: nuor`), the final report absent: said (the same cut before the colon was)', () => {
    const line = 'Analyysi tehtiin TE-toimiston tilastoista: nuor';
    const text = lines(title1420, '', ...head1420(), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 412 800', '', '8 Horisontaaliset periaatteet', '', '8.1 Sukupuolten tasa-arvo', '', 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', line);
    expect(strongCuts(parse(text)).map((d) => d.line)).toEqual([lineOf(text, line)]);
  });
  it('a copy without blank lines ending on a later heading\'s number below a heading (`3.1`): said cut, not read as section 3\'s text', () => {
    const text = lines('Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus', '1. Projekti', 'Projektikoodi: S14321', 'Projektin nimi: Polku Pajalle', 'Vastuuviranomainen: Satakunnan ELY-keskus', '2. Projektin toteuttaja', 'Toteuttajaorganisaation nimi: Järvikylän kaupunki', 'Y-tunnus: 1846307-0', '3. Projektin toteutusalue ja kohderyhmän kuvaus', '3.1');
    const result = parse(text);
    expect(result.record!.targetArea.description).toBeNull();
    expect(strongCuts(result).map((d) => d.line)).toEqual([10]);
  });
  it('a page\'s summary of one word below its heading (`Hankkeessa`): said cut (pages were never)', () => {
    const page = readFileSync(`${root}/fixtures/pages/ended.txt`, 'utf8');
    const text = `${page.slice(0, page.indexOf('Hanke tuki nuoria työhön.'))}Hankkeessa\n`;
    expect(rulesAt(text, 'Hankkeessa')).toContainEqual(['warning', 'text-cut-off']);
  });
});

describe('audit round 40: headings', () => {
  it('pandoc\'s attributes at a page\'s headings are the converter\'s, not the page\'s (the name kept `{#…}`, the results went unread)', () => {
    const page = readFileSync(`${root}/fixtures/pages/ended.txt`, 'utf8');
    const text = page.replace('Nuorten polut työhön', '# Nuorten polut työhön {#nuorten-polut .title}').replace('\nTulokset\n', '\n## Tulokset {#tulokset}\n');
    const result = parse(text);
    expect(result.record!.project.name).toBe('Nuorten polut työhön');
    expect(result.record!.projectPage.results).toBe('Kolmekymmentä nuorta työllistyi.');
  });
  it('an English copy without blank lines, hard-wrapped: a later numbered heading the layout does not know, above a wrapped sentence, is kept apart (it ran into the summary, silently)', () => {
    const text = lines(
      'Description of the project funded by the European Social Fund (ESF)', '1 Project', 'Project code: S21734', 'Project name: Digital everyday skills',
      'Policy: 5. Social inclusion and combating poverty', '2 Basic applicant information', 'Official name of the applicant: City of Järvikylä', 'Business ID: 1846307-0',
      '3 Plan-specified summary of the project completion',
      'The project offers jobseekers over 55 in Vantaa and Kerava short', 'courses in everyday digital skills at libraries and the adult', 'education centre.',
      '9 Summary of the final report',
      'The project reached 214 participants, of whom 131 were women. Most', 'participants completed at least one course module.',
    );
    const result = parse(text);
    expect(result.record!.summary).toBe('The project offers jobseekers over 55 in Vantaa and Kerava short\ncourses in everyday digital skills at libraries and the adult\neducation centre.');
    expect(rulesAt(text, '9 Summary of the final report')).toContainEqual(['warning', 'unknown-section']);
  });
  it('a summary\'s sentence that starts with a figure after a sentence\'s end stays the summary\'s (guard)', () => {
    const text = lines(
      'Description of the project funded by the European Social Fund (ESF)', '1 Project', 'Project code: S21734', 'Project name: Digital everyday skills',
      'Policy: 5. Social inclusion and combating poverty', '2 Basic applicant information', 'Official name of the applicant: City of Järvikylä', 'Business ID: 1846307-0',
      '3 Plan-specified summary of the project completion',
      'The project offers jobseekers over 55 in Vantaa and Kerava short', 'courses in everyday digital skills.',
      '9 participants of the pilot found work within the first year of', 'the project, and the model was taken up by the adult education centre.',
    );
    expect(parse(text).record!.summary).toContain('9 participants of the pilot found work');
  });
});

describe('audit round 40, the second wave and the reviews', () => {
  /** A flattened 2014–2020 copy: image links, the fields of sections 1 and 2, then the summary. */
  const flat = (...summary: string[]) => lines('![]() |', '![]() |', ...head1420('Toiminnassa').filter((line) => line.includes(':')), ...summary);
  it('a flattened copy\'s summary opening with a sentence with a colon inside is the summary (it was an unknown label in section 2, kept apart)', () => {
    const first = 'Hankkeella on kolme päätavoitetta: pajatoiminnan vakiinnuttaminen, työkokeilujen lisääminen ja yritysyhteistyön tiivistäminen.';
    const result = parse(flat(first, 'Pajoja on kolme.'));
    expect(result.record!.summary).toBe(`${first}\nPajoja on kolme.`);
    expect(result.unmapped).toEqual([]);
  });
  it('a flattened copy\'s summary cut below its sub-heading (`Tulokset` / `… on sel`): said (nothing was)', () => {
    const last = 'Hankkeen tuloksena osallistujien työ- ja toimintakyky on sel';
    const text = flat('Hankkeessa valmennetaan pitkään työttömänä olleita kaupungin pajoissa.', 'Tulokset', last);
    expect(rulesAt(text, last)).toContainEqual(['warning', 'text-cut-off']);
  });
  it('a site\'s menu as a Markdown list at a page\'s top, an item wrapped, is furniture (it became the page\'s name, silently)', () => {
    const page = readFileSync(`${root}/fixtures/pages/ended.txt`, 'utf8');
    const result = parse(`* [Etusivu](https://www.rakennerahastot.fi/)\n* [Hankkeet](https://www.rakennerahastot.fi/hankkeet)\n* [Ota\nyhteyttä](https://www.rakennerahastot.fi/yhteystiedot)\n\n${page}`);
    expect(result.record!.project.name).toBe('Nuorten polut työhön');
    expect(result.record!.project.tagline).toBe('Nuorten työllistymisen tukeminen Etelä-Savossa.');
  });
  it('a longer remark after a site whose address it says is old is not read as a site (guard of the review)', () => {
    expect(n.parseWebsites('www.tyopolku.fi (vanha osoite www.tyopolku.net ei ole enää käytössä)').value).toEqual(['www.tyopolku.fi']);
  });
  it('a final report `Ei` is not said cut; one of a longer word is, as perhaps one word (review)', () => {
    const report = (word: string) => lines(title1420, '', ...head1420(), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 412 800', '', '9 Loppuraportin tiivistelmä', '', word);
    expect(rulesAt(report('Ei'), 'Ei')).toEqual([]);
    expect(parse(report('Keskeytetty')).diagnostics.find((d) => d.rule === 'text-cut-off')?.message).toMatch(/^The text ends here in section 9 on one word without a full stop/);
  });
  it('a page section other than the summary that ends the copy on a short whole answer (`Ei ole`) is not said cut inside it (review); the later sections absent are said (round 73)', () => {
    const page = readFileSync(`${root}/fixtures/pages/ended.txt`, 'utf8');
    const text = `${page.slice(0, page.indexOf('Yksilövalmennus ja työkokeilut.'))}Ei ole\n`;
    const cut = parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off');
    expect(cut.map((d) => [d.severity, d.line, d.message.slice(0, 66)])).toEqual([['warning', lineOf(text, 'Ei ole'), 'The copy ends here in section "Ratkaisun kuvaus", with none of the'] ]);
  });
  it('an ongoing 2007–2013 copy cut after 8.1\'s first classification, its other values absent: said to end there (nothing was said)', () => {
    const line = 'Tasa-arvo: Sukupuolineutraali projekti';
    const text = lines('Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus', '', '1. Projekti', '', 'Projektikoodi: S14321', '', 'Projektin nimi: Polku Pajalle', '', 'Toiminnan tila: Toiminnassa', '', 'Vastuuviranomainen: Satakunnan ELY-keskus', '', '2. Projektin toteuttaja', '', 'Toteuttajaorganisaation nimi: Järvikylän kaupunki', '', '5. Suunnitelman mukainen tiivistelmä toteutuksesta', '', 'Projektissa valmennetaan nuoria.', '', '8.1 Valtakunnalliset painopisteet', '', line);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.line, d.message.slice(0, 22)])).toEqual([[lineOf(text, line), 'The copy ends here in ']]);
  });
  it('an unknown label with a short value between a flattened copy\'s fields opens no summary; the field below it keeps its value (guard of review R3)', () => {
    const [code, name, axis, objective, period, status, authority, applicant, id, arrangement] = head1420('Toiminnassa').filter((line) => line.includes(':'));
    const result = parse(lines('![]() |', code, name, axis, objective, period, status, authority, applicant, id, 'Yhteyshenkilön varahenkilön nimi ja asema: Matti Toivanen, talouspäällikkö', arrangement, 'Hankkeessa valmennetaan pitkään työttömänä olleita kaupungin pajoissa.'));
    expect(result.record!.organisation.applicantArrangement).toBe('Vain yksi hakija');
    expect(result.record!.summary).toBe('Hankkeessa valmennetaan pitkään työttömänä olleita kaupungin pajoissa.');
  });
  it('a site\'s menu as a Markdown list of any words, one item a link wrapped inside its words or its address, is furniture (review R3)', () => {
    const page = readFileSync(`${root}/fixtures/pages/ended.txt`, 'utf8');
    for (const menu of ['* [Etusivu](https://www.rakennerahastot.fi/)\n* Ajankohtaista\n* [Tietoa rakennerahasto-\n  ohjelmasta](https://www.rakennerahastot.fi/tietoa)', '* [Etusivu](https://www.rakennerahastot.fi/)\n* [Hankkeet](https://www.rakennerahastot.fi/web/hankkeet-ja-\ntulokset)\n* Yhteystiedot']) {
      const result = parse(`${menu}\n\n${page}`);
      expect(result.record!.project.name).toBe('Nuorten polut työhön');
      expect(result.unmapped).toEqual([]);
    }
  });
  it('a flattened summary\'s last line below a sub-heading that ends on a name is not said cut (guard of review R3)', () => {
    const text = flat('Hankkeessa valmennetaan pitkään työttömänä olleita kaupungin pajoissa.', 'Yhteystiedot', 'Lisätietoja antaa hankkeen projektipäällikkö Riikka Hämäläinen');
    expect(rulesAt(text, 'Lisätietoja antaa hankkeen projektipäällikkö Riikka Hämäläinen')).not.toContainEqual(['warning', 'text-cut-off']);
  });
  it('the code review\'s cases: a remark saying an address is old, a date or an ordinal in brackets, a wrapped sentence below an attachment\'s mark, a text\'s own braces, a unit of any measure', () => {
    expect(n.parseWebsites('www.tyopolku.fi (vanha osoite: www.tyopolku.net)').value).toEqual(['www.tyopolku.fi']);
    expect(n.parseSpecificObjective('10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (1.9. alkaen)').value!.code).toBe('10.1');
    expect(n.parsePriorityAxis('5. Sosiaalinen osallisuus ja köyhyyden torjunta (2. hakukierros)').value!.number).toBe(5);
    expect(n.unitOfOtherMeasure('12 kpl', 'indicators.participants.planned')).toBeNull();
    expect(n.parseIndicator('12 kpl').warnings).toBeUndefined();
    const report = lines(title1420, '', ...head1420(), ...body1420, 'Myönnetty EU- ja valtion rahoitus: 412 800', '', '9 Loppuraportin tiivistelmä', '', 'Hankkeessa valmennettiin 164 asiakasta.', '', 'Liite 1: Ohjaajan käsikirja', '', 'Käsikirja on luettavissa hankkeen verkkosivuilla', 'osoitteessa www.polkuja.fi/kasikirja.');
    expect(parse(report).record!.finalReportSummary).toContain('Liite 1: Ohjaajan käsikirja');
    const braces = lines(title1420, '', ...head1420(), '3 Suunnitelman mukainen tiivistelmä toteutuksesta', '', 'Hankkeen tavoitteena on {x=1}', '', 'Lisäksi kokeillaan uutta. [Lähde](https://a.fi/b)');
    expect(parse(braces).record!.summary).toContain('Hankkeen tavoitteena on {x=1}');
  });
  it('`One applicant only`, the English value\'s other writing, is read below its label too', () => {
    const text = lines('![]() |', 'Project code: S21734', 'Project name: Digital everyday skills', 'Policy: 5. Social inclusion and combating poverty', 'Official name of the applicant: City of Järvikylä', 'Business ID: 1846307-0', 'Number of applicants or subsidy transfer:', 'One applicant only', 'The project offers jobseekers short courses in everyday digital skills.');
    expect(parse(text).record!.organisation.applicantArrangement).toBe('One applicant only');
  });
});

