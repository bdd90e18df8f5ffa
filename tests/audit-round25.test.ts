// What the twenty-fifth round found — each failure reproduced on a seed with one change: read right
// now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';
import { runCli } from './helpers/cli.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed000 = seed('000_ddad63b48901b7a4');
const seed003 = seed('003_4ea2b71e336645b9');
const seed004 = seed('004_3bb6e26593869c78');

describe('audit round 25: a project page left as its template', () => {
  const TITLE = 'Osallisuuden askeleet työllistymispoluille';
  const TAGLINE = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';

  it.each(['[Hankkeen nimi]', 'HANKKEEN NIMI', 'Lorem ipsum', '<nimi>', 'Kirjoita tähän hankkeen nimi', 'XX'])('a title written as a placeholder (%s) is null, with a warning at it and a missing title', (placeholder) => {
    expect(seed003.startsWith(`${TITLE}\n`)).toBe(true);
    const result = parse(seed003.replace(TITLE, placeholder));
    expect(result.record!.project.name).toBeNull();
    const said = result.diagnostics.filter((d) => d.path === '/project/name').map((d) => [d.severity, d.rule, d.line]);
    expect(said).toEqual([
      ['warning', 'placeholder-text', 1],
      ['warning', 'missing-field', 1],
    ]);
  });

  it('a tagline written as a placeholder is null, with a warning; the title stays', () => {
    expect(seed003).toContain(TAGLINE);
    const result = parse(seed003.replace(TAGLINE, 'Kirjoita tähän lyhyt kuvaus hankkeesta'));
    expect(result.record!.project.tagline).toBeNull();
    expect(result.record!.project.name).toBe(TITLE);
    expect(result.diagnostics.filter((d) => d.path === '/project/tagline').map((d) => [d.severity, d.rule, d.line])).toEqual([['warning', 'placeholder-text', 3]]);
  });

  it.each(['XXX-akatemia', 'AUKI', 'Avoin', 'VALITSE', 'Tulossa', 'NN', 'TBA', 'Kun työ puuttuu'])('a title that a numbered layout\'s field would take for a placeholder but a project may be named (%s) is kept as written, with a warning', (title) => {
    const result = parse(seed003.replace(TITLE, title));
    expect(result.record!.project.name).toBe(title);
    expect(result.diagnostics.filter((d) => d.path === '/project/name').map((d) => [d.severity, d.rule])).toEqual([['warning', 'placeholder-text']]);
  });

  it.each(['Täydennetään myöhemmin', 'Nimi puuttuu', 'Hankkeen nimi puuttuu'])('a title that is a draft\'s instruction in words (%s) is null, with a warning', (title) => {
    const result = parse(seed003.replace(TITLE, title));
    expect(result.record!.project.name).toBeNull();
    expect(result.diagnostics.filter((d) => d.path === '/project/name').map((d) => d.rule)).toEqual(['placeholder-text', 'missing-field']);
  });

  it('`validate --strict` rejects such a page', async () => {
    const { code } = await runCli(['validate', '--strict', '-'], { stdin: seed003.replace(TITLE, '[Hankkeen nimi]') });
    expect(code).toBe(1);
  });
});

