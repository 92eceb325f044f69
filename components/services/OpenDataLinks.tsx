import { getTranslations } from 'next-intl/server';

/** The JSON API's address (a route handler, not a page). */
const API = '/api/places';

/** The open-data downloads of the whole directory (documented in the README). */
export async function OpenDataLinks() {
  const t = await getTranslations('Services');
  return (
    <section aria-labelledby="open-data-heading" className="mb-10" data-testid="open-data">
      <h2 id="open-data-heading" className="mb-2 text-2xl font-bold">
        {t('openData')}
      </h2>
      <p>
        {t('openDataLead')} <a href="/api/places/export.csv">{t('csv')}</a> ·{' '}
        <a href="/api/places/export.geojson">{t('geojson')}</a> · <a href={API}>{t('api')}</a>
      </p>
    </section>
  );
}
