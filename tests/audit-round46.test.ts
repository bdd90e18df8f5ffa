// What the forty-sixth round found: each reproduced on a small invented text or an edited fixture,
// read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
/** The line number of the text's first line that starts so. */
const lineStarting = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);
const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

const seed004 = fixture('seeds/004_3bb6e26593869c78.txt');
/** A flattened 2014–2020 copy (invented): no headings, sections opened by their labels. */
const flat2014 = fixture('shapes/flattened/esr-2014-2020.txt');
const flat2007 = fixture('shapes/flattened/esr-2007-2013.txt');
/** The flattened 2014–2020 copy up to its last field of section 2 (its summary and later sections left out). */
const flatFields = flat2014.split('\n').slice(0, lineStarting(flat2014, 'Hakijoiden lukumäärä')).join('\n');

describe('forty-sixth round: a flattened copy cut inside a list\'s item of its summary', () => {
  const cutOn = (item: string) => `${flatFields}\nKeskeisiä tavoitteita ovat:\n${item}\n`;
  it('an item cut mid-word, the copy saved with its line break and none of the later sections there, is said cut (was unsaid)', () => {
    for (const item of ['- Kartoittaa osallistujien lähtötason ja tavoitteet, Ko', '- Kartoittaa osallistujien lähtötason (kirjasto, sosiaalit']) {
      const text = cutOn(item);
      const result = parse(text);
      expect(result.record!.summary, item).toContain(item);
      expect(said(result, 'text-cut-off'), item).toEqual([['warning', lineStarting(text, '- Kartoittaa')]]);
    }
  });

  it('guard: an item that ends with a full stop, a fence closing the copy, or a whole flattened copy with its later fields, is not said cut', () => {
    expect(said(parse(cutOn('- Kartoittaa osallistujien lähtötason.')), 'text-cut-off')).toEqual([]);
    expect(said(parse(`${flatFields}\nKeskeisiä tavoitteita ovat:\n- Kartoittaa osallistujien lähtötason\n\`\`\`\n`), 'text-cut-off')).toEqual([]);
    expect(said(parse(flat2014), 'text-cut-off')).toEqual([]);
  });
});

describe('forty-sixth round: a flattened copy of its first four fields alone', () => {
  const lines = flat2014.split('\n');
  const firstFields = (count: number, after = '') => `${lines.slice(0, 2 + count).join('\n')}\n${after}`;
  it('code, name, axis and objective, the copy ending there (cut), is read as the layout\'s and said cut (was unknown-template)', () => {
    const text = firstFields(4);
    const result = parse(text);
    expect(result.template).toBe('esr-2014-2020');
    expect(result.record!.project.code).toBe('S23105');
    expect(result.record!.project.name).toBe('Digitaidot arkeen');
    expect(said(result, 'text-cut-off')).toEqual([['error', lineStarting(text, 'Erityistavoite')]]);
  });

  it('cut inside its fifth label (`Suunnitelman mukainen tot`), it is read so too', () => {
    expect(parse(firstFields(4, 'Suunnitelman mukainen tot\n')).record!.project.code).toBe('S23105');
  });

  it('guard: three fields, four with text of their own after them (a decision quoting them), four below a news item\'s sentence, or the fourth\'s value wrapped onto a line below, are no description (review R)', () => {
    expect(parse(firstFields(3)).template).toBeNull();
    expect(parse(firstFields(4, 'Ohjausryhmä esittää hankkeelle jatkoaikaa.\nKokous päätettiin klo 15.\n')).template).toBeNull();
    expect(parse(`Uutinen 12.3.2019\nItärajan kansalaisopisto sai ESR-rahoitusta.\n${lines.slice(2, 6).join('\n')}\n`).template).toBeNull();
    // (A heading alone above them too: `Uutiset`, `Hankkeen perustiedot`, review R2.)
    for (const heading of ['Uutiset', 'Hankkeen perustiedot', '![]() |\nDigitaidot arkeen']) expect(parse(`${heading}\n${lines.slice(2, 6).join('\n')}\n`).template, heading).toBeNull();
    expect(parse(firstFields(4, 'olevien työ- ja toimintakyvyn parantaminen\n').replace(' olevien työ- ja toimintakyvyn parantaminen\n', '\n')).template).toBeNull();
  });
});