describe('audit round 25: `validate --redact` of stored results', () => {
  // A contact's e-mail without its top-level part: the stored record holds it, and `validate` says it is no address.
  const text = seed004.replace('anne.multas(at)ksak.fi', 'anne.multas(at)ksak');

  it.each(['stylish', 'json', 'sarif', 'junit'])('no personal data in the %s report of a stored result (compact and pretty-printed)', async (reporter) => {
    expect(seed004).toContain('anne.multas(at)ksak.fi');
    const stored = (await runCli(['-q', '-'], { stdin: text })).stdout;
    expect(stored).toContain('anne.multas@ksak');
    for (const json of [stored, JSON.stringify(JSON.parse(stored), null, 2)]) {
      const plain = await runCli(['validate', '-r', reporter, '-'], { stdin: json });
      expect(plain.stdout).toMatch(/invalid-email/);
      const redacted = await runCli(['validate', '--redact', '-r', reporter, '-'], { stdin: json });
      expect(redacted.stdout).toMatch(/invalid-email/);
      expect(redacted.stdout).not.toMatch(/multas|0400 225 587|Valmennusvastaava/i);
      expect(redacted.code).toBe(plain.code);
    }
  });

  it('the stylish report still shows the line of the value, redacted, in its code frame', async () => {
    const stored = (await runCli(['-q', '-'], { stdin: text })).stdout;
    const { stdout } = await runCli(['validate', '--redact', '-'], { stdin: JSON.stringify(JSON.parse(stored), null, 2) });
    // (Filled out with `*` to the address's length since round 76: the frame's columns hold.)
    expect(stdout).toMatch(/> +\d+ \| +"email": "\[redacted\]\**",/);
  });

  it('a stored file that is not JSON does not quote its text under --redact', async () => {
    const stored = JSON.stringify(JSON.parse((await runCli(['-q', '-'], { stdin: text })).stdout), null, 2);
    const broken = stored.replace('"email": "anne.multas@ksak"', '"email": anne.multas@ksak"');
    expect(broken).not.toBe(stored);
    const line = JSON.stringify(JSON.parse(stored));
    for (const json of [broken, `${line}\n${line.replace('"email":"anne.multas@ksak"', '"email":anne.multas@ksak"')}\n`, `${line}\n${line.replace('"name":"Multas Anne"', '"name":Multas Anne"')}\n`]) {
      const { stdout } = await runCli(['validate', '--redact', '-r', 'json', '-'], { stdin: json });
      expect(stdout).toMatch(/invalid-json/);
      expect(stdout).not.toMatch(/multas/i);
    }
  });

  it('a stored value of any shape is checked under --redact without an internal error', async () => {
    for (const json of ['{"record":{"contact":5,"organisation":[]},"diagnostics":[null]}', '[1, "x", {"record":null}]', '{"record":{"contact":{"name":["a"]}}}']) {
      const { code, stdout } = await runCli(['validate', '--redact', '-r', 'json', '-'], { stdin: json });
      expect(code).toBe(1);
      expect(stdout).not.toMatch(/internal-error/);
    }
  });
});

