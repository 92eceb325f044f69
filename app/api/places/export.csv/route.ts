// GET /api/places/export.csv — open data: the whole services directory as CSV (UTF-8 with BOM).
import { placesCsv } from '@/lib/services/open-data';
import { route } from '@/server/route';
import { exportPlaces } from '@/server/services/queries';

export const GET = route(async () => {
  const places = await exportPlaces();
  return new Response(placesCsv(places), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="tien-ich.csv"',
      'Cache-Control': 'public, max-age=300',
    },
  });
});
