// README's recipes for other JSON Schema tools, run as written (offline): esr-parse and ajv-cli from
// this repository, check-jsonschema when installed (else the Python jsonschema library it is built
// on), jq when installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const readme = readFileSync(`${root}README.md`, 'utf8');
const recipes = /Any other JSON Schema tool[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');

function has(command: string, args: string[] = ['--version']): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** check-jsonschema's check: Draft 2020-12 with format checking, over each instance file. */
const PYTHON_CHECK = `
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
bad = 0
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path))):
        bad += 1
        print(path, error.json_path, error.message)
sys.exit(1 if bad else 0)
`;

function shell(line: string, cwd: string): { status: number | null; output: string } {
  let command = line.replace(/\s+#.*$/, '');
  command = command.replace(/^esr-parse /, `"${process.execPath}" "${root}bin/esr-parse.js" `);
  command = command.replace('npx -p ajv-cli -p ajv-formats ajv ', `"${root}node_modules/.bin/ajv" `);
  if (command.startsWith('check-jsonschema ') && !has('check-jsonschema')) {
    const [, schema, ...files] = command.split(/\s+/).filter((w) => w !== '--schemafile');
    command = `python3 -c '${PYTHON_CHECK}' ${schema} ${files.join(' ')}`;
  }
  const run = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const canCheckJsonschema = has('check-jsonschema') || has('python3', ['-c', 'import jsonschema']);

describe("README's recipes for other schema tools", () => {
  const dir = mkdtempSync(join(tmpdir(), 'esr-recipes-'));
  mkdirSync(join(dir, 'descriptions'));
  for (const seed of readdirSync(`${root}fixtures/seeds`).filter((f) => f.endsWith('.txt'))) copyFileSync(`${root}fixtures/seeds/${seed}`, join(dir, 'descriptions', seed));
  writeFileSync(join(dir, 'results.json'), execFileSync(process.execPath, [`${root}bin/esr-parse.js`, '-q', 'descriptions/'], { cwd: dir }));

  it('are the lines this test knows how to run', () => {
    expect(recipes.map((l) => l.split(' ')[0])).toEqual(['esr-parse', 'esr-parse', 'npx', 'check-jsonschema', 'jq']);
  });

  it('esr-parse writes the schema and one result per file; ajv-cli (with ajv-formats) accepts them', () => {
    for (const line of recipes.slice(0, 3)) {
      const { status, output } = shell(line, dir);
      expect(status, `${line}\n${output}`).toBe(0);
    }
    expect(readdirSync(join(dir, 'results')).sort()).toEqual(readdirSync(join(dir, 'descriptions')).map((f) => f.replace(/\.txt$/, '.json')).sort());
  });

  it.skipIf(!canCheckJsonschema)('check-jsonschema accepts every result', () => {
    const { status, output } = shell(recipes[3], dir);
    expect(status, output).toBe(0);
  });

  it.skipIf(!has('jq'))('jq and split turn an array into files that ajv-cli accepts', () => {
    expect(shell(recipes[4], dir).status).toBe(0);
    const files = readdirSync(dir).filter((f) => /^result-.*\.json$/.test(f));
    expect(files).toHaveLength(5);
    expect(shell(`npx -p ajv-cli -p ajv-formats ajv validate --spec=draft2020 -c ajv-formats -s esr-parse-result.schema.json -d 'result-*.json'`, dir).status).toBe(0);
  });

  it('the recipes fail a result whose date is not in the calendar', () => {
    const file = join(dir, 'results', readdirSync(join(dir, 'results'))[0]);
    const result = JSON.parse(readFileSync(file, 'utf8'));
    result.record.project.period.start = '2009-13-01';
    writeFileSync(file, JSON.stringify(result));
    const ajv = shell(recipes[2], dir);
    expect(ajv.status).not.toBe(0);
    expect(ajv.output).toContain('/record/project/period/start');
    if (canCheckJsonschema) expect(shell(recipes[3], dir).status).toBe(1);
  });
});
