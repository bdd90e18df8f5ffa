/**
 * The marks a scan's OCR reads from a speck or a page's edge before a line's words (`'9 Loppuraportin
 * tiivistelmä`, `| Sukupuolinäkökulma …: Kyllä`, `» 7.2 …`): one list for every reader of them.
 */
const SCAN_MARKS = `'~»|¦‘’\``;

/** The marks as a regular expression's character class, `['~»|¦‘’\`]`. */
export const SCAN_MARK_CLASS = `[${SCAN_MARKS.replace(/[\\\]^-]/gu, '\\$&')}]`;

const SCAN_MARK_CODES = new Set([...SCAN_MARKS].map((mark) => mark.charCodeAt(0)));

/** Whether a character (by its code) is one of the marks. */
export function isScanMarkCode(code: number): boolean {
  return SCAN_MARK_CODES.has(code);
}
