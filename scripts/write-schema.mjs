// Regenerates schemas/esr-parse-result.schema.json from the zod types (src/record/schema.ts).
// `npm run schema:write`; tests/schema.test.ts fails when the committed file and the code disagree.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'esr-schema-'));
const out = join(dir, 'schema.mjs');
await build({ entryPoints: ['src/record/schema.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const { resultJsonSchema } = await import(pathToFileURL(out).href);
writeFileSync('schemas/esr-parse-result.schema.json', `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
const definitionOut = join(dir, 'definition.mjs');
await build({ entryPoints: ['src/grammar/definition.ts'], bundle: true, format: 'esm', platform: 'node', outfile: definitionOut, logLevel: 'error' });
const { definitionJsonSchema } = await import(pathToFileURL(definitionOut).href);
writeFileSync('schemas/esr-parse-definition.schema.json', `${JSON.stringify(definitionJsonSchema(), null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
console.log('wrote schemas/esr-parse-result.schema.json, schemas/esr-parse-definition.schema.json');
