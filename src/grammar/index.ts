/**
 * Loads the layout definitions and vocabulary from `grammar/` and compiles each definition into the
 * lookups the reader needs (normalised headings and labels by key). Everything Finnish lives in
 * those files. Definitions given from outside (`--grammar`, the library's `definitions`) are
 * validated first (`validate.ts`) and then compiled exactly like the built-in ones.
 */
import esr20072013 from '../../grammar/esr-2007-2013.json' with { type: 'json' };
import esr20142020 from '../../grammar/esr-2014-2020.json' with { type: 'json' };
import projectPage from '../../grammar/project-page.json' with { type: 'json' };
import vocabularyJson from '../../grammar/vocabulary.json' with { type: 'json' };
import type { FieldDefinition, SectionDefinition, TemplateDefinition } from './definition.js';
import { keyOf, leadOf, normaliseKey, PhraseStarts, rememberWrittenForms } from '../key.js';
import type { SourceLine } from '../types.js';
import { lazyRegExp } from '../lazy-regexp.js';

export type { FieldDefinition, SectionDefinition, TemplateDefinition } from './definition.js';
export { normaliseKey } from '../key.js';

export type Vocabulary = typeof vocabularyJson;
export const vocabulary: Vocabulary = vocabularyJson;

let organisationEntryPattern: RegExp | undefined;
function organisationEntry(): RegExp {
  organisationEntryPattern ??= new RegExp(vocabulary.organisationEntry.pattern, 'iu');
  return organisationEntryPattern;
}

const listMarkerCodes = new Set(vocabulary.listMarkers.characters.map((marker) => marker.charCodeAt(0)));
/** Whether a character marks a list item at a line's start (`-`, `–`, `•`, `*`, Word's bullets). */
export function isListMarkerCode(code: number): boolean {
  return listMarkerCodes.has(code);
}

/**
 * A word processor's other list mark at a line's start, with the spaces or tab after it: a number or
 * a letter with its dot or bracket (`1.`, `2)`, `a)`), or `o` and a tab (its second-level bullet) —
 * or spaces and a capital, as a copy turns the tab (`o Yritysyhteistyötä …`; no word of a text is `o`
 * alone before a capital. Audit FA of round 70).
 */
export const WORD_LIST_MARK = lazyRegExp(() => /^(?:\d{1,2}[.)]|[a-z]\)|o(?=\t| +\p{Lu}))[ \t]+/u);

/** A label's words without a list marker and its space before them (`• Kunnat`, `- Hankekoodi`). */
export function withoutListMarker(label: string): string {
  return isListMarkerCode(label.charCodeAt(0)) && label.length > 2 && (label.charCodeAt(1) === 32 || label.charCodeAt(1) === 9) ? label.slice(2).trim() : label;
}

/** Whether a line's text opens with a list item's marker: `* Hankekoodi: …`, not a Markdown bold label's `**Hankekoodi:** …`. */
export function opensWithListMarker(text: string): boolean {
  const code = text.charCodeAt(0);
  // (Nor an italic one's, `*Projektin nimi:* …`: a Markdown list's `*` has a space after it.)
  return listMarkerCodes.has(code) && !(code === 42 && (text.charCodeAt(1) === 42 || /\p{L}/u.test(text.charAt(1))));
}

export type FieldForm = NonNullable<FieldDefinition['form']>;

export interface CompiledField {
  definition: FieldDefinition;
  /** Position among the section's fields. */
  index: number;
  section: CompiledSection;
  form: FieldForm;
  /** For `block` fields: what an item line looks like in a copy without blank lines. */
  itemPattern: RegExp | null;
}

