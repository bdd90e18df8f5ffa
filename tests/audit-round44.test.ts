// What the forty-fourth round found: each reproduced on a small invented text or an edited fixture,
// read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
const edit = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
/** The line number of the text's first line that starts so. */
const lineStarting = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);
const cutAt = (result: Result) => result.diagnostics.filter((d) => d.rule === 'text-cut-off' && d.severity !== 'info').map((d) => d.line);

/** A technical-assistance description of 2007–2013 (invented), section 3 one text, the funding numbered 4 as the register prints it. */
const assistance = fixture('shapes/renumbered/technical-assistance-area-text-2007-2013.txt');
/** The same down to section 3's heading, then `lines`. */
const assistanceCut = (...lines: string[]) => `${assistance.slice(0, assistance.indexOf('Projekti toimii koko Kainuun'))}${lines.join('\n')}\n`;

describe('forty-fourth round: a description of the register read without a false alarm', () => {
  it('`4. Projektin julkinen rahoitus, euroa` of a technical-assistance description is an info, as the register numbers it (a warning failed `validate --strict` on every such copy)', () => {
    const result = parse(assistance);
    expect(said(result, 'heading-renumbered')).toEqual([['info', lineStarting(assistance, '4. Projektin julkinen rahoitus')]]);
    expect(result.record!.funding.grantedEuAndState).not.toBeNull();
    // (Another number than the layout's `alsoNumbered` is still a warning.)
    const other = edit(assistance, '4. Projektin julkinen rahoitus, euroa', '6. Projektin julkinen rahoitus, euroa');
    expect(said(parse(other), 'heading-renumbered')).toEqual([['warning', lineStarting(other, '6. Projektin julkinen rahoitus')]]);
  });
});

describe('forty-fourth round: copies cut and saved with their line break, said', () => {
  it('section 3 cut inside a word on the second line of a hard-wrapped sentence of few long words', () => {
    const text = assistanceCut('Projektiin kuuluu rakennerahastoviestintään liittyvä', 'tiedottam');
    const result = parse(text);
    expect(result.record!.targetArea.description).toBe('Projektiin kuuluu rakennerahastoviestintään liittyvä\ntiedottam');
    expect(cutAt(result)).toEqual([lineStarting(text, 'tiedottam')]);
  });

  it('a hard-wrapped line that goes on inside a bracket (`(kunnat, oppilaitokset` …) is the sentence going on, no list\'s item', () => {
    const text = assistanceCut('Projekti neuvoo rakennerahastohankkeiden hakijoita monin tavoin', '(hakuinfot, verkkosivut, koulutuksia hanketoimijoil');
    expect(cutAt(parse(text))).toEqual([lineStarting(text, '(hakuinfot')]);
    const further = assistanceCut('Projekti neuvoo rakennerahastohankkeiden hakijoita monin tavoin', '(hakuinfot, verkkosivut, koulutukset jne.) Kainuun', 'alueella. Neuvont');
    expect(cutAt(parse(further))).toEqual([lineStarting(further, 'alueella. Neuvont')]);
    // (Cut right after the bracket, `… tavoin (…, koulutukset jne.)`, a copy may as well end whole —
    // people leave the full stop out after `jne.)` —: not said. Review R.)
    const closed = assistanceCut('Projekti neuvoo hakijoita monin tavoin (hakuinfot, verkkosivut, koulutukset jne.)');
    expect(cutAt(parse(closed))).toEqual([]);
  });

  it('a text cut right after an abbreviation a sentence goes on after (`mm.`, `esim.`), with its line break', () => {
    for (const abbreviation of ['esim.', 'ns.', 'vrt.']) {
      const text = assistanceCut(`Projekti toimii koko Kainuun maakunnan alueella. Sen kohderyhmiä ovat ${abbreviation}`);
      expect(cutAt(parse(text)), abbreviation).toEqual([lineStarting(text, 'Projekti toimii')]);
    }
  });

  it('guard: a whole last line ending in a unit or a phrase\'s abbreviation after a figure or a capital (`32 mm.`, `VAT incl.`) is no cut (review R)', () => {
    // (Nor one that ends a sentence in another language, saved with its line break: Swedish `mm.`, med mera. Review R2.)
    for (const end of ['Paneelien paksuus on 32 mm.', 'Hinnat ovat VAT incl.', 'Projektet erbjuder kurser och praktikplatser mm.', 'Prices are shown with taxes incl.']) {
      const text = assistanceCut(`Projekti toimii koko Kainuun maakunnan alueella. ${end}`);
      expect(cutAt(parse(text)), end).toEqual([]);
    }
    expect(cutAt(parse(assistance))).toEqual([]);
  });
});

