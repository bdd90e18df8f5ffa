/**
 * One description through every stage (SPEC §3): decode → lex/parse lines → detect → read (the
 * layout's grammar → document tree) → map → derive → semantic rules → schema validation. Data
 * flows one way; each stage is its own module.
 */
import { createHash } from 'node:crypto';
import { decode } from './decode.js';
import { toFilePositions } from './file-positions.js';
import { describeDetection, detectTemplate, otherProgrammeLine } from './detect.js';
import { definitionConflict, headingKey, headingStartedBy, labelStartedBy, labelsInOrder, isListMarkerCode, normaliseKey, opensWithListMarker, registryWith, templateByName, TemplateRegistry, vocabulary, type CompiledSection, type CompiledTemplate, type TemplateDefinition } from './grammar/index.js';
import { definitionCheck, isValidated } from './grammar/checked.js';
import { deriveValues, fundOfCode, laterProgrammeLine } from './derive/derive.js';
import { isMunicipalityName, startsAreaName, startsLongerAreaName, type AreaKind } from './derive/area-codes.js';
import { mapDocument, type CutOff } from './map/mapper.js';
import type { SourcePositions } from './map/record-builder.js';
import { escapeRegExp, parseAmount, parseStatus, splitMunicipalities } from './map/normalise.js';
import { parseLines } from './parse/line-parser.js';
import { startsSetValue } from './kinds/fields.js';
import { startsCategoryOrCriterion } from './kinds/score-table.js';
import { startsUsualRoleName } from './kinds/roles.js';
import { endsInWordedScore, endsSentenceAbove, ENDS_ON_GENITIVE, isPageBreakLine, isSharedFurniture, opensSignature, opensThread } from './read/classify.js';
import { located, readDocument } from './read/reader.js';
import { keyOf } from './key.js';
import { closesBarRow } from './read/table-cells.js';
import { joinWrapped } from './read/join.js';
import type { Result, Unmapped } from './record/schema.js';
import type { Diagnostic, DocumentNode, FieldNode, Position, SectionNode, SourceLine, TableRowNode } from './types.js';
import { semanticRules } from './validate/rules.js';
import { validateAgainstSchema } from './validate/schema-validator.js';
import { lazyRegExp } from './lazy-regexp.js';

export interface ParseOptions {
  /** Name shown in the result's `file`; `<input>` when not given. */
  file?: string;
  /** Skip detection and read the text as this layout (`null` or `''`: detect, as when not given). */
  template?: string | null;
  /** Add the positioned document tree under `tree`. */
  tree?: boolean;
  /**
   * Layout definitions besides the built-in ones (validated with `loadDefinition` /
   * `validateDefinition`); one with a built-in's name replaces it.
   */
  definitions?: TemplateDefinition[];
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || severityOrder[a.severity] - severityOrder[b.severity];
}

export function failedResult(file: string, diagnostic: Diagnostic, source: Partial<Result['source']> = {}): Result {
  return {
    file,
    ok: false,
    template: null,
    source: { bytes: 0, sha256: null, encoding: null, lineEnding: null, ...source },
    record: null,
    unmapped: [],
    diagnostics: [diagnostic],
  };
}

export interface Analysis {
  result: Result;
  /** The decoded text the positions refer to (null when the bytes could not be decoded). */
  text: string | null;
}

export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Result {
  return analyse(bytes, options).result;
}

const registries = new WeakMap<TemplateDefinition[], TemplateRegistry | Diagnostic>();

/**
 * The layouts of `options`, or the error of a definition in them that is not valid: the library's
 * caller may pass definitions it did not validate, and a bad one would otherwise fail deep inside
 * the reader.
 */
/**
 * The layout of a name among the built-in ones and `definitions` (those replacing a built-in one by its
 * name first), as a parse with those definitions reads: `validate --grammar` checks a stored result by it.
 */
export function templateLookup(definitions: ParseOptions['definitions']): (name: string) => CompiledTemplate | undefined {
  const registry = definitions === undefined || definitions.length === 0 ? null : registryOf({ definitions });
  return registry instanceof TemplateRegistry ? (name) => registry.byName(name) : templateByName;
}

function registryOf(options: ParseOptions): TemplateRegistry | Diagnostic {
  const extra = options.definitions ?? [];
  // (A file's name where the definitions go, `definitions: 'my.json'`: they are loaded by loadDefinition first.)
  if (!Array.isArray(extra)) return { severity: 'error', rule: 'invalid-definition', message: `options.definitions is a list of layout definitions (each from loadDefinition), not ${typeof extra === 'string' ? `a string ("${String(extra).slice(0, 60)}")` : typeof extra}` };
  let registry = registries.get(extra);
  if (!registry) {
    const check = definitionCheck();
    // (Each index: a hole in the list, `[ , def]`, is checked as the undefined it reads as, not skipped.
    // The first few problems are told; a list longer than any set of layouts is refused as it is.)
    const problems: string[] = [];
    let more = 0;
    if (check !== null && extra.length <= MOST_DEFINITIONS) {
      for (let i = 0; i < extra.length; i++) {
        const problem = isValidated(extra[i]) ? null : check(extra[i], `definitions[${i}]`);
        if (problem === null) continue;
        if (problems.length < PROBLEMS_TOLD) problems.push(problem);
        else more++;
      }
    }
    registry = extra.length > MOST_DEFINITIONS
      ? { severity: 'error', rule: 'invalid-definition', message: `options.definitions holds ${extra.length} entries; more than ${MOST_DEFINITIONS} layout definitions are not read` }
      : problems.length > 0
        ? { severity: 'error', rule: 'invalid-definition', message: `A layout definition passed in the options is not valid:\n${problems.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}` }
        : registryWith(extra);
    registries.set(extra, registry);
  }
  if (!(registry instanceof TemplateRegistry) || extra.length === 0) return registry;
  // As on the command line: two definitions of one name, or a title another layout has (which
  // would leave the definition unreachable when the layout is detected), refuse the definitions.
  const detecting = options.template === undefined || options.template === null || options.template === '';
  let conflicts = definitionConflicts.get(extra);
  if (!conflicts) definitionConflicts.set(extra, (conflicts = new Map()));
  let conflict = conflicts.get(detecting);
  if (conflict === undefined) {
    const found = definitionConflict(extra, extra.map((_, i) => `definitions[${i}]`), detecting);
    conflict = found === null ? null : `definitions[${found.index}].${found.path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[')}: ${found.message}`;
    conflicts.set(detecting, conflict);
  }
  return conflict === null ? registry : { severity: 'error', rule: 'invalid-definition', message: `The layout definitions passed in the options cannot be used together: ${conflict}` };
}

/** The most layout definitions one call reads, and the most of their problems one message tells. */
const MOST_DEFINITIONS = 1000;
const PROBLEMS_TOLD = 5;

const definitionConflicts = new WeakMap<TemplateDefinition[], Map<boolean, string | null>>();

/** How a value's line ends when it is whole: a full stop, or its closing bracket or quote (`(yhteishanke)`). */
const VALUE_LINE_END = lazyRegExp(() => /[.!?;)\]"”»…']$/u);
/**
 * How a line of text ends when it is whole: a sentence's end, or a bracket or quote closed right
 * after one (`… (ks. liite).`, `(Lähde: THL.)`); `… ammattikorkeakoulu (TAMK)` stops mid-sentence.
 */
const PROSE_LINE_END = lazyRegExp(() => /(?:[.!?;…]|[.!?][)\]"”»'])$/u);
/** An amount's figure and its unit at a line's end (`683 845 €`, `683 845 euroa`). */
// (Only a unit that is no other's start: `683 845 eur` may be `euroa` cut.)
const AMOUNT_WITH_UNIT_END = lazyRegExp(() => new RegExp(`\\d\\s*(?:${vocabulary.amountUnits.filter((unit, _, units) => !units.some((other) => other !== unit && other.startsWith(unit))).map(escapeRegExp).join('|')})$`, 'iu'));
/** An amount's unit after its figure (`674 523 €`, `… EUR`): any of vocabulary `amountUnits`, the longest first. */
const AMOUNT_UNIT_AFTER = lazyRegExp(() => new RegExp(`\\s*(?:${[...vocabulary.amountUnits].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})$`, 'iu'));
/** An abbreviation no value or sentence ends with, in lower case (`va.`, `mm.`; `Anna N.` is an initial). */
/** An abbreviation that may end a sentence in another language at a line's end (`… mm.`, `… incl.`). */
const MAY_END_SENTENCE = lazyRegExp(() => new RegExp(`(?:^|\\s)(?:${vocabulary.valueGoesOnAfter.abbreviations.mayEndSentence.map((w) => w.replace(/\./g, '\\.')).join('|')})\\.$`, 'u'));
/** A line's last word after a word in lower case (`ovat mm.`). */
const AFTER_LOWER_CASE_WORD = lazyRegExp(() => /(?:^|\s)\p{Ll}[\p{L}-]*,?\s+\S+$/u);
const ENDS_WITH_ABBREVIATION = lazyRegExp(() => new RegExp(`(?:^|[\\s(])(?:${vocabulary.valueGoesOnAfter.abbreviations.words.map((w) => w.replace(/\./g, '\\.')).join('|')})\\.$`, 'u'));
/** A phone's word capitalised after a comma at a line's end (`…, Puh.`, `…, TEL.`): the number after it cut. */
const ENDS_WITH_PHONE_WORD = lazyRegExp(() => new RegExp(`,\\s+(?:${vocabulary.phoneAbbreviations.words.filter((w) => w.length >= 2).flatMap((w) => [`${w[0].toUpperCase()}${w.slice(1)}`, w.toUpperCase()]).join('|')})\\.$`, 'u'));
/**
 * An abbreviation of two letters or more alone on its line, capitalised as a paragraph's first word
 * (`Kts.`, `Esim.`): the words after it were cut. (One letter alone, `N.`, may be an initial.)
 */
const ABBREVIATION_ALONE = lazyRegExp(() => new RegExp(`^\\(?(?:${vocabulary.valueGoesOnAfter.abbreviations.words.filter((w) => w.length >= 2).map((w) => `${w[0].toUpperCase()}${w.slice(1).replace(/\./g, '\\.')}`).join('|')})\\.$`, 'u'));
/** What no value or sentence ends with: a list's comma, a suspended compound's hyphen, a list word (`… liikenne- ja`, `LIIKENNE- JA`, `ja` alone below). */
/**
 * A day and a month with their dots and no year after them, at a line's end — a day and a month
 * that are one (not `klo 9.30.`), not a section's or an attachment's number after its word in the
 * inessive (`kohdassa 4.1.`, `liitteessä 2.1.`), not the last of dates written so (`1.3., 15.4. ja
 * 31.5.`, `1.3. – 31.5.`).
 */
function endsOnDateWithoutYear(text: string): boolean {
  const end = DATE_AT_END.exec(text);
  if (end === null) return false;
  const day = Number(end[2]);
  const month = Number(end[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const before = text.slice(0, end.index + end[1].length);
  return !/(?:^|\s)klo$|\p{L}(?:ssa|ssä)$|\d{1,2}\.\d{1,2}\./u.test(before.trimEnd()) && !/\d{1,2}\.\d{1,2}\./u.test(before);
}
const DATE_AT_END = lazyRegExp(() => /(^|[\s(])(\d{1,2})\.(\d{1,2})\.$/u);
const UNFINISHED = lazyRegExp(() => new RegExp(`(?:,|\\p{L}-|(?:^|\\s)(?:${vocabulary.valueGoesOnAfter.words.join('|')}))$`, 'iu'));

/** A line of text that ends on a word no sentence ends with (vocabulary `sentenceGoesOnAfter`: `…, joiden`, `… jotta`). */
const SENTENCE_GOES_ON = lazyRegExp(() => new RegExp(`\\s(?:${vocabulary.sentenceGoesOnAfter.words.join('|')})$`, 'u'));

const FRAGMENT_AFTER_COMMA = lazyRegExp(() => /(?<word>\p{L}+),[ \t]+(?<fragment>\p{Ll}{1,2})$/u);
/** The abbreviations a list may end with, without their dot (`…, yritykset, ym`). */
const LIST_END_ABBREVIATIONS = new Set([...vocabulary.valueGoesOnAfter.abbreviations.words, ...vocabulary.listGoesOnMarkers.words].map((word) => word.replace(/\.$/u, '').toLowerCase()));

/**
 * A line, no list's item, ending with a semicolon (`… Hanke mahdollistaa seuraavat asiat;`): it
 * introduces what follows, cut away. (A list's item ends so, its last one too in a whole text,
 * review R of round 48: `- kuntien kanssa;`, or below another line so ending, a list without
 * markers, review R2.)
 */
function semicolonOpensCutList(text: string, above: SourceLine | undefined): boolean {
  return text.endsWith(';') && !startsListItem(text) && !(above !== undefined && !above.afterBlank && above.text.endsWith(';'));
}

/**
 * A line's last word of one or two lower-case letters, right after a word of letters or a suspended
 * compound's part (`informaatio- j`; no full stop): after a figure or a mark it may be a unit, an initial or an item's letter (`30 op`, `7 b`,
 * `/ ak`), which no list can hold.
 */
const SHORT_LAST_WORD = lazyRegExp(() => /(?:^|\s)\p{L}{3,}-?\s+(?<word>\p{Ll}{1,2})$/u);
const SHORT_WORDS_AT_END = new Set(vocabulary.shortWordsAtEnd.words);

/** Whether a line of prose ends on a word's first letter or two ({@link SHORT_LAST_WORD}) that is no word of its own (vocabulary `shortWordsAtEnd`). */
function endsInsideWord(text: string): boolean {
  const match = text.length > 6 && (text.charCodeAt(text.length - 3) <= 32 || text.charCodeAt(text.length - 2) <= 32) ? SHORT_LAST_WORD.exec(text) : null;
  // (Not after a comma, a list of letters, `a, b`, or a degree, `Anna Virtanen, ft`: {@link endsOnFragment}
  // decides those; nor a word after a slash or a hyphen, `ja/ta`, `2-v`.)
  // (A letter from a to h alone names an appendix, an option or a building, `liitteessä b`, `plan c`.)
  return match !== null && !SHORT_WORDS_AT_END.has(match.groups!.word) && !/^[a-h]$/u.test(match.groups!.word) && /\s$/u.test(text.slice(0, -match.groups!.word.length));
}

/** A word of one or two lower-case letters after a comma at the line's end (`… taitoja, k`), no abbreviation (`ym`) nor the next letter of a list of letters (`a, b`). */
function endsOnFragment(text: string): boolean {
  const match = FRAGMENT_AFTER_COMMA.exec(text);
  // (After a name, `Anna Virtanen, ft`, the letters are a degree's or a title's abbreviation.)
  return match !== null && match.groups!.word.length > 1 && /^\p{Ll}/u.test(match.groups!.word) && !LIST_END_ABBREVIATIONS.has(match.groups!.fragment);
}

/**
 * Whether a line ends on an inline list's number or letter with nothing after it (`… 2) Ryhmävalmennus,
 * 3)`, `…, C)`, `…, iii)`, `…, (3)`, `…, 3.`): the item it numbers was cut off. Only after an item so
 * numbered earlier on the line (`…, 48, 61, 56.` ends a sentence, `… (ks.` / `liite 2)` a remark
 * wrapped), and not where the last bracket closes one opened before it (`a) … b) … (ks. liite 2)`).
 */
function endsOnEnumerator(text: string): boolean {
  if (ENUMERATOR_ALONE.test(text)) return true;
  // (After a colon, a list's first number, `Tavoitteita on: 1.`; after a comma or a conjunction, the
  // next number of a list numbered so before it on the line, `1. verkosto-osaaminen ja 2.`.)
  if (/:\s*1\.$/u.test(text)) return true;
  const dotted = DOTTED_AFTER_SEPARATOR.exec(text);
  if (dotted !== null && Number(dotted.groups!.number) > 1 && new RegExp(String.raw`(?:^|[\s,;:])${Number(dotted.groups!.number) - 1}\.\s+(?!(?:${LIST_WORDS})\s)\p{L}`, 'iu').test(text)) return true;
  if (/[,;:]\s*\d{1,2}\.$/u.test(text)) return DOTTED_ITEM_BEFORE.test(text);
  if (BRACKETED_AT_END.test(text)) return BRACKETED_ITEM_BEFORE.test(text);
  if (!CLOSED_AT_END.test(text) || !CLOSED_ITEM_BEFORE.test(text)) return false;
  let open = 0;
  for (let i = 0; i < text.length - 1; i++) if (text[i] === '(') open++; else if (text[i] === ')' && open > 0) open--;
  return open === 0;
}

/** An inline list's number or letter (`3`, `c`, `iii`). */
const ITEM_MARK = String.raw`(?:\d{1,2}|\p{L}|[ivxIVX]{1,4})`;
/** Alone on its line (`3)`, `(c)`): it numbers an item cut off after it. */
const ENUMERATOR_ALONE = lazyRegExp(() => new RegExp(String.raw`^\(?${ITEM_MARK}\)$`, 'u'));
const DOTTED_ITEM_BEFORE = lazyRegExp(() => /(?:^|[\s,;:])\d{1,2}\.\s+\p{Lu}/u);
const LIST_WORDS = [...vocabulary.listConjunctions, ...vocabulary.alternativeConjunctions].map(escapeRegExp).join('|');
/** A number with its dot at the line's end after a comma or a list's conjunction (`, 3.`, `ja 2.`). */
const DOTTED_AFTER_SEPARATOR = lazyRegExp(() => new RegExp(String.raw`(?:[,;]|\s(?:${LIST_WORDS}))\s*(?<number>\d{1,2})\.$`, 'iu'));
const BRACKETED_AT_END = lazyRegExp(() => new RegExp(String.raw`[,;:]\s*\(${ITEM_MARK}\)$`, 'u'));
const BRACKETED_ITEM_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?:^|[\s,;:])\(${ITEM_MARK}\)\s+\p{L}`, 'u'));
const CLOSED_AT_END = lazyRegExp(() => new RegExp(String.raw`(?:^|[\s,;:])${ITEM_MARK}\)$`, 'u'));
const CLOSED_ITEM_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?:^|[\s,;:])${ITEM_MARK}\)\s+\p{L}`, 'u'));

/** Field types whose value is one word that never ends with a full stop (`liisa.` is an e-mail cut off). */
const ADDRESS_TYPES = new Set(['email', 'websites', 'website']);
/** Generic top-level parts of web addresses (a country's two letters are one too): after one, a dot is a sentence's full stop. */
const GENERIC_TOP_LEVEL = new Set(['com', 'org', 'net', 'info', 'edu', 'gov', 'biz']);

/** Whether an address ends in a top-level part and then a dot (`www.ksak.fi.`, `liisa@ksak.fi.`): a sentence's full stop. */
function endsInTopLevel(value: string): boolean {
  const bare = value.slice(0, -1).replace(/^https?:\/\//iu, '');
  // (An address with a path had its host whole: `www.savo.fi/polku.`.)
  if (bare.includes('/')) return true;
  const parts = bare.split('.');
  return parts.length > 1 && isTopLevel(parts[parts.length - 1]);
}

/** A country's two letters, or one of the generic top-level parts. */
const isTopLevel = (part: string) => /^[a-z]{2}$/iu.test(part) || GENERIC_TOP_LEVEL.has(part.toLowerCase());

/** Whether a text's last word is a web address cut after a dot (`… (verkkosivut, www.oph.`). */
function endsOnCutAddress(text: string): boolean {
  return webAddressCutAfterDot(text.slice(text.lastIndexOf(' ') + 1));
}

/** A web address cut after a dot before its top-level part: `http://www.`, `www.ksak.`, `http://hanke.`. */
function webAddressCutAfterDot(item: string): boolean {
  const host = /^(?:https?:\/\/|(?=www\.))([^\s/]+)\.$/iu.exec(item);
  if (host === null) return false;
  const parts = host[1].split('.');
  return parts.length === 1 || !isTopLevel(parts[parts.length - 1]);
}

/**
 * The lines a printed copy's page starts with, after a form feed (pdftotext writes one before each
 * page's first line, `\fS21456`, or alone on a line): by the text's line number; null when the text
 * has none (most have none, and this is asked once of the text).
 */
function formFeedLines(text: string): Set<number> | null {
  if (!text.includes('\f')) return null;
  const starts = new Set<number>();
  let line = 1;
  let afterFeed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) line++;
    else if (code === 12) afterFeed = true;
    else if (afterFeed && code !== 32 && code !== 9 && code !== 13) {
      starts.add(line);
      afterFeed = false;
    }
  }
  // (A form feed after the text's last line, as pdftotext ends a print: its line, past the text's
  // lines, tells the last page's bottom as the others are told.)
  if (afterFeed) starts.add(line);
  return starts;
}

