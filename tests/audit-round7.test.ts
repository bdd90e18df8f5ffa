// Values read wrong, read too little or lost, found by the seventh round of audits (full-length copies
// in the real shapes of REAL-SHAPES.md), each on a seed or fixture with one change: read right now, or
// said with a located diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readCoImplementer } from '../src/map/normalise.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const page = readFileSync(`${root}fixtures/seeds/003_4ea2b71e336645b9.txt`, 'utf8');
const pageTitle = 'Osallisuuden askeleet työllistymispoluille';
const pageTagline = 'Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.';

describe('audit round 7: the lines above a page title (§8)', () => {
  it('takes the title and tagline from above the summary bar, not from a logo, site name, category or crumb above them', () => {
    // Each with the line of it that is kept in `unmapped` (`Euroopan unioni` and `Euroopan sosiaalirahasto` are known
    // furniture, null; the title written twice is kept once).
    const cases: [string, string | null][] = [
      ['Euroopan unioni\nEuroopan sosiaalirahasto\n\n', null],
      ['Hanke\n\n', 'Hanke'],
      ['Rakennerahastot.fi\n\nHankkeet 2014–2020\n\n', 'Hankkeet 2014–2020'],
      [`${pageTitle}\n\n`, pageTitle],
      ['toiminnan varmistamiseen ja kävijäseurantaan.\n\n', 'toiminnan varmistamiseen ja kävijäseurantaan.'],
    ];
    for (const [above, kept] of cases) {
      for (const shape of [null, 'noblank'] as const) {
        const text = shape === null ? above + page : deriveShape(above + page, shape);
        const result = parse(text);
        expect(result.record!.project.name, `${shape} ${above}`).toBe(pageTitle);
        expect(result.record!.project.tagline, `${shape} ${above}`).toBe(pageTagline);
        if (kept === null) {
          expect(result.unmapped, `${shape} ${above}`).toEqual([]);
          expect(result.diagnostics.filter((d) => d.rule === 'page-furniture' && d.line <= 2).length, `${shape} ${above}`).toBe(2);
          continue;
        }
        // What stood above is kept and said.
        const entry = result.unmapped.find((u) => u.value === kept);
        expect(entry, `${shape} ${above}`).toBeDefined();
        expect(result.diagnostics.some((d) => d.rule === 'unmapped-text' && d.line === entry!.line), `${shape} ${above}`).toBe(true);
      }
    }
  });

  it('guard: a tagline of two lines, one paragraph, is not taken for a title with a line above it', () => {
    const text = page.replace(`${pageTagline}\n`, `${pageTagline}\nHanke toteutetaan Vaasassa.\n`);
    for (const shape of [null, 'noblank'] as const) {
      const result = parse(shape === null ? text : deriveShape(text, shape));
      expect(result.record!.project.name, String(shape)).toBe(pageTitle);
      expect(result.record!.project.tagline, String(shape)).toBe(pageTagline);
    }
  });
});

