import { getLocale } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { SiteShell } from '@/components/layout/SiteShell';
import { StatusPage } from '@/components/layout/StatusPage';
import './globals.css';

// Any address that matches no page lands here, rendered on the server in the language of its
// prefix (the proxy tells which), so the 404 reads right without JavaScript.
export default async function GlobalNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return (
    <SiteShell locale={locale}>
      <StatusPage namespace="NotFound" />
    </SiteShell>
  );
}
