import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';

/** The body of the localized 403 and 404 pages. */
export async function StatusPage({ namespace }: { namespace: 'NotFound' | 'Forbidden' }) {
  const t = await getTranslations(namespace);
  return (
    <div className="max-w-prose">
      {/* The page's own title: an unknown address has no page metadata to give it one. */}
      <title>{`${t('title')} – Công dân số`}</title>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('lead')}</p>
      <p className="mt-6">
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
