/**
 * Normalisers: one field value in, a typed value out — or a named problem. They are pure and know
 * Finnish only through `grammar/vocabulary.json`.
 *
 * A result is one of:
 * - `{ value }`: read as written, or from the layout's own form (`(at)` in an e-mail address, `1 030 258`).
 * - `{ value, notes }`: read from an unusual form (`22295006`, `(AT)`, `694.522`); each note is an `info`
 *   with rule `normalised-value` saying what was changed from what. The message does not name the field:
 *   the caller prefixes the label, as it does for problems.
 * - `{ value, warnings }`: the value was read but something about it needs saying. Mostly part of it was
 *   read and part could not be (a period whose end date is cut off, an indicator whose women clause is not
 *   one): the unread part is `null` in the value and each warning (rule as for an unreadable value) says
 *   which part and why. Throwing the readable part away would lose data; keeping it without a word would
 *   hide the rest. A warning is reported at severity `warning` unless it carries `severity: 'error'`: the
 *   unread part was there and is wrong in itself (an impossible calendar date such as `31.2.2009`), which
 *   is as serious as it was when the whole value was dropped for it.
 * - `{ value: null, problem }`: nothing could be read.
 * Notes and warnings may come together. An `error` is never the normaliser's to give: a value read into
 * its shape but wrong in itself (a Y-tunnus whose check digit fails) is for the rules to judge.
 */
import { isListMarkerCode, normaliseKey, vocabulary, WORD_LIST_MARK } from '../grammar/index.js';
import { PhraseStarts } from '../key.js';
import { isMunicipalityName } from '../derive/area-codes.js';
import type { Position } from '../types.js';
import { lazyRegExp } from '../lazy-regexp.js';

export interface Problem {
  rule: string;
  message: string;
  /** Only on an entry of `warnings`: `error` when the unread part is wrong in itself. */
  severity?: 'error';
}

export type Normalised<T> =
  // (`unread`: words of the value left out of it and said by a warning, `b(at)x.fi` after the address
  // read: the mapper keeps the value as written in unmapped, so that nothing is lost.)
  | { value: T; problem?: undefined; notes?: Problem[]; warnings?: Problem[]; unread?: string }
  | { value: null; problem: Problem; notes?: undefined; warnings?: undefined; unread?: undefined };

export const NORMALISED_VALUE = 'normalised-value';

const ok = <T>(value: T): Normalised<T> => ({ value });
const fail = (rule: string, message: string): Normalised<never> => ({ value: null, problem: { rule, message } });
const note = (message: string): Problem => ({ rule: NORMALISED_VALUE, message });

/** `{ value }` with only the non-empty lists of notes and warnings, so plain results stay `{ value }`. */
function withNotes<T>(value: T, notes: Problem[] = [], warnings: Problem[] = []): Normalised<T> {
  const result: { value: T; notes?: Problem[]; warnings?: Problem[] } = { value };
  if (notes.length > 0) result.notes = notes;
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}

const keySet = (words: string[]) => new Set(words.map(normaliseKey));
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page's EURA id that is a project's code (`S21234`, `S 21234`), perhaps with its fund after it (`S21234 (ESR)`, `S21234 ESR`). */
export const EURA_CODE = lazyRegExp(() => /^[SA]\s?\d{5}(?:\s*\(?\s*(?:ESR|EAKR)\s*\)?)?\.?$/iu);

/**
 * A page's title with its site's name after a dash or a bar (`Työkykyä yhdessä - Rakennerahastot`):
 * the browser tab's title, as a print header or a reader view gives it (`printTitleSites`).
 */
export const PRINT_TITLE_SITE = lazyRegExp(() => new RegExp(`\\S\\s[-–—|]\\s(?:${vocabulary.pageFurniture.printTitleSites.map(escapeRegExp).map((site) => site.replace(/ /g, '\\s*')).join('|')})$`, 'iu'));

/** A page title without the site's name after it (`Askel arkeen - Rakennerahastot` → `Askel arkeen`), or null when it has none. */
export function withoutSiteName(title: string): string | null {
  const found = PRINT_TITLE_SITE.exec(title);
  return found === null ? null : title.slice(0, found.index + 1);
}
const placeholderKeys = keySet(vocabulary.placeholders);
const placeholderStarts = new PhraseStarts(placeholderKeys);
const yesKeys = keySet(vocabulary.yes);
const noKeys = keySet(vocabulary.no);
const endedKeys = keySet([...vocabulary.status.ended, ...vocabulary.statusEnglish.ended]);
const ongoingKeys = keySet([...vocabulary.status.ongoing, ...vocabulary.statusEnglish.ongoing]);
const nationwideKeys = keySet(vocabulary.nationwide);
const periodPatterns = (vocabulary.period.patterns ?? [vocabulary.period.pattern]).map((p) => lazyRegExp(() => new RegExp(p, 'iu')));
const periodVariantPatterns = vocabulary.period.variantPatterns.map((p) => lazyRegExp(() => new RegExp(p, 'iu')));
const periodStartOnlyPatterns = vocabulary.period.startOnlyPatterns.map((p) => lazyRegExp(() => new RegExp(p, 'iu')));
/** A word in a case that narrows the women's group, not one of the neutral words (vocabulary `indicator.narrowingCaseFormDescription`). */
const withNarrowingCaseForm = (pattern: string) => pattern.replaceAll('{narrowingCaseForm}', `(?!(?:${vocabulary.indicator.neutralWords.map(escapeRegExp).join('|')})(?![\\p{L}]))\\p{L}+(?:ss|st|ll|lt|[ie]n)[aä](?![\\p{L}])`);
const womenClausePattern = lazyRegExp(() => new RegExp(withNarrowingCaseForm(vocabulary.indicator.womenClausePattern), 'iu'));
const womenOnlyPattern = lazyRegExp(() => new RegExp(withNarrowingCaseForm(vocabulary.indicator.womenOnlyPattern), 'iu'));
/** The women's figure before their word (`joista 60 naisia`). */
const womenFigureFirstPattern = lazyRegExp(() => new RegExp(vocabulary.indicator.womenFigureFirstPattern, 'iu'));
const ofWomenPattern = lazyRegExp(() => new RegExp(vocabulary.indicator.ofWomenPattern, 'iu'));
const ofMenPattern = lazyRegExp(() => new RegExp(vocabulary.indicator.ofMenPattern, 'iu'));
const programmeAxisPattern = lazyRegExp(() => new RegExp(vocabulary.priorityAxis.programmePattern, 'iu'));
const conjunctionWords = new Set(vocabulary.listConjunctions.map((word) => word.toLowerCase()));
const bracketTags = new Set(vocabulary.priorityAxis.bracketTags.map((tag) => tag.toLowerCase()));
const fundByName = new Map<string, 'ESR' | 'EAKR'>([...vocabulary.fundNames.ESR.map((name) => [name.toLowerCase(), 'ESR'] as const), ...vocabulary.fundNames.EAKR.map((name) => [name.toLowerCase(), 'EAKR'] as const)]);

/** The fund the brackets after an axis name (`ESR`, `ESR, REACT-EU`, `Euroopan sosiaalirahasto`): all of them, or their first word. */
/** The funds a bracket's words name (`ESR/EAKR`: both). */
export function fundsOfBracket(bracket: string): Set<'ESR' | 'EAKR'> {
  const funds = new Set<'ESR' | 'EAKR'>();
  for (const word of bracket.trim().toLowerCase().split(/[\s,;/]+/u)) {
    const fund = fundByName.get(word);
    if (fund !== undefined) funds.add(fund);
  }
  return funds;
}

export function fundOfBracket(bracket: string): 'ESR' | 'EAKR' | null {
  const text = bracket.trim().toLowerCase();
  return fundByName.get(text) ?? fundByName.get(text.split(/[\s,;/]+/u)[0]) ?? null;
}
const prefixedAxisPattern = lazyRegExp(() => new RegExp(vocabulary.priorityAxis.prefixPattern, 'iu'));
const amountUnitPrefix = lazyRegExp(() => new RegExp(`^(?:${vocabulary.amountUnits.map(escapeRegExp).join('|')})\\s*`, 'iu'));
const amountUnitPattern = lazyRegExp(() => new RegExp(`\\s*(?:${vocabulary.amountUnits.map(escapeRegExp).join('|')})\\.?$`, 'iu'));
const emptyMarkerKeys = new Set(vocabulary.emptyMarkers.map((m) => normaliseKey(m) || m));
const EMPTY_MARKER_MAX = Math.max(...vocabulary.emptyMarkers.map((m) => m.length)) + 4;
const emptyMarkerStarts = new Set(vocabulary.emptyMarkers.flatMap((m) => [m.toLowerCase().charCodeAt(0), m.toUpperCase().charCodeAt(0)]));
const conjunctionPattern = lazyRegExp(() => new RegExp(`\\s+(?:${vocabulary.listConjunctions.map(escapeRegExp).join('|')})\\s+`, 'iu'));
const qualifierKeys = new Set(vocabulary.municipalityQualifiers.words.map((w) => w.toLowerCase()));

/** Placeholders and nationwide phrases are a few words: longer texts are not normalised at all. */
const MAX_PHRASE_LENGTH = 60;
const placeholderLengths = vocabulary.placeholders.map((p) => p.length);
const PLACEHOLDER_MIN = Math.min(...placeholderLengths) - 2;
/** The longest text read as a placeholder. */
export const PLACEHOLDER_MAX = Math.max(...placeholderLengths) + 4;

/** A letter's lower-case code (Latin-1 letters), any other character's own. */
export function lowerCode(code: number): number {
  return (code >= 65 && code <= 90) || (code >= 192 && code <= 222 && code !== 215) ? code | 0x20 : code;
}
/** The draft placeholders' patterns by the start (one or two characters, lower case) of the values they match, and those of any start. */
const draftPlaceholderByStart = new Map<number, RegExp>();
const startKey = (start: string) => (start.length === 1 ? start.charCodeAt(0) : start.charCodeAt(0) * 65536 + start.charCodeAt(1));
const draftPlaceholderAnyStart = lazyRegExp(() => new RegExp(vocabulary.draftPlaceholders.patterns.filter((p) => p.starts.includes('*')).map((p) => `(?:${p.pattern})`).join('|'), 'iu'));
for (const start of new Set(vocabulary.draftPlaceholders.patterns.flatMap((p) => p.starts.filter((s) => s !== '*').map((s) => s.toLowerCase())))) {
  const patterns = vocabulary.draftPlaceholders.patterns.filter((p) => p.starts.some((s) => s.toLowerCase() === start));
  draftPlaceholderByStart.set(startKey(start), lazyRegExp(() => new RegExp(patterns.map((p) => `(?:${p.pattern})`).join('|'), 'iu')));
}
/** The parts (as written or in capitals) a value must hold for the patterns of any start to be tried, as one expression: one scan of the value. */
const draftPlaceholderContains = lazyRegExp(() => new RegExp(vocabulary.draftPlaceholders.contains.flatMap((part) => [part, part.toUpperCase()]).map(escapeRegExp).join('|'), 'u'));
const uncertainPlaceholder = lazyRegExp(() => new RegExp(vocabulary.draftPlaceholders.patterns.filter((p) => 'uncertain' in p && p.uncertain).map((p) => `(?:${p.pattern})`).join('|'), 'iu'));
const certainPlaceholder = lazyRegExp(() => new RegExp(vocabulary.draftPlaceholders.patterns.filter((p) => !('uncertain' in p && p.uncertain)).map((p) => `(?:${p.pattern})`).join('|'), 'iu'));

/**
 * Whether a value {@link isDraftPlaceholder} finds is one that may as well be real (`XXX-akatemia`,
 * `Kuva tarkentuu`): only uncertain patterns find it (`Nimi puuttuu` is found by a certain one too).
 */
export function isUncertainPlaceholder(value: string): boolean {
  const start = value.length > DRAFT_PLACEHOLDER_SPAN ? value.slice(0, DRAFT_PLACEHOLDER_SPAN) : value;
  return uncertainPlaceholder.test(start) && !certainPlaceholder.test(start);
}
const draftPlaceholderInList = lazyRegExp(() => new RegExp(vocabulary.draftPlaceholders.inList, 'iu'));
/** How much of a long value (a section's text) is looked at for a draft's placeholder. */
const DRAFT_PLACEHOLDER_SPAN = 300;
/** The longest value the draft placeholders of any start (`*`) can match. */
const ANY_START_SPAN = 110;

/**
 * What a layout's template leaves in a draft where a value should be written (`[Hankkeen nimi]`,
 * `Kirjoita tähän …`, `Lorem ipsum`, `0000000-0`, `etunimi.sukunimi@…`): see `draftPlaceholders`
 * in grammar/vocabulary.json. Unlike `Kesken.`, which the register publishes, a description that
 * still has one is not finished.
 */
export function isDraftPlaceholder(value: string): boolean {
  if (value.length === 0) return false;
  const first = lowerCode(value.charCodeAt(0));
  const byTwo = draftPlaceholderByStart.get(first * 65536 + lowerCode(value.charCodeAt(1)));
  const byOne = draftPlaceholderByStart.get(first);
  // The patterns of any start match short values only (a name, a code, an address): a long one is not tried.
  const anyStart = value.length <= ANY_START_SPAN && draftPlaceholderContains.test(value);
  if (byTwo === undefined && byOne === undefined && !anyStart) return false;
  const start = value.length > DRAFT_PLACEHOLDER_SPAN ? value.slice(0, DRAFT_PLACEHOLDER_SPAN) : value;
  return byTwo?.test(start) === true || byOne?.test(start) === true || (anyStart && draftPlaceholderAnyStart.test(start));
}

/** Whether a list's value may hold an item that is a draft's placeholder (its items are tried only then). */
export function mayHoldDraftPlaceholder(value: string): boolean {
  // (A long list is names: a draft's list of placeholders is short.)
  return value.length <= DRAFT_PLACEHOLDER_SPAN && draftPlaceholderInList.test(value);
}

/**
 * A value wrapped whole in one pair of quotes (`"…"`, `”…”`, `“…”`, `„…“`, `«…»`, `»…»`, `'…'`, `’…’`, `‘…’`), none
 * of its closing kind inside: the value within them, else null.
 */
export function withoutWholeQuotes(value: string): string | null {
  const text = value.trim();
  if (text.length < 3) return null;
  const close = QUOTE_PAIRS.get(text[0]);
  if (close === undefined || !close.includes(text[text.length - 1])) return null;
  const inner = text.slice(1, -1);
  if ([...close, text[0]].some((quote) => inner.includes(quote)) || inner.trim() === '') return null;
  return inner.trim();
}
const QUOTE_PAIRS = new Map([['"', '"'], ['”', '”'], ['“', '”“'], ['„', '“”'], ['«', '»'], ['»', '»«'], ["'", "'"], ['’', '’'], ['‘', '’']]);

/** A line of prose, not a value: five words or more, three of them in lower case, and no Y-tunnus. */
export function readsAsSentence(text: string): boolean {
  const words = text.split(/\s+/u);
  let lower = 0;
  for (const word of words) if (/^\p{Ll}\p{L}{2,}/u.test(word)) lower++;
  return words.length >= 5 && lower >= 3 && !/\d{7}\s*[-\u2010-\u2015]\s*\d/u.test(text);
}

export function isPlaceholder(value: string): boolean {
  return value.length >= PLACEHOLDER_MIN && value.length <= PLACEHOLDER_MAX && placeholderStarts.admits(value) && placeholderKeys.has(normaliseKey(value));
}

/**
 * `-`, `–`, `ei ole` (none) written where a text field's value would be: the field is empty. Only for
 * free-text fields (names, websites, phone numbers): `Ei` alone is not a marker, since it is a valid
 * answer of yes/no fields and of texts such as `Innovatiivisuus: Ei`. A whole sentence saying there is
 * no value (`Projektilla ei ollut internet-osoitetta.`) is not recognised: it is kept as written, and
 * the field's own check (e.g. {@link parseWebsites}) reports that it is not a value of the field.
 */
export function isEmptyMarker(value: string): boolean {
  if (value.length > EMPTY_MARKER_MAX) return false;
  // Only a value that starts as some marker does is looked up: most are not.
  let first = 0;
  while (first < value.length && value.charCodeAt(first) <= 32) first++;
  if (!emptyMarkerStarts.has(value.charCodeAt(first))) return false;
  // A marker of marks only (`...`, `?`) has no key: it is looked up as written.
  return emptyMarkerKeys.has(normaliseKey(value) || value.trim());
}

const nationwideStarts = vocabulary.nationwideStarts.map((pattern) => lazyRegExp(() => new RegExp(pattern, 'iu')));

/**
 * An item of a list of names that names the whole country: a phrase of `nationwide`, or one that
 * starts as `nationwideStarts` say (`Kaikki Manner-Suomen maakunnat`, `Kaikki 18 maakuntaa`).
 */
export function namesWholeCountry(item: string): boolean {
  if (isNationwidePhrase(item)) return true;
  if (!nationwideStarts.some((start) => start.test(item))) return false;
  // (Not with a part of the country taken out, `… paitsi Uusimaa`, `… Uuttamaata lukuun ottamatta`,
  // other than Åland; nor fewer regions than the mainland's, `Kaikki 5 maakuntaa`.)
  if (NATIONWIDE_EXCEPTION.test(item)) {
    const start = nationwideStarts.find((pattern) => pattern.test(item))!.exec(item)![0];
    const rest = item.slice(item.indexOf(start) + start.length).replace(NATIONWIDE_EXCEPTIONS, ' ');
    if (rest.split(/[\s,;]+/u).some((word) => word !== '' && !nationwideAllowed.has(word.toLowerCase().replace(/[.,]$/u, '')))) return false;
  }
  // (Nor with words after the phrase that narrow it, `Kaikki maakunnat Itä-Suomen suuralueella`, `Koko maan alueen harvaan
  // asutut maakunnat`: only a word the vocabulary allows there may follow, `hanke`, `verkosto`. Audit WK of round 80:
  // read as the whole country, an info only.)
  const start = nationwideStarts.find((pattern) => pattern.test(item))!.exec(item)![0];
  const after = item.slice(item.indexOf(start) + start.length).replace(/^\p{L}*/u, '').replace(NATIONWIDE_EXCEPTIONS, ' ');
  // (Right after the phrase, the vocabulary's words and years only; after a dash, a slash, a colon, a comma or a bracket, a
  // remark, which narrows the phrase only by a place written in a case of where (`– Itä-Suomessa`, `/ Lapissa`):
  // `Koko maan alue – valtakunnallinen osio`, `… / samtliga landskap`. Reviews RVA, RVC.)
  const remarkAt = after.search(NATIONWIDE_REMARK);
  const direct = remarkAt === -1 ? after : after.slice(0, remarkAt);
  const remark = remarkAt === -1 ? '' : after.slice(remarkAt);
  if (direct.split(/[\s.-]+/u).some((word) => word !== '' && !/^\d+$/u.test(word) && !nationwideAllowed.has(word.toLowerCase()) && !nationwideFollowers.has(word.toLowerCase()))) return false;
  if (PLACE_WHERE.test(remark)) return false;
  const count = REGION_COUNT.exec(item);
  return count === null || Number(count[1]) >= vocabulary.nationwideExceptions.mainlandRegions;
}
const nationwideFollowers = new Set(vocabulary.nationwideFollowers.words);
/** Where a remark after a nationwide phrase starts: a dash, a slash, a colon, a comma or a bracket. */
const NATIONWIDE_REMARK = lazyRegExp(() => /[,;:(/\u2013\u2014]|\s-\s/u);
/** A place's name in a case of where, capitalised (`Itä-Suomessa`, `Lapissa`, `Uudellamaalla`, `Pohjois-Suomesta`). */
const PLACE_WHERE = lazyRegExp(() => /(?<![\p{L}-])\p{Lu}[\p{L}-]*(?:ss|st|ll|lt)[aä](?![\p{L}])/u);
const exceptionWords = vocabulary.nationwideExceptions.words.map((word) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|');
const NATIONWIDE_EXCEPTION = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${exceptionWords})(?![\\p{L}])`, 'iu'));
const NATIONWIDE_EXCEPTIONS = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${exceptionWords})(?![\\p{L}])`, 'giu'));
const nationwideAllowed = new Set(vocabulary.nationwideExceptions.allowed);
/** A count of regions in a nationwide phrase's start (`Kaikki 18 maakuntaa`). */
const REGION_COUNT = lazyRegExp(() => /^\S+\s+(?:\S+\s+)?(\d{1,2})\s/u);

/** The two languages of one phrase, parted by a slash or a spaced dash (`Koko Suomi – Hela Finland`). */
const LANGUAGES_APART = lazyRegExp(() => /\s*\/\s*|\s+[-\u2013\u2014]\s+/u);

/** A phrase of `nationwide`, in one language or two (`Koko Suomi / Hela Finland`, `Valtakunnallinen/riksomfattande`). */
function isNationwidePhrase(text: string): boolean {
  if (text.length > MAX_PHRASE_LENGTH * 2) return false;
  if (text.length <= MAX_PHRASE_LENGTH && nationwideKeys.has(normaliseKey(text))) return true;
  const parts = text.split(LANGUAGES_APART);
  return parts.length === 2 && parts.every((part) => part.length <= MAX_PHRASE_LENGTH && nationwideKeys.has(normaliseKey(part)));
}

/** Whether a name is only the start of a phrase of `nationwide` (`Koko S`, `Valtakunnalli`): a list's last name cut short. */
export function startsNationwidePhrase(text: string): boolean {
  const key = normaliseKey(text);
  // (A phrase's first word too, `Koko`: the list then says nothing of the whole country either way.)
  if (key.length < 4) return false;
  for (const phrase of nationwideKeys) if (phrase !== key && phrase.startsWith(key)) return true;
  return false;
}

/** `Koko Suomi`, `Valtakunnallinen`, … as a whole line of the text, in any letter case. */
export function isNationwide(text: string): boolean {
  // A line that is the phrase, or whose first sentence is (`Valtakunnallinen projekti. Toimintaa on erityisesti Kainuussa.`).
  return text.split('\n').some((line) => {
    if (isNationwidePhrase(line)) return true;
    const end = line.search(/[.!]\s/u);
    return end > 0 && end <= MAX_PHRASE_LENGTH && isNationwidePhrase(line.slice(0, end));
  });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `1.9.2008` or `01.05.2017` → `2008-09-01`; rejects impossible calendar dates. */
const monthOfName = new Map<string, number>();
vocabulary.monthNames.names.forEach((forms, i) => forms.forEach((name) => monthOfName.set(name, i + 1)));
const DAY_MONTH_NAME_YEAR = lazyRegExp(() => /^(\d{1,2})(?:\.|st|nd|rd|th)?\s*(\p{L}+)\.?,?\s+(\d{4})$/u);
/** The English order, month first: `August 1, 2021`, `Aug. 1 2021`. */
const MONTH_NAME_DAY_YEAR = lazyRegExp(() => /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u);
const TWO_DIGIT_YEAR = lazyRegExp(() => /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/);

/**
 * A date with its month in words (`1. helmikuuta 2009`, `1.tammikuuta 2015`, `1 September 2018`,
 * `August 1, 2021`), or a year of two
 * digits (`1.9.08`: of this century, the programmes' years), as [day, month, year] with how it was written.
 */
function dateInOtherForm(text: string): [RegExpExecArray, string] | null {
  const worded = DAY_MONTH_NAME_YEAR.exec(text);
  const month = worded ? monthOfName.get(worded[2].toLowerCase()) : undefined;
  if (worded && month !== undefined) return [[worded[0], worded[1], String(month), worded[3]] as unknown as RegExpExecArray, 'the month in words'];
  const monthFirst = MONTH_NAME_DAY_YEAR.exec(text);
  const monthOfFirst = monthFirst ? monthOfName.get(monthFirst[1].toLowerCase()) : undefined;
  if (monthFirst && monthOfFirst !== undefined) return [[monthFirst[0], monthFirst[2], String(monthOfFirst), monthFirst[3]] as unknown as RegExpExecArray, 'the month in words'];
  const short = TWO_DIGIT_YEAR.exec(text);
  if (short) return [[short[0], short[1], short[2], `20${short[3]}`] as unknown as RegExpExecArray, 'a year of two digits, read as 20YY'];
  return null;
}

/** Midnight after a date, as a spreadsheet exports a date cell (`2017-05-01 00:00:00`, `2017-05-01T00:00:00`, `1.5.2017 0:00`). */
const MIDNIGHT_AFTER = lazyRegExp(() => /(?<=\d)(?:\s+|T)0?0[:.]00(?:[:.]00(?:\.0+)?)?$/u);

/** Weekday names (vocabulary `weekdayNames`) by their form, as the day's number (Monday 1 … Sunday 7). */
const weekdayOfName = new Map<string, number>(vocabulary.weekdayNames.names.flatMap((forms, i) => forms.map((form) => [form, i + 1] as [string, number])));
/** A weekday's name right before a date's day (`maanantaina 1.2.2016`, `ke 01.08.2018`, `Mon, 1 February`). */
const WEEKDAY_BEFORE_DATE = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(${[...weekdayOfName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\.?,?\\s+(?=\\d{1,2}(?:\\.|\\s+\\p{L}))`, 'giu'));

/**
 * The text without the weekdays written before its dates, and a problem where a weekday is not the
 * date's (`maanantaina 2.2.2016`: one of the two is mistyped); null when the text has none.
 */
function withoutWeekdays(text: string): { text: string; weekdays: string[]; mismatch: string | null } | null {
  if (!/\d/u.test(text)) return null;
  const weekdays: string[] = [];
  let mismatch: string | null = null;
  const stripped = text.replace(WEEKDAY_BEFORE_DATE, (word: string, name: string, offset: number) => {
    weekdays.push(name);
    const after = /^\S+(?:\s+\S+){0,2}/u.exec(text.slice(offset + word.length))?.[0] ?? '';
    const date = datePrefix(after);
    if (date !== null && mismatch === null) {
      const day = new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
      if (day !== weekdayOfName.get(name.toLowerCase())) mismatch = `"${name}" is not the weekday of ${date}`;
    }
    return '';
  });
  return weekdays.length === 0 ? null : { text: stripped, weekdays, mismatch };
}

/** The date (ISO) that the text starts with, as {@link parseFinnishDate} reads it, or null. */
function datePrefix(text: string): string | null {
  const words = text.split(/\s+/u);
  for (let count = Math.min(words.length, 3); count >= 1; count--) {
    const read = parseFinnishDate(words.slice(0, count).join(' ').replace(/[,;]$/u, ''));
    if (!read.problem) return read.value;
  }
  return null;
}

/** A value read without the weekdays before its dates: noted, or said where a weekday is not its date's. */
function withWeekdaysLeftOut<T>(input: string, weekdays: NonNullable<ReturnType<typeof withoutWeekdays>>, read: Normalised<T>): Normalised<T> {
  // (What is said of the value quotes it as the file has it, its weekdays too.)
  const quoted = <P extends { message: string }>(problem: P): P => ({ ...problem, message: problem.message.split(`"${weekdays.text.trim()}"`).join(`"${input.trim()}"`) });
  if (read.problem) return { ...read, problem: quoted(read.problem) };
  read = { ...read, ...(read.notes ? { notes: read.notes.map(quoted) } : {}), ...(read.warnings ? { warnings: read.warnings.map(quoted) } : {}) };
  const said = `"${input.trim()}": the weekday${weekdays.weekdays.length > 1 ? 's' : ''} ${weekdays.weekdays.map((w) => `"${w}"`).join(', ')} left out`;
  return weekdays.mismatch === null
    ? withNotes(read.value!, [...(read.notes ?? []), note(said)], read.warnings)
    : withNotes(read.value!, read.notes ?? [], [...(read.warnings ?? []), { rule: 'invalid-date', message: `${said}, but ${weekdays.mismatch}: the weekday or the date is mistyped; the date read as written` }]);
}

export function parseFinnishDate(input: string): Normalised<string> {
  const weekdays = /^\p{L}/u.test(input.trimStart()) ? withoutWeekdays(input) : null;
  if (weekdays !== null) return withWeekdaysLeftOut(input, weekdays, parseFinnishDate(weekdays.text));
  const trimmed = input.trim();
  // A sentence's full stop after the year (`1.3.2016.`, `1. 3. 2016.`) is not the date's: read without it, noted.
  if (/\d{4}\.$/u.test(trimmed)) {
    const read = parseFinnishDate(trimmed.slice(0, -1));
    return read.problem ? read : withNotes(read.value!, [...(read.notes ?? []), note(`"${trimmed}" read as ${read.value} (the full stop after the year left out)`)], read.warnings);
  }
  // A remark in brackets after the date (`1.5.2017 (arvio)`, `31.12.2018 (jatkettu)`): the date, the
  // remark said with a warning, as it may make the date another than written (an estimate).
  // (Not a remark with a date of its own, `(jatkettu 31.12.2020)`: which of the two holds, the text does not tell.)
  const remarked = DATE_THEN_REMARK.exec(trimmed);
  if (remarked !== null && !/\d{1,2}\.\d{1,2}\./u.test(remarked[2])) {
    const read = parseFinnishDate(remarked[1]);
    if (!read.problem) return withNotes(read.value!, read.notes ?? [], [...(read.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${trimmed}" read as ${read.value}; the remark "${remarked[2]}" after it is left out, and may qualify the date` }]);
  }
  const written = trimmed;
  const midnight = MIDNIGHT_AFTER.exec(written);
  const text = midnight === null ? written : written.slice(0, midnight.index);
  let match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  let form: string | null = midnight === null ? null : 'the time of day, midnight, left out';
  let shortYear = false;
  if (!match) {
    // The same with spaces after the dots (`1. 3. 2016`), or the ISO form (`2016-03-01`): read, and said.
    const spaced = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(text);
    const iso = spaced ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const also = form === null ? '' : `; ${form}`;
    if (spaced) [match, form] = [spaced, `spaces after the dots${also}`];
    else if (iso) [match, form] = [[iso[0], iso[3], iso[2], iso[1]] as unknown as RegExpExecArray, `the ISO form${also}`];
    else {
      const other = dateInOtherForm(text);
      if (other === null) return fail('invalid-date', `"${input}" is not a date of the form D.M.YYYY`);
      [match, form] = [other[0], `${other[1]}${also}`];
      shortYear = TWO_DIGIT_YEAR.test(text);
    }
  }
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(match[3]), month)) {
    return fail('invalid-date', `"${input}" is not a calendar date`);
  }
  const value = `${match[3]}-${twoDigits(month)}-${twoDigits(day)}`;
  // A year of two digits may as well be a four-digit year cut off (`päättyy 30.4.20`): read, with a warning.
  if (shortYear) return withNotes(value, [], [{ rule: NORMALISED_VALUE, message: `"${text}" read as ${value} (${form}); it may be a year of four digits cut short` }]);
  return form === null ? ok(value) : withNotes(value, [note(`"${written}" read as ${value} (${form})`)]);
}

/** A date as D.M.YYYY, its two numbers apart. */
const DAY_MONTH_YEAR = lazyRegExp(() => /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/u);

