/**
 * What stands before the first section: banner, title and furniture of the numbered layouts (and
 * text, which no section takes); on a project page, its un-headed top by place: the title, the
 * tagline right below it, the summary bar and the status line.
 */
import { looksLikeSummaryBar, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import { continuesWrapped, DATE_ALONE, goesOnWrapped, isFurnitureText, isMailHeader, isMailSender, isSharedFurniture, opensWithGreeting, SENTENCE_END, type TextFacts } from '../read/classify.js';
import { span } from '../read/reader.js';
import { joinWrapped } from '../read/join.js';
import { CONJUNCTIONS, isDraftPlaceholder } from '../map/normalise.js';
import { normaliseKey, vocabulary } from '../grammar/index.js';
import { Furniture, Status, SummaryBar, Text, type LineToken } from '../read/tokens.js';
import type { BlockNode, PreambleNode, SourceLine } from '../types.js';
import { BlockCollector, collectBlocks, furnitureNode } from './blocks.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** A web address alone on its line. */
const BARE_ADDRESS = lazyRegExp(() => /^(?:https?:\/\/|www\.)\S+$/iu);

/** Furniture among a page's top lines: the shared furniture, and a web address alone (a reader view's or a saved page's source line), no title or tagline. */
function isTopFurniture(line: SourceLine): boolean {
  // (A date alone is a page's stamp, no title: `18.6.2020` above `Satamat sähköiseksi`.)
  return isSharedFurniture(line) || BARE_ADDRESS.test(line.text) || DATE_ALONE.test(line.text);
}

/**
 * Above a page's title, a short line ending in a full date: a copy's note (`Päivitetty versio
 * 2.3.2019`), no title. (Below it, such a line may be the status, `Hanke päättynyt 28.2.2019`.)
 */
function isDatedNote(line: SourceLine, template: CompiledTemplate): boolean {
  // (Not a field of the layout, `Aloituspäivä: 01.01.2016`, at the top of a copy that starts with the page's facts.)
  if (line.kind === 'label' && template.labelKeys.has(line.labelKey!)) return false;
  return FULL_DATE.test(line.text) && line.text.split(/\s+/u).length <= DATED_NOTE_WORDS;
}
const FULL_DATE = lazyRegExp(() => /(?:^|\s)\d{1,2}\.\d{1,2}\.\d{4}\.?$/u);
const DATED_NOTE_WORDS = 4;

/** The most headers of an e-mail below its sender (`Lähetetty`, `Vastaanottaja`, `Kopio`, `Aihe`). */
const MAIL_HEADER_LINES = 8;

/** A summary bar broken after a separator, or with fewer than its three parts where the width ran out. */
function barGoesOn(bar: string, next: SourceLine, separator: string, facts: TextFacts): boolean {
  if (bar.endsWith(separator)) return true;
  return bar.split(separator).length < 3 && continuesWrapped({ text: bar }, next, facts);
}

/**
 * `following`: the line that opens the first section, after these (null at the text's end), and
 * `followingSection` that section; `topAnywhere`: whether the text has a summary bar, a status or a
 * heading of the facts or a section before them anywhere.
 */
export function buildPreamble(template: CompiledTemplate, tokens: LineToken[], facts: TextFacts, following: LineToken | null = null, followingSection: CompiledSection | null = null, topAnywhere = true): BlockNode[] {
  if (!template.definition.page) return collectBlocks(tokens);
  return readTop(template, tokens, facts, linesAboveTitle(template, tokens, facts), { following, followingSection, topAnywhere }).blocks;
}

/**
 * Lines above a page's title that are not furniture we know (a logo's text, a site's name, a
 * category, the last crumb of a breadcrumb, the end of a cookie notice): the title and its tagline
 * stand right above the summary bar, so the first lines before it are passed over until none is
 * left over between the tagline and the bar. They are then text before the title (`unmapped`).
 */
function linesAboveTitle(template: CompiledTemplate, tokens: LineToken[], facts: TextFacts): Set<LineToken> {
  const above = new Set<LineToken>();
  let bar = tokens.findIndex((token) => token.tokenType === SummaryBar);
  // (A site's line with a date at the very top, `Ajankohtaista | 12.6.2017`, read as a bar, with the page's
  // own bar further down: the lines above that one are what is passed over. Audit AM of round 59.)
  if (bar === 0) {
    const next = tokens.findIndex((token, index) => index > 0 && token.tokenType === SummaryBar);
    if (next !== -1) bar = next;
  }
  // (Without a summary bar the title is the first line: only a mail's headers above it are passed over.)
  const top = bar === -1 ? tokens : tokens.slice(0, bar);
  const candidates = top.filter((token) => token.tokenType !== Furniture && token.tokenType !== Status && !isTopFurniture(token.payload.line) && !isDatedNote(token.payload.line, template));
  // A page forwarded by e-mail: the mail's headers (a sender and another header right below it) and
  // its own lines above the page's title. One line that reads like a header (`Aihe: …` as a title
  // or a tagline, `Päivämäärä: …`) is no mail.
  let mail = -1;
  for (let i = 0; i < candidates.length; i++) {
    if (!isMailSender(candidates[i].payload.line.text)) continue;
    // Right below a forward's separator (`-----Alkuperäinen viesti-----`), the sender alone is a header too.
    let last = i > 0 && isMailHeader(candidates[i - 1].payload.line.text) ? i : -1;
    for (let j = i + 1; j < Math.min(candidates.length, i + MAIL_HEADER_LINES + 1) && isMailHeader(candidates[j].payload.line.text); j++) last = j;
    if (last !== -1) mail = last;
  }
  for (let i = 0; i <= mail; i++) above.add(candidates[i]);
  // A mail's greeting and its sentences above the page (`Hei,` / `alla hankkeen tiedot.` / `Ti 1.12.2026
  // klo 9.40 Pekka Virta kirjoitti:`), with or without a summary bar below: no title ends so.
  if (mail === -1 && candidates.length > 1 && isGreeting(candidates[0].payload.line.text)) {
    above.add(candidates[0]);
    // (Below a greeting with a summary bar further down, only the mail's own lines: a sentence going on
    // in lower case, `alla hankkeen tiedot.`, or an attribution, `… kirjoitti:`; a title may end with a full stop.)
    // (A sentence going on in lower case is the mail's whatever it ends with: `ohessa tiedot …, josta puhuttiin. Terveisin Matti`;
    // not a brand's name, `eNorssi-hanke …`, which a title may start with.)
    const mailLine = (text: string) => /\s/u.test(text) && (/:$/u.test(text) || (/\.$/u.test(text) && (bar === -1 || /^\p{Ll}/u.test(text))) || /^\p{Ll}(?!\p{Lu})\S*(?:\s+\S+){2}/u.test(text));
    let i = 1;
    // (And a line of the same paragraph as such a line, in a copy with blank lines: the mail's sentence
    // wrapped, `tässä … rekisteristä.` / `Kerro, jos tarvitset muuta.`.)
    // (Only a sentence so, three words or more with its end: a title below the note, no blank line between, is the title.)
    const inMailParagraph = (k: number) => k > 1 && facts.blankSeparated && !candidates[k].payload.line.afterBlank && above.has(candidates[k - 1]) && /[.!?:]$/u.test(candidates[k].payload.line.text) && candidates[k].payload.line.text.split(/\s+/u).length >= 3;
    for (; i + 1 < candidates.length && (mailLine(candidates[i].payload.line.text) || inMailParagraph(i)); i++) above.add(candidates[i]);
    // (A word or two alone below the note may be its sender's name, `Matti`, `Matti Virtanen`, or a short title: said.)
    if (NAME_ALONE.test(candidates[i].payload.line.text)) afterMailNote.set(candidates[i], candidates[i - 1].payload.line.text);
  }
  // The page's owner or site above its title, written as the organisation's name its facts give
  // (`Järvilän kaupunki` / `Polku eteenpäin`), with a title below it that is no sentence: text before the title.
  let first = mail + 1;
  const owner = candidates[first];
  const below = candidates[first + 1];
  // (A line in lower case below it is its tagline: the page is titled with the organisation's name, `Kylätalkoot ry` / `kylät kuntoon yhdessä`.)
  if (owner !== undefined && below !== undefined && !above.has(owner) && facts.organisationName !== null && normaliseKey(owner.payload.line.text) === facts.organisationName && !SENTENCE_END.test(below.payload.line.text) && TITLE_START.test(below.payload.line.text)) {
    above.add(owner);
    first++;
  }
  // A page's or a draft's mark first (`LUONNOS`, vocabulary `pageMarks`): text before the title, whatever
  // follows it (alone, the page has no title line, said as such).
  if (candidates[first] !== undefined && PAGE_MARKS.has(candidates[first].payload.line.text.trim().toLowerCase())) {
    above.add(candidates[first]);
    first++;
  }
  // Lines that are no page's title (a mail's greeting or sign-off, a document's title or version, a
  // register's header, a record's number, a logo's text: vocabulary `pageMarks.notTitlePatterns`), each
  // with the rest of its paragraph: text before the title, said. Alone, the page has no title line
  // (its title cut away below them), said as such. Audit AR of round 60.
  // (Above a summary bar, wherever they stand among the lines above it, a mail's sign-off and the name below
  // it too, `Best regards,` / `Anna`; without a bar only at the text's top, the page's own lines below.)
  const inParagraph = (k: number) => candidates[k] !== undefined && !candidates[k].payload.line.afterBlank && (facts.blankSeparated || goesOnInLowerCase(candidates[k].payload.line)) && candidates[k].tokenType === Text;
  // (Above a bar, not in the last paragraph, the tagline's: `Hei, yrittäjä! Hanke tarjoaa …`. Review BA of round 60.)
  // (In a copy without blank lines, its last line: a note right above it, `Hei, tässä kuvaus.`, is still passed over.)
  let lastParagraph = candidates.length - 1;
  while (facts.blankSeparated && lastParagraph > 0 && !candidates[lastParagraph].payload.line.afterBlank) lastParagraph--;
  const searchEnd = bar === -1 ? candidates.length : lastParagraph;
  for (let k = first; k < searchEnd && (bar !== -1 || k === first); k++) {
    if (above.has(candidates[k]) && bar === -1) {
      first++;
      continue;
    }
    if (!readsAsNoTitle(candidates[k].payload.line.text)) continue;
    above.add(candidates[k]);
    while (inParagraph(k + 1)) above.add(candidates[++k]);
    // (A sign-off's name below it, in a copy without blank lines too: `Best regards,` / `Anna`.)
    if (candidates[k + 1] !== undefined && !candidates[k + 1].payload.line.afterBlank && /,$/u.test(candidates[k].payload.line.text) && NAME_ALONE.test(candidates[k + 1].payload.line.text)) above.add(candidates[++k]);
    if (bar === -1) first = k + 1;
  }
  while (candidates[first] !== undefined && above.has(candidates[first])) first++;
  if (bar === -1) return above;
  for (let i = first; i + 1 < candidates.length; i++) {
    // No title ends with a comma or a colon: a mail's greeting or its reply's attribution above the
    // page (`Hei,`, `Matti Meikäläinen kirjoitti 30.11.2026 klo 10.12:`).
    if (/[,:]$/u.test(candidates[i].payload.line.text)) {
      above.add(candidates[i]);
      continue;
    }
    // A title is not a sentence: a line that ends like one is a tagline of two lines. Nor, in a copy
    // with blank lines, is a line in the paragraph of the line before it (a name or date below the
    // title) — but a paragraph of several lines (a menu, a cookie notice and its buttons) with two
    // paragraphs after it, a title's and a tagline's, is passed over whole.
    const next = candidates[i + 1].payload.line;
    const sameParagraph = facts.blankSeparated && !next.afterBlank;
    if (!sameParagraph && SENTENCE_END.test(next.text)) break;
    if (readTop(template, top, facts, above).leftOver === 0) break;
    if (sameParagraph) {
      let end = i + 1;
      while (end + 1 < candidates.length && !candidates[end + 1].payload.line.afterBlank) end++;
      // (A title broken over the paragraph's lines is no menu: its lines go on one another, hard-wrapped
      // or in lower case; a menu's items each start with a capital.)
      const goesOn = (token: LineToken, j: number) => {
        const below = candidates[i + j + 1].payload.line;
        return /^\p{Ll}/u.test(below.text) || continuesWrapped(token.payload.line, below, facts);
      };
      // (Unless two paragraphs follow it before the bar, the first no sentence and the last one: a title and
      // its tagline, and this a banner, a mail's subject or a logo's text wrapped over two lines. Audit AR of round 60.)
      // (Only a paragraph that reads as none of the page's: furniture by the vocabulary whole, `Kestävää kasvua ja
      // työtä 2014–2020 – Suomen` / `rakennerahasto-ohjelma`, or a mail's header: a title wrapped over two lines
      // above a subtitle and a tagline is the title. Review BA of round 60.)
      const apartParagraph = isFurnitureText(candidates.slice(i, end + 1).map((token) => token.payload.line.text).join(' ')) || isMailHeader(candidates[i].payload.line.text);
      const titleAndTaglineBelow = apartParagraph && paragraphsFrom(candidates, end + 1) === 2 && !SENTENCE_END.test(candidates[end + 1].payload.line.text) && SENTENCE_END.test(candidates[candidates.length - 1].payload.line.text);
      if (candidates.slice(i, end).some(goesOn) && !titleAndTaglineBelow) break;
      // One paragraph of two lines, and one only between it and the bar, a sentence: that is the
      // tagline, and the title a line of the two. The first, as a rule, with a name, a date or the
      // title in another language below it (`Polkuja eteenpäin` / `Paths Forward`): the line below
      // set aside, said (also a word alone, which may be the title's end wrapped, `Polkuja eteenpäin`
      // / `Järvikylässä`, or a site's word, `Hanke`). The second below a page's or a draft's mark
      // (`LUONNOS` / `Satamat sähköiseksi`, vocabulary `pageMarks`): the mark passed over, said.
      if (end === i + 1 && paragraphsFrom(candidates, end + 1) === 1 && SENTENCE_END.test(candidates[candidates.length - 1].payload.line.text)) {
        const firstText = candidates[i].payload.line.text;
        const secondText = candidates[end].payload.line.text;
        if (!SENTENCE_END.test(firstText) && !SENTENCE_END.test(secondText)) {
          const tried = new Set(above);
          if (PAGE_MARKS.has(firstText.trim().toLowerCase()) && /\p{Ll}/u.test(secondText) && TITLE_START.test(secondText)) {
            tried.add(candidates[i]);
            belowInParagraph.set(candidates[end], firstText);
          } else lineBelowTitle.set(candidates[i], candidates[end]);
          if (readTop(template, top, facts, tried).leftOver === 0) return tried;
          belowInParagraph.delete(candidates[end]);
          lineBelowTitle.delete(candidates[i]);
        }
      }
      if (paragraphsFrom(candidates, end + 1) < 2) break;
      for (let j = i; j <= end; j++) above.add(candidates[j]);
      i = end;
      continue;
    }
    above.add(candidates[i]);
  }
  // Lines still left over between the tagline and the bar: the title and its tagline stand right above
  // the bar, below a news item's headline and lead (`Kunta sai ESR-rahoitusta …` / `Hanke käynnistyy
  // huhtikuussa.` / `Työpaja Kipinä` / `Nuorten työpajatoiminnan kehittäminen.` / bar). The fewest first
  // lines passed over that leave none, where the title so found is no sentence.
  // (In a copy with blank lines, each its own paragraph: a line in the title's paragraph is a name or a date below it.)
  if (facts.blankSeparated && readTop(template, top, facts, above).leftOver > 0) {
    const tried = new Set(above);
    for (let k = first + 1; k < candidates.length && k <= first + MAX_LINES_ABOVE_TITLE; k++) {
      tried.add(candidates[k - 1]);
      if (!candidates[k].payload.line.afterBlank) break;
      // (The title so found no sentence, with a tagline that is one: not a crumb set aside above the bar.)
      if (k + 1 < candidates.length && !SENTENCE_END.test(candidates[k].payload.line.text) && SENTENCE_END.test(candidates[candidates.length - 1].payload.line.text) && readTop(template, top, facts, tried).leftOver === 0) {
        afterNews.set(candidates[k], candidates[first].payload.line.text);
        return tried;
      }
    }
  }
  return above;
}

/** The most lines of a news item or a site's header passed over above a page's title. */
const MAX_LINES_ABOVE_TITLE = 8;

/** A title found below lines passed over as a news item's (its headline and lead), and the first of them. */
const afterNews = new WeakMap<LineToken, string>();
/** A title read as the last line of its paragraph above the tagline, and the paragraph's first line (passed over). */
const belowInParagraph = new WeakMap<LineToken, string>();
/** A title's line, and the line right below it in its paragraph, set aside (a name, a date, the title in another language). */
const lineBelowTitle = new WeakMap<LineToken, LineToken>();
/** A page's or a draft's mark (vocabulary `pageMarks`): a title in capitals (`POLKUJA ETEENPÄIN`) is none. */
const PAGE_MARKS = new Set(vocabulary.pageMarks.words);
const NOT_TITLE = lazyRegExp(() => new RegExp([vocabulary.pageMarks.descriptionDocumentTitle, ...vocabulary.pageMarks.notTitlePatterns].map((pattern) => `(?:${pattern})`).join('|'), 'iu'));
/**
 * What follows a mail's greeting above a page: nothing, or a sentence that ends as a note's does (`Hei, tässä
 * pyytämäsi hankekuvaus.`, `Moi! Tässä se kuvaus, jota kyselit:`); not a title's greeting, `Moi Suomi! – …`,
 * `Hei, me tehdään!`. Review BA of round 60.
 */
const NOTE_AFTER_GREETING = lazyRegExp(() => /^\p{L}+(?:\s+\p{Lu}\p{Ll}+)?\s*[,!](?:\s*$|\s+[^-–].*[.:]$)/u);

/** A line that is no project page's title: a mail's greeting or sign-off, a document's title, version or number, a register's header, a logo's text. */
function readsAsNoTitle(text: string): boolean {
  return (opensWithGreeting(text) && NOTE_AFTER_GREETING.test(text)) || NOT_TITLE.test(text);
}

/** A line right below a mail's note above a page that is one word or two (a first name, a full name), and the note's last line. */
const afterMailNote = new WeakMap<LineToken, string>();
const NAME_ALONE = lazyRegExp(() => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u);

/** A mail's greeting: a few words ending with a comma (`Hei,`, `Hyvä vastaanottaja,`). */
function isGreeting(text: string): boolean {
  return text.length <= 40 && /^\p{Lu}[^.!?:]*,$/u.test(text);
}

/** How many paragraphs the lines from `from` on make (each line after a blank line starts one). */
function paragraphsFrom(tokens: LineToken[], from: number): number {
  let count = 0;
  for (let i = from; i < tokens.length; i++) if (i === from || tokens[i].payload.line.afterBlank) count++;
  return count;
}

/**
 * Whether, after the line at `index`, the tagline stands before the summary bar: a paragraph of its
 * own, or a sentence right below (a print wrapped the title in its place: `Osallisuuden askeleet` /
 * `työllistymispoluille` / `Tavoitteena on … parantaminen.`).
 */
function taglineFollows(tokens: LineToken[], index: number): boolean {
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.tokenType === Furniture || isTopFurniture(token.payload.line)) continue;
    return token.tokenType !== SummaryBar && token.tokenType !== Status && (token.payload.line.afterBlank || sentenceEnd(tokens, i) !== -1);
  }
  return false;
}

