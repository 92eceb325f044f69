// The forms of consultation comments, comment moderation, quick polls and a consultation's
// settings (comments on or off, kind, placement): the same in the browser and on the server.
import { z } from 'zod';
import { COMMENT_MAX, validPlacement } from '@/lib/consultations/comments';
import { cleanText, noteText } from './text';

const id = z.string().min(1, 'required').max(64, 'invalid');

export const commentSchema = z.object({ body: cleanText({ max: COMMENT_MAX, multiline: true }) });

export const commentReportSchema = z.object({ commentId: id, reason: noteText(500) });

/** Hiding or restoring a comment: the reason is required either way, and kept in the audit log. */
export const commentModerationSchema = z.object({
  id,
  op: z.enum(['hide', 'restore'], 'invalid'),
  reason: cleanText({ max: 500, multiline: true }),
});

/** One tap on a quick poll: the chosen option (a plain form post). */
export const pollAnswerSchema = z.object({
  option: z.string({ error: 'required' }).min(1, 'required').max(64, 'invalid'),
  locale: z.enum(['vi', 'en']).optional(),
});

const flag = z
  .union([z.literal('on'), z.boolean(), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on');

export const consultationSettingsSchema = z
  .object({
    id,
    commentsEnabled: flag,
    /** Named apart from the question builder's `kind` field on the same page (field ids are by name). */
    consultationKind: z.enum(['CONSULTATION', 'POLL'], 'required'),
    placement: z.string().trim().max(200, 'tooLong').optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.consultationKind === 'POLL' && !validPlacement(v.placement))
      ctx.addIssue({ code: 'custom', path: ['placement'], message: 'consultationPlacementInvalid' });
  })
  .transform(({ consultationKind, ...v }) => ({
    ...v,
    kind: consultationKind,
    placement: consultationKind === 'POLL' ? v.placement : null,
  }));
export type ConsultationSettings = z.output<typeof consultationSettingsSchema>;
