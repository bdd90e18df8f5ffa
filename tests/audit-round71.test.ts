// What the seventy-first round mended: a finding the seventieth round left (review RV2's co-implementer
// entries marked with Word's `o` bullet) and what the round's blind audits found. Each case is a seed with
// one change, tidy or in a derived shape; the mends' cases fail on the round's start (ae521e6), the guards
// pass on both.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf, rewrite, seed } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const seed2007 = seed('000_ddad63b48901b7a4');
const seed2007b = seed('002_bcdc1a367ba94878');
const seedPage = seed('003_4ea2b71e336645b9');
const seed2014 = seed('004_3bb6e26593869c78');

const warningsAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line) && d.severity !== 'info').map((d) => d.rule);

/** Seed 004 with a co-implementer block of the given entry lines below `Osatoteuttajat`. */
const withCoImplementers = (entries: string[]) =>
  rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\n${entries.join('\n')}\n`);

describe('seventy-first round: what the seventieth left', () => {
  it('co-implementer entries marked with Word\'s `o` bullet, one without its Y-tunnus, stay two entries in every shape (were joined into one name with the next one\'s Y-tunnus, an info only)', () => {
    const text = withCoImplementers(['o Pohjoisen työvalmennus ry', 'o Oulun kaupunki, 0187690-1', 'o Järvikylän kunta, 3064219-4']);
    for (const shape of ['tidy', 'noblank', 'flat'] as const) {
      const copy = shape === 'tidy' ? text : deriveShape(text, shape);
      const result = parse(copy);
      expect(result.record!.organisation.coImplementers, shape).toEqual([
        { name: 'Pohjoisen työvalmennus ry', businessId: null },
        { name: 'Oulun kaupunki', businessId: '0187690-1' },
        { name: 'Järvikylän kunta', businessId: '3064219-4' },
      ]);
      expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id' && d.path?.startsWith('/organisation/coImplementers/0') === true).map((d) => d.severity), shape).toEqual(['warning']);
    }
  });

  it('guard: an entry wrapped onto a line in lower case is still one entry (`Pohjoisen työvalmennus` / `osuuskunta, 1234567-8`), and an entry\'s remark in lower case after its comma stays its own', () => {
    const text = withCoImplementers(['Pohjoisen työvalmennus', 'osuuskunta, 0187690-1', 'Järvikylän kunta, 3064219-4']);
    expect(parse(text).record!.organisation.coImplementers).toEqual([
      { name: 'Pohjoisen työvalmennus osuuskunta', businessId: '0187690-1' },
      { name: 'Järvikylän kunta', businessId: '3064219-4' },
    ]);
  });
});

describe('seventy-first round, audit HB: project pages and 2007–2013 descriptions generated with known values', () => {
  const titled = rewrite(seedPage, 'Osallisuuden askeleet työllistymispoluille\n', 'Osallisuuden askeleet: polkuja työhön\n');
  const paragraph = 'Hankkeessa järjestetään';
  const withHeader = (header: string) => rewrite(titled, `\n\n${paragraph}`, `\n\n${header}\n\nSivu 2 (3)\n\n${paragraph}`);

  it('a browser\'s print header whose page title has a colon is furniture, as one without (was read into the summary, unsaid)', () => {
    const summary = parse(titled).record!.summary;
    for (const header of ['30.11.2019 9.12 Osallisuuden askeleet: polkuja työhön - Rakennerahastot.fi', '30.11.2019 9.12 Osallisuuden askeleet: polkuja työhön - Rakennerahastot']) {
      const result = parse(withHeader(header));
      expect(result.record!.summary, header).toBe(summary);
      expect(result.diagnostics.filter((d) => d.line === lineOf(withHeader(header), header)).map((d) => `${d.severity} ${d.rule}`), header).toEqual(['info page-furniture']);
    }
  });

  it('guard: a schedule\'s line with a colon and a place after a dash stays the text\'s (`12.3.2018 10.00 Työpaja: nuoret ja yritykset - Kajaani`)', () => {
    const line = '12.3.2018 10.00 Työpaja: nuoret ja yritykset - Kajaani';
    expect(parse(withHeader(line)).record!.summary).toContain(line);
  });

  it('a print header hard-wrapped before its site\'s name is furniture, its two lines or three (was read into the summary, unsaid)', () => {
    const summary = parse(titled).record!.summary;
    for (const header of ['30.11.2019 9.12 Osallisuuden askeleet -\nRakennerahastot.fi', '30.11.2019 9.12 Osallisuuden askeleet\n-\nRakennerahastot']) {
      const result = parse(withHeader(header));
      expect(result.record!.summary, header).toBe(summary);
      expect(result.diagnostics.filter((d) => d.rule === 'page-furniture' && d.severity !== 'info'), header).toEqual([]);
    }
  });

  it('a numbered heading past the layout\'s last section, in a copy without blank lines, below a list\'s marked item or a sentence\'s end, is said and kept apart (was read into the final report, unsaid)', () => {
    const base = deriveShape(seed2007, 'noblank').replace(/\n*$/u, '\n');
    for (const above of ['- uusi ohjausmalli nuorille', '• uusi ohjausmalli nuorille', 'Uusi ohjausmalli otettiin käyttöön.']) {
      const text = `${base}${above}\n10. Lisätietoja\nLisätietoja antaa projektipäällikkö.\n`;
      const result = parse(text);
      expect(result.record!.finalReportSummary, above).toBe(`${parse(base).record!.finalReportSummary}\n${above}`);
      expect(result.unmapped.map((u) => u.value), above).toContain('Lisätietoja antaa projektipäällikkö.');
      expect(warningsAt(text, '10. Lisätietoja'), above).toContain('unknown-section');
    }
  });

  it('guard: a numbered list of the text above the number, counting up to it or not, and an ordinal in a hard-wrapped sentence, stay the text\'s', () => {
    const base = deriveShape(seed2007, 'noblank').replace(/\n*$/u, '\n');
    for (const list of ['9. Arviointi\n10. Raportointi', '1. Kartoitus\n10. Raportointi', '9) Arviointi\n10. Raportointi']) {
      const result = parse(`${base}Toimet olivat:\n${list}\nHanke päättyi ajallaan.\n`);
      expect(result.record!.finalReportSummary, list).toContain(`${list}\nHanke päättyi ajallaan.`);
      expect(result.diagnostics.filter((d) => d.rule === 'unknown-section'), list).toEqual([]);
    }
    const wrapped = `${deriveShape(seed2007, 'wrap60').replace(/\n*$/u, '')}\nHanke osallistui syksyllä järjestettyyn\n10. Valtakunnalliseen työpajaseminaariin\nKajaanissa, jossa esiteltiin tuloksia.\n`;
    expect(parse(wrapped).diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
  });

  it('guard: a numbered line past the layout\'s last section above a heading of the layout stays the text\'s (a list\'s item in 6.2)', () => {
    const noblank = deriveShape(seed2007, 'noblank');
    const summaryStart = noblank.split('\n').find((l) => l.startsWith('Projektissa'))!;
    const text = rewrite(noblank, `${summaryStart}\n`, `${summaryStart}\n- nuorten ohjausta\n10. Lisätietoja\nLisätietoja antaa projektipäällikkö.\n`);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
  });

  it('a period worded in the past tense or with a dash, its dates in the ISO form or in words, is read (was null with an error)', () => {
    for (const period of ['Alkoi 2008-09-01 ja päättyi 2011-08-31', 'Alkoi 1. syyskuuta 2008 ja päättyi 31. elokuuta 2011', 'Alkaa 2008-09-01 – päättyy 2011-08-31', 'Alkaa 1. syyskuuta 2008 – päättyy 31. elokuuta 2011', '2008-09-01 ja päättyy 2011-08-31']) {
      const result = parse(rewrite(seed2007, 'Alkaa 1.9.2008 ja päättyy 31.8.2011', period));
      expect(result.record!.project.period, period).toEqual({ start: '2008-09-01', end: '2011-08-31' });
      expect(result.diagnostics.filter((d) => d.severity === 'error'), period).toEqual([]);
    }
  });
});

describe('seventy-first round, audit HA: 2014–2020 descriptions generated with known values', () => {
  it('a flattened copy\'s stray label of another section in 8.1 does not open the final report before 8.2\'s table (the table was read as the final report\'s text, unsaid)', () => {
    const flat = deriveShape(seed2014, 'flat');
    const explanation = 'Sukupuolten tasa-arvon edistäminen huomioidaan hankkeen toimenpiteissä valtavirtaistamisen kautta.\n';
    const text = rewrite(flat, explanation, `${explanation}Kunnat: osallistuvat kunnat sitoutuvat rahoittamaan osan toiminnasta.\nTasa-arvo huomioidaan valtavirtaistamisen kautta.\n`);
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment).toEqual(parse(flat).record!.horizontalPrinciples.sustainableDevelopment);
    expect(result.record!.finalReportSummary).toBe(parse(flat).record!.finalReportSummary);
    expect(result.record!.horizontalPrinciples.genderEquality).toEqual(parse(flat).record!.horizontalPrinciples.genderEquality);
    expect(result.unmapped.map((u) => u.value)).toEqual(['osallistuvat kunnat sitoutuvat rahoittamaan osan toiminnasta.', 'Tasa-arvo huomioidaan valtavirtaistamisen kautta.']);
    expect(warningsAt(text, 'Tasa-arvo huomioidaan valtavirtaistamisen kautta.')).toEqual(['unmapped-text']);
  });

  it('a hard-wrapped sentence\'s line with a colon after its full stop is no field\'s line (`… polkuaan. Budjetti: 350 000` was warned `unknown-label`), a line of a label and a figure still is', () => {
    const summary = 'Kuusamossa on tehty suunnitelmallista työtä pitkäaikaistyöttömyyden hoitamisessa.';
    const wrapped = rewrite(seed2014, summary, 'Osallistujat kulkevat omaa polkuaan. Budjetti: 350 000\neuroa, josta kuntarahoitus 10 %. Kuusamossa on tehty suunnitelmallista työtä pitkäaikaistyöttömyyden hoitamisessa.');
    expect(warningsAt(wrapped, 'Osallistujat kulkevat omaa polkuaan. Budjetti: 350 000')).toEqual([]);
    const field = rewrite(seed2014, summary, `Budjetti: 350 000\n\n${summary}`);
    expect(warningsAt(field, 'Budjetti: 350 000')).toEqual(['unknown-label']);
  });

  it('a text saved without its last line break whose hard-wrapped last sentence ends on a year, `… syksyllä` / `2016.`, is not said cut (a heading\'s number alone still is)', () => {
    const whole = seed2014.replace(/\n*$/u, '');
    const year = `${whole} Toiminta vakiintui syksyllä\n2016.`;
    expect(parse(year).diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
    expect(parse(year).record!.finalReportSummary).toMatch(/syksyllä\n2016\.$/u);
    const heading = `${whole}\n10.`;
    expect(parse(heading).diagnostics.filter((d) => d.rule === 'text-cut-off').length).toBe(1);
  });
});

describe('seventy-first round, audit HC: prose and values whose lines look like the layout\'s structure', () => {
  const roleNames = (text: string) => parse(text).record!.projectPage!.roles.map((r) => r.role);
  const seedRoles = ['Projektitiimi', 'Hankkeen toteuttajaorganisaatio', 'Kumppanit', 'Rahoittaja', 'Ohjausryhma'];
  const partners = 'Kumppanit\n\nHankkeen osatoteuttajina';

  it('a role whose text starts with a web or e-mail address or a lettered item stays a role (was read into the role above, unsaid)', () => {
    for (const first of ['www.kumppani.fi', 'https://kumppani.fi/hanke', 'info@kumppani.fi', 'a) Työpajat', 'www.kumppani.fi ja www.toinen.fi']) {
      const text = rewrite(seedPage, partners, `Kumppanit\n\n${first}\n\nHankkeen osatoteuttajina`);
      const roles = parse(text).record!.projectPage!.roles;
      expect(roles.map((r) => r.role), first).toEqual(seedRoles);
      expect(roles[2].text, first).toMatch(new RegExp(`^${first.replace(/[.()]/gu, '\\$&')}\\n\\nHankkeen osatoteuttajina`, 'u'));
    }
  });

  it('a role\'s text ending on a line with a colon does not take in the next role the page usually names (was one role, unsaid)', () => {
    const text = rewrite(seedPage, '\n\nRahoittaja\n\n', '\n\nTavoitteet:\n\nRahoittaja\n\n');
    const roles = parse(text).record!.projectPage!.roles;
    expect(roles.map((r) => r.role)).toEqual(seedRoles);
    expect(roles[2].text).toMatch(/\n\nTavoitteet:$/u);
  });

  it('a field\'s line in a role\'s text, `Projektikoodi: S10843` / `Projektin nimi: …`, is that text\'s, no role (was a new role, unsaid)', () => {
    const inserted = 'Projektikoodi: S10843\nProjektin nimi: Edeltäjä';
    const text = rewrite(seedPage, '\n\nRahoittaja\n\n', `\n${inserted}\n\nRahoittaja\n\n`);
    const roles = parse(text).record!.projectPage!.roles;
    expect(roles.map((r) => r.role)).toEqual(seedRoles);
    expect(roles[2].text).toContain(inserted);
  });

  it('a short line glued below a sentence of a role\'s text, where the page parts its roles by blank lines, is read as a role, said (was unsaid)', () => {
    const text = rewrite(seedPage, '\n\nRahoittaja\n\n', '\nAikataulu\n1.1.2020 - 31.5.2020: kartoitetaan tarpeet.\n\nRahoittaja\n\n');
    expect(roleNames(text)).toEqual([...seedRoles.slice(0, 3), 'Aikataulu', ...seedRoles.slice(3)]);
    expect(warningsAt(text, 'Aikataulu')).toEqual(['ambiguous-role']);
  });

  it('guard: a role of a name pages do not usually write with a label\'s colon, its text below it, stays a role (`Päärahoittaja: Pohjanmaan ELY-keskus`; review RVD: a list below too)', () => {
    for (const below of ['Tahon tehtävänä on tukea hankkeen toimintaa koko sen ajan.', 'Kumppaneita ovat:\n- Vaasan seurakunta\n- Pohjanmaan yrittäjät']) {
      const text = rewrite(seedPage, '\n\nRahoittaja\n\n', `\n\nPäärahoittaja: Pohjanmaan ELY-keskus\n\n${below}\n\nRahoittaja\n\n`);
      expect(roleNames(text), below).toContain('Päärahoittaja: Pohjanmaan ELY-keskus');
    }
  });

  it('a field\'s line right below a sentence of a role\'s text, another field\'s line below it, is read as that text\'s, said (it may be a role written with its value)', () => {
    const text = rewrite(seedPage, '\n\nRahoittaja\n\n', '\n\nPäärahoittaja: Pohjanmaan ELY-keskus\nLisätietoja: www.ely-keskus.fi/pohjanmaa\n\nRahoittaja\n\n');
    expect(roleNames(text)).toEqual(seedRoles);
    expect(warningsAt(text, 'Päärahoittaja: Pohjanmaan ELY-keskus')).toEqual(['ambiguous-role']);
  });

  it('a line in capitals with a paragraph below it in a role\'s text is read as a role, said (was unsaid)', () => {
    const text = rewrite(seedPage, '\n\nRahoittaja\n\n', '\n\nHANKKEEN TAVOITTEET\n\nHankkeen tavoitteena on parantaa työllisyyttä.\n\nRahoittaja\n\n');
    expect(warningsAt(text, 'HANKKEEN TAVOITTEET')).toEqual(['ambiguous-role']);
  });

  it('guard: a role right below another role\'s text after a blank line, and a usual role name glued below it, stay roles', () => {
    expect(roleNames(seedPage)).toEqual(seedRoles);
    const glued = rewrite(seedPage, '\n\nRahoittaja\n\n', '\nRahoittaja\n');
    expect(roleNames(glued)).toEqual(seedRoles);
  });

  it('guard: a list going on below its label\'s line after a comma, or one name a line, stays the list\'s in a flattened copy', () => {
    const flat = deriveShape(seed2007b, 'flat');
    const list = flat.split('\n').find((line) => line.startsWith('Kunnat: '))!;
    const comma = rewrite(flat, `${list}\n`, 'Kunnat: Hartola, Heinola,\nSysmä\n');
    expect(parse(comma).record!.targetArea.municipalities).toEqual(['Hartola', 'Heinola', 'Sysmä']);
    const perLine = rewrite(flat, `${list}\n`, 'Kunnat: Hartola\nHeinola\nSysmä\n');
    expect(parse(perLine).record!.targetArea.municipalities).toEqual(['Hartola', 'Heinola', 'Sysmä']);
  });
});
