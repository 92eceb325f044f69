// npm run bench:upload — the report photo pipeline against bare sharp, and its memory under load.
// A database of its own (embedded PostgreSQL in a temporary folder, migrated and seeded), photos on
// a temporary disk folder, and a set of generated 12-megapixel JPEGs (4000 × 3000, gradients and
// noise, EXIF orientation 6: 3–5 MB each, like a phone's). Then, side by side in one run:
//   a. a bare sharp loop doing the same conversions (decode, rotate, display WebP 1600 px and a
//      400 px thumbnail), one photo after another;
//   b. the full pipeline: a multipart request per photo through handleReportUpload (the code of
//      POST /api/feedback: streaming parser, magic bytes, pixel limit, conversion, temporary files,
//      the database transaction, promotion), one after another;
// in interleaved rounds; photos per second of each and the ratio b / a (target ≥ 0.6).
//   c. peak memory: the same handler in a server process of its own (bench/lib/upload-server.ts),
//      8 uploads of one ~5 MB photo at once, its RSS sampled from /proc/<pid>/status (VmRSS every
//      10 ms, and VmHWM) — target < 500 MB.
// Results: printed and written to bench/results/upload-<timestamp>.json.
//   -- --photos=6 --rounds=3 --concurrency=8 --waves=3 --memory-only
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import sharp from 'sharp';
import { applyMigrations } from '../scripts/lib/migrate';
import { startEmbeddedPostgres, type EmbeddedDb } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { noisyPixels } from '../tests/support/images';
import { reportForm } from './lib/upload-form';
import { runScript } from '../scripts/lib/run-script';

const argNum = (name: string, fallback: number) => {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 1) throw new Error(`--${name} must be a number ≥ 1`);
  return n;
};
const PHOTOS = argNum('photos', 6);
const ROUNDS = argNum('rounds', 3);
const CONCURRENCY = argNum('concurrency', 8);
const WAVES = argNum('waves', 3);
const MEMORY_ONLY = process.argv.includes('--memory-only');
const TARGET_RATIO = 0.6;
const TARGET_RSS_MB = 500;

let pg: EmbeddedDb | undefined;
let child: ChildProcess | undefined;
let tmp: string | undefined;