const seed1420 = fixture('seeds/004_3bb6e26593869c78.txt');

describe('forty-fourth round: what the converters leave', () => {
  it('a print\'s running header on every page\'s top, after each form feed, is furniture whatever its words (it went into the text of the section the page broke in, unsaid)', () => {
    const header = 'Euroopan sosiaalirahasto – EURA 2014';
    const text = `${header}\n\n${edit(seed1420, '\n9 Loppuraportin tiivistelmä\n', `\n9 Loppuraportin tiivistelmä\n\nSivu 1/2\n\f${header}\n`)}\n\nSivu 2/2\n\f`;
    const result = parse(text);
    expect(result.record!.finalReportSummary).toBe(parse(seed1420).record!.finalReportSummary);
    expect(JSON.stringify(result.record)).not.toContain('EURA 2014');
    const furniture = result.diagnostics.filter((d) => d.rule === 'page-furniture' && d.message.includes(header)).map((d) => d.line);
    expect(furniture).toEqual([1, lineStarting(text, `\f${header}`)]);
  });

  it('guard: a field\'s line, a one-word answer, or a value at two pages\' tops the text\'s first line is not, stay the text\'s (review R)', () => {
    // (The same field's line at two pages' tops: `Suunniteltu: 20` under 7.1 and 7.2.)
    const twice = edit(edit(seed1420, '\nSuunniteltu: 20\n', '\nSivu 1/3\n\fSuunniteltu: 20\n'), '\nSuunniteltu: 310\n', '\nSivu 2/3\n\fSuunniteltu: 20\n');
    expect(parse(twice).record!.indicators.participants.planned?.total).toBe(20);
    expect(parse(twice).record!.indicators.participatingCompanies.planned?.total).toBe(20);
    // (A value below its empty label at one page's top, the same at another's, the text's first line another.)
    const named = `${edit(seed1420, '\nHakijan virallinen nimi: KSAK Oy\n', '\nHakijan virallinen nimi:\nSivu 1/3\n\fKSAK Oy Kuusamo\n')}\nSivu 3/3\n\fKSAK Oy Kuusamo\n\nLisätietoja hankkeesta.\n`;
    expect(parse(named).record!.organisation.name).toBe('KSAK Oy Kuusamo');
  });

  it('guard: a value below its empty label at one page\'s top, the same as the text\'s first line, stays the value', () => {
    const name = 'Askel eteenpäin Kuusamossa';
    const text = `${name}\n\n${edit(seed1420, /Hankkeen nimi: .*\n/u.exec(seed1420)![0], `Hankkeen nimi:\nSivu 1/2\n\f${name}\n`)}`;
    expect(parse(text).record!.project.name).toBe(name);
  });

  it('an e-mail\'s quoted-printable source whose only encoded characters are punctuation (an English text\'s `=E2=80=93`) is decoded', () => {
    const english = fixture('shapes/english/react-eu-english.txt');
    const name = /Project name: (.*)/u.exec(english)![1];
    // (As a mail program writes its source: every other character that is no ASCII encoded too, a long line broken with `=`.)
    const encoded = english.replace(/[^\x00-\x7f]/gu, (c) => Buffer.from(c).toString('hex').toUpperCase().replace(/(..)/gu, '=$1'));
    const source = edit(encoded, `Project name: ${name}`, `Project name: ${name} =E2=80=93 pilot`).replace(/^(.{70})(.{6,})$/mu, '$1=\n$2');
    expect(encoded).not.toContain('=C3=');
    expect(source).toContain('=\n');
    const result = parse(source);
    expect(result.record!.project.name).toBe(`${name} – pilot`);
    expect(said(result, 'encoding')).toEqual([['warning', undefined]]);
  });

  it('a word processor\'s non-breaking hyphen (U+2011) reads as `-` in every value, said once', () => {
    const text = edit(seed1420, 'Maakunnat: Pohjois-Pohjanmaa', 'Maakunnat: Pohjois\u2011Pohjanmaa');
    const result = parse(text);
    expect(result.record!.targetArea.regions).toEqual(['Pohjois-Pohjanmaa']);
    expect(result.diagnostics.filter((d) => d.rule === 'invisible-characters').map((d) => d.message.slice(0, 20))).toEqual(['1 typographic hyphen']);
  });
});

