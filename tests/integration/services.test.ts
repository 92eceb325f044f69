import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/server/db';
import { seed } from '@/prisma/seed';
import { centresForLevel, placeBySlug, searchPlaces, wardCentre } from '@/server/services/queries';
import { closeCorrection, savePlace } from '@/server/services/admin';
import { placeEditSchema } from '@/lib/validation/services';
import { createTestData } from '../support/data';
import { errorOf } from '../support/errors';

// The services directory against real PostgreSQL with the demo data: search without tone marks,
// filters, "open now" in city time with the holiday table, nearest first, the open-data routes,
// residents' corrections (origin, limit, nothing half-written) and the editors' audited saves.

vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  after: () => undefined,
}));
vi.mock('@/server/auth', () => ({ auth: async () => null, signIn: async () => undefined }));

const { GET: listRoute } = await import('@/app/api/places/route');
const { GET: oneRoute } = await import('@/app/api/places/[slug]/route');
const { GET: csvRoute } = await import('@/app/api/places/export.csv/route');
const { GET: geoRoute } = await import('@/app/api/places/export.geojson/route');
const { POST: correctionRoute } = await import('@/app/api/places/corrections/route');

const testData = createTestData(db);
const ORIGIN = 'http://localhost:3000';
const get = (path: string) => new NextRequest(`${ORIGIN}${path}`, { headers: { host: 'localhost:3000' } });
const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
  new NextRequest(`${ORIGIN}/api/places/corrections`, {
    method: 'POST',
    body: new URLSearchParams(body).toString(),
    headers: {
      host: 'localhost:3000',
      origin: ORIGIN,
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': '198.51.100.77',
      ...headers,
    },
  });
const slugs = (r: { items: { slug: string }[] }) => r.items.map((i) => i.slug);
const createdPlaces: string[] = [];

beforeAll(async () => {
  await seed(db as never);
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: 'place-correction:' } } });
});

afterAll(async () => {
  await db.placeReport.deleteMany({ where: { message: { startsWith: 'Kiểm thử:' } } });
  await db.place.deleteMany({ where: { id: { in: createdPlaces } } });
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: 'place-correction:' } } });
  await testData.cleanup();
});

