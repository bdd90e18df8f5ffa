// What the seventy-second round mended: what the seventy-first round's last review left (RVD D, a usual
// role's name written with a colon that went into the text of the role above, unsaid) and what the
// round's blind audits found. Each case is a seed with one change, tidy or in a derived shape; the mends'
// cases (16) fail on the round's start (9ceb1ce), the guards (9) pass on both.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf, rewrite, seed } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const seedPage = seed('003_4ea2b71e336645b9');
const warningsAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line) && d.severity !== 'info').map((d) => d.rule);

const teamText = 'Projektipäällikkö hoitaa hallinnolliset tehtävät, toimii projektihenkilöstön esimiehenä, johtaa ohjausryhmän ja käytännön työtä koordinoivan työryhmän työskentelyä ja toimii yhteyshenkilönä rahoittajaan päin.';
/** Seed 003 with the given lines right below the project team's text (no blank line between). */
const belowTeam = (lines: string[], apart = false) => rewrite(seedPage, `Projektitiimi\n\n${teamText}\n`, `Projektitiimi\n${apart ? '\n' : ''}${teamText}\n${apart ? '\n' : ''}${lines.join('\n')}\n`);

describe('seventy-second round: what the seventy-first left (review RVD)', () => {
  it('a usual role\'s name with a colon glued below a role\'s text in a copy wrapped at 60 columns is the next role (was joined into the text above, as the joined text was longer than the copy\'s width)', () => {
    const copy = deriveShape(belowTeam(['Yhteistyökumppanit:', 'Tahon tehtävänä on tukea hankkeen toimintaa.']), 'wrap60');
    const roles = parse(copy).record!.projectPage!.roles;
    expect(roles.slice(0, 2)).toEqual([
      { role: 'Projektitiimi', text: teamText },
      { role: 'Yhteistyökumppanit', text: 'Tahon tehtävänä on tukea hankkeen toimintaa.' },
    ]);
  });

  it('in the same wrapped copy, a role\'s text wrapped over several lines is still one text; a short sentence below it that would have fitted on its last line keeps its own line (was joined with a space)', () => {
    const copy = deriveShape(belowTeam(['Työ alkoi keväällä.']), 'wrap60');
    expect(parse(copy).record!.projectPage!.roles[0]).toEqual({ role: 'Projektitiimi', text: `${teamText}\nTyö alkoi keväällä.` });
  });

  it('a usual role\'s name with a colon and a list\'s intro below it (`Yhteistyökumppanit:` / `Kumppaneita ovat:` / `- …`) stays the text above, now said at its line (was unsaid)', () => {
    const lines = ['Yhteistyökumppanit:', '', 'Kumppaneita ovat:', '- Vaasan seurakunta', '- Pohjanmaan yrittäjät'];
    for (const shape of ['tidy', 'noblank'] as const) {
      const text = belowTeam(['', ...lines], true);
      const copy = shape === 'tidy' ? text : deriveShape(text, 'noblank');
      const result = parse(copy);
      expect(result.record!.projectPage!.roles[0].text, shape).toContain('Yhteistyökumppanit:');
      expect(result.diagnostics.filter((d) => d.line === lineOf(copy, 'Yhteistyökumppanit:')).map((d) => `${d.severity} ${d.rule}`), shape).toEqual(['warning ambiguous-role']);
    }
  });

  it('in a page wrapped at 40 columns, a usual role\'s name right below a list\'s item, with or without its colon, is the next role (review RVB: it was joined onto the item, unsaid)', () => {
    for (const name of ['Ohjausryhmä', 'Ohjausryhmä:']) {
      const text = rewrite(seedPage, 'Kumppanit\n\nHankkeen osatoteuttajina toimivat kolme yhdistystä ja kaksi seurakuntaa osallistuvat hankkeen toimenpiteiden toteuttamiseen omilla panostuksilla. Hankkeen kumppanuusverkostoon kuuluu lisäksi lukuisia muita toimijoita.\n\nRahoittaja\n\nHankkeen rahoittaja on mahdollistanut hankkeen myöntämällä sille toteuttamisen kannalta tarvittava rahoitus.\n\nOhjausryhma\n', `Kumppanit\nKumppaneita ovat:\n- Vaasan seurakunta\n- Vaasan Setlementtiyhdistys ry\n${name}\n`);
      const roles = parse(deriveShape(text, 'wrap60', 40)).record!.projectPage!.roles;
      expect(roles.map((r) => r.role), name).toEqual(['Projektitiimi', 'Hankkeen toteuttajaorganisaatio', 'Kumppanit', 'Ohjausryhmä']);
      expect(roles[2].text, name).toBe('Kumppaneita ovat:\n- Vaasan seurakunta\n- Vaasan Setlementtiyhdistys ry');
    }
  });

  it('in a page wrapped at 60 columns, a role\'s text ending `… rahoituksen.` / `Kiitos.` keeps its thanks, and the roles below it are read (review RVB: the thanks started a signature, the last role lost with an info only)', () => {
    const text = rewrite(seedPage, 'Hankkeen rahoittaja on mahdollistanut hankkeen myöntämällä sille toteuttamisen kannalta tarvittava rahoitus.\n', 'Hankkeen rahoittaja on mahdollistanut hankkeen myöntämällä sille toteuttamisen kannalta tarvittava rahoitus.\nKiitos.\n');
    const roles = parse(deriveShape(text, 'wrap60')).record!.projectPage!.roles;
    expect(roles.map((r) => r.role)).toEqual(['Projektitiimi', 'Hankkeen toteuttajaorganisaatio', 'Kumppanit', 'Rahoittaja', 'Ohjausryhma']);
    expect(roles[3].text).toBe('Hankkeen rahoittaja on mahdollistanut hankkeen myöntämällä sille toteuttamisen kannalta tarvittava rahoitus.\nKiitos.');
  });

  it('the same colon line above items marked `-Vaasan …` or `1) …` is said too (review RVB)', () => {
    for (const items of [['-Vaasan seurakunta', '-Pohjanmaan yrittäjät'], ['1) Vaasan seurakunta', '2) Pohjanmaan yrittäjät']]) {
      const text = belowTeam(['', 'Yhteistyökumppanit:', '', ...items], true);
      expect(warningsAt(text, 'Yhteistyökumppanit:'), items[0]).toEqual(['ambiguous-role']);
    }
  });

  it('guard: a sub-heading of no usual role\'s name with a list below it stays the text\'s, unsaid (`Tehtävät:` / `- …`)', () => {
    const text = belowTeam(['', 'Tehtävät:', '- raportointi', '- viestintä'], true);
    const result = parse(text);
    expect(result.record!.projectPage!.roles[0].text).toBe(`${teamText}\n\nTehtävät:\n- raportointi\n- viestintä`);
    expect(result.diagnostics.filter((d) => d.line === lineOf(text, 'Tehtävät:'))).toEqual([]);
  });
});

