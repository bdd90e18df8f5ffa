// What the thirty-second round found — each failure reproduced on a seed with one change, or on a
// small invented text: read right now, or said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { at, lineOf, rewrite, seed } from './helpers/edits.js';
import { deriveShape, type ShapeName } from './helpers/shapes.js';

const seed004 = seed('004_3bb6e26593869c78');
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
  it('a word all in Cyrillic or Greek is another language\'s and stays as written, unsaid (guard)', () => {
    const text = rewrite(seed004, 'Yhteiskunnan resurssit on saatava tehokkaaseen käyttöön.', 'Yhteiskunnan resurssit on saatava tehokkaaseen käyttöön (Москва, ΑΘΗΝΑ).');
    const result = parse(text);
    expect(result.record!.summary).toContain('(Москва, ΑΘΗΝΑ).');
    expect(result.diagnostics.filter((d) => d.rule === 'look-alike-characters')).toEqual([]);
  });
});

describe('audit round 32: a copy cut inside a sentence that has a colon in it', () => {
  const headOf = (text: string) => text.slice(0, text.indexOf('Kuusamossa on tehty suunnitelmallista'));
  it('`Hankkeen toimenpiteet ovat: ohjaus, … ja vertaist` as the last line is said cut, as the same line without a colon is', () => {
    for (const last of ['Hankkeen toimenpiteet ovat: ohjaus, selvitys tukitarpeista, ryhmätoiminta ja vertaist', 'Hankkeen toimenpiteitä ovat ohjaus, selvitys tukitarpeista, ryhmätoiminta ja vertaist']) {
      const text = `${headOf(seed004)}Hanke tukee aikuisten osallisuutta Kuusamossa.\n${last}\n`;
      expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.line)).toEqual([lineOf(text, last)]);
    }
  });
  it('the sentence whole, with its full stop, is no cut (guard)', () => {
    const last = 'Hankkeen toimenpiteet ovat: ohjaus, selvitys tukitarpeista, ryhmätoiminta ja vertaistuki.';
    const text = `${headOf(seed004)}Hanke tukee aikuisten osallisuutta Kuusamossa.\n${last}\n`;
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
  });
});

describe('audit round 32: a tab inside a field\'s value', () => {
  it('reads as a space in a name, a phone number and a person\'s name', () => {
    let text = rewrite(seed004, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: KSAK\tOy');
    text = rewrite(text, 'Puhelinnumero: 040 860 8949', 'Puhelinnumero: 040 860\t8949');
    text = rewrite(text, 'Hankkeen yhteyshenkilön nimi: Multas Anne', 'Hankkeen yhteyshenkilön nimi: Multas\tAnne');
    expect(parse(text).record).toEqual(parse(seed004).record);
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