/** A list's last item (after its last comma or semicolon), or the whole value. */
const lastItem = (value: string) => value.slice(Math.max(value.lastIndexOf(','), value.lastIndexOf(';')) + 1).trim();

/** A printed page's count on a line of a page's break (`Sivu 2 / 3`, `Page 3 of 3`, `2 (3)`), else null. */
function pageCountOf(text: string): { page: number; of: number } | null {
  const count = LAST_PAGE_COUNT.exec(text);
  return count !== null && isPageBreakLine(text) ? { page: Number(count[1]), of: Number(count[2]) } : null;
}

/** A page's count whose page is the last (`Sivu 2 / 2`, `Page 3 of 3`, `2 (2)`). */
function isLastPageCount(text: string): boolean {
  const count = pageCountOf(text);
  return count !== null && count.page === count.of;
}

/** The first line of the section of this id in the document, else 0. */
function sectionStartLine(tree: DocumentNode, id: string | undefined): number {
  const node = id === undefined ? undefined : tree.children.find((child): child is SectionNode => child.type === 'section' && child.id === id);
  return node?.position.start.line ?? 0;
}

/** Where the furniture at the copy's end counts a page before the last (`Sivu 2 / 3`, `2 (3)`): that count and the copy's own last line above it. */
function pagesMissingAtEnd(lines: SourceLine[], furniture: Map<number, string>): { page: number; of: number; line: number; at: number } | null {
  let count: { page: number; of: number } | null = null;
  let above = lines.length - 1;
  for (; above >= 0 && (furniture.has(lines[above].position.start.line) || isSharedFurniture(lines[above])); above--) count ??= pageCountOf(lines[above].text);
  if (count === null || above < 0) return null;
  return count.page < count.of ? { ...count, line: lines[above].position.start.line, at: above } : null;
}

/** The roles of furniture a copy may end on whole: a page's or a print's, a site's address below the text, a line taken for a print's (said where it stands). */
const PAGE_END_ROLES = new Set(['furniture', 'address', 'related', 'pageInsert', 'uncertain']);

/**
 * Where the lines read as furniture at the copy's end start, below a line of its own text; -1 where its
 * last line is none, is one word that starts a label or a page's role name (where a copy may be cut inside
 * it, `Projektit` of `Projektitiimi`), or where they count a page before the last (the print goes on).
 */
function furnitureAtEnd(lines: SourceLine[], furniture: Map<number, string>, template: CompiledTemplate): number {
  let start = lines.length;
  // (A page's or a print's furniture, or a site's address below: not a table's header, `VälitönVälillinen`,
  // where a copy stops before its rows, nor a line that may be text.)
  while (start > 0 && PAGE_END_ROLES.has(furniture.get(lines[start - 1].position.start.line) ?? '')) start--;
  // (Nor a mail's sign-off that may be text, `Kiitos!` / `Yhteenveto`, kept in unmapped and said where it stands: the copy
  // is judged above it as above a sign-off that is certain. Review RVA of round 74.)
  if (start === lines.length) {
    let signed = start;
    while (signed > 0 && furniture.get(lines[signed - 1].position.start.line) === 'mayBeText') signed--;
    if (signed < start && opensSignature(lines[signed].text.replace(/[!.]$/u, ''))) start = signed;
  }
  // (Nor where the line above them is furniture of another kind, a line that may be text: the copy is read as it stands.)
  if (start === lines.length || start === 0 || furniture.has(lines[start - 1].position.start.line)) return -1;
  const last = lines[lines.length - 1].text;
  if (!/\s/u.test(last) && (labelStartedBy(template, last) !== null || (template.definition.page !== undefined && startsUsualRoleName(last) !== null))) return -1;
  for (let at = start; at < lines.length; at++) {
    const count = pageCountOf(lines[at].text);
    if (count !== null && count.page !== count.of) return -1;
  }
  return start;
}
const LAST_PAGE_COUNT = lazyRegExp(() => /(?:^|\s)(\d{1,3})\s*(?:\/\s*|\(\s*|\s\S{1,3}\s+)(\d{1,3})\s*\)?$/u);

/** The roles of furniture below a description that is no part of it (src/kinds/map-context.ts keeps each in unmapped). */
const APART_BELOW = new Set(['thread', 'note', 'appended', 'signed']);

/** The lines read as furniture, each with its furniture's role. */
function furnitureLinesOf(tree: DocumentNode): Map<number, string> {
  const lines = new Map<number, string>();
  const walk = (children: DocumentNode['children']) => {
    for (const child of children) {
      if (child.type === 'furniture') for (let line = child.position.start.line; line <= child.position.end.line; line++) lines.set(line, child.role);
      else if (child.type === 'section') walk(child.children);
    }
  };
  walk(tree.children);
  return lines;
}

/** Where the line `line` is a page's furniture: the last line above it that is none (its value may go on past the page's break), else null. */
function lineAboveFurniture(lines: SourceLine[], line: number, tree: DocumentNode): number | null {
  const furniture = furnitureLinesOf(tree);
  if (!furniture.has(line)) return null;
  let at = lines.findIndex((l) => l.position.start.line === line);
  // (Only a page's count of figures alone, `01/20`, which may as well be the cut start of the value's
  // next line; a whole footer, `Sivu 2 / 4`, ends the copy at a page's end, the value above it whole.)
  if (at === -1 || /\p{L}/u.test(lines[at].text)) return null;
  while (at > 0 && furniture.has(lines[at].position.start.line)) at--;
  return at >= 0 && !furniture.has(lines[at].position.start.line) ? lines[at].position.end.line : null;
}

/** The layout's section a cut at line `line` stops in: the last one of the layout that starts before it. */
function cutSection(tree: DocumentNode, line: number, template: CompiledTemplate): CompiledTemplate['sections'][number] | null {
  const open = lastSection(tree, line + 1);
  const known = open !== null && open.id === null ? lastKnownSection(tree) : open;
  return known?.id ? template.sectionById.get(known.id) ?? null : null;
}

/** The last section node in reading order (the deepest last one) that starts before line `before`. */
function lastSection(tree: DocumentNode, before = Infinity): SectionNode | null {
  let last: SectionNode | null = null;
  let children = tree.children;
  for (;;) {
    let found: SectionNode | null = null;
    for (const child of children) if (child.type === 'section' && child.position.start.line < before) found = child;
    if (!found) return last;
    last = found;
    children = found.children;
  }
}

/**
 * Whether the text's last line (`at`) is a value of one of the layout's fields on its label's line
 * and a section every description has (`required`) comes after its section and is not in the text:
 * the copy stops before the part it cannot be without.
 */
function stopsBeforeRequired(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate): boolean {
  const last = lines[at];
  const open = lastSection(tree);
  // (On its label's line: a line below the last field may as well be the text after it, a flattened
  // copy's summary. Or in a block of the layout, its bare heading or an entry below it
  // (`Osatoteuttajat` / `Pohjolan ammattiopisto, 2345678-0`): a list never ends a description.)
  const onValue = last.kind === 'label' && template.inlineLabels.has(last.labelKey!) && (last.value ?? '') !== '';
  // (Or below its label, as the tree read it: a two-column copy's `Hankkeen nimi:` / blank / `Satakunnan`.)
  const field = open?.children.at(-1);
  const belowLabel = field?.type === 'field' && field.known && field.value !== '' && template.inlineLabels.has(field.key) && field.position.start.line < last.position.start.line && field.position.end.line === last.position.start.line;
  if (!onValue && !belowLabel && !inLayoutBlock(open, last.position.start.line, template)) return false;
  const openIndex = open?.id ? template.sectionById.get(open.id)?.index ?? -1 : -1;
  if (openIndex === -1) return false;
  const present = sectionsInTree(tree);
  return template.sections.some((section) => section.index > openIndex && section.definition.required === true && !present.has(section.definition.id));
}

/**
 * Whether the text's last line is an area list's label with its value whose last name is a place's
 * and the start of a longer one's (`Seutukunnat: Suupohjan`, `Kunnat: Kaskinen, Kemi`), where the copy
 * lacks a later section of the layout before its last: the name may be cut into another place's (of
 * `Suupohjan rannikkoseudun`, `Kemijärvi`). (A name no longer one starts with, `Helsinki`, ends a list whole.)
 */
function stopsOnAreaList(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  if (last.kind !== 'label' || (last.value ?? '') === '') return false;
  const fields = template.inlineLabels.get(last.labelKey!);
  const kind = fields?.map((f) => AREA_PATHS.get(f.definition.path)).find((k) => k !== undefined);
  if (fields === undefined || kind === undefined) return false;
  const names = splitMunicipalities(last.value!, kind === 'municipality' ? isMunicipalityName : undefined);
  const name = names[names.length - 1]?.split('/').pop()?.trim();
  return name !== undefined && startsLongerAreaName(kind, name) && lacksLaterSection(tree, fields[0].section, template, true);
}

/**
 * Whether the text's last line is a field's label with a value a cut cannot be told from, where the
 * copy lacks a later section of the layout before its last (a copy of the register's print cut in
 * section 6 or 7): an indicator's last figure (`Suunniteltu: 24` of 240, `…, joista naisia 1` of 160), a street without its number
 * (`Jakeluosoite: Rantat`), a place that is no municipality's name (`Postitoimipaikka: Hämeen`), an
 * amount of a few thousand euros with the section's later amounts cut away. The value may be cut. (An
 * excerpt ends on whole values too: another amount, which the funding's totals check, a street with its
 * number or a municipality's name are taken as whole; nor a project page's, whose sections are often left out.)
 */
function stopsOnValueBeforeLater(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  if (template.definition.page !== undefined || last.kind !== 'label' || (last.value ?? '') === '') return false;
  const fields = template.inlineLabels.get(last.labelKey!);
  if (fields === undefined) return false;
  const value = last.value!.trim();
  const mayBeCut = fields.some((field) => {
    const path = field.definition.path;
    // (A figure alone, or the women's share after it, `300, joista naisia 1` of 160: a cut share is
    // smaller than the total, which no check of the two catches.)
    if (field.definition.type === 'indicator') return /\d$/u.test(value);
    // (An amount of a few thousand euros, no project's figure but millions cut after their first
    // groups, where the layout has amounts of its section after it — the copy, stopping here, lacks
    // them: no total is left to check it against, `Myönnetty EU- ja valtion rahoitus: 1 204` of
    // `1 204 000`; under a thousand too, `137` of `137 500`, which its own check says only as thousands
    // written without their unit. Digits alone only: a unit or cents after them show the figure
    // ended, `4 850 €`, `4 850,25`; a zero is no figure's start.)
    if (field.definition.type === 'amount') {
      // (A currency written before the figure, `EUR 2 300`, `€ 2 300`, does not show its end as one after it does.)
      const figure = value.replace(CURRENCY_BEFORE_FIGURE, '');
      const amount = /^(?:\d{1,3}(?: \d{3})*|\d{4})$/u.test(figure) ? parseAmount(figure).value : null;
      // (Or the section's last amount where the copy has none of the layout's later sections: `Toteutunut
      // julkinen rahoitus yhteensä: 1 185` of `1 185 262`, the copy stopping there.)
      return (
        amount !== null &&
        amount >= 1 &&
        amount < FEW_THOUSAND_EUROS &&
        (field.section.fields.slice(field.index + 1).some((later) => later.definition.type === 'amount') || !laterSections(tree, field.section, template).some((later) => later.present))
      );
    }
    if (path.endsWith('.street')) return !/\d/u.test(value);
    if (path.endsWith('.city')) return !isMunicipalityName(value);
    return false;
  });
  return mayBeCut && lacksLaterSection(tree, fields[0].section, template, true);
}

/** Below this many euros an amount is no project's funding figure (one cut after its first groups may be). */
const FEW_THOUSAND_EUROS = 10000;

/** Whether line `line` is the bare heading, or a line below it, of the section's last field, a block of the layout's (a list of entries). */
function inLayoutBlock(section: SectionNode | null, line: number, template: CompiledTemplate): boolean {
  const field = section?.children.at(-1);
  return field?.type === 'field' && field.known && field.value === '' && template.bareLabels.has(field.key) && field.position.start.line <= line && field.position.end.line >= line;
}

/**
 * Whether the text's last line is all the text of a section opened by its text right after a block
 * of the layout, and no sentence (`Osatoteuttajat` / … / `Kylän Yhdistys ry, 20`): an entry of the
 * block cut short after a blank line, not the summary.
 */
function entryAfterBlock(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  if (/[.!?]$/u.test(last.text)) return false;
  const sections = tree.children.filter((child): child is SectionNode => child.type === 'section');
  const open = sections.at(-1);
  const before = sections.at(-2);
  if (open === undefined || before === undefined || open.openedBy !== 'text' || open.children.length !== 1) return false;
  const text = open.children[0];
  if (text.type !== 'paragraph' || text.children.length !== 1 || text.position.start.line !== last.position.start.line) return false;
  const deepest = lastSection({ ...tree, children: [before] });
  return deepest !== null && inLayoutBlock(deepest, deepest.position.end.line, template);
}

/** The layout's sections after `section`, not inside it (its numbered subsections), and whether the tree has each. */
function laterSections(tree: DocumentNode, section: CompiledSection, template: CompiledTemplate): { later: CompiledSection; present: boolean }[] {
  const present = sectionsInTree(tree);
  const number = section.definition.number;
  return template.sections.filter((later) => later.index > section.index && !(number !== null && later.definition.number?.startsWith(`${number}.`) === true)).map((later) => ({ later, present: present.has(later.definition.id) }));
}

/** Whether the layout has a section after `section`, not inside it, that the tree lacks (before its last only, with `beforeLast`). */
function lacksLaterSection(tree: DocumentNode, section: CompiledSection, template: CompiledTemplate, beforeLast = false): boolean {
  const end = beforeLast ? template.sections.length - 1 : template.sections.length;
  return laterSections(tree, section, template).some(({ later, present }) => !present && later.index < end && later.definition.content !== 'container');
}

/** Whether the description's status says the project has ended (its final report is then due). */
function projectEnded(tree: DocumentNode, template: CompiledTemplate): boolean {
  const status = fieldValueAt(tree, template, 'project.status');
  return status !== null && parseStatus(status).value?.state === 'ended';
}

/** The ids of the layout's sections the tree has, at any depth. */
function sectionsInTree(tree: DocumentNode): Set<string> {
  const present = new Set<string>();
  const walk = (children: DocumentNode['children']) => {
    for (const child of children) if (child.type === 'section') {
      if (child.id !== null) present.add(child.id);
      walk(child.children);
    }
  };
  walk(tree.children);
  return present;
}

/** The value as written of the field of the layout at record path `path`, if the tree has it. */
function fieldValueAt(tree: DocumentNode, template: CompiledTemplate, path: string): string | null {
  for (const node of tree.children) {
    if (node.type !== 'section' || node.id === null) continue;
    const section = template.sectionById.get(node.id);
    for (const child of node.children) {
      if (child.type === 'field' && child.field !== null && section?.fields[child.field.index]?.definition.path === path) return child.value;
    }
  }
  return null;
}

/**
 * The fund the labels read say (the layout's `fundLabels`: ESR's `Osio`, EAKR's `Ohjelma`), with the
 * labels as written and the first one's place; null when none of them was read, or both funds' were.
 */
function fundOfLabelsRead(tree: DocumentNode, template: CompiledTemplate): { fund: 'ESR' | 'EAKR'; labels: string[]; position: Position } | null {
  if (template.labelFunds.size === 0) return null;
  const read: { fund: 'ESR' | 'EAKR'; node: FieldNode }[] = [];
  const walk = (children: DocumentNode['children']) => {
    for (const child of children) {
      if (child.type === 'section') walk(child.children);
      else if (child.type === 'field' && child.field !== null && !child.duplicate) {
        const fund = template.labelFunds.get(child.key);
        if (fund !== undefined) read.push({ fund, node: child });
      }
    }
  };
  walk(tree.children);
  if (read.length === 0 || read.some((r) => r.fund !== read[0].fund)) return null;
  return { fund: read[0].fund, labels: read.map((r) => r.node.label), position: read[0].node.position };
}

/** The last section node of the layout in reading order (the deepest last one with an id). */
function lastKnownSection(tree: DocumentNode): SectionNode | null {
  let last: SectionNode | null = null;
  const walk = (children: DocumentNode['children']) => {
    for (const child of children) if (child.type === 'section') {
      if (child.id !== null) last = child;
      walk(child.children);
    }
  };
  walk(tree.children);
  return last;
}

/**
 * Whether a line is a field's label written whole without its colon and with no sentence's end (`Sukupuolinäkökulma
 * on huomioitu hankkeen toiminnassa (valtavirtaistaminen)`): in the label's capital, on a line of its own (not a
 * sentence's wrapped tail, `… oli erityisesti` / `kestävä kehitys`: review RVC of round 72).
 */
function endsOnLabelWithoutColon(lines: SourceLine[], at: number, template: CompiledTemplate, tree: DocumentNode): boolean {
  const line = lines[at];
  // (Not on a project page, whose role's name alone at the end is a role without its text, said as that.)
  if (template.definition.page !== undefined || line.kind === 'label' || /[.!?:]$/u.test(line.text) || !/^\p{Lu}/u.test(line.text)) return false;
  if (at > 0 && !line.afterBlank && !/[.!?:]$/u.test(lines[at - 1].text) && lines[at - 1].kind !== 'label') return false;
  // (Nor an answer to a line ending with a colon or a question mark, `… teemat olivat:` / `Kestävä kehitys`; and only a
  // label of the section the copy is in or a later one: another's words in a final report are its text. Review RVD.)
  if (at > 0 && /[:?]$/u.test(lines[at - 1].text)) return false;
  const key = normaliseKey(line.text);
  if (!template.inlineLabels.has(key) || template.bareLabels.has(key)) return false;
  const open = lastSection(tree, line.position.start.line);
  const openIndex = open?.id ? template.sectionById.get(open.id)?.index ?? 0 : 0;
  return template.inlineLabels.get(key)!.some((field) => field.section.index >= openIndex);
}

/**
 * A copy cut after a fixed number of characters stops mid-sentence, mid-word or mid-value: its
 * last line ends without the punctuation a text, a figure or a heading ends with.
 */
