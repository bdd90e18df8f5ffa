/**
 * Characters a wrong code page left in a text that is valid UTF-8 as it stands, found and read back
 * line by line: UTF-8 read as Windows-1252 and saved again (`JÃ¤rvi` for `Järvi`, `â€“` for `–`;
 * also twice over, `ÃƒÂ¤`), a Windows-1252 text read as ISO-8859-1 (its `– ” … €` become the C1
 * controls U+0080–U+009F), and U+FFFD that an earlier lossy conversion left for a letter. Every line
 * changed or in doubt gets a located `encoding` warning: the value on it was not written so.
 *
 * Runs on the text with its line breaks made LF and before anything else changes it, so that its
 * lines are the file's.
 */
import type { Diagnostic } from './types.js';
import { lazyRegExp } from './lazy-regexp.js';

/** Windows-1252's characters for the bytes 0x80–0x9F (U+FFFD where it has none). */
const WINDOWS_1252_HIGH = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** The byte each character stood for when UTF-8 bytes were read as Windows-1252 or ISO-8859-1. */
function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code < 0x100) return code;
  const high = WINDOWS_1252_HIGH.indexOf(char);
  return high === -1 ? -1 : 0x80 + high;
}

/** A character that stood for a UTF-8 continuation byte (0x80–0xBF). */
const CONTINUATION = `[\\u0080-\\u00bf${WINDOWS_1252_HIGH.replace(/\ufffd/gu, '')}]`;
/**
 * A UTF-8 letter or sign read as Windows-1252: `Ã` or `Â` and one continuation (U+0080–U+00FF), or
 * `â` and two (U+2000–U+2FFF: dashes, quotes, `…`, `€`, `™`). Other lead bytes stand for letters a
 * Finnish text has before a dash or quote (`Ä`, `Ö`, `Å`: `KYLÄ”`), so only these three are read.
 */
const GARBLED = lazyRegExp(() => new RegExp(`[\\u00c2\\u00c3]${CONTINUATION}|\\u00e2${CONTINUATION}{2}`, 'gu'));
const MAY_BE_GARBLED = lazyRegExp(() => /[\u0080-\u009f\ufffd]|[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/u);

/** What the bytes of a garbled run meant, if they are UTF-8 of a character such a run stands for. */
function readBack(run: string): string | null {
  const bytes: number[] = [];
  for (const char of run) {
    const byte = byteOf(char);
    if (byte === -1) return null;
    bytes.push(byte);
  }
  const meant = Buffer.from(bytes).toString('utf8');
  if (meant.length !== 1) return null;
  const code = meant.charCodeAt(0);
  // (Not a C1 control, which no text means: `Â\u0085` is no garbled letter.)
  if (run.length === 2 ? code < 0xa0 || code > 0xff : code < 0x2000 || code > 0x214f) return null;
  return meant;
}

/** The passes of read-back a text garbled twice over needs (`ÃƒÂ¤` → `Ã¤` → `ä`), and one more. */
const MOST_PASSES = 3;

interface LineChange {
  line: number;
  column: number;
  count: number;
  example: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The line (1-based) of an offset, for offsets given in increasing order. */
function lineFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  let line = 0;
  return (offset) => {
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return { line: line + 1, column: offset - starts[line] + 1 };
  }
}

function noteChange(changes: Map<number, LineChange>, where: { line: number; column: number }, example: string): void {
  const seen = changes.get(where.line);
  if (seen === undefined) changes.set(where.line, { ...where, count: 1, example });
  else seen.count++;
}

/** Garbled runs read back, pass by pass; each line changed noted (its column in the text so read). */
function readBackRuns(text: string, changes: Map<number, LineChange>): string {
  for (let pass = 0; pass < MOST_PASSES; pass++) {
    let shift = 0;
    const found: { offset: number; example: string }[] = [];
    const next = text.replace(GARBLED, (run, offset: number) => {
      const meant = readBack(run);
      if (meant === null) return run;
      found.push({ offset: offset - shift, example: `"${run}" for "${meant}"` });
      shift += run.length - meant.length;
      return meant;
    });
    if (found.length === 0) break;
    const at = lineFinder(next);
    for (const { offset, example } of found) {
      const where = at(offset);
      const seen = changes.get(where.line);
      // (A later pass over the same line: its columns are those of the text so read.)
      if (seen !== undefined) seen.column = Math.min(seen.column, where.column);
      noteChange(changes, where, example);
    }
    text = next;
  }
  return text;
}

/**
 * Whether U+0085 stands for a line break (NEL: a mainframe's text, or its lines pasted into another)
 * rather than Windows-1252's `…`: in a text broken by it more than by line feeds, or where it stands
 * between a line's last character and the next line's first (`Karjalainen\u0085Asema:`), where no `…`
 * is written (`Kuortane… Soini`, `päällikkö … 31.12.`, `jne…`).
 */
function nextLineBreaks(text: string, offset: number, nextLines: number, lineFeeds: number, atLineEnds: number): boolean {
  // (Or where it stands beside the line feeds of most lines: a line end written `\u0085\n` or `\r\u0085`.)
  if (nextLines > lineFeeds || atLineEnds * 2 >= lineFeeds) return true;
  // (Over a run of them, a blank line's: `Karjalainen\u0085\u0085Asema:`.)
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) === 0x85) start--;
  let end = offset + 1;
  while (text.charCodeAt(end) === 0x85) end++;
  const before = text.charCodeAt(start - 1);
  return start > 0 && before > 32 && /^[\p{Lu}\d\-\u2013\u2022*(]/u.test(text.charAt(end));
}

