// Values read wrong found by the twenty-second round — each failure reproduced on a seed with one
// change: read right now, or said at its line.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';
import { runCli } from './helpers/cli.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed001 = seed('001_870e9aa13936b8c2');
const seed004 = seed('004_3bb6e26593869c78');

describe('audit round 22: a printed page\'s number inside a score table\'s explanation (a Word copy printed)', () => {
  const own = parse(seed004).record!.horizontalPrinciples.sustainableDevelopment;
  const FIRST = 'Hankkeen toimenpiteissä huomioidaan ilmastomuutoksen';
  const REST = 'aiheuttamien riskien vähentämistä esimerkiksi asiakkaiden kanssa keskustellaan autoilun vähentämisestä ja kävelyn ja pyöräilyn lisäämistä jne.';
  const HEADER = 'Välittävät verkostot';

  const check = (copy: string) => {
    expect(copy).toContain(`${FIRST}\n`);
    const result = parse(copy);
    const rows = result.record!.horizontalPrinciples.sustainableDevelopment;
    // No row of the explanation's first line with the page's number as its score.
    expect(rows.map((r) => [r.criterion, r.direct, r.indirect])).toEqual(own.map((r) => [r.criterion, r.direct, r.indirect]));
    expect(rows[1].text).toBe(`${FIRST}\n${REST}`);
    expect(result.diagnostics.filter((d) => d.rule === 'missing-score')).toEqual([]);
    expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.message.startsWith('"7"'))).toBe(true);
  };

  it('with a blank line before the number (the empty cell it is not)', () => {
    check(seed004.replace(`${FIRST} ${REST}`, `${FIRST}\n\n7\n${HEADER}\n\n${REST}`));
  });

  it('in a copy without blank lines, the text going on after a dash', () => {
    const noBlank = deriveShape(seed004, 'noblank');
    const copy = noBlank.replace(`${FIRST} ${REST}`, `${FIRST}\n7\n${HEADER}\n${REST}`);
    check(copy);
    const dashed = noBlank.replace(`${FIRST} ${REST}`, `${FIRST}\n7\n${HEADER}\n–${REST}`);
    const rows = parse(dashed).record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows.length).toBe(own.length);
    expect(rows[1].text).toBe(`${FIRST}\n–${REST}`);
  });

  it('a lone score after a blank line, the next row after it, is still the row\'s indirect score', () => {
    const copy = seed004.replace('Kasvillisuus, eliöt ja luonnon monimuotoisuus 4 8', 'Kasvillisuus, eliöt ja luonnon monimuotoisuus\n\n8');
    const rows = parse(copy).record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows[2]).toMatchObject({ criterion: 'Kasvillisuus, eliöt ja luonnon monimuotoisuus', direct: null, indirect: 8 });
  });
});

/** A pdftotext `-layout` copy's fields: the label in a column 36 wide, the value wrapped in a column of `width` beside it. */
function inColumns(text: string, fromLine: string, toLine: string, width: number): string {
  const lines = text.split('\n');
  const from = lines.indexOf(fromLine);
  const to = lines.indexOf(toLine);
  return lines
    .map((line, i) => {
      const field = i > from && i < to ? /^([^:]{1,34}:) (.+)$/.exec(line) : null;
      if (field === null) return line;
      const rows: string[] = [];
      for (const word of field[2].split(' ')) {
        const last = rows.length - 1;
        if (last >= 0 && rows[last].length + 1 + word.length <= width) rows[last] += ` ${word}`;
        else rows.push(word);
      }
      return rows.map((row, k) => (k === 0 ? field[1].padEnd(36) : ' '.repeat(36)) + row).join('\n');
    })
    .join('\n');
}

