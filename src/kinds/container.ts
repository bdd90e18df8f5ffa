/**
 * Container sections hold subsections (`3 Projektin toteutusalue…`); text directly under their
 * heading has no place in the record and is kept in unmapped — unless the definition gives it one
 * (`textPath`) and none of the subsections is in the text: a variant of the layout that writes the
 * section as text only (a technical-assistance description of 2007–2013). Extra sections (a heading
 * the layout does not know) keep their lines the same way.
 */
import { normaliseKey } from '../grammar/index.js';
import type { RuleDsl } from '../read/reader.js';
import type { ParagraphNode } from '../types.js';
import { collectBlocks, plainBody } from './blocks.js';
import { writeSectionText } from './fields.js';
import { bodyBlocks, keepUnread, sectionName, withoutCutLabel } from './map-context.js';
import type { ContentKind } from './registry.js';

/** The longest line under a container's heading, at a cut, taken for a cut fragment of what followed (`3.1 Toteutusal`) rather than text. */
const FRAGMENT_LENGTH = 40;

export const containerKind: ContentKind = {
  content: 'container',
  defineBody: (p: RuleDsl) => plainBody(p, 'containerBody'),
  map(context, section, node) {
    const blocks = bodyBlocks(node);
    const textPath = section.definition.content === 'container' ? section.definition.textPath : undefined;
    const paragraphs = blocks.filter((b): b is ParagraphNode => b.type === 'paragraph');
    // Only under the section's own heading (a reworded one, `3. Projektin kuvaus`, may be another
    // text), and not in a copy cut in or right after that text: its subsections may have followed.
    const ownHeading = node.heading !== null && section.headingKeys.has(normaliseKey(node.heading.text));
    // (Up to two lines after it: a blank line and the next heading's start, `3.1`, cut there.) A
    // sentence or more is the section's text all the same, cut or not (the cut is said where it is).
    // (A subsection's number last, `3.1`, says the section had subsections: the text is an intro of theirs.)
    const lastLine = paragraphs.at(-1)?.children.at(-1)?.text ?? '';
    const fragmentOnly = (paragraphs.length === 1 && paragraphs[0].children.length === 1 && lastLine.length <= FRAGMENT_LENGTH && !/[.!?]$/u.test(lastLine)) || (section.definition.number !== null && lastLine.startsWith(`${section.definition.number}.`) && lastLine.length <= FRAGMENT_LENGTH);
    const cutInside = context.cutLine !== null && context.cutLine <= node.position.end.line + 2 && fragmentOnly;
    if (textPath !== undefined && ownHeading && !cutInside && paragraphs.length > 0 && !node.children.some((c) => c.type === 'section')) {
      for (const block of blocks) if (block.type !== 'paragraph') keepUnread(context, section.definition.id, block, `A line in section ${sectionName(section)}`);
      const own = withoutCutLabel(context, null, section, paragraphs);
      if (own.length > 0) {
        context.builder.diagnose('info', 'section-as-text', `Section ${sectionName(section)} is written as text, without its subsections (as a technical-assistance description writes it); read as ${textPath}`, { start: own[0].position.start, end: own[own.length - 1].position.end }, textPath);
      }
      writeSectionText(context, section, textPath, own);
      return;
    }
    for (const block of blocks) keepUnread(context, section.definition.id, block, `Text directly under the heading of section ${sectionName(section)}, which holds only subsections`);
  },
  linesToBlocks: collectBlocks,
};