const seed2007 = seed('000_ddad63b48901b7a4');
const seed2014 = seed('004_3bb6e26593869c78');

describe('seventy-second round, audit IB: copies made by people, values as people write them', () => {
  const axisLine = 'Toimintalinja: 2: Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen';
  const axis = { number: 2, title: 'Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen' };

  it('an axis pasted below its empty label with the words that lead its number (`Toimintalinja:` / blank / `TL 2: …`, `Toimintalinja 2: …`) is read, an info only (was `unknown-label`, the axis null)', () => {
    for (const written of ['TL 2', 'Toimintalinja 2', 'TL2']) {
      const text = rewrite(seed2007, `${axisLine}\n`, `Toimintalinja:\n\n${written}: ${axis.title}\n`);
      for (const shape of ['tidy', 'noblank'] as const) {
        const copy = shape === 'tidy' ? text : deriveShape(text, shape);
        const result = parse(copy);
        expect(result.record!.project.priorityAxis, `${written} ${shape}`).toEqual(axis);
        expect(result.diagnostics.filter((d) => d.line === lineOf(copy, `${written}: ${axis.title}`) && d.severity !== 'info'), `${written} ${shape}`).toEqual([]);
      }
    }
    const text2014 = rewrite(seed2014, 'Toimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta\n', 'Toimintalinja:\n\nTL 5: Sosiaalinen osallisuus ja köyhyyden torjunta\n');
    expect(parse(text2014).record!.project.priorityAxis).toEqual({ number: 5, title: 'Sosiaalinen osallisuus ja köyhyyden torjunta' });
  });

  it('two count fields glued on one line, the first with its women in brackets (`Suunniteltu: 80 (naisia 35) Toteutunut …: 274 (naisia 92)`), are both read whole (the second label was read from the bracket\'s `35)`, the women lost into a warning)', () => {
    for (const gap of [' ', '\t']) {
      const text = rewrite(seed2007, 'Suunniteltu: 80, joista naisia 35\n\nToteutunut seurantatietojen mukaan: 274, joista naisia 92\n', `Suunniteltu: 80 (naisia 35)${gap}Toteutunut seurantatietojen mukaan: 274 (naisia 92)\n`);
      const result = parse(text);
      expect(result.record!.indicators.participants, JSON.stringify(gap)).toEqual({ planned: { total: 80, women: 35 }, actual: { total: 274, women: 92 } });
      expect(result.diagnostics.filter((d) => d.line === lineOf(text, `Suunniteltu: 80 (naisia 35)${gap}Toteutunut seurantatietojen mukaan: 274 (naisia 92)`) && d.severity !== 'info'), JSON.stringify(gap)).toEqual([]);
    }
  });

  it('guard: another label below an empty axis label is still no value (`Toimintalinja:` / blank / `Osio: Etelä-Suomen suuralueosio`)', () => {
    const text = rewrite(seed2007, `${axisLine}\n`, 'Toimintalinja:\n');
    expect(parse(text).record!.project.priorityAxis).toBeNull();
  });
});

