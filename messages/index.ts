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
import viConsultationTally from './vi/consultation-tally.json';
import enConsultationTally from './en/consultation-tally.json';
import viConsultationComments from './vi/consultation-comments.json';
import enConsultationComments from './en/consultation-comments.json';
import viHome from './vi/home.json';
import enHome from './en/home.json';
import viNews from './vi/news.json';
import enNews from './en/news.json';
import viServices from './vi/services.json';
import enServices from './en/services.json';
import viAlerts from './vi/alerts.json';
import enAlerts from './en/alerts.json';
import viCampaign from './vi/campaign.json';
import enCampaign from './en/campaign.json';
import viAppShell from './vi/app-shell.json';
import enAppShell from './en/app-shell.json';
import viShell from './vi/shell.json';
import enShell from './en/shell.json';
import viProcedureWizard from './vi/procedure-wizard.json';
import enProcedureWizard from './en/procedure-wizard.json';

const viAll = {
  ...vi,
  ...viReportForm,
  ...viReports,
  ...viReportAdmin,
  ...viReportStats,
  ...viReportUpload,
  ...viNotifications,
  ...viConsultations,
  ...viConsultationTally,
  ...viConsultationComments,
  ...viHome,
  ...viNews,
  ...viServices,
  ...viAlerts,
  ...viCampaign,
  ...viAppShell,
  ...viShell,
  ...viProcedureWizard,
};
const enAll = {
  ...en,
  ...enReportForm,
  ...enReports,
  ...enReportAdmin,
  ...enReportStats,
  ...enReportUpload,
  ...enNotifications,
  ...enConsultations,
  ...enConsultationTally,
  ...enConsultationComments,
  ...enHome,
  ...enNews,
  ...enServices,
  ...enAlerts,
  ...enCampaign,
  ...enAppShell,
  ...enShell,
  ...enProcedureWizard,
};

export type Messages = typeof viAll;
export const catalogs: { vi: Messages; en: Messages } = { vi: viAll, en: enAll };
