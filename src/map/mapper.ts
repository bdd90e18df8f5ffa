/**
 * Maps the document tree to the typed record, following the template definition: each known field
 * goes through its normaliser to its record path; whatever the template does not place goes to
 * `unmapped`. Also records, for every value written, the source position it came from, so that
 * later diagnostics (schema errors included) can point at the line.
 */
import { normaliseKey, type CompiledSection, type CompiledTemplate, type FieldDefinition } from '../grammar/index.js';
import type { FieldType } from '../grammar/definition.js';
import type { EsrRecord, Unmapped } from '../record/schema.js';
import type { BlockNode, Diagnostic, DocumentNode, FieldNode, HeadingNode, ParagraphNode, Position, PreambleNode, SectionNode } from '../types.js';
import * as n from './normalise.js';
import { mapPagePreamble } from './page.js';
import { paragraphText, pointerOf, RecordBuilder, type PositionLookup } from './record-builder.js';

export { located, pointerOf } from './record-builder.js';

export interface MapResult {
  record: EsrRecord;
  unmapped: Unmapped[];
  diagnostics: Diagnostic[];
  /** JSON pointer of a record value → where in the source it came from. */
  sources: PositionLookup;
}

/** Everything the field holds as text: for unmapped entries, where nothing may be lost. */
function fieldValue(field: FieldNode): string {
  if (!field.block) return field.value;
  return [field.value, ...field.children.map((c) => c.text)].filter((s) => s.length > 0).join('\n');
}

const as = <T>(read: (value: string) => T) => (value: string): n.Normalised<T> => ({ value: read(value) });

/** Field types read from the label line's value alone, with the normaliser that reads each. */
const valueNormalisers: Partial<Record<FieldType, (value: string) => n.Normalised<unknown>>> = {
  text: as((v) => v),
  projectCode: as((v) => v),
  businessId: as((v) => v),
  email: as(n.normaliseEmail),
  list: as(n.splitList),
  municipalities: as(n.splitMunicipalities),
  priorityAxis: n.parsePriorityAxis,
  specificObjective: n.parseSpecificObjective,
  period: n.parsePeriod,
  date: n.parseFinnishDate,
  status: n.parseStatus,
  amount: n.parseAmount,
  indicator: n.parseIndicator,
  address: n.parseAddress,
  budgetRange: n.parseBudgetRange,
};

const noLines: readonly string[] = [];

/** An unreadable value of a required field is as serious as its absence. */
function reportUnreadable(builder: RecordBuilder, definition: FieldDefinition, field: FieldNode, problem: n.Problem, position: Position): void {
  builder.diagnose(definition.required ?? 'warning', problem.rule, `${field.label}: ${problem.message}`, position, definition.path);
  builder.unreadable.add(definition.path);
}

/** Applies a field definition's normaliser and writes the result. */
function writeField(builder: RecordBuilder, definition: FieldDefinition, field: FieldNode): void {
  const position = field.valuePosition ?? field.position;
  const path = definition.path;
  const lines = field.block ? field.children.map((c) => c.text) : noLines;
  const value = field.value;
  const hasContent = value.length > 0 || (definition.trailing !== undefined && lines.length > 0);
  if (!hasContent) {
    builder.diagnose('info', 'empty-value', `${field.label} has no value`, field.position, path);
    builder.attempted.set(path, field.position);
    return;
  }
  if (value && n.isPlaceholder(value) && lines.length === 0) {
    builder.diagnose('info', 'placeholder-text', `${field.label} is a placeholder ("${value}"), read as not written yet`, position, path);
    builder.attempted.set(path, field.position);
    return;
  }
  const normalise = valueNormalisers[definition.type];
  if (normalise) {
    const result = normalise(value);
    if (result.problem) reportUnreadable(builder, definition, field, result.problem, position);
    else builder.set(path, result.value, position);
    return;
  }
  switch (definition.type) {
    case 'yesNoText': {
      const answer = n.parseYesNo(value);
      if (answer.problem) reportUnreadable(builder, definition, field, answer.problem, position);
      builder.set(path, { answer: answer.value, text: lines.length > 0 ? lines.join('\n') : null }, field.position);
      break;
    }
    case 'coImplementers':
      builder.set(path, [value, ...lines].filter((l) => l.trim().length > 0).map(n.parseCoImplementer), field.position);
      break;
    case 'lines': {
      const items = [value, ...lines].filter((l) => l.trim().length > 0);
      if (items.length === 1 && n.isPlaceholder(items[0])) {
        builder.diagnose('info', 'placeholder-text', `${field.label} is a placeholder ("${items[0]}"), read as not written yet`, field.children[0]?.position ?? position, path);
      } else builder.set(path, items.map(n.listItem), field.position);
      break;
    }
  }
}

/**
 * Picks the definition for a label. A label may be defined twice in one section (`Puhelinnumero` of
 * the organisation, then of the contact person): the first unfilled definition at or after the
 * previous field's place in the template wins, so the order of the labels tells them apart.
 */
