// Values read wrong found by the twentieth round: new real register pages printed by a browser
// whose title is not the register's, drafts an official's CI should reject, a description with
// another layout's page below it, and layouts added as data — each failure reproduced on a seed
// with one change: read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed004 = seed('004_3bb6e26593869c78');
const recordOf = (text: string) => parse(text).record;
const SUMMARY_START = 'Kuusamossa on tehty suunnitelmallista';
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

describe('audit round 20: a browser print\'s running header whose title is not the register\'s', () => {
  const own = recordOf(seed004)!;
  const footer = 'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20078        2/3';
  const headers = ['1.12.2026 13.05        Hankkeen kuvaus', '1.12.2026 klo 13.05 Hankkeen kuvaus', 'Rakennerahastotietopalvelu - Hankkeen kuvaus', 'Hankkeen kuvaus | Rakennerahastot'];
  for (const header of headers) {
    it(`\`${header}\` after the page count is furniture, not a paragraph of the summary`, () => {
      const copy = seed004.replace(SUMMARY_START, `${footer}\n${header}\n${SUMMARY_START}`);
      expect(copy).not.toBe(seed004);
      const result = parse(copy);
      expect(result.record!.summary).toBe(own.summary);
      expect(result.unmapped).toEqual([]);
      expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toContain(lineOf(copy, header));
    });
  }

  it('a value going on past such a header is joined (its wrapped end below it)', () => {
    const label = 'Yhteyshenkilön asema hakijaorganisaatiossa:';
    const copy = seed004.replace(`${label} Valmennusvastaava, kouluttaja\n`, `${label} Valmennusvastaava, kou-\n${footer}\nRakennerahastotietopalvelu - Hankkeen kuvaus\nluttaja\n`);
    expect(copy).not.toBe(seed004);
    expect(recordOf(copy)!.contact.title).toBe('Valmennusvastaava, kouluttaja');
  });

  it('a print date and time with any title is one when the text has it at its top too (a browser\'s header on every page)', () => {
    const header = '1.12.2026 13.05\tKoillismaan hankkeet';
    const copy = `${header}\n${seed004}`.replace(SUMMARY_START, `${footer}\n${header}\n${SUMMARY_START}`);
    const result = parse(copy);
    expect(result.record!.summary).toBe(own.summary);
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toContain(copy.split('\n').lastIndexOf(header) + 1);
  });

  it('lines of the text at a page\'s top that only look so are kept: a schedule\'s, a sub-heading', () => {
    for (const line of ['12.3.2018 10.00\tTyöpaja Kajaanissa', '1.9.2016 9.00    Aloitusseminaari, Kuusamo', 'Hankkeen kuvaus', 'Projektin kuvaus - tausta', 'Kuusamon malli - hankkeen kuvaus', 'Hankkeen kuvaus | tavoitteet']) {
      for (const pageBreak of [`${footer}\n`, 'Sivu 2 (5)\n\n', '\f']) {
        const copy = seed004.replace(SUMMARY_START, `${pageBreak}${line}\n\n${SUMMARY_START}`);
        expect(recordOf(copy)!.summary, `${JSON.stringify(pageBreak)} ${line}`).toContain(line.replace(/\s+/gu, ' ').split(' ')[0]);
      }
    }
  });

  it('the same line in a text, not after a page\'s break, stays the text\'s', () => {
    const copy = seed004.replace(SUMMARY_START, `Hankkeen kuvaus\n\n${SUMMARY_START}`);
    expect(recordOf(copy)!.summary).toContain('Hankkeen kuvaus');
  });
});