describe('audit round 22: a value going on in its column (a pdftotext -layout copy without blank lines)', () => {
  const own = parse(seed001).record!;
  const copy = inColumns(deriveShape(seed001, 'noblank'), '1. Projekti', '3. Projektin toteutusalue ja kohderyhmän kuvaus', 20);

  it('is read whole, every line of its column', () => {
    expect(copy).toContain('Toimintalinja:                      2: Työllistymisen ja\n                                    työmarkkinoilla\n');
    const result = parse(copy);
    const record = result.record!;
    expect(record.project.priorityAxis).toEqual(own.project.priorityAxis);
    expect(record.project.name).toBe(own.project.name);
    expect(record.project.period).toEqual(own.project.period);
    expect(record.project.managingAuthority).toBe(own.project.managingAuthority);
    expect(record.organisation.name).toBe(own.organisation.name);
    expect(record.organisation.address).toEqual(own.organisation.address);
    expect(result.diagnostics.filter((d) => d.rule === 'possibly-wrapped' || d.rule === 'unmapped-text')).toEqual([]);
  });

  it('a line at another column is not the value\'s: the value ends above it, said', () => {
    const column = ' '.repeat(36);
    const moved = copy.replace(`\n${column}pysymisen\n`, `\n${' '.repeat(20)}pysymisen\n`);
    expect(moved).not.toBe(copy);
    const result = parse(moved);
    expect(result.record!.project.priorityAxis?.title).toBe('Työllistymisen ja työmarkkinoilla');
    const line = moved.split('\n').indexOf(`${' '.repeat(20)}pysymisen`) + 1;
    expect(result.diagnostics.some((d) => d.rule === 'possibly-wrapped' && d.line === line - 2)).toBe(true);
  });
});

describe('audit round 22: a Word copy\'s label before a tab whose value is another label with its own value', () => {
  // Labels parted from their values by a tab (a Word table copied), one row's value another label's pair.
  const tabbed = seed004.replace(/^([^:\n]{2,60}): /gm, (_, label: string) => `${label}\t`);
  const copy = tabbed.replace('Puhelinnumero\t040 860 8949\n\nPostinumero\t93601', 'Puhelinnumero\tPostinumero: 93601');

  it('is not read as the first label\'s value: said as an unknown label', () => {
    expect(copy).toContain('Puhelinnumero\tPostinumero: 93601');
    const result = parse(copy);
    expect(result.record!.organisation.phone).toBeNull();
    const line = copy.split('\n').indexOf('Puhelinnumero\tPostinumero: 93601') + 1;
    expect(result.diagnostics.some((d) => d.rule === 'unknown-label' && d.line === line)).toBe(true);
  });

  it('a value with a colon of its own that is no label is still the label\'s', () => {
    const axis = parse(tabbed).record!.project.priorityAxis;
    expect(axis).toEqual(parse(seed004).record!.project.priorityAxis);
  });
});

describe('audit round 22: a score table one cell a line with its criterion wrapped in its cell', () => {
  const own = parse(seed004).record!.horizontalPrinciples.sustainableDevelopment;
  // The table as a Word copy writes it: the criterion, then each score on a line of its own.
  const oneCellALine = seed004.replace(/^(.+?) (\d{1,2}) (\d{1,2})$/gm, '$1\n$2\n$3');

  it('is one row, its criterion whole', () => {
    const copy = oneCellALine
      .replace('Kasvillisuus, eliöt ja luonnon monimuotoisuus\n', 'Kasvillisuus, eliöt\nja luonnon monimuotoisuus\n')
      .replace('Natura 2000 -ohjelman kohteet\n', 'Natura 2000\n-ohjelman kohteet\n');
    expect(copy).toContain('Kasvillisuus, eliöt\nja luonnon monimuotoisuus\n4\n8\n');
    const result = parse(copy);
    const rows = result.record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows.map((r) => [r.criterion, r.direct, r.indirect, r.text])).toEqual(own.map((r) => [r.criterion, r.direct, r.indirect, r.text]));
    const line = copy.split('\n').indexOf('Kasvillisuus, eliöt') + 1;
    expect(result.diagnostics.some((d) => d.rule === 'row-rejoined' && d.line === line)).toBe(true);
    expect(result.unmapped).toEqual([]);
  });
});

const seed003 = seed('003_4ea2b71e336645b9');
const TITLE = 'Osallisuuden askeleet työllistymispoluille';
const TAGLINE = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';

describe('audit round 22: a project page printed by a browser (real converters)', () => {
  const own = parse(seed003).record!.project;

  it('a print header with the date in an English locale is furniture, not the page\'s title', () => {
    const copy = `12/1/26, 5:24 PM                       ${TITLE} - Rakennerahastot\n\n${seed003}`;
    const result = parse(copy);
    expect(result.record!.project.name).toBe(TITLE);
    expect(result.record!.project.tagline).toBe(TAGLINE);
    expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.line === 1)).toBe(true);
  });

  it('a title the print wrapped onto a second line, its tagline right below, is one title', () => {
    const copy = seed003.replace(`${TITLE}\n\n${TAGLINE}`, `Osallisuuden askeleet\ntyöllistymispoluille\n${TAGLINE}`);
    expect(copy).not.toBe(seed003);
    const record = parse(copy).record!;
    expect(record.project.name).toBe(own.name);
    expect(record.project.tagline).toBe(own.tagline);
  });
});

