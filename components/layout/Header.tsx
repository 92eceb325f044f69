import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocaleSwitcher } from './LocaleSwitcher';
import { navItems } from './nav-items';

// The header is the same for everyone (no per-user data), so public pages stay cacheable.
export async function Header() {
  const t = await getTranslations('Layout');
  const links = navItems.map((item) => (
    <li key={item.key}>
      <Link
        href={item.href}
        className="block px-3 py-3 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white hover:underline md:py-2"
      >
        {t(`nav.${item.key}`)}
      </Link>
    </li>
  ));
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link
          href="/"
          className="flex items-center gap-3 text-white no-underline hover:text-white"
          aria-label={t('homeLink')}
        >
          <span
            aria-hidden="true"
            className="grid h-10 w-10 place-items-center rounded-full bg-white text-lg font-bold text-accent"
          >
            CD
          </span>
          <span className="leading-tight">
            <span className="block text-xl font-bold">{t('siteName')}</span>
            <span className="block text-sm text-brand-100">{t('tagline')}</span>
          </span>
        </Link>
        <div className="flex items-center gap-2 text-sm">
          <LocaleSwitcher label={t('switchTo')} ariaLabel={t('switchToLabel')} />
          <Link
            href="/account"
            className="rounded px-3 py-2 font-semibold text-white hover:bg-brand-900 hover:text-white"
          >
            {t('account')}
          </Link>
        </div>
      </div>
      <div className="border-t border-brand-600 bg-brand-800">
        <div className="mx-auto max-w-6xl px-4">
          {/* Wide screens: the navigation in a row. */}
          <nav aria-label={t('mainNav')} className="hidden md:block">
            <ul className="flex flex-wrap">{links}</ul>
          </nav>
          {/* Phones: a disclosure that opens without JavaScript. */}
          <details className="group md:hidden">
            <summary className="flex cursor-pointer list-none items-center gap-2 py-3 font-semibold">
              <span aria-hidden="true" className="text-lg group-open:hidden">
                ☰
              </span>
              <span aria-hidden="true" className="hidden text-lg group-open:inline">
                ✕
              </span>
              {t('menu')}
            </summary>
            <nav aria-label={t('mainNav')}>
              <ul className="pb-2">{links}</ul>
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
