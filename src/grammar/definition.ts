/**
 * The definition language of layouts (`grammar/*.json`, `--grammar FILE`): everything structural
 * about a layout is said here, and the reader in `src/read` and the content kinds in `src/kinds`
 * are generic over it. zod is the source: the JSON Schema of definitions (`esr-parse schema
 * --grammar`) is generated from these, and `validateDefinition` checks a definition when it loads.
 */
import { z } from 'zod';

/** How a field's value is read, each with the record value it produces (checked against the record schema at its path). */
export const fieldTypes = [
  'text', 'projectCode', 'priorityAxis', 'specificObjective', 'period', 'date', 'status', 'list',
  'municipalities', 'amount', 'indicator', 'email', 'businessId', 'address', 'yesNoText',
  'organisations', 'budgetRange', 'lines', 'websites', 'website', 'phone', 'postalCode', 'programmePeriod', 'personName',
] as const;

/** A label, heading or pattern: a blank one would match nothing a text writes (or every blank line). */
const nonEmpty = z.string().regex(/\S/, 'must not be empty or blank');

export const FieldDefinitionSchema = z.strictObject({
  /** Accepted spellings of the label, in any language, the usual one first. */
  labels: z.array(nonEmpty).min(1),
  /** Dotted record path the normalised value is written to. */
  path: nonEmpty,
  type: z.enum(fieldTypes),
  /** A publishable description must have it; the severity of `missing-field` when it is absent. */
  required: z.enum(['error', 'warning']).optional(),
  /**
   * Where the value stands:
   * - `inline` (default): `Label: value`, the value possibly wrapped onto the next lines, or written
   *   below an empty `Label:`;
   * - `nextLine`: the label alone on its line, without a colon, and the value on the next line;
   * - `block`: a bare heading line (no colon needed), then one item line per entry (`items`);
   * - `trailing`: `Label: value`, then the field's own lines (an explanation, a list) up to the next label.
   */
  form: z.enum(['inline', 'nextLine', 'block', 'trailing']).optional(),
  /** For `block`: a regular expression (JavaScript, case-insensitive) that every item line matches in a copy without blank lines. */
  itemPattern: z.string().optional(),
  /**
   * For a `text` field whose register writes one of a few set values (`Vain yksi hakija`): a value
   * that starts with one of them and goes on with a sentence (a copy that lost the line break
   * before the next text) is that value, and the sentence is kept in unmapped with a warning.
   */
  values: z.array(nonEmpty).optional(),
  /**
   * For a `text` field: the values the register's print writes in it, not enforced (an author's
   * own wording is read as written): a value on the last line of a copy cut there that is only the
   * start of one of them (`Kumppanuus: Ku`, `Tasa-arvo: Sukupuolineutraali` of `… projekti`) is said cut.
   */
  knownValues: z.array(nonEmpty).optional(),
  /**
   * For a `text` field whose value may have a colon in it (a project's name, `Työ: uusi alku`): a line
   * below its empty label that reads like a label the layout does not have is its value (a two-column
   * copy), said with a warning. Elsewhere such a line is a draft's note (`Huom: …`) and the field missing.
   */
  valueMayHaveColon: z.boolean().optional(),
  /**
   * For an `indicator` field: the words of its women clause that name what it counts (`joista
   * naisten perustamia` of new companies). A value read into this field whose clause has another
   * indicator field's words, and not these, is said with `ambiguous-label` (a copy without
   * headings places the shared `Suunniteltu` by order). An empty list: the indicator has no women clause.
   */
  clauseWords: z.array(nonEmpty).optional(),
});

