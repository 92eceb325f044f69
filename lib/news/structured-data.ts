// JSON-LD NewsArticle for an article page: the fields Google's Article rich result reads
// (headline, image, datePublished, dateModified, author with name and url) and the publisher.

export type ArticleFacts = {
  url: string;
  title: string;
  summary: string;
  lang: string;
  publishedAt: Date;
  updatedAt: Date;
  /** Absolute addresses of the cover: the 1200×630 copy and the full one. */
  images: string[];
  agency: string | null;
  origin: string;
};

export const PUBLISHER_NAME = 'Công dân số – UBND Thành phố Hồ Chí Minh';

export function newsArticleJsonLd(a: ArticleFacts): Record<string, unknown> {
  const publisher = {
    '@type': 'GovernmentOrganization',
    name: PUBLISHER_NAME,
    url: a.origin,
    logo: { '@type': 'ImageObject', url: `${a.origin}/icon.svg` },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    // Google shows at most 110 characters of a headline.
    headline: a.title.length > 110 ? `${a.title.slice(0, 109)}…` : a.title,
    description: a.summary,
    inLanguage: a.lang,
    ...(a.images.length ? { image: a.images } : {}),
    datePublished: a.publishedAt.toISOString(),
    dateModified: (a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt).toISOString(),
    author: [a.agency ? { '@type': 'GovernmentOrganization', name: a.agency, url: a.origin } : publisher],
    publisher,
  };
}
