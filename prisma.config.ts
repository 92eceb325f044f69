import { defineConfig } from 'prisma/config';

// DATABASE_URL is optional here: `prisma generate` must work on a fresh clone
// before any database exists. Migrations run through scripts/db.ts instead.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/cong_dan_so' },
});
