'use client';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import { RatingForm } from '@/components/reports/RatingForm';
import type { FormState } from '@/lib/form-state';
import type { Locale } from '@/i18n/routing';
import { CITY_TIME_ZONE } from '@/lib/i18n/dates';

/** The rating form with its own messages: the one client form of a report page, for its author. */
export function AuthorRatingForm({
  locale,
  messages,
  action,
}: {
  locale: Locale;
  messages: AbstractIntlMessages;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  return (
    // The time zone as on the server: without it next-intl warns (ENVIRONMENT_FALLBACK) and may
    // format a date differently from the server's HTML.
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={CITY_TIME_ZONE}>
      <RatingForm action={action} />
    </NextIntlClientProvider>
  );
}
