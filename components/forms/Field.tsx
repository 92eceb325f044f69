'use client';
import { useContext, useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { clientError, FieldErrorsContext, fieldId, useErrorText, useServerState } from './form-context';

type Common = { name: string; label: string; hint?: ReactNode; optional?: boolean; defaultValue?: string };

/** The words of a field's error, if it has one now. */
export function useFieldError(name: string) {
  const own = useContext(FieldErrorsContext);
  const { formState, getFieldState } = useFormContext();
  const server = useServerState();
  const errorText = useErrorText();
  const client = getFieldState(name, formState).error;
  const dirty = getFieldState(name, formState).isDirty;
  // A server error stays until the person changes the field.
  if (own) return own(name);
  const error = client?.message ? clientError(client) : !dirty ? server.fieldErrors?.[name]?.[0] : undefined;
  return error ? errorText(error) : undefined;
}

function Label({ name, label, optional }: { name: string; label: string; optional?: boolean }) {
  const t = useTranslations('Forms');
  return (
    <label htmlFor={fieldId(name)} className="block text-lg font-semibold">
      {label} {optional ? <span className="font-normal text-muted">{t('optional')}</span> : null}
    </label>
  );
}

/** A field's error line, tied to its control by `${fieldId(name)}-error`. */
export function ErrorMessage({ name, error }: { name: string; error?: string }) {
  const t = useTranslations('Forms');
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="font-semibold text-accent" data-testid={`error-${name}`}>
      <span className="sr-only">{t('errorPrefix')} </span>
      {error}
    </p>
  );
}

function Described({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      <ErrorMessage name={name} error={error} />
    </>
  );
}

/** The `aria-describedby` of a field's control: its hint, its error, then anything else (a counter). */
export const describedBy = (
  name: string,
  hint: unknown,
  error: unknown,
  ...more: (string | false | null | undefined)[]
) =>
  [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null, ...more].filter(Boolean).join(' ') ||
  undefined;

/** The look of a text input or select; `width` is a max-width class, or '' inside a narrower box. */
export const inputClass = (error: unknown, width = 'max-w-xl') =>
  `mt-1 block w-full ${width} rounded-none border-2 px-3 py-2 text-lg ${error ? 'border-accent' : 'border-ink'}`;

/**
 * Label, hint and error around a control the form builds itself (a textarea with a counter, a
 * file input): the control takes `id={fieldId(name)}` and `aria-describedby={describedBy(…)}`.
 */
export function Field({
  name,
  label,
  hint,
  optional,
  error,
  children,
}: Omit<Common, 'defaultValue'> & { error?: string; children: ReactNode }) {
  return (
    <div className={error ? 'border-l-4 border-accent pl-3' : undefined}>
      <Label name={name} label={label} optional={optional} />
      <Described name={name} hint={hint} error={error} />
      {children}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  optional,
  defaultValue,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
}: Common & {
  type?: 'text' | 'email' | 'password' | 'tel' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  maxLength?: number;
}) {
  const { register } = useFormContext();
  const server = useServerState();
  const error = useFieldError(name);
  const [shown, setShown] = useState(false);
  const t = useTranslations('Forms');
  const initial = type === 'password' ? undefined : (server.values?.[name] ?? defaultValue);
  return (
    <div className={error ? 'border-l-4 border-accent pl-3' : undefined}>
      <Label name={name} label={label} optional={optional} />
      <Described name={name} hint={hint} error={error} />
      <div className="flex max-w-xl items-stretch gap-2">
        <input
          id={fieldId(name)}
          type={type === 'password' && shown ? 'text' : type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          defaultValue={initial}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error)}
          className={inputClass(error)}
          {...register(name)}
        />
        {type === 'password' ? (
          <button
            type="button"
            onClick={() => setShown((v) => !v)}
            aria-controls={fieldId(name)}
            aria-pressed={shown}
            className="mt-1 border-2 border-ink px-3 text-sm font-semibold"
          >
            {shown ? t('hidePassword') : t('showPassword')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  optional,
  defaultValue,
  options,
  placeholder,
}: Common & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { register } = useFormContext();
  const server = useServerState();
  const error = useFieldError(name);
  return (
    <div className={error ? 'border-l-4 border-accent pl-3' : undefined}>
      <Label name={name} label={label} optional={optional} />
      <Described name={name} hint={hint} error={error} />
      <select
        id={fieldId(name)}
        defaultValue={server.values?.[name] ?? defaultValue ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${inputClass(error)} bg-white`}
        {...register(name)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  defaultChecked,
}: Omit<Common, 'defaultValue'> & { defaultChecked?: boolean }) {
  const { register } = useFormContext();
  const server = useServerState();
  const error = useFieldError(name);
  const checked = server.values ? server.values[name] === 'on' : defaultChecked;
  return (
    <div className={error ? 'border-l-4 border-accent pl-3' : undefined}>
      <Described name={name} error={error} />
      <div className="flex items-start gap-3">
        <input
          id={fieldId(name)}
          type="checkbox"
          value="on"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error)}
          className="mt-1 h-8 w-8 shrink-0 accent-brand-700"
          {...register(name)}
        />
        <label htmlFor={fieldId(name)} className="text-lg">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="ml-10 text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function HiddenField({ name, value }: { name: string; value: string }) {
  const { register } = useFormContext();
  return <input type="hidden" value={value} {...register(name)} />;
}

export function TextAreaField({
  name,
  label,
  hint,
  optional,
  defaultValue,
  rows = 4,
  maxLength,
  mono,
}: Common & { rows?: number; maxLength?: number; mono?: boolean }) {
  const { register } = useFormContext();
  const server = useServerState();
  const error = useFieldError(name);
  return (
    <div className={error ? 'border-l-4 border-accent pl-3' : undefined}>
      <Label name={name} label={label} optional={optional} />
      <Described name={name} hint={hint} error={error} />
      <textarea
        id={fieldId(name)}
        rows={rows}
        maxLength={maxLength}
        defaultValue={server.values?.[name] ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${inputClass(error)} max-w-3xl ${mono ? 'font-mono text-sm' : ''}`}
        {...register(name)}
      />
    </div>
  );
}
