// Builds dist/: one bundled ES module for the CLI and one for the library (start-up loads a single
// file instead of hundreds of modules), plus TypeScript declarations for library users.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { inlineJsonImports } from './declarations.mjs';
import { writeStandaloneValidator } from './standalone-validator.mjs';

rmSync('dist', { recursive: true, force: true });
// ajv compiles a schema into JavaScript on first use, which costs ~100 ms at every start-up; the
// same code generated once here (ajv's "standalone" mode) costs nothing.
writeStandaloneValidator();

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's `main` is a UMD build that requires its parts at run time; its ES module bundles.
  mainFields: ['module', 'main'],
  // esbuild turns \p{…} regular expression literals into `new RegExp(…)` calls for node20, one new
  // object per call, inside the hottest normalisers. Node 20 has the General_Category escapes we use.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: false,
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // Bundled CommonJS dependencies (iconv-lite) call require(); give the ES module one.
  banner: { js: "import { createRequire as __esrCreateRequire } from 'node:module'; const require = __esrCreateRequire(import.meta.url);" },
};
// Two independent bundles: the CLI must not load what only library users need (zod's schemas).
// The CLI's rare paths that need more (validating a `--grammar` definition: zod and jsonc-parser,
// more than half the code) are imported dynamically and split into chunks of their own, so that
// start-up neither reads nor compiles them.
await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
// Declarations must not import JSON files: a consumer's tsc could not resolve them (TS2307).
inlineJsonImports();
