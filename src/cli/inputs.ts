/**
 * Turns command-line arguments into an ordered list of inputs (SPEC §6): files as named,
 * directories recursed for `*.txt` (sorted), globs expanded by fast-glob (sorted), `-` for stdin.
 * Order: arguments as given; within a directory or glob, by path.
 *
 * Walks skip `node_modules` and hidden files and folders (fast-glob's `dot: false`), as a project's
 * own tools do: `esr-parse validate .` in a project must not read its dependencies' LICENSE.txt.
 * A directory is searched for its extensions in any letter case (`A.TXT`). `--exclude` patterns
 * skip more; see `excludePatterns`.
 */
import type FastGlob from 'fast-glob';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { UsageError } from './errors.js';

/**
 * fast-glob (and picomatch, micromatch, braces: a sixth of the bundle), loaded from node_modules at
 * the first directory or glob: a run on named files never needs it, and start-up compiled it.
 */
let fastGlob: typeof FastGlob | undefined;
export function fg(): typeof FastGlob {
  fastGlob ??= createRequire(import.meta.url)('fast-glob') as typeof FastGlob;
  return fastGlob;
}

/**
 * An input; standard input's bytes are held when they were read to tell whether there is any input
 * at all. A folder a walk could not list (no permission) is an input too, with the error: its result
 * says it is unreadable, and the batch goes on.
 */
export type Input = { kind: 'file'; path: string; unlisted?: Error } | { kind: 'stdin'; bytes?: Uint8Array };

