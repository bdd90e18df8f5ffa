import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import type { Position } from '../src/types.js';
import { descriptionFixtures, parseFixture, readFixture } from './helpers/fixtures.js';

/** The positions of the nodes that own input lines: headings, fields' first lines, furniture, rows, line nodes. */
function ownedPositions(node: unknown, into: Position[] = []): Position[] {
  const n = node as { type: string; position: Position; heading?: unknown; children?: unknown[] };
  switch (n.type) {
    case 'document':
    case 'section':
    case 'paragraph':
      if (n.heading) ownedPositions(n.heading, into);
      for (const child of n.children ?? []) ownedPositions(child, into);
      break;
    case 'field':
    case 'tableRow': {
      // The node owns its first line; its children own the rest.
      into.push({ start: n.position.start, end: n.position.start });
      for (const child of n.children ?? []) ownedPositions(child, into);
      break;
    }
    default:
      into.push(n.position);
  }
  return into;
}

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
      const nonBlank = sourceLines.flatMap((text, i) => (text.trim() ? [i + 1] : []));
      const owned = ownedPositions(result.tree).map((p) => p.start.line);
      expect([...owned].sort((a, b) => a - b)).toEqual(nonBlank);
      // Each owning node starts where its line's text starts.
      for (const position of ownedPositions(result.tree)) {
        const line = sourceLines[position.start.line - 1];
        expect(decoded.text.slice(position.start.offset, position.start.offset + 1)).toBe(line.trimStart()[0]);
      }
    });
  }
});
