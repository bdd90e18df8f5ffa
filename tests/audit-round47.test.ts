// What the forty-seventh round found: each reproduced on a small invented text or an edited fixture,
// read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';
import { strongCuts } from './helpers/edits.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
/** The line number of the text's first line that starts so. */
const lineStarting = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);

const seed004 = fixture('seeds/004_3bb6e26593869c78.txt');
const flat2014 = fixture('shapes/flattened/esr-2014-2020.txt');
/** The flattened 2014–2020 copy up to its last field of section 2 (its summary and later sections left out). */
const flatFields = flat2014.split('\n').slice(0, lineStarting(flat2014, 'Hakijoiden lukumäärä')).join('\n');

describe('forty-seventh round: a flattened summary opened by a one-word sub-heading, cut', () => {
  it('cut mid-word below `Tavoitteet`, saved with its line break, is said cut (was read whole)', () => {
    const text = `${flatFields}\nTavoitteet\nVäestönkasvua ylläpitää muuttovoitto ulkomailta. Tilastojen muk\n`;
    const result = parse(text);
    expect(result.record!.summary).toBe('Tavoitteet\nVäestönkasvua ylläpitää muuttovoitto ulkomailta. Tilastojen muk');
    expect(said(result, 'text-cut-off')).toEqual([['warning', lineStarting(text, 'Väestönkasvua')]]);
  });

  it('cut right after the sub-heading, the summary a word alone, is said cut (was read whole)', () => {
    const text = `${flatFields}\nTavoitteet\n`;
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', lineStarting(text, 'Tavoitteet')]]);
  });

  it('guard: the whole flattened copy, and a summary sentence that ends with its full stop below the sub-heading, are not said cut', () => {
    expect(said(parse(flat2014), 'text-cut-off')).toEqual([]);
    expect(said(parse(`${flatFields}\nTavoitteet\nVäestönkasvua ylläpitää muuttovoitto ulkomailta.\n`), 'text-cut-off')).toEqual([]);
  });
});

describe('forty-seventh round: a copy ending on an abbreviation', () => {
  const cutAfter4_1 = (words: string) => `${seed004.slice(0, seed004.indexOf('4.1 Varsinaiset kohderyhmät'))}4.1 Varsinaiset kohderyhmät\n\n${words}`;
  it('`Kts.` alone as a section\'s first paragraph (the words after it cut) is said cut (was read whole, diagnostics none)', () => {
    for (const words of ['Kts.', 'Esim.', 'Vrt.']) {
      const text = cutAfter4_1(words);
      const result = parse(text);
      expect(said(result, 'text-cut-off'), words).toEqual([['warning', lineStarting(text, words)]]);
    }
  });

  it('a summary ending on `kts.` (`… josta aiheutuu kts.`) is said cut, as `ks.` was', () => {
    const text = `${seed004.slice(0, seed004.indexOf('4 Hankkeen kohderyhmät'))}`.trimEnd().replace(/\.$/u, ' kts.');
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', text.split('\n').length]]);
  });

  it('guard: a one-letter initial alone (`N.`) and a sentence ending on a word are not said cut', () => {
    // (Said, if at all, as a copy that ends whole before the sections it lacks: the line is not doubted.)
    expect(strongCuts(parse(cutAfter4_1('Työttömät nuoret.\n')))).toEqual([]);
    expect(strongCuts(parse(cutAfter4_1('N.')))).toEqual([]);
  });
});

