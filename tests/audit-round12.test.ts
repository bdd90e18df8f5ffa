// Values read wrong with no diagnostic, personal data left in redacted outputs and misplaced
// locations, found by the twelfth round of audits, each on a seed with one change: read right
// now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { analyse } from '../src/pipeline.js';
import { redact, REDACTED } from '../src/redact.js';
import { root } from './helpers/fixtures.js';
import { deriveShape, type ShapeName } from './helpers/shapes.js';

const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');

/** `text` with the line `from` written as `to` (the line must be there). */
const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(`${from}\n`);
  return text.replace(`${from}\n`, `${to}\n`);
};

describe('audit round 12: --redact', () => {
  it('an e-mail address mistyped without its top-level part, or cut off after its at, is redacted in every output', () => {
    for (const [written, address] of [
      ['anne.multas(at)ksak', 'anne.multas(at)ksak'],
      ['anne.multas@ksak', 'anne.multas@ksak'],
      ['anne.multas(at)', 'anne.multas(at)'],
    ]) {
      const text = rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', `Yhteyshenkilön sähköpostisoite: ${written}`);
      const redacted = redact(analyse(new TextEncoder().encode(text), { tree: true }));
      expect(JSON.stringify(redacted.result), written).not.toContain(address);
      expect(redacted.text, written).toContain(`Yhteyshenkilön sähköpostisoite: ${REDACTED}\n`);
    }
  });
  it('guard: a list\'s `(a)`, the word `at` in a sentence and an at sign between other words stay', async () => {
    const { redactEmails } = await import('../src/redact.js');
    expect(redactEmails('kohta (a) tai kohta (b)')).toBe('kohta (a) tai kohta (b)');
    for (const text of ['2 kpl@50 euroa', 'Instagram@valittavat_verkostot', 'EU@2020', 'ksak@ sekä']) expect(redactEmails(text)).toBe(text);
    expect(redactEmails('available at www.hanke.fi')).toBe('available at www.hanke.fi');
  });
});

