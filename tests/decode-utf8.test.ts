import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`);

/** The character at a diagnostic's line and column of a decoded text. */
const at = (text: string, line: number, column: number) => text.split('\n')[line - 1][column - 1];

describe('a UTF-8 text with a few bad bytes stays UTF-8', () => {
  it('(cat seed; printf "\\xff\\n"): every ä and ö kept, the record made, one located warning', () => {
    const bytes = Buffer.concat([seed, Buffer.from([0xff, 0x0a])]);
    const original = parse(seed);
    const result = parse(bytes);
    expect(result.source.encoding).toBe('utf-8');
    expect(result.ok).toBe(true);
    expect(result.record!.project.name).toBe(original.record!.project.name);
    expect(result.record!.organisation.name).toBe(original.record!.organisation.name);
    expect(JSON.stringify(result.record)).toContain('ä');
    const lastLine = seed.toString('utf8').split('\n').length;
    const lastLength = seed.toString('utf8').split('\n').at(-1)!.length;
    expect(result.diagnostics.filter((d) => d.rule === 'encoding')).toEqual([
      {
        severity: 'warning',
        rule: 'encoding',
        message: 'A byte sequence that is not UTF-8 in a UTF-8 text; replaced by U+FFFD',
        line: lastLine,
        column: lastLength + 1,
        endLine: lastLine,
        endColumn: lastLength + 2,
      },
    ]);
  });

  it('locates each bad sequence (lone byte, cut-off sequence, surrogate) after ä, € and 𝄞, across CRLF and CR line breaks', () => {
    const bytes = Buffer.concat([
      Buffer.from('Projektin nimi: Käpyä höylää\r\n€ ja 𝄞 '),
      Buffer.from([0xe4]), // a Windows-1252 ä
      Buffer.from(' ok\rrivi '),
      Buffer.from([0xe2, 0x82]), // € without its last byte
      Buffer.from('x\n'),
      Buffer.from([0xed, 0xa0, 0x80]), // an encoded surrogate: three replacements
      Buffer.from('ö\n'),
    ]);
    const decoded = decode(bytes);
    if ('failure' in decoded) throw new Error('not decoded');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Projektin nimi: Käpyä höylää\n€ ja 𝄞 \ufffd ok\nrivi \ufffdx\n\ufffd\ufffd\ufffdö\n');
    const places = decoded.diagnostics.map((d) => [d.line, d.column]);
    expect(places).toEqual([
      [2, 9],
      [3, 6],
      [4, 1],
      [4, 2],
      [4, 3],
    ]);
    for (const [line, column] of places) expect(at(decoded.text, line, column)).toBe('\ufffd');
  });

  it('a text that as a whole is not UTF-8 is still read as Windows-1252, with one warning', () => {
    const legacy = Buffer.from(seed.toString('utf8').replace(/[^\u0000-\u00ff]/g, '-'), 'latin1');
    const result = parse(legacy);
    expect(result.source.encoding).toBe('windows-1252');
    expect(result.diagnostics.filter((d) => d.rule === 'encoding')).toHaveLength(1);
    expect(result.record!.project.name).toBe(parse(seed).record!.project.name);
  });

  it('a UTF-8 byte order mark keeps the text UTF-8 whatever its bad bytes', () => {
    const decoded = decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62, 0x0a]));
    if ('failure' in decoded) throw new Error('not decoded');
    expect([decoded.encoding, decoded.text, decoded.diagnostics.map((d) => [d.line, d.column])]).toEqual(['utf-8-bom', 'a\ufffdb\n', [[1, 2]]]);
  });
});
