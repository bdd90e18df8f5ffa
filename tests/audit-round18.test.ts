// Values read wrong found by the eighteenth round: real register pages copied through two or three
// programs in turn, partial and rearranged copies, and one random edit each — each failure
// reproduced on a seed with one change: read right now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed000 = seed('000_ddad63b48901b7a4');
const seed003 = seed('003_4ea2b71e336645b9');
const seed004 = seed('004_3bb6e26593869c78');
const recordOf = (text: string) => parse(text).record;
const warnings = (text: string) => parse(text).diagnostics.filter((d) => d.severity !== 'info');
const noBlank = deriveShape(seed004, 'noblank');

describe('audit round 18: a score table re-wrapped narrower', () => {
  it('a criterion wrapped twice, a word alone between its start and its scores, is one row', () => {
    const own = recordOf(noBlank)!.horizontalPrinciples.sustainableDevelopment;
    const copy = noBlank.replace('Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen) 4 8', 'Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasu-\njen\nväheneminen) 4 8');
    expect(copy).toContain('\njen\n');
    const rows = recordOf(copy)!.horizontalPrinciples.sustainableDevelopment;
    expect(rows.map((r) => r.criterion)).toEqual(own.map((r) => r.criterion));
    expect(rows[3]).toEqual(own[3]);
    expect(rows[2].text).toBe(own[2].text);
  });

  it('an explanation glued to the next criterion without a space is read apart, said', () => {
    const own = recordOf(noBlank)!.horizontalPrinciples.sustainableDevelopment;
    const explanation = noBlank.split('\n').find((line) => line.startsWith('Hankkeen toimenpiteissä tuodaan asiakkaille esille paikallista'))!;
    const copy = noBlank.replace(`${explanation}\nAineettomien`, `${explanation}Aineettomien`);
    expect(copy).not.toBe(noBlank);
    const result = parse(copy);
    expect(result.record!.horizontalPrinciples.sustainableDevelopment).toEqual(own);
    expect(result.diagnostics.some((d) => d.rule === 'glued-fields' && d.severity === 'warning')).toBe(true);
  });
});

describe('audit round 18: a page number alone between paragraphs', () => {
  it('inside a project page\'s text, the sentence going on below it, is no text of it (kept apart, said)', () => {
    const paragraph = 'kuten muun muassa työpajoja,';
    expect(seed003).toContain(paragraph);
    const copy = seed003.replace(`${paragraph} `, `${paragraph}\n\n1\n\n`);
    const result = parse(copy);
    expect(result.record!.summary).not.toMatch(/\n1\n/u);
    expect(result.unmapped.map((u) => u.value)).toContain('1');
    expect(result.diagnostics.some((d) => d.rule === 'unmapped-text' && d.line === copy.split('\n').indexOf('1') + 1)).toBe(true);
  });

  it('among a project page\'s roles, at a role text\'s start, is no part of it', () => {
    const copy = seed003.replace('Kumppanit\n\n', 'Kumppanit\n\n4\n\n');
    const own = recordOf(seed003)!.projectPage.roles;
    const result = parse(copy);
    expect(result.record!.projectPage.roles).toEqual(own);
    expect(result.unmapped.map((u) => u.value)).toContain('4');
  });

  it('below a line ending in a colon it is that line\'s value, kept in the text but said (it may be a page number)', () => {
    const summary = recordOf(seed000)!.summary!;
    const sentence = summary.split('\n\n')[1];
    for (const [above, below] of [['Varsinaiset kohderyhmät:', '- ikääntyvät työttömät'], ['Asiakkaita vuodessa:', 'Muu teksti jatkuu.']]) {
      const copy = seed000.replace(`${sentence}`, `${sentence}\n${above}\n\n3\n\n${below}`);
      const result = parse(copy);
      expect(result.record!.summary).toContain(`${above}\n\n3\n\n${below}`);
      const line = copy.split('\n').indexOf('3') + 1;
      expect(result.diagnostics.filter((d) => d.rule === 'page-number-in-text').map((d) => [d.severity, d.line])).toEqual([['warning', line]]);
    }
  });

  it('a list numbered with numbers alone is the text\'s, on a page and in a description', () => {
    const list = '1\n\nkohderyhmän tavoittaminen arkiympäristöissä,\n\n2\n\nelämänhallinnan edistäminen,';
    const paragraph = 'kuten muun muassa työpajoja,';
    const page = parse(seed003.replace(`${paragraph} `, `${paragraph}\n\n${list}\n\n`));
    expect(page.record!.summary).toContain(list);
    const summary = recordOf(seed000)!.summary!.split('\n\n')[1];
    expect(recordOf(seed000.replace(summary, `${summary}\n\n${list}`))!.summary).toContain(list);
  });
});

