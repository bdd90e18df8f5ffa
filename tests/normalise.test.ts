import { describe, expect, it } from 'vitest';
import * as n from '../src/map/normalise.js';

describe('parseFinnishDate', () => {
  it('reads D.M.YYYY and DD.MM.YYYY', () => {
    expect(n.parseFinnishDate('1.9.2008')).toEqual({ value: '2008-09-01' });
    expect(n.parseFinnishDate('01.05.2017')).toEqual({ value: '2017-05-01' });
    expect(n.parseFinnishDate('29.2.2016')).toEqual({ value: '2016-02-29' });
    expect(n.parseFinnishDate('29.2.2000')).toEqual({ value: '2000-02-29' });
    expect(n.parseFinnishDate('31.12.2020')).toEqual({ value: '2020-12-31' });
    // Any four-digit year is a year; what is plausible is for the reader to judge.
    expect(n.parseFinnishDate('1.1.0050')).toEqual({ value: '0050-01-01' });
  });
  it('rejects impossible and malformed dates', () => {
    expect(n.parseFinnishDate('31.2.2009').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('29.2.2015').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('2008-09-01').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('1.13.2008').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('29.2.1900').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('0.5.2017').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('31.4.2017').problem?.message).toBe('"31.4.2017" is not a calendar date');
    expect(n.parseFinnishDate('1.0.2017').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('').problem?.rule).toBe('invalid-date');
  });
});

describe('parsePeriod', () => {
  it('reads "Alkaa … ja päättyy …"', () => {
    expect(n.parsePeriod('Alkaa 1.9.2008 ja päättyy 31.8.2011')).toEqual({ value: { start: '2008-09-01', end: '2011-08-31' } });
    expect(n.parsePeriod('alkaa  1.1.2015 ja  päättyy 31.12.2018')).toEqual({ value: { start: '2015-01-01', end: '2018-12-31' } });
  });
  it('reads two dates joined by a dash', () => {
    expect(n.parsePeriod('01.05.2017 – 30.04.2020')).toEqual({ value: { start: '2017-05-01', end: '2020-04-30' } });
  });
  it('rejects other wordings and two bad dates', () => {
    expect(n.parsePeriod('Syksystä 2008 kevääseen 2011').problem?.rule).toBe('invalid-date');
    expect(n.parsePeriod('Alkaa 31.9.2008 ja päättyy 31.9.2011').problem?.rule).toBe('invalid-date');
    expect(n.parsePeriod('Alkaa 1.9.20').problem?.rule).toBe('invalid-date');
  });
  it('reads the English rendering', () => {
    expect(n.parsePeriod('Start 1.8.2021 and end 31.8.2023')).toEqual({ value: { start: '2021-08-01', end: '2023-08-31' } });
    expect(n.parsePeriod('start 1.8.2021 AND END 31.8.2023')).toEqual({ value: { start: '2021-08-01', end: '2023-08-31' } });
  });
  it('keeps the readable date when the other is impossible: an error, since the date is wrong', () => {
    expect(n.parsePeriod('Alkaa 1.9.2008 ja päättyy 31.9.2011')).toEqual({
      value: { start: '2008-09-01', end: null },
      warnings: [{ rule: 'invalid-date', message: 'end date: "31.9.2011" is not a calendar date; only the start date read', severity: 'error' }],
    });
    expect(n.parsePeriod('Alkaa 31.2.2009 ja päättyy 31.12.2011')).toEqual({
      value: { start: null, end: '2011-12-31' },
      warnings: [{ rule: 'invalid-date', message: 'start date: "31.2.2009" is not a calendar date; only the end date read', severity: 'error' }],
    });
  });
  it('keeps the start of a period cut off in its end date: a warning', () => {
    expect(n.parsePeriod('Alkaa 1.9.2008 ja päättyy 30.4.20')).toEqual({
      value: { start: '2008-09-01', end: null },
      warnings: [{ rule: 'invalid-date', message: 'end date: "30.4.20" is not a date of the form D.M.YYYY; only the start date read' }],
    });
    expect(n.parsePeriod('Alkaa 1.9.2008 ja päätt')).toEqual({
      value: { start: '2008-09-01', end: null },
      warnings: [{ rule: 'invalid-date', message: '"Alkaa 1.9.2008 ja päätt" has no readable end date; only the start date read' }],
    });
    expect(n.parsePeriod('Start 1.8.2021 and')).toEqual({
      value: { start: '2021-08-01', end: null },
      warnings: [{ rule: 'invalid-date', message: '"Start 1.8.2021 and" has no readable end date; only the start date read' }],
    });
  });
});

