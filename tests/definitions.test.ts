// Layouts as data (issue "Read every real shape…"): a definition from outside is read exactly like
// a built-in one, a bad one is refused with located errors, and a variant needs no code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInDefinitions } from '../src/grammar/index.js';
import { definitionJsonSchema } from '../src/grammar/definition.js';
import { loadDefinition, validateDefinition } from '../src/grammar/validate.js';
import { parse } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';
import { deriveShape, shortLeaves } from './helpers/shapes.js';

const card = readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8');
const cardText = readFileSync(`${root}fixtures/definitions/project-card.txt`, 'utf8');

describe('a bad definition is refused, each error located in its file', () => {
  const errorsOf = (text: string) => validateDefinition(text, 'bad.json').errors.map((e) => [e.line, e.column, e.path, e.message]);

  it('an unknown content kind', () => {
    expect(errorsOf(card.replace('"content": "prose"', '"content": "table"'))).toEqual([[28, 75, 'sections[2].content', 'unknown content kind; one of fields, prose, container, scoreTable, roles']]);
  });
  it('a required key missing', () => {
    expect(errorsOf(card.replace(', "textPath": "summary"', ''))).toEqual([[28, 5, 'sections[2].textPath', 'required key "textPath" is missing']]);
  });
  it('a field type that does not fit the record path', () => {
    expect(errorsOf(card.replace('"path": "funding.grantedEuAndState", "type": "amount"', '"path": "funding.grantedEuAndState", "type": "text"'))).toEqual([
      [24, 94, 'sections[1].fields[0].type', '"text" does not fit "funding.grantedEuAndState": a text field writes a string, but the record has a whole number there'],
    ]);
  });
  it('a form whose lines the field type does not read', () => {
    expect(errorsOf(card.replace('"type": "organisations", "form": "block"', '"type": "organisations", "form": "trailing"'))).toEqual([
      [19, 108, 'sections[0].fields[5].form', 'an organisations field is read from the form "block" or "inline", not "trailing" (its lines would be read by nothing)'],
    ]);
  });
  it('parents that go round in a circle', () => {
    expect(errorsOf(card.replace('"id": "summary", "number": null,', '"id": "summary", "number": null, "parent": "summary",'))).toEqual([
      [28, 50, 'sections[2].parent', 'the parents of "summary" go round in a circle (through "summary")'],
    ]);
  });
  it('a pattern that is not a regular expression', () => {
    expect(errorsOf(card.replace('"ordered": true,', '"ordered": true, "otherProgrammes": ["leader", "(esr"],')).map((e) => [e[2], e[3]])).toEqual([
      ['otherProgrammes[1]', 'not a regular expression: Invalid regular expression: /(esr/iu: Unterminated group'],
    ]);
  });
  it('a byte order mark is no error', () => {
    expect(errorsOf(`\ufeff${card}`)).toEqual([]);
  });
  it('a record path that does not exist', () => {
    expect(errorsOf(card.replace('"path": "project.name"', '"path": "project.title"'))).toEqual([[15, 39, 'sections[0].fields[1].path', 'the record has no path "project.title"']]);
  });
  it('text that is not JSON', () => {
    expect(errorsOf(card.replace('"ordered": true,', '"ordered": true'))).toEqual([[6, 3, '(the definition)', 'Not valid JSON: CommaExpected']]);
  });
  it('a section id used twice, a parent that does not exist, an unknown key', () => {
    const bad = card.replace('"id": "money"', '"id": "basics"').replace('"id": "summary", "number": null,', '"id": "summary", "number": null, "parent": "nowhere", "colour": "red",');
    expect(errorsOf(bad).map((e) => e[3])).toEqual(['unknown key "colour"']);
    expect(errorsOf(card.replace('"id": "money"', '"id": "basics"')).map((e) => e[3])).toEqual(['section id "basics" is used twice']);
  });
  it('loadDefinition throws with every error, and the CLI exits 2 saying where', async () => {
    expect(() => loadDefinition(card.replace('"path": "project.name"', '"path": "project.title"'), 'bad.json')).toThrow(/bad\.json:15:39: sections\[0\]\.fields\[1\]\.path: the record has no path "project\.title"/);
    const { code, stderr } = await runCli(['--grammar', `${root}fixtures/shapes/README.md`, `${root}fixtures/definitions/project-card.txt`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/README\.md:1:1: \(the definition\): Not valid JSON/);
  });
});

describe('the built-in definitions', () => {
  it('pass the validation that definitions from outside get', () => {
    for (const definition of builtInDefinitions) expect(validateDefinition(JSON.stringify(definition, null, 2), definition.name).errors).toEqual([]);
  });
  it('the committed definition schema is the one generated from the definition language', () => {
    expect(JSON.parse(readFileSync(`${root}schemas/esr-parse-definition.schema.json`, 'utf8'))).toEqual(definitionJsonSchema());
  });
  it('`esr-parse schema --grammar` prints it', async () => {
    const { code, stdout } = await runCli(['schema', '--grammar', '--compact']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).$id).toBe('https://esr-parse.github.io/schemas/esr-parse-definition.schema.json');
  });
});

