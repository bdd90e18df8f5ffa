/**
 * `--tables DIR`: the results as related CSV tables, for a spreadsheet or a database. Every table
 * has `file` (the key of a result) and, except `records` and `diagnostics`, `project_code`; the lists
 * of the record become one row per item with its `position` (0-based, as in the JSON arrays).
 *
 * records             the `--format csv` columns (file, ok, template, record leaves)
 * municipalities      name, code, and the municipality's region and sub-region codes in the description's years
 * regions             name, code
 * sub_regions         name, code, region_code
 * co_implementers     name, business_id
 * transfer_recipients name, business_id
 * indicators          one row per indicator with any figure: planned/actual total/women
 * sustainability      the sustainable-development rows: category, criterion, direct, indirect, text
 * roles               project-page roles: role, text
 * development_needs   project-page development needs: phase (before/during/after), text
 * diagnostics         line, column, end_line, end_column, severity, rule, message, path
 * unmapped            section, label, value, line
 */
import { descriptionYears, municipalityMembership, subRegionRegion } from '../derive/area-codes.js';
import { ELIGIBLE_DATES } from '../derive/derive.js';
import type { Result } from '../record/schema.js';
import { csvCells, csvHeader } from './csv.js';

/** The dates a project of the record's programme period could have: its area's years where its own dates are not read. */
const eligibleDatesOf = (period: string | null | undefined) => (period ? ELIGIBLE_DATES[period] : undefined);

type Cell = string | number | boolean | null;
type Row = Cell[];

export interface TableSpec {
  name: string;
  columns: readonly string[];
  rows(result: Result): Row[];
}

const KEY = ['file', 'project_code'] as const;

const keyOf = (result: Result): Row => [result.file, result.record?.project.code ?? null];

/** Rows of one list of the record, each with its position: `[]` when there is no record. */
function listRows<T>(result: Result, list: (record: NonNullable<Result['record']>) => readonly T[], cells: (item: T, index: number) => Row): Row[] {
  if (!result.record) return [];
  const key = keyOf(result);
  return list(result.record).map((item, index) => [...key, index, ...cells(item, index)]);
}

const indicatorNames = ['participants', 'newJobs', 'newCompanies', 'qualifications', 'participatingCompanies'] as const;
const developmentPhases = ['before', 'during', 'after'] as const;

export const tables: readonly TableSpec[] = [
  { name: 'records', columns: csvHeader, rows: (result) => [csvCells(result)] },
  {
    name: 'municipalities',
    columns: [...KEY, 'position', 'name', 'code', 'region_code', 'sub_region_code'],
    rows: (result) => {
      const years = descriptionYears(result.record?.project.period, eligibleDatesOf(result.record?.programmePeriod));
      return listRows(
        result,
        (r) => r.targetArea.municipalities,
        (name, i) => {
          const code = result.record!.targetArea.municipalityCodes[i] ?? null;
          const membership = code ? municipalityMembership(code, years) : { regionCode: null, subRegionCode: null };
          return [name, code, membership.regionCode, membership.subRegionCode];
        },
      );
    },
  },
  {
    name: 'regions',
    columns: [...KEY, 'position', 'name', 'code'],
    rows: (result) => listRows(result, (r) => r.targetArea.regions, (name, i) => [name, result.record!.targetArea.regionCodes[i] ?? null]),
  },
  {
    name: 'sub_regions',
    columns: [...KEY, 'position', 'name', 'code', 'region_code'],
    rows: (result) => {
      const years = descriptionYears(result.record?.project.period, eligibleDatesOf(result.record?.programmePeriod));
      return listRows(
        result,
        (r) => r.targetArea.subRegions,
        (name, i) => {
          const code = result.record!.targetArea.subRegionCodes[i] ?? null;
          return [name, code, code ? subRegionRegion(code, years) : null];
        },
      );
    },
  },
  {
    name: 'co_implementers',
    columns: [...KEY, 'position', 'name', 'business_id'],
    rows: (result) => listRows(result, (r) => r.organisation.coImplementers, (o) => [o.name, o.businessId]),
  },
  {
    name: 'transfer_recipients',
    columns: [...KEY, 'position', 'name', 'business_id'],
    rows: (result) => listRows(result, (r) => r.organisation.transferRecipients, (o) => [o.name, o.businessId]),
  },
  {
    name: 'indicators',
    columns: [...KEY, 'indicator', 'planned_total', 'planned_women', 'actual_total', 'actual_women'],
    rows: (result) => {
      if (!result.record) return [];
      const key = keyOf(result);
      return indicatorNames.flatMap((name) => {
        const { planned, actual } = result.record!.indicators[name];
        if (!planned && !actual) return [];
        return [[...key, name, planned?.total ?? null, planned?.women ?? null, actual?.total ?? null, actual?.women ?? null]];
      });
    },
  },
  {
    name: 'sustainability',
    columns: [...KEY, 'position', 'category', 'criterion', 'direct', 'indirect', 'text'],
    rows: (result) =>
      listRows(result, (r) => r.horizontalPrinciples.sustainableDevelopment, (row) => [row.category, row.criterion, row.direct, row.indirect, row.text]),
  },
  {
    name: 'roles',
    columns: [...KEY, 'position', 'role', 'text'],
    rows: (result) => listRows(result, (r) => r.projectPage.roles, (role) => [role.role, role.text]),
  },
  {
    name: 'development_needs',
    columns: [...KEY, 'phase', 'position', 'text'],
    rows: (result) => {
      if (!result.record) return [];
      const key = keyOf(result);
      return developmentPhases.flatMap((phase) => result.record!.projectPage.developmentNeeds[phase].map((text, i) => [...key, phase, i, text]));
    },
  },
  {
    name: 'diagnostics',
    columns: ['file', 'line', 'column', 'end_line', 'end_column', 'severity', 'rule', 'message', 'path'],
    rows: (result) =>
      result.diagnostics.map((d) => [result.file, d.line ?? null, d.column ?? null, d.endLine ?? null, d.endColumn ?? null, d.severity, d.rule, d.message, d.path ?? null]),
  },
  {
    name: 'unmapped',
    columns: [...KEY, 'section', 'label', 'value', 'line'],
    rows: (result) => result.unmapped.map((u) => [...keyOf(result), u.section, u.label, u.value, u.line]),
  },
];
