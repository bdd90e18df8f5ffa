/** `Eri tahojen merkitys` of project pages: a role line (`Kumppanit`), then the text about it. */
import * as n from '../map/normalise.js';
import { pointerOf } from '../map/record-builder.js';
import { continuesWrapped, isPageButton, isTitleLike, type TextFacts } from '../read/classify.js';
import { span, type RuleDsl } from '../read/reader.js';
import { joinWrapped } from '../read/join.js';
import { Furniture, Label, lineToken, Text, UnknownHeading, type LineToken } from '../read/tokens.js';
import { normaliseKey, vocabulary } from '../grammar/index.js';
import type { BlockNode, DocumentNode, LineNode, ParagraphNode, Position, SourceLine } from '../types.js';
import { BlockCollector, linePart, isLonePageNumber, isNumberAfterColon, loneNumberOf, paragraphText, sayLoneNumberKept, takeBody } from './blocks.js';
import { bodyBlocks, keepUnread } from './map-context.js';
import type { ContentKind } from './registry.js';
import { lazyRegExp } from '../lazy-regexp.js';

const labelled = (words: string[]) => lazyRegExp(() => new RegExp(`^(?:${words.map(n.escapeRegExp).join('|')})\\s*:\\s*(?=\\S)`, 'iu'));
const roleLabel = labelled(vocabulary.roleLabels.role);
const roleTextLabel = labelled(vocabulary.roleLabels.text);

/**
 * Lines of a hard-wrapped copy joined back where a line continues the one before it. `roleLike`
 * gets the offsets of joined lines whose first is a short line after a sentence's end and whose
 * second starts with a capital (`… asiakastyön.` / `Hankkeen toteuttajaorganisaatio` / `Kainuun
 * Nuorisopalvelut ry vastaa`): a role's name and its text's first line in a copy wrapped narrowly
 * look the same, said when mapped.
 */
function unwrap(tokens: LineToken[], facts: TextFacts | null, roleLike: Set<number>): LineToken[] {
  if (facts === null || facts.wrapWidth === null) return tokens;
  const out: LineToken[] = [];
  // The last line as the copy wrote it of the line joined so far: whether the next word would have
  // fitted is asked of it, not of the joined text, longer than the copy's width once two lines are
  // joined (`… rahoittajaan päin.` / `Kumppanit:` / `Tahon tehtävänä …` was one paragraph: review RVD
  // of round 71).
  let lastWritten = '';
  for (const token of tokens) {
    const previous = out[out.length - 1];
    const line = token.payload.line;
    // (Page furniture, a print's header or footer, is no line of a role's text to join, nor to join onto.)
    // (Nor is a role's name pages usually write, with its colon, after a sentence's end a wrapped line's end,
    // whatever its length: `… rahoittajaan päin.` / `Yhteistyökumppanit:`, as one without a colon is not.)
    // (Nor, with or without its colon, below a list's item, `- Vaasan Setlementtiyhdistys ry` / `Ohjausryhmä:`: an
    // item's wrapped end is no role's name the page usually writes. Review RVB of round 72.)
    const usualName = isUsualRoleName(line.text.endsWith(':') ? line.text.slice(0, -1).trimEnd() : line.text);
    const usualNameApart = usualName && ((/[.!?]$/u.test(lastWritten) && line.text.endsWith(':')) || (previous !== undefined && LIST_MARKED.test(previous.payload.line.text)));
    // (A word broken at its hyphen goes on below, however short its line: `digituki-` / `illoista.`.)
    const brokenWord = !line.afterBlank && /\p{L}-$/u.test(lastWritten) && /^\p{Ll}/u.test(line.text);
    const joins = previous !== undefined && previous.tokenType !== Furniture && token.tokenType !== Furniture && !usualNameApart && (brokenWord || continuesWrapped({ text: lastWritten }, line, facts));
    lastWritten = line.position.end.line === line.position.start.line ? line.text : line.text.slice(-Math.max(1, line.position.end.column - 1));
    if (joins) {
      const first = previous.payload.line;
      const before = out[out.length - 2]?.payload.line;
      if (first.position.start.line === first.position.end.line && before !== undefined && /[.!?]$/u.test(before.text) && isTitleLike(first.text) && /^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(line.text)) roleLike.add(first.position.start.offset);
      // (As a value's lines are joined: `digituki-` / `illoista`, `TE-` / `toimistosta` keep their hyphens, no space.)
      const joined = { ...first, text: joinWrapped(first.text, line.text), position: span(first.position, line.position) };
      out[out.length - 1] = lineToken(previous.tokenType, joined, previous.payload);
    } else out.push(token);
  }
  return out;
}

/** A role's text with a line that may be a role written with a colon (`Asiantuntijat:`): said when mapped. */
const mayBeColonRole = new WeakMap<BlockNode, LineNode>();
/** A role's text with a field's line right below a sentence's end that may be a role written with its value (`Päärahoittaja: Pohjanmaan ELY-keskus`): said when mapped. */
const mayBeFieldRole = new WeakMap<BlockNode, LineNode>();
/** A role's text whose first line may be a role's name (see {@link unwrap}): said when mapped. */
const mayStartWithRole = new WeakMap<BlockNode, LineNode>();

/**
 * A number alone among the roles that a printed page's break left: inside a sentence going on
 * below it (as on a page's text), or right below a role's name or above the next (no role's text
 * starts or ends with a number of its own alone).
 */
function isRolePageNumber(blocks: readonly BlockNode[], at: number): boolean {
  if (isLonePageNumber(blocks, at, null, true)) return true;
  const block = blocks[at];
  if (loneNumberOf(block) === null || (block as ParagraphNode).children[0].text.length > 2 || isNumberAfterColon(blocks, at)) return false;
  return blocks[at - 1]?.type === 'heading' || blocks[at + 1] === undefined || blocks[at + 1].type === 'heading';
}

