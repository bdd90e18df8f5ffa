/**
 * The line-oriented token vocabulary shared by every layout. Like Chevrotain's INI example, a line
 * starts in `lineStart` mode; a section number, a `Label:` or plain text switches to `restOfLine`
 * mode, which takes everything up to the line break as one token. Which of these lines are headings,
 * fields or prose is decided later, per template and per section: the lexer knows no Finnish.
 */
import { createToken, Lexer, type ILexingError, type IToken } from 'chevrotain';

// White space is every Unicode space but the line break (tabs, vertical tabs, form feeds, ideographic
// spaces…), so that a line of nothing but such characters is blank, as String#trim sees it.
const Indent = createToken({ name: 'Indent', pattern: /[^\S\n]+/, group: Lexer.SKIPPED });
export const BlankLine = createToken({ name: 'BlankLine', pattern: /\n/, line_breaks: true });
/** `3.1`, `1.` or `8` followed by whitespace and more text on the same line. */
export const SectionNumber = createToken({
  name: 'SectionNumber',
  pattern: /\d{1,3}(?:\.\d{1,3})*\.?(?=[^\S\n]+\S)/,
  push_mode: 'restOfLine',
});
/** Up to the first colon; a URL scheme (`http://`) is not a label. */
export const Label = createToken({
  name: 'Label',
  pattern: /[^\s:][^\n:]{0,119}:(?!\/\/)/,
  push_mode: 'restOfLine',
});
export const Text = createToken({ name: 'Text', pattern: /[^\n]+/, push_mode: 'restOfLine' });

const Spacing = createToken({ name: 'Spacing', pattern: /[^\S\n]+/, group: Lexer.SKIPPED });
export const Rest = createToken({ name: 'Rest', pattern: /[^\n]+/ });
export const LineEnd = createToken({ name: 'LineEnd', pattern: /\n/, line_breaks: true, pop_mode: true });

export const allTokens = [Indent, BlankLine, SectionNumber, Label, Text, Spacing, Rest, LineEnd];

export const lineLexer = new Lexer(
  {
    modes: {
      lineStart: [Indent, BlankLine, SectionNumber, Label, Text],
      restOfLine: [Spacing, Rest, LineEnd],
    },
    defaultMode: 'lineStart',
  },
  { positionTracking: 'full', ensureOptimizations: false, skipValidations: true },
);

export interface LexResult {
  tokens: IToken[];
  errors: ILexingError[];
}

export function lex(text: string): LexResult {
  const { tokens, errors } = lineLexer.tokenize(text);
  return { tokens, errors };
}
