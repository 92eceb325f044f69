import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { buttonClass } from '@/components/ui/Button';
import { STEP_PARAM, type Answers } from '@/lib/procedures/wizards/engine';
import type { Question } from '@/lib/procedures/wizards/types';
import { wizardHref } from './href';

// The id ErrorSummary links to (`#field-<name>`), as form-context.tsx's fieldId, which is a client module.
const fieldId = (name: string) => `field-${name}`;

type Props = {
  slug: string;
  locale: Locale;
  /** The wizard's own address, the form's action. */
  action: string;
  question: Question;
  answers: Answers;
  number: number;
  error?: 'missing' | 'invalid';
  /** The answers of the previous question's page, or null on the first question. */
  back: Answers | null;
};

/**
 * One question as a plain GET form (GOV.UK "one thing per page"): radio buttons, the earlier answers
 * as hidden fields, and the question's id so that sending it without a choice shows the error.
 */
export async function WizardQuestion({ slug, locale, action, question, answers, number, error, back }: Props) {
  const t = await getTranslations('ProcedureWizard');
  const errorText = error === 'invalid' ? t('errorInvalid') : t('errorMissing');
  const hintId = `${question.id}-hint`;
  const errorId = `${question.id}-error`;
  return (
    <div data-testid="wizard-question">
      {back ? (
        <p className="mb-4">
          <Link href={wizardHref(slug, back)} className="inline-flex min-h-8 items-center" data-testid="wizard-back">
            ‹ {t('back')}
          </Link>
        </p>
      ) : null}
      {error ? (
        <div className="mb-6">
          <ErrorSummary errors={[{ field: question.id, message: errorText }]} />
        </div>
      ) : null}
      <form method="get" action={action} noValidate>
        {Object.entries(answers).map(([q, a]) => (
          <input key={q} type="hidden" name={q} value={a} />
        ))}
        <input type="hidden" name={STEP_PARAM} value={question.id} />
        <fieldset
          aria-describedby={
            [question.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
          }
          className={error ? 'border-l-4 border-accent pl-4' : undefined}
        >
          <legend className="mb-2">
            <span className="block text-muted">{t('question', { number })}</span>
            <span className="block text-2xl font-bold">{question.text[locale]}</span>
          </legend>
          {question.hint ? (
            <p id={hintId} className="mb-3 text-muted">
              {question.hint[locale]}
            </p>
          ) : null}
          {error ? (
            <p id={errorId} className="mb-3 font-semibold text-accent" data-testid="wizard-error">
              {errorText}
            </p>
          ) : null}
          <div className="space-y-3">
            {question.options.map((o, i) => {
              const id = i === 0 ? fieldId(question.id) : `${fieldId(question.id)}-${o.id}`;
              return (
                <div key={o.id} className="flex items-start gap-3">
                  <input
                    id={id}
                    type="radio"
                    name={question.id}
                    value={o.id}
                    defaultChecked={answers[question.id] === o.id}
                    className="mt-1 h-7 w-7 shrink-0"
                  />
                  <label htmlFor={id} className="min-h-11 content-center text-lg">
                    {o.label[locale]}
                    {o.hint ? <span className="block text-base text-muted">{o.hint[locale]}</span> : null}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <button type="submit" className={buttonClass({ size: 'lg', className: 'mt-6' })} data-testid="wizard-continue">
          {t('continue')}
        </button>
      </form>
    </div>
  );
}
