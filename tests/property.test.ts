// Random mutations of every fixture: the parser never throws, gives one result, keeps every
// non-blank line in the tree, and its output validates against the schema.
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import { parse } from '../src/index.js';
import { validateAgainstSchema } from '../src/validate/schema-validator.js';
import { runCli } from './helpers/cli.js';
import { descriptionFixtures, readFixture } from './helpers/fixtures.js';
import { nonBlankLines, ownedLines } from './helpers/tree.js';

// CI replays one fixed seed, so that a red run can be reproduced; local runs explore new ones.
const seed = process.env.CI ? 20261122 : undefined;

type Mutation =
  | { kind: 'deleteLine' | 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; other: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insertBytes'; at: number; bytes: Uint8Array }
  | { kind: 'insertText'; at: number; text: string }
  | { kind: 'garbleLabel'; at: number; text: string };

const position = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), at: position }),
  fc.record({ kind: fc.constant('swapLines' as const), at: position, other: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insertBytes' as const), at: position, bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ kind: fc.constant('insertText' as const), at: position, text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('\n1. Projekti\n', ':', '\n3.4 ', '\nKunnat: ', '\r', '\u00a0', 'Kesken.', '\n\n', ' | ', '\nSuunniteltu: 99999999999999999999')) }),
  fc.record({ kind: fc.constant('garbleLabel' as const), at: position, text: fc.string({ maxLength: 12 }) }),
);

function index(length: number, at: number): number {
  return Math.min(length - 1, Math.floor(at * length));
}

function mutate(bytes: Buffer, mutations: Mutation[]): Buffer {
  let data = bytes;
  for (const m of mutations) {
    if (m.kind === 'truncate') data = data.subarray(0, Math.floor(m.at * data.length));
    else if (m.kind === 'insertBytes' || m.kind === 'insertText') {
      const at = Math.floor(m.at * data.length);
      const insert = m.kind === 'insertBytes' ? Buffer.from(m.bytes) : Buffer.from(m.text);
      data = Buffer.concat([data.subarray(0, at), insert, data.subarray(at)]);
    } else {
      const lines = data.toString('latin1').split('\n');
      if (lines.length === 0) continue;
      const i = index(lines.length, m.at);
      if (m.kind === 'deleteLine') lines.splice(i, 1);
      else if (m.kind === 'duplicateLine') lines.splice(i, 0, lines[i]);
      else if (m.kind === 'swapLines') {
        const j = index(lines.length, m.other);
        [lines[i], lines[j]] = [lines[j], lines[i]];
      } else {
        // Garble what stands before the colon, keeping the rest of the line.
        const colon = lines[i].indexOf(':');
        lines[i] = colon >= 0 ? Buffer.from(m.text).toString('latin1') + lines[i].slice(colon) : lines[i];
      }
      data = Buffer.from(lines.join('\n'), 'latin1');
    }
  }
  return data;
}

const fixtures = descriptionFixtures();

describe('mutated fixtures (fast-check)', () => {
  for (const fixture of fixtures) {
    it(fixture, () => {
      const original = readFixture(fixture);
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
          const bytes = mutate(original, mutations);
          const result = parse(bytes, { file: 'mutant.txt', tree: true });
          expect(result.file).toBe('mutant.txt');
          expect(validateAgainstSchema(result)).toEqual([]);
          expect(result.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'internal-error')).toEqual([]);
          const decoded = decode(bytes);
          if (result.tree && !('failure' in decoded)) expect(ownedLines(result.tree)).toEqual(nonBlankLines(decoded.text, decoded.fileLines));
          if (result.ok) expect(result.record).not.toBeNull();
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 25), seed },
      );
    });
  }
});

describe('300 random mutants of the seeds in one run', () => {
  it('give 300 results and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-mutants-'));
    const seeds = fixtures.filter((f) => f.startsWith('fixtures/seeds/')).map(readFixture);
    const samples = fc.sample(fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 })), { numRuns: 300, seed: seed ?? Date.now() });
    samples.forEach(([which, mutations], i) => writeFileSync(join(dir, `mutant-${String(i).padStart(3, '0')}.txt`), mutate(seeds[which], mutations)));
    const { stdout, stderr } = await runCli(['--format', 'ndjson', '--quiet', dir]);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(results).toHaveLength(300);
    expect(new Set(results.map((r) => r.file)).size).toBe(300);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(results.flatMap((r) => r.diagnostics).filter((d: { rule: string }) => d.rule === 'internal-error')).toEqual([]);
  });
});