/** A short description of 2014–2020 (invented), as far as its summary. */
const short = (code: string, name: string, applicant: string, businessId: string, summary: string, heading = true) =>
  [
    ...(heading ? ['1 Hanke', ''] : []),
    `Hankekoodi: ${code}`,
    '',
    `Hankkeen nimi: ${name}`,
    '',
    'Suunnitelman mukainen toteutusaika: Alkaa 1.9.2018 ja päättyy 31.8.2020',
    '',
    'Vastuuviranomainen: Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus',
    '',
    ...(heading ? ['2 Hakijan perustiedot', ''] : []),
    `Hakijan virallinen nimi: ${applicant}`,
    '',
    `Y-tunnus: ${businessId}`,
    '',
    ...(heading ? ['3 Suunnitelman mukainen tiivistelmä toteutuksesta', ''] : []),
    summary,
    '',
  ].join('\n');
const flat = (text: string) => text.replace(/\n\n+/gu, '\n');

describe('forty-fourth round: two projects in one text, never one record of both', () => {
  const second = short('S22876', 'Kylätalo kuntoon', 'Savonrannan kyläyhdistys ry', '5678904-7', 'Kylätalon korjaus tehdään työllistämällä nuoria rakennusalan harjoittelijoita.');

  it('a copy cut inside its first section, the next project\'s copy below it: the first\'s values only, the cut and the second said (the record took the second\'s period, applicant and summary, ok)', () => {
    const text = `1 Hanke\n\nHankekoodi: S21111\n\nHankkeen nimi: Polkuja pajalle\n\n${second}`;
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(result.record!.project.code).toBe('S21111');
    expect(result.record!.project.period).toEqual({ start: null, end: null });
    expect(result.record!.organisation.name).toBeNull();
    expect(result.record!.summary).toBeNull();
    expect(cutAt(result)).toEqual([lineStarting(text, 'Hankkeen nimi: Polkuja')]);
    const secondStart = result.diagnostics.find((d) => d.rule === 'unknown-section')!;
    expect([secondStart.line, secondStart.message]).toEqual([7, expect.stringContaining('starts a second description')]);
  });

  it('the same flattened (the second starts at its code\'s label): the second, whole, is the record, the cut copy above it in unmapped, said', () => {
    const text = flat(`Hankekoodi: S21111\n\nHankkeen nimi: Polkuja pajalle\n\n${short('S22876', 'Kylätalo kuntoon', 'Savonrannan kyläyhdistys ry', '5678904-7', 'Kylätalon korjaus tehdään työllistämällä nuoria rakennusalan harjoittelijoita.', false)}`);
    const result = parse(text);
    expect([result.record!.project.code, result.record!.project.name, result.record!.organisation.name]).toEqual(['S22876', 'Kylätalo kuntoon', 'Savonrannan kyläyhdistys ry']);
    expect(result.unmapped.map((u) => u.value)).toEqual(expect.arrayContaining([expect.stringContaining('S21111')]));
    expect(said(result, 'unmapped-text')).toEqual([['warning', 1], ['warning', 1]]);
    // (The text above names another project's code: said at the record's project, which it leaves in doubt.)
    expect(result.diagnostics.find((d) => d.message.includes('names another project\'s code'))!.path).toBe('/project');
  });

  it('a cover\'s id lines above a description without its title: the description is the record (the cover was, the description in unmapped)', () => {
    const description = short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille.');
    const another = 'Hankekoodi: S22876\nHankkeen nimi: Kylätalo kuntoon\nHakijan virallinen nimi: Savonrannan kyläyhdistys ry\n\nOhessa toisen hankkeen kuvaus mallina.\n\n';
    // (The same project's above its heading too; in a copy without headings, only another project's: see the guard below.)
    for (const [cover, shapes] of [[another, ['written', 'flat']], ['Hankekoodi: S21111\nHankkeen nimi: Polkuja pajalle\n\n', ['written']]] as const) {
      for (const text of shapes.map((shape) => (shape === 'written' ? cover + description : flat(cover + short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille.', false))))) {
        const result = parse(text);
        expect([result.record!.project.code, result.record!.organisation.name, result.record!.summary], text).toEqual(['S21111', 'Järvilän kaupunki', 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille.']);
        expect(result.ok, text).toBe(true);
        expect(said(result, 'unmapped-text')[0], text).toEqual(['warning', 1]);
      }
    }
  });

  it('guard: the same project\'s id lines above its copy without headings are its fields (the copy may lack one they hold: review R)', () => {
    const copy = flat(short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille.', false)).replace('Hankkeen nimi: Polkuja pajalle\n', '');
    const result = parse(`Hankekoodi: S21111\nHankkeen nimi: Polkuja pajalle\n\n${copy}`);
    expect([result.record!.project.code, result.record!.project.name, result.record!.organisation.name]).toEqual(['S21111', 'Polkuja pajalle', 'Järvilän kaupunki']);
  });

  it('guard: a description pasted twice whole (the same project) is read from its first copy', () => {
    const one = short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille.');
    const result = parse(`${one}\n${one}`);
    expect([result.record!.project.code, result.record!.organisation.name]).toEqual(['S21111', 'Järvilän kaupunki']);
    expect(result.diagnostics.filter((d) => d.rule === 'unmapped-text' && d.line === 1)).toEqual([]);
  });

  it('a description cut inside its summary, another with its title below: the cut is said at the first\'s last line (it was read whole)', () => {
    const title = 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus';
    const first = short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille. Pajalla harjoi');
    const text = `${title}\n\n${first}\n${title}\n\n${second}`;
    const result = parse(text);
    expect(result.record!.summary).toBe('Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille. Pajalla harjoi');
    expect(cutAt(result)).toEqual([lineStarting(text, 'Hankkeessa rakennetaan')]);
    expect(result.diagnostics.find((d) => d.rule === 'text-cut-off')!.message).toContain('a second description follows it');
  });

  it('a whole description, then another project\'s first section heading and its code: the second kept apart (review); printed after the first, from its title on a new page, too', () => {
    const whole = `${seed1420.trimEnd()}\n\n1 Hanke\n\nHankekoodi: S21111\n\nHankkeen nimi: Toinen hanke\n\nVastuuviranomainen: Kainuun ELY-keskus\n`;
    const result = parse(whole);
    expect(result.record!.finalReportSummary).toBe(parse(seed1420).record!.finalReportSummary);
    expect(said(result, 'unknown-section')).toEqual([['warning', whole.split('\n').indexOf('Hankekoodi: S21111') - 1]]);
    const printed = `${seed1420.trimEnd()}\n\f${seed1420.replace('Hankekoodi: S20078', 'Hankekoodi: S21111')}`;
    const both = parse(printed);
    expect(both.record!.finalReportSummary).toBe(parse(seed1420).record!.finalReportSummary);
    expect(both.diagnostics.filter((d) => d.rule === 'unknown-section').map((d) => d.message)).toEqual([expect.stringContaining('starts a second description')]);
  });
});

describe('forty-fourth round: look-alikes refused', () => {
  const body = flat(short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', 'Raportointijaksolla pajoilla oli 42 osallistujaa.', false));
  it('reports, memos, minutes and job advertisements titled otherwise than the list had (they were read, their text the summary)', () => {
    for (const title of ['Polkuja pajalle -hankkeen väliraportti 2/2017', 'Loppuraportti: Polkuja pajalle', 'Polkuja pajalle – loppuraportti', 'MUISTIO', 'Kokousmuistio', 'Tarkastuskertomus', 'Ohjausryhmän pöytäkirja 2/2017', 'Ohjausryhmän kokous 2/2017', 'Työpaikkailmoitus']) {
      const result = parse(`${title}\n\n${body}`);
      expect([result.template, said(result, 'unknown-template')], title).toEqual([null, [['error', 1]]]);
    }
  });

  it('guard: a mail\'s subject naming the description, the description\'s own title, and names with such words (review R) are read', () => {
    for (const title of ['Loppuraportti ja hankkeen kuvaus', 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus', 'Kylämuistio', 'Kylien kertomus', 'Nuorten raportti', 'Tiedote: hanke alkaa', 'Kokous 2030 -hanke']) {
      expect(parse(`${title}\n\n${body}`).template, title).toBe('esr-2014-2020');
    }
  });
});

describe('forty-fourth round: a copy quoted in a Markdown document', () => {
  const description = short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille.');
  it('what stands after the fence that closes the copy is a note, not the last text\'s (a source\'s line went into the summary, unsaid)', () => {
    for (const top of ['```text\n', '# Hankekuvaus\n\n```\n']) {
      const text = `${top}${description}\`\`\`\n\nLähde: EURA 2014 -rekisteri.\n`;
      const result = parse(text);
      expect(result.record!.summary, top).toBe('Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille.');
      expect(result.unmapped.map((u) => u.value), top).toContain('Lähde: EURA 2014 -rekisteri.');
      expect(said(result, 'unmapped-text'), top).toContainEqual(['warning', lineStarting(text, 'Lähde:')]);
    }
  });

  it('guard: a fenced block inside the last section of a fenced copy stays its text (review R2)', () => {
    const block = 'Hankkeessa rakennetaan työpajapolku pitkään työttömänä olleille. Tuotokset löytyvät osoitteista:\n```\nwww.pajapolku.fi\n```\nMateriaalit ovat vapaasti käytettävissä.';
    const text = `\`\`\`text\n${short('S21111', 'Polkuja pajalle', 'Järvilän kaupunki', '1234560-4', block)}\`\`\`\n`;
    expect(parse(text).record!.summary).toBe(block);
  });

  it('guard: a fence inside the text, none opening the copy, is the text\'s', () => {
    const text = `${description}\`\`\`\n\nLähde: EURA 2014 -rekisteri.\n`;
    expect(parse(text).record!.summary).toContain('Lähde: EURA 2014 -rekisteri.');
  });
});

describe('forty-fourth round: a print\'s two-column table as pdftotext -layout writes it', () => {
  it('an 8.1 question broken in its column, its answer after the gap on its first line, is said (it went into the answer above\'s text, unsaid)', () => {
    const text = edit(seed1420, 'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei\n', 'Hankkeen päätavoite on    Ei\nsukupuolten tasa-arvon\nedistäminen:\n');
    const result = parse(text);
    const warned = result.diagnostics.filter((d) => d.rule === 'label-in-text' && d.severity === 'warning').map((d) => d.line);
    expect(warned).toEqual([lineStarting(text, 'Hankkeen päätavoite on    Ei')]);
  });
});