describe('audit round 25: a figure whose label or heading gives its unit or what it counts', () => {
  const GRANTED = 'Myönnetty EU- ja valtion rahoitus: 592 722';
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  const said = (result: ReturnType<typeof parse>, path: string) => result.diagnostics.filter((d) => d.path === path && d.severity !== 'info').map((d) => [d.severity, d.rule, d.line]);

  it.each(['1000 €', 't€', 'milj. €', '1 000 euroa', 'tuhatta euroa'])('an amount under a label that says it is in thousands or millions (%s) is null, with a warning at it', (unit) => {
    expect(seed000).toContain(GRANTED);
    for (const text of [seed000.replace(GRANTED, `Myönnetty EU- ja valtion rahoitus (${unit}): 593`), deriveShape(seed000.replace(GRANTED, `Myönnetty EU- ja valtion rahoitus (${unit}): 593`), 'noblank')]) {
      const result = parse(text);
      expect(result.record!.funding.grantedEuAndState).toBeNull();
      expect(said(result, '/funding/grantedEuAndState')).toEqual([['warning', 'invalid-number', lineOf(text, 'Myönnetty')]]);
      expect(result.record!.funding.actualEuAndState).toBe(561706);
    }
  });

  it.each(['tuhatta euroa', 'tuh. euroa', 'tuh. €', 't. euroa', '1000 euroina', '1 000 euroissa', '€ 1000', 'milj. euroa'])('amounts under a heading that says they are in thousands or millions of euros (%s) are null, each with a warning', (unit) => {
    const text = seed000.replace('7. Projektin julkinen rahoitus, euroa', `7. Projektin julkinen rahoitus, ${unit}`).replace('592 722', '593').replace('561 706', '562').replace('694 522', '695').replace('674 523', '675');
    const result = parse(text);
    expect(result.record!.funding).toMatchObject({ grantedEuAndState: null, actualEuAndState: null, plannedPublicTotal: null, actualPublicTotal: null });
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-number' && d.message.includes(unit)).map((d) => d.line)).toEqual(['Myönnetty', 'Toteutunut EU', 'Suunniteltu julkinen', 'Toteutunut julkinen'].map((start) => lineOf(text, start)));
  });

  it.each(['euroa', '€', 'EUR', 'yhteensä', 'tilanne 31.12.2019', 'hakemuksen mukaan', 'ESR', 'EU + valtio', 'rahoituspäätöksen mukaan', '31.12.2011 mennessä', 'tilanne 12/2011', 'EURA 2007', 'alv 0 %'])('an amount whose label says only euros, a total, the date or the source of its figures (%s) is read, with an info', (remark) => {
    const result = parse(seed000.replace(GRANTED, `Myönnetty EU- ja valtion rahoitus (${remark}): 592 722`));
    expect(result.record!.funding.grantedEuAndState).toBe(592722);
    expect(said(result, '/funding/grantedEuAndState')).toEqual([]);
  });

  it('a page\'s budget under a label in thousands of euros is null, with a warning', () => {
    const page = readFileSync(`${root}fixtures/pages/ended.txt`, 'utf8');
    expect(page).toContain('Budjetti: 100000-500000 €');
    const result = parse(page.replace('Budjetti: 100000-500000 €', 'Budjetti (t€): 100-500'));
    expect(result.record!.funding.budgetRange).toBeNull();
    expect(said(result, '/funding/budgetRange').map(([severity, rule]) => [severity, rule])).toEqual([['warning', 'invalid-number']]);
  });

  it('an indicator whose label says it counts women is read as the women, no total, with a warning', () => {
    const seed004Count = seed004.replace('7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu: 310', '7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu (naiset): 170');
    expect(seed004Count).not.toBe(seed004);
    const result = parse(seed004Count);
    expect(result.record!.indicators.participants.planned).toEqual({ total: null, women: 170 });
    expect(said(result, '/indicators/participants/planned')).toEqual([['warning', 'invalid-number', lineOf(seed004Count, 'Suunniteltu (naiset)')]]);
  });

  it('an indicator whose label says women over a value with its own women clause is read as written', () => {
    const text = seed004.replace('7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu: 310', '7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu (naisia): 310, joista naisia 120');
    const result = parse(text);
    expect(result.record!.indicators.participants.planned).toEqual({ total: 310, women: 120 });
    expect(said(result, '/indicators/participants/planned')).toEqual([]);
  });

  it.each(['tavoite', 'hankesuunnitelma', 'kaikki', 'tilanne 31.12.2019', 'osallistujat', 'kaikki vuodet', 'vuosina 2010–2013', 'tilanne vuoden 2013 lopussa', 'kolmannen sektorin hanke'])('an indicator whose label has a remark that is no other measure (%s) is read as written, with an info', (remark) => {
    const text = seed004.replace('7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu: 310', `7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu (${remark}): 310`);
    const result = parse(text);
    expect(result.record!.indicators.participants.planned).toEqual({ total: 310, women: null });
    expect(said(result, '/indicators/participants/planned')).toEqual([]);
  });

  it('an indicator whose label has another remark (per year) is read as written, with a warning', () => {
    const text = seed004.replace('7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu: 310', '7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu (vuodessa): 310');
    const result = parse(text);
    expect(result.record!.indicators.participants.planned).toEqual({ total: 310, women: null });
    expect(said(result, '/indicators/participants/planned')).toEqual([['warning', 'invalid-value', lineOf(text, 'Suunniteltu (vuodessa)')]]);
  });
});

describe('audit round 25: a web page\'s buttons at the end of a numbered description', () => {
  it.each(['Tulosta tämä sivu', '« Takaisin', '< Takaisin', 'Edellinen | Seuraava', 'Tulosta PDF', 'Lataa PDF', 'Sulje ikkuna', '[Tulosta] [Sulje]', 'Seuraava hanke »'])('"%s" is furniture, not the last text\'s end', (button) => {
    const whole = parse(seed000);
    const text = `${seed000.trimEnd()}\n\n${button}\n`;
    const result = parse(text);
    expect(result.record).toEqual(whole.record);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual([text.trimEnd().split('\n').length]);
  });
});

describe('audit round 25: arguments that overlap', () => {
  const seeds = `${root}fixtures/seeds`;
  it('a file reached by several arguments comes out once, where it is first reached', async () => {
    const { stdout, code } = await runCli(['-q', `${seeds}/001_870e9aa13936b8c2.txt`, `${seeds}/`, `${seeds}/*.txt`, `${seeds}/../seeds/000_ddad63b48901b7a4.txt`]);
    expect(code).toBe(0);
    const files = (JSON.parse(stdout) as { file: string }[]).map((r) => r.file.slice(r.file.lastIndexOf('/') + 1));
    expect(files).toEqual(['001_870e9aa13936b8c2.txt', '000_ddad63b48901b7a4.txt', '002_bcdc1a367ba94878.txt', '003_4ea2b71e336645b9.txt', '004_3bb6e26593869c78.txt']);
  });

  it('--summary counts each file once', async () => {
    const { stderr } = await runCli(['-q', '--summary', 'json', `${seeds}/`, `${seeds}/*.txt`]);
    expect(JSON.parse(stderr).files).toBe(5);
  });
});

