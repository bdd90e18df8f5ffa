// What the fifty-ninth round found (audits AN, the lines set aside at a text's end; AO, the value readers):
// each reproduced on an edited fixture, read or said now.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { lineOf, rewrite } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
const seed2007 = fixture('seeds/000_ddad63b48901b7a4.txt');
const seed2014 = fixture('seeds/004_3bb6e26593869c78.txt').replace(/\n*$/u, '\n');
const said = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);

describe('fifty-ninth round (audit AO): a specific objective or an axis naming another with its title', () => {
  const objectiveLine = seed2014.split('\n').find((l) => l.startsWith('Erityistavoite:'))!;
  const axisLine = seed2014.split('\n').find((l) => l.startsWith('Toimintalinja:'))!;
  const project = (text: string) => parse(text).record!.project;

  it.each([
    '10.1 Työelämän ulkopuolella olevien (10.3 Köyhyysuhan alla olevien)',
    '10.1 Työelämän ulkopuolella olevien (ja 10.3 Köyhyysuhan alla olevien)',
    '10.1 Työelämän ulkopuolella olevien parantaminen – 10.3 Köyhyysuhan alla olevien',
    '10.1 Työelämän ulkopuolella olevien & 10.3 Köyhyysuhan alla',
    '10.1 Työelämän ulkopuolella olevien (aiemmin 10.3 Köyhyysuhan alla)',
  ])('`%s`: no code, said (was 10.1, unsaid)', (value) => {
    const line = `Erityistavoite: ${value}`;
    const text = rewrite(seed2014, objectiveLine, line);
    expect(project(text).specificObjective).toEqual({ code: null, title: value });
    expect(said(text, line)).toContainEqual(['warning', 'invalid-value']);
  });

  it.each(['10.1 Työelämän ulkopuolella olevien (päivitetty 15.3.)', '10.1 Työelämän ulkopuolella olevien (1.9. alkaen)', '10.1 Työelämän ulkopuolella olevien, muutettu 1.1.2016'])('guard: a date or a version in the title is no second code: `%s` reads 10.1', (value) => {
    const text = rewrite(seed2014, objectiveLine, `Erityistavoite: ${value}`);
    expect(project(text).specificObjective!.code).toBe('10.1');
  });

  it.each(['5. Sosiaalinen osallisuus ja köyhyyden torjunta (myös TL 3 Työllisyys)', '5. Sosiaalinen osallisuus ja köyhyyden torjunta (aiemmin 4. Koulutus)', '3 Työllisyys ja työvoiman liikkuvuus; 5 Sosiaalinen osallisuus', '3 Työllisyys ja työvoiman liikkuvuus 5. Sosiaalinen osallisuus'])('axis `%s`: no number, said (was the first, unsaid)', (value) => {
    const line = `Toimintalinja: ${value}`;
    const text = rewrite(seed2014, axisLine, line);
    expect(project(text).priorityAxis).toEqual({ number: null, title: value });
    expect(said(text, line)).toContainEqual(['warning', 'invalid-value']);
  });

  it.each(['5. Sosiaalinen osallisuus ja köyhyyden torjunta (covid-19-tilanne huomioiden)', '5. Sosiaalinen osallisuus ja köyhyyden torjunta (ESR)'])('guard: `%s` reads axis 5', (value) => {
    expect(project(rewrite(seed2014, axisLine, `Toimintalinja: ${value}`)).priorityAxis!.number).toBe(5);
  });
});