describe('parseAmount', () => {
  it('reads grouped thousands', () => {
    expect(n.parseAmount('1 030 258')).toEqual({ value: 1030258 });
    expect(n.parseAmount('520\u00a0000')).toEqual({ value: 520000 });
    expect(n.parseAmount('0')).toEqual({ value: 0 });
    expect(n.parseAmount('007')).toEqual({ value: 7 });
    expect(n.parseAmount('99999999999999999999').problem?.message).toBe('"99999999999999999999" is too large');
    expect(n.parseAmount('15 000,00 €')).toEqual({ value: 15000 });
  });
  it('reads the plain forms without notes', () => {
    expect(n.parseAmount('15 000 euroa')).toEqual({ value: 15000 });
    expect(n.parseAmount('15000€')).toEqual({ value: 15000 });
    expect(n.parseAmount('15 000,0 EUR')).toEqual({ value: 15000 });
    expect(n.parseAmount(' 1\u202f030\u2009258 ')).toEqual({ value: 1030258 });
  });
  it('reads thousands dots and decimal commas with a note', () => {
    expect(n.parseAmount('694.522')).toEqual({ value: 694522, notes: [{ rule: 'normalised-value', message: '"694.522" read as 694522 (thousands separated by dots)' }] });
    expect(n.parseAmount('1.030.258')).toEqual({ value: 1030258, notes: [{ rule: 'normalised-value', message: '"1.030.258" read as 1030258 (thousands separated by dots)' }] });
    expect(n.parseAmount('520 000,50')).toEqual({
      value: 520000,
      notes: [{ rule: 'normalised-value', message: '"520 000,50" read as 520000 (the cents ",50" dropped: amounts are whole euros)' }],
    });
    expect(n.parseAmount('12 000,50')).toEqual({
      value: 12000,
      notes: [{ rule: 'normalised-value', message: '"12 000,50" read as 12000 (the cents ",50" dropped: amounts are whole euros)' }],
    });
    expect(n.parseAmount('1.030.258,5 €').value).toBe(1030258);
    expect(n.parseAmount('1.030.258,5 €').notes?.[0].message).toBe('"1.030.258,5 €" read as 1030258 (thousands separated by dots; the cents ",5" dropped: amounts are whole euros)');
  });
  it('does not read groups that are not thousands: a cut-off value is not a whole one', () => {
    expect(n.parseAmount('650 0')).toEqual({ value: null, problem: { rule: 'invalid-number', message: '"650 0" is not a number: its digit groups are not thousands (a cut-off value?)' } });
    expect(n.parseAmount('1 03').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('1 0300').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('694.52').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('694.5221').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('1.030 258').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('520,000')).toEqual({ value: null, problem: { rule: 'invalid-number', message: '"520,000": 3 digits after the comma could be thousands or decimals' } });
  });
  it('rejects words and negatives', () => {
    expect(n.parseAmount('noin sata').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('-5').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('').problem?.rule).toBe('invalid-number');
  });
});

describe('parseIndicator', () => {
  it('reads every wording of the women clause', () => {
    expect(n.parseIndicator('80, joista naisia 35')).toEqual({ value: { total: 80, women: 35 } });
    expect(n.parseIndicator('1 274')).toEqual({ value: { total: 1274, women: null } });
    expect(n.parseIndicator('noin 80').problem?.message).toBe('"noin 80" does not start with a count');
    expect(n.parseIndicator('0, joista naisten työpaikkoja 0')).toEqual({ value: { total: 0, women: 0 } });
    expect(n.parseIndicator('12, joista naisten perustamia 6')).toEqual({ value: { total: 12, women: 6 } });
    expect(n.parseIndicator('3, joista naisten tutkintoja 2')).toEqual({ value: { total: 3, women: 2 } });
    expect(n.parseIndicator('1 274, joista naisia 1 092')).toEqual({ value: { total: 1274, women: 1092 } });
  });
  it('reads a count without the clause', () => {
    expect(n.parseIndicator('20')).toEqual({ value: { total: 20, women: null } });
  });
  it('rejects text that is not a count, and a cut-off count', () => {
    expect(n.parseIndicator('noin sata').problem?.rule).toBe('invalid-number');
    expect(n.parseIndicator('650 0')).toEqual({
      value: null,
      problem: { rule: 'invalid-number', message: '"650 0" is not a count: the digits after "650" are not a group of thousands (a cut-off value?)' },
    });
    expect(n.parseIndicator('80,5').problem?.rule).toBe('invalid-number');
  });
  it('keeps the total when the women clause cannot be read, with a warning', () => {
    expect(n.parseIndicator('80, joista miehiä 45')).toEqual({
      value: { total: 80, women: null },
      warnings: [{ rule: 'invalid-number', message: '"80, joista miehiä 45": "joista miehiä 45" is not a women clause; only the total read' }],
    });
    expect(n.parseIndicator('80, joista naisia paljon')).toEqual({
      value: { total: 80, women: null },
      warnings: [{ rule: 'invalid-number', message: '"80, joista naisia paljon": "paljon" is not a count; only the total read' }],
    });
    expect(n.parseIndicator('80, joista naisia 3')).toEqual({ value: { total: 80, women: 3 } });
  });
  it('reads the unusual forms of the women clause with a note', () => {
    const read = (input: string, total: number, women: number, form: string) =>
      expect(n.parseIndicator(input)).toEqual({
        value: { total, women },
        notes: [{ rule: 'normalised-value', message: `"${input}" read as total ${total}, women ${women} (${form})` }],
      });
    read('80 joista naisia 35', 80, 35, 'no comma before the women clause');
    read('274, naisia 92', 274, 92, 'the short form of the women clause');
    read('12, naisia 5', 12, 5, 'the short form of the women clause');
    read('274, naisia: 92', 274, 92, 'the short form of the women clause');
    read('80 (naisia 35)', 80, 35, 'the women clause in brackets, the short form of the women clause');
    read('80 (joista naisia 35)', 80, 35, 'the women clause in brackets');
    read('1 274 joista naisia 1 092', 1274, 1092, 'no comma before the women clause');
  });
  it('reads a women clause alone, warning that the total is missing', () => {
    expect(n.parseIndicator('naisia: 92')).toEqual({
      value: { total: null, women: 92 },
      warnings: [{ rule: 'invalid-number', message: '"naisia: 92" gives the women but no total' }],
    });
  });
});

