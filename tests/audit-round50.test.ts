// What the fiftieth round found: each reproduced on a small invented text or an edited fixture,
// read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);
const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');

/** An invented project page, its facts one a line. */
const tidyPage = [
  'Kylien kuljetusverkko',
  '',
  'Maaseudun kyläkuljetusten kehittäminen Pohjois-Karjalassa.',
  '',
  'Toimintalinja 3 (EAKR) | 01.03.2017 – 28.02.2020 | Pohjois-Karjala',
  '',
  'Yleistiedot hankkeesta',
  '',
  'Tietoja hankkeesta:',
  '',
  'Hankkeen rahoittaja: Pohjois-Karjalan elinkeino-, liikenne- ja ympäristökeskus',
  'EURA-tunnus: A72418',
  'Toteuttajaorganisaatio: Joensuun seudun kehittämisyhtiö oy',
  'Maakunta: Pohjois-Karjala',
  'Aloituspäivä: 01.03.2017',
  'Lopetuspäivä: 28.02.2020',
  'Budjetti: 500000-1000000 €',
  'Toimintalinja: Toimintalinja 3 (EAKR)',
  'Erityistavoite: Uuden tiedon ja osaamisen tuottaminen sekä hyödyntäminen',
  '',
  'Lyhyt selostus hankkeesta:',
  '',
  'Hanke kehitti kylien kuljetuksia yhdessä asukkaiden kanssa.',
].join('\n');

/** The same page with its facts reflowed as `fmt -w 58` joins a paragraph's lines. */
const reflowedPage = tidyPage.replace(
  /Hankkeen rahoittaja:[^]*?hyödyntäminen/u,
  [
    'Hankkeen rahoittaja: Pohjois-Karjalan elinkeino-,',
    'liikenne- ja ympäristökeskus EURA-tunnus: A72418',
    'Toteuttajaorganisaatio: Joensuun seudun kehittämisyhtiö oy',
    'Maakunta: Pohjois-Karjala Aloituspäivä: 01.03.2017',
    'Lopetuspäivä: 28.02.2020 Budjetti: 500000-1000000 €',
    'Toimintalinja: Toimintalinja 3 (EAKR) Erityistavoite:',
    'Uuden tiedon ja osaamisen tuottaminen sekä hyödyntäminen',
  ].join('\n'),
);

describe('fiftieth round: a project page whose facts were reflowed onto fewer lines', () => {
  it('the tidy page reads its facts (guard)', () => {
    const record = parse(tidyPage).record!;
    expect(record.project.managingAuthority).toBe('Pohjois-Karjalan elinkeino-, liikenne- ja ympäristökeskus');
    expect(record.project.euraId).toBe('A72418');
    expect(record.project.specificObjective).toEqual({ code: null, title: 'Uuden tiedon ja osaamisen tuottaminen sekä hyödyntäminen' });
  });

  it('a value run onto the next line before a label (`… elinkeino-,` / `liikenne- ja ympäristökeskus EURA-tunnus: …`) is read whole (was cut at the line\'s end, the next label unknown)', () => {
    const reflowed = parse(reflowedPage);
    expect(reflowed.record).toEqual(parse(tidyPage).record);
    expect(reflowed.unmapped).toEqual([]);
    expect(said(reflowed, 'unknown-label')).toEqual([]);
    expect(said(reflowed, 'value-wrapped')).toContainEqual(['info', 11]);
  });

  it('an empty label\'s value before the next label (`Maakunta:` / `Pohjois-Karjala Aloituspäivä: …`), and an axis\'s end that starts with its figure (`Toimintalinja:` / `3 (EAKR) Erityistavoite: …`), are those fields\' values', () => {
    const text = tidyPage.replace(
      /Hankkeen rahoittaja:[^]*?hyödyntäminen/u,
      [
        'Hankkeen rahoittaja: Pohjois-Karjalan elinkeino-, liikenne- ja ympäristökeskus',
        'EURA-tunnus: A72418 Toteuttajaorganisaatio: Joensuun seudun kehittämisyhtiö oy Maakunta:',
        'Pohjois-Karjala Aloituspäivä: 01.03.2017 Lopetuspäivä: 28.02.2020',
        'Budjetti: 500000-1000000 € Toimintalinja: Toimintalinja',
        '3 (EAKR) Erityistavoite: Uuden tiedon ja osaamisen tuottaminen sekä hyödyntäminen',
      ].join('\n'),
    );
    const reflowed = parse(text);
    expect(reflowed.record).toEqual(parse(tidyPage).record);
    expect(said(reflowed, 'value-below-label')).toEqual([['info', 13]]);
    expect(said(reflowed, 'unknown-label')).toEqual([]);
  });

  it('a sentence before a label is no value run on (guard): `… kanssa. Maakunta: …` stays an unknown label', () => {
    const text = tidyPage.replace('Maakunta: Pohjois-Karjala', 'Yhteistyö alkoi kuntien kanssa. Maakunta: Pohjois-Karjala');
    const result = parse(text);
    expect(said(result, 'unknown-label')).toEqual([['warning', 14]]);
  });
});

