// npm run bench:upload-next — peak memory of the portal's own server (`npm start`: scripts/serve.ts)
// while 8 residents upload 12-megapixel photos at once, in waves. bench:upload measures the same
// handler in a bare Node server; this is the whole production server around it.
// It starts `npm start` with a data folder of its own (embedded PostgreSQL, demo data, photos),
// signs in demo accounts in Chromium, sends the uploads with fetch and samples the production server
// process's /proc status (VmRSS every 10 ms, and VmHWM). Everything is stopped at the end.
//   -- --concurrency=8 --waves=3 --port=3000
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import sharp from 'sharp';
import { chromium } from '@playwright/test';
import { findBrowser } from '../scripts/lib/browser';
import { root } from '../scripts/lib/project';

const arg = (name: string, fallback: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : fallback;
};
const CONCURRENCY = arg('concurrency', 8);
const WAVES = arg('waves', 3);
const PORT = arg('port', 3000);
const TARGET_MB = 500;
// Ten reports an hour per person: each wave's uploads come from different accounts.
const accounts = [
  ['congdan@congdanso.test', 'CongDan@2026!'],
  ['congdan2@congdanso.test', 'CongDan2@2026!'],
  ['quantri@congdanso.test', 'QuanTri@2026!'],
  ['quantri2@congdanso.test', 'QuanTri2@2026!'],
  ['canbo@congdanso.test', 'CanBo@2026!x'],
  ['canbo.phuong@congdanso.test', 'CanBoPhuong@2026'],
  ['bientap@congdanso.test', 'BienTap@2026!'],
] as const;

const base = `http://localhost:${PORT}`;
let starter: ChildProcess | undefined;
let tmp = '';

function status(pid: number) {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(text.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** The parent of a process, from /proc/<pid>/stat (0 when gone). */
function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/** The Next.js server started under `ancestor` (it renames itself "next-server (v…)"). */
function nextServerPid(ancestor: number): number | null {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmd.split('\0');
    const isNext =
      cmd.startsWith('next-server') ||
      args.some((a) => a.endsWith('/serve.mjs')) ||
      (args.some((a) => a.endsWith('next/dist/bin/next')) && args.includes('start'));
    if (!isNext) continue;
    for (let p = Number(name); p > 1; p = parentOf(p)) if (p === ancestor) return Number(name);
  }
  return null;
}

async function phoneJpeg(seed: number): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const raw = Buffer.alloc(width * height * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = ((i % (width * 3)) / 47 + (x >>> 24) / 3) & 255;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 88 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

async function main() {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-next-'));
  chmodSync(tmp, 0o755);
  console.log(`npm start on port ${PORT} with its own data folder (builds if the sources changed) …`);
  starter = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR: path.join(tmp, 'data'),
      DATABASE_URL: '',
      STORAGE_DIR: path.join(tmp, 'uploads'),
      // One server process holding every upload, as the target is stated (memory per process).
      WEB_CONCURRENCY: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitFor(`${base}/vi`, 15 * 60_000);
  const pid = nextServerPid(starter.pid!);
  if (!pid) throw new Error('production server process not found');

  const browserPath = await findBrowser();
  if (!browserPath) throw new Error('No Chromium: set CHROME_PATH or install chromium');
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const cookies: string[] = [];
  for (const [email, password] of accounts.slice(0, Math.ceil((CONCURRENCY * WAVES) / 9))) {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${base}/vi/dang-nhap`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(/\/vi\/tai-khoan$/);
    cookies.push((await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; '));
    await context.close();
  }
  await browser.close();

  console.log(`Making ${CONCURRENCY} 12-megapixel photos …`);
  const photos = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => phoneJpeg(i + 1)));
  const mb = photos.reduce((a, p) => a + p.length, 0) / photos.length / 1024 / 1024;

  const idle = status(pid);
  let peak = idle.rss;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, status(pid).rss);
    } catch {
      // the server went away: reported below
    }
  }, 10);
  let sent = 0;
  const answers: Record<number, number> = {};
  for (let wave = 0; wave < WAVES; wave++) {
    await Promise.all(
      photos.map(async (photo, i) => {
        const n = sent++;
        const fd = new FormData();
        const fields = {
          category: 'giao-thong',
          title: `Ổ gà lớn, lần đo ${n + 1}`,
          description: 'Ổ gà sâu giữa làn xe máy.',
          ward: 'mau-phuong-ben-thanh',
          address: 'Đường Lê Lợi',
          isPublic: 'on',
          photoConsent: 'on',
          idempotencyKey: randomBytes(12).toString('hex'),
          locale: 'vi',
        };
        for (const [k, v] of Object.entries(fields)) fd.append(k, v);
        fd.append('photos', new File([new Uint8Array(photo)], `anh-${i}.jpg`, { type: 'image/jpeg' }));
        const res = await fetch(`${base}/api/feedback`, {
          method: 'POST',
          headers: { cookie: cookies[n % cookies.length]!, origin: base, accept: 'application/json' },
          body: fd,
        });
        answers[res.status] = (answers[res.status] ?? 0) + 1;
        await res.arrayBuffer();
      }),
    );
  }
  clearInterval(sampler);
  const end = status(pid);
  const result = {
    date: new Date().toISOString(),
    server: 'npm start (scripts/serve.ts)',
    concurrency: CONCURRENCY,
    waves: WAVES,
    photoMegabytes: Number(mb.toFixed(1)),
    answers,
    idleRssMb: Math.round(idle.rss),
    peakRssMb: Math.round(peak),
    vmHwmMb: Math.round(end.hwm),
    malloc: process.env.MALLOC_ARENA_MAX ?? 'set by npm start',
    ok: Math.max(peak, end.hwm) < TARGET_MB && !Object.keys(answers).some((s) => s !== '201'),
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
  };
  console.log(
    `\nserver: RSS idle ${result.idleRssMb} MB, peak ${result.peakRssMb} MB, VmHWM ${result.vmHwmMb} MB with ${CONCURRENCY} uploads of ${result.photoMegabytes} MB at once, ${WAVES} waves; answers ${JSON.stringify(answers)} (target < ${TARGET_MB} MB) ${result.ok ? 'OK' : 'NOT MET'}`,
  );
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `upload-next-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Written: ${path.relative(root, file)}`);
  return result.ok ? 0 : 1;
}

async function stop() {
  if (starter?.pid && starter.exitCode === null) {
    // npm start stops the server and then the database on SIGINT.
    try {
      process.kill(-starter.pid, 'SIGINT');
    } catch {
      /* gone */
    }
    await new Promise((r) => {
      starter!.once('exit', r);
      setTimeout(r, 30_000);
    });
  }
  if (tmp) {
    // The embedded database's files belong to its own system user; leave nothing behind.
    try {
      for (const f of readdirSync(tmp)) rmSync(path.join(tmp, f), { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  }
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  })
  .then(async (code) => {
    await stop();
    process.exit(code);
  });
process.on('SIGINT', () => void stop().then(() => process.exit(130)));