/** A date, then a remark in brackets (`1.5.2017 (arvio)`). */
const DATE_THEN_REMARK = lazyRegExp(() => /^(\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\s*\(([^()]{1,40})\)\.?$/u);

export interface Period {
  start: string | null;
  end: string | null;
}

/**
 * `Alkaa 1.9.2008 ja päättyy 31.8.2011`, its English rendering `Start 1.8.2021 and end 31.8.2023`, or two
 * dates joined by a dash. One unreadable date (a cut-off `päättyy 30.4.20`, an impossible `31.9.2011`)
 * does not cost the other: the readable one is kept, the other is `null`, and a warning says why.
 * Nothing readable at all is a problem.
 */
/** The years a project of these programmes can start or end in (with room for extensions). */
const EARLIEST_PROJECT_YEAR = 2000;
/** More years than any project of these programmes ran (with its extensions). */
const LONGEST_PROJECT_YEARS = 8;
const LATEST_PROJECT_YEAR = 2030;

export function parsePeriod(input: string): Normalised<Period> {
  const weekdays = withoutWeekdays(input);
  if (weekdays !== null) return withWeekdaysLeftOut(input, weekdays, parsePeriod(weekdays.text));
  // A sentence's full stop after the end date's year (`… päättyy 28.2.2019.`) is not the date's.
  const written = input.trim();
  const remark = REMARK_AFTER_PERIOD.exec(written);
  if (remark !== null) return withRemarkLeftOut(written, remark[2], parsePeriod(remark[1]));
  // (Or after a comma, `… päättyy 31.12.2021, jatkettu 30.6.2022 asti`: only where what stands before it
  // is a whole period; `Alkaa 1.9.2019, päättyy 31.12.2021` is one period. Audit AI of round 58.)
  const clause = REMARK_CLAUSE_AFTER_PERIOD.exec(written);
  // (Not a clause with a period of its own, `…, toinen vaihe 1.1.2017–31.12.2018`: a second phase. Review X.)
  if (clause !== null && !TWO_DATES.test(clause[2])) {
    const before = parsePeriod(clause[1]);
    if (!before.problem && before.value?.start != null && before.value.end != null) return withRemarkLeftOut(written, `"${clause[2]}"`, before);
  }
  const text = /\d{4}\.$/u.test(written) ? written.slice(0, -1) : written;
  let start: string | undefined;
  let end: string | undefined;
  for (const pattern of periodPatterns) {
    const worded = pattern.exec(text);
    if (worded) {
      start = worded.groups!.start;
      end = worded.groups!.end;
      break;
    }
  }
  // Worded otherwise (`Alkaa 1. 2. 2009 ja päättyy …`, `alkaa 1.3.2016, päättyy 28.2.2019.`): read with a note.
  let variant = false;
  if (start === undefined) {
    for (const pattern of periodVariantPatterns) {
      const worded = pattern.exec(text);
      if (worded) {
        start = worded.groups!.start;
        end = worded.groups!.end;
        variant = true;
        break;
      }
    }
  }
  if (start === undefined) {
    // (Any dash: a word processor's minus sign or figure dash, `1.1.2015 − 31.12.2017`, is one too.)
    // (Or dates of words, a dash with spaces between them: `1. maaliskuuta 2016 – 28. helmikuuta 2019`.)
    const dashed = /^(\S+)\s*[-–—\u2010-\u2012\u2015\u2212\ufe63\uff0d]\s*(\S+)$/u.exec(text) ?? /^(\d[^-–—]*?\p{L}[^-–—]*?)\s+[-–—\u2010-\u2012\u2015\u2212\ufe63\uff0d]\s+(\d[^-–—]*)$/u.exec(text) ?? /^(\d[^-–—]*?)\s+[-–—\u2010-\u2012\u2015\u2212\ufe63\uff0d]\s+(\d[^-–—]*?\p{L}[^-–—]*)$/u.exec(text);
    start = dashed?.[1];
    end = dashed?.[2];
  }
  if (start === undefined || end === undefined) return startOnly(input, text);
  // A start written without its year before an end with one (`1.3.-31.12.2011`): the end's year, or
  // the one before where the day would fall after the end (`1.9.-31.8.2011`); said, as the text leaves it out.
  const yearless = /^(\d{1,2})\.(\d{1,2})\.$/u.exec(start);
  const endYear = /^\d{1,2}\.\d{1,2}\.(\d{4})$/u.exec(end);
  if (yearless !== null && endYear !== null) {
    const to = parseFinnishDate(end);
    const sameYear = parseFinnishDate(`${start}${endYear[1]}`);
    const from = sameYear.value !== null && to.value !== null && sameYear.value! > to.value! ? parseFinnishDate(`${start}${Number(endYear[1]) - 1}`) : sameYear;
    if (!from.problem && !to.problem) return withNotes({ start: from.value, end: to.value }, to.notes, [{ rule: NORMALISED_VALUE, message: `"${written}": the start date has no year; read as ${from.value}, the year taken from the end date ${to.value}` }]);
  }
  const from = parseFinnishDate(start);
  const to = parseFinnishDate(end);
  if (from.problem && to.problem) return from;
  // One date a calendar date only month first (`12.31.2018`), the other either way (`9.1.2015`): the
  // period may be written month first, and the other date then another day; neither is read, said.
  // (Audit BK of round 65: the start was read as 9 January, unsaid.)
  // (A calendar date month first: `2.30.2011` is none either way, review BN of round 65.)
  const monthFirstOnly = (date: string) => { const m = DAY_MONTH_YEAR.exec(date); return m !== null && Number(m[2]) > 12 && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) <= daysIn(Number(m[3]), Number(m[1])); };
  const eitherWay = (date: string) => { const m = DAY_MONTH_YEAR.exec(date); return m !== null && Number(m[1]) !== Number(m[2]) && Number(m[1]) <= 12 && Number(m[2]) <= 12; };
  const ambiguous = (from.problem && monthFirstOnly(start) && eitherWay(end)) || (to.problem && monthFirstOnly(end) && eitherWay(start));
  if (ambiguous) {
    const [only, other] = from.problem ? [start, end] : [end, start];
    return withNotes({ start: null, end: null }, [], [{ rule: 'invalid-date', severity: 'error', message: `"${written}": ${only} is a calendar date only month first, so the period may be written month first, and ${other} then another day than day first; neither date read` }]);
  }
  if (from.problem) return withNotes({ start: null, end: to.value }, to.notes, [partDateProblem('start', start, from.problem, 'end')]);
  if (to.problem) return withNotes({ start: from.value, end: null }, from.notes, [partDateProblem('end', end, to.problem, 'start')]);
  const notes = [...(from.notes ?? []), ...(to.notes ?? [])];
  const partWarnings = [...(from.warnings ?? []), ...(to.warnings ?? [])];
  if ((variant || text !== written) && notes.length === 0 && partWarnings.length === 0) notes.push(note(`"${written}" read as ${from.value} – ${to.value}`));
  // A year of two digits that makes the period run backwards or longer than any project ran
  // (`Alkaa 1.9.2008 ja päättyy 31.8.20`): the end of `2011` cut or mistyped, as likely as `2020`.
  const years = (date: string) => Number(date.slice(0, 4));
  if ((TWO_DIGIT_YEAR.test(start) || TWO_DIGIT_YEAR.test(end)) && (to.value! < from.value! || years(to.value!) - years(from.value!) > LONGEST_PROJECT_YEARS)) {
    const shortStart = TWO_DIGIT_YEAR.test(start);
    const shortEnd = TWO_DIGIT_YEAR.test(end);
    return withNotes({ start: shortStart ? null : from.value, end: shortEnd ? null : to.value }, [], [{ rule: 'invalid-date', message: `"${written}": a year of two digits would make the period ${to.value! < from.value! ? 'end before it starts' : `run ${years(to.value!) - years(from.value!)} years`} (${from.value} – ${to.value}): a year cut or mistyped?; the ${shortStart && shortEnd ? 'dates are' : `${shortEnd ? 'end' : 'start'} date is`} not read` }]);
  }
  // A year far from any programme period (`1908`, `2111`): a typing error, most likely; read, and said.
  const far = [from.value!, to.value!].filter((date) => Number(date.slice(0, 4)) < EARLIEST_PROJECT_YEAR || Number(date.slice(0, 4)) > LATEST_PROJECT_YEAR);
  return withNotes({ start: from.value, end: to.value }, notes, [...partWarnings, ...(far.length > 0 ? [{ rule: 'invalid-date', message: `"${written}": ${far.join(', ')} is far from the programme periods (${EARLIEST_PROJECT_YEAR}–${LATEST_PROJECT_YEAR}); a typing error? Read as written` }] : [])]);
}

/** A remark in brackets after a period's end date (`… päättyy 31.8.2019 (jatkettu 31.12.2019 asti)`). */
const REMARK_AFTER_PERIOD = lazyRegExp(() => /^(.*\d{4}\.?)\s*(\([^()]{1,80}\))\.?$/u);
const TWO_DATES = lazyRegExp(() => /\d{1,2}\.\d{1,2}\.(?:\d{4})?\D+\d{1,2}\.\d{1,2}\.\d{4}/u);
/** A remark in a clause after a comma or semicolon, words first (`…, jatkettu 30.6.2022 asti`). */
const REMARK_CLAUSE_AFTER_PERIOD = lazyRegExp(() => /^(.*\d{4})\s*[,;]\s+(\p{L}[^()\n]{0,79}?)\.?$/u);

/**
 * The period written before a remark in brackets: read when both its dates are, and the remark said
 * with a warning — whatever its words (`jatkettu 31.12.2019 asti`, `jatkettu 4 kk`, `pidennetty`,
 * `keskeytetty`), the period it tells of may be another than the one read. Otherwise what the
 * period before it gives.
 */
function withRemarkLeftOut(written: string, remark: string, read: Normalised<Period>): Normalised<Period> {
  if (read.problem || read.value?.start == null || read.value.end == null) return read;
  const said = { rule: NORMALISED_VALUE, message: `"${written}": the remark ${remark} after the period is not read (the project may have been extended, shortened or changed); read as written before it, ${read.value.start} – ${read.value.end}` };
  return withNotes(read.value, read.notes, [...(read.warnings ?? []), said]);
}

/**
 * A date in the D.M.YYYY shape that is no calendar date is wrong, and so is a draft's placeholder
 * (`päättyy täydennetään`): not written yet; any other shape may be cut off.
 */
function partDateProblem(part: 'start' | 'end', written: string, problem: Problem, kept: 'start' | 'end'): Problem {
  const placeholder = isDraftPlaceholder(written);
  const message = placeholder ? `${part} date: "${written}" is a draft's placeholder, not a date; only the ${kept} date read` : `${part} date: ${problem.message}; only the ${kept} date read`;
  const wrong = placeholder || /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(written);
  return wrong ? { rule: problem.rule, message, severity: 'error' } : { rule: problem.rule, message };
}

/** A period whose end is missing or cut off mid-word (`Alkaa 1.9.2008 ja päätt`): the start is still read. */
function startOnly(input: string, text: string): Normalised<Period> {
  for (const pattern of periodStartOnlyPatterns) {
    const match = pattern.exec(text);
    const from = match ? parseFinnishDate(match.groups!.start) : null;
    if (from?.value) {
      return withNotes({ start: from.value, end: null }, [], [{ rule: 'invalid-date', message: `"${input}" has no readable end date; only the start date read` }]);
    }
  }
  return fail('invalid-date', `"${input}" is not a period ("${vocabulary.period.example}")`);
}

const PLAIN_DIGITS = lazyRegExp(() => /^\d{1,9}$/);
/** Digits grouped by single spaces or by dots, each later group exactly three digits, or not grouped. */
const GROUPED_AMOUNT = lazyRegExp(() => /^(\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/);

/**
 * `1 030 258` → 1030258. Spaces of any kind (no-break, thin) group thousands; a unit (`€`, `euroa`) may
 * follow. Unusual forms, read with a note: thousands dots (`694.522` → 694522, only when every group
 * after the first has three digits) and cents (`520 000,50` → 520000).
 *
 * The record holds whole euros, so cents cannot be kept; rounding would write a figure the text does not
 * contain, so the euros are kept as written and the note says which cents were dropped (`,00` too: the
 * register writes whole euros without decimals, so any decimal comma is an unusual form). Not read at all: groups that are not thousands (`650 0`, how a cut-off value
 * looks — never 6500), a decimal point (`694.52`), and three or more digits after a comma (`520,000`:
 * thousands or decimals cannot be told apart).
 */
export function parseAmount(input: string): Normalised<number> {
  // Most amounts are plain digits or digits grouped by single spaces: no clean-up needed.
  if (PLAIN_DIGITS.test(input) && (input.length === 1 || input.charCodeAt(0) !== 48)) return ok(Number(input));
  // A figure with a leading zero (`0447123390`): a phone number or a code in the amount's place.
  if (/^\s*0\d/.test(input)) return fail('invalid-number', `"${input.trim()}" starts with a zero, as no amount is written (a phone number or a code in its place?)`);
  // A zero with thousands after it (`0 000`, `0.000`, `€ 0 000`): a form's placeholder, as `000 000` is, not an amount of 0.
  if (/^\D{0,4}0[ .\u00a0\u202f]\d{3}(?!\d)/u.test(input)) return fail('invalid-number', `"${input.trim()}" is a zero with thousands after it: a placeholder, as no amount is written`);
  const grouped = spaceGroupedValue(input);
  if (grouped !== null && grouped <= MOST_PLAUSIBLE) return ok(grouped);
  if (FIGURES_APART.test(input)) return fail('invalid-number', `"${input.trim()}" holds two figures apart (a tab or a run of spaces between them: cells of a table pasted?), not one number`);
  let text = input.trim();
  if (/\s/.test(text)) text = text.replace(/\s+/g, ' ');
  // A word saying it is a total (`yhteensä 520 000 €`, `520 000 € yht.`): the figure, noted.
  const total = /\p{L}/u.test(text) ? AMOUNT_TOTAL_WORD.exec(text) : null;
  if (total !== null) text = `${text.slice(0, total.index)}${text.slice(total.index + total[0].length)}`.trim();
  // Whole euros as people write them: `497 650,-`, `515 375:-` (Swedish), `120 000,– €`, `515 375 e`, `50000e`, `€ 412 300`, and a sentence's full stop (`592 722.`).
  if (!isDigit(text.charCodeAt(text.length - 1))) text = text.replace(amountUnitPattern, '').replace(/(?:[,:][-–]+|\s+e\.?|(?<=\d)e\.?)$/iu, '').replace(/(?<=\d{3})\.$/u, '');
  if (!isDigit(text.charCodeAt(0))) text = text.replace(amountUnitPrefix, '');
  const match = GROUPED_AMOUNT.exec(text);
  if (!match) {
    if (/^\d[\d ]*$/.test(text)) return fail('invalid-number', `"${input}" is not a number: its digit groups are not thousands (a cut-off value?)`);
    return fail('invalid-number', `"${input}" is not a whole number of euros`);
  }
  const [, integer, decimals] = match;
  const value = Number(integer.replace(/[ .]/g, ''));
  if (!Number.isSafeInteger(value) || value > MOST_PLAUSIBLE) return fail('invalid-number', `"${input}" is too large for one project's figure (two figures run together?)`);
  const changes: string[] = [];
  if (total !== null) changes.push(`the word "${total[0].trim()}" left out`);
  if (integer.includes('.')) changes.push('thousands separated by dots');
  if (decimals !== undefined) {
    if (decimals.length > 2) return fail('invalid-number', `"${input}": ${decimals.length} digits after the comma could be thousands or decimals`);
    // (Cents of a figure under a thousand are seldom a project's euros: `0,59`, `1,5`, `694,5` are
    // millions or thousands written without their unit. Less than a hundred euros is no project's
    // figure: not read; a few hundred euros may be a project's (one stopped early), kept, but said as
    // the wrong figure they may be.)
    if (value < SMALLEST_WITH_CENTS && !/^0+$/.test(decimals)) {
      const unsure = `"${input.trim()}" is a figure under ${SMALLEST_WITH_CENTS} with decimals: millions or thousands written without their unit?`;
      if (value < SMALLEST_KEPT_WITH_CENTS) return fail('invalid-number', `${unsure} Not read as euros`);
      return withNotes(value, [], [{ rule: NORMALISED_VALUE, message: `${unsure} Read as ${value} euros (the cents ",${decimals}" dropped)` }]);
    }
    // (One decimal is no cents, `1 265,5`, `1 040,0`: under ten thousand, thousands or millions written without their
    // unit, as a table in t€ gives them, perhaps. Kept, said. Audit WK of round 80: the decimal called cents, an info
    // only. A larger figure, `45 000,0`, `650 000,0`, is a project's euros as a spreadsheet formats them: reviews RVB, RVC.)
    // (Nor nought, nor a figure with its unit written, `3 000,0 €`, nor one of ten thousand or more, `45 123,5`, whose
    // last nought a spreadsheet dropped: review RVC.)
    if (decimals.length === 1 && value > 0 && value < SMALLEST_EUROS_WITH_ONE_DECIMAL && !AMOUNT_UNIT_WRITTEN.test(input)) return withNotes(value, [], [{ rule: NORMALISED_VALUE, message: `"${input.trim()}" has one decimal, which no sum of euros and cents has: thousands or millions written without their unit? Read as ${value} euros (",${decimals}" dropped)` }]);
    changes.push(/^0+$/.test(decimals) ? `the decimals ",${decimals}" left out: amounts are whole euros` : `the cents ",${decimals}" dropped: amounts are whole euros`);
  }
  if (changes.length === 0) return ok(value);
  return withNotes(value, [note(`"${input.trim()}" read as ${value} (${changes.join('; ')})`)]);
}

/**
 * An amount of euros (a funding figure, a budget's bound): as {@link parseAmount}, and a whole figure
 * under a thousand (`592`), no project's euros but thousands written without their unit, is said
 * (kept: a project stopped early may have spent so little).
 */
export function parseEuroAmount(input: string): Normalised<number> {
  const read = parseAmount(input);
  if (read.problem) return amountWithRemark(input) ?? read;
  // (Cents written, `592,00`, show the figure is in euros.)
  if (read.problem || read.value === null || read.value <= 0 || read.value >= SMALLEST_WITH_CENTS || (read.warnings ?? []).length > 0 || /\d[.,]\d/u.test(input)) return read;
  return withNotes(read.value, read.notes, [{ rule: NORMALISED_VALUE, message: `"${input.trim()}" is a figure under ${SMALLEST_WITH_CENTS}: thousands written without their unit? Read as ${read.value} euros` }]);
}

/**
 * An amount with a remark after it (`1 245 000 (sis. kuntarahoitus 45 000)`, `1 245 000 €, josta
 * EU-osuus 600 000 €`) or a word of approximation before it (`noin 1 245 000`): the amount as
 * written, with a warning that the rest is not read; null when the amount itself is no amount.
 */
function amountWithRemark(input: string): Normalised<number> | null {
  const text = input.trim().replace(/\s+/g, ' ');
  const approximate = AMOUNT_APPROXIMATE.exec(text);
  const rest = approximate ? text.slice(approximate[0].length) : text;
  const remark = AMOUNT_REMARK.exec(rest);
  const figure = remark ? rest.slice(0, remark.index) : approximate ? rest : null;
  if (figure === null || !/\d/u.test(figure)) return null;
  // (As any amount: a figure under a thousand, `noin 520`, may be thousands without their unit, and is not read so.)
  const read = parseEuroAmount(figure);
  if (read.problem || read.value === null || (read.warnings ?? []).length > 0) return null;
  const said = [approximate ? `"${approximate[0].trim()}" before it (an estimate)` : null, remark ? `the remark "${remark[0].replace(/^[\s,]+/u, '')}"` : null].filter(Boolean).join(' and ');
  return withNotes(read.value, read.notes, [{ rule: 'invalid-number', message: `"${input.trim()}" read as ${read.value}; ${said} not read, which may change what the figure means` }]);
}
/** A word saying an amount is a total, before or after it (vocabulary `amountRemarks.totalWords`). */
const AMOUNT_TOTAL_WORD = lazyRegExp(() => new RegExp(`^(?:${vocabulary.amountRemarks.totalWords.map(escapeRegExp).join('|')}):?\\s+(?=\\D{0,4}\\d)|(?<=[\\d€.])\\s+(?:${vocabulary.amountRemarks.totalWords.map(escapeRegExp).join('|')})$`, 'iu'));
/** A word of approximation before an amount (vocabulary `amountRemarks.approximate`). */
const AMOUNT_APPROXIMATE = lazyRegExp(() => new RegExp(`^(?:${vocabulary.amountRemarks.approximate.map(escapeRegExp).join('|')})\\s+(?=\\d)`, 'iu'));
/** A bracketed remark, or a clause after a comma (vocabulary `amountRemarks.clauses`), at an amount's end. */
const AMOUNT_REMARK = lazyRegExp(() => new RegExp(`\\s*\\([^()]{1,80}\\)$|,\\s*(?:${vocabulary.amountRemarks.clauses.map(escapeRegExp).join('|')})(?![\\p{L}]).*$`, 'iu'));

/** A figure with cents below this is taken for one written in thousands or millions without its unit. */
const SMALLEST_WITH_CENTS = 1000;
/** The least figure with one decimal read as euros without a word (`1 265,5` below it may be thousands). */
const SMALLEST_EUROS_WITH_ONE_DECIMAL = 10_000;
/** A unit of euros written with an amount (`€`, `EUR`, `euroa`, `e`): its figure is in euros as written. */
const AMOUNT_UNIT_WRITTEN = lazyRegExp(() => /€|\beur(?:oa?)?\b|\d\s*e\.?$/iu);
/** Below this, such a figure is not read at all (`1,5` is no project's euros): above it, kept and said. */
const SMALLEST_KEPT_WITH_CENTS = 100;

/**
 * Two figures with a tab or a run of spaces between them (`520 000<TAB>446 507`): table cells, not
 * one number. A group of three that starts with 0 after a run of spaces (`650  000`) is no figure of
 * its own; after a tab it may be (`120<TAB>050`, read as 120 050 it would be a plausible wrong count).
 */
const FIGURES_APART = lazyRegExp(() => /\d(?:[ \u00a0\u202f]*\t[ \t\u00a0\u202f]*|[ \u00a0\u202f]{2,}(?!0\d\d(?!\d)))\d/u);
/**
 * No amount or count of one project reaches a billion: a larger figure is two run together
 * (`520 000 446 507`, cells pasted with single spaces) and is not read.
 */
const MOST_PLAUSIBLE = 999_999_999;

/** `1 030 258` (ASCII spaces, three-digit groups after the first) as a number, else null: the common case without a regex. */
function spaceGroupedValue(text: string): number | null {
  let value = 0;
  let groupLength = 0;
  let groups = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if ((groups === 0 ? groupLength > 3 : groupLength !== 3) || groupLength === 0) return null;
      groups++;
      groupLength = 0;
    } else if (isDigit(code)) {
      value = value * 10 + (code - 48);
      groupLength++;
    } else return null;
  }
  if (groupLength === 0 || (groups > 0 && groupLength !== 3) || !Number.isSafeInteger(value)) return null;
  return value;
}

/** A count of people, jobs or firms: an amount's forms, but a decimal (`8,5`) is no count to round. */
function parseCount(input: string): Normalised<number> {
  if (input.indexOf(',') !== -1 && /\d\s*,\s*\d/.test(input)) return fail('invalid-number', `"${input.trim()}" is not a whole count`);
  return parseAmount(input);
}

export interface IndicatorValue {
  total: number | null;
  women: number | null;
}

/** A unit (one word) or a bracketed remark right after an indicator's total, then the comma before its clause. */
const UNIT_OR_REMARK_BEFORE_CLAUSE = lazyRegExp(() => /^\s*(?<unit>\p{L}[\p{L}.-]*\s*)?(?<remark>\([^()]{1,60}\))?\s*,\s*(?<rest>\S.*)$/u);
/** The men's figure after the women's: `… ja miehiä 73`, `…, miehiä 120`. */
const MEN_AFTER_WOMEN = lazyRegExp(() => new RegExp(`(?:\\s*,\\s*|\\s+(?:${vocabulary.listConjunctions.join('|')})\\s+)(?:${vocabulary.indicator.menWords.join('|')})\\s*:?\\s+(?<men>\\d{1,3}(?:[ .]\\d{3})*)$`, 'iu'));
/** The men counted before the women, no total (`miehiä 73, naisia 61`). */
const MEN_BEFORE_WOMEN = lazyRegExp(() => new RegExp(`^(?:${vocabulary.indicator.menWords.join('|')})\\s*:?\\s+(?<men>\\d{1,3}(?:[ .]\\d{3})*)(?:\\s*,\\s*|\\s+(?:${vocabulary.listConjunctions.join('|')})\\s+)`, 'iu'));
/** A unit after a figure (`50 hlöä`, `5 työpaikkaa`): vocabulary `indicator.unitWords`. */
const UNIT_AFTER_FIGURE = lazyRegExp(() => new RegExp(`(?<=\\d)\\s+(?:${vocabulary.indicator.unitWords.map(escapeRegExp).join('|')})$`, 'iu'));
const unitWords = new Set(vocabulary.indicator.unitWords.map((word) => word.toLowerCase()));
/** A rate's words right after the figure, or after its unit (`60 vuodessa`, `60 henkilöä vuosittain`): vocabulary `indicator.perPeriodWords`. */
const PER_PERIOD = lazyRegExp(() => new RegExp(
  `^(?:(?:${vocabulary.indicator.unitWords.map(escapeRegExp).join('|')})(?=[\\s/]))?\\s*(?:(?<period>${vocabulary.indicator.perPeriodWords.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})|/\\s*(?<abbreviation>${vocabulary.indicator.perPeriodAbbreviations.map(escapeRegExp).join('|')}))(?![\\p{L}])`,
  'iu',
));

const unitsOfAnyMeasure = new Set(vocabulary.indicator.unitsOfAnyMeasure.map((unit) => unit.toLowerCase()));
const websiteRemarkWords = new Set(vocabulary.websiteRemarkWords.map((word) => word.toLowerCase()));
const unitsByMeasure = new Map(Object.entries(vocabulary.indicator.unitsByMeasure).map(([measure, units]) => [measure, new Set(units.map((unit) => unit.toLowerCase()))]));

/**
 * The unit after an indicator's figure when it is one another indicator counts in (`150 yritystä`
 * at `indicators.participants.planned`), else null: the figure may belong to that other indicator.
 */
export function unitOfOtherMeasure(value: string, path: string): string | null {
  const unit = /^\s*\d[\d .]*\s+(\p{L}+\.?)\s*(?:,|$)/u.exec(value)?.[1].toLowerCase();
  const measure = /(?:^|\.)indicators\.([^.]+)/u.exec(path)?.[1];
  const units = measure === undefined ? undefined : unitsByMeasure.get(measure);
  return unit !== undefined && units !== undefined && unitWords.has(unit) && !units.has(unit) && !unitsOfAnyMeasure.has(unit) ? unit : null;
}

/** The count an indicator starts with: digits grouped by spaces or dots, then anything. */
const LEADING_COUNT = lazyRegExp(() => /^(\d{1,3}(?:[ .]\d{3})+|\d+)(.*)$/);

/**
 * A count as a field's value is read ({@link parseIndicator}), and said where it is ten thousand or more from groups
 * of digits (below). Only for the value read: which lines a count spans is decided on the plain reading, as a count
 * whose thousands were wrapped onto the next line (`12` / `356, joista naisia 80`) is said as that already.
 */
export function parseIndicatorValue(written: string): Normalised<IndicatorValue> {
  const read = parseIndicator(written);
  // (A count of ten thousand or more from groups of digits, `80 120`, `80 274, joista naisia 35`: no project's count of
  // participants, jobs or companies as a rule, and two figures side by side, a table's columns pasted with one space,
  // read as one. Kept, said. Audit WK of round 80: read unsaid.)
  // (Not a round figure, `12 500`, `15 000`: a large project's count as written. Review RVB.)
  const groups = GROUPED_DIGITS_FIRST.exec(written);
  if (read.problem || read.value.total === null || read.value.total < LEAST_DOUBTFUL_GROUPED_COUNT || groups === null || groups[2].endsWith('00')) return read;
  return withNotes(read.value, read.notes, [...(read.warnings ?? []), { rule: 'invalid-number', message: `"${written.trim().slice(0, 60)}" is read as ${read.value.total}, a count this large from groups of digits: two figures side by side (${groups[1]} and ${groups[2]})?` }]);
}
/** The least count read from groups of digits that is said (`80 120`): see above. */
const LEAST_DOUBTFUL_GROUPED_COUNT = 10_000;
/** A value's first figure in groups of digits parted by a space (`80 120`). */
const GROUPED_DIGITS_FIRST = lazyRegExp(() => /^\D{0,20}?(?<![\d])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d])/u);
/**
 * `80, joista naisia 35` → {total: 80, women: 35}; `20` → {total: 20, women: null}. Read with a note:
 * the clause without its comma (`80 joista naisia 35`), in brackets (`80 (naisia 35)`) or in its short
 * form (`274, naisia 92`). When the part after the count is not a women clause the total is kept and a
 * warning says the women were not read; a women clause alone (`naisia: 92`) gives the women and a
 * warning that the total is missing. Digits after the count (`650 0`) make it no count at all.
 */
export function parseIndicator(written: string): Normalised<IndicatorValue> {
  // A word of approximation or of a total before the count (`noin 140`, `n. 104`, `yhteensä 104`): the
  // count read after it, an estimate said with a warning (as an amount's), a total's word noted.
  // (Most counts start with their figure: no word to look for.)
  if (/^\s*\d/u.test(written)) return parseIndicatorAsWritten(written);
  const trimmed = written.trim();
  const estimate = AMOUNT_APPROXIMATE.exec(trimmed);
  const lead = estimate ?? AMOUNT_TOTAL_WORD.exec(trimmed);
  if (lead !== null && lead.index === 0) {
    const read = parseIndicatorAsWritten(trimmed.slice(lead[0].length));
    // (Only a count read cleanly after it: `yhteensä 3 ryhmää`, `yhteensä 104 tuntia` count something else.)
    if (read.problem || read.value === null || read.value.total === null || (read.warnings ?? []).length > 0) return parseIndicatorAsWritten(written);
    const word = lead[0].replace(/:?\s+$/u, '');
    return estimate !== null
      ? withNotes(read.value, read.notes, [{ rule: 'invalid-number', message: `"${trimmed}" read as total ${read.value.total}; "${word}" before it makes the figure an estimate` }])
      : withNotes(read.value, [...(read.notes ?? []), note(`"${trimmed}" read as total ${read.value.total} ("${word}" before it left out)`)]);
  }
  return parseIndicatorAsWritten(written);
}

function parseIndicatorAsWritten(written: string): Normalised<IndicatorValue> {
  // A sentence's full stop after the last figure (`120, joista naisia 60.`) is not the figure's.
  const input = /\d\.$/.test(written) ? written.slice(0, -1) : written;
  const comma = input.indexOf(',');
  if (comma === -1 && PLAIN_DIGITS.test(input)) return ok({ total: Number(input), women: null });
  // The register's own form: `N, joista naisia M`.
  const total = comma === -1 ? null : spaceGroupedValue(input.slice(0, comma));
  if (total !== null && total <= MOST_PLAUSIBLE) {
    const clause = womenClausePattern.exec(input.slice(comma + 1).trim());
    const women = clause ? parseCount(clause.groups!.women) : null;
    if (women && !women.problem && !women.notes) return ok({ total, women: women.value });
  }
  return parseUnusualIndicator(input);
}

/** A unit of money or time right after an indicator's figure (`€`, `euroa`, `tuntia`, `h`, `päivää`): the figure counts no one. */
const NO_COUNT_UNIT = lazyRegExp(() => /^(?:€|eur(?:oa|os)?(?![\p{L}])|tuntia?(?![\p{L}])|tunnin(?![\p{L}])|h(?![\p{L}])|päivää(?![\p{L}])|hours?(?![\p{L}])|days(?![\p{L}]))/iu);

/** A share in per cent in brackets after the women's figure, at the value's end (`57 (43,5 %)`). */
const WOMEN_SHARE = lazyRegExp(() => /(?<=\d)\s*\(\s*(\d{1,3}(?:[,.]\d{1,2})?)\s*%\s*\)\.?$/u);
/** How far (percentage points) a written share may be from the one its figures make: rounding. */
const SHARE_TOLERANCE = 1;

/** A group other than the women counted after their figure, at the value's end (`50, nuoria 30`, `50, 30 nuorta`). */
const OTHER_GROUP_AFTER_WOMEN = lazyRegExp(() => /(?<=\d)\s*[,;]\s*((?:\p{L}{3,}(?:\s+\p{L}{3,})?\s+\d{1,3}(?:[ .]\d{3})*|\d{1,3}(?:[ .]\d{3})*\s+\p{L}{3,}))\.?$/u);

