/**
 * The generic reader: for each layout, a Chevrotain parser whose rules are generated from the
 * layout's definition — the document is a preamble and then the layout's sections in order; each
 * section opens by its heading (or, when the copy lacks the heading, by its first label, by free
 * text after a fields section, or by a table header) and holds the body of its content kind; a
 * heading-like line the layout does not know opens an extra section. Which section a shared label
 * belongs to, where a field's value ends and which lines are prose are the rules' predicates
 * (gates), decided here once; the mapper only follows the tree.
 *
 * Parsers are built lazily, one per layout, when a text of that layout is first read, and reused.
 */
import { EmbeddedActionsParser, EOF, type ParserMethod } from 'chevrotain';
import { headingStartedBy, labelStartedBy, normaliseKey, opensWithListMarker, type CompiledField, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import type { Diagnostic, DocumentNode, HeadingNode, Position, SectionNode, SourceLine } from '../types.js';
import { contentKinds, type BodyBlock } from '../kinds/registry.js';
import { pointerOf } from '../map/record-builder.js';
import { buildPreamble } from '../kinds/preamble.js';
import { classifyLines, stems, isBracketedNote, isDateTimeAlone, isReadAlsoLead, isTitleLike, LONE_NUMBER, NO_CLUES, printedNoteShape, readsAsStrayFurniture, type PrintedNote, scoreRowParts, TIMETABLE_REACH, type TextClues, type TextFacts } from './classify.js';
import { hasWords, isPlaceholder, parseYesNo } from '../map/normalise.js';
import { PredicateLookahead } from './lookahead.js';

import { AnyLine, BareLabel, Heading, isTextLike, Label, LabelText, lineTokenTypes, Status, SummaryBar, TableHeader, TableRow, Text, Title, UnknownHeading, type LineToken } from './tokens.js';
import { lazyRegExp } from '../lazy-regexp.js';

export function span(first: Position, last: Position): Position {
  return { start: first.start, end: last.end };
}

export function located(position: Position): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column };
}

/** A numbered heading's number and first word (`4.2 Välilliset …`). */
const NUMBERED_HEADING_START = lazyRegExp(() => /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{L}+)/u);

/** The record object a field's value goes in (`organisation` of `organisation.phone`). */
const objectOf = (field: CompiledField) => field.definition.path.slice(0, Math.max(0, field.definition.path.lastIndexOf('.')));

/** Whether a short line without a sentence's end starts with one of the section's headings and goes on with more words (`Kehittymisen paikat ja seuranta`, with its colon too). */
function startsWithHeadingOf(text: string, section: CompiledSection): boolean {
  if (text.length > 100 || /[.!?]$/u.test(text)) return false;
  const key = normaliseKey(text.replace(/:$/u, ''));
  for (const heading of section.headingKeys) if (heading.length >= 6 && key.startsWith(`${heading} `)) return true;
  return false;
}

/**
 * Whether a short line, no sentence (a question's mark aside) and no list's item, shares two of the stems of one of the
 * section's headings (`Toteutuspaikan osoite, jos hanke toteutettaan yhdessä paikassa`, `Projektin julkinen rahoitus,
 * eur`): the heading retyped, cut or reworded. (One stem is the text's own line as often, `Työttömät henkilöt`,
 * `- rahoittajat`, `Rahoittajat` ending a list: reviews RVA, RVC.)
 */
function resemblesHeadingOf(text: string, section: CompiledSection): boolean {
  if (text.length > 100 || /[.!]$/u.test(text) || /[.!?]\s/u.test(text) || opensWithListMarker(text)) return false;
  const own = new Set(stems(text));
  if (own.size === 0) return false;
  let shared = 0;
  for (const stem of new Set(section.definition.headings.flatMap(stems))) if (own.has(stem)) shared++;
  return shared >= 2;
}

/** A line numbered as a section, a few words and no sentence's end after the number (`7. Projektin rahoitus`). */
const NUMBERED_LINE = lazyRegExp(() => /^(\d{1,2})(?:\.0)?[.)]?\s+\p{Lu}[^.!?]{0,80}$/u);

/** The JSON pointer of a section's text, where it has one. */
function textPointerOf(section: CompiledSection): { path?: string } {
  const textPath = (section.definition as { textPath?: string }).textPath;
  return textPath === undefined ? {} : { path: `/${textPath.replaceAll('.', '/')}` };
}

/**
 * A heading whose line goes on, after spaces or a tab, with the heading of a later section of the
 * layout (its number and its heading's first word): a print's second column. (A numbered item of the
 * section's own text, `1. Nuoret …`, is no heading.)
 */
function columnsApart(template: CompiledTemplate, section: CompiledSection, heading: LineToken, rest: LineToken | null): boolean {
  if (rest === null || rest.payload.line.position.start.line !== heading.payload.line.position.end.line) return false;
  const numbered = NUMBERED_HEADING_START.exec(rest.payload.line.text);
  if (numbered === null) return false;
  const word = numbered[2].toLowerCase();
  // (A subsection's heading after its own section's, `4 Hankkeen kohderyhmät 4.1 Varsinaiset …`, is a heading run into the line, not a column.)
  if (section.definition.number !== null && numbered[1].startsWith(`${section.definition.number}.`)) return false;
  return template.sections.some((later) => later.index > section.index && later.definition.number === numbered[1] && later.definition.headings.some((words) => words.toLowerCase().startsWith(word)));
}

/** The longest single word a cut may leave of a label or heading. */
const CUT_FRAGMENT_LENGTH = 24;

const NO_FIELDS: CompiledField[] = [];

/** The longest line looked at as a page's early heading (`Yleistiedot hankkeesta`, `Tietoja hankkeesta:`). */
const MAX_EARLY_HEADING = 80;