export interface ExpandOptions {
  /** Extensions of input files: a directory named so is a file to report, not a tree to walk. */
  extensions: string[];
  /** Extensions a directory is searched for (default: `extensions`). */
  walk?: string[];
  /** Added to the usage error of a directory that holds none. */
  walkHint?: string;
  /** `--exclude` globs. */
  exclude?: string[];
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * fast-glob ignore patterns for the `--exclude` globs, matched against paths as they are printed
 * (as given, relative to the working directory). As in .gitignore, a pattern without a slash is a
 * name at any depth (`drafts`, `*.draft.txt`); one with a slash is a path (`descriptions/old/**`).
 * Either excludes a folder's whole contents when it names the folder.
 */
export function excludePatterns(exclude: string[]): string[] {
  return exclude.flatMap((pattern) => {
    const trimmed = pattern.replace(/\/+$/, '');
    const base = trimmed.includes('/') ? trimmed.replace(/^\.\//, '') : `**/${trimmed}`;
    return [base, `${base}/**`];
  });
}

export type ArgumentKind = 'stdin' | 'directory' | 'glob' | 'file';

/** What one argument names; `expandInputs` and `jsonShape` decide by this alone. */
export function argumentKind(arg: string, extensions: string[]): ArgumentKind {
  if (arg === '-') return 'stdin';
  const stat = statOrNull(arg);
  // A directory named like an input file is a mistake to report for that file, not a tree to walk.
  const namedAsFile = extensions.some((ext) => arg.toLowerCase().endsWith(`.${ext}`));
  if (stat?.isDirectory() && !namedAsFile) return 'directory';
  if (!stat && fg().isDynamicPattern(arg)) return 'glob';
  return 'file';
}

/**
 * The shape of `--format json` output (SPEC §8): one object when the arguments name exactly one
 * file (or standard input), else an array — for a glob, a directory or several arguments, however
 * many files they match, so that `jq '.[]'` works whatever the glob finds today.
 */
export function jsonShape(args: string[], extensions: string[] = ['txt']): 'object' | 'array' {
  if (args.length === 0) return 'object';
  if (args.length > 1) return 'array';
  const kind = argumentKind(args[0], extensions);
  return kind === 'file' || kind === 'stdin' ? 'object' : 'array';
}

const ALWAYS_SKIPPED = ['**/node_modules/**'];

/**
 * The files a walk found, each file once, in path order: a link to a folder above it (`loop -> .`)
 * makes the walk find the same files again under ever longer paths (one description became 41
 * results). Files are told apart by their folder's real path (one look per folder, not per file);
 * the shortest path of a file is kept.
 */
/**
 * Paths whose names print alike apart. A name that is not UTF-8 reaches Node (from a walk, and from
 * the command line too) with its bytes replaced by U+FFFD: `ty\xf6.txt` and `ty\xe4.txt` in one folder
 * both came as `ty\uFFFD.txt`, the second went as the first's copy, and one file of the batch was read
 * by no one, with no word. Where a folder holds several such names that print alike, each is named
 * by its own bytes, those that are not UTF-8 written `%F6` (`ty%F6.txt`, `ty%E4.txt`), which
 * `rawFileName` reads back; a name alone of its print keeps its `\uFFFD` form. (A name given on the
 * command line cannot say which of them was meant: all of them are read.)
 */
export function namesApart(paths: string[]): string[] {
  if (!paths.some((path) => path.includes('\uFFFD'))) return paths;
  const apart: string[] = [];
  for (const path of paths) {
    const alike = path.includes('\uFFFD') ? namesPrintedAs(path) : [];
    if (alike.length < 2) apart.push(path);
    else for (const raw of alike) apart.push(`${path.slice(0, path.length - basename(path).length)}${percentName(raw)}`);
  }
  return apart;
}

/** The names in `path`'s folder, as bytes, that print as its name. */
function namesPrintedAs(path: string): Buffer[] {
  try {
    return readdirSync(dirname(path), { encoding: 'buffer' }).filter((raw) => raw.toString('utf8') === basename(path));
  } catch {
    return [];
  }
}

/** A name's bytes with those that are not UTF-8 written `%F6`, and the `%` of the name itself `%25`. */
function percentName(raw: Buffer): string {
  let name = '';
  for (let at = 0; at < raw.length; ) {
    const length = utf8SequenceLength(raw, at);
    if (length === 0) name += `%${raw[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
    else {
      const part = raw.toString('utf8', at, at + length);
      name += part === '%' ? '%25' : part;
    }
    at += length || 1;
  }
  return name;
}

/** The length of the well-formed UTF-8 sequence at `at`, or 0. */
function utf8SequenceLength(raw: Buffer, at: number): number {
  const lead = raw[at]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length <= 1 || at + length > raw.length) return length === 1 ? 1 : 0;
  for (let next = at + 1; next < at + length; next++) if ((raw[next]! & 0xc0) !== 0x80) return 0;
  return raw.toString('utf8', at, at + length).includes('\uFFFD') ? 0 : length;
}

/**
 * The bytes of a name `namesApart` wrote with `%F6` (null for any other name): the folder's entry
 * whose own such writing it is.
 */
export function rawFileName(path: string): Buffer | null {
  const name = basename(path);
  if (!/%[0-9A-F]{2}/u.test(name)) return null;
  const folder = dirname(path);
  try {
    const entry = readdirSync(folder, { encoding: 'buffer' }).find((raw) => percentName(raw) === name && raw.toString('utf8') !== name);
    return entry === undefined ? null : Buffer.concat([Buffer.from(folder === '/' ? '/' : `${folder}/`), entry]);
  } catch {
    return null;
  }
}

function onceEach(found: string[], realFolders: Map<string, string>): string[] {
  const byFile = new Map<string, string>();
  for (const path of found) {
    const file = realFileKey(path, realFolders);
    const kept = byFile.get(file);
    if (kept === undefined) byFile.set(file, path);
    // (A file's own path before a link's to it, `S10001-kuvaus.txt` before `latest.txt -> …`: the
    // shortest only among paths alike, as a folder's loop makes them.)
    else if (kept !== path) {
      const [keptLink, pathLink] = [isLink(kept), isLink(path)];
      if (keptLink !== pathLink ? keptLink : path.length < kept.length || (path.length === kept.length && path < kept)) byFile.set(file, path);
    }
  }
  return [...byFile.values()].sort();
}

/**
 * A file's real folder and its name: the same for every path of one file (through a link to its
 * folder too); a link to a file is its target's real path (the file came out twice, under both names).
 */
function realFileKey(path: string, realFolders: Map<string, string>): string {
  if (isLink(path)) {
    try {
      return realpathSync.native(path);
    } catch {
      // (A link whose target is gone is its own input: its result says it cannot be read.)
    }
  }
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  let real = realFolders.get(folder);
  if (real === undefined) {
    try {
      real = realpathSync.native(folder || '.');
    } catch {
      real = folder;
    }
    realFolders.set(folder, real);
  }
  return `${real}/${path.slice(slash + 1)}`;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Each file once over all the arguments, where it comes first: arguments that overlap (`in/` and
 * `'in/*.txt'`, a folder and a link to it) would otherwise give one file two results, counted twice
 * in `--summary` and written twice to `--tables`. A file named twice literally is read once too.
 */
function onceOverall(inputs: Input[], realFolders: Map<string, string>): Input[] {
  const seen = new Set<string>();
  return inputs.filter((input) => {
    if (input.kind === 'stdin') return true;
    const key = realFileKey(input.path, realFolders);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * fast-glob's file system with one change: a folder that is one of its own folders above it, through
 * a link (`s/up -> ..`), is read as empty. fast-glob follows links without looking for loops: one
 * loop ends where the system refuses a path of too many links, but a loop reached by two names (`l ->
 * s` beside `s/up -> ..`) doubles the paths at every level, and the walk ran out of memory. (Every file
 * is still found, under its path without the loop.)
 */
function walkWithoutLoops(realFolders: Map<string, string>, unlisted: Map<string, Error>): FastGlob.Options['fs'] {
  const real = (folder: string) => {
    let found = realFolders.get(`${folder}/`);
    if (found === undefined) {
      try {
        found = realpathSync.native(folder);
      } catch {
        found = folder;
      }
      realFolders.set(`${folder}/`, found);
    }
    return found;
  };
  const entersLoop = (folder: string) => {
    const own = real(folder);
    for (let above = dirname(folder); above !== folder; folder = above, above = dirname(above)) if (real(above) === own) return true;
    return false;
  };
  // (A folder that cannot be listed, `chmod 000`, is kept with its error and read as empty: one such
  // folder ended the whole run with an internal error, no file of the batch read.)
  const listed = (folder: string, options?: unknown) => {
    try {
      return readdirSync(folder, options as never);
    } catch (error) {
      // (A folder that is not there, a glob's base or one removed during the walk, is fast-glob's to pass over.)
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw error;
      unlisted.set(folder, error instanceof Error ? error : new Error(String(error)));
      return [];
    }
  };
  return {
    readdirSync: ((folder: string, options?: unknown) => (entersLoop(String(folder)) ? [] : listed(String(folder), options))) as typeof readdirSync,
  };
}

/**
 * The folders a walk could not list, as inputs named as the walk's files are (from the argument as
 * written: fast-glob lists a folder by its absolute path). A hidden folder and one in node_modules
 * are left out, as their files are: a drive's `.Trashes` that only its owner may list is no input.
 */
function unlistedFolders(unlisted: Map<string, Error>, base: string, named: { hidden: boolean; nodeModules: boolean } = { hidden: false, nodeModules: false }): Input[] {
  const absoluteBase = resolve(base);
  const folders: Input[] = [];
  for (const [listed, error] of unlisted) {
    const folder = resolve(listed);
    const below = folder.startsWith(`${absoluteBase}/`) ? folder.slice(absoluteBase.length + 1) : folder === absoluteBase ? '' : null;
    // (Unless a pattern names them: `'d/.h*/**/*.txt'`, `'d/**/node_modules/**/*.txt'` read their files.)
    if (below !== null && below.split('/').some((segment) => (segment.startsWith('.') && !named.hidden) || (segment === 'node_modules' && !named.nodeModules))) continue;
    folders.push({ kind: 'file', path: below === null ? listed : below === '' ? base : base === '.' ? below : `${base === '/' ? '' : base}/${below}`, unlisted: error });
  }
  return folders;
}

/** A pattern's folders before its first with a glob's marks (`d/x/*.txt` → `d/x`), `.` where the first has them. */
function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const magic = segments.findIndex((segment) => /[*?[\]{}()!+@]/u.test(segment));
  const base = segments.slice(0, magic === -1 ? segments.length - 1 : magic).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/**
 * The paths a walk or a pattern finds that are inputs: files, and links whose target is gone (an
 * input that cannot be read gets its failed result, not left out). Folders and pipes named `*.txt`
 * are none. (Entries, not files only: the same walk.)
 */
function inputEntries(pattern: string, options: FastGlob.Options): string[] {
  return fg()
    .sync(pattern, { ...options, onlyFiles: false, objectMode: true })
    .filter((entry) => entry.dirent.isFile() || entry.dirent.isSymbolicLink())
    .map((entry) => entry.path);
}

export function expandInputs(args: string[], options: ExpandOptions): Input[] {
  const excluded = excludePatterns(options.exclude ?? []);
  const inputs: Input[] = [];
  const realFolders = new Map<string, string>();
  const unlisted = new Map<string, Error>();
  const walkOptions = { onlyFiles: true, dot: false, followSymbolicLinks: true, ignore: [...ALWAYS_SKIPPED, ...excluded], fs: walkWithoutLoops(realFolders, unlisted) };
  /** The files a walk found and the folders it could not list, in path order. */
  const walked = (found: string[], base: string, named?: { hidden: boolean; nodeModules: boolean }): Input[] => {
    const files: Input[] = onceEach(namesApart(found), realFolders).map((path) => ({ kind: 'file', path }));
    if (unlisted.size === 0) return files;
    const folders = unlistedFolders(unlisted, base, named);
    unlisted.clear();
    return [...files, ...folders].sort((a, b) => ((a as { path: string }).path < (b as { path: string }).path ? -1 : 1));
  };
  for (const arg of args) {
    const kind = argumentKind(arg, options.extensions);
    if (kind === 'stdin') {
      // Standard input ends after one reading: a second `-` would read nothing and fail as empty.
      if (inputs.some((input) => input.kind === 'stdin')) throw new UsageError('Standard input ("-") is named more than once: it can be read once');
      inputs.push({ kind: 'stdin' });
      continue;
    }
    if (kind === 'directory') {
      const walk = options.walk ?? options.extensions;
      const extensions = walk.length === 1 ? walk[0] : `{${walk.join(',')}}`;
      // The directory is the pattern's static base, so that the paths come out as they were given
      // (`dir/a.txt`, `./dir/a.txt`, `/abs/dir/a.txt`) and --exclude sees them so.
      const pattern = `${fg().escapePath(arg.replace(/(.)\/+$/, '$1'))}/**/*.${extensions}`;
      // Synchronous: the batch waits for the list anyway, and fast-glob's stream took half as long again.
      const found = walked(inputEntries(pattern, { ...walkOptions, caseSensitiveMatch: false }), arg.replace(/(.)\/+$/, '$1'));
      if (found.length === 0) {
        const why = excluded.length > 0 ? ' that is not excluded' : '';
        throw new UsageError(`No *.${walk.join(', *.')} file${why} in the directory "${arg}"${options.walkHint ?? ''}`);
      }
      for (const input of found) inputs.push({ ...input, path: (input as { path: string }).path.replace(/^\/\//, '/') } as Input);
      continue;
    }
    if (kind === 'glob') {
      // A pattern that names node_modules itself may go there.
      const ignore = arg.includes('node_modules') ? excluded : walkOptions.ignore;
      const found = walked(inputEntries(arg, { ...walkOptions, followSymbolicLinks: undefined, ignore }), staticBase(arg), { hidden: /(?:^|\/)\.[^./]/u.test(arg), nodeModules: arg.includes('node_modules') });
      if (found.length === 0) throw new UsageError(`No file matches the pattern "${arg}"${excluded.length > 0 ? ' (after --exclude)' : ''}`);
      for (const input of found) inputs.push(input);
      continue;
    }
    // A literal name is read as given (a missing one becomes its failed result), unless excluded.
    if (excluded.length > 0 && statOrNull(arg) && fg().sync(fg().escapePath(arg), { dot: true, ignore: excluded }).length === 0) continue;
    for (const path of namesApart([arg])) inputs.push({ kind: 'file', path });
  }
  if (inputs.length === 0) throw new UsageError('Every input is excluded by --exclude');
  return args.length > 1 ? onceOverall(inputs, realFolders) : inputs;
}
