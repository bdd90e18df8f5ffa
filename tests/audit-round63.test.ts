// What the sixty-third round mended of audit AS's interruptions (round 60): a web page's inserts and a mail's signature between a text's lines.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { lineOf } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';

const seed = (name: string) => readFileSync(`${root}/fixtures/seeds/${name}`, 'utf8');
const seed2007 = seed('000_ddad63b48901b7a4.txt');
const seedNationwide = seed('001_870e9aa13936b8c2.txt');
const seedPage = seed('003_4ea2b71e336645b9.txt');
const said = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);
const kept = (text: string) => parse(text).unmapped.map((u) => u.value);
const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`no ${from}`);
  return text.replace(from, to);
};
const betweenParagraphs = (lines: string) => edit(seedPage, '\n\nHankkeessa järjestetään', `\n\n${lines}\n\nHankkeessa järjestetään`);
const belowArea = (lines: string) => edit(seedNationwide, 'Valtakunnallinen projekti\n', `Valtakunnallinen projekti\n${lines}\n`);
const noBlankLines = (text: string) => text.replace(/\n{2,}/gu, '\n');
const summary = parse(seedPage).record!.summary;
/** Lines of the text's own between a page's paragraphs: nothing kept apart, the summary holds their last line. */
const staysOwn = (own: string) => {
  const text = betweenParagraphs(own);
  expect(kept(text)).toEqual([]);
  expect(parse(text).record!.summary).toContain(own.split('\n').pop()!);
};

