/** Prose sections: their paragraphs are the section's text, up to the line that opens what comes next. */
import { normaliseKey, vocabulary, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import type { RuleDsl } from '../read/reader.js';
import { isDigitCode } from '../read/classify.js';
import type { DocumentNode, ParagraphNode, SectionNode } from '../types.js';
import { collectBlocks, isLonePageNumber, paragraphText, plainBody, sayLoneNumberKept } from './blocks.js';
import { projectCodeOf, writeSectionText } from './fields.js';
import { bodyBlocks, keepUnread, sectionName, withoutCutLabel, type MapContext } from './map-context.js';
import { businessIdAtNameEnd } from '../map/normalise.js';
import type { ContentKind } from './registry.js';
import { lazyRegExp } from '../lazy-regexp.js';

const extraPartHeadings = new Set(vocabulary.extraPartHeadings.words.map(normaliseKey));
const contactBlockHeadings = new Set(vocabulary.contactBlockHeadings.words.map(normaliseKey));
/**
 * A person's way of contact on a line: a phone number after its word (`puh. 050 …`) or an e-mail
 * address. (Not a web address alone: a text's sentence names the project's site, `Hankkeen kotisivu
 * www.… kertoo tapahtumista`.)
 */
const CONTACT_WAY = lazyRegExp(() => new RegExp(`(?:^|\\s)(?:${vocabulary.phoneAbbreviations.words.join('|')})\\.?\\s*:?\\s*\\+?\\d|\\+358|[\\w.-]+(?:@|\\((?:at|a)\\))[\\w-]+\\.`, 'iu'));

export const proseKind: ContentKind = {
  content: 'prose',
  defineBody: (p: RuleDsl) => plainBody(p, 'proseBody'),
  map(context, section: CompiledSection, node) {
    const own: ParagraphNode[] = [];
    const blocks = bodyBlocks(node);
    const webPage = context.template.definition.page !== undefined;
    for (const [i, block] of blocks.entries()) {
      // A number alone between paragraphs is a printed copy's page number, not text of the section.
      if (block.type === 'paragraph' && !isLonePageNumber(blocks, i, projectCodeOf(context), webPage)) {
        own.push(block);
        sayLoneNumberKept(context, blocks, i, (section.definition as { textPath: string }).textPath);
      } else keepUnread(context, section.definition.id, block, block.type === 'paragraph' ? `A number alone between the paragraphs of section ${sectionName(section)}, taken for a printed page's number` : `A line in section ${sectionName(section)}`);
    }
    // The whole text pasted twice over (`A B A B`): the second copy is kept apart, said.
    const half = repeatedHalf(own);
    if (half > 0) for (const paragraph of own.splice(half)) keepUnread(context, section.definition.id, paragraph, `The text of section ${sectionName(section)} is written twice over; this is its second copy`);
    const textPath = (section.definition as { textPath: string }).textPath;
    // A title in capitals standing alone inside a text (`VÄLIRAPORTTI 2/2020`, `KOKOUSPÖYTÄKIRJA`):
    // another document pasted after the description, read as this text — or the text's own
    // sub-heading written in capitals (`TAVOITTEET`): said as a note.
    for (const paragraph of own) {
      const line = paragraph.children[0].text;
      if (paragraph.children.length === 1 && isCapitalsTitle(line)) {
        context.builder.diagnose('info', 'heading-in-text', `"${line}" stands alone in capitals inside the text of ${sectionName(section)}: the title of another document pasted after it? Read as text`, paragraph.position, textPath);
      }
    }
    // The heading of a part no layout has (`Liitteet`, `Riskit`: vocabulary `extraPartHeadings`)
    // standing alone, text after it: that text is read as this section's, but it is not its own.
    own.forEach((paragraph, at) => {
      const line = paragraph.children[0].text;
      if (at > 0 && at + 1 < own.length && paragraph.children.length === 1 && line.length <= 40 && extraPartHeadings.has(normaliseKey(line.replace(/:$/u, '')))) {
        context.builder.diagnose('warning', 'heading-in-text', `"${line}" stands alone inside the text of ${sectionName(section)} as the heading of a part the layout does not have: read, with the text below it, as that section's text`, paragraph.position, textPath);
      }
    });
    // A contact block's heading at a paragraph's start, a way of contact in its lines (`Lisätietoja
    // hankkeesta` / `Liisa Kuusela, projektipäällikkö` / `puh. 050 …`, a Word text box's or a
    // signature's lines after the text): read as the section's text, but no part of it.
    own.forEach((paragraph, at) => {
      const heading = paragraph.children[0].text;
      if (at === 0 || heading.length > 40 || !contactBlockHeadings.has(normaliseKey(heading.replace(/:$/u, '')))) return;
      const block = paragraph.children.length > 1 ? paragraph.children.slice(1) : (own[at + 1]?.children ?? []);
      // (A line of contact, not a sentence that names one: `puh. 050 …`, `liisa@…`, short, no sentence's end.)
      if (block.some((line) => CONTACT_WAY.test(line.text) && line.text.length <= 80 && !/[.!?]$/u.test(line.text))) context.builder.diagnose('warning', 'heading-in-text', `"${heading}" stands inside the text of ${sectionName(section)} as the heading of a block of contact details (a text box's or a signature's?): read, with its lines, as that section's text`, paragraph.position, textPath);
    });
    // A sub-section's heading of this section (`5.1 Projektin aikataulu` in section 5), which the
    // layout does not divide: it and its text are the section's, read so, but said — the field holds
    // more than one part of the description, and the heading may be a section the layout lacks.
    const numbers = new Set([section.definition.number, node.heading?.number].filter((n): n is string => n !== null && n !== undefined));
    // (Not a list's item, `3.1 Kartoitus` / `3.2 Valmennus`, `5.1 Aloitusseminaari` / `5.12 Joulujuhla`: a
    // numbered line above or below it; nor one with no text below it.)
    if (numbers.size > 0) {
      // (The lines are gathered only in a text that has such a line: most have none.)
      const candidate = own.some((paragraph) => paragraph.children.some((line) => isDigitCode(line.text.charCodeAt(0)) && SUB_SECTION_HEADING.test(line.text)));
      const lines = candidate ? own.flatMap((paragraph) => paragraph.children) : [];
      const numberedAt = (at: number) => at >= 0 && at < lines.length && /^\d{1,2}(?:\.\d{1,2})*\.?\s/u.test(lines[at].text);
      lines.forEach((line, at) => {
        const sub = isDigitCode(line.text.charCodeAt(0)) ? SUB_SECTION_HEADING.exec(line.text) : null;
        if (sub !== null && numbers.has(sub[1]) && at + 1 < lines.length && !numberedAt(at - 1) && !numberedAt(at + 1)) context.builder.diagnose('warning', 'heading-in-text', `"${line.text}" stands as a sub-section's heading of section ${sectionName(section)}, which the layout does not divide: read, with the text below it, as that section's text`, line.position, textPath);
      });
    }
    // A copy in the layout's other language (its first heading in another of its wordings: an English
    // rendering's `1 Project`), whose later sections' headings the layout does not know: a line
    // standing alone like a heading, text after it (`Project target groups`), is likely one of them,
    // unnumbered. Read as text, said.
    if (node.heading !== null && firstHeadingInOtherWording(context.document, context.template)) {
      // (Not a list's items each a paragraph, `Coaching sessions for jobseekers` / `Workshops in …`: one
      // heading-like paragraph next to another.)
      const headingLike = (at: number) => at >= 0 && at < own.length && own[at].children.length === 1 && HEADING_LIKE.test(own[at].children[0].text);
      own.forEach((paragraph, at) => {
        const line = paragraph.children[0].text;
        if (at > 0 && at + 1 < own.length && headingLike(at) && !headingLike(at - 1) && !headingLike(at + 1)) context.builder.diagnose('warning', 'heading-in-text', `"${line}" stands alone like a heading inside the text of ${sectionName(section)}, in a copy whose headings are in another language: a later section's heading the layout does not know? Read as text`, paragraph.position, textPath);
      });
    }
    sayEntriesOpeningText(context, node, own, textPath);
    // A field's line inside the text (`Granted EU and state funding: 480 000`, a flattened copy's
    // field whose label the layout does not have): read as text, but said at the line — its figure
    // may be a value the record misses.
    for (const paragraph of own) {
      for (const child of paragraph.children) {
        if (isFieldLineWithFigure(child.text)) context.builder.diagnose('warning', 'unknown-label', `"${child.text.slice(0, 80)}" inside the text of ${sectionName(section)} reads as a field's line (a label and a figure or a date) whose label the layout does not have: read as text, its value not read`, child.position, textPath);
      }
    }
    writeSectionText(context, section, textPath, withoutCutLabel(context, null, section, own));
  },
  linesToBlocks: collectBlocks,
};

/**
 * A text opened without its heading (a flattened copy) whose first lines are organisations' entries
 * (`Pohjolan ammattiopisto, 5908301-5`: a name and a Y-tunnus of a right check digit), where the layout
 * has a block of such entries that the copy does not give: the block's heading line dropped with the
 * headings, its entries run into the text. Which block they are of, the lines do not say: read as
 * text, said at each (audit WN F2 of round 81: the co-implementers were `[]`, unsaid).
 */
function sayEntriesOpeningText(context: MapContext, node: SectionNode, own: ParagraphNode[], textPath: string): void {
  if (node.openedBy !== 'text' || own.length === 0) return;
  const missing = context.template.sections.flatMap((other) => (other.definition.content === 'fields' ? other.definition.fields : [])).filter((field) => field.form === 'block' && field.type === 'organisations' && !context.fieldPaths.has(field.path));
  if (missing.length === 0) return;
  const lines = own[0].children;
  for (let at = 0; at < lines.length; at++) {
    const entry = businessIdAtNameEnd(lines[at].text);
    if (entry === null || entry.name === '' || lines[at].text.length > 160) break;
    context.builder.diagnose('warning', 'ambiguous-prose-boundary', `"${lines[at].text.slice(0, 80)}" opens the text as an entry of ${missing.map((field) => `"${field.labels[0]}"`).join(' or ')} does (a name and its Y-tunnus), and the copy has no such block: its heading line left out? Read as text, not as an entry`, lines[at].position, textPath);
  }
}

/**
 * A line of a label and a figure, an amount or a date alone (`Planned public funding in total: 600 000`, `Start date: 1.3.2021`; not a year alone, a plan's `Milloin:2009`).
 */
const FIELD_LINE_WITH_FIGURE = lazyRegExp(() => /^[^:\d]{3,80}:\s*(?!(?:19|20)\d{2}\s*$)(?:\d{1,3}(?:[ \u00a0.]?\d{3})*(?:,\d{1,2})?\s*(?:€|e|eur|euroa|euros)?|\d{1,2}\.\d{1,2}\.\d{4})\s*$/iu);

/**
 * A sentence's end inside a field line's label, a word's full stop before a capital (case counts): `… omaa polkuaan.
 * Budjetti: 350 000` is a hard-wrapped sentence's line — an abbreviation's full stop is none, `Kok. budjetti: 350 000`,
 * `Suunn. julkinen rahoitus: 600 000`. Audit HA, reviews RVA and RVC of round 71.
 */
const SENTENCE_END_IN_LABEL = lazyRegExp(() => /\p{Ll}{4}[.!?]\s+\p{Lu}/u);
function isFieldLineWithFigure(text: string): boolean {
  const colon = text.indexOf(':');
  return colon !== -1 && FIELD_LINE_WITH_FIGURE.test(text) && !SENTENCE_END_IN_LABEL.test(text.slice(0, colon));
}

/** Whether the text writes the layout's first section's heading in another of its wordings than the first (`Project` for `Hanke`: the layout's other language). */
function firstHeadingInOtherWording(document: DocumentNode, template: CompiledTemplate): boolean {
  const first = template.sections[0]?.definition;
  if (first === undefined || first.headings.length < 2) return false;
  const node = document.children.find((child): child is SectionNode => child.type === 'section' && child.id === first.id);
  const written = node?.heading ? normaliseKey(node.heading.text) : null;
  return written !== null && written !== normaliseKey(first.headings[0]) && first.headings.slice(1).some((heading) => normaliseKey(heading) === written);
}

/** A line that reads like a heading: a capital first, two to eight words, no sentence's end, colon or list marker. */
const HEADING_LIKE = lazyRegExp(() => /^\p{Lu}[\p{L}'’-]*(?:,?\s[\p{L}'’-]+){1,7}$/u);

