import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenPairs, parseFixture, root } from './helpers/fixtures.js';

const pairs = goldenPairs();

describe('golden fixtures', () => {
  it('finds the seed and variation pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(18);
  });

  for (const { fixture, expected } of pairs) {
    it(fixture, () => {
      const want = JSON.parse(readFileSync(root + expected, 'utf8'));
      expect(parseFixture(fixture)).toEqual(want);
    });
  }
});
