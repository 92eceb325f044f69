import { messagesLayout } from '@/components/i18n/ClientMessages';

// One layout for the account pages before signing in (sign-in, sign-up, verify-email,
// forgot-password, reset-password): the message groups their client forms need. The group
// folder "(auth)" is not part of any address.
export default messagesLayout(['Auth', 'Account']);