export interface Repaired {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * The text with its garbled characters read back, and a warning for each line changed or holding a
 * character lost before (U+FFFD; not when `lostAlreadySaid`: the decoder put it for a bad byte and
 * said so there); null when it has none.
 */
export function repairedCodePageText(text: string, lostAlreadySaid: boolean): Repaired | null {
  if (!MAY_BE_GARBLED.test(text)) return null;
  const garbled = new Map<number, LineChange>();
  let read = readBackRuns(text, garbled);
  // The C1 controls left: Windows-1252's characters read as ISO-8859-1 (`–` as U+0096).
  const controls = new Map<number, LineChange>();
  if (/[\u0080-\u009f]/u.test(read)) {
    const at = lineFinder(read);
    const nextLines = read.match(/\u0085/gu)?.length ?? 0;
    const lineFeeds = nextLines === 0 ? 0 : read.match(/\n/gu)?.length ?? 0;
    const atLineEnds = nextLines === 0 ? 0 : read.match(/\u0085\n|\n\u0085/gu)?.length ?? 0;
    const source = read;
    read = read.replace(/[\u0080-\u009f]/gu, (control, offset: number) => {
      // (A line break is left for the decoder, which reads NEL as one.)
      if (control === '\u0085' && nextLineBreaks(source, offset, nextLines, lineFeeds, atLineEnds)) return control;
      const meant = WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80];
      noteChange(controls, at(offset), `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} for "${meant}"`);
      return meant;
    });
  }
  // A garbled sign whose last byte was lost on the way (`â€?` for `”`, `Ã` before a letter for `Í`):
  // nothing to read back, but the value is not as written. (`Ã` alone only in a text with other
  // garbled signs: `SÃO PAULO` is a name in capitals.)
  const broken = new Map<number, LineChange>();
  if (read.includes('\u00e2\u20ac') || (garbled.size > 0 && read.includes('\u00c3'))) {
    const at = lineFinder(read);
    for (const match of read.matchAll(garbled.size > 0 ? /\u00e2\u20ac|\u00c3(?=[\s\p{Ll}?])/gu : /\u00e2\u20ac/gu)) noteChange(broken, at(match.index), `"${read.slice(match.index, match.index + 3)}"`);
  }
  const lost = new Map<number, LineChange>();
  if (!lostAlreadySaid && read.includes('\ufffd')) {
    const at = lineFinder(read);
    for (let offset = read.indexOf('\ufffd'); offset !== -1; offset = read.indexOf('\ufffd', offset + 1)) noteChange(lost, at(offset), '"\ufffd"');
  }
  if (garbled.size === 0 && controls.size === 0 && lost.size === 0 && broken.size === 0) return null;
  const diagnostics: Diagnostic[] = [];
  const located = (change: LineChange): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> => ({ line: change.line, column: change.column, endLine: change.line, endColumn: change.column + 1 });
  const times = (count: number) => (count === 1 ? '' : ` (${count} times on the line)`);
  for (const change of garbled.values()) diagnostics.push({ severity: 'warning', rule: 'encoding', message: `Characters garbled by a wrong encoding (UTF-8 read as Windows-1252 and saved again): ${change.example}${times(change.count)}, read back; the line's columns are in the text so read`, ...located(change) });
  for (const change of controls.values()) diagnostics.push({ severity: 'warning', rule: 'encoding', message: `A control character where a Windows-1252 text had a sign (the text read as ISO-8859-1 and saved again): ${change.example}${times(change.count)}, read as that sign`, ...located(change) });
  for (const change of broken.values()) diagnostics.push({ severity: 'warning', rule: 'encoding', message: `Characters garbled by a wrong encoding that do not read back (a byte lost on the way): ${change.example}${times(change.count)}; a value on this line is not as it was written`, ...located(change) });
  for (const change of lost.values()) diagnostics.push({ severity: 'warning', rule: 'encoding', message: `The replacement character "\ufffd" stands where a letter was lost by an earlier conversion${times(change.count)}: a value on this line is not as it was written`, ...located(change) });
  diagnostics.sort((a, b) => a.line! - b.line!);
  return { text: read, diagnostics };
}

