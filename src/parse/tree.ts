/**
 * Groups the parsed lines into the positioned document tree: sections (by the template's headings),
 * fields, paragraphs, table rows and furniture. Generic over the template definition. Every
 * non-blank line ends up owned by exactly one node (a heading, a field's first line, or a line node).
 */
import { normaliseKey, phraseKey, vocabulary, type CompiledSection, type CompiledTemplate } from '../grammar/index.js';
import { keyOf } from '../key.js';
import type {
  BlockNode,
  Diagnostic,
  DocumentNode,
  FieldNode,
  FurnitureNode,
  HeadingNode,
  LineNode,
  ParagraphNode,
  Position,
  PreambleNode,
  SectionNode,
  SourceLine,
  TableRowNode,
} from '../types.js';

export interface TreeResult {
  tree: DocumentNode;
  diagnostics: Diagnostic[];
}

const scoreTableHeader = new RegExp(vocabulary.scoreTable.headerPattern, 'iu');
const scoreTableCategories = new Set(vocabulary.scoreTable.categories.map(normaliseKey));
const scoreTableRow = /^(?<criterion>.*\S)\s+(?<direct>\d{1,2})\s+(?<indirect>\d{1,2})$/u;

/** A table row ends in a digit: other lines are not worth the row pattern's backtracking. */
function matchRow(line: SourceLine | undefined): RegExpExecArray | null {
  if (line === undefined) return null;
  const last = line.text.charCodeAt(line.text.length - 1);
  return last >= 48 && last <= 57 ? scoreTableRow.exec(line.text) : null;
}

function span(first: Position, last: Position): Position {
  return { start: first.start, end: last.end };
}

function lineNode(line: SourceLine): LineNode {
  return { type: 'line', text: line.text, position: line.position };
}

/** Words of a heading that carry meaning, cut to a stem so that inflected forms still meet. */
function stems(text: string): Set<string> {
  const words = normaliseKey(text).match(/\p{L}{5,}/gu) ?? [];
  return new Set(words.map((w) => w.slice(0, 6)));
}

function sharesStem(a: string, headings: string[]): boolean {
  const left = stems(a);
  return headings.some((h) => [...stems(h)].some((s) => left.has(s)));
}

/** True when the line is made only of the given phrases (glued banners such as `A B`). */
function isMadeOf(line: SourceLine, phrases: Set<string>, template: CompiledTemplate): boolean {
  if (phrases.size === 0) return false;
  const key = phraseKey(line, template);
  if (key === null) return false;
  let rest = key;
  if (phrases.has(rest)) return true;
  let progress = true;
  while (rest.length > 0 && progress) {
    progress = false;
    for (const phrase of phrases) {
      if (phrase && rest.startsWith(phrase)) {
        rest = rest.slice(phrase.length).trim();
        progress = true;
      }
    }
  }
  return rest.length === 0;
}

interface HeadingMatch {
  section: CompiledSection;
  variant: boolean;
}

class HeadingFinder {
  private readonly seen = new Set<string>();
  private currentIndex = -1;

  constructor(private readonly template: CompiledTemplate) {}

  /** `next` is the line after `line`, if any: a reworded heading must stand alone. */
  match(line: SourceLine, next: SourceLine | undefined): HeadingMatch | null {
    const found = this.candidate(line, next);
    if (!found) return null;
    this.seen.add(found.section.definition.id);
    this.currentIndex = found.section.index;
    return found;
  }

  private acceptable(section: CompiledSection): boolean {
    if (this.seen.has(section.definition.id)) return false;
    if (this.template.definition.ordered && section.index <= this.currentIndex) return false;
    const parent = section.definition.number === null ? section.parentId : null;
    return parent === null || this.seen.has(parent);
  }

