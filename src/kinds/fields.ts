/**
 * Fields sections: `Label: value` lines and their variants (a value wrapped onto the next lines or
 * written below its label, a bare label with its value on the next line, a bare block heading with
 * item lines, a label with its own trailing lines). The grammar decides which field a label line
 * fills and which lines belong to it; the mapping normalises each field's value into its record path.
 */
import { headingStartedBy, isListMarkerCode, labelStartedBy, opensWithListMarker, normaliseKey, vocabulary, WORD_LIST_MARK, type CompiledField, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import { currentMunicipalityInflected, isCurrentMunicipalityName, isMunicipalityName, municipalityCode, regionCode, subRegionCode } from '../derive/area-codes.js';
import * as n from '../map/normalise.js';
import type { RecordBuilder } from '../map/record-builder.js';
import { isTextLike, BareLabel, Furniture, Heading, Label, LabelText, UnknownHeading, type LineToken } from '../read/tokens.js';
import { span, type ReadState, type RuleDsl } from '../read/reader.js';
import { blockHeadingInValue, continuesWrapped, isFurnitureInList, DATE_ONLY_LINE, ENDS_ON_GENITIVE, isAnywhereFurniture, isPageBreakLine, printedNoteShape, isCapitalsMark, isDateTimeAlone, isFurniturePatternText, isFurnitureText, isMarkKeptApart, isPullQuoteLine, isQuotedSentence, STARTS_WITH_LIST_WORD, isAreaOfList, namesAreasOfList, isDigitCode, hasSentenceVerb, isPrintHeaderWords, labelRemark, LONE_NUMBER, readsAsSentence, type TextFacts } from '../read/classify.js';
import { joinWrapped, withHyphenatedEnd } from '../read/join.js';

export { joinWrapped };
import type { FieldDefinition } from '../grammar/definition.js';
import type { BlockNode, DocumentNode, FieldNode, LineNode, ParagraphNode, Position, SectionNode, SourceLine } from '../types.js';
import { BlockCollector, collectBlocks, isLonePageNumber, isRunningHeader, lineNode, loneNumberOf, paragraphText, sayLoneNumberKept } from './blocks.js';
import { bodyBlocks, keepUnread, sectionName, valuesBelowLabels, withoutCutLabel, withoutCutLabelLine, type MapContext } from './map-context.js';
import type { ContentKind } from './registry.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** How far a field's reading has got: kept beside the node, not in the tree. */
interface FieldProgress {
  field: CompiledField | null;
  form: CompiledField['form'];
  lines: number;
  /**
   * The last line read, as written, for the wrap tests: a line joined to the one before it is
   * longer than the width the copy was wrapped at, so the join is never what is measured.
   */
  lastLine: string;
  /** The facts of the text being read (blank lines, wrap width). */
  facts: ReadState['facts'];
  /** Whether the lines just passed were a printed page's break inside the value, after which its last words in lower case go on. */
  pastPageBreak?: boolean;
  /** Whether every line of the value so far is an item of a list after its marker (`o<TAB>Pohjois-Savo`, `1.<TAB>Kuopio`). */
  markedItems?: boolean;
}

/** A suspended compound and a list word at a line's end (`Kuntoutus- ja`): the compound's last part comes next. */
const ENDS_WITH_SUSPENDED_COMPOUND = lazyRegExp(() => new RegExp(`\\p{L}-\\s+(?:${vocabulary.valueGoesOnAfter.words.join('|')})$`, 'u'));

/**
 * A word that qualifies the next, alone on its line or after a comma, and a list word at the line's
 * end (`Etelä-Pohjanmaan ja`, `…, Tieteen, Teknologian ja`): the qualified word comes next.
 */
const attributeEnding = vocabulary.valueGoesOnAfter.attributeEnding;
const ATTRIBUTE_AND_LIST_WORD = lazyRegExp(() => new RegExp(`(?:^|,\\s*)([\\p{L}-]*${attributeEnding.pattern})\\s+(?:${attributeEnding.listWords.join('|')})$`, 'iu'));

function endsWithAttributeAndListWord(text: string): boolean {
  const word = ATTRIBUTE_AND_LIST_WORD.exec(text)?.[1].toLowerCase();
  return word !== undefined && !attributeEnding.notEndings.some((ending) => word.endsWith(ending));
}

/**
 * In an entry read over several lines, a genitive-like word alone or after a comma, a list word and
 * a capital (`… Teknologian ja Innovaatioiden …`): where such a line went on, which a name of one
 * word may end like too (`Caverion ja` / `Järvikylän kunta, …`). The words up to the list word, else null.
 */
function joinedAfterAttribute(text: string): string | null {
  for (const match of text.matchAll(ATTRIBUTE_LIST_WORD_CAPITAL)) {
    const word = match[2].toLowerCase();
    if (!attributeEnding.notEndings.some((ending) => word.endsWith(ending))) return text.slice(0, (match.index ?? 0) + match[1].length).trim();
  }
  return null;
}

const ATTRIBUTE_LIST_WORD_CAPITAL = lazyRegExp(() => new RegExp(`((?:^|,\\s*)([\\p{L}-]*${attributeEnding.pattern})\\s+(?:${attributeEnding.listWords.join('|')}))\\s+\\p{Lu}`, 'giu'));

/** A line that ends with a list word (`ja`, `sekä`): not a name's end. */
const ENDS_WITH_LIST_WORD = lazyRegExp(() => new RegExp(`\\s(?:${vocabulary.valueGoesOnAfter.words.join('|')})$`, 'u'));

/** A value's line that ends so (a comma, a dash, a list word) goes on on the next line, whatever that line starts with. */
const VALUE_GOES_ON = lazyRegExp(() => new RegExp(`(?:[,;/–-]|(?:^|\\s)(?:${vocabulary.valueGoesOnAfter.words.join('|')}))$`, 'u'));

const NO_FACTS: ReadState['facts'] = { headingLine: new Int32Array(0), headingIndices: [], gluedHeadingLines: 0, numberFormHeadings: 0, lastHeadingLine: null, secondHeadingLine: null, blankSeparated: true, wrapWidth: null, lastLine: 0, unmatchedNumberedLine: null, tableHeaderLine: null, bulletedLabels: false, lastLabelLine: new Int32Array(0), hasTabs: false, tabbedLabels: false, projectCode: null, organisationName: null, inProse: null, strayInFields: null, sentenceLabels: null, endsUnbroken: false, anotherDescriptionLine: null, layoutLabelLines: 0, furnitureLines: null, appendedTitleInText: null };



/** Longest line read as a value written below its label. */
const MAX_VALUE_BELOW = 200;

function isFieldLine(token: LineToken | null): boolean {
  return token !== null && (token.tokenType === Label || token.tokenType === BareLabel || token.tokenType === LabelText);
}

function inBody(state: ReadState, section: CompiledSection, token: LineToken | null): boolean {
  if (token === null) return false;
  // A sub-heading the layout does not know, over labels of this section: the section goes on under it.
  if (token.tokenType === UnknownHeading && token.payload.sections.includes(section)) return true;
  if ((token.tokenType === Label || token.tokenType === BareLabel) && token.payload.fields.some((f) => f.section === section)) {
    const chosen = state.fieldFor(section, token);
    if (chosen === 'duplicate') return !state.opensLater(token) || state.repeatsFilledLine(token);
    return chosen === null || !state.movesOn(section, chosen, token);
  }
  return !state.endsBody(token);
}

function startField(state: ReadState, section: CompiledSection, token: LineToken, read: FieldProgress, afterHeading: string | null = null): FieldNode {
  const line = token.payload.line;
  const chosen = state.fieldFor(section, token);
  const field = chosen === 'duplicate' || chosen === null || afterHeading !== null ? null : chosen;
  if (field) state.fill(field, token);
  const label = line.kind === 'label' ? line.label! : line.text;
  const node: FieldNode = {
    type: 'field',
    label,
    key: line.kind === 'label' ? line.labelKey! : line.key ?? label.toLowerCase(),
    value: line.kind === 'label' ? line.value ?? '' : '',
    known: chosen !== null,
    field: field ? { section: section.definition.id, index: field.index } : null,
    duplicate: chosen === 'duplicate',
    ...(chosen === 'duplicate' && state.repeatsFilledLine(token) ? { repeatsLineAbove: true } : {}),
    note: token.payload.note === 'printed' || token.payload.note === 'subheading' || token.payload.note === 'afterBreak' || token.payload.note === 'reply' || token.payload.note === 'senderNote' || token.payload.note === 'appended' || token.payload.note === 'thread' || token.payload.note === 'threadGoesOn' || token.payload.note === 'printedOnce' || token.payload.note === 'related' || token.payload.note === 'spaced' || token.payload.note === 'semicolon' || token.payload.note === 'cell' || token.payload.note === 'listLabel' || token.payload.note === 'address' || token.payload.note === 'mayBeText' || token.payload.note === 'pageInsert' || token.payload.note === 'signatureInText' || token.payload.note === 'signed' || token.payload.note === 'category' || token.payload.note === 'rewordedHeader' ? null : token.payload.note,
    position: line.position,
    valuePosition: line.kind === 'label' && line.value ? line.valuePosition ?? null : null,
    children: token.payload.extra.length === 0 ? [] : token.payload.extra.map(lineNode),
    block: false,
    valueLines: 0,
  };
  if (afterHeading !== null && chosen !== null && chosen !== 'duplicate') node.afterHeading = afterHeading;
  const form = field?.form ?? 'inline';
  node.block = form === 'block' || form === 'trailing';
  node.valueLines = token.payload.extra.length;
  read.field = field;
  read.form = form;
  read.lines = 0;
  read.lastLine = line.text;
  return node;
}

/**
 * An entry without its Y-tunnus broken by hand: the line before ends with a hyphen, or the line
 * goes on in lower case (a name starts with a capital), or it is the Y-tunnus alone after a comma;
 * not after a blank line. A line ending with a comma before a name may be an entry whose Y-tunnus
 * is missing (`Kuusamon kaupunki,`): not joined.
 */
/**
 * Whether an entry ending in a dash goes on on the next line: a word broken at its hyphen
 * (`Kajaanin ammatti-`), or a name going on after its dash (`Jyväskylän koulutuskuntayhtymä –` /
 * `Gradia, …`, or its Y-tunnus below it) — not a dash after a comma (`Karstulan kunta, -`), which is
 * the Y-tunnus written as none. (`Karstulan kunta –` / `Vahva Oy, …` may be two entries as well:
 * the entry read is said when both halves name an organisation, when mapped.)
 */
function dashGoesOn(before: string): boolean {
  if (!/[-\u2013]$/u.test(before)) return false;
  return !/(?:,\s*[-\u2013]+|--)$/u.test(before);
}

function entryGoesOn(before: string, line: SourceLine, idsFirst: boolean): boolean {
  // After a blank line (a printed copy's page break inside the entry), only a line in lower case
  // that ends the entry with its Y-tunnus, or after an entry that cannot end where it does (`… ja`):
  // no entry starts in lower case, but text after the block may (`sekä muut alueen toimijat`).
  if (line.afterBlank) return /^\p{Ll}/u.test(line.text) && (VALUE_GOES_ON.test(before) || ENDS_WITH_BUSINESS_ID.test(line.text));
  // (A Y-tunnus alone below an entry without one is its own, with or without a comma before it: a
  // table's two cells one a line, `Nokian kaupunki` / `2630276-0`; no entry is a Y-tunnus alone.)
  // (A suspended compound before a list word cannot end an entry: `… Kuntoutus- ja` / `Työvalmennussäätiö
  // sr, …`, nor a word that qualifies the next: `… Teknologian ja` / `Innovaatioiden tutkimuskeskus,
  // …`. A whole name before it may: `Kajaanin kaupunki ja` / `Kainuun liitto, 0952935-7` is two
  // organisations, the first without its Y-tunnus, said so.)
  // (A block whose entries put the Y-tunnus first, one cell a line — `0952935-7` / `Kainuun liitto` —
  // joins a name to the Y-tunnus above it instead.)
  if (idsFirst) return dashGoesOn(before) || /^\p{Ll}/u.test(line.text) || (ALONE_BUSINESS_ID.test(before) && !ALONE_BUSINESS_ID.test(line.text));
  // (Not a brand's name in lower case before its capital, `eduPori ry, …`: an entry of its own.)
  // (Nor a lettered list's next item, `c) Rautavaaran kunta, …`, `b. Sitra, …`, `ii) …`.)
  return dashGoesOn(before) || (/^\p{Ll}/u.test(line.text) && !BRAND_START.test(line.text) && !n.ENTRY_LETTER_MARK.test(line.text)) || ALONE_BUSINESS_ID.test(line.text) || ENDS_WITH_SUSPENDED_COMPOUND.test(before) || endsWithAttributeAndListWord(before) || (LEGAL_FORM_ALONE.test(line.text) && !ENDS_WITH_BUSINESS_ID.test(before));
}
/** A name whose last word is a legal form or an organisation's word (`… Oy`, `… kunta`, `… ammattikorkeakoulu`). */
function endsAsWholeName(name: string): boolean {
  const last = name.trim().split(' ').pop() ?? '';
  return LEGAL_FORM_ALONE.test(last) || n.hasOrganisationWord(last);
}
/** A name whose last word is a legal form or an organisation's word itself (`… Oy`, `… kuntayhtymä`; not a compound ending so, `Diakoniakeskus`: review RVC of round 74). */
function endsOnOrganisationWord(name: string): boolean {
  const last = name.trim().split(' ').pop() ?? '';
  return LEGAL_FORM_ALONE.test(last) || vocabulary.organisationWords.words.includes(last.toLowerCase());
}
/** A list's item led by its number, letter or Roman numeral (`2.`, `b)`, `iv.`). */
const ENUMERATED_ITEM = lazyRegExp(() => /^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]/u);
/** A name that starts in lower case before its capital (`eduPori`, `eKylä`). */
const BRAND_START = lazyRegExp(() => /^\p{Ll}{1,4}\p{Lu}/u);
/** A legal form alone at a line's start, before a Y-tunnus or nothing (`Oy, 1357924-2`): no name of its own. */
// (Two, `Oy Ab, 2346782-6`: a company named in both languages' forms. Review DC of round 68.)
const LEGAL_FORM_ALONE = lazyRegExp(() => new RegExp(`^(?:${n.LEGAL_FORMS})(?:\\s+(?:${n.LEGAL_FORMS}))?(?:\\s*[,;(]|\\s+\\d|\\s*$)`, 'iu'));

/** A converter's image mark with its caption (`[Kuva: toimintamallin vaiheet]`), the caption words and no placeholder (`[Kuva: lisätään myöhemmin]`, `[Kuva: ]`, `[Kuva: ...]`). */
const IMAGE_MARK = lazyRegExp(() => new RegExp(vocabulary.draftPlaceholders.imageMark, 'iu'));
function isImageMarkWithCaption(text: string): boolean {
  const caption = IMAGE_MARK.exec(text)?.groups!.caption.trim() ?? '';
  const lower = caption.toLowerCase();
  return /\p{L}{2}/u.test(caption) && !n.isDraftPlaceholder(caption) && !vocabulary.draftPlaceholders.contains.some((word) => lower.includes(word));
}

/**
 * Whether `line` goes on the block's item `before` (hard-wrapped): never after a whole item (its
 * item pattern); an organisation's entry, written by hand, also when the line goes on in lower case
 * (`Kajaanin` / `ammattikorkeakoulu, 1234567-8`); items of other blocks (web addresses, which start
 * in lower case) only where the copy is hard-wrapped.
 */
function itemGoesOn(field: CompiledField | null, before: SourceLine | { text: string }, line: SourceLine, facts: TextFacts, idsFirst = false): boolean {
  // (Where the Y-tunnus comes first, an entry whole by the pattern, `0952935-7 Kainuun sosiaali- ja
  // terveydenhuollon`, may still go on in lower case: `kuntayhtymä`.)
  // A block of items whose pattern tells an item's first line (`^- `): a line that does not start so
  // goes on the item above (`- alueen yrityksillä on pulaa insinööreistä ja` / `teknikoista, …`);
  // in a copy without blank lines, only in lower case or below a line left unfinished (the text
  // after the block starts a sentence).
  if (field !== null && field.definition.type !== 'organisations' && field.itemPattern !== null && field.itemPattern.source.startsWith('^') && field.itemPattern.test(before.text)) {
    // (A line after another list marker, `– `, `• `, `-Kylä…`, is an item written otherwise, not an end.)
    if (field.itemPattern.test(line.text) || isListMarkerCode(line.text.charCodeAt(0))) return false;
    return facts.blankSeparated ? !line.afterBlank : /^\p{Ll}/u.test(line.text) || VALUE_GOES_ON.test(before.text);
  }
  // (An entry that ends with its Y-tunnus and a comma goes on with a remark in lower case, `…, 0245896-3,`
  // / `aikuiskoulutusyksikkö`: that entry's, not the next one's start.)
  if (field?.definition.type === 'organisations' && /^\p{Ll}/u.test(line.text) && /,$/u.test(before.text) && ENDS_WITH_BUSINESS_ID.test(before.text.slice(0, -1))) return true;
  // (So it does with its town, a municipality's name alone, `…, 0245896-3,` / `Jyväskylä`.)
  if (field?.definition.type === 'organisations' && /,$/u.test(before.text) && ENDS_WITH_BUSINESS_ID.test(before.text.slice(0, -1)) && n.endsWithTownAfterId(`${before.text} ${line.text}`)) return true;
  // (And with that remark it has ended: a line in capitals below it is the next entry.)
  if (field?.definition.type === 'organisations' && /^\p{Lu}/u.test(line.text) && BUSINESS_ID_THEN_REMARK.test(before.text)) return false;
  if (!idsFirst && field?.itemPattern?.test(before.text)) return false;
  // Items after a list marker (`- `, `• `), no pattern given: a line without one, going on in lower
  // case, is the item's wrapped end whatever the copy's width (as a trailing list's, below).
  // (A line after the same marker is the next item, however long the one above.)
  if (field !== null && field.definition.type !== 'organisations' && field.itemPattern === null && isListMarkerCode(before.text.charCodeAt(0))) {
    if (line.text.charAt(0) === before.text.charAt(0)) return false;
    if (!isListMarkerCode(line.text.charCodeAt(0)) && /^\p{Ll}/u.test(line.text) && !(facts.blankSeparated && line.afterBlank)) return true;
  }
  // (And with its town after its Y-tunnus, `…, 1020304-7,` / `Jyväskylä`: a line in capitals below is the next
  // entry, where its first word would have fitted on the town's line — a break the copy had, not a wrap's.
  // Where it would not, `Jyväskylä` / `Energia Oy, …` may be one name wrapped: read as before.)
  if (field?.definition.type === 'organisations' && /^\p{Lu}/u.test(line.text) && n.endsWithTownAfterId(before.text) && !continuesWrapped({ text: ' '.repeat(lastLineLength(before)) }, line, facts)) return false;
  // An entry whose Y-tunnus lost its check digit to the wrap is followed by a whole entry, not by its end.
  if (BROKEN_BUSINESS_ID.test(before.text)) return CHECK_DIGIT_START.test(line.text);
  // An entry that says its Y-tunnus is none (`…, Y-tunnus: ei suomalaista`) has ended at its label: a
  // whole entry below is the next one, however the copy is wrapped.
  if (field?.definition.type === 'organisations' && field.itemPattern?.test(line.text) && n.hasBusinessIdLabel(before.text)) return false;
  // An entry without a Y-tunnus whose name ends whole, above a whole entry in capitals with its own
  // (`Kalliolan yliopisto, Avoin yliopisto, täydennyskoulutus` / `Järvikylän kunta, 1912406-2`): two
  // entries, the first said to lack its Y-tunnus, however long it is. Audit KB of round 74: joined, unsaid.
  // (Only where the name above ends as an organisation's does, `… kuntayhtymä`, `… Oy`: else, `… ODL Liikuntaklinikka` /
  // `Terveys Oy, 1912406-2`, one name wrapped, joined as before and said when mapped. Review RVB.)
  if (field?.definition.type === 'organisations' && !idsFirst && wholeEntryBelowNameWithoutId(before.text, line.text) && endsOnOrganisationWord(before.text)) return false;
  return continuesWrapped(before, line, facts) || (field?.definition.type === 'organisations' && entryGoesOn(before.text, line, idsFirst));
}

/**
 * Whether `line` is a whole entry, a name in capitals and its Y-tunnus, below a name without one that
 * can end where it does (not a genitive, `Oulun`, a list word, a dash or an open bracket).
 */
function wholeEntryBelowNameWithoutId(before: string, line: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(line) || !ENDS_WITH_BUSINESS_ID.test(line) || LEGAL_FORM_ALONE.test(line) || ALONE_BUSINESS_ID.test(line) || n.HAS_BUSINESS_ID.test(before)) return false;
  return !VALUE_GOES_ON.test(before) && !ENDS_ON_GENITIVE.test(before) && !/\p{Lu}[\p{L}-]*n$/u.test(before) && before.lastIndexOf('(') <= before.lastIndexOf(')');
}

/** An entry's line joined to a whole entry below it (a name without a Y-tunnus above a name with one), with the name above as written: said when mapped. */
const joinedAboveWholeEntry = new WeakMap<object, string>();

/** The length of the last of the lines an item was joined from (its end column; `end` is exclusive). */
function lastLineLength(item: SourceLine | { text: string; position?: Position }): number {
  const position = 'position' in item ? item.position : undefined;
  return position === undefined || position.end.line === position.start.line ? item.text.length : position.end.column - 1;
}