describe('audit round 25: a newcomer\'s other findings', () => {
  it('a pretty-printed stored result cut short is invalid-json where it stops, not at line 1', async () => {
    const stored = JSON.stringify(JSON.parse((await runCli(['-q', '-'], { stdin: seed000 })).stdout), null, 2);
    const cut = stored.slice(0, 3000);
    const lines = cut.split('\n');
    const { stdout, code } = await runCli(['validate', '-r', 'json', '-'], { stdin: cut });
    expect(code).toBe(1);
    const [d] = JSON.parse(stdout) as { rule: string; line: number; column: number }[];
    expect(d.rule).toBe('invalid-json');
    expect([d.line, d.column]).toEqual([lines.length, lines[lines.length - 1].length + 1]);
  });

  it('a one-line JSON value that is not whole is located at its column', async () => {
    const { stdout } = await runCli(['validate', '-r', 'json', '-'], { stdin: '{"file": "x", "ok": true' });
    const [d] = JSON.parse(stdout) as { rule: string; line: number; column: number }[];
    expect([d.rule, d.line, d.column]).toEqual(['invalid-json', 1, 25]);
  });

  it('the library takes a file name that is not a string as its string (the result keeps to its schema)', async () => {
    const { validateResult } = await import('../src/index.js');
    const result = parse(seed000, { file: 5 as unknown as string });
    expect(result.file).toBe('5');
    expect(validateResult(result)).toEqual([]);
    for (const none of [null, {}, ['a']]) expect(parse(seed000, { file: none as unknown as string }).file).toBe('<input>');
  });
});