export interface CompiledSection {
  definition: SectionDefinition;
  /** Position in the template: sections open in this order. */
  index: number;
  parentId: string | null;
  /** The parent section's index in the template, -1 when it has none (or the layout lacks it). */
  parentIndex: number;
  headingKeys: Set<string>;
  fields: CompiledField[];
  /** Normalised label → every field of this section with that label, in template order. */
  fieldsByLabel: Map<string, CompiledField[]>;
  opensByLabels: boolean;
  opensByText: boolean;
  /** Opened by its text only after a section opened without its heading (`textWithoutHeadings`). */
  opensByTextOnlyWithoutHeadings: boolean;
  opensByTableHeader: boolean;
  /** scoreTable sections: the header line and the category lines. */
  tableHeader: RegExp | null;
  /** scoreTable sections with `columns`: a header line naming the two columns in the layout's order, and one naming them the other way round. */
  columnsInOrder: RegExp | null;
  columnsSwapped: RegExp | null;
  /** scoreTable sections with `columns`: a row whose two scores are each named by its column (`Criterion välitön 5, välillinen 8`). */
  namedScores: RegExp | null;
  /** The columns' names as one case-insensitive test: a line without either is tried no further for named scores. */
  namedScoresHint: RegExp | null;
  categoryKeys: Set<string>;
  /** Free text among the fields has a place of its own (fields sections with a textPath). */
  ownsText: boolean;
}

export interface CompiledTemplate {
  definition: TemplateDefinition;
  name: string;
  sections: CompiledSection[];
  sectionById: Map<string, CompiledSection>;
  /** Sections by normalised heading text (numbered or not): headings are matched by text first. */
  sectionsByHeading: Map<string, CompiledSection[]>;
  sectionsByNumber: Map<string, CompiledSection[]>;
  /** `Label: value` fields by label key, every section. */
  inlineLabels: Map<string, CompiledField[]>;
  /** Fields whose label stands alone (`nextLine`, `block`), by label key. */
  bareLabels: Map<string, CompiledField[]>;
  titleKeys: Map<string, 'ESR' | 'EAKR' | null>;
  /** The definition's `fundLabels`: the fund each such label's key is written by. */
  labelFunds: Map<string, 'ESR' | 'EAKR'>;
  /** Per title's key, the ids of the sections a description under it does not have (`without`). */
  titleWithout: Map<string, Set<string>>;
  /** The definition's `axisKinds`: the axis's words as keys, and the ids of the sections such a description does not have. */
  axisKinds: { axisKeys: string[]; without: Set<string> }[];
  /** The other layouts of the registry that have titles: a second description pasted below may be of one of them. */
  titledOthers: CompiledTemplate[];
  /** The other layouts of the registry that are web pages (`page`): one may be pasted below a description of this layout. */
  pageOthers: CompiledTemplate[];
  /** How texts of other programmes name themselves (the definition's `otherProgrammes`, as one test), or null. */
  otherProgrammes: { test(text: string): boolean } | null;
  /** The page definition's `summaryBarPattern`, compiled; null when it has none. */
  summaryBarPattern: RegExp | null;
  bannerKeys: Set<string>;
  furnitureKeys: Set<string>;
  statusKeys: Set<string>;
  /** A page's headings of blocks that are none of its sections (`Yhteystiedot`). */
  blockHeadingKeys: Set<string>;
  /** Every label key of every section. */
  labelKeys: Set<string>;
  /** Most words in a label: bounds the search for a second label glued into a value. */
  longestLabelWords: number;
  /** Most characters in a label's key: bounds that search too, in a value of few spaces. */
  longestLabelLength: number;
  /** The longest heading text, with room for stray spaces: longer lines are no heading. */
  longestHeading: number;
  /** Labels of yes/no questions, by word count: a question may be written without its colon. */
  questionLabels: { words: number; key: string; fields: CompiledField[] }[];
  /** The first words of those questions: a line starting otherwise is none of them. */
  questionStarts: PhraseStarts;
  /** The largest top-level section number of the layout (`9`), 0 when its sections have none. */
  lastTopNumber: number;
  /**
   * Shortest and longest line that can be one of the template's whole-line phrases (title, banner,
   * un-numbered heading, bare label, furniture, status line): only lines in between are normalised and looked up.
   */
  phraseLengths: { min: number; max: number };
  /** The first words of those phrases: a line starting otherwise is none of them. */
  phraseStarts: PhraseStarts;
  /** The first words of the numbered sections' headings: a line without its number that starts otherwise is none of them. */
  numberedHeadingStarts: PhraseStarts;
  /** The first words of the inline fields' labels: a line starting otherwise is no label written without its colon. */
  labelStarts: PhraseStarts;
  /** The index of the last section every description of the layout has (the summary; -1 when none is required). */
  lastRequiredIndex: number;
}

