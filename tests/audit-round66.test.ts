// What the sixty-sixth round mended of its blind audits: BR (the shape families combined), BS (project
// pages: roles, organisations, contacts) and BT (2007–2013 descriptions at length), and of round 65's
// left cases (BP). Each case is a seed with one change, tidy or in a derived shape; the mends' cases fail
// on the round's start (933a935), the guards pass on both.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { at, lineOf, rewrite, seed } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const page = seed('003_4ea2b71e336645b9');
const seed2014 = seed('004_3bb6e26593869c78');
const roles = (text: string) => parse(text).record!.projectPage.roles;
const roleNames = (text: string) => roles(text).map((role) => role.role);
const rolesSaid = (text: string) => parse(text).diagnostics.filter((d) => d.path?.startsWith('/projectPage/roles')).map((d) => [d.severity, d.rule, d.line]);
const seedRoles = roles(page);
const KUMPPANIT_TEXT = 'Hankkeen osatoteuttajina toimivat kolme yhdistystä ja kaksi seurakuntaa osallistuvat hankkeen toimenpiteiden toteuttamiseen omilla panostuksilla. Hankkeen kumppanuusverkostoon kuuluu lisäksi lukuisia muita toimijoita.';
/** The seed's role lines written with a colon. */
const withColons = (text: string, names: string[]) => names.reduce((t, name) => rewrite(t, `\n${name}\n\n`, `\n${name}:\n\n`), text);
const ALL_ROLES = ['Projektitiimi', 'Hankkeen toteuttajaorganisaatio', 'Kumppanit', 'Rahoittaja', 'Ohjausryhma'];

describe('sixty-sixth round, audit BS and BP: a page\'s roles written with a colon', () => {
  it('every role line with a colon reads as the seed\'s roles, as written, without blank lines and flattened (were all unmapped)', () => {
    const text = withColons(page, ALL_ROLES);
    for (const shape of [text, deriveShape(text, 'noblank'), deriveShape(text, 'flat')]) {
      expect(roles(shape)).toEqual(seedRoles);
      expect(rolesSaid(shape)).toEqual([]);
    }
  });

  it('one role line with a colon among the others\' without, between a sentence and a paragraph, is a role (was read into the text above, unsaid)', () => {
    const text = withColons(page, ['Kumppanit']);
    expect(roles(text)).toEqual(seedRoles);
    expect(roles(deriveShape(text, 'noblank'))).toEqual(seedRoles);
  });

  it('roles with a colon over `Org: role` lines: the lines are the roles\' texts (each but the last was read as a role of its own)', () => {
    const text = rewrite(page, page.slice(page.indexOf('Eri tahojen merkitys\n')), [
      'Eri tahojen merkitys', '', 'Hankkeen toteuttajat:', 'Vaasan kaupunki: hallinnointi ja koordinointi', 'Mustasaaren kunta: osatoteuttaja', '',
      'Kumppanit:', 'Pohjanmaan TE-toimisto: asiakasohjaus', 'Kela: kuntoutuspalvelut', '', 'Rahoittaja:', 'Pohjanmaan ELY-keskus rahoitti hankkeen.', '',
    ].join('\n'));
    const expected = [
      { role: 'Hankkeen toteuttajat', text: 'Vaasan kaupunki: hallinnointi ja koordinointi\nMustasaaren kunta: osatoteuttaja' },
      { role: 'Kumppanit', text: 'Pohjanmaan TE-toimisto: asiakasohjaus\nKela: kuntoutuspalvelut' },
      { role: 'Rahoittaja', text: 'Pohjanmaan ELY-keskus rahoitti hankkeen.' },
    ];
    expect(roles(text)).toEqual(expected);
    expect(rolesSaid(text)).toEqual([]);
    // Without blank lines, the usual role names with a colon right below a list's line read the same; another
    // name is read as a role too, said: it may introduce a list of the text above.
    const tight = deriveShape(text, 'noblank');
    expect(roles(tight)).toEqual(expected);
    expect(rolesSaid(tight)).toEqual([]);
    const other = deriveShape(text.replace('Kumppanit:', 'Asiakasohjaus:'), 'noblank');
    expect(roleNames(other)).toEqual(['Hankkeen toteuttajat', 'Asiakasohjaus', 'Rahoittaja']);
    expect(rolesSaid(other)).toEqual([['warning', 'ambiguous-role', lineOf(other, 'Asiakasohjaus:')]]);
  });

  it('a line ending with a colon below a role\'s name, or after a role without a colon first, introduces the text\'s list (guards); a short line right below its items is said', () => {
    const text = rewrite(page, `Kumppanit\n\n${KUMPPANIT_TEXT}`, `Kumppanit\n\nHankkeen kumppaneina toimivat:\nVaasan seurakuntayhtymä\nPohjanmaan yrittäjät\n\n${KUMPPANIT_TEXT}`);
    // (The list's last item above a paragraph reads as a role of its own, as a link's below `Lue myös:` does above
    // a role's name: said.)
    expect(roleNames(text)).toEqual([...seedRoles.map((role) => role.role).slice(0, 3), 'Pohjanmaan yrittäjät', ...seedRoles.map((role) => role.role).slice(3)]);
    expect(roles(text)[2].text).toBe('Hankkeen kumppaneina toimivat:\nVaasan seurakuntayhtymä');
    expect(rolesSaid(text)).toContainEqual(['warning', 'ambiguous-role', lineOf(text, 'Pohjanmaan yrittäjät')]);
    // (A list's intro between blank lines, a list below it, after a role's text: the text's too.)
    const intro = rewrite(page, `${KUMPPANIT_TEXT}\n`, `${KUMPPANIT_TEXT}\n\nMukana olivat:\n\n- Vaasan seurakuntayhtymä\n- Pohjanmaan yrittäjät\n`);
    expect(roleNames(intro)).toEqual(seedRoles.map((role) => role.role));
  });
});

