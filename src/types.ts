/** Shared vocabulary of the pipeline: positions, diagnostics, and the document tree. */

/** 1-based line and column, 0-based offset into the decoded text (as in unist). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** `end` is exclusive, as in unist/mdast. */
export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case rule name, see README "Rules". */
  rule: string;
  message: string;
  // (`| undefined` as the result schema's inferred type has it: a consumer compiling with
  // exactOptionalPropertyTypes can take a result's diagnostics as Diagnostic[].)
  line?: number | undefined;
  column?: number | undefined;
  endLine?: number | undefined;
  endColumn?: number | undefined;
  /** JSON path (RFC 6901 pointer) of the record value the diagnostic is about, when there is one. */
  path?: string | undefined;
}

export type LineKind = 'numbered' | 'label' | 'text';

/** One non-blank input line as the line parser classified it. */
export interface SourceLine {
  kind: LineKind;
  /** The whole line, whitespace-trimmed. */
  text: string;
  /** For `numbered`: the section number without a trailing dot (`3.1`). */
  number?: string;
  /** For `label`: the label without its colon, trimmed. */
  label?: string;
  /**
   * normaliseKey of the whole line (null when too long to be a phrase), computed on demand by
   * `keyOf`: most lines are never compared with a heading or title, so most never need it.
   */
  key?: string | null;
  /** `leadHash` of the line's first word, computed on demand by `leadOf` (asked once per layout in detection). */
  lead?: number;
  /** For `label`: normaliseKey of the label. For `numbered`: of the text after the number (null if long). */
  labelKey?: string;
  valueKey?: string | null;
  /** For `numbered` and `label`: what follows the number or the colon, trimmed ('' when nothing). */
  value?: string;
  /** True when the line follows a blank line or starts the document. */
  afterBlank: boolean;
  position: Position;
  valuePosition?: Position;
  /**
   * Fields of the layout's line token this line becomes (src/read/tokens.ts), filled in by the
   * classifier: one object per line instead of two. Undefined until then.
   */
  image?: string;
  startOffset?: number;
  tokenType?: unknown;
  tokenTypeIdx?: number;
  line?: SourceLine;
  sections?: unknown;
  variant?: boolean;
  fields?: unknown;
  extra?: unknown;
  note?: unknown;
  original?: unknown;
  payload?: unknown;
}

export interface HeadingNode {
  type: 'heading';
  number: string | null;
  text: string;
  position: Position;
  /** The line as written, when it is more than `text` (its number, its colon): what `unmapped` keeps of an unknown heading. */
  written?: string;
}

/** A `Label: value` line (or a label line with its value on the next line), with any lines it owns. */
export interface FieldNode {
  type: 'field';
  label: string;
  /** The label as the template matches it (`normaliseKey`): lower case, single spaces, no colon. */
  key: string;
  value: string;
  /** Whether the section's template definition knows this label. */
  known: boolean;
  /**
   * The field definition the grammar placed the line in (section id and the field's index there);
   * null for a label the section does not have.
   */
  field: { section: string; index: number } | null;
  /** The label again after its field was filled: kept in unmapped. */
  duplicate: boolean;
  /** A duplicate that writes the line of the field filled last again, right below it (a line copied twice). */
  repeatsLineAbove?: true;
  /**
   * How the line was read, when not as written: `glued` (split from a line holding two fields),
   * `rejoined` (a label broken before its colon), `below` (the value stands on the line below the label),
   * `wrapped` (the value goes on over the next lines of a hard-wrapped copy without blank lines),
   * `joined` (in a copy with blank lines, the value goes on over the line right below it, which
   * could have fitted on its line).
   */
  note: 'glued' | 'gluedWithoutColon' | 'rejoined' | 'below' | 'wrapped' | 'joined' | null;
  /**
   * The line of a page number or running header read as the value's wrapped end though it would
   * have fitted on the line above (absent when there is none): the value may hold a page break.
   */
  pageStampLine?: number;
  /** A value below its empty label with lines other than blank ones between (a printed page's break, its footer kept as furniture). */
  pastPageBreak?: boolean;
  /** A value below its empty label with a printed page's count right below it (the value may be the page's footer). */
  abovePageCount?: boolean;
  /** The line read as the value's wrapped end only because it stands between this field and the next, in lower case (a copy wrapped by hand): said. */
  handWrappedLine?: number;
  /**
   * A value broken at a hyphen at a line's end where the line cannot tell a printed copy's
   * hyphenation from the value's own hyphen: an e-mail or web address (`anna-liisa.keto-` /
   * `tokoi(at)…`, joined without it; `www.ely-` / `keskus.fi` has its own), or a word in capitals
   * (`MÄKE-` / `LÄ-PUSA`, joined with it, as `KETO-` / `TOKOI`). The line it goes on to, and the
   * value read the other way.
   */
  hyphenBreak?: { position: Position; other: string; kind: 'address' | 'addressKept' | 'capitals' };
  position: Position;
  valuePosition: Position | null;
  /**
   * Lines after the label line that belong to the field. When `block` is false they continue the
   * value (a wrapped line, or a value below its label) and are already part of `value`; when true
   * they are the field's own block (a yes/no explanation, a list) and are not.
   */
  children: LineNode[];
  block: boolean;
  /**
   * How many of the first children are the rest of the label (broken before its colon) or the
   * answer written below it, before the field's own lines.
   */
  valueLines: number;
  /**
   * The heading of a section the layout has before this one, written above the field out of order
   * (`7.1 …` after 7.2's fields): the field is not placed, since whose it is cannot be told.
   */
  afterHeading?: string;
}

