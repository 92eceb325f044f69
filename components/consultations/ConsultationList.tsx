import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { localized, placeName } from '@/lib/i18n/localized';
import { dateFormat } from '@/lib/consultations/format';
import { timeLeft, type ConsultationTopic } from '@/lib/consultations/rules';
import type { ConsultationCard } from '@/server/consultations/queries';

/** One section of the list: open, upcoming or closed consultations, each as a card. */
export async function ConsultationList({
  id,
  title,
  empty,
  items,
  locale,
  now,
}: {
  id: string;
  title: string;
  empty: string;
  items: ConsultationCard[];
  locale: string;
  now: Date;
}) {
  const t = await getTranslations('Consultations');
  const date = dateFormat(locale);
  return (
    <section aria-labelledby={`${id}-title`} className="mb-10" data-testid={`consultations-${id}`}>
      <h2 id={`${id}-title`} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {items.length === 0 ? <p className="text-muted">{empty}</p> : null}
      <ul className="space-y-4">
        {items.map((c) => {
          const left = timeLeft(c.closesAt, now);
          return (
            <li key={c.id} className="max-w-3xl border-2 border-ink/20 p-4" data-testid={`consultation-${c.slug}`}>
              <p className="text-sm font-semibold tracking-wide text-muted uppercase">
                {t(`topics.${c.topic as ConsultationTopic}`)} · {t(`phases.${c.phase}`)}
              </p>
              <h3 className="mt-1 text-xl font-bold">
                <Link href={{ pathname: '/consultations/[slug]', params: { slug: c.slug } }}>
                  {localized(c, 'title', locale)}
                </Link>
              </h3>
              <p className="mt-2">{localized(c, 'summary', locale)}</p>
              <p className="mt-2 text-muted">
                {t('list.dates', { from: date.format(c.opensAt), to: date.format(c.closesAt) })}
                {c.wards.length ? ` · ${c.wards.map((w) => placeName(w, locale)).join(', ')}` : null}
              </p>
              <p className="mt-1 font-semibold">
                {c.phase === 'open' ? <span>{t('list.timeLeft', left)} · </span> : null}
                {c.phase === 'upcoming' ? <span>{t('list.opensOn', { date: date.format(c.opensAt) })}</span> : null}
                {c.phase !== 'upcoming' ? (
                  <span data-testid="response-count">{t('list.responses', { count: c.responses })}</span>
                ) : null}
                {c.outcomePublishedAt ? <span> · {t('list.withOutcome')}</span> : null}
              </p>
              {c.phase === 'closed' ? (
                <p className="mt-2">
                  <Link href={{ pathname: '/consultations/[slug]/results', params: { slug: c.slug } }}>
                    {t('list.results')}
                    <span className="sr-only">: {localized(c, 'title', locale)}</span>
                  </Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
