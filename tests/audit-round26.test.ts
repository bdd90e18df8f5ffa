// What the twenty-sixth round found — each failure reproduced on a seed with one change: read right
// now, or said at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { deriveShape } from './helpers/shapes.js';

const seed = (name: string) => readFileSync(`${root}fixtures/seeds/${name}.txt`, 'utf8');
const seed000 = seed('000_ddad63b48901b7a4');
const seed004 = seed('004_3bb6e26593869c78');

const deriveNoBlank = (text: string) => deriveShape(text, 'noblank');

/** The seed up to and including its line `through` (1-based), then `last` as its last line. */
const cutAfter = (text: string, through: number, last: string, lineBreak: boolean) => `${text.split('\n').slice(0, through).join('\n')}\n${last}${lineBreak ? '\n' : ''}`;

describe('audit round 26: a copy cut inside a list of areas after the summary', () => {
  // Seed 004 has its area lists in section 6, after the summary: a copy cut there lacks no required field.
  const lines = seed004.split('\n');
  const municipalitiesLine = lines.indexOf('Kunnat: Kuusamo');
  const regionsLine = lines.indexOf('Maakunnat: Pohjois-Pohjanmaa');

  it.each([
    ['Kunnat: Taivalkoski, Kuus', true],
    ['Kunnat: Taivalkoski, Kuus', false],
    ['Kunnat: Taivalkoski ja Kuus', true],
    ['Kunnat: Kuusamo, Taival', true],
  ])('`%s` (saved with a line break: %s) is said as cut at its line, the names kept as written', (last, lineBreak) => {
    const result = parse(cutAfter(seed004, municipalitiesLine, last, lineBreak));
    const line = municipalitiesLine + 1;
    const said = result.diagnostics.filter((d) => d.line === line).map((d) => [d.severity, d.rule]);
    expect(said).toContainEqual(['warning', 'text-cut-off']);
    expect(said).toContainEqual(['warning', 'value-cut-off']);
    expect(result.record!.targetArea.municipalities.at(-1)).toBe(last.endsWith('Kuus') ? 'Kuus' : 'Taival');
  });

  it('a region cut inside its name (`Maakunnat: Pohjois-Pohj`) is said as cut', () => {
    const result = parse(cutAfter(seed004, regionsLine, 'Maakunnat: Pohjois-Pohj', true));
    const said = result.diagnostics.filter((d) => d.line === regionsLine + 1).map((d) => d.rule);
    expect(said).toEqual(expect.arrayContaining(['text-cut-off', 'value-cut-off']));
  });

  // (Since round 35, a whole name that starts a longer one, `Ii` of Iisalmi, at a copy's end before
  // sections it lacks is said: the copy stops there, and the name may be cut. Read as written.)
  it('a list ending in a whole name that starts a longer one (`Kunnat: Taivalkoski, Ii`) is said as possibly cut, the name kept', () => {
    const result = parse(cutAfter(seed004, municipalitiesLine, 'Kunnat: Taivalkoski, Ii', true));
    expect(result.diagnostics.filter((d) => d.line === municipalitiesLine + 1).map((d) => d.rule)).toEqual(expect.arrayContaining(['text-cut-off', 'value-cut-off']));
    expect(result.record!.targetArea.municipalities).toEqual(['Taivalkoski', 'Ii']);
  });
  // (Since round 49, a copy that stops there, sections 7 and 8 absent, is said to end there — the
  // list read as written, not doubted as a name's start.)
  it.each(['Kunnat: Kuusamo', 'Kunnat: Koko Suomi', 'Kunnat: Oulu, Lapin kunnat'])('a list ending in a whole name or in no name\'s start (`%s`) is not said as cut inside it, only the copy\'s end', (last) => {
    const result = parse(cutAfter(seed004, municipalitiesLine, last, true));
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.message)).toEqual([expect.stringContaining('with none of the layout\'s later sections after it')]);
    expect(result.diagnostics.map((d) => d.rule)).not.toContain('value-cut-off');
  });

  it('the seed whole, with its list of 84 municipalities, is not said as cut', () => {
    expect(parse(seed000).diagnostics.map((d) => d.rule)).not.toContain('text-cut-off');
  });
});