describe('forty-sixth round: reports, memos and minutes titled otherwise than the list had', () => {
  it('each title is refused at its line (each was read as a description, its text the summary, ok)', () => {
    for (const title of ['Ote ohjausryhmän pöytäkirjasta', 'Hankkeen loppuseminaarin muistio', 'Julkinen loppuraportti', 'Loppuraportti / Slutrapport', 'Loppuselvitys', 'Loppuarviointi', 'Väliarviointi', 'Polkuja pajalle -hankkeen ohjausryhmän kokous 2/2017']) {
      const result = parse(`${title}\n\n${flat2014}`);
      expect([result.template, said(result, 'unknown-template')], title).toEqual([null, [['error', 1]]]);
    }
  });

  it('guard: names and words that are no such title are read', () => {
    for (const title of ['Kylien kertomus', 'Nuorten raportti', 'Julkinen liikenne', 'Selvitys', 'Itsearviointi ja kehittäminen']) {
      expect(parse(`${title}\n\n${flat2014}`).template, title).toBe('esr-2014-2020');
    }
  });
});

describe('forty-sixth round: an e-mail\'s quoted message right below the description', () => {
  const thread = '-----Alkuperäinen viesti-----\nLähettäjä: Sari Mäkinen <sari.makinen@example.fi>\nLähetetty: 3. maaliskuuta 2019 10:12\nAihe: RE: S20078 hankkeen kuvaus\n\nKuvauksessa on virhe: päätöksen mukaan hanke päättyy 31.3.2019.\n';
  it('no sign-off above it: its lines are kept in unmapped, said once (they were furniture, the correction lost)', () => {
    const text = `${seed004.trimEnd()}\n\n${thread}`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    expect(result.unmapped.map((u) => u.value)).toContain('Kuvauksessa on virhe: päätöksen mukaan hanke päättyy 31.3.2019.');
    expect(said(result, 'unmapped-text').filter(([severity]) => severity !== 'info')).toEqual([['warning', lineStarting(text, '-----Alkuperäinen')]]);
  });

  it('guard: headers alone (no sentence of the message\'s own) are furniture, as below a sign-off', () => {
    const result = parse(`${seed004.trimEnd()}\n\n-----Alkuperäinen viesti-----\nLähettäjä: Sari Mäkinen\nLähetetty: 3. maaliskuuta 2019 10:12\n`);
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('forty-sixth round: a flattened 2007–2013 description, then a 2014–2020 one', () => {
  it('the first is read, the second kept apart and said (the record mixed both projects\' values)', () => {
    const text = `${flat2007.trimEnd()}\n${flat2014.replace(/^(?:!\[\]\(\) \|\n)+/u, '')}`;
    const result = parse(text);
    expect(result.template).toBe('esr-2007-2013');
    expect(result.record!.project.code).toBe('S12764');
    expect(result.record!.organisation.businessId).toBe('1609874-3');
    expect(result.record!.targetArea.municipalities).toEqual(['Kuopio', 'Siilinjärvi']);
    expect(result.record!.finalReportSummary).not.toContain('Hankekoodi');
    const second = result.diagnostics.filter((d) => d.rule === 'unknown-section');
    expect(second.map((d) => [d.severity, d.line])).toEqual([['warning', lineStarting(text, 'Hankekoodi:')]]);
    expect(second[0].message).toContain('starts a second description');
  });

  it('guard: another project\'s first field or two above a flattened copy, a cover\'s lines, leave the copy\'s own layout and values (review R: the layout switched, the cover\'s code the record\'s)', () => {
    const body = flat2014.replace(/^(?:!\[\]\(\) \|\n)+/u, '');
    for (const cover of ['Projektikoodi: S10555\n', 'Projektikoodi: S10555\nProjektin nimi: Pajalta töihin\n']) {
      const result = parse(`${cover}${body}`);
      expect(result.template, cover).toBe('esr-2014-2020');
      expect(result.record!.project.code, cover).toBe('S23105');
      expect(result.record!.project.name, cover).toBe('Digitaidot arkeen');
    }
    const e07 = flat2007.replace(/^(?:!\[\]\(\) \|\n)+/u, '');
    const result = parse(`Hankekoodi: S21999\nHankkeen nimi: Toinen hanke\n${e07}`);
    expect([result.template, result.record!.project.code]).toEqual(['esr-2007-2013', 'S12764']);
  });

  it('guard: a flattened 2007–2013 final report quoting its successor\'s first section and applicant is not split there (review R2)', () => {
    const quote = 'Jatkohanke:\nHankekoodi: S23999\nHankkeen nimi: Työhön Savosta II\nToimintalinja: 5. Sosiaalinen osallisuus ja köyhyyden torjunta\nErityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen\nSuunnitelman mukainen toteutusaika: Alkaa 1.1.2015 ja päättyy 31.12.2017\nVastuuviranomainen: Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus\nHakijan virallinen nimi: Savon aikuisopisto Oy\nOrganisaatiotyyppi: Oppilaitos\nLisätietoja saa projektipäälliköltä.\n';
    const result = parse(`${flat2007.trimEnd()}\n${quote}`);
    expect(result.template).toBe('esr-2007-2013');
    expect(said(result, 'unknown-section')).toEqual([]);
    expect(result.record!.finalReportSummary).toContain('Lisätietoja saa projektipäälliköltä.');
  });

  it('guard: a 2014–2020 summary quoting its predecessor\'s code below its own fields stays 2014–2020', () => {
    const text = rewrite(flat2014, 'Ryhmiin ohjataan', 'Edeltäjähanke:\nProjektikoodi: S12764\nProjektin nimi: Työhön Savosta\nOsio: Itä-Suomen suuralueosio\nRyhmiin ohjataan');
    expect(parse(text).template).toBe('esr-2014-2020');
  });
});

describe('forty-sixth round: an official\'s drafts', () => {
  it('a placeholder as the specific objective is read as not written, said (was its title, unsaid)', () => {
    for (const placeholder of ['[täydennetään]', '<nimi>', '???']) {
      const text = rewrite(seed004, 'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen', `Erityistavoite: ${placeholder}`);
      const result = parse(text);
      expect(result.record!.project.specificObjective, placeholder).toBeNull();
      expect(said(result, 'placeholder-text'), placeholder).toEqual([['warning', lineStarting(text, 'Erityistavoite')]]);
    }
  });

  it('a period\'s date left as a placeholder (`xx.xx.2019`, `pp.kk.vvvv`) is an error, as both left so were (was a warning); a year alone stays a warning', () => {
    for (const period of ['Alkaa xx.xx.2015 ja päättyy 31.12.2018', 'Alkaa 1.1.2015 ja päättyy xx.xx.2018', 'Alkaa 1.1.2015 ja päättyy pp.kk.vvvv']) {
      const result = parse(rewrite(seed004, 'Alkaa 1.1.2015 ja päättyy 31.12.2018', period));
      expect(result.ok, period).toBe(false);
      expect(said(result, 'invalid-date').map(([severity]) => severity), period).toEqual(['error']);
    }
    const year = parse(rewrite(seed004, 'Alkaa 1.1.2015 ja päättyy 31.12.2018', 'Alkaa 1.1.2015 ja päättyy 2018'));
    expect(said(year, 'invalid-date').map(([severity]) => severity)).toEqual(['warning']);
  });

  it('a page\'s budget of nothing (`0 €`, `0-0 €`) is said as a draft\'s figure (was a range of 0, unsaid)', () => {
    for (const budget of ['0 €', '0-0 €']) {
      const text = rewrite(fixture('pages/ended.txt'), 'Budjetti: 100000-500000 €', `Budjetti: ${budget}`);
      expect(said(parse(text), 'zero-funding'), budget).toEqual([['warning', lineStarting(text, 'Budjetti')]]);
    }
  });

  it('a phone number with letters among its digits is said (was kept unsaid); a number with its remark is not', () => {
    // (Nor a remark's word in lower case glued to it: `(24h)`, `/24h`, `6000vaihde`, review R.)
    for (const [phone, warned] of [['044 555 12AB', true], ['040 123 45xx', true], ['0400 225 587 (vaihde)', false], ['+358 40 123 4567', false], ['0400-225 587 (24h)', false], ['0400 225 587/24h', false], ['020 610 6000vaihde', false], ['0400 225 587 24H', false], ['0400 225 587 x123', false], ['0400 225 58XX', true], ['0400 2255A', true]] as const) {
      const text = rewrite(seed004, 'Yhteyshenkilön puhelinnumero: 0400 225 587', `Yhteyshenkilön puhelinnumero: ${phone}`);
      const result = parse(text);
      expect(result.record!.contact.phone, phone).toBe(phone);
      expect(said(result, 'invalid-value'), phone).toEqual(warned ? [['warning', lineStarting(text, 'Yhteyshenkilön puhelinnumero')]] : []);
    }
  });

  it('`TBD` in a field is a draft\'s placeholder, said as the others are (was an empty value, an info)', () => {
    const text = rewrite(seed004, 'Yhteyshenkilön puhelinnumero: 0400 225 587', 'Yhteyshenkilön puhelinnumero: TBD');
    const result = parse(text);
    expect(result.record!.contact.phone).toBeNull();
    expect(said(result, 'placeholder-text')).toEqual([['warning', lineStarting(text, 'Yhteyshenkilön puhelinnumero')]]);
  });

  it('a project code pasted twice under the first section\'s heading is one field written twice, said so (was a second description, a false cut)', () => {
    const text = rewrite(seed004, 'Hankekoodi: S20078\n', 'Hankekoodi: S20078\n\nHankekoodi: S21999\n');
    const result = parse(text);
    expect(result.record!.project.code).toBe('S20078');
    expect(result.record!.project.name).toBe('Välittävät verkostot');
    expect(result.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    expect(said(result, 'duplicate-field')).toEqual([['warning', lineStarting(text, 'Hankekoodi: S21999')]]);
    expect(said(result, 'text-cut-off')).toEqual([]);
    expect(said(result, 'unknown-section')).toEqual([]);
  });
});

describe('forty-sixth round (audit D): the library as a program uses it', () => {
  it('parse() refuses an input over 64 MiB as the CLI and parseFile do (it read it, 1.3 GB and `ok: true`)', () => {
    const result = parse(Buffer.alloc(64 * 1024 * 1024 + 1, 0x61));
    expect([result.ok, result.diagnostics.map((d) => d.rule)]).toEqual([false, ['file-too-large']]);
  });

  it('a definition given as an object is located by its path, not by a line of a text made of it (it said `definitions[0]:44:19` of a file whose line 15 it was)', () => {
    const definition = JSON.parse(readFileSync(`${root}/fixtures/definitions/project-card.json`, 'utf8')) as { sections: { fields?: { path: string }[] }[] };
    const field = definition.sections.flatMap((section) => section.fields ?? [])[0];
    field.path = 'project.title';
    const message = parse('x', { definitions: [definition as never] }).diagnostics.find((d) => d.rule === 'invalid-definition')!.message;
    expect(message).toMatch(/definitions\[0\]: sections\[\d+\]\.fields\[\d+\]\.path: the record has no path "project\.title"/u);
  });
});

describe('forty-sixth round (audit A2): a technical-assistance copy cut inside its section 3 text', () => {
  const ta = fixture('shapes/renumbered/technical-assistance-area-text-2007-2013.txt');
  /** Each line hard-wrapped at `width` (greedy, at spaces), as a mail program or an editor wraps. */
  const wrap = (text: string, width: number) =>
    text
      .split('\n')
      .flatMap((line) => {
        const out: string[] = [];
        let current = '';
        for (const word of line.split(' ')) {
          if (current !== '' && current.length + 1 + word.length > width) {
            out.push(current);
            current = word;
          } else current = current === '' ? word : `${current} ${word}`;
        }
        out.push(current);
        return out;
      })
      .join('\n');
  const upTo = (text: string, end: string) => `${text.slice(0, text.indexOf(end) + end.length)}\n`;

  it('hard-wrapped, cut in a sentence that goes on at a name on its own line (`… yhdessä` / `Kainuun lii`), saved with its line break: said cut (was read whole, its funding unsaid)', () => {
    const wrapped = wrap(rewrite(ta, 'Projekti toimii koko Kainuun maakunnan alueella.', 'Projekti toimii koko Kainuun maakunnan alueella yhdessä Kainuun liiton ja kuntien kanssa.'), 60);
    expect(wrapped).toContain('yhdessä\nKainuun liiton');
    const text = upTo(wrapped, '\nKainuun lii');
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', text.trimEnd().split('\n').length]]);
  });

  it('cut inside a web address after one of its dots (`(verkkosivut, www.kainuunliitto.`): said cut, with or without its line break (the dot was read as a sentence\'s end)', () => {
    const full = rewrite(ta, 'raportoimaan tuloksistaan.', 'raportoimaan tuloksistaan (verkkosivut, www.kainuunliitto.fi/hankkeet).');
    for (const text of [upTo(full, 'www.kainuunliitto.'), upTo(full, 'www.kainuunliitto.').trimEnd()]) {
      expect(said(parse(text), 'text-cut-off'), JSON.stringify(text.slice(-3))).toEqual([['warning', lineStarting(text, 'Projektissa neuvotaan')]]);
    }
  });

  it('guard: a sentence ending on a whole address (`… www.kainuunliitto.fi.`) is not said cut by its address', () => {
    const full = rewrite(ta, 'raportoimaan tuloksistaan.', 'raportoimaan tuloksistaan osoitteessa www.kainuunliitto.fi.');
    const text = upTo(full, 'www.kainuunliitto.fi.');
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off' && d.line === lineStarting(text, 'Projektissa neuvotaan'))).toEqual([]);
  });
});
