'use client';
import { useParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

// A plain link to the same page in the other language: works before and without JavaScript.
// Its name is the word it shows ("English", "Tiếng Việt"), written in that language (WCAG 2.5.3).
export function LocaleSwitcher({ label }: { label: string }) {
  const pathname = usePathname();
  const params = useParams();
  const locale = useLocale();
  const other = locale === 'vi' ? 'en' : 'vi';
  const href = { pathname, params } as unknown as Parameters<typeof Link>[0]['href'];
  return (
    <Link
      href={href}
      locale={other}
      hrefLang={other}
      lang={other}
      className="rounded border border-brand-100 px-3 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
    >
      {label}
    </Link>
  );
}
