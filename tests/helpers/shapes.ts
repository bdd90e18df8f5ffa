import type { Result } from '../../src/index.js';
/**
 * The shapes real copies of a text take (REAL-SHAPES.md), derived from a tidy text the way
 * `../shared/tools/derive-shapes.mjs` derives them: without blank lines, hard-wrapped, flattened
 * as the register serves it, and cut off after a number of characters.
 */
export type ShapeName = 'noblank' | 'wrap60' | 'flat';

/** A line hard-wrapped at `width` columns, broken at the last space that fits. */
export function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

function isBannerOrTitle(line: string): boolean {
  const t = line.trim();
  return /^(Euroopan unioni|Vipuvoimaa EU:lta|Euroopan unioni Vipuvoimaa EU:lta)$/.test(t) || /rahoittaman (hankkeen|projektin) kuvaus$/.test(t);
}

function isStandAloneHeading(lines: string[], i: number): boolean {
  const t = lines[i].trim();
  const blankAround = (i === 0 || lines[i - 1].trim() === '') && (i === lines.length - 1 || lines[i + 1].trim() === '');
  return blankAround && t.length <= 80 && !t.includes(':') && /^\d+(\.\d+)*\.?\s+\p{Lu}/u.test(t);
}

export function deriveShape(text: string, shape: ShapeName, width = 60): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  switch (shape) {
    case 'noblank':
      return lines.filter((l) => l.trim() !== '').join('\n');
    case 'wrap60':
      return lines.flatMap((l) => wrap(l, width)).join('\n');
    case 'flat':
      return ['![]() |', '![]() |', ...lines.filter((l, i) => l.trim() !== '' && !isBannerOrTitle(l) && !isStandAloneHeading(lines, i))].join('\n');
  }
}

/** Leaves of a record that are values, not prose: numbers, booleans, one-line strings up to 200 characters, lists of them. */
export function shortLeaves(value: unknown, lenient = false, pointer = '', out = new Map<string, string>()): Map<string, string> {
  // Line breaks inside a value are the copy's wrapping, not content: compared with white space collapsed.
  const squash = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v);
  const short = (v: unknown) => typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 200 && !v.includes('\n'));
  const fits = (v: unknown) => (lenient ? short(squash(v)) : short(v));
  if (Array.isArray(value) && value.every(fits)) out.set(pointer, JSON.stringify(value.map(squash)));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) shortLeaves(v, lenient, `${pointer}/${k}`, out);
  else if (fits(value)) out.set(pointer, JSON.stringify(squash(value)));
  return out;
}

/** Every string leaf of a record (prose included), white space collapsed: a copy's wrapping is not content. */
export function textLeaves(value: unknown, pointer = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(pointer, value.replace(/\s+/g, ' ').trim());
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) textLeaves(v, `${pointer}/${k}`, out);
  return out;
}

/** Values of `derived` that differ from `tidy`'s without a located diagnostic about them. */
export function unexplained(tidy: Result, derived: Result, options: { cut?: boolean } = {}): string[] {
  if (!tidy.record) return [];
  // A copy that is not read at all is a failed result with its reason: loud, not silently wrong.
  if (derived.record === null) return derived.diagnostics.some((d) => d.severity === 'error') ? [] : ['no record and no error'];
  const want = shortLeaves(tidy.record);
  const have = shortLeaves(derived.record ?? {}, true);
  const located = derived.diagnostics.filter((d) => d.line !== undefined && d.path !== undefined).map((d) => d.path!);
  // A value the derived copy keeps in unmapped, said at its line, is said too (a note read as an entry in one shape).
  const warnedAt = new Set(derived.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.line));
  const bare = (text: string) => text.replace(/[\s:,"]+/g, '');
  const warnedAside = derived.unmapped.filter((u) => warnedAt.has(u.line)).map((u) => bare(u.value));
  const out: string[] = [];
  for (const [pointer, value] of want) {
    if (value === 'null' || value === '[]' || have.get(pointer) === value) continue;
    // A copy cut off lacks what came after the cut: said once, by text-cut-off at its last line.
    const absent = !have.has(pointer) || have.get(pointer) === 'null' || have.get(pointer) === '[]';
    if (options.cut && absent && derived.diagnostics.some((d) => d.rule === 'text-cut-off')) continue;
    const explained = located.some((path) => pointer === path || pointer.startsWith(`${path}/`) || path.startsWith(`${pointer}/`)) || (absent && bare(value).length >= 8 && warnedAside.some((kept) => kept.includes(bare(value))));
    if (!explained) out.push(`${pointer}: ${value.slice(0, 60)} -> ${String(have.get(pointer) ?? 'absent').slice(0, 60)}`);
  }
  // Prose too: a text that took in another section's text, or lost some of its own, is a changed
  // value like any other (a cut copy's last text is cut: said by text-cut-off).
  if (!options.cut) {
    const haveText = textLeaves(derived.record);
    // Lines no section of the copy could take are kept in unmapped, each with a warning at its line.
    const warnedLines = new Set(derived.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.line));
    const keptAside = derived.unmapped.filter((u) => warnedLines.has(u.line)).map((u) => `${u.label ?? ''}${u.value}`.replace(/[\s:]+/g, ''));
    for (const [pointer, value] of textLeaves(tidy.record)) {
      if (want.has(pointer) || haveText.get(pointer) === value) continue;
      if (!haveText.has(pointer) && keptAside.length > 0 && keptAside.every((kept) => value.replace(/[\s:]+/g, '').includes(kept))) continue;
      const explained = located.some((path) => pointer === path || pointer.startsWith(`${path}/`) || path.startsWith(`${pointer}/`));
      if (!explained) out.push(`${pointer}: ${value.slice(0, 60)} -> ${String(haveText.get(pointer) ?? 'absent').slice(0, 60)}`);
    }
  }
  return out;
}

