// What the sixty-eighth round mended of its blind audits: DA (co-implementer and transfer-recipient
// blocks) and DB (what a user downstream gets: output formats and positions). Each case is a seed with
// one change, tidy or in a derived shape; the mends' cases fail on the round's start (fd773ca), the
// guards pass on both.
import { describe, expect, it } from 'vitest';
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

  it('the English label `Number of applicants or support transfer procedure` is the arrangement\'s (was unmapped)', () => {
    const text = rewrite(seed2014, ARRANGEMENT, 'Number of applicants or support transfer procedure: Only one applicant');
    expect(parse(text).record!.organisation.applicantArrangement).toBe('Only one applicant');
    expect(parse(text).unmapped).toEqual([]);
  });

  it('an entry of one word with its Y-tunnus right below one without is said as perhaps the end of that one, wrapped (was unsaid)', () => {
    const text = withBlock('Hakijoita on useampi kuin yksi (yhteishanke)', 'Osatoteuttajat\n\nLapinlahden kunta, 2345671-3\nPohjoisen ammattikorkeakoulu\nOsakeyhtiö, 3456782-2');
    const result = parse(text);
    expect(result.record!.organisation.coImplementers.map((entry) => entry.name)).toEqual(['Lapinlahden kunta', 'Pohjoisen ammattikorkeakoulu', 'Osakeyhtiö']);
    const lines = text.split('\n');
    expect(result.diagnostics.filter((d) => d.path === '/organisation/coImplementers/2').map((d) => [d.rule, d.line])).toEqual([['possibly-wrapped', lines.indexOf('Osakeyhtiö, 3456782-2') + 1]]);
  });

  it('an entry of one word below an entry with its Y-tunnus, or below a blank line, is not (guards)', () => {
    for (const block of ['Osatoteuttajat\n\nLapinlahden kunta, 2345671-3\nSitra, 3456782-2', 'Osatoteuttajat\n\nPohjoisen ammattikorkeakoulu\n\nSitra, 3456782-2']) {
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
});