describe('sixty-sixth round, audit BS and BP: a role\'s text that is a list of organisations', () => {
  it('a list of two below the role\'s name and a blank line, a paragraph below: the role\'s text (its second item was a role)', () => {
    const text = rewrite(page, `Kumppanit\n\n${KUMPPANIT_TEXT}`, `Kumppanit\n\nPohjanmaan TE-toimisto\nKela\n\n${KUMPPANIT_TEXT}`);
    expect(roleNames(text)).toEqual(seedRoles.map((role) => role.role));
    expect(roles(text)[2].text).toBe(`Pohjanmaan TE-toimisto\nKela\n\n${KUMPPANIT_TEXT}`);
  });

  it('organisations with their Y-tunnus are no role\'s names, with blank lines between them or none (the last one took the role\'s paragraph)', () => {
    const list = ['Vaasan yliopisto, 0357502-9', 'Vaasan seurakuntayhtymä, 0178505-0', 'Pohjanmaan Yrittäjät ry, 0216754-8'];
    const spaced = rewrite(page, `Kumppanit\n\n${KUMPPANIT_TEXT}`, `Kumppanit\n\n${list.join('\n\n')}\n\n${KUMPPANIT_TEXT}`);
    expect(roleNames(spaced)).toEqual(seedRoles.map((role) => role.role));
    expect(roles(spaced)[2].text).toBe(`${list.join('\n\n')}\n\n${KUMPPANIT_TEXT}`);
    const tight = deriveShape(rewrite(page, `Kumppanit\n\n${KUMPPANIT_TEXT}`, `Kumppanit\n\nHankkeen kumppaneita ovat:\n${list.join('\n')}\n${KUMPPANIT_TEXT}`), 'noblank');
    expect(roleNames(tight)).toEqual(seedRoles.map((role) => role.role));
  });

  it('a role\'s list of organisations with their Y-tunnus is not said to be a person\'s contact (a Y-tunnus is no phone number)', () => {
    const text = rewrite(page, `Kumppanit\n\n${KUMPPANIT_TEXT}`, 'Kumppanit\n\nVaasan yliopisto, 0357502-9\nVaasan seurakuntayhtymä, 0178505-0');
    expect(rolesSaid(text).filter(([, rule]) => rule === 'ambiguous-role')).toEqual([]);
  });

  it('in a copy without blank lines, a short line below a list its intro\'s colon opens is read as a role, said (it may be the list\'s last item)', () => {
    const text = deriveShape(rewrite(page, `Kumppanit\n\n${KUMPPANIT_TEXT}`, `Kumppanit\n\nHankkeen kumppaneita ovat:\nGradia\nJamk\n\n${KUMPPANIT_TEXT}`), 'noblank');
    expect(roleNames(text)).toContain('Jamk');
    expect(rolesSaid(text)).toContainEqual(['warning', 'ambiguous-role', lineOf(text, 'Jamk')]);
  });

  it('a contact line after the last role\'s text (`Lisätietoja: …, p. 040 …`) is said as a contact block (it was read into the role\'s text, unsaid)', () => {
    const contact = 'Lisätietoja: Anna Virtanen, projektipäällikkö, p. 040 123 4567, anna.virtanen(at)vaasa.fi';
    const text = `${page.trimEnd()}\n\n${contact}\n`;
    expect(rolesSaid(text)).toContainEqual(['warning', 'heading-in-text', lineOf(text, contact)]);
  });
});

