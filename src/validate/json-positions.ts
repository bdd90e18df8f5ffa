/**
 * Where a value of a stored result stands in the JSON text it was read from, so that a diagnostic
 * about earlier output (`esr-parse validate results.json`) points at the value's line and column,
 * as one about a description does. The text is parsed for positions (jsonc-parser) only when a
 * diagnostic asks.
 */
import { parseTree, type Node } from 'jsonc-parser';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export class JsonPositions {
  private root: Node | undefined;
  private parsed = false;
  private lineStarts: number[] | null = null;

  /** `text` is a JSON value; `firstLine` the file's line it starts on (an NDJSON record's). */
  constructor(
    private readonly text: string,
    private readonly firstLine = 1,
  ) {}

  /** The span of the value at `pointer` (RFC 6901), or of the nearest value above it that is there (a property left out: its object). */
  spanOf(pointer: string): Span | null {
    if (!this.parsed) {
      this.root = parseTree(this.text);
      this.parsed = true;
    }
    let node = this.root;
    if (node === undefined) return null;
    const segments = pointer === '' || pointer === '/' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const segment of segments) {
      const child = childOf(node, segment);
      if (child === undefined) break;
      node = child;
    }
    return { ...this.pointAt(node.offset, 'start'), ...this.pointAt(node.offset + node.length, 'end') } as Span;
  }

  private pointAt(offset: number, which: 'start' | 'end'): Partial<Span> {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    const line = this.firstLine + low;
    const column = offset - starts[low] + 1;
    return which === 'start' ? { line, column } : { endLine: line, endColumn: column };
  }
}

function childOf(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') {
    if (!/^(?:0|[1-9]\d*)$/.test(segment)) return undefined;
    return node.children?.[Number(segment)];
  }
  let found: Node | undefined;
  // (A key written twice: JSON.parse keeps the last, and so the value checked is the last.)
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key?.value === segment) found = value;
    }
  }
  return found;
}

/** Where each line starts: after a line feed, a CR LF, or a carriage return alone (old Mac files). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
