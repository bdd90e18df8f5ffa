import { serveTasksIfWorker } from './cli/workers.js';

export { main, run, processIO, type CliIO } from './cli/run.js';
export { defaultJobs } from './cli/workers.js';

// The same bundle is the worker of `--jobs`: started with the marker, it serves parse tasks.
await serveTasksIfWorker();