describe('seventy-second round, audit IA: copies with several copying edits at once', () => {
  const paragraph = 'Maahanmuuttajien tarpeisiin vastaavien palveluiden varmistamiseksi';
  const summaryOf = (text: string) => parse(text).record!.summary;
  const summary = summaryOf(seed2007);
  const furnitureAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => `${d.severity} ${d.rule}`);

  it('a print header naming the register, its page\'s title and a date (`EURA 2014 – Hankerekisteri  12.3.2019`, `12.3.2019 EURA 2014 – Hankerekisteri`) is furniture wherever it stands, once or beside a footer\'s address (was read into the text, unsaid)', () => {
    for (const header of ['EURA 2014 – Hankerekisteri  12.3.2019', 'EURA 2014 – Hankerekisteri  12.3.2019  2/3', 'EURA 2014 – Hankerekisteri\t12.3.2019\t2/3', 'EURA 2007 | Hankerekisteri | 12.3.2019 10.12', '12.3.2019 EURA 2014 – Hankerekisteri', '12.3.2019 Rakennerahastot – Hankkeet']) {
      const once = rewrite(seed2007, `\n\n${paragraph}`, `\n\n${header}\n\n${paragraph}`);
      expect(summaryOf(once), header).toBe(summary);
      expect(furnitureAt(once, header), header).toEqual(['info page-furniture']);
      const printed = rewrite(seed2007, `\n\n${paragraph}`, `\nhttps://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S21734\n${header}\n2 (3)\n\n${paragraph}`);
      expect(summaryOf(printed), header).toBe(summary);
      expect(furnitureAt(printed, header), header).toEqual(['info page-furniture']);
    }
  });

  it('guard: a sentence or a schedule\'s line naming the register with a date stays the text\'s (review RVA: `EURA 2014 -järjestelmän käyttökoulutus – 12.3.2015`)', () => {
    for (const line of ['EURA 2014 – hankkeen tiedot päivitettiin 12.3.2019', '12.3.2019 EURA 2014 – koulutus', 'EURA 2014 -järjestelmän käyttökoulutus – 12.3.2015', '1.9.2015 EURA 2014 – Ensimmäinen maksatushakemus', '12.3.2019 Rakennerahastot – Tiedotustilaisuus Oulussa', '1.9.2015 EURA 2014']) {
      const text = rewrite(seed2007, `\n\n${paragraph}`, `\n\n${line}\n\n${paragraph}`);
      expect(summaryOf(text), line).toContain(line);
    }
  });

  it('the register\'s page address below a list\'s intro, with a print header right below it, is the print\'s footer (was kept in the text as the intro\'s link)', () => {
    const address = 'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S21734';
    const text = rewrite(seed2007, `\n\n${paragraph}`, `\n\nHankkeen toimenpiteet ovat:\n\n${address}\nEURA 2014 – Hankekuvaus  12.3.2019  Sivu 2 / 3\n\n${paragraph}`);
    expect(summaryOf(text)).not.toContain(address);
    expect(furnitureAt(text, address)).toEqual(['info page-furniture']);
  });

  it('guard: the address below a list\'s intro with the text going on below it stays the text\'s link', () => {
    const address = 'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S21734';
    const text = rewrite(seed2007, `\n\n${paragraph}`, `\n\nLisätietoja hankkeesta:\n${address}\n\n${paragraph}`);
    expect(summaryOf(text)).toContain(address);
  });

  it('guard: the address below a list\'s intro with a rule or a tag right below it stays the text\'s link (review RVA)', () => {
    const address = 'https://www.rakennerahastot.fi/web/hanke/-/hanke-S20078';
    for (const below of ['-----', '<br>']) {
      const text = rewrite(seed2007, `\n\n${paragraph}`, `\n\nLisätietoja:\n${address}\n${below}\n\n${paragraph}`);
      expect(summaryOf(text), below).toContain(address);
    }
  });

  it('a copy cut right after a yes/no label written whole, before its colon, saved with or without a final line break, is said to be cut (the label ends with `)`; was read whole, later sections absent unsaid)', () => {
    const label = 'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)';
    const cut = seed2014.slice(0, seed2014.indexOf(`${label}:`) + label.length);
    for (const copy of [cut, `${cut}\n`]) {
      const result = parse(copy);
      expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => [d.severity, d.line]), JSON.stringify(copy.slice(-3))).toEqual([['warning', lineOf(copy, label)]]);
    }
  });

  it('guard: a last sentence with its full stop whose words are a label\'s, a sentence\'s wrapped tail in lower case that is one (`… oli erityisesti` / `kestävä kehitys`), or an answer to a colon line or a question, is no cut (reviews RVA, RVC, RVD)', () => {
    const label = 'Sukupuolinäkökulma on huomioitu hankkeen toiminnassa';
    for (const end of [`${label}.`, 'Hankkeen läpileikkaavana teemana oli erityisesti\nkestävä kehitys\n', 'Hankkeen läpileikkaavana teemana oli erityisesti\ntasa-arvo\n', 'Hankkeen läpileikkaavat teemat olivat:\nKestävä kehitys\n', 'Mikä teema nousi tärkeimmäksi?\n\nTasa-arvo\n']) {
      const text = `${seed2014.trimEnd()}\n\n${end}`;
      expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off'), end).toEqual([]);
    }
  });
});

