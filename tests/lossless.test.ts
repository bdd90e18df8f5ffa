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
      expect(ownedLines(result.tree)).toEqual(nonBlankLines(decoded.text));
      // Each owning node starts where its line's text starts.
      for (const position of ownedPositions(result.tree)) {
        const line = sourceLines[position.start.line - 1];
        expect(decoded.text.slice(position.start.offset, position.start.offset + 1)).toBe(line.trimStart()[0]);
      }
    });
  }
});
