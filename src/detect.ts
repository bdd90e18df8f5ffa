/**
 * Picks the layout from the text: a title line decides at once; otherwise the template whose
 * heading and label vocabulary the text uses most wins, if it uses enough of it.
 */
import { normaliseKey, templates, type CompiledTemplate } from './grammar/index.js';
import type { SourceLine } from './types.js';

/** Score a text must reach without a title: e.g. two headings and a label, or five labels. */
export const MIN_SCORE = 5;
const HEADING_SCORE = 2;
const LABEL_SCORE = 1;

export interface Detection {
  template: CompiledTemplate | null;
  scores: Record<string, number>;
}

function score(template: CompiledTemplate, lines: SourceLine[]): number | 'title' {
  let total = 0;
  const headingsSeen = new Set<string>();
  const labelsSeen = new Set<string>();
  for (const line of lines) {
    const whole = normaliseKey(line.text);
    if (template.titleKeys.has(whole)) return 'title';
    for (const section of template.sections) {
      const { number } = section.definition;
      const matches =
        number !== null
          ? line.kind === 'numbered' && line.number === number && section.headingKeys.has(normaliseKey(line.value!))
          : section.headingKeys.has(whole);
      if (matches && !headingsSeen.has(section.definition.id)) {
        headingsSeen.add(section.definition.id);
        total += HEADING_SCORE;
      }
      if (line.kind === 'label') {
        const label = normaliseKey(line.label!);
        if (section.fieldsByLabel.has(label) && !labelsSeen.has(label)) {
          labelsSeen.add(label);
          total += LABEL_SCORE;
        }
      }
    }
  }
  return total;
}

export function detectTemplate(lines: SourceLine[]): Detection {
  const scores: Record<string, number> = {};
  let best: CompiledTemplate | null = null;
  let bestScore = 0;
  for (const template of templates) {
    const result = score(template, lines);
    if (result === 'title') return { template, scores: { [template.name]: Infinity } };
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