describe('forty-seventh round: a project page copied without its top (a copy starting inside it)', () => {
  const page = fixture('pages/ended.txt');
  const from = (start: string) => {
    expect(page).toContain(start);
    return page.slice(page.indexOf(start));
  };
  it('a first line that is a line\'s end (`… Etelä-Savossa.`, `| Etelä-Savo`, `ttynyt`) is no title: kept in unmapped, said at line 1 (was the project\'s name, unsaid)', () => {
    for (const start of ['työllistymisen tukeminen Etelä-Savossa.', '| Etelä-Savo', 'ttynyt']) {
      const result = parse(from(start));
      expect(result.template, start).toBe('project-page');
      expect(result.record!.project.name, start).toBeNull();
      expect(result.record!.project.tagline, start).toBeNull();
      expect(result.unmapped.some((entry) => entry.line === 1 && start.startsWith(String(entry.value))), start).toBe(true);
      expect(result.diagnostics.filter((d) => d.rule === 'unmapped-text' && d.line === 1 && d.message.includes('cut away')), start).toHaveLength(1);
    }
  });

  it('a bar cut inside its first date (`.2016 – 31.12.2018 | Etelä-Savo`) is the bar, its start not read, and no title', () => {
    const result = parse(from('.2016 – 31.12.2018'));
    expect(result.record!.project.name).toBeNull();
    // (Said as the bar's date not read, since the seventy-fifth round; before, as a mismatch with `null`.)
    expect(said(result, 'invalid-date')).toEqual([['warning', 1]]);
  });

  it('the bar\'s end (`8 | Etelä-Savo`) is no title either', () => {
    const result = parse(from('8 | Etelä-Savo'));
    expect(result.record!.project.name).toBeNull();
    expect(said(result, 'unmapped-text')).toContainEqual(['warning', 1]);
  });

  it('a value right above a later field (`Mikkelin kaupunki` / `Maakunta: …`), or a value above a later section (`Työelämän … parantaminen` / `Lyhyt selostus hankkeesta:`, no bar, status or facts), is read as the title, but said: a page\'s title there looks the same (reviews R, R3)', () => {
    for (const start of ['Mikkelin kaupunki\nMaakunta', 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen\n\nLyhyt']) {
      const result = parse(from(start));
      expect(result.record!.project.name, start).toBe(start.split('\n')[0]);
      expect(said(result, 'heading-variant'), start).toContainEqual(['warning', 1]);
    }
  });

  it('guard (review R3): a title in lower case right above the facts\' fields, or right on `Yleistiedot hankkeesta`, with no bar or status, is read and said', () => {
    const facts = page.slice(page.indexOf('EURA-tunnus:'));
    const general = page.slice(page.indexOf('Yleistiedot hankkeesta'));
    for (const text of [`kylät kuntoon\n${facts}`, `kylät kuntoon\n\n${general}`]) {
      const result = parse(text);
      expect(result.record!.project.name).toBe('kylät kuntoon');
      expect(said(result, 'heading-variant')).toContainEqual(['warning', 1]);
    }
  });

  it('audit T: a copy starting at the bar\'s last part (`Etelä-Savo`), inside a sentence (`…, joka on` / `palkannut …`), inside the summary, after `Erityistavoite:`, or at a placeholder (`Kesken.`) has no title (each was the project\'s name, unsaid)', () => {
    const team = page.replace('Projektipäällikkö ja kaksi ohjaajaa.', 'Hanketta hallinnoi Mikkelin kaupunki, joka on\npalkannut projektipäällikön ja kaksi ohjaajaa.');
    const cases = [
      from('Etelä-Savo\n\nHanke päättynyt'),
      team.slice(team.indexOf('Mikkelin kaupunki, joka on')),
      from('Hanke tuki nuoria työhön.'),
      from('Kyllä, kahteen kuntaan.').replace('Kyllä, kahteen kuntaan.', 'Kesken.'),
      // (A team's text of one long sentence, its heading cut away; a team's role named `Projektitiimi` below.)
      `${page.replace('Projektipäällikkö ja kaksi ohjaajaa.', 'Hanketta hallinnoi Mikkelin kaupunki, joka on palkannut projektipäällikön ja kaksi ohjaajaa.').slice(page.indexOf('Projektitiimi:\n\n') + 'Projektitiimi:\n\n'.length)}\nEri tahojen merkitys\n\nProjektitiimi\n\nTiimi veti hanketta.\n`,
    ];
    for (const text of cases) {
      const result = parse(text);
      const first = text.split('\n')[0];
      expect(result.record!.project.name, first).toBeNull();
      expect(result.record!.project.tagline, first).toBeNull();
      expect(result.unmapped.some((entry) => entry.line === 1), first).toBe(true);
      expect(said(result, 'unmapped-text'), first).toContainEqual(['warning', 1]);
    }
  });

  it('guard (audit T): a copy starting at the facts\' `Aloituspäivä:` reads it, not as a page\'s date stamp, and has no title', () => {
    const result = parse(from('Aloituspäivä: 01.01.2016'));
    expect(result.record!.project.name).toBeNull();
    expect(result.record!.project.period).toEqual({ start: '2016-01-01', end: '2018-12-31' });
  });

  it('the title cut inside (`työhön`), its tagline and bar below it: read as the title, said (a title in lower case looks the same, review R), the tagline and the bar read', () => {
    const result = parse(from('työhön\n'));
    expect(result.record!.project.name).toBe('työhön');
    expect(said(result, 'heading-variant')).toContainEqual(['warning', 1]);
    expect(result.record!.project.tagline).toBe('Nuorten työllistymisen tukeminen Etelä-Savossa.');
    expect(result.record!.project.period).toEqual({ start: '2016-01-01', end: '2018-12-31' });
  });

  it('guard (review R2): a title in lower case right on the bar, or with its tagline and status and no bar, or above a tagline in lower case, is read and said; a title wrapped after `että` above `Yleistiedot hankkeesta`, no bar or status, is read', () => {
    const lower = page.replace('Nuorten polut työhön', 'kylätalkoot 2.0');
    const cases = [lower.replace('Nuorten työllistymisen tukeminen Etelä-Savossa.\n\n', ''), lower.replace(/Toimintalinja 5 \(ESR\) \|[^\n]*\n\n/u, ''), lower.replace('Nuorten työllistymisen tukeminen Etelä-Savossa.', 'nuorten työllistymisen tukeminen.')];
    for (const text of cases) {
      const result = parse(text);
      expect(result.record!.project.name).toBe('kylätalkoot 2.0');
      expect(said(result, 'heading-variant')).toContainEqual(['warning', 1]);
    }
    const wrapped = page.replace('Nuorten polut työhön', 'Kylät kuntoon niin, että\nkaikki pääsevät mukaan').replace(/Toimintalinja 5 \(ESR\) \|[^\n]*\n\nHanke päättynyt\n/u, '');
    expect(wrapped).not.toContain('Hanke päättynyt');
    expect(parse(wrapped).record!.project.name).toBe('Kylät kuntoon niin, että kaikki pääsevät mukaan');
  });

  it('guard (review R): a title wrapped after a relative word above its tagline and bar (`Kylä, joka` / `kantaa`), a title led by an ellipsis, and a page whose facts stand below its summary keep their titles', () => {
    const wrapped = parse(page.replace('Nuorten polut työhön', 'Kylä, joka\nkantaa'));
    expect(wrapped.record!.project.name).toBe('Kylä, joka kantaa');
    expect(parse(deriveShape(page.replace('Nuorten polut työhön', 'Kylä, joka\nkantaa'), 'noblank')).record!.project.name).toBe('Kylä, joka kantaa');
    expect(parse(page.replace('Nuorten polut työhön', '…ja kylä elää!')).record!.project.name).toBe('…ja kylä elää!');
    const top = page.slice(0, page.indexOf('Toimintalinja 5 (ESR) |'));
    const facts = page.slice(page.indexOf('Yleistiedot hankkeesta'), page.indexOf('Lyhyt selostus hankkeesta:'));
    const rest = page.slice(page.indexOf('Lyhyt selostus hankkeesta:'));
    expect(parse(`${top}${rest}\n${facts}`).record!.project.name).toBe('Nuorten polut työhön');
  });

  it('guard: the whole page, a title in a brand\'s small letter (`eTaidot arkeen`), and a draft\'s placeholder title keep their readings', () => {
    expect(parse(page).record!.project.name).toBe('Nuorten polut työhön');
    expect(parse(page.replace('Nuorten polut työhön', 'eTaidot arkeen')).record!.project.name).toBe('eTaidot arkeen');
    const draft = parse(page.replace('Nuorten polut työhön', '<nimi>'));
    expect(said(draft, 'placeholder-text')).toEqual([['warning', 1]]);
  });
});

describe('forty-seventh round: a 2007–2013 copy whose section 2 opens on a label two of its fields share', () => {
  const seed000 = fixture('seeds/000_ddad63b48901b7a4.txt');
  it('the contact\'s `Puhelinnumero:` first (the lines above cut away) is read as the organisation\'s by order, and said (was unsaid)', () => {
    const lines = seed000.split('\n');
    const contactPhone = lines.findIndex((line, i) => line.startsWith('Puhelinnumero:') && i > lines.findIndex((l) => l.startsWith('Sähköposti:')));
    const text = lines.slice(contactPhone).join('\n');
    const result = parse(text);
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label' && d.line === 1 && d.path === '/organisation/phone')).toHaveLength(1);
  });

  it('guard: the whole seed has no such warning', () => {
    expect(said(parse(seed000), 'ambiguous-label')).toEqual([]);
  });
});

describe('forty-seventh round: a hard-wrapped project page copied from its tagline (no title line)', () => {
  const page = deriveShape(deriveShape(fixture('seeds/003_4ea2b71e336645b9.txt'), 'noblank'), 'wrap60');
  const withoutTitle = page.slice(page.indexOf('Tavoitteena on'));
  it('the tagline wrapped over two lines (`Tavoitteena on … toimintakyvyn` / `parantaminen.`, bar below) is one sentence read as the title, said (was title and tagline, unsaid)', () => {
    expect(withoutTitle.split('\n').slice(0, 2)).toEqual(['Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn', 'parantaminen.']);
    const result = parse(withoutTitle);
    expect(result.record!.project.tagline).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'heading-variant' && d.line === 1 && d.message.includes('copied without its title'))).toHaveLength(1);
  });

  it('guard: the whole wrapped page keeps its title and tagline', () => {
    const result = parse(page);
    expect(result.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
    expect(result.record!.project.tagline).toBe('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.');
  });
});

