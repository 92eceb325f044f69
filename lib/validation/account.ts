import { z } from 'zod';
import { isCommonPassword } from './common-passwords';
import { cleanText, optionalCleanText } from './text';

// Shared by the browser and the server. Messages are error codes (lib/errors.ts), so both sides
// show the same words in the person's language.

export const PRIVACY_NOTICE_VERSION = '2026-01';

const personName = cleanText({ max: 120, messages: { required: 'nameRequired' } });

export const emailField = z
  .string({ error: 'emailRequired' })
  .trim()
  .min(1, 'emailRequired')
  .max(254, 'tooLong')
  .pipe(z.email('emailInvalid'))
  .transform((v) => v.toLowerCase());

export const newPasswordField = z
  .string({ error: 'passwordRequired' })
  .min(1, 'passwordRequired')
  .min(10, 'passwordTooShort')
  .max(128, 'passwordTooLong')
  .refine((v) => !isCommonPassword(v), 'passwordCommon');

const optionalText = (max: number) => optionalCleanText({ max });

export const phoneField = z
  .string()
  .trim()
  .max(20, 'tooLong')
  .optional()
  .transform((v) => (v ? v.replace(/[\s.-]/g, '') : undefined))
  .refine((v) => v === undefined || /^(\+84|0)\d{9,10}$/.test(v), 'phoneInvalid');

// A ticked box posts "on"; an unticked one posts nothing (plain form) or false (react-hook-form).
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.boolean(), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

export const signUpSchema = z.object({
  name: personName,
  email: emailField,
  password: newPasswordField,
  phone: phoneField,
  wardCode: z.string({ error: 'wardRequired' }).trim().min(1, 'wardRequired').max(64, 'wardUnknown'),
  campaignUnitId: optionalText(64),
  /** The campaign invitation the person came through (server/campaign): it pre-fills the unit. */
  invitation: optionalText(64),
  consent: checkbox.refine((v) => v, 'consentRequired'),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: 'passwordRequired' }).min(1, 'passwordRequired').max(128, 'passwordTooLong'),
  // A return address the portal will not follow is dropped (lib/safe-redirect.ts), never a reason to refuse the sign-in.
  next: z.string().max(2048).optional().catch(undefined),
});
export type SignInInput = z.input<typeof signInSchema>;

export const emailOnlySchema = z.object({ email: emailField });
export type EmailOnlyInput = z.input<typeof emailOnlySchema>;

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, 'invalid').max(200, 'invalid'),
    password: newPasswordField,
    confirm: z.string({ error: 'passwordRequired' }).min(1, 'passwordRequired').max(128, 'passwordTooLong'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordMismatch' });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const profileSchema = z.object({
  name: personName,
  phone: phoneField,
  wardCode: z.string({ error: 'wardRequired' }).trim().min(1, 'wardRequired').max(64, 'wardUnknown'),
  campaignUnitId: optionalText(64),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const deleteAccountSchema = z.object({
  confirm: z
    .string()
    .trim()
    .refine((v) => v.normalize('NFC').toUpperCase() === 'XÓA', 'confirmDelete'),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

export const roles = ['CITIZEN', 'OFFICIAL', 'EDITOR', 'ADMIN'] as const;

export const adminUserSchema = z
  .object({
    userId: z.string().min(1).max(64),
    role: z.enum(roles, { error: 'roleInvalid' }),
    agencyId: optionalText(64),
    disabled: checkbox,
  })
  .refine((v) => v.role !== 'OFFICIAL' || Boolean(v.agencyId), { path: ['agencyId'], message: 'agencyRequired' });
export type AdminUserInput = z.input<typeof adminUserSchema>;
