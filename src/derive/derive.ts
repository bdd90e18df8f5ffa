/**
 * Values derived from what was read, after mapping and before the rules: the fund from the code's
 * letter (when no title said it), a project page's fund and programme period from what the page
 * says, whether the target area is the whole country, and the area's statistical codes.
 */
import { vocabulary } from '../grammar/index.js';
import * as n from '../map/normalise.js';
import { located, type PositionLookup } from '../map/record-builder.js';
import type { EsrRecord, Unmapped } from '../record/schema.js';
import type { Diagnostic, Position } from '../types.js';
import { areaCodes, descriptionYears, gradedAreaName, municipalityCode, regionCode, subRegionCode, type AreaKind } from './area-codes.js';
import { lazyRegExp } from '../lazy-regexp.js';

const listOf: Record<AreaKind, 'regions' | 'subRegions' | 'municipalities'> = {
  region: 'regions',
  'sub-region': 'subRegions',
  municipality: 'municipalities',
};

/** Fewer unknown names than this in a list are misspellings or old names, not a list misread. */
const MOSTLY_UNKNOWN_NAMES = 3;

const codesOf: Record<AreaKind, 'regionCodes' | 'subRegionCodes' | 'municipalityCodes'> = {
  region: 'regionCodes',
  'sub-region': 'subRegionCodes',
  municipality: 'municipalityCodes',
};

const aboutKind: Record<AreaKind, string> = {
  municipality: 'municipalities',
  region: 'regions',
  'sub-region': 'sub-regions',
};

const areaDescriptionWords = new Set(vocabulary.areaDescriptionWords.words);
const areaDescriptionEndings = vocabulary.areaDescriptionWords.endings;
const oneOfKind = vocabulary.areaDescriptionWords.oneOfKind as Record<AreaKind, string[]>;

/**
 * Whether an area list's item describes places rather than names one (vocabulary
 * `areaDescriptionWords`): not a name in the genitive with a word for one place of the list's kind
 * after it (`Kuusamon kunta`), which names one.
 */
function describesArea(name: string, kind: AreaKind): boolean {
  const words = name.toLowerCase().split(/[^\p{L}-]+/u).filter((word) => word !== '');
  if (words.length === 2 && /n$/u.test(words[0]) && oneOfKind[kind].includes(words[1])) return false;
  return words.some((word) => areaDescriptionWords.has(word) || areaDescriptionEndings.some((ending) => word.length > ending.length && word.endsWith(ending)));
}

const areaNameEndings = vocabulary.areaNameInflections.endings;
const stemChangeEndings = vocabulary.areaNameInflections.stemChangeEndings;
const areaNameWords = new Set(vocabulary.areaNameInflections.nameWords);

/**
 * The known name an item is an inflection of (`Kajaanissa` → `Kajaani`), as a list written in prose
 * has it; null for any other item. (Not for sub-regions, whose names are written in the genitive.)
 */
function inflectedName(name: string, kind: AreaKind, codeOf: (name: string) => string | null): string | null {
  if (kind === 'sub-region' || /\s/u.test(name)) return null;
  for (const ending of areaNameEndings) {
    if (name.length < ending.length + 2 || !name.toLowerCase().endsWith(ending)) continue;
    const stem = name.slice(0, -ending.length);
    if (codeOf(stem) !== null) return stem;
  }
  // (A case that changes the name's end too, `Helsingissä`, `Turussa`, `Lahdessa`, `Siilinjärvellä`.)
  for (const ending of stemChangeEndings) {
    if (name.length < ending.length + 3 || !name.toLowerCase().endsWith(ending)) continue;
    const graded = gradedAreaName(kind, name.slice(0, -ending.length));
    if (graded !== null) return graded;
  }
  return null;
}

/** An item that is a clause, not a name: a word in lower case after its first (`Hanke toimii Kajaanissa`), none of a place's (`Kuusamon kunta`). */
function isSentence(name: string, kind: AreaKind): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.slice(1).some((word) => /^\p{Ll}/u.test(word) && !oneOfKind[kind].includes(word.toLowerCase()) && !areaDescriptionWords.has(word.toLowerCase()) && !areaNameWords.has(word.toLowerCase()));
}

const aboutUnknown: Record<AreaKind, string> = {
  municipality: 'a municipality merged before 2013, or a misspelling',
  region: 'a region abolished before 2013, or a misspelling',
  'sub-region': 'a sub-region abolished before 2013, or a misspelling',
};

const programmeAxis = lazyRegExp(() => new RegExp(vocabulary.priorityAxis.programmePattern, 'iu'));

/** The first line kept in unmapped that names the 2021–2027 programme (vocabulary `laterProgrammeNames`), else null. */
export function laterProgrammeLine(unmapped: Unmapped[]): Unmapped | null {
  return unmapped.find((entry) => entry.label === null && entry.value.length <= 200 && LATER_PROGRAMME_NAME.test(entry.value)) ?? null;
}
const LATER_PROGRAMME_NAME = lazyRegExp(() => new RegExp(vocabulary.laterProgrammeNames, 'iu'));

/** An ESR project code of the 2021–2027 programme, `S3` and four digits. */
const LATER_PROGRAMME_CODE = lazyRegExp(() => /^S\s?3\d{4}$/iu);

/** The fund a project code's letter names (`S…` ESR, `A…` EAKR). */
export function fundOfCode(code: string | null): EsrRecord['fund'] {
  if (code === null) return null;
  return /^S/i.test(code) ? 'ESR' : /^A/i.test(code) ? 'EAKR' : null;
}

const reactEu = lazyRegExp(() => new RegExp(`\\b(?:${vocabulary.priorityAxis.bracketTags.map(n.escapeRegExp).join('|')})\\b`, 'iu'));

/** `5 (ESR)`: an axis number and the fund's brackets, as a page's facts may write the axis. */
const NUMBER_AND_FUND = lazyRegExp(() => /^\d{1,2}\s*\((?<fund>[^)]*)\)$/u);

