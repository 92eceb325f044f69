// The campaign back office's forms, the same in the browser (ValidatedForm) and in the server actions.
import { z } from 'zod';
import { CAMPAIGN_KINDS } from '@/lib/campaign/rules';
import { MAX_TARGET, UNIT_CODE } from '@/lib/campaign/csv';
import { cleanText } from './text';

const id = z.string().min(1, 'invalid').max(64, 'invalid');

/** A target: a whole number of people, at least 1. Zero, negative, fractional or empty is refused. */
export const targetField = z
  .string({ error: 'targetPositive' })
  .trim()
  .regex(/^-?\d+$/, 'targetPositive')
  .transform(Number)
  .refine((n) => n >= 1, 'targetPositive')
  .refine((n) => n <= MAX_TARGET, { message: 'targetTooLarge', params: { max: MAX_TARGET } });

export const unitSchema = z.object({
  /** Empty: a new unit. */
  id: z
    .string()
    .max(64, 'invalid')
    .optional()
    .transform((v) => v || undefined),
  code: z.string({ error: 'required' }).trim().min(1, 'required').regex(UNIT_CODE, 'unitCodeInvalid'),
  name: cleanText({ max: 200 }),
  kind: z.enum(CAMPAIGN_KINDS, { error: 'invalid' }),
  target: targetField,
});
export type UnitInput = z.input<typeof unitSchema>;

export const invitationSchema = z.object({ unitId: id });
export const revokeInvitationSchema = z.object({ id });