/** What the grammar's predicates know while one text is read. */
export class ReadState {
  /** By section index: whether the section is open (or was), and whether it opened by its heading. */
  private readonly opened: Uint8Array;
  private readonly openedByHeading: Uint8Array;
  /** The section opened last: sections open in template order. */
  current: CompiledSection | null = null;
  /** By section index: which of its fields are filled (by field index), and the last one filled. */
  private readonly filled: (Uint8Array | undefined)[];
  private readonly cursor: Int32Array;
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly template: CompiledTemplate,
    readonly facts: TextFacts,
  ) {
    const count = template.sections.length;
    this.opened = new Uint8Array(count);
    this.openedByHeading = new Uint8Array(count);
    this.filled = new Array(count).fill(undefined);
    this.cursor = new Int32Array(count);
  }

  private headingInText(section: CompiledSection): boolean {
    return this.facts.headingLine[section.index] > 0;
  }

  /**
   * Whether a section between the current one and `section` has its heading further down: then
   * the text has not got to `section` yet, and nothing opens it without its heading.
   */
  private headingComesBefore(section: CompiledSection, token: LineToken): boolean {
    const line = token.payload.line.position.start.line;
    const from = this.current === null ? 0 : this.current.index + 1;
    for (let i = from; i < section.index; i++) if (this.facts.headingLine[i] > line) return true;
    return false;
  }

  /** Whether `token` opens `section` now. */
  canOpen(section: CompiledSection, token: LineToken): boolean {
    if (this.opened[section.index] === 1) return false;
    if (this.template.definition.ordered && this.current !== null && section.index <= this.current.index) return false;
    // An un-numbered subsection opens inside its parent, or alone where the copy lacks the parent's heading.
    const parent = section.definition.number === null ? section.parentIndex : -1;
    if (parent !== -1 && this.opened[parent] === 0 && this.facts.headingLine[parent] > 0) return false;
    const type = token.tokenType;
    // In a layout whose sections come in order, a heading written again further down, here before
    // the headings of the sections between (`9. Loppuraportin tiivistelmä` in the summary, and the
    // real one after 8), is text: taking it would make every real heading between prose. A heading
    // written once opens its section wherever it stands (a copy with two sections swapped).
    // So is the next section's heading pasted into the text before it, with the real one right
    // below it, no other heading between the two (`4. Hankkeen kohderyhmät` in the summary).
    if (type === Heading) return token.payload.sections.includes(section) && !(this.template.definition.ordered && (this.facts.lastHeadingLine?.[section.index] ?? 0) > token.payload.line.position.start.line && (this.headingComesBefore(section, token) || this.writtenAgainRightBelow(section, token)));
    if (this.headingInText(section) || this.headingComesBefore(section, token)) return false;
    if (type === Label || type === BareLabel) return section.opensByLabels && token.payload.fields.some((f) => f.section === section) && !this.labelsOfSkippedLater(section, token) && !(this.facts.inProse?.has(token) ?? false);
    if (type === TableHeader) return section.opensByTableHeader && token.payload.sections.includes(section);
    // Free text does not open a section when a numbered heading of its number, or of a section
    // before it, stands further down (`3 Summary of the implementation plan` in an English copy):
    // the copy has its headings, unknown ones.
    // (Nor a number alone, a printed page's number: `Hakijan virallinen nimi: …` / `1` / `Organisaatiotyyppi: …`.)
    // Nor when it would pass over a section between that opens by its labels and has them further
    // down (a flattened copy's `Valtakunnallinen hanke` after the funding, with 7.1's and 8.1's labels
    // below it, is no start of the final report).
    // (So does a sentence with a colon inside, read as a label the layout lacks: a flattened copy's
    // summary opening `Hankkeella on kolme päätavoitetta: talvimatkailun …` right after the fields.)
    // (One that opens by `textWithoutHeadings` only after a section opened without its heading, in a copy
    // without headings: below a heading's fields, a line is theirs, said. Review RVB of round 75.)
    if (type === Text || type === TableRow || (type === LabelText && (this.facts.sentenceLabels?.has(token) ?? false))) return section.opensByText && this.textEndsCurrent() && !this.numberedLater(section, token) && !this.isCutFragment(token) && !LONE_NUMBER.test(token.payload.line.text) && !(this.facts.strayInFields?.has(token) ?? false) && !this.labelsOfSkippedLater(section, token) && !(section.opensByTextOnlyWithoutHeadings && this.openedByHeading[this.current!.index] !== 0);
    return false;
  }

  /** Whether the section's heading is written again further down with no heading of another section between. */
  private writtenAgainRightBelow(section: CompiledSection, token: LineToken): boolean {
    // (Only a section that holds subsections: text right below its heading is the text before it. A
    // prose section's heading again in its own text is a printed copy's running header, and a fields
    // section's heading with its fields, written twice, is a section copied twice.)
    if (section.definition.content !== 'container') return false;
    const again = this.facts.secondHeadingLine?.[section.index] ?? 0;
    const at = token.payload.line.position.start.line;
    // (Text between them: a heading written twice in a row, `6.1 …` / `6.1 …`, is the first's, its second said.)
    return again > at + 2 && !this.facts.headingLine.some((line, index) => index !== section.index && line > at && line < again);
  }

  /**
   * Whether opening `section` by this label would pass over a section between that opens by its
   * labels and has them further down: in a copy without headings, `Kunnat: Pori ja Rauma ovat
   * mukana.` in the summary, before the funding labels of section 5, is the summary's sentence, not
   * section 6 opening. So for one that opens by its table's header, written further down: a
   * flattened copy's sentence below a stray label in 8.1 is no start of the final report before
   * 8.2's table (audit HA of round 71).
   */
  private labelsOfSkippedLater(section: CompiledSection, token: LineToken): boolean {
    const line = token.payload.line.position.start.line;
    const tableHeaders = this.facts.tableHeaderLine;
    for (let i = this.current === null ? 0 : this.current.index + 1; i < section.index; i++) {
      const skipped = this.template.sections[i];
      if (this.opened[i] !== 0) continue;
      if ((skipped.opensByLabels && this.facts.lastLabelLine[i] > line) || (tableHeaders !== null && skipped.opensByTableHeader && tableHeaders[i] > line)) return true;
    }
    return false;
  }

  /** Whether a numbered heading the layout does not know stands further down with the number of `section` or of one before it. */
  private numberedLater(section: CompiledSection, token: LineToken): boolean {
    const at = this.facts.unmatchedNumberedLine;
    if (at === null) return false;
    const line = token.payload.line.position.start.line;
    for (let i = this.current === null ? 0 : this.current.index + 1; i <= section.index; i++) if (at[i] > line) return true;
    return false;
  }

  private openingFor: LineToken | null = null;
  private opening: CompiledSection | null = null;

  /**
   * The section `token` opens now, if any: the first in template order that it can open. Asked by
   * every alternative of the document's choice of section, so computed once per token.
   */
  sectionOpenedBy(token: LineToken): CompiledSection | null {
    if (this.openingFor === token) return this.opening;
    // Nothing opens in a second description pasted after the first: it is kept whole, apart.
    if (this.facts.anotherDescriptionLine !== null && token.payload.line.position.start.line >= this.facts.anotherDescriptionLine) return null;
    let found: CompiledSection | null = null;
    const type = token.tokenType;
    const consider = (section: CompiledSection) => {
      if ((found === null || section.index < found.index) && this.canOpen(section, token)) found = section;
    };
    if (type === Heading || type === TableHeader) for (const s of token.payload.sections) consider(s);
    else if (type === Label || type === BareLabel) for (const f of token.payload.fields) consider(f.section);
    else if (type === Text || type === TableRow || (type === LabelText && (this.facts.sentenceLabels?.has(token) ?? false))) {
      const from = this.current === null ? 0 : this.current.index + 1;
      for (let i = from; i < this.template.sections.length && found === null; i++) if (this.template.sections[i].opensByText) consider(this.template.sections[i]);
    }
    this.openingFor = token;
    this.opening = found;
    return found;
  }

  /** Whether `token` opens some section after the current one. */
  opensLater(token: LineToken): boolean {
    if (this.facts.anotherDescriptionLine !== null && token.payload.line.position.start.line >= this.facts.anotherDescriptionLine) return false;
    const type = token.tokenType;
    if (type === Heading || type === TableHeader) return token.payload.sections.some((s) => this.canOpen(s, token));
    if (type === Label || type === BareLabel) return token.payload.fields.some((f) => this.canOpen(f.section, token));
    if (type === Text || type === TableRow || (type === LabelText && (this.facts.sentenceLabels?.has(token) ?? false))) {
      const current = this.current;
      if (current === null || !this.textEndsCurrent()) return false;
      for (let i = current.index + 1; i < this.template.sections.length; i++) {
        const section = this.template.sections[i];
        if (section.opensByText && this.canOpen(section, token)) return true;
      }
    }
    return false;
  }

  /**
   * Free text after the fields of a fields section belongs to the next section that opens by text:
   * at once in a section without a text of its own, after its first field in one with (the text
   * before any field is the section's own, as `Valtakunnallinen projekti` under 3.1).
   */
  /**
   * The last line of a text that ends without a line break, one short word (`Va`, `Hankkeen`): a
   * copy cut off inside a label or heading. It opens no section by text; it stays where the cut is.
   */
  private isCutFragment(token: LineToken): boolean {
    if (!this.facts.endsUnbroken) return false;
    const line = token.payload.line;
    if (line.position.start.line !== this.facts.lastLine) return false;
    // A heading's number alone with its dot (`2.` of `2. Projektin toteuttaja`): cut there.
    if (/^\d{1,2}(?:\.\d{1,2})*\.$/.test(line.text)) return true;
    if (/[.!?:]$/.test(line.text)) return false;
    // A heading's number alone (`2`), or one short word that is no placeholder or answer (`Va`, `X`,
    // `ha`; `Kesken`, `-` and `Ei` are a text's own).
    const text = line.kind === 'numbered' ? line.value ?? '' : line.text;
    if (text === '' || /^\d{1,2}(?:\.\d{1,2})*\.?$/.test(text)) return true;
    if (!/\s/.test(text)) return text.length <= CUT_FRAGMENT_LENGTH && /\p{L}/u.test(text) && !isPlaceholder(text) && parseYesNo(text).problem !== undefined;
    // The start of one of the layout's headings or labels (`2 Hakijan perust`, `Toteutuspaikan osoite,
    // jos hanke toteutetaan yh`), not the whole of one.
    const key = normaliseKey(text);
    const label = labelStartedBy(this.template, text);
    if (label !== null && normaliseKey(label.label) !== key) return true;
    const heading = headingStartedBy(this.template, text, null);
    return heading !== null && normaliseKey(heading.heading) !== key;
  }

  private textEndsCurrent(): boolean {
    const current = this.current;
    if (current === null || current.definition.content !== 'fields') return false;
    // After its first field; before any, only in a section opened by its label (a copy without
    // headings): a sentence under a heading, before the fields, is that section's (kept, with a warning).
    if (this.filled[current.index] !== undefined) return true;
    return !current.ownsText && this.openedByHeading[current.index] === 0;
  }

  /** Whether a body other than an extra section's or a roles list ends before `token`. */
  endsBody(token: LineToken | null): boolean {
    return token === null || token.tokenType === UnknownHeading || this.opensLater(token);
  }

  open(section: CompiledSection, byHeading: boolean): void {
    this.opened[section.index] = 1;
    if (byHeading) this.openedByHeading[section.index] = 1;
    this.current = section;
    this.openingFor = null;
  }

  /** The field of `section` a label line fills: the first unfilled one at or after the last filled, else the first unfilled. */
  fieldFor(section: CompiledSection, token: LineToken): CompiledField | 'duplicate' | null {
    if (token.tokenType !== Label && token.tokenType !== BareLabel) return null;
    const filled = this.filled[section.index];
    const cursor = this.cursor[section.index];
    let chosen: CompiledField | undefined;
    let any = false;
    for (const field of token.payload.fields) {
      if (field.section !== section) continue;
      any = true;
      if (filled !== undefined && filled[field.index] === 1) continue;
      if (field.index >= cursor) {
        chosen = field;
        break;
      }
      chosen ??= field;
    }
    if (!any) return null;
    return chosen ?? 'duplicate';
  }

  /**
   * Whether `field` of a section opened by its labels (a copy without headings) comes after the
   * section's last field was read, while a later section can take the label: the copy has moved on (a
   * flattened copy missing one `Suunniteltu` line), so the label is the later section's. Said with
   * `ambiguous-label` where it stands, since it may as well be this section's, written late.
   */
  movesOn(section: CompiledSection, field: CompiledField, token: LineToken): boolean {
    // Only once the section's last field is read: before that, fields out of order are the copy's
    // own (`Postinumero` after `WWW-osoite`), not a sign of the next section.
    if (this.openedByHeading[section.index] === 1 || this.filled[section.index] === undefined || field.index >= this.cursor[section.index] || this.cursor[section.index] !== section.fields.length - 1) return false;
    const next = this.sectionOpenedBy(token);
    if (next === null || next === section) return false;
    const line = token.payload.line;
    if (this.movedOnAt !== line.position.start.line) {
      this.movedOnAt = line.position.start.line;
      const taken = this.fieldFor(next, token);
      const label = line.label ?? line.text;
      this.diagnostics.push({
        severity: 'warning',
        rule: 'ambiguous-label',
        message: `"${label}" comes after the later fields of ${section.definition.number ?? section.definition.headings[0]}, which has no "${label}" of its own: read by the layout's order as ${next.definition.number ?? next.definition.headings[0]}'s, but a line may be missing from either`,
        ...located(line.position),
        ...(taken !== null && taken !== 'duplicate' ? { path: pointerOf(taken.definition.path) } : {}),
      });
    }
    return true;
  }

  private movedOnAt = 0;

  /** Fields chosen by order among several of a section with the same label, while another was free. */
  private readonly placedByOrder: { field: CompiledField; others: CompiledField[]; before: CompiledField | null; label: string; position: Position }[] = [];
  /** Those of them said to be in doubt. */
  private readonly doubtfulShared: { field: CompiledField; others: CompiledField[]; label: string; position: Position }[] = [];

  /** The line of the field filled last, and that field. */
  private lastFilledLine: SourceLine | null = null;
  private lastFilledField: CompiledField | null = null;

  /** Whether `token` writes the line of the field filled last again, right below it (no other line between but a blank one). */
  writesFilledLineAgain(token: LineToken): boolean {
    const above = this.lastFilledLine;
    const line = token.payload.line;
    if (above === null || line.text !== above.text) return false;
    const gap = line.position.start.line - above.position.end.line;
    return gap === 1 || (gap === 2 && line.afterBlank);
  }

  /**
   * Whether `token` is the line of the field filled last copied twice, so the same field again — not
   * a later section's that shares the label: a flattened copy's `Postinumero: 80100` twice would
   * otherwise open the implementation address, whose first field it is not, and send the rest of
   * section 2 to unmapped. A later section's first field (`Suunniteltu: 5` of 4.1, then of 4.2, in a
   * copy without the `Toteutunut` lines) opens that section, said ({@link writesFilledLineAgain}).
   */
  repeatsFilledLine(token: LineToken): boolean {
    if (!this.writesFilledLineAgain(token)) return false;
    const later = this.sectionOpenedBy(token);
    return later === null || !token.payload.fields.includes(later.fields[0]);
  }

  /**
   * Whether the women clause of `token`'s value is that of the field filled last and not the one of
   * the later section's first field it opens (`Suunniteltu: 12, joista naisten työpaikkoja 4` of 4.1
   * written twice, opening 4.2, whose clause is `joista naisten perustamia`): the line above copied twice, likely.
   * (Not read once for that, review R3: a run of indicators one section short is read as none.)
   */
  hasClauseOfFieldAbove(token: LineToken, later: CompiledSection): boolean {
    const value = token.payload.line.value ?? '';
    const own = this.lastFilledField?.definition.clauseWords;
    const theirs = later.fields[0]?.definition.clauseWords;
    // (A clause of one word, `joista naisia`, is how people write any figure's: no sign.)
    return own !== undefined && own.some((word) => word.includes(' ')) && this.lastFilledField!.section !== later && hasWords(value, own) && !(theirs !== undefined && hasWords(value, theirs));
  }

  fill(field: CompiledField, token: LineToken): void {
    const filledBefore = this.lastFilledField;
    this.lastFilledLine = token.payload.line;
    this.lastFilledField = field;
    const at = field.section.index;
    const filled = (this.filled[at] ??= new Uint8Array(field.section.fields.length));
    // A field before the last one filled: the copy's fields are not in the layout's order, so a
    // label that several fields share was placed by an order the copy does not keep (the
    // organisation's `Puhelinnumero` written after the web address, read as the contact's).
    if (field.index < this.cursor[at]) {
      for (const placed of this.placedByOrder) {
        if (placed.field.section !== field.section || placed.field.index <= field.index) continue;
        // (Not a label standing amid its own object's fields, the field before it and the one out of
        // order after it the organisation's as it is, the others another object's: `Organisaatiotyyppi` /
        // `Puhelinnumero` / `Y-tunnus`. Audit BT of round 66: it was said to be perhaps the contact's.)
        const object = objectOf(placed.field);
        if (placed.before !== null && objectOf(placed.before) === object && objectOf(field) === object && placed.others.every((other) => objectOf(other) !== object)) continue;
        this.doubtfulShared.push(placed);
        this.diagnostics.push({
          severity: 'warning',
          rule: 'ambiguous-label',
          message: `"${placed.label}" is read by the layout's order as ${placed.field.definition.path}, but the fields around it are not in that order: it may be ${placed.others.map((o) => o.definition.path).join(' or ')}`,
          ...located(placed.position),
          path: pointerOf(placed.field.definition.path),
        });
      }
      for (let i = this.placedByOrder.length - 1; i >= 0; i--) if (this.placedByOrder[i].field.section === field.section && this.placedByOrder[i].field.index > field.index) this.placedByOrder.splice(i, 1);
    }
    // The same label again, after its first place was said to be in doubt: this one takes what the
    // first left, and is as doubtful (the two may be each other's).
    const first = token.payload.fields.length > 1 ? this.doubtfulShared.find((placed) => placed.field.section === field.section && placed.field !== field && token.payload.fields.includes(placed.field)) : undefined;
    if (first !== undefined) {
      const line = token.payload.line;
      this.diagnostics.push({
        severity: 'warning',
        rule: 'ambiguous-label',
        message: `"${line.label ?? line.text}" is read as ${field.definition.path}, the place the same label above (line ${first.position.start.line}) left; as that one is in doubt, the two may be each other's`,
        ...located(line.position),
        path: pointerOf(field.definition.path),
      });
    }
    // (Also where the others are filled: a second organisation's `Puhelinnumero` right below the
    // first, read as the contact's, shows itself by the fields that come after it.)
    const others = token.payload.fields.length > 1 ? token.payload.fields.filter((f) => f !== field && f.section === field.section && (filled[f.index] !== 1 || f.index < field.index)) : NO_FIELDS;
    if (others.length > 0) this.placedByOrder.push({ field, others, before: filledBefore?.section === field.section ? filledBefore : null, label: token.payload.line.label ?? token.payload.line.text, position: token.payload.line.position });
    filled[field.index] = 1;
    this.cursor[at] = field.index;
  }
}