describe('sixty-sixth round, audit BS: an organisation\'s name written with its Y-tunnus in another form', () => {
  const implementer = (text: string) => parse(text).record!.organisation;
  for (const written of ['02082011', '(02082011)', 'FI02082011', 'FI 0208201-1', '208201-1']) {
    it(`\`Vaasan kaupunki${written.startsWith('(') ? ' ' : ', '}${written}\`: the name and the Y-tunnus 0208201-1, said (the name kept it all, unsaid)`, () => {
      const line = `Toteuttajaorganisaatio: Vaasan kaupunki${written.startsWith('(') ? ' ' : ', '}${written}`;
      const text = rewrite(page, 'Toteuttajaorganisaatio: Vaasan kaupunki', line);
      expect(implementer(text)).toMatchObject({ name: 'Vaasan kaupunki', businessId: '0208201-1' });
      // (Eight figures alone, no hyphen nor `FI`, may be another number: a warning.)
      expect(at(parse(text), '/organisation/businessId')).toEqual([[/^\(?\d{8}\)?$/u.test(written) ? 'warning' : 'info', 'normalised-value', lineOf(text, line)]]);
    });
  }

  it('a town after the Y-tunnus is left out of the name, noted', () => {
    const text = rewrite(page, 'Toteuttajaorganisaatio: Vaasan kaupunki', 'Toteuttajaorganisaatio: Vaasan kaupunki, 0208201-1, Vaasa');
    expect(implementer(text)).toMatchObject({ name: 'Vaasan kaupunki', businessId: '0208201-1' });
  });

  it('two organisations with their Y-tunnus in the field are said (read as one name and the last Y-tunnus, noted only)', () => {
    const line = 'Toteuttajaorganisaatio: Gradia, 0208201-1, Jamk Oy, 1234567-1';
    const text = rewrite(page, 'Toteuttajaorganisaatio: Vaasan kaupunki', line);
    expect(at(parse(text), '/organisation/name')).toEqual([['warning', 'invalid-value', lineOf(text, line)]]);
  });

  it('guards: eight figures with a wrong check digit, or a number the name ends with, stay the name\'s', () => {
    for (const name of ['Vaasan kaupunki, 02082012', 'Vaasan Seudun Kehitys 2020']) {
      const text = rewrite(page, 'Toteuttajaorganisaatio: Vaasan kaupunki', `Toteuttajaorganisaatio: ${name}`);
      expect(implementer(text)).toMatchObject({ name, businessId: null });
    }
  });
});

