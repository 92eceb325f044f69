// The throughput half of bench/upload.ts, in a process of its own (see server-only.cjs): a bare
// sharp loop and the full upload pipeline on the same photos, in interleaved rounds.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { handleReportUpload } from '../../server/reports/upload';
import { db } from '../../server/db';
import { reportForm } from './upload-form';

const photosDir = process.env.BENCH_PHOTOS_DIR!;
const users = JSON.parse(readFileSync(process.env.BENCH_USERS_FILE!, 'utf8')) as string[];
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const photos = readdirSync(photosDir)
  .sort()
  .map((f) => readFileSync(path.join(photosDir, f)));

/** Exactly the conversions of server/reports/photos.ts, without anything around them. */
export async function bareSharp(input: Buffer): Promise<number> {
  const display = await sharp(input, { limitInputPixels: 40_000_000, failOn: 'error' })
    .rotate()
    .toColourspace('srgb')
    .resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80, effort: 2 })
    .toBuffer();
  const thumb = await sharp(display)
    .resize({ width: 400, height: 400, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75, effort: 2 })
    .toBuffer();
  return display.length + thumb.length;
}

let next = 0;
async function pipelineOnce(photo: Buffer) {
  const origin = 'http://localhost:3000';
  const request = new Request(`${origin}/api/feedback`, {
    method: 'POST',
    headers: { origin, host: 'localhost:3000', accept: 'application/json' },
    body: reportForm(photo),
  });
  const res = await handleReportUpload(request, { id: users[next++]! });
  if (res.status !== 201) throw new Error(`Upload answered ${res.status}: ${await res.text()}`);
}

async function main() {
  // Warm-up: libvips, the database pool, the message catalogs.
  await bareSharp(photos[0]!);
  await pipelineOnce(photos[0]!);
  const out: { bare: number; pipeline: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const measure = async (kind: 'bare' | 'pipeline') => {
      const t = performance.now();
      for (const p of photos) {
        if (kind === 'bare') await bareSharp(p);
        else await pipelineOnce(p);
      }
      return photos.length / ((performance.now() - t) / 1000);
    };
    // Interleaved: odd rounds start with the pipeline, so neither side always runs on a warmer machine.
    const round = { bare: 0, pipeline: 0 };
    for (const kind of r % 2 === 0 ? (['bare', 'pipeline'] as const) : (['pipeline', 'bare'] as const))
      round[kind] = await measure(kind);
    out.push(round);
    console.error(
      `  round ${r + 1}: bare sharp ${round.bare.toFixed(2)} photos/s, full pipeline ${round.pipeline.toFixed(2)} photos/s, ratio ${(round.pipeline / round.bare).toFixed(2)}`,
    );
  }
  const stored = await db.reportPhoto.count({ where: { promotedAt: { not: null } } });
  await db.$disconnect();
  console.log(`RESULT ${JSON.stringify({ rounds: out, stored })}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
