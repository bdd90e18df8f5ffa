/** Prose sections: their paragraphs are the section's text, up to the line that opens what comes next. */
import type { CompiledSection } from '../grammar/index.js';
import type { RuleDsl } from '../read/reader.js';
import { labelStartedBy } from '../grammar/index.js';
import type { BlockNode, ParagraphNode, SectionNode } from '../types.js';
import { collectBlocks, plainBody } from './blocks.js';
import { writeSectionText } from './fields.js';
import { bodyBlocks, keepUnread, sectionName, type MapContext } from './map-context.js';
import type { ContentKind } from './registry.js';

/**
 * A section opened by nothing but the line where the text is cut off, when that line is the start
 * of one of the layout's labels (`Toteutunut seurantat`): the cut label, not the section's text.
 */
function labelCutOff(context: MapContext, node: SectionNode): { block: BlockNode; text: string; label: string } | null {
  if (node.openedBy !== 'text' || context.cutLine === null) return null;
  const blocks = bodyBlocks(node);
  const only = blocks[0];
  if (blocks.length !== 1 || only.type !== 'paragraph' || only.children.length !== 1 || only.position.start.line !== context.cutLine) return null;
  const text = only.children[0].text;
  const started = labelStartedBy(context.template, text);
  return started === null ? null : { block: only, text, label: started.label };
}

export const proseKind: ContentKind = {
  content: 'prose',
  defineBody: (p: RuleDsl) => plainBody(p, 'proseBody'),
  map(context, section: CompiledSection, node) {
    const cutLabel = labelCutOff(context, node);
    if (cutLabel !== null) {
      keepUnread(context, null, cutLabel.block, `"${cutLabel.text}", where the text is cut off, is the start of a label ("${cutLabel.label}"), not text of section ${sectionName(section)}`);
      return;
    }
    const own: ParagraphNode[] = [];
    for (const block of bodyBlocks(node)) {
      if (block.type === 'paragraph') own.push(block);
      else keepUnread(context, section.definition.id, block, `A line in section ${sectionName(section)}`);
    }
    writeSectionText(context, section, (section.definition as { textPath: string }).textPath, own);
  },
  linesToBlocks: collectBlocks,
};
