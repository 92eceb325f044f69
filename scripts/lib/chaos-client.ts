// A resident's client in the chaos test (scripts/chaos.ts): sends one report and retries with the
// same idempotency key until it gets an answer it can keep, as the report form does.

export type Job = { userId: string; cookie: string; key: string; title: string; photos: Buffer[] };
export type Tally = {
  /** "<state> <answer>" → how many, e.g. "database down 503", "app down connection refused". */
  answers: Map<string, number>;
  /** Idempotency key → the code the client was given. */
  acked: Map<string, string>;
  gaveUp: string[];
  /** What the test is doing to the system right now. */
  state: 'normal' | 'database down' | 'recovering' | 'app down';
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function reportForm(job: Job): FormData {
  const fd = new FormData();
  const fields: Record<string, string> = {
    category: 'giao-thong',
    title: job.title,
    description: 'Mặt đường bị sụt lún sau mưa, xe máy đi qua rất nguy hiểm.',
    ward: 'mau-phuong-sai-gon',
    address: '45 Lê Lợi',
    lat: '10.7731',
    lng: '106.7005',
    isPublic: 'on',
    photoConsent: 'on',
    idempotencyKey: job.key,
    locale: 'vi',
  };
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const [i, photo] of job.photos.entries()) {
    fd.append('photos', new File([new Uint8Array(photo)], `IMG_${i}.jpg`, { type: 'image/jpeg' }));
    fd.append('photoAlt', `Ảnh ${i + 1}`);
  }
  return fd;
}

function note(tally: Tally, answer: string) {
  const key = `${tally.state} ${answer}`;
  tally.answers.set(key, (tally.answers.get(key) ?? 0) + 1);
}

/** True once the report is acknowledged (its code kept in tally.acked). */
export async function sendWithRetries(base: string, job: Job, tally: Tally, maxAttempts: number): Promise<boolean> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const last = attempt === maxAttempts;
    let status: number;
    let body: { code?: string; error?: { code?: string } } = {};
    let retryAfter: string | null;
    try {
      const res = await fetch(`${base}/api/feedback`, {
        method: 'POST',
        headers: { cookie: job.cookie, origin: base, accept: 'application/json', 'idempotency-key': job.key },
        body: reportForm(job),
        signal: AbortSignal.timeout(60_000),
      });
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      const text = await res.text();
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        body = {};
      }
    } catch (e) {
      const code = (e as { cause?: { code?: string } }).cause?.code;
      note(tally, code === 'ECONNREFUSED' ? 'connection refused' : 'connection cut');
      if (last) break;
      await sleep(300);
      continue;
    }
    if ((status === 200 || status === 201) && body.code) {
      note(tally, String(status));
      tally.acked.set(job.key, body.code);
      return true;
    }
    if (status === 503) {
      note(tally, retryAfter ? '503' : '503 without Retry-After');
      if (last) break;
      // Real clients wait Retry-After; a second at most keeps the test short.
      await sleep(Math.min(Number(retryAfter) * 1000 || 1000, 1000));
      continue;
    }
    note(tally, `${status}${body.error?.code ? ` ${body.error.code}` : status >= 500 ? ' empty' : ''}`);
    // A refusal (4xx) is final for a client; a 500 is retried, as the form offers.
    if (status < 500 || last) {
      if (maxAttempts > 1) tally.gaveUp.push(`${job.key}: ${status} ${body.error?.code ?? ''}`);
      return false;
    }
    await sleep(500);
  }
  if (maxAttempts > 1) tally.gaveUp.push(`${job.key}: no answer after ${maxAttempts} attempts`);
  return false;
}