const BULLET = lazyRegExp(() => /^[-–•*]\s+(?=\p{Lu})/u);
/** Roles read off a line that holds their text too: said when mapped. */
const rolesWithText = new WeakSet<BlockNode>();
/** Roles read from a short line right below a list's items: said when mapped. */
const rolesBelowList = new WeakSet<BlockNode>();
/** Roles read from a line glued below a sentence of a role's text, where the page parts its roles by blank lines: said when mapped. */
const rolesGluedBelowSentence = new WeakSet<BlockNode>();
/** Roles read below a line of the text ending with a colon: said when mapped. */
const rolesBelowColonLine = new WeakSet<BlockNode>();
/** Roles whose name is written in capitals below a role's text: said when mapped. */
const rolesInCapitals = new WeakSet<BlockNode>();
/** A line of capitals, five letters at least, none in lower case (`HANKKEEN TAVOITTEET`). */
const IN_CAPITALS = lazyRegExp(() => /^(?=(?:[^\p{L}]*\p{Lu}){5})[^\p{Ll}]+$/u);
/** Roles written with a colon on a page of colon roles whose name is none pages usually write (`Mukana olivat:`): said when mapped. */
const colonRolesInDoubt = new WeakSet<BlockNode>();
/** A role and its text on one line, parted by a colon (`Rahoittaja: ELY-keskus on mahdollistanut …`): a short name, a sentence. */
const ROLE_WITH_TEXT = lazyRegExp(() => /^(?<role>\p{Lu}[^:]{1,40}):\s+(?<text>\p{Lu}.*[.!?])$/u);
const LIST_ITEM = lazyRegExp(() => /^[-–•*]\s/u);
/** A list's item by any of its marks: `- `, `-Vaasan` (a dash glued to its capital), `• `, `1) `, `2. `. */
const LIST_MARKED = lazyRegExp(() => /^(?:[-–•*]\s|[-–•*]\p{Lu}|\d{1,2}[.)]\s)/u);
/** The most words of a role's name standing alone below a list (`Rahoittaja`, `Muut kumppanit`). */
const ROLE_NAME_WORDS = 2;
const usualRoleNames = new Set(vocabulary.pageRoleNames.words.map(normaliseKey));
/** Whether a line is a role name project pages usually write (`Kumppanit`, `Rahoittaja`). */
const isUsualRoleName = (text: string) => text.length <= 40 && usualRoleNames.has(normaliseKey(text));
/** The role name project pages usually write that a word is the start of and not the whole of (`Projektit` of `Projektitiimi`), else null: a copy cut inside it. */
export function startsUsualRoleName(word: string): string | null {
  const key = normaliseKey(word);
  if (key.length < 4 || /\s/u.test(key)) return null;
  for (const name of usualRoleNames) if (name.length > key.length && name.startsWith(key)) return name;
  return null;
}
/** The most words of a role's name written with a colon (`Hankkeen toteuttajat:`); a longer line so is a sentence's start. */
const COLON_ROLE_WORDS = 4;
/** A line of a role's text in lower case that starts a line of its own: a web or e-mail address, a lettered item (`www.…`, `info@…`, `a) …`, `iv) …`; not an abbreviation, `n. 200`). */
const OWN_LINE_IN_LOWER_CASE = lazyRegExp(() => /^(?:https?:\/\/|www\.|[^\s@]+(?:@|\(at\)|\[at\])\S|(?:[a-z]|[ivx]{1,4})\)\s)/iu);
/** A label and its value on one line (`Projektikoodi: S10843`): a field's line, no role's name. */
const LABEL_AND_VALUE = lazyRegExp(() => /^([^:]{1,60}):\s+\S/u);
/** Whether a line is a label and its value whose label is no role's name pages usually write (`Kumppanit: 5 yhdistystä` may be a role's). */
function labelAndValue(text: string): boolean {
  const label = LABEL_AND_VALUE.exec(text)?.[1];
  // (The page's own labels of a role's name and text, `Rooli: Kumppanit`, `Merkitys: …`, are no field's line.)
  return label !== undefined && !isUsualRoleName(label) && !roleLabel.test(text) && !roleTextLabel.test(text);
}
/** A list's item after its marker, with or without a space (`- Porin kansalaisopisto`, `-Porin kansalaisopisto`). */
const MARKED_ITEM = lazyRegExp(() => /^[-–•*]\s?\p{L}/u);

/** The fewest lines above a closing `©` line that are the site's footer rather than a last role and its text. */
const FOOTER_LINES = 3;
/** A postal code and its town (`00170 Helsinki`), as an address's line writes them. */
const POSTAL_TOWN = lazyRegExp(() => /(?:^|\s)\d{5}\s+\p{Lu}/u);

/**
 * The roles' last lines when they are the site's footer rather than a role: from a page's button
 * (`Palaute`) to the end with no sentence below it, or the lines above a `©` line after the last
 * role's sentence that hold an address or a phone number and no sentence (`Työ- ja
 * elinkeinoministeriö` / `PL 32, 00023 Valtioneuvosto`). The button is furniture; the other lines
 * are kept in unmapped as an address closing the copy, said.
 */
function withFooterApart(tokens: LineToken[]): LineToken[] {
  const isSentence = (token: LineToken) => token.tokenType !== Furniture && /[.!?]$/u.test(token.payload.line.text) && token.payload.line.text.split(/\s+/u).length >= 3;
  const footer = (from: number, to: number) => tokens.map((token, k) => (k < from || k >= to || token.tokenType === Furniture ? token : lineToken(Furniture, token.payload.line, { note: 'address' })));
  const isAddressLine = (token: LineToken) => CONTACT.test(token.payload.line.text) || POSTAL_TOWN.test(token.payload.line.text);
  // (With an address or a phone below it: a role named so, `Palaute` / `Osallistujat antoivat palautetta`, has its text.)
  const button = tokens.findIndex((token, k) => k > 0 && token.tokenType !== Furniture && isPageButton(token.payload.line.text) && !tokens.slice(k + 1).some(isSentence) && tokens.slice(k + 1).some(isAddressLine));
  if (button !== -1 && button < tokens.length - 1) {
    const out = footer(button + 1, tokens.length);
    out[button] = lineToken(Furniture, tokens[button].payload.line);
    return out;
  }
  const copyright = tokens.findIndex((token) => token.tokenType === Furniture && token.payload.line.text.startsWith('©'));
  if (copyright <= 0 || tokens.slice(copyright + 1).some((token) => token.tokenType !== Furniture)) return tokens;
  let top = copyright;
  while (top > 0 && !isSentence(tokens[top - 1]) && tokens[top - 1].payload.line.text.length <= 80) top--;
  const above = tokens.slice(top, copyright).filter((token) => token.tokenType !== Furniture);
  // (Three lines at least, the site's name or its ministry, a street, a phone: two may as well be a
  // last role and its contact line, `Rahoittaja` / `Etelä-Savon ELY-keskus, puh. …`, read as before.)
  if (top === 0 || above.length < FOOTER_LINES || !above.some(isAddressLine)) return tokens;
  return footer(top, copyright);
}

