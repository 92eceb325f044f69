import { messagesLayout } from '@/components/i18n/ClientMessages';

// The message groups of this section's answer form.
export default messagesLayout(['Consultations.form', 'Consultations.detail']);