/** An entry's Y-tunnus with a remark in lower case after its comma at the line's end (`0245896-3, aikuiskoulutusyksikkö`, `…, osuus 16 %`). */
const BUSINESS_ID_THEN_REMARK = lazyRegExp(() => /(?:^|[\s,;:(])\d{7}\s*[-\u2010-\u2015\u2212]?\s*\d,\s*\p{Ll}[\p{L}\p{N}\s%.,–()€-]*$/u);

/** An entry's Y-tunnus broken after its hyphen, its check digit on the next line (`0500700-`). */
const BROKEN_BUSINESS_ID = lazyRegExp(() => /(?:^|[\s,;:(])\d{7}\s*[-\u2010-\u2015\u2212]$/u);

/** An entry's line ending with its Y-tunnus (`kuntoutuskeskus, 1617033-8`). */
const ENDS_WITH_BUSINESS_ID = lazyRegExp(() => /(?:^|[\s,;:(])(?:FI[-\s]?)?\d{7}\s*[-\u2010-\u2015\u2212]?\s*\d\)?\.?$/u);

/** The line after a broken Y-tunnus: its check digit, alone or before the entry's name (`3177889-` / `4 Juvan kunta`). */
const CHECK_DIGIT_START = lazyRegExp(() => /^\d(?:$|[\s,;:\u2013\u2014-])/u);

/**
 * Whether a block's entries put the Y-tunnus first (`0952935-7` / `Kainuun liitto`, a table's cells
 * one a line): its first entry (the label's own value first, when it has one) is a Y-tunnus, or a
 * header of cells one a line says so (`Y-tunnus` / `Nimi` / `0952935-7`: a single word between the
 * header's `Y-tunnus` and a Y-tunnus; `Y-tunnus` / `Nokian kaupunki` / `2630276-0` is a header over
 * names first). `next` is the line being read, when it is not yet the node's.
 */
function idsFirst(node: FieldNode, next?: string): boolean {
  const lines = node.value !== '' ? [node.value] : [];
  for (const child of node.children) {
    if (lines.length >= 3) break;
    lines.push(child.text);
  }
  if (next !== undefined && lines.length < 3) lines.push(next);
  if (lines.length === 0) return false;
  if (ID_AT_START.test(lines[0])) return true;
  return lines.length >= 3 && n.isBusinessIdLabelAlone(lines[0]) && /^\p{L}+$/u.test(lines[1]) && ID_AT_START.test(lines[2]);
}
const ID_AT_START = lazyRegExp(() => /^\(?(?:FI[-\s]?)?\d{6,7}\s*[-\u2010-\u2015\u2212]?\s*\d\)?(?:\s|$)/u);

/** A Y-tunnus alone on its line (`2345678-0`, `(2345678-0)`): the end of the entry above it, broken before it. */
const ALONE_BUSINESS_ID = lazyRegExp(() => /^\(?(?:FI[-\s]?)?\d{6,7}\s*[-\u2010-\u2015\u2212]?\s*\d\)?$/u);

/**
 * The first line of an entry wrapped before its Y-tunnus, in a copy without blank lines: the one or
 * two lines below go on from it (in lower case, after its comma, past the copy's width) and end with
 * the Y-tunnus (`Järvikylän teknillinen opisto, Uuden energian laboratorio,` / `2876543-5`; `Rannikon
 * koulutusliitto ja ammattiakatemia sekä aikuisopisto ja` / `järvikylän seutu, 7654321-2`). Such a
 * line reads like a sentence by its words, and the entry went to the text after the block.
 */
function startsWrappedEntry(field: CompiledField | null, line: SourceLine, after: LineToken | null, afterNext: LineToken | null, facts: TextFacts): boolean {
  if (field?.definition.type !== 'organisations' || line.text.length > 100 || !/^[\p{Lu}\d]/u.test(line.text) || /[.!?:;]$/.test(line.text)) return false;
  if (after === null || !isTextLike(after) || after.payload.line.afterBlank) return false;
  // (A sentence that names a Y-tunnus, `… osatoteuttajana` / `yliopisto (Y-tunnus 1357913-8).`, ends with its full stop.)
  const hasId = (text: string) => !/\.$/.test(text) && hasEntryId(field, text);
  const next = after.payload.line;
  if (!itemGoesOn(field, line, next, facts)) return false;
  if (hasId(next.text)) return true;
  if (afterNext === null || !isTextLike(afterNext) || afterNext.payload.line.afterBlank || /[.!?]$/.test(next.text)) return false;
  return itemGoesOn(field, next, afterNext.payload.line, facts) && hasId(afterNext.payload.line.text);
}

/** Whether a line ends an entry with its Y-tunnus (the block's item pattern) or is a Y-tunnus alone. */
function hasEntryId(field: CompiledField | null, text: string): boolean {
  return field?.itemPattern?.test(text) === true || ALONE_BUSINESS_ID.test(text);
}

/** A text's short sub-heading: a capitalised word and up to three in lower case, letters and hyphens, each a word of `textTitleWords` (`Taustaa`, `Hankkeen tausta ja tavoitteet`). */
const TEXT_TITLE_SHAPE = lazyRegExp(() => /^\p{Lu}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u);
const textTitleWords = new Set(vocabulary.textTitleWords.words);
const isTextTitle = (text: string) => TEXT_TITLE_SHAPE.test(text) && text.toLowerCase().split(/\s+/u).every((word) => textTitleWords.has(word));

/** A name has few words in lower case; more are a sentence (`Etelä-Savon pk-yritysten digitaidot ovat selvitysten mukaan`). */
const MOST_LOWER_CASE_WORDS_IN_A_NAME = 3;

/** A short line that is not a sentence: an organisation's name. */
function looksLikeName(text: string): boolean {
  if (text.length > 100 || /[.!?:;]$/.test(text) || !/^\p{Lu}/u.test(text)) return false;
  let lower = 0;
  for (const word of text.split(/\s+/)) if (/^\p{Ll}\p{L}{2,}/u.test(word)) lower++;
  return lower <= MOST_LOWER_CASE_WORDS_IN_A_NAME;
}

function firstWordLength(text: string): number {
  const space = text.search(/\s/);
  return space === -1 ? text.length : space;
}


/** Field types whose value is an e-mail or web address. */
const ADDRESS_FIELD_TYPES = new Set(['email', 'website', 'websites']);
/** A word that is part of an e-mail or web address: an `@`, `(at)`, a slash, or a dot between letters. (An e-mail field's value is one address, `liisa-` / `maria.esimerkki(at)…` too.) */
const ADDRESS_PART = lazyRegExp(() => /[@/]|\(at\)|\p{L}\.\p{L}/iu);

/** Field types whose value is a list of names, which may run long (a region's every municipality). */
const LIST_TYPES = new Set<string>(['list', 'municipalities', 'websites']);

/**
 * The name a line of an area list's field holds alone (after a list's marker, `• Rovaniemi`): a
 * municipality's for a municipalities field, a region's or sub-region's for a list; else null.
 */
function areaNameOf(field: CompiledField | null, text: string): string | null {
  const type = field?.definition.type;
  if (type !== 'municipalities' && type !== 'list') return null;
  const name = (isListMarkerCode(text.charCodeAt(0)) ? text.slice(1) : text).trim();
  if (name === '' || name.length > 40) return null;
  return (type === 'municipalities' ? isMunicipalityName(name) : regionOrSubRegion(name) !== null) ? name : null;
}

/**
 * A line of an area list's field written as a list's item after its marker, a bullet or Word's
 * (`• Itä-Uusimaa`, `o<TAB>Pohjois-Savo`, `1.<TAB>Kuopio`, `a) Kemi`): the item, a name known or not
 * (a former region's is one too); null for a line without a marker, or one that reads as a sentence.
 */
function markedAreaItemOf(field: CompiledField | null, text: string): string | null {
  const type = field?.definition.type;
  if (type !== 'municipalities' && type !== 'list') return null;
  const mark = WORD_LIST_MARK.exec(text);
  const item = isListMarkerCode(text.charCodeAt(0)) && /^.[ \t]/u.test(text) ? text.slice(1) : mark !== null ? text.slice(mark[0].length) : undefined;
  if (item === undefined) return null;
  const name = item.trim();
  return name !== '' && name.length <= 40 && /^\p{Lu}/u.test(name) && !/[.!?:;]$/u.test(name) ? name : null;
}

/** Whether a list's item goes on below its line: a bracket left open, a list word, a hyphen or a comma at its end, or the line below in lower case. */
function itemGoesOnBelow(item: string, below: string): boolean {
  return item.lastIndexOf('(') > item.lastIndexOf(')') || VALUE_GOES_ON.test(item) || /^\p{Ll}/u.test(below);
}


/** Whether a value is a list of the field's area names alone (`Rovaniemi, Ranua`, `Enonkoski ja Rantasalmi`): the next name a line goes on with it. */
function namesAreasOnly(field: CompiledField | null, value: string): boolean {
  return value.split(AREA_LIST_SEPARATOR).every((part) => areaNameOf(field, part) !== null);
}
/** Whether a list's names and the line below read as names only when the line's first word ends the value's last name. */
function wrappedInsideAreaName(field: CompiledField | null, value: string, text: string): boolean {
  const type = field?.definition.type;
  if ((type !== 'municipalities' && type !== 'list') || text.length > MAX_AREA_LINE || /[!?]$/u.test(text)) return false;
  const names = value.split(AREA_LIST_SEPARATOR);
  const parts = text.replace(/\.$/u, '').split(AREA_LIST_SEPARATOR);
  if (areaNameOf(field, parts[0]) !== null || areaNameOf(field, `${names[names.length - 1]} ${parts[0]}`) === null) return false;
  // (The joined name is the sign; the other names need only read as names: a former municipality's, `Nummi-Pusula`, too. Review BW.)
  return [...names.slice(0, -1), ...parts.slice(1)].every((name) => PLACE_NAME.test(name.trim()));
}
/** Verbs of a note below a block of entries (vocabulary `entryNoteVerbs` and `sentenceVerbs`). */
const ENTRY_NOTE_VERB = lazyRegExp(() => new RegExp(`(?:^|\\s)(?:${[...vocabulary.entryNoteVerbs.words, ...vocabulary.sentenceVerbs.words].map(n.escapeRegExp).join('|')})(?=\\s|$)`, 'u'));
/**
 * Whether an entry's name reads as a note's sentence: four words or more, two in lower case, one a note's verb after a
 * word in lower case or a role's (`Hankkeen rahoittajana toimii …`, `Yhteistyökumppanina toimii …`), or three in lower
 * case. A name may hold a verb after its first word, two of its words in lower case (`Elämä on parasta huumetta ry`,
 * `Nuori tukee nuorta ry`: review RVB of round 79).
 */
function readsAsEntryNote(name: string): boolean {
  const words = name.split(/\s+/u);
  // (Or, with no verb, a role in the essive anywhere, or led by an adverb or a role's noun no name starts with:
  // `Rahoittajana myös Kuusamon kaupunki`, `Kuusamon kaupunki rahoittajana`, `Osarahoittaja Kuusamon kaupunki`.)
  // (Not a role in a bracket's remark, `Kuusamon kaupunki (myös rahoittajana)`: an entry saying what else it is. Review RVC.)
  const bare = (word: string) => word.replace(/[,:]$/u, '').toLowerCase();
  const outside = name.replace(/\([^()]*\)/gu, ' ').trim().split(/\s+/u);
  if (outside.length >= 2 && (ENTRY_NOTE_FIRST.has(bare(outside[0])) || outside.some((word) => ENTRY_NOTE_ROLES.has(bare(word))))) return true;
  if (words.length < 4) return false;
  let lower = 0;
  for (const word of words) if (/^\p{Ll}\p{L}{2,}/u.test(word)) lower++;
  const verb = ENTRY_NOTE_VERB.exec(name);
  if (lower < 2 || verb === null) return false;
  const before = name.slice(0, verb.index).trim().split(/\s+/u).at(-1) ?? '';
  // (Or after the sentence's first word with three words in lower case, `Hanketta rahoitti myös Kuusamon kaupunki`.)
  return /^\p{Ll}/u.test(before) || ROLE_ESSIVE.test(before) || lower >= 3;
}
/** The words of a note without a verb below the entries (vocabulary `entryNoteLeads`). */
const ENTRY_NOTE_ROLES = new Set(vocabulary.entryNoteLeads.words);
const ENTRY_NOTE_FIRST = new Set(vocabulary.entryNoteLeads.first);
/** A word in the essive, as a role is written before its verb (`rahoittajana`, `kumppanina`). */
const ROLE_ESSIVE = lazyRegExp(() => /\p{L}{4,}(?:na|nä)$/u);
/** A place's name as a list writes it: capitalised words, a hyphen or two, no figures. */
const PLACE_NAME = lazyRegExp(() => /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}$/u);
/**
 * A line of two names or more of an area list's kind and nothing else, parted by commas, semicolons or
 * conjunctions, a full stop after the last (`Kuopio; Siilinjärvi; Mikkeli; Juva.`): below the list's empty
 * label in a flattened copy, its value, not the text that opens the next section. Audit BT of round 66.
 */
function isLineOfAreaNames(field: CompiledField | null, text: string): boolean {
  const type = field?.definition.type;
  if ((type !== 'municipalities' && type !== 'list') || text.length > MAX_AREA_LINE) return false;
  const parts = text.replace(/\.$/u, '').split(AREA_LIST_SEPARATOR).flatMap((part) => part.split(/\s*;\s*/u));
  return parts.length >= 2 && parts.every((part) => areaNameOf(field, part) !== null);
}
/** A field of municipalities, for telling names of one. */
const MUNICIPALITY_LIST = { definition: { type: 'municipalities' } } as CompiledField;
/** Between the names of an area list: a comma, or a conjunction (`ja`, `sekä`). */
const AREA_LIST_SEPARATOR = lazyRegExp(() => new RegExp(`\\s*,\\s*|\\s+(?:${vocabulary.listConjunctions.map(n.escapeRegExp).join('|')})\\s+`, 'u'));

/**
 * The names a line of an area list's field holds alone, one or more joined by a conjunction
 * (`Enonkoski ja Rantasalmi` among names one a line): the line as written; else null. (Audit AD of
 * round 57: glued to the names above and below it.)
 */
function areaNamesOf(field: CompiledField | null, text: string): string | null {
  const type = field?.definition.type;
  if (type !== 'municipalities' && type !== 'list') return null;
  const one = areaNameOf(field, text);
  if (one !== null) return one;
  return text.length <= MAX_AREA_LINE && !isListMarkerCode(text.charCodeAt(0)) && /\s/u.test(text) && namesAreasOnly(field, text) ? text : null;
}
/** The longest line of names joined by conjunctions that is taken as a list's line (a few names). */
const MAX_AREA_LINE = 120;
const MAX_LIST_BELOW = 4000;

function fits(field: CompiledField | null, text: string): boolean {
  if (text.length > (field !== null && LIST_TYPES.has(field.definition.type) ? MAX_LIST_BELOW : MAX_VALUE_BELOW)) return false;
  if (field === null) return true;
  // (A link's address below an empty label, `mailto:…`, `tel:…`, is an e-mail's or a phone's value only.)
  const scheme = /^(mailto|tel):/iu.exec(text)?.[1].toLowerCase();
  if (scheme !== undefined) return field.definition.type === (scheme === 'mailto' ? 'email' : 'phone');
  switch (field.definition.type) {
    // (Or a mark that says there is none, `-`, as on the label's line: a two-column copy's `Toteutunut
    // julkinen rahoitus yhteensä:` / blank / `-`. Audit AD of round 57.)
    case 'amount':
      return !n.parseAmount(text).problem || n.isEmptyMarker(text);
    case 'indicator':
      // (Or a count another figure makes no total of, `2 x 15`: its field's, not read, said there. Review RV2 of round 69.)
      return !n.parseIndicator(text).problem || n.isEmptyMarker(text) || n.isCombinedCount(text);
    case 'period':
      return !n.parsePeriod(text).problem || n.isEmptyMarker(text);
    case 'date':
      return !n.parseFinnishDate(text).problem || n.isEmptyMarker(text);
    case 'municipalities':
    case 'list':
      // A sentence (`Toiminta painottuu Kuopioon, jossa on 70 % osallistujista.`) is no list of names —
      // but names only with a conjunction and a full stop are (`Hartola, Heinola ja Sysmä.`; review BW of round 66).
      return !(/[.!?]$/u.test(text) && text.split(/\s+/u).length >= 4 && /\s\p{Ll}/u.test(text)) || isLineOfAreaNames(field, text);
    // A code, a Y-tunnus, a postal code has figures: a line of words (a banner pasted below `Postinumero:`) is none.
    case 'postalCode':
    case 'projectCode':
      return /\d/u.test(text) || n.isEmptyMarker(text);
    case 'businessId':
      return /\d{4}/u.test(text) || n.isEmptyMarker(text);
    // A phone number has its figures, however grouped (`02 77 81`, `(09) 12 34 56`): a line of
    // words below an empty `Puhelinnumero:` (`Hankkeessa kehitetään …`) is the next text.
    case 'phone':
      return (text.match(/\d/gu)?.length ?? 0) >= PHONE_DIGITS || n.isEmptyMarker(text);
    default:
      return true;
  }
}

/**
 * Whether a line below the empty label of a field the register fills with one of a few set values
 * (`Vain yksi hakija`) is the next section's first line instead: where it could open a later section
 * by text (a flattened copy, or one whose headings were deleted), a line that is none of the values
 * nor the start of one (`Hankkeen tausta ja tarve`, the summary's first line) leaves the field
 * empty — unless a label of the field's own section follows it, so that it stands between fields.
 * Compared by letters only, so that spacing and brackets written otherwise still match.
 */
function isNotSetValue(field: CompiledField | null, token: LineToken, after: LineToken | null, state: ReadState): boolean {
  const set = field?.definition.values;
  if (set === undefined || field === null) return false;
  const text = token.payload.line.text;
  if (mayBeSetValue(set, text)) return false;
  if (after !== null && (after.tokenType === Label || after.tokenType === BareLabel) && after.payload.fields.some((other) => other.section === field.section)) return false;
  return state.opensLater(token);
}

/** Whether `value` is the start of one of the field's set values and `value` with `text` after it more of it. */
function completesSetValue(field: CompiledField | null, value: string, text: string): boolean {
  // (Or one the register writes in the field, `Kestävä kehitys: Projektilla ei ole erityistä vaikutusta` / `kestävän
  // kehityksen kannalta`, in a copy without blank lines too, where the line would open the next text. Review RVA of round 74.)
  const set = field?.definition.knownValues === undefined ? field?.definition.values : [...(field.definition.values ?? []), ...field.definition.knownValues];
  if (set === undefined) return false;
  const written = lettersOf(value);
  const more = lettersOf(text);
  const joined = written + more;
  // (A line without letters, a page number between, is none of it.)
  return written !== '' && more !== '' && set.some((known) => {
    const letters = lettersOf(known);
    return letters.length > written.length && letters.startsWith(joined);
  });
}

const lettersOf = (value: string) => value.toLowerCase().replace(/[^\p{L}]/gu, '');

/** A line below an empty label this long or shorter may have been its value: a value or a title, no sentence. */
const SHORT_LINE_BELOW = 60;

/** The text of the document's line `line + 1`, where it is a line of a paragraph (free text), else null. */
function lineRightBelow(document: DocumentNode, line: number): string | null {
  let found: string | null = null;
  const visit = (nodes: readonly unknown[]): void => {
    for (const node of nodes as { type: string; position: Position; children?: unknown[]; text?: string }[]) {
      if (found !== null || node.position.end.line <= line) continue;
      if (node.position.start.line > line + 1) return;
      if (node.type === 'line' && node.position.start.line === line + 1) found = node.text ?? null;
      else if (node.children) visit(node.children);
    }
  };
  visit(document.children);
  return found;
}

/** Whether `text` is one of the set values, or the start of one, or no value at all (a page number, `-`). */
function mayBeSetValue(set: readonly string[], text: string): boolean {
  const written = lettersOf(text);
  if (written === '' || n.isEmptyMarker(text)) return true;
  return set.some((known) => written.startsWith(lettersOf(known).slice(0, SET_VALUE_LETTERS)) || lettersOf(known).startsWith(written));
}

/**
 * Whether a value is the start of one of the set values but not a whole one (`Hakijoita on useampi`):
 * a value cut off, or wrapped before its end.
 */
export function startsSetValue(set: readonly string[], text: string, fewestLetters = SET_VALUE_START_LETTERS): boolean {
  const written = lettersOf(text);
  if (written.length < fewestLetters) return false;
  return set.some((known) => lettersOf(known).startsWith(written)) && !set.some((known) => lettersOf(known) === written);
}
/** The fewest letters a set value's start has to be told by. */
const SET_VALUE_START_LETTERS = 4;

/**
 * A sentence of some length with its full stop (`Hankkeen tavoitteena on vahvistaa … kylissä.`): the
 * next text glued onto a field, not another wording of a set value (`More than one applicant (joint
 * project)`, `Yhteishanke, jossa on kaksi toteuttajaa mukana`).
 */
function isGluedSentence(text: string): boolean {
  return readsAsSentence(text) && /[.!?]$/u.test(text) && text.split(/\s+/u).length >= GLUED_SENTENCE_WORDS;
}
const GLUED_SENTENCE_WORDS = 8;

/** Letters of a set value that tell it from any other text. */
const SET_VALUE_LETTERS = 12;

/** Types whose values start with a number and a dot, as a numbered heading does. */
const NUMBERED_VALUE_TYPES = new Set(['priorityAxis', 'specificObjective']);

/**
 * A line a printed copy puts between two pages: a page number alone, a date alone, or a running
 * header that starts with the project code (`S21457 Polkuja työhön`). It is the value only of a
 * field whose values look so (an amount, a date, a code …); under any other field's complete value
 * it is not that value's wrapped end, and between such a field's empty label and its value it is
 * kept apart.
 */
const PAGE_STAMP = lazyRegExp(() => /^(?:\d{1,3}|\d{1,2}\.\d{1,2}\.\d{4}|[A-Z]\d{5}(?:\s.*)?)$/u);
/**
 * What a browser's print puts in its header or footer, which a copy made from the print leaves
 * between any two lines: the page's web address alone, the date and time of printing. Below a value
 * of a field that is no web address it is said wherever the copy's width puts it (a long address
 * cannot fit on the line above, so the width does not tell it from a wrap), or as the value below an
 * empty label (the date and time, then after a gap the page's title: Chrome's header).
 */
const PRINT_STAMP = lazyRegExp(() => new RegExp(`^(?:(?:https?:\\/\\/|www\\.)\\S+|${vocabulary.pageFurniture.printDateTime}(?:(?:\\s{2,}|\\t).*)?)$`, 'iu'));
const WEB_ADDRESS_TYPES = new Set(['website', 'websites', 'email']);
/** A page number alone on its line. */
/** At most this many values below their labels: a copy that writes its values on their labels' lines. */
const FEW_VALUES_BELOW = 3;
const STAMP_LIKE_VALUE_TYPES = new Set(['amount', 'indicator', 'date', 'period', 'projectCode', 'budgetRange', 'specificObjective', 'priorityAxis', 'businessId']);

function isPageStampFor(field: CompiledField | null, text: string): boolean {
  if (!PAGE_STAMP.test(text)) return false;
  const type = field?.definition.type ?? '';
  // A running header (led by a code) is no amount, date or number; only a code field's value starts so.
  if (/^[A-Z]\d{5}\s/.test(text)) return type !== 'projectCode';
  return !STAMP_LIKE_VALUE_TYPES.has(type);
}

/** No copy is hard-wrapped narrower than this. */
const SHORTEST_WRAP = 30;

/**
 * Whether a date or number below a value is the end it lacks (`Alkaa 1.8.2021 ja päättyy` /
 * `31.8.2023`), or the rest of a figure broken between its digit groups (`1 263` / `105`): the two
 * read as one cleanly, and the value alone did not, or is a figure the group continues.
 */
function completesValue(field: CompiledField | null, value: string, line: string, lastLine: string, blankSeparated: boolean): boolean {
  const normalise = field !== null && STAMP_LIKE_VALUE_TYPES.has(field.definition.type) ? valueNormalisers[field.definition.type] : undefined;
  if (normalise === undefined) return false;
  const joined = normalise(joinWrapped(value, line));
  if (joined.problem !== undefined || (joined.warnings?.length ?? 0) > 0) return false;
  // A digit group pushed down by a wrap: the line above was long enough to have been wrapped.
  if (/\d$/.test(value) && /^\d{3}$/.test(line)) return blankSeparated || lastLine.length + 4 > SHORTEST_WRAP;
  const alone = normalise(value);
  // A Y-tunnus is read as written whatever its form (the rule says what is wrong with it): whole, or not.
  if (field!.definition.type === 'businessId') return WHOLE_BUSINESS_ID.test(String(joined.value)) && !WHOLE_BUSINESS_ID.test(String(alone.value));
  return alone.problem !== undefined || (alone.warnings?.length ?? 0) > 0;
}

const WHOLE_BUSINESS_ID = lazyRegExp(() => /^\d{7}-\d$/);
/** The fewest figures a phone number has (`02 77 81`: a Finnish landline without its area code has five or more). */
const PHONE_DIGITS = 5;
/**
 * Whether a line can be the wrapped end of a value of the type: a phone number's, a code's or an
 * amount's has figures (`Puhelinnumero: 015 321 123` / `Tuetaan ohjelman` is the next text), an
 * address is one word. Other types: any line.
 */
function compactGoesOn(type: string, text: string, value = ''): boolean {
  // (Its figures go on at the line's start: `040 123` / `4567`; a web address with a year in it is no phone's end.)
  if (FIGURE_TYPES.has(type)) return /^[\d+(]/u.test(text);
  // (A count goes on with its women clause, `80,` / `joista naisia 35`, or its figure after the
  // clause's words, `80, joista naisia` / `35`. A line that starts with a capital or a quotation mark,
  // or with a figure after a figure, is the next text's: a flattened copy's summary below the last
  // indicator.)
  // (But a count's first figures alone, wrapped at its thousands' space, go on: `… mukaan: 1` / `356, joista naisia 802`.)
  // (So does the women's figure so wrapped, `… mukaan: 2 871, joista naisia 1` / `642`. Audit FB of round 70.)
  // (Only where the women's figure joined is within the total: `12, joista naisia 4` / `100` is no 4 100. Review RV2.)
  if (type === 'indicator') return !/^[\p{Lu}"'”“«]/u.test(text) && (!(/\d$/u.test(value) && /^\d/u.test(text)) || ((/^\D*\d{1,3}$/u.test(value) || (/\p{L}\s+\d{1,3}$/u.test(value) && womenWithinTotal(joinWrapped(value, text)))) && /^\d{3}(?!\d)/u.test(text) && isWholeIndicator(joinWrapped(value, text))));
  // (An address written with a spaced at, wrapped at its space: `anne.multas` / `(at) ksak.fi`.)
  if (type === 'email') return !/\s/u.test(text) || /^(?:\(at\)|\[at\]|\(a\)|@)\s*\S+$/iu.test(text);
  if (type === 'website') return !/\s/u.test(text);
  return true;
}
/** Whether a count's women's figure is the total's or less. */
function womenWithinTotal(text: string): boolean {
  const read = n.parseIndicator(text).value;
  return read !== null && read !== undefined && read.total !== null && read.women !== null && read.women <= read.total;
}
/** Whether a count reads cleanly (no problem, no warning). */
function isWholeIndicator(text: string): boolean {
  const read = n.parseIndicator(text);
  return read.problem === undefined && (read.warnings?.length ?? 0) === 0;
}
const FIGURE_TYPES = new Set(['phone', 'businessId', 'postalCode', 'projectCode', 'amount', 'date', 'budgetRange']);

/** Field types whose value is a figure, a code, an address or a person's name: never a sentence's words (an indicator or a period has words: `204, joista naisten työpaikkoja 1 002`). */
const NO_SENTENCE_TYPES = new Set(['phone', 'email', 'businessId', 'postalCode', 'projectCode', 'website', 'websites', 'date', 'amount', 'budgetRange', 'personName', 'programmePeriod']);
/** A value whose last word, in capitals, ends with a hyphen at the line's end (`MÄKE-`), and a line that goes on in capitals (`LÄ-PUSA`). */
const CAPITALS_BEFORE_HYPHEN = lazyRegExp(() => /(?:^|[\s(-])\p{Lu}{2,}-$/u);
const CAPITALS_START = lazyRegExp(() => /^\p{Lu}{2}/u);

/**
 * The two lines after the next one, past a printed page's furniture: a block's entry wrapped across
 * a page's break (`… Teknologian ja` / `1` / the running header / `Innovaatioiden …, 0155668-4`) is
 * judged by the line it goes on with, not by the page's number.
 */
function linesPastFurniture(p: RuleDsl): [LineToken | null, LineToken | null] {
  let k = 2;
  while (k < 6 && p.ahead(k)?.tokenType === Furniture) k++;
  return [p.ahead(k), p.ahead(k + 1)];
}

/** Whether the field goes on after the page break at hand and any further page-break lines right after it. */
function continuesAfterBreaks(p: RuleDsl, node: FieldNode, read: FieldProgress): boolean {
  let k = 2;
  for (let next = p.ahead(k); next !== null && (next.tokenType === Furniture || isTextLike(next)) && breaksField(node, read, next) && k < 6; next = p.ahead(k)) k++;
  // Inside a value, only its end in lower case goes on after the break (a running header that is
  // no furniture we know, `Rajaton osaaminen – …` below `Sivu 2 (5)`, is no part of it) — or a
  // list's next name after its comma (`Kunnat: Kuopio, Siilinjärvi,` / `2 (4)` / `Leppävirta`).
  const after = p.ahead(k);
  // A copy in columns (pdftotext -layout): the line after the break at the value's own column is the
  // value's, whatever it starts with (`Projektin nimi:   OKSA -projekti,` / footer / header / `   Välityömarkkinoiden`).
  if (read.form === 'inline' && node.value !== '' && after !== null && isTextLike(after) && atValueColumn(node, after.payload.line)) return true;
  // (Not a sentence after the break: `Hanke toteutetaan Koillismaalla.` is the next text's.)
  const listAfterComma = read.field !== null && LIST_TYPES.has(read.field.definition.type) && /,$/u.test(node.value) && after !== null && isTextLike(after) && !/[.!?]$/u.test(after.payload.line.text);
  // (Nor a name broken at its own hyphen: `Kunnat: …, Länsi-` / `Sivu 2/11` / `Turunmaa, Raasepori`.)
  const nameAfterHyphen = /\p{L}-$/u.test(node.value) && after !== null && isTextLike(after) && /^\p{Lu}\p{Ll}/u.test(after.payload.line.text) && !/[.!?]$/u.test(after.payload.line.text);
  // (Nor a list written a name a line, its next name after the break: `Ranua` / `Sivu 2 / 3` / `Posio`, a place of the
  // list's kind; past the blank lines around the break too, audit KB of round 74.)
  if (read.form === 'inline' && read.field !== null && read.lines >= 2 && !read.lastLine.includes(',') && after !== null && isTextLike(after) && (isAreaOfList(read.field.definition.path, after.payload.line.text) || (read.markedItems === true && markedAreaItemOf(read.field, after.payload.line.text) !== null))) return true;
  if (read.form === 'inline' && node.value !== '' && !listAfterComma && !nameAfterHyphen && !(after !== null && isTextLike(after) && /^\p{Ll}/u.test(after.payload.line.text))) return false;
  // In a copy with blank lines (around the page's footer and header too), after a value that could
  // end there, only its last words alone go on after the break (`lehtori, tutkimusryhmän` / `1/2` /
  // `vetäjä`), not a paragraph; one that cannot end there (`teknologiay-`) goes on as before.
  if (read.facts.blankSeparated && read.form === 'inline' && node.value !== '' && !VALUE_GOES_ON.test(read.lastLine) && !(after !== null && isTextLike(after) && after.payload.line.text.length <= VALUE_END_AFTER_BREAK && !/[.!?]$/u.test(after.payload.line.text))) return false;
  if (read.facts.blankSeparated && read.form === 'inline' && node.value !== '' && after !== null && isTextLike(after) && goesOnPastBreak(read, after.payload.line)) return true;
  if (read.facts.blankSeparated && read.form === 'inline' && after !== null && isTextLike(after) && nameGoesOnPastBreak(read, node, after.payload.line)) return true;
  return continues(p.state, node, read, after, p.ahead(k + 1), p.ahead(k + 2));
}

/**
 * In a copy with blank lines, a value's last words in lower case after a printed page's break, the
 * blank line below it too (`…palvelurakennetyöryhmän` / `Sivu 3/5` / header / `sihteeri, SATSHP:n
 * hanketoiminnan päällikkö`): a section of fields has no text of its own that starts so. Not a
 * figure's value (`Puhelinnumero: 040 123` / `Sivu 2/3` / `lisätietoja …`).
 */
function goesOnPastBreak(read: FieldProgress, line: SourceLine): boolean {
  return line.afterBlank && line.text.length <= VALUE_END_AFTER_BREAK && /^\p{Ll}/u.test(line.text) && !/[.!?]$/u.test(line.text) && !FIGURE_TYPES.has(read.field?.definition.type ?? '') && fits(read.field, line.text) &&
    // (Only where the value cannot end above the break — on a common noun's genitive, which a noun
    // follows, or a word a value goes on after — or the line goes on with a list word, `ja Juvan
    // kunta`; and no print's stamp or address, `tulostettu 12.3.2019`, `eurarahoitus.fi`: `Mikkelin
    // kaupunki` is whole.)
    !PRINT_LINE_SIGNS.test(line.text) && (VALUE_GOES_ON.test(read.lastLine) || ENDS_ON_GENITIVE.test(read.lastLine) || STARTS_WITH_LIST_WORD.test(line.text));
}
/** A print's stamp or a web address in a line: a dot before a letter or digit, a slash, an at sign, a figure. */
const PRINT_LINE_SIGNS = lazyRegExp(() => /\.\S|\/|@|\d/u);


/** A list's name broken at its own hyphen going on with its capital, after the blank line below a page's break too (`…, Länsi-` / break / `Turunmaa, Raasepori`). */
function nameGoesOnPastBreak(read: FieldProgress, node: FieldNode, line: SourceLine): boolean {
  return LIST_TYPES.has(read.field?.definition.type ?? '') && /\p{L}-$/u.test(node.value) && /^\p{Lu}\p{Ll}/u.test(line.text) && !/[.!?]$/u.test(line.text) && fits(read.field, line.text);
}

/** A line of names each with a capital, ending in a comma (`Tl, Marttila,`): a list's middle line. */
function isNamesGoingOn(text: string): boolean {
  if (text.length > 200 || !/,$/u.test(text) || !/^\p{Lu}/u.test(text) || /[.!?:;]/u.test(text)) return false;
  return text.slice(0, -1).split(/,\s*/u).every((name) => /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}$/u.test(name));
}

/** A line of only dashes, underscores, equals signs, tildes or asterisks. */
const RULE_LINE = lazyRegExp(() => /^[-_=~*–—]{2,}$/u);

/** The longest end of a value that goes on after a page break in a copy with blank lines: a few words. */
const VALUE_END_AFTER_BREAK = 60;

/** Furniture a printed or web copy leaves between any two lines: a page number, a print stamp, a running header, a share line (or an e-mail reply's comment between quoted lines). */
function isLeftBetweenLines(token: LineToken): boolean {
  // (And a web page's insert, and a line kept apart as possibly the text's own that is an ad's mark, a comment, a footnote or a pull quote: `Uusimaa,` / `Mainos` / `Päijät-Häme, …`.)
  return token.tokenType === Furniture && (token.payload.note === 'printed' || token.payload.note === 'printedOnce' || token.payload.note === 'reply' || token.payload.note === 'pageInsert' || token.payload.note === 'signatureInText' || isAnywhereFurniture(token.payload.line.text) || (token.payload.note === 'mayBeText' && (isMarkKeptApart(token.payload.line.text) || isPullQuoteLine(token.payload.line.text))));
}

function isPageBreak(token: LineToken, field: CompiledField | null): boolean {
  return token.tokenType === Furniture ? isLeftBetweenLines(token) : isTextLike(token) && isPageStampFor(field, token.payload.line.text);
}

/** A page break where a field's lines may go on after it: below its empty label, or between a block's entries. */
function breaksField(node: FieldNode, read: FieldProgress, token: LineToken): boolean {
  // Between a block's entries also a page number or running header alone (no entry is a number).
  // (And a page's button or copyright line, `Tulosta`, `© ELY-keskus 2019`, read as text elsewhere: no organisation's entry. Audit BR of round 66.)
  if (read.form === 'block') return token.tokenType === Furniture ? isLeftBetweenLines(token) : isTextLike(token) && (PAGE_STAMP.test(token.payload.line.text) || isFurnitureInList(token.payload.line.text)) && !read.field?.itemPattern?.test(token.payload.line.text);
  if (read.form === 'trailing') return isLeftBetweenLines(token);
  // Below an empty label, or inside a value that cannot end where the page did (`… liikenne- ja`),
  // or a value with no sentence's end (`lehtori, tutkimusryhmän` / `Sivu 1/2` / `vetäjä`: what
  // goes on after the break is asked of the line after it, in lower case, in continuesAfterBreaks).
  return (
    isPageBreak(token, read.field) &&
    ((node.value === '' && read.lines === 0) || (VALUE_GOES_ON.test(read.lastLine) && /[\p{L}\d]/u.test(node.value)) || (node.value !== '' && /\p{L}$/u.test(read.lastLine)))
  );
}

/** Whether a value is one of the register's set values (or, with `printed`, of those its print writes) whole, and the line below starts with a capital. */
function endsSetValue(field: CompiledField | null, value: string, below: string, printed = false): boolean {
  const set = printed ? field?.definition.knownValues : field?.definition.values;
  return set !== undefined && /^\p{Lu}/u.test(below) && set.some((known) => known.toLowerCase() === value.replace(/\.$/u, '').toLowerCase());
}

function continues(state: ReadState, node: FieldNode, read: FieldProgress, token: LineToken | null, after: LineToken | null, afterNext: LineToken | null = null): boolean {
  if (token === null) return false;
  // A rule or a signature's delimiter (`--`, `___`, `====`) right below a value is no part of it.
  if (read.form === 'inline' && node.value !== '' && RULE_LINE.test(token.payload.line.text)) return false;
  // A field's own lines come before free text that could open the next section by text.
  // (A line with a yes/no answer of its own stays in a question's text, said when mapped: it may as
  // well be the text's sentence as another question.)
  // (A list's items end at a sub-label of its own form the layout does not know, `Hankkeen
  // päätyttyä:` after `Hankkeen aikana:` items: no item of it, said as an unknown label.)
  if (read.form === 'trailing') return isTextLike(token) && !(read.field?.definition.type === 'lines' && token.tokenType === LabelText && token.payload.line.value === '' && token.payload.line.afterBlank);
  // A two-column copy's `Erityistavoite:` / blank / `10.1. …`: a value that is written with a
  // number, below its empty label, though it looks like a sub-heading.
  if (token.tokenType === UnknownHeading && read.form === 'inline' && node.value === '' && read.lines === 0 && NUMBERED_VALUE_TYPES.has(read.field?.definition.type ?? '')) return fits(read.field, token.payload.line.text);
  // A page's two-column facts (`Hankkeen rahoittaja:` / blank / the name / blank / the next label):
  // a short line below an empty label, with a label after it, is its value, not a heading (a
  // numbered one is a sub-heading: `WWW-osoite:` / `2.1 Yhteyshenkilö` / `Hankkeen yhteyshenkilön nimi:`).
  if (token.tokenType === UnknownHeading && token.payload.line.kind !== 'numbered' && read.form === 'inline' && node.value === '' && read.lines === 0 && read.field !== null && after !== null && (after.tokenType === Label || after.tokenType === BareLabel)) return fits(read.field, token.payload.line.text);
  // A block's first entry written with its number (`1. Pohjolan ammattiopisto, 5908301-5`) is lexed
  // as a heading the layout does not know: the block's item pattern says it is an entry.
  if (token.tokenType === UnknownHeading && token.payload.line.kind === 'numbered' && read.form === 'block' && read.lines === 0 && read.field?.definition.type === 'organisations' && read.field.itemPattern?.test(token.payload.line.text)) return true;
  // An entry of a block with a colon in it (`Järvikylän kunta, Y-tunnus: 3064219-4`) is lexed as
  // a label the layout does not have: the block's item pattern says it is an entry.
  if (token.tokenType === LabelText && read.form === 'block' && read.field?.itemPattern?.test(token.payload.line.text)) return true;
  // So is one whose Y-tunnus is said to be none after its label (`Karstulan kunta, Y-tunnus: -`,
  // `Stichting X (NL), Y-tunnus: ei suomalaista`): an entry without one, not the block's end.
  if (token.tokenType === LabelText && read.form === 'block' && read.field?.definition.type === 'organisations' && n.endsWithBusinessIdLabel(token.payload.line.label ?? '')) return true;
  // A count whose women clause was wrapped after its comma (`171,` / `naisia: 73`, read as a label).
  if ((token.tokenType === LabelText || isTextLike(token)) && read.form === 'inline' && read.field?.definition.type === 'indicator' && /,$/.test(node.value) && !token.payload.line.afterBlank) {
    return n.parseIndicator(joinWrapped(node.value, token.payload.line.text)).problem === undefined;
  }
  // The same copy's `Toimintalinja:` / blank / `2: Työllistymisen …` (`10.1: …`): an axis or an
  // objective written with its number and a colon, lexed as a label that is a number.
  // (Below a `nextLine` field's label alike: `Toimintalinja` / `2: Innovaatiotoiminta`.)
  // (Of any type: a `nextLine` field's value is the line below it, `Valtakunnallisen osion
  // kehittämisohjelma` / `2: Innovaatiotoiminta`.)
  // (And with the words that lead its number, `Toimintalinja:` / blank / `TL 2: Työllistymisen …`, `Toimintalinja 2: …`:
  // an axis's forms the value itself is read in. Audit IB of round 72.)
  const type = read.field?.definition.type;
  const numberedLabel = /^\d{1,2}(?:\.\d{1,2})?$/u.test(token.payload.line.label ?? '') || (/\d$/u.test(token.payload.line.label ?? '') && n.startsWithNumberedPrefix(type, token.payload.line.text));
  if (token.tokenType === LabelText && (read.form === 'nextLine' || (read.form === 'inline' && NUMBERED_VALUE_TYPES.has(type ?? ''))) && node.value === '' && read.lines === 0 && numberedLabel) {
    return fits(read.field, token.payload.line.text);
  }
  // A two-column copy's `Hankkeen nimi:` / blank / `Työ: uusi alku`: a value with a colon in it below
  // its empty label, lexed as a label the layout does not have, with the next field's label after it
  // (said with a warning when mapped). Only for a field whose definition says its value may have one
  // (a name): below another field, `Huom: päätös tekemättä` is a draft's note, and the field missing.
  // (A `nextLine` field's value stands there always: `Hankkeen nimi` / `Työ: uusi alku`.)
  if (token.tokenType === LabelText && (read.form === 'inline' || read.form === 'nextLine') && node.value === '' && read.lines === 0 && read.field?.definition.valueMayHaveColon === true && !state.template.labelKeys.has(token.payload.line.labelKey ?? '') && (after === null || after.tokenType === Label || after.tokenType === BareLabel || after.tokenType === Heading)) {
    return fits(read.field, token.payload.line.text);
  }
  if (token.tokenType === LabelText || !isTextLike(token)) return false;
  const line = token.payload.line;
  // (Nor one its print writes, whole, `Jonkin verran innovatiivisia tuloksia tuottava projekti`, in a
  // hard-wrapped copy too, however long the line: the text after it is the next section's, a flattened
  // copy's final report.)
  if (read.form === 'inline' && endsSetValue(read.field, node.value, line.text, true)) return false;
  // The last line, the start of a label (`Tote`): a copy cut inside the next label, not this value's end.
  if (line.position.start.line === state.facts.lastLine && !/[.!?]$/.test(line.text) && labelStartedBy(state.template, line.text) !== null) return false;
  // A row of a table pasted from a PDF, a label's start and its value a column apart (`Yhteyshenkilön
  // asema        Toiminnanjohtaja`, the label's end wrapped below): the next field, not this value's end.
  if (read.form === 'inline') {
    const gap = line.text.search(/\t| {2,}/);
    if (gap > 0 && labelStartedBy(state.template, line.text.slice(0, gap)) !== null) return false;
  }
  if (read.form === 'block') {
    // The block's only line saying it has none (`-`, `ei ole`, `Kesken.`), in a copy without blank
    // lines too: no text of a section starts so (a flattened copy's summary would otherwise take it,
    // and the next block's label and entries with it) — and nothing after it is the block's.
    const saysNone = (text: string) => (read.field?.definition.type === 'organisations' ? n.saysNoEntries([text]) : n.isEmptyMarker(text));
    if (read.lines === 0 && saysNone(line.text)) return true;
    if (read.lines === 1 && saysNone(read.lastLine) && !hasEntryId(read.field, line.text)) return false;
    if (read.field?.itemPattern?.test(line.text)) return true;
    const last = node.children[node.children.length - 1];
    // A list's item naming an organisation without its Y-tunnus (`- Universität Graz`, a foreign
    // partner) with an entry with its Y-tunnus after it in the same list: an entry, in a copy without
    // blank lines too. (Not a sentence. Marked lines after the block's last entry, or names alone below
    // its heading, may as well be the summary's own list: not taken, said where the block is mapped.)
    const item = read.field?.definition.type === 'organisations' && !line.afterBlank ? listItemName(line.text) : null;
    if (item !== null && looksLikeName(item) && !readsAsSentence(item)) {
      const below = after !== null && isTextLike(after) && !after.payload.line.afterBlank ? after.payload.line.text : null;
      if (below !== null && nextInList(line.text, below) && hasEntryId(read.field, below) && (last === undefined || nextInList(last.text, line.text))) return true;
      // (Between two entries with their Y-tunnus, whatever their marks: `Muuramen kunta, …` / `- Jyväskylän
      // ammattiopisto` / `Keski-Suomen yhdistys ry, …`.)
      if (below !== null && last !== undefined && hasEntryId(read.field, last.text) && hasEntryId(read.field, below)) return true;
    }
    // A Y-tunnus broken after its hyphen (`Folkhälsans Förbund rf, 0500700-` / `9`): its check digit, no page number.
    if (last && BROKEN_BUSINESS_ID.test(last.text) && CHECK_DIGIT_START.test(line.text) && !line.afterBlank) return true;
    // A page number or running header between entries is no entry (kept apart by the caller), nor a page's button or copyright line.
    if (PAGE_STAMP.test(line.text) || isFurnitureInList(line.text)) return false;
    // The rest of an entry hard-wrapped before its Y-tunnus.
    if (last && itemGoesOn(read.field, last, line, state.facts, idsFirst(node, line.text))) return true;
    // An entry wrapped over two lines after a blank line among entries written without (a page's
    // break): `Vantaan kaupunki, 0124610-9` / blank / `Suomen … Keskusjärjestö SAK` / `ry, 0202092-9`.
    // (Not a note's sentence below the block: `Hankkeessa ovat mukana myös … ry,` / `0213350-1`; but
    // an entry after the same list marker as the one above is an entry, `- Lappeenrannan teknillinen
    // yliopisto, Vihreän kemian laboratorio,` / `0245904-2`.)
    if (line.afterBlank && read.lines > 0 && after !== null && isTextLike(after) && !after.payload.line.afterBlank && ((looksLikeName(line.text) && !readsAsSentence(line.text)) || sameListMarker(node.children[node.children.length - 1]?.text ?? '', line.text)) && read.field?.itemPattern?.test(joinWrapped(line.text, after.payload.line.text)) === true && read.field.itemPattern.test(node.children[node.children.length - 1]?.text ?? '')) return true;
    // (Nor a sentence built on a verb right below entries that all have their Y-tunnus, the block's last line,
    // `Lisäksi hankkeessa on mukana useita yhdistyksiä.`: a note on the block, no entry named so. Audit WB of round 77:
    // it was the block's third entry, said. Not a name that reads as a sentence, `Kuusamon kaupungin sosiaali- ja
    // terveyspalveluiden aikuistyö.` (no verb), `Työ on mahdollisuus ry, Koillismaan toimipiste.` (an organisation's word, a
    // comma), nor one with lines of the block after it: reviews RVA, RVB and RVC.)
    const lastOfBlock = after === null || after.payload.line === undefined || after.payload.line.afterBlank || !isTextLike(after);
    if (state.facts.blankSeparated && read.field?.definition.type === 'organisations' && read.lines > 0 && !line.afterBlank && lastOfBlock && /[.!?]$/u.test(line.text) && !line.text.includes(',') && readsAsSentence(line.text) && hasSentenceVerb(line.text) && !n.hasAnyOrganisationWord(line.text) && !hasEntryId(read.field, line.text) && node.children.every((child) => hasEntryId(read.field, child.text))) return false;
    if (state.facts.blankSeparated) return (read.lines === 0 || !line.afterBlank) && line.text.length <= MAX_VALUE_BELOW;
    // Without blank lines too: a table's rows one a line (`| Name | 1234567-8 |`, first or after a
    // row), and the Y-tunnus alone of a block that writes it first (`0952935-7` / `Kainuun liitto`).
    if (read.field?.definition.type === 'organisations' && !line.afterBlank) {
      if (n.isTableRow(line.text) && (last === undefined || n.isTableRow(last.text))) return true;
      if (ALONE_BUSINESS_ID.test(line.text) && idsFirst(node, line.text)) return true;
    }
    // Without blank lines, an entry without its Y-tunnus (or wrapped before it): a short name, not a
    // sentence — nor, in a hard-wrapped copy, the first line of one wrapped onto a line that goes on
    // in lower case, with no Y-tunnus on it or on the line after (the summary after the block of a
    // flattened copy; a name wraps too, `Etelä-Savon` / `ammattiopisto,` / `1234567-8`).
    if (startsWrappedEntry(read.field, line, after, afterNext, state.facts)) return true;
    // A short title after entries that all have their Y-tunnus, a sentence below it (`Taustaa` /
    // `Alueen pk-yrityksistä …`): the sub-heading of the text after the block of a flattened copy, not
    // an entry without one. (A name has a word organisations' names have, or more capitals.)
    if (read.field?.definition.type === 'organisations' && read.lines > 0 && isTextTitle(line.text) && after !== null && isTextLike(after) && /[.!?]$/u.test(after.payload.line.text) && readsAsSentence(after.payload.line.text) && !hasEntryId(read.field, after.payload.line.text) && node.children.every((child) => hasEntryId(read.field, child.text))) return false;
    // (No entry ends with a list word, `… Pohjanmaan ja`: without its Y-tunnus below, text — but
    // for the text's last line, an entry cut there.)
    // (Unless the line below goes on with the name: `Pieksämäen seudun sosiaali- ja` / `terveyspalvelut`.)
    // (Not into a sentence: `… Oy ja` / `Karstulan kunta. Lisäksi mukana ovat …`.)
    const goesOnWithName = after !== null && isTextLike(after) && !after.payload.line.afterBlank && !/[.!?]\s/u.test(after.payload.line.text) && (/^\p{Ll}/u.test(after.payload.line.text) || looksLikeName(after.payload.line.text));
    if (!looksLikeName(line.text) || (ENDS_WITH_LIST_WORD.test(line.text) && line.position.start.line !== state.facts.lastLine && !goesOnWithName)) return false;
    if (state.facts.wrapWidth === null || after === null || !isTextLike(after)) return true;
    const next = after.payload.line;
    if (!/^[\p{Ll}\d(]/u.test(next.text) || !continuesWrapped(line, next, state.facts)) return true;
    const hasId = (text: string) => hasEntryId(read.field, text);
    return hasId(next.text) || (afterNext !== null && isTextLike(afterNext) && !afterNext.payload.line.afterBlank && hasId(afterNext.payload.line.text));
  }
  // In a copy without blank lines, a sentence that opens the next section by text is not the value
  // of an empty label (`Valtakunnallisen osion kehittämisohjelma` / `Projekti onnistui.`); a short
  // one ending in `!` or `?` is a name as well (`Hankkeen nimi` / `TUKEE!`).
  if (read.form === 'nextLine') return read.lines === 0 && node.value === '' && !(isPageStampFor(read.field, line.text) && ((after !== null && ((isTextLike(after) && after.tokenType !== LabelText) || isLeftBetweenLines(after))))) && fits(read.field, line.text) && !isNotSetValue(read.field, token, after, state) && (state.facts.blankSeparated || !/[.!?]$/.test(line.text) || (/[!?]$/.test(line.text) && !readsAsSentence(line.text)) || !state.opensLater(token));
  // inline: a value below an empty label, or a wrapped value
  // (A list of areas written one name a line, `Kunnat:` / `• Rovaniemi` / `• Ranua`: each line a name
  // of the list, in a copy without blank lines too.)
  if (node.value !== '' && !line.afterBlank && areaNamesOf(read.field, line.text) !== null && namesAreasOnly(read.field, node.value)) return true;
  // (A list of names wrapped inside a name of two words, `…, Aura, Marttila, Koski` / `Tl, Pöytyä, Lieto`: the
  // line goes on with the name, in a flattened copy too, where the list's names are all known so joined. Audit BT of round 66.)
  if (node.value !== '' && !line.afterBlank && wrappedInsideAreaName(read.field, node.value, line.text)) return true;
  if (node.value !== '' && !line.afterBlank && read.markedItems === true) {
    if (markedAreaItemOf(read.field, line.text) !== null) return true;
    // (A sentence after the same marker below the names is no name: the text's, not the list's.)
    if (isListMarkerCode(line.text.charCodeAt(0)) || WORD_LIST_MARK.test(line.text)) return false;
    // An item wrapped onto a line without a marker (`• Savukoski (vain` / `kirkonkylä)`, `2.<TAB>Savukoski ja` / `Pelkosenniemi`): its end.
    if (itemGoesOnBelow(read.lastLine, line.text)) return true;
  }
  // In a copy without blank lines, a sentence that opens the next section by text is not this empty field's value.
  if (node.value === '' && read.lines === 0) {
    // The start of a section's heading with its number (`7 Hakemusvaiheessa ilmoitettavat arviot`, its
    // end past a page's break) is no value of an empty label.
    if (line.kind === 'numbered' && headingStartedBy(state.template, line.value ?? '', line.number ?? null) !== null) return false;
    // A page break between the label and its value (the value follows it): not the value.
    // (Also a page number with the page's running header, or another stamp, below it.)
    if (isPageStampFor(read.field, line.text) && after !== null && ((isTextLike(after) && after.tokenType !== LabelText && fits(read.field, after.payload.line.text)) || isLeftBetweenLines(after))) return false;
    // (Nor a running header led by the project's own code with no value below it, a print's page break under an empty
    // label: `Jakeluosoite:` / `\fS21926 Rantapolku` / `Postinumero:`. Audit KA of round 74: read as the street.)
    // (Not in the project's own section, whose name may be written with its code: `Hankkeen nimi:` / `S20078 Välittävät verkostot`. Review RVB.)
    if (read.field !== null && state.facts.projectCode !== null && line.text.startsWith(`${state.facts.projectCode} `) && !read.field.section.fields.some((f) => f.definition.type === 'projectCode')) return false;
    // Another field's label of the same section without its colon (`Jakeluosoite:` / `Postinumero`) is
    // no value of this one. (Another section's may be: `Organisaatiotyyppi:` / `Kunta`.)
    if (line.text.length <= 60 && read.field !== null && (state.template.inlineLabels.get(normaliseKey(line.text)) ?? []).some((f) => f.section === read.field!.section && f !== read.field)) return false;
    return fits(read.field, line.text) && !isNotSetValue(read.field, token, after, state) && (state.facts.blankSeparated || (!line.afterBlank && (!/[.!?]$/.test(line.text) || !state.opensLater(token) || isLineOfAreaNames(read.field, line.text))));
  }
  // A page number or running header below a complete value: the value's wrapped end only in a
  // hard-wrapped copy (said with a warning when mapped).
  if (PAGE_STAMP.test(line.text) && state.facts.wrapWidth === null) return !line.afterBlank && completesValue(read.field, node.value, line.text, read.lastLine, state.facts.blankSeparated);
  // In a hard-wrapped copy too, a number alone below a value of words that is whole is a printed
  // page's number, however long the line above (`…ympäristökeskus` / `2`): that the number could not
  // have fitted beside it tells nothing (kept apart by the caller, the value said possibly wrapped).
  if (LONE_NUMBER.test(line.text) && isPageStampFor(read.field, line.text) && !VALUE_GOES_ON.test(read.lastLine) && !/\d$/.test(read.lastLine)) return false;
  // A list that ends with a comma goes on, after a blank line too (`Kunnat: Rovaniemi, Kemi,` / / `Simo`),
  // and in a copy without blank lines, whatever its width.
  const listGoesOn = read.field !== null && LIST_TYPES.has(read.field.definition.type) && /,$/.test(node.value) && !/[.!?]$/.test(line.text) && fits(read.field, line.text);
  // A value that cannot end so (`Lapin elinkeino-, liikenne- ja`) goes on below a page break or a
  // blank line, in lower case: a printed copy broke the page inside it.
  // (Not a placeholder `-`; after a blank line, not a comma: `Anna Keto-Tokoi,` / blank / `asema ei tiedossa`.)
  const unfinished = VALUE_GOES_ON.test(read.lastLine) && /[\p{L}\d]/u.test(node.value) && !(line.afterBlank && /[,;/]$/.test(read.lastLine)) && /^\p{Ll}/u.test(line.text) && fits(read.field, line.text);
  // (Past a page's break in a copy in columns, a line at the value's own column goes on with it: see continuesAfterBreaks.)
  // (So does one ending on a common noun's genitive, past a blank line only, in a copy with blank
  // lines: a PDF's form feed between its pages, `… toimintakyvyn` / `\f` / `parantaminen`, leaves no other sign.)
  const genitiveGoesOn = line.afterBlank && read.facts.blankSeparated && read.form === 'inline' && (ENDS_ON_GENITIVE.test(read.lastLine) || STARTS_WITH_LIST_WORD.test(line.text)) && goesOnPastBreak(read, line);
  // (So does a list of areas written one name a line past a blank line or a page's break, a line of names only below
  // it: `Kunnat:` / `Petäjävesi` / `Salla` / / `Liperi`. Audit KB of round 74: the names after it were the section's text.)
  // (Also one name a paragraph from the first, `Kunnat: Kuusamo` / / `Taivalkoski`, as Word and a web page's table
  // write a list's items. Audit WF of round 79: the names after the first were the area's description, unsaid.)
  const areaLineGoesOn = line.afterBlank && (areaNamesOf(read.field, line.text) !== null || (read.markedItems === true && markedAreaItemOf(read.field, line.text) !== null)) && namesAreasOnly(read.field, node.value);
  if (line.afterBlank) return listGoesOn || areaLineGoesOn || unfinished || genitiveGoesOn || (read.pastPageBreak === true && (atValueColumn(node, line) || (read.facts.blankSeparated && (goesOnPastBreak(read, line) || nameGoesOnPastBreak(read, node, line)))));
  // A set value wrapped before its end (`Hakijoita on useampi kuin yksi` / `(yhteishanke)`) goes on to it.
  if (completesSetValue(read.field, node.value, line.text)) return true;
  // So does a period wrapped before a date (`Alkaa` / `1.1.2015 ja päättyy 31.12.2018`, `… ja päättyy` /
  // `31.12.2018`) that the line below makes whole, in a copy without blank lines too, whatever its width.
  // (Or with the line after it, a word alone between: `… ja` / `päättyy` / `31.12.2018`.)
  if (read.field?.definition.type === 'period' && node.value !== '' && (completesValue(read.field, node.value, line.text, read.lastLine, state.facts.blankSeparated) || (after !== null && isTextLike(after) && !after.payload.line.afterBlank && completesValue(read.field, joinWrapped(node.value, line.text), after.payload.line.text, line.text, state.facts.blankSeparated)))) return true;
  // A list's names going on in a narrow column, whatever the copy's width (a pdftotext -layout copy:
  // `Aura, Pöytyä, Koski` / `Tl, Marttila,`): a line of names each with a capital, ending in a comma.
  if (read.field !== null && LIST_TYPES.has(read.field.definition.type) && isNamesGoingOn(line.text) && fits(read.field, line.text)) return true;
  // (So does one that ends with a list word, onto an area's name, `Kunnat: Oulu, Kempele ja` / `Liminka`, in a
  // copy without blank lines too: the name a known one of the list's kind. Audit EB of round 69.)
  // (Each name of the line one of the list's own kind, `Oulu` no region; no list's marker before it, `- Liminka`. Review RV2.)
  const listWordGoesOn = read.field !== null && LIST_TYPES.has(read.field.definition.type) && ENDS_WITH_LIST_WORD.test(node.value) && !opensWithListMarker(line.text) && line.text.length <= MAX_AREA_LINE && namesAreasOfList(read.field.definition.path, line.text);
  if (listGoesOn || unfinished || listWordGoesOn) return true;
  // A phone number, a code or an address goes on only with what it can hold (figures; no words).
  if (read.field !== null && node.value !== '' && !compactGoesOn(read.field.definition.type, line.text, node.value)) return false;
  // A Y-tunnus whose check digit is right, a date with its year, is whole: a page number below it is no part of it
  // (a remark is: `(Y-tunnus muuttunut 2017, vanha 1572860-0)`).
  if (read.field !== null && node.value !== '' && PAGE_STAMP.test(line.text) && wholeOnCutLine(read.field.definition.type, node.value)) return false;
  // A value the register sets, whole (`Vain yksi hakija`), does not go on with a capitalised line: the text after it is the next section's.
  if (endsSetValue(read.field, node.value, line.text)) return false;
  // A value going on in its column (a pdftotext -layout copy: `Toimintalinja:      2: Työllistymisen ja` /
  // `                    työmarkkinoilla` / `                    pysymisen`): a line that starts where the
  // value did, far right of its label's column, the label's column beside it empty. The column's
  // width wrapped it, not the copy's.
  // (Not the line right above a label whose value starts in lower case: a table whose cells are
  // centred, w3m's or html2text's, writes the next value's first lines above its label, `9.2. Kasvu- ja …` /
  // `Erityistavoite:   koulutuksen tarjonnan …`. Which value the line is, the column does not tell.)
  if (inValueColumn(node, line) && !(after !== null && after.tokenType === Label && /^\p{Ll}/u.test(after.payload.line.value ?? ''))) return true;
  // A value of figures, an address or a name does not go on into a sentence: in a flattened copy
  // with a few stray blank lines (a print's header and footer), the text after the last field.
  if (state.facts.blankSeparated) return !(read.field !== null && NO_SENTENCE_TYPES.has(read.field.definition.type) && readsAsSentence(line.text));
  // A word broken at the line's end (`Kontio-` / `lahti`) goes on, whatever the copy's width.
  if (/\p{L}-$/u.test(read.lastLine) && /^\p{L}/u.test(line.text)) return true;
  // A number broken at its hyphen (`Y-tunnus: 0201256-` / `6`) goes on, when the two read as one value.
  if (/\d-$/.test(read.lastLine) && /^\d/.test(line.text) && fits(read.field, line.text) && completesValue(read.field, node.value, line.text, read.lastLine, state.facts.blankSeparated)) return true;
  if (standsBetweenFields(state.facts, read.field, line, after)) return true;
  const width = state.facts.wrapWidth;
  return width !== null && read.lastLine.length + 1 + firstWordLength(line.text) > width;
}

/** The column a value starts at in a copy in columns, a label's width or more from the line's start. */
const VALUE_COLUMN_FROM = 16;

function inValueColumn(node: FieldNode, line: SourceLine): boolean {
  return !line.afterBlank && atValueColumn(node, line);
}

/** Whether a line below a value starts at the value's own column, far right of its label's. */
function atValueColumn(node: FieldNode, line: SourceLine): boolean {
  const value = node.valuePosition;
  return value !== null && value !== undefined && value.start.column >= VALUE_COLUMN_FROM && line.position.start.column === value.start.column && line.position.start.line > value.start.line;
}

/** Whether a line starts with the same list marker and a space as the line above, then a capital, as an entry does (`- Aalto-yliopisto, …`). */
/** A list item's text after its marker (`- Universität Graz`, `2. Universität Graz`), else null. */
function listItemName(text: string): string | null {
  if (isListMarkerCode(text.charCodeAt(0)) && /^.[ \t]/u.test(text)) return text.slice(1).trim();
  const mark = WORD_LIST_MARK.exec(text);
  return mark !== null && !mark[0].startsWith('o') ? text.slice(mark[0].length).trim() : null;
}

/** Whether `line` is the list's item after `above`: after the same marker, or numbered next (`2.` after `1.`). */
function nextInList(above: string, line: string): boolean {
  if (sameListMarker(above, line)) return true;
  const upper = /^(\d{1,2}|[a-z])([.)])[ \t]/u.exec(above);
  const lower = /^(\d{1,2}|[a-z])([.)])[ \t]+\p{Lu}/u.exec(line);
  if (upper === null || lower === null || upper[2] !== lower[2]) return false;
  // (Numbers, or letters, the next of the one above: `2.` after `1.`, `b)` after `a)`.)
  const rank = (mark: string) => (/\d/u.test(mark) ? Number(mark) : mark.charCodeAt(0) - 96);
  return /\d/u.test(upper[1]) === /\d/u.test(lower[1]) && rank(lower[1]) === rank(upper[1]) + 1;
}

function sameListMarker(above: string, line: string): boolean {
  return isListMarkerCode(line.charCodeAt(0)) && /^.\s+\p{Lu}/u.test(line) && line.length <= 120 && above.charAt(0) === line.charAt(0) && /\s/u.test(above.charAt(1));
}

/**
 * `Hankkeessa on tasa-arvosuunnitelma: Kyllä`: a line with a yes/no answer after a colon. Inside a
 * question's text it may be another question (in other words, or one the layout lacks) or the
 * text's own sentence (`Ohjausryhmän kanta oli: Kyllä`): which, the line does not tell.
 */
function isQuestionWithAnswer(text: string): boolean {
  // (Or the answer after a column's gap, the question's words broken over the lines below it: a
  // print's two-column table as `pdftotext -layout` writes it, `Hankkeen päätavoite on    Ei` /
  // `sukupuolten tasa-arvon` / `edistäminen:`.)
  const gap = COLUMN_GAP_BEFORE_LAST.exec(text);
  const colon = gap !== null ? gap.index : text.lastIndexOf(':');
  if (colon < 3 || colon > 160) return false;
  // (Or a question's end wrapped onto a line of its own, in lower case or in its bracket, `(valtavirtaistaminen): Kyllä`,
  // `edistäminen: Ei`: a short line.)
  const start = /^\p{Lu}/u.test(text) || (colon <= WRAPPED_QUESTION_END && /^[\p{Ll}(]/u.test(text));
  return start && !/[.!?]\s/u.test(text.slice(0, colon)) && n.parseYesNo(text.slice(colon + 1)).problem === undefined;
}
/** The longest end of a question hard-wrapped onto its answer's line, before the colon. */
const WRAPPED_QUESTION_END = 40;

/** A gap of a table's columns (three spaces or more, or a tab) before a line's last word. */
const COLUMN_GAP_BEFORE_LAST = lazyRegExp(() => /(?: {3,}|\t)\s*(?=\S+$)/u);

/**
 * In a copy without blank lines, a line in lower case right between a value and the next of the
 * layout's labels: the value's wrapped end, whatever the copy's width (wrapped by hand: `Projektin
 * nimi: Pitkä nimi, joka on` / `rivitetty kahdelle riville` / `Toimintalinja: …`), since text that
 * opens the next section comes after the section's last field, not between two of them. (Not an
 * address below a value of another type: a print's footer `https://…`.)
 */
function standsBetweenFields(facts: TextFacts, field: CompiledField | null, line: SourceLine, after: LineToken | null): boolean {
  return (
    !facts.blankSeparated &&
    /^\p{Ll}/u.test(line.text) &&
    after !== null &&
    after.tokenType === Label &&
    !after.payload.line.afterBlank &&
    (ADDRESS_FIELD_TYPES.has(field?.definition.type ?? '') || !ADDRESS_PART.test(line.text)) &&
    !STARTS_WITH_ABBREVIATION.test(line.text)
  );
}
/** A note's start (`ks. yhteystiedot liitteestä`, `huom. …`): no value's wrapped end. */
const STARTS_WITH_ABBREVIATION = lazyRegExp(() => new RegExp(`^(?:${vocabulary.valueGoesOnAfter.abbreviations.words.map((w) => w.replace(/\./g, '\\.')).join('|')})\\.\\s`, 'u'));

/** `after`: the line after `token` (to tell a line wrapped by hand from one wrapped at the copy's width). */
function extendField(node: FieldNode, read: FieldProgress, token: LineToken, after: LineToken | null): void {
  const line = token.payload.line;
  // Taken only because it stands between two fields (no width, list or hyphen says it goes on): said.
  if (read.form === 'inline' && node.value !== '' && node.handWrappedLine === undefined && standsBetweenFields(read.facts, read.field, line, after) && !VALUE_GOES_ON.test(read.lastLine) && !/\p{L}-$/u.test(read.lastLine) && !(read.facts.wrapWidth !== null && read.lastLine.length + 1 + firstWordLength(line.text) > read.facts.wrapWidth)) {
    node.handWrappedLine = line.position.start.line;
  }
  const endBefore = node.position.end.line;
  node.children.push(lineNode(line));
  node.position = span(node.position, line.position);
  // `Question:` with its answer wrapped onto the next line, before the field's own lines.
  if (read.form === 'trailing' && node.value === '' && read.lines === 0 && read.field?.definition.type === 'yesNoText' && (!n.parseYesNo(line.text).problem || n.splitYesNoAnswer(line.text) !== null)) {
    node.value = line.text;
    node.valuePosition = line.position;
    node.note = 'below';
    node.valueLines++;
    read.lines++;
    return;
  }
  if (read.form === 'inline' || read.form === 'nextLine') {
    // A page number or header below a complete value, taken as its wrapped end since the copy is
    // hard-wrapped, though it would have fitted on the line above: said when mapped.
    const width = read.facts.wrapWidth;
    if (node.value !== '' && node.pageStampLine === undefined && PAGE_STAMP.test(line.text) && width !== null && read.lastLine.length + 1 + line.text.length <= width && !completesValue(read.field, node.value, line.text, read.lastLine, read.facts.blankSeparated)) node.pageStampLine = line.position.start.line;
    else if (node.value !== '' && node.pageStampLine === undefined && PRINT_STAMP.test(line.text) && !WEB_ADDRESS_TYPES.has(read.field?.definition.type ?? '')) node.pageStampLine = line.position.start.line;
    // The next page's first line at the value's column, taken as its end past the break by its column
    // alone (no lower case, no value left unfinished): a stamp or header may stand there too.
    else if (node.value !== '' && node.pageStampLine === undefined && read.pastPageBreak === true && line.afterBlank && atValueColumn(node, line) && !/^\p{Ll}/u.test(line.text) && !VALUE_GOES_ON.test(read.lastLine)) node.pageStampLine = line.position.start.line;
    if (node.value === '' && read.form === 'inline') {
      node.note = 'below';
      // (A printed page's footer or header between the label and its value: blank lines alone are no break.)
      const furniture = read.facts.furnitureLines;
      if (furniture !== null && line.position.start.line - endBefore > 1) for (let between = endBefore + 1; between < line.position.start.line; between++) if (furniture.has(between)) node.pastPageBreak = true;
    }
    else if (read.form === 'inline' && node.note === null && (!read.facts.blankSeparated || line.afterBlank)) node.note = 'wrapped';
    // In a copy with blank lines, a line right below a value is read into it: said, unless the copy
    // is hard-wrapped and the line could not have fitted on the line above.
    else if (read.form === 'inline' && node.note === null && (read.facts.wrapWidth === null || read.lastLine.length + 1 + firstWordLength(line.text) <= read.facts.wrapWidth)) node.note = 'joined';
    // (Items after a list's marker, one a line below the empty label: each an item, known or not.)
    const markedItem = node.value === '' || read.markedItems === true ? markedAreaItemOf(read.field, line.text) : null;
    // (A marked item's wrapped end, taken above, keeps the list marked: the next marked line is the next item.)
    read.markedItems = markedItem !== null || (read.markedItems === true && node.value !== '');
    const areaName = markedItem ?? areaNamesOf(read.field, line.text);
    const joined = areaName !== null && (node.value === '' || markedItem !== null || namesAreasOnly(read.field, node.value)) ? (node.value ? `${node.value}, ${areaName}` : areaName) : node.value ? joinWrapped(node.value, line.text) : line.text;
    if (node.hyphenBreak === undefined && node.value.endsWith('-') && ADDRESS_FIELD_TYPES.has(read.field?.definition.type ?? '') && joined === `${node.value.slice(0, -1)}${line.text}` && (read.field?.definition.type === 'email' || ADDRESS_PART.test(node.value.slice(node.value.lastIndexOf(' ') + 1, -1)))) {
      node.hyphenBreak = { position: line.position, other: `${node.value}${line.text}`, kind: 'address' };
    } else if (node.hyphenBreak === undefined && node.value.endsWith('-') && read.field?.definition.type === 'email' && joined === `${node.value}${line.text}` && /^\p{Ll}/u.test(line.text)) {
      // (Kept between the same vowels, as a word's compound is written: `u-` / `udenmaanliitto.fi` may be `uudenmaanliitto.fi`.)
      node.hyphenBreak = { position: line.position, other: `${node.value.slice(0, -1)}${line.text}`, kind: 'addressKept' };
    } else if (node.hyphenBreak === undefined && joined === `${node.value}${line.text}` && CAPITALS_BEFORE_HYPHEN.test(node.value) && CAPITALS_START.test(line.text)) {
      node.hyphenBreak = { position: line.position, other: `${node.value.slice(0, -1)}${line.text}`, kind: 'capitals' };
    }
    node.value = joined;
    node.valuePosition = node.valuePosition ? span(node.valuePosition, line.position) : line.position;
  }
  else if (read.form === 'block' && node.children.length > 1) {
    // An entry hard-wrapped before its Y-tunnus: the line before is no entry by itself.
    const previous = node.children[node.children.length - 2];
    // Measured on the entry joined so far, not its last line: an entry still without its Y-tunnus
    // goes on (a copy wrapped twice breaks an entry over three lines).
    if (itemGoesOn(read.field, previous, line, read.facts, idsFirst(node))) {
      if (read.field?.definition.type === 'organisations' && wholeEntryBelowNameWithoutId(previous.text, line.text)) joinedAboveWholeEntry.set(previous, previous.text);
      node.children.pop();
      previous.text = joinWrapped(previous.text, line.text);
      previous.position = span(previous.position, line.position);
      if (node.note === null) node.note = 'wrapped';
    }
  } else if (read.form === 'trailing' && read.field?.definition.type === 'lines' && node.children.length > 1) {
    // A list item hard-wrapped onto the next line is one item; a line that starts with the list
    // marker the item before it starts with (`-`, `•`) is the next item, however long that was.
    const previous = node.children[node.children.length - 2];
    const marker = line.text.charAt(0);
    // (So does, below a marked item, a line with another marker before a space or a capital: `-Käsityöalan …` /
    // `o Yritysyhteistyötä …`, `• Kohdealueiden …` / `-Toiminnan …`, as a copy mixes a list's marks. Audit FA of round 70.)
    // (Only before a capital: `• … välillä oli` / `– erityisesti yritysten kanssa – vähäistä` is the item's wrapped end. Review RV2.)
    const nextItem = (isListMarkerCode(marker.charCodeAt(0)) && previous.text.charAt(0) === marker) || (opensListItem(previous.text) && markThenCapital(line.text));
    // Items that start with a marker: a line without one, going on in lower case, is the item's
    // wrapped end, whatever the copy's width (a list wrapped by hand in a page of long lines).
    const itemEnd = isListMarkerCode(previous.text.charCodeAt(0)) && !isListMarkerCode(marker.charCodeAt(0)) && /^\p{Ll}/u.test(line.text);
    if (!nextItem && (itemEnd || continuesWrapped({ text: read.lastLine }, line, read.facts))) {
      node.children.pop();
      previous.text = joinWrapped(previous.text, line.text);
      previous.position = span(previous.position, line.position);
      if (node.note === null) node.note = 'wrapped';
    }
  }
  read.lines++;
  read.lastLine = line.text;
}

/**
 * Whether a line opens with a list item's mark: a bullet or dash, or a word processor's other mark (`1)`,
 * `a)`, `o` before a tab or a capital) — a number's only before a capital: `2. asteen koulutukseen` is an
 * ordinal's words (review RV2 of round 70).
 */
function opensListItem(text: string): boolean {
  if (isListMarkerCode(text.charCodeAt(0))) return true;
  const mark = WORD_LIST_MARK.exec(text);
  return mark !== null && (!isDigitCode(mark[0].charCodeAt(0)) || /^\p{Lu}/u.test(text.slice(mark[0].length)));
}

/** Whether a line opens with a list item's mark and a capital after it (`-Toiminnan …`, `o Yritysyhteistyötä …`). */
function markThenCapital(text: string): boolean {
  if (isListMarkerCode(text.charCodeAt(0))) return /^\S\s*\p{Lu}/u.test(text);
  const mark = WORD_LIST_MARK.exec(text);
  return mark !== null && /^\p{Lu}/u.test(text.slice(mark[0].length));
}

// —— mapping ——

/** Field types read from the label line's value alone, with the normaliser that reads each. */
const as = <T>(read: (value: string) => T) => (value: string): n.Normalised<T> => ({ value: read(value) });
const valueNormalisers: Partial<Record<CompiledField['definition']['type'], (value: string) => n.Normalised<unknown>>> = {
  text: as((v) => v),
  projectCode: n.parseProjectCode,
  businessId: n.parseBusinessId,
  email: n.parseEmail,
  // (A slash parts two regions or two sub-regions, `Pohjanmaa/Keski-Pohjanmaa`: names of one kind.)
  list: (v) => n.parseNameList(v, sameAreaInBoth, regionOrSubRegion),
  websites: n.parseWebsites,
  website: n.parseWebsite,
  phone: n.parsePhone,
  postalCode: n.parsePostalCode,
  // The Statistics Finland list decides which comma-separated parts are one name (`Koski, Tl`) and which two (`Oulu, Ii`).
  municipalities: (v) => n.parseMunicipalities(v, isMunicipalityName, sameAreaInBoth, isCurrentMunicipalityName, currentMunicipalityInflected),
  priorityAxis: n.parsePriorityAxis,
  specificObjective: n.parseSpecificObjective,
  period: n.parsePeriod,
  date: n.parseFinnishDate,
  status: n.parseStatus,
  amount: n.parseEuroAmount,
  indicator: n.parseIndicatorValue,
  address: n.parseAddress,
  budgetRange: n.parseBudgetRange,
  programmePeriod: n.parseProgrammePeriod,
  personName: n.parsePersonName,
};

/**
 * The types whose values a tab may part (a table's cells: names, figures; two phone numbers, ids or
 * addresses, each said as such); in any other a tab is a space between words.
 */
const TAB_PARTS_TYPES = new Set(['list', 'municipalities', 'amount', 'indicator', 'budgetRange', 'phone', 'businessId', 'email', 'website', 'websites', 'postalCode']);

/** A value with its tabs read as spaces (`Kokeilun\tkuntayhtymä`, `013 555\t8800`), unless its type's cells are parted by them. */
function withTabsAsSpaces(value: string, type: string): string {
  return TAB_PARTS_TYPES.has(type) ? value : n.withTabsAsSpaces(value);
}

/** Two names of one region, sub-region or municipality (its names in Finnish and Swedish). */
function regionOrSubRegion(name: string): 'region' | 'sub-region' | null {
  return regionCode(name) !== null ? 'region' : subRegionCode(name) !== null ? 'sub-region' : null;
}

function sameAreaInBoth(a: string, b: string): boolean {
  return [regionCode, subRegionCode, municipalityCode].some((codeOf) => {
    const code = codeOf(a);
    return code !== null && code === codeOf(b);
  });
}

/** An indicator value whose women clause names another indicator (`joista naisten perustamia` read as qualifications): said. */
function sayOtherClause(context: MapContext, field: CompiledField, node: FieldNode, value: string, position: Position, headed: boolean): void {
  const own = field.definition.clauseWords!;
  if (n.hasWords(value, own)) return;
  for (const section of context.template.sections) {
    for (const other of section.fields) {
      const words = other.definition.clauseWords;
      if (words === undefined || other === field || !n.hasWords(value, words)) continue;
      // A clause of one word (`joista naisia`, the participants') is also how people write any
      // figure's: under the figure's own heading it says nothing; placed by order, it is a doubt.
      const generic = words.every((word) => !word.includes(' '));
      if (generic && headed) return;
      // (Placed by order, a warning either way: a copy without headings whose figures shifted by a
      // section, a text's own `Suunniteltu: 120, joista naisia 70` read as the first, puts each
      // section's figures one place down, and the first of them carries only this one-word clause.)
      context.builder.diagnose('warning', 'ambiguous-label', `${node.label}: "${value}" has the women clause of section ${sectionName(other.section)} ("${words[0]}"), not of ${sectionName(field.section)}, ${headed ? 'under whose heading it stands' : "where the layout's order puts it"} (${field.definition.path}): which it is cannot be told`, position, field.definition.path);
      return;
    }
  }
  // A clause that names what its figure counts (`joista naisten työpaikkoja`, `joista naisten
  // omistamia`), a measure no indicator of the layout has: the figure may count that, not women
  // among this indicator's. (One word, `joista naisia`, `joista naisten`, says women only.)
  // (Only under an indicator whose own clause is one word, `joista naisia`, the participants': one
  // whose own names its measure, `joista naisten tutkintoja`, is written in other words too,
  // `naisten suorittamia`; and companies' are as naturally `naisten omistamia` as `naisyrittäjiä`.)
  const clause = own.length > 0 && own.every((word) => !word.includes(' ')) ? NAMING_WOMEN_CLAUSE.exec(value) : null;
  if (clause !== null) {
    context.builder.diagnose('warning', 'ambiguous-label', `${node.label}: "${value}" has a women clause that names a measure ("${clause[1]}"), not this indicator's${own.length > 0 ? ` ("${own[0]}")` : ''} (${field.definition.path}): its figure, read as the women, may count something else`, position, field.definition.path);
  }
}

/** A women clause that names what its figure counts (vocabulary `indicator.namingWomenClausePattern`). */
const NAMING_WOMEN_CLAUSE = lazyRegExp(() => new RegExp(vocabulary.indicator.namingWomenClausePattern, 'iu'));

/**
 * Whether a value on the line where the text is cut off is whole all the same: a Y-tunnus whose
 * check digit is right, a date (or a period's end date) with its four-digit year.
 */
function wholeOnCutLine(type: string, value: string): boolean {
  if (type === 'businessId') {
    const read = n.parseBusinessId(value).value;
    return read !== null && n.checkBusinessId(read) === 'valid';
  }
  if (type === 'date') return /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(value.trim()) && !n.parseFinnishDate(value).problem;
  if (type === 'period') {
    if (!/(?:^|\s)\d{1,2}\.\d{1,2}\.\d{4}\.?$/.test(value.trim())) return false;
    const period = n.parsePeriod(value);
    return !period.problem && (period.warnings?.length ?? 0) === 0;
  }
  return false;
}

const DATE_TYPES = new Set(['date', 'period']);
/** A date at a value's end whose year is `20`, what is left of a four-digit year cut after two (`28.2.20`; `28.2.19` is no such start). */
const ENDS_ON_TWO_DIGIT_YEAR = lazyRegExp(() => /(?:^|[^\d.])\d{1,2}\.\s?\d{1,2}\.\s?20$/u);
const FOUR_DIGIT_YEAR_DATE = lazyRegExp(() => /\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?!\d)/u);

/** Types whose value is kept as written, only checked: on a cut line, not checked (a web address, a phone number). */
const keptAsWrittenWhenCut = new Set(['website', 'phone']);

/**
 * The digits of a Y-tunnus cut at an entry's end: after a comma, a semicolon, a bracket or a dash
 * (`Turun yliopisto, 02458`), or four digits or more after a space; a name's own number after a
 * space (`Asunto Oy Koulukatu 12`) stays the name's.
 */
const CUT_BUSINESS_ID_AT_END = lazyRegExp(() => /(?:\s*[,;(–-]\s*(?:FI-?)?\d[\d\s-]*|\s+(?:FI-?)?\d{4}[\d\s-]*)$/u);

/** Types whose value on a cut line cannot be trusted: a number, a date, a code, an address. */
const untrustedWhenCut = new Set(['projectCode', 'businessId', 'email', 'websites', 'amount', 'indicator', 'date', 'budgetRange', 'specificObjective', 'priorityAxis']);

function reportUnreadable(builder: RecordBuilder, field: CompiledField, node: FieldNode, problem: n.Problem, position: Position): void {
  builder.diagnose(field.definition.required ?? 'warning', problem.rule, `${node.label}: ${problem.message}`, position, field.definition.path);
  builder.unreadable.add(field.definition.path);
}

/** A normaliser's notes (unusual forms read) as infos, its warnings (a part not read) at their severity. */
function noteAll(builder: RecordBuilder, result: n.Normalised<unknown>, node: FieldNode, position: Position, path: string): void {
  for (const note of result.notes ?? []) builder.diagnose('info', note.rule, `${node.label}: ${note.message}`, position, path);
  for (const warning of result.warnings ?? []) builder.diagnose(warning.severity ?? 'warning', warning.rule, `${node.label}: ${warning.message}`, position, path);
  if (result.warnings?.length) builder.unreadable.add(path);
}

/** A value that is one of `values` followed by more text starting with a capital: the value, and where the text starts. */
function textAfterSetValue(value: string, values: string[]): { value: string; from: number } | null {
  for (const known of values) {
    if (value.length <= known.length || value.slice(0, known.length).toLowerCase() !== known.toLowerCase()) continue;
    const rest = value.slice(known.length);
    const space = rest.length - rest.trimStart().length;
    if (space > 0 && /^\p{Lu}/u.test(rest.trimStart())) return { value: value.slice(0, known.length), from: known.length + space };
  }
  return null;
}

/**
 * Types whose values a draft's placeholder may stand for and pass as a value: texts, addresses,
 * e-mail addresses, phone numbers, web addresses. (A placeholder amount, date, code or Y-tunnus is
 * no value of its type: its own check says so — `0000000-0` by the Y-tunnus rule.)
 */
const ownLabels = new WeakMap<FieldDefinition, { keys: Set<string>; longest: number }>();
/** Whether a value is its field's own label (`Hakijan virallinen nimi: Hakijan virallinen nimi`): only values about as long as a label are keyed. */
function isOwnLabel(definition: FieldDefinition, value: string): boolean {
  let labels = ownLabels.get(definition);
  if (labels === undefined) {
    labels = { keys: new Set(definition.labels.map(normaliseKey)), longest: definition.labels.reduce((longest, label) => Math.max(longest, label.length), 0) };
    ownLabels.set(definition, labels);
  }
  return value.length <= labels.longest + 2 && labels.keys.has(normaliseKey(value));
}

/** Field types whose value a printed page's running header (a name, a title) could be taken for. */
/** Whether the layout has a field at `name` beside `path` (`contact.title` beside `contact.name`). */
function hasSiblingField(template: CompiledTemplate, path: string, name: string): boolean {
  const sibling = `${path.slice(0, path.lastIndexOf('.') + 1)}${name}`;
  return template.sections.some((section) => section.fields.some((field) => field.definition.path === sibling));
}

const HEADER_LIKE_TYPES = new Set(['text', 'personName', 'address', 'list']);
/** What a value below its label is not, when it reads so (see {@link printedNoteShape}). */
const BELOW_NOT_VALUE = new Set(['footnote', 'trackedChange']);
/**
 * A year's or a form's four figures, or a bar between parts, as a page's footer has (`ESR-HK 2014 v2.1`,
 * `Säätiö | Rantakatu 5`); not a street's number, `PL 13`, `Torikatu 3 – 5` (review BJ).
 */
const FOOTER_SIGNS = lazyRegExp(() => /(?<!\d)\d{4}(?!\d)|\s\|\s/u);
const PLACEHOLDER_TYPES = new Set(['text', 'priorityAxis', 'specificObjective', 'personName', 'status', 'address', 'email', 'phone', 'website', 'websites', 'postalCode', 'businessId']);

/** A value without a text browser's link number before it (`[4]Jyväskylän Nuorisopajat ry`, lynx). */
function withoutLinkNumber(text: string): string {
  return text.charCodeAt(0) === 91 ? text.replace(/^\[\d{1,3}\](?=\S)/u, '') : text;
}

/** The label of the layout a line starts with, followed by a space (a field written without its colon), else null. */
function labelAtStart(template: MapContext['template'], text: string): string | null {
  const words = text.split(/\s+/u, template.longestLabelWords + 1);
  for (let k = Math.min(words.length - 1, template.longestLabelWords); k >= 1; k--) {
    const label = words.slice(0, k).join(' ');
    const key = normaliseKey(label);
    if (template.inlineLabels.has(key) || template.bareLabels.has(key)) return label;
  }
  return null;
}

/**
 * A line a person's name was read as going on to that is a whole name or a title of its own (`Liisa
 * Virtanen` / `Pekka Mäki`, `… Virtanen` / `projektipäällikkö`): a second person, or the title on a line
 * of its own, as likely as one name written over two lines. (A name's wrapped end is one word, `Marja-Liisa` / `Kettunen-Virtanen`.)
 */
function secondPersonOrTitle(node: FieldNode): LineNode | undefined {
  // (Not a line joined at a hyphen, a word's end: `MULTA-` / `NEN-KOIVU ANNE`.)
  const afterHyphen = (text: string) => node.value.charCodeAt(node.value.indexOf(text) - 1) === 45;
  return node.children.find((child, i) => (i > 0 || node.note !== 'below') && n.isNameOrTitle(child.text) && !afterHyphen(child.text));
}
function sayPersonOrTitle(context: MapContext, node: FieldNode, position: Position, path: string): void {
  const line = secondPersonOrTitle(node)!;
  context.builder.diagnose('warning', 'value-wrapped', `${node.label}: the name is read as going on over ${node.children.length + (node.note === 'below' ? 0 : 1)} lines ("${node.value.slice(0, 60)}"), but "${line.text.slice(0, 40)}" is a name or a title of its own: a second person or the person's title may stand there`, position, path);
}

/** Says how a value read over several lines was read (`value-wrapped`). */
function sayWrapped(context: MapContext, node: FieldNode, position: Position, path: string, fieldBelow: boolean, type: string): void {
  const { builder } = context;
  const how = node.note === 'wrapped' ? 'the copy is hard-wrapped' : 'no blank line between them';
  // A sentence read into a value (starts with a capital after a value that was complete:
  // `Vain yksi hakija` / `Hankkeen tavoitteena on …`) may as well be text of its own:
  // read as one, and said so. A list or a name going on after a comma or `ja` is not in doubt.
  let from = 0;
  const before = node.children.map((child) => {
    const at = node.value.indexOf(child.text, from);
    from = at + child.text.length;
    return node.value.slice(0, at).trimEnd();
  });
  // A count's figures going on on the next line (`…: 12` / `356, joista naisia 80`): read as one
  // number, a thousand times the figure above alone — said, as the line below may be text of its own.
  const thousands = /indicators/u.test(path) ? node.children.findIndex((child, i) => /^\d{3}(?!\d)/u.test(child.text) && /(?:^|\s)\d{1,3}$/u.test(before[i])) : -1;
  if (thousands !== -1) {
    builder.diagnose('warning', 'value-wrapped', `${node.label}: the count's figures go on on the next line ("${before[thousands].slice(-3).trim()}" / "${node.children[thousands].text.slice(0, 20)}"), read as one number; if that line is text of its own, the count is the figure above alone`, position, path);
    return;
  }
  // In a copy with blank lines a value written over two lines (an address with its PL, an
  // organisation and its unit) is the copy's own: said as a note, unless the line below starts
  // with a label of the layout, written without its colon (`Maakunta Lappi` on a page).
  const capitalAt = node.note === 'joined' ? node.children.findIndex((child) => labelAtStart(context.template, child.text) !== null) : node.children.findIndex((child, i) => /^\p{Lu}/u.test(child.text) && !VALUE_GOES_ON.test(before[i]));
  const capital = capitalAt !== -1 ? node.children[capitalAt] : undefined;
  // (A text's line below it that is a value of another kind, written alone: a field whose label is lost.)
  const ownValue = type === 'text' ? node.children.find((child, i) => /^[\p{Lu}\d]/u.test(child.text) && !VALUE_GOES_ON.test(before[i]) && readsAsValueOfItsOwn(child.text)) : undefined;
  // Two whole names of organisations of one kind one below the other (`Keski-Suomen … ympäristökeskus` /
  // `Etelä-Savon … ympäristökeskus`): two organisations, perhaps, not one written over two lines (a
  // unit is of another kind, or none: `… koulutusyhtymä` / `… ammattiopisto`, `Jyväskylän kaupunki` / `Gradia`).
  // (Each line names an organisation of one kind, or the second one that is no unit of another: `Vaasan kaupunki` / `Vaasan
  // Setlementtiyhdistys ry`, an ELY-keskus / `Pohjanmaan liitto`. Audit WF of round 79: read as one name, said as an info only.
  // `Vaasan kaupunki` / `Vaasan aikuisopisto` may be the city's institute: an info, round 12.)
  const sameKind = (line: string, above: string) => {
    const kind = n.organisationKind(line);
    const kindAbove = n.organisationKind(above);
    return kind !== null && kindAbove !== null && (kind === kindAbove || namesIndependentOrganisation(line));
  };
  // (Not where a printed page's stamp below it is said on its own line.)
  // (After a line that goes on, `… liikenne-`, `…, sosiaali-`, a sentence, a quotation or a footnote, `Tilaa
  // uutiskirje – saat tiedon …!`: no name goes on so, as a funder's does, `… ELY-keskus ja` / `Euroopan
  // sosiaalirahasto`. Audit AS of round 60; review BF of round 62.)
  const stray = node.note === 'joined' && node.pageStampLine === undefined ? node.children.find((child, i) => (VALUE_GOES_ON.test(before[i]) ? readsAsOwnSentence(child.text) : readsAsStrayBelowValue(child.text))) : undefined;
  const secondAt = node.note === 'joined' && capital === undefined ? node.children.findIndex((child, i) => /^\p{Lu}/u.test(child.text) && !VALUE_GOES_ON.test(before[i]) && sameKind(child.text, i === 0 ? node.value.slice(0, node.value.indexOf(child.text)) : node.children[i - 1].text)) : -1;
  if (secondAt !== -1) builder.diagnose('warning', 'value-wrapped', `${node.label}: the value is read as going on over ${node.children.length + 1} lines (${how}), but "${node.children[secondAt].text.slice(0, 40)}" names an organisation of its own and may be a second one`, position, path);
  else if (capital && node.note === 'joined') builder.diagnose('warning', 'value-wrapped', `${node.label}: the value is read as going on over ${node.children.length + 1} lines (${how}), but "${capital.text.slice(0, 40)}" starts with the label "${labelAtStart(context.template, capital.text)}" and may be that field, written without its colon`, position, path);
  // (A line below it that reads as no value's part — a page's or a mail's furniture, a footnote, an
  // editor's comment, a mark in capitals, a sentence — in a copy with blank lines: said. Audit AS of round 60.)
  else if (stray !== undefined) builder.diagnose('warning', 'value-wrapped', `${node.label}: the value is read as going on over ${node.children.length + 1} lines (${how}), but "${stray.text.slice(0, 40)}" reads as no part of a value (a page's or a mail's furniture, a footnote, a comment, a mark in capitals, or a sentence or a quotation of its own): it may stand there from a print, a page or an edit`, position, path);
  // (Right above the next field, a wrapped line that is no sentence, nor a label without its colon,
  // is the value's: `… kehittämisyhtiö` / `Oy`.)
  // (Nor a line of an area list whose names, joined so, are all known: `…, Koski` / `Tl, Pöytyä, Lieto`.)
  else if (capital && !(type === 'municipalities' && namesAreasOnly(MUNICIPALITY_LIST, node.value.replace(/\s+/gu, ' '))) && !(fieldBelow && node.note === 'wrapped' && !readsAsSentence(capital.text) && labelAtStart(context.template, capital.text) === null && labelStartedBy(context.template, capital.text) === null)) builder.diagnose('warning', 'value-wrapped', `${node.label}: the value is read as going on over ${node.children.length + 1} lines (${how}), but "${capital.text.slice(0, 40)}" starts with a capital and may be text of its own`, position, path);
  else if (type === 'personName' && secondPersonOrTitle(node) !== undefined) sayPersonOrTitle(context, node, position, path);
  else if (ownValue !== undefined) builder.diagnose('warning', 'value-wrapped', `${node.label}: the value is read as going on over ${node.children.length + 1} lines (${how}), but "${ownValue.text.slice(0, 40)}" reads as a value of its own (a region, a date, an EURA code, a budget): a field whose label is lost may stand there`, position, path);
  else builder.diagnose('info', 'value-wrapped', `${node.label}: the value goes on over ${node.children.length + 1} lines (${how}); read as one`, position, path);
}

/** The last words of an organisation that is no other's unit (vocabulary `organisationWords.independent`, `legalForms`). */
const INDEPENDENT_ORGANISATION_END = lazyRegExp(() => new RegExp(`(?:\\s(?:${n.LEGAL_FORMS})|(?:${vocabulary.organisationWords.independent.map(n.escapeRegExp).join('|')}))\\.?$`, 'iu'));
export function namesIndependentOrganisation(text: string): boolean {
  return /\s/u.test(text.trim()) && INDEPENDENT_ORGANISATION_END.test(text.trim());
}

/**
 * The names of a value naming two organisations or more (null if it names one): each part capitalised and
 * ending as the name of an organisation that is no other's unit (a legal form, a municipality, a federation:
 * vocabulary `organisationWords.independent`), parted by a conjunction, or by commas with a municipality among
 * them (`Mikkelin kaupunki, Mikkelin ammattikorkeakoulu Oy`, `Juvan kunta ja Kasvu Oy`). (An organisation and
 * its unit in either order, `Helsingin kaupunki, Stadin ammattiopisto`, and a former name, `…Oy, ent. …Oy`, are
 * one: a unit's name is no independent one. Parted by a slash, or named in Finnish and Swedish, one
 * organisation's names in two languages. Reviews RVB, RVC of round 80.)
 */
export function organisationsInOneName(name: string): string[] | null {
  const parts = name.split(NAME_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => /^[\p{Lu}\d]/u.test(part) && namesIndependentOrganisation(part))) return null;
  if (!CONJUNCTION_BETWEEN.test(name) && !parts.some((part) => MUNICIPALITY_END.test(part))) return null;
  if (parts.length === 2 && n.isNamedInBothLanguages(parts[0], parts[1])) return null;
  return parts;
}
/** A conjunction between two names (vocabulary `listConjunctions`). */
const CONJUNCTION_BETWEEN = lazyRegExp(() => new RegExp(`\\s(?:${[...vocabulary.listConjunctions, '&'].map(n.escapeRegExp).join('|')})\\s`, 'u'));
/** A municipality's name's last word (vocabulary `areaDescriptionWords.oneOfKind.municipality`: `kunta`, `kaupunki`). */
const MUNICIPALITY_END = lazyRegExp(() => new RegExp(`\\s(?:${vocabulary.areaDescriptionWords.oneOfKind.municipality.map(n.escapeRegExp).join('|')})$`, 'iu'));
/** Between two names in one field: a comma, a semicolon or a conjunction (vocabulary `listConjunctions`; not a slash). */
const NAME_SEPARATOR = lazyRegExp(() => new RegExp(`\\s*[,;]\\s+|\\s+(?:${[...vocabulary.listConjunctions, '&'].map(n.escapeRegExp).join('|')})\\s+`, 'u'));

/** An EURA code of 2014–2020 (`2014/9123/09 02 01 01/2017/KESELY`) or a budget's range (`500000-1000000 €`) alone. */
const EURA_CODE_OR_BUDGET = lazyRegExp(() => /^(?:20\d\d\/\d+\/\S.*|\d[\d\s]*[-–]\s*\d[\d\s]*(?:€|euroa|EUR))$/u);

/** After a comma, a postal code and its post office (`51900 Juva`), or a phone number after its word (vocabulary `phoneAbbreviations`). */
const CONTACT_IN_ENTRY_NAME = lazyRegExp(() => new RegExp(`,\\s*(?:\\d{5}\\s+\\p{Lu}|(?:.*\\s)?\\d{5}\\s+\\p{Lu}[\\p{L}-]+$|(?:${vocabulary.phoneAbbreviations.words.join('|')})\\.?\\s*:?\\s*\\+?\\d[\\d\\s-]{5,}\\d)`, 'iu'));

/** A Y-tunnus inside a name (another organisation's, said so where the entry is read). */
const HOLDS_BUSINESS_ID = lazyRegExp(() => /\d{7}\s*[-\u2010-\u2015\u2212]\s*\d/u);
/** A remark in brackets with a year or a date at a name's end (`(31.12.2016 asti)`, `(2017 alkaen)`). */
const DATED_REMARK_AT_END = lazyRegExp(() => /\((?=[^()]*(?:\b(?:19|20)\d\d\b|\d{1,2}\.\d{1,2}\.))[^()]*\)$/u);

/** Two names, each ending with its legal form, joined by a conjunction (`Kasvu Oy ja Rakenne Oy`: vocabulary `legalForms`, `listConjunctions`). */
const TWO_COMPANIES = lazyRegExp(() => new RegExp(`^\\S.*\\s(${n.LEGAL_FORMS})\\s+(?:${vocabulary.listConjunctions.map(n.escapeRegExp).join('|')}|&)\\s+\\S.*\\s(${n.LEGAL_FORMS})$`, 'iu'));

/** A footnote's text (`1 Luku sisältää …`, `* Arvio`), or an editor's comment mark (`[KM1]`). */
const STRAY_MARK = lazyRegExp(() => /^(?:(?:\d{1,2}|[*†‡])\s+\p{Lu}\p{Ll}|\[[\p{L}\d ]{1,12}\])/u);

/** A photo's credit (`Kuva: Matti Meikäläinen`, `Kuva: Lehtikuva / Matti Björn`). */
const CAPTION_CREDIT = lazyRegExp(() => new RegExp(`^(?:${vocabulary.captionCreditWords.map(n.escapeRegExp).join('|')})\\s*:\\s*\\S.{0,60}$`, 'iu'));

/** A sentence of its own (with its capital and its end), a quotation or a footnote: no value goes on so. */
function readsAsOwnSentence(text: string): boolean {
  return STRAY_MARK.test(text) || (/^\p{Lu}/u.test(text) && /[.!?]$/u.test(text) && readsAsSentence(text)) || isQuotedSentence(text);
}

/** A line below a value that reads as no part of it: furniture by the vocabulary, a footnote, a comment, a mark in capitals, a sentence. */
function readsAsStrayBelowValue(text: string): boolean {
  // (A sentence only with a capital and its end: an official name has many words in lower case too, `Hämeen
  // elinkeino-, liikenne- ja ympäristökeskus`, and a value going on in lower case is its own. Review BA of round 60.)
  return readsAsOwnSentence(text) || isCapitalsMark(text) || isFurnitureText(text);
}

/**
 * Whether a text's line below a value is a value of another kind, written alone: a region's name,
 * a date, an EURA code or a budget's range (a page's facts whose label was lost: `Laukaan kunta` /
 * `Keski-Suomi`). No organisation's unit or address line is written so.
 */
function readsAsValueOfItsOwn(text: string): boolean {
  return regionCode(text) !== null || n.parseFinnishDate(text).problem === undefined || EURA_CODE_OR_BUDGET.test(text);
}

/**
 * Says a draft's placeholder written as a field's value; whether the value is kept: an e-mail
 * address written as the organisation's pattern (`etunimi.sukunimi@kouvola.fi`) is, since published
 * copies write it so, and a value that may as well be real (`XXX-akatemia`); anything else is read
 * as not written.
 */
function keptDraftPlaceholder(context: MapContext, field: CompiledField, node: FieldNode, value: string, position: Position): boolean {
  const { builder } = context;
  const path = field.definition.path;
  // (An address pattern has its at sign, or the text's way of writing it: `etunimi.sukunimi(at)…`; `TBD` is none.)
  const patternAddress = value.includes('@') || (field.definition.type === 'email' && /[([]\s*at?\s*[)\]]/iu.test(value));
  if (patternAddress) {
    builder.diagnose('info', 'placeholder-text', `${node.label} is a draft's placeholder ("${value.slice(0, 60)}"), an address pattern, not the contact's own?: kept as written`, position, path);
    return true;
  }
  // A value that may as well be real (`XXX-akatemia`): kept, and said.
  if (n.isUncertainPlaceholder(value)) {
    builder.diagnose('warning', 'placeholder-text', `${node.label}: "${value.slice(0, 60)}" may be a draft's placeholder; kept as written`, position, path);
    return true;
  }
  builder.diagnose('warning', 'placeholder-text', `${node.label} is a draft's placeholder or a reference to elsewhere ("${value.slice(0, 60)}"), not a value: read as not written`, position, path);
  builder.attempted.set(path, node.position);
  return false;
}

/** An item of a list left as the draft's placeholder (`Kunnat: [kunta], Mikkeli`): kept, said. */
function sayPlaceholderItem(context: MapContext, node: FieldNode, value: string, position: Position, path: string): void {
  const placeholder = value.split(/[,;]/).find((item) => n.isDraftPlaceholder(item.trim()));
  if (placeholder !== undefined) context.builder.diagnose('warning', 'placeholder-text', `${node.label}: "${placeholder.trim()}" is a draft's placeholder or a reference to elsewhere, not a name; kept in the list as written`, position, path);
}

/** `fieldBelow`: the next line is another field's (no text of its own can stand between the two). */
/** Figures whose meaning a remark on their label (or their section's heading) can change: see `figureRemarks` in grammar/vocabulary.json. */
const FIGURE_REMARK_TYPES = new Set(['amount', 'budgetRange', 'indicator']);
/** The unit as the whole of what it is written in (`tuh. euroa`, `1000 €`), not a phrase about amounts (`1 000 euron tarkkuudella`). */
const thousandsOrMillions = lazyRegExp(() => new RegExp(`^(?:${vocabulary.figureRemarks.thousandsOrMillions})(?:\\s+(?:of\\s+)?(?:€|e|eur|euro\\p{L}*))?\\.?$`, 'iu'));

/**
 * A heading parted at what it says after its last comma, or in brackets at its end (`…, tuhatta
 * euroa`, `… (1000 €)`): the tail, where it gives a unit, and the words before it.
 */
function headingParts(heading: string): { head: string; tail: string } {
  const bracket = /\(([^()]{1,40})\)\s*$/u.exec(heading);
  if (bracket !== null) return { head: heading.slice(0, bracket.index), tail: bracket[1].trim() };
  const comma = heading.lastIndexOf(',');
  return comma === -1 ? { head: heading, tail: '' } : { head: heading.slice(0, comma), tail: heading.slice(comma + 1).trim() };
}
const headingTail = (heading: string) => headingParts(heading).tail;
const womenRemark = lazyRegExp(() => new RegExp(vocabulary.figureRemarks.women, 'iu'));
const otherCurrency = lazyRegExp(() => new RegExp(vocabulary.figureRemarks.otherCurrency, 'iu'));
const otherMeasureRemark = lazyRegExp(() => new RegExp(vocabulary.figureRemarks.otherMeasure, 'iu'));
/** A remark that says the figure is the whole or the field's own share (vocabulary `figureRemarks.notOtherMeasure`). */
const wholeRemark = lazyRegExp(() => new RegExp(vocabulary.figureRemarks.notOtherMeasure, 'iu'));

/**
 * A figure whose label says in brackets (`Myönnetty EU- ja valtion rahoitus (1000 €):`,
 * `Suunniteltu (naiset):`), or whose section's heading says (`…, tuhatta euroa`), that it is not
 * what the field holds: an amount in thousands or millions is not read as euros (null, a warning,
 * as `412 t€` is not); a figure of women is read as the indicator's women, with no total (a
 * warning); a remark that makes it another measure (`(vuodessa)`) keeps the figure, with a warning.
 * True when the field was so handled (nothing more to do).
 */
function figureUnderRemark(context: MapContext, field: CompiledField, node: FieldNode, value: string, position: Position, headingText: string | null): boolean {
  const { builder } = context;
  const { definition } = field;
  const path = definition.path;
  // (A label the definition writes so, remark and all, is the field's own.)
  const asDefined = definition.labels.some((label) => normaliseKey(label) === normaliseKey(node.label));
  const remark = asDefined ? null : labelRemark(node.label);
  if (definition.type !== 'indicator') {
    const remarkUnit = remark !== null && thousandsOrMillions.test(remark);
    const headingUnit = !remarkUnit && headingText !== null && thousandsOrMillions.test(headingTail(headingText)) && !field.section.definition.headings.some((heading) => thousandsOrMillions.test(headingTail(heading)));
    // (Not where the definition's own label gives the unit: a layout of figures in thousands.)
    if ((remarkUnit || headingUnit) && !definition.labels.some((label) => thousandsOrMillions.test(labelRemark(label) ?? ''))) {
      const said = remarkUnit ? `its label says "(${remark})"` : `the heading above it says "${headingText}"`;
      builder.diagnose('warning', 'invalid-number', `${node.label}: "${value.slice(0, 40)}" is in thousands or millions of euros (${said}), not in euros: not read`, position, path);
      builder.unreadable.add(path);
      return true;
    }
    // In another currency (`(mk)`, `…, markkaa`): not euros, and not converted.
    const remarkCurrency = remark !== null && otherCurrency.test(remark.trim());
    const headingCurrency = !remarkCurrency && headingText !== null && otherCurrency.test(headingTail(headingText));
    if (remarkCurrency || headingCurrency) {
      const said = remarkCurrency ? `its label says "(${remark})"` : `the heading above it says "${headingText}"`;
      builder.diagnose('warning', 'invalid-number', `${node.label}: "${value.slice(0, 40)}" is in another currency than euros (${said}): not read`, position, path);
      builder.unreadable.add(path);
      return true;
    }
  }
  if (remark === null) return false;
  if (definition.type === 'indicator' && womenRemark.test(remark)) {
    const count = n.parseIndicator(value);
    // (A value with its own women clause, `80, joista naisia 35`, says what the remark meant: read as written.)
    if (!count.problem && count.value.women !== null) return false;
    if (!count.problem && count.value.total !== null) {
      builder.set(path, { total: null, women: count.value.total }, position);
      builder.diagnose('warning', 'invalid-number', `${node.label}: its label says "(${remark})": "${value.slice(0, 40)}" counts women, not everyone; read as the women, no total`, position, path);
    } else {
      builder.diagnose('warning', 'invalid-number', `${node.label}: its label says "(${remark})", but "${value.slice(0, 40)}" is not one count of women: not read`, position, path);
    }
    builder.unreadable.add(path);
    return true;
  }
  if (otherMeasureRemark.test(remark) && !wholeRemark.test(remark)) builder.diagnose('warning', 'invalid-value', `${node.label}: its label says "(${remark})": the figure may be another measure than the field's (a rate per year, one year or phase, another group or unit, a share, a part or a change); read as written`, position, path);
  return false;
}

/** A letter, `=` and a word going on in lower case (`a= nd`). */
const SOFT_BREAK_LEFT = lazyRegExp(() => /\p{L}= \p{Ll}/u);

/**
 * Where the Y-tunnus (its last run of seven digits and a check digit) stands on an entry's line, when
 * the entry is the whole line as written (its text as long as its place); undefined otherwise.
 */
function idPlaceOnLine(entry: { text: string; position: Position }): Position | undefined {
  const { start, end } = entry.position;
  if (start.line !== end.line || end.column - start.column !== entry.text.length) return undefined;
  let found: RegExpExecArray | null = null;
  for (const match of entry.text.matchAll(BUSINESS_ID_AS_WRITTEN)) found = match;
  if (found === null) return undefined;
  const point = (offset: number) => ({ line: start.line, column: start.column + offset, offset: start.offset + offset });
  return { start: point(found.index), end: point(found.index + found[0].length) };
}
const BUSINESS_ID_AS_WRITTEN = lazyRegExp(() => /\d{7}\s*[-\u2010-\u2015\u2212]?\s*\d(?!\d)/gu);

/**
 * Where each item of a list read from one line stands on it, for diagnostics about one item (an
 * unknown municipality): each found in the value as written, a whole word or words, in order; an
 * item not found so (written otherwise, `Koski Tl` of `Koski, Tl`) has the list's place.
 */
function setItemPositions(builder: MapContext['builder'], path: string, items: unknown[], written: string, position: Position): void {
  let from = 0;
  const pointer = `/${path.split('.').join('/')}`;
  const point = (offset: number) => ({ line: position.start.line, column: position.start.column + offset, offset: position.start.offset + offset });
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string' || item === '') continue;
    let at = written.indexOf(item, from);
    while (at !== -1 && (/\p{L}/u.test(written.charAt(at - 1)) || /\p{L}/u.test(written.charAt(at + item.length)))) at = written.indexOf(item, at + 1);
    if (at === -1) continue;
    builder.sources.setPart(`${pointer}/${i}`, { start: point(at), end: point(at + item.length) });
    from = at + item.length;
  }
}

/** A list item's number or letter in a bracket: `1) `, `12) `, `a) `, `(b) `. */
const ENUMERATOR_BRACKET = lazyRegExp(() => /^\(?(?:\d{1,2}|[a-zåäö])\) +/u);

/** An official's remark's first word (vocabulary `officialRemarks`), not followed by a letter. */
const OFFICIAL_REMARK = lazyRegExp(() => new RegExp(`(?:${vocabulary.officialRemarks.words.map(n.escapeRegExp).join('|')})(?![\\p{L}])`, 'gu'));
/** The last characters a footnote's mark ends with. */
const FOOTNOTE_LAST = lazyRegExp(() => /[*)¹²³⁴⁵⁶⁷⁸⁹]/u);
/** A cell of a list's number or marker alone (`1.`, `2)`, `-`, `•`). */
const ROW_MARKER_CELL = lazyRegExp(() => /^(?:\d{1,3}[.)]?|[-–•*·])$/u);
/** The marks a scan's OCR reads from a speck or a page's edge: `'`, `~`, `»`, `|`, `¦`, and `;` (a colon read twice, `:;`) at a start. */
const STRAY_MARKS = new Set([39, 126, 0xbb, 124, 0xa6, 59]);
/** A quotation mark or a stray mark: one at each end of a value is a quote, or a pair, not a speck. */
const QUOTE_OR_MARK = lazyRegExp(() => /['"«»‘’“”„~|¦]/u);
const STRAY_MARK_AROUND = lazyRegExp(() => /^(?:(?<before>[;'~»|¦])\s+(?<value>\S.*?)|(?<value2>\S.*?)\s+(?<after>['~»|¦]))$/su);

/** Where an official's remark's word stands in a value as a whole word (`… HUOM! nimi muuttunut`), else null. */
function officialRemarkIn(value: string): { index: number } | null {
  OFFICIAL_REMARK.lastIndex = 0;
  for (let found = OFFICIAL_REMARK.exec(value); found !== null; found = OFFICIAL_REMARK.exec(value)) {
    if (found.index === 0 || !/\p{L}/u.test(value.charAt(found.index - 1))) return { index: found.index };
  }
  return null;
}

/** A value wholly between a Markdown emphasis's marks (`**…**`, `__…__`, `*…*`, `_…_`). */
const WHOLE_EMPHASIS = lazyRegExp(() => /^(\*\*?|__?)(\S(?:.*\S)?)\1$/su);

/**
 * A list's item naming an organisation without its Y-tunnus right below a block of entries, in a copy
 * without blank lines (`- Universität Graz`, a foreign partner last, or the only ones): an entry, or a
 * line of what follows the block — which, the lines do not tell. Not taken as an entry, said. (Only an
 * item of names: capitalised words, short ones, organisation words; not `- Kunta järjestää …`.)
 */
function sayEntryLikeBelow(context: MapContext, node: FieldNode, entryLines: { text: string }[], path: string): void {
  const below = lineRightBelow(context.document, node.position.end.line);
  const item = below === null ? null : listItemName(below);
  if (item === null || !looksLikeName(item) || readsAsSentence(item) || !item.split(/\s+/u).every((word) => /^[\p{Lu}\d]/u.test(word) || word.length <= 3 || n.hasOrganisationWord(word))) return;
  context.builder.diagnose('warning', 'ambiguous-label', `${node.label}: "${below!.slice(0, 60)}" below the ${entryLines.length === 0 ? "block's heading" : 'last entry'} names an organisation without its Y-tunnus: an entry of this list (a foreign partner?) or a line of what follows the block; not read as an entry`, node.position, path);
}

/**
 * The later section of the layout whose heading a value below its label reads as, where that section may
 * stand next (up to the first later section the copy has under its heading): led by the section's own
 * number written any way (`7`, `7.`, `7,`, `7 -`) and starting with its heading's first two words; led by
 * another number and going on past them; or, without a number, its whole heading of three words or more
 * and more words.
 */
function laterHeadingBelow(context: MapContext, field: CompiledField, value: string): CompiledSection | null {
  const numbered = LED_BY_NUMBER.exec(value);
  const number = numbered === null ? null : numbered[1].replace(',', '.');
  const words = normaliseKey(numbered === null ? value : numbered[2]);
  const reach = nextHeadedSection(context, field.section.index);
  return context.template.sections.find((section) => section.index > field.section.index && section.index <= reach && [...section.headingKeys].some((key) => {
    const heading = key.split(' ');
    if (key.length < 8 || heading.length < 2) return false;
    const lead = heading.slice(0, 2).join(' ');
    if (number !== null) return section.definition.number === number ? words === lead || words.startsWith(`${lead} `) : words.startsWith(`${lead} `);
    return heading.length >= 3 && (words === key || words.startsWith(`${key} `));
  })) ?? null;
}
/** A label with its colon led by a list's number or marker (`11. Hankkeen aikana:`), a note in brackets before its colon or not (`1. Hankkeen aikana (2017–2019):`, as an unmarked label is read). */
const MARKED_LABEL = lazyRegExp(() => /^(?:\d{1,2}[.)]|[-–•*])\s*(\p{Lu}[^:()]{2,40}?)(?:\s*\([^()]{1,40}\))?\s*:$/u);
const LED_BY_NUMBER = lazyRegExp(() => /^(\d{1,2}(?:[.,]\d{1,2})?)[.,)]?\s*(?:[-–—]\s+)?(\p{Lu}.*)$/u);