describe('normaliseEmail and isValidEmail', () => {
  it('turns (at) into @', () => {
    expect(n.normaliseEmail('anna.keto-tokoi(at)thl.fi')).toBe('anna.keto-tokoi@thl.fi');
    expect(n.normaliseEmail(' x[at]y.fi ')).toBe('x@y.fi');
  });
  it('tells addresses from non-addresses', () => {
    expect(n.isValidEmail('anna.keto-tokoi@thl.fi')).toBe(true);
    expect(n.isValidEmail('anna.keto-tokoi')).toBe(false);
    expect(n.isValidEmail('a@b')).toBe(false);
    expect(n.isValidEmail('a@@b.fi')).toBe(false);
  });
});

describe('lists', () => {
  it('splits on commas and drops empty items', () => {
    expect(n.splitList('www.a.fi, www.b.fi/x,')).toEqual(['www.a.fi', 'www.b.fi/x']);
  });
  it('keeps a municipality qualifier with its name', () => {
    expect(n.splitMunicipalities('Laitila, Koski, Tl, Tuusula')).toEqual(['Laitila', 'Koski Tl', 'Tuusula']);
    expect(n.splitMunicipalities('Koski Tl, Sysmä')).toEqual(['Koski Tl', 'Sysmä']);
    expect(n.splitMunicipalities('Ii, Oulu')).toEqual(['Ii', 'Oulu']);
  });
});

describe('parsePriorityAxis', () => {
  it('reads the three layouts', () => {
    expect(n.parsePriorityAxis('2: Työllistymisen edistäminen')).toEqual({ value: { number: 2, title: 'Työllistymisen edistäminen' } });
    expect(n.parsePriorityAxis('5. Sosiaalinen osallisuus')).toEqual({ value: { number: 5, title: 'Sosiaalinen osallisuus' } });
    expect(n.parsePriorityAxis('Toimintalinja 5 (ESR)')).toEqual({ value: { number: 5, title: null } });
  });
  it('keeps an unnumbered title as title', () => {
    expect(n.parsePriorityAxis('Osaaminen')).toEqual({ value: { number: null, title: 'Osaaminen' } });
  });
});

describe('parseSpecificObjective', () => {
  it('splits code and title', () => {
    expect(n.parseSpecificObjective('10.1. Työelämän ulkopuolella olevien parantaminen')).toEqual({ value: { code: '10.1', title: 'Työelämän ulkopuolella olevien parantaminen' } });
    expect(n.parseSpecificObjective('Työelämän ulkopuolella')).toEqual({ value: { code: null, title: 'Työelämän ulkopuolella' } });
  });
});

describe('parseStatus and parseYesNo', () => {
  it('maps status wordings to states', () => {
    expect(n.parseStatus('Toiminta päättynyt').value).toEqual({ text: 'Toiminta päättynyt', state: 'ended' });
    expect(n.parseStatus('Hanke käynnissä').value).toEqual({ text: 'Hanke käynnissä', state: 'ongoing' });
    expect(n.parseStatus('Toiminnassa').value?.state).toBe('ongoing');
    expect(n.parseStatus('Keskeytetty').value).toEqual({ text: 'Keskeytetty', state: null });
  });
  it('reads Kyllä / Ei and rejects others', () => {
    expect(n.parseYesNo('Kyllä')).toEqual({ value: true });
    expect(n.parseYesNo('ei')).toEqual({ value: false });
    expect(n.parseYesNo('Ehkä').problem?.rule).toBe('invalid-value');
  });
});

