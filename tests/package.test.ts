// The package as a TypeScript user installs it: `npm pack`, unpacked into a fresh project whose
// dependencies are linked from this repository's node_modules (offline), then typechecked with
// `strict` and without `skipLibCheck` under NodeNext and Bundler resolution, and run.
// npm test builds dist/ first ("pretest"); the pack skips scripts so that it does not rebuild
// dist/ under the other test files' feet.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/fixtures.js';

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const tsc = `${root}node_modules/typescript/bin/tsc`;

const CONSUMER = `import { parse, parseFile, validateResult, templateNames, type DocumentNode, type Diagnostic, type Result, type EsrRecord } from 'esr-parse';

const result: Result = parseFile('seed.txt', { tree: true });
const tree: DocumentNode | undefined = result.tree;
const record: EsrRecord | null = result.record;
const problems: Diagnostic[] = validateResult(JSON.parse(JSON.stringify(result)));
// (A result's own diagnostics are Diagnostic[], exactOptionalPropertyTypes or not.)
const own: Diagnostic[] = result.diagnostics;
const edited = JSON.parse(JSON.stringify(result));
edited.record.project.period.end = '2001-01-01';
const failed: Result = parse('not a description');
const sections = tree ? tree.children.filter((child) => child.type === 'section').length : 0;
console.log(JSON.stringify({ ok: result.ok, code: record?.project.code, tree: tree?.type, sections, problems: problems.length, own: own.length > 0, edited: validateResult(edited).map((d) => d.rule), failed: failed.ok, templates: templateNames }));
`;

function tsconfig(resolution: 'NodeNext' | 'Bundler') {
  const module = resolution === 'NodeNext' ? 'NodeNext' : 'ESNext';
  return { compilerOptions: { module, moduleResolution: resolution, target: 'ES2022', strict: true, exactOptionalPropertyTypes: true, skipLibCheck: false, outDir: `out-${resolution}`, types: [] }, files: ['src/main.ts'] };
}

describe('the packed tarball in a fresh TypeScript project', () => {
  const work = mkdtempSync(join(tmpdir(), 'esr-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  const project = join(work, 'consumer');
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  mkdirSync(join(project, 'src'));
  execFileSync('tar', ['xzf', join(work, packed.filename), '-C', join(project, 'node_modules')]);
  renameSync(join(project, 'node_modules/package'), join(project, 'node_modules/esr-parse'));
  // The dependencies as npm would install them, linked from this repository (no network).
  for (const dependency of Object.keys(pkg.dependencies)) {
    mkdirSync(dirname(join(project, 'node_modules', dependency)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), join(project, 'node_modules', dependency), 'dir');
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(project, 'src/main.ts'), CONSUMER);
  copyFileSync(`${root}fixtures/seeds/000_ddad63b48901b7a4.txt`, join(project, 'seed.txt'));

  it('holds the entry points, their declarations, the LICENSE and no sources or tests', () => {
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    for (const file of ['LICENSE', 'README.md', 'bin/esr-parse.js', 'bin/package.json', 'dist/start.cjs', 'dist/cli.cjs', 'dist/grammar-validate.cjs', 'dist/index.js', 'dist/cli.js', 'dist/types/index.d.ts', 'schemas/esr-parse-result.schema.json']) expect(files).toContain(file);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/'))).toEqual([]);
  });

  it('its bin runs from the installed package (a CommonJS entry beside the package\'s ES modules)', () => {
    const bin = join(project, 'node_modules/esr-parse/bin/esr-parse.js');
    const record = JSON.parse(execFileSync(process.execPath, [bin, '--format', 'ndjson', 'seed.txt'], { cwd: project, encoding: 'utf8' }));
    expect([record.ok, record.template, record.record.project.code]).toEqual([true, 'esr-2007-2013', 'S10843']);
  });

  it('no declaration imports a JSON file', () => {
    const declarations = packed.files.map((f: { path: string }) => f.path).filter((f: string) => f.endsWith('.d.ts'));
    const importingJson = declarations.filter((f: string) => /from '[^']+\.json'/.test(readFileSync(join(project, 'node_modules/esr-parse', f), 'utf8')));
    expect(importingJson).toEqual([]);
  });

  for (const resolution of ['NodeNext', 'Bundler'] as const) {
    it(`typechecks (${resolution}, strict, no skipLibCheck) and runs`, () => {
      writeFileSync(join(project, `tsconfig.${resolution}.json`), JSON.stringify(tsconfig(resolution)));
      let diagnostics = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: project, encoding: 'utf8' });
      } catch (error) {
        diagnostics = (error as { stdout: string }).stdout;
      }
      expect(diagnostics).toBe('');
      const output = JSON.parse(execFileSync(process.execPath, [join(project, `out-${resolution}/main.js`)], { cwd: project, encoding: 'utf8' }));
      expect(output).toEqual({
        ok: true,
        code: 'S10843',
        tree: 'document',
        sections: output.sections,
        problems: 0,
        own: true,
        // (An end in 2001 is also outside the 2007–2013 programme's eligible dates.)
        edited: ['period-end-before-start', 'period-outside-programme'],
        failed: false,
        templates: ['esr-2007-2013', 'esr-2014-2020', 'project-page'],
      });
      expect(output.sections).toBeGreaterThan(5);
    });
  }
});
