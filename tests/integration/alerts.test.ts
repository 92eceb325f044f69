import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { alertEditSchema } from '@/lib/validation/alerts';
import { activeAlerts, activeAlertsForWard, pastAlerts } from '@/server/alerts/queries';
import { discardDraft, issueAlert, prepareAlert, prepareCancel } from '@/server/alerts/admin';
import { setAlertSubscription } from '@/server/alerts/notify';
import { drainMailQueue, MAIL_ATTEMPTS, mailQueueSettled } from '@/server/mail-queue';
import { GET as capGet } from '@/app/api/alerts/[locale]/cap/[file]/route';
import { GET as feedGet } from '@/app/api/alerts/[locale]/feed.atom/route';
import { GET as wardAtomGet } from '@/app/api/alerts/[locale]/wards/[ward]/feed.atom/route';
import { GET as wardRssGet } from '@/app/api/alerts/[locale]/wards/[ward]/feed.rss/route';
import { createTestData, type TestUser } from '../support/data';
import { errorOf } from '../support/errors';
import { validateXml } from '../support/xmllint';

// Emergency alerts against real PostgreSQL: what the public sees (Actual, issued, current), the CAP
// documents and feeds as clients get them (every demo alert valid against the OASIS schema), the
// back office's refusals (nothing half-written), issuing, updating and cancelling with the page
// refresh, the audit log and the ward's subscribers' mail.

const session = vi.hoisted(() => ({ user: null as null | { id: string; role: string } }));
const refreshed = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('@/server/session', () => ({ getCurrentUser: async () => session.user }));
vi.mock('@/server/auth', () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  auth: async () => null,
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'vi' }));
vi.mock('next/cache', () => ({
  revalidatePath: (p: string, type?: string) => refreshed.paths.push(`${p} ${type ?? ''}`),
}));
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: () => {} }));

const actions = await import('@/server/alerts/admin-actions');

/** What a worker does after an alert is issued: the background sending, then anything left due. */
async function sendQueuedMail() {
  await mailQueueSettled();
  await drainMailQueue();
}

const XSD = path.resolve(import.meta.dirname, '../fixtures/standards/CAP-v1.2.xsd');
const HOUR = 3_600_000;
const testData = createTestData(db);
const made: string[] = [];

let editor: TestUser<'EDITOR'>;
let citizen: TestUser;
let subscriber: TestUser;
let otherWard: TestUser;
let quiet: TestUser;

const cityTime = (d: Date) => new Date(d.getTime() + 7 * HOUR).toISOString().slice(0, 16);

function fields(overrides: Record<string, string> = {}) {
  const now = Date.now();
  return {
    status: 'ACTUAL',
    category: 'Met',
    responseType: 'Prepare',
    urgency: 'EXPECTED',
    severity: 'EXTREME',
    certainty: 'LIKELY',
    eventVi: 'Mưa lớn',
    eventEn: 'Heavy rain',
    headlineVi: 'Mưa lớn gây ngập tại Tân Mỹ',
    headlineEn: 'Heavy rain floods Tân Mỹ',
    descriptionVi: 'Mưa trên 100 mm trong 3 giờ.',
    descriptionEn: 'Over 100 mm of rain in 3 hours.',
    instructionVi: 'Không đi qua vùng ngập.',
    instructionEn: 'Do not cross flooded streets.',
    areaDescVi: 'Phường Tân Mỹ',
    areaDescEn: 'Tân Mỹ ward',
    onset: cityTime(new Date(now - HOUR)),
    expires: cityTime(new Date(now + 6 * HOUR)),
    wards: 'mau-phuong-tan-my',
    polygon: '',
    circle: '10.74,106.72 3',
    ...overrides,
  };
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

const get = (url: string) => new NextRequest(new URL(url, 'http://localhost:3000'));
const cap = (locale: string, file: string) =>
  capGet(get(`/api/alerts/${locale}/cap/${file}`), { params: Promise.resolve({ locale, file }) });

beforeAll(async () => {
  await seed(db as never);
  [editor, citizen, subscriber, otherWard, quiet] = await Promise.all([
    testData.user({ role: 'EDITOR' }),
    testData.user(),
    testData.user({ wardCode: 'mau-phuong-tan-my' }),
    testData.user({ wardCode: 'mau-phuong-ban-co' }),
    testData.user({ wardCode: 'mau-phuong-tan-my' }),
  ]);
  await setAlertSubscription(subscriber.id, true);
  await setAlertSubscription(otherWard.id, true);
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: { in: made } } });
  await db.alert.updateMany({ where: { id: { in: made } }, data: { referencesId: null } });
  await db.alert.deleteMany({ where: { id: { in: made } } });
  await testData.cleanup();
});