/** The parser's DSL, as the content kinds' rule builders use it. */
export interface RuleDsl {
  readonly state: ReadState;
  readonly recording: boolean;
  rule<A extends unknown[], R>(name: string, impl: (...args: A) => R): ParserMethod<A, R>;
  sub<A extends unknown[], R>(idx: number, rule: ParserMethod<A, R>, args: A): R;
  take(idx: number): LineToken;
  loop(idx: number, gate: () => boolean, body: () => void): void;
  choose(idx: number, alternatives: { gate?: () => boolean; alt: () => void }[]): void;
  /** The next token, or null at the end of the text. */
  next(): LineToken | null;
  /** The token `k` ahead (1: the next), or null past the end of the text. */
  ahead(k: number): LineToken | null;
  /**
   * Takes each following token for which `more` holds, as the enclosing loop (whose gate `more`
   * is) would, but without the loop's cost per line: most lines of a body are text.
   */
  takeWhile(more: (token: LineToken) => boolean, each: (token: LineToken) => void): void;
  /** Takes each following token for which `step` (which reads it) says true. */
  stepWhile(step: (token: LineToken) => boolean): void;
}

/** A label of fields of more than one section of the layout. */
function isSharedLabel(token: LineToken): boolean {
  if (token.tokenType !== Label && token.tokenType !== BareLabel) return false;
  const fields = token.payload.fields;
  return fields.some((field) => field.section !== fields[0].section);
}

function headingNode(line: SourceLine): HeadingNode {
  const node: HeadingNode = {
    type: 'heading',
    number: line.kind === 'numbered' ? line.number! : null,
    text: line.kind === 'numbered' ? line.value! : line.kind === 'label' ? line.label! : line.text,
    position: line.position,
  };
  if (node.text !== line.text) node.written = line.text;
  return node;
}

const NO_TOKENS: LineToken[] = [];

class LayoutParser extends EmbeddedActionsParser implements RuleDsl {
  state!: ReadState;
  private readonly documentRule: ParserMethod<[], SectionNode[]>;
  preamble: BodyBlock[] = [];
  /** The sections read so far of the text being read. */
  private sectionsRead: SectionNode[] = [];

  constructor(readonly template: CompiledTemplate) {
    super(lineTokenTypes, { recoveryEnabled: false, skipValidations: true, maxLookahead: 1, lookaheadStrategy: new PredicateLookahead() });
    const bodies = new Map(contentKinds.map((kind) => [kind.content, kind.defineBody(this)]));

    const preambleRule = this.RULE('preamble', () => {
      const lines: LineToken[] = [];
      this.loop(1, () => this.inPreamble(), () => {
        const token = this.take(2);
        if (!this.recording) lines.push(token);
      });
      return lines;
    });

    const sectionRules = template.sections.map((section) =>
      this.RULE(`section_${section.index}`, (): SectionNode => {
        let heading: LineToken | null = null;
        let openedBy: SectionNode['openedBy'] = 'heading';
        this.ACTION(() => {
          const first = this.next()!;
          openedBy = first.tokenType === Heading ? 'heading' : first.tokenType === TableHeader ? 'tableHeader' : isTextLike(first) ? 'text' : 'labels';
          const before = this.state.current;
          this.state.open(section, openedBy === 'heading' || openedBy === 'tableHeader');
          // Opened by a label the section read just above (under its heading) has too: the figures
          // may as well be that section's written twice (a section pasted twice, its second heading lost or
          // taken for text) as this section's without its heading.
          const sharedAbove = openedBy === 'labels' && before !== null && before !== section && this.state.facts.headingLine[before.index] > 0 && (first.tokenType === Label || first.tokenType === BareLabel) && first.payload.fields.some((f) => f.section === before);
          if (first.tokenType === Heading && first.payload.note === 'afterBreak') {
            this.state.diagnostics.push({ severity: 'warning', rule: 'glued-fields', message: `Heading "${first.image}" stands on one line with the text above it (a lost line break); read as the heading of section ${describe(section)}`, ...located(first.payload.line.position) });
          } else if (first.tokenType === Heading && first.payload.note === 'glued' && columnsApart(template, section, first, this.ahead(2))) {
            // (`4.1 Varsinaiset kohderyhmät          4.2 Välilliset …`: a print's two columns, which
            // a layout-keeping extraction puts on one line; the lines below hold both columns.)
            this.state.diagnostics.push({ severity: 'warning', rule: 'ambiguous-label', message: `Heading "${first.image}" stands on one line with another heading after a gap: two columns of a print copied row by row? The section's lines below may hold both columns' text`, ...located(first.payload.line.position), ...textPointerOf(section) });
          } else if (first.tokenType === Heading && first.payload.note === 'glued' && first.payload.line.kind !== 'numbered') {
            // (Without a number, the heading's words may as well start a sentence of the text above.)
            this.state.diagnostics.push({ severity: 'warning', rule: 'glued-fields', message: `"${first.image}", the heading of section ${describe(section)}, and the first line of its text stand on one line (or a sentence of the text above starts with the heading's words); read apart`, ...located(first.payload.line.position), ...textPointerOf(section) });
          } else if (first.tokenType === Heading && first.payload.note === 'glued') {
            this.state.diagnostics.push({ severity: 'info', rule: 'glued-fields', message: `Heading "${first.image}" and the first line of its section stand on one line; read apart`, ...located(first.payload.line.position) });
          } else if (first.tokenType === Heading && first.payload.variant === 'renamed') {
            this.state.diagnostics.push({ severity: 'warning', rule: 'heading-variant', message: `Heading "${first.image}" read as section ${describe(section)} by its number; its words name something else than the layout's heading, so it may be another section, and its values another measure`, ...located(first.payload.line.position) });
          } else if (first.tokenType === Heading && (first.payload.variant === 'reworded' || (first.payload.variant === 'numberForm' && this.state.facts.numberFormHeadings < NUMBER_FORM_THROUGHOUT)) && first.payload.line.kind === 'numbered' && !this.state.facts.headingLine.some((line) => line > 0)) {
            // (In a copy with no heading written as the layout writes it, a flattened one, a numbered
            // line sharing a word with a heading may as well be the text's, a numbered list's item —
            // not one that is the heading word for word with the section's own number in another
            // form, `VII.1 …`, `3.1) …`, as a copy numbered so throughout writes each.)
            this.state.diagnostics.push({ severity: 'warning', rule: 'heading-variant', message: `"${first.image}" is read as the heading of section ${describe(section)} by its number and a word of the layout's heading, but the copy writes none of the layout's headings as the layout does (a flattened copy?): it may be a line of the text above (a numbered list's item), and the text below it that text's too`, ...located(first.payload.line.position), ...textPointerOf(section) });
          } else if (first.tokenType === Heading && first.payload.variant) {
            this.state.diagnostics.push({ severity: 'info', rule: 'heading-variant', message: `Heading "${first.image}" read as section ${describe(section)}`, ...located(first.payload.line.position) });
          } else if (first.tokenType === Heading && first.payload.line.kind === 'numbered' && section.definition.alsoNumbered?.includes(first.payload.line.number!) === true && !template.sections.some((other) => other !== section && other.definition.number === first.payload.line.number && this.headingWrittenOwn(other))) {
            // (Only where the copy has no heading of the layout's own section of that number written so: a technical-assistance
            // description has no section 3 of the layout's, an ordinary one numbering its summary 3 has. Review CE of round 67.)
            this.state.diagnostics.push({
              severity: 'info',
              rule: 'heading-renumbered',
              message: `Heading "${first.image}" is numbered ${first.payload.line.number}, as some of the register's own descriptions of this layout number section ${describe(section)}; read as that section`,
              ...located(first.payload.line.position),
            });
          } else if (first.tokenType === Heading && first.payload.line.kind === 'numbered' && section.definition.number !== null && first.payload.line.number !== section.definition.number) {
            this.state.diagnostics.push({
              severity: 'warning',
              rule: 'heading-renumbered',
              message: `Heading "${first.image}" is numbered ${first.payload.line.number} but its text is that of section ${describe(section)}; read as that section`,
              ...located(first.payload.line.position),
            });
          } else if (openedBy === 'tableHeader' && first.payload.note === 'rewordedHeader') {
            this.state.diagnostics.push({
              severity: 'warning',
              rule: 'heading-variant',
              message: `"${first.image}", above the first category of section ${describe(section)} (which has no heading here), is read as the table's column header written otherwise; its rows' scores are read in the layout's order of columns, which this header may not have`,
              ...located(first.payload.line.position),
            });
          } else if (openedBy === 'tableHeader' && first.payload.note === 'category') {
            this.state.diagnostics.push({
              severity: 'info',
              rule: 'section-without-heading',
              message: `Section ${describe(section)} has neither its heading nor its column header here; opened by ${scoreRowParts(first.image) !== null ? `its first row, "${first.image}", of a criterion of the table (no category line above it: the rows before the first category have none; ` : `its first category, "${first.image}", with a row below it (`}its columns read in the layout's order)`,
              ...located(first.payload.line.position),
            });
          } else if (openedBy === 'text') {
            // Said after the whole text is read, when it is known which sections after it never opened.
          } else if (sharedAbove) {
            this.state.diagnostics.push({
              severity: 'warning',
              rule: 'section-without-heading',
              message: `Section ${describe(section)} has no heading here; opened by its first label, "${first.payload.line.label ?? first.image}", which is also a label of ${describe(before!)} right above it: these may be that section's lines written twice, not this section's`,
              ...located(first.payload.line.position),
            });
          } else if (openedBy === 'labels' && this.state.writesFilledLineAgain(first)) {
            // (A warning where the line's women clause is the section above's, or where a field of the
            // section above follows it — its `Toteutunut` line, which the two may share —; an info
            // where neither, a plan's copy whose sections' first lines follow each other: reviews R2, R3.)
            const clause = this.state.hasClauseOfFieldAbove(first, section);
            const others = before?.fields.filter((field) => !first.payload.fields.includes(field)) ?? [];
            const after = this.ahead(2);
            const otherFollows = after !== null && (after.tokenType === Label || after.tokenType === BareLabel) && after.payload.fields.some((field) => others.includes(field));
            this.state.diagnostics.push({
              severity: clause || otherFollows ? 'warning' : 'info',
              rule: 'section-without-heading',
              message: `Section ${describe(section)} has no heading here; opened by its first label, "${first.payload.line.label ?? first.image}", on a line written exactly as the one right above it${clause ? ', its women clause that of the section above' : ''}: the copy may have that line twice, and the values from here on belong to the sections before`,
              ...located(first.payload.line.position),
            });
          } else if (openedBy !== 'heading' && openedBy !== 'tableHeader') {
            // The line right above, read as the text of the section before, numbered as this section and no
            // sentence (`7. Projektin rahoitus` in a copy without blank lines): this section's heading in other
            // words, perhaps. Said at it. Audit BT of round 66.
            const above = this.LA(0) as LineToken;
            const textAbove = openedBy === 'labels' && before !== null && before !== section && above?.payload?.line !== undefined && isTextLike(above) ? above.payload.line.text : null;
            const numbered = textAbove === null ? null : NUMBERED_LINE.exec(textAbove);
            // (Not a numbered list's last item, `6. Kevätseminaari` / `7. Loppuseminaari Helsingissä`: the line above numbered too. Review BV of round 66.)
            const aboveThat = numbered === null ? null : (this.LA(-1) as LineToken);
            const inList = aboveThat?.payload?.line !== undefined && /^\d{1,2}[.)]?\s/u.test(aboveThat.payload.line.text);
            // (Or unnumbered, starting with the section's heading and more words, no sentence: `Kehittymisen paikat ja
            // seuranta` above `Ennen hanketta:` in a page's copy without blank lines. Audit JB of round 73.)
            const reworded = numbered === null && textAbove !== null && startsWithHeadingOf(textAbove, section);
            // (Or sharing its heading's words, retyped, cut or reworded: `Toteutuspaikan osoite, jos hanke toteutettaan
            // yhdessä paikassa`, unnumbered in every copy, or `Projektin julkinen rahoitus, eur`. Audit WI of round 80: read
            // into the text above unsaid.)
            // (Only where the section above has a text it is read into: in one of fields only it is kept in unmapped, said.)
            const resembling = numbered === null && !reworded && textAbove !== null && textPointerOf(before!).path !== undefined && resemblesHeadingOf(textAbove, section);
            if ((numbered !== null && numbered[1] === section.definition.number && !inList) || reworded || resembling) {
              this.state.diagnostics.push({ severity: 'warning', rule: 'heading-variant', message: `"${above.payload.line.text.slice(0, 80)}", right above the first label of section ${describe(section)} and ${reworded ? 'starting with its heading' : resembling ? 'sharing its heading\'s words' : 'numbered as it'}, may be its heading written otherwise: read as a line of the text of ${describe(before!)}`, ...located(above.payload.line.position), ...textPointerOf(before!) });
            }
            this.state.diagnostics.push({
              severity: 'info',
              rule: 'section-without-heading',
              message: `Section ${describe(section)} has no heading here; opened by its ${openedBy === 'labels' ? 'first label' : 'text after the fields before it'}`,
              ...located(first.payload.line.position),
            });
          }
        });
        this.option(1, {
          GATE: () => this.next()?.tokenType === Heading,
          DEF: () => {
            heading = this.take(2);
          },
        });
        const blocks = this.subrule(3, bodies.get(section.definition.content)!, { ARGS: [section] });
        return this.ACTION(() => {
          const positions = blocks.map((b) => b.position);
          const first = heading?.payload.line.position ?? positions[0];
          const last = positions.length > 0 ? positions[positions.length - 1] : first;
          return {
            type: 'section',
            id: section.definition.id,
            openedBy,
            ambiguous: false,
            heading: heading ? headingNode(heading.payload.line) : null,
            children: blocks,
            position: span(first, last),
          } satisfies SectionNode;
        });
      }),
    );

    const extraRule = this.RULE('extraSection', (): SectionNode => {
      const heading = this.take(1);
      const lines: LineToken[] = [];
      this.loop(2, () => {
        const next = this.next();
        // Text under a heading the layout does not know is that section's, whatever could open by text;
        // so are labels several sections share (`Suunniteltu:` under `4.4 Uusien tuotteiden määrä`),
        // which would otherwise fill the places of a section the copy does not have.
        return next !== null && next.tokenType !== UnknownHeading && (isTextLike(next) || isSharedLabel(next) || !this.state.opensLater(next));
      }, () => {
        const token = this.take(3);
        if (!this.recording) lines.push(token);
      });
      return this.ACTION(() => {
        const blocks = contentKinds.find((k) => k.content === 'container')!.linesToBlocks(lines);
        const last = blocks.length > 0 ? blocks[blocks.length - 1].position : heading.payload.line.position;
        return { type: 'section', id: null, openedBy: 'heading', ambiguous: false, heading: headingNode(heading.payload.line), children: blocks, position: span(heading.payload.line.position, last) };
      });
    });

    // The document's choice of section, built once: its gates read the parser's state, and the
    // sections read so far are collected on the parser (a choice built per step cost more than
    // the step).
    const choice = {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        ...template.sections.map((section, i) => ({
          GATE: () => {
            const next = this.next();
            return next !== null && this.state.sectionOpenedBy(next) === section;
          },
          ALT: () => {
            const node = this.subrule(4, sectionRules[i], { ARGS: [] });
            if (!this.recording) this.sectionsRead.push(node);
          },
        })),
        {
          GATE: () => this.next()?.tokenType === UnknownHeading,
          ALT: () => {
            const node = this.subrule(5, extraRule, { ARGS: [] });
            if (!this.recording) this.sectionsRead.push(node);
          },
        },
        {
          // Nothing opens here and no body is open: the line is kept as a section of its own.
          ALT: () => {
            const token = this.take(6);
            this.ACTION(() => {
              this.state.diagnostics.push({ severity: 'warning', rule: 'unexpected-line', message: `"${token.image}" stands where no section of ${this.template.name} can continue; kept in unmapped`, ...located(token.payload.line.position) });
              const blocks = contentKinds.find((k) => k.content === 'container')!.linesToBlocks([token]);
              this.sectionsRead.push({ type: 'section', id: null, openedBy: 'heading', ambiguous: false, heading: null, children: blocks, position: token.payload.line.position });
            });
          },
        },
      ],
    };
    const eachSection = {
      // Section rules can be empty as the grammar sees them (an optional heading, then a body):
      // the loop itself stops at the end of the text.
      GATE: () => this.next() !== null,
      DEF: () => this.or(3, choice),
    };
    this.documentRule = this.RULE('document', () => {
      const lines = this.subrule(1, preambleRule, { ARGS: [] });
      this.ACTION(() => {
        const following = this.next();
        // (The first section opened, for a page's top, and whether the text has the top's bar or status, or
        // a heading of the facts or a section before them, anywhere.)
        const page = this.template.definition.page !== undefined;
        const followingSection = following !== null && page ? this.state.sectionOpenedBy(following) : null;
        this.preamble = buildPreamble(this.template, lines, this.state.facts, following, followingSection, page && this.pageTopAnywhere());
      });
      this.many(2, eachSection);
      return this.sectionsRead;
    });
    this.performSelfAnalysis();
  }