/** Each paragraph with a line starting at one of `offsets`, that line, into `marks` (said when mapped). */
function markParagraphs(built: BlockNode[], offsets: Set<number>, marks: WeakMap<BlockNode, LineNode>): void {
  if (offsets.size === 0) return;
  for (const block of built) {
    const line = block.type === 'paragraph' ? block.children.find((child) => offsets.has(child.position.start.offset)) : undefined;
    if (line !== undefined) marks.set(block, line);
  }
}

function build(all: LineToken[], facts: TextFacts | null = null): BlockNode[] {
  const blocks = new BlockCollector();
  const roleLike = new Set<number>();
  const colonLineInText = new Set<number>();
  const fieldLineInText = new Set<number>();
  const tokens = unwrap(withFooterApart(all), facts, roleLike);
  // Whether the current role's text has had a list item.
  let listInText = false;
  // The key of the role whose text the lines are.
  let currentRole: string | null = null;
  // A printed page's header and footer between a role line and its text are neither (`Kumppanit` /
  // footer / header / `Hankkeen osatoteuttajina …`): the lines around a line are looked at without them.
  const following = (i: number) => {
    let j = i + 1;
    while (j < tokens.length && tokens[j].tokenType === Furniture) j++;
    return j;
  };
  // Role lines written with a colon (`Hankkeen toteuttajat:` / `Tampereen kaupunki: hallinnointi` /
  // blank / `Kumppanit:` / …). A role name the page usually writes (vocabulary `pageRoleNames`) so is a role
  // wherever it stands below a role's text; another line so only where the section's first line is one (the
  // page's own writing), said where it may as well be a sub-heading or a list's intro of the text above
  // (`Mukana olivat:`). Elsewhere a line ending in a colon belongs to a role's text, as before. (Audits BP of
  // round 65 and BS of round 66; review BU of round 66.)
  const colonRoleName = (at: number): string | null => {
    const token = tokens[at];
    if (token === undefined || token.tokenType === Furniture || !token.payload.line.text.endsWith(':')) return null;
    const name = /^(\p{Lu}.*?)\s*:$/u.exec(token.payload.line.text)?.[1];
    if (name === undefined || !isTitleLike(name) || name.split(/\s+/u).length > COLON_ROLE_WORDS) return null;
    return tokens[following(at)] === undefined ? null : name;
  };
  const firstAt = tokens.findIndex((token) => token.tokenType !== Furniture);
  const rolesWithColon = firstAt !== -1 && colonRoleName(firstAt) !== null;
  const blankSeparated = facts?.blankSeparated === true;
  // (Whether the roles' own lines are parted by blank lines: a section pasted without them in a copy that has them
  // elsewhere writes its roles glued below their texts. Review RVB of round 71.)
  // (A blank line before a short title-like line, as before a role's name: one parting a role's text into paragraphs
  // tells nothing. Review RVC.)
  const rolesBlankSeparated = blankSeparated && tokens.some((token, k) => k > firstAt + 1 && token.tokenType !== Furniture && token.payload.line.afterBlank && isTitleLike(token.payload.line.text) && !/[.!?:]$/u.test(token.payload.line.text));
  /** Whether a colon line below a role's text is the next role: surely, in doubt (said), or not. */
  // (Not right below a list's intro, `Hankkeen kumppaneina toimivat:` / `Kumppanit:`: an item of that list.
  // In a copy with blank lines, not right below a line of the text: its sub-heading, `Tavoitteet:`, unless
  // the page's usual role name after a sentence's end. Review BW of round 66.)
  // (A usual name right below a one-line text with its own text after a blank line is the next role: `Rahoittaja:` /
  // blank / `Pohjanmaan ELY-keskus` / `Ohjausryhmä:` / blank / `Ohjausryhmän kokoonpano …`.)
  const colonRolePlace = (name: string, line: SourceLine, above: number, at: number): 'sure' | 'in-doubt' | null => {
    const aboveText = above >= 0 ? tokens[above].payload.line.text : '';
    if (aboveText.endsWith(':')) return null;
    const apart = !blankSeparated || line.afterBlank;
    // (On a page whose roles have no colon, only with a paragraph below it: `Rahoittaja:` / `Pohjanmaan ELY-keskus`,
    // `Hankkeen henkilöstö:` / `- Anna Virtanen, …` are a text's parts. Review BX of round 66.)
    if (isUsualRoleName(name)) {
      if (rolesWithColon) return 'sure';
      const below = tokens[following(at)]?.payload.line.text ?? '';
      // (Or below a list's item, `- Vaasan Setlementtiyhdistys ry` / `Ohjausryhmä:` / `Hankkeen ohjausryhmän …`. Review RVB of round 72.)
      return (apart || /[.!?]$/u.test(aboveText) || LIST_MARKED.test(aboveText)) && /[.!?]$/u.test(below) && !isTitleLike(below) ? 'sure' : null;
    }
    return rolesWithColon && apart ? 'in-doubt' : null;
  };
  // How many lines of its text the current role has had: a colon line right below a role's name
  // introduces its text's list.
  let roleTextLines = 0;
  // The lines read as roles written with a colon: no list's intro.
  const roleLineAt = new Set<number>();
  tokens.forEach((token, i) => {
    const line = token.payload.line;
    const nextAt = following(i);
    const next = tokens[nextAt]?.payload.line;
    let previousAt = i - 1;
    while (previousAt >= 0 && tokens[previousAt].tokenType === Furniture) previousAt--;
    const colonName = colonRoleName(i);
    const place = colonName === null ? null : i === firstAt ? 'sure' : currentRole !== null && roleTextLines > 0 ? colonRolePlace(colonName, line, previousAt, i) : null;
    // A colon line that reads as a role written so, apart between a sentence's end and a paragraph, on a page
    // whose roles have no colon and with a name pages do not usually write (`Asiantuntijat:`): kept in the
    // text, as a sub-heading or a list's intro may stand so too (`Ohjausryhmään kuuluvat:`), said. Review BX.
    // (So is a name pages usually write with a list's intro or item below it, `Kumppanit:` / `Kumppaneita ovat:` /
    // `- Vaasan seurakunta`: a role whose text is a list, or the text's sub-heading, as `Hankkeen henkilöstö:` /
    // `- Anna Virtanen, …` may be. Review RVD of round 71: it went into the text above unsaid.)
    const belowSentence = previousAt >= 0 && /[.!?]$/u.test(tokens[previousAt].payload.line.text);
    const usualAboveList = colonName !== null && isUsualRoleName(colonName) && (!blankSeparated || line.afterBlank) && next !== undefined && (next.text.endsWith(':') || LIST_MARKED.test(next.text));
    if (place === null && colonName !== null && !rolesWithColon && currentRole !== null && roleTextLines > 0 && belowSentence && ((blankSeparated && line.afterBlank && next !== undefined && /[.!?]$/u.test(next.text) && !isTitleLike(next.text)) || usualAboveList)) {
      colonLineInText.add(line.position.start.offset);
    }
    if (place !== null) {
      const heading: BlockNode = { type: 'heading', number: null, text: colonName!, position: line.position };
      if (place === 'in-doubt') colonRolesInDoubt.add(heading);
      blocks.block(heading);
      roleLineAt.add(i);
      currentRole = normaliseKey(colonName!);
      listInText = false;
      roleTextLines = 0;
      return;
    }
    // A role line: a short title-like line before its text; in a copy with blank lines, also one
    // standing alone whatever follows (a role whose text is short, or `Kesken`), unless it is itself a placeholder.
    const alone = facts?.blankSeparated === true && line.afterBlank && (next === undefined || next.afterBlank);
    // A title-like line right after a sentence's end starts a role even when its
    // text is one short line too (`Yritykset` / `Tarjosivat kesätyöpaikat nuorille`): the map says so.
    // Unless that short line is itself a role (its own next line is a sentence): then this line ends
    // the text before it (`… kesätyöpaikat.` / `Kunta tarjosi tilat` / `Rahoittaja` / `Rahoittaja on …`).
    const afterNext = tokens[following(nextAt)]?.payload.line;
    // (Nor is a line a role's name for the text-like line below it where that line is the next role's, written with a colon.)
    const nextColonName = next === undefined ? null : colonRoleName(nextAt);
    // (On a page of colon roles only, and below a line of a role's text: elsewhere a title-like line above a colon line may be a role.)
    const nextIsColonRole = rolesWithColon && nextColonName !== null && currentRole !== null && roleTextLines > 0 && colonRolePlace(nextColonName, next!, i, nextAt) !== null;
    // (A line in lower case after that line goes on from it, past a page's break too: that line is text, no role.)
    const afterSentence = facts !== null && previousAt >= 0 && /[.!?]$/.test(tokens[previousAt].payload.line.text) && (afterNext === undefined || isTitleLike(afterNext.text) || /^\p{Ll}/u.test(afterNext.text));
    // Not an item of a list a line ending in a colon introduces (`Hankkeen kumppaneina toimivat:` /
    // `Kajaanin kaupunki ja …`), nor a web address or an e-mail address.
    // (Not a role name pages usually write standing apart below it, with a sentence below: `Tavoitteet:` / blank /
    // `Rahoittaja` / blank / `Hankkeen rahoittaja on …` ends a role's text with a line left open, said — it may as
    // well be a list's one item, `Ohjausryhmään kuuluvat:` / `Rahoittaja`. Audit HC, review RVB of round 71.)
    const belowColonLine = i > 0 && /:$/u.test(tokens[i - 1].payload.line.text);
    const usualApartBelowColon = belowColonLine && blankSeparated && line.afterBlank && isUsualRoleName(line.text) && next !== undefined && /[.!?]$/u.test(next.text) && !isTitleLike(next.text);
    const listed = belowColonLine && !usualApartBelowColon;
    // (A short line right below a list's items whose intro above them ends with a colon, `Hankkeen kumppaneita
    // ovat:` / `Gradia` / `Jamk` / `Kumppanit tarjoavat …` in a copy without blank lines: the list's last item
    // or the next role, the copy does not tell; read as a role, said. Audit BS of round 66.)
    // (So in a copy with blank lines, such a line right below the items, a paragraph below it after a blank
    // line: `Hankkeen kumppaneina toimivat:` / `Vaasan seurakuntayhtymä` / `Pohjanmaan yrittäjät` / blank /
    // `Kumppanit tarjoavat …`, or `Lue myös:` / a link / `Rahoittaja` / blank / `Rahoittaja on …`.)
    // (Asked only of a line read as a role.)
    const belowListedItems = () => {
      let intro = previousAt;
      while (intro >= 0 && (tokens[intro].tokenType === Furniture || (!tokens[intro].payload.line.afterBlank && isTitleLike(tokens[intro].payload.line.text) && !/[.!?:\]]$/u.test(tokens[intro].payload.line.text)))) intro--;
      return intro >= 0 && intro < previousAt && previousAt === i - 1 && !line.afterBlank && /:$/u.test(tokens[intro].payload.line.text) && !roleLineAt.has(intro);
    };
    // (Or a line that starts with one, `www.kumppani.fi ja www.toinen.fi`. Audit HC of round 71.)
    const address = /^(?:https?:\/\/|www\.)\S|@/iu.test(line.text);
    // The text's last line after a sentence's end is a role without its text (a copy cut after it),
    // not the end of the text above it (said by the map); after a role line, it is that role's text.
    // (Nor a line going on below it in lower case, past a page's break too: `… toimii projektihenki-` / footer / `löstön esimiehenä …`.)
    // (A brand written in lower case, `eNorssi-verkosto …`, may start a role's text.)
    // (Nor a line the one above goes on to, broken at a hyphen: `… ja Mikkeli-` / `Juva-yhteistyö vuosina 2016–`.)
    // (A web address, an e-mail address or a list's lettered item below it after a blank line, `www.kumppani.fi`, `a)
    // Työpajat`, starts the role's text as a line of its own: no line going on. Audit HC of round 71: the role was read
    // into the one above. Without a blank line between, it may be the sentence's going on, `… osallistui` / `n. 200 …`,
    // unless below a role's name pages usually write: `Kumppanit` / `info@kumppani.fi vastaa …`. Review RVC.)
    const goesOn = /\p{L}-$/u.test(line.text) || (next !== undefined && /^\p{Ll}/u.test(next.text) && !/^\p{Ll}+\p{Lu}/u.test(next.text) && !(OWN_LINE_IN_LOWER_CASE.test(next.text) && ((blankSeparated && next.afterBlank) || isUsualRoleName(line.text)))) || (previousAt >= 0 && !line.afterBlank && /\p{L}-$/u.test(tokens[previousAt].payload.line.text));
    // (So is the text's last line standing alone below a list's item, `-Satakunnan yrittäjät ry` / blank /
    // `Rahoittaja`: the copy cut after a role's line. Audit AH of round 57: it was the list's role's text.)
    // (Only a role's name, two words at most: `Kiitos kaikille mukana olleille`, `Yhteistyö sujui hyvin`
    // are the text's closing line. Review V.)
    const afterListItem = alone && previousAt >= 0 && MARKED_ITEM.test(tokens[previousAt].payload.line.text) && line.text.split(/\s+/u).length <= ROLE_NAME_WORDS && !/^(?:ja|sekä|and)\s/iu.test(line.text);
    // (Nor, in a copy with blank lines, a line right below a short line of a list without a blank between:
    // the list's last item above a paragraph, `TE-toimisto` / `Kela` / `Tampereen yliopisto` / blank / `Kumppanit
    // ohjasivat …`. Audit BP of round 65: it was read as a role of its own.)
    // (Two such lines above it at least, the list's: one line above may be a note or a page's line.)
    const shortItem = (at: number) => at >= 0 && tokens[at].tokenType !== Furniture && isTitleLike(tokens[at].payload.line.text) && !/[.!?:\]]$/u.test(tokens[at].payload.line.text);
    // (Or one line above it, the first of a role's text, below the role's name and a blank line: `Kumppanit` /
    // blank / `TE-toimisto` / `Kela` / blank / `Kumppanit ohjasivat …`, as the copy parts a role's name and its
    // text by a blank line. Audit BP of round 65: `Kela` was a role.)
    const firstOfText = currentRole !== null && roleTextLines === 1 && tokens[i - 1]?.payload.line.afterBlank === true;
    // A role name pages usually write, below a role's text with a line below it, is the next role, its text
    // one short line or not (`Projektitiimi:` / `Anna Virtanen` / `Toteuttajaorganisaatio` / `Vaasan kaupunki`
    // without blank lines). Review BX of round 66.
    const usualBelowText = currentRole !== null && roleTextLines > 0 && isUsualRoleName(line.text);
    // (Not a role name the page usually writes: `Kumppanit` / blank / `Gradia` / `Rahoittaja` / blank / `Hankkeen
    // rahoittaja on …` is a role with its text of one line, then the next role. Review BU of round 66.)
    const itemOfList = facts?.blankSeparated === true && !line.afterBlank && previousAt === i - 1 && shortItem(i - 1) && ((shortItem(i - 2) && !tokens[i - 1].payload.line.afterBlank) || firstOfText) && !isUsualRoleName(line.text);
    // (Nor a line holding a Y-tunnus, `Keski-Suomen Yrittäjät ry, 2466112-9`: an organisation of a list. Audit BS of round 66.)
    // (A line glued below a sentence of a role's text where the roles are parted by blank lines, `… toimijoita.` /
    // `Aikataulu` / `1.1.2020 - 31.5.2020:`, unless a role's name pages usually write, is read as a role, said: the
    // text's sub-heading as likely. Nor is a field's line a role's name, `Projektikoodi: S10843` / `Projektin nimi: …`,
    // a label of no usual role name and its value, among field's lines (one above or below it, or nothing below):
    // with its text below, `Päärahoittaja: Pohjanmaan ELY-keskus` / blank / `Kumppaneita ovat:` / …, it stays a role.
    // Audit HC, reviews RVB, RVC and RVD of round 71.)
    const amongFieldLines = next === undefined || LABEL_AND_VALUE.test(next.text) || (previousAt >= 0 && LABEL_AND_VALUE.test(tokens[previousAt].payload.line.text));
    const gluedBelowSentence = rolesBlankSeparated && !line.afterBlank && previousAt === i - 1 && currentRole !== null && roleTextLines > 0 && /[.!?]$/u.test(tokens[previousAt].payload.line.text) && !isUsualRoleName(line.text);
    const role = token.tokenType !== Furniture && !listed && !address && !goesOn && !itemOfList && !(labelAndValue(line.text) && amongFieldLines) && !n.HAS_BUSINESS_ID.test(line.text) && isTitleLike(line.text) && !n.isPlaceholder(line.text) && (next !== undefined ? (!isTitleLike(next.text) && !nextIsColonRole) || alone || afterSentence || usualBelowText : afterSentence || afterListItem);
    // A role line with a list's marker (`• Kumppanit`, a word processor's list): only before a sentence
    // of its own (short items of a list in a role's text are the text's).
    // (Not where the role's text above has a list of its own: `Hankkeen osatoteuttajat:` / `- Yhdistys ry` / `Järjestää …` / `- Seurakunta`.)
    const bullet = role ? null : BULLET.exec(line.text);
    const bulleted = bullet !== null && !listInText && token.tokenType !== Furniture && !listed && isTitleLike(line.text.slice(bullet[0].length)) && next !== undefined && !isTitleLike(next.text) && /[.!?]$/u.test(next.text);
    // (Said where it would have been a role but for the field's lines around it, below a sentence's end.)
    // (Not the text's last line, with no field's line beside it: a contact line there is said as the page's contact box.)
    if (!role && labelAndValue(line.text) && amongFieldLines && next !== undefined && currentRole !== null && roleTextLines > 0 && previousAt >= 0 && /[.!?]$/u.test(tokens[previousAt].payload.line.text) && isTitleLike(line.text) && !listed && !address) fieldLineInText.add(line.position.start.offset);
    if (role || bulleted) listInText = false;
    else if (LIST_ITEM.test(line.text)) listInText = true;
    // A role and its text on one line (`Rahoittaja: ELY-keskus on …`) after a sentence's end or a blank
    // line: the two apart — only where the role is a label of the page's own (`Rahoittaja`), as a
    // sentence of a role's text may start with words and a colon (`Ohjausryhmään kuuluvat: …`), and
    // not the role the text is already under (`Kumppanit` / `Kumppanit: …`). (Not the page's labels
    // for a role's name or text, `Rooli:`, `Merkitys:`.)
    const endsSentence = previousAt >= 0 && /[.!?]$/u.test(tokens[previousAt].payload.line.text);
    const withText = !role && !bulleted && token.tokenType === Label && (endsSentence || (previousAt >= 0 && line.afterBlank)) ? ROLE_WITH_TEXT.exec(line.text) : null;
    if (withText !== null && isTitleLike(withText.groups!.role) && withText.groups!.role.split(/\s+/u).length <= 4 && !roleLabel.test(line.text) && !roleTextLabel.test(line.text) && normaliseKey(withText.groups!.role) !== currentRole) {
      const colon = withText.groups!.role.length;
      const name = linePart(line, 0, colon);
      const heading: BlockNode = { type: 'heading', number: null, text: name.text, position: name.position };
      rolesWithText.add(heading);
      blocks.block(heading);
      blocks.token(lineToken(Text, linePart(line, colon + 1, line.text.length)));
      listInText = false;
      roleTextLines = 1;
      currentRole = normaliseKey(name.text);
      return;
    }
    if (role) {
      const heading: BlockNode = { type: 'heading', number: null, text: line.text, position: line.position };
      if (!isUsualRoleName(line.text) && belowListedItems()) rolesBelowList.add(heading);
      // (A name of words in capitals below a role's text, `HANKKEEN TAVOITTEET`: the text's sub-heading as likely — not
      // an acronym, `ELY-KESKUS`, nor on a page whose first role is written so. Audit HC, review RVB of round 71.)
      if (!isUsualRoleName(line.text) && currentRole !== null && roleTextLines > 0 && IN_CAPITALS.test(line.text) && /\s/u.test(line.text.trim()) && !IN_CAPITALS.test(tokens[firstAt].payload.line.text)) rolesInCapitals.add(heading);
      if (usualApartBelowColon) rolesBelowColonLine.add(heading);
      if (gluedBelowSentence) rolesGluedBelowSentence.add(heading);
      blocks.block(heading);
    }
    else if (bulleted) blocks.block({ type: 'heading', number: null, text: line.text.slice(bullet[0].length), position: line.position });
    if (role || bulleted) {
      currentRole = normaliseKey(role ? line.text : line.text.slice(bullet![0].length));
      roleTextLines = 0;
    } else {
      blocks.token(token);
      if (token.tokenType !== Furniture) roleTextLines++;
    }
  });
  const built = blocks.done();
  markParagraphs(built, colonLineInText, mayBeColonRole);
  markParagraphs(built, fieldLineInText, mayBeFieldRole);
  markParagraphs(built, roleLike, mayStartWithRole);
  return built;
}

