// `npm run bench` (SPEC §9): on one generated corpus of BENCH_COUNT (default 10,000) descriptions,
// measures the floor (read, split into lines, write JSON), esr-parse with --jobs 1 and with its
// default --jobs side by side (and --jobs <cores>), a single small file from process start to exit
// next to `node -e 0`, peak RSS of --format json and ndjson on half and all of the corpus, and the
// pathological inputs of issue 16 at two sizes each (a process per input: time and peak RSS, with
// the stderr report on). Prints a table and writes bench/results/latest.json; appends the figures to
// bench/history.jsonl.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from './corpus.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const CORPUS = 'bench/corpus';
const BIN = 'bin/esr-parse.js';
const SMALL_FILE = 'fixtures/variations/eakr.txt';

if (!existsSync('dist/cli.js')) throw new Error('Run `npm run build` first (npm run bench does).');

const TICKS_PER_SECOND = 100;

/**
 * Peak resident memory of a running process (the kernel's high-water mark) and its CPU time (user
 * + system, of all its threads), polled; the CPU time misses at most the last poll interval.
 */
function peakRssPoller(pid) {
  let peak = 0;
  let cpu = 0;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]));
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    } catch {
      // The process has ended between two polls; the last reading stands.
    }
  };
  const timer = setInterval(read, 10);
  read();
  return () => {
    clearInterval(timer);
    return { peak, cpu };
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
      const { peak, cpu } = stop();
      resolve({ wall, peakRssMB: peak / 1024, cpu, code });
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

const loadAtStart = loadavg()[0];
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
// --jobs 1 and the default alternate, so that both see the same load of the machine; the default
// depends on that load (defaultJobs), so what it chose is recorded with each run.
const { defaultJobs } = await import('../dist/cli.js');
const PAIRS = Math.max(REPEATS, 5);
const oneRuns = [];
const defaultRuns = [];
for (let i = 0; i < PAIRS; i++) {
  oneRuns.push(await measure(process.execPath, [BIN, '--jobs', '1', '--format', 'ndjson', '--quiet', CORPUS]));
  const jobs = defaultJobs(cores, loadavg()[0]);
  defaultRuns.push({ ...(await measure(process.execPath, [BIN, '--format', 'ndjson', '--quiet', CORPUS])), jobs });
}
const middle = (runs, key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const bestOf = (runs) => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
const one = { ...rate(bestOf(oneRuns)), medianWallSeconds: Number(middle(oneRuns, 'wall').toFixed(2)), medianCpuSeconds: Number(middle(oneRuns, 'cpu').toFixed(2)) };
const byDefault = {
  ...rate(bestOf(defaultRuns)),
  medianWallSeconds: Number(middle(defaultRuns, 'wall').toFixed(2)),
  medianCpuSeconds: Number(middle(defaultRuns, 'cpu').toFixed(2)),
  jobsChosen: defaultRuns.map((r) => r.jobs),
};
// What the machine itself gives `cores` threads: as many independent `--jobs 1` processes at the
// same time, each on its share of the corpus (the wall time is the last one's end). Threads of one
// process cannot beat that; on a machine whose cores slow each other down (shared caches, a shared
// host), it is what `--jobs <cores>` should be compared with, not `cores` times `--jobs 1`. Runs
// alternate with `--jobs <cores>` so that both see the same load.
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f));
const shares = Array.from({ length: cores }, (_, k) => corpusFiles.filter((_, i) => i % cores === k));
async function independentProcesses() {
  const started = performance.now();
  const runs = await Promise.all(shares.map((files) => measure(process.execPath, [BIN, '--jobs', '1', '--format', 'ndjson', '--quiet', ...files])));
  return { wall: (performance.now() - started) / 1000, peakRssMB: runs.reduce((sum, r) => sum + r.peakRssMB, 0), cpu: runs.reduce((sum, r) => sum + r.cpu, 0), code: Math.max(...runs.map((r) => r.code)) };
}
const allRuns = [];
const ceilingRuns = [];
for (let i = 0; i < REPEATS; i++) {
  allRuns.push(await measure(process.execPath, [BIN, '--jobs', String(cores), '--format', 'ndjson', '--quiet', CORPUS]));
  ceilingRuns.push(await independentProcesses());
}
const all = { ...rate(bestOf(allRuns)), medianWallSeconds: Number(middle(allRuns, 'wall').toFixed(2)), medianCpuSeconds: Number(middle(allRuns, 'cpu').toFixed(2)) };
const ceiling = { ...rate(bestOf(ceilingRuns)), medianWallSeconds: Number(middle(ceilingRuns, 'wall').toFixed(2)), medianCpuSeconds: Number(middle(ceilingRuns, 'cpu').toFixed(2)), processes: cores };
const halfGlob = `${CORPUS}/0[0-${Math.max(0, Math.floor((COUNT - 1) / 2000))}]*.txt`;
const peak = async (format, input) => Math.round((await best(process.execPath, [BIN, '--format', format, '--quiet', input], 1)).peakRssMB);
const memory = {
  json: { halfCorpus: await peak('json', halfGlob), wholeCorpus: await peak('json', CORPUS) },
  ndjson: { halfCorpus: await peak('ndjson', halfGlob), wholeCorpus: await peak('ndjson', CORPUS) },
};
const single = await median(process.execPath, [BIN, SMALL_FILE], 15);
const nodeStart = await median(process.execPath, ['-e', '0'], 15);

