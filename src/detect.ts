/**
 * Picks the layout from the text: a title line decides at once; otherwise the template whose
 * heading and label vocabulary the text uses most wins, if it uses enough of it.
 */
import { phraseKey, templates, type CompiledTemplate } from './grammar/index.js';
import type { SourceLine } from './types.js';

/** Score a text must reach without a title: e.g. two headings and a label, or five labels. */
export const MIN_SCORE = 5;
const HEADING_SCORE = 2;
const LABEL_SCORE = 1;

export interface Detection {
  template: CompiledTemplate | null;
  scores: Record<string, number>;
}

function score(template: CompiledTemplate, lines: SourceLine[]): number {
  let total = 0;
  const headingsSeen = new Set<string>();
  const labelsSeen = new Set<string>();
  const countHeading = (sections: CompiledTemplate['sections'] | undefined, matches: (s: CompiledTemplate['sections'][number]) => boolean) => {
    for (const section of sections ?? []) {
      if (matches(section) && !headingsSeen.has(section.definition.id)) {
        headingsSeen.add(section.definition.id);
        total += HEADING_SCORE;
      }
    }
  };
  for (const line of lines) {
    const key = phraseKey(line, template);
    if (line.kind === 'numbered' && line.valueKey) {
      const value = line.valueKey;
      countHeading(template.sectionsByNumber.get(line.number!), (s) => s.headingKeys.has(value));
    }
    if (key !== null) countHeading(template.unnumberedByHeading.get(key), () => true);
    if (line.kind === 'label' && template.labelKeys.has(line.labelKey!) && !labelsSeen.has(line.labelKey!)) {
      labelsSeen.add(line.labelKey!);
      total += LABEL_SCORE;
    }
  }
  return total;
}

/** A title line decides at once, whichever template it belongs to and wherever it stands. */
function byTitle(lines: SourceLine[]): CompiledTemplate | null {
  for (const line of lines) {
    for (const template of templates) {
      const key = phraseKey(line, template);
      if (key !== null && template.titleKeys.has(key)) return template;
    }
  }
  return null;
}

export function detectTemplate(lines: SourceLine[]): Detection {
  const titled = byTitle(lines);
  if (titled) return { template: titled, scores: { [titled.name]: Infinity } };
  const scores: Record<string, number> = {};
  let best: CompiledTemplate | null = null;
  let bestScore = 0;
  for (const template of templates) {
    const result = score(template, lines);
    scores[template.name] = result;
    if (result > bestScore) {
      best = template;
      bestScore = result;
    }
  }
  return { template: bestScore >= MIN_SCORE ? best : null, scores };
}

/** What detection looks for, said in the `unknown-template` message. */
export function describeDetection(): string {
  return templates
    .map((t) => `${t.name} (title "${t.definition.titles[0]?.text ?? t.definition.sections[0].headings[0]}", headings such as "${t.definition.sections
      .slice(0, 2)
      .map((s) => [s.number, s.headings[0]].filter(Boolean).join(' '))
      .join('", "')}")`)
    .join('; ');
}
