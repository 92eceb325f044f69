import { messagesLayout } from '@/components/i18n/ClientMessages';

// The message groups of this section's client forms.
export default messagesLayout([
  'Admin',
  'Account',
  'CampaignAdmin',
  'ConsultationAdmin',
  'AlertAdmin',
  'Editor',
  'NewsAdmin',
  'Procedures',
  'ReportAdmin',
  'Notifications.status',
  'Open311.apiKeys',
  'ServicesAdmin',
]);
