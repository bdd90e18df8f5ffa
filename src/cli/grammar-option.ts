/**
 * `--grammar FILE` (repeatable): layout definitions read from files, validated exactly like the
 * built-in ones; a bad one is a usage error that says where in the file each problem is. Also
 * checks `--template NAME` against the built-in and the given layouts.
 */
import { readFileSync } from 'node:fs';
import type { TemplateDefinition } from '../grammar/definition.js';
import { builtInDefinitions, normaliseKey, registryWith } from '../grammar/index.js';
import { UsageError } from './errors.js';
import { reasonOf } from './process.js';

export async function loadGrammars(files: string[] | undefined, template: string | undefined): Promise<TemplateDefinition[]> {
  const definitions: TemplateDefinition[] = [];
  if (files && files.length > 0) {
    // The definition language's validator (zod) is loaded only when a definition is given.
    const { validateDefinition, formatDefinitionErrors } = await import('../grammar/validate.js');
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new UsageError(`Cannot read the layout definition ${file}: ${reasonOf(error)}`);
      }
      const checked = validateDefinition(bytes, file);
      if (!checked.definition) throw new UsageError(`Invalid layout definition:\n${formatDefinitionErrors(checked.errors)}`);
      // (A second file of the same name would replace the first unseen; a built-in's name is replaced on purpose.)
      const before = definitions.findIndex((definition) => definition.name === checked.definition!.name);
      if (before !== -1) throw new UsageError(`Two layout definitions are named "${checked.definition.name}" (${files[before]} and ${file}): give each its own name`);
      definitions.push(checked.definition);
    }
    // (With --template, detection is not asked: a title two layouts share does no harm.)
    if (template === undefined) sayTitlesTaken(definitions, files);
  }
  if (template !== undefined) {
    const names = registryWith(definitions).names;
    if (!names.includes(template)) throw new UsageError(`Unknown template "${template}"; known: ${names.join(', ')}`);
  }
  return definitions;
}

/**
 * A definition's title that another layout already has: a text with it would always be read with
 * the first of them (titles decide detection at once), so the given layout would never be chosen.
 */
function sayTitlesTaken(definitions: TemplateDefinition[], files: string[]): void {
  const given = new Set(definitions.map((definition) => definition.name));
  const others = builtInDefinitions.filter((definition) => !given.has(definition.name));
  definitions.forEach((definition, i) => {
    for (const title of definition.titles) {
      const key = normaliseKey(title.text);
      const owner = [...others, ...definitions.slice(0, i)].find((other) => other.titles.some((t) => normaliseKey(t.text) === key));
      if (owner) throw new UsageError(`${files[i]}: the title "${title.text}" is also the layout ${owner.name}'s, which a text with it is read with; give "${definition.name}" a title of its own (or none), name it "${owner.name}" to replace that layout, or choose it with --template ${definition.name}`);
    }
  });
}