/**
 * A text of DOS's code page 850 or the classic Mac OS's read as Windows-1252 and saved as UTF-8: its
 * ä and ö are signs between letters (`J„rvilakeuden`, `Ty”`; `JŠrvilakeuden`, `Tyš`) and it has no ä
 * or ö of its own. Such a text is written back into the bytes it had and read in its code page.
 */
const OTHER_CODE_PAGES: ReadonlyArray<{ encoding: string; name: string; letters: RegExp; a: RegExp }> = [
  { encoding: 'cp850', name: 'DOS code page 850', letters: /\p{L}[\u201e\u201d\u2020]\p{L}/gu, a: /\p{L}\u201e\p{L}/gu },
  { encoding: 'macintosh', name: 'Mac OS Roman', letters: /\p{L}[\u0160\u0161\u0152]\p{L}/gu, a: /\p{L}\u0160\p{L}/gu },
];
/**
 * Fewer of the code page's `ä` (the commonest of the letters: DOS's `„`, the Mac's `Š`) inside words
 * than this: Slavic names (`Košice`, `Dušan Mišík`) have `š` aplenty, but not `Š` inside a word.
 */
const FEW_OTHER_PAGE_A = 5;
/**
 * Fewer such signs inside words than this are names' (`Kašpar Tomáš`, `Šišková`) or quotations', not
 * a code page's: a Finnish text has an ä or ö in nearly every sentence.
 */
const FEW_OTHER_PAGE_LETTERS = 10;

export function otherCodePageText(text: string, decode: (bytes: Buffer, encoding: string) => string, encode: (text: string, encoding: string) => Buffer): Repaired | null {
  if (/[äöÄÖ]/u.test(text)) return null;
  for (const page of OTHER_CODE_PAGES) {
    const letters = text.match(page.letters)?.length ?? 0;
    if (letters < FEW_OTHER_PAGE_LETTERS || (text.match(page.a)?.length ?? 0) < FEW_OTHER_PAGE_A) continue;
    const bytes = encode(text, 'windows-1252');
    // (Every character must be Windows-1252's for the bytes to be the text's own.)
    if (decode(bytes, 'windows-1252') !== text) return null;
    const read = decode(bytes, page.encoding);
    return { text: read, diagnostics: [{ severity: 'warning', rule: 'encoding', message: `The text is ${page.name} read as Windows-1252 and saved as UTF-8 ("J„rvi", "JŠrvi" for "Järvi", ${letters} times): read in ${page.name}` }] };
  }
  return null;
}

