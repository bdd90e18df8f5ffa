/**
 * Semantic rules over a mapped record (SPEC §7), beyond what the schema can say. Each diagnostic
 * points at the line its value came from.
 */
import { ELIGIBLE_DATES } from '../derive/derive.js';
import type { CompiledTemplate } from '../grammar/index.js';
import { checkBusinessId, EURA_CODE, isNamedInBothLanguages, isValidEmail, saysSingleApplicant } from '../map/normalise.js';
import { located, pointerOf } from '../map/mapper.js';
import { namesIndependentOrganisation } from '../kinds/fields.js';
import type { PositionLookup } from '../map/record-builder.js';
import type { EsrRecord } from '../record/schema.js';
import type { Diagnostic, Severity } from '../types.js';
import { lazyRegExp } from '../lazy-regexp.js';

type Indicator = EsrRecord['indicators']['participants'];

/** The second character of an ESR project's code in each programme period (SPEC §7). */
const ESR_CODE_DIGIT: Record<NonNullable<EsrRecord['programmePeriod']>, string> = { '2007-2013': '1', '2014-2020': '2' };
/**
 * The second character of an EAKR project's code in each period, as the register's codes have it
 * (REAL-SHAPES §4: `A3…` of 2007–2013; the 2014–2020 register's `A7…`). No rule of the programmes
 * says so, so another digit is a warning, not an error: a code of another period or programme
 * (2021–2027's), or mistyped.
 */
const EAKR_CODE_DIGIT: Record<NonNullable<EsrRecord['programmePeriod']>, string> = { '2007-2013': '3', '2014-2020': '7' };

/**
 * `template` is null for a stored result whose template is unknown: the rules that need one (the
 * period digit of a project code) are skipped.
 */
