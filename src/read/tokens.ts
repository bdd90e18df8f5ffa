/**
 * The layout grammar's tokens: one per line, by what the line is for the layout at hand (a
 * section's heading, a field's label, a block heading, text, furniture …). The line lexer
 * (`src/lex`) knows only shapes (numbered, `Label:`, plain); `classify.ts` turns its lines into
 * these, using the layout's definition. Every kind is an `AnyLine`, so that prose can take any line.
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { CompiledField, CompiledSection } from '../grammar/index.js';
import type { SourceLine } from '../types.js';

export const AnyLine = createToken({ name: 'AnyLine', pattern: Lexer.NA });
const kind = (name: string) => createToken({ name, pattern: Lexer.NA, categories: [AnyLine] });

/** A heading of one of the layout's sections, matched by its text (or, reworded, by its number). */
export const Heading = kind('Heading');
/** A stand-alone heading-like line the layout does not know: an extra section. */
export const UnknownHeading = kind('UnknownHeading');
/** `Label: value` with a label of the layout. */
export const Label = kind('Label');
/** A label that stands alone: a `nextLine` field's label, or a `block` field's heading. */
export const BareLabel = kind('BareLabel');
/** `Label: value` with a label the layout does not have. */
export const LabelText = kind('LabelText');
export const Text = kind('Text');
/** `Criterion 6 9`: text that can be a row of a score table. */
export const TableRow = kind('TableRow');
export const TableHeader = kind('TableHeader');
export const Title = kind('Title');
export const Banner = kind('Banner');
export const Furniture = kind('Furniture');
/** Page layouts: the status line and the summary bar of the top. */
export const Status = kind('Status');
export const SummaryBar = kind('SummaryBar');

export const lineTokenTypes: TokenType[] = [AnyLine, Heading, UnknownHeading, Label, BareLabel, LabelText, Text, TableRow, TableHeader, Title, Banner, Furniture, Status, SummaryBar];

export interface LinePayload {
  /** The line as read; for a split or rejoined line, the part this token stands for. */
  line: SourceLine;
  /** Heading: the sections whose heading this is (by text, else by number). */
  sections: CompiledSection[];
  /**
   * Heading matched by number and a shared word only, or without its number: a reworded heading;
   * `renamed` when it has words of its own besides (`7.1 Uusien yritysten lukumäärä` for
   * `Osallistuvien yritysten lukumäärä`), so that it may be another section altogether;
   * `numberForm` when its words are the heading's and its number the section's, written in another
   * form (`VII.1`, `3.1)`, `3 .`).
   */
  variant: false | 'reworded' | 'renamed' | 'numberForm';
  /** Label, BareLabel: every field of the layout with this label. */
  fields: CompiledField[];
  /** Lines the token owns besides its first (the rest of a label or heading broken over two lines). */
  extra: SourceLine[];
  /** For a token joined from lines: its first line as written (where the joined text is not text). */
  original: SourceLine | null;
  /**
   * How the classifier took the line apart or together, for an `info` on it; `printed`: furniture
   * a printed copy leaves between any two lines (its title repeated as a running header), or a run
   * of a web page's that no text writes (a share bar over several lines, a cookie notice with its buttons);
   * `subheading`: a bare `Label:` the layout does not have, read as the first line of the prose after
   * the fields (`TAVOITTEET:` opening a flattened copy's summary); `spaced`: a label written with a space where its colon was; `afterBreak`: a heading that lost
   * the line break before it, read off the end of the line above's text or an empty label's value;
   * `reply`: a line of an e-mail reply's own among the lines it quotes (furniture, kept in unmapped);
   * `senderNote`: a note its sender wrote below the copy (`HUOM: …`; furniture, kept in unmapped);
   * `appended`: another document appended below the description, from its title on (`Loppuraportti
   * S21693`; kept in unmapped); `printedOnce`: furniture by a weaker sign, a printed page's header
   * or footer the copy has once only, or a signature that may be the text's (said with a warning);
   * `cell`: a label alone without its colon, its value on the line below (a table copied cell by cell);
   * `address`: an address closing the copy below its last sentence (a print's footer or the text's
   * own contact details; kept in unmapped); `category`: a table's first category, its first row below
   * it, opening the table in a copy with neither its heading nor its column header (a flattened copy
   * whose header line is lost): the table's category, not its header; `rewordedHeader`: the short line
   * right above such a category naming a column of the header (`Välitön vaikutus Välillinen vaikutus`);
   * `mayBeText`: a line at the text's end read as a page's furniture, a footer's or a signature's, that may be
   * the text's own (kept in unmapped, said); `signed`: a signature closing the copy, its place and date and
   * the signers' names below it (kept in unmapped, said).
   */
  note: 'category' | 'rewordedHeader' | 'glued' | 'gluedWithoutColon' | 'rejoined' | 'printed' | 'subheading' | 'afterBreak' | 'reply' | 'senderNote' | 'appended' | 'thread' | 'threadGoesOn' | 'printedOnce' | 'related' | 'spaced' | 'semicolon' | 'cell' | 'listLabel' | 'address' | 'mayBeText' | 'pageInsert' | 'signatureInText' | 'signed' | null;
}

/** A line token is its own payload (one object per line, not two): `token.payload === token`. */
export interface LineToken extends IToken, LinePayload {
  payload: LinePayload;
}

/** Shared by the many tokens that have none: a token is made for every line of every text. */
const NONE: never[] = [];

export function lineToken(type: TokenType, line: SourceLine, payload?: Partial<LinePayload>): LineToken {
  // The common case, a line as it is: the line itself becomes the token.
  if (payload === undefined && line.tokenType === undefined) {
    const token = line as unknown as LineToken;
    token.image = line.text;
    token.startOffset = line.position.start.offset;
    token.tokenType = type;
    token.tokenTypeIdx = type.tokenTypeIdx!;
    token.line = line;
    token.sections = NONE;
    token.variant = false;
    token.fields = NONE;
    token.extra = NONE;
    token.note = null;
    token.original = null;
    token.payload = token;
    return token;
  }
  const token = {
    image: line.text,
    startOffset: line.position.start.offset,
    tokenType: type,
    tokenTypeIdx: type.tokenTypeIdx!,
    line,
    sections: payload?.sections ?? NONE,
    variant: payload?.variant ?? false,
    fields: payload?.fields ?? NONE,
    extra: payload?.extra ?? NONE,
    note: payload?.note ?? null,
    original: payload?.original ?? null,
    payload: null as unknown as LinePayload,
  };
  token.payload = token;
  return token;
}

/** Text-like tokens: what prose, items and continuation lines are made of. */
export function isTextLike(token: IToken): boolean {
  const type = token.tokenType;
  return type === Text || type === TableRow || type === LabelText;
}
