import { describe, expect, it } from 'vitest';
import { stylish } from '../src/format/reporters.js';
import type { Diagnostic } from '../src/types.js';

const warning = (line: number, column: number, endColumn?: number): Diagnostic => ({
  severity: 'warning',
  rule: 'unknown-label',
  message: 'm',
  line,
  column,
  ...(endColumn !== undefined ? { endLine: line, endColumn } : {}),
});

const frameOf = (text: string, d: Diagnostic) => stylish([{ file: 'f.txt', diagnostics: [d], text }], { minimum: 'info' }).split('\n').slice(2, 4);

describe('stylish code frames', () => {
  const text = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');

  it('shows the diagnostic line with its number and carets under the columns', () => {
    expect(frameOf(text, warning(10, 3, 6))).toEqual(['    > 10 | line 10', '         |   ^^^']);
    expect(frameOf('a\n\tFaksi: 1', warning(2, 2, 7))).toEqual(['    > 2 | \tFaksi: 1', '        | \t^^^^^']);
  });

  it('shows one caret when the diagnostic has no end on its line', () => {
    expect(frameOf(text, warning(1, 1))).toEqual(['    > 1 | line 1', '        | ^']);
  });

  it('shows no frame for a line past the end of the text', () => {
    const out = stylish([{ file: 'f.txt', diagnostics: [warning(99, 1)], text }], { minimum: 'info' });
    expect(out).not.toContain('>');
  });

  it('shows a window of a very long line around the column, not the whole line', () => {
    const long = `${'a'.repeat(1000)}Faksi:${'b'.repeat(1_000_000)}`;
    const [source, carets] = frameOf(long, warning(1, 1001, 1007));
    expect(source.length).toBeLessThan(260);
    expect(source).toContain('…aaaa');
    expect(source.endsWith('b…')).toBe(true);
    // The carets stay under "Faksi:".
    const at = carets.indexOf('^');
    expect(source.slice(at, at + 6)).toBe('Faksi:');
    expect(carets.slice(at)).toBe('^^^^^^');
  });

  it('costs its own line only: 20,000 diagnostics over a 20,000-line text', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `Projektin nimi: ${i}`).join('\n');
    const diagnostics = Array.from({ length: 20_000 }, (_, i) => warning(i + 1, 1, 15));
    const out = stylish([{ file: 'f.txt', diagnostics, text: big }], { minimum: 'info' });
    expect(out).toContain('    > 19999 | Projektin nimi: 19998\n            | ^^^^^^^^^^^^^^');
    expect(out).toContain('✖ 20000 problems (0 errors, 20000 warnings, 0 info)');
  }, 60_000);
});