/** The fund a page's `Toimintalinja 5 (ESR)` names (`(ESR, REACT-EU)`: its first word), in any of the `|`-separated parts of `text`. */
function fundNamed(text: string): 'ESR' | 'EAKR' | 'both' | null {
  let found: 'ESR' | 'EAKR' | 'both' | null = null;
  for (const part of text.split('|')) {
    // `Toimintalinja 5 (ESR)`, `5 (ESR)`, or the fund in a part of its own (`ESR`).
    const named = (programmeAxis.exec(part.trim()) ?? NUMBER_AND_FUND.exec(part.trim()))?.groups?.fund ?? (n.fundOfBracket(part.trim()) !== null ? part.trim() : undefined);
    // (Both funds in the brackets, `(ESR/EAKR)`, `(EAKR, ESR)`: no fund of the two. Audit AT of round 60.)
    const fund = named === undefined ? null : n.fundsOfBracket(named).size > 1 ? 'both' : n.fundOfBracket(named);
    if (fund !== null) found = fund;
  }
  return found;
}

/**
 * The fund a priority axis marks as a fund is marked (`(EAKR)`, `[esr]`, `(REACT-EU, ESR)`, `(EAKR-rahoitus)`,
 * `(ERDF)` anywhere in it; `/ EAKR`, `, ESR` at its end; `REACT-EU ESR-toimenpiteet`), 'both' for both; else null.
 * (Not the letters in the axis's words, `yhteistyössä ESR-hankkeiden kanssa`, nor `ESR plus`, 2021–2027's: review RV3.)
 */
function fundMarkedIn(text: string): 'ESR' | 'EAKR' | 'both' | null {
  const funds = new Set<'ESR' | 'EAKR'>();
  for (const mark of FUND_MARKS) for (const match of text.matchAll(mark)) {
    const fund = n.fundOfBracket(match.groups!.fund);
    if (fund !== null) funds.add(fund);
  }
  return funds.size === 0 ? null : funds.size > 1 ? 'both' : [...funds][0];
}
const FUND_MARKS = [
  ...vocabulary.priorityAxis.fundMarkPatterns.map((pattern) => lazyRegExp(() => new RegExp(pattern, 'giu'))),
  ...vocabulary.priorityAxis.fundMarkPatternsInCapitals.map((pattern) => lazyRegExp(() => new RegExp(pattern, 'gu'))),
];

/**
 * A project page: `Toimintalinja 5 (ESR)` names the fund, in the facts or the summary bar (the facts
 * are kept when the two differ, and the difference said); an EURA id `2014/…` or the dates the period.
 */
/**
 * The fund an EURA id that is a project code (`S20871`, `A70345`) says by its letter, as a code does;
 * and, where the fund written after it (`A71234 (ESR)`) is the other one, the warning that one of them
 * is written wrong (the fund then read from neither).
 */
function euraIdFund(record: EsrRecord, sources: PositionLookup): { euraId: string | null; idFund: EsrRecord['fund']; conflict: Diagnostic | null } {
  const euraId = record.project.euraId;
  const idFund = euraId !== null && n.EURA_CODE.test(euraId) ? fundOfCode(euraId) : null;
  const bracketFund = idFund === null ? null : /\b(ESR|EAKR)\b/iu.exec(euraId!)?.[1].toUpperCase() ?? null;
  if (bracketFund === null || bracketFund === idFund) return { euraId, idFund, conflict: null };
  return { euraId, idFund, conflict: { severity: 'warning', rule: 'invalid-value', message: `The EURA id "${euraId}" is a code of the ${idFund} by its letter but names the ${bracketFund} after it: one of them is written wrong; the fund is not read from it`, ...located(sources.get('/project/euraId')), path: '/fund' } };
}