  private candidate(line: SourceLine, next: SourceLine | undefined): HeadingMatch | null {
    if (line.kind === 'numbered') {
      const key = line.valueKey;
      const numbered = (this.template.sectionsByNumber.get(line.number!) ?? []).filter((s) => this.acceptable(s));
      if (key === null || key === undefined || numbered.length === 0) return null;
      const exact = numbered.find((s) => s.headingKeys.has(key));
      if (exact) return { section: exact, variant: false };
      // A reworded heading with the expected number: accepted only if it stands alone between blank
      // lines, is short, and shares a word stem with the template's heading, so that list items
      // like `4. kartoittaa …` or `6. Tiedotusta lisätään` stay prose.
      const standsAlone = line.afterBlank && (next === undefined || next.afterBlank);
      const reworded = numbered.find(
        (s) => standsAlone && key.length <= 100 && !/[.!?]$/.test(line.text) && sharesStem(key, s.definition.headings),
      );
      return reworded ? { section: reworded, variant: true } : null;
    }
    if (line.kind === 'label' && line.value !== '') return null;
    const key = line.kind === 'label' ? line.labelKey! : phraseKey(line, this.template);
    if (key === null) return null;
    const unnumbered = (this.template.unnumberedByHeading.get(key) ?? []).find((s) => this.acceptable(s));
    return unnumbered ? { section: unnumbered, variant: false } : null;
  }
}

function headingNode(line: SourceLine): HeadingNode {
  return {
    type: 'heading',
    number: line.kind === 'numbered' ? line.number! : null,
    text: line.kind === 'numbered' ? line.value! : line.kind === 'label' ? line.label! : line.text,
    position: line.position,
  };
}

/** Consecutive lines not separated by a blank line form one paragraph. */
function paragraphs(lines: SourceLine[]): ParagraphNode[] {
  const result: ParagraphNode[] = [];
  let current: LineNode[] = [];
  const flush = () => {
    if (current.length > 0) {
      result.push({ type: 'paragraph', children: current, position: span(current[0].position, current[current.length - 1].position) });
      current = [];
    }
  };
  for (const line of lines) {
    if (line.afterBlank) flush();
    current.push(lineNode(line));
  }
  flush();
  return result;
}

class BlockBuilder {
  readonly blocks: BlockNode[] = [];
  private pending: SourceLine[] = [];

  constructor(private readonly template: CompiledTemplate) {}

  isFurniture(line: SourceLine): boolean {
    return isMadeOf(line, this.template.furnitureKeys, this.template);
  }

  text(line: SourceLine): void {
    this.pending.push(line);
  }

  block(node: BlockNode): void {
    this.flush();
    this.blocks.push(node);
  }

  flush(): void {
    if (this.pending.length > 0) {
      // A loop, not push(...): a spread of 500,000 paragraphs overflows the stack.
      for (const paragraph of paragraphs(this.pending)) this.blocks.push(paragraph);
      this.pending = [];
    }
  }

  furniture(line: SourceLine, role: FurnitureNode['role']): void {
    this.block({ type: 'furniture', role, text: line.text, position: line.position });
  }
}

function fieldFrom(line: SourceLine, known: boolean): FieldNode {
  return {
    type: 'field',
    label: line.label!,
    key: line.labelKey!,
    value: line.value ?? '',
    known,
    position: line.position,
    valuePosition: line.value ? line.valuePosition ?? null : null,
    children: [],
    block: false,
  };
}

/** Gives a line to a node that owns lines (a field's block, a table row's explanation). */
function extendOwner(owner: { children: LineNode[]; position: Position }, line: SourceLine): void {
  owner.children.push(lineNode(line));
  owner.position = span(owner.position, line.position);
}

