// Writes one alert as a Common Alerting Protocol 1.2 document (OASIS, urn:oasis:names:tc:emergency:cap:1.2)
// with a Vietnamese and an English <info> block, the asked language first. Valid against the OASIS
// CAP-v1.2 XML schema: tests/unit/alerts-cap.test.ts checks every demo alert with xmllint.
import { xmlEscape } from '@/lib/reports/xml';
import { capWord } from './values';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
/** CAP's geocode name for the portal's ward codes (the administrative units' codes). */
export const WARD_GEOCODE = 'HCMC-UNIT';

export type CapWard = { code: string; name: string; nameEn: string | null };

export type CapAlert = {
  identifier: string;
  sender: string;
  sent: Date;
  status: string;
  msgType: string;
  scope: string;
  note: string | null;
  category: string;
  responseType: string;
  urgency: string;
  severity: string;
  certainty: string;
  eventVi: string;
  eventEn: string;
  headlineVi: string;
  headlineEn: string;
  descriptionVi: string;
  descriptionEn: string;
  instructionVi: string;
  instructionEn: string;
  areaDescVi: string;
  areaDescEn: string;
  onset: Date;
  expires: Date;
  polygon: string | null;
  circle: string | null;
  wards: readonly CapWard[];
};

/** An earlier message this one updates or cancels. */
export type CapReference = { sender: string; identifier: string; sent: Date };

/** CAP's date-time: seconds, and the offset written out (no "Z", no fraction): city time, +07:00. */
export function capTime(date: Date): string {
  const city = new Date(Math.floor(date.getTime() / 1000) * 1000 + 7 * 3_600_000);
  return `${city.toISOString().slice(0, 19)}+07:00`;
}

const el = (indent: string, name: string, value: string) => `${indent}<${name}>${xmlEscape(value)}</${name}>`;

function info(alert: CapAlert, language: 'vi' | 'en', senderName: string, web: string): string[] {
  const en = language === 'en';
  const pick = (vi: string, english: string) => (en ? english : vi);
  const i = '    ';
  const lines = [
    '  <info>',
    el(i, 'language', en ? 'en-US' : 'vi-VN'),
    el(i, 'category', alert.category),
    el(i, 'event', pick(alert.eventVi, alert.eventEn)),
    el(i, 'responseType', alert.responseType),
    el(i, 'urgency', capWord(alert.urgency)),
    el(i, 'severity', capWord(alert.severity)),
    el(i, 'certainty', capWord(alert.certainty)),
    el(i, 'onset', capTime(alert.onset)),
    el(i, 'expires', capTime(alert.expires)),
    el(i, 'senderName', senderName),
    el(i, 'headline', pick(alert.headlineVi, alert.headlineEn)),
    el(i, 'description', pick(alert.descriptionVi, alert.descriptionEn)),
  ];
  const instruction = pick(alert.instructionVi, alert.instructionEn);
  if (instruction) lines.push(el(i, 'instruction', instruction));
  lines.push(el(i, 'web', web));
  lines.push('    <area>', el(`${i}  `, 'areaDesc', pick(alert.areaDescVi, alert.areaDescEn)));
  if (alert.polygon) lines.push(el(`${i}  `, 'polygon', alert.polygon.trim()));
  if (alert.circle) lines.push(el(`${i}  `, 'circle', alert.circle.trim()));
  for (const ward of alert.wards) {
    lines.push(
      `${i}  <geocode>`,
      el(`${i}    `, 'valueName', WARD_GEOCODE),
      el(`${i}    `, 'value', ward.code),
      `${i}  </geocode>`,
    );
  }
  lines.push('    </area>', '  </info>');
  return lines;
}

/**
 * The CAP document. `references`: the earlier messages of the same alert, oldest first (an Update or
 * Cancel names them; an Alert has none). `web`: the alert's page for each language.
 */
export function capXml(
  alert: CapAlert,
  options: {
    references: readonly CapReference[];
    first: 'vi' | 'en';
    web: { vi: string; en: string };
    senderName: { vi: string; en: string };
  },
): string {
  const languages: ('vi' | 'en')[] = options.first === 'en' ? ['en', 'vi'] : ['vi', 'en'];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<alert xmlns="${CAP_NAMESPACE}">`,
    el('  ', 'identifier', alert.identifier),
    el('  ', 'sender', alert.sender),
    el('  ', 'sent', capTime(alert.sent)),
    el('  ', 'status', capWord(alert.status)),
    el('  ', 'msgType', capWord(alert.msgType)),
    el('  ', 'scope', alert.scope),
  ];
  if (alert.note) lines.push(el('  ', 'note', alert.note));
  if (options.references.length)
    lines.push(
      el('  ', 'references', options.references.map((r) => `${r.sender},${r.identifier},${capTime(r.sent)}`).join(' ')),
    );
  for (const language of languages)
    lines.push(...info(alert, language, options.senderName[language], options.web[language]));
  lines.push('</alert>', '');
  return lines.join('\n');
}