describe('search', () => {
  it('ignores tone marks and đ, and finds by address', async () => {
    expect(slugs(await searchPlaces({ q: 'cho ray' }))[0]).toBe('benh-vien-cho-ray');
    expect(slugs(await searchPlaces({ q: 'BỆNH VIỆN NHI ĐỒNG' }))).toEqual(
      expect.arrayContaining(['benh-vien-nhi-dong-1', 'benh-vien-nhi-dong-2']),
    );
    expect(slugs(await searchPlaces({ q: 'le hong phong' }))[0]).toBe('thpt-chuyen-le-hong-phong');
    expect(slugs(await searchPlaces({ q: 'nguyen chi thanh' }))).toContain('benh-vien-cho-ray');
    expect((await searchPlaces({ q: 'khong co dia diem nao ten nay' })).total).toBe(0);
  });

  it('filters by type and ward', async () => {
    const schools = await searchPlaces({ type: 'SCHOOL', size: 100 });
    expect(schools.total).toBeGreaterThanOrEqual(15);
    expect(schools.items.every((p) => p.type === 'SCHOOL')).toBe(true);
    const inWard = await searchPlaces({ wardCode: 'mau-phuong-cho-lon', size: 100 });
    expect(inWard.items.every((p) => p.wardCode === 'mau-phuong-cho-lon')).toBe(true);
    expect(slugs(inWard)).toContain('mot-cua-phuong-cho-lon');
  });

  it('answers "open now" in city time, closing one-stop centres on Sundays and public holidays', async () => {
    const sunday = await searchPlaces({
      type: 'ADMIN_CENTRE',
      openNow: true,
      now: new Date('2026-12-06T09:00:00+07:00'),
    });
    expect(sunday.total).toBe(0);
    const monday = await searchPlaces({
      type: 'ADMIN_CENTRE',
      openNow: true,
      now: new Date('2026-12-07T09:00:00+07:00'),
    });
    expect(monday.total).toBeGreaterThanOrEqual(10);
    // 2 September 2026, National Day, a Wednesday: centres closed, hospitals' emergency open.
    const holiday = new Date('2026-09-02T09:00:00+07:00');
    expect((await searchPlaces({ type: 'ADMIN_CENTRE', openNow: true, now: holiday })).total).toBe(0);
    expect(slugs(await searchPlaces({ q: 'cho ray', openNow: true, now: holiday }))).toEqual(['benh-vien-cho-ray']);
    // 02:00 UTC on a Monday is 09:00 in the city: open; 11:00 UTC is 18:00: closed.
    expect(
      (await searchPlaces({ type: 'ADMIN_CENTRE', openNow: true, now: new Date('2026-12-07T11:00:00Z') })).total,
    ).toBe(0);
  });

  it('honours special hours by date: the demo city centre works on a Saturday and closes over Tết', async () => {
    const city = { type: 'ADMIN_CENTRE' as const, q: 'trung tam phuc vu hanh chinh cong thanh pho', openNow: true };
    const cityCentre = 'trung-tam-phuc-vu-hanh-chinh-cong-thanh-pho';
    // Saturday 30 January 2027, 14:00: weekly hours end at 11:30, the special day runs to 17:00.
    expect(slugs(await searchPlaces({ ...city, now: new Date('2027-01-30T14:00:00+07:00') }))).toContain(cityCentre);
    expect(slugs(await searchPlaces({ ...city, now: new Date('2027-01-23T14:00:00+07:00') }))).not.toContain(
      cityCentre,
    );
    // Monday 8 February 2027, inside the closed range, and Monday 15 February after it.
    expect(slugs(await searchPlaces({ ...city, now: new Date('2027-02-08T09:00:00+07:00') }))).not.toContain(
      cityCentre,
    );
    expect(slugs(await searchPlaces({ ...city, now: new Date('2027-02-15T09:00:00+07:00') }))).toContain(cityCentre);
    // The "open" flag of a search without the filter says the same.
    const flag = await searchPlaces({ q: city.q, type: 'ADMIN_CENTRE', now: new Date('2027-02-08T09:00:00+07:00') });
    expect(flag.items.find((i) => i.slug === cityCentre)?.openNow).toBe(false);
    expect((await placeBySlug(cityCentre))!.specialHours).toEqual([
      { startsOn: '2027-01-30', endsOn: '2027-01-30', opensMin: 450, closesMin: 690 },
      { startsOn: '2027-01-30', endsOn: '2027-01-30', opensMin: 780, closesMin: 1020 },
      { startsOn: '2027-02-04', endsOn: '2027-02-12', opensMin: null, closesMin: null },
    ]);
  });

  it('counts "open now" as it lists it, at ordinary, holiday and special instants', async () => {
    for (const iso of [
      '2026-12-07T09:00:00+07:00',
      '2026-12-07T21:00:00+07:00',
      '2026-12-13T10:00:00+07:00',
      '2026-09-02T09:00:00+07:00',
      '2027-01-01T08:00:00+07:00',
      '2027-01-30T14:00:00+07:00',
      '2027-01-31T09:00:00+07:00',
      '2027-02-08T09:00:00+07:00',
    ]) {
      const open = await searchPlaces({ openNow: true, size: 100, now: new Date(iso) });
      expect(open.items.length, iso).toBe(open.total);
      const all = await searchPlaces({ size: 100, now: new Date(iso) });
      expect(all.items.filter((i) => i.openNow).length, iso).toBe(open.total);
    }
  });

  it('gives the same nearest places with and without the box around the origin', async () => {
    // Far from every demo place (the city's north-west edge), so the first boxes hold too few.
    const origin = { lat: 11.05, lng: 106.45 };
    const far = await searchPlaces({ origin, size: 5 });
    expect(far.items).toHaveLength(5);
    const all = await db.place.findMany({ where: { synthetic: false }, select: { slug: true, lat: true, lng: true } });
    const k = Math.cos((origin.lat * Math.PI) / 180);
    const expected = all
      .map((p) => ({ slug: p.slug, d: (p.lat - origin.lat) ** 2 + ((p.lng - origin.lng) * k) ** 2 }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 5)
      .map((p) => p.slug);
    expect(slugs(far)).toEqual(expected);
  });

  it('sorts by distance from a point or from a ward', async () => {
    const near = await searchPlaces({ origin: { lat: 10.7578, lng: 106.6594 }, size: 5 });
    expect(near.items[0]!.slug).toBe('benh-vien-cho-ray');
    expect(near.items[0]!.distance).toBeLessThan(50);
    const d = near.items.map((i) => i.distance!);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    const centre = await wardCentre('mau-phuong-sai-gon');
    expect(centre).not.toBeNull();
    const fromWard = await searchPlaces({ origin: centre!, type: 'ADMIN_CENTRE', size: 3 });
    expect(fromWard.items.map((i) => i.wardCode)).toContain('mau-phuong-sai-gon');
  });

  it('names the one-stop centres of each level of procedure', async () => {
    expect((await centresForLevel('CITY')).map((c) => c.slug)).toEqual(['trung-tam-phuc-vu-hanh-chinh-cong-thanh-pho']);
    expect((await centresForLevel('COMMUNE')).length).toBeGreaterThanOrEqual(10);
  });
});

describe('open data routes', () => {
  it('pages the JSON API and refuses bad input with a 4xx in the person’s language', async () => {
    const first = await listRoute(get('/api/places?size=5&type=benh-vien'));
    expect(first.status).toBe(200);
    const body = (await first.json()) as { total: number; pages: number; items: { type: string }[] };
    expect(body.items).toHaveLength(5);
    expect(body.pages).toBe(Math.ceil(body.total / 5));
    expect(body.items.every((i) => i.type === 'benh-vien')).toBe(true);

    expect((await listRoute(get('/api/places?type=khong-co'))).status).toBe(404);
    expect((await listRoute(get('/api/places?ward=khong-co-phuong'))).status).toBe(404);
    expect((await listRoute(get('/api/places?page=999'))).status).toBe(404);
    const outside = await listRoute(get('/api/places?lat=21.03&lng=105.85&locale=en'));
    expect(outside.status).toBe(400);
    expect(JSON.stringify(await errorOf(outside))).toMatch(/outside/i);
    expect((await listRoute(get('/api/places?size=1000'))).status).toBe(400);
    expect((await listRoute(get('/api/places?lat=abc&lng=1'))).status).toBe(400);
  });

  it('gives one entry, and 404 for an unknown one', async () => {
    const one = await oneRoute(get('/api/places/benh-vien-cho-ray'), {
      params: Promise.resolve({ slug: 'benh-vien-cho-ray' }),
    });
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      name: { vi: 'Bệnh viện Chợ Rẫy' },
      hours: '1-7 00:00-24:00',
      specialHours: [],
    });
    const slug = 'trung-tam-phuc-vu-hanh-chinh-cong-thanh-pho';
    const centre = await oneRoute(get(`/api/places/${slug}`), { params: Promise.resolve({ slug }) });
    expect((await centre.json()).specialHours).toEqual([
      { from: '2027-01-30', to: '2027-01-30', periods: ['07:30-11:30', '13:00-17:00'] },
      { from: '2027-02-04', to: '2027-02-12', periods: [] },
    ]);
    const none = await oneRoute(get('/api/places/khong-co'), { params: Promise.resolve({ slug: 'khong-co' }) });
    expect(none.status).toBe(404);
  });

  it('downloads the whole directory as CSV and GeoJSON', async () => {
    const total = await db.place.count({ where: { synthetic: false } });
    expect(total).toBeGreaterThanOrEqual(60);
    const csv = await (await csvRoute(get('/api/places/export.csv'))).text();
    expect(csv.trim().split('\r\n')).toHaveLength(total + 1);
    const geo = (await (await geoRoute(get('/api/places/export.geojson'))).json()) as { features: unknown[] };
    expect(geo.features).toHaveLength(total);
  });
});

