import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';

export async function Footer() {
  const t = await getTranslations('Layout.footer');
  return (
    <footer className="mt-16 border-t-4 border-brand-700 bg-slate-100 text-sm">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 md:grid-cols-2">
        <p className="max-w-prose">{t('about')}</p>
        <nav aria-label={t('links')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 md:justify-end">
            <li>
              <Link href="/privacy">{t('privacy')}</Link>
            </li>
            <li>
              <a href="tel:1022">{t('hotline')}</a>
            </li>
          </ul>
        </nav>
        <p className="text-muted">{t('copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
