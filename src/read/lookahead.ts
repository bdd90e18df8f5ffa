/**
 * How the layout grammars choose: by their predicates alone. Every line is an `AnyLine` to the
 * grammar (tokens.ts), so token lookahead can tell a line only from the end of the text; which
 * alternative a line takes, and whether a loop or an option goes on, is what the gates say (which
 * section a line opens, whether it continues a field). Chevrotain's LL(k) analysis computed, for
 * every choice and loop, first sets that always came out as "any line" — at every start-up, and a
 * token-category test at every step. This strategy builds the lookahead functions that say just
 * that: the first alternative whose gate holds (or that has none); a loop or option goes on while
 * there is a line (its gate is Chevrotain's to ask).
 */
import { EOF, type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type IToken } from 'chevrotain';

interface Lookahead {
  LA(howMuch: number): IToken;
}

function firstAlternativeWhoseGateHolds(this: Lookahead, alternatives?: IOrAlt<unknown>[]): number | undefined {
  if (alternatives === undefined || this.LA(1).tokenType === EOF) return undefined;
  for (let i = 0; i < alternatives.length; i++) {
    const gate = alternatives[i].GATE;
    if (gate === undefined || gate.call(this)) return i;
  }
  return undefined;
}

function aLineFollows(this: Lookahead): boolean {
  return this.LA(1).tokenType !== EOF;
}

export class PredicateLookahead implements ILookaheadStrategy {
  validate(): ILookaheadValidationError[] {
    return [];
  }

  buildLookaheadForAlternation(): (alternatives?: IOrAlt<unknown>[]) => number | undefined {
    return firstAlternativeWhoseGateHolds;
  }

  buildLookaheadForOptional(): () => boolean {
    return aLineFollows;
  }
}