describe('sixty-third round: a web page\'s insert between a text\'s lines is kept apart and said (was read into the text, unsaid)', () => {
  it('a cookie notice that speaks to the reader, between a page\'s paragraphs', () => {
    const notice = 'Tämä sivusto käyttää evästeitä. Hyväksy evästeet';
    const text = betweenParagraphs(notice);
    expect(parse(text).record!.summary).toBe(summary);
    expect(said(text, notice)).toEqual([['warning', 'unmapped-text']]);
    expect(kept(text)).toEqual([notice]);
  });

  it('a photo\'s credit, or a caption that ends with one, below the target area\'s description (with and without blank lines)', () => {
    for (const credit of ['Kuva: Lehtikuva / Liisa Takala', 'Kuva: Matti Meikäläinen', 'Osallistujia työpajassa syksyllä 2016. Kuva: Matti Meikäläinen']) {
      for (const text of [belowArea(`\n${credit}`), noBlankLines(belowArea(credit))]) {
        expect(parse(text).record!.targetArea.description).toBe('Valtakunnallinen projekti');
        expect(said(text, credit)).toEqual([['warning', 'unmapped-text']]);
      }
    }
  });

  it('an insert hard-wrapped onto the next line: both lines kept apart', () => {
    const credit = belowArea('\nOsallistujia työpajassa syksyllä 2016. Kuva: Matti\nMeikäläinen');
    expect(parse(credit).record!.targetArea.description).toBe('Valtakunnallinen projekti');
    expect(kept(credit)).toEqual(['Osallistujia työpajassa syksyllä 2016. Kuva: Matti', 'Meikäläinen']);
    const video = betweenParagraphs('Video: Näin hanke toimii\n(2:34)');
    expect(parse(video).record!.summary).toBe(summary);
    expect(kept(video)).toEqual(['Video: Näin hanke toimii', '(2:34)']);
    // (A cookie notice over its button, `Hyväksy evästeet`, is furniture with its button, as before.)
    expect(parse(betweenParagraphs('Tämä sivusto käyttää evästeitä.\nHyväksy evästeet')).record!.summary).toBe(summary);
  });

  it('a video\'s length and a credit written otherwise (review BG\'s misses)', () => {
    for (const insert of ['Video: Näin hanke toimii (2 min 34 s)', 'Video: Näin hanke toimii (kesto 2:34)', '▶ Video: Näin hanke toimii (2:34)', 'Video (2:34): Näin hanke toimii', '(Kuva: Matti Meikäläinen)', 'Osallistujat työpajassa | Kuva: Matti Meikäläinen', 'Kuva: Matti Meikäläinen 2018', 'Kuva: Vaasan kaupunki']) {
      const text = betweenParagraphs(insert);
      expect(parse(text).record!.summary).toBe(summary);
      expect(kept(text)).toEqual([insert]);
    }
  });

  it('an insert between a list\'s items with markers: kept apart, the list one paragraph (review BH)', () => {
    const text = edit(seed2007, '\n3.3 Välilliset kohderyhmät\n', '\n3.3 Välilliset kohderyhmät\n\n- Ensimmäinen kohta\nVideo: Näin hanke toimii (2:34)\n- Toinen kohta\n');
    expect(parse(text).record!.targetGroups.indirect).toMatch(/^- Ensimmäinen kohta\n- Toinen kohta\n\nAktiivisen/u);
    expect(kept(text)).toEqual(['Video: Näin hanke toimii (2:34)']);
  });

  it('a video\'s link with its length inside a value: the value goes on over it', () => {
    const text = edit(seed2007, 'Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos', 'Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin\nVideo: Näin hanke toimii (2:34)\nlaitos');
    expect(parse(text).record!.organisation.name).toBe('Terveyden ja hyvinvoinnin laitos');
    expect(kept(text)).toEqual(['Video: Näin hanke toimii (2:34)']);
  });

  it('a "read also" link with its headline', () => {
    const readAlso = betweenParagraphs('Lue myös:\nKylätalot palkittiin vuoden hankkeena');
    expect(parse(readAlso).record!.summary).toBe(summary);
    expect(kept(readAlso)).toEqual(['Lue myös:', 'Kylätalot palkittiin vuoden hankkeena']);
  });

  it('a newsletter\'s call is read as the text\'s and said: it may be a page\'s banner or the project\'s own instruction (review BG)', () => {
    for (const call of ['Tilaa uutiskirje – saat tiedon uusista hankkeista ensimmäisenä!', 'Tilaa uutiskirje hankkeen verkkosivuilta!']) {
      for (const text of [betweenParagraphs(call), belowArea(call)]) {
        expect(kept(text)).toEqual([]);
        expect(said(text, call)).toEqual([['warning', 'furniture-in-text']]);
      }
    }
  });

  it('guard: the text\'s own lines stay its own (an introduced credit, a sentence on cookies, a follow line with an address or alone, a credit in lower case)', () => {
    for (const own of ['Hankkeen kuvat:\nKuva: Matti Meikäläinen', 'Hankkeen sivusto ei käytä evästeitä.', 'Seuraa hanketta Facebookissa: facebook.com/kylatalot', 'Kuva: hankkeen osallistujat retkellä', 'Lue myös hankkeen loppuraportti verkkosivuilta.', 'Seuraa meitä Facebookissa ja Instagramissa!']) {
      staysOwn(own);
    }
  });

  it('guard: a cookie notice at a page\'s end is furniture as before (info, not kept)', () => {
    const text = `${seedPage.trimEnd()}\n\nTämä sivusto käyttää evästeitä. Hyväksy evästeet\n`;
    expect(kept(text)).toEqual([]);
    expect(said(text, 'Tämä sivusto käyttää evästeitä. Hyväksy evästeet')).toEqual([['info', 'page-furniture']]);
  });
});

