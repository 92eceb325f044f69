import { describe, expect, it } from 'vitest';
import { bannerOrder, bannerTone, isActive, isCapCircle, isCapPolygon, phaseOf } from './rules';

const now = new Date('2026-12-07T10:00:00+07:00');
const base = {
  status: 'ACTUAL',
  msgType: 'ALERT',
  sent: new Date('2026-12-07T08:00:00+07:00'),
  expires: new Date('2026-12-08T08:00:00+07:00'),
  supersededAt: null,
};

describe('which alerts the public sees', () => {
  it('an actual, current, latest alert is active', () => expect(isActive(base, now)).toBe(true));
  it.each(['TEST', 'EXERCISE', 'DRAFT'])('a %s message never is', (status) =>
    expect(isActive({ ...base, status }, now)).toBe(false),
  );
  it('nor one replaced by an update, a cancel, an expired one or one sent later', () => {
    expect(isActive({ ...base, supersededAt: now }, now)).toBe(false);
    expect(isActive({ ...base, msgType: 'CANCEL' }, now)).toBe(false);
    expect(isActive({ ...base, expires: now }, now)).toBe(false);
    expect(isActive({ ...base, sent: new Date(now.getTime() + 1) }, now)).toBe(false);
  });
  it('the list names the phase', () => {
    expect(phaseOf(base, now)).toBe('active');
    expect(phaseOf({ ...base, msgType: 'CANCEL' }, now)).toBe('cancelled');
    expect(phaseOf({ ...base, expires: now }, now)).toBe('expired');
  });
});

describe('the banner', () => {
  it('shows the most severe first, then the newest', () => {
    const at = (h: number) => new Date(now.getTime() - h * 3_600_000);
    const list = [
      { id: 'minor', severity: 'MINOR', sent: at(1) },
      { id: 'severe-old', severity: 'SEVERE', sent: at(5) },
      { id: 'extreme', severity: 'EXTREME', sent: at(9) },
      { id: 'severe-new', severity: 'SEVERE', sent: at(2) },
    ];
    expect(bannerOrder(list).map((a) => a.id)).toEqual(['extreme', 'severe-new', 'severe-old', 'minor']);
  });
  it('colours by severity', () => {
    expect(bannerTone('EXTREME')).toBe('danger');
    expect(bannerTone('SEVERE')).toBe('danger');
    expect(bannerTone('MODERATE')).toBe('warning');
    expect(bannerTone('MINOR')).toBe('info');
  });
});

describe('CAP areas', () => {
  it('a polygon is closed, with at least four pairs in range', () => {
    expect(isCapPolygon('10.8,106.7 10.8,106.8 10.7,106.8 10.8,106.7')).toBe(true);
    expect(isCapPolygon('10.8,106.7 10.8,106.8 10.7,106.8 10.7,106.7')).toBe(false);
    expect(isCapPolygon('10.8,106.7 10.8,106.7')).toBe(false);
    expect(isCapPolygon('91,106.7 10.8,106.8 10.7,106.8 91,106.7')).toBe(false);
  });
  it('a circle is a point and a radius in km', () => {
    expect(isCapCircle('10.77,106.70 5')).toBe(true);
    expect(isCapCircle('10.77,106.70')).toBe(false);
    expect(isCapCircle('10.77,106.70 0')).toBe(false);
  });
});
