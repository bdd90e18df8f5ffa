// Writes fixtures/**/NAME.expected.json from the current program output, for the fixtures named
// on the command line (all pairs with --all). Every changed value must then be read against the
// source text before it is committed: `git diff fixtures/` is the review.
import fg from 'fast-glob';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from '../src/index.js';

const args = process.argv.slice(2);
const fixtures = args.includes('--all') ? fg.sync('fixtures/{seeds,variations,pages,unknown,invalid}/*.txt').sort() : args;
for (const fixture of fixtures) {
  const result = parse(readFileSync(fixture), { file: fixture });
  const target = fixture.replace(/\.txt$/, '.expected.json');
  writeFileSync(target, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