describe('sixty-third round: an e-mail\'s signature between a text\'s lines is kept apart and said (was read into the text, unsaid)', () => {
  it('a closing with a person\'s name below it, below the target area\'s description (with and without blank lines)', () => {
    for (const text of [belowArea('\nYstävällisin terveisin\nMatti Meikäläinen'), noBlankLines(belowArea('Ystävällisin terveisin\nMatti Meikäläinen'))]) {
      expect(parse(text).record!.targetArea.description).toBe('Valtakunnallinen projekti');
      expect(kept(text)).toEqual(['Ystävällisin terveisin', 'Matti Meikäläinen']);
      expect(said(text, 'Ystävällisin terveisin')).toEqual([['warning', 'unmapped-text']]);
    }
  });

  it('a delimiter over a name, a title and a phone, the text going on right below it', () => {
    const text = edit(seedPage, '\n\nHankkeessa järjestetään', '\n\n--\nMatti Meikäläinen\nProjektisihteeri\npuh. 040 123 4567\nHankkeessa järjestetään');
    expect(parse(text).record!.summary).toBe(summary);
    expect(kept(text)).toEqual(['--', 'Matti Meikäläinen', 'Projektisihteeri', 'puh. 040 123 4567']);
  });

  it('a closing with the name on its line, a name with an initial or a title after it (review BG\'s misses)', () => {
    expect(kept(betweenParagraphs('Terveisin Anna Keto-Tokoi\nprojektipäällikkö\npuh. 040 123 4567'))).toEqual(['Terveisin Anna Keto-Tokoi', 'projektipäällikkö', 'puh. 040 123 4567']);
    expect(kept(betweenParagraphs('Ystävällisin terveisin\nAnna K. Keto-Tokoi'))).toEqual(['Ystävällisin terveisin', 'Anna K. Keto-Tokoi']);
    expect(kept(betweenParagraphs('Terveisin\nAnna Keto-Tokoi, projektipäällikkö'))).toEqual(['Terveisin', 'Anna Keto-Tokoi, projektipäällikkö']);
  });

  it('guard: a thanks the text goes on from, and a rule over partners\' names, stay the text\'s', () => {
    for (const own of ['Kiitos\nMatti Meikäläinen ja Liisa Virtanen osallistuivat.', '--\nSeinäjoen kaupunki\nLapuan kaupunki']) {
      staysOwn(own);
    }
  });
});

describe('sixty-third round: a reviewer\'s note in brackets, a fund\'s name as a page\'s header', () => {
  it('a note in brackets led by a name, with a reviewer\'s word: said, read as the text\'s (was read so, unsaid); an author\'s note is written so too (review BH)', () => {
    for (const note of ['[Maija: tämä luku on väärin]', '[Huom: tässä kuvattu malli on päivitetty loppuraporttiin]']) {
      const text = edit(seedPage, '\n\nHankkeessa järjestetään', `\n\n${note}\nHankkeessa järjestetään`);
      expect(parse(text).record!.summary).toContain(note);
      expect(said(text, note)).toEqual([['warning', 'furniture-in-text']]);
    }
  });

  it('the fund\'s name and the system\'s as the first line of a printed page, once only: said (was joined into the area\'s text, unsaid)', () => {
    const text = edit(seedNationwide, 'Valtakunnallinen projekti\n', 'Valtakunnallinen projekti\n\nASKEL - askelia kohti työelämää    6 (7)\n\fEuroopan sosiaalirahasto – EURA 2014\n');
    expect(parse(text).diagnostics.filter((d) => d.line === 56 && d.severity === 'warning').map((d) => d.rule)).toEqual(['furniture-in-text']);
  });
});

describe('sixty-third round, review BG: the text\'s own lines that look like inserts or signatures stay its own', () => {
  it('a sentence on the project\'s own site\'s cookies, bracketed sources and notes, a list of materials or videos, the project\'s own publications', () => {
    for (const own of [
      'Hankkeen verkkosivusto käyttää evästeitä kävijämäärien seurantaan.',
      '[Lähde: Tilastokeskus 2016]',
      '[HUOM: luvut alustavia]',
      'Tiedotusmateriaalit:\nEsite (pdf)\nVideo: Mahdollistaja-malli (3:20)\nKäsikirja (pdf)',
      'Hankkeessa tuotettiin kaksi videota.\nVideo: Hankkeen esittely (3:20)\nVideo: Osallistujat kertovat (2:45)',
      'Katso myös:\nHankkeen väliraportti 2018\nToimintamallin kuvaus\nAsiakasraadin tulokset',
      'Projektipäällikkö: Jonas Nylén\nKuvaaja: Liisa Takala\nProjektiasiantuntija: Anna Keto',
    ]) {
      staysOwn(own);
    }
  });

  it('thanks over organisations\' names and a letter the text quotes are no signature; a signature takes only its own lines', () => {
    for (const own of ['Kiitos\nVaasan Seudun Yhdistykset\nSuomen Punainen Risti', 'Eräs asiakas kirjoitti hankkeelle:\nYstävällisin terveisin\nMaija Mallikas']) {
      expect(kept(betweenParagraphs(own))).toEqual([]);
    }
    const inList = betweenParagraphs('- Ensimmäinen kohta\nYstävällisin terveisin\nJonas Nylén\n- Toinen kohta');
    expect(kept(inList)).toEqual(['Ystävällisin terveisin', 'Jonas Nylén']);
    // (The list goes on over it as one paragraph. Review BH.)
    expect(parse(inList).record!.summary).toContain('\n\n- Ensimmäinen kohta\n- Toinen kohta\n\n');
  });
});

