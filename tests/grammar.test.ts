import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { TemplateDefinitionSchema } from '../src/grammar/definition.js';
import { templates } from '../src/grammar/index.js';
import { emptyRecord } from '../src/record/empty.js';
import { root } from './helpers/fixtures.js';

function hasPath(object: unknown, path: string): boolean {
  let target = object as Record<string, unknown> | null;
  for (const key of path.split('.')) {
    if (target === null || typeof target !== 'object' || !(key in target)) return false;
    target = target[key] as Record<string, unknown> | null;
  }
  return true;
}

describe('template definitions in grammar/', () => {
  // Data files beside the templates: the vocabulary and the area codes with their genitives.
  const notTemplates = ['vocabulary.json', 'area-codes.json', 'subregion-genitives.json'];
  const files = fg.sync('grammar/*.json', { cwd: root }).filter((f) => !notTemplates.some((n) => f.endsWith(`/${n}`)));

  for (const file of files) {
    const definition = JSON.parse(readFileSync(root + file, 'utf8'));
    describe(file, () => {
      it('follows the definition schema', () => {
        expect(TemplateDefinitionSchema.safeParse(definition).error).toBeUndefined();
      });
      it('has unique section ids and parents that exist', () => {
        const ids = definition.sections.map((s: { id: string }) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const s of definition.sections) if (s.parent) expect(ids).toContain(s.parent);
      });
      it('maps only to record paths that exist', () => {
        const record = emptyRecord(definition.name);
        for (const section of definition.sections) {
          if (section.textPath) expect(hasPath(record, section.textPath), section.textPath).toBe(true);
          for (const field of section.fields ?? []) expect(hasPath(record, field.path), field.path).toBe(true);
        }
        for (const path of Object.keys(definition.constants)) expect(hasPath(record, path), path).toBe(true);
      });
    });
  }

  it('are all loaded', () => {
    expect(templates.map((t) => t.name).sort()).toEqual(files.map((f) => JSON.parse(readFileSync(root + f, 'utf8')).name).sort());
  });
});
