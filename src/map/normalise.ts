/**
 * Normalisers: one field value in, a typed value out — or a named problem. They are pure and know
 * Finnish only through `grammar/vocabulary.json`.
 */
import { normaliseKey, vocabulary } from '../grammar/index.js';

export interface Problem {
  rule: string;
  message: string;
}

export type Normalised<T> = { value: T; problem?: undefined } | { value: null; problem: Problem };

const ok = <T>(value: T): Normalised<T> => ({ value });
const fail = (rule: string, message: string): Normalised<never> => ({ value: null, problem: { rule, message } });

const keySet = (words: string[]) => new Set(words.map(normaliseKey));
const placeholderKeys = keySet(vocabulary.placeholders);
const yesKeys = keySet(vocabulary.yes);
const noKeys = keySet(vocabulary.no);
const endedKeys = keySet(vocabulary.status.ended);
const ongoingKeys = keySet(vocabulary.status.ongoing);
const nationwideKeys = keySet(vocabulary.nationwide);
const periodPattern = new RegExp(vocabulary.period.pattern, 'iu');
const womenClausePattern = new RegExp(vocabulary.indicator.womenClausePattern, 'iu');
const programmeAxisPattern = new RegExp(vocabulary.priorityAxis.programmePattern, 'iu');

/** Placeholders and nationwide phrases are a few words: longer texts are not normalised at all. */
const MAX_PHRASE_LENGTH = 60;
const placeholderLengths = vocabulary.placeholders.map((p) => p.length);
const PLACEHOLDER_MIN = Math.min(...placeholderLengths) - 2;
const PLACEHOLDER_MAX = Math.max(...placeholderLengths) + 4;

export function isPlaceholder(value: string): boolean {
  return value.length >= PLACEHOLDER_MIN && value.length <= PLACEHOLDER_MAX && placeholderKeys.has(normaliseKey(value));
}

export function isNationwide(text: string): boolean {
  return text.split('\n').some((line) => line.length <= MAX_PHRASE_LENGTH && nationwideKeys.has(normaliseKey(line)));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `1.9.2008` or `01.05.2017` → `2008-09-01`; rejects impossible calendar dates. */
export function parseFinnishDate(input: string): Normalised<string> {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(input.trim());
  if (!match) return fail('invalid-date', `"${input}" is not a date of the form D.M.YYYY`);
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(match[3]), month)) {
    return fail('invalid-date', `"${input}" is not a calendar date`);
  }
  return ok(`${match[3]}-${twoDigits(month)}-${twoDigits(day)}`);
}

export interface Period {
  start: string | null;
  end: string | null;
}

/** `Alkaa 1.9.2008 ja päättyy 31.8.2011`, or two dates joined by a dash. */
export function parsePeriod(input: string): Normalised<Period> {
  const text = input.trim();
  const worded = periodPattern.exec(text);
  const dashed = worded ? null : /^(\S+)\s*[-–—]\s*(\S+)$/u.exec(text);
  const start = worded?.groups?.start ?? dashed?.[1];
  const end = worded?.groups?.end ?? dashed?.[2];
  if (start === undefined || end === undefined) {
    return fail('invalid-date', `"${input}" is not a period ("Alkaa D.M.YYYY ja päättyy D.M.YYYY")`);
  }
  const from = parseFinnishDate(start);
  if (from.problem) return from;
  const to = parseFinnishDate(end);
  if (to.problem) return to;
  return ok({ start: from.value, end: to.value });
}

/** `1 030 258` → 1030258. Spaces of any kind group thousands; `,00` decimals are accepted. */
export function parseAmount(input: string): Normalised<number> {
  // Most amounts are plain digits: no clean-up needed.
  if (/^\d{1,15}$/.test(input)) return ok(Number(input));
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(/(?:€|euroa|eur)$/i, '');
  const match = /^(\d+)(?:,0+)?$/.exec(compact);
  if (!match) return fail('invalid-number', `"${input}" is not a whole number of euros`);
  const value = Number(match[1]);
  if (!Number.isSafeInteger(value)) return fail('invalid-number', `"${input}" is too large`);
  return ok(value);
}

export interface IndicatorValue {
  total: number | null;
  women: number | null;
}

/** `80, joista naisia 35` → {total: 80, women: 35}; `20` → {total: 20, women: null}. */
export function parseIndicator(input: string): Normalised<IndicatorValue> {
  const comma = input.indexOf(',');
  const total = parseAmount(comma === -1 ? input : input.slice(0, comma));
  if (total.problem) return fail('invalid-number', `"${input}" does not start with a count`);
  if (comma === -1) return ok({ total: total.value, women: null });
  const clause = womenClausePattern.exec(input.slice(comma + 1).trim());
  if (!clause) return fail('invalid-number', `"${input}": the part after the comma is not a "joista naisia N" clause`);
  const women = parseAmount(clause.groups!.women);
  if (women.problem) return fail('invalid-number', `"${input}": "${clause.groups!.women}" is not a count`);
  return ok({ total: total.value, women: women.value });
}

/** `anna.keto-tokoi(at)thl.fi` → `anna.keto-tokoi@thl.fi`. Validity is a separate rule. */
export function normaliseEmail(input: string): string {
  let value = input.trim();
  for (const at of vocabulary.emailAt) if (value.includes(at)) value = value.split(at).join('@');
  return /\s/.test(value) ? value.replace(/\s+/g, '') : value;
}

