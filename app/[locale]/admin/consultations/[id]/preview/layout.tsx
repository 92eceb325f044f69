import { messagesLayout } from '@/components/i18n/ClientMessages';

// The message groups of the answer form, shown here as a resident would see it.
export default messagesLayout(['Consultations.form', 'Consultations.detail']);
