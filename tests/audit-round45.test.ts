// What the forty-fifth round found: each reproduced on a small invented text or an edited fixture,
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

/** A flattened 2014–2020 copy (invented): no headings, sections opened by their labels. */
const flat2014 = fixture('shapes/flattened/esr-2014-2020.txt');
/** A flattened 2007–2013 copy (invented), its page's image link left out, cut after its applicant's name (a copy pasted below another). */
const flat2007 = fixture('shapes/flattened/esr-2007-2013.txt').replace('![]() |\n', '').split('\n').slice(0, 11).join('\n') + '\n';

const contents = (entry: (number: string, heading: string) => string) =>
  [
    ['1', 'Hanke'],
    ['2', 'Hakijan perustiedot'],
    ['3', 'Suunnitelman mukainen tiivistelmä toteutuksesta'],
    ['4', 'Hankkeen kohderyhmät'],
    ['5', 'Projektin julkinen rahoitus, euroa'],
    ['6', 'Maantieteellinen kohdealue'],
  ]
    .map(([number, heading]) => entry(number, heading))
    .join('\n');

describe('forty-fifth round: a table of contents above a flattened copy', () => {
  // (The flattened copy has no headings below its contents: before, the contents' lines were read as
  // the sections, and every field below them was `missing-field`, with values plainly there.)
  const tidy = parse(flat2014).record!;

  it('under a contents heading (`Sisällys`), without page numbers', () => {
    const text = `Sisällys\n${contents((number, heading) => `${number} ${heading}`)}\n${flat2014}`;
    const result = parse(text);
    expect(result.record!.project).toEqual(tidy.project);
    expect(result.record!.organisation).toEqual(tidy.organisation);
    expect(said(result, 'missing-field')).toEqual([]);
    expect(JSON.stringify(result.unmapped)).toContain('2 Hakijan perustiedot');
  });

  it('with dot leaders and page numbers, some after a single space', () => {
    const text = `${contents((number, heading) => `${number} ${heading} ${number === '3' ? '' : '.............'} ${Number(number) > 2 ? 2 : 1}`.replace('  ', ' '))}\n${flat2014}`;
    const result = parse(text);
    expect(result.record!.project).toEqual(tidy.project);
    expect(said(result, 'missing-field')).toEqual([]);
  });

  it('a list of the layout\'s headings without a contents heading or page numbers is still read as the headings they are', () => {
    // (The headings of a copy whose sections are empty but their first: not a table of contents.)
    const text = `${contents((number, heading) => `${number} ${heading}`)}\n${flat2014}`;
    expect(parse(text).diagnostics.some((d) => d.rule === 'missing-field')).toBe(true);
  });
});

describe('forty-fifth round: a second description of another layout below a flattened one', () => {
  it('`Projektikoodi:` of a 2007–2013 copy below a 2014–2020 one starts a second description, kept apart and said', () => {
    const text = `${flat2014.trimEnd()}\n${flat2007}`;
    const result = parse(text);
    const at = lineStarting(text, 'Projektikoodi:');
    // (Before, `Projektikoodi: S12764` and the two lines below it went into the first's last text, unsaid.)
    expect(result.record).toEqual({ ...parse(flat2014).record, summary: result.record!.summary });
    expect(JSON.stringify(result.record)).not.toContain('S12764');
    const warning = result.diagnostics.find((d) => d.rule === 'unknown-section' && d.line === at);
    expect(warning?.message).toContain('the first section of esr-2007-2013');
    expect(warning?.message).toContain('starts a second description');
  });
});

describe('forty-fifth round: a co-implementer entry cut inside its Y-tunnus', () => {
  const joint = fixture('shapes/co-implementers/joint-project.txt');
  const cutInside = (digits: string) => `${joint.slice(0, joint.indexOf('Pohjoisen työvalmennus'))}Pohjoisen työvalmennus, palvelut ja koulutus ry, ${digits}\n`;

  it('saved with its line break: the name without the digits, no Y-tunnus, the cut said at the entry (audit A: `Turun yliopisto, 02458`)', () => {
    for (const digits of ['1957', '19574', '195740']) {
      const text = cutInside(digits);
      const result = parse(text);
      expect(result.record!.organisation.coImplementers, digits).toEqual([{ name: 'Pohjoisen työvalmennus, palvelut ja koulutus ry', businessId: null }]);
      const line = lineStarting(text, 'Pohjoisen työvalmennus');
      expect(result.diagnostics.some((d) => d.rule === 'value-cut-off' && d.line === line && d.message.includes('its Y-tunnus is not read'))).toBe(true);
      expect(said(result, 'missing-business-id')).toEqual([]);
    }
  });

  it('a whole Y-tunnus with its right check digit on that line is read', () => {
    const result = parse(cutInside('1957402-0'));
    expect(result.record!.organisation.coImplementers).toEqual([{ name: 'Pohjoisen työvalmennus, palvelut ja koulutus ry', businessId: '1957402-0' }]);
  });
});

