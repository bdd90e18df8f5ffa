// What the forty-eighth round found: each reproduced on a small invented text or an edited fixture,
// read right now or said at its line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';
import type { Result } from '../src/index.js';
import { root } from './helpers/fixtures.js';
import { wrap as wrapLine } from './helpers/shapes.js';

const fixture = (path: string) => readFileSync(`${root}/fixtures/${path}`, 'utf8');
/** The line number of the text's first line that starts so. */
const lineStarting = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
const said = (result: Result, rule: string) => result.diagnostics.filter((d) => d.rule === rule).map((d) => [d.severity, d.line]);
/** The text with its line `n` (1-based) written twice. */
const lineTwice = (text: string, n: number) => {
  const lines = text.split('\n');
  return [...lines.slice(0, n), lines[n - 1], ...lines.slice(n)].join('\n');
};

const seed003 = fixture('seeds/003_4ea2b71e336645b9.txt');
const seed004 = fixture('seeds/004_3bb6e26593869c78.txt');
const flat2014 = fixture('shapes/flattened/esr-2014-2020.txt');
const flat2007 = fixture('shapes/flattened/esr-2007-2013.txt');
/** The flattened 2014–2020 copy up to its last field of section 2 (its summary and later sections left out). */
const flatFields = flat2014.split('\n').slice(0, lineStarting(flat2014, 'Hakijoiden lukumäärä')).join('\n');

describe('forty-eighth round: a line written twice in a row in a copy without headings', () => {
  it('`Postinumero: 80100` twice stays section 2\'s, said (opened the implementation address and sent the rest of section 2 to unmapped)', () => {
    const at = lineStarting(flat2014, 'Postinumero:');
    const text = lineTwice(flat2014, at);
    const result = parse(text);
    expect(result.record).toEqual(parse(flat2014).record);
    expect(result.record!.targetArea.implementationAddress).toEqual({ street: null, postalCode: null, city: null });
    expect(result.record!.organisation.address).toEqual({ street: 'Koulukatu 6', postalCode: '80100', city: 'Joensuu' });
    expect(said(result, 'duplicate-field')).toEqual([['warning', at + 1]]);
    expect(result.diagnostics.find((d) => d.rule === 'duplicate-field')!.message).toContain('written twice in a row');
    expect(said(result, 'unknown-label')).toEqual([]);
  });

  it('`Suunniteltu: 60, joista naisia 25` twice, a `Toteutunut` line below: the second opens the next indicator and is warned at its line (the shift was unsaid there)', () => {
    // (Review R3: read once, a run of indicators one section short is read as none of them.)
    const at = lineStarting(flat2007, 'Suunniteltu: 60');
    const result = parse(lineTwice(flat2007, at));
    expect(result.record!.indicators.newJobs.planned).toEqual({ total: 60, women: 25 });
    expect(said(result, 'section-without-heading')).toContainEqual(['warning', at + 1]);
    expect(result.diagnostics.find((d) => d.rule === 'section-without-heading' && d.line === at + 1)!.message).toContain('written exactly as the one right above it');
  });

  it('4.1\'s `Suunniteltu: 10, joista naisten työpaikkoja 4` twice: the warning at the second names its clause as the section above\'s', () => {
    const at = lineStarting(flat2007, 'Suunniteltu: 10');
    const result = parse(lineTwice(flat2007, at));
    expect(result.diagnostics.find((d) => d.rule === 'section-without-heading' && d.line === at + 1)!.message).toContain('its women clause that of the section above');
  });

  it('an indicator\'s line without a clause twice (`Suunniteltu: 5`): the second opens the next indicator, whose first field it is, said at the line (review R: two indicators\' figures may be the same)', () => {
    const text = flat2007.replace('Suunniteltu: 10, joista naisten työpaikkoja 4', 'Suunniteltu: 5');
    const at = lineStarting(text, 'Suunniteltu: 5');
    const result = parse(lineTwice(text, at));
    expect(result.record!.indicators.newJobs.planned).toEqual({ total: 5, women: null });
    expect(result.record!.indicators.newCompanies.planned).toEqual({ total: 5, women: null });
    expect(said(result, 'section-without-heading')).toContainEqual(['warning', at + 1]);
    expect(result.diagnostics.find((d) => d.rule === 'section-without-heading' && d.line === at + 1)!.message).toContain('written exactly as the one right above it');
  });

  it('guard (review R2): in a copy with no `Toteutunut` lines at all, equal planned figures of consecutive indicators are said as an info only', () => {
    const text = flat2007.split('\n').filter((line) => !line.startsWith('Toteutunut seurantatietojen')).join('\n').replace('Suunniteltu: 10, joista naisten työpaikkoja 4', 'Suunniteltu: 5').replace('Suunniteltu: 2, joista naisten perustamia 1', 'Suunniteltu: 5');
    const result = parse(text);
    expect(result.record!.indicators.newJobs.planned).toEqual({ total: 5, women: null });
    expect(result.record!.indicators.newCompanies.planned).toEqual({ total: 5, women: null });
    expect(said(result, 'section-without-heading').filter(([severity]) => severity !== 'info')).toEqual([]);
  });

  it('guard (review R): 4.1\'s and 4.2\'s planned figures the same, no `Toteutunut` lines, are read as the two sections\'', () => {
    const text = flat2007.replace(/^Toteutunut seurantatietojen mukaan: 14, joista naisten työpaikkoja 6\n/mu, '').replace('Suunniteltu: 10, joista naisten työpaikkoja 4', 'Suunniteltu: 5').replace('Suunniteltu: 2, joista naisten perustamia 1', 'Suunniteltu: 5');
    const result = parse(text);
    expect(result.record!.indicators.newJobs.planned).toEqual({ total: 5, women: null });
    expect(result.record!.indicators.newCompanies.planned).toEqual({ total: 5, women: null });
    expect(result.record!.indicators.participants).toEqual(parse(flat2007).record!.indicators.participants);
    expect(result.record!.indicators.qualifications).toEqual(parse(flat2007).record!.indicators.qualifications);
    expect(said(result, 'duplicate-field')).toEqual([]);
  });

  it('guard: `Suunniteltu:` right below another with another value (the `Toteutunut` line between lost) still moves on to the next indicator', () => {
    const at = lineStarting(flat2007, 'Toteutunut seurantatietojen mukaan: 72');
    const lines = flat2007.split('\n');
    const text = [...lines.slice(0, at - 1), ...lines.slice(at)].join('\n');
    const result = parse(text);
    expect(result.record!.indicators.newJobs.planned).toEqual({ total: 10, women: 4 });
    expect(said(result, 'duplicate-field')).toEqual([]);
  });
});