describe('audit round 20: a draft\'s placeholder in a field is no value (validate rejects a required one)', () => {
  const name = 'Hankkeen nimi: Välittävät verkostot';
  const drafts: [string, string][] = [
    ['XX', 'XX'], ['xx', 'xx'], ['x x', 'x x'], ['??', '??'], ['?? kysy Pekalta', '?? kysy Pekalta'], ['---', '---'], ['#', '#'], ['/', '/'], ['( )', '( )'], ['....', '....'],
    ['0 €', '0 €'], ['TODO:', 'TODO:'], ['FIXME', 'FIXME'], ['Täydennä', 'Täydennä'], ['TÄYDENNÄ', 'TÄYDENNÄ'], ['täyd.', 'täyd.'],
    ['täydennetään (MK)', 'täydennetään (MK)'], ['tulossa', 'tulossa'], ['Myöhemmin palkattava', 'Myöhemmin palkattava'],
    ['tarkentuu', 'tarkentuu'], ['täsmennetään', 'täsmennetään'], ['selvitetään', 'selvitetään'], ['valitaan myöhemmin', 'valitaan myöhemmin'], ['Nimi puuttuu', 'Nimi puuttuu'],
    ['NN', 'NN'], ['N.N.', 'N.N.'], ['NA', 'NA'], ['Nimi', 'Nimi'], ['HANKKEEN NIMI', 'HANKKEEN NIMI'], ['avoin', 'avoin'], ['avoinna', 'avoinna'], ['auki', 'auki'], ['tarkistetaan', 'tarkistetaan'], ['tähän nimi', 'tähän nimi'], ['ei vielä', 'ei vielä'], ['Ei tiedossa vielä', 'Ei tiedossa vielä'], ['*', '*'], ['**', '**'],
  ];
  for (const [written] of drafts) {
    it(`\`Hankkeen nimi: ${written}\` is null with placeholder-text (or empty-value), and a missing-field error`, () => {
      const copy = seed004.replace(name, `Hankkeen nimi: ${written}`);
      const result = parse(copy);
      expect(result.record!.project.name).toBeNull();
      expect(result.diagnostics.find((d) => d.rule === 'placeholder-text' || d.rule === 'empty-value')?.line).toBe(9);
      expect(result.diagnostics.some((d) => d.rule === 'missing-field' && d.severity === 'error')).toBe(true);
      expect(result.ok).toBe(false);
    });
  }

  it('a value of its own label (`Hakijan virallinen nimi: Hakijan virallinen nimi`) is no value', () => {
    const copy = seed004.replace('Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: Hakijan virallinen nimi');
    const result = parse(copy);
    expect(result.record!.organisation.name).toBeNull();
    expect(result.diagnostics.find((d) => d.rule === 'placeholder-text')?.line).toBe(23);
    expect(result.ok).toBe(false);
  });

  it('one that may as well be a real name is kept, with a warning (`MK täydentää`, `Kuva tarkentuu`, `MYÖHEMMIN`)', () => {
    // (`0` may be a score of a classification field: `Kestävä kehitys: 0`.)
    for (const value of ['MK täydentää', 'Kuva tarkentuu', 'Kun isä puuttuu', 'myöhemmin', '0', '00']) {
      const result = parse(seed004.replace(name, `Hankkeen nimi: ${value}`));
      expect(result.record!.project.name).toBe(value);
      expect(result.diagnostics.find((d) => d.rule === 'placeholder-text')).toMatchObject({ severity: 'warning', line: 9 });
    }
  });

  it('a name with x-runs beside a real word is kept, with a warning (`XX ELY-keskus`)', () => {
    const copy = seed004.replace('Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'Vastuuviranomainen: XX ELY-keskus');
    const result = parse(copy);
    expect(result.record!.project.managingAuthority).toBe('XX ELY-keskus');
    expect(result.diagnostics.find((d) => d.rule === 'placeholder-text')).toMatchObject({ severity: 'warning', line: 19 });
  });

  it('real values with these words in them are kept', () => {
    for (const value of ['Avoin ammattikorkeakoulu', 'Tulossa työelämään', 'Rekrytoidaan yhdessä', 'XXL-tuotanto Oy', 'Nimi ja maine', '0-hiili Lappi', 'Myöhemmin lisää', 'Tulee!', 'Tulossa (2015)', 'Avoin (Open)', 'Valitaan']) {
      const copy = seed004.replace(name, `Hankkeen nimi: ${value}`);
      const result = parse(copy);
      expect(result.record!.project.name).toBe(value);
      expect(result.diagnostics.filter((d) => d.rule === 'placeholder-text')).toEqual([]);
    }
  });

  it('a summary written as `Tiivistelmä tulee tähän.` or `(tiivistelmä puuttuu)` is no summary', () => {
    for (const placeholder of ['Tiivistelmä tulee tähän.', '(tiivistelmä puuttuu)', 'Tiivistelmä laaditaan myöhemmin.']) {
      const start = seed004.indexOf(SUMMARY_START);
      const end = seed004.indexOf('\n\n4 ', start);
      const copy = seed004.slice(0, start) + placeholder + seed004.slice(end);
      const result = parse(copy);
      expect(result.record!.summary).toBeNull();
      expect(result.diagnostics.some((d) => d.rule === 'placeholder-text')).toBe(true);
    }
  });
});

describe('audit round 20: a project\'s page (another layout) pasted below its description', () => {
  const page = seed('003_4ea2b71e336645b9');
  const own = recordOf(seed004)!;
  const title = page.split('\n')[0];

  it('is kept apart from its title on: no region, text or final report of the page in the record', () => {
    const both = `${seed004}\n\n${page}`;
    const result = parse(both);
    expect(result.record).toEqual(own);
    expect(result.unmapped[0]).toMatchObject({ value: title, line: lineOf(both, title) });
    const said = result.diagnostics.find((d) => d.rule === 'unknown-section')!;
    expect(said.line).toBe(lineOf(both, title));
    expect(said.message).toContain('starts a page of project-page');
  });

  it('below a 2007–2013 description too (each layout its own page signature, whichever read first)', () => {
    const seed000 = seed('000_ddad63b48901b7a4');
    const both = `${seed000}\n\n${page}`;
    const result = parse(both);
    expect(result.record).toEqual(recordOf(seed000));
    expect(result.unmapped[0]).toMatchObject({ value: title, line: lineOf(both, title) });
  });

  it('below a description cut before its area section, its `Maakunta:` opens no area section of the description', () => {
    const cut = seed004.slice(0, seed004.indexOf('5 Projektin julkinen rahoitus'));
    const alone = parse(cut).record!;
    const result = parse(`${cut}\n\n${page}`);
    expect(result.record!.targetArea.regions).toEqual([]);
    expect(result.record!.targetGroups).toEqual(alone.targetGroups);
    expect(result.record!.finalReportSummary).toBeNull();
  });
});

describe('audit round 20: entries and values around a printed page\'s break', () => {
  const coImplementers = readFileSync(`${root}fixtures/variations/co-implementers.txt`, 'utf8');
  const entry = 'Lahden ammattikorkeakoulu Oy, 2630644-6';

  it('a share in brackets after a co-implementer\'s Y-tunnus is a remark, not part of the name', () => {
    for (const remark of ['(40 %)', '(osuus 40 %)']) {
      const copy = coImplementers.replace(entry, `${entry} ${remark}`);
      expect(copy).not.toBe(coImplementers);
      const result = parse(copy);
      expect(result.record!.organisation.coImplementers[0]).toEqual({ name: 'Lahden ammattikorkeakoulu Oy', businessId: '2630644-6' });
      expect(result.diagnostics.filter((d) => d.line === lineOf(copy, `${entry} ${remark}`)).map((d) => d.severity)).toEqual(['info']);
    }
  });

  it('a name below an empty label past a page\'s break (a running header?) is read with a warning', () => {
    const label = 'Hakijan virallinen nimi: KSAK Oy';
    const copy = seed004.replace(label, 'Hakijan virallinen nimi:\n\nSivu 1/4    Tulostettu 12.3.2024 14:05\n\fKSAK Oy');
    const result = parse(copy);
    expect(result.record!.organisation.name).toBe('KSAK Oy');
    expect(result.diagnostics.find((d) => d.rule === 'value-below-label')).toMatchObject({ severity: 'warning', line: 26 });
  });

  it('a value below its empty label with only a blank line between is said with an info, as before', () => {
    const copy = seed004.replace('Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi:\n\nKSAK Oy');
    expect(parse(copy).diagnostics.find((d) => d.rule === 'value-below-label')).toMatchObject({ severity: 'info', line: 25 });
  });
});

describe('audit round 20: Markdown list items with bold labels', () => {
  const own = recordOf(seed004)!;
  const labelled = /^([A-ZÅÄÖ][^:\n]{2,80}): (\S.*)$/gmu;
  for (const [form, write] of [['- **Label:** value', (l: string, v: string) => `- **${l}:** ${v}`], ['* **Label**: value', (l: string, v: string) => `* **${l}**: ${v}`]] as const) {
    it(`\`${form}\` reads into the record of the plain copy`, () => {
      const copy = seed004.replace(labelled, (_, label: string, value: string) => write(label, value));
      expect(copy).toContain(write('Hankekoodi', 'S20078'));
      const result = parse(copy);
      expect(result.record).toEqual(own);
      expect(result.ok).toBe(true);
    });
  }
});

describe('audit round 20: a value that ends in a word broken at a hyphen', () => {
  it('is kept as written, with a warning that its end is elsewhere', () => {
    const copy = seed004.replace('Yhteyshenkilön asema hakijaorganisaatiossa: Valmennusvastaava, kouluttaja', 'Yhteyshenkilön asema hakijaorganisaatiossa: Valmennusvastaava, kou-');
    const result = parse(copy);
    expect(result.record!.contact.title).toBe('Valmennusvastaava, kou-');
    expect(result.diagnostics.find((d) => d.rule === 'possibly-wrapped')).toMatchObject({ severity: 'warning', line: 41, path: '/contact/title' });
  });

  it('a compound\'s hyphen before `ja` is no such end', () => {
    const copy = seed004.replace('Yhteyshenkilön asema hakijaorganisaatiossa: Valmennusvastaava, kouluttaja', 'Yhteyshenkilön asema hakijaorganisaatiossa: Valmennus- ja ohjausvastaava');
    expect(parse(copy).diagnostics.filter((d) => d.rule === 'possibly-wrapped')).toEqual([]);
  });
});

describe('audit round 20: a variant whose block has another heading wins detection of its own copies', () => {
  it('a flattened copy of the variant (no title, no headings) is read with the variant, its entries in the block', async () => {
    const { builtInDefinitions } = await import('../src/grammar/index.js');
    const { loadDefinition } = await import('../src/grammar/validate.js');
    const { deriveShape } = await import('./helpers/shapes.js');
    const definition = structuredClone(builtInDefinitions.find((d) => d.name === 'esr-2014-2020')!);
    const json = JSON.stringify({ ...definition, name: 'esr-2014-2020-yhteis', titles: [] }).split('"Osatoteuttajat"').join('"Yhteistoteuttajat"');
    expect(json).toContain('Yhteistoteuttajat');
    const variant = loadDefinition(json, 'yhteis.json');
    const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
    const own = parse(joint).record!;
    expect(own.organisation.coImplementers.length).toBeGreaterThan(1);
    const flat = deriveShape(joint.replace(/^Osatoteuttajat$/mu, 'Yhteistoteuttajat'), 'flat');
    const result = parse(flat, { definitions: [variant] });
    expect(result.template).toBe('esr-2014-2020-yhteis');
    expect(result.record!.organisation.coImplementers).toEqual(own.organisation.coImplementers);
    // The built-in copy still goes to the built-in layout.
    expect(parse(deriveShape(joint, 'flat'), { definitions: [variant] }).template).toBe('esr-2014-2020');
  });
});

describe('audit round 20: definitions and the library, as a user writes them', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { builtInDefinitions } = await import('../src/grammar/index.js');
  const { loadDefinition, validateDefinition } = await import('../src/grammar/validate.js');
  const { runCli } = await import('./helpers/cli.js');
  const cardJson = readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8');
  const cardText = `${root}fixtures/definitions/project-card.txt`;
  const dir = mkdtempSync(join(tmpdir(), 'esr-defs-'));
  const file = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('a text field at a path the record takes from a set (programmePeriod, fund) is refused when it loads, where it stands', () => {
    const definition = JSON.parse(cardJson);
    definition.sections[0].fields.push({ labels: ['Ohjelmakausi'], path: 'programmePeriod', type: 'text' });
    const checked = validateDefinition(JSON.stringify(definition, null, 2), 'period.json');
    expect(checked.definition).toBeNull();
    expect(checked.errors.map((e) => e.message).join('\n')).toMatch(/"text" does not fit "programmePeriod": the record takes one of "2007-2013", "2014-2020" there/);
    expect(checked.errors[0]).toMatchObject({ file: 'period.json', path: expect.stringMatching(/^sections\[0\]\.fields\[\d+\]\.type$/) });
    // The built-ins, whose programmePeriod fields are of that type, still load.
    for (const builtIn of builtInDefinitions) expect(validateDefinition(JSON.stringify(builtIn), `${builtIn.name}.json`).errors).toEqual([]);
  });

  it('an organisations field where the record lists other objects (a page\'s roles) is refused', () => {
    const definition = JSON.parse(cardJson);
    definition.sections[0].fields.push({ labels: ['Roolit'], path: 'projectPage.roles', type: 'organisations', form: 'block' });
    expect(validateDefinition(JSON.stringify(definition), 'roles.json').errors.map((e) => e.message).join('\n')).toMatch(/writes a list of \{name, businessId\}/);
  });

  it('loadDefinition takes the JSON as text, as bytes (UTF-8, UTF-16 with its BOM) or as an object alike', () => {
    const fromText = loadDefinition(cardJson, 'card.json');
    expect(loadDefinition(new TextEncoder().encode(cardJson), 'card.json')).toEqual(fromText);
    expect(loadDefinition(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cardJson, 'utf16le')]), 'card.json')).toEqual(fromText);
    expect(loadDefinition(JSON.parse(cardJson), 'card.json')).toEqual(fromText);
  });

  it('--grammar: a file in Windows-1252, two of one name, a title another layout has: exit 2, saying which', async () => {
    const latin1 = file('latin1.json', Buffer.from(cardJson.replace('"Toteuttaja"', '"Toteuttäjä"'), 'latin1'));
    const bad = await runCli(['--grammar', latin1, cardText]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Not UTF-8');
    const twice = await runCli(['--grammar', file('a.json', cardJson), '--grammar', file('b.json', cardJson), cardText]);
    expect(twice.code).toBe(2);
    // (Located since round 23: the second file's name, and the title where it is written.)
    expect(twice.stderr).toMatch(/b\.json:2:11: name: two layout definitions are named "project-card" \(.*a\.json and .*b\.json\)/);
    const builtIn = builtInDefinitions.find((d) => d.name === 'esr-2014-2020')!;
    const titled = file('titled.json', JSON.stringify({ ...builtIn, name: 'my-variant' }));
    const taken = await runCli(['--grammar', titled, `${root}fixtures/seeds/004_3bb6e26593869c78.txt`]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/titled\.json:1:\d+: titles\[0\]\.text: the title ".*" is also the layout esr-2014-2020's/);
    // Chosen by --template, the shared title does no harm.
    expect((await runCli(['--grammar', titled, '--template', 'my-variant', `${root}fixtures/seeds/004_3bb6e26593869c78.txt`])).code).toBe(0);
  });

  it('parse() takes bytes in any view (ArrayBuffer, DataView) and says a definitions option that is no list', () => {
    const bytes = new TextEncoder().encode(seed004);
    const own = parse(seed004).record;
    expect(parse(bytes.buffer).record).toEqual(own);
    expect(parse(new DataView(bytes.buffer)).record).toEqual(own);
    const wrong = parse(seed004, { definitions: 'my.json' as never });
    expect(wrong.ok).toBe(false);
    expect(wrong.diagnostics.map((d) => d.rule)).toEqual(['invalid-definition']);
  });
});

