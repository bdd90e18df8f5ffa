/**
 * Statistics Finland codes for the names of a target area: municipalities (`091`), regions
 * (maakunta, `01`) and sub-regions (seutukunta, `011`), from grammar/area-codes.json, which
 * scripts/build-area-codes.mjs generates from the classification keys 2013–2026.
 *
 * Decisions (also in the README):
 * - Names match as written up to case, dashes (hyphen, en dash, spaces around a dash), commas and
 *   repeated spaces: `Koski, Tl`, `koski tl` and `Koski Tl` are one name. Swedish names match
 *   (`Helsingfors`), and sub-regions also in the genitive the descriptions use (`Helsingin`,
 *   `Kotkan-Haminan`; grammar/subregion-genitives.json), optionally followed by `seutukunta`;
 *   regions also in the genitive with `maakunta` after it (`Etelä-Savon maakunta`; grammar/region-genitives.json).
 * - The years are the description's own: its period's start and end years, clamped to the years
 *   of the classification (a 2008–2011 project is read with the 2013 key, the earliest there is),
 *   or every year of the classification when the period is unknown.
 * - A name the classification never wrote gets null, never a guessed code: a municipality merged
 *   before 2013 (`Nummi-Pusula`), a region abolished before 2013 (`Itä-Uusimaa`), a misspelling.
 * - Statistics Finland never gives a code to another municipality, so a name that the
 *   classification wrote only outside the description's years (`Lavia`, merged in 2015, in a
 *   2016 project) still gets its code: the code names the same place.
 * - Should one name ever stand for different codes in different years (none does in 2013–2026;
 *   the build script reports it), the code of the latest of the description's years wins: the
 *   area as it was when the project ended.
 * - A municipality's region and sub-region (for tables) are its membership in the latest of the
 *   description's years that it existed (Heinävesi is in Etelä-Savo until 2020 and in
 *   Pohjois-Karjala from 2021).
 */
import areaCodesJson from '../../grammar/area-codes.json' with { type: 'json' };
import genitivesJson from '../../grammar/subregion-genitives.json' with { type: 'json' };
import regionGenitivesJson from '../../grammar/region-genitives.json' with { type: 'json' };
import vocabularyJson from '../../grammar/vocabulary.json' with { type: 'json' };
import { lazyRegExp } from '../lazy-regexp.js';

/** [value, first year, last year]. */
type Span = [string, number, number];

interface AreaCodeData {
  years: [number, number];
  municipalities: Record<string, { names: Span[]; region: Span[]; subRegion: Span[] }>;
  regions: Record<string, { names: Span[] }>;
  subRegions: Record<string, { names: Span[]; region: Span[] }>;
}

const data = areaCodesJson as unknown as AreaCodeData;
const genitives = (genitivesJson as { genitives: Record<string, string[]> }).genitives;
/** A region's genitive with a word for a region (`Etelä-Savon maakunta`): grammar/region-genitives.json. */
const regionGenitives = regionGenitivesJson as { kindWords: string[]; genitives: Record<string, string[]> };

export interface YearRange {
  from: number;
  to: number;
}

/** The years of the classification: 2013–2026. */
export const CLASSIFICATION_YEARS: YearRange = { from: data.years[0], to: data.years[1] };

/** Words of letters (hyphens inside them) between single spaces: no dash stands alone (`Etelä - Savo` is not plain). */
const PLAIN_NAME = lazyRegExp(() => /^\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)*$/u);

/**
 * `Koski, Tl` / `KOSKI  TL` → `koski tl`; `Kotka – Hamina` → `kotka-hamina`. Texts reach the mapper
 * in NFC already; lower case needs no locale (Finnish and Swedish letters have no special casing).
 */