function findCutOff(text: string, lines: SourceLine[], tree: DocumentNode, template: CompiledTemplate): CutOff | null {
  // A mail program's note that it clipped the message (`[Viesti leikattu]`): the copy says it is cut,
  // at its last line before the note, however that line ends.
  const clip = clipMarkerAt(lines);
  // A copy saved whole ends with a line break or at the end of a sentence; a cut one ends where it was cut.
  // (Lines selected whole and saved end with a line break too: a last line that cannot be a whole
  // value or sentence, `… liikenne- ja`, `Erityisasiantuntija,`, `Hakijoita on useampi`, is a cut.)
  if (lines.length === 0) return null;
  // A print's copy whose furniture at its end counts a page before the last (`Sivu 2 / 3`) lacks the
  // pages after it, however its own last line ends. (Review RVD of round 72.)
  // (Where that line cannot end there, `… liikenne- ja` / `01/20`, the copy is cut inside its value, said below.)
  const furniture = furnitureLinesOf(tree);
  const pages = clip === -1 ? pagesMissingAtEnd(lines, furniture) : null;
  if (pages !== null) {
    const section = cutSection(tree, pages.line, template);
    return endsUnfinished(lines, pages.at, template, tree) ? { line: pages.line, section } : { line: pages.line, section, pagesMissing: { page: pages.page, of: pages.of } };
  }
  const savedWithBreak = clip === -1 && /\n\s*$/.test(text.slice(-64));
  // Page furniture after the text (`Palaute`, `© …`) is not where a copy was cut — unless it is one
  // word that starts a label (`Projektit` of `Projektityyppi:`).
  let end = clip === -1 ? lines.length : clip;
  // (So is a line of the layout's own furniture, a definition's `Tulosta kortti`.)
  while (end > 0 && (isSharedFurniture(lines[end - 1]) || template.furnitureKeys.has(keyOf(lines[end - 1]) ?? '')) && !(end > 1 && endsSentenceAbove(lines[end - 2], lines[end - 1]))) end--;
  // Nor is a print's last page's count (`Sivu 2 / 2`, `3 (3)`) and its footer, read as furniture: the
  // print ends there. (A count of a page before the last, `Sivu 1 / 3`, is where a copy of the print stops.)
  if (end === lines.length && clip === -1 && isLastPageCount(lines[end - 1].text)) {
    while (end > 0 && furniture.has(lines[end - 1].position.start.line)) end--;
  }
  // Nor is a mail's signature read as furniture (`--` / `Terveisin` / … / `puh. 040 …`), which its
  // last line ends without a full stop: the text ends above it, as if saved without a line break there.
  if (end === lines.length && clip === -1 && end > 1) {
    let start = end;
    while (start > 1 && furniture.has(lines[start - 1].position.start.line)) start--;
    // (Or a message's header, `Lähettäjä: …` / `Lähetetty: …`, or what is kept apart below the text,
    // whose last line is its own: a quoted message, a note of its sender's, a report appended.)
    // (Below a sender's note or a report appended, the text above is read as saved with its line break, as
    // the copy would be without them: a list's last item or a table's row ends it whole. Audit AQ of round 59.)
    if (start < end && (opensSignature(lines[start].text) || opensThread(lines, start) || APART_BELOW.has(furniture.get(lines[start].position.start.line) ?? ''))) return findCutOff(text.slice(0, lines[start - 1].position.end.offset) + (savedWithBreak && !opensSignature(lines[start].text) && !opensThread(lines, start) ? '\n' : ''), lines.slice(0, start), tree, template);
  }
  // Nor are lines read as furniture (a print's `Tulostettu 12.3.2019` or header, a sign-off `Kiitos!` /
  // `t. Name`): the copy's own last line is the one above them, judged as the copy would be without them,
  // saved with or without its final line break (`… liikenne- ja` / `Tulostettu 12.3.2019` is cut; a whole
  // sentence above them is not). Review RVD of round 72, reviews RVA and RVC of round 73.
  const furnitureStart = end === lines.length && clip === -1 ? furnitureAtEnd(lines, furniture, template) : -1;
  if (furnitureStart !== -1) return findCutOff(text.slice(0, lines[furnitureStart - 1].position.end.offset) + (savedWithBreak ? '\n' : ''), lines.slice(0, furnitureStart), tree, template);
  if (end === 0) return null;
  // A copy that stops on a field's value before a section every description has (the summary) is
  // cut there, however its last line ends: a copy cut after a fixed number of characters, saved
  // with a line break, or ending on a whole value (`Kunnat: Espoo, H`, `Osoite: PL 3`, `… 412`).
  // (A field's value hard-wrapped onto the last line is judged at its label's line, its value joined: one the register
  // writes whole ends whole, `Innovatiivisuus: Ei erityistä innovatiivisuutta projektin` / `tavoitteena`; one cut
  // short is cut, `Kestävä kehitys: … vaikutusta` / `kestävän kehityksen`. Audit KC and review RVA of round 74.)
  const wrapped = clip === -1 && end === lines.length ? wrappedValueAt(lines, end - 1, tree, template) : null;
  const wrappedWholeLabel = wrapped !== null && wrapped.whole ? wrapped.label : null;
  const lastAt = wrapped !== null ? lines.indexOf(wrapped.label) : end - 1;
  const beforeRequired = clip === -1 && end === lines.length && (stopsBeforeRequired(lines, lastAt, tree, template) || entryAfterBlock(lines[lastAt], tree, template) || stopsOnAreaList(lines[lastAt], tree, template));
  // (Only in a copy saved with its line break: one without is read as its last line ends.)
  const valueOrRowBeforeLater = savedWithBreak && end === lines.length && !beforeRequired && (stopsOnValueBeforeLater(wrapped !== null ? { ...wrapped.label, value: wrapped.value } : lines[end - 1], tree, template) || stopsOnWholeRow(lines[end - 1], tree, template));
  const insideTable = savedWithBreak && end === lines.length && !beforeRequired && !valueOrRowBeforeLater && endsInsideTableBeforeCategories(lines[end - 1], tree, template);
  const beforeLater = valueOrRowBeforeLater || insideTable;
  const early = beforeRequired || beforeLater;
  // (A field's label written whole without its colon, as the last line, is cut there with the line break too. Review RVA.)
  const lastUnfinished = savedWithBreak && end === lines.length && ((wrappedWholeLabel === null && endsUnfinished(lines, end - 1, template, tree)) || (clip === -1 && endsOnLabelWithoutColon(lines, end - 1, template, tree)));
  // Furniture right below a heading of a section before the layout's last (a word read as a page's
  // button, `5. … tiivistelmä` / `OK` of `OKSA -projektin …`): the copy stops at that heading.
  const openedAbove = clip === -1 && end < lines.length ? sectionOpenedBy(lines[end - 1], tree, template) : undefined;
  const insideLayout = clip === -1 && end === lines.length && stopsInsideLayout(lines, lastAt, tree, template);
  const wholeBeforeAbsent = clip === -1 && end === lines.length && !early && !insideLayout && endsBeforeAbsentSections(lines[lastAt], tree, template);
  // (So does one whose furniture or signature below was passed over: the copy's own last line above it.)
  // (Its value hard-wrapped onto that line judged at its label's line, as at the copy's end. Review RVA of round 74.)
  const wholeAboveFurniture = clip === -1 && end < lines.length && endsBeforeAbsentSections(labelLineOfWrapped(lines, end - 1, tree, template), tree, template) !== false;
  // (Nor one whose own last line above them cannot end there, `… liikenne- ja`: cut, said below. Review RVA of round 73.)
  const unfinishedAboveFurniture = clip === -1 && end < lines.length && endsUnfinished(lines, end - 1, template, tree);
  if (savedWithBreak && !early && !lastUnfinished && !insideLayout && !wholeBeforeAbsent && !wholeAboveFurniture && !unfinishedAboveFurniture && openedAbove === undefined) {
    const cutWord = clip === -1 && end === lines.length ? lastWordCut(lines, end - 1, tree, template, text) : null;
    return cutWord !== null ? { line: lines[end - 1].position.start.line, section: cutSection(tree, lines[end - 1].position.start.line, template), cutWord } : null;
  }
  if (clip === -1 && end < lines.length) {
    const word = lines[lines.length - 1];
    const started = /\s/.test(word.text) ? null : labelStartedBy(template, word.text);
    if (started !== null && normaliseKey(started.label) !== normaliseKey(word.text)) return { line: word.position.start.line, section: started.section, label: started.label };
    // (Nor one that starts a role's name a project page writes, `Projektit` of `Projektitiimi`, at a page's end. Audit JC of round 73.)
    // (Not where the page has that role already: a whole page ending on its menu's `Projektit`. Review RVA of round 73.)
    const roleStarted = started === null && template.definition.page !== undefined && /^\p{Lu}/u.test(word.text) && !/\s/u.test(word.text) ? startsUsualRoleName(word.text) : null;
    const rolesFrom = roleStarted === null ? 0 : sectionStartLine(tree, template.sections.find((section) => section.definition.content === 'roles')?.definition.id);
    if (roleStarted !== null && !lines.some((line) => line.position.start.line > rolesFrom && normaliseKey(line.text.replace(/:$/u, '')) === roleStarted)) return { line: word.position.start.line, section: cutSection(tree, word.position.start.line, template) };
    // (Nor when the line above the furniture cannot end there: a print cut inside the header of the
    // page its value goes on to, `Erityistavoite: … työ- ja` / footer / `1.12.2026 15.42   Osal`.)
    if (openedAbove !== undefined) return { line: word.position.start.line, section: openedAbove, clipped: false };
    let above = end - 1;
    while (above > 0 && furniture.has(lines[above].position.start.line)) above--;
    if (!endsUnfinished(lines, above, template, tree)) {
      // (The copy's own last line whole, later sections absent: said as a copy that ends there, the
      // page's furniture or a mail's signature below it as they are. Review R of round 56.)
      const whole = endsBeforeAbsentSections(labelLineOfWrapped(lines, above, tree, template), tree, template);
      return whole ? { line: lines[above].position.start.line, section: cutSection(tree, lines[above].position.start.line, template), endsWhole: true, ...wholeKind(whole) } : null;
    }
    return { line: lines[above].position.start.line, section: cutSection(tree, lines[above].position.start.line, template), clipped: false };
  }
  const last = lines[end - 1];
  // A full stop after a number alone (`8.`) is a heading's number, not the end of a sentence; a
  // label with nothing after it at the very end is where the copy stops.
  // Nor is a value that is only a number with its dot (`Erityistavoite: 9.`) or a date without
  // its year (`… päättyy 28.2.`): the copy stops inside them.
  // Nor a day without its month (`… päättyy 31.`), nor a dot inside or at the end of an address
  // (`www.thl.`, `www.`, an e-mail `liisa.`).
  // (So is the line below a label the value goes on to, or stands on, in a hard-wrapped copy:
  // `Projektin kotisivun osoite:` / `www.jarvikyla.`, `… kotisivut` / `www.jarvikyla.fi, www.kylapaja.`.)
  const before = lines[end - 2];
  const labelAbove = last.kind === 'label' ? null : valueLabelAbove(lines, end - 1, template);
  // (So is a field's label written whole without its colon at the very end of a copy saved without a line
  // break, `Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)`: cut before its colon,
  // however the label itself ends. Audit IA of round 72.)
  // (Not a sentence with its end, `Sukupuolinäkökulma on huomioitu hankkeen toiminnassa.`, `… kestävä kehitys.`: review RVA.)
  const labelWithoutColon = endsOnLabelWithoutColon(lines, end - 1, template, tree);
  // (A value the register writes, whole, hard-wrapped over the last lines, `Innovatiivisuus: Ei erityistä
  // innovatiivisuutta projektin` / `tavoitteena`, ends whole as on one line. Audit KC of round 74.)
  const wrappedWhole = labelAbove !== null && labelAbove === wrappedWholeLabel;
  const cutValue =
    labelWithoutColon ||
    (last.kind === 'label' && (last.value === '' || valueLooksCut(last.value ?? '', last, template))) ||
    (labelAbove !== null && !wrappedWhole && valueLooksCut(last.text, labelAbove, template, true));
  // A period's date without its year on the line a hard-wrapped value goes on to (`…Alkaa 1.9.2021 ja` / `päättyy 31.12.`).
  const cutDate = last.kind !== 'label' && !last.afterBlank && before?.kind === 'label' && (template.inlineLabels.get(before.labelKey!) ?? []).some((f) => f.definition.type === 'period' || f.definition.type === 'date') && /(?:^|\s)\d{1,2}\.(?:\d{1,2}\.)?$/.test(last.text);
  // (Nor is a bracket after a number alone, `4.2)`, `4 b)`: a heading's number written so.)
  const terminal = last.kind === 'label' || labelAbove !== null ? VALUE_LINE_END : PROSE_LINE_END;
  // (An amount with its unit after it, `Toteutunut julkinen rahoitus yhteensä: 683 845 €`, ends whole as well: the unit comes last.)
  // (So does a value that is one the register writes in its field, whole, `Innovatiivisuus: Ei erityistä
  // innovatiivisuutta projektin tavoitteena`, unless the project has ended and its final report is not there.)
  // (A text's last word that is a web address cut after a dot, `(verkkosivut, www.oph.`, ends no sentence.)
  // (A figure in its groups on the layout's last field at the very end, an EAKR or technical-assistance
  // description of 2007–2013 ending with its funding saved without a final line break: whole.)
  const endsOnLastFigure = !savedWithBreak && clip === -1 && end === lines.length && endsLayoutOnGroupedFigure(last, tree, template);
  const endsLikeText = endsOnLastFigure || !(last.kind === 'text' && endsOnCutAddress(last.text)) && !(last.kind !== 'label' && endsOnDateWithoutYear(last.text)) && !semicolonOpensCutList(last.text, before) && (terminal.test(last.text) || closesBarRow(lines, end - 1) || ((last.kind === 'label' || labelAbove !== null) && AMOUNT_WITH_UNIT_END.test(last.text)) || ((last.kind === 'label' ? isWholeKnownValue(last, template) : wrappedWhole || isWholeNextLineValue(last, before, template)) && !(projectEnded(tree, template) && !sectionsInTree(tree).has(template.sections[template.sections.length - 1].definition.id)))) && !ENDS_WITH_ABBREVIATION.test(last.text) && !ENDS_WITH_PHONE_WORD.test(last.text) && !ABBREVIATION_ALONE.test(last.text) && !(ONLY_DOTTED_NUMBER.test(last.text) && !(yearEndsWrappedSentence(last, before) && sectionsInTree(tree).has(template.sections[template.sections.length - 1].definition.id))) && !/^\d{1,2}(?:\.\d{1,2})*\s*(?:[a-z]\s*)?\)$/u.test(last.text) && !endsOnEnumerator(last.text) && !cutValue && !cutDate;
  // (Where the line would have been read whole but for the sections missing after it: its value may be whole.)
  const readWhole = savedWithBreak ? !lastUnfinished : endsLikeText;
  // (Also where one check doubts the line but it ends as a text does, `… painottuu vuonna 2010.`:
  // the copy was silent, its later sections lost unsaid. Review R of round 56.)
  if (wholeBeforeAbsent && (readWhole || (endsLikeText && last.kind !== 'label'))) return { line: last.position.start.line, section: cutSection(tree, last.position.start.line, template), endsWhole: true, ...wholeKind(wholeBeforeAbsent) };
  if (endsLikeText && clip === -1 && !early && !insideLayout) return null;
  const section = lastSection(tree);
  // A cut line read as a heading the layout does not know (`Hankkeen päätoteuttajan` on a page)
  // stops the copy in the layout's section before it.
  const known = section !== null && section.id === null ? lastKnownSection(tree) : section;
  const compiled = known?.id ? template.sectionById.get(known.id) ?? null : null;
  // The layout's last heading, word for word, at the end is a section the copy leaves empty (a
  // final report not written yet); any other heading there is where the copy stops.
  const lastHeading =
    compiled !== null &&
    compiled.index === template.sections.length - 1 &&
    section!.heading !== null &&
    section!.heading.position.start.line === last.position.start.line &&
    compiled.headingKeys.has(normaliseKey(section!.heading.text));
  if (lastHeading) return wholeBeforeAbsent === 'onHeading' ? { line: last.position.start.line, section: compiled, endsWhole: true, ...wholeKind(wholeBeforeAbsent) } : null;
  const line = last.position.start.line;
  // A line that is the start of a label (`Vastuu`, `Hankkeen rah`) is that label cut off: the copy
  // stops in the label's section (whatever the cut line itself was read as), and what the
  // section has after that label is absent, not missing.
  if (last.kind !== 'label') {
    const open = lastSection(tree, line);
    const openIndex = open?.id ? template.sectionById.get(open.id)?.index ?? 0 : 0;
    const started = labelStartedBy(template, last.text, openIndex);
    // Only a label of the open section or a later one: the copy is past the sections before (a
    // final report ending with the word `Kunnat` is not section 6 cut).
    // (A whole word that starts many labels, `Hankkeen`, names none of a later section: the copy stops where it stands.)
    const wholeWord = started !== null && GENITIVE_WORD.test(normaliseKey(last.text)) && normaliseKey(started.label).charAt(normaliseKey(last.text).length) === ' ';
    if (started !== null && started.section.index >= openIndex && !(wholeWord && started.section.index > openIndex)) return { line, section: started.section, label: started.label, clipped: clip !== -1 };
    // The start of a later section's heading: the copy stops before that section.
    const heading = headingStartedBy(template, last.kind === 'numbered' ? last.value ?? '' : last.text, last.kind === 'numbered' ? last.number ?? null : null, openIndex + 1);
    if (heading !== null) return { line, section: compiled, label: heading.heading, clipped: clip !== -1 };
    // A later heading's number alone (`4.1`): the copy stops at that heading.
    const numbered = (last.afterBlank || withoutBlankLines(lines)) && isHeadingNumberAlone(last.text, template) ? template.sections.find((s) => s.index > openIndex && s.definition.number === last.text.replace(/\.$/, '')) : undefined;
    if (numbered !== undefined) return { line, section: compiled, label: `${numbered.definition.number} ${numbered.definition.headings[0]}`, clipped: clip !== -1 };
  }
  return { line, section: compiled, clipped: clip !== -1, ...(clip === -1 && finalTextOneWord(last, tree, template) ? { oneWord: true } : {}), ...(early && readWhole ? { beforeRequired: true, endOffset: last.position.end.offset, ...(beforeLater ? { afterSummary: true } : {}), ...(insideTable ? { insideTable: true } : {}) } : {}), ...(insideLayout && !early && readWhole ? { beforeAbsentSections: true } : {}) };
}

/** The shortest line a paragraph of running sentences is wrapped at (a hard-wrapped copy's narrowest width, with the word that did not fit). */
const WRAPPED_LINE_SHORTEST = 30;
/** The fewest words of a last sentence looked at: a shorter one is a caption's, a name's or an item's as often. */
const UNENDED_SENTENCE_WORDS = 5;
/** The fewest letters of a last word looked for elsewhere in the text: a shorter one, a whole word too, starts too many others (`palvelu`, `palveluiden`; review CF). */
const CUT_WORD_SHORTEST = 8;
/** The fewest letters a longer word written elsewhere has past the last word: a case ending's one or two make a word of its own (`toimintaa`, `toimintaan`). */
const CUT_WORD_REST = 3;

/** Endings a word takes whole (vocabulary `inflectionEndings`). */
const INFLECTION_ENDINGS = new Set(vocabulary.inflectionEndings.endings);

/** Whether a word of `text` (lower case) starts with `start`. */
function startsAWord(text: string, start: string): boolean {
  for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + 1)) if (at === 0 || !/\p{L}/u.test(text[at - 1])) return true;
  return false;
}

/**
 * The text's last word, in a text of the layout's (a prose section's) saved with a line break and
 * ending on it without a full stop, where the word is never written alone in the text but is the start
 * of a longer word written elsewhere in it (`… terveys- ja kuntoutuspalve`, the text has
 * `kuntoutuspalvelujen`): a copy cut inside its last word. That word; else null. (A last sentence that
 * lost its full stop, which whole reports have, ends on a whole word: not said. Audit CA of round 67.)
 */
function lastWordCut(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate, text: string): { word: string; longer: string } | null {
  const last = lines[at];
  const word = /(?:^|\s)(\p{Ll}+)$/u.exec(last.text)?.[1];
  if (last.kind !== 'text' || word === undefined || word.length < CUT_WORD_SHORTEST) return null;
  const section = cutSection(tree, last.position.start.line, template);
  if (section === null || section.definition.content !== 'prose' || furnitureLinesOf(tree).has(last.position.start.line)) return null;
  // The last sentence, begun with a capital and of five words at least: no list's item, no name and title
  // below a quote (`– hankkeen` / `asiakas`), no short lines (a signature's), whose last word may well be
  // whole and the start of a compound written elsewhere (`malli`, `mallintaminen`). Review of round 67.
  let start = at;
  while (start > 0 && !lines[start].afterBlank && lines[start - 1].kind === 'text' && !/[.!?:]$/u.test(lines[start - 1].text)) start--;
  const paragraph = lines.slice(start, at + 1);
  if (paragraph.some((line, k) => opensWithListMarker(line.text) || (k < paragraph.length - 1 && line.text.length < WRAPPED_LINE_SHORTEST))) return null;
  const sentences = paragraph.map((line) => line.text).join(' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const final = sentences[sentences.length - 1];
  // (Begun with a capital, a quote's mark before it too: `”Hanke …`. Review CF of round 67.)
  if (!/^["”“'«]?\p{Lu}/u.test(final) || final.split(/\s+/u).length < UNENDED_SENTENCE_WORDS) return null;
  let longer: string | null = null;
  const before = text.slice(0, last.position.start.offset + last.text.length - word.length).toLowerCase();
  for (let from = before.indexOf(word); from !== -1; from = before.indexOf(word, from + 1)) {
    if (from > 0 && /\p{L}/u.test(before[from - 1])) continue;
    const rest = /^\p{L}*/u.exec(before.slice(from + word.length))![0];
    if (rest.length === 0) return null;
    // (A compound of the word and another the text writes, `kuntoutus` + `palvelujen`, `koulutus` +
    // `suunnitelma`, shows the word may be whole: only a rest that starts no word of the text counts, as
    // `lujen` of `kuntoutuspalve|lujen`. Review CH of round 67.)
    // (Nor a rest that is an ending the word takes whole, `toimintamalli|sta`, `koulutus|ten`.)
    if (rest.length >= CUT_WORD_REST && !INFLECTION_ENDINGS.has(rest) && !startsAWord(before, rest.slice(0, CUT_WORD_REST + 1))) longer ??= word + rest;
  }
  return longer === null ? null : { word, longer };
}

/**
 * Where the first of two descriptions in one text stops, when it looks cut (a copy cut inside its
 * summary, the next project's copy pasted below it): read as the end of a text that stops before
 * the second, its furniture above (the second's banner) left out.
 */
function cutBeforeAnother(text: string, lines: SourceLine[], tree: DocumentNode, template: CompiledTemplate, anotherLine: number): CutOff | null {
  const furniture = furnitureLinesOf(tree);
  let end = lines.findIndex((line) => line.position.start.line >= anotherLine);
  if (end === -1) return findCutOff(text, lines, tree, template);
  const start = lines[end].position.start.offset;
  while (end > 0 && furniture.has(lines[end - 1].position.start.line)) end--;
  if (end === 0) return null;
  // (Read up to the second's first line, the first ends with the line break between them: as a copy
  // saved whole with its line break, its last line must end a value or a sentence to be whole.)
  const first = { ...tree, children: tree.children.filter((child) => child.position.start.line < anotherLine) };
  const cut = findCutOff(text.slice(0, start), lines.slice(0, end), first, template);
  return cut === null ? null : { ...cut, beforeAnother: true };
}

const clipMarker = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.clipMarkers.map((p) => `(?:${p})`).join('|'), 'iu'));
/** How near the end a clip note stands (a signature or a link may follow it). */
const CLIP_MARKER_LINES = 5;

/** The index of a mail program's clip note among the text's last lines, else -1. */
/** The label whose value the text line `at` goes on (one or two text lines below it, no blank line between), else null. */
function valueLabelAbove(lines: SourceLine[], at: number, template: CompiledTemplate): SourceLine | null {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    if (lines[i + 1].afterBlank) return null;
    if (lines[i].kind === 'label') return template.inlineLabels.has(lines[i].labelKey!) ? lines[i] : null;
    if (lines[i].kind !== 'text') return null;
  }
  return null;
}