describe('audit round 20: funding of 0 in a draft', () => {
  it('a planned public total or a granted funding of 0 € is read, with a zero-funding warning at it', () => {
    const planned = seed004.match(/^Suunniteltu julkinen rahoitus yhteensä: .*$/mu)![0];
    const copy = seed004.replace(planned, 'Suunniteltu julkinen rahoitus yhteensä: 0 €');
    const result = parse(copy);
    expect(result.record!.funding.plannedPublicTotal).toBe(0);
    expect(result.diagnostics.find((d) => d.rule === 'zero-funding')).toMatchObject({ severity: 'warning', path: '/funding/plannedPublicTotal', line: lineOf(copy, 'Suunniteltu julkinen rahoitus yhteensä: 0 €') });
    expect(parse(seed004).diagnostics.some((d) => d.rule === 'zero-funding')).toBe(false);
  });

  it('a realised figure of 0 (a project not yet reported) is not said', () => {
    const actual = seed004.match(/^Toteutunut julkinen rahoitus yhteensä:.*$/mu)![0];
    const result = parse(seed004.replace(actual, 'Toteutunut julkinen rahoitus yhteensä: 0'));
    expect(result.record!.funding.actualPublicTotal).toBe(0);
    expect(result.diagnostics.some((d) => d.rule === 'zero-funding')).toBe(false);
  });
});

