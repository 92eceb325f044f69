import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AlertDetails } from '@/components/alerts/AlertDetails';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { dateFormat } from '@/lib/consultations/format';
import { phaseOf } from '@/lib/alerts/rules';
import { capPath } from '@/lib/alerts/urls';
import { localized } from '@/lib/i18n/localized';
import { publicMetadata } from '@/lib/metadata';
import { publicAlert } from '@/server/alerts/queries';

// One message of an alert, its CAP document linked. Cached like the list and refreshed with it.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; id: string }> };

const IDENTIFIER = /^[A-Za-z0-9_-]{1,100}$/;

async function load(id: string) {
  return IDENTIFIER.test(id) ? publicAlert(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const found = await load(id);
  if (!found) return {};
  const page = await publicMetadata(
    locale,
    { pathname: '/alerts/[id]', params: { id } },
    {
      title: localized(found.alert, 'headline', locale),
      description: localized(found.alert, 'description', locale).slice(0, 300),
    },
  );
  return { ...page, alternates: { ...page.alternates, types: { 'application/cap+xml': capPath(locale, id) } } };
}

export default async function AlertPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = await load(id);
  if (!found) notFound();
  const { alert, thread, latest } = found;
  const t = await getTranslations('Alerts');
  const phase = phaseOf(alert, new Date());
  const date = dateFormat(locale, true);
  const superseded = alert.supersededAt !== null && latest && latest.identifier !== alert.identifier;
  return (
    <>
      <Breadcrumbs
        label={t('detail.breadcrumbs')}
        steps={[
          { href: '/', text: t('detail.home') },
          { href: '/alerts', text: t('list.title') },
        ]}
        className="mb-4"
      />
      <article>
        <p className="font-semibold" data-testid="alert-phase">
          {t(`severity.${alert.severity}`)} · {t(`phase.${phase}`)} · {t(`detail.msgType.${alert.msgType}`)}
        </p>
        <h1 className="mt-1 mb-6 max-w-3xl text-3xl leading-tight font-bold md:text-4xl">
          {localized(alert, 'headline', locale)}
        </h1>
        {superseded ? (
          <p className="mb-6 max-w-3xl border-l-4 border-yellow-500 bg-yellow-50 p-4" data-testid="alert-superseded">
            {t('detail.superseded')}{' '}
            <Link href={{ pathname: '/alerts/[id]', params: { id: latest.identifier } }}>{t('detail.viewLatest')}</Link>
          </p>
        ) : null}
        <AlertDetails alert={alert} locale={locale} />
        <p className="mt-6">
          <a href={capPath(locale, alert.identifier)} type="application/cap+xml" data-testid="cap-link">
            {t('detail.cap')}
          </a>
        </p>
        {thread.length > 1 ? (
          <section aria-labelledby="alert-history" className="mt-8 max-w-3xl">
            <h2 id="alert-history" className="mb-2 text-xl font-bold">
              {t('detail.history')}
            </h2>
            <ol className="list-decimal space-y-1 pl-6">
              {thread.map((m) => (
                <li key={m.identifier}>
                  {m.identifier === alert.identifier ? (
                    <strong>
                      {t(`detail.msgType.${m.msgType}`)} · {date.format(m.sent)}
                    </strong>
                  ) : (
                    <Link href={{ pathname: '/alerts/[id]', params: { id: m.identifier } }}>
                      {t(`detail.msgType.${m.msgType}`)} · {date.format(m.sent)}
                    </Link>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </article>
    </>
  );
}
