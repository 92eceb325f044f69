// What makes an alert public and active, and the order the banner shows them in. No database:
// server/alerts/ applies the same rules in its queries, and the tests use them as they are.
import { ALERT_SEVERITIES, type AlertSeverityValue } from './values';

export type AlertTimes = {
  status: string;
  msgType: string;
  sent: Date;
  expires: Date;
  supersededAt: Date | null;
};

/** Only Actual messages ever reach the public: Test, Exercise and Draft stay in the back office. */
export function isPublicStatus(status: string): boolean {
  return status === 'ACTUAL';
}

/** Shown in the banner: the latest message of an actual alert, not a cancel, sent and not yet expired. */
export function isActive(alert: AlertTimes, now: Date): boolean {
  return (
    isPublicStatus(alert.status) &&
    alert.msgType !== 'CANCEL' &&
    alert.supersededAt === null &&
    alert.sent.getTime() <= now.getTime() &&
    alert.expires.getTime() > now.getTime()
  );
}

/** Where the alert stands for a reader of the list: active, expired or cancelled. */
export function phaseOf(alert: AlertTimes, now: Date): 'active' | 'expired' | 'cancelled' {
  if (alert.msgType === 'CANCEL') return 'cancelled';
  return isActive(alert, now) ? 'active' : 'expired';
}

export function severityRank(severity: string): number {
  const i = ALERT_SEVERITIES.indexOf(severity as AlertSeverityValue);
  return i < 0 ? ALERT_SEVERITIES.length : i;
}

/** Most severe first, then the most recently sent. */
export function bannerOrder<T extends { severity: string; sent: Date }>(alerts: readonly T[]): T[] {
  return [...alerts].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.sent.getTime() - a.sent.getTime(),
  );
}

/**
 * The banner's look for a severity: extreme and severe in the danger colour, moderate in amber,
 * minor and unknown in the information colour.
 */
export function bannerTone(severity: string): 'danger' | 'warning' | 'info' {
  if (severity === 'EXTREME' || severity === 'SEVERE') return 'danger';
  if (severity === 'MODERATE') return 'warning';
  return 'info';
}

/** A CAP <polygon>: at least four "lat,lon" pairs, the first equal to the last. */
export function isCapPolygon(value: string): boolean {
  const pairs = value.trim().split(/\s+/);
  if (pairs.length < 4 || pairs[0] !== pairs[pairs.length - 1]) return false;
  return pairs.every(isLatLon);
}

/** A CAP <circle>: "lat,lon radius" with the radius in kilometres. */
export function isCapCircle(value: string): boolean {
  const m = value.trim().match(/^(\S+)\s+(\d+(?:\.\d+)?)$/);
  return !!m && isLatLon(m[1]!) && Number(m[2]) > 0 && Number(m[2]) <= 1000;
}

function isLatLon(pair: string): boolean {
  const m = pair.match(/^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/);
  if (!m) return false;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

/** The key a dismissal is remembered by: a new message of the alert (an update) brings it back. */
export function dismissKey(identifier: string): string {
  return `alert:${identifier}`;
}