  /** Whether the text has a page's summary bar or status, or a heading of its facts or a section before them (not a sub-section), anywhere. */
  private pageTopAnywhere(): boolean {
    const facts = this.template.sections.findIndex((section) => section.definition.required === true);
    // (Not a sub-section's heading: `Projektitiimi` names a role in the page's last section too.)
    const early = this.template.sections.slice(0, facts + 1).filter((section) => section.definition.parent === undefined);
    return (this.input as LineToken[]).some((token) => {
      if (token.tokenType === SummaryBar || token.tokenType === Status) return true;
      const line = token.payload?.line;
      if (line === undefined || line.text.length > MAX_EARLY_HEADING) return false;
      const key = normaliseKey(line.text.replace(/:$/u, ''));
      return early.some((section) => section.headingKeys.has(key));
    });
  }

  /** Whether the copy has the section's heading written with its own number or none (not another, as a technical-assistance description numbers its summary 3). */
  private headingWrittenOwn(section: CompiledSection): boolean {
    // (Read above by a heading in other words, `Projektin toteutusalue …` without its number, too.)
    if (this.sectionsRead.some((node) => node.id === section.definition.id && node.heading !== null && (node.heading.number === null || node.heading.number === section.definition.number))) return true;
    const line = this.state.facts.headingLine[section.index];
    if (line <= 0) return false;
    const token = (this.input as LineToken[]).find((t) => t.payload?.line?.position.start.line === line);
    return token?.payload.line.kind !== 'numbered' || token.payload.line.number === section.definition.number;
  }

  private inPreamble(): boolean {
    const next = this.next();
    if (next === null) return false;
    if (next.tokenType === UnknownHeading) return this.template.definition.page !== undefined;
    return this.state.sectionOpenedBy(next) === null;
  }

  get recording(): boolean {
    return this.RECORDING_PHASE;
  }

  rule<A extends unknown[], R>(name: string, impl: (...args: A) => R): ParserMethod<A, R> {
    return this.RULE(name, impl);
  }

  sub<A extends unknown[], R>(idx: number, rule: ParserMethod<A, R>, args: A): R {
    return this.subrule(idx, rule, { ARGS: args });
  }

  take(idx: number): LineToken {
    return this.consume(idx, AnyLine) as LineToken;
  }

  loop(idx: number, gate: () => boolean, body: () => void): void {
    this.many(idx, { GATE: gate, DEF: body });
  }

  choose(idx: number, alternatives: { gate?: () => boolean; alt: () => void }[]): void {
    this.or(idx, { IGNORE_AMBIGUITIES: true, DEF: alternatives.map((a) => ({ GATE: a.gate, ALT: a.alt })) });
  }

  next(): LineToken | null {
    const token = this.LA(1);
    return token.tokenType === EOF ? null : (token as LineToken);
  }

  ahead(k: number): LineToken | null {
    const token = this.LA(k);
    return token.tokenType === EOF ? null : (token as LineToken);
  }

  stepWhile(step: (token: LineToken) => boolean): void {
    if (this.RECORDING_PHASE) return;
    for (let token = this.next(); token !== null && step(token); token = this.next()) (this as unknown as { consumeToken(): void }).consumeToken();
  }

  takeWhile(more: (token: LineToken) => boolean, each: (token: LineToken) => void): void {
    if (this.RECORDING_PHASE) return;
    for (let token = this.next(); token !== null && more(token); token = this.next()) {
      each(token);
      (this as unknown as { consumeToken(): void }).consumeToken();
    }
  }

  read(tokens: LineToken[], state: ReadState): SectionNode[] {
    this.state = state;
    this.preamble = [];
    this.sectionsRead = [];
    this.input = tokens;
    const sections = this.documentRule();
    if (this.errors.length > 0) throw new Error(`The ${this.template.name} grammar failed at "${this.errors[0].token.image}": ${this.errors[0].message}`);
    // The parser outlives the text: it lets go of the text's tokens and state (a young-generation
    // collection copies whatever is still held, and the last text's lines were).
    this.input = NO_TOKENS;
    this.state = undefined as unknown as ReadState;
    this.sectionsRead = [];
    return sections;
  }
}

function textPathOf(section: CompiledSection): string {
  return (section.definition as { textPath: string }).textPath;
}

function describe(section: CompiledSection): string {
  const { number, headings } = section.definition;
  return number !== null ? `${number} "${headings[0]}"` : `"${headings[0]}"`;
}

const parsers = new WeakMap<CompiledTemplate, LayoutParser>();

function parserFor(template: CompiledTemplate): LayoutParser {
  let parser = parsers.get(template);
  if (!parser) {
    parser = new LayoutParser(template);
    parsers.set(template, parser);
  }
  return parser;
}

/**
 * Sections that opened by a label they share with other sections (`Suunniteltu` of 3.4 and
 * 4.1–4.3) are told apart by their order. That settles it only when every section of the group that
 * lacks its heading in the text was opened: with one missing, which is which is a guess. A
 * section whose labels are all shared is a guess too when a later section of the group lacks every
 * one of them (a copy without the applicant's section: the contact's `Nimi` opened it). In a layout
 * whose sections keep their order, a label of this section's own below the shared one settles it.
 */