/**
 * Whether the text's last line is a fragment alone that the tree read as the whole text of a section
 * opened by text without its heading (the summary), right after a section of fields, and a label of
 * that section or a later one starts with it (`WW` of `WWW-osoite:`, `Yhteyshenkilön`, or the
 * whole label without its colon, `Organisaatiotyyppi`): the copy stops inside that label. (However
 * short: no section's text is a word or two that start a label.)
 */
function labelStartAfterFields(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate): boolean {
  const last = lines[at];
  if (last.text.length > LABEL_START_LENGTH || !/^\p{Lu}/u.test(last.text) || /[.!?:;)]$/u.test(last.text) || last.text.split(/\s+/u).length > LABEL_START_WORDS) return false;
  const line = last.position.start.line;
  const node = lastSection(tree, line + 1);
  if (node === null || node.id === null || node.heading !== null || node.position.start.line !== line) return false;
  const before = tree.children.filter((child): child is SectionNode => child.type === 'section' && child.id !== null && child.position.start.line < line).at(-1);
  const fields = before?.id ? template.sectionById.get(before.id) : undefined;
  if (fields === undefined || fields.definition.content !== 'fields') return false;
  const key = normaliseKey(last.text);
  return key !== '' && labelsInOrder(template).some((entry) => entry.section.index >= fields.index && entry.key.startsWith(key));
}

/** The longest a label's start alone at a copy's end is taken to be (`Yhteyshenkilön sähköpostisoit`). */
const LABEL_START_LENGTH = 60;
const LABEL_START_WORDS = 4;

/** A number alone with dots in it, the last at its end (`9.`, `1.204.`). */
const ONLY_DOTTED_NUMBER = lazyRegExp(() => /^\d+(?:\.\d+)*\.$/);
/**
 * A year and its full stop alone on a hard-wrapped sentence's last line (`… käynnistyvät syksyllä` /
 * `2016.`): the sentence's end, no heading's number (which has one or two figures) — asked where the layout's
 * last section is there (a copy that stops before it is said cut as before). Audit HA, review RVA of round 71.
 */
function yearEndsWrappedSentence(last: SourceLine, before: SourceLine | undefined): boolean {
  return /^\d{4}\.$/u.test(last.text) && !last.afterBlank && before?.kind === 'text' && /\p{L}$/u.test(before.text);
}
/** A figure of thousands grouped by a dot, a dot after it (`1.204.`). */
const THOUSANDS_AND_DOT = lazyRegExp(() => /^\d{1,3}\.\d{3}\.$/);

/**
 * Whether a value on the text's last line looks cut: a number or a date stopped at a dot, an address
 * stopped at a dot or at its at sign. On a line of its own below the label (`below`) only what no
 * sentence ends with: a number alone, an address (`Hakuinfoja järjestettiin 14.` is the final
 * report's sentence after the last field of a flattened copy).
 */
function valueLooksCut(value: string, label: SourceLine, template: CompiledTemplate, below = false): boolean {
  return (
    ONLY_DOTTED_NUMBER.test(value) ||
    (!below && /(?:^|\s)\d{1,2}\.(?:\d{1,2}\.)?$/.test(value)) ||
    (/^[^\s.@]+[.@]\S*\.$/.test(value) && !endsInTopLevel(value)) ||
    /^www\.$/i.test(value) ||
    // An e-mail address cut at its at sign (`matti.meikalainen(at)`).
    /\S(?:@|\((?:at|a)\)|\[at\])$/i.test(value) ||
    // A web address cut after a dot before its top-level part (`http://www.`, `…, http://hanke.`),
    // as a list's last item too (not `www.savo.fi/polku.`, a sentence's full stop).
    webAddressCutAfterDot(lastItem(value)) ||
    (/^\S+\.$/.test(value) && !endsInTopLevel(value) && (template.inlineLabels.get(label.labelKey!) ?? []).some((f) => ADDRESS_TYPES.has(f.definition.type))) ||
    // An abbreviation no value ends with (`Asema: va.`, `n.`): the word it stands before was cut off.
    ENDS_WITH_ABBREVIATION.test(value) ||
    ABBREVIATION_ALONE.test(value) ||
    // The start of a set value on the label's line (below it, a wrapped line is only the value's end: `hakija`).
    (!below && isSetValueStart(value, label, template)) ||
    // A phone number stopped after its area code (`(02)`, `09`).
    (/^\(?0\d{1,3}\)?$/.test(value) && (template.inlineLabels.get(label.labelKey!) ?? []).some((f) => f.definition.type === 'phone')) ||
    areaListCut(value, label, template)
  );
}

/** A currency before an amount's figure (`EUR 2 300`, `€ 2 300`). */
const CURRENCY_BEFORE_FIGURE = lazyRegExp(() => /^(?:EUR|€)\s*/iu);

/** The record paths of the area lists whose names the classification knows. */
const AREA_PATHS: ReadonlyMap<string, AreaKind> = new Map([
  ['targetArea.municipalities', 'municipality'],
  ['targetArea.regions', 'region'],
  ['targetArea.subRegions', 'sub-region'],
]);

/**
 * A list of areas whose last name is only the start of one (`Kunnat: Taivalkoski, Kuus`, `Maakunnat:
 * Pohjois-Pohj`): the copy was cut inside it. (A name the classification does not know and no name
 * starts with, `Koko Suomi`, is no sign.)
 */
function areaListCut(value: string, label: SourceLine, template: CompiledTemplate): boolean {
  const fields = template.inlineLabels.get(label.labelKey!) ?? [];
  const kind = fields.map((f) => AREA_PATHS.get(f.definition.path)).find((k) => k !== undefined);
  if (kind === undefined || value === '') return false;
  const names = splitMunicipalities(value, kind === 'municipality' ? isMunicipalityName : undefined);
  // (Of names parted by a slash, the last: `Kuusamo/Taival`.)
  const last = names[names.length - 1]?.split('/').pop()?.trim();
  return last !== undefined && startsAreaName(kind, last);
}

/** Whether the line at `at`, the last of a copy saved with its line break, cannot be where the text ends. */
/** A line ending with a word and a colon (`… seuraavat tahot:`). */
const INTRODUCES_LIST = lazyRegExp(() => /\p{L}\s*:$/u);

function endsUnfinished(lines: SourceLine[], at: number, template: CompiledTemplate, tree: DocumentNode): boolean {
  const last = lines[at];
  // A sentence that introduces what follows as the copy's last line (`Hankkeen kumppaneita ovat seuraavat
  // tahot:`), nothing below it: the copy stops before the list. (Three words at least: `Lisätietoja:` may
  // close a text as an empty label does; not a label of the layout, nor a mail's `… <anna@…> kirjoitti:`; the
  // copy's very last line, not one above a page's furniture.) Cut copies of round 66.
  if (at === lines.length - 1 && INTRODUCES_LIST.test(last.text) && !/[@<]/u.test(last.text) && (last.kind === 'text' || (last.kind === 'label' && !template.labelKeys.has(last.labelKey ?? ''))) && last.text.split(/\s+/u).length >= 3) return true;
  if (last.kind === 'label' && last.value === '') return sentenceStopsMidWay(lines, at, tree, template);
  const value = last.kind === 'label' ? last.value ?? '' : last.text;
  if (UNFINISHED.test(value) || endsOnEnumerator(value) || semicolonOpensCutList(value, lines[at - 1])) return true;
  // (An abbreviation that a sentence goes on after, `… ovat esim.`, `ns.`, ends no line's text. After
  // a figure or a capital it may be a unit or a phrase's end, `32 mm.`, `VAT incl.`, and some end a
  // sentence in another language, `… praktikplatser mm.`: vocabulary `mayEndSentence`.)
  // (Nor a phone's word capitalised after a comma, `… Anna Mäkinen, Puh.`. Reviews RVA and RVC of round 73.)
  if (last.kind === 'text' && ((ENDS_WITH_ABBREVIATION.test(value) && AFTER_LOWER_CASE_WORD.test(value) && !MAY_END_SENTENCE.test(value)) || ENDS_WITH_PHONE_WORD.test(value))) return true;
  if (last.kind === 'text' && ABBREVIATION_ALONE.test(value)) return true;

  if (last.kind === 'text' && SENTENCE_GOES_ON.test(value)) return true;
  // A date without its year as a text's last word (`… kokeillaan 1.3.`, `Hanke päättyi 31.12.`): the
  // copy stops inside it, as no sentence of a description ends on a day and a month.
  if (last.kind !== 'label' && endsOnDateWithoutYear(value)) return true;
  // A web address cut after a dot as the text's last word (`(verkkosivut, www.oph.`).
  if (last.kind === 'text' && endsOnCutAddress(value)) return true;
  if (last.kind === 'text' && labelStartAfterFields(lines, at, tree, template)) return true;
  // A Y-tunnus's start alone below a line that ends with a comma (`…, Novida ammattiopisto ja lukio,` /
  // `020402`, an entry's Y-tunnus wrapped and cut): the entry goes on. (Six or seven digits without the
  // check digit: a year, a phone number, a whole Y-tunnus end a line so whole.)
  if (last.kind === 'text' && !last.afterBlank && at > 0 && /^\d{6,7}-?$/u.test(last.text) && lines[at - 1].text.endsWith(',')) return true;
  // A value that is only a figure of thousands grouped by a dot, a dot after it (`1.204.` of
  // `1.204.350`): the copy stops inside it. (A number alone with its dot, `Toimintalinja: 1.`, is
  // read as far as it goes where the copy stops before its summary; a figure of millions with a
  // full stop, `1.204.350.`, is whole.)
  if (last.kind === 'label' && THOUSANDS_AND_DOT.test(value)) return true;
  // An amount whose last group is short of three figures (`120 0`, `1 083 8`): the copy stops inside it,
  // however its layout's sections end (a technical-assistance description's last amount; audit AF of round 57).
  if (last.kind === 'label' && GROUP_CUT_SHORT.test(value) && (template.inlineLabels.get(last.labelKey!) ?? []).some((field) => field.definition.type === 'amount')) return true;
  // A word of one or two lower-case letters after a comma (`… sosiaalisia taitoja, k`): a list's next
  // word cut after its first letters. (No item or sentence ends so; `ym`, `mm` are written with a dot.)
  if (last.kind === 'text' && endsOnFragment(value)) return true;
  // A last word of one or two lower-case letters that is no word (`… joista 58 ty`, `Hankkeen tavoitteena o`):
  // the copy stops inside a word.
  if (last.kind === 'text' && endsInsideWord(value)) return true;
  // A placeholder cut short (`Ke` of `Kesken.`): the copy stops inside it.
  if (last.kind === 'text' && placeholderCut(last.text)) return true;
  if (finalTextOneWord(last, tree, template)) return true;
  // A bracket opened and left open (`Toimintalinja 5 (`, `… (ESR`): what it held was cut off.
  if (opensBracketUnclosed(last.text)) return true;
  // A list's number alone with its dot right below the list's intro or its item before
  // (`Tavoitteena on:` / `1.`, `1. Verkostot` / `2.`): its item was cut off.
  const lone = /^(\d{1,2})\.$/u.exec(last.text);
  // (Only a list's first number below its intro: `(asteikko 1–5):` / `4.` is an answer.)
  if (lone !== null && !last.afterBlank && at > 0 && ((lone[1] === '1' && lines[at - 1].text.endsWith(':')) || lines[at - 1].text.startsWith(`${Number(lone[1]) - 1}. `))) return true;
  // (Or wrapped onto its own line after a comma or a list word, the list numbered so on the lines above: `… 2. johtamisen ja` / `3.`.)
  const joined = lone !== null && !last.afterBlank && at > 0 && Number(lone[1]) > 1 ? `${lines[at - 1].text} ${last.text}` : null;
  if (joined !== null && DOTTED_AFTER_SEPARATOR.test(joined) && endsOnEnumerator(joined)) return true;
  // A list's marker alone right below the list's item (`-`): its item was cut off. (Alone after a
  // blank line it is a text not written yet, the register's `-`.)
  if (last.text.length === 1 && isListMarkerCode(last.text.charCodeAt(0)) && !last.afterBlank && at > 0 && opensWithListMarker(lines[at - 1].text)) return true;
  // (Or a line led by a figure and no capital after it, `30 % osallistujista tek`: no heading.)
  if ((last.kind === 'text' || last.kind === 'label' || (last.kind === 'numbered' && !/^\d{1,2}\.?\s+\p{Lu}/u.test(last.text))) && sentenceStopsMidWay(lines, at, tree, template)) return true;
  // A slash ends a web address (`…/hankkeet/`), not a word (`Välityömarkkinat/`).
  if (/\p{L}\/$/u.test(value) && !/[.:]/u.test(value)) return true;
  // A label of the layout whole, without its colon, alone below a field of the layout's
  // (`Myönnetty …: 400 000` / `Toteutunut EU- ja valtion rahoitus`, `Kumppanuus`): the copy stops after
  // the label, its value cut away — no text of a section opened by text.
  // (Written as a label is, with its capital: a value's wrapped end in lower case, `… päätavoitteena on` /
  // `innovatiivisuus`, is no label.)
  if (last.kind === 'text' && at > 0 && /^\p{Lu}/u.test(last.text) && lines[at - 1].kind === 'label' && template.inlineLabels.has(lines[at - 1].labelKey!) && template.inlineLabels.has(normaliseKey(last.text))) return true;
  // A paragraph of its own that is only the start of one of the layout's labels or headings, cut
  // inside a word or after two words at least (`Hankkees`, `Vastuu`, `Hankkeen rah`, `Hankkeessa on
  // tehty`; not a word of its own, `Lisätietoja`), or a heading's number alone with its dot (`4.1`,
  // not `2`, a printed page's number): the copy stops at the start of a part it does not have.
  // (In a copy without blank lines, a line right below a field of the layout stands so too: a
  // flattened copy cut inside section 2's last label, `Hakijoiden lukumäärä tai tuen sii`.)
  const belowField = !last.afterBlank && at > 0 && lines[at - 1].kind === 'label' && template.inlineLabels.has(lines[at - 1].labelKey!) && withoutBlankLines(lines);
  // (So does a line right below a sentence's end, in a copy without blank lines: `… työhön.` / `Tuloks`.)
  // (Or right below a field of the layout: `…sukupuolinäkökulmasta: Kyllä` / `Sukupuolinäk`.)
  // (Or right below a list's item, itself none: `-Yhteistyö tiivistyi` / `Hankkeen`, of `Hankkeen jälkeen:`.)
  const afterSentence = !last.afterBlank && at > 0 && (/[.!?]$/u.test(lines[at - 1].text) || (lines[at - 1].kind === 'label' && template.inlineLabels.has(lines[at - 1].labelKey!)) || (opensWithListMarker(lines[at - 1].text) && !opensWithListMarker(last.text)));
  // A later heading's number and the start of its words (`3.4 Aloitt`, `6.2 Suunnitelma … levittämis`)
  // is that heading cut, whatever stands above it: a `-`, a list's item, a value without a full stop.
  const headed = openSectionIndex(lines, at, template);
  if (last.kind === 'numbered' && numberedHeadingCut(last, template, headed > 0 ? headed : (cutSection(tree, last.position.start.line, template)?.index ?? 0) - 1)) return true;
  // (Or right below a heading of the layout, in a copy without blank lines: `3. Projektin toteutusalue …` / `3.1`.)
  // (A heading's number alone so in any copy: `3.1` below `3. Projektin toteutusalue …` in a copy with a blank line elsewhere. Audit EA of round 69.)
  const belowHeading = !last.afterBlank && at > 0 && (withoutBlankLines(lines) || /^\d{1,2}(?:\.\d{1,2})*\.?$/u.test(last.text)) && isLayoutHeading(lines[at - 1], template);
  if ((last.afterBlank || belowField || afterSentence || belowHeading) && /^[\p{Lu}\d]/u.test(last.text)) {
    // (Of a section after the one the copy is in: `Toiminta`, `7.1` at a summary's end are no cut.)
    // (Below a field or a sentence, a label or heading of the section it is in too: the copy is in its
    // fields, or past the sentence, `Sukupuolinäk` below 8.1's first answer.)
    // (In a copy without headings, the section the tree read the line in: a flattened copy's final
    // report ending in `6. Tiedotus` is past section 6.)
    // (Section 1's heading counts: a copy of section 1 alone, `Vastuuv` below its period, whatever the tree read it as.)
    const open = (headed >= 0 ? headed : cutSection(tree, lines[belowField ? at - 1 : at].position.start.line, template)?.index ?? 0) - (belowField || afterSentence ? 1 : 0);
    // (Below a blank line in a section of fields, the start of that section's own label too: `Yhteyshenkilön sähköpostisoit`.)
    const ownLabels = !belowField && !afterSentence && template.sections[open]?.definition.content === 'fields';
    if (last.kind === 'text' && (startsPartCut(last.text, template, ownLabels ? open - 1 : open) || isHeadingNumberAlone(last.text, template, open))) return true;
    // A later numbered heading cut inside its words (`4 Hank`, `6.2 Suun`), or its number alone with its dot (`8.`).
    if (last.kind === 'numbered' && numberedHeadingCut(last, template, open)) return true;
  }
  // A score table's row alone as the text's last line, its last score `1`, no explanation below it
  // and no section of the layout after its table (`Hyvinvoinnin edistäminen 9 1`, cut from `9 10`,
  // the one score of two digits): its last score may be cut. (A whole row, `… 6 8`, may end a copy
  // of a project whose final report is not written.)
  if (scoreRowAtEnd(last, tree, template)) return true;
  if (headingAtEnd(last, tree, template)) return true;
  if (scoreTableNameCut(lines, at, tree, template)) return true;
  // (Only a value on its label's line: a line below it is its wrapped end, `Vain yksi` / `hakija`.)
  // (Or the value wrapped from its label's line, whole as joined, cut in its last line: `Kestävä kehitys: Projektilla
  // ei ole erityistä vaikutusta kestävän` / `kehityks`. Audit EA of round 69.)
  const wrapped = last.kind === 'text' ? wrappedValueEndingAt(lines, at, template) : null;
  if (wrapped !== null && isSetValueStart(wrapped.value, wrapped.label, template, tree)) return true;
  // (Or a value standing below its label, `Valtakunnallisen osion kehittämisohjelma` / `Välityömarkkinat/siirtymä`,
  // the start of one the register writes there. Audit WD F1 of round 78: trusted whole, unsaid.)
  if (at > 0 && isNextLineValueStart(last, lines[at - 1], template, tree)) return true;
  return last.kind === 'label' && (isSetValueStart(value, last, template, tree) || areaListCut(value, last, template));
}

/**
 * The label a value goes on from, on its line or below it, wrapped onto the lines down to `at` (no blank line
 * between but below an empty label; a few lines at most), and the value joined. Review RV1 of round 69.
 */
function wrappedValueEndingAt(lines: SourceLine[], at: number, template: CompiledTemplate): { label: SourceLine; value: string } | null {
  for (let i = at - 1; i >= 0 && i >= at - WRAPPED_VALUE_LINES; i--) {
    const line = lines[i];
    if (line.kind === 'label') {
      if (!template.inlineLabels.has(line.labelKey!)) return null;
      const below = lines.slice(i + 1, at + 1);
      // (Below an empty label, a blank line before the value's first line only, as a two-column copy writes it.)
      if (below.some((l, k) => l.afterBlank && !(k === 0 && (line.value ?? '') === ''))) return null;
      return { label: line, value: [line.value ?? '', ...below.map((l) => l.text)].join(' ').trim() };
    }
    if (line.kind !== 'text') return null;
  }
  return null;
}
/** The most lines a value wrapped from its label is looked through. */
const WRAPPED_VALUE_LINES = 6;

