/**
 * The record and result types. zod is the source; `schemas/esr-parse-result.schema.json` is
 * generated from these (`npm run schema:write`) and a test fails when the two drift apart.
 *
 * Shape rule: every key is always present. Groupings (project, organisation, period, address, …)
 * are always objects; a value parsed from one line into an object (priority axis, status, an
 * indicator's planned figures, a yes/no answer, a budget range) is `null` when the line is absent.
 */
import { z } from 'zod';
import type { DocumentNode } from '../types.js';

/** Names of layout definitions: lower-case words joined by hyphens (`esr-2014-2020`). */
// (A RegExp of its own, not a lazy one: zod keeps it, and the library exports the schema.)
export const TEMPLATE_NAME_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const SCHEMA_ID = 'https://esr-parse.github.io/schemas/esr-parse-result.schema.json';

const text = z.string().nullable();
// A date of the calendar (zod writes `format: "date"` and a pattern that checks month lengths and leap years).
const isoDate = z.iso.date().nullable();
const count = z.number().int().nonnegative().nullable();

export const AddressSchema = z.strictObject({ street: text, postalCode: text, city: text });

/** A co-implementer or a recipient of a transfer of support: a name and its Y-tunnus. */
export const OrganisationRefSchema = z.strictObject({ name: z.string(), businessId: text });

/** Statistics Finland codes, aligned index by index with the names; null where a name is not in the classification. */
const codes = z.array(z.string().nullable());

export const IndicatorValueSchema = z.strictObject({ total: count, women: count }).nullable();
export const IndicatorSchema = z.strictObject({ planned: IndicatorValueSchema, actual: IndicatorValueSchema });

export const YesNoTextSchema = z.strictObject({ answer: z.boolean().nullable(), text }).nullable();

export const RecordSchema = z.strictObject({
  /** The name of the layout definition that read the text (built-in or given with --grammar). */
  template: z.string().regex(TEMPLATE_NAME_PATTERN),
  programmePeriod: z.enum(['2007-2013', '2014-2020']).nullable(),
  fund: z.enum(['ESR', 'EAKR']).nullable(),
  project: z.strictObject({
    code: text,
    euraId: text,
    name: text,
    tagline: text,
    programmeSection: text,
    priorityAxis: z.strictObject({ number: z.number().int().nullable(), title: text }).nullable(),
    specificObjective: z.strictObject({ code: text, title: text }).nullable(),
    projectType: text,
    period: z.strictObject({ start: isoDate, end: isoDate }),
    status: z.strictObject({ text: z.string(), state: z.enum(['ended', 'ongoing']).nullable() }).nullable(),
    managingAuthority: text,
    websites: z.array(z.string()),
  }),
  organisation: z.strictObject({
    name: text,
    type: text,
    businessId: text,
    address: AddressSchema,
    phone: text,
    website: text,
    applicantArrangement: text,
    coImplementers: z.array(OrganisationRefSchema),
    transferRecipients: z.array(OrganisationRefSchema),
  }),
  contact: z.strictObject({ name: text, title: text, email: text, phone: text }),
  targetArea: z.strictObject({
    nationwide: z.boolean().nullable(),
    description: text,
    regions: z.array(z.string()),
    subRegions: z.array(z.string()),
    municipalities: z.array(z.string()),
    regionCodes: codes,
    subRegionCodes: codes,
    municipalityCodes: codes,
    implementationAddress: AddressSchema,
  }),
  targetGroups: z.strictObject({ primary: text, indirect: text }),
  indicators: z.strictObject({
    participants: IndicatorSchema,
    newJobs: IndicatorSchema,
    newCompanies: IndicatorSchema,
    qualifications: IndicatorSchema,
    participatingCompanies: IndicatorSchema,
  }),
  summary: text,
  communication: z.strictObject({ plan: text, disseminationPlan: text }),
  funding: z.strictObject({
    grantedEuAndState: count,
    actualEuAndState: count,
    plannedPublicTotal: count,
    actualPublicTotal: count,
    budgetRange: z.strictObject({ min: count, max: count }).nullable(),
    currency: z.literal('EUR').nullable(),
  }),
  classification: z.strictObject({
    genderEquality: text,
    sustainableDevelopment: text,
    partnership: text,
    innovativeness: text,
    nationalDevelopmentProgramme: text,
  }),
  horizontalPrinciples: z.strictObject({
    genderEquality: z.strictObject({
      environmentAnalysis: YesNoTextSchema,
      mainstreaming: YesNoTextSchema,
      primaryGoal: YesNoTextSchema,
    }),
    sustainableDevelopment: z.array(
      z.strictObject({
        category: text,
        criterion: z.string(),
        /** Scores on the 0–10 scale; null when the figure in the text is off the scale. */
        direct: z.number().int().min(0).max(10).nullable(),
        indirect: z.number().int().min(0).max(10).nullable(),
        text,
      }),
    ),
  }),
  finalReportSummary: text,
  projectPage: z.strictObject({
    team: text,
    results: text,
    solution: text,
    goodPractices: text,
    transferMethod: text,
    modelTransferred: text,
    developmentNeeds: z.strictObject({
      before: z.array(z.string()),
      during: z.array(z.string()),
      after: z.array(z.string()),
    }),
    practices: text,
    roles: z.array(z.strictObject({ role: z.string(), text })),
  }),
});


