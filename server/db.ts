import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from './env';
import { databaseOutage, isDatabaseUnavailable, ServiceUnavailableError } from './http/outage';
import { hideSyntheticProcedures } from './procedures/synthetic';

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10, connectionTimeoutMillis: 5000 });
  // A password hash never leaves server/: it is omitted unless a query asks for it by name.
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  const watched = client
    .$extends({
      name: 'outage',
      query: {
        // A lost database becomes one recognisable error (503 for route handlers, the "temporarily
        // unavailable" page for pages), and the first query that works again ends the outage.
        async $allOperations({ args, query }) {
          const startedAt = Date.now();
          try {
            const result = await query(args);
            databaseOutage.succeeded();
            return result;
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            databaseOutage.failed(error, startedAt);
            throw new ServiceUnavailableError(error);
          }
        },
      },
    })
    .$extends(hideSyntheticProcedures);
  // The extensions change no query's shape: the rest of server/ keeps the plain client's types.
  return watched as unknown as typeof client;
}

const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };

export const db = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;

export type Db = typeof db;
