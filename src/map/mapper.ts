/**
 * Maps the document tree to the typed record: each section through its content kind (which knows
 * its nodes), the preamble by place, extra sections to `unmapped`. The tree already says which
 * field each line filled: nothing is decided again here. Also records, for every value written,
 * the source position it came from, so that later diagnostics (schema errors included) can point
 * at the line.
 */
import { lazyRegExp } from '../lazy-regexp.js';
import { normaliseKey, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import { kindOf } from '../kinds/registry.js';
import { organisationsInOneName } from '../kinds/fields.js';
import { keepUnread, sectionName, type MapContext } from '../kinds/map-context.js';
import type { EsrRecord, Unmapped } from '../record/schema.js';
import type { Diagnostic, DocumentNode, LineNode, PreambleNode, SectionNode } from '../types.js';
import { isOtherLanguageTitle } from '../read/classify.js';
import { businessIdAtNameEnd, hasAnyOrganisationWord, HAS_BUSINESS_ID, parseProjectCode } from './normalise.js';
import { mapPagePreamble } from './page.js';
import { RecordBuilder, type SourcePositions } from './record-builder.js';

export { located, pointerOf } from './record-builder.js';

export interface MapResult {
  record: EsrRecord;
  unmapped: Unmapped[];
  diagnostics: Diagnostic[];
  /** JSON pointer of a record value → where in the source it came from. */
  sources: SourcePositions;
  /** The first labels of the required fields that a text cut off lacks after its cut. */
  cutAway: string[];
}

export interface CutOff {
  /** The last line, where the text stops. */
  line: number;
  /** The template section open at that line, if any. */
  section: CompiledSection | null;
  /** The label the last line is the start of, when it is one (the copy stops inside it). */
  label?: string;
  /** The copy says it is cut: a mail program's clip note follows the cut line. */
  clipped?: boolean;
  /** The last line ends as a whole value may, but the copy stops before a section every description has. */
  beforeRequired?: boolean;
  /** Where the text's last line ends (its offset): only a value that reaches it may have been cut. */
  endOffset?: number;
  /** The sections missing after the value are later ones than the summary (the copy has it): said so. */
  afterSummary?: boolean;
  /** With `afterSummary`: the copy ends inside its score table, before categories a print lists, on a line that may end whole: a copy cut there, or a table written with only some of its rows. */
  insideTable?: boolean;
  /** The last line is a text's that may end there whole (a list's item, a name, an address), but the copy has none of the layout's later sections: said as a copy that stops there. */
  beforeAbsentSections?: boolean;
  /** The last line ends whole (a sentence, a field's value), but the copy has none of the layout's later sections: said, nothing on the line doubted. */
  endsWhole?: boolean;
  /** With `endsWhole`: the last line's field has one of its section's later fields absent at most, but a later section before the layout's last is absent. */
  sectionWhole?: boolean;
  /** With `sectionWhole`: the last line is its section's text (a paragraph's), not a field's. */
  onText?: boolean;
  /** With `sectionWhole`: the last line is its section's heading, nothing under it. */
  onHeading?: boolean;
  /** The last line is the whole text of the layout's last section, one word without a full stop (`Proje`): perhaps cut inside it. */
  oneWord?: boolean;
  /** The last line ends, without a full stop, on a word the text writes elsewhere only as the start of a longer one (that one too): perhaps cut inside it. */
  cutWord?: { word: string; longer: string };
  /** The cut is the end of the first of two descriptions in the text, the second below it: said at the cut line. */
  beforeAnother?: boolean;
  /**
   * The cut line is a printed page's furniture (its number, `01/20`, may be the cut start of a
   * value's next line as well): the last line above it that is none, whose value may go on past the
   * page's break and so be cut.
   */
  lineAboveFurniture?: number;
  /** The furniture below the last line counts a page before the print's last (`Sivu 2 / 3`): the pages after it are missing. */
  pagesMissing?: { page: number; of: number };
}

/** `the first section of esr-2007-2013` when the key is another layout's first heading or first field's label (a second description of that layout, flattened or not). */
function firstSectionOfOther(template: CompiledTemplate, key: string): string | undefined {
  const other = template.titledOthers.find((o) => o.sections[0].headingKeys.has(key) || o.sections[0].fieldsByLabel.get(key)?.some((f) => f.index === 0) === true);
  return other && `the first section of ${other.name}`;
}

function mapExtraSection(context: MapContext, node: SectionNode): void {
  const { builder } = context;
  if (node.heading) {
    builder.keep(null, null, node.heading.written ?? node.heading.text, node.heading.position);
    const key = normaliseKey(node.heading.text);
    // (A second description without its title starts at its first section's heading: `1 Hanke` again.)
    const another = context.template.titleKeys.has(key) ? 'the layout\'s title again' : isOtherLanguageTitle(node.heading.text) ? 'the title of a rendering in another language' : context.template.sections[0].headingKeys.has(key) ? 'the first section\'s heading again' : context.template.sections[0].fieldsByLabel.has(key) ? 'the first section\'s first field again' : (context.template.titledOthers.find((o) => o.titleKeys.has(key))?.name ?? firstSectionOfOther(context.template, key));
    // (A page of another layout pasted below, from its title: one of its section headings follows, with its facts.)
    const page = another === undefined ? context.template.pageOthers.find((other) => node.children.some((child) => child.type === 'paragraph' && child.children.some((line) => line.text.length <= 60 && other.sectionsByHeading.has(normaliseKey(line.text))))) : undefined;
    const message = another ? `"${node.heading.text}", ${another.startsWith('the') ? another : `the title of ${another}`}${another.startsWith('the first section') ? ' with its fields below it' : ' with its first section below it'}, starts a second description: it is kept in unmapped, not read into this record` : page ? `"${node.heading.text}" starts a page of ${page.name} pasted below the description (its sections' headings and facts follow): it is kept in unmapped, not read into this record` : `"${node.heading.text}" is a heading ${context.template.name} does not know; the section is kept in unmapped`;
    builder.diagnose('warning', 'unknown-section', message, node.heading.position);
  }
  for (const child of node.children) {
    if (child.type === 'section') continue;
    if (child.type === 'paragraph' && node.heading) {
      builder.keep(null, node.heading.text, child.children.map((c) => c.text).join('\n'), child.position);
      builder.diagnose('warning', 'unmapped-text', `Text of the section "${node.heading.text}", which ${context.template.name} does not know; kept in unmapped`, child.position);
    } else keepUnread(context, null, child, node.heading ? `A line of the unknown section "${node.heading.text}"` : 'A line no section takes');
  }
}

function mapSection(context: MapContext, node: SectionNode, found: Map<string, SectionNode>): void {
  if (node.id === null) {
    mapExtraSection(context, node);
    return;
  }
  found.set(node.id, node);
  const section = context.template.sectionById.get(node.id)!;
  kindOf(section.definition.content).map(context, section, node);
  for (const child of node.children) if (child.type === 'section') mapSection(context, child, found);
}

/** The record paths a section writes: its fields' and its text's. */
function pathsOf(section: CompiledSection): string[] {
  const paths = section.fields.map((field) => field.definition.path);
  const textPath = (section.definition as { textPath?: string }).textPath;
  if (textPath !== undefined) paths.push(textPath);
  return paths;
}

/**
 * Two sections printed side by side (a PDF's two columns: `7.1 …` and `7.2 …` on one row, their
 * lines below row by row) and copied line by line: the first heading has nothing under it, the
 * second stands right below it, and the second holds both columns — its labels twice, or its text
 * in more lines than one. Whose each line is the text does not tell: said at both sections' values.
 * (An empty section above another is otherwise no sign: a section may be left empty.)
 */
function sayColumnsReadAsRows(context: MapContext, found: Map<string, SectionNode>): void {
  let before: SectionNode | null = null;
  let blankSeparated: boolean | undefined;
  for (const node of found.values()) {
    const above = before;
    before = node;
    if (above === null || above.heading === null || node.heading === null) continue;
    const apart = node.heading.position.start.line - above.heading.position.end.line;
    const first = context.template.sectionById.get(above.id!)!;
    const second = context.template.sectionById.get(node.id!)!;
    if (apart > 3 || second.index !== first.index + 1 || second.parentId !== first.parentId || above.children.some((child) => child.type !== 'furniture')) continue;
    // Fields: the second section's labels twice over (a blank line or two between the rows, as a print
    // may leave). Text: the two headings on consecutive lines in a copy that sets its blocks apart by
    // blank lines, and the second's text in one paragraph of several lines — an empty section above
    // another, in any copy, has a blank line between the headings, or none anywhere.
    const doubled = node.children.some((child) => child.type === 'field' && child.duplicate);
    const rows = node.children.some((child) => child.type === 'paragraph' && child.children.length >= 2);
    if (!doubled && !(second.definition.content === 'prose' && apart === 1 && rows && (blankSeparated ??= setsBlocksApart(found)))) continue;
    const names = `${first.definition.number ?? first.definition.id} and ${second.definition.number ?? second.definition.id}`;
    const message = `The headings of ${names} stand one below the other with nothing under the first, and ${second.definition.number ?? second.definition.id} holds ${doubled ? 'its labels twice' : 'its text in more lines than one'}: two columns of a print read row by row? Which lines are whose the text does not tell`;
    for (const path of pathsOf(first)) context.builder.diagnose('warning', 'ambiguous-label', message, above.heading.position, path);
    for (const path of pathsOf(second)) context.builder.diagnose('warning', 'ambiguous-label', message, node.heading.position, path);
  }
}

/** Whether the copy has blank lines between its blocks: two blocks of a section a line or more apart. */
function setsBlocksApart(found: Map<string, SectionNode>): boolean {
  for (const node of found.values()) {
    for (let i = 1; i < node.children.length; i++) if (node.children[i].position.start.line - node.children[i - 1].position.end.line > 1) return true;
  }
  return false;
}

/** null, [], or an object of nothing but empty values (a period with neither date). */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

function lastFieldIndex(node: SectionNode, sectionId: string): number {
  let last = -1;
  for (const child of node.children) if (child.type === 'field' && child.field !== null && child.field.section === sectionId) last = Math.max(last, child.field.index);
  return last;
}

/** Whether the value at `path` was left unread because it stands on the line where the text is cut off. */
function cutValueAt(builder: MapContext['builder'], path: string): boolean {
  const pointer = builder.pointer(path);
  return builder.diagnostics.some((d) => d.rule === 'value-cut-off' && d.path === pointer);
}

/** The section after `section` in the layout that the text heads with a number at or before `section`'s own and two or more before the layout's (`4.` for 7, skipping 5), if any. */
function laterSectionNumberedBefore(sections: readonly CompiledSection[], found: Map<string, SectionNode>, section: CompiledSection): CompiledSection | null {
  const own = section.definition.number === null ? NaN : Number.parseInt(section.definition.number, 10);
  if (Number.isNaN(own)) return null;
  for (const later of sections) {
    const written = later.index > section.index ? found.get(later.definition.id)?.heading?.number : undefined;
    // (Numbered two or more places earlier, as a technical-assistance description numbers its funding
    // 4 for 7; a copy whose sections moved up by one after a deleted section is not that layout.)
    // (A top-level section's heading only: a subsection's number mistyped, `4.1` for 6.1, is no such numbering.)
    if (written && !written.includes('.') && later.definition.number !== null && !later.definition.number.includes('.') && written !== later.definition.number && Number.parseInt(written, 10) <= own && Number.parseInt(later.definition.number, 10) - Number.parseInt(written, 10) >= 2) return later;
  }
  return null;
}

/**
 * Whether a section the register always prints was lost from a whole copy's middle (audit DB of round
 * 68): the copy has the layout's first section (an excerpt starting further down has not) and a section
 * after the place, opened by its heading or its labels (not a text that only runs on, the end of a cut
 * copy); and nothing tells of the section elsewhere — no section placed by order among sections that
 * share labels (a flattened copy's 7.1 and 7.2), no heading the layout does not know (a rendering's own),
 * no line of the text that is its heading (written out of order). Review DD of round 68.
 */
function lostBetween(context: MapContext, found: Map<string, SectionNode>, section: CompiledSection): boolean {
  const { template } = context;
  if (!found.has(template.sections[0].definition.id)) return false;
  let after = false;
  for (const other of template.sections) {
    const node = found.get(other.definition.id);
    if (node === undefined) continue;
    if (node.ambiguous) return false;
    if (other.index > section.index && (node.openedBy === 'heading' || node.openedBy === 'labels')) after = true;
  }
  if (!after) return false;
  if (context.document.children.some((child) => child.type === 'section' && child.id === null && child.heading !== null)) return false;
  return !headingWrittenIn(context.document, section);
}

/** Whether a line of the tree is one of the section's headings, with or without its number. */
function headingWrittenIn(document: DocumentNode, section: CompiledSection): boolean {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const node = value as { text?: unknown; children?: unknown; heading?: unknown };
    if (typeof node.text === 'string' && node.text.length <= 120 && section.headingKeys.has(normaliseKey(node.text.replace(LEADING_NUMBER, '')))) return true;
    if (node.children !== undefined) stack.push(node.children);
    if (node.heading !== undefined) stack.push(node.heading);
  }
  return false;
}
const LEADING_NUMBER = lazyRegExp(() => /^\d{1,2}(?:\.\d{1,2})*\.?\s+/u);

