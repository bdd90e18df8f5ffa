// Values read wrong found by the twenty-third round — each failure reproduced on a fixture with one
// change: read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefinition, parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { runCli } from './helpers/cli.js';
import { deriveShape } from './helpers/shapes.js';

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

describe('audit round 23: a co-implementer entry wrapped across a printed page\'s break (the review of the prints)', () => {
  it('after a list word, past the page\'s number and running header, in a copy without blank lines', () => {
    const noBlank = deriveShape(jointProject, 'noblank');
    const block = 'Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0\nJärvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4\n';
    expect(noBlank).toContain(block);
    const copy = noBlank.replace(block, 'Järvikylän kunta, 3064219-4\nPohjoisen Sosiaali- ja terveysalan Kuntoutus- ja\n1\nTyöpolku Pohjoiseen\nTyövalmennussäätiö sr, 1957402-0\nJärvikylän kunta, 3064219-4\n');
    const result = parse(copy);
    expect(result.record!.organisation.coImplementers.map((c) => [c.name, c.businessId])).toEqual([
      ['Järvikylän kunta', '3064219-4'],
      ['Pohjoisen Sosiaali- ja terveysalan Kuntoutus- ja Työvalmennussäätiö sr', '1957402-0'],
      ['Järvikylän kunta', '3064219-4'],
    ]);
    expect(result.unmapped).toEqual(parse(noBlank).unmapped);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.message.slice(0, 24))).toEqual(['"1" is page furniture, k', '"Työpolku Pohjoiseen" is']);
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

describe('audit round 23: a layout that reads the programme period from its text', () => {
  const card = JSON.parse(readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8'));
  const cardText = readFileSync(`${root}fixtures/definitions/project-card.txt`, 'utf8');
  const withPeriodField = (programmePeriod: string | null) => {
    const definition = structuredClone(card);
    definition.programmePeriod = programmePeriod;
    definition.sections[0].fields.push({ labels: ['Ohjelmakausi'], path: 'programmePeriod', type: 'programmePeriod' });
    return loadDefinition(JSON.stringify(definition), 'period-card.json');
  };
  const read = (definition: ReturnType<typeof loadDefinition>, code: string, period: string) =>
    parse(cardText.replace('Tunnus: S21904', `Tunnus: ${code}\nOhjelmakausi: ${period}`), { definitions: [definition], template: 'project-card' });

  it('the project code is checked against the period the text says, not the layout\'s digit', () => {
    const definition = withPeriodField(null);
    const wrong = read(definition, 'S21904', '2007–2013');
    expect(wrong.record!.programmePeriod).toBe('2007-2013');
    expect(wrong.diagnostics.filter((d) => d.rule === 'invalid-project-code').map((d) => d.message)).toEqual(['Project code "S21904" does not belong to the 2007-2013 period (expected S1…)']);
    expect(wrong.ok).toBe(false);
    const right = read(definition, 'S11904', '2007–2013');
    expect(right.diagnostics.filter((d) => d.rule === 'invalid-project-code')).toEqual([]);
    expect(right.record!.project.code).toBe('S11904');
  });

  it('a text that names another period than its layout\'s own is said (the text\'s words kept)', () => {
    const result = read(withPeriodField('2014-2020'), 'S11904', '2007–2013');
    expect(result.record!.programmePeriod).toBe('2007-2013');
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-value' && d.path === '/programmePeriod').map((d) => [d.severity, d.line])).toEqual([['warning', 6]]);
  });
});

describe('audit round 23: a text that fits two layouts equally', () => {
  const card = JSON.parse(readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8'));
  const cardText = readFileSync(`${root}fixtures/definitions/project-card.txt`, 'utf8');
  // Two cards that differ only in their title and where the budget goes.
  const twin = structuredClone(card);
  twin.name = 'project-card-actual';
  twin.titles = [{ text: 'Hankekortti (toteuma)', fund: 'ESR' }];
  twin.sections[1].fields[1].path = 'funding.actualPublicTotal';
  const a = loadDefinition(JSON.stringify(card), 'a.json');
  const b = loadDefinition(JSON.stringify(twin), 'b.json');
  const untitled = cardText.replace(/^Hankekortti\n\n/u, '');

  it('is read as the first given, and the choice is said; with its title, as its own', () => {
    expect(untitled).not.toContain('Hankekortti\n');
    for (const [definitions, chosen] of [[[a, b], 'project-card'], [[b, a], 'project-card-actual']] as const) {
      const result = parse(untitled, { definitions: [...definitions] });
      expect(result.template).toBe(chosen);
      const said = result.diagnostics.filter((d) => d.rule === 'ambiguous-template');
      expect(said.map((d) => d.severity)).toEqual(['warning']);
      expect(said[0].message).toContain('project-card, project-card-actual'.split(', ').sort((x, y) => (x === chosen ? -1 : y === chosen ? 1 : 0)).join(', '));
    }
    const titled = parse(cardText, { definitions: [b, a] });
    expect(titled.template).toBe('project-card');
    expect(titled.diagnostics.filter((d) => d.rule === 'ambiguous-template')).toEqual([]);
  });
});

describe('audit round 23: the library refuses the definitions the command line refuses', () => {
  const card = readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8');
  const cardText = readFileSync(`${root}fixtures/definitions/project-card.txt`, 'utf8');
  const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');

  it('a definition with a built-in layout\'s title (it would never be chosen): an error, unless the layout is named', () => {
    const builtIn = parse(seed000);
    const copy = { ...JSON.parse(card), name: 'esr-2007-2013-copy', titles: [{ text: 'Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus', fund: 'ESR' }] };
    expect(builtIn.template).toBe('esr-2007-2013');
    const variant = loadDefinition(JSON.stringify(copy), 'copy.json');
    const detected = parse(seed000, { definitions: [variant] });
    expect(detected.ok).toBe(false);
    expect(detected.diagnostics.map((d) => d.rule)).toEqual(['invalid-definition']);
    expect(detected.diagnostics[0].message).toContain('is also the layout esr-2007-2013\'s');
    expect(parse(seed000, { definitions: [variant], template: 'esr-2007-2013' }).record).toEqual(builtIn.record);
  });

  it('one definition given twice: an error that says so', () => {
    const definition = loadDefinition(card, 'card.json');
    const twice = parse(cardText, { definitions: [definition, definition] });
    expect(twice.diagnostics.map((d) => [d.rule, d.message])).toEqual([['invalid-definition', 'The layout definitions passed in the options cannot be used together: definitions[1].name: two layout definitions are named "project-card" (definitions[0] and definitions[1]): give each its own name']]);
    expect(parse(cardText, { definitions: [definition] }).template).toBe('project-card');
  });
});

describe('audit round 23: definitions as users write them', () => {
  const card = JSON.parse(readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8'));

  it('a layout of bare labels with the value on the next line is detected without its title, flattened or with its heading', () => {
    const bare = structuredClone(card);
    bare.name = 'bare-card';
    bare.titles = [{ text: 'Hankeseloste', fund: 'ESR' }];
    bare.sections = [{ id: 'basics', number: null, headings: ['Hankkeen perustiedot'], content: 'fields', required: true, fields: [
      { labels: ['Tunnus'], path: 'project.code', type: 'projectCode', form: 'nextLine', required: 'error' },
      { labels: ['Hankkeen nimi'], path: 'project.name', type: 'text', form: 'nextLine', required: 'error' },
      { labels: ['Kesto'], path: 'project.period', type: 'period', form: 'nextLine' },
      { labels: ['Hallinnoija'], path: 'organisation.name', type: 'text', form: 'nextLine' },
      { labels: ['Y-tunnus'], path: 'organisation.businessId', type: 'businessId', form: 'nextLine' },
    ] }];
    const definition = loadDefinition(JSON.stringify(bare), 'bare.json');
    const fields = 'Tunnus\nS21977\nHankkeen nimi\nMetsästä työtä\nKesto\nAlkaa 1.8.2018 ja päättyy 31.7.2020\nHallinnoija\nPohjois-Karjalan metsäopisto\nY-tunnus\n2841735-0\n';
    for (const text of [fields, `Hankkeen perustiedot\n\n${fields}`]) {
      const result = parse(text, { definitions: [definition] });
      expect(result.template).toBe('bare-card');
      expect(result.record!.project).toMatchObject({ code: 'S21977', name: 'Metsästä työtä', period: { start: '2018-08-01', end: '2020-07-31' } });
      expect(result.record!.organisation).toMatchObject({ name: 'Pohjois-Karjalan metsäopisto', businessId: '2841735-0' });
    }
  });

  it('a label with no letter or digit (`:`, `.*`) is refused where it stands', () => {
    const odd = structuredClone(card);
    odd.sections[0].fields[1].labels = ['Nimi', '.*'];
    expect(() => loadDefinition(JSON.stringify(odd, null, 2), 'odd.json')).toThrow(/odd\.json:\d+:\d+: sections\[0\]\.fields\[1\]\.labels\[1\]: the label "\.\*" is only punctuation/u);
  });
});

describe('audit round 23: a definition that is no JSON is said in words', () => {
  it('a trailing comma, and a description text given where its layout goes', () => {
    expect(() => loadDefinition('{\n  "name": "x",\n}', 'comma.json')).toThrow('comma.json:3:1: (the definition): Not valid JSON: a key in double quotes expected (a comma after the last item, or a key without quotes?) (PropertyNameExpected)');
    expect(() => loadDefinition(jointProject, 'joint-project.txt')).toThrow('joint-project.txt:1:1: (the definition): Not valid JSON: the file does not start with `{`: is it a layout definition (JSON), not a description text?');
  });
});

describe('audit round 23: `schema --grammar FILE`', () => {
  it('is a usage error that says the option takes no file there (before: commander\'s "too many arguments")', async () => {
    const { code, stderr, stdout } = await runCli(['schema', '--grammar', `${root}fixtures/definitions/project-card.json`]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('schema takes no file ("');
    expect(stderr).toContain('--grammar prints the JSON Schema of the definition language itself');
    const schema = await runCli(['schema', '--grammar']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('audit round 23: the review\'s misfires of the round\'s fixes', () => {
  const card = JSON.parse(readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8'));
  const cardText = readFileSync(`${root}fixtures/definitions/project-card.txt`, 'utf8');
  const withBlock = (lines: string) => jointProject.replace(BLOCK, lines);

  it('a whole name before a list word is an entry of its own (said), not glued to the next one', () => {
    const copy = withBlock('Järvikylän kunta ja\nPohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0\n');
    expect(entriesOf(copy)).toEqual([['Järvikylän kunta ja', null], ['Pohjoisen työvalmennus, palvelut ja koulutus ry', '1957402-0']]);
    expect(parse(copy).diagnostics.filter((d) => d.rule === 'missing-business-id').map((d) => d.line)).toEqual([51]);
  });

  it('a block of cells one a line with the Y-tunnus first pairs each name with the Y-tunnus above it', () => {
    const copy = withBlock('1957402-0\nPohjoisen työvalmennus, palvelut ja koulutus ry\n3064219-4\nJärvikylän kunta\n');
    expect(entriesOf(copy)).toEqual([['Pohjoisen työvalmennus, palvelut ja koulutus ry', '1957402-0'], ['Järvikylän kunta', '3064219-4']]);
  });

  it('a Markdown table: a row\'s number left out, a third cell said, a GFM alignment row passed over', () => {
    expect(entriesOf(withBlock('| Nro | Nimi | Y-tunnus |\n|---|---|---|\n| 1 | Järvikylän kunta | 3064219-4 |\n'))).toEqual([['Järvikylän kunta', '3064219-4']]);
    const placed = parse(withBlock('| Järvikylä | Järvikylän kunta | 3064219-4 |\n'));
    expect(placed.record!.organisation.coImplementers).toEqual([{ name: 'Järvikylä, Järvikylän kunta', businessId: '3064219-4' }]);
    expect(placed.diagnostics.filter((d) => d.rule === 'normalised-value' && d.severity === 'warning').map((d) => d.line)).toEqual([51]);
    const aligned = parse(withBlock('| Nimi | Y-tunnus |\n|:---|---:|\n| Järvikylän kunta | 3064219-4 |\n'));
    expect(aligned.record!.organisation.coImplementers).toEqual([{ name: 'Järvikylän kunta', businessId: '3064219-4' }]);
    expect(aligned.unmapped).toEqual(parse(jointProject).unmapped);
  });

  it('a symbol is a label (`☎`); only a label of punctuation alone is refused', () => {
    const symbol = structuredClone(card);
    symbol.sections[0].fields.push({ labels: ['☎'], path: 'organisation.phone', type: 'phone' });
    const definition = loadDefinition(JSON.stringify(symbol), 'symbol.json');
    const result = parse(cardText.replace('Y-tunnus: 2841735-0', 'Y-tunnus: 2841735-0\n☎: 03 5656 6111'), { definitions: [definition] });
    expect(result.record!.organisation.phone).toBe('03 5656 6111');
  });

  it('a text naming another period than its layout\'s, with a code of the layout\'s: the period is said, the code is no error', () => {
    const definition = structuredClone(card);
    definition.sections[0].fields.push({ labels: ['Ohjelmakausi'], path: 'programmePeriod', type: 'programmePeriod' });
    const result = parse(cardText.replace('Tunnus: S21904', 'Tunnus: S21904\nOhjelmakausi: 2007–2013'), { definitions: [loadDefinition(JSON.stringify(definition), 'kausi.json')], template: 'project-card' });
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-project-code')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.path === '/programmePeriod' && d.severity === 'warning').map((d) => d.rule)).toEqual(['invalid-value']);
  });
});

describe('audit round 23: the rerun\'s misfires (tables of entries)', () => {
  const withBlock = (lines: string) => jointProject.replace(BLOCK, lines);

  it('a table row wrapped cell by cell onto the next row is one entry (said)', () => {
    const result = parse(withBlock('| Pohjoisen työvalmennus, palvelut ja |  |\n| koulutus ry | 1957402-0 |\n'));
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Pohjoisen työvalmennus, palvelut ja koulutus ry', businessId: '1957402-0' }]);
    expect(result.diagnostics.filter((d) => d.rule === 'normalised-value' && d.message.includes('wrapped cell by cell')).map((d) => [d.line, d.endLine])).toEqual([[51, 52]]);
  });

  it('header cells one a line, the Y-tunnus\'s first: each name takes the Y-tunnus above it; the header cells are said', () => {
    const result = parse(withBlock('Y-tunnus\nNimi\n1957402-0\nPohjoisen työvalmennus, palvelut ja koulutus ry\n3064219-4\nJärvikylän kunta\n'));
    expect(result.record!.organisation.coImplementers.slice(2)).toEqual([
      { name: 'Pohjoisen työvalmennus, palvelut ja koulutus ry', businessId: '1957402-0' },
      { name: 'Järvikylän kunta', businessId: '3064219-4' },
    ]);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id').map((d) => d.line)).toEqual([51, 52]);
  });

  it('a first row with `Y-tunnus` in its cell but no table rule below it is an entry (said), not a header', () => {
    const result = parse(withBlock('| Järvikylän kunta | Y-tunnus |\n| Pohjoisen työvalmennus, palvelut ja koulutus ry | 1957402-0 |\n'));
    expect(result.record!.organisation.coImplementers.map((c) => c.businessId)).toEqual([null, '1957402-0']);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id').map((d) => d.line)).toEqual([51]);
  });
});

describe('audit round 23: the last review\'s misfires (tables of entries)', () => {
  const withBlock = (lines: string) => jointProject.replace(BLOCK, lines);
  const A = '1957402-0';
  const B = '3064219-4';

  it('a `Y-tunnus` header cell over names first: each name keeps the Y-tunnus below it', () => {
    expect(entriesOf(withBlock(`Y-tunnus\nJärvikylän kunta\n${A}\nPohjoisen koulutus ry\n${B}\n`)).slice(1)).toEqual([['Järvikylän kunta', A], ['Pohjoisen koulutus ry', B]]);
  });

  it('the Y-tunnus first, a name wrapped in lower case below it: one entry', () => {
    expect(entriesOf(withBlock(`${A}\nPohjoisen sosiaali- ja terveydenhuollon\nkuntayhtymä\n${B}\nJärvikylän kunta\n`))).toEqual([['Pohjoisen sosiaali- ja terveydenhuollon kuntayhtymä', A], ['Järvikylän kunta', B]]);
  });

  it('a row\'s number before two cells is left out; rows wrapped with a number cell or with the Y-tunnus on the upper row are joined, with a warning', () => {
    expect(entriesOf(withBlock(`| 1 | Järvikylän kunta, ${B} |\n`))).toEqual([['Järvikylän kunta', B]]);
    for (const rows of [`| 1 | Pohjoisen sosiaali- ja terveydenhuollon |  |\n|  | kuntayhtymä | ${A} |\n`, `| Pohjoisen sosiaali- ja terveydenhuollon | ${A} |\n| kuntayhtymä |  |\n`]) {
      const result = parse(withBlock(rows));
      expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Pohjoisen sosiaali- ja terveydenhuollon kuntayhtymä', businessId: A }]);
      expect(result.diagnostics.filter((d) => d.rule === 'normalised-value' && d.severity === 'warning').map((d) => [d.line, d.endLine])).toEqual([[51, 52]]);
    }
  });
});

// (Before the last fix, the table and the Y-tunnus-first cells went to unmapped, said, in copies
// without blank lines; the name-first cells are a guard of the earlier fix in these shapes.)
describe('audit round 23: the new block forms in the other shapes of the same text', () => {
  const A = '1957402-0';
  const B = '3064219-4';
  const forms: [string, string][] = [
    ['a Markdown table', `| Nimi | Y-tunnus |\n|:---|---|\n| Pohjoisen koulutus ry | ${A} |\n| Järvikylän kunta | ${B} |\n`],
    ['cells one a line, the Y-tunnus first', `${A}\nPohjoisen koulutus ry\n${B}\nJärvikylän kunta\n`],
    ['cells one a line, the name first', `Pohjoisen koulutus ry\n${A}\nJärvikylän kunta\n${B}\n`],
  ];
  for (const [name, block] of forms) {
    it(`${name}: the same entries without blank lines, wrapped and flattened`, () => {
      const text = jointProject.replace(BLOCK, block);
      for (const shape of [null, 'noblank', 'wrap60', 'flat'] as const) {
        const copy = shape === null ? text : deriveShape(text, shape);
        expect(entriesOf(copy)).toEqual([['Pohjoisen koulutus ry', A], ['Järvikylän kunta', B]]);
        // (Nothing of the block in unmapped: only what the fixture's own copy of that shape leaves there.)
        const own = parse(shape === null ? jointProject : deriveShape(jointProject, shape)).unmapped.map((u) => u.value);
        expect(parse(copy).unmapped.map((u) => u.value)).toEqual(own);
      }
    });
  }
});