export const DiagnosticSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  rule: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  message: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  path: z.string().optional(),
});

export const UnmappedSchema = z.strictObject({
  section: z.string().nullable(),
  label: z.string().nullable(),
  value: z.string(),
  line: z.number().int().positive(),
});

export const ResultSchema = z
  .strictObject({
    file: z.string(),
    ok: z.boolean(),
    template: z.string().nullable(),
    source: z.strictObject({
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
      encoding: z.string().nullable(),
      lineEnding: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']).nullable(),
    }),
    record: RecordSchema.nullable(),
    unmapped: z.array(UnmappedSchema),
    diagnostics: z.array(DiagnosticSchema),
    /** The positioned document tree, only with `--tree`: an object in the JSON Schema, a DocumentNode in TypeScript. */
    tree: (z.record(z.string(), z.unknown()) as unknown as z.ZodType<DocumentNode>).optional(),
  })
  .meta({ title: 'esr-parse result', description: 'One parsed ESR/EAKR project description.' });

export type EsrRecord = z.infer<typeof RecordSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type Unmapped = z.infer<typeof UnmappedSchema>;

type SchemaNode = Record<string, unknown>;

const COMBINATORS = ['anyOf', 'oneOf', 'allOf', 'not', '$ref'];

/** `anyOf: [X, {type: "null"}]` → X's own type with `null` added, or undefined if X is not that simple. */
function asNullableType(node: SchemaNode): SchemaNode | undefined {
  const branches = node.anyOf;
  if (Object.keys(node).length !== 1 || !Array.isArray(branches) || branches.length !== 2) return undefined;
  const nullAt = branches.findIndex((b) => Object.keys(b).length === 1 && (b as SchemaNode).type === 'null');
  if (nullAt === -1) return undefined;
  const { const: constant, ...other } = branches[1 - nullAt] as SchemaNode;
  if (typeof other.type !== 'string' || COMBINATORS.some((k) => k in other)) return undefined;
  const collapsed: SchemaNode = { ...other, type: [other.type, 'null'] };
  if (constant !== undefined) collapsed.enum = [constant, null];
  else if (Array.isArray(other.enum)) collapsed.enum = [...other.enum, null];
  return collapsed;
}

/**
 * zod writes `.nullable()` as `anyOf: [X, {type: "null"}]`. The same constraint as a type union
 * (`type: ["object", "null"]`, with null added to an enum) is what most JSON Schema tools expect,
 * gives one error for a wrong value instead of three, and lets ajv check the many nulls of a record
 * without building and discarding an error for the other branch each time.
 */
function collapseNullables(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(collapseNullables);
  if (node === null || typeof node !== 'object') return node;
  const walked = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, collapseNullables(value)]));
  return asNullableType(walked) ?? walked;
}

export function resultJsonSchema(): Record<string, unknown> {
  const schema = collapseNullables(z.toJSONSchema(ResultSchema, { target: 'draft-2020-12' })) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: SCHEMA_ID, ...schema };
}
