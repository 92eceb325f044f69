'use client';
import { useTranslations } from 'next-intl';
import { ValidatedForm } from '@/components/forms/ValidatedForm';
import { CheckboxField, HiddenField, SelectField, TextAreaField, TextField } from '@/components/forms/Field';
import { placeEditSchema } from '@/lib/validation/services';
import { savePlaceAction } from '@/server/services/actions';

type Option = { value: string; label: string };

/** An entry of the services directory; without `values.id` it creates one. */
export function PlaceEditor({
  values,
  unverified,
  options,
}: {
  values: Record<string, string>;
  unverified: string[];
  options: {
    types: Option[];
    levels: Option[];
    ownerships: Option[];
    serves: Option[];
    wards: Option[];
    facts: Option[];
  };
}) {
  const t = useTranslations('ServicesAdmin');
  const f = (k: string) => t(`f.${k}` as 'f.nameVi');
  return (
    <ValidatedForm
      schema={placeEditSchema}
      action={savePlaceAction}
      submitLabel={values.id ? t('save') : t('create')}
      testId="place-editor"
    >
      {values.id ? <HiddenField name="id" value={values.id} /> : null}
      <TextField name="nameVi" label={f('nameVi')} defaultValue={values.nameVi} maxLength={200} />
      <TextField name="nameEn" label={f('nameEn')} defaultValue={values.nameEn} maxLength={200} />
      <TextField name="slug" label={f('slug')} hint={t('hints.slug')} defaultValue={values.slug} maxLength={120} />
      <SelectField name="type" label={f('type')} defaultValue={values.type} options={options.types} />
      <SelectField
        name="schoolLevel"
        label={f('schoolLevel')}
        defaultValue={values.schoolLevel}
        options={[{ value: '', label: t('none') }, ...options.levels]}
      />
      <SelectField
        name="ownership"
        label={f('ownership')}
        defaultValue={values.ownership}
        options={options.ownerships}
      />
      <SelectField
        name="serves"
        label={f('serves')}
        defaultValue={values.serves}
        options={[{ value: '', label: t('none') }, ...options.serves]}
      />
      <TextField name="address" label={f('address')} defaultValue={values.address} maxLength={300} />
      <SelectField name="ward" label={f('ward')} defaultValue={values.ward} options={options.wards} />
      <TextField name="phone" label={f('phone')} optional defaultValue={values.phone} maxLength={60} />
      <TextField name="website" label={f('website')} optional defaultValue={values.website} maxLength={300} />
      <TextField name="lat" label={f('lat')} hint={t('hints.coordinates')} defaultValue={values.lat} maxLength={20} />
      <TextField name="lng" label={f('lng')} defaultValue={values.lng} maxLength={20} />
      <TextAreaField
        name="hours"
        label={f('hours')}
        hint={t('hints.hours')}
        defaultValue={values.hours}
        rows={4}
        maxLength={2000}
      />
      <TextAreaField
        name="specialHours"
        label={f('specialHours')}
        optional
        hint={t('hints.specialHours')}
        defaultValue={values.specialHours}
        rows={4}
        maxLength={4000}
      />
      <CheckboxField
        name="closedOnHolidays"
        label={f('closedOnHolidays')}
        defaultChecked={values.closedOnHolidays === '1'}
      />
      <TextField
        name="hoursNoteVi"
        label={f('hoursNoteVi')}
        optional
        defaultValue={values.hoursNoteVi}
        maxLength={300}
      />
      <TextField
        name="hoursNoteEn"
        label={f('hoursNoteEn')}
        optional
        defaultValue={values.hoursNoteEn}
        maxLength={300}
      />
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{f('unverified')}</legend>
        {options.facts.map((o) => (
          <CheckboxField
            key={o.value}
            name={`unverified_${o.value}`}
            label={o.label}
            defaultChecked={unverified.includes(o.value)}
          />
        ))}
      </fieldset>
    </ValidatedForm>
  );
}
