// What the eighty-first round mended: a finding the eightieth round left (WJ F4), and what its three white-box
// audits found — WL (layouts added as data: the definition language and `--grammar`), WM (where the shape families
// meet in one copy) and WN (the organisations of a description: applicant, co-implementers, transfer recipients,
// contacts). The mends' cases fail on the round's start (3ec64c3), the guards pass on both.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { parse } from '../src/index.js';
import { loadDefinition } from '../src/grammar/validate.js';
import { runCli } from './helpers/cli.js';
import { lineOf, rewrite } from './helpers/edits.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const read = (text: string | Buffer, template?: string) => analyse(typeof text === 'string' ? Buffer.from(text) : text, { file: 'x.txt', ...(template ? { template } : {}) }).result;
/** The diagnostics of severity warning or error at a line, as [severity, rule]. */
const saidAt = (result: ReturnType<typeof read>, line: number) => result.diagnostics.filter((d) => d.line === line && d.severity !== 'info').map((d) => [d.severity, d.rule]);
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const jointProject = fixture('shapes/co-implementers/joint-project.txt');
/** The joint project with its list's entries as given. */
const withEntries = (...entries: string[]) => rewrite(jointProject, 'Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0\nJärvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4', entries.join('\n'));
const contactField = (label: string, value: string) => jointProject.replace(new RegExp(`^${label}: .*$`, 'mu'), `${label}: ${value}`);

const seedFile = (name: string) => join(root, 'fixtures', 'seeds', `${name}.txt`);
const latin1Name = (dir: string, letter: number) => Buffer.concat([Buffer.from(`${dir}/ty`), Buffer.from([letter]), Buffer.from('.txt')]);

describe('eighty-first round, what the eightieth left: one argument read as several files', () => {
  it('one file argument whose name prints as two files\' names gives a JSON array of both (two objects ran together, invalid JSON, exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-names-'));
    writeFileSync(latin1Name(dir, 0xf6), readFileSync(seedFile('000_ddad63b48901b7a4')));
    writeFileSync(latin1Name(dir, 0xe4), readFileSync(seedFile('001_870e9aa13936b8c2')));
    for (const extra of [[], ['--pretty']]) {
      const { code, stdout } = await runCli(['-q', ...extra, `${dir}/ty\uFFFD.txt`]);
      expect(code).toBe(0);
      const results = JSON.parse(stdout);
      expect(results.map((result: { file: string }) => result.file)).toEqual([`${dir}/ty%E4.txt`, `${dir}/ty%F6.txt`]);
    }
  });

  it('guard: one file argument naming one file still gives one object', async () => {
    const { code, stdout } = await runCli(['-q', seedFile('000_ddad63b48901b7a4')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).record.project.code).toBe('S10843');
  });
});

