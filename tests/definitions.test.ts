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
  it('a container\'s text path that holds no text', () => {
    const layout = readFileSync(`${root}grammar/esr-2007-2013.json`, 'utf8');
    expect(errorsOf(layout.replace('"textPath": "targetArea.description"', '"textPath": "targetArea.regions"')).map((e) => [e[0], e[2], e[3]])).toEqual([
      [43, 'sections[2].textPath', '"targetArea.regions": the text of a container section is a string, but the record has a list there'],
      [43, 'sections[2].textPath', '"targetArea.regions" is also the path of the field "Maakunnat" of section "3.1": a text and a field cannot fill one path'],
    ]);
  });
  it('a form whose lines the field type does not read', () => {
    expect(errorsOf(card.replace('"type": "organisations", "form": "block"', '"type": "organisations", "form": "trailing"'))).toEqual([
      [19, 108, 'sections[0].fields[5].form', 'an organisations field is read from the form "block" or "inline", not "trailing" (its lines would be read by nothing)'],
    ]);
  });
  it('parents that go round in a circle', () => {
    expect(errorsOf(card.replace('"id": "summary", "number": null,', '"id": "summary", "number": null, "parent": "summary",'))).toEqual([
      [28, 50, 'sections[2].parent', '"summary" is a prose section; a section can be inside a fields or container section only'],
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
    expect(errorsOf(card.replace('"ordered": true,', '"ordered": true'))).toEqual([[6, 3, '(the definition)', 'Not valid JSON: a comma expected between items (CommaExpected)']]);
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
    // A file that cannot be read is said in words, not by the system's code (`ENOENT`).
    const missing = await runCli(['--grammar', `${root}fixtures/definitions/nowhere.json`, `${root}fixtures/definitions/project-card.txt`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read the layout definition .*nowhere\.json: No such file/);
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

// Round 10 of the blind audits (a user writing definitions from the README): mistakes that passed
// the load check and then crashed every text, or lost or overwrote values unseen.
describe('what a definition cannot say is refused when it loads (round 10)', () => {
  const messagesOf = (text: string) => validateDefinition(text, 'bad.json').errors.map((e) => [e.path, e.message]);
  it('a path inside a value the record holds whole (every text failed with an internal error)', () => {
    const bad = card.replace('"path": "project.name", "type": "text"', '"path": "project.status.text", "type": "text"');
    expect(messagesOf(bad)).toEqual([['sections[0].fields[1].path', '"project.status.text": it is inside "project.status", a value the record holds whole (a field of type "status" writes it); map the field to "project.status"']]);
    const indicator = card.replace('"path": "funding.plannedPublicTotal", "type": "amount"', '"path": "indicators.participants.planned.total", "type": "amount"');
    expect(messagesOf(indicator)[0][1]).toMatch(/^"indicators\.participants\.planned\.total": it is inside "indicators\.participants\.planned".*"indicator"/);
  });
  it('two fields of one path: the first value written is kept, the second said and kept in unmapped (it was overwritten unseen)', () => {
    const definition = loadDefinition(card.replace('{ "labels": ["Toteuttaja"], "path": "organisation.name", "type": "text" }', '{ "labels": ["Toteuttaja"], "path": "organisation.name", "type": "text" },\n        { "labels": ["Hakija"], "path": "organisation.name", "type": "text" }'));
    const result = parse(cardText.replace('Toteuttaja: Järvikylän kyläyhdistys ry\n', 'Toteuttaja: Järvikylän kyläyhdistys ry\nHakija: Järvikylän kunta\n'), { definitions: [definition] });
    expect(result.record!.organisation.name).toBe('Järvikylän kyläyhdistys ry');
    expect(result.unmapped).toEqual([{ section: 'basics', label: 'Hakija', value: 'Järvikylän kunta', line: 9 }]);
    expect(result.diagnostics.filter((d) => d.rule === 'duplicate-field').map((d) => [d.severity, d.line, d.path])).toEqual([['warning', 9, '/organisation/name']]);
    // Either alone is read.
    expect(parse(cardText.replace('Toteuttaja: Järvikylän kyläyhdistys ry\n', 'Hakija: Järvikylän kunta\n'), { definitions: [definition] }).record!.organisation.name).toBe('Järvikylän kunta');
  });
  it('a derived path, constants that do not fit the record', () => {
    expect(messagesOf(card.replace('"path": "organisation.name", "type": "text"', '"path": "targetArea.municipalityCodes", "type": "list"'))[0][1]).toMatch(/statistical codes are derived/);
    expect(messagesOf(card.replace('"funding.currency": "EUR"', '"funding.currency": "USD"'))).toEqual([['constants.funding.currency', '"funding.currency": the record takes one of "EUR" there, not "USD"']]);
    expect(messagesOf(card.replace('"funding.currency": "EUR"', '"targetArea.regions": "Kainuu"'))).toEqual([['constants.targetArea.regions', '"targetArea.regions": the constant is a string, but the record has a list there']]);
  });
  it('a blank label, a code digit that is no digit, two sections of one number or heading, a section inside a prose section', () => {
    expect(messagesOf(card.replace('"labels": ["Nimi"]', '"labels": ["  "]'))).toEqual([['sections[0].fields[1].labels[0]', 'must not be empty or blank']]);
    expect(messagesOf(card.replace('"esrCodeDigit": "2"', '"esrCodeDigit": "x"'))).toEqual([['esrCodeDigit', 'one digit']]);
    expect(messagesOf(card.replace('"headings": ["Rahoitus"]', '"headings": ["Perustiedot"]'))).toEqual([['sections[1].headings[0]', 'section basics has the heading "Perustiedot" too']]);
    expect(messagesOf(card.replace('"id": "basics", "number": null', '"id": "basics", "number": "1"').replace('"id": "money", "number": null', '"id": "money", "number": "1"'))).toEqual([['sections[1].number', 'section basics has the number "1" too']]);
    expect(messagesOf(card.replace('"id": "money", "number": null,', '"id": "money", "number": null, "parent": "summary",'))).toEqual([['sections[1].parent', '"summary" is a prose section; a section can be inside a fields or container section only']]);
  });
  it('the library checks a definition it is given unvalidated: an invalid-definition result, not a throw', () => {
    const definition = JSON.parse(card.replace('"path": "project.name", "type": "text"', '"path": "project.status.text", "type": "text"'));
    const result = parse(cardText, { definitions: [definition] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['invalid-definition']);
    // (Located by its path: an object has no text of its own; a line of one made of it misled, audit D of round 46.)
    expect(result.diagnostics[0].message).toMatch(/definitions\[0\]: sections\[0\]\.fields\[1\]\.path: "project\.status\.text": it is inside "project\.status"/);
    // A valid one passed as plain data reads as the loaded one does.
    expect(parse(cardText, { definitions: [JSON.parse(card)] }).record).toEqual(parse(cardText, { definitions: [loadDefinition(card)] }).record);
  });
});

describe('blocks and shared labels of a definition from outside (round 10)', () => {
  const cardDefinition = loadDefinition(card);
  it('a block entry that starts in lower case after a whole entry is an entry of its own', () => {
    const text = cardText.replace('Järvikylän kunta, 6613186-3\n', 'Järvikylän kunta, 6613186-3\neKylä osuuskunta, 2468013-5\n');
    expect(parse(text, { definitions: [cardDefinition] }).record!.organisation.coImplementers).toEqual([
      { name: 'Järvikylän kunta', businessId: '6613186-3' },
      { name: 'eKylä osuuskunta', businessId: '2468013-5' },
    ]);
  });
  it('a block of web addresses is one address a line', () => {
    const definition = loadDefinition(card.replace('{ "labels": ["Kumppanit"], "path": "organisation.coImplementers", "type": "organisations", "form": "block" }', '{ "labels": ["Verkkosivut"], "path": "project.websites", "type": "lines", "form": "block" }'));
    const text = cardText.replace('Kumppanit\n\nJärvikylän kunta, 6613186-3\n', 'Verkkosivut\n\nwww.jarvikyla.fi\nwww.kylatalkoot.fi\n');
    expect(parse(text, { definitions: [definition] }).record!.project.websites).toEqual(['www.jarvikyla.fi', 'www.kylatalkoot.fi']);
  });
  // Sections 2 (the applicant) and 3 (the contact) share `Nimi` and `Puhelin`, in a copy without headings.
  const sharing = loadDefinition(JSON.stringify({
    ...JSON.parse(card),
    name: 'applicant-card',
    titles: [{ text: 'Hakijakortti', fund: 'ESR' }],
    furniture: [],
    sections: [
      { id: '1', number: '1', headings: ['Hanke'], content: 'fields', fields: [{ labels: ['Hankekoodi'], path: 'project.code', type: 'projectCode' }] },
      { id: '2', number: '2', headings: ['Hakija'], content: 'fields', fields: [
        { labels: ['Nimi'], path: 'organisation.name', type: 'text' },
        { labels: ['Y-tunnus'], path: 'organisation.businessId', type: 'businessId' },
        { labels: ['Puhelin'], path: 'organisation.phone', type: 'phone' },
      ] },
      { id: '3', number: '3', headings: ['Yhteyshenkilö'], content: 'fields', fields: [
        { labels: ['Nimi'], path: 'contact.name', type: 'text' },
        { labels: ['Asema'], path: 'contact.title', type: 'text' },
        { labels: ['Puhelin'], path: 'contact.phone', type: 'phone' },
      ] },
      { id: '4', number: '4', headings: ['Tiivistelmä'], content: 'prose', textPath: 'summary', opensBy: ['text'] },
    ],
  }));
  const read = (lines: string[]) => parse(['Hakijakortti', ...lines, 'Nuorille tarjotaan ohjausta verkossa.', ''].join('\n'), { definitions: [sharing] });
  it('without the applicant\'s lines, the contact\'s `Nimi` is not the applicant\'s name: kept in unmapped, said', () => {
    const result = read(['Hankekoodi: S22104', 'Nimi: Aino Keskitalo', 'Asema: Hankevetäjä', 'Puhelin: 040 555 1234']);
    expect(result.record!.organisation.name).toBeNull();
    expect(result.record!.contact.title).toBe('Hankevetäjä');
    expect(result.unmapped).toEqual([{ section: '2', label: 'Nimi', value: 'Aino Keskitalo', line: 3 }]);
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label').map((d) => [d.severity, d.line, d.path])).toEqual([['warning', 3, '/organisation/name'], ['info', 3, '/contact/name']]);
  });
  it('without the contact\'s lines, `Nimi` above the applicant\'s own `Y-tunnus` is the applicant\'s (it was kept in unmapped with the Y-tunnus)', () => {
    const result = read(['Hankekoodi: S22104', 'Nimi: Lapin Nuorisopalvelut ry', 'Y-tunnus: 0987654-3']);
    expect(result.record!.organisation.name).toBe('Lapin Nuorisopalvelut ry');
    expect(result.record!.organisation.businessId).toBe('0987654-3');
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
  });
});
