// Empties the front cache of public pages in this process (server/http/front-cache.ts), if the
// production server runs one. Call it right after revalidatePath() when an editor saves.
const FRONT_CACHE_KEY = Symbol.for('congdanso.frontCache');

export function publicPagesChanged(): void {
  const cache = (globalThis as Record<symbol, { clear?: () => void } | undefined>)[FRONT_CACHE_KEY];
  cache?.clear?.();
}