/** A remark in brackets after a figure, at the value's end (`57 (tilanne 31.12.2012)`; not a share, `40 (%)`). */
const REMARK_AFTER_FIGURE = lazyRegExp(() => /(?<=\d)\s*\(([^()%]{1,60})\)\.?$/u);

/** One figure then the word of whom it counts (`35 naista`, `45 miestä`). */
const FIGURE_THEN_WORD = lazyRegExp(() => /^(?<figure>\d{1,3}(?:[ .]\d{3})*|\d+)\s+(?<word>\p{L}+)$/u);
const BETWEEN_TWO_COUNTS = lazyRegExp(() => new RegExp(`\\s*[,;]\\s*|\\s+(?:${vocabulary.listConjunctions.join('|')})\\s+`, 'iu'));

/**
 * `35 naista, 45 miestä`, `35 naista ja 45 miestä`, `45 miestä, 35 naista`, `35 naista`: the women's
 * figure and the men's (null when not written); null when the text is not that, or counts neither.
 */
function womenAndMenFiguresFirst(text: string): { women: number; men: number | null } | null {
  const parts = text.split(BETWEEN_TWO_COUNTS);
  if (parts.length > 2) return null;
  let women: number | null = null;
  let men: number | null = null;
  for (const part of parts) {
    const counted = FIGURE_THEN_WORD.exec(part.trim());
    if (counted === null) return null;
    const figure = Number(counted.groups!.figure.replace(/[ .]/g, ''));
    if (ofWomenPattern.test(counted.groups!.word) && women === null) women = figure;
    else if (ofMenPattern.test(counted.groups!.word) && men === null) men = figure;
    else return null;
  }
  return women === null ? null : { women, men };
}

function parseUnusualIndicator(input: string): Normalised<IndicatorValue> {
  if (FIGURES_APART.test(input)) return fail('invalid-number', `"${input.trim()}" holds two figures apart (a tab or a run of spaces between them: cells of a table pasted?), not one count`);
  const text = input.trim().replace(/\s+/g, ' ');
  // A letter glued to the figure (`12O`, `1O0`, `4S`: a scan's O for 0, S for 5) makes it no count.
  // (Only the letters a scan reads for digits, O, S, l, I, B, with a digit or the figure's end after
  // them: `5yritystä`, `40opiskelijaa` are a unit glued on, read as before.)
  if (/^\d+[OoSlIBZg](?:\d|$|[\s,;])/u.test(text)) return fail('invalid-number', `"${input.trim()}" has a letter in its figure (a scan's O for 0?): not read as a count`);
  const head = LEADING_COUNT.exec(text);
  if (!head) {
    // The women and the men, no total (`naisia 61, miehiä 73`, `miehiä 73, naisia 61`): the two make it, noted.
    const menAfter = MEN_AFTER_WOMEN.exec(text);
    const menBefore = menAfter ? null : MEN_BEFORE_WOMEN.exec(text);
    const womenWritten = menAfter ? text.slice(0, menAfter.index) : menBefore ? text.slice(menBefore[0].length) : null;
    const womenFirst = womenWritten !== null ? womenOnlyPattern.exec(womenWritten) : null;
    const womenCounted = womenFirst ? parseCount(womenFirst.groups!.women) : null;
    if ((menAfter ?? menBefore) && womenCounted && !womenCounted.problem && !womenCounted.notes) {
      const menCount = Number((menAfter ?? menBefore)!.groups!.men.replace(/[ .]/g, ''));
      return withNotes({ total: womenCounted.value! + menCount, women: womenCounted.value }, [note(`"${input.trim()}" read as total ${womenCounted.value! + menCount} (the women and the men added), women ${womenCounted.value}`)]);
    }
    const only = womenOnlyPattern.exec(text);
    const women = only ? parseCount(only.groups!.women) : null;
    if (women && !women.problem) {
      return withNotes({ total: null, women: women.value }, women.notes, [{ rule: 'invalid-number', message: `"${input}" gives the women but no total` }]);
    }
    return fail('invalid-number', `"${input}" does not start with a count`);
  }
  const total = parseCount(head[1]);
  if (total.problem) return fail('invalid-number', `"${input}" does not start with a count`);
  let rest = head[2].trim();
  // The word right after the figure, before any comma or bracket: `35 naista` counts women only.
  const directly = rest;
  if (rest === '') return withNotes({ total: total.value, women: null }, total.notes);
  // The total's unit alone (`120 henkilöä`, `30 yritystä`): the count as written, no women clause to read.
  if (unitWords.has(rest.toLowerCase())) return withNotes({ total: total.value, women: null }, [...(total.notes ?? []), note(`"${input.trim()}" read as ${total.value} (the unit "${rest}" left out)`)]);
  // A count per year or month (`60 vuodessa, joista naisia 25`): a rate, not the project's count.
  const perPeriod = PER_PERIOD.exec(rest);
  if (perPeriod) return fail('invalid-number', `"${input.trim()}" is a count per period ("${perPeriod.groups!.period ?? `/${perPeriod.groups!.abbreviation}`}"), not the project's: no total read`);
  if (/^[.,]?\d/.test(rest)) return fail('invalid-number', `"${input}" is not a count: the digits after "${head[1]}" are not a group of thousands (a cut-off value?)`);
  // A range (`250-300`, `250 – 300`) is no one count: neither bound is the total.
  if (/^[-–—]\s*\d/.test(rest)) return fail('invalid-number', `"${input}" is a range, not a count`);
  const forms: string[] = [];
  // (A slash before the short clause, `150 / naisia 60`: the total, then of them the women.)
  const slashed = rest.startsWith('/') && womenOnlyPattern.test(rest.slice(1).trim());
  if (slashed) {
    rest = rest.slice(1).trim();
    forms.push('a slash before the women clause');
  } else if (rest.startsWith(',')) rest = rest.slice(1).trim();
  else if (rest.startsWith(';')) {
    rest = rest.slice(1).trim();
    forms.push('a semicolon before the women clause');
  } else if (rest.startsWith('(') && rest.endsWith(')')) {
    rest = rest.slice(1, -1).trim();
    forms.push('the women clause in brackets');
  } else forms.push('no comma before the women clause');
  let clause = womenClausePattern.exec(rest);
  if (!clause) {
    clause = womenOnlyPattern.exec(rest);
    if (clause && !slashed) forms.push('the short form of the women clause');
  }
  if (!clause) {
    clause = womenFigureFirstPattern.exec(rest);
    if (clause) forms.push('the women\'s figure before their word');
  }
  // The women and the men each a figure before its word, after the total's comma or in its brackets
  // (`80 (35 naista, 45 miestä)`, `80, 35 naista ja 45 miestä`): the women read, the men checked
  // against the total as after a clause.
  if (!clause && !slashed) {
    const figures = womenAndMenFiguresFirst(rest);
    if (figures !== null) {
      const sum = figures.men === null || figures.women + figures.men === total.value;
      forms.push(figures.men === null ? 'the women\'s figure before their word' : `the women's and the men's figures before their words${sum ? '' : `, ${figures.women} and ${figures.men} not making the total`}`);
      const message = `"${input.trim()}" read as total ${total.value}, women ${figures.women} (${forms.join(', ')})`;
      if (!sum) return withNotes({ total: total.value, women: figures.women }, [], [{ rule: 'invalid-number', message }]);
      return withNotes({ total: total.value, women: figures.women }, [...(total.notes ?? []), note(message)]);
    }
  }
  // The total's unit or a remark on it before the clause's comma (`120 henkilöä, joista naisia 50`,
  // `244 (tilanne 31.12.2019), joista naisia 116`): the clause after it. (Not the words of a clause
  // that counts others: `120 henkilöä, joista alle 25-vuotiaita 40` stays no women clause.)
  let remark: string | null = null;
  if (!clause && !ofWomenPattern.test(directly) && !ofMenPattern.test(directly)) {
    const before = UNIT_OR_REMARK_BEFORE_CLAUSE.exec(directly);
    const after = before ? womenClausePattern.exec(before.groups!.rest) ?? womenOnlyPattern.exec(before.groups!.rest) ?? womenFigureFirstPattern.exec(before.groups!.rest) : null;
    const unit = before?.groups!.unit?.trim().toLowerCase();
    if (before && after && (unit === undefined || unitWords.has(unit)) && (unit !== undefined || before.groups!.remark !== undefined)) {
      clause = after;
      forms.splice(0, forms.length, before.groups!.remark ? 'a remark after the total' : 'the total\'s unit before the women clause');
      remark = before.groups!.remark ?? null;
    }
  }
  // The figure counts women or men only (`35 naista ja 45 miestä`, `30 naista`): it is no total.
  if (!clause && ofWomenPattern.test(directly)) {
    return withNotes({ total: null, women: total.value }, total.notes, [{ rule: 'invalid-number', message: `"${input}" counts women (${total.value}), not everyone: no total read` }]);
  }
  if (!clause && ofMenPattern.test(directly)) return fail('invalid-number', `"${input}" counts men, not everyone: no total read`);
  // A sign right after the figure (`2016: 40, 2017: 40`, `35 + 35 + 34`, `12 %`, `3/vuosi`): the
  // leading figure is no count of its own, so not the total either. (A word or a bracket after it,
  // `274 (tilanne 31.12.2018)`, `240 henkilöä`, or a women clause after the sign, `163 / naisia 81`,
  // keeps it, with a warning.)
  if (!clause && /^[%/:+*×=]/u.test(rest) && !womenOnlyPattern.test(rest.slice(1).trim())) return fail('invalid-number', `"${input}" is not a count: "${head[1]}" is followed by "${rest}"`);
  // So does another figure the first is multiplied by, or an alternative to it, or a year's figure after it
  // (`2 x 15`, `3 ryhmää x 10`, `30 tai 40`, `30 (2016) 40 (2017)`): the first figure is no total of everyone.
  // Audit EB of round 69.
  if (!clause && combinesFigures(directly)) return fail('invalid-number', `"${input}" is not one count: "${head[1]}" is followed by "${directly}", which makes another figure of it; not read`);
  // A sum of money or a time after the figure (`120 000 €`, `120 tuntia`): no count of anyone, not read.
  const measure = NO_COUNT_UNIT.exec(rest);
  if (!clause && measure !== null) return fail('invalid-number', `"${input.trim()}" is ${/^(?:€|eur)/iu.test(measure[0]) ? 'a sum of money' : 'a length of time'} ("${measure[0]}"), not a count: not read`);
  let womenWritten = clause?.groups!.women ?? '';
  // The men counted after the women (`61 ja miehiä 73`, `270, miehiä 120`): the women's figure is
  // the one before them; the two make the total, or the figures are said not to.
  const men = clause ? MEN_AFTER_WOMEN.exec(womenWritten) : null;
  if (men) womenWritten = womenWritten.slice(0, men.index);
  // Another group counted after the women (`joista naisia 50, nuoria 30`): the women read, the other
  // group not (the record has no field for it), said.
  const otherGroup = clause && !men && remark === null ? OTHER_GROUP_AFTER_WOMEN.exec(womenWritten) : null;
  if (otherGroup) {
    womenWritten = womenWritten.slice(0, otherGroup.index);
    remark = otherGroup[1];
    forms.push('another group counted after the women');
  }
  // A remark in brackets after the women's figure (`joista naisia 57 (tilanne 31.12.2012)`): not read, said.
  const womenRemark = clause && remark === null ? REMARK_AFTER_FIGURE.exec(womenWritten) : null;
  if (womenRemark) {
    womenWritten = womenWritten.slice(0, womenRemark.index);
    remark = womenRemark[1];
    forms.push('a remark after the women\'s figure');
  }
  // The women's share in brackets after their figure (`joista naisia 50 (42 %)`): read, and checked
  // against the figures; a share they do not make is said (which figure is wrong, the text does not tell).
  const share = clause && remark === null ? WOMEN_SHARE.exec(womenWritten) : null;
  if (share) {
    womenWritten = womenWritten.slice(0, share.index);
    forms.push('the women\'s share in brackets after their figure');
  }
  // The women's unit after their figure (`joista naisia 50 hlöä`).
  const unitAfter = clause ? UNIT_AFTER_FIGURE.exec(womenWritten) : null;
  if (unitAfter) womenWritten = womenWritten.slice(0, unitAfter.index);
  const women = clause ? parseCount(womenWritten) : null;
  if (share && women && !women.problem && total.value! > 0) {
    const written = Number(share[1].replace(',', '.'));
    const made = (women.value! / total.value!) * 100;
    if (Math.abs(made - written) > SHARE_TOLERANCE) remark = `${share[1]} %, which ${women.value} of ${total.value} is not (${made.toFixed(1).replace('.', ',')} %)`;
  }
  if (women && !women.problem && (men || unitAfter || remark)) {
    const menCount = men ? Number(men.groups!.men.replace(/[ .]/g, '')) : null;
    const sum = menCount === null || women.value! + menCount === total.value;
    if (men) forms.push(`the men counted after the women${sum ? '' : `, ${women.value} and ${menCount} not making the total`}`);
    if (unitAfter) forms.push('a unit after the women\'s figure');
    const message = `"${input.trim()}" read as total ${total.value}, women ${women.value} (${forms.join(', ')})`;
    if (!sum || remark) return withNotes({ total: total.value, women: women.value }, [], [{ rule: 'invalid-number', message: remark ? `${message}; the ${otherGroup ? 'group' : 'remark'} "${remark}" is not read` : message }]);
    return withNotes({ total: total.value, women: women.value }, [...(total.notes ?? []), ...(women.notes ?? []), note(message)]);
  }
  if (!women || women.problem) {
    const why = clause ? `"${clause.groups!.women}" is not a count` : `"${rest}" is not a women clause`;
    return withNotes({ total: total.value, women: null }, total.notes, [{ rule: 'invalid-number', message: `"${input}": ${why}; only the total read` }]);
  }
  const notes = [...(total.notes ?? []), ...(women.notes ?? [])];
  if (forms.length > 0) notes.push(note(`"${input.trim()}" read as total ${total.value}, women ${women.value} (${forms.join(', ')})`));
  return withNotes({ total: total.value, women: women.value }, notes);
}

const normalAt = vocabulary.emailAtNormal;
/** Every other way of writing `@`, in any letter case, with the spaces around it. */
const unusualAtPattern = lazyRegExp(() => new RegExp(
  vocabulary.emailAt
    .map((form) => (/^\s*\p{L}+\s*$/u.test(form) ? `\\s+${escapeRegExp(form.trim())}\\s+` : `\\s*${escapeRegExp(form.trim())}\\s*`))
    .join('|'),
  'giu',
));

/**
 * `anna.keto-tokoi(at)thl.fi` → `anna.keto-tokoi@thl.fi`: `(at)` is the register's own form and needs no
 * note. Other forms (`(AT)`, `[at]`, `(a)`, ` at `, spaces inside the address) are read with a note.
 * Validity is a separate rule.
 */
/**
 * A typographic hyphen or dash inside an address (`saija‐elisa.niemi@hdl.fi`, `www.hdl‐fi.fi`: a
 * PDF's text layer writes U+2010, a word processor U+2011): no address has one, and the ASCII
 * hyphen is meant. Between spaces it parts two values and is left; a dash or a minus may part two
 * glued addresses and is left too.
 */
const HYPHEN_IN_ADDRESS = lazyRegExp(() => /(?<=\S)[\u2010\u2011](?=\S)/gu);
const TYPOGRAPHIC_HYPHEN = lazyRegExp(() => /[\u2010\u2011]/u);
/** A dash or a minus inside an address's characters (`kaarina.lumme–virtanen@…`, `www.jarvi–kyla.fi`): no address has one. */
const DASH_IN_ADDRESS = lazyRegExp(() => /(?<=\S)[\u2012-\u2015\u2212](?=\S)/gu);
const DASH_IN_WORD = lazyRegExp(() => /\S[\u2012-\u2015\u2212]\S/u);