/**
 * Whether a text holds characters a wrong code page leaves: UTF-8 read as Windows-1252 (`Ã¤`, `â€“`), as the DOS code
 * page 850 a Finnish Windows console uses (`├ñ` for `ä`, what Windows PowerShell 5.1 makes of a program's output it
 * redirects), or U+FFFD left for a letter by a lossy conversion. For stored results, whose values the tool wrote whole.
 */
export function hasGarbledCharacters(text: string): boolean {
  GARBLED.lastIndex = 0;
  return GARBLED.test(text) || CP850_GARBLED.test(text) || text.includes('\ufffd');
}
/**
 * UTF-8's `ä`, `ö`, `å`, `Ä`, `Ö`, `Å`, `é` as code page 850 shows them: its lead byte 0xC3 (`├`) and the continuation
 * byte's character (`├ñ`, `├Â`, …). (Not `├` before another, a tree's box drawing, `├─ Työpaketti 1`: review RVB.)
 */
const CP850_LETTER = '\\u251c[\\u00f1\\u00c2\\u00d1\\u00e4\\u00fb\\u00e0\\u00ae]';
const CP850_GARBLED = lazyRegExp(() => new RegExp(CP850_LETTER, 'u'));
const CP850_GARBLED_ALL = lazyRegExp(() => new RegExp(CP850_LETTER, 'gu'));

/**
 * A UTF-8 text read as the DOS code page 850 and saved again (`H├ñmeen` for `Hämeen`, `ÔÇô` for `–`): what Windows
 * PowerShell 5.1 makes of a program's output it redirects on a Finnish Windows (`pdftotext … > x.txt`). With such
 * letters several times and no `ä` or `ö` of its own, the text is written back into its code page 850 bytes and read as
 * UTF-8, said once. (Review RVB of round 80: read as written, unsaid.)
 */
export function utf8ReadAsCodePage850(text: string, decode: (bytes: Buffer, encoding: string) => string, encode: (text: string, encoding: string) => Buffer): Repaired | null {
  const letters = text.match(CP850_GARBLED_ALL)?.length ?? 0;
  // (Its `Ä` is `├ä`: an `ä` of the text's own stands elsewhere.)
  if (letters < FEW_OTHER_PAGE_A || /[äöÄÖ]/u.test(text.replace(CP850_GARBLED_ALL, ''))) return null;
  if (letters < FEW_OTHER_PAGE_A) return null;
  const bytes = encode(text, 'cp850');
  // (Every character must be code page 850's for the bytes to be the text's own, and they must be UTF-8.)
  if (decode(bytes, 'cp850') !== text) return null;
  const read = decode(bytes, 'utf-8');
  if (read.includes('\ufffd')) return null;
  return { text: read, diagnostics: [{ severity: 'warning', rule: 'encoding', message: `The text is UTF-8 read as the DOS code page 850 and saved again ("├ñ" for "ä", ${letters} times), as Windows PowerShell 5.1 writes a program's output it redirects: read back as UTF-8` }] };
}

/**
 * Each line holding letters as UTF-8 read as the DOS code page 850 leaves them (`V├ñlitt├ñv├ñt`) in a text not garbled
 * whole (a mail's intro above it, a section pasted from a console, a line mended by hand): not read back, a warning at
 * the line — its values are not as written. (Review RVC of round 80: read as written, unsaid.)
 */
export function codePage850Lines(text: string): Diagnostic[] {
  if (!CP850_GARBLED.test(text)) return [];
  const changes = new Map<number, LineChange>();
  const at = lineFinder(text);
  for (const match of text.matchAll(CP850_GARBLED_ALL)) noteChange(changes, at(match.index), `"${match[0]}"`);
  return [...changes.values()].map((change) => ({ severity: 'warning', rule: 'encoding', message: `Letters garbled as UTF-8 read as the DOS code page 850 leaves them (${change.example} for a letter such as "ä" or "ö"${change.count === 1 ? '' : `, ${change.count} times on the line`}), in a text not garbled whole: not read back; a value on this line is not as it was written`, line: change.line, column: change.column, endLine: change.line, endColumn: change.column + 2 }));
}