function derivePage(record: EsrRecord, summaryBar: { text: string; position: Position } | null, axisText: string | null, diagnostics: Diagnostic[], sources: PositionLookup): void {
  if (record.fund === null) {
    const barNamed = summaryBar ? fundNamed(summaryBar.text) : null;
    const axisWords = [axisText ?? '', record.project.priorityAxis?.title ?? ''].join(' | ');
    // (Or the fund marked as a fund is anywhere in the axis's words, `Toimintalinja 2 (EAKR) – Tieto- ja viestintätekniikka`,
    // `… köyhyyden torjunta (ESR)`, `Toimintalinja 2 [ESR]`, `9 (REACT-EU, ESR)`: read, noted. Audit EC of round 69.)
    const axisNamed = fundNamed(axisWords);
    const factsNamed = axisNamed ?? fundMarkedIn(axisWords);
    if (factsNamed !== null && factsNamed !== 'both' && axisNamed === null) diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The priority axis "${(axisText ?? record.project.priorityAxis?.title ?? '').slice(0, 80)}" names the fund ${factsNamed}: read as the fund`, ...located(sources.get('/project/priorityAxis')), path: '/fund' });
    if (barNamed === 'both' || factsNamed === 'both') {
      const where = factsNamed === 'both' ? sources.get('/project/priorityAxis') : summaryBar?.position;
      diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The page's ${factsNamed === 'both' ? 'priority axis' : 'summary bar'} names both funds, ESR and EAKR: the fund is not read from it`, ...located(where), path: '/fund' });
    }
    const bar = barNamed === 'both' ? null : barNamed;
    const facts = factsNamed === 'both' ? null : factsNamed;
    record.fund = facts ?? bar;
    if (bar !== null && facts !== null && bar !== facts) {
      diagnostics.push({
        severity: 'warning',
        rule: 'summary-bar-mismatch',
        message: `The summary bar says the fund is "${bar}" but the project facts say "${facts}"; the facts are kept`,
        ...located(summaryBar!.position),
        path: '/fund',
      });
    }
  }
  const { euraId, idFund, conflict } = euraIdFund(record, sources);
  if (conflict !== null) diagnostics.push(conflict);
  else if (idFund !== null && record.fund === null) {
    record.fund = idFund;
    diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The page does not name its fund: read as ${idFund} from the EURA id "${euraId}"`, ...located(sources.get('/project/euraId')), path: '/fund' });
  } else if (idFund !== null && record.fund !== idFund) {
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The page names the fund ${record.fund}, but its EURA id "${euraId}" is a code of the ${idFund}: one of them is written wrong; the named fund is kept`, ...located(sources.get('/project/euraId')), path: '/fund' });
  }
  // The page's own words (`Ohjelmakausi: 2007–2013`) against what its EURA id or start date says.
  if (record.programmePeriod !== null) {
    const eura = record.project.euraId;
    const start = record.project.period.start;
    const idPeriod = periodOfEuraId(eura);
    const startPeriod = start === null ? null : start < '2007-01-01' ? null : start <= '2013-12-31' ? '2007-2013' : start > LAST_START_OF_2007_2013 && start <= LAST_START_OF_2014_2020 ? '2014-2020' : null;
    const other = idPeriod ?? startPeriod;
    if (other !== null && other !== record.programmePeriod) {
      diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The page says its programme period is ${record.programmePeriod}, but its ${idPeriod !== null ? `EURA id "${eura}"` : `start ${start}`} is of ${other}: one of them is written wrong; the page's own words are kept`, ...located(sources.get('/programmePeriod')), path: '/programmePeriod' });
    }
  }
  if (record.programmePeriod === null) {
    const eura = record.project.euraId;
    const start = record.project.period.start;
    // The EURA id says the period before any date does.
    const idPeriod = periodOfEuraId(eura);
    if (idPeriod !== null) record.programmePeriod = idPeriod;
    else if (start && start >= '2014-01-01' && start <= '2020-12-31') {
      record.programmePeriod = '2014-2020';
      // Projects of 2007–2013 started until 2015: a start in 2014–2015 is most likely, not surely, of 2014–2020.
      if (start <= LAST_START_OF_2007_2013) diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The page says no programme period (no EURA id of one): read as 2014–2020 from the project's start ${start}, though projects of 2007–2013 started until 2015`, ...located(sources.get('/project/period/start')), path: '/programmePeriod' });
    }
    else if (start && start >= '2007-01-01' && start < '2014-01-01') record.programmePeriod = '2007-2013';
    // REACT-EU was added to the 2014–2020 programme (its axes 8 and 9); its projects start from 2021.
    else if ([axisText, summaryBar?.text].some((text) => text && reactEu.test(text))) record.programmePeriod = '2014-2020';
    // A project of the 2014–2020 programme may start as late as its last years (to 2023), and that
    // programme's funds are written `(ESR)` / `(EAKR)` (2021–2027's `(ESR+)` is another programme's page).
    // (Only without an EURA id: an id of another form, `EURA2021/…`, `A80123`, is of another programme.)
    else if (!eura && start && start >= '2021-01-01' && start <= LAST_START_OF_2014_2020 && fundNamed([axisText ?? '', summaryBar?.text ?? ''].join(' | ')) !== null) {
      record.programmePeriod = '2014-2020';
      // (From 2022, projects of the 2021–2027 programme start too, and a page may name their fund so: a guess, said. Audit EC of round 69.)
      const guess = start >= FIRST_START_OF_2021_2027;
      diagnostics.push({ severity: guess ? 'warning' : 'info', rule: guess ? 'invalid-value' : 'normalised-value', message: `The page's project starts ${start}, after 2020, with a fund of the 2014–2020 programme (${record.fund ?? 'ESR/EAKR'}): read as of 2014–2020${guess ? ', though projects of the 2021–2027 programme started then too' : ''}`, ...located(sources.get('/project/period/start')), path: '/programmePeriod' });
    }
    // An EAKR id numbered as the other period's register codes are (`A71234` with a start in 2010): no rule
    // says how EAKR projects are numbered, so the period read stays, said. (After the rules above: Review BB.) Audit AT of round 60.
    const numbered = eakrIdPeriod(eura);
    if (numbered !== null && record.programmePeriod !== null && numbered !== record.programmePeriod) diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The page's EURA id "${eura}" is numbered as the register's EAKR codes of ${numbered} are, but its start ${start} is of ${record.programmePeriod}: read from the start; one of them may be written wrong`, ...located(sources.get('/project/euraId')), path: '/programmePeriod' });
    // The id's period against the project's start: a start no project of that period had (a `2014/…` id
    // starting 2009, a `2007/…` one starting 2017; 2007–2013 projects started until 2015) is a typing
    // error in one of them.
    if (idPeriod !== null && start !== null && ((idPeriod === '2014-2020' && start < '2014-01-01') || (idPeriod === '2007-2013' && start > LAST_START_OF_2007_2013))) {
      diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The EURA id "${eura}" is of the programme period ${idPeriod}, but the project starts ${start}, in ${start >= '2014-01-01' ? '2014-2020' : '2007-2013'}: one of them is written wrong; the id's period is kept`, ...located(sources.get('/project/euraId')), path: '/programmePeriod' });
    }
    if (record.programmePeriod === null) {
      diagnostics.push({ severity: 'warning', rule: 'missing-field', message: 'The page does not say its programme period: no EURA id of a period (`2014/…`, `S2…`), no start date in one, and no fund of the 2014–2020 programme', path: '/programmePeriod' });
    }
  }
}

/** The period an EAKR code's numbering suggests (`A3…` of 2007–2013, `A7…` of 2014–2020, as the register numbered them). */
function eakrIdPeriod(eura: string | null): EsrRecord['programmePeriod'] {
  const digit = eura !== null && n.EURA_CODE.test(eura) ? /^A\s?([37])/iu.exec(eura)?.[1] : undefined;
  return digit === '7' ? '2014-2020' : digit === '3' ? '2007-2013' : null;
}

/**
 * The programme period an EURA id says, in either of its forms: `2014/…`, or the project code (ESR
 * `S1…` 2007–2013, `S2…` 2014–2020, SPEC §7); else null.
 */
