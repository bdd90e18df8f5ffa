// What the sixty-eighth round mended of its blind audits: DA (co-implementer and transfer-recipient
// blocks) and DB (what a user downstream gets: output formats and positions). Each case is a seed with
// one change, tidy or in a derived shape; the mends' cases fail on the round's start (fd773ca), the
// guards pass on both.
import { describe, expect, it } from 'vitest';
import { stylish } from '../src/format/reporters.js';
import { parse, parseBytes } from '../src/index.js';
import { rewrite, seed } from './helpers/edits.js';
import { deriveShape } from './helpers/shapes.js';

const seed2014 = seed('004_3bb6e26593869c78');
const ARRANGEMENT = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija';
const withBlock = (arrangement: string, block: string) => rewrite(seed2014, ARRANGEMENT, `Hakijoiden lukumäärä tai tuen siirto -menettely: ${arrangement}\n\n${block}`);

describe('sixty-eighth round, audit DA: co-implementer and transfer-recipient blocks', () => {
  it('a list headed `Tuensiirron saajat` is the transfer recipients\', as written and flattened (was unmapped, or the summary\'s start unsaid)', () => {
    const text = withBlock('Tuen siirto', 'Tuensiirron saajat\n\nLapinlahden kunta, 2345671-3\nKoivikon Kehitys Oy, 3456782-2');
    for (const [shape, plain] of [[text, seed2014], [deriveShape(text, 'noblank'), deriveShape(seed2014, 'noblank')], [deriveShape(text, 'flat'), deriveShape(seed2014, 'flat')]]) {
      const result = parse(shape);
      expect(result.record!.organisation.transferRecipients).toEqual([
        { name: 'Lapinlahden kunta', businessId: '2345671-3' },
        { name: 'Koivikon Kehitys Oy', businessId: '3456782-2' },
      ]);
      expect(result.record!.summary).toBe(parse(plain).record!.summary);
    }
  });

  it('the heading written `Tuen siirron saajat` is still read as the layout\'s, said (guard: two labels of one field squashed alike are no doubt); `Tuensiirronsaajat` is read too (was unmapped, said)', () => {
    const spaced = parse(withBlock('Tuen siirto', 'Tuen siirron saajat\n\nLapinlahden kunta, 2345671-3'));
    expect(spaced.record!.organisation.transferRecipients).toEqual([{ name: 'Lapinlahden kunta', businessId: '2345671-3' }]);
    expect(spaced.diagnostics.filter((d) => d.path === '/organisation/transferRecipients').map((d) => [d.rule, d.message])).toEqual([['normalised-value', '"Tuen siirron saajat" read as the label "Tuen siirronsaajat"']]);
    const joined = parse(withBlock('Tuen siirto', 'Tuensiirronsaajat\n\nLapinlahden kunta, 2345671-3'));
    expect(joined.record!.organisation.transferRecipients).toEqual([{ name: 'Lapinlahden kunta', businessId: '2345671-3' }]);
    expect(joined.unmapped).toEqual([]);
  });

  it('the English label `Number of applicants or support transfer procedure` is the arrangement\'s (was unmapped)', () => {
    const text = rewrite(seed2014, ARRANGEMENT, 'Number of applicants or support transfer procedure: Only one applicant');
    expect(parse(text).record!.organisation.applicantArrangement).toBe('Only one applicant');
    expect(parse(text).unmapped).toEqual([]);
  });

  it('an entry of one word with its Y-tunnus right below one without is said as perhaps the end of that one, wrapped (was unsaid)', () => {
    const text = withBlock('Hakijoita on useampi kuin yksi (yhteishanke)', 'Osatoteuttajat\n\nLapinlahden kunta, 2345671-3\nYrkeshögskolan Norden\nVasa, 3456782-2');
    const result = parse(text);
    expect(result.record!.organisation.coImplementers.map((entry) => entry.name)).toEqual(['Lapinlahden kunta', 'Yrkeshögskolan Norden', 'Vasa']);
    const lines = text.split('\n');
    expect(result.diagnostics.filter((d) => d.path === '/organisation/coImplementers/2').map((d) => [d.rule, d.line])).toEqual([['possibly-wrapped', lines.indexOf('Vasa, 3456782-2') + 1]]);
  });

  it('a legal form written out (`Osakeyhtiö`), or two (`Oy Ab`), alone before a Y-tunnus ends the entry above, as `Oy` does (was an entry of its own, unsaid; review DC)', () => {
    for (const [written, name] of [['Pohjoisen ammattikorkeakoulu\nOsakeyhtiö, 3456782-2', 'Pohjoisen ammattikorkeakoulu Osakeyhtiö'], ['Koivikon Kehitys\nOy Ab, 3456782-2', 'Koivikon Kehitys Oy Ab']]) {
      const result = parse(withBlock('Hakijoita on useampi kuin yksi (yhteishanke)', `Osatoteuttajat\n\nLapinlahden kunta, 2345671-3\n${written}`));
      expect(result.record!.organisation.coImplementers).toEqual([
        { name: 'Lapinlahden kunta', businessId: '2345671-3' },
        { name, businessId: '3456782-2' },
      ]);
      expect(result.diagnostics.filter((d) => d.path?.startsWith('/organisation/coImplementers/')).map((d) => [d.severity, d.rule])).toEqual([['info', 'normalised-value']]);
    }
  });

  it('an entry of one word below an entry with its Y-tunnus, a blank line, a whole name (`… Oy`, `… kunta`) or with its list\'s marker is not said (guards, review DC)', () => {
    for (const block of ['Osatoteuttajat\n\nLapinlahden kunta, 2345671-3\nSitra, 3456782-2', 'Osatoteuttajat\n\nPohjoisen ammattikorkeakoulu\n\nSitra, 3456782-2', 'Osatoteuttajat\n\nKoivikon Kehitys Oy\nSitra, 3456782-2', 'Osatoteuttajat\n\nLapinlahden kunta\nSitra, 3456782-2', 'Osatoteuttajat\n\n- Nordic Partners\n- Sitra, 3456782-2']) {
      const result = parse(withBlock('Hakijoita on useampi kuin yksi (yhteishanke)', block));
      expect(result.record!.organisation.coImplementers.at(-1)).toEqual({ name: 'Sitra', businessId: '3456782-2' });
      expect(result.diagnostics.filter((d) => d.rule === 'possibly-wrapped')).toEqual([]);
    }
  });
});