function buildFields(section: CompiledSection, lines: SourceLine[], builder: BlockBuilder): void {
  const nextLineLabels = section.nextLineLabelKeys;
  const knownLabel = (line: SourceLine) => line.kind === 'label' && section.fieldsByLabel.has(line.labelKey!);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (builder.isFurniture(line)) {
      builder.furniture(line, 'furniture');
      i++;
      continue;
    }
    // A label whose value is on the next line stands alone: `Label:` with nothing after it, or bare words.
    const standaloneKey = nextLineLabels.size === 0 ? null : line.kind === 'label' ? (line.value === '' ? line.labelKey! : null) : keyOf(line);
    if (standaloneKey !== null && nextLineLabels.has(standaloneKey)) {
      const field: FieldNode = {
        type: 'field',
        label: line.kind === 'label' ? line.label! : line.text,
        key: standaloneKey,
        value: '',
        known: true,
        position: line.position,
        valuePosition: null,
        children: [],
        block: false,
      };
      const next = lines[i + 1];
      if (next && !knownLabel(next)) {
        field.value = next.text;
        field.valuePosition = next.position;
        extendOwner(field, next);
        i++;
      }
      builder.block(field);
      i++;
      continue;
    }
    if (line.kind !== 'label') {
      builder.text(line);
      i++;
      continue;
    }
    const definitions = section.fieldsByLabel.get(line.labelKey!);
    const field = fieldFrom(line, definitions !== undefined);
    const trailing = definitions?.[0].field.trailing;
    field.block = trailing !== undefined;
    i++;
    if (trailing) {
      // The field's own block (yes/no explanation, a list): everything up to the next known label.
      while (i < lines.length && !knownLabel(lines[i]) && !builder.isFurniture(lines[i])) {
        extendOwner(field, lines[i]);
        i++;
      }
    } else {
      // A value wrapped onto the next line(s), or written below an empty `Label:`.
      while (i < lines.length && !lines[i].afterBlank && lines[i].kind !== 'label' && !builder.isFurniture(lines[i])) {
        const next = lines[i];
        field.value = field.value ? `${field.value} ${next.text}` : next.text;
        field.valuePosition = field.valuePosition ? span(field.valuePosition, next.position) : next.position;
        extendOwner(field, next);
        i++;
      }
    }
    builder.block(field);
  }
}

/** A short line without end punctuation that is not a list item: a title, a role, a heading. */
function isTitleLike(line: SourceLine): boolean {
  return line.text.length <= 80 && !/[.!?:;,]$/.test(line.text) && !/^[-–•*\d]/.test(line.text);
}

function asHeading(line: SourceLine): HeadingNode {
  return { type: 'heading', number: null, text: line.text, position: line.position };
}

function buildProse(lines: SourceLine[], builder: BlockBuilder, unknownHeadings: boolean): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (builder.isFurniture(line)) builder.furniture(line, 'furniture');
    else if (unknownHeadings && next && line.afterBlank && next.afterBlank && isTitleLike(line)) builder.block(asHeading(line));
    else builder.text(line);
  });
}

/** `Eri tahojen merkitys`: a role line (`Kumppanit`), then the text about it. */
function buildRoles(lines: SourceLine[], builder: BlockBuilder): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (builder.isFurniture(line)) builder.furniture(line, 'furniture');
    else if (next && isTitleLike(line) && !isTitleLike(next)) builder.block(asHeading(line));
    else builder.text(line);
  });
}

function buildScoreTable(lines: SourceLine[], builder: BlockBuilder): void {
  let category: string | null = null;
  let lastRow: TableRowNode | null = null;
  let nextRow = matchRow(lines[0]);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const row = nextRow;
    nextRow = matchRow(lines[i + 1]);
    if (builder.isFurniture(line)) {
      builder.furniture(line, 'furniture');
      continue;
    }
    if (scoreTableHeader.test(line.text)) {
      builder.furniture(line, 'tableHeader');
      continue;
    }
    if (row) {
      lastRow = {
        type: 'tableRow',
        category,
        criterion: row.groups!.criterion,
        scores: [Number(row.groups!.direct), Number(row.groups!.indirect)],
        position: line.position,
        children: [],
      };
      builder.block(lastRow);
      continue;
    }
    const key = keyOf(line);
    const knownCategory = key !== null && scoreTableCategories.has(key);
    // An unlisted category: a title-like line right before a row, where the previous row is explained.
    const looksLikeCategory =
      nextRow !== null &&
      !/[.!?,;]$/.test(line.text) &&
      line.text.length <= 100 &&
      (lastRow === null || lastRow.children.length > 0);
    if (knownCategory || looksLikeCategory) {
      category = line.text;
      lastRow = null;
      builder.block(asHeading(line));
      continue;
    }
    if (lastRow) {
      extendOwner(lastRow, line);
      continue;
    }
    builder.text(line);
  }
}

function isSummaryBar(line: SourceLine, separator: string): boolean {
  return line.text.split(separator).filter((part) => part.trim().length > 0).length >= 2;
}

