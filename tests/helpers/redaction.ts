// Seed 004 with its contact's name and its summary's last paragraph changed, redacted: how the
// redaction rounds' tests build their cases.
import { analyse } from '../../src/pipeline.js';
import { redact } from '../../src/redact.js';
import { rewrite, seed } from './edits.js';

export const seed2014 = seed('004_3bb6e26593869c78');
const summaryEnd = 'Koillis-Suomen Aikuiskoulutus Oy ja hankkeessa tehdään tiivistä yhteistyötä';
export const summaryLine = seed2014.split('\n').find((line) => line.includes(summaryEnd))!;

/** The seed with its contact's name and its summary's last paragraph changed, redacted. */
export const redactedWith = (name: string, prose: string) => {
  const text = rewrite(rewrite(seed2014, 'Hankkeen yhteyshenkilön nimi: Multas Anne', `Hankkeen yhteyshenkilön nimi: ${name}`), summaryLine, `${summaryLine}\n\n${prose}`);
  return { text, ...redact(analyse(Buffer.from(text), { file: 'x.txt' })) };
};