describe('a layout added by a definition file alone', () => {
  it('reads its text, by detection or by name, from the library and the CLI', async () => {
    const definitions = [loadDefinition(card, 'project-card.json')];
    const result = parse(cardText, { definitions });
    expect(result.template).toBe('project-card');
    expect(result.ok).toBe(true);
    expect(result.record!.project).toMatchObject({ code: 'S21904', name: 'Kylätalkoot', period: { start: '2019-03-01', end: '2021-02-28' } });
    expect(result.record!.organisation).toMatchObject({ name: 'Järvikylän kyläyhdistys ry', businessId: '2841735-0', coImplementers: [{ name: 'Järvikylän kunta', businessId: '6613186-3' }] });
    expect(result.record!.funding).toMatchObject({ grantedEuAndState: 84000, plannedPublicTotal: 105000, currency: 'EUR' });
    expect(result.record!.summary).toBe('Kylän työttömät kunnostavat kylätalon yhdessä ammattilaisten kanssa.');
    expect(result.record!.fund).toBe('ESR');
    expect(result.unmapped).toEqual([]);
    expect(parse(cardText).ok).toBe(false);
    const cli = await runCli(['--grammar', `${root}fixtures/definitions/project-card.json`, '--template', 'project-card', `${root}fixtures/definitions/project-card.txt`]);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout).record).toEqual(result.record);
  });

  it('reads seed 004 with its headings and labels renamed, as written and flattened, into the seed’s own record', () => {
    // A variant of 2014–2020 nobody wrote code for: every heading and label reworded.
    const renames: [string, string][] = [
      ['Hakijan perustiedot', 'Hakijan tiedot'], ['Hankekoodi', 'Hankkeen tunnus'], ['Hankkeen nimi', 'Hankkeen nimike'],
      ['Suunnitelman mukainen toteutusaika', 'Toteutusaika'], ['Hakijan virallinen nimi', 'Hakijan nimi'],
      ['Vastuuviranomainen', 'Rahoittava viranomainen'], ['Varsinaiset kohderyhmät', 'Ensisijaiset kohderyhmät'],
      ['Myönnetty EU- ja valtion rahoitus', 'EU- ja valtionosuus'], ['Maakunnat', 'Maakunta-alue'],
    ];
    const definition = structuredClone(builtInDefinitions.find((d) => d.name === 'esr-2014-2020')!);
    let json = JSON.stringify({ ...definition, name: 'esr-2014-2020-renamed', titles: [] });
    for (const [from, to] of renames) json = json.split(`"${from}"`).join(`"${to}"`);
    const variant = loadDefinition(json, 'renamed.json');
    const seed = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
    let text = seed;
    for (const [from, to] of renames) text = text.split(from).join(to);
    const original = parse(seed).record!;
    for (const form of [text, deriveShape(text, 'flat')]) {
      const read = parse(form, { definitions: [variant], template: 'esr-2014-2020-renamed' });
      expect(read.template).toBe('esr-2014-2020-renamed');
      // Prose aside (a flattened copy has no headings between its prose sections), every value is the seed's.
      const want = shortLeaves({ ...original, template: null });
      const have = shortLeaves({ ...read.record!, template: null }, true);
      for (const [pointer, value] of want) if (!/^\/(summary|targetGroups|finalReportSummary)/.test(pointer)) expect(have.get(pointer), pointer).toBe(value);
    }
    expect(parse(text, { definitions: [variant], template: 'esr-2014-2020-renamed' }).record).toEqual({ ...original, template: 'esr-2014-2020-renamed' });
  });
});