describe('eighty-first round, audit WN: the organisations of a description', () => {
  it('a flattened copy without its block\'s heading line: the entries opening the text are said (F2: the co-implementers were [], the lines the summary\'s, unsaid)', () => {
    const flat = deriveShape(jointProject, 'flat').replace(/^Osatoteuttajat\n/mu, '');
    const result = read(flat);
    expect(result.record!.organisation.coImplementers).toEqual([]);
    for (const entry of ['Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0', 'Järvikylän kunta, 3064219-4']) {
      expect(saidAt(result, lineOf(flat, entry))).toContainEqual(['warning', 'ambiguous-prose-boundary']);
    }
  });
  it('guard: the same flattened copy with its heading line reads the entries, and a summary opening with a sentence is not said', () => {
    const flat = deriveShape(jointProject, 'flat');
    const result = read(flat);
    expect(result.record!.organisation.coImplementers.map((entry) => entry.businessId)).toEqual(['1957402-0', '3064219-4', '3064219-4']);
    expect(result.diagnostics.some((d) => /opens the text as an entry/u.test(d.message))).toBe(false);
  });

  it('an entry naming two organisations before one Y-tunnus is said, as the applicant\'s field is (F1)', () => {
    for (const entry of ['Juvan kunta ja Kangasniemen kunta, 3177889-4', 'Koillismaan Yrittäjät ry ja Kuusamon kaupunki, 3177889-4', 'Juvan kunta & Kasvu Oy, 3177889-4']) {
      const text = withEntries(entry);
      const result = read(text);
      expect(result.record!.organisation.coImplementers).toEqual([{ name: entry.replace(/, 3177889-4$/u, ''), businessId: '3177889-4' }]);
      expect(saidAt(result, lineOf(text, entry))).toContainEqual(['warning', 'normalised-value']);
    }
  });
  it('guard: one organisation named with a comma, or in two languages, is not said as two', () => {
    for (const entry of ['Pohjolan ammattiopisto, liikelaitos, 5908301-5', 'Helsingin kaupunki, Stadin ammattiopisto, 0201256-6', 'Vaasan ammattikorkeakoulu Oy ja Vasa yrkeshögskola Ab, 0209602-6']) {
      const text = withEntries(entry);
      expect(saidAt(read(text), lineOf(text, entry))).toEqual([]);
    }
  });

  it('a remark after the Y-tunnus with a year or a date is said (F3: an info, the remark lost); a share stays an info', () => {
    for (const entry of ['Juvan kunta, 3177889-4 (vetäytyi hankkeesta 2017)', 'Juvan kunta, 3177889-4, eronnut hankkeesta 30.6.2017', 'Juvan kunta, 3177889-4 (mukana 31.12.2016 asti)']) {
      const text = withEntries(entry, 'Kangasniemen kunta, 0811223-4');
      const result = read(text);
      expect(result.record!.organisation.coImplementers[0]).toEqual({ name: 'Juvan kunta', businessId: '3177889-4' });
      expect(saidAt(result, lineOf(text, entry))).toContainEqual(['warning', 'normalised-value']);
    }
    for (const entry of ['Juvan kunta, 3177889-4 (40 %)', 'Juvan kunta, 3177889-4 (osuus 120 000 €)']) {
      const text = withEntries(entry, 'Kangasniemen kunta, 0811223-4');
      const result = read(text);
      expect(result.record!.organisation.coImplementers[0]).toEqual({ name: 'Juvan kunta', businessId: '3177889-4' });
      expect(saidAt(result, lineOf(text, entry))).toEqual([]);
    }
  });
  it('a remark with a date in brackets before the Y-tunnus, kept in the name, is said (F3c)', () => {
    const entry = 'Juvan kunta (31.12.2016 asti), 3177889-4';
    const text = withEntries(entry);
    const result = read(text);
    expect(result.record!.organisation.coImplementers[0].name).toBe('Juvan kunta (31.12.2016 asti)');
    expect(saidAt(result, lineOf(text, entry))).toContainEqual(['warning', 'normalised-value']);
  });
  it('a remark of a role after the Y-tunnus is no longer called a unit only (F8, a misfire)', () => {
    const entry = 'Juvan kunta, 3177889-4 (hallinnoija)';
    const result = read(withEntries(entry));
    const said = result.diagnostics.find((d) => d.message.includes('(hallinnoija)'));
    expect(said!.message).toContain('or a remark on its part in the project?');
  });

  it('an address or a phone number between the name and its Y-tunnus is said (F12: the name held it, unsaid)', () => {
    for (const entry of ['Juvan kunta, Juvantie 13, 51900 Juva, 3177889-4', 'Juvan kunta, puh. 015 755 1500, 3177889-4']) {
      const text = withEntries(entry);
      expect(saidAt(read(text), lineOf(text, entry))).toContainEqual(['warning', 'normalised-value']);
    }
  });

  it('two entries with one Y-tunnus and other names are said at the second (F11)', () => {
    const text = withEntries('Juvan kunta, 3177889-4', 'Kangasniemen kunta, 3177889-4');
    const result = read(text);
    expect(saidAt(result, lineOf(text, 'Kangasniemen kunta, 3177889-4'))).toContainEqual(['warning', 'invalid-value']);
  });
  it('guard: one organisation listed twice, or named in two languages, with one Y-tunnus is not said', () => {
    for (const [first, second] of [['Järvikylän kunta, 3064219-4', 'Järvikylän kunta, 3064219-4'], ['Vaasan kaupunki, 0209602-6', 'Vasa stad, 0209602-6']]) {
      const text = withEntries(first, second);
      expect(read(text).diagnostics.some((d) => d.message.includes('above has too'))).toBe(false);
    }
  });

  it('"one applicant" written another way beside co-implementers is said (F4)', () => {
    for (const answer of ['1', 'Yksi hakija', 'Yksittäinen hakija']) {
      const text = jointProject.replace('Hakijoita on useampi kuin yksi (yhteishanke)', answer);
      const result = read(text);
      expect(saidAt(result, lineOf(text, 'Järvikylän kunta, 3064219-4'))).toContainEqual(['warning', 'invalid-value']);
    }
  });

  it('a contact naming two people who share a surname is said (F6b); one with the organisation after a comma is read as the name (F6)', () => {
    const two = read(contactField('Hankkeen yhteyshenkilön nimi', 'Anne ja Pekka Multas'));
    expect(two.record!.contact.name).toBe('Anne ja Pekka Multas');
    expect(two.diagnostics.some((d) => d.severity === 'warning' && d.rule === 'invalid-value' && d.path === '/contact/name')).toBe(true);
    expect(read(contactField('Hankkeen yhteyshenkilön nimi', 'Anne Multas, KSAK Oy')).record!.contact.name).toBe('Anne Multas');
  });
  it('guard: a contact written surname first with a comma, or with a title after it, is read as before', () => {
    expect(read(contactField('Hankkeen yhteyshenkilön nimi', 'Multas, Anne')).record!.contact.name).toBe('Multas, Anne');
    expect(read(contactField('Hankkeen yhteyshenkilön nimi', 'Anne Multas, projektipäällikkö')).record!.contact.name).toBe('Anne Multas');
  });

  it('an e-mail address in the phone field beside the number is said (F5)', () => {
    const text = contactField('Yhteyshenkilön puhelinnumero', '0400 225 587, anne.multas(at)ksak.fi');
    const result = read(text);
    expect(saidAt(result, lineOf(text, 'Yhteyshenkilön puhelinnumero: 0400 225 587, anne.multas(at)ksak.fi'))).toContainEqual(['warning', 'invalid-value']);
  });

  it('an entry struck through as a whole is no entry, said (F9: an entry with an empty name and a false missing Y-tunnus)', () => {
    const text = withEntries('~~Juvan kunta, 3177889-4~~', 'Kangasniemen kunta, 0811223-4');
    const result = read(text);
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Kangasniemen kunta', businessId: '0811223-4' }]);
    expect(saidAt(result, lineOf(text, '~~Juvan kunta, 3177889-4~~'))).toEqual([['warning', 'invalid-value']]);
  });
  it('one address written twice over is read, with no warning that something was not read (F10, a misfire)', () => {
    const text = contactField('Yhteyshenkilön sähköpostisoite', 'anne.multas@ksak.fi anne.multas@ksak.fi');
    const result = read(text);
    expect(result.record!.contact.email).toBe('anne.multas@ksak.fi');
    expect(saidAt(result, lineOf(text, 'Yhteyshenkilön sähköpostisoite: anne.multas@ksak.fi anne.multas@ksak.fi'))).toEqual([]);
  });
});

