// Page arithmetic shared by every paged list and its links. Pages count from 1; an empty list
// still has one page, so "page 1 of 1" never becomes "page 1 of 0".

/** How many pages `total` items fill, at least one. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The rows of one page, as Prisma's `skip`/`take` (SQL's OFFSET/LIMIT). */
export function pageSlice(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** A page number brought into 1…pages. */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(1, Math.trunc(page) || 1), Math.max(1, pages));
}

/**
 * The page count of a list and whether the page asked for is past its end (a list then shows
 * "no page N" rather than an empty page).
 */
export function pageInfo(
  total: number,
  page: number,
  pageSize: number,
): { page: number; pages: number; pastEnd: boolean } {
  const pages = pageCount(total, pageSize);
  return { page, pages, pastEnd: page > pages };
}

/** The previous and next page of `page`, or null where there is none. */
export function pageNeighbours(page: number, pages: number): { prev: number | null; next: number | null } {
  return { prev: page > 1 ? page - 1 : null, next: page < pages ? page + 1 : null };
}

/** The `page` query parameter: a whole number from 1, anything else is page 1. */
export function parsePage(raw: unknown): number {
  const n = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, n);
}
