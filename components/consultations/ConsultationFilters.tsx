import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { placeName } from '@/lib/i18n/localized';
import { CONSULTATION_TOPICS } from '@/lib/consultations/rules';

const selectClass = 'mt-1 block min-h-11 rounded-none border-2 border-ink bg-white px-3 py-2 text-lg';

/** Topic and ward filters: a plain GET form, so the filtered list has its own address. */
export async function ConsultationFilters({
  action,
  topic,
  ward,
  wards,
  locale,
}: {
  action: string;
  topic?: string;
  ward?: string;
  wards: { code: string; name: string; nameEn: string | null }[];
  locale: string;
}) {
  const t = await getTranslations('Consultations');
  return (
    <form
      method="get"
      action={action}
      className="mb-8 flex flex-wrap items-end gap-4"
      aria-label={t('list.filters')}
      data-testid="consultation-filters"
    >
      <div>
        <label htmlFor="topic" className="block text-lg font-semibold">
          {t('list.topic')}
        </label>
        <select id="topic" name="topic" defaultValue={topic ?? ''} className={selectClass}>
          <option value="">{t('list.allTopics')}</option>
          {CONSULTATION_TOPICS.map((k) => (
            <option key={k} value={k}>
              {t(`topics.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ward" className="block text-lg font-semibold">
          {t('list.ward')}
        </label>
        <select id="ward" name="ward" defaultValue={ward ?? ''} className={selectClass}>
          <option value="">{t('list.allWards')}</option>
          {wards.map((w) => (
            <option key={w.code} value={w.code}>
              {placeName(w, locale)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" size="lg" data-testid="consultation-filter-apply">
        {t('list.apply')}
      </Button>
    </form>
  );
}