describe('audit round 22: tables as converters write them', () => {
  const seed000 = seed('000_ddad63b48901b7a4');

  it('a Markdown table\'s empty header row and its rule, however wide, are no area description', () => {
    const lines = seed000.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Maakunnat: '));
    const rows = lines.slice(at, at + 5).filter((l) => l !== '').map((l) => l.split(': '));
    const width = Math.max(...rows.map((r) => r[1].length));
    const table = [`|              | ${' '.repeat(width)} |`, `|--------------|-${'-'.repeat(width)}-|`, ...rows.map((r) => `| ${`${r[0]}:`.padEnd(12)} | ${r[1].padEnd(width)} |`)];
    expect(table[1].length).toBeGreaterThan(400);
    const copy = [...lines.slice(0, at), ...table, ...lines.slice(at + 5)].join('\n');
    const own = parse(seed000).record!.targetArea;
    const area = parse(copy).record!.targetArea;
    expect(area.description).toBeNull();
    expect(area.municipalities).toEqual(own.municipalities);
  });

  it('a label wrapped in its column after its own hyphen, with one or two spaces before the value', () => {
    const own = parse(seed004).record!.organisation.applicantArrangement;
    expect(own).toBe('Vain yksi hakija');
    // Other rows of the table in columns, as the converter wrote them.
    const columns = seed004.replace('Y-tunnus: 0832600-5', 'Y-tunnus:                   0832600-5').replace('Jakeluosoite: PL 13', 'Jakeluosoite:               PL 13');
    const LABEL = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija';
    for (const wrapped of [
      'Hakijoiden lukumäärä tai tuen siirto -   Vain yksi hakija\nmenettely:',
      'Hakijoiden lukumäärä tai tuen  Vain yksi hakija\nsiirto -menettely:',
      'Hakijoiden lukumäärä tai tuen siirto Vain yksi hakija\n-menettely:',
    ]) {
      const copy = columns.replace(LABEL, wrapped);
      expect(copy).not.toBe(columns);
      const result = parse(copy);
      expect(result.record!.organisation.applicantArrangement).toBe(own);
      expect(result.unmapped).toEqual([]);
    }
  });

  it('a label broken at its own hyphen, its value below after a blank line (a PDF print read by mutool)', () => {
    const copy = seed001.replace('Toteuttajaorganisaation Web-osoite: www.thl.fi', 'Toteuttajaorganisaation Web-\nosoite:\n\nwww.thl.fi');
    expect(copy).not.toBe(seed001);
    const result = parse(copy);
    expect(result.record!.organisation.website).toBe('www.thl.fi');
    expect(result.record!.organisation.address).toEqual(parse(seed001).record!.organisation.address);
    expect(result.diagnostics.some((d) => d.rule === 'duplicate-field')).toBe(false);
  });

  it('a list item of the co-implementers wrapped onto an indented line, the items parted by blank lines', () => {
    const text = readFileSync(`${root}fixtures/variations/co-implementers.txt`, 'utf8');
    const block = 'Osatoteuttajat:\nLahden ammattikorkeakoulu Oy, 2630644-6\nKoulutuskeskus Salpaus, kuntayhtymä, 0116480-8\nYhdistys, jolla ei ole Y-tunnusta\n';
    expect(text).toContain(block);
    const copy = text.replace(block, 'Osatoteuttajat\n\n-   Lahden ammattikorkeakoulu Oy, 2630644-6\n\n-   Koulutuskeskus Salpaus, kuntayhtymä, Hollolan ja Lahden seudun toimipisteet,\n    0116480-8\n');
    const result = parse(copy);
    expect(result.record!.organisation.coImplementers).toEqual([
      { name: 'Lahden ammattikorkeakoulu Oy', businessId: '2630644-6' },
      { name: 'Koulutuskeskus Salpaus, kuntayhtymä, Hollolan ja Lahden seudun toimipisteet', businessId: '0116480-8' },
    ]);
    expect(result.unmapped).toEqual([]);
  });
});

