/**
 * Bytes → text. Detects the encoding (BOMs, UTF-8 — with a few bad bytes replaced — else Windows-1252 via iconv-lite), turns
 * CRLF and lone CR into LF (Unicode's line separators too, its paragraph separator into a blank
 * line), non-breaking and typographic spaces into spaces and the text into NFC. Positions in the
 * document tree are into the text this returns.
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type * as CsvParse from 'csv-parse/sync';
import type * as Entities from 'entities';
import type * as IconvLite from 'iconv-lite';
import { codePage850Lines, otherCodePageText, repairedCodePageText, utf8ReadAsCodePage850 } from './mojibake.js';
import type { Diagnostic } from './types.js';
import { lazyRegExp } from './lazy-regexp.js';

/**
 * iconv-lite, loaded from node_modules at the first text that is not UTF-8: its code page tables
 * were 40% of the bundle that every start-up compiles, and most runs never read such a text.
 */
let iconvLite: typeof IconvLite | undefined;
function iconv(): typeof IconvLite {
  iconvLite ??= createRequire(import.meta.url)('iconv-lite') as typeof IconvLite;
  return iconvLite;
}

/**
 * A legacy code page's text as Windows and browsers read it: Windows-1252's five undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the C1 controls of their numbers, not U+FFFD, so that a UTF-8
 * sign pasted into such a text (`”` is E2 80 9D) still reads back; Mac OS Roman's 0xDB as `€`, as
 * Mac OS has had it since 8.5 (iconv-lite's table has the older `¤`). (Audit AL of round 58.)
 */
function legacyDecode(buffer: Buffer, encoding: string): string {
  const text = iconv().decode(buffer, encoding);
  if (encoding === 'windows-1252') return text.indexOf('\ufffd') === -1 ? text : text.replace(/\ufffd/gu, (sign, at: number) => (WINDOWS_1252_UNDEFINED.has(buffer[at]) ? String.fromCharCode(buffer[at]) : sign));
  if (encoding === 'macintosh') return text.indexOf('\u00a4') === -1 ? text : text.replace(/\u00a4/gu, (sign, at: number) => (buffer[at] === 0xdb ? '\u20ac' : sign));
  return text;
}
const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * entities (the HTML character references), loaded at the first text that holds one: its tables
 * are large and almost no text needs them.
 */
let htmlEntities: typeof Entities | undefined;
function entities(): typeof Entities {
  htmlEntities ??= createRequire(import.meta.url)('entities') as typeof Entities;
  return htmlEntities;
}

/**
 * An HTML character reference: named (`&auml;`, `&nbsp;`, `&ndash;`) or numeric (`&#228;`,
 * `&#xE4;`), with its semicolon (`&copy` in a web address's query is none).
 */
const CHARACTER_REFERENCE = lazyRegExp(() => /&(amp;)?(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z][a-z0-9]{1,31});/giu);

/**
 * A text copied from a page's HTML source, or through a tool that escaped it: its character
 * references (`V&auml;lity&ouml;markkinat`) read as their characters, but not line breaks
 * (`&#10;`, which would move the lines) — else null when the text has none.
 */
function withoutCharacterReferences(text: string): { text: string; count: number; twice: number; firstTwice: { line: number; column: number } } | null {
  if (!text.includes('&')) return null;
  let count = 0;
  let twice = 0;
  let firstTwice = -1;
  const decoded = text.replace(CHARACTER_REFERENCE, (written: string, escapedAmpersand: string | undefined, at: number) => {
    // (A reference escaped once more, `&amp;auml;`, as a content system writes a page's source it
    // escaped already: the character it stands for. Audit WC F3 of round 78.)
    const reference = escapedAmpersand === undefined ? written : `&${written.slice(5)}`;
    const character = entities().decodeHTMLStrict(reference);
    if (character === reference || /[\n\r]/u.test(character)) {
      if (escapedAmpersand === undefined) return written;
      // (`Kone&amp;Tera;`: the ampersand's reference read, what follows it the text's.)
      count++;
      return reference;
    }
    count++;
    if (escapedAmpersand !== undefined) {
      twice++;
      if (firstTwice === -1) firstTwice = at;
    }
    return character;
  });
  const before = text.slice(0, Math.max(firstTwice, 0));
  return count === 0 ? null : { text: decoded, count, twice, firstTwice: { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') } };
}

/**
 * What a Markdown converter (pandoc, turndown, Python's html2text) writes besides bold and headings
 * (those the lexer reads): a backslash before punctuation it escapes (`2\\. Uusimman`, `\\(02\\) 620
 * 3000`) or at a line's end (a hard line break), a link as `[text](address)` (its text is what
 * the page showed: `[Tulosta](javascript:window.print())`, `[www.ksak.fi](http://www.ksak.fi)`; an
 * image `![…](…)` is left, as furniture), a definition list's `:   value` below its term (the
 * value below its label; an empty one, `:`, is nothing) and its dashes. Each replaced within its
 * line: lines stay. Null when there is none.
 */
const MARKDOWN_ESCAPE = lazyRegExp(() => /\\(?:([!-/:-@[-`{-~])|(?=\n|$))/gu);
const MARKDOWN_LINK = lazyRegExp(() => /(?<!!)\[([^\]\n]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/gu);
const DEFINITION_MARK = lazyRegExp(() => /(?<=[^\n]\n\n?):(?: {3}|\t)(?:(?=\S)|[ \t]*(?=\n|$))/gu);
/**
 * pandoc's Markdown writes an en dash as `--` and an em dash as `---` (a dash it means literally is
 * escaped, `\\-\\-`): in a text with its escapes or definition lists, such a dash between words or
 * figures is read as the dash (`2014--2020`, `BioSata -- Biotalouden`); a rule of dashes is not.
 */
const MARKDOWN_DASH = lazyRegExp(() => /(?<=\d)(?<!\\)--(?=\d)|(?<=[\p{L}\d)] )(?<!\\)-{2,3}(?=[ ]?[\p{L}\d(])|(?<=[\p{L}\d)])(?<!\\)-{2,3}(?= [\p{L}\d(])/gu);
const MARKDOWN_SIGNS = lazyRegExp(() => /\\[.()[\]*_#-]|\\\n|\n:(?: {3}|\t)\S/gu);
/**
 * pandoc's attributes at a heading's end (`## Tulokset {#tulokset}`, `{#id .title}`, `{.unnumbered}`):
 * the converter's, never the page's words. (Only a brace of identifiers, classes and key=value pairs
 * at a line's end.)
 */
const PANDOC_ATTRIBUTE = String.raw`(?:[#.][^\s{}]+|[\w-]+=(?:"[^"\n]*"|[^\s{}"]+))`;
// (Its first an identifier or a class, as pandoc writes them: a text's own braces, `{x=1}`, are left.)
const PANDOC_ATTRIBUTES = lazyRegExp(() => new RegExp(String.raw`[ \t]+\{[#.][^\s{}]+(?:[ \t]+${PANDOC_ATTRIBUTE})*\}(?=[ \t]*$)`, 'gmu'));
/** An ordered list's number with its dot escaped, at a line's start (`1\\. kartoittaa`, `12\\. Hankkeen`). */
const ESCAPED_LIST_NUMBER = lazyRegExp(() => /^([ \t]*\d{1,2})\\\.(?=[ \t])/gmu);
/** Fewer of a converter's escapes and definition marks than this are a text's own backslashes (`K:\\Hankkeet\\_2019`). */
const FEW_MARKDOWN_SIGNS = 3;

/** Whether a link's text is its address (`[www.ksak.fi](http://www.ksak.fi)`, `[a@b.fi](mailto:a@b.fi)`) or a script's button (`[Tulosta](javascript:…)`). */
function isLinkOwnText(linkText: string, address: string): boolean {
  if (/^javascript:/iu.test(address)) return true;
  const bare = linkText.trim().replace(/^(?:https?:\/\/|mailto:)/iu, '').replace(/\/$/u, '').toLowerCase();
  return bare.length > 0 && !/\s/u.test(bare) && address.toLowerCase().includes(bare);
}

function withoutMarkdownSyntax(text: string): string | null {
  let out = text;
  // (Escapes and dashes only in a text with several of a converter's escapes or definition lists.)
  const markdown = (out.includes('\\') || out.includes('\n:')) && (out.match(MARKDOWN_SIGNS)?.length ?? 0) >= FEW_MARKDOWN_SIGNS;
  // (With fewer, a list's number escaped at a line's start, `1\\. kartoittaa`, is a converter's all
  // the same: no path or text of its own writes that. Only those escapes are taken off then.)
  if (!markdown && out.includes('\\')) out = out.replace(ESCAPED_LIST_NUMBER, '$1.');
  if (markdown && out.includes('--')) out = out.replace(MARKDOWN_DASH, (dash) => (dash.length === 2 ? '–' : '—'));
  if (markdown && out.includes('\\')) out = out.replace(MARKDOWN_ESCAPE, (_escape, character: string | undefined) => character ?? '');
  // A link is read as its text only where the text is its address (or a script's button): a link
  // whose text is other words keeps both as written (`[Kuusamon kuntoutus](http://…)`, `[tavoite](ks. liite)`).
  if (out.includes('](')) out = out.replace(MARKDOWN_LINK, (link, linkText: string, address: string) => (isLinkOwnText(linkText, address) ? linkText : link));
  if (out.includes('\n:')) out = out.replace(DEFINITION_MARK, '');
  if (out.includes(' {') || out.includes('\t{')) out = out.replace(PANDOC_ATTRIBUTES, '');
  return out === text ? null : out;
}

/** A row of a table drawn with box lines: a line that starts and ends with a vertical bar. */
/**
 * HTML's tags that a page's source, a content editor or a mail's HTML part leaves inside a line
 * (`Polkuja eteenpäin<br>`, `Järvikylän kunta</p>`, `Lumme <b>Kaarina</b>`): formatting and line
 * breaks, never a value's, and Word's and Outlook's own (`<o:p></o:p>`). (`<nimi>`, a draft's
 * placeholder, is no tag of these; nor `<sup>`, whose footnote's figure would join the value's:
 * `310<sup>1</sup>`.)
 */
const HTML_TAG = lazyRegExp(
  () =>
    /<\/?(?:a|b|i|u|s|em|strong|span|font|small|big|mark|br|p|div|li|ul|ol|h[1-6]|td|tr|th|table|tbody|thead|tfoot|caption|nobr|wbr|abbr|acronym|cite|code|dfn|kbd|samp|var|tt|bdi|bdo|time|q|ins|label|dl|dt|dd|section|article|header|footer|nav|main|aside|figure|figcaption|center|address|blockquote|pre|hr|[ovw]:[a-z]{1,20})(?:\s[^<>\n]*)?\/?>/giu,
);
/** The tags that break a line or a block: a space where they stand between two words (`yksi<br>kaksi`). */
const HTML_BREAK_TAG = lazyRegExp(() => /^<\/?(?:br|p|div|li|ul|ol|h[1-6]|td|tr|th|table|tbody|thead|tfoot|caption|dl|dt|dd|section|article|header|footer|nav|main|aside|figure|figcaption|center|address|blockquote|pre|hr)\b/iu);
/**
 * HTML's other elements whose words may be no part of a value, so that a text is not read without their tags (a
 * footnote's `<sup>`, deleted words' `<del>`, a form's field): where one stands in a line of other text, the line is
 * said to keep it (audit WC F4 of round 78: `<nobr>040 860 8949</nobr>`, `<abbr …>ELY</abbr>`, `<dd>` were kept
 * unsaid). Not an image's or an embedded object's, which stand on a page's furniture lines (review RVA-1).
 */
const HTML_TAG_KEPT = lazyRegExp(
  () => /<\/?(?:sup|sub|del|strike|input|button|select|option|textarea|form|script|style|noscript|template|details|summary|ruby|rt|rp|meter|progress|output|fieldset|legend|optgroup)(?:\s[^<>\n]*)?\/?>/iu,
);

/** Lines of a text of HTML's tags that keep one of `HTML_TAG_KEPT` beside other text, at most `limit`. */
function linesKeepingTags(text: string, limit: number): { line: number; column: number; tag: string }[] {
  const kept: { line: number; column: number; tag: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && kept.length < limit; i++) {
    const line = lines[i];
    if (!line.includes('<')) continue;
    const tag = HTML_TAG_KEPT.exec(line);
    if (tag === null || line.replace(/<[^<>\n]*>/gu, '').trim() === '') continue;
    kept.push({ line: i + 1, column: tag.index + 1, tag: tag[0].length > 40 ? `${tag[0].slice(0, 39)}…` : tag[0] });
  }
  return kept;
}

/**
 * The text without the HTML tags inside its lines; null when it has none. A line of tags alone
 * (`<div class="bar">`) is kept as it stands: the reader takes it for page furniture, where it is.
 */
function withoutHtmlTags(text: string): { text: string; count: number } | null {
  if (!text.includes('<')) return null;
  HTML_TAG.lastIndex = 0;
  if (!HTML_TAG.test(text)) return null;
  let count = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes('<')) continue;
    const bare = line.replace(HTML_TAG, '');
    if (bare === line || bare.trim() === '') continue;
    lines[i] = line.replace(HTML_TAG, (tag: string, at: number) => {
      count++;
      return HTML_BREAK_TAG.test(tag) && at > 0 && !/\s/u.test(line[at - 1]) ? ' ' : '';
    });
  }
  return count === 0 ? null : { text: lines.join('\n'), count };
}

/** Lines said to keep an HTML tag, at most: past them, the text is a page's source left as it was. */
const MOST_TAG_LINES_SAID = 20;

const BOX_ROW = lazyRegExp(() => /^[ \t]*[\u2502\u2503].*[\u2502\u2503][ \t]*$/gmu);
/** Fewer such rows than this are a text's own drawing. */
const FEW_BOX_ROWS = 3;

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

export interface Decoded {
  text: string;
  encoding: string;
  lineEnding: LineEnding;
  diagnostics: Diagnostic[];
  /**
   * Where the text's lines stand in the file, when reading made lines of its own (Word's manual line
   * break, U+000B, read as a line break); absent when the text's lines are the file's.
   */
  fileLines?: FileLines;
  /**
   * The last line of a text quoted in an e-mail reply (1-based): the lines after it, unquoted, are
   * the reply's own (`Kiitos, katson tämän.`), no part of the description.
   */
  quoteEndLine?: number;
  /**
   * Lines written without the quote mark among the quoted lines of an e-mail reply (1-based), that
   * no mail program's wrap of the quoted line above explains: the replier's comments between them.
   */
  replyLines?: number[];
}

/** The file's lines of a text whose lines `outer` places in a text whose lines `inner` places in the file. */
function composedFileLines(outer: FileLines, inner: FileLines): FileLines {
  const line = new Int32Array(outer.line.length);
  const shift = new Int32Array(outer.shift.length);
  for (let row = 1; row < outer.line.length; row++) {
    const middle = Math.min(outer.line[row], inner.line.length - 1);
    line[row] = inner.line[middle];
    shift[row] = outer.shift[row] + inner.shift[middle];
  }
  return { line, shift };
}

/** By the text's line (1-based): the file's line it is part of, and the file column its first character has, less one. */
export interface FileLines {
  line: Int32Array;
  shift: Int32Array;
  /** Whether the text's lines are the file's, one for one (only letters were composed). */
  identity?: true;
  /**
   * By the text's line, where composing its letters (NFC: `a` and a combining diaeresis, as macOS
   * saves `ä`, one character) moved its columns: the column before composing of each column after
   * it (1-based, up to the line's end column), and the line as written.
   */
  composed?: ComposedLines;
}

/** The text as written before composing, and its lines' column maps, each made when first asked for ({@link composedLineAt}). */
export interface ComposedLines {
  source: string;
  starts: Int32Array | null;
  lines: Map<number, ComposedLine | null>;
  /** Whether the source still has the invisible characters reading removed (columns map past them too). */
  invisible?: true;
}
export interface ComposedLine {
  columns: Int32Array;
  written: string;
}

/**
 * A form feed after a line's text (`…Valtakunnallinen osio\fSivu 2/4`): a page's break that a PDF
 * converter wrote without a line break before it. The form feed starts the next page's first line,
 * as it does where a line break precedes it.
 */
const MID_LINE_FEED = lazyRegExp(() => /\S[ \t]*\f/);

/** Whether a character ends a line of the text as {@link fileLinesOf} reads it. */
const endsTextLine = (code: number) => code === 10 || code === 11 || code === 0x2028 || code === 0x85 || code === 0x2029;

/** The text with a line break before each form feed that follows a line's text ({@link MID_LINE_FEED}). */
function breakBeforeMidLineFeeds(text: string): { text: string; count: number } {
  let out = '';
  let from = 0;
  let count = 0;
  let written = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (endsTextLine(code)) written = false;
    else if (code === 12) {
      if (written) {
        out += `${text.slice(from, i)}\n`;
        from = i;
        count++;
        written = false;
      }
    } else if (code !== 32 && code !== 9) written = true;
  }
  return { text: out + text.slice(from), count };
}

/**
 * The file's lines of a text whose manual line breaks (U+000B) and separators are about to be read
 * as line breaks, and whose form feeds after a line's text are about to get one before them.
 */
function fileLinesOf(text: string): FileLines {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 11 || code === 0x2028 || code === 0x85 || code === 12) count++;
    else if (code === 0x2029) count += 2;
  }
  const line = new Int32Array(count + 1);
  const shift = new Int32Array(count + 1);
  let row = 1;
  let fileLine = 1;
  let lineStart = 0;
  // Whether the text's line so far has a character other than a space or a tab.
  let written = false;
  line[1] = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (endsTextLine(code)) written = false;
    else if (code !== 32 && code !== 9 && code !== 12) written = true;
    if (code === 10) {
      fileLine++;
      lineStart = i + 1;
      line[++row] = fileLine;
    } else if (code === 12) {
      if (written) {
        line[++row] = fileLine;
        shift[row] = i - lineStart;
        written = false;
      }
    } else if (code === 11 || code === 0x2028 || code === 0x85) {
      line[++row] = fileLine;
      shift[row] = i + 1 - lineStart;
    } else if (code === 0x2029) {
      // (Read as a blank line: two lines of the text on this one of the file.)
      line[++row] = fileLine;
      shift[row] = i + 1 - lineStart;
      line[++row] = fileLine;
      shift[row] = i + 1 - lineStart;
    }
  }
  return { line, shift };
}

export interface DecodeFailure {
  failure: Diagnostic;
  encoding: string | null;
}

/**
 * Validity is checked first (`isUtf8`, a vectorised scan), then the bytes are converted without
 * checks: together half the time of a fatal TextDecoder, which was a tenth of the whole run.
 */
function utf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

function detectLineEnding(text: string): LineEnding {
  if (!text.includes('\r')) return text.includes('\n') ? 'lf' : 'none';
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
}

/** Share of control characters (other than tab, LF, CR, FF) that marks text as binary. */
const BINARY_CONTROL_SHARE = 0.02;

/** C0 control characters other than tab, LF, FF and CR: binary content. */
const CONTROL = lazyRegExp(() => /[\u0000-\u0008\u000b\u000e-\u001f]/);
/** The text inside a spreadsheet cell's quotes ({@link decode}), its doubled quotes single; null when it is no such cell. */
function wholeCellText(text: string): string | null {
  const first = text.length - text.trimStart().length;
  const last = text.trimEnd().length - 1;
  if (text.charCodeAt(first) !== 34 || text.charCodeAt(last) !== 34 || last - first < 2) return null;
  const inner = text.slice(first + 1, last);
  // (Each quote inside one of a doubled pair.)
  if (!inner.includes('\n') || inner.replace(/""/gu, '').includes('"')) return null;
  // (What stands around the quotes, blank lines, stays: the lines keep their numbers.)
  return `${text.slice(0, first)}${inner.replace(/""/gu, '"')}${text.slice(last + 1)}`;
}

/** The file's lines of a text whose lines are the file's. */
/**
 * By the line of a text whose CR CR LF ends are about to be read as one line break each (with
 * CRLF and lone CR ends as one), the line an editor shows it on, counting each CR as a break of its own
 * except the one before LF; and how many such ends there are.
 */
function lineAfterDoubleEnds(text: string): { line: Int32Array; count: number } {
  const lines: number[] = [0, 1];
  let fileLine = 1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      fileLine++;
      lines.push(fileLine);
    } else if (code === 13) {
      let end = i;
      while (text.charCodeAt(end + 1) === 13) end++;
      if (text.charCodeAt(end + 1) === 10) {
        // A run of CRs and its LF: one line break of the text, one an editor shows for each CR.
        if (end > i) count++;
        fileLine += end - i + 1;
        lines.push(fileLine);
        i = end + 1;
      } else {
        // Lone CRs: one break each, for the text and the editor alike.
        for (let k = i; k <= end; k++) lines.push(++fileLine);
        i = end;
      }
    }
  }
  return { line: Int32Array.from(lines), count };
}

