// Wrong values found by blind audits of the real shapes (REAL-SHAPES.md), each on a seed with one
// change or in a derived shape: read right now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
/** The 1-based number of the first line that starts with `start`. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('audit regressions', () => {
  it("a later section's heading inside the summary is text; the headings after it still open their sections", () => {
    const anchor = '5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n';
    const text = seed000.replace(anchor, `${anchor}Rakenne:\n\n9. Loppuraportin tiivistelmä\n\nkirjoitetaan lopuksi.\n\n`);
    const tidy = parse(seed000).record!;
    const result = parse(text);
    expect(result.record!.funding).toEqual(tidy.funding);
    expect(result.record!.communication).toEqual(tidy.communication);
    expect(result.record!.finalReportSummary).toBe(tidy.finalReportSummary);
    expect(result.record!.summary).toBe(`Rakenne:\n\n9. Loppuraportin tiivistelmä\n\nkirjoitetaan lopuksi.\n\n${tidy.summary}`);
    const said = result.diagnostics.filter((d) => d.rule === 'heading-in-text');
    expect(said.map((d) => [d.severity, d.line])).toEqual([['warning', lineOf(text, '9. Loppuraportin tiivistelmä')]]);
  });

  it('a heading written twice: the second is said, and the values stay', () => {
    const text = seed000.replace('6.1 Tiedotussuunnitelma\n\n', '6.1 Tiedotussuunnitelma\n\n6.1 Tiedotussuunnitelma\n\n');
    const result = parse(text);
    expect(result.record!.communication.plan).toBe(`6.1 Tiedotussuunnitelma\n\n${parse(seed000).record!.communication.plan}`);
    const said = result.diagnostics.filter((d) => d.rule === 'heading-in-text');
    expect(said.map((d) => d.line)).toEqual([lineOf(seed000, '6.1 Tiedotussuunnitelma') + 2]);
  });

  it('a flattened copy: the final report summary running into the last score row is said at both paths', () => {
    const flat = deriveShape(seed004, 'flat');
    const result = parse(flat);
    const said = result.diagnostics.filter((d) => d.rule === 'ambiguous-prose-boundary' && d.line === lineOf(flat, 'Hankkeessa tuodaan asiakkaille esille alueen ympäristöä'));
    expect(said.map((d) => [d.severity, d.path])).toEqual([
      ['warning', '/horizontalPrinciples/sustainableDevelopment/14/text'],
      ['info', '/finalReportSummary'],
    ]);
  });
});