class FieldAssigner {
  private cursor = 0;
  private readonly filled = new Set<number>();

  constructor(private readonly section: CompiledSection) {}

  assign(key: string): FieldDefinition | 'duplicate' | undefined {
    const candidates = this.section.fieldsByLabel.get(key);
    if (!candidates) return undefined;
    const free = candidates.filter((c) => !this.filled.has(c.index));
    const chosen = free.find((c) => c.index >= this.cursor) ?? free[0];
    if (!chosen) return 'duplicate';
    this.filled.add(chosen.index);
    this.cursor = chosen.index;
    return chosen.field;
  }
}

function mapFields(builder: RecordBuilder, section: CompiledSection, blocks: BlockNode[]): ParagraphNode[] {
  const assigner = new FieldAssigner(section);
  const paragraphs: ParagraphNode[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') paragraphs.push(block);
    else if (block.type === 'field') {
      const id = section.definition.id;
      const definition = block.known ? assigner.assign(block.key) : undefined;
      if (definition === undefined) {
        builder.keep(id, block.label, fieldValue(block), block.position);
        builder.diagnose('warning', 'unknown-label', `Label "${block.label}" is not expected in section ${sectionName(section)}; kept in unmapped`, block.position);
      } else if (definition === 'duplicate') {
        builder.keep(id, block.label, fieldValue(block), block.position);
        builder.diagnose('warning', 'duplicate-field', `"${block.label}" appears again in section ${sectionName(section)}; the first value is kept, this one is in unmapped`, block.position);
      } else writeField(builder, definition, block);
    } else mapOther(builder, section, block);
  }
  return paragraphs;
}

function mapOther(builder: RecordBuilder, section: CompiledSection | null, block: BlockNode): void {
  const id = section?.definition.id ?? null;
  switch (block.type) {
    case 'furniture':
      if (block.role === 'furniture') {
        builder.diagnose('info', 'page-furniture', `"${block.text}" is page furniture, kept only in the document tree`, block.position);
      }
      break;
    case 'paragraph':
      builder.keep(id, null, paragraphText(block), block.position);
      break;
    case 'line':
      builder.keep(id, null, block.text, block.position);
      break;
    case 'field':
      builder.keep(id, block.label, fieldValue(block), block.position);
      break;
    case 'heading':
    case 'tableRow':
    case 'preamble':
      builder.keep(id, null, block.type === 'tableRow' ? block.criterion : block.text, block.position);
      break;
  }
}

/**
 * A prose section: its paragraphs are its text, up to a heading the template does not know; what
 * stands under such a heading goes to `unmapped` with the heading as its label.
 */
function mapProse(builder: RecordBuilder, section: CompiledSection, blocks: BlockNode[]): void {
  const { id, textPath } = section.definition;
  const own: ParagraphNode[] = [];
  let unknown: HeadingNode | null = null;
  for (const block of blocks) {
    if (block.type === 'heading') {
      unknown = block;
      builder.keep(id, null, block.text, block.position);
      builder.diagnose('warning', 'unknown-section', `"${block.text}" is a heading the layout does not know (in section ${sectionName(section)}); what follows it is kept in unmapped`, block.position);
    } else if (block.type === 'paragraph' && unknown) builder.keep(id, unknown.text, paragraphText(block), block.position);
    else if (block.type === 'paragraph') own.push(block);
    else mapOther(builder, section, block);
  }
  if (textPath) writeText(builder, textPath, own, section);
  else own.forEach((p) => mapOther(builder, section, p));
}

/** `Eri tahojen merkitys`: each role line with the paragraphs under it. */
function mapRoles(builder: RecordBuilder, section: CompiledSection, blocks: BlockNode[]): void {
  const roles: { role: string; text: string | null; start: Position; end: Position }[] = [];
  for (const block of blocks) {
    const current = roles[roles.length - 1];
    if (block.type === 'heading') roles.push({ role: block.text, text: null, start: block.position, end: block.position });
    else if (block.type === 'paragraph' && current) {
      const text = paragraphText(block);
      current.text = current.text === null ? text : `${current.text}\n\n${text}`;
      current.end = block.position;
    } else mapOther(builder, section, block);
  }
  const path = section.definition.textPath!;
  roles.forEach((role, i) => {
    if (role.text !== null && n.isPlaceholder(role.text)) {
      builder.diagnose('info', 'placeholder-text', `Role "${role.role}" is a placeholder ("${role.text}"), read as not written yet`, role.end, `${path}.${i}.text`);
      role.text = null;
    }
    builder.sources.set(`${pointerOf(path)}/${i}`, { start: role.start.start, end: role.end.end });
  });
  if (roles.length > 0) {
    builder.set(path, roles.map(({ role, text }) => ({ role, text })), { start: roles[0].start.start, end: roles[roles.length - 1].end.end });
  }
}

/** How a diagnostic names a section: by number where it has one, else by its heading. */
function sectionName(section: CompiledSection): string {
  const { number, headings } = section.definition;
  return number !== null ? `${number} "${headings[0]}"` : `"${headings[0]}"`;
}

