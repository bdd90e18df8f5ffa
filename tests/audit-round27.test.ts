// What the twenty-seventh round found — each failure reproduced on a seed with one change (or on a
// small invented text): read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { at, lineOf, rewrite, seed } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed000 = seed('000_ddad63b48901b7a4');
const seed003 = seed('003_4ea2b71e336645b9');
const seed004 = seed('004_3bb6e26593869c78');

const SUMMARY_004 = 'Kuusamossa on tehty suunnitelmallista työtä pitkäaikaistyöttömyyden hoitamisessa.';
const SUMMARY_000 = '3.1 Maantieteellinen kohdealue';

describe('audit round 27: a flattened copy whose summary opens with a colon and a list', () => {
  const lead = 'Hankkeen toimenpiteet ovat seuraavat:\n- yksilövalmennus\n- ryhmävalmennus\nLopuksi arvioidaan tulokset.';

  it.each(['-', '•'])('2014–2020: the lead-in and the `%s` list open the summary (nothing in unmapped)', (marker) => {
    const tidy = rewrite(seed004, '3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', `3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n${lead.replaceAll('- ', `${marker} `)}\n\n`);
    const flat = deriveShape(tidy, 'flat');
    const result = parse(flat);
    expect(result.record!.summary!.startsWith(lead.replaceAll('- ', `${marker} `))).toBe(true);
    expect(result.unmapped).toEqual(parse(deriveShape(seed004, 'flat')).unmapped);
    const line = lineOf(flat, 'Hankkeen toimenpiteet ovat seuraavat:');
    expect(result.diagnostics.filter((d) => d.line === line).map((d) => [d.severity, d.rule])).toContainEqual(['info', 'label-in-text']);
  });

  it('2007–2013: after the figures of 4.3 (a label every indicator shares), `TAVOITTEET:` opens the summary', () => {
    const tidy = rewrite(seed000, '5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', '5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\nTAVOITTEET:\n\n');
    const result = parse(deriveShape(tidy, 'flat'));
    expect(result.record!.summary!.startsWith('TAVOITTEET:\n')).toBe(true);
    expect(result.unmapped.map((u) => u.label)).not.toContain('TAVOITTEET');
  });

  it('a label the layout lacks with an item in capitals below it stays an unknown field (guard)', () => {
    const tidy = rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n\nMuut rahoittajat:\n- Kuusamon kaupunki\n');
    const result = parse(deriveShape(tidy, 'flat'));
    expect(result.unmapped).toContainEqual(expect.objectContaining({ label: 'Muut rahoittajat', value: '- Kuusamon kaupunki' }));
  });
});

describe('audit round 27: a copy cut in a block of entries before its summary', () => {
  const joint = rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nPohjolan ammattiopisto, 2345678-0\n\nKylän Yhdistys ry, 4567890-7\n');
  const cutAt = (text: string, line: string) => `${text.slice(0, text.indexOf(line) + line.length)}\n`;

  it.each([
    ['with blank lines', (t: string) => t],
    ['without blank lines', (t: string) => deriveShape(t, 'noblank')],
    ['flattened', (t: string) => deriveShape(t, 'flat')],
  ])('after an entry (%s): the list is said as perhaps incomplete, at the block', (_, shape) => {
    const text = cutAt(shape(joint), 'Pohjolan ammattiopisto, 2345678-0');
    const result = parse(text);
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Pohjolan ammattiopisto', businessId: '2345678-0' }]);
    expect(at(result, '/organisation/coImplementers')).toContainEqual(['warning', 'value-cut-off', lineOf(text, 'Osatoteuttajat')]);
    expect(result.diagnostics.map((d) => d.rule)).toContain('text-cut-off');
  });

  it('inside a later entry after a blank line (the piece read as the summary\'s text): said as cut at that line', () => {
    const text = `${joint.slice(0, joint.indexOf('Kylän Yhdistys ry, 4') + 'Kylän Yhdistys ry, 4'.length)}\n`;
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.line === lineOf(text, 'Kylän Yhdistys ry, 4')).map((d) => [d.severity, d.rule])).toContainEqual(['warning', 'text-cut-off']);
  });

  it('on the block\'s bare heading: the empty list is said as cut at that line', () => {
    const text = cutAt(joint, 'Osatoteuttajat');
    const result = parse(text);
    expect(result.record!.organisation.coImplementers).toEqual([]);
    expect(result.diagnostics.filter((d) => d.line === lineOf(text, 'Osatoteuttajat')).map((d) => d.rule)).toContain('text-cut-off');
  });

  it('a whole description with the block is not said as cut (guard)', () => {
    expect(parse(joint).diagnostics.map((d) => d.rule)).not.toContain('value-cut-off');
  });
});