export interface LineNode {
  type: 'line';
  text: string;
  position: Position;
}

export interface ParagraphNode {
  type: 'paragraph';
  children: LineNode[];
  position: Position;
}

/** A line the template declares as page furniture or a title: kept, not data. */
export interface FurnitureNode {
  type: 'furniture';
  /** `reply`: an unquoted line among the quoted lines of a description in an e-mail reply (the replier's comment); `note`: a note its sender wrote below the copy. */
  role: 'banner' | 'title' | 'furniture' | 'uncertain' | 'tableHeader' | 'reply' | 'note' | 'appended' | 'thread' | 'threadGoesOn' | 'related' | 'address' | 'mayBeText' | 'pageInsert' | 'signatureInText' | 'signed';
  text: string;
  position: Position;
}

export interface TableRowNode {
  type: 'tableRow';
  category: string | null;
  criterion: string;
  scores: number[];
  position: Position;
  /** Explanation lines under the row. */
  children: LineNode[];
}

/** A page layout's un-headed line at the top, by its place: title, tagline, summary bar, status. */
export interface PreambleNode {
  type: 'preamble';
  role: 'title' | 'tagline' | 'summaryBar' | 'status';
  text: string;
  position: Position;
  /** A title that is a sentence, below a line read as page furniture (that line's text): the furniture may be the title, this the tagline. */
  belowFurniture?: string;
  /** A title of one word right below a mail's note above the page (its last line): it may be the sender's name, signing the note. */
  belowMail?: string;
  /** A title found below lines passed over as a news item's headline and lead: the first of them (it may be the page's own title). */
  belowNews?: string;
  /** A title read as the last line of a paragraph above the tagline, the lines above it passed over: the first of them (it may be the title, or its start). */
  belowInParagraph?: string;
  /** A tagline read from the line right below the title, in its paragraph, no sentence: it may be a name, a date or the title in another language. */
  inTitleParagraph?: true;
  /** A tagline joined over a blank line with the paragraph below it, a clause going on in lower case (that paragraph): it may be a sentence of its own. */
  joinedOverBlank?: string;
  /** A title with the line right below it in its paragraph set aside (that line): a name, a date or the title in another language, or the title itself. */
  lineBelow?: string;
  /** A title right below the text's first line, kept apart with no blank line between (that line): the title may be wrapped over the two, or be that line. */
  belowKeptApart?: string;
  /** A title line that starts as no title does (in lower case, with a separator or a mark), the text's first: a line's end, its start cut away above it. */
  cutAbove?: true;
  /** A title that is the text's first line, only furniture above it. */
  atTextStart?: true;
  /** Such a title in lower case (the title cut inside?), right above a field not its section's first (a value whose label was cut away?), or above a section after the facts with no bar, status or facts in the text (a later section's text?). */
  topDoubt?: 'lowerCase' | 'aboveField' | 'laterSection';
}

/**
 * A heading inside a section's body: a table category (`Ekologinen kestävyys`), a role on a page
 * (`Kumppanit`), or a heading the template does not know.
 */
export type BlockNode = FieldNode | ParagraphNode | FurnitureNode | TableRowNode | LineNode | HeadingNode | PreambleNode;

export interface SectionNode {
  type: 'section';
  /** The template section id (`3.1`, `page.results`); null for a section the layout does not know. */
  id: string | null;
  /** What opened it: its heading, or (in a copy without that heading) its first label, free text, or a table header. */
  openedBy: 'heading' | 'labels' | 'text' | 'tableHeader';
  /** Placed by order among sections that share its labels, where their count does not settle which is which. */
  ambiguous: boolean;
  /** null when the section opened without its heading. */
  heading: HeadingNode | null;
  children: (BlockNode | SectionNode)[];
  position: Position;
}

export interface DocumentNode {
  type: 'document';
  template: string;
  children: (BlockNode | SectionNode)[];
  position: Position;
}

export type TreeNode = DocumentNode | SectionNode | HeadingNode | BlockNode;
