// The checks of the chaos test (scripts/chaos.ts), run once the load is over and a sweep has run.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sendWithRetries, type Job, type Tally } from './chaos-client';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

export async function check(input: {
  base: string;
  dbUrl: string;
  storageDir: string;
  jobs: Job[];
  tally: Tally;
  users: string[];
}) {
  const { base, dbUrl, storageDir, jobs, tally } = input;
  const failures: string[] = [];
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const reports = (
      await client.query<{ id: string; code: string; authorId: string; idempotencyKey: string }>(
        'SELECT id, code, "authorId", "idempotencyKey" FROM "Report" WHERE "authorId" = ANY($1)',
        [input.users],
      )
    ).rows;
    const byKey = new Map<string, typeof reports>();
    for (const r of reports)
      byKey.set(`${r.authorId}/${r.idempotencyKey}`, [...(byKey.get(`${r.authorId}/${r.idempotencyKey}`) ?? []), r]);
    const photoRows = (
      await client.query<{
        id: string;
        reportId: string;
        storageKey: string;
        promotedAt: Date | null;
        filesMissingAt: Date | null;
      }>('SELECT id, "reportId", "storageKey", "promotedAt", "filesMissingAt" FROM "ReportPhoto"')
    ).rows;

    // Every acknowledged submission: stored once, under the code given, with every photo readable.
    let storedOnce = 0;
    let photosExpected = 0;
    let photosReadable = 0;
    const reads: Promise<void>[] = [];
    for (const job of jobs) {
      const code = tally.acked.get(job.key);
      if (!code) continue;
      const found = byKey.get(`${job.userId}/${job.key}`) ?? [];
      if (found.length !== 1 || found[0]!.code !== code) {
        failures.push(
          `Acknowledged ${code} (key ${job.key}) is stored ${found.length} times${found[0] ? ` as ${found[0].code}` : ''}`,
        );
        continue;
      }
      storedOnce++;
      const photos = photoRows.filter((p) => p.reportId === found[0]!.id);
      photosExpected += job.photos.length * 2;
      if (photos.length !== job.photos.length)
        failures.push(`${code}: ${photos.length} photo rows for ${job.photos.length} photos sent`);
      for (const p of photos) {
        for (const variant of ['display', 'thumb']) {
          reads.push(
            fetch(`${base}/api/feedback/photos/${p.id}/${variant}`, { headers: { cookie: job.cookie } }).then(
              async (res) => {
                const bytes = await res.arrayBuffer();
                if (res.status === 200 && res.headers.get('content-type') === 'image/webp' && bytes.byteLength > 0)
                  photosReadable++;
                else failures.push(`${code}: photo ${p.id}/${variant} answers ${res.status}`);
              },
            ),
          );
        }
      }
    }
    await Promise.all(reads);

    // Reports nobody was told about: only acceptable when a replay of their key returns them.
    let untold = 0;
    let untoldReturned = 0;
    for (const job of jobs) {
      const found = byKey.get(`${job.userId}/${job.key}`) ?? [];
      if (!found.length || tally.acked.has(job.key)) continue;
      untold++;
      const replay: Tally = { answers: new Map(), acked: new Map(), gaveUp: [], state: 'normal' };
      if ((await sendWithRetries(base, job, replay, 3)) && replay.acked.get(job.key) === found[0]!.code)
        untoldReturned++;
      else failures.push(`${found[0]!.code} exists, no client was told, and a replay of its key does not return it`);
    }

    // Photo rows and files match one to one; nothing left in temporary storage.
    const files = new Set(filesUnder(storageDir).map((f) => path.relative(storageDir, f)));
    const tmpLeft = [...files].filter((f) => f.startsWith('.tmp')).length;
    let rowsWithoutFiles = 0;
    const expected = new Set<string>();
    for (const p of photoRows) {
      const keys = [`${p.storageKey}.webp`, `${p.storageKey}-thumb.webp`];
      for (const k of keys) expected.add(k);
      if (!p.promotedAt || p.filesMissingAt || !keys.every((k) => files.has(k))) rowsWithoutFiles++;
    }
    const filesWithoutRow = [...files].filter((f) => !f.startsWith('.tmp') && !expected.has(f)).length;
    if (rowsWithoutFiles) failures.push(`${rowsWithoutFiles} photo rows without their files`);
    if (filesWithoutRow) failures.push(`${filesWithoutRow} files without a photo row`);
    if (tmpLeft) failures.push(`${tmpLeft} temporary files left after the sweep`);
    return {
      failures,
      storedOnce,
      photosExpected,
      photosReadable,
      untold,
      untoldReturned,
      rowsWithoutFiles,
      filesWithoutRow,
      tmpLeft,
    };
  } finally {
    await client.end();
  }
}
