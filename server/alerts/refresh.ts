import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { publicPagesChanged } from '@/lib/public-pages-changed';
import { db } from '../db';
import { instanceId, PAGES_CHANGED_CHANNEL } from '../http/pages-changed';

// The alert banner is part of every page, so an alert issued, updated or cancelled refreshes every
// cached page (docs/decisions/026-emergency-alerts.md): Next.js's page cache through the root
// layout, the front cache, and the other instances through the same notification editors' saves use.

/** Every page of this instance: the root layout holds the banner. */
export function refreshAlertPagesHere(): void {
  revalidatePath('/', 'layout');
  publicPagesChanged();
  // As server/procedures/refresh.ts: empty the front cache again once the revalidation applies.
  after(() => publicPagesChanged());
}

/** After an alert's message is issued: this instance at once, then the others. */
export async function refreshAlertPages(): Promise<void> {
  refreshAlertPagesHere();
  try {
    await db.$executeRaw`SELECT pg_notify(${PAGES_CHANGED_CHANNEL}, ${instanceId()})`;
  } catch (error) {
    console.error('Could not tell the other instances that an alert changed:', error);
  }
}
