// The real-shape fixtures (fixtures/shapes/, REAL-SHAPES.md §1–§11): each text gives its reviewed
// record; and every description fixture, derived into the shapes real copies take (no blank lines,
// hard-wrapped, flattened), gives the same values — or each value that differs carries a located
// diagnostic about it (never silently wrong).
import { existsSync, readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape, unexplained, type ShapeName } from './helpers/shapes.js';

interface Expected {
  template: string | null;
  record: Record<string, unknown> | null;
  diagnostics: { rule: string; line?: number }[];
  notes: string;
}

const pairs = fg.sync('fixtures/shapes/**/*.txt', { cwd: root }).sort();
/** The Statistics Finland codes are compared once the lookup is shipped (grammar/area-codes.json). */
const codesShipped = existsSync(`${root}grammar/area-codes.json`);
/** Prose paths whose boundaries a copy without headings does not keep (the fixture says so with `ambiguous-prose-boundary`). */
const prosePaths = [['targetGroups', 'primary'], ['targetGroups', 'indirect'], ['summary'], ['communication', 'plan'], ['communication', 'disseminationPlan']];

function withoutPaths(record: Record<string, unknown>, paths: string[][]): Record<string, unknown> {
  const copy = structuredClone(record);
  for (const path of paths) {
    let target = copy as Record<string, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    delete target[path[path.length - 1]];
  }
  return copy;
}

describe('real-shape fixtures: the reviewed record of each', () => {
  it('finds the families', () => expect(pairs.length).toBeGreaterThanOrEqual(20));
  for (const fixture of pairs) {
    it(fixture, () => {
      const want: Expected = JSON.parse(readFileSync(root + fixture.replace(/\.txt$/, '.record.json'), 'utf8'));
      const result = parse(readFileSync(root + fixture), { file: fixture });
      expect(result.template).toBe(want.template);
      if (want.record === null) expect(result.record).toBeNull();
      else {
        const ignored: string[][] = [];
        if (want.diagnostics.some((d) => d.rule === 'ambiguous-prose-boundary')) ignored.push(...prosePaths);
        if (!codesShipped) ignored.push(['targetArea', 'regionCodes'], ['targetArea', 'subRegionCodes'], ['targetArea', 'municipalityCodes']);
        expect(withoutPaths(result.record!, ignored)).toEqual(withoutPaths(want.record, ignored));
      }
      for (const d of want.diagnostics) {
        const found = result.diagnostics.some((g) => g.rule === d.rule && (d.line === undefined || g.line === d.line));
        expect(found, `${d.rule} at line ${d.line}`).toBe(true);
      }
    });
  }
});

const derivable = [...fg.sync('fixtures/{seeds,variations,pages}/*.txt', { cwd: root }), ...pairs.filter((p) => !/\/(lookalikes|cut-off|flattened)\//.test(p))].sort();
const shapes: ShapeName[] = ['noblank', 'wrap60', 'flat'];

describe('derived shapes: the same values, or a located diagnostic on each that changed', () => {
  for (const fixture of derivable) {
    it(fixture, () => {
      const text = readFileSync(root + fixture, 'utf8');
      const tidy = parse(text, { file: fixture });
      const problems: string[] = [];
      for (const shape of shapes) {
        for (const line of unexplained(tidy, parse(deriveShape(text, shape), { file: fixture }))) problems.push(`${shape} ${line}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
