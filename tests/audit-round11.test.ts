// Values read wrong with no diagnostic, found by the eleventh round of audits and by the tenth
// round's known limits, each on a seed with one change: read right now, or said with a located
// diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed001 = readFileSync(`${root}fixtures/seeds/001_870e9aa13936b8c2.txt`, 'utf8');

/** `text` with the line `from` written as `to` (the line must be there). */
const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(`${from}\n`);
  return text.replace(`${from}\n`, `${to}\n`);
};

describe('audit round 11: copies passed through mail and web tables', () => {
  it('a web address a mail system or a social-media site wrapped in a redirect is the address it wraps, noted', () => {
    for (const [written, address] of [
      ['https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.thl.fi%2Faskel&data=05%7C01%7C&sdata=abc%3D&reserved=0', 'https://www.thl.fi/askel'],
      ['https://nam02.safelinks.protection.outlook.com/?url=http%3A%2F%2Fwww.thl.fi%2F&amp;data=02', 'http://www.thl.fi/'],
      ['https://www.google.com/url?q=https://www.thl.fi/askel&sa=D&ust=1600000000', 'https://www.thl.fi/askel'],
      ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.thl.fi%2Faskel&h=AT0', 'https://www.thl.fi/askel'],
      ['https://urldefense.com/v3/__https://www.thl.fi/askel__;!!ABCdef$', 'https://www.thl.fi/askel'],
    ]) {
      const result = parse(rewrite(seed001, 'Projektin kotisivun osoite: www.thl.fi/askel', `Projektin kotisivun osoite: ${written}`));
      expect(result.record!.project.websites, written).toEqual([address]);
      const said = result.diagnostics.filter((d) => d.path === '/project/websites');
      expect(said.map((d) => [d.severity, d.rule, d.line]), written).toEqual([['info', 'normalised-value', 39]]);
      expect(said[0].message).toContain('redirect');
    }
  });
  it('a redirect whose address cannot be read is kept as written, with a warning; a query of the site\'s own is no redirect', () => {
    const wrapped = 'https://eur01.safelinks.protection.outlook.com/?data=05%7C01';
    const result = parse(rewrite(seed001, 'Projektin kotisivun osoite: www.thl.fi/askel', `Projektin kotisivun osoite: ${wrapped}`));
    expect(result.record!.project.websites).toEqual([wrapped]);
    expect(result.diagnostics.filter((d) => d.path === '/project/websites').map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-url']]);
    const own = parse(rewrite(seed001, 'Projektin kotisivun osoite: www.thl.fi/askel', 'Projektin kotisivun osoite: www.thl.fi/haku?q=askel; www.syfo.fi'));
    expect(own.record!.project.websites).toEqual(['www.thl.fi/haku?q=askel', 'www.syfo.fi']);
  });
  it('a web table\'s cell border between a label and its value, or after the value, is no part of the value', () => {
    for (const written of ['Vastuuhenkilön nimi:| Jarno Karjalainen', 'Vastuuhenkilön nimi: | Jarno Karjalainen |', 'Vastuuhenkilön nimi: Jarno Karjalainen |']) {
      const result = parse(rewrite(seed001, 'Vastuuhenkilön nimi: Jarno Karjalainen', written));
      expect(result.record!.contact.name, written).toBe('Jarno Karjalainen');
      expect(result.diagnostics.filter((d) => d.path === '/contact/name'), written).toEqual([]);
    }
    // A cell left empty is an empty value.
    const empty = parse(rewrite(seed001, 'Vastuuhenkilön nimi: Jarno Karjalainen', 'Vastuuhenkilön nimi: |'));
    expect(empty.record!.contact.name).toBeNull();
  });
});
