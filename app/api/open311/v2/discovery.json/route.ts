// GET /api/open311/v2/discovery.json — Open311 GeoReport v2 service discovery (JSON only).
import { env } from '@/server/env';
import { guarded, open311Json } from '@/server/open311/format';

export const dynamic = 'force-dynamic';

/** When this interface last changed in a way clients may notice. */
const CHANGESET = '2026-11-29T00:00:00+07:00';

export async function GET(request: Request) {
  return guarded(request, async () => {
    const base = env().PUBLIC_URL;
    return open311Json({
      changeset: CHANGESET,
      contact: 'Công dân số — Ủy ban nhân dân Thành phố Hồ Chí Minh. Đường dây nóng 1022.',
      key_service: `API keys for POST requests are issued by the portal's administrators (${new URL('/vi/quan-tri/khoa-api', base).toString()}); ask the city through the 1022 hotline.`,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: new URL('/api/open311/v2', base).toString(),
          changeset: CHANGESET,
          type: 'production',
          // The spec also allows XML; this endpoint serves JSON only.
          formats: ['application/json'],
        },
      ],
    });
  });
}