describe('audit round 18: an e-mail attribution line above a wrapped quoted copy', () => {
  it('a line longer than the copy\'s width above its first label hides no wrap', () => {
    const wrapped = deriveShape(deriveShape(seed004, 'flat'), 'wrap60');
    const quoted = `On 30 Nov 2026, at 14:05, Matti Meikäläinen <matti.meikalainen@example.fi> wrote:\n${wrapped.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n')}\n`;
    const own = recordOf(wrapped)!;
    const result = parse(quoted);
    expect(result.ok).toBe(true);
    expect(result.record!.project).toEqual(own.project);
    expect(result.record!.organisation).toEqual(own.organisation);
  });
});

describe('audit round 18: a second description pasted below the first without its title', () => {
  const head = seed004.slice(0, seed004.indexOf('4.1 Varsinaiset kohderyhmät'));

  it('from its first section\'s heading: kept apart, nothing of it in the first record', () => {
    for (const second of [seed004.slice(seed004.indexOf('1 Hanke')), seed000.slice(seed000.indexOf('1. Projekti'))]) {
      const copy = `${head}\n${second}`;
      const result = parse(copy);
      expect(result.record!.project.code).toBe('S20078');
      expect(result.record!.funding.grantedEuAndState).toBeNull();
      expect(result.record!.targetGroups.primary).toBeNull();
      const at = copy.indexOf('\n1', head.length) + 1;
      const line = copy.slice(0, at).split('\n').length;
      expect(result.diagnostics.some((d) => d.rule === 'unknown-section' && d.line === line)).toBe(true);
    }
  });

  it('a first section\'s heading alone pasted into a text, no labels below it, stays the text\'s (said)', () => {
    const copy = seed004.replace('4 Hankkeen kohderyhmät', '1 Hanke\n\nTämä rivi liitettiin vahingossa.\n\n4 Hankkeen kohderyhmät');
    expect(copy).not.toBe(seed004);
    const result = parse(copy);
    expect(result.record!.targetGroups.primary).toBe(recordOf(seed004)!.targetGroups.primary);
    expect(result.record!.summary).toContain('1 Hanke');
    expect(result.diagnostics.some((d) => d.rule === 'heading-in-text')).toBe(true);
  });
});