function markAmbiguous(template: CompiledTemplate, sections: SectionNode[], facts: TextFacts, diagnostics: Diagnostic[]): void {
  if (!sections.some((node) => node.openedBy === 'labels')) return;
  const placed = placeByClause(template, sections, facts, diagnostics);
  const byId = new Map<string, SectionNode>();
  for (const node of sections) if (node.id !== null) byId.set(node.id, node);
  const isShared = (key: string) => template.sections.filter((s) => s.fieldsByLabel.has(key)).length > 1;
  const hasField = (node: SectionNode | undefined, key: string) => node?.children.some((c) => c.type === 'field' && c.key === key) === true;
  for (const node of sections) {
    if (node.openedBy !== 'labels' || node.ambiguous || node.id === null || placed.has(node)) continue;
    const first = node.children.find((c) => c.type === 'field');
    if (!first || first.type !== 'field') continue;
    const sharing = template.sections.filter((s) => s.fieldsByLabel.has(first.key));
    if (sharing.length < 2) continue;
    if (template.definition.ordered && node.children.some((c) => c.type === 'field' && c.field !== null && !isShared(c.key))) continue;
    const candidates = sharing.filter((s) => facts.headingLine[s.index] === 0);
    const opened = candidates.filter((s) => byId.get(s.definition.id)?.openedBy === 'labels');
    const own = template.sections.find((s) => s.definition.id === node.id)!;
    // Every line of this section could be the start of a later one that opened by a label of its
    // own and lacks them all: this one may be missing. (Where the later section opened by a shared
    // label too, as the indicator sections do, the order of their runs tells, and a run that moves on
    // is said where it does.)
    const keys = node.children.flatMap((c) => (c.type === 'field' ? [c.key] : []));
    const laterLacksIt = opened.some((s) => {
      const later = byId.get(s.definition.id);
      const opener = later?.children.find((c) => c.type === 'field');
      return s.index > own.index && opener?.type === 'field' && !isShared(opener.key) && keys.every((key) => s.fieldsByLabel.has(key) && !hasField(later, key));
    });
    if (opened.length < candidates.length) {
      for (const s of opened) if (!placed.has(byId.get(s.definition.id)!)) byId.get(s.definition.id)!.ambiguous = true;
    } else if (laterLacksIt) node.ambiguous = true;
  }
}

/**
 * Sections opened by their shared labels (`Suunniteltu:` of every indicator) in a copy without their
 * headings, placed by what their figures' women clauses say rather than by the layout's order, where
 * the order cannot tell (a run with some of the layout's indicators left out): `25, joista naisten
 * työpaikkoja 10` is 4.1's new jobs wherever it stands.
 * Only where every clause of the section's figures names the same one section, in more than one word,
 * that section no other has opened, and the sections so placed keep the layout's order. A section
 * moved is said at its first line. Returns the sections placed so, moved or confirmed.
 */
function placeByClause(template: CompiledTemplate, sections: SectionNode[], facts: TextFacts, diagnostics: Diagnostic[]): Set<SectionNode> {
  const placed = new Set<SectionNode>();
  const moves = new Map<SectionNode, { to: CompiledSection; words: string }>();
  for (const node of sections) {
    if (node.openedBy !== 'labels' || node.id === null) continue;
    const fields = node.children.filter((c) => c.type === 'field' && c.known && c.value !== '');
    const first = fields[0];
    if (first === undefined || first.type !== 'field') continue;
    const candidates = template.sections.filter((s) => s.fieldsByLabel.has(first.key) && facts.headingLine[s.index] === 0 && s.fields.some((f) => f.definition.clauseWords !== undefined));
    if (candidates.length < 2) continue;
    let target: CompiledSection | null = null;
    let words = '';
    let conflict = false;
    for (const field of fields) {
      if (field.type !== 'field') continue;
      const named = candidates.flatMap((s) => s.fields.filter((f) => (f.definition.clauseWords?.length ?? 0) > 0 && hasWords(field.value, f.definition.clauseWords!)).slice(0, 1).map((f) => ({ s, f })));
      if (named.length === 0) continue;
      if (named.length > 1 || (target !== null && target !== named[0].s)) conflict = true;
      target = named[0].s;
      words = named[0].f.definition.clauseWords![0];
    }
    if (target === null || conflict) continue;
    // (A clause of one word, `joista naisia`, places nothing: people write it after any figure, a
    // count of companies too, `20 yritystä, joista naisia 5`: review R2.)
    if (!words.includes(' ')) continue;
    moves.set(node, { to: target, words });
  }
  if (moves.size === 0) return placed;
  // The ids after the moves: each once, in the layout's order along the text.
  const after = sections.map((node) => moves.get(node)?.to.definition.id ?? node.id);
  const indexes = after.map((id) => (id === null ? -1 : template.sectionById.get(id)!.index)).filter((index) => index !== -1);
  if (new Set(indexes).size !== indexes.length || indexes.some((index, i) => i > 0 && index < indexes[i - 1])) return placed;
  for (const [node, move] of moves) {
    placed.add(node);
    const from = template.sectionById.get(node.id!)!;
    if (move.to === from) continue;
    node.id = move.to.definition.id;
    for (const child of node.children) {
      if (child.type !== 'field' || child.field === null) continue;
      const field = move.to.fieldsByLabel.get(child.key)?.find((f) => f.section === move.to);
      child.field = field === undefined ? null : { section: move.to.definition.id, index: field.index };
      child.known = field !== undefined;
    }
    const line = node.children.find((c) => c.type === 'field')!.position.start.line;
    const said = diagnostics.findIndex((d) => d.rule === 'section-without-heading' && d.line === line);
    const message = `Section ${describe(move.to)} has no heading here; opened by its first label, and placed by its figures' women clause ("${move.words}"), not by the layout's order, which would read it as ${describe(from)}`;
    const diagnostic: Diagnostic = { severity: 'info', rule: 'section-without-heading', message, ...located(node.children.find((c) => c.type === 'field')!.position) };
    if (said === -1) diagnostics.push(diagnostic);
    else diagnostics[said] = { ...diagnostics[said], severity: diagnostic.severity, message };
  }
  return placed;
}