describe('residents’ corrections', () => {
  it('refuses another origin, a short note and an unknown place, storing nothing; files a good one and limits to 5 an hour', async () => {
    const before = await db.placeReport.count();
    const good = { slug: 'benh-vien-cho-ray', field: 'phone', message: 'Kiểm thử: số tổng đài đã đổi', locale: 'vi' };
    expect((await correctionRoute(post(good, { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await correctionRoute(post({ ...good, message: 'ngắn' }))).status).toBe(400);
    expect((await correctionRoute(post({ ...good, slug: 'khong-co' }))).status).toBe(404);
    expect(await db.placeReport.count()).toBe(before);

    const sent = await correctionRoute(post(good));
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toMatch(/\/vi\/tien-ich\/da-gui-gop-y$/);
    for (let i = 0; i < 4; i++)
      expect((await correctionRoute(post(good, { accept: 'application/json' }))).status).toBe(201);
    const limited = await correctionRoute(post(good, { accept: 'application/json' }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    expect(await db.placeReport.count()).toBe(before + 5);
  });

  it('lets an editor close a correction once, audited; a citizen cannot', async () => {
    const editor = await testData.user({ role: 'EDITOR' });
    const citizen = await testData.user();
    const place = await db.place.findUniqueOrThrow({ where: { slug: 'ga-sai-gon' } });
    const c = await db.placeReport.create({
      data: { placeId: place.id, field: 'hours', message: 'Kiểm thử: giờ mở cửa khác' },
    });
    expect((await errorOf(closeCorrection(citizen, c.id, 'RESOLVED'))).code).toBe('forbidden');
    await closeCorrection(editor, c.id, 'RESOLVED');
    expect((await errorOf(closeCorrection(editor, c.id, 'DISMISSED'))).code).toBe('not_found');
    expect(await db.placeReport.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: 'RESOLVED' });
    expect(await db.auditLog.count({ where: { entityType: 'PlaceReport', entityId: c.id } })).toBe(1);
  });
});

describe('editors', () => {
  it('create and correct an entry with an audit entry each; a taken address and a citizen are refused', async () => {
    const editor = await testData.user({ role: 'EDITOR' });
    const citizen = await testData.user();
    const input = placeEditSchema.parse({
      nameVi: 'Trạm Y tế thử nghiệm',
      nameEn: 'Test health post',
      slug: `tram-y-te-thu-${Date.now()}`,
      type: 'CLINIC',
      address: '1 Đường Thử',
      ward: 'mau-phuong-sai-gon',
      lat: '10.776',
      lng: '106.70',
      hours: '1-5 07:00-17:00',
      closedOnHolidays: 'on',
      unverified_phone: 'on',
    });
    expect((await errorOf(savePlace(citizen, input))).code).toBe('forbidden');
    const created = await savePlace(editor, input);
    createdPlaces.push(created.id);
    expect(created.unverified).toEqual(['phone']);
    expect(slugs(await searchPlaces({ q: 'tram y te thu nghiem' }))).toEqual([input.slug]);
    const taken = await errorOf(savePlace(editor, { ...input, slug: 'benh-vien-cho-ray' }));
    expect(taken.code).toBe('conflict');
    const updated = await savePlace(editor, { ...input, id: created.id, hours: '1-6 07:00-11:00' });
    expect(updated.hours).toHaveLength(6);
    const entries = await db.auditLog.findMany({
      where: { entityType: 'Place', entityId: created.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(entries.map((e) => e.action)).toEqual(['place.create', 'place.update']);
    expect(entries[0]!.actorId).toBe(editor.id);
  });

  it('save special hours by date, audited, and refuse bad dates and times with the line, writing nothing', async () => {
    const editor = await testData.user({ role: 'EDITOR' });
    const base = {
      nameVi: 'Bộ phận một cửa thử nghiệm',
      nameEn: 'Test one-stop desk',
      slug: `mot-cua-thu-${Date.now()}`,
      type: 'ADMIN_CENTRE',
      serves: 'COMMUNE',
      address: '2 Đường Thử',
      ward: 'mau-phuong-sai-gon',
      lat: '10.775',
      lng: '106.701',
      hours: '1-5 07:30-11:30 13:00-17:00',
      closedOnHolidays: 'on',
    };
    const created = await savePlace(editor, placeEditSchema.parse(base));
    createdPlaces.push(created.id);
    const input = placeEditSchema.parse({
      ...base,
      id: created.id,
      // A Sunday session, and the National Day holiday worked in the morning.
      specialHours: '2027-01-31 07:30-11:30\n2027-09-02 07:30-11:30',
    });
    const saved = await savePlace(editor, input);
    expect(saved.specialHours).toHaveLength(2);
    const desk = { q: 'mot cua thu nghiem', openNow: true };
    expect(slugs(await searchPlaces({ ...desk, now: new Date('2027-01-31T08:00:00+07:00') }))).toEqual([base.slug]);
    expect(slugs(await searchPlaces({ ...desk, now: new Date('2027-09-02T08:00:00+07:00') }))).toEqual([base.slug]);
    expect(slugs(await searchPlaces({ ...desk, now: new Date('2027-09-02T14:00:00+07:00') }))).toEqual([]);
    const audit = await db.auditLog.findFirst({
      where: { entityType: 'Place', entityId: created.id, action: 'place.update' },
      orderBy: { createdAt: 'desc' },
    });
    expect((audit!.after as { specialHours: unknown[] }).specialHours).toEqual([
      { startsOn: '2027-01-31', endsOn: '2027-01-31', opensMin: 450, closesMin: 690 },
      { startsOn: '2027-09-02', endsOn: '2027-09-02', opensMin: 450, closesMin: 690 },
    ]);

    const refused = (specialHours: string) => {
      const r = placeEditSchema.safeParse({ ...base, id: created.id, specialHours });
      expect(r.success).toBe(false);
      const issue = r.error!.issues.find((i) => i.path[0] === 'specialHours')!;
      return { code: issue.message, line: (issue as { params?: { line?: number } }).params?.line };
    };
    expect(refused('2027-01-31 07:30-11:30\n2027-02-30 nghỉ')).toEqual({ code: 'specialHoursDate', line: 2 });
    expect(refused('31/01/2027 07:30-11:30')).toEqual({ code: 'specialHoursDate', line: 1 });
    expect(refused('2027-02-12/2027-02-04 nghỉ')).toEqual({ code: 'specialHoursRange', line: 1 });
    expect(refused('2027-01-31 11:30-07:30')).toEqual({ code: 'specialHoursTimes', line: 1 });
    // Past the schema (a forged request): the same refusal from the data layer, nothing changed.
    const forged = await errorOf(
      savePlace(editor, { ...input, nameVi: 'Đổi tên', specialHours: '2027-01-31 17:00-08:00' }),
    );
    expect(forged.code).toBe('bad_request');
    const after = await db.place.findUniqueOrThrow({ where: { id: created.id }, include: { specialHours: true } });
    expect(after.nameVi).toBe(base.nameVi);
    expect(after.specialHours).toHaveLength(2);
  });
});
