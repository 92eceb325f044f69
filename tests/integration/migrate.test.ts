import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations, createMigration, migrationsDir, schemaPath } from '../../scripts/lib/migrate';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const INIT = '20261129000000_init';
const created: string[] = [];
const tempDirs: string[] = [];

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database and returns its name and URL. */
async function createDatabase(): Promise<{ name: string; url: string }> {
  const name = `migrate_test_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A temporary copy of the project's migrations and schema, for tests that write migrations. */
async function tempProject() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'migrate-test-'));
  tempDirs.push(dir);
  const paths = { migrationsDir: path.join(dir, 'migrations'), schemaPath: path.join(dir, 'schema.prisma') };
  await cp(migrationsDir, paths.migrationsDir, { recursive: true });
  await cp(schemaPath, paths.schemaPath);
  return paths;
}

afterAll(async () => {
  await admin(async (c) => {
    for (const name of created) {
      // Also catches a shadow database left behind by a failed run.
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $1 || '\\_shadow\\_%'`,
        [name],
      );
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

describe('offline migrations', { timeout: 60_000 }, () => {
  it('applies the migrations once, then is a no-op', async () => {
    const db = await createDatabase();

    const applied = await applyMigrations(db.url);
    expect(applied).toContain(INIT);
    const [tables] = await query<{ user: string | null; migrations: string | null }>(
      db.url,
      `SELECT to_regclass('public."User"')::text AS user, to_regclass('public._prisma_migrations')::text AS migrations`,
    );
    expect(tables).toEqual({ user: '"User"', migrations: '_prisma_migrations' });
    const rows = await query<{ migration_name: string }>(
      db.url,
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    expect(rows.map((r) => r.migration_name)).toContain(INIT);
    const [search] = await query<{ plain: string }>(db.url, `SELECT public.f_unaccent('Đăng ký khai sinh') AS plain`);
    expect(search?.plain).toBe('Dang ky khai sinh');

    expect(await applyMigrations(db.url)).toEqual([]);
  });

  it('creates a migration for a schema change and none when nothing changed', async () => {
    const db = await createDatabase();
    const paths = await tempProject();
    const history = await readdir(paths.migrationsDir);

    expect(await createMigration('nothing', db.url, paths)).toBeNull();
    expect(await readdir(paths.migrationsDir)).toEqual(history);

    const schema = await readFile(paths.schemaPath, 'utf8');
    await writeFile(
      paths.schemaPath,
      `${schema}\nmodel MigrateTestWidget {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n`,
    );
    const folder = await createMigration('Add widget', db.url, paths);
    expect(folder).not.toBeNull();
    expect(path.dirname(folder!)).toBe(paths.migrationsDir);
    expect(path.basename(folder!)).toMatch(/^\d{14}_add_widget$/);
    const sql = await readFile(path.join(folder!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "MigrateTestWidget"');
    expect(sql).toMatch(/"name" TEXT NOT NULL/);
    expect(sql).toContain('CONSTRAINT "MigrateTestWidget_pkey" PRIMARY KEY ("id")');
    // Only the difference: the tables of the history are not created again.
    expect(sql).not.toContain('CREATE TABLE "User"');

    // The new migration applies, after which the schema and the history agree again.
    expect(await applyMigrations(db.url, paths)).toEqual(expect.arrayContaining([INIT, path.basename(folder!)]));
    const [widget] = await query<{ t: string | null }>(
      db.url,
      `SELECT to_regclass('public."MigrateTestWidget"')::text AS t`,
    );
    expect(widget?.t).toBe('"MigrateTestWidget"');
    expect(await createMigration('again', db.url, paths)).toBeNull();

    const shadows = await admin((c) =>
      c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 || '\\_shadow\\_%'`, [db.name]),
    );
    expect(shadows.rows).toEqual([]);
  });

  // The engine reads pg_constraint.contype (PostgreSQL's "char" type) for CHECK and EXCLUDE
  // constraints, and PostgreSQL 18 lists every NOT NULL column there too: it used to panic on it.
  it('reads a history with CHECK and EXCLUDE constraints', async () => {
    const db = await createDatabase();
    const paths = await tempProject();
    const extra = path.join(paths.migrationsDir, '29991231000000_constraints');
    await mkdir(extra);
    await writeFile(
      path.join(extra, 'migration.sql'),
      'ALTER TABLE "User" ADD CONSTRAINT "User_email_check" CHECK (length("email") > 0);\n' +
        'ALTER TABLE "User" ADD CONSTRAINT "User_email_excl" EXCLUDE USING btree ("email" WITH =);\n',
    );

    // Prisma does not model these constraints: no difference, and no migration dropping them.
    expect(await createMigration('nothing', db.url, paths)).toBeNull();
    expect(await applyMigrations(db.url, paths)).toContain('29991231000000_constraints');
    const constraints = await query<{ conname: string; contype: string }>(
      db.url,
      `SELECT conname, contype FROM pg_constraint WHERE conname IN ('User_email_check', 'User_email_excl') ORDER BY conname`,
    );
    expect(constraints).toEqual([
      { conname: 'User_email_check', contype: 'c' },
      { conname: 'User_email_excl', contype: 'x' },
    ]);
  });

  it('names a failing migration and leaves nothing of it behind', async () => {
    const db = await createDatabase();
    const paths = await tempProject();
    const bad = path.join(paths.migrationsDir, '29991231000000_broken');
    await mkdir(bad);
    await writeFile(path.join(bad, 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n');

    const error = await applyMigrations(db.url, paths).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('29991231000000_broken');
    expect((error as Error).message).not.toContain('\n');
    const [half] = await query<{ t: string | null }>(db.url, `SELECT to_regclass('public."Half"')::text AS t`);
    expect(half?.t).toBeNull();
  });

  it('turns an engine panic into a one-line error, then keeps working', async () => {
    const db = await createDatabase();
    const paths = await tempProject();
    // A panic on demand: the engine unwraps the type of every constraint it lists; give it none.
    let injected = false;
    const original = pg.Pool.prototype.query;
    const spy = vi.spyOn(pg.Pool.prototype, 'query').mockImplementation(function (this: pg.Pool, ...args: unknown[]) {
      const config = args[0] as { text?: string; values?: unknown[] } | undefined;
      if (config && typeof config === 'object' && config.text?.includes('AS constraint_type')) {
        injected = true;
        config.text = `SELECT 'public'::name AS namespace, 'User'::name AS table_name, 'x'::name AS constraint_name,
          NULL::"char" AS constraint_type, '' AS constraint_definition, false AS is_deferrable, false AS is_deferred`;
        config.values = [];
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);
    let error: unknown;
    try {
      error = await createMigration('boom', db.url, paths).then(
        () => null,
        (e: unknown) => e,
      );
    } finally {
      spy.mockRestore();
    }
    expect(injected).toBe(true);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Schema engine panicked at \S+\.rs:\d+:\d+: .*constraint_type/);
    expect((error as Error).message).not.toContain('\n');
    const shadows = await admin((c) =>
      c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 || '\\_shadow\\_%'`, [db.name]),
    );
    expect(shadows.rows).toEqual([]);

    // The next run is not affected.
    expect(await createMigration('nothing', db.url, paths)).toBeNull();
    expect(await applyMigrations(db.url, paths)).toContain(INIT);
  });
});
