/**
 * The shape of a template definition in `grammar/*.json`. Supporting a variant of a layout is
 * editing its definition; the parser and the mapper are generic over these.
 */
import { z } from 'zod';

export const fieldTypes = [
  'text', 'projectCode', 'priorityAxis', 'specificObjective', 'period', 'date', 'status', 'list',
  'municipalities', 'amount', 'indicator', 'email', 'businessId', 'address', 'yesNoText',
  'coImplementers', 'budgetRange', 'lines',
] as const;

export const FieldDefinitionSchema = z.strictObject({
  /** Accepted spellings of the label, the usual one first. */
  labels: z.array(z.string().min(1)).min(1),
  /** Dotted record path the normalised value is written to. */
  path: z.string().min(1),
  type: z.enum(fieldTypes),
  /** A publishable description must have it; the severity of `missing-field` when it is absent. */
  required: z.enum(['error', 'warning']).optional(),
  /** The label stands alone on its line (no colon) and the value is the next line. */
  valueOnNextLine: z.boolean().optional(),
  /** The field owns the lines that follow it up to the next label, heading or blank-separated block. */
  trailing: z.enum(['text', 'lines']).optional(),
});

export const SectionDefinitionSchema = z.strictObject({
  id: z.string().min(1),
  /** Heading number as printed without a trailing dot; null for un-numbered headings. */
  number: z.string().nullable(),
  /** Id of the enclosing section for un-numbered subsections (numbered ones nest by their number). */
  parent: z.string().optional(),
  /** Accepted heading texts, the usual one first. */
  headings: z.array(z.string().min(1)).min(1),
  content: z.enum(['fields', 'prose', 'container', 'scoreTable', 'roles']),
  required: z.boolean().optional(),
  /** Where the section's prose (or, in a fields section, its free text) goes. */
  textPath: z.string().optional(),
  fields: z.array(FieldDefinitionSchema).optional(),
});

export const PreambleFieldSchema = z.strictObject({
  role: z.enum(['title', 'tagline', 'summaryBar', 'status']),
  path: z.string().optional(),
});

export const TemplateDefinitionSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string(),
  programmePeriod: z.enum(['2007-2013', '2014-2020']).nullable(),
  /** Headings must come in template order: a matching heading before the current one is prose. */
  ordered: z.boolean(),
  /** The digit after the `S` of an ESR project code of this period (`S1…` for 2007–2013). */
  esrCodeDigit: z.string().nullable().optional(),
  titles: z.array(z.strictObject({ text: z.string(), fund: z.enum(['ESR', 'EAKR']) })),
  banner: z.array(z.string()),
  furniture: z.array(z.string()),
  constants: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** Page layouts: how the un-headed lines at the top map (title, tagline, summary bar, status). */
  page: z
    .strictObject({
      summaryBarSeparator: z.string(),
      statusLines: z.array(z.string()),
    })
    .optional(),
  /**
   * In prose sections, a short stand-alone line without end punctuation is a heading the template
   * does not know: what follows it goes to `unmapped` under that heading (web pages grow sections).
   */
  unknownHeadings: z.boolean().optional(),
  sections: z.array(SectionDefinitionSchema).min(1),
});

export type FieldType = (typeof fieldTypes)[number];
export type FieldDefinition = z.infer<typeof FieldDefinitionSchema>;
export type SectionDefinition = z.infer<typeof SectionDefinitionSchema>;
export type TemplateDefinition = z.infer<typeof TemplateDefinitionSchema>;