describe('forty-eighth round: a project page\'s top', () => {
  it('the title written twice (a crumb or the window\'s title above the heading) is no tagline: kept in unmapped, said (was read as the tagline)', () => {
    const page = fixture('pages/no-summary-bar.txt');
    const result = parse(lineTwice(page, 1));
    expect(result.record!.project.name).toBe('Kylätalojen verkosto');
    expect(result.record!.project.tagline).toBeNull();
    expect(result.unmapped).toContainEqual({ section: null, label: null, value: 'Kylätalojen verkosto', line: 2 });
    expect(said(result, 'unmapped-text')).toEqual([['warning', 2]]);
  });

  it('the title written twice above its tagline and bar: the tagline is still read', () => {
    const result = parse(lineTwice(seed003, 1));
    expect(result.record).toEqual(parse(seed003).record);
    expect(said(result, 'unmapped-text')).toEqual([['warning', 2]]);
  });

  it('a tagline broken over a blank line, its end in lower case right above the bar, is one tagline (was title and tagline, the title in unmapped)', () => {
    const text = seed003.replace('toimintakyvyn parantaminen.\n', 'toimintakyvyn\n\nparantaminen.\n');
    expect(text).not.toBe(seed003);
    const result = parse(text);
    expect(result.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
    expect(result.record!.project.tagline).toBe('Tavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.');
    expect(result.record).toEqual(parse(seed003).record);
    expect(result.unmapped).toEqual([]);
  });
});

describe('forty-eighth round, review R: a page\'s top that looks like the mended ones', () => {
  const withTop = (top: string) => seed003.replace('Osallisuuden askeleet työllistymispoluille\n\nTavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen.\n', top);

  it('a second paragraph led by a brand in lower case (`eKylä-verkkopalvelu …`) is not joined to the tagline above it', () => {
    const text = withTop('Osallisuuden askeleet työllistymispoluille\n\nTavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen\n\neKylä-verkkopalvelu kokoaa polut yhteen.\n');
    expect(text).not.toBe(seed003);
    expect(parse(text).record!.project.tagline ?? '').not.toContain('parantaminen eKylä');
  });

  it('a clause of its own in lower case below the tagline is joined to it, and said', () => {
    const text = withTop('Osallisuuden askeleet työllistymispoluille\n\nTavoitteena on työttömien henkilöiden työ- ja toimintakyvyn parantaminen\n\nhankkeen kohderyhmänä ovat pitkään työttömänä olleet.\n');
    const result = parse(text);
    expect(result.record!.project.name).toBe('Osallisuuden askeleet työllistymispoluille');
    expect(said(result, 'heading-variant')).toEqual([['warning', 3]]);
  });

  it('a tagline written as the title with a full stop is the tagline (only the same line again is the title twice)', () => {
    const result = parse(withTop('Työtä ja osallisuutta\n\nTyötä ja osallisuutta.\n'));
    expect(result.record!.project.name).toBe('Työtä ja osallisuutta');
    expect(result.record!.project.tagline).toBe('Työtä ja osallisuutta.');
  });
});

describe('forty-eighth round: copies cut inside their summary, saved with a line break', () => {
  const goals = [
    'Hankkeen tavoitteena on vahvistaa työikäisten aivoterveyttä ja työkykyä pitkäjänteisesti kaikilla kolmella tasolla. Hankkeen osatavoitteet ovat:',
    '1. kartoittaa työyhteisöjen nykyiset toimintatavat ja tarpeet yhdessä työterveyshuollon kanssa',
    '2. kehittää aivoterveyttä edistäviä ja tukevia toimintatapoja ja työvälineitä, jotka ovat sovellettavissa sekä yksilö- että työyhteisötasolla',
  ].join('\n');
  it('a flattened summary cut inside the word after a suspended compound (`informaatio- j`) is said cut (was read whole)', () => {
    const text = `${flatFields}\nHankkeessa perehdytään kognitiiviseen, informaatio- j\n`;
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', lineStarting(text, 'Hankkeessa perehdytään')]]);
  });

  it('a flattened summary cut in a short sentence right below a numbered list\'s last item is said cut (was read whole)', () => {
    const text = `${flatFields}\n${goals}\nHankkeessa rakennetaan yhteisto\n`;
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', lineStarting(text, 'Hankkeessa rakennetaan')]]);
  });

  it('a summary whose last line ends with a semicolon that introduces a list (`… seuraavat asiat;`) is said cut, with or without its line break', () => {
    const upToSummary = seed004.slice(0, seed004.indexOf('4 Hankkeen kohderyhmät'));
    const firstParagraph = upToSummary.slice(0, upToSummary.indexOf('\n\n', upToSummary.indexOf('3 Suunnitelman mukainen') + 60));
    for (const end of ['\n', '']) {
      const text = `${firstParagraph} Hanke mahdollistaa seuraavat asiat;${end}`;
      const lastLine = text.trimEnd().split('\n').length;
      expect(said(parse(text), 'text-cut-off'), JSON.stringify(end)).toEqual([['warning', lastLine]]);
    }
  });

  it('a flattened summary cut in a short sentence right below a bulleted list\'s item is said cut (review R: was read whole)', () => {
    const text = `${flatFields}\nHankkeen toimintaan kuuluu:\n- yksilövalmennus työhönvalmentajan kanssa\n- ryhmätoiminta\nHankkeessa rakennetaan yhteisto\n`;
    expect(said(parse(text), 'text-cut-off')).toEqual([['warning', lineStarting(text, 'Hankkeessa rakennetaan')]]);
  });

  it('guard (reviews R, R2): a whole text whose last list item ends with a semicolon, with or without markers, is not said cut', () => {
    for (const marker of ['- ', '']) {
      const text = `${seed004.trimEnd()}\n\nHankkeen keskeiset tuotokset ovat:\n${marker}sosiaalisen kuntoutuksen palvelusivusto;\n${marker}vastuutyöntekijämalli;\n`;
      expect(said(parse(text), 'text-cut-off'), marker).toEqual(said(parse(seed004), 'text-cut-off'));
    }
  });

  it('guard (review R): a closing line of two words below a list is not said cut mid-way', () => {
    const text = `${flatFields}\n${goals}\nKiitos kaikille\n`;
    expect(parse(text).diagnostics.filter((d) => d.rule === 'text-cut-off' && d.message.includes('mid-way'))).toEqual([]);
  });

  it('guard: the same copies ending with a whole sentence are not said cut', () => {
    expect(said(parse(`${flatFields}\n${goals}\nHankkeessa rakennetaan yhteistoimintaa.\n`), 'text-cut-off')).toEqual([]);
    expect(said(parse(`${flatFields}\nHankkeessa perehdytään kognitiiviseen, informaatio- ja viestintäteknologiaan.\n`), 'text-cut-off')).toEqual([]);
  });
});

describe('forty-eighth round: an EAKR code of another period or programme', () => {
  const eakr2014 = fixture('variations/eakr.txt');
  const eakr2007 = fixture('shapes/eakr-2007-2013/ita-suomi.txt');
  const codeLine = (text: string) => lineStarting(text, text.includes('Hankekoodi:') ? 'Hankekoodi:' : 'Projektikoodi:');

  it('`A80123` (not numbered as the register numbers 2014–2020 EAKR projects, A7…) in a 2014–2020 description is said (was read as 2014–2020 with no diagnostic)', () => {
    const text = eakr2014.replace('Hankekoodi: A70012', 'Hankekoodi: A80123');
    const result = parse(text);
    expect(result.record!.project.code).toBe('A80123');
    expect(result.record!.programmePeriod).toBe('2014-2020');
    expect(said(result, 'invalid-project-code')).toEqual([['warning', codeLine(text)]]);
  });

  it('a 2014–2020 code (`A70123`) in a 2007–2013 description is said, and a 2007–2013 code (`A31482`) in a 2014–2020 one', () => {
    const in2007 = eakr2007.replace('Projektikoodi: A31482', 'Projektikoodi: A70123');
    expect(said(parse(in2007), 'invalid-project-code')).toEqual([['warning', codeLine(in2007)]]);
    const in2014 = eakr2014.replace('Hankekoodi: A70012', 'Hankekoodi: A31482');
    expect(said(parse(in2014), 'invalid-project-code')).toEqual([['warning', codeLine(in2014)]]);
  });

  it('guard: each period\'s own codes are not said', () => {
    expect(said(parse(eakr2014), 'invalid-project-code')).toEqual([]);
    expect(said(parse(eakr2007), 'invalid-project-code')).toEqual([]);
  });
});

describe('forty-eighth round: a copy hard-wrapped narrower than a label\'s or a heading\'s half', () => {
  const wrapAt = (text: string, width: number) => text.split('\n').flatMap((line) => wrapLine(line, width)).join('\n');
  const hardWrapped = fixture('shapes/people-made/hard-wrapped-70.txt');

  it('an 8.1 question broken over three lines before its colon is read (its answer and text went into the question above, unsaid)', () => {
    const text = wrapAt(hardWrapped, 40);
    expect(text).toContain('Sukupuolinäkökulma on huomioitu hankkeen\ntoiminnassa\n(valtavirtaistaminen): Kyllä');
    const result = parse(text);
    const whole = parse(hardWrapped).record!.horizontalPrinciples.genderEquality;
    const read = result.record!.horizontalPrinciples.genderEquality;
    expect(read.mainstreaming?.answer).toBe(true);
    expect(read.mainstreaming?.text?.replace(/\s+/gu, ' ')).toBe(whole.mainstreaming?.text?.replace(/\s+/gu, ' '));
    expect(read.environmentAnalysis?.text?.replace(/\s+/gu, ' ')).toBe(whole.environmentAnalysis?.text?.replace(/\s+/gu, ' '));
    expect(said(result, 'label-rejoined')).toContainEqual(['info', lineStarting(text, 'Sukupuolinäkökulma on huomioitu')]);
  });

  it('a numbered heading broken over three lines is read as the heading (it was the text of the section above, unsaid)', () => {
    const text = wrapAt(hardWrapped, 40);
    expect(text).toMatch(/\n7 Hakemusvaiheessa ilmoitettavat arviot\n\S+\n\S+\n/u);
    expect(parse(text).record!.targetArea.description).toBeNull();
  });
});