describe('audit round 18: one random edit of a field line', () => {
  it('two fields glued after a figure, a capital or a punctuation mark are read apart (said)', () => {
    const own = recordOf(seed004)!;
    const cases: [string, string][] = [
      ['Jakeluosoite: PL 13\n\nPuhelinnumero:', 'Jakeluosoite: PL 13Puhelinnumero:'],
      ['Postitoimipaikka: Kuusamo\n\nWWW-osoite:', 'Postitoimipaikka: KUUSAMOWWW-osoite:'],
      ['Hankkeen nimi: Välittävät verkostot\n\nToimintalinja:', 'Hankkeen nimi: Välittävät verkostot!Toimintalinja:'],
    ];
    for (const [from, to] of cases) {
      expect(seed004).toContain(from);
      const result = parse(seed004.replace(from, to));
      expect(result.record!.organisation.phone, to).toBe(own.organisation.phone);
      expect(result.record!.organisation.website, to).toBe(own.organisation.website);
      expect(result.record!.project.priorityAxis, to).toEqual(own.project.priorityAxis);
      expect(result.diagnostics.some((d) => d.rule === 'glued-fields'), to).toBe(true);
    }
  });

  it('a numbered heading glued to a value\'s last figures is read off it, said', () => {
    const copy = seed000.replace('Puhelinnumero: 020 610 7074\n\n3. Projektin', 'Puhelinnumero: 020 610 70743. Projektin');
    const result = parse(copy);
    expect(result.record!.contact.phone).toBe('020 610 7074');
    expect(result.record!.targetArea.regions).toEqual(recordOf(seed000)!.targetArea.regions);
    expect(result.diagnostics.some((d) => d.rule === 'glued-fields' && d.severity === 'warning')).toBe(true);
  });

  it('a colon written twice after a label is no part of the value (an info)', () => {
    const result = parse(seed004.replace('Hankkeen nimi: Välittävät', 'Hankkeen nimi:: Välittävät').replace('Erityistavoite: 10.1.', 'Erityistavoite:: 10.1.'));
    expect(result.record!.project.name).toBe('Välittävät verkostot');
    expect(result.record!.project.specificObjective).toEqual(recordOf(seed004)!.project.specificObjective);
    expect(result.diagnostics.filter((d) => d.rule === 'normalised-value' && /colon after the label is written twice/u.test(d.message))).toHaveLength(2);
  });

  it('a numbered heading with a list marker before it, or without the space after its number, or broken inside a word, is the heading', () => {
    const own = recordOf(seed000)!.targetGroups;
    for (const heading of ['- 3.3 Välilliset kohderyhmät', '• 3.3 Välilliset kohderyhmät', '3.3Välilliset kohderyhmät', '3.3 Välilliset kohde\nryhmät']) {
      const result = parse(seed000.replace('3.3 Välilliset kohderyhmät', heading));
      expect(result.record!.targetGroups, heading).toEqual(own);
    }
    expect(recordOf(seed004.replace('4.2 Välilliset kohderyhmät', '- 4.2 Välilliset kohderyhmät'))!.targetGroups).toEqual(recordOf(seed004)!.targetGroups);
  });

  it('a heading with a list marker and another number than its section\'s is read by its words, said', () => {
    const copy = seed004.replace('4.2 Välilliset kohderyhmät', '- 4.7 Välilliset kohderyhmät');
    expect(recordOf(copy)!.targetGroups).toEqual(recordOf(seed004)!.targetGroups);
    expect(warnings(copy).map((d) => d.rule)).toContain('heading-renumbered');
  });
});

describe('audit round 18: people\'s edits around the fields and below the text', () => {
  it('a project page\'s role line with a list marker is a role, before a sentence of its own', () => {
    const result = parse(seed003.replace('\nKumppanit\n', '\n• Kumppanit\n'));
    expect(result.record!.projectPage.roles.map((r) => r.role)).toEqual(recordOf(seed003)!.projectPage.roles.map((r) => r.role));
    expect(result.record!.projectPage.roles).toEqual(recordOf(seed003)!.projectPage.roles);
  });

  it('a 2007–2013 area list without its colon is read with one abolished region\'s name in it, said', () => {
    const result = parse(seed000.replace('Maakunnat: Etelä-Karjala', 'Maakunnat Etelä-Karjala'));
    expect(result.record!.targetArea.regions).toEqual(recordOf(seed000)!.targetArea.regions);
    expect(result.diagnostics.some((d) => d.rule === 'label-without-colon' && d.severity === 'warning')).toBe(true);
  });

  it('a sentence starting with an area word is no list', () => {
    const copy = seed000.replace('Maakunnat: Etelä-Karjala, Itä-Uusimaa, Uusimaa, Päijät-Häme, Varsinais-Suomi, Kymenlaakso', 'Maakunnat Etelä-Karjala, Uusimaa ja muut alueen maakunnat osallistuvat');
    expect(recordOf(copy)!.targetArea.regions).toEqual([]);
  });

  it('a second organisation phone line above the web address, read by order as the contact\'s, is said', () => {
    const copy = seed000.replace('Puhelinnumero: 020 610 6000\n', 'Puhelinnumero: 020 610 6000\n\nPuhelinnumero: 020 610 6001\n').replace('\nPuhelinnumero: 020 610 7074\n', '\n');
    const result = parse(copy);
    expect(result.record!.contact.phone).toBe('020 610 6001');
    expect(result.diagnostics.some((d) => d.rule === 'ambiguous-label' && d.path === '/contact/phone')).toBe(true);
  });

  it('a sender\'s note in a paragraph of its own below the text is kept apart, said', () => {
    const own = recordOf(seed004)!.finalReportSummary;
    for (const note of ['HUOM: yhteyshenkilö vaihtunut 1.1.2022, uusi yhteyshenkilö Liisa Laine, puh. 040 123 4567.', '--- kuvaus päättyy ---', 'Kommentti: budjetti on päivitetty, ks. liite.']) {
      const result = parse(`${seed004}\n\n${note}\n`);
      expect(result.record!.finalReportSummary, note).toBe(own);
      expect(result.unmapped.map((u) => u.value), note).toEqual([note]);
      expect(result.diagnostics.some((d) => d.rule === 'unmapped-text'), note).toBe(true);
    }
  });

  it('a last paragraph that starts with another word and a colon is the text\'s', () => {
    const result = parse(`${seed004}\n\nTavoite: jatkaa toimintaa.\n`);
    expect(result.record!.finalReportSummary).toMatch(/Tavoite: jatkaa toimintaa\.$/u);
  });

  it('a summary pasted twice over is read once, the second copy kept apart and said', () => {
    const summary = recordOf(seed004)!.summary!;
    const copy = seed004.replace(summary, `${summary}\n\n${summary}`);
    expect(copy).not.toBe(seed004);
    const result = parse(copy);
    expect(result.record!.summary).toBe(summary);
    expect(result.unmapped.length).toBe(summary.split('\n\n').length);
    expect(result.diagnostics.filter((d) => d.rule === 'unmapped-text').length).toBe(summary.split('\n\n').length);
  });
});