describe('parseAddress', () => {
  it('splits a postal code and city off the end', () => {
    expect(n.parseAddress('Rauhankatu 3, 18100 Heinola').value).toEqual({ street: 'Rauhankatu 3', postalCode: '18100', city: 'Heinola' });
    expect(n.parseAddress('00270 Helsinki').value).toEqual({ street: null, postalCode: '00270', city: 'Helsinki' });
  });
  it('keeps an address without a postal code as the street', () => {
    expect(n.parseAddress('PL 30, Mannerheimintie 166').value).toEqual({ street: 'PL 30, Mannerheimintie 166', postalCode: null, city: null });
  });
});

describe('parseCoImplementer', () => {
  it('splits at the last comma', () => {
    expect(n.parseCoImplementer('Koulutuskeskus Salpaus, kuntayhtymä, 0116480-8')).toEqual({ name: 'Koulutuskeskus Salpaus, kuntayhtymä', businessId: '0116480-8' });
  });
  it('keeps a name whose last part is not an id', () => {
    expect(n.parseCoImplementer('Yhdistys, jolla ei ole tunnusta')).toEqual({ name: 'Yhdistys, jolla ei ole tunnusta', businessId: null });
  });
});

describe('parseBudgetRange', () => {
  it('reads a range and a single amount', () => {
    expect(n.parseBudgetRange('500000-1000000 €')).toEqual({ value: { min: 500000, max: 1000000 } });
    expect(n.parseBudgetRange('100 000 – 200 000 €')).toEqual({ value: { min: 100000, max: 200000 } });
    expect(n.parseBudgetRange('250000 €')).toEqual({ value: { min: 250000, max: 250000 } });
  });
  it('rejects words', () => {
    expect(n.parseBudgetRange('paljon').problem?.rule).toBe('invalid-number');
  });
});

describe('checkBusinessId', () => {
  it('accepts correct check digits, including remainder 0', () => {
    expect(n.checkBusinessId('2229500-6')).toBe('valid');
    expect(n.checkBusinessId('1068892-9')).toBe('valid');
    expect(n.checkBusinessId('0116480-8')).toBe('valid');
    // Weighted sum 0 → remainder 0 → check digit 0.
    expect(n.checkBusinessId('0000000-0')).toBe('valid');
  });
  it('rejects a wrong check digit, remainder 1, and malformed ids', () => {
    expect(n.checkBusinessId('2229500-7')).toBe('wrong-check-digit');
    // 0010001: weighted sum 10 + 2 = 12 → remainder 1, which no check digit can satisfy.
    expect(n.checkBusinessId('0010001-0')).toBe('wrong-check-digit');
    expect(n.checkBusinessId('0010001-1')).toBe('wrong-check-digit');
    expect(n.checkBusinessId('2229500')).toBe('malformed');
    expect(n.checkBusinessId('222950-06')).toBe('malformed');
  });
});

describe('normaliseKey', () => {
  it('folds case, white space runs and end punctuation', async () => {
    const { normaliseKey } = await import('../src/key.js');
    expect(normaliseKey('Tietoja hankkeesta:')).toBe('tietoja hankkeesta');
    expect(normaliseKey('  Projektin   nimi\t: ')).toBe('projektin nimi');
    expect(normaliseKey('Kesken.')).toBe('kesken');
    expect(normaliseKey('Onko malli siirretty?')).toBe('onko malli siirretty?');
    expect(normaliseKey('Euroopan unioni\u00a0Vipuvoimaa EU:lta')).toBe('euroopan unioni vipuvoimaa eu:lta');
    expect(normaliseKey(':.')).toBe('');
  });

  it('gives the grammar\'s own phrases, looked up by their written form, the same keys as any other spelling', async () => {
    const { normaliseKey } = await import('../src/grammar/index.js');
    // Written as in grammar/, in a two-byte string (a slice of a text with a dash), and otherwise.
    const twoByte = (s: string) => `\u2013${s}`.slice(1);
    for (const [written, other] of [
      ['Projektin nimi', 'PROJEKTIN  NIMI :'],
      ['Toiminnan tila', 'toiminnan tila.'],
      ['Euroopan unioni', ' EUROOPAN UNIONI'],
    ]) {
      expect(normaliseKey(written)).toBe(written.toLowerCase());
      expect(normaliseKey(twoByte(written))).toBe(written.toLowerCase());
      expect(normaliseKey(other)).toBe(written.toLowerCase());
    }
  });
});