describe('sixty-third round, review BH: more of the text\'s own lines stay its own', () => {
  it('a cookie sentence after another on its line, a figure\'s caption, a credit among a team\'s lines apart, a programme\'s video, a line of two videos below a sentence telling of them', () => {
    for (const own of [
      'Hankkeen verkkosivut avataan 2009. Käytämme evästeitä vain kävijämäärien seurantaan.',
      'Kuva: Organisaatiokaavio',
      'Hankkeessa tehtiin kaksi esittelyvideota.\nVideot: Asiakkaan polku (5:02) ja Vastuutyöntekijä (3:15)',
    ]) {
      staysOwn(own);
    }
    // (A seminar's programme, one item a paragraph, in a form's text.)
    const programme = edit(seed2007, '\n3.3 Välilliset kohderyhmät\n', '\n3.3 Välilliset kohderyhmät\n\nPäätösseminaarin ohjelma\n\nVideo: Hankkeen esittely (3:20)\n\nPaneelikeskustelu välityömarkkinoista\n');
    expect(kept(programme)).toEqual([]);
    expect(parse(programme).record!.targetGroups.indirect).toContain('Video: Hankkeen esittely (3:20)');
    const team = edit(seedPage, '\n\nHankkeessa järjestetään', '\n\nProjektipäällikkö: Jonas Nylén\n\nValokuva: Liisa Takala\n\nProjektiasiantuntija: Anna Keto\n\nHankkeessa järjestetään');
    expect(kept(team)).toEqual([]);
  });

  it('a form\'s "see also" with its title is the form\'s own reference: read, said', () => {
    const text = edit(seed2007, '\n3.3 Välilliset kohderyhmät\n', '\n3.3 Välilliset kohderyhmät\n\nKatso myös\nMaahanmuuttajat mukaan -käsikirja (Syfo 2011)\n');
    expect(kept(text)).toEqual([]);
    expect(parse(text).record!.targetGroups.indirect).toMatch(/^Katso myös\nMaahanmuuttajat mukaan -käsikirja \(Syfo 2011\)\n/u);
    expect(said(text, 'Katso myös')).toEqual([['warning', 'furniture-in-text']]);
  });

  it('a letter the text quotes after "näin." closing with thanks, and a text\'s line naming an organisation below a signature, stay the text\'s', () => {
    expect(kept(betweenParagraphs('Eräs osallistuja lähetti hankkeelle kirjeen, jonka hän lopetti näin.\nKiitos ja terveisin\nMaija Mallikas'))).toEqual([]);
    const below = betweenParagraphs('Ystävällisin terveisin\nMatti Meikäläinen\nDiakonia-ammattikorkeakoulu toteutti sosiaalisen\nkuntoutuksen koulutuksen.');
    expect(kept(below)).toEqual(['Ystävällisin terveisin', 'Matti Meikäläinen']);
    expect(parse(below).record!.summary).toContain('Diakonia-ammattikorkeakoulu toteutti sosiaalisen\nkuntoutuksen koulutuksen.');
  });
});