/** A sub-section's heading alone on its line (`5.1 Projektin aikataulu`): the section's number, a sub-number, words that end no sentence. (Not `3.9. Aloitusseminaari`, a date.) */
const SUB_SECTION_HEADING = lazyRegExp(() => /^(\d{1,2})\.\d{1,2}\s+\p{Lu}[^.!?:;]{0,78}$/u);

/** The shortest text whose second copy right after it is taken for one pasted twice (a short answer may be said twice). */
const REPEATED_TEXT_LENGTH = 80;
/** The most paragraphs a text pasted twice over is looked at for. */
const REPEATED_TEXT_PARAGRAPHS = 200;

/** Where the second copy of paragraphs repeated whole starts (`A B A B`), else 0. */
function repeatedHalf(paragraphs: ParagraphNode[]): number {
  const count = paragraphs.length;
  if (count < 2 || count % 2 !== 0 || count > 2 * REPEATED_TEXT_PARAGRAPHS) return 0;
  const half = count / 2;
  // (A text of one paragraph over and over, `ab` / `ab` / …, is no text pasted twice.)
  if (half >= 2 && paragraphText(paragraphs[0]) === paragraphText(paragraphs[1])) return 0;
  let length = 0;
  for (let i = 0; i < half; i++) {
    const first = paragraphs[i].children;
    const second = paragraphs[half + i].children;
    if (first.length !== second.length) return 0;
    for (let j = 0; j < first.length; j++) {
      if (first[j].text !== second[j].text) return 0;
      length += first[j].text.length;
    }
  }
  return length >= REPEATED_TEXT_LENGTH ? half : 0;
}

/** A short line of words in capitals (at least six letters, no lower-case one): a document's title. */
function isCapitalsTitle(text: string): boolean {
  if (text.length > 80 || /\p{Ll}/u.test(text)) return false;
  const letters = text.match(/\p{Lu}/gu);
  return letters !== null && letters.length >= 6 && !/[.!?:]$/u.test(text);
}