/** Says what a description must have and lacks; returns the required fields a cut took away (said at the cut, not here). */
function reportMissing(context: MapContext, found: Map<string, SectionNode>, cut: CutOff | null): string[] {
  const { builder, template } = context;
  const cutAway: string[] = [];
  const lostToCut = (field: { labels: string[]; path: string; required?: 'error' | 'warning' }) => {
    if (field.required === 'error' && isEmpty(builder.get(field.path))) cutAway.push(field.labels[0]);
  };
  // A text cut off lacks what comes after the cut: that is said once, at the cut.
  const reachable = (section: CompiledSection) => cut === null || cut.section === null || section.index <= cut.section.index;
  for (const section of template.sections) {
    const { id, headings, number, required } = section.definition;
    const node = found.get(id);
    const fields = section.definition.content === 'fields' ? section.definition.fields : [];
    if (!reachable(section) && !node) {
      fields.forEach(lostToCut);
      continue;
    }
    // The section the text is cut in, cut inside its first label (`Hakijan viralli` in a copy
    // without headings): it starts at the cut, and what it lacks comes after it.
    if (cut !== null && cut.section === section && !node) {
      fields.forEach(lostToCut);
      continue;
    }
    const numberedPast = !node && required ? laterSectionNumberedBefore(template.sections, found, section) : null;
    if (numberedPast !== null) {
      // (A technical-assistance description of 2007–2013 numbers its funding 4 and has no summary:
      // its numbering leaves this section no place, so its absence is that layout's, not a loss.)
      builder.diagnose('info', 'missing-section', `Section ${number ?? ''} "${headings[0]}" is absent; the copy numbers section ${numberedPast.definition.number} "${numberedPast.definition.headings[0]}" as ${found.get(numberedPast.definition.id)!.heading!.number} (as a technical-assistance description does), leaving it no place`.replace('  ', ' '), found.get(numberedPast.definition.id)!.heading!.position);
    } else if (!node && required) builder.diagnose('warning', 'missing-section', `Section ${number ?? ''} "${headings[0]}" is missing`.replace('  ', ' '));
    else if (!node && section.definition.alwaysPrinted === true && lostBetween(context, found, section)) {
      builder.diagnose('warning', 'missing-section', `Section ${number ?? ''} "${headings[0]}" is missing: the copy has sections of the layout before and after its place, and the register's print has it always`.replace('  ', ' '));
    }
    // A required text written with no text (its heading alone, `-`, `Kesken.`, a draft's placeholder).
    if (node?.heading && required && section.definition.content === 'prose' && builder.get(section.definition.textPath) === null && !(cut !== null && cut.line <= node.position.end.line + 2)) {
      builder.diagnose('warning', 'missing-section', `Section ${number ?? ''} "${headings[0]}" has no text`.replace('  ', ' '), node.heading?.position ?? node.position, section.definition.textPath);
    }
    if (section.definition.content !== 'fields') continue;
    // In the section the text is cut in, the fields after the last one read come after the cut.
    const lastRead = cut !== null && cut.section === section && node ? lastFieldIndex(node, id) : Infinity;
    for (const [index, field] of section.definition.fields.entries()) {
      if (index > lastRead) {
        lostToCut(field);
        continue;
      }
      // Its label is the cut line, the value cut away (`Y-tunnus:` at the end).
      if (cut !== null && builder.attempted.get(field.path)?.start.line === cut.line) {
        lostToCut(field);
        continue;
      }
      // Its value on the cut line, not read since it may be incomplete (`Y-tunnus: 24803`).
      if (cut !== null && builder.unreadable.has(field.path) && cutValueAt(builder, field.path)) {
        lostToCut(field);
        continue;
      }
      if (!field.required || !isEmpty(builder.get(field.path)) || builder.unreadable.has(field.path)) continue;
      if (node?.ambiguous) continue;
      // The label may be there, set aside (in another section, or again): say where, not that it is missing.
      const keys = new Set(field.labels.map(normaliseKey));
      const elsewhere = builder.unmapped.find((u) => u.label !== null && keys.has(normaliseKey(u.label)));
      if (elsewhere) {
        const where = elsewhere.section !== null ? `in section ${elsewhere.section}` : 'outside any section';
        builder.diagnose(field.required, 'missing-field', `${field.labels[0]} (${field.path}) is not read: a line with its label stands at line ${elsewhere.line}, ${where}, where ${template.name} does not take it (see the diagnostic there) — this field's value misplaced, or another's (a partner's, a second description's): the text does not tell`, { start: { line: elsewhere.line, column: 1, offset: 0 }, end: { line: elsewhere.line, column: 1, offset: 0 } }, field.path);
        continue;
      }
      // Where it was looked for: its empty label, else the section's heading or (a copy without headings) its start.
      const at = builder.attempted.get(field.path) ?? node?.heading?.position ?? (node ? { start: node.position.start, end: node.position.start } : undefined);
      builder.diagnose(field.required, 'missing-field', `${field.labels[0]} (${field.path}) is missing from section ${sectionName(section)}`, at, field.path);
    }
  }
  return cutAway;
}

