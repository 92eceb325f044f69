import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';

// The three things most people come for, as large links (no script): file a report, look up a
// procedure, comment on policy.

const actions = [
  { key: 'report', href: '/reports/new' },
  { key: 'procedures', href: '/procedures' },
  { key: 'consult', href: '/consultations' },
] as const;

export async function QuickActions() {
  const t = await getTranslations('HomePage');
  return (
    <nav aria-labelledby="actions-heading" className="mb-12">
      <h2 id="actions-heading" className="mb-4 text-2xl font-bold">
        {t('actionsHeading')}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-3" data-testid="home-quick-actions">
        {actions.map((a) => (
          <li key={a.key}>
            <Link
              href={a.href}
              className="block h-full border-t-4 border-brand-700 bg-brand-50 p-4 no-underline hover:bg-brand-100 focus-visible:outline-3 focus-visible:outline-offset-2"
            >
              <span className="block text-xl font-bold text-brand-800 underline">{t(`actions.${a.key}`)}</span>
              <span className="mt-2 block text-ink">{t(`actions.${a.key}Lead`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
