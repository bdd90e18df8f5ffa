/**
 * `--jobs N`: files are parsed on N worker threads, results come back in input order. The workers
 * run the same bundle as the CLI (dist/cli.cjs, or dist/cli.js), started with a marker in workerData.
 */
import type { Worker } from 'node:worker_threads';
import { analyseFile } from './process.js';
import { outcomeOf, type Outcome, type OutcomeSettings } from './outcome.js';

export const WORKER_ROLE = 'esr-parse-worker';

/**
 * The worker marker is also an argument of the worker's process.argv, so that a start that is not
 * a worker (every CLI run) can tell without loading node:worker_threads.
 */
export async function serveTasksIfWorker(): Promise<void> {
  if (!process.argv.includes(WORKER_ROLE)) return;
  const { isMainThread, workerData } = await import('node:worker_threads');
  if (!isMainThread && workerData?.role === WORKER_ROLE) await serveTasks(workerData.settings);
}

/**
 * Each worker is a V8 isolate with its own heap. A young generation of 8 MB (measured on the bench
 * corpus: 16 MB or V8's default, the same speed and 20–55 MB more peak memory; 4 MB, slower) keeps
 * `--jobs 2` under 200 MB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** A few consecutive files: a message between threads costs as much as parsing a small file. */
interface Task {
  first: number;
  paths: string[];
}

interface Reply {
  first: number;
  outcomes: Outcome[];
}

/**
 * The default of `--jobs`: one thread per idle core (the cores less the 1-minute load average,
 * rounded), and one thread unless at least two cores are idle. Measured on the bench's 10,000
 * descriptions on a 2-core machine shared with other work (README, Speed): the main thread and
 * one worker use about 45% more CPU time than one thread for the same work (the worker compiles
 * the code again, and the two threads slow each other down), so `--jobs 2` was faster than
 * `--jobs 1` only while the other core was free (1.48× in one bench run) and slower whenever the
 * machine was busy (load 4–7: 0.6–1.1×). A single thread already keeps more than one core busy
 * part of the time (V8 compiles and collects garbage on background threads), hence two idle cores
 * before a worker is started.
 */
export function defaultJobs(cores: number, load = 0): number {
  const idle = Math.round(cores - load);
  return idle >= 2 ? Math.min(cores, idle) : 1;
}

/** Parses one file into its outcome; shared by the main thread and the workers. */
export function fileOutcome(path: string, settings: OutcomeSettings): Outcome {
  return outcomeOf(analyseFile(path, settings), settings);
}

/**
 * The worker side: answer each task with its outcomes. The JSON goes over as a string: the
 * structured clone of a string is one copy, cheaper than encoding it and transferring the buffer.
 */
export async function serveTasks(settings: OutcomeSettings): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  parentPort!.on('message', (task: Task) => {
    const reply: Reply = { first: task.first, outcomes: task.paths.map((path) => fileOutcome(path, settings)) };
    parentPort!.postMessage(reply);
  });
}

/** Files per message to a worker: a message between threads costs as much as parsing a small file. */
const FILES_PER_TASK = 8;
/** Files the main thread parses between two looks at the workers' replies. */
const FILES_PER_MAIN_TURN = 8;
/** Tasks queued per worker, so that none waits for the main thread between two. */
const TASKS_PER_WORKER = 2;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `paths` on the main thread and `jobs - 1` workers and yields outcomes in the order of
 * `paths`. Work is taken in order, a few files at a time, by whoever is free: the main thread
 * parses a few files whenever the next outcome is not ready, so `--jobs 2` is this thread and one
 * worker (two workers and an idle main thread compiled the code three times for two cores' work).
 * At most a few tasks per worker are in flight, so memory stays flat however many files there are.
 */
export async function* parallelOutcomes(script: URL, jobs: number, paths: string[], settings: OutcomeSettings): AsyncGenerator<Outcome> {
  const { Worker } = await import('node:worker_threads');
  const workers = Array.from(
    { length: jobs - 1 },
    () => new Worker(script, { argv: [WORKER_ROLE], workerData: { role: WORKER_ROLE, settings }, resourceLimits: WORKER_LIMITS }),
  );
  const done = new Map<number, Outcome>();
  const inFlight = new Map<Worker, number>();
  let next = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const feed = (worker: Worker) => {
    while ((inFlight.get(worker) ?? 0) < TASKS_PER_WORKER && next < paths.length) {
      const batch = paths.slice(next, next + FILES_PER_TASK);
      worker.postMessage({ first: next, paths: batch } satisfies Task);
      inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
      next += batch.length;
    }
  };
  for (const worker of workers) {
    worker.on('message', (reply: Reply) => {
      reply.outcomes.forEach((outcome, i) => done.set(reply.first + i, outcome));
      inFlight.set(worker, inFlight.get(worker)! - 1);
      feed(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    feed(worker);
  }
  try {
    for (let index = 0; index < paths.length; index++) {
      while (!done.has(index)) {
        if (failure) throw failure;
        if (next < paths.length) {
          const end = Math.min(paths.length, next + FILES_PER_MAIN_TURN);
          for (; next < end; next++) done.set(next, fileOutcome(paths[next], settings));
          // Let the workers' replies in, and refill them, before parsing more here.
          await nextTurn();
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      }
      const outcome = done.get(index)!;
      done.delete(index);
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