/** A contact block's heading at a line's start, alone or before its details (`Lisätietoja:`, `Yhteystiedot`; vocabulary `contactBlockHeadings`). */
const CONTACT_HEADING = lazyRegExp(() => new RegExp(`^(?:${vocabulary.contactBlockHeadings.words.map(n.escapeRegExp).join('|')})\\s*(?::|$)`, 'iu'));
const BUSINESS_ID_GLOBAL = lazyRegExp(() => /\b\d{7}\s?[-\u2010-\u2015\u2212]\s?\d\b/gu);
/** An e-mail address (`@`, `(at)`) or a phone number. */
const CONTACT = lazyRegExp(() => /\S(?:@|\((?:at|a)\))\S|(?:^|\s)(?:\+358|0\d{1,3})[\s-]?\d{2,4}[\s-]?\d{2,4}/iu);

/** Whether a text is a few short lines, one of them an e-mail address or a phone number, none a sentence. */
function isContactText(text: string): boolean {
  // (A Y-tunnus, `Gradia, 0208201-1`, is no phone number: a list of organisations is no contact. Audit BS of round 66.)
  const lines = text.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(BUSINESS_ID_GLOBAL, ''));
  // (Not a line with a sentence of its own before its contact, `… vastaa hallinnosta. Yhteyshenkilönä toimii …, puh. …`. Audit JC of round 73.)
  return lines.length <= 5 && lines.some((line) => CONTACT.test(line)) && lines.every((line) => (line.length <= 80 && !/[.!?]$/.test(line.trim())) || (CONTACT.test(line) && !goesOnAfterSentence(line)));
}