describe('audit round 20: a period with a part left as a draft\'s placeholder', () => {
  const label = 'Suunnitelman mukainen toteutusaika:';
  const written = seed004.match(/^Suunnitelman mukainen toteutusaika: .*$/mu)![0];
  for (const [period, part] of [['Alkaa 1.1.2015 ja päättyy täydennetään', 'end'], ['Alkaa täydennetään ja päättyy 31.12.2018', 'start'], ['Alkaa 1.1.2015 ja päättyy TBA', 'end']] as const) {
    it(`\`${period}\` is an error at the period, the other part read`, () => {
      const result = parse(seed004.replace(written, `${label} ${period}`));
      expect(result.record!.project.period[part]).toBeNull();
      expect(result.record!.project.period[part === 'end' ? 'start' : 'end']).not.toBeNull();
      expect(result.diagnostics.find((d) => d.rule === 'invalid-date')).toMatchObject({ severity: 'error', line: 15 });
      expect(result.ok).toBe(false);
    });
  }

  it('an end cut off or missing stays a warning (it may be on the next line or cut)', () => {
    const result = parse(seed004.replace(written, `${label} Alkaa 1.1.2015 ja päättyy`));
    expect(result.diagnostics.filter((d) => d.line === 15 && d.severity === 'error')).toEqual([]);
  });
});