describe('what the public sees of the demo alerts', () => {
  it('the latest message of the high-tide alert is active; the one it updated, the test, expired and cancelled ones are not', async () => {
    const active = (await activeAlerts()).map((a) => a.identifier);
    expect(active).toContain('CDS-DEMO-TRIEU-CUONG-2');
    for (const gone of ['CDS-DEMO-TRIEU-CUONG-1', 'CDS-DEMO-THU-NGHIEM-1', 'CDS-DEMO-NANG-NONG-1', 'CDS-DEMO-SAT-LO-2'])
      expect(active).not.toContain(gone);
    const past = (await pastAlerts()).map((a) => a.identifier);
    expect(past).toEqual(expect.arrayContaining(['CDS-DEMO-NANG-NONG-1', 'CDS-DEMO-AP-THAP-2', 'CDS-DEMO-SAT-LO-2']));
    expect(past).not.toContain('CDS-DEMO-THU-NGHIEM-1');
    expect(past).not.toContain('CDS-DEMO-AP-THAP-1');
  });

  it('a ward sees its own alerts and the whole city’s, not another ward’s', async () => {
    expect((await activeAlertsForWard('mau-phuong-thu-duc')).map((a) => a.identifier)).toContain(
      'CDS-DEMO-TRIEU-CUONG-2',
    );
    expect((await activeAlertsForWard('mau-phuong-ban-co')).map((a) => a.identifier)).not.toContain(
      'CDS-DEMO-TRIEU-CUONG-2',
    );
  });
});

