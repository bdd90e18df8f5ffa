/**
 * Container sections hold only subsections (`3 Projektin toteutusalue…`); text directly under their
 * heading has no place in the record and is kept in unmapped. Extra sections (a heading the layout
 * does not know) keep their lines the same way.
 */
import type { RuleDsl } from '../read/reader.js';
import { collectBlocks, plainBody } from './blocks.js';
import { bodyBlocks, keepUnread, sectionName } from './map-context.js';
import type { ContentKind } from './registry.js';

export const containerKind: ContentKind = {
  content: 'container',
  defineBody: (p: RuleDsl) => plainBody(p, 'containerBody'),
  map(context, section, node) {
    for (const block of bodyBlocks(node)) keepUnread(context, section.definition.id, block, `Text directly under the heading of section ${sectionName(section)}, which holds only subsections`);
  },
  linesToBlocks: collectBlocks,
};