/** The record object a section fills: the common part of its paths (`targetArea` for 3.1). */
function scopeOf(section: CompiledSection): string {
  const def = section.definition;
  const paths = [...(def.content === 'fields' ? def.fields.map((f) => f.path) : []), ...('textPath' in def && def.textPath ? [def.textPath] : [])];
  if (paths.length === 0) return '';
  let common = paths[0].split('.');
  for (const path of paths.slice(1)) {
    const parts = path.split('.');
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  return common.join('.');
}

function hasText(section: CompiledSection): boolean {
  return section.definition.content === 'prose' || section.definition.content === 'roles' || section.ownsText;
}

/** For each section whose text, having no heading in the copy, may be read as part of `section`'s: an info at `where`, with the record path that section would have filled. */
function sayTextsReadAsPartOf(section: CompiledSection, merged: CompiledSection[], where: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>, diagnostics: Diagnostic[]): void {
  for (const other of merged) {
    const path = other.definition.content === 'fields' ? scopeOf(other) : textPathOf(other);
    diagnostics.push({ severity: 'info', rule: 'ambiguous-prose-boundary', message: `Section ${describe(other)} has no heading in this copy: its text, if it has one, is read as part of ${describe(section)}`, ...where, ...(path ? { path: pointerOf(path) } : {}) });
  }
}

/**
 * A section opened by text (its heading missing) takes all text up to the next line that opens
 * something: the text of the sections after it that have no heading in the copy either, and never
 * opened, runs into it. That is said: at the section that took it, and for each section whose text
 * may be in it, with the record path that section would have filled.
 */
function reportRunningText(template: CompiledTemplate, sections: SectionNode[], facts: TextFacts, diagnostics: Diagnostic[]): void {
  if (!sections.some((node) => node.openedBy === 'text')) return;
  const opened = new Set<string>();
  for (const node of sections) if (node.id !== null) opened.add(node.id);
  for (const node of sections) {
    if (node.openedBy !== 'text' || node.id === null) continue;
    const section = template.sectionById.get(node.id)!;
    const at = located(node.position);
    const merged: CompiledSection[] = [];
    for (let i = section.index + 1; i < template.sections.length; i++) {
      const next = template.sections[i];
      if (opened.has(next.definition.id)) break;
      if (facts.headingLine[next.index] === 0 && hasText(next)) merged.push(next);
    }
    const where = { line: at.line, column: at.column, endLine: at.line, endColumn: at.column };
    diagnostics.push({
      severity: 'warning',
      rule: 'ambiguous-prose-boundary',
      message:
        merged.length === 0
          ? `Section ${describe(section)} has no heading here: it is read from the text after the fields before it, up to the next line that opens a section, and where its text ends cannot be told`
          : `Section ${describe(section)} has no heading here and neither ${merged.length === 1 ? 'has' : 'have'} ${merged.map(describe).join(', ')} after it: their texts run together and are read as ${describe(section)}`,
      ...where,
      ...(hasText(section) ? { path: pointerOf(textPathOf(section)) } : {}),
    });
    sayTextsReadAsPartOf(section, merged, where, diagnostics);
  }
}

/**
 * The lines at the end of a section that are free text: a field's own block (a yes/no answer's
 * explanation), a score row's explanation, the text after a fields section's fields. Null when the
 * section ends in something that stops at its own line (a value, a list item).
 */
function trailingText(node: SectionNode, template: CompiledTemplate): { first: Position; path: string | null } | null {
  // (Page furniture at the copy's end, `Palaute`, is after the text, not its end.)
  let end = node.children.length - 1;
  while (end >= 0 && node.children[end].type === 'furniture') end--;
  const last = node.children[end];
  if (last === undefined) return null;
  if (last.type === 'field' && last.block && last.children.length > last.valueLines) {
    const field = last.field ? template.sectionById.get(last.field.section)?.fields[last.field.index] : undefined;
    return { first: last.children[last.valueLines].position, path: field ? field.definition.path : null };
  }
  if (last.type === 'tableRow' && last.children.length > 0) {
    const section = node.id !== null ? template.sectionById.get(node.id) : undefined;
    const row = node.children.filter((child) => child.type === 'tableRow').length - 1;
    return { first: last.children[0].position, path: section && 'textPath' in section.definition ? `${textPathOf(section)}.${row}.text` : null };
  }
  if (last.type === 'paragraph') {
    const section = node.id !== null ? template.sectionById.get(node.id) : undefined;
    return { first: last.position, path: section && hasText(section) ? textPathOf(section) : null };
  }
  return null;
}

/**
 * In a copy without headings, free text at the end of a section opened by its labels or its table
 * (a yes/no explanation, a score row's explanation) runs on up to the next line that opens
 * something: the text of the sections after it that have no heading in the copy, and never opened,
 * runs into it (the final report's summary into the last score row of a flattened copy). Where
 * that text ends cannot be told, so it is said: at the text that took it, and for each section
 * whose text may be in it, with the record path that section would have filled.
 */
function reportTrailingText(template: CompiledTemplate, sections: SectionNode[], facts: TextFacts, diagnostics: Diagnostic[]): void {
  if (!sections.some((node) => node.openedBy === 'labels' || node.openedBy === 'tableHeader')) return;
  const opened = new Set<string>();
  for (const node of sections) if (node.id !== null) opened.add(node.id);
  for (const node of sections) {
    if ((node.openedBy !== 'labels' && node.openedBy !== 'tableHeader') || node.id === null) continue;
    const section = template.sectionById.get(node.id)!;
    const merged: CompiledSection[] = [];
    for (let i = section.index + 1; i < template.sections.length; i++) {
      const next = template.sections[i];
      if (opened.has(next.definition.id)) break;
      if (facts.headingLine[next.index] === 0 && hasText(next)) merged.push(next);
    }
    if (merged.length === 0) continue;
    const text = trailingText(node, template);
    if (text === null) continue;
    const at = located(text.first);
    const where = { line: at.line, column: at.column, endLine: at.line, endColumn: at.column };
    diagnostics.push({
      severity: 'warning',
      rule: 'ambiguous-prose-boundary',
      message: `The text at the end of section ${describe(section)} runs on up to the next line that opens a section, and the copy has no heading for ${merged.map(describe).join(', ')}: where this text ends and ${merged.length === 1 ? 'that section' : 'those sections'} begin${merged.length === 1 ? 's' : ''} cannot be told, and it is all read as ${describe(section)}'s`,
      ...where,
      ...(text.path ? { path: pointerOf(text.path) } : {}),
    });
    sayTextsReadAsPartOf(section, merged, where, diagnostics);
  }
}

/**
 * In a copy that writes its sections' headings, a section with a text whose heading is left out
 * between two sections read by their headings: its text, if it has one, is read as the end of the
 * section above (`4.2 Välilliset kohderyhmät` left out, its paragraph at the end of 4.1's text). The
 * register writes every heading, so which paragraphs are whose cannot be told: said at the text that
 * may hold it (a warning where that text has more than one paragraph, an info where it has one), and
 * for each section left out, with the record path it would have filled.
 */
function reportHeadingsLeftOut(template: CompiledTemplate, sections: SectionNode[], facts: TextFacts, diagnostics: Diagnostic[]): void {
  const opened = new Map<string, SectionNode>();
  for (const node of sections) if (node.id !== null) opened.set(node.id, node);
  let sideBySide: Set<number | undefined> | undefined;
  for (const node of sections) {
    if (node.openedBy !== 'heading' || node.id === null || node.heading === null) continue;
    const section = template.sectionById.get(node.id)!;
    const merged: CompiledSection[] = [];
    let closing: SectionNode | undefined;
    for (let i = section.index + 1; i < template.sections.length; i++) {
      const next = template.sections[i];
      closing = opened.get(next.definition.id);
      if (closing !== undefined) break;
      if (facts.headingLine[next.index] === 0 && hasText(next)) merged.push(next);
    }
    // (Not below a heading with another beside it, two columns printed side by side: said as such.)
    sideBySide ??= new Set(diagnostics.filter((d) => d.rule === 'ambiguous-label').map((d) => d.line));
    if (sideBySide.has(node.heading.position.start.line)) continue;
    // (At the text's end, a section left out is a cut copy's or a shorter one's, said as such; before a
    // section numbered otherwise than the layout numbers it, a renumbered copy's — a technical-assistance
    // description's `4. Projektin julkinen rahoitus` — whose layout has no such sections.)
    if (merged.length === 0 || closing === undefined) continue;
    const closingSection = template.sectionById.get(closing.id!)!;
    if (closing.heading?.number != null && closingSection.definition.number !== null && closing.heading.number !== closingSection.definition.number) continue;
    const text = trailingText(node, template);
    if (text === null) continue;
    const paragraphs = node.children.filter((child) => child.type === 'paragraph');
    // (A list's last item, or a role's, may as well be the text left out: `Toimintatavat`'s paragraph read as a need.)
    // (Where a left-out section's parent heading is left out too, `6.` with `6.1` and `6.2`, the whole
    // part is more likely absent than its headings lost: an info.)
    const partAbsent = merged.some((other) => other.parentIndex !== -1 && other.parentIndex !== section.index && other.parentIndex !== section.parentIndex && facts.headingLine[other.parentIndex] === 0);
    const several = !partAbsent && (section.definition.content !== 'prose' || paragraphs.length > 1 || (paragraphs.length === 1 && paragraphs[0].position.end.line > paragraphs[0].position.start.line && !facts.blankSeparated));
    const at = located(text.first);
    const where = { line: at.line, column: at.column, endLine: at.line, endColumn: at.column };
    diagnostics.push({
      severity: several ? 'warning' : 'info',
      rule: 'ambiguous-prose-boundary',
      message: `The copy writes no heading for ${merged.map(describe).join(', ')}, between ${describe(section)} and the next section read: ${merged.length === 1 ? 'its text, if it has one,' : 'their texts, if they have any,'} ${several ? 'may be the end of this text' : partAbsent ? 'would be in this text (the whole part, its heading too, may as well be absent)' : 'would be this text'}, all read as ${describe(section)}'s`,
      ...where,
      ...(text.path ? { path: pointerOf(text.path) } : {}),
    });
    sayTextsReadAsPartOf(section, merged, where, diagnostics);
  }
}

/**
 * A line that is the heading of a section of the layout, read as text of another section: the
 * section's heading written again (the copy repeats it, or the text quotes it), or a later
 * section's heading inside the text before the headings of the sections between. Which of two
 * such lines is the real heading cannot be told from the lines alone: the one the sections' order
 * allows is taken, and this one is said.
 */
function reportHeadingsInText(template: CompiledTemplate, tokens: LineToken[], sections: SectionNode[], diagnostics: Diagnostic[]): void {
  // Lines read as a heading: a section's, or one a content kind reads inside its section (a role
  // named like a section, `Projektitiimi`; a category of a score table). Those are not text.
  const headingLines = new Set<number>();
  for (const node of sections) {
    if (node.heading !== null) headingLines.add(node.heading.position.start.line);
    for (const child of node.children) if (child.type === 'heading') headingLines.add(child.position.start.line);
  }
  const saidOpened = new Set<SectionNode>();
  for (const token of tokens) {
    if (token.tokenType === LabelText && token.payload.sections.length > 0) {
      const line = token.payload.line;
      // A note: pages write `Tulokset: Hankkeen …` in their texts as often as a heading glued to its text.
      diagnostics.push({
        severity: 'info',
        rule: 'heading-in-text',
        message: `"${line.text.slice(0, 60)}" starts with the heading of ${token.payload.sections.map(describe).join(' or ')}, which the page has nowhere else, with text after its colon: read as text of the section it stands in, but it may be that section`,
        ...located(line.position),
      });
      continue;
    }
    if (token.tokenType !== Heading) continue;
    const line = token.payload.line;
    if (headingLines.has(line.position.start.line)) continue;
    const names = token.payload.sections.map(describe).join(' or ');
    diagnostics.push({
      severity: 'warning',
      rule: 'heading-in-text',
      message: `"${line.text}" is the heading of ${names}, but stands where ${template.name} cannot open that section (its heading is in the text again, or sections before it come later); read as text`,
      ...located(line.position),
    });
    // (Said where the section was opened too, above, when no other heading stands between the two:
    // the lines below the first may as well be the text of the section before it, `Tulokset:` as a
    // summary's own sub-heading, and the second the real heading.)
    const ids = new Set(token.payload.sections.map((section: CompiledSection) => section.definition.id));
    const opened = sections.find((node) => node.id !== null && ids.has(node.id) && node.heading !== null && node.heading.position.start.line < line.position.start.line);
    const from = opened?.heading?.position.start.line ?? 0;
    const textBetween = opened !== undefined && opened.children.some((child) => child.position.start.line > from && child.position.start.line < line.position.start.line);
    if (opened !== undefined && textBetween && !saidOpened.has(opened) && ![...headingLines].some((at) => at > from && at < line.position.start.line)) {
      saidOpened.add(opened);
      diagnostics.push({
        severity: 'warning',
        rule: 'heading-in-text',
        message: `"${opened.heading!.text}" opens ${names} here, and its heading stands again at line ${line.position.start.line}, read as text there: which of the two opens the section cannot be told, and the lines between may be the text of the section before`,
        ...located(opened.heading!.position),
      });
    }
  }
}

/**
 * A line numbered as a later subsection of the layout that has no heading in the copy, its words not
 * that section's heading (`8.2 Kestävä kehitys ja yhdenvertaisuus`, `3.4 Aloittaneiden määrä`), read
 * as a line of the text above it (a copy without blank lines, where it does not stand alone): it may
 * be that section's heading renamed, and the text above then ends there. Said, as the text's value
 * holds it.
 */
function reportNumberedLinesInText(template: CompiledTemplate, tokens: LineToken[], sections: SectionNode[], facts: TextFacts, diagnostics: Diagnostic[]): void {
  if (!facts.headingLine.some((at) => at > 0)) return;
  for (const token of tokens) {
    const line = token.payload.line;
    if (token.tokenType !== Text || line.kind !== 'numbered' || !line.number!.includes('.')) continue;
    const value = line.value ?? '';
    if (!/^\p{Lu}/u.test(value) || !isTitleLike(value)) continue;
    const at = line.position.start.line;
    const inside = knownSectionAt(sections, at);
    if (inside === null) continue;
    // (A field's value on the line below its label, `Erityistavoite:` / `7.1. Tuottavuuden … parantaminen`, is read as that value: no text.)
    if (inside.children.some((child) => child.type === 'field' && child.note === 'below' && child.position.start.line < at && child.position.end.line >= at && child.value.startsWith(line.text))) continue;
    const own = template.sectionById.get(inside.id!)!;
    const named = (template.sectionsByNumber.get(line.number!) ?? []).filter((s) => s.index > own.index && facts.headingLine[s.index] === 0);
    if (named.length === 0) continue;
    const path = hasText(own) ? textPathOf(own) : null;
    diagnostics.push({
      severity: 'warning',
      rule: 'heading-variant',
      message: `"${line.text}" is numbered as section ${named.map(describe).join(' or ')}, which has no heading in this copy, but its words are not that heading's: read as a line of the text of ${describe(own)}; if it is that section's heading written otherwise, the text above ends there`,
      ...located(line.position),
      ...(path ? { path: pointerOf(path) } : {}),
    });
  }
}

/** The innermost section of the layout's read whose lines hold line `at` (the latest to start), else null. */
function knownSectionAt(sections: SectionNode[], at: number): SectionNode | null {
  let inside: SectionNode | null = null;
  for (const node of sections) if (node.id !== null && node.position.start.line <= at && node.position.end.line >= at && (inside === null || node.position.start.line >= inside.position.start.line)) inside = node;
  return inside;
}

/**
 * A section the layout does not have, added with one of the layout's own numbers (`7. Viestintä` after
 * 6.2), the layout's later sections numbered higher from there on (`8. Projektin julkinen rahoitus`,
 * read as 7 by its words): the added heading and its text are read as the text of the section above it,
 * which the later headings' renumbering alone does not say. Said at each added heading, where the
 * copy's numbering grows past the layout's (by one or more: two sections added, or another further
 * down). Audit CC and review CE of round 67.
 */
function reportSectionAddedBeforeRenumbered(template: CompiledTemplate, tokens: LineToken[], sections: SectionNode[], diagnostics: Diagnostic[]): void {
  // (How much higher the copy numbers so far, at each level under its parent's number: `''` the
  // sections', `6` the sub-sections of 6.)
  const shiftsSoFar = new Map<string, number>();
  let headingAbove = 0;
  for (const node of sections) {
    if (node.heading === null) continue;
    const headingAt = node.heading.position.start.line;
    const higher = node.id !== null && node.heading.number !== null ? numberedHigherBy(template.sectionById.get(node.id)!, node.heading.number) : null;
    const soFar = higher === null ? 0 : shiftsSoFar.get(higher.parent) ?? 0;
    if (higher !== null && higher.shift > soFar) {
      const added = new Set<string>();
      for (let n = higher.own + soFar; n < higher.own + higher.shift; n++) added.add(higher.parent === '' ? String(n) : `${higher.parent}.${n}`);
      sayAddedSections(template, tokens, sections, node, added, headingAbove, headingAt, diagnostics);
      shiftsSoFar.set(higher.parent, higher.shift);
    }
    // (A heading the layout does not know, `6. Kokoaminen` of a list standing apart, bounds nothing: its lines are looked at.)
    if (node.id !== null) headingAbove = headingAt;
  }
}

/** The most sections a copy adds at one place that are looked for. */
const ADDED_SECTIONS_MOST = 3;

/**
 * How much higher than the layout's own number a heading's `number` numbers the section, at its own
 * level (`8` for 7: 1; `6.3` for 6.2: 1, under 6), with that number's last part and its parent's number;
 * null where not so, or where it is a number the layout also gives it. (A sub-section numbered higher at
 * its parent's level, `7.2` for 6.2, is a typo as often: not looked at.)
 */
function numberedHigherBy(section: CompiledSection, number: string): { shift: number; own: number; parent: string } | null {
  const own = section.definition.number;
  if (own === null || own === undefined || section.definition.alsoNumbered?.includes(number) === true) return null;
  const ownParts = own.split('.');
  const parts = number.replace(/\.$/u, '').split('.');
  const last = ownParts.length - 1;
  if (parts.length !== ownParts.length || parts.slice(0, last).join('.') !== ownParts.slice(0, last).join('.')) return null;
  const shift = Number(parts[last]) - Number(ownParts[last]);
  return shift >= 1 && shift <= ADDED_SECTIONS_MOST ? { shift, own: Number(ownParts[last]), parent: ownParts.slice(0, last).join('.') } : null;
}

/** Says each line between two headings numbered as one of `added` and standing as a heading (not a numbered list's item). */
function sayAddedSections(template: CompiledTemplate, tokens: LineToken[], sections: SectionNode[], shifted: SectionNode, added: Set<string>, after: number, before: number, diagnostics: Diagnostic[]): void {
  const own = template.sectionById.get(shifted.id!)!;
  // (A numbered list's item: the text's numbered line above it numbered one lower, or one below it one higher — not a
  // heading's, nor one said added: `7. Viestintä` / … / `8. Riskit`, two sections added.)
  const saidAt = new Set<number>();
  const listed = (k: number, number: string) => {
    for (let j = k - 1; j >= 0; j--) {
      const line = tokens[j].payload?.line;
      if (line === undefined || line.position.start.line <= after) break;
      if (tokens[j].tokenType !== Heading && line.kind === 'numbered' && /^\d{1,2}$/u.test(line.number!)) return Number(line.number) === Number(number) - 1 && !saidAt.has(line.position.start.line);
    }
    const below = tokens[k + 1]?.payload?.line;
    return below !== undefined && tokens[k + 1].tokenType !== Heading && below.kind === 'numbered' && Number(below.number) === Number(number) + 1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const line = tokens[k].payload?.line;
    if (line === undefined || line.position.start.line <= after || line.position.start.line >= before) continue;
    // (Its words as a heading's, a colon or a full stop after them or none: `7. Viestintä:`. Review CG.)
    const words = (line.value ?? '').replace(/[:.]$/u, '');
    if (tokens[k].tokenType === Heading || line.kind !== 'numbered' || !added.has(line.number!.replace(/\.$/u, '')) || !/^\p{Lu}/u.test(words) || !isTitleLike(words) || listed(k, line.number!)) continue;
    const at = line.position.start.line;
    const inside = knownSectionAt(sections, at);
    // (Nor a field's value on the line below its label, `Valtakunnallisen osion kehittämisohjelma:` / `9. Välityömarkkinat …`. Review CG.)
    // (Only right below it, a blank line between at most: deeper inside a field's lines, an explanation's below its yes or no,
    // `… edistäminen: Kyllä` / its paragraphs / `8.2 Yhdenvertaisuus …`, it is a heading added there. Audit WI of round 80.)
    if (inside !== null && inside.children.some((child) => child.type === 'field' && child.position.start.line < at && at - child.position.start.line <= 2 && child.position.end.line >= at)) continue;
    const section = inside === null ? null : template.sectionById.get(inside.id!)!;
    const path = section !== null && hasText(section) ? textPathOf(section) : null;
    diagnostics.push({
      severity: 'warning',
      rule: 'heading-in-text',
      message: `"${line.text.slice(0, 60)}" is numbered ${line.number}, and the copy numbers the layout's sections higher than the layout does from "${shifted.heading!.text.slice(0, 60)}" (${shifted.heading!.number}, the layout's ${describe(own)}) on: a section the layout does not have, added before them? Read, with the text below it, as ${section !== null ? `the text of ${describe(section)}` : 'the text above it'}`,
      ...located(line.position),
      ...(path ? { path: pointerOf(path) } : {}),
    });
    added.delete(line.number!.replace(/\.$/u, ''));
    saidAt.add(line.position.start.line);
  }
}

/**
 * A line with a label of the layout that no field took: it stands in a section's text (a second
 * description pasted after the first, `Hankekoodi: S21988` in the final report; a sentence that
 * starts like a field). Read as text, and said: it may be a value the record lacks.
 */
function reportLabelsInText(tokens: LineToken[], sections: SectionNode[], lastLine: number, diagnostics: Diagnostic[]): void {
  let fieldLines: Uint8Array | null = null;
  let readSections: Set<string> | null = null;
  let said = 0;
  let more = 0;
  let firstMore: Position | null = null;
  for (const token of tokens) {
    if (token.tokenType !== Label) continue;
    fieldLines ??= linesOfFields(sections, new Uint8Array(lastLine + 2));
    const line = token.payload.line;
    const mark = fieldLines[line.position.start.line];
    if (mark === FIELD_LINE) continue;
    // In the text of a section the layout does not know (kept in unmapped, said there): said only
    // where no section of the label's was read anywhere (the fields a flattened copy's unknown
    // heading took along, `Suunniteltu: 60` below `1. Peruskoulun …`), not a second description's.
    readSections ??= idsOfSections(sections, new Set());
    if (mark === UNKNOWN_SECTION_LINE && token.payload.fields.some((f) => readSections!.has(f.section.definition.id))) continue;
    // A text of many such lines (a description pasted again and again) is said by its first ones.
    if (said === MOST_LABELS_IN_TEXT_SAID) {
      if (more++ === 0) firstMore = line.position;
      continue;
    }
    said++;
    const owners = [...new Set(token.payload.fields.map((f) => describe(f.section)))].join(' or ');
    // A sentence that starts like a field (`Kunnat: Pori ja Rauma ovat mukana.`) is the text's own: said, not warned.
    // (In a score table the line is a row: the message says either. Audit NA of round 77: "read as text" beside "read as a row".)
    const sentence = /[.!?]$/.test(line.value ?? '') && (line.value ?? '').split(/\s+/).length >= 4;
    diagnostics.push({
      severity: sentence ? 'info' : 'warning',
      rule: 'label-in-text',
      message: mark === UNKNOWN_SECTION_LINE
        ? `"${line.text.slice(0, 60)}" starts with the label "${line.label}" of ${owners}, none of which is read, but stands in the text of a section the layout does not know: kept in unmapped with that text, its field not read`
        : `"${line.text.slice(0, 60)}" starts with the label "${line.label}" of ${owners}, but stands in a text where no field takes it; read as a line of what it stands in (a text, or a table's row)`,
      ...located(line.position),
    });
  }
  if (more > 0) diagnostics.push({ severity: 'warning', rule: 'label-in-text', message: `${more} more lines with labels of the layout stand in texts where no field takes them, from here on (not said one by one); read as text`, ...located(firstMore!) });
}

/**
 * A line read as text that reads as a web page's furniture (`Palaute`, `© Rakennerahastot 2021`)
 * standing apart from the sentence above: furniture left inside the text, or the text's own
 * sub-heading or credit. Kept as text, and said, since nothing on the lines tells which.
 */
/** Whether another date and time alone stands a few lines from a date and time alone at `k`: a timetable's. */
function inTimetable(tokens: LineToken[], k: number): boolean {
  const first = tokens[k].payload.line.text.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  for (let j = Math.max(0, k - TIMETABLE_REACH); j <= Math.min(tokens.length - 1, k + TIMETABLE_REACH); j++) if (j !== k && isDateTimeAlone(tokens[j].payload.line.text)) return true;
  return false;
}

function reportStrayFurniture(tokens: LineToken[], diagnostics: Diagnostic[]): void {
  let textAbove: SourceLine | null = null;
  let said = 0;
  let more = 0;
  let firstMore: Position | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    const line = token.payload.line;
    // (A "read also" lead ends in its colon, a reviewer's note has one after its name: a label's line of text.)
    const stray = (token.tokenType === Text || (token.tokenType === LabelText && (isReadAlsoLead(line.text) || isBracketedNote(line.text)))) && readsAsStrayFurniture(line, textAbove, inTimetable(tokens, k));
    const note = stray || (token.tokenType !== Text && token.tokenType !== LabelText) ? null : printedNoteAt(tokens, k);
    if (stray || note !== null) {
      // (A text of many such lines is said by its first ones, as labels in a text are.)
      if (said === MOST_LABELS_IN_TEXT_SAID) {
        if (more++ === 0) firstMore = line.position;
      } else {
        said++;
        diagnostics.push({
          severity: 'warning',
          rule: 'furniture-in-text',
          message: note !== null ? printedNoteMessage(line.text, note) : `"${line.text.slice(0, 60)}" reads as a web page's or a print's furniture (a button, a copyright line, a breadcrumb, a print's date and time, a newsletter's call, a "read also" link, a reviewer's note) but stands inside the description, not in the furniture at its top or end: read as the line it stands among, though it may be the page's`,
          ...located(line.position),
        });
      }
    }
    textAbove = isTextLike(token) ? lastLineOf(token) : null;
  }
  if (more > 0) diagnostics.push({ severity: 'warning', rule: 'furniture-in-text', message: `${more} more lines that read as a web page's furniture stand inside the description, from here on (not said one by one); read as the lines they stand among`, ...located(firstMore!) });
}

