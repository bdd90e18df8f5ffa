// What the thirty-seventh round found: each reproduced on a small invented text, read right now or
// said at its line.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { lineOf } from './helpers/edits.js';

const rulesAt = (text: string, line: string) => parse(text).diagnostics.filter((d) => d.line === lineOf(text, line)).map((d) => [d.severity, d.rule]);

/** An invented project page below its first lines: the tagline, the summary bar and the facts. */
const pageBelowTitle = [
  '',
  'Satamien asiakaspalvelun siirtäminen verkkoon.',
  '',
  'Toimintalinja 2 (EAKR) | 01.03.2019 – 28.02.2021 | Kymenlaakso',
  '',
  'Hanke päättynyt',
  '',
  'Tietoja hankkeesta:',
  '',
  'EURA-tunnus: A74120',
  'Toteuttajaorganisaatio: Kotkan satamapalvelut Oy',
  'Maakunta: Kymenlaakso',
  'Aloituspäivä: 01.03.2019',
  'Lopetuspäivä: 28.02.2021',
  '',
  'Lyhyt selostus hankkeesta:',
  '',
  'Hankkeessa siirretään satamien asiakaspalvelu verkkoon.',
];

describe('audit round 37: a line right above a page\'s title, in the title\'s paragraph', () => {
  for (const above of ['LUONNOS', 'Satamayhtiö kertoo', 'Kotkan Satamapalvelut']) {
    it(`"${above}" above the title: the title is the line below it, the tagline the sentence, the line above kept and said`, () => {
      const text = `${[above, 'Satamat sähköiseksi', ...pageBelowTitle].join('\n')}\n`;
      const result = parse(text);
      expect(result.record!.project.name).toBe('Satamat sähköiseksi');
      expect(result.record!.project.tagline).toBe('Satamien asiakaspalvelun siirtäminen verkkoon.');
      expect(result.unmapped.map((u) => u.value)).toEqual([above]);
      expect(rulesAt(text, 'Satamat sähköiseksi')).toContainEqual(['warning', 'heading-variant']);
    });
  }
  it('the title with its tagline in paragraphs of their own is read as before, nothing said (guard)', () => {
    const text = `${['Satamat sähköiseksi', ...pageBelowTitle].join('\n')}\n`;
    const result = parse(text);
    expect(result.record!.project.name).toBe('Satamat sähköiseksi');
    expect(result.record!.project.tagline).toBe('Satamien asiakaspalvelun siirtäminen verkkoon.');
    expect(result.diagnostics.filter((d) => d.rule === 'heading-variant' || d.rule === 'unmapped-text')).toEqual([]);
  });
  it('a title wrapped in lower case stays one title (guard)', () => {
    const text = `${['Satamat ja laiturit', 'sähköiseksi', ...pageBelowTitle].join('\n')}\n`;
    expect(parse(text).record!.project.name).toBe('Satamat ja laiturit sähköiseksi');
  });
  it('a name below the title: the name is read as the title, said at it, the title kept in unmapped', () => {
    const text = `${['Satamat sähköiseksi', 'Matti Merinen', ...pageBelowTitle].join('\n')}\n`;
    const result = parse(text);
    expect(result.record!.project.tagline).toBe('Satamien asiakaspalvelun siirtäminen verkkoon.');
    expect(result.unmapped.map((u) => u.value)).toEqual(['Satamat sähköiseksi']);
    expect(rulesAt(text, 'Matti Merinen')).toContainEqual(['warning', 'heading-variant']);
  });
});