/** Stands for the end of the removed invisible characters' message until it is known where columns point. */
const INVISIBLE_POSITIONS = '\u0000columns';

/** Whether two texts have as many lines, each of the same length. */
function sameLineLengths(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a.charCodeAt(i) === 10) !== (b.charCodeAt(i) === 10)) return false;
  return true;
}

function identityLines(text: string): FileLines {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const line = new Int32Array(count + 1);
  for (let i = 1; i <= count; i++) line[i] = i;
  return { line, shift: new Int32Array(count + 1), identity: true };
}

/** A combining mark (one UTF-16 unit: those NFC composes with a letter before them). */
const COMBINING_MARK = lazyRegExp(() => /^\p{M}$/u);

/**
 * The column map of a line NFC changed ({@link FileLines}), made when a position on it is first moved
 * to the file (a text of many decomposed lines has few diagnostics); null for a line NFC left as it is.
 */
export function composedLineAt(composed: ComposedLines, line: number): ComposedLine | null {
  const known = composed.lines.get(line);
  if (known !== undefined) return known;
  const starts = (composed.starts ??= lineStartsOf(composed.source));
  if (line < 1 || line >= starts.length) return null;
  const written = composed.source.slice(starts[line - 1], starts[line] - 1);
  const read = composed.invisible === true ? visibleColumns(written) : composedColumns(written);
  composed.lines.set(line, read);
  return read;
}

/**
 * A line's columns after its invisible characters were removed ({@link INVISIBLE}) and its letters
 * composed, mapped to those of the line as written; null when neither changed it. (A soft hyphen
 * at the line's end, read as a hyphen where a word goes on below, is taken as kept: it is the
 * line's last character either way.)
 */
function visibleColumns(written: string): ComposedLine | null {
  const kept: number[] = [];
  const removed = new Uint8Array(written.length);
  let trailing = written.length;
  while (trailing > 0 && (written.charCodeAt(trailing - 1) === 32 || written.charCodeAt(trailing - 1) === 9)) trailing--;
  for (const match of written.matchAll(INVISIBLE)) if (!(match[0] === '\u00ad' && match.index + 1 === trailing)) removed.fill(1, match.index, match.index + match[0].length);
  let visible = '';
  for (let i = 0; i < written.length; i++) {
    if (removed[i] === 1) continue;
    kept.push(i + 1);
    visible += written[i];
  }
  const composed = composedColumns(visible);
  if (composed === null && kept.length === written.length) return null;
  // (Columns of the visible line, composed or not, each to the column of the same character as written.)
  const through = composed?.columns ?? Int32Array.from({ length: visible.length + 2 }, (_, column) => column);
  const columns = new Int32Array(through.length);
  for (let column = 1; column < through.length; column++) columns[column] = through[column] <= kept.length ? kept[through[column] - 1] : written.length + 1;
  return { columns, written };
}

/** The offset each line starts at, and one past the text's end (a line break after it), by line (0-based). */
function lineStartsOf(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  starts[count] = text.length + 1;
  return starts;
}

/** A line's columns after composing mapped to those before, or null when NFC leaves it as it is. */
function composedColumns(written: string): ComposedLine | null {
  if (!MAY_NEED_NFC.test(written)) return null;
  const composed = written.normalize('NFC');
  if (composed === written) return null;
  const columns = new Int32Array(composed.length + 2);
  let to = 1;
  let from = 1;
  for (let i = 0; i < written.length; ) {
    // A character with the combining marks after it: NFC composes within one such run.
    const code = written.charCodeAt(i);
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < written.length ? 2 : 1);
    while (j < written.length && written.charCodeAt(j) >= 0x300 && COMBINING_MARK.test(written[j])) j++;
    // (A letter without marks below U+0300 is itself composed: most of a line.)
    const length = j - i === 1 && code < 0x300 ? 1 : written.slice(i, j).normalize('NFC').length;
    for (let k = 0; k < length; k++) columns[to + k] = from + Math.min(k, j - i - 1);
    to += length;
    from += j - i;
    i = j;
  }
  // (Composing across runs, as Hangul's jamo do, leaves the line's columns as composed.)
  if (to - 1 !== composed.length) return null;
  columns[to] = from;
  return { columns, written };
}

/** Where DOS's end-of-file marks start, one or more with nothing but white space after them at the text's end; -1 when there is none. */
function endOfFileMark(text: string): number {
  let mark = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x1a) mark = i;
    else if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break;
  }
  return mark;
}
/**
 * The spaces that read as a plain space: no-break, narrow no-break, and the typographic spaces of
 * U+2000–U+200A (thin, hair, figure, em, …) and U+205F that a word processor or a web page writes
 * between digits and words (`040 860 8949` with thin spaces is the same number).
 */
const SPACE_LIKE = lazyRegExp(() => /[\u00a0\u2000-\u200a\u202f\u205f]/);
/**
 * The hyphens that read as `-`: U+2010 and the non-breaking U+2011, which a word processor or a
 * PDF's text layer writes (`Etelä‑Savo`, `0832600‑5`): a name or a code with one is the same.
 */
const TYPOGRAPHIC_HYPHEN = lazyRegExp(() => /[\u2010\u2011]/);
const TYPOGRAPHIC_HYPHENS = lazyRegExp(() => /[\u2010\u2011]/g);
const SPACE_LIKE_ALL = lazyRegExp(() => /[\u00a0\u2000-\u200a\u202f\u205f]/g);
const NO_BREAK_SPACE_UTF8 = Buffer.from('\u00a0', 'utf8');
const MEDIUM_SPACE_UTF8 = Buffer.from('\u205f', 'utf8');
const NEXT_LINE_UTF8 = Buffer.from('\u0085', 'utf8');
/** The first two bytes of U+2000–U+203F in UTF-8: the typographic spaces and the line separators among them. */
const GENERAL_PUNCTUATION_UTF8 = Buffer.from([0xe2, 0x80]);
/**
 * Unicode's own line breaks, which Word (a manual line break copied on a Mac), InDesign and
 * JavaScript strings put in a text: read as a line break, a paragraph separator as a blank line.
 */
const SEPARATORS = lazyRegExp(() => /[\u0085\u2028\u2029]/);

/**
 * What of U+2000–U+203F UTF-8 bytes hold, in one search for its lead bytes: the typographic spaces
 * (`spaces`), Unicode's line separators, the direction marks and embeddings (`marks`, invisible), and
 * `„` (a DOS text's `ä` read as Windows-1252, `lowQuote`).
 */