describe('seventy-second round, audit IC: descriptions inside other documents', () => {
  const finalSummary = parse(seed2007).record!.finalReportSummary;
  const withEnd = (lines: string) => `${seed2007.trimEnd()}\n\n${lines}\n`;

  it('a mail\'s sign-off after the description, `Kiitos!` over a signed name (`T. Markku Mäkinen`) or a contact line, is furniture (was read into the last section\'s text, unsaid)', () => {
    for (const end of ['Kiitos!\n\nT. Markku Mäkinen', 'Kiitos!\n\nMarkku Mäkinen\nmarkku.makinen@example.fi', 'Kiitos!\nT. Anna-Liisa Virtanen']) {
      const text = withEnd(end);
      const result = parse(text);
      expect(result.record!.finalReportSummary, end).toBe(finalSummary);
      expect(result.diagnostics.filter((d) => d.line > lineOf(text, 'Kiitos!') - 1 && d.line >= text.split('\n').length - 3 && d.severity !== 'info'), end).toEqual([]);
    }
  });

  it('guard: a mail\'s sign-off with its full stop glued below the last sentence, a name and a contact below it, is kept apart as before (review RVD)', () => {
    const text = `${seed2007.trimEnd()}\nYstävällisin terveisin.\nMatti Meikäläinen\n040 123 4567\n`;
    expect(parse(text).record!.finalReportSummary).toBe(finalSummary);
  });

  it('a message quoted with `>` after the description, its first line a mail\'s header, is kept apart (was read into the last section\'s text, unsaid)', () => {
    const text = withEnd('> Lähettäjä: kirjaamo@ely-keskus.fi\n> Pyydämme toimittamaan hankkeen kuvauksen.');
    expect(parse(text).record!.finalReportSummary).toBe(finalSummary);
  });

  it('guard: `Kiitos!` or `T. Laine` alone at the very end, `Kiitos!` over a list, a sentence, two words in capitals or a contact line alone (reviews RVC, RVD), and a mail the text quotes after its intro stay the text\'s (review RVA)', () => {
    for (const end of ['Kiitos!', 'T. Laine', 'Lämmin kiitos!\n* yhteistyökumppaneille\n* osallistujille', 'Kiitos!\nHankkeen tulokset jäävät elämään', 'Kiitos!\nKuusamo Taivalkoski', 'Kiitos!\n\nHankkeen Tiimi', 'Kiitos kaikille!\nLoppuseminaari 12.3.2019\nKulttuurikeskus Kuusamotalo, 93600 Kuusamo', 'Lämmin kiitos!\nSeuraa meitä @valittavatverkostot', 'Asiakas kirjoitti meille:\n\n> Lähettäjä: asiakas@example.fi\n> Kiitos avusta, löysin työpaikan.']) expect(parse(withEnd(end)).record!.finalReportSummary, end).toBe(`${finalSummary}\n\n${end}`);
  });
});