/**
 * Whether a line with a contact has a sentence's end before it with words after it that lead up to the
 * contact (`… raportoinnista. Yhteyshenkilönä toimii Leena Järvinen, puh. …`, `… Yhteystiedot 045 …`): a
 * text, not only a contact. (An organisation's name ending with its dot, `… Aikuiskoulutus. Puh. 045 …`, has
 * a phone's word first after it. Reviews RVB and RVC of round 73.)
 */
function goesOnAfterSentence(line: string): boolean {
  const end = /\p{Ll}{3}[.!?]\s+(?=\p{Lu})/u.exec(line);
  if (end === null) return false;
  const rest = line.slice(end.index + end[0].length);
  const contact = CONTACT.exec(rest);
  if (contact === null) return false;
  const lead = rest.slice(0, contact.index).split(/\s+/u).filter((word) => word !== '');
  return lead.length >= 1 && !PHONE_WORDS.has(lead[0].replace(/[.:]+$/u, '').toLowerCase());
}
const PHONE_WORDS = new Set(vocabulary.phoneAbbreviations.words);

/** Whether a section of this id stands in the document. */
function hasSection(children: DocumentNode['children'], id: string): boolean {
  return children.some((child) => child.type === 'section' && (child.id === id || hasSection(child.children as DocumentNode['children'], id)));
}

