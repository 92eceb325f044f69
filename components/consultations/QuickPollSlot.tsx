import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { dateFormat } from '@/lib/consultations/format';
import { localized } from '@/lib/i18n/localized';
import { pollAt } from '@/server/consultations/polls';

// A quick poll's slot (docs/decisions/024): the open poll placed at `placement` ("home" or a news
// article's slug), or nothing. The same for everyone, so cached pages can hold it: one button per
// option in a plain form posting to /api/consultations/{slug}/poll, which needs no JavaScript and
// sends the resident on to the poll's page (sign-in first when needed) with their receipt.

export async function QuickPollSlot({ placement, locale: given }: { placement: string; locale?: Locale }) {
  const poll = await pollAt(placement);
  if (!poll) return null;
  const locale = given ?? ((await getLocale()) as Locale);
  const t = await getTranslations({ locale, namespace: 'QuickPoll' });
  const titleId = `quick-poll-${poll.id}`;
  const questionId = `${titleId}-question`;
  return (
    <section
      aria-labelledby={titleId}
      className="max-w-3xl border-t-4 border-brand-700 bg-brand-50 p-5"
      data-testid="quick-poll"
    >
      <h2 id={titleId} className="text-2xl font-bold">
        {t('title')}
      </h2>
      <form method="post" action={`/api/consultations/${poll.slug}/poll`} className="mt-3">
        <input type="hidden" name="locale" value={locale} />
        <fieldset aria-describedby={`${titleId}-hint`}>
          <legend id={questionId} className="text-xl font-semibold">
            {localized(poll.question, 'text', locale)}
          </legend>
          <div className="mt-3 flex flex-wrap gap-3">
            {poll.options.map((o) => (
              <button
                key={o.id}
                type="submit"
                name="option"
                value={o.id}
                className="min-h-12 rounded border-2 border-brand-700 bg-white px-4 py-2 text-lg font-semibold text-brand-800 hover:bg-brand-700 hover:text-white focus-visible:outline-3 focus-visible:outline-offset-2"
              >
                {localized(o, 'text', locale)}
              </button>
            ))}
          </div>
        </fieldset>
      </form>
      <p id={`${titleId}-hint`} className="mt-3 text-muted">
        {t('tap', { date: dateFormat(locale, true).format(poll.closesAt) })}
      </p>
      <p className="mt-2">
        <Link href={{ pathname: '/consultations/[slug]', params: { slug: poll.slug } }} locale={locale}>
          {t('more')}
        </Link>
      </p>
    </section>
  );
}