describe('fifty-ninth round (audit AO): contact names, e-mail forms, amounts and check boxes', () => {
  const nameLine = seed2007.split('\n').find((l) => l.startsWith('Vastuuhenkilön nimi:'))!;
  const name = (value: string) => {
    const line = `Vastuuhenkilön nimi: ${value}`;
    const text = rewrite(seed2007, nameLine, line);
    return { name: parse(text).record!.contact.name, said: said(text, line) };
  };

  it.each(['Anna Keto-Tokoi & Matti Meikäläinen', 'Anna Keto-Tokoi + Matti Meikäläinen', 'Anna Keto-Tokoi 1.9.2008–31.12.2009, Matti Meikäläinen 1.1.2010 alkaen', 'Projektipäällikkö Anna Keto-Tokoi, projektikoordinaattori Matti Meikäläinen', 'Anna Keto-Tokoi (sijainen Matti Meikäläinen)', 'Anna Keto-Tokoi (varahenkilö Matti Meikäläinen)'])('`%s` names two persons: kept as written, said (was unsaid)', (value) => {
    expect(name(value)).toEqual({ name: value, said: [['warning', 'invalid-value']] });
  });

  it.each(['Anna Keto-Tokoi 2008–2011', 'Anna Keto-Tokoi (ent. Anna Virtanen)', 'Virtanen, Outi Maria', 'Outi Virtanen, Project Manager'])('guard: `%s` names one person: no two-person warning', (value) => {
    expect(name(value).said).not.toContainEqual(['warning', 'invalid-value']);
  });

  it('a remark that the contact has left, `(eläkkeellä)`: the name read, the remark said with a warning, no more called a title', () => {
    const read = name('Anna Keto-Tokoi (eläkkeellä)');
    expect(read).toEqual({ name: 'Anna Keto-Tokoi', said: [['warning', 'normalised-value']] });
    expect(name('Anna Keto-Tokoi (projektipäällikkö)')).toEqual({ name: 'Anna Keto-Tokoi', said: [['info', 'normalised-value']] });
    expect(name('Anna Keto-Tokoi (tiedottaja)').said).toEqual([['info', 'normalised-value']]);
  });

  it('an e-mail in a mail program\'s display form, `Name <address>`: the address read, noted (was the whole text)', () => {
    const emailLine = seed2007.split('\n').find((l) => l.startsWith('Sähköposti:'))!;
    const line = 'Sähköposti: Anna Keto-Tokoi <anna.keto-tokoi@thl.fi>';
    const text = rewrite(seed2007, emailLine, line);
    expect(parse(text).record!.contact.email).toBe('anna.keto-tokoi@thl.fi');
    expect(said(text, line)).toEqual([['info', 'normalised-value']]);
  });

  it('an amount with a footnote mark right after its euro sign, `592 000 €*`: read, the footnote said (was null)', () => {
    const amountLine = seed2014.split('\n').find((l) => l.startsWith('Myönnetty EU- ja valtion rahoitus:'))!;
    const line = 'Myönnetty EU- ja valtion rahoitus: 592 000 €*';
    const text = rewrite(seed2014, amountLine, line);
    expect(parse(text).record!.funding.grantedEuAndState).toBe(592000);
    expect(said(text, line)).toEqual([['warning', 'invalid-value']]);
  });

  it.each([
    ['[x] Kyllä [ ] Ei', true],
    ['[ ] Kyllä [x] Ei', false],
    ['☒ Kyllä ☐ Ei', true],
    ['☐ Kyllä ☒ Ei', false],
    ['(x) Kyllä ( ) Ei', true],
    ['Kyllä ☐ Ei ☒', false],
  ])('a check box before or beside each answer, `%s`: the ticked answer (was none)', (boxes, answer) => {
    const question = seed2014.split('\n').find((l) => /sukupuolinäkökulmasta: (?:Kyllä|Ei)$/u.test(l))!;
    const line = question.replace(/(?:Kyllä|Ei)$/u, boxes);
    const text = rewrite(seed2014, question, line);
    expect(parse(text).record!.horizontalPrinciples.genderEquality.environmentAnalysis.answer).toBe(answer);
    expect(said(text, line)).toEqual([['info', 'normalised-value']]);
  });

  it('guard: both boxes ticked, or none, is no answer: said', () => {
    const question = seed2014.split('\n').find((l) => /sukupuolinäkökulmasta: (?:Kyllä|Ei)$/u.test(l))!;
    const line = question.replace(/(?:Kyllä|Ei)$/u, '[x] Kyllä [x] Ei');
    expect(said(rewrite(seed2014, question, line), line)).toContainEqual(['warning', 'invalid-value']);
  });
});

