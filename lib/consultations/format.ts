// Dates of consultations: the portal's one date format per language (lib/i18n/dates.ts).
export { CITY_TIME_ZONE, dateFormat } from '@/lib/i18n/dates';
