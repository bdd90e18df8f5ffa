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
  it('reads the ISO form and spaces after the dots, with a note', () => {
    expect(n.parseFinnishDate('2008-09-01')).toEqual({ value: '2008-09-01', notes: noted('"2008-09-01" read as 2008-09-01 (the ISO form)') });
    expect(n.parseFinnishDate('1. 3. 2016')).toEqual({ value: '2016-03-01', notes: noted('"1. 3. 2016" read as 2016-03-01 (spaces after the dots)') });
  });
  it('rejects impossible and malformed dates', () => {
    expect(n.parseFinnishDate('31.2.2009').problem?.rule).toBe('invalid-date');
    expect(n.parseFinnishDate('29.2.2015').problem?.rule).toBe('invalid-date');
    // The ISO form is read, with a note (see below); an ISO date off the calendar is not.
    expect(n.parseFinnishDate('2008-02-30').problem?.rule).toBe('invalid-date');
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
      warnings: [{ rule: 'invalid-date', message: '"Alkaa 1.9.2008 ja päättyy 30.4.20": a year of two digits would make the period run 12 years (2008-09-01 – 2020-04-30): a year cut or mistyped?; the end date is not read' }],
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
  it('reads whole euros as people write them: a trailing ",-", an "e", a currency before the figure', () => {
    expect(n.parseAmount('497 650,-').value).toBe(497650);
    expect(n.parseAmount('515 375 e').value).toBe(515375);
    expect(n.parseAmount('€ 412 300').value).toBe(412300);
    expect(n.parseAmount('EUR 650 000').value).toBe(650000);
    // The unit glued on, as `500000€` is (round 52: `50000e` is a common way to write it).
    expect(n.parseAmount('500 000e').value).toBe(500000);
    // Still no number: a word that ends in e, a figure with another letter glued on.
    expect(n.parseAmount('noin 500 000 e').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('500 000k').problem?.rule).toBe('invalid-number');
  });
  it('reads grouped thousands', () => {
    expect(n.parseAmount('1 030 258')).toEqual({ value: 1030258 });
    expect(n.parseAmount('520\u00a0000')).toEqual({ value: 520000 });
    expect(n.parseAmount('0')).toEqual({ value: 0 });
    // A figure with a leading zero is no amount as written (a phone number or a code in its place).
    expect(n.parseAmount('007').problem?.rule).toBe('invalid-number');
    expect(n.parseAmount('99999999999999999999').problem?.message).toBe('"99999999999999999999" is too large for one project\'s figure (two figures run together?)');
    expect(n.parseAmount('15 000,00 €')).toEqual({ value: 15000, notes: [{ rule: 'normalised-value', message: '"15 000,00 €" read as 15000 (the decimals ",00" left out: amounts are whole euros)' }] });
  });
  it('reads the plain forms without notes', () => {
    expect(n.parseAmount('15 000 euroa')).toEqual({ value: 15000 });
    expect(n.parseAmount('15000€')).toEqual({ value: 15000 });
    expect(n.parseAmount('15 000,0 EUR').value).toBe(15000);
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
  it('reads no total from figures by year, sums, shares or rates', () => {
    for (const written of ['2016: 40, 2017: 40, 2018: 40', '35 + 35 + 34', '12 %', '3/vuosi']) {
      const read = n.parseIndicator(written);
      expect(read.value, written).toBeNull();
      expect(read.problem?.rule, written).toBe('invalid-number');
    }
    // A unit word after the count keeps the total; the women's figure before their word is read too (round 45).
    expect(n.parseIndicator('80 henkilöä, joista 35 naisia').value).toEqual({ total: 80, women: 35 });
  });
  it('reads no women count from a share or a decimal', () => {
    const share = n.parseIndicator('80 joista naisten osuus 45');
    expect(share.value).toEqual({ total: 80, women: null });
    expect(share.warnings?.[0].rule).toBe('invalid-number');
    for (const written of ['25, joista naisten työpaikkoja 8,5', '80, joista naisia 35,5']) {
      const read = n.parseIndicator(written);
      expect(read.value?.women, written).toBeNull();
      expect(read.warnings?.[0].message, written).toContain('is not a count');
    }
  });
  it('does not read a range as a count', () => {
    expect(n.parseIndicator('250-300')).toEqual({ value: null, problem: { rule: 'invalid-number', message: '"250-300" is a range, not a count' } });
    expect(n.parseIndicator('250 – 300, joista naisia 100').value).toBeNull();
  });
  it('reads every wording of the women clause', () => {
    expect(n.parseIndicator('80, joista naisia 35')).toEqual({ value: { total: 80, women: 35 } });
    expect(n.parseIndicator('1 274')).toEqual({ value: { total: 1274, women: null } });
    // (An estimate is read as an amount's is, with a warning: round 42.)
    expect(n.parseIndicator('noin 80')).toEqual({ value: { total: 80, women: null }, warnings: [{ rule: 'invalid-number', message: '"noin 80" read as total 80; "noin" before it makes the figure an estimate' }] });
    expect(n.parseIndicator('suunnilleen 80').problem?.message).toBe('"suunnilleen 80" does not start with a count');
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
  it('keeps an unnumbered title as title, and says that the number is not read', () => {
    const read = n.parsePriorityAxis('Osaaminen');
    expect(read.value).toEqual({ number: null, title: 'Osaaminen' });
    expect(read.warnings?.map((w) => w.rule)).toEqual(['invalid-number']);
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
    // (One amount is both bounds, noted: the page writes a band.)
    expect(n.parseBudgetRange('250000 €')).toEqual({ value: { min: 250000, max: 250000 }, notes: [{ rule: 'normalised-value', message: '"250000 €" is one amount, not a range: read as both its bounds' }] });
  });
  it('rejects words', () => {
    expect(n.parseBudgetRange('paljon').problem?.rule).toBe('invalid-number');
  });
  it('rejects a range whose first bound is the larger: which is which is a guess', () => {
    expect(n.parseBudgetRange('1000000-500000 €')).toEqual({ value: null, problem: { rule: 'invalid-number', message: '"1000000-500000 €" is not a budget range: its first amount is larger than its second' } });
  });
});

describe('checkBusinessId', () => {
  it('accepts correct check digits, including remainder 0', () => {
    expect(n.checkBusinessId('2229500-6')).toBe('valid');
    expect(n.checkBusinessId('1068892-9')).toBe('valid');
    expect(n.checkBusinessId('0116480-8')).toBe('valid');
    // Weighted sum 11 → remainder 0 → check digit 0.
    expect(n.checkBusinessId('1000002-0')).toBe('valid');
    // Weighted sum 0 → remainder 0 → check digit 0: right, but a template's dummy, no organisation's.
    expect(n.checkBusinessId('0000000-0')).toBe('placeholder');
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

const noted = (message: string) => [{ rule: 'normalised-value', message }];

describe('parseBusinessId', () => {
  it('returns the plain form as it is, without a note', () => {
    expect(n.parseBusinessId('2229500-6')).toEqual({ value: '2229500-6' });
    expect(n.parseBusinessId(' 0832600-5 ')).toEqual({ value: '0832600-5' });
  });
  it('reads every unusual form into NNNNNNN-N with a note saying what changed', () => {
    expect(n.parseBusinessId('22295006')).toEqual({ value: '2229500-6', notes: noted('"22295006" read as "2229500-6" (hyphen added)') });
    expect(n.parseBusinessId('832600-5')).toEqual({ value: '0832600-5', notes: noted('"832600-5" read as "0832600-5" (leading zero added)') });
    expect(n.parseBusinessId('FI22295006')).toEqual({
      value: '2229500-6',
      notes: noted('"FI22295006" read as "2229500-6" (VAT number prefix "FI" removed; hyphen added)'),
    });
    expect(n.parseBusinessId('FI08326005').value).toBe('0832600-5');
    expect(n.parseBusinessId('fi 08326005').value).toBe('0832600-5');
    expect(n.parseBusinessId('FI-22295006').value).toBe('2229500-6');
    expect(n.parseBusinessId('2229500\u20136')).toEqual({ value: '2229500-6', notes: noted('"2229500\u20136" read as "2229500-6" (U+2013 read as a hyphen)') });
    expect(n.parseBusinessId('2229500\u20116')).toEqual({ value: '2229500-6', notes: noted('"2229500\u20116" read as "2229500-6" (U+2011 read as a hyphen)') });
    expect(n.parseBusinessId('2229500\u20146').value).toBe('2229500-6');
    expect(n.parseBusinessId('2229500\u22126').value).toBe('2229500-6');
    expect(n.parseBusinessId('2229500 - 6')).toEqual({ value: '2229500-6', notes: noted('"2229500 - 6" read as "2229500-6" (spaces removed)') });
    expect(n.parseBusinessId('832600\u20135').value).toBe('0832600-5');
  });
  it('leaves what it cannot read as written, without a note, for the rule to call malformed', () => {
    for (const raw of ['2229500', '222950-06', '1234', 'Ei ole', '22295006-1', 'FI2229500']) {
      expect(n.parseBusinessId(raw)).toEqual({ value: raw });
      expect(n.checkBusinessId(raw)).toBe('malformed');
    }
  });
  it('does not check the check digit: that is the rule', () => {
    expect(n.parseBusinessId('22295007').value).toBe('2229500-7');
    expect(n.checkBusinessId('2229500-7')).toBe('wrong-check-digit');
  });
});

describe('readCoImplementer', () => {
  it('reads the business id after the last comma in its unusual forms', () => {
    expect(n.readCoImplementer('Järvikylän kunta, 6613186\u20133')).toEqual({
      value: { name: 'Järvikylän kunta', businessId: '6613186-3' },
      notes: noted('"6613186\u20133" read as "6613186-3" (U+2013 read as a hyphen)'),
    });
    expect(n.parseCoImplementer('Pohjolan ammattiopisto, liikelaitos, 59083015')).toEqual({ name: 'Pohjolan ammattiopisto, liikelaitos', businessId: '5908301-5' });
    // Seven digits are not read into shape, but are still the id, for the rule to report.
    expect(n.parseCoImplementer('Yhdistys ry, 2229500')).toEqual({ name: 'Yhdistys ry', businessId: '2229500' });
  });
});

describe('parseEmail', () => {
  it('reads the register\'s (at) and a plain @ without a note', () => {
    expect(n.parseEmail('anna.keto-tokoi(at)thl.fi')).toEqual({ value: 'anna.keto-tokoi@thl.fi' });
    expect(n.parseEmail(' anna@thl.fi ')).toEqual({ value: 'anna@thl.fi' });
  });
  it('reads the other forms of @ in any case with a note', () => {
    expect(n.parseEmail('matti.m(AT)esimerkki.fi')).toEqual({ value: 'matti.m@esimerkki.fi', notes: noted('"matti.m(AT)esimerkki.fi" read as "matti.m@esimerkki.fi" ("(AT)" read as "@")') });
    expect(n.parseEmail('matti.m(At)esimerkki.fi').value).toBe('matti.m@esimerkki.fi');
    expect(n.parseEmail('matti.m[at]esimerkki.fi').value).toBe('matti.m@esimerkki.fi');
    expect(n.parseEmail('matti.m[AT]esimerkki.fi').value).toBe('matti.m@esimerkki.fi');
    expect(n.parseEmail('matti.m(a)esimerkki.fi').value).toBe('matti.m@esimerkki.fi');
    expect(n.parseEmail('matti.m at esimerkki.fi')).toEqual({ value: 'matti.m@esimerkki.fi', notes: noted('"matti.m at esimerkki.fi" read as "matti.m@esimerkki.fi" ("at" read as "@")') });
    expect(n.parseEmail('matti.m AT esimerkki.fi').value).toBe('matti.m@esimerkki.fi');
    expect(n.parseEmail('matti.m (at) esimerkki.fi')).toEqual({ value: 'matti.m@esimerkki.fi', notes: noted('"matti.m (at) esimerkki.fi" read as "matti.m@esimerkki.fi" (spaces removed)') });
  });
  it('does not touch "at" inside a word', () => {
    expect(n.parseEmail('kati.atk(at)esimerkki.fi')).toEqual({ value: 'kati.atk@esimerkki.fi' });
    expect(n.parseEmail('matti.meikalainen(at)').value).toBe('matti.meikalainen@');
    expect(n.isValidEmail('matti.meikalainen@')).toBe(false);
  });
  it('keeps normaliseEmail as the address alone', () => {
    expect(n.normaliseEmail('a(AT)b.fi')).toBe('a@b.fi');
  });
  it('removes spaces around @ and dots only: other words are not glued onto the address', () => {
    expect(n.parseEmail('anna . keto @ thl.fi').value).toBe('anna.keto@thl.fi');
    expect(n.parseEmail('liisa.virtanen(at)jyvasrinne.fi puh. 040 111 2222')).toEqual({
      value: 'liisa.virtanen@jyvasrinne.fi',
      warnings: [{ rule: 'invalid-email', message: '"liisa.virtanen(at)jyvasrinne.fi puh. 040 111 2222" holds more than an address: "liisa.virtanen@jyvasrinne.fi" read, "puh. 040 111 2222" not (the value as written is kept in unmapped)' }],
      unread: 'puh. 040 111 2222',
    });
    expect(n.parseEmail('a(at)x.fi tai b(at)x.fi').value).toBe('a@x.fi');
    expect(n.parseEmail('a(at)x.fi tai b(at)x.fi').warnings?.[0].message).toContain('"tai b@x.fi" not');
    // A sentence instead of an address is kept as written (the rules then say it is no address).
    expect(n.parseEmail('Ei sähköpostia')).toEqual({ value: 'Ei sähköpostia' });
  });
});

describe('parseWebsites', () => {
  it('splits on commas, semicolons and white space, noting the spaces', () => {
    expect(n.parseWebsites('www.a.fi, www.b.fi/x,')).toEqual({ value: ['www.a.fi', 'www.b.fi/x'] });
    expect(n.parseWebsites('www.a.fi;http://b.fi')).toEqual({ value: ['www.a.fi', 'http://b.fi'] });
    expect(n.parseWebsites('www.a.fi,www.b.fi')).toEqual({ value: ['www.a.fi', 'www.b.fi'] });
    expect(n.parseWebsites('www.a.fi www.b.fi')).toEqual({ value: ['www.a.fi', 'www.b.fi'], notes: noted('"www.a.fi www.b.fi" read as 2 addresses "www.a.fi", "www.b.fi"') });
    expect(n.parseWebsites('www.a.fi ja www.b.fi').value).toEqual(['www.a.fi', 'www.b.fi']);
    expect(n.parseWebsites('www.a.fi (hankkeen sivut)')).toEqual({ value: ['www.a.fi'], notes: noted('"www.a.fi (hankkeen sivut)" read as the address "www.a.fi"; "(hankkeen sivut)" is a remark, not an address') });
    expect(n.parseWebsites('www.a.fi\twww.b.fi, https://c.fi/d').value).toEqual(['www.a.fi', 'www.b.fi', 'https://c.fi/d']);
  });
  it('never breaks one address', () => {
    expect(n.parseWebsites('https://www.esimerkki.fi/hanke?id=3,4&x=1')).toEqual({ value: ['https://www.esimerkki.fi/hanke?id=3,4&x=1'] });
    expect(n.parseWebsites('https://a.fi/sivu,2,www.b.fi').value).toEqual(['https://a.fi/sivu,2', 'www.b.fi']);
  });
  it('keeps a sentence whole, with a warning, and reads an empty marker as no address', () => {
    expect(n.parseWebsites('Projektilla ei ollut internet-osoitetta.')).toEqual({
      value: ['Projektilla ei ollut internet-osoitetta.'],
      warnings: [{ rule: 'invalid-url', message: '"Projektilla ei ollut internet-osoitetta." does not look like a web address; kept as written' }],
    });
    expect(n.parseWebsites('-')).toEqual({ value: [] });
    expect(n.parseWebsites('')).toEqual({ value: [] });
  });
});

describe('isEmptyMarker', () => {
  it('knows the dashes and "there is none" of text fields', () => {
    for (const marker of ['-', '–', '—', '--', ' - ', 'ei ole', 'Ei ole.', 'EI OLE', 'ei tiedossa']) expect(n.isEmptyMarker(marker)).toBe(true);
  });
  it('is not fooled by a yes/no answer, a value or a sentence', () => {
    for (const value of ['Ei', 'ei', 'Kyllä', 'www.a.fi', 'Projektilla ei ollut internet-osoitetta.', 'Ei ole tiedossa vielä tänä vuonna', '']) {
      expect(n.isEmptyMarker(value)).toBe(false);
    }
  });
});

describe('parseStatus with a date', () => {
  it('reads the state and keeps the whole text', () => {
    expect(n.parseStatus('Toiminta päättynyt 31.8.2011')).toEqual({
      value: { text: 'Toiminta päättynyt 31.8.2011', state: 'ended' },
      notes: noted('state "ended" read from "Toiminta päättynyt 31.8.2011", a status with a date'),
    });
    expect(n.parseStatus('Hanke päättynyt (30.4.2020)').value).toEqual({ text: 'Hanke päättynyt (30.4.2020)', state: 'ended' });
    expect(n.parseStatus('Käynnissä, 1.1.2019').value?.state).toBe('ongoing');
    expect(n.parseStatus('Keskeytetty 1.1.2019')).toEqual({ value: { text: 'Keskeytetty 1.1.2019', state: null }, warnings: [{ rule: 'invalid-value', message: '"Keskeytetty 1.1.2019" is no status the layout knows (ended or ongoing): its state is not read' }] });
  });
  it('reads the English rendering', () => {
    expect(n.parseStatus('Ended')).toEqual({ value: { text: 'Ended', state: 'ended' } });
    expect(n.parseStatus('Ongoing')).toEqual({ value: { text: 'Ongoing', state: 'ongoing' } });
  });
});

describe('parsePriorityAxis: other forms', () => {
  it('reads REACT-EU axes and the English rendering as written, without a note', () => {
    expect(n.parsePriorityAxis('9. REACT-EU ESR-toimenpiteet')).toEqual({ value: { number: 9, title: 'REACT-EU ESR-toimenpiteet' } });
    expect(n.parsePriorityAxis('9. REACT-EU ESF measures')).toEqual({ value: { number: 9, title: 'REACT-EU ESF measures' } });
    expect(n.parsePriorityAxis('8.')).toEqual({ value: { number: 8, title: null } });
  });
  it('reads a dash, a prefix word or its short form with a note', () => {
    expect(n.parsePriorityAxis('4 – Koulutus')).toEqual({ value: { number: 4, title: 'Koulutus' }, notes: noted('"4 – Koulutus" read as axis 4, "Koulutus"') });
    expect(n.parsePriorityAxis('4-Koulutus').value).toEqual({ number: 4, title: 'Koulutus' });
    expect(n.parsePriorityAxis('Toimintalinja 2: Työllistymisen edistäminen')).toEqual({
      value: { number: 2, title: 'Työllistymisen edistäminen' },
      notes: noted('"Toimintalinja 2: Työllistymisen edistäminen" read as axis 2, "Työllistymisen edistäminen"'),
    });
    expect(n.parsePriorityAxis('TL5 Sosiaalinen osallisuus').value).toEqual({ number: 5, title: 'Sosiaalinen osallisuus' });
    expect(n.parsePriorityAxis('TL 5: Sosiaalinen osallisuus').value).toEqual({ number: 5, title: 'Sosiaalinen osallisuus' });
    expect(n.parsePriorityAxis('tl 3 – Työllisyys').value).toEqual({ number: 3, title: 'Työllisyys' });
    expect(n.parsePriorityAxis('TL5')).toEqual({ value: { number: 5, title: null }, notes: noted('"TL5" read as axis 5') });
    // The project page's own form stays note-free.
    expect(n.parsePriorityAxis('Toimintalinja 5 (ESR)')).toEqual({ value: { number: 5, title: null } });
  });
  it('does not take a word that merely starts like a prefix', () => {
    const read = n.parsePriorityAxis('TLT-hanke');
    expect(read.value).toEqual({ number: null, title: 'TLT-hanke' });
    expect(read.warnings?.map((w) => w.rule)).toEqual(['invalid-number']);
  });
});

describe('parseSpecificObjective: other forms', () => {
  it('reads 10.1. / 12.3. / 10.1 without a note and 10.1: with one', () => {
    expect(n.parseSpecificObjective('12.3. Nuorten työllistyminen')).toEqual({ value: { code: '12.3', title: 'Nuorten työllistyminen' } });
    expect(n.parseSpecificObjective('10.1 Nuorten työllistyminen')).toEqual({ value: { code: '10.1', title: 'Nuorten työllistyminen' } });
    expect(n.parseSpecificObjective('10.1: Nuorten työllistyminen')).toEqual({
      value: { code: '10.1', title: 'Nuorten työllistyminen' },
      notes: noted('"10.1: Nuorten työllistyminen" read as code 10.1, "Nuorten työllistyminen"'),
    });
    expect(n.parseSpecificObjective('10.1 – Nuorten työllistyminen').value).toEqual({ code: '10.1', title: 'Nuorten työllistyminen' });
    expect(n.parseSpecificObjective('10.1.')).toEqual({ value: { code: '10.1', title: null } });
  });
});

describe('isNationwide', () => {
  it('knows the whole country as a whole line, in any case', () => {
    for (const text of ['Koko Suomi', 'KOKO SUOMI', 'koko maa', 'Valtakunnallinen', 'VALTAKUNNALLINEN.', 'Kohdealue:\nKoko Suomi']) expect(n.isNationwide(text)).toBe(true);
  });
  it('is not fooled by the words inside a sentence', () => {
    expect(n.isNationwide('Hanke toimii koko Suomen alueella.')).toBe(false);
    expect(n.isNationwide('Valtakunnallinen verkosto ja paikalliset toimijat')).toBe(false);
  });
});

describe('parseMunicipalities', () => {
  it('splits at "ja" with a note and keeps names as written', () => {
    expect(n.parseMunicipalities('Taivalkoski ja Posio')).toEqual({
      value: ['Taivalkoski', 'Posio'],
      notes: noted('"Taivalkoski ja Posio" read as 2 names ("Taivalkoski", "Posio")'),
    });
    expect(n.splitMunicipalities('TURKU, kokkola ja Oulu')).toEqual(['TURKU', 'kokkola', 'Oulu']);
    expect(n.splitMunicipalities('Raahe, Siikajoki sekä Pyhäjoki')).toEqual(['Raahe', 'Siikajoki', 'Pyhäjoki']);
  });
  it('never glues a two-letter municipality to its neighbour', () => {
    expect(n.parseMunicipalities('Oulu, Ii')).toEqual({ value: ['Oulu', 'Ii'] });
    expect(n.splitMunicipalities('Oulu, Ii, Kempele')).toEqual(['Oulu', 'Ii', 'Kempele']);
  });
  it('joins a known qualifier to its name, with a note', () => {
    expect(n.parseMunicipalities('Koski, Tl')).toEqual({ value: ['Koski Tl'], notes: noted('"Koski" and "Tl" read as one name, "Koski Tl"') });
    expect(n.splitMunicipalities('Koski, TL., Marttila')).toEqual(['Koski TL.', 'Marttila']);
  });
  it('lets the municipality list decide when it is given', () => {
    const known = new Set(['oulu', 'ii', 'koski tl', 'marttila', 'pedersören kunta']);
    const isMunicipality = (name: string) => known.has(name.toLowerCase());
    expect(n.splitMunicipalities('Oulu, Ii', isMunicipality)).toEqual(['Oulu', 'Ii']);
    expect(n.splitMunicipalities('Koski, Tl, Marttila', isMunicipality)).toEqual(['Koski Tl', 'Marttila']);
    expect(n.splitMunicipalities('Pedersören, kunta', isMunicipality)).toEqual(['Pedersören kunta']);
    // An unknown word stays its own item: the rule for unknown names reports it.
    expect(n.splitMunicipalities('Oulu, Xyz', isMunicipality)).toEqual(['Oulu', 'Xyz']);
  });
});

describe('parseNameList', () => {
  it('splits regions at commas and "ja"', () => {
    expect(n.parseNameList('Pohjois-Pohjanmaa ja Lappi, Kainuu')).toEqual({
      value: ['Pohjois-Pohjanmaa', 'Lappi', 'Kainuu'],
      notes: noted('"Pohjois-Pohjanmaa ja Lappi" read as 2 names ("Pohjois-Pohjanmaa", "Lappi")'),
    });
    expect(n.parseNameList('Uusimaa, Itä-Uusimaa')).toEqual({ value: ['Uusimaa', 'Itä-Uusimaa'] });
  });
});

describe('parsePostalCode and addresses', () => {
  it('removes a country prefix with a note', () => {
    expect(n.parsePostalCode('00271')).toEqual({ value: '00271' });
    expect(n.parsePostalCode('FI-00271')).toEqual({ value: '00271', notes: noted('"FI-00271" read as "00271" (country prefix removed)') });
    expect(n.parsePostalCode('fin 00271').value).toBe('00271');
  });
  it('keeps anything else as written, with a warning', () => {
    expect(n.parsePostalCode('0027')).toEqual({ value: '0027', warnings: [{ rule: 'invalid-postal-code', message: '"0027" is not a five-digit postal code; kept as written' }] });
  });
  it('reads an address with a prefixed postal code and keeps a city in capitals', () => {
    expect(n.parseAddress('Rauhankatu 3, FI-18100 HEINOLA')).toEqual({
      value: { street: 'Rauhankatu 3', postalCode: '18100', city: 'HEINOLA' },
      notes: noted('postal code "FI-18100" read as "18100" (country prefix removed)'),
    });
    expect(n.parseAddress('Rauhankatu 3, 18100 kokkola')).toEqual({ value: { street: 'Rauhankatu 3', postalCode: '18100', city: 'kokkola' } });
  });
});

describe('parseBudgetRange with unusual amounts', () => {
  it('passes the amounts\' notes on', () => {
    expect(n.parseBudgetRange('500.000 - 1.000.000 euroa')).toEqual({
      value: { min: 500000, max: 1000000 },
      notes: [
        { rule: 'normalised-value', message: '"500.000" read as 500000 (thousands separated by dots)' },
        { rule: 'normalised-value', message: '"1.000.000" read as 1000000 (thousands separated by dots)' },
      ],
    });
  });
});

describe('amounts written every way read back to the same number', () => {
  it('holds for grouped, dotted, unit-suffixed and cent forms of many numbers', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const group = (value: number, separator: string) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    for (let i = 0; i < 500; i++) {
      const amount = Math.floor(random() * 10 ** Math.floor(1 + random() * 9));
      for (const written of [String(amount), group(amount, ' '), group(amount, '\u00a0'), `${group(amount, ' ')} €`]) {
        expect(n.parseAmount(written)).toEqual({ value: amount });
      }
      expect(n.parseAmount(`${group(amount, '\u202f')},00 euroa`).value).toBe(amount);
      expect(n.parseAmount(group(amount, '.')).value).toBe(amount);
      // (Cents of a figure under a thousand are seldom a project's euros: millions or thousands
      // without their unit? Under a hundred is not read; a few hundred are, with a warning.)
      if (amount < 100) expect(n.parseAmount(`${group(amount, ' ')},75`)).toMatchObject({ value: null, problem: { rule: 'invalid-number' } });
      else if (amount < 1000) expect(n.parseAmount(`${group(amount, ' ')},75`)).toMatchObject({ value: amount, warnings: [{ rule: 'normalised-value' }] });
      else {
        expect(n.parseAmount(`${group(amount, ' ')},75`).value).toBe(amount);
        expect(n.parseAmount(`${group(amount, ' ')},75`).notes).toHaveLength(1);
      }
    }
  });
});
