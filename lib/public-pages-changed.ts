// Empties the front cache of public pages in this process (server/http/front-cache.ts), if the
// production server runs one, and whatever else this process keeps of public content
// (onPublicPagesChanged). Call it right after revalidatePath() when an editor saves.
const FRONT_CACHE_KEY = Symbol.for('congdanso.frontCache');
const LISTENERS_KEY = Symbol.for('congdanso.publicPagesChangedListeners');

function listeners(): Set<() => void> {
  const store = globalThis as Record<symbol, Set<() => void> | undefined>;
  return (store[LISTENERS_KEY] ??= new Set());
}

/** Runs `listener` whenever public content changes in this process (a save here or on another instance). */
export function onPublicPagesChanged(listener: () => void): void {
  listeners().add(listener);
}

export function publicPagesChanged(): void {
  const cache = (globalThis as Record<symbol, { clear?: () => void } | undefined>)[FRONT_CACHE_KEY];
  cache?.clear?.();
  for (const listener of listeners()) listener();
}
