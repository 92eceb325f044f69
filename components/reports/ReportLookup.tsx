import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { Button } from '@/components/ui/Button';

/**
 * "Look up a report": one box for the tracking code of a receipt. A plain GET form to the report
 * list, which opens the report (or says it found none), so it works without JavaScript and can sit
 * on any page, cached ones included (the home page, for one: `<ReportLookup />`).
 */
export async function ReportLookup({
  value,
  error,
  headingLevel = 2,
}: {
  /** What was typed, when the list page sends the box back with an error. */
  value?: string;
  error?: 'invalid' | 'notFound';
  headingLevel?: 2 | 3;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('ReportReceipt');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = 'report-lookup-code';
  const message =
    error === 'invalid' ? t('lookupInvalid') : error === 'notFound' ? t('lookupNotFound', { code: value ?? '' }) : null;
  return (
    <section
      aria-labelledby="report-lookup-heading"
      className="my-6 max-w-2xl bg-brand-50 p-4"
      data-testid="report-lookup"
    >
      <Heading id="report-lookup-heading" className="text-xl font-bold">
        {t('lookupHeading')}
      </Heading>
      <form method="get" action={getPathname({ locale, href: '/reports' })} role="search" className="mt-2">
        <label htmlFor={id} className="block text-lg font-semibold">
          {t('lookupLabel')}
        </label>
        <p id={`${id}-hint`} className="text-muted">
          {t('lookupHint')}
        </p>
        {message ? (
          <p id={`${id}-error`} className="font-semibold text-accent" data-testid="report-lookup-error">
            {message}
          </p>
        ) : null}
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id={id}
            name="code"
            type="text"
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            defaultValue={value}
            aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={message ? true : undefined}
            className="min-h-11 w-full max-w-xs rounded border-2 border-ink px-3 font-mono text-lg uppercase"
          />
          <Button type="submit" variant="secondary">
            {t('lookupButton')}
          </Button>
        </div>
      </form>
    </section>
  );
}
