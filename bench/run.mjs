// `npm run bench` (SPEC §9): on one generated corpus of BENCH_COUNT (default 10,000) descriptions,
// measures the floor (read, split into lines, write JSON), esr-parse with --jobs 1 and with every
// core, a single small file from process start to exit next to `node -e 0`, peak RSS of ndjson
// runs on half and all of the corpus, and pathological lines at growing sizes. Prints a table and
// writes bench/results/latest.json; appends the figures to bench/history.jsonl.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from './corpus.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const CORPUS = 'bench/corpus';
const BIN = 'bin/esr-parse.js';
const SMALL_FILE = 'fixtures/variations/eakr.txt';

if (!existsSync('dist/cli.js')) throw new Error('Run `npm run build` first (npm run bench does).');

/** Peak resident memory of a running process: the kernel's high-water mark, polled. */
function peakRssPoller(pid) {
  let peak = 0;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]));
    } catch {
      // The process has ended between two polls; the last reading stands.
    }
  };
  const timer = setInterval(read, 10);
  read();
  return () => {
    clearInterval(timer);
    return peak;
  };
}

function measure(command, args) {
  return new Promise((resolve, reject) => {
    const out = openSync('/dev/null', 'w');
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', out, 'ignore'] });
    const stop = peakRssPoller(child.pid);
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = (performance.now() - started) / 1000;
      resolve({ wall, peakRssMB: stop() / 1024, code });
    });
  });
}

async function best(command, args, repeats = REPEATS) {
  let result = null;
  for (let i = 0; i < repeats; i++) {
    const run = await measure(command, args);
    if (result === null || run.wall < result.wall) result = { ...run, peakRssMB: Math.max(run.peakRssMB, result?.peakRssMB ?? 0) };
  }
  return result;
}

async function median(command, args, runs) {
  const walls = [];
  for (let i = 0; i < runs; i++) walls.push((await measure(command, args)).wall);
  walls.sort((a, b) => a - b);
  return walls[Math.floor(runs / 2)];
}

/** Time of `fn` at sizes n, 2n, 4n: linear when each doubling about doubles the time. */
async function growth(parse, make, sizes) {
  const times = [];
  for (const size of sizes) {
    const input = make(size);
    parse(input);
    const started = performance.now();
    parse(input);
    times.push(performance.now() - started);
  }
  return { sizes, ms: times.map((t) => Number(t.toFixed(1))), ratioLastToFirst: Number((times.at(-1) / times[0]).toFixed(1)) };
}

const corpus = ensureCorpus(CORPUS, COUNT);
const mb = corpus.bytes / 1e6;
const cores = availableParallelism();
console.log(`corpus: ${COUNT} descriptions, ${mb.toFixed(1)} MB (${CORPUS}); ${cores} cores`);

const rate = (run, bytes = mb, count = COUNT) => ({
  wallSeconds: Number(run.wall.toFixed(2)),
  mbPerSecond: Number((bytes / run.wall).toFixed(1)),
  docsPerSecond: Math.round(count / run.wall),
  peakRssMB: Math.round(run.peakRssMB),
  exitCode: run.code,
});

const floor = rate(await best(process.execPath, ['bench/floor.mjs', CORPUS]));
const one = rate(await best(process.execPath, [BIN, '--jobs', '1', '--format', 'ndjson', '--quiet', CORPUS]));
const all = rate(await best(process.execPath, [BIN, '--jobs', String(cores), '--format', 'ndjson', '--quiet', CORPUS]));
const halfGlob = `${CORPUS}/0[0-${Math.max(0, Math.floor((COUNT - 1) / 2000))}]*.txt`;
const halfRss = await best(process.execPath, [BIN, '--format', 'ndjson', '--quiet', halfGlob], 1);
const single = await median(process.execPath, [BIN, SMALL_FILE], 15);
const nodeStart = await median(process.execPath, ['-e', '0'], 15);

const { parse } = await import('../dist/index.js');
const pathological = {
  colons: await growth(parse, (n) => ':'.repeat(n), [100_000, 200_000, 400_000]),
  spaces: await growth(parse, (n) => ' '.repeat(n), [1 << 20, 2 << 20, 4 << 20]),
  repeatedHeadings: await growth((t) => parse(t, { template: 'esr-2007-2013' }), (n) => '1. Projekti\n3.1 Maantieteellinen kohdealue\n'.repeat(n), [5_000, 10_000, 20_000]),
  longLine: await growth((t) => parse(t, { template: 'esr-2007-2013' }), (n) => `1. Projekti\n\nProjektin nimi: ${'x'.repeat(n)}\n`, [1 << 20, 2 << 20, 4 << 20]),
};

const figures = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  corpus: { documents: COUNT, megabytes: Number(mb.toFixed(1)) },
  floor,
  esrParseOneCore: { ...one, ratioToFloor: Number((one.wallSeconds / floor.wallSeconds).toFixed(2)) },
  esrParseAllCores: { ...all, jobs: cores, ratioToFloor: Number((all.wallSeconds / floor.wallSeconds).toFixed(2)) },
  singleSmallFile: { seconds: Number(single.toFixed(3)), nodeE0Seconds: Number(nodeStart.toFixed(3)), ratio: Number((single / nodeStart).toFixed(2)) },
  ndjsonPeakRssMB: { halfCorpus: Math.round(halfRss.peakRssMB), wholeCorpusOneCore: one.peakRssMB, wholeCorpusAllCores: all.peakRssMB },
  pathological,
};

const row = (name, r) => `${name.padEnd(26)} ${String(r.wallSeconds).padStart(7)} s ${String(r.mbPerSecond).padStart(7)} MB/s ${String(r.docsPerSecond).padStart(7)} docs/s ${String(r.peakRssMB).padStart(5)} MB RSS${r.ratioToFloor ? `   ${r.ratioToFloor}× floor` : ''}`;
console.log('');
console.log(row('floor (read, split, JSON)', floor));
console.log(row('esr-parse --jobs 1', figures.esrParseOneCore));
console.log(row(`esr-parse --jobs ${cores}`, figures.esrParseAllCores));
console.log('');
console.log(`single small file: ${figures.singleSmallFile.seconds} s, node -e 0: ${figures.singleSmallFile.nodeE0Seconds} s (${figures.singleSmallFile.ratio}×)`);
console.log(`ndjson peak RSS: ${figures.ndjsonPeakRssMB.halfCorpus} MB on half the corpus, ${one.peakRssMB} MB on all of it (--jobs 1), ${all.peakRssMB} MB (--jobs ${cores})`);
for (const [name, g] of Object.entries(pathological)) console.log(`pathological ${name}: ${g.ms.join(' / ')} ms at ${g.sizes.join(' / ')} (×${g.ratioLastToFirst} for ×4 input)`);

mkdirSync('bench/results', { recursive: true });
writeFileSync(join('bench/results', 'latest.json'), `${JSON.stringify(figures, null, 2)}\n`);
appendFileSync('bench/history.jsonl', `${JSON.stringify(figures)}\n`);
console.log('\nwrote bench/results/latest.json, appended bench/history.jsonl');