/** The most lines a tagline is wrapped over. */
const MAX_TAGLINE_LINES = 4;

/**
 * Where a sentence that starts at `from` with a capital ends (the index of its last line), its lines
 * going on in lower case without a blank line (a tagline wrapped: `Tavoitteena on … työ- ja` /
 * `toimintakyvyn parantaminen.`); -1 when the lines there are no such sentence.
 */
function sentenceEnd(tokens: LineToken[], from: number): number {
  const first = tokens[from];
  if (first === undefined || first.tokenType !== Text || !/^\p{Lu}/u.test(first.payload.line.text) || !/\s/u.test(first.payload.line.text)) return -1;
  for (let j = from; j < tokens.length && j - from < MAX_TAGLINE_LINES; j++) {
    const line = tokens[j].payload.line;
    if (j > from && (tokens[j].tokenType !== Text || line.afterBlank || !/^\p{Ll}/u.test(line.text))) return -1;
    if (SENTENCE_END.test(line.text)) return j;
  }
  return -1;
}

/** Whether the line after the one at `index` starts a sentence (the tagline) and the summary bar comes right after it, past furniture only. */
function taglineThenBar(tokens: LineToken[], index: number): boolean {
  const end = sentenceEnd(tokens, index + 1);
  // (The lines above the bar are read on their own too, while the title is looked for: their end is the bar's place.)
  return end !== -1 && (end + 1 >= tokens.length || taglineFollowedByBar(tokens, end, false));
}

