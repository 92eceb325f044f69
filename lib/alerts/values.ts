// The closed lists of the Common Alerting Protocol 1.2 that the portal uses, and how the database's
// enums are written in CAP XML. Shared by the forms, the pages and the CAP writer.

export const ALERT_STATUSES = ['ACTUAL', 'EXERCISE', 'TEST', 'DRAFT'] as const;
export const ALERT_MSG_TYPES = ['ALERT', 'UPDATE', 'CANCEL'] as const;
export const ALERT_URGENCIES = ['IMMEDIATE', 'EXPECTED', 'FUTURE', 'PAST', 'UNKNOWN'] as const;
/** Most severe first: the banner's order. */
export const ALERT_SEVERITIES = ['EXTREME', 'SEVERE', 'MODERATE', 'MINOR', 'UNKNOWN'] as const;
export const ALERT_CERTAINTIES = ['OBSERVED', 'LIKELY', 'POSSIBLE', 'UNLIKELY', 'UNKNOWN'] as const;
/** CAP 1.2 <category> values, spelled as the schema has them. */
export const ALERT_CATEGORIES = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const;
/** CAP 1.2 <responseType> values. */
export const ALERT_RESPONSE_TYPES = [
  'Shelter',
  'Evacuate',
  'Prepare',
  'Execute',
  'Avoid',
  'Monitor',
  'Assess',
  'AllClear',
  'None',
] as const;

export type AlertStatusValue = (typeof ALERT_STATUSES)[number];
export type AlertMsgTypeValue = (typeof ALERT_MSG_TYPES)[number];
export type AlertUrgencyValue = (typeof ALERT_URGENCIES)[number];
export type AlertSeverityValue = (typeof ALERT_SEVERITIES)[number];
export type AlertCertaintyValue = (typeof ALERT_CERTAINTIES)[number];
export type AlertCategory = (typeof ALERT_CATEGORIES)[number];
export type AlertResponseType = (typeof ALERT_RESPONSE_TYPES)[number];

/** An enum value as CAP writes it: ACTUAL → Actual. */
export function capWord(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase();
}

/** Who the portal's messages come from (CAP <sender>). */
export const ALERT_SENDER = 'canhbao@congdanso.hochiminhcity.gov.vn';
