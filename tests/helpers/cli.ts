import { run, type CliIO } from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams; stdin is given or absent (a terminal). */
const decoder = new TextDecoder();
const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));

export async function runCli(argv: string[], options: { stdin?: Uint8Array | string; stdoutIsTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string | Uint8Array) => ((stdout += text(s)), true), isTTY: options.stdoutIsTTY ?? false },
    stderr: { write: (s: string | Uint8Array) => ((stderr += text(s)), true), isTTY: options.stderrIsTTY ?? false },
    stdinIsTTY: options.stdin === undefined,
    env: options.env ?? {},
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : options.stdin ?? new Uint8Array()),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
