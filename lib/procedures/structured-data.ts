// The procedure page's JSON-LD: a GovernmentService in the page's language and its breadcrumb trail.
import type { Locale } from '@/i18n/routing';
import { localized } from '@/lib/i18n/localized';
import { isoDuration } from '@/lib/procedures/summary';
import type { Method, PublicProcedure } from '@/server/procedures/queries';

export function procedureJsonLd(
  p: PublicProcedure,
  locale: Locale,
  url: string,
  listUrl: string,
  homeUrl: string,
  labels: { home: string; list: string; area: string; channel: (c: Method['channel']) => string },
) {
  const methods = p.methods as Method[];
  const data = [
    {
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: localized(p, 'title', locale),
      alternateName: localized(p, 'title', locale === 'en' ? 'vi' : 'en'),
      description: localized(p, 'summary', locale),
      identifier: p.code,
      url,
      inLanguage: locale,
      serviceType: localized(p.field, 'name', locale),
      areaServed: { '@type': 'City', name: labels.area },
      // The agency's name is published in Vietnamese only: said so with its language.
      provider: { '@type': 'GovernmentOrganization', name: { '@language': 'vi', '@value': p.implementingAgency } },
      availableChannel: methods.map((m) => ({
        '@type': 'ServiceChannel',
        name: labels.channel(m.channel),
        ...(m.channel === 'ONLINE' && p.onlineUrl ? { serviceUrl: p.onlineUrl } : {}),
        ...(m.channel === 'IN_PERSON' ? { serviceLocation: { '@type': 'Place', name: p.submissionPlace } } : {}),
        ...(isoDuration(m.processingTime) ? { processingTime: isoDuration(m.processingTime) } : {}),
      })),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: labels.home, item: homeUrl },
        { '@type': 'ListItem', position: 2, name: labels.list, item: listUrl },
        { '@type': 'ListItem', position: 3, name: localized(p, 'title', locale), item: url },
      ],
    },
  ];
  // Escaped so that no text inside can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
