// SPEC §6: odd encodings, bad files and unsafe output, attacked rather than confirmed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyseSafely, readFileBytes } from '../src/cli/process.js';
import { decode, maxLines } from '../src/decode.js';
import { outcomeOf } from '../src/cli/outcome.js';
import { parse, type Result } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { descriptionFixtures, readFixture, root } from './helpers/fixtures.js';

const bin = `${root}bin/esr-parse.js`;
const seed000 = `${root}fixtures/seeds/000_ddad63b48901b7a4.txt`;
const recognised = descriptionFixtures().filter((f) => parse(readFixture(f)).record !== null);

/** What must not change with the encoding: everything but the byte-level facts. */
function essence(result: Result) {
  return {
    record: result.record,
    unmapped: result.unmapped,
    diagnostics: result.diagnostics.filter((d) => d.rule !== 'encoding'),
    ok: result.ok,
  };
}

function fresh(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

describe('the same description in any encoding gives the identical record', () => {
  const encodings: [name: string, encode: (text: string) => Buffer | null, reported: string][] = [
    ['utf-8 with BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]), 'utf-8-bom'],
    ['utf-16le with BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf-16be')]), 'utf-16be'],
    // Only texts whose every character exists in the code page can be written in it.
    ['windows-1252', (t) => (iconv.decode(iconv.encode(t, 'windows-1252'), 'windows-1252') === t ? iconv.encode(t, 'windows-1252') : null), 'windows-1252'],
    ['iso-8859-1', (t) => (iconv.decode(iconv.encode(t, 'latin1'), 'latin1') === t ? iconv.encode(t, 'latin1') : null), 'windows-1252'],
  ];

  for (const fixture of recognised) {
    const text = readFixture(fixture).toString('utf8');
    const original = parse(readFixture(fixture));
    it(fixture, () => {
      let legacy = 0;
      for (const [name, encode, reported] of encodings) {
        const bytes = encode(text);
        if (bytes === null) continue;
        const result = parse(bytes);
        expect(essence(result), name).toEqual(essence(original));
        expect(result.source.encoding, name).toBe(reported);
        if (reported === 'windows-1252') {
          legacy++;
          expect(result.diagnostics.filter((d) => d.rule === 'encoding').map((d) => d.severity)).toEqual(['warning']);
        }
      }
      if (/[äöÄÖ]/.test(text) && !/[^\u0000-\u00ff–—”“’€…]/.test(text)) expect(legacy).toBeGreaterThan(0);
    });
  }

  it('CRLF and lone CR line endings', () => {
    const text = readFileSync(seed000, 'utf8');
    const original = essence(parse(text));
    const crlf = parse(text.replace(/\n/g, '\r\n'));
    const cr = parse(text.replace(/\n/g, '\r'));
    expect(essence(crlf)).toEqual(original);
    expect(essence(cr)).toEqual(original);
    expect([crlf.source.lineEnding, cr.source.lineEnding]).toEqual(['crlf', 'cr']);
  });

  it('decomposed letters (NFD), non-breaking spaces, tabs and trailing spaces', () => {
    const text = readFileSync(seed000, 'utf8');
    const original = essence(parse(text));
    // (The same diagnostics at the same lines; their columns count the file's characters, a letter
    // and its combining mark two, as an editor's and GitHub's columns do.)
    const decomposed = essence(parse(text.normalize('NFD')));
    const withoutColumns = (e: typeof original) => ({ ...e, diagnostics: e.diagnostics.map(({ column, endColumn, ...rest }) => rest) });
    expect(withoutColumns(decomposed)).toEqual(withoutColumns(original));
    const nfdLines = text.normalize('NFD').split('\n');
    for (const [i, d] of decomposed.diagnostics.entries()) {
      if (d.line === undefined || d.column === undefined) continue;
      const before = nfdLines[d.line - 1].slice(0, d.column - 1);
      expect(before.normalize('NFC').length + 1).toBe(original.diagnostics[i].column);
    }
    const spaced = text
      .split('\n')
      .map((line, i) => (i % 3 === 0 ? `${line.replace(/: /, ':\u00a0')}  \t` : line))
      .join('\n');
    expect(essence(parse(spaced)).record).toEqual(original.record);
    expect(essence(parse(text.replace(/^(Projektikoodi:) /m, '$1\t'))).record).toEqual(original.record);
  });
});

