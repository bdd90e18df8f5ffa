/**
 * A progress bar on stderr for long batches — only when stderr is a terminal, never on stdout.
 */
import type { OutputStream } from './run.js';

const WIDTH = 24;
const INTERVAL_MS = 100;

export class Progress {
  private done = 0;
  private bytes = 0;
  private lastDraw = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < INTERVAL_MS && this.done < this.total) return;
    this.lastDraw = now;
    const filled = Math.round((this.done / this.total) * WIDTH);
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.bytes / 1e6 / seconds;
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${this.done}/${this.total} files  ${rate.toFixed(1)} MB/s\u001b[K`);
    this.shown = true;
  }

  /** Clears the bar so that other stderr text starts on a clean line. */
  clear(): void {
    if (this.shown) {
      this.stream.write('\r\u001b[K');
      this.shown = false;
    }
  }
}