/** A line that starts with a date (`14.2.2019`, `1.3.2020 Aloitusseminaari`). */
const STARTS_WITH_DATE = lazyRegExp(() => /^\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)/u);
/** A numbered list's item or a figure leading a line (`1 Alkukartoitus`, `2. Työpajat`, `3) Arviointi`). */
const STARTS_WITH_ITEM_NUMBER = lazyRegExp(() => /^\d{1,2}[.)]?\s+\S/u);
/** A line led as a footnote is, by a figure and a word with a capital (`2 Toinen vaihe on kokeilu.`). */
const STARTS_AS_FOOTNOTE = lazyRegExp(() => /^\d{1,2} \p{Lu}/u);
/** A signer's line: a person's name, and a title after a comma (`Anna Keto-Tokoi, projektipäällikkö`). */
const SIGNER_LINE = lazyRegExp(() => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:,\s.*)?$/u);
/** How many lines away dates make a timetable's. */
const DATE_NEIGHBOURS = 8;
/** How many lines above a footnote its mark in the text is looked for. */
const FOOTNOTE_MARK_REACH = 60;
/** How many lines away a list of dates, a numbered list or a column of figures is looked for. */
const NOTE_NEIGHBOURS = 3;

/**
 * Whether the line of token `k`, a line of text alone (no line wrapped onto it), is a note a print or an
 * office program writes between a text's lines (see {@link printedNoteShape}), standing where such a note
 * stands rather than where the text's own line of that shape would: not introduced by a line ending in a
 * colon (`Aikataulu:` / `14.2.2019`; a layout's empty label introduces no footnote or tracked change), and, for a date, a figure or a footnote, apart from the line above
 * it (after a blank line, a heading, a field's whole line or a sentence's end) and with none of its kind
 * beside it (a list of dates, a column of figures, a numbered list). A figure or a date alone only below a
 * sentence's end or a heading; a date with no text beside it is a section's whole text, said by its section (fields). Said, never
 * taken out: the text's own lines look the same. Audit AS of round 60, round 64.
 */
