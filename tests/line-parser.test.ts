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

  it('keeps the parts of every line when a text has more lines than the table first holds', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 3 === 2 ? '' : `Kenttä ${i}:  arvo ${i}`)).join('\n');
    const lines = parseLines(text).lines;
    expect(lines).toHaveLength(2000);
    const last = lines[lines.length - 1];
    expect([last.label, last.value, last.position.start.line, last.valuePosition?.start.column, last.afterBlank]).toEqual(['Kenttä 2998', 'arvo 2998', 2999, 15, false]);
    expect([lines[lines.length - 2].position.start.line, lines[lines.length - 2].afterBlank]).toEqual([2998, true]);
    const first = lines[0];
    expect([first.label, first.value, first.position.start.line, first.afterBlank]).toEqual(['Kenttä 0', 'arvo 0', 1, true]);
    expect(lines.every((line, i) => line.position.start.line === Math.floor(i / 2) * 3 + (i % 2) + 1)).toBe(true);
  });
});

