'use client';
import { useFormContext } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { ErrorMessage, SelectField, TextField, describedBy, inputClass, useFieldError } from '@/components/forms/Field';
import { fieldId } from '@/components/forms/form-context';
import { REPORT_ADDRESS_MAX, type ReportFieldsInput } from '@/lib/validation/reports/report';
import type { ReportDraftValues } from '@/lib/reports/report-form';
import { LocationMap } from '../LocationMap';
import { useHydrated } from './use-hydrated';
import { useLocation } from './use-location';
import { buttonSecondary, type Option } from './parts';

type Props = { wards: Option[]; initial: ReportDraftValues; tileUrl: string; tileAttribution: string };

/** "Where": the ward, the address and, optionally, the point (typed, from the map or the device). */
export function LocationFieldset({ wards, initial, tileUrl, tileAttribution }: Props) {
  const t = useTranslations('ReportForm');
  const tForms = useTranslations('Forms');
  const js = useHydrated();
  const { register } = useFormContext<ReportFieldsInput>();
  const { point, pick, locate, geo, mapOpen, toggleMap } = useLocation();
  const errors = { lat: useFieldError('lat'), lng: useFieldError('lng') };

  return (
    <fieldset className="space-y-6">
      <legend className="mb-4 text-2xl font-bold">{t('sectionWhere')}</legend>
      <SelectField
        name="ward"
        label={t('ward')}
        hint={t('wardHint')}
        defaultValue={initial.ward}
        options={wards}
        placeholder={t('wardPlaceholder')}
      />
      <TextField
        name="address"
        label={t('address')}
        hint={t('addressHint')}
        defaultValue={initial.address}
        maxLength={REPORT_ADDRESS_MAX}
        autoComplete="street-address"
      />

      <fieldset
        aria-describedby="coordinates-hint"
        className={errors.lat || errors.lng ? 'border-l-4 border-accent pl-3' : undefined}
      >
        <legend className="text-lg font-semibold">
          {t('coordinates')} <span className="font-normal text-muted">{tForms('optional')}</span>
        </legend>
        <p id="coordinates-hint" className="text-muted">
          {tileUrl ? t('coordinatesHint') : t('coordinatesHintNoMap')}
        </p>
        <div className="mt-2 flex max-w-xl flex-wrap gap-4">
          {(['lat', 'lng'] as const).map((name) => (
            <div key={name} className="min-w-36 flex-1">
              <label htmlFor={fieldId(name)} className="block font-semibold">
                {t(name)}
              </label>
              <ErrorMessage name={name} error={errors[name]} />
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                id={fieldId(name)}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={describedBy(name, false, errors[name])}
                defaultValue={initial[name]}
                className={inputClass(errors[name], '')}
                // The pair is checked together: changing one re-checks the other.
                {...register(name, { deps: [name === 'lat' ? 'lng' : 'lat'] })}
              />
            </div>
          ))}
        </div>
        {js ? (
          <div className="mt-4 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={locate}
              disabled={geo.state === 'busy'}
              className={buttonSecondary}
              data-testid="use-my-location"
            >
              {t('useMyLocation')}
            </button>
            {tileUrl ? (
              <button
                type="button"
                onClick={toggleMap}
                aria-expanded={mapOpen}
                aria-controls="report-map-region"
                className={buttonSecondary}
              >
                {mapOpen ? t('hideMap') : t('showMap')}
              </button>
            ) : null}
          </div>
        ) : null}
        <p
          role="status"
          className={geo.state === 'error' ? 'mt-2 font-semibold text-accent' : 'mt-2'}
          data-testid="geo-status"
        >
          {geo.message}
        </p>
        {js && !tileUrl ? (
          <p className="mt-2 border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="map-note">
            {t('mapOff')}
          </p>
        ) : null}
        <div id="report-map-region">
          {js && mapOpen && tileUrl ? (
            <LocationMap
              tileUrl={tileUrl}
              attribution={tileAttribution}
              point={point}
              onPick={pick}
              hintId="report-map-hint"
            />
          ) : null}
        </div>
      </fieldset>
    </fieldset>
  );
}