/** The seed with one line replaced; the line must be there. */
const rewrite = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const at = (result: ReturnType<typeof parse>, path: string) => result.diagnostics.filter((d) => d.path === path).map((d) => [d.severity, d.rule, d.line]);

describe('audit round 26: a mail\'s closing below the description', () => {
  it.each(['Kiitos,', 'Ystävällisesti', 'Terkuin', 'BR,', 'Hälsningar', 'Thanks,'])('`%s` and a name after the final report are a signature, not its text', (closing) => {
    const result = parse(`${seed000.trimEnd()}\n\n${closing}\nKaarina\n`);
    expect(result.record!.finalReportSummary).toBe(parse(seed000).record!.finalReportSummary);
    expect(result.unmapped).toEqual([]);
  });

  it.each(['Get Outlook for Android', 'Lähetetty Outlook for Androidista'])('a mail program\'s line (`%s`) at the end is furniture', (line) => {
    const result = parse(`${seed000.trimEnd()}\n\n${line}\n`);
    expect(result.record!.finalReportSummary).toBe(parse(seed000).record!.finalReportSummary);
  });

  it('a closing right below a list of municipalities (no blank line) is no municipality', () => {
    const lines = seed004.split('\n');
    const text = `${lines.slice(0, lines.indexOf('Kunnat: Kuusamo')).join('\n')}\nKunnat: Kuusamo, Taivalkoski\nKiitos,\nKaarina\n`;
    const result = parse(text);
    expect(result.record!.targetArea.municipalities).toEqual(['Kuusamo', 'Taivalkoski']);
  });

  it.each(['kiitos!', 'ystävällisesti.'])('guard: a hard-wrapped sentence\'s last word (`%s`) on a line of its own is the final report\'s', (word) => {
    const text = `${seed000.trimEnd()}\n\nOsallistujia palveltiin\n${word}\n`;
    expect(parse(text).record!.finalReportSummary!.endsWith(`Osallistujia palveltiin\n${word}`)).toBe(true);
  });

  it('guard: text after `Hyvää jatkoa!` written in the final report stays its text', () => {
    const text = `${seed000.trimEnd()}\n\nHyvää jatkoa!\n\nHanke jatkuu vuonna 2012 uudella rahoituksella.\n`;
    expect(parse(text).record!.finalReportSummary).toContain('Hanke jatkuu vuonna 2012 uudella rahoituksella.');
  });

  it('guard: a sentence of thanks in the final report is its text', () => {
    const text = `${seed000.trimEnd()}\n\nKiitos kaikille hankkeeseen osallistuneille yhteistyöstä.\n`;
    expect(parse(text).record!.finalReportSummary).toContain('Kiitos kaikille hankkeeseen osallistuneille yhteistyöstä.');
  });
});

