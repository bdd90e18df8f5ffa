// Rewrites grammar/*.json in the house layout: one line per field, one line per short section, so
// that a definition reads like the table it is and diffs stay small. `node scripts/format-grammar.mjs`.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';

const one = (value) => JSON.stringify(value).replace(/","/g, '", "').replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{"/, '{ "').replace(/\}$/, ' }').replace(/\{ \}/g, '{}');

function formatSection(section) {
  const { fields, ...rest } = section;
  if (!fields) return `    ${one(rest)}`;
  const head = one(rest).replace(/ \}$/, '');
  return `    ${head},\n      "fields": [\n${fields.map((f) => `        ${one(f)}`).join(',\n')}\n      ]\n    }`;
}

for (const file of readdirSync('grammar').filter((f) => f.endsWith('.json') && !['vocabulary.json', 'area-codes.json', 'subregion-genitives.json', 'region-genitives.json'].includes(f))) {
  const definition = JSON.parse(readFileSync(`grammar/${file}`, 'utf8'));
  const lines = Object.entries(definition).map(([key, value]) =>
    key === 'sections' ? `  "sections": [\n${value.map(formatSection).join(',\n')}\n  ]` : `  ${JSON.stringify(key)}: ${one(value)}`,
  );
  writeFileSync(`grammar/${file}`, `{\n${lines.join(',\n')}\n}\n`);
}
