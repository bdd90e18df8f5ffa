/** Tree nodes shared by the content kinds: lines, paragraphs, furniture. */
import type { ParserMethod } from 'chevrotain';
import { opensWithListMarker } from '../grammar/index.js';
import { span, type RuleDsl } from '../read/reader.js';
import { Banner, Furniture, Title, type LineToken } from '../read/tokens.js';
import type { BlockNode, FurnitureNode, LineNode, ParagraphNode, SourceLine } from '../types.js';

export function lineNode(line: SourceLine): LineNode {
  return { type: 'line', text: line.text, position: line.position };
}

export function furnitureNode(token: LineToken): FurnitureNode | null {
  const role = token.tokenType === Furniture ? (token.payload.note === 'reply' ? 'reply' : token.payload.note === 'senderNote' ? 'note' : 'furniture') : token.tokenType === Title ? 'title' : token.tokenType === Banner ? 'banner' : null;
  return role ? { type: 'furniture', role, text: token.payload.line.text, position: token.payload.line.position } : null;
}

/**
 * Collects a body's lines: consecutive text lines not separated by a blank line form one
 * paragraph; other nodes stand between them.
 */
export class BlockCollector {
  readonly blocks: BlockNode[] = [];
  private current: LineNode[] = [];
  /** Page-break furniture inside the paragraph being collected: placed after it, in reading order of their starts. */
  private inside: BlockNode[] = [];

  text(line: SourceLine): void {
    if (line.afterBlank) this.flush();
    this.current.push(lineNode(line));
  }

  /** A line token: furniture as furniture, anything else as text. */
  token(token: LineToken): void {
    const furniture = furnitureNode(token);
    // A printed copy's page break inside a paragraph (no blank line around it) does not end it.
    if (furniture && token.payload.note === 'printed' && this.current.length > 0 && !token.payload.line.afterBlank) this.inside.push(furniture);
    else if (furniture) this.block(furniture);
    else {
      // A token joined from lines (a label broken before its colon) is text here: its lines as written.
      this.text(token.payload.original ?? token.payload.line);
      for (const extra of token.payload.extra) this.text(extra);
    }
  }

  block(node: BlockNode): void {
    this.flush();
    this.blocks.push(node);
  }

  flush(): void {
    if (this.current.length > 0) {
      const lines = this.current;
      this.blocks.push({ type: 'paragraph', children: lines, position: span(lines[0].position, lines[lines.length - 1].position) } satisfies ParagraphNode);
      this.current = [];
    }
    if (this.inside.length > 0) {
      for (const block of this.inside) this.blocks.push(block);
      this.inside = [];
    }
  }

  done(): BlockNode[] {
    this.flush();
    return this.blocks;
  }
}

/** A printed copy's running header: a line led by the project code (`S21457 Polkuja 12.3.2019`), not a sentence. */
const RUNNING_HEADER = /^[A-Z]\d{5}\s.{0,100}[^.!?]$/u;

/**
 * A paragraph that is a number alone, or a running header led by the project's own code (`code`,
 * when read): a printed copy's page break between paragraphs, not text. (A web page's too: pages
 * are printed, and exported to Word and PDF.)
 */
export function isLonePageNumber(block: BlockNode, code: string | null = null, before?: BlockNode, after?: BlockNode): boolean {
  if (block.type !== 'paragraph' || block.children.length !== 1) return false;
  const text = block.children[0].text;
  if (!/^\d{1,3}$/.test(text)) return code !== null && isRunningHeader(text, code);
  // After a line that ends with a colon (`Asiakkaita vuodessa:`) a number is that line's value —
  // unless what the colon opens comes below it (`Varsinaiset kohderyhmät:` / `3` / `- ikääntyvät …`).
  const above = before?.type === 'paragraph' ? before.children[before.children.length - 1].text : null;
  if (above === null || !above.endsWith(':')) return true;
  const below = after?.type === 'paragraph' ? after.children[0].text : null;
  return below !== null && (/^\p{Ll}/u.test(below) || opensWithListMarker(below));
}

/** A printed copy's running header: the project's own code, then its name or a date, not a sentence. */
export function isRunningHeader(text: string, code: string): boolean {
  return text.startsWith(code) && /^\s/.test(text.slice(code.length)) && RUNNING_HEADER.test(text);
}

export function paragraphText(paragraph: ParagraphNode): string {
  let text = '';
  for (let i = 0; i < paragraph.children.length; i++) text += i === 0 ? paragraph.children[i].text : `\n${paragraph.children[i].text}`;
  return text;
}

/** A body's tokens as blocks, each as it comes (paragraphs, lines, furniture). */
export function collectBlocks(tokens: Iterable<LineToken>): BlockNode[] {
  const blocks = new BlockCollector();
  for (const token of tokens) blocks.token(token);
  return blocks.done();
}

/** The grammar rule of a body that takes every line up to what ends it, as plain blocks. */
export function plainBody(p: RuleDsl, name: string): ParserMethod<[], BlockNode[]> {
  return p.rule(name, (): BlockNode[] => {
    const blocks = new BlockCollector();
    takeBody(p, (token) => p.state.endsBody(token), (token) => blocks.token(token));
    return p.recording ? [] : blocks.done();
  });
}

/**
 * A body that takes every line up to the one that ends it (`ends`), each handed to `keep`: one
 * grammar loop, and inside it the following lines by the same gate without a loop step per line.
 */
export function takeBody(p: RuleDsl, ends: (token: LineToken | null) => boolean, keep: (token: LineToken) => void): void {
  const more = (token: LineToken) => !ends(token);
  p.loop(1, () => !ends(p.next()), () => {
    const token = p.take(2);
    if (!p.recording) keep(token);
    p.takeWhile(more, keep);
  });
}
