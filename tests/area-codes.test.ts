import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  areaCodes,
  CLASSIFICATION_YEARS,
  descriptionYears,
  isMunicipalityName,
  municipalityCode,
  municipalityMembership,
  regionCode,
  subRegionCode,
} from '../src/derive/area-codes.js';
import { parse } from '../src/index.js';
import { ELIGIBLE_DATES } from '../src/derive/derive.js';

describe('municipality codes', () => {
  it('match names as written: case, commas, dashes, Swedish names', () => {
    expect(municipalityCode('Helsinki')).toBe('091');
    expect(municipalityCode('Helsingfors')).toBe('091');
    expect(municipalityCode('HELSINKI')).toBe('091');
    expect(municipalityCode('Koski Tl')).toBe('284');
    expect(municipalityCode('Koski, Tl')).toBe('284');
    expect(municipalityCode('koski tl')).toBe('284');
    expect(municipalityCode('Maarianhamina')).toBe('478');
    expect(municipalityCode('Mariehamn')).toBe('478');
    expect(municipalityCode('Maarianhamina – Mariehamn')).toBe('478');
  });

  it('gives null to names the classification never wrote, never a guess', () => {
    expect(municipalityCode('Nummi-Pusula')).toBeNull();
    expect(municipalityCode('Karjalohja')).toBeNull();
    expect(municipalityCode('Helsnki')).toBeNull();
    expect(municipalityCode('Koski')).toBeNull();
  });

  it('gives a merged municipality its code in any years: codes are never reused', () => {
    expect(municipalityCode('Nastola', { from: 2013, to: 2013 })).toBe('532');
    expect(municipalityCode('Nastola', { from: 2020, to: 2022 })).toBe('532');
    expect(municipalityCode('Lavia')).toBe('413');
  });

  it('isMunicipalityName decides list splitting', () => {
    expect(isMunicipalityName('Koski Tl')).toBe(true);
    expect(isMunicipalityName('Koski')).toBe(false);
    expect(isMunicipalityName('Oulu')).toBe(true);
    expect(isMunicipalityName('Ii')).toBe(true);
    expect(isMunicipalityName('Oulu Ii')).toBe(false);
  });
});

describe('regions and sub-regions', () => {
  it('match regions by Finnish and Swedish names', () => {
    expect(regionCode('Uusimaa')).toBe('01');
    expect(regionCode('Nyland')).toBe('01');
    expect(regionCode('Päijät–Häme')).toBe('07');
    expect(regionCode('Ahvenanmaa')).toBe('21');
    expect(regionCode('Åland')).toBe('21');
    expect(regionCode('Itä-Uusimaa')).toBeNull();
  });

  it('match sub-regions in the genitive, the nominative, Swedish, and with the word seutukunta', () => {
    expect(subRegionCode('Helsingin')).toBe('011');
    expect(subRegionCode('Helsinki')).toBe('011');
    expect(subRegionCode('Lahden')).toBe('071');
    expect(subRegionCode('Kotkan-Haminan')).toBe('082');
    expect(subRegionCode('Kotkan–Haminan')).toBe('082');
    expect(subRegionCode('Åboland-Turunmaan')).toBe('021');
    expect(subRegionCode('Koillismaan')).toBe('178');
    expect(subRegionCode('Salon seutukunta')).toBe('022');
    expect(subRegionCode('Kuusiokuntien')).toBe('144');
    expect(subRegionCode('Pietarsaaren')).toBe('154');
    expect(subRegionCode('Lahtis')).toBe('071');
    expect(subRegionCode('Lahdenn')).toBeNull();
  });

  it('every Finnish sub-region name of the classification has a reviewed genitive', () => {
    const data = JSON.parse(readFileSync('grammar/area-codes.json', 'utf8'));
    const genitives = JSON.parse(readFileSync('grammar/subregion-genitives.json', 'utf8')).genitives;
    for (const [code, { names }] of Object.entries<{ names: [string][] }>(data.subRegions)) {
      const named = names.map(([n]) => n).filter((n) => n in genitives);
      expect(named.length, code).toBeGreaterThan(0);
      for (const n of named) for (const g of genitives[n]) expect(subRegionCode(g), g).toBe(code);
    }
  });
});

