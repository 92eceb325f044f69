// The message catalogs: one base file per language and one file per area, merged here so that
// pages (i18n/request.ts), server code (server/i18n.ts) and the types (global.d.ts) share them.
import vi from './vi.json';
import en from './en.json';
import viReportForm from './vi/report-form.json';
import enReportForm from './en/report-form.json';
import viReports from './vi/reports.json';
import enReports from './en/reports.json';
import viReportAdmin from './vi/report-admin.json';
import enReportAdmin from './en/report-admin.json';
import viReportStats from './vi/report-stats.json';
import enReportStats from './en/report-stats.json';
import viReportUpload from './vi/report-upload.json';
import enReportUpload from './en/report-upload.json';
import viNotifications from './vi/notifications.json';
import enNotifications from './en/notifications.json';
import viConsultations from './vi/consultations.json';
import enConsultations from './en/consultations.json';
import viShell from './vi/shell.json';
import enShell from './en/shell.json';
import viProcedureWizard from './vi/procedure-wizard.json';
import enProcedureWizard from './en/procedure-wizard.json';

const viAll = { ...vi, ...viReportForm, ...viReports, ...viReportAdmin, ...viReportStats, ...viReportUpload, ...viNotifications, ...viConsultations, ...viShell, ...viProcedureWizard };
const enAll = { ...en, ...enReportForm, ...enReports, ...enReportAdmin, ...enReportStats, ...enReportUpload, ...enNotifications, ...enConsultations, ...enShell, ...enProcedureWizard };

export type Messages = typeof viAll;
export const catalogs: { vi: Messages; en: Messages } = { vi: viAll, en: enAll };
