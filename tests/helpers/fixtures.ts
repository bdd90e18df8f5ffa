import fg from 'fast-glob';
import { readFileSync, existsSync } from 'node:fs';
import { parse, type Result } from '../../src/index.js';

export const root = new URL('../../', import.meta.url).pathname;

/** Every description fixture, relative to the repository root (`fixtures/seeds/000_….txt`). */
export function descriptionFixtures(): string[] {
  return fg.sync('fixtures/**/*.txt', { cwd: root }).sort();
}

export function expectedPathOf(fixture: string): string {
  return fixture.replace(/\.txt$/, '.expected.json');
}

/** Fixture pairs: a description and its reviewed expected result (jc-style: adding a case is adding two files). */
export function goldenPairs(): { fixture: string; expected: string }[] {
  return descriptionFixtures()
    .map((fixture) => ({ fixture, expected: expectedPathOf(fixture) }))
    .filter(({ expected }) => existsSync(root + expected));
}

export function readFixture(fixture: string): Buffer {
  return readFileSync(root + fixture);
}

export function parseFixture(fixture: string, options: { tree?: boolean } = {}): Result {
  return parse(readFixture(fixture), { file: fixture, ...options });
}