describe('audit round 18: the round\'s rules do not misfire (its review\'s probes)', () => {
  it('a summary quoting a predecessor\'s code, name and status is the summary\'s, not a second description', () => {
    const paragraph = recordOf(seed004)!.summary!.split('\n\n')[2];
    const copy = seed004.replace(paragraph, `${paragraph}\n\nHanke jatkaa aiemman hankkeen työtä:\nHankekoodi: S10001\nHankkeen nimi: Askeleet\nToiminnan tila: Toiminta päättynyt\nVastuuviranomainen: Pohjois-Pohjanmaan ELY-keskus`);
    expect(copy).not.toBe(seed004);
    const result = parse(copy);
    const own = recordOf(seed004)!;
    expect(result.record!.funding).toEqual(own.funding);
    expect(result.record!.targetArea).toEqual(own.targetArea);
    expect(result.record!.finalReportSummary).toBe(own.finalReportSummary);
    expect(result.diagnostics.some((d) => d.rule === 'unknown-section')).toBe(false);
    expect(result.diagnostics.some((d) => d.rule === 'label-in-text')).toBe(true);
  });

  it('a word in capitals that ends like a label, or a value that starts with a colon, stays whole', () => {
    const own = recordOf(seed000)!;
    const osio = recordOf(seed000.replace('Projektin nimi: Mahdollistaja', 'Projektin nimi: VERKKO-OSIO: Mahdollistaja'))!;
    expect(osio.project.name).toBe('VERKKO-OSIO: Mahdollistaja');
    expect(osio.project.programmeSection).toBe(own.project.programmeSection);
    expect(recordOf(seed000.replace('Osoite: PL 30', 'Osoite: PL 30, KÄYNTIOSOITE: Mannerheimintie 166'))!.organisation.address.street).toBe('PL 30, KÄYNTIOSOITE: Mannerheimintie 166');
    expect(recordOf(seed004.replace('Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: :D-verkostot'))!.project.name).toBe(':D-verkostot');
  });
});