const sectionCommon = {
  /** Unique within the definition; numbered sections use their number. */
  id: nonEmpty,
  /** Heading number as printed, without a trailing dot; null for un-numbered headings. */
  number: z.string().regex(/^\d{1,3}(?:\.\d{1,3})*$/).nullable(),
  /**
   * Other numbers the register's own prints give this section's heading in some descriptions of the
   * layout (2007–2013's funding, section 7, is `4.` in a technical-assistance description): a heading
   * of this section's text with one of them is said as an info, not as `heading-renumbered`.
   */
  alsoNumbered: z.array(z.string().regex(/^\d{1,3}(?:\.\d{1,3})*$/)).optional(),
  /** Id of the enclosing section for un-numbered subsections (numbered ones nest by their number). */
  parent: z.string().optional(),
  /** Accepted heading texts, in any language, the usual one first. Matched by text before number. */
  headings: z.array(nonEmpty).min(1),
  /** A description of this layout must have it (`missing-section` when absent). */
  required: z.boolean().optional(),
  /**
   * The register's print of the layout always has it: a whole copy that lacks it in its middle has
   * lost it (`missing-section`, a warning) — one with the layout's first section and a later one
   * opened by its heading or labels. An excerpt or a cut copy, one that writes the section's heading
   * out of order, has headings the layout does not know or places sections by their order is not
   * said to lack it (src/map/mapper.ts, `lostBetween`).
   */
  alwaysPrinted: z.boolean().optional(),
  /**
   * How the section opens when its heading is not in the text (flattened copies): by the first of
   * its labels, or by free text that follows a fields section without a text of its own
   * (`textWithoutHeadings`: only where that section too was opened without its heading, a copy without
   * headings — below a heading's fields a line is theirs). Its heading always opens it. A section opens
   * in template order only.
   */
  opensBy: z.array(z.enum(['labels', 'text', 'textWithoutHeadings', 'tableHeader'])).optional(),
};

export const FieldsSectionSchema = z.strictObject({
  ...sectionCommon,
  content: z.literal('fields'),
  fields: z.array(FieldDefinitionSchema).min(1),
  /** Where free text among the fields goes; without it such text ends the section (and may open the next one by text). */
  textPath: z.string().optional(),
});

export const ProseSectionSchema = z.strictObject({
  ...sectionCommon,
  content: z.literal('prose'),
  textPath: nonEmpty,
});

export const ContainerSectionSchema = z.strictObject({
  ...sectionCommon,
  content: z.literal('container'),
  /**
   * Where text directly under the heading goes when none of the section's subsections is in the
   * text (a variant of the layout that writes the section as text only); without it, or beside
   * subsections, such text is kept in unmapped.
   */
  textPath: z.string().optional(),
});

export const ScoreTableSectionSchema = z.strictObject({
  ...sectionCommon,
  content: z.literal('scoreTable'),
  textPath: nonEmpty,
  /** The column header line (regular expression, case-insensitive): `VälitönVälillinen`. */
  headerPattern: nonEmpty,
  /**
   * The two score columns' names, in the layout's order (`["Välitön", "Välillinen"]`): a header line the
   * pattern does not match that names both (`Välitön vaikutus Välillinen vaikutus`) is the header written
   * otherwise, said; one that names them the other way round (`VälillinenVälitön`) has its columns
   * swapped, and its rows' two scores are read in the header's order, said. A row that writes each score
   * after its column's name (`Criterion välitön 5, välillinen 8`) is read by the names, noted.
   */
  columns: z.tuple([nonEmpty, nonEmpty]).optional(),
  /** Category lines between rows. */
  categories: z.array(nonEmpty),
  /** Highest score of the scale. */
  maxScore: z.number().int().positive(),
});

export const RolesSectionSchema = z.strictObject({
  ...sectionCommon,
  content: z.literal('roles'),
  textPath: nonEmpty,
});

export const SectionDefinitionSchema = z.discriminatedUnion('content', [
  FieldsSectionSchema,
  ProseSectionSchema,
  ContainerSectionSchema,
  ScoreTableSectionSchema,
  RolesSectionSchema,
]);