describe('sixty-sixth round, audit BR: a list of organisations with a page\'s furniture or an unknown list\'s heading in it', () => {
  const withRecipients = (between: string) => rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakija siirtää osan haettavasta tuesta yhdelle tai useammalle taholle hankkeen toteuttamista varten (tuen siirto)\n\nTuen siirronsaajat\n\n${between}Kuusamon Kylät ry, 2301188-8\nNuorten Ystävät, Kuusamon yksikkö, 3107745-7\n`);
  const recipients = [{ name: 'Kuusamon Kylät ry', businessId: '2301188-8' }, { name: 'Nuorten Ystävät, Kuusamon yksikkö', businessId: '3107745-7' }];

  it('a copyright line or a page\'s button between the heading and the entries is kept apart and said; the entries are read in every shape (flattened: the list was lost into the summary, unsaid)', () => {
    for (const between of ['© ELY-keskus 2019\n', 'Tulosta\n']) {
      const text = withRecipients(between);
      for (const shape of [text, deriveShape(text, 'noblank'), deriveShape(text, 'flat')]) {
        const result = parse(shape);
        expect(result.record!.organisation.transferRecipients).toEqual(recipients);
        expect(result.unmapped.map((u) => u.value)).toContain(between.trim());
      }
    }
  });

  it('an English list heading the layout does not know (`Other partners of the project`) below the co-implementers: the entries below it are said', () => {
    const text = rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', 'Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\nCo-implementers\nPohjolan ammattiopisto, liikelaitos, 1630572-2\nOther partners of the project\nKuusamon Kylät ry, 2301188-8\n');
    const result = parse(text);
    expect(at(result, '/organisation/coImplementers/2')).toEqual([['warning', 'ambiguous-label', lineOf(text, 'Kuusamon Kylät ry, 2301188-8')]]);
    // (`Recipients of transferred aid`, this case's heading in round 66, is one of the layout's English
    // headings of the transfer recipients since round 67: its entries are read so.)
    const known = text.replace('Other partners of the project', 'Recipients of transferred aid');
    expect(parse(known).record!.organisation.transferRecipients).toEqual([{ name: 'Kuusamon Kylät ry', businessId: '2301188-8' }]);
  });
});

describe('sixty-sixth round, audit BT: 2007–2013 descriptions at length', () => {
  const seed2007 = seed('000_ddad63b48901b7a4');

  it('a phone with a second number named after it (`, faksi 017 …`) is kept as written and said (it was unsaid)', () => {
    const line = 'Puhelinnumero: 020 610 6000, faksi 020 610 6001';
    const text = rewrite(seed2007, 'Puhelinnumero: 020 610 6000', line);
    const result = parse(text);
    expect(result.record!.organisation.phone).toBe('020 610 6000, faksi 020 610 6001');
    expect(at(result, '/organisation/phone')).toEqual([['warning', 'invalid-value', lineOf(text, line)]]);
  });

  it('guards: two numbers joined by `tai`, or a number and a word in brackets, say nothing', () => {
    for (const value of ['020 610 6000 tai 040 123 4567', '020 610 6000 (vaihde)']) {
      const text = rewrite(seed2007, 'Puhelinnumero: 020 610 6000', `Puhelinnumero: ${value}`);
      expect(at(parse(text), '/organisation/phone')).toEqual([]);
    }
  });

  it('without blank lines, section 7\'s heading in other words right above its first label is said where the text above takes it (it was unsaid)', () => {
    const text = deriveShape(rewrite(seed2007, '7. Projektin julkinen rahoitus, euroa', '7. Projektin rahoitus'), 'noblank');
    const result = parse(text);
    expect(result.record!.communication.disseminationPlan).toMatch(/\n7\. Projektin rahoitus$/u);
    expect(at(result, '/communication/disseminationPlan')).toEqual([['warning', 'heading-variant', lineOf(text, '7. Projektin rahoitus')]]);
    // (The seed's own heading, without blank lines, is its heading.)
    expect(at(parse(deriveShape(seed2007, 'noblank')), '/communication/disseminationPlan')).toEqual([]);
  });
});

describe('sixty-sixth round, audit BT: a shared label amid its own object\'s fields', () => {
  const seed2007 = seed('000_ddad63b48901b7a4');

  it('the organisation\'s `Puhelinnumero` between its type and its Y-tunnus is not said to be perhaps the contact\'s (a misfire)', () => {
    const text = rewrite(rewrite(seed2007, 'Puhelinnumero: 020 610 6000\n\n', ''), 'Organisaatiotyyppi: Tutkimuslaitos\n', 'Organisaatiotyyppi: Tutkimuslaitos\n\nPuhelinnumero: 020 610 6000\n');
    const result = parse(text);
    expect(result.record!.organisation.phone).toBe('020 610 6000');
    expect(result.record!.contact.phone).toBe('020 610 7074');
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
  });

  it('guard: the organisation\'s `Puhelinnumero` after its web addresses, read as the contact\'s by the order, is still said', () => {
    const text = rewrite(rewrite(seed2007, 'Puhelinnumero: 020 610 6000\n\n', ''), 'Vastuuhenkilön nimi: Anna Keto-Tokoi\n', 'Puhelinnumero: 020 610 6000\n\nVastuuhenkilön nimi: Anna Keto-Tokoi\n');
    expect(at(parse(text), '/contact/phone')).toContainEqual(['warning', 'ambiguous-label', lineOf(text, 'Puhelinnumero: 020 610 6000')]);
  });
});

describe('sixty-sixth round, review BU of the roles\' mends', () => {
  it('a colon line in a role\'s text, on a page whose roles have none, stays the text\'s (`Ohjausryhmään kuuluvat:` / blank / a sentence), said as it may be a role', () => {
    const last = seedRoles[seedRoles.length - 1].text!;
    const text = rewrite(page, last, `${last}\n\nOhjausryhmään kuuluvat:\n\nVaasan kaupungin, Kelan ja TE-toimiston edustajat.`);
    expect(roleNames(text)).toEqual(seedRoles.map((role) => role.role));
    expect(rolesSaid(text)).toEqual([['warning', 'ambiguous-role', lineOf(text, 'Ohjausryhmään kuuluvat:')]]);
    // (Not below a role's name, nor above a list.)
    const list = rewrite(page, last, `${last}\n\nOhjausryhmään kuuluvat:\n\n- Vaasan kaupunki\n- Kela`);
    expect(rolesSaid(list).filter(([, rule]) => rule === 'ambiguous-role')).toEqual([]);
  });

  it('a usual role name right below a role\'s one-line text is the next role (`Kumppanit` / blank / `Gradia` / `Rahoittaja`), as before', () => {
    const text = rewrite(page, `${KUMPPANIT_TEXT}\n\nRahoittaja\n`, 'Gradia\nRahoittaja\n');
    expect(roleNames(text)).toEqual(seedRoles.map((role) => role.role));
    expect(roles(text)[2].text).toBe('Gradia');
  });

  it('on a page of colon roles: a role whose text opens with a list\'s intro, a sub-heading below a sentence, a usual role right below a short text', () => {
    const base = withColons(page, ALL_ROLES);
    const intro = rewrite(base, `Kumppanit:\n\n${KUMPPANIT_TEXT}`, 'Kumppanit:\n\nKumppaneita ovat:\n- Gradia\n- Jamk');
    expect(roles(intro)[2]).toEqual({ role: 'Kumppanit', text: 'Kumppaneita ovat:\n- Gradia\n- Jamk' });
    const sub = rewrite(base, `${KUMPPANIT_TEXT}\n`, `${KUMPPANIT_TEXT}\nTavoitteet:\nVerkosto kasvaa.\n`);
    expect(roleNames(sub)).toEqual(seedRoles.map((role) => role.role));
    const tight = rewrite(base, `${KUMPPANIT_TEXT}\n\nRahoittaja:`, 'Gradia\nRahoittaja:');
    expect(roleNames(tight)).toEqual(seedRoles.map((role) => role.role));
    // (Another name after a blank line is read as a role, said: `Mukana olivat:`.)
    const other = rewrite(base, `${KUMPPANIT_TEXT}\n`, `${KUMPPANIT_TEXT}\n\nMukana olivat:\n\n- Gradia\n- Jamk\n`);
    expect(roleNames(other)).toContain('Mukana olivat');
    expect(rolesSaid(other)).toContainEqual(['warning', 'ambiguous-role', lineOf(other, 'Mukana olivat:')]);
  });

  it('a contact line right below a role\'s sentence, no blank line between, is said', () => {
    const contact = 'Lisätietoja: Anna Virtanen, projektipäällikkö, p. 040 123 4567, anna.virtanen(at)vaasa.fi';
    const text = rewrite(page, `${KUMPPANIT_TEXT}\n`, `${KUMPPANIT_TEXT}\n${contact}\n`);
    expect(rolesSaid(text)).toContainEqual(['warning', 'heading-in-text', lineOf(text, contact)]);
  });
});

describe('sixty-sixth round, review BV of the other mends', () => {
  const seed2007 = seed('000_ddad63b48901b7a4');
  const coImplementers = (entries: string[]) => rewrite(seed2014, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija\n', `Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\nOsatoteuttajat\n\n${entries.join('\n')}\n`);

  it('entries with bars between their parts, and an organisation named `Copyright …`, stay entries of the list', () => {
    expect(parse(coImplementers(['Pohjolan ammattiopisto | 1630572-2 | Kemi', 'Kuusamon Kylät ry | 2301188-8 | Kuusamo'])).record!.organisation.coImplementers).toHaveLength(2);
    expect(parse(coImplementers(['Pohjolan ammattiopisto, 1630572-2', 'Copyright Clearance Center Inc.', 'Kuusamon Kylät ry, 2301188-8'])).record!.organisation.coImplementers.map((e) => e.name)).toEqual(['Pohjolan ammattiopisto', 'Copyright Clearance Center Inc.', 'Kuusamon Kylät ry']);
  });

  it('opening hours after a phone (`klo 8 - 16`) are no second number; a second number named after its own comes (`(vaihde), … (faksi)`) is said', () => {
    for (const [value, said] of [['020 610 6000 klo 8 - 16', false], ['020 610 6000 (arkisin 8 - 16)', false], ['020 610 6000 (vaihde), 020 610 6001 (faksi)', true], ['020 610 6000, p. 040 123 4567', true]] as const) {
      const text = rewrite(seed2007, 'Puhelinnumero: 020 610 6000', `Puhelinnumero: ${value}`);
      expect(at(parse(text), '/organisation/phone').length).toBe(said ? 1 : 0);
    }
  });

  it('a numbered list\'s last item above section 7\'s first label is not said to be its heading; `7.0` and `7)` are', () => {
    const list = deriveShape(rewrite(seed2007, '7. Projektin julkinen rahoitus, euroa\n', '6. Kevätseminaari\n\n7. Loppuseminaari Helsingissä\n\n'), 'noblank');
    expect(parse(list).diagnostics.filter((d) => d.rule === 'heading-variant')).toEqual([]);
    for (const heading of ['7.0 Projektin rahoitus', '7) Projektin rahoitus']) {
      const text = deriveShape(rewrite(seed2007, '7. Projektin julkinen rahoitus, euroa', heading), 'noblank');
      expect(at(parse(text), '/communication/disseminationPlan')).toEqual([['warning', 'heading-variant', lineOf(text, heading)]]);
    }
  });
});

describe('sixty-sixth round, audit BT: a flattened copy\'s list of municipalities', () => {
  const seed2002 = seed('002_bcdc1a367ba94878');
  const codes = (text: string) => parse(text).record!.targetArea.municipalityCodes;

  it('the list on the line below its empty label, semicolons between, a full stop after: read, said (it was read as the target groups\' text)', () => {
    const text = deriveShape(rewrite(seed2002, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat:\nHartola; Heinola; Sysmä.'), 'flat');
    const result = parse(text);
    expect(result.record!.targetArea.municipalities).toEqual(['Hartola', 'Heinola', 'Sysmä']);
    expect(at(result, '/targetArea/municipalities').map(([severity, rule]) => [severity, rule])).toContainEqual(['info', 'value-below-label']);
    expect(result.record!.targetGroups.primary).not.toContain('Hartola');
  });

  it('a list wrapped inside a name of two words (`…, Koski` / `Tl, Pöytyä`): read whole (its rest was the target groups\' text)', () => {
    const text = deriveShape(rewrite(seed2002, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat: Hartola, Heinola, Koski\nTl, Pöytyä, Sysmä'), 'flat');
    expect(codes(text)).toEqual(['081', '111', '284', '636', '781']);
  });
});

describe('sixty-sixth round, review BW of the later mends', () => {
  const seed2007 = seed('000_ddad63b48901b7a4');
  const seed2002 = seed('002_bcdc1a367ba94878');

  it('words a role\'s text lists or heads its parts with (`Kunnat:`, `Yritykset`) stay the text\'s, after a list\'s intro too', () => {
    for (const lines of ['Hankkeen kumppaneina toimivat:\nKumppanit:\nVaasa ja Mustasaari osallistuvat ohjausryhmään.', `${KUMPPANIT_TEXT}\nKunnat:\n- Vaasa\n- Mustasaari`, 'Kunnat\nYritykset\nOppilaitokset\n\nKumppanit osallistuvat toimintaan.']) {
      const text = rewrite(page, `Kumppanit\n\n${KUMPPANIT_TEXT}`, `Kumppanit\n\n${lines}`);
      expect(roleNames(text)).toEqual(seedRoles.map((role) => role.role));
    }
  });

  it('on a page of colon roles, a usual role right below a one-line text with its own text after a blank line is the next role', () => {
    const base = withColons(page, ALL_ROLES);
    const text = rewrite(base, `${seedRoles[3].text}\n\nOhjausryhma:`, 'Pohjanmaan ELY-keskus\nOhjausryhma:');
    expect(roleNames(text)).toEqual(seedRoles.map((role) => role.role));
  });

  it('a labelled Y-tunnus of eight figures in the name is noted, not warned; `FI…` after a space is read', () => {
    const name = 'Toteuttajaorganisaation nimi: Terveyden ja hyvinvoinnin laitos';
    for (const [written, severity] of [[' (Y-tunnus: 22295006)', 'info'], [' FI22295006', 'info'], [', 22295006', 'warning']] as const) {
      const text = rewrite(rewrite(seed2007, 'Y-tunnus: 2229500-6\n\n', ''), name, `${name}${written}`);
      const result = parse(text);
      expect(result.record!.organisation).toMatchObject({ name: 'Terveyden ja hyvinvoinnin laitos', businessId: '2229500-6' });
      expect(at(result, '/organisation/businessId')).toEqual([[severity, 'normalised-value', lineOf(text, `${name}${written}`)]]);
    }
  });

  it('a phone\'s remark with dates or years is no second number', () => {
    for (const value of ['020 610 6000 (avoinna 1.8.2019 - 31.5.2020)', '020 610 6000 (voimassa 2019 - 2021)']) {
      const text = rewrite(seed2007, 'Puhelinnumero: 020 610 6000', `Puhelinnumero: ${value}`);
      expect(at(parse(text), '/organisation/phone')).toEqual([]);
    }
  });

  it('a flattened copy\'s names with `ja` and a full stop below the empty label, and a wrap inside `Koski Tl` with a former municipality after it, are read', () => {
    const below = deriveShape(rewrite(seed2002, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat:\nHartola, Heinola ja Sysmä.'), 'flat');
    expect(parse(below).record!.targetArea.municipalities).toEqual(['Hartola', 'Heinola', 'Sysmä']);
    const wrapped = deriveShape(rewrite(seed2002, 'Kunnat: Hartola, Heinola, Sysmä', 'Kunnat: Hartola, Heinola, Koski\nTl, Nummi-Pusula, Sysmä.'), 'flat');
    expect(parse(wrapped).record!.targetArea.municipalities).toEqual(['Hartola', 'Heinola', 'Koski Tl', 'Nummi-Pusula', 'Sysmä']);
  });
});

describe('sixty-sixth round, review BX of the round\'s end', () => {
  it('on a page whose roles have no colon, a usual role name with a colon above a text\'s parts or a list stays the text\'s', () => {
    const last = seedRoles[seedRoles.length - 1].text!;
    for (const lines of ['Rahoittaja:\nPohjanmaan ELY-keskus', 'Hankkeen henkilöstö:\n- Anna Virtanen, projektipäällikkö\n- Matti Korhonen, ohjaaja']) {
      const text = rewrite(page, last, `${last}\n\n${lines}`);
      expect(roleNames(text)).toEqual(seedRoles.map((role) => role.role));
    }
  });

  it('without blank lines, the usual role names below one-line texts are roles, the first written with a colon', () => {
    const text = rewrite(page, page.slice(page.indexOf('Eri tahojen merkitys\n')), 'Eri tahojen merkitys\nProjektitiimi:\nAnna Virtanen\nToteuttajaorganisaatio\nVaasan kaupunki\nRahoittaja\nPohjanmaan ELY-keskus\nOhjausryhmä\nOhjausryhmään kuuluvat kaupungin ja Kelan edustajat.\n');
    expect(roles(text)).toEqual([
      { role: 'Projektitiimi', text: 'Anna Virtanen' },
      { role: 'Toteuttajaorganisaatio', text: 'Vaasan kaupunki' },
      { role: 'Rahoittaja', text: 'Pohjanmaan ELY-keskus' },
      { role: 'Ohjausryhmä', text: 'Ohjausryhmään kuuluvat kaupungin ja Kelan edustajat.' },
    ]);
  });

  it('a copy whose last line introduces a list (`… seuraavat tahot:`) is said cut off', () => {
    const cut = `${page.slice(0, page.indexOf('\nRahoittaja\n'))}\n\nKumppaneita ovat mm. seuraavat tahot:\n`;
    expect(parse(cut).diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line)).toEqual([lineOf(cut, 'Kumppaneita ovat mm. seuraavat tahot:')]);
  });
});
