// The procedure page's JSON-LD: a GovernmentService in the page's language and its breadcrumb trail.
// Text follows the page: on the English page a translated procedure (lib/procedures/english.ts) is
// described in English throughout; an untranslated one gets English where the portal has it (the
// field, the area, the channels' words, the agency's name from lib/procedures/agency-names.ts) and
// its Vietnamese text elsewhere, marked with its language.
import type { Locale } from '@/i18n/routing';
import { localized } from '@/lib/i18n/localized';
import { agencyNameEn } from '@/lib/procedures/agency-names';
import { procedureDetails, type Method } from '@/lib/procedures/english';
import { isoDuration, isSameAsInPerson } from '@/lib/procedures/summary';
import type { PublicProcedure } from '@/server/procedures/queries';

/**
 * Each method's time limit as an ISO 8601 duration, read from the Vietnamese text (the published
 * one): "07 ngày làm việc" → P7D. Working days are written as days (ISO 8601 has no working day):
 * the real wait is at least that long. A method "the same as in person" takes the in-person
 * duration (delivery by post not counted). Undefined where no duration is written.
 */
export function processingDurations(methods: Method[]): (string | undefined)[] {
  const inPerson = methods.find((m) => m.channel === 'IN_PERSON');
  const base = inPerson ? isoDuration(inPerson.processingTime) : undefined;
  return methods.map((m) =>
    isSameAsInPerson(m.processingTime) && m !== inPerson
      ? (isoDuration(m.processingTime) ?? base)
      : isoDuration(m.processingTime),
  );
}

export function procedureJsonLd(
  p: PublicProcedure,
  locale: Locale,
  url: string,
  listUrl: string,
  homeUrl: string,
  labels: { home: string; list: string; area: string; channel: (c: Method['channel']) => string },
) {
  const d = procedureDetails(p, locale);
  // Text in the page's language as a plain string; Vietnamese text on the English page with its language.
  const text = (value: string) => (d.translated ? value : { '@language': 'vi', '@value': value });
  const providerName = d.translated
    ? d.implementingAgency
    : (agencyNameEn(p.implementingAgency) ?? text(p.implementingAgency));
  const durations = processingDurations(p.methods as Method[]);
  const other = locale === 'en' ? 'vi' : 'en';
  const data = [
    {
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: localized(p, 'title', locale),
      // The title in the other language, said so.
      alternateName: { '@language': other, '@value': localized(p, 'title', other) },
      description: localized(p, 'summary', locale),
      identifier: p.code,
      url,
      inLanguage: locale,
      serviceType: localized(p.field, 'name', locale),
      areaServed: { '@type': 'City', name: labels.area },
      provider: { '@type': 'GovernmentOrganization', name: providerName },
      availableChannel: d.methods.map((m, i) => ({
        '@type': 'ServiceChannel',
        name: labels.channel(m.channel),
        ...(m.channel === 'ONLINE' && p.onlineUrl ? { serviceUrl: p.onlineUrl } : {}),
        ...(m.channel === 'IN_PERSON' ? { serviceLocation: { '@type': 'Place', name: text(d.submissionPlace) } } : {}),
        ...(durations[i] ? { processingTime: durations[i] } : {}),
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
