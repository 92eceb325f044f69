import { placeQuerySchema, type PlaceQuery } from '@/lib/validation/services';

/**
 * The search page's query: what is valid is kept; bad coordinates (not numbers, one without the
 * other, outside the city) are dropped and named, so the page still answers with a notice; a bad
 * page number becomes page 1.
 */
export function parsePlaceSearch(raw: Record<string, string | string[] | undefined>): {
  query: PlaceQuery;
  problems: string[];
} {
  const parsed = placeQuerySchema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, problems: [] };
  const problems = [
    ...new Set(parsed.error.issues.filter((i) => i.path[0] === 'lat' || i.path[0] === 'lng').map((i) => i.message)),
  ];
  const badPage = parsed.error.issues.some((i) => i.path[0] === 'page' || i.path[0] === 'size');
  const again = placeQuerySchema.safeParse({
    ...raw,
    ...(problems.length ? { lat: undefined, lng: undefined } : {}),
    ...(badPage ? { page: undefined, size: undefined } : {}),
  });
  if (again.success) return { query: again.data, problems };
  return {
    query: { q: '', type: undefined, ward: undefined, open: false, lat: undefined, lng: undefined, page: 1, size: 20 },
    problems,
  };
}
