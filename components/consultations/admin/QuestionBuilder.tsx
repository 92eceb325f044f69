import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { Button } from '@/components/ui/Button';
import { hasOptions } from '@/lib/consultations/admin';
import type { ConsultationForEdit } from '@/server/consultations/admin';
import { optionStructureAction, questionStructureAction } from '@/server/consultations/admin-actions';
import { AddQuestionForm, WordingForm } from './AdminForms';

// The questions of a consultation as plain forms: every button posts (move, remove), and the
// wording of one question or option at a time is edited in place (`?edit=`), so the whole builder
// works without JavaScript. Once someone has answered, only the wording links remain.

/** What `?edit=` opens: a question's or an option's wording, or a new option of a question. */
export type Editing = { mode: 'question' | 'option' | 'addOption'; id: string } | null;

export function parseEditing(raw: unknown): Editing {
  if (typeof raw !== 'string') return null;
  const m = /^(question|option|addOption):([A-Za-z0-9_-]{1,64})$/.exec(raw);
  return m ? { mode: m[1] as 'question' | 'option' | 'addOption', id: m[2]! } : null;
}

export async function QuestionBuilder({
  c,
  locale,
  editing,
}: {
  c: ConsultationForEdit;
  locale: string;
  editing: Editing;
}) {
  const t = await getTranslations('ConsultationAdmin');
  const self = (edit?: string) => ({
    pathname: '/admin/consultations/[id]' as const,
    params: { id: c.id },
    ...(edit ? { query: { edit } } : {}),
  });
  const buttons = (
    action: (formData: FormData) => Promise<void>,
    id: string,
    index: number,
    count: number,
    context: string,
  ) => (
    <div className="flex flex-wrap gap-2">
      {(
        [
          ['up', index > 0],
          ['down', index < count - 1],
          ['remove', true],
        ] as const
      ).map(([op, shown]) =>
        shown ? (
          <form key={op} action={action}>
            <input type="hidden" name="consultationId" value={c.id} />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="op" value={op} />
            <Button
              type="submit"
              variant={op === 'remove' ? 'warning' : 'secondary'}
              size="sm"
              aria-label={`${t(op)}: ${context}`}
            >
              {t(op)}
            </Button>
          </form>
        ) : null,
      )}
    </div>
  );
  const text = (x: { textVi: string; textEn: string }) => (locale === 'en' ? x.textEn : x.textVi);
  return (
    <section aria-labelledby="questions-title" className="mt-12" id="questions">
      <h2 id="questions-title" className="text-2xl font-bold">
        {t('questions')}
      </h2>
      {c.locked ? (
        <p className="mt-4 max-w-3xl border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="questions-locked">
          {t('locked', { count: c.responses })}
        </p>
      ) : null}
      {c.questions.length === 0 ? <p className="mt-4">{t('noQuestions')}</p> : null}
      <ol className="mt-4 max-w-3xl space-y-8" data-testid="question-list">
        {c.questions.map((q, qi) => {
          const label = t('question', { n: qi + 1 });
          return (
            <li key={q.id} id={`question-${q.id}`} className="border-l-4 border-slate-300 pl-4" data-testid="question">
              <h3 className="text-xl font-semibold">
                {label} · {t(`kinds.${q.kind}`)}
                {q.required ? null : <span className="font-normal text-muted"> · {t('optional')}</span>}
              </h3>
              {editing?.mode === 'question' && editing.id === q.id ? (
                <div className="mt-2">
                  <WordingForm mode="question" id={q.id} textVi={q.textVi} textEn={q.textEn} />
                  <p className="mt-2">
                    <Link href={self()}>{t('cancel')}</Link>
                  </p>
                </div>
              ) : (
                <>
                  <p className="mt-1" lang="vi">
                    {q.textVi}
                  </p>
                  <p className="text-muted" lang="en">
                    {q.textEn}
                  </p>
                  <p className="mt-2 flex flex-wrap items-center gap-4">
                    <Link href={self(`question:${q.id}`)} aria-label={`${t('editWording')}: ${label}`}>
                      {t('editWording')}
                    </Link>
                  </p>
                  {c.locked ? null : (
                    <div className="mt-2">{buttons(questionStructureAction, q.id, qi, c.questions.length, label)}</div>
                  )}
                </>
              )}
              {hasOptions(q.kind) ? (
                <div className="mt-4">
                  <h4 className="font-semibold">{t('options')}</h4>
                  {q.options.length === 0 ? <p>{t('noOptions')}</p> : null}
                  <ol className="mt-2 space-y-3">
                    {q.options.map((o, oi) => {
                      const optionLabel = `${label}, ${t('optionN', { n: oi + 1 })}`;
                      return (
                        <li key={o.id} data-testid="option">
                          {editing?.mode === 'option' && editing.id === o.id ? (
                            <>
                              <WordingForm mode="option" id={o.id} textVi={o.textVi} textEn={o.textEn} />
                              <p className="mt-2">
                                <Link href={self()}>{t('cancel')}</Link>
                              </p>
                            </>
                          ) : (
                            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                              <span>
                                {oi + 1}. {text(o)}
                              </span>
                              <Link href={self(`option:${o.id}`)} aria-label={`${t('editWording')}: ${optionLabel}`}>
                                {t('editWording')}
                              </Link>
                              {c.locked
                                ? null
                                : buttons(optionStructureAction, o.id, oi, q.options.length, optionLabel)}
                            </div>
                          )}
                        </li>
                      );
                    })}
                  </ol>
                  {c.locked ? null : editing?.mode === 'addOption' && editing.id === q.id ? (
                    <div className="mt-4">
                      <WordingForm mode="addOption" id={q.id} />
                      <p className="mt-2">
                        <Link href={self()}>{t('cancel')}</Link>
                      </p>
                    </div>
                  ) : (
                    <p className="mt-3">
                      <Link
                        href={self(`addOption:${q.id}`)}
                        aria-label={`${t('addOption')}: ${label}`}
                        data-testid="add-option-link"
                      >
                        {t('addOption')}
                      </Link>
                    </p>
                  )}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {c.locked || editing ? null : (
        <div className="mt-8 max-w-3xl border-t-2 border-slate-300 pt-6">
          <h3 className="mb-4 text-xl font-semibold">{t('addQuestion')}</h3>
          <AddQuestionForm consultationId={c.id} />
        </div>
      )}
    </section>
  );
}