/** How many times a character stands in a text. */
const countOf = (text: string, char: string) => text.split(char).length - 1;

/**
 * The applicant's name written with its Y-tunnus (`Järvikylän kaupunki (1234567-1)`, `…, Y-tunnus
 * 1234567-1`), as an entry of a co-implementers' list is: the name without it, and the Y-tunnus
 * read from it where the text has none of its own (said), or checked against the one it has.
 */
function businessIdInName(builder: RecordBuilder): void {
  const organisation = builder.record.organisation;
  const found = organisation.name === null ? null : businessIdAtNameEnd(organisation.name, true);
  if (found === null) return;
  const at = builder.sources.get('/organisation/name') ?? null;
  const written = organisation.name!;
  // (Inside a bracket that opens before it with words, `… ry (kumppani Heinolan kaupunki 1068892-9)`: another
  // organisation's, named in a remark. The name kept as written, the Y-tunnus not read from it, said. Audit WJ of round 80:
  // the partner's Y-tunnus read as the applicant's, the name cut inside its bracket.)
  // (Inside a bracket that opens before it with words, `KSAK Oy (kotipaikka Kuusamo, Y-tunnus 0832600-5)`: the bracket is
  // left out of the name whole, not cut inside. Where its words name an organisation, `… ry (kumppani Heinolan kaupunki
  // 1068892-9)`, the Y-tunnus may be that one's: read, said, unless the text's own field gives the same. Audit WJ of round
  // 80 (the partner's read as the applicant's, unsaid); reviews RVB, RVC (the applicant's own, `(rekisteröity yhdistys,
  // Y-tunnus …)`, must stay read).)
  if (countOf(found.name, '(') > countOf(found.name, ')')) {
    const bracket = found.name.slice(found.name.lastIndexOf('('));
    found.name = found.name.slice(0, found.name.lastIndexOf('(')).trim();
    if (hasAnyOrganisationWord(bracket) && organisation.businessId !== found.id) builder.diagnose('warning', 'invalid-value', `The name "${written.slice(0, 80)}" holds a Y-tunnus, ${found.id}, inside a remark in brackets that names an organisation ("${bracket.slice(0, 50)}…"): it may be that one's, not the applicant's`, at, 'organisation.businessId');
  }
  organisation.name = found.name;
  const form = [found.written === undefined ? null : `the Y-tunnus written "${found.written}"`, found.town === undefined ? null : `the town "${found.town}" after it left out`].filter(Boolean).join('; ');
  const how = form === '' ? '' : ` (${form})`;
  // (Another Y-tunnus left in the name, `Gradia, 0208201-1, Jamk Oy, 1234567-1`: two organisations written as one.)
  if (HAS_BUSINESS_ID.test(found.name)) {
    builder.diagnose('warning', 'invalid-value', `The name "${written.slice(0, 80)}" holds two Y-tunnus: two organisations written in one field? Read as the name "${found.name}" and the last Y-tunnus, ${found.id}`, at, 'organisation.name');
  }
  // (A Y-tunnus whose check digit is wrong: no part of the name either, but no Y-tunnus to read. Audit AT of round 60.)
  if (!found.valid) {
    const field = organisation.businessId === null ? 'the text has none of its own' : organisation.businessId === found.id ? 'its own field gives the same' : `its own field gives ${organisation.businessId}`;
    builder.diagnose('warning', 'invalid-value', `The name "${written.slice(0, 80)}" holds a Y-tunnus, ${found.id}, whose check digit is wrong: the name is read as "${found.name}" and the Y-tunnus not from it (${field})`, at, 'organisation.businessId');
    return;
  }
  if (organisation.businessId === null) {
    builder.set('organisation.businessId', found.id, at);
    // (Eight figures alone, no hyphen and no `FI`, may be another number whose check digit happens to fit: said. Review BV of round 66.)
    const bare = found.written !== undefined && found.labelled !== true && /^\(?\d{8}\)?$/u.test(found.written.replace(/\s+/gu, ''));
    builder.diagnose(bare ? 'warning' : 'info', 'normalised-value', `The name "${written.slice(0, 80)}" holds the organisation's Y-tunnus: read as the name "${found.name}" and the Y-tunnus ${found.id} (the text has no Y-tunnus of its own for it${form === '' ? '' : `; ${form}`})${bare ? ': eight figures without the hyphen may as well be another number whose last figure fits' : ''}`, at, 'organisation.businessId');
  } else if (organisation.businessId !== found.id) {
    builder.diagnose('warning', 'invalid-value', `The name "${written.slice(0, 80)}" holds the Y-tunnus ${found.id}, but the organisation's Y-tunnus is ${organisation.businessId}: one of them is written wrong; the name is read as "${found.name}", the Y-tunnus as its own field gives it`, at, 'organisation.businessId');
  } else builder.diagnose('info', 'normalised-value', `The name "${written.slice(0, 80)}" is read without the Y-tunnus written in it: "${found.name}"${how}`, at, 'organisation.name');
}