// Issue 16's pathological inputs, each at two sizes, as files through the CLI (report on stderr).
const MB = 1 << 20;
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));
const head = '1. Projekti\n\nProjektin nimi: Polku\n\n5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n';
const seedText = readFileSync('fixtures/seeds/000_ddad63b48901b7a4.txt', 'utf8');
const pathologicalKinds = {
  // 1.5 and 3 MB are half a million and a million lines; 60 MB (21 million) is past the line limit.
  shortLines: { sizes: [1.5, 3, 60], make: (mb) => head + fill('ab\n', mb * MB) },
  shortLinesAndBlanks: { sizes: [2, 4], make: (mb) => head + fill('ab\n\n', mb * MB) },
  headings: { sizes: [0.6, 1.2], make: (mb) => fill('1. Projekti\n', mb * MB) },
  singleLine: { sizes: [8, 30], make: (mb) => `1. Projekti\n\nProjektin nimi: ${'x'.repeat(mb * MB)}\n` },
  repeatedLabels: { sizes: [4, 8], make: (mb) => `1. Projekti\n${fill('Projektin nimi: x\n', mb * MB)}` },
  repeatedDescriptions: { sizes: [8, 30], make: (mb) => fill(`${seedText}\n\n`, mb * MB) },
  // A real description whose project name is megabytes of words with colons, brackets and commas
  // (review P: each colon looked back over the whole value, 1.6 MB took 17 s).
  longValue: { sizes: [8, 30], make: (mb) => seedText.replace(/^Projektin nimi: .*$/m, (line) => `${line} ${fill('osallistujat: työllisyys, (ks.) Keski-Suomi 2014 koulutus: (ESR) 610 ', mb * MB)}`) },
};
const scratch = mkdtempSync(join(tmpdir(), 'esr-bench-'));
const pathological = {};
for (const [name, kind] of Object.entries(pathologicalKinds)) {
  pathological[name] = [];
  for (const mb of kind.sizes) {
    const file = join(scratch, `${name}-${mb}.txt`);
    writeFileSync(file, kind.make(mb));
    const run = await measure(process.execPath, [BIN, '--template', 'esr-2007-2013', file]);
    const out = await new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, '--quiet', '--template', 'esr-2007-2013', file]);
      let text = '';
      child.stdout.on('data', (d) => (text += d));
      child.on('close', () => resolve(text));
    });
    const internalError = out.includes('"internal-error"');
    const refused = out.includes('"file-too-large"');
    pathological[name].push({ megabytes: mb, seconds: Number(run.wall.toFixed(2)), peakRssMB: Math.round(run.peakRssMB), rssPerInputByte: Number((run.peakRssMB / mb).toFixed(1)), exitCode: run.code, internalError, refused });
    rmSync(file);
  }
}
rmSync(scratch, { recursive: true, force: true });

const { parse } = await import('../dist/index.js');
const inProcessGrowth = {
  colons: await growth(parse, (n) => ':'.repeat(n), [100_000, 200_000, 400_000]),
  spaces: await growth(parse, (n) => ' '.repeat(n), [1 << 20, 2 << 20, 4 << 20]),
  repeatedHeadings: await growth((t) => parse(t, { template: 'esr-2007-2013' }), (n) => '1. Projekti\n3.1 Maantieteellinen kohdealue\n'.repeat(n), [5_000, 10_000, 20_000]),
  longLine: await growth((t) => parse(t, { template: 'esr-2007-2013' }), (n) => `1. Projekti\n\nProjektin nimi: ${'x'.repeat(n)}\n`, [1 << 20, 2 << 20, 4 << 20]),
};

