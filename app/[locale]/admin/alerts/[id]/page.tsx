import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { AlertDetails } from '@/components/alerts/AlertDetails';
import { AlertSlot } from '@/components/layout/AlertSlot';
import { Button } from '@/components/ui/Button';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { capXml } from '@/lib/alerts/cap';
import { dateFormat } from '@/lib/consultations/format';
import { isErrorCode } from '@/lib/errors';
import { localized } from '@/lib/i18n/localized';
import { pageMetadata } from '@/lib/metadata';
import { alertForAdmin } from '@/server/alerts/admin';
import { discardDraftAction, issueAlertAction } from '@/server/alerts/admin-actions';
import { env } from '@/server/env';
import { errorTextIn } from '@/server/i18n';
import { requirePermission } from '@/server/session';

// One message in the back office. Before it is issued: the preview (its banner, its words and its
// CAP document) with "Issue", "Edit" and "Discard". Once issued and still current: update or cancel.

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageMetadata({ title: 'AlertAdmin.title' });

export default async function AdminAlertPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(
    'alert:issue',
    getPathname({ locale, href: { pathname: '/admin/alerts/[id]', params: { id } } }),
  );
  const query = await searchParams;
  const found = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await alertForAdmin(id) : null;
  if (!found) notFound();
  const { alert, thread } = found;
  const [t, ta, tv, ten] = await Promise.all([
    getTranslations('AlertAdmin'),
    getTranslations('Alerts'),
    getTranslations({ locale: 'vi', namespace: 'Alerts' }),
    getTranslations({ locale: 'en', namespace: 'Alerts' }),
  ]);
  const error = isErrorCode(query.error) ? query.error : null;
  const now = new Date();
  const preview = alert.issuedAt === null;
  const current =
    !preview && alert.supersededAt === null && alert.msgType !== 'CANCEL' && alert.expires.getTime() > now.getTime();
  const base = env().PUBLIC_URL;
  const page = (l: Locale) =>
    new URL(
      getPathname({ locale: l, href: { pathname: '/alerts/[id]', params: { id: alert.identifier } } }),
      base,
    ).toString();
  const cap = capXml(alert, {
    references: thread.filter((m) => m.id !== alert.id && (preview || m.sent.getTime() < alert.sent.getTime())),
    first: locale,
    web: { vi: page('vi'), en: page('en') },
    senderName: { vi: tv('feed.author'), en: ten('feed.author') },
  });
  const date = dateFormat(locale, true);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/alerts">← {t('back')}</Link>
      </p>
      <PageHeader
        title={localized(alert, 'headline', locale)}
        lead={`${ta(`status.${alert.status}`)} · ${ta(`detail.msgType.${alert.msgType}`)} · ${preview ? t('states.preview') : date.format(alert.sent)}`}
      />
      {error ? (
        <div role="alert" className="mb-6 max-w-3xl border-l-4 border-accent bg-red-50 p-4" data-testid="page-error">
          <h2 className="font-bold">{t('refused')}</h2>
          <p>{errorTextIn(locale, error)}</p>
        </div>
      ) : query.issued && !preview ? (
        <Notice tone="success" testId="issued">
          {t('issued')}
        </Notice>
      ) : null}

      {preview ? (
        <section aria-labelledby="preview-heading" className="mb-8" data-testid="alert-preview">
          <h2 id="preview-heading" className="text-2xl font-bold">
            {t('preview.title')}
          </h2>
          <p className="mb-4">{t('preview.lead')}</p>
          {alert.status !== 'ACTUAL' ? (
            <Notice testId="not-public">{t('preview.notPublic', { status: ta(`status.${alert.status}`) })}</Notice>
          ) : null}
          {alert.msgType !== 'CANCEL' ? (
            <>
              <h3 className="mb-2 font-semibold">{t('preview.banner')}</h3>
              <div className="mb-6 border-2 border-dashed border-slate-400">
                <AlertSlot locale={locale} alerts={[alert]} />
              </div>
            </>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <form action={issueAlertAction}>
              <input type="hidden" name="id" value={alert.id} />
              <Button type="submit" size="lg" variant={alert.msgType === 'CANCEL' ? 'warning' : 'primary'}>
                {alert.msgType === 'CANCEL' ? t('preview.issueCancel') : t('preview.issue')}
              </Button>
            </form>
            {alert.msgType !== 'CANCEL' ? (
              <ButtonLink
                href={{ pathname: '/admin/alerts/new', query: { draft: alert.id } }}
                variant="secondary"
                size="lg"
              >
                {t('preview.edit')}
              </ButtonLink>
            ) : null}
            <form action={discardDraftAction}>
              <input type="hidden" name="id" value={alert.id} />
              <Button type="submit" size="lg" variant="secondary">
                {t('preview.discard')}
              </Button>
            </form>
          </div>
        </section>
      ) : (
        <div className="mb-8 flex flex-wrap gap-3">
          {current ? (
            <>
              <ButtonLink href={{ pathname: '/admin/alerts/new', query: { update: alert.id } }}>
                {t('update')}
              </ButtonLink>
              <ButtonLink href={{ pathname: '/admin/alerts/new', query: { cancel: alert.id } }} variant="warning">
                {t('cancel')}
              </ButtonLink>
            </>
          ) : null}
          {alert.status === 'ACTUAL' ? (
            <ButtonLink href={{ pathname: '/alerts/[id]', params: { id: alert.identifier } }} variant="secondary">
              {t('publicPage')}
            </ButtonLink>
          ) : null}
        </div>
      )}

      <AlertDetails alert={alert} locale={locale} />

      <section aria-labelledby="cap-heading" className="mt-8">
        <h2 id="cap-heading" className="mb-2 text-xl font-bold">
          {t('preview.cap')}
        </h2>
        <pre
          className="max-h-96 overflow-auto border border-slate-300 bg-slate-50 p-3 text-sm"
          tabIndex={0}
          aria-labelledby="cap-heading"
          data-testid="cap-preview"
        >
          {cap}
        </pre>
      </section>

      {thread.length ? (
        <section aria-labelledby="thread-heading" className="mt-8">
          <h2 id="thread-heading" className="mb-2 text-xl font-bold">
            {t('history')}
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {thread.map((m) => (
              <li key={m.id}>
                <Link href={{ pathname: '/admin/alerts/[id]', params: { id: m.id } }}>
                  {ta(`detail.msgType.${m.msgType}`)} · {date.format(m.sent)} · {m.identifier}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