describe('fifty-ninth round (audit AN): lines at a text\'s end that read as a page\'s or a mail\'s, but may be the text\'s own', () => {
  const tidy = parse(seed2014).record!;
  const withEnd = (...lines: string[]) => `${seed2014}\n${lines.join('\n')}\n`;
  const kept = (text: string) => parse(text).unmapped.map((u) => u.value);
  const report = (text: string) => parse(text).record!.finalReportSummary;

  it.each([
    'Hanke koulutti 40 pienyritystä verkkokaupassa ja päivitti yritysten verkkosivujen evästeasetukset vastaamaan tietosuoja-asetusta.',
    'Verkkopalvelussa käytetään evästeitä vain kävijämäärien seurantaan.',
    'Verkkopalvelun evästeet huomioitiin',
  ])('a last line naming cookies that speaks to no reader: kept in unmapped, said (was dropped as a cookie notice, info only): `%s`', (line) => {
    const text = withEnd(line);
    expect(said(text, line)).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toContain(line);
    expect(report(text)).toBe(tidy.finalReportSummary);
  });

  it('guard: a cookie notice speaking to the reader at the end stays furniture (info)', () => {
    const line = 'Käytämme evästeitä parantaaksemme käyttökokemusta.';
    expect(said(withEnd(line), line)).toEqual([['info', 'page-furniture']]);
  });

  it('a last line of names parted by bars (no furniture phrases): kept in unmapped, said; a menu of phrases stays furniture', () => {
    const names = 'Kuusamon kaupunki | Posion kunta | Taivalkosken kunta';
    expect(said(withEnd(names), names)).toEqual([['warning', 'unmapped-text']]);
    const menu = 'Palaute | Saavutettavuusseloste | Tietosuoja';
    expect(said(withEnd(menu), menu)).toEqual([['info', 'page-furniture']]);
  });

  it('`Kiitos` over lines that name no person: kept in unmapped, said (was a signature, info only); with a name below it stays a signature', () => {
    const text = withEnd('Kiitos', 'Kuusamon kaupunki', 'Ksakki ry');
    expect(kept(text)).toEqual(expect.arrayContaining(['Kiitos', 'Kuusamon kaupunki', 'Ksakki ry']));
    expect(said(text, 'Ksakki ry')).toEqual([['warning', 'unmapped-text']]);
    const signed = withEnd('Kiitos', 'Kaarina Lumme', 'projektipäällikkö');
    expect(said(signed, 'Kaarina Lumme')).toEqual([['info', 'page-furniture']]);
    expect(parse(signed).record).toEqual(tidy);
  });

  it('a rule with one name alone below it under a sentence (a quotation\'s attribution): kept in unmapped, said', () => {
    const text = withEnd('Sain hankkeesta uskoa itseeni ja löysin työpaikan.', '—', 'Maija Virtanen');
    expect(said(text, 'Maija Virtanen')).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toContain('Maija Virtanen');
  });

  it('`Muut hankkeet` and the names under it at a description\'s end: kept in unmapped, said, as the README says (was furniture, info only)', () => {
    const text = withEnd('Muut hankkeet', 'Polkuja pajalle', 'Työkykyä yhdessä');
    expect(said(text, 'Polkuja pajalle')).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toEqual(expect.arrayContaining(['Polkuja pajalle', 'Työkykyä yhdessä']));
  });

  it('`Seuraa meitä` over the project\'s own channels with their names in a description: kept in unmapped, said', () => {
    const text = withEnd('Seuraa meitä', 'Facebook: Välittävät verkostot', 'Instagram: @valittavatverkostot');
    expect(said(text, 'Facebook: Välittävät verkostot')).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toContain('Instagram: @valittavatverkostot');
    // (A site's footer with its channels alone stays furniture.)
    expect(said(withEnd('Seuraa meitä', 'Facebook', 'Instagram'), 'Instagram')).toEqual([['info', 'page-furniture']]);
  });

  it('a list without markers whose last items are furniture phrases keeps them all (was cut after its ordinary items)', () => {
    const text = withEnd('Hankkeesta viestittiin seuraavissa kanavissa:', 'Hankkeen verkkosivut', 'Paikallislehdet', 'Facebook', 'Instagram', 'YouTube');
    expect(report(text)).toMatch(/kanavissa:\nHankkeen verkkosivut\nPaikallislehdet\nFacebook\nInstagram\nYouTube$/u);
  });

  it('a score alone below its intro, `4/5`, is the text\'s, no page count; a page count between paragraphs stays furniture', () => {
    const text = withEnd('Osallistujien koulutuksille antama keskiarvosana asteikolla yhdestä viiteen:', '4/5', '', 'Hankkeen toimintamalli jää käyttöön.');
    expect(report(text)).toMatch(/viiteen:\n4\/5\n\nHankkeen toimintamalli jää käyttöön\.$/u);
    // (Said: a printed page's count there looks the same. Review Y.)
    expect(said(text, '4/5')).toEqual([['warning', 'furniture-in-text']]);
    // (In a copy with page counts elsewhere it is one: furniture, as before.)
    const counted = withEnd('1/3', '', 'Hankkeen tulokset olivat seuraavat:', '3/3');
    expect(report(counted)).not.toContain('3/3');
    const paged = withEnd('Hanke päättyi suunnitellusti.', '', '4/5', '', 'Hankkeen toimintamalli jää käyttöön.');
    expect(report(paged)).not.toContain('4/5');
  });

  it('the same ends in the copy without blank lines and the hard-wrapped copy: kept apart, said, never in the final report', () => {
    const line = 'Verkkopalvelussa käytetään evästeitä vain kävijämäärien seurantaan.';
    for (const shape of ['noblank', 'wrap60'] as const) {
      const text = deriveShape(withEnd(line), shape);
      const result = parse(text);
      expect(result.record!.finalReportSummary, shape).not.toMatch(/evästeitä/u);
      expect(result.diagnostics.some((d) => d.severity === 'warning' && d.rule === 'unmapped-text' && /eväst/u.test(d.message)), shape).toBe(true);
    }
  });
});