describe('audit round 20: a next-line field\'s value', async () => {
  const { loadDefinition } = await import('../src/grammar/validate.js');
  const cardJson = readFileSync(`${root}fixtures/definitions/project-card.json`, 'utf8');
  const cardText = readFileSync(`${root}fixtures/definitions/project-card.txt`, 'utf8');
  // The card with its name written below its label (`Nimi` / `Kylätalkoot`), as a two-column copy has it.
  const nextLine = loadDefinition(cardJson.replace('{ "labels": ["Nimi"], "path": "project.name", "type": "text", "required": "error" }', '{ "labels": ["Nimi"], "path": "project.name", "type": "text", "required": "error", "form": "nextLine", "valueMayHaveColon": true }'), 'next-line.json');

  it('with a colon in it (`Työ: uusi alku`) is the value when the definition says it may have one', () => {
    const text = cardText.replace('Nimi: Kylätalkoot', 'Nimi\nTyö: uusi alku');
    const result = parse(text, { definitions: [nextLine] });
    expect(result.template).toBe('project-card');
    expect(result.record!.project.name).toBe('Työ: uusi alku');
    expect(result.diagnostics.some((d) => d.rule === 'missing-field')).toBe(false);
  });

  it('ending in `!` (`TUKEE!`) in a flattened copy is the value, not the summary\'s start', () => {
    // Flattened: no title, no headings, no blank lines.
    const text = cardText.replace('Nimi: Kylätalkoot', 'Nimi\nTUKEE!').split('\n').filter((line) => line !== '' && !['Hankekortti', 'Perustiedot', 'Rahoitus', 'Kuvaus', 'Kumppanit'].includes(line)).join('\n');
    expect(text).toContain('Nimi\nTUKEE!\nKesto:');
    const result = parse(text, { definitions: [nextLine], template: 'project-card' });
    expect(result.record!.project.name).toBe('TUKEE!');
    expect(result.record!.organisation.name).toBe('Järvikylän kyläyhdistys ry');
  });
});