describe('CAP documents and feeds as clients get them', () => {
  it('every public demo message is served as CAP 1.2 that the OASIS schema accepts, in both languages', async () => {
    const demo = await db.alert.findMany({
      where: { id: { startsWith: 'cdemoalert' }, status: 'ACTUAL' },
      select: { identifier: true },
    });
    expect(demo.length).toBe(7);
    for (const { identifier } of demo) {
      for (const locale of ['vi', 'en']) {
        const res = await cap(locale, `${identifier}.xml`);
        expect(res.status, identifier).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/cap+xml; charset=utf-8');
        const xml = await res.text();
        expect(await validateXml(xml, XSD), `${identifier} ${locale}`).toBe('');
        expect(xml).toContain('<language>vi-VN</language>');
        expect(xml).toContain('<language>en-US</language>');
      }
    }
  });

  it('answers 404 for an unknown language, message or address, and for a Test message', async () => {
    for (const [locale, file] of [
      ['fr', 'CDS-DEMO-TRIEU-CUONG-2.xml'],
      ['vi', 'CDS-KHONG-CO.xml'],
      ['vi', 'CDS-DEMO-TRIEU-CUONG-2'],
      ['vi', '..%2Fsecret.xml'],
      ['vi', 'CDS-DEMO-THU-NGHIEM-1.xml'],
    ]) {
      const res = await cap(locale!, file!);
      expect(res.status, `${locale} ${file}`).toBe(404);
      expect((await errorOf(res)).code).toBe('not_found');
    }
  });

  it('the CAP feed lists the active alerts with links to their CAP documents; other languages are 404', async () => {
    const res = await feedGet(get('/api/alerts/en/feed.atom'), { params: Promise.resolve({ locale: 'en' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('set-cookie')).toBeNull();
    const atom = await res.text();
    expect(atom).toContain('type="application/cap+xml" href="http');
    expect(atom).toContain('/api/alerts/en/cap/CDS-DEMO-TRIEU-CUONG-2.xml');
    expect(atom).toContain('<title>Update: high tide above alert level III');
    expect(atom).not.toContain('THU-NGHIEM');
    expect(atom).not.toContain('NANG-NONG');
    const fr = await feedGet(get('/api/alerts/fr/feed.atom'), { params: Promise.resolve({ locale: 'fr' }) });
    expect(fr.status).toBe(404);
  });

  it('a ward’s Atom and RSS feeds; an unknown ward or language is 404', async () => {
    const params = (locale: string, ward: string) => ({ params: Promise.resolve({ locale, ward }) });
    const atom = await wardAtomGet(
      get('/api/alerts/vi/wards/mau-phuong-thu-duc/feed.atom'),
      params('vi', 'mau-phuong-thu-duc'),
    );
    expect(atom.status).toBe(200);
    expect(await atom.text()).toContain('Cập nhật: triều cường vượt báo động III');
    const rss = await wardRssGet(
      get('/api/alerts/vi/wards/mau-phuong-ban-co/feed.rss'),
      params('vi', 'mau-phuong-ban-co'),
    );
    expect(rss.status).toBe(200);
    const rssText = await rss.text();
    expect(rssText).toContain('<rss version="2.0"');
    expect(rssText).not.toContain('TRIEU-CUONG');
    expect((await wardRssGet(get('/x'), params('vi', 'mau-phuong-khong-co'))).status).toBe(404);
    expect((await wardAtomGet(get('/x'), params('de', 'mau-phuong-thu-duc'))).status).toBe(404);
  });
});

describe('the back office refuses bad input with a clear error, writing nothing', () => {
  it('refuses a resident', async () => {
    const e = await errorOf(prepareAlert(citizen, alertEditSchema.parse(fields())));
    expect(e.status).toBe(403);
  });

  it('an alert that expires before it starts: the expiry field says so', async () => {
    session.user = editor;
    const before = await db.alert.count();
    const state = await actions.prepareAlertAction(
      { ok: false },
      form(fields({ onset: '2026-12-20T10:00', expires: '2026-12-20T09:00' })),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.expires?.[0]).toMatchObject({ code: 'alertExpiresBeforeOnset' });
    expect(await db.alert.count()).toBe(before);
  });

  it('an update of an unknown alert, or of one already updated: the reference is refused', async () => {
    session.user = editor;
    const before = await db.alert.count();
    const unknown = await actions.prepareAlertAction({ ok: false }, form(fields({ references: 'khong-co-canh-bao' })));
    expect(unknown.fieldErrors?.references?.[0]).toMatchObject({ code: 'alertUnknown' });
    const old = await actions.prepareAlertAction({ ok: false }, form(fields({ references: 'cdemoalert-tide-1' })));
    expect(old.fieldErrors?.references?.[0]).toMatchObject({ code: 'alertNotCurrent' });
    const cancel = await actions.prepareCancelAction(
      { ok: false },
      form({ references: 'cdemoalert-bank-2', note: 'Thử' }),
    );
    expect(cancel.fieldErrors?.references?.[0]).toMatchObject({ code: 'alertNotCurrent' });
    expect(await db.alert.count()).toBe(before);
  });

  it('an expiry already past and an unknown ward are refused', async () => {
    const past = cityTime(new Date(Date.now() - HOUR));
    const e1 = await errorOf(
      prepareAlert(
        editor,
        alertEditSchema.parse(fields({ onset: cityTime(new Date(Date.now() - 3 * HOUR)), expires: past })),
      ),
    );
    expect(e1.details.fields?.expires?.[0]?.code).toBe('alertExpired');
    const e2 = await errorOf(prepareAlert(editor, alertEditSchema.parse(fields({ wards: 'mau-phuong-khong-co' }))));
    expect(e2.details.fields?.wards?.[0]?.code).toBe('alertWardUnknown');
  });
});

describe('issuing, updating and cancelling', () => {
  it('a prepared alert is not public until issued; issuing refreshes every page, is audited and mails the ward’s subscribers', async () => {
    await db.outboxMail.deleteMany({ where: { to: { in: [subscriber.email, otherWard.email, quiet.email] } } });
    const { id } = await prepareAlert(editor, alertEditSchema.parse(fields()));
    made.push(id);
    const draft = await db.alert.findUniqueOrThrow({ where: { id } });
    expect((await activeAlerts()).map((a) => a.id)).not.toContain(id);
    expect((await cap('vi', `${draft.identifier}.xml`)).status).toBe(404);

    refreshed.paths = [];
    const issued = await issueAlert(editor, id);
    expect(issued.issuedAt).not.toBeNull();
    expect(refreshed.paths).toContain('/ layout');
    const active = await activeAlerts();
    expect(active[0]?.id).toBe(id); // extreme: first
    expect((await cap('en', `${draft.identifier}.xml`)).status).toBe(200);
    expect(await db.auditLog.count({ where: { entityId: id, action: 'alert.prepare', actorId: editor.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: id, action: 'alert.issue.alert' } })).toBe(1);

    // Queued with the alert, one mail per subscriber of its wards, then sent in the background.
    const queued = await db.mailJob.findMany({ where: { topic: `alert:${draft.identifier}` }, select: { to: true } });
    expect(queued.map((j) => j.to)).toContain(subscriber.email);
    expect(queued.map((j) => j.to)).not.toContain(otherWard.email);
    await sendQueuedMail();
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: subscriber.email } });
    expect(mail.subject).toBe('[Cảnh báo] Mưa lớn gây ngập tại Tân Mỹ');
    expect(mail.text).toContain('Heavy rain floods Tân Mỹ');
    expect(mail.text).toContain(`/vi/canh-bao/${draft.identifier}`);
    expect(await db.outboxMail.count({ where: { to: otherWard.email } })).toBe(0);
    expect(await db.outboxMail.count({ where: { to: quiet.email } })).toBe(0);

    const again = await errorOf(issueAlert(editor, id));
    expect(again.error.code).toBe('alertAlreadyIssued');
  });

  it('an update replaces the alert in the banner; a cancel takes it off and lists it as cancelled', async () => {
    const [first] = (await activeAlerts()).filter((a) => made.includes(a.id));
    expect(first).toBeDefined();
    const update = await prepareAlert(
      editor,
      alertEditSchema.parse(fields({ references: first!.id, headlineVi: 'Cập nhật: mưa đã giảm', severity: 'MINOR' })),
    );
    made.push(update.id);
    // A second update prepared from the same message before the first is issued.
    const rival = await prepareAlert(editor, alertEditSchema.parse(fields({ references: first!.id })));
    made.push(rival.id);
    await issueAlert(editor, update.id);
    expect((await errorOf(issueAlert(editor, rival.id))).error.code).toBe('alertNotCurrent');
    await discardDraft(editor, rival.id);

    const active = (await activeAlerts()).map((a) => a.id);
    expect(active).toContain(update.id);
    expect(active).not.toContain(first!.id);
    const updated = await db.alert.findUniqueOrThrow({ where: { id: update.id } });
    expect(updated.msgType).toBe('UPDATE');
    expect(updated.threadId).toBe(first!.id);
    const xml = await (await cap('vi', `${updated.identifier}.xml`)).text();
    expect(xml).toContain(`,${first!.identifier},`);
    expect(await validateXml(xml, XSD)).toBe('');
    await sendQueuedMail();
    expect(
      await db.outboxMail.count({ where: { to: subscriber.email, subject: { startsWith: '[Cập nhật cảnh báo]' } } }),
    ).toBe(1);

    const cancel = await prepareCancel(editor, { references: update.id, note: 'Mưa đã tạnh.' });
    made.push(cancel.id);
    await issueAlert(editor, cancel.id);
    expect((await activeAlerts()).map((a) => a.id)).not.toContain(update.id);
    const past = await pastAlerts();
    expect(past.find((a) => a.id === cancel.id)?.msgType).toBe('CANCEL');
    const cancelXml = await (
      await cap('vi', `${(await db.alert.findUniqueOrThrow({ where: { id: cancel.id } })).identifier}.xml`)
    ).text();
    expect(cancelXml).toContain('<msgType>Cancel</msgType>');
    expect(cancelXml).toContain('<note>Mưa đã tạnh.</note>');
    expect(await validateXml(cancelXml, XSD)).toBe('');
  });

  it('a Test or Exercise alert is issued for the back office only: never public, no page refresh, no mail', async () => {
    await db.outboxMail.deleteMany({ where: { to: subscriber.email } });
    for (const status of ['TEST', 'EXERCISE']) {
      const { id } = await prepareAlert(editor, alertEditSchema.parse(fields({ status })));
      made.push(id);
      refreshed.paths = [];
      await issueAlert(editor, id);
      expect(refreshed.paths).toEqual([]);
      expect((await activeAlerts()).map((a) => a.id)).not.toContain(id);
      const row = await db.alert.findUniqueOrThrow({ where: { id } });
      expect((await cap('vi', `${row.identifier}.xml`)).status).toBe(404);
      expect(await db.mailJob.count({ where: { topic: `alert:${row.identifier}` } })).toBe(0);
    }
    await sendQueuedMail();
    expect(await db.outboxMail.count({ where: { to: subscriber.email } })).toBe(0);
  });
});