describe('seventy-second round, audit IC: look-alikes', () => {
  const fields = ['Projektikoodi: S18247', 'Projektin nimi: Verkosto pajalle', 'Vastuuviranomainen: Hämeen ELY-keskus', 'Toteuttajaorganisaation nimi: Itäkaaren koulutuskuntayhtymä', 'Y-tunnus: 5564924-5'];
  const decision = (title: string) => `${title}\n\nHämeen ELY-keskus 18.10.2016\n\n${fields.join('\n')}\nMyönnetty tuki: 300 000 €\n`;

  it('a funding decision said positive or negative (`Myönteinen rahoituspäätös`, `Kielteinen päätös`) is no description, as `Rahoituspäätös` is not (was read as one from its fields)', () => {
    for (const title of ['Myönteinen rahoituspäätös', 'Kielteinen päätös', 'MYÖNTEINEN RAHOITUSPÄÄTÖS']) {
      const result = parse(decision(title));
      expect(result.record, title).toBeNull();
      expect(result.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.line}`), title).toContain('error unknown-template 1');
    }
  });

  it('a flattened description whose first line names the description beside a decision\'s words (`Hankkeen kuvaus – myönteinen rahoituspäätös`, `Hankkeen kuvaus – rahoituspäätös`) is read (review RVB: refused, with the new words and the old)', () => {
    for (const top of ['Hankkeen kuvaus – myönteinen rahoituspäätös', 'Myönteinen rahoituspäätös – hankkeen kuvaus', 'Hankkeen kuvaus – rahoituspäätös']) {
      const result = parse(`${top}\n${deriveShape(seed2007, 'flat')}`);
      expect(result.record?.project.code, top).toBe('S10843');
    }
  });
});

describe('seventy-second round, audit IB: an empty last label above a flattened, wrapped final report', () => {
  it('a paragraph of sentences over several lines below an empty `Innovatiivisuus:` in a flattened, hard-wrapped copy that writes other values below their labels is said to be perhaps the final report\'s (was read as the field, the final report null, unsaid)', () => {
    const finalFirst = parse(seed2007).record!.finalReportSummary!.split('\n\n')[0];
    let text = seed2007.slice(0, seed2007.indexOf('9. Loppuraportin tiivistelmä')) + `9. Loppuraportin tiivistelmä\n\n${finalFirst}\n`;
    text = rewrite(text, 'Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena\n', 'Innovatiivisuus:\n');
    for (const label of ['Projektin nimi', 'Suunnitelman mukainen toteutusaika', 'Kestävä kehitys']) {
      const at = text.indexOf(`\n${label}: `) + 1;
      text = `${text.slice(0, at)}${label}:\n\n${text.slice(at + label.length + 2)}`;
    }
    const copy = deriveShape(deriveShape(text, 'flat'), 'wrap60', 80);
    const result = parse(copy);
    const first = finalFirst.split(' ').slice(0, 4).join(' ');
    const line = copy.split('\n').findIndex((l) => l.startsWith(first)) + 1;
    expect(line).toBeGreaterThan(0);
    expect(result.diagnostics.filter((d) => d.line === line && d.severity === 'warning').map((d) => d.rule)).toEqual(['value-below-label']);
  });

  it('guard: not where the project is said to be running, with no final report yet (review RVB)', () => {
    let text = seed2007.slice(0, seed2007.indexOf('9. Loppuraportin tiivistelmä'));
    text = rewrite(text, 'Toiminnan tila: Toiminta päättynyt\n', 'Toiminnan tila: Toiminta käynnissä\n');
    const value = 'Hankkeessa kokeillaan uutta ohjausmallia. Mallia arvioidaan koko hankkeen ajan. Tulokset kootaan käsikirjaksi, joka jää alueen käyttöön.';
    text = rewrite(text, 'Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena\n', `Innovatiivisuus:\n${value}\n`);
    for (const label of ['Projektin nimi', 'Suunnitelman mukainen toteutusaika', 'Kestävä kehitys']) {
      const at = text.indexOf(`\n${label}: `) + 1;
      text = `${text.slice(0, at)}${label}:\n\n${text.slice(at + label.length + 2)}`;
    }
    const copy = deriveShape(deriveShape(text, 'flat'), 'wrap60', 60);
    const result = parse(copy);
    expect(result.record!.classification.innovativeness).toBe(value);
    expect(result.diagnostics.filter((d) => d.rule === 'value-below-label' && d.severity === 'warning')).toEqual([]);
  });
});
