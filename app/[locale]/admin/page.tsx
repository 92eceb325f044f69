import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { PageHeader } from '@/components/ui/PageHeader';
import { can } from '@/server/permissions';
import { requirePermission } from '@/server/session';

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = pageMetadata({ title: 'Admin.title' });

export default async function AdminHome({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('admin:enter', getPathname({ locale, href: '/admin' }));
  const [t, tReports, tKeys, tConsultations, tNews, tServices, tAlerts] = await Promise.all([
    getTranslations('Admin'),
    getTranslations('ReportAdmin'),
    getTranslations('Open311.apiKeys'),
    getTranslations('ConsultationAdmin'),
    getTranslations('NewsAdmin'),
    getTranslations('ServicesAdmin'),
    getTranslations('AlertAdmin'),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead', { name: user.name })} />
      <ul className="mb-6 grid max-w-3xl gap-4 sm:grid-cols-2">
        {can(user, 'report:work') ? (
          <>
            <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
              <Link href="/admin/reports" className="text-xl font-bold">
                {tReports('homeLink')}
              </Link>
              <p className="mt-2">{tReports('homeLead')}</p>
            </li>
            <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
              <Link href="/admin/canned-answers" className="text-xl font-bold">
                {tReports('cannedLink')}
              </Link>
              <p className="mt-2">{tReports('cannedLinkLead')}</p>
            </li>
          </>
        ) : null}
        {can(user, 'procedure:edit') ? (
          <>
            <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
              <Link href="/admin/procedures" className="text-xl font-bold">
                {t('procedures')}
              </Link>
            </li>
            <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
              <Link href="/admin/synonyms" className="text-xl font-bold">
                {t('synonyms')}
              </Link>
            </li>
          </>
        ) : null}
        {can(user, 'consultation:manage') ? (
          <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
            <Link href="/admin/consultations" className="text-xl font-bold">
              {tConsultations('homeLink')}
            </Link>
            <p className="mt-2">{tConsultations('homeLead')}</p>
          </li>
        ) : null}
        {can(user, 'news:manage') ? (
          <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
            <Link href="/admin/news" className="text-xl font-bold">
              {tNews('homeLink')}
            </Link>
            <p className="mt-2">{tNews('homeLead')}</p>
          </li>
        ) : null}
        {can(user, 'place:edit') ? (
          <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
            <Link href="/admin/services" className="text-xl font-bold">
              {tServices('title')}
            </Link>
            <p className="mt-2">{tServices('lead')}</p>
          </li>
        ) : null}
        {can(user, 'alert:issue') ? (
          <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
            <Link href="/admin/alerts" className="text-xl font-bold">
              {tAlerts('title')}
            </Link>
            <p className="mt-2">{tAlerts('homeLead')}</p>
          </li>
        ) : null}
      </ul>
      {can(user, 'user:manage') ? (
        <ul className="grid max-w-3xl gap-4 sm:grid-cols-2">
          <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
            <Link href="/admin/users" className="text-xl font-bold">
              {t('users')}
            </Link>
            <p className="mt-2">{t('usersLead')}</p>
          </li>
          <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
            <Link href="/admin/audit" className="text-xl font-bold">
              {t('audit')}
            </Link>
          </li>
          <li className="border-t-4 border-brand-700 bg-brand-50 p-4">
            <Link href="/admin/api-keys" className="text-xl font-bold">
              {tKeys('title')}
            </Link>
          </li>
        </ul>
      ) : null}
    </>
  );
}
