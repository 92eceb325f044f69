import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { Notice, PageHeader } from '@/components/ui/PageHeader';
import { AdminList } from '@/components/admin/AdminList';
import { IssueApiKeyForm } from '@/components/open311/IssueApiKeyForm';
import { pageMetadata } from '@/lib/metadata';
import { revokeApiKeyAction } from '@/server/open311/api-key-actions';
import { listApiKeys } from '@/server/open311/api-keys';
import { requirePermission } from '@/server/session';
import { dateFormat } from '@/lib/i18n/dates';

export const generateMetadata = pageMetadata({ title: 'Open311.apiKeys.title' });

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ApiKeysPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('apiKey:manage', getPathname({ locale, href: '/admin/api-keys' }));
  const [t, tAdmin, keys, query] = await Promise.all([
    getTranslations('Open311.apiKeys'),
    getTranslations('Admin'),
    listApiKeys(),
    searchParams,
  ]);
  const date = dateFormat(locale, true);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">← {tAdmin('title')}</Link>
      </p>
      <PageHeader title={t('title')} lead={t('lead')} />
      {query.revoked === '1' ? (
        <Notice tone="success" testId="revoked-notice">
          {t('revokedNotice')}
        </Notice>
      ) : null}
      <section aria-labelledby="issue-key" className="mb-10 max-w-2xl border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="issue-key" className="mb-3 text-xl font-bold">
          {t('issueHeading')}
        </h2>
        <IssueApiKeyForm />
      </section>
      <section aria-labelledby="keys">
        <h2 id="keys" className="mb-3 text-2xl font-bold">
          {t('listHeading')}
        </h2>
        <AdminList
          empty={keys.length === 0 ? t('none') : null}
          captionId="keys-caption"
          table={
            <table className="w-full min-w-[44rem] border-collapse text-left" data-testid="api-keys">
              <caption id="keys-caption" className="sr-only">
                {t('caption')}
              </caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-3">
                    {t('name')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('prefix')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('created')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('lastUsed')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('state')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-b border-gray-300 align-top" data-testid={`api-key-${k.prefix}`}>
                    <th scope="row" className="py-2 pr-3 font-semibold">
                      {k.name}
                    </th>
                    <td className="py-2 pr-3 font-mono">{k.prefix}…</td>
                    <td className="py-2 pr-3">
                      {date.format(k.createdAt)}
                      {k.createdBy ? <span className="block text-muted">{k.createdBy.name}</span> : null}
                    </td>
                    <td className="py-2 pr-3">{k.lastUsedAt ? date.format(k.lastUsedAt) : t('never')}</td>
                    <td className="py-2 pr-3">
                      {k.revokedAt ? t('revokedOn', { date: date.format(k.revokedAt) }) : t('active')}
                    </td>
                    <td className="py-2">
                      {k.revokedAt ? null : (
                        <form action={revokeApiKeyAction}>
                          <input type="hidden" name="id" value={k.id} />
                          <button
                            type="submit"
                            aria-label={t('revokeLabel', { name: k.name })}
                            className="font-semibold text-accent underline"
                          >
                            {t('revoke')}
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </section>
    </>
  );
}
