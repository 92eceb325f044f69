import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { PageHeader } from '@/components/ui/PageHeader';
import { isLocalClient } from '@/server/http/local-client';
import { mayReadOutbox, outboxMails, usesOutbox } from '@/server/mail';
import { getCurrentUser } from '@/server/session';
import { Button } from '@/components/ui/Button';
import { formatDateTime } from '@/lib/i18n/dates';

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Mail kept instead of sent (MAIL_OUTBOX, only on a loopback PUBLIC_URL), so sign-up and password
// reset work on a laptop and in tests. Its links take over accounts: anyone else gets the 404 of a
// page that does not exist (docs/decisions/016-mail-outbox.md).
export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Read before deciding, so the page is rendered per request and never built ahead as a 404 or a list.
  const requestHeaders = await headers();
  const enabled = usesOutbox();
  const localClient = enabled && isLocalClient(requestHeaders);
  const role = enabled && !localClient ? (await getCurrentUser())?.role : undefined;
  if (!mayReadOutbox({ enabled, localClient, role })) notFound();
  const to = (await searchParams).to;
  const recipient = typeof to === 'string' ? to.trim().toLowerCase().slice(0, 254) : '';
  const [t, mails] = await Promise.all([getTranslations('Outbox'), outboxMails(recipient)]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <form
        method="get"
        action={getPathname({ locale, href: '/dev/outbox' })}
        className="mb-6 flex max-w-xl items-end gap-2"
      >
        <div className="flex-1">
          <label htmlFor="outbox-to" className="block font-semibold">
            {t('filter')}
          </label>
          <input
            id="outbox-to"
            name="to"
            type="email"
            defaultValue={recipient}
            className="mt-1 w-full border-2 border-ink px-3 py-2"
          />
        </div>
        <Button type="submit">{t('filterSubmit')}</Button>
      </form>
      {mails.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="space-y-6" data-testid="outbox">
          {mails.map((m) => (
            <li key={m.id} className="border-2 border-slate-300 p-4" data-testid="outbox-mail">
              <h2 className="text-lg font-bold">{m.subject}</h2>
              <p className="text-sm text-muted">
                {t('to')}: {m.to} ·{' '}
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
              </p>
              <pre className="mt-3 font-sans break-words whitespace-pre-wrap">{m.text}</pre>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
