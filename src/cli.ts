export { main, run, processIO, type CliIO } from './cli/run.js';
