// The answer form of a consultation: its fields depend on the consultation's questions, so the
// schema is made from them, the same in the browser (ValidatedForm) and in the server action.
import { z } from 'zod';
import { readAnswers, type QuestionRule } from '@/lib/consultations/rules';

export function answerSchema(questions: readonly QuestionRule[]) {
  return z.record(z.string(), z.unknown()).superRefine((values, ctx) => {
    const read = readAnswers(questions, values);
    if (read.ok) return;
    for (const [field, error] of Object.entries(read.errors)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: error.code,
        ...(error.params ? { params: error.params } : {}),
      });
    }
  });
}
