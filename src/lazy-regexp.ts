/**
 * Regular expressions made at their first use. The modules make some 430 expressions when they
 * load (from the vocabulary, the grammar and their own literals), and V8 parses each as it is
 * made; a single small file's parse uses about a quarter of them, so making the rest was some 20 ms
 * of its run, a tenth. A lazy expression is made, once, when it is first used.
 *
 * The stand-in answers what code asks of a regular expression: `test`, `exec`, its properties and
 * `lastIndex`, and the string methods (`replace`, `replaceAll`, `split`, `match`, `matchAll`,
 * `search`), which call a pattern's own symbol methods for any object that has them, as
 * `new RegExp(pattern)` reads its `source` and `flags`. It is no `instanceof RegExp`: nothing in
 * esr-parse asks that, and an expression handed to a library (zod's `.regex()` of the exported
 * record schema) is made a real one.
 */
class LazyRegExp {
  private made: RegExp | undefined = undefined;
  constructor(private readonly make: () => RegExp) {}

  get regExp(): RegExp {
    return (this.made ??= this.make());
  }
  test(text: string): boolean {
    return this.regExp.test(text);
  }
  exec(text: string): RegExpExecArray | null {
    return this.regExp.exec(text);
  }
  get source(): string {
    return this.regExp.source;
  }
  get flags(): string {
    return this.regExp.flags;
  }
  get global(): boolean {
    return this.regExp.global;
  }
  get ignoreCase(): boolean {
    return this.regExp.ignoreCase;
  }
  get multiline(): boolean {
    return this.regExp.multiline;
  }
  get sticky(): boolean {
    return this.regExp.sticky;
  }
  get unicode(): boolean {
    return this.regExp.unicode;
  }
  get dotAll(): boolean {
    return this.regExp.dotAll;
  }
  get hasIndices(): boolean {
    return this.regExp.hasIndices;
  }
  get lastIndex(): number {
    return this.regExp.lastIndex;
  }
  set lastIndex(index: number) {
    this.regExp.lastIndex = index;
  }
  toString(): string {
    return this.regExp.toString();
  }
  [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    return this.regExp[Symbol.replace](text, replacement as string);
  }
  [Symbol.split](text: string, limit?: number): string[] {
    return this.regExp[Symbol.split](text, limit);
  }
  [Symbol.match](text: string): RegExpMatchArray | null {
    return this.regExp[Symbol.match](text);
  }
  [Symbol.matchAll](text: string): IterableIterator<RegExpMatchArray> {
    return this.regExp[Symbol.matchAll](text);
  }
  [Symbol.search](text: string): number {
    return this.regExp[Symbol.search](text);
  }
}

/** A regular expression made by `make` when it is first used (see above). */
export function lazyRegExp(make: () => RegExp): RegExp {
  return new LazyRegExp(make) as unknown as RegExp;
}