function generalPunctuationUtf8(buffer: Buffer): { spaces: boolean; separators: boolean; marks: boolean; lowQuote: boolean; hyphens: boolean } {
  let spaces = includesSequence(buffer, NO_BREAK_SPACE_UTF8) || includesSequence(buffer, MEDIUM_SPACE_UTF8);
  let separators = includesSequence(buffer, NEXT_LINE_UTF8);
  let marks = false;
  let lowQuote = false;
  let hyphens = false;
  for (let at = buffer.indexOf(GENERAL_PUNCTUATION_UTF8); at !== -1 && !(spaces && separators && marks && lowQuote && hyphens); at = buffer.indexOf(GENERAL_PUNCTUATION_UTF8, at + 2)) {
    const third = buffer[at + 2];
    if ((third >= 0x80 && third <= 0x8a) || third === 0xaf) spaces = true;
    else if (third === 0xa8 || third === 0xa9) separators = true;
    else if ((third >= 0x8e && third <= 0x8f) || (third >= 0xaa && third <= 0xae)) marks = true;
    else if (third === 0x9e) lowQuote = true;
    else if (third === 0x90 || third === 0x91) hyphens = true;
  }
  return { spaces, separators, marks, lowQuote, hyphens };
}

/** The first two bytes of U+2040–U+207F in UTF-8, among them the word joiner and the direction isolates. */
const WORD_JOINER_LEAD_UTF8 = Buffer.from([0xe2, 0x81]);

/** Whether UTF-8 bytes hold the word joiner (U+2060) or a direction isolate (U+2066–U+2069). */
function hasJoinerOrIsolate(buffer: Buffer): boolean {
  for (let at = buffer.indexOf(WORD_JOINER_LEAD_UTF8); at !== -1; at = buffer.indexOf(WORD_JOINER_LEAD_UTF8, at + 2)) {
    const third = buffer[at + 2];
    if (third === 0xa0 || (third >= 0xa6 && third <= 0xa9)) return true;
  }
  return false;
}

const isControlByte = new Uint8Array(256);
for (let code = 0; code < 32; code++) isControlByte[code] = code === 9 || code === 10 || code === 12 || code === 13 ? 0 : 1;

/**
 * Whether UTF-8 bytes hold a control character. Four bytes at a time: `(w - 0x20202020) & ~w &
 * 0x80808080` is non-zero only for a word with a byte below 0x20; line breaks trip it too, so
 * such a word's bytes are then looked at one by one. A regular expression over the decoded text
 * took three times as long, and the texts are scanned whole since almost none has one.
 */
function hasControlBytes(bytes: Uint8Array): boolean {
  const aligned = Math.min(bytes.length, (4 - (bytes.byteOffset & 3)) & 3);
  for (let i = 0; i < aligned; i++) if (isControlByte[bytes[i]]) return true;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + aligned, (bytes.length - aligned) >>> 2);
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (((word - 0x20202020) & ~word & 0x80808080) !== 0) {
      const i = aligned + w * 4;
      if (isControlByte[bytes[i]] | isControlByte[bytes[i + 1]] | isControlByte[bytes[i + 2]] | isControlByte[bytes[i + 3]]) return true;
    }
  }
  for (let i = aligned + words.length * 4; i < bytes.length; i++) if (isControlByte[bytes[i]]) return true;
  return false;
}

interface Unusual {
  controls: boolean;
  spaces: boolean;
  /** Unicode's line and paragraph separators or NEL (U+2028, U+2029, U+0085). */
  separators: boolean;
  /**
   * What a converter's copy may hold, each looked for only when present: `&` (character
   * references), a backslash or `]` (Markdown's escapes and links; its definition lists are looked
   * for in a text with these), `¨` (OCR's diaeresis), `│` (a table drawn with box lines), `"` (a
   * spreadsheet's quoted cells).
   */
  markup: boolean;
  invisible: boolean;
  ligatures: boolean;
  /** Signs of a wrong code page in the text as decoded: `Ã`, `Â` or `â` (UTF-8 read as Windows-1252), a C1 control, U+FFFD. */
  garbled: boolean;
  /** U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN. */
  hyphens: boolean;
}

/**
 * The ligatures a PDF's text layer gives for `ff`, `fi`, `fl`, `ffi`, `ffl`, `ſt`, `st`
 * (`Speciﬁc objective`, `www.ksak.ﬁ`): no label, address or name is written with them. They are
 * replaced by their letters.
 */
const LIGATURES = lazyRegExp(() => /[\ufb00-\ufb06]/g);
const LIGATURE_LETTERS = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
/** The first two bytes of every ligature's UTF-8 (U+FB00–U+FB06 are EF AC 80–86). */
const LIGATURE_UTF8_LEAD = Buffer.from([0xef, 0xac]);

/**
 * Characters a web page or word processor leaves in a copied text that show as nothing: the soft
 * hyphen, zero-width spaces and joiners, the word joiner, a byte order mark inside the text, and the
 * marks and isolates of writing direction (Outlook and Windows put `\u200e` around dates). In a
 * value they break it unseen (`Savon­linna` is no municipality, `1­20` no count): they are removed.
 * (Not a zero-width joiner between two emoji, which makes them one, `👩‍💻`: audit AL of round 58.)
 */
const INVISIBLE = lazyRegExp(() => /[\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|\u200d(?!\p{Extended_Pictographic})|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\ufe0f?)\u200d/gu);
/**
 * A soft (optional) hyphen at a line's end is where a word was hyphenated (a PDF's or a word
 * processor's `Järvi\u00ad` / `kylän`, the next line going on in lower case): read as the hyphen it
 * shows there, so that the line is joined as a hyphenated one (`Järvikylän`), not as two words.
 */
const SOFT_HYPHEN_AT_LINE_END = lazyRegExp(() => /[\u00ad\u001f](?=[ \t]*\r?\n[ \t]*\p{Ll})/gu);
/** (The rest of them, U+200E–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, are looked for with the punctuation's lead bytes.) */
const INVISIBLE_UTF8 = ['\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff'].map((c) => Buffer.from(c, 'utf8'));

/**
 * Whether `buffer` holds `sequence`, found by its last byte (a byte search, several times faster
 * than a search for the sequence): the last bytes of these sequences are rare in Finnish UTF-8.
 */
function includesSequence(buffer: Buffer, sequence: Buffer, from = 0): boolean {
  const last = sequence[sequence.length - 1];
  for (let at = buffer.indexOf(last, from + sequence.length - 1); at !== -1; at = buffer.indexOf(last, at + 1)) {
    let i = 1;
    while (i < sequence.length && buffer[at - i] === sequence[sequence.length - 1 - i]) i++;
    if (i === sequence.length) return true;
  }
  return false;
}

/** Which unusual characters the text has, looked for in its UTF-8 bytes where it has them (faster). */
function findUnusual(bytes: Uint8Array, encoding: string, text: string): Unusual {
  if (encoding !== 'utf-8' && encoding !== 'utf-8-bom') return { controls: CONTROL.test(text), spaces: SPACE_LIKE.test(text), separators: SEPARATORS.test(text), invisible: INVISIBLE.test(text), ligatures: text.search(LIGATURES) !== -1, markup: MARKUP.test(text), garbled: true, hyphens: TYPOGRAPHIC_HYPHEN.test(text) };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { spaces, separators, marks, lowQuote, hyphens } = generalPunctuationUtf8(buffer);
  return {
    controls: hasControlBytes(bytes),
    spaces,
    separators,
    // (Byte searches: far faster than a search of the decoded text, which is two bytes a character.)
    // (One byte of each, searched as such: `&`, `\\`, `]`, `"`, and the last-but-one byte of `¨`
    // and `│`; a byte that stands for something else, `—` has 0x94 too, costs only a closer look.)
    markup: MARKUP_BYTES.some((byte) => buffer.indexOf(byte) !== -1),
    invisible: marks || INVISIBLE_UTF8.some((c) => includesSequence(buffer, c, encoding === 'utf-8-bom' ? 3 : 0)) || hasJoinerOrIsolate(buffer),
    ligatures: buffer.indexOf(LIGATURE_UTF8_LEAD) !== -1,
    garbled: lowQuote || hasGarbledBytes(buffer),
    hyphens,
  };
}

/** `Ã`, `Â`, `â` and U+FFFD in UTF-8; `Š`, `š`, a Mac's ä and ö read as Windows-1252. (`„` is looked for with the punctuation.) */
// (`├`: UTF-8's lead byte of `ä` and `ö` as the DOS code page 850 shows it, `├ñ`, round 80.)
const GARBLED_UTF8 = ['\u00c3', '\u00c2', '\u00e2', '\ufffd', '\u0160', '\u0161', '\u251c'].map((c) => Buffer.from(c, 'utf8'));

/**
 * Whether UTF-8 bytes hold a sign of a wrong code page: one of `GARBLED_UTF8`, or a C1 control (C2
 * 80–C2 9F). (Found by their last bytes, rare in Finnish: their first, C3, is every ä's.)
 */
function hasGarbledBytes(buffer: Buffer): boolean {
  for (let at = buffer.indexOf(0xc2); at !== -1; at = buffer.indexOf(0xc2, at + 1)) if (buffer[at + 1] >= 0x80 && buffer[at + 1] <= 0x9f) return true;
  return GARBLED_UTF8.some((sequence) => includesSequence(buffer, sequence));
}

const MARKUP = lazyRegExp(() => /[&\\\]"\u00a8\u2502{]/u);
const MARKUP_BYTES = [0x26, 0x5c, 0x5d, 0x22, 0xa8, 0x94, 0x7b];

/** Characters from the combining diacritics (U+0300) up: only these can change under NFC. */
const MAY_NEED_NFC = lazyRegExp(() => /[\u0300-\uffff]/);

/**
 * Characters drawn as a colon that are none: the full-width colon of an East Asian input method
 * (U+FF1A), the modifier letter colon a keyboard layout or a word processor's autocorrect gives
 * (U+A789), the ratio sign (U+2236), the small and vertical presentation forms (U+FE55, U+FE13), the
 * raised and triangular modifier colons (U+02F8, U+02D0). A label written with one (`Seutukunnat：`)
 * is still a label: each is read as the colon it shows, one character for one (columns stay).
 */
const LOOK_ALIKE_COLON = lazyRegExp(() => /[\u02d0\u02f8\u2236\ua789\ufe13\ufe55\uff1a]/gu);
/**
 * Characters from the first look-alike colon (U+02D0) up: only a text with one may hold a look-alike.
 * (Without the `u` flag, which makes V8 scan a two-byte text several times slower; a surrogate half
 * matches too, which only lets a text with an astral character be looked at more closely.)
 */
const MAY_HOLD_LOOK_ALIKE = lazyRegExp(() => /[\u02d0-\uffff]/);
/** Any of the look-alike colons, or a Cyrillic or Greek letter: one scan, as most texts with such characters (a dash, a quote) have none. */
const LOOK_ALIKE = lazyRegExp(() => /[\u02d0\u02f8\u0370-\u03ff\u0400-\u052f\u2236\ua789\ufe13\ufe55\uff1a]/u);
/** Cyrillic and Greek letters: looked at only in a text that has one. */
const CYRILLIC_OR_GREEK = lazyRegExp(() => /[\u0370-\u03ff\u0400-\u052f]/u);
/**
 * The Cyrillic and Greek letters drawn as a Latin one (a spoof, or a copy through a transliterating
 * keyboard or OCR): `еmma` with a Cyrillic `е`. Inside a Latin word or an address they are read as the
 * letter they look like; a word of such letters alone is another language's and stays.
 */
const LATIN_LOOK_ALIKE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ӓ: 'ä', ӧ: 'ö',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Ӓ: 'Ä', Ӧ: 'Ö',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
};
const LATIN_LOOK_ALIKES = lazyRegExp(() => new RegExp(`[${Object.keys(LATIN_LOOK_ALIKE).join('')}]`, 'gu'));
/** A run of letters and figures: a word, a code (`А31482`), a part of an address (`еmma` of `еmma.esimerkki@…`). */
const WORD = lazyRegExp(() => /[\p{L}\p{N}]+/gu);
const LATIN_LETTER = lazyRegExp(() => /[A-Za-z\u00c0-\u024f]/u);
/** A Cyrillic or Greek letter drawn as no Latin one (`п`, `и`, `λ`): a word with one is that language's. */
const OTHER_SCRIPT_LETTER = lazyRegExp(() => new RegExp(`(?![${Object.keys(LATIN_LOOK_ALIKE).join('')}])[\\u0370-\\u03ff\\u0400-\\u052f]`, 'u'));

/**
 * Whether a word's Cyrillic or Greek letters are look-alikes of Latin ones written for them: beside
 * Latin letters (`еmma`), or all of them look-alikes beside figures (a code, `А31482`). A word of
 * that language (`Москва`, `пример`, `Москва2020`) is not.
 */
function writtenForLatin(word: string): boolean {
  if (OTHER_SCRIPT_LETTER.test(word)) return false;
  return LATIN_LETTER.test(word) || /\d/u.test(word);
}
/** The most lines a look-alike letter is said on one by one; more are counted in one diagnostic. */
const FEW_LOOK_ALIKE_LINES = 5;

/**
 * A text with look-alike colons or look-alike letters in Latin words, read as the characters they
 * look like (one for one: positions stay), said: a colon in one note, each line with letters in a
 * warning, as the value there is not as written (an e-mail address with a Cyrillic `е` is another
 * address). Null when the text has none.
 */