describe('audit round 18: labels written otherwise', () => {
  it('a label with a colon typed inside it is that label (an info)', () => {
    const result = parse(seed004.replace('Yhteyshenkilön asema hakijaorganisaatiossa:', 'Yhteyshenkilön asema: hakijaorganisaatiossa:'));
    expect(result.record!.contact).toEqual(recordOf(seed004)!.contact);
    expect(result.diagnostics.some((d) => d.rule === 'normalised-value' && d.path === '/contact/title')).toBe(true);
  });

  it('a two-column table copied cell by cell, each label alone without its colon above its value, is read (said)', () => {
    // (Every field line so, as a whole page copied so comes.)
    const labels = /^([A-ZÄÖÅ][^:\n]{2,60}): (.+)$/gmu;
    const noBlank = deriveShape(seed004, 'noblank');
    const copy = noBlank.replace(labels, '$1\n$2');
    expect(copy).toContain('\nHankekoodi\nS20078\n');
    const result = parse(copy);
    const own = recordOf(noBlank)!;
    expect(result.record!.project).toEqual(own.project);
    expect(result.record!.organisation).toEqual(own.organisation);
    expect(result.diagnostics.filter((d) => d.rule === 'label-without-colon' && d.severity === 'info').length).toBeGreaterThanOrEqual(10);
  });

  it('a label\'s words alone as a line of prose, once or twice, stay the text\'s', () => {
    const summary = recordOf(seed004)!.summary!;
    const paragraph = summary.split('\n\n')[1];
    const copy = seed004.replace(paragraph, `${paragraph}\n\nToimintalinja\nHankkeen toimintalinja valittiin yhdessä.`);
    expect(recordOf(copy)!.summary).toContain('Toimintalinja\nHankkeen toimintalinja valittiin yhdessä.');
  });
});

describe('audit round 18: the second review\'s probes hold', () => {
  it('page numbers one paragraph apart, not from 1, are page numbers (kept apart, said)', () => {
    const lines = seed004.split('\n');
    const copy = [...lines.slice(0, 52), '3', '', lines[52], '', '4', ...lines.slice(53)].join('\n');
    const result = parse(copy);
    expect(result.record!.summary).toBe(recordOf(seed004)!.summary);
    expect(result.unmapped.map((u) => u.value)).toEqual(['3', '4']);
  });

  it('items of a bulleted list inside a role\'s text stay its text', () => {
    const text = 'Hankkeen osatoteuttajina toimivat kolme yhdistystä ja kaksi seurakuntaa osallistuvat hankkeen toimenpiteiden toteuttamiseen omilla panostuksilla. Hankkeen kumppanuusverkostoon kuuluu lisäksi lukuisia muita toimijoita.';
    expect(seed003).toContain(text);
    const list = 'Hankkeen osatoteuttajat:\n- Vaasan Setlementtiyhdistys ry\nJärjestää ryhmätoimintaa ja retkiä.\n- Vaasan suomalainen seurakunta\nTarjoaa tilat ja vertaistukea.';
    const roles = recordOf(seed003.replace(text, list))!.projectPage.roles;
    expect(roles.map((r) => r.role)).toEqual(recordOf(seed003)!.projectPage.roles.map((r) => r.role));
    expect(roles.find((r) => r.role === 'Kumppanit')!.text).toBe(list);
  });

  it('a summary quoting a predecessor\'s fields with one applicant label stays the summary\'s', () => {
    const lines = seed004.split('\n');
    const copy = [...lines.slice(0, 66), 'Hankekoodi: S10001', 'Hankkeen nimi: Askeleet', 'Toimintalinja: 2. Työllisyys', 'Hakijan virallinen nimi: Kuusamon kaupunki', '', ...lines.slice(66)].join('\n');
    const result = parse(copy);
    expect(result.record!.funding).toEqual(recordOf(seed004)!.funding);
    expect(result.record!.finalReportSummary).toBe(recordOf(seed004)!.finalReportSummary);
    expect(result.diagnostics.some((d) => d.rule === 'unknown-section')).toBe(false);
  });

  it('a list of sources, or a remark in title case, ending the text is the text\'s', () => {
    for (const end of ['Lähteet:\nTilastokeskus 2018\nKuusamon kaupungin työllisyyskatsaus 2018', 'Huom! Hankkeen toimintamalli jatkuu kaupungin omana toimintana.']) {
      const result = parse(`${seed004}\n\n${end}\n`);
      expect(result.record!.finalReportSummary!.endsWith(end.split('\n').pop()!), end).toBe(true);
      expect(result.unmapped, end).toEqual([]);
    }
  });
});

describe('audit round 18: a text of one paragraph over and over is no text pasted twice', () => {
  it('keeps every paragraph in the text, with no warning for each', () => {
    const head = '1. Projekti\n\nProjektin nimi: Polku\n\n5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n';
    const result = parse(head + 'Sama kappale toistuu tässä tekstissä.\n\n'.repeat(40), { template: 'esr-2007-2013' });
    expect(result.record!.summary!.split('\n\n')).toHaveLength(40);
    expect(result.unmapped).toEqual([]);
  });
});
