// WEB_CONCURRENCY: how many workers the production server runs (scripts/serve.ts).

/** A whole number of workers from 1 to 64; unset or empty, one per core. */
export function workerCount(value: string | undefined, cores: number): number {
  if (value === undefined || value.trim() === '') return Math.max(1, cores);
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 64)
    throw new Error(`WEB_CONCURRENCY must be a whole number of workers from 1 to 64 (got "${value}").`);
  return Number(value);
}
