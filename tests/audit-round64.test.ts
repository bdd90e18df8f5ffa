// What the sixty-fourth round mended of audit AS's interruptions (round 60): a print's and an office program's
// notes between a text's lines — a date alone, a page's number, a footnote led by its figure, a tracked
// change's note — read into the text with nothing said. Each is now said where it stands
// (`furniture-in-text`) and read as before: the text's own lines are written the same way.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { lineOf, seed } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';

const seedPage = seed('003_4ea2b71e336645b9');
const seed2007 = seed('000_ddad63b48901b7a4');
const seedNationwide = seed('001_870e9aa13936b8c2');
const seed2014 = seed('004_3bb6e26593869c78');
const pageEnded = readFileSync(`${root}fixtures/pages/ended.txt`, 'utf8');
const said = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);
const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`no ${from}`);
  return text.replace(from, to);
};
const noBlankLines = (text: string) => text.replace(/\n{2,}/gu, '\n');
/** The page's summary with `lines` as a paragraph of their own before its second paragraph. */
const betweenParagraphs = (lines: string) => edit(seedPage, '\n\nHankkeessa järjestetään', `\n\n${lines}\n\nHankkeessa järjestetään`);
/** The same, tight below the first paragraph's last sentence. */
const belowSentence = (lines: string) => edit(seedPage, '\n\nHankkeessa järjestetään', `\n${lines}\n\nHankkeessa järjestetään`);
const summary = parse(seedPage).record!.summary!;
const [firstParagraph, ...rest] = summary.split('\n\n');
const summaryWith = (lines: string, gap = '\n\n') => [`${firstParagraph}${gap}${lines}`, ...rest].join('\n\n');
const saysNothing = (text: string, line: string) => expect(said(text, line)).toEqual([]);

describe('sixty-fourth round: a print\'s or an office program\'s note between a text\'s lines is said (was read into the text, unsaid)', () => {
  it('a date alone, as a print stamps a page: between paragraphs, below a sentence\'s end, in a copy without blank lines', () => {
    for (const text of [betweenParagraphs('14.2.2019'), belowSentence('14.2.2019')]) {
      expect(said(text, '14.2.2019')).toEqual([['warning', 'furniture-in-text']]);
    }
    expect(parse(betweenParagraphs('14.2.2019')).record!.summary).toBe(summaryWith('14.2.2019'));
    expect(parse(belowSentence('14.2.2019')).record!.summary).toBe(summaryWith('14.2.2019', '\n'));
    expect(said(noBlankLines(betweenParagraphs('14.2.2019')), '14.2.2019')).toEqual([['warning', 'furniture-in-text']]);
  });

  it('a figure alone below a sentence\'s end at a section\'s end, as a print numbers its pages (between paragraphs it was said already)', () => {
    const text = edit(pageEnded, 'Yksilövalmennus ja työkokeilut.\n', 'Yksilövalmennus ja työkokeilut.\n\n6\n');
    expect(parse(text).record!.projectPage.solution).toBe('Yksilövalmennus ja työkokeilut.\n\n6');
    expect(said(text, '6')).toEqual([['warning', 'furniture-in-text']]);
    // (Between a text's paragraphs the mapping says it in its own words, once.)
    expect(said(betweenParagraphs('3'), '3')).toEqual([['warning', 'page-number-in-text']]);
  });

  it('a footnote led by its figure, its mark in the text above (`työttömien1`, `¹`): between paragraphs, tight below a sentence, below a heading', () => {
    const footnote = '1 Luku sisältää myös osa-aikaiset.';
    const marked = (text: string, mark: string) => edit(text, 'syrjäytymisvaarassa olevien työttömien ja', `syrjäytymisvaarassa olevien työttömien${mark} ja`);
    for (const mark of ['1', '¹']) {
      for (const text of [marked(betweenParagraphs(footnote), mark), marked(belowSentence(footnote), mark), noBlankLines(marked(belowSentence(footnote), mark))]) expect(said(text, footnote)).toEqual([['warning', 'furniture-in-text']]);
    }
    const page = edit(edit(pageEnded, 'Hanke tuki nuoria työhön.', 'Hanke tuki nuoria1 työhön.'), 'Tulokset\n\n', `Tulokset\n\n${footnote}\n`);
    expect(said(page, footnote)).toEqual([['warning', 'furniture-in-text']]);
  });

  it('a tracked change\'s note, wherever it stands: between paragraphs, inside a sentence, below the nationwide area', () => {
    for (const note of ['Poistettu: vuonna 2017', 'Lisätty: ja kunnat', 'Siirretty (lisäys) [1]: Hankkeen tavoitteena', 'Deleted: in 2017']) {
      const text = betweenParagraphs(note);
      expect(parse(text).record!.summary).toBe(summaryWith(note));
      expect(said(text, note)).toEqual([['warning', 'furniture-in-text']]);
    }
    const inside = edit(seedPage, 'kohdejoukon henkilöitä aktivoivaa toimintaa, kuten', 'kohdejoukon henkilöitä\nPoistettu: vuonna 2017\naktivoivaa toimintaa, kuten');
    expect(said(inside, 'Poistettu: vuonna 2017')).toEqual([['warning', 'furniture-in-text']]);
    // (Among a section's fields it is a label the layout lacks, kept apart and said so, as before.)
    // (Below a layout's empty label too: `Projektitiimi:` introduces no change of the text.)
    const team = edit(pageEnded, 'Projektitiimi:\n', 'Projektitiimi:\nPoistettu: vuonna 2017\n');
    expect(parse(team).record!.projectPage.team).toBe('Poistettu: vuonna 2017\n\nProjektipäällikkö ja kaksi ohjaajaa.');
    expect(said(team, 'Poistettu: vuonna 2017')).toEqual([['warning', 'furniture-in-text']]);
    const area = edit(seedNationwide, 'Valtakunnallinen projekti\n', 'Valtakunnallinen projekti\nPoistettu: vuonna 2017\n');
    expect(said(area, 'Poistettu: vuonna 2017')).toEqual([['warning', 'unknown-label']]);
  });

  it('a reviewer\'s reply written between the lines it answers, as a mail\'s reply is: between paragraphs, in a list, below a role\'s heading', () => {
    for (const reply of ['Maija: tämä luku on väärin, tarkistan vielä.', 'MM: korjaa vuosi']) {
      const text = betweenParagraphs(reply);
      expect(parse(text).record!.summary).toBe(summaryWith(reply));
      expect(said(text, reply)).toEqual([['warning', 'furniture-in-text']]);
    }
    const results = edit(pageEnded, 'Tulokset\n\n', 'Tulokset\n\nMaija: tämä luku on väärin, tarkistan vielä.\n');
    expect(parse(results).record!.projectPage.results).toBe('Maija: tämä luku on väärin, tarkistan vielä.\nKolmekymmentä nuorta työllistyi.');
    expect(said(results, 'Maija: tämä luku on väärin, tarkistan vielä.')).toEqual([['warning', 'furniture-in-text']]);
  });
});

