// Builds dist/: one bundled ES module for the CLI and one for the library (start-up loads a single
// file instead of hundreds of modules), plus TypeScript declarations for library users.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inlineJsonImports } from './declarations.mjs';
import { writeStandaloneValidator } from './standalone-validator.mjs';

rmSync('dist', { recursive: true, force: true });
// ajv compiles a schema into JavaScript on first use, which costs ~100 ms at every start-up; the
// same code generated once here (ajv's "standalone" mode) costs nothing.
writeStandaloneValidator();

/**
 * commander requires node:child_process as it loads, for subcommands that are executables of their
 * own, which esr-parse has none of: with net and dgram that was ~1 ms of every start-up. Its require
 * gets a stand-in that loads the module at first use.
 */
const childProcessAtFirstUse = {
  name: 'child-process-at-first-use',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'at-first-use' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'at-first-use' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [childProcessAtFirstUse],
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
// The same CLI as one CommonJS script, for bin/esr-parse.js to compile with a V8 code cache: V8
// compiles classic scripts with cached data, not ES modules (on Node 20). Its dynamic imports become
// requires (a script compiled by node:vm has no loader for import()).
const commonJs = {
  ...common,
  format: 'cjs',
  supported: { ...common.supported, 'dynamic-import': false },
  define: { 'import.meta.url': '__esrModuleUrl' },
  // Strict like the module bundle: the directive must come first, before the banner's code.
  banner: { js: "'use strict';\nconst __esrModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
/**
 * The definition language's validator (zod and its locales, a third of the CLI's code) only
 * `--grammar` needs, as a script of its own that the CLI requires then: in the one script it was
 * read, hashed and its namespaces defined at every start-up (the module bundle splits it as a chunk).
 */
const validatorApart = {
  name: 'validator-apart',
  setup(build) {
    build.onResolve({ filter: /\/grammar\/validate\.js$/ }, (args) => (args.importer.endsWith('grammar-option.ts') ? { path: './grammar-validate.cjs', external: true } : undefined));
  },
};
await build({ ...commonJs, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs', plugins: [childProcessAtFirstUse, validatorApart] });
asciiOnly('dist/cli.cjs');
await build({ ...commonJs, entryPoints: ['src/grammar/validate.ts'], outfile: 'dist/grammar-validate.cjs' });
asciiOnly('dist/grammar-validate.cjs');
// What bin/esr-parse.js runs: the cached script above, or the ES module bundle (src/start.ts). As
// CommonJS, like the bin (bin/package.json): Node starts a CommonJS entry a few milliseconds sooner
// than an ES module, and the cached script is CommonJS anyway. (Its one `import()`, of the module
// bundle, stays a dynamic import.)
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['src/start.ts'],
  outfile: 'dist/start.cjs',
  define: { 'import.meta.url': '__esrModuleUrl' },
  banner: { js: "'use strict';\nconst __esrModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
writeCodeCache();
// Declarations must not import JSON files: a consumer's tsc could not resolve them (TS2307).
inlineJsonImports();

/**
 * The V8 code cache of dist/cli.cjs for this Node's V8 (bin/esr-parse.js uses it when its V8 is
 * the same): the CLI is run once over a text of each layout, so that the cache holds the code a
 * parse runs, compiled, besides the bundle's own start-up code. Another V8 finds no cache of its
 * name and loads the ES module bundle instead.
 */
function writeCodeCache() {
  const cache = `dist/cli-${process.versions.v8}-${process.arch}.cache`;
  const texts = ['fixtures/seeds/000_ddad63b48901b7a4.txt', 'fixtures/seeds/003_4ea2b71e336645b9.txt', 'fixtures/seeds/004_3bb6e26593869c78.txt'];
  spawnSync(process.execPath, ['bin/esr-parse.js', '--jobs', '1', '--quiet', ...texts], {
    env: { ...process.env, ESR_PARSE_CODE_CACHE_OUT: cache },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(cache)) throw new Error(`The code cache ${cache} was not written`);
}

/**
 * esbuild leaves non-ASCII characters of regular expression literals as they are (`/[äöÄÖ]/`), and
 * one such character makes the whole script a two-byte string for V8: twice the memory, a slower
 * UTF-8 conversion at every start-up and slower scanning of what is compiled lazily. Written as
 * `\uXXXX` escapes they mean the same in string, template and regular expression literals (the
 * only places the minified bundle has them; `String.raw` is used for regular expression sources only).
 */
function asciiOnly(file) {
  const script = readFileSync(file, 'utf8');
  writeFileSync(file, script.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