export function nameKey(name: string): string {
  // Most names are one plain word: they need only lower case.
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  return name
    .normalize('NFC')
    .replace(/\s*[-‐‑‒–—―−]\s*/gu, '-')
    .replace(/[,.]/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** A name's key, then per key the codes it was written for and the years. */
type NameIndex = Map<string, Span[]>;

function addName(index: NameIndex, name: string, code: string, from: number, to: number): void {
  const key = nameKey(name);
  const spans = index.get(key);
  if (spans === undefined) index.set(key, [[code, from, to]]);
  else if (!spans.some(([c, f, t]) => c === code && f === from && t === to)) spans.push([code, from, to]);
}

interface Indexes {
  municipalities: NameIndex;
  regions: NameIndex;
  subRegions: NameIndex;
}

let indexes: Indexes | null = null;

/** Built on first use: most runs that never look up a code (validate of JSON, schema) skip it. */
function getIndexes(): Indexes {
  if (indexes) return indexes;
  const municipalities: NameIndex = new Map();
  for (const [code, m] of Object.entries(data.municipalities)) for (const [name, from, to] of m.names) addName(municipalities, name, code, from, to);
  const regions: NameIndex = new Map();
  for (const [code, r] of Object.entries(data.regions)) {
    for (const [name, from, to] of r.names) {
      addName(regions, name, code, from, to);
      for (const genitive of regionGenitives.genitives[name] ?? []) for (const word of regionGenitives.kindWords) addName(regions, `${genitive} ${word}`, code, from, to);
    }
  }
  const subRegions: NameIndex = new Map();
  for (const [code, s] of Object.entries(data.subRegions)) {
    for (const [name, from, to] of s.names) {
      addName(subRegions, name, code, from, to);
      for (const genitive of genitives[name] ?? []) addName(subRegions, genitive, code, from, to);
    }
  }
  indexes = { municipalities, regions, subRegions };
  return indexes;
}

/**
 * The description's years from its period (ISO dates), clamped to the classification's years; where
 * its dates are not read, from the dates its programme period's projects could have (`eligible`, derive's
 * ELIGIBLE_DATES): a 2007–2013 project is not placed in a later map (Heinävesi of Etelä-Savo, of
 * Pohjois-Karjala from 2021). Audit AT of round 60.
 */
export function descriptionYears(period: { start: string | null; end: string | null } | null | undefined, eligible?: { first: string; last: string }): YearRange {
  const start = period?.start ? Number(period.start.slice(0, 4)) : NaN;
  const end = period?.end ? Number(period.end.slice(0, 4)) : NaN;
  if (Number.isNaN(start) && Number.isNaN(end) && eligible !== undefined) return descriptionYears({ start: eligible.first, end: eligible.last });
  if (Number.isNaN(start) && Number.isNaN(end)) return { ...CLASSIFICATION_YEARS };
  let from = Number.isNaN(start) ? end : start;
  let to = Number.isNaN(end) ? start : end;
  if (to < from) [from, to] = [to, from];
  const clamp = (year: number) => Math.min(CLASSIFICATION_YEARS.to, Math.max(CLASSIFICATION_YEARS.from, year));
  return { from: clamp(from), to: clamp(to) };
}

/**
 * The span that decides a name's code for the years: of those overlapping them, the one reaching
 * latest; with none overlapping, the one nearest to them.
 */
function pick(spans: Span[], years: YearRange): Span {
  if (spans.length === 1) return spans[0];
  let best = spans[0];
  let bestScore = -Infinity;
  for (const span of spans) {
    const [, from, to] = span;
    const overlapEnd = Math.min(to, years.to);
    const overlaps = from <= years.to && to >= years.from;
    // Overlapping spans rank above all others, by their last shared year; others by distance.
    const distance = from > years.to ? from - years.to : years.from - to;
    const score = overlaps ? 10_000 + overlapEnd : -distance;
    if (score > bestScore) (best = span), (bestScore = score);
  }
  return best;
}

/**
 * A name, or a bilingual `Maarianhamina – Mariehamn` (`Vaasa/Vasa`) whose parts all name the same code
 * (`Nummi-Pusula` and `Kotka-Hamina` as municipalities are not such names: their parts name nothing
 * or two places).
 */
function lookUp(index: NameIndex, name: string, years: YearRange): string | null {
  const key = nameKey(name);
  const spans = index.get(key);
  if (spans) return pick(spans, years)[0];
  // (Or parted by a slash: `Vaasa/Vasa`, `Pohjanmaa / Österbotten`.)
  if (!key.includes('-') && !key.includes('/')) return null;
  // (At a slash only where there is one: `Keski-Pohjanmaa / Mellersta Österbotten`.)
  const codes = new Set(key.split(key.includes('/') ? /\s*\/\s*/u : '-').map((part) => index.get(part) && pick(index.get(part)!, years)[0]));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

const SUB_REGION_WORD = lazyRegExp(() => /\s+(?:seutukunta|seutukunnan|seutukunnat)$/iu);

export function municipalityCode(name: string, years: YearRange = CLASSIFICATION_YEARS): string | null {
  return lookUp(getIndexes().municipalities, name, years);
}

export function regionCode(name: string, years: YearRange = CLASSIFICATION_YEARS): string | null {
  return lookUp(getIndexes().regions, name, years);
}

export function subRegionCode(name: string, years: YearRange = CLASSIFICATION_YEARS): string | null {
  const index = getIndexes().subRegions;
  return lookUp(index, name, years) ?? lookUp(index, name.replace(SUB_REGION_WORD, ''), years);
}

/** Whether the classification (any year) has this municipality name: decides list splitting (`Koski, Tl`). */
export function isMunicipalityName(name: string): boolean {
  return getIndexes().municipalities.has(nameKey(name));
}

/** Whether `name` names a municipality in the classification's latest year (not one merged into another since). */
export function isCurrentMunicipalityName(name: string): boolean {
  return getIndexes().municipalities.get(nameKey(name))?.some((span) => span[2] >= data.years[1]) ?? false;
}

/**
 * The current municipality whose name a word inflects (`Taivalkosken`, `Pudasjärvellä`, `Posiolle`, `Lahden`,
 * `Turun`, `Iin`), or null: the word is the name, or its stem as `areaNameInflections.stemChanges` changes it
 * (`Lahti` → `Lahde-`, `Turku` → `Turu-`), with a case ending of `stemChangeEndings`, a genitive's `n`, or (the name
 * itself) an illative (`Posioon`). Only exact forms: a word that merely starts as a name does (`Hankkeen`,
 * `Kemijoen`, `Heinäkuusta`) is none. A guess that only decides whether to say that a remark may name a place.
 */
export function currentMunicipalityInflected(word: string): string | null {
  inflectedForms ??= formsOfCurrentMunicipalities();
  return inflectedForms.get(nameKey(word)) ?? null;
}
let inflectedForms: Map<string, string> | undefined;

function formsOfCurrentMunicipalities(): Map<string, string> {
  const forms = new Map<string, string>();
  const endings = [...vocabularyJson.areaNameInflections.stemChangeEndings, 'n'];
  for (const [name, spans] of getIndexes().municipalities) {
    if (!spans.some((span) => span[2] >= data.years[1]) || name.includes(' ')) continue;
    const changed = STEM_CHANGES.filter(([end]) => name.endsWith(end)).map(([end, stemEnd]) => `${name.slice(0, -end.length)}${stemEnd}`);
    for (const form of [...endings, `${name.at(-1)}n`].map((ending) => `${name}${ending}`)) if (!forms.has(form)) forms.set(form, name);
    for (const stem of changed) for (const ending of endings) if (!forms.has(`${stem}${ending}`)) forms.set(`${stem}${ending}`, name);
  }
  return forms;
}

/**
 * Whether `name` is no name of its kind but the start of one (`Kuus` of Kuusamo, `Pohjois-Pohj`):
 * what a copy cut inside a list's last name leaves. A name of its own (`Ii`, `Koski Tl`) is whole.
 */
export function startsAreaName(kind: AreaKind, name: string): boolean {
  const key = nameKey(name);
  if (key === '' || !/\p{L}$/u.test(key)) return false;
  const indexes = getIndexes();
  const index = kind === 'municipality' ? indexes.municipalities : kind === 'region' ? indexes.regions : indexes.subRegions;
  if (index.has(key)) return false;
  // (Inside a word only: a name's first word whole, `Koski` of `Koski Tl`, `Mänttä` of `Mänttä-Vilppula`,
  // may be all the text meant.)
  let starts = false;
  for (const known of index.keys()) {
    if (known.length <= key.length || !known.startsWith(key)) continue;
    // (A Swedish name's `S:t Michel` is no word of `S` whole: only a space or a hyphen ends a word.)
    const next = known.charAt(key.length);
    if (/[\s-]/u.test(next)) return false;
    if (/\p{L}/u.test(next)) starts = true;
  }
  return starts;
}

/**
 * The one name of its kind whose stem, its end changed as a case changes it before a weak-grade
 * ending (vocabulary `areaNameInflections.stemChanges`: `Helsingi-ssä` of Helsinki, `Turu-ssa` of
 * Turku, `Lahde-ssa` of Lahti, `Siilinjärve-llä`), `stem` is; with its words' first letters in
 * capitals; null where none or several are.
 */
export function gradedAreaName(kind: AreaKind, stem: string): string | null {
  const key = nameKey(stem);
  if (key.length < 3) return null;
  const indexes = getIndexes();
  const index = kind === 'municipality' ? indexes.municipalities : kind === 'region' ? indexes.regions : indexes.subRegions;
  let found: string | null = null;
  for (const known of index.keys()) {
    for (const [end, stemEnd] of STEM_CHANGES) {
      if (!known.endsWith(end) || known.length - end.length + stemEnd.length !== key.length || !key.endsWith(stemEnd) || !key.startsWith(known.slice(0, -end.length))) continue;
      if (found !== null && found !== known) return null;
      found = known;
    }
  }
  return found === null ? null : found.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
const STEM_CHANGES = vocabularyJson.areaNameInflections.stemChanges as [string, string][];

/** The endings of the cases a place is named in where something is done or signed (`Kuusamossa`, `Vantaalla`). */
const WHERE_ENDINGS = ['ssa', 'ssä', 'lla', 'llä'];

/**
 * Whether `word` names a municipality (of any classification year), as written or in the case of where
 * something is done (`Kuusamo`, `Kuusamossa`, `Vantaalla`, `Helsingissä`), or in Swedish as written
 * (`Vasa`): the place a signature is dated at.
 */
export function namesMunicipalityWhere(word: string): boolean {
  if (municipalityCode(word) !== null) return true;
  const lower = word.toLowerCase();
  for (const ending of WHERE_ENDINGS) {
    if (lower.length < ending.length + 2 || !lower.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (municipalityCode(stem) !== null || gradedAreaName('municipality', stem) !== null) return true;
  }
  return false;
}

/**
 * Whether `name` is a name of its kind and also the start of a longer one (`Kemi` of Kemijärvi, `Ii`
 * of Iisalmi, `Suupohjan` of `Suupohjan rannikkoseudun`): what a copy cut inside a list's last name may leave.
 */
export function startsLongerAreaName(kind: AreaKind, name: string): boolean {
  const key = nameKey(name);
  const indexes = getIndexes();
  const index = kind === 'municipality' ? indexes.municipalities : kind === 'region' ? indexes.regions : indexes.subRegions;
  if (key === '' || !index.has(key)) return false;
  for (const known of index.keys()) if (known.length > key.length && known.startsWith(key)) return true;
  return false;
}

/** A municipality's region and sub-region codes in the latest of the years that it existed (nearest otherwise). */
export function municipalityMembership(code: string, years: YearRange = CLASSIFICATION_YEARS): { regionCode: string | null; subRegionCode: string | null } {
  const entry = data.municipalities[code];
  if (!entry) return { regionCode: null, subRegionCode: null };
  return { regionCode: pick(entry.region, years)[0], subRegionCode: pick(entry.subRegion, years)[0] };
}

/** A sub-region's region code in the latest of the years. */
export function subRegionRegion(code: string, years: YearRange = CLASSIFICATION_YEARS): string | null {
  const entry = data.subRegions[code];
  return entry ? pick(entry.region, years)[0] : null;
}

export type AreaKind = 'municipality' | 'region' | 'sub-region';

export interface UnknownAreaName {
  kind: AreaKind;
  /** Index in the list of names. */
  index: number;
  name: string;
}

export interface AreaCodes {
  regionCodes: (string | null)[];
  subRegionCodes: (string | null)[];
  municipalityCodes: (string | null)[];
  /** Names that got null because the classification does not have them. */
  unknown: UnknownAreaName[];
}

/** The codes of an area's names, index by index, for the description's years. */
export function areaCodes(
  area: { regions: readonly string[]; subRegions: readonly string[]; municipalities: readonly string[] },
  years: YearRange = CLASSIFICATION_YEARS,
): AreaCodes {
  const unknown: UnknownAreaName[] = [];
  const codesOf = (names: readonly string[], kind: AreaKind, find: (name: string, years: YearRange) => string | null) =>
    names.map((name, index) => {
      const code = find(name, years);
      if (code === null) unknown.push({ kind, index, name });
      return code;
    });
  return {
    regionCodes: codesOf(area.regions, 'region', regionCode),
    subRegionCodes: codesOf(area.subRegions, 'sub-region', subRegionCode),
    municipalityCodes: codesOf(area.municipalities, 'municipality', municipalityCode),
    unknown,
  };
}
