// Called by this instance's own production server when another instance reports an editor's save
// (server/http/pages-changed.ts): the same refresh the saving instance ran. Not for browsers: it
// takes no Origin, only the token derived from AUTH_SECRET that the instances share. Also called by
// this instance's alert clock (server/http/alert-clock.ts) when an alert starts or runs out: every
// page carries the alert banner, so every page is refreshed (docs/decisions/026).
import { env } from '@/server/env';
import { isPagesChangedToken, PAGES_CHANGED_HEADER } from '@/server/http/pages-changed';
import { refreshPublicPagesHere } from '@/server/procedures/refresh';
import { refreshAlertPagesHere } from '@/server/alerts/refresh';
import { jsonError } from '@/server/responses';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => {
  if (!isPagesChangedToken(env().AUTH_SECRET, request.headers.get(PAGES_CHANGED_HEADER))) {
    return jsonError(request, 'forbidden');
  }
  refreshPublicPagesHere();
  refreshAlertPagesHere();
  return new Response(null, { status: 204 });
});