describe('audit round 27: a project page copied with the site around it', () => {
  const TITLE = 'Osallisuuden askeleet työllistymispoluille';

  it.each([' - Rakennerahastot', ' | Rakennerahastot', ' – rakennerahastot.fi', ' - Strukturfonder', ' — Rakennerahastot', ' - Rakennerahastotietopalvelu', ' | Structural Funds in Finland'])('a reader view\'s tab title (`…%s`) gives the name without the site\'s, said', (site) => {
    const result = parse(rewrite(seed003, `${TITLE}\n`, `${TITLE}${site}\nrakennerahastot.fi\n`));
    expect(result.record!.project.name).toBe(TITLE);
    expect(at(result, '/project/name')).toContainEqual(['info', 'normalised-value', 1]);
  });

  const related = '\n\nSamankaltaisia hankkeita\n\nTyöpolku Savonlinna\nToimintalinja 5 (ESR) | 01.03.2016 – 28.02.2019 | Etelä-Savo\n\nOsaava Etelä-Savo\nToimintalinja 4 (ESR) | 01.09.2015 – 31.08.2018 | Etelä-Savo\n';
  const own = parse(seed003).record!;

  it('a box of other projects after the roles (cards with their own summary bars) is furniture, not a role', () => {
    const result = parse(`${seed003.trimEnd()}${related}`);
    expect(result.record!.projectPage.roles).toEqual(own.projectPage.roles);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture' && d.message.includes('Työpolku Savonlinna'))).toHaveLength(1);
  });

  it('the cards without the box\'s heading, at the page\'s end, are no part of its last text', () => {
    const result = parse(`${seed003.trimEnd()}\n\nTyöpolku Savonlinna\nToimintalinja 5 (ESR) | 01.03.2016 – 28.02.2019 | Etelä-Savo\n`);
    expect(result.record!.projectPage.roles).toEqual(own.projectPage.roles);
    expect(result.unmapped).toEqual([]);
  });

  it.each(['Muut hankkeet', 'Katso myös nämä hankkeet:'])('`%s` with title and tagline cards below it is no role: kept in unmapped, said', (heading) => {
    const text = `${seed003.trimEnd()}\n\n${heading}\n\nTyöpolku Savonlinna\n\nHankkeessa tuetaan nuoria kohti työelämää.\n\nOsaava Etelä-Savo\n\nKehitetään työikäisten osaamista alueella.\n`;
    const result = parse(text);
    expect(result.record!.projectPage.roles).toEqual(own.projectPage.roles);
    // (Under a heading alone the lines may be the page's own, a role so named: not set aside as furniture.)
    expect(result.unmapped.map((u) => u.value)).toEqual([heading, 'Työpolku Savonlinna', 'Hankkeessa tuetaan nuoria kohti työelämää.', 'Osaava Etelä-Savo', 'Kehitetään työikäisten osaamista alueella.']);
    expect(result.diagnostics.filter((d) => d.rule === 'unmapped-text' && d.severity === 'warning' && d.line === lineOf(text, 'Osaava Etelä-Savo'))).toHaveLength(1);
  });

  it('a card\'s title ending in an exclamation mark is a card\'s title', () => {
    const result = parse(`${seed003.trimEnd()}\n\nNyt töihin!\nToimintalinja 5 (ESR) | 01.03.2016 – 28.02.2019 | Etelä-Savo\n`);
    expect(result.record!.projectPage.roles).toEqual(own.projectPage.roles);
    expect(result.unmapped).toEqual([]);
  });

  it('a site menu with a page\'s heading among its items (`Tulokset`) above the title is the menu', () => {
    const page = 'Askel arkeen Mikkeli\n\nTuetaan pitkään työttömiä kohti työelämää.\n\nToimintalinja 5 (ESR) | 01.02.2016 – 31.01.2019 | Etelä-Savo\n\nHanke päättynyt\n\nTietoja hankkeesta:\n\nHankkeen rahoittaja: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus\nEURA-tunnus: S21456\nToteuttajaorganisaatio: Mikkelin kaupunki\nMaakunta: Etelä-Savo\nAloituspäivä: 01.02.2016\nLopetuspäivä: 31.01.2019\nBudjetti: 250000-500000 €\n\nLyhyt selostus hankkeesta:\n\nHankkeessa ohjataan pitkään työttömiä työhön ja koulutukseen.\n\nEri tahojen merkitys\n\nProjektitiimi\n\nProjektipäällikkö vastaa hankkeen hallinnosta ja raportoinnista.\n';
    const tidy = parse(page).record!;
    for (const menu of ['Etusivu\nHankkeet\nTulokset', 'Etusivu\nTulokset\nHankkeet\nAjankohtaista']) {
      const result = parse(`${menu}\n\n${page}`);
      expect(result.ok).toBe(true);
      expect(result.record).toEqual(tidy);
    }
  });

  it('a facts heading right below a furniture line, its labels below it, is no menu item (guard)', () => {
    const page = 'Siirry sisältöön\nTietoja hankkeesta:\nHankkeen rahoittaja: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus\nEURA-tunnus: S21456\nToteuttajaorganisaatio: Mikkelin kaupunki\nMaakunta: Etelä-Savo\nAloituspäivä: 01.02.2016\nLopetuspäivä: 31.01.2019\nBudjetti: 250000-500000 €\nLyhyt selostus hankkeesta:\nHankkeessa ohjataan pitkään työttömiä työhön ja koulutukseen.\nEri tahojen merkitys\nProjektitiimi\nProjektipäällikkö vastaa hankkeen hallinnosta ja raportoinnista.\n';
    const record = parse(page).record!;
    expect([record.project.managingAuthority, record.project.euraId, record.organisation.name]).toEqual(['Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus', 'S21456', 'Mikkelin kaupunki']);
  });

  it('a bar\'s later part that is no region, or repeats one, adds none', () => {
    const noFacts = rewrite(seed003, 'Maakunta: Pohjanmaa\n', '');
    const other = parse(rewrite(noFacts, '| Pohjanmaa\n', '| Pohjanmaa | Vaasan kaupunki\n'));
    expect(other.record!.targetArea.regions).toEqual(['Pohjanmaa']);
    expect(other.diagnostics.filter((d) => d.line === 5).map((d) => [d.severity, d.rule])).toContainEqual(['warning', 'invalid-value']);
    expect(parse(rewrite(noFacts, '| Pohjanmaa\n', '| Pohjanmaa | Pohjanmaa\n')).record!.targetArea.regions).toEqual(['Pohjanmaa']);
  });

  it('a summary bar naming two regions in parts of their own reads both, with no mismatch said', () => {
    const text = rewrite(rewrite(seed003, '| Pohjanmaa\n', '| Pohjois-Pohjanmaa | Kainuu\n'), 'Maakunta: Pohjanmaa\n', '');
    const result = parse(text);
    expect(result.record!.targetArea.regions).toEqual(['Pohjois-Pohjanmaa', 'Kainuu']);
    expect(result.diagnostics.map((d) => d.rule)).not.toContain('summary-bar-mismatch');
  });

  it.each(['S2123', 'A7123', 'S2l234'])('an EURA id that is no code nor a decision\'s number (`%s`) is said', (id) => {
    const text = rewrite(seed003, 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', `EURA-tunnus: ${id}`);
    expect(at(parse(text), '/project/euraId')).toContainEqual(['warning', 'invalid-value', lineOf(text, `EURA-tunnus: ${id}`)]);
  });

  it('an EURA id with its fund after it (`S21234 (ESR)`) gives the fund and no warning', () => {
    const result = parse(rewrite(seed003.replace(' (ESR)', ''), 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', 'EURA-tunnus: S21234 (ESR)').replace('Toimintalinja: Toimintalinja 5 (ESR)', 'Toimintalinja: Toimintalinja 5'));
    expect(result.record!.fund).toBe('ESR');
    expect(result.record!.programmePeriod).toBe('2014-2020');
    expect(at(result, '/project/euraId')).toEqual([]);
  });

  it('a two-digit year in the summary bar is said, as in the facts', () => {
    const text = rewrite(rewrite(rewrite(seed003, '01.05.2017 – 30.04.2020', '01.05.2017 – 30.04.20'), 'Aloituspäivä: 01.05.2017\n', ''), 'Lopetuspäivä: 30.04.2020\n', '');
    const result = parse(text);
    expect(result.record!.project.period).toEqual({ start: '2017-05-01', end: '2020-04-30' });
    expect(at(result, '/project/period')).toContainEqual(['warning', 'normalised-value', 5]);
  });
});

describe('audit round 27: figures as people write and copy them', () => {
  it('a funding table pasted by its columns (labels, then values) is not read by place', () => {
    const columns = '7. Projektin julkinen rahoitus, euroa\n\nMyönnetty EU- ja valtion rahoitus:\n\nToteutunut EU- ja valtion rahoitus:\n\nSuunniteltu julkinen rahoitus yhteensä:\n\nToteutunut julkinen rahoitus yhteensä:\n\n592 722\n\n561 706\n\n694 522\n\n674 523\n';
    const text = rewrite(seed000, '7. Projektin julkinen rahoitus, euroa\n\nMyönnetty EU- ja valtion rahoitus: 592 722\n\nToteutunut EU- ja valtion rahoitus: 561 706\n\nSuunniteltu julkinen rahoitus yhteensä: 694 522\n\nToteutunut julkinen rahoitus yhteensä: 674 523\n', columns);
    const result = parse(text);
    expect(result.record!.funding.actualPublicTotal).toBeNull();
    expect(at(result, '/funding/actualPublicTotal')).toContainEqual(['warning', 'ambiguous-label', lineOf(text, '592 722')]);
    expect(result.unmapped.map((u) => u.value)).toEqual(expect.arrayContaining(['592 722', '561 706', '694 522', '674 523']));
  });

  it('an indicator\'s planned and actual pasted by columns: the planned figure is not read as the actual', () => {
    const text = rewrite(seed000, 'Suunniteltu: 80, joista naisia 35\n\nToteutunut seurantatietojen mukaan: 274, joista naisia 92', 'Suunniteltu:\n\nToteutunut seurantatietojen mukaan:\n\n80, joista naisia 35\n\n274, joista naisia 92');
    const result = parse(text);
    expect(result.record!.indicators.participants.actual).toBeNull();
    expect(at(result, '/indicators/participants/actual')).toContainEqual(['warning', 'ambiguous-label', lineOf(text, '80, joista naisia 35')]);
  });

  it('a value below its label after one empty label, with no more figures after it, is read (guard)', () => {
    const text = rewrite(seed000, 'Myönnetty EU- ja valtion rahoitus: 592 722\n\nToteutunut EU- ja valtion rahoitus: 561 706', 'Myönnetty EU- ja valtion rahoitus:\n\nToteutunut EU- ja valtion rahoitus:\n\n561 706');
    expect(parse(text).record!.funding.actualEuAndState).toBe(561706);
  });

  it('whole amounts under a thousand (thousands without their unit?) are read and said', () => {
    const text = rewrite(seed000, 'Myönnetty EU- ja valtion rahoitus: 592 722', 'Myönnetty EU- ja valtion rahoitus: 592');
    const result = parse(text);
    expect(result.record!.funding.grantedEuAndState).toBe(592);
    expect(at(result, '/funding/grantedEuAndState')).toEqual([['warning', 'normalised-value', lineOf(text, 'Myönnetty EU- ja valtion rahoitus: 592')]]);
    const page = parse(rewrite(seed003, 'Budjetti: 500000-1000000 €', 'Budjetti: 500-1000 €'));
    expect(at(page, '/funding/budgetRange').map((d) => d[1])).toContain('normalised-value');
  });

  it('a period written with a minus sign or a figure dash is read', () => {
    for (const dash of ['\u2212', '\u2012', '\u2015']) {
      const text = rewrite(seed000, 'Suunnitelman mukainen toteutusaika: Alkaa 1.9.2008 ja päättyy 31.8.2011', `Suunnitelman mukainen toteutusaika: 1.9.2008 ${dash} 31.8.2011`);
      expect(parse(text).record!.project.period).toEqual({ start: '2008-09-01', end: '2011-08-31' });
    }
  });
});

describe('audit round 27: organisations and their contact', () => {
  const joint = (entries: string) => rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\n${entries}\n`);

  it('a partner\'s share before its Y-tunnus is left out of its name, said', () => {
    const result = parse(joint('Pohjolan ammattiopisto, 120 000 €, 5908301-5\nJärvikylän kunta (40 %), 6613186-3\nKaislan kehitys Oy, osuus 25 %, 2345678-0'));
    expect(result.record!.organisation.coImplementers.map((c) => c.name)).toEqual(['Pohjolan ammattiopisto', 'Järvikylän kunta', 'Kaislan kehitys Oy']);
    expect(at(result, '/organisation/coImplementers/0').map((d) => d[1])).toContain('normalised-value');
  });

  it('a name with a figure of its own before the Y-tunnus keeps it (guard)', () => {
    const result = parse(joint('Kunta 2000 ry, 2345678-0'));
    expect(result.record!.organisation.coImplementers[0].name).toBe('Kunta 2000 ry');
  });

  it('the applicant\'s name written with its Y-tunnus: the name without it, the Y-tunnus read or checked', () => {
    const own = rewrite(seed004, 'Y-tunnus: 0832600-5\n', '');
    const name = seed004.split('\n').find((l) => l.startsWith('Hakijan virallinen nimi: '))!;
    const alone = parse(rewrite(own, name, `${name}, 0832600-5`));
    expect(alone.record!.organisation.name).toBe(name.slice('Hakijan virallinen nimi: '.length));
    expect(alone.record!.organisation.businessId).toBe('0832600-5');
    expect(alone.diagnostics.map((d) => d.rule)).not.toContain('missing-field');
    const both = parse(rewrite(seed004, name, `${name} (Y-tunnus 0832600-5)`));
    expect(both.record!.organisation.name).toBe(name.slice('Hakijan virallinen nimi: '.length));
    expect(at(both, '/organisation/name').map((d) => d[0])).toContain('info');
    const other = parse(rewrite(seed004, name, `${name}, 2345678-0`));
    expect(other.record!.organisation.businessId).toBe('0832600-5');
    expect(at(other, '/organisation/businessId').map((d) => [d[0], d[1]])).toContainEqual(['warning', 'invalid-value']);
  });

  it('a second e-mail address in the contact\'s field is kept in unmapped, not lost', () => {
    const text = rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi, pekka.korhonen(at)ksak.fi');
    const result = parse(text);
    expect(result.record!.contact.email).toBe('anne.multas@ksak.fi');
    expect(result.unmapped).toContainEqual(expect.objectContaining({ label: 'Yhteyshenkilön sähköpostisoite', value: 'anne.multas(at)ksak.fi, pekka.korhonen(at)ksak.fi' }));
  });
});

describe('audit round 27: a summary\'s own numbered sub-headings in a copy without blank lines', () => {
  const summary = (numbers: number[]) => numbers.map((number, k) => `${number}. ${['Tausta', 'Tavoitteet', 'Toimenpiteet', 'Tulokset'][k]}\n${['Nuorisotyöttömyys on kasvanut alueella.', 'Tavoitteena on työllistää nuoria.', 'Järjestetään valmennusta ja työkokeiluja.', 'Nuoret työllistyvät avoimille työmarkkinoille.'][k]}`).join('\n\n');
  const withSummary = (numbers: number[]) => seed000.replace(/(5\. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n)[\s\S]*?(\n\n6\. Tiedotus)/u, (_, head: string, tail: string) => `${head}${summary(numbers)}${tail}`);

  it.each([
    ['with a gap (1, 2, 4, 5)', [1, 2, 4, 5]],
    ['numbered anew (1, 2, 1, 2)', [1, 2, 1, 2]],
  ])('%s: all of them stay in the summary', (_, numbers) => {
    const tidy = withSummary(numbers as number[]);
    const result = parse(deriveShape(tidy, 'noblank'));
    expect(result.record!.summary).toBe(summary(numbers as number[]).replaceAll('\n\n', '\n'));
    expect(result.unmapped).toEqual([]);
    // (Section 6's heading after the list still opens it.)
    expect(result.record!.communication).toEqual(parse(deriveShape(seed000, 'noblank')).record!.communication);
  });
});

describe('audit round 27: a project page\'s facts as a table drawn with bars', () => {
  it.each([true, false])('rows `| Label | value |` (header row: %s) are the facts', (header) => {
    const facts = ['Hankkeen rahoittaja: Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus', 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', 'Toteuttajaorganisaatio: Vaasan kaupunki', 'Maakunta: Pohjanmaa', 'Aloituspäivä: 01.05.2017', 'Lopetuspäivä: 30.04.2020', 'Budjetti: 500000-1000000 €'];
    const table = `${header ? '| Tieto | Arvo |\n|---|---|\n' : ''}${facts.map((f) => `| ${f.replace(': ', ' | ')} |`).join('\n')}`;
    const text = rewrite(seed003, facts.join('\n'), table);
    const own = parse(seed003).record!;
    const record = parse(text).record!;
    expect([record.project.managingAuthority, record.project.euraId, record.organisation.name, record.targetArea.regions, record.project.period, record.funding.budgetRange]).toEqual([own.project.managingAuthority, own.project.euraId, own.organisation.name, own.targetArea.regions, own.project.period, own.funding.budgetRange]);
  });
});

describe('audit round 27: the second review\'s misfires', () => {
  it('a page\'s number after a value below its label (one empty label above) is no sign of a table pasted by columns', () => {
    const text = rewrite(seed000, 'Toteutunut EU- ja valtion rahoitus: 561 706\n\nSuunniteltu julkinen rahoitus yhteensä: 694 522', 'Toteutunut EU- ja valtion rahoitus:\n\nSuunniteltu julkinen rahoitus yhteensä:\n\n694 522\n\n2');
    expect(parse(text).record!.funding.plannedPublicTotal).toBe(694522);
  });

  it('a value of another kind than a figure (a phone number) is never taken for a column\'s', () => {
    const text = rewrite(seed000, 'Sähköposti: anna.keto-tokoi(at)thl.fi\n\nPuhelinnumero: 020 610 7074', 'Sähköposti:\n\nPuhelinnumero:\n\n020 610 7074\n\n3.4.2012');
    expect(parse(text).record!.contact.phone).toBe('020 610 7074');
  });

  it.each(['Järvikylän kunta: 40 %', 'Järvikylän kunta, osuus: 40 %', 'Järvikylän kunta, omarahoitusosuus 40 %', 'Järvikylän kunta – 40 %'])('a share written `%s` leaves the whole name', (entry) => {
    const result = parse(rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\n${entry}, 2000000-8\n`));
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Järvikylän kunta', businessId: '2000000-8' }]);
  });

  it('the applicant\'s Y-tunnus in its name with an en dash is read as with a hyphen', () => {
    const name = seed004.split('\n').find((l) => l.startsWith('Hakijan virallinen nimi: '))!;
    const result = parse(rewrite(seed004, name, `${name}, 0832600–5`));
    expect(result.record!.organisation.name).toBe(name.slice('Hakijan virallinen nimi: '.length));
  });

  it.each([['S21234 ESR', 'ESR'], ['S21234.', 'ESR'], ['S 21234', 'ESR']])('an EURA id written `%s` is a code: its fund read, no warning', (id, fund) => {
    const result = parse(rewrite(seed003.replaceAll(' (ESR)', ''), 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', `EURA-tunnus: ${id}`));
    expect(result.record!.fund).toBe(fund);
    expect(at(result, '/project/euraId')).toEqual([]);
  });

  it('an EURA id whose letter and bracket name different funds gives no fund from it, said', () => {
    const text = rewrite(seed003.replaceAll(' (ESR)', ''), 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', 'EURA-tunnus: A71234 (ESR)');
    const result = parse(text);
    expect(result.record!.fund).toBeNull();
    expect(at(result, '/fund')).toContainEqual(['warning', 'invalid-value', lineOf(text, 'EURA-tunnus: A71234 (ESR)')]);
  });

  it('an amount under a thousand written with its cents is euros: not said as thousands', () => {
    const text = rewrite(seed000, 'Myönnetty EU- ja valtion rahoitus: 592 722', 'Myönnetty EU- ja valtion rahoitus: 592,00');
    expect(at(parse(text), '/funding/grantedEuAndState').filter((d) => d[0] === 'warning')).toEqual([]);
  });
});

describe('audit round 27: the sustainability table', () => {
  it('a category with a line below it that is no row (a row glued to its explanation) is kept in unmapped, not lost', () => {
    // Rows glued to their explanations (a table pasted with the explanation in a fourth column).
    // (An explanation of one word, `Lajitellaan.`, is not split from its row: the line is no row.)
    const table = 'VälitönVälillinen\nEkologinen kestävyys\nLuonnonvarojen käytön kestävyys 3 5 Hankkeessa kierrätetään materiaaleja.\nIlmastonmuutoksen aiheuttamien riskien vähentäminen 2 4 Etäkokouksia suositaan.\nTaloudellinen kestävyys\nMateriaalit ja jätteet 4 6 Lajitellaan.\n\n';
    const text = seed004.slice(0, seed004.indexOf('VälitönVälillinen')) + table + seed004.slice(seed004.indexOf('9 Loppuraportin tiivistelmä'));
    const result = parse(text);
    const line = text.split('\n').indexOf('Taloudellinen kestävyys') + 1;
    const kept = result.unmapped.some((u) => u.value === 'Taloudellinen kestävyys' && u.line === line);
    const inRows = result.record!.horizontalPrinciples.sustainableDevelopment.some((row) => row.category === 'Taloudellinen kestävyys');
    expect(kept || inRows).toBe(true);
  });

  it('rows glued to explanations of two words each are read apart, each said', () => {
    const table = 'VälitönVälillinen\nEkologinen kestävyys\nLuonnonvarojen käytön kestävyys 3 5 Hankkeessa kierrätetään materiaaleja.\nIlmastonmuutoksen aiheuttamien riskien vähentäminen 2 4 Etäkokouksia suositaan.\nTaloudellinen kestävyys\nMateriaalit ja jätteet 4 6 Jätteet lajitellaan.\n\n';
    const text = seed004.slice(0, seed004.indexOf('VälitönVälillinen')) + table + seed004.slice(seed004.indexOf('9 Loppuraportin tiivistelmä'));
    const result = parse(text);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment.map((row) => [row.category, row.criterion, row.direct, row.indirect, row.text])).toEqual([
      ['Ekologinen kestävyys', 'Luonnonvarojen käytön kestävyys', 3, 5, 'Hankkeessa kierrätetään materiaaleja.'],
      ['Ekologinen kestävyys', 'Ilmastonmuutoksen aiheuttamien riskien vähentäminen', 2, 4, 'Etäkokouksia suositaan.'],
      ['Taloudellinen kestävyys', 'Materiaalit ja jätteet', 4, 6, 'Jätteet lajitellaan.'],
    ]);
    expect(result.diagnostics.filter((d) => d.rule === 'glued-fields')).toHaveLength(3);
  });

  it('a copy cut inside the last row\'s score, saved with a line break, before section 9: the row\'s scores are said as cut, not read', () => {
    const lines = seed004.split('\n');
    const at = lines.indexOf('Ympäristöosaaminen 4 8');
    // (`9 1`, cut from `9 10`: the one score of two digits.)
    const text = `${[...lines.slice(0, at), 'Ympäristöosaaminen 9 1'].join('\n')}\n`;
    const result = parse(text);
    const row = result.record!.horizontalPrinciples.sustainableDevelopment.at(-1)!;
    expect([row.criterion, row.direct, row.indirect]).toEqual(['Ympäristöosaaminen', null, null]);
    expect(result.diagnostics.filter((d) => d.line === at + 1).map((d) => d.rule)).toEqual(expect.arrayContaining(['value-cut-off', 'text-cut-off']));
  });

  it('the table whole, each row with its explanation, is not said as cut (guard)', () => {
    expect(parse(seed004).diagnostics.map((d) => d.rule)).not.toContain('text-cut-off');
  });
});

describe('audit round 27: a value below the last label, before a text without its heading', () => {
  const seed001 = seed('001_870e9aa13936b8c2');
  it('the value may be the next text\'s first line: read, and said at it', () => {
    const text = deriveShape(seed001, 'flat');
    const result = parse(text);
    const line = text.split('\n').indexOf('Valtakunnallisen osion kehittämisohjelma') + 2;
    expect(result.record!.classification.nationalDevelopmentProgramme).toBe('Välityömarkkinat/siirtymätyömarkkinat');
    expect(at(result, '/classification/nationalDevelopmentProgramme')).toContainEqual(['warning', 'value-below-label', line]);
  });

  it('one of the field\'s set values (`Vain yksi hakija`) is its own: nothing said (guard)', () => {
    const result = parse(deriveShape(rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', 'Hakijoiden lukumäärä tai tuen siirto -menettely:\nVain yksi hakija'), 'flat'));
    expect(at(result, '/organisation/applicantArrangement').filter((d) => d[0] === 'warning')).toEqual([]);
  });

  it('with the next text\'s heading in the copy, nothing is said (guard)', () => {
    expect(at(parse(seed001), '/classification/nationalDevelopmentProgramme').filter((d) => d[0] === 'warning')).toEqual([]);
  });
});

describe('audit round 27: the third review\'s misfires', () => {
  it('a facts heading without its colon right below a furniture line, its labels after a blank line, is the heading (no menu item)', () => {
    const page = 'Siirry sisältöön\nTietoja hankkeesta\n\nHankkeen rahoittaja: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus\nEURA-tunnus: S21456\nToteuttajaorganisaatio: Mikkelin kaupunki\nMaakunta: Etelä-Savo\nAloituspäivä: 01.02.2016\nLopetuspäivä: 31.01.2019\nBudjetti: 250000-500000 €\n\nLyhyt selostus hankkeesta:\n\nHankkeessa ohjataan pitkään työttömiä työhön ja koulutukseen.\n\nEri tahojen merkitys\n\nProjektitiimi\n\nProjektipäällikkö vastaa hankkeen hallinnosta ja raportoinnista.\n';
    const result = parse(page);
    expect(result.ok).toBe(true);
    expect([result.record!.project.euraId, result.record!.organisation.name]).toEqual(['S21456', 'Mikkelin kaupunki']);
  });

  it('a print\'s date and time below a value (one empty label above) is no figure of a column paste', () => {
    const text = rewrite(seed000, 'Toteutunut EU- ja valtion rahoitus: 561 706\n\nSuunniteltu julkinen rahoitus yhteensä: 694 522', 'Toteutunut EU- ja valtion rahoitus:\n\nSuunniteltu julkinen rahoitus yhteensä:\n\n694 522\n\n12.3.2019 14.05');
    expect(parse(text).record!.funding.plannedPublicTotal).toBe(694522);
  });

  it.each([
    ['Järvikylän kunta, osuus noin 40 %', 'Järvikylän kunta'],
    ['Järvikylän kunta, share 40 %', 'Järvikylän kunta'],
    ['Järvikylän kunta, kustannusarvio 120 000 €', 'Järvikylän kunta'],
    ['Järvikylän kunta, 40 % (120 000 €)', 'Järvikylän kunta'],
    ['Järvikylän kunta, osuus hankkeesta 40 %', 'Järvikylän kunta, osuus hankkeesta 40 %'],
  ])('a share written `%s` gives the name `%s`', (entry, name) => {
    const result = parse(rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\n${entry}, 2000000-8\n`));
    expect(result.record!.organisation.coImplementers).toEqual([{ name, businessId: '2000000-8' }]);
  });

  it('a two-cell table row in a text, whose first cell names a label, stays the text\'s as written', () => {
    const row = '| Suunniteltu | 310 |';
    const result = parse(rewrite(seed004, 'Välittävät verkostot –hankkeen tavoitteena oli', `${row}\n\nVälittävät verkostot –hankkeen tavoitteena oli`));
    expect(result.record!.finalReportSummary).toContain(row);
  });
});

describe('audit round 27: the fourth review\'s misfires', () => {
  const lines = seed004.split('\n');
  const last = lines.indexOf('Ympäristöosaaminen 4 8');

  it('a whole last row of the table ending a copy (no final report yet) keeps its scores', () => {
    const text = `${[...lines.slice(0, last), 'Ympäristöosaaminen 6 8'].join('\n')}\n`;
    const row = parse(text).record!.horizontalPrinciples.sustainableDevelopment.at(-1)!;
    expect([row.direct, row.indirect]).toEqual([6, 8]);
  });

  it('a description\'s fields as a table drawn with bars, the label cells without colons, are read', () => {
    const head = seed004.slice(0, seed004.indexOf('3 Suunnitelman mukainen'));
    const table = head.replace(/^([^:\n|]{3,80}): (\S.*)$/gmu, '| $1 | $2 |').replace(/\n\n(?=\|)/gu, '\n');
    const result = parse(table + seed004.slice(head.length));
    expect(result.record!.project.code).toBe(parse(seed004).record!.project.code);
    expect(result.record!.organisation.businessId).toBe('0832600-5');
  });

  it('a share after a lower-case part of the name and a comma leaves the name\'s part', () => {
    const result = parse(rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\nPohjolan ammattiopisto, liikelaitos, 40 %, 5908301-5\n'));
    expect(result.record!.organisation.coImplementers[0].name).toBe('Pohjolan ammattiopisto, liikelaitos');
  });

  it('a value below the last label with nothing after it (no section 9 at all) is not warned', () => {
    const seed001 = seed('001_870e9aa13936b8c2');
    const text = seed001.slice(0, seed001.indexOf('9. Loppuraportin tiivistelmä'));
    expect(at(parse(text), '/classification/nationalDevelopmentProgramme').filter((d) => d[1] === 'value-below-label' && d[0] === 'warning')).toEqual([]);
  });
});

