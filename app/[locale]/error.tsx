'use client';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  return (
    <div className="max-w-prose" role="alert" data-testid="error-page">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('lead')}</p>
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t('retry')}
        </button>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
