import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '../src/grammar/index.js';
import { validateDefinition } from '../src/grammar/validate.js';
import { root } from './helpers/fixtures.js';

describe('layout definitions in grammar/', () => {
  const files = fg.sync('grammar/*.json', { cwd: root }).filter((f) => !/(vocabulary|area-codes|subregion-genitives|region-genitives)\.json$/.test(f));

  for (const file of files) {
    it(`${file} passes the same validation as a definition from outside`, () => {
      const text = readFileSync(root + file, 'utf8');
      const checked = validateDefinition(text, file);
      expect(checked.errors).toEqual([]);
    });
  }

  it('are all loaded', () => {
    expect(builtInRegistry().names.sort()).toEqual(files.map((f) => JSON.parse(readFileSync(root + f, 'utf8')).name).sort());
  });
});