function printedNoteAt(tokens: LineToken[], k: number): PrintedNote | null {
  const token = tokens[k];
  const line = token.payload.line;
  if (token.payload.extra.length > 0) return null;
  const note = printedNoteShape(line.text);
  if (note === null) return null;
  const before = k > 0 ? tokens[k - 1] : null;
  const above = before === null ? null : lastLineOf(before);
  // (A line ending in a colon introduces a list of such lines, each below it: `Muutokset:` / `Lisätty: …` /
  // `Poistettu: …`. Below a layout's empty label, `Projektitiimi:` / `Poistettu: vuonna 2017`, a footnote, a
  // tracked change's note or a reply is no answer the label asks for: only a line of text introduces one.)
  // (A reply's run is one of `Nimi: …` lines, as an interview's are: `Osallistujat kertoivat:` / `Maija: …` / `Pekka: …`.)
  let first = k;
  while (first > 0 && tokens[first - 1].payload.extra.length === 0 && (printedNoteShape(tokens[first - 1].payload.line.text) === note || (note === 'reviewReply' && tokens[first - 1].tokenType === LabelText && !lastLineOf(tokens[first - 1]).text.endsWith(':')))) first--;
  const introducer = first > 0 ? tokens[first - 1] : null;
  if (introducer !== null && lastLineOf(introducer).text.endsWith(':') && ((note !== 'footnote' && note !== 'trackedChange' && note !== 'reviewReply') || isTextLike(introducer))) return null;
  if (note === 'trackedChange' || note === 'reviewReply') return note;
  const beforeType = before?.tokenType;
  const afterHeading = beforeType === Heading || beforeType === UnknownHeading;
  const apart = line.afterBlank || above === null || /[.!?;]$/u.test(above.text) || afterHeading || (beforeType === Label && !above!.text.endsWith(':'));
  if (!apart) return null;
  const next = k + 1 < tokens.length ? tokens[k + 1] : null;
  // (A figure alone only below a sentence's end, and not going on in lower case below, `Tulokset` / `30` /
  // `nuorta työllistyi …`: there it is the sentence's first word. A date alone only below a sentence's end
  // or a heading, not below a question it answers, `Milloin projekti päättyi?` / `31.1.2012`, nor below a
  // phrase going on, `Hanke päättyy` / `14.2.2019` — review BC of round 61; below a field, its value.)
  if (note === 'pageNumber' && !(above !== null && /[.!]$/u.test(above.text) && !(next !== null && /^\p{Ll}/u.test(next.payload.line.text)))) return null;
  if (note === 'date' && !(afterHeading || (above !== null && /[.!]$/u.test(above.text)))) return null;
  // (A date with no text beside it, between a section's heading or fields and the next, is the section's whole text: said by the section.)
  if (note === 'date' && !(before !== null && isTextLike(before)) && !(next !== null && isTextLike(next))) return null;
  // (Nor a report's date above its signer, `31.8.2011` / `Anna Keto-Tokoi, projektipäällikkö`, or as its last line — review BJ.)
  if (note === 'date' && (next === null || (isTextLike(next) && SIGNER_LINE.test(next.payload.line.text)))) return null;
  // (A footnote is said only where the text above marks it, `osa-aikaiset1`, `¹`: a sentence of the text may
  // start with a figure and a name, `3 Kuusamon yritystä on sitoutunut …` — review BI.)
  if (note === 'footnote' && !footnoteMarkedAbove(tokens, k, /^\d+/u.exec(line.text)![0])) return null;
  // (Its kin nearby make a list of the text's own: dates of a timetable, a column of figures, a numbered
  // list's items beside it, `2. Työpajat`, or led so a few lines away, `2 Toinen vaihe …` — lines of text,
  // not a section's numbered heading; a list numbered otherwise further down, `1) Kohderyhmän …`, is no sign.)
  const kin = note === 'date' ? STARTS_WITH_DATE : note === 'pageNumber' ? LONE_NUMBER : STARTS_AS_FOOTNOTE;
  const reach = note === 'date' ? DATE_NEIGHBOURS : NOTE_NEIGHBOURS;
  for (let j = Math.max(0, k - reach); j <= Math.min(tokens.length - 1, k + reach); j++) if (j !== k && isTextLike(tokens[j]) && kin.test(tokens[j].payload.line.text)) return null;
  if (note === 'footnote' && ((before !== null && isTextLike(before) && STARTS_WITH_ITEM_NUMBER.test(before.payload.line.text)) || (next !== null && isTextLike(next) && STARTS_WITH_ITEM_NUMBER.test(next.payload.line.text)))) return null;
  return note;
}

function lastLineOf(token: LineToken): SourceLine {
  const extra = token.payload.extra;
  return extra.length > 0 ? extra[extra.length - 1] : token.payload.line;
}

/** Superscript figures, `¹` for 1 and so on, as a footnote's mark. */
const SUPERSCRIPT_FIGURES = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Whether a line above token `k` marks a footnote numbered `figure`: a word with the figure right after it (`osa-aikaiset1`, `työttömät.1`), or the figure in superscript (`¹`). */
function footnoteMarkedAbove(tokens: LineToken[], k: number, figure: string): boolean {
  const superscript = [...figure].map((digit) => SUPERSCRIPT_FIGURES[Number(digit)]).join('');
  // (After a word's lower-case end, not an acronym's, `CO2`, `H1`; a superscript not a unit's, `m²`, `km³` — review BJ.)
  const mark = new RegExp(`\\p{Ll}[.,;:)]?${figure}(?![\\d.,:/-])|(?<!\\d\\s?\\p{L}{1,2})${superscript}(?![${SUPERSCRIPT_FIGURES}])`, 'u');
  for (let j = k - 1; j >= 0 && j >= k - FOOTNOTE_MARK_REACH; j--) {
    for (const { text } of [tokens[j].payload.line, ...tokens[j].payload.extra]) if ((text.includes(figure) || text.includes(superscript)) && mark.test(text)) return true;
  }
  return false;
}

function printedNoteMessage(text: string, note: PrintedNote): string {
  const shown = `"${text.slice(0, 60)}"`;
  switch (note) {
    case 'date':
      return `${shown}, a date alone on its line, stands inside the description where a print stamps its date at a page's top or bottom: read as the line it stands among, though it may be the print's`;
    case 'pageNumber':
      return `${shown}, a figure alone below a sentence's end, stands inside the description where a print numbers its pages: read as the line it stands among, though it may be the page's number`;
    case 'footnote':
      return `${shown} reads as a footnote led by its figure, standing inside the description where a print puts a page's footnotes: read as the line it stands among, though it may be the page's footnote`;
    case 'reviewReply':
      return `${shown} reads as a reviewer's reply (a name, a colon and a correction) standing inside the description, as a mail's reply is written between the lines it answers: read as the line it stands among, though it may be the mail's`;
    case 'trackedChange':
      return `${shown} reads as a tracked change's note, which an office program prints beside the text, standing inside the description: read as the line it stands among, though it may be the program's`;
  }
}

/** How many `label-in-text` (and `furniture-in-text`) lines of one text are said one by one: a text of many is said by its first ones. */
const MOST_LABELS_IN_TEXT_SAID = 20;

const FIELD_LINE = 1;
const UNKNOWN_SECTION_LINE = 2;

/** The lines of fields (FIELD_LINE), and every other line of a section the layout does not know (UNKNOWN_SECTION_LINE: kept in unmapped, said there). */
/** The ids of the sections read (subsections too). */
function idsOfSections(sections: SectionNode[], ids: Set<string>): Set<string> {
  for (const node of sections) {
    if (node.id !== null) ids.add(node.id);
    for (const child of node.children) if (child.type === 'section') idsOfSections([child], ids);
  }
  return ids;
}

function linesOfFields(sections: SectionNode[], lines: Uint8Array): Uint8Array {
  for (const node of sections) {
    if (node.id === null) lines.fill(UNKNOWN_SECTION_LINE, node.position.start.line, Math.min(lines.length, node.position.end.line + 1));
    for (const child of node.children) {
      // (A line a content kind read as a heading of its own, a page's role and its text on one line
      // `Rahoittaja: ELY-keskus on …`, is read: no label in a text.)
      if (child.type === 'field' || child.type === 'heading') lines[child.position.start.line] = FIELD_LINE;
      else if (child.type === 'section') linesOfFields([child], lines);
    }
  }
  return lines;
}

export interface ReadResult {
  tree: DocumentNode;
  diagnostics: Diagnostic[];
  facts: TextFacts;
}

/** How many headings in another number form a copy writes for its form to be the copy's own throughout. */
const NUMBER_FORM_THROUGHOUT = 3;

/** Reads the lines of a text of `template` into its positioned document tree. */
export function readDocument(lines: SourceLine[], template: CompiledTemplate, documentPosition: Position, clues: TextClues = NO_CLUES): ReadResult {
  const { tokens, facts } = classifyLines(lines, template, clues);
  facts.endsUnbroken = clues.endsUnbroken;
  const state = new ReadState(template, facts);
  const parser = parserFor(template);
  const sections = parser.read(tokens, state);
  const preamble = parser.preamble;
  parser.preamble = [];
  for (const token of tokens) {
    const note = token.payload.note;
    // A glued field is said by its mapping, with its record path.
    if (note === 'rejoined') {
      const line = token.payload.line;
      const what = token.tokenType === Heading ? `heading "${line.text}"` : token.tokenType === TableHeader ? `table header "${line.text}"` : token.tokenType === Title ? `title "${line.text}"` : token.tokenType === Status ? `status line "${line.text}"` : `label "${line.label}"`;
      state.diagnostics.push({ severity: 'info', rule: 'label-rejoined', message: `The ${what} is broken over ${token.payload.extra.length === 2 ? 'three' : 'two'} lines; read as one`, ...located(line.position) });
    } else if (note === 'spaced') {
      const line = token.payload.line;
      state.diagnostics.push({ severity: 'warning', rule: 'label-without-colon', message: `"${line.text.slice(0, 60)}" is read as the field "${line.label}" written without its colon: every name after the label is one the field lists`, ...located(line.position) });
    } else if (note === 'semicolon') {
      const line = token.payload.line;
      state.diagnostics.push({ severity: 'warning', rule: 'label-without-colon', message: `"${line.text.slice(0, 60)}" is read as the field "${line.label}", a semicolon where its colon stands (a scan's OCR?)`, ...located(line.position) });
    } else if (note === 'cell') {
      const line = token.payload.line;
      state.diagnostics.push({ severity: 'info', rule: 'label-without-colon', message: `"${line.text}" alone on its line, without its colon, is read as the label, its value on the line below (a table copied cell by cell)`, ...located(line.position) });
    } else if (note === 'listLabel') {
      const line = token.payload.line;
      state.diagnostics.push({ severity: 'info', rule: 'label-without-colon', message: `"${line.text}" alone on its line, without its colon, with a list's items below it, is read as the label of that list (a reader view or a word processor drops such colons)`, ...located(line.position) });
    } else if (note === 'subheading') {
      const line = token.payload.line;
      state.diagnostics.push({ severity: 'info', rule: 'label-in-text', message: `"${line.text}", a label the layout does not have, stands past the fields with text below it: read as a sub-heading, the first line of the text that follows`, ...located(line.position) });
    }
  }
  reportHeadingsInText(template, tokens, sections, state.diagnostics);
  reportNumberedLinesInText(template, tokens, sections, facts, state.diagnostics);
  reportSectionAddedBeforeRenumbered(template, tokens, sections, state.diagnostics);
  reportLabelsInText(tokens, sections, facts.lastLine, state.diagnostics);
  reportStrayFurniture(tokens, state.diagnostics);
  if (facts.appendedTitleInText !== null) {
    const line = facts.appendedTitleInText;
    state.diagnostics.push({ severity: 'warning', rule: 'ambiguous-prose-boundary', message: `"${line.text.slice(0, 60)}" below the last section's text is another document's title (a decision, a claim, minutes) as a paragraph of its own: read as a sub-heading of the text with what follows it, though a document appended to the copy may start there`, ...located(line.position) });
  }
  markAmbiguous(template, sections, facts, state.diagnostics);
  reportRunningText(template, sections, facts, state.diagnostics);
  reportTrailingText(template, sections, facts, state.diagnostics);
  reportHeadingsLeftOut(template, sections, facts, state.diagnostics);
  // Sections nest by their parents; a parent's position covers its subsections.
  const children: DocumentNode['children'] = [...preamble];
  const nodeAt: (SectionNode | undefined)[] = new Array(template.sections.length).fill(undefined);
  const parentOf = (node: SectionNode): SectionNode | undefined => {
    const definition = node.id !== null ? template.sectionById.get(node.id) : undefined;
    return definition !== undefined && definition.parentIndex !== -1 ? nodeAt[definition.parentIndex] : undefined;
  };
  for (const node of sections) {
    const parent = parentOf(node);
    if (node.id !== null) nodeAt[template.sectionById.get(node.id)!.index] = node;
    if (parent) {
      parent.children.push(node);
      const widened = new Set<SectionNode>();
      for (let p: SectionNode | undefined = parent; p && !widened.has(p); p = parentOf(p)) {
        widened.add(p);
        p.position = span(p.position, node.position);
      }
    } else children.push(node);
  }
  return { tree: { type: 'document', template: template.name, children, position: documentPosition }, diagnostics: state.diagnostics, facts };
}

