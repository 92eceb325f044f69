// Called by this instance's own production server when another instance reports an editor's save
// (server/http/pages-changed.ts): the same refresh the saving instance ran. Not for browsers: it
// takes no Origin, only the token derived from AUTH_SECRET that the instances share.
import { env } from '@/server/env';
import { isPagesChangedToken, PAGES_CHANGED_HEADER } from '@/server/http/pages-changed';
import { refreshPublicPagesHere } from '@/server/procedures/refresh';
import { jsonError } from '@/server/responses';
import { route } from '@/server/route';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => {
  if (!isPagesChangedToken(env().AUTH_SECRET, request.headers.get(PAGES_CHANGED_HEADER))) {
    return jsonError(request, 'forbidden');
  }
  refreshPublicPagesHere();
  return new Response(null, { status: 204 });
});