describe('audit round 26: a PDF\'s soft hyphen at a line\'s end', () => {
  it('`Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristö\\u00ad` / `keskus` is one word, as a hyphen at the end is', () => {
    const text = rewrite(seed004, 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristö\u00ad\nkeskus');
    expect(parse(text).record!.project.managingAuthority).toBe('Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus');
  });

  it('a soft hyphen inside a line is still removed', () => {
    const text = rewrite(seed004, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: KS\u00adAK Oy');
    expect(parse(text).record!.organisation.name).toBe('KSAK Oy');
  });
});

describe('audit round 26: HTML tags inside a line', () => {
  it('Word\'s and Outlook\'s own tags (`<o:p></o:p>`) are taken out too', () => {
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', '<p class=MsoNormal>Hankkeen nimi: Välittävät verkostot<o:p></o:p></p>');
    expect(parse(text).record!.project.name).toBe('Välittävät verkostot');
  });

  it('guard: a footnote\'s figure in `<sup>` is not joined to the figure before it', () => {
    const text = rewrite(seed000, 'Suunniteltu: 80, joista naisia 35', 'Suunniteltu: 80<sup>1</sup>, joista naisia 35');
    expect(parse(text).record!.indicators.participants.planned.total).not.toBe(801);
  });

  it('guard: a stray soft hyphen at a value\'s end, the next line a field, is removed, not a hyphen', () => {
    const text = rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo\u00ad');
    expect(parse(text).record!.targetArea.municipalities).toEqual(['Kuusamo']);
  });

  it('tags at a value\'s end or inside it are read without them, said by an info', () => {
    let text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: Välittävät verkostot<br>');
    text = rewrite(text, 'Hakijan virallinen nimi: KSAK Oy', 'Hakijan virallinen nimi: <b>KSAK</b> Oy</p>');
    const result = parse(text);
    expect(result.record!.project.name).toBe('Välittävät verkostot');
    expect(result.record!.organisation.name).toBe('KSAK Oy');
    expect(result.diagnostics.filter((d) => d.rule === 'html-tags').map((d) => d.severity)).toEqual(['info']);
  });

  it('a line break\'s tag after a list\'s comma leaves both names with their codes; without the comma, the two on one line run together, said', () => {
    const text = rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo,<br>Taivalkoski');
    expect(parse(text).record!.targetArea.municipalityCodes).toEqual(['305', '832']);
    const glued = parse(rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo<br>Taivalkoski'));
    const wrapped = parse(rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo\nTaivalkoski'));
    // (Round 32: a name alone on the line below a list of names is the list's next name; on one line
    // with the tag read as a space, the two run together, said.)
    expect(wrapped.record!.targetArea.municipalities).toEqual(['Kuusamo', 'Taivalkoski']);
    expect(glued.record!.targetArea.municipalities).toEqual(['Kuusamo Taivalkoski']);
    expect(glued.diagnostics.filter((d) => d.path === '/targetArea/municipalities/0').map((d) => [d.severity, d.rule])).toEqual([['warning', 'unknown-municipality']]);
  });

  it('guard: a draft\'s placeholder in angle brackets is no tag (`<nimi>` stays, and is said)', () => {
    const text = rewrite(seed004, 'Hankkeen nimi: Välittävät verkostot', 'Hankkeen nimi: <nimi>');
    const result = parse(text);
    expect(result.diagnostics.map((d) => d.rule)).not.toContain('html-tags');
  });
});

describe('audit round 26: a printed copy\'s running header with its page count after one space', () => {
  const wrapped = (header: string) => rewrite(seed004, 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', `Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja\n${header}\nympäristökeskus`);

  it.each(['ESR-hankekuvaus 2/3', 'Hankekuvaus S20078 2/3', 'Projektin kuvaus 2 (3)', 'Välittävät verkostot 2/3'])('`%s` between a value\'s lines is page furniture, not the value\'s', (header) => {
    const result = parse(wrapped(header));
    expect(result.record!.project.managingAuthority).toBe('Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus');
    expect(result.diagnostics.filter((d) => d.rule === 'page-furniture').map((d) => d.line)).toEqual([20]);
  });

  it('guard: a sentence ending in a fraction is text', () => {
    const text = rewrite(seed004, 'Sivusto nopeuttaa ja helpottaa palveluihin ohjautumista.', 'Sivusto nopeuttaa ja helpottaa palveluihin ohjautumista.\nAsiakkaista työllistyi 2/3');
    expect(parse(text).record!.finalReportSummary).toContain('Asiakkaista työllistyi 2/3');
  });
});

describe('audit round 26: lines a page\'s break leaves at a value', () => {
  it('three digits alone below an amount, after a page\'s count, are said at the amount (the figure may lack them)', () => {
    const text = rewrite(seed004, 'Toteutunut EU- ja valtion rahoitus: 446 507', 'Toteutunut EU- ja valtion rahoitus: 446\n\nSivu 2 (3)\n\n507');
    const result = parse(text);
    expect(result.record!.funding.actualEuAndState).toBe(446);
    expect(at(result, '/funding/actualEuAndState')).toEqual([['warning', 'normalised-value', 93], ['warning', 'possibly-wrapped', 93]]);
  });

  it('a print\'s date between the lines of a list of municipalities is not the area\'s description', () => {
    const text = rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Kuusamo,\n12.3.2019\nTaivalkoski');
    const result = parse(text);
    expect(result.record!.targetArea.municipalities).toEqual(['Kuusamo', 'Taivalkoski']);
    expect(result.record!.targetArea.description).toBeNull();
    expect(result.unmapped.map((u) => u.value)).toEqual(['12.3.2019']);
  });
});

describe('audit round 26: a funding heading in thousands the reader did not take for its heading', () => {
  it('in a copy without blank lines (the heading read into the summary above), the amounts are not read as euros', () => {
    const text = deriveNoBlank(rewrite(seed000, '7. Projektin julkinen rahoitus, euroa', '7. Projektin julkinen rahoitus, tuhatta euroa'));
    const result = parse(text);
    expect(result.record!.funding.grantedEuAndState).toBeNull();
    expect(result.diagnostics.filter((d) => d.path === '/funding/grantedEuAndState').map((d) => d.rule)).toEqual(['invalid-number']);
  });

  it('renumbered (`5. Projektin julkinen rahoitus, tuhatta euroa` in a layout whose funding is section 7), the amounts are not read as euros', () => {
    const result = parse(rewrite(seed000, '7. Projektin julkinen rahoitus, euroa', '5. Projektin julkinen rahoitus, tuhatta euroa'));
    expect(result.record!.funding.grantedEuAndState).toBeNull();
    expect(result.diagnostics.filter((d) => d.path === '/funding/grantedEuAndState').map((d) => d.rule)).toEqual(['invalid-number']);
  });

  it('guard: the seed without blank lines reads its amounts in euros', () => {
    expect(parse(deriveNoBlank(seed000)).record!.funding.grantedEuAndState).toBe(592722);
  });
});

describe('audit round 26: values as people write them', () => {
  const seed001 = seed('001_870e9aa13936b8c2');

  it.each([66, 72, 80])('a flattened 2007–2013 copy hard-wrapped at %i keeps its summary\'s first paragraph out of the last indicator', (width) => {
    const tidy = parse(seed001);
    const result = parse(deriveShape(deriveShape(seed001, 'flat'), 'wrap60', width));
    expect(result.record!.indicators.qualifications).toEqual(tidy.record!.indicators.qualifications);
    const opening = tidy.record!.summary!.split(/\s+/u).slice(0, 6).join(' ');
    expect(result.record!.summary!.replace(/\s+/gu, ' ')).toContain(opening);
  });

  const planned = (value: string) => {
    const result = parse(rewrite(seed000, 'Suunniteltu: 80, joista naisia 35', `Suunniteltu: ${value}`));
    return { value: result.record!.indicators.participants.planned, said: at(result, '/indicators/participants/planned').map(([severity, rule]) => `${severity} ${rule}`) };
  };

  it.each(['45 naista, miehiä 35', '45 naista, 35 miestä', '45 naista ja 35 miestä'])('`%s` counts 45 women, no total (a warning)', (value) => {
    expect(planned(value)).toEqual({ value: { total: null, women: 45 }, said: ['warning invalid-number'] });
  });

  it('guard: `80, naisia 35` and `80 (naisia 35)` are the total and the women', () => {
    expect(planned('80, naisia 35').value).toEqual({ total: 80, women: 35 });
    expect(planned('80 (naisia 35)').value).toEqual({ total: 80, women: 35 });
  });

  const municipalities = (value: string) => {
    const result = parse(rewrite(seed004, 'Kunnat: Kuusamo', `Kunnat: ${value}`));
    return { names: result.record!.targetArea.municipalities, codes: result.record!.targetArea.municipalityCodes, said: result.diagnostics.filter((d) => d.path?.startsWith('/targetArea/municipalities')).map((d) => `${d.severity} ${d.rule}`) };
  };

  it('a remark in brackets that names municipalities of their own is left out with a warning', () => {
    expect(municipalities('Joensuu (myös Liperi ja Kontiolahti)')).toEqual({ names: ['Joensuu'], codes: ['167'], said: ['warning invalid-value'] });
  });

  it.each(['Kouvola (Valkeala, Elimäki)', 'Mustasaari (Korsholm)'])('guard: a remark naming former municipalities, or the name in Swedish (`%s`), is a note', (value) => {
    expect(municipalities(value).said).toEqual(['info normalised-value']);
  });

  it.each([
    ['Joensuu/Liperi', ['Joensuu', 'Liperi'], ['167', '426']],
    ['Vaasa / Mustasaari', ['Vaasa', 'Mustasaari'], ['905', '499']],
  ])('municipalities parted by a slash (`%s`) are each a name of the list, noted', (value, names, codes) => {
    expect(municipalities(value)).toEqual({ names, codes, said: ['info normalised-value'] });
  });
});

describe('audit round 26: what stands above or below a description', () => {
  const tidy = parse(seed004);

  it('a decision\'s id lines above the title (`PÄÄTÖS` / `Hankekoodi: …` / …) are no fields: the description below its title is read, the cover kept in unmapped', () => {
    const cover = ['PÄÄTÖS', '', 'Hankekoodi: S20078', 'Hankkeen nimi: Verkostot', 'Hakijan virallinen nimi: KSAK', 'Myönnetty EU- ja valtion rahoitus: 380 000', '', 'LIITE', ''].join('\n');
    const result = parse(`${cover}\n${seed004}`);
    expect(result.record!.project.name).toBe('Välittävät verkostot');
    expect(result.record!.organisation.name).toBe('KSAK Oy');
    expect(result.record!.funding.grantedEuAndState).toBe(tidy.record!.funding.grantedEuAndState);
    expect(result.unmapped.map((u) => u.line)).toEqual([1, 3, 8]);
    expect(result.unmapped[1].value).toContain('Myönnetty EU- ja valtion rahoitus: 380 000');
    expect(result.diagnostics.filter((d) => d.line === 3).map((d) => [d.severity, d.rule])).toEqual([['warning', 'unmapped-text']]);
  });

  it('a decision\'s id lines above a title broken over two lines likewise', () => {
    const cover = ['PÄÄTÖS', '', 'Hankekoodi: S20078', 'Hankkeen nimi: Verkostot', 'Hakijan virallinen nimi: KSAK', 'Myönnetty EU- ja valtion rahoitus: 380 000', '', 'LIITE', ''].join('\n');
    const text = `${cover}\n${rewrite(seed004, 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus', 'Euroopan sosiaalirahaston (ESR) rahoittaman\nhankkeen kuvaus')}`;
    const result = parse(text);
    expect(result.record!.project.name).toBe('Välittävät verkostot');
    expect(result.record!.funding.grantedEuAndState).toBe(tidy.record!.funding.grantedEuAndState);
  });

  it('a mail\'s three id lines above the title likewise', () => {
    const result = parse(`Hei, alla korjattu kuvaus.\nHankekoodi: S20078\nHankkeen nimi: Verkostot\nY-tunnus: 0123456-7\n\n${seed004}`);
    expect(result.ok).toBe(true);
    expect(result.record!.project.name).toBe('Välittävät verkostot');
  });

  it('guard: the seed as it is, and its banner above the title, read as before', () => {
    expect(tidy.unmapped).toEqual([]);
  });

  it('guard: a Swedish sub-heading in a summary, a numbered line below it, is the summary\'s', () => {
    const text = rewrite(seed004, 'Sivusto nopeuttaa ja helpottaa palveluihin ohjautumista.', 'Sivusto nopeuttaa ja helpottaa palveluihin ohjautumista.\n\nBeskrivning av projektet (ESF) på svenska\n\n1. Bakgrund\n\nProjektet har utvecklat tjänster.');
    const result = parse(text);
    expect(result.record!.funding).toEqual(parse(seed004).record!.funding);
    expect(result.record!.finalReportSummary).toContain('Projektet har utvecklat tjänster.');
  });

  it('a Swedish rendering pasted below the description is a second description, kept in unmapped and said at its title', () => {
    const swedish = ['Beskrivning av projekt som finansieras av Europeiska socialfonden (ESF)', '', '1 Projekt', '', 'Projektkod: S20078', '', 'Projektets namn: Välittävät verkostot', ''].join('\n');
    const result = parse(`${seed004.trimEnd()}\n\n${swedish}`);
    expect(result.record!.finalReportSummary).toBe(tidy.record!.finalReportSummary);
    const title = seed004.trimEnd().split('\n').length + 2;
    expect(result.diagnostics.filter((d) => d.line === title).map((d) => [d.severity, d.rule])).toEqual([['warning', 'unknown-section']]);
  });
});

describe('audit round 26: a project\'s report in a description\'s labels', () => {
  const report = (title: string) =>
    [title, '', 'Raportointikausi: 1.1.2017 - 30.6.2017', '', 'Hankekoodi: S20078', 'Hankkeen nimi: Välittävät verkostot', 'Toimintalinja: 5 Sosiaalinen osallisuus ja köyhyyden torjunta', 'Suunnitelman mukainen toteutusaika: 01.09.2015 - 31.08.2018', 'Vastuuviranomainen: Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus', 'Hakijan virallinen nimi: KSAK Oy', '', 'Raportointikauden rahoitus', '', 'Toteutunut EU- ja valtion rahoitus: 77 128', 'Toteutunut julkinen rahoitus yhteensä: 96 410', ''].join('\n');

  it.each(['Väliraportti 2/2017', 'VÄLIRAPORTTI', 'Maksatushakemus 3', 'Hankkeen väliraportti 2/2017', 'ESR-hankkeen loppuraportti', 'Väliraportti: 2/2017'])('a text that opens with a report\'s title (`%s`) is refused, said at its title', (title) => {
    const result = parse(report(title));
    expect(result.ok).toBe(false);
    expect(result.record).toBeNull();
    expect(result.diagnostics.filter((d) => d.rule === 'unknown-template').map((d) => [d.severity, d.line])).toEqual([['error', 1]]);
  });

  it('guard: the same lines without a report\'s title are read as a flattened description', () => {
    expect(parse(report('Hankkeen tiedot')).record).not.toBeNull();
  });

  it.each(['Loppuraportti', 'Loppuraportti ja hankkeen kuvaus'])('guard: a mail\'s subject (`%s`) above a whole description with its headings is no report\'s title', (subject) => {
    const lines = seed004.split('\n');
    const untitled = lines.filter((line) => !/rahoittaman hankkeen kuvaus$|^Euroopan unioni/u.test(line)).join('\n');
    expect(parse(`${subject}\n\n${untitled}`).record!.project.name).toBe('Välittävät verkostot');
  });
});

describe('audit round 26: the blind review\'s misfires, mended', () => {
  it.each([
    ['Kunnat: Taivalkoski, Koski', 'the first word of `Koski Tl`'],
    ['Kunnat: Taivalkoski, Mänttä', 'the first word of `Mänttä-Vilppula`'],
  ])('a list ending in a name\'s whole first word (`%s`: %s) is not said as cut inside it (only the copy\'s end, since round 49)', (last) => {
    const lines = seed004.split('\n');
    const result = parse(cutAfter(seed004, lines.indexOf('Kunnat: Kuusamo'), last, true));
    expect(result.diagnostics.filter((d) => d.rule === 'text-cut-off').map((d) => d.message)).toEqual([expect.stringContaining('with none of the layout\'s later sections after it')]);
    expect(result.diagnostics.map((d) => d.rule)).not.toContain('value-cut-off');
  });

  it('a list of names parted by slashes, cut inside its last (`Kuusamo/Taival`), is said as cut', () => {
    const lines = seed004.split('\n');
    const result = parse(cutAfter(seed004, lines.indexOf('Kunnat: Kuusamo'), 'Kunnat: Kuusamo/Taival', true));
    expect(result.diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['text-cut-off', 'value-cut-off']));
  });

  it('three digits a print\'s date came between (`446` / `12.3.2019` / `507`) are said at the amount', () => {
    const text = rewrite(seed004, 'Toteutunut EU- ja valtion rahoitus: 446 507', 'Toteutunut EU- ja valtion rahoitus: 446\n\n12.3.2019\n\n507');
    expect(at(parse(text), '/funding/actualEuAndState').map(([severity, rule]) => `${severity} ${rule}`)).toContain('warning possibly-wrapped');
  });

  it('guard: a flattened copy\'s line of text above the funding fields, ending in a unit, is no heading of theirs', () => {
    const flat = deriveShape(seed004, 'flat');
    const text = rewrite(flat, 'Myönnetty EU- ja valtion rahoitus: 520 000', '- painotuotteet ja seminaarit (1000 €)\nMyönnetty EU- ja valtion rahoitus: 520 000');
    expect(parse(text).record!.funding.grantedEuAndState).toBe(520000);
  });

  it.each(['45 naista miehiä 35', '45 naista sekä miehiä 35'])('`%s` counts 45 women, no total', (value) => {
    const result = parse(rewrite(seed000, 'Suunniteltu: 80, joista naisia 35', `Suunniteltu: ${value}`));
    expect(result.record!.indicators.participants.planned).toEqual({ total: null, women: 45 });
  });

  it.each(['Lahti (ent. Nastola)', 'Kurikka (ml. entinen Jalasjärvi)', 'Kuusamo (II vaihe)'])('a remark naming a municipality merged since, or a Roman numeral (`%s`), is a note, not a warning', (value) => {
    const result = parse(rewrite(seed004, 'Kunnat: Kuusamo', `Kunnat: ${value}`));
    expect(result.diagnostics.filter((d) => d.path?.startsWith('/targetArea/municipalities')).map((d) => d.severity)).toEqual(['info']);
  });

  it('one municipality\'s two names among slash-parted ones (`Vaasa/Mustasaari/Korsholm`) are not parted into a name twice', () => {
    const result = parse(rewrite(seed004, 'Kunnat: Kuusamo', 'Kunnat: Vaasa/Mustasaari/Korsholm'));
    expect(result.record!.targetArea.municipalityCodes.filter((code) => code === '499').length).toBeLessThanOrEqual(1);
  });

  it.each([
    ['a figure', '300 pitkäaikaistyötöntä aktivoidaan hankkeessa työelämään ja koulutukseen'],
    ['a quotation mark', '”Työ kuuluu kaikille”, sanoo hankkeen iskulause, jota toteutetaan'],
  ])('a flattened, wrapped copy whose summary starts with %s keeps it out of the last indicator', (_what, opening) => {
    const seed001 = seed('001_870e9aa13936b8c2');
    const summaryStart = parse(seed001).record!.summary!.split('\n')[0];
    const text = deriveShape(deriveShape(seed001.replace(summaryStart, `${opening} ${summaryStart}`), 'flat'), 'wrap60', 72);
    const result = parse(text);
    expect(result.record!.indicators.qualifications).toEqual(parse(seed001).record!.indicators.qualifications);
    expect(result.record!.summary!.replace(/\s+/gu, ' ')).toContain(opening.split(' ').slice(0, 3).join(' '));
  });
});

describe('audit round 26: a table of contents without page numbers', () => {
  it.each([
    ['one heading per line', '\n'],
    ['blank lines between', '\n\n'],
  ])('a list of the layout\'s headings above the description (%s) is text kept in unmapped, and the description reads as without it', (_how, between) => {
    const contents = ['Sisällys', '', ['1 Hanke', '2 Hakijan perustiedot', '3 Suunnitelman mukainen tiivistelmä toteutuksesta', '9 Loppuraportin tiivistelmä'].join(between), ''].join('\n');
    const text = rewrite(seed004, 'Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\n', `Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus\n\n${contents}`);
    const result = parse(text);
    expect(result.record).toEqual(parse(seed004).record);
    expect(result.unmapped.map((u) => u.value)).toEqual(expect.arrayContaining([expect.stringContaining('2 Hakijan perustiedot')]));
  });
});
