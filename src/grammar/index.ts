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

import { keyOf, normaliseKey, rememberWrittenForms } from '../key.js';

export { normaliseKey } from '../key.js';

export interface CompiledSection {
  definition: SectionDefinition;
  /** Position in the template, for ordered layouts. */
  index: number;
  parentId: string | null;
  headingKeys: Set<string>;
  /** Normalised label → every field definition with that label, in template order. */
  fieldsByLabel: Map<string, { field: FieldDefinition; index: number }[]>;
  /** Label keys of the fields whose value is written on the line below the label. */
  nextLineLabelKeys: Set<string>;
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
  /** Numbered sections by their number, un-numbered ones by heading key: heading lookups in O(1). */
  sectionsByNumber: Map<string, CompiledSection[]>;
  unnumberedByHeading: Map<string, CompiledSection[]>;
  /** Every label key of every section. */
  labelKeys: Set<string>;
  /**
   * Shortest and longest line that can be one of the template's whole-line phrases (title, banner,
   * un-numbered heading, furniture, status line): only lines in between are normalised and looked up.
   */
  phraseLengths: { min: number; max: number };
}

/** Room for a trailing colon and stray spaces around a phrase. */
const PHRASE_SLACK = 4;

function phraseLengths(definition: TemplateDefinition, sections: CompiledSection[]): { min: number; max: number } {
  const phrases = [
    ...definition.titles.map((t) => t.text),
    ...definition.furniture,
    ...(definition.page?.statusLines ?? []),
    ...sections.filter((s) => s.definition.number === null).flatMap((s) => s.definition.headings),
  ];
  // Banner lines may come glued together on one line.
  const lengths = phrases.map((p) => p.length);
  if (definition.banner.length > 0) lengths.push(definition.banner.reduce((sum, b) => sum + b.length + 1, 0), ...definition.banner.map((b) => b.length));
  if (lengths.length === 0) return { min: 1, max: 0 };
  return { min: Math.max(1, Math.min(...lengths) - PHRASE_SLACK), max: Math.max(...lengths) + PHRASE_SLACK };
}

/** The line's key if its length allows it to be one of the template's phrases, else null. */
export function phraseKey(line: { text: string; key?: string | null }, template: CompiledTemplate): string | null {
  const { min, max } = template.phraseLengths;
  return line.text.length < min || line.text.length > max ? null : keyOf(line);
}

function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = map.get(key) ?? [];
      list.push(item);
      map.set(key, list);
    }
  }
  return map;
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
      nextLineLabelKeys: new Set((section.fields ?? []).filter((f) => f.valueOnNextLine).flatMap((f) => f.labels.map(normaliseKey))),
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
    sectionsByNumber: groupBy(sections, (s) => (s.definition.number !== null ? [s.definition.number] : [])),
    unnumberedByHeading: groupBy(sections, (s) => (s.definition.number === null ? [...s.headingKeys] : [])),
    labelKeys: new Set(sections.flatMap((s) => [...s.fieldsByLabel.keys()])),
    phraseLengths: phraseLengths(definition, sections),
  };
}

const definitions = [esr20072013, esr20142020, projectPage] as TemplateDefinition[];

export const templates: CompiledTemplate[] = definitions.map(compileTemplate);

rememberWrittenForms(
  definitions.flatMap((d) => [
    ...d.titles.map((t) => t.text),
    ...d.banner,
    ...d.furniture,
    ...(d.page?.statusLines ?? []),
    ...d.sections.flatMap((s) => [...s.headings, ...(s.fields ?? []).flatMap((f) => f.labels)]),
  ]),
);
export const templateNames = templates.map((t) => t.name);

export function templateByName(name: string): CompiledTemplate | undefined {
  return templates.find((t) => t.name === name);
}
