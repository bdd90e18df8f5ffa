import type { SourceLine } from '../types.js';

/** Part of a line, `from` to `to` in its text (trimmed), with its own position: two lines' worth written on one. */
export function linePart(line: SourceLine, from: number, to: number): SourceLine {
  const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
  return { kind: 'text', text: line.text.slice(from, to).trim(), afterBlank: from === 0 ? line.afterBlank : false, position: { start: at(from), end: at(to) } };
}
