// Values read wrong with no diagnostic, found by the tenth round of audits (full-length texts whose
// prose looks like structure, unusual but correct values, copies passed through several hands),
// each on a seed with one change: read right now, or said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
const seed001 = readFileSync(`${root}fixtures/seeds/001_870e9aa13936b8c2.txt`, 'utf8');
const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
const page = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');

/** `text` with the line `from` written as `to` (the line must be there). */
const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(`${from}\n`);
  return text.replace(`${from}\n`, `${to}\n`);
};

describe('audit round 10: the sustainability table', () => {
  const explanation = 'Hankkeen toimenpiteissä tuetaan luonnonvarojen käytön kestävyyttä esim. asiakastyössä esitellään jätteiden lajittelua, roskaamisen vähentämistä sekä kierrätystä.';
  it('reads a short last line of an explanation (a list item) as that explanation, not as the category of every row below', () => {
    for (const last of ['kierrätys', 'Kierrätys ja hyötykäyttö']) {
      const text = rewrite(seed004, explanation, `Asiakastyössä esitellään esimerkiksi:\njätteiden lajittelu\n${last}`);
      for (const shape of [null, 'noblank'] as const) {
        const result = parse(shape === null ? text : deriveShape(text, shape));
        const rows = result.record!.horizontalPrinciples.sustainableDevelopment;
        expect(rows[0].text, `${last} ${shape}`).toBe(`Asiakastyössä esitellään esimerkiksi:\njätteiden lajittelu\n${last}`);
        expect(rows.slice(0, 5).map((r) => r.category), `${last} ${shape}`).toEqual(Array(5).fill('Ekologinen kestävyys'));
        expect(rows[5].category).toBe('Taloudellinen kestävyys');
        // A capitalised one may be a category written otherwise: said at its line.
        const said = result.diagnostics.filter((d) => d.rule === 'heading-variant' && d.message.startsWith(`"${last}"`));
        expect(said.map((d) => [d.severity, d.path]), `${last} ${shape}`).toEqual(last === 'kierrätys' ? [] : [['warning', '/horizontalPrinciples/sustainableDevelopment/0']]);
      }
    }
  });
});

