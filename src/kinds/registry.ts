/**
 * The content kinds of a section (SPEC §3): each is one module that holds its grammar rule (the
 * section body, defined on the layout's parser), the tree nodes it builds, and how they map into
 * the record. Adding a kind is adding a module here and its literal to the definition language.
 */
import type { ParserMethod } from 'chevrotain';
import type { CompiledSection } from '../grammar/index.js';
import type { RuleDsl } from '../read/reader.js';
import type { LineToken } from '../read/tokens.js';
import type { BlockNode, SectionNode } from '../types.js';
import type { MapContext } from './map-context.js';
import { containerKind } from './container.js';
import { fieldsKind } from './fields.js';
import { proseKind } from './prose.js';
import { rolesKind } from './roles.js';
import { scoreTableKind } from './score-table.js';

export type BodyBlock = BlockNode;

export interface ContentKind {
  content: 'fields' | 'prose' | 'container' | 'scoreTable' | 'roles';
  /** Defines the kind's body rule on a layout's parser (once per parser). */
  defineBody(dsl: RuleDsl): ParserMethod<[CompiledSection], BlockNode[]>;
  /** Maps a section of this kind into the record. */
  map(context: MapContext, section: CompiledSection, node: SectionNode): void;
  /** Lines as this kind keeps them (the container kind's keeps the lines of extra sections and stray lines). */
  linesToBlocks(tokens: LineToken[]): BlockNode[];
}

export const contentKinds: ContentKind[] = [fieldsKind, proseKind, containerKind, scoreTableKind, rolesKind];

export function kindOf(content: ContentKind['content']): ContentKind {
  return contentKinds.find((k) => k.content === content)!;
}
