/** Prose sections: their paragraphs are the section's text, up to the line that opens what comes next. */
import type { CompiledSection } from '../grammar/index.js';
import type { RuleDsl } from '../read/reader.js';
import type { ParagraphNode } from '../types.js';
import { collectBlocks, isLonePageNumber, plainBody } from './blocks.js';
import { projectCodeOf, writeSectionText } from './fields.js';
import { bodyBlocks, keepUnread, sectionName, withoutCutLabel } from './map-context.js';
import type { ContentKind } from './registry.js';

export const proseKind: ContentKind = {
  content: 'prose',
  defineBody: (p: RuleDsl) => plainBody(p, 'proseBody'),
  map(context, section: CompiledSection, node) {
    const own: ParagraphNode[] = [];
    const blocks = bodyBlocks(node);
    // A web page has no printed pages.
    const printed = context.template.definition.page === undefined;
    for (const [i, block] of blocks.entries()) {
      // A number alone between paragraphs is a printed copy's page number, not text of the section.
      if (block.type === 'paragraph' && !(printed && isLonePageNumber(block, projectCodeOf(context), blocks[i - 1]))) own.push(block);
      else keepUnread(context, section.definition.id, block, `A line in section ${sectionName(section)}`);
    }
    writeSectionText(context, section, (section.definition as { textPath: string }).textPath, withoutCutLabel(context, null, section, own));
  },
  linesToBlocks: collectBlocks,
};
