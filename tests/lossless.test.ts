import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import { descriptionFixtures, parseFixture, readFixture } from './helpers/fixtures.js';
import { nonBlankLines, ownedLines, ownedPositions } from './helpers/tree.js';

describe('the document tree is lossless (SPEC §5)', () => {
  for (const fixture of descriptionFixtures()) {
    const decoded = decode(readFixture(fixture));
    if ('failure' in decoded) continue;
    it(fixture, () => {
      const result = parseFixture(fixture, { tree: true });
      if (result.tree === undefined) {
        // Unrecognised texts have no tree; they are failed results with their reason.
        expect(result.ok).toBe(false);
        expect(result.diagnostics.some((d) => d.rule === 'unknown-template')).toBe(true);
        return;
      }
      const sourceLines = decoded.text.split('\n');
      expect(ownedLines(result.tree)).toEqual(nonBlankLines(decoded.text, decoded.fileLines));
      // Each owning node starts at a character of its line that is not white space (where its
      // text starts, or where the second of two fields glued onto one line starts).
      for (const position of ownedPositions(result.tree)) {
        const line = sourceLines[position.start.line - 1];
        const char = decoded.text.slice(position.start.offset, position.start.offset + 1);
        expect(char).toBe(line[position.start.column - 1]);
        expect(char.trim()).not.toBe('');
        if (position.start.column > 1) expect(line.slice(0, position.start.column - 1).trim().length === 0 || /\s$/.test(line.slice(0, position.start.column - 1))).toBe(true);
      }
    });
  }
});
