import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db';
import { issueApiKey } from '@/server/open311/api-keys';
import { seed } from '@/prisma/seed';
import * as discoveryJson from '@/app/api/open311/v2/discovery.json/route';
import * as discoveryXml from '@/app/api/open311/v2/discovery.xml/route';
import * as servicesJson from '@/app/api/open311/v2/services.json/route';
import * as servicesXml from '@/app/api/open311/v2/services.xml/route';
import * as requestsJson from '@/app/api/open311/v2/requests.json/route';
import * as requestsXml from '@/app/api/open311/v2/requests.xml/route';
import { GET as serviceDefinition } from '@/app/api/open311/v2/services/[code]/route';
import { GET as oneRequest } from '@/app/api/open311/v2/requests/[id]/route';
import { GET as token } from '@/app/api/open311/v2/tokens/[token]/route';
import { parseXml, xmlWellFormedness, type XmlElement } from '../support/xml-tree';

// Every Open311 endpoint in both formats, through the route handlers with real Request objects on
// the seeded demo data: the XML is read by parsers that share nothing with the portal's serializer
// (sax and libxml2), mapped to JSON by the spec's Spark convention and compared field by field
// with the JSON answer to the same request. Then repeated parameters, the 90-day range and errors.

const BASE = 'http://localhost:3000/api/open311/v2';
type Format = 'json' | 'xml';
const CONTENT_TYPE = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

/** The spec's list containers and the name of their items (GeoReport v2 and Service Discovery pages). */
const LISTS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

