// GET /{vi|en}/ngoai-tuyen (/en/offline) — the page the service worker (public/sw.js) keeps at
// install and shows for an address it has not kept when there is no connection. A small page of
// its own, without the site's layout or any script: the worker downloads it on a first visit, so it
// must stay light (docs/decisions/028-installable-portal.md). The same for everyone.
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE =
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}' +
  'header{background:#0b4a8b;color:#fff;padding:12px 16px;font-weight:700;font-size:1.25rem}' +
  'main{max-width:48rem;padding:24px 16px;font-size:1.125rem;line-height:1.6}h1{font-size:1.75rem;line-height:1.25}' +
  'a{display:inline-block;background:#0b4a8b;color:#fff;padding:12px 20px;font-weight:700;text-decoration:none}' +
  'a:focus{outline:3px solid #fd0;outline-offset:2px}';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'AppShell.offline' });
  const site = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');
  const html =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escape(t('title'))} · ${escape(site)}</title><style>${STYLE}</style></head>` +
    `<body><header>${escape(site)}</header><main data-testid="offline-page"><h1>${escape(t('title'))}</h1>` +
    `<p>${escape(t('lead'))}</p><p>${escape(t('kept'))}</p><p>${escape(t('retry'))}</p>` +
    `<p><a href="/${locale}">${escape(t('home'))}</a></p></main></body></html>`;
  return new Response(html, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=3600' },
  });
}