describe('control characters and odd spaces are found at every place and alignment', () => {
  /** `text` as UTF-8 bytes starting `shift` bytes into a larger buffer, as a read into a shared buffer gives them. */
  const bytesAt = (text: string, shift: number) => {
    const encoded = Buffer.from(text, 'utf8');
    const backing = new Uint8Array(encoded.length + 8).fill(0x07);
    backing.set(encoded, shift);
    return backing.subarray(shift, shift + encoded.length);
  };
  const ruleOf = (decoded: ReturnType<typeof decode>) => ('failure' in decoded ? decoded.failure.rule : 'text');

  it('one control character in 40 is binary (over 2%), wherever it stands', () => {
    for (let shift = 0; shift < 4; shift++) {
      for (let at = 0; at < 40; at++) {
        const chars = [...'Projektin nimi: Polku\täätä\r\nx\fyz ab'.padEnd(40, 'q')];
        expect(ruleOf(decode(bytesAt(chars.join(''), shift)))).toBe('text');
        chars[at] = at % 2 === 0 ? '\u0000' : '\u001b';
        expect(ruleOf(decode(bytesAt(chars.join(''), shift))), `at ${at}, shift ${shift}`).toBe('binary-file');
      }
    }
  });

  it('a non-breaking, narrow or figure space anywhere reads as a space', () => {
    for (let shift = 0; shift < 4; shift++) {
      for (const space of ['\u00a0', '\u202f', '\u2007']) {
        const decoded = decode(bytesAt(`Kunnat: Oulu,${space}Kemi`, shift));
        expect('text' in decoded && decoded.text).toBe('Kunnat: Oulu, Kemi');
      }
    }
  });
});

