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
    for (const [i, block] of blocks.entries()) {
      // A number alone between paragraphs is a printed copy's page number, not text of the section.
      if (block.type === 'paragraph' && !isLonePageNumber(block, projectCodeOf(context), blocks[i - 1], blocks[i + 1])) own.push(block);
      else keepUnread(context, section.definition.id, block, `A line in section ${sectionName(section)}`);
    }
    const textPath = (section.definition as { textPath: string }).textPath;
    // A title in capitals standing alone inside a text (`VÄLIRAPORTTI 2/2020`, `KOKOUSPÖYTÄKIRJA`):
    // another document pasted after the description, read as this text — or the text's own
    // sub-heading written in capitals (`TAVOITTEET`): said as a note.
    for (const paragraph of own) {
      const line = paragraph.children[0].text;
      if (paragraph.children.length === 1 && isCapitalsTitle(line)) {
        context.builder.diagnose('info', 'heading-in-text', `"${line}" stands alone in capitals inside the text of ${sectionName(section)}: the title of another document pasted after it? Read as text`, paragraph.position, textPath);
      }
    }
    writeSectionText(context, section, textPath, withoutCutLabel(context, null, section, own));
  },
  linesToBlocks: collectBlocks,
};

/** A short line of words in capitals (at least six letters, no lower-case one): a document's title. */
function isCapitalsTitle(text: string): boolean {
  if (text.length > 80 || /\p{Ll}/u.test(text)) return false;
  const letters = text.match(/\p{Lu}/gu);
  return letters !== null && letters.length >= 6 && !/[.!?:]$/u.test(text);
}
