import { describe, expect, it } from 'vitest';
import { createRequestBody, parseIsoDate, requestRange, requestsQuery, titleFromDescription } from './requests';

describe('parseIsoDate', () => {
  it('reads dates and date-times, in the city’s time when no zone is given', () => {
    expect(parseIsoDate('2026-11-01')?.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(parseIsoDate('2026-11-01', true)?.toISOString()).toBe('2026-11-01T16:59:59.999Z');
    expect(parseIsoDate('2026-11-01T08:30')?.toISOString()).toBe('2026-11-01T01:30:00.000Z');
    expect(parseIsoDate('2026-11-01T08:30:15Z')?.toISOString()).toBe('2026-11-01T08:30:15.000Z');
    expect(parseIsoDate('2026-11-01T08:30:15-0500')?.toISOString()).toBe('2026-11-01T13:30:15.000Z');
    expect(parseIsoDate('2026-11-01T08:30:15.250+07:00')?.toISOString()).toBe('2026-11-01T01:30:15.250Z');
  });

  it('reads a "+" that arrived as a space', () => {
    expect(parseIsoDate('2026-11-01T08:00:00 07:00')?.toISOString()).toBe('2026-11-01T01:00:00.000Z');
  });

  it('refuses impossible or malformed values', () => {
    for (const v of ['2026-02-30', '2026-13-01', '2026-11-01T25:00', 'yesterday', '01/11/2026', '2026-11-1'])
      expect(parseIsoDate(v), v).toBeNull();
  });
});

describe('requestsQuery', () => {
  it('splits comma lists and checks each value', () => {
    const q = requestsQuery.parse({ service_request_id: 'PA-2026-000001, PA-2026-000002', status: 'open,closed' });
    expect(q.service_request_id).toEqual(['PA-2026-000001', 'PA-2026-000002']);
    expect(q.status).toEqual(['open', 'closed']);
    expect(q.locale).toBe('vi');
    expect(requestsQuery.safeParse({ start_date: '2026-11-02', end_date: '2026-11-01' }).success).toBe(false);
  });

  it('takes repeated list parameters, alone or mixed with commas, without duplicates', () => {
    const q = requestsQuery.parse({
      service_code: ['giao-thong', 'moi-truong,y-te', 'giao-thong'],
      status: ['open', 'closed'],
    });
    expect(q.service_code).toEqual(['giao-thong', 'moi-truong', 'y-te']);
    expect(q.status).toEqual(['open', 'closed']);
    expect(requestsQuery.parse({ status: ['', ' '] }).status).toBeUndefined();
  });

  it('names an unknown status, and refuses a single-valued parameter given twice', () => {
    const issues = (input: Record<string, string | string[]>) => {
      const r = requestsQuery.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues({ status: 'pending' })).toEqual(['status must be open or closed (got pending)']);
    expect(issues({ status: ['open', 'Closed'] })).toEqual(['status must be open or closed (got Closed)']);
    expect(issues({ start_date: ['2026-11-01', '2026-11-02'] })).toEqual(['start_date may be given only once']);
    expect(issues({ locale: ['vi', 'en'] })).toEqual(['locale may be given only once']);
    expect(issues({ locale: 'fr' })).toEqual(['locale must be vi or en']);
  });

  it('allows a range of at most 90 days; service_request_id overrides the dates', () => {
    // 1 September to 29 November inclusive is exactly 90 days; one more day is too many.
    expect(requestsQuery.safeParse({ start_date: '2026-09-01', end_date: '2026-11-29' }).success).toBe(true);
    const tooLong = requestsQuery.safeParse({ start_date: '2026-09-01', end_date: '2026-11-30' });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues.map((i) => i.message)).toEqual(['start_date and end_date may span at most 90 days']);
    expect(
      requestsQuery.safeParse({
        start_date: '2026-09-01T00:00:00Z',
        end_date: '2026-11-30T00:00:00Z',
      }).success,
    ).toBe(true);
    expect(
      requestsQuery.safeParse({
        start_date: '2026-09-01T00:00:00Z',
        end_date: '2026-11-30T00:00:01Z',
      }).success,
    ).toBe(false);
    expect(
      requestsQuery.safeParse({
        service_request_id: 'PA-2026-000001',
        start_date: '2025-01-01',
        end_date: '2026-11-30',
      }).success,
    ).toBe(true);
  });
});

describe('requestRange', () => {
  const now = new Date('2026-12-07T05:00:00Z');
  const d = (s: string) => new Date(s);
  it('is the last 90 days by default, and 90 days from the one end given', () => {
    expect(requestRange({}, now)).toEqual({ start: d('2026-09-08T05:00:00Z') });
    expect(requestRange({ start_date: d('2026-01-01T00:00:00Z') }, now)).toEqual({
      start: d('2026-01-01T00:00:00Z'),
      end: d('2026-04-01T00:00:00Z'),
    });
    expect(requestRange({ end_date: d('2026-04-01T00:00:00Z') }, now)).toEqual({
      start: d('2026-01-01T00:00:00Z'),
      end: d('2026-04-01T00:00:00Z'),
    });
    expect(requestRange({ start_date: d('2026-03-01T00:00:00Z'), end_date: d('2026-03-02T00:00:00Z') }, now)).toEqual({
      start: d('2026-03-01T00:00:00Z'),
      end: d('2026-03-02T00:00:00Z'),
    });
  });
});

describe('createRequestBody', () => {
  const base = { service_code: 'giao-thong', description: 'Ổ gà', lat: '10.77', long: '106.70' };
  it('accepts coordinates inside the city or an address', () => {
    expect(createRequestBody.parse(base)).toMatchObject({ lat: 10.77, long: 106.7 });
    expect(
      createRequestBody.parse({ service_code: 'khac', description: 'x', address_string: '1 Lê Lợi' }).lat,
    ).toBeUndefined();
  });
  it('refuses a missing location, half a coordinate pair and a point outside the city', () => {
    expect(createRequestBody.safeParse({ service_code: 'khac', description: 'x' }).success).toBe(false);
    expect(createRequestBody.safeParse({ ...base, long: '' }).success).toBe(false);
    expect(createRequestBody.safeParse({ ...base, lat: '21.03', long: '105.85' }).success).toBe(false);
  });
});

describe('titleFromDescription', () => {
  it('keeps a short description and cuts a long one on a word boundary', () => {
    expect(titleFromDescription('  Ổ gà   lớn  ')).toBe('Ổ gà lớn');
    const long =
      'Đèn đường không sáng trên đường Võ Văn Ngân đã hơn một tuần, buổi tối rất tối, phụ nữ và học sinh đi về khuya không an toàn.';
    const title = titleFromDescription(long);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });
});
