import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { placeName } from '@/lib/i18n/localized';
import { PLACE_TYPES, TYPE_SLUGS } from '@/lib/services/places';
import { PLACE_QUERY_MAX } from '@/lib/validation/services';
import { Button } from '@/components/ui/Button';
import { UseMyLocation } from './UseMyLocation';

type Values = { q?: string; type?: string; ward?: string; open?: boolean; near?: boolean; lat?: number; lng?: number };

/**
 * The directory's search form: a plain GET to the search page, so it works without JavaScript
 * ("near me" is then the chosen ward); with JavaScript "Use my location" fills the coordinates.
 */
export async function DirectoryFilters({
  locale,
  wards,
  values = {},
}: {
  locale: Locale;
  wards: { code: string; name: string; nameEn: string | null }[];
  values?: Values;
}) {
  const t = await getTranslations('Services');
  const action = getPathname({ locale, href: '/services/search' });
  const select = 'mt-1 block w-full max-w-md border-2 border-ink bg-white px-2 py-2 text-lg';
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t('filters')}
      className="mb-8 max-w-3xl space-y-4"
      data-testid="directory-filters"
    >
      <div>
        <label htmlFor="svc-q" className="block text-lg font-semibold">
          {t('searchLabel')}
        </label>
        <p id="svc-q-hint" className="text-muted">
          {t('searchHint')}
        </p>
        <input
          id="svc-q"
          name="q"
          type="search"
          defaultValue={values.q ?? ''}
          maxLength={PLACE_QUERY_MAX}
          aria-describedby="svc-q-hint"
          className="mt-1 block w-full max-w-xl border-2 border-ink px-3 py-2 text-lg"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="svc-type" className="block font-semibold">
            {t('type')}
          </label>
          <select id="svc-type" name="type" defaultValue={values.type ?? ''} className={select}>
            <option value="">{t('anyType')}</option>
            {PLACE_TYPES.map((type) => (
              <option key={type} value={TYPE_SLUGS[type]}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="svc-ward" className="block font-semibold">
            {t('ward')}
          </label>
          <select id="svc-ward" name="ward" defaultValue={values.ward ?? ''} className={select}>
            <option value="">{t('anyWard')}</option>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>
                {placeName(w, locale)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap gap-x-8 gap-y-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="open" value="1" defaultChecked={values.open} className="size-5" />
          {t('openNow')}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="near" value="1" defaultChecked={values.near} className="size-5" />
          {t('nearWard')}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t('apply')}</Button>
        <UseMyLocation labels={{ use: t('useLocation'), locating: t('locating'), failed: t('locationFailed') }} />
      </div>
    </form>
  );
}