/**
 * The applicant's name field holding two organisations' names or more, each ending as a whole name does, those
 * after the first naming an organisation that is no other's unit (a legal form, a municipality, a federation:
 * vocabulary `organisationWords.independent`), parted by commas or a conjunction (`Toteuttajaorganisaatiot:
 * Mikkelin kaupunki, Mikkelin ammattikorkeakoulu Oy`, `… kaupunki ja … Oy`): the record holds one name, so the
 * value is kept as written and said. (One organisation named in Finnish and in Swedish is one.) Audit WF
 * of round 79 left it (F5e); round 80.
 */
function severalOrganisationsInName(builder: RecordBuilder): void {
  const name = builder.record.organisation.name;
  const parts = name === null ? null : organisationsInOneName(name);
  if (parts === null) return;
  builder.diagnose('warning', 'invalid-value', `The organisation's name "${name!.slice(0, 100)}" names ${parts.length} organisations ("${parts.map((part) => part.slice(0, 40)).join('"; "')}"): the record holds one name, the applicant's; read as written (which is the applicant is for the reader to tell)`, builder.sources.get('/organisation/name'), 'organisation.name');
}

/**
 * Text above the description that writes another project's code in the layout's code field
 * (`Hankekoodi: S21111` above a copy of S22876: a mail's cover, or another project's copy cut above
 * this one, read as text): said at the record's code, which the text does not settle alone.
 */