describe('audit round 25: a transfer-recipient block whose heading is retyped', () => {
  const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
  const LAST = 'Järvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4\n';
  const withBlock = (heading: string) => joint.replace(LAST, `${LAST}\n${heading}\n\nMetsäkylän kyläyhdistys ry, 0487216-4\nHarjulan nuorisoseura ry, 3150824-5\n`);

  it.each(['Tuen siirron saajat', 'Tuen siirronsaaja(t)', 'Tuen siirronsaajat (tuen siirto)', 'Subsidy transfer recipients'])('"%s" is read as the block\'s heading in every shape, with an info where retyped', (heading) => {
    expect(joint).toContain(LAST);
    for (const shape of ['original', 'noblank', 'flat'] as const) {
      const text = shape === 'original' ? withBlock(heading) : deriveShape(withBlock(heading), shape);
      const result = parse(text);
      const organisation = result.record!.organisation;
      expect(organisation.coImplementers.map((e) => e.businessId)).toEqual(['1957402-0', '3064219-4', '3064219-4']);
      expect(organisation.transferRecipients).toEqual([
        { name: 'Metsäkylän kyläyhdistys ry', businessId: '0487216-4' },
        { name: 'Harjulan nuorisoseura ry', businessId: '3150824-5' },
      ]);
      if (heading !== 'Subsidy transfer recipients') {
        const line = text.split('\n').indexOf(heading) + 1;
        expect(result.diagnostics.filter((d) => d.line === line).map((d) => [d.severity, d.rule])).toEqual([['info', 'normalised-value']]);
      }
    }
  });

  it('under a heading the layout does not know, in a copy without blank lines, the entries below it are said as perhaps another list\'s', () => {
    const text = deriveShape(withBlock('Tuen siirtoa saavat organisaatiot'), 'noblank');
    const result = parse(text);
    const lines = text.split('\n');
    const entries = [lines.indexOf('Metsäkylän kyläyhdistys ry, 0487216-4') + 1, lines.indexOf('Harjulan nuorisoseura ry, 3150824-5') + 1];
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label' && d.path?.startsWith('/organisation/coImplementers/')).map((d) => d.line)).toEqual(entries);
  });

  it.each(['Lapin AMK', 'Business Oulu', 'Oulun seurakunta', 'Luleå tekniska universitet', 'Oulun Yrittäjät', 'Metsäkylän kyläyhdistys'])('an entry without its Y-tunnus that is a name (%s) does not make the entries below it doubtful', (name) => {
    for (const text of [joint.replace(LAST, `Järvikylän kunta, 3064219-4\n${name}\nMetsäkylän kyläyhdistys ry, 0487216-4\n`), deriveShape(joint.replace(LAST, `Järvikylän kunta, 3064219-4\n${name}\nMetsäkylän kyläyhdistys ry, 0487216-4\n`), 'noblank')]) {
      expect(parse(text).diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
    }
  });

  it('an entry without its Y-tunnus that names an organisation does not make the entries below it doubtful', () => {
    const text = deriveShape(joint.replace('Järvikylän kunta, 3064219-4\nJärvikylän kunta', 'Järvikylän kunta\nJärvikylän kunta'), 'noblank');
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-business-id')).toHaveLength(1);
  });
});

describe('audit round 25: co-implementer entries with a Y-tunnus written wrong', () => {
  const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
  const ENTRY = 'Järvikylän kunta, 3064219-4\nJärvikylän kunta, 3064219-4\n';

  it.each(['306421-94', '30642194-1', '306421941', '3064219-'])('"Järvikylän kunta, %s": the name without it, the id kept as written and invalid-business-id', (id) => {
    expect(joint).toContain(ENTRY);
    for (const text of [joint.replace(ENTRY, `Järvikylän kunta, ${id}\nJärvikylän kunta, 3064219-4\n`), deriveShape(joint.replace(ENTRY, `Järvikylän kunta, ${id}\nJärvikylän kunta, 3064219-4\n`), 'flat')]) {
      const result = parse(text);
      expect(result.record!.organisation.coImplementers[1]).toEqual({ name: 'Järvikylän kunta', businessId: id });
      expect(result.diagnostics.filter((d) => d.path === '/organisation/coImplementers/1').map((d) => [d.severity, d.rule])).toEqual([['error', 'invalid-business-id']]);
    }
  });

  it.each(['2016–2018', '90100', '040 123 4567', '12 500'])('a figure of another kind after the last comma (%s) is no Y-tunnus', (tail) => {
    const result = parse(joint.replace(ENTRY, `Järvikylän kunta, ${tail}\nJärvikylän kunta, 3064219-4\n`));
    expect(result.record!.organisation.coImplementers[1].businessId).toBeNull();
  });

  it('a second Y-tunnus after an entry\'s own is no entry of its own: one entry with the first, said', () => {
    const result = parse(joint.replace(ENTRY, 'Järvikylän kunta, 3064219-4, 0487216-4\nJärvikylän kunta, 3064219-4\n'));
    expect(result.record!.organisation.coImplementers).toHaveLength(3);
    expect(result.record!.organisation.coImplementers[1]).toEqual({ name: 'Järvikylän kunta', businessId: '3064219-4' });
    expect(result.diagnostics.filter((d) => d.path === '/organisation/coImplementers/1').map((d) => [d.severity, d.rule])).toEqual([['warning', 'normalised-value']]);
  });
});

describe('audit round 25: a reworded numbered heading right below the last field, in a copy without blank lines', () => {
  const english = readFileSync(`${root}fixtures/shapes/english/react-eu-english.txt`, 'utf8');
  it('is that section\'s heading, not the first line of its text', () => {
    expect(english).toContain('\n3 Summary of the implementation plan\n');
    // (Prose aside: without blank lines its paragraphs are lines.)
    const whole = parse(english).record!.summary!.replace(/\n+/g, '\n');
    const text = deriveShape(english, 'noblank');
    const result = parse(text);
    expect(result.record!.summary).toBe(whole);
    const line = text.split('\n').indexOf('3 Summary of the implementation plan') + 1;
    expect(result.diagnostics.filter((d) => d.line === line).map((d) => [d.severity, d.rule])).toEqual([['info', 'heading-variant']]);
  });
});

describe('audit round 25: a copy without blank lines cut inside a label of the section it is in, saved with a line break', () => {
  const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
  it.each(['flat', 'noblank'] as const)('(%s) the cut label is no text of the next section: the copy is said to stop there', (shape) => {
    const text = deriveShape(joint, shape);
    const at = text.indexOf('Hakijoiden lukumäärä tai tuen siirto -menettely:');
    expect(at).toBeGreaterThan(0);
    const cut = `${text.slice(0, at)}Hakijoiden lukumäärä tai tuen sii\n`;
    const result = parse(cut);
    const line = cut.split('\n').length - 1;
    expect(result.record!.summary).toBeNull();
    expect(result.diagnostics.filter((d) => d.line === line && d.severity === 'warning').map((d) => d.rule).sort()).toEqual(expect.arrayContaining(['text-cut-off', 'unmapped-text']));
  });
});

describe('audit round 25: a copy that stops on a field\'s value before the summary', () => {
  it.each([
    ['Kunnat: Hartola, Heinola, Sy', 'noblank'],
    ['Osoite: PL 3', 'original'],
    ['Suunniteltu: 1', 'original'],
  ] as const)('cut at "%s" (%s) and saved with a line break: said as cut, the value on its line said or not read', (cutLine, shape) => {
    const text = shape === 'original' ? seed000 : deriveShape(seed000, shape);
    const label = cutLine.slice(0, cutLine.indexOf(':') + 1);
    const at = text.indexOf(`\n${label}`) + 1;
    expect(at).toBeGreaterThan(0);
    const cut = `${text.slice(0, at)}${cutLine}\n`;
    const result = parse(cut);
    const line = cut.split('\n').length - 1;
    const onLine = result.diagnostics.filter((d) => d.line === line && d.severity !== 'info').map((d) => d.rule);
    expect(onLine).toContain('text-cut-off');
    expect(onLine.some((rule) => rule === 'value-cut-off')).toBe(true);
    expect(result.diagnostics.some((d) => d.rule === 'missing-section')).toBe(false);
  });

  it('a whole copy that ends on a value after its summary (no final report yet) is not said as cut', () => {
    const text = seed000.slice(0, seed000.indexOf('\n9. Loppuraportin tiivistelmä'));
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/\S/);
    const result = parse(`${text.trimEnd()}\n`);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off' || d.rule === 'value-cut-off')).toEqual([]);
  });
});