describe('forty-fifth round: a 2014–2020 copy that stops on an amount, saved with its line break', () => {
  const joint = fixture('shapes/co-implementers/joint-project.txt');
  /** The copy down to the line that starts with `anchor`, then `lines`. */
  const upTo = (anchor: string, ...lines: string[]) => {
    expect(joint).toContain(anchor);
    return `${joint.slice(0, joint.indexOf(anchor))}${lines.join('\n')}\n`;
  };
  const cutSaid = (result: Result, line: number) => result.diagnostics.some((d) => d.rule === 'value-cut-off' && d.line === line) && result.diagnostics.some((d) => d.rule === 'text-cut-off' && d.severity === 'warning');

  it('an amount cut after its first group with the currency before it (`EUR 2 300` of `EUR 2 300 000`), as without it', () => {
    for (const amount of ['EUR 412', '€ 412', '412']) {
      const text = upTo('Myönnetty EU- ja valtion rahoitus', `Myönnetty EU- ja valtion rahoitus: ${amount}`);
      expect(cutSaid(parse(text), lineStarting(text, 'Myönnetty')), amount).toBe(true);
    }
  });
});

describe('forty-fifth round: a label and its value parted by a tab, in a copy without blank lines', () => {
  it('one such line among the layout\'s labels is read (audit B: `missing-field`, the value in unmapped)', () => {
    const text = flat2014.replace('Hakijan virallinen nimi: Itärajan kansalaisopisto', 'Hakijan virallinen nimi\tItärajan kansalaisopisto');
    expect(text).not.toBe(flat2014);
    const result = parse(text);
    expect(result.record!.organisation.name).toBe('Itärajan kansalaisopisto');
    expect(said(result, 'missing-field')).toEqual([]);
  });

  it('a line with a tab in a text, with no label of the layout beside it, stays the text\'s', () => {
    const summaryLine = flat2014.split('\n').find((line) => line.length > 80 && !line.includes(':'))!;
    const text = flat2014.replace(summaryLine, `${summaryLine}\nVastuuviranomainen\tvaihtui kesken hankkeen.`);
    expect(parse(text).record!.project.managingAuthority).toBe(parse(flat2014).record!.project.managingAuthority);
  });
});

describe('forty-fifth round: values as people write them (audit B)', () => {
  const joint = fixture('shapes/co-implementers/joint-project.txt');
  const periodLine = joint.split('\n').find((line) => line.startsWith('Suunnitelman mukainen toteutusaika:'))!;

  it('a period with a remark in brackets after its end date: the period read, the remark said with a warning (it may tell of another period)', () => {
    const extended = joint.replace(periodLine, `${periodLine} (jatkettu 31.12.2030 asti)`);
    const result = parse(extended);
    expect(result.record!.project.period).toEqual(parse(joint).record!.project.period);
    const line = lineStarting(extended, 'Suunnitelman mukainen toteutusaika:');
    expect(result.diagnostics.filter((d) => d.line === line && d.rule === 'normalised-value').map((d) => d.severity)).toEqual(['warning']);
    expect(said(result, 'invalid-date')).toEqual([]);
    const remark = parse(joint.replace(periodLine, `${periodLine} (muutettu)`));
    expect(remark.record!.project.period).toEqual(parse(joint).record!.project.period);
    expect(remark.diagnostics.filter((d) => d.line === line && d.rule === 'normalised-value').map((d) => d.severity)).toEqual(['warning']);
  });

  it('the women\'s figure before their word, after a slash, or with a remark after it', () => {
    const planned = joint.split('\n').find((line) => /^Suunniteltu: \d+, joista naisia \d+$/u.test(line))!;
    const [, total, women] = /(\d+), joista naisia (\d+)/u.exec(planned)!;
    for (const [written, severity] of [
      [`${total} henkilöä, joista ${women} naisia`, 'info'],
      [`${total}, joista ${women} naista`, 'info'],
      [`${total} / naisia ${women}`, 'info'],
      [`${total}, joista naisia ${women} (tilanne 31.12.2019)`, 'warning'],
    ] as const) {
      const text = joint.replace(planned, `Suunniteltu: ${written}`);
      const result = parse(text);
      const read = JSON.stringify(result.record!.indicators);
      expect(read, written).toBe(JSON.stringify(parse(joint).record!.indicators));
      const line = lineStarting(text, `Suunniteltu: ${written}`);
      expect(result.diagnostics.filter((d) => d.line === line).map((d) => d.severity), written).toEqual([severity]);
    }
  });

  it('a figure before another word than women\'s is still no women clause', () => {
    const planned = joint.split('\n').find((line) => /^Suunniteltu: \d+, joista naisia \d+$/u.test(line))!;
    const text = joint.replace(planned, 'Suunniteltu: 150, joista 60 alle 25-vuotiaita');
    const result = parse(text);
    expect(result.diagnostics.some((d) => d.line === lineStarting(text, 'Suunniteltu: 150') && d.rule === 'invalid-number')).toBe(true);
  });
});