/** The most lines a page's title is wrapped over (a print of a long title in a narrow column). */
const MAX_TITLE_LINES = 6;

function goesOnInLowerCase(line: SourceLine): boolean {
  return /^\p{Ll}/u.test(line.text) && !SENTENCE_END.test(line.text);
}

/**
 * Whether the title's lines end at or below the line at `index` (more of them going on in lower
 * case, at most MAX_TITLE_LINES in all) with its tagline after them: in a paragraph of its own, or, in
 * a copy without blank lines, a sentence with the summary bar right below it; or with the bar right
 * after them.
 */
function titleEndsAbove(tokens: LineToken[], index: number, facts: TextFacts): boolean {
  let end = index;
  while (end + 1 < tokens.length && end - index < MAX_TITLE_LINES && tokens[end + 1].tokenType !== Furniture && !tokens[end + 1].payload.line.afterBlank && goesOnInLowerCase(tokens[end + 1].payload.line)) end++;
  // (Or with the summary bar right after them, a page without a tagline, where the title's line cannot
  // end there: `… osallisuus ja` / `työllistyminen Järvikylässä` / bar. Below a title that may end,
  // `Askel arkeen` / `hanke tukee nuorten työllistymistä`, a line in lower case is the tagline.)
  return ((facts.blankSeparated || taglineThenBar(tokens, end)) && taglineFollows(tokens, end)) || (index > 0 && TITLE_GOES_ON.test(tokens[index - 1].payload.line.text) && taglineFollowedByBar(tokens, end, false));
}