describe('fifty-ninth round (audit AM): a description among other documents\' matter', () => {
  const seed2014Lines = seed2014.split('\n');
  const tidy = parse(seed2014).record!;

  it('a known contact field between two labels the layout does not have (a funder\'s contact block in section 2) is said; its value read as before', () => {
    const after = seed2014Lines.find((l) => l.startsWith('Hakijoiden lukumäärä'))!;
    // (The organisation's own phone taken out, as in the audit's copy: the funder's then fills its place.)
    const ownPhone = seed2014Lines.find((l) => l.startsWith('Puhelinnumero:'))!;
    const text = rewrite(rewrite(seed2014, `${ownPhone}\n`, ''), after, `${after}\n\nRahoittajan yhteyshenkilö: Pirjo Koskela\n\nPuhelinnumero: 0295 027 123\n\nSähköposti: pirjo.koskela(at)ely-keskus.fi`);
    expect(said(text, 'Puhelinnumero: 0295 027 123')).toEqual([['warning', 'ambiguous-label']]);
    expect(parse(text).record!.organisation.phone).toBe('0295 027 123');
  });

  it('guard: a project\'s name between two unknown labels is not said so (only a contact\'s kind of value)', () => {
    const nameLine = seed2014Lines.find((l) => l.startsWith('Hankkeen nimi:'))!;
    const text = rewrite(seed2014, nameLine, `Hankkeen lempinimi: Polku\n\n${nameLine}\n\nHankkeen tunnuslause: Yhdessä`);
    expect(said(text, nameLine)).toEqual([]);
  });

  it.each(['Väliraportti 2/2018', 'Maksatushakemus 5 (viimeinen)', 'Ohjausryhmän pöytäkirja 3/2018'])('`%s` as a paragraph of its own below the final report, prose below it: someone else\'s document, kept in unmapped, said (was the final report\'s text, unsaid)', (title) => {
    const text = `${seed2014}\n${title}\n\nHankkeessa tavoitettiin 71 osallistujaa. Kustannukset toteutuivat suunnitellusti.\n`;
    expect(parse(text).record!.finalReportSummary).toBe(tidy.finalReportSummary);
    expect(said(text, title)).toEqual([['warning', 'unmapped-text']]);
  });

  it.each(['Rahoituspäätös', 'Pöytäkirja', 'Muutospäätös'])('a bare title `%s` (no number) over sentences below the final report: kept as its text, said (review Z: a final report may have such a sub-heading)', (title) => {
    const text = `${seed2014}\n${title}\n\nHankkeessa tavoitettiin 71 osallistujaa. Kustannukset toteutuivat suunnitellusti.\n`;
    expect(parse(text).record!.finalReportSummary).toContain(`${title}\n\nHankkeessa tavoitettiin`);
    expect(said(text, title)).toEqual([['warning', 'ambiguous-prose-boundary']]);
  });

  it.each(['Hankkeen päätös', 'Projektin päätös', 'HANKKEEN PÄÄTÖS', 'Seurantaraportti'])('guard (review Z): `%s`, the project\'s end as a sub-heading, stays the final report\'s, unsaid as another document', (title) => {
    const text = `${seed2014}\n${title}\n\nHanke päättyi suunnitellusti 31.12.2018.\n`;
    expect(parse(text).record!.finalReportSummary).toContain('Hanke päättyi suunnitellusti 31.12.2018.');
    expect(said(text, title)).not.toContainEqual(['warning', 'unmapped-text']);
    expect(said(text, title)).not.toContainEqual(['warning', 'ambiguous-prose-boundary']);
  });

  it('guard: `Loppuraportti` as a paragraph of its own over prose stays the final report\'s sub-heading', () => {
    const text = `${seed2014}\nLoppuraportti\n\nHankkeessa tavoitettiin 71 osallistujaa.\n`;
    expect(parse(text).record!.finalReportSummary).toMatch(/Loppuraportti\n\nHankkeessa tavoitettiin 71 osallistujaa\.$/u);
  });

  it('a text without a project code that names the 2021–2027 programme above its first section: programmePeriod null, said (was 2014-2020, unsaid)', () => {
    const codeLine = seed2014Lines.find((l) => l.startsWith('Hankekoodi:'))!;
    const periodLine = seed2014Lines.find((l) => l.startsWith('Suunnitelman mukainen toteutusaika:'))!;
    // (Its dates the later programme's: a project of 2014–2020's years is left alone, review Z.)
    const later = seed2014.replace(`${codeLine}\n`, '').replace(periodLine, 'Suunnitelman mukainen toteutusaika: Alkaa 1.9.2022 ja päättyy 31.12.2024');
    const text = `Uudistuva ja osaava Suomi 2021–2027\n\n${later}`;
    const result = parse(text);
    expect(result.record!.programmePeriod).toBeNull();
    expect(said(text, 'Uudistuva ja osaava Suomi 2021–2027')).toContainEqual(['warning', 'invalid-value']);
    // (With the code of the layout's period, the code says the period.)
    expect(parse(`Uudistuva ja osaava Suomi 2021–2027\n\n${seed2014}`).record!.programmePeriod).toBe('2014-2020');
  });

  it('a project page under another programme\'s banner (`Interreg Nord`) is said to be maybe that programme\'s page', () => {
    const page = fixture('pages/ended.txt');
    const text = `Interreg Nord\n\n${page}`;
    expect(said(text, 'Interreg Nord')).toContainEqual(['warning', 'invalid-value']);
    expect(parse(page).diagnostics.some((d) => /another programme/u.test(d.message))).toBe(false);
  });
});