const headedSections = new WeakMap<DocumentNode, number[]>();
/** The template index of the first section after `index` that the copy has under its heading (the layout's end if none). */
function nextHeadedSection(context: MapContext, index: number): number {
  let indices = headedSections.get(context.document);
  if (indices === undefined) {
    indices = [];
    const pending: DocumentNode['children'][] = [context.document.children];
    while (pending.length > 0) {
      for (const child of pending.pop()!) {
        if (child.type !== 'section') continue;
        const section = child.id === null ? undefined : context.template.sectionById.get(child.id);
        if (section !== undefined && child.heading !== null) indices.push(section.index);
        pending.push(child.children as DocumentNode['children']);
      }
    }
    headedSections.set(context.document, indices);
  }
  let next = context.template.sections.length;
  for (const at of indices) if (at > index && at < next) next = at;
  return next;
}

function writeField(context: MapContext, field: CompiledField, node: FieldNode, headed = true, fieldBelow = false, headingText: string | null = null): void {
  const { builder } = context;
  const { definition } = field;
  const position = node.valuePosition ?? node.position;
  const path = definition.path;
  // A layout that gives one record path two fields (alternative places of one value): the first written is kept.
  const writes = (node.value !== '' && !n.isPlaceholder(node.value) && !n.isEmptyMarker(node.value)) || node.children.length > 0;
  const first = context.fieldPaths.get(path);
  if (first !== undefined && writes) {
    builder.keep(field.section.definition.id, node.label, fieldText(node), node.position);
    builder.diagnose('warning', 'duplicate-field', `"${node.label}" writes ${path}, which "${first}" above has written; the first value is kept, this one is in unmapped`, node.position, path);
    return;
  }
  if (writes) context.fieldPaths.set(path, node.label);
  // A label retyped (`Ytunnus`, `Hankkeen nimi (suomeksi)`, `1) Hankekoodi`), read as the layout's (src/read/classify.ts).
  if (node.key !== normaliseKey(node.label)) {
    const asDefined = definition.labels.find((label) => normaliseKey(label) === node.key) ?? definition.labels[0];
    builder.diagnose('info', 'normalised-value', `"${node.label}" read as the label "${asDefined}"`, node.position, path);
  }
  // (A text below its answer whose last line is the start of a later label where the text is cut,
  // `…: Kyllä` / `… miehiä.` / `Sukupuolinäkökulma`: that line is no part of it.)
  // (So is a list's, `Ennen hanketta:` / `Kesken.` / `Hankkeen`. Audit JC of round 73.)
  const below = node.block && (definition.type === 'yesNoText' || definition.type === 'lines') ? withoutCutLabelLine(context, field.section.definition.id, field.section, node.children.slice(node.valueLines), true) : node.children.slice(node.valueLines);
  const lines = node.block ? withoutStampLines(context, field.section, below).map((c) => withoutLinkNumber(c.text)) : [];
  // (A block's lines are its items, not the value's: only an inline value's last line can end it so.)
  // (Not where the cut line was a label's start, left out above.)
  const cutLabelLeftOut = node.block && below.length < node.children.length - node.valueLines;
  const onCut = context.cutLine !== null && node.position.end.line === context.cutLine && !cutLabelLeftOut;
  const written = onCut ? withoutLinkNumber(node.value) : withHyphenatedEnd(withoutLinkNumber(node.value), node.block || node.children.length === 0 ? '' : node.children[node.children.length - 1].text);
  // The label's colon written twice (`Hankkeen nimi:: Kotona Suomessa`): no part of the value.
  const doubledColon = written.charCodeAt(0) === 58 ? /^(?::\s+)+|^:+$/u.exec(written) : null;
  const unemphasised = doubledColon === null ? written : written.slice(doubledColon[0].length);
  if (doubledColon !== null) builder.diagnose('info', 'normalised-value', `${node.label}: the colon after the label is written twice; the value read without the second`, position, path);
  // A value in a Markdown converter's emphasis (`**Ovet auki**`, `_Savon säätiö_`): the marks are no part of it.
  const emphasis = unemphasised.length > 2 && (unemphasised.charCodeAt(0) === 42 || unemphasised.charCodeAt(0) === 95) ? WHOLE_EMPHASIS.exec(unemphasised) : null;
  const emphasised = emphasis === null || emphasis[2].includes(emphasis[1][0]) ? unemphasised : emphasis[2];
  if (emphasised !== unemphasised) builder.diagnose('info', 'normalised-value', `${node.label}: "${unemphasised.slice(0, 60)}" is written in Markdown emphasis (${emphasis![1]}…${emphasis![1]}); read without the marks`, position, path);
  // Words struck through in Markdown (`~~Kasvu Oy~~ Kehitys Oy`, an edit's old value): no part of the
  // value, which is read without them, said (the line keeps them).
  const unstruck = n.withoutStruckWords(emphasised);
  let value = unstruck === null ? emphasised : unstruck.text;
  if (unstruck !== null) {
    builder.diagnose('warning', 'invalid-value', value === '' ? `${node.label}: "${emphasised.slice(0, 60)}" is struck through (Markdown ~~…~~) as a whole: read as no value` : `${node.label}: "${emphasised.slice(0, 60)}" has ${unstruck.struck} struck through (Markdown ~~…~~, an edit's old value?); read as "${value.slice(0, 60)}"`, position, path);
  }
  // A footnote's mark at the value's end (`Järvikehitys Oy*`, `Ei¹`, `014 555 1234 *)`): no part of the
  // value, which is read without it, said (the footnote, wherever it stands, is not read).
  // (The pattern's look-behind is tried only where the last character may be such a mark.)
  const footnote = value.length > 1 && FOOTNOTE_LAST.test(value.charAt(value.length - 1)) ? n.FOOTNOTE_MARK_AT_END.exec(value) : null;
  if (footnote !== null) {
    builder.diagnose('warning', 'invalid-value', `${node.label}: "${value.slice(0, 60)}" ends with a footnote's mark ("${footnote[0].trim()}"); read without it, the footnote not read`, position, path);
    value = value.slice(0, footnote.index);
  }
  // A scan's stray mark at the value's start or end, a space between (`Tunturisäätiö sr '`, `; Työpolku
  // Pohjoiseen`, `040 731 5520 ~`: an OCR's reading of a speck or of the colon read twice): no part of
  // the value, which is read without it, said.
  // (Not a mark at both ends, `« Nimi »`, `' Nimi '`: a quote of the value, kept as written — review R4.)
  const stray = value.length > 2 && (STRAY_MARKS.has(value.charCodeAt(0)) || STRAY_MARKS.has(value.charCodeAt(value.length - 1))) && !(QUOTE_OR_MARK.test(value.charAt(0)) && QUOTE_OR_MARK.test(value.charAt(value.length - 1))) ? STRAY_MARK_AROUND.exec(value) : null;
  if (stray !== null) {
    builder.diagnose('warning', 'invalid-value', `${node.label}: "${value.slice(0, 60)}" has a stray mark at its ${stray.groups!.before !== undefined ? 'start' : 'end'} ("${(stray.groups!.before ?? stray.groups!.after)!}", a scan's speck?); read without it`, position, path);
    value = (stray.groups!.value ?? stray.groups!.value2)!;
  }
  // An official's remark inside the value (`Järvikehitys Oy HUOM! nimi muuttunut`): kept as written, said.
  const remarkAt = value.length > 0 ? officialRemarkIn(value) : null;
  if (remarkAt !== null && remarkAt.index > 0) builder.diagnose('warning', 'invalid-value', `${node.label}: "${value.slice(0, 80)}" holds a remark ("${value.slice(remarkAt.index).trim().slice(0, 40)}"); kept as written`, position, path);
  // A word broken by an e-mail's soft line break that the decoding did not join (its lines re-wrapped:
  // `… health a=` / `nd social …`, read as `a= nd`): kept as written, said.
  if (value.includes('= ') && SOFT_BREAK_LEFT.test(value)) builder.diagnose('warning', 'invalid-value', `${node.label}: "${value.slice(0, 80)}" holds a word broken by "=" (an e-mail's soft line break?); kept as written`, position, path);
  const hasContent = value.length > 0 || lines.length > 0;
  if (node.note === 'below') {
    let laterHeading: CompiledSection | null = null;
    // A value that reads like a label of its own (`Työ: uusi alku` below `Hankkeen nimi:`): read, and said.
    // (Not an axis or an objective written with the words that lead its number, `TL 2: …`: the value's own form.)
    const prefixed = n.startsWithNumberedPrefix(definition.type, value);
    const labelLike = prefixed ? null : /^(?![\d.]+:)[^:\s][^:]{0,40}:\s/u.exec(value);
    if (PRINT_STAMP.test(value) && !WEB_ADDRESS_TYPES.has(definition.type)) builder.diagnose('warning', 'value-below-label', `${node.label}: "${value.slice(0, 60)}" on the line below is read as the value, but it may be a printed copy's header or footer (a date and time of printing, a web address)`, position, path);
    else if (labelLike !== null) builder.diagnose('warning', 'value-below-label', `${node.label}: "${value.slice(0, 60)}" on the line below is read as the value, though it reads like a label of its own ("${labelLike[0].slice(0, -2)}")`, position, path);
    // (A header is a name or a title: not an e-mail address, a number or one of the field's set values.)
    else if (node.pastPageBreak && HEADER_LIKE_TYPES.has(definition.type) && !(definition.values ?? []).includes(value)) builder.diagnose('warning', 'value-below-label', `${node.label}: "${value.slice(0, 60)}" is read as the value, below the empty label past a printed page's break, but it may be the next page's running header`, position, path);
    // (Right above a printed page's count, a value with a year's or a form's figures or a bar between its parts may be
    // the page's footer, `ESR-HK 2014 v2.1` / `Sivu 6 (7)`, as well as the value. Audit AS of round 60, round 64.)
    // (A footnote led by its figure, or a tracked change's note, is no value of a field's kind: `Postitoimipaikka:` / `1 Luku sisältää myös osa-aikaiset.`.)
    // (Nor is a quoted sentence of its own, a web page's pull quote, a field's value below its label as
    // likely as a pull quote standing there: `Jakeluosoite:` / `”Tärkeintä oli, että joku vihdoin kuunteli.”`.)
    else if (isQuotedSentence(value)) builder.diagnose('warning', 'value-below-label', `${node.label}: "${value.slice(0, 60)}" on the line below is read as the value, but it is a quoted sentence of its own (a web page's pull quote?)`, position, path);
    else if (BELOW_NOT_VALUE.has(printedNoteShape(value) ?? '')) builder.diagnose('warning', 'value-below-label', `${node.label}: "${value.slice(0, 60)}" on the line below is read as the value, but it reads as a ${printedNoteShape(value) === 'footnote' ? 'footnote led by its figure' : "tracked change's note"} a print or an office program writes between a text's lines`, position, path);
    else if (node.abovePageCount && HEADER_LIKE_TYPES.has(definition.type) && FOOTER_SIGNS.test(value) && !(definition.values ?? []).includes(value)) builder.diagnose('warning', 'value-below-label', `${node.label}: "${value.slice(0, 60)}" is read as the value, below the empty label and right above a printed page's count, but it may be the page's footer`, position, path);
    // (Nor is a later section's heading written otherwise, its number and its words with more, `7 Hakemusvaiheessa
    // ilmoitettavat arviot … ja seuranta` below the empty `Postitoimipaikka:`. Audit JB of round 73.)
    else if ((laterHeading = laterHeadingBelow(context, field, value)) !== null) builder.diagnose('warning', 'value-below-label', `${node.label}: "${value.slice(0, 60)}" on the line below is read as the value, but it reads as the heading of ${sectionName(laterHeading)} written otherwise (the label left empty?)`, position, path);
    else builder.diagnose('info', 'value-below-label', `${node.label}: the value stands on the line below the label`, position, path);
  }
  // An axis or an objective starts with its number or a capital: one that starts in lower case on its
  // label's line lost its start above the label (a table whose cells are centred, w3m's, html2text's).
  if (node.note !== 'below' && NUMBERED_VALUE_TYPES.has(definition.type) && /^\p{Ll}/u.test(value) && !n.isDraftPlaceholder(value)) builder.diagnose('warning', 'value-wrapped', `${node.label}: "${value.slice(0, 40)}" starts in lower case; its first words may stand above the label (a table whose cells are centred) and are not read`, position, path);
  const handWrapped = node.handWrappedLine === undefined ? undefined : node.children.find((child) => child.position.start.line === node.handWrappedLine);
  if (handWrapped) builder.diagnose('info', 'value-wrapped', `${node.label}: "${handWrapped.text.slice(0, 40)}" on the line below, in lower case between this field and the next, is read as the value's wrapped end (the copy's width does not show a wrap there: wrapped by hand)`, handWrapped.position, path);
  const stamp = node.pageStampLine === undefined ? undefined : node.children.find((child) => child.position.start.line === node.pageStampLine);
  if (stamp) builder.diagnose('warning', 'value-wrapped', `${node.label}: "${stamp.text.slice(0, 40)}" on the line below is read as the end of the value, but may be a printed copy's page number, header or footer`, stamp.position, path);
  // Whether the hyphen was the copy's hyphenation or the address's own, the line does not tell.
  if (node.hyphenBreak?.kind === 'address') builder.diagnose('warning', 'value-wrapped', `${node.label}: the address is broken at a hyphen at the line's end; read as "${value}" (the hyphen a printed copy's hyphenation), but it may be "${node.hyphenBreak.other}" (the address's own hyphen)`, node.hyphenBreak.position, path);
  if (node.hyphenBreak?.kind === 'addressKept') builder.diagnose('warning', 'value-wrapped', `${node.label}: the address is broken at a hyphen at the line's end between the same vowels; read as "${value}" (the address's own hyphen, as a compound's same vowels are written), but it may be "${node.hyphenBreak.other}" (a printed copy's hyphenation)`, node.hyphenBreak.position, path);
  if (node.hyphenBreak?.kind === 'capitals') builder.diagnose('warning', 'value-wrapped', `${node.label}: a word in capitals is broken at a hyphen at the line's end; read as "${value}" (the word's own hyphen), but it may be "${node.hyphenBreak.other}" (a printed copy's hyphenation)`, node.hyphenBreak.position, path);
  if ((node.note === 'wrapped' || node.note === 'joined') && !node.block) sayWrapped(context, node, position, path, fieldBelow, definition.type);
  // A value below its label that goes on over the next lines (`Vastuuhenkilön nimi:` / `Jarno
  // Karjalainen` / `Pekka Virtanen`): noted; a warning where a line starts with a label of the layout.
  if (node.note === 'below' && !node.block && field.form === 'inline' && node.children.length > 1) {
    const labelled = node.children.slice(1).find((child) => labelAtStart(context.template, child.text) !== null);
    // (A count's or a sum's figures alone on a line, more figures below, `Suunniteltu:` / `3` / `555, joista
    // naisia 275`, `Suunniteltu julkinen rahoitus yhteensä:` / `3` / `694 522`: read as one number, but the
    // figure alone may be a print's page number. Audit AS of round 60; review BE of round 62.)
    const figuresAt = definition.type === 'indicator' || definition.type === 'amount' ? node.children.findIndex((child, i) => i + 1 < node.children.length && LONE_NUMBER.test(child.text) && /^\d{3}(?!\d)/u.test(node.children[i + 1].text)) : -1;
    if (labelled) builder.diagnose('warning', 'value-wrapped', `${node.label}: the value below the label is read as going on over ${node.children.length} lines, but "${labelled.text.slice(0, 40)}" starts with a label of the layout and may be that field, written without its colon`, position, path);
    else if (definition.type === 'personName' && secondPersonOrTitle(node) !== undefined) sayPersonOrTitle(context, node, position, path);
    else if (figuresAt !== -1) {
      const alone = node.children[figuresAt].text;
      const next = node.children[figuresAt + 1].text;
      builder.diagnose('warning', 'value-wrapped', `${node.label}: the figures go on on the next line ("${alone}" / "${next.length > 40 ? `${next.slice(0, 40)}…` : next}"), read as one number; "${alone}" alone on its line may be a printed copy's page number, and then the number is the figures below it`, position, path);
    }
    // (A line of them that reads as no value's part: a print's, a page's or an editor's line between label and value.)
    else if (node.children.some((child) => readsAsStrayBelowValue(child.text))) builder.diagnose('warning', 'value-wrapped', `${node.label}: the value below the label is read as going on over ${node.children.length} lines, but a line of them reads as no part of a value (a page's or a mail's furniture, a footnote, a mark in capitals, a sentence or a quotation of its own): it may stand there from a print, a page or an edit`, position, path);
    else builder.diagnose('info', 'value-wrapped', `${node.label}: the value below the label goes on over ${node.children.length} lines; read as one`, position, path);
  }
  if (!hasContent) {
    const below = definition.values !== undefined && field.form !== 'block' ? lineRightBelow(context.document, node.position.end.line) : null;
    // A line right below the empty label that is none of the field's set values was read as the next
    // section's text (`Hankkeen tausta ja tarve`, a flattened copy's summary): said, in case it is a
    // value written otherwise (`Only one applicant`).
    if (below !== null && below.length <= SHORT_LINE_BELOW && !mayBeSetValue(definition.values!, below)) builder.diagnose('info', 'empty-value', `${node.label} has no value; "${below}" on the line below is none of its values (${definition.values!.map((v) => `"${v}"`).join(', ')}) and is read as the next section's text`, node.position, path);
    else if (field.form !== 'block') builder.diagnose('info', 'empty-value', `${node.label} has no value`, node.position, path);
    if (field.form === 'block' && definition.type === 'organisations') sayEntryLikeBelow(context, node, [], path);
    builder.attempted.set(path, node.position);
    if (field.form === 'block') builder.set(path, [], node.position);
    return;
  }
  // (On the cut line, `*` is what is left of a value in bold, `**Kunnat:** …`: said as cut below.)
  if (value && lines.length === 0 && definition.type !== 'yesNoText' && n.isEmptyMarker(value) && !(context.cutLine !== null && node.position.end.line === context.cutLine && value.charCodeAt(0) === 42)) {
    builder.diagnose('info', 'empty-value', `${node.label} is "${value}": read as no value`, position, path);
    builder.attempted.set(path, node.position);
    return;
  }
  // (On the line where the text is cut, what is left of a value, `0` or `+`, is said as cut below, not as a placeholder.)
  // (A list whose whole value is one, `Kunnat: TBD`, too: its items are tried one by one below.)
  const draftChecked = value && lines.length === 0 && (PLACEHOLDER_TYPES.has(definition.type) || (LIST_TYPES.has(definition.type) && n.isDraftPlaceholder(value) && !n.isUncertainPlaceholder(value))) && (context.cutLine === null || node.position.end.line !== context.cutLine);
  // A draft's form that echoes its label as the value (`Hakijan virallinen nimi: Hakijan virallinen nimi`).
  if (draftChecked && isOwnLabel(definition, value)) {
    builder.diagnose('warning', 'placeholder-text', `${node.label}: the value is the field's own label ("${value.slice(0, 60)}"), a draft's placeholder, not a value: read as not written`, position, path);
    builder.attempted.set(path, node.position);
    return;
  }
  if (draftChecked && n.isDraftPlaceholder(value) && !keptDraftPlaceholder(context, field, node, value, position)) return;
  if (value && n.isPlaceholder(value) && lines.length === 0) {
    builder.diagnose('info', 'placeholder-text', `${node.label} is a placeholder ("${value}"), read as not written yet`, position, path);
    builder.attempted.set(path, node.position);
    return;
  }
  const onMayBeCutLine = context.mayBeCutLine != null && node.position.end.line === context.mayBeCutLine && (context.mayBeCutEnd == null || node.position.end.offset >= context.mayBeCutEnd);
  // On the line where the text stops, a date whose year has two digits (`päättyy 28.2.20`) is a year
  // of four cut short: the register writes years whole. Read as on a line cut for certain.
  // (A period whose start is written with two digits too, `Alkaa 1.6.17 ja päättyy 30.6.20`, writes its
  // years so: its end is whole as written.)
  const onCutLine = (context.cutLine !== null && (node.position.end.line === context.cutLine || node.position.end.line === context.cutAboveFurniture) && !cutLabelLeftOut) || (onMayBeCutLine && DATE_TYPES.has(definition.type) && ENDS_ON_TWO_DIGIT_YEAR.test(value) && (definition.type === 'date' || FOUR_DIGIT_YEAR_DATE.test(value)));
  // (A Y-tunnus whose check digit is right, a date with its year, is whole: a cut cannot have taken anything of it.)
  const wholeWhenCut = onCutLine && wholeOnCutLine(definition.type, value);
  if (onCutLine && untrustedWhenCut.has(definition.type) && !wholeWhenCut) {
    builder.diagnose('warning', 'value-cut-off', `${node.label}: "${value}" stands on the line where the text is cut off; not read, since it may be incomplete`, position, path);
    builder.unreadable.add(path);
    return;
  }
  if (onMayBeCutLine && !onCutLine) {
    // (A block's list, `Osatoteuttajat` and its entries, where the text stops: more entries may have followed.)
    const list = field.form === 'block' && value === '';
    const before = context.mayBeCutAfterSummary === true ? 'before later sections the copy lacks' : 'before its summary';
    builder.diagnose('warning', 'value-cut-off', list ? `${node.label}: the list stops where the text stops, ${before}; read as written, it may be incomplete (entries may have followed)` : `${node.label}: "${value.slice(0, 60)}" stands on the line where the text stops, ${before}; read as written, it may be incomplete`, position, path);
  }
  // (A block's entries are said one by one where they are mapped: not its heading's empty value too.)
  // (A yes/no answer with its text below it is whole on its own line: the cut, in the text, is said at the text's line.)
  const answerAbove = definition.type === 'yesNoText' && position.end.line < context.cutLine!;
  if (onCutLine && definition.type !== 'period' && !wholeWhenCut && !(field.form === 'block' && value === '') && !answerAbove) {
    // A list of names has its codes derived beside it (targetArea.municipalityCodes): the warning is about both.
    const about = definition.type === 'list' || definition.type === 'municipalities' ? path.slice(0, path.lastIndexOf('.')) || path : path;
    builder.diagnose('warning', 'value-cut-off', `${node.label}: "${value}" stands on the line where the text is cut off; kept as written, it (and what is derived from it) may be incomplete`, position, about);
  }
  if (onCutLine && definition.type === 'period' && !wholeWhenCut) {
    const start = /(\d{1,2}\.\d{1,2}\.\d{4})/.exec(value);
    const from = start ? n.parseFinnishDate(start[1]) : null;
    builder.diagnose('warning', 'value-cut-off', `${node.label}: "${value}" stands on the line where the text is cut off; ${from && !from.problem ? 'only the start is read' : 'not read'}`, position, path);
    if (from && !from.problem) builder.set(path, { start: from.value, end: null }, position);
    builder.unreadable.add(path);
    return;
  }
  // A block's heading and its entries inside a value read from wrapped lines (`…: Tuen siirto Tuen` /
  // `siirronsaajat Pohjolan Kylät ry, 3909926-3 …`): the reader splits it off on one line only; said here.
  const blockInside = !node.block && node.children.length > 0 && n.HAS_BUSINESS_ID.test(value) ? blockHeadingInValue(field.section.fields.filter((other) => other.form === 'block' && other.definition.type === 'organisations'), value) : null;
  if (blockInside !== null) {
    builder.diagnose('warning', 'glued-fields', `${node.label}: "${value.slice(0, 60)}…" holds "${blockInside.label}", a block's heading, with entries after it: the block run into the value over its wrapped lines; read as written`, position, path);
    builder.diagnose('warning', 'glued-fields', `"${blockInside.label}": its entries stand in the value of "${node.label}" (run into it over its wrapped lines): not read as the block's list`, position, blockInside.field.definition.path);
  }
  const glued = definition.values !== undefined && lines.length === 0 ? textAfterSetValue(value, definition.values) : null;
  if (glued !== null) {
    // `Vain yksi hakija Hankkeessa tuetaan …`: the set value, and a sentence that lost its line break.
    const at = { line: position.start.line, column: position.start.column + glued.from, offset: position.start.offset + glued.from };
    const restPosition = { start: at, end: position.end };
    builder.keep(field.section.definition.id, null, value.slice(glued.from), restPosition);
    builder.diagnose('warning', 'unmapped-text', `${node.label}: "${glued.value}" is the value; the text after it on the line ("${value.slice(glued.from, glued.from + 40)}…") is not, and is kept in unmapped`, restPosition, path);
    builder.set(path, glued.value, { start: position.start, end: { ...position.start, column: position.start.column + glued.value.length, offset: position.start.offset + glued.value.length } });
    return;
  }
  // A sentence in a field the register fills with set values (`Hakijoiden lukumäärä …: Suomen
  // yrityskanta on …`, a flattened copy's summary glued onto the empty label): no value of it.
  if (definition.values !== undefined && lines.length === 0 && !mayBeSetValue(definition.values, value) && isGluedSentence(value)) {
    builder.keep(field.section.definition.id, node.label, value, position);
    builder.diagnose('warning', 'unmapped-text', `${node.label}: "${value.slice(0, 50)}…" is none of its values (${definition.values.map((v) => `"${v}"`).join(', ')}) but a sentence: the next text glued onto the empty label? Kept in unmapped`, position, path);
    return;
  }
  if (LIST_TYPES.has(definition.type) && n.mayHoldDraftPlaceholder(value)) sayPlaceholderItem(context, node, value, position, path);
  // The section was placed by its heading, or without one by the order of its shared labels: the
  // clause may say otherwise (figures pasted under another heading, or a section pasted twice).
  if (definition.clauseWords !== undefined) sayOtherClause(context, field, node, value, position, headed);
  // A value that ends in a hyphen after a letter, as a word broken at a line's end does (`Valmennusvastaava, kou-`): its end is elsewhere.
  if (lines.length === 0 && value.charCodeAt(value.length - 1) === 45 && !onCutLine && HEADER_LIKE_TYPES.has(definition.type) && /\p{L}-$/u.test(value)) builder.diagnose('warning', 'possibly-wrapped', `${node.label}: "${value.slice(-40)}" ends in a hyphen, as a word broken at a line's end does: the rest of the word may be on a line that was not read`, position, path);
  if (FIGURE_REMARK_TYPES.has(definition.type) && value !== '' && !onCutLine && figureUnderRemark(context, field, node, value, position, headingText)) return;
  // On the cut line a value kept as written is kept so whole, unchecked (said above): its end may be cut.
  const normalise = onCutLine && keptAsWrittenWhenCut.has(definition.type) ? valueNormalisers.text : valueNormalisers[definition.type];
  if (normalise) {
    // A typed value wrapped whole in quotes (`Kunnat: "Jyväskylä, Laukaa"`, `"31.12.2019"`): read without them, noted.
    // (Audit NA of round 77: a list kept the quotes on its first and last names, their codes null with an info
    // blaming the names; every other type's value was not read.) A text keeps them: they may be the name's own.
    const unquoted = definition.type === 'text' ? null : n.withoutWholeQuotes(value);
    if (unquoted !== null) builder.diagnose('info', 'normalised-value', `${node.label}: the quotes around "${unquoted}" left out`, position, path);
    const result = normalise(withTabsAsSpaces(unquoted ?? value, definition.type));
    if (result.problem) reportUnreadable(builder, field, node, result.problem, position);
    else {
      builder.set(path, result.value, position);
      if (Array.isArray(result.value) && node.valuePosition && node.valuePosition.start.line === node.valuePosition.end.line) setItemPositions(builder, path, result.value, node.value, node.valuePosition);
      noteAll(builder, result, node, position, path);
      const otherUnit = definition.type === 'indicator' ? n.unitOfOtherMeasure(value, definition.path) : null;
      if (otherUnit !== null) builder.diagnose('warning', 'invalid-number', `${node.label}: "${value}" counts in "${otherUnit}", which is not what this indicator counts: read as written, but the figure may belong to another indicator`, position, path);
      if (result.unread !== undefined) builder.keep(field.section.definition.id, node.label, value, position);
      // A person's title left out of the name, in a layout with no field for it (`Johanna Lindqvist,
      // projektledare` in a layout of its own): the value as written kept, so the title is not lost.
      else if (definition.type === 'personName' && result.value !== value.trim() && !hasSiblingField(context.template, definition.path, 'title')) {
        builder.keep(field.section.definition.id, node.label, value, position);
        builder.diagnose('info', 'unmapped-text', `${node.label}: "${value.trim()}" is kept in unmapped as written: the layout has no field for what the name leaves out`, position, path);
      }
    }
    return;
  }
  switch (definition.type) {
    case 'yesNoText': {
      const other = node.children.slice(node.valueLines).find((child) => isQuestionWithAnswer(child.text));
      if (other) builder.diagnose('warning', 'label-in-text', `${node.label}: "${other.text.slice(0, 60)}" in its text has a yes/no answer of its own: it may be another question (its answer is not read); read as text`, other.position, path);
      let answer = n.parseYesNo(value);
      let text = lines;
      const split = answer.problem ? n.splitYesNoAnswer(value) : null;
      if (split !== null) {
        // The explanation on the answer's line is the text's start.
        answer = { value: split.answer };
        text = [split.rest, ...lines];
        // A few words after it qualify the answer (`Kyllä, osittain`, `Ei, mutta huomioidaan`) rather than explain it: worth a warning.
        if (split.rest.split(/\s+/u).length <= 3 || n.qualifiesAnswer(split.rest, split.answer)) builder.diagnose('warning', 'invalid-value', `${node.label}: "${value}" is a qualified answer; read as "${split.word}", with "${split.rest}" kept as the start of its text`, position, path);
        else builder.diagnose('info', 'normalised-value', `${node.label}: "${value.slice(0, 60)}" read as the answer "${split.word}" with its explanation on the same line`, position, path);
      }
      for (const read of answer.notes ?? []) builder.diagnose('info', read.rule, `${node.label}: ${read.message}`, position, path);
      if (answer.problem) {
        reportUnreadable(builder, field, node, answer.problem, position);
        // The answer not read, what was written on its line is the text's start: nothing is lost
        // (unless it says there is nothing: `-`, `Kesken.`).
        if (value !== '' && !n.isEmptyMarker(value) && !n.isPlaceholder(value)) text = [value, ...lines];
      }
      // An explanation that is only `-` or `ei ole` says there is none.
      const explanation = text.length > 0 ? text.join('\n') : null;
      const none = explanation !== null && n.isEmptyMarker(explanation);
      if (none) builder.diagnose('info', 'empty-value', `${node.label}: the explanation "${explanation}" read as none`, node.position, `${path}.text`);
      builder.set(path, { answer: answer.value, text: none ? null : explanation }, node.position);
      break;
    }
    case 'organisations': {
      const items: { name: string; businessId: string | null }[] = [];
      // (An inline value's wrapped lines, or its line below an empty label, are joined into the value:
      // no entries of their own. A block's lines below its heading are.)
      const entryLines = (node.block ? node.children.slice(node.valueLines) : []).map((c) => ({ text: withoutLinkNumber(c.text), position: c.position }));
      const written = value ? [{ text: value, position }, ...entryLines] : entryLines;
      sayEntryLikeBelow(context, node, entryLines, path);
      for (const child of node.block ? node.children.slice(node.valueLines) : []) {
        const above = joinedAboveWholeEntry.get(child);
        if (above !== undefined) builder.diagnose('warning', 'normalised-value', `${node.label}: "${above.slice(0, 60)}", without a Y-tunnus, goes on onto the next line, which is a whole entry in capitals with its own: read as one entry (two organisations, the first without its Y-tunnus?)`, child.position, path);
      }
      // `Osatoteuttajat` / `-` or `Ei osatoteuttajia`: a block that says it has none.
      if (n.saysNoEntries(written.map((item) => item.text))) {
        builder.diagnose('info', 'empty-value', `${node.label}: "${written.map((item) => item.text).join(' ')}" read as no entries`, node.position, path);
        builder.set(path, items, node.position);
        break;
      }
      // A first line that says there are none, with entries after it (`Ei ole` / `Kunta, 1234567-8`): no entry, said.
      if (written.length > 1 && n.saysNoEntries([written[0].text])) {
        builder.diagnose('warning', 'invalid-value', `${node.label}: "${written[0].text}" says there are none, yet ${written.length - 1 === 1 ? 'an entry follows' : 'entries follow'}: ${written.length - 1 === 1 ? 'it is' : 'they are'} read, "${written[0].text}" left out`, written[0].position, path);
        written.shift();
      }
      // A table's rows wrapped cell by cell (`| Kainuun sosiaali- ja terveydenhuollon |  |` / `|
      // kuntayhtymä | 7834219-0 |`): one row, its cells joined.
      const rows = n.joinWrappedTableRows(written, span);
      if (rows.length < written.length) for (const row of rows) if (row.position.end.line > row.position.start.line && row.text.startsWith('|')) builder.diagnose('warning', 'normalised-value', `${node.label}: a table's row wrapped cell by cell onto the next row, read as one: "${row.text}" (two organisations?)`, row.position, path);
      const itemLines = rows.flatMap((item, i) => {
        // (A header row stands first, above the table's rule: `| Kainuun liitto | Y-tunnus |` alone is an
        // entry. A word processor's table saved as text has no rule: its header's cells parted by tabs.)
        if (i === 0 && ((rows.length > 1 && (rows[1].position.start.line === item.position.end.line + 2 || item.text.includes('\t')) && n.isEntryTableHeader(item.text)) || n.isEntryTableHeaderAlone(item.text))) {
          builder.diagnose('info', 'page-furniture', `${node.label}: "${item.text}" is the header row of a table of entries; passed over`, item.position, path);
          return [];
        }
        // A draft's placeholder written as an entry (`TBD`, `[osatoteuttaja]`): no organisation, said.
        // (Not a capitalised word alone, `Nimi`: a table's header cell, said as such below.)
        if (n.isDraftPlaceholder(item.text) && !n.isUncertainPlaceholder(item.text) && !/^\p{Lu}\p{Ll}+$/u.test(item.text)) {
          builder.diagnose('warning', 'placeholder-text', `${node.label}: "${item.text.slice(0, 60)}" is a draft's placeholder, not an organisation: read as no entry`, item.position, path);
          return [];
        }
        // An entry struck through as a whole (`~~Juvan kunta, 3177889-4~~`, an edit's removed entry): no entry, said,
        // as a value struck so is read as none. (Was an entry with an empty name. Audit WN F9 of round 81.)
        if (/^~~[^~]+~~$/u.test(item.text.trim())) {
          builder.diagnose('warning', 'invalid-value', `${node.label}: "${item.text.slice(0, 80)}" is struck through (Markdown ~~…~~) as a whole: an entry removed in an edit? Read as no entry`, item.position, path);
          return [];
        }
        const parts = n.splitEntries(item.text);
        // (A part that is a legal form alone, `Tilitoimisto 2233445-8 Oy, 0123456-2` read as `Tilitoimisto` and `Oy`: a name holding a number, said.)
        if (parts.length > 1) builder.diagnose(parts.some((part) => LEGAL_FORM_ALONE.test(part)) ? 'warning' : 'info', 'normalised-value', `${node.label}: "${item.text}" holds ${parts.length} entries; read as one each`, item.position, path);
        return parts.map((text) => ({ text, position: item.position }));
      });
      // An entry without a Y-tunnus that reads like a list's heading (`Tuen siirtoa saavat organisaatiot`,
      // a heading the layout does not know, in a copy without blank lines): the entries below it may be
      // another list's, each said.
      let headingAbove: string | null = null;
      // Entries numbered 1, 2, 3 … without the number's dot (`1 Pohjolan ammattiopisto, …`): the numbers are the list's, noted.
      const numbered = itemLines.length >= 2 && itemLines.every((item, i) => item.text.startsWith(`${i + 1} `) && /^\d+\s+\p{Lu}/u.test(item.text));
      if (numbered) builder.diagnose('info', 'normalised-value', `${node.label}: the entries are numbered 1–${itemLines.length} without the number's dot; read without the numbers`, itemLines[0].position, path);
      itemLines.forEach((item, i) => {
        // A table's row of three cells or more parted by tabs (`Nimi<TAB>Y-tunnus<TAB>Kotikunta`): its name
        // and Y-tunnus read, the cells after them kept in unmapped, said.
        const cells = item.text.includes('\t') ? item.text.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '') : [];
        // (The name is the first cell: another before the Y-tunnus, `Iisalmen kaupunki<TAB>Iisalmi<TAB>…`, is
        // the table's other column, kept too — review R3.)
        // (A list's number or marker in a cell of its own, `1.<TAB>Name<TAB>…`, `-<TAB>Name<TAB>…`, is no name:
        // the name is the first cell with words — review R4.)
        const idCell = cells.length >= 3 ? cells.findIndex((cell, k) => k > 0 && ALONE_BUSINESS_ID.test(cell)) : -1;
        const nameCell = idCell > 0 ? cells.findIndex((cell, k) => k < idCell && /\p{L}{2}/u.test(cell)) : -1;
        const otherCells = nameCell !== -1 ? cells.filter((cell, k) => k !== nameCell && k !== idCell && !ROW_MARKER_CELL.test(cell)) : [];
        if (otherCells.length > 0) {
          builder.keep(field.section.definition.id, node.label, otherCells.join('\t'), item.position);
          builder.diagnose('info', 'normalised-value', `${node.label}: "${item.text.replace(/\t/gu, ' | ')}" is a table's row of ${cells.length} cells: read as the entry's name ("${cells[nameCell]}") and Y-tunnus, the other cells (${otherCells.join(', ')}) kept in unmapped`, item.position, `${path}.${i}`);
        }
        const entryText = nameCell !== -1 ? `${cells[nameCell]}, ${cells[idCell]}` : item.text;
        const read = n.readCoImplementer(numbered ? entryText.replace(/^\d+\s+/u, '') : entryText);
        if (headingAbove !== null) builder.diagnose('warning', 'ambiguous-label', `${node.label}: "${item.text}" is read as an entry of this list, but it stands below "${headingAbove}", which has no Y-tunnus and reads like a list's heading: it may be another list's`, item.position, `${path}.${i}`);
        else if (read.value!.businessId === null && i < itemLines.length - 1 && readsLikeListHeading(item.text)) headingAbove = item.text;
        // (Said of the entries joined, not of every entry of a block that has one.)
        // (Joined after a genitive and a list word, `… Teknologian ja` / `Innovaatioiden …`: a name
        // of one word may end so too, `Caverion ja` / `Järvikylän kunta, …`, so said as a warning.)
        const joinedAt = node.note === 'wrapped' && item.position.end.line > item.position.start.line ? joinedAfterAttribute(item.text) : null;
        if (joinedAt !== null) builder.diagnose('warning', 'normalised-value', `${node.label}: "${joinedAt}" goes on onto the next line, read as one entry (two organisations?)`, item.position, `${path}.${i}`);
        else if (node.note === 'wrapped' && item.position.end.line > item.position.start.line) builder.diagnose('info', 'normalised-value', `${node.label}: entries hard-wrapped onto the next line read as one each`, item.position, `${path}.${i}`);
        // A whole Y-tunnus with its right check digit cannot be the cut part: only a shorter one may be.
        // (Also where the text may stop, before its summary: `Turun yliopisto, 02458` saved with its line break.)
        const onCutLine = (context.cutLine !== null && item.position.end.line === context.cutLine) || (context.mayBeCutLine != null && item.position.end.line === context.mayBeCutLine);
        if (onCutLine && !(read.value!.businessId !== null && n.checkBusinessId(read.value!.businessId) === 'valid')) {
          // The entry the text is cut in: its Y-tunnus, or the digits of one, may be incomplete.
          const name = read.value!.businessId === null ? read.value!.name.replace(CUT_BUSINESS_ID_AT_END, '') : read.value!.name;
          items.push({ name, businessId: null });
          const where = context.cutLine !== null && item.position.end.line === context.cutLine ? 'is cut off' : 'stops, before its summary';
          builder.diagnose('warning', 'value-cut-off', `${node.label}: "${item.text}" stands on the line where the text ${where}; its Y-tunnus is not read, since it may be incomplete`, item.position, `${path}.${i}`);
          builder.sources.set(`${builder.pointer(path)}/${i}`, item.position);
          return;
        }
        items.push(read.value!);
        // Two names each with its legal form, joined by a conjunction, before one Y-tunnus (`Kasvu Oy ja Rakenne Oy,
        // 1234567-1`): two organisations, perhaps, the first without its Y-tunnus; read as one entry, said. Audit AT of round 60.
        // (The same legal form twice, and a Y-tunnus after them: `Vaasan ammattikorkeakoulu Oy ja Vasa yrkeshögskola Ab` is one
        // organisation named in two languages. Review BB of round 60.)
        const forms = TWO_COMPANIES.exec(read.value!.name);
        if (forms !== null && read.value!.businessId !== null && forms[1].toLowerCase() === forms[2].toLowerCase()) builder.diagnose('warning', 'normalised-value', `${node.label}: "${read.value!.name.slice(0, 80)}" names two organisations with their legal forms, joined, before one Y-tunnus: read as one entry (two, the first without its Y-tunnus?)`, item.position, `${path}.${i}`);
        // Other organisations' names so joined (`Juvan kunta ja Kangasniemen kunta, 3177889-4`, `… ry ja Kuusamon
        // kaupunki, …`), as the applicant's field is read: which of them the Y-tunnus is of, the line does not say.
        // Audit WN F1 of round 81.
        else if (read.value!.businessId !== null && !HOLDS_BUSINESS_ID.test(read.value!.name) && organisationsInOneName(read.value!.name) !== null) builder.diagnose('warning', 'normalised-value', `${node.label}: "${read.value!.name.slice(0, 80)}" names ${organisationsInOneName(read.value!.name)!.length} organisations before one Y-tunnus: read as one entry (which of them the Y-tunnus is of, the line does not say)`, item.position, `${path}.${i}`);
        // An address or a phone number written between the name and its Y-tunnus (`Juvan kunta, Juvantie 13, 51900 Juva,
        // 3177889-4`, `…, puh. 015 755 1500, …`), a partner list pasted with its addresses: kept in the name as the line
        // gives it, said. (After the Y-tunnus it is taken apart already.) Audit WN F12 of round 81.
        if (CONTACT_IN_ENTRY_NAME.test(read.value!.name)) builder.diagnose('warning', 'normalised-value', `${node.label}: "${read.value!.name.slice(0, 80)}" holds an address or a phone number after the organisation's name: read as part of the name`, item.position, `${path}.${i}`);
        // A remark in brackets with a year or a date closing the name (`Juvan kunta (31.12.2016 asti)`, `… (1.1.2017 alkaen)`):
        // kept in the name, but it may say when the organisation's part began or ended. Audit WN F3c of round 81.
        if (DATED_REMARK_AT_END.test(read.value!.name)) builder.diagnose('warning', 'normalised-value', `${node.label}: "${read.value!.name.slice(0, 80)}" ends in a remark in brackets with a year or a date: read as part of the name (a remark on when its part in the project began or ended?)`, item.position, `${path}.${i}`);
        // `Helsingin kaupunki – Stadin ammattiopisto`: one organisation and its unit, or two, the first without its Y-tunnus.
        const halves = read.value!.name.split(/\s[-\u2013\u2014]\s/u);
        // (A name that holds another Y-tunnus is said so already; one named in Finnish and in Swedish is one.)
        if (halves.length === 2 && n.hasOrganisationWord(halves[0]) && n.hasOrganisationWord(halves[1]) && !n.isNamedInBothLanguages(halves[0], halves[1]) && !/\d{7}\s*[-\u2010-\u2015\u2212]\s*\d/u.test(read.value!.name)) builder.diagnose('warning', 'normalised-value', `${node.label}: "${read.value!.name}" is read as one entry, but both sides of its dash name an organisation: it may be two, the first written without its Y-tunnus`, item.position, `${path}.${i}`);
        // A name that reads as a note's sentence, its verb and lower-case words before the Y-tunnus (`Hankkeen rahoittajana
        // toimii myös Kuusamon kaupunki, 0191012-9` below the list): an organisation it names, perhaps no entry. Audit WF of round 79.
        if (read.value!.businessId !== null && readsAsEntryNote(read.value!.name)) builder.diagnose('warning', 'ambiguous-label', `${node.label}: "${read.value!.name.slice(0, 80)}" reads as a sentence (a verb, words in lower case, or a role or an adverb leading it), not an organisation's name: a note on the list naming one, perhaps no entry of it? Read as an entry`, item.position, `${path}.${i}`);
        if (read.value!.businessId === null) builder.diagnose('warning', 'missing-business-id', `${node.label}: "${item.text}" has no Y-tunnus; read as an entry of the list by its place`, item.position, `${path}.${i}`);
        // An entry of one word with its Y-tunnus right below one without, the word a town's name or in lower
        // case (`Yrkeshögskolan Novia` / `Vasa, …`, `Kurikan` / `kaupunki, …`): the entry above may go on onto
        // this line, its Y-tunnus this one's; read as two, said at the second too. Audit DA of round 68. (Not
        // below an entry that ends as a whole name does, with its legal form or an organisation's word, or
        // that says why it has none in brackets, nor an entry its list's marker starts: reviews DC and DD.
        // Any other word, `Sitra`, `Kela`, may be an organisation's whole name.)
        else if (i > 0 && itemLines[i - 1].position.end.line === item.position.start.line - 1 && items.length >= 2 && items[items.length - 2].businessId === null && !/\s/u.test(read.value!.name.trim()) && (/^\p{Ll}/u.test(read.value!.name) || isMunicipalityName(read.value!.name)) && !endsAsWholeName(items[items.length - 2].name) && !/[()\t]/u.test(items[items.length - 2].name) && !opensWithListMarker(item.text) && !ENUMERATED_ITEM.test(item.text)) builder.diagnose('warning', 'possibly-wrapped', `${node.label}: "${read.value!.name}" may be the end of the entry above ("${items[items.length - 2].name.slice(0, 60)}"), wrapped onto this line, the Y-tunnus that one's: read as an entry of its own`, item.position, `${path}.${i}`);
        // An entry led by another list's heading without its colon (`Tuen siirronsaajat Beeta Oy, …`
        // below the co-implementers): that list's heading glued to its first entry, said.
        const otherHeading = otherBlockHeadingAtStart(context, field, read.value!.name);
        if (otherHeading !== null) builder.diagnose('warning', 'ambiguous-label', `${node.label}: "${item.text}" starts with "${otherHeading}", the heading of another list: that list's heading glued to its first entry? Read as an entry of this list`, item.position, `${path}.${i}`);
        builder.sources.set(`${builder.pointer(path)}/${i}`, item.position);
        // The Y-tunnus's own place on an entry's line as written, for a diagnostic about it.
        const idAt = read.value!.businessId === null ? undefined : idPlaceOnLine(item);
        if (idAt !== undefined) builder.sources.setPart(`${builder.pointer(path)}/${i}/businessId`, idAt);
        for (const note of read.notes ?? []) builder.diagnose('info', note.rule, `${node.label}: ${note.message}`, item.position, `${path}.${i}`);
        for (const warning of read.warnings ?? []) builder.diagnose('warning', warning.rule, `${node.label}: ${warning.message}`, item.position, `${path}.${i}`);
      });
      builder.set(path, items, node.position);
      break;
    }
    case 'lines': {
      let items = (value ? [value, ...lines] : lines).filter((l) => l.trim().length > 0);
      // An item that is another list's label of the section led by a number or a marker (`11. Hankkeen aikana:`,
      // a writer's numbering): read as this list's item with the items below it, said. Audit JB of round 73.
      for (const child of node.children.slice(node.valueLines)) {
        const led = MARKED_LABEL.exec(child.text.trim());
        if (led !== null && (context.template.inlineLabels.get(normaliseKey(led[1])) ?? []).some((f) => f.section === field.section && f !== field)) builder.diagnose('warning', 'ambiguous-label', `${node.label}: "${child.text.trim()}" among the list's items reads as the label "${led[1]}" led by a number or a marker: read as an item, and the lines below it as this list's items (they may be the list of "${led[1]}")`, child.position, path);
      }
      // A number alone among items that are words (`-Yhteistyö tiivistyi` / `2`): a printed copy's page number, no item.
      if (items.some((item) => !LONE_NUMBER.test(item))) {
        for (const [k, child] of node.children.entries()) {
          // (A number after a line ending with a colon is that line's: `… näin monelle:` / `12`.)
          if (!LONE_NUMBER.test(child.text) || (k > 0 ? node.children[k - 1].text : node.value).endsWith(':')) continue;
          builder.keep(field.section.definition.id, node.label, child.text, child.position);
          builder.diagnose('warning', 'unmapped-text', `${node.label}: "${child.text}", a number alone among its items, may be a printed copy's page number; kept in unmapped`, child.position, path);
        }
        items = items.filter((item, k) => !LONE_NUMBER.test(item) || (k > 0 && items[k - 1].endsWith(':')));
      }
      // A line without the marker the list's other items have (`-Työttömille …` / `-Palvelut …`), in capitals
      // or reading as no item's part (a photo's credit, a print's or a mail's line, a comment): no item,
      // kept in unmapped, said; another such line is read as an item, said. Audit AS of round 60.
      const markedItems = items.filter((item) => opensListItem(item.trim())).length;
      if (markedItems >= 2 && markedItems < items.length) {
        const unmarked = node.children.filter((child) => child.text.trim() !== '' && !opensListItem(child.text.trim()) && items.includes(child.text));
        const apart = new Set(unmarked.filter((child) => readsAsStrayBelowValue(child.text) || CAPTION_CREDIT.test(child.text)).map((child) => child.text));
        for (const child of unmarked) {
          if (apart.has(child.text)) {
            builder.keep(field.section.definition.id, node.label, child.text, child.position);
            builder.diagnose('warning', 'unmapped-text', `${node.label}: "${child.text.slice(0, 60)}" stands among the list's items without their marker and reads as no item (a photo's credit, a print's, a page's or a mail's line, a comment): kept in unmapped`, child.position, path);
          } else builder.diagnose('warning', 'value-wrapped', `${node.label}: "${child.text.slice(0, 60)}" stands among the list's items without their marker: read as an item, but it may be text of its own`, child.position, path);
        }
        items = items.filter((item) => !apart.has(item));
      }
      // (A placeholder first, items after it, `Kesken.` / `Yhteistyö tiivistyi.`: the items are read, the
      // placeholder is none of them, said. Audit AH of round 57.)
      if (items.length > 1 && n.isPlaceholder(items[0])) {
        builder.diagnose('warning', 'placeholder-text', `${node.label}: "${items[0]}" says the list is not written yet, yet ${items.length - 1 === 1 ? 'an item follows' : 'items follow'}: ${items.length - 1 === 1 ? 'it is' : 'they are'} read, "${items[0]}" left out`, (value ? null : node.children.find((child) => child.text.trim() === items[0].trim())?.position) ?? position, path);
        items = items.slice(1);
      }
      if (items.length === 1 && n.isPlaceholder(items[0])) {
        builder.diagnose('info', 'placeholder-text', `${node.label} is a placeholder ("${items[0]}"), read as not written yet`, node.children[0]?.position ?? position, path);
      } else {
        // A list's marker alone (`-`, `•`) is no item: an item not written, said.
        const marked = items.map(n.listItem);
        // Items numbered or lettered (`1) …`, `a) …`; `1. …`, `2. …` only as a sequence from one:
        // `2. vaiheessa …` alone is an ordinal's sentence): the markers are no part of them.
        const numbered = marked.every((item, k) => ENUMERATOR_BRACKET.test(item) || (marked.length > 1 && item.startsWith(`${k + 1}. `)));
        const read = numbered ? marked.map((item) => item.replace(ENUMERATOR_BRACKET, '').replace(/^\d{1,2}\. +/u, '')) : marked;
        if (numbered) builder.diagnose('info', 'normalised-value', `${node.label}: the items are numbered or lettered ("${(ENUMERATOR_BRACKET.exec(marked[0])?.[0] ?? '1. ').trim()} …"); read without their markers`, node.position, path);
        if (read.some((item) => item === '')) builder.diagnose('info', 'empty-value', `${node.label}: a list marker without its item ("${items[read.indexOf('')].trim()}") read as no item`, node.position, path);
        builder.set(path, read.filter((item) => item !== ''), node.position);
      }
      if (node.note === 'wrapped') builder.diagnose('info', 'normalised-value', `${node.label}: items hard-wrapped onto the next line read as one item each`, node.position, path);
      break;
    }
  }
}

