import { placeQuerySchema, type PlaceQuery } from '@/lib/validation/services';

const EMPTY: PlaceQuery = {
  q: '',
  type: undefined,
  ward: undefined,
  open: false,
  lat: undefined,
  lng: undefined,
  page: 1,
  size: 20,
};

/**
 * The search page's query: what is valid is kept; bad coordinates (not numbers, one without the
 * other, outside the city) are dropped and named, so the page still answers with a notice; a bad
 * page number becomes page 1. (A refused field stops the object's own checks, so this parses
 * again after each removal.)
 */
export function parsePlaceSearch(raw: Record<string, string | string[] | undefined>): {
  query: PlaceQuery;
  problems: string[];
} {
  const input: Record<string, unknown> = { ...raw };
  const problems = new Set<string>();
  for (let round = 0; round < 4; round++) {
    const parsed = placeQuerySchema.safeParse(input);
    if (parsed.success) return { query: parsed.data, problems: [...problems] };
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key === 'lat' || key === 'lng') {
        problems.add(issue.message);
        input.lat = undefined;
        input.lng = undefined;
      } else input[key] = undefined;
    }
  }
  return { query: EMPTY, problems: [...problems] };
}
