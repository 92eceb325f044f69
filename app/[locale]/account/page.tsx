import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { ProfileForm } from '@/components/auth/AccountForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { signOutAction, signOutEverywhereAction } from '@/server/accounts/actions';
import { accountSummary } from '@/server/accounts/queries';
import { campaignUnitOptions, wardOptions } from '@/server/places/queries';
import { can } from '@/server/permissions';
import { requireUser } from '@/server/session';
import { NotificationsLink } from '@/components/reports/NotificationsLink';
import { localized } from '@/lib/i18n/localized';
import { Button } from '@/components/ui/Button';
import { AlertSubscription } from '@/components/alerts/AlertSubscription';

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = pageMetadata({ title: 'Account.title' });

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const current = await requireUser(getPathname({ locale, href: '/account' }));
  const [t, tReports, user, wards, units] = await Promise.all([
    getTranslations('Account'),
    getTranslations('Reports'),
    accountSummary(current.id),
    wardOptions(locale),
    campaignUnitOptions(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} />
      {/* minmax(0, 1fr) and anywhere-wrapping: a long email wraps instead of widening a 390 px page. */}
      <dl
        className="mb-8 grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2 text-lg [overflow-wrap:anywhere]"
        data-testid="account-summary"
      >
        <dt className="font-semibold">{t('email')}</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">{t('role')}</dt>
        <dd data-testid="account-role">{t(`roles.${user.role}`)}</dd>
        {user.agency ? (
          <>
            <dt className="font-semibold">{t('agency')}</dt>
            <dd>{localized(user.agency, 'name', locale)}</dd>
          </>
        ) : null}
      </dl>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-lg">
        <Link href="/reports/mine">{tReports('mineTitle')}</Link>
        <NotificationsLink className="inline-flex items-center gap-2 font-semibold" />
      </p>
      {can(current, 'admin:enter') ? (
        <p className="mb-8 text-lg">
          <Link href="/admin">{t('backOffice')}</Link>
        </p>
      ) : null}

      <section aria-labelledby="profile-heading" className="mb-12 max-w-2xl">
        <h2 id="profile-heading" className="mb-4 text-2xl font-bold">
          {t('profile')}
        </h2>
        <ProfileForm
          wards={wards}
          units={units}
          values={{
            name: user.name,
            phone: user.phone ?? '',
            wardCode: user.wardCode ?? '',
            campaignUnitId: user.campaignUnitId ?? '',
          }}
        />
      </section>

      <AlertSubscription userId={current.id} locale={locale} />

      <section aria-labelledby="sessions-heading" className="mb-12 max-w-2xl space-y-4">
        <h2 id="sessions-heading" className="text-2xl font-bold">
          {t('signOut')}
        </h2>
        <form action={signOutAction}>
          <Button type="submit" variant="secondary">
            {t('signOut')}
          </Button>
        </form>
        <form action={signOutEverywhereAction}>
          <p className="mb-2 text-muted">{t('signOutEverywhereHint')}</p>
          <Button type="submit" variant="secondary">
            {t('signOutEverywhere')}
          </Button>
        </form>
      </section>

      <section aria-labelledby="data-heading" className="mb-12 max-w-2xl space-y-4">
        <h2 id="data-heading" className="text-2xl font-bold">
          {t('data')}
        </h2>
        <p>
          <a href="/api/account/data" download>
            {t('downloadData')}
          </a>
        </p>
        <p>
          <Link href="/account/delete" className="text-accent">
            {t('delete')}
          </Link>
        </p>
      </section>
    </>
  );
}
