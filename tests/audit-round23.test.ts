// Values read wrong found by the twenty-third round — each failure reproduced on a fixture with one
// change: read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefinition, parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const jointProject = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
const BLOCK = 'Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0\nJärvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4\n';
const entriesOf = (text: string) => parse(text).record!.organisation.coImplementers.map((c) => [c.name, c.businessId]);

describe('audit round 23: a co-implementer block written otherwise', () => {
  it('an entry wrapped over three lines after a list word (`… ja` / `Name sr, Unit,` / `1234567-8`) is one entry', () => {
    expect(jointProject).toContain(BLOCK);
    const copy = jointProject.replace(BLOCK, 'Järvikylän kunta, 3064219-4\nPohjoisen Sosiaali- ja terveysalan Kuntoutus- ja\nTyövalmennussäätiö sr, Työvalmennusyksikkö Pajat,\n1957402-0\nJärvikylän kunta, 3064219-4\n');
    expect(entriesOf(copy)).toEqual([
      ['Järvikylän kunta', '3064219-4'],
      ['Pohjoisen Sosiaali- ja terveysalan Kuntoutus- ja Työvalmennussäätiö sr, Työvalmennusyksikkö Pajat', '1957402-0'],
      ['Järvikylän kunta', '3064219-4'],
    ]);
    const said = parse(copy).diagnostics.filter((d) => d.rule === 'normalised-value' && d.message.includes('hard-wrapped'));
    // Said of the entry joined (lines 52–54), not of the entries around it.
    expect(said.map((d) => [d.line, d.endLine])).toEqual([[52, 54]]);
  });

  it('a Y-tunnus alone below its name without a comma (a table\'s two cells one a line) is the entry\'s', () => {
    const copy = jointProject.replace(BLOCK, 'Pohjoisen työvalmennus, palvelut ja koulutus ry\n1957402-0\nJärvikylän kunta\n3064219-4\n');
    expect(entriesOf(copy)).toEqual([
      ['Pohjoisen työvalmennus, palvelut ja koulutus ry', '1957402-0'],
      ['Järvikylän kunta', '3064219-4'],
    ]);
    expect(parse(copy).diagnostics.filter((d) => d.rule === 'missing-business-id')).toEqual([]);
  });

  it('a block converted to a Markdown table: its rows are entries, its header row and rule are passed over (said)', () => {
    const copy = jointProject.replace(BLOCK, '| Nimi | Y-tunnus |\n|---|---|\n| Pohjoisen työvalmennus, palvelut ja koulutus ry | 1957402-0 |\n| Järvikylän kunta | 3064219-4 |\n');
    expect(entriesOf(copy)).toEqual([
      ['Pohjoisen työvalmennus, palvelut ja koulutus ry', '1957402-0'],
      ['Järvikylän kunta', '3064219-4'],
    ]);
    const result = parse(copy);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id')).toEqual([]);
    expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.line === 51 && d.message.includes('header row'))).toBe(true);
  });
});

describe('audit round 23: sizes that grew a call past its arguments', () => {
  it('a definition with 200,000 alternative labels loads and reads texts (every text was an internal error)', () => {
    const definition = JSON.parse(readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8'));
    const name = definition.sections[0].fields.find((f: { path: string }) => f.path === 'project.name');
    for (let i = 0; i < 200_000; i++) name.labels.push(`Nimi muunnelma ${i}`);
    const loaded = loadDefinition(JSON.stringify(definition), 'many-labels.json');
    const result = parse(jointProject, { definitions: [loaded] });
    expect(result.diagnostics.filter((d) => d.rule === 'internal-error')).toEqual([]);
    expect(result.template).toBe('esr-2014-2020');
    expect(result.record!.organisation.coImplementers.length).toBe(3);
  });

  it('a website value of 200,000 addresses on one line is read (each address a list item)', () => {
    const addresses = Array.from({ length: 200_000 }, (_, i) => `www.hanke${i}.fi`).join(' ');
    const line = jointProject.split('\n').find((l) => l.startsWith('WWW-osoite:'));
    expect(line).toBeDefined();
    const result = parse(jointProject.replace(line!, `${line!.slice(0, line!.indexOf(':') + 1)} ${addresses}`));
    expect(result.diagnostics.filter((d) => d.rule === 'internal-error')).toEqual([]);
  });
});
