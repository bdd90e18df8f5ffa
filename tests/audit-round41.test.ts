// What the forty-first round found: each reproduced on a small invented text, read right now or said
// at its line.
import { describe, expect, it } from 'vitest';
import * as n from '../src/map/normalise.js';

describe('forty-first round', () => {
  it('a day and month after a date\'s word in a specific objective\'s remark is a date, not a second code (left by round 40)', () => {
    for (const [value, title] of [
      ['10.1. Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (päivitetty 15.3.)', 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (päivitetty 15.3.)'],
      ['10.1 Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (tilanne 31.12.)', 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen (tilanne 31.12.)'],
      ['10.1 Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen, muutettu 1.9.', 'Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen, muutettu 1.9.'],
    ]) {
      const read = n.parseSpecificObjective(value);
      expect(read.value).toEqual({ code: '10.1', title });
      expect(read.warnings).toBeUndefined();
    }
    // (Another code in a remark stays two codes, said.)
    for (const value of ['10.1 Työelämän parantaminen (myös 10.2)', '10.1 Työelämän parantaminen ja osin 10.2']) {
      expect(n.parseSpecificObjective(value).value!.code).toBeNull();
      expect(n.parseSpecificObjective(value).warnings![0].rule).toBe('invalid-value');
    }
  });
});