/**
 * A line of a block of entries that reads like a list's heading rather than an organisation: a few
 * words, no comma or figure, no capital after the first word, ending in a plural.
 */
function readsLikeListHeading(text: string): boolean {
  if (/[,\d;:(]/u.test(text)) return false;
  const words = text.trim().split(/\s+/u);
  // (A name has capitals of its own, `Business Oulu`, `Lapin AMK`, `Oulun Yrittäjät`; a heading only its first.)
  if (words.length > 6 || words.slice(1).some((word) => /\p{Lu}/u.test(word))) return false;
  const last = words[words.length - 1];
  // A plural's ending (`… saajat`, `… organisaatiot`, English `… recipients`), on a word that is no
  // organisation's own (`Luleå tekniska universitet`).
  const plural = /\p{Ll}[aeiouyäö]t$/u.test(last) || (/^[\x20-\x7e]+$/u.test(text) && /\p{Ll}s$/u.test(last));
  // (Or, in English, the plural the phrase is of: `Recipients of transferred aid`. Audit BR of round 66.)
  const of = words.indexOf('of');
  const pluralOf = of > 0 && /^[\x20-\x7e]+$/u.test(text) && /\p{Ll}s$/u.test(words[of - 1]) && !n.hasAnyOrganisationWord(words[of - 1]);
  return (plural && !n.hasAnyOrganisationWord(last)) || pluralOf;
}

/** A record path's object (`contact` of `contact.phone`). */
const parentPathOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('.')));

