import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { descriptionYears, municipalityMembership } from '../src/derive/area-codes.js';
import { tables } from '../src/format/tables.js';
import type { Result } from '../src/record/schema.js';
import { runCli } from './helpers/cli.js';
import { descriptionFixtures, root } from './helpers/fixtures.js';

describe('esr-parse --tables DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esr-tables-'));
  const fixtures = descriptionFixtures().map((f) => root + f);
  let results: Result[] = [];
  let query: (sql: string) => Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    const json = await runCli(['--format', 'ndjson', '--quiet', '--tables', dir, ...fixtures]);
    results = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    for (const table of tables) {
      await connection.run(`create table ${table.name} as select * from read_csv('${join(dir, `${table.name}.csv`)}', header=true, all_varchar=true)`);
    }
    query = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  }, 60_000);

  it('writes every table, each with its header', () => {
    expect(readdirSync(dir).sort()).toEqual(tables.map((t) => `${t.name}.csv`).sort());
    for (const table of tables) expect(readFileSync(join(dir, `${table.name}.csv`), 'utf8').split('\r\n')[0]).toBe(table.columns.join(','));
  });

  it('has one records row per result and as many list rows as the JSON has items', async () => {
    const count = async (table: string) => Number((await query(`select count(*) as n from ${table}`))[0].n);
    const sum = (f: (r: Result) => number) => results.reduce((n, r) => n + f(r), 0);
    expect(await count('records')).toBe(results.length);
    expect(await count('municipalities')).toBe(sum((r) => r.record?.targetArea.municipalities.length ?? 0));
    expect(await count('sub_regions')).toBe(sum((r) => r.record?.targetArea.subRegions.length ?? 0));
    expect(await count('co_implementers')).toBe(sum((r) => r.record?.organisation.coImplementers.length ?? 0));
    expect(await count('sustainability')).toBe(sum((r) => r.record?.horizontalPrinciples.sustainableDevelopment.length ?? 0));
    expect(await count('diagnostics')).toBe(sum((r) => r.diagnostics.length));
    expect(await count('unmapped')).toBe(sum((r) => r.unmapped.length));
    expect(await count('co_implementers')).toBeGreaterThan(0);
  });

  it('joins on municipality codes as the JSON says: projects in Helsinki (091), with their regions', async () => {
    const rows = await query(`
      select r.file, r."project.code" as code, r."organisation.name" as organisation, m.region_code, reg.name as region
      from municipalities m
      join records r on r.file = m.file
      left join regions reg on reg.file = m.file and reg.code = m.region_code
      where m.code = '091'
      order by r.file`);
    const expected = results
      .filter((r) => r.record?.targetArea.municipalityCodes.includes('091'))
      .sort((a, b) => (a.file < b.file ? -1 : 1))
      .map((r) => ({
        file: r.file,
        code: r.record!.project.code,
        organisation: r.record!.organisation.name,
        region_code: '01',
        region: r.record!.targetArea.regions[r.record!.targetArea.regionCodes.indexOf('01')] ?? null,
      }));
    expect(expected.length).toBeGreaterThan(1);
    expect(rows).toEqual(expected);
    expect(rows.some((r) => r.region === 'Uusimaa')).toBe(true);
  });

  it('keeps indicators, diagnostics and unknown names as the JSON has them', async () => {
    const seed = results.find((r) => r.file.endsWith('000_ddad63b48901b7a4.txt'))!;
    const [indicator] = await query(`select * from indicators where file = '${seed.file}' and indicator = 'participants'`);
    const { planned, actual } = seed.record!.indicators.participants;
    expect(indicator).toMatchObject({ planned_total: String(planned!.total), planned_women: String(planned!.women), actual_total: String(actual!.total), actual_women: String(actual!.women) });
    const unknown = await query(`select m.name from municipalities m where m.file = '${seed.file}' and m.code is null order by m.position::int`);
    expect(unknown.map((r) => r.name)).toEqual(['Nummi-Pusula', 'Karjalohja', 'Suomenniemi', 'Länsi-Turunmaa']);
    const diagnostics = await query(`select rule, line from diagnostics where file = '${seed.file}' and rule = 'unknown-municipality'`);
    expect(diagnostics).toEqual(seed.diagnostics.filter((d) => d.rule === 'unknown-municipality').map((d) => ({ rule: d.rule, line: String(d.line) })));
  });

  it('the README query runs on the tables and agrees with the JSON', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Spreadsheets and databases'));
    const sql = /duckdb -c "\n([\s\S]*?)"\n```/.exec(section)![1].replaceAll("'out/", `'${dir}/`);
    const rows = await query(sql);
    // The same from the JSON: per region code of a municipality, the ok projects and their planned participants.
    const byRegion = new Map<string, { projects: number; planned: number | null }>();
    for (const r of results.filter((r) => r.ok && r.record)) {
      const codes = new Set(r.record!.targetArea.municipalityCodes.filter((c): c is string => c !== null).map((c) => municipalityMembership(c, descriptionYears(r.record!.project.period)).regionCode!));
      for (const code of codes) {
        const entry = byRegion.get(code) ?? { projects: 0, planned: null };
        entry.projects++;
        const planned = r.record!.indicators.participants.planned?.total;
        if (planned !== null && planned !== undefined) entry.planned = (entry.planned ?? 0) + planned;
        byRegion.set(code, entry);
      }
    }
    const expected = [...byRegion].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, v]) => ({ region_code: code, projects: String(v.projects), planned_participants: v.planned === null ? null : String(v.planned) }));
    expect(rows).toEqual(expected);
    expect(rows[0]).toEqual({ region_code: '01', projects: '3', planned_participants: '80' });
  });

  it('a directory that cannot be written is a located failure, not a stack trace', async () => {
    // Under a file, not a directory. (Not under /proc: Node's recursive mkdir never returns there.)
    const target = join(root, 'README.md', 'tables');
    const { code, stderr, stdout } = await runCli(['--tables', target, fixtures[0]]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`esr-parse: Cannot write the tables into ${target}: ENOTDIR`);
  });
});
