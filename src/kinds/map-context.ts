/** What a content kind's mapping works with: the record under construction and facts about the text. */
import { normaliseKey, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import type { RecordBuilder } from '../map/record-builder.js';
import type { BlockNode, DocumentNode, LineNode, ParagraphNode, SectionNode } from '../types.js';

export interface MapContext {
  builder: RecordBuilder;
  template: CompiledTemplate;
  /** The last line of a text that stops mid-way (cut off), else null: values on it are not trusted. */
  cutLine: number | null;
  /** With a cut line that is a page's furniture: the line above it whose value may go on past the break, cut too. */
  cutAboveFurniture?: number | null;
  /**
   * The last line of a text that stops on a value that may be whole, before its summary (a copy cut
   * there, or an excerpt), else null: its value is read, and said as perhaps incomplete.
   */
  mayBeCutLine?: number | null;
  /** Where that line ends: of fields glued on it, only the last can have been cut. */
  mayBeCutEnd?: number | null;
  /** The sections that line stops before are later than the summary. */
  mayBeCutAfterSummary?: boolean;
  /** The label or heading the cut line is the start of (`Vastuu`, `Postinumero` without its colon, `2 Hakijan perust`), else null. */
  cutLabel: string | null;
  /** The project's code once read (for a printed copy's running headers); undefined until then. */
  projectCode?: string;
  /** Record paths a field has written, with its label: a second field of the same path (a definition may give one path two fields) keeps the first value. */
  fieldPaths: Map<string, string>;
  /** The document being mapped (for facts about the whole copy, counted when first asked). */
  document: DocumentNode;
  /** How many fields of the document have their value on the line below their label; counted when first asked. */
  valuesBelowLabels?: number;
  /** The sections whose shared labels' placement by order was said to be in doubt (a shared label once too many). */
  sharedInDoubt?: Set<CompiledSection>;
}

/** How many fields of the document stand with their value below their label (a two-column copy has many). */
export function valuesBelowLabels(context: MapContext): number {
  if (context.valuesBelowLabels !== undefined) return context.valuesBelowLabels;
  let count = 0;
  const visit = (nodes: readonly (BlockNode | SectionNode)[]) => {
    for (const node of nodes) {
      if (node.type === 'section') visit(node.children);
      else if (node.type === 'field' && node.note === 'below') count++;
    }
  };
  visit(context.document.children as (BlockNode | SectionNode)[]);
  context.valuesBelowLabels = count;
  return count;
}

/**
 * The cut line, the start of a label or heading (`Toteuttajaorganisaat`, `2 Hakijan perust`): not
 * text of the section it stands in, as its own paragraph or (a copy without blank lines) the last
 * line of one. Kept in unmapped with a warning; the rest returned.
 */
export function withoutCutLabel<T extends BlockNode>(context: MapContext, sectionId: string | null, section: CompiledSection, blocks: T[]): T[] {
  const last = blocks[blocks.length - 1];
  if (!last || last.type !== 'paragraph') return blocks;
  const lines = withoutCutLabelLine(context, sectionId, section, last.children, last.children.length > 1);
  if (lines === last.children) return blocks;
  if (lines.length === 0) return blocks.slice(0, -1);
  return [...blocks.slice(0, -1), { ...last, children: lines, position: { start: lines[0].position.start, end: lines[lines.length - 1].position.end } } as T];
}

/**
 * A text's lines without its last when that is the cut line, the start of a label or heading (kept in
 * unmapped with a warning); the same lines when it is not. `underText`: the line ends a text of
 * lines above it (a paragraph of a copy without blank lines, a field's text below its answer).
 */
export function withoutCutLabelLine(context: MapContext, sectionId: string | null, section: CompiledSection, lines: LineNode[], underText: boolean): LineNode[] {
  if (context.cutLabel === null || lines.length === 0) return lines;
  const cut = lines[lines.length - 1];
  if (cut.position.start.line !== context.cutLine) return lines;
  // Under a text's lines, only a label's or heading's start, not the whole of one without its colon
  // (`Kunnat`), which may as well be a word of the text.
  if (underText && normaliseKey(cut.text.replace(/^\d+(?:\.\d+)*\.?\s+/, '')) === normaliseKey(context.cutLabel)) return lines;
  const fragment: ParagraphNode = { type: 'paragraph', children: [cut], position: cut.position };
  keepUnread(context, sectionId, fragment, `"${cut.text}", where the text is cut off, is the start of a label or heading ("${context.cutLabel}"), not text of section ${sectionName(section)}`);
  return lines.slice(0, -1);
}

/** How a diagnostic names a section: by number where it has one, else by its heading. */
export function sectionName(section: CompiledSection): string {
  const { number, headings } = section.definition;
  return number !== null ? `${number} "${headings[0]}"` : `"${headings[0]}"`;
}

export function bodyBlocks(node: SectionNode): BlockNode[] {
  const blocks: BlockNode[] = [];
  for (const child of node.children) if (child.type !== 'section') blocks.push(child);
  return blocks;
}

/** Keeps a block no field or text of the section takes, with the warning that says so. */
export function keepUnread(context: MapContext, sectionId: string | null, block: BlockNode, why: string): void {
  const { builder } = context;
  switch (block.type) {
    case 'furniture':
      if (block.role === 'furniture') builder.diagnose('info', 'page-furniture', `"${block.text}" is page furniture, kept only in the document tree`, block.position);
      else if (block.role === 'uncertain') builder.diagnose('warning', 'page-furniture', `"${block.text.slice(0, 60)}" is read as furniture around the text (a printed page's header or footer at its break, or a mail's signature), kept only in the document tree; the copy has it once only, and it may be the text's own line`, block.position);
      else if (block.role === 'reply') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" is written without the quote mark among the quoted lines of the description: the reply's own comment, no part of a value; kept in unmapped`, block.position);
      } else if (block.role === 'note') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" is a note its sender wrote beside the description (above or below it), no part of its text; kept in unmapped`, block.position);
      } else if (block.role === 'appended') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" stands below the description's last section, from a report's title, an attachment's mark or a decision's or minutes' own label on (a report, a claim, a decision or an attachment appended to the copy, or the minutes quoting it): no part of its text; kept in unmapped`, block.position);
      } else if (block.role === 'thread') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" stands in an e-mail's quoted message right below the description (from its delimiter or sender's header line on, no sign-off above it), which may speak of the description: no part of its text; kept in unmapped (its lines below too)`, block.position);
      } else if (block.role === 'threadGoesOn') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('info', 'unmapped-text', `"${block.text.slice(0, 60)}" stands in the e-mail's quoted message below the description: kept in unmapped`, block.position);
      } else if (block.role === 'address') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" is an address closing the copy, below its last sentence (a print's footer, or the text's own contact details): kept in unmapped, no part of the text above it`, block.position);
      } else if (block.role === 'mayBeText') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" looks like no part of the text (a page's footer, menu, cookie notice, date stamp or pull quote, a mail's signature, an office program's comment, footnote or formatting note, a draft's or an ad's mark) but may be the text's own line (where it stands: at the end of the text or of a section, or between a section's own lines): kept in unmapped, no part of the text around it`, block.position);
      } else if (block.role === 'pageInsert') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" stands between the text's lines as a web page's insert (a cookie notice, a photo's credit or caption, a video's link, a "read also" link and its headline): kept in unmapped, no part of the text around it`, block.position);
      } else if (block.role === 'signatureInText') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" stands between the text's lines as an e-mail's signature (a closing or a delimiter with a person's name below it, pasted with a forwarded copy): kept in unmapped, no part of the text around it`, block.position);
      } else if (block.role === 'signed') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" signs the copy below its last sentence (a place and a date, the signers' names and titles below them): kept in unmapped, no part of the text above it`, block.position);
      } else if (block.role === 'related') {
        builder.keep(sectionId, null, block.text, block.position);
        builder.diagnose('warning', 'unmapped-text', `"${block.text.slice(0, 60)}" stands in a box of other projects at the end (under a heading such as "Samankaltaisia hankkeita"), which a copy of a whole web page takes along: no part of this text; kept in unmapped (a list of the project's own related projects is said so too)`, block.position);
      }
      return;
    case 'paragraph': {
      const text = block.children.map((c) => c.text).join('\n');
      builder.keep(sectionId, null, text, block.position);
      builder.diagnose('warning', 'unmapped-text', `${why}; kept in unmapped`, block.position);
      return;
    }
    case 'field':
      builder.keep(sectionId, block.label, block.value, block.position);
      builder.diagnose('warning', 'unknown-label', `${why}; kept in unmapped`, block.position);
      return;
    default: {
      const text = block.type === 'tableRow' ? block.criterion : block.type === 'line' || block.type === 'heading' || block.type === 'preamble' ? block.text : '';
      builder.keep(sectionId, null, text, block.position);
      builder.diagnose('warning', 'unmapped-text', `${why}; kept in unmapped`, block.position);
    }
  }
}
