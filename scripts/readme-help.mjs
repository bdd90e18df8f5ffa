// Rewrites the help blocks of README's "Command line" section from the built CLI's help
// (`npm run build && npm run readme:help`); tests/help.test.ts fails when they differ.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const help = (...args) => execFileSync(process.execPath, ['bin/esr-parse.js', ...args, '--help'], { encoding: 'utf8' });
const main = help();
const validate = help('validate');
const blocks = [main, `${validate.slice(0, validate.indexOf('\nExamples:')).trimEnd()}\n`];

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('## Command line');
const end = readme.indexOf('### Input', start);
let index = 0;
const section = readme.slice(start, end).replace(/```text\n[\s\S]*?```/g, () => `\`\`\`text\n${blocks[index++]}\`\`\``);
if (index !== blocks.length) throw new Error(`README's Command line section has ${index} text blocks, expected ${blocks.length}`);
writeFileSync('README.md', readme.slice(0, start) + section + readme.slice(end));
console.log('README.md: Command line help blocks written');
