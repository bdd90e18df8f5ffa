// Makes dist/types self-contained: a declaration that imports a JSON file (`import vocabularyJson
// from '../../grammar/vocabulary.json'`, kept by tsc for `typeof vocabularyJson`) cannot be
// resolved from dist/types in a consumer's project (TS2307), and would need resolveJsonModule
// there. Each such import becomes a declared constant of the JSON's type, written out as tsc
// infers it for a JSON module (strings widened to string, arrays to T[]).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The TypeScript type tsc gives a JSON value imported with resolveJsonModule. */
export function jsonType(value, indent = '') {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const members = [...new Set(value.map((v) => jsonType(v, indent)))];
    if (members.length === 0) return 'never[]';
    return members.length === 1 ? `${wrap(members[0])}[]` : `(${members.join(' | ')})[]`;
  }
  if (typeof value === 'object') {
    const inner = `${indent}    `;
    const entries = Object.entries(value).map(([key, v]) => `${inner}${JSON.stringify(key)}: ${jsonType(v, inner)};`);
    return entries.length === 0 ? '{}' : `{\n${entries.join('\n')}\n${indent}}`;
  }
  return typeof value;
}

function wrap(type) {
  return /^[\w.]+$/.test(type) || type.startsWith('{') ? type : `(${type})`;
}

function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? declarationFiles(path) : entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const JSON_IMPORT = /^import (\w+) from '([^']+\.json)'(?: with \{ type: 'json' \})?;$/gm;

/** Rewrites every JSON import in the declarations under `typesDir` (built from `sourceDir`). */
export function inlineJsonImports(typesDir = 'dist/types', sourceDir = 'src') {
  const rewritten = [];
  for (const file of declarationFiles(typesDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.match(JSON_IMPORT)) continue;
    const sourceFileDir = join(sourceDir, dirname(relative(typesDir, file)));
    const output = text.replace(JSON_IMPORT, (_, name, specifier) => {
      const json = JSON.parse(readFileSync(resolve(sourceFileDir, specifier), 'utf8'));
      return `declare const ${name}: ${jsonType(json)};`;
    });
    writeFileSync(file, output);
    rewritten.push(file);
  }
  return rewritten;
}
