import type { Position } from '../../src/types.js';

/** The positions of the nodes that own input lines: headings, fields' and rows' first lines, furniture, line nodes. */
export function ownedPositions(node: unknown, into: Position[] = []): Position[] {
  const n = node as { type: string; position: Position; heading?: unknown; children?: unknown[] };
  switch (n.type) {
    case 'document':
    case 'section':
    case 'paragraph':
      if (n.heading) ownedPositions(n.heading, into);
      for (const child of n.children ?? []) ownedPositions(child, into);
      break;
    case 'field':
    case 'tableRow':
      // The node owns its first line; its children own the rest.
      into.push({ start: n.position.start, end: n.position.start });
      for (const child of n.children ?? []) ownedPositions(child, into);
      break;
    default:
      into.push(n.position);
  }
  return into;
}

/** Line numbers (1-based) of the non-blank lines of a decoded text. */
/** The text's non-blank lines, as the file numbers them where reading made lines of its own (`fileLines`, src/decode.ts). */
export function nonBlankLines(text: string, fileLines?: { line: Int32Array }): number[] {
  const lines = text.split('\n').flatMap((line, i) => (line.trim() ? [fileLines ? fileLines.line[i + 1] : i + 1] : []));
  return [...new Set(lines)];
}

/**
 * The lines the tree's nodes own, each once. A line holding two fields (`Postinumero: 00120
 * Postitoimipaikka: Helsinki`) is owned by both field nodes, each with its own columns.
 */
export function ownedLines(tree: unknown): number[] {
  const lines = new Set<number>();
  // A leaf owns every line it spans: a heading or a table header wrapped onto the next line.
  for (const p of ownedPositions(tree)) for (let line = p.start.line; line <= p.end.line; line++) lines.add(line);
  return [...lines].sort((a, b) => a - b);
}