function withoutLookAlikes(text: string): { text: string; diagnostics: Diagnostic[] } | null {
  const diagnostics: Diagnostic[] = [];
  let colons = 0;
  text = text.replace(LOOK_ALIKE_COLON, () => {
    colons++;
    return ':';
  });
  if (colons > 0) diagnostics.push({ severity: 'info', rule: 'look-alike-characters', message: `${colons} character${colons === 1 ? '' : 's'} drawn as a colon (full-width, a modifier letter's, a ratio sign) read as ${colons === 1 ? 'a colon' : 'colons'}; columns stay` });
  if (CYRILLIC_OR_GREEK.test(text)) {
    const lines = text.split('\n');
    let changedLines = 0;
    let moreAt: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> | null = null;
    for (let i = 0; i < lines.length; i++) {
      if (!CYRILLIC_OR_GREEK.test(lines[i])) continue;
      let first: { column: number; written: string; read: string } | null = null;
      const read = lines[i].replace(WORD, (word, at: number) => {
        if (!CYRILLIC_OR_GREEK.test(word) || !writtenForLatin(word)) return word;
        const latin = word.replace(LATIN_LOOK_ALIKES, (letter) => LATIN_LOOK_ALIKE[letter]);
        if (latin !== word) first ??= { column: at + 1, written: word, read: latin };
        return latin;
      });
      if (first === null) continue;
      lines[i] = read;
      changedLines++;
      const { column, written, read: latin } = first as { column: number; written: string; read: string };
      // (Past the first few lines, one warning at the next says how many more there are.)
      if (changedLines <= FEW_LOOK_ALIKE_LINES) diagnostics.push({ severity: 'warning', rule: 'look-alike-characters', message: `"${written}" mixes Latin letters or figures with Cyrillic or Greek letters drawn as Latin ones; read as "${latin}": check the value against its source, as written it is another word or address`, line: i + 1, column, endLine: i + 1, endColumn: column + written.length });
      else if (changedLines === FEW_LOOK_ALIKE_LINES + 1) moreAt = { line: i + 1, column, endLine: i + 1, endColumn: column + written.length };
    }
    if (changedLines > 0) text = lines.join('\n');
    if (moreAt !== null) diagnostics.push({ severity: 'warning', rule: 'look-alike-characters', message: `This and ${changedLines - FEW_LOOK_ALIKE_LINES - 1} more line${changedLines - FEW_LOOK_ALIKE_LINES - 1 === 1 ? '' : 's'} after it have Cyrillic or Greek letters drawn as Latin ones inside Latin words, read as the Latin letters: check the values against their source`, ...moreAt });
  }
  return diagnostics.length === 0 ? null : { text, diagnostics };
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // (Not Word's own, which the text is read with: a table cell's end, a manual line break, a
    // non-breaking and an optional hyphen. An excerpt of a few fields in Word's cells has more than
    // the share of them: audit WC F11 of round 78.)
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 7 && code !== 11 && code !== 30 && code !== 31) control++;
  }
  return control > text.length * BINARY_CONTROL_SHARE;
}

/** Where one invalid UTF-8 sequence is in the decoded text (1-based; columns in UTF-16 units). */
interface BadSequence {
  line: number;
  column: number;
  /** Its bytes: from `offset`, `length` of them. */
  offset: number;
  length: number;
}

interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (the non-ASCII characters). */
  multiByte: number;
  bad: BadSequence[];
}

/**
 * Walks bytes that `isUtf8` refused as the WHATWG UTF-8 decoder does (TextDecoder's replacement:
 * one U+FFFD per maximal invalid subpart), counting the well-formed multi-byte sequences and
 * locating each invalid one in the text that decoder gives. Lines end at LF, CRLF or a lone CR,
 * as they do after decode() normalises them.
 */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const bad: BadSequence[] = [];
  let multiByte = 0;
  let line = 1;
  let column = 1;
  let afterCr = false;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte < 0x80) {
        if (byte === 0x0a) {
          if (!afterCr) line++;
          column = 1;
        } else if (byte === 0x0d) {
          line++;
          column = 1;
        } else column++;
        afterCr = byte === 0x0d;
        continue;
      }
      afterCr = false;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else {
        bad.push({ line, column, offset: i, length: 1 });
        column++;
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one replacement; this byte starts afresh.
      bad.push({ line, column, offset: i - seen - 1, length: seen + 1 });
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      column++;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      multiByte++;
      column += needed === 3 ? 2 : 1;
      needed = seen = 0;
    }
  }
  if (needed !== 0) bad.push({ line, column, offset: bytes.length - seen - 1, length: seen + 1 });
  return { multiByte, bad };
}

/**
 * Text that is UTF-8 but for a few bytes stays UTF-8 (each bad byte a U+FFFD and a located
 * warning); Windows-1252 is for a text that as a whole is not UTF-8. The line between them: UTF-8
 * when its well-formed multi-byte sequences outnumber the invalid ones. A Windows-1252 Finnish text
 * has every ä and ö invalid and almost never a well-formed pair; a UTF-8 text with a stray byte
 * has hundreds of well-formed ä and ö for each bad one. A text with no non-ASCII letters at all
 * and a bad byte is read as Windows-1252 (the byte is most likely a legacy ä).
 */
function mostlyUtf8(bytes: Uint8Array, encoding: string): { text: string; encoding: string; diagnostics: Diagnostic[] } | null {
  const scan = scanUtf8(bytes);
  if (scan.multiByte <= scan.bad.length && encoding !== 'utf-8-bom') return null;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let copied = 0;
  const diagnostics: Diagnostic[] = [];
  const legacyPart = hasLegacyLetters(bytes, scan.bad);
  for (const sequence of scan.bad) {
    const letter = legacyPart ? legacyLetterAt(bytes, sequence) : null;
    text += decoder.decode(bytes.subarray(copied, sequence.offset)) + (letter ?? '\uFFFD');
    copied = sequence.offset + sequence.length;
    diagnostics.push({
      severity: 'warning',
      rule: 'encoding',
      message: letter === null ? 'A byte sequence that is not UTF-8 in a UTF-8 text; replaced by U+FFFD' : `A byte that is not UTF-8 in a UTF-8 text, read as Windows-1252's "${letter}" (a part saved in another encoding)`,
      line: sequence.line,
      column: sequence.column,
      endLine: sequence.line,
      endColumn: sequence.column + 1,
    });
  }
  text += decoder.decode(bytes.subarray(copied));
  return { text, encoding, diagnostics };
}

/**
 * Windows-1252's letter for a lone bad byte next to a letter (`H\xe4meen`, `\xc4\xe4nekoski`): lines
 * saved in Windows-1252 inside a UTF-8 text, as a section pasted from an old document leaves them,
 * had every ä and ö as U+FFFD, each value with them lost (audit MC of round 76), where the reverse,
 * UTF-8 lines in a Windows-1252 text, is read line by line. A lone byte of a Finnish or Swedish text's letters
 * in Windows-1252 (see LEGACY_LETTER_BYTES) between or beside letters is that letter, still said at its
 * column; any other bad byte, or a run of them, is U+FFFD.
 */
function legacyLetterAt(bytes: Uint8Array, sequence: BadSequence): string | null {
  if (sequence.length !== 1 || !isLegacyLetterByte(bytes[sequence.offset])) return null;
  const isLetterByte = (at: number) => at >= 0 && at < bytes.length && ((bytes[at] | 0x20) >= 0x61 && (bytes[at] | 0x20) <= 0x7a || isLegacyLetterByte(bytes[at]));
  if (!isLetterByte(sequence.offset - 1) && !isLetterByte(sequence.offset + 1)) return null;
  return String.fromCharCode(bytes[sequence.offset]);
}

/**
 * The letters of Finnish and Swedish texts in Windows-1252 (ISO-8859-1's code points): ä ö å Ä Ö Å é É ü Ü.
 * Not the others of À–ÿ: `Ã`, `Â`, `â`, `ð` are UTF-8's lead bytes (a sequence cut short, `Ty\xc3llisyys`,
 * is no `TyÃllisyys`), and DOS's and Mac's ä and ö (`\x84`, `\x8a`) are no Windows-1252 letters (review
 * RVA of round 76).
 */
const LEGACY_LETTER_BYTES = new Set([0xe4, 0xf6, 0xe5, 0xc4, 0xd6, 0xc5, 0xe9, 0xc9, 0xfc, 0xdc]);

/**
 * Whether the bad bytes show a part in Windows-1252: an `ö` or `ü` (F6, FC: no byte of UTF-8 at all), or
 * two of its letters side by side (`ää`, `äö`). A lone `\xc5` or `\xe4` may as well be a UTF-8
 * sequence cut short (`Ko\xc5ice` of `Košice`): without either, every bad byte is U+FFFD (review RVB of
 * round 76). (Over the whole text, not line by line: a line of the part with an `ä` alone, `Osio:
 * Etelä-Suomen suuralueosio`, is read with the rest; a lone lead byte elsewhere in such a text is then
 * read as a letter too, said at its column as every such letter is. Review RVC.)
 */
function hasLegacyLetters(bytes: Uint8Array, bad: readonly BadSequence[]): boolean {
  return bad.some(({ offset, length }) => length === 1 && (bytes[offset] === 0xf6 || bytes[offset] === 0xfc || (isLegacyLetterByte(bytes[offset]) && offset + 1 < bytes.length && isLegacyLetterByte(bytes[offset + 1]))));
}

function isLegacyLetterByte(byte: number): boolean {
  return LEGACY_LETTER_BYTES.has(byte);
}

function toText(bytes: Uint8Array): { text: string; encoding: string; diagnostics: Diagnostic[] } | DecodeFailure {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom', diagnostics: [] };
    // The byte order mark says UTF-8: the bad bytes are replaced, whatever their number.
    return mostlyUtf8(bytes.subarray(3), 'utf-8-bom')!;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16Text(iconv().decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le', []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16Text(iconv().decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be', []);
  const text = utf8(bytes);
  // (UTF-16 of ASCII letters alone is well-formed UTF-8, every other byte a NUL: a short one was said binary. Audit MC of round 76.)
  if (text !== null && (text.indexOf('\u0000') === -1 || utf16WithoutMark(bytes) === null)) return { text, encoding: 'utf-8', diagnostics: [] };
  const sixteen = utf16WithoutMark(bytes);
  if (sixteen !== null) {
    return utf16Text(iconv().decode(Buffer.from(bytes), sixteen), sixteen, [{ severity: 'warning', rule: 'encoding', message: `The file is UTF-16 (${sixteen === 'utf-16le' ? 'little' : 'big'}-endian) without a byte order mark, as some programs save it: read so` }]);
  }
  const almost = mostlyUtf8(bytes, 'utf-8');
  if (almost !== null) return almost;
  return legacyText(Buffer.from(bytes));
}

/**
 * A UTF-16 text with each lone surrogate (half of a pair, where an export was cut inside an emoji or
 * joined wrongly) as U+FFFD and a located warning, as a bad byte of UTF-8 is: a lone surrogate is no
 * character, and JSON with one is refused by jq and DuckDB. (Audit AL of round 58.)
 */
function utf16Text(text: string, encoding: string, diagnostics: Diagnostic[]): { text: string; encoding: string; diagnostics: Diagnostic[] } {
  if (!/\p{Cs}/u.test(text)) return { text, encoding, diagnostics };
  let line = 1;
  let lineStart = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      lineStart = i + 1;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if (code >= 0xd800 && code <= 0xdfff) {
      out += `${text.slice(from, i)}\ufffd`;
      from = i + 1;
      const column = i - lineStart + 1;
      diagnostics.push({ severity: 'warning', rule: 'encoding', message: 'Half of a UTF-16 surrogate pair without its other half (a character cut or joined wrongly); replaced by U+FFFD', line, column, endLine: line, endColumn: column + 1 });
    }
  }
  return { text: out + text.slice(from), encoding, diagnostics };
}

/** How many bytes of a text are looked at to tell UTF-16 without its byte order mark. */
const UTF16_SAMPLE = 2048;

/**
 * UTF-16 saved without a byte order mark (a PowerShell redirect, an export): every other byte is
 * zero, as a Latin text's high bytes are, and the other bytes are not. A text or a binary file has
 * no such rhythm (UTF-8 never has a zero byte in a text).
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  // (Nine pairs in ten with the zero in one place and nearly none in the other: its letters are Latin.)
  if (oddZeros * 10 >= pairs * 9 && evenZeros * 50 <= pairs) return 'utf-16le';
  if (evenZeros * 10 >= pairs * 9 && oddZeros * 50 <= pairs) return 'utf-16be';
  return null;
}

/**
 * The legacy code pages a Finnish text may come in when it is not UTF-8, most likely first:
 * Windows-1252 (a superset of ISO-8859-1's printable range), then DOS's (a text from a DOS-era
 * program or a Windows console) and the classic Mac OS's. A Finnish text has ä and ö in nearly
 * every sentence; read in the wrong one of these, it has none (`V„litt„v„t`, `VŠlittŠvŠt`).
 */
const LEGACY_CODE_PAGES: ReadonlyArray<{ encoding: string; name: string }> = [
  { encoding: 'windows-1252', name: 'Windows-1252 (ISO-8859-1)' },
  { encoding: 'cp850', name: 'DOS code page 850' },
  { encoding: 'macintosh', name: 'Mac OS Roman' },
];
const FINNISH_LETTERS = lazyRegExp(() => /[äöåÄÖÅ]/gu);
/** The same letters inside a word, with a letter on both sides (`Välittävät`). */
const FINNISH_LETTERS_INSIDE_WORDS = lazyRegExp(() => /(?<=\p{L})[äöåÄÖÅ](?=\p{L})/gu);
/** Fewer such letters than this are no Finnish text's (a few typographic quotes read in DOS's code page make as many). */
const FEW_FINNISH_LETTERS = 10;

/**
 * ISO-8859-15 (the `fi_FI@euro` locale's): Windows-1252 but for eight bytes, `€` at 0xA4 and `Š š Ž
 * ž Œ œ Ÿ` at 0xA6–0xBE, where Windows-1252 has `¤ ¦ ¨ ´ ¸ ¼ ½ ¾`. A text with none of Windows-1252's
 * own bytes 0x80–0x9F and `¤` by a figure (`515 437 ¤`: the euro sign) is of ISO-8859-15. (Not by the
 * letters alone: a text typed in Windows-1252 writes `´` for an apostrophe and `a¨` for `ä`.)
 */
