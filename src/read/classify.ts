/**
 * Lines → the layout grammar's tokens, and the facts about the whole text that the grammar's
 * predicates need (which headings are present, whether the copy uses blank lines, whether it is
 * hard-wrapped). Knows the layout only through its compiled definition and the vocabulary.
 *
 * Two repairs of copies made by people happen here, each flagged on its token for an `info`:
 * a label broken before its colon (`Hakijoiden lukumäärä tai tuen siirto` / `-menettely: …`) is
 * rejoined when together they form a label of the layout, and a line holding two fields
 * (`Postinumero: 00120 Postitoimipaikka: Helsinki`, or two fields separated by a tab) is split
 * where a label of the layout follows a value.
 */
import { builtInRegistry, headingKey, headingStartedBy, isListMarkerCode, opensWithListMarker, WORD_LIST_MARK, withoutListMarker, looksLikeSummaryBar, normaliseKey, phraseKey, vocabulary, type CompiledField, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import { keyOf, leadOf, PhraseStarts, shortKey } from '../key.js';
import { municipalityCode, namesMunicipalityWhere, regionCode, subRegionCode } from '../derive/area-codes.js';
import { joinWrapped } from './join.js';
import { linePart } from './line-part.js';
import { cellsHeaderOrder, headerCells } from './table-cells.js';
import { isScanMarkCode, SCAN_MARK_CLASS } from '../parse/scan-marks.js';
import { goesOnPastApplicant, runsIntoSecondSection } from './first-section.js';
import { CONJUNCTIONS, endsWithBusinessIdLabel, escapeRegExp, HAS_BUSINESS_ID, hasAnyOrganisationWord, isEntryTableHeader, isPlaceholder, lowerCode, parseProjectCode, parseStatus, parseYesNo, PRINT_TITLE_SITE, readsAsSentence } from '../map/normalise.js';
import type { SourceLine } from '../types.js';
import {
  Banner,
  BareLabel,
  Furniture,
  Heading,
  Label,
  LabelText,
  isTextLike,
  lineToken,
  Status,
  SummaryBar,
  TableHeader,
  TableRow,
  Text,
  Title,
  UnknownHeading,
  type LineToken,
} from './tokens.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { PatternSet } from '../pattern-set.js';

export interface TextFacts {
  /**
   * By section index: the line of the first heading (by its text) of that section in the text, 0
   * when its heading is nowhere in the text.
   */
  headingLine: Int32Array;
  /** The indices of the lines whose text is a heading of the layout, in order. */
  headingIndices: number[];
  /**
   * How many numbers of numbered lines that start with their section's heading and go on with more (`2
   * Hakijan perustiedot Hakijan virallinen nimi: …`): a copy that ran every heading into the line below has several.
   */
  gluedHeadingLines: number;
  /**
   * How many lines were read as headings word for word with their own numbers written in another
   * form (`VII.1 …`, `3.1) …`): a copy numbered so throughout has several; one such line in a copy
   * without headings may be a numbered list's item.
   */
  numberFormHeadings: number;
  /**
   * By section index: the line of the last heading of that section when the text has it more than
   * once, else 0; null when no heading is written twice (nearly every text).
   */
  lastHeadingLine: Int32Array | null;
  /** By section index: the line of the second heading of that section, as lastHeadingLine (0 or null). */
  secondHeadingLine: Int32Array | null;
  /** The copy separates its parts with blank lines (false for copies with none). */
  blankSeparated: boolean;
  /** The longest line when the copy is hard-wrapped (every line short), else null. */
  wrapWidth: number | null;
  /** The number of the text's last non-blank line (where a cut copy stops). */
  lastLine: number;
  /**
   * By section index: the line of a numbered heading not matched by its text that carries the
   * section's number (unknown, or reworded: `3 Summary of the implementation plan`), else 0; null
   * when there is none. Set while classifying.
   */
  unmatchedNumberedLine: Int32Array | null;
  /** The copy writes its labels after list markers (`- Hankekoodi: …`), several of them. */
  bulletedLabels: boolean;
  /** By section index: the line of the last label line of that section's fields in the text, else 0. */
  lastLabelLine: Int32Array;
  /** By section index: the line of the last table header of that section in the text, else 0; null when there is none. Set while classifying. */
  tableHeaderLine: Int32Array | null;
  /** Some line of the copy has a tab. */
  hasTabs: boolean;
  /** The copy separates labels from values by a tab without a colon, on several lines. */
  tabbedLabels: boolean;
  /**
   * In a copy none of whose headings has its number (a word processor dropped them): by section
   * index, the line where the section's heading stands alone without its number, else 0. Computed
   * when first asked for (undefined until then).
   */
  plainHeadingLine?: Int32Array;
  /** The project code a field of the layout gives (for a printed copy's running headers), else null. */
  projectCode: string | null;
  /** The organisation's name a field of the layout gives, as a key (a page's site or owner above its title), else null. */
  organisationName: string | null;
  /**
   * Label lines that stand in prose and open no section (set after classifying; null when there
   * are none): see `labelsInProse`.
   */
  inProse: Set<LineToken> | null;
  /**
   * Lines of text between two labels of one fields section in a copy without blank lines (a stray
   * line, `© …`, or a label that lost its colon): no section's text starts there (null when none).
   */
  strayInFields: Set<LineToken> | null;
  /**
   * Sentences with a colon inside, read as labels the layout lacks (`Hankkeella on kolme päätavoitetta:
   * talvimatkailun …`), that may open a prose section by text as free text does: a few words before the
   * colon, a sentence after it, no figure first, no field of the layout's on the next line (null when none).
   */
  sentenceLabels: Set<LineToken> | null;
  /** The text ends without a line break: a copy cut off there may end mid-word (set by the reader). */
  endsUnbroken: boolean;
  /** The line where a second description starts (the layout's title again, with its first section after it), else null. */
  anotherDescriptionLine: number | null;
  /** How many lines are `Label: value` with a label of the layout. */
  layoutLabelLines: number;
  /** The lines read as page furniture (a printed page's footer or header), by line number; null when none. */
  /**
   * A bare title of another document (`Rahoituspäätös`, `Pöytäkirja`, no number or code) standing as a
   * paragraph of its own below the last section's text, over sentences: kept as the text's (a final
   * report may have such a sub-heading), and said; the line, else null.
   */
  appendedTitleInText: SourceLine | null;
  furnitureLines: Set<number> | null;
}

const furniturePhrases = new Set([...vocabulary.pageFurniture.phrases, ...vocabulary.pageFurniture.sentFromPhrases].map(normaliseKey));
/** A mail program's "sent from" line (`Lähetetty iPhonesta`): furniture wherever it stands, written with its capital. */
const sentFromKeys = new Set(vocabulary.pageFurniture.sentFromPhrases.map(normaliseKey));
const sentFromStarts = new PhraseStarts(sentFromKeys);
const SENT_FROM_FIRST = new Set(vocabulary.pageFurniture.sentFromPhrases.map((phrase) => phrase.charCodeAt(0)));
const SENT_FROM_LONGEST = Math.max(...vocabulary.pageFurniture.sentFromPhrases.map((phrase) => phrase.length)) + 4;
/** Whether a line is a furniture phrase's start cut short, ten characters or more (`Vipuvoimaa EU:lta 201`). */
function startsFurniturePhrase(text: string): boolean {
  if (text.length < CUT_PHRASE_SHORTEST || text.length > MAX_PHRASE_LINE) return false;
  const key = normaliseKey(text);
  for (const phrase of furniturePhrases) if (phrase.length > key.length && phrase.startsWith(key)) return true;
  return false;
}
const CUT_PHRASE_SHORTEST = 10;
/** No furniture phrase is longer than a short line. */
const MAX_PHRASE_LINE = 80;
const furnitureStarts = new PhraseStarts(furniturePhrases);
const furniturePatterns = new PatternSet(vocabulary.pageFurniture.patterns, 'iu');
/** The anywhere patterns (each anchored at the line's start: a line is tried on those its first character admits). */
const anywhereFurniture = new PatternSet(vocabulary.pageFurniture.anywherePatterns, 'iu');
/** The same whose letter case counts (no `i` flag: `\p{Lu}` is a capital); each starts with a date, so only lines that start with a digit are tried. */
const anywhereCasedFurniture = new PatternSet(vocabulary.pageFurniture.anywhereCasedPatterns, 'u');
const anywhereEndFurniture = new PatternSet(vocabulary.pageFurniture.anywhereEndPatterns, 'iu');
/** A page's running header as its first line, tried only right after a page's break (`pageTopPatterns`). */
const pageTopHeader = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.pageTopPatterns.map((p) => `(?:${p})`).join('|'), 'iu'));
/** The register's or the site's name, a description's words, the EU's banner: a running header only where it stands apart (vocabulary `pageTopNamePatterns`). */
const pageTopName = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.pageTopNamePatterns.map((p) => `(?:${p})`).join('|'), 'iu'));

/**
 * Whether line `i` is a print's running header or footer of names (`EURA 2014`, `Rakennerahastot.fi`,
 * the EU's banner) beside a page's break, standing apart from the line `above` it (after a blank
 * line, a sentence's end, a figure, a heading, a page count or a field with its value; not a list's item below its intro
 * or another item, nor a sentence's subject going on below it, `-logo on …`). A description's words
 * alone (`Hankkeen kuvaus`, an author's sub-heading too) only where the same line stands elsewhere
 * in the text, as a running header does on each page, or with the page's text right below it (a
 * sub-heading stands as a paragraph of its own).
 */
function isRunningName(lines: SourceLine[], i: number, above: SourceLine | undefined, afterBlank: boolean, template: CompiledTemplate, repeated: (i: number) => boolean): boolean {
  const text = lines[i].text;
  if (text.length > 120 || !pageTopName.test(text)) return false;
  // (A line ending in a figure ends a row or an entry: `Luonnonvarojen käytön kestävyys 5 7` / `\fEURA 2014`.)
  const apart = above === undefined || afterBlank || /[.!?]$/u.test(above.text) || isDigitCode(above.text.charCodeAt(above.text.length - 1)) || (above.kind === 'label' && above.value !== '') || isPageCountLine(above.text) || isHeadingLine(above, template);
  if (!apart || (i + 1 < lines.length && !lines[i + 1].afterBlank && /^-\p{Ll}/u.test(lines[i + 1].text))) return false;
  return /\d|\./u.test(text) || !isPrintHeaderWords(text) || repeated(i) || (i + 1 < lines.length && !lines[i + 1].afterBlank);
}

/** The longest line a running header or a print's stamp is: only lines up to it are counted for {@link repeatedLines}. */
const RUNNING_LINE_LENGTH = 120;

/**
 * Whether the text of a line stands as a line of its own elsewhere in the text too (a running
 * header's, a print stamp's, repeated on each page): the lines are counted once, when first asked.
 */
function repeatedLines(lines: SourceLine[]): (i: number) => boolean {
  let counts: Map<string, number> | null = null;
  return (i) => {
    if (counts === null) {
      counts = new Map();
      for (const line of lines) if (line.text.length <= RUNNING_LINE_LENGTH) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
    }
    return (counts.get(lines[i].text) ?? 0) > 1;
  };
}
const pageTopRepeated = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.pageTopRepeatedPattern, 'iu'));

/**
 * Whether line `i`, right after a page's break, is a printed page's running header: one of
 * `pageTopPatterns`, or a print date and time with a title that the text writes so again at its
 * first line or elsewhere (`pageTopRepeatedPattern`: a browser writes its header on every page).
 */
function isPageTopHeader(lines: SourceLine[], i: number): boolean {
  const text = lines[i].text;
  // (Each pattern starts with a print's date or a site's or a description's first letter: `eura`, `rakennerahastot`, `hankkeen`, `projektin`, `structural`.)
  if (text.length > 160 || !(isDigitCode(text.charCodeAt(0)) || /^[erhps]/iu.test(text))) return false;
  if (pageTopHeader.test(text)) return true;
  const title = pageTopRepeated.exec(text)?.groups!.title;
  if (title === undefined) return false;
  for (let j = 0; j < lines.length; j++) if (j !== i && lines[j].text.endsWith(title) && pageTopRepeated.exec(lines[j].text)?.groups!.title === title) return true;
  return false;
}
const footerStarts = new Set(vocabulary.pageFurniture.footerStarts.map(normaliseKey));
const footerStartsUncertain = new Set(vocabulary.pageFurniture.footerStartsUncertain.map(normaliseKey));
const footerStartPatterns = new PatternSet(vocabulary.pageFurniture.footerStartPatterns, 'iu');
const signatureStarts = new Set(vocabulary.pageFurniture.signatureStarts.map(normaliseKey));
const signatureStartPattern = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.signatureStartPatterns.map((p) => `(?:${p})`).join('|'), 'u'));
const signatureDelimiter = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.signatureDelimiters.map((p) => `(?:${p})`).join('|'), 'u'));
const replyAbove = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.replyAboveLines.map((p) => `(?:${p})`).join('|'), 'iu'));
/**
 * A signature's contact line: an e-mail address, a phone number (`puh.`, `tel.`, `+358`, `040 123
 * 4567`), a postal address's code and city (`Kasarminkatu 9, 50100 Mikkeli`) or a web address.
 */
const CONTACT_LINE = lazyRegExp(() => /@|\b(?:puh|tel|gsm|mob)\b|\+358|(?:^|\s)0\d{1,3}[ -]?\d{3}[ -]?\d{2,4}\b|(?:^|[\s,])\d{5}\s+\p{Lu}\p{L}+$|^(?:https?:\/\/|www\.)\S+$/iu);
const threadFrom = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.threadHeaders.from.map((p) => `(?:${p})`).join('|'), 'iu'));
const threadSent = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.threadHeaders.sent.map((p) => `(?:${p})`).join('|'), 'iu'));
const threadAttribution = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.threadHeaders.attribution, 'iu'));
const threadDelimiter = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.threadHeaders.delimiters.map((p) => `(?:${p})`).join('|'), 'iu'));
const mailHeader = lazyRegExp(() => new RegExp([...vocabulary.pageFurniture.threadHeaders.from, ...vocabulary.pageFurniture.threadHeaders.sent, ...vocabulary.pageFurniture.threadHeaders.other, ...vocabulary.pageFurniture.threadHeaders.delimiters].map((p) => `(?:${p})`).join('|'), 'iu'));

/** A line of an e-mail's headers (`Lähettäjä: …`, `Aihe: …`, `-----Alkuperäinen viesti-----`). */
export function isMailHeader(text: string): boolean {
  return mailHeader.test(text);
}

/** An e-mail's sender line (`Lähettäjä: …`, `From: …`), which its other headers follow. */
export function isMailSender(text: string): boolean {
  return threadFrom.test(text);
}

/** How many lines below a quoted message's sender its date may stand (`Lähetetty:` after `Lähettäjä:`). */
const THREAD_HEADER_LINES = 3;

/** How far below a contact block's heading its first contact line may stand (a name and a title between). */
const CONTACT_BLOCK_REACH = 4;

/** Whether an e-mail address, a phone number or a contact person stands on one of the few lines below line `i`. */
/** An attachment's line: a file's name with its type, no space in the name (`Loppuraportti.pdf (PDF, 450 kt)`, `Toimintamalli_kuvaus.docx`). */
const ATTACHMENT_LINE = lazyRegExp(() => /^[^\s/]{1,120}\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip)(?:\s*\([^()]{0,30}\))?$/iu);

/** The most lines of a page's contact or attachment block between two sections. */
const BLOCK_BETWEEN_SECTIONS = 6;

/** Whether the lines below a block's heading at `i`, none a sentence, reach the layout's next heading within a few lines. */
function blockRunsToHeading(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  for (let j = i + 1; j < lines.length && j <= i + BLOCK_BETWEEN_SECTIONS + 1; j++) {
    if (j > i + 1 && isHeadingLine(lines[j], template)) return true;
    if (SENTENCE_END.test(lines[j].text) && !/@|\(at\)/iu.test(lines[j].text)) return false;
  }
  return false;
}

/** Whether an attachment's line stands right below the line at `i`. */
function attachmentFollows(lines: SourceLine[], i: number): boolean {
  return i + 1 < lines.length && ATTACHMENT_LINE.test(lines[i + 1].text);
}

function contactFollows(lines: SourceLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + CONTACT_BLOCK_REACH; j++) if (CONTACT_LINE.test(lines[j].text) || /\S\((?:at|a)\)\S/iu.test(lines[j].text) || CONTACT_PERSON.test(lines[j].text)) return true;
  return false;
}

/**
 * The first line of a reply's or forward's quoted message (`Lähettäjä: …` with `Lähetetty: …` below
 * it), or the delimiter above it (`-----Alkuperäinen viesti-----`).
 */
function isThreadHeader(lines: SourceLine[], i: number, bottom: number): boolean {
  // (A reply's attribution with the quoted lines right below it, `ti 12.3.2019 klo 10.15 Anna Virtanen <…>
  // kirjoitti:` / `> Hei,`: the message answered. Audit AQ of round 59.)
  if (i + 1 < bottom && lines[i + 1].text.startsWith('>') && lines[i].text.endsWith(':') && threadAttribution.test(lines[i].text)) return true;
  const first = lowerCode(lines[i].text.charCodeAt(0));
  if ((first === 45 || first === 98 || first === 97 || first === 118) && lines[i].text.length <= 80 && threadDelimiter.test(lines[i].text)) return true;
  if (!threadFrom.test(lines[i].text)) return false;
  for (let j = i + 1; j < Math.min(bottom, i + 1 + THREAD_HEADER_LINES); j++) if (threadSent.test(lines[j].text)) return true;
  return false;
}
/**
 * Whether the footer found at `start` is a quoted message right below the description's text — its
 * header there, no sign-off, signature or furniture phrase above it — and the message has sentences
 * of its own: a forward whose quoted part may speak of the description (`Kuvauksessa on virhe: …`),
 * kept in unmapped and said. (Below a reply's sign-off it is the message answered, a request for the
 * copy: furniture.)
 */
function quotedMessageRightBelow(lines: SourceLine[], top: number, start: number, bottom: number): boolean {
  if (!isThreadHeader(lines, start, bottom) || start <= top || isFurniturePhrase(lines[start - 1]) || isAnywhereFurniture(lines[start - 1].text)) return false;
  for (let i = start + 1; i < bottom; i++) if (!mailHeader.test(lines[i].text) && SENTENCE_END.test(lines[i].text) && lines[i].text.split(' ').length >= QUOTED_SENTENCE_WORDS) return true;
  return false;
}

/** The fewest words of a quoted message's line that make it a sentence of the message's own (not `Kiitos.`). */
const QUOTED_SENTENCE_WORDS = 3;

/** A closing phrase is short: a longer line is tried only against the patterns (a disclaimer). */
const SIGNATURE_START_LENGTH = 40;

/** The first two characters (lower case) of the closings and of the patterns' lines: a line starting otherwise starts no signature. */
const signatureFirstTwo = new Set([...vocabulary.pageFurniture.signatureStarts, ...vocabulary.pageFurniture.signatureStartPatternStarts].map((start) => lowerCode(start.charCodeAt(0)) * 65536 + lowerCode(start.charCodeAt(1))));

/** Where an e-mail's signature starts: a closing (`Terveisin`, `Best regards,`), `t. Matti`, a disclaimer. */
function isSignatureStart(text: string): boolean {
  if (!signatureFirstTwo.has(lowerCode(text.charCodeAt(0)) * 65536 + lowerCode(text.charCodeAt(1)))) return false;
  // (A comma after it ignored, `Kiitos,`, and an exclamation mark after a closing of words, `Kiitos ja
  // hyvää jatkoa!`; not after one word, `Kiitos!`, which a text may end with. Written with a capital,
  // as a mail's closing line is: a hard-wrapped sentence's last word, `kiitos.`, is none.)
  const closing = text.endsWith(',') || (text.endsWith('!') && text.includes(' ')) ? text.slice(0, -1) : text;
  if (text.length <= SIGNATURE_START_LENGTH && /^\p{Lu}/u.test(text) && signatureStarts.has(normaliseKey(closing))) return true;
  // In two languages: `Ystävällisin terveisin / Med vänliga hälsningar`.
  const slash = text.indexOf('/');
  if (slash > 0 && text.length <= SIGNATURE_START_LENGTH * 2 && signatureStarts.has(normaliseKey(text.slice(0, slash))) && signatureStarts.has(normaliseKey(text.slice(slash + 1).replace(/,$/u, '')))) return true;
  return signatureStartPattern.test(text);
}
/** Whether a line opens an e-mail's signature: its delimiter (`--`) or a closing (`Terveisin`, `t. Matti`). */
export function opensSignature(text: string): boolean {
  return (text.length <= 3 && signatureDelimiter.test(text)) || isSignatureStart(text);
}

/** Whether line `i` opens a forwarded or answered message's header (`Lähettäjä: …` / `Lähetetty: …`, or its delimiter). */
export function opensThread(lines: SourceLine[], i: number): boolean {
  return isThreadHeader(lines, i, lines.length);
}
const stopWords = new Set(vocabulary.headingStopWords.map(normaliseKey));
/** A word headings share without meaning (`Hankkeen`, `Projektin`: `headingStopWords`). */
export const isStopWord = (word: string): boolean => stopWords.has(normaliseKey(word));
const companionKeys = new Set(vocabulary.pageFurniture.companionPhrases.map(normaliseKey));
/** The funds' names (`Euroopan sosiaalirahasto`, `ERDF`: vocabulary `fundNames`). */
const fundNameKeys = new Set([...vocabulary.fundNames.ESR, ...vocabulary.fundNames.EAKR].map(normaliseKey));
/** The longest a running header or print stamp is looked at for (a wrapped copy's lines are shorter). */
const MAX_HEADER_LENGTH = 160;

/** The layout's title or banner, or a line that is furniture wherever it stands (a print stamp, a page count). */
function isPrintedFurniture(line: SourceLine, template: CompiledTemplate): boolean {
  const key = line.text.length <= 120 ? keyOf(line) : null;
  return (key !== null && (template.titleKeys.has(key) || isMadeOf(key, template.bannerKeys))) || isAnywhereFurniture(line.text);
}

/** Hard-wrapped copies break lines at 60–80 columns; a copy whose longest line is longer is not wrapped. */
const MAX_WRAP_WIDTH = 100;
const TITLE_LIKE_LENGTH = 80;

/** A short line that ends without punctuation and does not start like a list item: a title, a role, a heading. */
export function isTitleLike(text: string): boolean {
  if (text.length > TITLE_LIKE_LENGTH) return false;
  const last = text.charCodeAt(text.length - 1);
  // . ! ? : ; ,
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 44) return false;
  // (Nor with any other list marker, `▪`, a word processor's Symbol bullet U+F0B7, or its `o` or `a)`: audit FA of round 70.)
  const first = text.charCodeAt(0);
  return !/^[-–•*\d]/.test(text) && !isListMarkerCode(first) && !(first >= 97 && first <= 122 && WORD_LIST_MARK.test(text));
}

/** The words of a heading that carry meaning, cut to a stem so that inflected forms still meet. */
export function stems(text: string): string[] {
  const words = normaliseKey(text).match(/\p{L}{5,}/gu) ?? [];
  return words.filter((w) => !stopWords.has(w)).map((w) => w.slice(0, 6));
}

function sharesStem(text: string, headings: string[]): boolean {
  const own = new Set(stems(text));
  return headings.some((h) => stems(h).some((s) => own.has(s)));
}

/**
 * On a layout with headings of its own words (a page), a line standing alone that is no heading
 * or label of the layout but shares a meaningful word with one of its unnumbered headings, written
 * with a colon (`Hankkeen tulokset:` for `Tulokset`, `Hyvä käytäntö:`) or as a question: a
 * reworded heading, which must not run its text into the section before. Read as a heading the
 * layout does not know (said); a sub-heading of the text's own (`Tavoitteet:`) shares no word.
 */
function rewordedPageHeading(lines: SourceLine[], i: number, key: string, template: CompiledTemplate, facts: TextFacts): boolean {
  if (!template.definition.unknownHeadings || key === '' || !standsAlone(lines, i) || template.inlineLabels.has(key) || template.bareLabels.has(key)) return false;
  // (No heading holds a sentence's end before its last words: `Hankkeessa rakennettiin … kylään. Toiminta koostuu
  // kolmesta osasta:` is the text's intro to what follows. Audit EC of round 69.)
  if (SENTENCE_INSIDE.test(lines[i].text)) return false;
  // Only for a section whose own heading the page lacks (a page that has `Tulokset` writes
  // `Tulokset ja vaikutukset:` as a sub-heading of a text), and a question only for a question's heading.
  const question = key.endsWith('?');
  return template.sections.some(
    (section) => section.definition.number === null && facts.headingLine[section.index] === 0 && (!question || section.definition.headings.some((h) => h.endsWith('?'))) && sharesStem(key, section.definition.headings),
  );
}

/** Whether a numbered line's words have a word of a sibling subsection's heading that its own number's heading lacks (`välilliset` of 4.2 in `4.1 …`). */
function namesAnotherSubsection(text: string, number: string, template: CompiledTemplate): boolean {
  const parent = parentNumber(number);
  const own = new Set((template.sectionsByNumber.get(number) ?? []).flatMap((s) => s.definition.headings.flatMap(stems)));
  const written = new Set(stems(text));
  return template.sections.some((s) => s.definition.number !== null && s.definition.number !== number && s.definition.number.includes('.') && parentNumber(s.definition.number) === parent && s.definition.headings.flatMap(stems).some((stem) => !own.has(stem) && written.has(stem)));
}

/** Whether the text has a meaningful word none of the sections' headings has (it names something else besides). */
function hasOwnStems(text: string, sections: CompiledSection[]): boolean {
  const theirs = new Set(sections.flatMap((s) => s.definition.headings.flatMap(stems)));
  // A remark in brackets (`(suunniteltu)`) names nothing else.
  return stems(text.replace(/\([^)]*\)/gu, ' ')).some((stem) => !theirs.has(stem));
}

/**
 * Whether a line ends its paragraph as a sentence does — not a short question's mark: a question is a page's
 * heading as often (`Onko malli siirretty?` / `- 2 -` / its answer), but one that is long or follows another
 * sentence ends a paragraph. Reviews RV1 and RV3 of round 70.
 */
function endsParagraph(text: string): boolean {
  return /[.!]$/u.test(text) || (text.endsWith('?') && (text.length > 60 || SENTENCE_INSIDE.test(text)));
}

function standsAlone(lines: SourceLine[], i: number): boolean {
  // (A printed page's number or header between it and the blank line, `… euroa` / `Sivu 2 (5)`, is no text of its paragraph.)
  // (So is a page's number or header right below a sentence's end, `… koulutuksessa.` / `Sivu 2/5`: the page broke between paragraphs. Audit FA of round 70.)
  const blankAbove = lines[i].afterBlank || (i > 0 && (lines[i - 1].afterBlank || (i > 1 && endsParagraph(lines[i - 2].text))) && isAnywhereFurniture(lines[i - 1].text));
  return blankAbove && (i + 1 >= lines.length || lines[i + 1].afterBlank || (isAnywhereFurniture(lines[i + 1].text) && (i + 2 >= lines.length || lines[i + 2].afterBlank)));
}

/** True when the line is made only of the given phrases (glued banners such as `A B`). */
function isMadeOf(key: string | null, phrases: Set<string>): boolean {
  if (key === null || phrases.size === 0) return false;
  if (phrases.has(key)) return true;
  let rest = key;
  let progress = true;
  while (rest.length > 0 && progress) {
    progress = false;
    for (const phrase of phrases) {
      if (rest.startsWith(phrase)) {
        // (Two languages of a button, `Tulosta / Skriv ut`: the slash between is neither's.)
        rest = rest.slice(phrase.length).replace(/^\s*\/\s*/u, '').trim();
        progress = true;
      }
    }
  }
  return rest.length === 0;
}

/** Whether a line is one of the furniture phrases (a button, a link: `Hyväksy`, `Takaisin`). */
/** A Markdown link alone on its line: its text, then its address in brackets. */
const MARKDOWN_LINK_LINE = lazyRegExp(() => /^\[([^\]\n]{1,60})\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*\)$/u);

/**
 * A Markdown list's item at a page's top that is a furniture phrase, as a link or as its text
 * (`* [Etusivu](https://…)`, `* Hankkeet`): the site's menu. (Only in the run of furniture at the
 * top: inside a text such an item is the text's.)
 */
const MENU_ITEM_MARK = lazyRegExp(() => /^[*+-][ \t]+(?=\S)/u);
function isMenuItem(line: SourceLine): boolean {
  return MENU_ITEM_MARK.test(line.text) && line.text.length <= 120 && isFurniturePhrase({ ...line, text: line.text.replace(MENU_ITEM_MARK, ''), key: undefined, lead: undefined });
}
/**
 * A site's menu as a Markdown list at a page's top: two items or more, one a link at least
 * (`* [Etusivu](…)`, `* Ajankohtaista`, `* [Tietoa rakennerahasto-` / `ohjelmasta](…)`), each short and
 * no sentence, an item's link wrapped onto the lines below it. The index past its last line, else -1.
 */
function markdownMenuEnd(lines: SourceLine[], top: number): number {
  if (!MENU_ITEM_MARK.test(lines[top].text)) return -1;
  const items: string[] = [];
  let i = top;
  for (; i < lines.length && (i === top || !lines[i].afterBlank); i++) {
    const text = lines[i].text;
    if (MENU_ITEM_MARK.test(text)) items.push(text.replace(MENU_ITEM_MARK, ''));
    // (A line that goes on an item's link left open: its text or its address wrapped.)
    else if (items.length > 0 && opensLinkUnclosed(items[items.length - 1])) items[items.length - 1] += ` ${text.trim()}`;
    else break;
  }
  const links = items.filter((item) => MARKDOWN_LINK_IN_ITEM.test(item)).length;
  return items.length >= MENU_ITEMS && links > 0 && items.every((item) => item.length <= MENU_ITEM_LENGTH && !/[.!?:]$/u.test(item) && !opensLinkUnclosed(item)) ? i : -1;
}
/** The fewest items of a list at a page's top that make a menu. */
const MENU_ITEMS = 2;
/** The longest a menu's item is written, its link's address with it. */
const MENU_ITEM_LENGTH = 160;
const MARKDOWN_LINK_IN_ITEM = lazyRegExp(() => /^\[[^\]]+\]\([^()\s]*\)/u);
/** Whether an item opens a link's text or address and leaves it open (`[Tietoa rakennerahasto-`, `[Hankkeet](https://…/hankkeet-ja-`). */
function opensLinkUnclosed(item: string): boolean {
  return (item.startsWith('[') && !item.includes(']')) || (/\]\([^)]*$/u.test(item));
}

/** A text browser's link number before a link's text (`[3]Takaisin hakuun`, lynx -dump). */
const LINK_NUMBER = lazyRegExp(() => /^\[\d{1,3}\](?=\S)/u);

function isFurniturePhrase(line: SourceLine): boolean {
  // A button's or menu's link in a text browser's copy is that phrase (a text's `[1]Lähde…` is no phrase of the vocabulary).
  if (line.text.charCodeAt(0) === 91) {
    const link = LINK_NUMBER.exec(line.text);
    if (link !== null) return line.text.length - link[0].length <= 40 && furniturePhrases.has(normaliseKey(line.text.slice(link[0].length)));
    // A Markdown converter's link of a button (`[Takaisin hakuun](https://…/haku)`): the phrase it shows.
    const markdown = MARKDOWN_LINK_LINE.exec(line.text);
    if (markdown !== null) return markdown[1].length <= 40 && furniturePhrases.has(normaliseKey(markdown[1]));
  }
  if (line.text.length > 40 || (line.key === undefined && !furnitureStarts.admits(line.text, leadOf(line)))) return false;
  const key = keyOf(line);
  return key !== null && furniturePhrases.has(key);
}

/**
 * Whether a furniture word in lower case, with a full stop, is the end of the sentence on the line
 * above (`… osa palasi` / `takaisin.`): that line is text that does not end, and no furniture itself.
 * (A page's own buttons and links are written with a capital and no full stop, or stand after a
 * blank line, a sentence's end, a colon or a bar; without its full stop, `… ohjaustyössä` /
 * `palaute`, the word may be a button as well as a cut, and stays furniture.)
 */
export function endsSentenceAbove(above: SourceLine, line: SourceLine): boolean {
  // (The line above ends on a word of a sentence, `OPH:n` too: not an address, `www.savo.fi`, nor a button.)
  // (With a capital too below a conjunction or a comma, which no sentence ends with: `… paikallislehdissä ja` / `Facebook.`)
  return !line.afterBlank && (/^\p{Ll}/u.test(line.text) || GOES_ON_AFTER.test(above.text)) && /[.!?]$/u.test(line.text) && /\p{L}\s+[^\s.@/|]*\p{L},?$/u.test(above.text) && !isSharedFurniture(above);
}
/** A line that ends on a conjunction or a comma: its sentence goes on below. */
const GOES_ON_AFTER = lazyRegExp(() => new RegExp(`(?:\\s(?:${CONJUNCTIONS})|,)$`, 'u'));

/**
 * Whether a line is shared furniture, by line: asked of the same line by several of the reader's
 * passes, and each answer runs up to forty patterns. (A line's text never changes; a line made
 * from another, with other text, is another object.)
 */
const sharedFurnitureOf = new WeakMap<SourceLine, boolean>();

/** A line of the shared page-furniture vocabulary (menus, image links, `©`, `Palaute` …). */
export function isSharedFurniture(line: SourceLine): boolean {
  let known = sharedFurnitureOf.get(line);
  if (known === undefined) sharedFurnitureOf.set(line, (known = readsAsSharedFurniture(line)));
  return known;
}

function readsAsSharedFurniture(line: SourceLine): boolean {
  if (isFurniturePhrase(line)) return true;
  if (line.text.length > 200) return false;
  if (furniturePatterns.test(line.text)) return !(mayBeCopyright(line.text) && YEAR_THEN_LOWER_CASE.test(line.text));
  // Furniture phrases side by side (`Palaute | Saavutettavuusseloste`), or in two languages (`Tulosta / Skriv ut`).
  // (Such a line is short: a sentence with a dash or a slash in it is not looked at.)
  return line.text.length <= 80 && (line.text.includes('|') || line.text.includes('/') || line.text.includes(' – ') || line.text.includes(' - ')) && isPhrasesSideBySide(line.text);
}

/** The most items of a list between its intro and the furniture run below them. */
const LIST_ITEMS_ABOVE_RUN = 6;

/**
 * A contact sentence (`Lisätietoja antaa projektipäällikkö Anne Multas, puh. …`): words in lower case
 * after its first, three at least before its first comma, no organisation's name leading it (a
 * signature's `Kuusamon kaupunki, puh. …` is none. Review Y of round 59).
 */
function isContactSentence(text: string): boolean {
  if (text.length <= 40 || !/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(text)) return false;
  const lead = text.split(',')[0];
  return lead.split(/\s+/u).length >= 3 && !hasAnyOrganisationWord(lead);
}

/** The mark of a line at the text's end read as furniture that may be the text's own: kept in unmapped, said. */
const MAY_BE_TEXT = 9;
/** The mark of a signature closing the copy, its place and date and the signers below it (`signedBlockAt`). */
const SIGNED = 10;

/**
 * Whether the line right above or below is a label of a section the label `key` is of too, with its value, written
 * without a list's marker: a fields section's lines, among which a label after a marker is a label too. (Not another
 * section's: `- Maakunta: …` below a page's `Ennen hanketta: …` is the list's item. Review RVA of round 80.)
 */
function besideLabelOfItsSection(lines: SourceLine[], i: number, key: string, template: CompiledTemplate): boolean {
  const own = template.inlineLabels.get(key);
  if (own === undefined) return false;
  const isPlainLabel = (line: SourceLine | undefined) => line !== undefined && line.kind === 'label' && line.value !== '' && !opensWithListMarker(line.text) && (template.inlineLabels.get(line.labelKey!) ?? []).some((field) => own.some((o) => o.section === field.section));
  return isPlainLabel(lines[i - 1]) || isPlainLabel(lines[i + 1]);
}
/**
 * A line that is an organisation's name and nothing else: a list's item, no sentence, no furniture. (A compound
 * written with its hyphen counts as one word, `Uudenmaan ELY-keskus`.)
 */
function namesOrganisationAlone(line: SourceLine): boolean {
  return line.kind === 'text' && line.text.length <= 80 && !SENTENCE_END.test(line.text) && hasAnyOrganisationWord(line.text.replaceAll('-', '')) && !isSharedFurniture(line) && !isAnywhereFurniture(line.text);
}
/**
 * Whether a line that only a furniture pattern makes furniture may be the text's own (audit AN of
 * round 59): a line naming cookies that does not speak to the reader as a cookie notice does (a
 * final report's `… päivitti yritysten evästeasetukset.`, a list's `tietosuoja ja evästeet`; vocabulary
 * `cookieNoticeWords`), or names parted by bars that are no furniture phrases (`Kuusamon kaupunki |
 * Posion kunta | Taivalkosken kunta`, a slogan `Osallisuus | Työ | Hyvinvointi`).
 */
function mayBeOwnLineAtEnd(line: SourceLine): boolean {
  if (isFurniturePhrase(line) || isAnywhereFurniture(line.text) || isCopyrightLine(line.text)) return false;
  const text = line.text;
  // (Phrases side by side, one of them naming cookies, `Tietosuoja | Evästeet | Saavutettavuus`: a footer's links. Review Y.)
  if ((text.includes('|') || text.includes('/')) && isPhrasesSideBySide(text)) return false;
  // (Names parted by bars one of which is a furniture phrase: a site's links or a breadcrumb, `Etusivu | …`,
  // `Vaasan kaupunki | Tietosuoja | Evästeet`. Reviews Y and Z.)
  if (text.includes(' | ') && text.split('|').some((part) => furniturePhrases.has(normaliseKey(part)))) return false;
  // (A short link or button, no sentence, `Vain välttämättömät evästeet`, `Cookie policy`, is the page's;
  // a sentence, a passive's verb, `… evästeet huomioitiin`, a list's item or a long line may be the text's. Review Y.)
  if (COOKIE_WORD.test(text)) return !cookieNoticeWords.test(text) && (SENTENCE_END.test(text) || isListMarkerCode(text.charCodeAt(0)) || PASSIVE_VERB.test(text) || text.split(' ').length > SHORT_LINK_WORDS);
  // (Else names parted by bars, none of them a furniture phrase.)
  return text.includes(' | ') && BARRED_NAMES.test(text);
}
/** A Finnish passive's verb (vocabulary `passiveVerb`): a sentence's, no button's. */
const PASSIVE_VERB = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.passiveVerb, 'u'));
/** The most words of a page's link or button. */
const SHORT_LINK_WORDS = 5;
const COOKIE_WORD = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.cookieWord, 'iu'));
const cookieNoticeWords = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.cookieNoticeWords, 'iu'));
const BARRED_NAMES = lazyRegExp(() => /^[^|:]{1,40}(?:\s\|\s[^|:]{1,40}){2,}$/u);

/** Whether every part of a line parted by `|`, `/` or a spaced dash is a furniture phrase (`Palaute | Saavutettavuusseloste`, `Tulosta / Skriv ut`). */
function isPhrasesSideBySide(text: string): boolean {
  return text.split(/\||\/|\s[-–]\s/u).every((part) => furniturePhrases.has(normaliseKey(part)));
}

/**
 * The sections whose heading a line's text is. A numbered line may be any section's heading (it
 * is matched by its text, whatever its number); a line without a number only an un-numbered
 * section's: `Varsinaiset kohderyhmät:` in a summary is not the heading 3.2.
 */
function headingSections(template: CompiledTemplate, key: string, numbered: boolean): CompiledSection[] {
  const sections = template.sectionsByHeading.get(key);
  if (!sections || numbered) return sections ?? [];
  return sections.filter((s) => s.definition.number === null);
}

const NO_SECTIONS: CompiledSection[] = [];

/**
 * Computes what the classifier asks of the whole text. `headingsBefore`: the index of a second
 * description's title line (or the line count): headings from it on are the second's, not counted
 * where the first's sections are placed.
 */
/** How many label lines of the layout show whether a copy parts its fields by blank lines. */
const LABELS_SHOWING_PARTS = 8;
/** How many blank lines a page's furniture may set apart (above and below a copy, between its parts). */
const FURNITURE_BLANKS = 6;

function computeFacts(lines: SourceLine[], template: CompiledTemplate, hasTabs: boolean, headingsBefore = lines.length): TextFacts {
  const headingLine = new Int32Array(template.sections.length);
  let lastHeadingLine: Int32Array | null = null;
  let secondHeadingLine: Int32Array | null = null;
  let blankBefore = 0;
  let longest = 0;
  let longestLine: SourceLine | null = null;
  let longestAt = 0;
  // The first line the layout knows (a heading or a label of its own).
  let firstKnown = -1;
  let layoutLabelLines = 0;
  // (The layout's label lines above a second description's title, and of them those after a blank line.)
  let ownLabelLines = 0;
  let labelLinesAfterBlank = 0;
  let bulleted = 0;
  let tabbed = 0;
  const lastLabelLine = new Int32Array(template.sections.length);
  let projectCode: string | null = null;
  let organisationName: string | null = null;
  const headingIndices: number[] = [];
  // (Of several numbers: list items `1. Hanke kartoittaa …` / `1. Hanke kouluttaa …` start with one heading's word.)
  const gluedHeadingNumbers = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // (Not the blank lines that set a page's furniture apart above the description or below it, `Etusivu |
    // Hankkeet` / blank / a copy without blank lines / blank / `Jaa: Facebook`: its lines are not parted so.
    // Audit AE of round 57. Those below are taken off after the loop, where they may decide.)
    if (i > 0 && line.afterBlank && firstKnown !== -1) blankBefore++;
    // (A word alone, longer than the copy's width — a web address — shows no width: a wrap leaves it whole.)
    if (line.text.length > longest && isSpacedLine(line.text)) {
      longest = line.text.length;
      longestLine = line;
      longestAt = i;
    }
    if (line.kind === 'label') {
      const fields = template.inlineLabels.get(line.labelKey!) ?? template.bareLabels.get(line.labelKey!);
      if (fields !== undefined) {
        if (firstKnown === -1) firstKnown = i;
        layoutLabelLines++;
        if (i < headingsBefore) {
          ownLabelLines++;
          if (line.afterBlank) labelLinesAfterBlank++;
        }
        for (const field of fields) lastLabelLine[field.section.index] = line.position.start.line;
        // (A page's EURA id is its project's code, `EURA-tunnus: S21877`, as a print's running header writes it.)
        if (projectCode === null && (fields[0].definition.type === 'projectCode' || fields[0].definition.path === 'project.euraId') && /^[A-Z]\d{5}$/.test(line.value ?? '')) projectCode = line.value!;
        if (organisationName === null && fields[0].definition.path === 'organisation.name' && line.value) organisationName = normaliseKey(line.value);
      }
    }
    if (line.kind === 'label' && opensWithListMarker(line.text) && template.labelKeys.has(line.labelKey!)) bulleted++;
    else if (hasTabs && line.kind === 'text') {
      const tab = labelTab(line.text);
      if (tab > 0 && template.inlineLabels.has(normaliseKey(withoutListMarker(line.text.slice(0, tab).trim())))) tabbed++;
    }
    const key = i < headingsBefore ? headingKey(line, template) : null;
    const named = key ? template.sectionsByHeading.get(key) : undefined;
    if (named !== undefined) {
      headingIndices.push(i);
      if (firstKnown === -1) firstKnown = i;
    }
    if (named === undefined && line.kind === 'numbered' && i < headingsBefore && startsWithOwnHeading(line, template)) gluedHeadingNumbers.add(line.number!);
    let sections = named === undefined ? NO_SECTIONS : line.kind === 'numbered' ? named : named.filter((s) => s.definition.number === null);
    // A heading hard-wrapped onto the next line is in the text too.
    if (sections.length === 0 && line.kind !== 'label' && i < headingsBefore) {
      const wrapped = line.kind === 'numbered' ? wrappedHeading(line, lines[i + 1], template) : wrappedPlainHeading(line, lines[i + 1], template);
      if (wrapped) sections = wrapped.payload.sections;
    }
    for (const section of sections) {
      if (headingLine[section.index] === 0) headingLine[section.index] = line.position.start.line;
      else {
        (lastHeadingLine ??= new Int32Array(template.sections.length))[section.index] = line.position.start.line;
        secondHeadingLine ??= new Int32Array(template.sections.length);
        if (secondHeadingLine[section.index] === 0) secondHeadingLine[section.index] = line.position.start.line;
      }
    }
  }
  // The one heading of the layout in a copy, numbered, with a label of its section or a later one
  // above it (a flattened copy whose summary quotes `3.1 Maantieteellinen kohdealue`, below `Kunnat:
  // …`): the text's line, not where that section opens.
  if (headingIndices.length === 1 && lines[headingIndices[0]].kind === 'numbered' && template.definition.ordered) {
    const at = headingIndices[0];
    const named = template.sectionsByHeading.get(headingKey(lines[at], template) ?? '') ?? NO_SECTIONS;
    if (named.length > 0 && labelOfSectionAbove(lines, at, named, template)) {
      for (const section of named) if (headingLine[section.index] === lines[at].position.start.line) headingLine[section.index] = 0;
      headingIndices.length = 0;
    }
  }
  // The width a copy was wrapped at is its text's: the layout's title repeated as a running header,
  // or a print stamp, may be longer (a printed copy's header is no wrapped line). Looked at only
  // when the longest line is one (rarely): then the longest of the others.
  if (longestLine !== null && longest <= MAX_HEADER_LENGTH && isPrintedFurniture(longestLine, template)) {
    longest = 0;
    for (const line of lines) if (line.text.length > longest && isSpacedLine(line.text) && !isPrintedFurniture(line, template)) longest = line.text.length;
  } else if (longestAt < firstKnown && longest > MAX_WRAP_WIDTH / 2) {
    // So is a line above the description's first heading or label: an e-mail's attribution line
    // written above the quoted copy (`On 30 Nov 2026, at 14:05, Name <address> wrote:`), a sender's note.
    longest = 0;
    for (let i = firstKnown; i < lines.length; i++) if (lines[i].text.length > longest && isSpacedLine(lines[i].text)) longest = lines[i].text.length;
  }
  // (Furniture is asked of the lines after a blank only where a few blank lines decide: a copy parted by
  // blank lines has many more than furniture sets apart.)
  const blankParted = Math.max(2, Math.floor(lines.length / 10));
  if (blankBefore >= blankParted && blankBefore < blankParted + FURNITURE_BLANKS) {
    for (let i = Math.max(1, firstKnown + 1); i < lines.length; i++) if (lines[i].afterBlank && isSharedFurniture(lines[i])) blankBefore--;
  }
  return {
    headingLine,
    headingIndices,
    gluedHeadingLines: gluedHeadingNumbers.size,
    numberFormHeadings: 0,
    lastHeadingLine,
    secondHeadingLine,
    // (Not a description whose fields stand one right below another, few of them after a blank line: a flattened copy
    // with a signature, a page or a second copy below it, or whose summary kept its paragraphs — its blank lines are
    // those of what is below or of one text, and its block's entries would take in the summary. Audit WM of round 81.
    // A project page writes its facts so in its tidy form too.)
    blankSeparated: blankBefore >= blankParted && !(template.definition.page === undefined && ownLabelLines >= LABELS_SHOWING_PARTS && labelLinesAfterBlank * 4 < ownLabelLines),
    layoutLabelLines,
    wrapWidth: lines.length >= 8 && longest > 0 && longest <= MAX_WRAP_WIDTH && breaksMidSentence(lines, longest) ? longest : null,
    lastLine: lines.length > 0 ? lines[lines.length - 1].position.start.line : 0,
    unmatchedNumberedLine: null,
    tableHeaderLine: null,
    bulletedLabels: bulleted >= SEVERAL_LABELS,
    lastLabelLine,
    hasTabs,
    tabbedLabels: tabbed >= SEVERAL_LABELS,
    projectCode,
    organisationName,
    inProse: null,
    strayInFields: null,
    sentenceLabels: null,
    endsUnbroken: false,
    anotherDescriptionLine: null,
    furnitureLines: null,
    appendedTitleInText: null,
  };
}

/** The rest of a line after a section's heading, when it starts with the heading of that section's subsection and its text: the two apart. */
function subsectionHeadingIn(rest: SourceLine, section: CompiledSection, template: CompiledTemplate, facts: TextFacts): { heading: SourceLine; rest: SourceLine; sections: CompiledSection[] } | null {
  const parent = section.definition.number;
  if (rest.kind !== 'text' || parent === null || !rest.text.startsWith(`${parent}.`)) return null;
  const numbered = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/u.exec(rest.text);
  if (numbered === null || !(template.sectionsByNumber.get(numbered[1]) ?? []).some((sub) => sub.definition.number?.startsWith(`${parent}.`))) return null;
  const line: SourceLine = { kind: 'numbered', text: rest.text, number: numbered[1], value: numbered[2], valueKey: normaliseKey(numbered[2]), afterBlank: false, position: rest.position };
  return gluedHeading(line, template, facts);
}

/** Whether a numbered line starts with a heading of its number's section and goes on after a space or a colon (`3 Suunnitelman … toteutuksesta Hanke …`). */
function startsWithOwnHeading(line: SourceLine, template: CompiledTemplate): boolean {
  const value = line.value ?? '';
  const sections = template.sectionsByNumber.get(line.number!);
  if (sections === undefined || value.length < 4) return false;
  const first = value.charAt(0).toLowerCase();
  return sections.some((section) => section.definition.headings.some((written) => value.length > written.length + 1 && written.charAt(0).toLowerCase() === first && /[\s:]/u.test(value.charAt(written.length)) && normaliseKey(value.slice(0, written.length)) === normaliseKey(written)));
}
/** So many numbered lines starting with their heading make a copy whose headings ran into their lines (one may be a list's item). */
const SEVERAL_GLUED_HEADINGS = 3;

/** A line or value that ends like a sentence. */
export const SENTENCE_END = lazyRegExp(() => /[.!?]$/);

/**
 * Label lines that stand in prose and open no section by their labels. A section whose heading
 * is missing opens by a run of its labels; a `Label: value` sentence after text (`Kestävä
 * kehitys: mobiilikirjaus vähentää ajokilometrejä.` in a summary) with no other label of the
 * layout after it up to the next heading or the end is no such run; nor is a line after text
 * whose label, of one field only, stands again further down (the field is there). Such a line
 * is prose, with `label-in-text`; otherwise, in a copy cut or ending in its summary, nothing
 * after it would tell it from the section. A question answered by yes or no is followed by its
 * explanation, and a label without its value by the value: neither is looked at.
 */
function labelsInProse(tokens: LineToken[], template: CompiledTemplate): Set<LineToken> | null {
  let found: Set<LineToken> | null = null;
  let lastHeading: LineToken | null = null;
  let scanned = 0;
  let headed: Set<CompiledSection> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.tokenType !== Label) continue;
    let before = i - 1;
    while (before > 0 && tokens[before].tokenType === Furniture) before--;
    if (!isTextLike(tokens[before])) continue;
    const line = token.payload.line;
    if (!line.value || token.payload.fields.length === 0 || token.payload.fields.some((field) => field.form === 'trailing')) continue;
    // A label of the layout right after it: a run of fields. After text (a hard-wrapped value's
    // end, or prose), one before the next heading or the end: the section may be there.
    let k = i + 1;
    while (k < tokens.length && tokens[k].tokenType === Furniture) k++;
    const isLabel = (at: number) => at < tokens.length && (tokens[at].tokenType === Label || tokens[at].tokenType === BareLabel) && tokens[at].payload.fields.length > 0;
    if (isLabel(k)) continue;
    const textAfter = k < tokens.length && isTextLike(tokens[k]);
    while (k < tokens.length && (tokens[k].tokenType === Furniture || isTextLike(tokens[k]))) k++;
    // A value that is a sentence: a field's value is seldom one (`Suunniteltu: 80, joista naisia 35`
    // under a heading the copy lacks or words otherwise is a section of one field).
    if ((!isLabel(k) && SENTENCE_END.test(line.value)) || (token.payload.fields.length === 1 && labelAgain(tokens, k, line.labelKey!))) (found ??= new Set()).add(token);
    // Between two paragraphs of a text under a prose section's heading, with no field after it up to the next heading
    // or the end (`Kunnat: Järvikylä` in a summary): a section the copy has without its heading would
    // go on with its fields, not with text.
    // (Not a section right after the text's own, its heading left out: `Suunniteltu julkinen
    // rahoitus yhteensä: 250 000` / `Summaan sisältyy …` after 4.2's text is section 5 and its note.
    // Only a label of a section past others the copy lacks, or past the heading below it.)
    else if (textAfter && !isLabel(k)) {
      // (The heading above and the sections with a heading, found once: a long text of such lines stays linear.)
      while (scanned < i) {
        if (tokens[scanned].tokenType === Heading) lastHeading = tokens[scanned];
        scanned++;
      }
      headed ??= headedSections(tokens);
      if (!token.payload.fields.some((field) => headed!.has(field.section)) && outOfPlace(lastHeading, tokens[k], token.payload.fields, template, headed)) (found ??= new Set()).add(token);
    }
  }
  return found;
}

/** The longest line taken for a stray line between two fields. */
const STRAY_LINE_LENGTH = 300;
/** The most lines taken for stray lines between two fields together (a text between them is longer). */
const STRAY_LINES = 3;

/** Whether a line starts with a label of a section's fields, then a space and more (the label's colon lost). */
function startsWithLabelOf(section: CompiledSection, text: string): boolean {
  const key = normaliseKey(text);
  return section.fields.some((field) => field.definition.labels.some((label) => {
    const own = normaliseKey(label);
    return own !== '' && key.length > own.length + 1 && key.startsWith(own) && key.charCodeAt(own.length) === 32;
  }));
}

/** The fewest words before a sentence's colon, and after it, for a label the layout lacks to read as a sentence (`Faksi: 09 123 456` is none). */
const SENTENCE_LABEL_SIDE_WORDS = 3;
const SENTENCE_VALUE_SIDE_WORDS = 6;

/** See `TextFacts.sentenceLabels`. */
function sentencesWithColon(tokens: LineToken[]): Set<LineToken> | null {
  let found: Set<LineToken> | null = null;
  const words = (text: string | undefined) => (text ?? '').trim().split(/\s+/u).filter(Boolean).length;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.tokenType !== LabelText) continue;
    const line = token.payload.line;
    const next = tokens[k + 1];
    if (words(line.label) < SENTENCE_LABEL_SIDE_WORDS || words(line.value) < SENTENCE_VALUE_SIDE_WORDS || /^\d/u.test(line.value ?? '')) continue;
    if (next !== undefined && (next.tokenType === Label || next.tokenType === BareLabel)) continue;
    (found ??= new Set()).add(token);
  }
  return found;
}

/** See `TextFacts.strayInFields`. */
function strayLinesInFields(tokens: LineToken[]): Set<LineToken> | null {
  let found: Set<LineToken> | null = null;
  const fieldsOf = (token: LineToken | undefined) => (token !== undefined && (token.tokenType === Label || token.tokenType === BareLabel) ? token.payload.fields.filter((f) => f.section.definition.content === 'fields') : []);
  const stray = (token: LineToken) => isTextLike(token) && token.tokenType !== LabelText && token.payload.line.text.length <= STRAY_LINE_LENGTH;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!stray(tokens[i])) continue;
    // A run of a few such lines (furniture between them is passed over).
    const run: LineToken[] = [];
    let after = i;
    while (after < tokens.length && (tokens[after].tokenType === Furniture || stray(tokens[after])) && run.length <= STRAY_LINES) {
      if (tokens[after].tokenType !== Furniture) run.push(tokens[after]);
      after++;
    }
    let before = i - 1;
    // (Furniture between is passed over, and a line read as a label no field has: a print's header with its
    // time, `3.5.2018 9:41 … Välittävät verkostot -`, wrapped onto a stray line. Review of audit LA of round 75.)
    while (before > 0 && (tokens[before].tokenType === Furniture || tokens[before].tokenType === LabelText)) before--;
    const next = i;
    i = after - 1;
    if (run.length > STRAY_LINES || after >= tokens.length) continue;
    const above = fieldsOf(tokens[before]);
    const below = fieldsOf(tokens[after]);
    const first = tokens[next].payload.line.text;
    // (Or a label of the section below that lost its colon, as its first line: `Suunniteltu 25` / `Toteutunut …: 31`;
    // or that section's heading without its number, `Sukupuolten tasa-arvo`, over its first label.)
    const key = above.length > 0 && run.length === 1 ? normaliseKey(first) : '';
    if ((above.length > 0 && below.some((field) => above.some((other) => other.section === field.section) || field.section.headingKeys.has(key))) || (run.length === 1 && below.some((field) => startsWithLabelOf(field.section, first)))) {
      found ??= new Set();
      for (const token of run) found.add(token);
    }
  }
  return found;
}

/** Whether a label line with the key `key` stands at or after `from`. */
/**
 * Whether a label line under a prose section's heading (`heading`, the last above it) names sections
 * that cannot open there: each lies past a section the copy lacks (after the prose section's own),
 * or past the section of the heading right below its text (`next`).
 */
function outOfPlace(heading: LineToken | null, next: LineToken | undefined, fields: CompiledField[], template: CompiledTemplate, headed: Set<CompiledSection>): boolean {
  const above = heading === null ? null : (heading.payload.sections as CompiledSection[]);
  if (above === null || !above.some((section) => section.definition.content === 'prose')) return false;
  const from = lowestIndex(above);
  const below = next !== undefined && next.tokenType === Heading ? lowestIndex(next.payload.sections as CompiledSection[]) : Infinity;
  return fields.every((field) => {
    const to = field.section.index;
    if (below <= to) return true;
    return template.sections.some((section) => section.index > from && section.index < to && section.definition.content !== 'container' && !headed.has(section));
  });
}

function lowestIndex(sections: CompiledSection[]): number {
  let lowest = Infinity;
  for (const section of sections) if (section.index < lowest) lowest = section.index;
  return lowest;
}

/** The sections a heading of the text opens. */
function headedSections(tokens: LineToken[]): Set<CompiledSection> {
  const headed = new Set<CompiledSection>();
  for (const token of tokens) if (token.tokenType === Heading) for (const section of token.payload.sections as CompiledSection[]) headed.add(section);
  return headed;
}

function labelAgain(tokens: LineToken[], from: number, key: string): boolean {
  for (let i = from; i < tokens.length; i++) if ((tokens[i].tokenType === Label || tokens[i].tokenType === BareLabel) && tokens[i].payload.line.labelKey === key) return true;
  return false;
}

/**
 * Labels written after a list marker (`- Hankekoodi:`) or with a tab instead of the colon are read
 * as labels when the copy has at least this many: one such line in prose is the prose's own.
 */
const SEVERAL_LABELS = 3;

/** Where a tab ends a label at the start of a line (within a label's length), else -1: the long lines of prose are not scanned. */
/** A line that writes its label with a tab or a column gap at `tab`, as a label's line: the label, then the value after the white space. */
function tabLabelLine(line: SourceLine, tab: number, label: string): SourceLine {
  let valueFrom = tab;
  while (valueFrom < line.text.length && /\s/.test(line.text[valueFrom])) valueFrom++;
  const labelLine = sliceLine(line, 0, label, line.text.slice(valueFrom), valueFrom);
  labelLine.afterBlank = line.afterBlank;
  return labelLine;
}

/** The names each area list's field holds, by its record path: a name is known when its code is found. */
const AREA_LISTS = new Map<string, (name: string) => string | null>([
  ['targetArea.regions', (name) => regionCode(name)],
  ['targetArea.subRegions', (name) => subRegionCode(name)],
  ['targetArea.municipalities', (name) => municipalityCode(name)],
]);
const AREA_LIST_SEPARATOR = lazyRegExp(() => new RegExp(`\\s*[,;]\\s*|\\s+(?:${CONJUNCTIONS})\\s+`, 'u'));

/** Whether a name is a place an area list's field (by its record path) holds: a list written a name a line goes on with it after a page's break. */
export function isAreaOfList(path: string, name: string): boolean {
  const known = AREA_LISTS.get(path);
  return known !== undefined && known(name) !== null;
}

/** Whether every name of a line (`Liminka`, `Liminka ja Tyrnävä`, `Tyrnävä, Muhos.`) is a place the area list's field (by its record path) holds. */
export function namesAreasOfList(path: string, text: string): boolean {
  const names = text.replace(/\.$/u, '').split(AREA_LIST_SEPARATOR);
  return names.every((name) => name !== '' && isAreaOfList(path, name));
}

/** A line `Label names…` of an area list's label, without its colon, whose names are areas of the list's kind (all of a short list's, nine in ten of a long one's), as a label line; else null. */
const PLACE_NAME = lazyRegExp(() => /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u);

function spacedAreaLabel(line: SourceLine, template: CompiledTemplate): { line: SourceLine; fields: CompiledField[] } | null {
  const text = line.text;
  if (text.length > 4000 || /[.!?:]$/u.test(text) || !/^\p{Lu}/u.test(text)) return null;
  for (let space = text.indexOf(' '), words = 1; space > 0 && words <= 2; space = text.indexOf(' ', space + 1), words++) {
    // (A label with its colon, `Maakunta: Pohjois-Savo` where the layout does not take it, is none without one.)
    if (text.charCodeAt(space - 1) === 58) return null;
    // (Or with a semicolon where its colon was, as a scan's OCR reads one: `Kunnat; Rovaniemi, Ranua`.)
    const fields = template.inlineLabels.get(normaliseKey(text.slice(0, space).replace(/;$/u, '')));
    if (fields === undefined || fields.length !== 1) continue;
    const known = AREA_LISTS.get(fields[0].definition.path);
    if (known === undefined) return null;
    const names = text.slice(space + 1).split(AREA_LIST_SEPARATOR).filter((name) => name !== '');
    // (In a long list a name or two the field does not know may be a place written otherwise, `Koski, Tl`: said where mapped.)
    // (A shorter list may hold one a place's name the classification does not know, `Itä-Uusimaa`,
    // abolished: a name written so, in capitals and no more than three words, not a sentence's words.)
    const unknownNames = names.filter((name) => known(name) === null);
    const unknown = unknownNames.length;
    const placeLike = unknownNames.every((name) => PLACE_NAME.test(name));
    if (names.length === 0 || (unknown > 0 && !((names.length >= 5 && unknown <= names.length / 10) || (names.length >= 3 && unknown <= names.length / 3 && placeLike)))) return null;
    return { line: tabLabelLine(line, space, text.slice(0, space).replace(/;$/u, '')), fields };
  }
  return null;
}

/** A table row of two cells drawn with bars, a label's start and its value, above the label's end with its colon in the row below: the label's line; else null. */
function barredLabelRow(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate): { line: SourceLine; fields: CompiledField[] } | null {
  if (next === undefined || next.afterBlank || next.kind !== 'label' || next.value !== '' || next.text.length > 80) return null;
  const cells = /^\|\s*(?<label>[^|:]+?)\s*\|\s*(?<value>[^|]*?)\s*\|$/u.exec(line.text);
  if (cells === null) return null;
  const end = next.label!.replace(/\s*\|.*$/u, '');
  const label = `${cells.groups!.label} ${end}`;
  const fields = template.inlineLabels.get(normaliseKey(label));
  if (fields === undefined) return null;
  const from = line.text.indexOf(cells.groups!.label);
  const value = cells.groups!.value;
  const labelLine = sliceLine(line, from, label, value, value === '' ? line.text.length : line.text.indexOf(value, from + cells.groups!.label.length));
  labelLine.afterBlank = line.afterBlank;
  return { line: labelLine, fields };
}

/**
 * A table's row of two cells drawn with bars whose first cell is a label of the layout without its
 * colon (`| Hankkeen rahoittaja | Etelä-Savon ELY-keskus |`, a facts table a Markdown converter
 * wrote): that label's line, its value the second cell; else null. (An empty value cell is no
 * value: the row below is no more this label's than it would be the table's.)
 */
function barredCellLabel(line: SourceLine, template: CompiledTemplate): { line: SourceLine; fields: CompiledField[] } | null {
  if (line.text.length > 4000 || line.text.charCodeAt(line.text.length - 1) !== 124) return null;
  const cells = /^\|\s*(?<label>[^|:]+?)\s*\|\s*(?<value>[^|]*?\S)\s*\|$/u.exec(line.text);
  if (cells === null) return null;
  const fields = template.inlineLabels.get(normaliseKey(cells.groups!.label));
  if (fields === undefined) return null;
  const from = line.text.indexOf(cells.groups!.label);
  const value = cells.groups!.value;
  const labelLine = sliceLine(line, from, cells.groups!.label, value, line.text.indexOf(value, from + cells.groups!.label.length));
  labelLine.afterBlank = line.afterBlank;
  return { line: labelLine, fields };
}

function labelTab(text: string): number {
  // (A long value is a row too: `Kunnat<TAB>` and some sixty names.)
  if (text.length > 4000) return -1;
  const end = Math.min(text.length, 81);
  for (let i = 1; i < end; i++) if (text.charCodeAt(i) === 9) return i;
  return -1;
}

/**
 * A label of the layout wrapped over three lines in its column with its value beside the middle
 * one (`Suunnitelman` / `mukainen            Alkaa …` / `toteutusaika:`): the middle line as the label's
 * line, its label the three parts; null when the lines make no such label.
 */
function labelAroundValue(lines: SourceLine[], i: number, template: CompiledTemplate): { line: SourceLine; fields: CompiledField[] } | null {
  const middle = lines[i + 1];
  const end = lines[i + 2];
  if (middle === undefined || end === undefined || middle.kind !== 'text' || middle.afterBlank || end.kind !== 'label' || end.afterBlank || end.value !== '' || lines[i].text.length > 40) return null;
  if (!template.labelStarts.admits(lines[i].text, leadOf(lines[i]))) return null;
  const gap = middle.text.indexOf('  ');
  if (gap <= 0) return null;
  const label = joinLabelParts(joinLabelParts(lines[i].text, middle.text.slice(0, gap).trim()), end.label!);
  const fields = template.inlineLabels.get(normaliseKey(label));
  if (fields === undefined) return null;
  const labelLine = tabLabelLine(middle, gap, label);
  labelLine.labelKey = normaliseKey(label);
  labelLine.afterBlank = lines[i].afterBlank;
  labelLine.position = { start: lines[i].position.start, end: end.position.end };
  return { line: labelLine, fields };
}

/**
 * Where a gap of two spaces, else one space, parts a label's start from its value (among the first
 * 80 characters) so that the text before it ends a label by `endsLabel`; else -1. A gap of two
 * spaces is the column's; of single spaces only one may make a label (`Hankkeen yhteyshenkilön  …` /
 * `nimi:` is not `Hankkeen` / `nimi:`).
 */
function narrowLabelGap(text: string, endsLabel: (gap: number) => boolean): number {
  for (let at = text.indexOf('  '); at !== -1 && at <= 80; at = text.indexOf('  ', at + 1)) if (endsLabel(at)) return at;
  if (text.includes('  ')) return -1;
  let found = -1;
  for (let at = text.indexOf(' '); at !== -1 && at <= 80; at = text.indexOf(' ', at + 1)) {
    if (!endsLabel(at)) continue;
    if (found !== -1) return -1;
    found = at;
  }
  return found;
}

/** Where a run of three or more spaces parts a label's column from its value's (among the first 80 characters), else -1. */
function labelColumnGap(text: string): number {
  if (text.length > 300 || !/^\p{Lu}/u.test(text)) return -1;
  const end = Math.min(text.length - 3, 81);
  for (let i = 1; i < end; i++) {
    if (text.charCodeAt(i) !== 32 || text.charCodeAt(i + 1) !== 32 || text.charCodeAt(i + 2) !== 32) continue;
    // One gap: a table's row or header (`Maakunnat   Seutukunnat   Kunnat`) and justified prose have more.
    let value = i + 3;
    while (value < text.length && text.charCodeAt(value) === 32) value++;
    return text.indexOf('   ', value) === -1 ? i : -1;
  }
  return -1;
}

/** How many lines of a text are the layout's label, a column gap and a value: a copy in columns has several. */
function columnGapLabels(lines: SourceLine[], template: CompiledTemplate): number {
  let count = 0;
  for (const line of lines) {
    if (line.kind !== 'text' || !template.labelStarts.admits(line.text, leadOf(line))) continue;
    const gap = labelColumnGap(line.text);
    if (gap > 0 && template.inlineLabels.has(normaliseKey(line.text.slice(0, gap)))) count++;
  }
  return count;
}

/** How far below the longest line a line broken at the width may end (the next word did not fit). */
const WRAP_BAND = 25;

/**
 * Whether some line near the copy's longest stops mid-sentence and the next goes on in lower case
 * (or with a bracket, `(yhteishanke)`):
 * what a copy broken at a width has and a copy of short lines (a flattened short text, whose
 * every line is a field or a paragraph) has not. Short lines alone are no sign of wrapping.
 */
function breaksMidSentence(lines: SourceLine[], longest: number): boolean {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (next.afterBlank || line.text.length < longest - WRAP_BAND || /[.!?:]$/.test(line.text)) continue;
    if (/^[\p{Ll}(]/u.test(next.text)) return true;
  }
  return false;
}

/**
 * A yes/no question of the layout written without its colon: the question alone (its answer on
 * the next line), or followed by its answer (`… (valtavirtaistaminen) Kyllä`, or after a tab).
 */
function questionWithoutColon(line: SourceLine, template: CompiledTemplate): { line: SourceLine; fields: CompiledField[] } | null {
  if (template.questionLabels.length === 0 || line.text.length < 20) return null;
  // The question, and at most an answer after it: most lines are longer or shorter than any.
  let fits = false;
  for (const q of template.questionLabels) if (line.text.length >= q.key.length - 2 && line.text.length <= q.key.length + 12) fits = true;
  if (!fits) return null;
  if (!template.questionStarts.admits(line.text, leadOf(line))) return null;
  const words = line.text.split(/\s+/);
  for (const question of template.questionLabels) {
    if (words.length < question.words || words.length > question.words + 1) continue;
    const label = words.slice(0, question.words).join(' ');
    if (normaliseKey(label) !== question.key) continue;
    const answer = words.slice(question.words).join(' ');
    if (answer !== '' && parseYesNo(answer).problem !== undefined) continue;
    const valueFrom = answer === '' ? line.text.length : line.text.lastIndexOf(answer);
    const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
    const labelLine: SourceLine = {
      kind: 'label',
      text: line.text,
      label,
      labelKey: question.key,
      value: answer,
      afterBlank: line.afterBlank,
      position: line.position,
      valuePosition: answer === '' ? undefined : { start: at(valueFrom), end: line.position.end },
    };
    return { line: labelLine, fields: question.fields };
  }
  return null;
}

/** A line whose label is a sentence followed by a label of the layout: the sentence as text, and the field. */
function labelAfterSentence(line: SourceLine, template: CompiledTemplate, label = line.label!, questionsOnly = false): { text: SourceLine; label: SourceLine; fields: CompiledField[] } | null {
  for (let end = label.search(/[.!?]\s+\S/u); end !== -1; ) {
    let from = end + 1;
    while (/\s/.test(label[from])) from++;
    const key = normaliseKey(label.slice(from));
    const fields = template.inlineLabels.get(key);
    if (fields && (!questionsOnly || fields.every((f) => f.definition.type === 'yesNoText'))) {
      let valueFrom = label.length + 1;
      while (valueFrom < line.text.length && /\s/.test(line.text[valueFrom])) valueFrom++;
      const labelLine = sliceLine(line, from, label.slice(from), line.text.slice(valueFrom), valueFrom);
      const before = label.slice(0, end + 1);
      const text: SourceLine = { kind: 'text', text: before, afterBlank: line.afterBlank, position: { start: line.position.start, end: { line: line.position.start.line, column: line.position.start.column + before.length, offset: line.position.start.offset + before.length } } };
      return { text, label: labelLine, fields };
    }
    const next = label.slice(from).search(/[.!?]\s+\S/u);
    end = next === -1 ? -1 : from + next;
  }
  return null;
}

/**
 * A label the layout lacks whose last words are a label of the field above's section, written in its
 * capital (`Etelä-Savo Aloituspäivä`, `liikenne- ja ympäristökeskus EURA-tunnus`), right below that
 * field: a copy reflowed so that the field's value ran onto the next line, before the next label. The
 * words before the label are that value (the field above has none: `Maakunta:` / `Etelä-Savo
 * Aloituspäivä: …`) or its end (`… elinkeino-,` / `liikenne- ja …`), said by the field as a value
 * on the line below or as one going on over two lines (a warning where they start with a capital).
 * The line's two parts, else null.
 */
function valueRunIntoLabel(line: SourceLine, above: LineToken | undefined, template: CompiledTemplate): { value: SourceLine; label: SourceLine } | null {
  if (above === undefined || above.tokenType !== Label || line.afterBlank) return null;
  // (A line starting with a figure is lexed as numbered: `3 (EAKR) Erityistavoite: …`, the axis's end.)
  if (line.kind === 'label' ? template.inlineLabels.has(line.labelKey!) || template.bareLabels.has(line.labelKey!) : line.text.indexOf(': ') === -1) return null;
  const label = line.kind === 'label' ? line.label! : line.text.slice(0, line.text.indexOf(': '));
  const aboveSections = new Set(above.payload.fields.map((f) => f.section));
  const aboveValue = above.payload.line.value ?? '';
  WORD_START_CAPITAL.lastIndex = 1;
  for (let match = WORD_START_CAPITAL.exec(label); match !== null; match = WORD_START_CAPITAL.exec(label)) {
    const key = normaliseKey(label.slice(match.index));
    const fields = template.inlineLabels.get(key);
    // (Or the next section's heading with its colon, `… parantaminen Lyhyt selostus hankkeesta:`, the value going on in lower case.)
    const heading = fields === undefined && line.kind === 'label' && line.value === '' && /^\p{Ll}/u.test(label) && headingSections(template, key, false).length > 0;
    if (!heading && (fields === undefined || !fields.some((f) => aboveSections.has(f.section)))) continue;
    const head = label.slice(0, match.index).trim();
    // (Not a sentence before the label, `… kanssa. Kunnat: …`: prose, said as an unknown label.)
    if (/[.!?](?:\s+\p{Lu}|$)/u.test(head)) return null;
    // Only where the words cannot start the label: they go on in lower case, with a figure or a bracket
    // (`liikenne- ja …`, `3 (EAKR) …`), or after a value left unfinished (`… elinkeino-,`, `… ja`), or
    // they are the value of an empty label above — not one word ending as a label's first does
    // (`Hankkeen`, `Rahoittajan`: `Hankkeen EURA-tunnus:` is a label the layout lacks, the value above whole).
    const goesOn = /^[\p{Ll}\d(]/u.test(head) || VALUE_GOES_ON_AT_END.test(aboveValue);
    const belowEmpty = aboveValue === '' && !(!/\s/u.test(head) && (isStopWord(head) || /n$/u.test(head)));
    if (!goesOn && !belowEmpty) return null;
    let valueFrom = label.length + 1;
    while (valueFrom < line.text.length && WHITE_SPACE.test(line.text[valueFrom])) valueFrom++;
    return { value: { ...linePart(line, 0, head.length), afterBlank: false }, label: sliceLine(line, match.index, label.slice(match.index), line.text.slice(valueFrom), valueFrom) };
  }
  return null;
}

/** A heading's number in a form the line lexer does not take for one: `3.3)`, `9 –`, `8 b)`, `B.`, `9:`. */
const ENUMERATED_HEADING = lazyRegExp(() => /^(?<number>\d{1,2}(?:\.\d{1,2})*)?\s*(?<letter>(?<=\d\s*)[a-z]|(?<!\d)[A-Za-z])?\s*(?:[).:]|\s[-–—])\s*(?<rest>\p{L}.*)$/u);

/** A heading's number with a comma, a stray space or a dash after its dot (`6, …`, `8,2 …`, `8, 2 …`, `3 .4 …`, `6. - …`). */
const IRREGULAR_NUMBER_HEADING = lazyRegExp(() => /^(?<major>\d{1,2})(?:(?:, ?|\s\.)(?<minor>\d{1,2}))?(?:,|\.?\s+[-–—])?\s+(?<rest>\p{Lu}.*)$/u);
const GLUED_NUMBER_HEADING = lazyRegExp(() => /^(?<number>\d{1,2}(?:\.\d{1,2})*)\.?(?<rest>\p{Lu}.*)$/u);
const BULLETED_HEADING = lazyRegExp(() => /^[-–•*·] (?<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?<rest>\p{Lu}.*)$/u);
/** A numbered heading after a scan's stray mark, and a space or none (`'9 Loppuraportin …`, `| 8.1 …`; no other bar on the line). */
const STRAY_MARK_HEADING = lazyRegExp(() => new RegExp(`^${SCAN_MARK_CLASS} ?(?<number>\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(?<rest>\\p{Lu}[^|]*)$`, 'u'));

/**
 * A heading numbered in Roman numerals (`V Projektin julkinen rahoitus`, `IV. Kohderyhmät`), or a
 * subsection's with its Arabic number after a dot (`VIII.2 Kestävä kehitys`, `VII.1 …`).
 */
const ROMAN_HEADING = lazyRegExp(() => /^(?<roman>I{1,3}|IV|VI{0,3}|IX|X)(?:\.(?<sub>\d{1,2}))?[.)]?\s+(?<rest>\p{Lu}.*)$/u);
/** A heading's number after a word or sign (vocabulary `headingNumberWords`): `§ 7 …`, `Osa 7: …`. */
const WORDED_NUMBER_HEADING = lazyRegExp(() => new RegExp(`^(?:${vocabulary.headingNumberWords.words.map((word) => escapeRegExp(word)).join('|')})\\s*(?<number>\\d{1,2}(?:\\.\\d{1,2})*)\\.?[:)]?\\s+(?<rest>\\p{Lu}.*)$`, 'u'));
const HEADING_NUMBER_WORD_STARTS = new Set(vocabulary.headingNumberWords.words.map((word) => word.charAt(0)));
const ROMAN_VALUES: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

function enumeratedHeading(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): LineToken | null {
  const line = lines[i];
  const first = line.text.charCodeAt(0);
  const second = line.text.charCodeAt(1);
  // A numbered heading with a scan's stray mark before it (`'9 Loppuraportin tiivistelmä`, `| 8.1 …`,
  // `» 7.2 …`: an OCR's reading of a page's speck or edge): the heading, by its words and its own number.
  if (isScanMarkCode(first)) {
    const stray = STRAY_MARK_HEADING.exec(line.text);
    if (stray !== null) {
      const own = headingByText(line, stray.groups!.rest, stray.groups!.number, undefined, template, facts, true);
      if (own !== null) return own;
    }
  }
  // A numbered heading with a list's marker before it (`- 4.2 Välilliset kohderyhmät`, `• 3.3 …`: a
  // word processor's or Markdown's list): the heading, by its words (another number said, as for any heading).
  if ((first === 45 || first === 0x2022 || first === 42 || first === 0x2013 || first === 0xb7) && second === 32 && isDigitCode(line.text.charCodeAt(2))) {
    const bulleted = BULLETED_HEADING.exec(line.text);
    if (bulleted === null) return null;
    return headingByText(line, bulleted.groups!.rest, bulleted.groups!.number, undefined, template, facts);
  }
  // A word or sign before the number (`§7 Projektin julkinen rahoitus, euroa`, `Osa 7: …`): the
  // heading, by its words, where the number is the section's own.
  if (HEADING_NUMBER_WORD_STARTS.has(line.text.charAt(0))) {
    const worded = WORDED_NUMBER_HEADING.exec(line.text);
    if (worded !== null) {
      const own = headingByText(line, worded.groups!.rest, worded.groups!.number, undefined, template, facts, true);
      if (own !== null) return own;
    }
  }
  // (I, V or X, and another of them, a dot, a bracket or a space.)
  if ((first === 73 || first === 86 || first === 88) && (second === 73 || second === 86 || second === 88 || second === 46 || second === 41 || second === 32)) {
    const roman = ROMAN_HEADING.exec(line.text);
    if (roman !== null) {
      // A numeral that is the section's own number (`VII.1` for 7.1, `III` for 3): the heading, as an
      // Arabic number would be, wherever it stands — a copy numbered in Roman throughout has no other
      // heading to stand between.
      const { roman: numeral, sub, rest } = roman.groups!;
      const number = sub === undefined ? String(ROMAN_VALUES[numeral]) : `${ROMAN_VALUES[numeral]}.${Number(sub)}`;
      // (Not where the same line stands again further down: that one is the heading, this one a
      // reference to it in the text, `Tasa-arvosta tarkemmin luvussa` / `VIII.1 Sukupuolten tasa-arvo`.)
      const own = writtenAgainBelow(lines, i) ? null : headingByText(line, rest, number, undefined, template, facts, true);
      if (own !== null) return own;
      // (Standing apart, after a blank line: `I Kartoitus` / `II Hankkeen kohderyhmät` in a list is the list's.)
      if (line.afterBlank) return headingByText(line, rest, undefined, 'I', template, facts);
      return null;
    }
  }
  // A digit first, or one letter and its bracket or dot: most lines are looked at no further; after
  // the digits and dots of a number, a bracket, a dot, a colon, a dash, or a letter and its bracket.
  if (!isDigitCode(first) && second !== 41 && second !== 46) return null;
  if (isDigitCode(first)) {
    let k = 1;
    while (k < line.text.length && (isDigitCode(line.text.charCodeAt(k)) || line.text.charCodeAt(k) === 46)) k++;
    const dotted = line.text.charCodeAt(k - 1) === 46;
    // The space after the number lost (`3.3Välilliset kohderyhmät`, `5.Projektin julkinen rahoitus`):
    // the heading, by its words.
    const glued = k > 1 && (dotted || line.text.lastIndexOf('.', k) > 0) && /\p{Lu}/u.test(line.text[k] ?? '') ? GLUED_NUMBER_HEADING.exec(line.text) : null;
    if (glued !== null) {
      return headingByText(line, glued.groups!.rest, glued.groups!.number, undefined, template, facts);
    }
    while (k < line.text.length && /\s/u.test(line.text[k])) k++;
    const after = line.text.charCodeAt(k);
    const next = line.text.charCodeAt(k + 1);
    // A number written with a comma or a stray space or dash (`6, Tiedotus …`, `8,2 Kestävä kehitys`,
    // `3 .4 …`, `6. - Tiedotus …`): the heading, by its words, where the number is the section's own.
    // (Audit JB of round 73.)
    if (after === 44 || after === 46 || after === 45 || after === 0x2013 || after === 0x2014) {
      const irregular = IRREGULAR_NUMBER_HEADING.exec(line.text);
      if (irregular !== null) {
        const { major, minor, rest } = irregular.groups!;
        const own = headingByText(line, rest, minor === undefined ? major : `${major}.${minor}`, undefined, template, facts, true);
        if (own !== null) return own;
      }
    }
    const marks = dotted || after === 41 || after === 46 || after === 58 || after === 45 || after === 0x2013 || after === 0x2014 || ((next === 41 || next === 46) && after >= 97 && after <= 122);
    if (!marks) return null;
  }
  const match = ENUMERATED_HEADING.exec(line.text);
  if (match === null || (match.groups!.number === undefined && match.groups!.letter === undefined)) return null;
  return headingByText(line, match.groups!.rest, match.groups!.number, match.groups!.letter, template, facts);
}

/** `onlyOwnNumber`: only a section whose number is `number` (a Roman numeral's value). */
/** Whether the line's text is written again on a later line. */
function writtenAgainBelow(lines: SourceLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text === lines[i].text) return true;
  return false;
}

function headingByText(line: SourceLine, rest: string, number: string | undefined, letter: string | undefined, template: CompiledTemplate, facts: TextFacts, onlyOwnNumber = false): LineToken | null {
  const everyNamed = template.sectionsByHeading.get(normaliseKey(rest));
  const named = onlyOwnNumber ? everyNamed?.filter((section) => section.definition.number === number) : everyNamed;
  if (named === undefined || named.length === 0) return null;
  // Only where the section's heading may stand, its own heading not elsewhere in the text (a list
  // item naming a heading, `1) Varsinaiset kohderyhmät` in a summary, is text); a letter alone
  // (`B.`, a Roman numeral) only between the headings of the sections around it.
  const lineNumber = line.position.start.line;
  const sections = named.filter((section) => placeable(section, lineNumber, template, facts.headingLine) && (number !== undefined || between(section, lineNumber, template, facts.headingLine)));
  if (sections.length === 0) return null;
  // Another number than the section's own (`3.4) Välilliset kohderyhmät` for 3.3, a technical-assistance
  // copy's `4) Projektin julkinen rahoitus, euroa`): read by its text, and said, as numbered headings are.
  const renumbered = letter === undefined && number !== undefined && !sections.some((section) => section.definition.number === number);
  // With a letter (`8 b)`, `B.`, `V`) the number is not the section's own: the line is read whole, by its text.
  const heading: SourceLine =
    letter === undefined
      ? { ...line, kind: 'numbered', number, label: undefined, labelKey: undefined, value: rest, valueKey: shortKey(rest), key: undefined, lead: undefined, tokenType: undefined }
      : { ...line, kind: 'text', label: undefined, labelKey: undefined, value: undefined, valueKey: undefined, key: undefined, lead: undefined, tokenType: undefined };
  const ownNumber = letter === undefined && number !== undefined && !renumbered;
  if (ownNumber) facts.numberFormHeadings++;
  return lineToken(Heading, heading, { sections, variant: renumbered ? false : ownNumber ? 'numberForm' : 'reworded' });
}

const questionHeadings = new WeakMap<CompiledTemplate, boolean>();
/** Whether a heading of the layout is a question (a page's `Onko malli siirretty?`): only then are lines looked at for one. */
function hasQuestionHeadings(template: CompiledTemplate): boolean {
  let has = questionHeadings.get(template);
  if (has === undefined) {
    has = template.sections.some((section) => section.definition.headings.some((heading) => heading.endsWith('?')));
    questionHeadings.set(template, has);
  }
  return has;
}

/** The longest question heading a line may start with. */
const QUESTION_HEADING_LENGTH = 80;

/** `Onko malli siirretty? Kyllä, …`: a heading of the layout that is a question, then its answer; else null. */
function questionThenAnswer(line: SourceLine, template: CompiledTemplate): { heading: SourceLine; answer: SourceLine; sections: CompiledSection[] } | null {
  if (!hasQuestionHeadings(template)) return null;
  const mark = line.text.indexOf('?');
  if (mark < 3 || mark > QUESTION_HEADING_LENGTH || mark + 1 >= line.text.length || !/\s/u.test(line.text[mark + 1])) return null;
  const sections = headingSections(template, normaliseKey(line.text.slice(0, mark + 1)), false);
  if (sections.length === 0) return null;
  const rest = line.text.slice(mark + 1);
  const skipped = rest.length - rest.trimStart().length;
  const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
  return {
    heading: { kind: 'text', text: line.text.slice(0, mark + 1), afterBlank: line.afterBlank, position: { start: line.position.start, end: at(mark + 1) } },
    answer: { kind: 'text', text: rest.trim(), afterBlank: false, position: { start: at(mark + 1 + skipped), end: line.position.end } },
    sections,
  };
}

/** A `Heading: text` line as its two parts: the heading (up to the colon) and the text after it. */
function headingAndText(line: SourceLine): [SourceLine, SourceLine] {
  const valuePosition = line.valuePosition!;
  const at = line.text.indexOf(':');
  const colon = { line: line.position.start.line, column: line.position.start.column + at, offset: line.position.start.offset + at };
  const part = (text: string, position: SourceLine['position'], afterBlank: boolean): SourceLine => ({ kind: 'text', text, afterBlank, position });
  return [part(line.label!, { start: line.position.start, end: colon }, line.afterBlank), part(line.value!, valuePosition, false)];
}

/** The kinds of field whose value is figures, which a bare page count after a wide gap may be. */
const FIGURE_TYPES = new Set(['amount', 'indicator', 'date', 'period', 'budgetRange', 'phone', 'postalCode', 'businessId', 'projectCode']);

/** Page furniture a print set beside a value after a wide gap (vocabulary `besideValue`, `printDateTime`). */
/** A print's gap between columns: three spaces (or no-break spaces) or a tab. */
const WIDE_GAP = '(?:[ \\u00a0]{3,}|\\t)';
const FURNITURE_BESIDE_VALUE = lazyRegExp(() => new RegExp(`${WIDE_GAP}(?:${vocabulary.pageFurniture.besideValue}|${vocabulary.pageFurniture.printDateTime})$`, 'iu'));
const WIDE_GAP_AT_END = lazyRegExp(() => new RegExp(`${WIDE_GAP}$`, 'u'));

/**
 * A field's line with a print's page count or date set beside its value after a wide gap
 * (`Puhelinnumero: 03 555 2222      2/5`): the line without it, and the furniture apart; else null.
 * (Audit AJ of round 58: the count was read into the value, unsaid.)
 */
function furnitureBesideValue(line: SourceLine, fields: CompiledField[]): [SourceLine, SourceLine] | null {
  const value = line.value;
  if (value === undefined || value.length < 4 || line.valuePosition === undefined) return null;
  const last = value.charCodeAt(value.length - 1);
  if (!isDigitCode(last) && last !== 41 && last !== 45) return null;
  // (Most lines have no wide gap at all: looked for first, cheaply.)
  const text = line.text;
  if (!text.includes('   ') && !text.includes('\t') && !text.includes('\u00a0')) return null;
  const valueStart = line.valuePosition.start.offset - line.position.start.offset;
  // (Or an empty label's, the gap before the value: `Postitoimipaikka:      - 2 -`. Tested with that gap.)
  const gapBefore = WIDE_GAP_AT_END.test(text.slice(0, valueStart));
  const match = FURNITURE_BESIDE_VALUE.exec(gapBefore ? `   ${value}` : value);
  if (match === null) return null;
  // Where the value is cut, -1 for none of it.
  const cut = gapBefore ? (match.index === 0 ? -1 : match.index - 3) : match.index;
  if (cut === 0) return null;
  // (The whole value so, a bare `2 (5)` or `2/5`, only in a field of no figures: in a count's, `80 (35)`,
  // `20 / 25`, it may be the count written so. Reviews W and X of round 58.)
  if (cut === -1 && !/\p{L}/u.test(match[0]) && !/^\s*-\s*\d{1,3}\s*-$/u.test(match[0]) && !isDateTimeAlone(match[0].trim()) && fields.some((field) => FIGURE_TYPES.has(field.definition.type))) return null;
  const gapStart = cut === -1 ? text.slice(0, valueStart).trimEnd().length : valueStart + cut;
  const furnitureStart = text.length - match[0].trimStart().length;
  const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
  const kept = cut === -1 ? '' : value.slice(0, cut).trimEnd();
  return [
    { ...line, text: text.slice(0, gapStart).trimEnd(), value: kept, valueKey: undefined, key: undefined, lead: undefined, tokenType: undefined, position: { start: line.position.start, end: at(gapStart) }, valuePosition: kept === '' ? undefined : { start: line.valuePosition.start, end: at(gapStart) } },
    { kind: 'text', text: text.slice(furnitureStart), afterBlank: false, position: { start: at(furnitureStart), end: line.position.end } },
  ];
}

/** Text of a line that is furniture by the vocabulary alone, wherever it stands: a phrase (`Lähetetty iPhonesta`), a pattern's line, an anywhere line. */
/** A page's furniture phrase alone (`Tulosta`, `Sivun alkuun`), or a copyright line: no entry of a list of organisations. */
export function isFurnitureInList(text: string): boolean {
  return (text.length <= 100 && furnitureStarts.admits(text) && furniturePhrases.has(normaliseKey(text))) || isCopyrightLine(text);
}

export function isFurnitureText(text: string): boolean {
  return (text.length <= 100 && furnitureStarts.admits(text) && furniturePhrases.has(normaliseKey(text))) || (text.length <= 200 && furniturePatterns.test(text)) || isAnywhereFurniture(text);
}

/**
 * Text of a line that a furniture pattern makes furniture (a cookie notice, `Tämä sivusto käyttää
 * evästeitä. Hyväksy evästeet`), or that is furniture wherever it stands: not a phrase alone, which may be
 * a text's terse word (`Uutiset`), nor a line that may be the text's own (names parted by bars,
 * `Kuusamon kaupunki | Posion kunta`; a sentence that mentions cookies).
 */
export function isFurniturePatternText(text: string): boolean {
  if (isAnywhereFurniture(text)) return true;
  return text.length <= 200 && furniturePatterns.test(text) && !(mayBeCopyright(text) && YEAR_THEN_LOWER_CASE.test(text)) && !mayBeOwnLineAtEnd({ kind: 'text', text, afterBlank: false } as SourceLine);
}

/** A line that is furniture wherever it stands (an image link, a share line). */
export function isAnywhereFurniture(text: string): boolean {
  // A printed copy's header or footer ends in its page count (`…    Sivu 1/5`): only a line that
  // ends like one is tried (values end in digits too).
  const last = text.charCodeAt(text.length - 1);
  if (((last >= 48 && last <= 57) || last === 41) && text.length <= 160 && endsLikePageCount(text) && anywhereEndFurniture.test(text)) return true;
  // Image links may be long; a share line is short: the long lines of prose are not tested, nor
  // lines that start unlike every anywhere line (most of them: one character looked at).
  const first = text.charCodeAt(0);
  if (SENT_FROM_FIRST.has(first) && text.length <= SENT_FROM_LONGEST && sentFromStarts.admits(text) && sentFromKeys.has(normaliseKey(text))) return true;
  const one = lowerCode(first);
  if (!anywhereStarts.has(one)) {
    const starts = anywhereStarts.get(one * 65536 + lowerCode(text.charCodeAt(1)));
    // The start in full, where it is longer than its first two characters (`tulostettu`, not `Tuki`).
    if (starts === undefined || !starts.some((start) => start.length <= 2 || text.slice(0, start.length).toLowerCase() === start)) return false;
  }
  // (So may a table's rule, `-----  ------`, under a converter's table as wide as its page.)
  // (A Markdown table's rule and empty header row are as wide as its widest cell: a list of eighty municipalities.)
  const long = first === 33 /* ! */ || first === 91 /* [ */ || first === 45 /* - */ || first === 61 /* = */ || first === 43 /* + */ || first === 0x2500 || first === 0x2550;
  if ((long ? text.length <= 400 : first === 124 /* | */ ? text.length <= 4000 : text.length <= 120) && (anywhereFurniture.test(text) || (first >= 48 && first <= 57 && anywhereCasedFurniture.test(text)))) return true;
  // Two such lines side by side, a column's gap between them, as a print sets its header's cells
  // (`EURA 2014 - Hankkeen kuvaus    Tulostettu 12.3.2019 klo 10.41`). Audit LC of round 75.
  return text.length <= 160 && (text.includes('  ') || text.includes('\t')) && furnitureSideBySide(text);
}

/** A line of two parts, a column's gap between them, each a line that is furniture anywhere. */
function furnitureSideBySide(text: string): boolean {
  const parts = COLUMN_GAP_SPLIT.exec(text);
  // (Not two page counts, `2/5    3/5`, nor two lines of one kind, `Päivitetty 12.3.2019    Päivitetty 14.5.2019`: a table's
  // row of figures or dates in columns. Review RVA of round 75.)
  if (parts === null || (isPageCountLine(parts[1]) && isPageCountLine(parts[2])) || parts[1].split(' ')[0].toLowerCase() === parts[2].split(' ')[0].toLowerCase()) return false;
  return isAnywhereFurniture(parts[1]) && isAnywhereFurniture(parts[2]);
}
const COLUMN_GAP_SPLIT = lazyRegExp(() => /^(\S.*?)(?: {2,}|\t+)(\S.*)$/u);

/** The longest site name of `printTitleSites` and its dash: how far from a line's end the dash before a site's name may stand. */
const PRINT_SITE_SPAN = Math.max(...vocabulary.pageFurniture.printTitleSites.map((site) => site.length)) + 4;

/** Whether a dash or a bar between spaces (` - `, ` – `, ` | `) stands among the line's last characters. */
function dashNearEnd(text: string): boolean {
  for (let i = Math.max(1, text.length - PRINT_SITE_SPAN); i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if ((code === 45 || code === 8211 || code === 8212 || code === 124) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}
const printSiteEnds = new Set(vocabulary.pageFurniture.printTitleSites.map((site) => lowerCode(site.charCodeAt(site.length - 1))));

const WEB_ADDRESS_ALONE = lazyRegExp(() => /^(?:https?:\/\/|www\.)\S+$/iu);

/** A date and time alone (`30.11.2026 14.05`): a browser print's, beside its header's or footer's other line. */
const DATE_TIME_ALONE = lazyRegExp(() => new RegExp(`^${vocabulary.pageFurniture.printDateTime}$`, 'iu'));

/** A page's title with its site's name (`Työkykyä yhdessä - Rakennerahastot`): only lines that end like a site's name are tried. */
function isPrintTitle(text: string): boolean {
  return printSiteEnds.has(lowerCode(text.charCodeAt(text.length - 1))) && text.length <= 160 && dashNearEnd(text) && PRINT_TITLE_SITE.test(text);
}

/**
 * A print header's page title with its site's name and, after a gap, the page's address (a Firefox print:
 * `Osallisuuden askeleet … - Rakennerahastot      https://www.rakennerahastot.fi/…`) or the print's date and
 * time (`ESR-hankkeen kuvaus – Rakennerahastot   7.12.2026 14.32`: audit KB of round 74).
 */
const GAP_THEN_ADDRESS = lazyRegExp(() => /(?:\s{2,}|\t)(?:https?:\/\/|www\.)\S+$/iu);
const GAP_THEN_DATE_TIME = lazyRegExp(() => new RegExp(`(?:\\s{2,}|\\t)${vocabulary.pageFurniture.printDateTime}$`, 'iu'));
function isPrintTitleWithAddressOrTime(text: string): boolean {
  const address = text.length <= 300 && text.includes('://') ? GAP_THEN_ADDRESS.exec(text) : null;
  if (address !== null) return isPrintTitle(text.slice(0, address.index));
  const last = text.charCodeAt(text.length - 1);
  const time = last >= 48 && last <= 57 && text.length <= 200 && (text.includes('  ') || text.includes('\t')) ? GAP_THEN_DATE_TIME.exec(text) : null;
  return time !== null && isPrintTitle(text.slice(0, time.index));
}

export function isDateTimeAlone(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && DATE_TIME_ALONE.test(text);
}

/**
 * A browser print's header split over two lines: the date and time alone, right above or below
 * the page's title with its site's name or another line of a print's header or footer; and that
 * title line beside the date and time. (Alone, either may be a text's: `12.3.2015 klo 10.00`, a
 * list item ending `- Rakennerahastot`.)
 */
function isPrintStampBeside(lines: SourceLine[], i: number): boolean {
  const text = lines[i].text;
  const beside = (j: number) => j >= 0 && j < lines.length;
  if (isDateTimeAlone(text)) return [i - 1, i + 1].some((j) => beside(j) && (isPrintTitle(lines[j].text) || isAnywhereFurniture(lines[j].text)));
  // (Or with the page's address alone below it: a Firefox header over two lines. Or right below the page
  // before's footer, its address and page count, `https://www.rakennerahastot.fi/… 2/3`: a Chrome print's
  // header with its date, `6.5.2021 Nuorten polut työhön - Rakennerahastot`, after the break. Audit BP of round 65.)
  return isPrintTitle(text) && ([i - 1, i + 1].some((j) => beside(j) && isDateTimeAlone(lines[j].text)) || (beside(i + 1) && WEB_ADDRESS_ALONE.test(lines[i + 1].text) && isAnywhereFurniture(lines[i + 1].text)) || (beside(i - 1) && ADDRESS_THEN_PAGE_COUNT.test(lines[i - 1].text) && !opensWithListMarker(text)));
}

/** A print's footer: the page's address, then its page count (`https://www.rakennerahastot.fi/hanke?id=S21234 2/3`). */
const ADDRESS_THEN_PAGE_COUNT = lazyRegExp(() => /^(?:https?:\/\/|www\.)\S+\s+\d{1,3}\s*\/\s*\d{1,3}$/iu);

/** Whether a line ends like a page count: a number in brackets (`3 (5)`), or a `/` or `of` among its last characters (`1/5`, `1 of 5`). */
function endsLikePageCount(text: string): boolean {
  if (text.charCodeAt(text.length - 1) === 41) return isDigitCode(text.charCodeAt(text.length - 2)) || /\s/.test(text.charAt(text.length - 2));
  for (let i = Math.max(0, text.length - 12); i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 47 || (code === 111 && text.charCodeAt(i + 1) === 102)) return true;
  }
  return false;
}

/**
 * The starts of `anywhereStarts` (lower case) by their first two characters as one number (one
 * character's code for a start of one): one look at a line's first characters turns most lines away.
 */
const anywhereStarts = new Map<number, string[]>();
for (const written of vocabulary.pageFurniture.anywhereStarts) {
  const start = written.toLowerCase();
  const code = start.length === 1 ? lowerCode(start.charCodeAt(0)) : lowerCode(start.charCodeAt(0)) * 65536 + lowerCode(start.charCodeAt(1));
  anywhereStarts.set(code, [...(anywhereStarts.get(code) ?? []), start]);
}

function sliceLine(line: SourceLine, from: number, label: string, value: string, valueFrom: number, labelKey = normaliseKey(label)): SourceLine {
  const start = { line: line.position.start.line, column: line.position.start.column + from, offset: line.position.start.offset + from };
  return {
    kind: 'label',
    text: line.text.slice(from),
    label,
    labelKey,
    value,
    afterBlank: false,
    position: { start, end: line.position.end },
    valuePosition: value
      ? {
          start: { line: start.line, column: line.position.start.column + valueFrom, offset: line.position.start.offset + valueFrom },
          end: line.position.end,
        }
      : undefined,
  };
}

/** How many labels alone without their colons make a copy of a table's cells, one a line. */
const CELL_LABELS = 4;
/** As many `Label: value` lines of the layout as make a copy written with colons (an excerpt of one section has fewer). */
const COLON_LABELS_OF_A_WHOLE = 10;

/** The line at `i` as its label without the colon, its value on the next line: a label of the layout alone above a line of text. */
function cellLabelAt(lines: SourceLine[], i: number, template: CompiledTemplate): { line: SourceLine; fields: CompiledField[] } | null {
  const line = lines[i];
  const next = lines[i + 1];
  // (A value may lex as a label of a number, the 2007–2013 axis's `5: Tekninen tuki`.)
  if (next === undefined || (next.kind === 'label' && !/^\d{1,2}$/u.test(next.label!)) || line.text.length > 80 || /[.!?:]$/u.test(line.text)) return null;
  const key = keyOf(line);
  const fields = key === null ? undefined : template.inlineLabels.get(key);
  if (fields === undefined) return null;
  return { line: { ...line, kind: 'label', label: line.text, labelKey: key!, value: '', valuePosition: undefined, key: undefined, lead: undefined, tokenType: undefined }, fields };
}

/** The line at `i` as the label, without its colon, of a list of lines whose first item below it has a list's marker (`Hankkeen aikana` / `-Yhteistyö tiivistyi`). */
function listLabelAt(lines: SourceLine[], i: number, template: CompiledTemplate): { line: SourceLine; fields: CompiledField[] } | null {
  const line = lines[i];
  const next = lines[i + 1];
  if (next === undefined || line.text.length > 60 || /[.!?:]$/u.test(line.text) || !opensWithListMarker(next.text)) return null;
  const key = keyOf(line);
  const fields = key === null ? undefined : template.inlineLabels.get(key)?.filter((field) => field.definition.type === 'lines' && field.form === 'trailing');
  if (fields === undefined || fields.length === 0) return null;
  return { line: { ...line, kind: 'label', label: line.text, labelKey: key!, value: '', valuePosition: undefined, key: undefined, lead: undefined, tokenType: undefined }, fields };
}

function countCellLabels(lines: SourceLine[], template: CompiledTemplate): number {
  let count = 0;
  for (let i = 0; i < lines.length && count < CELL_LABELS; i++) {
    if (lines[i].kind === 'text' && template.labelStarts.admits(lines[i].text, leadOf(lines[i])) && cellLabelAt(lines, i, template) !== null) {
      count++;
      i++;
    }
  }
  return count;
}

/** The longest a label's words after a colon typed inside it may be. */
const INSIDE_COLON_WORDS = 60;

/** Whether a label's value has a colon a few words in, not a web address's (`http://`): rare. */
function mayHaveColonInsideLabel(value: string): boolean {
  const colon = value.indexOf(':');
  return colon > 0 && colon <= INSIDE_COLON_WORDS && value.charCodeAt(colon + 1) !== 47;
}

/** The line read with a label of the layout that has a colon typed inside it, else null. */
function colonInsideLabel(line: SourceLine, template: CompiledTemplate): SourceLine | null {
  const value = line.value!;
  const colon = value.indexOf(':');
  if (colon > INSIDE_COLON_WORDS || value.charCodeAt(colon + 1) === 47) return null;
  const key = normaliseKey(`${line.label} ${value.slice(0, colon)}`);
  if (!template.inlineLabels.has(key)) return null;
  const valueStart = line.valuePosition!.start.offset - line.position.start.offset;
  const labelEnd = valueStart + colon;
  let valueFrom = labelEnd + 1;
  while (valueFrom < line.text.length && /\s/u.test(line.text[valueFrom])) valueFrom++;
  return { ...sliceLine(line, 0, line.text.slice(0, labelEnd), line.text.slice(valueFrom), valueFrom), labelKey: key, afterBlank: line.afterBlank };
}

/**
 * A label line whose value holds another label of the layout followed by its colon: the two
 * fields, each as its own line part. Only lines with a second colon or a tab are looked at.
 */
function splitGlued(line: SourceLine, template: CompiledTemplate, fields: CompiledField[], facts: TextFacts, labelsOfText: () => Map<string, number>): SourceLine[] | null {
  const value = line.value ?? '';
  if (value.indexOf(':') === -1 && value.indexOf('\t') === -1) return null;
  const sections = new Set(fields.map((f) => f.section));
  // Without blank lines (a flattened copy) a section's last field runs into the next fields
  // section's labels (`Postitoimipaikka: Suunniteltu: 12`): when the line's field is the last of its
  // section, a label of the next fields section, written with its capital, splits too (not
  // `Hankkeen nimi: Maakunnat: uusi alku`, not `Asema: Kehittäjä, Maakunnat: …`).
  const next = facts.blankSeparated ? null : nextFieldsSectionAfterLast(template, fields);
  return splitAtLabel(line, template, sections, next, labelsOfText);
}

/** The next fields section in template order when one of `fields` is the last field of its section, else null. */
function nextFieldsSectionAfterLast(template: CompiledTemplate, fields: CompiledField[]): CompiledSection | null {
  for (const field of fields) {
    if (field.index !== field.section.fields.length - 1) continue;
    for (let i = field.section.index + 1; i < template.sections.length; i++) if (template.sections[i].definition.content === 'fields') return template.sections[i];
  }
  return null;
}

const HTML_BREAK_BEFORE = lazyRegExp(() => /<br\s*\/?>$/iu);

/**
 * A line's value split where another field's label of its section is glued into it, at each such
 * label (`Postinumero: 00120 Postitoimipaikka: Helsinki`); null when there is none. (A loop, not a
 * recursion: a line may glue any number of fields.)
 */
function splitAtLabel(line: SourceLine, template: CompiledTemplate, sections: Set<CompiledSection>, next: CompiledSection | null = null, labelsOfText: () => Map<string, number> = () => new Map()): SourceLine[] | null {
  const parts: SourceLine[] = [];
  const brackets = new BracketsOf(line.text);
  let rest = line;
  // (Each part's text is the line's from an offset on: `shift`.)
  let shift = 0;
  for (let split = splitAtFirstLabel(rest, shift, brackets, template, sections, next, labelsOfText); split !== null; split = splitAtFirstLabel(rest, shift, brackets, template, sections, next, labelsOfText)) {
    parts.push(split[0]);
    shift += rest.text.length - split[1].text.length;
    rest = split[1];
  }
  return parts.length === 0 ? null : [...parts, rest];
}

/** Where a line opens and closes brackets, found at the first question (most lines are never asked). */
class BracketsOf {
  private opening: number[] | null = null;
  private closing: number[] | null = null;
  constructor(private readonly text: string) {}

  /** Whether the text between two offsets leaves a bracket open at its end (its last bracket opens one). */
  openBetween(from: number, to: number): boolean {
    this.opening ??= positionsOf(this.text, '(', 0);
    this.closing ??= positionsOf(this.text, ')', 0);
    const opened = lastBefore(this.opening, to);
    return opened >= from && opened > lastBefore(this.closing, to);
  }
}

/** The positions of a character in a text from an offset on, in order. */
function positionsOf(text: string, character: string, from: number): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(character, from); at !== -1; at = text.indexOf(character, at + 1)) positions.push(at);
  return positions;
}

/** The last of sorted positions before an offset, or -1. */
function lastBefore(positions: number[], offset: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : positions[low - 1];
}

/** A dot, an asterisk or white space: what a label's key leaves out at its end (leaders before a colon, `Nimi .....:`, `Nimi *:`). */
function isLeaderMark(code: number): boolean {
  return code === 46 || code === 42 || code === 32 || code === 9 || code === 0xa0;
}

/** Whether a text has a comma right before an offset, white space between them aside (from `from` on). */
function commaBefore(text: string, offset: number, from: number): boolean {
  let at = offset - 1;
  while (at >= from && /\s/.test(text[at])) at--;
  return at >= from && text.charCodeAt(at) === 44;
}

/**
 * The line split at the first label glued into its value (the value before it, and the label's
 * line with the rest), or null. Each look at a candidate label costs what the label's length does,
 * not the value's: a value may be megabytes long (issue 16).
 */
function splitAtFirstLabel(line: SourceLine, shift: number, brackets: BracketsOf, template: CompiledTemplate, sections: Set<CompiledSection>, next: CompiledSection | null, labelsOfText: () => Map<string, number>): [SourceLine, SourceLine] | null {
  const text = line.text;
  const valueStart = line.valuePosition ? line.valuePosition.start.offset - line.position.start.offset : text.length;
  // A label has no more letters than the longest label's key (its spaces aside), with room for stray marks.
  const longestSpan = 2 * template.longestLabelLength + 16;
  for (let colon = text.indexOf(':', valueStart); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (text.charCodeAt(colon + 1) === 47) continue; // `://` of a URL
    // Candidate starts: word boundaries before the colon, up to the longest label's word count;
    // the longest label that fits wins (`Projektin kotisivun osoite`, not `osoite`).
    // A label also starts where a word turns from lower to upper case: a value and the next label
    // run together without a space (`Polku eteenpäinToimintalinja: 5. …`), as copied table cells do.
    let found = -1;
    let foundLabel = '';
    let foundKey = '';
    let words = 0;
    let letters = 0;
    // (Leader dots or asterisks before the colon, `Toimintalinja ......:`, which a key leaves out: not counted.)
    let leaderFrom = colon;
    while (leaderFrom > valueStart && isLeaderMark(text.charCodeAt(leaderFrom - 1))) leaderFrom--;
    for (let start = colon - 1; start >= valueStart && words < template.longestLabelWords && letters <= longestSpan; start--) {
      if (start < leaderFrom && !/\s/.test(text[start])) letters++;
      // (An HTML line break left in a copy, `93601<br>Postitoimipaikka: …`, parts words too.)
      const atWord = start === valueStart || /\s/.test(text[start - 1]) || (text.charCodeAt(start - 1) === 62 && HTML_BREAK_BEFORE.test(text.slice(Math.max(valueStart, start - 6), start)));
      if (atWord) words++;
      // (Or after a figure, a sentence's mark or a closing bracket — `Ratatie 22Puhelinnumero: …`,
      // `TUKEE!Toimintalinja: …` — or after a capital where the label is written in its own case,
      // `HELSINKIWWW-osoite: …`; not a word in capitals that ends like a label, `VERKKO-OSIO:`,
      // `KÄYNTIOSOITE:`, nor after a hyphen.)
      else if (!/\p{Lu}/u.test(text[start]) || !(/[\p{Ll}\d!?.)"'»”]/u.test(text[start - 1]) || (/\p{Lu}/u.test(text[start - 1]) && /\p{Ll}/u.test(text.slice(start, colon))))) continue;
      const labelText = text.slice(start, colon).trim();
      const key = normaliseKey(labelText);
      // Only a label of the same section splits (or of a later one, in a copy without blank lines):
      // `Hankkeen nimi: Nuoret ja Y-tunnus: uusi alku` is one name.
      // (Or a label retyped as a line of its own may be, `WWW–osoite:`, `Ytunnus:`: the layout's label. Audit FA of round 70.)
      // (At a word's start, or right after a letter or a figure, `PL 13Puhelin numero:`: `…/?Ytunnus:0832600-5` in a web
      // address is none. Reviews RV2, RV3.)
      // (Glued so, only a word's start in its capital: `(EAKR) Erityistavoite:` is no label `R) Erityistavoite`.)
      const retyped = template.labelKeys.has(key) || !(atWord || (/[\p{L}\d]/u.test(text[start - 1]) && /^\p{Lu}\p{Ll}/u.test(labelText))) ? null : retypedLabel(key, template);
      const fields = retyped === null ? template.inlineLabels.get(key) ?? template.bareLabels.get(key) : template.inlineLabels.get(retyped) ?? template.bareLabels.get(retyped);
      // At the value's very start it is an empty field glued to the next (`WWW-osoite:⇥Hankkeen yhteyshenkilön nimi: …`).
      const later = (f: CompiledField) => f.section === next && /^\p{Lu}/u.test(labelText);
      // In lower case after a comma or inside brackets (`020 610 6000, sähköposti: kirjaamo(at)thl.fi`,
      // `www.thl.fi (yleinen sähköposti: …)`), a label's word is the value's own remark — where the
      // text writes every field of that label on a line of its own too (else a glued field in lower
      // case, `PL 13, postinumero: 93601`).
      // Inside brackets a label in capitals is a remark too (`0832600-5 (vanha Y-tunnus: 0245437-2)`).
      const hasBefore = start > valueStart;
      const inBrackets = hasBefore && brackets.openBetween(valueStart + shift, start + shift);
      // (So is, inside brackets, another wording of the line's own field: `Business ID: 2764310-2 (vanha
      // Y-tunnus: 2519804-1)` in an English rendering, whose text has no other `Y-tunnus:` line.)
      const ownField = inBrackets && fields !== undefined && fields.some((f) => (template.inlineLabels.get(line.labelKey ?? '') ?? []).includes(f));
      // (Counted by the layout's label a retyped one stands for: `(entinen Ytunnus: …)` beside a `Y-tunnus:` line is a remark. Review RV2.)
      const remark = hasBefore && (ownField || ((inBrackets || (/^\p{Ll}/u.test(labelText) && commaBefore(text, start, valueStart))) && (labelsOfText().get(retyped ?? key) ?? 0) >= (fields?.length ?? 1)));
      // (Nor a label read with a bracket's closing figure before it, `80 (naisia 35) Toteutunut …:`, an enumerator's
      // `35)` where a bracket of the value is open: the label starts after it. Audit IB of round 72.)
      const closesValueBracket = inBrackets && /^\d{1,3}\)/u.test(labelText);
      if (fields && !remark && !closesValueBracket && fields.some((f) => sections.has(f.section) || later(f))) {
        found = start;
        foundLabel = labelText;
        foundKey = retyped ?? key;
      }
    }
    if (found === -1) continue;
    // (A web form's or a table's separator between the two, `S21734; Hankkeen nimi: …`, is neither's.)
    const before = text.slice(valueStart, found).trim().replace(/\s*(?:[;|,]|(?:<br\s*\/?>\s*)+)$/iu, '');
    const firstEnd = before.length === 0 ? text.lastIndexOf(':', valueStart) + 1 : found;
    const first = partBefore(line, firstEnd, before, found);
    let valueFrom = colon + 1;
    while (valueFrom < text.length && /\s/.test(text[valueFrom])) valueFrom++;
    return [first, sliceLine(line, found, foundLabel, text.slice(valueFrom), valueFrom, foundKey)];
  }
  return null;
}

/**
 * A value with another field's label of its section glued after it without the label's colon
 * (`Hakijan virallinen nimi: Pohjolan ammattiopisto Organisaatiotyyppi Ammatillinen oppilaitos`,
 * a tab or spaces between): split there when the text writes that label nowhere else, it stands at
 * a word's start in its capital and a value follows it. Said as a warning where read (the words may
 * be the value's own). Null when there is none.
 */
function splitAtLabelWithoutColon(line: SourceLine, template: CompiledTemplate, sections: Set<CompiledSection>, labelsOfText: () => Map<string, number>): SourceLine[] | null {
  if (line.valuePosition === undefined || (line.value ?? '').length > GLUED_VALUE_LONGEST) return null;
  const parts: SourceLine[] = [];
  let rest: SourceLine = line;
  for (let split = gluedLabelSplit(rest, template, sections, labelsOfText); split !== null; split = gluedLabelSplit(rest, template, sections, labelsOfText)) {
    parts.push(split[0]);
    rest = split[1];
  }
  return parts.length === 0 ? null : [...parts, rest];
}

/**
 * A block's heading of the value's own section run into the value without a colon, with the block's
 * entries after it (`…-menettely: Tuen siirto Tuen siirronsaajat Pohjolan Kylät ry, 3909926-3 …`, a
 * copy that joined a section's lines): the value, and the block with its entries as on a line of its
 * own. Only with a Y-tunnus after the heading: `Tuen siirto` alone is a value's own words. Null when there is none.
 */
function blockGluedAfterValue(line: SourceLine, fields: CompiledField[]): [SourceLine, SourceLine] | null {
  const value = line.value ?? '';
  // (Most lines are passed over at once: their section has no block, or the value no Y-tunnus after a word.)
  const blocks = organisationBlocksOf(fields);
  if (blocks.length === 0 || line.valuePosition === undefined || value.length < BLOCK_GLUED_SHORTEST || !HAS_BUSINESS_ID.test(value)) return null;
  const valueStart = line.valuePosition.start.offset - line.position.start.offset;
  const best = blockHeadingInValue(blocks, value);
  if (best === null) return null;
  const firstValue = value.slice(0, best.start).trim().replace(/\s*[;|,]$/u, '');
  if (firstValue.length === 0) return null;
  const start = valueStart + best.start;
  let valueFrom = start + best.label.length;
  while (valueFrom < line.text.length && WHITE_SPACE.test(line.text[valueFrom])) valueFrom++;
  return [partBefore(line, start, firstValue, start), sliceLine(line, start, best.label, line.text.slice(valueFrom), valueFrom)];
}

/**
 * The first heading of one of `blocks` (organisations blocks) inside a value after its start, a word
 * of its own with a Y-tunnus after it (`Tuen siirto Tuen siirronsaajat Pohjolan Kylät ry, 3909926-3`):
 * where it starts, its words and its block; null when there is none.
 */
export function blockHeadingInValue(blocks: readonly CompiledField[], value: string): { start: number; label: string; field: CompiledField } | null {
  let best: { start: number; label: string; field: CompiledField } | null = null;
  for (const field of blocks) {
    for (const label of field.definition.labels) {
      for (let at = value.indexOf(label, 1); at !== -1; at = value.indexOf(label, at + 1)) {
        const end = at + label.length;
        if (!/\s/u.test(value[at - 1]) || (end < value.length && !/\s/u.test(value[end])) || !HAS_BUSINESS_ID.test(value.slice(end))) continue;
        if (best === null || at < best.start) best = { start: at, label, field };
        break;
      }
    }
  }
  return best;
}

/** The shortest value a block's heading and an entry can be glued into (`Yhteishanke Osatoteuttajat A ry, 1234567-8`). */
const BLOCK_GLUED_SHORTEST = 30;
const organisationBlocks = new WeakMap<CompiledField[], CompiledField[]>();
/** The organisations blocks of the sections of a label's fields, worked out once for each label's fields. */
function organisationBlocksOf(fields: CompiledField[]): CompiledField[] {
  let blocks = organisationBlocks.get(fields);
  if (blocks === undefined) organisationBlocks.set(fields, (blocks = [...new Set(fields.flatMap((f) => f.section.fields))].filter((field) => field.form === 'block' && field.definition.type === 'organisations')));
  return blocks;
}

/** The first split of {@link splitAtLabelWithoutColon}: the line's own field, and the glued one with the rest of the line. */
function gluedLabelSplit(line: SourceLine, template: CompiledTemplate, sections: Set<CompiledSection>, labelsOfText: () => Map<string, number>): [SourceLine, SourceLine] | null {
  const text = line.text;
  if (line.valuePosition === undefined) return null;
  const valueStart = line.valuePosition.start.offset - line.position.start.offset;
  // (A capital after white space, as a label's first letter: looked for by one expression, not letter by letter.)
  WORD_START_CAPITAL.lastIndex = valueStart + 1;
  for (let match = WORD_START_CAPITAL.exec(text); match !== null; match = WORD_START_CAPITAL.exec(text)) {
    const start = match.index;
    if ((text.charCodeAt(start) & 0xf800) === 0xd800 || !template.labelStarts.admits(text.slice(start))) continue;
    let end = start;
    let found = -1;
    let foundFields: CompiledField[] = [];
    // (After one space only, a label of two words at least or one long word, `Organisaatiotyyppi`: a
    // short one, `Asema`, `Kunta`, `Policy`, is as likely a word of a name. A tab, two spaces or a bar part fields plainly.)
    const apart = /\t|\s{2}|\|\s*$/u.test(text.slice(Math.max(valueStart, start - 3), start));
    for (let words = 0; words < template.longestLabelWords && end < text.length; words++) {
      while (end < text.length && !WHITE_SPACE.test(text[end])) end++;
      const key = normaliseKey(text.slice(start, end));
      const fields = template.inlineLabels.get(key)?.filter((f) => sections.has(f.section) && !fieldWritten(f, labelsOfText));
      // (A field of a typed value, `Sähköposti`, whose value below is checked, may be short.)
      const distinct = apart || fields?.some((f) => TYPED_VALUES.has(f.definition.type)) ? key.length >= GLUED_LABEL_SHORTEST : words > 0 || key.length >= GLUED_WORD_SHORTEST;
      if (distinct && key !== line.labelKey && fields !== undefined && fields.length > 0) {
        found = end;
        foundFields = fields;
      }
      while (end < text.length && WHITE_SPACE.test(text[end])) end++;
    }
    if (found === -1) continue;
    // (Not a label with its colon, which is a glued field's or a remark's, nor one inside brackets: `(vanha Y-tunnus …)`.)
    const before = text.slice(valueStart, start);
    if (text.slice(start, found).includes(':') || before.lastIndexOf('(') > before.lastIndexOf(')')) continue;
    let valueFrom = found;
    while (valueFrom < text.length && WHITE_SPACE.test(text[valueFrom])) valueFrom++;
    // (The words after it must be such a field's value, `Toimintalinja 5. Sosiaalinen …`, `Puhelinnumero 040 …`:
    // in a name, `Valtakunnallinen Toimintalinja 5 koordinaatiohanke`, `Järvikylän Puhelinnumero Osuuskunta`, they are not.)
    if (valueFrom >= text.length || !foundFields.some((f) => fitsGluedValue(f.definition.type, text.slice(valueFrom)))) continue;
    const firstValue = before.trim().replace(/\s*[;|,]$/u, '');
    if (firstValue.length === 0) return null;
    return [partBefore(line, start, firstValue, start), sliceLine(line, start, text.slice(start, found), text.slice(valueFrom), valueFrom)];
  }
  return null;
}

/** Whether the words after a glued label start as a value of its field's type does (a figure, an address, a capital). */
function fitsGluedValue(type: CompiledField['definition']['type'], value: string): boolean {
  switch (type) {
    case 'priorityAxis':
    case 'specificObjective':
      return /^\d{1,2}(?:\.\d{1,2})*\.?(?:\s+\p{Lu}|\s*$)/u.test(value);
    case 'phone':
      return /^[+(]?\d/u.test(value);
    case 'businessId':
      return /^(?:FI)?\d{7}/iu.test(value);
    case 'postalCode':
      return /^(?:FI-?)?\d{5}/iu.test(value);
    case 'email':
      return /^\S+(?:@|\(at\)|\[at\])/iu.test(value);
    case 'website':
    case 'websites':
      return /^(?:https?:\/\/|www\.)/iu.test(value);
    case 'amount':
    case 'indicator':
      return /^\d/u.test(value);
    case 'period':
    case 'date':
      return /\d/u.test(value.slice(0, 24));
    case 'status':
      return parseStatus(value).value?.state != null;
    default:
      return /^[\p{Lu}\d"'(]/u.test(value);
  }
}
const WHITE_SPACE = lazyRegExp(() => /\s/u);
/** A capital letter after white space (a label's start, as {@link gluedLabelSplit} looks for one; one of the Basic Multilingual Plane only). */
const WORD_START_CAPITAL = lazyRegExp(() => /(?<=\s)\p{Lu}/gu);
/** Whether the text writes a field under any of its labels (`Y-tunnus:`, `Business ID:`) on a line of its own. */
function fieldWritten(field: CompiledField, labelsOfText: () => Map<string, number>): boolean {
  const labels = labelsOfText();
  return labelKeysOf(field).some((key) => labels.has(key));
}
const fieldLabelKeys = new WeakMap<CompiledField, string[]>();
function labelKeysOf(field: CompiledField): string[] {
  let keys = fieldLabelKeys.get(field);
  if (keys === undefined) fieldLabelKeys.set(field, (keys = field.definition.labels.map(normaliseKey)));
  return keys;
}
/** By a text's labels: whether a section has a field the text does not write (worked out once a section). */
const unwrittenBySection = new WeakMap<Map<string, number>, Map<CompiledSection, boolean>>();
function hasUnwrittenField(section: CompiledSection, labels: Map<string, number>): boolean {
  let known = unwrittenBySection.get(labels);
  if (known === undefined) unwrittenBySection.set(labels, (known = new Map()));
  let answer = known.get(section);
  if (answer === undefined) known.set(section, (answer = section.fields.some((field) => !labelKeysOf(field).some((key) => labels.has(key)))));
  return answer;
}
/** Types whose value a glued label's words after it are checked against closely (see {@link fitsGluedValue}). */
const TYPED_VALUES = new Set(['priorityAxis', 'specificObjective', 'phone', 'businessId', 'postalCode', 'email', 'website', 'websites', 'amount', 'indicator']);
/** A label of one word glued after one space only is this long at least. */
const GLUED_WORD_SHORTEST = 12;
/** A value with a field glued after it is short: a long one (a sentence) is not looked into. */
const GLUED_VALUE_LONGEST = 200;
/** The longest line tried as a table's header written as cells (`| Kriteeri | Välitön vaikutus (0–10) | … |`). */
const CELLS_HEADER_LONGEST = 200;
/** A label glued after a tab, two spaces or a bar is this long at least (`Asema`). */
const GLUED_LABEL_SHORTEST = 5;

/** A line's part before a glued field (`end`, its offset in the line): the line's own label and `value`, which ends at `valueEnd`. */
function partBefore(line: SourceLine, end: number, value: string, valueEnd: number): SourceLine {
  const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
  return {
    ...line,
    text: line.text.slice(0, end).trimEnd(),
    key: undefined,
    lead: undefined,
    value,
    position: { start: line.position.start, end: at(end) },
    valuePosition: line.valuePosition && value.length > 0 ? { start: line.valuePosition.start, end: at(valueEnd) } : undefined,
  };
}

/** `Label` broken before its colon: this plain line and the label line after it, when together they are a label. */
/**
 * The token of a label rejoined from the lines it was broken over, and of the fields glued after its
 * value on its last line (`Hakijan virallinen` / `nimi: Koivulan Koulutus Oy  Organisaatiotyyppi: …`):
 * split there as on a line of its own, each glued field at its place on that line. (Audit AE of round
 * 57: the glued field was the value's.)
 */
function pushRejoined(tokens: LineToken[], rejoined: SourceLine, original: SourceLine, extra: SourceLine[], template: CompiledTemplate, facts: TextFacts, labelsOfText: () => Map<string, number>): void {
  const bare = template.bareLabels.get(rejoined.labelKey!);
  const fields = bare ?? template.inlineLabels.get(rejoined.labelKey!)!;
  const last = extra[extra.length - 1];
  const parts = bare ? null : splitGlued({ ...rejoined, text: last.text, position: last.position }, template, fields, facts, labelsOfText);
  if (parts === null) {
    tokens.push(lineToken(bare ? BareLabel : Label, rejoined, { fields, extra, original, note: 'rejoined' }));
    return;
  }
  // (The first part is the rejoined label and its value up to the glued label: the rejoined text less the rest of the last line.)
  const first: SourceLine = { ...parts[0], text: rejoined.text.slice(0, rejoined.text.length - (last.text.length - parts[0].text.length)).trimEnd(), position: { start: rejoined.position.start, end: parts[0].position.end } };
  tokens.push(lineToken(Label, first, { fields, extra, original, note: 'rejoined' }));
  for (const part of parts.slice(1)) tokens.push(lineToken(template.bareLabels.has(part.labelKey!) ? BareLabel : Label, part, { fields: template.inlineLabels.get(part.labelKey!) ?? template.bareLabels.get(part.labelKey!)!, note: 'glued' }));
}

function rejoinedLabel(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate): SourceLine | null {
  if (!next || next.kind !== 'label' || next.afterBlank || line.kind !== 'text' || line.text.length > 120) return null;
  const parts = labelOfParts(line.text, next, template);
  if (parts === null) return null;
  return { ...next, text: parts.join(line.text, next.text), label: parts.label, labelKey: parts.key, afterBlank: line.afterBlank, key: undefined, lead: undefined, position: { start: line.position.start, end: next.position.end } };
}

/** The most words of a label's start a wrap leaves after a glued value. */
const LABEL_START_WORDS = 4;
/** The longest line of a label's words alone between its start and its end (a narrow wrap's). */
const MIDDLE_OF_LABEL_LONGEST = 40;

/**
 * A field's value with the start of another label of the layout glued after it, the label's end, its
 * colon and its value on the line below, where a hard wrap broke the label (`Puhelinnumero: 02 435
 * 1000 Toteuttajaorganisaation` / `Web-osoite: www.rannikko.fi`, `Tasa-arvo: …; Kestävä` / `kehitys:
 * …`): the field with its value up to that start, the start, and the label rejoined. Null when the
 * line below is a label of the layout, or no start of a word in capitals makes one with it.
 * (Audit BL of round 65: the label's start was the value's end, unsaid.)
 */
function labelStartAfterValue(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate, afterNext?: SourceLine): { head: SourceLine; start: SourceLine; label: SourceLine; middle: SourceLine | null } | null {
  // (The label broken over three lines, a word of it alone between, `… | Yhteyshenkilön` / `asema` /
  // `hakijaorganisaatiossa: …`, a copy wrapped narrower: the middle line goes with it.)
  const middle = next !== undefined && next.kind === 'text' && !next.afterBlank && next.text.length <= MIDDLE_OF_LABEL_LONGEST && /^\p{Ll}/u.test(next.text) ? next : null;
  if (middle !== null) next = afterNext;
  // (A label of the layout below in lower case, `puhelinnumero: …`, is no line of its own either: a label is written with its capital.)
  if (!next || next.kind !== 'label' || next.afterBlank || (template.labelKeys.has(next.labelKey!) && !/^\p{Ll}/u.test(next.label!)) || (line.kind === 'label' && line.valuePosition === undefined)) return null;
  const text = line.text;
  // (A plain line's whole text is the value going on: a wrapped value's line, `www.syfo.fi/mahdollistaja Vastuuhenkilön` / `nimi: …`.)
  const valueStart = line.valuePosition === undefined ? 0 : line.valuePosition.start.offset - line.position.start.offset;
  const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
  let from = text.length;
  for (let words = 0; words < LABEL_START_WORDS; words++) {
    let space = from - 1;
    while (space > valueStart && !/\s/u.test(text[space])) space--;
    if (space <= valueStart) return null;
    from = space + 1;
    if (!/^\p{Lu}/u.test(text.slice(from))) { from = space; continue; }
    const start: SourceLine = { kind: 'text', text: text.slice(from), afterBlank: false, position: { start: at(from), end: line.position.end } };
    const joined = rejoinedLabel(middle === null ? start : { ...start, text: joinWrapped(start.text, middle.text) }, next, template);
    if (joined !== null) {
      const before = text.slice(valueStart, from).trim().replace(/\s*[;|,]$/u, '');
      if (before.length === 0) return null;
      const label = middle === null ? joined : { ...joined, position: { start: start.position.start, end: next.position.end } };
      const head = line.kind === 'label' ? partBefore(line, valueStart + before.length, before, valueStart + before.length) : { ...line, text: before, position: { start: line.position.start, end: at(before.length) } };
      return { head, start, label, middle };
    }
    from = space;
  }
  return null;
}

/**
 * A sentence, then the start of a yes/no question of the layout whose end, colon and answer stand on
 * the line below (`… ratkaisuja. Sukupuolinäkökulma on huomioitu hankkeen` / `toiminnassa
 * (valtavirtaistaminen): Kyllä`, a reflowed copy's 8.1): the text, and the question rejoined. Null
 * when the line below is a label of its own or the two make no question.
 */
function questionStartAfterSentence(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate): { text: SourceLine; start: SourceLine; label: SourceLine } | null {
  if (!next || next.kind !== 'label' || next.afterBlank || line.kind !== 'text' || template.labelKeys.has(next.labelKey!)) return null;
  const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
  for (let end = line.text.search(/[.!?]\s+\S/u); end !== -1; ) {
    let from = end + 1;
    while (/\s/u.test(line.text[from])) from++;
    const start: SourceLine = { kind: 'text', text: line.text.slice(from), afterBlank: false, position: { start: at(from), end: line.position.end } };
    const joined = /^\p{Lu}/u.test(start.text) ? rejoinedLabel(start, next, template) : null;
    if (joined !== null && (template.inlineLabels.get(joined.labelKey!) ?? []).every((field) => field.definition.type === 'yesNoText')) {
      const text: SourceLine = { kind: 'text', text: line.text.slice(0, end + 1), afterBlank: line.afterBlank, position: { start: line.position.start, end: at(end + 1) } };
      return { text, start, label: joined };
    }
    const after = line.text.slice(from).search(/[.!?]\s+\S/u);
    end = after === -1 ? -1 : from + after;
  }
  return null;
}

/**
 * A label broken over three lines before its colon, in a copy wrapped narrower than the label's half
 * (`Sukupuolinäkökulma on huomioitu hankkeen` / `toiminnassa` / `(valtavirtaistaminen): Kyllä`): the
 * two plain lines and the label line after them, when together they are a label of the layout.
 */
function rejoinedLabelOverThree(line: SourceLine, middle: SourceLine | undefined, next: SourceLine | undefined, template: CompiledTemplate): SourceLine | null {
  if (!middle || !next || middle.kind !== 'text' || middle.afterBlank || line.kind !== 'text' || line.text.length + middle.text.length > 120) return null;
  const start = joinWrapped(line.text, middle.text);
  const joined = rejoinedLabel({ ...line, text: start }, next, template);
  return joined === null ? null : { ...joined, position: { start: line.position.start, end: next.position.end } };
}

/**
 * The layout's label a line's text and the label line below it make, joined as a wrapped line is
 * (`Yhteyshenkilön` / `nimi:`, `Työvoima-` / `opisto`) or keeping a hyphen of the label's own
 * (`Toteuttajaorganisaation Web-` / `osoite:`); null when neither is one.
 */
function labelOfParts(start: string, end: SourceLine, template: CompiledTemplate): { label: string; key: string; join: (a: string, b: string) => string } | null {
  for (const join of [joinWrapped, joinLabelParts]) {
    const label = join(start, end.label!);
    const key = normaliseKey(label);
    if (template.inlineLabels.has(key) || template.bareLabels.has(key)) return { label, key, join };
  }
  return null;
}

/** The most lines a printed page's break puts between the two parts of a line it broke. */
const BREAK_LINES = 6;

/**
 * A label or a heading of the layout broken by a printed page's break or a blank line (`Hankkeen
 * päätavoite on sukupuolten tasa-arvon` / footer / header / `edistäminen: Ei`, `Toteutuspaikan osoite,
 * jos hanke toteutetaan yhdessä` / … / `paikassa`): its end in lower case, which no label, heading
 * or paragraph starts with, makes it whole. The lines between are the break's (furniture); null when
 * the line is no such start.
 */
function brokenByPage(lines: SourceLine[], i: number, template: CompiledTemplate): { at: number; token: LineToken } | null {
  const line = lines[i];
  if (line.kind !== 'text' || /[.!?:;,]$/u.test(line.text) || !template.labelStarts.admits(line.text, leadOf(line)) && !template.numberedHeadingStarts.admits(line.text, leadOf(line)) && phraseKey(line, template) === null) return null;
  let j = i + 1;
  // (A footer's web address starts in lower case too.)
  while (j < lines.length && j <= i + BREAK_LINES && (!/^\p{Ll}/u.test(lines[j].text) || /^(?:https?:\/\/|www\.|file:\/\/)/iu.test(lines[j].text))) {
    // (The break's lines are short, and none is the layout's.)
    if (lines[j].text.length > 160 || /[.!?]$/u.test(lines[j].text) || lines[j].kind === 'label' || headingKey(lines[j], template) !== null && template.sectionsByHeading.has(headingKey(lines[j], template)!)) return null;
    j++;
  }
  const end = lines[j];
  if (end === undefined || j > i + BREAK_LINES || !end.afterBlank && j === i + 1 || !/^\p{Ll}/u.test(end.text)) return null;
  const position = { start: line.position.start, end: end.position.end };
  if (end.kind === 'label') {
    const parts = labelOfParts(line.text, end, template);
    if (parts === null) return null;
    const { label, key } = parts;
    const fields = (template.bareLabels.get(key) ?? template.inlineLabels.get(key))!;
    const joined: SourceLine = { ...end, text: parts.join(line.text, end.text), label, labelKey: key, afterBlank: line.afterBlank, key: undefined, lead: undefined, position };
    return { at: j, token: lineToken(template.bareLabels.has(key) ? BareLabel : Label, joined, { fields, extra: [end], original: line, note: 'rejoined' }) };
  }
  if (end.kind !== 'text') return null;
  const text = joinWrapped(line.text, end.text);
  const sections = text.length <= template.phraseLengths.max ? headingSections(template, normaliseKey(text), false) : NO_SECTIONS;
  if (sections.length === 0) return null;
  const joined: SourceLine = { ...line, text, key: undefined, lead: undefined, position };
  return { at: j, token: lineToken(Heading, joined, { sections, extra: [end], original: line, note: 'rejoined' }) };
}

/**
 * A label's two parts wrapped in its column: after a space, or after its own hyphen (`Web-` /
 * `osoite:`, `Hakijoiden lukumäärä tai tuen siirto -` / `menettely:`).
 */
function joinLabelParts(start: string, end: string): string {
  return /[\p{L}\s]-$/u.test(start) ? `${start}${end}` : `${start} ${end}`;
}

/** A line of more than one word (a list item's marker not counted): a word alone, a web address, shows no wrap width. */
function isSpacedLine(text: string): boolean {
  const words = isListMarkerCode(text.charCodeAt(0)) && text.charCodeAt(1) === 32 ? text.slice(2) : text;
  return /\s/u.test(words);
}

export { readsAsSentence };

function isBannerLine(line: SourceLine, template: CompiledTemplate): boolean {
  const key = keyOf(line);
  return key !== null && key !== '' && isMadeOf(key, template.bannerKeys);
}

/** A reply below a quoted description: at most this many lines, none longer than REPLY_LINE_LENGTH. */
const REPLY_LINES = 6;
const REPLY_LINE_LENGTH = 120;

/** How near below a title a description's first section starts (a banner line may stand between). */
const FIRST_SECTION_REACH = 3;

/**
 * Whether the layout's first section starts right below the line at `at`: its heading, or the label
 * of its first field (a printed page's running header has a later field below it, `Erityistavoite:`).
 */
const otherLanguageTitle = lazyRegExp(() => new RegExp(vocabulary.otherLanguageTitles.pattern, 'iu'));
/** A description's title in a language no layout is written in (`otherLanguageTitles`). */
export function isOtherLanguageTitle(text: string): boolean {
  return text.length <= 160 && otherLanguageTitle.test(text);
}

const otherLanguageFirstHeadings = new Set(vocabulary.otherLanguageTitles.firstHeadings.map(normaliseKey));
/** Whether the other language's first section heading (`1 Projekt`) stands right below the line at `at`. */
function firstNumberedBelow(lines: SourceLine[], at: number): boolean {
  for (let j = at + 1; j < Math.min(lines.length, at + 1 + FIRST_SECTION_REACH); j++) if (lines[j].kind === 'numbered' && lines[j].number === '1' && otherLanguageFirstHeadings.has(normaliseKey(lines[j].value ?? ''))) return true;
  return false;
}

function opensFirstSectionBelow(lines: SourceLine[], at: number, template: CompiledTemplate): boolean {
  for (let j = at + 1; j < Math.min(lines.length, at + 1 + FIRST_SECTION_REACH); j++) if (startsFirstSection(lines[j], template)) return true;
  return false;
}

/**
 * A web address alone below a line that ends with a colon (`… löytyvät rekisteristä:` / the
 * register's page, `WWW-osoite:` / `https://www.eura2014.fi`): the text's or the field's, not a
 * printed copy's footer.
 */
/**
 * A figure shaped as a page count that a sentence's intro asks for and that stands alone below it, a
 * paragraph of its own (`… keskiarvosana asteikolla yhdestä viiteen:` / `4/5`): the text's answer, no
 * printed page's count. (Audit AN of round 59.)
 */
function introducedFigure(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  if (i === 0 || lines[i].afterBlank || !lines[i - 1].text.endsWith(':') || !FRACTION_ALONE.test(lines[i].text)) return false;
  // (The intro is a sentence's, lexed as text or as a label the layout does not have, with no value.)
  const intro = lines[i - 1];
  if (intro.kind !== 'text' && !(intro.kind === 'label' && intro.value === '' && !template.labelKeys.has(intro.labelKey!))) return false;
  // (Nor below a heading of the layout, `Lyhyt selostus hankkeesta:` / `2 (7)`, nor a count in brackets, as
  // a print writes its pages: a score is written `4/5`. Audit AS of round 60.)
  if (isHeadingLine(intro, template) || lines[i].text.includes('(')) return false;
  if (!(i + 1 === lines.length || lines[i + 1].afterBlank)) return false;
  // (Not in a copy with page counts elsewhere, `1/3`, `2/3`: a printed page's count. Review Y of round 59.)
  return !lines.some((other, j) => j !== i && (FRACTION_ALONE.test(other.text) || isPageCountLine(other.text)));
}
export const FRACTION_ALONE = lazyRegExp(() => /^\d{1,3}\s*(?:\/\s*\d{1,3}|\(\s*\d{1,3}\s*\))$/u);

/** Whether a fraction alone (`2/5`, `2 (5)`) may count a printed description's pages: not past its total, nor of more pages than one has. */
function mayCountPages(text: string): boolean {
  const [page, total] = text.split(/\D+/u).filter((part) => part !== '').map(Number);
  return page <= total && total <= MOST_PAGES;
}

/** The fewest lines between two counts of a printed copy's pages that skip pages between them (an excerpt's). */
const LINES_BETWEEN_PAGE_COUNTS = 3;

/** The most pages a printed description has: a count of more is a figure (`112 (274)`). */
const MOST_PAGES = 40;

/** A line that starts with a date and a time, as a browser's print header and an event's line do. */
const DATE_TIME_LEAD = lazyRegExp(() => /^(?:\d{1,2}\.\d{1,2}\.\d{4}\s+(?:klo\s*)?\d{1,2}[.:]\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2})/u);

/** The register's own site's name, which only its print's header carries. */
const REGISTER_NAME = lazyRegExp(() => /eura\s*20(?:07|14)|rakennerahast/iu);

/**
 * Lines inside the text that a pattern of furniture anywhere fits but that the text itself may
 * write (audit WG of round 79): by line index, `0` for the text's own line, `MAY_BE_TEXT` for a
 * line that may be either (kept in unmapped, said).
 * - A figure alone as a print counts its pages, `12/15` or `12 (15)`: several of one total are
 *   pages' counts when their pages go up, each some lines below the last. A count past its total,
 *   `23/20`, or of more pages than a description has, is a figure, and so is one beside another
 *   figure; counts whose pages do not go up (a list of results, `12/15` / `8/15`, or an excerpt's
 *   counts) and one alone below an intro, `…:`, no heading of the layout, in a copy with no other
 *   page count, are said.
 * - A line of a date, a time, a title and a place after a dash (`12.3.2015 klo 9.00 Avausseminaari –
 *   Kuusamon kaupungintalo`) is a browser's print header only when the copy has its date and time
 *   on another line too (a header is printed on every page, its time the same): alone it is an
 *   event, the text's below an intro or beside another dated line, said otherwise.
 */
function ownLinesLikeFurniture(lines: SourceLine[], template: CompiledTemplate, top: number, bottom: number): Map<number, number> | null {
  let own: Map<number, number> | null = null;
  const counts = new Map<number, { at: number; page: number }[]>();
  const datedAt: number[] = [];
  for (let i = top; i < bottom; i++) {
    const text = lines[i].text;
    const first = text.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    if (text.length <= 11 && FRACTION_ALONE.test(text)) {
      const [page, total] = text.split(/\D+/u).filter((part) => part !== '').map(Number);
      if (!counts.has(total)) counts.set(total, []);
      counts.get(total)!.push({ at: i, page });
    } else if (text.length <= 120 && DATE_TIME_LEAD.test(text) && !REGISTER_NAME.test(text) && !/\s{2,}|\t/u.test(text) && anywhereCasedFurniture.test(text) && !anywhereFurniture.test(text)) datedAt.push(i);
  }
  const introduced = (i: number) => {
    let j = i - 1;
    while (j >= 0 && lines[j].text.trim() === '') j--;
    return j >= 0 && lines[j].text.endsWith(':');
  };
  const setOwn = (i: number, doubt: boolean) => (own ??= new Map()).set(i, doubt ? MAY_BE_TEXT : 0);
  for (const [total, group] of counts) {
    // (A count printed in a page's header and its footer repeats it; a page's footer and the next one's header stand two
    // lines apart; an excerpt's pages skip some. Reviews RVA and RVC of round 79.)
    const pagesGoUp = group.every((count, k) => count.page <= total && (k === 0 || count.page === group[k - 1].page || count.page === group[k - 1].page + 1 || (count.page > group[k - 1].page && count.at - group[k - 1].at >= LINES_BETWEEN_PAGE_COUNTS)));
    if (total > MOST_PAGES || group.some((count) => count.page > total)) {
      for (const count of group) setOwn(count.at, false);
      continue;
    }
    // (Counts whose pages do not go up as a print's do may be a list's figures, `12/15` / `8/15`, or an excerpt's or a
    // short page's counts: kept in unmapped, said. Review RVC of round 79.)
    if (group.length > 1 && !pagesGoUp) {
      for (const count of group) setOwn(count.at, true);
      continue;
    }
    if (group.length > 1) continue;
    // One alone is a page's count (a print's of a page or two, or an excerpt's: rounds 10, 60 and 75) but beside another
    // figure (a list's), and said below an intro that is no heading of the layout (`Työllistyneet (tavoite suluissa):`).
    const { at } = group[0];
    const besideFigure = [at - 2, at - 1, at + 1, at + 2].some((j) => j >= 0 && j < lines.length && FRACTION_ALONE.test(lines[j].text));
    if (besideFigure) setOwn(at, false);
    // (Right below its intro, before a blank line, the text's answer already: round 59's `… viiteen:` / `4/5`.)
    else if (introduced(at) && !introducedFigure(lines, at, template) && !isHeadingLine(lines[at - 1], template) && !lines.some((line, j) => j !== at && isPageCountLine(line.text))) setOwn(at, true);
  }
  for (const at of datedAt) {
    const lead = DATE_TIME_LEAD.exec(lines[at].text)![0];
    if (lines.some((line, j) => j !== at && line.text.startsWith(lead))) continue;
    const besideDated = datedAt.some((other) => other !== at && Math.abs(other - at) <= TIMETABLE_REACH);
    setOwn(at, !(introduced(at) || besideDated));
  }
  return own;
}

function introducedAddress(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  if (i === 0 || !lines[i - 1].text.endsWith(':') || !/^(?:https?:\/\/|www\.)\S+$/iu.test(lines[i].text)) return false;
  // (With a page count below it, `…/hanke/S21877` / `1/2`, it is a print's footer all the same; so with a
  // print's header or footer line right below it, `EURA 2014 – Hankerekisteri  12.3.2019  Sivu 2 / 3`, with its date or
  // page count: a rule, a tag or a mail's note below a link has neither. Audit IA, review RVA of round 72.)
  if (i + 1 < lines.length && (isPageCountLine(lines[i + 1].text) || (!lines[i + 1].afterBlank && PRINT_LINE_SIGN.test(lines[i + 1].text) && isAnywhereFurniture(lines[i + 1].text)))) return false;
  const above = lines[i - 1];
  // (Below another field's label, `Postitoimipaikka:` / the address, it is a footer all the same.)
  const fields = above.kind === 'label' ? template.inlineLabels.get(above.labelKey!) ?? template.bareLabels.get(above.labelKey!) : undefined;
  return fields === undefined || fields.some((field) => field.definition.type === 'website' || field.definition.type === 'websites');
}

/**
 * A second description's banner right above its title (`Euroopan unioni Vipuvoimaa EU:lta`, on one
 * line or two, a printed copy's header lines between them) is furniture, not the first's last text.
 */
function bannerAboveIsFurniture(tokens: LineToken[], lines: SourceLine[], at: number, template: CompiledTemplate): void {
  let t = tokens.length - 1;
  for (let j = at - 1; t >= 0 && j >= 0 && tokens[t].payload.line === lines[j]; t--, j--) {
    if (tokens[t].tokenType === Furniture) continue;
    if (tokens[t].tokenType !== Text || !isBannerLine(lines[j], template)) break;
    tokens[t] = lineToken(Furniture, lines[j], { note: 'printed' });
  }
  // (A separator of the sender's right above it, a short line of its own, `Kuvaus 2/2`, `Hanke 2`,
  // `---------- 2 ----------`, `Seuraava hanke:`: no part of the first description's last text; said.
  // Audit AK of round 58.)
  while (t >= 0 && tokens[t].tokenType === Furniture) t--;
  const separator = t >= 0 ? tokens[t] : undefined;
  const line = separator?.payload.line;
  if (separator === undefined || line!.text.length > SEPARATOR_LENGTH || /[.!?]$/u.test(line!.text)) return;
  const index = lines.indexOf(line!);
  // (Apart from the text above it: a blank line, or in a copy without blank lines, a sentence's end.)
  const apart = line!.afterBlank || (index > 0 && /[.!?]$/u.test(lines[index - 1].text));
  const unread = separator.tokenType === Text || (line!.kind === 'label' && line!.value === '' && !template.labelKeys.has(line!.labelKey!));
  if (unread && apart && index >= at - 3) tokens[t] = lineToken(Furniture, line!, { note: 'printedOnce' });
}
/** The longest a sender's separator between two descriptions is. */
const SEPARATOR_LENGTH = 40;

/**
 * The index of the title line of a second description pasted below the first (the layout's title
 * again, or another layout's, with its first section's heading or label right below it and a
 * description above it), or -1.
 */
function secondDescriptionAt(lines: SourceLine[], template: CompiledTemplate): number {
  // Its title, the first section right below it.
  let titled = -1;
  // How many lines start the first section, and whether one starts another layout's (counted only to
  // look for a second description without its title where there can be one: most texts have one start).
  // (Headings and first labels apart: one description may write both, `1 Hanke` and `Hankekoodi:`.)
  let firstHeadings = 0;
  let firstLabels = 0;
  let otherStarts = false;
  const first = template.sections[0];
  const firstLabelKeys = firstFieldLabelKeys(template);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'text') {
      if (i === 0 || titled !== -1) continue;
      const own = phraseKey(line, template);
      const layout = own !== null && template.titleKeys.has(own) ? template : template.titledOthers.find((o) => o.titleKeys.has(phraseKey(line, o) ?? ''));
      if (layout !== undefined && opensFirstSectionBelow(lines, i, layout) && descriptionAbove(lines, i, template)) titled = i;
      // (Or its title hard-wrapped over two lines, `… rahoittaman hankkeen` / `kuvaus`: audit AK of round 58.)
      else if (layout === undefined && line.afterBlank && lines[i + 1] !== undefined && !lines[i + 1].afterBlank && lines[i + 1].kind === 'text' && lines[i + 1].text.length <= WRAPPED_TITLE_END && /^\p{Ll}/u.test(lines[i + 1].text)) {
        const joined = normaliseKey(joinWrapped(line.text, lines[i + 1].text));
        const wrapped = template.titleKeys.has(joined) ? template : template.titledOthers.find((o) => o.titleKeys.has(joined));
        if (wrapped !== undefined && opensFirstSectionBelow(lines, i + 1, wrapped) && descriptionAbove(lines, i, template)) titled = i;
      }
      else if (isOtherLanguageTitle(line.text) && firstNumberedBelow(lines, i) && descriptionAbove(lines, i, template)) titled = i;
    } else if (line.kind === 'numbered') {
      const key = line.valueKey ?? '';
      if (first.headingKeys.has(key)) firstHeadings++;
      else if (!otherStarts) otherStarts = otherFirstHeadingKeys(template).has(key);
    } else if (firstLabelKeys.has(line.labelKey!) || (line.value === '' && first.headingKeys.has(line.labelKey!))) firstLabels++;
    else if (!otherStarts) otherStarts = otherFirstLabelKeys(template).has(line.labelKey!);
  }
  const untitled = firstHeadings >= 2 || firstLabels >= 2 || otherStarts ? untitledSecondAt(lines, template) : -1;
  const second = untitled !== -1 && (titled === -1 || untitled < titled) ? untitled : titled;
  const page = pageBelowAt(lines, template, second === -1 ? lines.length : second);
  return page !== -1 ? page : second;
}

/** The longest end of a title hard-wrapped onto a line of its own (`kuvaus`, `projektin kuvaus`). */
const WRAPPED_TITLE_END = 20;

/** How many lines below a page's section heading its facts' labels are looked for (its team's text stands between). */
const PAGE_LABEL_REACH = 40;
/** How many lines above its first heading a page's summary bar is looked for (its status and links between). */
const PAGE_BAR_REACH = 8;

interface PageSignature {
  /** Its first section's heading and its facts sections' headings, those this layout lacks. */
  headings: Set<string>;
  /** Its facts' labels (fields writing the record's own values, not a page's texts), those this layout lacks. */
  labels: Set<string>;
  /** The headings' first words: a line whose first word is none of them is no such heading (its key is not computed). */
  starts: PhraseStarts;
}

/** By this layout, then by the page's: what a page shows depends on what this layout lacks. */
const pageSignatures = new WeakMap<CompiledTemplate, Map<CompiledTemplate, PageSignature>>();
/**
 * What a page of another layout shows of itself: its first heading (`Yleistiedot hankkeesta`) or its
 * facts' heading (`Tietoja hankkeesta`), and the facts' labels (`EURA-tunnus:`, `Toteuttajaorganisaatio:`).
 * Not its texts' headings and labels (`Tulokset`, `Ennen hanketta:`): a description's summary may
 * have such a sub-heading and lines of its own.
 */
function pageSignature(page: CompiledTemplate, template: CompiledTemplate): PageSignature {
  let ofTemplate = pageSignatures.get(template);
  if (ofTemplate === undefined) pageSignatures.set(template, (ofTemplate = new Map()));
  let signature = ofTemplate.get(page);
  if (signature === undefined) {
    const ownHeadings = new Set(template.sections.flatMap((section) => [...section.headingKeys]));
    const facts = page.sections.filter((section) => section.fields.some((field) => !field.definition.path.startsWith('projectPage.')));
    const headings = new Set([...page.sections[0].headingKeys, ...facts.flatMap((section) => [...section.headingKeys])].filter((key) => !ownHeadings.has(key)));
    const labels = new Set(facts.flatMap((section) => [...section.fieldsByLabel.keys()]).filter((key) => !template.labelKeys.has(key)));
    signature = { headings, labels, starts: new PhraseStarts(headings) };
    ofTemplate.set(page, signature);
  }
  return signature;
}

/**
 * A web page of another layout pasted below the description (a project's page on
 * rakennerahastot.fi below its register description): its first or its facts' heading with its
 * facts' labels below it, labels this layout lacks, and a description above. The page starts at its
 * title, two lines above its summary bar, when it has one a few lines above the heading; else at
 * the heading. -1 when there is none above `before`. (Its `Maakunta:` would else open this layout's
 * area section, its title and tagline run into the section before.)
 */
function pageBelowAt(lines: SourceLine[], template: CompiledTemplate, before: number): number {
  if (template.pageOthers.length === 0) return -1;
  for (let i = 1; i < before; i++) {
    const line = lines[i];
    if (line.text.length > 60 || !(line.kind === 'text' || (line.kind === 'label' && line.value === ''))) continue;
    for (const page of template.pageOthers) {
      const signature = pageSignature(page, template);
      if (!signature.starts.admits(line.text, leadOf(line))) continue;
      const key = line.kind === 'label' ? line.labelKey! : keyOf(line);
      if (key === null || !signature.headings.has(key)) continue;
      let labels = 0;
      for (let j = i + 1; j < Math.min(lines.length, i + 1 + PAGE_LABEL_REACH) && labels < FORWARDED_LABELS; j++) if (lines[j].kind === 'label' && signature.labels.has(lines[j].labelKey!)) labels++;
      // (A page pasted below ends the text: with this layout's headings after it, the block is a quote or an appendix inside the description.)
      if (labels < FORWARDED_LABELS || !descriptionAbove(lines, i, template) || headingAfter(lines, template, i, lines.length)) continue;
      for (let j = i - 1; j >= Math.max(1, i - PAGE_BAR_REACH); j--) {
        if (lines[j].kind !== 'text') break;
        if (!looksLikeSummaryBar(lines[j].text, page)) continue;
        let top = j;
        while (top > j - 2 && top > 0 && lines[top - 1].kind === 'text') top--;
        return top;
      }
      return i;
    }
  }
  return -1;
}

/**
 * A second description without its title: the first section's heading, or its first field's label
 * with more of the layout's labels below it, where a description above it has gone past its first
 * section (`1 Hanke` … `3 Suunnitelman mukainen tiivistelmä` … `1 Hanke`), and writes again a section
 * the first has shown; or another layout's first section, numbered, with that layout's labels below
 * it (a 2007–2013 project pasted below its 2014–2020 follow-up from its `1. Projekti`). Else -1.
 */
function untitledSecondAt(lines: SourceLine[], template: CompiledTemplate): number {
  let start = -1;
  let withoutHeadings: boolean | undefined;
  let past = false;
  // The sections after the first that the description above has shown, by index.
  const shown = new Uint8Array(template.sections.length);
  // (Another layout's by labels it does not share with this one: `1. Hanke` as a sub-heading of a
  // 2007–2013 text, the funding labels both layouts have below it, starts no 2014–2020 description.)
  const labelsBelow = (i: number, layout: CompiledTemplate) => layoutLabelsBetween(lines, layout, i + 1, Math.min(lines.length, i + 1 + 2 * FORWARDED_LABELS), layout === template ? null : template) >= FORWARDED_LABELS;
  // (Another layout's first section by its heading; in a copy without this layout's numbered headings,
  // by its first field's label too, where a description of it follows: see below.)
  const startsOther = (i: number, other: CompiledTemplate) =>
    lines[i].kind === 'numbered' ||
    (!template.labelKeys.has(lines[i].labelKey!) && (withoutHeadings ??= !lines.some((l) => l.kind === 'numbered' && isHeadingLine(l, template))) && runsIntoSecondSection(lines, i, other) && onlyOtherLabelsBelow(lines, i + 1, template, other));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'text') continue;
    // (In a flattened copy, by its first field's label: `Projektikoodi: S11234` below a 2014–2020 text —
    // only where no numbered heading of the layout stands and none of its own labels below: a summary quoting a
    // predecessor's fields, `Projektikoodi:` … four lines, goes on with the layout's later sections.)
    // (By its label, the run of its first section's fields up to its applicant is enough — a 2014–2020
    // section 1 below a 2007–2013 text shares most of its labels with it — where the run goes on past
    // the applicant or to the text's end: a final report quoting a successor's first section and
    // applicant stops after them, its text going on, review R2.)
    if (past && template.titledOthers.some((other) => startsFirstSection(line, other) && !startsFirstSection(line, template) && startsOther(i, other) && (labelsBelow(i, other) || line.kind === 'label') && (line.kind !== 'label' || goesOnPastApplicant(lines, i, other)))) return i;
    // (Its fields below it: a first section's heading alone, pasted into a text, starts no description.)
    if (startsFirstSection(line, template) && labelsBelow(i, template)) {
      if (start === -1) start = i;
      else if (past && showsAgain(lines, i + 1, template, shown)) return i;
      // (Or another project's code below it than the one above: a copy cut inside its first section,
      // the next project's copy pasted below it, `Hankekoodi: S21111` … `1 Hanke` / `Hankekoodi: S22876`.)
      // (Past its first section, only at the section's heading, `1 Hanke`: a summary may quote a
      // predecessor's code and name, not under such a heading. So too where the first section opened at
      // its heading: a code pasted twice below it, `Hankekoodi: S21734` / `Hankekoodi: S21999`, is one
      // field written twice, said so — a second description in a copy with headings has its own.)
      else if ((line.kind !== 'label' || (!past && lines[start].kind !== 'numbered')) && otherProjectCodeBelow(lines, start, i, template)) return i;
    } else if (start !== -1 && markLaterSections(line, template, shown)) past = true;
  }
  return -1;
}


/** Whether no line from `from` on is a label of the layout that the other layout lacks (the rest is the other's description). */
function onlyOtherLabelsBelow(lines: SourceLine[], from: number, template: CompiledTemplate, other: CompiledTemplate): boolean {
  for (let j = from; j < lines.length; j++) if (lines[j].kind === 'label' && template.labelKeys.has(lines[j].labelKey!) && !other.labelKeys.has(lines[j].labelKey!)) return false;
  return true;
}

/** The project's code a line of the layout's code field writes (`Hankekoodi: S21111`), as the field reads it, else null. */
function projectCodeOn(line: SourceLine, template: CompiledTemplate): string | null {
  if (line.kind !== 'label' || line.value === '' || !(template.inlineLabels.get(line.labelKey!)?.some((f) => f.definition.type === 'projectCode') ?? false)) return null;
  return parseProjectCode(line.value!).value;
}

/**
 * Whether the first section that starts at `at` gives another project's code than the one that
 * started at `start` (each within a few lines of its start): a second project's description.
 */
function otherProjectCodeBelow(lines: SourceLine[], start: number, at: number, template: CompiledTemplate): boolean {
  let above: string | null = null;
  for (let j = start; j < Math.min(at, start + 1 + CODE_REACH) && above === null; j++) above = projectCodeOn(lines[j], template);
  if (above === null) return false;
  for (let j = at; j < Math.min(lines.length, at + 1 + CODE_REACH); j++) {
    const below = projectCodeOn(lines[j], template);
    if (below !== null) return below !== above;
  }
  return false;
}

/**
 * Whether a section the description above has shown (`shown`, by index) comes again from `from` on:
 * a second description's (a summary that quotes a predecessor's `Hankekoodi:` and name goes on with
 * the first's own later sections, which it has not shown yet).
 */
function showsAgain(lines: SourceLine[], from: number, template: CompiledTemplate, shown: Uint8Array): boolean {
  // A heading of such a section again, or several of its labels (a quote of the predecessor's
  // applicant, one label, is no second description's section).
  let again = 0;
  const marks = new Uint8Array(shown.length);
  for (let i = from; i < lines.length && again < FORWARDED_LABELS; i++) {
    const line = lines[i];
    if (line.kind === 'text') continue;
    marks.fill(0);
    if (!markLaterSections(line, template, marks)) continue;
    let repeated = false;
    for (let k = 0; k < marks.length; k++) if (marks[k] === 1 && shown[k] === 1) repeated = true;
    if (repeated) again += line.kind === 'numbered' || (line.kind === 'label' && line.value === '' && !template.inlineLabels.has(line.labelKey!) && !template.bareLabels.has(line.labelKey!)) ? FORWARDED_LABELS : 1;
  }
  return again >= FORWARDED_LABELS;
}

/**
 * Marks the sections after the first whose heading the line is, or the one whose fields alone have
 * its label (a label several sections share, `Jakeluosoite`, tells none); whether it marked any.
 */
function markLaterSections(line: SourceLine, template: CompiledTemplate, marks: Uint8Array): boolean {
  if (line.kind === 'label') {
    const fields = template.inlineLabels.get(line.labelKey!) ?? template.bareLabels.get(line.labelKey!);
    if (fields !== undefined) {
      const section = fields[0].section;
      for (let k = 1; k < fields.length; k++) if (fields[k].section !== section) return false;
      if (section.index === 0) return false;
      marks[section.index] = 1;
      return true;
    }
  }
  if (line.kind !== 'numbered' && line.kind !== 'label') return false;
  const key = headingKey(line, template);
  const sections = key === null ? undefined : template.sectionsByHeading.get(key);
  if (sections === undefined) return false;
  for (const section of sections) if (section.index === 0) return false;
  for (const section of sections) marks[section.index] = 1;
  return true;
}

const otherFirstHeadings = new WeakMap<CompiledTemplate, Set<string>>();
/** The keys of the first section's headings of the other layouts with a title. */
function otherFirstHeadingKeys(template: CompiledTemplate): Set<string> {
  let keys = otherFirstHeadings.get(template);
  if (keys === undefined) {
    keys = new Set(template.titledOthers.flatMap((other) => [...other.sections[0].headingKeys]));
    otherFirstHeadings.set(template, keys);
  }
  return keys;
}

const otherFirstLabels = new WeakMap<CompiledTemplate, Set<string>>();
/** The labels of the other titled layouts' first fields that the layout does not have (`Projektikoodi` for 2014–2020). */
function otherFirstLabelKeys(template: CompiledTemplate): Set<string> {
  let keys = otherFirstLabels.get(template);
  if (keys === undefined) {
    keys = new Set(template.titledOthers.flatMap((other) => [...firstFieldLabelKeys(other)]).filter((key) => !template.labelKeys.has(key)));
    otherFirstLabels.set(template, keys);
  }
  return keys;
}

const firstFieldLabels = new WeakMap<CompiledTemplate, Set<string>>();
/** The keys of the labels of the layout's first field (when its first section holds fields). */
function firstFieldLabelKeys(template: CompiledTemplate): Set<string> {
  let keys = firstFieldLabels.get(template);
  if (keys === undefined) {
    keys = new Set();
    const first = template.sections[0];
    if (first.definition.content === 'fields') for (const [key, fields] of first.fieldsByLabel) if (fields.some((f) => f.index === 0)) keys.add(key);
    firstFieldLabels.set(template, keys);
  }
  return keys;
}

/** The first section's heading, or its first field's label. */
function startsFirstSection(line: SourceLine, template: CompiledTemplate): boolean {
  const first = template.sections[0];
  const key = headingKey(line, template);
  if (key !== null && first.headingKeys.has(key)) return true;
  return line.kind === 'label' && first.definition.content === 'fields' && first.fieldsByLabel.get(line.labelKey!)?.some((f) => f.index === 0) === true;
}

/**
 * Whether a description stands above the line at `at`: its first section's heading, or its first
 * field's label with more of the layout's labels right after it (a note or a report above one
 * description naming its code and name, or a printed page's running header, makes it no second).
 */
function descriptionAbove(lines: SourceLine[], at: number, template: CompiledTemplate): boolean {
  for (let j = 0; j < at; j++) {
    if (!startsFirstSection(lines[j], template)) continue;
    if (lines[j].kind !== 'label') return true;
    if (layoutLabelsBetween(lines, template, j, Math.min(at, j + FORWARDED_LABELS)) >= FORWARDED_LABELS) return true;
  }
  return false;
}

/** Whether `line` and the line below it are the layout's title broken over two lines. */
function isWrappedTitle(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate): boolean {
  if (next === undefined || next.afterBlank || line.kind !== 'text' || next.kind !== 'text' || line.text.length > 100 || next.text.length > 40) return false;
  return template.titleKeys.has(normaliseKey(joinWrapped(line.text, next.text)));
}

/** The leading and trailing runs of page furniture (shared vocabulary); in between such lines are content. */
/** A line that ends like the start of something the next line goes on with (a list's colon, a comma, `ja`). */
const GOES_ON = lazyRegExp(() => new RegExp(`(?:[:,;]|\\s(?:${CONJUNCTIONS}))$`, 'iu'));

/**
 * Whether the line at `from` goes on from the text above it rather than standing apart: in the
 * paragraph of the line above (a copy with blank lines), after a line that goes on (`Hanketta
 * rahoittivat:`, `… ELY-keskus ja`), or — a copy without blank lines — in a list such a line
 * introduces (`Hanketta rahoittivat:` / `Hämeen ELY-keskus`).
 */
function continuesText(lines: SourceLine[], from: number, facts: TextFacts): boolean {
  const before = lines[from - 1].text;
  // A logo's caption ends with no full stop: `Euroopan sosiaalirahasto.` ends a sentence of the text.
  if (SENTENCE_END.test(lines[from].text)) return true;
  if (facts.blankSeparated) return !lines[from].afterBlank || GOES_ON.test(before);
  if (GOES_ON.test(before)) return true;
  return !SENTENCE_END.test(before) && from > 1 && lines[from - 2].text.endsWith(':');
}

const linkReferenceHeadings = new Set(vocabulary.pageFurniture.linkReferences.headings.map(normaliseKey));
const linkReferenceItem = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.linkReferences.item, 'iu'));

/** Where a closing list of link references starts (its heading), the list running to `bottom`; -1 when there is none. */
function linkReferencesAt(lines: SourceLine[], top: number, bottom: number): number {
  let at = bottom;
  while (at > top && linkReferenceItem.test(lines[at - 1].text)) at--;
  return at < bottom && at > top && linkReferenceHeadings.has(normaliseKey(lines[at - 1].text)) ? at - 1 : -1;
}

const contentsHeadingKeys = new Set(vocabulary.pageFurniture.contentsHeadings.map(normaliseKey));
/** A table of contents' heading (vocabulary `contentsHeadings`: `Sisällysluettelo`, `Contents`). */
function isContentsHeading(line: SourceLine): boolean {
  return line.text.length <= 40 && contentsHeadingKeys.has(normaliseKey(line.text.replace(/:$/u, '')));
}
/** The most lines a page's table of contents has below its heading. */
const CONTENTS_LINES = 15;

/** Past a table of contents' heading at line `at` and its lines (short, no sentence) up to a blank line; -1 when the line is no such heading. */
function contentsRunEnd(lines: SourceLine[], at: number, template: CompiledTemplate): number {
  if (!isContentsHeading(lines[at])) return -1;
  // Past the short lines from `from` up to a blank line.
  const itemsEnd = (from: number) => {
    let end = from;
    while (end < lines.length && (end === from || !lines[end].afterBlank) && end - at <= CONTENTS_LINES && lines[end].text.length <= 80 && !/[.!?]$/u.test(lines[end].text)) end++;
    return end;
  };
  // (A heading with a blank line right below it heads the lines below that blank line.)
  let end = itemsEnd(at + 1);
  if (end <= at + 1 || end >= lines.length || !lines[end].afterBlank) return -1;
  // (The title right below the contents' last line, no blank line between, a sentence after it — the
  // tagline —: the title, not an item, unless it is a heading of the layout: `Tulokset` / `Polku työhön`.)
  const last = lines[end - 1];
  if (end - 1 > at + 1 && !last.afterBlank && SENTENCE_END.test(lines[end].text) && !template.sectionsByHeading.has(keyOf(last) ?? '')) end--;
  return end;
}

function furnitureRuns(lines: SourceLine[], template: CompiledTemplate, facts: TextFacts, quoteEndLine: number | null, headers: Uint8Array | null = null): { top: number; bottom: number; shared: Uint8Array | null; wrappedTitle: number } {
  // By line index: the lines of the two runs that are shared furniture (not a title or banner); null when none.
  let shared: Uint8Array | null = null;
  let top = 0;
  let wrappedTitle = -1;
  while (top < lines.length) {
    const line = lines[top];
    const key = phraseKey(line, template);
    const titleOrBanner = key !== null && (template.titleKeys.has(key) || isMadeOf(key, template.bannerKeys));
    // The title hard-wrapped over two lines (`… rahoittaman hankkeen` / `kuvaus`).
    if (!titleOrBanner && wrappedTitle === -1 && isWrappedTitle(line, lines[top + 1], template)) {
      wrappedTitle = top;
      top += 2;
      continue;
    }
    // A page's table of contents at its top (`Sisältö` / `Yleistiedot hankkeesta` / `Tulokset`): its
    // heading and its short lines up to a blank line, the page's in-page menu.
    const contents = !titleOrBanner && template.definition.page !== undefined ? contentsRunEnd(lines, top, template) : -1;
    if (contents !== -1) {
      (shared ??= new Uint8Array(lines.length)).fill(1, top, contents);
      top = contents;
      continue;
    }
    if (!titleOrBanner) {
      // (A furniture line hard-wrapped, a cookie notice's sentence: its lines after the first go with it.)
      const wrapped = top > 0 && shared?.[top - 1] === 1 && goesOnWrapped(lines[top - 1], line, facts);
      const menuEnd = !wrapped && template.definition.page !== undefined ? markdownMenuEnd(lines, top) : -1;
      if (menuEnd !== -1) {
        (shared ??= new Uint8Array(lines.length)).fill(1, top, menuEnd);
        top = menuEnd;
        continue;
      }
      // (A line that is furniture wherever it stands, a print's header or page count above the banner
      // — `Sivu 1 (3)` —, goes on with the run: the banner and the title below it are still the text's top.)
      // (A Markdown code fence opening the copy, ```` ```text ````, is the copy's wrapping, no text of it;
      // a print's running header on its first page, `headers`, is the print's.)
      // (Nor a heading of the layout's own that is a page's phrase too, `Rahoitus`, `Yhteystiedot`: a layout defined so
      // opens its first section there. Audit WL F1 of round 81: its fields were text before the first section.)
      if (!wrapped && isSharedFurniture(line) && isHeadingLine(line, template)) break;
      if (!wrapped && !isSharedFurniture(line) && !isAnywhereFurniture(line.text) && !(template.definition.page !== undefined && isMenuItem(line)) && !(shared?.[top - 1] === 1 && isMenuItemHeading(lines, top, template)) && !CODE_FENCE.test(line.text)) {
        if (headers?.[top] !== 1) break;
        top++;
        continue;
      }
      (shared ??= new Uint8Array(lines.length))[top] = 1;
    }
    top++;
  }
  let bottom = lines.length;
  // The fence that closes a copy opened by one above its first heading (a Markdown document's quote
  // of it, `# Hankekuvaus` / ```` ```text ```` / …): its own line below the last heading ends the copy,
  // and what stands after it, a source's line or a sender's words, is no part of its last text.
  // (The last of an odd number of fences above the first heading: the fences of a block before the copy close in pairs.)
  const headings = facts.headingIndices;
  let opening = -1;
  let fences = 0;
  for (let i = 0; i < (headings.length === 0 ? 0 : headings[0]); i++) {
    if (!CODE_FENCE.test(lines[i].text)) continue;
    fences++;
    opening = i;
  }
  if (fences % 2 === 1) {
    // (The opening fence is furniture where it leads the copy; below a document's own lines, it goes with them.)
    shared ??= new Uint8Array(lines.length);
    // (Only the one fence below the last section's text, its opening's marks, as many or more, alone:
    // with more fences there, which closes the copy and which a block inside its text, the lines do
    // not tell. Right below the heading, the fence holds the section's text.)
    const marks = /^[`~]+/u.exec(lines[opening].text)![0];
    const last = headings[headings.length - 1];
    const closes = (i: number) => lines[i].text.startsWith(marks) && /^(?:`+|~+)$/u.test(lines[i].text);
    let closing = -1;
    for (let i = last + 1; i < bottom && closing !== -2; i++) {
      if (CODE_FENCE.test(lines[i].text)) closing = closing === -1 && i > last + 1 && closes(i) ? i : -2;
    }
    // (With more, the copy's last line, a fence alone, still closes it: nothing stands after it.)
    if (closing === -2 && bottom - 1 > last + 1 && closes(bottom - 1)) closing = bottom - 1;
    if (closing >= 0) {
      shared.fill(2, closing + 1, bottom);
      shared[closing] = 1;
      bottom = closing;
    }
  }
  // A copy cut inside a furniture phrase at its end, below furniture (`Euroopan unioni` / … /
  // `Vipuvoimaa EU:lta 201`): the cut phrase is furniture too, and the run goes on above it.
  if (bottom - 1 > top && startsFurniturePhrase(lines[bottom - 1].text) && (isSharedFurniture(lines[bottom - 2]) || companionKeys.has(normaliseKey(lines[bottom - 2].text)))) (shared ??= new Uint8Array(lines.length))[--bottom] = 1;
  while (bottom > top) {
    // (A line that is furniture wherever it stands, a text browser's link list, a rule, goes with the run.)
    if ((isSharedFurniture(lines[bottom - 1]) && !(bottom - 1 > top && (endsSentenceAbove(lines[bottom - 2], lines[bottom - 1]) || thirdLetteredItem(lines[bottom - 2], lines[bottom - 1])))) || (isAnywhereFurniture(lines[bottom - 1].text) && !introducedFigure(lines, bottom - 1, template))) {
      shared ??= new Uint8Array(lines.length);
      // (Unless certain furniture stands right below it, a line only a pattern makes furniture that may be
      // the text's own is kept apart, said: `… päivitti evästeasetukset.`, `Kuusamon kaupunki | Posion kunta`.)
      shared[bottom - 1] = (bottom === lines.length || shared[bottom] !== 1) && mayBeOwnLineAtEnd(lines[bottom - 1]) ? MAY_BE_TEXT : 1;
      bottom--;
    }
    else {
      // A furniture line hard-wrapped (a cookie notice, a footer's sentence): its lines after the first, each going on from the one before.
      // (Only with furniture below it, a notice's button: a text's last paragraph that mentions cookies is the text's;
      // at the very end, only a furniture line with its end wrapped onto the last line of a hard-wrapped copy.)
      const wrappedAtEnd = bottom === lines.length && bottom - 2 >= top && continuesWrapped(lines[bottom - 2], lines[bottom - 1], facts);
      let first = bottom < lines.length || wrappedAtEnd ? bottom - 1 : top;
      // (With furniture below it, its buttons, a line going on in lower case is the notice's too, in a copy not
      // hard-wrapped as a whole: a banner's narrow box wraps its sentence, `Käytämme evästeitä parantaaksemme
      // sivuston` / `käyttökokemusta.` / `Hyväksy`. Audit AQ of round 59.)
      const goesOn = (above: SourceLine, line: SourceLine) => goesOnWrapped(above, line, facts) || (bottom < lines.length && !line.afterBlank && /^\p{Ll}/u.test(line.text));
      while (first > top && bottom - first <= WRAPPED_FURNITURE_LINES && goesOn(lines[first - 1], lines[first]) && !isSharedFurniture(lines[first - 1])) first--;
      if (first > top && (bottom < lines.length || (wrappedAtEnd && first === bottom - 1)) && goesOn(lines[first - 1], lines[first]) && isSharedFurniture(lines[first - 1])) {
        // (Its first line one that may be the text's own, with no certain furniture below: the whole line kept apart, said.)
        const doubtful = (bottom === lines.length || (shared !== null && shared[bottom] !== 1)) && mayBeOwnLineAtEnd(lines[first - 1]);
        (shared ??= new Uint8Array(lines.length)).fill(doubtful ? MAY_BE_TEXT : 1, first - 1, bottom);
        bottom = first - 1;
        continue;
      }
      // A copyright footer's paragraph, its sentences after the `©` line (`… Kaikki oikeudet` / `pidätetään.`).
      let start = bottom - 1;
      // (In a copy without blank lines, only lines going on in lower case: a capitalised sentence below
      // the `©` line there may be the text of the section it ends, `© 2021 Kylätalo ry` / `Hankkeeseen osallistui …`.)
      while (start > top && bottom - start <= WRAPPED_FURNITURE_LINES && !lines[start].afterBlank && (facts.blankSeparated || footerGoesOn(lines[start])) && !mayBeCopyright(lines[start - 1].text)) start--;
      start--;
      // (Not over a heading or a field of the layout: in a copy without blank lines, a `©` line between
      // two fields is no footer of what follows it.)
      if (start >= top && start < bottom - 1 && isCopyrightLine(lines[start].text) && !lines[start + 1].afterBlank && !headingAfter(lines, template, start, bottom) && !fieldAfter(lines, template, start, bottom)) {
        (shared ??= new Uint8Array(lines.length)).fill(1, start, bottom);
        bottom = start;
      } else break;
    }
  }
  // (A doubtful line right below certain furniture of the run, a banner's last button below its notice, an
  // address bar below `Seuraa meitä` or a `©` line, is the run's. Review Y of round 59.)
  // (Not below a page's count, which ends a page, not a run: `Sivu 6 (6)` / `Vuosi | Osallistujia | Naisia` /
  // `2016 | 38 | 18` is a table on the page after it, kept and said. Audit LB of round 75.)
  if (shared !== null) for (let i = bottom + 1; i < lines.length; i++) if (shared[i] === MAY_BE_TEXT && shared[i - 1] === 1 && !isPageCountLine(lines[i - 1].text)) shared[i] = 1;
  // Items right below a list's intro (`Hanke viestii kanavissa:` / `Facebook` / `Instagram`) are the
  // text's list, not a page's links: the run starts below them (a line that is furniture anywhere stays in it).
  // (An intro is a sentence's words, not a field's empty label; a page's button, `Tulosta`, is no item.)
  // (Nor a page's own intro to its links, `Seuraa meitä somessa:`, which starts as a footer does.)
  // (Also with the list's first items above the run, `… kanavissa:` / `Hankkeen verkkosivut` / `Paikallislehdet` /
  // `Facebook`: short lines, no sentence, right below the intro. Audit AN of round 59.)
  let introAt = bottom - 1;
  while (shared !== null && introAt > top && bottom - introAt <= LIST_ITEMS_ABOVE_RUN && !lines[introAt].afterBlank && !lines[introAt].text.endsWith(':') && lines[introAt].kind === 'text' && lines[introAt].text.length <= 60 && !SENTENCE_END.test(lines[introAt].text)) introAt--;
  const intro = lines[introAt] ?? lines[bottom - 1];
  if (shared !== null && bottom > top && bottom < lines.length && !lines[bottom].afterBlank && intro.text.endsWith(':') && !(intro.kind === 'label' && template.labelKeys.has(intro.labelKey!)) && intro.text.split(' ').length >= 3 && !startsAsFooter(intro.text)) {
    // (A `©` line is never an item, nor, below a list with markers, a bar of phrases without one, a footer's
    // links: `- vastuutyöntekijämalli` / `Saavutettavuusseloste | Tietosuoja` / `© 2024 …` in a copy without
    // blank lines, audit AQ of round 59. Other lines without the marker are items: sub-items below an item
    // ending with a colon, `- sosiaalinen media:` / `Facebook`, or an item its marker was left off, review BA.)
    const marker = opensWithListMarker(lines[bottom - 1].text) && !lines[bottom - 1].text.endsWith(':') ? lines[bottom - 1].text.charCodeAt(0) : -1;
    const isItem = (line: SourceLine) => (marker === -1 || opensWithListMarker(line.text) || !line.text.includes(' | ')) && !isCopyrightLine(line.text);
    while (bottom < lines.length && shared[bottom] === 1 && !lines[bottom].afterBlank && !isAnywhereFurniture(lines[bottom].text) && !buttonKeys.has(keyOf(lines[bottom]) ?? '') && isItem(lines[bottom])) shared[bottom++] = 0;
  }
  // Below such an intro right above the run, after a blank line, the run's lines may be the text's list, each item after a
  // blank line (`… kanavista:` / / `Facebook` / / `YouTube`), or a page's footer, menu or language switch after the text:
  // nothing tells which, so the lines are kept in unmapped and said. Audit WG of round 79 (they were dropped, an info
  // only); reviews RVA and RVC (read as the text, a footer after a list was read with it).
  else if (shared !== null && bottom > top && bottom < lines.length && lines[bottom].afterBlank && introAt === bottom - 1 && intro.text.endsWith(':') && !(intro.kind === 'label' && template.labelKeys.has(intro.labelKey!)) && !startsAsFooter(intro.text) && !isSharedFurniture(intro)) {
    for (let i = bottom; i < lines.length; i++) if (shared[i] === 1 && !isAnywhereFurniture(lines[i].text) && !isCopyrightLine(lines[i].text)) shared[i] = MAY_BE_TEXT;
  }
  // A fund's name at the end that goes on from the text (the last of a list of funders, the end of
  // a wrapped sentence) is the text's; standing alone, or beside another furniture line, it is the
  // logo's caption. (A page number or a rule after it is no such line.)
  const companionsOnly = (from: number, to: number) => from > 0 && from < to && continuesText(lines, from, facts) && companionKeys.has(normaliseKey(lines[from].text)) && lines.slice(from, to).every((line) => companionKeys.has(normaliseKey(line.text)) || isAnywhereFurniture(line.text));
  if (companionsOnly(bottom, lines.length)) {
    let end = bottom;
    while (end < lines.length && companionKeys.has(normaliseKey(lines[end].text))) end++;
    shared!.fill(0, bottom, end);
    bottom = end;
  }
  // (After a blank line below an organisation's name alone on its line, a list of funders one a paragraph, `Uudenmaan
  // ELY-keskus` / / `Euroopan sosiaalirahasto`: the list's last item, or the logo's caption below it; nothing tells
  // which, so it is kept in unmapped and said. Left by audit WG of round 79 (F1c): dropped, an info only.)
  // (A fund's name only, vocabulary `fundNames`: a site's name or a language switch there is the page's. Review RVA.)
  else if (shared !== null && bottom > top && bottom < lines.length && lines[bottom].afterBlank && fundNameKeys.has(normaliseKey(lines[bottom].text)) && namesOrganisationAlone(lines[bottom - 1])) {
    for (let i = bottom; i < lines.length && shared[i] === 1 && fundNameKeys.has(normaliseKey(lines[i].text)); i++) shared[i] = MAY_BE_TEXT;
  }
  // A text browser's closing list of link references, under its heading.
  const references = linkReferencesAt(lines, top, bottom);
  if (references !== -1) {
    (shared ??= new Uint8Array(lines.length)).fill(1, references, bottom);
    bottom = references;
    // The links the list numbers stand right above it (`[1]Tulosta`, `[2]Takaisin hakuun`): the run goes on.
    while (bottom > top && (isSharedFurniture(lines[bottom - 1]) || isAnywhereFurniture(lines[bottom - 1].text))) shared[--bottom] = 1;
  }
  // A report, claim or decision appended below the description (`Loppuraportti S21693` / `Yhteenveto` /
  // …): from its title on, marked 4, kept apart, said. (Before the signature is looked for: a mail's
  // signature may stand above the document it carries.)
  const appended = appendedDocumentAt(lines, facts, template, top, bottom);
  if (appended !== -1) {
    (shared ??= new Uint8Array(lines.length)).fill(4, appended, bottom);
    bottom = appended;
  }
  // A page's footer or side box (`Seuraa meitä`, `Muut hankkeet` and the names under it) holds
  // lines no vocabulary knows: from a line that starts one, near the end and after the text's
  // last heading, everything is furniture.
  const { at: footer, uncertain } = footerStart(lines, template, top, bottom);
  if (footer !== -1) {
    const quoted = !uncertain && quotedMessageRightBelow(lines, top, footer, bottom);
    (shared ??= new Uint8Array(lines.length)).fill(uncertain ? 6 : quoted ? 8 : 1, footer, bottom);
    // (A footer that may be the text's own keeps its lines no furniture's in unmapped, said. Audit AN of round 59.)
    if (uncertain) for (let i = footer; i < bottom; i++) if (!isSharedFurniture(lines[i]) && !isAnywhereFurniture(lines[i].text)) shared[i] = MAY_BE_TEXT;
    // (The message's first line is said; the lines below it are kept with it.)
    if (quoted) shared[footer] = 7;
    bottom = footer;
    // A furniture phrase right above it goes with it (`Lähetetty iPhonesta` above a quoted message);
    // not a sentence that a cookie notice's pattern would take.
    while (bottom > top && (isFurniturePhrase(lines[bottom - 1]) || isAnywhereFurniture(lines[bottom - 1].text))) shared[--bottom] = 1;
    // A text browser's list of link references above the signature (a lynx dump sent by e-mail).
    const referencesAbove = linkReferencesAt(lines, top, bottom);
    if (referencesAbove !== -1) {
      shared.fill(1, referencesAbove, bottom);
      bottom = referencesAbove;
      while (bottom > top && (isSharedFurniture(lines[bottom - 1]) || isAnywhereFurniture(lines[bottom - 1].text))) shared[--bottom] = 1;
    }
  }
  // An address and a phone, web or e-mail address closing a print, below the last text's sentence
  // (`Tunturin Opisto Oy` / `Koulukatu 7` / `96100 Rovaniemi` / `p. 016 123 4567`, or on one line):
  // marked 5, kept apart, said — a print's footer, or the text's own contact details.
  const address = addressFooterAt(lines, facts, template, top, bottom);
  if (address !== -1) {
    (shared ??= new Uint8Array(lines.length)).fill(5, address, bottom);
    bottom = address;
  }
  // The copy signed below its last sentence: a place and a date (`Kuusamossa 12.3.2016`), the signer's
  // name and title below it or none: marked 10, kept apart, said — no line of the last section's text.
  // (Above an address closing the copy too: `Helsingissä 30.9.2011` / `Anna Keto` / `puh. 040 …`.) Audit CA of round 67.
  // (An attachment's mark as the copy's last line below the signature, `… / Anne Multas` / `Liite 1: Loppujulkaisu`,
  // is the attachment's, kept apart as one: the signature is looked for above it. Reviews CF, CH of round 67.)
  const markBelow = bottom - 1 > top && lines[bottom - 1].text.length <= 80 && isMarkedAttachmentTitle(lines[bottom - 1].text) ? bottom - 1 : bottom;
  const signed = signedBlockAt(lines, facts, top, markBelow);
  if (signed !== -1) {
    (shared ??= new Uint8Array(lines.length)).fill(4, markBelow, bottom).fill(SIGNED, signed, markBelow);
    bottom = signed;
  }
  // The reply's own lines below a description quoted in an e-mail reply, above its signature (`Kiitos, katson tämän.` /
  // `Liisa`): a few short lines of no layout's structure after the last quoted line. (More, or a long
  // one, may be the description's own end, left unquoted: its text.)
  if (quoteEndLine !== null) {
    let reply = bottom;
    while (reply > top && lines[reply - 1].position.start.line > quoteEndLine) reply--;
    // (A contact line of the layout's own words among them, the replier's `Puhelinnumero: …`, is theirs too. Audit AK of round 58.)
    if (reply < bottom && bottom - reply <= REPLY_LINES && !lines.slice(reply, bottom).some((line) => line.text.length > REPLY_LINE_LENGTH || isHeadingLine(line, template) || (line.kind === 'label' && template.labelKeys.has(line.labelKey!) && !isContactLabel(template, line.labelKey!)))) {
      // (With a sentence among them, kept in unmapped, said: a reply's comment may say what the copy
      // lacks, `… päätöksessä oli 450 000 euroa.`; a name, a title and an organisation alone are its signature.)
      const comment = lines.slice(reply, bottom).some((line) => /[.!?]$/u.test(line.text) && line.text.split(' ').length >= 3);
      (shared ??= new Uint8Array(lines.length)).fill(comment ? 2 : 1, reply, bottom);
      bottom = reply;
    }
  }
  // A page's box of other projects (`Samankaltaisia hankkeita`, their cards): the site's, not the page's.
  // (Below a description copied from the register's page too, under such a heading: `Muut hankkeet` / names.)
  {
    const related = relatedProjectsAt(lines, template, top, bottom);
    if (related !== null && (template.definition.page !== undefined || !related.byBars)) {
      // (Cards with summary bars of their own are surely the site's: furniture. Under a heading alone the
      // lines may be the page's own, a role so named: kept in unmapped, said.)
      (shared ??= new Uint8Array(lines.length)).fill(related.byBars ? 1 : 3, related.start, bottom);
      bottom = related.start;
    }
  }
  // A note its sender wrote below the copy (`HUOM: yhteyshenkilö vaihtunut …`): marked 2, kept apart, said.
  const note = senderNoteAt(lines, template, top, bottom);
  if (note !== -1) {
    (shared ??= new Uint8Array(lines.length)).fill(2, note, bottom);
    bottom = note;
  }
  // A sender's line introducing a second description pasted below (`Ja tässä vielä toisen hankkeen
  // kuvaus:`, alone, the layout's title right after it): the sender's note, no text of the section above.
  for (let i = top + 1; i < bottom - 1; i++) {
    const line = lines[i];
    if (line.text.charCodeAt(line.text.length - 1) !== 58 || (facts.blankSeparated && (!line.afterBlank || !lines[i + 1].afterBlank)) || line.text.length > SENDER_NOTE_LINE_LENGTH || line.kind === 'numbered') continue;
    if (template.titleKeys.has(keyOf(lines[i + 1]) ?? '')) (shared ??= new Uint8Array(lines.length))[i] = 2;
  }
  return { top, bottom, shared, wrappedTitle };
}

/**
 * Whether line `i`, a heading of a page's layout right below a menu's furniture line (no blank line
 * between: `Etusivu` / `Hankkeet` / `Tulokset`), is the site's menu item of that name: a heading of
 * an earlier section of the page stands below it, so it cannot open its section there.
 */
function isMenuItemHeading(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  const line = lines[i];
  // (A menu's item has no colon, and a blank line or another menu item after it: `Tietoja hankkeesta:`
  // with its labels right below it is that section's heading, whatever stands above it.)
  if (template.definition.page === undefined || line.afterBlank || line.text.length > 40 || line.text.endsWith(':') || !isHeadingLine(line, template)) return false;
  const next = lines[i + 1];
  if (next !== undefined && !next.afterBlank && !isSharedFurniture(next)) return false;
  // (Nor a heading with its section's text below it: a label of the layout, a sentence.)
  if (next !== undefined && ((next.kind === 'label' && template.labelKeys.has(next.labelKey!)) || /[.!?]$/u.test(next.text) || next.text.length > 100)) return false;
  const own = Math.min(...template.sectionsByHeading.get(headingKey(line, template)!)!.map((section) => section.index));
  for (let j = i + 1; j < lines.length; j++) {
    if (!isHeadingLine(lines[j], template)) continue;
    if (template.sectionsByHeading.get(headingKey(lines[j], template)!)!.some((section) => section.index < own)) return true;
  }
  return false;
}

const relatedProjectsHeadings = new Set(vocabulary.pageFurniture.relatedProjectsHeadings.map(normaliseKey));
/** The first letters (lower case) of those headings: a line starting otherwise is none. */
const relatedHeadingFirstLetters = new Set([...relatedProjectsHeadings].map((heading) => lowerCode(heading.charCodeAt(0))));
/** The longest line of a card of another project (its title or its tagline). */
const CARD_LINE_LENGTH = 160;
/** A card's title: short, no sentence's or list's mark at its end. */
const isCardTitle = (text: string) => text.length <= 100 && !/[.:;,]$/u.test(text);

/**
 * The first line of a page's box of other projects at the text's end (up to `bottom`), else null: a
 * site's side box that a copy of the whole page takes along. Either cards with a summary bar of
 * their own (a title, perhaps a tagline, then `Toimintalinja 5 (ESR) | 01.03.2016 – … | Etelä-Savo`)
 * below the page's headings, with the box's heading above them if it is one of
 * `relatedProjectsHeadings`; or that heading with short lines below it (titles and taglines), none
 * of them a heading or a label of the layout.
 */
function relatedProjectsAt(lines: SourceLine[], template: CompiledTemplate, top: number, bottom: number): { start: number; byBars: boolean } | null {
  const line = (i: number) => lines[i].text;
  let start = bottom;
  // (A printed page's footer and header between two cards, `https://… 1/2` / `30.11.2026 9.12 …`, part them no more than a blank line.)
  const pastPageBreak = (i: number) => {
    while (i > top + 1 && isAnywhereFurniture(line(i))) i--;
    return i;
  };
  // (Cards with summary bars of their own are a page's: below a description only the heading is looked for.)
  for (let i = template.definition.page === undefined ? -1 : pastPageBreak(bottom - 1); i > top + 1 && looksLikeSummaryBar(line(i), template) && !lines[i].afterBlank; ) {
    // The card's lines right above its bar: a title, or a title and a tagline.
    const above = i - 1;
    let first = isCardTitle(line(above)) ? above : -1;
    if (!lines[above].afterBlank && above - 1 > top && isCardTitle(line(above - 1)) && (first === -1 || !isCardTitle(line(above)))) first = above - 1;
    if (first === -1 || looksLikeSummaryBar(line(first), template) || looksLikeSummaryBar(line(above), template)) break;
    start = first;
    i = pastPageBreak(first - 1);
  }
  const isRelatedHeading = (i: number) => i > top && line(i).length <= 60 && relatedHeadingFirstLetters.has(lowerCode(line(i).charCodeAt(0))) && relatedProjectsHeadings.has(keyOf(lines[i]) ?? '');
  if (start < bottom) {
    let heading = false;
    for (let i = top; i < start && !heading; i++) heading = isHeadingLine(lines[i], template);
    if (!heading) return null;
    return { start: isRelatedHeading(start - 1) ? start - 1 : start, byBars: true };
  }
  for (let i = Math.max(top + 1, bottom - FOOTER_LINES); i < bottom - 1; i++) {
    if (!isRelatedHeading(i)) continue;
    // (Below a description, names only: a final report's own sub-heading of that wording has sentences below it.)
    const namesOnly = template.definition.page === undefined;
    const cards = lines.slice(i + 1, bottom).every((card) => card.text.length <= CARD_LINE_LENGTH && !isHeadingLine(card, template) && !(card.kind === 'label' && template.labelKeys.has(card.labelKey!)) && !(namesOnly && /[.!?:;]$/u.test(card.text)));
    return cards ? { start: i, byBars: false } : null;
  }
  return null;
}

/** A line of a summary bar's first part and its separator, the rest of the bar on the next line. */
function summaryBarBrokenAfterFirst(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate): boolean {
  const separator = template.definition.page?.summaryBarSeparator.trim();
  if (separator === undefined || next === undefined || next.afterBlank || !line.text.endsWith(separator)) return false;
  // (The part itself a bar's, an axis, a fund or a date: a breadcrumb's last crumb, `Etelä-Savo |`, is none.)
  return (template.summaryBarPattern === null || template.summaryBarPattern.test(line.text)) && looksLikeSummaryBar(`${line.text} ${next.text}`, template);
}

const reportTitle = lazyRegExp(() => new RegExp(vocabulary.reportTitles.pattern, 'iu'));
/** A report's, a claim's or a decision's title (vocabulary `reportTitles.topTitle`), and a word one of them holds (a quick test first). */
const topTitle = lazyRegExp(() => new RegExp(vocabulary.reportTitles.topTitle, 'iu'));
/** A final report's title (vocabulary `reportTitles.ownReport`), which the description's own last section may have as a sub-heading. */
const ownReportTitle = lazyRegExp(() => new RegExp(vocabulary.reportTitles.ownReport, 'iu'));
const topTitleWord = lazyRegExp(() => new RegExp(vocabulary.reportTitles.topTitleWords, 'iu'));
const attachmentMark = lazyRegExp(() => new RegExp(vocabulary.reportTitles.attachmentMark, 'iu'));
const decisionLabels = new Set(vocabulary.reportTitles.decisionLabels.map(normaliseKey));
const decisionLabelsInRun = new Set(vocabulary.reportTitles.decisionLabelsInRun.map(normaliseKey));
const decisionLabelsAlongside = new Set(vocabulary.reportTitles.decisionLabelsAlongside.map(normaliseKey));

/** A short paragraph of an attachment's mark alone (`LIITE 1`, `Liite 2:`), or with a report's title (`Liite 2: Väliraportti`). */
function isAttachmentMark(line: SourceLine): boolean {
  if (line.text.length > 80 || !attachmentMark.test(line.text)) return false;
  const rest = line.text.replace(attachmentMark, '');
  return rest === '' || reportTitle.test(rest);
}

/** A Markdown code fence's line (```` ``` ````, ```` ```text ````, `~~~`), that a copy may be wrapped in. */
const CODE_FENCE = lazyRegExp(() => /^(?:`{3,}|~{3,})[\p{L}\d+-]*$/u);

/**
 * The line a report or claim appended below the description starts at (its title, `Loppuraportti
 * S21693`, `LOPPURAPORTTI` with a numbered heading below it, `Väliraportti 2/2017` with a field): a paragraph of its own,
 * with more below it, after the text of the layout's last heading (not its first line: a section
 * may open with such words); else -1.
 */
function appendedDocumentAt(lines: SourceLine[], facts: TextFacts, template: CompiledTemplate, top: number, bottom: number): number {
  const headings = facts.headingIndices;
  if (headings.length === 0) {
    // (A flattened copy, no heading in it: looked for below its last field, `… työelämään.` / `Liitteet` /
    // `Liite 1 Loppujulkaisu (pdf)` below the summary. Audit CA of round 67.)
    let lastField = bottom - 1;
    while (lastField > top && !(lines[lastField].kind === 'label' && template.labelKeys.has(lines[lastField].labelKey!))) lastField--;
    // (Only an attachments' list, its lines all marks: a report's cover above the description it carries,
    // `Päiväys: …` / `Liite 1` / the description's title, is no such list.)
    const at = lastField > top ? attachedDocumentAt(lines, facts, top, lastField + 2, bottom) : -1;
    return at !== -1 && lines.slice(at, bottom).every((line) => attachmentMark.test(line.text)) ? at : -1;
  }
  // (Whichever starts first: an attachment may list its own `Puheenjohtaja:` lines, minutes their attachments.)
  const decision = decisionAt(lines, facts, template, Math.max(top + 1, headings[headings.length - 1] + 2), bottom);
  const attached = attachedDocumentAt(lines, facts, top, Math.max(top + 1, headings[headings.length - 1] + 2), decision === -1 ? bottom : decision + 1);
  return attached !== -1 && (decision === -1 || attached < decision) ? attached : decision;
}

/** The most words of an attachment's title after its mark as the copy's last line (`Liite 1: Hankkeen kustannusarvio ja rahoitussuunnitelma vuosille 2016–2018`). */
const ATTACHMENT_TITLE_WORDS = 10;
/** A verb a sentence is built on (vocabulary `sentenceVerbs`: `on`, `ovat`, `löytyy`): a title has none. */
const SENTENCE_VERB = lazyRegExp(() => new RegExp(`(?:^|\\s)(?:${vocabulary.sentenceVerbs.words.map(escapeRegExp).join('|')})(?=\\s|$)`, 'u'));
/** Whether a text has a verb a sentence is built on (`on`, `ovat`, `löytyy`). */
export function hasSentenceVerb(text: string): boolean {
  return SENTENCE_VERB.test(text);
}

/** Whether a line is an attachment's mark with its title or alone (`Liite 1: Loppujulkaisu`, `Liitteet`). */
function isMarkedAttachmentTitle(text: string): boolean {
  const marked = attachmentMark.exec(text);
  if (marked === null || !/^\p{Lu}/u.test(text)) return false;
  const written = text.slice(marked[0].length);
  return !/[.!?]$/u.test(written) && (written === '' || /^\p{Lu}/u.test(written)) && isAttachmentTitle(written);
}

/** Whether the words after an attachment's mark are its title: ten words at most (a dash is none), none a sentence's verb (`Liite 1 Tulokset on esitetty …` is a sentence that lost its full stop). Reviews CF and CH of round 67. */
function isAttachmentTitle(written: string): boolean {
  return written.split(/\s+/u).filter((word) => /[\p{L}\d]/u.test(word)).length <= ATTACHMENT_TITLE_WORDS && !SENTENCE_VERB.test(written);
}

/** The first line of a report, claim or attachment appended below the description (`appendedDocumentAt`), looked for from `from` up to `bottom`; else -1. */
function attachedDocumentAt(lines: SourceLine[], facts: TextFacts, top: number, from: number, bottom: number): number {
  for (let i = from; i < bottom; i++) {
    const line = lines[i];
    // (`Liite 2: Väliraportti` is read as a label: its mark is taken off before the title is looked at.)
    const marked = attachmentMark.exec(line.text);
    const written = marked === null ? line.text : line.text.slice(marked[0].length);
    // The copy's last paragraph an attachment's mark alone or with a short title (`Liite 1: Loppujulkaisu`,
    // `Liite 1 Loppujulkaisu`, `Liitteet`), below the text's last sentence: the attachments' list, no line
    // of the text. Audit CA of round 67.
    if (i === bottom - 1) {
      // (A title of a few words: a sentence that lost its full stop, `Liite 1 Hankkeen loppujulkaisu on luettavissa …`, is the text's. Review CF.)
      return (line.afterBlank || !facts.blankSeparated) && /[.!?]$/u.test(lines[i - 1].text) && line.text.length <= 80 && isMarkedAttachmentTitle(line.text) ? i : -1;
    }
    // An attachment's mark opening a paragraph of its own, alone or with a short title (`LIITE 1.
    // Kustannusarvio`, `Liitteet`, `Liite: Ohjausryhmä`), more below it: an attachment, no text of the
    // section's. (A sentence that names one, `Liite 1 sisältää budjetin.`, ends as a sentence; a mark
    // with a sentence below it, `Liite 1: Loppuraportti` / `Se on luettavissa …`, wrapped or not, is
    // the text's reference to an attachment: only a list, a table or fields below make one.)
    const below = lines[i + 1];
    // (Or, without the blank line above it, the attachments' heading alone over an attachment's mark, below
    // the text's last sentence: `… työelämään.` / `Liitteet` / `Liite 1 Loppujulkaisu (pdf)`. Audit CA of round 67.)
    const opensParagraph = line.afterBlank || ((!facts.blankSeparated || (written === '' && !below.afterBlank && attachmentMark.test(below.text))) && /[.!?]$/u.test(lines[i - 1].text));
    // (A line that neither ends a sentence nor goes on in lower case below it: a table's row, `Henkilöstökulut 98 400 132 000`.)
    const goesOnBelow = lines[i + 2] !== undefined && !lines[i + 2].afterBlank && /^\p{Ll}/u.test(lines[i + 2].text);
    const listTableOrFields = below.kind === 'label' || below.kind === 'numbered' || opensWithListMarker(below.text) || below.text.includes('\t') || (!/[.!?]$/u.test(below.text) && !goesOnBelow);
    if (marked !== null && opensParagraph && line.text.length <= 80 && /^\p{Lu}/u.test(line.text) && !/[.!?]$/u.test(written) && (written === '' || /^\p{Lu}/u.test(written)) && listTableOrFields) return i;
    // (In a copy without blank lines, a title with an attachment's mark, the project's code or in
    // capitals stands apart enough: `Liite 2: Väliraportti`, `VÄLIRAPORTTI 2/2020`.)
    const coded = facts.projectCode !== null && written.includes(facts.projectCode);
    const apart = (line.afterBlank && lines[i + 1].afterBlank) || (!facts.blankSeparated && (marked !== null || coded || (written.toUpperCase() === written && /\p{Lu}{4}/u.test(written))));
    if ((line.kind === 'label' && marked === null) || !apart || line.text.length > 80) continue;
    const title = coded ? written.replace(facts.projectCode!, '').replace(/[()[\]–-]/gu, ' ').replace(/\s+/gu, ' ').trim() : written;
    // A document's title in capitals, apart, of two words at least (`PÄÄTÖS TUEN MYÖNTÄMISESTÄ`, a
    // decision pasted below the description, its sentences after it): appended, whatever follows.
    // (With a field's line below it, the decision's `Päätöksen tehnyt: …`: a sub-heading of the text in
    // capitals, `HANKKEEN LOPPURAPORTTI` with sentences below it, stays the text's.)
    if (line.afterBlank && lines[i + 1].afterBlank && title.toUpperCase() === title && /\p{Lu}{3,}\s+\p{Lu}{3,}/u.test(title) && topTitleWord.test(title) && topTitle.test(title) && lines.slice(i + 1, bottom).some((below) => below.kind === 'label')) return i;
    if (title === '' || !reportTitle.test(title)) continue;
    // (Not a list's item below its intro, `… verkkosivulla:` / `Loppuraportti`, nor a sentence's
    // subject going on below it, `Maksatushakemus 3` / `käsiteltiin …`; and a title written as a
    // sub-heading, in capitals too, is one: a report's own title has the project's code, or a field
    // or a numbered heading of the report follows it.)
    const next = lines[i + 1];
    if (lines[i - 1].text.endsWith(':') || /^\p{Ll}/u.test(next.text)) continue;
    // (Or a title of someone else's document, a paragraph of its own, `Rahoituspäätös`, `Väliraportti 2/2018`,
    // `Ohjausryhmän pöytäkirja 3/2018` over a paragraph: no final report has such a sub-heading, as it may have
    // `Loppuraportti`. Audit AM of round 59: the decision's or claim's text went into the final report, unsaid.)
    // (Not over a numbered sentence, `1. Ohjausmalli otettiin käyttöön …`: the final report's own list under its sub-heading.)
    let othersDocument = line.afterBlank && next.afterBlank && next.kind !== 'numbered' && !ownReportTitle.test(title);
    // (A bare title, no number or code, over sentences only: kept as the text's, said — a final report may
    // have such a sub-heading. Review Z of round 59.)
    if (othersDocument && !/\d/u.test(title) && lines.slice(i + 1, bottom).every((below) => below.kind === 'text' && (SENTENCE_END.test(below.text) || !below.afterBlank))) {
      facts.appendedTitleInText ??= line;
      othersDocument = false;
    }
    if (coded || othersDocument || next.kind === 'label' || (next.kind === 'numbered' && !/[.!?]$/u.test(next.text))) {
      // (A title of its own right above it, `PÄÄTÖS` / `Rahoituspäätös S11784`, goes with it.)
      // (So does an attachment's mark above it, `LIITE 1` / `Loppuraportti S21693`.)
      const above = lines[i - 1];
      const aboveApart = (line.afterBlank && above.afterBlank) || (!facts.blankSeparated && isAttachmentMark(above));
      return i - 1 > top && aboveApart && (isAttachmentMark(above) || (above.text.length <= 80 && reportTitle.test(above.text))) ? i - 1 : i;
    }
  }
  return -1;
}

/** A postcode and its post office (`96100 Rovaniemi`), alone or after a separator. */
const POSTCODE_PLACE = lazyRegExp(() => /(?:^|[,•·|–]\s*)\d{5}\s+\p{Lu}[\p{L}-]+/u);
/** A phone written with its abbreviation (`p. 016 …`, `puh. +358 …`, `tel.`), a web or an e-mail address. */
const CONTACT_WAY = lazyRegExp(() => new RegExp(`(?:^|[,•·|–]\\s*)(?:(?:${vocabulary.phoneAbbreviations.words.join('|')})\\.?\\s*:?\\s*\\+?\\d|www\\.|https?:\\/\\/|[\\w.-]+@[\\w-]+\\.)`, 'iu'));
/** A phone number alone on its line (`040 123 4567`, `+358 40 123 4567`). */
const PHONE_ALONE = lazyRegExp(() => /^(?:\+\d{3}\s?\d{1,3}|0\d{1,3})[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){0,2}$/u);
/**
 * The first line, from `from` on, of a funder's decision or a board's minutes that quote the description
 * above: one of their labels (vocabulary `decisionLabels`, none of the layout's) opening a paragraph, as
 * `Päätösehdotus: …` or alone on its line (`Päätös` / `Hyväksyttiin.`); else -1. (Audits AI and AK of round 58:
 * the minutes' proposal and decision were read as the final report's last paragraphs.)
 */
function decisionAt(lines: SourceLine[], facts: TextFacts, template: CompiledTemplate, from: number, bottom: number): number {
  // The run of paragraphs opening with such labels so far: its first line, whether it has a label only
  // such a document writes, and how many it has. (One word a final report opens a paragraph with too,
  // alone, `Lisätiedot: www.hanke.fi`, `Aika: 2015–2018`, is the report's. Review W of round 58.)
  let run = -1;
  let strong = false;
  let core = false;
  let count = 0;
  // Whether the run so far makes a decision: a label only minutes write, or two with one of the minutes' own words.
  const counted = (kind: 0 | 1 | 2 | 3) => {
    strong ||= kind === 3;
    core ||= kind === 2;
    return strong || (++count >= 2 && core);
  };
  for (let i = from; i < bottom; i++) {
    const line = lines[i];
    const opens = line.afterBlank || (!facts.blankSeparated && /[.!?]$/u.test(lines[i - 1].text));
    // (Inside a run's paragraph, its label lines one below the other count too: `Kokous: 3/2016` / `Aika: …` / `Paikka: …`.)
    if (!opens && (run === -1 || line.kind !== 'label')) continue;
    const kind = decisionLabelKind(line, template);
    if (!opens) {
      if (kind !== 0 && counted(kind)) return run;
      continue;
    }
    if (kind === 0) {
      // (A heading of the minutes alone has its paragraph below it, `Päätösehdotus` / `Kunnanhallitus …`: the run goes on past it.)
      if (run !== -1 && !(lines[i - 1].kind !== 'label' && decisionLabelKind(lines[i - 1], template) !== 0)) run = -1;
      continue;
    }
    if (run === -1) {
      run = i;
      strong = core = false;
      count = 0;
    }
    if (counted(kind)) return run;
  }
  return -1;
}

/**
 * 3 for a label only a decision or minutes write (`decisionLabels`), 2 for one of the minutes' own words a
 * report may write too (`decisionLabelsInRun`), 1 for one a report writes as often (`decisionLabelsAlongside`), else 0.
 */
function decisionLabelKind(line: SourceLine, template: CompiledTemplate): 0 | 1 | 2 | 3 {
  if (!/^\p{Lu}/u.test(line.text)) return 0;
  const key = line.kind === 'label' ? line.labelKey! : line.text.length <= 40 ? keyOf(line) : null;
  if (key === null || template.labelKeys.has(key)) return 0;
  return decisionLabels.has(key) ? 3 : decisionLabelsInRun.has(key) ? 2 : decisionLabelsAlongside.has(key) ? 1 : 0;
}

/** The headings of a block of contact details (vocabulary `contactBlockHeadings`: `Yhteystiedot`, `Lisätietoja`). */
const contactBlockHeadingKeys = new Set(vocabulary.contactBlockHeadings.words.map(normaliseKey));

/** A line that is a way of contact: a phone (with its word or alone), a web or an e-mail address, also as a label's value (`Sähköposti: anna.keto@…`, `Puhelin: 040 …`). */
function isContactWay(line: SourceLine): boolean {
  return CONTACT_WAY.test(line.text) || PHONE_ALONE.test(line.text) || (line.kind === 'label' && line.value !== undefined && line.value !== null && (CONTACT_WAY.test(line.value) || PHONE_ALONE.test(line.value)));
}

/** The place and date a copy is signed with (vocabulary `signedPlaceDate`): `Kuusamossa 12.3.2016`, `Vantaalla 1. päivänä kesäkuuta 2012`. */
const SIGNED_PLACE_DATE = lazyRegExp(() => new RegExp(vocabulary.signedPlaceDate.pattern, 'u'));
/** The most lines below a signature's place and date: the signers' names and titles (three signers). */
const SIGNED_LINES_BELOW = 6;
/** The longest line of a signer's name or title. */
const SIGNED_LINE_LENGTH = 60;
/** A signer's name alone, as written or in capitals (`Anne Multas`, `JARNO KARJALAINEN`, `Anna Keto-Tokoi`). */
const SIGNER_NAME = lazyRegExp(() => /^(?:(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}|\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,2})(?:,\s*\p{Ll}[\p{L}\s-]*)?$/u);

/**
 * The first line of a signature closing the text: its place and date, the place a municipality's name
 * (`Kuusamossa`, `Kuusamo,`), standing apart below a sentence's end (after a blank line, or in a copy
 * without blank lines below the sentence's full stop), with a signer's name below it (and their titles,
 * more signers) or nothing; else -1. (Not a caption's or a meeting's date, `Loppuseminaarissa 12.3.2016`,
 * `Maanantai, 14.3.2016`, nor an event's date over its title, `Kuusamossa 12.3.2016` / `Sosiaalisen
 * kuntoutuksen uudet polut`: review CD of round 67.)
 */
function signedBlockAt(lines: SourceLine[], facts: TextFacts, top: number, bottom: number): number {
  for (let i = bottom - 1; i > top && bottom - 1 - i <= SIGNED_LINES_BELOW; i--) {
    const line = lines[i];
    if (line.text.length > SIGNED_LINE_LENGTH) return -1;
    const placeDate = SIGNED_PLACE_DATE.exec(line.text);
    if (placeDate === null) {
      // (A signer's way of contact may be written as a label: `Puhelin: 040 …`. Review CF.)
      if ((line.kind === 'label' && !isContactWay(line)) || /[.!?:;,]$/u.test(line.text) || opensWithListMarker(line.text)) return -1;
      continue;
    }
    if (!namesMunicipalityWhere(placeDate[1])) return -1;
    const below = lines.slice(i + 1, bottom);
    if (below.length > 0 && !SIGNER_NAME.test(below[0].text)) return -1;
    const above = lines[i - 1];
    const apart = facts.blankSeparated ? line.afterBlank : /[.]$/u.test(above.text);
    // (Below an intro, `Allekirjoitukset:`, or a heading: the text's own lines; below an exclamation, an
    // event's notice, `Tervetuloa loppuseminaariin!` / `Kuusamossa 12.3.2016` / its venue; below another
    // place and date, a list of dates, `Raisiossa 12.3.2016.` / `Salossa 14.3.2016.`. Review CF.)
    return apart && /[.]$/u.test(above.text) && !SIGNED_PLACE_DATE.test(above.text) ? i : -1;
  }
  return -1;
}

/** How many lines above an address closing the copy a page's block heading is looked for. */
const BLOCK_HEADING_REACH = 20;
/** The most lines of an address closing a print. */
const ADDRESS_FOOTER_LINES = 6;

/**
 * The first line of an address closing the text (its postcode and place, and a phone, web or e-mail
 * address, or two such ways; short lines of no sentence), standing apart below a sentence's end: a
 * print's footer or the text's contact details, not the last text's end; else -1. (Not below an intro, `Lisätietoja:`, nor a
 * heading: a page's contacts are its text.)
 */
function addressFooterAt(lines: SourceLine[], facts: TextFacts, template: CompiledTemplate, top: number, bottom: number): number {
  let start = bottom;
  while (start - 1 > top && bottom - start < ADDRESS_FOOTER_LINES) {
    const line = lines[start - 1];
    // (A phone number alone may be lexed as a number's line, `050 111 2222`; a way of contact with its
    // word and a colon, `Puhelin: 029 506 0000`, as a label the layout does not have. Audit CA of round 67.)
    const text = line.kind === 'text' || (line.kind === 'numbered' && (PHONE_ALONE.test(line.text) || POSTCODE_PLACE.test(line.text))) || (line.kind === 'label' && !template.labelKeys.has(line.labelKey!) && isContactWay(line));
    // (No sentence's end inside either: `… tavoitteensa. Toiminta jatkuu osoitteessa` / `Koulukatu 6, …` is the text's.)
    if (!text || line.text.length > 80 || /[.!?:;]$/u.test(line.text) || /[.!?]\s+\p{Lu}/u.test(line.text)) break;
    start--;
    if (facts.blankSeparated && line.afterBlank) break;
  }
  if (start === bottom || start <= top) return -1;
  if (facts.blankSeparated && !lines[start].afterBlank) return -1;
  // (Below the text's last sentence, or its list's last item after a blank line, past furniture
  // between, a share line: `… kasvihuoneilla.` / `Jaa: Facebook | Twitter` / `Työ- ja elinkeinoministeriö` / …)
  // (In a copy without blank lines, a list's items above are the text's: the footer starts below them.)
  const listStart = start;
  if (!facts.blankSeparated) while (start < bottom && opensWithListMarker(lines[start].text)) start++;
  if (start === bottom) return -1;
  let above = start - 1;
  while (above > top && (isAnywhereFurniture(lines[above].text) || isSharedFurniture(lines[above]))) above--;
  // (A contact block's heading among the furniture passed over, `Yhteystiedot` / `Anna Keto` / `Puhelin: …`,
  // goes with the block: left alone it would end the text above. Review CH of round 67.)
  for (let k = above + 1; k < start; k++) {
    // (Not a page's block heading, `Yhteystiedot`, whose contacts are that block's text: below.)
    const key = normaliseKey(lines[k].text.replace(/:$/u, ''));
    // (A section's heading of the layout's own, `Yhteystiedot` of a layout defined so: the contacts are its text. Audit WL F2 of round 81.)
    if (contactBlockHeadingKeys.has(key) && isHeadingLine(lines[k], template)) return -1;
    if (contactBlockHeadingKeys.has(key) && !template.blockHeadingKeys.has(key)) {
      start = k;
      break;
    }
  }
  const listAbove = (facts.blankSeparated || start > listStart) && opensWithListMarker(lines[above].text);
  // (Or right below the last section's heading, its text not written: `9 Loppuraportin tiivistelmä` / `Petri
  // Manninen` / `puh. 040 555 1299` is a sender's signature, no final report. Audit AK of round 58.)
  const emptyLastSection = above === start - 1 && isHeadingLine(lines[above], template);
  // (Or a sentence whose full stop was left out, after an address, `… osoitteeseen palaute@kuusamo.fi`, a
  // paragraph of its own above it: four words or more, ending in no comma, colon or dash. Audit AQ of round 59.)
  const sentenceWithoutStop = facts.blankSeparated && lines[start].afterBlank && lines[above].kind === 'text' && lines[above].text.split(/\s+/u).length >= 4 && !/[,:;\u2013\u2014-]$/u.test(lines[above].text);
  if (!/[.!?]$/u.test(lines[above].text) && !listAbove && !emptyLastSection && !sentenceWithoutStop) return -1;
  const block = lines.slice(start, bottom);
  // (Or a person's or an office's contact lines, two ways at least: `Liisa Esimerkki` / `liisa@…` / `040 123 4567`.)
  const ways = block.filter(isContactWay).length;
  // (Or a person's name first and one way to reach them: a mail's signature without a closing word,
  // `Pekka Salonen` / `Länsirannikon ELY-keskus` / `puh. 0295 555 123`.)
  // (Reached by phone or e-mail: a web address below two capitalised words, `Hankkeen Kotisivu`, is a link's caption.)
  // (Not on a project page, whose last role or section may close with its own contact person.)
  const signed = template.definition.page === undefined && block.length >= 2 && PERSON_NAME_ALONE.test(block[0].text) && block.some((line) => isContactWay(line) && !/www\.|https?:\/\//iu.test(line.text));
  // (Or, on a project page, the site's footer from its button: `Palaute` / `Rakennerahastot.fi` / `PL 32,
  // 00023 Valtioneuvosto`, a postal address or a way to reach it below the button. Audit AH of round 57.)
  const siteFooter = template.definition.page !== undefined && block.length >= 2 && isPageButton(block[0].text) && block.slice(1).some((line) => POSTCODE_PLACE.test(line.text) || CONTACT_WAY.test(line.text) || PHONE_ALONE.test(line.text));
  if (!(block.some((line) => POSTCODE_PLACE.test(line.text)) && ways >= 1) && ways < 2 && !signed && !siteFooter) return -1;
  // (Not under a page's block heading, `Yhteystiedot`: contacts are that block's text.)
  for (let i = start - 1; i > top && start - i <= BLOCK_HEADING_REACH; i--) if (template.blockHeadingKeys.has(keyOf(lines[i]) ?? '')) return -1;
  return start;
}

/** A person's name alone on a line: two or three words in capitals (`Pekka Salonen`, `Anna-Liisa M. Keto`). */
const PERSON_NAME_ALONE = lazyRegExp(() => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u);

const senderNoteStarts = new Set(vocabulary.pageFurniture.senderNoteStarts);
const senderNoteCapitalStarts = new Set(vocabulary.pageFurniture.senderNoteCapitalStarts);
const senderNoteDelimiter = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.senderNoteDelimiter, 'u'));
const senderNoteSource = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.senderNoteSource, 'iu'));
const senderNoteGreetings = new Set(vocabulary.pageFurniture.senderNoteGreetings);
const senderNoteSignOff = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.senderNoteSignOff, 'u'));
/** A greeting opening a line, with or without a first name, and its comma or exclamation mark (`Hei,`, `Moi Anna!`). */
const GREETING = lazyRegExp(() => /^(\p{L}+)(?:\s+\p{Lu}\p{Ll}+)?\s*[,!]/u);

/** Whether a line opens with a mail's greeting (vocabulary `senderNoteGreetings`), with or without a first name: `Hei,`, `Moi Anna!`. */
export function opensWithGreeting(text: string): boolean {
  const greeting = GREETING.exec(text);
  return greeting !== null && senderNoteGreetings.has(greeting[1].toLowerCase());
}
const SENDER_NOTE_LINES = 3;
const SENDER_NOTE_LINE_LENGTH = 300;

/** The first line of a sender's note standing as the text's last paragraph (up to `bottom`), else -1. */
function senderNoteAt(lines: SourceLine[], template: CompiledTemplate, top: number, bottom: number): number {
  let start = bottom - 1;
  while (start > top && !lines[start].afterBlank && bottom - start < SENDER_NOTE_LINES) start--;
  if (start <= top || !lines[start].afterBlank) return -1;
  const first = lines[start].text;
  // (`PS.` and `NB.` in capitals take a full stop and a space as well as a colon: `PS. Loppuraportti tulee erikseen.`)
  const mark = /^([\p{L}.]{2,15})(?:\s*[:!]|(?<=\.)\s)/u.exec(first);
  const word = mark === null ? '' : mark[1].replace(/\.$/u, '');
  const dotted = mark !== null && !/[:!]/u.test(mark[0]);
  const starts =
    (!dotted && senderNoteStarts.has(word.toLowerCase())) ||
    senderNoteCapitalStarts.has(word) ||
    senderNoteDelimiter.test(first) ||
    (bottom - start === 1 && senderNoteSource.test(first)) ||
    // (Not a campaign's, a guide's or an event's name, `Hei, nuori! -kampanja …`. Review BA of round 60.)
    (opensWithGreeting(first) && !/[!?]\s+[-–]\p{L}/u.test(first)) ||
    senderNoteSignOff.test(lines[bottom - 1].text);
  if (!starts) return -1;
  for (let i = start; i < bottom; i++) if (lines[i].text.length > SENDER_NOTE_LINE_LENGTH || isHeadingLine(lines[i], template) || (lines[i].kind === 'label' && template.labelKeys.has(lines[i].labelKey!))) return -1;
  return start;
}

/**
 * Whether `next` goes on from `line` as a hard-wrapped sentence does, with a word in lower case: in
 * a hard-wrapped copy, or, in any copy, after a long line that ends inside a sentence (a cookie
 * notice wrapped in a text that is not).
 */
export function goesOnWrapped(line: SourceLine, next: SourceLine, facts: TextFacts): boolean {
  if (next.afterBlank || !/^\p{Ll}/u.test(next.text)) return false;
  return continuesWrapped(line, next, facts) || (line.text.length >= WRAPPED_LINE_LENGTH && !/[.!?:;|]$/u.test(line.text));
}

/** The shortest line a sentence wrapped by hand leaves (a menu or a button is shorter). */
const WRAPPED_LINE_LENGTH = 50;

/** Whether a line starts as a copyright footer's may (the sign, a bracket, a `c`): only such lines are tried against the pattern. */
const mayBeCopyright = (text: string) => {
  const first = text.charCodeAt(0);
  return first === 0xa9 || first === 40 || first === 99 || first === 67;
};

/** A copyright footer's first line: the sign, or `(c)` / `Copyright` with a year (`(c) kumppanuutta …` is a list's item). */
const COPYRIGHT = lazyRegExp(() => /^(?:©|(?:\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d{2}\b)/iu);

/**
 * `(c)` or `Copyright` and a year, then a word in lower case: a list's item (`(c) 2011 kolmas ryhmä`)
 * or a sentence (`Copyright 2019 -lisenssiehdot sovittiin …`), no copyright line (`(c) 2018 Esimerkki Oy`).
 * A footer's own lower-case words are no such word: `by`, `kaikki oikeudet …`, `all rights …`, a site's
 * address (`rakennerahastot.fi`, `www.…`); nor is any word after `Copyright ©`.
 * (Letter case counts here, so the expression is apart from the vocabulary's, which ignore it.)
 */
const YEAR_THEN_LOWER_CASE = lazyRegExp(() => /^(?:\([cC]\)|[cC]opyright|COPYRIGHT)\s*(?:19|20)\d{2}\s*(?:-\p{Ll}|(?!(?:by|kaikki|all|alla)(?!\p{L})|www\.|[\p{L}\d-]+\.\p{Ll}{2,})\p{Ll})/u);

/** `(c) 2011 Kolmas ryhmä` right below `(b) …`: a lettered list's third item, no copyright line. */
function thirdLetteredItem(above: SourceLine, line: SourceLine): boolean {
  return /^\([cC]\)/u.test(line.text) && /^\([bB]\)/u.test(above.text);
}

/** Whether a line starts with a phrase that starts a page's footer (`Seuraa meitä somessa:`). */
function startsAsFooter(text: string): boolean {
  const key = normaliseKey(text);
  for (const start of footerStarts) if (key.startsWith(start)) return true;
  return false;
}

/** A copyright footer's first line (`© …`, `(c) 2018 Esimerkki Oy`, `Copyright 2019 …`). */
export function isCopyrightLine(text: string): boolean {
  return mayBeCopyright(text) && COPYRIGHT.test(text) && !YEAR_THEN_LOWER_CASE.test(text);
}

/** The most lines a hard-wrapped furniture line (a cookie notice) runs on to. */
const WRAPPED_FURNITURE_LINES = 4;

/** How far from the end a footer may start, in lines. */
const FOOTER_LINES = 30;

/** The index of the line that starts the text's footer (a `footerStarts` phrase alone on its line), else -1. */
function footerStart(lines: SourceLine[], template: CompiledTemplate, top: number, bottom: number): { at: number; uncertain: boolean } {
  // An e-mail's signature: everything from its first line on, a disclaimer's sentences too.
  let found = -1;
  let uncertain = false;
  const hasBlankLines = lines.some((line) => line.afterBlank);
  for (let i = bottom - 1; i >= Math.max(top + 1, bottom - FOOTER_LINES); i--) {
    const text = lines[i].text;
    // (A delimiter is `--` or a dash, or Outlook's rule of underscores of any length after a blank
    // line or a sentence: one right below a line underlines it, a heading.)
    const rule = text.length <= 3 || (text.charCodeAt(0) === 95 && (lines[i].afterBlank || /[.!?]$/u.test(lines[i - 1].text)));
    const signed = rule && signatureDelimiter.test(text) ? isSignedBelow(lines, i, bottom) : 0;
    // (A thanks of one word with its exclamation mark over lines below it, `Kiitos!` / `T. Markku Mäkinen`, as
    // `Kiitos`; alone at the end, the text may end so. And a message quoted with `>` marks to the end after a
    // blank line, its first line a mail's header, `> Lähettäjä: kirjaamo@…`: the message a reply answers. Audit IC
    // of round 72: both went into the last section's text.)
    // (Only over a signature's name or contact: `Kiitos!` / `* osallistujille` thanks in the text. The quoted message not below a line
    // ending with a colon, which introduces a mail the text quotes. Review RVA.)
    const thanksWithMark = i + 1 < bottom && text.endsWith('!') && THANKS_ALONE.test(text.slice(0, -1)) && signsFrom(lines, i + 1, bottom);
    const quotedMessage = lines[i].afterBlank && text.charCodeAt(0) === 62 && !(i > 0 && lines[i - 1].text.endsWith(':')) && threadFrom.test(text.replace(/^>\s*/u, '')) && quotedToEnd(lines, i, bottom);
    // (A closing with its full stop glued below a sentence, in a copy with blank lines, ends that sentence's paragraph:
    // `… tarvittavan rahoituksen.` / `Kiitos.` of a hard-wrapped role's text. Review RVB of round 72.)
    // (A thanks only, with no signature below it: `Terveisin.` / `Matti Meikäläinen` / `040 …` signs all the same. Review RVD.)
    const endsParagraph = !lines[i].afterBlank && text.endsWith('.') && i > 0 && SENTENCE_END.test(lines[i - 1].text) && hasBlankLines && THANKS_ALONE.test(text.slice(0, -1)) && !signsFrom(lines, i + 1, bottom);
    const starts = ((isSignatureStart(text) && !endsParagraph) || thanksWithMark || quotedMessage || replyAbove.test(text) || signed !== 0 || isThreadHeader(lines, i, bottom));
    if (starts && signatureGoesOn(lines, template, i, bottom)) {
      found = i;
      // (A closing word over lines that name no person and hold no contact, `Kiitos` / `Kuusamon kaupunki` /
      // `Ksakki ry`, may be the text's own thanks to its partners: said. Audit AN of round 59.)
      // (So may a capitalised word alone below `Kiitos!`, taken for a first name: `Yhteenveto`, `Lopuksi`. Review RVA of round 74.)
      uncertain = signed === 2 || (signed === 0 && THANKS_ALONE.test(thanksWithMark ? text.slice(0, -1) : text) && onlyOrganisations(lines, i + 1, bottom)) || (thanksWithMark && i + 2 === bottom && FIRST_NAME_ALONE.test(lines[i + 1].text));
    }
  }
  if (found !== -1 && !headingAfter(lines, template, found, bottom)) return { at: found, uncertain };
  // Else the latest start before which no line after it is a sentence: a footer is links and names
  // (a sentence after `Muut hankkeet` makes it text). Most texts have none: only then are headings looked for.
  // (A related projects' heading, `Muut hankkeet`, starts none: its box is kept apart, said, below.)
  found = -1;
  let fromButton = false;
  for (let i = bottom - 1; i >= Math.max(top + 1, bottom - FOOTER_LINES); i--) {
    const line = lines[i];
    // (A footer's start may be a question: `Oliko tästä sivusta apua?`.)
    const key = line.text.length <= 40 && furnitureStarts.admits(line.text, leadOf(line)) ? keyOf(line) : null;
    // (Or a page's intro to its links that starts so, `Seuraa meitä somessa:`.)
    if (key !== null && !relatedProjectsHeadings.has(key) && (footerStarts.has(key) || (line.text.endsWith(':') && startsAsFooter(line.text)))) {
      found = i;
      fromButton = false;
      continue;
    }
    // (Or a back-to-top button below a description's last text, `Sivun alkuun` / `Työ- ja elinkeinoministeriö`,
    // its lines said: a block of the page's own may stand there too. Audit AI and review W of round 58.)
    if (key !== null && footerStartsUncertain.has(key) && template.definition.page === undefined) {
      found = i;
      fromButton = true;
      continue;
    }
    // A cookie notice (its sentences are furniture) starts one too, with a button below it
    // (`Hyväksy`): the lines below it are its buttons and links, no text. (A list item or a
    // sentence of the text that names cookies has no button after it.)
    const cookie = footerStartPatterns.test(line.text);
    // (Not over a field of the layout: a cookie notice printed over the page between two fields,
    // `… : 380 000` / `This website uses cookies.` / `Accept` / `Suunniteltu …: 475 000`, is no footer.)
    if (cookie && isCookieNotice(line) && buttonBelow(lines, i, bottom) && !fieldBelowButtons(lines, template, i, bottom)) {
      found = i;
      continue;
    }
    if (line.text.length > 80 || /[.!?]$/.test(line.text)) {
      // (A furniture sentence, a cookie notice's, does not end the footer.)
      if (cookie && isSharedFurniture(line)) continue;
      break;
    }
  }
  if (found === -1 || headingAfter(lines, template, found, bottom)) return { at: -1, uncertain: false };
  // (Below a description's `Seuraa meitä`, the project's own channel — a channel with its name, `Facebook: Välittävät
  // verkostot` (audit AN of round 59), or its site or handle named as the project is, `www.valittavatverkostot.fi`,
  // `Instagram @…`, as a final report copied from its newsletter ends (audit WB of round 77) — makes the run's lines
  // that are no furniture said. Not a public body's footer, `www.kuusamo.fi`, `@TEMinfo` (reviews RVA–RVD), nor a
  // project page's: the page's own.)
  let projectName: string | null | undefined;
  const ownChannels = template.definition.page === undefined && lines.slice(found + 1, bottom).some((line) => isOwnChannelLine(line.text, () => (projectName ??= foldedProjectName(lines, template, found))) && !isSharedFurniture(line) && !isAnywhereFurniture(line.text));
  return { at: found, uncertain: (fromButton || ownChannels) && lines.slice(found + 1, bottom).some((line) => !isSharedFurniture(line) && !isAnywhereFurniture(line.text)) };
}

/**
 * Whether a line is a project's own channel: a share bar's channel with a name after its colon (`Facebook:
 * Välittävät verkostot`), or a web address or a handle alone (or after a channel) that holds the project's name
 * (`www.valittavatverkostot.fi`, `facebook.com/valittavatverkostot`, `Instagram @valittavatverkostot`). (A public
 * body's address or handle, `www.kuusamo.fi`, `@TEMinfo`, is a site's footer's.)
 */
function isOwnChannelLine(text: string, projectName: () => string | null): boolean {
  if (CHANNEL_WITH_NAME.test(text)) return true;
  const address = WEB_ADDRESS_LINE.exec(text.trim());
  const handle = address === null ? CHANNEL_WITH_HANDLE.exec(text.trim()) : null;
  if (address === null && handle === null) return false;
  const name = projectName();
  if (name === null) return false;
  // (The host's name, not a public body's page's path, `thl.fi/osallisuus`; but a social site's page, `facebook.com/…`. Review RVC.)
  const host = address?.[1].toLowerCase() ?? '';
  const own = handle !== null ? folded(handle[1]) : SOCIAL_HOSTS.some((site) => host === site || host.endsWith(`.${site}`)) ? folded(address![2] ?? '') : folded(host.replace(/\.[^.]+$/u, ''));
  // (The address holds the name, not the name the address: `Ohjaamo Kuusamo` does not make `www.kuusamo.fi` its own. Review RVD.)
  return own.length >= MIN_SITE_NAME && own.includes(name);
}
/** Social sites, whose page's path names its owner (vocabulary `pageFurniture.socialSites`: `facebook.com/valittavatverkostot`). */
const SOCIAL_HOSTS = vocabulary.pageFurniture.socialSites;
/** A channel of the share bar's (vocabulary `shareBar.channels`) with an account's name or handle after its colon (`Instagram: @valittavatverkostot`). */
const CHANNEL_WITH_NAME = lazyRegExp(() => new RegExp(`^(?:${vocabulary.pageFurniture.shareBar.channels.map(escapeRegExp).join('|')})\\s*:\\s*\\S`, 'iu'));
/** A channel with a handle after a space, or a handle alone (`Instagram @valittavatverkostot`, `@TEMinfo`). */
const CHANNEL_WITH_HANDLE = lazyRegExp(() => new RegExp(`^(?:(?:${vocabulary.pageFurniture.shareBar.channels.map(escapeRegExp).join('|')})\\s+)?@([\\p{L}\\d_.-]{2,})$`, 'iu'));
/** A web address alone on its line (`www.valittavatverkostot.fi`, `facebook.com/…`). */
const WEB_ADDRESS_LINE = lazyRegExp(() => /^(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\d-]+\.)+\p{L}{2,})(?:\/([^/?#\s]*)\S*|[?#]\S*)?$/iu);
/** Letters and digits only, lower case, without diacritics (`Välittävät verkostot` → `valittavatverkostot`). */
const folded = (text: string) => text.normalize('NFD').replace(/[^\p{L}\p{N}]|\p{M}/gu, '').toLowerCase();
/** The project's name as its label's line above `before` writes it, folded; null when it has none or a short one. */
function foldedProjectName(lines: SourceLine[], template: CompiledTemplate, before: number): string | null {
  const keys = new Set(template.sections.flatMap((section) => [...section.fieldsByLabel].filter(([, fields]) => fields.some((field) => field.definition.path === 'project.name')).map(([key]) => key)));
  for (let i = 0; i < before; i++) {
    const line = lines[i];
    if (line.kind === 'label' && keys.has(line.labelKey!) && line.value) {
      // (Its leading part: `Välittävät verkostot -hanke`, `… (S20078)`, `… – sosiaalisen kuntoutuksen …`. Review RVC.)
      const name = folded(line.value.split(/\s+[-–—(]|,|\s-(?=\p{L})/u)[0]);
      return name.length >= MIN_SITE_NAME ? name : null;
    }
  }
  return null;
}
const MIN_SITE_NAME = 6;

/** Whether a signature's lines are organisations' names only (`Kuusamon kaupunki` / `Ksakki ry`), none a person's or a contact line: partners a text may thank. */
function onlyOrganisations(lines: SourceLine[], from: number, bottom: number): boolean {
  if (from >= bottom) return false;
  for (let i = from; i < bottom; i++) if (!hasAnyOrganisationWord(lines[i].text) || CONTACT_LINE.test(lines[i].text) || PERSON_NAME.test(lines[i].text)) return false;
  return true;
}
/**
 * Whether the lines from `from` (up to three, before `bottom`) sign a mail: a name after `T.` (`T. Markku Mäkinen`),
 * or a person's name with a contact line right below it. (Two words in capitals alone may be places or a team,
 * `Kuusamo Taivalkoski`, `Hankkeen Tiimi`, and a contact line alone an address or a channel the text gives: reviews
 * RVC and RVD of round 72.)
 */
function signsFrom(lines: SourceLine[], from: number, bottom: number): boolean {
  for (let j = from; j < Math.min(bottom, from + 3); j++) {
    const text = lines[j].text;
    const initial = /^[tT]\.\s*/u.exec(text);
    if (initial !== null && SIGNATURE_NAME.test(text.slice(initial[0].length)) && !hasAnyOrganisationWord(text)) return true;
    if (SIGNATURE_NAME.test(text) && !hasAnyOrganisationWord(text) && j + 1 < bottom && CONTACT_LINE.test(lines[j + 1].text)) return true;
    // (A first name alone as the copy's last line, right below the thanks: `Kiitos!` / `Maija`. Review RVC 3 of round 73.)
    if (j === from && j === bottom - 1 && FIRST_NAME_ALONE.test(text) && !hasAnyOrganisationWord(text)) return true;
  }
  return false;
}
/** A first name alone on its line (`Maija`, `Anna-Liisa`). */
const FIRST_NAME_ALONE = lazyRegExp(() => /^\p{Lu}\p{Ll}{1,15}(?:-\p{Lu}\p{Ll}{1,15})?$/u);
/** A closing of thanks alone, without the comma a mail's closing has (`Kiitos`, `Kiitos paljon`): a text may thank its partners so. */
const THANKS_ALONE = lazyRegExp(() => new RegExp(`^(?:${vocabulary.pageFurniture.thanksClosings.map(escapeRegExp).join('|')})$`, 'iu'));

/**
 * Whether a line that names cookies (a `footerStartPatterns` line) is a cookie notice's: one of the
 * furniture's patterns (a list item or a sentence of the text that names cookies is not).
 */
function isCookieNotice(line: SourceLine): boolean {
  return !isListMarkerCode(line.text.charCodeAt(0)) && isSharedFurniture(line);
}

/**
 * Whether the first line below a cookie notice's buttons (furniture phrases right below it, up to a
 * footer's own start, `Seuraa meitä`) has a label of the layout.
 */
function fieldBelowButtons(lines: SourceLine[], template: CompiledTemplate, notice: number, bottom: number): boolean {
  let i = notice + 1;
  while (i < bottom && i - notice <= COOKIE_BUTTONS && isFurniturePhrase(lines[i]) && !footerStarts.has(keyOf(lines[i]) ?? '')) i++;
  return i < bottom && lines[i].kind === 'label' && template.labelKeys.has(lines[i].labelKey!);
}

/** Whether a line between `from` and `bottom` has a label of the layout (`Label: value`). */
function fieldAfter(lines: SourceLine[], template: CompiledTemplate, from: number, bottom: number): boolean {
  for (let i = from + 1; i < bottom; i++) if (lines[i].kind === 'label' && template.labelKeys.has(lines[i].labelKey!)) return true;
  return false;
}

/**
 * Whether a button (a furniture phrase: `Hyväksy`) stands below the line at `index` before `bottom`,
 * as below a cookie notice: a short line, or a longer one with no blank line between it and the
 * button (a paragraph of the text that mentions cookies, `… miten evästeitä käytetään …`, then the
 * notice after a blank line, is the text's).
 */
function buttonBelow(lines: SourceLine[], index: number, bottom: number): boolean {
  for (let i = index + 1; i < bottom; i++) {
    if (lines[i].afterBlank && lines[index].text.length > 80) return false;
    if (isFurniturePhrase(lines[i])) return true;
  }
  return false;
}

/** A web page's buttons (vocabulary `pageFurniture.buttons`): no value's wrapped end. */
const buttonKeys = new Set<string>(vocabulary.pageFurniture.buttons.map(normaliseKey));
/** Whether a line is one of a web page's buttons (`Palaute`, `Tulosta`), whole. */
export function isPageButton(text: string): boolean {
  return buttonKeys.has(normaliseKey(text));
}

/** Furniture that stays text inside a text (vocabulary `pageFurniture.strayInTextPatterns`): a `©` line, a breadcrumb. */
const strayInText = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.strayInTextPatterns.map((p) => `(?:${p})`).join('|'), 'iu'));

/**
 * Whether a line kept as text reads as a web page's furniture — a button alone and capitalised
 * (`Palaute`, `Tulosta`), a `©` line, a breadcrumb, a print's running header — standing apart from the text above (after a
 * blank line, a sentence's end `.` `!` `?` `;`, a heading, a field or furniture; `textAbove` is the line above when
 * it is text): it may be furniture left inside the text, or the text's own
 * sub-heading or credit, which no line tells apart; the reader says it.
 */
export function readsAsStrayFurniture(line: SourceLine, textAbove: SourceLine | null, timetable = false): boolean {
  const text = line.text;
  // (A newsletter's call, `Tilaa uutiskirje – …!`: a page's banner, or the project's own instruction; not one a line introduces. Round 63, review BG.)
  if (isNewsletterCall(text)) return textAbove === null || !textAbove.text.endsWith(':');
  // (And a reviewer's note in brackets, `[Maija: tämä luku on väärin]`: an author's note is written so too, `[Huom: tässä …]`. Review BH.)
  if (text.charCodeAt(0) === 91 && isBracketedNote(text)) return true;
  // (So is a "read also" lead the text keeps, its headline and the text going on below it: the page's box, or the text's own list's lead.)
  if (isReadAlsoLead(text)) return textAbove === null || !textAbove.text.endsWith(':');
  if (text.length > 80 || /[.!?]$/u.test(text)) return false;
  // (Below a line of text that goes on, it is that sentence's end: `… rinnalla` / `Tulosta` is no button there.)
  // (Nor right below an intro, `… kanavissa:`: there it is a list's item.)
  // (A print's date and time alone, `14.2.2019 10.12`, goes on no sentence but one ending in a word or a
  // comma, `Seminaari pidetään` / `12.3.2015 klo 10.00`: below a score table's row it is the print's. Audit AJ of round 58.)
  // (A figure shaped as a page count right below an intro, `… viiteen:` / `4/5`, read as the text's answer: a
  // printed page's count there looks the same. Review Y of round 59.)
  // (Not one no print could have, past its total or of more pages than a description has: `45/60`, `112 (274)`.)
  if (textAbove !== null && textAbove.text.endsWith(':') && FRACTION_ALONE.test(text) && mayCountPages(text)) return true;
  if (!line.afterBlank && textAbove !== null && !/[.!?;]$/u.test(textAbove.text)) return scoreRowParts(textAbove.text) !== null && isPrintStampInText(line, textAbove, timetable);
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90 && text.length <= 20 && buttonKeys.has(keyOf(line) ?? '')) return true;
  // (So is a printed page's running header, `Hankkeen kuvaus`, `EURA 2014`, away from a page's break,
  // and a print's date and time alone, `14.2.2019 10.12`. Audit AJ of round 58.)
  return (strayInText.test(text) && !YEAR_THEN_LOWER_CASE.test(text)) || pageTopHeader.test(text) || pageTopName.test(text) || isPrintStampInText(line, textAbove, timetable);
}

/**
 * What a line standing inside a text may be besides the text's own: a date alone (`14.2.2019`), as a
 * print stamps at a page's top or bottom; a figure alone (`3`) as a paragraph of its own, as a print
 * numbers its pages; a figure and a sentence (`1 Luku sisältää myös osa-aikaiset.`), as a page's
 * footnote is printed; a tracked change's note (`Poistettu: vuonna 2017`: vocabulary `trackedChangeNotes`);
 * a reviewer's reply in a mail (`Maija: tämä luku on väärin, tarkistan vielä.`: vocabulary `reviewReplyWords`).
 */
export type PrintedNote = 'date' | 'pageNumber' | 'footnote' | 'trackedChange' | 'reviewReply';

/** A tracked change's note printed with the text (vocabulary `trackedChangeNotes`; case counts). */
const TRACKED_CHANGE_NOTE = lazyRegExp(() => new RegExp(vocabulary.trackedChangeNotes.map((pattern) => `(?:${pattern})`).join('|'), 'u'));
/** A reviewer's reply's lead: initials (`MM:`), or one name with a capital (`Maija:`), a colon, and the reply going on in lower case. */
const REVIEW_REPLY_LEAD = lazyRegExp(() => /^(?:(?<initials>\p{Lu}{2,3})|\p{Lu}\p{Ll}{1,14}):\s\p{Ll}/u);
/** A word of a reviewer's reply after initials (vocabulary `reviewReplyWords.words`). */
const REVIEW_REPLY_WORD = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.reviewReplyWords.words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));
/** A phrase of a reviewer speaking of the text or of their own correction, after a name (vocabulary `reviewReplyWords.phrases`). */
const REVIEW_REPLY_PHRASE = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.reviewReplyWords.phrases.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));
/** The longest reviewer's reply taken so. */
const REVIEW_REPLY_LENGTH = 160;
/** A date alone, no time of day (which {@link isPrintStampInText} takes). */
export const DATE_ONLY_LINE = lazyRegExp(() => /^\d{1,2}\.\d{1,2}\.\d{4}$/u);
/** A footnote led by its plain figure: the figure, a word with a capital and a sentence of three words at least. */
const PLAIN_FOOTNOTE = lazyRegExp(() => /^\d{1,2} \p{Lu}[\p{Ll}-]+(?: \S+){2,}\.$/u);
/** The longest footnote taken so. */
const FOOTNOTE_LENGTH = 200;

/**
 * What a line reads as by its shape alone, of the notes a print or an office program writes between a
 * text's lines: a date alone, a figure alone, a footnote led by its figure, a tracked change's note.
 * Where it stands and what stands beside it (a list of dates, a column of figures, a numbered list, a
 * line ending in a colon above it) the reader weighs. Audit AS of round 60, round 64.
 */
export function printedNoteShape(text: string): PrintedNote | null {
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) {
    if (text.length < 10 || text.indexOf(':') < 0) return null;
    if (TRACKED_CHANGE_NOTE.test(text)) return 'trackedChange';
    const lead = text.length <= REVIEW_REPLY_LENGTH ? REVIEW_REPLY_LEAD.exec(text) : null;
    if (lead === null) return null;
    const reply = text.slice(lead[0].length - 1);
    return (lead.groups!.initials !== undefined ? REVIEW_REPLY_WORD : REVIEW_REPLY_PHRASE).test(reply) ? 'reviewReply' : null;
  }
  if (LONE_NUMBER.test(text)) return 'pageNumber';
  if (DATE_ONLY_LINE.test(text)) return 'date';
  return text.length <= FOOTNOTE_LENGTH && PLAIN_FOOTNOTE.test(text) ? 'footnote' : null;
}

/**
 * A print's date and time alone in a text, not below an intro (`Seminaari:` / `12.3.2018 klo 10.00`) nor in
 * a timetable (`timetable`: another date and time alone a few lines away, `12.3.2016 09.00` /
 * `Avausseminaari` / `14.5.2016 13.00` / `Työpaja`), where it is the text's. (A page title or a name below
 * it is a print's header split over two lines: said. Reviews W and X of round 58.)
 */
function isPrintStampInText(line: SourceLine, above: SourceLine | null, timetable: boolean): boolean {
  return isDateTimeAlone(line.text) && !timetable && !(above !== null && above.text.endsWith(':'));
}
/** How many lines away another date and time alone makes a timetable. */
export const TIMETABLE_REACH = 3;

/** A value's line that cannot end there: a conjunction, a hyphen, a slash, a comma or an ampersand at its end. */
const VALUE_GOES_ON_AT_END = lazyRegExp(() => new RegExp(`(?:[-–/,&+]|\\s(?:${CONJUNCTIONS}))$`, 'iu'));

/** The most lines of a signature after its `--` with no contact line among them: a name, a title, an organisation. */
const SHORT_SIGNATURE_LINES = 4;

/** A person's name alone on a line, as a signature starts (`Matti Meikäläinen`, `Anna-Liisa Virtanen`). */
const PERSON_NAME = lazyRegExp(() => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u);

/**
 * Whether the lines below a signature's delimiter (`--`) are a signature's: one holds a contact
 * (an e-mail address, a phone number, a postal code and city, a web address), or they are a
 * person's name and at most a few lines more (`Matti Meikäläinen` / `Kehittämispäällikkö, Esimerkki
 * Oy`), or one or two lines, no sentence, one a unit and its organisation after a comma
 * (`Asiakaspalvelu, Esimerkki Oy`). Otherwise the `--` is a rule in the text.
 */
function isSignedBelow(lines: SourceLine[], delimiter: number, bottom: number): 0 | 1 | 2 {
  // (A contact sentence alone below it, `--` / `Lisätietoja antaa projektipäällikkö Anne Multas, puh. …`, hard-wrapped
  // or not, may be the text's: said.)
  for (let i = delimiter + 1; i < bottom; i++) if (CONTACT_LINE.test(lines[i].text)) return bottom - delimiter - 1 <= 2 && isContactSentence(lines[delimiter + 1].text) ? 2 : 1;
  // (A quotation's attribution in the text, `"Sain töitä."` / `--` / `Maria Virtanen`, follows the quotation's closing mark.)
  const below = bottom - delimiter - 1;
  if (below < 1 || below > SHORT_SIGNATURE_LINES || (delimiter > 0 && /["”»]$/u.test(lines[delimiter - 1].text))) return 0;
  // (One name alone below a rule under a sentence, `—` / `Maija Virtanen`, may be a quotation's attribution: said.)
  if (PERSON_NAME.test(lines[delimiter + 1].text)) return below === 1 && delimiter > 0 && SENTENCE_END.test(lines[delimiter - 1].text) && /^[\u2013\u2014]$/u.test(lines[delimiter].text.trim()) ? 2 : 1;
  // (A unit and its organisation after a comma, `Asiakaspalvelu, Esimerkki Oy`, on one of one or two
  // lines: a list of partners below a rule, `--` / `Seinäjoen kaupunki` / `Lapuan kaupunki`, is the text's.)
  const signed = lines.slice(delimiter + 1, bottom);
  // (Said: a partner of the project and its unit below a rule are written so too.)
  return signed.length <= 2 && !(delimiter > 0 && lines[delimiter - 1].text.endsWith(':')) && signed.every((line) => line.text.length <= SIGNATURE_LINE_LENGTH && !SENTENCE_END.test(line.text) && line.kind === 'text') && signed.some((line) => /\S,\s+\S/u.test(line.text) && hasAnyOrganisationWord(line.text)) ? 2 : 0;
}

/** A signature's longest line (a name, a title, an address, a phone number, an e-mail address). */
const SIGNATURE_LINE_LENGTH = 80;

/**
 * Whether the lines after a signature's first line are a signature's up to the end: short, no
 * sentence, no label of the layout (a contact's name `T. Laine` in a cut copy's fields, or a
 * closing quoted in the text, has those after it) — or, from some line on, a disclaimer.
 */
function signatureGoesOn(lines: SourceLine[], template: CompiledTemplate, start: number, bottom: number): boolean {
  let contactLabels = 0;
  for (let i = start; i < bottom; i++) {
    const line = lines[i];
    // (Not with the layout's fields after it: a flattened copy's fields are no disclaimer's or ticket's.)
    if (signatureStartPattern.test(line.text) && (line.text.length > SIGNATURE_START_LENGTH || SENTENCE_END.test(line.text))) return layoutLabelsBetween(lines, template, i + 1, bottom) === 0;
    // A quoted message below the signature: the rest is the thread's, sentences and all — unless it
    // is the description itself, forwarded: a flattened copy below `-----Alkuperäinen viesti-----`
    // has no heading, only the layout's labels, and above the sign-off stands the mail's own note,
    // none of them (a reply below a description may quote a message that names a few).
    if (isThreadHeader(lines, i, bottom)) return !(layoutLabelsBetween(lines, template, 0, start) === 0 && layoutLabelsBetween(lines, template, i + 1, bottom) >= FORWARDED_LABELS);
    if (i === start) continue;
    // (So is a message quoted with `>` marks to the end, as a reply quotes the one it answers.)
    if (quotedToEnd(lines, i, bottom)) return true;
    if (line.text.length > SIGNATURE_LINE_LENGTH || SENTENCE_END.test(line.text)) return false;
    // (A few of the layout's contact lines are a signature's own, below its sign-off: `Puhelinnumero: 040
    // 555 1299` / `Y-tunnus: 3012458-1`, the sender's, not the applicant's. Audit AK of round 58.)
    if (line.kind === 'label' && template.labelKeys.has(line.labelKey!) && (!isContactLabel(template, line.labelKey!) || ++contactLabels > SIGNATURE_CONTACT_LABELS)) return false;
  }
  return true;
}

/** The most of the layout's contact lines (a phone, an e-mail, a Y-tunnus, an address) a signature holds. */
const SIGNATURE_CONTACT_LABELS = 3;
const CONTACT_TYPES = new Set(['phone', 'email', 'businessId', 'website', 'websites', 'address', 'postalCode']);

/**
 * Whether a label is one word naming a way to reach someone or an organisation's id, as a sender's
 * signature writes them (`Puhelinnumero`, `Sähköposti`, `Y-tunnus`); not a label of several words,
 * `Yhteyshenkilön puhelinnumero`, which names the description's own contact person and no signature
 * writes. (Review W of round 58.)
 */
function isContactLabel(template: CompiledTemplate, key: string): boolean {
  const fields = template.inlineLabels.get(key);
  return fields !== undefined && !key.includes(' ') && fields.every((field) => CONTACT_TYPES.has(field.definition.type));
}

/** Whether every line from `from` up to `bottom` is quoted with `>` (an e-mail's quotation of the message it answers). */
function quotedToEnd(lines: SourceLine[], from: number, bottom: number): boolean {
  for (let i = from; i < bottom; i++) if (lines[i].text.charCodeAt(0) !== 62) return false;
  return true;
}

/** Labels of the layout below a mail's thread header that make it the description forwarded, not a quoted message. */
const FORWARDED_LABELS = 3;
/** How many lines below a first section's start its project code is looked for. */
const CODE_REACH = 2 * FORWARDED_LABELS;

/** How many of the layout's label lines stand from `from` up to `bottom` (counted up to FORWARDED_LABELS). */
function layoutLabelsBetween(lines: SourceLine[], template: CompiledTemplate, from: number, bottom: number, notOf: CompiledTemplate | null = null): number {
  let count = 0;
  for (let i = from; i < bottom && count < FORWARDED_LABELS; i++) if (lines[i].kind === 'label' && template.labelKeys.has(lines[i].labelKey!) && (notOf === null || !notOf.labelKeys.has(lines[i].labelKey!))) count++;
  return count;
}

function headingAfter(lines: SourceLine[], template: CompiledTemplate, from: number, bottom: number): boolean {
  for (let i = from + 1; i < bottom; i++) if (isHeadingLine(lines[i], template)) return true;
  return false;
}

/**
 * In a hard-wrapped copy, whether `next` continues `line`: the first word of `next` would not have
 * fitted on `line` (the copy's longest line is the width it was wrapped at, or less).
 */
export function continuesWrapped(line: { text: string }, next: SourceLine, facts: TextFacts): boolean {
  if (facts.wrapWidth === null || next.afterBlank) return false;
  // A sentence's end and then a heading-like line: a new part, however long the line before.
  if (/[.!?:]$/.test(line.text) && isTitleLike(next.text) && /^\p{Lu}/u.test(next.text)) return false;
  const space = next.text.search(/\s/);
  return line.text.length + 1 + (space === -1 ? next.text.length : space) > facts.wrapWidth;
}

export interface Classified {
  tokens: LineToken[];
  facts: TextFacts;
}

/**
 * In a copy without blank lines, a line below a `©` line that is its footer's: going on in lower case,
 * a furniture phrase, or a short phrase without a sentence's end (`Kaikki oikeudet pidätetään`) — not a
 * sentence of the text the `©` line stands above (`Hankkeeseen osallistui 96 nuorta.`).
 */
function footerGoesOn(line: SourceLine): boolean {
  return /^\p{Ll}/u.test(line.text) || isSharedFurniture(line) || (line.text.length <= FOOTER_PHRASE_LENGTH && !/[.!?]$/u.test(line.text));
}
/** A header's date or code, or its parts set apart by a dash or a bar: what a value written twice below page breaks seldom has. */
const HEADER_SIGNS = lazyRegExp(() => /\d|\s[-–—|]\s/u);
/** How many cells a line set in bars between spaces has (`a | b | c`: 3; no bar: 1). */
function barCells(text: string): number {
  let cells = 1;
  for (let at = text.indexOf(' | '); at !== -1; at = text.indexOf(' | ', at + 3)) cells++;
  return cells;
}
/** A table's row in bars of figures after its first cell (`2016 | 53 | 12`). */
function isFigureRowInBars(text: string): boolean {
  return text.split(' | ').slice(1).every((cell) => /^[\d\s.,%€+-]+$/u.test(cell.trim()));
}

/** The longest phrase of a footer below its `©` line (`Kaikki oikeudet pidätetään`, `Yhteystiedot ja saavutettavuus`). */
const FOOTER_PHRASE_LENGTH = 60;

/** How many items of a list under its label are looked over, above and below a line, for {@link isItemWithoutMarker}. */
const LIST_ITEMS_AROUND = 12;

/**
 * Whether a short line standing alone is an item of the list of the label above it, written without
 * its dash (a web page's list copied without its bullets, each item between blank lines): right below
 * an empty label whose value is a list of lines after it (`Ennen hanketta:`, a page's), or below items
 * read under it; and only where the lines below, each short and alone too, reach a label of that
 * label's section, a heading of the layout, a short line heading a paragraph, or the text's end. (A
 * short line with a paragraph right below it heads that paragraph: a heading the layout does not know.)
 */
function isItemWithoutMarker(tokens: LineToken[], lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  // (A page's button, `Palaute`, is none: it ends the list.)
  if (isSharedFurniture(lines[i])) return false;
  let t = tokens.length - 1;
  while (t >= 0 && tokens.length - t <= LIST_ITEMS_AROUND && tokens[t].tokenType === Text) t--;
  const label = tokens[t];
  if (label === undefined || label.tokenType !== Label || (label.payload.line.value ?? '') !== '') return false;
  const lists = label.payload.fields.filter((field) => field.form === 'trailing' && field.definition.type === 'lines');
  if (lists.length === 0) return false;
  for (let j = i + 1; j < lines.length && j <= i + LIST_ITEMS_AROUND; j++) {
    const next = lines[j];
    if (next.kind === 'label') return (template.inlineLabels.get(next.labelKey!) ?? []).some((field) => lists.some((list) => list.section === field.section));
    // (Before the layout's next heading, a button or the text's end, only one such line: two may as
    // well be a heading the layout does not know and its line, `Hankkeen yhteistyökumppanit` /
    // `Saarijärven seurakunta`, the review's R3.)
    if (isHeadingLine(next, template) || isSharedFurniture(next) || isAnywhereFurniture(next.text)) return j === i + 1;
    // (A paragraph: the short line right above it heads it; the lines before that are the list's.)
    if (!isTitleLike(next.text) || !standsAlone(lines, j)) return j > i + 1;
  }
  return i === lines.length - 1;
}

/**
 * A page's prose section whose text is a list written without its markers, one short line each
 * between blank lines (`Hyvät käytännöt` / `Työvalmentajan jalkautuminen yrityksiin` / `Vertaisryhmät
 * kerran viikossa` / the next heading): each line its text, no heading the page does not know — where
 * every line from the section's heading to the next heading of the layout (or a button, or the end)
 * is such a line, two of them at least and no more than `LIST_ITEMS_AROUND`, none a sentence.
 */
function isListItemUnderProseHeading(tokens: LineToken[], lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  let t = tokens.length - 1;
  while (t >= 0 && tokens.length - t <= LIST_ITEMS_AROUND && tokens[t].tokenType === Text) t--;
  const heading = tokens[t];
  if (heading === undefined || heading.tokenType !== Heading || !(heading.payload.sections as CompiledSection[]).every((s) => s.definition.content === 'prose')) return false;
  // (The items above it, since the heading, are such lines too.)
  for (let k = t + 1; k < tokens.length; k++) {
    const item = tokens[k].payload.line;
    if (!isTitleLike(item.text) || !item.afterBlank || SENTENCE_END.test(item.text)) return false;
  }
  let end = i;
  while (end < lines.length && !isHeadingLine(lines[end], template) && !isSharedFurniture(lines[end]) && !isAnywhereFurniture(lines[end].text)) {
    if (end - i > LIST_ITEMS_AROUND) return false;
    if (!isTitleLike(lines[end].text) || !standsAlone(lines, end) || SENTENCE_END.test(lines[end].text)) return false;
    end++;
  }
  const items = end - i + (tokens.length - 1 - t);
  return items >= 2 && items <= LIST_ITEMS_AROUND;
}

function isHeadingLine(line: SourceLine, template: CompiledTemplate): boolean {
  const key = headingKey(line, template);
  return key !== null && template.sectionsByHeading.has(key);
}

/**
 * A paragraph of only shared furniture standing right before a heading of the layout (`Tulosta` /
 * `Sivun alkuun` at the end of each section of a web page): furniture though inside the text.
 * By line index: true for its lines.
 */
function furnitureBeforeHeadings(lines: SourceLine[], template: CompiledTemplate, top: number, bottom: number): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let start = top; start < bottom; start++) {
    if (!lines[start].afterBlank || lines[start].kind !== 'text' || lines[start].text.length > 40) continue;
    let end = start;
    while (end + 1 < bottom && !lines[end + 1].afterBlank && end - start < 3) end++;
    const after = lines[end + 1];
    if (after === undefined || !after.afterBlank) continue;
    if (!isHeadingLine(after, template)) continue;
    let all = true;
    for (let i = start; i <= end && all; i++) all = isSharedFurniture(lines[i]);
    if (!all) continue;
    // Right after a heading it is the section's only text (`4.2 …` / `Suomeksi`), not furniture.
    const before = lines[start - 1];
    if (before !== undefined && isHeadingLine(before, template)) continue;
    // Below a list's intro, `Hanke viestii seuraavissa kanavissa:` / `Facebook` / `Instagram`, the lines may be the text's
    // list, or a page's language switch, menu or buttons before its next heading: kept in unmapped, said (not a page's own
    // intro, `Seuraa meitä:`). Audit WG of round 79 (dropped, an info only); reviews RVA and RVC (read as text, a menu too).
    const belowIntro = before !== undefined && before.text.endsWith(':') && !isSharedFurniture(before) && !startsAsFooter(before.text) && !(before.kind === 'label' && template.labelKeys.has(before.labelKey!));
    marks ??= new Uint8Array(lines.length);
    for (let i = start; i <= end; i++) marks[i] = belowIntro || mayBeOwnLineAtEnd(lines[i]) ? MAY_BE_TEXT : 1;
  }
  return marks;
}

/**
 * A line of furniture a web page puts before each heading: a phrase of the vocabulary (`Tulosta`,
 * `Palaute`, in two languages too), a line that is furniture anywhere, or a copyright line with its
 * sign or year — not a cookie notice's pattern, which a sentence of the text may match
 * (`Evästekäytännöstä päätettiin …`).
 */
function isFurnitureLineBeforeHeading(line: SourceLine): boolean {
  if (line.text.length > 80) return false;
  if (isFurniturePhrase(line) || isAnywhereFurniture(line.text) || isCopyrightLine(line.text)) return true;
  return line.text.length <= 40 && (line.text.includes('|') || line.text.includes('/')) && isPhrasesSideBySide(line.text);
}

/** The starts of a share bar written over several lines, and its channels (vocabulary `shareBar`). */
const shareBarStarts = new Set(vocabulary.pageFurniture.shareBar.starts.map(normaliseKey));
const shareBarChannels = new Set(vocabulary.pageFurniture.shareBar.channels.map(normaliseKey));

/** The most lines of a cookie notice's buttons (`Hyväksy` / `Hylkää` / `Asetukset`). */
const COOKIE_BUTTONS = 3;

/**
 * Runs of furniture that no text writes, wherever they stand between the top and the end runs: a
 * share bar over several lines (`Jaa` / `Facebook` / `Twitter`, inside a list or between a role
 * and its text), and a cookie notice printed over the page with its buttons right below it
 * (`This website uses cookies.` / `Accept`, between two fields). By line index: true for their lines.
 */
function furnitureRunsInside(lines: SourceLine[], top: number, bottom: number): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let i = top; i < bottom - 1; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (next.afterBlank || line.text.length > 200) continue;
    if (line.text.length <= 20 && shareBarStarts.has(keyOf(line) ?? '')) {
      let end = i + 1;
      while (end < bottom && !lines[end].afterBlank && lines[end].text.length <= 20 && shareBarChannels.has(keyOf(lines[end]) ?? '')) end++;
      if (end > i + 1) {
        (marks ??= new Uint8Array(lines.length)).fill(1, i, end);
        i = end - 1;
      }
      continue;
    }
    // (The button below first: most lines have none, and no notice is looked for in them.)
    if (next.text.length <= 40 && isFurniturePhrase(next) && footerStartPatterns.test(line.text) && isCookieNotice(line)) {
      let end = i + 1;
      while (end < bottom && end - i <= COOKIE_BUTTONS && !lines[end].afterBlank && isFurniturePhrase(lines[end])) end++;
      if (end > i + 1) {
        (marks ??= new Uint8Array(lines.length)).fill(1, i, end);
        i = end - 1;
      }
    }
  }
  return marks;
}

/** The most furniture lines that stand together before a heading. */
const FURNITURE_RUN = 6;

/**
 * In a copy without blank lines, the same: lines of only shared furniture right before a heading
 * of the layout (`Tulosta`, `Palaute`, `© …` at the end of each section of a web page pasted
 * without its blank lines), not right after one.
 */
function furnitureLinesBeforeHeadings(lines: SourceLine[], facts: TextFacts, top: number, bottom: number): Uint8Array | null {
  let marks: Uint8Array | null = null;
  const headings = facts.headingIndices;
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h];
    if (heading <= top + 1 || heading >= bottom) continue;
    // The run of furniture lines right above the heading, back from it.
    let start = heading;
    // (A copyright line with a colon, `© Kuva: Saarijärven kaupunki`, a picture's credit, is lexed as a label: one too.)
    while (start - 1 > top && heading - start < FURNITURE_RUN && (lines[start - 1].kind === 'text' || isCopyrightLine(lines[start - 1].text)) && isFurnitureLineBeforeHeading(lines[start - 1])) start--;
    if (start === heading) continue;
    // (Not right after a heading, nor after a list's intro or item, `Viestintäkanavat:` / `Verkkosivut` / `Facebook`: a short line without a sentence's end above.)
    const above = lines[start - 1].text;
    const listAbove = /:$/u.test(above) || (above.length <= 40 && !/[.!?]$/u.test(above));
    // (Nor the end of the sentence above it, wrapped: `… paikallislehdissä ja` / `Facebook.`)
    if (!listAbove && (h === 0 || headings[h - 1] !== start - 1) && !endsSentenceAbove(lines[start - 1], lines[start])) (marks ??= new Uint8Array(lines.length)).fill(1, start, heading);
  }
  return marks;
}

/** The longest footer line read above a page's count (an organisation's name, address and phone). */
const FOOTER_LENGTH = 120;

/** The longest page-count line (`Sivu 12 (15)`, `Page 2 of 5`). */
const PAGE_COUNT_LENGTH = 20;

/** Whether a line could be a page count by its length and its last character (a digit, a bracket, a dash). */
function mayBePageCount(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return text.length <= PAGE_COUNT_LENGTH && (isDigitCode(last) || last === 41 || last === 45 || last === 0x2013);
}

/** A printed copy's page-count line (`Sivu 2 (5)`, `2/5`, `- 2 -`). */
function isPageCountLine(text: string): boolean {
  return mayBePageCount(text) && /\d/.test(text) && isAnywhereFurniture(text);
}

/** A printed page's count or print stamp (`Sivu 2 (3)`, `Tulostettu 12.3.2019`): a page's break, which ends no paragraph. */
export function isPageBreakLine(text: string): boolean {
  return isPageCountLine(text) || (PRINT_STAMP_START.test(text) && isAnywhereFurniture(text));
}

/** A line that starts with a date (an item of a list of dates). */
const DATE_START = lazyRegExp(() => /^\d{1,2}\.\d{1,2}\.\d{4}/u);

/** A date alone, as a print stamp writes it (`30.11.2026`, `30.11.2026 9.12`). */
export const DATE_ALONE = lazyRegExp(() => /^\d{1,2}\.\d{1,2}\.\d{4}(?:\s+(?:klo\s*)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)?$/);

/**
 * A date with its time of day alone (`30.11.2026 klo 14.05`), as a print stamps it beside a page's
 * break: not among dates so written (a schedule's), and standing apart from the line `above` it
 * (after a blank line, a sentence's end, a figure or a field with its value: `Loppuseminaari pidetään` /
 * `28.2.2019 klo 12.00` ends a sentence) or written so elsewhere too, as a stamp is on each page.
 */
function isPrintTime(lines: SourceLine[], i: number, above: SourceLine | undefined, afterBlank: boolean, repeated: (i: number) => boolean): boolean {
  const text = lines[i].text;
  if (!DATE_ALONE.test(text) || !/\d[.:]\d{2}$/u.test(text) || (i > 0 && DATE_START.test(lines[i - 1].text)) || (i + 1 < lines.length && DATE_START.test(lines[i + 1].text))) return false;
  const apart = above === undefined || afterBlank || /[.!?]$/u.test(above.text) || isDigitCode(above.text.charCodeAt(above.text.length - 1)) || (above.kind === 'label' && above.value !== '');
  return apart || repeated(i);
}

/** A print's date (and time) and a page count after a gap: `14.3.2019          2/5`, `14.3.2019 10:12\t2 (5)`. */
const DATE_COUNT_FOOTER = lazyRegExp(() => /^(?<date>\d{1,2}\.\d{1,2}\.\d{4})(?:\s+(?:klo\s*)?\d{1,2}[.:]\d{2})?(?:\s{2,}|\t)\s*\d{1,3}\s*(?:\/\s*\d{1,3}|\(\s*\d{1,3}\s*\))$/u);

/**
 * Whether a line ends with a page's count in a slash, `4/4`, its page one of a print's few (not a figure's `45/60`);
 * with `bracketed`, in brackets too, `2(7)` (below a field's value, where a figure's would be glued to the value
 * as its wrapped end: `Hankkeen yhteyshenkilön nimi: …` / `12.3.2019    2(7)`. Audit LC of round 75).
 */
function isPageOfPages(text: string, bracketed = false): boolean {
  const count = (bracketed ? /(\d{1,3})\s*(?:\/\s*|\(\s*)(\d{1,3})\s*\)?$/u : /(\d{1,3})\s*\/\s*(\d{1,3})$/u).exec(text);
  return count !== null && isPageOf(count[1], count[2]) && Number(count[2]) <= PRINT_PAGES_MOST;
}

/** Whether a page count's page is one of its pages (`2/5`; not `0/5`, `7/5`). */
function isPageOf(page: string, pages: string): boolean {
  return Number(page) >= 1 && Number(page) <= Number(pages);
}

/** How many lines of the text are such a footer with the same date as `text`'s (a print's pages each have one). */
function datedFooters(lines: SourceLine[], text: string): number {
  const date = DATE_COUNT_FOOTER.exec(text)!.groups!.date;
  let count = 0;
  for (const line of lines) if (line.text.startsWith(date) && DATE_COUNT_FOOTER.test(line.text)) count++;
  return count;
}

/**
 * A date alone as a page's last line before a form feed, apart from the text above it (a blank line
 * or a sentence's end between) and no date among dates: a print's footer (`… koulutusmalli.` /
 * `14.3.2019` / `\fTuloksena …`). (Below a value or a sentence going on, `… ja päättyy` / `31.8.2011`, it is their end.)
 */
function isPrintDateAlone(lines: SourceLine[], i: number, template: CompiledTemplate, repeated: (i: number) => boolean): boolean {
  const text = lines[i].text;
  if (i === 0 || !DATE_ALONE.test(text) || DATE_START.test(lines[i - 1].text) || (i + 1 < lines.length && DATE_START.test(lines[i + 1].text))) return false;
  // (Or the same date so at another page's end: `…: Kyllä` / `14.3.2019` / `\f…`; or below a line it
  // cannot end, a comma's or a figure's, `… aikuista,` / `14.3.2019` / `\fjoista …`, or a field's
  // value of no date, `Seutukunnat: Rovaniemen, Kemi-Tornion` / `14.3.2019` / `\fKunnat: …`.)
  const above = lines[i - 1];
  const undatedField = above.kind === 'label' && above.value !== '' && (template.inlineLabels.get(above.labelKey!)?.every((f) => f.definition.type !== 'period' && f.definition.type !== 'date') ?? false);
  // (Or below a list's item: said as furniture the text has once. Between a sentence's words, `…
  // viimeistään` / `31.12.2020` / `\fja …`, a date alone may be the sentence's: only the same date so at another page's end tells.)
  return lines[i].afterBlank || /[.!?,;\d]$/u.test(above.text) || undatedField || opensWithListMarker(above.text) || repeated(i);
}

/**
 * A printed copy's page-break lines that no pattern finds alone: a running header on the line after
 * a page count — the project's name or code (`Polkuja pohjoiseen`, `S11482`, `Projektin kuvaus
 * S21734`) or the print date alone — and a page number alone above such a header; a paragraph that is
 * the project's code as a print header writes it; a page number alone inside a sentence of a
 * hard-wrapped copy. By line index: true for their lines (null when the copy has none).
 */
/** Among how many first lines a page's title stands (below its logo's lines and menus). */
const TITLE_AMONG_FIRST = 8;

/** A date (`5.12.2026`) or a page's count (`3 (7)`, `3/7`) in a line. */
const PRINT_LINE_SIGN = lazyRegExp(() => /\d{1,2}\.\d{1,2}\.\d{2,4}|\d\s*(?:\/\s*\d|\(\s*\d+\s*\))/u);
/** A web address in a line (`www.esimerkki.fi`, `https://…`, `rakennerahastot.fi/hankkeet`). */
const WEB_ADDRESS_LIKE = lazyRegExp(() => /(?:^|\s)(?:https?:\/\/|www\.|[\w-]+\.(?:fi|com|org|net|eu)(?:\/|\s|$))/iu);
/** A word (or two) and a semicolon at a line's start, then a space (`Kunnat; Rovaniemi`): a label whose colon a scan's OCR read so? */
const SEMICOLON_AFTER_WORD = lazyRegExp(() => /^\p{L}[\p{L}-]{1,30}(?: \p{L}[\p{L}-]{1,30})?;\s/u);
/** A cell of a Y-tunnus alone after a tab, other cells after it or none (`<TAB>2630644-6<TAB>Lahti`; not an account's number, `<TAB>FI1480001900966160`). */
const BUSINESS_ID_CELL = lazyRegExp(() => /^\t\s*\(?(?:FI[-\s]?)?\d{6,7}\s*[-\u2010-\u2015\u2212]?\s*\d\)?[ ]*(?:\t.*)?$/u);
/** A word in capitals alone, five letters or more (`LUOTTAMUKSELLINEN`, `LUONNOS`). */
const CAPITALS_WORD = lazyRegExp(() => /^\p{Lu}{5,}$/u);
/** A project's code of the register alone (`S20078`, `A71234`). */
const PROJECT_CODE_ALONE = lazyRegExp(() => /^[SA]\d{5}$/u);
/** A page's number alone (`2`, `- 2 -`, `(2)`). */
const PAGE_NUMBER_ALONE = lazyRegExp(() => /^(?:-\s*)?\(?\d{1,3}\)?(?:\s*-)?$/u);

function headersAfterPageCounts(lines: SourceLine[], template: CompiledTemplate, facts: TextFacts, formFeedLines: Set<number> | null = null): Uint8Array | null {
  let marks: Uint8Array | null = null;
  let name: string[] | null | undefined;
  const projectName = () => (name === undefined ? (name = projectNameOf(lines, template)) : name);
  // (Beside the project's code, a page's title names it too: `Kylätalot elämään – projektikuvaus<TAB>S21877`.)
  let titles: string[] | null | undefined;
  // (Beside the code, the name's short form too, its words before a dash or a colon: `Rantapolku      S21587` of
  // `Rantapolku – työllisyyden kumppanuusmalli …`. Audit GA of round 70.)
  let withShort: string[] | null | undefined;
  const codeNames = () => (withShort === undefined ? (withShort = withShortName(projectName() ?? (titles === undefined ? (titles = pageTitlesOf(lines, template)) : titles), lines, template)) : withShort);
  const repeated = repeatedLines(lines);
  // A line below an empty label is that label's value (`Hankkeen nimi:` / `S20078 Välittävät
  // verkostot`, `Aloituspäivä:` / `Sivu 2 (3)` / `01.05.2017`), and a label line a field.
  // (A print's date and time lexed as a label at its time's colon, `14.3.2019 10:12`, is no field.)
  const valueOrField = (i: number, text?: string) => (lines[i].kind === 'label' && !DATE_ALONE.test(lines[i].text)) || (i > 0 && lines[i - 1].kind === 'label' && lines[i - 1].value === '') || (i > 1 && (isPageCountLine(lines[i - 1].text) || LONE_NUMBER.test(lines[i - 1].text)) && lines[i - 2].kind === 'label' && lines[i - 2].value === '' && (text === undefined || mayBeValueOf(lines[i - 2], text, template, projectCode)));
  // The project's code alone, with its name, or in a print header's words (`Projektin kuvaus
  // S21734`, `Polkuja pohjoiseen (S21734)`): a running header wherever it stands as a paragraph.
  const projectCode = facts.projectCode;
  // A page's title among its first lines (above line `before`), as a footer may repeat it.
  const pageTitleAbove = (key: string, before: number) => template.definition.page !== undefined && lines.slice(0, Math.min(before, TITLE_AMONG_FIRST)).some((l, j) => mayBePageTitle(l, j, lines) && normaliseKey(withoutMarks(l.text)) === key);
  // A running header on a page's first line, after a form feed (`\fS21456`, the project's name, a date):
  // as after a page count. A name or a date alone only where the line before ends what it says (a
  // sentence's end, a page count, a blank line between): after a value or a sentence going on (`… ja
  // päättyy` / `\f31.8.2011`), the line is its end; and a date among dates (`12.3.2009` / `\f14.5.2009`
  // / `20.9.2009`) is a list's. A header led by the code goes on with a capital or a figure (`S21457
  // Polkuja 12.3.2019`, not `S10843 hankkeen tiedotus …`, a sentence), wherever the page broke.
  // (The name its label gives is compared at any length, and with its `!` or `?`, `Yrittäjyys nousuun!`;
  // a page's title among its first lines, and other headers, only short and without a sentence's
  // mark at the end: a page's first lines hold its tagline too, which its text may repeat.)
  // (Not where the line below goes on with the name, a sentence's start: `Satakunta vahvuutta …
  // Satakunnassa` / `-hankkeen tavoitteena on …`, a summary's first line wrapped so. A sentence of the
  // page before going on below the header in lower case is no sign: `Mahdollistaja` / `asiakkaalle …`.)
  const goesOnBelow = (i: number) => i + 1 < lines.length && !lines[i + 1].afterBlank && /^-\p{Ll}/u.test(lines[i + 1].text);
  const isProjectName = (i: number, key: string, text: string) => (!goesOnBelow(i) && (projectName()?.includes(key) ?? false)) || (template.definition.page !== undefined && text.length <= 100 && !/[.!?:;,]$/.test(text) && lines.slice(0, Math.min(i, TITLE_AMONG_FIRST)).some((l, j) => mayBePageTitle(l, j, lines) && normaliseKey(withoutMarks(l.text)) === key));
  // (The code and a name of any length after it, `S22569   TeknoHub - … uudistamista`: a header too.)
  const codeAndName = (text: string) => projectCode !== null && text.startsWith(`${projectCode} `) && text.length <= MAX_NAME_LENGTH && isCodeHeader(text, projectCode, codeNames);
  // (1: a running header; 2: one by the names or a print's time that the text has once only, said.)
  const once = (i: number): 1 | 2 => (repeated(i) ? 1 : 2);
  const runningHeader = (i: number, breakLine: number): 0 | 1 | 2 => {
    const text = lines[i].text;
    if (text.length > MAX_NAME_LENGTH) return 0;
    if (isPageTopHeader(lines, i) || isPrintTitleWithAddressOrTime(text)) return 1;
    const before = lines[breakLine - 1];
    const apart = before === undefined || lines[breakLine].afterBlank || /[.!?]$/u.test(before.text) || isPageCountLine(before.text) || LONE_NUMBER.test(before.text);
    // (The name in full after a block's bare heading or a line ending in a figure, a list's entry
    // with its Y-tunnus: `Osatoteuttajat` / `\fTyöpolku Pohjanmaalla`, `Posintra Oy, 1481499-6` / `\f…`.)
    const byName = (apart || isDigitCode(before.text.charCodeAt(before.text.length - 1)) || template.bareLabels.has(keyOf(before) ?? '')) && isProjectName(i, normaliseKey(withoutMarks(text)), text);
    if (!byName && (text.length > 100 || /[.!?:;,]$/.test(text)) && !codeAndName(text)) return 0;
    // (A name that ends as a sentence does, `… parantaminen.`, is a sentence of the text as well.)
    if (byName && /[.:;,]$/.test(text)) return 0;
    if (!byName && valueOrField(i, text)) return 0;
    const dated = apart && DATE_ALONE.test(text) && !(i > 0 && DATE_START.test(lines[i - 1].text)) && !(i + 1 < lines.length && DATE_START.test(lines[i + 1].text));
    if (byName || dated || (projectCode !== null && text.includes(projectCode) && (text === projectCode || (text.startsWith(`${projectCode} `) && /^[\p{Lu}\d]/u.test(text.slice(projectCode.length + 1))) || isCodeHeader(text, projectCode, codeNames)))) return 1;
    // (A project's code alone in a text that gives none, `Sivu 3 (7)` / `S20078`: the print's header too,
    // said, as the code is no line of a description's own, where the page before ends what it says or
    // with a heading's line, blank lines between or not. Audit AS of round 60, round 64.)
    // (Not where the sentence above the break goes on: `… jonka koodi on` / `Sivu 2 (7)` / `S10843` — review BJ.)
    if (projectCode === null && PROJECT_CODE_ALONE.test(text) && (before === undefined || /[.!?]$/u.test(before.text) || isPageCountLine(before.text) || LONE_NUMBER.test(before.text) || (isTitleLike(before.text) && !/[,;]/u.test(before.text) && /^\p{Lu}/u.test(before.text)))) return 2;
    // (The register's or site's name, the EU's banner, a description's words, a date with its time of day below a field's value or a figure.)
    return isRunningName(lines, i, before, lines[breakLine].afterBlank, template, repeated) || isPrintTime(lines, i, before, lines[breakLine].afterBlank, repeated) ? once(i) : 0;
  };
  // A line that stands word for word at the top of two pages or more (the text's first line is the
  // first page's top) is a running header, whatever its words (`Euroopan sosiaalirahasto – EURA 2014`,
  // the applicant's name): a page's first line of text is not written twice so.
  // (Of two words at least, no field's line nor a sentence's, and at the text's first line too; at
  // two pages' tops only where the other is no value below an empty label, else at three: a value may
  // stand at two, `Hakijan virallinen nimi:` / `\fKylien yhdistys ry` and the same name below another
  // label, as may a one-word answer, `Kyllä`.)
  // (The first page's top is the text's first line past lines that are furniture anywhere: a web
  // page's image links above a print, `![]() |`.)
  let pageTops: Map<string, number> | null = null;
  // The same, counted at the tops after form feeds only (a print whose first page starts with the
  // description's own title or banner, its header from the second page on).
  let breakTops: Map<string, number> | null = null;
  let firstTop = 0;
  if (formFeedLines !== null) {
    pageTops = new Map();
    breakTops = new Map();
    while (firstTop < lines.length - 1 && isAnywhereFurniture(lines[firstTop].text)) firstTop++;
    for (let i = firstTop; i < lines.length; i++) {
      const afterBreak = formFeedLines.has(lines[i].position.start.line);
      if (i === firstTop || afterBreak) pageTops.set(lines[i].text, (pageTops.get(lines[i].text) ?? 0) + 1);
      if (afterBreak && i > 0) breakTops.set(lines[i].text, (breakTops.get(lines[i].text) ?? 0) + 1);
    }
  }
  const sameAtPageTops = (i: number): 0 | 1 => {
    const line = lines[i];
    // (Nor the layout's title or a heading: a second description printed after the first starts a page with its title.)
    const header = !(pageTops === null || line.kind === 'label' || line.text.length > MAX_NAME_LENGTH || /[.!?:;,]$/u.test(line.text) || isHeadingLine(line, template) || template.titleKeys.has(phraseKey(line, template) ?? ''));
    const tops = header && line.text.includes(' ') ? pageTops!.get(line.text) ?? 0 : 0;
    // (A print's header stands at its first page's top too: one of its tops is the text's first line.)
    if (line.text === lines[firstTop].text && (tops >= 3 || (tops === 2 && !valueOrField(i, line.text)))) return 1;
    // (Or at three tops after breaks, whatever stands above it — a list's item, a sentence going on:
    // `\fPolkuja pajalle`, `\f12.3.2019` — or at two where it reads as a print's line, a date, the
    // code, an address, the project's name; never a list's item, an entry, a line going on in lower case.)
    const afterBreaks = header && formFeedLines!.has(line.position.start.line) && mayBeRunningLine(i) && !valueOrField(i, line.text) ? breakTops!.get(line.text) ?? 0 : 0;
    // (At two, only below a line that ends what it says: a date at a page's top below `… ja päättyy`
    // or a sentence going on is its end, review R2.)
    const above = lines[i - 1];
    const apart = above === undefined || line.afterBlank || /[.!?]$/u.test(above.text) || isPageCountLine(above.text) || LONE_NUMBER.test(above.text) || (marks !== null && marks[i - 1] !== 0);
    return afterBreaks >= 3 || (afterBreaks === 2 && apart && readsAsPrintLine(i)) ? 1 : 0;
  };
  // Likewise a line standing word for word at the bottom of pages, right before their form feeds (and
  // as the text's last line, the last page's bottom): a print's running footer, whatever its words (the
  // applicant's name, `LUOTTAMUKSELLINEN`, a site's address) — which a PDF's text writes where the page
  // ends, inside a paragraph or a value as often as not. (At three bottoms, or at two where it reads as a
  // print's line, below; a value below its empty label at a bottom counts as none. The text's last line
  // is a bottom where a form feed follows it, as pdftotext ends a print, or where the line stands at two
  // bottoms before breaks as well.)
  let pageBottoms: Map<string, number> | null = null;
  // The page a line stands on (1 for the first): one more than the form feeds before it.
  let pageStarts: number[] | null = null;
  const pageOf = (i: number): number => {
    pageStarts ??= lines.flatMap((l, k) => (k > 0 && formFeedLines !== null && formFeedLines.has(l.position.start.line) ? [k] : []));
    let page = 1;
    for (const start of pageStarts) if (start <= i) page++;
    return page;
  };
  // Whether a form feed stands after the text's last line (pdftotext ends a print so): that line is a page's bottom as well.
  let feedAfterLast = false;
  if (formFeedLines !== null) {
    pageBottoms = new Map();
    // (A value below its empty label at a page's bottom is the value's, counted as no footer: review R3.)
    for (let i = 1; i < lines.length; i++) if (formFeedLines.has(lines[i].position.start.line) && !valueOrField(i - 1, lines[i - 1].text)) pageBottoms.set(lines[i - 1].text, (pageBottoms.get(lines[i - 1].text) ?? 0) + 1);
    const last = lines[lines.length - 1];
    feedAfterLast = last !== undefined && [...formFeedLines].some((at) => at > last.position.end.line);
    if (feedAfterLast && !valueOrField(lines.length - 1, last.text)) pageBottoms.set(last.text, (pageBottoms.get(last.text) ?? 0) + 1);
  }
  // A line a print may repeat on each page: no field's line, heading, title, sentence's end, list's
  // item, entry with a Y-tunnus, nor a line going on in lower case (a wrapped sentence's middle:
  // `yhdessä kunnan ja yritysten kanssa`; a web address may start so) or below a block's bare label.
  const mayBeRunningLine = (i: number): boolean => {
    const line = lines[i];
    if (line.kind === 'label' || line.text.length > MAX_NAME_LENGTH || /[.!?:;,]$/u.test(line.text) || isHeadingLine(line, template) || template.titleKeys.has(phraseKey(line, template) ?? '')) return false;
    if (/^[-–•*·]/u.test(line.text) || opensWithListMarker(line.text) || HAS_BUSINESS_ID.test(line.text)) return false;
    if (/^\p{Ll}/u.test(line.text) && !WEB_ADDRESS_LIKE.test(line.text)) return false;
    return !(i > 0 && template.bareLabels.has(keyOf(lines[i - 1]) ?? ''));
  };
  // What only a print writes as a line of its own: a date, the project's code, a web address, a word
  // in capitals (`LUOTTAMUKSELLINEN`), the project's name.
  const readsAsPrintLine = (i: number): boolean => {
    const text = lines[i].text;
    return PRINT_LINE_SIGN.test(text) || WEB_ADDRESS_LIKE.test(text) || (projectCode !== null && text.includes(projectCode)) || (projectName()?.includes(normaliseKey(withoutMarks(text))) ?? false);
  };
  // (At two bottoms a word in capitals alone, `LUOTTAMUKSELLINEN`, is a print's stamp as likely as a
  // text's sub-heading in capitals, `TOIMENPITEET`: furniture, said — review R2.)
  const sameAtPageBottoms = (i: number): 0 | 1 | 2 => {
    if (pageBottoms === null || !mayBeRunningLine(i) || valueOrField(i, lines[i].text)) return 0;
    const bottoms = pageBottoms.get(lines[i].text) ?? 0;
    return bottoms >= 3 || (bottoms === 2 && readsAsPrintLine(i)) ? 1 : bottoms === 2 && CAPITALS_WORD.test(lines[i].text) ? 2 : 0;
  };
  // A line standing word for word at the text's first line (the first page's top) and right below a
  // page's count (`Sivu 2 / 4`: the next page's top), or below two counts with a figure or a dash
  // between its parts, as a header's date or code is: a print's running header, whatever its words
  // (`Hankekuvaus – tuloste 12.3.2021`). (Of two words at least, no field's line or value, list entry,
  // heading or sentence; a value written twice, each below a page's break, is no header: the review's
  // R2. A page's title at its first line stays its title, the lines below counts repeating it furniture.)
  let besideCounts: Map<string, number> | null = null;
  const besidePageCounts = (i: number): boolean => {
    const line = lines[i];
    // (Nor a list's item, `-Ryhmätoiminta 2 kertaa viikossa – myös kesällä`: the review's R3.)
    if (line.kind === 'label' || line.text.length > MAX_NAME_LENGTH || !line.text.includes(' ') || /[.!?:;,]$/u.test(line.text) || HAS_BUSINESS_ID.test(line.text) || isPageCountLine(line.text) || /^[-–•*]/u.test(line.text) || opensWithListMarker(line.text)) return false;
    if (besideCounts === null) {
      besideCounts = new Map();
      for (let k = 0; k < lines.length; k++) {
        if (!isPageCountLine(lines[k].text)) continue;
        if (k + 1 < lines.length && !isPageCountLine(lines[k + 1].text)) besideCounts.set(lines[k + 1].text, (besideCounts.get(lines[k + 1].text) ?? 0) + 1);
      }
    }
    const below = besideCounts.get(line.text) ?? 0;
    return ((line.text === lines[firstTop].text && below >= 1) || (below >= 2 && HEADER_SIGNS.test(line.text))) && !isHeadingLine(line, template) && !template.titleKeys.has(phraseKey(line, template) ?? '') && !valueOrField(i, line.text);
  };
  // Whether the line's text stands at a page's edge more than once: next to a page's count or a form feed, or first or last.
  let edgeCounts: Map<string, number> | null = null;
  const repeatedAtPageEdges = (i: number): boolean => {
    if (edgeCounts === null) {
      edgeCounts = new Map();
      // (The text's first and last lines are the first page's top and the last page's bottom, past any furniture
      // around them: a flattened copy's image links above its print's header.)
      let top = 0;
      while (top < lines.length - 1 && isAnywhereFurniture(lines[top].text)) top++;
      let bottom = lines.length - 1;
      while (bottom > 0 && isAnywhereFurniture(lines[bottom].text)) bottom--;
      for (let k = 0; k < lines.length; k++) {
        if (lines[k].text.length > RUNNING_LINE_LENGTH) continue;
        const atFeed = formFeedLines !== null && (formFeedLines.has(lines[k].position.start.line) || (k + 1 < lines.length && formFeedLines.has(lines[k + 1].position.start.line)));
        if (k <= top || k >= bottom || atFeed || (k + 1 < lines.length && isPageCountLine(lines[k + 1].text)) || (k > 0 && isPageCountLine(lines[k - 1].text))) edgeCounts.set(lines[k].text, (edgeCounts.get(lines[k].text) ?? 0) + 1);
      }
    }
    return (edgeCounts.get(lines[i].text) ?? 0) > 1;
  };
  // Whether the line's text stands elsewhere in the text above a row in bars of as many cells (a table's header written twice).
  const headsTableElsewhere = (i: number, cells: number): boolean => lines.some((other, k) => k !== i && other.text === lines[i].text && k + 1 < lines.length && barCells(lines[k + 1].text) === cells);
  const isFooterAboveCount = (i: number): boolean => {
    const line = lines[i];
    const above = lines[i - 1];
    // (Not an entry with its Y-tunnus, a list's item, nor a table's row with its figures in columns: `Järvikylän
    // kunta, 1357913-8` / `Sivu 2 / 3`, `Pinta- ja pohjavedet, … (ja       4          8`.)
    if (line.kind === 'label' || line.text.length > FOOTER_LENGTH || !/^[\p{Lu}\d]/u.test(line.text) || /[.!?:;,]$/u.test(line.text) || !HEADER_SIGNS.test(line.text) || isPageCountLine(line.text) || HAS_BUSINESS_ID.test(line.text) || opensWithListMarker(line.text) || /\s{3}\d/u.test(line.text)) return false;
    if (isLayoutsOwnLine(line, template, facts)) return false;
    // (Nor a table's row in bars whose next row stands below the count, as many cells: a row of figures, `2016 | 53 |
    // 12` / `2/5` / `2017 | 25 | 5`, or a header of words the text has above such a row elsewhere too, `Vuosi |
    // Osallistujia | Naisia`. A footer's parts in bars, `Esimerkkisäätiö sr | Rantakatu 5, 90100 Oulu | puh. …` or
    // `KSAK Oy | Välittävät verkostot | Hankkeen kuvaus`, above a page whose table starts so, are the footer; and a
    // line at another page's edge too is the print's running footer. Audit LB, reviews RVA and RVC of round 75.)
    const cells = barCells(line.text);
    if (cells >= 3 && !repeatedAtPageEdges(i) && [i + 2, i + 3].some((k) => k < lines.length && barCells(lines[k].text) === cells) && (isFigureRowInBars(line.text) || headsTableElsewhere(i, cells))) return false;
    const apart = above === undefined || line.afterBlank || /[.!?]$/u.test(above.text) || (above.kind === 'label' && above.value !== '') || isHeadingLine(above, template);
    return apart && !isHeadingLine(line, template) && !valueOrField(i, line.text);
  };
  // A short line right below a page's count, between a line that cannot end there (`Vastuuviranomainen:
  // Pohjois-Savon elinkeino-, liikenne- ja`) and a line going on from it in lower case (`ympäristökeskus`):
  // the next page's running header, whatever its words, though written once (said as such).
  const headerInsideValue = (i: number): 0 | 2 => {
    const line = lines[i];
    const above = lines[i - 2];
    const below = lines[i + 1];
    if (above === undefined || below === undefined || line.kind === 'label' || line.afterBlank || below.afterBlank || line.text.length > MAX_NAME_LENGTH || /[.!?:;,]$/u.test(line.text)) return 0;
    // (With a figure or a dash between its parts, as a header's date or code is: `… sekä` / `Tampereen kaupungin` / `kanssa.` is a name going on.)
    return ENDS_UNFINISHED.test(above.text) && /^\p{Ll}/u.test(below.text) && /^[\p{Lu}\d]/u.test(line.text) && /\d|\s[-–—|]\s/u.test(line.text) ? 2 : 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i === lines.length - 1 && i > 1 && pageBottoms !== null && (marks === null || marks[i] === 0) && (feedAfterLast || (pageBottoms.get(line.text) ?? 0) >= 2)) {
      const bottom = sameAtPageBottoms(i);
      if (bottom !== 0) {
        (marks ??= new Uint8Array(lines.length))[i] = bottom;
        continue;
      }
    }
    // The last page's own number alone as the text's last line, in a print with breaks (`3` after two
    // form feeds; not the last of a column of figures, nor below a colon or an empty label): its number.
    if (i === lines.length - 1 && i > 1 && pageBottoms !== null && (marks === null || marks[i] === 0) && PAGE_NUMBER_ALONE.test(line.text) && Number(/\d+/u.exec(line.text)![0]) === pageOf(i) && pageOf(i) > 1 && !(lines[i - 1].kind === 'label' || LONE_NUMBER.test(lines[i - 1].text) || lines[i - 1].text.endsWith(':'))) {
      (marks ??= new Uint8Array(lines.length))[i] = 1;
      continue;
    }
    // The project's code alone right below a running header taken above: the header's end, wrapped
    // (`Kainuun Polkuverstas – … – hankekuvaus` / `S21873`).
    if (projectCode !== null && line.text === projectCode && i > 0 && marks !== null && marks[i - 1] !== 0 && !line.afterBlank) {
      marks[i] = marks[i - 1];
      continue;
    }
    // A print's date alone right below a page's running header taken above (`Sivu 3 (7)` / `S20078` /
    // `14.2.2019`): the header's date, said — not a date among dates, nor a value below its empty label.
    // Review BJ of round 64.
    if (i > 0 && marks !== null && marks[i - 1] !== 0 && !line.afterBlank && DATE_ALONE.test(line.text) && !isPageCountLine(lines[i - 1].text) && !(i + 1 < lines.length && DATE_START.test(lines[i + 1].text)) && !valueOrField(i, line.text)) {
      marks[i] = 2;
      continue;
    }
    if (((i === firstTop && template.definition.page === undefined) || (i > 0 && isPageCountLine(lines[i - 1].text))) && line.text.length <= MAX_NAME_LENGTH && besidePageCounts(i)) {
      (marks ??= new Uint8Array(lines.length))[i] = 1;
      continue;
    }
    // The page's footer before the form feed, the last line of the page before: a print's date and
    // time alone (`30.11.2026 klo 14.05`), not a date among dates nor a value below its empty label,
    // or a header's line (`EURA 2014`, `Hankkeen kuvaus`).
    if (formFeedLines !== null && i > 1 && formFeedLines.has(line.position.start.line) && (marks === null || marks[i - 1] === 0) && !valueOrField(i - 1, lines[i - 1].text)) {
      const bottom = sameAtPageBottoms(i - 1);
      if (isPageTopHeader(lines, i - 1) || bottom !== 0) (marks ??= new Uint8Array(lines.length))[i - 1] = bottom === 2 ? 2 : 1;
      // A page's number alone as its last line (`2` / `\f- järjestetään …`), inside a list or a
      // sentence as well: a print's page number (said, as a number alone elsewhere is) — only the
      // page's own number, one more than the breaks above it (a figure of the text, `80` below `joista
      // naisia` or in a column of figures, is none: review R2).
      // (Not the last of a column of figures, nor a figure below a line ending with a colon: review R3.)
      else if (PAGE_NUMBER_ALONE.test(lines[i - 1].text) && Number(/\d+/u.exec(lines[i - 1].text)![0]) === pageOf(i - 1) && !(i > 1 && (lines[i - 2].kind === 'label' || LONE_NUMBER.test(lines[i - 2].text) || lines[i - 2].text.endsWith(':')))) (marks ??= new Uint8Array(lines.length))[i - 1] = 1;
      else if (isPrintTime(lines, i - 1, lines[i - 2], lines[i - 1].afterBlank, repeated) || isPrintDateAlone(lines, i - 1, template, repeated) || isRunningName(lines, i - 1, lines[i - 2], lines[i - 1].afterBlank, template, repeated)) (marks ??= new Uint8Array(lines.length))[i - 1] = once(i - 1);
    }
    // (A project page's first line is its title, which a browser's print repeats at each page's top:
    // it stays the title there, its repeats below each break are the header.)
    const pageTop = formFeedLines !== null && i > 0 && formFeedLines.has(line.position.start.line) ? runningHeader(i, i) || sameAtPageTops(i) : i === firstTop && template.definition.page === undefined ? sameAtPageTops(i) : 0;
    if (pageTop !== 0) {
      (marks ??= new Uint8Array(lines.length))[i] = pageTop;
      continue;
    }
    // A line right above a page's count, standing apart from the line above it (after a blank line, a
    // heading, a field's whole line or a sentence's end), with a figure, a bar or a dash between its parts,
    // no sentence, no field's line or value (`ESR-HK 2014 v2.1` / `Sivu 4 (7)`, `Esimerkkisäätiö sr |
    // Rantakatu 5, 90100 Oulu | puh. 08 555 1200` / `Sivu 3 / 7`): the page's footer, though written once
    // (said as such). Audit AS of round 60.
    // (Written so twice, it is a running footer only where its other copy stands at a page's edge too: a table's
    // header or a list's line that the text has twice, once in the text, is the text's, said. Audit LB of round 75.)
    if (i + 1 < lines.length && !lines[i + 1].afterBlank && (marks === null || marks[i] === 0) && isPageCountLine(lines[i + 1].text) && isFooterAboveCount(i)) {
      (marks ??= new Uint8Array(lines.length))[i] = repeatedAtPageEdges(i) ? 1 : 2;
      continue;
    }
    // So is one below a print stamp (`Tulostettu 12.3.2019 klo 10.15` / `S21456`), a page's break too,
    // and below any line of a print's header or footer with a page count in it, whatever its order
    // (`Sivu 1/4    Tulostettu 12.3.2024 14:05`, `https://… 1/4`, `Page 1 of 4    Printed …`).
    const belowCount = i + 1 < lines.length && line.text.length <= 160 && (PRINT_STAMP_START.test(line.text) || mayHoldPageCount(line.text)) && isAnywhereFurniture(line.text);
    const belowStamp = belowCount ? runningHeader(i + 1, i) || headerInsideValue(i + 1) : 0;
    if (belowStamp !== 0) (marks ??= new Uint8Array(lines.length))[i + 1] = belowStamp;
    // (A `pdftotext -layout` header spaces its name and code apart: `Työpolku Pohjanmaalla      S11234`.)
    if (projectCode !== null && line.text.length <= 120 && line.afterBlank && (i + 1 === lines.length || lines[i + 1].afterBlank) && line.text.includes(projectCode) && withoutMarks(line.text).length <= 60 && !valueOrField(i) && isCodeHeader(line.text, projectCode, codeNames)) {
      (marks ??= new Uint8Array(lines.length))[i] = 1;
      continue;
    }
    // A running header of the project's name and a description's words, a paragraph of its own written
    // so twice at least (`Polku eteenpäin – hankekuvaus`): a print's, without page counts too.
    // (Its parts are set apart by a dash, a bar or a colon: a sub-heading without one is passed over at once.)
    // (Inside a paragraph, a page's break in its sentence, `… johon osallistui` / `Polku eteenpäin –
    // hankekuvaus` / `163 asiakasta.`, it is one though written once: said where it is.)
    const paragraphOfItsOwn = line.afterBlank && (i + 1 === lines.length || lines[i + 1].afterBlank);
    const insideSentence = !line.afterBlank && i > 0 && i + 1 < lines.length && !lines[i + 1].afterBlank && !/[.!?:]$/u.test(lines[i - 1].text);
    if (line.kind === 'text' && (paragraphOfItsOwn || insideSentence) && line.text.length <= 100 && !/[.!?:;,]$/u.test(line.text) && HEADER_PARTS.test(line.text) && isNameHeader(line.text, projectName) && (paragraphOfItsOwn ? repeated(i) : true)) {
      (marks ??= new Uint8Array(lines.length))[i] = paragraphOfItsOwn ? 1 : once(i);
      continue;
    }
    // A print's date (and time) with the page count after a run of spaces (`14.3.2019          2/5`):
    // a footer, not among dates (`3.4.2015     5/7` / `12.11.2015     6/7`, a table's) nor below an intro.
    // (Written so on two pages at least, or in a print with form feeds: `30.6.2019     45 (60)` alone in a text is its figures.)
    // (As wide as a page, too: pdftotext -layout sets the date at the left margin and the count at the right. Audit GA of round 70.)
    // (Or once, with a count of pages in a slash, `14.2.2019      4/4`: a print's footer as surely, said as one the text has once.)
    if (line.text.length <= 160 && DATE_COUNT_FOOTER.test(line.text) && !(i > 0 && (DATE_START.test(lines[i - 1].text) || lines[i - 1].text.endsWith(':'))) && !(i + 1 < lines.length && DATE_START.test(lines[i + 1].text)) && (formFeedLines !== null || datedFooters(lines, line.text) > 1 || isPageOfPages(line.text) || (i > 0 && lines[i - 1].kind === 'label' && lines[i - 1].value !== '' && isPageOfPages(line.text, true)))) {
      // (1: furniture; 2: furniture the text has once, said — as `once` marks.)
      (marks ??= new Uint8Array(lines.length))[i] = datedFooters(lines, line.text) > 1 ? 1 : 2;
      // (The next page's running header below it, as below any page count.)
      const below = i + 1 < lines.length ? runningHeader(i + 1, i) : 0;
      if (below !== 0) marks[i + 1] = below;
      continue;
    }
    // A footer of the project's name or code with the page count after a run of spaces
    // (`Työpolku Pohjanmaalla     3 (5)`); not a sentence that ends in figures.
    if (line.text.length <= 160 && isDigitOrBracket(line.text.charCodeAt(line.text.length - 1)) && isNameOrCodeFooter(line.text, projectCode, projectName, pageTitleAbove, i)) {
      (marks ??= new Uint8Array(lines.length))[i] = 1;
      continue;
    }
    // (Most lines are passed over at once: page counts are short and end like one.)
    if (i + 1 === lines.length || !mayBePageCount(line.text)) continue;
    // A page count, or a page number alone (`2`), which is one only with such a header below it, or
    // inside a sentence of a hard-wrapped copy without blank lines where it would have fitted on the
    // line above (`… parantaa` / `2` / `matkailualan …`): a wrap does not leave a number alone.
    const alone = LONE_NUMBER.test(lines[i].text);
    const width = facts.wrapWidth;
    // (In a copy not hard-wrapped at all, its lines as long as their sentences, no wrap left it either —
    // a page's number of a description's print, twenty at most: said as a warning, as the figure may be
    // the sentence's own, broken by hand; `noin` / `80` / `asiakasta.` is.)
    if (alone && i > 0 && !lines[i].afterBlank && !lines[i + 1].afterBlank && lines[i - 1].kind === 'text' && !/[.!?:;]$/.test(lines[i - 1].text) && /^\p{Ll}/u.test(lines[i + 1].text) && (width === null ? Number(lines[i].text) <= PRINT_PAGES_MOST : lines[i - 1].text.length + 1 + lines[i].text.length <= width)) {
      (marks ??= new Uint8Array(lines.length))[i] = width === null ? 2 : 1;
      continue;
    }
    if (!alone && !isPageCountLine(lines[i].text)) continue;
    // A footer on the line above the page count (`3.4.2012` / `2`, `Työpolku Pohjanmaalla` / `2 (4)`):
    // a date alone, the project's name or its code's header, not a field or a value below its label.
    // (A date alone below an empty label of a list is no value of it: `Ennen hanketta:` / `30.11.2026` / `2`.)
    if (i > 0 && (marks === null || marks[i - 1] === 0)) {
      const above = lines[i - 1].text;
      const belowEmptyLabel = i > 1 && lines[i - 2].kind === 'label' && lines[i - 2].value === '';
      // (It stands apart from what is above it: after a blank line, a sentence's end or a heading — not
      // a value's wrapped end, `…toteutusaika: Alkaa 1.1.2015 ja päättyy` / `31.12.2018` / `2`.)
      // (The project's code with its name or a print header's words is no value's end: apart or not.)
      const apart = lines[i - 1].afterBlank || i === 1 || /[.!?]$/u.test(lines[i - 2].text);
      if (above.length <= 100 && !/[.!?:;,]$/.test(above) && lines[i - 1].kind !== 'label' && (!belowEmptyLabel || !mayBeValueOf(lines[i - 2], above, template))) {
        const aboveKey = normaliseKey(withoutMarks(above));
        // (A browser's print footer: the page's title and the site's, `Nuorten polut Kainuussa - Rakennerahastot`.)
        const titled = apart && template.definition.page !== undefined && lines.slice(0, Math.min(i - 1, TITLE_AMONG_FIRST)).some((l) => l.kind === 'text' && l.text.length >= 8 && (above === l.text || (above.startsWith(l.text) && /^\s[-–|]\s.{1,40}$/u.test(above.slice(l.text.length)))));
        const footer = (apart && DATE_ALONE.test(above)) || titled || (apart && (projectName()?.includes(aboveKey) ?? false)) || (projectCode !== null && above.includes(projectCode) && isCodeHeader(above, projectCode, codeNames));
        if (footer) {
          marks ??= new Uint8Array(lines.length);
          marks[i - 1] = 1;
          if (alone) marks[i] = 1;
        }
      }
    }
    const next = lines[i + 1];
    const text = next.text;
    if (text.length > MAX_NAME_LENGTH) continue;
    if (isPageTopHeader(lines, i + 1) || isPrintTitleWithAddressOrTime(text)) {
      marks ??= new Uint8Array(lines.length);
      marks[i + 1] = 1;
      if (alone) marks[i] = 1;
      continue;
    }
    // The project's name repeated (a page's: its title among the first lines) is a running header
    // even below an empty label (`Postitoimipaikka:` / `Sivu 2 (5)` / `Työelämään Kainuussa`).
    const byName = !goesOnBelow(i + 1) && isProjectName(i, normaliseKey(withoutMarks(text)), text);
    if (!byName && (text.length > 100 || /[.!?:;,]$/.test(text)) && !codeAndName(text)) continue;
    if (byName && /[.:;,]$/.test(text)) continue;
    if (!byName && valueOrField(i + 1, text)) continue;
    // After a page count, also a header led by the project's code, whatever follows it (`S21457
    // Polkuja työhön Saimaalla 12.3.2019`, `A31552 Sivu 3/4`).
    const header = byName || DATE_ALONE.test(text) || (projectCode !== null && text.includes(projectCode) && (text.startsWith(`${projectCode} `) || isCodeHeader(text, projectCode, codeNames)));
    if (header) {
      marks ??= new Uint8Array(lines.length);
      marks[i + 1] = 1;
      if (alone) marks[i] = 1;
    }
  }
  return footersAboveMarks(lines, wrappedPrintHeaders(lines, wrappedHeadersAbovePageCounts(lines, marks)), template);
}

/**
 * A browser's print header hard-wrapped before its site's name, anywhere in the text (`30.11.2019 9.12
 * Työkykyä yhdessä -` / `Rakennerahastot.fi`, or with the dash alone between): its lines joined are the
 * header, furniture wherever it stands (a copy re-wrapped after printing). Audit HB of round 71.
 */
function wrappedPrintHeaders(lines: SourceLine[], marks: Uint8Array | null): Uint8Array | null {
  for (let i = 1; i < lines.length; i++) {
    const first = lines[i - 1].text;
    // (A header starts with its date: only a line that starts with a figure is tried, with a line below it.)
    if (!isDigitCode(first.charCodeAt(0)) || lines[i].afterBlank || first.length > 160 || (marks !== null && marks[i - 1] !== 0)) continue;
    for (const count of [2, 3]) {
      const end = i - 2 + count;
      if (end >= lines.length || (count === 3 && (lines[end].afterBlank || !/^[-–—|]$/u.test(lines[i].text)))) continue;
      const joined = lines.slice(i - 1, end + 1).map((line) => line.text).join(' ');
      if (joined.length <= 160 && PRINT_TITLE_SITE.test(joined) && isAnywhereFurniture(joined)) {
        (marks ??= new Uint8Array(lines.length)).fill(1, i - 1, end + 1);
        break;
      }
    }
  }
  return marks;
}

/**
 * A print's header as its first page has it, wrapped over two or three lines at a later page's top, right above
 * that page's address and count (`14.2.2019 10.12   Metsästä työtä` / `- Rakennerahastot` /
 * `https://… 2/2`): the header's again, no text's end. Audit EC of round 69.
 */
function wrappedHeadersAbovePageCounts(lines: SourceLine[], marks: Uint8Array | null): Uint8Array | null {
  const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
  // (The first page's header on its line, or wrapped there too, `… Metsästä työtä` / `- Rakennerahastot`.)
  const top = lines.slice(0, PRINT_HEADER_TOP_LINES + 1);
  // (Or over three, `… Metsästä työtä` / `-` / `Rakennerahastot`, as a narrow wrap leaves it. Review RV3.)
  const joined = (from: number, count: number, within: SourceLine[]) => (within.slice(from + 1, from + count).some((line) => line.afterBlank) || from + count > within.length ? '' : within.slice(from, from + count).map((line) => line.text).join(' '));
  const tops = new Set(top.flatMap((_, k) => [top[k].text, joined(k, 2, top), joined(k, 3, top)]).filter((text) => text.length <= 160 && mayHoldPrintTime(text)).map(squash));
  if (tops.size === 0) return marks;
  // (Above the page's count, or its address with the count on the line below it.)
  const countLine = (i: number) => i < lines.length && !lines[i].afterBlank && mayHoldPageCount(lines[i].text) && isAnywhereFurniture(lines[i].text);
  for (let i = 2; i < lines.length; i++) {
    if (lines[i].afterBlank || !(countLine(i) || (isAnywhereFurniture(lines[i].text) && countLine(i + 1)))) continue;
    const count = [2, 3].find((k) => i >= k && tops.has(squash(joined(i - k, k, lines))));
    if (count !== undefined) (marks ??= new Uint8Array(lines.length)).fill(1, i - count, i);
  }
  return marks;
}
/** The lines at a print's top its header stands among. */
const PRINT_HEADER_TOP_LINES = 3;
/** A print's date and time of day in a line (`14.2.2019 10.12`, vocabulary `pageFurniture.printDateTime`), as a browser's print header starts. */
const PRINT_DATE_TIME = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.printDateTime, 'iu'));
function mayHoldPrintTime(text: string): boolean {
  return PRINT_DATE_TIME.test(text);
}

/**
 * Marks an address's line right above each of a print's headers or footers (no blank line between),
 * written the same above two of them at least: a footer of the print's own, the organisation's
 * address (`Tunturin Opisto Oy, Koulukatu 7, 96100 Rovaniemi, puh. …` above `… Sivu 2 / 3`).
 */
function footersAboveMarks(lines: SourceLine[], marks: Uint8Array | null, template: CompiledTemplate): Uint8Array | null {
  // (A page's header or footer with its count ends in a figure or a bracket: only such a line is tried.)
  const isFooter = (i: number) => {
    const last = lines[i].text.charCodeAt(lines[i].text.length - 1);
    return !lines[i].afterBlank && (marks?.[i] === 1 || ((isDigitCode(last) || last === 41) && isAnywhereFurniture(lines[i].text)));
  };
  let candidates: Set<string> | null = null;
  // (Only an address's line, its postcode and place or a phone, web or e-mail address: an entry, an
  // answer or a list's item may stand so above two page breaks too.)
  const addressLike = (text: string) => text.length <= RUNNING_LINE_LENGTH && !/[.!?]$/u.test(text) && (POSTCODE_PLACE.test(text) || CONTACT_WAY.test(text));
  // (Nor a value below its empty label or an intro, `Web-osoite:` / blank / `www.…` / `Sivu 1 / 3`, in a copy of two
  // columns: one thing, a postcode's place or a way of contact; a footer's line has both, the organisation's
  // address with its phone, `Tunturin Opisto Oy, Koulukatu 7, 96100 Rovaniemi, puh. …`.)
  const belowLabel = (c: number) => {
    const above = lines[c - 1];
    const oneThing = !(POSTCODE_PLACE.test(lines[c].text) && CONTACT_WAY.test(lines[c].text));
    const emptyLabel = above !== undefined && above.kind === 'label' && above.value === '';
    const fieldsLabel = emptyLabel && template.inlineLabels.has(above.labelKey!);
    return above !== undefined && oneThing && (emptyLabel || above.text.endsWith(':')) && !(fieldsLabel && valueGoesOnPastBreak(c));
  };
  // (Unless, below a field's empty label, the page's break below it is followed at once by a line of
  // text: the value was printed on the next page, `WWW-osoite:` / footer / `Sivu 1 / 3` / `www.…`. Not
  // below a text's line ending in a colon, whose sentence may go on past the break.)
  const valueGoesOnPastBreak = (c: number) => {
    let j = c + 1;
    while (j < lines.length && j <= c + PAGE_BREAK_LINES && isFooter(j)) j++;
    return j > c + 1 && j < lines.length && !lines[j].afterBlank && lines[j].kind === 'text';
  };
  for (let i = 1; i < lines.length; i++) if (lines[i - 1].kind === 'text' && (marks === null || marks[i - 1] === 0) && lines[i - 1].text.length <= RUNNING_LINE_LENGTH && isFooter(i) && addressLike(lines[i - 1].text)) (candidates ??= new Set()).add(lines[i - 1].text);
  if (candidates === null) return marks;
  // (Each line so written: how often, and whether each stands above a header or footer.)
  const seen = new Map<string, { count: number; above: boolean }>();
  for (let i = 0; i < lines.length; i++) {
    if (!candidates.has(lines[i].text)) continue;
    const entry = seen.get(lines[i].text) ?? { count: 0, above: true };
    entry.count++;
    entry.above &&= i + 1 < lines.length && lines[i].kind === 'text' && isFooter(i + 1);
    seen.set(lines[i].text, entry);
  }
  // (The footer's copy that stands as a value below its empty label is that value: the others are the footer still.)
  for (let i = 0; i < lines.length; i++) {
    const entry = seen.get(lines[i].text);
    if (entry !== undefined && entry.count >= 2 && entry.above && !belowLabel(i) && (marks === null || marks[i] === 0)) (marks ??= new Uint8Array(lines.length))[i] = 1;
  }
  return marks;
}

const isDigitOrBracket = (code: number) => isDigitCode(code) || code === 41;

/**
 * A line among a page's first lines that may be its title, as a running header repeats it: not a
 * sentence's end (`… työ- ja` / `toimintakyvyn parantaminen.`, the tagline wrapped) nor a line in
 * lower case right below another (a wrapped line's end), which a value wrapped across a page's
 * break may equal (`Erityistavoite: … työ- ja` / header / `toimintakyvyn parantaminen`). A title
 * in lower case of its own (`eTaitoja …`, `www.…`) may be one.
 */
const mayBePageTitle = (line: SourceLine, index: number, lines: SourceLine[]) => line.kind === 'text' && !/[.!?:;,]$/u.test(line.text) && !(index > 0 && !line.afterBlank && /^\p{Ll}/u.test(line.text) && wrapsOnto(lines[index - 1]));

/** A line of text long enough to have been wrapped onto the next (not a page's number above a header, `1` / `www.…`). */
const wrapsOnto = (line: SourceLine) => line.kind === 'text' && line.text.length >= SHORTEST_WRAPPED_LINE && !/[.!?:;]$/u.test(line.text);
const SHORTEST_WRAPPED_LINE = 25;

/** How a print stamp starts (`Tulostettu …`, `Printed …`, a date): only such lines are looked at for one. */
/**
 * An office program's comment mark at a line's start, the commenter's initials (two letters or more) and the
 * comment's number glued to the comment (`[KM1]Tarkista …`), or a footnote's superscript number: `[A1]
 * Alkeistaso`, a level's or a work package's code, is the text's (review BA of round 60).
 */
const COMMENT_MARK = lazyRegExp(() => /^(?:\[\p{Lu}{2,4}\d{1,3}\]\S|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}\s*\p{Lu})/u);
const SUPERSCRIPT_DIGITS = '¹²³⁴⁵⁶⁷⁸⁹⁰';
/**
 * A reviewer's note written in square brackets as a whole line, led by a name and a colon, with a reviewer's
 * word (`[Maija: tämä luku on väärin]`, `[MV: tarkista]`): a mail's or a reviewer's comment on the text, no
 * line of it. Audit AS of round 60; round 63, review BG. (A bracketed line without a name's colon, `[Tähän
 * kuvaus]`, is a placeholder's.)
 */
const BRACKETED_NOTE = lazyRegExp(() => /^\[\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?:\s[^\[\]]{3,160}\]$/u);
/** A reviewer's word in the note (vocabulary `reviewNoteWords`), or a question: `[Lähde: …]`, `[Kuva: …]` are the text's. */
const REVIEW_NOTE_WORD = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.reviewNoteWords.map(escapeRegExp).join('|')})(?![\\p{L}])|\\?\\]$`, 'iu'));

export function isBracketedNote(text: string): boolean {
  return BRACKETED_NOTE.test(text) && REVIEW_NOTE_WORD.test(text.slice(text.indexOf(':')));
}
const adMarks = new Set(vocabulary.adMarks.map(normaliseKey));
const adMarkStarts = new PhraseStarts(adMarks);

/** How far above a footnote its mark in the text is looked for. */
const FOOTNOTE_MARK_LINES = 40;

/** Whether a line stands alone below an empty label, nothing else below it before a blank line or the next label: the label's value. */
function isOnlyValueBelowLabel(lines: readonly SourceLine[], i: number): boolean {
  const below = lines[i + 1];
  return i > 0 && lines[i - 1].kind === 'label' && lines[i - 1].value === '' && !lines[i].afterBlank && (below === undefined || below.afterBlank || below.kind !== 'text');
}

/** Whether a footnote's line (`¹ …`) has its mark in a line of the text above it: the text's own footnote. */
function footnoteMarkedAbove(lines: readonly SourceLine[], i: number): boolean {
  const mark = lines[i].text[0];
  if (!SUPERSCRIPT_DIGITS.includes(mark)) return false;
  for (let j = i - 1; j >= 0 && j >= i - FOOTNOTE_MARK_LINES; j--) if (lines[j].text.includes(mark)) return true;
  return false;
}

/**
 * A draft's mark in capitals, alone or with a date (`LUONNOS`, `LUONNOS 12.3.2019`: vocabulary
 * `pageMarks.draftWords`), or a page's or an ad's mark in capitals with a date (`TIEDOTE 12.3.2019`,
 * `MAINOS 12.3.2019`: `pageMarks.words`, `adMarks`); not an acronym (`MAHIS`), nor such a word alone
 * (`TIEDOTE` may be a sub-heading).
 */
const CAPITALS_MARK = lazyRegExp(() => {
  const words = (list: string[]) => list.map((word) => escapeRegExp(word.toUpperCase())).join('|');
  return new RegExp(`^(?:${words(vocabulary.pageMarks.draftWords)})(?:\\s+[\\d.]+)?$|^(?:${words([...vocabulary.pageMarks.words, ...vocabulary.adMarks])})\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}$`, 'u');
});
const CAPITALS_MARK_FIRST = new Set([...vocabulary.pageMarks.draftWords, ...vocabulary.pageMarks.words, ...vocabulary.adMarks].map((word) => word.toUpperCase().charCodeAt(0)));
/** The longest line read as a mark in capitals: a word and a date. */
const CAPITALS_MARK_LONGEST = 40;

export function isCapitalsMark(text: string): boolean {
  return text.length <= CAPITALS_MARK_LONGEST && CAPITALS_MARK_FIRST.has(text.charCodeAt(0)) && CAPITALS_MARK.test(text);
}

/** An office program's comment balloon or formatting note printed with the text (vocabulary `officeMarkup`; case counts). */
const OFFICE_MARKUP = lazyRegExp(() => new RegExp(vocabulary.officeMarkup.map((pattern) => `(?:${pattern})`).join('|'), 'u'));
/** How far into its line the colon of an office program's markup stands at most (`Kommenterade [ABCD12]:`). */
const OFFICE_MARKUP_COLON = 32;

function isOfficeMarkup(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && colon <= OFFICE_MARKUP_COLON && OFFICE_MARKUP.test(text);
}

/** A line kept apart that may wrap onto lines below it: a comment or a footnote led by its mark, an office program's markup note. */
function isWrappingMark(text: string): boolean {
  return ((text.charCodeAt(0) === 91 || SUPERSCRIPT_DIGITS.includes(text[0])) && COMMENT_MARK.test(text)) || isOfficeMarkup(text);
}

/** The most lines a comment, a footnote or a markup note wraps onto. */
const WRAPPED_MARK_LINES = 3;

/**
 * The last line of a comment, a footnote or a markup note that starts at `at` and wraps, going on in lower
 * case to its sentence's end within a few lines; `at` itself where it does not.
 */
function wrappedMarkEnd(lines: readonly SourceLine[], at: number, facts: TextFacts): number {
  if (!isWrappingMark(lines[at].text) || /[.!?:;]$/u.test(lines[at].text)) return at;
  let end = at;
  // (Its first line wraps as a hard-wrapped line does; below it, the sentence still open, a line in lower case
  // goes on with it: a copy wrapped again breaks a note's lines where they were broken already.)
  const goesOn = (line: SourceLine, next: SourceLine) => (line === lines[at] ? goesOnWrapped(line, next, facts) : !next.afterBlank && /^\p{Ll}/u.test(next.text));
  while (end + 1 < lines.length && end - at < WRAPPED_MARK_LINES && !SENTENCE_END.test(lines[end].text) && goesOn(lines[end], lines[end + 1])) end++;
  return SENTENCE_END.test(lines[end].text) ? end : at;
}

/**
 * An office program's comment or a footnote led by its mark, its comment balloon or formatting note, a
 * or an ad's or a draft's mark (`[KM1]…`, `¹ …`, `Kommentoinut [KM1]: …`, `Muotoiltu: Fontti: 11 pt`,
 * `Mainos`, `LUONNOS 12.3.2019`): kept apart from the text around it, said.
 */
export function isMarkKeptApart(text: string): boolean {
  return ((text.charCodeAt(0) === 91 || SUPERSCRIPT_DIGITS.includes(text[0])) && COMMENT_MARK.test(text)) || (text.length <= 24 && adMarkStarts.admits(text) && adMarks.has(normaliseKey(text))) || isCapitalsMark(text) || isOfficeMarkup(text);
}

/**
 * A sentence written wholly in quotation marks (`”Tärkeintä oli, että joku kuunteli.”`): a web page's pull
 * quote or a person's words; not a name in quotes (`”Yhdessä eteenpäin”`), which ends no sentence.
 */
const QUOTED_SENTENCE = lazyRegExp(() => /^["”“«»„]\p{Lu}[^"”“«»„]*\s[^"”“«»„]*\s[^"”“«»„]*[.!?…]["”“»«]$/u);
const QUOTE_OPENING = new Set(['"', '”', '“', '«', '»', '„'].map((mark) => mark.charCodeAt(0)));

export function isQuotedSentence(text: string): boolean {
  return QUOTE_OPENING.has(text.charCodeAt(0)) && QUOTED_SENTENCE.test(text);
}

/**
 * A pull quote's attribution below it (`– hankkeen osallistuja`, `— Maija M., projektipäällikkö`, `– osallistuja,
 * 34 v.`): a dash and a few words, no sentence (no `!` or `?`, not five words in lower case).
 */
const QUOTE_ATTRIBUTION = lazyRegExp(() => /^(?:[–—]\s?|-\s)\p{L}[^!?]{0,60}$/u);
/** A list's item by its marker (`- …`, `• …`, `2) …`, `3. …`). */
const LIST_ITEM_START = lazyRegExp(() => /^(?:[-–—•*]|\d{1,2}[).])/u);

function isQuoteAttribution(text: string): boolean {
  return QUOTE_ATTRIBUTION.test(text) && !readsAsSentence(text);
}

/** A pull quote's line: its quoted sentence or its attribution (of a line kept apart as one). */
export function isPullQuoteLine(text: string): boolean {
  return isQuotedSentence(text) || isQuoteAttribution(text);
}

/**
 * A web page's pull quote: a quoted sentence with its attribution right below it (`”…”` / `– hankkeen
 * osallistuja`), kept apart with that line. Not where a list goes on around it (the dash is the list's
 * next item: `- ryhmätoiminta …` / `”…”` / `- asumisohjauksen kehittäminen`, also with blank lines between
 * the items), nor below a line that introduces it (`… kuvasi kokemustaan näin:`): the text's own
 * testimonial. Only on a web page: a description's form quotes a person in its own text. Returns the
 * attribution's line, or -1. Audit AS of round 60; review BE of round 62.
 */
function pullQuoteEnd(lines: readonly SourceLine[], i: number, template: CompiledTemplate): number {
  if (!isQuotedSentence(lines[i].text)) return -1;
  const below = lines[i + 1];
  if (below === undefined || below.afterBlank || !isQuoteAttribution(below.text)) return -1;
  // (An introducing line above it, a blank line between as a page writes its paragraphs: `Hankkeen tunnuslause
  // on:` / blank / `”…”` — not a heading or a field's label of the layout, `Lyhyt selostus hankkeesta:`. Review BF.)
  const above = i > 0 ? lines[i - 1] : undefined;
  const introduces = above !== undefined && above.text.endsWith(':') && !isHeadingLine(above, template) && !(above.kind === 'label' && template.labelKeys.has(above.labelKey!));
  if (introduces || (above !== undefined && !lines[i].afterBlank && LIST_ITEM_START.test(above.text))) return -1;
  const after = lines[i + 2];
  if (after !== undefined && (LIST_ITEM_START.test(after.text) || (!after.afterBlank && /^\p{Ll}/u.test(after.text)))) return -1;
  return i + 1;
}

/** A call to subscribe to a newsletter, by its start (vocabulary `pageFurniture.pageInserts.callStarts`), alone or with a dash's clause or an exclamation: said where it stands apart, read as the text's (it may be the project's own). */
const INSERT_CALL = lazyRegExp(() => new RegExp(`^(?:${vocabulary.pageFurniture.pageInserts.callStarts.map(escapeRegExp).join('|')})(?:[\\s!.]*$|\\s+[–—-]\\s[^.?!]{0,100}[!.]?$|[^.?:!]*!$)`, 'iu'));
/** A video's link with its length in brackets (vocabulary `pageFurniture.pageInserts.videoWords`): `Video: Näin hanke toimii (2:34)`, `▶ Video (2:34): …`, `Video: …, 2:34`. */
const INSERT_VIDEO = lazyRegExp(() => new RegExp(`^(?:[▶►]\\s*)?(?:${vocabulary.pageFurniture.pageInserts.videoWords.map(escapeRegExp).join('|')})\\s*(?:\\(${VIDEO_LENGTH}\\)\\s*:\\s*.{1,100}|:\\s*.{1,100}?(?:\\(${VIDEO_LENGTH}\\)|,\\s*\\d{1,2}:\\d{2}))$`, 'iu'));
/** A video's length as a page writes it beside its link: `2:34`, `02:34 min`, `kesto 2:34`, `2 min 34 s`, `3 min`. */
const VIDEO_LENGTH = '\\s*(?:kesto|length|längd)?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*min)?|\\d{1,3}\\s*min(?:\\s*\\d{1,2}\\s*s)?)\\s*';
/** A line that names a video, in a compound too (`esittelyvideota`, `lyhytelokuva`; vocabulary `videoWordStems`): a list of the project's own videos has several, or a sentence above that tells of one. */
const VIDEO_WORD = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.pageInserts.videoWordStems.map(escapeRegExp).join('|'), 'iu'));
/** A "read also" link's lead alone on its line (vocabulary `pageFurniture.pageInserts.readAlsoLeads`). */
const READ_ALSO_LEAD = lazyRegExp(() => new RegExp(`^(?:${vocabulary.pageFurniture.pageInserts.readAlsoLeads.map(escapeRegExp).join('|')})\\s*:?$`, 'iu'));
/** A cookie notice as the page speaks it of itself (vocabulary `pageFurniture.pageInserts.cookieNotice`): `Tämä sivusto käyttää evästeitä.`, `Käytämme evästeitä …`. */
const COOKIE_NOTICE = lazyRegExp(() => new RegExp(vocabulary.pageFurniture.pageInserts.cookieNotice, 'iu'));
/** A photo's credit: its word, a colon and one or two names of capitalised words (`Kuva: Lehtikuva / Liisa Takala`); case counts in the names. */
const CREDIT_NAMES = lazyRegExp(() => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*[/|,&]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$/u);
/** A photo's credit's words (vocabulary `captionCreditWords`, not `kuvaaja`: a photographer is a team's role too, `Kuvaaja: Liisa Takala`). */
const creditWords = new Set(vocabulary.captionCreditWords.filter((word) => word !== 'kuvaaja'));
const CREDIT_WORD_LONGEST = Math.max(...[...creditWords].map((word) => word.length));
/** The credit's words as written, in lower case, capitalised or in capitals: looked up without lower-casing the line (a line with `ä` in it is lower-cased through ICU). */
const creditForms = new Set([...creditWords].flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()]));
/** The longest line read as a page's insert; a caption with its credit may be a sentence long. */
const PAGE_INSERT_LONGEST = 200;
/** A "read also" headline's most characters. */
const HEADLINE_LONGEST = 100;
/** An insert's line this long may be hard-wrapped; it goes on over at most this many lines. */
const WRAPPED_INSERT_FROM = 40;
const WRAPPED_INSERT_LINES = 2;
/** How an insert's first line starts: a video's or a credit's word. */
const INSERT_LEAD = lazyRegExp(() => new RegExp(`^(?:${[...vocabulary.pageFurniture.pageInserts.videoWords, ...creditWords].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));

/** A photo's credit (`Kuva: Matti Meikäläinen`, `Kuva: Vaasan kaupunki`), or a caption that ends with one (`Osallistujia työpajassa. Kuva: Matti Meikäläinen`). */
function isPhotoCredit(text: string): boolean {
  const colon = text.lastIndexOf(':');
  if (colon <= 0 || colon > text.length - 3) return false;
  // (The word right before the colon, found without copying the line: most lines with a colon are a field's.)
  let end = colon;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && end - start <= CREDIT_WORD_LONGEST && text.charCodeAt(start - 1) !== 32 && text.charCodeAt(start - 1) !== 40) start--;
  if (end - start > CREDIT_WORD_LONGEST || !creditForms.has(text.slice(start, end))) return false;
  // (Led by the word, or after a caption's sentence: `… 2016. Kuva: …`, `… 2016 (Kuva: …)`.)
  const lead = text.slice(0, start).trimEnd();
  const names = text.slice(colon + 1).trim().replace(/\)$/u, (close) => (lead.endsWith('(') ? '' : close));
  // (Or after a bar or a dash, `… | Kuva: …`; or alone in brackets, `(Kuva: …)`. A year may follow the names: `Kuva: Matti Meikäläinen 2018`.)
  const credited = names.replace(/,?\s+(?:19|20)\d{2}$/u, '');
  // (A name of one word is a figure's caption as well, `Kuva: Organisaatiokaavio`: a person's two names, two credits or an organisation's. Review BH.)
  return (lead === '' || lead === '(' || (/[.!?|–—]$/u.test(lead) && lead.length > 12) || (lead.endsWith('(') && /[.!?\p{L}]\s*\($/u.test(lead))) && credited.length <= 60 && ((CREDIT_NAMES.test(credited) && /[\s/|,&]/u.test(credited)) || (/^\p{Lu}/u.test(credited) && !/[.!?:;]$/u.test(credited) && hasAnyOrganisationWord(credited)));
}

/** A caption's line that a credit ends, its names wrapped onto the next line: `Osallistujia työpajassa. Kuva: Matti` / `Meikäläinen`. */
function endsWithCreditWord(text: string): boolean {
  const colon = text.lastIndexOf(':');
  if (colon < text.length - CREDIT_NAME_TAIL) return false;
  const before = text.slice(0, colon).trimEnd();
  return creditForms.has(before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('(')) + 1));
}
/** How far from a line's end a wrapped credit's colon stands at most. */
const CREDIT_NAME_TAIL = 30;

/** A line a web page inserts between its paragraphs, by itself (not a "read also" lead, whose headline makes it one): see vocabulary `pageFurniture.pageInsertsDescription`. */
export function isPageInsert(text: string): boolean {
  if (text.length > PAGE_INSERT_LONGEST || text.length < 8) return false;
  // (The notice's pattern names the cookies itself, anchored at the line's start: no scan of the whole line for the word.)
  return isPhotoCredit(text) || INSERT_VIDEO.test(text) || COOKIE_NOTICE.test(text);
}

/** A "read also" link's lead alone on its line (`Lue myös:`). */
export function isReadAlsoLead(text: string): boolean {
  return text.length <= 30 && READ_ALSO_LEAD.test(text);
}

/** A newsletter's call (`Tilaa uutiskirje – saat tiedon uusista hankkeista ensimmäisenä!`): see {@link INSERT_CALL}. */
export function isNewsletterCall(text: string): boolean {
  return text.length <= 120 && CALL_FIRST.has(lowerCode(text.charCodeAt(0))) && INSERT_CALL.test(text);
}
/** The first characters (lower case) of the newsletters' calls: a line starting otherwise is none. */
const CALL_FIRST = new Set(vocabulary.pageFurniture.pageInserts.callStarts.map((call) => lowerCode(call.charCodeAt(0))));

/**
 * A web page's insert standing between a text's lines (a cookie notice, a photo's credit, a video's link, a
 * "read also" link with its headline): the last of its lines, or -1. Not one a line ending in a colon
 * introduces (`Kuvat:` / `Kuva: …`, the text's own list), not a field of the layout, not a line a sentence
 * goes on to (`… hankkeen` / `video: …`), not one of a list of such lines (the project's videos, its team's
 * `Rooli: Nimi` lines). Audit AS of round 60; round 63, review BG.
 */
function pageInsertEnd(lines: readonly SourceLine[], i: number, template: CompiledTemplate): number {
  const line = lines[i];
  const isLayoutLine = (other: SourceLine) => (other.kind === 'label' && template.labelKeys.has(other.labelKey!)) || isHeadingLine(other, template);
  let text = line.text;
  let end = i;
  // (On a web page: a form's `Katso myös` / a title is its own reference, said only. Review BH.)
  const readAlso = template.definition.page !== undefined && isReadAlsoLead(text);
  if (readAlso) {
    // (A "read also" lead with one headline below it, a box of its own: no list's items, and the text or a
    // blank line below it. The project's own publications, `Katso myös:` / two titles, are the text's. Review BG.)
    const headline = lines[i + 1];
    const after = lines[i + 2];
    if (headline === undefined || headline.afterBlank || headline.text.length > HEADLINE_LONGEST || /[.:;,]$/u.test(headline.text) || !/^\p{Lu}\S*\s+\S+\s+\S/u.test(headline.text) || LIST_ITEM_START.test(headline.text) || isLayoutLine(headline)) return -1;
    // (A line in lower case below it goes on with the value the box stands inside, `…, sosiaali-` / … / `ja terveystoimi`;
    // below a lead that stands apart, with the headline it goes on with a sentence: `Katso myös` / `Hankkeen toimintaa on …` / `paikallislehdissä.`)
    const valueGoesOn = !line.afterBlank && i > 0 && !SENTENCE_END.test(lines[i - 1].text) && !isLayoutLine(lines[i - 1]);
    if (after !== undefined && !after.afterBlank && !isLayoutLine(after) && !(valueGoesOn && /^\p{Ll}/u.test(after.text)) && !LIST_ITEM_START.test(after.text)) return -1;
    end = i + 1;
  } else if (!isPageInsert(text)) {
    // (Or one hard-wrapped onto the next line, `Video: Näin hanke` / `toimii (2:34)`, `… Kuva: Matti` / `Meikäläinen`.)
    const next = lines[i + 1];
    if (next === undefined || next.afterBlank || !(INSERT_LEAD.test(text) || endsWithCreditWord(text)) || isLayoutLine(next)) return -1;
    text = joinWrapped(text, next.text);
    if (!isPageInsert(text)) return -1;
    end = i + 1;
  }
  if (isLayoutLine(line)) return -1;
  const above = i > 0 ? lines[i - 1] : undefined;
  if (above !== undefined && above.text.endsWith(':') && !isHeadingLine(above, template) && !(above.kind === 'label' && template.labelKeys.has(above.labelKey!))) return -1;
  if (!line.afterBlank && above !== undefined && /^\p{Ll}/u.test(line.text)) return -1;
  if (readAlso) return end;
  // (One of a list: the project's videos, a sentence above telling of one; a team's `Rooli: Nimi` lines around a credit's. Review BG.)
  const below = lines[end + 1];
  if (INSERT_VIDEO.test(text) && [above, below].some((other) => other !== undefined && VIDEO_WORD.test(other.text))) return -1;
  // (Also across blank lines, as a web page writes a team's lines. Review BH.)
  const roleLine = (other: SourceLine | undefined) => other !== undefined && other.kind === 'label' && other.value !== '' && !template.labelKeys.has(other.labelKey!);
  if (isPhotoCredit(text) && (roleLine(above) || roleLine(below))) return -1;
  // (Nor an item of a list of short lines around it, `Esite (pdf)` / `Video: … (3:20)` / `Käsikirja (pdf)`, one
  // per paragraph too (a seminar's programme): a value going on over it, `…, sosiaali-` / `ja terveystoimi`, is no list. Reviews BG, BH.)
  // (An item is a line of its own: not a hard-wrapped sentence's line that goes on below it.)
  // (Nor an item among items with markers, `- …` / `Video: …` / `- …`, that has none: no item of theirs.)
  const listItem = (other: SourceLine, at: number) => other.text.length <= HEADLINE_LONGEST && !SENTENCE_END.test(other.text) && !isLayoutLine(other) && !/^\p{Ll}/u.test(other.text) && !(at + 1 < lines.length && !lines[at + 1].afterBlank && /^\p{Ll}/u.test(lines[at + 1].text)) && LIST_ITEM_START.test(other.text) === LIST_ITEM_START.test(line.text);
  // (The text's first line is its title, no list's item.)
  if (above !== undefined && below !== undefined && i > 1 && listItem(above, i - 1) && listItem(below, end + 1) && !VALUE_GOES_ON_AT_END.test(above.text)) return -1;
  // (A long one not ended goes on onto the line below where the two are one credit or video: `… 2016. Kuva: Matti` / `Meikäläinen`.)
  while (end + 1 < lines.length && end - i < WRAPPED_INSERT_LINES && lines[end].text.length >= WRAPPED_INSERT_FROM && !SENTENCE_END.test(text)) {
    const next = lines[end + 1];
    if (next.afterBlank || isLayoutLine(next)) break;
    const joined = joinWrapped(text, next.text);
    if (joined.length > PAGE_INSERT_LONGEST || !(isPhotoCredit(joined) || INSERT_VIDEO.test(joined))) break;
    text = joined;
    end++;
  }
  return end;
}

/**
 * An e-mail's signature standing between a text's lines (a forwarded description with a mail's signature
 * pasted in its middle): a closing (`Ystävällisin terveisin`, vocabulary `signatureStarts`) with a person's
 * name right below it, or a delimiter (`--`) over a signature's lines (a name, a title, a contact), up to
 * the next blank line, field or heading of the layout. The last of its lines, or -1. Not a closing a
 * sentence goes on from (`Kiitos` / `yhteistyöstä kaikille …`), nor the text's last lines (the footer's, as
 * before), nor one above the description's first heading or field (a sender's note's, as before; its
 * banner may follow right below it). Audit AS of round 60; round 63.
 */
function signatureInTextEnd(lines: readonly SourceLine[], i: number, template: CompiledTemplate): number {
  const line = lines[i];
  const delimiter = line.text.length <= 3 && signatureDelimiter.test(line.text);
  // (A closing of thanks, `Kiitos` / `Thank you`, over names may be the text's own thanks to its partners. Review BG.)
  // (Or a closing with the name on its line: `Terveisin Anna Keto-Tokoi`.)
  if (!delimiter && !signatureFirstTwo.has(lowerCode(line.text.charCodeAt(0)) * 65536 + lowerCode(line.text.charCodeAt(1)))) return -1;
  const closingWithName = !delimiter && CLOSING_WITH_NAME.test(line.text);
  if (!delimiter && !closingWithName && (line.text.length > SIGNATURE_START_LENGTH || !isSignatureStart(line.text) || signatureStartPattern.test(line.text) || THANKS_ALONE.test(line.text.replace(/[,!.]$/u, '')) || THANKS_ALONE.test(line.text.split(' ')[0].replace(/[,!.]$/u, '')))) return -1;
  const isLayoutLine = (other: SourceLine) => isHeadingLine(other, template) || (other.kind === 'label' && template.labelKeys.has(other.labelKey!));
  // (Not a letter the text quotes, introduced by a line ending in a colon in its paragraph: `Eräs asiakas kirjoitti
  // hankkeelle:` / (`Oppiminen jatkuu koko ajan.` /) `Terveisin` / `Maija Mallikas`.)
  for (let j = i - 1; j >= 0; j--) {
    if (lines[j].text.endsWith(':') && !isLayoutLine(lines[j])) return -1;
    if (lines[j].afterBlank || isLayoutLine(lines[j])) break;
  }
  // (Inside the description: below its first heading or field. Above them it is the sender's note's, read as before.)
  let begun = false;
  for (let j = i - 1; j >= 0 && !begun; j--) begun = isLayoutLine(lines[j]);
  if (!begun) return -1;
  // (The first line below a person's name, with an initial or a title after a comma: `Anna K. Keto-Tokoi`,
  // `Anna Keto-Tokoi, projektipäällikkö`.)
  const name = closingWithName ? line : lines[i + 1];
  const nameBelow = !closingWithName && name !== undefined && !name.afterBlank && !isLayoutLine(name) && SIGNATURE_NAME.test(name.text);
  // (Not an organisation's name in capitals, `Vaasan Setlementtiyhdistys`, `Suomen Punainen Risti`.)
  if (!(closingWithName || nameBelow) || hasAnyOrganisationWord(name.text)) return -1;
  // (Below it a signature's lines only: a contact's, an organisation's, a title over one of them; the text goes on
  // at any other, `Kesken.`, `kehittäminen ja …`, `- Konkreettisen …`, a role's heading. Review BG.)
  const isContact = (other: SourceLine | undefined) => other !== undefined && !other.afterBlank && other.text.length <= SIGNATURE_LINE_LENGTH && !isLayoutLine(other) && CONTACT_LINE.test(other.text);
  // (An organisation's line ends the signature or stands over a contact: a line naming one that the text goes on
  // below is the text's, `Diakonia-ammattikorkeakoulu toteutti sosiaalisen` / `…`. Review BH.)
  const endsHere = (at: number) => at >= lines.length || lines[at].afterBlank || isLayoutLine(lines[at]) || isContact(lines[at]);
  const isContactOrOrganisation = (other: SourceLine | undefined, at: number) => isContact(other) || (other !== undefined && !other.afterBlank && other.text.length <= SIGNATURE_LINE_LENGTH && !isLayoutLine(other) && /^\p{Lu}/u.test(other.text) && !SENTENCE_END.test(other.text) && !HAS_BUSINESS_ID.test(other.text) && hasAnyOrganisationWord(other.text) && endsHere(at + 1));
  const isTitle = (other: SourceLine | undefined) => other !== undefined && !other.afterBlank && other.text.length <= SIGNATURE_TITLE_LONGEST && /^\p{L}[\p{L}-]*(?:,?\s+[\p{L}-]+){0,3}$/u.test(other.text) && !isLayoutLine(other);
  let end = closingWithName ? i : i + 1;
  let contacts = 0;
  while (end + 1 < lines.length && end - i < SHORT_SIGNATURE_LINES) {
    const next = lines[end + 1];
    if (isContactOrOrganisation(next, end + 1)) contacts += CONTACT_LINE.test(next.text) ? 1 : 0;
    else if (!(isTitle(next) && isContactOrOrganisation(lines[end + 2], end + 2))) break;
    end++;
  }
  if (end + 1 >= lines.length) return -1;
  // (A delimiter's signature holds a contact: `--` / `Matti Meikäläinen` / `hankkeen asiakas` is a quotation's attribution.)
  return delimiter ? (contacts > 0 && isSignedBelow(lines as SourceLine[], i, end + 1) === 1 ? end : -1) : end;
}

/** A person's name as a signature writes it: `Matti Meikäläinen`, `Anna K. Keto-Tokoi`, `Anna Keto-Tokoi, projektipäällikkö`. */
const SIGNATURE_NAME = lazyRegExp(() => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\.)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:,\s*\p{Ll}[\p{L}-]+(?:\s[\p{L}-]+){0,3})?$/u);
/** A closing of the vocabulary's (not a thanks) with a person's name on its line: `Terveisin Anna Keto-Tokoi`, `Mvh Matti Meikäläinen`. */
const CLOSING_WITH_NAME = lazyRegExp(() => {
  const thanks = new Set(vocabulary.pageFurniture.thanksClosings.map(normaliseKey));
  const closings = vocabulary.pageFurniture.signatureStarts.filter((closing) => !thanks.has(normaliseKey(closing)) && !thanks.has(normaliseKey(closing).split(' ')[0]));
  return new RegExp(`^(?:${closings.map(escapeRegExp).join('|')})[,\\s]+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}$`, 'u');
});
/** A signature's title line's most characters (`Projektisihteeri`, `Kehittämispäällikkö, Esimerkki Oy`). */
const SIGNATURE_TITLE_LONGEST = 50;

/** A web page's date stamp's start (`Julkaistu`, `Päivitetty`: vocabulary `publicationStampStarts`). */
const PUBLICATION_STAMP_START = lazyRegExp(() => new RegExp(`^(?:${vocabulary.publicationStampStarts.map(escapeRegExp).join('|')})\\s*:?\\s*\\d`, 'iu'));

/**
 * A date stamp (`Julkaistu 15.6.2018`) right below a line of a description's own text, after its
 * first section has begun and with text of its own below it: a web page puts its stamp at its top
 * or end, not between a section's paragraphs, where a publication's date is the text's (a guide's
 * title above it). Kept in unmapped and said rather than dropped.
 */
function isStampAmidText(lines: readonly SourceLine[], i: number, template: CompiledTemplate): boolean {
  const line = lines[i];
  if (template.definition.page !== undefined || line.afterBlank || i < 2 || !PUBLICATION_STAMP_START.test(line.text)) return false;
  const above = lines[i - 1];
  if (above.kind !== 'text' || isHeadingLine(above, template) || isSharedFurniture(above) || isAnywhereFurniture(above.text)) return false;
  let begun = false;
  for (let j = i - 2; j >= 0 && !begun; j--) begun = isHeadingLine(lines[j], template) || (lines[j].kind === 'label' && template.labelKeys.has(lines[j].labelKey!));
  if (!begun) return false;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const below = lines[j];
    if (isHeadingLine(below, template)) return false;
    if (below.kind === 'text' && !isSharedFurniture(below) && !isAnywhereFurniture(below.text)) return true;
  }
  return false;
}

const PRINT_STAMP_START = lazyRegExp(() => new RegExp(`^(?:${vocabulary.printStampStarts.map((word) => word.replace(/[.*+?^$\{\}()|[\]\\]/gu, '\\$&')).join('|')}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s)`, 'iu'));

/** A page count anywhere in a line (`1/4`, `2 (5)`, `1 of 4`): a print's header or footer line with one marks a page's break. */
const PAGE_COUNT_INSIDE = lazyRegExp(() => /(?:^|\s)\d{1,3}\s*(?:\/\s*\d{1,3}|\(\s*\d{1,3}\s*\)|\s+of\s+\d{1,3})(?:\s|$)/iu);

/**
 * Whether a line starts or ends with a page count (`Sivu 1/4 …`, `1/4 …`, `Page 1 of 4 …`, `… 1/4`),
 * as a print's header or footer does: only lines that start with a figure, `s` or `p`, or end like a
 * count, are tried, and only at that end.
 */
function mayHoldPageCount(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if ((isDigitCode(last) || last === 41) && endsLikePageCount(text) && PAGE_COUNT_INSIDE.test(text.slice(-PAGE_COUNT_SPAN))) return true;
  const first = text.charCodeAt(0);
  const lower = first | 0x20;
  return (isDigitCode(first) || lower === 115 || lower === 112) && PAGE_COUNT_INSIDE.test(text.slice(0, PAGE_COUNT_SPAN));
}

/** How many characters at a line's start or end a page count with its word takes at most (`Sivu 12 (14) `). */
const PAGE_COUNT_SPAN = 24;

/** A number alone on its line: a printed page's number, wherever it is not a list's item or a figure. */
export const LONE_NUMBER = lazyRegExp(() => /^\d{1,3}$/);
/** The most pages a description's print has (a page's number alone above it is more likely a figure of the text). */
const PRINT_PAGES_MOST = 20;

/** The most lines a printed page's break takes (its footer, page number, header). */
const PAGE_BREAK_LINES = 4;

/**
 * Whether the sentence on line `i` goes on past a printed page's break, in lower case (`Hankkeessa
 * järjestetään … aktivoivaa` / `Sivu 1/4    Tulostettu …` / `toimintaa, kuten …`): no heading.
 */
function goesOnPastPageBreak(lines: SourceLine[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && j <= i + PAGE_BREAK_LINES && (isAnywhereFurniture(lines[j].text) || LONE_NUMBER.test(lines[j].text))) j++;
  return j > i + 1 && j < lines.length && /^\p{Ll}/u.test(lines[j].text);
}

/** Whether a line's letters are all capitals (`TULOKSET`), as an applicant writes a sub-heading of a text. */
function isInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Whether a heading of the layout in capitals (`TULOKSET`) is written again below as the layout
 * writes it (`Tulokset`): the one in capitals is the sub-heading of a text above it, the other the
 * section's heading.
 */
function headingWrittenBelow(lines: SourceLine[], at: number, key: string, template: CompiledTemplate): boolean {
  const own = Math.max(...(template.sectionsByHeading.get(key) ?? []).map((s) => s.index));
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j];
    if (line.kind === 'text' && !isInCapitals(line.text) && line.text.length === lines[at].text.length && phraseKey(line, template) === key) return true;
    // (Past a later section's heading, the same words are that section's sub-heading: the one in capitals is the heading.)
    const other = headingKey(line, template);
    if (other !== null && other !== key && (template.sectionsByHeading.get(other) ?? []).some((s) => s.index > own)) return false;
  }
  return false;
}

/** A project's name is at most this long (a running header repeating it is compared whole). */
const MAX_NAME_LENGTH = 300;

/** A page count after a run of spaces or a tab at a line's end (`   3 (5)`, `\t2/5`): the line before it, and the count. */
const SPACED_PAGE_COUNT = lazyRegExp(() => /^(?<before>\S.*?)(?:\s{2,}|\t)(?<page>\d{1,3})\s*(?:\/\s*|\(\s*|\s+of\s+)(?<pages>\d{1,3})\s*\)?$/u);

/**
 * The same after one space, written with a slash or brackets (`Polkuja eteenpäin 2/3`, a PDF's
 * header that lost its run of spaces): only after the project's name or its code's header.
 */
const PAGE_COUNT_AFTER_SPACE = lazyRegExp(() => /^(?<before>\S.*?)\s(?<page>\d{1,3})\s*(?:\/\s*|\(\s*)(?<pages>\d{1,3})\s*\)?$/u);

function isNameOrCodeFooter(text: string, projectCode: string | null, projectName: () => string[] | null, pageTitle: (key: string, before: number) => boolean, index: number): boolean {
  if (!endsLikePageCount(text)) return false;
  const match = text.includes('  ') || text.includes('\t') ? SPACED_PAGE_COUNT.exec(text) : PAGE_COUNT_AFTER_SPACE.exec(text);
  if (match === null || !isPageOf(match.groups!.page, match.groups!.pages)) return false;
  const before = match.groups!.before;
  if (projectCode !== null && before.includes(projectCode)) return isCodeHeader(before, projectCode, projectName);
  const named = projectName();
  const key = normaliseKey(withoutMarks(before));
  return (named !== null && named.includes(key)) || pageTitle(key, index);
}

const CONTINUED = lazyRegExp(() => new RegExp(String.raw`\s*\((?:${vocabulary.pageFurniture.continuedMarks.map((mark) => mark.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})\.?(?:\s+\p{L}+){0,3}\)$`, 'iu'));

/** A section's heading repeated at a printed page's top with `(jatkuu)` after it, its section's heading above: a running header. */
function isContinuedHeading(line: SourceLine, template: CompiledTemplate, facts: TextFacts): boolean {
  const open = line.text.lastIndexOf('(');
  if (open < 1 || line.text.length - open > 40 || !CONTINUED.test(line.text.slice(open - 1))) return false;
  const words = (line.kind === 'numbered' ? line.value ?? '' : line.text).replace(CONTINUED, '');
  const sections = template.sectionsByHeading.get(normaliseKey(words)) ?? NO_SECTIONS;
  return sections.some((section) => facts.headingLine[section.index] > 0 && facts.headingLine[section.index] < line.position.start.line);
}

/** Words a print header writes beside the project's code (`Projektin kuvaus S21734`, `EURA 2014 | Hankkeen kuvaus`). */
const HEADER_WORDS = lazyRegExp(() => new RegExp(vocabulary.printHeaderWords.pattern, 'iu'));

/** Whether a text is a print header's words alone (`Hankkeen kuvaus`, `EURA 2014 | Projektin kuvaus` without its marks). */
export function isPrintHeaderWords(text: string): boolean {
  return HEADER_WORDS.test(text);
}
/** A line naming a contact person (`Yhteyshenkilö …`). */
const CONTACT_PERSON = lazyRegExp(() => new RegExp(`^(?:${vocabulary.contactBlock.personStarts.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu'));

/** A print's stamp with its word inside a line (`… Tulostettu 14.3.2019`). */
const PRINT_STAMP_WORDS = lazyRegExp(() => new RegExp(`(?:^|\\s)(?:${vocabulary.printStampStarts.map(escapeRegExp).join('|')})\\s*:?\\s*\\d{1,2}\\.\\s*\\d{1,2}\\.\\s*\\d{4}`, 'iu'));

/** Field types whose value a running header's line (a name, a code, a date) could be. */
const HEADER_LIKE_VALUE_TYPES = new Set(['text', 'personName', 'list', 'projectCode', 'date', 'period', 'lines']);

/** Whether `text` below the empty label `label` (past a page count) may be its value: not a name where an amount stands. */
function mayBeValueOf(label: SourceLine, text: string, template: CompiledTemplate, projectCode: string | null = null): boolean {
  const fields = template.inlineLabels.get(label.labelKey!) ?? template.bareLabels.get(label.labelKey!);
  // (A line with a print's stamp, `Hankkeen kuvaus S21935    Tulostettu 14.3.2019`, is no one's value.)
  if (PRINT_STAMP_WORDS.test(text)) return false;
  if (fields === undefined) return true;
  // (Nor is the project's code with its name a list's item, `Ennen hanketta:` / `Sivu 1 / 2` / `S21935 Arjen taidot`: a name's value it may be.)
  const coded = projectCode !== null && text.startsWith(`${projectCode} `);
  return fields.some((field) => HEADER_LIKE_VALUE_TYPES.has(field.definition.type) && !(coded && (field.definition.type === 'list' || field.definition.type === 'lines')) && (!DATE_ALONE.test(text) || field.definition.type === 'date' || field.definition.type === 'period' || field.definition.type === 'text'));
}

/**
 * A line with the project's code that is a print header: the code alone, or with the project's
 * name or a print header's words (`Projektin kuvaus`), nothing else (`hankkeen S20078 päätteeksi`,
 * `Välittävät verkostot (S20078) ja jatkohanke` are text).
 */
function isCodeHeader(text: string, code: string, projectName: () => string[] | null): boolean {
  if (!new RegExp(`(?:^|[\\s(,])${code}(?:$|[\\s),])`).test(text)) return false;
  // (With its print date after it, `Hankkeen kuvaus S21563   Tulostettu 12.3.2019`, `S21563 12.3.2019`.)
  const rest = withoutMarks(text.replace(code, ' ')).replace(PRINT_STAMP_END, '').trim();
  if (rest === '' || HEADER_WORDS.test(rest)) return true;
  const named = projectName();
  if (named === null) return false;
  if (named.includes(normaliseKey(rest))) return true;
  // (The name and a description's words after it, `Kylätalot elämään – projektikuvaus`.)
  const words = rest.split(' ');
  for (let k = 1; k <= 2 && k < words.length; k++) if (HEADER_WORDS.test(words.slice(-k).join(' ')) && named.includes(normaliseKey(words.slice(0, -k).join(' ')))) return true;
  return false;
}

/** A dash, a bar or a colon between a running header's parts (`Polku eteenpäin – hankekuvaus`, `Hankekuvaus: Polku eteenpäin`). */
const HEADER_PARTS = lazyRegExp(() => /\s[-–—|]\s|:\s/u);

/** Whether a line is the project's name and a description's words before or after it (`Polku eteenpäin – hankekuvaus`, `Hankekuvaus: Polku eteenpäin`). */
function isNameHeader(text: string, projectName: () => string[] | null): boolean {
  const words = withoutMarks(text.replace(/:/gu, ' ')).split(' ');
  if (words.length < 2) return false;
  // (The description's words first, at either end, before the name is looked up.)
  for (let k = 1; k <= 2 && k < words.length; k++) {
    if (HEADER_WORDS.test(words.slice(-k).join(' ')) && projectName()?.includes(normaliseKey(words.slice(0, -k).join(' ')))) return true;
    if (HEADER_WORDS.test(words.slice(0, k).join(' ')) && projectName()?.includes(normaliseKey(words.slice(k).join(' ')))) return true;
  }
  return false;
}

/** A print's date (and time) at a header's end, `Tulostettu 12.3.2019`, `12.3.2019 klo 10.15` (vocabulary `printHeaderWords.stampAtEnd`). */
const PRINT_STAMP_END = lazyRegExp(() => new RegExp(vocabulary.printHeaderWords.stampAtEnd, 'iu'));

/** A line without brackets, dashes and commas, its spaces single: how a header and the name it repeats are compared. */
function withoutMarks(text: string): string {
  return text.replace(/[()[\]–—|,-]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** The most lines a project's name written after its label is wrapped over. */
const NAME_LINES = 3;

/**
 * The project's name as a field of the layout gives it (normalised as keys), else null: as on its
 * label's line, and, where the copy wrapped it onto the lines below (`Hankkeen nimi: PaTu - Parempi
 * … liiketoimintasuunnitelm-` / `alla`), in full, as a running header repeats it on one line.
 */
/** Where the project's name stands: its label's line with a value, else -1. */
function projectNameLineAt(lines: SourceLine[], template: CompiledTemplate): number {
  return lines.findIndex((line) => line.kind === 'label' && line.value && (template.inlineLabels.get(line.labelKey!) ?? []).some((field) => field.definition.path === 'project.name'));
}

function projectNameOf(lines: SourceLine[], template: CompiledTemplate): string[] | null {
  const i = projectNameLineAt(lines, template);
  if (i !== -1) {
    const value = lines[i].value!;
    const keys = [normaliseKey(withoutMarks(value))];
    let name = value;
    for (let j = i + 1; j < lines.length && j <= i + NAME_LINES && lines[j].kind === 'text' && !lines[j].afterBlank && name.length + lines[j].text.length < MAX_NAME_LENGTH; j++) {
      const next = lines[j].text;
      // (A word broken at its hyphen is whole in the header: `suunnitelm-` / `alla`; a name's own hyphen, `ESR-` / `hanke`, is kept too.)
      if (/\p{L}-$/u.test(name) && /^\p{Ll}/u.test(next)) keys.push(normaliseKey(withoutMarks(name.slice(0, -1) + next)));
      name = `${name} ${next}`;
      keys.push(normaliseKey(withoutMarks(name)));
    }
    return keys;
  }
  return null;
}

/** The project's names as keys and its name's short form, the words before a spaced dash or a colon (`Rantapolku` of `Rantapolku – …`). */
function withShortName(names: string[] | null, lines: SourceLine[], template: CompiledTemplate): string[] | null {
  const at = projectNameLineAt(lines, template);
  const short = at === -1 ? null : /^(.{4,}?)(?:\s[-–—]\s|:\s)/u.exec(lines[at].value!)?.[1] ?? null;
  return short === null ? names : [...(names ?? []), normaliseKey(withoutMarks(short))];
}

/** A page's titles as keys: the lines among its first that may be its title (below its logo's lines and menus), else null. */
function pageTitlesOf(lines: SourceLine[], template: CompiledTemplate): string[] | null {
  if (template.definition.page === undefined) return null;
  const titles = lines.slice(0, TITLE_AMONG_FIRST).filter((line, j) => mayBePageTitle(line, j, lines) && line.text.length <= MAX_NAME_LENGTH).map((line) => normaliseKey(withoutMarks(line.text)));
  return titles.length > 0 ? titles : null;
}

/** A label's keys without their hyphens, dashes and spaces (`ytunnus`), for labels retyped so; a key two labels share is left out. */
const squashedLabels = new WeakMap<CompiledTemplate, Map<string, string | null>>();
const squash = (key: string) => key.replace(/[-\u2010-\u2015\s]/g, '');

function squashedLabelsOf(template: CompiledTemplate): Map<string, string | null> {
  let map = squashedLabels.get(template);
  if (map === undefined) {
    map = new Map();
    // (Two labels of the same fields squashed alike, `Tuen siirronsaajat` and `Tuensiirron saajat`, are no
    // doubt: the first stands for both. Labels of other fields are.)
    const pathsOf = (key: string) => [...(template.inlineLabels.get(key) ?? []), ...(template.bareLabels.get(key) ?? [])].map((field) => field.definition.path).sort().join(' ');
    for (const key of template.labelKeys) {
      const squashed = squash(key);
      const known = map.get(squashed);
      map.set(squashed, known === undefined ? key : known !== null && (known === key || pathsOf(known) === pathsOf(key)) ? known : null);
    }
    squashedLabels.set(template, map);
  }
  return map;
}

/** A remark in brackets after a label (`Hankkeen nimi (suomeksi)`), or an enumerator before it (`1) `, `a) `). */
const LABEL_REMARK = lazyRegExp(() => /\s*\(([^()]{1,60})\)\s*$/u);

/** The remark in brackets after a label (`suomeksi` of `Hankkeen nimi (suomeksi)`), else null. */
export function labelRemark(label: string): string | null {
  return LABEL_REMARK.exec(label)?.[1].trim() ?? null;
}
const LABEL_ENUMERATOR = lazyRegExp(() => /^(?:\d{1,2}|[a-z])\)\s+/u);

/** By template, what each label it does not have was found to stand for (the same unknown labels recur from text to text). */
const retypedCache = new WeakMap<CompiledTemplate, Map<string, string | null>>();
const RETYPED_CACHE_SIZE = 10_000;

/** The layout's label a label it does not have stands for, retyped (see below), else null. */
function retypedLabel(key: string, template: CompiledTemplate): string | null {
  let cache = retypedCache.get(template);
  if (cache === undefined) retypedCache.set(template, (cache = new Map()));
  let known = cache.get(key);
  if (known === undefined) {
    known = findRetypedLabel(key, template);
    if (cache.size >= RETYPED_CACHE_SIZE) cache.clear();
    cache.set(key, known);
  }
  return known;
}

function findRetypedLabel(key: string, template: CompiledTemplate): string | null {
  const bare = key.replace(LABEL_ENUMERATOR, '').replace(LABEL_REMARK, '');
  if (bare !== key && bare !== '' && template.labelKeys.has(bare)) return bare;
  if (key.length > 60) return null;
  const squashed = squashedLabelsOf(template).get(squash(bare));
  if (squashed) return squashed;
  // The label in two languages (`Y-tunnus / Business ID`): every part a label of one field, the first
  // taken (`Vastuuhenkilön nimi / asema` joins two fields' labels, and is no such label).
  // (The other language's label may be another layout's: `Business ID` is the English copy's.)
  if (bare.includes('/')) {
    // A spaced slash parts the languages where a part has a slash of its own (`Postitoimipaikka / City/town`).
    const parts = bare.split(bare.includes(' / ') ? ' / ' : '/').map((part) => part.trim());
    const pathsIn = (layout: CompiledTemplate, part: string) => [...(layout.inlineLabels.get(part) ?? []), ...(layout.bareLabels.get(part) ?? [])].map((field) => field.definition.path);
    const first = new Set(pathsIn(template, parts[0]));
    const layouts = [template, ...builtInRegistry().templates];
    const fitsAll = (all: string[]) => all.length > 1 && all.every((part) => layouts.some((layout) => pathsIn(layout, part).some((path) => first.has(path))));
    // (`Postitoimipaikka / City / town`: the other language's label may have a slash of its own.)
    if (first.size > 0 && (fitsAll(parts) || (parts.length > 2 && fitsAll([parts[0], parts.slice(1).join('/')])))) return parts[0];
  }
  return null;
}

/**
 * A block's heading or a `nextLine` label retyped as a labelled line's label may be (a remark in
 * brackets, `Tuen siirronsaaja(t)`; an enumerator; its compound parted, `Tuen siirron saajat`):
 * that label's key and fields, else null. (Alone on its line, it has no colon to be a label by.)
 */
function retypedBareLabel(key: string, template: CompiledTemplate): { key: string; fields: CompiledField[] } | null {
  if (key.length > 80) return null;
  const retyped = retypedLabel(key, template);
  const fields = retyped === null ? undefined : template.bareLabels.get(retyped);
  return fields === undefined ? null : { key: retyped!, fields };
}

/**
 * A label the layout does not have as written, retyped by a person: with a remark in brackets, an
 * enumerator before it, its hyphen dropped or made a space (`Ytunnus`, `Y tunnus`), or in two
 * languages (`Y-tunnus / Business ID`). Read as the layout's label (its key set to that label's;
 * the field's mapping says so from the label as written) — unless the text also writes that label
 * as it is, or retypes it twice (`Lopetuspäivä (alkuperäinen)` / `Lopetuspäivä (jatkettu)`): then
 * which line is the field's, the text does not tell, and they stay labels the layout does not have.
 */
function resolveRetypedLabels(lines: SourceLine[], template: CompiledTemplate): void {
  let retyped: { line: SourceLine; key: string }[] | null = null;
  for (const line of lines) {
    if (line.kind !== 'label' || template.labelKeys.has(line.labelKey!)) continue;
    const key = retypedLabel(line.labelKey!, template);
    if (key !== null) (retyped ??= []).push({ line, key });
  }
  if (retyped === null) return;
  const written = new Map<string, number>();
  for (const line of lines) if (line.kind === 'label') written.set(line.labelKey!, (written.get(line.labelKey!) ?? 0) + 1);
  for (const { key } of retyped) written.set(key, (written.get(key) ?? 0) + 1);
  // (A label several fields share, `Postitoimipaikka` of the applicant's and the place's address, may be written once per field.)
  const fieldsOf = (key: string) => Math.max(1, (template.inlineLabels.get(key)?.length ?? 0) + (template.bareLabels.get(key)?.length ?? 0));
  for (const { line, key } of retyped) if (written.get(key)! <= fieldsOf(key)) line.labelKey = key;
}

/** The most of the layout's labels a cover above a description's title repeats (a decision's or a mail's id lines). */
const COVER_LABELS = 12;
/** How many of the layout's headings below a title make what follows it a description. */
const COVER_HEADINGS_BELOW = 2;

/**
 * A cover above the description's title: a decision or a mail that repeats the project's id lines
 * (`PÄÄTÖS` / `Hankekoodi: …` / `Myönnetty …: 380 000` / … / the layout's title / `1 Hanke`). The
 * description starts at its title, whose first section's heading is right below it; the cover's
 * label lines are no fields of it, and are read as text (kept in unmapped, said). Only where no
 * heading of the layout stands above the title, and the description below has more of the
 * layout's labels than the cover: a copy that is a description above its title is read as one.
 */
function coverAboveTitle(lines: SourceLine[], template: CompiledTemplate): void {
  if (template.titleKeys.size === 0) return;
  let above = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'label') {
      if (template.labelKeys.has(line.labelKey!) && ++above > COVER_LABELS) return;
      continue;
    }
    if (isHeadingLine(line, template)) return;
    // (The title on one line, or broken over two.)
    if (line.kind !== 'text' || above === 0 || !(template.titleKeys.has(phraseKey(line, template) ?? '') || isWrappedTitle(line, lines[i + 1], template)) || !opensFirstSectionBelow(lines, i, template)) continue;
    // (Below, a description: its headings, or more of the layout's labels than the cover has.)
    let below = 0;
    let headings = 0;
    for (let j = i + 1; j < lines.length && below <= above && headings < COVER_HEADINGS_BELOW; j++) {
      if (lines[j].kind === 'label' && template.labelKeys.has(lines[j].labelKey!)) below++;
      else if (isHeadingLine(lines[j], template)) headings++;
    }
    if (below <= above && headings < COVER_HEADINGS_BELOW) return;
    for (let j = 0; j < i; j++) if (lines[j].kind === 'label') lines[j].kind = 'text';
    return;
  }
}

/**
 * A cover above a description that has no title: a mail's or a note's id lines (`Hankekoodi: …` /
 * `Hankkeen nimi: …` / a sentence), or a copy cut inside its first section, above the description's
 * first section — its heading (`1 Hanke`), or its first field's label again (a copy without headings).
 * As above a title, the cover's label lines are read as text (kept in unmapped, said), not as the
 * description's fields: only where no other heading of the layout stands above, and the description
 * below has more of the layout's labels than the cover (a copy pasted twice whole has as many).
 */
function coverAboveFirstSection(lines: SourceLine[], template: CompiledTemplate): void {
  const first = template.sections[0];
  if (first.definition.content !== 'fields' || template.definition.page !== undefined) return;
  let above = 0;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = isHeadingLine(line, template);
    if (heading && !(above > 0 && first.headingKeys.has(headingKey(line, template)!))) return;
    // (Its first field again, in a copy without headings, only with another project's code: the same
    // project's id lines above its copy may hold a field the copy lacks, and are read as its fields.)
    const start = heading || (line.kind === 'label' && startsFirstSection(line, template) && started && otherProjectCodeBelow(lines, 0, i, template));
    if (!start || !(heading || started)) {
      if (line.kind === 'label' && template.labelKeys.has(line.labelKey!)) {
        if (++above > COVER_LABELS) return;
        if (startsFirstSection(line, template)) started = true;
      }
      continue;
    }
    let below = 0;
    let headings = 0;
    for (let j = i; j < lines.length && below <= above && headings < COVER_HEADINGS_BELOW; j++) {
      if (lines[j].kind === 'label' && template.labelKeys.has(lines[j].labelKey!)) below++;
      else if (j > i && isHeadingLine(lines[j], template)) headings++;
    }
    if (below <= above && headings < COVER_HEADINGS_BELOW) return;
    for (let j = 0; j < i; j++) if (lines[j].kind === 'label') lines[j].kind = 'text';
    return;
  }
}

/** A line that is one of the layout's section headings. */
function isLayoutHeadingLine(line: SourceLine | undefined, template: CompiledTemplate): boolean {
  return line !== undefined && line.kind !== 'label' && isHeadingLine(line, template);
}

/** A `Label: value` line of one of the layout's labels. */
function isLayoutLabelLine(line: SourceLine | undefined, template: CompiledTemplate): boolean {
  return line !== undefined && line.kind === 'label' && template.labelKeys.has(line.labelKey!);
}

/** The fewest headings a table of contents lists. */
const CONTENTS_HEADINGS = 3;

/** A contents entry's page number after dot leaders or a gap (`2 Hakijan perustiedot ....... 1`, `…  12`). */
const PAGE_NUMBER_AT_END = lazyRegExp(() => /(?:\.{3,}|…|\s{2,}|\t)\s*\d{1,3}$/u);

/** A contents entry's page number, after dot leaders or a space (`7 Hakemusvaiheessa … seurantiedoista 3`). */
const ENTRY_PAGE_NUMBER = lazyRegExp(() => /\s*(?:\.{2,}|…)?\s+\d{1,3}$/u);

/** The heading key of a layout's heading, or of one with its page number after it (a table of contents' line); null for any other line. */
function contentsEntryKey(line: SourceLine, template: CompiledTemplate): string | null {
  if (isHeadingLine(line, template)) return headingKey(line, template);
  if (line.kind !== 'numbered' || !ENTRY_PAGE_NUMBER.test(line.value!)) return null;
  const key = shortKey(line.value!.replace(ENTRY_PAGE_NUMBER, ''));
  return key !== null && template.sectionsByHeading.has(key) ? key : null;
}

/** Whether most of the lines from `from` to `end` end in a page number after dot leaders or a gap. */
function listsPageNumbers(lines: SourceLine[], from: number, end: number): boolean {
  let numbered = 0;
  for (let j = from; j < end; j++) if (PAGE_NUMBER_AT_END.test(lines[j].text)) numbered++;
  return numbered * 2 > end - from;
}

/**
 * A table of contents without page numbers (`Sisällys` / `1 Hanke` / `2 Hakijan perustiedot` / …, a
 * word processor's or a page's list of its headings, an appendix list): a run of the layout's
 * headings with nothing else between them, before the same first heading stands again below them. Its lines are read as
 * text (kept in unmapped, said), not as the sections they list.
 */
function contentsList(lines: SourceLine[], template: CompiledTemplate): void {
  for (let i = 0; i < lines.length; i++) {
    const first = contentsEntryKey(lines[i], template);
    if (first === null) continue;
    // (Blank lines between them or not: a pasted list keeps its paragraphs. It ends where its first heading stands again.)
    let end = i + 1;
    while (end < lines.length) {
      const key = contentsEntryKey(lines[end], template);
      if (key === null || key === first) break;
      end++;
    }
    if (end - i < CONTENTS_HEADINGS) return;
    let again = false;
    for (let j = end; j < lines.length && !again; j++) again = isHeadingLine(lines[j], template) && headingKey(lines[j], template) === first;
    // (In a flattened copy the headings are gone below it: a list under a contents heading
    // (`Sisällysluettelo`), or whose lines end in their page numbers, is one all the same.)
    if (!again && !(i > 0 && isContentsHeading(lines[i - 1])) && !listsPageNumbers(lines, i, end)) return;
    for (let j = i; j < end; j++) lines[j].kind = 'text';
    return;
  }
}

/** A list's item with its marker, in lower case (`- yksilövalmennus`, `• ryhmävalmennus`). */
const LOWER_CASE_ITEM = lazyRegExp(() => /^[-–•*·]\s+\p{Ll}/u);

/** A sentence's end and another sentence after it (`… asioita. Hanke toimii`): no label holds one. */
const SENTENCE_INSIDE = lazyRegExp(() => /\p{Ll}[.!?]\s+\p{Lu}\p{Ll}/u);

/**
 * A sub-heading written as a bare label the layout does not have (`TAVOITTEET:`, `Tavoite:`, as real
 * summaries open), in a copy without numbered headings of the layout (a flattened one), with text
 * below it, past the last label of the section of the fields above it, where the next section opens
 * by its text: that section's first line, not a field taking all its text as a value.
 */
const TEXT_TITLE_WORDS = new Set(vocabulary.textTitleWords.words);

function isProseSubheadingAfterFields(lines: SourceLine[], i: number, tokens: LineToken[], template: CompiledTemplate, facts: TextFacts): boolean {
  const line = lines[i];
  // (Words only: `Stichting Voorbeeld (NL), Y-tunnus:` below an entry is an entry's own label, and so
  // is `Kuusamon kaupunki Y-tunnus:`; and the line below is a sentence, not a value: `Muu kohdealue:` /
  // `Koko Etelä-Suomen suuralue` is a field the layout does not have.)
  // (Nor a sentence's end with another sentence after it, ending in a colon: `Hankkeen tavoitteena on
  // kartoittaa asioita. Hanke toimii seuraavasti:` / `1. kartoittaa tarpeet`: the text's first line,
  // whatever its next line is.)
  // (Right below the fields: further down, such a line is already the text's, a label in prose.)
  const belowFields = i > 0 && lines[i - 1].kind === 'label';
  const sentences = belowFields && line.value === '' && SENTENCE_INSIDE.test(line.label!) && readsAsSentence(line.label!) && i + 1 < lines.length && lines[i + 1].kind !== 'label';
  // (A list's first item below it is the text's too, numbered or bulleted, in lower case: `Hanke
  // toimii seuraavasti:` / `1. kartoittaa tarpeet`, `- yksilövalmennus`; no value is so written.)
  const below = lines[i + 1];
  const textBelow = below !== undefined && ((below.kind === 'text' && readsAsSentence(below.text)) || (belowFields && below.kind === 'numbered' && /^\p{Ll}/u.test(below.value ?? '')) || (belowFields && below.kind === 'text' && LOWER_CASE_ITEM.test(below.text)));
  // (So is a short label of no layout with a sentence after it, `Tausta: Mikkelin seudulla on noin 600
  // pitkäaikaistyötöntä.`: the text's own sub-heading run into its first sentence.)
  // (Only a label of a text's sub-heading words, vocabulary `textTitleWords`: `Kunnnat: …`, `Muu
  // kohdealue: …` are fields, a typo's or ones the layout lacks, said as unknown labels — review R3.)
  const sentenceAfter = belowFields && template.labelKeys.has(lines[i - 1].labelKey!) && line.value !== '' && line.label!.length <= 40 && /^\p{Lu}[\p{L} -]*$/u.test(line.label!) && line.label!.toLowerCase().split(/\s+/u).every((word) => TEXT_TITLE_WORDS.has(word)) && /[.!?]$/u.test(line.value!) && line.value!.split(/\s+/u).length >= 4;
  if (!sentences && !sentenceAfter && (line.value !== '' || line.label!.length > 40 || !/^\p{L}[\p{L} -]*$/u.test(line.label!) || !textBelow)) return false;
  if (endsWithBusinessIdLabel(line.label!) || facts.headingLine.some((at, index) => at > 0 && template.sections[index].definition.number !== null)) return false;
  // The section of the last field: of a label several sections share (`Suunniteltu:` of each
  // indicator), the one of them a prose section opened by its text follows.
  let fieldsSection: CompiledSection | null = null;
  for (let t = tokens.length - 1; t >= 0; t--) {
    const type = tokens[t].tokenType;
    if (type !== Label && type !== BareLabel) continue;
    fieldsSection = tokens[t].payload.fields.map((field) => field.section).find((section) => {
      const next = template.sections[section.index + 1];
      return next !== undefined && next.opensByText && next.definition.content === 'prose';
    }) ?? null;
    break;
  }
  if (fieldsSection === null) return false;
  // (The next label of the layout below it is of a later section: it stands past the section's fields.)
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].kind !== 'label') continue;
    const fields = template.inlineLabels.get(lines[j].labelKey!) ?? template.bareLabels.get(lines[j].labelKey!);
    if (fields !== undefined) return !fields.some((field) => field.section === fieldsSection);
  }
  return true;
}

/** What the whole text shows before its lines are read (looked for once, in the text, by the pipeline). */
export interface TextClues {
  /** The text has a tab somewhere. */
  hasTabs: boolean;
  /** The text does not end with a line break. */
  endsUnbroken: boolean;
  /** The text has a run of three spaces somewhere (a column gap may be among them). */
  hasColumnGaps: boolean;
  /** Lines that follow a form feed (a new printed page), or null for none. */
  formFeedLines: Set<number> | null;
  /** The last line of a text quoted in an e-mail reply, or null: the lines after it are the reply's own. */
  quoteEndLine: number | null;
  /** An e-mail reply's own lines among the lines it quotes (decode's `replyLines`), or null. */
  replyLines: Set<number> | null;
}

export const NO_CLUES: TextClues = { hasTabs: true, endsUnbroken: false, hasColumnGaps: true, formFeedLines: null, quoteEndLine: null, replyLines: null };

/**
 * The text's first line led by a label in lower case that the end of a longer label of another field
 * is (`kunnat: Etelä-Savo`, of `Maakunnat:` or `Seutukunnat:`), with the label written again below
 * (`Kunnat: Juva`): a copy whose top was cut inside the longer label — text, kept in unmapped (said
 * there), not a field. (Written once only, the line is the field's, said where it is mapped.)
 */
function labelEndAtTop(lines: SourceLine[], template: CompiledTemplate): void {
  const first = lines[0];
  if (first === undefined || first.kind !== 'label' || first.position.start.line !== 1 || !/^\p{Ll}/u.test(first.label ?? '')) return;
  const key = first.labelKey!;
  // (Not where the longer labels are the same field's: `rahoittaja` of `Hankkeen rahoittaja`, both a page's funder.)
  const paths = (labelKey: string) => [...(template.inlineLabels.get(labelKey) ?? []), ...(template.bareLabels.get(labelKey) ?? [])].map((field) => field.definition.path);
  const own = new Set(paths(key));
  if (!lines.some((line, i) => i > 0 && line.kind === 'label' && line.labelKey === key)) return;
  if ([...template.labelKeys].some((other) => other !== key && other.endsWith(key) && paths(other).some((path) => !own.has(path)))) first.kind = 'text';
}

export function classifyLines(lines: SourceLine[], template: CompiledTemplate, clues: TextClues = NO_CLUES): Classified {
  const { hasTabs, hasColumnGaps, formFeedLines } = clues;
  resolveRetypedLabels(lines, template);
  labelEndAtTop(lines, template);
  coverAboveTitle(lines, template);
  coverAboveFirstSection(lines, template);
  contentsList(lines, template);
  const secondAt = secondDescriptionAt(lines, template);
  const facts = computeFacts(lines, template, hasTabs, secondAt === -1 ? lines.length : secondAt);
  if (secondAt !== -1) facts.anotherDescriptionLine = lines[secondAt].position.start.line;
  // (Only a text with a run of three spaces somewhere can have a column gap: most have none, and their
  // lines are not looked at for one. A copy in columns has several such lines: one alone is a table's.)
  const columnGaps = hasColumnGaps && facts.blankSeparated && columnGapLabels(lines, template) >= 2;
  const headers = headersAfterPageCounts(lines, template, facts, formFeedLines);
  const { top, bottom, shared, wrappedTitle } = furnitureRuns(lines, template, facts, clues.quoteEndLine, headers);
  const midFurniture = facts.blankSeparated ? furnitureBeforeHeadings(lines, template, top, bottom) : furnitureLinesBeforeHeadings(lines, facts, top, bottom);
  const runsInside = furnitureRunsInside(lines, top, bottom);
  const ownLikeFurniture = ownLinesLikeFurniture(lines, template, top, bottom);
  const page = template.definition.page;
  const tokens: LineToken[] = [];
  // How many lines of their own the text writes each label on, counted only for a rare glued line.
  let ownLabels: Map<string, number> | null = null;
  // How many of the layout's labels stand alone without their colon above a value, counted at the first.
  let cellLabels: number | undefined;
  let lastCellLabel = -2;
  const labelsOfText = () => {
    if (ownLabels === null) {
      ownLabels = new Map();
      for (const l of lines) if (l.kind === 'label') ownLabels.set(l.labelKey!, (ownLabels.get(l.labelKey!) ?? 0) + 1);
    }
    return ownLabels;
  };
  // Whether the sections of a label's fields have a field the text does not write (a copy that writes
  // them all has none to glue without its colon: most copies), worked out once for each label's fields.
  const unwrittenByFields = new Map<CompiledField[], boolean>();
  const fieldsUnwritten = (fields: CompiledField[]) => {
    let answer = unwrittenByFields.get(fields);
    if (answer === undefined) unwrittenByFields.set(fields, (answer = fields.some((field) => hasUnwrittenField(field.section, labelsOfText()))));
    return answer;
  };
  const tables = template.sections.filter((s) => s.tableHeader !== null);
  // Tables the copy writes neither a heading nor a column header for (a flattened copy that lost
  // its header line): their first category line with a row below it opens them.
  const headerless = new Set(
    tables.filter(
      (s) =>
        s.categoryKeys.size > 0 &&
        facts.headingLine[s.index] === 0 &&
        !lines.some((l, j) => l.text.length <= 60 && (s.tableHeader!.test(l.text) || (j + 1 < lines.length && lines[j + 1].text.length <= 30 && s.tableHeader!.test(`${l.text} ${lines[j + 1].text}`)))),
    ),
  );
  // Whether some numbered heading of the layout is missing in a copy that has others (only then is a
  // heading looked for after a lost line break).
  const numbered = template.sections.filter((s) => s.definition.number !== null);
  const headingMissing = numbered.some((s) => facts.headingLine[s.index] === 0) && numbered.some((s) => facts.headingLine[s.index] > 0);

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (i === wrappedTitle) {
      const next = lines[i + 1];
      const joined: SourceLine = { ...line, text: joinWrapped(line.text, next.text), key: undefined, lead: undefined, tokenType: undefined, position: { start: line.position.start, end: next.position.end } };
      tokens.push(lineToken(Title, joined, { extra: [next], original: line, note: 'rejoined' }));
      i++;
      continue;
    }
    if (clues.replyLines?.has(line.position.start.line) && !(line.kind === 'numbered' && template.sectionsByNumber.has(line.number!)) && !(line.kind === 'label' && template.labelKeys.has(line.labelKey!))) {
      tokens.push(lineToken(Furniture, line, { note: 'reply' }));
      continue;
    }
    const key = phraseKey(line, template);
    // (The banner or the title in the text's top run is no print's header the copy has once, though a print's header stands right above it.)
    if (headers?.[i] === 2 && !(i < top && key !== null && (template.titleKeys.has(key) || isMadeOf(key, template.bannerKeys)))) {
      tokens.push(lineToken(Furniture, line, { note: 'printedOnce' }));
      continue;
    }
    if (headers?.[i] === 1 || (line.text.charCodeAt(line.text.length - 1) === 41 && isContinuedHeading(line, template, facts))) {
      tokens.push(lineToken(Furniture, line, { note: 'printed' }));
      continue;
    }
    if (shared?.[i] === 6) {
      tokens.push(lineToken(Furniture, line, { note: 'printedOnce' }));
      continue;
    }
    // An office program's comment with its mark (`[KM1]Tarkista luku.`): an editor's, no value's part, but
    // it may say something of the text: kept apart, said. Audit AS of round 60.
    // (So is a footnote's text, led by its superscript number, `¹ Tilastokeskus, työssäkäyntitilasto 2016.`)
    // (And an ad's mark between the text's lines, `Mainos`: vocabulary `adMarks`.)
    // (Not a footnote whose mark the text above carries, `… kehittymistä.¹` / `¹ Menetelmä on kuvattu …`: the text's own.)
    // (Not a mark in capitals that is the only line below an empty label: its value, `Hankkeen nimi:` / `LUONNOS`.)
    // (So is a web page's pull quote with its attribution: `”Tärkeintä oli, että joku kuunteli.”` / `– hankkeen
    // osallistuja`. Alone, or below a label, a quoted sentence may be a name or the text's: read, said where joined.)
    const quoteEnd = line.text.length > 12 && QUOTE_OPENING.has(line.text.charCodeAt(0)) && template.definition.page !== undefined ? pullQuoteEnd(lines, i, template) : -1;
    if (quoteEnd !== -1) {
      tokens.push(lineToken(Furniture, line, { note: 'mayBeText' }));
      while (i < quoteEnd) tokens.push(lineToken(Furniture, lines[++i], { note: 'mayBeText' }));
      continue;
    }
    if (shared?.[i] === MAY_BE_TEXT || midFurniture?.[i] === MAY_BE_TEXT || (isMarkKeptApart(line.text) && !footnoteMarkedAbove(lines, i) && !(isCapitalsMark(line.text) && isOnlyValueBelowLabel(lines, i)))) {
      tokens.push(lineToken(Furniture, line, { note: 'mayBeText' }));
      // (A comment, a footnote or a markup note long enough to wrap takes the lines it goes on to, in lower
      // case, to its sentence's end: `Kommentoinut [KM1]: Tarkista nimi ja luku, koska ne` / `poikkeavat
      // loppuraportista.` Review BD. One that ends a sentence takes none: the text's own lines below it
      // may go on from the line above it.)
      const end = wrappedMarkEnd(lines, i, facts);
      while (i < end) tokens.push(lineToken(Furniture, lines[++i], { note: 'mayBeText' }));
      continue;
    }
    if (shared?.[i] === 2 || shared?.[i] === 3 || shared?.[i] === 4 || shared?.[i] === 5 || shared?.[i] === 7 || shared?.[i] === 8 || shared?.[i] === SIGNED) {
      tokens.push(lineToken(Furniture, line, { note: shared[i] === 2 ? 'senderNote' : shared[i] === 3 ? 'related' : shared[i] === 4 ? 'appended' : shared[i] === 5 ? 'address' : shared[i] === 7 ? 'thread' : shared[i] === SIGNED ? 'signed' : 'threadGoesOn' }));
      continue;
    }
    // (Such a run inside a list or a value is left there as a printed page's break is: what goes on below it goes on.)
    if (runsInside?.[i] === 1) {
      tokens.push(lineToken(Furniture, line, { note: 'printed' }));
      continue;
    }
    const ownLike = ownLikeFurniture?.get(i);
    if (ownLike === MAY_BE_TEXT && shared?.[i] !== 1 && midFurniture?.[i] !== 1) {
      tokens.push(lineToken(Furniture, line, { note: 'mayBeText' }));
      continue;
    }
    if (
      shared?.[i] === 1 ||
      midFurniture?.[i] === 1 ||
      (ownLike === undefined && (line.kind !== 'label' || !template.labelKeys.has(line.labelKey!)) && (isAnywhereFurniture(line.text) || (isPrintTitleWithAddressOrTime(line.text) && !(i > 0 && lines[i - 1].text.endsWith(':')))) && !introducedAddress(lines, i, template) && !introducedFigure(lines, i, template))
    ) {
      tokens.push(lineToken(Furniture, line, shared?.[i] !== 1 && midFurniture?.[i] !== 1 && isStampAmidText(lines, i, template) ? { note: 'mayBeText' } : undefined));
      continue;
    }
    // A web page's button (`Tulosta`, `Sivun alkuun`: vocabulary `buttons`) right below a field's
    // complete line and alone before a blank line, in a copy whose fields are blank-separated: no
    // value goes on with it (`Sosiaalinen media ja` / `YouTube` does).
    // (So is a page's date stamp, `Päivitetty 12.3.2019`, or a link, `Lue lisää »`: a furniture
    // pattern's line with a figure in it, not led by one, or ending with an arrow. Not a date and time,
    // which may end a value, `Seminaari pidetään` / `12.3.2015 klo 10.00`: said there; nor words
    // alone, `Evästeet hallintaan`, which may be a name's wrapped end.)
    if (line.kind === 'text' && !line.afterBlank && facts.blankSeparated && (lines[i + 1] === undefined || lines[i + 1].afterBlank) && lines[i - 1]?.kind === 'label' && lines[i - 1].value !== '' && !VALUE_GOES_ON_AT_END.test(lines[i - 1].value!) && (buttonKeys.has(normaliseKey(line.text)) || (line.text.length <= 80 && !isDigitCode(line.text.charCodeAt(0)) && /\d|[»›→]$/u.test(line.text) && furniturePatterns.test(line.text)))) {
      tokens.push(lineToken(Furniture, line));
      continue;
    }
    // (A print's header split over two lines is left between any two lines of a value or a list, as a page number is.)
    // (A time with a colon, `12/1/26, 4:25 AM`, lexes as a label.)
    if ((line.kind !== 'label' || isDateTimeAlone(line.text) || isPrintTitle(line.text)) && isPrintStampBeside(lines, i)) {
      tokens.push(lineToken(Furniture, line, { note: 'printed' }));
      continue;
    }
    // A web page's insert between the text's lines: a cookie notice, a photo's credit, a video's link, a
    // "read also" link (vocabulary `pageFurniture.pageInserts`). Kept apart, said; a value goes on over it.
    // (A field's line of the layout is none: most lines are, and are not looked at.)
    const insertEnd = line.text.length >= 8 && line.text.length <= PAGE_INSERT_LONGEST && !(line.kind === 'label' && template.labelKeys.has(line.labelKey!)) ? pageInsertEnd(lines, i, template) : -1;
    if (insertEnd !== -1) {
      tokens.push(lineToken(Furniture, line, { note: 'pageInsert' }));
      while (i < insertEnd) tokens.push(lineToken(Furniture, lines[++i], { note: 'pageInsert' }));
      continue;
    }
    // (So is an e-mail's signature there: a closing or a delimiter, and a person's name below it.)
    const signatureEnd = line.text.length <= SIGNATURE_START_LENGTH && (line.kind === 'text' || line.kind === 'label') ? signatureInTextEnd(lines, i, template) : -1;
    if (signatureEnd !== -1) {
      tokens.push(lineToken(Furniture, line, { note: 'signatureInText' }));
      while (i < signatureEnd) tokens.push(lineToken(Furniture, lines[++i], { note: 'signatureInText' }));
      continue;
    }
    // Another layout's title below a description, its first section right below it: a second
    // description of that layout pasted after the first (a 2007–2013 project and its 2014–2020 follow-up).
    if (i === secondAt && !template.titleKeys.has(key ?? '')) {
      bannerAboveIsFurniture(tokens, lines, i, template);
      tokens.push(lineToken(UnknownHeading, line));
      continue;
    }
    if (key !== null) {
      // A title or banner line is one at the top; inside the text, the title's line is a printed
      // copy's running header, repeated on every page, and so is a banner's line that stands alone
      // (its words may as well be a line of a hard-wrapped sentence: `Euroopan unioni`).
      if (template.titleKeys.has(key)) {
        // (Unless the first section's heading or label follows it: a second description, pasted after the first.)
        if (i === secondAt) {
          bannerAboveIsFurniture(tokens, lines, i, template);
          tokens.push(lineToken(UnknownHeading, line));
          continue;
        }
        tokens.push(i < top ? lineToken(Title, line) : lineToken(Furniture, line, { note: 'printed' }));
        continue;
      }
      if ((i < top || standsAlone(lines, i)) && isMadeOf(key, template.bannerKeys)) {
        tokens.push(i < top ? lineToken(Banner, line) : lineToken(Furniture, line, { note: 'printed' }));
        continue;
      }
      if (isMadeOf(key, template.furnitureKeys)) {
        tokens.push(lineToken(Furniture, line));
        continue;
      }
      if (template.statusKeys.has(key) || datedStatus(key, template)) {
        tokens.push(lineToken(Status, line));
        continue;
      }
    }
    // A page's status line a print hyphenated at its line's end (`Hanke käyn-` / `nissä`): the status
    // joined, not a title's tagline. (Audit AJ of round 58: read as the tagline, the status null, unsaid.)
    if (template.statusKeys.size > 0 && line.kind === 'text' && /\p{L}-$/u.test(line.text) && lines[i + 1] !== undefined && !lines[i + 1].afterBlank && /^\p{Ll}/u.test(lines[i + 1].text)) {
      const next = lines[i + 1];
      const text = joinWrapped(line.text, next.text);
      const joinedKey = normaliseKey(text);
      if (template.statusKeys.has(joinedKey) || datedStatus(joinedKey, template)) {
        const joined: SourceLine = { ...line, text, key: undefined, lead: undefined, position: { start: line.position.start, end: next.position.end } };
        tokens.push(lineToken(Status, joined, { extra: [next], original: line, note: 'rejoined' }));
        i++;
        continue;
      }
    }
    if (key !== null) {
      // A page's contact or news block after its last section's heading, its lines right below it or not.
      // (In a copy without blank lines, a block's heading stands on a line of its own all the same:
      // taken so when a contact line (an e-mail, a phone) follows within a few lines, not a word of a
      // text or a role's name.)
      // (Between sections too, in a copy without blank lines, with a contact's or an attachment's line
      // below it: its lines were read into the section above. Audit BP of round 65.)
      // (Only a block of its own: its lines, no sentence among them, run up to the layout's next heading within
      // a few lines. A sub-heading inside a section, `Materiaalit` / files / the section's text, is the section's. Review BQ.)
      const linesOfBlock = !facts.blankSeparated && template.blockHeadingKeys.has(key) && (contactFollows(lines, i) || attachmentFollows(lines, i));
      if (template.blockHeadingKeys.has(key) && (line.afterBlank || i === 0 || linesOfBlock) && (!headingAfter(lines, template, i, lines.length) || (linesOfBlock && blockRunsToHeading(lines, i, template)))) {
        tokens.push(lineToken(UnknownHeading, line));
        continue;
      }
    }

    // A heading numbered in another form (`3.3) Välilliset kohderyhmät`, `9 – Loppuraportin
    // tiivistelmä`, `8 b) Kestävä kehitys`, `B. Kestävä kehitys`): its text is the layout's heading.
    const enumerated = line.kind !== 'numbered' || !template.sectionsByHeading.has(line.valueKey ?? '') ? enumeratedHeading(lines, i, template, facts) : null;
    if (enumerated !== null) {
      tokens.push(enumerated);
      continue;
    }

    if (headingMissing && (line.kind === 'text' || (line.kind === 'label' && line.value !== ''))) {
      const split = headingAfterLostBreak(line, template, facts, lines[i + 1]);
      if (split !== null) {
        tokens.push(restToken(split.before, template), lineToken(Heading, split.heading, { sections: split.sections, note: 'afterBreak' }));
        continue;
      }
    }

    if (line.kind === 'text' && template.definition.page !== undefined) {
      const glued = gluedPageHeading(lines, i, template, facts);
      if (glued !== null) {
        tokens.push(lineToken(Heading, glued.heading, { sections: glued.sections, note: 'glued' }), lineToken(TableRowOrText(glued.rest), glued.rest));
        continue;
      }
      const after = pageHeadingAfterSentence(line, template, facts);
      if (after !== null) {
        tokens.push(lineToken(TableRowOrText(after.before), after.before), lineToken(Heading, after.heading, { sections: after.sections, note: 'glued' }));
        continue;
      }
    }

    if (line.kind === 'numbered') {
      const glued = gluedHeading(line, template, facts);
      if (glued !== null) {
        tokens.push(lineToken(Heading, glued.heading, { sections: glued.sections, note: 'glued' }));
        // (A subsection's heading run in after its section's, `4 Hankkeen kohderyhmät 4.1 Varsinaiset
        // kohderyhmät Pitkään …`, in a copy that ran every heading into its line: read apart too.)
        const sub = subsectionHeadingIn(glued.rest, glued.sections[0], template, facts);
        if (sub !== null) tokens.push(lineToken(Heading, sub.heading, { sections: sub.sections, note: 'glued' }), restToken(sub.rest, template));
        else tokens.push(restToken(glued.rest, template));
        continue;
      }
      // (A heading hyphenated at its line's end, `4.1 Varsinaiset kohde-` / `ryhmät`, is the heading
      // joined, before its first line alone is taken for the heading reworded. Audit AJ of round 58.)
      const hyphenated = /\p{L}-$/u.test(line.text) ? wrappedHeading(line, lines[i + 1], template, lines[i + 2]) : null;
      const heading = hyphenated ?? numberedHeading(lines, i, template, facts) ?? wrappedHeading(line, lines[i + 1], template, lines[i + 2]);
      const runOn = heading ? null : valueRunIntoLabel(line, tokens[tokens.length - 1], template);
      if (heading) {
        tokens.push(heading);
        i += heading.payload.extra.length;
      } else if (runOn) tokens.push(lineToken(TableRowOrText(runOn.value), runOn.value), restToken(runOn.label, template));
      else tokens.push(lineToken(TableRowOrText(line), line));
      continue;
    }

    if (line.kind === 'label' && line.value === '' && template.definition.page !== undefined) {
      // (A page's heading with its colon run onto the sentence above: `… ohjaajaa. Tietoja hankkeesta:`.)
      const after = pageHeadingAfterSentence(line, template, facts);
      if (after !== null) {
        tokens.push(lineToken(TableRowOrText(after.before), after.before), lineToken(Heading, after.heading, { sections: after.sections, note: 'glued' }));
        continue;
      }
    }
    if (line.kind === 'label') {
      // The field above's value run onto this line before the next label (a reflowed copy:
      // `Maakunta:` / `Etelä-Savo Aloituspäivä: 01.01.2016`): that value's words, then the field.
      const runOn = valueRunIntoLabel(line, tokens[tokens.length - 1], template);
      if (runOn !== null) {
        tokens.push(lineToken(TableRowOrText(runOn.value), runOn.value));
        line = runOn.label;
      }
      // A label of the layout with a colon typed inside it (`Yhteyshenkilön asema: hakijaorganisaatiossa:
      // Projektipäällikkö`): that label, said where mapped (its words as written differ from its key).
      if (mayHaveColonInsideLabel(line.value!)) {
        const inside = colonInsideLabel(line, template);
        if (inside !== null) {
          tokens.push(lineToken(Label, inside, { fields: template.inlineLabels.get(inside.labelKey!)! }));
          continue;
        }
      }
      const labelKey = line.labelKey!;
      // A list item of prose that names a label (`- Kunnat: Kuusamo ja Posio tarjoavat tilat`) is
      // text, unless the copy writes its labels after list markers.
      // (Nor one or two of a fields section's labels written after a marker among its other labels, `- Hankkeen nimi: …`
      // with `Hankekoodi: …` right above or below: a label. Audit WI of round 80: kept in unmapped, said unexpected
      // in its own section.)
      if (!facts.bulletedLabels && opensWithListMarker(line.text) && !besideLabelOfItsSection(lines, i, labelKey, template)) {
        tokens.push(lineToken(LabelText, line));
        continue;
      }
      // (A heading's colon written twice, `Lyhyt selostus hankkeesta::`, is a heading's colon too.)
      const onlyColons = line.value !== '' && /^[:\s]+$/u.test(line.value!);
      if (line.value === '' || onlyColons) {
        const sections = headingSections(template, labelKey, false);
        if (sections.length > 0 && !template.inlineLabels.has(labelKey) && !template.bareLabels.has(labelKey)) {
          tokens.push(lineToken(Heading, line, { sections }));
          continue;
        }
        if (rewordedPageHeading(lines, i, labelKey, template, facts)) {
          tokens.push(lineToken(UnknownHeading, line));
          continue;
        }
        // A numbered section's heading without its number, with a colon (`Loppuraportin tiivistelmä:`).
        if (!template.inlineLabels.has(labelKey) && !template.bareLabels.has(labelKey) && mayHeadSection(lines, i, facts, template)) {
          const unnumbered = headingWithoutNumber(lines, i, labelKey, template, facts);
          if (unnumbered.length > 0) {
            tokens.push(lineToken(Heading, line, { sections: unnumbered, variant: 'reworded' }));
            continue;
          }
        }
      } else if (line.label!.endsWith('?') && !template.inlineLabels.has(labelKey) && !template.bareLabels.has(labelKey)) {
        // A question heading with its answer after a colon (`Onko malli siirretty?: Ei`): the
        // heading, then the answer as the section's text. Only questions: `Tulokset: …` in prose is prose.
        const sections = headingSections(template, labelKey, false);
        if (sections.length > 0) {
          const [heading, answer] = headingAndText(line);
          tokens.push(lineToken(Heading, heading, { sections }), lineToken(TableRowOrText(answer), answer));
          continue;
        }
      }
      const bare = template.bareLabels.get(labelKey);
      if (bare) {
        tokens.push(lineToken(BareLabel, line, { fields: bare }));
        continue;
      }
      const fields = template.inlineLabels.get(labelKey);
      // (A print's page count or date beside the value, after a wide gap: the value without it, the rest furniture, said.)
      const beside = fields ? furnitureBesideValue(line, fields) : null;
      if (beside !== null) {
        tokens.push(lineToken(Label, beside[0], { fields: fields! }), lineToken(Furniture, beside[1], { note: 'printedOnce' }));
        continue;
      }
      if (fields) {
        // (A label's start after the value, its end on the line below: the field is the line up to it.)
        const brokenBelow = labelStartAfterValue(line, lines[i + 1], template, lines[i + 2]);
        const own = brokenBelow?.head ?? line;
        const parts = splitGlued(own, template, fields, facts, labelsOfText);
        const withoutColon = parts === null && fieldsUnwritten(fields) ? splitAtLabelWithoutColon(own, template, new Set(fields.map((f) => f.section)), labelsOfText) : null;
        const block = parts === null && withoutColon === null ? blockGluedAfterValue(own, fields) : null;
        if (block) {
          tokens.push(lineToken(Label, block[0], { fields }), lineToken(BareLabel, block[1], { fields: template.bareLabels.get(block[1].labelKey!)!, note: 'gluedWithoutColon' }));
        } else if (parts) {
          parts.forEach((part, n) => {
            const partFields = n === 0 ? fields : template.inlineLabels.get(part.labelKey!) ?? template.bareLabels.get(part.labelKey!)!;
            tokens.push(lineToken(n > 0 && template.bareLabels.has(part.labelKey!) ? BareLabel : Label, part, { fields: partFields, note: 'glued' }));
          });
        } else if (withoutColon) {
          withoutColon.forEach((part, n) => tokens.push(lineToken(Label, part, { fields: n === 0 ? fields : template.inlineLabels.get(part.labelKey!)!, note: n === 0 ? null : 'gluedWithoutColon' })));
        } else tokens.push(lineToken(Label, own, { fields }));
        if (brokenBelow !== null) {
          const extra = brokenBelow.middle === null ? [lines[i + 1]] : [lines[i + 1], lines[i + 2]];
          pushRejoined(tokens, brokenBelow.label, brokenBelow.start, extra, template, facts, labelsOfText);
          i += extra.length;
        }
        continue;
      }
      // A sentence and then a yes/no question of the layout on one line (`Analyysi tehtiin
      // tilastoista. Sukupuolinäkökulma on huomioitu …: Kyllä`): the text before it, and the
      // question. (Only questions: `… kanssa. Kunnat: Kuusamo …` in prose is prose.)
      const after = labelAfterSentence(line, template, line.label!, true);
      if (after) {
        tokens.push(lineToken(Text, after.text), lineToken(Label, after.label, { fields: after.fields, note: 'glued' }));
        continue;
      }
      // A label and its value parted by a tab, the label without its colon, the value with one of
      // its own (`Toimintalinja⇥5: Tekninen tuki`, `Hankkeen nimi⇥VÄLKKY: …`): lexed as the label
      // `Toimintalinja⇥5`, it is the layout's label before the tab (as a tabbed line without a colon is).
      if (facts.hasTabs && (facts.tabbedLabels || facts.blankSeparated) && line.label!.includes('\t')) {
        const tab = labelTab(line.text);
        // (Not a row of two pairs, `Jakeluosoite⇥PL 13⇥Puhelinnumero: 040 …`: said as an unknown label.)
        // (Nor a label whose value is another of the layout's labels with its own value, `Puhelinnumero⇥Postinumero: 90014`:
        // which value is whose, the line does not tell; said as an unknown label.)
        const written = tab > 0 && !line.text.includes('\t', tab + 1) && !template.inlineLabels.has(normaliseKey(line.label!.slice(tab + 1))) ? line.text.slice(0, tab).trim() : '';
        const fields = written === '' ? undefined : template.inlineLabels.get(normaliseKey(written));
        if (fields) {
          tokens.push(lineToken(Label, tabLabelLine(line, tab, written), { fields }));
          continue;
        }
      }
      // A page section's heading with its text after a colon (`Hyvät käytännöt: Pajatoiminta …`), the
      // page having that heading nowhere else: text (`Tulokset: …` in prose is prose), but it may
      // be that section, glued to its first line; the sections are kept for the reader to say so.
      const headed = template.definition.page && line.afterBlank && /^\p{Lu}/u.test(line.value ?? '') ? headingSections(template, labelKey, false).filter((s) => facts.headingLine[s.index] === 0) : NO_SECTIONS;
      if (headed.length === 0 && isProseSubheadingAfterFields(lines, i, tokens, template, facts)) {
        tokens.push(lineToken(Text, line, { note: 'subheading' }));
        continue;
      }
      // (A sentence's end before the colon, `… käytti 1 120 työpaikkaa. Toimintamallit: ks. …`: a sentence
      // of a text, no label — in a flattened copy, the first line of the text after the fields. Audit FB of round 70.)
      // (In a copy without blank lines only: with them, a line right below a field is read as its value's going on, said. Review RV2.)
      if (!facts.blankSeparated && SENTENCE_INSIDE.test(line.label!)) {
        tokens.push(lineToken(Text, line));
        continue;
      }
      tokens.push(headed.length > 0 ? lineToken(LabelText, line, { sections: headed }) : lineToken(LabelText, line));
      continue;
    }

    // A label and its value separated by a tab, without a colon (a two-column table pasted), in a
    // copy with blank lines or several such lines: one in the run-together prose of a flattened copy
    // (`Kunnat⇥Kuusamo ja …`) is the text's own.
    // (So does a run of three or more spaces, a `pdftotext -layout` copy's column gap: `Maakunnat      Pohjois-Savo`.)
    // The same in a table drawn with bars (`| Suunnitelman mukainen | Alkaa … |` / `| toteutusaika: |   |`).
    const barred = line.kind === 'text' && line.text.charCodeAt(0) === 124 ? barredLabelRow(line, lines[i + 1], template) : null;
    if (barred !== null) {
      tokens.push(lineToken(Label, barred.line, { fields: barred.fields, extra: [lines[i + 1]], original: line, note: 'rejoined' }));
      i++;
      continue;
    }
    // (In a table of two such rows at least: a row alone in a text is the text's.)
    const cell = line.kind === 'text' && line.text.charCodeAt(0) === 124 && ((i > 0 && barredCellLabel(lines[i - 1], template) !== null) || (lines[i + 1] !== undefined && barredCellLabel(lines[i + 1], template) !== null)) ? barredCellLabel(line, template) : null;
    if (cell !== null) {
      tokens.push(lineToken(Label, cell.line, { fields: cell.fields }));
      continue;
    }
    // A label wrapped over three lines in its column, its value beside the middle one (html2text's
    // table: `Suunnitelman` / `mukainen            Alkaa 1.1.2015 …` / `toteutusaika:`).
    const threeLines = hasColumnGaps && line.kind === 'text' && !line.text.includes('  ') ? labelAroundValue(lines, i, template) : null;
    if (threeLines !== null) {
      tokens.push(lineToken(Label, threeLines.line, { fields: threeLines.fields, extra: [lines[i + 1], lines[i + 2]], original: line, note: 'rejoined' }));
      i += 2;
      continue;
    }
    // (In a copy without blank lines, one such line among the layout's labels: `EURA-tunnus: S11876` /
    // `Toteuttajaorganisaatio<TAB>Kotkan kaupunki` / `Maakunta: Kymenlaakso`, one row of a web table
    // pasted — a field's line or a heading above it and a field's line below it: a table at a text's
    // start, `Organisaatiotyyppi<TAB>Lukumäärä` below the last field, has its next row below it.)
    let tab = facts.hasTabs && (facts.tabbedLabels || facts.blankSeparated || (line.kind === 'text' && (isLayoutLabelLine(lines[i - 1], template) || isLayoutHeadingLine(lines[i - 1], template)) && isLayoutLabelLine(lines[i + 1], template))) ? labelTab(line.text) : columnGaps && line.kind === 'text' && template.labelStarts.admits(line.text, leadOf(line)) ? labelColumnGap(line.text) : -1;
    // A label wrapped in its column with its colon on the line below (`Suunnitelman mukainen   Alkaa …` /
    // `toteutusaika:`, a text browser's table or a PDF's), in any copy: the two make a label of the layout.
    // (Or with the value's own end beside it, in its column: `Suunnitelman mukainen   Alkaa 1.1.2015 ja päättyy` /
    // `toteutusaika:   31.12.2018`.)
    // (Or past a printed page's break between them: `Toteutunut seurantatietojen   9, joista naisten` /
    // footer / header / `mukaan:   työpaikkoja 1`.)
    let below = i + 1;
    if (tab === -1 && line.kind === 'text' && hasColumnGaps && template.labelStarts.admits(line.text, leadOf(line))) {
      while (below < lines.length && below <= i + PAGE_BREAK_LINES && (isAnywhereFurniture(lines[below].text) || isPageTopHeader(lines, below))) below++;
      const end = lines[below];
      const endsLabel = (gap: number) => gap > 0 && template.inlineLabels.has(normaliseKey(joinLabelParts(line.text.slice(0, gap).trim(), end.label!)));
      const gap = end?.kind === 'label' && (below > i + 1 || !end.afterBlank) ? labelColumnGap(line.text) : -1;
      // (A text browser's or a converter's table may part its columns by two spaces or one,
      // `Hakijoiden lukumäärä tai tuen  Vain yksi hakija` / `siirto -menettely:`: only where the two
      // parts make the layout's label.)
      if (endsLabel(gap)) tab = gap;
      // (Not where the whole line and the end make the label: `Hankkeen yhteyshenkilön` / `nimi: …` is no `Hankkeen` /
      // `nimi:` beside the value `yhteyshenkilön`. Audit KB of round 74.)
      else if (gap === -1 && end?.kind === 'label' && !end.afterBlank && labelOfParts(line.text, end, template) === null) tab = narrowLabelGap(line.text, endsLabel);
      else below = i + 1;
    }
    if (tab > 0) {
      // A list marker before the label (`• Kunnat<TAB>Seinäjoki, …`), as before a label with its colon: not the label's.
      const written = withoutListMarker(line.text.slice(0, tab).trim());
      // (A long label wrapped in its column may be no label of the layout without its end on the next line.)
      const next = lines[below];
      // (Its end alone below may carry the label's colon: `Suunnitelman mukainen   Alkaa …` / `toteutusaika:`.)
      const labelEnd = next === undefined ? '' : next.kind === 'label' ? next.label! : next.text;
      const wholeKey = next !== undefined && (!next.afterBlank || below > i + 1) && (next.kind === 'text' || next.kind === 'label') && labelEnd.length <= 40 ? normaliseKey(joinLabelParts(written, labelEnd)) : null;
      const fields = template.inlineLabels.get(normaliseKey(written)) ?? (wholeKey !== null ? template.inlineLabels.get(wholeKey) : undefined);
      if (fields) {
        const labelLine = tabLabelLine(line, tab, written);
        // A long label wrapped in its column, its end on the next line alone (`Yhteyshenkilön asema   …` /
        // `hakijaorganisaatiossa`, `Hakijoiden lukumäärä tai tuen siirto   …` / `-menettely`): the label's, not the value's.
        if (wholeKey !== null && template.inlineLabels.get(wholeKey)?.some((field) => fields.includes(field))) {
          labelLine.label = joinLabelParts(labelLine.label!, labelEnd);
          labelLine.labelKey = wholeKey;
          // (The value's end in its column beside the label's: the value goes on with it.)
          if (next.kind === 'label' && next.value !== '' && next.valuePosition !== undefined) {
            // (A value broken at a hyphen in its column keeps it, as a browser's print breaks a line after
            // a hyphen of the value's own: `liisa.kallio-` / `makinen(at)turku.fi`.)
            // (A hyphen at the column's end stays, as written: the register's prints break words only
            // at their own hyphens, `Facebook-` / `ryhmän`, `Työpolku -` / `hanke` — but for a suspended
            // compound's, `Työ-` / `ja toimintakyvyn`, which keeps its space.)
            const value = labelLine.value!;
            const joined = value === '' ? next.value! : joinWrapped(value, next.value!);
            labelLine.value = /-$/u.test(value) && (joined === `${value.slice(0, -1)}${next.value}` || /\s-$/u.test(value)) ? `${value}${next.value}` : joined;
            labelLine.valuePosition = { start: labelLine.valuePosition?.start ?? next.valuePosition.start, end: next.valuePosition.end };
            labelLine.position = { start: labelLine.position.start, end: next.position.end };
          }
          // (The page's break between the two, its lines furniture, before the field.)
          for (let j = i + 1; j < below; j++) tokens.push(lineToken(Furniture, lines[j], { note: 'printed' }));
          tokens.push(lineToken(Label, labelLine, { fields, extra: [next], original: line, note: 'rejoined' }));
          i = below;
          continue;
        }
        tokens.push(lineToken(Label, labelLine, { fields }));
        continue;
      }
      // In a copy that writes its labels with tabs, a row of a label the layout does not have
      // (`Tilinumero (IBAN)<TAB>FI14…`) is a field of its own, not the value above going on.
      // (Not a list's entry, `Lahden ammattikorkeakoulu Oy<TAB>2630644-6`, nor a table of entries' header,
      // `Nimi<TAB>Y-tunnus`: a word processor's table of co-implementers below its block's heading.)
      if (facts.tabbedLabels && line.kind === 'text' && written.length <= 40 && /^\p{Lu}/u.test(written) && !/[.!?]$/u.test(written) && line.text.charCodeAt(tab) === 9 && !(BUSINESS_ID_CELL.test(line.text.slice(tab)) && !endsWithBusinessIdLabel(written)) && !isEntryTableHeader(line.text)) {
        tokens.push(lineToken(LabelText, tabLabelLine(line, tab, written)));
        continue;
      }
    }
    // A label of the layout whole before a semicolon where its colon was, as a scan's OCR reads one
    // (`Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen; Ei`): the field, said.
    // (Only a question before its yes/no answer, `Kyllä`, `Ei`: a text's own line may start with a
    // label and a semicolon, `Kunnat; oppilaitokset …`, `Suunniteltu; 150`: reviews R3 and R4.)
    const semicolon = line.kind === 'text' ? line.text.indexOf('; ') : -1;
    if (semicolon > 2 && semicolon <= 160 && line.text.length - semicolon <= 12 && parseYesNo(line.text.slice(semicolon + 2)).problem === undefined) {
      const fields = template.inlineLabels.get(normaliseKey(withoutListMarker(line.text.slice(0, semicolon))));
      if (fields !== undefined) {
        tokens.push(lineToken(Label, tabLabelLine(line, semicolon + 1, withoutListMarker(line.text.slice(0, semicolon))), { fields, note: 'semicolon' }));
        continue;
      }
    }
    // A list of areas with a space where its label's colon was (`Maakunnat Päijät-Häme`, `Kunnat
    // Hartola, Heinola, Sysmä`: a table pasted as text): the field, said, when every name after the
    // label is one of the areas the field lists, or nearly every one of a long list (`Kunnat ovat mukana …` is text).
    if (line.kind === 'text' && (template.labelStarts.admits(line.text, leadOf(line)) || SEMICOLON_AFTER_WORD.test(line.text))) {
      // (With a semicolon only among the fields, a field's line above or below it: a text's own line
      // may start so, `Kunnat; Iisalmi ja Kiuruvesi`, review R4.)
      const semicolonLabel = /^[^\s;]+;/u.test(line.text);
      const found = spacedAreaLabel(line, template);
      const ofSection = (near: SourceLine | undefined) => near !== undefined && near.kind === 'label' && (template.inlineLabels.get(near.labelKey!) ?? []).some((field) => found!.fields.some((own) => own.section === field.section));
      const spaced = found !== null && (!semicolonLabel || ofSection(lines[i - 1]) || ofSection(lines[i + 1])) ? found : null;
      if (spaced !== null) {
        tokens.push(lineToken(Label, spaced.line, { fields: spaced.fields, note: semicolonLabel ? 'semicolon' : 'spaced' }));
        continue;
      }
      // A two-column table copied cell by cell (`Hankekoodi` / `S21965` / `Hankkeen nimi` / …): in a
      // copy with several such labels alone without their colons, each is its field, its value below.
      // (The line below such a label is its value whatever it reads: `Organisaatiotyyppi` / `Kunta`.)
      // (Looked for only in a copy with few labels written with their colons: a whole description has twenty or more.)
      const cell = facts.layoutLabelLines >= COLON_LABELS_OF_A_WHOLE || i === lastCellLabel + 1 ? null : cellLabelAt(lines, i, template);
      if (cell !== null && (cellLabels ??= countCellLabels(lines, template)) >= CELL_LABELS) {
        tokens.push(lineToken(Label, cell.line, { fields: cell.fields, note: 'cell' }));
        lastCellLabel = i;
        continue;
      }
      // A list's label without its colon, its items after list markers below it (a page's `Hankkeen
      // aikana` / `-Yhteistyö tiivistyi`, a reader view's copy): the label. (Audit AH of round 57.)
      const listLabel = listLabelAt(lines, i, template);
      if (listLabel !== null) {
        tokens.push(lineToken(Label, listLabel.line, { fields: listLabel.fields, note: 'listLabel' }));
        continue;
      }
    }
    // A plain line. A sentence too long for a label, then a yes/no question glued after it
    // (`… hankkeeseen. Hankkeen päätavoite on …: Ei`): the text, and the question.
    // Only the line's end is looked at: an answer is short.
    const colon = line.text.length > 42 ? line.text.indexOf(': ', line.text.length - 42) : -1;
    const gluedQuestion = colon > 0 ? labelAfterSentence(line, template, line.text.slice(0, colon), true) : null;
    if (gluedQuestion) {
      tokens.push(lineToken(Text, gluedQuestion.text), lineToken(Label, gluedQuestion.label, { fields: gluedQuestion.fields, note: 'glued' }));
      continue;
    }
    const broken = line.text.length <= 120 ? brokenByPage(lines, i, template) : null;
    if (broken !== null) {
      for (let j = i + 1; j < broken.at; j++) tokens.push(lineToken(Furniture, lines[j], { note: 'printed' }));
      tokens.push(broken.token);
      i = broken.at;
      continue;
    }
    // A value's wrapped line with the start of a label after it, its end on the line below (`… Vastuuhenkilön` / `nimi: …`):
    // the line up to it, and the label rejoined. (Review BO of round 65: the contact's name was kept in unmapped, and
    // left there by --redact.) Only a line going on from the one above it, which ends no sentence.
    // (Right below a field's line of the layout, its value going on: not a text's wrapped line, `… Hankkeen` / `nimi: …`. Review BQ.)
    const startBelow = !line.afterBlank && i > 0 && lines[i - 1].kind === 'label' && template.labelKeys.has(lines[i - 1].labelKey!) && (lines[i - 1].value ?? '') !== '' && !/[.!?:]$/u.test(lines[i - 1].text) ? labelStartAfterValue(line, lines[i + 1], template, lines[i + 2]) : null;
    if (startBelow) {
      const extra = startBelow.middle === null ? [lines[i + 1]] : [lines[i + 1], lines[i + 2]];
      tokens.push(lineToken(Text, startBelow.head));
      pushRejoined(tokens, startBelow.label, startBelow.start, extra, template, facts, labelsOfText);
      i += extra.length;
      continue;
    }
    const questionBelow = line.text.length > 42 ? questionStartAfterSentence(line, lines[i + 1], template) : null;
    if (questionBelow) {
      tokens.push(lineToken(Text, questionBelow.text), lineToken(Label, questionBelow.label, { fields: template.inlineLabels.get(questionBelow.label.labelKey!)!, extra: [lines[i + 1]], original: questionBelow.start, note: 'rejoined' }));
      i++;
      continue;
    }
    const rejoined = rejoinedLabel(line, lines[i + 1], template);
    if (rejoined) {
      pushRejoined(tokens, rejoined, line, [lines[i + 1]], template, facts, labelsOfText);
      i++;
      continue;
    }
    const overThree = rejoinedLabelOverThree(line, lines[i + 1], lines[i + 2], template);
    if (overThree) {
      pushRejoined(tokens, overThree, line, [lines[i + 1], lines[i + 2]], template, facts, labelsOfText);
      i += 2;
      continue;
    }
    const wrapped = wrappedPlainHeading(line, lines[i + 1], template);
    if (wrapped) {
      tokens.push(wrapped);
      i++;
      continue;
    }
    // After the rejoined label: a question broken before its colon is that, not a question without one.
    const question = questionWithoutColon(line, template);
    if (question) {
      tokens.push(lineToken(Label, question.line, { fields: question.fields }));
      continue;
    }
    if (key !== null) {
      const sections = headingSections(template, key, false);
      if (sections.length > 0 && !(isInCapitals(line.text) && headingWrittenBelow(lines, i, key, template))) {
        tokens.push(lineToken(Heading, line, { sections }));
        continue;
      }
      const bare = template.bareLabels.get(key);
      if (bare) {
        tokens.push(lineToken(BareLabel, line, { fields: bare }));
        continue;
      }
      const retyped = retypedBareLabel(key, template);
      if (retyped !== null) {
        // (As a label without its colon, its key the layout's: its mapping says how it was read.)
        tokens.push(lineToken(BareLabel, { ...line, kind: 'label', label: line.text, labelKey: retyped.key, value: '', valuePosition: undefined, key: undefined, lead: undefined, tokenType: undefined }, { fields: retyped.fields }));
        continue;
      }
    }
    // A numbered section's heading without its number: its words start like one, and it stands alone.
    if (line.text.length <= template.longestHeading && template.numberedHeadingStarts.admits(line.text, leadOf(line)) && (mayHeadSection(lines, i, facts, template) || headsOwnLines(lines, i, template))) {
      const words = keyOf(line);
      const unnumbered = words === null ? NO_SECTIONS : headingWithoutNumber(lines, i, words, template, facts);
      if (unnumbered.length > 0) {
        tokens.push(lineToken(Heading, line, { sections: unnumbered, variant: 'reworded' }));
        continue;
      }
    }
    // Hard-wrapped over two lines alone between blank lines (`Hakemusvaiheessa ilmoitettavat arviot
    // hankekohtaisista` / `seurantiedoista`): not an empty label's value below it.
    const wrappedUnnumbered = unnumberedWrappedHeading(lines, i, template, facts);
    if (wrappedUnnumbered !== null) {
      tokens.push(wrappedUnnumbered);
      i++;
      continue;
    }
    if (headerless.size > 0 && line.text.length <= 100 && line.kind === 'text') {
      const opened = [...headerless].filter((s) => s.categoryKeys.has(normaliseKey(line.text)) && lines[i + 1] !== undefined && scoreRowParts(lines[i + 1].text) !== null);
      if (opened.length > 0) {
        for (const s of opened) headerless.delete(s);
        // (The line right above, short and naming every column of the header, is the header reworded:
        // `Välitön vaikutus Välillinen vaikutus`, not `Ei välitöntä vaikutusta`.)
        const above = tokens[tokens.length - 1];
        const aboveText = above?.payload.line.text.toLowerCase() ?? '';
        // (No sentence: `Vaikutus on välitön.` ends the text above.)
        if (above !== undefined && above.tokenType === Text && above.payload.line === lines[i - 1] && aboveText.length <= 60 && !/[.!?]$/u.test(aboveText) && aboveText.split(/\s+/u).length <= 6 && opened.some((s) => headerWords(s).every((word) => aboveText.includes(word)))) {
          tokens[tokens.length - 1] = lineToken(TableHeader, lines[i - 1], { sections: opened, note: 'rewordedHeader' });
          tokens.push(lineToken(TableRowOrText(line), line));
        } else {
          // (Rows of the table's criteria right above, back to the text's last label, without their
          // category line (lost too): the table opens at the first of them, not below them.)
          let first = -1;
          for (let t = tokens.length - 1; t >= 0; t--) {
            const earlier = tokens[t];
            if (earlier.tokenType !== Text && earlier.tokenType !== TableRow) break;
            const parts = scoreRowParts(earlier.payload.line.text);
            if (parts !== null && isLayoutCriterion(parts.criterion)) first = t;
          }
          if (first !== -1) {
            tokens[first] = lineToken(TableHeader, tokens[first].payload.line, { sections: opened, note: 'category' });
            tokens.push(lineToken(TableRowOrText(line), line));
          } else tokens.push(lineToken(TableHeader, line, { sections: opened, note: 'category' }));
        }
        continue;
      }
    }
    // The header written as cells (`| Kriteeri | Välitön | Välillinen | Perustelu |`, a converted
    // copy's; parted by tabs, a pasted table's): read by its cells, wherever the layout names the columns.
    const cells = tables.length > 0 && line.text.length <= CELLS_HEADER_LONGEST ? headerCells(line.text) : null;
    const cellsHeader = cells === null ? [] : tables.filter((s) => s.definition.content === 'scoreTable' && s.definition.columns !== undefined && cellsHeaderOrder(cells, s.definition.columns) !== null);
    if (cellsHeader.length > 0) {
      tokens.push(lineToken(TableHeader, line, { sections: cellsHeader }));
      continue;
    }
    if (tables.length > 0 && line.text.length <= 60) {
      const header = tables.filter((s) => s.tableHeader!.test(line.text));
      if (header.length > 0) {
        tokens.push(lineToken(TableHeader, line, { sections: header }));
        continue;
      }
      // One cell per line: the header's column names on lines of their own.
      const next = lines[i + 1];
      const joined = next && !next.afterBlank && next.kind === 'text' && next.text.length <= 30 ? `${line.text} ${next.text}` : null;
      const split = joined ? tables.filter((s) => s.tableHeader!.test(joined)) : [];
      if (split.length > 0) {
        tokens.push(lineToken(TableHeader, line, { sections: split, extra: [next], original: line }));
        i++;
        continue;
      }
    }
    // (A bar broken right after its first part's separator, `Toimintalinja 5 (ESR) |` / `01.03.2018 – … | Keski-Suomi`, starts there.)
    if (page && (looksLikeSummaryBar(line.text, template) || summaryBarBrokenAfterFirst(line, lines[i + 1], template))) {
      tokens.push(lineToken(SummaryBar, line));
      continue;
    }
    // A yes/no answer or a placeholder standing alone (`Ei` under `Onko malli siirretty?`, `Kesken`) is a section's text, never a heading.
    // Nor is the only line under a prose section's heading, before the next heading or the end
    // (`Toimintatavat` / `Pajatoiminta | ryhmät` / `Eri tahojen merkitys`): its text. (With a
    // paragraph after it, it heads that paragraph: `Tulokset` / `Yhteistyökumppanit` / `Seurakunta …`.)
    const previous = tokens[tokens.length - 1];
    const underProseHeading =
      (previous !== undefined &&
        previous.tokenType === Heading &&
        (previous.payload.sections as CompiledSection[]).every((s) => s.definition.content === 'prose') &&
        (i + 1 >= lines.length || isHeadingLine(lines[i + 1], template))) ||
      (page && isListItemUnderProseHeading(tokens, lines, i, template));
    // A question heading with its answer on the same line, without a colon (`Onko malli siirretty? Kyllä, …`).
    const asked = questionThenAnswer(line, template);
    if (asked !== null) {
      tokens.push(lineToken(Heading, asked.heading, { sections: asked.sections }), lineToken(TableRowOrText(asked.answer), asked.answer));
      continue;
    }
    // A page heading reworded as a question (`Onko malli siirretty muualle?` for `Onko malli siirretty?`).
    if (line.text.endsWith('?') && rewordedPageHeading(lines, i, keyOf(line) ?? '', template, facts)) {
      tokens.push(lineToken(UnknownHeading, line));
      continue;
    }
    if (
      template.definition.unknownHeadings &&
      !underProseHeading &&
      isTitleLike(line.text) &&
      // (Nor a line with a sentence's end inside it, `… 27 yritystä. Hankkeessa on …`: a text's line,
      // its paragraph broken by a printed page's break.)
      !SENTENCE_INSIDE.test(line.text) &&
      !isItemWithoutMarker(tokens, lines, i, template) &&
      (standsAlone(lines, i) || (!facts.blankSeparated && headsParagraph(lines, i, facts, template))) &&
      !goesOnPastPageBreak(lines, i) &&
      // (A line in lower case below a page's break goes on with the text or value above the break
      // when that cannot end there: `Erityistavoite: … työ- ja` / footer / header / `toimintakyvyn
      // parantaminen`. After a whole value or sentence it stays a heading the layout does not know, said.)
      // (Nor any line in lower case right below a break: a page's heading has its capital. The field
      // above says whether the line goes on with it; else it is a stray line of the facts, said.)
      !(previous?.tokenType === Furniture && /^\p{Ll}/u.test(line.text) && (goesOnPastFurniture(tokens) || tokensAboveAreFields(tokens))) &&
      // (So does one right below a field that cannot end where it does, past a blank line only: a
      // PDF's form feed between pages, `… liikenne- ja` / `\f` / `ympäristökeskus`, leaves no other sign.)
      !(previous?.tokenType === Label && /^\p{Ll}/u.test(line.text) && (goesOnPastFurniture(tokens) || STARTS_WITH_LIST_WORD.test(line.text))) &&
      !isPlaceholder(line.text) &&
      parseYesNo(line.text).problem !== undefined
    ) {
      tokens.push(lineToken(UnknownHeading, line));
      continue;
    }
    tokens.push(lineToken(TableRowOrText(line), line));
  }
  facts.inProse = labelsInProse(tokens, template);
  if (!facts.blankSeparated) facts.strayInFields = strayLinesInFields(tokens);
  facts.sentenceLabels = sentencesWithColon(tokens);
  for (const token of tokens) {
    if (token.tokenType === Furniture) (facts.furnitureLines ??= new Set()).add(token.payload.line.position.start.line);
    // (Not a second description's, pasted after the first: its table is no later part of the first. Review RVB of round 71.)
    else if (token.tokenType === TableHeader && (facts.anotherDescriptionLine === null || token.payload.line.position.start.line < facts.anotherDescriptionLine)) for (const section of token.payload.sections) (facts.tableHeaderLine ??= new Int32Array(template.sections.length))[section.index] = token.payload.line.position.start.line;
  }
  return { tokens, facts };
}

/** How a line ends that cannot end a value or a sentence: a comma, a hyphen or dash, a list word (`… työ- ja`). */
/** A line going on with a list word (`ja Kuopion kaupunki`): the end of a value above it. */
export const STARTS_WITH_LIST_WORD = lazyRegExp(() => new RegExp(`^(?:${vocabulary.valueGoesOnAfter.words.join('|')})\\s`, 'iu'));
const ENDS_UNFINISHED = lazyRegExp(() => new RegExp(`(?:[,;/\u2013-]|\\s(?:${vocabulary.valueGoesOnAfter.words.join('|')}))$`, 'iu'));

/** Whether the last line before the page-break furniture that ends `tokens` cannot end where it does. */
function goesOnPastFurniture(tokens: LineToken[]): boolean {
  let t = tokens.length - 1;
  while (t >= 0 && tokens[t].tokenType === Furniture) t--;
  if (t < 0) return false;
  const line = tokens[t].payload.line;
  // (Or a field's value ending on a common noun's genitive, which a noun follows, `Erityistavoite: …
  // työ- ja toimintakyvyn` / break / `parantaminen`: the field says whether it goes on. Not a whole
  // name, `Mikkelin kaupunki` / break / `tulostettu …`, the print's line.)
  return ENDS_UNFINISHED.test(line.kind === 'label' ? line.value ?? '' : line.text) || (tokens[t].tokenType === Label && ENDS_ON_GENITIVE.test(line.value ?? ''));
}
/** A value's last word a common noun's genitive (in lower case, ending in `n`), which a noun follows. */
export const ENDS_ON_GENITIVE = lazyRegExp(() => /(?:^|\s)\p{Ll}[\p{Ll}-]*n$/u);

/** Whether the last line above the furniture at the tokens' end is a field's (a label with its value). */
function tokensAboveAreFields(tokens: LineToken[]): boolean {
  let t = tokens.length - 1;
  while (t >= 0 && tokens[t].tokenType === Furniture) t--;
  return t >= 0 && tokens[t].tokenType === Label;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || (code > 0x1fff && code < 0x3001 && /\s/.test(String.fromCharCode(code)));
}

/** Start of the run of 1–3 digits that ends at `end` (exclusive) and follows white space, or -1. */
function scoreBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 4 && isDigitCode(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > 3 || start === 0 || !isSpaceCode(text.charCodeAt(start - 1))) return -1;
  return start;
}

/**
 * `Criterion 6 9` (`^(.*\S)\s+(\d{1,3})\s+(\d{1,3})$`), read from the end by hand: the regular
 * expression backtracked over every long line that ends in a digit.
 */
export function scoreRowParts(text: string): { criterion: string; scores: number[]; worded?: true } | null {
  if (!isDigitCode(text.charCodeAt(text.length - 1))) return text.charCodeAt(text.length - 1) === 41 ? wordedScoreRow(text) : null;
  const row = twoScoresAtEnd(text, scoreBefore);
  return row === null ? null : { criterion: row.criterion, scores: [Number(text.slice(row.first, row.gap)), Number(text.slice(row.second))] };
}

/** A row's two scores at a text's end, each found before an end by `scoreAt`: their starts, the gap between them and the criterion before; null when there are not two. */
function twoScoresAtEnd(text: string, scoreAt: (text: string, end: number) => number): { criterion: string; first: number; gap: number; second: number } | null {
  const second = scoreAt(text, text.length);
  if (second === -1) return null;
  let gap = second;
  while (gap > 0 && isSpaceCode(text.charCodeAt(gap - 1))) gap--;
  const first = scoreAt(text, gap);
  if (first === -1) return null;
  let end = first;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end === 0 ? null : { criterion: text.slice(0, end), first, gap, second };
}

/** The longest word in brackets after a row's score (`(merkittävä)`). */
const SCORE_WORD_LENGTH = 31;

/**
 * Where a score with a word in brackets after it ends a text at `end` (`… 7 (merkittävä)`): the
 * score's start, or -1. Read from the end by hand, as {@link scoreBefore} is: no expression backtracks
 * over a long line that ends in a bracket.
 */
function wordedScoreBefore(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 41) return -1;
  const open = text.lastIndexOf('(', end - 2);
  if (open === -1 || end - 2 - open > SCORE_WORD_LENGTH || !/^\p{L}[\p{L} -]*$/u.test(text.slice(open + 1, end - 1))) return -1;
  let figureEnd = open;
  while (figureEnd > 0 && isSpaceCode(text.charCodeAt(figureEnd - 1))) figureEnd--;
  const start = scoreBefore(text, figureEnd);
  return start !== -1 && figureEnd - start <= 2 ? start : -1;
}

/** Whether a text ends in a score with a word in brackets after it (`… 6 (kohtalainen)`): a row's end so written. */
export function endsInWordedScore(text: string): boolean {
  return wordedScoreBefore(text, text.length) !== -1;
}

/** `Criterion 5 (kohtalainen) 7 (merkittävä)`: the row, its scores the figures (the words say them again). */
function wordedScoreRow(text: string): { criterion: string; scores: number[]; worded: true } | null {
  const row = twoScoresAtEnd(text, wordedScoreBefore);
  if (row === null || !/\p{L}/u.test(row.criterion)) return null;
  return { criterion: row.criterion, scores: [Number.parseInt(text.slice(row.first), 10), Number.parseInt(text.slice(row.second), 10)], worded: true };
}

/** A numbered section's heading without its number, hard-wrapped onto a line in lower case, the two alone between blank lines. */
function unnumberedWrappedHeading(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): LineToken | null {
  const line = lines[i];
  const next = lines[i + 1];
  if (next === undefined || !line.afterBlank || next.afterBlank || next.kind !== 'text' || !/^\p{Ll}/u.test(next.text) || (i + 2 < lines.length && !lines[i + 2].afterBlank)) return null;
  if (line.text.length + 1 + next.text.length > template.longestHeading || !template.numberedHeadingStarts.admits(line.text, leadOf(line))) return null;
  const text = joinWrapped(line.text, next.text);
  const sections = headingWithoutNumber(lines, i, normaliseKey(text), template, facts);
  if (sections.length === 0) return null;
  const joined: SourceLine = { ...line, text, key: undefined, lead: undefined, position: { start: line.position.start, end: next.position.end } };
  return lineToken(Heading, joined, { sections, variant: 'reworded', extra: [next], original: line, note: 'rejoined' });
}

/**
 * A numbered section's heading written without its number (`Välilliset kohderyhmät` on a line of
 * its own, between 4.1 and 5; the caller has seen it stand alone): that section, when the copy has the layout's headings, has none
 * of this section with its number, and the line stands where the section's order puts it. Else
 * it is text (a sub-title of a summary may use the same words).
 */
function headingWithoutNumber(lines: SourceLine[], i: number, key: string, template: CompiledTemplate, facts: TextFacts): CompiledSection[] {
  const named = template.sectionsByHeading.get(key);
  if (named === undefined) return NO_SECTIONS;
  const lineNumber = lines[i].position.start.line;
  if (template.sections.some((s) => s.definition.number !== null && facts.headingLine[s.index] > 0)) {
    // (Past sections the copy lacks, its own label right below it: `Projektin julkinen rahoitus, euroa` /
    // `Myönnetty EU- ja valtion rahoitus: …` after the summary of a copy without section 6.)
    const next = lines[i + 1];
    const ownLabelBelow = (section: CompiledSection) => next !== undefined && next.kind === 'label' && (template.inlineLabels.get(next.labelKey!) ?? template.bareLabels.get(next.labelKey!) ?? []).some((field) => field.section === section);
    return named.filter((section) => section.definition.number !== null && placeable(section, lineNumber, template, facts.headingLine) && (between(section, lineNumber, template, facts.headingLine) || (nearestHeadingAbove(section, lineNumber, facts.headingLine) && ownLabelBelow(section))));
  }
  // No numbered heading at all: the copy's headings may all have lost their numbers. Taken so when
  // several of them stand alone in the layout's order, each where the others put it.
  const plain = (facts.plainHeadingLine ??= plainHeadings(lines, template, facts));
  const count = plain.filter((at) => at > 0).length;
  // Fewer in a short copy (one cut early): two, each with its own section's label right below it.
  if (count < MIN_PLAIN_HEADINGS && !(count >= 2 && plain.every((at, section) => at === 0 || headsOwnLabel(lines, at, section, template)))) return NO_SECTIONS;
  return named.filter((section) => section.definition.number !== null && plain[section.index] === lineNumber && placeable(section, lineNumber, template, plain, true));
}

/** Whether the nearest section before `section` whose heading the text has, has it above the line. */
function nearestHeadingAbove(section: CompiledSection, lineNumber: number, headingLine: Int32Array): boolean {
  for (let t = section.index - 1; t >= 0; t--) if (headingLine[t] > 0) return headingLine[t] < lineNumber;
  return false;
}

/**
 * Whether the line stands where the section comes: the heading of the section just before it (or of
 * the one before that, past a container) is above it, or a later section's heading below it. A
 * summary's sub-heading `Sukupuolten tasa-arvo` in a copy cut after its summary is neither.
 */
function between(section: CompiledSection, lineNumber: number, template: CompiledTemplate, headingLine: Int32Array): boolean {
  for (let t = section.index + 1; t < template.sections.length; t++) if (headingLine[t] > lineNumber) return true;
  for (let t = section.index - 1; t >= 0 && t >= section.index - 2; t--) if (headingLine[t] > 0 && headingLine[t] < lineNumber) return true;
  return false;
}

/**
 * Where a heading without its number may stand: alone between blank lines, or, in a copy without
 * them, heading a paragraph — or anywhere when the copy has no numbered heading at all (a Word copy
 * without blank lines or numbers), where the headings' order decides.
 */
function mayHeadSection(lines: SourceLine[], i: number, facts: TextFacts, template: CompiledTemplate): boolean {
  if (standsAlone(lines, i)) return true;
  // Right below an empty label (`Postitoimipaikka:` / `Hakemusvaiheessa ilmoitettavat …`), before a blank line or a label.
  const before = lines[i - 1];
  const after = lines[i + 1];
  if (before !== undefined && !lines[i].afterBlank && before.kind === 'label' && before.value === '' && (after === undefined || after.afterBlank || after.kind === 'label')) return true;
  if (facts.blankSeparated) return false;
  return headsParagraph(lines, i, facts, template) || !template.sections.some((s) => s.definition.number !== null && facts.headingLine[s.index] > 0);
}

/**
 * In a copy without blank lines, a line that is a numbered section's heading word for word (its
 * number lost) right above that section's own first line: one of its labels (`Projektin julkinen
 * rahoitus, euroa` / `Myönnetty EU- ja valtion rahoitus: …`) or its table's header (`Kestävä
 * kehitys` / `VälitönVälillinen`).
 */
function headsOwnLines(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  const after = lines[i + 1];
  if (after === undefined || after.afterBlank || lines[i].afterBlank) return false;
  const key = keyOf(lines[i]);
  const named = key === null ? undefined : template.sectionsByHeading.get(key);
  if (named === undefined) return false;
  return named.some((section) => (after.kind === 'label' && (template.inlineLabels.get(after.labelKey!) ?? []).some((field) => field.section === section)) || (section.tableHeader !== null && section.tableHeader.test(after.text)));
}

/** Unnumbered headings of numbered sections taken as headings only when the copy has at least this many in order. */
const MIN_PLAIN_HEADINGS = 3;

/** Whether the line `lineNumber` has a label of the section at `sectionIndex` right below it. */
function headsOwnLabel(lines: SourceLine[], lineNumber: number, sectionIndex: number, template: CompiledTemplate): boolean {
  const i = lines.findIndex((line) => line.position.start.line === lineNumber);
  const next = lines[i + 1];
  if (i === -1 || next === undefined || next.kind !== 'label') return false;
  return (template.inlineLabels.get(next.labelKey!) ?? template.bareLabels.get(next.labelKey!) ?? []).some((field) => field.section.index === sectionIndex);
}

/**
 * The lines where the numbered sections' headings stand alone without their numbers: of all such
 * lines, the longest run in the layout's order (a summary's sub-heading with a later section's words
 * is left out of it).
 */
function plainHeadings(lines: SourceLine[], template: CompiledTemplate, facts: TextFacts): Int32Array {
  const found: { line: number; section: number; at: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'text' || !mayHeadSection(lines, i, facts, template)) continue;
    const key = keyOf(line);
    for (const section of (key !== null && template.sectionsByHeading.get(key)) || NO_SECTIONS) {
      if (section.definition.number !== null) found.push({ line: line.position.start.line, section: section.index, at: i });
    }
  }
  // A line of a later section's heading with a label of an earlier section further down (`Sukupuolten
  // tasa-arvo` in the summary, the funding's and the area's labels below it): the text's own
  // sub-heading, not that section's heading — the sections come in the layout's order.
  if (found.length > 0) {
    const labelLines: number[] = [];
    const labelOwners: number[] = [];
    for (const line of lines) {
      if (line.kind !== 'label') continue;
      const fields = template.inlineLabels.get(line.labelKey!) ?? template.bareLabels.get(line.labelKey!);
      if (fields === undefined || fields.length === 0) continue;
      let owner = 0;
      for (const field of fields) owner = Math.max(owner, field.section.index);
      labelLines.push(line.position.start.line);
      labelOwners.push(owner);
    }
    // The lowest owner of the labels from each one on.
    const lowestFrom = new Int32Array(labelOwners.length + 1).fill(template.sections.length);
    for (let k = labelOwners.length - 1; k >= 0; k--) lowestFrom[k] = Math.min(lowestFrom[k + 1], labelOwners[k]);
    let next = 0;
    // (Not one with its own section's first line right below it, `Maantieteellinen kohdealue` /
    // `Maakunnat: …`: that section's heading, in a copy whose sections are out of order.)
    const kept = found.filter((entry) => {
      while (next < labelLines.length && labelLines[next] <= entry.line) next++;
      return lowestFrom[next] >= entry.section || headsOwnLines(lines, entry.at, template);
    });
    found.splice(0, found.length, ...kept);
  }
  // Longest increasing run of section indexes in line order (few lines: quadratic is fine).
  const length = found.map(() => 1);
  const before = found.map(() => -1);
  for (let j = 0; j < found.length; j++) {
    for (let k = 0; k < j; k++) {
      if (found[k].section < found[j].section && found[k].line < found[j].line && length[k] + 1 > length[j]) {
        length[j] = length[k] + 1;
        before[j] = k;
      }
    }
  }
  const at = new Int32Array(template.sections.length);
  let end = length.indexOf(Math.max(0, ...length));
  while (end !== -1) {
    at[found[end].section] = found[end].line;
    end = before[end];
  }
  return at;
}

/**
 * Whether a heading of `section` can stand at this line: the copy has no other of it (or, `own`,
 * this one is it), and the headings it has of other sections are in the layout's order around it.
 */
function placeable(section: CompiledSection, lineNumber: number, template: CompiledTemplate, headingLine: Int32Array, own = false): boolean {
  return (
    (own || headingLine[section.index] === 0) &&
    template.sections.every((t) => t === section || headingLine[t.index] === 0 || (t.index < section.index ? headingLine[t.index] < lineNumber : headingLine[t.index] > lineNumber))
  );
}

/**
 * A page's heading with the first line of its text run onto it, as a paragraph's first line
 * (`Hyvät käytännöt Työnantajien aamukahvit, …`): the heading of a section that has none elsewhere
 * in the text, where it can stand, word for word, then a capital. (A sentence may start with a
 * heading's words too, `Tulokset Lapin alueelta …`: said with a warning when read.)
 */
function gluedPageHeading(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): { heading: SourceLine; rest: SourceLine; sections: CompiledSection[] } | null {
  const line = lines[i];
  // (A paragraph's first line: after a blank line, or, in a copy without them, after a sentence's end —
  // or, where lines are not hard-wrapped, after any line that can end where it does: a list's item.)
  const before = lines[i - 1]?.text ?? '';
  const opensParagraph = line.afterBlank || i === 0 || (!facts.blankSeparated && (/[.!?]$/u.test(before) || (facts.wrapWidth === null && !ENDS_UNFINISHED.test(before))));
  if (!opensParagraph || !facts.headingLine.some((at) => at > 0)) return null;
  for (const section of template.sections) {
    if (section.definition.number !== null || !placeable(section, line.position.start.line, template, facts.headingLine)) continue;
    for (const written of section.definition.headings) {
      // (A question with its answer after it is read as such elsewhere: `Onko malli siirretty? Kyllä, …`.)
      if (written.endsWith('?') || line.text.length <= written.length + 2 || !/\s/u.test(line.text.charAt(written.length)) || normaliseKey(line.text.slice(0, written.length)) !== normaliseKey(written)) continue;
      let from = written.length;
      while (/\s/u.test(line.text.charAt(from))) from++;
      if (!/^[\p{Lu}\d]/u.test(line.text.slice(from))) continue;
      const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
      const heading: SourceLine = { kind: 'text', text: line.text.slice(0, written.length), afterBlank: line.afterBlank, position: { start: line.position.start, end: at(written.length) } };
      const rest: SourceLine = { kind: 'text', text: line.text.slice(from), afterBlank: false, position: { start: at(from), end: line.position.end } };
      return { heading, rest, sections: [section] };
    }
  }
  return null;
}

/**
 * A page's section heading run onto the end of the sentence above it (`Hanke tuki nuoria työhön.
 * Tulokset`, a reflowed copy), a heading the page has nowhere else, word for word after the sentence's
 * end: the sentence, and the heading. Null when there is none.
 */
function pageHeadingAfterSentence(line: SourceLine, template: CompiledTemplate, facts: TextFacts): { before: SourceLine; heading: SourceLine; sections: CompiledSection[] } | null {
  // (The heading is the words after the line's last sentence's end, of no sentence's marks: one look at the line, then a key's lookup.)
  const end = HEADING_AFTER_LAST_SENTENCE.exec(line.text);
  if (end === null || !facts.headingLine.some((at) => at > 0)) return null;
  const from = end.index + end[0].length;
  const key = normaliseKey(line.text.slice(from).replace(/:$/u, ''));
  if (!unnumberedHeadingKeys(template).has(key)) return null;
  const sections = template.sections.filter((section) => section.definition.number === null && facts.headingLine[section.index] === 0 && placeable(section, line.position.start.line, template, facts.headingLine) && section.definition.headings.some((written) => normaliseKey(written) === key));
  if (sections.length === 0) return null;
  return { before: linePart(line, 0, end.index + 1), heading: linePart(line, from, line.text.length), sections };
}
/** A sentence's end, then words with no sentence's mark to the line's end (a question's or a colon at it aside). */
const HEADING_AFTER_LAST_SENTENCE = lazyRegExp(() => /[.!?]\s+(?=\p{Lu}[^.!?:]*[?:]?$)/u);
const unnumberedHeadings = new WeakMap<CompiledTemplate, Set<string>>();
/** The keys of the headings of a layout's sections that have no number (a page's), found once for each layout. */
function unnumberedHeadingKeys(template: CompiledTemplate): Set<string> {
  let keys = unnumberedHeadings.get(template);
  if (keys === undefined) unnumberedHeadings.set(template, (keys = new Set(template.sections.filter((section) => section.definition.number === null).flatMap((section) => section.definition.headings.map(normaliseKey)))));
  return keys;
}

/**
 * A numbered heading with the first line of its section run onto it (`4.2 Välilliset kohderyhmät
 * Kuntien sosiaalitoimi …`, `7. Projektin julkinen rahoitus, euroa Myönnetty EU- ja valtion
 * rahoitus: 412 300`): the heading of the section of that number, word for word, then the rest.
 */
function gluedHeading(line: SourceLine, template: CompiledTemplate, facts: TextFacts): { heading: SourceLine; rest: SourceLine; sections: CompiledSection[] } | null {
  const value = line.value ?? '';
  // A heading as written (nearly every numbered line) or a value too short to hold one and more.
  if ((line.valueKey !== null && line.valueKey !== undefined && template.sectionsByHeading.has(line.valueKey)) || value.length < 4) return null;
  const sections = template.sectionsByNumber.get(line.number!);
  // Only in a copy with the layout's numbered headings, or with several run into their lines: in a
  // flattened one a numbered line is its text's own.
  if (sections === undefined || (facts.gluedHeadingLines < SEVERAL_GLUED_HEADINGS && !template.sections.some((s) => s.definition.number !== null && facts.headingLine[s.index] > 0))) return null;
  const valueFrom = line.text.length - value.length;
  for (const section of sections) {
    // Not a list item of prose that starts with a heading's words (`2. Projektin toteuttaja -mallin
    // kehittäminen`): only where that section's heading can stand, and its text starts anew.
    if (!placeable(section, line.position.start.line, template, facts.headingLine)) continue;
    for (const written of section.definition.headings) {
      // (Its first line after a space, or after a colon: `4.2 Välilliset kohderyhmät: Hankkeen …`.)
      if (value.length <= written.length + 1 || !/[\s:]/.test(value.charAt(written.length)) || normaliseKey(value.slice(0, written.length)) !== normaliseKey(written)) continue;
      let from = written.length;
      // A colon or a dash between them (`… kohderyhmät: hankkeen …`, `… kohderyhmät – Hankkeen …`)
      // sets the text apart whatever its case; without one, the text starts with a capital.
      let separated = value.charAt(from) === ':';
      if (separated) from++;
      while (/\s/.test(value.charAt(from))) from++;
      if (!separated && /^[-–—]\s/u.test(value.slice(from)) && from > written.length) {
        separated = true;
        from++;
        while (/\s/.test(value.charAt(from))) from++;
      }
      if (!separated && !/^[\p{Lu}\d]/u.test(value.slice(from))) continue;
      if (from >= value.length) continue;
      const at = (offset: number) => ({ line: line.position.start.line, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
      const headingText = line.text.slice(0, valueFrom + written.length);
      const heading: SourceLine = { kind: 'numbered', text: headingText, number: line.number, value: value.slice(0, written.length), valueKey: normaliseKey(written), afterBlank: line.afterBlank, position: { start: line.position.start, end: at(valueFrom + written.length) } };
      const restText = value.slice(from);
      const restAt = valueFrom + from;
      const label = /^([^:]{2,80}?)\s*:\s*(.*)$/u.exec(restText);
      const labelKey = label ? normaliseKey(label[1]) : null;
      const rest: SourceLine =
        label !== null && labelKey !== null && (template.inlineLabels.has(labelKey) || template.bareLabels.has(labelKey))
          ? sliceLine(line, restAt, label[1], label[2], restAt + restText.length - label[2].length)
          : { kind: 'text', text: restText, afterBlank: false, position: { start: at(restAt), end: line.position.end } };
      return { heading, rest, sections: [section] };
    }
  }
  return null;
}

/**
 * A numbered heading of the layout that lost the line break before it (a copy that joined two
 * lines): at the end of a paragraph's last line after its sentence's end (`… kehittämishanke. 6
 * Maantieteellinen kohdealue`), or as the whole value of a field whose value was empty
 * (`Postitoimipaikka: 7 Hakemusvaiheessa ilmoitettavat arviot …`). Only a section whose heading the
 * text has nowhere else, word for word, where it can stand by the order of the headings found.
 */
function headingAfterLostBreak(line: SourceLine, template: CompiledTemplate, facts: TextFacts, next?: SourceLine): { before: SourceLine; heading: SourceLine; sections: CompiledSection[] } | null {
  // (Or, where no numbered one is, unnumbered, as a copy without numbers writes it, word for word at the line's end, with a
  // label of its section on the next line: `Vastuuviranomainen: … ympäristökeskus Hakijan perustiedot` / `Hakijan virallinen
  // nimi: …`. Audit WI of round 80: read as the value's or the text's end, unsaid.)
  const numbered = splitAtLostBreak(line, template, facts, null);
  if (numbered !== null || next === undefined || (line.kind !== 'text' && !template.inlineLabels.has(line.labelKey!))) return numbered;
  const unnumbered = unnumberedHeadingAtEnd(line, next, template, facts);
  return unnumbered === null ? null : splitAtLostBreak(line, template, facts, unnumbered);
}
function splitAtLostBreak(line: SourceLine, template: CompiledTemplate, facts: TextFacts, unnumbered: { from: number; sections: CompiledSection[] } | null): { before: SourceLine; heading: SourceLine; sections: CompiledSection[] } | null {
  let starts: number[];
  if (unnumbered !== null) starts = [];
  else if (line.kind === 'label') {
    if (!template.inlineLabels.has(line.labelKey!) || !/(?:^|\s)\d/u.test(line.value!)) return null;
    // The heading as the label's whole value, or at its end after the value's own words
    // (`Puhelinnumero: 020 610 7074 3. Projektin toteutusalue ja kohderyhmän kuvaus`).
    const valueStart = line.text.length - line.value!.length;
    starts = [valueStart];
    for (const digit of line.value!.matchAll(/\s(?=\d)/gu)) starts.push(valueStart + digit.index + 1);
  } else {
    const end = HEADING_AFTER_SENTENCE.exec(line.text);
    if (end !== null) {
      let from = end.index + 1;
      while (/\s/.test(line.text.charAt(from))) from++;
      starts = [from];
    } else {
      // (Or after a value's wrapped end, no sentence's: `ympäristökeskus 2 Hakijan perustiedot` in a
      // reflowed copy — the words after the number must be the layout's heading, word for word.)
      if (!/\s\d/u.test(line.text)) return null;
      starts = [];
      for (const digit of line.text.matchAll(/\s(?=\d)/gu)) starts.push(digit.index + 1);
    }
  }
  const lineNumber = line.position.start.line;
  // A heading runs to the line's end: a start farther from it than any heading (written with room
  // for doubled spaces) is passed over unread, so that a line of megabytes costs what its length does.
  const farthest = 4 * template.longestHeading + 64;
  // (Measured to the line's end without leader dots, asterisks or white space after the heading, which its key leaves out.)
  let end = line.text.length;
  while (end > 0 && (isLeaderMark(line.text.charCodeAt(end - 1)) || line.text.charCodeAt(end - 1) === 58)) end--;
  let from = -1;
  let written: RegExpExecArray | null = null;
  let key = '';
  let sections: CompiledSection[] = [];
  for (const start of starts) {
    if (end - start > farthest) continue;
    written = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/u.exec(line.text.slice(start));
    if (written === null) continue;
    key = normaliseKey(written[2]);
    sections = (template.sectionsByNumber.get(written[1]) ?? []).filter(
      (section) => placeable(section, lineNumber, template, facts.headingLine) && section.definition.headings.some((h) => normaliseKey(h) === key),
    );
    if (sections.length > 0) {
      from = start;
      break;
    }
  }
  // (Also glued to the value's last figures, `020 610 70743. Projektin toteutusalue …`: the section's
  // number decides; looked for only where no heading starts after a space.)
  if (from === -1 && unnumbered === null && line.kind === 'label') {
    const valueStart = line.text.length - line.value!.length;
    for (const digit of line.value!.matchAll(/\d(?=\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu})/gu)) {
      const start = valueStart + digit.index + 1;
      if (end - start > farthest) continue;
      written = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/u.exec(line.text.slice(start));
      if (written === null) continue;
      key = normaliseKey(written[2]);
      sections = (template.sectionsByNumber.get(written[1]) ?? []).filter((section) => placeable(section, lineNumber, template, facts.headingLine) && section.definition.headings.some((h) => normaliseKey(h) === key));
      if (sections.length > 0) {
        from = start;
        break;
      }
    }
  }
  if (unnumbered !== null) {
    from = unnumbered.from;
    sections = unnumbered.sections;
  }
  if (from === -1 || (unnumbered === null && written === null)) return null;
  const at = (offset: number) => ({ line: lineNumber, column: line.position.start.column + offset, offset: line.position.start.offset + offset });
  let beforeEnd = from;
  while (beforeEnd > 0 && /\s/.test(line.text.charAt(beforeEnd - 1))) beforeEnd--;
  const beforeText = line.text.slice(0, beforeEnd);
  const valueStart = line.kind === 'label' ? line.text.length - line.value!.length : 0;
  const before: SourceLine =
    line.kind === 'label'
      ? {
          kind: 'label',
          text: beforeText,
          label: line.label,
          labelKey: line.labelKey,
          value: beforeEnd > valueStart ? line.text.slice(valueStart, beforeEnd) : '',
          valuePosition: beforeEnd > valueStart ? { start: line.valuePosition!.start, end: at(beforeEnd) } : undefined,
          afterBlank: line.afterBlank,
          position: { start: line.position.start, end: at(beforeEnd) },
        }
      : { kind: 'text', text: beforeText, afterBlank: line.afterBlank, position: { start: line.position.start, end: at(beforeEnd) } };
  const heading: SourceLine = unnumbered !== null ? linePart(line, from, line.text.length) : { kind: 'numbered', text: line.text.slice(from), number: written![1], value: written![2], valueKey: key, afterBlank: false, position: { start: at(from), end: line.position.end } };
  return { before, heading, sections };
}

/**
 * A heading of a section the text has nowhere else, unnumbered, word for word at the end of a line after other words, where
 * the next line is a label of that section and the heading can stand by the order of those found: where it starts, and
 * its sections; else null.
 */
function unnumberedHeadingAtEnd(line: SourceLine, next: SourceLine, template: CompiledTemplate, facts: TextFacts): { from: number; sections: CompiledSection[] } | null {
  if (next.kind !== 'label') return null;
  const nextFields = template.inlineLabels.get(next.labelKey!) ?? template.bareLabels.get(next.labelKey!);
  if (nextFields === undefined) return null;
  const lineNumber = line.position.start.line;
  const text = line.text.replace(/[\s:]+$/u, '');
  const valueStart = line.kind === 'label' ? line.text.length - line.value!.length : 0;
  for (const field of nextFields) {
    const section = field.section;
    if (facts.headingLine[section.index] !== 0 || !placeable(section, lineNumber, template, facts.headingLine)) continue;
    for (const written of section.definition.headings) {
      const words = written.trim().split(/\s+/u).length;
      if (written.length < MIN_GLUED_HEADING_LENGTH) continue;
      let from = text.length;
      for (let k = 0; k < words && from > 0; k++) {
        from = text.lastIndexOf(' ', from - 1);
        if (from === -1) break;
      }
      if (from <= valueStart || from === -1) continue;
      if (normaliseKey(text.slice(from + 1)) === normaliseKey(written)) return { from: from + 1, sections: [section] };
    }
  }
  return null;
}
/** The fewest characters of a heading looked for at a line's end (`Hakijan perustiedot`; not a one-word heading, `Kumppanit`). */
const MIN_GLUED_HEADING_LENGTH = 12;
/** A sentence's end, then a number that may start a heading, to the line's end. */
const HEADING_AFTER_SENTENCE = lazyRegExp(() => /[.!?)](?=\s+\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?]*$)/u);

/** The token of what followed a glued heading on its line: a field of the layout, or text. */
function restToken(rest: SourceLine, template: CompiledTemplate): LineToken {
  if (rest.kind === 'label') {
    const bare = template.bareLabels.get(rest.labelKey!);
    if (bare && rest.value === '') return lineToken(BareLabel, rest, { fields: bare });
    const fields = template.inlineLabels.get(rest.labelKey!) ?? bare!;
    return lineToken(Label, rest, { fields });
  }
  return lineToken(TableRowOrText(rest), rest);
}

/** A status line with its date after it (`Hanke päättynyt 31.12.2018`, `Hanke päättynyt (31.12.2018)`). */
function datedStatus(key: string, template: CompiledTemplate): boolean {
  if (template.statusKeys.size === 0) return false;
  const dated = /^(.*?)[\s,(]+\d{1,2}\.\d{1,2}\.\d{4}\)?$/u.exec(key);
  return dated !== null && template.statusKeys.has(dated[1]);
}

/**
 * A line only the description itself writes, though short and with a figure, as a print's footer is:
 * a numbered line with a number of the layout's sections (`3 Summary of the implementation plan`, a
 * heading reworded or wrapped), a list's numbered item (`1) Kohderyhmän tavoittaminen …`), a row of the
 * register's table by one of its criteria (`Materiaalit ja jätteet 6 8`) or a page's summary bar. Such a
 * line right above a page's count is the text's, not the page's footer. Audit FA of round 70.
 */
function isLayoutsOwnLine(line: SourceLine, template: CompiledTemplate, facts: TextFacts): boolean {
  // (Only the layout's own heading, as written or by its number and a word of its heading, of a section the text
  // heads nowhere else, and without a date or a figure of a print's: `1 Hankekuvaus`, `10 Lisätietoja`, `2 Hakija`
  // in a summary below section 2, `3 Suunnitelma 12.3.2021` may as well be a print's footer, said as such.
  // Reviews RV1 and RV3 of round 70.)
  if (line.kind === 'numbered') {
    const number = line.number!.replace(/\.$/u, '');
    const at = line.position.start.line;
    const unheaded = (s: CompiledSection) => facts.headingLine[s.index] === 0 || facts.headingLine[s.index] === at;
    if (/\d/u.test(line.value ?? '')) return false;
    return (template.sectionsByHeading.get(line.valueKey ?? '') ?? []).some(unheaded) || (template.sectionsByNumber.get(number) ?? []).some((s) => unheaded(s) && sharesStem(line.value ?? '', s.definition.headings));
  }
  // (A list's item of words: `1) Tuloste 12.3.2021` with a date is a print's footer as well.)
  const mark = WORD_LIST_MARK.exec(line.text);
  if (mark !== null && !/\d/u.test(line.text.slice(mark[0].length))) return true;
  const row = template.sections.some((s) => s.definition.content === 'scoreTable') ? scoreRowParts(line.text) : null;
  return (row !== null && isLayoutCriterion(row.criterion)) || looksLikeSummaryBar(line.text, template);
}

/** A key with every dash one hyphen, no space around it: `Natura 2000 –ohjelman` is the layout's `Natura 2000 -ohjelman`. */
const dashFoldedKey = (text: string) => normaliseKey(text).replace(/\s*[\u2010-\u2015\u2212-]\s*/gu, '-');
/** The criteria of the register's table by their key, each with the category it stands under (vocabulary `scoreCriteria`). */
let layoutCriteria: Map<string, string> | null = null;
function criteriaByKey(): Map<string, string> {
  layoutCriteria ??= new Map(Object.entries(vocabulary.scoreCriteria.byCategory).flatMap(([category, names]) => names.map((name) => [dashFoldedKey(name), category] as const)));
  return layoutCriteria;
}
/** Whether a row's criterion is one of the criteria the register's table has (vocabulary `scoreCriteria`). */
export function isLayoutCriterion(criterion: string): boolean {
  return criteriaByKey().has(dashFoldedKey(criterion));
}
/** The category a criterion of the register's table stands under there, else null. */
export function layoutCategoryOf(criterion: string): string | null {
  return criteriaByKey().get(dashFoldedKey(criterion)) ?? null;
}

/** The words of a table's column header as its pattern writes them (`välitön`, `välillinen`). */
function headerWords(section: CompiledSection): string[] {
  return section.tableHeader!.source.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}

function TableRowOrText(line: SourceLine) {
  return scoreRowParts(line.text) !== null ? TableRow : Text;
}

/**
 * In a copy without blank lines a heading cannot stand alone: a heading-like line between the end
 * of a sentence and a line of text is one — unless the copy is hard-wrapped and the next line's
 * first word would not have fitted on it: then it is a sentence's first line, broken at the width.
 */
/** A line going on with a word in lower case and a space or a comma after it (`kuntien, järjestöjen …`; not a brand's name, `eTaitoja`). */
const LOWER_CASE_WORD_GOES_ON = lazyRegExp(() => /^\p{Ll}+[\s,;]/u);

function headsParagraph(lines: SourceLine[], i: number, facts: TextFacts, template: CompiledTemplate): boolean {
  // (Past a page's number or header between, `… koulutuksessa.` / `Sivu 2/5` / `10 Lisätietoja`. Audit FA of round 70.)
  const before = i > 1 && isAnywhereFurniture(lines[i - 1].text) ? lines[i - 2] : lines[i - 1];
  const after = lines[i + 1];
  if (after !== undefined && continuesWrapped(lines[i], after, facts)) return false;
  // (Nor a long line whose sentence goes on below it in lower case, in a copy too uneven to show its
  // width: a paragraph's first line wrapped, `Hankkeessa järjestetään … kuten muun` / `muassa työpajoja, …`.)
  if (after !== undefined && goesOnWrapped(lines[i], after, facts)) return false;
  const numbered = lines[i].kind === 'numbered';
  // (Nor a short line whose sentence goes on below in a word in lower case, however uneven the copy: a
  // paragraph's first line broken, `Yhteistyötä tehtiin alueen` / `kuntien, järjestöjen …`. Audit LA of round 75.)
  // (Not the layout's own heading, `Välilliset kohderyhmät` / `kunnan työntekijät.`: review RVB.)
  if (!numbered && after !== undefined && !after.afterBlank && after.kind === 'text' && LOWER_CASE_WORD_GOES_ON.test(after.text) && !/[.!?:;]$/u.test(lines[i].text) && !isHeadingLine(lines[i], template)) return false;
  const text = numbered ? lines[i].value ?? '' : lines[i].text;
  // A numbered heading past the layout's own sections may head `Label: value` lines (`10 Liitteet` /
  // `Liite 1: Reittikartta`); a numbered line of the layout's range before labels is a list in prose
  // (`2. Vaihe` / `Vuosi 2010: …`), and a plain title-like line a label's own introduction.
  // Past the layout's own sections, it may head a list of short lines too (`10 Liitteet` / `Liite 1. Kustannusarvio (pdf)`).
  const pastLayout = numbered && Number.parseInt(lines[i].number ?? '', 10) > template.lastTopNumber;
  // (A line below that goes on wrapped onto the next in lower case is a sentence's, however it ends:
  // `The project reached 214 participants, … Most` / `participants completed …`.)
  const sentenceBelow = after !== undefined && lines[i + 2] !== undefined && goesOnWrapped(after, lines[i + 2], facts);
  const opensText = after !== undefined && (after.kind === 'label' ? pastLayout : pastLayout || !isTitleLike(after.text) || sentenceBelow);
  // (Or right below a field's figure, `Toteutunut seurantatietojen mukaan: 27` / `10 Liitteet`: the
  // very next number past the layout's own, below a figure that ends a value as a full stop does.)
  const belowFigure = pastLayout && Number.parseInt(lines[i].number ?? '', 10) === template.lastTopNumber + 1 && before?.kind === 'label' && FIGURES_ONLY.test(before.value ?? '');
  return before !== undefined && (/[.!?]$/.test(before.text) || belowFigure) && opensText && /^\p{Lu}/u.test(text);
}

/** An un-numbered heading hard-wrapped onto the next line (a page's heading with its colon: `Lyhyt selostus` / `hankkeesta:`). */
function wrappedPlainHeading(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate): LineToken | null {
  if (!next || next.afterBlank || !(next.kind === 'text' || (next.kind === 'label' && next.value === ''))) return null;
  const length = line.text.length + 1 + next.text.length;
  if (length < template.phraseLengths.min || length > template.phraseLengths.max) return null;
  const sections = headingSections(template, normaliseKey(joinWrapped(line.text, next.text)), false);
  if (sections.length === 0) return null;
  const joined: SourceLine = { ...line, text: joinWrapped(line.text, next.text), key: undefined, lead: undefined, position: { start: line.position.start, end: next.position.end } };
  return lineToken(Heading, joined, { sections, extra: [next], original: line, note: 'rejoined' });
}

/** A numbered heading hard-wrapped onto the next line: together they are the heading's text. */
function wrappedHeading(line: SourceLine, next: SourceLine | undefined, template: CompiledTemplate, after?: SourceLine): LineToken | null {
  if (!next || next.afterBlank || next.kind !== 'text' || (line.value ?? '').length + 1 + next.text.length > template.longestHeading) return null;
  let join = joinWrapped;
  let sections = template.sectionsByHeading.get(normaliseKey(joinWrapped(line.value ?? '', next.text)));
  // (Or broken inside a word without a hyphen, `3.3 Välilliset kohde` / `ryhmät`: one word in lower case.)
  if (!sections && /^\p{Ll}+$/u.test(next.text) && /\p{L}$/u.test(line.text)) {
    join = (a: string, b: string) => a + b;
    sections = template.sectionsByHeading.get(normaliseKey(join(line.value ?? '', next.text)));
  }
  // (Or over three lines, in a copy wrapped narrower than the heading's half: `7 Hakemusvaiheessa
  // ilmoitettavat arviot` / `hankekohtaisista` / `seurantatiedoista`.)
  if (!sections && after !== undefined && !after.afterBlank && after.kind === 'text' && (line.value ?? '').length + next.text.length + after.text.length + 2 <= template.longestHeading) {
    const three = template.sectionsByHeading.get(normaliseKey(joinWrapped(joinWrapped(line.value ?? '', next.text), after.text)));
    if (three) {
      const joined: SourceLine = { ...line, text: joinWrapped(joinWrapped(line.text, next.text), after.text), value: joinWrapped(joinWrapped(line.value ?? '', next.text), after.text), valueKey: undefined, key: undefined, lead: undefined, position: { start: line.position.start, end: after.position.end } };
      return lineToken(Heading, joined, { sections: three, extra: [next, after], original: line, note: 'rejoined' });
    }
  }
  if (!sections) return null;
  const joined: SourceLine = { ...line, text: join(line.text, next.text), value: join(line.value ?? '', next.text), valueKey: undefined, key: undefined, lead: undefined, position: { start: line.position.start, end: next.position.end } };
  return lineToken(Heading, joined, { sections, extra: [next], original: line, note: 'rejoined' });
}

/**
 * A numbered line the layout does not know, under a heading of the layout, that is the text's own:
 * an item of a numbered list that starts at 1 (`1. Pajat vakiintuivat`, `2. Malli siirtyi …` in
 * section 9, whose numbers are lower than the section's), or a sub-heading below a prose section's
 * number (`3.1 Tavoitteet` in a summary numbered 3). A lower number alone (`4. Hankkeen tulokset`
 * in section 5), or a numbered line with `Label: value` lines below it, stays an extra section, said.
 */
function isListNumber(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): boolean {
  const line = lines[i];
  const lineNumber = line.position.start.line;
  let current: CompiledSection | null = null;
  for (const section of template.sections) {
    const at = facts.headingLine[section.index];
    if (at > 0 && at < lineNumber && (current === null || at > facts.headingLine[current.index])) current = section;
  }
  // In a copy without any heading of the layout (a flattened one), numbered lines in sequence with a
  // colon inside, `Name: detail` (`1. Järvikylän konepaja: …`, `2. Järvikylän kunta: …`), are a list:
  // no heading is so written. (Without the colon they may be the headings of a copy whose headings
  // the layout does not know, in another language or of another document: said as such.) So are
  // items in sequence on lines next to each other (`1. Peruskoulun …` / `2. Ammatillisen …`): no
  // section's heading stands right above the next one's.
  if (current === null) return !facts.headingLine.some((at, index) => at > 0 && template.sections[index].definition.number !== null) && ((line.value ?? '').includes(': ') || nextToItsNeighbour(lines, i)) && numberedInSequence(lines, i, template);
  const own = current.definition.number;
  if (own === null || own === undefined) return false;
  // Followed by `Label: value` lines of a layout, it heads fields (a second description pasted
  // below the first, of this layout or another): no list. (A text's own colon sentences, `Vuosi
  // 2008: …`, are no such labels.)
  const next = lines[i + 1];
  if (next?.kind === 'label' && (template.labelKeys.has(next.labelKey!) || builtInRegistry().templates.some((layout) => layout.labelKeys.has(next.labelKey!)))) return false;
  const number = line.number!;
  if (current.definition.content === 'prose' && number.startsWith(`${own}.`) && !template.sectionsByNumber.has(number)) return true;
  if (number.includes('.')) return false;
  const item = Number(number);
  const from = facts.headingLine[current.index];
  // (The number the section's heading is written with, where the copy renumbers its sections, a
  // technical-assistance description's `6. Loppuraportin tiivistelmä` for 9: `7. Lisätiedot` below
  // it is the next section, none the text's own.)
  let written = own;
  for (let j = i - 1; j >= 0 && lines[j].position.start.line >= from; j--) if (lines[j].position.start.line === from && lines[j].kind === 'numbered') written = lines[j].number!;
  const below = item < Number(own.split('.')[0]) && item <= Number(written.split('.')[0]);
  for (let j = i - 1; j >= 0 && lines[j].position.start.line > from; j--) {
    if (lines[j].kind !== 'numbered') continue;
    if (lines[j].number!.includes('.')) return false;
    // (Below the section's own number, a list's item after a gap, `1.`, `2.`, `4.` (one taken
    // out), or numbered anew, `1.` after `2.` (each part of the text numbered from 1), goes on
    // from a list's item as well.)
    const previous = Number(lines[j].number);
    if (previous !== item - 1 && !(below && (previous < item || item === 1) && isListNumber(lines, j, template, facts))) return false;
    // A list that goes on past the section's own number (`1.`, `2.`, `3.` under section 3): the
    // next item of a list, written in the same form as the item before it.
    return below || (markOf(lines[j].text) === markOf(line.text) && isListNumber(lines, j, template, facts));
  }
  // A number below the prose section's own, of a section whose heading stood above it (`1 TAUSTA JA
  // TOIMINNAT` in the summary, section 1 long passed): in a layout whose sections come in order,
  // the text's own sub-heading.
  if (below && template.definition.ordered && current.definition.content === 'prose' && (template.sectionsByNumber.get(number) ?? []).some((s) => facts.headingLine[s.index] > 0 && facts.headingLine[s.index] < lineNumber)) return true;
  if (!below || item !== 1) return false;
  for (let j = i + 1; j < lines.length && j <= i + LIST_ITEM_REACH; j++) {
    if (lines[j].kind === 'numbered') return lines[j].number === '2';
  }
  return false;
}

/**
 * A numbered line after the one before it in number (`2.` after `1.`, a few lines up, nothing
 * numbered between, and that one no heading of the layout), or a `1.` with its `2.` a few lines below.
 */
function numberedInSequence(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  const number = lines[i].number!;
  if (number.includes('.')) return false;
  const item = Number(number);
  for (let j = i - 1; j >= 0 && j >= i - LIST_ITEM_REACH; j--) {
    if (lines[j].kind !== 'numbered') continue;
    return Number(lines[j].number) === item - 1 && markOf(lines[j].text) === markOf(lines[i].text) && !template.sectionsByHeading.has(lines[j].valueKey ?? '');
  }
  if (item !== 1) return false;
  for (let j = i + 1; j < lines.length && j <= i + LIST_ITEM_REACH; j++) {
    if (lines[j].kind === 'numbered') return lines[j].number === '2';
  }
  return false;
}

/** A numbered line with the item before or after it in number on the line right above or below it. */
function nextToItsNeighbour(lines: SourceLine[], i: number): boolean {
  const item = Number(lines[i].number);
  const above = lines[i - 1];
  const below = lines[i + 1];
  return (above?.kind === 'numbered' && Number(above.number) === item - 1 && above.position.start.line === lines[i].position.start.line - 1)
    || (below?.kind === 'numbered' && Number(below.number) === item + 1 && below.position.start.line === lines[i].position.start.line + 1);
}

/** The mark after a numbered line's number (`.`, `)`, or none). */
function markOf(text: string): string {
  return /^\d{1,3}([.)]?)/.exec(text)?.[1] ?? '';
}

/** How many lines below a list's first item its second may stand (an item's text between them). */
const LIST_ITEM_REACH = 40;

/** `7.3` → `7`, `7` → `` (the number of the section a numbered section is under). */
function parentNumber(number: string): string {
  const dot = number.lastIndexOf('.');
  return dot === -1 ? '' : number.slice(0, dot);
}

/**
 * A numbered line as a heading: by its text first (whatever its number); else, reworded, by its
 * number, when it stands alone, shares a meaningful word with that section's heading and the
 * real heading is not in the text; else, standing alone like a heading, an extra section — unless
 * the layout's real heading with that number comes later, when it is prose (a numbered line in a
 * summary).
 */
const highestNumbers = new WeakMap<CompiledTemplate, number>();

/** The layout's highest top-level section number (9 for a description). */
function highestSectionNumber(template: CompiledTemplate): number {
  let highest = highestNumbers.get(template);
  if (highest === undefined) {
    highest = 0;
    for (const section of template.sections) if (section.definition.number !== null) highest = Math.max(highest, Number.parseInt(section.definition.number, 10) || 0);
    highestNumbers.set(template, highest);
  }
  return highest;
}

/**
 * In a copy with blank lines, a numbered line just past the layout's numbers (`10 Lisätietoja`) after a
 * blank line, with its first line right below it — or right below a sentence's end, with a blank
 * line after it: a section the layout does not know, whose heading the copy wrote without a blank
 * line on one side — not a sentence of the text before.
 */
function headsParagraphPastLayout(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  const written = line.number!.replace(/\.$/u, '');
  if (next === undefined || !/^\d{1,2}$/.test(written)) return false;
  if (facts.blankSeparated) {
    const gluedBelow = !line.afterBlank && next.afterBlank && i > 0 && SENTENCE_END.test(lines[i - 1].text);
    if (!gluedBelow && (!line.afterBlank || next.afterBlank)) return false;
  } else {
    // (In a copy without blank lines, below a sentence's end or a list's marked item: a short heading's words, no
    // sentence's, with a line below that starts as a paragraph does. Audit HB of round 71: `- uusi ohjausmalli
    // nuorille` / `10. Lisätietoja` / its text was read into 9's. Not below a line going on, `… järjestettyyn` /
    // `10. Valtakunnalliseen …`, `Hankkeen vaiheet:` / `10. Loppuseminaari 2011`: reviews RVA and RVC.)
    const words = line.value ?? '';
    // (Only in a copy with the layout's headings: in a flattened one, a numbered line is the text's own. And only
    // past the last of them, no line of a numbered list above it back to that heading (`1. Kartoitus` / `10.
    // Raportointi`, `9) Arviointi`). Review RVA of round 71.)
    if (words.length > PAST_LAYOUT_HEADING_LONGEST || /[.!?:,;]$/u.test(words) || !/^[\p{Lu}\d"”«]/u.test(next.text) || !facts.headingLine.some((at) => at > 0)) return false;
    const at = line.position.start.line;
    if (facts.headingLine.some((heading) => heading > at)) return false;
    if (i > 0 && !/[.!?]$/u.test(lines[i - 1].text) && !opensWithListMarker(lines[i - 1].text)) return false;
    for (let k = i - 1; k >= 0; k--) {
      const above = lines[k];
      if (facts.headingLine.includes(above.position.start.line)) break;
      if (NUMBERED_ITEM.test(above.text)) return false;
    }
  }
  const highest = highestSectionNumber(template);
  const number = Number(written);
  // (The next number only: `12 Nuorta työllistyi …` after a 9th section is a figure of the text.)
  if (highest <= 0 || number !== highest + 1) return false;
  // A list of the text that counts up to it (`9 Arviointi` … `10 Kustannukset`): an item, not a section.
  for (let k = i - 1; k >= 0 && k >= i - 400; k--) {
    const before = lines[k];
    if (before.kind === 'numbered' && before.valueKey !== undefined && before.valueKey !== null && template.sectionsByHeading.has(before.valueKey)) break;
    if (before.kind === 'numbered' && before.number !== undefined && Number.parseInt(before.number, 10) === number - 1) return false;
  }
  return true;
}

/** A numbered list's item at a line's start (`1. Kartoitus`, `9) Arviointi`). */
const NUMBERED_ITEM = lazyRegExp(() => /^\d{1,2}[.)]\s/u);
/** The longest words of a heading past the layout's last section, in a copy without blank lines. */
const PAST_LAYOUT_HEADING_LONGEST = 60;

/** A value of figures alone (an amount, a count), perhaps with its unit: `748 600`, `12 000 €`. */
const FIGURES_ONLY = lazyRegExp(() => /^\d[\d\s.,\u00a0\u202f]*(?:\s*(?:€|e|eur|euroa|euros|%))?$/iu);

/**
 * In a copy without blank lines, a numbered line with `Label: figures` lines right below it, whose
 * number is past the one after the open section's (`5 Public funding of the project, euros` / `Granted EU and state
 * funding: 748 600` after the summary of an English rendering): a section's heading the layout does
 * not know in these words, not a line of the open section's text.
 */
function headsFieldsPastOpenSection(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): boolean {
  const line = lines[i];
  if (facts.blankSeparated || !/^\d{1,2}$/.test(line.number!)) return false;
  const first = lines[i + 1];
  const second = lines[i + 2];
  // (Figures as their values, as a section of figures has them: a list's item in a text may have
  // labels of its own, `4 Jatkopolut` / `Kesto: 6 kk`, with words.)
  if (first?.kind !== 'label' || second?.kind !== 'label' || !FIGURES_ONLY.test(first.value ?? '') || !FIGURES_ONLY.test(second.value ?? '')) return false;
  const lineNumber = line.position.start.line;
  let open = 0;
  for (const section of template.sections) {
    const at = facts.headingLine[section.index];
    if (at > 0 && at < lineNumber) open = Math.max(open, Number.parseInt(section.definition.number ?? '0', 10) || 0);
  }
  // (Past the next number: `4 Jatkopolut` / `Henkilöstökulut: 120 000` after a summary numbered 3 is
  // as likely a list's item of the summary as the heading of a section 4 the copy lacks.)
  return open > 0 && Number(line.number) > open + 1;
}

/**
 * In a copy with blank lines, a numbered line after a blank line with its first line right below it,
 * whose number is a section's that has no heading in the text and whose words share one of that
 * heading's (`3.3 Välilliset kohderyhmät (hyödynsaajat)` / its text): that section, reworded or
 * annotated, written without a blank line after it — not a line of the text before.
 */
function rewordedHeadsParagraph(lines: SourceLine[], i: number, key: string, template: CompiledTemplate, facts: TextFacts): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  // (A next line in lower case is the heading's own end, hard-wrapped: read as such elsewhere.)
  if (!facts.blankSeparated || !line.afterBlank || next === undefined || next.afterBlank || (line.value ?? '').length > 80 || /[.!?:]$/u.test(line.value ?? '') || /^\p{Ll}/u.test(next.text)) return false;
  const sections = template.sectionsByNumber.get(line.number!);
  return sections !== undefined && sections.some((s) => facts.headingLine[s.index] === 0 && sharesStem(key, s.definition.headings));
}

/**
 * In a copy without blank lines, a numbered line right below a field (of the layout, or any label with its value), with text below
 * it, whose number is a section's that has no heading in the text and whose words share one of that
 * heading's (`Number of applicants …: …` / `3 Summary of the implementation plan` / its text): that
 * section, reworded — a field's value is no sentence that could end before a list's item.
 */
function rewordedAfterField(lines: SourceLine[], i: number, key: string, template: CompiledTemplate, facts: TextFacts): boolean {
  const line = lines[i];
  const before = lines[i - 1];
  const next = lines[i + 1];
  // (A label the layout does not have, with its value, `Faksi: 03 123 456`, is as much a field.)
  if (facts.blankSeparated || before === undefined || next === undefined || before.kind !== 'label' || (!template.inlineLabels.has(before.labelKey!) && (before.value ?? '') === '')) return false;
  if ((line.value ?? '').length > 80 || /[.!?:,;]$/u.test(line.value ?? '') || /^\p{Ll}/u.test(next.text)) return false;
  const sections = template.sectionsByNumber.get(line.number!);
  return sections !== undefined && sections.some((s) => facts.headingLine[s.index] === 0 && sharesStem(key, s.definition.headings));
}

/**
 * In a copy without blank lines that has the layout's headings, a numbered line right below a
 * field of the layout, with text below it, whose top-level number is the one after the last heading
 * above and no heading of the layout's has (`2. Projektin toteuttaja` … `Puhelinnumero: 0295 …` /
 * `3. Projektin tavoitteet ja toimenpiteet` / its text): a heading the layout does not know — with
 * blank lines it stands apart as one; a list's item does not follow a field's value.
 */
function nextNumberAfterField(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): boolean {
  const line = lines[i];
  const before = lines[i - 1];
  const next = lines[i + 1];
  if (facts.blankSeparated || before === undefined || next === undefined || before.kind !== 'label' || (before.value ?? '') === '' || !template.inlineLabels.has(before.labelKey!)) return false;
  const number = line.number!.replace(/\.$/u, '');
  if (!/^\d{1,2}$/u.test(number) || (line.value ?? '').length > 80 || /[.!?:,;]$/u.test(line.value ?? '') || !/^\p{Lu}/u.test(next.text)) return false;
  const at = line.position.start.line;
  let above = 0;
  for (const section of template.sections) {
    const headed = facts.headingLine[section.index];
    if (headed > 0 && headed < at && section.definition.number !== null) above = Math.max(above, Number.parseInt(section.definition.number, 10));
  }
  return above > 0 && Number(number) === above + 1 && (template.sectionsByNumber.get(number) ?? []).every((s) => facts.headingLine[s.index] === 0);
}

/**
 * Whether numbered line `i` is the text's last, right below a sentence's end, with a number of the
 * layout's (`… nurses.` / `4 Target groups of the project` in a copy without blank lines): a heading
 * with nothing below it, where the copy stops — not the sentence's going on.
 */
function endsTextBelowSentence(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  // (Not the start of a heading of the layout's, `4 Hank`: that heading cut, said where the copy's
  // cut is; nor a list's item below items numbered and ending as sentences, `2. Laaditaan
  // koulutusohjelma.` / `4. Hankkeen kohderyhmät kootaan kunnista`.)
  if (i !== lines.length - 1 || i === 0 || lines[i].afterBlank || !/[.!?]$/u.test(lines[i - 1].text) || !template.sectionsByNumber.has(lines[i].number!)) return false;
  for (let j = i - 1; j >= 0 && j >= i - LIST_ITEM_REACH; j--) if (lines[j].kind === 'numbered' && /[.!?]$/u.test(lines[j].text) && !template.sectionsByHeading.has(lines[j].valueKey ?? '')) return false;
  return headingStartedBy(template, lines[i].value ?? '', null) === null;
}

/**
 * Whether, in a copy with no other heading of the layout (a flattened one), a label of the section a
 * numbered heading line names, or of a later one, stands above it (`Kunnat: …` above `3.1
 * Maantieteellinen kohdealue` quoted in the summary): the line is the text's, not where that section opens.
 */
function labelOfSectionAbove(lines: SourceLine[], i: number, sections: readonly CompiledSection[], template: CompiledTemplate, facts?: TextFacts): boolean {
  const at = lines[i].position.start.line;
  if (facts !== undefined && facts.headingLine.some((line) => line > 0 && line !== at)) return false;
  const first = Math.min(...sections.map((section) => section.index));
  // (A label only when none of its fields is in a section before: `Jakeluosoite` of section 2 and of
  // 6's address, `Suunniteltu` of 3.4 and 4.1, may stand above the later one's heading.)
  for (let j = 0; j < i; j++) {
    const line = lines[j];
    const fields = line.kind === 'label' ? template.inlineLabels.get(line.labelKey!) : undefined;
    if (fields !== undefined && fields.every((field) => field.section.index >= first)) return true;
  }
  return false;
}

/**
 * Whether the numbered line at `i` is an item of a numbered list: the number before it on the line above or
 * the number after it on the line below, written alike (`1. …` / `2. …`), no blank line between, and its words
 * no heading's of the layout's section of its number (`3. Seuranta` / `4 Kohderyhmät` is the list's end and a
 * heading reworded; `9. Tuotos 9` / blank / `10 Liitteet` an extra section: review RVB of round 75).
 */
function inNumberedRun(lines: SourceLine[], i: number, template: CompiledTemplate): boolean {
  const line = lines[i];
  const own = Number.parseInt(line.number ?? '', 10);
  const formOf = (numbered: SourceLine) => numbered.text.charAt(numbered.text.indexOf(numbered.number!) + numbered.number!.length);
  const beside = (other: SourceLine | undefined, number: number, below: SourceLine) => other !== undefined && other.kind === 'numbered' && !below.afterBlank && Number.parseInt(other.number ?? '', 10) === number && formOf(other) === formOf(line);
  if (!beside(lines[i - 1], own - 1, line) && !beside(lines[i + 1], own + 1, lines[i + 1] ?? line)) return false;
  const sections = template.sectionsByNumber.get(String(own)) ?? [];
  return !sections.some((section) => sharesStem(line.value ?? '', section.definition.headings));
}

function numberedHeading(lines: SourceLine[], i: number, template: CompiledTemplate, facts: TextFacts): LineToken | null {
  const line = lines[i];
  const key = line.valueKey;
  if (key === null || key === undefined) return null;
  const byText = template.sectionsByHeading.get(key);
  if (byText && !(template.definition.ordered && labelOfSectionAbove(lines, i, byText, template, facts))) return lineToken(Heading, line, { sections: byText });
  if (byText) return null;
  // (Right below its parent's heading, `4 Hankkeen kohderyhmät` / `4.1 Varsinainen kohderyhmä`, in a
  // copy without blank lines too: the parent's first subsection's heading, not its text.)
  // (A few words only, none of another subsection's own: `4.1 Hankkeen välilliset kohderyhmät` names
  // 4.2, `4.1 Hankkeen kohderyhmät ovat …` is a sentence.)
  const underParent =
    i > 0 &&
    line.number!.includes('.') &&
    (line.value ?? '').split(/\s+/u).length <= 5 &&
    (template.sectionsByHeading.get(headingKey(lines[i - 1], template) ?? '') ?? []).some((s) => s.definition.number === parentNumber(line.number!) && s.definition.content !== 'prose') &&
    !namesAnotherSubsection(key, line.number!, template);
  const headsText = underParent || standsAlone(lines, i) || (!facts.blankSeparated && headsParagraph(lines, i, facts, template)) || headsParagraphPastLayout(lines, i, template, facts) || rewordedHeadsParagraph(lines, i, key, template, facts) || rewordedAfterField(lines, i, key, template, facts) || headsFieldsPastOpenSection(lines, i, template, facts) || nextNumberAfterField(lines, i, template, facts);
  const alone = (headsText || endsTextBelowSentence(lines, i, template)) && isTitleLike(line.value ?? '') && /^\p{Lu}/u.test(line.value ?? '');
  if (!alone) return null;
  // (A line of a numbered list, the next or the last number beside it, no heading of the layout by its words,
  // is the text's list: `1. Valmennus` / `2. Työkokeilu`, in a copy without blank lines too. Audit LA of round 75.)
  if (inNumberedRun(lines, i, template)) return null;
  // At the text's end with nothing below it, a heading the layout does not know, said and kept in
  // unmapped: its words may as well be the text's last sentence (`6. Tiedotus hoidetaan verkossa`),
  // no section of the layout's reworded.
  if (!headsText) return lineToken(UnknownHeading, line);
  const byNumber: CompiledSection[] = template.sectionsByNumber.get(line.number!) ?? [];
  const lineNumber = line.position.start.line;
  const realLater = byNumber.some((s) => facts.headingLine[s.index] > lineNumber);
  if (realLater) return null;
  // Right below a prose section's heading, the first line of its text (`3 Suunnitelman mukainen
  // tiivistelmä toteutuksesta` / `4.1 Hankkeen julkinen tiivistelmä (…)`, as a real page writes its
  // summary) is the text's own sub-heading, unless its number is the very next section's.
  const above = i > 0 ? template.sectionsByHeading.get(headingKey(lines[i - 1], template) ?? '') : undefined;
  if (above !== undefined && above.some((s) => s.definition.content === 'prose' && !byNumber.some((b) => b.index === s.index + 1))) return null;
  // Matched by its number and a word of its heading, it is that section reworded, unless a real
  // heading of a section before it stands further down (`9. Loppuraportointi` in the summary of a
  // copy without section 9, with 4–8 still to come): a heading cannot come before those.
  const beforeLater = (section: CompiledSection) => template.sections.some((t) => t.index < section.index && facts.headingLine[t.index] > lineNumber);
  const reworded = byNumber.filter((s) => facts.headingLine[s.index] === 0 && sharesStem(key, s.definition.headings) && !beforeLater(s));
  // Said as a warning only where another measure's figures would fill the section's (indicators).
  const measures = reworded.some((s) => s.definition.content === 'fields' && s.definition.fields.some((f) => f.type === 'indicator'));
  if (reworded.length > 0) {
    // Free text above it does not open the section by text (as above an unknown numbered heading,
    // below) — unless it is a list's next item (`1. Suunnitelman laatiminen`, `2. Pilotointi`, `3.
    // Toteutuksen arviointi` in a summary whose heading is missing).
    if (facts.headingLine.some((at) => at > 0) && !numberedInSequence(lines, i, template)) {
      const at = (facts.unmatchedNumberedLine ??= new Int32Array(template.sections.length));
      for (const section of reworded) if (at[section.index] === 0) at[section.index] = lineNumber;
    }
    return lineToken(Heading, line, { sections: reworded, variant: measures && hasOwnStems(key, reworded) ? 'renamed' : 'reworded' });
  }
  // Renamed altogether, but with the section's own labels right below it (`3.4 Osallistujat` /
  // `Suunniteltu: 80`): that section, said, since its words may name another measure.
  const next = lines[i + 1];
  const renamed = next?.kind === 'label' ? byNumber.filter((s) => facts.headingLine[s.index] === 0 && !beforeLater(s) && (template.inlineLabels.get(next.labelKey!) ?? []).some((f) => f.section === s)) : [];
  if (renamed.length > 0) return lineToken(Heading, line, { sections: renamed, variant: 'renamed' });
  // A sub-heading the layout does not know, followed by labels of the layout (`2.1 Yhteyshenkilö`
  // before `Vastuuhenkilön nimi:`; a two-column copy's value `10.1. …` between labels): the
  // sections of those labels keep it inside. Not a subsection the layout does not have beside
  // theirs (`7.3` after 7.1 and 7.2, with their labels): a section of its own, whose labels must not
  // fill 7.2's places. (A top-level number between labels is a value: `Toimintalinja:` / `9. REACT-EU …`.)
  // Only in a copy with headings of the layout: in a flattened one a numbered line is the text's own.
  if (byNumber.length > 0 && facts.headingLine.some((at) => at > 0)) {
    const at = (facts.unmatchedNumberedLine ??= new Int32Array(template.sections.length));
    for (const section of byNumber) if (at[section.index] === 0) at[section.index] = lineNumber;
  }
  if (isListNumber(lines, i, template, facts)) return null;
  const parent = parentNumber(line.number!);
  const under = next?.kind === 'label' ? template.inlineLabels.get(next.labelKey!)?.filter((f) => {
    const own = f.section.definition.number;
    return own === null || parent === '' || parentNumber(own) !== parent;
  }) : undefined;
  return lineToken(UnknownHeading, line, under?.length ? { sections: [...new Set(under.map((f) => f.section))] } : undefined);
}
