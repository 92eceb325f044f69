import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { REPORTABLE_FIELDS } from '@/lib/services/places';
import { PLACE_REPORT_MAX } from '@/lib/validation/services';
import { Button } from '@/components/ui/Button';

/**
 * "Is something wrong here?": a plain form (no sign-in, no JavaScript needed) posted to
 * POST /api/places/corrections, which is rate-limited per address and goes to the editors' queue.
 * It carries nothing personal, so the place page stays one cached page for everyone.
 */
export async function ReportWrongEntry({ slug, locale }: { slug: string; locale: Locale }) {
  const t = await getTranslations('Services');
  return (
    <section aria-labelledby="report-wrong-heading" className="mt-10 border-t-2 border-slate-300 pt-6">
      <h2 id="report-wrong-heading" className="text-2xl font-bold">
        {t('reportTitle')}
      </h2>
      <p className="mt-2">{t('reportLead')}</p>
      <form method="post" action="/api/places/corrections" className="mt-4 space-y-4" data-testid="report-wrong">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="locale" value={locale} />
        <div>
          <label htmlFor="report-field" className="block text-lg font-semibold">
            {t('reportField')}
          </label>
          {/* Always has a value (the first field is chosen to start with), so not marked required. */}
          <select
            id="report-field"
            name="field"
            className="mt-1 block w-full max-w-md border-2 border-ink bg-white px-2 py-2 text-lg"
          >
            {REPORTABLE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`reportFields.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="report-message" className="block text-lg font-semibold">
            {t('reportMessage')}
          </label>
          <p id="report-message-hint" className="text-muted">
            {t('reportMessageHint')}
          </p>
          <textarea
            id="report-message"
            name="message"
            required
            minLength={10}
            maxLength={PLACE_REPORT_MAX}
            rows={4}
            aria-describedby="report-message-hint"
            className="mt-1 block w-full max-w-xl border-2 border-ink px-3 py-2 text-lg"
          />
        </div>
        <Button type="submit">{t('reportSubmit')}</Button>
      </form>
    </section>
  );
}
