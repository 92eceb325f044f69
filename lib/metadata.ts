import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { locales, type Locale } from '@/i18n/routing';
import { cardImage, siteCardContent, type CardContent, type CardTranslate } from '@/lib/social-card';

type Href = Parameters<typeof getPathname>[0]['href'];

/** Canonical URL and hreflang alternates for a page that exists in both languages. */
export function alternates(locale: Locale, href: Href): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = getPathname({ locale: l, href });
  languages['x-default'] = getPathname({ locale: 'vi', href });
  return { canonical: getPathname({ locale, href }), languages };
}

/**
 * Open Graph for a public page: the site's name, the page's locale (and the other one), its address
 * (og:url, the canonical one, made absolute by the layout's metadataBase) and its image: the
 * portal's social card unless the page passes its own (`cardImage()` of a procedure or report card,
 * a news cover). A page that sets `openGraph` replaces the layout's whole group, so every public
 * page builds it here (tests/e2e/open-graph.spec.ts walks them).
 */
export async function openGraph(
  locale: Locale,
  href: Href,
  extra: NonNullable<Metadata['openGraph']> = {},
): Promise<NonNullable<Metadata['openGraph']>> {
  return openGraphAt(locale, getPathname({ locale, href }), extra);
}

/** openGraph() for a page whose address is already written out (news lists, articles). */
export async function openGraphAt(
  locale: Locale,
  url: string,
  extra: NonNullable<Metadata['openGraph']> = {},
): Promise<NonNullable<Metadata['openGraph']>> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    type: 'website',
    siteName: t('siteName'),
    locale: OG_LOCALES[locale],
    alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
    url,
    images: [cardImage(await siteCard(locale), 'site')],
    ...extra,
  };
}

/**
 * A public page's metadata in one call: title, description, canonical address with its hreflang
 * alternates, and Open Graph (openGraph() above) with the same title and description; `og` adds
 * to or replaces Open Graph fields (an image of the page's own, `type: 'article'`).
 */
export async function publicMetadata(
  locale: Locale,
  href: Href,
  page: { title?: string; description?: string; og?: NonNullable<Metadata['openGraph']> } = {},
): Promise<Metadata> {
  const text = {
    ...(page.title ? { title: page.title } : {}),
    ...(page.description ? { description: page.description } : {}),
  };
  return {
    ...text,
    alternates: alternates(locale, href),
    openGraph: await openGraph(locale, href, { ...text, ...page.og }),
  };
}

/** The whole catalogue's translator of a page, as the card builders of lib/social-card.ts take it. */
export async function cardWords(locale: Locale): Promise<CardTranslate> {
  return (await getTranslations({ locale })) as unknown as CardTranslate;
}

async function siteCard(locale: Locale): Promise<CardContent> {
  return siteCardContent(locale, await cardWords(locale));
}

export const OG_LOCALES: Record<Locale, string> = { vi: 'vi_VN', en: 'en_GB' };

type MessageKey = string;

/**
 * generateMetadata for a page whose title (and description) are messages: canonical URL and
 * hreflang alternates when the page is public (`path`), noindex otherwise.
 */
export function pageMetadata({
  title,
  description,
  path,
  index = true,
}: {
  title: MessageKey;
  description?: MessageKey;
  path?: Href;
  /** A public page that search engines should not list (sign-in, sign-up, password pages). */
  index?: boolean;
}) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = (await params) as { locale: Locale };
    const t = await getTranslations({ locale });
    const text = (key: MessageKey) => t(key as never);
    return {
      title: text(title),
      ...(description ? { description: text(description) } : {}),
      ...(path
        ? {
            alternates: alternates(locale, path),
            openGraph: await openGraph(locale, path, {
              title: text(title),
              ...(description ? { description: text(description) } : {}),
            }),
          }
        : {}),
      ...(!path || !index ? { robots: { index: false } } : {}),
    };
  };
}
