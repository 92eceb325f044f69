// GET /api/account/data — a signed-in resident downloads everything the portal holds about them.
import { NextResponse } from 'next/server';
import { exportUserData } from '@/server/accounts/service';
import { getCurrentUser } from '@/server/session';
import { jsonError } from '@/server/responses';
import { route } from '@/server/route';

export const GET = route(async (request) => {
  const user = await getCurrentUser();
  if (!user) return jsonError(request, 'unauthorized');
  const data = await exportUserData(user.id);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="cong-dan-so-${new Date().toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
