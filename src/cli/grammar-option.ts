/**
 * `--grammar FILE` (repeatable): layout definitions read from files, validated exactly like the
 * built-in ones; a bad one is a usage error that says where in the file each problem is. Also
 * checks `--template NAME` against the built-in and the given layouts.
 */
import { readFileSync } from 'node:fs';
import type { TemplateDefinition } from '../grammar/definition.js';
import { builtInDefinitions, definitionConflict, registryWith } from '../grammar/index.js';
import { UsageError } from './errors.js';
import { reasonOf } from './process.js';

/**
 * `note` hears of a definition that keeps a built-in layout's name, and so replaces it (the natural
 * slip of an author who starts from a copy of the built-in file): every text of that layout is read
 * with the definition, or as another layout.
 */
export async function loadGrammars(files: string[] | undefined, template: string | undefined, note: (message: string) => void = () => {}): Promise<TemplateDefinition[]> {
  const definitions: TemplateDefinition[] = [];
  if (files && files.length > 0) {
    // The definition language's validator (zod) is loaded only when a definition is given.
    const { validateDefinition, formatDefinitionErrors, definitionErrorAt } = await import('../grammar/validate.js');
    const texts: Uint8Array[] = [];
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new UsageError(`Cannot read the layout definition ${file}: ${reasonOf(error)}`);
      }
      const checked = validateDefinition(bytes, file);
      if (!checked.definition) throw new UsageError(`Invalid layout definition:\n${formatDefinitionErrors(checked.errors)}`);
      definitions.push(checked.definition);
      texts.push(bytes);
      if (builtInDefinitions.some((builtIn) => builtIn.name === checked.definition!.name)) note(`esr-parse: the layout definition ${file} is named "${checked.definition.name}", as a built-in layout is: it replaces the built-in one\n`);
    }
    // (With --template, detection is not asked: a title two layouts share does no harm.)
    const conflict = definitionConflict(definitions, files, template === undefined);
    if (conflict !== null) throw new UsageError(`Invalid layout definition:\n${formatDefinitionErrors([definitionErrorAt(texts[conflict.index], files[conflict.index], conflict.path, conflict.message)])}`);
  }
  if (template !== undefined) {
    const names = registryWith(definitions).names;
    if (!names.includes(template)) throw new UsageError(`Unknown template "${template}"; known: ${names.join(', ')}`);
  }
  return definitions;
}
