import { isMainThread, workerData } from 'node:worker_threads';
import { serveTasks, WORKER_ROLE } from './cli/workers.js';

export { main, run, processIO, type CliIO } from './cli/run.js';

// The same bundle is the worker of `--jobs`: started with the marker, it serves parse tasks.
if (!isMainThread && workerData?.role === WORKER_ROLE) serveTasks(workerData.settings);
