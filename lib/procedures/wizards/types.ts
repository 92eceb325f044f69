// "Which documents do I need?": a short questionnaire per procedure whose documents depend on the
// case. A definition is data (questions, then rules picked by the answers), checked by
// wizardSchema and by tests/unit/procedure-wizards.test.ts (every path reaches a result).
import { z } from 'zod';

/** Words in both languages. */
export const textSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof textSchema>;

/** An answer or a question id: what the address carries (`?truong-hop=dung-han`). */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * When a rule (or a question) applies: every named question answered with one of the listed
 * options. No condition: always.
 */
export const conditionSchema = z.record(idSchema, z.array(idSchema).min(1));
export type Condition = z.infer<typeof conditionSchema>;

export const questionSchema = z.object({
  id: idSchema,
  text: textSchema,
  hint: textSchema.optional(),
  options: z
    .array(
      z.object({
        id: idSchema,
        label: textSchema,
        hint: textSchema.optional(),
        /** This answer belongs to another procedure: the wizard sends the person to its wizard. */
        elsewhere: idSchema.optional(),
      }),
    )
    .min(2),
  /** Asked only in these cases (a later question that depends on an earlier answer). */
  when: conditionSchema.optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const documentSchema = z.object({
  when: conditionSchema.optional(),
  name: textSchema,
  /** Bản chính (originals) and bản sao (copies) to bring; 0 when not applicable. */
  originals: z.number().int().min(0).default(1),
  copies: z.number().int().min(0).default(0),
  note: textSchema.optional(),
});

/**
 * The time limit: `working` days (ngày làm việc), `calendar` days (ngày, a last day that is not a
 * working day moves to the next working day) or `sameDay` (trong ngày: filed after 15:00, the next
 * working day).
 */
export const timeSchema = z.object({
  when: conditionSchema.optional(),
  unit: z.enum(['working', 'calendar', 'sameDay']),
  days: z.number().int().min(0).max(120),
  text: textSchema,
});
export type TimeLimit = z.infer<typeof timeSchema>;

export const wizardSchema = z.object({
  /** The procedure's slug (prisma/seed/procedures). */
  slug: idSchema,
  questions: z.array(questionSchema).min(1),
  documents: z.array(documentSchema).min(1),
  /** The first fee whose condition holds. */
  fees: z.array(z.object({ when: conditionSchema.optional(), text: textSchema })).min(1),
  /** The first time limit whose condition holds. */
  times: z.array(timeSchema).min(1),
  /** Cases that cannot be filed online whatever the procedure's online level (a foreign element...). */
  notOnline: z.array(conditionSchema).default([]),
  /** Notes shown with the result in these cases (another procedure applies, a condition...). */
  notes: z
    .array(z.object({ when: conditionSchema.optional(), text: textSchema, slug: idSchema.optional() }))
    .default([]),
  /** What could not be confirmed against the published procedure, shown with the result. */
  uncertain: textSchema.optional(),
});
export type WizardInput = z.input<typeof wizardSchema>;
export type Wizard = z.output<typeof wizardSchema>;
