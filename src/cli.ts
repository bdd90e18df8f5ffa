import { serveTasksIfWorker } from './cli/workers.js';

export { main, run, processIO, type CliIO } from './cli/run.js';
export { defaultJobs } from './cli/workers.js';

// The same bundle is the worker of `--jobs`: started with the marker, it serves parse tasks. (Not
// awaited at the top level: the bundle is also built as a CommonJS script, see bin/esr-parse.js.)
export const serving = serveTasksIfWorker();
