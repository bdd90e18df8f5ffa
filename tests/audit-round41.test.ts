// What the forty-first round found: each reproduced on a small invented text, read right now or said
// at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, parseBytes } from '../src/index.js';
import * as n from '../src/map/normalise.js';
import type { Result } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/fixtures.js';

describe('forty-first round', () => {
  it('a day and month after a date\'s word in a specific objective\'s remark is a date, not a second code (left by round 40)', () => {
    for (const [value, title] of [
      ['10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (päivitetty 15.3.)', 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (päivitetty 15.3.)'],
      ['10.1 Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (tilanne 31.12.)', 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (tilanne 31.12.)'],
      ['10.1 Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen, muutettu 21.9.', 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen, muutettu 21.9.'],
    ]) {
      const read = n.parseSpecificObjective(value);
      expect(read.value).toEqual({ code: '10.1', title });
      expect(read.warnings).toBeUndefined();
    }
    // (Another code in a remark stays two codes, said; so does a day and month that may as well be a
    // code, the objective changed to it: `muutettu 9.1. Nuorten …` (review R1).)
    for (const value of ['10.1 Työelämän parantaminen (myös 10.2)', '10.1 Työelämän parantaminen ja osin 10.2', '10.1. Työelämän parantaminen, muutettu 9.1. Nuorten työllistyminen', '10.1 Työelämän parantaminen (muutettu 9.2.)']) {
      expect(n.parseSpecificObjective(value).value!.code).toBeNull();
      expect(n.parseSpecificObjective(value).warnings![0].rule).toBe('invalid-value');
    }
  });
});

/** The line number of the text's first line that starts so. */
const lineStarting = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
/** The severity and rule of each of the result's diagnostics on the line that starts so. */
const rulesOn = (result: Result, text: string, start: string) => result.diagnostics.filter((d) => d.line === lineStarting(text, start)).map((d) => [d.severity, d.rule]);

describe('forty-first round: contact and placeholder values (audit A)', () => {
  const seed0713 = readFileSync(`${root}/fixtures/seeds/001_870e9aa13936b8c2.txt`, 'utf8');
  const edited = (from: string, to: string) => {
    expect(seed0713).toContain(from);
    return parse(seed0713.replace(from, to));
  };
  it('a title in lower case before the contact\'s name is left out of the name, noted', () => {
    const result = edited('Vastuuhenkilön nimi: Jarno Karjalainen', 'Vastuuhenkilön nimi: projektipäällikkö Jarno Karjalainen');
    expect(result.record!.contact.name).toBe('Jarno Karjalainen');
    expect(rulesOn(result, seed0713, 'Vastuuhenkilön nimi:')).toContainEqual(['info', 'normalised-value']);
    expect(n.parsePersonName('vs. koulutuspäällikkö Heikki Miettinen').value).toBe('Heikki Miettinen');
    // (A particle of a name is no title, and stays the name's after a title (review R1).)
    expect(n.parsePersonName('af Hällström Karl').value).toBe('af Hällström Karl');
    expect(n.parsePersonName('projektipäällikkö von Bonsdorff Ulla').value).toBe('von Bonsdorff Ulla');
    expect(n.parsePersonName('koulutuspäällikkö de la Chapelle Anna').value).toBe('de la Chapelle Anna');
  });
  it('a name field naming two persons is kept as written with a warning', () => {
    for (const value of ['Ojala Kirsi, varalla Mäki Jouni', 'Tuomas Virtanen (1.3.2010–31.5.2011), Sanna Heikkilä (1.6.2011 alkaen)', 'Matti Meikäläinen ja Maija Mallikas', 'Outi Virtanen / Pekka Ojala']) {
      const read = n.parsePersonName(value);
      expect(read.value).toBe(value);
      expect(read.warnings![0].rule).toBe('invalid-value');
    }
    // (A surname before the first names, a title in capitals after the comma: one person.)
    expect(n.parsePersonName('Virtanen, Outi Maria').warnings).toBeUndefined();
    expect(n.parsePersonName('Outi Virtanen, Project Manager').value).toBe('Outi Virtanen');
    const text = seed0713.replace('Vastuuhenkilön nimi: Jarno Karjalainen', 'Vastuuhenkilön nimi: Karjalainen Jarno, varalla Mäki Jouni');
    expect(parse(text).record!.contact.name).toBe('Karjalainen Jarno, varalla Mäki Jouni');
    expect(rulesOn(parse(text), text, 'Vastuuhenkilön nimi:')).toContainEqual(['warning', 'invalid-value']);
  });
  it('`ks. yllä` (see above) and `haettu` (applied for) are placeholders, and `tulossa` is one in a list of websites too', () => {
    const title = edited('Vastuuhenkilön nimi: Jarno Karjalainen', 'Vastuuhenkilön nimi: ks. yllä');
    expect(title.record!.contact.name).toBeNull();
    expect(title.diagnostics.some((d) => d.rule === 'placeholder-text' && d.line === lineStarting(seed0713, 'Vastuuhenkilön nimi:'))).toBe(true);
    const id = edited('Y-tunnus: 2229500-6', 'Y-tunnus: haettu');
    expect(id.record!.organisation.businessId).toBeNull();
    expect(id.diagnostics.some((d) => d.rule === 'placeholder-text' && d.line === lineStarting(seed0713, 'Y-tunnus:'))).toBe(true);
    const site = edited('Projektin kotisivun osoite: www.thl.fi/askel', 'Projektin kotisivun osoite: tulossa');
    expect(site.record!.project.websites).toEqual([]);
    expect(site.diagnostics.some((d) => d.rule === 'placeholder-text' && d.line === lineStarting(seed0713, 'Projektin kotisivun osoite:'))).toBe(true);
  });
});

describe('forty-first round: dates with weekdays, names with remarks (audits A)', () => {
  it('a weekday written before a date is left out, noted; one that is not the date\'s is said', () => {
    const period = n.parsePeriod('Alkaa maanantaina 1.2.2016 ja päättyy torstaina 31.1.2019');
    expect(period.value).toEqual({ start: '2016-02-01', end: '2019-01-31' });
    expect(period.warnings).toBeUndefined();
    expect(period.notes!.some((d) => d.message.includes('"maanantaina", "torstaina" left out'))).toBe(true);
    expect(n.parsePeriod('Alkaa tiistaina 1. syyskuuta 2009 ja päättyy 31.8.2011').value).toEqual({ start: '2009-09-01', end: '2011-08-31' });
    expect(n.parseFinnishDate('keskiviikko 01.08.2018').value).toBe('2018-08-01');
    expect(n.parseFinnishDate('ke 1.8.2018').value).toBe('2018-08-01');
    // (2.2.2016 was a Tuesday.)
    const wrong = n.parsePeriod('Alkaa maanantaina 2.2.2016 ja päättyy 31.1.2019');
    expect(wrong.value).toEqual({ start: '2016-02-02', end: '2019-01-31' });
    expect(wrong.warnings![0].rule).toBe('invalid-date');
  });
  it('a name with a dated remark in brackets is the name, the remark said; a phone number among a name\'s words is said', () => {
    const remarked = n.parsePersonName('Riikka Vähälä (1.9.2018 alkaen)');
    expect(remarked.value).toBe('Riikka Vähälä');
    expect(remarked.warnings![0].message).toContain('(1.9.2018 alkaen)'.slice(1, -1));
    const phone = n.parsePersonName('Riikka Vähälä, puh. 040 512 8844');
    expect(phone.value).toBe('Riikka Vähälä, puh. 040 512 8844');
    expect(phone.warnings![0].rule).toBe('invalid-value');
    expect(n.parsePersonName('Antti Rämö, 1.1.2011 alkaen Sanna Leppänen').warnings![0].rule).toBe('invalid-value');
  });
});

describe('forty-first round: how files come (audits B and C)', () => {
  const seed = readFileSync(`${root}/fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
  const whole = parse(seed);
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('a DOS end-of-file mark (Ctrl-Z) after the text is its end, said as info; the record is the text\'s', () => {
    for (const tail of ['\u001a', '\r\n\u001a\u001a\r\n']) {
      const result = parseBytes(bytes(seed + tail));
      expect(result.record).toEqual(whole.record);
      expect(result.ok).toBe(true);
      expect(result.diagnostics.filter((d) => d.rule === 'invisible-characters').map((d) => d.severity)).toEqual(['info']);
      expect(result.diagnostics.some((d) => d.rule === 'text-cut-off')).toBe(false);
    }
  });
  it('a whole text copied out of one spreadsheet cell (in quotes, its quotes doubled) reads as the text', () => {
    const cell = `"${seed.trimEnd().replace(/"/g, '""')}"\n`;
    const result = parse(cell);
    expect(result.record).toEqual(whole.record);
    expect(result.diagnostics.filter((d) => d.rule === 'spreadsheet-cells').map((d) => d.severity)).toEqual(['info']);
    // (A text that starts and ends with a quote of its own, with single quotes inside, is no cell.)
    const own = `"Hanke"\n${seed.trimEnd()} "lainaus" loppuu"\n`;
    expect(parse(own).diagnostics.some((d) => d.rule === 'spreadsheet-cells')).toBe(false);
  });
  it('columns of a text written decomposed (`a` and a combining diaeresis, as macOS saves `ä`) are the file\'s', () => {
    const edited = seed.replace(/^Yhteyshenkilön sähköpostisoite:.*$/mu, 'Yhteyshenkilön sähköpostisoite: pääkäyttäjä.at.esimerkki');
    expect(edited).toContain('pääkäyttäjä.at.esimerkki');
    const composed = parse(edited).diagnostics.find((d) => d.rule === 'invalid-email')!;
    const decomposed = parse(edited.normalize('NFD')).diagnostics.find((d) => d.rule === 'invalid-email')!;
    const fileLine = edited.normalize('NFD').split('\n')[decomposed.line! - 1];
    expect(decomposed.line).toBe(composed.line);
    expect(fileLine.slice(decomposed.column! - 1, decomposed.endColumn! - 1).normalize('NFC')).toBe('pääkäyttäjä.at.esimerkki');
    expect(decomposed.column! - composed.column!).toBe(3);
  });
});

