// Values read wrong found by the sixteenth round: real register pages (found through a search index,
// never copied here) and the copies people make of them — browser prints with their headers and
// footers, copies that lost a line break, two descriptions of different layouts in one file — each
// failure reproduced on a seed or fixture with one change: read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed000 = seed('000_ddad63b48901b7a4');
const seed003 = seed('003_4ea2b71e336645b9');
const seed004 = seed('004_3bb6e26593869c78');
const pageEnded = readFileSync(`${root}fixtures/pages/ended.txt`, 'utf8');
const withLine = (text: string, after: string, line: string) => {
  if (!text.includes(`${after}\n`)) throw new Error(`no line ${after}`);
  return text.replace(`${after}\n`, `${after}\n${line}\n`);
};
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('audit round 16: a project page\'s title or tagline hyphenated by a printed copy', () => {
  it('`työllistymis-` / `poluille` is one word, as in the numbered layouts', () => {
    const text = seed003.replace('Osallisuuden askeleet työllistymispoluille\n', 'Osallisuuden askeleet työllistymis-\npoluille\n');
    expect(parse(text).record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
  });

  it('and a tagline broken inside a word and at a suspended compound reads as written on one line', () => {
    const text = seed003.replace('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.', 'Tavoitteena on työttömien henkilöiden työ-\nja toimin-\ntakyvyn parantaminen.');
    expect(parse(text).record!.project.tagline).toBe('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.');
  });
});

describe('audit round 16: a browser\'s print header or footer between the lines of a copy', () => {
  const wrapped = deriveShape(seed004, 'wrap60');

  it('the register page\'s address alone is furniture, wherever it stands (below a city, a phone, a web address)', () => {
    for (const after of ['Postitoimipaikka: Kuusamo', 'Yhteyshenkilön puhelinnumero: 0400 225 587', 'WWW-osoite: http://www.ksak.fi']) {
      for (const address of ['www.eura2014.fi/rrtiepa/projekti.php', 'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20164']) {
        const result = parse(withLine(wrapped, after, address));
        const record = result.record!;
        expect([record.organisation.address.city, record.contact.phone, record.organisation.website], `${after} / ${address}`).toEqual(['Kuusamo', '0400 225 587', 'http://www.ksak.fi']);
        expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.line === lineOf(wrapped, after) + 1)).toBe(true);
      }
    }
  });

  it('Chrome\'s header (date and time, then the layout\'s title) and Firefox\'s (`Sivu 2/4` and the date; the title and the address) are furniture', () => {
    const headers = [
      ['https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20164  2/4', '30.11.2026 14.05        Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus'],
      ['Sivu 2/4                                       30.11.2026 14.05', 'EURA 2014 - Hankkeen kuvaus       https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20164'],
    ];
    for (const [footer, header] of headers) {
      const text = seed004.replace('Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', `Hakijoiden lukumäärä tai tuen siirto -menettely:\n\n${footer}\n${header}\n\nVain yksi hakija`);
      const result = parse(text);
      expect(result.record!.organisation.applicantArrangement, header).toBe('Vain yksi hakija');
      expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('a date and time of printing with a page\'s title after a gap, below a value, is said with a warning (below an empty label too)', () => {
    const below = parse(withLine(seed004, 'Postitoimipaikka: Kuusamo', '12.3.2019 14.05      Polkuja työhön'));
    expect(below.diagnostics.find((d) => d.rule === 'value-wrapped' && d.severity === 'warning')).toMatchObject({ line: 36, path: '/organisation/address/city' });
    // (The date and time alone too: in a text they may be the text's own, `… kaupungintalolla` / `12.3.2015 klo 10.00`.)
    const alone = parse(withLine(seed004, 'Postitoimipaikka: Kuusamo', '12.3.2019 14.05'));
    expect(alone.diagnostics.find((d) => d.rule === 'value-wrapped' && d.severity === 'warning')).toMatchObject({ line: 36, path: '/organisation/address/city' });
    const inText = parse(seed004.replace('Hankkeen toteutusaika on 1.1.2015 - 31.12.2017.', 'Hankkeen toteutusaika on 1.1.2015 - 31.12.2017. Aloitusseminaari pidetään kaupungintalolla\n12.3.2015 klo 10.00'));
    expect(inText.record!.summary).toContain('12.3.2015 klo 10.00');
    const empty = parse(seed004.replace('Hakijoiden lukumäärä tai tuen siirto -menettely: Vain yksi hakija', 'Hakijoiden lukumäärä tai tuen siirto -menettely:\n\n30.11.2026 14.05        Polkuja työhön Koillismaalla'));
    expect(empty.diagnostics.find((d) => d.rule === 'value-below-label')).toMatchObject({ severity: 'warning', path: '/organisation/applicantArrangement' });
  });

  it('a phone number goes on only with a line that starts with its figures; a whole Y-tunnus not even with a page number', () => {
    const phone = parse(withLine(wrapped, 'Yhteyshenkilön puhelinnumero: 0400 225 587', 'eura2014 sivu 2'));
    expect(phone.record!.contact.phone).toBe('0400 225 587');
    const id = parse(withLine(wrapped, 'Y-tunnus: 0832600-5', '1'));
    expect(id.record!.organisation.businessId).toBe('0832600-5');
    expect(id.ok).toBe(true);
    expect(id.unmapped.map((u) => [u.value, u.line])).toEqual([['1', lineOf(wrapped, 'Y-tunnus: 0832600-5') + 1]]);
    // (A phone number wrapped at its figures still goes on: `0400 225` / `587`.)
    expect(parse(wrapped.replace('Yhteyshenkilön puhelinnumero: 0400 225 587', 'Yhteyshenkilön puhelinnumero: 0400 225\n587')).record!.contact.phone).toBe('0400 225 587');
  });

  it('a page number alone among a page\'s list items is no item: unmapped, said', () => {
    const result = parse(pageEnded.replace('-Yhteistyö tiivistyi\n', '-Yhteistyö tiivistyi\n2\n'));
    expect(result.record!.projectPage!.developmentNeeds.during).toEqual(['Yhteistyö tiivistyi']);
    expect(result.unmapped).toEqual([{ section: 'developmentNeeds', label: 'Hankkeen aikana', value: '2', line: 61 }]);
    expect(result.diagnostics.find((d) => d.line === 61)).toMatchObject({ severity: 'warning', rule: 'unmapped-text' });
  });
});

describe('audit round 16: a numbered heading that lost the line break before it', () => {
  it('at the end of the line above\'s text after its full stop: read as its section\'s heading, with a warning', () => {
    const text = seed000.replace('maahanmuuttajien palveluiden järjestämisessä.\n\n3.3 Välilliset kohderyhmät', 'maahanmuuttajien palveluiden järjestämisessä. 3.3 Välilliset kohderyhmät');
    const result = parse(text);
    const expected = JSON.parse(readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.expected.json`, 'utf8')).record;
    expect(result.record!.targetGroups).toEqual(expected.targetGroups);
    expect(result.diagnostics.find((d) => d.rule === 'glued-fields')).toMatchObject({ severity: 'warning', line: 61, column: text.split('\n')[60].indexOf('3.3 Välilliset') + 1 });
  });

  it('as the value of an empty label (`Postitoimipaikka: 7 Hakemusvaiheessa …`): the label stays empty', () => {
    const text = seed004.replace('Postitoimipaikka:\n\n7 Hakemusvaiheessa', 'Postitoimipaikka: 7 Hakemusvaiheessa');
    const result = parse(text);
    expect(result.record!.targetArea.implementationAddress.city).toBeNull();
    expect(result.diagnostics.find((d) => d.rule === 'glued-fields')).toMatchObject({ severity: 'warning', line: 113 });
  });

  it('guard: a heading\'s words inside a sentence, or a heading the text has on its own line, stay text', () => {
    for (const sentence of ['Katso kohta 3.3 Välilliset kohderyhmät', 'Lisää tietoa. 3.3 Välilliset kohderyhmät']) {
      const text = seed000.replace('kaikki välityömarkkinoilla toimivat tahot.', `kaikki välityömarkkinoilla toimivat tahot. ${sentence}`);
      const result = parse(text);
      expect(result.record!.targetGroups.indirect!.endsWith(sentence), sentence).toBe(true);
      expect(result.diagnostics.some((d) => d.rule === 'glued-fields'), sentence).toBe(false);
    }
  });
});

describe('audit round 16: two descriptions of different layouts in one file', () => {
  it('a 2007–2013 description below a 2014–2020 one is kept whole in unmapped, said at its title; the first\'s values stay its own', () => {
    const text = `${seed004}\n\n${seed000}`;
    const result = parse(text);
    expect(result.template).toBe('esr-2014-2020');
    const alone = parse(seed004).record!;
    expect(result.record!.targetArea).toEqual(alone.targetArea);
    expect(result.record!.funding).toEqual(alone.funding);
    const titleLine = seed004.split('\n').length + 2 + seed000.split('\n').findIndex((l) => l.startsWith('Euroopan sosiaalirahaston'));
    expect(result.diagnostics.find((d) => d.rule === 'unknown-section' && d.line === titleLine)?.message).toContain('the title of esr-2007-2013');
    expect(result.unmapped.some((u) => u.value.includes('Mahdollistaja'))).toBe(true);
  });

  it('and a 2014–2020 one below a 2007–2013 one', () => {
    const result = parse(`${seed000}\n\n${seed004}`);
    expect(result.template).toBe('esr-2007-2013');
    expect(result.record!.finalReportSummary).toBe(parse(seed000).record!.finalReportSummary);
  });
});

describe('audit round 16: a page break inside a value of a flattened printed copy', () => {
  const flat = deriveShape(seed004, 'flat');

  it('the value\'s end in lower case after the page\'s footer and header is its own (`Valmennusvastaava, kouluttaja` / `Sivu 1/4` / `ja ohjaaja`)', () => {
    const text = flat.replace('Yhteyshenkilön asema hakijaorganisaatiossa: Valmennusvastaava, kouluttaja\n', 'Yhteyshenkilön asema hakijaorganisaatiossa: Valmennusvastaava, kouluttaja\nSivu 1/4\n30.11.2026 14.05        Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\nja ohjaaja\n');
    const result = parse(text);
    expect(result.record!.contact).toEqual({ ...parse(flat).record!.contact, title: 'Valmennusvastaava, kouluttaja ja ohjaaja' });
    expect(result.record!.organisation.applicantArrangement).toBe('Vain yksi hakija');
  });

  it('guard: a capitalised line after the break is not the value\'s', () => {
    const text = flat.replace('Yhteyshenkilön asema hakijaorganisaatiossa: Valmennusvastaava, kouluttaja\n', 'Yhteyshenkilön asema hakijaorganisaatiossa: Valmennusvastaava, kouluttaja\nSivu 1/4\nOhjaaja\n');
    expect(parse(text).record!.contact.title).toBe('Valmennusvastaava, kouluttaja');
  });
});

describe('audit round 16: e-mail copies', () => {
  it('Outlook\'s plain-text link (`http://www.ksak.fi<http://www.ksak.fi/>`, or a Safe Links target) is the address it shows, noted', () => {
    for (const written of ['http://www.ksak.fi<http://www.ksak.fi/>', 'http://www.ksak.fi <https://eur02.safelinks.protection.outlook.com/?url=http%3A%2F%2Fwww.ksak.fi%2F&data=05%7C01&reserved=0>']) {
      const result = parse(seed004.replace('WWW-osoite: http://www.ksak.fi', `WWW-osoite: ${written}`));
      expect(result.record!.organisation.website, written).toBe('http://www.ksak.fi');
      expect(result.diagnostics.some((d) => d.rule === 'normalised-value' && d.path === '/organisation/website' && d.message.includes("mail program's link"))).toBe(true);
    }
    // (A link whose text is no address is its target's.)
    expect(parse(seed004.replace('WWW-osoite: http://www.ksak.fi', 'WWW-osoite: Kotisivut<http://www.ksak.fi/>')).record!.organisation.website).toBe('http://www.ksak.fi/');
  });

  it('a mail\'s quoted-printable source in Windows-1252 (`=E4` for ä) is decoded, said', () => {
    // (Every character of the source is ASCII: `–` and `”` as Windows-1252 writes them, `=96` and `=94`.)
    const codes: Record<string, string> = { ä: 'E4', ö: 'F6', Ä: 'C4', Ö: 'D6', '–': '96', '”': '94' };
    const encoded = seed004.replace(/[äöÄÖ–”]/g, (c) => `=${codes[c]}`);
    expect(/[^\x00-\x7f]/.test(encoded)).toBe(false);
    const result = parse(encoded);
    expect(result.record).toEqual(parse(seed004).record);
    expect(result.diagnostics.find((d) => d.rule === 'encoding')).toMatchObject({ severity: 'warning' });
  });

  it('an inline reply\'s comment between quoted lines is no part of the value above it: unmapped, said', () => {
    const quoted = seed004.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    const replied = `Liisa kirjoitti:\n${quoted.replace('> Postitoimipaikka: Kuusamo\n', '> Postitoimipaikka: Kuusamo\nTämä on vanha osoite.\n').replace('> Yhteyshenkilön puhelinnumero: 0400 225 587\n', '> Yhteyshenkilön puhelinnumero: 0400 225 587\n040 123 4567 (uusi numero)\n')}`;
    const result = parse(replied);
    expect(result.record!.organisation.address.city).toBe('Kuusamo');
    expect(result.record!.contact.phone).toBe('0400 225 587');
    const comments = result.unmapped.filter((u) => u.value === 'Tämä on vanha osoite.' || u.value === '040 123 4567 (uusi numero)');
    expect(comments).toHaveLength(2);
    for (const comment of comments) expect(result.diagnostics.find((d) => d.line === comment.line)).toMatchObject({ severity: 'warning', rule: 'unmapped-text' });
  });

  it('guard: a quoted line wrapped by the mail program without its mark is still the value\'s', () => {
    const long = 'Hakijan virallinen nimi: KSAK Oy Kuusamon seudun ammatillisen koulutuksen kuntayhtymän';
    const quoted = seed004.replace('Hakijan virallinen nimi: KSAK Oy', long).split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    const wrapped = quoted.replace(`> ${long}`, '> Hakijan virallinen nimi: KSAK Oy Kuusamon seudun ammatillisen koulutuksen\nkuntayhtymän');
    expect(parse(`Liisa kirjoitti:\n${wrapped}`).record!.organisation.name).toBe('KSAK Oy Kuusamon seudun ammatillisen koulutuksen kuntayhtymän');
  });
});

describe('audit round 16: a Word table pasted without colons and without the title', () => {
  it('`Hankekoodi<TAB>S20164` lines from section 1 on, the first heading left out, are the layout\'s fields', () => {
    const tabbed = seed004.replace(/^([^:\n]{2,80}):[ \t]*(\S)/gm, '$1\t$2');
    const excerpt = tabbed.slice(tabbed.indexOf('Hankekoodi'));
    const result = parse(excerpt);
    expect(result.template).toBe('esr-2014-2020');
    const tidy = parse(seed004).record!;
    expect(result.record!.project).toEqual({ ...tidy.project });
    expect(result.record!.organisation).toEqual(tidy.organisation);
  });
});

describe('audit round 16: a second description\'s headings are not counted where the first\'s are placed', () => {
  it('a technical-assistance description of 2007–2013 (funding in `4.`) followed by another 2007–2013 description keeps its funding', () => {
    const ta = readFileSync(`${root}fixtures/shapes/renumbered/technical-assistance-area-text-2007-2013.txt`, 'utf8');
    const alone = parse(ta).record!;
    expect(alone.funding.grantedEuAndState).not.toBeNull();
    const result = parse(`${ta}\n\nEuroopan unioni\n\nVipuvoimaa EU:lta\n\n${seed000}`);
    expect(result.record!.funding).toEqual(alone.funding);
    expect(result.record!.finalReportSummary).toEqual(alone.finalReportSummary);
    // (The second's banner above its title is furniture, not the first's last text.)
    expect(result.unmapped.some((u) => u.value.startsWith('Euroopan unioni'))).toBe(false);
  });
});

describe('audit round 16, the review: print furniture where it misfired', () => {
  it('a web address alone below a line that ends with a colon is the text\'s (or a web address field\'s), not a footer', () => {
    const inText = parse(seed004.replace('Hankkeen toteutusaika on 1.1.2015 - 31.12.2017.', 'Hankkeen toteutusaika on 1.1.2015 - 31.12.2017. Tulokset löytyvät rekisteristä:\nhttps://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20078'));
    expect(inText.record!.summary).toContain('https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20078');
    const website = parse(seed004.replace('WWW-osoite: http://www.ksak.fi', 'WWW-osoite:\nhttps://www.eura2014.fi'));
    expect(website.record!.organisation.website).toBe('https://www.eura2014.fi');
    // (Below another field's empty label it is a footer all the same.)
    const city = parse(seed004.replace('Postitoimipaikka: Kuusamo', 'Postitoimipaikka:\nwww.eura2014.fi/rrtiepa/projekti.php'));
    expect(city.record!.organisation.address.city).toBeNull();
  });

  it('a name broken at its own hyphen across a printed page break goes on (`Länsi-` / footer / header / `Turunmaa, Raasepori`)', () => {
    const municipalities = JSON.parse(readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.expected.json`, 'utf8')).record.targetArea.municipalities as string[];
    const text = seed000.replace('Länsi-Turunmaa, ', 'Länsi-\nSivu 2/11                                       30.11.2026 14.05\nEURA 2007 - Projektin kuvaus       https://www.eura2007.fi/rrtiepa/projekti.php?projektikoodi=S10843\nTurunmaa, ');
    expect(text).not.toBe(seed000);
    const result = parse(text);
    expect(result.record!.targetArea.municipalities).toEqual(municipalities);
    expect(result.record!.targetArea.description).toBeNull();
  });

  it('a role on a project page after a printed page\'s footer keeps its text (the footer is not joined to it)', () => {
    const wrapped = deriveShape(seed003, 'wrap60');
    const at = wrapped.indexOf('\nKumppanit\n');
    expect(at).toBeGreaterThan(0);
    const result = parse(`${wrapped.slice(0, at)}\nSivu 1/2                                       30.11.2026 14.05${wrapped.slice(at)}`);
    expect(result.record!.projectPage!.roles.map((r) => r.role)).toEqual(parse(wrapped).record!.projectPage!.roles.map((r) => r.role));
  });

  it('guard: a number after a list item ending with a colon is an item (`Jatkopolkuja löytyi näin monelle:` / `12`)', () => {
    const result = parse(pageEnded.replace('-Yhteistyö tiivistyi\n', '-Yhteistyö tiivistyi\n-Jatkopolkuja löytyi näin monelle:\n12\n'));
    expect(result.record!.projectPage!.developmentNeeds.during).toEqual(['Yhteistyö tiivistyi', 'Jatkopolkuja löytyi näin monelle:', '12']);
  });
});

describe('audit round 16: a project page in an e-mail or a browser print', () => {
  const name = 'Osallisuuden askeleet työllistymispoluille';
  const tagline = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';

  it('a reply\'s attribution or a mail\'s greeting above the page is no title (the title and tagline stand right above the summary bar)', () => {
    for (const above of ['Matti Meikäläinen kirjoitti 30.11.2026 klo 10.12:\n', 'Hei,\n\nalla tiedot.\n\nMatti\n\n']) {
      const result = parse(`${above}${seed003}`);
      expect([result.record!.project.name, result.record!.project.tagline], above).toEqual([name, tagline]);
      expect(result.diagnostics.some((d) => d.line === 1 && d.rule === 'unmapped-text')).toBe(true);
    }
    const quoted = seed003.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    const reply = parse(`Matti Meikäläinen kirjoitti 30.11.2026 klo 10.12:\n${quoted}`);
    expect([reply.record!.project.name, reply.record!.project.tagline]).toEqual([name, tagline]);
  });

  it('a page without a summary bar forwarded from Gmail: its headers are no title', () => {
    const page = readFileSync(`${root}fixtures/pages/no-summary-bar.txt`, 'utf8');
    const forwarded = `---------- Forwarded message ---------\nFrom: Matti Meikäläinen <matti.meikalainen@example.fi>\nDate: ma 30.11.2026 klo 10.12\nSubject: Kylätalot\nTo: <anna@example.fi>\n\n${page}`;
    expect(parse(forwarded).record!.project.name).toBe(parse(page).record!.project.name);
  });

  it('Chrome\'s header split over two lines (the date and time; the title and the site) and its footer (the address; the page count) are furniture', () => {
    const text = seed003.replace('\nHankkeessa järjestetään', '\nhttps://www.rakennerahastot.fi/web/guest/hanke/-/hanke/S21043\n1/3\n30.11.2026 10.12\nOsallisuuden askeleet työllistymispoluille - Rakennerahastot\nHankkeessa järjestetään');
    expect(text).not.toBe(seed003);
    const printed = parse(`30.11.2026 10.12\n${name} - Rakennerahastot\n${text}`);
    const tidy = parse(seed003).record!;
    expect(printed.record!.project).toEqual(tidy.project);
    expect(printed.record!.projectPage).toEqual(tidy.projectPage);
    expect(printed.record!.summary).toEqual(tidy.summary);
  });
});

describe('audit round 16: word-processor and spreadsheet copies without colons', () => {
  const gapped = (text: string) => text.replace(/^([^:\n]{2,60}): +(\S.*)$/gm, (_, label: string, value: string) => `${label.padEnd(50)}${value}`);

  it('a PDF -layout copy whose long label wraps in its column: the label\'s end on the next line is no part of the value', () => {
    const text = gapped(seed004)
      .replace(/^Yhteyshenkilön asema hakijaorganisaatiossa +(.*)$/m, 'Yhteyshenkilön asema                      $1\nhakijaorganisaatiossa')
      .replace(/^Hakijoiden lukumäärä tai tuen siirto -menettely +(.*)$/m, 'Hakijoiden lukumäärä tai tuen siirto      $1\n-menettely');
    expect(text).toContain('\nhakijaorganisaatiossa\n');
    expect(text).toContain('\n-menettely\n');
    const result = parse(text);
    expect(result.record!.contact.title).toBe('Valmennusvastaava, kouluttaja');
    expect(result.record!.organisation.applicantArrangement).toBe('Vain yksi hakija');
  });

  it('a Word table row `Kunnat<TAB>` with some sixty names is read as the list', () => {
    const tabbed = seed000.replace(/^Kunnat: /m, 'Kunnat\t');
    const expected = JSON.parse(readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.expected.json`, 'utf8')).record.targetArea;
    expect(tabbed.split('\n').find((l) => l.startsWith('Kunnat\t'))!.length).toBeGreaterThan(300);
    const result = parse(tabbed);
    expect(result.record!.targetArea.municipalities).toEqual(expected.municipalities);
    expect(result.record!.targetArea.description).toBeNull();
  });

  it('a two-column spreadsheet saved as CSV with `;` between its cells reads as the text, said', () => {
    const csv = seed004.split('\n').filter((l) => l.trim() !== '').map((l) => (/^[^:]{2,80}: /.test(l) ? l.replace(': ', ':;') : `${l};`)).join('\n');
    const result = parse(csv);
    const tidy = parse(seed004.split('\n').filter((l) => l.trim() !== '').join('\n')).record!;
    expect(result.record!.project).toEqual(tidy.project);
    expect(result.record!.organisation).toEqual(tidy.organisation);
    expect(result.diagnostics.find((d) => d.rule === 'spreadsheet-cells')).toMatchObject({ severity: 'info' });
    // (A text's own semicolons are too few to count.)
    expect(parse(seed004.replace('Vain yksi hakija', 'Vain yksi hakija;')).diagnostics.some((d) => d.rule === 'spreadsheet-cells')).toBe(false);
  });
});

describe('audit round 16, the second review', () => {
  it('a quote wrapped by the mail program at 60 without the mark on its wrapped ends is read whole (no reply comments)', () => {
    const wrap = (line: string, width: number) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current];
    };
    // (Sections 1 and 2: a mail quoting the long summary unwrapped would have few quoted lines.)
    const head = seed004.slice(0, seed004.indexOf('3 Suunnitelman mukainen'));
    const quoted = head.split('\n').flatMap((l) => (l === '' ? ['>'] : wrap(`> ${l}`, 60))).join('\n');
    expect(quoted).toContain('\nliikenne- ja ympäristökeskus');
    const result = parse(`Liisa kirjoitti:\n${quoted}`);
    expect(result.record!.project).toEqual(parse(head).record!.project);
    expect(result.record!.organisation).toEqual(parse(head).record!.organisation);
    expect(result.diagnostics.some((d) => d.message.includes("reply's own comment"))).toBe(false);
  });

  it('a text\'s own line ending `- Rakennerahastot` is the text\'s; beside a date and time alone it is a print\'s header', () => {
    const own = parse(seed004.replace('Hankkeen toteutusaika on 1.1.2015 - 31.12.2017.', 'Hankkeen toteutusaika on 1.1.2015 - 31.12.2017.\n\nTuloksista tiedotetaan valtakunnallisesti - Rakennerahastot'));
    expect(own.record!.summary).toContain('Tuloksista tiedotetaan valtakunnallisesti - Rakennerahastot');
    const header = parse(seed004.replace('Hankkeen toteutusaika on 1.1.2015 - 31.12.2017.', 'Hankkeen toteutusaika on 1.1.2015 - 31.12.2017.\n30.11.2026 10.12\nVälittävät verkostot - Rakennerahastot'));
    expect(header.record!.summary).toBe(parse(seed004).record!.summary);
  });

  it('in a Word table pasted with tabs, a row of a label the layout does not have is no part of the value above it', () => {
    const tabbed = seed004.replace(/^([^:\n]{2,80}):[ \t]*(\S)/gm, '$1\t$2').replace('Postitoimipaikka\tKuusamo\n', 'Postitoimipaikka\tKuusamo\nTilinumero (IBAN)\tFI1480001900966160\n');
    const result = parse(tabbed);
    expect(result.record!.organisation.address.city).toBe('Kuusamo');
    expect(result.unmapped.find((u) => u.value === 'FI1480001900966160')).toBeDefined();
    expect(result.diagnostics.some((d) => d.rule === 'unknown-label')).toBe(true);
  });
});