describe('forty-seventh round (audit T): a copy whose top was cut inside a longer label', () => {
  const seed000 = fixture('seeds/000_ddad63b48901b7a4.txt');
  it('`kunnat: …`, the end of `Maakunnat:` or `Seutukunnat:`, first is no `Kunnat:` field: kept in unmapped, said; the copy\'s own `Kunnat:` read (were the regions as municipalities, the real list a duplicate)', () => {
    for (const label of ['Maakunnat: Etelä-Karjala', 'Seutukunnat: Salon']) {
      const text = seed000.slice(seed000.indexOf(label) + label.indexOf('kunnat'));
      expect(text.startsWith('kunnat: ')).toBe(true);
      const result = parse(text);
      expect(result.record!.targetArea.municipalities[0], label).toBe('Espoo');
      expect(result.unmapped.some((entry) => entry.line === 1 && String(entry.value).startsWith('kunnat: ')), label).toBe(true);
      expect(said(result, 'unmapped-text'), label).toContainEqual(['warning', 1]);
      expect(said(result, 'duplicate-field'), label).toEqual([]);
    }
  });

  it('` puhelinnumero: …`, the end of the contact\'s `Yhteyshenkilön puhelinnumero:`, written once: read as the organisation\'s phone, but said (was unsaid); so is `kunnat: …` written once (review R2: a whole `kunnat:` list looks the same)', () => {
    const label = 'Yhteyshenkilön puhelinnumero:';
    const text = seed004.slice(seed004.indexOf(label) + 'Yhteyshenkilön'.length);
    const result = parse(text);
    expect(result.record!.organisation.phone).toBe('0400 225 587');
    expect(result.diagnostics.filter((d) => d.rule === 'ambiguous-label' && d.line === 1 && d.path === '/organisation/phone')).toHaveLength(1);
    const list = parse(seed000.slice(seed000.indexOf('Kunnat: Espoo')).replace('Kunnat: Espoo', 'kunnat: Espoo'));
    expect(list.record!.targetArea.municipalities[0]).toBe('Espoo');
    expect(said(list, 'ambiguous-label')).toContainEqual(['warning', 1]);
  });

  it('guard: a copy starting at `Kunnat:` (its capital), or at a page\'s `rahoittaja:` (the end of `Hankkeen rahoittaja:`, one field with `Rahoittaja:`), reads it', () => {
    const result = parse(seed000.slice(seed000.indexOf('Kunnat: Espoo')));
    expect(result.record!.targetArea.municipalities[0]).toBe('Espoo');
    const page = fixture('pages/ended.txt');
    const funder = parse(page.slice(page.indexOf('rahoittaja: Etelä-Savon')));
    expect(funder.record!.project.managingAuthority).toBe('Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus');
  });
});
