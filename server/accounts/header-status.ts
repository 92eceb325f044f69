import 'server-only';
import { can } from '@/server/permissions';
import { unreadCount } from '@/server/reports/resident';
import type { CurrentUser } from '@/server/session';

/** What the page header shows about the person: nothing for a visitor, the unread count and the back-office link otherwise. */
export type HeaderStatus = { signedIn: false } | { signedIn: true; unread: number; backOffice: boolean };

export async function headerStatus(user: CurrentUser | null): Promise<HeaderStatus> {
  if (!user) return { signedIn: false };
  return { signedIn: true, unread: await unreadCount(user.id), backOffice: can(user, 'admin:enter') };
}
