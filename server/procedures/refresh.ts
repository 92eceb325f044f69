import 'server-only';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { publicPagesChanged } from '@/lib/public-pages-changed';
import { db } from '../db';
import { instanceId, PAGES_CHANGED_CHANNEL } from '../http/pages-changed';

/** Public procedure and news pages are cached: refresh them (and the sitemap) in this instance's caches. */
export function refreshPublicPagesHere(): void {
  revalidatePath('/[locale]/procedures/[slug]', 'page');
  revalidatePath('/[locale]/procedures', 'page');
  revalidatePath('/sitemap.xml');
  // News (server/news/admin.ts): the article pages, the lists, the home page's latest news.
  revalidatePath('/[locale]/news', 'layout');
  revalidatePath('/[locale]', 'page');
  publicPagesChanged();
  // Next.js applies the revalidation when the action or route finishes: empty the front cache again
  // then, in case a request read the old page in between (it also keeps nothing for 3 s after a save).
  after(() => publicPagesChanged());
}

/**
 * After an editor's save: refresh this instance at once, then tell the others (server/http/pages-changed.ts).
 * The save is already committed; a failed notification is logged, the editor's save still counts.
 */
export async function refreshPublicPages(): Promise<void> {
  refreshPublicPagesHere();
  try {
    await db.$executeRaw`SELECT pg_notify(${PAGES_CHANGED_CHANNEL}, ${instanceId()})`;
  } catch (error) {
    console.error('Could not tell the other instances that public pages changed:', error);
  }
}