let ip = 0;
const nextIp = () => `203.0.113.${(++ip % 250) + 1}`;
const get = (path: string) => new NextRequest(`${BASE}/${path}`, { headers: { 'x-forwarded-for': nextIp() } });
const segment = <K extends string>(key: K, value: string) => ({
  params: Promise.resolve({ [key]: value } as Record<K, string>),
});
const post = (format: Format, fields: Record<string, string>) =>
  new NextRequest(`${BASE}/requests.${format}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'x-forwarded-for': nextIp() },
    body: new URLSearchParams(fields).toString(),
  });

/** The Spark convention: a list container is an array of its items, an element with children an object, text a string, an empty element null. */
function spark(el: XmlElement): unknown {
  expect(el.attributes, el.name).toEqual({});
  const item = LISTS[el.name];
  if (item) {
    expect(el.text.trim(), el.name).toBe('');
    for (const child of el.children) expect(child.name, `child of ${el.name}`).toBe(item);
    return el.children.map(spark);
  }
  if (el.children.length) {
    expect(el.text.trim(), el.name).toBe('');
    const names = el.children.map((c) => c.name);
    expect(new Set(names).size, `fields of ${el.name}`).toBe(names.length);
    return Object.fromEntries(el.children.map((c) => [c.name, spark(c)]));
  }
  return el.text === '' ? null : el.text;
}

/** JSON as XML can carry it: every value as text, null and "" as an empty element. */
function asXmlText(value: unknown): unknown {
  if (value === null || value === '') return null;
  if (Array.isArray(value)) return value.map(asXmlText);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXmlText(v)]));
  return String(value);
}

type Pair = { status: number; json: unknown; xml: XmlElement; xmlText: string };

/**
 * Checks both answers (status, headers, declaration, well-formedness, root element: `root`, or
 * `errors` for an error status) and that they say the same thing.
 */
async function compare(json: Response, xml: Response, root: string): Promise<Pair> {
  expect(xml.status).toBe(json.status);
  expect(json.headers.get('content-type')).toBe(CONTENT_TYPE.json);
  expect(xml.headers.get('content-type')).toBe(CONTENT_TYPE.xml);
  for (const h of ['cache-control', 'access-control-allow-origin', 'retry-after'])
    expect(xml.headers.get(h), h).toBe(json.headers.get(h));
  const jsonBody: unknown = JSON.parse(Buffer.from(await json.arrayBuffer()).toString('utf8'));
  const xmlText = Buffer.from(await xml.arrayBuffer()).toString('utf8');
  expect(xmlText.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  expect(await xmlWellFormedness(xmlText)).toBe('');
  const parsed = parseXml(xmlText);
  expect(parsed.declaration).toContain('encoding="utf-8"');
  expect(parsed.root.name).toBe(json.status >= 400 ? 'errors' : root);
  const mapped = spark(parsed.root);
  expect(mapped).toEqual(asXmlText(jsonBody));
  // Same fields in the same order.
  expect(JSON.stringify(mapped)).toBe(JSON.stringify(asXmlText(jsonBody)));
  return { status: json.status, json: jsonBody, xml: parsed.root, xmlText };
}

const listBoth = (query: string) =>
  Promise.all([requestsJson.GET(get(`requests.json?${query}`)), requestsXml.GET(get(`requests.xml?${query}`))]).then(
    ([j, x]) => compare(j, x, 'service_requests'),
  );

const ids = (pair: Pair) => (pair.json as { service_request_id: string }[]).map((r) => r.service_request_id);
const errorsOf = (pair: Pair) => (pair.json as { code: number; description: string }[]).map((e) => e.description);

const visible = { isPublic: true, hiddenAt: null };
const DAY = 86_400_000;
const cityDay = (d: string) => new Date(`${d}T00:00:00+07:00`);

let apiKey = '';
let apiKeyId = '';
let tokenReportId = '';

beforeAll(async () => {
  await seed(db as never);
  const admin = await db.user.findUniqueOrThrow({ where: { email: 'quantri@congdanso.test' }, select: { id: true } });
  const key = await issueApiKey(admin.id, 'Ứng dụng thử hai định dạng');
  apiKey = key.key;
  apiKeyId = key.id;
}, 60_000);

afterAll(async () => {
  await db.report.deleteMany({ where: { apiKeyId } });
  if (tokenReportId) await db.report.update({ where: { id: tokenReportId }, data: { open311Token: null } });
  await db.$disconnect();
});

describe('every endpoint answers the same in XML and JSON', () => {
  it('discovery lists both formats for the endpoint', async () => {
    const pair = await compare(
      await discoveryJson.GET(get('discovery.json')),
      await discoveryXml.GET(get('discovery.xml')),
      'discovery',
    );
    expect(pair.status).toBe(200);
    const endpoint = pair.xml.children.find((c) => c.name === 'endpoints')!.children[0]!;
    expect(endpoint.children.find((c) => c.name === 'formats')!.children.map((f) => f.text)).toEqual([
      'text/xml',
      'application/json',
    ]);
  });

  it('services, in both languages, and each service definition', async () => {
    for (const q of ['', '?locale=en']) {
      const pair = await compare(
        await servicesJson.GET(get(`services.json${q}`)),
        await servicesXml.GET(get(`services.xml${q}`)),
        'services',
      );
      expect(pair.status).toBe(200);
      expect(pair.xml.children.length).toBe(await db.reportCategory.count());
    }
    for (const { code } of await db.reportCategory.findMany({ select: { code: true } })) {
      const pair = await compare(
        await serviceDefinition(get(`services/${code}.json`), segment('code', `${code}.json`)),
        await serviceDefinition(get(`services/${code}.xml`), segment('code', `${code}.xml`)),
        'service_definition',
      );
      expect(pair.json).toEqual({ service_code: code, attributes: [] });
      expect(pair.xmlText).toContain('<attributes/>');
    }
  });

  it('requests: every report of a 90-day range, field by field', async () => {
    const pair = await listBoth('start_date=2026-09-01&end_date=2026-11-29');
    expect(pair.status).toBe(200);
    expect(ids(pair).length).toBe(
      await db.report.count({
        where: {
          ...visible,
          createdAt: { gte: cityDay('2026-09-01'), lte: new Date('2026-11-29T23:59:59.999+07:00') },
        },
      }),
    );
    expect(ids(pair).length).toBeGreaterThan(80);
    // Vietnamese text went through unchanged.
    expect(pair.xmlText).toMatch(/<service_name>Giao thông<\/service_name>/);
    const en = await listBoth('start_date=2026-09-01&end_date=2026-11-29&locale=en');
    expect(en.xmlText).toMatch(/<service_name>Traffic and roads<\/service_name>/);
    expect((await listBoth('')).status).toBe(200);
  });

  it('one request, with a photo and a public note', async () => {
    const report = await db.report.findFirstOrThrow({
      where: {
        ...visible,
        photos: { some: { eventId: null, hiddenAt: null, promotedAt: { not: null } } },
        events: { some: { internal: false, note: { not: '' } } },
      },
      select: { code: true },
    });
    const pair = await compare(
      await oneRequest(get(`requests/${report.code}.json`), segment('id', `${report.code}.json`)),
      await oneRequest(get(`requests/${report.code}.xml`), segment('id', `${report.code}.xml`)),
      'service_requests',
    );
    expect(pair.status).toBe(200);
    const [r] = pair.json as Record<string, unknown>[];
    expect(r!.media_url).toMatch(/\/api\/feedback\/photos\/.+\/display$/);
    expect(r!.status_notes).toBeTruthy();
  });

  it('tokens', async () => {
    const report = await db.report.findFirstOrThrow({ where: visible, select: { id: true, code: true } });
    tokenReportId = report.id;
    await db.report.update({ where: { id: report.id }, data: { open311Token: 'tok-formats-0001' } });
    const pair = await compare(
      await token(get('tokens/tok-formats-0001.json'), segment('token', 'tok-formats-0001.json')),
      await token(get('tokens/tok-formats-0001.xml'), segment('token', 'tok-formats-0001.xml')),
      'service_requests',
    );
    expect(pair.json).toEqual([{ service_request_id: report.code, token: 'tok-formats-0001' }]);
  });

  it('POST requests.xml answers in XML; the report reads back the same in both formats, markup characters and all', async () => {
    const description = 'Cống bể & nước tràn <gần> "chợ" Bà Chiểu — nhà số 5\'s bên cạnh.\nXin xử lý sớm.';
    const res = await requestsXml.POST(
      post('xml', {
        api_key: apiKey,
        service_code: 'moi-truong',
        lat: '10.8012',
        long: '106.7011',
        address_string: 'Chợ Bà Chiểu & hẻm 12',
        description,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe(CONTENT_TYPE.xml);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const text = await res.text();
    expect(await xmlWellFormedness(text)).toBe('');
    const { root } = parseXml(text);
    expect(root.name).toBe('service_requests');
    const created = spark(root) as Record<string, string | null>[];
    expect(created).toHaveLength(1);
    expect(Object.keys(created[0]!)).toEqual(['service_request_id', 'service_notice', 'account_id']);
    expect(created[0]!.account_id).toBeNull();
    expect(created[0]!.service_notice).toMatch(/^Phản ánh được chuyển đến /);
    const code = created[0]!.service_request_id!;
    expect(code).toMatch(/^PA-\d{4}-\d{6}$/);
    expect(await db.report.count({ where: { code, apiKeyId } })).toBe(1);

    const pair = await compare(
      await oneRequest(get(`requests/${code}.json`), segment('id', `${code}.json`)),
      await oneRequest(get(`requests/${code}.xml`), segment('id', `${code}.xml`)),
      'service_requests',
    );
    const [r] = pair.json as Record<string, unknown>[];
    expect(r!.description).toBe(description);
    expect(pair.xmlText).toContain('Cống bể &amp; nước tràn &lt;gần&gt; &quot;chợ&quot; Bà Chiểu');
    const xmlDescription = pair.xml.children[0]!.children.find((c) => c.name === 'description')!.text;
    expect(xmlDescription).toBe(description);

    // The same request to requests.json answers the same fields in JSON.
    const json = await requestsJson.POST(
      post('json', { api_key: apiKey, service_code: 'moi-truong', address_string: 'Chợ Bà Chiểu', description: 'Rác' }),
    );
    expect(json.status).toBe(201);
    expect(json.headers.get('content-type')).toBe(CONTENT_TYPE.json);
    const [j] = (await json.json()) as Record<string, unknown>[];
    expect(Object.keys(j!)).toEqual(['service_request_id', 'service_notice', 'account_id']);
  });
});

describe('repeated and comma-separated parameters', () => {
  const range = 'start_date=2026-09-01&end_date=2026-11-29';
  const window = { gte: cityDay('2026-09-01'), lte: new Date('2026-11-29T23:59:59.999+07:00') };

  it('service_code given twice, or as a comma list, filters by either', async () => {
    const repeated = await listBoth(`${range}&service_code=giao-thong&service_code=moi-truong`);
    const comma = await listBoth(`${range}&service_code=giao-thong,moi-truong`);
    const mixed = await listBoth(`${range}&service_code=giao-thong,moi-truong&service_code=giao-thong`);
    const expected = await db.report.count({
      where: { ...visible, categoryCode: { in: ['giao-thong', 'moi-truong'] }, createdAt: window },
    });
    expect(ids(repeated).length).toBe(expected);
    expect(ids(comma)).toEqual(ids(repeated));
    expect(ids(mixed)).toEqual(ids(repeated));
    const traffic = ids(await listBoth(`${range}&service_code=giao-thong`));
    const environment = ids(await listBoth(`${range}&service_code=moi-truong`));
    expect(traffic.length).toBeGreaterThan(0);
    expect(environment.length).toBeGreaterThan(0);
    expect([...ids(repeated)].sort()).toEqual([...traffic, ...environment].sort());
    const codes = new Set((repeated.json as { service_code: string }[]).map((r) => r.service_code));
    expect([...codes].sort()).toEqual(['giao-thong', 'moi-truong']);
  });

  it('status=open&status=closed is every report; each alone is its part', async () => {
    const both = await listBoth(`${range}&status=open&status=closed`);
    const comma = await listBoth(`${range}&status=open,closed`);
    const all = await listBoth(range);
    const open = await listBoth(`${range}&status=open`);
    const closed = await listBoth(`${range}&status=closed`);
    expect(ids(both)).toEqual(ids(all));
    expect(ids(comma)).toEqual(ids(all));
    expect(ids(open).length + ids(closed).length).toBe(ids(all).length);
    expect(ids(open).length).toBeGreaterThan(0);
    expect(ids(closed).length).toBeGreaterThan(0);
    expect((open.json as { status: string }[]).every((r) => r.status === 'open')).toBe(true);
  });

  it('an unknown status is a 400 naming it, in the spec’s error list, in either format', async () => {
    for (const q of ['status=pending', 'status=open&status=pending', 'status=open,Closed']) {
      const pair = await listBoth(q);
      expect(pair.status, q).toBe(400);
      expect(pair.xml.name).toBe('errors');
      expect(errorsOf(pair)[0], q).toMatch(/^status must be open or closed \(got (pending|Closed)\)$/);
      expect(pair.xmlText).toContain('<errors><error><code>400</code><description>status must be open or closed');
    }
  });
});

describe('the 90-day range', () => {
  it('a range of 90 days is served, one day more is a 400', async () => {
    expect((await listBoth('start_date=2026-09-01&end_date=2026-11-29')).status).toBe(200);
    expect((await listBoth('start_date=2026-09-01T00:00:00Z&end_date=2026-11-30T00:00:00Z')).status).toBe(200);
    for (const q of [
      'start_date=2026-09-01&end_date=2026-11-30',
      'start_date=2026-09-01T00:00:00Z&end_date=2026-11-30T00:00:01Z',
      'start_date=2025-01-01&end_date=2026-12-31',
    ]) {
      const pair = await listBoth(q);
      expect(pair.status, q).toBe(400);
      expect(errorsOf(pair)).toEqual(['start_date and end_date may span at most 90 days']);
    }
  });

  it('one end given: the 90 days after the start or before the end', async () => {
    const fromStart = await listBoth('start_date=2026-08-20');
    const startWindow = { gte: cityDay('2026-08-20'), lte: new Date(cityDay('2026-08-20').getTime() + 90 * DAY) };
    expect(ids(fromStart).length).toBe(await db.report.count({ where: { ...visible, createdAt: startWindow } }));
    const later = await db.report.count({ where: { ...visible, createdAt: { gt: startWindow.lte } } });
    expect(later).toBeGreaterThan(0);

    const toEnd = await listBoth('end_date=2026-10-01');
    const end = new Date('2026-10-01T23:59:59.999+07:00');
    expect(ids(toEnd).length).toBe(
      await db.report.count({
        where: { ...visible, createdAt: { gte: new Date(end.getTime() - 90 * DAY), lte: end } },
      }),
    );
    expect(ids(toEnd).length).toBeGreaterThan(0);
  });

  it('service_request_id overrides the range', async () => {
    const r = await db.report.findFirstOrThrow({ where: visible, select: { code: true } });
    const pair = await listBoth(`service_request_id=${r.code}&start_date=2020-01-01&end_date=2026-12-31`);
    expect(ids(pair)).toEqual([r.code]);
  });
});

describe('errors: the spec’s list in the format asked for, never a 500', () => {
  it('unknown resources are 404 in either format', async () => {
    const cases: [(f: Format) => Promise<Response>, string][] = [
      [
        (f) => serviceDefinition(get(`services/khong-co.${f}`), segment('code', `khong-co.${f}`)),
        'service_code not found: khong-co',
      ],
      [
        (f) => oneRequest(get(`requests/PA-2026-999999.${f}`), segment('id', `PA-2026-999999.${f}`)),
        'service_request_id not found: PA-2026-999999',
      ],
      [(f) => token(get(`tokens/tok-unknown-0001.${f}`), segment('token', `tok-unknown-0001.${f}`)), 'token not found'],
    ];
    for (const [call, message] of cases) {
      const pair = await compare(await call('json'), await call('xml'), 'errors');
      expect(pair.status).toBe(404);
      expect(pair.json).toEqual([{ code: 404, description: message }]);
    }
  });

  it('malformed queries are 400s, never a 500', async () => {
    for (const q of [
      'start_date=yesterday',
      'start_date=%FF%FE',
      'end_date=2026-02-30',
      'start_date=2026-11-01&start_date=2026-11-02',
      'locale=vi&locale=en',
      'locale=%3Cscript%3E',
      'service_code=Giao%20Thong',
      'service_code=%3Ca%3E%26',
      `service_code=${Array.from({ length: 101 }, (_, i) => `c${i}`).join(',')}`,
      'service_request_id=123&service_request_id=PA-2026-000001',
      'start_date=2026-11-02&end_date=2026-11-01',
      'status=',
    ]) {
      const pair = await listBoth(q);
      if (q === 'status=') {
        expect(pair.status, q).toBe(200);
        continue;
      }
      expect(pair.status, q).toBe(400);
      expect(errorsOf(pair).length, q).toBeGreaterThan(0);
    }
    const pair = await compare(
      await servicesJson.GET(get('services.json?locale=fr')),
      await servicesXml.GET(get('services.xml?locale=fr')),
      'errors',
    );
    expect(pair.json).toEqual([{ code: 400, description: 'locale must be vi or en' }]);
    const escaped = await listBoth('service_code=%3Ca%3E%26');
    expect(escaped.xmlText).toContain('service_code contains an invalid value: &lt;a&gt;&amp;');
  });

  it('POST errors in the format of the address: key, fields, body', async () => {
    const before = await db.report.count();
    const cases: [Record<string, string>, number, string][] = [
      [
        { service_code: 'giao-thong', address_string: 'x', description: 'x' },
        403,
        'api_key is missing, unknown or revoked',
      ],
      [
        { api_key: apiKey, service_code: 'giao-thong', description: 'Không có vị trí' },
        400,
        'a location is required: lat and long, or address_string',
      ],
      [
        { api_key: apiKey, service_code: 'khong-co', address_string: 'x', description: 'x' },
        400,
        'service_code not found: khong-co',
      ],
    ];
    for (const [fields, status, message] of cases) {
      const pair = await compare(
        await requestsJson.POST(post('json', fields)),
        await requestsXml.POST(post('xml', fields)),
        'errors',
      );
      expect(pair.status).toBe(status);
      expect(errorsOf(pair)).toContain(message);
    }
    const big = (f: Format) =>
      new NextRequest(`${BASE}/requests.${f}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextIp() },
        body: `description=${'a'.repeat(70 * 1024)}`,
      });
    const tooBig = await compare(await requestsJson.POST(big('json')), await requestsXml.POST(big('xml')), 'errors');
    expect(tooBig.status).toBe(413);
    const notForm = (f: Format) =>
      new NextRequest(`${BASE}/requests.${f}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': nextIp() },
        body: 'null',
      });
    const wrongType = await compare(
      await requestsJson.POST(notForm('json')),
      await requestsXml.POST(notForm('xml')),
      'errors',
    );
    expect(wrongType.status).toBe(400);
    expect(await db.report.count()).toBe(before);
  });
});
