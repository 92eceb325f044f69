import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { env } from '../env';

// Synthetic procedures (scripts/lib/synthetic-procedures.ts) exist only in benchmark databases: the
// portal shows them nowhere unless SEARCH_INCLUDE_SYNTHETIC is set, as the search benchmark does.
// This module is the one place that decides it. `hideSyntheticProcedures`, installed on the client
// in server/db.ts, adds the condition to every read of the Procedure and ProcedureSearch models, so
// a query written without thinking of them never sees them (asking for `synthetic: true` finds
// nothing either). Writes are left alone: a view counted or a clean-up reaches every row. Raw SQL
// cannot be rewritten: the search's queries (server/procedures/search.ts, the only raw SQL that
// reads these tables, as tests/unit/synthetic-procedures.test.ts checks) filter with visibleSql().

export function includeSynthetic(): boolean {
  return env().SEARCH_INCLUDE_SYNTHETIC;
}

/** The condition of a raw query over "Procedure" or "ProcedureSearch" aliased `p`: published and, outside a benchmark, real. */
export function visibleSql() {
  return includeSynthetic()
    ? Prisma.sql`p."status" = 'PUBLISHED'`
    : Prisma.sql`p."status" = 'PUBLISHED' AND NOT p."synthetic"`;
}

const READS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);

type Where = { AND?: unknown; synthetic?: unknown };

/** The query's own conditions, and not synthetic: kept at the top so findUnique still names its key. */
function realOnly(where: Where | undefined): Where {
  const and = where?.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
  return { ...where, AND: [...and, { synthetic: false }] };
}

async function scoped({
  operation,
  args,
  query,
}: {
  operation: string;
  args: unknown;
  query: (args: never) => Promise<unknown>;
}) {
  if (!READS.has(operation) || includeSynthetic()) return query(args as never);
  const withWhere = args as { where?: Where };
  return query({ ...withWhere, where: realOnly(withWhere.where) } as never);
}

export const hideSyntheticProcedures = Prisma.defineExtension({
  name: 'hide-synthetic-procedures',
  query: {
    procedure: { $allOperations: scoped },
    procedureSearch: { $allOperations: scoped },
  },
});
