/**
 * `--grammar FILE` (repeatable): layout definitions read from files, validated exactly like the
 * built-in ones; a bad one is a usage error that says where in the file each problem is. Also
 * checks `--template NAME` against the built-in and the given layouts.
 */
import { readFileSync } from 'node:fs';
import type { TemplateDefinition } from '../grammar/definition.js';
import { registryWith } from '../grammar/index.js';
import { UsageError } from './errors.js';
import { reasonOf } from './process.js';

export async function loadGrammars(files: string[] | undefined, template: string | undefined): Promise<TemplateDefinition[]> {
  const definitions: TemplateDefinition[] = [];
  if (files && files.length > 0) {
    // The definition language's validator (zod) is loaded only when a definition is given.
    const { validateDefinition, formatDefinitionErrors } = await import('../grammar/validate.js');
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`Cannot read the layout definition ${file}: ${reasonOf(error)}`);
      }
      const checked = validateDefinition(text, file);
      if (!checked.definition) throw new UsageError(`Invalid layout definition:\n${formatDefinitionErrors(checked.errors)}`);
      definitions.push(checked.definition);
    }
  }
  if (template !== undefined) {
    const names = registryWith(definitions).names;
    if (!names.includes(template)) throw new UsageError(`Unknown template "${template}"; known: ${names.join(', ')}`);
  }
  return definitions;
}
