// GET/POST /api/auth/* — Auth.js endpoints (OpenID Connect redirects and callbacks, session, sign-out).
import type { NextRequest } from 'next/server';
import { handlers } from '@/server/auth';
import { isSameOrigin } from '@/server/http/request';
import { jsonError } from '@/server/responses';
import { route } from '@/server/route';

export const GET = route((request: NextRequest) => handlers.GET(request));

export const POST = route(async (request: NextRequest) => {
  if (!isSameOrigin(request)) return jsonError(request, 'forbidden', 'origin');
  return handlers.POST(request);
});