export function semanticRules(record: EsrRecord, template: CompiledTemplate | null, sources: PositionLookup): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A value read from several lines (a page's period from its start and end dates) is located at
  // its last part when it has no place of its own.
  const report = (severity: Severity, rule: string, message: string, path: string, fallback?: string) => {
    const at = sources.get(pointerOf(path)) ?? (fallback !== undefined ? sources.get(pointerOf(fallback)) : undefined);
    diagnostics.push({ severity, rule, message, ...located(at), path: pointerOf(path) });
  };

  const businessId = record.organisation.businessId;
  if (businessId !== null) {
    const verdict = checkBusinessId(businessId);
    if (verdict === 'malformed') report('error', 'invalid-business-id', `Y-tunnus "${businessId}" is not of the form NNNNNNN-N`, 'organisation.businessId');
    if (verdict === 'wrong-check-digit') report('error', 'invalid-business-id', `Y-tunnus "${businessId}" has a wrong check digit`, 'organisation.businessId');
    if (verdict === 'placeholder') report('error', 'invalid-business-id', `Y-tunnus "${businessId}" is a template's placeholder, not an organisation's`, 'organisation.businessId');
  }
  record.organisation.coImplementers.forEach((co, i) => {
    if (co.businessId !== null && checkBusinessId(co.businessId) !== 'valid') {
      const at = sources.get(pointerOf(`organisation.coImplementers.${i}.businessId`)) ?? sources.get(pointerOf(`organisation.coImplementers.${i}`));
      diagnostics.push({ severity: 'error', rule: 'invalid-business-id', message: `Co-implementer "${co.name}": Y-tunnus "${co.businessId}" is not valid`, ...located(at), path: pointerOf(`organisation.coImplementers.${i}`) });
    }
  });
  (record.organisation.transferRecipients ?? []).forEach((recipient, i) => {
    if (recipient.businessId !== null && checkBusinessId(recipient.businessId) !== 'valid') {
      report('error', 'invalid-business-id', `Transfer recipient "${recipient.name}": Y-tunnus "${recipient.businessId}" is not valid`, `organisation.transferRecipients.${i}`);
    }
  });

  // One applicant said, and entries read in a list of co-implementers: one of
  // them is wrong (an entry may be a flattened copy's summary sentence ending in a Y-tunnus).
  const arrangement = record.organisation.applicantArrangement;
  if (arrangement !== null && saysSingleApplicant(arrangement)) {
    // (Not transfer recipients: a single applicant may transfer a part of its support.)
    record.organisation.coImplementers.forEach((entry, i) => report('warning', 'invalid-value', `"${entry.name}" is read as a co-implementer, but the applicant arrangement says "${arrangement}": one of the two is wrong (the entry may be a sentence of the text after the list)`, `organisation.coImplementers.${i}`));
  }

  // An entry of the lists that is the applicant's own Y-tunnus, or a field's line (`Yhteyshenkilö:
  // Matti Mäkelä, 0201256-6`): no co-implementer nor recipient as written — in a flattened copy, a
  // sentence or a field of the text after the list that ends in a Y-tunnus (`Hanketta hallinnoi
  // Rantakylän opisto Oy (2233445-8).`).
  const applicant = record.organisation.name;
  const entryLists = [['coImplementers', 'co-implementer', record.organisation.coImplementers], ['transferRecipients', 'transfer recipient', record.organisation.transferRecipients ?? []]] as const;
  for (const [list, role, entries] of entryLists) {
    entries.forEach((entry, i) => {
      // (Not a unit of the applicant: its name and a comma, `Pohjalainen ammattikorkeakoulu Oy, Ruralia-yksikkö`,
      // or its name inflected, `Järvikylän kunnan sosiaalitoimi` of `Järvikylän kunta`.)
      if (businessId !== null && entry.businessId === businessId && !(applicant !== null && isUnitOf(entry.name, applicant))) report('warning', 'invalid-value', `"${entry.name}" is read as a ${role}, but its Y-tunnus ${businessId} is the applicant's own: the entry may be a sentence or a field of the text after the list, or the applicant written in it`, `organisation.${list}.${i}`);
      else if (FIELD_LINE_START.test(entry.name)) report('warning', 'invalid-value', `"${entry.name}" is read as a ${role}, but it starts as a field's line (a label and a colon): it may be a line of the text after the list`, `organisation.${list}.${i}`);
    });
  }

  // Two entries of the lists with one Y-tunnus and other names (`Juvan kunta, 0811223-4` / `Kangasniemen kunta,
  // 0811223-4`): one of them copied onto the wrong line, which, the record does not tell. (The same name twice is
  // one organisation listed twice, kept; one named in two languages, `Vaasan kaupunki` / `Vasa stad`, or a unit and
  // its organisation, are one.) Audit WN F11 of round 81.
  const firstWithId = new Map<string, { name: string; list: string }>();
  for (const [list, role, entries] of entryLists) {
    entries.forEach((entry, i) => {
      // (Not a name holding another Y-tunnus, said where it is read.)
      // (Nor one said above: the applicant's own Y-tunnus, or a field's line.)
      if (entry.businessId === null || checkBusinessId(entry.businessId) !== 'valid' || /\d{7}\s*[-\u2010-\u2015\u2212]\s*\d/u.test(entry.name) || entry.businessId === businessId || FIELD_LINE_START.test(entry.name)) return;
      const first = firstWithId.get(entry.businessId);
      if (first === undefined) firstWithId.set(entry.businessId, { name: entry.name, list });
      // (Both names of organisations that are no other's unit: a unit, `Oulun Seudun Ammattiopisto`, `Ruralia-instituutti`, carries its
      // organisation's Y-tunnus. Review RV.)
      else if (first.name.toLowerCase() !== entry.name.toLowerCase() && namesIndependentOrganisation(first.name) && namesIndependentOrganisation(entry.name) && !isNamedInBothLanguages(first.name, entry.name) && !isUnitOf(entry.name, first.name) && !isUnitOf(first.name, entry.name)) {
        report('warning', 'invalid-value', `"${entry.name}" is read as a ${role} with the Y-tunnus ${entry.businessId}, which "${first.name.slice(0, 60)}" above has too: one of the two is written on the wrong line`, `organisation.${list}.${i}`);
      }
    });
  }

  const code = record.project.code;
  // (A layout whose code field is plain text, a Leader project's number: not an ESR or EAKR code, no check.)
  const codeIsText = template !== null && template.sections.some((section) => section.fields.some((field) => field.definition.path === 'project.code' && field.definition.type === 'text'));
  if (code !== null && !codeIsText) {
    const letter = record.fund === 'EAKR' ? 'A' : record.fund === 'ESR' ? 'S' : '[SA]';
    if (!new RegExp(`^${letter}\\d{5}$`).test(code)) {
      report('error', 'invalid-project-code', `Project code "${code}" is not ${letter === '[SA]' ? 'S or A' : letter} followed by five digits`, 'project.code');
    } else {
      // The period digit is defined for ESR codes only; EAKR codes are numbered differently. The
      // record's period is what the text says (a layout may read it from a field) or the layout's
      // own; the layout's digit stands only where the record has no period.
      // (A text whose period contradicts its layout's is said at /programmePeriod: which of the two is
      // wrong, the code does not decide — a code of either period is no error of its own.)
      const period = record.programmePeriod;
      const digit = period !== null ? ESR_CODE_DIGIT[period] : template?.definition.esrCodeDigit;
      const layoutDigit = template?.definition.programmePeriod ? template.definition.esrCodeDigit : null;
      if (digit && code[0] === 'S' && code[1] !== digit && code[1] !== layoutDigit) {
        report('error', 'invalid-project-code', `Project code "${code}" does not belong to the ${period ?? 'layout\'s'} period (expected S${digit}…)`, 'project.code');
      }
      const eakrPeriod = period ?? template?.definition.programmePeriod ?? null;
      if (code[0] === 'A' && eakrPeriod !== null && code[1] !== EAKR_CODE_DIGIT[eakrPeriod]) {
        report('warning', 'invalid-project-code', `Project code "${code}" is not numbered as the register numbers EAKR projects of ${eakrPeriod} (A${EAKR_CODE_DIGIT[eakrPeriod]}…): a code of another period or programme, or mistyped?`, 'project.code');
      }
    }
  }

  // A page's EURA id is a project's code (`S21234`, `A71234`) or a decision's number (`2014/4543/…`):
  // one cut or mistyped (`S2123`, `S2l234`) is no id, and says no fund or period.
  const euraId = record.project.euraId;
  if (euraId !== null && !EURA_CODE.test(euraId) && !/^20\d\d\//u.test(euraId)) {
    report('warning', 'invalid-value', `EURA id "${euraId}" is neither a project's code (a letter S or A and five digits) nor a decision's number (\`2014/…\`): mistyped or cut?`, 'project.euraId');
  }

  const { start, end } = record.project.period;
  if (start && end && end < start) {
    report('error', 'period-end-before-start', `The period ends (${end}) before it starts (${start})`, 'project.period', 'project.period.end');
  }
  // A date no project of its programme period could have (`päättyy 31.8.2021` in a 2007–2013
  // description, a 2014–2020 project starting 2004): a year typed wrong, most likely.
  const eligible = record.programmePeriod === null ? undefined : ELIGIBLE_DATES[record.programmePeriod];
  if (eligible !== undefined) {
    for (const [date, path] of [[start, 'project.period.start'], [end, 'project.period.end']] as const) {
      if (date && (date < eligible.first || date > eligible.last)) {
        report('warning', 'period-outside-programme', `The project ${path.endsWith('start') ? 'starts' : 'ends'} ${date}, outside the ${record.programmePeriod} programme's eligible dates (${eligible.first} to ${eligible.last}): a year written wrong?`, path, 'project.period');
      }
    }
  }

  // A funded project's granted or planned public funding of nothing (`0 €`): a draft's figure not filled in.
  for (const key of ['grantedEuAndState', 'plannedPublicTotal'] as const) {
    if (record.funding[key] === 0) report('warning', 'zero-funding', `funding.${key} is 0: a project in the register is funded (a draft's figure not written yet?)`, `funding.${key}`);
  }
  // So is a page's budget of nothing (`Budjetti: 0 €`, `0–0 €`).
  if (record.funding.budgetRange?.max === 0) report('warning', 'zero-funding', "funding.budgetRange is 0: a project in the register is funded (a draft's figure not written yet?)", 'funding.budgetRange');

  // The EU and state funding is a part of the public funding: a part above its whole is a figure
  // written wrong or in the other field (`Myönnetty EU- ja valtion rahoitus: 900 000` with
  // `Suunniteltu julkinen rahoitus yhteensä: 650 000`), which the text alone cannot tell.
  for (const [part, whole] of [['grantedEuAndState', 'plannedPublicTotal'], ['actualEuAndState', 'actualPublicTotal']] as const) {
    const partValue = record.funding[part];
    const wholeValue = record.funding[whole];
    if (partValue !== null && wholeValue !== null && partValue > wholeValue) {
      report('warning', 'funding-exceeds-total', `funding.${part} (${partValue}) is larger than funding.${whole} (${wholeValue}), which includes it: one of the figures written wrong, or in the other's field?`, `funding.${part}`, `funding.${whole}`);
    }
  }

  // What was paid of the EU and state funding is at most what was granted: more is a figure written wrong, or in the
  // other's field. (Not the public funding in all, whose municipal part may grow past its plan.) Audit WH of round 79.
  const { grantedEuAndState, actualEuAndState } = record.funding;
  // (Said once: above the realised public total too, said so above. A euro's rounding is no excess: `519 999,60` / `520 000`.)
  const aboveWhole = record.funding.actualPublicTotal !== null && actualEuAndState !== null && actualEuAndState > record.funding.actualPublicTotal;
  if (grantedEuAndState !== null && actualEuAndState !== null && grantedEuAndState > 0 && actualEuAndState - grantedEuAndState > 1 && !aboveWhole) {
    report('warning', 'funding-exceeds-total', `funding.actualEuAndState (${actualEuAndState}) is larger than funding.grantedEuAndState (${grantedEuAndState}), the most that could be paid: one of the figures written wrong, or in the other's field?`, 'funding.actualEuAndState', 'funding.grantedEuAndState');
  }

  const indicators = record.indicators as Record<string, Indicator>;
  for (const [name, indicator] of Object.entries(indicators)) {
    for (const phase of ['planned', 'actual'] as const) {
      const value = indicator[phase];
      if (value && value.total !== null && value.women !== null && value.women > value.total) {
        report('error', 'women-exceed-total', `indicators.${name}.${phase}: women (${value.women}) exceed the total (${value.total})`, `indicators.${name}.${phase}`);
      }
    }
  }

  const email = record.contact.email;
  if (email !== null && !isValidEmail(email)) {
    report('warning', 'invalid-email', `"${email}" is not an e-mail address`, 'contact.email');
  }
  return diagnostics;
}