describe('the mail queue', () => {
  const queue = async (topic: string, addresses: string[]) => {
    await mailQueueSettled();
    await db.mailJob.createMany({
      data: addresses.map((to) => ({ to, subject: 'Cảnh báo', text: 'Nội dung', topic })),
    });
  };
  const jobs = (topic: string) => db.mailJob.findMany({ where: { topic }, orderBy: { to: 'asc' } });

  it('a failed delivery is kept and tried again later: every mail is delivered once, none lost', async () => {
    const topic = `test:retry:${Date.now()}`;
    const to = ['a@queue.test', 'b@queue.test', 'c@queue.test'];
    await queue(topic, to);
    const delivered: string[] = [];
    const result = await drainMailQueue(async (mail) => {
      if (mail.to === 'b@queue.test') throw new Error('421 try again later');
      if (to.includes(mail.to)) delivered.push(mail.to);
    });
    expect(result).toMatchObject({ sent: expect.any(Number), failed: 1 });
    const [, b] = await jobs(topic);
    expect(b).toMatchObject({ sentAt: null, failedAt: null, attempts: 1, lastError: '421 try again later' });
    expect(b!.dueAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // Not due yet: another pass leaves it alone.
    await drainMailQueue(async (mail) => void (to.includes(mail.to) && delivered.push(mail.to)));
    expect([...delivered].sort()).toEqual(['a@queue.test', 'c@queue.test']);
    // A minute later (moved here), it goes.
    await db.mailJob.update({ where: { id: b!.id }, data: { dueAt: new Date(Date.now() - 1000) } });
    await drainMailQueue(async (mail) => void (to.includes(mail.to) && delivered.push(mail.to)));
    expect(delivered.sort()).toEqual(to);
    expect((await jobs(topic)).every((j) => j.sentAt !== null && j.lastError === null)).toBe(true);
  });

  it('two workers sending at once deliver each of 120 mails exactly once', async () => {
    const topic = `test:parallel:${Date.now()}`;
    const to = Array.from({ length: 120 }, (_, i) => `p${String(i).padStart(3, '0')}@queue.test`);
    await queue(topic, to);
    const delivered: string[] = [];
    const send = async (mail: { to: string }) => {
      await new Promise((r) => setTimeout(r, 2));
      if (to.includes(mail.to)) delivered.push(mail.to);
    };
    await Promise.all([drainMailQueue(send), drainMailQueue(send)]);
    expect(delivered.length).toBe(120);
    expect(new Set(delivered).size).toBe(120);
    expect(await db.mailJob.count({ where: { topic, sentAt: null } })).toBe(0);
  });

  it(`a mail that failed ${MAIL_ATTEMPTS} times is given up, marked and not tried again`, async () => {
    const topic = `test:give-up:${Date.now()}`;
    await queue(topic, ['z@queue.test']);
    await db.mailJob.updateMany({ where: { topic }, data: { attempts: MAIL_ATTEMPTS - 1 } });
    await drainMailQueue(async (mail) => {
      if (mail.to === 'z@queue.test') throw new Error('550 no such mailbox');
    });
    const [job] = await jobs(topic);
    expect(job).toMatchObject({ attempts: MAIL_ATTEMPTS, sentAt: null, lastError: '550 no such mailbox' });
    expect(job!.failedAt).not.toBeNull();
    await db.mailJob.update({ where: { id: job!.id }, data: { dueAt: new Date(Date.now() - 1000) } });
    let tried = false;
    await drainMailQueue(async (mail) => void (mail.to === 'z@queue.test' && (tried = true)));
    expect(tried).toBe(false);
  });

  it('sent and given-up mail is deleted after 30 days, not before', async () => {
    const topic = `test:kept:${Date.now()}`;
    await queue(topic, ['old@queue.test', 'recent@queue.test', 'failed@queue.test']);
    const day = 24 * 60 * 60 * 1000;
    await db.mailJob.updateMany({
      where: { topic, to: 'old@queue.test' },
      data: { sentAt: new Date(Date.now() - 31 * day) },
    });
    await db.mailJob.updateMany({
      where: { topic, to: 'recent@queue.test' },
      data: { sentAt: new Date(Date.now() - 29 * day) },
    });
    await db.mailJob.updateMany({
      where: { topic, to: 'failed@queue.test' },
      data: { failedAt: new Date(Date.now() - 31 * day) },
    });
    await drainMailQueue(async () => {});
    expect((await jobs(topic)).map((j) => j.to)).toEqual(['recent@queue.test']);
  });
});

describe('the alert clock of the production server', () => {
  it('refreshes the pages once at start, then whenever the set of alerts in force changes', async () => {
    const { startAlertClock } = await import('@/server/http/alert-clock');
    let calls = 0;
    const clock = startAlertClock({
      databaseUrl: process.env.DATABASE_URL!,
      onChange: async () => {
        calls++;
      },
      everyMs: 100,
    });
    try {
      await clock.checked;
      expect(calls).toBe(1);
      await new Promise((r) => setTimeout(r, 350));
      expect(calls).toBe(1);
      // An alert whose time runs out: the next check sees it.
      const { id } = await prepareAlert(editor, alertEditSchema.parse(fields({ headlineVi: 'Sắp hết hiệu lực' })));
      made.push(id);
      await issueAlert(editor, id);
      await vi.waitFor(() => expect(calls).toBe(2), { timeout: 3000, interval: 50 });
      await db.alert.update({ where: { id }, data: { expires: new Date(Date.now() - 1000) } });
      await vi.waitFor(() => expect(calls).toBe(3), { timeout: 3000, interval: 50 });
    } finally {
      await clock.close();
    }
  });
});
