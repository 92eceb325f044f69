import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CAMPAIGN_MEMBER_COUNT } from '@/prisma/seed/campaign';
import { DEMO_RESPONDENT_COUNT } from '@/prisma/seed/consultations';

// The database commands as a developer types them (npm run db:migrate, db:seed, db:import-units),
// against a database of their own on the test server.
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const name = `cli_test_${randomBytes(5).toString('hex')}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
let tmp = '';

async function sql<T extends pg.QueryResultRow>(connectionString: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

function dbCommand(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      path.resolve('node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/db.ts', ...args],
      { env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

beforeAll(async () => {
  await sql(adminUrl, `CREATE DATABASE "${name}"`);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cli-test-'));
});
afterAll(async () => {
  await sql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await rm(tmp, { recursive: true, force: true });
});

describe('database commands', () => {
  it('db:migrate applies the migrations, then reports the database up to date', async () => {
    const first = await dbCommand('migrate');
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('Applied: 20261129000000_init');
    const second = await dbCommand('migrate');
    expect(second.out).toContain('The database is up to date.');
  }, 120_000);

  it('db:seed fills an empty database once', async () => {
    const first = await dbCommand('seed');
    expect(first.out).toContain('Seeded demo data (7 accounts).');
    const again = await dbCommand('seed');
    expect(again.out).toContain('already has data');
    const [row] = await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM "User"');
    // The 7 demo accounts, the demo respondents of the consultations and the members of the
    // campaign's demo units, once.
    expect(Number(row!.n)).toBe(7 + DEMO_RESPONDENT_COUNT + DEMO_CAMPAIGN_MEMBER_COUNT);
  }, 120_000);

  it('db:import-units loads the official list, and a bad file changes nothing', async () => {
    const good = path.join(tmp, 'units.csv');
    await writeFile(
      good,
      'code,name,level,parent_code,name_en\n79,Thành phố Hồ Chí Minh,thanh-pho,,Ho Chi Minh City\n26734,Phường Sài Gòn,phuong,79,Sài Gòn Ward\n',
    );
    const ok = await dbCommand('import-units', good);
    expect(ok.out).toContain('Imported 2 administrative units.');
    const rows = await sql<{ code: string; name: string; source: string }>(
      url,
      `SELECT code, name, source FROM "AdministrativeUnit" WHERE source = 'OFFICIAL' ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: '26734', name: 'Phường Sài Gòn', source: 'OFFICIAL' },
      { code: '79', name: 'Thành phố Hồ Chí Minh', source: 'OFFICIAL' },
    ]);

    const bad = path.join(tmp, 'bad.csv');
    await writeFile(bad, 'code,name,level\n26735,Phường Mới,phuong\n26736,,phuong\n');
    const refused = await dbCommand('import-units', bad);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain('line 3: name is missing');
    expect(await sql(url, `SELECT 1 FROM "AdministrativeUnit" WHERE code = '26735'`)).toHaveLength(0);
  }, 120_000);

  it('db:migration:new writes nothing when the schema has not changed', async () => {
    const r = await dbCommand('new-migration', 'nothing_changed');
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('prisma/schema.prisma has no changes: no migration written.');
  }, 120_000);

  it('an unknown command says which ones exist', async () => {
    const r = await dbCommand('frobnicate');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('use migrate, new-migration, seed or import-units');
  }, 60_000);
});
