import { messagesLayout } from '@/components/i18n/ClientMessages';

// The message groups of the report form's client components (the rest of the section has none:
// its pages ship no translation runtime, docs/decisions/041-lighter-pages.md).
export default messagesLayout(['ReportForm', 'ReportUpload', 'Shell']);
