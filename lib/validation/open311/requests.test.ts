import { describe, expect, it } from 'vitest';
import { createRequestBody, parseIsoDate, requestsQuery, titleFromDescription } from './requests';

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
    expect(requestsQuery.safeParse({ status: 'pending' }).success).toBe(false);
    expect(requestsQuery.safeParse({ start_date: '2026-11-02', end_date: '2026-11-01' }).success).toBe(false);
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
