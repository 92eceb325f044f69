import { describe, expect, it } from 'vitest';
import { alertCancelSchema, alertEditSchema } from './alerts';

const valid = {
  status: 'ACTUAL',
  category: 'Met',
  responseType: 'Prepare',
  urgency: 'EXPECTED',
  severity: 'SEVERE',
  certainty: 'LIKELY',
  eventVi: 'Triều cường',
  eventEn: 'High tide',
  headlineVi: 'Triều cường',
  headlineEn: 'High tide',
  descriptionVi: 'Mô tả',
  descriptionEn: 'Description',
  areaDescVi: 'Ven sông',
  areaDescEn: 'Riverside',
  onset: '2026-12-07T17:00',
  expires: '2026-12-09T22:00',
  wards: 'mau-phuong-an-khanh, mau-phuong-hiep-binh',
};

const codes = (input: Record<string, unknown>) => {
  const r = alertEditSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the alert form', () => {
  it('takes a complete alert, times in the city zone, wards as a list', () => {
    const r = alertEditSchema.parse(valid);
    expect(r.onset.toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(r.wards).toEqual(['mau-phuong-an-khanh', 'mau-phuong-hiep-binh']);
    expect(r.polygon).toBeNull();
    expect(r.references).toBeUndefined();
  });
  it('refuses an alert that expires before it starts, on the expiry field', () => {
    expect(codes({ ...valid, expires: '2026-12-07T16:00' })).toEqual({ expires: 'alertExpiresBeforeOnset' });
    expect(codes({ ...valid, expires: valid.onset })).toEqual({ expires: 'alertExpiresBeforeOnset' });
  });
  it('refuses values outside CAP and malformed areas', () => {
    expect(codes({ ...valid, severity: 'HUGE' })).toHaveProperty('severity');
    expect(codes({ ...valid, status: 'System' })).toHaveProperty('status');
    expect(codes({ ...valid, polygon: '10,106 11,107' })).toEqual({ polygon: 'alertPolygonInvalid' });
    expect(codes({ ...valid, circle: 'here 5' })).toEqual({ circle: 'alertCircleInvalid' });
    expect(codes({ ...valid, onset: 'tomorrow' })).toEqual({ onset: 'dateInvalid' });
    expect(codes({ ...valid, headlineVi: 'x'.repeat(161) })).toEqual({ headlineVi: 'tooLong' });
  });
  it('a cancel needs the alert and a reason', () => {
    expect(alertCancelSchema.safeParse({ references: 'a1', note: '  ' }).success).toBe(false);
    expect(alertCancelSchema.parse({ references: 'a1', note: 'Đã an toàn' }).note).toBe('Đã an toàn');
  });
});
