// Builds dist/: one bundled ES module for the CLI and one for the library (start-up loads a single
// file instead of hundreds of modules), plus TypeScript declarations for library users.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // Bundled CommonJS dependencies (ajv, iconv-lite) call require(); give the ES module one.
  banner: { js: "import { createRequire as __esrCreateRequire } from 'node:module'; const require = __esrCreateRequire(import.meta.url);" },
};
// Two independent bundles: the CLI must not load what only library users need (zod's schemas).
await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