/**
 * A heading of a section before the layout's last, or a score table's header line, as the text's last
 * line, where the copy lacks a later section (not only the final report, unless the project has ended:
 * `7.1 Osallistujat`, `VälitönVälillinen`): what it opens was cut away below it.
 */
function headingAtEnd(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  if (template.definition.page !== undefined || last.text.length > 120) return false;
  const key = headingKey(last, template);
  let opened = key === null ? undefined : template.sectionsByHeading.get(key)?.[0];
  if (opened === undefined && last.kind === 'text') {
    const section = cutSection(tree, last.position.start.line, template);
    if (section?.tableHeader?.test(last.text)) opened = section;
  }
  return opened !== undefined && opened.index < template.sections.length - 1 && lacksLaterSection(tree, opened, template, !projectEnded(tree, template));
}

/**
 * A score table's category or criterion, or its start, as the text's last line below a row's
 * explanation (`… satamassa.` / `Taloud`, `Uusiutuvien`, `Kulttuuriympäristö`): a row or a category
 * line whose scores and text were cut away, not the explanation's last line.
 */
function scoreTableNameCut(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate): boolean {
  // (A name wrapped in its cell, `Paikallisen elinkeinorakenteen` / `kestävä` / `kehittämine`: its lines joined.)
  let first = at;
  let name = lines[at].text;
  while (first > 0 && !lines[first].afterBlank && /^\p{Ll}/u.test(lines[first].text) && lines[first - 1].kind === 'text' && !/[.!?:;,]$/u.test(lines[first - 1].text) && name.length + lines[first - 1].text.length < SCORE_NAME_LENGTH) {
    first--;
    name = `${lines[first].text} ${name}`;
  }
  const last = lines[first];
  // (A name's start of any length: `Sosiaalinen ja kulttuurinen kestävyys sekä yhd`; below a row
  // without its explanation too, `Ilmastonmuutoksen … 2 3` / `Kasvillisuus, eliöt ja luon`.)
  if (lines[at].kind !== 'text' || last.kind !== 'text' || name.length > SCORE_NAME_LENGTH || /[.!?:;,]$/u.test(name) || !/^\p{Lu}/u.test(name) || first === 0) return false;
  // (Below a sentence closed inside its quote too: `… ”tulostamme vain tarpeellisen.”` / `Kasvillisuus, eliöt ja luonnon monimu`.)
  if (!last.afterBlank && !/[.!?]["”»']?$/u.test(lines[first - 1].text) && !SCORE_ROW_END.test(lines[first - 1].text)) return false;
  const section = cutSection(tree, last.position.start.line, template);
  if (section === null || section.definition.content !== 'scoreTable') return false;
  return startsCategoryOrCriterion(section, normaliseKey(name));
}

const PLACEHOLDERS = vocabulary.placeholders.map((placeholder) => placeholder.toLowerCase());

/** Whether a line is only the start of a placeholder, two letters or more (`Ke`, `Kesk` of `Kesken.`). */
function placeholderCut(text: string): boolean {
  const start = text.toLowerCase();
  return start.length >= 2 && !PLACEHOLDERS.includes(start) && PLACEHOLDERS.some((placeholder) => placeholder.length > start.length && placeholder.startsWith(start));
}

/**
 * Whether the text's last line is the whole text of the layout's last section, under its heading,
 * and only one word of three letters or more without a full stop (`Proje`): a copy cut inside its
 * first word, or a text of one word (`Keskeytetty`) — said as either. (Not the register's
 * placeholder, `Kesken`, nor `Ei`; two words or more may be a whole report written without its full
 * stop, `Hanke keskeytyi`: not told.)
 */
function finalTextOneWord(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  if (last.kind !== 'text' || !/^\p{L}[\p{L}-]{2,}$/u.test(last.text) || PLACEHOLDERS.includes(last.text.toLowerCase())) return false;
  const node = lastSection(tree, last.position.start.line + 1);
  const section = node?.id ? template.sectionById.get(node.id) : undefined;
  if (node === null || node.heading === null || section === undefined || section.index !== template.sections.length - 1 || section.definition.content !== 'prose') return false;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'paragraph' && only.children.length === 1 && only.children[0].position.start.line === last.position.start.line;
}

/** Whether a text ends with a bracket it opened and did not close (`Toimintalinja 5 (`, `(ESR`; not `(ks. liite 2)`, not `:(`). */
function opensBracketUnclosed(text: string): boolean {
  const open = text.lastIndexOf('(');
  // (Not a face drawn with a colon, `:(`.)
  return open !== -1 && text.indexOf(')', open) === -1 && text.length - open <= 12 && !/[:;]$/u.test(text.slice(0, open).trimEnd());
}

/**
 * On a project page, whether the copy's last line is a line of a page's text before its last section
 * (its roles) that stops inside a sentence: three words or more, a word's letters last, no full stop,
 * no list's item, placeholder or signature. A page's sections are each optional, so those absent after
 * it tell nothing; the line's end does (`Kolmekymmentä nuorta työllist`, a copy saved with its line
 * break after the cut). Said as a copy that may be cut there. (Audit AH of round 57: unsaid, the cut
 * value read as whole.)
 */
function pageTextStopsMidWay(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  if (last.kind !== 'text' || PROSE_LINE_END.test(last.text) || !PLAIN_WORD_END.test(last.text) || startsListItem(last.text) || isSignature(last.text) || PLACEHOLDERS.includes(last.text.toLowerCase()) || last.text.split(/\s+/u).length < PAGE_SENTENCE_WORDS) return false;
  // (Not a line that ends on a name, `Lisätietoja antaa Liisa Esimerkki`, nor on an abbreviation written
  // without its dot, `… työkokeilut jne`: pages close so whole. Review V.)
  if (ENDS_ON_CAPITALISED_WORD.test(last.text) || ENDS_ON_BARE_ABBREVIATION.test(last.text)) return false;
  const node = lastSection(tree, last.position.start.line + 1);
  const section = node?.id ? template.sectionById.get(node.id) : undefined;
  if (node === null || section === undefined || section.definition.content !== 'prose' || section.index >= template.sections.length - 1 || furnitureLinesOf(tree).has(last.position.start.line)) return false;
  // (Only a paragraph of that one line: a page's paragraph is one line, and a line below another of its
  // paragraph is a closing line or a list's item written without its marker, `Tervetuloa mukaan
  // toimintaan`, `Ryhmävalmennus` / `Yksilöllinen ohjaus`. Review V.)
  const child = node.children.at(-1);
  return child?.type === 'paragraph' && child.children.length === 1 && child.children[0].position.start.line === last.position.start.line;
}
/** A line's last word capitalised after another word (a name's end: `… antaa Liisa Esimerkki`). */
const ENDS_ON_CAPITALISED_WORD = lazyRegExp(() => /\s\p{Lu}[\p{L}-]*$/u);
/** A line's last word an abbreviation written without its dot (`jne`, `ym`, `yms`, `tms`, `etc`). */
const ENDS_ON_BARE_ABBREVIATION = lazyRegExp(() => /\s(?:jne|ym|yms|tms|mm|etc|ns)$/iu);
/** The fewest words of a page's text line that is taken as a sentence stopped mid-way (fewer may be a sub-heading or a name). */
const PAGE_SENTENCE_WORDS = 3;

/**
 * Whether the text's last line (`at`) is a line of text that does not end a sentence, in a section of
 * the layout before its last, under that section's heading, and the copy has none of the layout's
 * sections after that one: the summary with nothing of 4–9 below it, 8.2's explanation of a project
 * that has ended without its final report (or before a section the copy lacks). The copy stops inside
 * that text, however the line ends (a list's item, `- ruokapa`, a word, `Puuty`): said, and the text
 * kept as written. (A line ending a sentence may end the text whole: a copy cut right after it is
 * not told. On a project page, whose later sections are often left out, only {@link pageTextStopsMidWay}'s
 * line; not in a copy whose
 * section was not opened by its heading, a flattened copy, whose later texts may have run into it;
 * nor a field's value, read by its own checks, nor a heading, nor furniture.)
 */
function stopsInsideLayout(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate): boolean {
  const last = lines[at];
  // (Nor the register's placeholder, `Kesken`, or a dash alone: a text not written yet.)
  // (A line with a colon inside is the text's too where its label is none of the layout's, `Budjetti:
  // 120 000 €` in a summary: tried below.)
  const textLabel = last.kind === 'label' && !template.labelKeys.has(last.labelKey!);
  if (template.definition.page !== undefined) return pageTextStopsMidWay(last, tree, template);
  if ((last.kind === 'label' && !textLabel) || PROSE_LINE_END.test(last.text) || closesBarRow(lines, at) || PLACEHOLDERS.includes(last.text.toLowerCase()) || /^[-–—]$/u.test(last.text)) return false;
  const node = lastSection(tree, last.position.start.line + 1);
  // (There, only a list's item: a sentence is told by its own end, {@link sentenceStopsMidWay}, and a
  // line ending on a name, `Lisätietoja antaa … Riikka Hämäläinen`, ends a flattened summary whole as
  // often; a line of marks alone, a Markdown fence or a rule, is no text's line that stops.)
  if (node === null || node.id === null || (node.heading === null && (!startsListItem(last.text) || !/[\p{L}\d]/u.test(last.text) || !proseBeforeAbsentFields(node, tree, template)))) return false;
  // (A numbered line only as the text's, a list's item, `4. Hankkeen kohderyhmät kootaan kunnista`, not a heading.)
  const child = node.children.at(-1);
  const line = last.position.start.line;
  if (last.kind === 'numbered' && !(child?.type === 'paragraph' && child.children.some((l) => l.position.start.line === line))) return false;
  const section = cutSection(tree, last.position.start.line, template);
  if (section === null || section.index >= template.sections.length - 1 || laterSections(tree, section, template).some((later) => later.present)) return false;
  const key = headingKey(last, template);
  if ((key !== null && template.sectionsByHeading.has(key)) || furnitureLinesOf(tree).has(last.position.start.line)) return false;
  const content = section.definition.content;
  // (A line with a colon only in the summary, the text every description has: later texts list their
  // plans so, `Vuosi 2009: Jatketaan.`, `Projektinimi: …`.)
  if (textLabel) return content === 'prose' && section.definition.required === true;
  if (content === 'prose') return true;
  // (A technical-assistance description's section 3 of subsections written as one text, a
  // container's, is not tried: such a copy may end whole after it, on a list or an address.)
  if (content !== 'fields' && content !== 'scoreTable') return false;
  // In a section of fields or a score table, only a text's line: a yes/no answer's or a list's own
  // lines below it, a row's explanation, free text — not a value's wrapped end, `…: 683` / `845`,
  // nor a row's score on a line of its own, `Ympäristöosaaminen` / `4` / `8`; and only after the
  // summary, where the copy lacks a later section before the final report, or the final report of
  // a project that has ended.
  const ownText =
    child?.type === 'paragraph' ||
    (child?.type === 'field' && child.block && child.children.slice(child.valueLines).some((l) => l.position.start.line === line)) ||
    (child?.type === 'tableRow' && /\p{L}/u.test(last.text) && child.children.some((l) => l.position.start.line === line));
  return ownText && section.index > template.lastRequiredIndex && (lacksLaterSection(tree, section, template, true) || projectEnded(tree, template));
}

/**
 * Whether a section of text that no heading opened (a flattened copy's summary, after its last field)
 * stands before a section of fields the layout has and the copy lacks, with none of the layout's later
 * sections there: only the prose sections between may have run into it, so the copy stops inside the
 * layout as a headed copy would (`Keskeisiä osatavoitteita ovat:` / `- Tunnistaa … nykytila, Ko`).
 */
function proseBeforeAbsentFields(node: SectionNode, tree: DocumentNode, template: CompiledTemplate): boolean {
  const section = node.id === null ? undefined : template.sectionById.get(node.id);
  if (section === undefined || section.definition.content !== 'prose') return false;
  const later = laterSections(tree, section, template);
  return !later.some((entry) => entry.present) && later.some((entry) => entry.later.definition.content === 'fields');
}

/**
 * Whether the text's last line, which may end whole, is a field's in a section of the layout before
 * its last, opened by its heading as the layout numbers it, before two or more of the section's
 * fields the copy lacks, and the copy has none of the layout's sections after it: a copy cut at a
 * line's end — the fields and sections are absent, which is said. (Not a project page, whose sections are often left out; not a
 * flattened copy, whose later texts run into the last one without headings; not a copy that numbers
 * its sections otherwise, a technical-assistance description's `4.` for the funding of section 7,
 * whose layout has fewer sections.)
 */
function endsBeforeAbsentSections(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): 'insideSection' | 'afterSection' | 'afterText' | 'onHeading' | false {
  if (furnitureLinesOf(tree).has(last.position.start.line)) return false;
  const page = template.definition.page !== undefined;
  const node = lastSection(tree, last.position.start.line + 1);
  // (A page's sections are its own words, not a register's print: a page ends whole after any of them —
  // but not on a heading with nothing under it, the later sections absent, below. Audit FB of round 70.)
  if (page && (node === null || node.id === null)) return false;
  // (A section the layout does not know, the copy's last, below one it knows: `4. Hankkeen tulokset` and
  // a sentence after section 3, the later sections absent. Said as an end after that section's text,
  // where the layout has later sections none of which the copy has. Audit AJ of round 58.)
  if (node !== null && node.id === null && node.heading !== null) return endsInUnknownSection(tree, node, template) ? 'afterText' : false;
  const section = node?.id ? template.sectionById.get(node.id) : undefined;
  if (node === null || section === undefined) return false;
  // (A section opened by its labels, a flattened copy's, past the summary: the register's flattened rendering ends
  // with the summary, so a copy that goes on past it is read as one with headings. Audit KC of round 74.)
  if (node.heading === null && (page || section.index <= template.lastRequiredIndex || section.index === template.sections.length - 1)) return false;
  // The layout's last heading with nothing under it, the copy's last line: where a page prints every section (`Kesken.`
  // under an empty one) or the project has ended (its final report due), the copy ends there, said; the section's text
  // may be cut away, or not written yet. Audit KC of round 74: nothing was said.
  if (section.index === template.sections.length - 1) return node.heading!.position.start.line === last.position.start.line && node.children.every((child) => child.type === 'furniture') && (page ? printsEverySectionBefore(tree, section, template) : projectEnded(tree, template)) ? 'onHeading' : false;
  // (Before the final report too, in a project not ended: 8.1's classifications cut after the first.)
  if (laterSections(tree, section, template).some((later) => later.present)) return false;
  // (Page furniture below the heading, `Sivun alkuun`, is no text of it. Review RV1 of round 70.) Only on a page
  // that prints every section before it, as the register's pages do, empty ones with their headings too: a page
  // that leaves some out, an excerpt, may end with an empty one.
  if (page) {
    if (!printsEverySectionBefore(tree, section, template)) return false;
    if (node.heading!.position.start.line === last.position.start.line && node.children.every((child) => child.type === 'furniture')) return 'onHeading';
    // (So is one ending on an empty label of a section's own, `Kehittymisen paikat` / `Ennen hanketta:`: the list it
    // introduces and the later sections absent. Review RV3.)
    if (last.kind === 'label' && (last.value ?? '') === '' && (template.inlineLabels.get(last.labelKey!) ?? []).some((field) => field.section === section)) return 'insideSection';
    // (So is one ending on a section's own text, whole, the later sections absent: `Tulokset` and its
    // paragraphs, then nothing of `Ratkaisun kuvaus` … `Eri tahojen merkitys`. Audit JC of round 73.)
    return endsSectionText(last, node, section, template) && laterSectionAbsent(tree, section, template) ? 'afterText' : false;
  }
  if (numberedOtherwise(node, section) || tree.children.some((child) => child.type === 'section' && child.id !== null && numberedOtherwise(child, template.sectionById.get(child.id)))) return amountsCutShort(last, node, section, template);
  // A section's heading with nothing under it, the copy's last line (`8.2 Kestävä kehitys`): the copy
  // stops there, its text and any later section absent — whatever sections follow in the layout. (Not
  // the layout's last heading, above: a final report not written yet. Audit AE of round 57.)
  if (node.heading !== null && node.heading.position.start.line === last.position.start.line && node.children.length === 0) return 'onHeading';
  // Only on a field's line before fields of its section the copy lacks too: an excerpt ends with a
  // section whole; a copy cut at a line's end stops inside one (`Myönnetty EU- ja valtion rahoitus:
  // 960 000`, the section's other amounts and the later sections absent).
  const fields = last.kind === 'label' ? template.inlineLabels.get(last.labelKey!)?.filter((field) => field.section === section) : undefined;
  if (fields === undefined || fields.length === 0) return endsSectionText(last, node, section, template) && laterSectionAbsent(tree, section, template) ? 'afterText' : false;
  // (Two of them at least: one field left out, an optional one, `Valtakunnallisen osion
  // kehittämisohjelma` after 8.1's classifications, is how whole copies are written too.)
  if (laterFieldsAbsent(node, section, fields[0].index) >= ABSENT_FIELDS_OF_A_CUT) return 'insideSection';
  // (Or on its empty label, the final report absent where the project has ended and the report is due: `Innovatiivisuus:`
  // at the end of a copy saved with its line break. Audit KC of round 74. A whole value there, no final report yet, is
  // read as the copy's end, as before: audit round 25.)
  if ((last.value ?? '') === '' && projectEnded(tree, template) && laterSectionAbsent(tree, section, template, true)) return 'insideSection';
  // (Or on a field with one of its section's fields after it absent at most, where the copy lacks a
  // later section before the layout's last as well, `Kunnat: Kajaani, Sotkamo` with sections 7 and 8 absent: the register
  // prints every section but the final report, so the copy stops there, at a line's end or as an
  // excerpt, and a list on its last line may have gone on. Said; the value is read as written.)
  // (Not the sections the copy's title says its kind has none of: an EAKR description of 2007–2013
  // ends with its funding.)
  return laterSectionAbsent(tree, section, template) ? 'afterSection' : amountsCutShort(last, node, section, template);
}

/**
 * Whether a copy ending in a section the layout does not know (`unknown`, at the top level) has a
 * section of the layout right before it, not the layout's last, with every later section of the layout
 * absent (a renumbered copy's sections numbered otherwise aside: there `unknown` may be a known one's).
 */
function endsInUnknownSection(tree: DocumentNode, unknown: SectionNode, template: CompiledTemplate): boolean {
  let known: SectionNode | null = null;
  let unknownAfter = 0;
  for (const child of tree.children) {
    if (child.type !== 'section') continue;
    if (child.id !== null) {
      known = child;
      unknownAfter = 0;
    } else unknownAfter++;
  }
  // (One alone: a rendering the layout does not know, `4 Target groups of the project` / `4.1 …` / `5 …`,
  // has several, and is said section by section, not as a cut.)
  if (unknownAfter !== 1 || tree.children.at(-1) !== unknown || unknown.children.some((child) => child.type === 'section')) return false;
  const section = known?.id ? template.sectionById.get(known.id) : undefined;
  if (section === undefined || section.index >= template.sections.length - 1) return false;
  if (tree.children.some((child) => child.type === 'section' && child.id !== null && numberedOtherwise(child, template.sectionById.get(child.id)))) return false;
  return !laterSections(tree, section, template).some((later) => later.present) && laterSectionAbsent(tree, section, template);
}

/**
 * A section of amounts only, the funding, whose every label the register prints: a copy whose last
 * line is one of them with a later one absent stops there, whatever sections its kind has after it (a
 * technical-assistance description ending with its funding `4.`, an EAKR one of 2007–2013 with its
 * funding last; audit AF of round 57).
 */
function amountsCutShort(last: SourceLine, node: SectionNode, section: CompiledSection, template: CompiledTemplate): 'insideSection' | false {
  if (last.kind !== 'label' || section.fields.length < 2 || !section.fields.every((field) => field.definition.type === 'amount')) return false;
  const own = template.inlineLabels.get(last.labelKey!)?.find((field) => field.section === section);
  return own !== undefined && laterFieldsAbsent(node, section, own.index) > 0 ? 'insideSection' : false;
}

/** How many of a section's fields after the one at `index` the copy's section node has none of. */
function laterFieldsAbsent(node: SectionNode, section: CompiledSection, index: number): number {
  const written = new Set(node.children.flatMap((child) => (child.type === 'field' ? [child.key] : [])));
  return section.fields.slice(index + 1).filter((later) => later.definition.labels.every((label) => !written.has(normaliseKey(label)))).length;
}

/** What a copy that ends whole before absent sections is said to end on. */
/** Whether the copy has every section of the layout before `section` (but containers): a page prints each, empty ones with their headings. */
function printsEverySectionBefore(tree: DocumentNode, section: CompiledSection, template: CompiledTemplate): boolean {
  const present = sectionsInTree(tree);
  return template.sections.every((earlier) => earlier.index >= section.index || earlier.definition.content === 'container' || present.has(earlier.definition.id));
}

function wholeKind(kind: 'insideSection' | 'afterSection' | 'afterText' | 'onHeading'): Partial<CutOff> {
  return kind === 'afterSection' ? { sectionWhole: true } : kind === 'afterText' ? { sectionWhole: true, onText: true } : kind === 'onHeading' ? { sectionWhole: true, onHeading: true } : {};
}

/**
 * Whether a later section of the layout than this one, before its last, is absent from the copy (a
 * container aside, and those the copy's title says its kind of description has none of: an EAKR
 * description of 2007–2013 ends with its funding): the register prints every section but the final
 * report, so a copy without one stops early.
 */
function laterSectionAbsent(tree: DocumentNode, section: CompiledSection, template: CompiledTemplate, finalReportToo = false): boolean {
  const without = titleWithout(tree, template);
  const end = finalReportToo ? template.sections.length : template.sections.length - 1;
  const kind = axisKindWithout(tree, template);
  return laterSections(tree, section, template).some(({ later, present }) => !present && later.index < end && later.definition.content !== 'container' && !without.has(later.definition.id) && !kind.has(later.definition.id));
}

/**
 * Whether the last line is a line of its section's own text, below its heading: a paragraph's (a
 * sentence that ends whole, a list's item), not a value's, a heading's nor a label's of the layout.
 * A copy whose last section stands whole before absent ones stops there as one cut after a field
 * does (a copy cut after a paragraph, or an excerpt), which is said.
 */
function endsSectionText(last: SourceLine, node: SectionNode, section: CompiledSection, template: CompiledTemplate): boolean {
  // (Not a container's text: a technical-assistance description of 2007–2013 writes its section 3 as
  // one text, and numbers its later sections otherwise, so which of the layout's are absent is not known.)
  if (section.definition.content === 'container' || (last.kind === 'label' && template.labelKeys.has(last.labelKey!))) return false;
  // (The section's last child before the page's furniture read into it, `Sivun alkuun`, `Tulosta`.)
  let at = node.children.length - 1;
  while (at >= 0 && node.children[at].type === 'furniture') at--;
  const child = node.children[at];
  const line = last.position.start.line;
  // (Or the section's last field's own lines below its label, an answer's explanation: `8.1` whole, 8.2 absent.)
  return (child?.type === 'paragraph' || (child?.type === 'field' && last.kind !== 'label')) && child.children.some((l) => l.position.start.line === line);
}

/** An e-mail address written whole (`(at)` for `@` too), its domain ending in a known country's or a generic top-level domain. */
const WHOLE_ADDRESS = lazyRegExp(() => /^[\w.+-]+(?:@|\s?\((?:at|a)\)\s?)[\w-]+(?:\.[\w-]+)*\.(?:fi|se|eu|com|org|net|info|ax)$/iu);
/**
 * Whether the copy's last line is the last field of its section, a figure written in its thousands'
 * groups (`Toteutunut julkinen rahoitus yhteensä: 171 450`), and the section is the last the copy's kind
 * of description has: no later section of the layout is absent but those its title says it lacks (an
 * EAKR description of 2007–2013), or the copy numbers its sections otherwise (a technical-assistance one).
 * Such a copy saved without its final line break ends whole; one cut inside the figure leaves a group
 * short (`171 45`), and a cut right at a group's end inside the last line of a whole copy is far rarer
 * than a copy saved without its last line break.
 */
function endsLayoutOnGroupedFigure(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  if (template.definition.page !== undefined) return false;
  const line = last.position.start.line;
  const node = lastSection(tree, line + 1);
  const section = node?.id ? template.sectionById.get(node.id) : undefined;
  if (node === null || section === undefined) return false;
  // (The figure on its label's line, or alone below its empty label, a two-column paste's `Toteutunut julkinen
  // rahoitus yhteensä:` / blank / `439 837`. Audit EA of round 69.)
  const field = node.children.find((child): child is FieldNode => child.type === 'field' && child.position.start.line <= line && child.position.end.line >= line);
  if (field === undefined || (last.kind !== 'label' && (field.note !== 'below' || last.text.trim() !== field.value.trim()))) return false;
  const fields = template.inlineLabels.get(field.key)?.filter((candidate) => candidate.section === section) ?? [];
  // (A whole e-mail address in the last section of a layout defined to end with its contact details, the fields the
  // layout has after it written above it: an address has no longer form it could be cut from but by its domain's
  // last letters. Audit WL F3 of round 81.)
  const email = fields.find((candidate) => candidate.definition.type === 'email');
  if (email !== undefined && WHOLE_ADDRESS.test(field.value.trim())) {
    const written = new Set(node.children.flatMap((child) => (child.type === 'field' ? (template.inlineLabels.get(child.key) ?? []).filter((candidate) => candidate.section === section).map((candidate) => candidate.index) : [])));
    return section.fields.every((other) => other.index <= email.index || written.has(other.index)) && laterSections(tree, section, template).every(({ later, present }) => present || later.definition.content === 'container');
  }
  if (!fields.some((candidate) => candidate.index === section.fields.length - 1)) return false;
  // (With its unit after it, `674 523 €` below its label, as on the label's line. Review RV1 of round 69.)
  const value = field.value.trim().replace(AMOUNT_UNIT_AFTER, '');
  // (A lone `0`, a running project's spending, is no start of a longer figure.)
  const zero = value === '0';
  if (!zero && !GROUPED_FIGURE.test(value)) return false;
  // (And of the size of the section's other amounts, however written, `1 204 560 €` too: a copy cut right at a
  // group's end, `1 083` of `1 083 845`, leaves a figure a thousandth of theirs; with none to compare, the copy
  // is taken as cut.)
  const others = node.children.flatMap((child) => (child.type === 'field' && child !== field ? [parseAmount(child.value.trim()).value ?? null] : [])).filter((amount): amount is number => amount !== null);
  if (!zero && (others.length === 0 || (parseAmount(value).value ?? 0) * AMOUNTS_APART < others.reduce((a, b) => Math.max(a, b), 0))) return false;
  // (Numbered as the layout's other numbering of it, a technical-assistance copy's `4. Projektin julkinen rahoitus`:
  // its kind ends there. Not any other number, `6. Projektin julkinen rahoitus` of an ESR copy renumbered, whose
  // later sections are absent. Review RV1 of round 69.)
  const written = node.heading?.number?.replace(/\.$/u, '');
  if (written !== undefined && section.definition.alsoNumbered?.includes(written) === true) return true;
  const without = titleWithout(tree, template);
  const kind = axisKindWithout(tree, template);
  return laterSections(tree, section, template).every(({ later, present }) => present || later.definition.content === 'container' || without.has(later.definition.id) || kind.has(later.definition.id));
}
/**
 * The ids of the sections the copy's kind of description does not have, by its priority axis (the
 * layout's `axisKinds`: a technical-assistance description of 2007–2013, `5: Tekninen tuki`, ends with
 * its funding) — only where none of those sections has a field read in the copy: a description with
 * area lists or indicators is of the other kind, whatever its axis says.
 */
function axisKindWithout(tree: DocumentNode, template: CompiledTemplate): ReadonlySet<string> {
  if (template.axisKinds.length === 0) return NO_IDS;
  const axis = fieldValueAt(tree, template, 'project.priorityAxis');
  if (axis === null) return NO_IDS;
  const key = normaliseKey(axis);
  const kind = template.axisKinds.find((candidate) => candidate.axisKeys.some((words) => key.includes(words)));
  if (kind === undefined) return NO_IDS;
  const withFields = (children: DocumentNode['children']): boolean => children.some((child) => child.type === 'section' && ((child.id !== null && kind.without.has(child.id) && child.children.some((c) => c.type === 'field')) || withFields(child.children)));
  return withFields(tree.children) ? NO_IDS : kind.without;
}

/** How many times larger than the last amount another amount of its section may be (a cut group makes it a thousand; a project spends a quarter of its plan at least). */
const AMOUNTS_APART = 4;
/** A figure in thousands' groups whose last group has one or two figures (`120 0`, `1 083 84`). */
const GROUP_CUT_SHORT = lazyRegExp(() => /^\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]\d{1,2}$/u);
/** A figure in thousands' groups of three (`171 450`, `1 020 000`, `171.450`), cents after a comma allowed. */
const GROUPED_FIGURE = lazyRegExp(() => /^\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{2})?$/u);