const seed004 = readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`, 'utf8');
const seed000 = readFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, 'utf8');
/** `text` with `insert` on the line right after the line `anchor`. */
const below = (text: string, anchor: string, insert: string) => {
  expect(text).toContain(`${anchor}\n`);
  return text.replace(`${anchor}\n`, `${anchor}\n${insert}\n`);
};

describe("audit round 7: a printed copy's headers and footers under a value (§9)", () => {
  const stamps = [
    'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus',
    'Tulostettu 14.2.2019 klo 10.12',
    'Printed 14.2.2019',
    'Hankkeen kuvaus S20078 – Tulostettu 14.2.2019    Sivu 1/5',
    'https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S20078\t1/5',
    '14.2.2019 klo 10.12\tEURA 2014 - Hankkeen kuvaus',
    '14.2.2019\tEURA 2014 - Hankkeen kuvaus',
    'S20078        3 (5)',
  ];
  it('are not glued onto the value above them, in every shape; each is kept as furniture', () => {
    for (const stamp of stamps) {
      for (const [anchor, path, value] of [
        ['Hankkeen yhteyshenkilön nimi: Multas Anne', 'contact', 'Multas Anne'],
        ['Hakijan virallinen nimi: KSAK Oy', 'organisation', 'KSAK Oy'],
        ['Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'project', 'Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus'],
      ] as const) {
        const text = below(seed004, anchor, stamp);
        for (const shape of [null, 'noblank'] as const) {
          const result = parse(shape === null ? text : deriveShape(text, shape));
          const record = result.record!;
          const read = path === 'contact' ? record.contact.name : path === 'organisation' ? record.organisation.name : record.project.managingAuthority;
          expect(read, `${shape} ${stamp}`).toBe(value);
          expect(result.diagnostics.some((d) => d.rule === 'page-furniture' && d.message.includes(stamp.split('\t')[0].slice(0, 20))), `${shape} ${stamp}`).toBe(true);
        }
      }
    }
  });

  it('are kept out of a yes/no explanation and a prose text', () => {
    const tidy = parse(seed004).record!;
    for (const stamp of stamps) {
      const inSummary = parse(below(seed004, '3 Suunnitelman mukainen tiivistelmä toteutuksesta', `\n${stamp}`)).record!;
      expect(inSummary.summary, stamp).toBe(tidy.summary);
      const underAnswer = parse(below(seed004, 'Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei', `\n${stamp}`)).record!;
      expect(underAnswer.horizontalPrinciples.genderEquality, stamp).toEqual(tidy.horizontalPrinciples.genderEquality);
    }
  });

  it('the same in a 2007–2013 description (its own title as the running header)', () => {
    const text = below(seed000, 'Projektin nimi: Mahdollistaja', 'Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus');
    expect(parse(text).record!.project.name).toBe('Mahdollistaja');
    expect(parse(below(seed000, 'Projektin nimi: Mahdollistaja', 'Tulostettu 14.2.2011 klo 10.12')).record!.project.name).toBe('Mahdollistaja');
  });

  it('guard: a line of a sentence that ends in page-like figures, and a banner phrase inside a wrapped sentence, stay text', () => {
    const text = below(seed004, '3 Suunnitelman mukainen tiivistelmä toteutuksesta', '\nTyöpajoja pidetään 2/5 viikoista.\nHankkeen rahoittavat\nEuroopan unioni\nja valtio.');
    expect(parse(text).record!.summary).toMatch(/^Työpajoja pidetään 2\/5 viikoista\.\nHankkeen rahoittavat\nEuroopan unioni\nja valtio\./);
  });
});

describe('audit round 7: a label line in the last text of a copy (§2, §7)', () => {
  /** The 2014–2020 seed up to its summary's first paragraph, then `lines`, without a final line break (a cut copy). */
  const cutInSummary = (...lines: string[]) => {
    const start = seed004.indexOf('3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n');
    const paragraphEnd = seed004.indexOf('\n', start + 52);
    return `${seed004.slice(0, paragraphEnd)}\n\n${lines.join('\n\n')}`;
  };

  it('a cut copy ending in its summary: a `Label: value` sentence there stays text and opens no later section, in every shape', () => {
    for (const [line, empty] of [
      ['Jakeluosoite: Kauppurienkatu 10, Oulu.', (r: any) => r.targetArea.implementationAddress.street],
      ['Myönnetty EU- ja valtion rahoitus: 120 000 euroa.', (r: any) => r.funding.grantedEuAndState],
      ['Maakunnat: Pohjois-Karjala ja Lappi.', (r: any) => (r.targetArea.regions.length === 0 ? null : r.targetArea.regions)],
    ] as const) {
      const text = cutInSummary(line, 'Hankkeen tuloksena syntyy Oulun seudulle');
      for (const shape of [null, 'noblank', 'flat'] as const) {
        const result = parse(shape === null ? text : deriveShape(text, shape));
        expect(empty(result.record), `${shape} ${line}`).toBeNull();
        expect(result.record!.summary, `${shape} ${line}`).toContain(line);
        expect(result.record!.finalReportSummary, `${shape} ${line}`).toBeNull();
        expect(result.diagnostics.some((d) => d.rule === 'label-in-text'), `${shape} ${line}`).toBe(true);
      }
    }
  });

  it('a 2007–2013 copy without sections 6–8: a classification label in the summary stays text', () => {
    const text = seed000
      .replace(/\n6\. Tiedotus[\s\S]*?(?=9\. Loppuraportin tiivistelmä)/, '\n')
      .replace('5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', '5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\nProjektissa kehitetään kotihoidon työn organisointia.\nKestävä kehitys: mobiilikirjaus vähentää ajokilometrejä.\n\n');
    expect(text).not.toContain('8.1 Horisontaalinen luokittelu');
    for (const shape of [null, 'noblank'] as const) {
      const result = parse(shape === null ? text : deriveShape(text, shape));
      expect(result.record!.classification.sustainableDevelopment, String(shape)).toBeNull();
      expect(result.record!.summary, String(shape)).toContain('Kestävä kehitys: mobiilikirjaus vähentää ajokilometrejä.');
      expect(result.diagnostics.some((d) => d.rule === 'label-in-text'), String(shape)).toBe(true);
    }
  });

  it('a flattened copy: a funding label in the summary does not open the funding section before its own labels', () => {
    const text = seed004.replace('3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', '3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\nHanke alkaa kartoituksella.\nMyönnetty EU- ja valtion rahoitus: 120 000 euroa.\n\n');
    const tidy = parse(seed004).record!;
    const result = parse(deriveShape(text, 'flat'));
    expect(result.record!.funding).toEqual(tidy.funding);
    expect(result.record!.summary).toContain('Myönnetty EU- ja valtion rahoitus: 120 000 euroa.');
  });

  it('guard: a flattened copy whose final report starts a line with a funding label keeps the funding run it has before', () => {
    const text = seed004.replace('9 Loppuraportin tiivistelmä\n\n', '9 Loppuraportin tiivistelmä\n\nHankkeen rahoitus riitti hyvin.\nMyönnetty EU- ja valtion rahoitus: käytettiin 97 %.\n\n');
    expect(text).not.toBe(seed004);
    for (const shape of [null, 'noblank', 'flat'] as const) {
      const record = parse(shape === null ? text : deriveShape(text, shape)).record!;
      expect(record.funding, String(shape)).toEqual(parse(seed004).record!.funding);
    }
  });
});

describe('audit round 7: characters and values of copies made by people (§9, §10, §6)', () => {
  it("a PDF's ligatures are read as their letters, in labels and values, and said", () => {
    const text = seed004.replace('Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: KSAK Oﬃce Oy').replace('Y-tunnus: 0832600-5', 'Y-tunnus: 0832600-5\n\nWWW-osoite: www.ksak.ﬁ');
    const result = parse(text);
    expect(result.record!.organisation.name).toBe('KSAK Office Oy');
    expect(result.record!.organisation.website).toBe('www.ksak.fi');
    expect(result.diagnostics.filter((d) => d.rule === 'ligatures').map((d) => d.severity)).toEqual(['info']);
  });

  it('CR CR LF line ends (a CRLF file converted once more) are one line break each', () => {
    const tidy = parse(seed004);
    const twice = parse(Buffer.from(seed004.replace(/\n/g, '\r\r\n'), 'utf8'));
    expect(twice.record).toEqual(tidy.record);
  });

  it("a page's axis written `5 (ESR)` or with the fund's name in brackets has no title; REACT-EU gives the period", () => {
    const facts = (axis: string) => parse(page.replace('Toimintalinja: Toimintalinja 5 (ESR)', `Toimintalinja: ${axis}`)).record!;
    for (const axis of ['5 (ESR)', 'Toimintalinja 5 (Euroopan sosiaalirahasto)']) {
      expect(facts(axis).project.priorityAxis, axis).toEqual({ number: 5, title: null });
      expect(facts(axis).fund, axis).toBe('ESR');
    }
    const react = parse(
      page
        .replace('Toimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | Pohjanmaa', 'Toimintalinja 9 (ESR, REACT-EU) | 01.08.2021 – 30.06.2023 | Pohjanmaa')
        .replace('Toimintalinja: Toimintalinja 5 (ESR)', 'Toimintalinja: Toimintalinja 9 (ESR, REACT-EU)')
        .replace('EURA-tunnus: 2014/4543/09 02 01 01/2016/KESELY\n', '')
        .replace('Aloituspäivä: 01.05.2017', 'Aloituspäivä: 01.08.2021')
        .replace('Lopetuspäivä: 30.04.2020', 'Lopetuspäivä: 30.06.2023'),
    ).record!;
    expect(react.programmePeriod).toBe('2014-2020');
    expect(react.project.priorityAxis).toEqual({ number: 9, title: null });
  });
});

describe('audit round 7: list markers of Word copies before co-implementer entries (§1, §9)', () => {
  it('are not part of the name', () => {
    for (const marker of ['–\t', '— ', '\uf0b7\t', '\uf0a7 ', '▪ ', '◦ ', '➢ ', '• ', 'a) ', 'o\t', '3) ']) {
      expect(readCoImplementer(`${marker}Kuusamon kaupunki, 0204819-8`).value, JSON.stringify(marker)).toEqual({ name: 'Kuusamon kaupunki', businessId: '0204819-8' });
    }
  });

  it('guard: a name that starts with a letter and a bracket or a full stop keeps it', () => {
    expect(readCoImplementer('A. Ahlström Oy, 0204819-8').value).toEqual({ name: 'A. Ahlström Oy', businessId: '0204819-8' });
  });
});

describe("audit round 7: an e-mail's signature after the description (§9)", () => {
  const finalReport = parse(seed004).record!.finalReportSummary;
  it('is not appended to the last text, whatever its closing, and a disclaimer after it neither', () => {
    for (const signature of [
      '--\nMatti Virtanen\nRahoitusasiantuntija\nLapin ELY-keskus\npuh. 0295 037 000\nmatti.virtanen@ely-keskus.fi',
      'Best regards,\nMatti Virtanen\nLapin ELY-keskus',
      't. Matti',
      'Ystävällisin terveisin,\nMatti Virtanen\n\nTämä viesti voi sisältää luottamuksellista tietoa. Jos et ole oikea vastaanottaja, ilmoita lähettäjälle ja poista viesti.',
      'Tämä viesti voi sisältää luottamuksellista tietoa. Jos et ole oikea vastaanottaja, ilmoita lähettäjälle ja poista viesti.',
    ]) {
      const result = parse(`${seed004.trimEnd()}\n\n${signature}\n`);
      expect(result.record!.finalReportSummary, signature).toBe(finalReport);
      expect(result.diagnostics.some((d) => d.rule === 'page-furniture'), signature).toBe(true);
    }
  });

  it('guard: `--` as a rule in the text, with no contact line after it, stays text', () => {
    const result = parse(`${seed004.trimEnd()}\n\nVuosi   Osallistujat\n--\n2016    40\n2017    55\n`);
    expect(result.record!.finalReportSummary).toMatch(/\n--\n2016 {4}40\n2017 {4}55$/);
  });
});

describe('audit round 7: a description quoted in an e-mail reply (§9)', () => {
  const quoted = seed004.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
  it('is read with the reply\'s own lines above it, which are kept and said', () => {
    const tidy = parse(seed004).record!;
    for (const above of ['Hei,\n\nalla kuvaus.\n\n', 'Matti Virtanen kirjoitti 12.3.2019 klo 10.12:\n', 'Lähettäjä: Matti Virtanen\nLähetetty: 12. maaliskuuta 2019 10.12\nAihe: Hankkeen kuvaus\n\n']) {
      const result = parse(above + quoted);
      expect(result.ok, above).toBe(true);
      expect(result.record, above).toEqual(tidy);
      expect(result.diagnostics.some((d) => d.rule === 'quoted-text'), above).toBe(true);
      expect(result.unmapped[0].value.split('\n')[0], above).toBe(above.split('\n')[0]);
    }
  });

  it('guard: a text that quotes a few lines is not a quoted copy', () => {
    const result = parse(seed004.replace('9 Loppuraportin tiivistelmä\n\n', '9 Loppuraportin tiivistelmä\n\n> Hanke onnistui.\n> Kiitos kaikille.\n\n'));
    expect(result.record!.finalReportSummary).toMatch(/^> Hanke onnistui\.\n> Kiitos kaikille\./);
  });
});

describe("audit round 7: a page's contact or news block after its last section (§8)", () => {
  const seedRoles = parse(page).record!.projectPage!.roles;
  it('is a section the layout does not know, not a role or the last text', () => {
    const contacts = '\n\nYhteystiedot\n\nAnni Esimerkki\nProjektipäällikkö\npuh. 044 123 4567\nanni.esimerkki(at)vaasa.fi\n';
    for (const block of [contacts, contacts.replace('Yhteystiedot\n\n', 'Yhteystiedot\n'), '\n\nAjankohtaista\n\nHanke järjesti loppuseminaarin 12.3.2020.\n']) {
      const result = parse(page.trimEnd() + block);
      expect(result.record!.projectPage!.roles, block).toEqual(seedRoles);
      expect(result.diagnostics.some((d) => d.rule === 'unknown-section'), block).toBe(true);
      expect(result.unmapped.length, block).toBeGreaterThan(0);
    }
  });
});

describe('audit round 7: an axis whose number cannot be read (§10)', () => {
  it('is read after a fund prefix, and is said when it has no number', async () => {
    const { parsePriorityAxis } = await import('../src/map/normalise.js');
    expect(parsePriorityAxis('ESR-toimintalinja 1: Työorganisaatioiden kehittäminen').value).toEqual({ number: 1, title: 'Työorganisaatioiden kehittäminen' });
    expect(parsePriorityAxis('ESR TL1 Työorganisaatioiden kehittäminen').value).toEqual({ number: 1, title: 'Työorganisaatioiden kehittäminen' });
    const roman = parsePriorityAxis('Toimintalinja V: Sosiaalinen osallisuus');
    expect(roman.value).toEqual({ number: null, title: 'Toimintalinja V: Sosiaalinen osallisuus' });
    expect(roman.warnings?.map((w) => w.rule)).toEqual(['invalid-number']);
  });
});

describe('audit round 7: a list with a conjunction after its last comma (§10)', () => {
  it('`Pori, Ulvila, ja Rauma` names Rauma', async () => {
    const { parseMunicipalities, parseNameList } = await import('../src/map/normalise.js');
    expect(parseMunicipalities('Pori, Ulvila, ja Rauma').value).toEqual(['Pori', 'Ulvila', 'Rauma']);
    expect(parseNameList('Satakunta, ja Varsinais-Suomi').value).toEqual(['Satakunta', 'Varsinais-Suomi']);
  });
});

describe('audit round 7: guards from the review of the fixes', () => {
  it('guard: lines of a text ending in figures like a page number stay in the text', () => {
    const lines = ['Aloittaneet\t80 (35)', '- työllistyneiden osuus tavoitteena – 2/3', 'Asiakastyytyväisyys | 4/5', 'Tavoitteena on 300 asiakasta    3 (5)', '12.5.2016 klo 13.00 hankkeen kuvaus esiteltiin ohjausryhmälle.'];
    const text = seed004.replace('3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', `3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n${lines.join('\n')}\n\n`);
    expect(parse(text).record!.summary!.startsWith(`${lines.join('\n')}\n\n`)).toBe(true);
  });

  it("guard: a contact's initial (`T. Laine`), a closing quoted in a text and a sentence about a message are no signature", () => {
    const cut = seed004.slice(0, seed004.indexOf('Hankkeen yhteyshenkilön nimi: Multas Anne')) + 'Hankkeen yhteyshenkilön nimi:\nT. Laine\nYhteyshenkilön sähköpostiosoite: t.laine@example.fi\nYhteyshenkilön puhelinnumero: 040 123 4567';
    const contact = parse(cut).record!.contact;
    expect(contact.name).toBe('T. Laine');
    expect(contact.email).toBe('t.laine@example.fi');
    for (const ending of ['Asiakkaat kiittivät:\n\nTerveisin\n\nhankkeen ryhmäläiset ja ohjaajat kiittävät kaikkia mukana olleita yrityksiä.', 'Tämä viesti sisältää hankkeen tärkeimmät tulokset, jotka on koottu loppuseminaariin.']) {
      const result = parse(`${seed004.trimEnd()}\n\n${ending}\n`);
      expect(result.record!.finalReportSummary!.endsWith(ending), ending).toBe(true);
    }
  });

  it('guard: a section of one label after a text, its heading missing, is read (its value is no sentence)', () => {
    const text = seed000.replace('3.4 Aloittaneiden henkilöiden määrä\n\n', '').replace(/(\nSuunniteltu: [^\n]*\n)\nToteutunut seurantatietojen mukaan: [^\n]*\n(?=\n+4\. )/, '$1');
    expect(text).not.toContain('3.4 Aloittaneiden');
    expect(text).not.toContain('Toteutunut seurantatietojen mukaan: 274');
    const tidy = parse(seed000).record!;
    expect(parse(text).record!.indicators.participants.planned).toEqual(tidy.indicators.participants.planned);
  });

  it("a page's title on two lines is one title (and, as before, a date stamp or caption above the bar leaves the title and tagline)", () => {
    for (const between of ['Päivitetty 3.4.2019', 'Kuva: Matti Meikäläinen']) {
      const record = parse(page.replace(`${pageTagline}\n\n`, `${pageTagline}\n\n${between}\n\n`)).record!;
      expect([record.project.name, record.project.tagline], between).toEqual([pageTitle, pageTagline]);
    }
    const twoLines = parse(page.replace(`${pageTitle}\n`, 'Osallisuuden askeleet\ntyöllistymispoluille\n')).record!;
    expect([twoLines.project.name, twoLines.project.tagline]).toEqual([pageTitle, pageTagline]);
  });
});

describe("audit round 7: an e-mail's quoted-printable source (§9)", () => {
  it('is decoded, with a warning', () => {
    const printable = seed004
      .replace(/[^\n\x20-\x7e]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''))
      .replace(/^(.{70})(.{5,})$/gmu, '$1=\n$2');
    expect(printable).toContain('=C3=A4');
    const result = parse(printable);
    expect(result.record).toEqual(parse(seed004).record);
    expect(result.diagnostics.filter((d) => d.rule === 'encoding').map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('audit round 7: an address field with two addresses (§10)', () => {
  it('is kept as written, without the second one\'s postal code and city, and said', async () => {
    const { parseAddress } = await import('../src/map/normalise.js');
    const read = parseAddress('Tiedepuisto 3, 28600 Pori / Kuninkaankatu 2, 26100 Rauma');
    expect(read.value).toEqual({ street: 'Tiedepuisto 3, 28600 Pori / Kuninkaankatu 2, 26100 Rauma', postalCode: null, city: null });
    expect(read.warnings?.map((w) => w.rule)).toEqual(['invalid-value']);
    expect(parseAddress('Tiedepuisto 3, 28600 Pori').value).toEqual({ street: 'Tiedepuisto 3', postalCode: '28600', city: 'Pori' });
  });
});

describe('audit round 7: a hard-wrapped sustainability table (§9)', () => {
  const rows = () => parse(seed004).record!.horizontalPrinciples.sustainableDevelopment;
  it('a row whose second score is wrapped onto a line of its own is one row with both scores', () => {
    const text = seed004.replace('Luonnonvarojen käytön kestävyys 6 9\n', 'Luonnonvarojen käytön kestävyys 6\n9\n');
    expect(parse(text).record!.horizontalPrinciples.sustainableDevelopment).toEqual(rows());
  });

  it('an explanation line that the wrap leaves ending in a number is no row', () => {
    const text = seed004.replace('Materiaalit ja jätteet 5 8\n', 'Materiaalit ja jätteet 5 8\nAsiakkaiden kanssa käydään\nläpi esimerkiksi 3\nkäytännön tehtävää.\n');
    const read = parse(text).record!.horizontalPrinciples.sustainableDevelopment;
    expect(read.map((r) => r.criterion)).toEqual(rows().map((r) => r.criterion));
    expect(read.find((r) => r.criterion === 'Materiaalit ja jätteet')!.text).toMatch(/^Asiakkaiden kanssa käydään\nläpi esimerkiksi 3\nkäytännön tehtävää\.\n/);
  });
});

describe('audit round 7: a copy cut inside a co-implementer entry (§1, §7)', () => {
  const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
  const withEntries = (...entries: string[]) => joint.replace(/Osatoteuttajat\n\n(?:.+\n)+/, `Osatoteuttajat\n\n${entries.join('\n')}\n`);
  it('keeps the name, reads no Y-tunnus from the cut digits, and says so (no invalid-business-id error)', () => {
    for (const [entry, name] of [['Järvikylän kunta, 3064219', 'Järvikylän kunta'], ['Järvikylän kunta, 3064219-', 'Järvikylän kunta'], ['Järvikylän kunta, 30', 'Järvikylän kunta']]) {
      const full = withEntries('Pohjoisen työvalmennus ry, 1957402-0', entry);
      const text = full.slice(0, full.indexOf(entry) + entry.length);
      expect(text.endsWith(entry), entry).toBe(true);
      const result = parse(text);
      expect(result.record!.organisation.coImplementers, entry).toEqual([{ name: 'Pohjoisen työvalmennus ry', businessId: '1957402-0' }, { name, businessId: null }]);
      expect(result.diagnostics.some((d) => d.rule === 'invalid-business-id'), entry).toBe(false);
      expect(result.diagnostics.some((d) => d.rule === 'value-cut-off'), entry).toBe(true);
    }
  });
});

describe('audit round 7: a copy cut one or two letters into a label, or inside a heading (§7)', () => {
  it('keeps the fragment where the cut is: no later section opened by it, no missing-field errors for what the cut left out', () => {
    for (const [anchor, fragment] of [
      ['Vastuuviranomainen:', 'Va'],
      ['2 Hakijan perustiedot', '2 Hakijan perust'],
    ] as const) {
      const text = seed004.slice(0, seed004.indexOf(anchor)) + fragment;
      const result = parse(text);
      expect(result.record!.summary, fragment).toBeNull();
      expect(result.record!.finalReportSummary, fragment).toBeNull();
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule), fragment).toEqual(['text-cut-off']);
    }
  });

  it('without blank lines, the start of a heading at the cut is not appended to the text before it', () => {
    const at = seed004.indexOf('4.2 Välilliset kohderyhmät');
    const text = deriveShape(seed004, 'noblank');
    const cut = text.slice(0, text.indexOf('4.2 Välilliset kohderyhmät')) + '4.2 Välill';
    expect(at).toBeGreaterThan(0);
    const result = parse(cut);
    expect(result.record!.targetGroups.primary).toBe(parse(text).record!.targetGroups.primary);
    expect(result.unmapped.at(-1)!.value).toBe('4.2 Välill');
  });
});

describe('audit round 7: guards from the second review', () => {
  it('guard: a timeline row with a date and the word kuvaus, and a sentence about a message reaching its recipients, stay text', () => {
    const lines = '15.5.2016\tKohderyhmän tarpeiden kuvaus\n1.9.2016\tTiedot kirjataan EURA-järjestelmään';
    const text = seed004.replace('3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n', `3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n${lines}\n\n`);
    expect(parse(text).record!.summary!.startsWith(`${lines}\n\n`)).toBe(true);
    const ending = 'Tämä viesti tavoitti hankkeen aikana yli 800 vastaanottajaa.';
    expect(parse(`${seed004.trimEnd()}\n\n${ending}\n\nHanke jatkuu.\n`).record!.finalReportSummary!.endsWith(`${ending}\n\nHanke jatkuu.`)).toBe(true);
  });

  it('guard: a title and a tagline without a full stop in one paragraph are title and tagline', () => {
    const record = parse(page.replace(`${pageTitle}\n\n${pageTagline}\n`, `${pageTitle}\nTyöttömien työ- ja toimintakyvyn parantaminen\n`)).record!;
    expect([record.project.name, record.project.tagline]).toEqual([pageTitle, 'Työttömien työ- ja toimintakyvyn parantaminen']);
  });

  it('an axis written after the fund (`ESR 5. …`) is read', async () => {
    const { parsePriorityAxis } = await import('../src/map/normalise.js');
    expect(parsePriorityAxis('ESR 5. Sosiaalinen osallisuus ja köyhyyden torjunta').value).toEqual({ number: 5, title: 'Sosiaalinen osallisuus ja köyhyyden torjunta' });
  });
});

describe('audit round 7: a PDF table row whose label wraps in its column (§9)', () => {
  it('is not glued onto the value above it (read as the label, its two lines rejoined, since round 17)', () => {
    // Hard-wrapped at 60 without blank lines: `Yhteyshenkilön` would not have fitted after the name.
    const text = deriveShape(seed004, 'wrap60').replace(/\n\n/g, '\n').replace('Hankkeen yhteyshenkilön nimi: Multas Anne\n', 'Hankkeen yhteyshenkilön nimi: Multas Anne-Marjatta\nYhteyshenkilön asema        Toiminnanjohtaja\nhakijaorganisaatiossa:\n');
    expect(text).toContain('Yhteyshenkilön asema        Toiminnanjohtaja');
    const result = parse(text);
    expect(result.record!.contact.name).toBe('Multas Anne-Marjatta');
    expect(result.record!.contact.title).toBe('Toiminnanjohtaja');
    expect(result.diagnostics.some((d) => d.rule === 'label-rejoined')).toBe(true);
  });
});

describe('audit round 8: a flattened joint project, hard-wrapped (§1, §2)', () => {
  const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
  it('reads the summary after the co-implementer block as the summary, not as entries', () => {
    const flatWrapped = deriveShape(deriveShape(joint, 'flat'), 'wrap60');
    const tidy = parse(joint).record!;
    const result = parse(flatWrapped);
    expect(result.record!.organisation.coImplementers).toEqual(tidy.organisation.coImplementers);
    expect(result.record!.summary).not.toBeNull();
    // The prose after it runs on into the summary (a flattened copy's documented limit, said).
    expect(result.record!.summary!.replace(/\s+/g, ' ').startsWith(tidy.summary!.replace(/\s+/g, ' '))).toBe(true);
  });
});

describe('audit round 8: a copy cut at an e-mail address\'s at sign (§7)', () => {
  it('is said to be cut, and the address is not read', () => {
    const at = seed004.indexOf('Yhteyshenkilön sähköpostisoite:');
    expect(at).toBeGreaterThan(0);
    const line = seed004.slice(at, seed004.indexOf('\n', at));
    const cut = seed004.slice(0, at) + line.replace(/(?:@|\(at\)).*$/, '(at)');
    expect(cut.endsWith('(at)')).toBe(true);
    const result = parse(cut);
    expect(result.record!.contact.email).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').length).toBe(1);
  });
});

describe('audit round 8: guards from the third review', () => {
  it("guard: a name, date or other-language title right below a page's title is not joined to it, nor taken for the name", () => {
    for (const below of ['Vaasan kaupunki', '12.3.2019', 'Delaktighetens steg', 'OSKE']) {
      const record = parse(page.replace(`${pageTitle}\n`, `${pageTitle}\n${below}\n`)).record!;
      expect(record.project.name, below).toBe(pageTitle);
    }
  });

  it('guard: a one-word final text (`Kesken`) at the end of a file without a final line break stays the text', () => {
    const text = `${seed004.slice(0, seed004.indexOf('9 Loppuraportin tiivistelmä'))}9 Loppuraportin tiivistelmä\n\nKesken`;
    const result = parse(deriveShape(text, 'flat'));
    expect(result.unmapped.map((u) => u.value)).not.toContain('Kesken');
  });

  it('guard: a whole valid Y-tunnus on the last line of a cut copy is read', () => {
    const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
    const full = joint.replace(/Osatoteuttajat\n\n(?:.+\n)+/, 'Osatoteuttajat\n\nPohjoisen työvalmennus ry, 1957402-0\nJärvikylän kunta, 3064219-4\n');
    const cut = full.slice(0, full.indexOf('3064219-4') + '3064219-4'.length);
    expect(parse(cut).record!.organisation.coImplementers.at(-1)).toEqual({ name: 'Järvikylän kunta', businessId: '3064219-4' });
  });

  it('guard: a one-score row whose explanation starts in lower case, in a copy not hard-wrapped, is a row', () => {
    const text = seed004.replace('Materiaalit ja jätteet 5 8\n', 'Materiaalit ja jätteet 5\nhankkeessa huomioidaan materiaaleja ja jätteitä.\n');
    const rows = parse(text).record!.horizontalPrinciples.sustainableDevelopment;
    expect(rows.find((r) => r.criterion === 'Materiaalit ja jätteet')).toMatchObject({ direct: null, indirect: null });
  });

  it('guard: `ESR 10.1 …` in the axis field gives no axis 10 (a fund prefix before the axis number is read only before a number with its dot and a space)', async () => {
    const { parsePriorityAxis } = await import('../src/map/normalise.js');
    expect(parsePriorityAxis('ESR 10.1 Työllisyys').value!.number).toBeNull();
  });
});

describe('audit round 8: values and cuts of the English, EAKR and REACT-EU copies (§3–§7)', () => {
  it('a specific objective written after its own name (`Erityistavoite 12.1: …`, `ET 12.1`, `SO 12.3`) is read, with a note', async () => {
    const { parseSpecificObjective } = await import('../src/map/normalise.js');
    for (const [written, code, title] of [['Erityistavoite 12.1: Digitaalisten palvelujen saavutettavuus', '12.1', 'Digitaalisten palvelujen saavutettavuus'], ['ET 10.1 Työelämän ulkopuolella olevat', '10.1', 'Työelämän ulkopuolella olevat'], ['SO 12.3 Strengthening skills', '12.3', 'Strengthening skills']] as const) {
      const read = parseSpecificObjective(written);
      expect(read.value, written).toEqual({ code, title });
      expect(read.notes?.length, written).toBe(1);
    }
  });

  it('a copy cut in a label whose start is a furniture word (`Projektit` of `Projektityyppi:`), or after a wrapped period\'s date without its year, is said to be cut', () => {
    const at = seed000.indexOf('Projektityyppi:');
    expect(at).toBeGreaterThan(0);
    const result = parse(`${seed000.slice(0, at)}Projektit`);
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').length).toBe(1);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['text-cut-off']);
    const period = seed004.indexOf('Suunnitelman mukainen toteutusaika:');
    const wrapped = `${seed004.slice(0, period)}Suunnitelman mukainen toteutusaika: Alkaa 1.1.2015 ja\npäättyy 31.12.`;
    const cut = parse(wrapped);
    expect(cut.record!.project.period.end).toBeNull();
    expect(cut.diagnostics.filter((d) => d.rule === 'text-cut-off').length).toBe(1);
  });
});

describe('audit round 8: guards from the fourth review', () => {
  it('guard: a closing with a colon, two spaces or no dot starts a signature', () => {
    const finalReport = parse(seed004).record!.finalReportSummary;
    for (const closing of ['Terveisin:', 'Ystävällisin  terveisin', 'Yst. terv']) {
      expect(parse(`${seed004.trimEnd()}\n\n${closing}\nMatti Virtanen\nLapin ELY-keskus\n`).record!.finalReportSummary, closing).toBe(finalReport);
    }
  });

  it('`Tulostuspäivä 14.2.2019` and `Sivu 2 (5<TAB>)` under a value are furniture', () => {
    for (const stamp of ['Tulostuspäivä 14.2.2019', 'Hankkeen kuvaus    Sivu 2 (5\t)']) {
      expect(parse(below(seed004, 'Hankkeen yhteyshenkilön nimi: Multas Anne', stamp)).record!.contact.name, stamp).toBe('Multas Anne');
    }
  });

  it('guard: a co-implementer table with a header row keeps its entries', () => {
    const joint = readFileSync(`${root}fixtures/shapes/co-implementers/joint-project.txt`, 'utf8');
    const table = joint.replace(/Osatoteuttajat\n\n(?:.+\n)+/, 'Osatoteuttajat\n\nOrganisaatio\tY-tunnus\nPohjoisen työvalmennus ry\t1957402-0\nJärvikylän kunta\t3064219-4\n');
    expect(parse(table).record!.organisation.coImplementers.filter((e) => e.businessId !== null)).toEqual([
      { name: 'Pohjoisen työvalmennus ry', businessId: '1957402-0' },
      { name: 'Järvikylän kunta', businessId: '3064219-4' },
    ]);
  });

  it('a copy cut at a heading number alone, or a short word, in section 1 gives no missing-field errors', () => {
    for (const fragment of ['2', 'X', 'ha']) {
      const cut = `${seed004.slice(0, seed004.indexOf('2 Hakijan perustiedot'))}${fragment}`;
      expect(parse(cut).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule), fragment).toEqual(['text-cut-off']);
    }
  });
});
