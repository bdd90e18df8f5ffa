/**
 * Chevrotain parser over the line vocabulary. It recognises the shape of every line (numbered,
 * labelled, plain, blank) and returns them positioned; grouping lines into sections and fields is
 * template knowledge and happens in `tree.ts`. One parser instance is built once and reused.
 */
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { allTokens, BlankLine, Label, LineEnd, Rest, SectionNumber, Text, lex } from '../lex/lexer.js';
import { normaliseKey, shortKey } from '../key.js';
import type { Diagnostic, Position, SourceLine } from '../types.js';

/**
 * Embedded actions rather than a CST: each line becomes its SourceLine as it is recognised. The
 * CST variant built and then walked a node per line, which was half of the whole parse time.
 */
class LineParser extends EmbeddedActionsParser {
  private lines: SourceLine[] = [];
  private previousLine = 0;
  private source = '';

  constructor() {
    super(allTokens, { recoveryEnabled: false, skipValidations: true });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.MANY(() => {
      this.OR([{ ALT: () => this.SUBRULE(this.line) }, { ALT: () => this.CONSUME(BlankLine) }]);
    });
  });

  public line = this.RULE('line', () => {
    const head = this.OR([
      { ALT: () => this.CONSUME(SectionNumber) },
      { ALT: () => this.CONSUME(Label) },
      { ALT: () => this.CONSUME(Text) },
    ]);
    const rest = this.OPTION(() => this.CONSUME(Rest));
    this.OPTION2(() => this.CONSUME(LineEnd));
    this.ACTION(() => {
      const afterBlank = this.previousLine === 0 || head.startLine! > this.previousLine + 1;
      const line = toSourceLine(this.source, head, rest, afterBlank);
      this.lines.push(line);
      this.previousLine = line.position.end.line;
    });
  });

  parseLines(tokens: IToken[], source: string): SourceLine[] {
    this.source = source;
    this.lines = [];
    this.previousLine = 0;
    this.input = tokens;
    this.document();
    return this.lines;
  }
}

const parser = new LineParser();

export interface LineParseResult {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

function startOf(token: IToken): Position['start'] {
  return { line: token.startLine!, column: token.startColumn!, offset: token.startOffset };
}

function endOf(token: IToken, trailingSpaces: number): Position['end'] {
  return {
    line: token.endLine!,
    column: token.endColumn! + 1 - trailingSpaces,
    offset: token.endOffset! + 1 - trailingSpaces,
  };
}

function trailingSpaceCount(image: string): number {
  let count = 0;
  for (let i = image.length - 1; i >= 0 && /\s/.test(image[i]); i--) count++;
  return count;
}

/** The line as written, from its first to its last non-blank character: a slice of the source, not a copy. */
function toSourceLine(source: string, head: IToken, rest: IToken | undefined, afterBlank: boolean): SourceLine {
  const last = rest ?? head;
  const position: Position = { start: startOf(head), end: endOf(last, trailingSpaceCount(last.image)) };
  const text = source.slice(position.start.offset, position.end.offset);
  const restText = rest ? rest.image.trimEnd() : '';
  const valuePosition = rest
    ? { start: startOf(rest), end: endOf(rest, trailingSpaceCount(rest.image)) }
    : undefined;
  if (head.tokenType === SectionNumber) {
    const number = head.image.replace(/\.$/, '');
    return { kind: 'numbered', text, number, value: restText, valueKey: shortKey(restText), afterBlank, position, valuePosition };
  }
  if (head.tokenType === Label) {
    const label = head.image.slice(0, -1).trim();
    return { kind: 'label', text, label, labelKey: normaliseKey(label), value: restText, afterBlank, position, valuePosition };
  }
  return { kind: 'text', text, afterBlank, position };
}

/** Lexes and parses decoded, LF-normalised text into its non-blank lines. Never throws on text. */
export function parseLines(text: string): LineParseResult {
  const lexed = lex(text);
  const diagnostics: Diagnostic[] = lexed.errors.map((e) => ({
    severity: 'error',
    rule: 'lex-error',
    message: e.message,
    line: e.line,
    column: e.column,
  }));
  const lines = parser.parseLines(lexed.tokens, text);
  for (const e of parser.errors) {
    diagnostics.push({
      severity: 'error',
      rule: 'parse-error',
      message: e.message,
      line: e.token.startLine,
      column: e.token.startColumn,
    });
  }
  return { lines, diagnostics };
}