/**
 * The ids of the sections the copy's title line says its kind of description does not have; in a
 * copy without its title, those of the title of the fund its code's letter names (`A31482`: EAKR).
 */
function titleWithout(tree: DocumentNode, template: CompiledTemplate): ReadonlySet<string> {
  if (template.titleWithout.size === 0) return NO_IDS;
  for (const node of tree.children) {
    if (node.type === 'section') break;
    if (node.type === 'furniture' && node.role === 'title') return template.titleWithout.get(normaliseKey(node.text)) ?? NO_IDS;
  }
  const fund = fundOfCode(fieldValueAt(tree, template, 'project.code')?.trim() ?? null);
  const title = fund === null ? undefined : template.definition.titles.find((t) => t.fund === fund);
  return title === undefined ? NO_IDS : template.titleWithout.get(normaliseKey(title.text)) ?? NO_IDS;
}
const NO_IDS: ReadonlySet<string> = new Set();

/** How many of its section's later fields a copy that ends on a field lacks for it to be said to end there. */
const ABSENT_FIELDS_OF_A_CUT = 2;

/** The most words of a page's text, alone below its heading at the copy's end, that are taken as cut there. */
const PAGE_CUT_WORDS = 2;

function pageTextCutBelowHeading(lines: SourceLine[], at: number, template: CompiledTemplate): boolean {
  const last = lines[at];
  if (at === 0 || startsListItem(last.text) || PLACEHOLDERS.includes(last.text.toLowerCase()) || last.text.split(/\s+/u).length > PAGE_CUT_WORDS || /[.!?]$/u.test(last.text)) return false;
  return (last.afterBlank || withoutBlankLines(lines)) && isLayoutHeading(lines[at - 1], template);
}

/** Whether a line is a heading of one of the layout's sections (its text, whatever its number). */
function isLayoutHeading(line: SourceLine, template: CompiledTemplate): boolean {
  return template.sectionsByHeading.has(headingKey(line, template) ?? '');
}

/** Whether a section's heading is written with another number than the layout gives it (a technical-assistance copy's `4.` for 7). */
function numberedOtherwise(node: SectionNode, section: CompiledSection | undefined): boolean {
  const written = node.heading?.number;
  return written !== null && written !== undefined && written.replace(/\.$/u, '') !== section?.definition.number;
}

/** The fewest words a sentence has for its last line to be taken as a sentence's (not a sub-heading's, `Hankkeen tulokset`). */
const SENTENCE_PARAGRAPH_WORDS = 6;

/**
 * Whether the text's last line, in a prose section before sections the copy lacks, stops inside a
 * sentence: it ends on a word, the sentence has six words or more, and it is no list item, closing
 * name or attribution (`… Aikuiskoulutus Oy ja ha`, a copy cut after a number of characters and saved
 * with a line break); or it is an intro with nothing after it (`Milloin:`).
 */
