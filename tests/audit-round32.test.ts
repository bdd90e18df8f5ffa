// What the thirty-second round found — each failure reproduced on a seed with one change, or on a
// small invented text: read right now, or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { at, lineOf, rewrite, seed, strongCuts } from './helpers/edits.js';
import { deriveShape, type ShapeName } from './helpers/shapes.js';

const seed004 = seed('004_3bb6e26593869c78');
/** Seed 004 up to its summary's first words: a copy that stops in section 3, before the sections after it. */
const headOf = (text: string) => text.slice(0, text.indexOf('Kuusamossa on tehty suunnitelmallista'));
const shapes: ShapeName[] = ['noblank', 'flat', 'wrap60'];

describe('audit round 32: a date where a specific objective\'s code or an axis number stands', () => {
  it.each(['31.12.2017', '1.1.2016 alkaen', '1.1. 2016', '12.3.2021 REACT'])('"Erityistavoite: %s" reads no code (not `31.12`, title `2017`), said at its line', (value) => {
    const text = rewrite(seed004, 'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', `Erityistavoite: ${value}`);
    const result = parse(text);
    expect(result.record!.project.specificObjective).toEqual({ code: null, title: value });
    expect(at(result, '/project/specificObjective')).toEqual([['warning', 'invalid-value', lineOf(text, `Erityistavoite: ${value}`)]]);
  });
  it('in every shape of the copy the date reads no code, said', () => {
    const text = rewrite(seed004, 'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', 'Erityistavoite: 31.12.2017');
    for (const shape of shapes) {
      const result = parse(deriveShape(text, shape));
      expect(result.record!.project.specificObjective.code).toBeNull();
      expect(at(result, '/project/specificObjective').map(([severity, rule]) => [severity, rule])).toEqual([['warning', 'invalid-value']]);
    }
  });
  it('"Toimintalinja: 31.12.2017" reads no axis number and says it is a date', () => {
    const text = rewrite(seed004, 'Toimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta', 'Toimintalinja: 31.12.2017');
    const result = parse(text);
    expect(result.record!.project.priorityAxis).toEqual({ number: null, title: '31.12.2017' });
    const said = result.diagnostics.filter((d) => d.path === '/project/priorityAxis');
    expect(said.map((d) => [d.severity, d.rule, d.line])).toEqual([['warning', 'invalid-number', 11]]);
    expect(said[0].message).toContain('the date 31.12.2017');
  });
  it.each([
    ['10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', { code: '10.1', title: 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen' }],
    ['10.1.', { code: '10.1', title: null }],
    ['12.3. REACT-EU', { code: '12.3', title: 'REACT-EU' }],
  ])('a code with its dot is still a code, "%s" (guard)', (value, objective) => {
    const text = rewrite(seed004, 'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', `Erityistavoite: ${value}`);
    const result = parse(text);
    expect(result.record!.project.specificObjective).toEqual(objective);
    expect(at(result, '/project/specificObjective')).toEqual([]);
  });
});

describe('audit round 32: characters drawn as a colon that are none', () => {
  it.each([
    ['full-width', '\uff1a'],
    ['modifier letter', '\ua789'],
    ['ratio sign', '\u2236'],
  ])('a %s colon after a label reads as the colon: the record is the seed\'s, with one note', (_, colon) => {
    const base = parse(seed004).record;
    let text = rewrite(seed004, 'Seutukunnat: Koillismaan', `Seutukunnat${colon} Koillismaan`);
    text = rewrite(text, 'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei', `Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen${colon} Ei`);
    const result = parse(text);
    expect(result.record).toEqual(base);
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'look-alike-characters').map((d) => d.severity)).toEqual(['info']);
    for (const shape of shapes) expect(parse(deriveShape(text, shape)).record).toEqual(parse(deriveShape(seed004, shape)).record);
  });
  it('on a project page, `Erityistavoite꞉` is the objective\'s own field, not the axis\'s title', () => {
    const page = ['Hankkeen nimi', 'Polkuja Järvikylään', '', 'Toimintalinja: Toimintalinja 5 (ESR)', 'Erityistavoite\ua789 Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', ''].join('\n');
    const plain = parse(page.replace('\ua789', ':'), { template: 'project-page' }).record!;
    const record = parse(page, { template: 'project-page' }).record!;
    expect(record.project.specificObjective).toEqual({ code: null, title: 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen' });
    expect(record.project.priorityAxis).toEqual(plain.project.priorityAxis);
  });
});

describe('audit round 32: Cyrillic or Greek letters drawn as Latin ones inside a Latin word', () => {
  it('an e-mail address with a Cyrillic `а` reads as the Latin one, said at the word (as written it is another address)', () => {
    const text = rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', 'Yhteyshenkilön sähköpostisoite: \u0430nne.multas(at)ksak.fi');
    const result = parse(text);
    expect(result.record!.contact.email).toBe('anne.multas@ksak.fi');
    const said = result.diagnostics.filter((d) => d.rule === 'look-alike-characters');
    expect(said.map((d) => [d.severity, d.line, d.column, d.endColumn])).toEqual([['warning', 43, 33, 37]]);
    expect(said[0].message).toContain('"anne"');
  });
  it('a project code with a Cyrillic `Ѕ` reads as S20078, said', () => {
    const text = rewrite(seed004, 'Hankekoodi: S20078', 'Hankekoodi: \u040520078');
    const result = parse(text);
    expect(result.record!.project.code).toBe('S20078');
    expect(result.diagnostics.filter((d) => d.rule === 'look-alike-characters').map((d) => [d.severity, d.line])).toEqual([['warning', 7]]);
  });
  it.each([
    ['a word all in Cyrillic or Greek', 'Yhteiskunnan resurssit on saatava tehokkaaseen käyttöön (Москва, ΑΘΗΝΑ).'],
    ['a Cyrillic word with figures, and an address in Cyrillic', 'Yhteistyötä tehtiin (Москва2020, www.пример.рф).'],
  ])('%s is another language\'s and stays as written, unsaid (guard)', (_, sentence) => {
    const result = parse(rewrite(seed004, 'Yhteiskunnan resurssit on saatava tehokkaaseen käyttöön.', sentence));
    expect(result.record!.summary).toContain(sentence);
    expect(result.diagnostics.filter((d) => d.rule === 'look-alike-characters')).toEqual([]);
  });
});

describe('audit round 32: a copy cut inside a sentence that has a colon in it', () => {
  it('`Hankkeen toimenpiteet ovat: ohjaus, … ja vertaist` as the last line is said cut, as the same line without a colon is', () => {
    for (const last of ['Hankkeen toimenpiteet ovat: ohjaus, selvitys tukitarpeista, ryhmätoiminta ja vertaist', 'Hankkeen toimenpiteitä ovat ohjaus, selvitys tukitarpeista, ryhmätoiminta ja vertaist']) {
      const text = `${headOf(seed004)}Hanke tukee aikuisten osallisuutta Kuusamossa.\n${last}\n`;
      expect(strongCuts(parse(text)).map((d) => d.line)).toEqual([lineOf(text, last)]);
    }
  });
  it.each(['1) vahvistaa osallistujien arjenhallintaa ja sosiaalisia taitoja, k', '- vahvistaa osallistujien arjenhallintaa ja sosiaalisia taitoja, ty'])('a list\'s item cut a letter or two after a comma, "%s", is said cut', (last) => {
    const text = `${headOf(seed004)}Hankkeen tavoitteena on:\n${last}\n`;
    expect(strongCuts(parse(text)).map((d) => d.line)).toEqual([lineOf(text, last)]);
  });
  it('the item whole is no cut (guard)', () => {
    const text = `${headOf(seed004)}Hankkeen tavoitteena on:\n1) vahvistaa osallistujien arjenhallintaa ja sosiaalisia taitoja\n`;
    expect(strongCuts(parse(text))).toEqual([]);
  });
  it('the sentence whole, with its full stop, is no cut (guard)', () => {
    const last = 'Hankkeen toimenpiteet ovat: ohjaus, selvitys tukitarpeista, ryhmätoiminta ja vertaistuki.';
    const text = `${headOf(seed004)}Hanke tukee aikuisten osallisuutta Kuusamossa.\n${last}\n`;
    expect(strongCuts(parse(text))).toEqual([]);
  });
});

describe('audit round 32: a tab inside a field\'s value', () => {
  it('reads as a space in a name and a person\'s name', () => {
    let text = rewrite(seed004, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: KSAK\tOy');
    text = rewrite(text, 'Hankkeen yhteyshenkilön nimi: Multas Anne', 'Hankkeen yhteyshenkilön nimi: Multas\tAnne');
    expect(parse(text).record).toEqual(parse(seed004).record);
  });
  it('between the groups of one phone number it is a space', () => {
    const result = parse(rewrite(seed004, 'Puhelinnumero: 040 860 8949', 'Puhelinnumero: 040 860\t8949'));
    expect(result.record!.organisation.phone).toBe('040 860 8949');
  });
  it('between two phone numbers it stays, the two kept apart (guard)', () => {
    const result = parse(rewrite(seed004, 'Puhelinnumero: 040 860 8949', 'Puhelinnumero: 040 860 8949\t0400 225 587'));
    expect(result.record!.organisation.phone).not.toBe('040 860 8949 0400 225 587');
  });
  it('still parts a list\'s names, a table\'s cells (guard)', () => {
    const text = rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo\tTaivalkoski');
    expect(parse(text).record!.targetArea.municipalities).toEqual(['Kuusamo', 'Taivalkoski']);
  });
});

/** An invented 2014–2020 description up to its summary, with `block` as section 2's last lines. */
const withCoImplementers = (block: string, english = false) =>
  english
    ? `Description of the project funded by the European Social Fund (ESF)\n\n1 Project\n\nProject code: S29876\n\nProject name: Paths to the North\n\nPolicy: 9. REACT-EU ESF measures\n\nSpecific objective: 12.3. Improving digital skills\n\nPlanned completion time: Start 1.8.2021 and end 31.8.2023\n\nResponsible authority: Centre for Economic Development, Transport and the Environment for Häme\n\n2 Basic applicant information\n\nOfficial name of the applicant: Järvikylän Setlementti ry\n\nBusiness ID: 1234561-2\n\nNumber of applicants or subsidy transfer: More than one applicant (joint project)\n\n${block}\n\n3 Plan-specified summary of the project completion\n\nThe project improves digital skills of adults in Järvikylä.\n`
    : `Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\n\n1 Hanke\n\nHankekoodi: S21457\n\nHankkeen nimi: Polkuja eteenpäin\n\nToimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta\n\nErityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen\n\nSuunnitelman mukainen toteutusaika: Alkaa 1.3.2016 ja päättyy 31.12.2017\n\nVastuuviranomainen: Hämeen elinkeino-, liikenne- ja ympäristökeskus\n\n2 Hakijan perustiedot\n\nHakijan virallinen nimi: Järvikylän kunta\n\nY-tunnus: 6613186-3\n\nHakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)\n\n${block}\n\n3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\nHankkeessa tuetaan työttömiä.\n`;

describe('audit round 32: co-implementer blocks', () => {
  it('a block whose one entry is numbered (`1. Name, Y-tunnus`) reads the entry, not an unknown section', () => {
    const result = parse(withCoImplementers('Osatoteuttajat\n\n1. Pohjolan ammattiopisto, 5908301-5'));
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Pohjolan ammattiopisto', businessId: '5908301-5' }]);
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
  });
  it('the English rendering\'s `Co-implementers` block is read', () => {
    const result = parse(withCoImplementers('Co-implementers\n\nPohjolan ammattiopisto, liikelaitos, 5908301-5\nJärvikylän kunta, 6789016-7', true));
    expect(result.template).toBe('esr-2014-2020');
    expect(result.record!.organisation.coImplementers).toEqual([
      { name: 'Pohjolan ammattiopisto, liikelaitos', businessId: '5908301-5' },
      { name: 'Järvikylän kunta', businessId: '6789016-7' },
    ]);
    expect(result.unmapped).toEqual([]);
  });
  it('a numbered line that is no entry (no Y-tunnus) after the block is not taken into it (guard)', () => {
    const result = parse(withCoImplementers('Osatoteuttajat\n\n1. Lisätietoja hankkeesta'));
    expect(result.record!.organisation.coImplementers).toEqual([]);
  });
});

const seed002 = seed('002_bcdc1a367ba94878');
const seed003 = seed('003_4ea2b71e336645b9');

describe('audit round 32: addresses', () => {
  it('`Postitoimipaikka: FI-93601 Kuusamo` reads the city, as `93601 Kuusamo` did (the country prefix kept it whole)', () => {
    const text = rewrite(seed004, 'Postitoimipaikka: Kuusamo', 'Postitoimipaikka: FI-93601 Kuusamo');
    const result = parse(text);
    expect(result.record!.organisation.address).toEqual(parse(seed004).record!.organisation.address);
    expect(at(result, '/organisation/address/city')).toEqual([['info', 'normalised-value', 35]]);
  });
  it('a city with a sentence\'s full stop after it reads without it, noted (on its own line, and in a one-line address)', () => {
    const own = parse(rewrite(seed004, 'Postitoimipaikka: Kuusamo', 'Postitoimipaikka: Kuusamo.'));
    expect(own.record!.organisation.address.city).toBe('Kuusamo');
    expect(at(own, '/organisation/address/city')).toEqual([['info', 'normalised-value', 35]]);
    const oneLine = parse(rewrite(seed002, 'Osoite: Rauhankatu 3', 'Osoite: Rauhankatu 3, 18100 Heinola.'));
    expect(oneLine.record!.organisation.address).toEqual({ street: 'Rauhankatu 3', postalCode: '18100', city: 'Heinola' });
  });
  it('a postal code broken by a space (`1810 0 Heinola`) is kept whole as the street, said', () => {
    const result = parse(rewrite(seed002, 'Osoite: Rauhankatu 3', 'Osoite: Rauhankatu 3, 1810 0 Heinola'));
    expect(result.record!.organisation.address).toEqual({ street: 'Rauhankatu 3, 1810 0 Heinola', postalCode: null, city: null });
    expect(at(result, '/organisation/address')).toEqual([['warning', 'invalid-postal-code', 33]]);
  });
});

describe('audit round 32: small values read as their writer meant, said', () => {
  it('a co-implementer with its comma written twice (`Name,, Y-tunnus`) has no comma in its name', () => {
    const result = parse(withCoImplementers('Osatoteuttajat\n\nPohjolan ammattiopisto,, 5908301-5'));
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Pohjolan ammattiopisto', businessId: '5908301-5' }]);
  });
  it.each([
    ['anne. multas@ksak.fi'],
    ['anne .multas@ksak.fi'],
    ['anne.multas@ksak. fi'],
  ])('an e-mail address with a space beside a dot, "%s", reads joined (not `multas@ksak.fi`), with a warning', (written) => {
    const result = parse(rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', `Yhteyshenkilön sähköpostisoite: ${written}`));
    expect(result.record!.contact.email).toBe('anne.multas@ksak.fi');
    expect(at(result, '/contact/email')).toEqual([['warning', 'normalised-value', 43]]);
  });
  it('a name and an address stay apart: the address read, the name said (guard)', () => {
    const result = parse(rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', 'Yhteyshenkilön sähköpostisoite: Anne Multas. anne.multas@ksak.fi'));
    expect(result.record!.contact.email).toBe('anne.multas@ksak.fi');
    expect(at(result, '/contact/email')).toEqual([['warning', 'invalid-email', 43]]);
  });
  it.each([
    ['Toiminta on päättynyt', 'ended'],
    ['Hanke on päättynyt', 'ended'],
    ['Päättyi 31.12.2017', 'ended'],
    ['Hanke on käynnissä', 'ongoing'],
    ['Toiminta käynnissä', 'ongoing'],
  ])('the status "%s" reads its state', (status, state) => {
    const result = parse(rewrite(seed004, 'Toiminnan tila: Toiminta päättynyt', `Toiminnan tila: ${status}`));
    expect(result.record!.project.status).toEqual({ text: status, state });
    expect(at(result, '/project/status').filter(([severity]) => severity !== 'info')).toEqual([]);
  });
  it('a status whose remark undoes it stays unread, said (guard)', () => {
    const result = parse(rewrite(seed004, 'Toiminnan tila: Toiminta päättynyt', 'Toiminnan tila: Toiminta on päättynyt, peruttu'));
    expect(result.record!.project.status!.state).toBeNull();
    expect(at(result, '/project/status')).toEqual([['warning', 'invalid-value', 17]]);
  });
  it('a page\'s date with a full stop after its year reads, noted; with a remark in brackets reads, with a warning', () => {
    const stopped = parse(rewrite(seed003, 'Aloituspäivä: 01.05.2017', 'Aloituspäivä: 01.05.2017.'));
    expect(stopped.record!.project.period.start).toBe('2017-05-01');
    expect(stopped.diagnostics.filter((d) => d.line === 22).map((d) => [d.severity, d.rule])).toEqual([['info', 'normalised-value']]);
    const remarked = parse(rewrite(seed003, 'Lopetuspäivä: 30.04.2020', 'Lopetuspäivä: 30.04.2020 (arvio)'));
    expect(remarked.record!.project.period.end).toBe('2020-04-30');
    const said = remarked.diagnostics.filter((d) => d.line === 23);
    expect(said.map((d) => [d.severity, d.rule])).toEqual([['warning', 'normalised-value']]);
    expect(said[0].message).toContain('"arvio"');
  });
  it('a date with a remark that has a date of its own (`30.04.2020 (jatkettu 31.12.2020)`) is not read: which holds, the text does not tell', () => {
    const result = parse(rewrite(seed003, 'Lopetuspäivä: 30.04.2020', 'Lopetuspäivä: 30.04.2020 (jatkettu 31.12.2020)'));
    expect(result.record!.project.period.end).toBeNull();
    expect(result.diagnostics.filter((d) => d.line === 23).map((d) => d.rule)).toContain('invalid-date');
  });
  it('a co-implementer whose name starts with a number and lower case keeps it (`3. sektorin …`); a list\'s number before a capital is taken off', () => {
    const result = parse(withCoImplementers('Osatoteuttajat\n\n3. sektorin osaamiskeskus ry, 5908301-5\n2. Järvikylän kunta, 6789016-7'));
    expect(result.record!.organisation.coImplementers).toEqual([
      { name: '3. sektorin osaamiskeskus ry', businessId: '5908301-5' },
      { name: 'Järvikylän kunta', businessId: '6789016-7' },
    ]);
  });
  it('an objective\'s code before a decade\'s word (`10.1. 2020-luvun …`) is a code, not a date', () => {
    const result = parse(rewrite(seed004, 'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', 'Erityistavoite: 10.1. 2020-luvun työelämän taidot'));
    expect(result.record!.project.specificObjective).toEqual({ code: '10.1', title: '2020-luvun työelämän taidot' });
  });
  it('`lähialueet` among municipalities describes places: a warning, not an info', () => {
    const text = rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo ja Taivalkoski sekä lähialueet');
    const result = parse(text);
    expect(result.record!.targetArea.municipalities).toEqual(['Kuusamo', 'Taivalkoski', 'lähialueet']);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-municipality').map((d) => d.severity)).toEqual(['warning']);
  });
  it('a Markdown converter\'s escaped list numbers (`1\\. kartoittaa`) read as the numbers, said, with two of them only', () => {
    const text = rewrite(seed004, 'Hankkeen sosiaaliseen kuntoutukseen kuuluu:', 'Hankkeen sosiaaliseen kuntoutukseen kuuluu kaksi vaihetta, joissa hanke\n1\\. kartoittaa osallistujat,\n2\\. järjestää ryhmiä.\n\nHankkeen sosiaaliseen kuntoutukseen kuuluu:');
    const result = parse(text);
    expect(result.record!.summary).toContain('joissa hanke\n1. kartoittaa osallistujat,\n2. järjestää ryhmiä.');
    expect(result.diagnostics.filter((d) => d.rule === 'markdown-syntax').map((d) => d.severity)).toEqual(['info']);
  });
  it('a backslash of the text\'s own (a folder\'s path) is kept (guard)', () => {
    const text = rewrite(seed004, 'Yhteiskunnan resurssit on saatava tehokkaaseen käyttöön.', 'Aineisto on kansiossa K:\\Hankkeet\\2019.');
    expect(parse(text).record!.summary).toContain('K:\\Hankkeet\\2019.');
  });
});

describe('audit round 32: the code review\'s cases', () => {
  it.each([
    ['Anne. anne@ksak.fi', 'anne@ksak.fi', 'invalid-email'],
    ['Anne Multas. anne.multas@ksak.fi', 'anne.multas@ksak.fi', 'invalid-email'],
  ])('a name before an address is not joined to it: "%s"', (written, email, rule) => {
    const result = parse(rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', `Yhteyshenkilön sähköpostisoite: ${written}`));
    expect(result.record!.contact.email).toBe(email);
    expect(at(result, '/contact/email')).toEqual([['warning', rule, 43]]);
  });
  it('a sentence after a whole address is not joined to it (`x@ksak.fi. Toimisto`): kept as written, said', () => {
    const result = parse(rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', 'Yhteyshenkilön sähköpostisoite: anne.multas@ksak.fi. Toimisto'));
    expect(result.record!.contact.email).not.toBe('anne.multas@ksak.fi.Toimisto');
    expect(at(result, '/contact/email').map(([severity]) => severity)).toEqual(['warning']);
  });
  it('a triangular colon (U+02D0) in a text with no other character from U+0300 up is read as the colon', () => {
    const plain = withCoImplementers('Osatoteuttajat\n\nPohjolan ammattiopisto, 5908301-5');
    expect(/[\u0300-\uffff]/u.test(plain)).toBe(false);
    const result = parse(plain.replace('Y-tunnus:', 'Y-tunnus\u02d0'));
    expect(result.record!.organisation.businessId).toBe('6613186-3');
    expect(result.diagnostics.filter((d) => d.rule === 'look-alike-characters').map((d) => d.severity)).toEqual(['info']);
  });
  it('past five lines with look-alike letters, the sixth is said with how many more there are', () => {
    const lines = Array.from({ length: 8 }, (_x, i) => `Osallistuja ${i + 1} \u0415mma Esimerkki.`).join('\n');
    const text = rewrite(seed004, 'Yhteiskunnan resurssit on saatava tehokkaaseen käyttöön.', lines);
    const said = parse(text).diagnostics.filter((d) => d.rule === 'look-alike-characters');
    const first = text.split('\n').findIndex((line) => line.includes('Osallistuja 1 ')) + 1;
    expect(said.map((d) => d.line)).toEqual([0, 1, 2, 3, 4, 5].map((i) => first + i));
    expect(said[5].message).toContain('2 more lines');
  });
  it.each([
    ['- kunnat, järjestöt, yritykset, ym'],
    ['Osa-alueet ovat a, b'],
    ['Lähde: Tilastokeskus ja Kuusamon kaupungin omat tilastot'],
    ['Lisätietoja: projektipäällikkö Anne Multas'],
    ['Arvioinnin teki Anna Virtanen, ft'],
  ])('a last line "%s" is no cut (guard)', (last) => {
    const text = `${headOf(seed004)}Hanke tukee aikuisten osallisuutta Kuusamossa.\n${last}\n`;
    expect(strongCuts(parse(text))).toEqual([]);
  });
  it('`FIN-93601 Kuusamo` in the city\'s field is split as `FI-93601 Kuusamo` is', () => {
    const result = parse(rewrite(seed004, 'Postitoimipaikka: Kuusamo', 'Postitoimipaikka: FIN-93601 Kuusamo'));
    expect(result.record!.organisation.address).toEqual(parse(seed004).record!.organisation.address);
  });
  it('with one escaped list number, only the list numbers\' escapes are taken off: a path\'s backslashes stay', () => {
    const text = rewrite(seed004, 'Yhteiskunnan resurssit on saatava tehokkaaseen käyttöön.', 'Aineisto on kansiossa K:\\Hankkeet\\_2019, ja hanke\n1\\. kartoittaa osallistujat.');
    const summary = parse(text).record!.summary!;
    expect(summary).toContain('K:\\Hankkeet\\_2019, ja hanke\n1. kartoittaa osallistujat.');
  });
  it('a page\'s date spaced and with a full stop after its year reads (`01. 05. 2017.`)', () => {
    const result = parse(rewrite(seed003, 'Aloituspäivä: 01.05.2017', 'Aloituspäivä: 01. 05. 2017.'));
    expect(result.record!.project.period.start).toBe('2017-05-01');
  });
});

describe('audit round 32 (second audits): an e-mail\'s closing and the message it answers, below the text', () => {
  const ending = (text: string) => text.trimEnd();
  it.each([
    ['a closing with the name, then the request quoted with `>`', '\n\nTerveisin Sanna\n\n> Hei,\n> voisitko lähettää hankkeen kuvauksen?\n> Kiitos, Matti\n'],
    ['`Terv. Liisa`, then the forwarded message\'s header', '\n\nTerv. Liisa\n\n-----Alkuperäinen viesti-----\nLähettäjä: Matti Meikäläinen\nAihe: hankekuvaus\n\nHei, voisitko lähettää kuvauksen?\n'],
  ])('%s: not the final report\'s text', (_, mail) => {
    const result = parse(`${ending(seed004)}${mail}`);
    expect(result.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    expect(result.unmapped).toEqual([]);
  });
  it('a quoted line in the text that is no mail\'s (`> 50 %` in a sentence\'s list) stays the text\'s (guard)', () => {
    const text = `${ending(seed004)}\n\nTulokset:\n> 50 % osallistujista työllistyi\n`;
    expect(parse(text).record!.finalReportSummary).toContain('> 50 % osallistujista työllistyi');
  });
});

describe('audit round 32 (second audits): a line above a row of the sustainability table, below a row without explanation', () => {
  const bare = (categoryLine: string) => {
    const lines = seed004.split('\n');
    const row = lines.indexOf('Liikkuminen ja logistiikka 5 8');
    expect(lines[row + 2]).toBe('Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus');
    lines.splice(row + 1, 2, categoryLine);
    return lines.join('\n');
  };
  const rows = (text: string) => parse(text).record!.horizontalPrinciples.sustainableDevelopment;
  it('a category without its end (`Sosiaalinen ja kulttuurinen kestävyys`) is the category of the rows below, said — not the row\'s explanation, unsaid', () => {
    const text = bare('Sosiaalinen ja kulttuurinen kestävyys');
    const read = rows(text);
    const logistics = read.find((r) => r.criterion === 'Liikkuminen ja logistiikka')!;
    expect(logistics.text).toBeNull();
    expect(read.find((r) => r.criterion === 'Hyvinvoinnin edistäminen')!.category).toBe('Sosiaalinen ja kulttuurinen kestävyys');
    expect(parse(text).diagnostics.filter((d) => d.line === lineOf(text, 'Sosiaalinen ja kulttuurinen kestävyys')).map((d) => [d.severity, d.rule])).toEqual([['warning', 'heading-variant']]);
  });
  it('a line that is no category (`Alue- ja yhdyskuntarakenne`) is read as the row\'s explanation, said: it may be a category', () => {
    const text = bare('Alue- ja yhdyskuntarakenne');
    expect(rows(text).find((r) => r.criterion === 'Liikkuminen ja logistiikka')!.text).toBe('Alue- ja yhdyskuntarakenne');
    expect(parse(text).diagnostics.filter((d) => d.line === lineOf(text, 'Alue- ja yhdyskuntarakenne')).map((d) => [d.severity, d.rule])).toEqual([['warning', 'heading-variant']]);
  });
  it('the category written whole below a row without explanation is read, unsaid (guard)', () => {
    const text = bare('Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus');
    expect(rows(text).find((r) => r.criterion === 'Hyvinvoinnin edistäminen')!.category).toBe('Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus');
    expect(parse(text).diagnostics.filter((d) => d.rule === 'heading-variant')).toEqual([]);
  });
});

describe('audit round 32: a copy cut a word or two into a section\'s text, right below its heading', () => {
  const upToSummary = (text: string) => text.slice(0, text.indexOf('OKSA -projektin keskeinen tavoite'));
  it('`5. … tiivistelmä` / `OK` (of `OKSA -projektin …`, a word a page\'s button has) is said cut, with and without a line break', () => {
    for (const end of ['OK', 'OK\n', 'Projektin keskeinen\n']) {
      const text = `${upToSummary(seed002)}${end}`;
      const last = text.trimEnd().split('\n').length;
      expect(strongCuts(parse(text)).map((d) => d.line)).toEqual([last]);
    }
  });
  it('a whole sentence there is no cut (guard)', () => {
    const text = `${upToSummary(seed002)}OKSA -projekti päättyi.\n`;
    expect(strongCuts(parse(text))).toEqual([]);
  });
});

describe('audit round 32 (second audits): periods as people write them', () => {
  const withPeriod = (value: string) => rewrite(seed004, 'Suunnitelman mukainen toteutusaika: Alkaa 1.1.2015 ja päättyy 31.12.2018', `Suunnitelman mukainen toteutusaika: ${value}`);
  it.each([
    ['1.1.2015 alkaen, päättyy 31.12.2017', 'info'],
    ['1.1.2015 alkaen ja päättyy 31.12.2017', 'info'],
    ['1.1.2015 alkaen 31.12.2017 saakka', 'info'],
    ['1.1.-31.12.2017', 'warning'],
  ])('"%s" reads the period, said', (value, severity) => {
    const result = parse(withPeriod(value));
    expect(result.record!.project.period).toEqual({ start: value.startsWith('1.1.-') ? '2017-01-01' : '2015-01-01', end: '2017-12-31' });
    expect(at(result, '/project/period').map(([s, rule]) => [s, rule])).toEqual([[severity, 'normalised-value']]);
  });
  it('a start without its year after the end\'s day in the year (`1.9.-31.8.2017`) takes the year before, said', () => {
    const result = parse(withPeriod('1.9.-31.8.2017'));
    expect(result.record!.project.period).toEqual({ start: '2016-09-01', end: '2017-08-31' });
    expect(at(result, '/project/period').map(([s]) => s)).toEqual(['warning']);
  });
});

describe('audit round 32 (second audits): an area list written one name a line', () => {
  const listed = (names: string) => rewrite(seed004, 'Kunnat: Kuusamo', `Kunnat:\n${names}`);
  it.each([
    ['one a line', 'Kuusamo\nTaivalkoski\nPosio'],
    ['with bullets', '• Kuusamo\n• Taivalkoski\n• Posio'],
  ])('%s: read as the list\'s names, in every shape', (_, names) => {
    const text = listed(names);
    for (const shaped of [text, deriveShape(text, 'noblank'), deriveShape(text, 'flat')]) {
      const area = parse(shaped).record!.targetArea;
      expect(area.municipalities).toEqual(['Kuusamo', 'Taivalkoski', 'Posio']);
      expect(area.municipalityCodes).toEqual(['305', '832', '614']);
      expect(area.description).toBe(parse(deriveShape(seed004, 'noblank')).record!.targetArea.description);
    }
  });
  it('a line below a name that is no municipality is not taken into the list (guard)', () => {
    const text = listed('Kuusamo\nKoillismaan kehittämisyhtiö');
    expect(parse(text).record!.targetArea.municipalities).not.toContain('Koillismaan kehittämisyhtiö');
  });
});

describe('audit round 32 (third audits): a project page copied with the site around it', () => {
  const page = parse(seed003).record!;
  it('a page without a tagline, below the site\'s name and menu: the title is the line above the bar, the site\'s name said', () => {
    const text = `Rakennerahastot\nEtusivu\nHankkeet\n\n${rewrite(seed003, 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.\n\n', '')}`;
    const result = parse(text);
    expect(result.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
    expect(result.record!.project.tagline).toBeNull();
    expect(result.diagnostics.filter((d) => d.line === 1).map((d) => [d.severity, d.rule])).toEqual([['info', 'page-furniture']]);
  });
  it('a title, a share bar, and a line without a full stop above the bar: read as the title and its tagline, the tagline said (it may be the title)', () => {
    const text = rewrite(seed003, 'Osallisuuden askeleet työllistymispoluille\n\nTavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.', 'Osallisuuden askeleet työllistymispoluille\n\nJaa: Facebook | Twitter\n\nTyöttömien työ- ja toimintakyvyn parantaminen Vaasassa');
    const result = parse(text);
    expect([result.record!.project.name, result.record!.project.tagline]).toEqual(['Osallisuuden askeleet työllistymispoluille', 'Työttömien työ- ja toimintakyvyn parantaminen Vaasassa']);
    expect(at(result, '/project/tagline')).toEqual([['warning', 'heading-variant', 5]]);
  });
  it('with its tagline the same page reads its title and tagline (guard)', () => {
    const result = parse(`Rakennerahastot\nEtusivu\nHankkeet\n\n${seed003}`);
    expect([result.record!.project.name, result.record!.project.tagline]).toEqual([page.project.name, page.project.tagline]);
  });
  it('a text browser\'s list of link references above an e-mail\'s signature is no role', () => {
    const result = parse(`${seed003.trimEnd()}\n\nReferences\n\n   1. https://www.rakennerahastot.fi/hanke/-/hanke/S21994#main\n   2. https://www.rakennerahastot.fi/\n\nTerveisin\nMaija Esimerkki\n`);
    expect(result.record!.projectPage.roles).toEqual(page.projectPage.roles);
  });
  it('a printed page\'s break inside the box of other projects leaves the box out of the last section', () => {
    const box = 'Muut hankkeet\nTyötä ja toimeentuloa\nRekrytointia rajojen yli yhteistyöllä.\nToimintalinja 5 (ESR) | 01.02.2018 – 31.01.2021 | Uusimaa\nhttps://www.rakennerahastot.fi/hanke/-/hanke/S21994 1/2\n30.11.2026 9.12 Osallisuuden askeleet - Rakennerahastot\nOsaajaksi omalla alueella\nToimintalinja 4 (ESR) | 01.09.2019 – 31.08.2022 | Etelä-Savo\n© 2024 Rakennerahastot.fi\n';
    const cut = seed003.slice(0, seed003.indexOf('Eri tahojen merkitys'));
    const result = parse(deriveShape(`${cut.trimEnd()}\n${box}`, 'noblank'));
    expect(result.record!.projectPage.practices).toBe(parse(deriveShape(cut, 'noblank')).record!.projectPage.practices);
  });
  it('a budget of one amount reads as both bounds, noted', () => {
    const result = parse(rewrite(seed003, 'Budjetti: 500000-1000000 €', 'Budjetti: 345 000 €'));
    expect(result.record!.funding.budgetRange).toEqual({ min: 345000, max: 345000 });
    expect(at(result, '/funding/budgetRange')).toEqual([['info', 'normalised-value', 24]]);
  });
});

const seed000 = seed('000_ddad63b48901b7a4');

describe('audit round 32 (third audits): 2007–2013 copies cut or wrapped', () => {
  /** Seed 000 up to a line (that line left out), without blank lines: a copy cut there. */
  const noBlankUpTo = (line: string) => deriveShape(seed000.slice(0, seed000.indexOf(line)), 'noblank');
  it.each([
    ['after a `-` value', 'Aktiivisen sosiaalipolitiikan', '-\n3.4 Aloitt\n'],
    ['after a value without a full stop', 'Aktiivisen sosiaalipolitiikan', 'Kuntien nuorisotoimi\n3.4 Aloittaneiden henk\n'],
    ['in a long heading\'s words', '6.2 Suunnitelma hyvien käytäntöjen levittämisestä', '6.2 Suunnitelma hyvien käytäntöjen levittämis\n'],
  ])('a later heading cut in a copy without blank lines, %s, is said cut, not read into the text above', (_, at, end) => {
    const text = `${noBlankUpTo(at).trimEnd()}\n${end}`;
    const result = parse(text);
    const last = text.trimEnd().split('\n').length;
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line)).toEqual([last]);
    const heading = end.trimEnd().split('\n').at(-1)!;
    expect(JSON.stringify(result.record)).not.toContain(heading);
  });
  it('a cut year\'s plan line (`Vuosi 2014: Kuvataan … ja julkaistaan n`) is said cut, as the same line without its year is', () => {
    const head = seed000.slice(0, seed000.indexOf('Projektissa parannettavien kuntouttavan'));
    for (const last of ['Vuosi 2014: Kuvataan hyvät käytännöt ja julkaistaan n', 'Kuvataan hyvät käytännöt ja julkaistaan n']) {
      const text = `${head}${last}\n`;
      expect(strongCuts(parse(text)).map((d) => d.line)).toEqual([lineOf(text, last)]);
    }
  });
  it('a count wrapped at its thousands\' space (`…: 1` / `356, joista naisia 102`) reads whole', () => {
    const text = rewrite(seed000, 'Toteutunut seurantatietojen mukaan: 274, joista naisia 92', 'Toteutunut seurantatietojen mukaan: 1\n356, joista naisia 102');
    expect(parse(text).record!.indicators.participants.actual).toEqual({ total: 1356, women: 102 });
  });
  it('the join is said: the line below may be text of its own, and the count then the figure above alone', () => {
    const text = rewrite(seed000, 'Toteutunut seurantatietojen mukaan: 274, joista naisia 92', 'Toteutunut seurantatietojen mukaan: 12\n356, joista naisia 80');
    const result = parse(text);
    expect(result.record!.indicators.participants.actual).toEqual({ total: 12356, women: 80 });
    // (Since round 80 a count of ten thousand or more from groups of digits is said too: two figures side by side?)
    expect(at(result, '/indicators/participants/actual').filter(([severity]) => severity === 'warning')).toEqual([['warning', 'value-wrapped', lineOf(text, 'Toteutunut seurantatietojen mukaan: 12')], ['warning', 'invalid-number', lineOf(text, 'Toteutunut seurantatietojen mukaan: 12')]]);
  });
  it('a figure below a whole count is not its thousands (guard)', () => {
    const text = rewrite(seed000, 'Toteutunut seurantatietojen mukaan: 274, joista naisia 92', 'Toteutunut seurantatietojen mukaan: 274, joista naisia 92\n356 hakemusta käsiteltiin.');
    expect(parse(text).record!.indicators.participants.actual).toEqual({ total: 274, women: 92 });
  });
  it('a case ending after a figure (`valtatie 5:n varrella`) opens no label, in a flattened copy too', () => {
    const text = rewrite(seed000, 'Vaikeasti työllistyvät, jotka', 'Valtatie 5:n varrella asuvat vaikeasti työllistyvät, jotka');
    for (const shaped of [text, deriveShape(text, 'flat')]) {
      const result = parse(shaped);
      expect(result.record!.targetGroups.primary).toMatch(/^Valtatie 5:n varrella asuvat vaikeasti työllistyvät/u);
      expect(result.diagnostics.filter((d) => d.rule === 'unknown-label')).toEqual([]);
    }
  });
});

describe('audit round 32 (fourth audit): a field\'s line the layout does not know inside a text', () => {
  it('a flattened English copy\'s funding lines read into the summary are said at their lines', () => {
    const flat = deriveShape(readFileSync(`${root}fixtures/shapes/english/react-eu-english.txt`, 'utf8'), 'flat');
    const result = parse(flat);
    const funding = ['Granted EU and state funding: 480 000', 'Actual EU and state funding: 455 210', 'Planned public funding in total: 600 000', 'Actual public funding in total: 569 012'];
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-label').map((d) => d.line)).toEqual(funding.map((line) => lineOf(flat, line)));
  });
  it('a plan\'s line with a year alone (`Milloin:2009`) is the text\'s, unsaid (guard)', () => {
    expect(parse(seed('002_bcdc1a367ba94878')).diagnostics.filter((d) => d.rule === 'unknown-label')).toEqual([]);
  });
});
