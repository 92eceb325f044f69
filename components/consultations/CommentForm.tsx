'use client';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { TextAreaField } from '@/components/forms/Field';
import { COMMENT_MAX } from '@/lib/consultations/comments';
import type { FormState } from '@/lib/form-state';
import { commentSchema } from '@/lib/validation/consultation-comments';

/** A new comment: checked as it is typed, and a plain form post without JavaScript. Texts come from the page. */
export function CommentForm({
  action,
  label,
  hint,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  hint: string;
  submitLabel: string;
}) {
  return (
    <ValidatedForm schema={commentSchema} action={action} submitLabel={submitLabel} testId="comment-form">
      <TextAreaField name="body" label={label} hint={hint} rows={4} maxLength={COMMENT_MAX} />
    </ValidatedForm>
  );
}
