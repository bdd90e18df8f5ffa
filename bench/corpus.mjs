// Builds (or reuses) the benchmark corpus: COUNT descriptions varied from the recognised fixtures —
// municipality lists reordered, numbers, names and dates changed — so that no two files are alike.
// Deterministic: the same count gives the same corpus.
import fg from 'fast-glob';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32), so the corpus is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, rnd) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const NAME_WORDS = ['Polku', 'Silta', 'Verkko', 'Askel', 'Voima', 'Taito', 'Yhdessä', 'Kasvu', 'Osaaja', 'Tulevaisuus'];

function vary(text, rnd, index) {
  const yearShift = Math.floor(rnd() * 5);
  return text
    .split('\n')
    .map((line) => {
      if (/^(Kunnat|Seutukunnat|Maakunnat):/.test(line)) {
        const [label, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
        return `${label}: ${shuffle(value.split(',').map((s) => s.trim()), rnd).join(', ')}`;
      }
      if (/^(Projektin nimi|Hankkeen nimi):/.test(line)) {
        return `${line} ${NAME_WORDS[Math.floor(rnd() * NAME_WORDS.length)]} ${index}`;
      }
      if (/^(Suunniteltu|Toteutunut[^:]*):/.test(line) || /rahoitus[^:]*:/.test(line)) {
        // New figures with the same shape; women never above the total.
        return line.replace(/(\d[\d ]*\d|\d)(, joista [^\d]+)(\d+)/, (_, total, clause) => {
          const t = Math.floor(rnd() * 900) + 10;
          return `${t}${clause}${Math.floor(rnd() * t)}`;
        }).replace(/: (\d[\d ]*\d|\d)$/, () => `: ${Math.floor(rnd() * 900_000) + 1000}`.replace(/(\d)(?=(\d{3})+$)/g, '$1 '));
      }
      return line.replace(/\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b/g, (_, d, m, y) => `${d}.${m}.${Number(y) + yearShift}`);
    })
    .join('\n');
}

/** Bump when the generator changes, so that an old corpus is not reused. */
const GENERATOR_VERSION = 2;

export function ensureCorpus(dir, count) {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const found = JSON.parse(readFileSync(manifest, 'utf8'));
    if (found.count === count && found.version === GENERATOR_VERSION) return found;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const load = (pattern) => fg.sync(pattern).sort().map((f) => readFileSync(f, 'utf8'));
  const seeds = load('fixtures/seeds/*.txt');
  const small = load('fixtures/{variations,pages}/*.txt');
  const rnd = random(20261122);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // The long seeds carry most of the bytes, as real descriptions do; small variations mix in.
    const pool = i % 4 === 3 ? small : seeds;
    const source = pool[Math.floor(rnd() * pool.length)];
    const text = vary(source, rnd, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), text);
  }
  const made = { count, bytes, version: GENERATOR_VERSION };
  writeFileSync(manifest, JSON.stringify(made));
  return made;
}