describe('forty-fifth round: the blind reviews\' misfires, mended (guards)', () => {
  const joint = fixture('shapes/co-implementers/joint-project.txt');

  it('a summary quoting a predecessor of 2007–2013 by four of its fields is no second description, with its headings or flattened (reviews R, R2)', () => {
    const summaryStart = joint.split('\n').find((line) => line.startsWith('Hankkeessa rakennetaan'))!;
    const quoted = joint.replace(summaryStart, `Hanke jatkaa aiemman projektin työtä. Aiemman projektin tiedot:\nProjektikoodi: S19876\nProjektin nimi: Vanha polku\nOsio: Itä-Suomen suuralueosio\nProjektityyppi: Projekti, jossa on henkilöitä mukana\n${summaryStart}`);
    const result = parse(quoted);
    expect(result.record!.funding).toEqual(parse(joint).record!.funding);
    expect(result.diagnostics.some((d) => d.rule === 'unknown-section' && d.message.includes('second description'))).toBe(false);
    const flat = parse(quoted.replace(/^\d+(?:\.\d+)? [^\n]+\n/gmu, '').replace(/\n{2,}/gu, '\n'));
    expect(flat.diagnostics.some((d) => d.rule === 'unknown-section' && d.message.includes('second description'))).toBe(false);
    expect(flat.record!.funding.grantedEuAndState).toBe(parse(joint).record!.funding.grantedEuAndState);
  });

  it('a flattened copy\'s last text quoting a predecessor\'s code, name and applicant is no second description (review R3\'s texts)', () => {
    const quoted = `${flat2014.trimEnd()}\nProjektikoodi: S19876\nProjektin nimi: Vanha polku\nOsio: Itä-Suomen suuralueosio\nToteuttajaorganisaation nimi: Järvilaakson Koulutus Oy\nEdeltäjähankkeen tulokset hyödynnettiin.\n`;
    expect(parse(quoted).diagnostics.some((d) => d.rule === 'unknown-section' && d.message.includes('second description'))).toBe(false);
  });

  it('a table at a flattened summary\'s start whose header starts with a label (`Organisaatiotyyppi<TAB>Osallistujia`) fills no field (review R2)', () => {
    const text = flat2014.replace(/^Organisaatiotyyppi: [^\n]*\n/mu, '');
    const summaryStart = text.split('\n').find((line) => line.length > 80 && !line.includes(':'))!;
    const tabled = text.replace(summaryStart, `Organisaatiotyyppi\tOsallistujia\nYritys\t12\nKunta\t3\n${summaryStart}`);
    expect(parse(tabled).record!.organisation.type).toBeNull();
  });

  it('a women\'s share in brackets after the figure (`joista naisia 40 (%)`) is no count of women', () => {
    const planned = joint.split('\n').find((line) => /^Suunniteltu: \d+, joista naisia \d+$/u.test(line))!;
    const result = parse(joint.replace(planned, 'Suunniteltu: 120, joista naisia 40 (%)'));
    expect(result.record!.indicators.participants.planned).toEqual({ total: 120, women: null });
  });
});

describe('forty-fifth round: the third review\'s misfire, mended (guard)', () => {
  const joint = fixture('shapes/co-implementers/joint-project.txt');
  it('a name\'s own number at an entry\'s end on the line the copy stops on (`Asunto Oy Koulukatu 12`) stays the name\'s, with or without the line break (review R3)', () => {
    const upTo = `${joint.slice(0, joint.indexOf('Pohjoisen työvalmennus'))}Asunto Oy Koulukatu 12`;
    for (const text of [`${upTo}\n`, upTo]) expect(parse(text).record!.organisation.coImplementers, JSON.stringify(text.slice(-3))).toEqual([{ name: 'Asunto Oy Koulukatu 12', businessId: null }]);
  });
});