describe('forty-first round: a copy cut inside a word (audit B)', () => {
  const seed = readFileSync(`${root}/fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8').trimEnd();
  it('a last line ending on a word\'s first letter or two is said cut, saved with its line break or not', () => {
    // (After a figure, `… joista 58 ty`, it may as well be a unit, `30 op`: not said (review R2).)
    for (const end of ['Hankkeeseen osallistui 167 työtöntä, joista naisia ol', 'Hankkeen tavoitteena o', 'Koulutuksiin os']) {
      for (const tail of ['\n', '']) {
        const text = `${seed}\n\n${end}${tail}`;
        const cut = parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off');
        expect(cut.map((d) => d.line), end).toEqual([text.split('\n').lastIndexOf(end) + 1]);
      }
    }
  });
  it('a last word of one or two letters that is a word or a unit is no cut (guard)', () => {
    for (const end of ['Seuranta jatkuu hankkeen jälkeen 12 kk', 'Lisäksi järjestettiin tapahtumia, koulutuksia ym', 'Ryhmän koko oli noin 20 m', 'Toimisto sijaitsee osoitteessa Rantakatu 7 b', 'Hankkeeseen osallistui 167 työtöntä, joista 58 ty', 'Projektin vaihe ii', 'Koulutuksen laajuus on 30 op', 'Vi ses nästa år']) {
      const text = `${seed}\n\n${end}\n`;
      expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off'), end).toEqual([]);
    }
  });
});

describe('forty-first round: the command line\'s words (audit C)', () => {
  const seedFile = `${root}/fixtures/seeds/000_ddad63b48901b7a4.txt`;
  it('an option before a command is suggested after it only when the command has it', async () => {
    const run = await runCli(['-q', '-f', 'json', '--strict', 'validate', seedFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`(esr-parse validate --strict ${seedFile}); -q -f json: not options of validate`);
    expect(run.stdout).toBe('');
  });
  it('an option of parsing given to schema names schema, not validate', async () => {
    const run = await runCli(['schema', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('schema prints a JSON Schema only');
    expect(run.stderr).not.toContain('validate');
  });
  it('--csv-dialect with no CSV asked for is a usage error, not ignored', async () => {
    const run = await runCli(['--csv-dialect', 'excel-fi', seedFile]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--csv-dialect chooses the CSV of --format csv and --tables');
    const csv = await runCli(['--csv-dialect', 'excel-fi', '-f', 'csv', seedFile]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\ufefffile;ok;')).toBe(true);
  });
});

describe('forty-first round: excel-fi keeps an international phone number as written (audit C)', () => {
  it('`+358 40 718 2293` is written as the formula of its text, as `0400 225 587` is', async () => {
    const seed = readFileSync(`${root}/fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
    expect(seed).toContain('Puhelinnumero: 020 610 7074');
    const run = await runCli(['--csv-dialect', 'excel-fi', '-f', 'csv', '-'], { stdin: seed.replace('Puhelinnumero: 020 610 7074', 'Puhelinnumero: +358 40 718 2293') });
    // (A cell with quotes is quoted, its quotes doubled: the spreadsheet reads `="+358 40 718 2293"`.)
    expect(run.stdout).toContain(';"=""+358 40 718 2293""";');
    expect(run.stdout).not.toContain("'+358");
  });
});