describe('audit round 10: copies passed through several hands', () => {
  it('a printed copy\'s running header after its page count (the project\'s name, code or print date), or its code alone, is no part of the summary', () => {
    const summary = parse(seed004).record!.summary;
    const paragraph = seed004.split('\n').find((l) => l.startsWith('Sosiaalisen kuntoutuksen haasteena'))!;
    for (const breakLines of [['Sivu 2 (5)', 'Välittävät verkostot'], ['2/5', 'S20078'], ['Sivu 2 (5)', '30.11.2026'], ['2', 'Välittävät verkostot'], ['Projektin kuvaus S20078'], ['14.2.2019 10.12 Välittävät verkostot - Rakennerahastot']]) {
      const text = rewrite(seed004, paragraph, `${paragraph}\n\n${breakLines.join('\n\n')}`);
      const result = parse(text);
      expect(result.record!.summary, breakLines.join(' / ')).toBe(summary);
      expect(result.unmapped, breakLines.join(' / ')).toEqual([]);
      expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').length, breakLines.join(' / ')).toBe(breakLines.length);
    }
  });
  it('guard: the project\'s name with its code below an empty label is the name', () => {
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi:\n\nS20078 Välittävät verkostot');
    expect(parse(text).record!.project.name).toBe('S20078 Välittävät verkostot');
  });
  it('a value a printed copy broke over a page (`… liikenne- ja` / `Sivu 2 (5)` / header / `ympäristökeskus`) is read whole', () => {
    const text = rewrite(seed004, 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja\n\nSivu 1 (4)\n\nEuroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\n\nympäristökeskus');
    for (const shape of [null, 'noblank'] as const) {
      const result = parse(shape === null ? text : deriveShape(text, shape));
      expect(result.record!.project.managingAuthority, String(shape)).toBe('Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus');
      expect(result.unmapped, String(shape)).toEqual([]);
    }
  });
  it('a running header below a page break inside a value is not its end (only a line going on in lower case is)', () => {
    const text = rewrite(seed004, 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja\nSivu 1 (4)\nS20078 Työelämän ulkopuolella\nympäristökeskus');
    expect(parse(deriveShape(text, 'noblank')).record!.project.managingAuthority).toBe('Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus');
  });
  it('an address broken at a hyphen at a line end is said: the hyphen may be the address\'s own (`www.ely-` / `keskus.fi`)', () => {
    const text = rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', 'Yhteyshenkilön sähköpostisoite: anne-mari.multas-\nkoski(at)ksak.fi');
    const copy = deriveShape(text, 'noblank');
    const result = parse(copy);
    expect(result.record!.contact.email).toBe('anne-mari.multaskoski@ksak.fi');
    const said = result.diagnostics.filter((d) => d.rule === 'value-wrapped' && d.path === '/contact/email' && d.severity === 'warning');
    expect(said.map((d) => d.line)).toEqual([copy.split('\n').indexOf('koski(at)ksak.fi') + 1]);
    expect(said[0].message).toContain('"anne-mari.multas-koski(at)ksak.fi"');
  });
  it('a page\'s back-to-top link right below a text\'s last line is no part of the text', () => {
    const lines = page.split('\n');
    // The last line of the results' text: the last non-blank line before the next heading.
    const next = lines.indexOf('Ratkaisun kuvaus');
    let last = next - 1;
    while (lines[last] === '') last--;
    const expected = parse(page).record!.projectPage.results;
    expect(expected!.endsWith(lines[last])).toBe(true);
    for (const link of ['Sivun alkuun', '↑ Sivun alkuun', 'Takaisin ylös', 'Palaa hakuun']) {
      const text = [...lines.slice(0, last + 1), link, ...lines.slice(last + 1)].join('\n');
      const result = parse(text);
      expect(result.record!.projectPage.results, link).toBe(expected);
      expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.line === last + 2), link).toBe(true);
    }
  });
  it('a page forwarded by e-mail: the mail\'s headers are not the page\'s title and tagline', () => {
    const mail = ['Lähettäjä: Mikko Virtanen <mikko.virtanen@example.fi>', 'Lähetetty: tiistai 12. maaliskuuta 2019 10.14', 'Vastaanottaja: Anna Salo <anna.salo@example.fi>', 'Aihe: VS: hankekuvaus', '', 'Hei,', '', 'tässä pyytämäsi kuvaus.', '', '-----Alkuperäinen viesti-----', 'Lähettäjä: ESR-rekisteri', 'Aihe: Hankekuvaus', ''];
    for (const text of [[...mail, page].join('\n'), [...mail, ...page.split('\n').map((l) => (l === '' ? '>' : `> ${l}`))].join('\n')]) {
      const result = parse(text);
      expect(result.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
      expect(result.record!.project.tagline).toBe('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.');
      expect(result.unmapped.map((u) => u.line)).toEqual([1, 6, 8, 10]);
    }
  });
});

describe('audit round 10: unusual but correct values', () => {
  it('a Y-tunnus with a remark after it is read, the remark said (it was the whole value, with an invalid-business-id error)', () => {
    // A remark that names an organisation may be an entry of its own: a warning.
    for (const [remark, severity] of [['0832600-5 (päätoteuttaja)', 'info'], ['0832600-5, ALV-rekisterissä', 'info'], ['0832600-5 – Kuusamon kaupunki', 'warning']]) {
      const result = parse(rewrite(seed004, 'Y-tunnus: 0832600-5', `Y-tunnus: ${remark}`));
      expect(result.record!.organisation.businessId, remark).toBe('0832600-5');
      expect(result.ok, remark).toBe(true);
      expect(result.diagnostics.filter((d) => d.path === '/organisation/businessId').map((d) => [d.severity, d.rule]), remark).toEqual([[severity, 'normalised-value']]);
    }
    // A remark with another Y-tunnus in it (`(nyk. 2229500-6)`): which is the organisation's is not told; not read.
    const two = parse(rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus: 0832600-5 (nyk. 2229500-6)'));
    expect(two.record!.organisation.businessId).toBe('0832600-5 (nyk. 2229500-6)');
    expect(two.diagnostics.filter((d) => d.path === '/organisation/businessId').map((d) => [d.severity, d.rule])).toEqual([['error', 'invalid-business-id']]);
  });
  it('a Y-tunnus broken after its hyphen is joined: the organisation\'s, and a co-implementer\'s (whose entry took the next entry\'s name)', () => {
    expect(parse(deriveShape(rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus: 0832600-\n5'), 'noblank')).record!.organisation.businessId).toBe('0832600-5');
    expect(parse(rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus: 0832600-\n5')).record!.organisation.businessId).toBe('0832600-5');
    const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
    const tidy = parse(joint).record!.organisation.coImplementers;
    const broken = parse(joint.replace('Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0', 'Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-\n0'));
    expect(broken.record!.organisation.coImplementers).toEqual(tidy);
    expect(broken.unmapped).toEqual([]);
  });
  it('a last sentence that mentions cookies is text, not a cookie notice; a notice still is furniture', () => {
    const sentence = 'Palvelun käyttöä seurattiin evästeiden avulla, ja sivusto jää kaupungin ylläpitoon.';
    const base = seed004.trimEnd();
    const result = parse(`${base}\n${sentence}\n`);
    expect(result.record!.finalReportSummary!.endsWith(sentence)).toBe(true);
    const notice = parse(`${base}\n\nKäytämme sivustollamme evästeitä parantaaksemme käyttökokemusta.\nHyväksy kaikki evästeet\n`);
    expect(notice.record!.finalReportSummary).toBe(parse(seed004).record!.finalReportSummary);
    expect(notice.diagnostics.filter((d) => d.rule === 'page-furniture').length).toBe(2);
  });
  it('a page title that reads like page furniture (`Saavutettavuus`, pipes) above a tagline: the tagline is read as the title, and said (the lines do not tell it from a menu above a title that is a sentence)', () => {
    const tagline = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';
    for (const title of ['Saavutettavuus', 'TYÖ | OSAAMINEN | HYVINVOINTI']) {
      const result = parse(rewrite(page, 'Osallisuuden askeleet työllistymispoluille', title));
      expect(result.record!.project.name, title).toBe(tagline);
      const said = result.diagnostics.filter((d) => d.rule === 'heading-variant');
      expect(said.map((d) => [d.severity, d.line, d.path]), title).toEqual([['warning', 3, '/project/name']]);
      expect(said[0].message, title).toContain(`("${title}")`);
    }
  });
});

describe('audit round 10: what the review of the fixes found', () => {
  it('guard: cookie notices in other words are furniture, at a text\'s end and above a page\'s title', () => {
    const expected = parse(seed004).record!.finalReportSummary;
    for (const notice of ['Käyttämällä sivustoa annat suostumuksesi evästeiden käyttöön.', 'Sivustolla on käytössä evästeitä.', 'Tämä sivusto tallentaa evästeitä laitteellesi.', 'Keräämme evästeiden avulla tietoa sivuston käytöstä.', 'Sallitko evästeet?', 'By continuing to browse the site, you are agreeing to our use of cookies.', 'Cookies help us deliver our services.']) {
      expect(parse(`${seed004.trimEnd()}\n\n${notice}\n`).record!.finalReportSummary, notice).toBe(expected);
      expect(parse(`${notice}\n\n${page}`).record!.project.name, notice).toBe('Osallisuuden askeleet työllistymispoluille');
    }
  });
  it('guard: a sustainability category written otherwise below an explanation is still the category of the rows below it, said', () => {
    const rows = (text: string) => parse(text).record!.horizontalPrinciples.sustainableDevelopment;
    const tidy = rows(seed004);
    for (const variant of ['sosiaalinen ja kulttuurinen kestävyys', 'Taloudellinen kestävyy']) {
      const original = variant.startsWith('sos') ? 'Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus' : 'Taloudellinen kestävyys';
      const text = rewrite(seed004, original, variant);
      const read = rows(text);
      expect(read.map((r) => r.category === variant ? original : r.category), variant).toEqual(tidy.map((r) => r.category));
      expect(read.map((r) => r.text), variant).toEqual(tidy.map((r) => r.text));
      expect(parse(text).diagnostics.filter((d) => d.rule === 'heading-variant').map((d) => d.severity), variant).toEqual(['warning']);
    }
  });
  it('guard: one line that reads like a mail header (`Aihe: …` as the tagline, `Subject:` under the title) does not take a page\'s title away', () => {
    const tagline = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';
    for (const [from, to] of [[tagline, 'Aihe: työttömien henkilöiden työ- ja toimintakyky'], [tagline, 'Subject: työ- ja toimintakyky']]) {
      expect(parse(rewrite(page, from, to)).record!.project.name, to).toBe('Osallisuuden askeleet työllistymispoluille');
    }
  });
  it('a co-implementer whose Y-tunnus comes first, broken after its hyphen, is one entry; an entry with two Y-tunnus is said', () => {
    const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
    const broken = parse(joint.replace('Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0', '1957402-\n0 Pohjoisen työvalmennus, palvelut ja koulutus ry'));
    expect(broken.record!.organisation.coImplementers).toEqual(parse(joint).record!.organisation.coImplementers);
    const two = parse(joint.replace('Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0', 'Pohjoisen työvalmennus ry, 1957402-0 – hallinnoija Järvikylän kunta 3064219-4'));
    expect(two.diagnostics.filter((d) => d.path === '/organisation/coImplementers/0' && d.severity === 'warning').map((d) => d.message)).toEqual([expect.stringContaining('holds another Y-tunnus')]);
  });
});

describe('audit round 10: prose that looks like structure', () => {
  it('a numbered list in the summary that goes on past the section\'s number (`3. Työkokeilu` under 3) is text, in every shape with blank lines', () => {
    const paragraph = seed004.split('\n').find((l) => l.startsWith('Sosiaalisen kuntoutuksen haasteena'))!;
    const list = 'Hankkeen toteutus etenee neljässä vaiheessa:\n\n1. Kartoitus\n\n2. Valmennus\n\n3. Työkokeilu\n\n4. Jatkopolku\n\nLopuksi arvioidaan tulokset.';
    const text = rewrite(seed004, paragraph, `${paragraph}\n\n${list}`);
    const result = parse(text);
    expect(result.record!.summary!).toContain(list);
    expect(result.unmapped).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section')).toEqual([]);
  });
  it('a sub-numbered heading of the section above its own colon sentences (`6.2.1 Aikataulu` / `Vuosi 2008: …`) is text', () => {
    const first = seed001.split('\n').find((l) => l.startsWith('Vuosi 2008:'))!;
    const text = rewrite(seed001, first, `6.2.1 Aikataulu\n\n${first}`);
    const result = parse(text);
    expect(result.record!.communication.disseminationPlan).toBe(`6.2.1 Aikataulu\n\n${parse(seed001).record!.communication.disseminationPlan}`);
    expect(result.unmapped).toEqual([]);
  });
  it('a flattened copy whose 8.1 lacks its last fields, with the final report starting `Innovatiivisuus: projektissa …`: the field read from that sentence is said', () => {
    const text = seed001
      .replace('Innovatiivisuus: Selvästi innovatiivisia tuloksia tuottava projekti\n\nValtakunnallisen osion kehittämisohjelma\n\nVälityömarkkinat/siirtymätyömarkkinat\n\n', '')
      .replace('9. Loppuraportin tiivistelmä\n\n', '9. Loppuraportin tiivistelmä\n\nInnovatiivisuus: projektissa kehitetty malli on alueella uusi.\n');
    const flat = deriveShape(text, 'flat');
    const result = parse(flat);
    const line = flat.split('\n').indexOf('Innovatiivisuus: projektissa kehitetty malli on alueella uusi.') + 1;
    expect(result.diagnostics.filter((d) => d.rule === 'label-in-text' && d.line === line).map((d) => [d.severity, d.path])).toEqual([['warning', '/classification/innovativeness']]);
  });
});

describe('audit round 10: what the second review of the fixes found', () => {
  it('guard: a field line or a value below an empty label after a page count is no running header', () => {
    const code = parse(rewrite(seed004, 'Hankekoodi: S20078', 'Sivu 1 (5)\n\nHankekoodi: S20078'));
    expect(code.record!.project.code).toBe('S20078');
    expect(code.ok).toBe(true);
    const start = page.split('\n').find((l) => l.startsWith('Aloituspäivä:'))!;
    const date = start.replace(/^Aloituspäivä:\s*/, '');
    for (const between of ['Sivu 2 (3)', '- 2 -']) {
      const result = parse(rewrite(page, start, `Aloituspäivä:\n${between}\n${date}`));
      expect(result.record!.project.period.start, between).toBe(parse(page).record!.project.period.start);
    }
  });
  it('guard: a line of an agenda (a date, a time and what happens) and a figure alone in a sentence of a copy with blank lines are text', () => {
    const paragraph = seed004.split('\n').find((l) => l.startsWith('Sosiaalisen kuntoutuksen haasteena'))!;
    const agenda = parse(rewrite(seed004, paragraph, `${paragraph}\n\n12.3.2015 klo 9.00 Avaus ja tervetuloa, Kuusamon kaupunki\n1.6.2018 13:00 Osallisuusmessut Vaasan torilla`));
    expect(agenda.record!.summary).toContain('12.3.2015 klo 9.00 Avaus ja tervetuloa, Kuusamon kaupunki\n1.6.2018 13:00 Osallisuusmessut Vaasan torilla');
    const figure = parse(rewrite(seed004, paragraph, `${paragraph}\n\nHankkeessa ohjataan vuosittain noin\n80\nasiakasta.`));
    expect(figure.record!.summary).toContain('noin\n80\nasiakasta.');
  });
  it('guard: a line in lower case after a blank line below a co-implementer entry without its Y-tunnus is not glued to it', () => {
    const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
    const result = parse(joint.replace('Pohjoisen työvalmennus, palvelut ja koulutus ry, 1957402-0', 'Pohjoisen työvalmennus, palvelut ja koulutus ry\n\nsekä muut alueen toimijat'));
    expect(result.record!.organisation.coImplementers[0]).toEqual({ name: 'Pohjoisen työvalmennus, palvelut ja koulutus ry', businessId: null });
  });
  it('guard: a page title that is a question, below a furniture line and without a tagline, is the title, unsaid', () => {
    const tagline = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';
    const text = rewrite(rewrite(page, 'Osallisuuden askeleet työllistymispoluille', 'Tulosta\n\nOsallisuutta kaikille?'), `${tagline}\n`, '');
    const result = parse(text);
    expect(result.record!.project.name).toBe('Osallisuutta kaikille?');
    expect(result.diagnostics.filter((d) => d.rule === 'heading-variant')).toEqual([]);
  });
});

describe('audit round 10: validate as CI uses it', () => {
  it('a transfer recipient\'s Y-tunnus with a wrong check digit is an error, as a co-implementer\'s is', () => {
    const text = readFileSync(`${root}fixtures/shapes/co-implementers/empty-block-and-transfer.txt`, 'utf8').replace('Harjulan nuorisoseura ry, 3150824-5', 'Harjulan nuorisoseura ry, 3150824-4');
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-business-id').map((d) => [d.severity, d.path])).toEqual([['error', '/organisation/transferRecipients/1']]);
  });
  it('a draft that stops after its first lines, saved without a final line break, fails: the cut took required fields away', () => {
    const draft = seed004.slice(0, seed004.indexOf('Toimintalinja:')).trimEnd();
    const result = parse(draft);
    expect(result.ok).toBe(false);
    const cut = result.diagnostics.filter((d) => d.severity === 'error');
    expect(cut.map((d) => d.rule)).toEqual(['text-cut-off']);
    expect(cut[0].message).toContain('"Hakijan virallinen nimi"');
    // Cut in the last section, with every required field read: a warning.
    const late = parse(seed004.trimEnd().slice(0, -20));
    expect(late.ok).toBe(true);
    expect(late.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.severity)).toEqual(['warning']);
  });
  it('a required value written as a mark of nothing (`...`, `?`, `(tyhjä)`, `TBD`) is missing', () => {
    for (const mark of ['...', '…', '?', '(tyhjä)', 'TBD', '- -']) {
      const result = parse(rewrite(seed004, 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', `Vastuuviranomainen: ${mark}`));
      expect(result.record!.project.managingAuthority, mark).toBeNull();
      expect(result.diagnostics.filter((d) => d.rule === 'missing-field' && d.severity === 'error').map((d) => d.path), mark).toEqual(['/project/managingAuthority']);
    }
  });
});

describe('audit round 10: families against their tidy form', () => {
  it('a page of the 2014–2020 programme starting after 2020, without an EURA id, is of 2014–2020; a page that does not tell is said', () => {
    const eura = page.split('\n').find((l) => l.startsWith('EURA-tunnus:'))!;
    const start = page.split('\n').find((l) => l.startsWith('Aloituspäivä:'))!;
    const bar = page.split('\n').find((l) => l.includes(' | ') && l.startsWith('Toimintalinja'))!;
    const late = rewrite(rewrite(rewrite(page, eura, 'EURA-tunnus:'), start, 'Aloituspäivä: 01.03.2021'), bar, bar.replace(/\d{2}\.\d{2}\.\d{4} – /, '01.03.2021 – '));
    const result = parse(late);
    expect(result.record!.programmePeriod).toBe('2014-2020');
    expect(result.diagnostics.filter((d) => d.path === '/programmePeriod').map((d) => d.severity)).toEqual(['info']);
    const untold = parse(rewrite(late, 'Aloituspäivä: 01.03.2021', 'Aloituspäivä: 01.03.2025'));
    expect(untold.record!.programmePeriod).toBeNull();
    expect(untold.diagnostics.filter((d) => d.path === '/programmePeriod').map((d) => [d.severity, d.rule])).toEqual([['warning', 'missing-field']]);
  });
  it('a 2007–2013 copy cut right after a heading\'s number and its dot (`2.`) stops in section 1: section 2 is cut away, not missing, and opens no text section', () => {
    const text = seed001.slice(0, seed001.indexOf('2. Projektin toteuttaja') + 2);
    const result = parse(text);
    expect(result.record!.targetArea.description).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'missing-field' || d.rule === 'missing-section')).toEqual([]);
    const cut = result.diagnostics.filter((d) => d.rule === 'text-cut-off');
    expect(cut.map((d) => d.severity)).toEqual(['error']);
    expect(cut[0].message).toContain('stops here in section 1');
  });
  it('a copy cut inside a score row\'s explanation keeps the row\'s scores (only the row\'s own line is not trusted)', () => {
    // Cut mid-word, without a final line break: the copy is seen as cut at its last line.
    const explanation = 'Hankkeen toimenpiteissä tuetaan luonnonvarojen käytön kestä';
    const text = seed004.slice(0, seed004.indexOf(explanation) + explanation.length);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off')).toHaveLength(1);
    const rows = parse(text).record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows.map((r) => [r.criterion, r.direct, r.indirect])).toEqual([['Luonnonvarojen käytön kestävyys', 6, 9]]);
    expect(parse(text).diagnostics.filter((d) => d.rule === 'value-cut-off')).toEqual([]);
  });
});

describe('audit round 10: what the third review of the fixes found', () => {
  it('guard: a page of another programme starting 2021–2023 whose EURA id is of another form is not read as 2014–2020', () => {
    const eura = page.split('\n').find((l) => l.startsWith('EURA-tunnus:'))!;
    const start = page.split('\n').find((l) => l.startsWith('Aloituspäivä:'))!;
    const result = parse(rewrite(rewrite(page, eura, 'EURA-tunnus: EURA2021/4211'), start, 'Aloituspäivä: 01.03.2022'));
    expect(result.record!.programmePeriod).toBeNull();
    expect(result.diagnostics.filter((d) => d.path === '/programmePeriod').map((d) => d.severity)).toEqual(['warning']);
  });
  it('guard: cookie questions and consent lines at a text\'s end are furniture', () => {
    const expected = parse(seed004).record!.finalReportSummary;
    for (const notice of ['Haluatko hyväksyä kaikki evästeet?', 'Hyväksytkö evästeiden käytön tällä sivustolla?', 'Käyttämällä tätä sivustoa suostut evästeisiin.']) {
      expect(parse(`${seed004.trimEnd()}\n\n${notice}\n`).record!.finalReportSummary, notice).toBe(expected);
    }
  });
  it('guard: --redact: a first name written in capitals is no degree (`TUIJA ESIMERKKI`)', async () => {
    const { textRedactor, REDACTED } = await import('../src/redact.js');
    const result = { record: { contact: { name: 'TUIJA ESIMERKKI', title: null, email: null, phone: null }, organisation: { phone: null } }, diagnostics: [] } as unknown as Parameters<typeof textRedactor>[0];
    expect(textRedactor(result)('Lisätietoja: Esimerkki Tuija.')).toBe(`Lisätietoja: ${REDACTED}.`);
  });
  it('a running header led by the code after a page count, `EURA 2014 | Hankkeen kuvaus | S…`, a browser header with a site\'s domain, and a page number inside a sentence of a wrapped copy with blank lines are furniture', () => {
    const summary = parse(seed004).record!.summary;
    const paragraph = seed004.split('\n').find((l) => l.startsWith('Sosiaalisen kuntoutuksen haasteena'))!;
    for (const lines of [['Sivu 2 (5)', 'S20078 Välittävät verkostot 12.3.2019'], ['EURA 2014 | Hankkeen kuvaus | S20078'], ['14.2.2019 10.12 Välittävät verkostot - Rakennerahastot.fi']]) {
      const result = parse(rewrite(seed004, paragraph, `${paragraph}\n\n${lines.join('\n\n')}`));
      expect(result.record!.summary, lines.join(' / ')).toBe(summary);
    }
  });
  it('a copy whose headings lost their numbers, cut early in section 2, reads its two headings: section 2 is read, the cut said once', () => {
    const plain = seed004.replace('1 Hanke\n', 'Hanke\n').replace('2 Hakijan perustiedot\n', 'Hakijan perustiedot\n');
    const text = plain.slice(0, plain.indexOf('Jakeluosoite:')).trimEnd();
    const result = parse(text);
    expect(result.record!.organisation.name).toBe(parse(seed004).record!.organisation.name);
    // The Y-tunnus on the cut line is whole (its check digit is right): read; no false missing-field error, the cut a warning.
    expect(result.record!.organisation.businessId).toBe('0832600-5');
    expect(result.diagnostics.filter((d) => d.rule === 'value-cut-off')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.severity)).toEqual(['warning']);
  });
  it('a printed copy\'s title repeated as a running header, wider than the copy\'s wrap, does not keep the copy from being seen as hard-wrapped', () => {
    const wrapped = deriveShape(deriveShape(seed004, 'wrap60', 45), 'noblank');
    const lines = wrapped.split('\n');
    const at = Math.floor(lines.length / 3);
    const text = [...lines.slice(0, at), 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus', ...lines.slice(at)].join('\n');
    const tidy = parse(wrapped).record!;
    const result = parse(text);
    expect(result.record!.funding).toEqual(tidy.funding);
    expect(result.record!.organisation.name).toBe(tidy.organisation.name);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('a copy quoted with `|` as some mail programs quote is read without the marks, said', () => {
    const quoted = seed004.split('\n').map((l) => (l === '' ? '|' : `| ${l}`)).join('\n');
    const result = parse(quoted);
    expect(result.record).toEqual(parse(seed004).record);
    expect(result.diagnostics.filter((d) => d.rule === 'quoted-text').map((d) => d.message)).toEqual([expect.stringContaining('start with "|"')]);
  });
  it('a page whose EURA id and start date are of different programme periods is said (a 2007–2013 project starting in 2014 is not)', () => {
    const eura = page.split('\n').find((l) => l.startsWith('EURA-tunnus:'))!;
    const start = page.split('\n').find((l) => l.startsWith('Aloituspäivä:'))!;
    const wrong = parse(rewrite(page, start, 'Aloituspäivä: 01.03.2009'));
    expect(wrong.diagnostics.filter((d) => d.path === '/programmePeriod').map((d) => [d.severity, d.rule])).toEqual([['warning', 'invalid-value']]);
    const late = parse(rewrite(rewrite(page, eura, 'EURA-tunnus: S12754'), start, 'Aloituspäivä: 01.03.2014'));
    expect(late.record!.programmePeriod).toBe('2007-2013');
    expect(late.diagnostics.filter((d) => d.path === '/programmePeriod')).toEqual([]);
  });
});

describe('audit round 10: the second pass over copies through several hands and full-length texts', () => {
  const roles = parse(page).record!.projectPage.roles;
  it('a page\'s contact block after its roles, in a copy without blank lines, is no role: an unknown section, said', () => {
    const text = deriveShape(`${page.trimEnd()}\n\nYhteystiedot\n\nSari Lindqvist-Mäkelä\nprojektipäällikkö\nsari.lindqvist-makela(at)hamk.fi\n`, 'noblank');
    const result = parse(text);
    expect(result.record!.projectPage.roles).toEqual(roles);
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-section').length).toBe(1);
  });
  it('a page\'s footer wordings (the site\'s name line, the EU logo\'s line with a comma, a logo, a source line) are not the last role\'s text', () => {
    for (const footer of ['Rakennerahastot.fi – Vipuvoimaa EU:lta 2014–2020', 'Euroopan unioni, Euroopan sosiaalirahasto', 'ESR-logo', 'Kaikki hankkeet', 'Alkuperäinen sivu: https://www.rakennerahastot.fi/hanke/S21457']) {
      expect(parse(`${page.trimEnd()}\n\n${footer}\n`).record!.projectPage.roles, footer).toEqual(roles);
    }
  });
  it('a reader view\'s reading time or source address between a page\'s title and tagline is neither', () => {
    const title = 'Osallisuuden askeleet työllistymispoluille';
    for (const line of ['Lukuaika: 2 min', '3–4 minuuttia', 'https://www.rakennerahastot.fi/hanke/S21457']) {
      const result = parse(rewrite(page, title, `${title}\n\n${line}`));
      expect(result.record!.project.name, line).toBe(title);
      expect(result.record!.project.tagline, line).toBe('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.');
    }
  });
  it('a forwarded page below a reply line and a separator with the sender alone has its own title', () => {
    const text = ['Lähettäjä: Mikko Virtanen', 'Lähetetty: 12.3.2019 10.14', 'Aihe: VS: kuvaus', '', 'Tässä PDF:stä.', '', '-----Alkuperäinen viesti-----', 'Lähettäjä: ESR-rekisteri', '', page].join('\n');
    expect(parse(text).record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
  });
  it('a scan\'s letter in an indicator\'s figure (`12O`) makes it no count, not a shorter one', () => {
    const result = parse(rewrite(seed000, 'Suunniteltu: 80, joista naisia 35', 'Suunniteltu: 8O, joista naisia 35'));
    expect(result.record!.indicators.participants.planned).toBeNull();
    expect(result.diagnostics.some((d) => d.rule === 'invalid-number' && d.message.includes('8O'))).toBe(true);
  });
  it('Word\'s control characters (a non-breaking hyphen in a Y-tunnus, a manual line break) are read as what they stand for', () => {
    const result = parse(rewrite(seed004, 'Y-tunnus: 0832600-5', 'Y-tunnus: 0832600\u001e5'));
    expect(result.record!.organisation.businessId).toBe('0832600-5');
    expect(result.ok).toBe(true);
  });
  it('a scan\'s stray bar before a numbered heading (`|9 Loppuraportin tiivistelmä`, `| 4.2 …`) does not run the section into the one before', () => {
    const tidy = parse(seed004).record!;
    for (const [heading, bar] of [['9 Loppuraportin tiivistelmä', '|9 Loppuraportin tiivistelmä'], ['4.2 Välilliset kohderyhmät', '| 4.2 Välilliset kohderyhmät']]) {
      const result = parse(rewrite(seed004, heading, bar));
      expect(result.record!.finalReportSummary, bar).toBe(tidy.finalReportSummary);
      expect(result.record!.targetGroups, bar).toEqual(tidy.targetGroups);
    }
  });
  it('an address with a place after its comma and no postal code is kept whole as the street, said', () => {
    const street = seed001.split('\n').find((l) => l.startsWith('Osoite:'))!;
    const result = parse(rewrite(seed001, street, 'Osoite: Mannerheimintie 166, Helsinki'));
    expect(result.record!.organisation.address).toEqual({ street: 'Mannerheimintie 166, Helsinki', postalCode: null, city: null });
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-value' && d.path === '/organisation/address').map((d) => d.severity)).toEqual(['warning']);
  });
  it('a specific objective\'s code a scan misread (`l0.l.`) is no code, said', () => {
    const line = seed004.split('\n').find((l) => l.startsWith('Erityistavoite:'))!;
    const misread = line.replace(/(\d+)\.(\d+)/, (_, a: string, b: string) => `${a.replace(/1/g, 'l')}.${b.replace(/1/g, 'l')}`);
    expect(misread).not.toBe(line);
    const result = parse(rewrite(seed004, line, misread));
    expect(result.record!.project.specificObjective!.code).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-value' && d.path === '/project/specificObjective').length).toBe(1);
  });
  it('fields a web form joined on one line with `; ` are read without the separator (it made the code and Y-tunnus false errors)', () => {
    expect(seed004).toContain('Hankekoodi: S20078\n\nHankkeen nimi: Välittävät verkostot\n');
    const joined = seed004.replace('Hankekoodi: S20078\n\nHankkeen nimi: Välittävät verkostot\n', 'Hankekoodi: S20078; Hankkeen nimi: Välittävät verkostot\n');
    const result = parse(joined);
    expect(result.record!.project.code).toBe('S20078');
    expect(result.record!.project.name).toBe('Välittävät verkostot');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
  it('an address with Outlook\'s link after it (`a@x.fi<mailto:a@x.fi>`) is read, noted', () => {
    const result = parse(rewrite(seed004, 'Yhteyshenkilön sähköpostisoite: anne.multas(at)ksak.fi', 'Yhteyshenkilön sähköpostisoite: anne.multas@ksak.fi<mailto:anne.multas@ksak.fi>'));
    expect(result.record!.contact.email).toBe('anne.multas@ksak.fi');
    expect(result.diagnostics.filter((d) => d.rule === 'invalid-email')).toEqual([]);
  });
  it('a page\'s role whose text is only a person\'s contact details (a contact block under a heading the vocabulary lacks) is said', () => {
    const result = parse(`${page.trimEnd()}\n\nKysy lisää\n\nSari Lindqvist-Mäkelä\nprojektipäällikkö\nsari.lindqvist-makela(at)hamk.fi\n`);
    const said = result.diagnostics.filter((d) => d.rule === 'ambiguous-role' && d.message.includes('contact details'));
    expect(said.map((d) => d.severity)).toEqual(['warning']);
  });
});