describe('fifty-ninth round (review Y of the first mends): guards', () => {
  const withEnd = (...lines: string[]) => `${seed2014}\n${lines.join('\n')}\n`;
  const page = fixture('pages/ended.txt').replace(/\n*$/u, '\n');
  const pageWithEnd = (...lines: string[]) => `${page}\n${lines.join('\n')}\n`;
  const objectiveLine = seed2014.split('\n').find((l) => l.startsWith('Erityistavoite:'))!;
  const axisLine = seed2014.split('\n').find((l) => l.startsWith('Toimintalinja:'))!;
  const nameLine = seed2007.split('\n').find((l) => l.startsWith('Vastuuhenkilön nimi:'))!;

  it.each([
    [['Tämä sivusto käyttää evästeitä', 'Hyväksy kaikki evästeet', 'Vain välttämättömät evästeet']],
    [['This website uses cookies.', 'Accept all', 'Necessary cookies only']],
    [['Tietosuoja | Evästeet | Saavutettavuus']],
    [['Seuraa meitä', 'Facebook | Twitter | LinkedIn', 'Vaasan kaupunki | Kauppapuistikko 11 | 65100 Vaasa']],
    [['Muokkaa evästeasetuksia']],
    [['Webbplatsen använder kakor.']],
    [['Etusivu | Hankkeet | Osallisuutta Vaasaan']],
  ])('a page\'s real furniture at its end stays furniture, no warning: %j', (end) => {
    const text = pageWithEnd(...end);
    for (const line of end) expect(said(text, line), line).toEqual([['info', 'page-furniture']]);
  });

  it.each([
    [['Kiitos', 'Anna Keto, projektipäällikkö', 'Kuusamon kaupunki']],
    [['--', 'Anna Keto']],
    [['--', 'Kuusamon kaupunki, puh. 040 225 587, anna.keto@kuusamo.fi']],
  ])('a mail\'s signature below the text stays furniture, no warning: %j', (end) => {
    const text = withEnd(...end);
    expect(said(text, end[1])).toEqual([['info', 'page-furniture']]);
  });

  it.each(['(päätös 10.3. Mikkelissä)', '(haku 1.9. – 31.10.)', '(hakuaika 2.5. – 3.6.)', '(n. 2.5 milj. €)'])('a date or an amount in the objective\'s remark is no second objective: `%s` reads 10.1', (remark) => {
    const text = rewrite(seed2014, objectiveLine, `Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen ${remark}`);
    expect(parse(text).record!.project.specificObjective!.code).toBe('10.1');
  });

  it.each(['- 2. Haku', '(muutos 2. Hakukierroksella)', '(Haku 2: Sosiaalinen kuntoutus)', '(Päätös 1. Maaliskuuta 2016)'])('a call\'s, a round\'s or a date\'s ordinal in the axis\'s value is no second axis: `%s` reads 5', (remark) => {
    const text = rewrite(seed2014, axisLine, `Toimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta ${remark}`);
    expect(parse(text).record!.project.priorityAxis!.number).toBe(5);
  });

  it.each(['professori', 'psykologi', 'kuraattori', 'esimies', 'juristi'])('a title the vocabulary does not know, `(%s)`, is left out with a note as before, no warning', (title) => {
    const line = `Vastuuhenkilön nimi: Anna Keto-Tokoi (${title})`;
    const text = rewrite(seed2007, nameLine, line);
    expect(parse(text).record!.contact.name).toBe('Anna Keto-Tokoi');
    expect(said(text, line)).toEqual([['info', 'normalised-value']]);
  });
});