const ISO_8859_15 = { encoding: 'iso-8859-15', name: 'ISO-8859-15' };
// (Not `¤` as the second byte of a UTF-8 `ä`, C3 A4, read as `Ã¤`: a UTF-8 line in the text, `… tä 2011`,
// made the whole text ISO-8859-15, and its `ä` came back as `À`. Audit MC of round 76.)
const ISO_8859_15_SIGNS = lazyRegExp(() => /(?<=\d[ \u00a0]?)\u00a4|(?<![\u00c2\u00c3])\u00a4(?=[ \u00a0]?\d)/u);

function isIso885915(buffer: Buffer, asWindows1252: string): boolean {
  if (!ISO_8859_15_SIGNS.test(asWindows1252)) return false;
  for (let i = 0; i < buffer.length; i++) if (buffer[i] >= 0x80 && buffer[i] <= 0x9f) return false;
  return true;
}

function legacyText(buffer: Buffer): { text: string; encoding: string; diagnostics: Diagnostic[] } {
  let best = { text: legacyDecode(buffer, 'windows-1252'), page: LEGACY_CODE_PAGES[0] };
  if (isIso885915(buffer, best.text)) best = { text: iconv().decode(buffer, ISO_8859_15.encoding), page: ISO_8859_15 };
  let bestLetters = best.text.match(FINNISH_LETTERS)?.length ?? 0;
  for (const page of LEGACY_CODE_PAGES.slice(1)) {
    const text = legacyDecode(buffer, page.encoding);
    const letters = text.match(FINNISH_LETTERS)?.length ?? 0;
    // (Clearly more: a text with few such letters stays in the most likely code page. And a quarter of them inside
    // words: another page's punctuation read as these letters stands at words' edges, Windows-1252's closing quote
    // `”` after a word being code page 850's `ö`, `Paths”` read as `Pathsö`. Audit WC F5 of round 78.)
    if (letters > 2 * bestLetters + 2 && letters >= FEW_FINNISH_LETTERS && (text.match(FINNISH_LETTERS_INSIDE_WORDS)?.length ?? 0) * 4 >= letters) {
      best = { text, page };
      bestLetters = letters;
    }
  }
  return {
    text: best.text,
    encoding: best.page.encoding,
    diagnostics: [{ severity: 'warning', rule: 'encoding', message: `The file is not UTF-8; it was read as ${best.page.name}${best.page.encoding === 'windows-1252' ? '' : best.page === ISO_8859_15 ? ' (its € and Š, Ž stand where Windows-1252 has ¤ and ¦, ´)' : ', the code page in which its letters are Finnish (ä, ö)'}` }],
  };
}

/**
 * Heap memory that reading one non-blank line may take at most, measured through the CLI on the
 * worst of issue 16's inputs (`Projektin nimi: x` repeated: about 2.8 KB a line at peak, with its
 * warning, unmapped entry, field node and report; short lines about 0.65 KB). A text of more lines
 * than the heap holds at this rate is refused: past it, V8 ends the process with "heap out of
 * memory" (64 MiB of two-letter lines did, after 33 s) and every other file of the batch is lost.
 * The line objects of the parser are what costs; when they shrink, this can.
 */
const HEAP_BYTES_PER_LINE = 4096;

/**
 * The most non-blank lines any text may have, whatever the heap: a worker thread's heap is a little
 * smaller than the main thread's, and a text must be read or refused alike with any `--jobs`.
 */
const MOST_LINES = 1_050_000;

let lineLimit: number | undefined;
/** The most non-blank lines a text may have: 1,050,000 (a million lines and a description's), or fewer where the heap is smaller than V8's default 4 GB. */
export function maxLines(): number {
  lineLimit ??= Math.min(MOST_LINES, Math.floor((createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).getHeapStatistics().heap_size_limit / HEAP_BYTES_PER_LINE));
  return lineLimit;
}

/** Shortest text that could pass any line limit above this: not counted (nearly every text). */
const LINES_NEVER_COUNTED_BELOW = 200_000;

function tooManyLines(text: string): Diagnostic | null {
  if (text.length < LINES_NEVER_COUNTED_BELOW) return null;
  const limit = maxLines();
  // Each non-blank line takes at least two characters, its own and its line break (or the end).
  if (text.length < 2 * limit - 1) return null;
  let lines = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start && (text.charCodeAt(start) > 32 || text.slice(start, end).trim() !== '')) {
      if (++lines > limit) {
        return {
          severity: 'error',
          rule: 'file-too-large',
          message: `The text has more than ${limit} non-blank lines; a text of more lines than this process's memory holds is not read`,
        };
      }
    }
    start = end + 1;
  }
  return null;
}