function sayOtherCodeAbove(context: MapContext, lines: LineNode[]): void {
  const own = context.builder.record.project.code;
  if (lines.length === 0 || own === null) return;
  for (const line of lines) {
    const colon = line.text.indexOf(':');
    if (colon < 1 || !(context.template.inlineLabels.get(normaliseKey(line.text.slice(0, colon)))?.some((f) => f.definition.type === 'projectCode') ?? false)) continue;
    const code = parseProjectCode(line.text.slice(colon + 1)).value;
    if (code === null || code === own) continue;
    context.builder.diagnose('warning', 'unmapped-text', `"${line.text.slice(0, 60)}", above the description, names another project's code than the record's (${own}): a mail's cover, or another project's copy cut above this one; the record is read from the description below it`, line.position, 'project');
    return;
  }
}

/**
 * The layout's last section with its heading as the text's last line and nothing below it: read as
 * empty (a final report not written yet), but a copy may as well stop right there — noted, so that
 * what the section would hold is not missing unsaid (a page's roles, its last section).
 */
function sayEmptyLastSection(context: MapContext, tree: DocumentNode): void {
  const last = tree.children[tree.children.length - 1];
  if (last === undefined || last.type !== 'section' || last.id === null || last.heading === null || last.children.length > 0) return;
  const section = context.template.sectionById.get(last.id);
  const path = (section?.definition as { textPath?: string } | undefined)?.textPath;
  if (section === undefined || section.index !== context.template.sections.length - 1 || path === undefined) return;
  context.builder.diagnose('info', 'empty-value', `Section ${sectionName(section)} has its heading as the text's last line and nothing below it: read as empty (not written yet, or the copy stops there)`, last.heading.position, path);
}