/** A page's top: the first free line is the title, the one right after it the tagline. */
function buildPagePreamble(lines: SourceLine[], template: CompiledTemplate, builder: BlockBuilder): void {
  const page = template.definition.page!;
  let title: SourceLine | null = null;
  let tagline = false;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    const preamble = (role: PreambleNode['role']) => builder.block({ type: 'preamble', role, text: line.text, position: line.position });
    if (builder.isFurniture(line)) builder.furniture(line, 'furniture');
    else if (isSummaryBar(line, page.summaryBarSeparator)) preamble('summaryBar');
    else if (template.statusKeys.has(phraseKey(line, template) ?? '')) preamble('status');
    else if (title === null) {
      title = line;
      preamble('title');
    } else if (!tagline && previous === title) {
      tagline = true;
      preamble('tagline');
    } else builder.text(line);
    previous = line;
  }
}

function buildPreamble(lines: SourceLine[], template: CompiledTemplate, builder: BlockBuilder): void {
  if (template.definition.page) {
    buildPagePreamble(lines, template, builder);
    return;
  }
  for (const line of lines) {
    if (template.titleKeys.has(phraseKey(line, template) ?? '')) builder.furniture(line, 'title');
    else if (isMadeOf(line, template.bannerKeys, template)) builder.furniture(line, 'banner');
    else if (builder.isFurniture(line)) builder.furniture(line, 'furniture');
    else builder.text(line);
  }
}

function buildBlocks(section: CompiledSection | null, lines: SourceLine[], template: CompiledTemplate): BlockNode[] {
  const builder = new BlockBuilder(template);
  if (section === null) buildPreamble(lines, template, builder);
  else {
    switch (section.definition.content) {
      case 'fields':
        buildFields(section, lines, builder);
        break;
      case 'scoreTable':
        buildScoreTable(lines, builder);
        break;
      case 'roles':
        buildRoles(lines, builder);
        break;
      default:
        buildProse(lines, builder, template.definition.unknownHeadings === true);
    }
  }
  builder.flush();
  return builder.blocks;
}

export function buildTree(lines: SourceLine[], template: CompiledTemplate, documentPosition: Position): TreeResult {
  const diagnostics: Diagnostic[] = [];
  const finder = new HeadingFinder(template);
  const preamble: SourceLine[] = [];
  const found: { section: CompiledSection; heading: SourceLine; lines: SourceLine[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const match = finder.match(line, lines[i + 1]);
    if (match) {
      found.push({ section: match.section, heading: line, lines: [] });
      if (match.variant) {
        diagnostics.push({
          severity: 'info',
          rule: 'heading-variant',
          message: `Heading "${line.text}" read as section ${match.section.definition.id} "${match.section.definition.headings[0]}"`,
          line: line.position.start.line,
          column: line.position.start.column,
          endLine: line.position.end.line,
          endColumn: line.position.end.column,
        });
      }
    } else if (found.length > 0) found[found.length - 1].lines.push(line);
    else preamble.push(line);
  }

  const children: (BlockNode | SectionNode)[] = buildBlocks(null, preamble, template);
  const nodes = new Map<string, SectionNode>();
  for (const { section, heading, lines: body } of found) {
    const blocks = buildBlocks(section, body, template);
    const last = body.length > 0 ? body[body.length - 1].position : heading.position;
    const node: SectionNode = {
      type: 'section',
      id: section.definition.id,
      heading: headingNode(heading),
      children: blocks,
      position: span(heading.position, last),
    };
    nodes.set(section.definition.id, node);
    const parent = section.parentId ? nodes.get(section.parentId) : undefined;
    if (parent) {
      parent.children.push(node);
      // Widen every open ancestor so that a section's position covers its subsections.
      for (let p: SectionNode | undefined = parent; p; ) {
        p.position = span(p.position, node.position);
        const def = template.sectionById.get(p.id);
        p = def?.parentId ? nodes.get(def.parentId) : undefined;
      }
    } else children.push(node);
  }
  return { tree: { type: 'document', template: template.name, children, position: documentPosition }, diagnostics };
}