function periodOfEuraId(eura: string | null): EsrRecord['programmePeriod'] {
  if (eura === null) return null;
  if (/^20(?:07|14)\//u.test(eura)) return eura.startsWith('2014') ? '2014-2020' : '2007-2013';
  const digit = n.EURA_CODE.test(eura) ? /^S\s?([12])/iu.exec(eura)?.[1] : undefined;
  return digit === '2' ? '2014-2020' : digit === '1' ? '2007-2013' : null;
}

/**
 * The dates a project of each programme period can have: costs were eligible from the period's
 * first year to the end of its third year after (2015 for 2007–2013, 2023 for 2014–2020 and its
 * REACT-EU axes).
 */
export const ELIGIBLE_DATES: Readonly<Record<string, { first: string; last: string }>> = {
  '2007-2013': { first: '2007-01-01', last: '2015-12-31' },
  '2014-2020': { first: '2014-01-01', last: '2023-12-31' },
};

/** The latest start of a project of the 2007–2013 programme (its projects ran to the end of 2015). */
const LAST_START_OF_2007_2013 = ELIGIBLE_DATES['2007-2013'].last;

/** The first start of a project of the 2021–2027 programme (its first calls were in 2022). */
const FIRST_START_OF_2021_2027 = '2022-01-01';

/** The latest start of a project of the 2014–2020 programme (its projects ran to the end of 2023). */
const LAST_START_OF_2014_2020 = ELIGIBLE_DATES['2014-2020'].last;

/** (One expression of them all: it is tried on every name of every list.) */
const wholeCountryMention = lazyRegExp(() => new RegExp(vocabulary.nationwideMentions.patterns.map((pattern) => `(?:${pattern})`).join('|'), 'iu'));

/** The words by which `text` mentions the whole country (`valtakunnallisesti`, `koko Suomen` …), if any. */
function mentionOfWholeCountry(text: string): string | undefined {
  return wholeCountryMention.exec(text)?.[0];
}

/**
 * Whether a text names one of the places (`Hanke toimii Oulun seudulla.` beside `Oulu`): by the name's
 * start with its capital, which Finnish inflection keeps (`Helsinki`, `Helsingissä`: `Helsi`; `Lahti`,
 * `Lahden`: `Lah`), at a word's start (`Hanko` is not in `hankkeista`). A name whose stem changes more
 * (`Uusimaa`, `Uudenmaan`) is not found: the text is said, not changed.
 */
function namesAPlaceOf(text: string, places: readonly string[]): boolean {
  return places.some((place) => {
    const stem = place.slice(0, Math.max(3, Math.min(5, place.length - 2)));
    return new RegExp(`(?:^|[^\\p{L}])${n.escapeRegExp(stem)}`, 'u').test(text);
  });
}

/** Whether a text's place is below one of the area's lists and above another. */
function standsBetweenLists(at: Position, sources: PositionLookup): boolean {
  const starts = (['regions', 'subRegions', 'municipalities'] as const).map((key) => sources.get(`/targetArea/${key}`)?.start.line).filter((line): line is number => line !== undefined);
  return starts.some((line) => line < at.start.line) && starts.some((line) => line > at.end.line);
}

const codeOfList = { regions: regionCode, subRegions: subRegionCode, municipalities: municipalityCode } as const;

/** Mainland Finland's regions since 2011 (Itä-Uusimaa joined Uusimaa): a list naming as many distinct ones names them all. */
const MAINLAND_REGIONS = 18;
/** Åland's region code: no mainland region. */
const ALAND_REGION = '21';

function namesEveryMainlandRegion(regions: readonly string[]): boolean {
  if (regions.length < MAINLAND_REGIONS) return false;
  const codes = new Set(regions.map((name) => regionCode(name)).filter((code) => code !== null && code !== ALAND_REGION));
  return codes.size >= MAINLAND_REGIONS;
}

/** The most items a target-area list that names the whole country is read with. */
const MOST_ITEMS_BESIDE_WHOLE_COUNTRY = 4;

export function deriveValues(
  record: EsrRecord,
  sources: PositionLookup,
  options: {
    page: boolean;
    summaryBar: { text: string; position: Position } | null;
    axisText?: string | null;
    laterProgrammeLine?: Unmapped | null;
    /** The fund the labels read are written by (the layout's `fundLabels`), when only one fund's were read. */
    labelsFund?: { fund: 'ESR' | 'EAKR'; labels: string[]; position: Position } | null;
    /** Whether the reader or the mapper said something (a warning or an error) of a line from `start` to `end`. */
    warnedWithin?: (start: number, end: number) => boolean;
    /** The fund the layout's definition sets (`constants.fund`), which a title naming none leaves. */
    definedFund?: string | null;
  },
): Diagnostic[] {
  const codeFund = fundOfCode(record.project.code);
  const diagnostics: Diagnostic[] = [];
  // A fund the title names against the one the project code's letter names (an EAKR `A…` code under the
  // ESR title): the title's kept, said — which of the two is wrong, the text does not tell.
  // (Named by the layout's definition where it sets the fund: a title names it otherwise. Audit WL F7 of round 81.)
  const namer = options.definedFund != null && options.definedFund === record.fund ? "The layout's definition" : 'The title';
  if (record.fund !== null && codeFund !== null && record.fund !== codeFund) {
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `${namer} names the fund ${record.fund}, but the project code "${record.project.code}" is numbered as ${codeFund}'s; fund is read as ${namer === 'The title' ? 'the title' : 'the definition'} says`, ...located(sources.get('/project/code')), path: '/fund' });
  }
  // The labels only one fund's descriptions write (`Osio`, `Ohjelma`): the fund where nothing else
  // names it; against a title's or a code's fund, kept as that one says, said — which is written wrong,
  // the text does not tell (audit BM of round 65: a flattened copy's `A…` code over ESR's labels, unsaid).
  const byLabels = options.labelsFund ?? null;
  const namedFund = record.fund ?? codeFund;
  if (byLabels !== null && namedFund !== null && byLabels.fund !== namedFund) {
    const labels = [...new Set(byLabels.labels)].map((label) => `"${label}"`).join(', ');
    const by = record.fund !== null ? `${namer} names the fund ${record.fund}` : `The project code "${record.project.code}" is numbered as ${codeFund}'s`;
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `${by}, but the labels ${labels} are those of ${byLabels.fund}'s descriptions of this layout: one of them is written wrong; fund is read as the ${record.fund !== null ? (namer === 'The title' ? 'title' : 'definition') : 'code'} says`, ...located(byLabels.position), path: '/fund' });
  }
  record.fund ??= codeFund;
  if (record.fund === null && byLabels !== null) {
    record.fund = byLabels.fund;
    diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `No title or project code names the fund: read as ${byLabels.fund} from the labels ${[...new Set(byLabels.labels)].map((label) => `"${label}"`).join(', ')}, which only its descriptions of this layout write`, ...located(byLabels.position), path: '/fund' });
  }
  // An ESR project code of the 2021–2027 programme (`S3…`) in a description read by a layout of an
  // earlier period: the layout's period is not the text's, and no period the record knows is — null, said.
  if (!options.page && record.programmePeriod !== null && record.project.code !== null && LATER_PROGRAMME_CODE.test(record.project.code)) {
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The project code "${record.project.code}" is numbered as the 2021–2027 programme's, not ${record.programmePeriod}'s as the layout is: programmePeriod is not read`, ...located(sources.get('/project/code')), path: '/programmePeriod' });
    record.programmePeriod = null;
  }
  // A line kept apart that names the 2021–2027 programme (`Uudistuva ja osaava Suomi 2021–2027` above the
  // first section), with no code to say otherwise: the layout's period may not be the text's — null, said.
  // (Audit AM of round 59: a text of the later programme read as of 2014–2020, unsaid.)
  const later = options.laterProgrammeLine;
  // (Only with no project code: a code of the layout's period says the period, whatever a note around the copy names.)
  // (Nor where the project starts in the layout's programme's years, before 2021: a note naming the next
  // programme, `Jatkohanke on haettu ESR+ -rahoituksella`, is no sign. Review Z.)
  const start = record.project.period?.start ?? null;
  if (!options.page && later && record.programmePeriod !== null && record.project.code === null && (start === null || start >= '2021-01-01')) {
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `"${later.value.slice(0, 60)}" names the 2021–2027 programme, not ${record.programmePeriod}'s as the layout is: programmePeriod is not read`, line: later.line, column: 1, path: '/programmePeriod' });
    record.programmePeriod = null;
  }
  if (options.page) derivePage(record, options.summaryBar, options.axisText ?? null, diagnostics, sources);
  else if (record.fund === null) {
    // An EURA id that is a project code, in a layout of fields that reads one (a user's definition mapping
    // `Hakemusnumero: S21777` to project.euraId): its letter says the fund, as a page's does. (Audit MB of
    // round 76: null, with an info saying no code was read.)
    const { euraId, idFund, conflict } = euraIdFund(record, sources);
    if (conflict !== null) diagnostics.push(conflict);
    else if (idFund !== null) {
      record.fund = idFund;
      diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `No title or project code names the fund: read as ${idFund} from the EURA id "${euraId}"`, ...located(sources.get('/project/euraId')), path: '/fund' });
    }
  }
  // A fund nothing says (no title line, no code's letter, no `(ESR)`): null, said.
  if (record.fund === null && !diagnostics.some((d) => d.path === '/fund' && d.severity === 'warning')) diagnostics.push({ severity: 'info', rule: 'empty-value', message: `The fund is not said: no title line naming it, no project or EURA code read with its letter (\`S\`, \`A\`), no \`(ESR)\` / \`(EAKR)\`; fund is null`, path: '/fund' });
  deriveAddress(record.organisation.address, '/organisation/address', sources, diagnostics);
  deriveAddress(record.targetArea.implementationAddress, '/targetArea/implementationAddress', sources, diagnostics);
  const area = record.targetArea;
  // An item of a list that mentions the whole country in words not read as nationwide (`Koko Suomi
  // ilman pääkaupunkiseutua`), or a phrase of it in a long list: the list does not say the area is
  // not the whole country, so nationwide is left unread rather than false.
  let wholeInDoubt: { key: 'regions' | 'subRegions' | 'municipalities'; item: string } | null = null;
  // Whether each list is as the mapper read it (its items' places recorded by their index), not one
  // with the whole country taken out of it.
  const asRead = { regions: true, subRegions: true, municipalities: true };
  // `Maakunnat: Koko Suomi`: the whole country written where a list of names stands.
  for (const key of ['regions', 'subRegions', 'municipalities'] as const) {
    const list = area[key];
    if (list.length === 1 && n.isNationwide(list[0])) {
      diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `"${list[0]}" read as the whole country (nationwide), not as a name`, ...located(sources.get(`/targetArea/${key}`)), path: `/targetArea/${key}` });
      area[key] = [];
      asRead[key] = false;
      area.nationwide = true;
      continue;
    }
    // The whole country with more besides (`Valtakunnallinen, painopiste Pohjois-Pohjanmaa`,
    // `Koko Suomi ja Ahvenanmaa`), or in words of its own (`Kaikki Manner-Suomen maakunnat`).
    // (A list that names the whole country with a remark is short: a long one is names.)
    const whole = list.length <= MOST_ITEMS_BESIDE_WHOLE_COUNTRY ? list.findIndex((item) => n.namesWholeCountry(item)) : -1;
    if (whole === -1) {
      // (A mention among names of places, `Kuusamo, valtakunnallinen levitys`, is of the results'
      // spreading, not of the area: only one that leads the list, or stands among no known names, is.)
      const uncoded = (name: string) => codeOfList[key](name) === null;
      let noneCoded: boolean | undefined;
      // (So is a last name that only starts such a phrase, `Koko S` of a copy cut there.)
      const item = list.find((name, i) => n.namesWholeCountry(name) || (mentionOfWholeCountry(name) !== undefined && uncoded(name) && (i === 0 || (noneCoded ??= list.every(uncoded)))) || (i === list.length - 1 && uncoded(name) && n.startsNationwidePhrase(name)));
      if (item !== undefined) wholeInDoubt ??= { key, item };
      continue;
    }
    const rest = list.filter((_, i) => i !== whole);
    diagnostics.push({
      severity: rest.length === 0 ? 'info' : 'warning',
      rule: rest.length === 0 ? 'normalised-value' : 'invalid-value',
      message: rest.length === 0
        ? `"${list[whole]}" read as the whole country (nationwide), not as a name`
        : `"${list[whole]}" names the whole country, with more besides: read as nationwide, and ${rest.map((r) => `"${r}"`).join(', ')} kept as ${rest.length === 1 ? 'a name' : 'names'} (a remark, or the names of a focus?)`,
      ...located(sources.get(`/targetArea/${key}`)),
      path: `/targetArea/${key}`,
    });
    area[key] = rest;
    asRead[key] = false;
    area.nationwide = true;
  }
  const named = area.regions.length + area.subRegions.length + area.municipalities.length;
  const wholeAlready = area.nationwide === true;
  if (area.description !== null && n.isNationwide(area.description)) area.nationwide = true;
  // The whole country said (in the description, or as a list's only item) and places named in the
  // lists besides (`Valtakunnallinen hanke` / `Maakunnat: Pohjois-Savo`): which the area is, the text
  // does not tell — read as nationwide, the names kept, said where a list's remark was not (above).
  const besides = (['regions', 'subRegions', 'municipalities'] as const).find((key) => area[key].length > 0);
  if (area.nationwide === true && besides !== undefined && !diagnostics.some((d) => d.rule === 'invalid-value' && d.path === `/targetArea/${besides}`)) {
    const said = wholeAlready ? 'a list' : 'the description';
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The target area is the whole country by ${said}, but ${besides} names ${area[besides].map((r) => `"${r}"`).slice(0, 3).join(', ')}${area[besides].length > 3 ? ', …' : ''} besides: read as nationwide, and the names kept (the places of a focus, or an area that is not the whole country?)`, ...located(sources.get(`/targetArea/${besides}`)), path: '/targetArea/nationwide' });
  }
  else if (wholeInDoubt !== null && area.nationwide === null) {
    const { key, item } = wholeInDoubt;
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: n.namesWholeCountry(item) ? `"${item}" in ${key} names the whole country, but among ${area[key].length - 1} other names (a list this long is names, not the whole country with a remark): targetArea.nationwide is not read` : `"${item}" in ${key} mentions the whole country, but not in a form read as nationwide: targetArea.nationwide is not read`, ...located(sources.get(`/targetArea/${key}`)), path: '/targetArea/nationwide' });
  } else if (named > 0 && area.nationwide === null && namesEveryMainlandRegion(area.regions)) {
    // Every mainland region named (`Etelä-Karjala, Etelä-Pohjanmaa, …, Varsinais-Suomi`): the whole
    // (mainland) country, as `Manner-Suomi` is; the names kept. Audit AT of round 60.
    area.nationwide = true;
    diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The regions list names every mainland region (${area.regions.length} names): targetArea.nationwide is read as true, the names kept`, ...located(sources.get('/targetArea/regions')), path: '/targetArea/nationwide' });
  } else if (named > 0 && area.nationwide === null) {
    area.nationwide = false;
    // (The description mentioning the whole country in words not read as nationwide, `Valtakunnallinen
    // projekti, jonka toiminta keskittyy pääkaupunkiseudulle.`, or the results' spreading: the lists decide, noted.)
    const mention = area.description === null ? undefined : mentionOfWholeCountry(area.description);
    if (mention !== undefined) diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The target area's description mentions the whole country ("${mention}"), and its lists name places: targetArea.nationwide is read as false from the lists`, ...located(sources.get('/targetArea/description')), path: '/targetArea/nationwide' });
  }
  // The whole country mentioned otherwise (`Hanke toteutetaan valtakunnallisesti.`): not read, said.
  if (area.nationwide === null && area.description !== null && wholeInDoubt === null) {
    const mention = mentionOfWholeCountry(area.description);
    if (mention !== undefined) diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The target area's description mentions the whole country ("${mention}"), but not in a form read as nationwide: targetArea.nationwide is not read`, ...located(sources.get('/targetArea/description')), path: '/targetArea/nationwide' });
    // (A description in words alone, `Pohjois-Savon maakunta`, `Projekti toimii koko Kainuun
    // maakunnan alueella.`: the places it names are not read from prose, so neither is nationwide.)
    else if (area.regions.length === 0 && area.subRegions.length === 0 && area.municipalities.length === 0) {
      const first = area.description.split('\n', 1)[0];
      const shown = first.length > 60 || first !== area.description ? `${first.slice(0, 57)}…` : first;
      diagnostics.push({ severity: 'info', rule: 'empty-value', message: `The target area is described in words only ("${shown}"), with no list of regions or municipalities: the places it names are not read, and targetArea.nationwide is null`, ...located(sources.get('/targetArea/description')), path: '/targetArea/nationwide' });
    }
  }
  // A text between the area's lists that names none of their places, nor the whole country (`Maakunnat:
  // Uusimaa` / `Tilaa uutiskirje – …!` / `Kunnat: …`): a line of a page, a print or a mail standing among
  // the fields is read as the description — kept, said. (Not one above or below the lists, where a real
  // description stands, `Koko maakunta.`, `Pääkaupunkiseutu.`. Audit AS of round 60; review BE of round 62.)
  // (Nor where its lines are said already: a date alone, a print's header.)
  const descriptionAt = sources.get('/targetArea/description');
  // (Only a sentence, no words of an area's, `Koko maakunta.`, `Molemmat seutukunnat.`, nor a short name of a
  // place the lists do not have as written, `Esbo och Grankulla.`, `Itä-Häme.`, `Kaakkurin ja Tuiran lähiöt.`:
  // an area's own description. Review BF of round 62.)
  if (area.description !== null && descriptionAt && standsBetweenLists(descriptionAt, sources) && n.readsAsSentence(area.description.split('\n', 1)[0]) && !describesArea(area.description, 'municipality') && !(options.warnedWithin?.(descriptionAt.start.line, descriptionAt.end.line)) && !n.isNationwide(area.description) && mentionOfWholeCountry(area.description) === undefined && !namesAPlaceOf(area.description, [...area.regions, ...area.subRegions, ...area.municipalities])) {
    const first = area.description.split('\n', 1)[0];
    const shown = first.length > 60 || first !== area.description ? `${first.slice(0, 57)}…` : first;
    diagnostics.push({ severity: 'warning', rule: 'furniture-in-text', message: `The target area's text "${shown}" stands between its lists of places but names none of them: read as its description, but it may be a line of a web page, a print or a mail standing among the area's fields`, ...located(descriptionAt), path: '/targetArea/description' });
  }
  // Where one name of a list stands (its own place where the mapper recorded one and the list is as read).
  const placeOfName = (list: 'regions' | 'subRegions' | 'municipalities', index: number) => located((asRead[list] ? sources.get(`/targetArea/${list}/${index}`) : undefined) ?? sources.get(`/targetArea/${list}`));
  // A name broken by a hard wrap without a hyphen (`Uusikau` / `punki`, joined as `Uusikau punki`): the
  // classification's name when the two parts make one, noted. (Audit BL of round 65: said unknown.)
  for (const [list, codeOf] of [['regions', regionCode], ['subRegions', subRegionCode], ['municipalities', municipalityCode]] as const) {
    area[list].forEach((name, index) => {
      const parts = /^(\p{L}+)\s+(\p{Ll}+)$/u.exec(name);
      if (parts === null || codeOf(name) !== null || codeOf(parts[1] + parts[2]) === null) return;
      area[list][index] = parts[1] + parts[2];
      diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `"${name}" in ${list} read as "${area[list][index]}": a name broken by a line's wrap`, ...placeOfName(list, index), path: `/targetArea/${list}/${index}` });
    });
  }
  // Statistics Finland codes (src/derive/area-codes.ts), aligned index by index with the names.
  const codes = areaCodes(area, descriptionYears(record.project.period, record.programmePeriod === null ? undefined : ELIGIBLE_DATES[record.programmePeriod]));
  area.regionCodes = codes.regionCodes;
  area.subRegionCodes = codes.subRegionCodes;
  area.municipalityCodes = codes.municipalityCodes;
  // One place named twice (`Vaasa, Vasa`: in its two languages; or written again): both names are
  // kept as written, but a count of the list's codes counts it twice.
  for (const kind of ['region', 'sub-region', 'municipality'] as const) {
    const list = listOf[kind];
    const names = area[list] as string[];
    const codesOfList = codes[codesOf[kind]];
    const firstAt = new Map<string, number>();
    codesOfList.forEach((code, index) => {
      if (code === null) return;
      const first = firstAt.get(code);
      if (first === undefined) { firstAt.set(code, index); return; }
      diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `"${names[first]}" and "${names[index]}" in ${list} are the same ${kind} (code ${code}), named twice${names[first].toLowerCase() === names[index].toLowerCase() ? '' : ' (in its two languages?)'}: both kept, so its code is in the list twice`, ...placeOfName(list, index), path: `/targetArea/${list}/${index}` });
    });
  }
  // Most names of a list unknown as its kind, several of them names of another kind (`Seutukunnat:`
  // holding municipalities' names, a copy whose lines were moved between fields): the list itself
  // is in doubt, worth a warning.
  for (const kind of ['region', 'sub-region', 'municipality'] as const) {
    const list = listOf[kind];
    const names = area[list] as string[];
    const unknown = codes.unknown.filter((u) => u.kind === kind).length;
    // (Names of another kind among them, not a list of municipalities merged before 2013.)
    const elsewhere = unknown >= MOSTLY_UNKNOWN_NAMES && unknown * 2 > names.length ? codes.unknown.filter((u) => u.kind === kind && (kind === 'municipality' ? regionCode(u.name) ?? subRegionCode(u.name) : municipalityCode(u.name)) !== null).length : 0;
    if (elsewhere >= MOSTLY_UNKNOWN_NAMES) {
      diagnostics.push({
        severity: 'warning',
        rule: `unknown-${kind}`,
        message: `${unknown} of the ${names.length} names of ${list} are not ${aboutKind[kind]} of the Statistics Finland classification 2013–2026, ${elsewhere} of them names of another kind of area: the list may hold another field's lines (a copy whose lines were moved)`,
        ...located(sources.get(`/targetArea/${list}`)),
        path: `/targetArea/${list}`,
      });
    }
  }
  for (const { kind, index, name } of codes.unknown) {
    const list = listOf[kind];
    // Names of the classification run together (a list written one name a line, or without
    // commas): not a misspelling but a list misread, which is worth a warning.
    const codeOf = kind === 'municipality' ? municipalityCode : kind === 'region' ? regionCode : subRegionCode;
    const words = name.split(/\s+|\s*-\s+/).filter((w) => w.length > 0);
    // Two different codes: `Maarianhamina - Mariehamn` is one municipality in its two languages.
    const runTogether = words.length >= 2 && new Set(words.map((w) => codeOf(w)).filter((code) => code !== null)).size >= 2;
    // A description of places, not a name (`Kaikki Kanta-Hämeen kunnat`, `3 muuta kuntaa`): the places it means are not in the list.
    const described = !runTogether && describesArea(name, kind);
    // The first part of names shortened with a hyphen (`Kristiinan- ja Kaskisten kaupungit`): the
    // list holds a part of a name, and the places meant are not its items.
    const shortened = !runTogether && /\p{L}-$/u.test(name);
    // A remark on the name before it, parted by a comma (`Savukoski, osittain`): no name, in lower case.
    const remark = !runTogether && !shortened && /^\p{Ll}/u.test(name);
    // A list written as a sentence (`Kunnat: Hanke toimii Kajaanissa, Sotkamossa ja Kuhmossa.`): its
    // items are a clause's words and names inflected, not names.
    const sentence = !runTogether && !described && !shortened && !remark && isSentence(name, kind);
    const inflected = !runTogether && !described && !shortened && !remark && !sentence ? inflectedName(name, kind, codeOf) : null;
    // One place with its kind after its name in the genitive (`Kajaanin kaupunki`): the name alone is the
    // classification's; where the genitive is the name and an `n`, it is said (no code given: genitives
    // are irregular, `Lahden` is Lahti's).
    const withKind = /^(\S+)n\s+(\S+)$/u.exec(name);
    const kindOf = withKind !== null && oneOfKind[kind].includes(withKind[2].toLowerCase()) ? withKind[2] : null;
    const alone = kindOf !== null && codeOf(withKind![1]) !== null ? withKind![1] : null;
    diagnostics.push({
      severity: runTogether || described || shortened || remark || sentence || inflected !== null ? 'warning' : 'info',
      rule: `unknown-${kind}`,
      message: runTogether
        ? `"${name}" is not a ${kind} of the Statistics Finland classification 2013–2026 but several run together (commas missing between them?); its code is null`
        : remark
          ? `"${name}" in ${list} starts in lower case: a remark on the name before it (\`Savukoski, osittain\`) rather than a name; kept as an item, its code null`
          : shortened
          ? `"${name}" in ${list} is the first part of names shortened with a hyphen (\`Kristiinan- ja Kaskisten kaupungit\`), no name of its own: kept as written, its code null; the places meant are not read`
          : described
          ? `"${name}" in ${list} describes places rather than names one: kept as written, its code null; the ${kind === 'municipality' ? 'municipalities' : kind === 'region' ? 'regions' : 'sub-regions'} it means are not in the list`
          : sentence
          ? `"${name}" in ${list} reads as a sentence, not a name (a list written in prose?): kept as written, its code null; the ${aboutKind[kind]} it means are not read`
          : inflected !== null
          ? `"${name}" in ${list} is "${inflected}" inflected, as a sentence writes it (a list written in prose?): kept as written, its code null`
          : kindOf !== null
          ? `"${name}" in ${list} names one ${kind} with its kind ("${kindOf}") after its name in the genitive: kept as written, its code null (the classification writes the name alone${alone !== null ? `, "${alone}"` : ''})`
          : `"${name}" is not a ${kind} of the Statistics Finland classification 2013–2026 (${aboutUnknown[kind]}); its code is null`,
      ...placeOfName(list, index),
      path: `/targetArea/${list}/${index}`,
    });
  }
  return diagnostics;
}