describe('eighty-first round, audit WM: where the shape families meet', () => {
  // The register's flattened copy of a short description (its sections 1–3), its summary's first sentence short.
  const flatLines = deriveShape(jointProject, 'flat').split('\n');
  const shortFlat = flatLines
    .slice(0, flatLines.findIndex((line) => line.startsWith('Hankkeen aikana kokeillaan')) + 1)
    .map((line) => (line.startsWith('Hankkeessa rakennetaan') ? 'Hankkeessa rakennetaan työttömille yhtenäinen polku työhön.' : line))
    .join('\n');
  const signature = '\n\nYstävällisin terveisin\n\nMarja Kettunen\nprojektipäällikkö\n\nPohjolan koulutusyhtymä\n\nwww.pohjolan-koulutusyhtyma.fi\n';
  const tidyEntries = ['1957402-0', '3064219-4', '3064219-4'];
  it('a flattened copy with a signature below it, or with its summary\'s paragraphs kept, reads its block and its summary as without (F1: the summary\'s sentences were entries)', () => {
    const paragraphs = shortFlat.replace('Polun jokaisessa', '\nPolun jokaisessa').replace('Hankkeen aikana kokeillaan', '\nHankkeen aikana kokeillaan');
    for (const text of [shortFlat + signature, paragraphs + signature]) {
      const result = read(text);
      expect(result.record!.organisation.coImplementers.map((entry) => entry.businessId)).toEqual(tidyEntries);
      expect(result.record!.summary!.startsWith('Hankkeessa rakennetaan työttömille yhtenäinen polku työhön.')).toBe(true);
    }
  });
  it('a flattened copy without its arrangement line, its summary opening with a list, a signature below: the phone is the phone (F3: it took the list in, an info only)', () => {
    const text = shortFlat.replace(/^Hakijoiden lukumäärä.*\nOsatoteuttajat\n.*\n.*\n.*\n/mu, '').replace('Hankkeessa rakennetaan', '1. kartoittaa asiakkaiden palvelutarpeet\n2. kehittää palvelumallin\nHankkeessa rakennetaan') + signature;
    const result = read(text);
    expect(result.record!.contact.phone).toBe('040 555 7182');
    expect(result.record!.summary!.startsWith('1. kartoittaa asiakkaiden palvelutarpeet')).toBe(true);
  });
  it('guard: a copy parted by blank lines reads its block as before', () => {
    expect(read(jointProject).record!.organisation.coImplementers.map((entry) => entry.businessId)).toEqual(tidyEntries);
  });
});