export const rolesKind: ContentKind = {
  content: 'roles',
  defineBody(p: RuleDsl) {
    return p.rule('rolesBody', (): BlockNode[] => {
      const tokens: LineToken[] = [];
      // Role lines look like headings the page does not know: the list takes them, but for the
      // headings of the page's other blocks (`Yhteystiedot`), which end it.
      const endsList = (token: LineToken | null) => token === null || p.state.opensLater(token) || (token.tokenType === UnknownHeading && p.state.template.blockHeadingKeys.has(normaliseKey(token.payload.line.text)));
      takeBody(p, endsList, (token) => tokens.push(token));
      return p.recording ? [] : build(tokens, p.state.facts);
    });
  },
  map(context, section, node) {
    const { builder } = context;
    const roles: { role: string; text: string | null; start: Position; end: Position }[] = [];
    const blocks = bodyBlocks(node);
    for (const [i, block] of blocks.entries()) {
      const current = roles[roles.length - 1];
      if (block.type === 'heading') {
        roles.push({ role: block.text, text: null, start: block.position, end: block.position });
        if (rolesBelowList.has(block) && roles.length > 1) builder.diagnose('warning', 'ambiguous-role', `"${block.text}" stands below a list's items in the text of role "${roles[roles.length - 2].role}", right below them: read as a role with the text below it; it may as well be the list's last item`, block.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}`);
        if (rolesGluedBelowSentence.has(block) && roles.length > 1) builder.diagnose('warning', 'ambiguous-role', `"${block.text}" stands right below a sentence of the text of role "${roles[roles.length - 2].role}", no blank line between, where the page parts its roles by blank lines: read as a role with the text below it; it may as well be a sub-heading of that text`, block.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}`);
        if (rolesBelowColonLine.has(block) && roles.length > 1) builder.diagnose('warning', 'ambiguous-role', `"${block.text}" stands apart below a line of the text of role "${roles[roles.length - 2].role}" that ends with a colon: read as the next role, a name pages usually write with a paragraph below it; it may as well be that line's list of one item`, block.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}`);
        if (rolesInCapitals.has(block) && roles.length > 1) builder.diagnose('warning', 'ambiguous-role', `"${block.text}" below the text of role "${roles[roles.length - 2].role}" is written in capitals, as a sub-heading of that text would be: read as a role with the text below it; it may as well be a line of that text`, block.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}`);
        if (colonRolesInDoubt.has(block) && roles.length > 1) builder.diagnose('warning', 'ambiguous-role', `"${block.text}:" below the text of role "${roles[roles.length - 2].role}" is read as the next role, as the page writes its roles with a colon; it is none of the roles pages usually name, and may as well be a sub-heading or a list's intro of that text`, block.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}`);
        if (rolesWithText.has(block)) builder.diagnose('info', 'normalised-value', `Role "${block.text}" and its text stand on one line, parted by a colon: read apart`, block.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}`);
      }
      else if (block.type === 'paragraph' && current && !isRolePageNumber(blocks, i)) {
        sayLoneNumberKept(context, blocks, i);
        const text = paragraphText(block);
        const fieldLine = mayBeFieldRole.get(block);
        if (fieldLine !== undefined) {
          builder.diagnose('warning', 'ambiguous-role', `"${fieldLine.text.slice(0, 50)}" below a sentence of the text of role "${current.role}" reads as a field's line, with another below or above it: read as a line of that text; it may as well be a role written with its value`, fieldLine.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}.text`);
        }
        const colonLine = mayBeColonRole.get(block);
        if (colonLine !== undefined) {
          builder.diagnose('warning', 'ambiguous-role', `"${colonLine.text.slice(0, 50)}" stands between the text of role "${current.role}" and the text below it, as a role written with a colon would; the page writes its roles without one, so it is read as a line of that text (a sub-heading or a list's intro?)`, colonLine.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}.text`);
        }
        const line = mayStartWithRole.get(block);
        if (line !== undefined) {
          builder.diagnose('warning', 'ambiguous-role', `The text of role "${current.role}" goes on below a sentence's end with a short line read as the start of a wrapped line ("${line.text.slice(0, 50)}"): in a copy wrapped this narrowly, it may as well be a role of its own with its text below; read as the text of "${current.role}"`, line.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}.text`);
        }
        // A contact block after a role's text (`Lisätietoja: Anna Virtanen, …, p. 040 …`, a page's contact box
        // below the roles): read as the text's, but no part of it, said. Audit BS of round 66.
        // (Also a line of a paragraph, the heading and the details on it: `… panostuksilla.` / `Lisätietoja: Anna …, p. 040 …`. Review BU.)
        const hasContact = (child: LineNode) => CONTACT.test(child.text.replace(BUSINESS_ID_GLOBAL, ''));
        const contactAt = block.children.findIndex((child, k) => CONTACT_HEADING.test(child.text) && (k > 0 ? hasContact(child) : current.text !== null && block.children.some(hasContact)));
        if (contactAt !== -1) {
          const first = block.children[contactAt];
          builder.diagnose('warning', 'heading-in-text', `"${first.text.slice(0, 60)}" starts a block of contact details in the text of role "${current.role}" (the page's contact box?): read, with its lines, as that role's text`, first.position, `${(section.definition as { textPath: string }).textPath}.${roles.length - 1}.text`);
        }
        current.text = current.text === null ? text : `${current.text}\n\n${text}`;
        current.end = block.position;
      } else keepUnread(context, section.definition.id, block, current ? 'A number alone among the roles: a printed copy\'s page number' : 'A line before the first role');
    }
    const path = (section.definition as { textPath: string }).textPath;
    const withoutText = roles.map((role) => role.text === null);
    roles.forEach((role, i) => {
      // `Rooli: Projektitiimi` / `Merkitys: …`: the labels are not the role's name or text.
      const named = roleLabel.exec(role.role);
      const explained = role.text === null ? null : roleTextLabel.exec(role.text);
      if (named !== null || explained !== null) {
        if (named !== null) role.role = role.role.slice(named[0].length);
        if (explained !== null) role.text = role.text!.slice(explained[0].length);
        builder.diagnose('info', 'normalised-value', `Role "${role.role}": its ${[named ? `label "${named[0].trim()}"` : null, explained ? `text's label "${explained[0].trim()}"` : null].filter(Boolean).join(' and ')} left out`, role.start, `${path}.${i}`);
      }
      // Another section's heading of the page among the roles (that section moved below them): its
      // text is read as a role's, said at both.
      const other = context.template.sectionsByHeading.get(normaliseKey(role.role))?.find((s) => s !== section);
      const otherPath = other === undefined ? undefined : (other.definition as { textPath?: string }).textPath;
      // (Only a section of the page's own level that the page lacks: `Projektitiimi`, a part of the
      // page's general facts, is a role's name as well.)
      if (other !== undefined && other.definition.parent === undefined && !hasSection(context.document.children, other.definition.id)) {
        const message = `Role "${role.role}" is the heading of section "${other.definition.headings[0]}", standing among the roles of "${section.definition.headings[0]}" (moved below them?): read as a role, its text as the role's`;
        builder.diagnose('warning', 'heading-in-text', message, role.start, `${path}.${i}`);
        if (otherPath !== undefined) builder.diagnose('warning', 'heading-in-text', message, role.start, otherPath);
      }
      // Two short lines in a row: a role whose text is one short line (`Päätoteuttaja`) and a role
      // without text then another role look the same; read as two roles, and said so once for a run.
      const next = roles[i + 1];
      if (withoutText[i] && next !== undefined && !(i > 0 && withoutText[i - 1])) {
        builder.diagnose('warning', 'ambiguous-role', `Role "${role.role}" has no text and "${next.role}" follows it: read as two roles; if "${next.role}" is the text of "${role.role}", the roles from here are misread`, next.start, `${path}.${i}.text`);
      } else if (withoutText[i] && next === undefined && i > 0 && !withoutText[i - 1]) {
        builder.diagnose('warning', 'ambiguous-role', `Role "${role.role}" is the last and has no text: read as a role without its text (a copy cut after it); if it ends the text of "${roles[i - 1].role}", that text is misread`, role.start, `${path}.${i}.text`);
      } else if (role.text !== null && !role.text.includes('\n') && isTitleLike(role.text) && !n.isPlaceholder(role.text)) {
        builder.diagnose('warning', 'ambiguous-role', `The text of role "${role.role}" is one short line ("${role.text}"), which may as well be a role of its own: read as the text of "${role.role}"`, role.end, `${path}.${i}.text`);
      }
      // A text whose last line is short and title-like below a sentence's end, with a role after it
      // (a copy without blank lines: `… etenemistä.` / `Kumppanit` / `Yritykset` / `Tarjoavat …`):
      // that line may be a role without its text; read as the text's end, and said.
      const lines = role.text?.split('\n') ?? [];
      const lastLine = lines[lines.length - 1];
      if (next !== undefined && lines.length >= 2 && /[.!?]$/u.test(lines[lines.length - 2]) && isTitleLike(lastLine) && !/[.!?]$/u.test(lastLine)) {
        const end = role.end.end;
        const at: Position = { start: { line: end.line, column: Math.max(1, end.column - lastLine.length), offset: end.offset - lastLine.length }, end };
        builder.diagnose('warning', 'ambiguous-role', `The text of role "${role.role}" ends with the short line "${lastLine}" below a sentence's end, and "${next.role}" follows: it may be a role without its text; read as the text's end`, at, `${path}.${i}.text`);
      }
      // A page's block heading read as a role (`Hankkeen uutiset` in a copy without blank lines): its
      // text may be that block's, no role's.
      if (context.template.blockHeadingKeys.has(normaliseKey(role.role))) {
        builder.diagnose('warning', 'ambiguous-role', `Role "${role.role}" is written as the heading of a page's block (contacts, news): its text may be that block's, not a role's; read as a role`, role.start, `${path}.${i}`);
      }
      // A role whose text is a person's contact (a name, a title, an e-mail or a phone, nothing else):
      // a contact block under a heading the layout does not know (`Kysy lisää`), or a role's contact.
      if (role.text !== null && isContactText(role.text)) {
        builder.diagnose('warning', 'ambiguous-role', `The text of role "${role.role}" is only a person's contact details: it may be a contact block under a heading, not a role; read as a role`, role.start, `${path}.${i}`);
      }
      if (role.text !== null && n.isPlaceholder(role.text)) {
        builder.diagnose('info', 'placeholder-text', `Role "${role.role}" is a placeholder ("${role.text}"), read as not written yet`, role.end, `${path}.${i}.text`);
        role.text = null;
      }
      builder.sources.set(`${pointerOf(path)}/${i}`, { start: role.start.start, end: role.end.end });
    });
    if (roles.length > 0) builder.set(path, roles.map(({ role, text }) => ({ role, text })), { start: roles[0].start.start, end: roles[roles.length - 1].end.end });
  },
  linesToBlocks: build,
};