export function decode(bytes: Uint8Array): Decoded | DecodeFailure {
  if (bytes.length === 0) {
    return { failure: { severity: 'error', rule: 'empty-file', message: 'The file is empty' }, encoding: null };
  }
  const decoded = toText(bytes);
  if ('failure' in decoded) return decoded;
  const unusual = findUnusual(bytes, decoded.encoding, decoded.text);
  if (unusual.controls && looksBinary(decoded.text)) {
    return { failure: { severity: 'error', rule: 'binary-file', message: 'The file is binary, not a text description' }, encoding: decoded.encoding };
  }
  const lineEnding = detectLineEnding(decoded.text);
  let text = decoded.text;
  // CR CR LF is a CRLF file whose line ends were converted once more (by a text editor or a mail
  // program): one line break each, not a blank line after every line.
  // (An editor shows such an end as two line breaks, CR and CRLF: the text's lines are mapped to those
  // it shows, `lineAfterDoubleEnds`, for positions. Audit DB of round 68.)
  const doubleEnds = lineEnding !== 'lf' && lineEnding !== 'none' && text.includes('\r\r\n') ? lineAfterDoubleEnds(text) : null;
  if (lineEnding !== 'lf' && lineEnding !== 'none') text = text.replace(doubleEnds !== null ? /\r+\n|\r/g : /\r\n?/g, '\n');
  const diagnostics = decoded.diagnostics.slice();
  if (doubleEnds !== null) diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: `${doubleEnds.count} line end${doubleEnds.count === 1 ? ' is' : 's are'} written CR CR LF, a CRLF file converted once more: read as one line break each; positions are the lines an editor shows (a line break for each CR)` });
  // DOS's end-of-file mark (Ctrl-Z, U+001A) after the text, as old DOS and Windows tools write it:
  // the file ends there. (Nothing after it but white space: elsewhere it is a control character.)
  if (unusual.controls) {
    const mark = endOfFileMark(text);
    if (mark !== -1) {
      text = text.slice(0, mark) + text.slice(mark).replace(/\u001a/gu, '');
      diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: 'A DOS end-of-file mark (Ctrl-Z) at the end of the file: read as its end' });
    }
  }
  // A whole text pasted into one spreadsheet cell and copied out again: in quotes, each quote of
  // its own doubled (`"Työtä ja osaamista` … `Kesken."`). Only a text of many lines whose every
  // other quote is doubled.
  const cell = wholeCellText(text);
  if (cell !== null) {
    text = cell;
    diagnostics.push({ severity: 'info', rule: 'spreadsheet-cells', message: 'The text is one spreadsheet cell copied out (in quotes, its own quotes doubled): read without the cell\'s quotes, and columns are in the text without them', line: 1, column: 1 });
  }
  // Garbled characters in a text that is UTF-8 as it stands (`JÃ¤rvi`, `–` as U+0096, `�`): read
  // back line by line before anything moves its lines or columns. (A text garbled whole and
  // reading back whole is repaired at once below, in one warning.)
  const whole = unusual.garbled ? encodedTwice(text) : null;
  let otherPage: ReturnType<typeof otherCodePageText> = null;
  if (whole !== null && whole.repaired) {
    text = whole.text;
    diagnostics.push(whole.diagnostic);
  } else if (unusual.garbled && (otherPage = utf8ReadAsCodePage850(text, (bytes, encoding) => iconv().decode(bytes, encoding), (chars, encoding) => iconv().encode(chars, encoding))) !== null) {
    text = otherPage.text;
    diagnostics.push(...otherPage.diagnostics);
  } else if (unusual.garbled && decoded.encoding.startsWith('utf-8') && (otherPage = otherCodePageText(text, (bytes, encoding) => iconv().decode(bytes, encoding), (chars, encoding) => iconv().encode(chars, encoding))) !== null) {
    text = otherPage.text;
    diagnostics.push(...otherPage.diagnostics);
  } else if (unusual.garbled) {
    // (U+FFFD for a bad byte is said where the byte was found.)
    const repaired = repairedCodePageText(text, decoded.diagnostics.length > 0);
    if (repaired !== null) {
      text = repaired.text;
      diagnostics.push(...repaired.diagnostics);
      if (!unusual.spaces) unusual.spaces = SPACE_LIKE.test(text);
    }
    diagnostics.push(...codePage850Lines(text));
  }
  if (unusual.spaces) text = text.replace(SPACE_LIKE_ALL, ' ');
  // Word's own control characters in a text it exported: a manual line break (U+000B), a
  // non-breaking hyphen (U+001E) and an optional one (U+001F), which break a value unseen
  // (`2345678\x1e0`), and a table cell's end mark (U+0007, `Y-tunnus:\x070832600-5\x07`), read as
  // the tab between two cells (one character for one: columns stay).
  let fileLines: FileLines | undefined;
  const manualBreaks = unusual.controls && text.includes('\u000b');
  const midLineFeeds = text.includes('\f') && MID_LINE_FEED.test(text);
  if (manualBreaks || unusual.separators || midLineFeeds) fileLines = fileLinesOf(text);
  if (midLineFeeds) {
    const broken = breakBeforeMidLineFeeds(text);
    text = broken.text;
    const count = broken.count;
    diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: `${count} form feed${count === 1 ? '' : 's'} (a page's break) after a line's text read as the start of a line; lines in positions are the file's, columns those of the text so read` });
  }
  if (unusual.separators) {
    const count = text.match(/[\u0085\u2028\u2029]/g)?.length ?? 0;
    text = text.replace(/[\u0085\u2028]/g, '\n').replace(/\u2029/g, '\n\n');
    if (count > 0) diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: `${count} Unicode line or paragraph separator${count === 1 ? '' : 's'} (U+2028, U+2029, NEL) read as a line break (a paragraph separator as a blank line); lines in positions are the file's, columns those of the text so read` });
  }
  // Whether an optional hyphen (U+001F) was removed: columns then stay those of the text as read.
  let optionalHyphens = false;
  if (unusual.controls && /[\u0007\u000b\u001e\u001f]/.test(text)) {
    const count = text.match(/[\u0007\u000b\u001e\u001f]/g)!.length;
    optionalHyphens = text.includes('\u001f');
    text = text.replace(/\u000b/g, '\n').replace(/\u001e/g, '-').replace(SOFT_HYPHEN_AT_LINE_END, '-').replace(/\u001f/g, '').replace(/\u0007/g, '\t');
    diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: `${count} control character${count === 1 ? '' : 's'} of a word processor (a manual line break, a non-breaking or optional hyphen, a table cell's end) read as a line break, a hyphen, nothing or a tab; lines in positions are the file's, columns those of the text so read` });
  }
  // The text before its invisible characters were removed, for columns as an editor counts them (each
  // an invisible character of its own). Audit DB of round 68.
  let withInvisible: string | undefined;
  if (unusual.invisible) {
    const count = text.match(INVISIBLE)?.length ?? 0;
    if (count > 0) withInvisible = text;
    text = text.replace(SOFT_HYPHEN_AT_LINE_END, '-').replace(INVISIBLE, '');
    // (Where columns are mapped back past them is known at the end: the message is finished there.)
    if (count > 0) diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: `${count} invisible character${count === 1 ? '' : 's'} (soft hyphens, zero-width spaces, direction marks) removed from the text (a soft hyphen at a line's end read as a hyphen); ${INVISIBLE_POSITIONS}` });
  }
  if (unusual.ligatures) {
    let count = 0;
    text = text.replace(LIGATURES, (ligature) => {
      count++;
      return LIGATURE_LETTERS[ligature.charCodeAt(0) - 0xfb00];
    });
    if (count > 0) diagnostics.push({ severity: 'info', rule: 'ligatures', message: `${count} ligature${count === 1 ? '' : 's'} of a PDF (ﬁ, ﬂ, ﬀ, …) read as ${count === 1 ? 'its' : 'their'} letters; positions are in the text with the letters` });
  }
  // Word's second- and third-level bullets saved as plain text become a letter and a tab (`o<TAB>…`,
  // `§<TAB>…`, the Courier New and Wingdings glyphs): read as the bullet they stand for, one character for one.
  const bulletAt = text.includes('o\t') || text.includes('\u00a7\t') ? WORD_BULLET_LETTER.exec(text) : null;
  if (bulletAt !== null) {
    const line = text.slice(0, bulletAt.index).split('\n').length;
    text = text.replace(WORD_BULLET_LETTER_ALL, (_, space: string) => `${space}\u2022\t`);
    diagnostics.push({ severity: 'info', rule: 'look-alike-characters', message: 'Word\'s bullets saved as letters before a tab ("o", "§") read as bullets', line, column: 1 });
  }
  // (The same bullet whose tab a copy turned into spaces, `o Oulun kaupunki, …`, before a capital, in a list: one of
  // the three lines above or below it, blank lines passed over, marked so too or with another list's mark. No word of a text
  // is `o` alone so; alone among other lines, such a line is left as written. Read as the bullet wherever the text
  // is read — a co-implementer block of a copy without blank lines too, whose entries were read into the summary.
  // Review RV2 of round 70.)
  const spacedBullets = text.includes('o ') && WORD_BULLET_BEFORE_SPACES.test(text) ? spacedBulletsRead(text) : null;
  if (spacedBullets !== null) {
    text = spacedBullets.text;
    diagnostics.push({ severity: 'info', rule: 'look-alike-characters', message: 'Word\'s bullets saved as the letter "o" before spaces and a capital, in a list, read as bullets', line: spacedBullets.firstLine, column: 1 });
  }
  const numbered = withoutLineNumbers(text);
  if (numbered !== null) {
    text = numbered;
    diagnostics.push({ severity: 'info', rule: 'line-numbers', message: 'Every line of the text starts with its number (a copy from `cat -n`, a review tool or a numbered print): read without the numbers, and columns are in the text without them' });
  }
  const quoted = unquoted(text);
  let quoteEndLine: number | undefined;
  let replyLines: number[] | undefined;
  if (quoted !== null) {
    text = quoted.text;
    quoteEndLine = quoted.lastQuotedLine;
    if (quoted.replyLines.length > 0) replyLines = quoted.replyLines;
    diagnostics.push({ severity: 'info', rule: 'quoted-text', message: `The text is quoted as in an e-mail reply (its lines start with "${quoted.mark}"); read without the quote marks, and positions are in the text without them` });
  }
  // (Also a quote's text, unquoted: a reply quoting a copy laid out as a table. Reviews RVC N2, RVD.)
  const oneColumn = text.includes(' |\n') ? oneColumnTableText(text) : null;
  if (oneColumn !== null) {
    text = oneColumn;
    diagnostics.push({ severity: 'info', rule: 'markdown-syntax', message: 'The text is laid out as a table, as a converter writes a page\'s layout table (`| 1 Hanke |`, `| Hankekoodi: | S20078 |`): its rows of one cell read without their bars, and columns are in the text so read' });
  }
  const cells = spreadsheetCells(text, unusual.markup);
  if (cells !== null) {
    text = cells.text;
    diagnostics.push({ severity: 'info', rule: 'spreadsheet-cells', message: cells.quoted ? 'The text is a spreadsheet exported as CSV with quoted cells (`"Hankkeen nimi:";"Romaniportti"`): read without the quotes and separators, and columns are in the text without them' : 'The text is a spreadsheet exported with ";" between its cells (`Hankkeen nimi:;Romaniportti`, `2 Hakijan perustiedot;`): read without the separators, and columns are in the text without them' });
  }
  const printable = quotedPrintable(text);
  const softBroken = printable === null ? withoutSoftLineBreaks(text) : null;
  if (printable !== null) {
    text = printable;
    // (Its soft line breaks joined, the text's lines are no longer counted as the map above counts them.)
    fileLines = undefined;
    diagnostics.push({ severity: 'warning', rule: 'encoding', message: 'The text is an e-mail\'s quoted-printable source ("=C3=A4" or "=E4" for "ä", lines broken with "="); decoded, and positions are in the decoded text' });
  } else if (softBroken !== null) {
    text = softBroken.text;
    // (Positions stay the file's lines: a joined line is said at its first.)
    // (Where lines were made already, a separator's or a manual break's, the two maps composed: audit WC F9 of round
    // 78, positions were dropped to the joined text's.)
    fileLines = fileLines === undefined ? softBroken.lines : composedFileLines(softBroken.lines, fileLines);
    diagnostics.push({ severity: 'warning', rule: 'encoding', message: `${softBroken.count} line${softBroken.count === 1 ? ' ends' : 's end'} in "=", an e-mail's soft line break (quoted-printable without encoded letters): joined to the line below; a joined line is located at its first line, and columns after the join are in the joined text`, line: softBroken.firstLine, column: 1 });
  }
  // A few letters left as a mail's quoted-printable escapes inside words (`J=C3=A4rvikyl=C3=A4n`, `J=E4rvi`),
  // too few to take the text for the mail's source: kept as written, said at each such line.
  if (printable === null && text.indexOf('=') !== -1) {
    // (Lines counted as the matches go, once over the text: a text full of them stays linear.)
    let lastLine = 0;
    let line = 1;
    let counted = 0;
    let said = 0;
    const spaces: { word: string; line: number; column: number }[] = [];
    for (const escaped of text.matchAll(LETTER_ESCAPE_IN_WORD)) {
      for (let at = text.indexOf('\n', counted); at !== -1 && at < escaped.index; at = text.indexOf('\n', at + 1)) line++;
      counted = escaped.index;
      // (A Windows-1252 letter's escape in a web address's parameters is the address's; a whole UTF-8 character's is
      // a mail's anywhere, and an escaped space only in a text with other escapes left. Review RVA-1.)
      if (line === lastLine || (escaped[1].length === 3 && escaped[1] !== '=20' && inWebAddress(text, escaped.index))) continue;
      if (escaped[1] === '=20') {
        spaces.push({ word: escaped[0], line, column: escaped.index - text.lastIndexOf('\n', escaped.index - 1) });
        lastLine = line;
        continue;
      }
      lastLine = line;
      said++;
      diagnostics.push({ severity: 'warning', rule: 'encoding', message: leftEscapeMessage(escaped[0], escaped[1]), line, column: escaped.index - text.lastIndexOf('\n', escaped.index - 1) });
    }
    if (said > 0) for (const space of spaces) diagnostics.push({ severity: 'warning', rule: 'encoding', message: leftEscapeMessage(space.word, '=20'), line: space.line, column: space.column });
  }
  const unescaped = unusual.markup ? withoutCharacterReferences(text) : null;
  if (unescaped !== null) {
    text = unescaped.text;
    // (Their no-break spaces, `&nbsp;`, read as spaces as any other does, and their soft hyphens
    // and zero-width spaces, `&shy;`, `&#8203;`, are removed as the characters themselves are.)
    if (SPACE_LIKE.test(text)) text = text.replace(SPACE_LIKE_ALL, ' ');
    text = text.replace(SOFT_HYPHEN_AT_LINE_END, '-').replace(INVISIBLE, '');
    diagnostics.push({ severity: 'warning', rule: 'encoding', message: `The text holds ${unescaped.count} HTML character reference${unescaped.count === 1 ? '' : 's'} ("&auml;" or "&#228;" for "ä", "&nbsp;" for a space): a copy of a page's source; read as ${unescaped.count === 1 ? 'its character' : 'their characters'}, and columns are in the text so read` });
    if (unescaped.twice > 0) {
      diagnostics.push({ severity: 'warning', rule: 'encoding', message: `${unescaped.twice} of them ${unescaped.twice === 1 ? 'is' : 'are'} escaped twice ("&amp;auml;" for "&auml;", as a content system writes a source it escaped already): read as the character${unescaped.twice === 1 ? '' : 's'} ${unescaped.twice === 1 ? 'it stands' : 'they stand'} for; the first is here`, ...unescaped.firstTwice });
    }
  }
  const untagged = withoutHtmlTags(text);
  if (untagged !== null) {
    text = untagged.text;
    diagnostics.push({ severity: 'info', rule: 'html-tags', message: `The text holds ${untagged.count} HTML tag${untagged.count === 1 ? '' : 's'} inside its lines ("<br>", "<b>", "</p>"): a copy of a page's source or an editor's; read without ${untagged.count === 1 ? 'it' : 'them'} (a line break's tag as a space between words), and columns are in the text so read` });
  }
  if (untagged !== null || (unusual.markup && text.includes('<'))) {
    for (const kept of linesKeepingTags(text, MOST_TAG_LINES_SAID)) {
      diagnostics.push({ severity: 'warning', rule: 'html-tags', message: `The line holds the HTML tag "${kept.tag}", kept as written (a text is read without a formatting tag only): the value or text on this line is read with it`, line: kept.line, column: kept.column });
    }
  }
  // A text browser's table drawn with box lines (w3m, elinks: `│Hankekoodi: │A70070 │`): its
  // vertical bars read as a Markdown table's `|`, one character for one (columns stay).
  if (unusual.markup && text.includes('\u2502') && (text.match(BOX_ROW)?.length ?? 0) >= FEW_BOX_ROWS) text = text.replace(/[\u2502\u2503]/gu, '|');
  const markdown = unusual.markup ? withoutMarkdownSyntax(text) : null;
  if (markdown !== null) {
    text = markdown;
    diagnostics.push({ severity: 'info', rule: 'markdown-syntax', message: 'The text holds a Markdown converter\'s syntax (backslash escapes `2\\.`, links `[text](address)`, definition lists `:   value`, heading attributes `{#id}`): read without it, and columns are in the text so read' });
  }
  const twice = encodedTwice(text);
  if (twice !== null) {
    text = twice.text;
    diagnostics.push(twice.diagnostic);
  }
  // A PDF's or an OCR's spacing diaeresis after its letter (`Va¨litta¨va¨t`): the combining one, which NFC joins.
  // (Not in a text that writes it for a quotation mark, `¨Mahdollistaja¨`: one stands where no letter is before it.)
  // (Or before it, `V¨alitt¨av¨at`, as pdftotext writes a TeX-made PDF's: where more of them stand before such a
  // letter than after one, and each has a letter after it. Audit WC F8 of round 78: `Hyvink¨a¨a` read as `Hyvink¨äa`.)
  if (unusual.markup && text.includes('\u00a8')) {
    // (By which side more marks stand on only, a vowel that takes dots there: `Hyvink¨a¨a` alone. Review RVA-1.)
    const onlyAfter = text.match(/(?<=[AOUaou])\u00a8(?![AOUaou])/gu)?.length ?? 0;
    const onlyBefore = text.match(/(?<![AOUaou])\u00a8(?=[AOUaou])/gu)?.length ?? 0;
    // (A foreign name's own mark, `Citro¨en`, stays as it is. Review RVC.)
    const before = onlyBefore > onlyAfter && !/\u00a8(?!\p{L})/u.test(text);
    const joined = before ? text.replace(/\u00a8([AOUaou])/gu, '$1\u0308') : !/(?<![\p{L}])\u00a8/u.test(text) ? text.replace(/(?<=[AOUaou])\u00a8/gu, '\u0308') : text;
    if (joined !== text) {
      text = joined;
      diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: before ? 'Spacing diaeresis before a letter ("¨a", as a PDF made with TeX writes "ä") read as the letter with its dots; columns are in the text so read' : 'Spacing diaeresis after a letter ("a¨", as a PDF or OCR writes "ä") read as the letter with its dots; columns are in the text so read' });
    }
  }
  // Typographic hyphens, as written or as a mail's or a page's source wrote them (`=E2=80=91`,
  // `&#8209;`), once every other conversion is done: said at the first, in the text as read.
  if ((unusual.hyphens || printable !== null || unescaped !== null) && TYPOGRAPHIC_HYPHEN.test(text)) {
    const count = text.match(TYPOGRAPHIC_HYPHENS)!.length;
    const first = text.search(TYPOGRAPHIC_HYPHEN);
    text = text.replace(TYPOGRAPHIC_HYPHENS, '-');
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < first; at = text.indexOf('\n', at + 1)) line++;
    diagnostics.push({ severity: 'info', rule: 'invisible-characters', message: `${count} typographic hyphen${count === 1 ? '' : 's'} (U+2010, U+2011 non-breaking: a word processor's or a PDF's) read as "-", as a word processor's own non-breaking hyphen is; the first here`, line, column: first - lineStart + 1 });
  }
  // Below U+0300 every text is already NFC; V8 answers this test on a one-byte string without a scan.
  if (MAY_NEED_NFC.test(text)) {
    const composed = text.normalize('NFC');
    if (composed !== text) {
      // (Columns then point where an editor shows the characters of the file's line.)
      fileLines ??= identityLines(text);
      fileLines.composed = { source: text, starts: null, lines: new Map() };
      text = composed;
    }
  }
  // (Only where what came between changed no line's length, as a quote's marks, a spreadsheet's cells
  // or a ligature's letters do: there columns stay those of the text as read, as those steps say.)
  if (withInvisible !== undefined) {
    const mapped = printable === null && !optionalHyphens && sameLineLengths(withInvisible.replace(SOFT_HYPHEN_AT_LINE_END, '-').replace(INVISIBLE, '').normalize('NFC'), text);
    if (mapped) {
      fileLines ??= identityLines(text);
      fileLines.composed = { source: withInvisible, starts: null, lines: new Map(), invisible: true };
    }
    const said = diagnostics.find((d) => d.rule === 'invisible-characters' && d.message.endsWith(INVISIBLE_POSITIONS));
    if (said !== undefined) said.message = said.message.replace(INVISIBLE_POSITIONS, mapped ? "columns are those of the file's lines, with them" : 'positions are in the text without them');
  }
  // (Likewise below U+02D0, the first look-alike colon: a one-byte string has none.)
  if (MAY_HOLD_LOOK_ALIKE.test(text) && LOOK_ALIKE.test(text)) {
    const readAlike = withoutLookAlikes(text);
    if (readAlike !== null) {
      text = readAlike.text;
      diagnostics.push(...readAlike.diagnostics);
    }
  }
  if (text.trim().length === 0) {
    return { failure: { severity: 'error', rule: 'empty-file', message: 'The file has no text (only white space)' }, encoding: decoded.encoding };
  }
  const tooMany = tooManyLines(text);
  if (tooMany !== null) return { failure: tooMany, encoding: decoded.encoding };
  // (Not in a quoted-printable source's text: its positions are the decoded text's, said.)
  if (doubleEnds !== null && printable === null) {
    fileLines ??= identityLines(text);
    for (let row = 1; row < fileLines.line.length; row++) fileLines.line[row] = doubleEnds.line[Math.min(fileLines.line[row], doubleEnds.line.length - 1)];
    delete fileLines.identity;
  }
  const result: Decoded = fileLines === undefined ? { text, encoding: decoded.encoding, lineEnding, diagnostics } : { text, encoding: decoded.encoding, lineEnding, diagnostics, fileLines };
  if (quoteEndLine !== undefined) result.quoteEndLine = quoteEndLine;
  // (A quoted-printable source's soft line breaks, joined, moved the lines.)
  if (replyLines !== undefined && printable === null) result.replyLines = replyLines;
  return result;
}