describe('the description years', () => {
  it('come from the period, clamped to the classification', () => {
    expect(descriptionYears({ start: '2008-09-01', end: '2011-08-31' })).toEqual({ from: 2013, to: 2013 });
    expect(descriptionYears({ start: '2015-01-01', end: '2018-12-31' })).toEqual({ from: 2015, to: 2018 });
    expect(descriptionYears({ start: null, end: '2019-12-31' })).toEqual({ from: 2019, to: 2019 });
    expect(descriptionYears({ start: null, end: null })).toEqual(CLASSIFICATION_YEARS);
    expect(CLASSIFICATION_YEARS).toEqual({ from: 2013, to: 2026 });
  });

  it('without the dates read, come from the programme period: a 2007–2013 project stays in its own map (audit AT of round 60)', () => {
    expect(descriptionYears({ start: null, end: null }, ELIGIBLE_DATES['2007-2013'])).toEqual({ from: 2013, to: 2015 });
    expect(descriptionYears(null, ELIGIBLE_DATES['2014-2020'])).toEqual({ from: 2014, to: 2023 });
    // Heinävesi: Etelä-Savo's (10) for 2007–2013's projects, where the latest of all the years gave Pohjois-Karjala.
    expect(municipalityMembership('090', descriptionYears(null, ELIGIBLE_DATES['2007-2013'])).regionCode).toBe('10');
    expect(descriptionYears({ start: null, end: null }, undefined)).toEqual(CLASSIFICATION_YEARS);
  });

  it('decide membership: the latest of the years', () => {
    // Heinävesi 090: Etelä-Savo (10) until 2020, Pohjois-Karjala (12) from 2021.
    expect(municipalityMembership('090', { from: 2015, to: 2018 }).regionCode).toBe('10');
    expect(municipalityMembership('090', { from: 2019, to: 2022 }).regionCode).toBe('12');
    expect(municipalityMembership('090', { from: 2013, to: 2013 }).regionCode).toBe('10');
    // Vaala 785: sub-region 182 (Kajaani) until 2015, 173 (Oulunkaari) from 2016.
    expect(municipalityMembership('785', { from: 2013, to: 2014 })).toEqual({ regionCode: '18', subRegionCode: '182' });
    expect(municipalityMembership('785', { from: 2014, to: 2020 })).toEqual({ regionCode: '17', subRegionCode: '173' });
  });
});

describe('areaCodes', () => {
  it('aligns codes with the names and lists the unknown ones', () => {
    const codes = areaCodes({ regions: ['Uusimaa', 'Itä-Uusimaa'], subRegions: ['Salon'], municipalities: ['Espoo', 'Nummi-Pusula', 'Koski Tl'] });
    expect(codes).toEqual({
      regionCodes: ['01', null],
      subRegionCodes: ['022'],
      municipalityCodes: ['049', null, '284'],
      unknown: [
        { kind: 'region', index: 1, name: 'Itä-Uusimaa' },
        { kind: 'municipality', index: 1, name: 'Nummi-Pusula' },
      ],
    });
  });

  it('fills seed 000 and says where the unknown names are', () => {
    const file = 'fixtures/seeds/000_ddad63b48901b7a4.txt';
    const result = parse(readFileSync(file), { file });
    const area = result.record!.targetArea;
    const code = (name: string) => area.municipalityCodes[area.municipalities.indexOf(name)];
    expect(code('Helsinki')).toBe('091');
    expect(code('Espoo')).toBe('049');
    expect(code('Koski Tl')).toBe('284');
    expect(code('Nummi-Pusula')).toBeNull();
    expect(area.regionCodes[area.regions.indexOf('Uusimaa')]).toBe('01');
    expect(area.subRegionCodes).toEqual(['022', '021', '093', '091', '023', '011', '024', '082', '025', '081', '071', '016', '015', '014']);
    const unknown = result.diagnostics.filter((d) => d.rule === 'unknown-municipality');
    expect(unknown.map((d) => [d.severity, d.line, d.path])).toEqual([
      ['info', 57, '/targetArea/municipalities/13'],
      ['info', 57, '/targetArea/municipalities/26'],
      ['info', 57, '/targetArea/municipalities/65'],
      ['info', 57, '/targetArea/municipalities/80'],
    ]);
    expect(unknown[0].message).toContain('"Nummi-Pusula"');
  });
});

describe('grammar/area-codes.json', () => {
  const keys = '../shared/data/municipalities';
  it.skipIf(!existsSync(keys))('is what scripts/build-area-codes.mjs makes of the classification keys', () => {
    const run = spawnSync(process.execPath, ['scripts/build-area-codes.mjs', '--check', keys], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
