'use client';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { CheckboxField, HiddenField, SelectField, TextField } from '@/components/forms/Field';
import {
  deleteAccountSchema,
  emailOnlySchema,
  PRIVACY_NOTICE_VERSION,
  profileSchema,
  resetPasswordSchema,
  signUpSchema,
} from '@/lib/validation/account';
import {
  deleteAccountAction,
  forgotPasswordAction,
  resendVerificationAction,
  resetPasswordAction,
  signUpAction,
  updateProfileAction,
} from '@/server/accounts/actions';

type Option = { value: string; label: string };

export function SignUpForm({
  wards,
  units,
  invitation,
}: {
  wards: Option[];
  units: Option[];
  /** A campaign invitation that is still valid: its token goes back with the form, its unit is pre-filled. */
  invitation?: { token: string; unitId: string };
}) {
  const t = useTranslations('Auth.signUp');
  return (
    <ValidatedForm
      schema={signUpSchema}
      action={signUpAction}
      submitLabel={t('submit')}
      testId="sign-up-form"
      success={(state) => (
        <div role="status" className="max-w-2xl border-l-4 border-green-700 bg-green-50 p-6" data-testid="sign-up-done">
          <h2 className="text-2xl font-bold">{t('checkEmailTitle')}</h2>
          <p className="mt-2 text-lg">{t('checkEmail', { email: state.values?.email ?? '' })}</p>
        </div>
      )}
    >
      <TextField name="name" label={t('name')} autoComplete="name" maxLength={120} />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        hint={t('emailHint')}
        autoComplete="email"
        inputMode="email"
        maxLength={254}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        maxLength={128}
      />
      <TextField
        name="phone"
        type="tel"
        label={t('phone')}
        hint={t('phoneHint')}
        optional
        autoComplete="tel"
        inputMode="tel"
        maxLength={20}
      />
      <SelectField name="wardCode" label={t('ward')} options={wards} placeholder={t('wardPlaceholder')} />
      <SelectField
        name="campaignUnitId"
        label={t('unit')}
        hint={t('unitHint')}
        optional
        options={units}
        placeholder={t('unitNone')}
        defaultValue={invitation?.unitId}
      />
      {invitation ? <HiddenField name="invitation" value={invitation.token} /> : null}
      <div>
        <CheckboxField name="consent" label={t('consent', { version: PRIVACY_NOTICE_VERSION })} />
        <p className="mt-1 ml-10">
          <Link href="/privacy" target="_blank">
            {t('privacyLink')}
          </Link>
        </p>
      </div>
    </ValidatedForm>
  );
}

export function ResendVerificationForm({ email }: { email: string }) {
  const t = useTranslations('Auth.signIn');
  return (
    <ValidatedForm
      schema={emailOnlySchema}
      action={resendVerificationAction}
      submitLabel={t('resend')}
      success={() => (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4">
          {t('resent')}
        </p>
      )}
    >
      <HiddenField name="email" value={email} />
    </ValidatedForm>
  );
}

export function ForgotPasswordForm() {
  const t = useTranslations('Auth.forgot');
  return (
    <ValidatedForm
      schema={emailOnlySchema}
      action={forgotPasswordAction}
      submitLabel={t('submit')}
      testId="forgot-form"
      success={() => (
        <p
          role="status"
          className="max-w-2xl border-l-4 border-green-700 bg-green-50 p-4 text-lg"
          data-testid="forgot-done"
        >
          {t('sent')}
        </p>
      )}
    >
      <TextField name="email" type="email" label={t('email')} autoComplete="email" inputMode="email" maxLength={254} />
    </ValidatedForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('Auth.reset');
  return (
    <ValidatedForm
      schema={resetPasswordSchema}
      action={resetPasswordAction}
      submitLabel={t('submit')}
      testId="reset-form"
    >
      <HiddenField name="token" value={token} />
      <TextField name="password" type="password" label={t('password')} autoComplete="new-password" maxLength={128} />
      <TextField name="confirm" type="password" label={t('confirm')} autoComplete="new-password" maxLength={128} />
    </ValidatedForm>
  );
}

export function ProfileForm({
  wards,
  units,
  values,
}: {
  wards: Option[];
  units: Option[];
  values: { name: string; phone: string; wardCode: string; campaignUnitId: string };
}) {
  const t = useTranslations('Auth.signUp');
  const tAccount = useTranslations('Account');
  return (
    <ValidatedForm
      schema={profileSchema}
      action={updateProfileAction}
      successNotice={tAccount('saved')}
      submitLabel={tAccount('save')}
      testId="profile-form"
    >
      <TextField name="name" label={t('name')} autoComplete="name" maxLength={120} defaultValue={values.name} />
      <TextField
        name="phone"
        type="tel"
        label={t('phone')}
        optional
        autoComplete="tel"
        inputMode="tel"
        maxLength={20}
        defaultValue={values.phone}
      />
      <SelectField
        name="wardCode"
        label={t('ward')}
        options={wards}
        placeholder={t('wardPlaceholder')}
        defaultValue={values.wardCode}
      />
      <SelectField
        name="campaignUnitId"
        label={t('unit')}
        optional
        options={units}
        placeholder={t('unitNone')}
        defaultValue={values.campaignUnitId}
      />
    </ValidatedForm>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations('Account');
  return (
    <ValidatedForm
      schema={deleteAccountSchema}
      action={deleteAccountAction}
      submitLabel={t('deleteSubmit')}
      submitVariant="warning"
      testId="delete-form"
    >
      <TextField name="confirm" label={t('deleteConfirm')} autoComplete="off" maxLength={10} />
    </ValidatedForm>
  );
}