/**
 * Whether a field is a person's name that comes first of the section's fields of its record object
 * (`contact.name` of the contact's): written a second time, it starts another person's entry. (Only a
 * person's: a project's code or an organisation's name written twice is more likely a line copied
 * twice than a second project.)
 */
function opensPersonEntry(section: CompiledSection, field: CompiledField): boolean {
  const parent = parentPathOf(field.definition.path);
  const fields = section.fields.filter((other) => parentPathOf(other.definition.path) === parent);
  return field.definition.type === 'personName' && parent !== '' && fields.length > 1 && fields[0] === field;
}

/**
 * Whether a name written again names another person than the first: both written, and neither's
 * words all among the other's, case, order and a title aside (`LIISA VIRTANEN`, `Virtanen Liisa`,
 * `projektipäällikkö Liisa Virtanen` are Liisa Virtanen again).
 */
function anotherPerson(first: string, again: string): boolean {
  const [a, b] = [nameWords(first), nameWords(again)];
  if (a.size === 0 || b.size === 0) return false;
  return ![...a].some((word) => b.has(word));
}
/** A name's words in lower case, of two letters at least, a double surname's parts apart (`R. Hakala`, `Riikka Hakala-Nurmi` share `hakala`). */
const nameWords = (name: string) => new Set(n.parsePersonName(name).value?.toLowerCase().split(/[\s,.-]+/u).filter((word) => word.length >= 2) ?? []);
/** Whether a value (an e-mail address) holds a word of one name and none of the other's. */
function namesOnly(value: string, name: string, other: string): boolean {
  const words = value.toLowerCase().split(/[^\p{L}]+/u);
  const has = (of: string) => [...nameWords(of)].some((word) => word.length >= 3 && words.includes(word));
  return has(name) && !has(other);
}

