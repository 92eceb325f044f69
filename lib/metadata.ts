import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { locales, type Locale } from '@/i18n/routing';

type Href = Parameters<typeof getPathname>[0]['href'];

/** Canonical URL and hreflang alternates for a page that exists in both languages. */
export function alternates(locale: Locale, href: Href): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = getPathname({ locale: l, href });
  languages['x-default'] = getPathname({ locale: 'vi', href });
  return { canonical: getPathname({ locale, href }), languages };
}

type MessageKey = string;

/**
 * generateMetadata for a page whose title (and description) are messages: canonical URL and
 * hreflang alternates when the page is public (`path`), noindex otherwise.
 */
export function pageMetadata({
  title,
  description,
  path,
}: {
  title: MessageKey;
  description?: MessageKey;
  path?: Href;
}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = (await params) as { locale: Locale };
    const t = await getTranslations({ locale });
    const text = (key: MessageKey) => t(key as never);
    return {
      title: text(title),
      ...(description ? { description: text(description) } : {}),
      ...(path ? { alternates: alternates(locale, path) } : { robots: { index: false } }),
    };
  };
}