describe('sixty-fourth round: the text\'s own lines of those shapes are not said', () => {
  it('a line led by one word and a colon with no correction in it, and one introduced by a colon', () => {
    for (const own of ['Tavoite: tämä hanke pyrkii lisäämään työllisyyttä.', 'Kohderyhmä: nuoret ja heidän perheensä']) saysNothing(betweenParagraphs(own), own);
    saysNothing(betweenParagraphs('Palautetta osallistujilta:\nMaija: tämä oli väärin ajoitettu, mutta hyödyllinen.'), 'Maija: tämä oli väärin ajoitettu, mutta hyödyllinen.');
  });

  it('a date below an intro, a list\'s label, or among dates (a timetable)', () => {
    const intro = betweenParagraphs('Hankkeen aloitusseminaari pidetään:\n14.2.2019');
    saysNothing(intro, '14.2.2019');
    const inList = edit(seedPage, 'Hankkeen jälkeen:\n\n', 'Hankkeen jälkeen:\n\n14.2.2019\n');
    expect(parse(inList).record!.projectPage.developmentNeeds.after).toEqual(['14.2.2019', 'Kesken.']);
    saysNothing(inList, '14.2.2019');
    const timetable = betweenParagraphs('14.2.2019\nAloitusseminaari\n\n3.5.2019\nTyöpaja');
    saysNothing(timetable, '14.2.2019');
    saysNothing(timetable, '3.5.2019');
  });

  it('a date that is a section\'s whole text is said once, by its section', () => {
    const area = edit(seedNationwide, 'Valtakunnallinen projekti\n', '14.2.2019\n');
    expect(said(area, '14.2.2019').filter(([severity]) => severity !== 'info')).toEqual([['warning', 'furniture-in-text']]);
    expect(parse(area).diagnostics.filter((d) => d.line === lineOf(area, '14.2.2019'))[0].message).toMatch(/^Section 3\.1 .* is only a date/u);
  });

  it('a figure below an intro or in a column of figures, a figure not below a sentence\'s end', () => {
    // (Below an intro the mapping says it may be a page's number, as before, once.)
    expect(said(betweenParagraphs('Osallistujia oli yhteensä:\n\n45'), '45')).toEqual([['warning', 'page-number-in-text']]);
    saysNothing(betweenParagraphs('Osallistujia.\n\n45\n\n38\n\n12'), '45');
    saysNothing(betweenParagraphs('Osallistujia oli\n45'), '45');
  });

  it('a sentence led by a figure and a name, with no footnote\'s mark above (review BI)', () => {
    for (const own of ['3 Kuusamon yritystä on sitoutunut tarjoamaan työkokeilupaikkoja.', '12 Vantaan Nicehearts ry:n jäsentä osallistui koulutukseen.']) saysNothing(betweenParagraphs(own), own);
  });

  it('a date answering a question above it, and a figure going on as a sentence below a heading (review BI)', () => {
    saysNothing(betweenParagraphs('Milloin projekti päättyi?\n31.1.2012\nProjekti päättyi suunnitellusti.'), '31.1.2012');
    const figure = edit(pageEnded, 'Tulokset\n\nKolmekymmentä nuorta työllistyi.', 'Tulokset\n\n30\nnuorta työllistyi hankkeen aikana.');
    saysNothing(figure, '30');
    // (A timetable's dates far apart.)
    const timetable = betweenParagraphs('14.2.2019\n\nAloitusseminaari pidettiin kaupungintalolla.\n\nSeuraava tapaaminen sovittiin kevääksi.\n\n3.5.2019\n\nTyöpaja pidettiin kirjastossa.');
    saysNothing(timetable, '14.2.2019');
    saysNothing(timetable, '3.5.2019');
  });

  it('review BJ: a role\'s or a name\'s line with a word of correction, an interview\'s lines below their intro', () => {
    for (const own of ['Opettaja: tarkista tehtävät ennen tuntia.', 'Syfo: korjaa ohjausprosessien puutteet yhdessä kuntien kanssa.', 'Työnantaja: tukea pitäisi saada nopeammin.']) saysNothing(betweenParagraphs(own), own);
    const interview = betweenParagraphs('Osallistujat kertoivat kokemuksistaan:\nMaija: kurssi oli hyvä.\nPekka: ennen kurssia kaikki meni väärin, nyt tarkistan työni itse.');
    saysNothing(interview, 'Pekka: ennen kurssia kaikki meni väärin, nyt tarkistan työni itse.');
  });

  it('review BJ: a report\'s date above its signer, a unit\'s superscript above a sentence led by a figure', () => {
    const signed = betweenParagraphs('Raportti hyväksyttiin ohjausryhmässä.\n\n31.8.2011\nAnna Keto-Tokoi, projektipäällikkö');
    saysNothing(signed, '31.8.2011');
    const unit = betweenParagraphs('Toimitilaa on 120 m².\n\n2 Kehittämistyö jatkui syksyllä uusissa tiloissa.');
    saysNothing(unit, '2 Kehittämistyö jatkui syksyllä uusissa tiloissa.');
  });

  it('a numbered list, its items led by figures', () => {
    const list = betweenParagraphs('1 Ensimmäinen vaihe on kartoitus.\n2 Toinen vaihe on kokeilu.\n3 Kolmas vaihe on arviointi.');
    for (const item of ['1 Ensimmäinen vaihe on kartoitus.', '2 Toinen vaihe on kokeilu.', '3 Kolmas vaihe on arviointi.']) saysNothing(list, item);
  });

  it('a list of changes below its intro, and a lower-case "poistettu:" in a sentence', () => {
    const changes = betweenParagraphs('Hakemukseen tehdyt muutokset:\nLisätty: uusi kohderyhmä\nPoistettu: yritysten kohderyhmä\n\nLisätty: kolmas toimenpide');
    for (const item of ['Lisätty: uusi kohderyhmä', 'Poistettu: yritysten kohderyhmä', 'Lisätty: kolmas toimenpide']) saysNothing(changes, item);
    const lower = betweenParagraphs('poistettu: vanhat toimintamallit');
    saysNothing(lower, 'poistettu: vanhat toimintamallit');
  });

  it('a line the mapping keeps apart among a list\'s items is said there only, not also as read', () => {
    const footnote = '1 Luku sisältää myös osa-aikaiset.';
    const text = edit(seedPage, 'työtä, koulutusta ja/tai kuntoutusta.\n', `työtä, koulutusta ja/tai kuntoutusta.\n${footnote}\n`);
    expect(parse(text).unmapped.map((entry) => entry.value)).toEqual([footnote]);
    expect(said(text, footnote)).toEqual([['warning', 'unmapped-text']]);
  });
});

