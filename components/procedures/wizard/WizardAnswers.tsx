import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { Locale } from '@/i18n/routing';
import { answersBefore, type Answers } from '@/lib/procedures/wizards/engine';
import type { Wizard } from '@/lib/procedures/wizards/types';
import { wizardHref } from './href';

/** The answers given, each with a "Change" link back to its question (later answers dropped). */
export async function WizardAnswers({
  slug,
  locale,
  wizard,
  answers,
}: {
  slug: string;
  locale: Locale;
  wizard: Wizard;
  answers: Answers;
}) {
  const t = await getTranslations('ProcedureWizard');
  const asked = wizard.questions.filter((q) => answers[q.id] !== undefined);
  return (
    <section aria-labelledby="wizard-answers-heading" className="mt-6" data-testid="wizard-answers">
      <h2 id="wizard-answers-heading" className="text-xl font-bold">
        {t('yourAnswers')}
      </h2>
      <dl className="mt-2 divide-y divide-slate-300 border-y border-slate-300">
        {asked.map((q) => (
          <div key={q.id} className="grid gap-x-4 py-2 sm:grid-cols-[1fr_1fr_auto]">
            <dt className="font-semibold">{q.text[locale]}</dt>
            <dd>{q.options.find((o) => o.id === answers[q.id])?.label[locale]}</dd>
            <dd className="no-print">
              <Link href={wizardHref(slug, answersBefore(answers, q.id))} className="inline-flex min-h-8 items-center">
                {t('change')}
                <span className="sr-only"> {t('changeHidden', { question: q.text[locale] })}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
