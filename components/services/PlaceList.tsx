import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { localized, placeName } from '@/lib/i18n/localized';

export type ListedPlace = {
  slug: string;
  type: string;
  schoolLevel: string | null;
  ownership: string;
  nameVi: string;
  nameEn: string;
  address: string;
  phone: string;
  ward: { name: string; nameEn: string | null };
  unverified: string[];
  distance?: number | null;
  openNow?: boolean;
};

/** Places as a list: name, kind, address with its ward, phone; distance and "open now" when known. */
export async function PlaceList({
  places,
  locale,
  testId = 'places',
}: {
  places: ListedPlace[];
  locale: Locale;
  testId?: string;
}) {
  const t = await getTranslations('Services');
  const mark = (p: ListedPlace, fact: string) =>
    p.unverified.includes(fact) ? <span className="text-sm text-muted"> ({t('unverified')})</span> : null;
  return (
    <ul className="divide-y divide-slate-300 border-y border-slate-300" data-testid={testId}>
      {places.map((p) => (
        <li key={p.slug} className="py-3" data-testid="place">
          <h3 className="text-lg font-bold">
            <Link href={{ pathname: '/services/places/[slug]', params: { slug: p.slug } }}>
              {localized(p, 'name', locale)}
            </Link>
          </h3>
          <p className="text-sm text-muted">
            {kindLine(t, p)}
            {p.openNow === undefined ? null : (
              <>
                {' · '}
                <span className={p.openNow ? 'font-semibold text-green-800' : ''} data-testid="open-state">
                  {p.openNow ? t('open') : t('closed')}
                </span>
              </>
            )}
            {p.distance === null || p.distance === undefined ? null : (
              <>
                {' · '}
                <span data-testid="distance">
                  {p.distance < 1000
                    ? t('distanceM', { m: Math.round(p.distance / 10) * 10 })
                    : t('distance', { km: (p.distance / 1000).toFixed(1) })}
                </span>
              </>
            )}
          </p>
          <p>
            {p.address}
            {mark(p, 'address')}, {placeName(p.ward, locale)}
            {mark(p, 'ward')}
          </p>
          {p.phone ? (
            <p>
              <a href={`tel:${p.phone.replace(/[^0-9+]/g, '')}`}>{p.phone}</a>
              {mark(p, 'phone')}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'Services'>>>;

/** "Trường học · THPT · Công lập", "Bệnh viện · Tư thục". */
export function kindLine(t: T, p: { type: string; schoolLevel: string | null; ownership: string }): string {
  const parts = [t(`types.${p.type}` as 'types.HOSPITAL')];
  if (p.schoolLevel) parts.push(t(`schoolLevels.${p.schoolLevel}` as 'schoolLevels.PRIMARY'));
  if (p.type !== 'ADMIN_CENTRE' && p.type !== 'TRANSPORT')
    parts.push(t(`ownership.${p.ownership}` as 'ownership.PUBLIC'));
  return parts.join(' · ');
}