async function cleanup() {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await pg?.stop().catch(() => undefined);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

/** A phone-like 12 MP JPEG: smooth gradients, sensor-like noise, EXIF orientation 6. */
async function phoneJpeg(seed: number): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  return sharp(noisyPixels(width, height, seed), { raw: { width, height, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 88, mozjpeg: false })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function procStatus(pid: number): { rss: number; hwm: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(text.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

async function main() {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-upload-'));
  chmodSync(tmp, 0o755);
  console.log('Starting PostgreSQL, migrating and seeding…');
  pg = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  await applyMigrations(pg.url);
  const seedDb = scriptClient(pg.url);
  await seed(seedDb);
  // Fresh people, so the per-person limit of 10 reports an hour never counts here.
  const users = await Promise.all(
    Array.from({ length: PHOTOS * ROUNDS + CONCURRENCY * WAVES + 2 }, (_, i) =>
      seedDb.user.create({
        data: { name: `Bench ${i}`, email: `bench.${i}.${randomBytes(3).toString('hex')}@example.com` },
        select: { id: true },
      }),
    ),
  );
  await seedDb.$disconnect();

  const storageDir = path.join(tmp, 'uploads');
  mkdirSync(storageDir);
  const photosDir = path.join(tmp, 'photos');
  mkdirSync(photosDir);
  console.log(`Generating ${PHOTOS} photos of 4000 × 3000…`);
  const photos: Buffer[] = [];
  for (let i = 0; i < PHOTOS; i++) {
    photos.push(await phoneJpeg(i + 1));
    writeFileSync(path.join(photosDir, `photo-${String(i).padStart(2, '0')}.jpg`), photos[i]!);
  }
  const sizesMb = photos.map((p) => p.length / 1024 / 1024);
  console.log(`  sizes: ${sizesMb.map((s) => s.toFixed(2)).join(', ')} MB`);
  const usersFile = path.join(tmp, 'users.json');
  writeFileSync(usersFile, JSON.stringify(users.map((u) => u.id)));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: pg.url,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    STORAGE_DIR: storageDir,
    PUBLIC_URL: 'http://localhost:3000',
    NODE_ENV: 'production' as const,
    BENCH_PHOTOS_DIR: photosDir,
    BENCH_USERS_FILE: usersFile,
    BENCH_ROUNDS: String(ROUNDS),
    // As `npm start` runs the server (scripts/start.ts); `MALLOC_ARENA_MAX= npm run bench:upload`
    // measures glibc's default instead.
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  };
  const nodeArgs = (file: string) => [
    '--require',
    path.join(root, 'bench/lib/server-only.cjs'),
    '--import',
    'tsx',
    path.join(root, file),
  ];

  // --- Throughput: bare sharp and the full pipeline in one process ------------------------------
  let rounds: { bare: number; pipeline: number }[] = [];
  let stored = 0;
  if (!MEMORY_ONLY) {
    console.log(`Throughput: ${ROUNDS} interleaved rounds of ${PHOTOS} photos…`);
    const worker = spawn(process.execPath, nodeArgs('bench/lib/upload-worker.ts'), {
      cwd: root,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child = worker;
    let output = '';
    worker.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number>((r) => worker.once('exit', (c) => r(c ?? 1)));
    const line = output.split('\n').find((l) => l.startsWith('RESULT '));
    if (code !== 0 || !line) throw new Error(`The throughput worker failed (exit ${code}).`);
    ({ rounds, stored } = JSON.parse(line.slice(7)) as {
      rounds: { bare: number; pipeline: number }[];
      stored: number;
    });
  }
  const bare = rounds.length ? median(rounds.map((r) => r.bare)) : NaN;
  const pipeline = rounds.length ? median(rounds.map((r) => r.pipeline)) : NaN;
  const ratio = rounds.length ? median(rounds.map((r) => r.pipeline / r.bare)) : NaN;
  let userIndex = PHOTOS * ROUNDS + 1;

  // --- Memory of a server process with 8 uploads at once ----------------------------------------
  console.log(`Memory: ${CONCURRENCY} uploads at once against a server process, ${WAVES} waves…`);
  const big = photos.reduce((a, b) => (b.length > a.length ? b : a));
  child = spawn(process.execPath, nodeArgs('bench/lib/upload-server.ts'), {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child!.stdout!.on('data', (chunk: Buffer) => {
      const m = chunk.toString().match(/READY (\d+)/);
      if (m) resolve(Number(m[1]));
    });
    child!.once('exit', () => reject(new Error('The upload server stopped before it was ready.')));
  });
  const pid = child.pid!;
  const origin = `http://127.0.0.1:${port}`;
  const post = async (photo: Buffer) => {
    const res = await fetch(`${origin}/api/feedback`, {
      method: 'POST',
      headers: { origin, accept: 'application/json', 'x-bench-user': users[userIndex++]!.id },
      body: reportForm(photo),
    });
    const body = await res.text();
    if (res.status !== 201) throw new Error(`Upload answered ${res.status}: ${body}`);
  };
  const started = procStatus(pid);
  await post(photos[0]!);
  const idle = procStatus(pid);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, procStatus(pid).rss);
  }, 10);
  const waveSeconds: number[] = [];
  for (let w = 0; w < WAVES; w++) {
    const t = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, () => post(big)));
    waveSeconds.push((performance.now() - t) / 1000);
  }
  clearInterval(sampler);
  const after = procStatus(pid);
  peakRss = Math.max(peakRss, after.rss);

  const result = {
    at: new Date().toISOString(),
    machine: {
      mallocArenaMax: childEnv.MALLOC_ARENA_MAX || 'glibc default',
      cpus: os.cpus().length,
      loadAverage: os.loadavg(),
      node: process.version,
      sharp: sharp.versions.sharp,
      vips: sharp.versions.vips,
    },
    photos: { count: PHOTOS, width: 4000, height: 3000, megabytes: sizesMb.map((s) => Number(s.toFixed(2))) },
    throughput: {
      rounds: rounds.map((r) => ({
        bare: Number(r.bare.toFixed(3)),
        pipeline: Number(r.pipeline.toFixed(3)),
        ratio: Number((r.pipeline / r.bare).toFixed(3)),
      })),
      bareSharpPhotosPerSecond: Number(bare.toFixed(3)),
      pipelinePhotosPerSecond: Number(pipeline.toFixed(3)),
      ratio: Number(ratio.toFixed(3)),
      target: TARGET_RATIO,
      ok: ratio >= TARGET_RATIO,
      reportPhotosStored: stored,
    },
    memory: {
      concurrentUploads: CONCURRENCY,
      waves: WAVES,
      photoMegabytes: Number((big.length / 1024 / 1024).toFixed(2)),
      startedRssMb: Math.round(started.rss),
      idleRssMb: Math.round(idle.rss),
      peakRssMb: Math.round(peakRss),
      vmHwmMb: Math.round(after.hwm),
      secondsPerWave: waveSeconds.map((s) => Number(s.toFixed(2))),
      targetMb: TARGET_RSS_MB,
      ok: after.hwm < TARGET_RSS_MB,
    },
  };
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  const file = path.join(root, 'bench/results', `upload-${result.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

  console.log('\nReport photo pipeline');
  console.log(`  bare sharp     ${bare.toFixed(2)} photos/s`);
  console.log(`  full pipeline  ${pipeline.toFixed(2)} photos/s`);
  console.log(
    `  ratio          ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}) ${result.throughput.ok ? 'OK' : 'BELOW TARGET'}`,
  );
  console.log(
    `  server RSS     idle ${result.memory.idleRssMb} MB, peak ${result.memory.peakRssMb} MB, VmHWM ${result.memory.vmHwmMb} MB with ${CONCURRENCY} uploads of ${result.memory.photoMegabytes} MB at once (target < ${TARGET_RSS_MB} MB) ${result.memory.ok ? 'OK' : 'ABOVE TARGET'}`,
  );
  console.log(`  ${path.relative(root, file)}`);
  return (MEMORY_ONLY || result.throughput.ok) && result.memory.ok ? 0 : 1;
}

runScript(main, cleanup);