describe('fifty-ninth round (audit AM): texts titled as reports, and a title that is a sentence\'s subject', () => {
  const flatFields = fixture('seeds/004_3bb6e26593869c78.txt').split('\n').filter((l) => /^[^:]{3,60}: \S/u.test(l)).slice(0, 12).join('\n');

  it.each(['LOPPURAPORTTI – JULKINEN TIIVISTELMÄ', 'Välittävät verkostot – hankkeen loppuraportti', 'Lägesrapport 2/2017', 'Slutrapport – offentligt sammandrag', 'Beslut om stöd'])('`%s` above a run of the layout\'s fields: refused as no description (was read, ok)', (title) => {
    const result = parse(`${title}\n\n${flatFields}\n`);
    expect(result.template).toBeNull();
    expect(result.diagnostics[0].rule).toBe('unknown-template');
  });

  it('a description\'s title going on in lower case below it is a sentence naming it, no title: refused (was an empty description)', () => {
    const result = parse('Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\non ladattavissa alla olevasta linkistä. Kuvaus koskee hanketta Nuoret Esiin (S20777).\n');
    expect(result.template).toBeNull();
  });

  it('guard: the title of a description in a copy without blank lines, its first section\'s heading below it, still decides', () => {
    const seed = fixture('seeds/004_3bb6e26593869c78.txt');
    expect(parse(deriveShape(seed, 'noblank')).template).toBe('esr-2014-2020');
  });
});

