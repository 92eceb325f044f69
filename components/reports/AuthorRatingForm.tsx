'use client';
import { NextIntlClientProvider, type AbstractIntlMessages } from 'next-intl';
import { RatingForm } from '@/components/reports/RatingForm';
import type { FormState } from '@/lib/form-state';
import type { Locale } from '@/i18n/routing';

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
    <NextIntlClientProvider locale={locale} messages={messages}>
      <RatingForm action={action} />
    </NextIntlClientProvider>
  );
}