describe('audit round 22: the command line as a data journalist and an official use it', () => {
  const seedPath = `${root}fixtures/seeds/000_ddad63b48901b7a4.txt`;

  it('a folder with a link back to itself gives each description once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-loop-'));
    writeFileSync(join(dir, 'kuvaus.txt'), readFileSync(seedPath));
    symlinkSync('.', join(dir, 'loop'));
    const { stdout } = await runCli(['-q', '-f', 'ndjson', dir]);
    const files = stdout.trim().split('\n').map((line) => JSON.parse(line).file);
    expect(files).toEqual([join(dir, 'kuvaus.txt')]);
  });

  it('a file whose name is not UTF-8 found in a folder is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esr-name-'));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/ty`), Buffer.from([0xf6]), Buffer.from('.txt')]), readFileSync(seedPath));
    const { code, stdout } = await runCli(['-q', '-f', 'ndjson', dir]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.file).toBe(`${dir}/ty\uFFFD.txt`);
    expect(result.ok).toBe(true);
  });

  it('nothing named and nothing on standard input is a usage error, not an empty description', async () => {
    const { code, stderr } = await runCli(['validate'], { stdin: '' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/No input: no file was named and standard input is empty/);
  });

  it('standard input named twice is a usage error', async () => {
    const { code, stderr } = await runCli(['-f', 'ndjson', '-', '-'], { stdin: readFileSync(seedPath) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/named more than once/);
  });

  it('an option written before the command is a usage error naming the command line meant', async () => {
    const { code, stdout, stderr } = await runCli(['--strict', 'validate', seedPath]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`esr-parse validate --strict ${seedPath}`);
  });

  it('an output folder that cannot be written is said with --quiet too', async () => {
    const notADirectory = join(mkdtempSync(join(tmpdir(), 'esr-out-')), 'file');
    writeFileSync(notADirectory, 'x');
    const { code, stderr } = await runCli(['-q', '-o', notADirectory, seedPath]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/write-failed/);
  });
});

describe('audit round 22: validate on stored results edited by hand', () => {
  const stored = JSON.parse(JSON.stringify(parse(seed('000_ddad63b48901b7a4'))));

  it('area names and codes that lost their alignment fail, at the codes', async () => {
    const edited = structuredClone(stored);
    edited.record.targetArea.municipalityCodes.push('091');
    const { code, stdout } = await runCli(['validate', '-'], { stdin: JSON.stringify(edited) });
    expect(code).toBe(1);
    expect(stdout).toMatch(/targetArea\.municipalityCodes has \d+ codes for \d+ names .*misaligned-codes/);
    expect((await runCli(['validate', '-'], { stdin: JSON.stringify(stored) })).code).toBe(0);
  });

  it('an empty array is no stored result', async () => {
    const { code, stdout } = await runCli(['validate', '-'], { stdin: '[]' });
    expect(code).toBe(1);
    expect(stdout).toMatch(/no-results/);
  });
});

describe('audit round 22: the second rerun of the converters\' copies', () => {
  it('a table whose cells are centred (w3m, html2text): the next value\'s first line above its label is not read into the value above, and the value that starts in lower case is said', () => {
    const own = parse(seed004).record!.project;
    const columns = inColumns(deriveShape(seed004, 'noblank'), '1 Hanke', '2 Hakijan perustiedot', 30);
    // The objective's first line moved above its label, the second beside it.
    const rows = columns.split('\n');
    const at = rows.findIndex((l) => l.startsWith('Erityistavoite:'));
    const [first, second] = [rows[at].slice(36), rows[at + 1].slice(36)];
    expect(first).toBe('10.1. Työelämän ulkopuolella');
    expect(second).toMatch(/^\p{Ll}/u);
    rows.splice(at, 2, ' '.repeat(36) + first, rows[at].slice(0, 36) + second);
    const centred = rows.join('\n');
    const result = parse(centred);
    expect(result.record!.project.priorityAxis).toEqual(own.priorityAxis);
    const line = centred.split('\n').findIndex((l) => l.startsWith('Erityistavoite:')) + 1;
    expect(result.diagnostics.some((d) => d.rule === 'value-wrapped' && d.severity === 'warning' && d.line === line && d.path === '/project/specificObjective')).toBe(true);
    // Top-aligned, as pdftotext -layout writes it, the same table reads whole.
    expect(parse(columns).record!.project.specificObjective).toEqual(own.specificObjective);
  });

  it('a label wrapped in its column with two spaces before a value that goes on beside the label\'s end', () => {
    const text = readFileSync(`${root}fixtures/variations/co-implementers.txt`, 'utf8');
    const LABEL = 'Hakijoiden lukumäärä tai tuen siirto -menettely: Useampi hakija';
    expect(text).toContain(LABEL);
    const own = parse(text).record!.organisation.applicantArrangement;
    const copy = text.replace('Osatoteuttajat:\n', 'Y-tunnus muuttunut:    ei\nOsatoteuttajat:\n').replace(LABEL, 'Hakijoiden lukumäärä tai tuen  Useampi\nsiirto -menettely:             hakija');
    const result = parse(copy);
    expect(result.record!.organisation.applicantArrangement).toBe(own);
  });

  it('a project page\'s heading with its colon wrapped onto a second line opens its section', () => {
    const own = parse(seed003).record!;
    const copy = seed003.replace('Lyhyt selostus hankkeesta:\n', 'Lyhyt selostus\nhankkeesta:\n');
    expect(copy).not.toBe(seed003);
    const record = parse(copy).record!;
    expect(record.summary).toBe(own.summary);
    expect(record.project.specificObjective).toEqual(own.project.specificObjective);
  });

  it('a project page\'s title wrapped onto a second line in a copy without blank lines (pdftotext -raw)', () => {
    const flat = deriveShape(seed003, 'noblank').replace(`${TITLE}\n`, 'Osallisuuden askeleet\ntyöllistymispoluille\n');
    expect(flat).toContain(`työllistymispoluille\n${TAGLINE}\n`);
    const result = parse(flat);
    expect(result.record!.project.name).toBe(TITLE);
    expect(result.record!.project.tagline).toBe(TAGLINE);
  });
});

describe('audit round 22: a -layout value going on past a printed page\'s break, at its own column', () => {
  const own = parse(seed001).record!;
  const column = ' '.repeat(36);
  const BREAK = '\nhttps://www.eura2007.fi/rrtiepa/projekti.php?projektikoodi=S10692                    1/4\n1.12.2026 15.42                              EURA 2007 - Projektin kuvaus\n';

  for (const shape of ['blank lines', 'no blank lines'] as const) {
    it(`goes on with a line in capitals (${shape})`, () => {
      const base = shape === 'blank lines' ? seed001 : deriveShape(seed001, 'noblank');
      const columns = inColumns(base, '1. Projekti', '3. Projektin toteutusalue ja kohderyhmän kuvaus', 20);
      expect(columns).toContain(`\n${column}THL (entinen Stakes,\n`);
      const copy = columns.replace(`\n${column}THL (entinen Stakes,\n`, `\n${BREAK}\n${column}THL (entinen Stakes,\n`);
      const result = parse(copy);
      expect(result.record!.organisation.name).toBe(own.organisation.name);
      expect(result.unmapped).toEqual([]);
    });
  }
});

describe('audit round 22: the tops of project pages as browsers print them and mails carry them', () => {
  const own = parse(seed003).record!.project;
  const ADDRESS = 'https://www.rakennerahastot.fi/hanke/-/hanke/osallisuuden-askeleet';

  for (const header of [
    `${TITLE} - Rakennerahastot        ${ADDRESS}`,
    `${TITLE} - Rakennerahastot\n${ADDRESS}`,
    `1.12.2026 klo 17.55        ${TITLE} - Rakennerahastot`,
    `12/1/26, 5:55 PM  ${TITLE.slice(0, 20)}… - Rakennerahastot`,
  ]) {
    it(`a print header is furniture, not the title: ${header.slice(0, 40)}…`, () => {
      // (As a print lays it out: the header, a blank line, then the page's top lines as one paragraph.)
      const top = seed003.replace(`${TITLE}\n\n${TAGLINE}\n\nToimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa\n\n`, `${TITLE}\n${TAGLINE}\nToimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa\n`);
      expect(top).not.toBe(seed003);
      for (const copy of [`${header}\n\n${seed003}`, `${header}\n\n${top}`, deriveShape(`${header}\n\n${seed003}`, 'noblank')]) {
        const record = parse(copy).record!;
        expect(record.project.name).toBe(own.name);
        expect(record.project.tagline).toBe(own.tagline);
      }
    });
  }

  it('a print header with "klo" at the end of the page (pdftotext -raw puts it there) is furniture, not the last text\'s', () => {
    const copy = `${seed003.trimEnd()}\nJaa sivu\n1.12.2026 klo 17.55 ${TITLE} - Rakennerahastot\n${ADDRESS} 1/1\n`;
    expect(parse(copy).record).toEqual(parse(seed003).record);
  });

  it('a title wrapped over three lines, in lower case, with its tagline below, is one title', () => {
    const long = 'Monialaisen ohjauksen ja kuntoutuksen yhteistyömalli osatyökykyisten ja pitkäaikaistyöttömien työllistymiseksi';
    const text = seed003.replace(TITLE, long);
    const copy = seed003.replace(TITLE, 'Monialaisen ohjauksen ja kuntoutuksen\nyhteistyömalli osatyökykyisten ja\npitkäaikaistyöttömien työllistymiseksi');
    expect(parse(text).record!.project.name).toBe(long);
    const record = parse(copy).record!;
    expect(record.project.name).toBe(long);
    expect(record.project.tagline).toBe(own.tagline);
  });

  it('a mail\'s greeting and sentences above a page without a tagline or a summary bar are not its title', () => {
    const withoutTagline = seed003.replace(`${TAGLINE}\n\n`, '');
    const withoutBar = seed003.replace('Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa\n\n', '');
    expect(withoutTagline).not.toBe(seed003);
    expect(withoutBar).not.toBe(seed003);
    for (const page of [withoutTagline, withoutBar]) {
      const result = parse(`Hei,\n\nalla hankkeen tiedot.\n\n${page}`);
      expect(result.record!.project.name).toBe(TITLE);
      expect(result.diagnostics.some((d) => d.rule === 'unmapped-text' && d.line === 3)).toBe(true);
    }
  });
});

describe('audit round 22: the review\'s misfires of this round\'s rules', () => {
  it('a row one cell a line with both scores, a page\'s break below them, keeps its scores', () => {
    const own = parse(seed004).record!.horizontalPrinciples.sustainableDevelopment;
    const lines = seed004.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Materiaalit ja jätteet '));
    const explanation = lines[at + 1];
    lines.splice(at, 2, 'Materiaalit ja jätteet', '5', '8', 'Välittävät verkostot', '', `esim. ${explanation.charAt(0).toLowerCase()}${explanation.slice(1)}`);
    const rows = parse(lines.join('\n')).record!.horizontalPrinciples.sustainableDevelopment;
    const row = rows.find((r) => r.criterion === 'Materiaalit ja jätteet');
    expect(row).toMatchObject({ direct: 5, indirect: 8 });
    expect(rows.length).toBe(own.length);
  });

  it('a label wrapped in its column with two spaces is not made of its first word and the line below', () => {
    const columns = seed004.replace('Y-tunnus: 0832600-5', 'Y-tunnus:                   0832600-5');
    const copy = columns.replace('Hankkeen yhteyshenkilön nimi: Multas Anne', 'Hankkeen yhteyshenkilön  Multas Anne\nnimi:');
    expect(copy).not.toBe(columns);
    const result = parse(copy);
    expect(result.record!.contact.name).toBe('Multas Anne');
    expect(result.record!.project.name).toBe('Välittävät verkostot');
  });

  it('a word alone below a mail\'s note above a page is read as the title, and said', () => {
    const withoutBar = seed003.replace('Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa\n\n', '').replace(`${TAGLINE}\n\n`, '');
    const result = parse(`Hei,\n\nalla tiedot hankkeesta.\n\nMatti\n\n${withoutBar}`);
    const warning = result.diagnostics.find((d) => d.rule === 'heading-variant' && d.line === 5);
    expect(warning?.message).toMatch(/may be the sender's name/);
    expect(warning?.path).toBe('/project/name');
  });
});

describe('audit round 22: a project page\'s title and tagline both wrapped in a copy without blank lines', () => {
  it('is read as one title and one tagline', () => {
    const own = parse(seed003).record!.project;
    const copy = deriveShape(seed003, 'noblank').replace(`${TITLE}\n${TAGLINE}\n`, 'Osallisuuden askeleet\ntyöllistymispoluille\nTavoitteena on työttömien henkilöiden työ- ja\ntoimintakyvyn parantaminen.\n');
    expect(copy).toContain('toimintakyvyn parantaminen.\nToimintalinja 5');
    const record = parse(copy).record!;
    expect(record.project.name).toBe(own.name);
    expect(record.project.tagline).toBe(own.tagline);
  });
});

describe('audit round 22: the second review\'s misfires', () => {
  const own = parse(seed003).record!;

  it('a real title or tagline ending with the site\'s name, and a last line naming it, are the page\'s', () => {
    const title = 'Tekninen tuki - Rakennerahastot';
    const tagline = 'Hankkeiden viestinnän tuki - Rakennerahastot';
    const result = parse(seed003.replace(TITLE, title).replace(TAGLINE, tagline));
    const record = result.record!;
    // (The title's site's name is a browser tab's, left out of the name and said: round 27.)
    expect(record.project.name).toBe('Tekninen tuki');
    expect(result.diagnostics.some((d) => d.rule === 'normalised-value' && d.path === '/project/name' && d.line === 1)).toBe(true);
    expect(record.project.tagline).toBe(tagline);
    const last = 'Lisätietoja hankkeesta: Vaasan kaupunki - Rakennerahastot';
    const ended = parse(`${seed003.trimEnd()}\n\n${last}\n`);
    expect(ended.diagnostics.some((d) => d.rule === 'page-furniture' && d.message.includes('Vaasan kaupunki'))).toBe(false);
  });

  it('a greeting above a page whose title ends with a full stop, with a summary bar, leaves the title', () => {
    const title = 'Yhdessä eteenpäin.';
    const record = parse(`Hei,\n\n${seed003.replace(TITLE, title)}`).record!;
    expect(record.project.name).toBe(title);
    expect(record.project.tagline).toBe(own.project.tagline);
  });

  it('a full name below a mail\'s note above a page without a bar is said as maybe the sender\'s', () => {
    const withoutBar = seed003.replace('Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa\n\n', '');
    const result = parse(`Hei,\n\nalla hankkeen tiedot.\n\nMatti Virtanen\n\n${withoutBar}`);
    expect(result.diagnostics.some((d) => d.rule === 'heading-variant' && d.line === 5 && d.path === '/project/name')).toBe(true);
  });

  it('a -layout value\'s next page\'s first line at its column, in capitals after a whole value, is read and said', () => {
    const column = ' '.repeat(36);
    const BREAK = '\nhttps://www.eura2007.fi/rrtiepa/projekti.php?projektikoodi=S10692                    1/4\n1.12.2026 15.42                              EURA 2007 - Projektin kuvaus\n';
    const columns = inColumns(seed001, '1. Projekti', '3. Projektin toteutusalue ja kohderyhmän kuvaus', 20);
    const copy = columns.replace(`\n${column}THL (entinen Stakes,\n`, `\n${BREAK}\n${column}LUOTTAMUKSELLINEN\n${column}THL (entinen Stakes,\n`).replace(`${column}hyvinvoinnin laitos\n`, `${column}hyvinvoinnin laitos\n`);
    const result = parse(copy);
    const line = copy.split('\n').indexOf(`${column}LUOTTAMUKSELLINEN`) + 1;
    expect(result.diagnostics.some((d) => d.rule === 'value-wrapped' && d.severity === 'warning' && d.line === line && d.path === '/organisation/name')).toBe(true);
  });
});

describe('audit round 22: browser print headers of other locales', () => {
  const own = parse(seed004).record!;
  for (const stamp of ['2026-12-01 17:22', '01.12.26, 17:22']) {
    it(`a print header with the date written ${stamp} inside a text is furniture`, () => {
      const first = own.summary!.split(' ').slice(0, 8).join(' ');
      const copy = seed004.replace(first, `${first}\n${stamp} EURA 2014 - Hankkeen kuvaus\n`);
      expect(copy).not.toBe(seed004);
      const result = parse(copy);
      expect(result.record!.summary).not.toContain(stamp);
      expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.message.includes(stamp))).toBe(true);
    });
  }
});

describe('audit round 22: the third review', () => {
  it('html2text\'s label over three lines with its value beside the middle one is the layout\'s', () => {
    const own = parse(seed004).record!.project.period;
    const copy = seed004
      .replace('Y-tunnus: 0832600-5', 'Y-tunnus:           0832600-5')
      .replace('Suunnitelman mukainen toteutusaika: Alkaa 1.1.2015 ja päättyy 31.12.2018', 'Suunnitelman\nmukainen            Alkaa 1.1.2015 ja päättyy 31.12.2018\ntoteutusaika:');
    expect(copy).toContain('Suunnitelman\nmukainen ');
    const result = parse(copy);
    expect(result.record!.project.period).toEqual(own);
    expect(result.unmapped).toEqual([]);
  });

  it('a Firefox header on the last page above its only line of text does not take that line', () => {
    const own = parse(seed003).record!;
    const header = `${TITLE} - Rakennerahastot        https://www.rakennerahastot.fi/hanke/-/hanke/osallisuuden-askeleet`;
    const lines = seed003.trimEnd().split('\n');
    const last = lines.pop()!;
    const words = last.split(' ');
    const copy = [...lines, words.slice(0, -1).join(' '), header, words[words.length - 1], 'https://www.rakennerahastot.fi/hanke/-/hanke/osallisuuden-askeleet 4/4', ''].join('\n');
    const record = parse(copy).record!;
    expect(record.projectPage?.roles?.at(-1)?.text?.replace(/\s+/g, ' ')).toBe(own.projectPage?.roles?.at(-1)?.text?.replace(/\s+/g, ' '));
  });

  it('a greeting\'s sentence in lower case that does not end with a full stop is the mail\'s, not the title', () => {
    const withoutBar = seed003.replace('Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa\n\n', '');
    const record = parse(`Hyvä vastaanottaja,\n\nohessa tiedot hankkeesta, josta puhuttiin. Terveisin Matti\n\n${withoutBar}`).record!;
    expect(record.project.name).toBe(TITLE);
    expect(record.project.tagline).toBe(TAGLINE);
  });
});

describe('audit round 22: a project page\'s paragraphs wrapped in a copy without blank lines (pdftotext -raw)', () => {
  it('a paragraph\'s first line going on in lower case heads no unknown section', () => {
    const own = parse(seed003).record!;
    const flat = deriveShape(seed003, 'noblank');
    const paragraph = flat.split('\n').find((l) => l.startsWith('Hankkeessa järjestetään'))!;
    const rows: string[] = [];
    // (As pdftotext -raw breaks a page's lines: unevenly, the first at 80 characters, the next ones longer.)
    for (const word of paragraph.split(/\s+/u)) {
      if (rows.length > 0 && rows[rows.length - 1].length + 1 + word.length <= (rows.length === 1 ? 80 : 100)) rows[rows.length - 1] += ` ${word}`;
      else rows.push(word);
    }
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[1]).toMatch(/^\p{Ll}/u);
    const copy = flat.replace(paragraph, rows.join('\n'));
    const result = parse(copy);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
    expect(result.record!.summary!.replace(/\s+/g, ' ')).toBe(own.summary!.replace(/\s+/g, ' '));
  });
});

