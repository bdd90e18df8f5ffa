// What the eightieth round mended: two findings the seventy-ninth round left (RVB G4, WF F5e), and what its three
// white-box audits found — WI (which line is a label or a heading, and where it is placed), WJ (what the user reads:
// the record's last step, the formats, the command line) and WK (how a value's text becomes its typed value). The
// mends' cases fail on the round's start (5a9a3ed), the guards pass on both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { lineOf, rewrite } from './helpers/edits.js';

const read = (text: string | Buffer, template?: string) => analyse(typeof text === 'string' ? Buffer.from(text) : text, { file: 'x.txt', ...(template ? { template } : {}) }).result;
const warnedAt = (result: ReturnType<typeof read>, line: number) => result.diagnostics.some((d) => d.line === line && d.severity !== 'info');
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const jointProject = fixture('shapes/co-implementers/joint-project.txt');
const endedPage = fixture('pages/ended.txt');

describe('eightieth round, what the seventy-ninth left: a note below the entries, two names in the applicant\'s field', () => {
  const withNote = (note: string) => rewrite(jointProject, 'Järvikylän kunta, 3064219-4\n\n3 Suunnitelman', `Järvikylän kunta, 3064219-4\n${note}\n\n3 Suunnitelman`);
  it('a note without a verb, led by a role in the essive or an adverb, is said (RVB G4: an entry, unsaid)', () => {
    for (const note of ['Rahoittajana myös Kuusamon kaupunki, 0191012-9', 'Osarahoittajana Kuusamon kaupunki, 0191012-9', 'Lisäksi rahoittajana Kuusamon kaupunki, 0191012-9']) {
      const text = withNote(note);
      const result = read(text);
      // (The entry is read, as a name may hold such a word; the warning says it reads as a note.)
      expect(result.record!.organisation.coImplementers.at(-1)).toEqual({ name: note.replace(/, 0191012-9$/u, ''), businessId: '0191012-9' });
      expect(result.diagnostics.some((d) => d.line === lineOf(text, note) && d.severity === 'warning' && d.rule === 'ambiguous-label')).toBe(true);
    }
  });
  it('guard: an entry whose name starts with a word ending as an essive does (`Arena`, `Fortuna`) is not said', () => {
    for (const entry of ['Fortuna ry, 0191012-9', 'Arena Kuusamo Oy, 0191012-9']) {
      const text = withNote(entry);
      expect(warnedAt(read(text), lineOf(text, entry))).toBe(false);
    }
  });
  it('a project page\'s implementers\' field naming two organisations is said (WF F5e: one name, unsaid)', () => {
    for (const value of ['Mikkelin kaupunki, Mikkelin ammattikorkeakoulu Oy', 'Kainuun liitto ja Kajaanin kaupunki']) {
      const text = rewrite(endedPage, 'Toteuttajaorganisaatio: Mikkelin kaupunki', `Toteuttajaorganisaatiot: ${value}`);
      const result = read(text);
      expect(result.record!.organisation.name).toBe(value);
      expect(result.diagnostics.some((d) => d.line === lineOf(text, `Toteuttajaorganisaatiot: ${value}`) && d.severity === 'warning' && d.rule === 'invalid-value')).toBe(true);
    }
  });
  it('guard: an organisation and its unit, a name in two languages, a name with commas are one name, not said', () => {
    for (const value of ['Helsingin kaupunki, Stadin ammattiopisto', 'Jyväskylän koulutuskuntayhtymä, Jyväskylän ammattiopisto', 'Vaasan ammattikorkeakoulu Oy / Vasa yrkeshögskola Ab', 'Pohjoisen työvalmennus, palvelut ja koulutus ry']) {
      const text = rewrite(endedPage, 'Toteuttajaorganisaatio: Mikkelin kaupunki', `Toteuttajaorganisaatio: ${value}`);
      const result = read(text);
      expect(result.record!.organisation.name).toBe(value);
      expect(warnedAt(result, lineOf(text, `Toteuttajaorganisaatio: ${value}`))).toBe(false);
    }
  });
});