/** How a title starts, unlike a tagline in lower case: a capital, a figure, a quote, a bracket, a hash, or a brand's small letter before its capital (`eKylä`). */
const TITLE_START = lazyRegExp(() => /^(?:[\p{Lu}\d"'“”«(#]|\p{Ll}{1,2}\p{Lu})/u);

/** A title's line that cannot end there: a conjunction, a comma or a dash last (`… osallisuus ja`). */
const TITLE_GOES_ON = lazyRegExp(() => new RegExp(`(?:\\s(?:${CONJUNCTIONS})|[,–-])$`, 'iu'));

/** Whether a line read as page furniture (a menu's item, a share bar) stands between `from` and the line at `index`. */
function furnitureBetween(tokens: LineToken[], from: LineToken, index: number): boolean {
  for (let i = index - 1; i >= 0 && tokens[i] !== from; i--) if ((tokens[i].tokenType === Furniture && tokens[i].payload.note !== 'printed' && tokens[i].payload.note !== 'printedOnce') || isTopFurniture(tokens[i].payload.line)) return true;
  return false;
}

/** Whether the summary bar follows the line at `index` (a tagline's paragraph), past furniture only. */
function taglineFollowedByBar(tokens: LineToken[], index: number, afterBlank = true): boolean {
  const token = lineBelow(tokens, index);
  return token !== undefined && token.tokenType === SummaryBar && (token.payload.line.afterBlank || !afterBlank);
}

/** The line after the one at `index`, past furniture; undefined at the end of `tokens`. */
function lineBelow(tokens: LineToken[], index: number): LineToken | undefined {
  for (let i = index + 1; i < tokens.length; i++) if (tokens[i].tokenType !== Furniture && !isTopFurniture(tokens[i].payload.line)) return tokens[i];
  return undefined;
}

/** What stands around a page's top lines: the line and section after them, and whether the text has the top's parts anywhere. */
interface PageAround {
  following: LineToken | null;
  followingSection: CompiledSection | null;
  topAnywhere: boolean;
}
/** The lines above the summary bar, read on their own while the title is looked for: the page has a bar. */
const ABOVE_BAR: PageAround = { following: null, followingSection: null, topAnywhere: true };

/** A line that starts as no title does: not with a capital, a figure, a quote, a bracket, a hash, a brand's small letter, an ellipsis; no draft's placeholder. */
function startsAsNoTitle(line: SourceLine): boolean {
  return !TITLE_START.test(line.text) && !ELLIPSIS_START.test(line.text) && !isDraftPlaceholder(line.text);
}

/**
 * Whether the text's first line at `index` is a line's end, its start cut away: led by a separator or
 * a mark; or in lower case where the page has no bar or status (`barOrStatus`) — unless it stands
 * right on the page's first section or right above a field (`firstBelow`: a title's place, kept and
 * said) —, or a sentence's end right above the bar or the status (a tagline's end, `aalla.`;
 * `aboveBar`: the lines above the bar, read on their own).
 */
function fragmentAtTop(tokens: LineToken[], index: number, line: SourceLine, barOrStatus: boolean, aboveBar: boolean, firstBelow: (index: number) => boolean): boolean {
  if (!startsAsNoTitle(line)) return false;
  if (!/^\p{L}/u.test(line.text)) return true;
  if (!barOrStatus) return !firstBelow(index);
  const next = lineBelow(tokens, index);
  return /[.!?]$/u.test(line.text) && (next === undefined ? aboveBar : next.tokenType === SummaryBar || next.tokenType === Status);
}

/** A title led by an ellipsis (`…ja kylä elää!`): a style, no cut. */
const ELLIPSIS_START = lazyRegExp(() => /^(?:…|\.\.\.)\s*\p{L}/u);

/** A summary bar's end, its start cut away: a figure (a date's end) before the bar's separator. */
const CUT_BAR_END = lazyRegExp(() => /^\d[\d.]*\s*\|/u);

/** Whether the next line after the one at `index` (past furniture; `following` after the last) is a field of the layout that is not its section's first. */
function aboveLaterField(template: CompiledTemplate, tokens: LineToken[], index: number, following: LineToken | null): boolean {
  const line = (lineBelow(tokens, index) ?? following)?.payload.line;
  const fields = line?.kind === 'label' ? template.inlineLabels.get(line.labelKey!) : undefined;
  return fields !== undefined && fields.every((field) => field.index > 0);
}

/** Whether only furniture (a date stamp too) stands above the line at `index`: the text's first line. */
function atTextStart(template: CompiledTemplate, tokens: LineToken[], index: number): boolean {
  for (let i = 0; i < index; i++) if (tokens[i].tokenType !== Furniture && !isTopFurniture(tokens[i].payload.line) && !isDatedNote(tokens[i].payload.line, template)) return false;
  return true;
}

/**
 * A line that ends inside a sentence: on a word no sentence ends with, or in a clause such a word
 * opens after a comma (`…, joka on`). (Not on a conjunction, a comma or a dash: a title wrapped ends
 * so, `… osallisuus ja` / `työllistyminen …`.)
 */
const SENTENCE_GOES_ON_END = lazyRegExp(() => new RegExp(`(?:\\s(?:${vocabulary.sentenceGoesOnAfter.words.join('|')})|,\\s(?:${vocabulary.sentenceGoesOnAfter.words.join('|')})\\s.*)$`, 'iu'));

/** Whether the line at `index` ends inside a sentence that goes on, in lower case, on the next line (past furniture). */
function sentenceGoesOnBelow(tokens: LineToken[], index: number): boolean {
  if (!SENTENCE_GOES_ON_END.test(tokens[index].payload.line.text)) return false;
  const next = lineBelow(tokens, index);
  return next !== undefined && next.tokenType === Text && /^\p{Ll}/u.test(next.payload.line.text);
}

/** Whether the text's first section is one after the page's first required one (its facts) — given only where the text has no summary bar, status or heading of the facts or a section before them: the page's top and its facts are not there. */
function beforeLaterSection(template: CompiledTemplate, followingSection: CompiledSection | null): boolean {
  return followingSection !== null && followingSection.index > template.sections.findIndex((section) => section.definition.required === true);
}

/** A sentence of many words with its end (`Hanketta hallinnoi …, joka on palkannut … ohjaajaa.`): a text's, no title's. */
function isLongSentence(text: string): boolean {
  return SENTENCE_END.test(text) && text.split(/\s+/u).length >= LONG_SENTENCE_WORDS;
}
const LONG_SENTENCE_WORDS = 8;

/** Whether a line is the end of one of the page's status lines (`ttynyt`, `e käynnissä`), its start cut away. */
function statusLineEnd(template: CompiledTemplate, text: string): boolean {
  const end = text.toLowerCase();
  return (template.definition.page?.statusLines ?? []).some((status) => status.toLowerCase().endsWith(end));
}

/** Whether the status line follows the line at `index`, past furniture only. */
function statusFollows(tokens: LineToken[], index: number): boolean {
  return lineBelow(tokens, index)?.tokenType === Status;
}

/** The most words of a tagline's end on a paragraph of its own joined to it without a warning (`sosiaalisen kuntoutuksen kehittämishanke.`). */
const MAX_WORDS_JOINED_UNSAID = 3;

/** A line whose first word is in lower case throughout (`parantaminen.`; not a brand's, `eKylä-palvelut`, `iPad-kurssit`). */
const LOWER_CASE_WORD_FIRST = lazyRegExp(() => /^\p{Ll}[\p{Ll}-]*(?:[\s.,;:!?]|$)/u);

/** The top of a page by place: title, tagline, summary bar, status; `above` are lines read as text before the title. */
/** A date, as a summary bar's period holds one. */
const BAR_PART_DATE = lazyRegExp(() => /\d{1,2}\.\s*\d{1,2}\.\s*\d{4}/u);

/**
 * How many lines from `index` (two or three, none after a blank line, none with the bar's separator
 * or a sentence's end) make a summary bar when joined with its separator, one of them a date's;
 * 0 when none do.
 */
function splitBarLines(tokens: LineToken[], index: number, template: CompiledTemplate): number {
  const separator = template.definition.page!.summaryBarSeparator;
  // (With the separator alone on a line between the parts, a table's cells copied a line each:
  // `Toimintalinja 5 (ESR)` / `|` / `01.01.2016 – 31.12.2018` / `|` / `Etelä-Savo`. Audit BP of round 65.)
  const separatorAlone = (k: number) => tokens[k] !== undefined && !tokens[k].payload.line.afterBlank && tokens[k].payload.line.text.trim() === separator.trim();
  if (separatorAlone(index + 1)) {
    const lines = separatorAlone(index + 3) ? 5 : 3;
    const parts = [0, 2, 4].filter((k) => k < lines).map((k) => tokens[index + k]);
    const after = tokens[index + lines];
    if (parts.every((t) => t !== undefined && t.tokenType === Text && (t === parts[0] || !t.payload.line.afterBlank) && !SENTENCE_END.test(t.payload.line.text) && t.payload.line.text.length <= 80) && parts.some((t) => BAR_PART_DATE.test(t.payload.line.text)) && (after === undefined || after.payload.line.afterBlank || after.tokenType === Status) && looksLikeSummaryBar(parts.map((t) => t.payload.line.text).join(separator), template)) return lines;
  }
  for (const count of [3, 2]) {
    const parts = tokens.slice(index, index + count);
    if (parts.length < count || parts.some((t, k) => (k > 0 && t.payload.line.afterBlank) || t.tokenType !== Text || t.payload.line.text.includes(separator.trim()) || SENTENCE_END.test(t.payload.line.text) || t.payload.line.text.length > 80)) continue;
    if (!parts.some((t) => BAR_PART_DATE.test(t.payload.line.text))) continue;
    // (The line after them starts a paragraph of its own: the bar's parts are all of it.)
    const after = tokens[index + count];
    if (after !== undefined && !after.payload.line.afterBlank) continue;
    if (looksLikeSummaryBar(parts.map((t) => t.payload.line.text).join(separator), template)) return count;
  }
  return 0;
}

/**
 * A line that may be a title or its start: words of a name (two or more, a capital first), no sentence's
 * end, and none of what a document's, a register's or a logo's line has — figures, a colon, a slash or a
 * bar, a dash between parts (`… - Rakennerahastot`), an acronym (`ESR`, `EU`).
 */
function mayBeTitleLine(text: string): boolean {
  // (Nor a breadcrumb led by a site's word, `Etusivu Hankkeet`. Review BQ of round 65.)
  return text.length <= 80 && /^\p{Lu}\p{Ll}/u.test(text) && /\s/u.test(text) && !SENTENCE_END.test(text) && !/[\d:;,/|]|\s[-‐‑–—]\s|\p{Lu}{2}/u.test(text) && !isFurnitureText(text.slice(0, text.search(/\s/u)));
}

function readTop(template: CompiledTemplate, tokens: LineToken[], facts: TextFacts, above: Set<LineToken>, around: PageAround = ABOVE_BAR): { blocks: BlockNode[]; leftOver: number } {
  const { following, followingSection, topAnywhere } = around;
  // (A line right on the page's first section, or right above a field: a title's place.)
  // (Not the end of a status line, `ttynyt` of `Hanke päättynyt`.)
  const firstBelow = (index: number) => !statusLineEnd(template, tokens[index].payload.line.text) && ((followingSection?.index === 0 && lineBelow(tokens, index) === undefined) || aboveLaterField(template, tokens, index, following));
  const barOrStatus = around === ABOVE_BAR || tokens.some((token) => token.tokenType === SummaryBar || token.tokenType === Status);
  const blocks = new BlockCollector();
  let title: LineToken | null = null;
  let tagline = false;
  let titleLines = 1;
  let titleCut = false;
  let previous: LineToken | null = null;
  let last: PreambleNode | undefined;
  let leftOver = 0;
  let lastFurniture: LineToken | null = null;
  // (The line set aside below the title: text, no tagline, nor the title's `previous` for what follows.)
  let setAside: LineToken | undefined;
  const barInTokens = tokens.some((t) => t.tokenType === SummaryBar);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const line = token.payload.line;
    const preamble = (role: PreambleNode['role']) => blocks.block({ type: 'preamble', role, text: line.text, position: line.position });
    if (token === setAside) {
      blocks.token(token);
      continue;
    }
    if (token.tokenType === Furniture) {
      blocks.block(furnitureNode(token)!);
      if (title === null && token.payload.note !== 'printed' && token.payload.note !== 'printedOnce') lastFurniture = token;
    }
    else if (isTopFurniture(line) || (title === null && token.tokenType !== Status && isDatedNote(line, template)) || (title === null && index > 0 && tokens[index - 1] === lastFurniture && goesOnWrapped(tokens[index - 1].payload.line, line, facts))) {
      // A date stamp or an image's caption among the top lines (`Päivitetty 3.4.2019`, `Kuva: …`): furniture, no title or tagline;
      // and so are the lines of a furniture line hard-wrapped (a cookie notice's sentence) above the title.
      blocks.block({ type: 'furniture', role: 'furniture', text: line.text, position: line.position });
      if (title === null) lastFurniture = token;
      continue;
    } else if (above.has(token)) blocks.token(token);
    else if (last?.type === 'preamble' && last.role === 'summaryBar' && !line.afterBlank && token.tokenType !== Status && barGoesOn(last.text, line, template.definition.page!.summaryBarSeparator, facts)) {
      // The bar hard-wrapped: its end on the next line (a bar itself where the break came after the first part).
      last.text = joinWrapped(last.text, line.text);
      last.position = span(last.position, line.position);
    }
    else if (token.tokenType === SummaryBar) preamble('summaryBar');
    else if (token.tokenType === Status) preamble('status');
    else if (title === null && line.afterBlank && line.text.endsWith('.') && index > 0 && tokens[index - 1].tokenType === Furniture && tokens[index - 1] === lastFurniture && !SENTENCE_END.test(tokens[index - 1].payload.line.text) && taglineFollowedByBar(tokens, index)) {
      // A sentence right above the summary bar, below a line read as page furniture: the title
      // (a page without a tagline, below its menu: `Etusivu` / `Mitä kuuluu, Vaasa?`), or the
      // tagline below a title that reads like furniture (`Saavutettavuus`, `TYÖ | OSAAMINEN`).
      // Which, the lines do not tell: read as the title, and said.
      title = token;
      blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, belowFurniture: tokens[index - 1].payload.line.text });
    }
    else if (title === null && (fragmentAtTop(tokens, index, line, barOrStatus, around === ABOVE_BAR, firstBelow) || CUT_BAR_END.test(line.text) || ((sentenceGoesOnBelow(tokens, index) || isLongSentence(line.text)) && !barOrStatus && (followingSection?.index ?? 1) > 0) || (!topAnywhere && beforeLaterSection(template, followingSection) && SENTENCE_END.test(line.text))) && atTextStart(template, tokens, index)) {
      // The text's first line starting as no title does — with a separator or a mark (`| Satakunta`,
      // `.2019`), or in lower case with no bar or status below (`ttynyt`, `e käynnissä`) or as a
      // sentence's end right above them (`aalla.` / bar); not a title in lower case above the page's
      // top, `kylät kuntoon` (kept, said) —, or a summary bar's end (`9 | Satakunta`), or a sentence
      // going on below it, or a long sentence, where the page has no bar or status and no first section
      // right below (`Setlementti ry, joka on` / `palkannut …` / `Tietoja hankkeesta:`, a team's text;
      // a title wrapped so above `Yleistiedot hankkeesta` is the title), or any line above a section after the page's facts
      // where the text has no bar, status or facts, a sentence (`Hanke kokoaa nuoria …` / `Tulokset`,
      // a later section's text; a line that is no sentence there is kept as the title, said): the end
      // of a line, or a text, whose start was cut away with the page's top.
      // No title; a line below it is the tagline only with the bar or the status right below that.
      title = token;
      titleCut = true;
      blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, cutAbove: true });
    }
    else if (title === null) {
      title = token;
      const note = afterMailNote.get(token);
      const news = afterNews.get(token);
      const paragraphStart = belowInParagraph.get(token);
      setAside = lineBelowTitle.get(token);
      if (paragraphStart !== undefined) blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, belowInParagraph: paragraphStart });
      else if (setAside !== undefined) blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, lineBelow: setAside.payload.line.text });
      else if (atTextStart(template, tokens, index)) {
        // (A title in lower case above its tagline and the bar, or right above a field not its section's
        // first — `Tampereen kaupunki` / `Maakunta: …`, a value whose label was cut away with the page's
        // top, or a page's title above its facts: kept, and said.)
        const doubt = startsAsNoTitle(line) ? 'lowerCase' : aboveLaterField(template, tokens, index, following) ? 'aboveField' : !topAnywhere && beforeLaterSection(template, followingSection) ? 'laterSection' : undefined;
        blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, atTextStart: true, ...(doubt !== undefined ? { topDoubt: doubt } : {}) });
      }
      else if (note !== undefined) blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, belowMail: note });
      else if (news !== undefined) blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, belowNews: news });
      // (Right below the text's first line, kept apart, with no blank line between: a title wrapped over
      // two lines in a copy without blank lines reads so, its second line taken for the title. Audits BL, BP of round 65.)
      else if (index > 0 && !line.afterBlank && above.has(tokens[index - 1]) && tokens[index - 1].tokenType === Text && tokens.slice(0, index - 1).every((t) => t.tokenType === Furniture) && mayBeTitleLine(tokens[index - 1].payload.line.text)) blocks.block({ type: 'preamble', role: 'title', text: line.text, position: line.position, belowKeptApart: tokens[index - 1].payload.line.text });
      else preamble('title');
    } else if (title !== null && !barInTokens && splitBarLines(tokens, index, template) > 0) {
      // The summary bar one part a line (`Toimintalinja 4 (ESR)` / `01.02.2018 – 31.01.2021` /
      // `Keski-Pohjanmaa`, a phone's or a narrow window's copy), below the title or its tagline: the
      // bar, its parts joined, not a tagline or text.
      const count = splitBarLines(tokens, index, template);
      const parts = tokens.slice(index, index + count).map((t) => t.payload.line).filter((part) => part.text.trim() !== template.definition.page!.summaryBarSeparator.trim());
      blocks.block({ type: 'preamble', role: 'summaryBar', text: parts.map((part) => part.text).join(template.definition.page!.summaryBarSeparator), position: span(parts[0].position, parts[parts.length - 1].position) });
      last = undefined;
      index += count - 1;
      previous = tokens[index];
      continue;
    } else if (!tagline && previous === title && (facts.blankSeparated || (/^\p{Ll}/u.test(line.text) && /\.$/u.test(line.text) && taglineFollowedByBar(tokens, index, false))) && last?.type === 'preamble' && last.role === 'title' && continuesWrapped(last, line, facts)) {
      // The title hard-wrapped onto the next line: not the tagline, which a copy with blank lines
      // has after one (without them, a short title and its tagline cannot be told from a wrap —
      // but for a sentence's end in lower case right above the bar: `Tavoitteena on … toimintakyvyn` /
      // `parantaminen.` / bar, one sentence, the tagline of a page copied without its title, said as such).
      last.text = joinWrapped(last.text, line.text);
      last.position = span(last.position, line.position);
      title = token;
    } else if (!tagline && previous === title && titleLines < MAX_TITLE_LINES && !line.afterBlank && last?.type === 'preamble' && last.role === 'title' && goesOnInLowerCase(line) && titleEndsAbove(tokens, index, facts)) {
      // A title on two lines in a copy with blank lines, going on in lower case, with its tagline in
      // a paragraph of its own after it (a name, a date or a title in another language below it is not its end);
      // without blank lines, with the tagline's sentence and the summary bar right below it.
      last.text = joinWrapped(last.text, line.text);
      last.position = span(last.position, line.position);
      title = token;
      titleLines++;
    } else if (!tagline && previous === title && line.text.endsWith(template.definition.page!.summaryBarSeparator.trim()) && taglineFollowedByBar(tokens, index, false)) {
      // A line ending in the bar's separator right below the title and right above the bar (a breadcrumb's
      // last crumb, a fund's name, `Etelä-Savo |`, that no bar takes): no tagline, which is a sentence; text
      // before the page's sections, said. (With more below it, it is a tagline wrapped after its bar: `Tekijät |` / `taidot ja työ`.)
      blocks.token(token);
    } else if (!tagline && previous === title && titleCut && !taglineFollowedByBar(tokens, index, false) && !statusFollows(tokens, index)) {
      tagline = true;
      leftOver++;
      blocks.token(token);
    } else if (!tagline && previous === title && last?.type === 'preamble' && last.role === 'title' && line.text === last.text) {
      // The title written again right below it (a breadcrumb's last crumb, or the window's title, above
      // the page's heading): no tagline. Text before the page's sections, said; the tagline may follow it.
      blocks.token(token);
      continue;
    } else if (!tagline && previous === title) {
      tagline = true;
      // Page furniture between the two (a menu, a share bar) and this line no sentence, as a tagline
      // is: the line above may be the site's header and this one the title — or a title and its
      // tagline written without a full stop. Read as the title and the tagline, and said.
      if (title !== null && furnitureBetween(tokens, title, index) && !SENTENCE_END.test(line.text)) blocks.block({ type: 'preamble', role: 'tagline', text: line.text, position: line.position, belowFurniture: title.payload.line.text });
      // (In the title's paragraph of a copy with blank lines, no sentence, a capital first: a name, a date or
      // the title in another language below the title as likely as a tagline — `Satamat sähköiseksi` /
      // `Anni Esimerkki`. Going on in lower case it is the tagline: `Kylätalkoot ry` / `kylät kuntoon yhdessä`.)
      // (A paragraph of the two lines only: the top written without blank lines, title / tagline / bar, is not looked at.)
      else if (facts.blankSeparated && !line.afterBlank && !SENTENCE_END.test(line.text) && /^[\p{Lu}\d]/u.test(line.text) && (tokens[index + 1]?.payload.line.afterBlank ?? true)) blocks.block({ type: 'preamble', role: 'tagline', text: line.text, position: line.position, inTitleParagraph: true });
      else preamble('tagline');
    } else if (tagline && last?.type === 'preamble' && last.role === 'tagline' && ((!line.afterBlank && (continuesWrapped(last, line, facts) || (/^\p{Ll}/u.test(line.text) && !SENTENCE_END.test(last.text)))) || (line.afterBlank && LOWER_CASE_WORD_FIRST.test(line.text) && SENTENCE_END.test(line.text) && !SENTENCE_END.test(last.text) && (around === ABOVE_BAR ? lineBelow(tokens, index) === undefined : taglineFollowedByBar(tokens, index))))) {
      // The tagline hard-wrapped onto the next line (also where the copy is too short to tell its width: it goes on in lower case);
      // also over a blank line, where the rest is a sentence's end in lower case right above the bar
      // (`Tavoitteena on … toimintakyvyn` / blank / `parantaminen.` / blank / bar: a copy that put a blank line at each break).
      // (A clause of some words so, `hankkeen kohderyhmänä ovat …`, may be a sentence of its own written in lower case: said.)
      if (line.afterBlank && line.text.split(/\s+/u).length > MAX_WORDS_JOINED_UNSAID) last.joinedOverBlank = line.text;
      last.text = joinWrapped(last.text, line.text);
      last.position = span(last.position, line.position);
    } else {
      // A line of the tagline's paragraph is its second line; where a copy has no blank lines, any line is left over.
      if (line.afterBlank || !facts.blankSeparated) leftOver++;
      blocks.token(token);
    }
    // Furniture between the title and the tagline (a share line) does not part them.
    if (token.tokenType === Furniture) continue;
    last = blocks.blocks[blocks.blocks.length - 1] as PreambleNode | undefined;
    previous = token;
  }
  return { blocks: blocks.done(), leftOver };
}