describe('bad files: a failed result each, and the batch goes on', () => {
  const dir = fresh('esr-bad-');
  const good = join(dir, 'good.txt');
  writeFileSync(good, readFileSync(seed000));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const blank = join(dir, 'blank.txt');
  writeFileSync(blank, '  \n\t\n\n');
  const binary = join(dir, 'binary.bin');
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  const noise = join(dir, 'noise.txt');
  // Mostly undecodable, no NUL byte: not UTF-8, and full of control characters in any code page.
  writeFileSync(noise, Buffer.from(Array.from({ length: 4096 }, (_, i) => ((i * 7919) % 255) + 1)));
  const missing = join(dir, 'missing.txt');
  const directoryNamedAsFile = join(dir, 'folder.txt');
  mkdirSync(directoryNamedAsFile);
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 200 * 1024 * 1024);

  const ruleOf = (results: Result[], file: string) => results.find((r) => r.file === file)!.diagnostics.map((d) => d.rule);

  it('good, empty, binary, missing: four results, one ok, exit 1', async () => {
    const { code, stdout } = await runCli(['--format', 'ndjson', good, empty, binary, missing]);
    expect(code).toBe(1);
    const results: Result[] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => [r.file, r.ok])).toEqual([
      [good, true],
      [empty, false],
      [binary, false],
      [missing, false],
    ]);
    expect(ruleOf(results, empty)).toEqual(['empty-file']);
    expect(ruleOf(results, binary)).toEqual(['binary-file']);
    expect(ruleOf(results, missing)).toEqual(['unreadable']);
    expect(results.slice(1).every((r) => r.record === null)).toBe(true);
  });

  it('white space only, undecodable noise, a directory named as a file, a 200 MB file', async () => {
    const { code, stdout } = await runCli([blank, noise, directoryNamedAsFile, huge, good]);
    expect(code).toBe(1);
    const results: Result[] = JSON.parse(stdout);
    expect(results.map((r) => r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)[0])).toEqual(['empty-file', 'binary-file', 'unreadable', 'file-too-large', undefined]);
    expect(results[2].diagnostics[0].message).toBe('Is a directory, not a file');
    expect(results[3].source.bytes).toBe(200 * 1024 * 1024);
    expect(results[4].ok).toBe(true);
  });

  it('a read error (EIO) is that file’s failure', async () => {
    const { code, stdout } = await runCli(['/proc/self/mem', good]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].diagnostics[0]).toEqual({ severity: 'error', rule: 'unreadable', message: 'Cannot be read (EIO)' });
  });

  it('reads files whose size is not known in advance, and files of any size one after another', () => {
    // /proc files report size 0; the read goes on to the end all the same.
    const status = readFileBytes('/proc/self/status') as Uint8Array;
    expect(new TextDecoder().decode(status)).toMatch(/^Name:/);
    const large = join(dir, 'large.txt');
    writeFileSync(large, `${'a'.repeat(300_000)}\nb`);
    const sizes = [good, large, good].map((path) => {
      const bytes = readFileBytes(path) as Uint8Array;
      return [bytes.length, bytes[0], bytes[bytes.length - 1]];
    });
    const goodBytes = readFileSync(good);
    expect(sizes).toEqual([
      [goodBytes.length, goodBytes[0], goodBytes[goodBytes.length - 1]],
      [300_002, 0x61, 0x62],
      [goodBytes.length, goodBytes[0], goodBytes[goodBytes.length - 1]],
    ]);
  });

  it('a file without read permission is unreadable', () => {
    const locked = join(fresh('esr-locked-'), 'locked.txt');
    writeFileSync(locked, readFileSync(seed000));
    chmodSync(locked, 0o000);
    chmodSync(join(locked, '..'), 0o755);
    // root reads anything, so as root the check runs as the unprivileged user `nobody`.
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, locked]] : [process.execPath, [bin, locked]];
    const run = spawnSync(command[0] as string, command[1] as string[], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).diagnostics[0]).toEqual({ severity: 'error', rule: 'unreadable', message: 'Permission denied' });
  });

  it('a 5 MB single line and pathological lines give a result', () => {
    const line = 'Projektin nimi: ' + 'a'.repeat(5 * 1024 * 1024);
    const result = parse(`1. Projekti\n\n${line}\n`, { template: 'esr-2007-2013' });
    expect(result.record!.project.name!.length).toBe(5 * 1024 * 1024);
    expect(parse(':'.repeat(100_000)).ok).toBe(false);
    expect(parse(' '.repeat(1024 * 1024)).diagnostics[0].rule).toBe('empty-file');
    expect(parse('1. Projekti\n'.repeat(10_000)).diagnostics[0].rule).toBe('unknown-template');
    // As a description: the first is the heading, the 9,999 repeats stay as one unmapped paragraph.
    const repeated = parse('1. Projekti\n'.repeat(10_000), { template: 'esr-2007-2013' });
    expect(repeated.unmapped).toHaveLength(1);
    expect(repeated.unmapped[0].value.split('\n')).toHaveLength(9_999);
  });

  it('an internal fault becomes that file’s internal-error result', () => {
    const hostile = new Proxy(new Uint8Array(4), {
      get(target, key) {
        if (key === 'length' || key === 'byteLength') throw new Error('boom');
        return Reflect.get(target, key);
      },
    });
    const { result } = analyseSafely(hostile, { file: 'hostile.txt' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0].rule).toBe('internal-error');
    expect(result.diagnostics[0].message).toMatch(/^Internal error while parsing: /);
  });

  it('standard input among files, with -', async () => {
    const { stdout } = await runCli(['--format', 'ndjson', good, '-'], { stdin: readFileSync(`${root}fixtures/seeds/004_3bb6e26593869c78.txt`) });
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([good, '<stdin>']);
  });

  it('a directory without descriptions is a usage error, like a glob that matches nothing', async () => {
    const emptyDir = fresh('esr-empty-');
    const { code, stderr } = await runCli([emptyDir]);
    expect(code).toBe(2);
    expect(stderr).toContain('No *.txt file in the directory');
  });

  it('directories are recursed in path order', async () => {
    const tree = fresh('esr-tree-');
    mkdirSync(join(tree, 'b/c'), { recursive: true });
    for (const name of ['b/c/z.txt', 'a.txt', 'b/y.txt', 'b/ignored.md']) writeFileSync(join(tree, name), readFileSync(seed000));
    const { stdout } = await runCli(['--format', 'ndjson', tree]);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).file.slice(tree.length + 1))).toEqual(['a.txt', 'b/c/z.txt', 'b/y.txt']);
  });
});

