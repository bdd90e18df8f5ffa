// Values read wrong, read too little or lost, found by the fifth round of audits of the real shapes
// (REAL-SHAPES.md), each on a fixture with one change: read right now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readCoImplementer } from '../src/map/normalise.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
/** The joint project with its co-implementer entries written as `entries`. */
const withEntries = (...entries: string[]) =>
  joint.replace(/Osatoteuttajat\n\n(?:.+\n)+/, `Osatoteuttajat\n\n${entries.join('\n')}\n`);

describe('audit round 5: co-implementer entries with the Y-tunnus written otherwise (§1)', () => {
  it('reads the Y-tunnus in parentheses, after a dash, a tab, a space, a label word, or before the name', () => {
    const forms: [string, string][] = [
      ['Pohjoisen työvalmennus ry (1957402-0)', 'Pohjoisen työvalmennus ry'],
      ['Pohjoisen työvalmennus ry – 1957402-0', 'Pohjoisen työvalmennus ry'],
      ['Pohjoisen työvalmennus ry\t1957402-0', 'Pohjoisen työvalmennus ry'],
      ['Pohjoisen työvalmennus ry 1957402-0', 'Pohjoisen työvalmennus ry'],
      ['Pohjoisen työvalmennus ry, 1957402-0.', 'Pohjoisen työvalmennus ry'],
      ['Pohjoisen työvalmennus ry, Y-tunnus 1957402-0', 'Pohjoisen työvalmennus ry'],
      ['Pohjoisen työvalmennus ry, business ID: 1957402-0', 'Pohjoisen työvalmennus ry'],
      ['1957402-0 Pohjoisen työvalmennus ry', 'Pohjoisen työvalmennus ry'],
      ['Kylä 2000 ry (1957402-0)', 'Kylä 2000 ry'],
    ];
    for (const [written, name] of forms) expect(readCoImplementer(written).value, written).toEqual({ name, businessId: '1957402-0' });
    // A number that does not read into a Y-tunnus is no Y-tunnus: the entry is the name alone.
    expect(readCoImplementer('Kylä 2000 ry').value).toEqual({ name: 'Kylä 2000 ry', businessId: null });
    expect(readCoImplementer('Kehittämisyhdistys (12345-6)').value).toEqual({ name: 'Kehittämisyhdistys (12345-6)', businessId: null });
  });

  it('an entry with `Y-tunnus:` in it is an entry of the block, not an unknown label, in every shape', () => {
    const text = withEntries('Pohjoisen työvalmennus ry, Y-tunnus: 1957402-0', 'Järvikylän kunta, Y-tunnus: 3064219-4');
    const expected = [
      { name: 'Pohjoisen työvalmennus ry', businessId: '1957402-0' },
      { name: 'Järvikylän kunta', businessId: '3064219-4' },
    ];
    for (const shape of [null, 'noblank', 'flat'] as const) {
      const result = parse(shape === null ? text : deriveShape(text, shape));
      expect(result.record!.organisation.coImplementers, String(shape)).toEqual(expected);
      expect(result.diagnostics.filter((d) => d.rule === 'unknown-label' || d.rule === 'missing-business-id'), String(shape)).toEqual([]);
    }
  });

  it('without blank lines, entries with the Y-tunnus first or a full stop after it stay in the block', () => {
    for (const entries of [['1957402-0 Pohjoisen työvalmennus ry', '3064219-4 Järvikylän kunta'], ['Pohjoisen työvalmennus ry, 1957402-0.', 'Järvikylän kunta, 3064219-4.']]) {
      const result = parse(deriveShape(withEntries(...entries), 'noblank'));
      expect(result.record!.organisation.coImplementers, entries[0]).toEqual([
        { name: 'Pohjoisen työvalmennus ry', businessId: '1957402-0' },
        { name: 'Järvikylän kunta', businessId: '3064219-4' },
      ]);
      expect(result.unmapped, entries[0]).toEqual([]);
    }
  });
});

describe('audit round 5: the end of a list of names (§10)', () => {
  it('a full stop that ends the list is not part of the last name', async () => {
    const { parseMunicipalities, parseNameList } = await import('../src/map/normalise.js');
    expect(parseNameList('Lappi.').value).toEqual(['Lappi']);
    expect(parseMunicipalities('Kuopio, Juva ja Koski Tl.').value).toEqual(['Kuopio', 'Juva', 'Koski Tl']);
  });

  it('`ym.`, `jne.`, `ja muut` after the last name are left out with a note, and the last name gets its code', () => {
    const seed = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
    for (const marker of ['ym.', 'jne.', 'ja muut']) {
      const result = parse(seed.replace(/^Kunnat: .*$/m, `Kunnat: Kuusamo, Taivalkoski ${marker}`));
      expect(result.record!.targetArea.municipalities, marker).toEqual(['Kuusamo', 'Taivalkoski']);
      expect(result.record!.targetArea.municipalityCodes, marker).toEqual(['305', '832']);
      const note = result.diagnostics.find((d) => d.path === '/targetArea/municipalities')!;
      expect([note.severity, note.rule, note.line], marker).toEqual(['info', 'normalised-value', seed.split('\n').findIndex((l) => l.startsWith('Kunnat:')) + 1]);
      expect(note.message, marker).toContain(`"${marker}" (and others)`);
    }
  });
});
