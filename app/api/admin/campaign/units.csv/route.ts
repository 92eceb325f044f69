// GET /api/admin/campaign/units.csv — the campaign's units with their registrations, for admins (audit-logged).
import { NextResponse } from 'next/server';
import { exportUnits } from '@/server/campaign/admin';
import { AppError } from '@/server/errors';
import { route } from '@/server/route';
import { getCurrentUser } from '@/server/session';

export const GET = route(async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized');
  const csv = await exportUnits(user);
  return new NextResponse(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="cong-dan-so-don-vi.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
});
