'use client';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { CheckboxField, HiddenField, SelectField } from '@/components/forms/Field';
import { adminUserSchema, roles } from '@/lib/validation/account';
import { updateUserAction } from '@/server/admin/actions';

type Props = {
  user: { id: string; role: string; agencyId: string | null; disabled: boolean };
  agencies: { value: string; label: string }[];
};

export function UserForm({ user, agencies }: Props) {
  const t = useTranslations('Admin');
  const tRoles = useTranslations('Account.roles');
  return (
    <ValidatedForm
      schema={adminUserSchema}
      action={updateUserAction}
      submitLabel={t('save')}
      successNotice={t('saved')}
      testId="user-form"
    >
      <HiddenField name="userId" value={user.id} />
      <SelectField
        name="role"
        label={t('role')}
        defaultValue={user.role}
        options={roles.map((r) => ({ value: r, label: tRoles(r) }))}
      />
      <SelectField
        name="agencyId"
        label={t('agency')}
        defaultValue={user.agencyId ?? ''}
        options={agencies}
        placeholder={t('noAgency')}
      />
      <CheckboxField name="disabled" label={t('disable')} defaultChecked={user.disabled} />
    </ValidatedForm>
  );
}
