// npm start's preparation, run as a child process of the supervisor (scripts/start.ts) so that the
// supervisor never loads Prisma, the migration engine, the seed data or the build tools
// (docs/decisions/030-speed.md): the configuration checked, pending migrations applied, demo data
// in an empty database, a production build if the sources changed. Exits when done; DATABASE_URL
// and the rest of the environment come from the supervisor.
//   tsx --conditions=react-server scripts/prepare.ts [--dev]
import { mailDeliveryWarning, parseEnv } from '../lib/env-schema';
import { applyMigrations } from './lib/migrate';
import { buildIfNeeded, distDir } from './lib/build';
import { scriptClient } from './lib/db-client';
import { isEmpty, seed } from '../prisma/seed';

const dev = process.argv.includes('--dev');

async function main() {
  const env = process.env;
  // One clear line per configuration mistake, before anything else happens.
  const parsed = parseEnv(env);
  // The production server prints this itself; `next dev` does not run it.
  const mailWarning = dev ? mailDeliveryWarning(parsed) : null;
  if (mailWarning) console.warn(mailWarning);

  const applied = await applyMigrations(env.DATABASE_URL!);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const db = scriptClient(env.DATABASE_URL!);
  try {
    if (await isEmpty(db)) {
      const { users } = await seed(db);
      console.log(`Seeded demo data (${users} accounts; see README).`);
    }
  } finally {
    await db.$disconnect();
  }
  if (!dev) await buildIfNeeded(env, distDir('app'));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