function writeText(builder: RecordBuilder, path: string, paragraphs: ParagraphNode[], section: CompiledSection): void {
  if (paragraphs.length === 0) return;
  const text = paragraphs.map(paragraphText).join('\n\n');
  const position = { start: paragraphs[0].position.start, end: paragraphs[paragraphs.length - 1].position.end };
  if (n.isPlaceholder(text)) {
    builder.diagnose('info', 'placeholder-text', `Section ${sectionName(section)} is a placeholder ("${text}"), read as not written yet`, position, path);
    return;
  }
  builder.set(path, text, position);
}

/** The sustainability table scores on a scale of 0 to 10. */
const MAX_SCORE = 10;

function mapScoreTable(builder: RecordBuilder, section: CompiledSection, blocks: BlockNode[]): void {
  const rows: EsrRecord['horizontalPrinciples']['sustainableDevelopment'] = [];
  blocks.forEach((block) => {
    if (block.type === 'tableRow') {
      const [direct, indirect] = block.scores.map((score) => {
        if (score <= MAX_SCORE) return score;
        builder.diagnose('warning', 'invalid-number', `"${block.criterion}": score ${score} is off the 0–${MAX_SCORE} scale`, block.position);
        return null;
      });
      const text = block.children.map((c) => c.text).join('\n');
      rows.push({ category: block.category, criterion: block.criterion, direct, indirect, text: text || null });
      builder.sources.set(`${pointerOf(section.definition.textPath!)}/${rows.length - 1}`, block.position);
    } else if (block.type === 'heading' || (block.type === 'furniture' && block.role === 'tableHeader')) {
      // Categories are carried by their rows; the header only names the columns.
    } else mapOther(builder, section, block);
  });
  if (rows.length > 0) builder.set(section.definition.textPath!, rows, { start: blocks[0].position.start, end: blocks[blocks.length - 1].position.end });
}

function mapSection(builder: RecordBuilder, template: CompiledTemplate, node: SectionNode, found: Map<string, SectionNode>): void {
  found.set(node.id, node);
  const section = template.sectionById.get(node.id)!;
  const blocks = node.children.filter((c): c is BlockNode => c.type !== 'section');
  const { content, textPath } = section.definition;
  if (content === 'fields') {
    const paragraphs = mapFields(builder, section, blocks);
    if (textPath) writeText(builder, textPath, paragraphs, section);
    else paragraphs.forEach((p) => mapOther(builder, section, p));
  } else if (content === 'prose') {
    mapProse(builder, section, blocks);
  } else if (content === 'roles') {
    mapRoles(builder, section, blocks);
  } else if (content === 'scoreTable') {
    mapScoreTable(builder, section, blocks);
  } else blocks.forEach((b) => mapOther(builder, section, b));
  for (const child of node.children) if (child.type === 'section') mapSection(builder, template, child, found);
}

/** null, [], or an object of nothing but empty values (a period with neither date). */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

export function mapDocument(tree: DocumentNode, template: CompiledTemplate): MapResult {
  const builder = new RecordBuilder(template);
  const { definition } = template;
  builder.record.programmePeriod = definition.programmePeriod;
  for (const [path, value] of Object.entries(definition.constants)) builder.set(path, value, null);

  const preamble: PreambleNode[] = [];
  const found = new Map<string, SectionNode>();
  for (const node of tree.children) {
    if (node.type === 'section') mapSection(builder, template, node, found);
    else if (node.type === 'preamble') preamble.push(node);
    else if (node.type === 'furniture' && node.role === 'title') {
      builder.record.fund = template.titleKeys.get(normaliseKey(node.text)) ?? null;
    } else mapOther(builder, null, node);
  }
  // After the sections: the summary bar is checked against the field block it summarises.
  if (template.definition.page) mapPagePreamble(builder, template, preamble);

  for (const section of template.sections) {
    const { id, headings, number, required, fields = [] } = section.definition;
    const node = found.get(id);
    if (!node && required) {
      builder.diagnose('warning', 'missing-section', `Section ${number ?? ''} "${headings[0]}" is missing`.replace('  ', ' '));
    }
    for (const field of fields) {
      if (!field.required || !isEmpty(builder.get(field.path)) || builder.unreadable.has(field.path)) continue;
      const at = builder.attempted.get(field.path) ?? node?.heading.position;
      builder.diagnose(field.required, 'missing-field', `${field.labels[0]} (${field.path}) is missing from section ${sectionName(section)}`, at, field.path);
    }
  }

  const record = builder.record;
  if (record.fund === null && record.project.code) {
    record.fund = /^S/i.test(record.project.code) ? 'ESR' : /^A/i.test(record.project.code) ? 'EAKR' : null;
  }
  const area = record.targetArea;
  if (area.description !== null && n.isNationwide(area.description)) area.nationwide = true;
  else if (area.regions.length + area.subRegions.length + area.municipalities.length > 0) area.nationwide = false;

  return { record, unmapped: builder.unmapped, diagnostics: builder.diagnostics, sources: builder.sources };
}
