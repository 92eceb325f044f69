import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { localized, placeName } from '@/lib/i18n/localized';
import { TYPE_SLUGS } from '@/lib/services/places';
import { centresForLevel } from '@/server/services/queries';

/**
 * On a procedure page: the one-stop centres of the services directory where it is filed in person
 * (the city's centre for a city-level procedure; the wards' centres, a few as examples, for a
 * ward-level one).
 */
export async function ProcedureCentres({ level, locale }: { level: 'CITY' | 'COMMUNE'; locale: Locale }) {
  const [t, centres] = await Promise.all([getTranslations('Services'), centresForLevel(level)]);
  if (!centres.length) return null;
  const shown = level === 'COMMUNE' ? centres.slice(0, 5) : centres;
  return (
    <section aria-labelledby="procedure-centres-heading" className="mt-8" data-testid="procedure-centres">
      <h2 id="procedure-centres-heading" className="text-2xl font-bold">
        {t('procedureCentres')}
      </h2>
      <p className="mt-2">{level === 'COMMUNE' ? t('procedureCentresCommune') : t('procedureCentresCity')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {shown.map((c) => (
          <li key={c.slug}>
            <Link href={{ pathname: '/services/places/[slug]', params: { slug: c.slug } }}>
              {localized(c, 'name', locale)}
            </Link>
            {' — '}
            {c.address}, {placeName(c.ward, locale)}
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <Link href={{ pathname: '/services/types/[type]', params: { type: TYPE_SLUGS.ADMIN_CENTRE } }}>
          {t('allCentres')}
        </Link>
      </p>
    </section>
  );
}