/**
 * Whether a field of the object (`contact`) other than the name stands between the name's first block and
 * its second: the first person's entry has its fields, and the second's start below it. (Two names one
 * under the other, `…nimi: Riikka Hakala` / `…nimi: Pekka Mäki`, do not tell whose the fields below are.)
 */
function fieldOfObjectBetween(blocks: readonly BlockNode[], first: FieldNode | undefined, again: FieldNode, section: CompiledSection, parent: string): boolean {
  if (first === undefined) return false;
  return blocks.some((block) => block.type === 'field' && block !== first && block.field !== null && block.position.start.line > first.position.start.line && block.position.start.line < again.position.start.line && parentPathOf(section.fields[block.field.index].definition.path) === parent);
}

/**
 * A copy without headings: text after the section's last field read, kept in the section only by a
 * label of it written again below (`Maakunnat: … tekevät yhteistyötä …`, a sentence of the next
 * section's text that starts with the label): free text after a section's last field is the next
 * section's (REAL-SHAPES §2), so the text read as this section's may be the next one's. Said.
 */
function sayTextBeforeRepeatedLabel(context: MapContext, section: CompiledSection, node: SectionNode, blocks: BlockNode[], text: BlockNode[], lastReadEnd: number, textPath: string): void {
  if (node.openedBy !== 'labels' || lastReadEnd === 0) return;
  const after = text.find((paragraph) => paragraph.position.start.line > lastReadEnd);
  if (after === undefined) return;
  const repeated = blocks.find((block) => block.type === 'field' && block.duplicate === true && block.position.start.line > after.position.start.line);
  if (repeated === undefined || repeated.type !== 'field') return;
  const next = context.template.sections[section.index + 1];
  context.builder.diagnose('warning', 'ambiguous-prose-boundary', `"${paragraphText(after as ParagraphNode).slice(0, 60)}" stands after the last field read of section ${sectionName(section)}, which has no heading in this copy, and is read as its text only because "${repeated.label}" is written again below it (line ${repeated.position.start.line}): it may be the text of the section after it${next !== undefined ? ` (${sectionName(next)})` : ''}`, after.position, textPath);
}