describe('eighty-first round, audit WL: layouts added as data', () => {
  const card = JSON.parse(fixture('definitions/project-card.json'));
  const cardText = fixture('definitions/project-card.txt');
  const define = (edit: (definition: typeof card) => void) => {
    const definition = structuredClone(card);
    edit(definition);
    return loadDefinition(definition);
  };
  const moneyBlock = 'Rahoitus\n\nEU- ja valtionrahoitus: 84 000\nKokonaisbudjetti: 105 000\n\n';
  it('a layout whose first section\'s heading is a page\'s phrase too (`Rahoitus`) opens it there (F1: its fields were text before the first section, ok)', () => {
    const moneyFirst = define((definition) => definition.sections.unshift(...definition.sections.splice(1, 1)));
    const text = cardText.replace(moneyBlock, '').replace('Hankekortti\n\n', `Hankekortti\n\n${moneyBlock}`);
    for (const shape of [text, deriveShape(text, 'noblank')]) {
      const result = parse(shape, { definitions: [moneyFirst] });
      expect(result.record!.funding.grantedEuAndState).toBe(84000);
      expect(result.record!.funding.plannedPublicTotal).toBe(105000);
      expect(result.unmapped).toEqual([]);
    }
  });
  it('a layout whose last prose section is headed `Yhteystiedot` reads its lines as that section\'s text (F2: an address closing the copy, in unmapped)', () => {
    const contactLast = define((definition) => definition.sections.push({ id: 'contacts', number: null, headings: ['Yhteystiedot'], content: 'prose', textPath: 'targetArea.description' }));
    const text = cardText.replace('\nTulosta kortti\n', '\nYhteystiedot\n\nMaija Meikäläinen\nprojektipäällikkö\npuh. 040 123 4567\nmaija.meikalainen@jarvikyla.fi\n');
    const result = parse(text, { definitions: [contactLast] });
    expect(result.record!.targetArea.description).toBe('Maija Meikäläinen\nprojektipäällikkö\npuh. 040 123 4567\nmaija.meikalainen@jarvikyla.fi');
    expect(result.unmapped).toEqual([]);
  });
  it('a layout ending with its contact fields, saved without a final line break, is whole where its last line is a whole address and its other fields are above (F3: said cut, the address dropped)', () => {
    const fieldsLast = define((definition) => definition.sections.push({ id: 'contacts', number: null, headings: ['Yhteystiedot'], content: 'fields', fields: [{ labels: ['Yhteyshenkilö'], path: 'contact.name', type: 'personName' }, { labels: ['Sähköposti'], path: 'contact.email', type: 'email' }, { labels: ['Puhelin'], path: 'contact.phone', type: 'phone' }] }));
    const text = `${cardText.replace('\nTulosta kortti\n', '')}\nYhteystiedot\n\nYhteyshenkilö: Maija Meikäläinen\nPuhelin: 040 123 4567\nSähköposti: maija.meikalainen(at)jarvikyla.fi`;
    const result = parse(text, { definitions: [fieldsLast] });
    expect(result.record!.contact.email).toBe('maija.meikalainen@jarvikyla.fi');
    expect(result.diagnostics.some((d) => d.rule === 'text-cut-off' || d.rule === 'value-cut-off')).toBe(false);
    // (Without the phone, a field the layout has after the address, the copy may be cut there: said, as before.)
    const cut = parse(text.replace('Puhelin: 040 123 4567\n', ''), { definitions: [fieldsLast] });
    expect(cut.diagnostics.some((d) => d.rule === 'text-cut-off')).toBe(true);
  });
  it('a title naming no fund leaves the definition\'s own fund, and a conflict names the definition (F7: the fund was the code\'s, unsaid)', () => {
    const constantFund = define((definition) => {
      definition.titles = [{ text: 'Hankekortti' }];
      definition.constants.fund = 'ESR';
    });
    const result = parse(cardText.replace('Tunnus: S21904', 'Tunnus: A71904'), { definitions: [constantFund] });
    expect(result.record!.fund).toBe('ESR');
    expect(result.diagnostics.some((d) => d.message.startsWith("The layout's definition names the fund ESR"))).toBe(true);
  });
  it('a definition giving two sections one heading written with and without its colon is refused (F8)', () => {
    expect(() => define((definition) => definition.sections[1].headings.push('Perustiedot:'))).toThrow(/has the heading/u);
  });
  it('validate --grammar checks a stored result by the layout of its definition (F5: by the built-in ones only)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-grammar-'));
    const renamed = structuredClone(card);
    renamed.name = 'esr-card-b';
    writeFileSync(join(dir, 'card.json'), JSON.stringify(renamed));
    const stored = parse(cardText.replace('Hankekortti', 'Hankekortti').replace('Tunnus: S21904\n', ''), { definitions: [loadDefinition(renamed)] });
    stored.ok = true;
    stored.diagnostics = stored.diagnostics.filter((d) => d.rule !== 'missing-field');
    writeFileSync(join(dir, 'result.json'), JSON.stringify(stored));
    const { code, stdout } = await runCli(['validate', '--grammar', join(dir, 'card.json'), '-r', 'json', join(dir, 'result.json')]);
    expect(code).toBe(1);
    expect(stdout).toContain('project.code is empty, a value esr-card-b requires');
  });
});

describe('eighty-first round, review RV of the mends', () => {
  it('guard: an organisation and its unit with the organisation\'s Y-tunnus are not said to share one', () => {
    for (const [first, second] of [['Oulun kaupunki, 0187690-1', 'Oulun Seudun Ammattiopisto, 0187690-1'], ['Helsingin yliopisto, 0313471-7', 'Ruralia-instituutti, 0313471-7']]) {
      const text = withEntries(first, second);
      expect(read(text).diagnostics.some((d) => d.message.includes('above has too'))).toBe(false);
    }
  });
  it('guard: a remark with a figure that is no year or date stays a note, and a unit code is no phone number', () => {
    for (const entry of ['Juvan kunta, 3177889-4 (toimintalinja 2)', 'Juvan kunta, 3177889-4 (2 toimipistettä)', 'Jyväskylän ammattikorkeakoulu Oy, P5 Kasvuyrittäjyys, 0208201-1']) {
      const text = withEntries(entry);
      expect(saidAt(read(text), lineOf(text, entry))).toEqual([]);
    }
  });
});
