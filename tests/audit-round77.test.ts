// What the seventy-seventh round mended: what the round's audits found — WA and WB (white-box: the code read for
// the places where it decides without saying so, each suspicion proved by a text) and NA (blind: every value
// moves when, and only when, its text moves) — and a redaction left open in round 76. The mends' cases fail on
// the round's start (fc59428), the guards pass on both.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';
import { redact } from '../src/redact.js';
import { rewrite, seed } from './helpers/edits.js';

const seed2014 = seed('004_3bb6e26593869c78');
const summaryEnd = 'Koillis-Suomen Aikuiskoulutus Oy ja hankkeessa tehdään tiivistä yhteistyötä';
const summaryLine = seed2014.split('\n').find((line) => line.includes(summaryEnd))!;
/** The seed with its contact's name and its summary's last paragraph changed, redacted. */
const redactedWith = (name: string, prose: string) => {
  const text = rewrite(rewrite(seed2014, 'Hankkeen yhteyshenkilön nimi: Multas Anne', `Hankkeen yhteyshenkilön nimi: ${name}`), summaryLine, `${summaryLine}\n\n${prose}`);
  return { text, ...redact(analyse(Buffer.from(text), { file: 'x.txt' })) };
};
const lastParagraph = (summary: string | null | undefined) => summary!.split('\n\n').at(-1);

describe('seventy-seventh round: redaction left open in round 76', () => {
  it('two people sharing a surname written once (`Aino ja Pekka Virtanen`) are each redacted (the first stayed)', () => {
    for (const name of ['Aino ja Pekka Virtanen', 'Aino & Pekka Virtanen', 'Anna-Liisa ja Pekka Virtanen']) {
      const first = name.split(/\s/u)[0];
      const { result } = redactedWith(name, `${first} Virtanen ja Pekka Virtanen vastaavat. Virtasen ${first.toLowerCase()}-koulutus jatkuu.`);
      expect(lastParagraph(result.record!.summary), name).toBe(`[redacted] ja [redacted] vastaavat. Virtasen ${first.toLowerCase()}-koulutus jatkuu.`);
    }
  });
  it('guard: an organisation with a conjunction in its name is no pair of people (`Kivelä ja Virtanen Oy` stays)', () => {
    const { result } = redactedWith('Aino Kivelä', 'Kivelä ja Virtanen Oy tekee kyselyn.');
    expect(lastParagraph(result.record!.summary)).toBe('Kivelä ja Virtanen Oy tekee kyselyn.');
  });
});
