// Addresses of the alerts' machine-readable documents (app/api/alerts/…). The language in the
// address picks the feed's words and which CAP <info> block comes first; an unknown one is a 404.

export const capPath = (locale: string, identifier: string) =>
  `/api/alerts/${locale}/cap/${encodeURIComponent(identifier)}.xml`;
export const capFeedPath = (locale: string) => `/api/alerts/${locale}/feed.atom`;
export const wardFeedPath = (locale: string, ward: string, format: 'atom' | 'rss') =>
  `/api/alerts/${locale}/wards/${encodeURIComponent(ward)}/feed.${format}`;
