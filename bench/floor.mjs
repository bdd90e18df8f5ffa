// The floor esr-parse is measured against: read every *.txt of a directory (in path order), split
// it into lines and write the lines as JSON, one file per line — no parsing at all.
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  writeSync(1, `${JSON.stringify({ file: path, lines })}\n`);
}