describe('sixty-eighth round, audit DB: positions as an editor shows the file', () => {
  it('a CRLF file with a line end converted twice (CR CR LF): read as one line break, positions on the lines an editor shows (were one line early after it)', () => {
    const text = rewrite(seed2014, 'Y-tunnus: 0832600-5', 'Y-tunnus: 0832600-4');
    const crlf = text.replace(/\n/gu, '\r\n').replace('\r\n', '\r\r\n');
    const result = parseBytes(new TextEncoder().encode(crlf));
    // (Read as the CRLF copy is, the line of the Y-tunnus one further down, as an editor numbers it.)
    const tidy = parseBytes(new TextEncoder().encode(text.replace(/\n/gu, '\r\n')));
    expect(result.record).toEqual(tidy.record);
    const idLine = (r: typeof result) => r.diagnostics.find((d) => d.rule === 'invalid-business-id')!.line!;
    expect(idLine(result)).toBe(idLine(tidy) + 1);
    expect(crlf.split(/\r\n|\r|\n/u)[idLine(result) - 1]).toBe('Y-tunnus: 0832600-4');
    expect(result.diagnostics.filter((d) => d.rule === 'invisible-characters').map((d) => d.severity)).toEqual(['info']);
  });

  it('columns on a line with invisible characters (a zero-width space, soft hyphens) are those an editor shows, the characters counted (were the text\'s without them)', () => {
    const text = rewrite(rewrite(seed2014, 'Y-tunnus: 0832600-5', 'Y-tunnus:\u200b 0832600-4'), 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', 'Yhteyshenkilön sähkö\u00adposti\u00adsoite: anne.multas.ksak.fi');
    const result = parse(text);
    const line = (needle: string) => text.split('\n').find((l) => l.includes(needle))!;
    const id = result.diagnostics.find((d) => d.rule === 'invalid-business-id')!;
    expect(line('0832600-4').slice(id.column! - 1, id.endColumn! - 1)).toBe('0832600-4');
    expect(result.diagnostics.find((d) => d.rule === 'invisible-characters')!.message).toMatch(/columns are those of the file's lines, with them$/u);
    const email = result.diagnostics.find((d) => d.rule === 'invalid-email')!;
    expect(line('anne.multas.ksak.fi').slice(email.column! - 1, email.endColumn! - 1)).toBe('anne.multas.ksak.fi');
    // (Decomposed letters too on such a line, `o` and a combining diaeresis: composed and the invisible ones passed over, each column the file's.)
    const both = rewrite(text, 'Yhteyshenkilön sähkö\u00adposti\u00adsoite: anne.multas.ksak.fi', 'Yhteyshenkilo\u0308n sa\u0308hko\u0308\u00adposti\u00adsoite:\u200b anne.multas.ksak.fi');
    const bothEmail = parse(both).diagnostics.find((d) => d.rule === 'invalid-email')!;
    expect(both.split('\n').find((l) => l.includes('anne.multas.ksak.fi'))!.slice(bothEmail.column! - 1, bothEmail.endColumn! - 1)).toBe('anne.multas.ksak.fi');
  });

  it('a reply\'s quoted copy with invisible characters keeps its columns those of the text as read, as its diagnostic says (guard)', () => {
    const text = rewrite(seed2014, 'Y-tunnus: 0832600-5', 'Y-tunnus:\u200b 0832600-4').split('\n').map((l) => `> ${l}`).join('\n');
    const result = parse(text);
    const id = result.diagnostics.find((d) => d.rule === 'invalid-business-id')!;
    expect(id.column).toBe(11);
    expect(result.diagnostics.find((d) => d.rule === 'invisible-characters')!.message).toMatch(/positions are in the text without them$/u);
  });

  it('a code frame leaves a line\'s zero-width characters out and puts its carets under the value (review DC)', () => {
    const text = rewrite(seed2014, 'Y-tunnus: 0832600-5', 'Y\u200d-tunnus: \u200e0832600-4');
    const result = parse(text);
    const frame = stylish([{ file: 'f.txt', diagnostics: result.diagnostics.filter((d) => d.rule === 'invalid-business-id'), text }], { minimum: 'info' }).split('\n').slice(2, 4);
    expect(frame[0]).toBe('    > 27 | Y-tunnus: 0832600-4');
    expect(frame[1]).toBe('         |           ^^^^^^^^^');
  });

  it('a 2014–2020 copy without its section 5, the sections around its place there, says it is missing, as written and flattened (was no diagnostic: `validate --strict` passed it)', () => {
    const from = seed2014.indexOf('5 Projektin julkinen rahoitus, euroa');
    const text = seed2014.slice(0, from) + seed2014.slice(seed2014.indexOf('6 Maantieteellinen kohdealue'));
    for (const shape of [text, deriveShape(text, 'noblank'), deriveShape(text, 'flat')]) {
      const result = parse(shape);
      expect(result.record!.funding.grantedEuAndState).toBeNull();
      expect(result.diagnostics.filter((d) => d.rule === 'missing-section').map((d) => [d.severity, d.message])).toEqual([['warning', 'Section 5 "Projektin julkinen rahoitus, euroa" is missing: the copy has sections of the layout before and after its place, and the register\'s print has it always']]);
    }
  });

  it('a copy that ends before a section the register always prints, or the whole seed, says nothing of it (guards)', () => {
    const prefix = seed2014.slice(0, seed2014.indexOf('5 Projektin julkinen rahoitus, euroa'));
    for (const text of [seed2014, prefix]) expect(parse(text).diagnostics.filter((d) => d.rule === 'missing-section' && d.message.includes('print'))).toEqual([]);
  });

  it('not said of a copy cut after section 5 with a sentence below, of one with sections out of order, nor of a flattened copy\'s 7.1 and 7.2 (guards, review DD)', () => {
    const printed = (text: string) => parse(text).diagnostics.filter((d) => d.rule === 'missing-section' && d.message.includes('print'));
    const cut = `${seed2014.slice(0, seed2014.indexOf('6 Maantieteellinen kohdealue'))}Lisätietoja hankkeesta saa projektipäälliköltä.\n`;
    const section5 = seed2014.slice(seed2014.indexOf('5 Projektin julkinen rahoitus, euroa'), seed2014.indexOf('6 Maantieteellinen kohdealue'));
    const section6 = seed2014.slice(seed2014.indexOf('6 Maantieteellinen kohdealue'), seed2014.indexOf('7 Hakemusvaiheessa'));
    const reordered = seed2014.replace(section5 + section6, section6 + section5);
    const without71 = seed2014.slice(0, seed2014.indexOf('7.1 Osallistuvien yritysten lukumäärä')) + seed2014.slice(seed2014.indexOf('7.2 Osallistuvien henkilöiden lukumäärä'));
    for (const text of [cut, deriveShape(cut, 'noblank'), reordered, deriveShape(reordered, 'noblank'), deriveShape(without71, 'flat')]) expect(printed(text)).toEqual([]);
    // (As written, the copy without 7.1 says so.)
    expect(printed(without71).map((d) => d.message.slice(0, 13))).toEqual(['Section 7.1 "']);
  });

  it('a lettered or Roman-numbered list\'s entries (`a. …` / `b. Sitra, …`, `i)` / `ii)`) are read apart, without their marks (was one entry, the marks in its name, with an info only; review DD)', () => {
    for (const [first, second] of [['a. Nordic Partners', 'b. Sitra, 2345671-3'], ['i) Nordic Partners', 'ii) Sitra, 2345671-3']]) {
      const result = parse(withBlock('Hakijoita on useampi kuin yksi (yhteishanke)', `Osatoteuttajat\n\n${first}\n${second}`));
      expect(result.record!.organisation.coImplementers).toEqual([
        { name: 'Nordic Partners', businessId: null },
        { name: 'Sitra', businessId: '2345671-3' },
      ]);
    }
  });

  it('a one-word entry below a foreign partner, or one whose missing Y-tunnus is explained, is not said wrapped (guards, review DD)', () => {
    for (const above of ['University of Tartu', 'Nordic Partners (ulkomainen)', 'Tallinn Partners AS']) {
      const result = parse(withBlock('Hakijoita on useampi kuin yksi (yhteishanke)', `Osatoteuttajat\n\n${above}\nSitra, 2345671-3`));
      expect(result.record!.organisation.coImplementers.at(-1)).toEqual({ name: 'Sitra', businessId: '2345671-3' });
      expect(result.diagnostics.filter((d) => d.rule === 'possibly-wrapped')).toEqual([]);
    }
  });
});
