// GET /api/places/export.geojson — open data: the whole services directory as a GeoJSON FeatureCollection.
import { placesGeoJson } from '@/lib/services/open-data';
import { route } from '@/server/route';
import { exportPlaces } from '@/server/services/queries';

export const GET = route(async () => {
  const places = await exportPlaces();
  return new Response(JSON.stringify(placesGeoJson(places)), {
    headers: {
      'Content-Type': 'application/geo+json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="tien-ich.geojson"',
      'Cache-Control': 'public, max-age=300',
    },
  });
});