describe('audit round 25: a copy without blank lines cut inside the next heading, saved with a line break', () => {
  it.each(['4 Hank', '4 Hankkeen'])('"%s" below the summary\'s last sentence: said as cut, not the summary\'s end', (cutLine) => {
    const text = deriveShape(seed004, 'noblank');
    const at = text.indexOf('\n4 Hankkeen kohderyhmät\n');
    expect(at).toBeGreaterThan(0);
    const whole = parse(text).record!.summary;
    const cut = `${text.slice(0, at)}\n${cutLine}\n`;
    const result = parse(cut);
    const line = cut.split('\n').length - 1;
    expect(result.diagnostics.some((d) => d.rule === 'text-cut-off' && d.line === line)).toBe(true);
    expect(result.record!.summary === whole || result.diagnostics.some((d) => d.line === line && d.severity === 'warning' && d.rule !== 'text-cut-off')).toBe(true);
  });

  it('a page heading\'s start below a sentence\'s end (`Tuloks` of `Tulokset`) is said as cut, not the text\'s end', () => {
    const page = deriveShape(readFileSync(`${root}fixtures/pages/ended.txt`, 'utf8'), 'noblank');
    const at = page.indexOf('\nTulokset\n');
    expect(at).toBeGreaterThan(0);
    expect(page.slice(0, at)).toMatch(/[.!?]$/u);
    const cut = `${page.slice(0, at)}\nTuloks\n`;
    const result = parse(cut);
    const line = cut.split('\n').length - 1;
    expect(result.diagnostics.some((d) => d.rule === 'text-cut-off' && d.line === line)).toBe(true);
    expect(JSON.stringify(result.record)).not.toContain('Tuloks');
  });
});

describe('audit round 25, the third review: where the cut rules must not fire', () => {
  it.each(['6. Tiedotus', 'Projektin toteutus', '6.1 Tiedotus'])('a flattened copy\'s final report whose list ends in "%s" below a sentence is whole', (last) => {
    const flat = deriveShape(seed000, 'flat').trimEnd();
    const text = `${flat}\n5. Tuloksia levitettiin seminaareissa.\n${last}\n`;
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off')).toEqual([]);
    expect(result.record!.finalReportSummary!.endsWith(last)).toBe(true);
  });

  it('of two fields glued on the last line of an excerpt, only the last is said as perhaps cut', () => {
    const lines = seed004.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Postinumero:'));
    const postal = lines[at];
    const city = lines.find((l) => l.startsWith('Postitoimipaikka:'))!;
    const text = `${lines.slice(0, at).join('\n')}\n${postal} ${city}\n`;
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off').map((d) => d.path)).toEqual(['/organisation/address/city']);
  });
});