const jointProject = fixture('shapes/co-implementers/joint-project.txt');
/** The summary's second paragraph broken by a printed page's footer and running header. */
const pageBreakInSummary = (header: string) =>
  jointProject.replace(
    'Hankkeen aikana kokeillaan lyhyitä, työpaikoilla toteutettavia koulutusjaksoja, joiden sisältö sovitaan yhdessä työnantajan kanssa.',
    `Hankkeen aikana kokeillaan lyhyitä, työpaikoilla toteutettavia koulutusjaksoja,\nSivu 2 (4)\n${header}\njoiden sisältö sovitaan yhdessä työnantajan kanssa.`,
  );

describe('fiftieth round: a printed copy\'s running header inside a paragraph', () => {
  it('`ESR-hankekuvaus S21847` below a page count is furniture (was read into the summary with no diagnostic)', () => {
    const result = parse(pageBreakInSummary('ESR-hankekuvaus S21847'));
    expect(result.record!.summary).not.toContain('hankekuvaus');
    expect(result.record!.summary).toContain('koulutusjaksoja,\njoiden sisältö');
    expect(said(result, 'page-furniture')).toEqual([['info', 61], ['info', 62]]);
  });

  it('so are `EAKR-projektikuvaus` and `ESR-hankkeen kuvaus` beside the code', () => {
    for (const header of ['EAKR-projektikuvaus S21847', 'ESR-hankkeen kuvaus S21847']) {
      const result = parse(pageBreakInSummary(header));
      expect(result.record!.summary).not.toContain('kuvaus S21847');
      expect(said(result, 'page-furniture')).toEqual([['info', 61], ['info', 62]]);
    }
  });

  it('the project\'s name and a description\'s words inside a sentence, written once, are a header too, said as a warning (was read into the summary)', () => {
    const text = jointProject.replace(
      'Hankkeen aikana kokeillaan lyhyitä, työpaikoilla toteutettavia koulutusjaksoja, joiden sisältö sovitaan yhdessä työnantajan kanssa.',
      'Hankkeen aikana kokeillaan lyhyitä, työpaikoilla toteutettavia koulutusjaksoja,\nTyöpolku Pohjoiseen – hankekuvaus\njoiden sisältö sovitaan yhdessä työnantajan kanssa.',
    );
    const result = parse(text);
    expect(result.record!.summary).not.toContain('hankekuvaus');
    expect(said(result, 'page-furniture')).toEqual([['warning', 61]]);
  });

  it('the same line after a sentence\'s end is the text\'s own (guard)', () => {
    const text = jointProject.replace(
      'Polun jokaisessa vaiheessa asiakkaalla on sama vastuuvalmentaja.',
      'Polun jokaisessa vaiheessa asiakkaalla on sama vastuuvalmentaja.\nTyöpolku Pohjoiseen – hankekuvaus\nkertoo polun vaiheet.',
    );
    expect(parse(text).record!.summary).toContain('Työpolku Pohjoiseen – hankekuvaus');
  });
});

const taDescription = fixture('shapes/renumbered/technical-assistance-2007-2013.txt');

