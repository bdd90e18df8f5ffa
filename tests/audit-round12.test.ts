// Values read wrong with no diagnostic, personal data left in redacted outputs and misplaced
// locations, found by the twelfth round of audits, each on a seed with one change: read right
// now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { analyse } from '../src/pipeline.js';
import { redact, REDACTED } from '../src/redact.js';
import { root } from './helpers/fixtures.js';

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
  it('guard: a list\'s `(a)` and the word `at` in a sentence stay', async () => {
    const { redactEmails } = await import('../src/redact.js');
    expect(redactEmails('kohta (a) tai kohta (b)')).toBe('kohta (a) tai kohta (b)');
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