/**
 * Case-insensitive patterns as one test. Those written in lower case (escapes aside) are tried as one
 * expression on the lower-cased text: V8's case-insensitive Unicode matching tried each of them at
 * every position of a line (15 times slower on a page's bar line).
 */
function caseless(patterns: string[]): { test(text: string): boolean } {
  const lower = patterns.filter((p) => !/[A-ZÀ-Þ]/u.test(p.replace(/\\./gu, '')));
  const other = patterns.filter((p) => !lower.includes(p)).map((p) => lazyRegExp(() => new RegExp(p, 'iu')));
  const joined = lower.length > 0 ? lazyRegExp(() => new RegExp(lower.map((p) => `(?:${p})`).join('|'), 'u')) : null;
  return { test: (text) => (joined !== null && joined.test(text.toLowerCase())) || other.some((p) => p.test(text)) };
}

/**
 * A table's header line that names its two columns in this order, each name with any words after it
 * (`Välitön vaikutus Välillinen vaikutus`, `VälitönVälillinen`, `| Välitön | Välillinen |`) and nothing
 * but marks around them; tested on the line in lower case.
 */
/** A column's name as a pattern of itself. */
function columnPattern(column: string): string {
  return column.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function columnsHeader(first: string, second: string): RegExp {
  const name = (column: string) => columnPattern(column.toLowerCase());
  return lazyRegExp(() => new RegExp(`^[\\s|:;,-]*${name(first)}(?:\\s+\\p{L}+)?[\\s|:;,/-]*${name(second)}(?:\\s+\\p{L}+)?[\\s|:;,-]*$`, 'u'));
}

/**
 * A row that names each score by its column, in either order, each name with a word after it or not
 * and a colon or not (`Criterion välitön 5, välillinen 8`, `Criterion (välillinen vaikutus: 8; välitön
 * vaikutus: 5)`), the two apart by a mark or a short word: groups `criterion`, `firstName`, `first`,
 * `secondName`, `second`. Tested on the line as written, case-insensitively.
 */
function namedScoresRow(columns: [string, string]): RegExp {
  const names = columns.map(columnPattern).join('|');
  const score = (name: string, figure: string) => `(?<${name}>${names})(?:\\s+\\p{L}+)?\\s*[:=]?\\s*(?<${figure}>\\d{1,2})`;
  return lazyRegExp(() => new RegExp(`^(?<criterion>\\P{L}*\\p{L}.*?)[\\s,;:(–-]*[\\s(]${score('firstName', 'first')}\\s*(?:[,;/]\\s*|\\s(?:\\p{L}{1,4}\\s+)?)${score('secondName', 'second')}\\s*\\)?\\.?$`, 'iu'));
}

function columnNames(columns: [string, string]): RegExp {
  return lazyRegExp(() => new RegExp(columns.map(columnPattern).join('|'), 'iu'));
}

/** Room for a trailing colon and stray spaces around a phrase. */
const PHRASE_SLACK = 4;

function phraseLengths(definition: TemplateDefinition): { min: number; max: number } {
  const lengths: number[] = [];
  for (const t of definition.titles) lengths.push(t.text.length);
  for (const f of definition.furniture) lengths.push(f.length);
  for (const s of definition.page?.statusLines ?? []) lengths.push(s.length);
  for (const h of definition.page?.blockHeadings ?? []) lengths.push(h.length);
  for (const section of definition.sections) {
    if (section.number === null) for (const h of section.headings) lengths.push(h.length);
    if (section.content === 'fields') {
      for (const field of section.fields) if (field.form === 'nextLine' || field.form === 'block') for (const l of field.labels) lengths.push(l.length);
    }
    if (section.content === 'scoreTable') for (const c of section.categories) lengths.push(c.length);
  }
  // Banner lines may come glued together on one line.
  if (definition.banner.length > 0) {
    let glued = 0;
    for (const b of definition.banner) {
      lengths.push(b.length);
      glued += b.length + 1;
    }
    lengths.push(glued);
  }
  if (lengths.length === 0) return { min: 1, max: 0 };
  let min = Infinity;
  let max = 0;
  for (const length of lengths) {
    if (length < min) min = length;
    if (length > max) max = length;
  }
  return { min: Math.max(1, min - PHRASE_SLACK), max: max + PHRASE_SLACK };
}

/**
 * The line's key if its length and first word allow it to be one of the template's phrases, else
 * null. (Whatever was asked of the line before: callers take a null as "no phrase", so a key cached
 * by an earlier look must not turn a refused line into a candidate.)
 */
export function phraseKey(line: { text: string; key?: string | null; lead?: number }, template: CompiledTemplate): string | null {
  const { min, max } = template.phraseLengths;
  if (line.text.length < min || line.text.length > max) return null;
  return template.phraseStarts.admits(line.text, leadOf(line)) ? keyOf(line) : null;
}

/**
 * What a line would be looked up by as a heading: a numbered line's text after its number, a bare
 * `Label:` line's label, else the whole line as a phrase (null when it cannot be one).
 */
export function headingKey(line: SourceLine, template: CompiledTemplate): string | null {
  if (line.kind === 'numbered') return line.valueKey ?? null;
  if (line.kind === 'label') return line.value === '' ? line.labelKey! : null;
  return phraseKey(line, template);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function parentOf(section: SectionDefinition): string | null {
  if (section.parent) return section.parent;
  if (section.number && section.number.includes('.')) return section.number.slice(0, section.number.lastIndexOf('.'));
  return null;
}

function defaultOpeners(section: SectionDefinition): string[] {
  if (section.content === 'fields') return ['labels'];
  if (section.content === 'scoreTable') return ['tableHeader'];
  return [];
}

/** Turns a (valid) definition into the reader's lookups. */
/**
 * The first of the layout's labels that a line cut off mid-way is the start of (`Vastuu` of
 * `Vastuuviranomainen`, or the whole label before its colon), with its section; from `fromIndex`
 * on in template order when one there has it, else the first anywhere. Null for a line that does not
 * start with a capital, or of fewer than three letters.
 */
export function labelStartedBy(template: CompiledTemplate, text: string, fromIndex = 0): { section: CompiledSection; label: string } | null {
  // A label starts with a capital; three letters at least (`Toi`), since fewer start too many words.
  if (text.length > 120 || !/^\p{Lu}/u.test(text)) return null;
  const key = normaliseKey(text);
  if (key.length < 3) return null;
  let first: { section: CompiledSection; label: string } | null = null;
  for (const entry of labelsInOrder(template)) {
    if (!entry.key.startsWith(key)) continue;
    if (entry.section.index >= fromIndex) return { section: entry.section, label: entry.label };
    first ??= { section: entry.section, label: entry.label };
  }
  return first;
}

/**
 * The layout's heading that a line cut off is the start of (`2 Hakijan perust`, `Toteutuspaikan
 * osoite, jos hanke toteutetaan yh`), of the section at `fromIndex` or a later one; `number` is
 * the line's heading number, when it has one (it must be the section's).
 */
export function headingStartedBy(template: CompiledTemplate, text: string, number: string | null, fromIndex = 0): { section: CompiledSection; heading: string } | null {
  if (text.length > 120 || !/^\p{Lu}/u.test(text)) return null;
  const key = normaliseKey(text);
  if (key.length < 3) return null;
  for (const section of template.sections) {
    if (section.index < fromIndex || (number !== null && section.definition.number !== number)) continue;
    const heading = section.definition.headings.find((h) => normaliseKey(h).startsWith(key));
    if (heading !== undefined) return { section, heading };
  }
  return null;
}

const labelLists = new WeakMap<CompiledTemplate, { key: string; label: string; section: CompiledSection }[]>();

/** Every label of the layout's fields sections with its key, in template order (computed once per layout). */
export function labelsInOrder(template: CompiledTemplate): { key: string; label: string; section: CompiledSection }[] {
  let list = labelLists.get(template);
  if (!list) {
    list = [];
    for (const section of template.sections) {
      if (section.definition.content !== 'fields') continue;
      for (const field of section.definition.fields) for (const label of field.labels) list.push({ key: normaliseKey(label), label, section });
    }
    labelLists.set(template, list);
  }
  return list;
}

/**
 * A page's summary bar: two or more parts between the layout's separators, matching its
 * `summaryBarPattern` (a date, an axis, a fund) when it has one. A menu or a breadcrumb
 * (`Etusivu | Rakennerahastot | Ohjelmakausi 2021–2027`) does not.
 */
export function looksLikeSummaryBar(text: string, template: CompiledTemplate): boolean {
  const separator = template.definition.page?.summaryBarSeparator;
  if (separator === undefined || !text.includes(separator)) return false;
  return (template.summaryBarPattern === null || template.summaryBarPattern.test(text)) && text.split(separator).filter((p) => p.trim().length > 0).length >= 2;
}

/** Three or more parts between the separators and no match of the layout's `summaryBarPattern`: a menu or a breadcrumb, not a summary bar. */
export function looksLikeMenu(text: string, template: CompiledTemplate): boolean {
  const separator = template.definition.page?.summaryBarSeparator;
  return separator !== undefined && template.summaryBarPattern !== null && text.split(separator).length >= 3 && !template.summaryBarPattern.test(text);
}

export function compileTemplate(definition: TemplateDefinition): CompiledTemplate {
  const sectionsByHeading = new Map<string, CompiledSection[]>();
  const sectionsByNumber = new Map<string, CompiledSection[]>();
  const inlineLabels = new Map<string, CompiledField[]>();
  const bareLabels = new Map<string, CompiledField[]>();
  const labelKeys = new Set<string>();
  let longestLabelWords = 1;
  let longestLabelLength = 1;
  const sections = definition.sections.map((section, index): CompiledSection => {
    const opens = section.opensBy ?? defaultOpeners(section);
    const compiled: CompiledSection = {
      definition: section,
      index,
      parentId: parentOf(section),
      parentIndex: -1,
      headingKeys: new Set(section.headings.map(normaliseKey)),
      fields: [],
      fieldsByLabel: new Map(),
      opensByLabels: opens.includes('labels'),
      opensByText: opens.includes('text') || opens.includes('textWithoutHeadings'),
      opensByTextOnlyWithoutHeadings: !opens.includes('text') && opens.includes('textWithoutHeadings'),
      opensByTableHeader: opens.includes('tableHeader'),
      tableHeader: section.content === 'scoreTable' ? lazyRegExp(() => new RegExp(section.headerPattern, 'iu')) : null,
      columnsInOrder: section.content === 'scoreTable' && section.columns ? columnsHeader(section.columns[0], section.columns[1]) : null,
      columnsSwapped: section.content === 'scoreTable' && section.columns ? columnsHeader(section.columns[1], section.columns[0]) : null,
      namedScores: section.content === 'scoreTable' && section.columns ? namedScoresRow(section.columns) : null,
      namedScoresHint: section.content === 'scoreTable' && section.columns ? columnNames(section.columns) : null,
      categoryKeys: new Set(section.content === 'scoreTable' ? section.categories.map(normaliseKey) : []),
      ownsText: section.content === 'fields' && section.textPath !== undefined,
    };
    for (const key of compiled.headingKeys) addTo(sectionsByHeading, key, compiled);
    if (section.number !== null) addTo(sectionsByNumber, section.number, compiled);
    if (section.content === 'fields') {
      section.fields.forEach((field, fieldIndex) => {
        const form = field.form ?? 'inline';
        const compiledField: CompiledField = {
          definition: field,
          index: fieldIndex,
          section: compiled,
          form,
          itemPattern: field.itemPattern ? lazyRegExp(() => new RegExp(field.itemPattern!, 'iu')) : form === 'block' && field.type === 'organisations' ? organisationEntry() : null,
        };
        compiled.fields.push(compiledField);
        for (const label of field.labels) {
          const key = normaliseKey(label);
          labelKeys.add(key);
          longestLabelWords = Math.max(longestLabelWords, key.split(' ').length);
          longestLabelLength = Math.max(longestLabelLength, key.length);
          addTo(compiled.fieldsByLabel, key, compiledField);
          addTo(form === 'nextLine' || form === 'block' ? bareLabels : inlineLabels, key, compiledField);
        }
      });
    }
    return compiled;
  });
  const sectionById = new Map(sections.map((s) => [s.definition.id, s]));
  for (const section of sections) section.parentIndex = section.parentId !== null ? sectionById.get(section.parentId)?.index ?? -1 : -1;
  const titleKeys = new Map(definition.titles.map((t) => [normaliseKey(t.text), t.fund ?? null] as const));
  const titleWithout = new Map(definition.titles.flatMap((t) => (t.without === undefined ? [] : [[normaliseKey(t.text), new Set(t.without)] as const])));
  const bannerKeys = new Set(definition.banner.map(normaliseKey));
  const furnitureKeys = new Set(definition.furniture.map(normaliseKey));
  const statusKeys = new Set((definition.page?.statusLines ?? []).map(normaliseKey));
  const blockHeadingKeys = new Set((definition.page?.blockHeadings ?? []).map(normaliseKey));
  const wholeLinePhrases = [...titleKeys.keys(), ...statusKeys, ...blockHeadingKeys, ...sectionsByHeading.keys(), ...bareLabels.keys()];
  const questionLabels = [...inlineLabels.entries()]
      .filter(([, fields]) => fields.some((f) => f.definition.type === 'yesNoText'))
      .flatMap(([key, fields]) => fields[0].definition.labels.filter((l) => normaliseKey(l) === key).slice(0, 1).map((label) => ({ words: label.trim().split(/\s+/).length, key, fields })));
  return {
    definition,
    name: definition.name,
    sections,
    sectionById,
    sectionsByHeading,
    sectionsByNumber,
    inlineLabels,
    bareLabels,
    titleKeys,
    labelFunds: new Map((definition.fundLabels ?? []).flatMap((group) => group.labels.map((label) => [normaliseKey(label), group.fund] as const))),
    titleWithout,
    axisKinds: (definition.axisKinds ?? []).map((kind) => ({ axisKeys: kind.axis.map(normaliseKey), without: new Set(kind.without) })),
    titledOthers: [],
    pageOthers: [],
    otherProgrammes: definition.otherProgrammes?.length ? caseless(definition.otherProgrammes) : null,
    summaryBarPattern: definition.page?.summaryBarPattern !== undefined ? lazyRegExp(() => new RegExp(definition.page!.summaryBarPattern!, 'iu')) : null,
    bannerKeys,
    furnitureKeys,
    statusKeys,
    blockHeadingKeys,
    labelKeys,
    longestLabelWords,
    longestLabelLength,
    longestHeading: Math.max(0, ...definition.sections.flatMap((s) => s.headings.map((h) => h.length))) + PHRASE_SLACK,
    questionLabels,
    questionStarts: new PhraseStarts(questionLabels.map((q) => q.key)),
    lastTopNumber: Math.max(0, ...definition.sections.map((s) => (s.number === null ? 0 : Number.parseInt(s.number, 10) || 0))),
    phraseLengths: phraseLengths(definition),
    phraseStarts: new PhraseStarts(wholeLinePhrases, [...bannerKeys, ...furnitureKeys]),
    numberedHeadingStarts: new PhraseStarts(definition.sections.filter((s) => s.number !== null).flatMap((s) => s.headings.map(normaliseKey))),
    labelStarts: new PhraseStarts(inlineLabels.keys()),
    lastRequiredIndex: definition.sections.reduce((last, section, index) => (section.required === true ? index : last), -1),
  };
}

function writtenForms(definition: TemplateDefinition): string[] {
  const forms: string[] = [...definition.banner, ...definition.furniture, ...(definition.page?.statusLines ?? []), ...(definition.page?.blockHeadings ?? [])];
  for (const t of definition.titles) forms.push(t.text);
  for (const s of definition.sections) {
    // (Each pushed in turn: a definition may hold more labels than a call may take arguments.)
    for (const heading of s.headings) forms.push(heading);
    if (s.content === 'fields') for (const f of s.fields) for (const label of f.labels) forms.push(label);
  }
  return forms;
}

/** The built-in definitions, checked by tests/grammar.test.ts with the same validation as outside ones. */
export const builtInDefinitions = [esr20072013, esr20142020, projectPage] as TemplateDefinition[];

for (const definition of builtInDefinitions) rememberWrittenForms(writtenForms(definition));

/**
 * A set of layouts: the built-in ones, plus definitions given from outside. Each is compiled once,
 * when first needed by detection or by name.
 */
export class TemplateRegistry {
  readonly templates: CompiledTemplate[];

  constructor(definitions: TemplateDefinition[]) {
    for (const definition of definitions) if (!builtInDefinitions.includes(definition)) rememberWrittenForms(writtenForms(definition));
    // A definition from outside with a built-in's name replaces it.
    const byName = new Map<string, TemplateDefinition>();
    for (const definition of definitions) byName.set(definition.name, definition);
    this.templates = [...byName.values()].map(compileTemplate);
    for (const template of this.templates) template.titledOthers = this.templates.filter((other) => other !== template && other.titleKeys.size > 0);
    for (const template of this.templates) template.pageOthers = template.definition.page === undefined ? this.templates.filter((other) => other !== template && other.definition.page !== undefined) : [];
  }

  get names(): string[] {
    return this.templates.map((t) => t.name);
  }

  byName(name: string): CompiledTemplate | undefined {
    return this.templates.find((t) => t.name === name);
  }
}

let builtIns: TemplateRegistry | null = null;

export function builtInRegistry(): TemplateRegistry {
  builtIns ??= new TemplateRegistry(builtInDefinitions);
  return builtIns;
}

/** Which definition (by its index among those given) conflicts, where in it (a JSON path), and why. */
export interface DefinitionConflict {
  index: number;
  path: (string | number)[];
  message: string;
}

/**
 * What makes definitions given together unusable, whoever gives them (the command line or the
 * library): two of one name (the second would replace the first unseen; a built-in's name is
 * replaced on purpose), and — when the text's layout is detected — a title another layout already
 * has (titles decide detection at once: the given layout would never be chosen). `sources` names
 * each definition (its file); null when there is no conflict.
 */
export function definitionConflict(definitions: TemplateDefinition[], sources: string[], detecting: boolean): DefinitionConflict | null {
  for (let i = 0; i < definitions.length; i++) {
    const before = definitions.findIndex((definition) => definition.name === definitions[i].name);
    if (before !== i) return { index: i, path: ['name'], message: `two layout definitions are named "${definitions[i].name}" (${sources[before] === sources[i] ? `${sources[i]}, given twice` : `${sources[before]} and ${sources[i]}`}): give each its own name` };
  }
  if (!detecting) return null;
  const given = new Set(definitions.map((definition) => definition.name));
  const others = builtInDefinitions.filter((definition) => !given.has(definition.name));
  for (let i = 0; i < definitions.length; i++) {
    const definition = definitions[i];
    for (const [t, title] of definition.titles.entries()) {
      const key = normaliseKey(title.text);
      const owner = [...others, ...definitions.slice(0, i)].find((other) => other.titles.some((x) => normaliseKey(x.text) === key));
      if (owner) return { index: i, path: ['titles', t, 'text'], message: `the title "${title.text}" is also the layout ${owner.name}'s, which a text with it is read with; give "${definition.name}" a title of its own (or none), name it "${owner.name}" to replace that layout, or choose it with --template ${definition.name}` };
    }
  }
  return null;
}

/** A registry of the built-in layouts and `extra` (already validated) definitions. */
export function registryWith(extra: TemplateDefinition[]): TemplateRegistry {
  return extra.length === 0 ? builtInRegistry() : new TemplateRegistry([...builtInDefinitions, ...extra]);
}

export const templateNames: string[] = builtInDefinitions.map((d) => d.name);

export function templateByName(name: string): CompiledTemplate | undefined {
  return builtInRegistry().byName(name);
}
