import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { cityDay } from '@/lib/reports/deadline';

/** The next tracking code, e.g. PA-2026-000123 (one city-wide sequence; the year of creation). */
export async function nextReportCode(tx: Prisma.TransactionClient, at = new Date()): Promise<string> {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('report_number_seq') AS n`;
  return `PA-${cityDay(at).slice(0, 4)}-${String(row!.n).padStart(6, '0')}`;
}

export const REPORT_CODE_PATTERN = /^PA-\d{4}-\d{6,}$/;