export const TemplateDefinitionSchema = z
  .strictObject({
    /** The result's `template`: lower-case words joined by hyphens. */
    name: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/),
    description: z.string(),
    programmePeriod: z.enum(['2007-2013', '2014-2020']).nullable(),
    /** Headings must come in template order: a matching heading before the current one is prose. */
    ordered: z.boolean(),
    /** Top-level headings are written with a dot after the number (`1. Projekti`): how messages cite them. */
    topLevelDot: z.boolean().optional(),
    /** The digit after the `S` of an ESR project code of this period (`S1…` for 2007–2013). */
    esrCodeDigit: z.string().regex(/^\d$/, 'one digit').nullable().optional(),
    /**
     * Title lines, each naming the fund; a title decides the layout at once. A layout of another
     * programme (a Leader project's) leaves `fund` out: its title then says no fund. `without`: the
     * ids of sections a description under this title does not have (an EAKR description of
     * 2007–2013 ends with its funding, section 7): a copy that stops before them is not cut for it.
     */
    titles: z.array(z.strictObject({ text: nonEmpty, fund: z.enum(['ESR', 'EAKR']).optional(), without: z.array(nonEmpty).optional() })),
    /**
     * Kinds of description its priority axis names, and the sections such a description does not have
     * (a technical-assistance description of 2007–2013, `Toimintalinja: 5: Tekninen tuki`, ends with its
     * funding): `axis`, words the axis's value holds (case ignored); `without`, section ids. A copy is of
     * the kind only where none of those sections has a field read: a flattened copy of one ending on its
     * funding's last amount is then not cut for them.
     */
    axisKinds: z.array(z.strictObject({ axis: z.array(nonEmpty).min(1), without: z.array(nonEmpty).min(1) })).optional(),
    /**
     * Labels that only one fund's descriptions of this layout write (2007–2013: ESR's `Osio`,
     * `Toteuttajaorganisaation nimi`; EAKR's `Ohjelma`, `Toteuttajan nimi`): a text whose fields were
     * read under one fund's labels only is of that fund. Where no title or code's letter names the
     * fund, it is read from them; where one names the other fund, that is said.
     */
    fundLabels: z.array(z.strictObject({ fund: z.enum(['ESR', 'EAKR']), labels: z.array(nonEmpty).min(1) })).optional(),
    banner: z.array(nonEmpty),
    /** Whole lines that are page furniture in this layout (besides the shared furniture vocabulary). */
    furniture: z.array(nonEmpty),
    /** Record values every text of this layout has. */
    constants: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    /** Page layouts: how the un-headed lines at the top map (title, tagline, summary bar, status). */
    page: z
      .strictObject({
        summaryBarSeparator: nonEmpty,
        /**
         * A regular expression (any case) the summary bar matches somewhere: what its parts are (a
         * date, an axis, a fund). Without it every line of two or more separated parts is a bar; with
         * it, a line of three or more parts that does not match is a menu or a breadcrumb.
         */
        summaryBarPattern: nonEmpty.optional(),
        statusLines: z.array(nonEmpty),
        /**
         * Headings of a page's blocks that are none of its sections (`Yhteystiedot`, `Ajankohtaista`):
         * such a heading ends the section before it, a roles list too, and opens a section the
         * layout does not know, even with its lines right below it.
         */
        blockHeadings: z.array(nonEmpty).optional(),
      })
      .optional(),
    /**
     * A short stand-alone line without end punctuation in a prose section is a heading the layout
     * does not know (web pages grow sections): what follows it goes to `unmapped` under it.
     */
    unknownHeadings: z.boolean().optional(),
    /**
     * Regular expressions (any case) for how a text of another programme names its fund or
     * programme (a page of the rural development fund, of Interreg, of 2021–2027) in its summary
     * bar or its funder's field (`project.managingAuthority`): such a text has this layout's shape
     * but is not one of its descriptions, and is not read as one.
     */
    otherProgrammes: z.array(nonEmpty).optional(),
    /**
     * Labels whose value names the project's fund or programme besides the funder's (a page's
     * `Toimintalinja: 4 (ESR+)`, `Rahasto: …`), where `otherProgrammes` is looked for too; labels
     * the layout does not read count as well.
     */
    otherProgrammeLabels: z.array(nonEmpty).optional(),
    sections: z.array(SectionDefinitionSchema).min(1),
  })
  .meta({ title: 'esr-parse layout definition', description: 'A layout of ESR/EAKR project descriptions, as data.' });

export type FieldType = (typeof fieldTypes)[number];
export type FieldDefinition = z.infer<typeof FieldDefinitionSchema>;
export type SectionDefinition = z.infer<typeof SectionDefinitionSchema>;
export type TemplateDefinition = z.infer<typeof TemplateDefinitionSchema>;
export type SectionContent = SectionDefinition['content'];

export const DEFINITION_SCHEMA_ID = 'https://esr-parse.github.io/schemas/esr-parse-definition.schema.json';

/** The JSON Schema of layout definitions (`esr-parse schema --grammar`), generated from the zod schema. */
export function definitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TemplateDefinitionSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: DEFINITION_SCHEMA_ID, ...schema };
}
