import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Button } from '@/components/ui/Button';

/**
 * "Was this page helpful?" as a plain form (the page is cached, so it cannot carry per-visitor
 * state): the handler sends the browser back to #feedback-thanks, which CSS shows as the thank-you note.
 */
export async function HelpfulForm({ code, locale }: { code: string; locale: Locale }) {
  const t = await getTranslations('ProcedureFeedback');
  return (
    <section aria-labelledby="helpful-heading" className="no-print mt-10 border-t-4 border-brand-700 bg-slate-50 p-4">
      <p
        id="feedback-thanks"
        tabIndex={-1}
        role="status"
        className="mb-4 hidden border-l-4 border-green-700 bg-green-50 p-3 font-semibold target:block"
      >
        {t('thanks')}
      </p>
      <form method="post" action={`/api/procedures/${encodeURIComponent(code)}/feedback`} data-testid="helpful-form">
        <input type="hidden" name="locale" value={locale} />
        <fieldset>
          <legend id="helpful-heading" className="text-lg font-bold">
            {t('question')}
          </legend>
          <div className="mt-2 flex gap-6">
            <label className="flex items-center gap-2">
              <input type="radio" name="helpful" value="yes" required className="h-5 w-5" /> {t('yes')}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="helpful" value="no" className="h-5 w-5" /> {t('no')}
            </label>
          </div>
        </fieldset>
        <label htmlFor="helpful-comment" className="mt-3 block font-semibold">
          {t('comment')}
        </label>
        <p id="helpful-comment-hint" className="text-sm text-muted">
          {t('commentHint')}
        </p>
        <textarea
          id="helpful-comment"
          name="comment"
          rows={3}
          maxLength={1000}
          aria-describedby="helpful-comment-hint"
          className="mt-1 block w-full max-w-xl border-2 border-ink px-3 py-2"
        />
        <Button type="submit" className="mt-3">
          {t('send')}
        </Button>
      </form>
    </section>
  );
}
