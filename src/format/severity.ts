import type { Diagnostic, Severity } from '../types.js';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The diagnostics of `minimum` severity or above, in their order. */
export function atLeast(diagnostics: Diagnostic[], minimum: Severity): Diagnostic[] {
  return diagnostics.filter((d) => rank[d.severity] <= rank[minimum]);
}
