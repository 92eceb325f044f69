import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { pluralTexts } from '@/lib/i18n/plural-texts';
import { AccountLinks, type AccountTexts } from './AccountLinks';
import { LocaleSwitcher } from './LocaleSwitcher';
import { PhoneMenu } from './PhoneMenu';
import { navItems } from './nav-items';

// The header is the same for everyone (no per-user data), so public pages stay cacheable; the
// account links turn into the person's own in the browser (AccountLinks).
export async function Header() {
  const [t, tShell, locale] = await Promise.all([
    getTranslations('Layout'),
    getTranslations('Shell'),
    getLocale() as Promise<Locale>,
  ]);
  const path = (href: '/sign-in' | '/sign-up' | '/account' | '/admin') => getPathname({ href, locale });
  const account: AccountTexts = {
    locale,
    signIn: tShell('signIn'),
    signUp: tShell('signUp'),
    account: tShell('account'),
    backOffice: tShell('backOffice'),
    unread: pluralTexts(locale, (count) => tShell('unread', { count })),
    href: { signIn: path('/sign-in'), signUp: path('/sign-up'), account: path('/account'), admin: path('/admin') },
  };
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
        {/* Its name starts with the words it shows (WCAG 2.5.3, label in name). */}
        <Link href="/" className="flex items-center gap-3 text-white no-underline hover:text-white">
          <span
            aria-hidden="true"
            className="grid h-10 w-10 place-items-center rounded-full bg-white text-lg font-bold text-accent"
          >
            CD
          </span>
          <span className="leading-tight">
            <span className="block text-xl font-bold">{t('siteName')}</span>{' '}
            <span className="block text-sm text-brand-100">{t('tagline')}</span>
            <span className="sr-only">– {tShell('homeSuffix')}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <LocaleSwitcher label={t('switchTo')} locale={locale} />
          <AccountLinks texts={account} />
        </div>
      </div>
      <div className="border-t border-brand-600 bg-brand-800">
        <div className="mx-auto max-w-6xl px-4">
          {/* Wide screens: the navigation in a row. */}
          <nav aria-label={t('mainNav')} className="hidden md:block">
            <ul className="flex flex-wrap">{links}</ul>
          </nav>
          {/* Phones: a disclosure that opens without JavaScript. */}
          <PhoneMenu
            summary={
              <summary className="flex cursor-pointer list-none items-center gap-2 py-3 font-semibold">
                <span aria-hidden="true" className="text-lg group-open:hidden">
                  ☰
                </span>
                <span aria-hidden="true" className="hidden text-lg group-open:inline">
                  ✕
                </span>
                {t('menu')}
              </summary>
            }
          >
            <nav aria-label={t('mainNav')}>
              <ul className="pb-2">{links}</ul>
            </nav>
          </PhoneMenu>
        </div>
      </div>
    </header>
  );
}
