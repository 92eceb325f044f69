import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { UserForm } from '@/components/admin/UserForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { getUserForAdmin } from '@/server/admin/users';
import { agencyOptions } from '@/server/places/queries';
import { requirePermission } from '@/server/session';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export const generateMetadata = pageMetadata({ title: 'Admin.users' });

export default async function AdminUserPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(
    'user:manage',
    getPathname({ locale, href: { pathname: '/admin/users/[id]', params: { id } } }),
  );
  const user = await getUserForAdmin(id);
  if (!user || user.deletedAt) notFound();
  const [t, agencies] = await Promise.all([getTranslations('Admin'), agencyOptions(locale)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users">← {t('users')}</Link>
      </p>
      <PageHeader title={t('editUser', { name: user.name })} lead={user.email ?? undefined} />
      <div className="max-w-xl">
        <UserForm
          user={{ id: user.id, role: user.role, agencyId: user.agencyId, disabled: Boolean(user.disabledAt) }}
          agencies={agencies}
        />
      </div>
    </>
  );
}