/** Whether a word is one e-mail address (`@` or the register's `(at)`) or one web address, starting with a letter. */
function isOneAddress(word: string): boolean {
  const at = word.replace(/\((?:at|AT)\)|\[(?:at|AT)\]/gu, '@');
  if (at.includes('@')) return at.indexOf('@') === at.lastIndexOf('@') && isValidEmail(at);
  return /^\p{L}/u.test(word) && WEB_ADDRESS.test(word) && (word.match(/www\./giu) ?? []).length <= 1 && (word.match(/https?:/giu) ?? []).length <= 1 && /\.\p{L}{2,}(?:[/:?#]|$)/u.test(word);
}

/**
 * An address with a dash or a minus inside it, read by `parse` with a hyphen in its place, said: a word
 * processor's or a font's dash where the writer meant a hyphen, or another character (audit NA of round 77: kept
 * as written, unsaid). Null when the value has none.
 */
function withAddressCharactersRead<T>(written: string, parse: (text: string) => Normalised<T>): Normalised<T> | null {
  if (DASH_IN_WORD.test(written)) return withAddressRewritten(written, parse, (word) => word.replace(DASH_IN_ADDRESS, '-'), 'the dash inside the address read as "-" (an address has no dash; it may stand for another character)');
  // A Markdown converter's backslash before a character it escapes (`anne\_multas@ksak.fi`, turndown's):
  // in a text with too few of them for its decoding to take the whole text for a converter's, still
  // never an address's own. (Audit WC F2 of round 78: kept, unsaid.)
  if (written.includes('\\')) return withAddressRewritten(written, parse, (word) => word.replace(MARKDOWN_ESCAPE_IN_ADDRESS, '$1'), 'the backslash before a character inside the address left out (a Markdown converter escapes "_" and "*" so; an address has no backslash)');
  return null;
}

/** A backslash before a character a Markdown converter escapes, inside an address's characters. */
const MARKDOWN_ESCAPE_IN_ADDRESS = lazyRegExp(() => /(?<=\S)\\([_*~#+\-.!\[\]()])(?=\S)/gu);

function withAddressRewritten<T>(written: string, parse: (text: string) => Normalised<T>, rewrite: (word: string) => string, said: string): Normalised<T> | null {
  // (Only in a word that is one address once so read: not a sentence's `kesä–heinäkuussa.`, a remark's
  // `(1.1.2015–31.12.2018)`, nor two addresses joined by a dash. Review RVA of round 77.)
  const rewritten: string[] = [];
  const text = written.replace(/\S+/gu, (word) => {
    const read = rewrite(word);
    const core = read.replace(/^[(<]+|[)>.,;:]+$/gu, '');
    if (read === word || !isOneAddress(core)) return word;
    rewritten.push(core);
    return read;
  });
  if (text === written) return null;
  const read = parse(text);
  // (Read so only where the address then reads cleanly: else as written, with what its own reading says. Review RVB.)
  if (read.problem !== undefined || (read.warnings?.length ?? 0) > 0 || (typeof read.value === 'string' && /[\s,;]/u.test(read.value))) return null;
  // (Of a list, each address so read must be one of the list's: `www.ksak.fi, www.valittavat–verkostot.fi`. Review RVC.)
  if (Array.isArray(read.value) && !rewritten.every((address) => (read.value as unknown[]).includes(address))) return null;
  return { ...read, warnings: [{ rule: NORMALISED_VALUE, message: `"${written}": ${said}` }, ...(read.warnings ?? [])] };
}

/** A name (no address of its own) then an address in angle brackets. */
const DISPLAY_NAME_AND_ADDRESS = lazyRegExp(() => /^["']?(\p{L}[^<>@"]{0,80}?)["']?\s*<(?:mailto:)?([^<>\s]+@[^<>\s]+)>$/iu);

export function parseEmail(input: string): Normalised<string> {
  const written = input.trim();
  const dashed = withAddressCharactersRead(written, parseEmail);
  if (dashed !== null) return dashed;
  let value = written.includes(normalAt) ? written.split(normalAt).join('@') : written;
  const changes: string[] = [];
  if (TYPOGRAPHIC_HYPHEN.test(value) && value.replace(HYPHEN_IN_ADDRESS, '-') !== value) {
    value = value.replace(HYPHEN_IN_ADDRESS, '-');
    changes.push('a typographic hyphen read as "-"');
  }
  // What a mail program or a sentence puts around an address: `<…>`, `mailto:`, a full stop after it,
  // Outlook's link after it (`etu.suku@x.fi<mailto:etu.suku@x.fi>`).
  const linked = /^([^\s<>]+)<mailto:\1>\.?$/iu.exec(value);
  if (linked !== null) value = `<${linked[1]}>`;
  const wrapped = /^(?:mailto:)?<?(?:mailto:)?([^\s<>]+?)>?\.?$/iu.exec(value);
  if (wrapped !== null && wrapped[1] !== value && !/\s/.test(value)) {
    value = wrapped[1];
    changes.push('what stood around the address left out');
  }
  // (Beside an address already read, `a(AT)x.fi tai b(at)x.fi`, only a bracketed form is one: a
  // word `at` between spaces there is a sentence's.)
  if (!value.includes('@') || /[([]at[)\]]/iu.test(value)) {
    const hasAddress = value.includes('@');
    const forms = new Set<string>();
    value = value.replace(unusualAtPattern, (form) => {
      if (hasAddress && /^\s*\p{L}+\s*$/u.test(form)) return form;
      forms.add(form.trim());
      return '@';
    });
    if (forms.size > 0) changes.push(`${[...forms].map((f) => `"${f}"`).join(', ')} read as "@"`);
  }
  // A mail program's display form, a name then the address in angle brackets (`Anna Keto
  // <anna.keto@thl.fi>`, pasted from Outlook): the address, the name left out. (Audit AO of round 59.)
  const displayed = value.endsWith('>') ? DISPLAY_NAME_AND_ADDRESS.exec(value) : null;
  if (displayed !== null && isValidEmail(displayed[2])) {
    return withNotes(displayed[2], [note(`"${written}" is a mail program's name and address: read as "${displayed[2]}" (the name "${displayed[1]}" left out${changes.length > 0 ? `; ${changes.join('; ')}` : ''})`)]);
  }
  // A mail program's link, its text then its address (`a@x.fi <mailto:a@x.fi>`): the one address.
  const mailLink = value.endsWith('>') ? /^(\S+@\S+)\s*<mailto:([^<>\s]+)>$/iu.exec(value) : null;
  if (mailLink !== null && mailLink[1].toLowerCase() === mailLink[2].toLowerCase() && isValidEmail(mailLink[1])) {
    return withNotes(mailLink[1], [note(`"${written}" is a mail program's link (its text, then its address in angle brackets): read as "${mailLink[1]}"${changes.length > 0 ? ` (${changes.join('; ')})` : ''}`)]);
  }
  if (/\s/.test(value)) {
    // Spaces around `@` and a dot between spaces are the address's (`anna . keto @ thl.fi`); a space anywhere else
    // separates it from other words (`… puh. 040 111 2222`, `a(at)x.fi tai b(at)x.fi`), which
    // are not glued on: the one address is read and the rest said, or the text kept as written.
    const joined = value.replace(/\s*@\s*/g, '@').replace(/\s+\.\s+/g, '.');
    if (!/\s/.test(joined)) {
      value = joined;
      changes.push('spaces removed');
    } else {
      // A space beside a dot inside the address (`anne. multas@…`, `…@ksak. fi`, a wrap's or a
      // typist's): one address when joined there, read so — said, as the text does not show it.
      // (Not a sentence's full stop after a whole address, `x@ksak.fi. Toimisto`, nor a name's
      // before it, `Anne. anne@ksak.fi`: every part in lower case, as an address is written, and no
      // whole address before the last.)
      const dotted = joined.replace(/\s*\.\s*/g, '.');
      const parts = joined.split(/\s*\.\s+|\s+\.\s*/u);
      const oneAddress = parts.every((part) => /^[\p{Ll}\d]/u.test(part)) && !parts.slice(0, -1).some((part) => part.includes('@') && isValidEmail(part));
      if (oneAddress && !/\s/.test(dotted) && isValidEmail(dotted)) return withNotes(dotted, [], [{ rule: NORMALISED_VALUE, message: `"${written}" read as "${dotted}" (the spaces beside its dots removed${changes.length > 0 ? `; ${changes.join('; ')}` : ''}): check the address` }]);
      const words = joined.split(/[\s,;]+/).filter((word) => word.length > 0);
      const addresses = words.filter(isValidEmail);
      if (addresses.length === 0) return changes.length === 0 ? ok(written) : withNotes(written, [note(`"${written}": ${changes.join('; ')}; no address in it`)]);
      const rest = words.filter((word) => word !== addresses[0]).join(' ');
      const notes = changes.length > 0 ? [note(`"${written}": ${changes.join('; ')}`)] : [];
      // (The one address written twice over, `a@x.fi a@x.fi`: read, noted; nothing else is there. Audit WN F10 of round 81.)
      if (rest === '') return withNotes(addresses[0], [...notes, note(`"${written}" writes the address "${addresses[0]}" ${words.length} times: read once`)]);
      const read = withNotes(addresses[0], notes, [{ rule: 'invalid-email', message: `"${written}" holds more than an address: "${addresses[0]}" read, "${rest}" not (the value as written is kept in unmapped)` }]);
      return read.problem ? read : { ...read, unread: rest };
    }
  }
  if (changes.length === 0) return ok(value);
  return withNotes(value, [note(`"${written}" read as "${value}" (${changes.join('; ')})`)]);
}

/** The address of {@link parseEmail}, without its notes. */
export function normaliseEmail(input: string): string {
  return parseEmail(input).value!;
}

/**
 * An address: a local part without a dot at either end, two dots in a row or a control character, and a domain of
 * labels (letters, digits, inner hyphens) with a top-level part of letters (`portyo..fi`,
 * `portyo_fi.fi`, `.mikko@…` are none).
 */
export function isValidEmail(value: string): boolean {
  return /^(?!\.)(?!.*\.\.)[^\s@()<>,;:\p{Cc}]+(?<!\.)@(?:(?!-)[\p{L}\p{N}-]+(?<!-)\.)+\p{L}{2,}$/u.test(value);
}

export function splitList(input: string): string[] {
  // A remark in brackets is part of its item (`Kouvola (Valkeala, Elimäki)`): no split inside it.
  const parts = input.includes('(') ? splitOutsideBrackets(input) : input.split(/[,;]/);
  return parts.map((item) => item.trim()).filter((item) => item.length > 0);
}

function splitOutsideBrackets(input: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === ';') && depth === 0) {
      parts.push(input.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(input.slice(start));
  return parts;
}

/** `Kouvola (Valkeala, Elimäki)`, `Vaasa (Vasa)`: a name and a remark in brackets after it. */
const NAME_AND_REMARK = lazyRegExp(() => /^(?<name>[^()]*\S)\s*\((?<remark>[^()]*)\)$/u);

/** Splits at `ja` / `sekä` between two names (`Taivalkoski ja Posio`), noting it. */
function splitAtConjunctions(items: string[], keepWhole: (item: string) => boolean, notes: Problem[]): string[] {
  const result: string[] = [];
  for (const item of items) {
    // Most names are one word: only an item with a space can hold a conjunction.
    if (!item.includes(' ') || !conjunctionPattern.test(item) || keepWhole(item)) {
      result.push(item);
      continue;
    }
    const parts = item.split(new RegExp(conjunctionPattern.source, 'giu')).filter((p) => p.length > 0);
    // A suspended compound (`Etelä- ja Pohjois-Savo`): the first part takes the second's ending.
    for (let i = 0; i + 1 < parts.length; i++) {
      const hyphen = parts[i + 1].indexOf('-');
      if (parts[i].endsWith('-') && hyphen > 0) parts[i] = `${parts[i]}${parts[i + 1].slice(hyphen + 1)}`;
    }
    notes.push(note(`"${item}" read as ${parts.length} names (${parts.map((p) => `"${p}"`).join(', ')})`));
    for (const part of parts) result.push(part);
  }
  // The same over a comma (`Etelä-, Keski- ja Pohjois-Pohjanmaa`): from the end, so that a chain completes.
  for (let i = result.length - 2; i >= 0; i--) {
    const hyphen = result[i + 1].indexOf('-');
    if (!result[i].endsWith('-') || result[i].includes(' ') || hyphen <= 0) continue;
    const completed = `${result[i]}${result[i + 1].slice(hyphen + 1)}`;
    notes.push(note(`"${result[i]}" read as "${completed}" (the name after it gives its ending)`));
    result[i] = completed;
  }
  return result;
}

const listGoesOn = lazyRegExp(() => new RegExp(`(?:^|[\\s,;])(?:${vocabulary.listGoesOnMarkers.words.map(escapeRegExp).join('|')})\\.?$`, 'iu'));

/**
 * A list of names as its names: a marker that more are meant (`… Kemi ym.`) is taken off with a note,
 * so that it does not become part of the last name; a full stop that ends the list is not part of
 * its last name (`Lappi.`, `Koski Tl.`: the official name has no dot).
 */
function namesOf(input: string, notes: Problem[], warnings: Problem[] | null = null, sameArea: (a: string, b: string) => boolean = () => false, isName: (name: string) => boolean = () => false): string[] {
  let text = input.trim();
  // A list's marker before the first name on the label's line (`Kunnat: •<TAB>Kajaani`, Word's bullet): no part of it.
  if (isListMarkerCode(text.charCodeAt(0)) && /^.[ \t]/u.test(text)) {
    text = text.slice(1).trim();
    notes.push(note(`the list's marker "${input.trim().charAt(0)}" before the first name left out`));
  }
  // The markers are short: only the list's end is looked at (a region's list may run to hundreds of names).
  const end = Math.max(0, text.length - 24);
  const more = listGoesOn.exec(text.slice(end));
  if (more !== null) more.index += end;
  if (more !== null && more.index > 0) {
    const marker = more[0].replace(/^[\s,;]/, '');
    text = text.slice(0, more.index).trim();
    notes.push(note(`"${marker}" (and others) at the end of the list is not a name and is left out; more may be meant than the list names`));
  }
  // An ellipsis that ends the list (`Kuusamo, Taivalkoski...`, `Kainuu …`, `, …`) says the same: no part of the last name.
  const ellipsis = /[\s,;]*(?:\.{2,}|…)$/u.exec(text);
  if (ellipsis !== null && ellipsis.index > 0) {
    text = text.slice(0, ellipsis.index).trim();
    notes.push(note(`the ellipsis "${ellipsis[0].trim()}" at the end of the list is not part of a name and is left out; more may be meant than the list names`));
  }
  // A table's cells pasted into one line (`Ähtäri\tAlavus\tKuortane`): the tabs part the names.
  if (text.includes('\t')) {
    text = text.replace(/[ ]*\t[\t ]*/gu, ', ');
    notes.push(note('the tabs between the names (a table\'s cells) read as commas'));
  }
  const items = splitList(text);
  // An empty place between two commas (`Mikkelin, , Savonlinnan`): a name the register left out, said.
  if (/[,;]\s*[,;]/u.test(text)) notes.push(note('an empty item between two commas is left out: the list may lack a name it meant to have'));
  if (items.length > 0 && items[items.length - 1].endsWith('.')) items[items.length - 1] = items[items.length - 1].slice(0, -1).trimEnd();
  // The remark is not part of the name (a former municipality, the name in Swedish): left out, noted.
  for (let i = 0; i < items.length; i++) {
    const remarked = items[i].endsWith(')') ? NAME_AND_REMARK.exec(items[i]) : null;
    if (remarked === null) continue;
    // A name's own qualifier in brackets (`Koski (Tl)`): the name with it, not a remark.
    const qualified = `${remarked.groups!.name} ${remarked.groups!.remark}`;
    if (!isName(remarked.groups!.name) && isName(qualified)) {
      notes.push(note(`"${items[i]}" read as "${qualified}"`));
      items[i] = qualified;
      continue;
    }
    // A region's remark that names a place (`Pohjois-Savo (osin Kainuu)`) may add an area the list then lacks: worth a warning.
    // (Not the same area in the other language: `Pohjanmaa (Österbotten)`.)
    if (warnings !== null && /(?:^|[\s+])\p{Lu}/u.test(remarked.groups!.remark) && !sameArea(remarked.groups!.name, remarked.groups!.remark)) warnings.push({ rule: 'invalid-value', message: `"${items[i]}" read as "${remarked.groups!.name}"; the remark in brackets, left out, may name another area the list does not` });
    else notes.push(note(`"${items[i]}" read as "${remarked.groups!.name}" (the remark in brackets left out)`));
    items[i] = remarked.groups!.name;
  }
  // `Pori, Ulvila, ja Rauma`: a conjunction after the comma is not part of the name.
  for (let i = 1; i < items.length; i++) {
    const space = items[i].indexOf(' ');
    if (space > 0 && conjunctionWords.has(items[i].slice(0, space).toLowerCase())) items[i] = items[i].slice(space + 1).trim();
  }
  return items.filter((item) => item.length > 0);
}

/**
 * Names of regions or sub-regions: split on commas, semicolons and `ja` (noted). `sameArea` tells a
 * remark in brackets that names the same area in the other language.
 */
export function parseNameList(input: string, sameArea: (a: string, b: string) => boolean = () => false, areaKindOf: (name: string) => string | null = () => null): Normalised<string[]> {
  const notes: Problem[] = [];
  const warnings: Problem[] = [];
  const written = namesOf(input, notes, warnings, sameArea);
  // (A sentence is kept whole, not parted at its `ja`: `Hanke toteutetaan Vaasassa ja Mustasaaressa.`)
  const names = splitAtSlashes(splitAtConjunctions(written, (item) => isSentenceOfNoName(item, (part) => areaKindOf(part) !== null), notes), areaKindOf, sameArea, notes);
  return withNotes(names, notes, [...warnings, ...sentenceAmong(names)]);
}

/**
 * Areas of their own parted by a slash (`Pohjanmaa/Keski-Pohjanmaa`, `Vaasan/Kyrönmaan`): each a name
 * of the list, noted. (Not one area's names in two languages, `Pohjanmaa/Österbotten`, nor a part
 * that names no area, nor areas of two kinds, `Pohjois-Pohjanmaa / Oulun seutukunta`: which list
 * each is of the text does not tell.)
 */
function splitAtSlashes(items: string[], areaKindOf: (name: string) => string | null, sameArea: (a: string, b: string) => boolean, notes: Problem[]): string[] {
  if (!items.some((item) => item.includes('/'))) return items;
  return items.flatMap((item) => {
    if (!item.includes('/') || areaKindOf(item) !== null) return [item];
    const parts = item.split(/\s*\/\s*/u);
    const kind = areaKindOf(parts[0]);
    if (parts.length < 2 || kind === null || !parts.every((part) => areaKindOf(part) === kind) || parts.some((part, k) => parts.slice(k + 1).some((other) => sameArea(part, other)))) return [item];
    notes.push(note(`"${item}" read as ${parts.length} names, ${parts.map((part) => `"${part}"`).join(', ')}`));
    return parts;
  });
}

/** No name of a place has this many words: an item that has is a sentence written where names stand. */
const MOST_WORDS_IN_A_NAME = 4;

/** Names run together (`Rovaniemi Ranua Kemi Tornio`) are capitalised words, said elsewhere; a sentence has words in lower case. */
function isSentence(name: string): boolean {
  // Five words take at least nine characters and four spaces: most names are looked at no further.
  if (name.length < 9 || name.indexOf(' ') === -1) return false;
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  // (The whole country in words, `Kaikki Suomen kunnat paitsi Ahvenanmaan`, is read as such later.)
  return words.length > MOST_WORDS_IN_A_NAME && words.filter((word) => /^\p{Ll}/u.test(word)).length >= 2 && !namesWholeCountry(name);
}

/**
 * A sentence none of whose parts at a conjunction is a name (`Hanke toteutetaan Vaasassa ja
 * Mustasaaressa.`): kept whole, said. One with names in it (`Espoo ja Vantaa sekä muut
 * pääkaupunkiseudun kunnat`) is parted as a list is, its names read.
 */
function isSentenceOfNoName(item: string, isName: (name: string) => boolean): boolean {
  return isSentence(item) && !item.split(new RegExp(conjunctionPattern.source, 'giu')).some((part) => isName(part.trim()));
}

function sentenceAmong(names: string[]): Problem[] {
  const sentence = names.find(isSentence);
  return sentence === undefined ? [] : [{ rule: 'invalid-value', message: `"${sentence.slice(0, 60)}" is a sentence, not a name: the list is kept as written, and its names may be wrong` }];
}

/** A word of a remark after an area that adds places to it (vocabulary `areaRemarkAdditions`: `myös`, `sekä`, `ja`, `lisäksi`). */
const AREA_REMARK_ADDS = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.areaRemarkAdditions.words.join('|')})(?![\\p{L}])`, 'iu'));

/**
 * Municipality names, kept as written (`TURKU`, `kokkola`), split on commas, semicolons and `ja`. An
 * item that is not a name by itself joins the item before it (`Koski, Tl` → `Koski Tl`), decided never by
 * its length (`Ii` is a municipality) but by `isMunicipality` when given (the Statistics Finland list:
 * an item that is a municipality stays separate; one that is not but makes one with the previous item is
 * joined to it), else by the known qualifiers of `municipalityQualifiers` in grammar/vocabulary.json.
 */
export function parseMunicipalities(input: string, isMunicipality?: (name: string) => boolean, sameArea: (a: string, b: string) => boolean = () => false, isCurrent: (name: string) => boolean = () => false, inflectsCurrent: (word: string) => string | null = () => null): Normalised<string[]> {
  const notes: Problem[] = [];
  // A remark that names a municipality of its own (`Joensuu (myös Liperi ja Kontiolahti)`) may add
  // places the list then lacks: a warning. (A former one, merged since, `Kouvola (Valkeala, Elimäki)`,
  // `Lahti (ent. Nastola)`, is no such; nor its name in the other language, `Mustasaari (Korsholm)`;
  // nor a Roman numeral, `(II vaihe)`, though `Ii` is a municipality.)
  const warnings: Problem[] = [];
  // (Nor one written inflected, as prose writes places, `Kuusamo (sekä Taivalkosken kunta)`, `(myös Pudasjärvellä)`,
  // `(+Salla)`, `(Taivalkoski-Posio)`: audit WA of round 77, each was an info. Not the name's own, `Oulu (Oulun kaupunki)`.)
  // (An inflected form only in a remark that adds places, `myös`, `sekä`, `+`: municipalities' names are common words and
  // surnames, `(Oulun seutu)`, `(Lahden ranta)`, `(Anne Salon vastuualue)`, `(EURAan)`. Review RVB of round 77.)
  let adds = false;
  const namesOther = (name: string, word: string) => isCurrent(word) ? !sameArea(name, word) : adds && /^\p{Lu}/u.test(word) && !(isMunicipality?.(word) ?? false) && inflectedOther(name, inflectsCurrent(word));
  // (Not the name's own, nor its other language's, `Vaasa (myös Vasan)`. Review RVC.)
  const inflectedOther = (name: string, inflected: string | null) => inflected !== null && inflected !== name.toLowerCase() && !sameArea(name, inflected);
  // (Two current municipalities joined by a dash, `(Taivalkoski-Posio)`: each. Not a word with another part, `EURA-tunnus`,
  // `II-vaihe`, a sub-region's `Kemi-Tornion`. Reviews RVA and RVB of round 77.)
  const parts = (word: string) => word.split(/[-–]+/u);
  const namesOtherIn = (name: string, word: string): boolean => word !== '' && !/^[IVX]+$/u.test(word) && (namesOther(name, word) || (/[-–]/u.test(word) && !(isMunicipality?.(word) ?? false) && parts(word).every((part) => isCurrent(part)) && parts(word).some((part) => namesOther(name, part))));
  const namesNoOther = (name: string, remark: string) => {
    adds = remark.includes('+') || AREA_REMARK_ADDS.test(remark);
    return !remark.split(/[\s,;/+]+/u).some((word) => namesOtherIn(name, word));
  };
  const written = namesOf(input, notes, isMunicipality ? warnings : null, namesNoOther, isMunicipality);
  const items = splitAtConjunctions(written, (item) => (isMunicipality?.(item) ?? false) || isSentenceOfNoName(item, isMunicipality ?? (() => false)), notes);
  const joins = isMunicipality
    ? (previous: string, item: string) => !isMunicipality(item) && isMunicipality(`${previous} ${item}`)
    : (_previous: string, item: string) => qualifierKeys.has(item.replace(/\.$/, '').toLowerCase());
  const result: string[] = [];
  for (const written of items) {
    // Municipalities of their own parted by a slash (`Joensuu/Liperi`, `Vaasa / Mustasaari`): each
    // a name of the list. (Not one municipality's names in two languages, `Raasepori/Raseborg`.)
    const parts = isMunicipality && written.includes('/') && !isMunicipality(written) ? written.split(/\s*\/\s*/u) : null;
    if (parts !== null && parts.length > 1 && parts.every((part) => isMunicipality!(part)) && !parts.some((part, k) => parts.slice(k + 1).some((other) => sameArea(part, other)))) {
      notes.push(note(`"${written}" read as ${parts.length} municipalities, ${parts.map((part) => `"${part}"`).join(', ')}`));
      result.push(...parts);
      continue;
    }
    const item = written;
    const last = result.length - 1;
    if (last >= 0 && joins(result[last], item)) {
      notes.push(note(`"${result[last]}" and "${item}" read as one name, "${result[last]} ${item}"`));
      result[last] = `${result[last]} ${item}`;
    } else result.push(item);
  }
  return withNotes(result, notes, [...warnings, ...sentenceAmong(result)]);
}

/** The names of {@link parseMunicipalities}, without its notes. */
export function splitMunicipalities(input: string, isMunicipality?: (name: string) => boolean): string[] {
  return parseMunicipalities(input, isMunicipality).value!;
}

const ADDRESS_START = lazyRegExp(() => /^(?:https?:\/\/|www\.)/i);
const WEB_ADDRESS = lazyRegExp(() => /^(?:https?:\/\/\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:[/:?#]\S*)?)$/iu);

/**
 * A comma separates two addresses unless it sits in an address's path (`…/page,2`) and what follows
 * does not start a new one: host names have no commas, paths may.
 */
function splitAtCommas(piece: string): string[] {
  if (!piece.includes(',')) return [piece];
  const parts: string[] = [];
  let start = 0;
  for (let comma = piece.indexOf(','); comma !== -1; comma = piece.indexOf(',', comma + 1)) {
    const before = piece.slice(start, comma).replace(/^\s*https?:\/\//i, '');
    const after = piece.slice(comma + 1);
    const inPath = before.includes('/') && after.length > 0 && !/^\s/.test(after) && !ADDRESS_START.test(after);
    if (!inPath) {
      parts.push(piece.slice(start, comma));
      start = comma + 1;
    }
  }
  parts.push(piece.slice(start));
  return parts;
}

/**
 * A semicolon separates addresses, not the one of an HTML entity in a copied address (`&amp;`) nor
 * one inside an address's query (`…/hanke?id=1;x=2`) where no new address starts after it.
 */
function splitAtSemicolons(text: string): string[] {
  if (!text.includes(';')) return [text];
  const parts: string[] = [];
  let start = 0;
  for (let at = text.indexOf(';'); at !== -1; at = text.indexOf(';', at + 1)) {
    const before = text.slice(start, at);
    const after = text.slice(at + 1);
    const entity = /&[a-z]{2,6}$/i.test(before);
    const inQuery = /\?\S*$/.test(before) && after.length > 0 && !/^\s/.test(after) && !ADDRESS_START.test(after);
    if (entity || inQuery) continue;
    parts.push(before);
    start = at + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Addresses that copies passed through e-mail or social media wrap in a redirect of their own
 * (Outlook's Safe Links, Proofpoint, Google's and Facebook's redirects): the wrapped address is the
 * project's, the wrapper only the mail system's.
 */
const LINK_WRAPPERS: { start: RegExp; wrapped: (address: URL) => string | null }[] = [
  { start: /^https?:\/\/[\w.-]*safelinks\.protection\.outlook\.com\/?\?/i, wrapped: (address) => address.searchParams.get('url') },
  { start: /^https?:\/\/(?:www\.)?google\.[a-z.]{2,6}\/url\?/i, wrapped: (address) => address.searchParams.get('q') || address.searchParams.get('url') },
  { start: /^https?:\/\/(?:l|lm|m)\.facebook\.com\/l\.php\?/i, wrapped: (address) => address.searchParams.get('u') },
  { start: /^https?:\/\/urldefense(?:\.proofpoint)?\.com\/v3\/__/i, wrapped: (address) => /^\/v3\/__(.+?)__;/.exec(address.pathname + address.search)?.[1] ?? null },
  // Proofpoint's older form writes the address with `-XX` for escaped characters and `_` for `/`.
  { start: /^https?:\/\/urldefense(?:\.proofpoint)?\.com\/v2\/url\?/i, wrapped: (address) => address.searchParams.get('u')?.replace(/_/g, '/').replace(/-([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) ?? null },
];

/**
 * A mail program's link as its plain text writes it (Outlook: the link's text, then its address in
 * angle brackets, `http://www.a.fi<http://www.a.fi/>`, the address often a Safe Links redirect).
 */
const MAIL_LINK = lazyRegExp(() => /^(.*?)\s*<((?:https?:\/\/|mailto:)[^<>\s]+)>$/iu);

/** A mail program's link read as the address it shows (its text, when an address; else its target), with a note; null: no such link. */
function unwrapMailLink(item: string, notes: Problem[], warnings: Problem[]): string | null {
  const link = MAIL_LINK.exec(item);
  if (link === null) return null;
  const written = link[1].trim();
  const target = unwrapLink(link[2], notes, warnings) ?? link[2];
  const value = WEB_ADDRESS.test(written) ? written : target;
  if (!WEB_ADDRESS.test(value)) return null;
  notes.push(note(`"${item.slice(0, 60)}${item.length > 60 ? '…' : ''}" is a mail program's link (its text, then its address in angle brackets): read as "${value}"`));
  return value;
}

/** A wrapped address's own (with a note), a wrapper that wraps none (with a warning), or null: no wrapper. */
function unwrapLink(item: string, notes: Problem[], warnings: Problem[]): string | null {
  if (!item.includes('?') && !item.includes('__')) return null;
  const wrapper = LINK_WRAPPERS.find((w) => w.start.test(item));
  if (wrapper === undefined) return null;
  let wrapped: string | null = null;
  try {
    wrapped = wrapper.wrapped(new URL(item));
  } catch {
    wrapped = null;
  }
  if (wrapped === null || !WEB_ADDRESS.test(wrapped)) {
    warnings.push({ rule: 'invalid-url', message: `"${item.slice(0, 80)}" is a mail or social-media redirect whose address could not be read; kept as written` });
    return null;
  }
  notes.push(note(`"${item.slice(0, 60)}…" is a redirect that a mail system or a social-media site wrote around "${wrapped}": read as that address`));
  return wrapped;
}

/**
 * `project.websites`: addresses split on commas, semicolons and white space (`www.a.fi www.b.fi`, noted),
 * never inside one address. White space splits only when every word looks like an address, so a
 * sentence written instead (`Projektilla ei ollut internet-osoitetta.`) stays whole, with a warning
 * (`invalid-url`) that it is not an address; an empty marker (`-`) is no address at all.
 */
export function parseWebsites(input: string, { readRemarkAddresses = true, readDashes = true }: { readRemarkAddresses?: boolean; readDashes?: boolean } = {}): Normalised<string[]> {
  const written = input.trim();
  const dashed = readDashes ? withAddressCharactersRead(written, (text) => parseWebsites(text, { readRemarkAddresses })) : null;
  if (dashed !== null) return dashed;
  const text = TYPOGRAPHIC_HYPHEN.test(written) ? written.replace(HYPHEN_IN_ADDRESS, '-') : written;
  if (text.length === 0 || isEmptyMarker(text)) return ok([]);
  const notes: Problem[] = text === written ? [] : [note(`"${written}": a typographic hyphen read as "-"`)];
  const warnings: Problem[] = [];
  const items: string[] = [];
  // A wrapper's own syntax may hold the separators (Proofpoint's `__;!!…$`).
  const wholeNotes: Problem[] = [];
  const whole = /\s/.test(text) ? null : unwrapLink(text, wholeNotes, []);
  if (whole !== null) return withNotes([whole], wholeNotes);
  const pieces = splitAtSemicolons(text).flatMap(splitAtCommas);
  // A sentence written instead, with a comma in it (`Projektilla ei ollut internet-osoitetta, eikä
  // sivuja.`): no word of it is an address, so it is one value kept as written, not a list.
  if (pieces.length > 1 && /\s/.test(text) && !text.split(/[\s,;]+/).some((word) => WEB_ADDRESS.test(word.replace(/^[<(["'“”]+|[>)\]"'“”.:]+$/gu, '')))) {
    return withNotes([text], notes, [{ rule: 'invalid-url', message: `"${text.slice(0, 80)}" does not look like a web address; kept as written` }]);
  }
  for (const piece of pieces) {
    const trimmed = piece.trim();
    // A text browser's link number before an address after the first (`[1]www.a.fi, [2]www.b.fi`,
    // lynx; the first's the lexer took off): no part of it.
    const linkNumber = /^\[\d{1,3}\](?=\S)/u.exec(trimmed);
    const item = linkNumber !== null && WEB_ADDRESS.test(trimmed.slice(linkNumber[0].length)) ? trimmed.slice(linkNumber[0].length) : trimmed;
    if (item !== trimmed) notes.push(note(`"${trimmed}" read as "${item}" (a text browser's link number before it left out)`));
    if (item.length === 0) continue;
    const unwrapped = unwrapMailLink(item, notes, warnings) ?? unwrapLink(item, notes, warnings);
    if (unwrapped !== null) {
      items.push(unwrapped);
      continue;
    }
    if (/\s/.test(item)) {
      // Addresses separated by spaces or list words (`www.a.fi ja www.b.fi`); a remark in brackets after them.
      const remark = /\s*\([^()]*\)$/u.exec(item);
      const words = (remark ? item.slice(0, remark.index) : item).split(/\s+/).filter((word) => !conjunctionWords.has(word.toLowerCase()));
      if (words.length > 0 && words.every((word) => WEB_ADDRESS.test(word))) {
        // (An address in the remark, `(myös www.lappi.fi/polku)`, is the project's too: read, not dropped.)
        // (Only a remark whose other words are `websiteRemarkWords`, `myös`, `ks. myös`: another may
        // say the address is another's or out of use, `(vanha osoite: www.a.net)`.)
        const remarkWords = remark === null || !readRemarkAddresses ? [] : remark[0].trim().slice(1, -1).split(/[\s,;]+/u).filter(Boolean);
        const addresses = remarkWords.map((word) => word.replace(/[.:]+$/u, '')).filter((word) => WEB_ADDRESS.test(word));
        const inRemark = addresses.length > 0 && remarkWords.every((word) => WEB_ADDRESS.test(word.replace(/[.:]+$/u, '')) || websiteRemarkWords.has(word.replace(/[:,]+$/u, '').toLowerCase())) ? addresses : [];
        notes.push(note(`"${item}" read as ${words.length + inRemark.length === 1 ? 'the address' : `${words.length + inRemark.length} addresses`} ${[...words, ...inRemark].map((w) => `"${w}"`).join(', ')}${remark ? `; ${inRemark.length > 0 ? 'the other words of ' : ''}"${remark[0].trim()}" ${inRemark.length > 0 ? 'are' : 'is'} a remark, not an address` : ''}`));
        for (const word of [...words, ...inRemark]) items.push(word);
        continue;
      }
    }
    // A full stop after an address ends the sentence it stands in, not the address.
    if (item.endsWith('.') && WEB_ADDRESS.test(item.slice(0, -1))) {
      notes.push(note(`"${item}" read as "${item.slice(0, -1)}" (the full stop after it left out)`));
      items.push(item.slice(0, -1));
      continue;
    }
    if (!WEB_ADDRESS.test(item)) warnings.push({ rule: 'invalid-url', message: `"${item}" does not look like a web address; kept as written` });
    else if (runsTwoAddressesTogether(item)) warnings.push(twoAddressesRunTogether(item));
    items.push(item);
  }
  return withNotes(items, notes, warnings);
}

/**
 * Whether an address holds the start of another, the break between them lost (`www.a.fiwww.b.fi`, `http://a.fiwww.b.fi`).
 * Audit WK of round 80: read as one, unsaid.
 */
function runsTwoAddressesTogether(word: string): boolean {
  // (Only a second glued to the first's top-level domain, `….fiwww.`, `….fihttp://`: one in a path, a query or a word,
  // `…/uusiwww.html`,
  // `facebook.com/www.ksak.fi`, `?ref=www.esr.fi`, an archive's `…/web/2015/http://…`, is the address's own. Review RVB.)
  return /\.\p{L}{2,6}(?:www\.|https?:\/\/)/iu.test(word);
}
const twoAddressesRunTogether = (item: string): Problem => ({ rule: 'invalid-url', message: `"${item}" holds two web addresses run together (the space or the line between them lost?); kept as written` });

/**
 * One web address (an organisation's site): read as {@link parseWebsites} reads each, so that a
 * sentence in its place or a full stop after it is said; several addresses are kept as written.
 */
export function parseWebsite(input: string): Normalised<string> {
  const written = input.trim();
  const dashed = withAddressCharactersRead(written, parseWebsite);
  if (dashed !== null) return dashed;
  if (TYPOGRAPHIC_HYPHEN.test(written)) {
    const text = written.replace(HYPHEN_IN_ADDRESS, '-');
    if (text !== written) {
      const read = parseWebsite(text);
      return withNotes(read.value!, [note(`"${written}": a typographic hyphen read as "-"`), ...(read.notes ?? [])], read.warnings);
    }
  }
  const text = written;
  // One address as it should be written (nearly every one): nothing to split or say.
  if (!/[\s,;?<]|\.$|__/.test(text) && WEB_ADDRESS.test(text)) return runsTwoAddressesTogether(text) ? withNotes(text, [], [twoAddressesRunTogether(text)]) : ok(text);
  // (One address with another in a remark, `www.a.fi (myös www.b.fi/x)`: the field holds the first, the remark said.)
  // (Its dashes as written: one field's value kept as written is not rewritten. Review RVC.)
  const read = parseWebsites(text, { readRemarkAddresses: false, readDashes: false });
  if (read.value!.length === 1) return withNotes(read.value![0], read.notes, read.warnings);
  const notes = read.value!.length > 1 ? [note(`"${text}" holds ${read.value!.length} addresses; kept as written`)] : [];
  return withNotes(text, notes, read.warnings);
}

/**
 * A phone number, kept as written (numbers are written many ways, and several may stand together).
 * A value without five digits (an e-mail address, a word) is no number: kept, with a warning.
 */
const MOST_PHONE_DIGITS = 13;
/** No Finnish phone number has fewer digits than `09 123 45`'s seven. */
const FEWEST_PHONE_DIGITS = 7;

/** A text with its tabs, and the spaces around them, read as one space (`KSAK<TAB>Oy`). */
export function withTabsAsSpaces(text: string): string {
  return text.includes('\t') ? text.replace(/ *\t[ \t]*/gu, ' ') : text;
}

export function parsePhone(input: string): Normalised<string> {
  // A link's `tel:` before the number (a copy of a page's link): the number without it, noted.
  const linked = /^tel:\s*(\+?\d[\d\s-]*)$/iu.exec(input.trim());
  if (linked === null) return parsePhoneNumber(input);
  const number = parsePhoneNumber(linked[1]);
  if (number.value === null) return number;
  return withNotes(number.value, [{ rule: NORMALISED_VALUE, message: `"${input.trim()}" read as "${number.value}": the link's "tel:" left out` }, ...(number.notes ?? [])], number.warnings ?? []);
}

/**
 * A group of a number's digits with capitals or x's glued to it in place of digits (`12AB`, `45xx`,
 * `XX45`, `4321A`; one capital inside or first, a scan's or a typist's, `22B3`, `B233`) — not a remark's word in lower case, `24h`, `6000vaihde`, hours in capitals, `24H`,
 * nor an extension, `x123`.
 */
const DIGITS_WITH_LETTERS = lazyRegExp(() => /(?<![\p{L}\d])(?:\d+(?:[xX]{2,}|\p{Lu}{2,4})|\d{3,}\p{Lu}|[xX]{2,}\d*)(?![\p{L}\d])/u);
/** One capital inside a group of the number's own digits or leading it (`22B3`, `B233`): tried on the number before any remark, `(huone B233)`. */
const ONE_CAPITAL_IN_DIGITS = lazyRegExp(() => /(?<![\p{L}\d])(?:\d+\p{Lu}\d+|\p{Lu}\d{3,})(?![\p{L}\d])/u);
/** Where a phone number's remark starts: a bracket, a comma, a slash, or a word of two letters or more. */
const PHONE_REMARK = lazyRegExp(() => /[(,/]|\s\p{L}{2,}/u);

/** A run of a number's digits and its spaces or dashes. */
const DIGIT_RUN = lazyRegExp(() => /(?<![\d.])\+?\d[\d\s-]*\d(?![\d.])/gu);
/** Years from and to (`2019 - 2021`): no number. */
const YEAR_RANGE = lazyRegExp(() => /^(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}$/u);
/** The fewest digits of a second phone number after a phone's first (`020 610 6001`; hours, `8 - 16`, and extensions have fewer). */
const SECOND_NUMBER_DIGITS = 6;
const LIST_WORD = lazyRegExp(() => new RegExp(`^(?:${CONJUNCTIONS})$`, 'iu'));
/** The first word naming a number in what follows a phone's first number, where a second number stands there; else null. */
function secondNamedNumber(rest: string): string | null {
  // (Not a date's part nor years, `(avoinna 1.8.2019 - 31.5.2020)`, `(voimassa 2019 - 2021)`. Review BW of round 66.)
  const numbers = (rest.match(DIGIT_RUN) ?? []).filter((run) => run.replace(/\D/gu, '').length >= SECOND_NUMBER_DIGITS && !YEAR_RANGE.test(run));
  if (numbers.length === 0) return null;
  return (rest.match(/\p{L}+/gu) ?? []).find((word) => !LIST_WORD.test(word)) ?? null;
}

/** A letter a scan reads for a digit (O, o, l, I) inside a group of digits, or leading one (`O40`, `73l`, `5O20`). */
const SCANNED_LETTER_IN_DIGITS = lazyRegExp(() => /(?<![\p{L}])[OolI]\d|\d[OolI](?:\d|(?![\p{L}]))/u);

/** An e-mail address: a name, `@` or `(at)`/`[at]`, and a domain. */
const ADDRESS_IN_PHONE = lazyRegExp(() => /[\w.-]+\s*(?:@|\((?:at|a)\)|\[(?:at|a)\])\s*[\w-]+\.\p{L}/iu);
/** The shapes of other fields' values a phone's field may hold by mistake, and what each is. */
const OTHER_FIELD_SHAPES: readonly (readonly [RegExp, string])[] = [
  [/^\d{7}\s*-\s*\d$/u, "has a Y-tunnus's shape"],
  [/^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u, "has a date's shape"],
  [/^\d{5}$/u, "has a postal code's shape"],
  // (With its post office after it, `93601 Kuusamo`: review RVB of round 80.)
  [/^\d{5}\s+\p{Lu}[\p{L}-]+$/u, "has a postal code's and a post office's shape"],
];
function parsePhoneNumber(input: string): Normalised<string> {
  const text = input.trim();
  // (An e-mail address beside the number, `0400 225 587, anne.multas(at)ksak.fi`: its own field's, said. Audit WN F5 of round 81.)
  if (ADDRESS_IN_PHONE.test(text) && /\d{3}/u.test(text.replace(ADDRESS_IN_PHONE, ''))) return withNotes(text, [], [{ rule: 'invalid-value', message: `"${text.slice(0, 80)}" holds an e-mail address besides the number; kept as written (the address is not read as the contact's e-mail)` }]);
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  // No phone number has more digits than `+358 40 123 4567`'s twelve: more are two numbers run together.
  // (The international prefix dialled as `00` in place of `+`, `00358 40 123 4567`, is no digit of the number. Audit BK of round 65.)
  const dialledPrefix = /^00\s?[1-9]/u.test(text) ? 2 : 0;
  if (digits - dialledPrefix > MOST_PHONE_DIGITS && !/[,;/(]|\s(?:tai|ja|or)\s/u.test(text)) return withNotes(text, [], [{ rule: 'invalid-value', message: `"${text.slice(0, 60)}" has ${digits} digits: more than one phone number, run together? Kept as written` }]);
  // (A tab between the groups of one number, `013 555<TAB>8800`, is a space; between two it parts them, said above.)
  // (Letters inside a group of its digits, `044 555 12AB`, `040 123 45xx`: a number not written whole.)
  const remark = PHONE_REMARK.exec(text);
  const lettered = DIGITS_WITH_LETTERS.exec(text) ?? ONE_CAPITAL_IN_DIGITS.exec(remark === null ? text : text.slice(0, remark.index));
  if (digits >= 5 && lettered !== null) return withNotes(withTabsAsSpaces(text), [], [{ rule: 'invalid-value', message: `"${text.slice(0, 60)}" has letters among the digits of a group ("${lettered[0]}"): a number not written whole, or mistyped? Kept as written` }]);
  // (A letter a scan reads for a digit inside a group, `O40 731 5520`, `040 73l 5520`: a number not read right.)
  const scanned = SCANNED_LETTER_IN_DIGITS.exec(text);
  if (digits >= 5 && scanned !== null) return withNotes(withTabsAsSpaces(text), [], [{ rule: 'invalid-value', message: `"${text.slice(0, 60)}" has a letter among its digits ("${scanned[0]}": a scan's O for 0, l for 1?); kept as written` }]);
  // (Five or six digits are too few for a Finnish number, `09 123 45` has seven: one cut, or its end wrapped
  // onto the next line, `040 555` / `4567`. Audit AJ of round 58.)
  // (Only a number with its area code, `0…` or `+…`: a service or short number, `116 117`, `13 120`, is whole. Review X.)
  if (digits >= 5 && digits < FEWEST_PHONE_DIGITS && /^\D*[0+]/u.test(text)) return withNotes(withTabsAsSpaces(text), [], [{ rule: 'invalid-value', message: `"${text.slice(0, 60)}" has only ${digits} digits, too few for a phone number: cut, or its end on the next line? Kept as written` }]);
  // A second number named by a word of its own after the first (`017 555 1200, faksi 017 555 1201`, `…, gsm 040 …`):
  // a fax's or another line's, no alternative of the same phone (`… tai 050 …`). Kept as written, said. Audit BT of round 66.
  // (Named before it or after it, `020 610 6000 (vaihde), 020 610 6001 (faksi)`, `…, p. 040 …`; not hours, `klo 8 - 16`, nor an extension, `/ 1234`.)
  const named = digits >= 5 && remark !== null && remark.index >= 5 ? secondNamedNumber(text.slice(remark.index)) : null;
  if (named !== null) return withNotes(withTabsAsSpaces(text), [], [{ rule: 'invalid-value', message: `"${text.slice(0, 80)}" holds a second number after the first, one named "${named}": kept as written, both` }]);
  // (A value of another field's shape, a Y-tunnus, a date, a postal code, or seven digits or more that no Finnish number
  // starts with, no `0`, `+` or `358`: a value typed or shifted into the phone's field. Audit WK of round 80: read unsaid.)
  const otherShape = digits >= 5 ? OTHER_FIELD_SHAPES.find(([shape]) => shape.test(text)) ?? (digits >= FEWEST_PHONE_DIGITS && !/^\D*(?:[0+]|358)/u.test(text) ? [null, 'starts as no Finnish phone number does (no 0, + or 358 first)'] as const : undefined) : undefined;
  if (otherShape !== undefined) return withNotes(withTabsAsSpaces(text), [], [{ rule: 'invalid-value', message: `"${text.slice(0, 60)}" ${otherShape[1]}, not a phone number's: a value of another field? Kept as written` }]);
  if (digits >= 5) return ok(withTabsAsSpaces(text));
  return withNotes(text, [], [{ rule: 'invalid-value', message: `"${text.slice(0, 60)}" is not a phone number; kept as written` }]);
}

export interface PriorityAxis {
  number: number | null;
  title: string | null;
}

/** `N: title` or `N. title`, or a dash, bracket or nothing between them (those are noted). */
const NUMBERED_AXIS = lazyRegExp(() => /^(\d{1,2})(?:\s*([:.)\-–—/|])\s*|\s+)(\S.*)$/u);

/** `ja`, `sekä`, `tai` …: the words that join two items of a list, or two alternatives, as one alternation. */
export const CONJUNCTIONS = [...vocabulary.listConjunctions, ...vocabulary.alternativeConjunctions].map(escapeRegExp).join('|');

/**
 * What follows a first number when the value names a second (`2. ja 3. Työllisyys`, `9.1 ja 10.1`,
 * `10.1, 10.2`, `10.1 tai 10.2`, `7.1/7.2`): a list's separator or conjunction, then a digit. The
 * record holds one axis and one objective, so neither number is the value's.
 */
const SECOND_NUMBER = lazyRegExp(() => new RegExp(`^(?:[,;/&+]|(?:${CONJUNCTIONS})(?![\\p{L}]))\\s*\\d`, 'iu'));

/** A second code after the first one's title (`10.1. Työelämän …, 10.2 Syrjäytymisvaarassa …`). */
const ANOTHER_CODE = lazyRegExp(() => new RegExp(`(?:[,;/]|\\s(?:${CONJUNCTIONS}))\\s*\\d{1,2}\\.\\d{1,2}(?!\\d)`, 'iu'));
/** A second axis after the first one's title (`5. Sosiaalinen osallisuus …, 3. Työllisyys`). */
const ANOTHER_AXIS = lazyRegExp(() => new RegExp(`(?:[,;/]|\\s(?:${CONJUNCTIONS}))\\s*\\d{1,2}[.:]\\s+\\p{Lu}`, 'u'));

/** A list's separator, dash or conjunction, with the space after it. */
const SEPARATOR = lazyRegExp(() => new RegExp(`(?:[,;/&+\u2013\u2014]|\\s-|(?:^|\\s)(?:${CONJUNCTIONS})(?![\\p{L}]))\\s*`, 'giu'));

/**
 * The number of another axis that what follows an axis's number names, else null: a number alone
 * (`3 – 5`), another axis written with its prefix right after a dash (`TL5 – TL3`), or after a
 * separator (`TL5 ja TL3`, `ESR-toimintalinja 5 ja 3`, `Toimintalinja 5: …, Toimintalinja 3: …`).
 */
function anotherAxis(rest: string): number | null {
  // Another axis has a number: a title without a figure names none (nearly every title).
  if (!/\d/.test(rest)) return null;
  // A remark in brackets that ends with a number of one or two digits after a word or two at most
  // (`(myös TL1)`, `(osin 3)`, `(3)`): another axis the project is also under. (Not a year, a date, an
  // objective's code, nor an ordinal with its word, `(2. hakukierros)`.)
  for (const bracket of rest.matchAll(/\(([^()]*)\)/gu)) {
    const number = AXIS_IN_REMARK.exec(bracket[1].trim());
    if (number !== null) return Number(number[1] ?? number[2]);
  }
  const alone = /^(\d{1,2})\.?$/u.exec(rest.trim());
  if (alone !== null) return Number(alone[1]);
  const direct = prefixedAxisPattern.exec(rest);
  if (direct !== null) return Number(direct.groups!.number);
  for (const separator of rest.matchAll(SEPARATOR)) {
    const after = rest.slice(separator.index + separator[0].length);
    const prefixed = prefixedAxisPattern.exec(after);
    if (prefixed !== null) return Number(prefixed.groups!.number);
    const number = separator.index === 0 ? /^(\d{1,2})(?!\d)/u.exec(after) : null;
    if (number !== null) return Number(number[1]);
  }
  return null;
}

/** Whether the value names an axis besides `first` (the same axis written again, `5. … - TL 5`, is one). */
function namesAnotherAxis(rest: string, first: string): boolean {
  const other = anotherAxis(rest) ?? axisWithTitleIn(rest, Number(first));
  return other !== null && other !== Number(first);
}

/**
 * Another axis written with its title inside the first's (`… (myös TL 3 Työllisyys)`, `… (aiemmin 4.
 * Koulutus)`, `3 Työllisyys …; 5 Sosiaalinen …`, `3 Työllisyys … 5. Sosiaalinen …`): an axis's number
 * with a dot or a colon and a capital after it anywhere, or, after a bracket, a semicolon, a dash, `+`
 * or `&` and a word or two at most, with a capital after it. (`Covid-19 …`, a year, a date are none.)
 * Audit AO of round 59: the first axis was read, unsaid.
 */
function axisWithTitleIn(rest: string, first: number): number | null {
  if (!/\d/u.test(rest)) return null;
  for (const found of rest.matchAll(AXIS_WITH_TITLE)) {
    // (A call's or a round's ordinal, `2. Haku`, `(Haku 2: …)`, `(muutos 2. Hakukierroksella)`, a date's month, `1. Maaliskuuta`: no axis. Review Y.)
    const around = rest.slice(Math.max(0, found.index - 20), found.index + found[0].length + 20);
    if (NOT_AXIS_WORDS.test(around)) continue;
    const number = Number(found[1] ?? found[2]);
    if (number >= 1 && number <= HIGHEST_AXIS && number !== first) return number;
  }
  return null;
}
/** Words beside a number that make it a call's, a round's or a date's (vocabulary `priorityAxis.notAxisWords`). */
const NOT_AXIS_WORDS = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.priorityAxis.notAxisWords.join('|')})`, 'iu'));
// (Case kept: a capital starts the other axis's title, `(2. hakukierros)` is an ordinal.)
const AXIS_WITH_TITLE = lazyRegExp(() => /(?<![\p{L}\d.,\-])(?:[tT][lL]\s?)?(\d{1,2})[.:]\s+\p{Lu}|(?:[(;\u2013\u2014]|\s[-+&])\s*(?:[\p{L}.]+\s+){0,2}(?:[tT][lL]\s?)?(\d{1,2})\.?\s+\p{Lu}/gu);

/** A remark's number of an axis: a word or two at most before it, `TL` glued or not (`myös TL1`, `osin 3`), or a former one's after a comma (`muutettu, aiemmin 1`; vocabulary `businessIdFormer`). */
const AXIS_IN_REMARK = lazyRegExp(() => new RegExp(`^(?:[\\p{L}.]+\\s+){0,2}(?:tl\\s?)?(\\d{1,2})\\.?$|,\\s*(?:${vocabulary.businessIdFormer.words.map(escapeRegExp).join('|')})\\s+(?:tl\\s?)?(\\d{1,2})\\.?$`, 'iu'));
/** A remark's objective code: a word or two at most before it (`myös 10.2`, `10.2.`). */
const CODE_IN_REMARK = lazyRegExp(() => /^(?:[\p{L}.]+\s+){0,2}(\d{1,2}\.\d{1,2})\.?$/u);
/**
 * Whether a day and month cannot be an objective's code: its first number is above the programmes'
 * axes (12, REACT-EU's). (`muutettu 9.1.` may be the objective changed to 9.1: two codes, said.)
 */
const noCodeOf = (dayMonth: string) => Number(dayMonth.split('.')[0]) > HIGHEST_AXIS;
const HIGHEST_AXIS = 12;
/** The words before a day and month that make them a date (`päivitetty`, `alkaen`): the vocabulary's `specificObjective.dateWordsInRemark`. */
const DATE_WORDS_IN_REMARK = lazyRegExp(() => new RegExp(vocabulary.specificObjective.dateWordsInRemark, 'iu'));
/** An objective's code after a word or two of the value (`… ja osin 10.2`, `10.1 ja osin 10.2 Työelämän …`), no date's (`1.1.2016`). */
const CODE_AFTER_WORDS = lazyRegExp(() => /(?:^|\s)(?:[\p{L}.]+\s+){1,2}(\d{1,2}\.\d{1,2})(?!\d|\.\d)/gu);

/** The same for an objective's code: `10.1 – 10.2`, `ET 10.1 – ET 10.2`, `ET 10.1. … sekä ET 10.2`. */
function anotherCode(rest: string): string | null {
  if (!/\d/.test(rest)) return null;
  const code = (text: string) => /^(\d{1,2}\.\d{1,2})(?![\d])/u.exec(text)?.[1] ?? null;
  // A code at the end of a remark in brackets, or of the value, after a word or two at most
  // (`(myös 10.2)`, `(10.2)`, `ja osin 10.2`): another objective. (Not a date with words after it,
  // `(1.9. alkaen)`, nor one with its year, `1.1.2016`.)
  for (const bracket of rest.matchAll(/\(([^()]*)\)/gu)) {
    const remark = bracket[1].trim();
    const remarked = CODE_IN_REMARK.exec(remark);
    // (A day and month after a word of a date, `(päivitetty 15.3.)`, is a date.)
    if (remarked !== null && !(DATE_WORDS_IN_REMARK.test(remark.slice(0, remarked.index + remarked[0].indexOf(remarked[1]))) && noCodeOf(remarked[1]))) return remarked[1];
  }
  // (Each, past a date's: `…, muutettu 15.9. ja osin 10.2`.)
  for (const named of rest.matchAll(CODE_AFTER_WORDS)) {
    if (!(DATE_WORDS_IN_REMARK.test(named[0].slice(0, named[0].lastIndexOf(named[1])).trim() + ' ') && noCodeOf(named[1]))) return named[1];
  }
  const alone = /^(\d{1,2}\.\d{1,2})\.?$/u.exec(rest.trim());
  if (alone !== null) return alone[1];
  const direct = objectivePrefix.exec(rest);
  if (direct !== null && code(rest.slice(direct[0].length)) !== null) return code(rest.slice(direct[0].length));
  for (const separator of rest.matchAll(SEPARATOR)) {
    const after = rest.slice(separator.index + separator[0].length);
    const prefix = objectivePrefix.exec(after);
    if (prefix !== null && code(after.slice(prefix[0].length)) !== null) return code(after.slice(prefix[0].length));
  }
  return null;
}

function namesAnotherCode(rest: string, first: string): boolean {
  const other = anotherCode(rest) ?? codeInTitle(rest, first);
  return other !== null && other !== first;
}

/**
 * Another objective's code anywhere in the first's title (`… (10.3 Köyhyysuhan …)`, `… (ja 10.3 …)`,
 * `… – 10.3 …`, `… & 10.3 …`): a code's shape, of an axis the programmes have, no date's (`1.1.2016`,
 * `1.1. 2016`, `päivitetty 15.3.`, `1.9. alkaen`), no version's (`4.0`). No objective's title holds such
 * a number. Audit AO of round 59: the first code was read, unsaid.
 */
function codeInTitle(rest: string, first: string): string | null {
  if (!/\d\.\d/u.test(rest)) return null;
  for (const found of rest.matchAll(CODE_SHAPE_IN_TITLE)) {
    const code = found[1];
    if (code === first || noCodeOf(code)) continue;
    const before = rest.slice(Math.max(0, found.index - 40), found.index).split(/\s+/u).filter(Boolean).slice(-2).join(' ');
    const lastWord = before.split(' ').pop() ?? '';
    if (lastWord !== '' && (DATE_WORDS_IN_REMARK.test(`${lastWord} `) || DATE_NOUN_BEFORE.test(lastWord))) continue;
    const after = rest.slice(found.index + found[0].length);
    // (A day and month with its dot before another's range, `1.9. – 31.10.`, or a name, `10.3. Mikkelissä`, a decimal before a unit, `2.5 milj. €`. Review Y.)
    if (DATE_WORD_AFTER.test(after) || DAY_MONTH_RANGE.test(after) || UNIT_AFTER.test(after) || DAY_MONTH_THEN_DASH.test(rest.slice(0, found.index))) continue;
    return code;
  }
  return null;
}
const CODE_SHAPE_IN_TITLE = lazyRegExp(() => /(?<![\d.,])([1-9]\d?\.[1-9]\d?)(?![\d%]|[.,]\d|\.\s?(?:19|20)\d{2}|\s?%)/gu);
/** A word before a day and month that makes it a date (vocabulary `specificObjective.dateNounsBefore`: `päätös`, `haku`, `hakuaika`). */
const DATE_NOUN_BEFORE = lazyRegExp(() => new RegExp(`^\\(?(?:${vocabulary.specificObjective.dateNounsBefore.map(escapeRegExp).join('|')})$`, 'iu'));
/** A day and month's dot, then a dash and another (`1.9. – 31.10.`), or a capitalised place after it (`10.3. Mikkelissä`). */
const DAY_MONTH_RANGE = lazyRegExp(() => new RegExp(`^\\.\\s*(?:[-–—]\\s*\\d{1,2}\\.\\d{1,2}\\.?|\\p{Lu}\\p{Ll}+(?:${vocabulary.specificObjective.placeCaseEndings.join('|')})(?![\\p{L}]))`, 'u'));
/** A day and month and a dash right before (`2.5. – 3.6.`: the range's end). */
const DAY_MONTH_THEN_DASH = lazyRegExp(() => /\d{1,2}\.\d{1,2}\.?\s*[-–—]\s*$/u);
/** A unit after a decimal (`2.5 milj. €`, `1.5 %`, `2.5 M€`). */
const UNIT_AFTER = lazyRegExp(() => new RegExp(`^\\s*(?:${vocabulary.specificObjective.unitsAfterDecimal.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));
/** A date's word right after a day and month (`1.9. alkaen`, `15.3. asti`). */
const DATE_WORD_AFTER = lazyRegExp(() => new RegExp(`^\\.?\\s*(?:${vocabulary.specificObjective.dateWordsAfter.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));

function namesTwo(what: string, text: string, first: string): Problem[] {
  return [{ rule: 'invalid-value', message: `"${text}" names more than one ${what} (${first} and another); the record holds one, so no ${what === 'priority axis' ? 'number' : 'code'} is read and the whole value is kept as the title` }];
}

/** A day, a month and a year (`31.12.2017`, `1.1. 2016`; not a decade's word after a code, `10.1. 2020-luvun …`): a date, never an axis number or an objective's code. */
const OBJECTIVE_LIKE_DATE = lazyRegExp(() => /^\d{1,2}\.\d{1,2}\.\s?(?:19|20)\d{2}(?![\d-])/u);

/**
 * `2: Title` (2007–2013), `5. Title` (2014–2020, also `9. REACT-EU ESF measures`) or `Toimintalinja 5
 * (ESR)` (project pages). Read with a note: `4 – Title`, `Toimintalinja 2: Title`, `TL5 Title`,
 * `TL 5: Title`.
 */
export function parsePriorityAxis(input: string): Normalised<PriorityAxis> {
  const read = parsePriorityAxisAsWritten(input);
  // (A number no programme's axes reach, `50 Sosiaalinen osallisuus …`: a typing error, `5O` mended by hand. Kept, said.
  // Audit WK of round 80: an info only.)
  // (Nor axis 0, which none has: review RVB.)
  if (read.problem || read.value.number === null || (read.value.number >= 1 && read.value.number <= HIGHEST_AXIS)) return read;
  return withNotes(read.value, read.notes, [...(read.warnings ?? []), { rule: 'invalid-number', message: read.value.number === 0 ? `"${input.trim()}" is read as axis 0, which no programme has: a number written wrong?` : `"${input.trim()}" is read as axis ${read.value.number}, but no programme has more than ${HIGHEST_AXIS} axes: a number written wrong?` }]);
}
function parsePriorityAxisAsWritten(input: string): Normalised<PriorityAxis> {
  const text = input.trim();
  const date = OBJECTIVE_LIKE_DATE.exec(text);
  if (date !== null) return withNotes({ number: null, title: text }, [], [{ rule: 'invalid-number', message: `"${text}" starts with the date ${date[0]}, not an axis number: the axis number is not read` }]);
  // A specific objective's code (`10.1.`, `5.1`) where the axis should stand: its first number is no axis.
  if (/^\d{1,2}\.\d{1,2}(?:[.:)\s]|$)/u.test(text)) return withNotes({ number: null, title: text }, [], [{ rule: 'invalid-number', message: `"${text}" starts with a specific objective's code, not an axis number: the axis number is not read` }]);
  const numbered = NUMBERED_AXIS.exec(text);
  // (`9 / 10`: a slash or a bar before an axis's number parts two axes, not an axis from its title; `5 / 2015` is a year.)
  if (numbered && (SECOND_NUMBER.test(numbered[3]) || ((numbered[2] === '/' || numbered[2] === '|') && /^\d{1,2}(?!\d)/u.test(numbered[3])) || ANOTHER_AXIS.test(numbered[3]) || namesAnotherAxis(numbered[3], numbered[1]))) return withNotes({ number: null, title: text }, [], namesTwo('priority axis', text, numbered[1]));
  if (numbered) {
    // `5 (ESR)`: the brackets name the fund, not the axis.
    const fundOnly = /^\((.*)\)$/u.exec(numbered[3].trim());
    if (fundOnly && fundOfBracket(fundOnly[1]) !== null) return withNotes({ number: Number(numbered[1]), title: null }, [note(`"${text}" read as axis ${numbered[1]}`)]);
    const value = { number: Number(numbered[1]), title: numbered[3].trim() };
    const separator = numbered[2];
    if (separator === ':' || separator === '.') return ok(value);
    return withNotes(value, [note(`"${text}" read as axis ${value.number}, "${value.title}"`)]);
  }
  const bare = /^(\d{1,2})[:.]?$/.exec(text);
  if (bare) return ok({ number: Number(bare[1]), title: null });
  const programme = programmeAxisPattern.exec(text);
  if (programme) {
    // The brackets name the fund (`(ESR)`, `(ESR, REACT-EU)`); anything else in them is the axis's title, kept.
    const bracket = programme.groups!.fund?.trim() ?? '';
    const namesFund = bracket === '' || bracketNamesFund(bracket);
    if (!namesFund && namesAnotherAxis(`(${bracket})`, programme.groups!.number)) return withNotes({ number: null, title: text }, [], namesTwo('priority axis', text, programme.groups!.number));
    const value = { number: Number(programme.groups!.number), title: namesFund ? null : bracket };
    if (!namesFund) return withNotes(value, [note(`"${text}" read as axis ${value.number}, "${bracket}"`)]);
    // The page's own form (`Toimintalinja 5 (ESR)`) needs no note; its short form (`TL5`) does.
    return /^tl/iu.test(text) ? withNotes(value, [note(`"${text}" read as axis ${value.number}`)]) : ok(value);
  }
  const prefixed = prefixedAxisPattern.exec(text);
  if (prefixed) {
    // (The fund's bracket before the title, `Toimintalinja 5 (ESR) | Sosiaalinen osallisuus`, is no part of it.)
    const fundFirst = FUND_BRACKET_FIRST.exec(prefixed.groups!.title);
    const title = fundFirst !== null && bracketNamesFund(fundFirst.groups!.inner) ? prefixed.groups!.title.slice(fundFirst[0].length) : prefixed.groups!.title;
    if (SECOND_NUMBER.test(title) || ANOTHER_AXIS.test(title) || namesAnotherAxis(title, prefixed.groups!.number)) return withNotes({ number: null, title: text }, [], namesTwo('priority axis', text, prefixed.groups!.number));
    const value = { number: Number(prefixed.groups!.number), title: title.trim() || null };
    return withNotes(value, [note(`"${text}" read as axis ${value.number}${value.title ? `, "${value.title}"` : ''}`)]);
  }
  return withNotes({ number: null, title: text }, [], [{ rule: 'invalid-number', message: `"${text}" has no axis number that can be read; the whole value is kept as the axis's title` }]);
}

/** A bracket first in an axis's title, and a separator after it (`(ESR) | …`). */
const FUND_BRACKET_FIRST = lazyRegExp(() => /^\((?<inner>[^()]{1,40})\)\s*(?:[|:\u2013\u2014-]\s*)?/u);

/** Whether a bracket's words name the fund only (`ESR`, `ESR, REACT-EU`), no title. */
function bracketNamesFund(bracket: string): boolean {
  return bracket.split(/[\s,;/]+/u).every((word) => fundByName.has(word.toLowerCase()) || bracketTags.has(word.toLowerCase())) || fundOfBracket(bracket) !== null;
}

export interface SpecificObjective {
  code: string | null;
  title: string | null;
}

/** `Työelämän … parantaminen, 10.1`, `… – 10.1`, `… / 10.1.`, `… (ET 10.1)`: the code after the title. */
const CODE_AFTER_TITLE = lazyRegExp(() => /^(?<title>\p{L}.*?)(?:\s*[,;/\-\u2013\u2014]\s*|\s+)(?:\((?<inner>[^()]{1,40})\)|(?<bare>[1-9]\d?\.[1-9]\d?))\.?$/u);
const WORDS_BEFORE_CODE_AT_END = lazyRegExp(() => new RegExp(vocabulary.specificObjective.wordsBeforeCodeAtEnd, 'iu'));
/** `(10.1) Työelämän …`: the code in brackets before the title. */
const CODE_IN_BRACKETS_FIRST = lazyRegExp(() => /^\((?<bare>[1-9]\d?\.[1-9]\d?)\.?\)\s*[.:\-\u2013\u2014]?\s*(?<title>\p{L}.*)$/u);
const CODED_OBJECTIVE = lazyRegExp(() => /^(\d{1,2}(?:\.\d{1,2})+)(?:\s*([.:)\-–—/|])\s*|\s+)(\S.*)$/u);

/** `10.1. Title` or `10.1 Title` → {code: "10.1", title}; `10.1: Title` and `10.1 – Title` with a note. */
const objectivePrefix = lazyRegExp(() => new RegExp(vocabulary.specificObjective.prefixPattern, 'iu'));

/** Whether a line writes an axis or an objective (a field of `type`) with the words that lead its number (`TL 2: …`, `Toimintalinja 2: …`; vocabulary `prefixPattern`); false for other types. */
export function startsWithNumberedPrefix(type: string | undefined, text: string): boolean {
  if (type === 'priorityAxis') return prefixedAxisPattern.test(text.trim());
  return type === 'specificObjective' && objectivePrefix.test(text.trim());
}

export function parseSpecificObjective(input: string): Normalised<SpecificObjective> {
  const written = input.trim();
  const prefix = objectivePrefix.exec(written);
  if (prefix !== null) {
    const read = parseSpecificObjective(written.slice(prefix[0].length));
    if (read.value!.code !== null) return withNotes(read.value!, [note(`"${written}" read as code ${read.value!.code}${read.value!.title ? `, "${read.value!.title}"` : ''} ("${prefix[0].trim()}" left out)`)]);
    // Two codes after the prefix (`Erityistavoite 10.1 ja 10.2`): said as they are without it.
    if (read.warnings !== undefined && read.warnings.length > 0) return withNotes({ code: null, title: written }, [], read.warnings);
  }
  const text = written;
  // A date where the code stands (`31.12.2017`, `1.1.2016 alkaen`: a copy's date column shifted
  // into the field) reads as a code and a year: no code is read.
  const date = OBJECTIVE_LIKE_DATE.exec(text);
  if (date !== null) return withNotes({ code: null, title: text }, [], [{ rule: 'invalid-value', message: `"${text}" starts with the date ${date[0]}, not a specific objective's code (such as 10.1): no code is read; the whole value is kept as the title` }]);
  const first = /^\d{1,2}(?:\.\d{1,2})+/u.exec(text);
  if (first !== null && SECOND_NUMBER.test(text.slice(first[0].length).replace(/^[.:]?\s*/u, ''))) return withNotes({ code: null, title: text }, [], namesTwo('specific objective', text, first[0]));
  const match = CODED_OBJECTIVE.exec(text);
  if (match && (ANOTHER_CODE.test(match[3]) || namesAnotherCode(match[3], match[1]))) return withNotes({ code: null, title: text }, [], namesTwo('specific objective', text, match[1]));
  // A letter after the code (`6.1.a) Nuorten …`, `6.1 b) …`): a sub-objective's code the programme does not have, as `6.1a` is.
  if (match && /^\p{L}[).](?:\s|$)/u.test(match[3])) return withNotes({ code: null, title: text }, [], [{ rule: 'invalid-value', message: `"${text}" has a letter after the code ${match[1]} ("${match[3].slice(0, 2)}"): not a specific objective's code (such as 10.1); no code is read, the whole value is kept as the title` }]);
  if (match) {
    const value = { code: match[1], title: match[3].trim() };
    if (match[2] === undefined || match[2] === '.') return ok(value);
    return withNotes(value, [note(`"${text}" read as code ${value.code}, "${value.title}"`)]);
  }
  const bare = /^(\d{1,2}(?:\.\d{1,2})+)[.:]?$/.exec(text);
  if (bare) return ok({ code: bare[1], title: null });
  // A number where the code should stand that is not one (`10. Työelämän …`, `10.1, 10.2`): said.
  // (Also one a scan misread, `l0.l.`, `I0.1`: letters where the code's digits stand.)
  if (/^\d/u.test(text) || /^[\dlIO]{1,2}\.[\dlIO]{1,2}\.?(?:\s|$)/u.test(text)) return withNotes({ code: null, title: text }, [], [{ rule: 'invalid-value', message: `"${text}" starts with a number that is not a specific objective's code (such as 10.1): no code is read; the whole value is kept as the title` }]);
  // The code in brackets after the title (`Työelämän … parantaminen (10.1)`): read, noted.
  const after = /\s*\((\d{1,2}\.\d{1,2})\.?\)\.?$/u.exec(text);
  if (after !== null && after.index > 0) return withNotes({ code: after[1], title: text.slice(0, after.index) }, [note(`"${text}" read as code ${after[1]}, "${text.slice(0, after.index)}" (the code in brackets after the title)`)]);
  // The code after the title (`…, 10.1`, `… – 10.1`, `… (ET 10.1)`) or in brackets before it
  // (`(10.1) Työelämän …`), as a programme document lists them: read, noted.
  const bracketsFirst = CODE_IN_BRACKETS_FIRST.exec(text);
  const trailing = bracketsFirst ?? CODE_AFTER_TITLE.exec(text);
  const code = trailing?.groups!.bare ?? /^([1-9]\d?\.[1-9]\d?)\.?$/u.exec(trailing?.groups!.inner?.replace(objectivePrefix, '').trim() ?? '')?.[1];
  if (trailing !== null && code !== undefined) {
    // (`…, ET 10.1`, `… – erityistavoite 10.1`: the words that name the code are no part of the title.)
    const title = trailing.groups!.title.replace(WORDS_BEFORE_CODE_AT_END, '').trim();
    if (!/\d{1,2}\.\d{1,2}/u.test(title)) return withNotes({ code, title }, [note(`"${text}" read as code ${code}, "${title}" (the code written ${bracketsFirst !== null ? 'in brackets before' : 'after'} the title)`)]);
  }
  // A code elsewhere in the value (`Työelämän 10.1 …`): where it belongs the text does not tell.
  const inside = /(?<![\d.])[1-9]\d?\.[1-9]\d?(?![\d.]\d)/u.exec(text);
  if (inside !== null) return withNotes({ code: null, title: text }, [], [{ rule: 'invalid-value', message: `"${text}" holds ${inside[0]}, written where a specific objective's code does not stand: no code is read; the whole value is kept as the title` }]);
  // A page writes the objective's title alone: no code is no problem.
  return ok({ code: null, title: text });
}

export interface Status {
  text: string;
  state: 'ended' | 'ongoing' | null;
}

const stateOf = (key: string): Status['state'] => (endedKeys.has(key) ? 'ended' : ongoingKeys.has(key) ? 'ongoing' : null);
const remarkUndoes = new Set(vocabulary.status.remarkUndoes.map((word) => word.toLowerCase()));
/** The words that say a state (`päättynyt`, `toiminnassa`, `käynnissä` …; not `hanke`): in a remark, maybe another state. */
const wordsOf = (keys: Set<string>) => new Set([...keys].flatMap((key) => key.split(' ')));
const statusWords = ((ended, ongoing) => new Set([...ended].filter((w) => !ongoing.has(w)).concat([...ongoing].filter((w) => !ended.has(w)))))(wordsOf(endedKeys), wordsOf(ongoingKeys));
const statusPhrases: [string, Status['state']][] = [...[...endedKeys].map((key) => [key, 'ended'] as [string, Status['state']]), ...[...ongoingKeys].map((key) => [key, 'ongoing'] as [string, Status['state']])];
const TRAILING_DATE = lazyRegExp(() => /[\s,:]+\(?\d{1,2}\.\d{1,2}\.\d{2,4}\)?\.?$/);

/** The text is kept whole; the state is read from it, also when a date follows (`Toiminta päättynyt 31.8.2011`, noted). */
export function parseStatus(input: string): Normalised<Status> {
  const text = input.trim();
  const state = stateOf(normaliseKey(text));
  if (state !== null) return ok({ text, state });
  // In two languages, both saying the same (`Toiminnassa / Pågår`).
  const slash = text.indexOf('/');
  if (slash > 0) {
    const first = stateOf(normaliseKey(text.slice(0, slash)));
    if (first !== null && first === stateOf(normaliseKey(text.slice(slash + 1)))) return withNotes({ text, state: first }, [note(`state "${first}" read from "${text}", a status in two languages`)]);
  }
  const dated = TRAILING_DATE.exec(text);
  const undated = dated ? stateOf(normaliseKey(text.slice(0, dated.index))) : null;
  if (undated === null) {
    // A status with a remark after it (`Toiminta päättynyt (loppuraportti hyväksytty)`, `Toiminnassa, päättyy 31.12.2019`).
    const prefix = statusPrefix(text);
    if (prefix !== null) return withNotes({ text, state: prefix }, [note(`state "${prefix}" read from "${text}", a status with a remark`)]);
    return withNotes({ text, state: null }, [], [{ rule: 'invalid-value', message: `"${text}" is no status the layout knows (ended or ongoing): its state is not read` }]);
  }
  return withNotes({ text, state: undated }, [note(`state "${undated}" read from "${text}", a status with a date`)]);
}

/** The state of the longest status phrase the text starts with, followed by a remark, else null. */
function statusPrefix(text: string): Status['state'] {
  const key = normaliseKey(text);
  let best: { length: number; state: Status['state'] } | null = null;
  for (const [phrase, state] of statusPhrases) {
    if (key.length > phrase.length && key.startsWith(phrase) && /[\s,(;]/u.test(key.charAt(phrase.length)) && (best === null || phrase.length > best.length)) best = { length: phrase.length, state };
  }
  // A remark that says no, or another state, or that the project stopped (`Toiminnassa (hanke peruttu)`,
  // `Käynnissä → päättynyt`) may undo the phrase: not read.
  if (best === null) return null;
  const remark = key.slice(best.length);
  if (/[→/]/u.test(remark) || remark.split(/[\s,();–]+/u).some((word) => noKeys.has(word) || remarkUndoes.has(word) || statusWords.has(word))) return null;
  return best.state;
}

export function parseYesNo(input: string): Normalised<boolean> {
  const key = normaliseKey(input);
  // A one-letter answer (`K`, `E`, a form's abbreviation) is read, and said: it is an unusual form.
  if (yesKeys.has(key)) return key.length === 1 ? withNotes(true, [note(`"${input.trim()}" read as "${vocabulary.yes[0]}"`)]) : ok(true);
  if (noKeys.has(key)) return key.length === 1 ? withNotes(false, [note(`"${input.trim()}" read as "${vocabulary.no[0]}"`)]) : ok(false);
  // A form's two answers with their check boxes, one ticked (`Kyllä (x) Ei ( )`): the ticked one.
  const boxes = TWO_BOXES.exec(input.trim());
  if (boxes !== null && (boxes[2] === '') !== (boxes[4] === '')) {
    const word = boxes[2] !== '' ? boxes[1] : boxes[3];
    const other = boxes[2] !== '' ? boxes[3] : boxes[1];
    const value = yesKeys.has(normaliseKey(word)) ? true : noKeys.has(normaliseKey(word)) ? false : null;
    if (value !== null && (yesKeys.has(normaliseKey(other)) || noKeys.has(normaliseKey(other))) && yesKeys.has(normaliseKey(other)) !== value) return withNotes(value, [note(`"${input.trim()}" read as "${word}", the answer whose box is ticked`)]);
  }
  // The boxes before the answers, as Word's and PDF forms draw them (`[x] Kyllä [ ] Ei`, `☒ Kyllä ☐ Ei`,
  // `( ) Kyllä (x) Ei`), or square or drawn boxes after them (`Kyllä ☐ Ei ☒`): the ticked one. (Audit AO of round 59.)
  const ticked = tickedAnswer(input.trim());
  if (ticked !== null) return withNotes(ticked.value, [note(`"${input.trim()}" read as "${ticked.word}", the answer whose box is ticked`)]);
  // In English or Swedish, alone or after the Finnish answer (`Yes`, `Kyllä / Yes`): read, noted.
  const parts = input.trim().split(LANGUAGES_APART);
  const answers = parts.length <= 2 ? parts.map((part) => answerInAnyLanguage(normaliseKey(part))) : [];
  if (answers.length > 0 && answers.every((answer) => answer !== null && answer === answers[0]) && !(parts.length === 1 && (yesKeys.has(key) || noKeys.has(key)))) {
    const value = answers[0]!;
    return withNotes(value, [note(`"${input.trim()}" read as "${value ? vocabulary.yes[0] : vocabulary.no[0]}"${parts.length === 2 ? ' (the answer in two languages)' : ''}`)]);
  }
  return fail('invalid-value', `"${input}" is not a yes/no answer (${vocabulary.yes[0]} / ${vocabulary.no[0]})`);
}

const otherLanguageYesKeys = keySet(vocabulary.answersInOtherLanguages.yes);
const otherLanguageNoKeys = keySet(vocabulary.answersInOtherLanguages.no);
/** A yes/no answer of the layout's or of another language, by its key; null when none. */
function answerInAnyLanguage(key: string): boolean | null {
  if (yesKeys.has(key) || otherLanguageYesKeys.has(key)) return true;
  if (noKeys.has(key) || otherLanguageNoKeys.has(key)) return false;
  return null;
}

/** `Kyllä, analyysissä todettiin …`, `Ei. Syy …`, `Kyllä (osittain)`, `Kyllä<TAB>…`: the answer, then what explains it. */
const ANSWER_THEN_TEXT = lazyRegExp(() => /^(?<word>\p{L}+)(?:\s*[,.;:]\s+|\s*[,.;:]?\t\s*|\s+[-–—]\s+|\s*(?=\())(?<rest>\S.*)$/su);

const NOT_ONLY = lazyRegExp(() => /^\(?\p{L}+\s+(?:ainoastaan|vain|pelkästään|only)\b/iu);
const answerQualifiers = new Set(vocabulary.answerQualifiers.words.map((word) => word.toLowerCase()));
/** Whether the words after an answer start by qualifying it (`mutta vain osittain …`, `(osittain)`; after a yes, `ei kuitenkaan …`). */
export function qualifiesAnswer(rest: string, answer: boolean): boolean {
  const first = /^\(?(\p{L}+)/u.exec(rest);
  if (first === null) return false;
  const word = first[1].toLowerCase();
  // After a yes, a no as a word of its own (`Kyllä, ei kuitenkaan …`), not a compound's (`ei-syrjintä`) nor `ei ainoastaan … vaan myös`.
  // (A one-letter no before a dot is an initial: `Kyllä, E. Virtanen …`.)
  return answerQualifiers.has(word) || (answer && noKeys.has(word) && !/^\(?\p{L}+-/u.test(rest) && !(word.length === 1 && /^\(?\p{L}\./u.test(rest)) && !NOT_ONLY.test(rest));
}

/**
 * An answer of two letters or more followed by a space only: before a qualifying word (`Ei vielä,
 * …`, `Ei ole, koska …`) or a sentence of its own (`Kyllä Satama-ala on …`).
 */
const ANSWER_BEFORE_WORDS = lazyRegExp(() => /^(?<word>\p{L}{2,})\s+(?<rest>(?<next>\p{L}+).*)$/su);

/** Answers of more than one word (`Ei ole`), longest first, each with what follows it (`Ei ole, koska …`) as ANSWER_THEN_TEXT's groups. */
const wordedAnswers = [...vocabulary.yes, ...vocabulary.no]
  .filter((answer) => answer.includes(' '))
  .sort((a, b) => b.length - a.length)
  .map((answer) => lazyRegExp(() => new RegExp(`^(?<word>${escapeRegExp(answer)})(?:\\s*[,.;:]\\s+|\\s+[-–—]\\s+|\\s+(?=\\p{Lu}))(?<rest>\\S.*)$`, 'isu')));

function answerOfWords(input: string): RegExpExecArray | null {
  for (const pattern of wordedAnswers) {
    const match = pattern.exec(input);
    // (After a space alone, only a capitalised sentence: `Ei ole tehty` is no answer `Ei ole` and a text `tehty`.
    // The pattern's `i` makes \p{Lu} match any letter, so the case is looked at here.)
    if (match !== null && (/[,.;:\-–—]/u.test(input.slice(match.groups!.word.length, input.length - match.groups!.rest.length)) || /^\p{Lu}/u.test(match.groups!.rest))) return match;
  }
  return null;
}

function answerBeforeWords(input: string): RegExpExecArray | null {
  const match = ANSWER_BEFORE_WORDS.exec(input);
  if (match === null) return null;
  const next = match.groups!.next;
  // Both answers written (`Kyllä Ei X`, a form's options): no answer.
  if (yesKeys.has(next.toLowerCase()) || noKeys.has(next.toLowerCase())) return null;
  return answerQualifiers.has(next.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(next) ? match : null;
}

/** A form's two answers, each with its check box, ticked or not: `Kyllä (x) Ei ( )`. */
/** A check box: brackets with a mark or none in them, or a drawn box (☒ ☑ ticked, ☐ not). */
const BOX = String.raw`(?:[[(]\s*([xX*✓✔]?)\s*[\])]|([☐☒☑]))`;
const BOXES_FIRST = lazyRegExp(() => new RegExp(String.raw`^${BOX}\s*(\p{L}+)[\s,;/]*${BOX}\s*(\p{L}+)$`, 'u'));
const DRAWN_BOXES_AFTER = lazyRegExp(() => new RegExp(String.raw`^(\p{L}+)\s*:?\s*${BOX}[\s,;/]*(\p{L}+)\s*:?\s*${BOX}$`, 'u'));
const isTicked = (mark: string | undefined, drawn: string | undefined) => (drawn !== undefined ? drawn !== '☐' : mark !== undefined && mark !== '');

/** A form's yes and no, each with its box, one of them ticked: the ticked answer; else null. */
function tickedAnswer(text: string): { value: boolean; word: string } | null {
  if (!/[[(☐☒☑]/u.test(text)) return null;
  const first = BOXES_FIRST.exec(text);
  const after = first === null ? DRAWN_BOXES_AFTER.exec(text) : null;
  if (first === null && after === null) return null;
  const [word1, tick1, word2, tick2] = first !== null ? [first[3], isTicked(first[1], first[2]), first[6], isTicked(first[4], first[5])] : [after![1], isTicked(after![2], after![3]), after![4], isTicked(after![5], after![6])];
  if (tick1 === tick2) return null;
  const answer1 = answerInAnyLanguage(normaliseKey(word1));
  const answer2 = answerInAnyLanguage(normaliseKey(word2));
  if (answer1 === null || answer2 === null || answer1 === answer2) return null;
  return tick1 ? { value: answer1, word: word1 } : { value: answer2, word: word2 };
}
const TWO_BOXES = lazyRegExp(() => /^(\p{L}+)\s*:?\s*\(\s*([xX*✓✔]?)\s*\)[\s,;/]*(\p{L}+)\s*:?\s*\(\s*([xX*✓✔]?)\s*\)$/u);
/** A form's check box after an answer, and the other answer with its box: `( ) Ei (x)`, `(x), Ei ( )`, `( ) / E (X)`. */
const CHECK_BOXES = lazyRegExp(() => /^\(\s*[xX*✓✔]?\s*\)[\s,;/]*\p{L}+\s*:?\s*\(\s*[xX*✓✔]?\s*\)/u);

/** A yes/no answer written with its explanation on the same line, else null. */
export function splitYesNoAnswer(input: string): { answer: boolean; word: string; rest: string } | null {
  const match = answerOfWords(input.trim()) ?? ANSWER_THEN_TEXT.exec(input.trim()) ?? answerBeforeWords(input.trim());
  // A one-letter answer (`K`, `E`) before a full stop and a text is an initial (`E. Virtanen …`); before a comma it is the answer (`E, koska …`).
  if (match === null || (match.groups!.word.length < 2 && input.trim()[1] === '.')) return null;
  // A form's check boxes after both answers (`Kyllä ( ) Ei (x)`): the word first is no answer. (A box
  // after one answer alone, `Kyllä (x)`, ticks it.)
  if (CHECK_BOXES.test(match.groups!.rest)) return null;
  const answer = parseYesNo(match.groups!.word);
  return answer.problem ? null : { answer: answer.value!, word: match.groups!.word, rest: match.groups!.rest.trim() };
}

const countryPrefix = `(?:${vocabulary.postalCodePrefixes.map(escapeRegExp).join('|')})\\s*-?\\s*`;
const PREFIXED_POSTAL_CODE = lazyRegExp(() => new RegExp(`^${countryPrefix}(\\d{5})$`, 'iu'));
const POSTAL_CODE_AND_CITY = lazyRegExp(() => new RegExp(`^(?:${countryPrefix})?(\\d{5})\\s+(\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?)$`, 'u'));
/** A postal code written before the city in the city's field (`80200 Joensuu`, `FI-80200 Joensuu`, `80200, Joensuu`). */
export const POSTAL_CODE_BEFORE_CITY = lazyRegExp(() => new RegExp(`^(?:${countryPrefix})?(?<code>\\d{5}),?\\s+(?<city>\\p{Lu}[\\p{L}\\s-]*)$`, 'u'));

/**
 * A five-digit postal code; `FI-00271` → `00271` with a note. Anything else is kept as written with a
 * warning (`invalid-postal-code`), since it may hold more than a code (a glued field, a cut-off value).
 */
export function parsePostalCode(input: string): Normalised<string> {
  const text = input.trim();
  if (text === '00000') return withNotes(text, [], [{ rule: 'invalid-postal-code', message: `"${text}" is a template's placeholder, not a postal code` }]);
  if (text.length === 5 && PLAIN_DIGITS.test(text)) return ok(text);
  const prefixed = PREFIXED_POSTAL_CODE.exec(text);
  if (prefixed) return withNotes(prefixed[1], [note(`"${text}" read as "${prefixed[1]}" (country prefix removed)`)]);
  // Two digits and three apart (`70 100`), as a sum's thousands are written: the code, noted.
  const spaced = /^(\d{2})[ \u00a0\u202f](\d{3})$/u.exec(text);
  if (spaced) return withNotes(`${spaced[1]}${spaced[2]}`, [note(`"${text}" read as "${spaced[1]}${spaced[2]}" (the space inside it left out)`)]);
  // The city written after the code (`28100 Pori`), as on an envelope: the code, the city left to its own field.
  const withCity = POSTAL_CODE_AND_CITY.exec(text);
  // (A warning: where the city's own field is empty or names another city, this one is not read.)
  // (The value as written goes to unmapped, so the city is not lost where its own field is empty.)
  if (withCity && withCity[1] !== '00000') {
    const read = withNotes(withCity[1], [], [{ rule: NORMALISED_VALUE, message: `"${text}" read as the postal code "${withCity[1]}"; the city "${withCity[2]}" after it is not read here (the city is its own field's; the value as written is kept in unmapped)` }]);
    return read.problem ? read : { ...read, unread: withCity[2] };
  }
  return withNotes(text, [], [{ rule: 'invalid-postal-code', message: `"${text}" is not a five-digit postal code; kept as written` }]);
}

/** A place's name with the full stop a sentence puts after it left out (`Helsinki.`, `Ii.`; not an abbreviation's, `Jyväskylän mlk.`, in lower case). */
export function withoutFullStop(name: string): string {
  return /(?:^|[\s-])\p{Lu}\p{L}+\.$/u.test(name) ? name.slice(0, -1) : name;
}

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

const countryNames = new Set(vocabulary.countries.names.map((name) => name.toLowerCase()));
const POST_OFFICE_BOX = lazyRegExp(() => /^(?:PL|PB|Postilokero|Postbox|Box|P\.?\s?O\.?\s*Box)\s*\d{1,6}$/iu);
const ADDRESS = lazyRegExp(() => new RegExp(`^(?:(?<street>.*?)(?<before>[,;\\s]+|\\s+[-\u2013]\\s+))?(?<prefix>${countryPrefix})?(?<postalCode>\\d{5})(?<comma>\\s*,)?\\s+(?<city>\\p{L}[\\p{L} .-]*)$`, 'iu'));

const COMBINED_FIGURES = vocabulary.indicator.combinedFiguresPatterns.map((pattern) => lazyRegExp(() => new RegExp(pattern, 'iu')));

/** Whether what follows a count's first figure makes another figure of it (vocabulary `indicator.combinedFiguresPatterns`: `2 x 15`, `30 tai 40`, `30 (2016) 40 (2017)`). */
function combinesFigures(rest: string): boolean {
  return COMBINED_FIGURES.some((pattern) => pattern.test(rest));
}

/** A count whose first figure another makes no total (`2 x 15`, `30 tai 40`): not read, but a count's value all the same (its field's, below an empty label). */
export function isCombinedCount(text: string): boolean {
  const head = LEADING_COUNT.exec(text.trim());
  return head !== null && combinesFigures(head[2].trim());
}

/**
 * `Rauhankatu 3, 18100 Heinola` → street, postal code, city (as written, capitals kept); without a
 * postal code all is street. `FI-18100` gives `18100`, with a note.
 */
export function parseAddress(input: string): Normalised<Address> {
  const text = input.trim();
  // A country after the city and a comma (`Kirkkokatu 19, 90100 Oulu, Finland`): the address before it, noted.
  const countryAfter = /,\s*(\p{L}+)\.?$/u.exec(text);
  if (countryAfter !== null && countryNames.has(countryAfter[1].toLowerCase()) && /\d{5}\s+\p{L}/u.test(text.slice(0, countryAfter.index))) {
    const read = parseAddress(text.slice(0, countryAfter.index));
    if (!read.problem && read.value !== null && read.value.postalCode !== null && (read.warnings ?? []).length === 0) return withNotes(read.value, [...(read.notes ?? []), note(`"${text}": "${countryAfter[1]}" after the city is read as the country, not part of the address`)]);
  }
  const match = ADDRESS.exec(text);
  if (match) {
    const { street, before, prefix, postalCode, comma, city } = match.groups!;
    // Two addresses (`Tiedepuisto 3, 28600 Pori / Kuninkaankatu 2, 26100 Rauma`): the postal code and city are the last one's, the street not.
    if (street !== undefined && /\d{5}\s+\p{L}/u.test(street)) {
      return withNotes({ street: text, postalCode: null, city: null }, [], [{ rule: 'invalid-value', message: `"${text}" holds more than one address; kept as written, without a postal code or city` }]);
    }
    const value = { street: street?.trim() || null, postalCode, city: city.trim() };
    // A sentence's full stop after the city (`…, 00271 Helsinki.`): no part of its name.
    const stopped = withoutFullStop(value.city);
    if (stopped !== value.city) {
      const read = parseAddress(text.slice(0, -1));
      if (!read.problem && read.value?.city === stopped) return withNotes(read.value, [...(read.notes ?? []), note(`"${text}": the full stop after the city "${stopped}" left out`)], read.warnings);
    }
    // A country after the city, without a comma (`00271 Helsinki Finland`): not the city's.
    const lastSpace = value.city.lastIndexOf(' ');
    if (lastSpace > 0 && countryNames.has(value.city.slice(lastSpace + 1).toLowerCase())) {
      const country = value.city.slice(lastSpace + 1);
      value.city = value.city.slice(0, lastSpace).trim();
      return withNotes(value, [note(`"${text}": "${country}" after the city is read as the country, not part of the city "${value.city}"`)]);
    }
    if (postalCode === '00000') return withNotes(value, [], [{ rule: 'invalid-postal-code', message: `"${postalCode}" is a template's placeholder, not a postal code` }]);
    // A comma after the postal code only where one stands before it too (`Kauppamiehenkatu 4, 45100, Kouvola`):
    // in `Kauppakatu 12345, Kuopio` the figures may be the street's number.
    if (comma && (!before?.includes(',') || countryNames.has(city.trim().toLowerCase()))) return unsplit(text);
    if (!prefix && !comma) return ok(value);
    const notes: Problem[] = [];
    if (prefix) notes.push(note(`postal code "${prefix}${postalCode}" read as "${postalCode}" (country prefix removed)`));
    if (comma) notes.push(note(`"${text}": the comma between postal code ${postalCode} and "${value.city}" left out`));
    return withNotes(value, notes);
  }
  return unsplit(text);
}

/** An address kept whole as its street; one with five figures that may be a postal code (`Kauppamiehenkatu 4, 45100`, `…, Kuopio 70100`) is said. */
function unsplit(text: string): Normalised<Address> {
  // A post-office box's number (`PL 12345`) is no postal code.
  if (POST_OFFICE_BOX.test(text)) return ok({ street: text, postalCode: null, city: null });
  if (/(?<!\d)\d{5}(?!\d)/u.test(text)) return withNotes({ street: text, postalCode: null, city: null }, [], [{ rule: 'invalid-value', message: `"${text}" may hold a postal code, but not in the form "street, postal code city"; kept whole as the street, without a postal code or city` }]);
  // `Mannerheimintie 166, Helsinki`: a place after a comma, without a postal code.
  // A postal code of four or six figures, or spaced (`Pajakatu 4, 8010 Joensuu`, `…, 00 270 Helsinki`, `8013 0 Joensuu`).
  // (Or with a letter a scan reads for a digit, `96l00 Rovaniemi`, `961O0`: three digits at least.)
  const misshapen = /,\s*(\d{4}|\d{6}|(?=[\d ]*\d \d)\d(?: ?\d){4}|(?=(?:[OoIlSBgZb]*\d){3})(?=\S*[OoIlSBgZb])[\dOoIlSBgZb]{5})\s+\p{Lu}[\p{L}-]*$/u.exec(text);
  if (misshapen !== null) return withNotes({ street: text, postalCode: null, city: null }, [], [{ rule: 'invalid-postal-code', message: `"${text}": "${misshapen[1]}" stands where the postal code would, but is no five-digit postal code; kept whole as the street, without a postal code or city` }]);
  const place = /,\s*(\p{Lu}[\p{L}-]+)$/u.exec(text);
  if (place !== null && /\d/.test(text.slice(0, place.index))) return withNotes({ street: text, postalCode: null, city: null }, [], [{ rule: 'invalid-value', message: `"${text}" has no postal code; kept whole as the street, though "${place[1]}" after its comma may be the city` }]);
  // A municipality first (`Kuopio, Opistotie 3`): as above, said. (Not a building's name, `Virastotalo, Kauppakatu 5`.)
  const placeFirst = /^(\p{Lu}[\p{L}-]+),\s*\p{Lu}[^,]*\d/u.exec(text);
  if (placeFirst !== null && isMunicipalityName(placeFirst[1])) return withNotes({ street: text, postalCode: null, city: null }, [], [{ rule: 'invalid-value', message: `"${text}" has no postal code; kept whole as the street, though "${placeFirst[1]}" before its comma may be the city` }]);
  return ok({ street: text, postalCode: null, city: null });
}

const HYPHEN = 45;
const isDigit = (code: number) => code >= 48 && code <= 57;

function isCanonicalBusinessId(text: string): boolean {
  if (text.length !== 9 || text.charCodeAt(7) !== HYPHEN) return false;
  for (let i = 0; i < 9; i++) if (i !== 7 && !isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Dashes that people and word processors put where the Y-tunnus has its hyphen. */
const DASH_LIKE = lazyRegExp(() => /[\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu);
const vatPrefix = lazyRegExp(() => new RegExp(`^${escapeRegExp(vocabulary.businessIdVatPrefix)}\\s*-?\\s*(?=\\d)`, 'iu'));
/** A Y-tunnus label written into the value (`FO 0209602-6`, `Y-tunnus: 0832600-5`). */
const labelPrefix = lazyRegExp(() => new RegExp(`^(?:${vocabulary.businessIdLabels.words.map(escapeRegExp).join('|')})\\s*:?\\s*(?=\\d)`, 'iu'));

/**
 * Y-tunnus to `NNNNNNN-N`. Read with a note: without its hyphen (`22295006`), without its leading zero
 * (`832600-5`), as a VAT number (`FI22295006`, `FI-22295006`), with another dash (en dash, U+2011) or
 * with spaces. The check digit is not checked here: that is the `invalid-business-id` rule's. A string
 * that cannot be read into the shape is returned as written, without a note, so that the rule reports it
 * as malformed — seven digits alone (`2229500`) are not read, since the missing digit could be the
 * check digit as well as the leading zero.
 */
export function parseBusinessId(input: string): Normalised<string> {
  const text = input.trim();
  if (isCanonicalBusinessId(text)) return ok(text);
  // A remark after the id (`0201256-6 (päätoteuttaja)`, `0765432-2, ALV-rekisterissä`): the id is
  // read, the remark said.
  const remarked = BUSINESS_ID_WITH_REMARK.exec(text);
  // Not a remark with another id in it (`0832600-5 (nyk. 2229500-6)`): which is the organisation's, the line does not say.
  const remark = remarked === null ? '' : (remarked.groups!.bracketed ?? remarked.groups!.after ?? remarked.groups!.dashed ?? remarked.groups!.sentence).trim();
  if (remarked !== null) {
    const id = parseBusinessId(remarked.groups!.id);
    // Another Y-tunnus in the remark (`(nyk. 2229500-6)`; not the same in VAT form, `ALV FI08326005`): which is the organisation's is not told.
    const other = [...remark.matchAll(ID_IN_REMARK)].some((m) => m[1].replace(/\D/g, '') !== id.value!.replace(/\D/g, ''));
    // … unless the remark says the other is a former one (`(Y-tunnus muuttunut 2017, vanha 1572860-0)`): the first is read, said.
    if (isCanonicalBusinessId(id.value!) && other && formerIdInRemark(remark, id.value!)) {
      return withNotes(id.value!, [], [{ rule: NORMALISED_VALUE, message: `"${text}" read as "${id.value}": the remark "${remark}" after it holds a former Y-tunnus` }]);
    }
    if (isCanonicalBusinessId(id.value!) && !other) {
      const message = `"${text}" read as "${id.value}" (the remark "${remark}" after it left out)`;
      // A remark that names an organisation (`Svenska Studieförbundet rf`, `Kuusamon kaupunki`) may be a second entry: said as a warning.
      // (So is a sentence after its full stop, `1234567-1. Vastaa koulutuksista.`: the text's own, left out. Audit WF of round 79.)
      if (remarked.groups!.sentence !== undefined) return withNotes(id.value!, [], [{ rule: NORMALISED_VALUE, message: `${message}: a sentence of its own after the Y-tunnus's full stop, no part of the entry` }]);
      return NAMES_ORGANISATION.test(remark) ? withNotes(id.value!, [], [{ rule: NORMALISED_VALUE, message: `${message}; it names an organisation, which may be one of its own` }]) : withNotes(id.value!, [note(message)]);
    }
  }
  const changes: string[] = [];
  let id = text;
  const label = labelPrefix.exec(id);
  if (label) {
    id = id.slice(label[0].length);
    changes.push(`the label "${label[0].trim()}" before it removed`);
  }
  const vat = vatPrefix.exec(id);
  if (vat) {
    id = id.slice(vat[0].length);
    changes.push(`VAT number prefix "${vat[0].trim()}" removed`);
  }
  const dashes = id.match(DASH_LIKE);
  if (dashes) {
    id = id.replace(DASH_LIKE, '-');
    changes.push(`${dashes.map((d) => `U+${d.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')} read as a hyphen`);
  }
  if (/\s/.test(id)) {
    id = id.replace(/\s+/g, '');
    changes.push('spaces removed');
  }
  // A sentence's full stop after the id (`2229500-6.`): not part of it.
  if (/^[\d-]+\.$/.test(id)) {
    id = id.slice(0, -1);
    changes.push('full stop after it left out');
  }
  if (/^\d{8}$/.test(id)) {
    id = `${id.slice(0, 7)}-${id.slice(7)}`;
    changes.push('hyphen added');
  } else if (/^\d{6}-\d$/.test(id)) {
    id = `0${id}`;
    changes.push('leading zero added');
  }
  if (!isCanonicalBusinessId(id)) return ok(text);
  return withNotes(id, [note(`"${text}" read as "${id}" (${changes.join('; ')})`)]);
}

/**
 * Whether each other Y-tunnus of a remark is said to be a former one: a word of `businessIdFormer`
 * within the few words before it (`vanha 1572860-0`, `ennen 0245437-2`), none of `current` there.
 */
function formerIdInRemark(remark: string, id: string): boolean {
  const others = [...remark.matchAll(ID_IN_REMARK)].filter((m) => m[1].replace(/\D/g, '') !== id.replace(/\D/g, ''));
  return others.length > 0 && others.every((m) => {
    const before = remark.slice(Math.max(0, m.index - FORMER_WORD_SPAN), m.index);
    return FORMER_ID_WORDS.test(before) && !CURRENT_ID_WORDS.test(before.slice(before.search(FORMER_ID_WORDS)));
  });
}

/** How far before a former Y-tunnus the word that says so may stand (`vanha Y-tunnus: 0245437-2`). */
const FORMER_WORD_SPAN = 30;

const CURRENT_ID_WORDS = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.businessIdFormer.current.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));
const FORMER_ID_WORDS = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.businessIdFormer.words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));

/** A Y-tunnus in a remark: with its hyphen, or in VAT form (`FI08326005`). */
const ID_IN_REMARK = lazyRegExp(() => /(?<![\p{L}\d])((?:\d{7}\s*[-\u2010-\u2015\u2212]\s*\d)|(?:FI\s?\d{8}))(?!\d)/giu);
/** A remark that names an organisation: two capitalised words, or a word organisations' names end in. */
const NAMES_ORGANISATION = lazyRegExp(() => new RegExp(`\\p{Lu}\\p{Ll}+[\\s-]+(?:\\S+\\s+)?\\p{Lu}\\p{Ll}|(?<![\\p{L}])(?:${vocabulary.organisationWords.words.map(escapeRegExp).join('|')})(?![\\p{L}])|\\p{L}(?:${vocabulary.organisationWords.endings.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u'));

const ORGANISATION_WORD = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.organisationWords.words.map(escapeRegExp).join('|')})(?![\\p{L}])|\\p{L}(?:${vocabulary.organisationWords.endings.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));

const SWEDISH_ORGANISATION_WORD = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.organisationWords.swedish.words.map(escapeRegExp).join('|')})(?![\\p{L}])|\\p{L}(?:${vocabulary.organisationWords.swedish.endings.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));

/**
 * Whether the two sides of an entry's dash name one organisation in Finnish and in Swedish (`Oy
 * Vaasan ammattikorkeakoulu – Vasa yrkeshögskola Ab`): one side with words of a Swedish name, the
 * other without.
 */
export function isNamedInBothLanguages(first: string, second: string): boolean {
  return SWEDISH_ORGANISATION_WORD.test(first) !== SWEDISH_ORGANISATION_WORD.test(second);
}

/** Whether a text has a word organisations' names are made of in Finnish or in Swedish (`kaupunki`, `Oy`, `…keskus`, `universitet`). */
export function hasAnyOrganisationWord(text: string): boolean {
  return ORGANISATION_WORD.test(text) || SWEDISH_ORGANISATION_WORD.test(text);
}

/** Whether a text has a word organisations' names are made of (`kaupunki`, `Oy`, `…keskus`). */
export function hasOrganisationWord(text: string): boolean {
  return ORGANISATION_WORD.test(text);
}

const ORGANISATION_WORDS = lazyRegExp(() => new RegExp(ORGANISATION_WORD.source, 'giu'));

/** The last organisation word of a text, lower-cased (`keskus` of `… ympäristökeskus`), else null. */
export function organisationKind(text: string): string | null {
  let last: string | null = null;
  for (const match of text.matchAll(ORGANISATION_WORDS)) last = match[0];
  if (last === null) return null;
  const lower = last.toLowerCase();
  return vocabulary.organisationWords.endings.find((ending) => lower.endsWith(ending)) ?? lower.replace(/^\p{L}(?=\p{L})/u, '');
}

/** A Y-tunnus with a remark after it, in brackets or after a comma, semicolon or dash. */
const BUSINESS_ID_WITH_REMARK = lazyRegExp(() => /^(?<id>(?:FI[-\s]?)?\d{6,7}\s*[-\u2010-\u2015\u2212]?\s*\d)\s*(?:\((?<bracketed>[^()]*\p{L}[^()]*)\)\.?|[,;\u2013\u2014]\s*(?<after>\p{L}.*)|\s-\s+(?<dashed>\p{L}.*)|\.\s+(?<sentence>\p{Lu}.*))$/u);

/**
 * A project code as written, or read into its shape (a letter and five digits) with a note: a
 * sentence's full stop after it (`S21734.`), a lower-case letter (`s21734`), a space after the
 * letter (`S 21734`). Anything else is kept as written, for the `invalid-project-code` rule.
 */
/**
 * A person's name with the person's title after it, after a comma or in brackets (`Kaarina Lumme,
 * projektipäällikkö`, `Kaarina Lumme (projektikoordinaattori)`): the name is read, and the title left
 * out (noted: the layout has a field of its own for it). Only a title in lower-case words: `Lumme,
 * Kaarina` (surname first) and two people are kept as written, and so is a name with an e-mail
 * address or a number after it.
 */
const ACTING = `(?:(?:${vocabulary.personNameTitle.acting.map(escapeRegExp).join('|')})\\.?\\s+(?=\\p{Ll}))?`;
const NOT_TITLE = `(?!(?:${[...vocabulary.personNameTitle.notTitle, ...vocabulary.personNameTitle.acting].map(escapeRegExp).join('|')})[\\s.])`;
const NAME_THEN_TITLE = lazyRegExp(() => new RegExp(String.raw`^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,\s*(?<title>${ACTING}${NOT_TITLE}\p{Ll}[\p{Ll}\s/-]{1,60}?)\.?|\(\s*(?<bracketed>${ACTING}${NOT_TITLE}\p{Ll}[\p{Ll}\s,/-]{1,60}?)\s*\))$`, 'u'));

export function parsePersonName(input: string): Normalised<string> {
  const text = input.trim();
  // (An e-mail address written after the name, `Liisa Lumme, liisa.lumme(at)…`: its own field's, said.)
  if (NAME_WITH_ADDRESS.test(text)) return withNotes(text, [], [{ rule: 'invalid-value', message: `"${text}" holds an e-mail address besides the name; kept as written (the address is not read as the contact's e-mail)` }]);
  // (Two persons, `Ojala Kirsi, varalla Mäki Jouni`, `Tuomas Virtanen (…), Sanna Heikkilä (…)`: the record holds one, said.)
  if (namesTwoPersons(text)) return withNotes(text, [], [{ rule: 'invalid-value', message: `"${text.slice(0, 80)}" names more than one person; the record holds one contact, so the value is kept as written` }]);
  // (A phone number among the name's words, `Riikka Vähälä, puh. 040 512 8844`: its own field's, said.)
  // (Not dates and years, `2016–2018`, `(1.9.2018 alkaen)`: a phone number has six figures at least, grouped or not.)
  if (PHONE_IN_NAME.test(text.replace(DATES_AND_YEARS, ' '))) return withNotes(text, [], [{ rule: 'invalid-value', message: `"${text.slice(0, 80)}" holds a number besides the name (a phone number?); kept as written` }]);
  // (Where the person works after a comma, `Anne Multas, KSAK Oy`, `… , Kuusamon kaupunki`: the name, the organisation
  // left out, noted; as a title is. Audit WN F6 of round 81: kept whole as the name.)
  const working = NAME_THEN_ORGANISATION.exec(text);
  if (working !== null && hasAnyOrganisationWord(working.groups!.organisation) && !titleWords(working.groups!.organisation)) return withNotes(working.groups!.name, [note(`"${text}" read as the name "${working.groups!.name}" (the organisation "${working.groups!.organisation}" after it left out)`)]);
  // A remark with a date in brackets after the name (`Riikka Vähälä (1.9.2018 alkaen)`): the name, the remark said, as it may limit whom the field names.
  const remarked = NAME_THEN_DATED_REMARK.exec(text);
  if (remarked !== null) return withNotes(remarked[1], [], [{ rule: NORMALISED_VALUE, message: `"${text}" read as the name "${remarked[1]}"; the remark "${remarked[2]}" after it is left out` }]);
  const titled = TITLE_THEN_NAME.exec(text);
  if (titled !== null && titleWords(titled.groups!.title.split(/\s+/u).pop()!)) {
    return withNotes(titled.groups!.name, [note(`"${text}" read as the name "${titled.groups!.name}" (the title "${titled.groups!.title}" before it left out)`)]);
  }
  const match = NAME_THEN_TITLE.exec(text) ?? namedWithCapitalisedTitle(text);
  if (match === null) {
    const apart = nameWithTitleApart(text);
    // (A bracket none of the forms above reads, `(myöhemmin Matti Meikäläinen)`, `(ei enää THL:n palveluksessa)`, `(Koillismaan
    // Työpaja)`: it may name another person, say the person is no longer the contact, or name where they work. Kept, said. Audit WA
    // of round 77: kept unsaid.)
    // (Not where the person works, `(Koillismaan Työpaja)`, nor a former name, `(ent. Anna Mäki)`: the value as written, as
    // round 41 decided.)
    // (At the value's end: a nickname within the name, `Anna (Anne) Multas`, is the name's. Review RVB.)
    const bracket = /\(([^()]*\p{L}[^()]*)\)\s*$/u.exec(text);
    // (An organisation's name is known by its word, or by a genitive first, `Koillismaan Työpaja`, as no person's is.)
    // (In capitals too, `(KOILLISMAAN TYÖPAJA)`, `(KSAK)`, and a genitive before a word in lower case, `(Kuusamon koulut)`,
    // `(Koillis-Suomen Aikuiskoulutus)`. Review RVC.)
    const organisation = (words: string) => hasAnyOrganisationWord(words) || /^\p{Lu}[\p{L}-]*n\s+\p{L}/u.test(words) || !/\p{Ll}/u.test(words);
    if (apart === null && bracket !== null && !organisation(bracket[1]) && !FORMER_NAME.test(bracket[1])) return withNotes(text, [], [{ rule: 'invalid-value', message: `"${text.slice(0, 80)}" has a remark in brackets besides the name (another person? where the person works? that they are no longer the contact?); kept as written` }]);
    return apart === null ? ok(text) : withNotes(apart.name, [note(`"${text}" read as the name "${apart.name}" (${apart.left} left out)`)]);
  }
  const title = (match.groups!.title ?? match.groups!.bracketed)!.trim();
  // (A remark that is no title, `(eläkkeellä)`, `(siirtynyt muihin tehtäviin)`, `(ei enää hankkeessa)`:
  // it may say the person is no longer, or not now, the contact. Said. Audit AO of round 59.)
  // (So may one with a participle or a passive, `(vaihtunut)`, `(työsuhde päättynyt)`, `(päivitetään)`: no title
  // is one. Audit WA of round 77: an info.)
  // (Not a title with such a word, `erikoistunut tutkija`, nor a unit, `nuorisopalvelut`. Review RVA of round 77.)
  // (The remark's last word: a title's participle comes first, `(erikoistunut lääkäri)`, `(kokenut sairaanhoitaja)`. Review RVB.)
  // (Not after a title's comma, `(kouluttaja, sertifioitunut)`; a passive only alone, `(päivitetään)`, not an adverb, `(vastaa viimeistään)`.)
  const lastWord = title.split(/\s+/u).pop()!;
  const stateRemark = !title.includes(',') && !titleWords(title) && title.split(/\s+/u).length <= 3 && (PARTICIPLE.test(lastWord) || (PASSIVE.test(lastWord) && !title.includes(' ')));
  if (CONTACT_AWAY.test(title) || stateRemark) return withNotes(match.groups!.name, [], [{ rule: NORMALISED_VALUE, message: `"${text}" read as the name "${match.groups!.name}"; the remark "${title}" after it, no title, is left out: it may say the person is no longer (or not now) the contact` }]);
  return withNotes(match.groups!.name, [note(`"${text}" read as the name "${match.groups!.name}" (the title "${title}" after it left out)`)]);
}

/**
 * A name and the person's title set apart otherwise than by a comma or brackets, the title known by a
 * word's ending (vocabulary `capitalisedTitleEndings`): in capitals before the name (`Projektipäällikkö
 * Liisa Virtanen`, `Vs. koulutuspäällikkö Heikki Miettinen`, `PROJEKTIPÄÄLLIKKÖ LIISA VIRTANEN`), or after
 * it behind a dash, a colon, a slash or a tab (`Liisa Virtanen – projektipäällikkö`), or with the
 * organisation after the title (`Liisa Virtanen, projektipäällikkö, Järvikylän säätiö sr`): the name, and
 * what was left out. Null when the value is not so written.
 */
function nameWithTitleApart(text: string): { name: string; left: string } | null {
  // (A name and a title are three words at least: most names, two words, are passed over at once.)
  if (text.indexOf(' ', text.indexOf(' ') + 1) === -1 && !/[:/\t]/u.test(text)) return null;
  const before = TITLE_CAPITALISED_THEN_NAME.exec(text);
  if (before !== null && endsAsTitle(before.groups!.title) && !titleWords(before.groups!.name)) return { name: before.groups!.name, left: `the title "${before.groups!.title}" before it` };
  const after = NAME_THEN_TITLE_APART.exec(text);
  if (after !== null && endsAsTitle(after.groups!.title) && !titleWords(after.groups!.name)) {
    const organisation = after.groups!.organisation;
    return { name: after.groups!.name, left: organisation === undefined ? `the title "${after.groups!.title}" after it` : `the title "${after.groups!.title}" and "${organisation}" after it` };
  }
  return null;
}
/** A remark that says the person has left or is away (vocabulary `personNameTitle.awayWords`: `eläkkeellä`, `siirtynyt`, `äitiyslomalla`). */
const CONTACT_AWAY = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.personNameTitle.awayWords.join('|')})`, 'iu'));

/** A former or maiden name's word before it in a bracket (vocabulary `personNameTitle.formerNameWords`: `(ent. Anna Mäki)`, `(os. Virtanen)`). */
const FORMER_NAME = lazyRegExp(() => new RegExp(`^\\s*(?:${vocabulary.personNameTitle.formerNameWords.join('|')})\\.?\\s`, 'iu'));

/** A word of a remark that is an active past participle or a passive (`vaihtunut`, `päättynyt`, `päivitetään`): no title's (a passive's past participle is, `valtuutettu`). */
const PARTICIPLE = lazyRegExp(() => new RegExp(`^\\p{L}{2,}(?:${vocabulary.personNameTitle.participleEndings.join('|')})$`, 'u'));
const PASSIVE = lazyRegExp(() => new RegExp(`^\\p{L}{2,}(?:${vocabulary.personNameTitle.passiveEndings.join('|')})$`, 'u'));

/** Whether a title's last word ends as a title does (`Projektipäällikkö`, `Project Manager`; not `Hankkeen`). */
const endsAsTitle = (title: string) => titleWords(title.split(/\s+/u).pop()!);
const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}`;
/** An acting title's prefix in any case (`vs.`, `Vs.`, `VS.`). */
const ACTING_ANY_CASE = `(?:(?:${vocabulary.personNameTitle.acting.flatMap((word) => [word, word.toUpperCase(), `${word[0].toUpperCase()}${word.slice(1)}`]).map(escapeRegExp).join('|')})\\.?\\s+)?`;
const TITLE_CAPITALISED_THEN_NAME = lazyRegExp(() => new RegExp(String.raw`^(?<title>${ACTING_ANY_CASE}\p{L}[\p{L}-]{2,40}(?:\s+\p{L}[\p{L}-]{2,40})?)\s+(?<name>${NAME_WORDS})$`, 'u'));
const NAME_THEN_TITLE_APART = lazyRegExp(() => new RegExp(String.raw`^(?<name>${NAME_WORDS})(?:\s*(?:[,:/\t]|\s[-–—])\s*|\s+(?=\p{Ll}))(?<title>${ACTING}\p{L}[\p{L}-]{2,40}(?:\s+\p{L}[\p{L}-]{2,40})?)(?:\s*,\s*(?<organisation>\p{Lu}[^,]{1,80}))?$`, 'u'));

/** Whether a line is a person's whole name (two to four capitalised words) or a title (`projektipäällikkö`, `Project Manager`). */
export function isNameOrTitle(text: string): boolean {
  const line = text.trim();
  return (WHOLE_NAME.test(line) && !ORGANISATION_WORD.test(line)) || (line.length <= 60 && !/[\d@]/u.test(line) && endsAsTitle(line));
}

/** A person's name as a name field writes it: two to four capitalised words (`Jaana Nyberg`, `Mäki Jouni`). */
const WHOLE_NAME = lazyRegExp(() => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u);
/** A title in lower case before the name (`projektipäällikkö Jaana Nyberg`, `vs. koulutuspäällikkö Heikki Miettinen`). */
// (The name may start with its particles, `von Bonsdorff Ulla`, `af Hällström`: short words in lower case, never a title's.)
const TITLE_THEN_NAME = lazyRegExp(() => new RegExp(String.raw`^(?<title>${ACTING}\p{Ll}[\p{Ll}-]{2,40}(?:\s+\p{Ll}[\p{Ll}-]{3,40}){0,2})\s+(?<name>(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’.-]*){1,3})$`, 'u'));

/** Whether a word of the text ends as a title does (vocabulary `capitalisedTitleEndings`: `päällikkö`, `manager`). */
function titleWords(text: string): boolean {
  return text.toLowerCase().split(/[\s/-]+/u).some((word) => TITLE_ENDINGS.some((ending) => word.endsWith(ending)));
}

/**
 * Whether the value names two persons or more: parts between commas, semicolons, slashes or a list's
 * conjunction, each a whole name once remarks in brackets and the lower-case words before it
 * (`varalla`) are left out. (A part of a title's words, `Project Manager`, is none; nor a surname
 * alone before the first names, `Virtanen, Outi Maria`.)
 */
function namesTwoPersons(text: string): boolean {
  // (Two who share a surname written once, `Anne ja Pekka Multas`, too, as `--redact` reads them. Audit WN F6b of round 81.)
  return bracketedPersons(text, true).length > 0 || (PERSON_SEPARATOR.test(text) && separatedPersons(text).length >= 2) || sharedSurnamePersons(text).length > 0;
}
/** A whole name of two or three capitalised words, a comma, and what follows it. */
const NAME_THEN_ORGANISATION = lazyRegExp(() => /^(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?<organisation>\p{Lu}.*\S)$/u);

/**
 * The whole names of persons in a contact's value, as `namesTwoPersons` tells them: its parts
 * between commas, semicolons, slashes or a list's conjunction that are whole names and no title's or
 * organisation's (`Aino Kivelä ja Pekka Virtanen`, `Kivelä Aino, varalla Virtanen Pekka`; `Aino Kivelä` of
 * `Aino Kivelä, KSAK Oy`), and another person's name in a bracket (`(sijainen Pekka Virtanen)`). `--redact`
 * looks for each (audit MA of round 76: the whole value alone was looked for).
 */
export function personsNamed(text: string): string[] {
  return [...separatedPersons(text), ...sharedSurnamePersons(text), ...bracketedPersons(text, false)];
}

/**
 * The first of two people who share a surname written once, `Aino ja Pekka Virtanen`: `Aino Virtanen`
 * (the first name alone in its part, before a conjunction, then a whole name of two words).
 */
function sharedSurnamePersons(text: string): string[] {
  const persons: string[] = [];
  for (const match of text.matchAll(SHARED_SURNAME)) {
    const [, first, second, surname] = match;
    // (Not places' plural, `Oulun ja Kainuun Sairaanhoitopiirit`. Review RVB of round 77. A place's
    // name may be a first name too, `Kaarina ja Pekka Virtanen`, and a wrong redaction is the lesser harm: `Ruka ja Kuusamo
    // Matkailu` gives `Ruka Matkailu` redacted. Review RVC.)
    // (Nor a plural's, `Oulun ja Kuusamo Seurakunnat`, `Kivelä ja Virtanen Kumppanit`: a vowel and `t`, as no surname ends — `Lindqvist` does not. Review RVD.)
    const places = /[aeiouyäö]t$/u.test(surname);
    if (!places && !titleWords(first) && !titleWords(`${second} ${surname}`) && !ORGANISATION_WORD.test(`${first} ${second} ${surname}`)) persons.push(`${first} ${surname}`);
  }
  return persons;
}
// (A whole part of the value, not one in brackets, `(Oulun ja Kainuun Sairaanhoitopiirit)`, `(Ruka ja Kuusamo Keskusta)`:
// places' and organisations' names are written so. Review RVA of round 77.)
const SHARED_SURNAME = lazyRegExp(() => new RegExp(String.raw`(?:^|[,;/]\s*)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:${CONJUNCTIONS}|&|\+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}[\p{Ll}'’-]{2,})(?=\s*(?:$|[,;/]))`, 'gu'));

/**
 * The names in brackets that are another person's: with a date, `(Maija Mallikas 1.1.2017 alkaen)`, or
 * after a deputy's word, `(sijainen Matti Mäki)` (without either a bracket may as well hold the person's
 * organisation or former name, `(Koillismaan Työpaja)`, `(ent. Anna Virtanen)`); the first only when `first`.
 */
function bracketedPersons(text: string, first: boolean): string[] {
  const persons: string[] = [];
  if (!text.includes('(')) return persons;
  for (const bracket of text.matchAll(/\(([^()]*)\)/gu)) {
    if (!/\d/u.test(bracket[1]) && !DEPUTY_WORD.test(bracket[1])) continue;
    const name = /\p{Lu}\p{Ll}[\p{Ll}'’-]*\s+\p{Lu}\p{Ll}[\p{Ll}'’-]*/u.exec(bracket[1]);
    if (name !== null && !titleWords(name[0]) && !ORGANISATION_WORD.test(name[0])) {
      persons.push(name[0]);
      if (first) break;
    }
  }
  return persons;
}

/** The whole names among the value's parts between commas, semicolons, slashes or a list's conjunction (brackets left out). */
function separatedPersons(text: string): string[] {
  // (Each part without its dates, `Anna Keto 1.9.2008–31.12.2009`, the words after them, `1.1.2010
  // alkaen`, and a title in capitals before it, `Projektipäällikkö Anna Keto`. Audit AO of round 59.)
  const parts = text
    .replace(/\([^()]*\)/gu, ' ')
    .split(PERSON_SEPARATOR)
    .map((part) =>
      part
        .replace(DATES_AND_YEARS, ' ')
        .replace(/(?:\s+(?:[-–—]|\p{Ll}+\.?))+\s*$/u, '')
        .replace(/[\s\-–—]+$/u, '')
        .trim()
        .replace(/^(?:[^\p{Lu}\s]\S*\s+)+/u, '')
        .replace(/^\p{Lu}\p{Ll}+\s+(?=\p{Lu})/u, (first) => (titleWords(first) ? '' : first))
        .trim(),
    )
    .filter((part) => part !== '');
  // (Nor an organisation's name, `Keski-Suomen ELY-keskus`, `Kumppanit Oy`: a name field may say where the person works.)
  return parts.filter((part) => WHOLE_NAME.test(part) && !titleWords(part) && !ORGANISATION_WORD.test(part) && !/\p{Lu}{2}/u.test(part));
}

const PHONE_IN_NAME = lazyRegExp(() => /\d(?:[\s-]?\d){5}/u);
const DATES_AND_YEARS = lazyRegExp(() => /\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?/gu);
/** A name, then a remark in brackets with a figure in it (`Riikka Vähälä (1.9.2018 alkaen)`). */
// (A date or a year in it, and no capital: `(Maija Mallikas 1.1.2017 alkaen)` names another person, `(puh. 040 123 4567)` a number.)
const NAME_THEN_DATED_REMARK = lazyRegExp(() => /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*\(((?=[^()]*(?:\d{1,2}\.\d{1,2}\.|(?:19|20)\d{2}))[^()\p{Lu}]*)\)\.?$/u);
const PERSON_SEPARATOR = lazyRegExp(() => new RegExp(`[,;/]|\\s[&+]\\s|\\s(?:${CONJUNCTIONS})\\s`, 'iu'));
/** A deputy's word in a bracket after the name (vocabulary `personNameTitle.deputyWords`). */
const DEPUTY_WORD = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${vocabulary.personNameTitle.deputyWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'));

/** A name with a title in capitals after its comma or in its bracket, known by a word's ending (vocabulary `capitalisedTitleEndings`). */
function namedWithCapitalisedTitle(text: string): RegExpExecArray | null {
  const match = text.includes(',') || text.includes('(') ? NAME_THEN_CAPITALISED_TITLE.exec(text) : null;
  const title = match === null ? '' : (match.groups!.title ?? match.groups!.bracketed)!;
  return match !== null && title.toLowerCase().split(/[\s/-]+/u).some((word) => TITLE_ENDINGS.some((ending) => word.endsWith(ending))) ? match : null;
}
const TITLE_ENDINGS = vocabulary.personNameTitle.capitalisedTitleEndings;
const NAME_THEN_CAPITALISED_TITLE = lazyRegExp(() => new RegExp(String.raw`^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,\s*(?<title>\p{Lu}[\p{L}\s/-]{1,60}?)\.?|\(\s*(?<bracketed>\p{Lu}[\p{L}\s,/-]{1,60}?)\s*\))$`, 'u'));

/** An e-mail address among a name's words (`@`, or the register's `(at)`). */
const NAME_WITH_ADDRESS = lazyRegExp(() => /\S(?:@|\(at\)|\[at\])\S/iu);

/** A programme period as a page writes it (`2007–2013`, `2014 - 2020`, `Ohjelmakausi 2014–2020`): the record's form. */
/** A range of two years (`2000–2006`), and the EU's programme periods such a range may be (not a project's years, `2016–2018`). */
const PROGRAMME_PERIODS = new Set(['1995-1999', '2000-2006', '2007-2013', '2014-2020', '2021-2027']);
const PERIOD_YEAR_RANGE = lazyRegExp(() => /(?<!\d)((?:19|20)\d{2})\s*[-\u2010-\u2015\u2212/]\s*((?:19|20)\d{2})(?!\d)/gu);
const PROGRAMME_PERIOD = lazyRegExp(() => /(?<![\d])(2007|2014)\s*[-\u2010-\u2015\u2212/]\s*(2013|2020)(?![\d])/u);

export function parseProgrammePeriod(input: string): Normalised<string> {
  const text = input.trim();
  const match = PROGRAMME_PERIOD.exec(text);
  if (match === null || `${match[1]}-${match[2]}` === '2007-2020' || `${match[1]}-${match[2]}` === '2014-2013') return fail('invalid-value', `"${text}" is no programme period of the layout (2007–2013, 2014–2020)`);
  const period = `${match[1]}-${match[2]}`;
  // (Two periods named, `2007–2013 ja 2014–2020`, a project funded from both: which the record's is, the text does not say. Audit EC of round 69.)
  // (Any other period too, `2000–2006 ja 2007–2013`. Review RV3.)
  const other = [...text.matchAll(PERIOD_YEAR_RANGE)].map((range) => `${range[1]}-${range[2]}`).find((range) => range !== period && PROGRAMME_PERIODS.has(range));
  if (other !== undefined) return fail('invalid-value', `"${text}" names two programme periods, ${period} and ${other}: not read`);
  return period === text ? ok(period) : withNotes(period, [note(`"${text}" read as the programme period ${period}`)]);
}

export function parseProjectCode(input: string): Normalised<string> {
  const text = input.trim();
  if (/^[A-Z]\d{5}$/.test(text)) return ok(text);
  // Only the register's own code letters (ESR `S`, EAKR `A`): another letter is kept as written, for the rule.
  const read = /^([SsAa])\s?(\d{5})\.?$/.exec(text);
  if (read !== null) {
    const code = `${read[1].toUpperCase()}${read[2]}`;
    return withNotes(code, [note(`"${text}" read as "${code}"`)]);
  }
  // In quotes or brackets (`"S21593"`, `[S21593]`), or with a remark in brackets after it (`S21593 (ESR)`).
  const marked = /^(?:["'”“[(]\s*)?([SA]\d{5})(?:\s*["'”“\])])?(?:\s*\([^()]{1,60}\))?\.?$/.exec(text);
  if (marked !== null && marked[1].length < text.length) {
    // A remark that is another code (`S20078 (A71234)`): which is the project's, the text does not say.
    const other = /[SA]\d{5}/.exec(text.slice(text.indexOf(marked[1]) + marked[1].length));
    if (other !== null) return withNotes(marked[1], [], [{ rule: NORMALISED_VALUE, message: `"${text}" holds another code, "${other[0]}", besides "${marked[1]}": read as "${marked[1]}"` }]);
    return withNotes(marked[1], [note(`"${text}" read as the code "${marked[1]}"`)]);
  }
  return ok(text);
}

export interface CoImplementer {
  name: string;
  businessId: string | null;
}

/**
 * `Name, with commas, 0116480-8`: the business id is after the last comma, read as {@link parseBusinessId}
 * reads it (notes kept). A tail of six or seven digits with an optional hyphen that does not read into
 * shape is still taken as the id, as written, so that the rule reports it.
 */
const businessIdLabel = `(?:${vocabulary.businessIdLabels.words.map(escapeRegExp).join('|')})`;
/** The label of a Y-tunnus at the end of a co-implementer's name (`Karstulan kunta, Y-tunnus`): an entry with a colon in it, not a label. */
const ENDS_WITH_ID_LABEL = lazyRegExp(() => new RegExp(String.raw`\S[\s,]\s*${businessIdLabel}$`, 'iu'));

export function endsWithBusinessIdLabel(label: string): boolean {
  return ENDS_WITH_ID_LABEL.test(label);
}

/** A Y-tunnus at the end of a name, after a comma or a space or in brackets, perhaps with its label (`…, 1234567-1`, `… (Y-tunnus 1234567-1)`). */
const ID_AT_NAME_END = lazyRegExp(() => new RegExp(String.raw`(?:,\s*|\s+|\s*\(\s*)(?:${businessIdLabel}\s*:?\s*)?(?:FI\s?)?(?<id>\d{7}\s?[-\u2010-\u2015\u2212]\s?\d)\s*\)?$`, 'iu'));

/**
 * A Y-tunnus in another form at the end of a name, after a comma or in brackets: without its hyphen or its
 * leading zero, or as a VAT number (`…, 02082011`, `… (FI02082011)`, `…, 208201-1`). Read only with a right
 * check digit: eight figures may be a phone's or another number.
 */
const LOOSE_ID_AT_NAME_END = lazyRegExp(() => new RegExp(String.raw`(?:,\s*|\s*\(\s*|\s+(?=FI))(?<label>${businessIdLabel}\s*:?\s*)?(?<id>(?:FI\s?-?)?\d{6,7}\s?[-‐-―−]?\s?\d)\s*\)?$`, 'iu'));

/** A name written with its Y-tunnus at its end, as {@link businessIdAtNameEnd} reads it. */
export interface NameWithBusinessId {
  name: string;
  id: string;
  valid: boolean;
  /** The Y-tunnus as written, where it is in another form than `NNNNNNN-N`. */
  written?: string;
  /** A town after the Y-tunnus (`…, 2466112-9, Jyväskylä`), left out. */
  town?: string;
  /** Whether its label stands before it (`(Y-tunnus: 22295006)`). */
  labelled?: boolean;
}

/** A name written with a Y-tunnus of a right check digit at its end (perhaps a town after it): the name without it, and the Y-tunnus; else null. */
export function businessIdAtNameEnd(text: string, withWrongCheckDigit = false): NameWithBusinessId | null {
  const town = townAfterId(text);
  if (town !== null) {
    const found = businessIdAtNameEnd(town.entry, withWrongCheckDigit);
    return found === null ? null : { ...found, town: town.town };
  }
  const found = ID_AT_NAME_END.exec(text);
  if (found === null || found.index === 0) {
    const loose = LOOSE_ID_AT_NAME_END.exec(text);
    if (loose === null || loose.index === 0) return null;
    const id = parseBusinessId(loose.groups!.id).value!;
    if (!isCanonicalBusinessId(id) || checkBusinessId(id) !== 'valid') return null;
    return { name: text.slice(0, loose.index).replace(/[\s,]+$/u, ''), id, valid: true, written: loose.groups!.id, labelled: loose.groups!.label !== undefined };
  }
  // (A dash of any kind, `1234567–1`, is the Y-tunnus's hyphen.)
  const id = `${found.groups!.id.slice(0, 7)}-${found.groups!.id.slice(-1)}`;
  const check = checkBusinessId(id);
  if (check !== 'valid' && !(withWrongCheckDigit && check === 'wrong-check-digit')) return null;
  return { name: text.slice(0, found.index).replace(/[\s,]+$/u, ''), id, valid: check === 'valid' };
}

/** A municipality's name alone after an entry's Y-tunnus (`Kasvu Oy, 1020304-7, Jyväskylä`): the entry before it and the town. */
const TOWN_AFTER_ID = lazyRegExp(() => /^(?<entry>.*\d{7}\s*[-\u2010-\u2015\u2212]\s*\d)\s*,\s*(?<town>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\.?\s*$/u);
/** What stands before an entry's Y-tunnus when the entry has no name there: nothing, or the id's label (`Y-tunnus 0208201-1, Jyväskylä` is an entry written id first). */
const NO_NAME_BEFORE_ID = lazyRegExp(() => new RegExp(`^[\\s,;:(]*(?:${businessIdLabel}\\s*:?)?[\\s,;:(]*$`, 'iu'));
function townAfterId(line: string): { entry: string; town: string } | null {
  const match = TOWN_AFTER_ID.exec(line.trim());
  if (match === null || !isMunicipalityName(match.groups!.town)) return null;
  const entry = match.groups!.entry;
  // (Only after a name and its Y-tunnus written whole, as the entry is then read: `1020304-7, Jyväskylä` is Jyväskylä's entry, id first.)
  return NO_NAME_BEFORE_ID.test(entry.replace(/\d{7}\s*[-\u2010-\u2015\u2212]\s*\d$/u, '')) ? null : { entry, town: match.groups!.town };
}

/** Whether an entry's line ends with its town after its Y-tunnus (`Kasvu Oy, 1020304-7, Jyväskylä`): the entry has ended there. */
export function endsWithTownAfterId(line: string): boolean {
  return townAfterId(line) !== null;
}

export function readCoImplementer(written: string): Normalised<CoImplementer> {
  // The entry's town after its Y-tunnus (`Kasvu Oy, 1020304-7, Jyväskylä`): no entry of its own, and no
  // part of the record's entry; left out, said.
  const town = townAfterId(written);
  if (town !== null) {
    const read = readCoImplementer(town.entry);
    return read.value === null ? read : withNotes(read.value, read.notes, [...(read.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${written.trim()}": "${town.town}" after the Y-tunnus is read as the organisation's town, not an entry of its own; it is left out of the record` }]);
  }
  // Words struck through in Markdown (`~~Kasvu Oy~~ Kehitys Oy, …`, an edit's old name or Y-tunnus):
  // no part of the entry, read without them, said.
  const unstruck = withoutStruckWords(written);
  const line = unstruck === null ? written : unstruck.text;
  if (unstruck !== null) {
    const read = readCoImplementer(line);
    return read.value === null ? read : withNotes(read.value, read.notes, [...(read.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${written.trim()}" has ${unstruck.struck} struck through (Markdown ~~…~~, an edit's old value?); read as "${read.value.name}"${read.value.businessId === null ? '' : `, "${read.value.businessId}"`}` }]);
  }
  const cells = tableRowCells(line);
  const read = readEntry(cells === null ? line : cells.join(', '));
  // A footnote's mark after the name (`Kasvu Oy*, 1357246-2`, `Kasvu Oy¹`): no part of it, said.
  const footnote = read.value !== null ? FOOTNOTE_MARK_AT_END.exec(read.value.name) : null;
  if (footnote !== null && read.value !== null && footnote.index > 0) {
    const name = read.value.name.slice(0, footnote.index);
    return withNotes({ ...read.value, name }, read.notes, [...(read.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${line.trim()}" has a footnote's mark ("${footnote[0].trim()}") after the name; read as "${name}", the footnote not read` }]);
  }
  // A table's row of more cells than a name and a Y-tunnus (`| Kajaani | Kainuun liitto | 0952935-7 |`):
  // which cell is the name, the row does not say; read as written, said. (A row's number before them,
  // `| 1 | Kainuun liitto | … |`, is left out.)
  if (cells !== null && cells.length > 2 && read.value !== null) {
    return withNotes(read.value, read.notes, [...(read.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${line.trim()}" is a table's row of ${cells.length} cells, read as the name "${read.value.name}"${read.value.businessId === null ? '' : ` and the Y-tunnus "${read.value.businessId}"`}: is one of its cells no part of the name?` }]);
  }
  // A name with a Y-tunnus in it (`Juvan kunta, 3177889-4 – hallinnoija Mikkelin kaupunki`): two
  // organisations on one line, or one with a remark; which, the line does not say.
  if (read.value !== null && read.value.businessId !== null && /\d{7}\s*[-\u2010-\u2015\u2212]\s*\d/u.test(read.value.name)) {
    return withNotes(read.value, read.notes, [...(read.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${line.trim()}" holds another Y-tunnus besides "${read.value.businessId}": it may be two organisations, read as one entry` }]);
  }
  // A role in brackets after the name, before its Y-tunnus (`Ulvilan kaupunki (hallinnoija), 0201256-6`;
  // vocabulary `entryRoles`): left out, noted. (Other words so written are the name's: `Turun kaupungin
  // sivistystoimiala (ammatillinen ja lukiokoulutus)`.)
  // (Also with the name's end wrapped after it: `Pohjolan Koulutus (hallinnoija)` / `Oy, 1357924-2`.)
  const role = read.value !== null && read.value.businessId !== null ? [...read.value.name.matchAll(ROLE_IN_NAME)].find((bracket) => ENTRY_ROLES.has(bracket[1].replace(/\s+/gu, ' ').trim().toLowerCase())) : undefined;
  if (role !== undefined && role.index !== undefined) {
    const name = `${read.value!.name.slice(0, role.index)}${read.value!.name.slice(role.index + role[0].length)}`.trim();
    return withNotes({ ...read.value!, name }, [...(read.notes ?? []), note(`"${line.trim()}" read as "${name}", "${read.value!.businessId}" (the role "(${role[1]})" after the name left out)`)], read.warnings);
  }
  // An entry named by a legal form alone (`Oy, 1357924-2` below a whole entry): the name's start is elsewhere.
  if (read.value !== null && LEGAL_FORM_NAME.test(read.value.name)) return withNotes(read.value, read.notes, [...(read.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${line.trim()}" is read as an entry named "${read.value.name}", a legal form alone: the start of its name may be on the line above, or the entry a part of another` }]);
  return read;
}
/** A footnote's mark after a value's last letter, digit or bracket (`Oy*`, `Oy¹`, `1234 *)`, `päättynyt**`; not a unit's `m²`, `km³`). */
export const FOOTNOTE_MARK_AT_END = lazyRegExp(() => /(?<=[\p{L}\d.)€%])\s?(?:\*{1,3}\)?|¹|(?<![\p{L}])[²³⁴⁵⁶⁷⁸⁹])$/u);

/** Words struck through in Markdown (`~~…~~`), with the spaces around them. */
const STRUCK_THROUGH = lazyRegExp(() => /\s*(?<![^\s,;(])~~(?=\S)[^~\n]*?\S~~(?![^\s,;.)])\s*/gu);

/**
 * A text without its words struck through in Markdown (`~~Kasvu Oy~~ Kehitys Oy`, an edit's old value),
 * a list's item so struck leaving no empty item (`Jyväskylä, ~~Laukaa~~, Muurame`), and the struck
 * words as said (`"Kasvu Oy"`); null when nothing is struck.
 */
export function withoutStruckWords(text: string): { text: string; struck: string } | null {
  if (!text.includes('~~')) return null;
  const kept = text.replace(STRUCK_THROUGH, ' ').replace(/\s*,(?:\s*,)+/gu, ',').replace(/^\s*,\s*|\s*,\s*$/gu, '').trim();
  if (kept === text) return null;
  return { text: kept, struck: [...text.matchAll(STRUCK_THROUGH)].map((m) => `"${m[0].trim().slice(2, -2)}"`).join(', ') };
}

/** A remark of words in lower case in brackets after a name's words (`(hallinnoija)`, `(päätoteuttaja)`). */
const ROLE_IN_NAME = lazyRegExp(() => /\s*\((\p{Ll}[\p{Ll} -]{2,40})\)(?=\s|$)/gu);
/** The legal forms of vocabulary `legalForms`, as alternatives of a regular expression (matched case-insensitively). */
export const LEGAL_FORMS = vocabulary.legalForms.words.map(escapeRegExp).join('|');
const LEGAL_FORM_NAME = lazyRegExp(() => new RegExp(`^(?:${LEGAL_FORMS})\\.?$`, 'iu'));
const ENTRY_ROLES = new Set(vocabulary.entryRoles.words);

/**
 * A share in euros or per cent at the end of an entry's name, after a comma, a colon or a dash or in
 * brackets, perhaps named and about so much (`, 120 000 €`, `(40 %)`, `, osuus noin 40 %`, `:
 * omarahoitusosuus 25 %`; vocabulary `entryShares`), named after a space (`Kaisla Oy osuus 40 %`),
 * or a percentage after a space (`Kaisla Oy 60 %`). Other words before the figure keep it all.
 */
const SHARE_WORD = `(?:(?:${vocabulary.entryShares.words.map(escapeRegExp).join('|')}):?\\s+)`;
const ABOUT = `(?:(?:${vocabulary.entryShares.about.map(escapeRegExp).join('|')})\\s+)?`;
const SHARE_FIGURE = '(?:\\d[\\d \\u00a0\\u202f]*(?:[.,]\\d+)?\\s*(?:€|eur|euroa)|\\d{1,3}(?:[.,]\\d+)?\\s*%)';
const SHARE_AT_NAME_END = lazyRegExp(() => new RegExp(
  `(?:,\\s*|\\s*\\(\\s*|\\s*[:–-]\\s+)${SHARE_WORD}?${ABOUT}${SHARE_FIGURE}\\s*\\)?$|,?\\s+${SHARE_WORD}${ABOUT}${SHARE_FIGURE}$|\\s+${ABOUT}\\d{1,3}(?:[.,]\\d+)?\\s*%$`,
  'iu',
));

/** A list entry's letter or Roman numeral and its dot or bracket before the name's capital (`b. `, `iv) `, `b) Universität Graz`). */
export const ENTRY_LETTER_MARK = lazyRegExp(() => /^(?:[a-z]|[ivx]{1,4})[.)][ \t]+(?=\p{Lu})/u);

/** An entry's remark that is its share (`osuus 20 %`, `40 %`, `120 000 €`; a number alone, not a year). */
const SHARE_REMARK = lazyRegExp(() => /%|€|\beur|\beuro|prosent|osuu|andel|share|^\d{1,3}(?:[\s.]?\d{3})*(?:,\d+)?$/iu);
const YEAR_ALONE = lazyRegExp(() => /^(?:19|20)\d\d$/u);
/** A year or a date in a remark (`2017`, `30.6.2017`, `31.12.`). */
const DATED = lazyRegExp(() => /(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}\.\d{1,2}\./u);

function readEntry(line: string): Normalised<CoImplementer> {
  // A list marker (`-`, `•`, Word's bullets, `1.`, `a)`, `o` and a tab) is not part of the name.
  const trimmed = line.trim();
  // (A number's mark only before a name's capital: `1. kerros`, in lower case, is no list's mark.)
  const mark = WORD_LIST_MARK.exec(trimmed);
  // (A letter's or a Roman numeral's with a dot too, `b. Sitra`, `ii) Sitra`, before a name's capital. Review DD of round 68.)
  const lettered = mark === null ? ENTRY_LETTER_MARK.exec(trimmed) : null;
  const marked = isListMarkerCode(trimmed.charCodeAt(0)) ? trimmed.slice(1).trim() : mark !== null && !(/^\d/u.test(mark[0]) && /^\p{Ll}/u.test(trimmed.slice(mark[0].length))) ? trimmed.slice(mark[0].length) : lettered !== null ? trimmed.slice(lettered[0].length) : trimmed;
  // The conjunction before a list's last entry (`…, ja Åbo Akademi, 0204819-8`) is not part of its name.
  const text = marked.replace(LEADING_CONJUNCTION, '');
  // (A remark in brackets after the Y-tunnus, `…, 0204427-7 (40 %)`, as one after a comma.)
  const bracketed = text.endsWith(')') ? REMARK_IN_BRACKETS.exec(text) : null;
  const remarked = REMARK_AFTER_ID.exec(bracketed === null ? text : `${bracketed.groups!.head}, ${bracketed.groups!.remark.trim()}`);
  // (Not another entry after a conjunction, `…, ja Posion kunta`, nor one with a Y-tunnus of its own.)
  if (remarked !== null && !HAS_BUSINESS_ID.test(remarked.groups!.remark) && !CONJUNCTION_THEN_NAME.test(remarked.groups!.remark)) {
    const id = parseBusinessId(remarked.groups!.id);
    // A remark with a figure is a share or a year (`osuus 20 %`); words alone may as well name a
    // unit of the organisation (`aikuiskoulutusyksikkö`), left out of its name: worth a warning.
    const { name, remark } = remarked.groups!;
    const names = NAMES_ORGANISATION.test(remark);
    // (Only a share is a figure's remark that leaves the entry as it is: a year or a date with words, `vetäytyi
    // hankkeesta 2017`, `mukana 31.12.2016 asti`, may say its part ended — worth a warning. Audit WN F3 of round 81.)
    // (A figure that is no year or date, `(toimintalinja 2)`, `(2 toimipistettä)`, noted as before. Review RV.)
    const share = (SHARE_REMARK.test(remark) && !YEAR_ALONE.test(remark.trim())) || (/\d/u.test(remark) && !DATED.test(remark));
    const said = `"${text}" read as "${name}", "${id.value}" (the remark "${remark}" after it left out${names ? ': it names an organisation, which may be an entry of its own' : share ? '' : DATED.test(remark) ? ': it may say when its part in the project began or ended' : ': a unit of the organisation, or a remark on its part in the project?'})`;
    if (isCanonicalBusinessId(id.value!)) return share && !names ? withNotes({ name, businessId: id.value! }, [...(id.notes ?? []), note(said)], id.warnings) : withNotes({ name, businessId: id.value! }, id.notes, [...(id.warnings ?? []), { rule: NORMALISED_VALUE, message: said }]);
  }
  // Two Y-tunnus after the name (`…, 1234567-1, 2345678-0`): the first is the entry's, the second said.
  const twoIds = TWO_IDS_AT_END.exec(text);
  if (twoIds !== null) {
    const first = parseBusinessId(twoIds.groups!.first);
    if (isCanonicalBusinessId(first.value!)) return withNotes({ name: twoIds.groups!.name.trim(), businessId: first.value! }, first.notes, [...(first.warnings ?? []), { rule: NORMALISED_VALUE, message: `"${text}" has a second Y-tunnus, "${twoIds.groups!.second}", after "${first.value}": read with the first (a former id, or two organisations?)` }]);
  }
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const tail = text.slice(comma + 1).trim();
    // (A comma written twice, `Pohjolan ammattiopisto,, 5908301-5`, is one.)
    const name = text.slice(0, comma).replace(/[\s,]+$/u, '').trim();
    // `Karstulan kunta, -` or `Karstulan kunta,`: the Y-tunnus written as none, not part of the name.
    if (tail === '' || isEmptyMarker(tail)) return ok({ name, businessId: null });
    const id = parseBusinessId(tail);
    if (isCanonicalBusinessId(id.value!)) {
      // A partner's share before its Y-tunnus (`Pohjolan ammattiopisto, 120 000 €, …`, `Järvikylän
      // kunta (40 %), …`): the remark left out after it is, no part of the name.
      // (A share in two forms, `40 % (120 000 €)`: both.)
      let bare = name;
      for (let share = SHARE_AT_NAME_END.exec(bare), n = 0; share !== null && n < 2; share = SHARE_AT_NAME_END.exec(bare), n++) bare = bare.slice(0, share.index).replace(/[\s,:;–-]+$/u, '');
      // (Words in lower case before a share written after a space, `…, osuus hankkeesta 40 %`, are
      // the share's own: all kept. After a comma or in brackets, `…, liikelaitos, 40 %`, the words are the name's.)
      const spaced = /^\s+[\p{L}\d]/u.test(name.slice(bare.length)) || !/^[\s]*[,(:–-]/u.test(name.slice(bare.length));
      if (bare !== name && bare !== '' && !(spaced && /,\s*[\p{Ll}\s]+$/u.test(bare))) {
        const written = name.slice(bare.length).trim().replace(/^[,:–-]\s*/u, '');
        const share = /^\([^()]*\)$/u.test(written) ? written.slice(1, -1) : written;
        return withNotes({ name: bare, businessId: id.value! }, [...(id.notes ?? []), note(`"${text}" read as "${bare}", "${id.value}" (the share "${share}" after the name left out)`)], id.warnings);
      }
      return withNotes({ name, businessId: id.value! }, id.notes, id.warnings);
    }
    // (So is one written wrong in a Y-tunnus's own shape, `123456-71`, `12345678-1`, `2345678-`,
    // eight or nine digits: kept as written, where `invalid-business-id` says it is none, not said to
    // be missing with its digits left in the name. A period, `2016–2018`, a postal code or a phone
    // number is none of these.)
    if (/^\d{6,8}\s*[-\u2010-\u2015\u2212]\s*\d{0,2}$|^\d{7,9}$/u.test(tail)) return ok({ name, businessId: tail });
  }
  // `Karstulan kunta –`: a dash after the name is its Y-tunnus written as none.
  return otherEntryForm(text) ?? withoutIdSaid(text) ?? ok({ name: text.replace(/\s+(?:[-\u2013\u2014]|--)$/u, ''), businessId: null });
}

/**
 * Rows of a table whose cells wrapped onto the next row (a converter's Markdown of a narrow table):
 * two rows of which one has its last cell (the Y-tunnus's) empty, the lower going on in lower case —
 * one row, each cell joined with the one below it. Other lines as they are.
 */
export function joinWrappedTableRows<T extends { text: string; position: Position }>(items: T[], span: (a: Position, b: Position) => Position): T[] {
  const joined: T[] = [];
  for (const item of items) {
    const above = joined[joined.length - 1];
    const upper = above === undefined ? null : rowCellsAsWritten(above.text);
    const lower = rowCellsAsWritten(item.text);
    // (The Y-tunnus's cell empty in one of the two rows; the lower's first written cell going on in
    // lower case: `| 1 | Kainuun … terveydenhuollon |  |` / `|  | kuntayhtymä | 7834219-0 |`.)
    if (upper !== null && lower !== null && upper.length === lower.length && (upper[upper.length - 1] === '' || lower[lower.length - 1] === '') && /^\p{Ll}/u.test(lower.find((cell) => cell !== '') ?? '')) {
      joined[joined.length - 1] = { ...above, text: `| ${upper.map((cell, i) => [cell, lower[i]].filter((c) => c !== '').join(' ')).join(' | ')} |`, position: span(above.position, item.position) };
    } else joined.push(item);
  }
  return joined;
}

/** Whether a line is a table's row, `| … | … |`. */
export function isTableRow(text: string): boolean {
  return rowCellsAsWritten(text) !== null;
}

/** A table row's cells, empty ones kept; null for a line that is no row. */
function rowCellsAsWritten(text: string): string[] | null {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.charCodeAt(0) !== 124 || trimmed.charCodeAt(trimmed.length - 1) !== 124) return null;
  return trimmed.slice(1, -1).split('|').map((cell) => cell.trim());
}

/**
 * A table's header row above its entries, `| Nimi | Y-tunnus |`, or its cells parted by tabs as a
 * word processor saves a table as text (`Nimi<TAB>Y-tunnus`): a cell is the Y-tunnus's label alone,
 * and no cell holds a figure.
 */
export function isEntryTableHeader(text: string): boolean {
  const cells = rowCellsAsWritten(text) ?? (text.includes('\t') && !/\d/u.test(text) ? text.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '') : null);
  return cells?.some((cell) => BUSINESS_ID_LABEL_ALONE.test(cell)) ?? false;
}
const BUSINESS_ID_LABEL_ALONE = lazyRegExp(() => new RegExp(`^${businessIdLabel}:?$`, 'iu'));
const ENTRY_TABLE_COLUMNS = new Set(vocabulary.entryTableColumns.words.map((word) => word.toLowerCase()));

/**
 * A header row of a table of entries with nothing else in it but its column names (`Nimi<TAB>Y-tunnus`,
 * `| Organisaatio | Y-tunnus |`): the header of a table left empty, alone. (`| Kainuun liitto | Y-tunnus |`
 * names an organisation: an entry whose Y-tunnus was left out.)
 */
export function isEntryTableHeaderAlone(text: string): boolean {
  const cells = rowCellsAsWritten(text) ?? (text.includes('\t') ? text.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '') : null);
  return cells !== null && cells.length >= 2 && cells.some((cell) => BUSINESS_ID_LABEL_ALONE.test(cell)) && cells.every((cell) => BUSINESS_ID_LABEL_ALONE.test(cell) || ENTRY_TABLE_COLUMNS.has(cell.toLowerCase()));
}

/** A line that is the Y-tunnus's label alone (`Y-tunnus`): a table's header cell, one a line. */
export function isBusinessIdLabelAlone(text: string): boolean {
  return BUSINESS_ID_LABEL_ALONE.test(text.trim());
}

/**
 * A table's row, `| Nokian kaupunki | 2630276-0 |` (a block converted to Markdown): its cells (read
 * as an entry writes them, `Nokian kaupunki, 2630276-0`), without a row's number before them; null
 * for a line that is no row.
 */
function tableRowCells(text: string): string[] | null {
  const written = rowCellsAsWritten(text);
  if (written === null) return null;
  const cells = written.filter((cell) => cell !== '');
  return cells.length > 1 && /^\d{1,3}[.)]?$/u.test(cells[0]) ? cells.slice(1) : cells;
}

/** A list's conjunction at an entry's start (`ja Åbo Akademi, 0204819-8`), and one before a name (`ja Posion kunta`). */
const LIST_CONJUNCTIONS = vocabulary.listConjunctions.map(escapeRegExp).join('|');
const LEADING_CONJUNCTION = lazyRegExp(() => new RegExp(`^(?:${LIST_CONJUNCTIONS})\\s+(?=\\p{L})`, 'u'));
const CONJUNCTION_THEN_NAME = lazyRegExp(() => new RegExp(`^(?:${LIST_CONJUNCTIONS})\\s+\\p{Lu}`, 'u'));

/**
 * A remark in lower case or a figure after the Y-tunnus, as brackets would hold it: `Kuusamon
 * kaupunki, 0189280-5, osuus 20 %`, `…, 40 %` (a figure and a capital after it is a name, `2M-IT Oy`,
 * `4H-yhdistys Joensuu ry`: an entry of its own).
 */
const REMARK_AFTER_ID = lazyRegExp(() => new RegExp(String.raw`^(?<name>.*?\S)\s*,\s*(?<id>(?:FI\s*-?\s*)?\d{7}\s*[-\u2010-\u2015\u2212]\s*\d)\s*[,;]\s*(?<remark>(?:\p{Ll}|\d(?=[^\p{Lu}]*$)).*)$`, 'u'));

/** An entry that ends in a remark in brackets right after a figure (the Y-tunnus's check digit): `…, 0204427-7 (40 %)`. */
const REMARK_IN_BRACKETS = lazyRegExp(() => /^(?<head>.*\d)\s*\((?<remark>[^()]+)\)$/u);

/** `Karstulan kunta, Y-tunnus: -`, `Stichting X (NL), Y-tunnus: ei suomalaista`: the name, and a Y-tunnus said to be none. */
const ID_LABEL_WITHOUT_ID = lazyRegExp(() => new RegExp(String.raw`^(?<name>.*?\S)\s*,?\s*${businessIdLabel}\s*:(?<rest>.*)$`, 'iu'));

/** Whether an entry writes a Y-tunnus label with a colon (`…, Y-tunnus: -`). */
export function hasBusinessIdLabel(text: string): boolean {
  return ID_LABEL_WITHOUT_ID.test(text);
}

function withoutIdSaid(text: string): Normalised<CoImplementer> | null {
  const match = ID_LABEL_WITHOUT_ID.exec(text);
  if (match === null) return null;
  const rest = match.groups!.rest.trim();
  return isCanonicalBusinessId(parseBusinessId(rest).value!) ? null : ok({ name: match.groups!.name.replace(/,$/u, ''), businessId: null });
}


const writtenBusinessId = String.raw`(?:FI\s*-?\s*)?\d{6,7}\s*[-\u00ad\u2010-\u2015\u2212]?\s*\d`;
/**
 * The Y-tunnus after the name by another separator than a comma (`Name (1234567-8)`, `Name –
 * 1234567-8`, a tab, `Name, Y-tunnus: 1234567-8`, a space), a full stop after it, or before the
 * name (`1234567-8 Name`). Only an id that reads into shape is taken: a name may end in a number.
 */
const ID_AFTER_NAME = lazyRegExp(() => new RegExp(String.raw`^(?<name>.*?\S)\s*(?:[,;:(]|\s[-\u2013\u2014]|\t|\s)\s*(?:${businessIdLabel}\s*:?\s*)?(?<id>${writtenBusinessId})\s*\)?\s*[.;]?$`, 'iu'));
const ID_BEFORE_NAME = lazyRegExp(() => new RegExp(String.raw`^(?:${businessIdLabel}\s+)?\(?(?<id>\d{7}\s*[-\u2010-\u2015]\s*\d)\s*\)?\s*(?:[,;:\u2013\u2014-]\s*|\s+)(?<name>\p{L}.*)$`, 'iu'));

function otherEntryForm(text: string): Normalised<CoImplementer> | null {
  const match = ID_AFTER_NAME.exec(text) ?? ID_BEFORE_NAME.exec(text);
  if (match === null) return null;
  const id = parseBusinessId(match.groups!.id);
  if (!isCanonicalBusinessId(id.value!)) return null;
  const name = match.groups!.name.replace(/[\s,;:/\u2013\u2014-]+$/u, '').trim();
  return name.length > 0 ? withNotes({ name, businessId: id.value! }, id.notes, id.warnings) : null;
}

/**
 * Entries written on one line (`A Oy, 2456781-0; B, 3012457-3`): split after each Y-tunnus that
 * more text follows; a line of one entry is returned as it is.
 */
/**
 * After an entry's Y-tunnus, a comma or semicolon and the next entry: a capital, a name with a
 * Y-tunnus of its own, a figure with a capital after it (`4H-yhdistys Joensuu ry`), or a
 * conjunction and a name (not a remark in lower case, `osuus 20 %`, nor a share or an amount,
 * `40 %`, `120 000 €`).
 */
const ENTRY_AFTER_ID = lazyRegExp(() => new RegExp(String.raw`(?<=,\s*(?:FI[-\s]?)?\d{6,7}\s*[-‐‑–—]?\s*\d)\s*[;,]\s+(?=[^\s\p{Ll}\d]|\d[^,;]*\p{Lu}|[^;]*?\d{7}\s*[-‐-―]\s*\d|(?:${vocabulary.listConjunctions.map(escapeRegExp).join('|')})\s+\p{Lu})`, 'u'));

export function splitEntries(line: string): string[] {
  const parts = line.split(ENTRY_AFTER_ID);
  if (parts.length === 1) return splitAfterIds(line);
  // A Y-tunnus alone after an entry's own (`…, 1234567-1, 2345678-0`) names no organisation: it is
  // that entry's second id (said where the entry is read), not an entry of its own.
  const joined: string[] = [];
  for (const part of parts) {
    // (Nor is a municipality's name alone after it, `…, 1020304-7, Jyväskylä`: the entry's town, as people add it.)
    if (joined.length > 0 && (ID_ALONE.test(part) || townAfterId(`${joined[joined.length - 1]}, ${part}`) !== null)) joined[joined.length - 1] += `, ${part}`;
    else if (joined.length > 0) {
      // (Nor when the next entry follows the town, `…, 1020304-7, Jyväskylä; Kehitys Oy, 2456781-0`: the
      // town is the entry's before it, not the first word of the next one's name.)
      const town = TOWN_THEN_ENTRY.exec(part);
      if (town !== null && townAfterId(`${joined[joined.length - 1]}, ${town.groups!.town}`) !== null && hasNamedId(town.groups!.entry)) {
        joined[joined.length - 1] += `, ${town.groups!.town}`;
        joined.push(town.groups!.entry);
      } else joined.push(part);
    } else joined.push(part);
  }
  return joined.flatMap(splitAfterIds);
}
const ID_ALONE = lazyRegExp(() => /^(?:FI[-\s]?)?\d{7}\s*[-\u2010-\u2015\u2212]\s*\d\s*$/u);
/** A municipality's name, a comma or semicolon, and the rest (`Jyväskylä; Kehitys Oy, 2456781-0`). */
const TOWN_THEN_ENTRY = lazyRegExp(() => /^(?<town>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s*[;,]\s+(?<entry>\p{Lu}.*)$/u);
/** Whether a text is an entry with a name before its Y-tunnus (`Kehitys Oy, 2456781-0`), not an id alone. */
function hasNamedId(text: string): boolean {
  const id = /\d{7}\s*[-\u2010-\u2015\u2212]\s*\d/u.exec(text);
  return id !== null && /\p{L}/u.test(text.slice(0, id.index));
}
const TWO_IDS_AT_END = lazyRegExp(() => /^(?<name>.*\S),\s*(?<first>(?:FI[-\s]?)?\d{7}\s*[-\u2010-\u2015\u2212]\s*\d),\s*(?<second>(?:FI[-\s]?)?\d{7}\s*[-\u2010-\u2015\u2212]\s*\d)\s*$/u);

/** A Y-tunnus after a name (`(3177889-4)`, ` 1044556-4`), then what may start the next entry. */
// (Also written without its hyphen, `17560098`, with a space for it, `1756009 8`, or without its
// leading zero, `343265-0`: taken only with its right check digit.)
const ID_THEN_MORE = lazyRegExp(() => new RegExp(String.raw`(?<=[\s,(\t\u2013\u2014-])(?<id>(?:FI[-\s]?)?\d{7}\s*[-\u2010-\u2015]\s*\d|FI[-\s]?\d{8}|\d{8}|\d{7} \d|\d{6}\s*[-\u2010-\u2015]\s*\d)\)?(?<gap>\s*[;,]\s*|\s+(?:${vocabulary.listConjunctions.map(escapeRegExp).join('|')})\s+|\s+)(?=\p{Lu})`, 'gu'));
const STRICT_ID = lazyRegExp(() => /^(?:(?:FI[-\s]?)?\d{7}\s*[-\u2010-\u2015]\s*\d|FI[-\s]?\d{8})$/u);
/** A Y-tunnus somewhere in a text (`3909926-3`, a figure dash or a minus too), or a VAT number (`FI39099263`). */
export const HAS_BUSINESS_ID = lazyRegExp(() => /\d{7}\s*[-\u2010-\u2015\u2212]\s*\d|FI[-\s]?\d{8}/u);
const ANY_ID = lazyRegExp(() => new RegExp(HAS_BUSINESS_ID.source, 'gu'));

/**
 * Whether an id written loosely (`17560098`, `1756009 8`, `343265-0`) at `start` ends an entry, the
 * next starting at `end`: it reads into a Y-tunnus with its right check digit, no phone's, VAT's or
 * share's word stands before it (`puh. 09 31012346`, `ALV 17560098`, `osuus 19000000`), and what follows
 * is a name, not the same organisation's id or label (`Y-tunnus 1756009-8`, `FI17560098`, `ALV-numero
 * …`) nor a unit (`EUR`).
 */
function isLooseIdBetweenEntries(line: string, start: number, end: number, written: string): boolean {
  const id = parseBusinessId(written.replace(/\s+/gu, '').replace(/^(\d{6,7})(\d)$/u, '$1-$2'));
  if (id.value === null || !isCanonicalBusinessId(id.value) || checkBusinessId(id.value) !== 'valid') return false;
  if (NOT_AN_ID_BEFORE.test(line.slice(Math.max(0, start - 16), start))) return false;
  return !SAME_ENTRY_AFTER.test(line.slice(end));
}
/** Words before a figure that make it a phone number, a VAT number or a share, not an entry's Y-tunnus. */
const NOT_AN_ID_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?:^|[\s,(])(?:puh|p|tel|gsm|mob|alv|vat|osuus|${vocabulary.businessIdLabels.words.map(escapeRegExp).join('|')})\.?:?\s*(?:\d{2,4}\s+)?$`, 'iu'));
/** What goes on with the same entry after its id: an id's label, a VAT number, an amount's unit. */
const SAME_ENTRY_AFTER = lazyRegExp(() => new RegExp(String.raw`^(?:${vocabulary.businessIdLabels.words.map(escapeRegExp).join('|')}|alv|vat|fi[-\s]?\d|${vocabulary.amountUnits.map(escapeRegExp).join('|')})(?![\p{L}])`, 'iu'));

/**
 * Entries each with its Y-tunnus in brackets or after a space, on one line (`Juvan kunta
 * (3177889-4), Kangasniemen kunta (0811223-4)`, `… ry 1044556-4 ja … ry 1599001-9`): split after
 * an id that a name with an id of its own follows (a department after the id, `2211334-8,
 * Sosiaali- ja terveysala`, is no entry of its own here).
 */
function splitAfterIds(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  // Where the line's last id starts: an entry after a split must reach it (found once, not per split).
  let lastId = -1;
  for (const id of line.matchAll(ANY_ID)) lastId = id.index!;
  for (const match of line.matchAll(ID_THEN_MORE)) {
    const end = match.index! + match[0].length;
    if (end > lastId) break;
    if (!STRICT_ID.test(match.groups!.id) && !isLooseIdBetweenEntries(line, match.index!, end, match.groups!.id)) continue;
    parts.push(line.slice(start, end - match.groups!.gap.length).trim());
    start = end;
  }
  if (parts.length === 0) return [line];
  parts.push(line.slice(start).trim());
  return parts;
}

const singleApplicantAnswers = new Set(vocabulary.singleApplicant.answers.map((answer) => normaliseKey(answer)));
/** Whether an applicant arrangement says the project has one applicant only (`Vain yksi hakija`). */
export function saysSingleApplicant(arrangement: string): boolean {
  return singleApplicantAnswers.has(normaliseKey(arrangement));
}

/** `… kuin Lahden kaupunki`: a word that names an entry after it, with the entry's capital (case kept). */
const namesEntry = lazyRegExp(() => new RegExp(`(?:^|\\s)(?:${vocabulary.noEntries.namingWords.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})\\s+\\p{Lu}`, 'u'));
const noEntriesPattern = lazyRegExp(() => new RegExp(vocabulary.noEntries.patterns.map((p) => `(?:${p})`).join('|'), 'iu'));

/**
 * The lines of a co-implementer or transfer-recipient block that say it has none (`-`, `Ei ole`,
 * `Ei osatoteuttajia`, `Kesken.`): every line an empty marker, a placeholder or such a sentence,
 * and none with a Y-tunnus.
 */
export function saysNoEntries(lines: string[]): boolean {
  return lines.length > 0 && lines.every((line) => !HAS_BUSINESS_ID.test(line) && (isEmptyMarker(line) || isPlaceholder(line) || (noEntriesPattern.test(line.trim()) && !namesEntry.test(line))));
}

/** The organisation of {@link readCoImplementer}, without its notes. */
export function parseCoImplementer(line: string): CoImplementer {
  return readCoImplementer(line).value!;
}

export interface BudgetRange {
  min: number | null;
  max: number | null;
}

const unitsAnywhere = lazyRegExp(() => new RegExp(vocabulary.amountUnits.map(escapeRegExp).join('|'), 'giu'));

/** `500000-1000000 €` → {min, max}. */
export function parseBudgetRange(input: string): Normalised<BudgetRange> {
  // (A sentence's full stop after the unit, `500000-1000000 €.`, is no part of the figure.)
  const text = input.replace(unitsAnywhere, '').trim().replace(/(?<=\d)\s+\.$/u, '');
  const range = /^([\d\s.,]+?)\s*[-–—\u2010-\u2012\u2212\ufe63\uff0d]\s*([\d\s.,]+)$/u.exec(text);
  if (range) {
    const min = parseEuroAmount(range[1]);
    const max = parseEuroAmount(range[2]);
    if (min.problem || max.problem) return fail('invalid-number', `"${input}" is not a budget range`);
    // The register writes the smaller bound first; the other way round, which is which is a guess.
    if (min.value > max.value) return fail('invalid-number', `"${input}" is not a budget range: its first amount is larger than its second`);
    return withNotes({ min: min.value, max: max.value }, [...(min.notes ?? []), ...(max.notes ?? [])], [...(min.warnings ?? []), ...(max.warnings ?? [])]);
  }
  const single = parseEuroAmount(text);
  if (single.problem) return fail('invalid-number', `"${input}" is not a budget range ("MIN-MAX €")`);
  // (One amount, `345 000 €`, where the page writes its budget's band: read as both bounds, noted.)
  return withNotes({ min: single.value, max: single.value }, [...(single.notes ?? []), note(`"${input.trim()}" is one amount, not a range: read as both its bounds`)], single.warnings);
}

/** A list item line: the leading dash or bullet (any of `listMarkers`, Word's private-use bullets too) goes, the text stays. */
export function listItem(line: string): string {
  const trimmed = line.trim();
  if (isListMarkerCode(trimmed.charCodeAt(0))) return trimmed.slice(1).trimStart();
  // (Or a word processor's second-level bullet, `o` before a tab or a capital: `o Yritysyhteistyötä …`.)
  const mark = trimmed.charCodeAt(0) === 111 ? WORD_LIST_MARK.exec(trimmed) : null;
  return mark === null ? trimmed : trimmed.slice(mark[0].length);
}

/** Y-tunnus `NNNNNNN-N` with its check digit (weights 7,9,10,5,8,4,2; mod 11). */
export function checkBusinessId(value: string): 'valid' | 'malformed' | 'wrong-check-digit' | 'placeholder' {
  const match = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!match) return 'malformed';
  // A template's dummy id (`0000000-0`) has a right check digit, and is no organisation's.
  // (`1234567-1` and `2222222-9` have one too, but may be real organisations'.)
  if (match[1] === '0000000') return 'placeholder';
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...match[1]].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  const remainder = sum % 11;
  if (remainder === 1) return 'wrong-check-digit';
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === Number(match[2]) ? 'valid' : 'wrong-check-digit';
}

/** Whether `value` has one of `words`, as words (an indicator's women clause, `joista naisten työpaikkoja`). */
export function hasWords(value: string, words: readonly string[]): boolean {
  const lower = value.toLowerCase();
  return words.some((word) => {
    const at = lower.indexOf(word.toLowerCase());
    return at !== -1 && !/\p{L}/u.test(lower.charAt(at - 1)) && !/\p{L}/u.test(lower.charAt(at + word.length));
  });
}
