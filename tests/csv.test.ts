import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvHeader, CsvWriter, recordColumns } from '../src/format/csv.js';
import { emptyRecord } from '../src/record/empty.js';
import type { Result } from '../src/record/schema.js';
import { runCli } from './helpers/cli.js';
import { descriptionFixtures, parseFixture, root } from './helpers/fixtures.js';

/** The record's leaves that one cell can hold: scalars and lists of scalars (lists of objects are tables). */
function cellLeaves(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [prefix];
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => cellLeaves(child, prefix ? `${prefix}.${key}` : key));
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const reader = await connection.runAndReadAll(sql);
  const rows = reader.getRowObjectsJson() as Record<string, unknown>[];
  connection.closeSync();
  return rows;
}

describe('--format csv columns', () => {
  it('are file, ok, template, then the record leaves in schema order', () => {
    // A new record field adds a column; nothing else moves them.
    expect(csvHeader).toHaveLength(99);
    expect(csvHeader.slice(0, 8)).toEqual(['file', 'ok', 'template', 'programmePeriod', 'fund', 'project.code', 'project.euraId', 'project.name']);
    expect(csvHeader).toContain('project.period.start');
    expect(csvHeader).toContain('funding.plannedPublicTotal');
    expect(csvHeader).toContain('indicators.participants.planned.total');
    expect(csvHeader).toContain('targetArea.municipalityCodes');
    expect(csvHeader).not.toContain('organisation.coImplementers');
    expect(new Set(csvHeader).size).toBe(csvHeader.length);
  });

  it('cover every leaf of the record except the lists of objects and the repeated template', () => {
    const objectLists = ['organisation.coImplementers', 'organisation.transferRecipients', 'horizontalPrinciples.sustainableDevelopment', 'projectPage.roles'];
    const expected = cellLeaves(emptyRecord('esr-2007-2013')).filter((p) => p !== 'template' && !objectLists.includes(p));
    // Leaves that are null objects in the empty record (priorityAxis, status…) expand in the schema.
    const columns = recordColumns.map((c) => c.path);
    for (const leaf of expected) expect(columns.some((c) => c === leaf || c.startsWith(`${leaf}.`)), leaf).toBe(true);
    expect(columns.every((c) => expected.some((leaf) => c === leaf || c.startsWith(`${leaf}.`)))).toBe(true);
  });
});

describe('CsvWriter', () => {
  const result = parseFixture('fixtures/seeds/000_ddad63b48901b7a4.txt');

  it('rfc4180: commas, CRLF, quotes around commas, quotes and line breaks, no BOM', () => {
    const writer = new CsvWriter('rfc4180');
    expect(writer.header()).toMatch(/^file,ok,template,programmePeriod,/);
    expect(writer.header().endsWith('\r\n')).toBe(true);
    expect(writer.line(['a,b', 'say "x"', 'two\nlines', null, 3, true])).toBe('"a,b","say ""x""","two\nlines",,3,true\r\n');
  });

  it('excel-fi: semicolons, a BOM before the header only, CRLF', () => {
    const writer = new CsvWriter('excel-fi');
    expect(writer.header().startsWith('\uFEFFfile;ok;template;')).toBe(true);
    expect(writer.row(result).startsWith('\uFEFF')).toBe(false);
    expect(writer.line(['a;b', 'a,b'])).toBe('"a;b";a,b\r\n');
    // A spreadsheet would run these as formulas.
    expect(writer.line(['-Ryhmävalmennus', '=1+1', '@x', 'a-b'])).toBe("'-Ryhmävalmennus;'=1+1;'@x;a-b\r\n");
    expect(new CsvWriter('rfc4180').line(['-Ryhmävalmennus'])).toBe('-Ryhmävalmennus\r\n');
  });

  it('lists are one cell joined with "; ", null codes empty', () => {
    const cells = new CsvWriter().row(result);
    expect(cells).toContain(',Espoo; Hanko; Vantaa; Helsinki;');
    expect(cells).toContain(',049; 078; 092; 091;');
    expect(cells).toContain('538; ; 245'); // Nousiainen; Nummi-Pusula (no code); Kerava
  });
});

describe('esr-parse --format csv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esr-csv-'));
  const fixtures = descriptionFixtures().map((f) => root + f);

  it('writes the header and then one row as each file finishes', async () => {
    const writes: string[] = [];
    const { run } = await import('../src/cli/run.js');
    const seeds = fixtures.filter((f) => f.includes('/seeds/')).slice(0, 3);
    const code = await run(['--format', 'csv', '--quiet', ...seeds], {
      stdout: { write: (s: string | Uint8Array) => (writes.push(String(s)), true) },
      stderr: { write: () => true },
      stdinIsTTY: true,
      readStdin: async () => new Uint8Array(),
    });
    expect(code).toBe(0);
    expect(writes).toHaveLength(4);
    expect(writes[0]).toBe(new CsvWriter().header());
    expect(writes.slice(1).map((w) => w.slice(0, w.indexOf(',')))).toEqual(seeds);
    expect(writes.slice(1).every((w) => w.endsWith('\r\n'))).toBe(true);
  });

  it('writes only the header for no results, and reads back in DuckDB as the JSON says, in both dialects', async () => {
    const json = await runCli(['--format', 'ndjson', '--quiet', ...fixtures]);
    const results: Result[] = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const [dialect, delimiter] of [
      ['rfc4180', ','],
      ['excel-fi', ';'],
    ] as const) {
      const { stdout } = await runCli(['--format', 'csv', '--csv-dialect', dialect, '--quiet', ...fixtures]);
      expect(stdout.split('\r\n').length).toBeGreaterThan(results.length);
      expect(stdout.startsWith('\uFEFF')).toBe(dialect === 'excel-fi');
      const file = join(dir, `${dialect}.csv`);
      writeFileSync(file, stdout);
      const rows = await query(
        `select file, ok, template, "project.code" as code, "targetArea.municipalities" as municipalities, "indicators.participants.planned.total" as planned, "summary" as summary
         from read_csv('${file}', delim='${delimiter}', header=true, all_varchar=true, quote='"', escape='"') order by file`,
      );
      const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : 1));
      expect(rows.map((r) => r.file)).toEqual(sorted.map((r) => r.file));
      for (const [i, r] of sorted.entries()) {
        expect(rows[i].ok).toBe(String(r.ok));
        expect(rows[i].template).toBe(r.template ?? null);
        expect(rows[i].code).toBe(r.record?.project.code ?? null);
        expect(rows[i].municipalities).toBe(r.record?.targetArea.municipalities.length ? r.record.targetArea.municipalities.join('; ') : null);
        const planned = r.record?.indicators.participants.planned?.total;
        expect(rows[i].planned).toBe(planned === undefined || planned === null ? null : String(planned));
        expect(rows[i].summary).toBe(r.record?.summary ?? null);
      }
    }
    const empty = await runCli(['--format', 'csv', join(dir, 'none.txt')]);
    expect(empty.stdout.split('\r\n')[0]).toBe(csvHeader.join(','));
  }, 60_000);

  it('rejects an unknown dialect as a usage error', async () => {
    const { code, stderr } = await runCli(['--format', 'csv', '--csv-dialect', 'tsv', fixtures[0]]);
    expect(code).toBe(2);
    expect(stderr).toContain('tsv');
  });
});