/** A postal code written after the city in the city's field (`Joensuu 80200`; before it: `n.POSTAL_CODE_BEFORE_CITY`). */
const CODE_AFTER_CITY = lazyRegExp(() => /^(?<city>\p{Lu}[\p{L}\s-]*?)\s+(?<code>\d{5})$/u);

/**
 * An address written into fields of its own (`Jakeluosoite`, `Postinumero`, `Postitoimipaikka`) as
 * people fill them: the postal code in the city's field, or the whole address in the street's.
 * Split where the other fields are empty or say the same (an `info`); where they say otherwise,
 * kept as written and said (a warning): which is right the text does not tell.
 */
/** A name in two languages, a dash between (`Pietarsaari - Jakobstad.`). */
const BILINGUAL_NAME = lazyRegExp(() => /^\p{Lu}\S*\s[-‐‑–—]\s\p{Lu}\S*$/u);

/** Three words or more, the last ending a sentence: a sentence, not an address's part. */
const ADDRESS_SENTENCE = lazyRegExp(() => /^\S+(?:\s+\S+){2,}[.!?]$/u);

function deriveAddress(address: n.Address, path: string, sources: PositionLookup, diagnostics: Diagnostic[]): void {
  const at = (field: string) => located(sources.get(`${path}/${field}`));
  // A sentence written where the street or the post office stands (`Hanke toteutetaan usealla
  // paikkakunnalla.`, `Ks. hakijan kotisivut.`): kept as written, said, as a website's sentence is.
  // (Three words or more ending as a sentence ends, no figure: no street's or post office's name. Audit BK of round 65.)
  let sentenceCity = false;
  for (const part of ['street', 'city'] as const) {
    const value = address[part];
    // (No comma's parts of an address, `Kaupungintalo, Rauhankatu, Heinola.`; a street's sentence has its verb's and object's words in lower case. Review BN of round 65.)
    // (Nor a name in two languages, `Pietarsaari - Jakobstad.`, `Helsingfors / Helsinki.`, nor `c/o …`. Review BO.)
    if (value === null || !ADDRESS_SENTENCE.test(value) || /[\d,/]/u.test(value) || BILINGUAL_NAME.test(value) || (part === 'street' && (value.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) < 2)) continue;
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The ${part === 'street' ? 'street address' : 'city'} "${value.slice(0, 60)}" reads as a sentence or a description, not ${part === 'street' ? 'a street or a post box' : "a post office's name"}; kept as written`, ...located(sources.get(`${path}/${part}`) ?? sources.get(path)), path: `${path}/${part}` });
    if (part === 'city') sentenceCity = true;
  }
  if (address.city !== null && !sentenceCity) {
    // A sentence's full stop after the city (`Kouvola.`, `45100 Kouvola.`): no part of its name.
    const stopped = n.withoutFullStop(address.city);
    if (stopped !== address.city) {
      diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The city "${address.city}" read without the full stop after it`, ...at('city'), path: `${path}/city` });
      address.city = stopped;
    }
    // A city without a letter (`14.2.2019`, a print's date below an empty label): no post office's name, not read. Audit AS of round 60.
    if (!/\p{L}/u.test(address.city)) {
      diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The city "${address.city}" has no letter: no post office's name (a print's date or page number below an empty label?); not read`, ...at('city'), path: `${path}/city` });
      address.city = null;
    }
    const match = address.city === null ? null : n.POSTAL_CODE_BEFORE_CITY.exec(address.city) ?? CODE_AFTER_CITY.exec(address.city);
    if (match !== null) {
      const { code, city } = match.groups!;
      const written = address.city;
      if (address.postalCode === null || address.postalCode === code) {
        address.city = city.trim();
        if (address.postalCode === null) address.postalCode = code;
        diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The city "${written}" holds the postal code: read as postal code ${code} and city "${address.city}"`, ...at('city'), path: `${path}/city` });
      } else {
        diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The city "${written}" holds the postal code ${code}, but the postal code is written ${address.postalCode}: kept as written, one of them is wrong`, ...at('city'), path: `${path}/city` });
      }
    }
  }
  // A city alone where the address is one line (`Osoite: Kajaani`): the city, not a street.
  if (address.street !== null && address.postalCode === null && address.city === null && !/\d/u.test(address.street) && municipalityCode(address.street) !== null) {
    diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The address "${address.street}" is a municipality's name alone: read as the city`, ...located(sources.get(`${path}/street`) ?? sources.get(path)), path: `${path}/city` });
    address.city = address.street;
    address.street = null;
    return;
  }
  if (address.street === null) return;
  // (Without five figures, only a street whose postal code and city fields are empty: `Kauppakatu 12, 9360 Kuusamo`,
  // `Kauppakatu 12, Kuusamo` hold what those fields would. Review RV2 of round 69.)
  const fiveFigures = /\d{5}/u.test(address.street);
  if (!fiveFigures && (address.postalCode !== null || address.city !== null)) return;
  const split = n.parseAddress(address.street);
  const parts = split.value;
  // (What the street's text is said to be as an address of its own, two addresses, `Kiviharjuntie 4, 90220 Oulu /
  // Torikatu 2, 90100 Oulu`, is said at the street: kept as written. Audit EB of round 69.)
  // (Only a street field of its own: an address written on one line was said when it was read.)
  if ((split.warnings?.length ?? 0) > 0) {
    if (sources.get(`${path}/street`) === undefined) return;
    const ownFields = address.postalCode !== null || address.city !== null;
    for (const warning of split.warnings!) {
      const message = ownFields ? warning.message.replace(/; kept (?:as written|whole as the street), without a postal code or city$/u, '; kept as written in the street (the postal code and city are read from their own fields)') : warning.message;
      diagnostics.push({ severity: 'warning', rule: warning.rule, message: `The street: ${message}`, ...at('street'), path: `${path}/street` });
    }
    return;
  }
  if (!fiveFigures) return;
  if (parts === null || parts.postalCode === null || parts.street === null) return;
  const written = address.street;
  // (A city in its other language, `Vaasa` / `Vasa`, is the same municipality.)
  const sameCity = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || (municipalityCode(a) !== null && municipalityCode(a) === municipalityCode(b));
  const agrees = (address.postalCode === null || address.postalCode === parts.postalCode) && (address.city === null || (parts.city !== null && sameCity(address.city, parts.city)));
  if (agrees) {
    address.street = parts.street;
    address.postalCode ??= parts.postalCode;
    address.city ??= parts.city;
    diagnostics.push({ severity: 'info', rule: 'normalised-value', message: `The street "${written}" holds the whole address: read as street "${parts.street}", postal code ${parts.postalCode} and city "${parts.city}"`, ...at('street'), path: `${path}/street` });
  } else {
    diagnostics.push({ severity: 'warning', rule: 'invalid-value', message: `The street "${written}" holds a postal code and city (${parts.postalCode} ${parts.city}) other than the address's fields (${address.postalCode ?? '–'} ${address.city ?? '–'}): kept as written, one of them is wrong`, ...at('street'), path: `${path}/street` });
  }
}
