import { randomBytes } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { CannedAnswerPicker } from '@/components/reports/CannedAnswerPicker';
import { Button } from '@/components/ui/Button';
import { REPORT_MAX_PHOTOS, REPORT_NOTE_MAX, REPORT_PHOTO_ACCEPT } from '@/lib/validation/reports/report';

/**
 * The official's answer: text (a canned answer may fill it), "resolved", and photos. A plain
 * multipart post to the answer route, with a fresh idempotency key so a double send answers once.
 */
export async function DeskAnswerForm({
  code,
  locale,
  canned,
}: {
  code: string;
  locale: string;
  canned: { id: string; title: string; body: string }[];
}) {
  const t = await getTranslations('ReportAdmin');
  return (
    <>
      <CannedAnswerPicker answers={canned} target="answer-body" />
      <form
        method="post"
        encType="multipart/form-data"
        action={`/api/admin/feedback/${encodeURIComponent(code)}/answer`}
        className="space-y-4"
        data-testid="answer-form"
      >
        <input type="hidden" name="idempotencyKey" value={randomBytes(24).toString('base64url')} />
        <input type="hidden" name="locale" value={locale} />
        <div>
          <label htmlFor="answer-body" className="block text-lg font-semibold">
            {t('answerBody')}
          </label>
          <p id="answer-body-hint" className="text-muted">
            {t('answerBodyHint')}
          </p>
          <textarea
            id="answer-body"
            name="body"
            rows={8}
            required
            maxLength={REPORT_NOTE_MAX}
            aria-describedby="answer-body-hint"
            className="mt-1 block w-full border-2 border-ink px-3 py-2 text-lg"
          />
        </div>
        <div className="flex items-start gap-3">
          <input
            id="answer-resolve"
            type="checkbox"
            name="resolve"
            value="on"
            className="mt-1 h-7 w-7 shrink-0 border-2 border-ink"
          />
          <label htmlFor="answer-resolve" className="text-lg">
            {t('answerResolve')}
          </label>
        </div>
        <div>
          <label htmlFor="answer-photos" className="block text-lg font-semibold">
            {t('answerPhotos')}
          </label>
          <p id="answer-photos-hint" className="text-muted">
            {t('answerPhotosHint')}
          </p>
          <input
            id="answer-photos"
            type="file"
            name="photos"
            multiple
            accept={REPORT_PHOTO_ACCEPT}
            data-max-files={REPORT_MAX_PHOTOS}
            aria-describedby="answer-photos-hint"
            className="mt-1 block w-full"
          />
        </div>
        <Button type="submit" size="lg">
          {t('answerSubmit')}
        </Button>
      </form>
      <details className="mt-4" data-testid="canned-list">
        <summary className="cursor-pointer font-semibold text-brand-700 underline">{t('cannedCopy')}</summary>
        {canned.length === 0 ? <p className="mt-2">{t('cannedNone')}</p> : null}
        <ul className="mt-2 space-y-3">
          {canned.map((c) => (
            <li key={c.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-semibold">{c.title}</p>
              <p className="text-sm whitespace-pre-line">{c.body}</p>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
