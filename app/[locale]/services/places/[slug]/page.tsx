import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { kindLine } from '@/components/services/PlaceList';
import { ReportWrongEntry } from '@/components/services/ReportWrongEntry';
import { SpecialHours } from '@/components/services/SpecialHours';
import { publicMetadata } from '@/lib/metadata';
import { localized, placeName } from '@/lib/i18n/localized';
import { groupDays } from '@/lib/services/hours';
import { TYPE_SLUGS } from '@/lib/services/places';
import { placeJsonLd } from '@/lib/services/json-ld';
import { placeBySlug } from '@/server/services/queries';

// Cached and refreshed when an editor saves (revalidatePath) or at the latest after an hour. It
// shows the hours, not "open now", which a cached page could only show stale.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const p = await placeBySlug(slug);
  if (!p) return {};
  return publicMetadata(
    locale,
    { pathname: '/services/places/[slug]', params: { slug } },
    { title: localized(p, 'name', locale), description: `${p.address}, ${placeName(p.ward, locale)}` },
  );
}

export default async function PlacePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const p = await placeBySlug(slug);
  if (!p) notFound();
  const [t, format] = await Promise.all([getTranslations('Services'), getFormatter()]);
  const base = process.env.PUBLIC_URL ?? 'http://localhost:3000';
  const url = new URL(getPathname({ locale, href: { pathname: '/services/places/[slug]', params: { slug } } }), base);
  const name = localized(p, 'name', locale);
  const wardName = placeName(p.ward, locale);
  const mark = (fact: string) =>
    p.unverified.includes(fact) ? (
      <span className="ml-1 text-sm text-muted" data-testid={`unverified-${fact}`}>
        ({t('unverified')})
      </span>
    ) : null;
  const day = (d: number) => t(`weekdays.${d}` as 'weekdays.1');
  const groups = groupDays(p.hours);
  const note = localized(p, 'hoursNote', locale);
  return (
    <article className="max-w-3xl" data-testid="place">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: placeJsonLd(p, url.toString(), locale) }} />
      <Breadcrumbs
        label={t('breadcrumb')}
        className="mb-4 text-sm"
        steps={[
          { href: '/', text: t('breadcrumbHome') },
          { href: '/services', text: t('title') },
          {
            href: { pathname: '/services/types/[type]', params: { type: TYPE_SLUGS[p.type] } },
            text: t(`types.${p.type}`),
          },
        ]}
      />
      <p className="text-muted">{kindLine(t, p)}</p>
      <h1 className="text-3xl leading-tight font-bold md:text-4xl">{name}</h1>
      {p.serves ? <p className="mt-2 text-lg">{t(`serves.${p.serves}`)}</p> : null}
      <dl
        className="mt-6 grid gap-x-6 gap-y-3 border-l-4 border-brand-700 bg-brand-50 p-4 sm:grid-cols-[10rem_1fr]"
        data-testid="place-facts"
      >
        <dt className="font-semibold">{t('address')}</dt>
        <dd>
          {p.address}, {wardName}, {locale === 'vi' ? 'Thành phố Hồ Chí Minh' : 'Ho Chi Minh City'}
          {mark('address')}
        </dd>
        <dt className="font-semibold">{t('wardLabel')}</dt>
        <dd>
          <Link href={{ pathname: '/services/wards/[ward]', params: { ward: p.ward.code } }}>{wardName}</Link>
          {mark('ward')}
        </dd>
        <dt className="font-semibold">{t('phone')}</dt>
        <dd>
          {p.phone ? <a href={`tel:${p.phone.replace(/[^0-9+]/g, '')}`}>{p.phone}</a> : t('unknown')}
          {mark('phone')}
        </dd>
        <dt className="font-semibold">{t('website')}</dt>
        <dd className="break-all">
          {p.website ? (
            <a href={p.website} rel="noopener">
              {p.website.replace(/^https?:\/\//, '')}
            </a>
          ) : (
            t('unknown')
          )}
          {p.website ? mark('website') : null}
        </dd>
        <dt className="font-semibold">{t('coordinates')}</dt>
        <dd>
          {p.lat.toFixed(5)}, {p.lng.toFixed(5)}
          {mark('coordinates')}{' '}
          <a
            href={`https://www.openstreetmap.org/?mlat=${p.lat}&mlon=${p.lng}#map=17/${p.lat}/${p.lng}`}
            rel="noopener"
          >
            {t('directions')}
          </a>
        </dd>
      </dl>
      <section aria-labelledby="hours-heading" className="mt-8" data-testid="hours">
        <h2 id="hours-heading" className="text-2xl font-bold">
          {t('hours')}
          {mark('hours')}
        </h2>
        {groups.length ? (
          <table className="mt-3 border-collapse">
            <tbody>
              {groups.map((g) => (
                <tr key={g.from} className="border-b border-slate-300">
                  <th scope="row" className="py-1 pr-6 text-left font-semibold">
                    {g.from === g.to ? day(g.from) : t('dayRange', { from: day(g.from), to: day(g.to) })}
                  </th>
                  <td className="py-1 tabular-nums">{g.ranges.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2">{t('unknown')}</p>
        )}
        {groups.length && groups.reduce((n, g) => n + g.to - g.from + 1, 0) < 7 ? (
          <p className="mt-2">{t('closedDays')}</p>
        ) : null}
        <p className="mt-2">{p.closedOnHolidays ? t('holidaysClosed') : t('holidaysOpen')}</p>
        {note ? <p className="mt-2">{note}</p> : null}
        <SpecialHours periods={p.specialHours} locale={locale} />
      </section>
      {p.unverified.length ? (
        <p className="mt-6 border-l-4 border-accent bg-red-50 p-3" data-testid="unverified-note">
          {t('unverifiedNote')}
        </p>
      ) : null}
      <p className="mt-6 text-sm text-muted">
        {t('lastUpdated', { date: format.dateTime(p.updatedAt, { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }) })}
      </p>
      <p className="mt-2">
        <Link href={{ pathname: '/services/wards/[ward]', params: { ward: p.ward.code } }}>
          {t('wardPage', { ward: wardName })}
        </Link>
      </p>
      <ReportWrongEntry slug={p.slug} locale={locale} />
    </article>
  );
}
