/**
 * What a run of a layout's field lines shows of a description of it: used by detection (which of two
 * layouts' descriptions comes first) and by the reader (where a second description starts).
 */
import type { CompiledField, CompiledTemplate } from '../grammar/index.js';
import type { SourceLine } from '../types.js';

/**
 * Whether the run of field lines from `at` on, no text between them, writes every required field of
 * the layout's first section (its period and authority too) and reaches its second section (its
 * applicant: `Toteuttajaorganisaation nimi:`) — as a description does, not a text quoting a
 * predecessor's code, name and applicant, nor a cover's line or two above another description.
 */
export function runsIntoSecondSection(lines: SourceLine[], at: number, layout: CompiledTemplate): boolean {
  const [first, second] = layout.sections;
  if (second === undefined) return false;
  const written = new Set<CompiledField>();
  for (let j = at; j < lines.length && lines[j].kind === 'label'; j++) {
    if (second.fieldsByLabel.has(lines[j].labelKey!)) return first.fields.every((field) => field.definition.required === undefined || written.has(field));
    for (const field of first.fieldsByLabel.get(lines[j].labelKey!) ?? []) written.add(field);
  }
  return false;
}

/**
 * Whether the field lines from `at` on, no text between them, go on through three fields of the
 * layout's sections after its first (its applicant's name, type, Y-tunnus …), or up to the text's end
 * (a copy cut there): a description does; a quote of a successor's first section and applicant in a
 * final report stops after one or two, its text going on.
 */
export function goesOnPastApplicant(lines: SourceLine[], at: number, layout: CompiledTemplate): boolean {
  let count = 0;
  let j = at;
  for (; j < lines.length && lines[j].kind === 'label'; j++) if (layout.sections.some((section) => section.index > 0 && section.fieldsByLabel.has(lines[j].labelKey!))) count++;
  return count >= LATER_FIELDS || j === lines.length;
}

const LATER_FIELDS = 3;
