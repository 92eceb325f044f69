import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { env } from '@/server/env';
import { issueApiKey, revokeApiKey } from '@/server/open311/api-keys';
import { rateLimitStore } from '@/server/rate-limit';
import { OPEN311_LIMITS } from '@/server/open311/format';
import { addWorkingDays } from '@/lib/reports/deadline';
import { seed } from '@/prisma/seed';
import { GET as discovery } from '@/app/api/open311/v2/discovery.json/route';
import { GET as services } from '@/app/api/open311/v2/services.json/route';
import { GET as serviceDefinition } from '@/app/api/open311/v2/services/[code]/route';
import { GET as listRequests, POST as postRequest } from '@/app/api/open311/v2/requests.json/route';
import { GET as getRequest } from '@/app/api/open311/v2/requests/[id]/route';
import { GET as getToken } from '@/app/api/open311/v2/tokens/[token]/route';

// Open311 GeoReport v2 through the route handlers themselves, with real Request objects, against
// the seeded demo data.

const BASE = 'http://localhost:3000/api/open311/v2';
const ISO_CITY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
].sort();

type Json = Record<string, unknown>;
let ip = 0;
const get = (path: string) =>
  new NextRequest(`${BASE}/${path}`, { headers: { 'x-forwarded-for': `203.0.113.${++ip % 250}` } });
const params = <K extends string>(key: K, value: string) => ({
  params: Promise.resolve({ [key]: value } as Record<K, string>),
});

function post(fields: Record<string, string>, query = '', contentType = 'application/x-www-form-urlencoded') {
  return new NextRequest(`${BASE}/requests.json${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-forwarded-for': `198.51.100.${++ip % 250}` },
    body: contentType.includes('json') ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
  });
}

async function body<T = Json[]>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

let activeKey = '';
let activeKeyId = '';
let revokedKey = '';
const tokenReports: string[] = [];
const mediaHits: string[] = [];
let mediaServer: Server;
let mediaUrl = '';

beforeAll(async () => {
  await seed(db as never);
  const admin = await db.user.findUniqueOrThrow({ where: { email: 'quantri@congdanso.test' }, select: { id: true } });
  const active = await issueApiKey(admin.id, 'Ứng dụng thử nghiệm Open311');
  activeKey = active.key;
  activeKeyId = active.id;
  const revoked = await issueApiKey(admin.id, 'Khóa đã thu hồi');
  await revokeApiKey(admin.id, revoked.id);
  revokedKey = revoked.key;
  mediaServer = createServer((req, res) => {
    mediaHits.push(req.url ?? '');
    res.end('not an image');
  });
  await new Promise<void>((resolve) => mediaServer.listen(0, '127.0.0.1', resolve));
  mediaUrl = `http://127.0.0.1:${(mediaServer.address() as AddressInfo).port}/photo.jpg`;
}, 60_000);

afterAll(async () => {
  await db.report.deleteMany({ where: { apiKeyId: activeKeyId } });
  await db.report.updateMany({ where: { id: { in: tokenReports } }, data: { open311Token: null } });
  await new Promise((resolve) => mediaServer.close(resolve));
  await db.$disconnect();
});

describe('discovery and services', () => {
  it('discovery names the v2 endpoint, in XML and JSON', async () => {
    const res = await discovery(get('discovery.json'));
    expect(res.status).toBe(200);
    const d = await body<Json & { endpoints: Json[] }>(res);
    expect(d.endpoints).toHaveLength(1);
    expect(d.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: new URL('/api/open311/v2', env().PUBLIC_URL).toString(),
      type: 'production',
      formats: ['text/xml', 'application/json'],
    });
    expect(d.changeset).toMatch(ISO_CITY);
  });

  it('services.json lists every category as a realtime service without metadata, in either language', async () => {
    const res = await services(get('services.json'));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const list = await body(res);
    const categories = await db.reportCategory.findMany({ orderBy: { sortOrder: 'asc' } });
    expect(list.map((s) => s.service_code)).toEqual(categories.map((c) => c.code));
    for (const s of list) {
      expect(Object.keys(s).sort()).toEqual([
        'description',
        'group',
        'keywords',
        'metadata',
        'service_code',
        'service_name',
        'type',
      ]);
      expect(s).toMatchObject({ metadata: false, type: 'realtime' });
      expect(String(s.keywords).length).toBeGreaterThan(0);
    }
    expect(list[0]).toMatchObject({ service_code: 'giao-thong', service_name: 'Giao thông' });
    const en = await body(await services(get('services.json?locale=en')));
    expect(en[0]).toMatchObject({ service_code: 'giao-thong', service_name: 'Traffic and roads' });
    const bad = await services(get('services.json?locale=fr'));
    expect(bad.status).toBe(400);
    expect(await body(bad)).toEqual([{ code: 400, description: 'locale must be vi or en' }]);
  });

  it('a service definition has no attributes; an unknown one is a 404 in the spec’s shape', async () => {
    const ok = await serviceDefinition(get('services/moi-truong.json'), params('code', 'moi-truong.json'));
    expect(ok.status).toBe(200);
    expect(await body<Json>(ok)).toEqual({ service_code: 'moi-truong', attributes: [] });
    const unknown = await serviceDefinition(get('services/khong-co.json'), params('code', 'khong-co.json'));
    expect(unknown.status).toBe(404);
    expect(await body(unknown)).toEqual([{ code: 404, description: 'service_code not found: khong-co' }]);
    const xml = await serviceDefinition(get('services/moi-truong.xml'), params('code', 'moi-truong.xml'));
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const none = await serviceDefinition(get('services/moi-truong'), params('code', 'moi-truong'));
    expect(none.status).toBe(404);
  });
});