describe('sixty-fourth round: a printed page\'s break beside a value or a heading', () => {
  const roles = parse(seedPage).record!.projectPage.roles;

  it('a project\'s code alone below a page\'s count, in a text that gives no code: the print\'s header, kept apart and said (was read as a role\'s heading)', () => {
    for (const gap of ['', '\n']) {
      const text = edit(seedPage, 'Hankkeen toteuttajaorganisaatio\n\n', `Hankkeen toteuttajaorganisaatio\n\n${gap}Sivu 3 (7)\nS20078\n`);
      expect(parse(text).record!.projectPage.roles).toEqual(roles);
      expect(said(text, 'S20078')).toEqual([['warning', 'page-furniture']]);
    }
  });

  it('a value below its empty label right above a page\'s count, with a figure or a bar: read, and said that it may be the page\'s footer (was read, unsaid)', () => {
    for (const footer of ['ESR-HK 2014 v2.1', 'Esimerkkisäätiö sr | Rantakatu 5, 90100 Oulu']) {
      const text = edit(seed2014, 'Postitoimipaikka:\n\n', `Postitoimipaikka:\n\n${footer}\nSivu 6 (7)\n`);
      expect(parse(text).record!.targetArea.implementationAddress.city).toBe(footer);
      expect(said(text, footer)).toEqual([['warning', 'value-below-label']]);
    }
  });

  it('a footnote as the value below an empty label: read, and said (was read, unsaid)', () => {
    const note = '1 Luku sisältää myös osa-aikaiset.';
    const text = edit(seed2014, 'Postitoimipaikka:\n\n', `Postitoimipaikka:\n\n${note}\n`);
    expect(parse(text).record!.targetArea.implementationAddress.city).toBe(note);
    expect(said(text, note)).toEqual([['warning', 'value-below-label']]);
    // (A tracked change's note there is a label the section lacks: kept apart, said, as before.)
    const tracked = edit(seed2014, 'Postitoimipaikka:\n\n', 'Postitoimipaikka:\n\nPoistettu: vuonna 2017\n');
    expect(parse(tracked).record!.targetArea.implementationAddress.city).toBeNull();
    expect(said(tracked, 'Poistettu: vuonna 2017')).toEqual([['warning', 'unknown-label']]);
  });

  it('a print\'s date right below the page\'s header: the header\'s, kept apart and said (review BJ\'s miss)', () => {
    const text = edit(seedPage, 'Hankkeen toteuttajaorganisaatio\n\n', 'Hankkeen toteuttajaorganisaatio\n\nSivu 3 (7)\nS20078\n14.2.2019\n');
    expect(parse(text).record!.projectPage.roles).toEqual(roles);
    expect(said(text, '14.2.2019')).toEqual([['warning', 'page-furniture']]);
    // (Not a timetable's first date, another date below it.)
    const timetable = edit(seedPage, 'Hankkeen toteuttajaorganisaatio\n\n', 'Hankkeen toteuttajaorganisaatio\n\nSivu 3 (7)\nS20078\n14.2.2019\n3.5.2019\n');
    expect(said(timetable, '14.2.2019')).toEqual([]);
    expect(parse(timetable).record!.projectPage.roles[1].text).toMatch(/^14\.2\.2019\n3\.5\.2019\n/u);
  });

  it('guard (review BJ): a code alone below a page\'s count where the sentence above the break goes on is the sentence\'s', () => {
    const text = betweenParagraphs('Hanke jatkaa aiemman hankkeen työtä, jonka koodi on\nSivu 2 (7)\nS10843\nja sen tuloksia hyödynnetään.');
    expect(parse(text).record!.summary).toContain('S10843');
    expect(said(text, 'S10843')).toEqual([]);
  });

  it('guard (review BJ): a street\'s address below its empty label above a page\'s count is read with an info only', () => {
    for (const street of ['PL 13', 'Torikatu 3 – 5']) {
      const text = edit(seed2014, 'Postitoimipaikka:\n\n', `Postitoimipaikka:\n\n${street}\nSivu 6 (7)\n`);
      expect(said(text, street)).toEqual([['info', 'value-below-label']]);
    }
  });

  it('guard: a plain name below its empty label above a page\'s count, and a value inline, are read as before with no warning', () => {
    const below = edit(seed2014, 'Postitoimipaikka:\n\n', 'Postitoimipaikka:\n\nKuusamo\nSivu 6 (7)\n');
    expect(parse(below).record!.targetArea.implementationAddress.city).toBe('Kuusamo');
    expect(said(below, 'Kuusamo')).toEqual([['info', 'value-below-label']]);
    const inline = edit(seed2014, 'Postinumero: 93601\n', 'Postinumero: 93601\nSivu 2 (7)\n');
    expect(parse(inline).record!.organisation.address.postalCode).toBe('93601');
    expect(said(inline, 'Postinumero: 93601')).toEqual([]);
  });
});
