import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Button } from '@/components/ui/Button';
import { Pagination } from '@/components/ui/Pagination';
import { dateFormat } from '@/lib/consultations/format';
import { moderateCommentAction } from '@/server/consultations/comment-actions';
import { commentsForModeration } from '@/server/consultations/comments';
import { SettingsForm } from './SettingsForm';

// The back office's part for comments and quick polls (docs/decisions/024): the settings form, and
// the comments with reported ones first, each with a hide or restore form that asks for a reason.

type Props = {
  locale: Locale;
  c: { id: string; kind: 'CONSULTATION' | 'POLL'; placement: string | null; commentsEnabled: boolean };
  basePath: string;
  page: number;
};

export async function CommentModeration({ locale, c, basePath, page }: Props) {
  const [t, list] = await Promise.all([getTranslations('ConsultationCommentAdmin'), commentsForModeration(c.id, page)]);
  const date = dateFormat(locale, true);
  return (
    <>
      <section aria-labelledby="settings-title" className="mt-12 max-w-3xl" id="settings">
        <h2 id="settings-title" className="text-2xl font-bold">
          {t('settings')}
        </h2>
        <p className="mb-4">{t('settingsLead')}</p>
        <SettingsForm
          id={c.id}
          values={{ commentsEnabled: c.commentsEnabled, kind: c.kind, placement: c.placement ?? '' }}
          texts={{
            commentsEnabled: t('commentsEnabled'),
            kind: t('kind'),
            kinds: { CONSULTATION: t('kinds.CONSULTATION'), POLL: t('kinds.POLL') },
            placement: t('placement'),
            placementHint: t('placementHint'),
            save: t('saveSettings'),
          }}
        />
      </section>

      <section aria-labelledby="comments-title" className="mt-12 max-w-3xl" id="comments">
        <h2 id="comments-title" className="text-2xl font-bold">
          {t('title')}
        </h2>
        <p>{t('lead')}</p>
        {list.total === 0 ? <p className="mt-4">{t('none')}</p> : null}
        <ul className="mt-4 space-y-6" data-testid="moderation-comments">
          {list.comments.map((m) => {
            const op = m.hiddenAt ? 'restore' : 'hide';
            const reasons = m.reports.map((r) => r.reason).filter(Boolean);
            return (
              <li key={m.id} className="border-l-4 border-slate-300 pl-4" data-testid="moderation-comment">
                <p className="text-sm text-muted">
                  {m.author.name} ({m.author.email}) · {date.format(m.createdAt)} ·{' '}
                  <strong>{t('reports', { count: m.reports.length })}</strong>
                </p>
                <blockquote className="mt-1 whitespace-pre-line">{m.body}</blockquote>
                {reasons.length ? (
                  <p className="text-sm">{t('reportReasons', { reasons: reasons.join('; ') })}</p>
                ) : null}
                <p className="mt-1 font-semibold" data-testid="moderation-state">
                  {m.hiddenAt ? t('hidden', { reason: m.hideReason ?? '' }) : t('visible')}
                </p>
                <form action={moderateCommentAction} className="mt-2 flex flex-wrap items-end gap-3">
                  <input type="hidden" name="consultationId" value={c.id} />
                  <input type="hidden" name="id" value={m.id} />
                  <input type="hidden" name="op" value={op} />
                  <div>
                    <label htmlFor={`reason-${m.id}`} className="block font-semibold">
                      {t('reason')}
                    </label>
                    <input
                      id={`reason-${m.id}`}
                      name="reason"
                      required
                      maxLength={500}
                      className="mt-1 block min-h-11 w-72 max-w-full rounded-none border-2 border-ink px-2"
                    />
                  </div>
                  <Button type="submit" size="md" variant={op === 'hide' ? 'warning' : 'primary'}>
                    {t(op)}
                  </Button>
                </form>
              </li>
            );
          })}
        </ul>
        <Pagination
          page={list.page}
          pages={list.pages}
          label={t('pages')}
          href={(p) => `${p > 1 ? `${basePath}?cpage=${p}` : basePath}#comments`}
        />
      </section>
    </>
  );
}
