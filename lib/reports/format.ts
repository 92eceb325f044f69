// Dates of reports: the portal's one date format per language (lib/i18n/dates.ts).
export { CITY_TIME_ZONE, formatDate, formatDateTime } from '@/lib/i18n/dates';
