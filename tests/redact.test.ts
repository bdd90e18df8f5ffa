import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { redact, REDACTED, textRedactor } from '../src/redact.js';
import type { Result } from '../src/record/schema.js';
import { validateAgainstSchema } from '../src/validate/schema-validator.js';
import { runCli } from './helpers/cli.js';
import { descriptionFixtures, readFixture, root } from './helpers/fixtures.js';

/** Output text as one line of lower-case words: JSON's \n escapes, CSV line breaks and wrapped lines read alike. */
const flat = (s: string) => s.replace(/\\n/g, ' ').replace(/\s+/g, ' ').toLocaleLowerCase('fi');

/** What must not survive, found here independently of src/redact.ts: the contact's values, every e-mail and mobile number in the text. */
function personalValues(result: Result, text: string | null): { words: string[]; phones: string[] } {
  const contact = result.record?.contact;
  const words = [contact?.name, contact?.title, contact?.email].filter((v): v is string => !!v && v.length >= 3);
  for (const m of (text ?? '').matchAll(/[\w.-]+(?:@|\(at\))[\w.-]+\.\w+/g)) words.push(m[0]);
  const organisation = (result.record?.organisation.phone ?? '').replace(/\D/g, '');
  const phones = [contact?.phone ?? '', ...[...(text ?? '').matchAll(/\b0(?:4\d|50)[\d -]{6,12}\d/g)].map((m) => m[0])]
    .map((p) => p.replace(/\D/g, ''))
    .filter((digits) => digits.length >= 5 && digits !== organisation);
  return { words, phones };
}

function expectNone(output: string, { words, phones }: { words: string[]; phones: string[] }, where: string): void {
  const text = flat(output);
  for (const w of words) expect(text.includes(flat(w)), `${where}: "${w}"`).toBe(false);
  // A phone in any spacing: its digits with spaces or dashes between.
  const digitsOnly = output.replace(/(\d)[ -]+(?=\d)/g, '$1');
  for (const p of phones) expect(digitsOnly.includes(p), `${where}: phone ${p}`).toBe(false);
}

describe('redact()', () => {
  it('nulls the contact, keeps the organisation phone, and the record still validates', () => {
    const file = 'fixtures/seeds/004_3bb6e26593869c78.txt';
    const analysis = analyse(readFixture(file), { file, tree: true });
    const { result, text } = redact(analysis);
    expect(result.record!.contact).toEqual({ name: null, title: null, email: null, phone: null });
    expect(result.record!.organisation.phone).toBe('040 860 8949');
    expect(result.record!.organisation.address).toEqual(analysis.result.record!.organisation.address);
    expect(text).toContain('Hankkeen yhteyshenkilön nimi: [redacted]');
    expect(text).toContain('Yhteyshenkilön puhelinnumero: [redacted]');
    expect(text).toContain('040 860 8949');
    expect(validateAgainstSchema({ ...result, tree: undefined })).toEqual([]);
    expect(analysis.result.record!.contact.name).toBe('Multas Anne');
  });

  it('finds e-mails and mobile numbers in any text, not business ids or landlines', () => {
    const result = analyse(readFixture('fixtures/seeds/000_ddad63b48901b7a4.txt')).result;
    const r = textRedactor(result);
    expect(r('Soita 040 123 4567 tai +358 50 765 4321, tai 0400-225587.')).toBe(`Soita ${REDACTED} tai ${REDACTED}, tai ${REDACTED}.`);
    expect(r('Y-tunnus 0416480-8, vaihde 09 123 4567, summa 1 030 258')).toBe('Y-tunnus 0416480-8, vaihde 09 123 4567, summa 1 030 258');
    expect(r('mail: etu.suku(at)firma.fi, toinen@esim.fi')).toBe(`mail: ${REDACTED}, ${REDACTED}`);
    expect(r('Vastuuhenkilö Anna\nKeto-Tokoi soittaa 020 610 7074; vaihde 020 610 6000')).toBe(`Vastuuhenkilö ${REDACTED} soittaa ${REDACTED}; vaihde 020 610 6000`);
    expect(r('Keto-Tokoi Anna, PROJEKTIPÄÄLLIKKÖ')).toBe(`${REDACTED}, ${REDACTED}`);
  });
});

