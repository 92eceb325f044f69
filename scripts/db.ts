// npm run db:migrate | db:migration:new -- <name> | db:seed | db:import-units -- <file.csv>
// Works on DATABASE_URL when set, otherwise on the embedded PostgreSQL in the data folder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations, createMigration } from './lib/migrate';
import { startEmbeddedPostgres, type EmbeddedDb } from './lib/embedded-pg';
import { dataDir, EMBEDDED_DB_NAME, EMBEDDED_PREFERRED_PORT, ensureDataDir } from './lib/project';
import { scriptClient } from './lib/db-client';
import { importUnits, parseUnitsCsv } from './lib/units-csv';
import { isEmpty, seed } from '../prisma/seed';

async function database(): Promise<{ url: string; embedded?: EmbeddedDb }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  ensureDataDir();
  const embedded = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), EMBEDDED_DB_NAME, {
    preferredPort: EMBEDDED_PREFERRED_PORT,
    quiet: true,
  });
  return { url: embedded.url, embedded };
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const { url, embedded } = await database();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await applyMigrations(url);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
        break;
      }
      case 'new-migration': {
        const name = args.join(' ').trim();
        if (!name) throw new Error('Name the migration: npm run db:migration:new -- add_reports');
        await applyMigrations(url);
        const dir = await createMigration(name, url);
        console.log(
          dir
            ? `Written: ${path.relative(process.cwd(), dir)}/migration.sql — review it, then npm run db:migrate`
            : 'prisma/schema.prisma has no changes: no migration written.',
        );
        break;
      }
      case 'seed': {
        // --procedures N (or --procedures=N): also add N synthetic procedures, for benchmarks.
        const at = args.findIndex((a) => a === '--procedures' || a.startsWith('--procedures='));
        const rawCount = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
        const syntheticCount = rawCount === undefined ? 0 : Number(rawCount);
        if (at >= 0 && !(Number.isInteger(syntheticCount) && syntheticCount > 0 && syntheticCount <= 999_999)) {
          throw new Error('Give the number of synthetic procedures to add: npm run db:seed -- --procedures 50000');
        }
        await applyMigrations(url);
        const db = scriptClient(url);
        try {
          if (!(await isEmpty(db)) && !args.includes('--force')) {
            console.log('The database already has data: demo data not seeded (add --force to add missing demo rows).');
          } else {
            const { users } = await seed(db);
            console.log(`Seeded demo data (${users} accounts).`);
          }
          if (syntheticCount) {
            const { insertSyntheticProcedures } = await import('./lib/synthetic-procedures');
            const started = performance.now();
            const progress = (done: number, total: number) =>
              process.stdout.isTTY && process.stdout.write(`\rSynthetic procedures: ${done} / ${total}`);
            const added = await insertSyntheticProcedures(db, syntheticCount, progress);
            if (process.stdout.isTTY) process.stdout.write('\n');
            await db.$executeRawUnsafe('VACUUM ANALYZE "Procedure", "ProcedureSearch"');
            console.log(
              `Added ${added} synthetic procedures (marked synthetic, codes SYN.…) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
            );
          }
        } finally {
          await db.$disconnect();
        }
        break;
      }
      case 'import-units': {
        const file = args[0];
        if (!file) throw new Error('Give the CSV file: npm run db:import-units -- units.csv');
        const rows = parseUnitsCsv(readFileSync(file, 'utf8'));
        await applyMigrations(url);
        const db = scriptClient(url);
        try {
          console.log(`Imported ${await importUnits(db, rows)} administrative units.`);
        } finally {
          await db.$disconnect();
        }
        break;
      }
      default:
        throw new Error(`Unknown command "${command ?? ''}": use migrate, new-migration, seed or import-units.`);
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