describe('output safety', () => {
  it('--out-dir never overwrites an input, and says so', async () => {
    const dir = fresh('esr-clobber-');
    const input = join(dir, 'description.json');
    writeFileSync(input, readFileSync(seed000));
    const { code, stdout, stderr } = await runCli(['--out-dir', dir, input]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('write-failed');
    expect(readFileSync(input)).toEqual(readFileSync(seed000));
  });

  it('--out-dir that cannot be written is a diagnostic, not a crash', async () => {
    const file = join(fresh('esr-notdir-'), 'a-file');
    writeFileSync(file, 'x');
    const { code, stderr } = await runCli(['--out-dir', join(file, 'sub'), seed000]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot write .* write-failed/);
  });

  it('labels such as __proto__ are ordinary data', () => {
    const result = parse(readFixture('fixtures/variations/prototype-labels.txt'));
    expect(result.unmapped.map((u) => u.label)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.record)).toBe(Object.prototype);
    expect(result.record!.project.name).toBe('Erikoiset nimiöt');
  });

  it('a closed pipe (| head) ends quietly: no stack trace, exit 0', async () => {
    const dir = fresh('esr-pipe-');
    const text = readFileSync(seed000);
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.txt`), text);
    const child = spawn(process.execPath, [bin, '--format', 'ndjson', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a closed pipe with -o or --tables: the files are written whole, the exit code the batch\'s (round 51 audit C3: they stopped at the first file, exit 0)', async () => {
    const dir = fresh('esr-pipe-files-');
    const text = readFileSync(seed000);
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.txt`), text);
    writeFileSync(join(dir, 'zz-empty.txt'), '');
    const tables = join(fresh('esr-pipe-tables-'), 't');
    const out = join(fresh('esr-pipe-out-'), 'o');
    for (const args of [['-q', '--format', 'ndjson', '--tables', tables, dir], ['-q', '--format', 'csv', '-o', out, dir]]) {
      const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr, args.join(' ')).toBe('');
      // (The empty file failed: exit 1, as without the pipe.)
      expect(code, args.join(' ')).toBe(1);
    }
    // (The same tables as a run whose output is read to the end.)
    const whole = join(fresh('esr-pipe-whole-'), 't');
    spawnSync(process.execPath, [bin, '-q', '--format', 'ndjson', '--tables', whole, dir], { stdio: ['ignore', 'ignore', 'ignore'] });
    expect(readFileSync(join(tables, 'records.csv'), 'utf8')).toBe(readFileSync(join(whole, 'records.csv'), 'utf8'));
    expect(readFileSync(join(tables, 'records.csv'), 'utf8').match(/d\d{3}\.txt/gu)).toHaveLength(300);
    expect(readdirSync(out)).toHaveLength(301);
  });

  it('output that cannot be written (a full disk) is said as such, not as an internal error (round 51 audit C5)', () => {
    const full = openSync('/dev/full', 'w');
    const child = spawnSync(process.execPath, [bin, '-q', seed000], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/^esr-parse: cannot write the output: ENOSPC/u);
  });

  it('standard input that is a directory is unreadable, not an empty file (round 51 audit C6)', () => {
    const dir = openSync(fresh('esr-stdin-dir-'), 'r');
    const child = spawnSync(process.execPath, [bin, '-q', '-'], { stdio: [dir, 'pipe', 'pipe'], encoding: 'utf8' });
    closeSync(dir);
    expect(child.status).toBe(1);
    const result = JSON.parse(child.stdout) as Result;
    expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([['unreadable', 'Standard input: Is a directory, not a file']]);
  });

  it('a result longer than V8\'s longest string is that file\'s internal-error result, the others written (round 51 audit C1: the run ended, its JSON cut)', () => {
    const analysis = analyseSafely(readFileSync(seed000), { file: 'big.txt' });
    (analysis.result.record as unknown as { toJSON(): never }).toJSON = () => {
      throw new RangeError('Invalid string length');
    };
    const outcome = outcomeOf(analysis, { minimum: 'warning', indent: 2 });
    expect(outcome.failed).toBe(true);
    const written = JSON.parse(outcome.data) as Result;
    expect(written.record).toBeNull();
    expect(written.source.bytes).toBe(readFileSync(seed000).length);
    expect(written.diagnostics.map((d) => [d.rule, d.message])).toEqual([['internal-error', 'The result is too large to write as one JSON text (Invalid string length); read the file without --tree and --pretty']]);
  });

  it('the most non-blank lines a text may have is the same in every thread (1,050,000 at most; round 51 audit C2)', () => {
    expect(maxLines()).toBeLessThanOrEqual(1_050_000);
  });
});