function sentenceStopsMidWay(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate): boolean {
  const last = lines[at];
  // A list's or a question's intro with nothing after it (`Milloin:`, `… seuraavilla osa-alueilla:`),
  // no label of the layout: what it introduces was cut off.
  const layoutLabel = last.kind === 'label' && (template.inlineLabels.has(last.labelKey!) || template.bareLabels.has(last.labelKey!));
  const intro = last.text.endsWith(':') && !layoutLabel;
  // (A sentence with a colon inside, `Toimenpiteet ovat: ohjaus, … ja vertaist`, reads as a label
  // the layout does not have: it is the section's text as any other line. A word or two before the
  // colon, `Lähde: …`, `Lisätietoja: …`, is a source's or a contact's line, no sentence.)
  // (So is a plan's short label with a sentence after it, `Kenelle: Kohderyhmä, yhteistyökumppanit ja …`.)
  // (Or a value that goes on in lower case, the sentence's rest after its colon: `Kohderyhmä: alle 30-vuotiaat … koul`, its words counted with the label's.)
  const valueWords = (last.value ?? '').split(/\s+/u).length;
  // (A line led by a figure that is no heading's number of the layout is text: `30 % osallistujista tek`.)
  const asText = last.kind === 'text' || (last.kind === 'numbered' && !/^\d{1,2}\.?\s+\p{Lu}/u.test(last.text) && !template.sections.some((s) => s.definition.number === last.number));
  const prose = asText || (last.kind === 'label' && !layoutLabel && ((last.label ?? '').trim().split(/\s+/u).length >= SENTENCE_LABEL_WORDS || YEAR_LABEL.test(last.label ?? '') || valueWords >= SENTENCE_VALUE_WORDS || (/^\p{Ll}/u.test(last.value ?? '') && valueWords + (last.label ?? '').trim().split(/\s+/u).length >= SENTENCE_PARAGRAPH_WORDS)));
  // (A word of letters last: an address, `www.savo.fi`, `liisa@savo.fi`, ends no sentence.)
  const onFigure = !PLAIN_WORD_END.test(last.text) && FIGURE_AFTER_WORD.test(last.text);
  if (!intro && (!prose || !(PLAIN_WORD_END.test(last.text) || onFigure) || startsListItem(last.text) || isSignature(last.text))) return false;
  const section = cutSection(tree, last.position.start.line, template);
  if (onFigure && section?.definition.content !== 'prose') return false;
  // (A field's line ending on its figure in a section the layout does not know, an English rendering's
  // `Actual according to monitoring data: 96, of which women 51`, is no sentence of the known section before it.)
  if (onFigure && last.kind === 'label' && lastSection(tree, last.position.start.line + 1)?.id === null) return false;
  // (A signature or a page's end read as furniture is no text of the section: `… / Kasarminkatu 9, 50100 Mikkeli`.)
  // (A section of subsections written as text, a technical-assistance description's 3, is such a text too.)
  const isText = section !== null && (section.definition.content === 'prose' || (section.definition.content === 'container' && section.definition.textPath !== undefined));
  // (And a text line of a section of fields or a score table, 8.1's explanation or a row's, where the
  // copy lacks a later section every copy has: one before the layout's last, the final report.)
  // (Also a sentence with a colon inside, `Alueen työpaikat jakautuvat selvästi: hoitoala …`, read as a label the layout does not have.)
  const isFieldText = section !== null && (asText || (last.kind === 'label' && prose)) && (section.definition.content === 'fields' || section.definition.content === 'scoreTable');
  if ((!isText && !isFieldText) || furnitureLinesOf(tree).has(last.position.start.line)) return false;
  // (In a project that has ended, the final report is a later section every copy has too.)
  if (isFieldText && !lacksLaterSection(tree, section, template, !projectEnded(tree, template))) return false;
  // Only where the copy stops before a later section of the layout that it lacks (the summary of a
  // description without sections 4–9): a whole copy ends in its last section, where a final report's
  // last line may be a signature, a list, a caption or a quote's attribution as well as a sentence
  // that lost its full stop. (Not on a project page, whose later sections are often left out.)
  // On a page, only a text of a word or two right below its heading (`Lyhyt selostus hankkeesta:` /
  // `Hankkeessa`): no page's text is so short but the register's placeholder; the copy stops inside it.
  // (Only the page's summary, which every page has: another section's answer, a name or `Ei ole`, may be whole in a word or two.)
  if (template.definition.page !== undefined) return asText && isText && section.definition.required === true && pageTextCutBelowHeading(lines, at, template);
  if (!lacksLaterSection(tree, section, template)) return false;
  if (intro) return true;
  // The sentence the line ends: the line, and the lines above it that it goes on from (hard-wrapped:
  // it starts in lower case, and the line above ends on a word or a comma, no list's item). A short
  // line below a sentence, a closing name or a list without markers, is no sentence cut.
  // (A line in capitals below one that does not end is a list's item without a marker, `Ohjaajien
  // käsikirja …` / `Sosiaalisen tilinpidon malli …`.)
  const above = at > 0 && !last.afterBlank ? lines[at - 1] : null;
  // (A score table's row above its explanation ends in its scores, no item: `Luonnonvarojen käytön kestävyys 5 6` / `Hankkeessa …`.)
  const rowAbove = section.definition.content === 'scoreTable' && above !== null && (/\d$/u.test(above.text) || endsInWordedScore(above.text));
  // (A sub-heading of a word or three opening the paragraph above a long sentence is no list's item:
  // `Tiivistelmä` / `Hankkeen tarkoituksena on … kehittää alueellinen tukiver`.)
  // (In a copy without blank lines, below a sentence's end, in the summary, ending on a word in lower
  // case: `… 90 vuodessa.` / `Tulokset` / `Hankkeen tuloksena … on sel`. A later text's last line,
  // in a flattened copy whose texts run together, may be a whole line without its full stop, or a closing name.)
  const belowSentence = at > 1 && withoutBlankLines(lines) && /[.!?]$/u.test(lines[at - 2].text) && section.definition.required === true && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(last.text);
  // (Or, in a flattened copy, right below the last field before the summary: `Hakijoiden lukumäärä …: Vain
  // yksi hakija` / `Tavoitteet` / `Väestönkasvua … Tilastokeskuksen muk`.)
  const belowField = at > 1 && withoutBlankLines(lines) && lines[at - 2].kind === 'label' && section.definition.required === true;
  const subHeadingAbove = above !== null && (above.afterBlank || (at > 1 && isLayoutHeading(lines[at - 2], template)) || belowSentence || belowField) && above.text.split(/\s+/u).length <= SUB_HEADING_WORDS && last.text.split(/\s+/u).length >= SENTENCE_PARAGRAPH_WORDS;
  // (Unless the text is hard-wrapped and the line's first word did not fit on the line above: a sentence
  // going on at a name, `Opetushallitus toimeenpanee … viittä` / `Manner-Suomen … muk`.)
  const wrappedOnto = above !== null && wrappedAt(lines, above, last);
  // (A list's item with its marker above it, `- palvelusivusto`, is no such line: the list is over, as below a numbered item.)
  if (above !== null && above.kind === 'text' && /^\p{Lu}/u.test(last.text) && !/[.!?:;]$/u.test(above.text) && !rowAbove && !subHeadingAbove && !wrappedOnto && !opensWithListMarker(above.text)) return false;
  // (Nor is a line below a closing quote or a question: the quote's attribution, `”…” / kertoo
  // projektipäällikkö …`, the question's answer, `Mitä jäi käteen?` / `Toimiva yhteistyöverkosto …`.)
  if (above !== null && /["”»?]$/u.test(above.text)) return false;
  let words = last.text.split(/\s+/u).length;
  // A section's text that is a word or two right below its heading (`5. … tiivistelmä` / `OK`, of
  // `OKSA -projektin …`): the copy stops inside its first sentence.
  // (In a copy without blank lines too: `3 … toteutuksesta` / `Hankkeen tavoitteena o`.)
  // (Not the register's placeholder, `Kesken`: a text not written yet.)
  if ((last.afterBlank || withoutBlankLines(lines)) && at > 0 && words < SENTENCE_PARAGRAPH_WORDS && headingKey(lines[at - 1], template) !== null && !PLACEHOLDERS.includes(last.text.toLowerCase())) return true;
  // (So, in a flattened copy, is a word alone, a capital at its start, right below the last field before
  // the summary: a sub-heading whose text was cut away, `…: Vain yksi hakija` / `Tavoitteet`.)
  if (asText && withoutBlankLines(lines) && at > 0 && section.definition.required === true && lines[at - 1].kind === 'label' && /^\p{Lu}\p{Ll}{3,}$/u.test(last.text) && !PLACEHOLDERS.includes(last.text.toLowerCase())) return true;
  // (A line going on from the one above starts in lower case, or with a bracket opened before its
  // words: `… tarkoituksenmukaisin tavoin` / `(internet, sanoma`.)
  let characters = last.text.length;
  for (let i = at, reach = 0; i > 0 && !lines[i].afterBlank && (GOES_ON_FROM_ABOVE.test(lines[i].text) || wrappedAt(lines, lines[i - 1], lines[i])) && reach < SENTENCE_REACH; i--, reach++) {
    const line = lines[i - 1];
    // (Or on a compound's hyphen, `… Manner-Suomen ESR-` / `ohjelma-asiakirjan mukaista valt`.)
    if (line.kind !== 'text' || !/[\p{L},-]$/u.test(line.text)) break;
    // (A list's item wrapped over several lines is no sentence that ends with a full stop.)
    if (startsListItem(line.text)) return false;
    words += line.text.split(/\s+/u).length;
    characters += line.text.length + 1;
  }
  // (Or fewer words, of a hard-wrapped line's length, in a section's text: Finnish words are long,
  // `Hankkeeseen kuuluu ESR-aluekoordinaatioon liittyvä` / `tiedottam`. A field's wrapped value, cut
  // so, is read as far as it goes where the copy stops before its summary.)
  if (words >= SENTENCE_PARAGRAPH_WORDS || (isText && characters >= WRAPPED_SENTENCE_CHARACTERS && characters > last.text.length)) return true;
  // A word alone, a capital at its start, right below a sentence's end (`… Tavoite 85 ylittyi.` /
  // `Tulokset`): a sub-heading whose text was cut away below it.
  if (asText && words === 1 && above !== null && /[.!?]$/u.test(above.text) && /^\p{Lu}\p{Ll}{3,}$/u.test(last.text)) return true;
  // (An 8.1 explanation with a colon inside reads as a label the layout does not have, `Analyysi
  // tehtiin TE-toimiston tilastoista: nuor`: tried as the explanation's line below.)
  if (!(asText || isFieldText) || words < 2) return false;
  // A prose text's last line of a few words, in capitals only at its start, below a sentence's end
  // or a blank line (`… ikääntyy.` / `Osaajia houkut`): a sentence cut after its first words, or a
  // sub-heading whose text was cut away below it — the copy stops inside the text either way. (A
  // closing name ends on a capital, `Anna Keto`.)
  // (Not in a section of subsections written as one text, a technical-assistance description's 3: an
  // excerpt of it ends on a closing line so, `Kiitos kaikille mukana olleille`, review R3 of round 46.)
  // (Or, three words at least, below a list's item, the list over: `5. kehittää … työyhteisötasolla` /
  // `Hankkeessa rakennetaan yhteisto`; `Kiitos kaikille` there closes a text, review R of round 48.)
  if (section.definition.content === 'prose') return asText && SHORT_LINE_CUT.test(last.text) && (last.afterBlank || (above !== null && (/[.!?]$/u.test(above.text) || (startsListItem(above.text) && words >= 3))));
  // An 8.1 or 8.2 explanation of a few words ending on a word in lower case, right below its
  // question's answer or its row or a sentence (`…: Kyllä` / `Analyysi tehtiin TE-toimiston tilastoist`,
  // `… 3 4` / `30 % osallistujista tek`), where the copy lacks a section every copy has (the final
  // report of a project that has ended): the copy stops inside it, or right after it — said either way.
  return isFieldText && LOWER_CASE_WORD_END.test(last.text) && (last.afterBlank || above === null || above.kind === 'label' || rowAbove || /[.!?\d]$/u.test(above.text));
}


/** A line whose last word is in lower case, of letters only (`… tilastoist`). */
const LOWER_CASE_WORD_END = lazyRegExp(() => /(?:^|\s)\p{Ll}[\p{Ll}-]*$/u);

/** A line of a few words starting in a capital, every later word in lower case (a compound's part after a space and its hyphen too, `Polku eteenpäin -hankk`), the last of letters only (`Osaajia houkut`, `Hankkeen tulokset`). */
const SHORT_LINE_CUT = lazyRegExp(() => /^\p{Lu}[\p{Ll}-]*(?:\s+-?\p{Ll}[\p{Ll}-]*)+$/u);

/** The most words of a sub-heading opening a paragraph (`Tiivistelmä`, `Hankkeen tausta`). */
const SUB_HEADING_WORDS = 3;
/** A year's plan's line (`Vuosi 2014: Kuvataan …`, `2015: …`): the text's, however few its words before the colon. */
const YEAR_LABEL = lazyRegExp(() => /(?:^|\s)(?:19|20)\d{2}\s*$/u);
/** The fewest words after a short label's colon for the line to read as a sentence (a plan's `Kenelle: …`). */
const SENTENCE_VALUE_WORDS = 8;
/** The fewest words before a colon for a line to read as a sentence with a colon inside (`Hankkeen toimenpiteet ovat:`). */
const SENTENCE_LABEL_WORDS = 3;

/** The section a heading line opens, when it is one before the layout's last and the copy has none after it (not on a project page, whose sections are often left out). */
function sectionOpenedBy(line: SourceLine, tree: DocumentNode, template: CompiledTemplate): CompiledTemplate['sections'][number] | undefined {
  const key = template.definition.page === undefined ? headingKey(line, template) : null;
  const section = key === null ? undefined : template.sectionsByHeading.get(key)?.[0];
  return section !== undefined && section.index < template.sections.length - 1 && lacksLaterSection(tree, section, template) ? section : undefined;
}

/** How many lines up a wrapped sentence is followed to its start. */
const SENTENCE_REACH = 8;

/**
 * The width the reader found the text hard-wrapped at (its facts' `wrapWidth`), by the text's lines:
 * set once a text is read, before its end is looked at.
 */
const wrapWidths = new WeakMap<SourceLine[], number | null>();

function wrapWidthOf(lines: SourceLine[]): number | null {
  return wrapWidths.get(lines) ?? null;
}

/** Whether `line`, right below `above`, is `above`'s sentence hard-wrapped: its first word would not have fitted on `above` at the text's width. */
function wrappedAt(lines: SourceLine[], above: SourceLine, line: SourceLine): boolean {
  if (line.afterBlank || above.kind !== 'text' || !/[\p{L},]$/u.test(above.text)) return false;
  const width = wrapWidthOf(lines);
  const space = line.text.indexOf(' ');
  return width !== null && above.text.length + 1 + (space === -1 ? line.text.length : space) > width;
}
/** A bracket opening a sentence's words in lower case, a hard-wrapped line's start (`(internet, sanomalehdet …`): no list's sign. */
const BRACKETED_WORDS = lazyRegExp(() => /^\(\p{Ll}{2}/u);
/** A line that goes on from the one above: in lower case, or a bracket opened before its words. */
const GOES_ON_FROM_ABOVE = lazyRegExp(() => new RegExp(`^\\p{Ll}|${BRACKETED_WORDS.source}`, 'u'));
/** The fewest characters of a sentence hard-wrapped over two lines or more, whatever its words, for its unfinished end to be a cut. */
const WRAPPED_SENTENCE_CHARACTERS = 50;

/** Whether a line opens a list's item: a marker, a number or letter of one, a year (`2019 Koulutus …`), a sign (`o`, `✓`, `>`, `→`, `[1]`). */
function startsListItem(text: string): boolean {
  return opensWithListMarker(text) || ENUMERATED_ITEM.test(text) || !(/^[\p{L}\d]/u.test(text) || BRACKETED_WORDS.test(text)) || /^[oO]\s/u.test(text) || ROMAN_ITEM.test(text) || /^(?:19|20)\d{2}(?:\s*[:–-]|\s+\p{Lu})/u.test(text);
}

/** A person's name (a title before it, a second name after it) and a comma opening a line (`Anna-Liisa Keto, projektipäällikkö, …`): a closing signature, no sentence. */
const SIGNED_NAME = lazyRegExp(() => /^(?:\p{L}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,2}(?:\s+\p{Ll}{2,4}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,2})?,\s/u);
/** The most words a part of a closing signature has between its commas (a sentence's clause has more). */
const SIGNATURE_PART_WORDS = 5;

/** A closing signature: a name (a title before it) and a comma, each part between commas a few words (`Anna Keto, projektipäällikkö, THL`). */
function isSignature(text: string): boolean {
  return SIGNED_NAME.test(text) && text.split(',').every((part) => part.trim().split(/\s+/u).length <= SIGNATURE_PART_WORDS);
}

/** A line ending on a word of letters (`… Oy ja ha`), not an address's part or a figure. */
// (Or a word right after a quote or a bracket it opens, `… valintaa ”Rakennemuutokseen`: no sentence ends inside a quote it opened.)
const PLAIN_WORD_END = lazyRegExp(() => /(?:^|\s)["”“«„(]?\p{L}[\p{L}-]*$/u);
/** A line ending on a figure after a word in lower case (`… josta tuen osuus on 3` of 350 000): in a prose section's sentence only (a score row ends so whole). */
const FIGURE_AFTER_WORD = lazyRegExp(() => /\s\p{Ll}{2,}\s\d[\d\s.,–-]*$/u);
/** A list's item numbered or lettered (`1) Ohjaus`, `a. Valmennus`, `(3) Arviointi`). */
const ENUMERATED_ITEM = lazyRegExp(() => /^\(?(?:\d{1,2}|\p{L})[.)]\s/u);
const ROMAN_ITEM = lazyRegExp(() => /^[ivxIVX]{1,4}\)/u);

/** Whether the text's last line is a score table's row of one line, the last block of the tree's last section, which the layout has sections after. */
function scoreRowAtEnd(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  const end = rowAtEnd(last, tree, template);
  return end !== null && end.row.scores.at(-1) === 1 && /\s1$/u.test(last.text);
}

/** The score table's row that is the text's last line, without an explanation, in a table before the layout's last section; else null. */
function rowAtEnd(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): { row: TableRowNode; section: CompiledSection } | null {
  const open = lastSection(tree);
  // (The section's last child but the page's furniture after it, a print's stamp below the row.)
  const children = open?.children ?? [];
  let at = children.length - 1;
  while (at >= 0 && children[at].type === 'furniture') at--;
  const row = children[at];
  if (row?.type !== 'tableRow' || row.children.length > 0 || row.position.start.line !== last.position.start.line || row.position.end.line !== last.position.start.line) return null;
  const section = template.sectionById.get(open!.id ?? '');
  return section !== undefined && section.definition.content === 'scoreTable' && section.index < template.sections.length - 1 ? { row, section } : null;
}

/**
 * Whether the text's last line is a score table's category alone, or a whole score row with no explanation below it, where the table
 * lacks a category the layout's table has after the row's (a print lists every category), or the
 * project has ended and the copy lacks its final report: the copy may be cut there (its scores are
 * whole: a score is a figure, or 10).
 */
function stopsOnWholeRow(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  // (Or a category's line whole with no row below it: a print lists a category's rows below it.)
  const table = template.sectionById.get(lastSection(tree)?.id ?? '');
  if (table?.definition.content === 'scoreTable' && last.kind === 'text' && table.categoryKeys.has(normaliseKey(last.text))) return table.index < template.sections.length - 1;
  const end = rowAtEnd(last, tree, template);
  if (end === null) return false;
  const categories = [...end.section.categoryKeys];
  const at = end.row.category === null ? -1 : categories.indexOf(normaliseKey(end.row.category));
  return (at !== -1 && at < categories.length - 1) || (projectEnded(tree, template) && lacksLaterSection(tree, end.section, template));
}

/** A line's end that ends a sentence or a table's row (its scores, or a cell's closing bar after either). */
const SENTENCE_OR_ROW_END = lazyRegExp(() => /(?:[.!?:;)"”»]|\s\d{1,2}\s+\d{1,2})(?:\s*\|)?\s*$/u);

/**
 * Whether the text ends inside a score table that lacks a category the layout's table has after the last row read
 * (or has no row at all), on a line that ends no sentence or row: a print lists every category, so the copy stops
 * inside the table — also where no later section tells, in a copy of a project not yet ended, whose table is its
 * last section printed. (Audit WD F2 of round 78: such copies, cut inside a row's explanation or below the table's
 * header, were read as whole, unsaid.)
 */
function endsInsideTableBeforeCategories(last: SourceLine, tree: DocumentNode, template: CompiledTemplate): boolean {
  const open = lastSection(tree);
  const table = template.sectionById.get(open?.id ?? '');
  if (open === null || table === undefined || table.definition.content !== 'scoreTable' || table.categoryKeys.size === 0) return false;
  const categories = [...table.categoryKeys];
  let lastRow: TableRowNode | undefined;
  for (const child of open.children) if (child.type === 'tableRow') lastRow = child;
  // (A last line ending a sentence or a row is taken as where the writer's table ends: a table may be written with
  // its filled rows only, or in a form no row is read from. Review RVB-1; a figure, `… vuonna 201`, may be cut: RVC.)
  if (SENTENCE_OR_ROW_END.test(last.text)) return false;
  // (No row read at all: cut below its column header or first category; a heading alone is said as a copy ending on
  // it, as any section's.)
  if (lastRow === undefined) return open.position.end.line > (open.heading?.position.end.line ?? 0);
  const at = lastRow.category === null ? -1 : categories.indexOf(normaliseKey(lastRow.category));
  return at !== -1 && at < categories.length - 1;
}

/** Whether a copy has no blank line between its lines (its first line counts as after one). */
function withoutBlankLines(lines: SourceLine[]): boolean {
  // (From the first numbered line on, the description's first heading: a mail's greeting above the
  // copy, with blank lines of its own, is no part of it.)
  const from = Math.max(0, lines.findIndex((line) => line.kind === 'numbered'));
  return !lines.some((line, i) => i > from && line.afterBlank);
}

/** The index of the section the last of the layout's headings above line `at` opens (-1 when none). */
function openSectionIndex(lines: SourceLine[], at: number, template: CompiledTemplate): number {
  for (let j = at - 1; j >= 0; j--) {
    const key = headingKey(lines[j], template);
    const sections = key === null ? undefined : template.sectionsByHeading.get(key);
    if (sections !== undefined) return sections[0].index;
  }
  return -1;
}

/** A number of one of the layout's headings after section `after` alone, written with its dot (`4.1`, `4.`, not `4`). */
function isHeadingNumberAlone(text: string, template: CompiledTemplate, after = -1): boolean {
  if (!/^\d{1,2}\.(?:\d{1,2}\.?)*$/.test(text)) return false;
  const number = text.replace(/\.$/, '');
  // (Or the start of one, cut at its dot: `3.` of `3.4`, below section 3's heading.)
  // (Or a number the layout's section is also written with, a technical-assistance copy's `4.` of its funding,
  // `4. Projektin julkinen rahoitus`, below its summary numbered `3.`. Audit EA of round 69.)
  return template.sections.some((section) => section.index > after && (section.definition.number === number || section.definition.alsoNumbered?.includes(number) === true || (text.endsWith('.') && section.definition.number?.startsWith(text) === true)));
}

/**
 * The most characters of a label's or heading's start standing alone as a copy's last paragraph
 * (8.1's questions are long: `Hankkeen päätavoite on sukupuolten tasa-arvo` of `… tasa-arvon edistäminen:`).
 */
const CUT_START_LENGTH = 80;
/** The longest a score table's category or criterion is written (its whole name: a start of one is no longer). */
const SCORE_NAME_LENGTH = 80;
/** A score row's two scores at a line's end (`… 2 3`). */
const SCORE_ROW_END = lazyRegExp(() => /\p{L}\S*\s+\d{1,2}\s+\d{1,2}$/u);

/**
 * Whether a line is a proper start of a label or a heading of the layout of a section after section
 * `after`, cut inside a word or after two words at least.
 */
/** A word of five letters or more in the genitive (`ratkaisun`, `hankkeen`), as a key writes it. */
const GENITIVE_WORD = lazyRegExp(() => /^\p{Ll}{4,}n$/u);

function startsPartCut(text: string, template: CompiledTemplate, after: number): boolean {
  if (text.length > CUT_START_LENGTH || /[.!?:;)]$/u.test(text)) return false;
  const key = normaliseKey(text);
  const started = labelStartedBy(template, text, after + 1);
  const whole = started !== null && started.section.index > after ? normaliseKey(started.label) : headingStartedBy(template, text, null, after + 1)?.heading;
  if (whole === undefined || whole === null) return false;
  const full = normaliseKey(whole);
  if (full === key || !full.startsWith(key)) return false;
  // (A word in the genitive alone, `Ratkaisun`, `Hankkeen`, is no text's last word either: it needs
  // the word after it, `Ratkaisun kuvaus`, `Hankkeen jälkeen:`.)
  // (Nor is a long word alone that is a later label's first, `Sukupuolinäkökulma` of `Sukupuolinäkökulma
  // on huomioitu …`: a text's last line of one word is a sub-heading, and this one is the label's.)
  // (On a project page, a later heading's first word alone, `Hyvät` of `Hyvät käytännöt`: a page's texts
  // do not end on a word alone that way.)
  const pageHeadingWord = template.definition.page !== undefined && (started === null || started.section.index <= after) && key.length >= PAGE_HEADING_WORD;
  return /[\p{L}\d]/u.test(full[key.length]) || key.includes(' ') || ((GENITIVE_WORD.test(key) || key.length >= LONG_FIRST_WORD || pageHeadingWord) && !template.labelKeys.has(key));
}

/** The fewest letters of a page heading's first word alone at a text's end for it to be taken as that heading cut. */
const PAGE_HEADING_WORD = 4;

/** The fewest letters of a label's first word alone at a text's end for it to be taken as the label's start (not `Hyvät`, `Onko`: a text's words too). */
const LONG_FIRST_WORD = 10;

/** A numbered line that is a later section's number and the start of its heading, cut inside a word or after two words (`4 Hank`, `6.2 Suunnitelma hyv`), or its number alone. */
function numberedHeadingCut(line: SourceLine, template: CompiledTemplate, after: number): boolean {
  const value = line.value ?? '';
  if (value === '') return isHeadingNumberAlone(`${line.number}.`, template, after);
  // (However long: the words are the start of that very heading's, `6.2 Suunnitelma hyvien käytäntöjen levittämis`.)
  if (/[.!?:;)]$/u.test(value) || !/^\p{Lu}/u.test(value)) return false;
  // (The number is the heading's own: its words' start may be a word or a letter, `4 Hankkeen`, `4 H`.)
  const key = normaliseKey(value);
  // (Or another number's, a section renumbered as a technical-assistance description does, with two words' start at least: `4. Projektin julk`.)
  return template.sections.some((section) => section.index > after && (section.definition.number === line.number || key.includes(' ')) && section.headingKeys.size > 0 && [...section.headingKeys].some((full) => full !== key && full.startsWith(key)));
}

/** Whether a label's value is, word for word, one of its field's set values or of the values the register writes in it. */
/** The line at `at`, or the label's line above it whose value was hard-wrapped onto it. */
function labelLineOfWrapped(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate): SourceLine {
  return wrappedValueAt(lines, at, tree, template)?.label ?? lines[at];
}

/**
 * The label whose value was hard-wrapped onto the line at `at` (and any between), with the value joined and
 * whether it is one the register writes whole; null where the line is no such value's (the tree reads it in
 * another section than the label's, or no value of the register's starts so).
 */
function wrappedValueAt(lines: SourceLine[], at: number, tree: DocumentNode, template: CompiledTemplate): { label: SourceLine; value: string; whole: boolean } | null {
  if (lines[at].kind === 'label') return null;
  const label = valueLabelAbove(lines, at, template);
  if (label === null || lastSection(tree, lines[at].position.start.line + 1) !== lastSection(tree, label.position.start.line + 1)) return null;
  let from = at;
  while (from > 0 && lines[from - 1] !== label) from--;
  const value = lines.slice(from, at + 1).reduce((joined, line) => joinWrapped(joined, line.text), label.value ?? '');
  if (isWholeKnownValue({ ...label, value }, template)) return { label, value, whole: true };
  // (Any other only where it starts one of the register's values, cut short, after a whole word too — the lines joined
  // say it goes on: a yes/no answer's explanation below it is its text, and a page's number below a value, `9`, no part of
  // it. Review RVC of round 74.)
  const startsOne = (template.inlineLabels.get(label.labelKey!) ?? []).some((field) => startsKnownValue([...(field.definition.values ?? []), ...(field.definition.knownValues ?? [])], value, true));
  return startsOne ? { label, value, whole: false } : null;
}

/**
 * Whether a line is, word for word, one of the values the register writes below a label whose value stands on the
 * next line (`Valtakunnallisen osion kehittämisohjelma` / blank / `Välityömarkkinat/siirtymätyömarkkinat`): whole at
 * a copy's end saved without its line break, as such a value on its label's line is. Audit LA of round 75.
 */
function isWholeNextLineValue(line: SourceLine, above: SourceLine | undefined, template: CompiledTemplate): boolean {
  if (above === undefined || line.kind !== 'text') return false;
  const value = line.text.trim().toLowerCase();
  // (The label stands alone on its line, read as a line of text, or with its colon and nothing after it.)
  return (template.bareLabels.get(above.kind === 'label' ? above.labelKey! : keyOf(above) ?? '') ?? []).some((f) => f.definition.form === 'nextLine' && [...(f.definition.values ?? []), ...(f.definition.knownValues ?? [])].some((whole) => whole.toLowerCase() === value));
}

/** Whether a line is only the start of a value the register writes below its label, the line above (`Välityömarkkinat/siirtymä`). */
function isNextLineValueStart(line: SourceLine, above: SourceLine, template: CompiledTemplate, tree: DocumentNode): boolean {
  if (line.kind !== 'text') return false;
  return (template.bareLabels.get(above.kind === 'label' ? above.labelKey! : keyOf(above) ?? '') ?? []).some((f) => f.definition.form === 'nextLine' && startsKnownValue([...(f.definition.values ?? []), ...(f.definition.knownValues ?? [])], line.text, copyLacksLater(tree, f.section, template)));
}

function isWholeKnownValue(label: SourceLine, template: CompiledTemplate): boolean {
  const value = (label.value ?? '').trim().toLowerCase();
  // (A field whose value stands on the next line may have it on its label's line too: review RVB of round 75.)
  return value !== '' && [...(template.inlineLabels.get(label.labelKey!) ?? []), ...(template.bareLabels.get(label.labelKey!) ?? [])].some((f) => [...(f.definition.values ?? []), ...(f.definition.knownValues ?? [])].some((whole) => whole.toLowerCase() === value));
}

/**
 * A value that is only the start of one of its field's set values (`Hakijoita on useampi`), or of the
 * values the register writes in it (`Ku` of `Kumppanuutta selvästi edistävä projekti`): the rest was cut off.
 */
function isSetValueStart(value: string, label: SourceLine, template: CompiledTemplate, tree: DocumentNode | null = null): boolean {
  // (Also a field whose value stands below its label, written on its label's line. Review RVB-1.)
  return [...(template.inlineLabels.get(label.labelKey!) ?? []), ...(template.bareLabels.get(label.labelKey!) ?? [])].some((f) => (f.definition.values !== undefined && startsSetValue(f.definition.values, value)) || (f.definition.knownValues !== undefined && startsKnownValue(f.definition.knownValues, value, tree !== null && copyLacksLater(tree, f.section, template))));
}

/**
 * Whether a value is the start of one the register writes, cut inside a word (`Ku` of `Kumppanuutta
 * …`), or — where the copy certainly stops early (`lacking`) — after a whole word (`Ei` of `Ei
 * erityistä innovatiivisuutta …`, `Sukupuolineutraali` of `… projekti`): an author's own `Ei` is a
 * whole answer otherwise.
 */
function startsKnownValue(known: readonly string[], value: string, lacking: boolean): boolean {
  const written = value.trim().toLowerCase();
  if (written.length < KNOWN_VALUE_START_LETTERS) return false;
  return known.some((whole) => {
    const full = whole.toLowerCase();
    // (After a whole word only where the copy stops early, or where that word is a genitive, which a noun follows:
    // `Ei erityistä innovatiivisuutta projektin` of `… projektin tavoitteena`. Review RVA of round 74.)
    return full.length > written.length && full.startsWith(written) && (lacking || /\p{L}/u.test(full[written.length]) || ENDS_ON_GENITIVE.test(written));
  }) && !known.some((whole) => whole.toLowerCase() === written);
}
/**
 * The fewest letters of a value on a cut copy's last line for it to be told a register's value's start
 * (`E` of `Ei erityistä …`, `Ku`): no value the register writes is one letter.
 */
const KNOWN_VALUE_START_LETTERS = 1;

/** Whether the copy lacks a section of the layout after `section` before its last, or the final report of a project that has ended. */
function copyLacksLater(tree: DocumentNode, section: CompiledSection, template: CompiledTemplate): boolean {
  return lacksLaterSection(tree, section, template, true) || (projectEnded(tree, template) && lacksLaterSection(tree, section, template));
}

function clipMarkerAt(lines: SourceLine[]): number {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - CLIP_MARKER_LINES); i--) if (clipMarker.test(lines[i].text)) return i;
  return -1;
}

/** The top-level section opened by text (its heading absent) whose first line is the cut line, if any. */
function sectionOpenedByCutLine(tree: DocumentNode, line: number): SectionNode | null {
  const node = lastSection(tree, line + 1);
  return node !== null && node.openedBy === 'text' && node.id !== null && node.position.start.line === line ? node : null;
}

/**
 * The one diagnostic of a text cut off. A warning; an error when the cut took away fields a
 * publishable description must have (`validate` must not pass a draft that stops after its code,
 * nor one saved without its last line break whose last line reads as a cut).
 */
function cutOffDiagnostic(cut: CutOff, openedByCut: SectionNode | null, lines: SourceLine[], tree: DocumentNode, template: CompiledTemplate, sources: SourcePositions, cutAway: string[]): Diagnostic {
  const present = sectionsInTree(tree);
  // (A section opened by text whose text begins at the cut line, a label's or heading's start kept
  // apart, `Toteutunut EU- ja valtion rahoitus` or `7.2` read as the final report after the fields: not
  // where the copy stops, nor present.)
  let section = cut.section;
  if (openedByCut !== null) {
    present.delete(openedByCut.id!);
    const before = lastSection(tree, openedByCut.position.start.line);
    section = before?.id ? template.sectionById.get(before.id) ?? section : section;
  }
  // (Named from the section the line stands in, where the copy lacks sections between it and the one
  // a cut label's start names: `Hankkees` of 8.1's label at the summary's end stops the copy in
  // section 3, `Hakijan viralli` after section 1's fields in section 2.)
  const open = section === null ? null : cutSection(tree, cut.line, template);
  const lastOfLayout = section !== null && section.index === template.sections.length - 1;
  const skipsSections = open !== null && section !== null && open.index < section.index && laterSections(tree, open, template).some(({ later, present: has }) => !has && later.index < section.index && later.definition.content !== 'container');
  const from = skipsSections ? open : section;
  // (Nor a section the copy's kind does not have, by its title or axis, an EAKR description of 2007–2013 ending
  // with its funding, nor the final report of a project its status says is going on. Audit WD F4 of round 78.)
  const without = titleWithout(tree, template);
  const kind = axisKindWithout(tree, template);
  const status = fieldValueAt(tree, template, 'project.status');
  const ongoing = status !== null && parseStatus(status).value?.state === 'ongoing';
  const after = template.sections.filter((s) => !present.has(s.definition.id) && (from === null || s.index > from.index) && s.definition.content !== 'container' && !without.has(s.definition.id) && !kind.has(s.definition.id) && !(ongoing && s.index === template.sections.length - 1 && template.definition.page === undefined));
  const names = after.map((s) => s.definition.number ?? s.definition.headings[0]);
  // (A last line in a section the layout does not know, `10 Liitteet` after 9, is named so: not in 9. Audit BM of round 65.)
  const standsIn = lastSection(tree, cut.line + 1);
  const named = from ? `section ${from.definition.number ?? `"${from.definition.headings[0]}"`}` : null;
  // (Not where that section's heading is the cut line itself: a cut heading, `2. Projektin`, read as one the layout does not know.)
  const inSection = standsIn !== null && standsIn.id === null && standsIn.heading !== null && standsIn.position.start.line < cut.line ? ` in a section ${template.name} does not know${named ? `, after ${named}` : ''}` : named ? ` in ${named}` : '';
  const where = `${inSection}${cut.beforeAnother ? ' (a second description follows it)' : ''}`;
  const absent = names.length > 0 ? `; ${names.length === 1 ? 'section' : 'sections'} ${names.join(', ')} of ${template.name} ${names.length === 1 ? 'is' : 'are'} therefore absent` : '';
  const required = cutAway.length > 0 ? `, and with ${cutAway.length === 1 ? 'it' : 'them'} the required ${cutAway.map((label) => `"${label}"`).join(', ')}: the description is incomplete` : '';
  return {
    severity: cutAway.length > 0 ? 'error' : 'warning',
    rule: 'text-cut-off',
    message: cut.clipped
      ? `The text stops here${where}: the mail program that sent it clipped the message (its note below says so)${absent}${required}`
      : cut.insideTable === true
        ? `The copy ends here${where}, inside its score table, before categories of the table a print lists: a copy cut here (the text on this line may be incomplete), or a table written with only some of its rows${absent}${required}`
      : cut.beforeRequired
        ? `The text stops here${where}, ${cut.afterSummary === true ? 'on a value, before later parts of the layout' : 'on a field\'s value, before the sections every description has'}: it looks cut off (the value on this line may be incomplete)${absent}${required}`
        : cut.oneWord
          ? `The text ends here${where} on one word without a full stop: a copy cut inside the text's first word, or a text of one word${absent}${required}`
          : cut.cutWord !== undefined
          ? `The text stops here${where}, inside its last word, it seems: "${cut.cutWord.word}", without a full stop, is written nowhere else in the text alone, but as the start of a longer word ("${cut.cutWord.longer}"): a copy cut inside a word${absent}${required}`
          : cut.endsWhole
          ? `The copy ends here${where}, ${cut.onHeading && lastOfLayout ? `on the heading of the layout's last section, with nothing under it: a copy cut at a line's end, an excerpt, or ${template.definition.page !== undefined ? "a page that leaves the section empty without the `Kesken.` the register's pages print" : 'a final report not written yet though the project has ended'}` : cut.onHeading ? "on the section's heading, with nothing under it: a copy cut at a line's end, or an excerpt" : cut.onText ? "with none of the layout's later sections after its text: a copy cut at a line's end, or an excerpt" : cut.sectionWhole ? "with none of the layout's later sections after it: a copy cut at a line's end (a list on this line may have gone on), or an excerpt" : "before fields of that section and any of the layout's later sections: a copy cut at a line's end, or an excerpt"}${absent}${required}`
          : cut.pagesMissing !== undefined
          ? `The copy ends here${where}, on page ${cut.pagesMissing.page} of a print of ${cut.pagesMissing.of} pages (its count below says so): the pages after it are missing (this line's value or text may go on there)${absent}${required}`
          : cut.beforeAbsentSections
          ? `The copy stops here${where}, with none of the layout's later sections after it: its last line, which ends without a full stop, may be cut (a list's item, a name or an address may as well end whole)${absent}${required}`
          : `The text stops here${where}, mid-way (the last line ends without a full stop or the end of a value): it looks cut off${absent}${required}`,
    // (At the copy's own last line, not the page's furniture or a signature passed over below it.)
    ...located(lines.find((l) => l.position.start.line === cut.line)?.position ?? lines[lines.length - 1].position),
    ...(sources.pointerAt(cut.line) ? { path: sources.pointerAt(cut.line)! } : {}),
  };
}

/**
 * Larger inputs are refused rather than read whole: no real description comes near this. (The
 * command line refuses a file before reading it; the library's bytes and texts are refused here, so
 * both give the same result.)
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function analyse(bytes: Uint8Array, options: ParseOptions = {}): Analysis {
  const file = options.file ?? '<input>';
  if (bytes.length > MAX_INPUT_BYTES) {
    return { result: failedResult(file, { severity: 'error', rule: 'file-too-large', message: `The input is ${bytes.length} bytes; descriptions larger than ${MAX_INPUT_BYTES} bytes are not read` }, { bytes: bytes.length }), text: null };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decode(bytes);
  if ('failure' in decoded) {
    return { result: failedResult(file, decoded.failure, { bytes: bytes.length, sha256, encoding: decoded.encoding }), text: null };
  }
  const source: Result['source'] = { bytes: bytes.length, sha256, encoding: decoded.encoding, lineEnding: decoded.lineEnding };
  // Where reading made lines of its own (a manual line break), positions go back to the file's lines.
  const finish = (result: Result): Analysis => (decoded.fileLines ? { result, text: toFilePositions(result, decoded.text, decoded.fileLines) } : { result, text: decoded.text });
  const diagnostics: Diagnostic[] = decoded.diagnostics.slice();
  const { lines, end } = parseLines(decoded.text);

  const registry = registryOf(options);
  if (!(registry instanceof TemplateRegistry)) return finish(failedResult(file, registry, source));
  // (`null` and `''` are no layout named: callers pass them for "not set", and a good text failed as `Unknown template "null"`. Audit MC of round 76.)
  const named = options.template === null || options.template === '' ? undefined : options.template;
  const detection = named !== undefined ? null : detectTemplate(lines, registry.templates);
  const template = detection === null ? registry.byName(named!) : detection.template;
  if (!template) {
    const other = detection?.otherProgramme;
    const message =
      detection === null
        ? `Unknown template "${named}"; known: ${registry.names.join(', ')}`
        : other
          ? other.report
            ? `The text has the shape of ${other.template} but is titled as a project's report, claim, decision, application or minutes ("${other.text.slice(0, 80)}"), whose figures are not a description's: not a description of any known layout`
            : `The text has the shape of ${other.template} but is of another programme ("${other.text.slice(0, 80)}"): not a description of any known layout`
          : `The text is not a description of any known layout. Looked for: ${describeDetection(registry.templates)}`;
    const failed = failedResult(file, { severity: 'error', rule: 'unknown-template', message, ...(other ? { line: other.position.start.line, column: other.position.start.column, endLine: other.position.end.line, endColumn: other.position.end.column } : {}) }, source);
    failed.diagnostics = [...diagnostics, ...failed.diagnostics];
    return finish(failed);
  }

  if (detection?.tiedWith) {
    diagnostics.push({ severity: 'warning', rule: 'ambiguous-template', message: `The text fits the layouts ${[template.name, ...detection.tiedWith].join(', ')} equally well; read as ${template.name} (the first of them: built-in layouts first, then definitions in the order given). Choose with --template (the option \`template\`)` });
  }
  const documentPosition = { start: { line: 1, column: 1, offset: 0 }, end };
  // Whether any line has a tab or a run of three spaces (a column gap), asked once of the text: most
  // have neither, and their lines need no look.
  const { tree, diagnostics: readDiagnostics, facts } = readDocument(lines, template, documentPosition, {
    hasTabs: decoded.text.includes('\t'),
    endsUnbroken: !/\n\s*$/.test(decoded.text.slice(-64)),
    hasColumnGaps: decoded.text.includes('   '),
    formFeedLines: formFeedLines(decoded.text),
    quoteEndLine: decoded.quoteEndLine ?? null,
    replyLines: decoded.replyLines ? new Set(decoded.replyLines) : null,
  });
  wrapWidths.set(lines, facts.wrapWidth);
  const cut = facts.anotherDescriptionLine === null ? findCutOff(decoded.text, lines, tree, template) : cutBeforeAnother(decoded.text, lines, tree, template, facts.anotherDescriptionLine);
  if (cut !== null) {
    const above = lineAboveFurniture(lines, cut.line, tree);
    if (above !== null) cut.lineAboveFurniture = above;
  }
  const mapped = mapDocument(tree, template, cut);
  const summaryBar = tree.children.find((c) => c.type === 'preamble' && c.role === 'summaryBar');
  const page = template.definition.page !== undefined;
  const derived = deriveValues(mapped.record, mapped.sources, {
    page,
    summaryBar: summaryBar && 'text' in summaryBar ? { text: summaryBar.text, position: summaryBar.position } : null,
    axisText: page ? fieldValueAt(tree, template, 'project.priorityAxis') : null,
    laterProgrammeLine: page ? null : laterProgrammeLine(mapped.unmapped),
    labelsFund: fundOfLabelsRead(tree, template),
    definedFund: typeof template.definition.constants.fund === 'string' ? template.definition.constants.fund : null,
    // (Not the reader's `furniture-in-text`: the derived word on the same line is the more precise, and the reader's is then dropped.)
    warnedWithin: (start, end) => [readDiagnostics, mapped.diagnostics].some((list) => list.some((d) => d.severity !== 'info' && d.rule !== 'furniture-in-text' && d.line !== undefined && d.line >= start && d.line <= end)),
  });
  // (A section read from the cut line, a label's or heading's start kept apart, ran together with
  // nothing: the cut is said instead.)
  const openedByCut = cut === null || cut.label === undefined ? null : sectionOpenedByCutLine(tree, cut.line);
  // (A line the reader said is read as the text around it, `furniture-in-text`, which the mapping kept
  // in unmapped or as furniture after all, a list's stray line, a page's date at its top, or said in its
  // own words, a page's number between paragraphs, the area's text between its lists, a section's boundary
  // guessed there, is said there: the reader's word on it is dropped.)
  const keptLines = readDiagnostics.some((d) => d.rule === 'furniture-in-text') ? linesSaidByMapping(mapped.unmapped, [...mapped.diagnostics, ...derived, ...readDiagnostics.filter((d) => d.rule !== 'furniture-in-text')]) : null;
  for (const d of readDiagnostics) if ((openedByCut === null || d.rule !== 'ambiguous-prose-boundary' || d.line !== openedByCut.position.start.line) && !(keptLines !== null && d.rule === 'furniture-in-text' && d.line !== undefined && keptLines.has(d.line))) diagnostics.push(d);
  // A line the reader said is a layout's label in a text (`label-in-text`) is not also a label the
  // layout lacks (the prose's `unknown-label` for a field's line with a figure in its text).
  const labelsInText = readDiagnostics.some((d) => d.rule === 'label-in-text') ? new Set(readDiagnostics.filter((d) => d.rule === 'label-in-text').map((d) => d.line)) : null;
  for (const d of mapped.diagnostics) if (labelsInText === null || d.rule !== 'unknown-label' || !labelsInText.has(d.line)) diagnostics.push(d);
  for (const d of derived) diagnostics.push(d);
  // A layout named by the caller is not detected, and detection's refusal of another programme's text is not made:
  // that programme's bar or title is said instead (audit WD F3 of round 78: `--template project-page` read a Leader
  // page as an ESR one, unsaid) — not a funder's label further down, which may be an agenda's line (review RVB-1).
  const otherNamed = named !== undefined ? otherProgrammeLine(template, lines, { funders: false }) : null;
  if (otherNamed !== null) diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `"${otherNamed.text.slice(0, 80)}" names another programme than the ESR's and EAKR's: this may be that programme's ${page ? 'project page' : 'description'} (Leader, Interreg, the rural fund, …), read as ${template.name} because the layout was named`, line: otherNamed.position.start.line, column: otherNamed.position.start.column, path: '/fund' });
  if (page && otherNamed === null) {
    const atTop = otherProgrammeAtTop(tree, template, mapped.unmapped);
    if (atTop !== null) diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `"${atTop.text.slice(0, 60)}" above the page's sections names another programme than the ESR's and EAKR's: this may be that programme's project page (Interreg, Leader, …), read as ${template.name}`, line: atTop.line, column: 1, path: '/fund' });
  }
  if (cut) diagnostics.push(cutOffDiagnostic(cut, openedByCut, lines, tree, template, mapped.sources, mapped.cutAway));
  for (const d of semanticRules(mapped.record, template, mapped.sources)) diagnostics.push(d);

  const result: Result = {
    file,
    ok: true,
    template: template.name,
    source,
    record: mapped.record,
    unmapped: mapped.unmapped,
    diagnostics,
  };
  for (const d of validateAgainstSchema(result, mapped.sources)) diagnostics.push(d);
  diagnostics.sort(byPosition);
  result.ok = !diagnostics.some((d) => d.severity === 'error');
  if (options.tree) result.tree = tree;
  return finish(result);
}

/** The lines the entries of unmapped stand on (an entry of several lines covers each), those the mapping warned of, and those it kept as furniture. */
function linesSaidByMapping(unmapped: Unmapped[], said: Diagnostic[]): Set<number> {
  const lines = new Set<number>();
  for (const d of said) if ((d.severity !== 'info' || d.rule === 'page-furniture') && d.line !== undefined) lines.add(d.line);
  for (const entry of unmapped) {
    let line = entry.line;
    lines.add(line);
    for (let at = entry.value.indexOf('\n'); at >= 0; at = entry.value.indexOf('\n', at + 1)) lines.add(++line);
  }
  return lines;
}

export function parseText(text: string, options: ParseOptions = {}): Result {
  return parseBytes(new TextEncoder().encode(text), options);
}

/**
 * A line above a project page's first section — its title, its tagline, a banner or a line kept apart —
 * that is another programme's banner (vocabulary `otherProgrammeBanners`: `Interreg Nord`, `Leader Pohjoisin Lappi`,
 * the programme's name alone with a region's; a title or tagline that uses such a word, `Karelia-ammattikorkeakoulun …`,
 * `Erasmus+ -vaihdot`, a project named `Aurora`, is none. Review Z):
 * the page may be that programme's. (Detection rules a page out by its summary bar and funder's field;
 * a banner or a title may be a project's own name, `Leader-yhteistyö Koillismaalla`: said, not refused.
 * Audit AM of round 59.)
 */
function otherProgrammeAtTop(tree: DocumentNode, template: CompiledTemplate, unmapped: Unmapped[]): { text: string; line: number } | null {
  if (template.otherProgrammes === null) return null;
  const firstSection = tree.children.find((child) => child.type === 'section');
  const sectionLine = firstSection?.position.start.line ?? Number.MAX_SAFE_INTEGER;
  for (const child of tree.children) {
    if (child.position.start.line >= sectionLine) break;
    if (child.type === 'preamble' && (child.role === 'title' || child.role === 'tagline') && OTHER_PROGRAMME_BANNER.test(child.text.trim())) return { text: child.text, line: child.position.start.line };
  }
  const kept = unmapped.find((entry) => entry.line < sectionLine && OTHER_PROGRAMME_BANNER.test(entry.value.trim()));
  return kept === undefined ? null : { text: kept.value, line: kept.line };
}
const OTHER_PROGRAMME_BANNER = lazyRegExp(() => new RegExp(vocabulary.otherProgrammeBanners, 'iu'));