export function isValidEmail(value: string): boolean {
  return /^[^\s@()<>,;:]+@[^\s@()<>,;:]+\.[^\s@()<>,;:.]{2,}$/.test(value);
}

export function splitList(input: string): string[] {
  return input
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * Comma-separated municipality names. An item that is not a name by itself — a one- or two-letter
 * qualifier such as the `Tl` of `Koski Tl` — belongs to the item before it.
 */
export function splitMunicipalities(input: string): string[] {
  const result: string[] = [];
  for (const item of splitList(input)) {
    const qualifier = /^\p{Lu}\p{Ll}?\.?$/u.test(item);
    if (qualifier && result.length > 0) result[result.length - 1] += ` ${item}`;
    else result.push(item);
  }
  return result;
}

export interface PriorityAxis {
  number: number | null;
  title: string | null;
}

/** `2: Title`, `5. Title` or `Toimintalinja 5 (ESR)`. */
export function parsePriorityAxis(input: string): Normalised<PriorityAxis> {
  const text = input.trim();
  const numbered = /^(\d{1,2})\s*[:.)]?\s+(\S.*)$/u.exec(text) ?? /^(\d{1,2})[:.]?$/.exec(text);
  if (numbered) return ok({ number: Number(numbered[1]), title: numbered[2]?.trim() || null });
  const programme = programmeAxisPattern.exec(text);
  if (programme) return ok({ number: Number(programme.groups!.number), title: null });
  return ok({ number: null, title: text });
}

export interface SpecificObjective {
  code: string | null;
  title: string | null;
}

/** `10.1. Title` → {code: "10.1", title}. */
export function parseSpecificObjective(input: string): Normalised<SpecificObjective> {
  const text = input.trim();
  const match = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/u.exec(text);
  if (match) return ok({ code: match[1], title: match[2].trim() });
  return ok({ code: null, title: text });
}

export interface Status {
  text: string;
  state: 'ended' | 'ongoing' | null;
}

export function parseStatus(input: string): Normalised<Status> {
  const key = normaliseKey(input);
  const state = endedKeys.has(key) ? 'ended' : ongoingKeys.has(key) ? 'ongoing' : null;
  return ok({ text: input.trim(), state });
}

export function parseYesNo(input: string): Normalised<boolean> {
  const key = normaliseKey(input);
  if (yesKeys.has(key)) return ok(true);
  if (noKeys.has(key)) return ok(false);
  return fail('invalid-value', `"${input}" is not a yes/no answer (${vocabulary.yes[0]} / ${vocabulary.no[0]})`);
}

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

/** `Rauhankatu 3, 18100 Heinola` → street, postal code, city; without a postal code all is street. */
export function parseAddress(input: string): Normalised<Address> {
  const text = input.trim();
  const match = /^(?:(?<street>.*?)[,\s]+)?(?<postalCode>\d{5})\s+(?<city>\p{L}[\p{L} .-]*)$/u.exec(text);
  if (match) {
    return ok({ street: match.groups!.street?.trim() || null, postalCode: match.groups!.postalCode, city: match.groups!.city.trim() });
  }
  return ok({ street: text, postalCode: null, city: null });
}

export interface CoImplementer {
  name: string;
  businessId: string | null;
}

/** `Name, with commas, 0116480-8`: the business id is after the last comma. */
export function parseCoImplementer(line: string): CoImplementer {
  const text = line.trim().replace(/^[-•*]\s*/, '');
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const tail = text.slice(comma + 1).trim();
    if (/^\d{6,7}-?\d$/.test(tail)) return { name: text.slice(0, comma).trim(), businessId: tail };
  }
  return { name: text, businessId: null };
}

export interface BudgetRange {
  min: number | null;
  max: number | null;
}

/** `500000-1000000 €` → {min, max}. */
export function parseBudgetRange(input: string): Normalised<BudgetRange> {
  const text = input.replace(/€|euroa|eur/gi, '').trim();
  const range = /^([\d\s\u00a0]+)\s*[-–—]\s*([\d\s\u00a0]+)$/u.exec(text);
  if (range) {
    const min = parseAmount(range[1]);
    const max = parseAmount(range[2]);
    if (min.problem || max.problem) return fail('invalid-number', `"${input}" is not a budget range`);
    return ok({ min: min.value, max: max.value });
  }
  const single = parseAmount(text);
  if (single.problem) return fail('invalid-number', `"${input}" is not a budget range ("MIN-MAX €")`);
  return ok({ min: single.value, max: single.value });
}

/** A list item line: the leading dash or bullet goes, the text stays. */
export function listItem(line: string): string {
  return line.trim().replace(/^[-–•*]\s*/, '');
}

/** Y-tunnus `NNNNNNN-N` with its check digit (weights 7,9,10,5,8,4,2; mod 11). */
export function checkBusinessId(value: string): 'valid' | 'malformed' | 'wrong-check-digit' {
  const match = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!match) return 'malformed';
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...match[1]].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  const remainder = sum % 11;
  if (remainder === 1) return 'wrong-check-digit';
  const expected = remainder === 0 ? 0 : 11 - remainder;
  return expected === Number(match[2]) ? 'valid' : 'wrong-check-digit';
}
