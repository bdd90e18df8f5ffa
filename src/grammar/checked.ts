/**
 * Which definition objects have been validated (by `validateDefinition`), and how the library checks
 * one that was not: kept apart from the validator, which needs zod, so that the CLI's start-up,
 * whose definitions are always validated when their files load, does not load it.
 */
import type { TemplateDefinition } from './definition.js';

const validated = new WeakSet<object>();

export function markValidated(definition: TemplateDefinition): void {
  validated.add(definition);
}

export function isValidated(definition: TemplateDefinition): boolean {
  return validated.has(definition);
}

/** The errors of a definition, as text; null when it is valid. */
export type DefinitionCheck = (definition: unknown, name: string) => string | null;

let check: DefinitionCheck | null = null;

/** Set by the library's entry: `parse()` then checks definitions passed to it that were not validated. */
export function useDefinitionCheck(validate: DefinitionCheck): void {
  check = validate;
}

export function definitionCheck(): DefinitionCheck | null {
  return check;
}