describe('audit round 22: the GitHub reporter and a description\'s control characters', () => {
  it('writes them as their pictures, not raw into the workflow command', async () => {
    const copy = seed001.replace('jarno.karjalainen(at)thl.fi', 'jarno\u001b.karjalainen(at)thl.fi');
    expect(copy).not.toBe(seed001);
    const { stdout } = await runCli(['validate', '--reporter', 'github', '-'], { stdin: copy });
    expect(stdout).toContain('invalid-email');
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('\u241b');
  });
});

describe('audit round 22: the last review\'s misfires', () => {
  it('a schedule line dated as a Swedish or German locale writes dates stays in the text', () => {
    const own = parse(seed004).record!;
    const first = own.summary!.split(' ').slice(0, 8).join(' ');
    for (const line of ['2015-03-12 10:00 Ohjausryhmän kokous - Kuusamo', '12.03.15, 10:00 Loppuseminaari - Tampere-talo']) {
      const copy = seed004.replace(first, `${first}\n${line}\n`);
      expect(parse(copy).record!.summary).toContain(line);
    }
  });

  it('a brand in lower case starting a page\'s title below a greeting is the title', () => {
    const title = 'eNorssi-hanke opettajankoulutuksen tueksi';
    const record = parse(`Hei,\n\n${seed003.replace(TITLE, title)}`).record!;
    expect(record.project.name).toBe(title);
    expect(record.project.tagline).toBe(TAGLINE);
  });

  it('a header-shaped line as an empty label\'s value is the value, said', () => {
    const value = 'Välittävät verkostot - Rakennerahastot   https://www.rakennerahastot.fi/hanke/-/hanke/S20078';
    const copy = seed004.replace('WWW-osoite: http://www.ksak.fi', `WWW-osoite:\n${value}`);
    expect(copy).not.toBe(seed004);
    const result = parse(copy);
    expect(result.record!.organisation.website).toBe(value);
    expect(result.diagnostics.some((d) => d.rule === 'invalid-url' && d.path === '/organisation/website')).toBe(true);
  });
});