// (Not before a figure: `§<TAB>2 Soveltamisala` is a law's section.)
const WORD_BULLET_LETTER = lazyRegExp(() => /^[ \t]*[o\u00a7]\t(?=\D)/mu);
const WORD_BULLET_LETTER_ALL = lazyRegExp(() => /^([ \t]*)[o\u00a7]\t(?=\D)/gmu);
const WORD_BULLET_BEFORE_SPACES = lazyRegExp(() => /^[ \t]*o +(?=\p{Lu})/mu);
/** A line that starts with Word's `o` bullet before spaces and a capital. */
const SPACED_BULLET_LINE = lazyRegExp(() => /^[ \t]*o +\p{Lu}/u);
/** How many lines, blank ones passed over, above or below an `o` bullet are looked at for another list's item. */
const LIST_NEIGHBOURS = 3;
/** A line that starts with a list's mark and a space (`- `, `• `, `* `). */
const MARKED_LINE = lazyRegExp(() => /^[ \t]*[-–—•*▪·][ \t]+\S/u);

/** The text with each `o` bullet before spaces that stands in a list read as `•` (one character for one), and the first such line (1-based); null where none does. */
function spacedBulletsRead(text: string): { text: string; firstLine: number } | null {
  const lines = text.split('\n');
  const marked = (line: string) => SPACED_BULLET_LINE.test(line) || MARKED_LINE.test(line);
  const nearMarked = (i: number, step: number): boolean => {
    let seen = 0;
    for (let k = i + step; k >= 0 && k < lines.length && seen < LIST_NEIGHBOURS; k += step) {
      if (lines[k].trim() === '') continue;
      if (marked(lines[k])) return true;
      seen++;
    }
    return false;
  };
  // (Among the few lines nearest it: a hard-wrapped item's end stands between two items. Review RVA of round 71.)
  const inList = lines.map((line, i) => SPACED_BULLET_LINE.test(line) && (nearMarked(i, -1) || nearMarked(i, 1)));
  const first = inList.indexOf(true);
  if (first === -1) return null;
  return { text: lines.map((line, i) => (inList[i] ? line.replace(/^([ \t]*)o/u, '$1\u2022') : line)).join('\n'), firstLine: first + 1 };
}

/** A line's number at its start, and what parts it from the line's text (`   7  `, `7: `, `7\t`, `7 | `). */
const LINE_NUMBER = lazyRegExp(() => /^[ \t]*(\d{1,7})(?:[ \t]*[:|.][ \t]?|\t|[ ]+|$)/u);
/** Fewer numbered lines than this are a list's, not a copy's line numbers. */
const FEW_NUMBERED_LINES = 10;

/**
 * A text whose every line starts with its number, one more than the line's before (`cat -n`, `nl`,
 * a code review tool, a print with numbered lines; blank lines numbered or not): the numbers are
 * taken off. A description's own numbers (headings, list items, figures) never run line by line.
 */
/** Whether the lines from `from` on, blank ones passed over (`nl` leaves them unnumbered), start with `numbers`. */
function nextNumbersAre(lines: string[], from: number, numbers: number[]): boolean {
  let at = from;
  for (const number of numbers) {
    while (at < lines.length && lines[at].trim() === '') at++;
    const match = at < lines.length ? LINE_NUMBER.exec(lines[at]) : null;
    if (match === null || Number(match[1]) !== number) return false;
    at++;
  }
  return true;
}

/** The fewest lines a page numbered on its own has, before its numbers start again at 1. */
const PAGE_LINES_LEAST = 20;

function withoutLineNumbers(text: string): string | null {
  const first = LINE_NUMBER.exec(text.slice(0, 40));
  if (first === null) return null;
  const lines = text.split('\n');
  // The lines whose number is one more than the last one's (the first line's any).
  const prefixes: (string | null)[] = [];
  let previous = -1;
  let inOrder = 0;
  let nonBlank = 0;
  for (const [i, line] of lines.entries()) {
    const match = LINE_NUMBER.exec(line);
    const number = match === null ? -1 : Number(match[1]);
    // (Or 1 again after a page's lines, as a print numbered page by page restarts: audit WC F12 of round 78.)
    // (Only where 2 and 3 follow on the next lines: a wrapped line's own `1.1.2015` is no page's first number. Review RVA-1.)
    const next = match !== null && (previous === -1 || number === previous + 1 || (number === 1 && previous >= PAGE_LINES_LEAST && nextNumbersAre(lines, i + 1, [2, 3])));
    if (line.trim() !== '') nonBlank++;
    prefixes.push(next ? match[0] : null);
    if (next) {
      inOrder++;
      previous = number;
    }
  }
  // (Three in five: a line the copy wrapped after numbering has no number of its own. A text's own
  // numbers never run line by line for half its lines.)
  if (inOrder < FEW_NUMBERED_LINES || inOrder * 5 < nonBlank * 3) return null;
  return lines.map((line, i) => (prefixes[i] === null ? line : line.slice(prefixes[i]!.length))).join('\n');
}

/** The most quoted lines of a text whose lines are not quoted: a reply's quotation of a sentence or two. */
const FEW_QUOTED_LINES = 4;

/**
 * A text quoted in an e-mail reply: most of its non-blank lines start with `>` (one level, or
 * more), with the reply's own lines above or below (`Hei,`, `… kirjoitti:`, the headers of a
 * forwarded message) or a quoted line that the mail program wrapped without its mark. Returned
 * with the quoted lines' marks taken off (the other lines as they are), else null. Only a text
 * with a line that starts with `>` is looked at.
 */
function unquoted(text: string): { text: string; mark: string; lastQuotedLine: number; replyLines: number[] } | null {
  const first = text.search(/\S/);
  if (first === -1) return null;
  // Some mail programs quote with `|` instead (`| Hankekoodi: S21734`): only a text whose first
  // line is so quoted, and whose lines nearly all are (a table's rows start with `|` too, a menu's do not).
  // (Or whose first lines are the reply's own, a few, `Otto Saarinen kirjoitti 1.3.2016:`. Audit AK of round 58.)
  if (text.charCodeAt(first) === 124 || pipedAfterFewLines(text, first)) {
    // (A Markdown table's rows end with `|` too, a quote's never: a text whose rows mostly do is a
    // table, read as one. Audit WC F6 of round 78: taken for a quote, each value kept its last ` |`.)
    if (mostlyTableRows(text)) return null;
    const piped = unquotedWith(text, /^\s*\|(?:\s|$)/, /^\s*(?:\|[ \t]?)+/, 0.9);
    return piped === null ? null : { ...piped, mark: '|' };
  }
  if (text.charCodeAt(first) !== 62 && (text.indexOf('>') === -1 || !/\n[ \t]*>/.test(text))) return null;
  const quoted = unquotedWith(text, /^\s*>/, /^\s*(?:>\s?)+/, 0.5);
  return quoted === null ? null : { ...quoted, mark: '>' };
}

/**
 * A text laid out (at least half its lines) as a table, as a converter writes a page's layout table (`| 1 Hanke |`,
 * `| Hankekoodi: | S20078 |`, `| Kuusamossa on … |`, the score table's `| Luonnonvarojen … | 6 | 9 |`, image links
 * above it): its rows of one cell without their bars — the lexer reads a two-cell row as a label and its value, the
 * score table a row of its cells — else null. In a text written otherwise, a lone row of one cell (a bar table's
 * row cut short) is left. (Audit WC F6 of round 78: such a text was taken for a mail quoted with `|`, each value
 * keeping its last bar; review RVA-1: also with more columns, or lines above it.)
 */
function oneColumnTableText(text: string): string | null {
  const lines = text.split('\n');
  let written = 0;
  let rows = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    written++;
    if (trimmed.length < 2 || trimmed.charCodeAt(0) !== 124 || trimmed.charCodeAt(trimmed.length - 1) !== 124) continue;
    rows++;
  }
  if (rows * 2 < written) return null;
  let changed = false;
  const out = lines.map((line) => {
    const trimmed = line.trim();
    if (trimmed.length < 3 || trimmed.charCodeAt(0) !== 124 || trimmed.indexOf('|', 1) !== trimmed.length - 1) return line;
    changed = true;
    return trimmed.slice(1, -1).trim();
  });
  return changed ? out.join('\n') : null;
}

/** Whether at least half of a text's non-blank lines start and end with `|`, as a Markdown table's rows do. */
function mostlyTableRows(text: string): boolean {
  let written = 0;
  let rows = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    // (A bar alone is a quote's blank line, never a table's row: a reply quoting a table-laid copy. Review RVD.)
    if (trimmed === '|') return false;
    written++;
    if (trimmed.length > 1 && trimmed.charCodeAt(0) === 124 && trimmed.charCodeAt(trimmed.length - 1) === 124) rows++;
  }
  return rows * 2 >= written;
}

/** The most lines of a reply's own above a quote with `|`. */
const REPLY_LINES_ABOVE_QUOTE = 8;

/** Whether a text's first line quoted with `|` stands below a few lines of the reply's own, at most. */
function pipedAfterFewLines(text: string, first: number): boolean {
  // (Only the text's first lines are looked at: most texts are no quote, and a whole-text search cost 1.5% of a corpus.)
  let written = 0;
  for (let start = first; start < text.length && written <= REPLY_LINES_ABOVE_QUOTE; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (/^[ \t]*\|(?:[ \t]|$)/u.test(line)) return written > 0;
    if (line.trim() !== '') written++;
    if (end === -1) break;
    start = end + 1;
  }
  return false;
}

/** The text without its quote marks when more than `share` of its non-blank lines (and more than a few) have them, else null. */
function unquotedWith(text: string, quotedLine: RegExp, marks: RegExp, share: number): { text: string; lastQuotedLine: number; replyLines: number[] } | null {
  const lines = text.split('\n');
  let written = 0;
  let quoted = 0;
  let lastQuotedLine = 0;
  // (A quoted line the mail program wrapped again goes on on lines without the mark: counted with
  // the quote, so that a copy quoted and then re-wrapped, most of its lines unmarked, is read as quoted.)
  const width = quoteWidth(lines, quotedLine);
  let wrapped = 0;
  let inQuote = false;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') {
      inQuote = false;
      continue;
    }
    written++;
    if (quotedLine.test(line)) {
      quoted++;
      lastQuotedLine = i + 1;
      inQuote = true;
    } else if (inQuote && lines[i - 1].trimEnd().length + 1 + line.trim().split(/\s/, 1)[0].length > width) {
      wrapped++;
    } else {
      inQuote = false;
    }
  }
  if (quoted <= FEW_QUOTED_LINES || quoted + wrapped < written * share) return null;
  const replyLines = inlineReplyLines(lines, quotedLine, marks, lastQuotedLine);
  // The last quoted line's end, wrapped by the mail program without its mark, is the quote's too:
  // the reply's own lines start after a blank line.
  // (Not below a quote's own blank line, `>`: nothing of it was wrapped, and the reply starts right there.)
  if (lines[lastQuotedLine - 1].replace(marks, '').trim() !== '') while (lastQuotedLine < lines.length && lines[lastQuotedLine].trim() !== '') lastQuotedLine++;
  return { text: lines.map((line) => line.replace(marks, '')).join('\n'), lastQuotedLine, replyLines };
}

/** Mail programs wrap quoted lines at this many characters at the most (the marks included). */
const MAIL_WRAP = 76;

/** The width a mail program wrapped a quote at: its longest quoted line's (or narrower: 60, 72). */
function quoteWidth(lines: string[], quotedLine: RegExp, end = lines.length): number {
  let width = 0;
  for (let i = 0; i < end; i++) if (quotedLine.test(lines[i])) width = Math.max(width, lines[i].trimEnd().length);
  return Math.min(width, MAIL_WRAP);
}

/**
 * The reply's own lines between quoted ones (an inline reply: `> Postitoimipaikka: Vantaa` /
 * `Tämä on vanha osoite.` / `> WWW-osoite: …`): unquoted lines right below a quoted one whose first
 * word would have fitted on it (so no wrap of it), and the unquoted lines right after them, up to
 * the quote's last line (1-based).
 */
function inlineReplyLines(lines: string[], quotedLine: RegExp, marks: RegExp, lastQuotedLine: number): number[] {
  const reply: number[] = [];
  let inReply = false;
  const width = quoteWidth(lines, quotedLine, lastQuotedLine);
  for (let i = 1; i < lastQuotedLine - 1; i++) {
    const line = lines[i];
    if (line.trim() === '' || quotedLine.test(line)) {
      inReply = false;
      continue;
    }
    const above = lines[i - 1];
    if (!inReply && quotedLine.test(above) && above.replace(marks, '').trim() !== '') {
      const firstWord = line.trim().split(/\s/, 1)[0];
      inReply = above.trimEnd().length + 1 + firstWord.length <= width;
    }
    if (inReply) reply.push(i + 1);
  }
  return reply;
}

