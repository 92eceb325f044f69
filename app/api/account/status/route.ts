// GET /api/account/status — the header of a shared (cached) page asks whether the browser is signed in, how many notifications are unread and whether to link the back office.
import { NextResponse } from 'next/server';
import { headerStatus } from '@/server/accounts/header-status';
import { getCurrentUser } from '@/server/session';
import { route } from '@/server/route';

export const GET = route(async () => {
  const status = await headerStatus(await getCurrentUser());
  return NextResponse.json(status, { headers: { 'Cache-Control': 'private, no-store' } });
});