describe('fifty-ninth round (review Z of the whole round): guards', () => {
  const page = fixture('pages/ended.txt');
  const pageLines = page.split('\n');
  const tagline = pageLines[2];

  it.each(['Karelia-ammattikorkeakoulun ja Vaasan kaupungin yhteinen hanke työttömien osaamisen vahvistamiseksi.', 'Hanke tukee maaseudun kehittämistä ja nuorten työllistymistä.', 'Erasmus+ -vaihdot osaksi ammatillista koulutusta.'])('a page\'s tagline that uses a programme\'s word is no banner: no warning (`%s`)', (line) => {
    const text = rewrite(page, tagline, line);
    expect(parse(text).diagnostics.some((d) => /another programme/u.test(d.message))).toBe(false);
  });

  it('a description without a code whose note names the next programme, its own dates of 2014–2020: the period kept', () => {
    const seed = fixture('seeds/004_3bb6e26593869c78.txt');
    const codeLine = seed.split('\n').find((l) => l.startsWith('Hankekoodi:'))!;
    const text = `Jatkohanke on haettu ESR+ -rahoituksella 2021–2027.\n\n${seed.replace(`${codeLine}\n`, '')}`;
    expect(parse(text).record!.programmePeriod).toBe('2014-2020');
  });

  it('the applicant\'s own contact field between its extra labels (no person\'s name above) is not said to be someone else\'s', () => {
    const seed = fixture('seeds/004_3bb6e26593869c78.txt');
    const phone = seed.split('\n').find((l) => l.startsWith('Puhelinnumero:'))!;
    const text = rewrite(seed, phone, `Matkapuhelin: 0400 225 587\n\n${phone}\n\nFaksi: 08 850 1235`);
    expect(said(text, phone)).not.toContainEqual(['warning', 'ambiguous-label']);
  });

  it.each([
    [['© Vaasan kaupunki 2021', '', 'Evästeasetusten muuttaminen']],
    [['Siirry evästeasetuksiin']],
    [['Vaasan kaupunki | Tietosuoja | Evästeet']],
  ])('a page\'s cookie links at its end stay furniture (%j)', (end) => {
    const text = `${page.replace(/\n*$/u, '\n')}\n${end.join('\n')}\n`;
    expect(said(text, end[end.length - 1])).toEqual([['info', 'page-furniture']]);
  });
});

describe('fifty-ninth round (audit AM): a news item above a project page, under a site\'s dated line', () => {
  it('the page\'s own title and tagline are read, the news item\'s headline and lead kept apart, said (was the headline as the name, unsaid)', () => {
    const page = fixture('pages/ended.txt');
    const lines = page.split('\n');
    const news = 'Ajankohtaista | 12.6.2017\n\nKaupungissa alkoi uusi ESR-hanke\n\nKaupungin hanke tukee työttömiä kahdessa kunnassa. Alla hankkeen tiedot.\n\n';
    const text = `${news}${page}`;
    const tidy = parse(page).record!.project;
    const read = parse(text).record!.project;
    expect(read.name).toBe(tidy.name);
    expect(read.tagline).toBe(tidy.tagline);
    expect(said(text, lines[0])).toContainEqual(['warning', 'heading-variant']);
    expect(said(text, 'Kaupungissa alkoi uusi ESR-hanke')).toEqual([['warning', 'unmapped-text']]);
  });
});