/** A label of a word or three and its colon at a text's start (`Yhteyshenkilö: …`, `Hankkeen hallinnoija: …`; not a name's `Oy:n`). */
const FIELD_LINE_START = lazyRegExp(() => /^\p{L}[\p{L}-]*(?: [\p{L}-]+){0,2}:\s/u);

/** Whether an entry's name names a unit of the applicant: the applicant's name and a comma, or its words inflected (`kunnan` of `kunta`). */
function isUnitOf(name: string, applicant: string): boolean {
  const entry = name.toLowerCase();
  const own = applicant.toLowerCase();
  if (entry.startsWith(`${own},`)) return true;
  const [first, second] = entry.split(/\s+/u);
  const [ownFirst, ownSecond] = own.split(/\s+/u);
  if (first !== ownFirst || second === undefined || ownSecond === undefined || second === ownSecond) return false;
  // (The same word inflected keeps all but its last few letters, `kaupungin` of `kaupunki`, `kunnan` of `kunta`: another word
  // that starts alike is another organisation, `kauppakamari` of `kaupunki`. Audit WH of round 79.)
  // (Also a compound, `kaupunginkirjasto`, a unit glued on, `kaupunki/sosiaalivirasto`, and the word cut short, `kaup.`. Review RVB.)
  if (second.endsWith('.') && second.length >= 4 && ownSecond.startsWith(second.slice(0, -1))) return true;
  let common = 0;
  while (common < second.length && second[common] === ownSecond[common]) common++;
  // (Six letters in common are a word's stem, `seurakunnat` of `seurakuntayhtymä`. Review RVC of round 79.)
  return common >= Math.max(3, Math.min(ownSecond.length - 3, 6));
}