/** A label's cell and its value's (`Hankekoodi:;S21994`), or a row's empty cells at its end (`Osatoteuttajat;`). */
const CELL_ROW = lazyRegExp(() => /^[^;\n]*(?::;|;+$)/);
/** A quoted cell at a row's start or after a separator. */
const QUOTED_CELL = lazyRegExp(() => /(?:^|;)"/mu);
/** Two cells, the first short and no sentence (`Hankekoodi;S21994`): a label's without its colon and its value's. */
const CELL_PAIR = lazyRegExp(() => /^[^;\n\t.!?]{1,80};[^;\n]+$/);

/**
 * A two-column spreadsheet (a description copied into Excel and saved as CSV, as Finnish Excel
 * does: `;` between cells, no quotes): when most of its lines are such rows, each row's separators
 * are taken out (`Hankekoodi:;S21994` is `Hankekoodi: S21994`, `Osatoteuttajat;` is
 * `Osatoteuttajat`), else null. A text's own semicolons (a list's `…;` line) are too few to count.
 */
function spreadsheetCells(text: string, markup: boolean): { text: string; quoted: boolean } | null {
  const mayBeQuoted = markup && (text.charCodeAt(0) === 34 || text.indexOf('\n"') !== -1);
  if (text.indexOf(';\n') === -1 && text.indexOf(':;') === -1 && !mayBeQuoted) return null;
  const lines = text.split('\n');
  let written = 0;
  let rows = 0;
  let quotedRows = 0;
  let pairs = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    written++;
    if (CELL_ROW.test(line)) rows++;
    else if (mayBeQuoted && QUOTED_ROW.test(line)) quotedRows++;
    else if (CELL_PAIR.test(line)) pairs++;
  }
  // (Labels' cells without their colons, `Hankekoodi;S21885`, beside the headings' rows, `1 Hanke;`:
  // the two cells apart by a tab, as a label and its value without a colon are read.)
  const withPairs = rows > 0 && pairs >= FEW_CELL_ROWS && rows + pairs >= written * 0.6;
  if (!withPairs && (rows + quotedRows < FEW_CELL_ROWS || rows + quotedRows < written * 0.6)) return null;
  // (Some cells quoted, those with a comma or a line break, as a spreadsheet writes them: its CSV read whole.)
  if (withPairs && QUOTED_CELL.test(text)) {
    const rowsText = csvRows(text);
    if (rowsText !== null) return { text: rowsText, quoted: true };
  }
  if (withPairs || quotedRows < FEW_CELL_ROWS) return { text: lines.map((line) => (CELL_ROW.test(line) ? line.replace(/:;/, ': ').replace(/;+$/, '') : withPairs && CELL_PAIR.test(line) ? line.replace(';', '\t') : line)).join('\n'), quoted: false };
  const rowsText = csvRows(text);
  return rowsText === null ? null : { text: rowsText, quoted: true };
}

/** A row of quoted cells as a spreadsheet writes it (`"Hankekoodi:";"S21994"`, `"1 Hanke",""`), or one quoted cell alone. */
const QUOTED_ROW = lazyRegExp(() => /^"(?:[^"]|"")*"(?:[;,\t]|$)/);

/**
 * A spreadsheet's CSV with quoted cells (`"Hankkeen nimi:";"Romaniportti"`, a cell's own line breaks
 * and `""` inside its quotes), read by csv-parse, each row as the line it stands for: a label's
 * cell and its value's as `Label: value`, a heading's row without its empty cells, other cells
 * apart by tabs. Rows keep their lines (a cell's line breaks stay), else null.
 */
function csvRows(text: string): string | null {
  const delimiter = ([';', ',', '\t'] as const).map((d) => ({ d, count: text.split(`"${d}"`).length })).sort((a, b) => b.count - a.count)[0].d;
  let records: string[][];
  try {
    records = (createRequire(import.meta.url)('csv-parse/sync') as typeof CsvParse).parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    return null;
  }
  const out = records.map((record) => {
    const cells = record.filter((cell, i) => i === 0 || cell.trim() !== '');
    if (cells.length === 1) return cells[0];
    return cells[0].trimEnd().endsWith(':') ? `${cells[0]} ${cells.slice(1).join(' ')}` : cells.join('\t');
  }).join('\n');
  // (Every line break of the text is one of a row's end or of a cell's own: the lines stay the file's.)
  const breaks = (value: string) => value.split('\n').length;
  const body = text.replace(/\n+$/u, '');
  // (The text's own final line breaks kept: a copy ending without one may be cut off.)
  return breaks(out.replace(/\n+$/u, '')) === breaks(body) ? `${out.replace(/\n+$/u, '')}${text.slice(body.length)}` : null;
}
/** Fewer such rows than this are a text's own. */
const FEW_CELL_ROWS = 5;

/** The quoted-printable UTF-8 of `ä`, `ö`, `å`, `Ä`, `Ö`, `é` (`=C3=A4`). */
const PRINTABLE_LETTER = lazyRegExp(() => /=C3=(?:A4|B6|A5|84|96|A9)/g);
/** The same letters' quoted-printable Windows-1252 (`=E4`), as a Finnish mail program writes its source. */
const PRINTABLE_LETTER_1252 = lazyRegExp(() => /=(?:E4|F6|E5|C4|D6|E9)/g);
/** A character of two or three bytes of UTF-8 written as quoted-printable (`=C3=A4`, `=E2=80=93`). */
const PRINTABLE_UTF8_CHARACTERS = lazyRegExp(() => /=(?:C[2-9A-F]|D[0-9A-F])=[89AB][0-9A-F]|=E[0-9A-F](?:=[89AB][0-9A-F]){2}|=F[0-4](?:=[89AB][0-9A-F]){3}/g);
const PRINTABLE_UTF8_CHARACTER = lazyRegExp(() => new RegExp(PRINTABLE_UTF8_CHARACTERS.source));
/** Whether the word around `at` is a web address's (`…/?sivu=E4`): its parameters' `=` are its own. */
function inWebAddress(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !/\s/u.test(text[start - 1])) start--;
  return /[?&]/u.test(text.slice(start, at));
}

function leftEscapeMessage(word: string, escape: string): string {
  return `"${word}" holds "${escape}", an e-mail's quoted-printable escape for a character ("=C3=A4" or "=E4" for "ä", "=20" for a space), left in a text otherwise written as itself: kept as written, not decoded (the value it stands in is not read right)`;
}
/** Fewer such letters than this in a text are its own (an address, a formula), not an encoding. */
const FEW_PRINTABLE_LETTERS = 3;
/**
 * A word with a character written as its quoted-printable escape (`J=C3=A4rvi`, `Etel=C3=A4-Pohjanmaan`,
 * `verkostot =E2=80=93 Kuusamon`, `J=E4rvi`, `Kyl=E4`), or a line ending in an escaped space (`Kuusamo=20`).
 * A whole UTF-8 character's escape is a mail's wherever it stands; a Windows-1252 letter's (`=E4`) only
 * beside a letter, and a space's only at a line's end (an address's parameters, `?id=E4`, `x=20`, are the text's).
 */
const LETTER_ESCAPE_IN_WORD = lazyRegExp(
  () => /[\p{L}\d]*((?:=C[2-9A-F]|=D[0-9A-F])=[89AB][0-9A-F]|=E[0-9A-F](?:=[89AB][0-9A-F]){2}|=F[0-4](?:=[89AB][0-9A-F]){3}|(?<=\p{L})=(?:E4|F6|E5|C4|D6|E9)|=(?:E4|F6|E5|C4|D6|E9)(?=\p{L})|=20(?=[ \t]*(?:\n|$)))[\p{L}=0-9A-F]*/gu,
);

/**
 * An e-mail's quoted-printable source saved as the text (`V=C3=A4litt=C3=A4v=C3=A4t`, long lines
 * broken with a `=` at their end): decoded when it has several such letters and reads back as
 * UTF-8 — or, written with Windows-1252's (`yhteis=F6llisyyden`), as Windows-1252 — else null.
 */
/** At most one character written as itself per this many encoded letters in a quoted-printable source. */
const RAW_PER_ENCODED = 10;

function quotedPrintable(text: string): string | null {
  // (Or, in a text whose lines the mail broke with `=`, any character of UTF-8 encoded so: an English
  // text's dashes and quotes, `Mentoring Migrants =E2=80=93 into Work`, `person=E2=80=99s`.)
  const utf8 = (text.indexOf('=C3=') !== -1 && (text.match(PRINTABLE_LETTER)?.length ?? 0) >= FEW_PRINTABLE_LETTERS) || (text.indexOf('=\n') !== -1 && PRINTABLE_UTF8_CHARACTER.test(text));
  if (!utf8 && (text.indexOf('=') === -1 || (text.match(PRINTABLE_LETTER_1252)?.length ?? 0) < FEW_PRINTABLE_LETTERS)) return null;
  const joined = text.replace(/=\n/g, '');
  // The encoded runs between characters written as themselves (a forwarding note with its `ä` above
  // the source, a `–` left raw): each run decoded, the raw characters kept.
  const runs: (number[] | string)[] = [[]];
  for (let i = 0; i < joined.length; i++) {
    const code = joined.charCodeAt(i);
    const run = runs[runs.length - 1];
    if (code === 61 && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      (run as number[]).push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 128) (run as number[]).push(code);
    else runs.push(joined[i], []);
  }
  // (Only a source with a few such characters, a note above it: a text written as itself with a few
  // `=E4`-like sequences in it, a quoted subject line or an address's parameters, is no source.)
  const raw = runs.length >> 1;
  if (raw > 0 && raw * RAW_PER_ENCODED > (text.match(utf8 ? PRINTABLE_UTF8_CHARACTERS : PRINTABLE_LETTER_1252)?.length ?? 0)) return null;
  const buffers = runs.filter((run): run is number[] => typeof run !== 'string').map((run) => Buffer.from(run));
  const asUtf8 = buffers.every((buffer) => isUtf8(buffer));
  // (Outlook writes a Finnish mail's source in Windows-1252: `yhteis=F6llisyyden`.)
  if (!asUtf8 && utf8) return null;
  let out = '';
  let at = 0;
  for (const run of runs) out += typeof run === 'string' ? run : asUtf8 ? buffers[at++].toString('utf8') : legacyDecode(buffers[at++], 'windows-1252');
  return out;
}

/**
 * Lines of an e-mail's quoted-printable source that has no encoded letters (an English text, or one
 * pasted from a mail's source view) keep their soft line breaks: a `=` at the end of a long line, the
 * word or the value going on below (`… health a=` / `nd social services sector`). Each line that ends
 * in a single `=` right after a letter, a figure or a mark, as long as a mail program breaks its lines
 * (70–80 characters), with text on the line below, is joined to it; then those ending in ` =` too.
 * Null when there is none. A web address's `=` at a line's end (`…?id=12&kieli=`) is the address's.
 * `lines` gives each joined line's first line in the text before.
 */
function withoutSoftLineBreaks(text: string): { text: string; count: number; firstLine: number; lines: FileLines } | null {
  if (text.indexOf('=\n') === -1) return null;
  const rows = text.split('\n');
  const joins = new Uint8Array(rows.length);
  let count = 0;
  let first: number | undefined;
  // (A mail program breaks a line at its full width, inside a word or after one: a shorter line's `=`,
  // `… tavoite=` / `30 %.`, is the text's, and so is a web address's.)
  const broken = (row: string) => row.endsWith('=') && !row.endsWith('==') && row.length >= SOFT_BREAK_SHORTEST && row.length <= SOFT_BREAK_LONGEST && !WEB_ADDRESS_LAST.test(row);
  for (let i = 0; i + 1 < rows.length; i++) {
    if (!broken(rows[i]) || !/[\p{L}\d.,;:)-]=$/u.test(rows[i]) || rows[i + 1].trim() === '') continue;
    joins[i] = 1;
    first ??= i + 1;
    count++;
  }
  if (count === 0) return null;
  // (Once the text is such a copy, a break right after a space too: `… useampi kuin =` / `yksi`.)
  for (let i = 0; i + 1 < rows.length; i++) {
    if (joins[i] === 0 && broken(rows[i]) && rows[i].endsWith(' =') && rows[i + 1].trim() !== '') {
      joins[i] = 1;
      first = Math.min(first!, i + 1);
      count++;
    }
  }
  const line = new Int32Array(rows.length - count + 2);
  const shift = new Int32Array(rows.length - count + 2);
  let out = '';
  let row = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i === 0 || joins[i - 1] === 0) {
      line[++row] = i + 1;
      if (i > 0) out += '\n';
      out += rows[i];
    } else out += rows[i];
    if (joins[i] === 1) out = out.slice(0, -1);
  }
  return { text: out, count, firstLine: first!, lines: { line, shift } };
}
/** A line whose last word is a web address (its `=` a query's). */
const WEB_ADDRESS_LAST = lazyRegExp(() => /(?:^|\s)(?:https?:\/\/|www\.)\S*=$/iu);
/** A mail program breaks a quoted-printable line at 76 characters (a quote's `> ` before it, or its letters decoded). */
const SOFT_BREAK_LONGEST = 80;
const SOFT_BREAK_SHORTEST = 70;

/** `ä`, `ö`, `å`, `Ä`, `Ö` as UTF-8 read as Windows-1252: `Ã¤`, `Ã¶`, `Ã¥`, `Ã„`, `Ã–`. */
const TWICE_ENCODED = lazyRegExp(() => /Ã[¤¶¥„–]/g);

/**
 * A text saved as UTF-8 after its UTF-8 was read as Windows-1252 (`TyÃ¶llisyys`): written back as
 * Windows-1252 bytes, those are the UTF-8 of the text meant. Repaired when they are UTF-8 and the
 * text has such pairs and no ä or ö of its own; said with a warning either way.
 */
function encodedTwice(text: string): { text: string; repaired: boolean; diagnostic: Diagnostic } | null {
  if (text.indexOf('Ã') === -1) return null;
  const pairs = text.match(TWICE_ENCODED)?.length ?? 0;
  if (pairs < 2) return null;
  const bytes = iconv().encode(text, 'windows-1252');
  const meant = /[äöÄÖ]/.test(text) || !isUtf8(bytes) ? null : bytes.toString('utf8');
  const message = meant !== null
    ? `The text looks encoded twice (UTF-8 read as Windows-1252 and saved again: "Ã¤" for "ä", ${pairs} times); repaired, and positions are in the repaired text`
    : `The text looks encoded twice (UTF-8 read as Windows-1252 and saved again: "Ã¤" for "ä", ${pairs} times); not repaired, since not all of it reads back`;
  return { text: meant ?? text, repaired: meant !== null, diagnostic: { severity: 'warning', rule: 'encoding', message } };
}