describe('fifty-ninth round (audit AQ): how copies end — a mail\'s and a site\'s lines below the text', () => {
  const withEnd = (...lines: string[]) => `${seed2014}\n${lines.join('\n')}\n`;
  const tidy = parse(seed2014).record!;

  it.each([
    ['ti 12.3.2019 klo 10.15 Anna Virtanen <anna.virtanen@kuusamo.fi> kirjoitti:', '> Hei,', '> tässä pyytämäsi kuvaus.'],
    ['On Tue, Mar 12, 2019 at 10:15 AM Anna Virtanen <anna.virtanen@kuusamo.fi> wrote:', '> Hi,', '> here is the description.'],
  ])('a reply\'s attribution and the lines it quotes: no part of the final report, kept apart, said (`%s`)', (...end) => {
    const text = withEnd(...end);
    expect(parse(text).record!.finalReportSummary).toBe(tidy.finalReportSummary);
    expect(said(text, end[0])).toEqual([['warning', 'unmapped-text']]);
  });

  it('guard: a sentence of the text ending with `kirjoitti:` and a quotation below it without `>` stays the text\'s', () => {
    const text = withEnd('Osallistuja kirjoitti palautteessaan 12.3.2019:', '"Sain hankkeesta uskoa itseeni."');
    expect(parse(text).record!.finalReportSummary).toContain('Sain hankkeesta uskoa itseeni.');
  });

  it.each(['Lähetetty Outlookista Androidille', 'Lähetetty Samsung Galaxy -älypuhelimesta', 'Sent from Outlook for iOS', 'Virus-free. www.avast.com', 'Sisältö päivitetty 05.06.2023'])('`%s` at the end is furniture, no part of the final report', (line) => {
    const text = withEnd(line);
    expect(parse(text).record!.finalReportSummary).toBe(tidy.finalReportSummary);
    expect(said(text, line)).toEqual([['info', 'page-furniture']]);
  });

  it('the programme\'s banner in four lines (`Kestävää kasvua ja työtä 2014–2020` / `Suomen rakennerahasto-ohjelma` / `Euroopan unioni` / `Euroopan sosiaalirahasto`) is furniture whole', () => {
    const text = withEnd('Kestävää kasvua ja työtä 2014–2020', 'Suomen rakennerahasto-ohjelma', 'Euroopan unioni', 'Euroopan sosiaalirahasto');
    expect(parse(text).record!.finalReportSummary).toBe(tidy.finalReportSummary);
  });

  it('a newsletter box (`Tilaa uutiskirje` / `Sähköpostiosoite` / `Tilaa`) is the site\'s footer, no part of the final report', () => {
    const text = withEnd('Tilaa uutiskirje', 'Sähköpostiosoite', 'Tilaa');
    expect(parse(text).record!.finalReportSummary).toBe(tidy.finalReportSummary);
  });
});

describe('fifty-ninth round (audit AQ): a notice wrapped in its banner, a signature below a sentence without its full stop', () => {
  const withEnd = (...lines: string[]) => `${seed2014}\n${lines.join('\n')}\n`;
  const tidy = parse(seed2014).record!;

  it.each([
    [['Käytämme evästeitä parantaaksemme sivuston', 'käyttökokemusta.', 'Hyväksy', 'Hylkää']],
    [['This website uses cookies to ensure you get the best', 'experience on our website.', 'Accept', 'Decline']],
  ])('a cookie notice wrapped over two lines with its buttons below it is furniture whole, in a copy not hard-wrapped (%j)', (end) => {
    const text = withEnd(...end);
    expect(parse(text).record!.finalReportSummary).toBe(tidy.finalReportSummary);
    for (const line of end) expect(said(text, line), line).toEqual([['info', 'page-furniture']]);
  });

  it('a signature below a last sentence whose full stop was left out is kept apart, said, as below one with its stop', () => {
    const text = withEnd('Palautetta voi lähettää osoitteeseen palaute@kuusamo.fi', '', 'Anna Virtanen', 'Kuusamon kaupunki', 'puh. 040 123 4567');
    expect(parse(text).record!.finalReportSummary).toMatch(/palaute@kuusamo\.fi$/u);
    expect(said(text, 'Anna Virtanen')).toEqual([['warning', 'unmapped-text']]);
  });
});
