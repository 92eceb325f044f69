'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';

/**
 * With JavaScript: a select that fills the answer box with a canned answer. It renders nothing
 * until the page runs scripts, as the list to copy from (in the page itself) serves without them.
 */
export function CannedAnswerPicker({
  answers,
  target,
}: {
  answers: { id: string; title: string; body: string }[];
  target: string;
}) {
  const t = useTranslations('ReportAdmin');
  const [ready, setReady] = useState(false);
  // Shown only once hydrated: without scripts the select could not fill anything.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReady(true), []);
  if (!ready || answers.length === 0) return null;
  return (
    <div className="mb-4" data-testid="canned-picker">
      <label htmlFor="canned-picker" className="block text-lg font-semibold">
        {t('cannedPick')}
      </label>
      <p id="canned-picker-hint" className="text-muted">
        {t('cannedPickHint')}
      </p>
      <select
        id="canned-picker"
        aria-describedby="canned-picker-hint"
        defaultValue=""
        className="mt-1 block w-full max-w-xl border-2 border-ink bg-white px-3 py-2 text-lg"
        onChange={(e) => {
          const answer = answers.find((a) => a.id === e.target.value);
          const box = document.getElementById(target) as HTMLTextAreaElement | null;
          if (answer && box) {
            box.value = answer.body;
            box.focus();
          }
        }}
      >
        <option value="">{t('cannedPlaceholder')}</option>
        {answers.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        ))}
      </select>
    </div>
  );
}
