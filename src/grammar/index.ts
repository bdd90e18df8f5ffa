/**
 * Loads the template definitions and vocabulary from `grammar/` and precomputes the lookups the
 * parser and mapper need (normalised headings and labels). Everything Finnish lives in those files.
 */
import esr20072013 from '../../grammar/esr-2007-2013.json' with { type: 'json' };
import esr20142020 from '../../grammar/esr-2014-2020.json' with { type: 'json' };
import projectPage from '../../grammar/project-page.json' with { type: 'json' };
import vocabularyJson from '../../grammar/vocabulary.json' with { type: 'json' };
import type { FieldDefinition, SectionDefinition, TemplateDefinition } from './definition.js';

export type { FieldDefinition, SectionDefinition, TemplateDefinition } from './definition.js';

export type Vocabulary = typeof vocabularyJson;
export const vocabulary: Vocabulary = vocabularyJson;

/** Case-, space- and punctuation-insensitive key for comparing headings, labels and phrases. */
export function normaliseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim();
}

export interface CompiledSection {
  definition: SectionDefinition;
  /** Position in the template, for ordered layouts. */
  index: number;
  parentId: string | null;
  headingKeys: Set<string>;
  /** Normalised label → every field definition with that label, in template order. */
  fieldsByLabel: Map<string, { field: FieldDefinition; index: number }[]>;
}

export interface CompiledTemplate {
  definition: TemplateDefinition;
  name: string;
  sections: CompiledSection[];
  sectionById: Map<string, CompiledSection>;
  titleKeys: Map<string, 'ESR' | 'EAKR'>;
  bannerKeys: Set<string>;
  furnitureKeys: Set<string>;
  statusKeys: Set<string>;
}

function parentOf(section: SectionDefinition): string | null {
  if (section.parent) return section.parent;
  if (section.number && section.number.includes('.')) return section.number.slice(0, section.number.lastIndexOf('.'));
  return null;
}

export function compileTemplate(definition: TemplateDefinition): CompiledTemplate {
  const sections = definition.sections.map((section, index): CompiledSection => {
    const fieldsByLabel = new Map<string, { field: FieldDefinition; index: number }[]>();
    (section.fields ?? []).forEach((field, fieldIndex) => {
      for (const label of field.labels) {
        const key = normaliseKey(label);
        const list = fieldsByLabel.get(key) ?? [];
        list.push({ field, index: fieldIndex });
        fieldsByLabel.set(key, list);
      }
    });
    return {
      definition: section,
      index,
      parentId: parentOf(section),
      headingKeys: new Set(section.headings.map(normaliseKey)),
      fieldsByLabel,
    };
  });
  return {
    definition,
    name: definition.name,
    sections,
    sectionById: new Map(sections.map((s) => [s.definition.id, s])),
    titleKeys: new Map(definition.titles.map((t) => [normaliseKey(t.text), t.fund])),
    bannerKeys: new Set(definition.banner.map(normaliseKey)),
    furnitureKeys: new Set(definition.furniture.map(normaliseKey)),
    statusKeys: new Set((definition.page?.statusLines ?? []).map(normaliseKey)),
  };
}

const definitions = [esr20072013, esr20142020, projectPage] as TemplateDefinition[];

export const templates: CompiledTemplate[] = definitions.map(compileTemplate);
export const templateNames = templates.map((t) => t.name);

export function templateByName(name: string): CompiledTemplate | undefined {
  return templates.find((t) => t.name === name);
}
