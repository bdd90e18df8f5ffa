/**
 * Values derived from what was read, after mapping and before the rules: the target area's
 * Statistics Finland codes (src/derive/area-codes.ts), aligned index by index with its names.
 */
import { located, type PositionLookup } from '../map/record-builder.js';
import type { EsrRecord } from '../record/schema.js';
import type { Diagnostic } from '../types.js';
import { areaCodes, descriptionYears, type AreaKind } from './area-codes.js';

const listOf: Record<AreaKind, 'regions' | 'subRegions' | 'municipalities'> = {
  region: 'regions',
  'sub-region': 'subRegions',
  municipality: 'municipalities',
};

const aboutUnknown: Record<AreaKind, string> = {
  municipality: 'a municipality merged before 2013, or a misspelling',
  region: 'a region abolished before 2013, or a misspelling',
  'sub-region': 'a sub-region abolished before 2013, or a misspelling',
};

export function deriveValues(record: EsrRecord, sources: PositionLookup): Diagnostic[] {
  const area = record.targetArea;
  const codes = areaCodes(area, descriptionYears(record.project.period));
  area.regionCodes = codes.regionCodes;
  area.subRegionCodes = codes.subRegionCodes;
  area.municipalityCodes = codes.municipalityCodes;
  return codes.unknown.map(({ kind, index, name }) => {
    const list = listOf[kind];
    return {
      severity: 'info',
      rule: `unknown-${kind}`,
      message: `"${name}" is not a ${kind} of the Statistics Finland classification 2013–2026 (${aboutUnknown[kind]}); its code is null`,
      ...located(sources.get(`/targetArea/${list}`)),
      path: `/targetArea/${list}/${index}`,
    };
  });
}