describe('forty-first round: a whole copy saved without its last line break (audit A)', () => {
  it('a last value that is one the register writes in its field, word for word, is whole, not a cut', () => {
    const seed = readFileSync(`${root}/fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
    const end = seed.indexOf('Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena');
    expect(end).toBeGreaterThan(0);
    // (A project not ended: no final report follows.)
    expect(seed).toContain('Toiminnan tila: Toiminta päättynyt');
    const ongoing = seed.replace('Toiminnan tila: Toiminta päättynyt', 'Toiminnan tila: Toiminta käynnissä');
    const copy = ongoing.slice(0, end) + 'Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena';
    const result = parse(copy);
    expect(result.record!.classification.innovativeness).toBe('Ei erityistä innovatiivisuutta projektin tavoitteena');
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off' || d.rule === 'value-cut-off')).toEqual([]);
    // (Where the project has ended and its final report is absent, the copy is still said cut; so is the value's start.)
    expect(parse(seed.slice(0, end) + 'Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena').diagnostics.some((d) => d.rule === 'text-cut-off')).toBe(true);
    expect(parse(seed.slice(0, end) + 'Innovatiivisuus: Ei erityistä innovatiivi').diagnostics.some((d) => d.rule === 'text-cut-off')).toBe(true);
  });
});

describe('forty-first round: the reviews\' cases (code review, review R1)', () => {
  const seed = readFileSync(`${root}/fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8').trimEnd();
  it('a last word that is a unit, an abbreviation or a weekday\'s (`op`, `ov`, `v`, `yö`, `ke`) is no cut', () => {
    for (const end of ['Koulutuksen laajuus on 30 op', 'Opintojen laajuus 10 ov', 'Hanke kesti 3 v', 'Päivystys myös yö', 'Ryhmä kokoontuu ke']) {
      const text = `${seed}\n\n${end}\n`;
      expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off'), end).toEqual([]);
    }
  });
  it('an organisation beside the name is no second person; another person in a bracket is', () => {
    for (const value of ['Matti Meikäläinen, Keski-Suomen ELY-keskus', 'Matti Meikäläinen / Kuopion Kaupunki', 'Pekka Ojala ja Kumppanit Oy']) expect(n.parsePersonName(value).warnings, value).toBeUndefined();
    const bracket = n.parsePersonName('Outi Virtanen (Maija Mallikas 1.1.2017 alkaen)');
    expect(bracket.value).toBe('Outi Virtanen (Maija Mallikas 1.1.2017 alkaen)');
    expect(bracket.warnings![0].rule).toBe('invalid-value');
    // (A year range is no phone number; a phone number in a bracket is not left out.)
    expect(n.parsePersonName('Outi Virtanen 2016-2018').warnings).toBeUndefined();
    expect(n.parsePersonName('Outi Virtanen (puh. 040 1234567)').value).toBe('Outi Virtanen (puh. 040 1234567)');
  });
  it('a second code after a date in the remark is still a second code', () => {
    const read = n.parseSpecificObjective('10.1 Työelämän parantaminen, muutettu 15.9. ja osin 10.2');
    expect(read.value!.code).toBeNull();
    expect(read.warnings![0].rule).toBe('invalid-value');
  });
  it('English `to` between two dates is no Thursday', () => {
    const read = n.parsePeriod('1.2.2016 to 31.1.2019');
    expect((read.warnings ?? []).filter((w) => w.message.includes('weekday'))).toEqual([]);
  });
  it('many end-of-file marks, and a cell with blank lines before it, keep the text and its lines', () => {
    const marks = parse(`${seed}\n${'\u001a\r\n'.repeat(100)}`);
    expect(marks.record!.project.code).toBe(parse(seed).record!.project.code);
    const cell = `\n\n"${seed.replace(/"/g, '""')}"\n`;
    const read = parse(cell);
    const email = read.diagnostics.find((d) => d.path === '/contact/email');
    const plain = parse(`\n\n${seed}\n`).diagnostics.find((d) => d.path === '/contact/email');
    expect(read.record).toEqual(parse(seed).record);
    expect(email?.line).toBe(plain?.line);
  });
});

describe('forty-first round: excel-fi and international numbers written otherwise (review R2)', () => {
  it('`+358 (0)40 …`, a remark or a second number after it: the formula of the text too', async () => {
    const seed = readFileSync(`${root}/fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
    for (const phone of ['+358 (0)40 718 2293', '+35840 718 2293 (vaihde)', '+358 40 718 2293, +358 50 123 4567']) {
      const run = await runCli(['--csv-dialect', 'excel-fi', '-f', 'csv', '-'], { stdin: seed.replace('Puhelinnumero: 020 610 7074', `Puhelinnumero: ${phone}`) });
      expect(run.stdout, phone).toContain(`"=""${phone}"""`);
    }
  });
});

describe('forty-first round: a mistyped command after an option (review R2)', () => {
  it('`esr-parse -q valdate x.txt` is a usage error naming validate, not a file not found', async () => {
    const run = await runCli(['-q', 'valdate', 'x.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "valdate" (did you mean validate?)');
    // (An option's value is no command: `-t esr-2014-2020`.)
    const seedFile = `${root}/fixtures/seeds/004_3bb6e26593869c78.txt`;
    expect((await runCli(['-t', 'esr-2014-2020', '-q', seedFile])).code).toBe(0);
  });
});

describe('forty-first round: review R3\'s cases', () => {
  const seed = readFileSync(`${root}/fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8').trimEnd();
  it('a letter from a to h after a word (an appendix, an option), a Swedish short word or `tj` ends a line whole', () => {
    for (const end of ['Lisätiedot löytyvät liitteestä b', 'Toteutukseen valittiin malli c', 'Vi tar det i lugn och ro', 'Vastuuhenkilönä toimii yhdistyksen tj']) {
      const text = `${seed}\n\n${end}\n`;
      expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off'), end).toEqual([]);
    }
  });
  it('an organisation or a former name in a bracket after the name is no second person', () => {
    for (const value of ['Anna Virtanen (Koillismaan Työpaja)', 'Anna Virtanen (ent. Anna Mäki)', 'Anna Virtanen (Åbo Akademi)']) expect(n.parsePersonName(value).warnings, value).toBeUndefined();
  });
});