describe('audit round 20, its review: what only looks like the round\'s shapes', () => {
  const own = recordOf(seed004)!;

  it('a summary\'s own sub-heading and lines that a project page also has (`Tulokset`, `Ennen hanketta:`) start no page', () => {
    const lines = 'Tulokset\n\nEnnen hanketta: palvelut hajallaan.\nHankkeen aikana: yhteinen malli.\nHankkeen jälkeen: malli käytössä.\n\n';
    for (const heading of ['Tulokset', 'Kehittymisen paikat', 'Projektitiimi', 'Hyvät käytännöt']) {
      const copy = seed004.replace(SUMMARY_START, `${lines.replace('Tulokset', heading)}${SUMMARY_START}`);
      const result = parse(copy);
      expect(result.unmapped.filter((u) => u.line > lineOf(copy, heading) + 6), heading).toEqual([]);
      expect(result.record!.funding).toEqual(own.funding);
      expect(result.record!.targetArea).toEqual(own.targetArea);
    }
  });

  it('a value below two blank lines (no page\'s break) is said with an info, as before', () => {
    const copy = seed004.replace('Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi:\n\n\nKSAK Oy');
    expect(parse(copy).diagnostics.find((d) => d.rule === 'value-below-label')).toMatchObject({ severity: 'info' });
  });
});

describe('audit round 20, its second review', () => {
  const own = recordOf(seed004)!;

  it('a page\'s facts block inside the description (an appendix), its own headings after it, starts no page', () => {
    const block = 'Yleistiedot hankkeesta\n\nToteuttajaorganisaatio: KSAK Oy\nMaakunta: Pohjois-Pohjanmaa\nAloituspäivä: 1.1.2016\nLopetuspäivä: 31.12.2018\n\n';
    const result = parse(seed004.replace(SUMMARY_START, `${block}${SUMMARY_START}`));
    expect(result.record!.funding).toEqual(own.funding);
    expect(result.record!.targetGroups).toEqual(own.targetGroups);
    expect(result.record!.indicators).toEqual(own.indicators);
  });

  it('a schedule\'s line at a page\'s top that names a description with more after it stays the text\'s', () => {
    const line = '14.3.2016 klo 10.00 Hankkeen kuvaus – esittely ohjausryhmälle';
    expect(recordOf(seed004.replace(SUMMARY_START, `\f${line}\n\n${SUMMARY_START}`))!.summary).toContain(line);
  });
});
