import 'server-only';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { NEWS_IMAGE_MAX_BYTES } from '@/lib/validation/news';
import { env } from '../env';
import { AppError, toAppError } from '../errors';
import { isSameOrigin } from '../http/request';
import { can, type Subject } from '../permissions';
import { htmlFailure, requestLocale } from '../responses';
import { setNewsCover } from './admin';

// POST /api/admin/news/{id}/cover — the cover form of the article's back-office page, a plain
// multipart post: read at most 8 MB (and a little for the form's framing) before anything is
// decoded, then back to the article's page with `?saved=1` or `?error=<code>`.

const FRAMING = 64 * 1024;

async function readCapped(request: Request, max: number): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (declared > max)
    throw new AppError('payload_too_large', 'newsImageTooBig', { params: { mb: NEWS_IMAGE_MAX_BYTES / 1024 / 1024 } });
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new AppError('payload_too_large', 'newsImageTooBig', {
        params: { mb: NEWS_IMAGE_MAX_BYTES / 1024 / 1024 },
      });
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

async function fileOf(request: Request): Promise<Buffer> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(type)) throw new AppError('bad_request', 'notMultipart');
  const body = await readCapped(request, NEWS_IMAGE_MAX_BYTES + FRAMING);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new AppError('bad_request', 'badMultipart');
  }
  const file = form.get('file');
  if (!file || typeof file === 'string' || file.size === 0) throw new AppError('unprocessable', 'newsImageMissing');
  return Buffer.from(await file.arrayBuffer());
}

export async function handleCoverUpload(request: Request, user: Subject, id: string): Promise<Response> {
  const locale: Locale = requestLocale(request);
  const page = (query: string) =>
    new URL(
      `${getPathname({ locale, href: { pathname: '/admin/news/[id]', params: { id } } })}?${query}`,
      env().PUBLIC_URL,
    ).toString();
  const back = getPathname({ locale, href: '/admin/news' });
  if (!isSameOrigin(request)) return htmlFailure(locale, new AppError('forbidden', 'origin'), back);
  if (!user) return htmlFailure(locale, new AppError('unauthorized'), back);
  if (!can(user, 'news:manage')) return htmlFailure(locale, new AppError('forbidden'), back);
  try {
    const bytes = await fileOf(request);
    await setNewsCover(user as Subject & { id: string; role: string }, id, bytes);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'internal') throw error;
    if (appError.status === 404) return htmlFailure(locale, appError, back);
    return Response.redirect(page(`error=${encodeURIComponent(appError.error.code)}`), 303);
  }
  return Response.redirect(page('saved=1'), 303);
}
