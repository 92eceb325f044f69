'use client';
import { useFormContext } from 'react-hook-form';
import { ErrorMessage, useFieldError } from '@/components/forms/Field';
import { fieldId, useServerState } from '@/components/forms/form-context';

type Ward = { value: string; label: string };

/**
 * The wards a consultation is limited to, as checkboxes of the real administrative units (all named
 * `wards`: react-hook-form reads them as a list, and the server action joins the posted values).
 * None ticked: the whole city.
 */
export function WardPicker({
  wards,
  selected,
  legend,
  hint,
}: {
  wards: readonly Ward[];
  selected: readonly string[];
  legend: string;
  hint: string;
}) {
  const { register } = useFormContext();
  const server = useServerState();
  const error = useFieldError('wards');
  // After a refused post without JavaScript: what was ticked then.
  const ticked = new Set(server.values ? (server.values.wards ?? '').split(',').filter(Boolean) : selected);
  const id = fieldId('wards');
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      className={error ? 'border-l-4 border-accent pl-3' : undefined}
      data-testid="ward-picker"
    >
      <legend className="text-lg font-semibold">{legend}</legend>
      <p id={`${id}-hint`} className="text-muted">
        {hint}
      </p>
      <ErrorMessage name="wards" error={error} />
      <ul className="mt-2 grid max-h-80 gap-1 overflow-y-auto border-2 border-slate-300 p-2 sm:grid-cols-2">
        {wards.map((w) => (
          <li key={w.value} className="flex items-start gap-3">
            <input
              id={`${id}-${w.value}`}
              type="checkbox"
              value={w.value}
              defaultChecked={ticked.has(w.value)}
              className="mt-1 h-6 w-6 shrink-0 accent-brand-700"
              {...register('wards')}
            />
            <label htmlFor={`${id}-${w.value}`} className="text-lg">
              {w.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