/** The last field of a section's body. */
function lastFieldOf(node: SectionNode): BlockNode | undefined {
  const blocks = bodyBlocks(node);
  for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i].type === 'field') return blocks[i];
  return undefined;
}

/** The field types a contact block of someone else's has (a person's or an organisation's contact details). */
const CONTACT_KIND_TYPES = new Set(['phone', 'email', 'personName', 'website', 'address', 'postalCode', 'businessId']);
/** A person's name at a value's start: two capitalised words (`Pirjo Koskela`, `Anna-Liisa Keto`). */
const PERSON_NAME_START = lazyRegExp(() => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+/u);

/** Said once per section: the fields of the sections that share the duplicated label were placed by order, in doubt. */
function saySharedInDoubt(context: MapContext, block: FieldNode): void {
  const sharing = [...new Set((context.template.inlineLabels.get(block.key) ?? []).map((field) => field.section))];
  if (sharing.length < 2) return;
  const said = (context.sharedInDoubt ??= new Set());
  for (const other of sharing) {
    if (said.has(other)) continue;
    said.add(other);
    for (const field of other.fields) context.builder.diagnose('warning', 'ambiguous-label', `"${block.label}" is written once more than sections ${sharing.map(sectionName).join(', ')}, which share it, have places for, with no headings between: the lines were placed by their order, and which is whose it does not settle; ${field.definition.path} may be another line's`, block.position, field.definition.path);
  }
}

function mapFields(context: MapContext, section: CompiledSection, node: SectionNode): void {
  const { builder } = context;
  const id = section.definition.id;
  const paragraphs: BlockNode[] = [];
  const lastField = node.openedBy === 'labels' ? lastFieldOf(node) : undefined;
  const blocks = bodyBlocks(node);
  // The heading the figures' unit is read from: the section's own, or (opened by its labels) the line
  // above them, found once per section and only for a section of figures.
  const headingText = node.heading?.text ?? (section.fields.some((field) => FIGURE_REMARK_TYPES.has(field.definition.type)) ? headingAboveLabels(context, node) : null);
  // The field last passed: a paragraph inside its lines' span is a page's break in its value.
  let fieldAbove: FieldNode | undefined;
  // The block that first wrote each field: a later one of another wording is said against it.
  const firstBlockOf = new Map<CompiledField, FieldNode>();
  // A person's name written again as the first of its object's fields (`Hankkeen yhteyshenkilön nimi:`
  // a second time, another person): a second entry starts there, and that object's fields below it are its.
  let secondEntry: { parent: string; label: string; line: number; firstName: string; secondName: string } | undefined;
  // The last line of the last field read as a value (not one kept in unmapped).
  let lastReadEnd = 0;
  for (const [i, block] of blocks.entries()) {
    const around = block.type === 'paragraph' && fieldAbove !== undefined && fieldAbove.position.end.line > block.position.end.line ? fieldAbove : undefined;
    if (block.type === 'field') fieldAbove = block;
    if (block.type === 'field') {
      if (node.ambiguous) {
        builder.keep(id, block.label, fieldText(block), block.position);
        builder.diagnose(
          'warning',
          'ambiguous-label',
          `"${block.label}" could belong to more than one section of ${context.template.name}, and the copy has no heading to tell which (read by order as ${sectionName(section)}); kept in unmapped`,
          block.position,
          block.field !== null ? section.fields[block.field.index].definition.path : undefined,
        );
        // The value may belong to any section that shares the label: each of their paths is said.
        for (const other of context.template.sections) {
          if (other === section) continue;
          for (const field of other.fieldsByLabel.get(block.key) ?? []) {
            builder.diagnose('info', 'ambiguous-label', `"${block.label}" may be ${sectionName(other)}'s; not read`, block.position, field.definition.path);
          }
        }
      } else if (block.field !== null) {
        const field = section.fields[block.field.index];
        // (Not a value that names the first person and not the second, `riikka.hakala(at)…` below `Tapio Nurmi`: the first's.)
        if (secondEntry !== undefined && parentPathOf(field.definition.path) === secondEntry.parent && !namesOnly(block.value, secondEntry.firstName, secondEntry.secondName)) {
          builder.keep(id, block.label, fieldText(block), block.position);
          builder.diagnose('warning', 'duplicate-field', `"${block.label}" stands below "${secondEntry.label}" written a second time (line ${secondEntry.line}), another entry of ${secondEntry.parent}: it is that entry's, not the first's; kept in unmapped`, block.position, field.definition.path);
          continue;
        }
        // The text's first line led by its label in lower case, which the end of another field's longer
        // label is (`kunnat: …` of `Maakunnat:`, ` puhelinnumero: …` of `Yhteyshenkilön puhelinnumero:`):
        // read, but the copy may start inside that label.
        const longer = block.position.start.line === 1 ? longerLabelsEndingWith(context.template, block.label, field) : [];
        if (longer.length > 0) builder.diagnose('warning', 'ambiguous-label', `"${block.label.trim()}" starts the text in lower case, and the layout's ${longer.map((label) => `"${label}"`).join(', ')} end with it: read as ${field.definition.path}, but the copy may start inside that label, its start cut away`, block.position, field.definition.path);
        // A section opened by a label that several of its fields share (2007–2013's `Puhelinnumero:`,
        // the organisation's and then the contact's), the fields before it absent (a copy whose top is
        // cut away): read as the first of them by order, but whose it is the lines do not tell.
        if (node.openedBy === 'labels' && firstBlockOf.size === 0 && field.index > 0 && (section.fieldsByLabel.get(block.key)?.length ?? 0) > 1) {
          const others = section.fieldsByLabel.get(block.key)!.filter((other) => other !== field).map((other) => other.definition.path);
          builder.diagnose('warning', 'ambiguous-label', `"${block.label}" opens section ${sectionName(section)} with none of its fields before it, and the section has the label for ${others.join(', ')} too: read as ${field.definition.path}, the first of them, but it may be the other's (the copy's lines above it cut away?)`, block.position, field.definition.path);
        }
        if (!firstBlockOf.has(field)) firstBlockOf.set(field, block);
        if (block.note === 'glued') builder.diagnose('info', 'glued-fields', `"${block.label}" stands on one line with another field; read as a field of its own`, block.position, field.definition.path);
        else if (block.note === 'gluedWithoutColon') builder.diagnose('warning', 'glued-fields', `"${block.label}", a label without its colon, stands on one line after another field's value; read as a field of its own (the words may be the value's)`, block.position, field.definition.path);
        // A copy without headings: the last field of a section that is a sentence going on in lower
        // case (`Innovatiivisuus: projektissa kehitetty malli on alueella uusi.`) may be the first
        // line of the text after it, which its own field's line, missing, would have ended.
        if (block === lastField && field.definition.type === 'text' && /^\p{Ll}/u.test(block.value) && /[.!?]$/.test(block.value)) {
          builder.diagnose('warning', 'label-in-text', `"${block.label}: ${block.value.slice(0, 50)}" is read as the last field of ${sectionName(section)}, but it reads like a sentence of the text after it (the section has no heading to tell)`, block.position, field.definition.path);
        }
        // A number alone below an empty label, in a copy whose other values stand on their labels'
        // lines (no two-column copy, which writes most of its values below): the value (a project
        // may be named `365`), or a printed copy's page number (`Valtakunnallisen osion
        // kehittämisohjelma` / `7`). Read, and said.
        if ((block.note === 'below' || field.form === 'nextLine') && LONE_NUMBER.test(block.value) && valuesBelowLabels(context) <= FEW_VALUES_BELOW) {
          // (A count is written so in a tidy copy too: a note; an amount or a text of one to three figures is no likely value.)
          builder.diagnose(field.definition.type === 'indicator' ? 'info' : 'warning', 'value-below-label', `${block.label}: "${block.value}" alone on the line below the empty label is read as the value, but it may be a printed copy's page number`, block.valuePosition ?? block.position, field.definition.path);
        }
        if (block.note === 'below' && (isColumnPaste(blocks, i, field, section) || isColumnPasteOfLines(blocks, i, field, section))) {
          // (Kept at the value's line, where it is said: the label's words are in the entry.)
          builder.keep(id, block.label, fieldText(block), block.valuePosition ?? block.position);
          builder.diagnose('warning', 'ambiguous-label', `${block.label}: "${block.value.slice(0, 40)}" stands below it after other labels with no value above, and more ${COUNTED_TYPES.has(field.definition.type) ? 'figures' : 'values'} follow: a table pasted by its columns (the labels, then the values), whose values cannot be told apart by place; not read, kept in unmapped`, block.valuePosition ?? block.position, field.definition.path);
          continue;
        }
        // A field of the layout between two labels it does not have (`Rahoittajan yhteyshenkilö: …` /
        // `Puhelinnumero: …` / `Sähköposti: …`): a block of someone else's fields may hold it. Read, said.
        // (Audit AM of round 59: a funder's officer's phone was read as the applicant's, unsaid.)
        const unknownAt = (k: number) => {
          const other = blocks[k];
          return other?.type === 'field' && other.field === null && !other.duplicate && other.afterHeading === undefined && Math.abs(other.position.start.line - block.position.start.line) <= 3 ? other : undefined;
        };
        // (Only a contact's kind of value, which such a block has: a phone, an e-mail, a name, an address.)
        // (And the label above holds a person's name, as a contact block opens: `Rahoittajan yhteyshenkilö: Pirjo
        // Koskela`; the applicant's own extra fields, `Yhteyshenkilön matkapuhelin: 0400 …` / `Faksi:`, are none. Review Z.)
        const opener = CONTACT_KIND_TYPES.has(field.definition.type) ? unknownAt(i - 1) : undefined;
        const above = opener !== undefined && PERSON_NAME_START.test(opener.value) ? opener : undefined;
        const below = above === undefined ? undefined : unknownAt(i + 1);
        if (above !== undefined && below !== undefined) builder.diagnose('warning', 'ambiguous-label', `"${block.label}" stands between "${above.label}" and "${below.label}", labels ${context.template.name} does not have: the three may be someone else's (a funder's contact, a partner's); read as ${field.definition.path}`, block.position, field.definition.path);
        writeField(context, field, block, node.openedBy === 'heading', blocks[i + 1]?.type === 'field' && blocks[i + 1].position.start.line === block.position.end.line + 1, headingText);
        lastReadEnd = block.position.end.line;
        // (One of the field's set values, `Vain yksi hakija`, is its own.)
        // (A paragraph of sentences over several lines below it is the text's as likely, however many values the copy
        // writes below their labels: `Innovatiivisuus:` / a flattened, hard-wrapped final report. Audit IB of round 72.)
        const valuePosition = block.valuePosition ?? block.position;
        const valueLines = valuePosition.end.line - valuePosition.start.line + 1;
        // (Not where the project is said to be running: it has no final report yet. Review RVB.)
        const running = (context.builder.get('project.status') as { state?: string } | null)?.state === 'ongoing';
        const paragraphBelow = block.note === 'below' && !running && valueLines >= PARAGRAPH_BELOW_LINES && (block.value.match(SENTENCE_ENDS) ?? []).length >= 2;
        if (i === blocks.length - 1 && (block.note === 'below' || field.form === 'nextLine') && block.value !== '' && !(field.definition.values ?? []).includes(block.value) && nextTextUnheaded(context, section, paragraphBelow)) {
          builder.diagnose('warning', 'value-below-label', `${block.label}: "${block.value.slice(0, 60)}" on the line below is read as the value, but the text of ${sectionName(context.template.sections[section.index + 1])} after it has no heading in this copy and may start with that line (the label left empty)`, block.valuePosition ?? block.position, field.definition.path);
        }
      } else if (block.afterHeading !== undefined) {
        builder.keep(id, block.label, fieldText(block), block.position);
        builder.diagnose('warning', 'ambiguous-label', `"${block.label}" stands below "${block.afterHeading}", a heading written out of the layout's order inside section ${sectionName(section)}: whose field it is cannot be told; kept in unmapped`, block.position);
      } else if (block.duplicate) {
        builder.keep(id, block.label, fieldText(block), block.position);
        // Another wording of a field written above (`Ohjelma:` and `Osio:`, one field in this layout):
        // not the same label again, and which value is meant the text does not tell.
        const candidates = section.fieldsByLabel.get(block.key) ?? [];
        const earlier = candidates.map((field) => firstBlockOf.get(field)).filter((b) => b !== undefined);
        const first = earlier.find((b) => b.key !== block.key);
        // (Said at the field too: which of the two values is right the text does not tell. Not where
        // the label is several fields' — `Puhelinnumero`, the organisation's and the contact's —: whose
        // it would have been the text does not tell either.)
        const firstBlock = first ?? (candidates.length === 1 ? earlier[0] : undefined);
        const path = firstBlock?.field ? section.fields[firstBlock.field.index].definition.path : undefined;
        if (first === undefined && block.repeatsLineAbove !== true && candidates.length === 1 && opensPersonEntry(section, candidates[0]) && anotherPerson(earlier[0]?.value ?? '', block.value) && fieldOfObjectBetween(blocks, earlier[0], block, section, parentPathOf(candidates[0].definition.path))) secondEntry ??= { parent: parentPathOf(candidates[0].definition.path), label: block.label, line: block.position.start.line, firstName: earlier[0]!.value, secondName: block.value };
        if (first !== undefined) builder.diagnose('warning', 'duplicate-field', `"${block.label}" is another wording of "${first.label}" above, one field of section ${sectionName(section)} in this layout (${path}): the first value is kept, this one is in unmapped; which is meant the text does not tell`, block.position, path);
        else if (block.repeatsLineAbove === true) builder.diagnose('warning', 'duplicate-field', `"${block.label}" is written twice in a row, the same line again (a line copied twice?); read once, as section ${sectionName(section)}'s, the second is in unmapped — if a line between the two was lost, the second may be another section's field`, block.position, path);
        else builder.diagnose('warning', 'duplicate-field', `"${block.label}" appears again in section ${sectionName(section)}; the first value is kept, this one is in unmapped`, block.position, path);
        // A label several sections share, once too many where they have no headings (a flattened copy's
        // `Suunniteltu` written again, corrected): the lines were placed by order, and with one too many
        // which is whose the order does not settle — every field of those sections said. (Audit BL of round 65:
        // 7.1's actual figure read as 7.2's, 7.2's own figures kept apart as duplicates, unsaid.)
        if (first === undefined && block.repeatsLineAbove !== true && node.openedBy !== 'heading') saySharedInDoubt(context, block);
      } else {
        builder.keep(id, block.label, fieldText(block), block.position);
        builder.diagnose('warning', 'unknown-label', `Label "${block.label}" is not expected in section ${sectionName(section)}; kept in unmapped`, block.position);
      }
    } else if (around !== undefined) {
      // A line the reader set apart from a value it stands inside (`Kunnat: Jyväskylä,` / `12.3.2019`
      // / `Muurame`): a printed page's break in the value, no text of the section.
      keepUnread(context, id, block, `"${paragraphText(block as ParagraphNode).slice(0, 60)}" stands inside the value of "${around.label}" and is not read as part of it: a printed copy's page-break line, no text of section ${sectionName(section)}`);
    } else if (block.type === 'paragraph' && !isLonePageNumber(blocks, i, projectCodeOf(context), context.template.definition.page !== undefined)) {
      paragraphs.push(block);
      sayLoneNumberKept(context, blocks, i, section.definition.content === 'fields' ? section.definition.textPath : undefined);
    }
    else keepUnread(context, id, block, block.type === 'paragraph' ? `A number alone between the paragraphs of section ${sectionName(section)}, taken for a printed page's number` : `A line in section ${sectionName(section)} that is no field of it`);
  }
  const textPath = section.definition.content === 'fields' ? section.definition.textPath : undefined;
  const text = withoutCutLabel(context, id, section, paragraphs);
  if (textPath && text.length > 0) sayTextBeforeRepeatedLabel(context, section, node, blocks, text, lastReadEnd, textPath);
  if (textPath && text.length > 0) writeSectionText(context, section, textPath, text as never);
  else for (const p of text) keepUnread(context, id, p, `Text in section ${sectionName(section)}, which holds fields only`);
  flagUnreadContinuations(context, section, node);
}

/**
 * Whether the section after `section` in the layout is a text opened by its text whose heading the
 * copy does not have: a value below the last label of `section` may be that text's first line.
 */
/** Labels of the layout's other fields that a label written in lower case is the end of (`kunnat` of `Maakunnat`, `Seutukunnat`). */
function longerLabelsEndingWith(template: CompiledTemplate, label: string, field: CompiledField): string[] {
  if (!/^\s*\p{Ll}/u.test(label)) return [];
  const key = normaliseKey(label);
  const longer = template.sections.flatMap((section) => section.fields.filter((other) => other.definition.path !== field.definition.path).flatMap((other) => other.definition.labels));
  return [...new Set(longer.filter((other) => normaliseKey(other) !== key && normaliseKey(other).endsWith(key)))];
}

/** The fewest lines of a value below its label, of two sentences at least, read as a paragraph (see {@link nextTextUnheaded}). */
const PARAGRAPH_BELOW_LINES = 3;
const SENTENCE_ENDS = lazyRegExp(() => /[.!?](?=\s|$)/gu);

function nextTextUnheaded(context: MapContext, section: CompiledSection, paragraph = false): boolean {
  const next = context.template.sections[section.index + 1];
  if (next === undefined || next.definition.content !== 'prose' || !next.opensByText) return false;
  // (The text there, read without its heading. With no such text, nothing follows the value — unless
  // the copy has no headings at all and writes its other values on their labels' lines: a flattened
  // copy's `Innovatiivisuus:` / `Ei loppuraporttia` may be an empty field and the final report's one line.)
  let unheaded = false;
  let present = false;
  let headed = false;
  const visit = (nodes: readonly (BlockNode | SectionNode)[]) => {
    for (const node of nodes) if (node.type === 'section') {
      if (node.openedBy === 'heading') headed = true;
      if (node.id === next.definition.id) {
        present = true;
        unheaded = node.openedBy !== 'heading';
      }
      visit(node.children);
    }
  };
  visit(context.document.children as (BlockNode | SectionNode)[]);
  return unheaded || (!present && !headed && (paragraph || valuesBelowLabels(context) <= FEW_VALUES_BELOW));
}

/**
 * Whether the field `blocks[i]` (an amount or a count), its value on the line below it, is a table
 * pasted by its columns: labels of the layout with no value right above it (`Myönnetty …:` /
 * `Toteutunut …:`), and figures after its value that no label takes (`592 722` / `561 706`): the
 * value is the first label's as likely as its own. (A number alone of one to three digits after it
 * is a printed page's number as likely: no sign.)
 */
