/**
 * Reads one input and runs it through the pipeline. Never throws: a file that cannot be read, or a
 * fault inside the pipeline, becomes that file's failed result and the batch goes on.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { analyse, failedResult, MAX_INPUT_BYTES, type Analysis, type ParseOptions } from '../pipeline.js';
import { rawFileName, type Input } from './inputs.js';

export { MAX_INPUT_BYTES };

export function inputName(input: Input): string {
  return input.kind === 'stdin' ? '<stdin>' : input.path;
}

function unreadable(file: string, message: string): Analysis {
  return { result: failedResult(file, { severity: 'error', rule: 'unreadable', message }), text: null };
}

/** Why a file could not be read, in words (`No such file`, not `ENOENT`). */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'No such file';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied';
    case 'EISDIR':
      return 'Is a directory, not a file';
    case 'EBADF':
      return 'Closed: nothing can be read from it';
    default:
      return code ? `Cannot be read (${code})` : `Cannot be read (${String(error)})`;
  }
}

/**
 * Files are read synchronously: a batch has nothing to overlap with the read, and awaiting the
 * thread pool for every file left the process idle for almost half of a large run.
 */
export async function readBytes(input: Input, stdin: () => Promise<Uint8Array>): Promise<Uint8Array | Analysis> {
  if (input.kind !== 'stdin') return input.unlisted === undefined ? readFileBytes(input.path) : unreadable(input.path, `A folder that cannot be listed: ${reasonOf(input.unlisted)}; the files in it are not read`);
  let bytes: Uint8Array;
  try {
    bytes = input.bytes ?? (await stdin());
  } catch (error) {
    return unreadable(inputName(input), `Standard input: ${reasonOf(error)}`);
  }
  return bytes.length > MAX_INPUT_BYTES ? tooLarge(inputName(input), bytes.length, true) : bytes;
}

/**
 * Standard input, read up to one byte past MAX_INPUT_BYTES and no further: what comes after is
 * never held (1 GB piped in used to reach 2 GB of memory). A longer input is then refused as
 * `file-too-large` by readBytes, as a file of that size is.
 */
export async function readCapped(stream: NodeJS.ReadableStream & { destroy?(): void }, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (length + bytes.length > limit) {
      chunks.push(bytes.subarray(0, limit + 1 - length));
      length = limit + 1;
      // Stop reading: the writer gets EPIPE rather than the process holding the rest.
      stream.destroy?.();
      break;
    }
    chunks.push(bytes);
    length += bytes.length;
  }
  return Buffer.concat(chunks, length);
}

/**
 * One buffer for every file this thread reads, grown to the largest so far: each description is
 * parsed before the next is read, and a fresh buffer per file cost more than the read itself.
 */
let readBuffer = Buffer.allocUnsafe(1 << 16);

/** `size` is the file's size, or with `growing` what was read of it before it passed the limit. */
function tooLarge(file: string, size: number, growing = false): Analysis {
  const said = `${file === '<stdin>' ? 'Standard input' : 'The file'} ${growing ? `has more than ${MAX_INPUT_BYTES} bytes` : `is ${size} bytes`}`;
  return {
    result: failedResult(
      file,
      { severity: 'error', rule: 'file-too-large', message: `${said}; descriptions larger than ${MAX_INPUT_BYTES} bytes are not read` },
      { bytes: size },
    ),
    text: null,
  };
}

/**
 * The file's bytes, or its failed result. The bytes are a view of a buffer the next call reuses:
 * use them before reading another file.
 */
/**
 * A file name that is not UTF-8 (`ty\xf6.txt` from an old Windows or a zip) reaches Node from a
 * walk with its bytes replaced by U+FFFD, and cannot be opened by that name: its folder's entry,
 * as bytes, whose UTF-8 reading is that name. Null when there is none.
 */
function rawName(path: string): Buffer | null {
  const folder = dirname(path);
  const name = basename(path);
  try {
    const entry = readdirSync(folder, { encoding: 'buffer' }).find((raw) => raw.toString('utf8') === name);
    return entry === undefined ? null : Buffer.concat([Buffer.from(folder === '/' ? '/' : `${folder}/`), entry]);
  } catch {
    return null;
  }
}

export function readFileBytes(path: string): Uint8Array | Analysis {
  const file = path;
  let fd: number | undefined;
  try {
    fd = openSync(path.includes('\uFFFD') ? (rawName(path) ?? path) : path.includes('%') && !existsSync(path) ? (rawFileName(path) ?? path) : path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) return unreadable(file, 'Is a directory, not a file');
    if (info.size > MAX_INPUT_BYTES) return tooLarge(file, info.size);
    // The size is a hint: files of /proc and named pipes say 0, and a file may grow while read.
    if (info.size >= readBuffer.length) readBuffer = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(info.size + 1)));
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) {
        const larger = Buffer.allocUnsafe(readBuffer.length * 2);
        readBuffer.copy(larger, 0, 0, length);
        readBuffer = larger;
      }
      const read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_INPUT_BYTES) return tooLarge(file, length, true);
    }
    return readBuffer.subarray(0, length);
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT' && path.includes('\uFFFD')) return unreadable(file, 'The file name is not UTF-8 and cannot be opened by it: rename the file');
    return unreadable(file, reasonOf(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function analyseSafely(bytes: Uint8Array, options: ParseOptions & { file: string }): Analysis {
  try {
    return analyse(bytes, options);
  } catch (error) {
    const message = `Internal error while parsing: ${error instanceof Error ? error.message : String(error)}`;
    // Whatever failed may fail again: the report touches nothing of the input.
    return { result: failedResult(options.file, { severity: 'error', rule: 'internal-error', message }), text: null };
  }
}

function analyseRead(bytes: Uint8Array | Analysis, options: ParseOptions, file: string): Analysis {
  return bytes instanceof Uint8Array ? analyseSafely(bytes, { template: options.template, tree: options.tree, definitions: options.definitions, file }) : bytes;
}

/** One file, read and parsed here and now (what a worker thread does for each of its files). */
export function analyseFile(path: string, options: ParseOptions): Analysis {
  return analyseRead(readFileBytes(path), options, path);
}

export async function processInput(input: Input, options: ParseOptions, stdin: () => Promise<Uint8Array>): Promise<Analysis> {
  return analyseRead(await readBytes(input, stdin), options, inputName(input));
}