describe('--redact over every fixture, in every output format', () => {
  const fixtures = descriptionFixtures();

  it('leaves no personal value anywhere', async () => {
    let checked = 0;
    for (const fixture of fixtures) {
      const path = root + fixture;
      const original = analyse(readFixture(fixture), { file: path });
      const secrets = personalValues(original.result, original.text);
      checked += secrets.words.length + secrets.phones.length;

      const json = await runCli(['--redact', '--tree', '--verbose', '--format', 'json', path]);
      expectNone(json.stdout, secrets, `${fixture} json`);
      expectNone(json.stderr, secrets, `${fixture} stderr`);
      const redacted: Result = JSON.parse(json.stdout);
      expect(redacted.ok, fixture).toBe(original.result.ok);
      expect(redacted.diagnostics.filter((d) => d.rule === 'schema'), fixture).toEqual([]);
      if (redacted.record) expect(Object.keys(redacted.record)).toEqual(Object.keys(original.result.record!));

      const csv = await runCli(['--redact', '--quiet', '--format', 'csv', path]);
      expectNone(csv.stdout, secrets, `${fixture} csv`);

      const dir = mkdtempSync(join(tmpdir(), 'esr-redact-'));
      await runCli(['--redact', '--quiet', '--format', 'ndjson', '--tables', dir, path]);
      for (const table of readdirSync(dir)) expectNone(readFileSync(join(dir, table), 'utf8'), secrets, `${fixture} ${table}`);

      for (const reporter of ['stylish', 'json', 'github']) {
        const validate = await runCli(['validate', '--redact', '--verbose', '--reporter', reporter, path]);
        expectNone(validate.stdout + validate.stderr, secrets, `${fixture} validate ${reporter}`);
      }
    }
    // The fixtures do carry personal data: the check is not empty.
    expect(checked).toBeGreaterThan(30);
  }, 120_000);

  it('without --redact the same check finds them (the check can fail)', async () => {
    const fixture = 'fixtures/seeds/000_ddad63b48901b7a4.txt';
    const original = analyse(readFixture(fixture), { file: root + fixture });
    const secrets = personalValues(original.result, original.text);
    expect(secrets.words).toEqual(expect.arrayContaining(['Anna Keto-Tokoi', 'projektipäällikkö', 'anna.keto-tokoi@thl.fi', 'anna.keto-tokoi(at)thl.fi']));
    const json = await runCli(['--tree', '--format', 'json', root + fixture]);
    expect(() => expectNone(json.stdout, secrets, 'unredacted')).toThrow();
  });
});

describe('--redact: the forms a blind audit found left in (round 10)', () => {
  it('mobile numbers written with 00358, 358, +358 (0), brackets or a slash, and an address written with the word `at`, are redacted', () => {
    const r = textRedactor({ record: null } as unknown as Result);
    expect(r('puh. +358 (0)50 765 4321 tai 00358 40 765 4321, (040) 765 4321, 040/765 4321 tai 358 44 7654321.')).toBe(`puh. ${REDACTED} tai ${REDACTED}, ${REDACTED}, ${REDACTED} tai ${REDACTED}.`);
    expect(r('liisa.koivu at testi.fi')).toBe(REDACTED);
    // Not a sentence's `at`, nor an amount.
    expect(r('More information is available at www.hanke.fi. Budjetti 358 500 000 euroa.')).toBe('More information is available at www.hanke.fi. Budjetti 358 500 000 euroa.');
  });
  it('the contact\'s name is redacted in prose also where the record writes a degree before it (`FT Mari-Anne Östman-Virtanen`)', () => {
    const result = { record: { contact: { name: 'FT Mari-Anne Östman-Virtanen', title: null, email: null, phone: null }, organisation: { phone: null } }, diagnostics: [] } as unknown as Result;
    expect(textRedactor(result)('Lisätietoja antaa Mari-Anne Östman-Virtanen.')).toBe(`Lisätietoja antaa ${REDACTED}.`);
  });
});