function isColumnPaste(blocks: BlockNode[], i: number, field: CompiledField, section: CompiledSection): boolean {
  const block = blocks[i] as FieldNode;
  const above = blocks[i - 1];
  const after = blocks[i + 1];
  if (block.note !== 'below' || above?.type !== 'field' || above.field === null || above.value !== '' || above.children.length > 0 || after?.type !== 'paragraph' || isLoneNumberParagraph(after)) return false;
  const next = (after as ParagraphNode).children[0].text;
  if (COUNTED_TYPES.has(field.definition.type)) return isDigitStart(block.value) && fits(field, next);
  // Of fields of other kinds (`Postinumero:` / `Postitoimipaikka:` / `13100` / `Hämeenlinna`), the values
  // in the labels' order: the first below the last label is the first empty label's (of the run of
  // them, or of the one right above, those above it left empty), the line after it the next label's —
  // short and no sentence, as a value is (a flattened copy's text after its last field is not; nor a
  // print's date below a phone number under `Sähköposti:` / `Puhelinnumero:`).
  // (Nor a remark in brackets, `(jatkoaika haettu)`, which is the value's.)
  if (next.length > SHORT_VALUE_LENGTH || /[.!?:]$/u.test(next) || next.startsWith('(')) return false;
  const first = firstEmptyLabelAbove(blocks, i - 1);
  const fieldOf = (node: FieldNode) => sectionFieldOf(section, node);
  const second = first + 1 === i ? field : fieldOf(blocks[first + 1] as FieldNode);
  // (One empty label only, `Organisaatiotyyppi:` / `Jakeluosoite:` / `Kirkkotie 4` / `PL 12`, is as likely a
  // field left empty above an address of two lines: only where a value's kind is told closely, `13100`.)
  // (The value moved to an empty label above must be told by its kind there: a phone number's second
  // line, `Jakeluosoite:` / `Puhelinnumero:` / `014 …` / `040 …`, is no street's.)
  const told = (owner: CompiledField | null) => i - first >= 2 || (owner !== null && CLOSELY_TOLD.has(owner.definition.type));
  const firstField = fieldOf(blocks[first] as FieldNode);
  const aboveField = fieldOf(above as FieldNode);
  return (fitsClosely(firstField, block.value) && fitsClosely(second, next) && told(firstField)) || (fitsClosely(aboveField, block.value) && fitsClosely(field, next) && told(aboveField));
}
/**
 * Whether the field `blocks[i]`, its value read from several lines below it, holds the values of a
 * table pasted by its columns: empty labels of the layout right above it (`Toiminnan tila:` /
 * `Vastuuviranomainen:` / `Toiminta päättynyt` / `Lapin ELY-keskus`, `Maakunnat:` / `Seutukunnat:` /
 * `Kunnat:` / `Lappi` / `Rovaniemen` / `Rovaniemi, Ranua`), its first line the first empty label's value
 * and its second the next label's, each short and no sentence. As {@link isColumnPaste}: one empty
 * label only where the moved value's kind is told closely (a two-line address below an empty field is
 * its own), or it is one of the field's set values or a status.
 */
function isColumnPasteOfLines(blocks: BlockNode[], i: number, field: CompiledField, section: CompiledSection): boolean {
  const block = blocks[i] as FieldNode;
  if (block.children.length < 2) return false;
  const first = firstEmptyLabelAbove(blocks, i);
  if (first === i) return false;
  const lines = block.children.map((line) => line.text);
  if (lines.some((line) => line.length > SHORT_VALUE_LENGTH || /[.!?:]$/u.test(line))) return false;
  // (A value wrapped over the lines is one: a line that goes on, `Ylitornio, Pello,` / `Kolari`, or one in lower case below it.)
  if (lines.some((line, k) => (k < lines.length - 1 && GOES_ON_AT_END.test(line)) || (k > 0 && /^\p{Ll}/u.test(line)))) return false;
  const firstField = sectionFieldOf(section, blocks[first] as FieldNode);
  const second = first + 1 === i ? field : sectionFieldOf(section, blocks[first + 1] as FieldNode);
  if (firstField === null || !fitsClosely(firstField, lines[0]) || !fitsClosely(second, lines[1])) return false;
  const isSetValue = firstField.definition.values?.includes(lines[0]) === true || (firstField.definition.type === 'status' && n.parseStatus(lines[0]).value?.state != null);
  return i - first >= 2 || CLOSELY_TOLD.has(firstField.definition.type) || isSetValue;
}

/** A line's end that a value wrapped onto the next line goes on from: a comma, a dash, a list's word (`Ylitornio, Pello,`). */
const GOES_ON_AT_END = lazyRegExp(() => new RegExp(`(?:[,;–-]|\\s(?:${n.CONJUNCTIONS}))$`, 'iu'));

/** The first of the run of empty labels right above `blocks[i]` (`i` itself when there is none). */
function firstEmptyLabelAbove(blocks: BlockNode[], i: number): number {
  let first = i;
  while (first > 0 && blocks[first - 1].type === 'field' && (blocks[first - 1] as FieldNode).field !== null && (blocks[first - 1] as FieldNode).value === '' && (blocks[first - 1] as FieldNode).children.length === 0) first--;
  return first;
}

/** The section's field a field node was read as, or null. */
function sectionFieldOf(section: CompiledSection, node: FieldNode): CompiledField | null {
  return node.field === null ? null : section.fields[node.field.index] ?? null;
}

/** Kinds of value {@link fitsClosely} tells by their form (an address, a code, a number). */
const CLOSELY_TOLD = new Set(['email', 'website', 'websites', 'postalCode', 'businessId', 'phone', 'projectCode']);
/** The longest line taken for a short value of a table pasted by its columns (a name, a place, a code). */
const SHORT_VALUE_LENGTH = 80;

/** Whether a text may be a field's value, its kind told closely (an e-mail with its `@`, a web address, a postal code of five figures). */
function fitsClosely(field: CompiledField | null, text: string): boolean {
  if (field === null || !fits(field, text)) return false;
  switch (field.definition.type) {
    case 'email':
      return /@|\((?:at|ät)\)|\[at\]/iu.test(text);
    case 'website':
    case 'websites':
      return /^(?:https?:\/\/|www\.)|\.[a-z]{2,}(?:\/|$)/iu.test(text);
    case 'postalCode':
      return /^(?:FI-?)?\d{5}$/u.test(text);
    default:
      return true;
  }
}
const isDigitStart = (text: string) => /^\d/u.test(text);

/**
 * For a section opened by its labels, the line right above its first label when that line reads
 * as a heading (short, no sentence's end): its heading in words the reader did not know, or one it
 * read into the text above (a copy without blank lines, `… satamaan.` / `7. Projektin julkinen
 * rahoitus, tuhatta euroa` / `Myönnetty …: 410`), which may give the figures' unit.
 */
function headingAboveLabels(context: MapContext, node: SectionNode): string | null {
  if (node.openedBy !== 'labels') return null;
  const start = node.position.start.line;
  let above: { text: string; line: number; field: boolean } | null = null;
  const consider = (text: string, line: number, field: boolean) => {
    if (line < start && (above === null || line > above.line)) above = { text, line, field };
  };
  const walk = (children: readonly (BlockNode | SectionNode)[]) => {
    for (const child of children) {
      if (child.position.start.line >= start) break;
      if (child.type === 'section') {
        if (child.heading !== null) consider(child.heading.written ?? child.heading.text, child.heading.position.end.line, false);
        walk(child.children);
      } else if (child.type === 'paragraph') for (const line of child.children) consider(line.text, line.position.end.line, false);
      else if (child.type === 'heading') consider(child.written ?? child.text, child.position.end.line, false);
      else if (child.type === 'field') consider('', child.position.end.line, true);
    }
  };
  walk(context.document.children);
  const found = above as { text: string; line: number; field: boolean } | null;
  if (found === null || found.field || found.text.length > HEADING_ABOVE_LENGTH || /[.!?:;]$/u.test(found.text)) return null;
  // (Only the section's own heading with another tail: a line of the text above, `- painotuotteet
  // (1000 €)`, gives no unit to the figures below it.)
  const section = node.id === null ? undefined : context.template.sectionById.get(node.id);
  const head = headingHead(found.text);
  return section !== undefined && head !== '' && section.definition.headings.some((heading) => headingHead(heading) === head) ? found.text : null;
}

/** A heading without its number and its tail (a remark in brackets, or what follows its last comma), as a key. */
function headingHead(heading: string): string {
  return normaliseKey(headingParts(heading).head.replace(/^\d+(?:\.\d+)*\.?\s+/u, ''));
}
/** The longest line read as a heading above a section's first label. */
const HEADING_ABOVE_LENGTH = 100;

/** The figures written with a space between thousands (`412 300`, `1 250, joista naisia 600`). */
const COUNTED_TYPES = new Set(['amount', 'indicator']);

/**
 * A text line right below a field (no blank line between) that was not read as part of its value:
 * in a copy without blank lines it may be the value's wrapped end, so the value may be incomplete.
 */
function flagUnreadContinuations(context: MapContext, section: CompiledSection, node: SectionNode): void {
  const blocks = bodyBlocks(node);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const field = blocks[i];
    if (field.type !== 'field' || field.field === null || field.block) continue;
    // A printed page's break between a value and a short line (`Hankkeen yhteyshenkilön nimi:
    // KUKKONEN KIRSI` / `Sivu 1/2 …` / `MARITA`): the line may be the value's end, on the next page.
    let after = i + 1;
    while (after < blocks.length && blocks[after].type === 'furniture') after++;
    // (A page's number alone, a paragraph in a copy with blank lines, is the break's too, with a line
    // after it: `KSAK` / `2` / `Oy`.)
    let pastNumbers = after;
    while (pastNumbers < blocks.length && (blocks[pastNumbers].type === 'furniture' || isLoneNumberParagraph(blocks[pastNumbers]))) pastNumbers++;
    if (pastNumbers > after && blocks[pastNumbers]?.type === 'paragraph') after = pastNumbers;
    // (A figure broken at its thousands' space over a page's break, `Toteutunut …: 398` / `Sivu 2 (3)` /
    // `150`: the three digits alone are taken for the page's number, and the figure may lack them.)
    // (So are three digits a page's break took for its furniture: `446` / `12.3.2019` / `507`.)
    let group: BlockNode | undefined = blocks[after];
    for (let k = i + 1; k < after; k++) {
      const furniture = blocks[k];
      if (furniture.type === 'furniture' && /^\d{3}$/u.test(furniture.text)) group = { type: 'paragraph', children: [{ type: 'line', text: furniture.text, position: furniture.position }], position: furniture.position };
    }
    if (COUNTED_TYPES.has(section.fields[field.field.index].definition.type) && /\d$/u.test(field.value) && loneNumberOf(group) !== null && /^\d{3}$/u.test((group as ParagraphNode).children[0].text) && (group !== blocks[after] || blocks[after + 1]?.type !== 'paragraph')) {
      context.builder.diagnose('warning', 'possibly-wrapped', `${field.label}: "${(group as ParagraphNode).children[0].text}" alone below it (after a blank line or a page's break) may be the rest of this figure, broken at its thousands' space; it was taken for a printed page's number, and the figure is read as written`, field.valuePosition ?? field.position, section.fields[field.field.index].definition.path);
      continue;
    }
    const next = blocks[after];
    if (after > i + 1 && next?.type === 'paragraph' && next.children.length === 1 && mayContinueOverPage(next.children[0].text)) {
      context.builder.diagnose('warning', 'possibly-wrapped', `${field.label}: "${next.children[0].text}" after the page's break below it may be the end of this value, on the next page; it was not read as part of it`, field.valuePosition ?? field.position, section.fields[field.field.index].definition.path);
      continue;
    }
    if (next?.type !== 'paragraph' || after !== i + 1) continue;
    if (next.position.start.line !== field.position.end.line + 1) continue;
    // The start of a label or heading where the text is cut off is no value's end (said as such).
    if (context.cutLabel !== null && next.position.start.line === context.cutLine) continue;
    const definition = section.fields[field.field.index].definition;
    context.builder.diagnose(
      'warning',
      'possibly-wrapped',
      `${field.label}: the line below ("${next.children[0].text.slice(0, 40)}") may be the end of this value, wrapped; it was not read as part of it`,
      field.valuePosition ?? field.position,
      definition.path,
    );
  }
}

/** A value's end carried over a page's break is a few words at most. */
const PAGE_CONTINUATION_LENGTH = 60;

/**
 * Whether a short line after a page's break may be a value's end (`ja päättyy 31.12.2018`,
 * `MARITA`): not a sentence's or a label's end, not a page number alone, nor a running header the
 * print's furniture did not tell (`Hankkeen kuvaus S20078`).
 */
function isLoneNumberParagraph(block: BlockNode): boolean {
  return block.type === 'paragraph' && block.children.length === 1 && LONE_NUMBER.test(block.children[0].text);
}

function mayContinueOverPage(text: string): boolean {
  if (text.length > PAGE_CONTINUATION_LENGTH || /[.!?:]$/u.test(text) || LONE_NUMBER.test(text)) return false;
  const words = text.replace(/\s*\S*\d\S*\s*$/u, '').trim();
  return words === text || words === '' || !isPrintHeaderWords(words);
}

/** Everything a field holds as text: for unmapped entries, where nothing may be lost. */
export function fieldText(field: FieldNode): string {
  if (!field.block) return field.value;
  return [field.value, ...field.children.map((c) => c.text)].filter((s) => s.length > 0).join('\n');
}

/**
 * A line of a printed copy's page break inside a paragraph: a page number alone or a running header
 * led by the project code (`S21457 Polkuja 12.3.2019`). A number alone is taken so only where it
 * cannot be a wrapped sentence's last word: before another line, or after a line that ends a sentence.
 */

/**
 * A number alone after a line that ends a sentence, before a line that starts one (or the end), or
 * before the first line; or a line led by the project's own code (`S21457 Polkuja 12.3.2019`).
 * A number after `…yhteensä:` or inside a sentence wrapped narrowly is the text's own.
 */
function isStampInParagraph(lines: LineNode[], i: number, code: string | null): boolean {
  const text = lines[i].text;
  if (code !== null && isRunningHeader(text, code)) return true;
  if (!LONE_NUMBER.test(text)) return false;
  const next = lines[i + 1];
  if (i === 0) return next !== undefined;
  return /[.!?]$/.test(lines[i - 1].text) && (next === undefined || /^\p{Lu}/u.test(next.text));
}


/** The heading (a block field's label of another path) that an entry's name starts with, followed by more words; null when none. */
function otherBlockHeadingAtStart(context: MapContext, field: CompiledField, name: string): string | null {
  const key = normaliseKey(name);
  for (const [heading, fields] of context.template.bareLabels) {
    if (key.length > heading.length && key.startsWith(`${heading} `) && fields.some((other) => other.definition.path !== field.definition.path)) return name.slice(0, heading.length);
  }
  return null;
}

/** The lines of a text without its page-break lines, which are kept in unmapped with a warning each. */
function withoutStampLines(context: MapContext, section: CompiledSection, lines: LineNode[]): LineNode[] {
  // A web page has no printed pages.
  if (lines.length < 2 || context.template.definition.page !== undefined) return lines;
  const code = projectCodeOf(context);
  // Most texts have no line that is a short number or starts with the code: looked at no further.
  if (!lines.some((line) => (line.text.length <= 3 && isDigitCode(line.text.charCodeAt(0))) || (code !== null && line.text.charCodeAt(0) === code.charCodeAt(0) && line.text.startsWith(code)))) return lines;
  // Several numbers alone in one text are a list of its own: then only running headers are page breaks.
  const list = lines.filter((line) => LONE_NUMBER.test(line.text)).length > 1;
  const isStamp = (i: number) => (list ? code !== null && isRunningHeader(lines[i].text, code) : isStampInParagraph(lines, i, code));
  if (!lines.some((_, i) => isStamp(i))) return lines;
  return lines.filter((line, i) => {
    if (!isStamp(i)) return true;
    keepUnread(context, section.definition.id, { type: 'paragraph', children: [line], position: line.position }, `"${line.text}" inside the text of section ${sectionName(section)} looks like a printed copy's page number or header, not text`);
    return false;
  });
}

/** The project's code as read (section 1 is mapped before the texts), for its running headers. */
export function projectCodeOf(context: MapContext): string | null {
  if (context.projectCode !== undefined) return context.projectCode;
  const code = context.builder.get('project.code');
  if (typeof code !== 'string' || code.length < 4) return null;
  context.projectCode = code;
  return code;
}

/** The paragraphs without their page-break lines (see {@link withoutStampLines}). */
function withoutPageStamps(context: MapContext, section: CompiledSection, paragraphs: ParagraphNode[]): ParagraphNode[] {
  if (!paragraphs.some((paragraph) => paragraph.children.length > 1)) return paragraphs;
  const result: ParagraphNode[] = [];
  for (const paragraph of paragraphs) {
    const kept = withoutStampLines(context, section, paragraph.children);
    if (kept === paragraph.children) result.push(paragraph);
    else if (kept.length > 0) result.push({ type: 'paragraph', children: kept, position: { start: kept[0].position.start, end: kept[kept.length - 1].position.end } });
  }
  return result;
}

/** A paragraph's first lines, joined as its text joins them, up to a few hundred characters (a draft's placeholder is short). */
function openingOf(paragraph: ParagraphNode): string {
  if (paragraph.children.length === 1) return paragraph.children[0].text;
  let opening = '';
  for (const child of paragraph.children) {
    opening = opening === '' ? child.text : `${opening}\n${child.text}`;
    if (opening.length > 300) break;
  }
  return opening;
}

/**
 * The lines beside a section's placeholder that are none of it (a printed page's number, a photo's
 * credit, a page's line); null where the other lines are no placeholder. (The other lines' text is
 * followed only as long as a placeholder's may be: a section's prose is given up at its first lines.)
 */
function straysBesidePlaceholder(lines: LineNode[]): LineNode[] | null {
  const strays: LineNode[] = [];
  const kept: string[] = [];
  let keptLength = -1;
  for (const line of lines) {
    if (LONE_NUMBER.test(line.text) || CAPTION_CREDIT.test(line.text) || isFurnitureText(line.text)) {
      strays.push(line);
      continue;
    }
    keptLength += line.text.length + 1;
    if (keptLength > n.PLACEHOLDER_MAX) return null;
    kept.push(line.text);
  }
  return strays.length > 0 && kept.length > 0 && n.isPlaceholder(kept.join('\n')) ? strays : null;
}

/** The longest words of a table's row whose figure stands alone below them (`Koulutettuja ohjaajia` / `48`). */
const ROW_WORDS_LENGTH = 40;


/** A section's text: its paragraphs joined by a blank line; a placeholder is null with an `info`. */
export function writeSectionText(context: MapContext, section: CompiledSection, path: string, written: import('../types.js').ParagraphNode[]): void {
  const paragraphs = withoutPageStamps(context, section, written);
  if (paragraphs.length === 0) return;
  // A text of numbers alone (`4` / `5` between a list's lines, left by a print's page breaks) is no text:
  // its lines are printed pages' numbers.
  if (paragraphs.every((paragraph) => paragraph.children.every((line) => LONE_NUMBER.test(line.text)))) {
    for (const paragraph of paragraphs) for (const line of paragraph.children) keepUnread(context, section.definition.id, { type: 'paragraph', children: [line], position: line.position }, `"${line.text}", a number alone as the text of section ${sectionName(section)}, looks like a printed copy's page number, not text`);
    return;
  }
  // A text of a web page's furniture alone (a cookie notice, `Tämä sivusto käyttää evästeitä. Hyväksy evästeet`,
  // between a section's fields and the next heading) is no text of the section: kept apart, said. (Audit AS of round 60.)
  // (Not a date and time alone, `14.2.2019 10.12`: an event's time as well as a print's, read as text and said.)
  if (paragraphs.every((paragraph) => paragraph.children.every((line) => isFurniturePatternText(line.text) && !isDateTimeAlone(line.text)))) {
    for (const paragraph of paragraphs) for (const line of paragraph.children) keepUnread(context, section.definition.id, { type: 'paragraph', children: [line], position: line.position }, `"${line.text.slice(0, 60)}", as the whole text of section ${sectionName(section)}, reads as a web page's furniture (a cookie notice, a share line, a print's stamp), not text`);
    return;
  }
  // A placeholder with a print's page number, a photo's credit or a page's line beside it (`Kuva: …` / `Kesken.`,
  // `4` / `Kesken.`): the placeholder, those lines kept in unmapped, said. Audit AS of round 60.
  const strays = straysBesidePlaceholder(paragraphs.flatMap((paragraph) => paragraph.children));
  if (strays !== null) {
    for (const line of strays) keepUnread(context, section.definition.id, { type: 'paragraph', children: [line], position: line.position }, `"${line.text.slice(0, 60)}" stands beside the placeholder of section ${sectionName(section)} (a printed page's number, a photo's credit or a page's line), no text of it`);
    context.builder.diagnose('info', 'placeholder-text', `Section ${sectionName(section)} is a placeholder, read as not written yet`, paragraphs[0].position, path);
    return;
  }
  const text = paragraphs.map(paragraphText).join('\n\n');
  const position = { start: paragraphs[0].position.start, end: paragraphs[paragraphs.length - 1].position.end };
  // A date alone as a section's whole text (`14.2.2019`) may be a print's date, stamped at a page's top or
  // bottom, as well as the text's own: kept, said. (Under a question, `Onko malli siirretty?`, it is the
  // answer. Audit AS of round 60.)
  if (DATE_ONLY_LINE.test(text) && !section.definition.headings.some((heading) => heading.endsWith('?'))) context.builder.diagnose('warning', 'furniture-in-text', `Section ${sectionName(section)} is only a date ("${text}"): read as its text, but a printed copy stamps its date so at a page's top or bottom`, position, path);
  if (n.isPlaceholder(text)) {
    context.builder.diagnose('info', 'placeholder-text', `Section ${sectionName(section)} is a placeholder ("${text}"), read as not written yet`, position, path);
    return;
  }
  // `-` or `ei ole` as the whole text: none — but under a question (`Onko malli siirretty?`), a marker
  // that starts with an answer (`Ei vielä.`, not yet) is the answer, kept as written.
  const answers = section.definition.headings.some((heading) => heading.endsWith('?')) && n.parseYesNo(text.split(/\s+/u)[0].replace(/[.,!]$/u, '')).problem === undefined;
  if (n.isEmptyMarker(text) && !answers) {
    context.builder.diagnose('info', 'empty-value', `Section ${sectionName(section)} is "${text}": read as no text`, position, path);
    return;
  }
  // A draft's instruction or dummy text: as the whole text (one line), not read; as its start
  // (the author's text below it), said. (The first paragraph as a whole: a hard-wrapped sentence's
  // first line may end as an instruction does, `Hanke vastaa juuri tähän` / `haasteeseen …`.)
  const opening = openingOf(paragraphs[0]);
  const whole = paragraphs.length === 1 && paragraphs[0].children.length === 1 && !n.isUncertainPlaceholder(opening);
  // (A converter's image mark with its caption above the author's text is that text's; a section of marks only is none.)
  const markAboveText = !whole && isImageMarkWithCaption(opening) && (paragraphs[0].children.length > 1 || paragraphs.slice(1).some((p) => p.children.length > 1 || !isImageMarkWithCaption(openingOf(p))));
  if (n.isDraftPlaceholder(opening) && !markAboveText) {
    context.builder.diagnose('warning', 'placeholder-text', `Section ${sectionName(section)} ${whole ? 'is' : 'starts with'} a draft's placeholder or a reference to elsewhere ("${text.slice(0, 60)}")${whole ? ': read as not written' : ''}`, whole ? position : paragraphs[0].position, path);
    if (whole) return;
  }
  // A path another section or field has filled already (a definition whose texts share a path): the
  // first kept, this text in unmapped, as a repeated field's value is.
  const before = context.builder.get(path);
  if (before !== null && before !== undefined && !(Array.isArray(before) && before.length === 0)) {
    context.builder.diagnose('warning', 'duplicate-field', `The text of section ${sectionName(section)} would fill ${path}, which a value above filled already: the first value kept, this text in unmapped`, position, path);
    for (const paragraph of paragraphs) context.builder.keep(section.definition.id, null, paragraphText(paragraph), paragraph.position);
    return;
  }
  // A placeholder as a paragraph of a longer text (`Tilaa uutiskirje – …!` / `Kesken.`, `Kesken.` / `Päivitetään
  // syksyllä 2019.`): a text only partly written, or one whose other lines stand there from a page, a print or
  // a mail — read as the text, said. Audit AS of round 60; review BF of round 62.
  // (A line of a paragraph too, in a copy without blank lines: `Kesken.` / `[täydennetty 3.4.2016]`. Audit JB of round 73.
  // Not a sentence's wrapped tail, `… on` / `kesken.`: the placeholder's line starts its paragraph, or a sentence
  // ends above it, and starts with a capital. Review RVB.)
  if (paragraphs.length > 1 || paragraphs[0].children.length > 1) {
    const placeholder = paragraphs.flatMap((paragraph) => paragraph.children.filter((line, i) => paragraph.children.length === 1 || ((i === 0 || /[.!?]$/u.test(paragraph.children[i - 1].text)) && /^\p{Lu}/u.test(line.text)))).find((line) => n.isPlaceholder(line.text));
    if (placeholder !== undefined) context.builder.diagnose('warning', 'placeholder-text', `Section ${sectionName(section)} holds a placeholder ("${placeholder.text}") beside other text: read as its text, which may be only partly written (the other lines a note of it, or a page's, a print's or a mail's lines standing there)`, placeholder.position, path);
  }
  // A number alone inside a paragraph, not taken for a page's (`… tapahtumina,` / `5` / `joissa …`, `Vuosi
  // 2009:` / `6` / `Kehitetään …`): a word of a sentence wrapped narrowly, or a value below its colon, as
  // well as a print's page number — read as the text's, said. Audit AS of round 60.
  // (The text's only one: several are a table's. Not a row's figure below its few words, `Aloittaneet` / `27`,
  // ending its paragraph. A description prints on a few dozen pages: a number of three figures, `kaikkiaan` /
  // `274` / `asiakasta`, or one with its unit below it, `40` / `%`, is the text's own. Review BE of round 62.)
  let inside: LineNode | null = null;
  let alone = 0;
  for (const paragraph of paragraphs) {
    paragraph.children.forEach((line, i) => {
      if (line.text.length > 3 || !LONE_NUMBER.test(line.text)) return;
      alone++;
      if (i === 0 || line.text.length > 2) return;
      const above = paragraph.children[i - 1].text;
      const below = paragraph.children[i + 1]?.text;
      if (below !== undefined ? !/^[%‰€$]/u.test(below) : above.length > ROW_WORDS_LENGTH || /[.!?:]$/u.test(above)) inside = line;
    });
  }
  if (alone === 1 && inside !== null) {
    const line: LineNode = inside;
    context.builder.diagnose('warning', 'page-number-in-text', `"${line.text}" alone on a line inside the text of section ${sectionName(section)} is read as the text's (a word of a sentence wrapped narrowly, or a value below its colon), but it may be a printed copy's page number`, line.position, path);
  }
  context.builder.set(path, text, position);
}

export const fieldsKind: ContentKind = {
  content: 'fields',
  defineBody(p: RuleDsl) {
    // One rule, two loops: the section's lines, and the lines each field takes. Which line starts a
    // field and which continue it are the loops' gates; no alternation or sub-rule per line (each
    // cost more than the line's own reading).
    return p.rule('fieldsBody', (section: CompiledSection): BlockNode[] => {
      const blocks = new BlockCollector();
      let field: FieldNode | null = null;
      const read: FieldProgress = { field: null, form: 'inline', lines: 0, lastLine: '', facts: p.recording ? NO_FACTS : p.state.facts };
      const continuesField = () => field !== null && continues(p.state, field, read, p.next(), p.ahead(2), p.ahead(3));
      const extend = () => {
        const line = p.take(3);
        if (!p.recording) extendField(field!, read, line, p.next());
      };
      // The heading of a section before this one, read as text here (it cannot open: `7.1 …` written
      // after 7.2's fields): the fields after it are not placed in this section's empty places. (The
      // section's own heading written again is no such sign.)
      let strayHeading: string | null = null;
      const begin = (token: LineToken) => {
        if (isFieldLine(token)) {
          field = startField(p.state, section, token, read, strayHeading);
          blocks.block(field);
        } else {
          if (token.tokenType === Heading && token.payload.sections.every((s: CompiledSection) => s.index < section.index)) strayHeading = token.payload.line.text;
          field = null;
          blocks.token(token);
        }
      };
      // The two loops below, stepped by hand for the lines after the first: the same gates in the
      // same order (a field's own lines first, then the next line of the section), without the
      // loops' cost per line.
      const step = (token: LineToken) => {
        // (A printed page's count right below a value that stands below its empty label: said when mapped.)
        if (field !== null && field.note === 'below' && field.value !== '' && token.tokenType === Furniture && isPageBreakLine(token.payload.line.text)) field.abovePageCount = true;
        // A page break inside a value that goes on after it (`… liikenne- ja` / `Sivu 2 (5)` / a
        // running header / `ympäristökeskus`): each line of the break kept apart, before the header
        // could be read as the value's wrapped end.
        if (field !== null && read.form === 'inline' && field.value !== '' && (token.tokenType === Furniture || isTextLike(token)) && breaksField(field, read, token) && continuesAfterBreaks(p, field, read)) {
          blocks.token(token);
          read.pastPageBreak = true;
          return true;
        }
        const [after, afterNext] = read.form === 'block' ? linesPastFurniture(p) : [p.ahead(2), p.ahead(3)];
        if (field !== null && continues(p.state, field, read, token, after, afterNext)) {
          extendField(field, read, token, p.ahead(2));
          read.pastPageBreak = false;
          return true;
        }
        read.pastPageBreak = false;
        // Furniture inside a list (`Näytä lisää` between items): kept apart, and the list goes on.
        if (field !== null && token.tokenType === Furniture && read.form === 'trailing' && read.field?.definition.type === 'lines' && continues(p.state, field, read, p.ahead(2), p.ahead(3), p.ahead(4))) {
          blocks.token(token);
          return true;
        }
        // A printed copy's page break between an empty label and its value (`Hankkeen nimi:` /
        // `Sivu 2 (5)` / the name) or between a block's entries: kept apart, and the field goes on.
        if (field !== null && (token.tokenType === Furniture || isTextLike(token)) && breaksField(field, read, token) && continuesAfterBreaks(p, field, read)) {
          blocks.token(token);
          return true;
        }
        if (!inBody(p.state, section, token)) return false;
        begin(token);
        return true;
      };
      p.loop(1, () => inBody(p.state, section, p.next()), () => {
        const token = p.take(2);
        if (!p.recording) begin(token);
        p.loop(4, continuesField, extend);
        p.stepWhile(step);
      });
      return p.recording ? [] : blocks.done();
    });
  },
  map: mapFields,
  linesToBlocks: collectBlocks,
};