describe('audit round 12: word processors\' control characters', () => {
  it('a Word table cell\'s end mark (U+0007) around a value is the tab between cells, not part of the value', () => {
    const text = rewrite(rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus:\u00070832600-5\u0007'), 'Puhelinnumero: 040 860 8949', 'Puhelinnumero:\u0007040 860 8949\u0007');
    const result = parse(text);
    expect(result.record!.organisation.businessId).toBe('0832600-5');
    expect(result.record!.organisation.phone).toBe('040 860 8949');
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual(parse(seed004).diagnostics.filter((d) => d.severity !== 'info'));
    expect(result.diagnostics.find((d) => d.rule === 'invisible-characters')?.message).toContain('table cell');
  });
});

/** Seed 004 as a joint project with its co-implementer block written as `lines`. */
const jointProject = (lines: string[]) =>
  rewrite(seed004, 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', `Hakijoiden lukumäärä tai tuen siirto -menettely: Yhteishanke\n\nOsatoteuttajat\n\n${lines.join('\n')}`);
const shapes: (ShapeName | 'tidy')[] = ['tidy', 'noblank', 'wrap60', 'flat'];
const inShape = (text: string, shape: ShapeName | 'tidy') => (shape === 'tidy' ? text : deriveShape(text, shape));

describe('audit round 12: co-implementer blocks (REAL-SHAPES §1)', () => {
  it('an entry whose Y-tunnus is written as none (`, -`, `–`, a bare comma) is an entry of its own, said; the next entry is not joined to it', () => {
    for (const written of ['Karstulan kunta, -', 'Karstulan kunta, –', 'Karstulan kunta, --', 'Karstulan kunta,', 'Karstulan kunta, ei ole']) {
      for (const shape of shapes) {
        const result = parse(inShape(jointProject([written, 'Vahva Oy, 6789012-4', 'Kyyjärven kunta, -']), shape));
        expect(result.record!.organisation.coImplementers, `${written} ${shape}`).toEqual([
          { name: 'Karstulan kunta', businessId: null },
          { name: 'Vahva Oy', businessId: '6789012-4' },
          { name: 'Kyyjärven kunta', businessId: null },
        ]);
        const missing = result.diagnostics.filter((d) => d.rule === 'missing-business-id');
        expect(missing.map((d) => [d.severity, d.path]), `${written} ${shape}`).toEqual([['warning', '/organisation/coImplementers/0'], ['warning', '/organisation/coImplementers/2']]);
      }
    }
  });
  it('a name going on after a spaced dash is one entry; where both sides name an organisation, said (it may be two)', () => {
    for (const shape of shapes) {
      const result = parse(inShape(jointProject(['Helsingin kaupunki –', 'Stadin ammattiopisto, 0201256-6', 'Vahva Oy, 6789012-4']), shape));
      expect(result.record!.organisation.coImplementers, shape).toEqual([
        { name: 'Helsingin kaupunki – Stadin ammattiopisto', businessId: '0201256-6' },
        { name: 'Vahva Oy', businessId: '6789012-4' },
      ]);
      expect(result.diagnostics.filter((d) => d.path === '/organisation/coImplementers/0' && d.severity === 'warning').map((d) => d.rule), shape).toEqual(['normalised-value']);
    }
  });
  it('guard: a name broken at its own hyphen goes on on the next line', () => {
    const result = parse(jointProject(['Kajaanin ammatti-', 'korkeakoulu Oy, 6789012-4']));
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Kajaanin ammattikorkeakoulu Oy', businessId: '6789012-4' }]);
  });
  it('an entry whose Y-tunnus is said to be none after its label (`, Y-tunnus: -`, a foreign partner) is an entry, not the block\'s end', () => {
    for (const written of ['Stichting Voorbeeld (NL), Y-tunnus: ei suomalaista Y-tunnusta', 'Stichting Voorbeeld (NL), Y-tunnus: -', 'Stichting Voorbeeld (NL), Y-tunnus: ei ole', 'Stichting Voorbeeld (NL), Y-tunnus:']) {
      for (const shape of shapes) {
        const result = parse(inShape(jointProject(['Vahva Oy, 6789012-4', written, 'Kyyjärven kunta, 7890123-9']), shape));
        expect(result.record!.organisation.coImplementers, `${written} ${shape}`).toEqual([
          { name: 'Vahva Oy', businessId: '6789012-4' },
          { name: 'Stichting Voorbeeld (NL)', businessId: null },
          { name: 'Kyyjärven kunta', businessId: '7890123-9' },
        ]);
        expect(result.unmapped, `${written} ${shape}`).toEqual([]);
        const missing = result.diagnostics.find((d) => d.rule === 'missing-business-id');
        expect(missing?.path, `${written} ${shape}`).toBe('/organisation/coImplementers/1');
        expect(missing?.message).toContain(written);
      }
    }
  });
});

const page = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');

describe('audit round 12: project pages copied from a browser', () => {
  it('a menu of several lines above the title is text before the title, not the name and tagline', () => {
    const tidy = parse(page).record!;
    for (const menu of ['Ohita navigaatio\nTietoa rakennerahastoista', 'Valikko\nHae sivustolta\nFI SV EN', 'Siirry suoraan sisältöön\nTämä sivusto käyttää evästeitä. Lue lisää evästeistä.\nHyväksy kaikki evästeet\nHyväksy vain välttämättömät']) {
      const result = parse(`${menu}\n\n${page}`);
      expect(result.record!.project.name, menu).toBe(tidy.project.name);
      expect(result.record!.project.tagline, menu).toBe(tidy.project.tagline);
    }
  });
  it('guard: a line right below the title in its paragraph does not make the title text before it', () => {
    const result = parse(page.replace('Osallisuuden askeleet työllistymispoluille\n', 'Osallisuuden askeleet työllistymispoluille\nPäivitetty 12.3.2019\n'));
    expect(result.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
  });
});

describe('audit round 12: a page\'s cookie notice and links at its end', () => {
  it('a cookie notice with its buttons, back links and a footer\'s heading at the end are furniture, not the last text or roles', () => {
    const tidy = parse(page);
    for (const end of [
      'Käytämme evästeitä\nSivustollamme käytetään evästeitä käyttökokemuksen parantamiseksi.\nHyväksy\nAsetukset',
      'Sivustolla käytetään evästeitä. Lue lisää evästeistä.\nHyväksyn\nEn hyväksy',
      'Hakusivulle\nEdellinen hanke\nSeuraava hanke',
      'Tietoa sivustosta\nSaavutettavuusseloste\nTietosuojaseloste\nEvästeasetukset\nPalaute',
    ]) {
      const result = parse(`${page.trimEnd()}\n\n${end}\n`);
      expect(result.record, end).toEqual(tidy.record);
      expect(result.unmapped, end).toEqual([]);
      expect(result.diagnostics.filter((d) => d.severity !== 'info'), end).toEqual(tidy.diagnostics.filter((d) => d.severity !== 'info'));
    }
  });
  it('guard: a text\'s last sentence about cookies stays text', () => {
    const result = parse(`${page.trimEnd()} Hankkeen sivuston evästeet uusittiin.\n`);
    expect(JSON.stringify(result.record)).toContain('Hankkeen sivuston evästeet uusittiin.');
  });
});

describe('audit round 12: an address written into fields of its own (2014–2020)', () => {
  const address = (street: string, code: string, city: string) =>
    rewrite(rewrite(rewrite(seed004, 'Jakeluosoite: PL 13', `Jakeluosoite: ${street}`.trimEnd()), 'Postinumero: 93601', `Postinumero: ${code}`.trimEnd()), 'Postitoimipaikka: Kuusamo', `Postitoimipaikka: ${city}`.trimEnd());
  const said = (result: ReturnType<typeof parse>) => result.diagnostics.filter((d) => d.path?.startsWith('/organisation/address/') && d.rule !== 'empty-value').map((d) => [d.severity, d.rule, d.path, d.line]);
  it('the postal code in the city\'s field, or the whole address in the street\'s, is split where the other fields are empty or agree, noted', () => {
    const inCity = parse(address('PL 13', '', '93601 Kuusamo'));
    expect(inCity.record!.organisation.address).toEqual({ street: 'PL 13', postalCode: '93601', city: 'Kuusamo' });
    expect(said(inCity)).toEqual([['info', 'normalised-value', '/organisation/address/city', 35]]);
    const agreeing = parse(address('PL 13', '93601', 'Kuusamo 93601'));
    expect(agreeing.record!.organisation.address).toEqual({ street: 'PL 13', postalCode: '93601', city: 'Kuusamo' });
    const inStreet = parse(address('Torikatu 5, 93600 Kuusamo', '', ''));
    expect(inStreet.record!.organisation.address).toEqual({ street: 'Torikatu 5', postalCode: '93600', city: 'Kuusamo' });
    expect(said(inStreet)).toEqual([['info', 'normalised-value', '/organisation/address/street', 29]]);
  });
  it('where the fields say otherwise, the values are kept as written, with a warning', () => {
    const street = parse(address('Torikatu 5, 93600 Kuusamo', '93601', 'Kuusamo'));
    expect(street.record!.organisation.address).toEqual({ street: 'Torikatu 5, 93600 Kuusamo', postalCode: '93601', city: 'Kuusamo' });
    expect(said(street)).toEqual([['warning', 'invalid-value', '/organisation/address/street', 29]]);
    const city = parse(address('PL 13', '93601', '93600 Kuusamo'));
    expect(city.record!.organisation.address).toEqual({ street: 'PL 13', postalCode: '93601', city: '93600 Kuusamo' });
    expect(said(city)).toEqual([['warning', 'invalid-value', '/organisation/address/city', 35]]);
  });
});

describe('audit round 12: a reference to an appendix written instead of a value', () => {
  it('`ks. liite` and its forms in a required field are no value: null, said, and validate fails', () => {
    for (const written of ['ks. liite', '(ks. liite)', 'ks. liite 1', 'Katso liite 2.', 'kts. hankesuunnitelma', 'liitteessä 3']) {
      const result = parse(rewrite(seed004, 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', `Vastuuviranomainen: ${written}`));
      expect(result.record!.project.managingAuthority, written).toBeNull();
      expect(result.diagnostics.filter((d) => d.path === '/project/managingAuthority').map((d) => [d.severity, d.rule, d.line]), written).toEqual([['error', 'missing-field', 19], ['warning', 'placeholder-text', 19]]);
      expect(result.ok, written).toBe(false);
    }
  });
  it('guard: a name with the word in it is a name', () => {
    const result = parse(rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: Liite 5 -työpaja'));
    expect(result.record!.project.name).toBe('Liite 5 -työpaja');
  });
});

describe('audit round 12: a text cut off in its last required value', () => {
  it('a required value on the cut line, not read, makes the cut an error: validate fails', () => {
    const cut = seed004.slice(0, seed004.indexOf('Y-tunnus: 0832600-5') + 'Y-tunnus: 08326'.length);
    const result = parse(cut);
    expect(result.record!.organisation.businessId).toBeNull();
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.severity, d.rule, d.line])).toEqual([['error', 'text-cut-off', 27], ['warning', 'value-cut-off', 27]]);
    expect(result.diagnostics.find((d) => d.rule === 'text-cut-off')!.message).toContain('the required "Y-tunnus"');
  });
});

describe('audit round 12: yes/no answers written in other forms', () => {
  const analysis = (answerLine: string) => {
    const text = rewrite(seed004, 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', `Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: ${answerLine}`);
    const result = parse(text);
    return { value: result.record!.horizontalPrinciples.genderEquality.environmentAnalysis, said: result.diagnostics.filter((d) => d.path === '/horizontalPrinciples/genderEquality/environmentAnalysis').map((d) => [d.severity, d.rule, d.line]) };
  };
  const below = parse(seed004).record!.horizontalPrinciples.genderEquality.environmentAnalysis.text!;
  it('an answer qualified by the word after it (`Ei vielä, …`) is read, with a warning, its words starting the text; `Ei ole, koska …` is no with its explanation', () => {
    expect(analysis('Ei vielä, analyysi tehdään syksyllä.')).toEqual({ value: { answer: false, text: `vielä, analyysi tehdään syksyllä.\n${below}` }, said: [['warning', 'invalid-value', 131]] });
    expect(analysis('Ei ole, koska hanke kohdistuu koneisiin.')).toEqual({ value: { answer: false, text: `koska hanke kohdistuu koneisiin.\n${below}` }, said: [['info', 'normalised-value', 131]] });
  });
  it('an answer followed by a sentence of its own without a comma is read, noted', () => {
    expect(analysis('Kyllä Satama-ala on yhä selvästi miesvaltainen.')).toEqual({ value: { answer: true, text: `Satama-ala on yhä selvästi miesvaltainen.\n${below}` }, said: [['info', 'normalised-value', 131]] });
  });
  it('an answer that cannot be read keeps what was written as its text\'s start (it was lost)', () => {
    expect(analysis('Tehdään myöhemmin, kun aineisto on koottu.')).toEqual({ value: { answer: null, text: `Tehdään myöhemmin, kun aineisto on koottu.\n${below}` }, said: [['warning', 'invalid-value', 131]] });
  });
  it('guard: a one-letter answer before a name is no answer of its own (`E Virtanen`)', () => {
    expect(analysis('E Virtanen teki analyysin.').value.answer).toBeNull();
  });
});

describe('audit round 12: the sustainability table in a hard-wrapped copy', () => {
  it('a row of a known criterion with one score is a row of its own in every shape, not the explanation above\'s end', () => {
    for (const [from, to, criterion] of [['Natura 2000 -ohjelman kohteet 5 8', 'Natura 2000 -ohjelman kohteet 5', 'Natura 2000 -ohjelman kohteet'], ['Kulttuuriympäristö 4 8', 'Kulttuuriympäristö 4', 'Kulttuuriympäristö']]) {
      const text = rewrite(seed004, from, to);
      for (const shape of shapes) {
        const result = parse(inShape(text, shape));
        const rows = result.record!.horizontalPrinciples.sustainableDevelopment;
        expect(rows.length, `${to} ${shape}`).toBe(15);
        expect(rows.filter((r) => r.direct === null).map((r) => r.criterion), `${to} ${shape}`).toEqual([criterion]);
        expect(result.diagnostics.filter((d) => d.rule === 'missing-score').length, `${to} ${shape}`).toBe(1);
      }
    }
  });
});

describe('audit round 12: labels and codes retyped by people', () => {
  it('a label with its hyphen dropped or spaced, a remark in brackets, an enumerator or a second language is the layout\'s label, noted', () => {
    for (const [from, to, path, value] of [
      ['Y-tunnus: 0832600-5', 'Ytunnus: 0832600-5', '/organisation/businessId', '0832600-5'],
      ['Y-tunnus: 0832600-5', 'Y tunnus: 0832600-5', '/organisation/businessId', '0832600-5'],
      ['Y-tunnus: 0832600-5', 'Y-tunnus / Business ID: 0832600-5', '/organisation/businessId', '0832600-5'],
      ['Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi (suomeksi): Välittävät verkostot', '/project/name', 'Välittävät verkostot'],
      ['Hankekoodi: S20078', '1) Hankekoodi: S20078', '/project/code', 'S20078'],
    ]) {
      const result = parse(rewrite(seed004, from, to));
      expect(result.ok, to).toBe(true);
      expect(result.unmapped, to).toEqual([]);
      const said = result.diagnostics.filter((d) => d.path === path);
      expect(said.map((d) => [d.severity, d.rule]), to).toEqual([['info', 'normalised-value']]);
      expect(said[0].message, to).toContain(`"${to.slice(0, to.lastIndexOf(':'))}" read as the label`);
      expect(JSON.stringify(result.record), to).toContain(JSON.stringify(value));
    }
  });
  it('guard: an unknown label in a text stays unknown (`Tavoite:` is no label of the layout)', () => {
    const result = parse(rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: Välittävät verkostot\nTavoite (uusi): parempi arki'));
    expect(result.diagnostics.some((d) => d.rule === 'normalised-value' && d.message.includes('Tavoite'))).toBe(false);
  });
  it('a project code in quotes or brackets, or with a remark in brackets, is the code, noted', () => {
    for (const written of ['S20078 (ESR)', '[S20078]', '"S20078"', 'S20078 (EURA 2014)']) {
      const result = parse(rewrite(seed004, 'Hankekoodi: S20078', `Hankekoodi: ${written}`));
      expect(result.record!.project.code, written).toBe('S20078');
      expect(result.diagnostics.filter((d) => d.path === '/project/code').map((d) => [d.severity, d.rule]), written).toEqual([['info', 'normalised-value']]);
    }
  });
});

describe('audit round 12: a page\'s programme period and fund from what it says', () => {
  it('`Ohjelmakausi:` among the facts is the programme period; a start of another period is said', () => {
    const stated = parse(rewrite(page, 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY\nOhjelmakausi: 2007–2013'));
    expect(stated.record!.programmePeriod).toBe('2007-2013');
    expect(stated.diagnostics.filter((d) => d.path === '/programmePeriod').map((d) => [d.severity, d.rule]).sort()).toEqual([['info', 'normalised-value'], ['warning', 'invalid-value']]);
  });
  it('an EURA id that is a project code gives the fund by its letter where the page names none, and is said where it contradicts it', () => {
    const unnamed = rewrite(rewrite(page, 'Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa', 'Toimintalinja 5 | 01.05.2017 – 30.04.2020 | Pohjanmaa'), 'Toimintalinja: Toimintalinja 5 (ESR)', 'Toimintalinja: Toimintalinja 5');
    expect(parse(unnamed).record!.fund).toBeNull();
    const bare = parse(rewrite(unnamed, 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', 'EURA-tunnus: S20871'));
    expect(bare.record!.fund).toBe('ESR');
    expect(bare.diagnostics.filter((d) => d.path === '/fund').map((d) => [d.severity, d.rule])).toEqual([['info', 'normalised-value']]);
    const other = parse(rewrite(page, 'EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY', 'EURA-tunnus: A70345'));
    expect(other.record!.fund).toBe('ESR');
    expect(other.diagnostics.filter((d) => d.path === '/fund').map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-value']]);
  });
});

describe('audit round 12: yes/no answers that say nothing more', () => {
  const analysis = (answerLine: string) => parse(rewrite(seed004, 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', `Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: ${answerLine}`)).record!.horizontalPrinciples.genderEquality.environmentAnalysis;
  const below = parse(seed004).record!.horizontalPrinciples.genderEquality.environmentAnalysis.text!;
  it('`Ei ole` is no; `-` and `Kesken.` are not put in the text', () => {
    expect(analysis('Ei ole')).toEqual({ answer: false, text: below });
    expect(analysis('-')).toEqual({ answer: null, text: below });
    expect(analysis('Kesken.')).toEqual({ answer: null, text: below });
  });
});

describe('audit round 12: two organisations one below the other in a page\'s facts', () => {
  it('a second whole organisation name right below the first is said with a warning; an organisation\'s unit below it stays a note', () => {
    const two = parse(rewrite(page, 'Hankkeen rahoittaja: Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus', 'Hankkeen rahoittaja: Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus\nEtelä-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus'));
    expect(two.diagnostics.filter((d) => d.path === '/project/managingAuthority').map((d) => [d.severity, d.rule])).toEqual([['warning', 'value-wrapped']]);
    const unit = parse(rewrite(page, 'Toteuttajaorganisaatio: Vaasan kaupunki', 'Toteuttajaorganisaatio: Vaasan kaupunki\nSosiaalipalvelut'));
    expect(unit.diagnostics.filter((d) => d.path === '/organisation/name').map((d) => [d.severity, d.rule])).toEqual([['info', 'value-wrapped']]);
  });
});

describe('audit round 12: periods written in other forms', () => {
  const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
  const period = (written: string) => {
    const result = parse(rewrite(seed000, 'Suunnitelman mukainen toteutusaika: Alkaa 1.9.2008 ja päättyy 31.8.2011', `Suunnitelman mukainen toteutusaika: ${written}`));
    return { value: result.record!.project.period, said: result.diagnostics.filter((d) => d.path === '/project/period').map((d) => [d.severity, d.rule]), ok: result.ok };
  };
  it('months in words and years of two digits are read, said (they were a false error)', () => {
    expect(period('Alkaa 1. syyskuuta 2008 ja päättyy 31. elokuuta 2011')).toEqual({ value: { start: '2008-09-01', end: '2011-08-31' }, said: [['info', 'normalised-value'], ['info', 'normalised-value']], ok: true });
    // (A year of two digits may as well be a four-digit one cut short: a warning.)
    expect(period('Alkaa 1.9.08 ja päättyy 31.8.11')).toEqual({ value: { start: '2008-09-01', end: '2011-08-31' }, said: [['warning', 'normalised-value'], ['warning', 'normalised-value']], ok: true });
    expect(period('Start 1 September 2008 and end 31 August 2011').value).toEqual({ start: '2008-09-01', end: '2011-08-31' });
  });
  it('a year of two digits that would make the period run too long or backwards is not read, with a warning', () => {
    expect(period('Alkaa 1.9.2008 ja päättyy 31.8.20')).toEqual({ value: { start: '2008-09-01', end: null }, said: [['warning', 'invalid-date']], ok: true });
  });
});

describe('audit round 12: the round\'s reviews (guards of the fixes above)', () => {
  it('a label joining two fields (`Vastuuhenkilön nimi / asema`) stays unknown; a label retyped twice, or also written as it is, too', () => {
    const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
    const joined = parse(rewrite(seed000, 'Vastuuhenkilön nimi: Anna Keto-Tokoi', 'Vastuuhenkilön nimi / asema: Anna Keto-Tokoi / projektipäällikkö'));
    expect(joined.record!.contact.name).toBeNull();
    const twice = parse(rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi (englanniksi): Caring networks\n\nHankkeen nimi: Välittävät verkostot'));
    expect(twice.record!.project.name).toBe('Välittävät verkostot');
  });
  it('a list item or a sentence naming cookies at a text\'s end stays text; a title broken over two lines is no menu', () => {
    const list = parse(`${page.trimEnd()}\n\nTuloksena syntyivät:\n- uusi asiointipalvelu\n- evästekäytännön päivitys\n- palautekanava\n`);
    expect(JSON.stringify(list.record)).toContain('palautekanava');
    const title = parse(page.replace('Osallisuuden askeleet työllistymispoluille\n', 'Osallisuuden askeleet\ntyöllistymispoluille\n').replace('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.\n', 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.\n\nHanke toteutetaan Vaasassa.\n'));
    expect(title.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
  });
  it('a name going on after its dash, or its Y-tunnus below its label, is one entry', () => {
    expect(parse(jointProject(['Vahva Oy, 5908301-5', 'Jyväskylän koulutuskuntayhtymä –', 'Gradia, 6789012-4'])).record!.organisation.coImplementers).toEqual([
      { name: 'Vahva Oy', businessId: '5908301-5' },
      { name: 'Jyväskylän koulutuskuntayhtymä – Gradia', businessId: '6789012-4' },
    ]);
    expect(parse(jointProject(['Karstulan kunta, Y-tunnus:', '6789012-4'])).record!.organisation.coImplementers).toEqual([{ name: 'Karstulan kunta', businessId: '6789012-4' }]);
  });
  it('both answers written (`Kyllä Ei X`) is no answer', () => {
    const result = parse(rewrite(seed004, 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä Ei X'));
    expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis.answer).toBeNull();
  });
  it('a whole date on the line where a copy is cut is read; the cut stays a warning', () => {
    const cut = page.slice(0, page.indexOf('Lopetuspäivä: 30.04.2020') + 'Lopetuspäivä: 30.04.2020'.length);
    const result = parse(cut);
    expect(result.record!.project.period.end).toBe('2020-04-30');
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.severity)).toEqual(['warning']);
  });
  it('a city in its other language agrees (`Vaasa` / `Vasa`); a code with another code in brackets is said', () => {
    const address = rewrite(rewrite(rewrite(seed004, 'Jakeluosoite: PL 13', 'Jakeluosoite: Kauppakatu 1, 65100 Vaasa'), 'Postinumero: 93601', 'Postinumero: 65100'), 'Postitoimipaikka: Kuusamo', 'Postitoimipaikka: Vasa');
    const read = parse(address);
    expect(read.record!.organisation.address).toEqual({ street: 'Kauppakatu 1', postalCode: '65100', city: 'Vasa' });
    expect(read.diagnostics.filter((d) => d.path?.startsWith('/organisation/address')).map((d) => d.severity)).toEqual(['info']);
    const code = parse(rewrite(seed004, 'Hankekoodi: S20078', 'Hankekoodi: S20078 (A71234)'));
    expect(code.diagnostics.filter((d) => d.path === '/project/code').map((d) => [d.severity, d.rule])).toEqual([['warning', 'normalised-value']]);
  });
});

describe('audit round 12: the next section\'s heading pasted into the text before it', () => {
  it('stays the text\'s, said, when the real heading stands right below it with no other heading between', () => {
    for (const pasted of ['4. Hankkeen kohderyhmät', '4 Hankkeen kohderyhmät']) {
      const text = seed004.replace('\n4 Hankkeen kohderyhmät\n', `\n${pasted}\n\nHankkeen aikana kokeillaan yhteisiä jaksoja.\n\n4 Hankkeen kohderyhmät\n`);
      expect(text).not.toBe(seed004);
      const result = parse(text);
      const tidy = parse(seed004).record!;
      expect(result.record!.summary, pasted).toBe(`${tidy.summary}\n\n${pasted}\n\nHankkeen aikana kokeillaan yhteisiä jaksoja.`);
      expect(result.record!.targetGroups, pasted).toEqual(tidy.targetGroups);
      expect(result.unmapped, pasted).toEqual([]);
      expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule), pasted).toEqual(['heading-in-text']);
    }
  });
});

describe('audit round 12: a copy cut right after a heading\'s number written with a bracket', () => {
  it('`4.2)` or `4)` as the last line is the cut, said', () => {
    for (const number of ['4.1)', '4)', '4 b)']) {
      const cut = `${seed004.slice(0, seed004.indexOf('\n4 Hankkeen kohderyhmät\n'))}\n\n${number}`;
      const result = parse(cut);
      expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').length, number).toBe(1);
    }
  });
});

describe('audit round 12: one-letter yes/no answers', () => {
  it('`K` and `E` are read, noted', () => {
    const result = parse(rewrite(seed004, 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: K'));
    expect(result.record!.horizontalPrinciples.genderEquality.environmentAnalysis.answer).toBe(true);
    expect(result.diagnostics.filter((d) => d.path === '/horizontalPrinciples/genderEquality/environmentAnalysis').map((d) => [d.severity, d.rule, d.line])).toEqual([['info', 'normalised-value', 131]]);
  });
});

describe('audit round 12: the whole country said in a sentence', () => {
  it('`Valtakunnallinen projekti.` as the first sentence, or `Projekti on valtakunnallinen.`, is nationwide', () => {
    const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
    const at = seed000.indexOf('3.1 Maantieteellinen kohdealue\n');
    expect(at).toBeGreaterThan(0);
    for (const sentence of ['Valtakunnallinen projekti. Toimintaa on erityisesti Kainuussa.', 'Projekti on valtakunnallinen.']) {
      const text = seed000.replace('3.1 Maantieteellinen kohdealue\n\n', `3.1 Maantieteellinen kohdealue\n\n${sentence}\n\n`);
      expect(parse(text).record!.targetArea.nationwide, sentence).toBe(true);
    }
  });
});

describe('audit round 12: a page\'s summary bar with a part empty or its status', () => {
  it('an empty part (`–`) or the status (`Hanke päättynyt`) is no region', () => {
    for (const bar of ['Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa | Hanke käynnissä', 'Toimintalinja 5 (ESR) |  –  | Pohjanmaa']) {
      const result = parse(rewrite(page, 'Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa', bar));
      expect(result.record!.targetArea.regions, bar).toEqual(['Pohjanmaa']);
      expect(result.diagnostics.filter((d) => d.severity !== 'info'), bar).toEqual(parse(page).diagnostics.filter((d) => d.severity !== 'info'));
    }
  });
});

describe('audit round 12: a one-line address (2007–2013) written otherwise', () => {
  const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
  const address = (written: string) => parse(rewrite(seed000, 'Osoite: PL 30', `Osoite: ${written}`)).record!.organisation.address;
  it('a semicolon or a dash before the postal code separates it; a municipality alone is the city', () => {
    expect(address('Ketunpolku 1; 87100 Kajaani')).toEqual({ street: 'Ketunpolku 1', postalCode: '87100', city: 'Kajaani' });
    expect(address('Ketunpolku 1 - 87100 Kajaani')).toEqual({ street: 'Ketunpolku 1', postalCode: '87100', city: 'Kajaani' });
    expect(address('Kajaani')).toEqual({ street: null, postalCode: null, city: 'Kajaani' });
  });
});

describe('audit round 12: a count with a sentence\'s full stop', () => {
  it('`120, joista naisia 60.` reads its women as `120, joista naisia 60` does', async () => {
    const n = await import('../src/map/normalise.js');
    expect(n.parseIndicator('120, joista naisia 60.')).toEqual(n.parseIndicator('120, joista naisia 60'));
    expect(n.parseIndicator('120.').value).toEqual({ total: 120, women: null });
  });
});

describe('audit round 12: a Y-tunnus with its former one in a remark', () => {
  it('the first is read, said; a remark that may name the current one leaves both unread', () => {
    const former = parse(rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus: 0832600-5\n(Y-tunnus muuttunut 2017, vanha 1572860-0)'));
    expect(former.record!.organisation.businessId).toBe('0832600-5');
    expect(former.ok).toBe(true);
    expect(former.diagnostics.filter((d) => d.path === '/organisation/businessId' && d.severity === 'warning').map((d) => d.rule)).toEqual(['normalised-value']);
    const current = parse(rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus: 0832600-5 (nyk. 1572860-0, ent. nimi Kuusamon Opisto)'));
    expect(current.record!.organisation.businessId).not.toBe('0832600-5');
  });
});

describe('audit round 12: the third review (guards)', () => {
  const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
  it('a prose section\'s heading written again inside its own text (a running header) leaves the first where it is', () => {
    const summaryHeading = '5. Suunnitelman mukainen tiivistelmä toteutuksesta';
    expect(seed000).toContain(`${summaryHeading}\n`);
    const tidy = parse(seed000).record!;
    const at = seed000.indexOf('\n\n', seed000.indexOf(`${summaryHeading}\n`) + summaryHeading.length + 2);
    const repeated = `${seed000.slice(0, at)}\n\n${summaryHeading}${seed000.slice(at)}`;
    const result = parse(repeated);
    expect(result.record!.summary!.startsWith(tidy.summary!.slice(0, 200))).toBe(true);
    expect(result.unmapped).toEqual([]);
  });
  it('a unit below its organisation\'s name stays a note; two of one kind are a warning', () => {
    const two = (below: string) => parse(rewrite(page, 'Toteuttajaorganisaatio: Vaasan kaupunki', `Toteuttajaorganisaatio: Vaasan kaupunki\n${below}`)).diagnostics.filter((d) => d.path === '/organisation/name').map((d) => d.severity);
    expect(two('Vaasan aikuisopisto')).toEqual(['info']);
    // (A municipality is no other's unit: `Mustasaaren kunta` below `Vaasan kaupunki` names a second organisation, said since
    // round 79, audit WF.)
    expect(two('Mustasaaren kunta')).toEqual(['warning']);
    expect(two('Seinäjoen kaupunki')).toEqual(['warning']);
  });
  it('`Ei ole` before a word in lower case is no answer of its own', () => {
    const result = parse(rewrite(seed004, 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Kyllä', 'Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: Ei ole tehty, koska hanke on pieni.'));
    expect(result.diagnostics.filter((d) => d.path === '/horizontalPrinciples/genderEquality/environmentAnalysis').map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('audit round 12: a status in a page\'s summary bar', () => {
  it('is read where the page has no status line, and a difference from the line is said', () => {
    const bar = 'Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa';
    const noLine = parse(rewrite(rewrite(page, bar, `${bar} | Hanke päättynyt`), 'Hanke käynnissä', ''));
    expect(noLine.record!.project.status).toEqual({ text: 'Hanke päättynyt', state: 'ended' });
    const differs = parse(rewrite(page, bar, `${bar} | Hanke päättynyt`));
    expect(differs.record!.project.status!.state).toBe('ongoing');
    expect(differs.diagnostics.filter((d) => d.rule === 'summary-bar-mismatch').map((d) => d.path)).toEqual(['/project/status']);
  });
});

describe('audit round 12: values nothing says are said', () => {
  it('a fund nothing says, and the whole country mentioned otherwise, are null with an info', () => {
    const noTitle = parse(seed004.replace('Euroopan unioni Vipuvoimaa EU:lta\n', '').replace(/^Euroopan sosiaalirahaston \(ESR\) rahoittaman hankkeen kuvaus\n/m, '').replace('Hankekoodi: S20078\n', 'Hankekoodi:\n'), { template: 'esr-2014-2020' });
    expect(noTitle.record!.fund).toBeNull();
    expect(noTitle.diagnostics.filter((d) => d.path === '/fund').map((d) => [d.severity, d.rule])).toEqual([['info', 'empty-value']]);
    const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
    const area = seed000.replace('3.1 Maantieteellinen kohdealue\n\n', '3.1 Maantieteellinen kohdealue\n\nHanke toteutetaan valtakunnallisesti.\n\n').replace(/^Maakunnat:.*\n/m, 'Maakunnat:\n').replace(/^Seutukunnat:.*\n/m, 'Seutukunnat:\n').replace(/^Kunnat:.*\n/m, 'Kunnat:\n');
    const result = parse(area);
    expect(result.record!.targetArea.nationwide).toBeNull();
    expect(result.diagnostics.filter((d) => d.path === '/targetArea/nationwide').map((d) => [d.severity, d.rule])).toEqual([['info', 'normalised-value']]);
  });
});

describe('audit round 12: the final review (guards)', () => {
  it('a paragraph of the text that mentions cookies, before a cookie notice after a blank line, stays the text\'s', () => {
    const last = 'Lisäksi selvitettiin, miten evästeitä käytetään pienten yritysten rekrytointisivuilla ja hakulomakkeilla.';
    const result = parse(`${seed004.trimEnd()}\n\n${last}\n\nKäytämme evästeitä.\nHyväksy\nAsetukset\n`);
    expect(result.record!.finalReportSummary!.endsWith(last)).toBe(true);
  });
});

describe('audit round 12: the final review\'s misses', () => {
  const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
  it('a label in two languages whose second is another layout\'s (`Y-tunnus / Business ID` in 2007–2013) is the label', () => {
    const line = seed000.split('\n').find((l) => l.startsWith('Y-tunnus:'))!;
    const result = parse(rewrite(seed000, line, line.replace('Y-tunnus:', 'Y-tunnus / Business ID:')));
    expect(result.record!.organisation.businessId).toBe(parse(seed000).record!.organisation.businessId);
    expect(result.ok).toBe(true);
  });
  it('a former Y-tunnus named so right before it is read past, also after a word of the current one (`uusi … vanha …`, `ennen …`)', () => {
    for (const remark of ['(uusi 1.1.2009 alkaen, vanha 0245437-2)', '(1.1.2009 alkaen; ennen 0245437-2)']) {
      const result = parse(rewrite(seed004, 'Y-tunnus: 0832600-5', `Y-tunnus: 0832600-5 ${remark}`));
      expect(result.record!.organisation.businessId, remark).toBe('0832600-5');
      expect(result.ok, remark).toBe(true);
    }
  });
});

describe('audit round 12: positions after Word\'s manual line breaks', () => {
  it('a diagnostic, a tree node and a code frame point at the file\'s line and column, not the text\'s as read', () => {
    const text = seed004.replace('Jakeluosoite: PL 13\n\nPuhelinnumero: 040 860 8949\n\nPostinumero: 93601\n', 'Jakeluosoite: PL 13\u000bPuhelinnumero: 040 860 8949\u000bPostinumero: 9360\n');
    expect(text).not.toBe(seed004);
    const analysis = analyse(new TextEncoder().encode(text), { tree: true });
    const said = analysis.result.diagnostics.find((d) => d.rule === 'invalid-postal-code')!;
    expect([said.line, said.column, said.endLine, said.endColumn]).toEqual([29, 62, 29, 66]);
    const fileLine = text.split('\n')[28];
    expect(fileLine.slice(said.column! - 1, said.endColumn! - 1)).toBe('9360');
    expect(analysis.text!.split('\n')[28]).toBe(fileLine);
    const later = analysis.result.diagnostics.filter((d) => d.rule === 'missing-section' || d.rule === 'empty-value').map((d) => d.line);
    expect(later.every((line) => line === undefined || line <= text.split('\n').length)).toBe(true);
    // A line after them keeps its own number: the summary's heading.
    expect(analysis.result.record!.organisation.address.postalCode).toBe('9360');
    const headingLine = text.split('\n').indexOf('3 Suunnitelman mukainen tiivistelmä toteutuksesta') + 1;
    const tree = JSON.stringify(analysis.result.tree);
    expect(tree).toContain(`"number":"3","text":"Suunnitelman mukainen tiivistelmä toteutuksesta","position":{"start":{"line":${headingLine},`);
  });
});