const figures = {
  date: new Date().toISOString(),
  loadAverageAtStart: Number(loadAtStart.toFixed(2)),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  corpus: { documents: COUNT, megabytes: Number(mb.toFixed(1)) },
  floor,
  esrParseOneCore: { ...one, ratioToFloor: Number((one.wallSeconds / floor.wallSeconds).toFixed(2)) },
  esrParseDefaultJobs: { ...byDefault, ratioToFloor: Number((byDefault.wallSeconds / floor.wallSeconds).toFixed(2)), speedupOverJobs1: Number((one.medianWallSeconds / byDefault.medianWallSeconds).toFixed(2)) },
  esrParseAllCores: { ...all, jobs: cores, ratioToFloor: Number((all.wallSeconds / floor.wallSeconds).toFixed(2)) },
  independentProcesses: { ...ceiling, speedupOverJobs1: Number((one.medianWallSeconds / ceiling.medianWallSeconds).toFixed(2)), jobsAllCoresShareOfIt: Number((ceiling.medianWallSeconds / all.medianWallSeconds).toFixed(2)) },
  singleSmallFile: { seconds: Number(single.toFixed(3)), nodeE0Seconds: Number(nodeStart.toFixed(3)), ratio: Number((single / nodeStart).toFixed(2)) },
  peakRssMB: memory,
  pathological,
  inProcessGrowth,
};

const row = (name, r) =>
  `${name.padEnd(26)} ${String(r.wallSeconds).padStart(7)} s ${String(r.mbPerSecond).padStart(7)} MB/s ${String(r.docsPerSecond).padStart(7)} docs/s ${String(r.peakRssMB).padStart(5)} MB RSS${r.ratioToFloor ? `   ${r.ratioToFloor}× floor` : ''}${r.medianWallSeconds ? `   median ${r.medianWallSeconds} s wall, ${r.medianCpuSeconds} s CPU` : ''}`;
console.log('');
console.log(row('floor (read, split, JSON)', floor));
console.log(row('esr-parse --jobs 1', figures.esrParseOneCore));
console.log(row('esr-parse (default --jobs)', figures.esrParseDefaultJobs));
console.log(`  the default chose --jobs ${byDefault.jobsChosen.join(', ')} (load ${loadAtStart.toFixed(1)} at the start); median wall: ${figures.esrParseDefaultJobs.speedupOverJobs1}× the speed of --jobs 1`);
console.log(row(`esr-parse --jobs ${cores}`, figures.esrParseAllCores));
console.log(row(`${cores} processes, --jobs 1 each`, figures.independentProcesses));
console.log(`  the machine's ceiling for ${cores} threads: ${figures.independentProcesses.speedupOverJobs1}× the speed of --jobs 1 (by median wall); --jobs ${cores} reaches ${figures.independentProcesses.jobsAllCoresShareOfIt}× of it`);
console.log('');
console.log(`single small file: ${figures.singleSmallFile.seconds} s, node -e 0: ${figures.singleSmallFile.nodeE0Seconds} s (${figures.singleSmallFile.ratio}×)`);
console.log(`peak RSS, half / all of the corpus: --format json ${memory.json.halfCorpus} / ${memory.json.wholeCorpus} MB, ndjson ${memory.ndjson.halfCorpus} / ${memory.ndjson.wholeCorpus} MB`);
console.log('');
console.log('pathological input (one file, --template esr-2007-2013, report on stderr)');
for (const [name, runs] of Object.entries(pathological)) {
  console.log(`  ${name.padEnd(22)} ${runs.map((r) => `${String(r.megabytes).padStart(4)} MB: ${String(r.seconds).padStart(6)} s ${String(r.peakRssMB).padStart(5)} MB RSS (${r.rssPerInputByte}×)${r.internalError ? ' INTERNAL ERROR' : ''}${r.refused ? ' refused: file-too-large' : ''}${r.exitCode !== 0 && r.exitCode !== 1 ? ` exit ${r.exitCode}` : ''}`).join('   ')}`);
}
for (const [name, g] of Object.entries(inProcessGrowth)) console.log(`in-process ${name}: ${g.ms.join(' / ')} ms at ${g.sizes.join(' / ')} (×${g.ratioLastToFirst} for ×4 input)`);

mkdirSync('bench/results', { recursive: true });
writeFileSync(join('bench/results', 'latest.json'), `${JSON.stringify(figures, null, 2)}\n`);
appendFileSync('bench/history.jsonl', `${JSON.stringify(figures)}\n`);
console.log('\nwrote bench/results/latest.json, appended bench/history.jsonl');