describe('GET requests', () => {
  const visible = { isPublic: true, hiddenAt: null };
  /** Creation times from `start` (city time) over the 90 days a range may span. */
  const range = (start: string) => {
    const gte = new Date(`${start}T00:00:00+07:00`);
    return { gte, lte: new Date(gte.getTime() + 90 * 86_400_000) };
  };

  it('lists public reports newest first with the spec’s field names and +07:00 dates; private and hidden never appear', async () => {
    const res = await listRequests(get('requests.json?start_date=2026-09-01'));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const list = await body(res);
    const expected = await db.report.count({ where: { ...visible, createdAt: range('2026-09-01') } });
    expect(list).toHaveLength(Math.min(expected, 1000));
    expect(list.length).toBeGreaterThan(80);
    for (const r of list) {
      expect(Object.keys(r).sort()).toEqual(REQUEST_FIELDS);
      expect(r.requested_datetime).toMatch(ISO_CITY);
      expect(r.updated_datetime).toMatch(ISO_CITY);
      expect(r.expected_datetime).toMatch(ISO_CITY);
      expect(['open', 'closed']).toContain(r.status);
    }
    const times = list.map((r) => Date.parse(String(r.requested_datetime)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const hiddenOrPrivate = await db.report.findMany({
      where: { OR: [{ isPublic: false }, { hiddenAt: { not: null } }] },
      select: { code: true },
    });
    expect(hiddenOrPrivate.length).toBeGreaterThanOrEqual(5);
    const codes = new Set(list.map((r) => r.service_request_id));
    for (const r of hiddenOrPrivate) expect(codes.has(r.code)).toBe(false);
  });

  it('defaults to the last 90 days', async () => {
    const list = await body(await listRequests(get('requests.json')));
    const since = Date.now() - 90 * 86_400_000;
    expect(list.every((r) => Date.parse(String(r.requested_datetime)) >= since - 1000)).toBe(true);
    expect(list).toHaveLength(await db.report.count({ where: { ...visible, createdAt: { gte: new Date(since) } } }));
  });

  it('filters by service_code, status and dates', async () => {
    const traffic = await body(await listRequests(get('requests.json?service_code=giao-thong&start_date=2026-09-01')));
    expect(traffic.length).toBe(
      await db.report.count({
        where: { ...visible, categoryCode: 'giao-thong', createdAt: range('2026-09-01') },
      }),
    );
    expect(traffic.length).toBeGreaterThan(5);
    expect(traffic.every((r) => r.service_code === 'giao-thong' && r.agency_responsible)).toBe(true);

    const open = await body(await listRequests(get('requests.json?status=open&start_date=2026-09-01')));
    expect(open.length).toBe(
      await db.report.count({
        where: {
          ...visible,
          status: { in: ['RECEIVED', 'IN_PROGRESS'] },
          createdAt: range('2026-09-01'),
        },
      }),
    );
    expect(open.every((r) => r.status === 'open')).toBe(true);
    const closed = await body(await listRequests(get('requests.json?status=closed&start_date=2026-09-01')));
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
    expect(closed.length).toBeGreaterThan(10);
    const both = await body(await listRequests(get('requests.json?status=open,closed&start_date=2026-09-01')));
    expect(both.length).toBe(open.length + closed.length);

    // A "+" sent unencoded arrives as a space and still reads as +07:00; a bare end date is inclusive.
    const october = await body(
      await listRequests(get('requests.json?start_date=2026-10-01T00:00:00+07:00&end_date=2026-10-31')),
    );
    const from = new Date('2026-10-01T00:00:00+07:00');
    const to = new Date('2026-10-31T23:59:59.999+07:00');
    expect(october.length).toBe(await db.report.count({ where: { ...visible, createdAt: { gte: from, lte: to } } }));
    expect(october.length).toBeGreaterThan(10);
    expect(
      october.every((r) => {
        const t = Date.parse(String(r.requested_datetime));
        return t >= from.getTime() && t <= to.getTime();
      }),
    ).toBe(true);
    const utc = await body(
      await listRequests(
        get(
          `requests.json?start_date=${encodeURIComponent('2026-09-30T17:00:00Z')}&end_date=${encodeURIComponent('2026-10-31T23:59:59+07:00')}`,
        ),
      ),
    );
    expect(utc.length).toBe(october.length);
  });

  it('service_request_id takes a comma-separated list and overrides the other filters; private ids are left out', async () => {
    const [a, b] = await db.report.findMany({
      where: { ...visible, status: { in: ['RECEIVED', 'IN_PROGRESS'] } },
      orderBy: { code: 'asc' },
      take: 2,
      select: { code: true },
    });
    const priv = await db.report.findFirstOrThrow({ where: { isPublic: false }, select: { code: true } });
    const list = await body(
      await listRequests(
        get(`requests.json?service_request_id=${a!.code},${b!.code},${priv.code}&status=closed&start_date=2030-01-01`),
      ),
    );
    expect(list.map((r) => r.service_request_id).sort()).toEqual([a!.code, b!.code].sort());
  });

  it('refuses malformed parameters with a 400 list', async () => {
    for (const q of [
      'start_date=yesterday',
      'end_date=2026-02-30',
      'status=pending',
      'service_code=Giao%20Thong',
      'start_date=2026-11-02&end_date=2026-11-01',
      'service_request_id=123',
      'start_date=2026-09-01&end_date=2026-11-30',
      'status=open&status=pending',
    ]) {
      const res = await listRequests(get(`requests.json?${q}`));
      expect(res.status, q).toBe(400);
      const errors = await body(res);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatchObject({ code: 400 });
      expect(typeof errors[0]!.description).toBe('string');
    }
  });

  it('requests/{id}.json returns one public report; private, hidden and unknown ones are 404', async () => {
    const photo = await db.reportPhoto.findFirstOrThrow({
      where: { eventId: null, hiddenAt: null, promotedAt: { not: null }, report: { isPublic: true, hiddenAt: null } },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        report: {
          select: {
            code: true,
            lat: true,
            lng: true,
            categoryCode: true,
            createdAt: true,
            dueAt: true,
            committedAt: true,
          },
        },
      },
    });
    const code = photo.report.code;
    const res = await getRequest(get(`requests/${code}.json`), params('id', `${code}.json`));
    expect(res.status).toBe(200);
    const [r] = await body(res);
    expect(Object.keys(r!).sort()).toEqual(REQUEST_FIELDS);
    expect(r).toMatchObject({
      service_request_id: code,
      service_code: photo.report.categoryCode,
      lat: photo.report.lat,
      long: photo.report.lng,
      address_id: null,
      zipcode: null,
      media_url: new URL(`/api/feedback/photos/${photo.id}/display`, env().PUBLIC_URL).toString(),
    });
    expect(Date.parse(String(r!.requested_datetime))).toBe(Math.floor(photo.report.createdAt.getTime() / 1000) * 1000);
    expect(Date.parse(String(r!.expected_datetime))).toBe(
      Math.floor((photo.report.committedAt ?? photo.report.dueAt).getTime() / 1000) * 1000,
    );

    for (const where of [{ isPublic: false }, { hiddenAt: { not: null } }]) {
      const other = await db.report.findFirstOrThrow({ where, select: { code: true } });
      const hidden = await getRequest(get(`requests/${other.code}.json`), params('id', `${other.code}.json`));
      expect(hidden.status).toBe(404);
      expect(await body(hidden)).toEqual([{ code: 404, description: `service_request_id not found: ${other.code}` }]);
    }
    expect((await getRequest(get('requests/PA-2026-999999.json'), params('id', 'PA-2026-999999.json'))).status).toBe(
      404,
    );
    expect((await getRequest(get('requests/abc.json'), params('id', 'abc.json'))).status).toBe(404);
    expect((await getRequest(get(`requests/${code}`), params('id', code))).status).toBe(404);
  });

  it('status is open while received or in progress and closed otherwise; status_notes is the latest public note', async () => {
    const resolved = await db.report.findFirstOrThrow({
      where: { isPublic: true, hiddenAt: null, status: 'RESOLVED' },
      select: { code: true, id: true },
    });
    const [r] = await body(
      await getRequest(get(`requests/${resolved.code}.json`), params('id', `${resolved.code}.json`)),
    );
    expect(r!.status).toBe('closed');
    const note = await db.reportEvent.findFirstOrThrow({
      where: { reportId: resolved.id, internal: false, note: { not: '' } },
      orderBy: { createdAt: 'desc' },
    });
    expect(r!.status_notes).toBe(note.note);
    const received = await db.report.findFirstOrThrow({
      where: { isPublic: true, hiddenAt: null, status: 'RECEIVED' },
      select: { code: true },
    });
    const [o] = await body(
      await getRequest(get(`requests/${received.code}.json`), params('id', `${received.code}.json`)),
    );
    expect(o!.status).toBe('open');
  });
});

describe('POST requests', () => {
  const valid = {
    service_code: 'giao-thong',
    lat: '10.7769',
    long: '106.7009',
    address_string: '12 Lê Lợi, phường Sài Gòn',
    description:
      'Ổ gà rất sâu giữa làn xe máy trước số 12 Lê Lợi, trời mưa đọng nước không nhìn thấy, đã có người té ngã.',
    email: 'an.nguyen@example.com',
    first_name: 'An',
    last_name: 'Nguyễn Văn',
    phone: '0901234567',
  };

  it('creates a public report routed to the category’s agency, due in five working days, with a CREATED event', async () => {
    const res = await postRequest(post({ ...valid, api_key: activeKey, media_url: mediaUrl }));
    expect(res.status).toBe(201);
    const out = await body(res);
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]!).sort()).toEqual(['account_id', 'service_notice', 'service_request_id']);
    expect(out[0]!.account_id).toBeNull();
    expect(out[0]!.service_notice).toContain('Sở Xây dựng');
    const code = String(out[0]!.service_request_id);
    expect(code).toMatch(/^PA-\d{4}-\d{6}$/);

    const report = await db.report.findUniqueOrThrow({
      where: { code },
      include: { events: true, category: true, apiKey: true },
    });
    expect(report).toMatchObject({
      source: 'OPEN311',
      apiKeyId: activeKeyId,
      contactName: 'An Nguyễn Văn',
      contactEmail: 'an.nguyen@example.com',
      categoryCode: 'giao-thong',
      agencyId: report.category.defaultAgencyId,
      isPublic: true,
      status: 'RECEIVED',
      lat: 10.7769,
      lng: 106.7009,
      address: '12 Lê Lợi, phường Sài Gòn',
      description: valid.description,
      answeredAt: null,
      closedAt: null,
      open311Token: null,
    });
    expect(report.title.length).toBeLessThanOrEqual(80);
    expect(valid.description.startsWith(report.title.replace(/…$/, ''))).toBe(true);
    const [row] = await db.$queryRaw<{ s: string }[]>`SELECT lower(public.f_unaccent(${report.title})) AS s`;
    expect(report.searchTitle).toBe(row!.s);
    expect(report.searchTitle).toMatch(/^o ga rat sau/);
    const holidays = new Set((await db.publicHoliday.findMany()).map((h) => h.date.toISOString().slice(0, 10)));
    expect(report.dueAt.toISOString()).toBe(addWorkingDays(report.createdAt, 5, holidays).toISOString());
    expect(report.events).toHaveLength(1);
    expect(report.events[0]).toMatchObject({ kind: 'CREATED', status: 'RECEIVED', agencyId: report.agencyId });
    expect(report.apiKey?.lastUsedAt).toBeInstanceOf(Date);

    const [fetched] = await body(await getRequest(get(`requests/${code}.json`), params('id', `${code}.json`)));
    expect(fetched).toMatchObject({
      service_request_id: code,
      status: 'open',
      service_code: 'giao-thong',
      lat: 10.7769,
      long: 106.7009,
      media_url: null,
    });

    // media_url is accepted and never fetched.
    await new Promise((r) => setTimeout(r, 300));
    expect(mediaHits).toEqual([]);
  });

  it('takes the key as a query parameter too, and an address without coordinates', async () => {
    const res = await postRequest(
      post(
        { service_code: 'moi-truong', address_string: 'Hẻm 45 Nguyễn Đình Chiểu', description: 'Rác ùn ứ' },
        `?api_key=${activeKey}`,
      ),
    );
    expect(res.status).toBe(201);
    const [out] = await body(res);
    const report = await db.report.findUniqueOrThrow({ where: { code: String(out!.service_request_id) } });
    expect(report).toMatchObject({
      lat: null,
      lng: null,
      title: 'Rác ùn ứ',
      categoryCode: 'moi-truong',
      contactName: null,
      contactEmail: null,
    });
  });

  it('refuses a missing, unknown or revoked key with 403 and stores nothing', async () => {
    const before = await db.report.count();
    for (const key of [undefined, 'cds_thisKeyDoesNotExistAnywhere00000000', revokedKey, 'không phải khóa']) {
      const res = await postRequest(post(key === undefined ? valid : { ...valid, api_key: key }));
      expect(res.status).toBe(403);
      expect(await body(res)).toEqual([{ code: 403, description: 'api_key is missing, unknown or revoked' }]);
    }
    expect(await db.report.count()).toBe(before);
  });

  it('validates the fields: description, location inside the city, service_code; 400 in the spec’s shape', async () => {
    const before = await db.report.count();
    const cases: [Record<string, string>, string][] = [
      [{ ...valid, description: '' }, 'description is required'],
      [{ ...valid, description: '   ' }, 'description is required'],
      [{ ...valid, description: 'x'.repeat(5001) }, 'description must be at most 5000 characters'],
      [{ ...valid, lat: '21.0285', long: '105.8542' }, 'lat/long is outside Ho Chi Minh City'],
      [{ ...valid, lat: '10.7769', long: '' }, 'lat and long must be given together'],
      [{ ...valid, lat: 'abc', long: '106.7' }, 'lat must be a decimal number (WGS84)'],
      [
        { service_code: 'giao-thong', description: 'Không có vị trí' },
        'a location is required: lat and long, or address_string',
      ],
      [{ ...valid, service_code: 'khong-co' }, 'service_code not found: khong-co'],
      [{ ...valid, service_code: '' }, 'service_code is required'],
      [{ ...valid, email: 'not-an-email' }, 'email is not a valid address'],
    ];
    for (const [fields, message] of cases) {
      const res = await postRequest(post({ ...fields, api_key: activeKey }));
      expect(res.status, message).toBe(400);
      const errors = await body(res);
      expect(
        errors.map((e) => e.description),
        message,
      ).toContain(message);
      expect(errors.every((e) => e.code === 400)).toBe(true);
    }
    const json = await postRequest(post({ ...valid, api_key: activeKey }, '', 'application/json'));
    expect(json.status).toBe(400);
    expect(await db.report.count()).toBe(before);
  });

  it('rate-limits reports per key', async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: 'quantri@congdanso.test' }, select: { id: true } });
    const busy = await issueApiKey(admin.id, 'Khóa bận');
    for (let i = 0; i < OPEN311_LIMITS.postPerKey.max; i++)
      await rateLimitStore().hit(`open311-post:${busy.id}`, OPEN311_LIMITS.postPerKey.windowSeconds);
    const res = await postRequest(post({ ...valid, api_key: busy.key }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await body(res))[0]).toMatchObject({ code: 429 });
    expect(await db.report.count({ where: { apiKeyId: busy.id } })).toBe(0);
    // Another key is not affected.
    expect((await postRequest(post({ ...valid, api_key: activeKey }))).status).toBe(201);
  });
});

describe('tokens', () => {
  it('answers [{service_request_id, token}] for a known token of a visible report, 404 otherwise', async () => {
    const pub = await db.report.findFirstOrThrow({
      where: { isPublic: true, hiddenAt: null },
      select: { id: true, code: true },
    });
    const priv = await db.report.findFirstOrThrow({ where: { isPublic: false }, select: { id: true } });
    tokenReports.push(pub.id, priv.id);
    await db.report.update({ where: { id: pub.id }, data: { open311Token: 'tok-public-0001' } });
    await db.report.update({ where: { id: priv.id }, data: { open311Token: 'tok-private-0001' } });

    const res = await getToken(get('tokens/tok-public-0001.json'), params('token', 'tok-public-0001.json'));
    expect(res.status).toBe(200);
    expect(await body(res)).toEqual([{ service_request_id: pub.code, token: 'tok-public-0001' }]);
    for (const token of ['tok-private-0001', 'tok-unknown-0001', '%27%3B--']) {
      const miss = await getToken(get(`tokens/${token}.json`), params('token', `${token}.json`));
      expect(miss.status).toBe(404);
      expect(await body(miss)).toEqual([{ code: 404, description: 'token not found' }]);
    }
  });
});
