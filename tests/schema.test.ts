import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { resultJsonSchema, SCHEMA_ID } from '../src/record/schema.js';
import { validateAgainstSchema } from '../src/validate/schema-validator.js';
import { descriptionFixtures, parseFixture, root } from './helpers/fixtures.js';

const committed = JSON.parse(readFileSync(`${root}schemas/esr-parse-result.schema.json`, 'utf8'));

describe('the published JSON Schema', () => {
  it('is what the zod types generate (run `npm run schema:write` after changing them)', () => {
    expect(committed).toEqual(resultJsonSchema());
  });

  it('is a valid draft 2020-12 schema with an $id', () => {
    expect(committed.$id).toBe(SCHEMA_ID);
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => new Ajv2020({ strict: false }).compile(committed)).not.toThrow();
  });

  it('accepts the result of every fixture', () => {
    for (const fixture of descriptionFixtures()) {
      const result = parseFixture(fixture);
      expect(validateAgainstSchema(result), fixture).toEqual([]);
    }
  });

  it('rejects a record with a number where a string belongs, naming the JSON path', () => {
    const result = parseFixture('fixtures/seeds/000_ddad63b48901b7a4.txt');
    (result.record as unknown as { project: { code: unknown } }).project.code = 10843;
    const errors = validateAgainstSchema(result);
    expect(errors.map((e) => [e.rule, e.path])).toContainEqual(['schema', '/record/project/code']);
  });

  it('rejects a record with a missing key: the shape is stable', () => {
    const result = parseFixture('fixtures/seeds/004_3bb6e26593869c78.txt');
    delete (result.record as unknown as { summary?: unknown }).summary;
    expect(validateAgainstSchema(result).some((e) => e.message.includes('summary'))).toBe(true);
  });
});

describe('the generated validator', () => {
  const reference = new Ajv2020({ allErrors: true, strict: false }).compile(committed);
  const judged = (errors: { instancePath: string; message?: string }[] | null | undefined) =>
    (errors ?? []).map((e) => `${e.instancePath} ${e.message}`).sort();

  /** Every way to break one value of the result: a wrong type, a deletion, an extra key. */
  function* mutants(result: unknown): Generator<unknown> {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(result, []);
    for (const path of paths.slice(1)) {
      for (const change of ['number', 'delete', 'extra'] as const) {
        const copy = structuredClone(result) as Record<string | number, unknown>;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const last = path[path.length - 1];
        if (change === 'number') parent[last] = 12.5;
        else if (change === 'delete') delete parent[last];
        else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) (parent[last] as Record<string, unknown>).unexpected = 1;
        else continue;
        yield copy;
      }
    }
  }

  it('judges every fixture result, and each one-value break of it, exactly as the committed schema does', async () => {
    const { default: generated } = await import('../src/validate/generated/validate-result.js');
    let compared = 0;
    for (const fixture of descriptionFixtures()) {
      for (const candidate of mutants(JSON.parse(JSON.stringify(parseFixture(fixture))))) {
        const expected = reference(candidate);
        expect(generated(candidate)).toBe(expected);
        expect(judged(generated.errors)).toEqual(judged(reference.errors));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('is split into functions small enough for V8 to optimise', () => {
    const source = readFileSync(`${root}src/validate/generated/validate-result.js`, 'utf8');
    const starts = [...source.matchAll(/function validate\d+\(/g)].map((m) => m.index);
    const sizes = starts.map((start, i) => (starts[i + 1] ?? source.length) - start);
    expect(sizes.length).toBeGreaterThan(5);
    // V8 does not optimise a function of over 60 KB of bytecode; ajv's code is about half as long in bytecode as in text.
    expect(Math.max(...sizes)).toBeLessThan(60_000);
  });
});
