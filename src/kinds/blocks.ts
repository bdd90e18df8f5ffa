/** Tree nodes shared by the content kinds: lines, paragraphs, furniture. */
import type { ParserMethod } from 'chevrotain';
import { span, type RuleDsl } from '../read/reader.js';
import type { MapContext } from './map-context.js';
import { isPageBreakLine, LONE_NUMBER } from '../read/classify.js';
import { Banner, Furniture, Title, type LineToken } from '../read/tokens.js';
import type { BlockNode, FurnitureNode, LineNode, ParagraphNode, SourceLine } from '../types.js';
import { lazyRegExp } from '../lazy-regexp.js';

export { linePart } from '../read/line-part.js';

export function lineNode(line: SourceLine): LineNode {
  return { type: 'line', text: line.text, position: line.position };
}

export function furnitureNode(token: LineToken): FurnitureNode | null {
  const role = token.tokenType === Furniture ? (token.payload.note === 'reply' ? 'reply' : token.payload.note === 'senderNote' ? 'note' : token.payload.note === 'appended' ? 'appended' : token.payload.note === 'thread' ? 'thread' : token.payload.note === 'threadGoesOn' ? 'threadGoesOn' : token.payload.note === 'address' ? 'address' : token.payload.note === 'printedOnce' ? 'uncertain' : token.payload.note === 'related' ? 'related' : token.payload.note === 'mayBeText' ? 'mayBeText' : token.payload.note === 'pageInsert' ? 'pageInsert' : token.payload.note === 'signatureInText' ? 'signatureInText' : token.payload.note === 'signed' ? 'signed' : 'furniture') : token.tokenType === Title ? 'title' : token.tokenType === Banner ? 'banner' : null;
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
    // A printed copy's page break inside a paragraph (no blank line around it) does not end it: its
    // running header, or its page count and print stamp. (Nor does a web page's insert or a mail's
    // signature kept apart there: `- …` / `Video: … (2:34)` / `- …` is one list. Review BH of round 63.)
    if (furniture && (token.payload.note === 'printed' || token.payload.note === 'printedOnce' || token.payload.note === 'pageInsert' || token.payload.note === 'signatureInText' || (furniture.role === 'furniture' && isPageBreakLine(token.payload.line.text))) && this.current.length > 0 && !token.payload.line.afterBlank) this.inside.push(furniture);
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
const RUNNING_HEADER = lazyRegExp(() => /^[A-Z]\d{5}\s.{0,100}[^.!?]$/u);

/**
 * A paragraph that is a number alone, or a running header led by the project's own code (`code`,
 * when read): a printed copy's page break between paragraphs, not text. (A web page's too: pages
 * are printed, and exported to Word and PDF; there, only a number of one or two figures inside a
 * sentence that goes on below it, `… ja uuden` / `1` / `oppimiseen …`.) Not a number below a line
 * that ends with a colon (`Asiakkaita vuodessa:` / `80`: the line's value, `isNumberAfterColon`),
 * nor one of a list numbered with numbers alone (`1` / `kohderyhmän tavoittaminen` / `2` / …).
 */
export function isLonePageNumber(blocks: readonly BlockNode[], at: number, code: string | null = null, webPage = false): boolean {
  const block = blocks[at];
  if (block.type !== 'paragraph' || block.children.length !== 1) return false;
  const text = block.children[0].text;
  if (loneNumberOf(block) === null) return !webPage && code !== null && isRunningHeader(text, code);
  if (isNumberAfterColon(blocks, at) || isListNumber(blocks, at)) return false;
  if (!webPage) return true;
  const above = lastLineOf(blocks[at - 1]);
  const below = firstLineOf(blocks[at + 1]);
  return text.length <= 2 && above !== null && below !== null && !/[.!?:;]$/u.test(above) && /^\p{Ll}/u.test(below);
}

/** A number alone below a line that ends with a colon: that line's value, or a printed copy's page number. */
export function isNumberAfterColon(blocks: readonly BlockNode[], at: number): boolean {
  return loneNumberOf(blocks[at]) !== null && lastLineOf(blocks[at - 1])?.endsWith(':') === true;
}

/** The number of a paragraph that is a number alone of one to three figures, else null. */
export function loneNumberOf(block: BlockNode | undefined): number | null {
  return block !== undefined && block.type === 'paragraph' && block.children.length === 1 && LONE_NUMBER.test(block.children[0].text) ? Number(block.children[0].text) : null;
}

/**
 * Says a number alone between a text's paragraphs that is read as the text's: below a line ending in a colon
 * (that line's value), or on a web page, which has no printed pages but a print of it has (`… palvelut` /
 * `6` / `Hyvät käytännöt`).
 */
export function sayLoneNumberKept(context: MapContext, blocks: readonly BlockNode[], at: number, path?: string): void {
  const block = blocks[at];
  if (loneNumberOf(block) === null) return;
  const text = (block as ParagraphNode).children[0].text;
  if (isNumberAfterColon(blocks, at)) context.builder.diagnose('warning', 'page-number-in-text', `"${text}" alone below a line that ends with a colon is read as the text's (that line's value), but it may be a printed copy's page number`, block.position, path);
  // (Of two figures, between two paragraphs of the text, the only such number: several are a list's or a
  // table's, `Hanke lukuina` / `165` / `asiakasta` / `12` / …, three figures a count's, `300` / `kohderyhmän
  // henkilöä.`; one alone as the text is no text, kept apart. Reviews BE, BF of round 62.)
  else if (text.length <= 2 && blocks[at - 1]?.type === 'paragraph' && blocks[at + 1]?.type === 'paragraph' && blocks.filter((other) => loneNumberOf(other) !== null).length === 1) context.builder.diagnose('warning', 'page-number-in-text', `"${text}" alone between the paragraphs of the text is read as the text's, but it may be a printed copy's page number`, block.position, path);
}

/** The longest item of a list numbered with numbers alone (a printed page of one paragraph is longer). */
const LIST_ITEM_LENGTH = 300;

/**
 * A number alone of a list numbered with numbers alone, from 1, each with its short item after it
 * (`1` / `kohderyhmän tavoittaminen` / `2` / …); not a printed copy's page numbers, which start
 * later (`3` / a page's paragraph / `4`) or end the text.
 */
function isListNumber(blocks: readonly BlockNode[], at: number): boolean {
  const lone = (i: number) => loneNumberOf(blocks[i]);
  const shortItem = (i: number) => {
    const item = blocks[i];
    return item !== undefined && item.type === 'paragraph' && item.children.reduce((length, line) => length + line.text.length, 0) <= LIST_ITEM_LENGTH;
  };
  let first = at;
  while (lone(first - 2) === lone(first)! - 1 && shortItem(first - 1)) first -= 2;
  let last = at;
  while (lone(last + 2) === lone(last)! + 1 && shortItem(last + 1)) last += 2;
  // (Each number with its item after it: a page number ends a text, `… ` / `2`.)
  return last > first && lone(first) === 1 && shortItem(last + 1);
}

function lastLineOf(block: BlockNode | undefined): string | null {
  return block?.type === 'paragraph' ? block.children[block.children.length - 1].text : null;
}

function firstLineOf(block: BlockNode | undefined): string | null {
  return block?.type === 'paragraph' ? block.children[0].text : null;
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
