import { describe, expect, it } from 'vitest';
import { parseLines } from '../src/parse/line-parser.js';

/** What the tree builder relies on, one tuple per non-blank line. */
const shape = (text: string) =>
  parseLines(text).lines.map((l) => [l.kind, l.text, l.position.start.line, l.position.start.column, l.position.end.column, l.afterBlank]);

describe('the line parser', () => {
  it('numbers lines, blank ones included, and marks each line that follows a blank one', () => {
    const text = '\n\n1. Projekti\nProjektikoodi: S10843\n   \n  Kuvaus jatkuu  \n\t\nLoppu:';
    expect(shape(text)).toEqual([
      ['numbered', '1. Projekti', 3, 1, 12, true],
      ['label', 'Projektikoodi: S10843', 4, 1, 22, false],
      ['text', 'Kuvaus jatkuu', 6, 3, 16, true],
      ['label', 'Loppu:', 8, 1, 7, true],
    ]);
  });

  it('says where the text ends: after a final line break, on the next line', () => {
    expect(parseLines('a\nb\n').end).toEqual({ line: 3, column: 1, offset: 4 });
    expect(parseLines('a\nbc').end).toEqual({ line: 2, column: 3, offset: 4 });
    expect(parseLines('a\n  ').end).toEqual({ line: 2, column: 3, offset: 4 });
    expect(parseLines('a\n\n\n').end).toEqual({ line: 4, column: 1, offset: 4 });
    expect(parseLines('').end).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('gives values and their positions', () => {
    const [label, numbered] = parseLines('Nimi:   Polku  \n\n3.1 Maantieteellinen kohdealue').lines;
    expect([label.label, label.labelKey, label.value, label.valuePosition?.start.column, label.valuePosition?.end.column]).toEqual(['Nimi', 'nimi', 'Polku', 9, 14]);
    expect([numbered.number, numbered.value, numbered.valueKey, numbered.position.start.line, numbered.afterBlank]).toEqual(['3.1', 'Maantieteellinen kohdealue', 'maantieteellinen kohdealue', 3, true]);
  });

  it('starts counting again for every text, also for the same text twice and for texts in turn', () => {
    const first = '\nA\n\nB\n';
    const second = 'C\nD';
    const once = shape(first);
    expect(once).toEqual([
      ['text', 'A', 2, 1, 2, true],
      ['text', 'B', 4, 1, 2, true],
    ]);
    expect(shape(first)).toEqual(once);
    expect(shape(second)).toEqual([
      ['text', 'C', 1, 1, 2, true],
      ['text', 'D', 2, 1, 2, false],
    ]);
    expect(shape(first)).toEqual(once);
  });
});
