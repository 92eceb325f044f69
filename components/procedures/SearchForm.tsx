import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { SearchSuggestions } from './SearchSuggestions';

// As many as GET /api/procedures/suggest returns.
const MAX_SUGGESTIONS = 6;

/**
 * A plain GET form: results have a shareable URL and it works without JavaScript. With JavaScript,
 * the input also offers suggestions while typing (SearchSuggestions, a small client component).
 */
export async function ProcedureSearchForm({
  locale,
  q,
  id = 'procedure-search',
}: {
  locale: Locale;
  q?: string;
  id?: string;
}) {
  const t = await getTranslations('Procedures');
  return (
    <form method="get" action={getPathname({ locale, href: '/procedures' })} role="search" className="max-w-2xl">
      <label htmlFor={id} className="block text-lg font-semibold">
        {t('searchLabel')}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        {t('searchHint')}
      </p>
      <div className="mt-1 flex">
        <SearchSuggestions
          id={id}
          locale={locale}
          defaultValue={q}
          describedBy={`${id}-hint`}
          className="w-full rounded-none border-2 border-ink px-3 py-2 text-lg"
          listLabel={t('suggestions')}
          countMessages={Array.from({ length: MAX_SUGGESTIONS + 1 }, (_, count) => t('suggestionsCount', { count }))}
        />
        <button
          type="submit"
          className="bg-brand-700 px-5 py-2 text-lg font-semibold whitespace-nowrap text-white hover:bg-brand-900"
        >
          {t('searchSubmit')}
        </button>
      </div>
    </form>
  );
}
