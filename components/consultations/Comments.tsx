import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Button } from '@/components/ui/Button';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Pagination } from '@/components/ui/Pagination';
import { COMMENT_MAX } from '@/lib/consultations/comments';
import { dateFormat } from '@/lib/consultations/format';
import { isErrorCode } from '@/lib/errors';
import { postCommentAction, reportCommentAction } from '@/server/consultations/comment-actions';
import { commentPermission, commentsOn, ownHiddenComments, publicComments } from '@/server/consultations/comments';
import { errorTextIn } from '@/server/i18n';
import { CommentForm } from './CommentForm';

// The comments of a consultation's page (docs/decisions/024): the visible ones a page at a time,
// "report" beside each for signed-in residents, and the comment form for those who may comment.
// Every form posts without JavaScript. Renders nothing where the consultation has comments off.

type Props = {
  locale: Locale;
  consultation: {
    id: string;
    slug: string;
    status: 'DRAFT' | 'PUBLISHED';
    opensAt: Date;
    closesAt: Date;
    phase: 'upcoming' | 'open' | 'closed';
  };
  user: { id: string } | null;
  page: string;
  query: Record<string, string | string[] | undefined>;
};

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export async function Comments({ locale, consultation, user, page, query }: Props) {
  const commentsEnabled = await commentsOn(consultation.id);
  if (!commentsEnabled) return null;
  const c = { ...consultation, commentsEnabled };
  const requested = Number(one(query.cpage) ?? '1');
  const [t, list, permission, hidden] = await Promise.all([
    getTranslations('ConsultationComments'),
    publicComments(c.id, Number.isInteger(requested) && requested > 0 ? requested : 1, user?.id),
    commentPermission(c, user?.id),
    user ? ownHiddenComments(c.id, user.id) : [],
  ]);
  const date = dateFormat(locale, true);
  const error = one(query.commentError);
  return (
    <section aria-labelledby="comments-title" className="mt-12 max-w-3xl" id="comments" data-testid="comments">
      <h2 id="comments-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2">{t('lead')}</p>
      {isErrorCode(error) ? (
        <div role="alert" className="mt-4 border-l-4 border-accent bg-red-50 p-4" data-testid="comment-error">
          <h3 className="font-bold">{t('refused')}</h3>
          <p>{errorTextIn(locale, error)}</p>
        </div>
      ) : null}
      {query.commented === '1' ? (
        <p role="status" className="mt-4 border-l-4 border-green-700 bg-green-50 p-4" data-testid="comment-posted">
          {t('posted')}
        </p>
      ) : null}
      {query.reported === '1' ? (
        <p role="status" className="mt-4 border-l-4 border-green-700 bg-green-50 p-4" data-testid="comment-reported">
          {t('reported')}
        </p>
      ) : null}
      <p className="mt-4 font-semibold" data-testid="comment-count">
        {t('count', { count: list.total })}
      </p>
      <ol className="mt-4 space-y-6" data-testid="comment-list">
        {list.comments.map((m) => (
          <li key={m.id} id={`comment-${m.id}`} className="border-l-4 border-slate-300 pl-4" data-testid="comment">
            <p className="text-sm text-muted">
              {t('by', { name: m.mine ? t('you') : m.authorName, date: date.format(m.createdAt) })}
            </p>
            <p className="mt-1 whitespace-pre-line">{m.body}</p>
            {user && !m.mine ? (
              m.reportedByViewer ? (
                <p className="mt-2 text-sm text-muted">{t('reportedByYou')}</p>
              ) : (
                <form action={reportCommentAction} className="mt-2">
                  <input type="hidden" name="slug" value={c.slug} />
                  <input type="hidden" name="commentId" value={m.id} />
                  <input type="hidden" name="reason" value="" />
                  <Button type="submit" size="sm" variant="secondary" aria-label={t('report', { name: m.authorName })}>
                    {t('reportShort')}
                  </Button>
                </form>
              )
            ) : null}
          </li>
        ))}
      </ol>
      <Pagination
        page={list.page}
        pages={list.pages}
        label={t('pages')}
        href={(p) => `${p > 1 ? `${page}?cpage=${p}` : page}#comments`}
      />
      {hidden.length ? (
        <ul className="mt-6 space-y-4" data-testid="own-hidden-comments">
          {hidden.map((h) => (
            <li key={h.id} className="border-l-4 border-accent pl-4">
              <p className="text-sm text-muted">{date.format(h.createdAt)}</p>
              <p className="whitespace-pre-line">{h.body}</p>
              <p className="mt-1 font-semibold">{t('hiddenMine', { reason: h.hideReason ?? '' })}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-8">
        {permission.allowed ? (
          <CommentForm
            action={postCommentAction.bind(null, c.slug)}
            label={t('field')}
            hint={t('hint', { max: COMMENT_MAX })}
            submitLabel={t('submit')}
          />
        ) : c.phase === 'closed' ? (
          <p data-testid="comments-closed">{t('closed')}</p>
        ) : !user && c.phase === 'open' ? (
          <ButtonLink href={{ pathname: '/sign-in', query: { next: page } }} data-testid="comment-sign-in">
            {t('signIn')}
          </ButtonLink>
        ) : user && permission.refusal ? (
          <p data-testid="comment-refusal">
            {t('cannot')} {errorTextIn(locale, permission.refusal)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