export function mapDocument(tree: DocumentNode, template: CompiledTemplate, cut: CutOff | null): MapResult {
  const builder = new RecordBuilder(template);
  // (A copy said only to end early, or to lack a print's later pages, doubts no value on its last line.)
  const certainCut = cut !== null && cut.beforeRequired !== true && cut.endsWhole !== true && cut.pagesMissing === undefined;
  const context: MapContext = { builder, template, cutLine: certainCut ? cut.line : null, cutAboveFurniture: certainCut ? cut.lineAboveFurniture ?? null : null, mayBeCutLine: cut?.beforeRequired === true ? cut.line : null, mayBeCutEnd: cut?.endOffset ?? null, mayBeCutAfterSummary: cut?.afterSummary === true, cutLabel: cut?.label ?? null, fieldPaths: new Map(), document: tree };
  const { definition } = template;
  builder.record.programmePeriod = definition.programmePeriod;
  for (const [path, value] of Object.entries(definition.constants)) builder.set(path, value, null);

  const preamble: PreambleNode[] = [];
  const found = new Map<string, SectionNode>();
  const textAbove: LineNode[] = [];
  let firstTitle: { text: string; line: number; fund: string | null } | null = null;
  for (const node of tree.children) {
    if (node.type === 'section') mapSection(context, node, found);
    else if (node.type === 'preamble') preamble.push(node);
    else if (node.type === 'furniture' && node.role === 'title') {
      const fund = template.titleKeys.get(normaliseKey(node.text)) ?? null;
      // Two titles naming two funds (`… (EAKR) …` / `… (ESR) …`): which the text is, neither tells —
      // the fund is left to the project code's letter (derived), said.
      if (firstTitle !== null && firstTitle.fund !== fund) {
        builder.diagnose('warning', 'invalid-value', `"${node.text}" names another fund (${fund ?? 'none'}) than the title at line ${firstTitle.line} ("${firstTitle.text}", ${firstTitle.fund ?? 'none'}): the fund is read from the project code's letter, if any`, node.position, 'fund');
        builder.record.fund = null;
        firstTitle.fund = null;
      } else if (firstTitle === null) {
        firstTitle = { text: node.text, line: node.position.start.line, fund };
        // (A title naming no fund leaves the definition's own, `constants.fund`. Audit WL F7 of round 81: it was overwritten.)
        if (fund !== null || definition.constants.fund === undefined) builder.record.fund = fund;
      }
    }
    else if (node.type === 'furniture' && node.role === 'banner') continue;
    else {
      keepUnread(context, null, node, 'Text before the first section');
      if (node.type === 'paragraph') textAbove.push(...node.children);
    }
  }
  sayOtherCodeAbove(context, textAbove);
  sayEmptyLastSection(context, tree);
  sayColumnsReadAsRows(context, found);
  // After the sections: the summary bar is checked against the field block it summarises.
  if (template.definition.page) mapPagePreamble(builder, template, preamble);
  // A layout of one period whose text names another in a field of its own: the text's words are
  // kept (the project's code is checked against them), and the contradiction said.
  const period = builder.record.programmePeriod;
  if (definition.programmePeriod !== null && period !== null && period !== definition.programmePeriod) {
    builder.diagnose('warning', 'invalid-value', `The text says its programme period is ${period}, but its layout ${definition.name} is of ${definition.programmePeriod}: the text's words are kept`, builder.sources.get('/programmePeriod'), 'programmePeriod');
  }
  businessIdInName(builder);
  severalOrganisationsInName(builder);
  const cutAway = reportMissing(context, found, cut);
  return { record: builder.record, unmapped: builder.unmapped, diagnostics: builder.diagnostics, sources: builder.sources, cutAway };
}