describe('fiftieth round: a technical-assistance copy without blank lines', () => {
  it('its section 3 heading, which the layout does not know, right below section 2\'s last field, is a heading as with blank lines (was read with its text into targetArea.description)', () => {
    const tidy = parse(taDescription);
    const noBlank = parse(`${deriveShape(taDescription, 'noblank')}\n`);
    expect(noBlank.record!.targetArea.description).toBeNull();
    expect(noBlank.record).toEqual(tidy.record);
    // (One entry for the section's text without blank lines, one a paragraph with them.)
    expect(noBlank.unmapped.map((u) => u.value).join('\n')).toBe(tidy.unmapped.map((u) => u.value).join('\n'));
    expect(said(noBlank, 'unknown-section')).toEqual([['warning', 23]]);
    expect(said(noBlank, 'ambiguous-prose-boundary')).toEqual([]);
  });

  it('a numbered list item after a field that does not follow the headings\' numbers stays text (guard)', () => {
    const text = deriveShape(taDescription, 'noblank').replace('3. Projektin tavoitteet ja toimenpiteet', '5. Projektin tavoitteet ja toimenpiteet');
    expect(said(parse(text), 'unknown-section')).toEqual([]);
  });
});

describe('fiftieth round: a mail\'s signature after a whole description, saved without a final line break', () => {
  it('is no cut (was `text-cut-off` at the signature\'s last line, failing --strict)', () => {
    const seed = fixture('seeds/000_ddad63b48901b7a4.txt').trimEnd();
    const result = parse(`${seed}\n\n--\nTerveisin\nPekka Virtanen\npuh. 040 111 2222`);
    expect(said(result, 'text-cut-off')).toEqual([]);
    expect(result.record!.finalReportSummary).toBe(parse(seed).record!.finalReportSummary);
  });

  it('a copy cut mid-sentence before the signature is still said cut (guard)', () => {
    const seed = fixture('seeds/000_ddad63b48901b7a4.txt').trimEnd();
    const cut = seed.slice(0, seed.lastIndexOf(' '));
    const result = parse(`${cut}\n\n--\nTerveisin\nPekka Virtanen\npuh. 040 111 2222`);
    expect(said(result, 'text-cut-off').length).toBe(1);
  });
});

/** Section 2 with a second contact person's block after the first's. */
const secondContact = (block: string[]) => {
  const lines = jointProject.split('\n');
  const at = lines.indexOf('Hakijoiden lukumäärä tai tuen siirto -menettely: Hakijoita on useampi kuin yksi (yhteishanke)');
  return [...lines.slice(0, at), ...block.flatMap((line) => [line, '']), ...lines.slice(at)].join('\n');
};

describe('fiftieth round: a second contact person\'s block', () => {
  it('a field the first contact lacks, below the second\'s name, is not read as the first\'s (was: the first contact with the second\'s e-mail, no diagnostic)', () => {
    const text = secondContact(['Hankkeen yhteyshenkilön nimi: Rinne Pekka', 'Yhteyshenkilön sähköpostisoite: pekka.rinne(at)pohjolan-koulutusyhtyma.fi'])
      .replace('Yhteyshenkilön sähköpostisoite: marja.kettunen(at)pohjolan-koulutusyhtyma.fi\n\n', '');
    const result = parse(text);
    expect(result.record!.contact).toEqual({ name: 'Kettunen Marja', title: 'Projektipäällikkö', email: null, phone: '040 555 7182' });
    expect(said(result, 'duplicate-field')).toEqual([['warning', 45], ['warning', 47]]);
    expect(result.unmapped.map((u) => u.value)).toEqual(['Rinne Pekka', 'pekka.rinne(at)pohjolan-koulutusyhtyma.fi']);
  });

  it('the organisation\'s fields are not the second contact\'s (guard): a field of the same object only', () => {
    const text = secondContact(['Hankkeen yhteyshenkilön nimi: Rinne Pekka']);
    const result = parse(text);
    expect(result.record!.contact).toEqual({ name: 'Kettunen Marja', title: 'Projektipäällikkö', email: 'marja.kettunen@pohjolan-koulutusyhtyma.fi', phone: '040 555 7182' });
    expect(result.record!.organisation.applicantArrangement).toBe('Hakijoita on useampi kuin yksi (yhteishanke)');
    expect(said(result, 'duplicate-field')).toEqual([['warning', 47]]);
  });
});
