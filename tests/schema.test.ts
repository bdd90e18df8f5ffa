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
