import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const page = (bar: string, facts: string) =>
  `Yhteinen hanke\n\nTavoitteena on yhteistyö.\n\nToimintalinja 5 (ESR) | 01.05.2017 – 30.04.2020 | ${bar}\n\nHanke käynnissä\n\nTietoja hankkeesta:\n\nHankkeen rahoittaja: Uudenmaan ELY-keskus\nEURA-tunnus: 2014/1234/09 02 01 01/2016/UUDELY\nToteuttajaorganisaatio: Esimerkki ry\nMaakunta: ${facts}\nAloituspäivä: 01.05.2017\nLopetuspäivä: 30.04.2020\n`;

describe("a project page's summary bar against its facts", () => {
  it('two regions named alike in both are no mismatch', () => {
    const result = parse(page('Uusimaa, Itä-Uusimaa', 'Uusimaa, Itä-Uusimaa'));
    expect(result.diagnostics.filter((d) => d.rule === 'summary-bar-mismatch')).toEqual([]);
    expect(result.record!.targetArea.regions).toEqual(['Uusimaa', 'Itä-Uusimaa']);
  });
  it('a region the facts do not have is one, located on the bar', () => {
    const result = parse(page('Satakunta', 'Uusimaa'));
    expect(result.diagnostics.filter((d) => d.rule === 'summary-bar-mismatch').map((d) => d.line)).toEqual([5]);
  });
});
