import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

// Small GOV.UK form fields for training's forms (the wrap-up and authoring), with the inline error that
// the error summary links to by id.

function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

const describedBy = (id: string, hint: ReactNode, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  register: UseFormRegisterReturn;
}

export function TextField({ id, label, hint, error, register, type = 'text', width }: FieldProps & { type?: 'text' | 'date' | 'time' | 'email'; width?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={id} message={error} />
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        type={type}
        autoComplete="off"
        spellCheck={type === 'text' ? false : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...register}
      />
    </div>
  );
}

export function TextArea({ id, label, hint, error, register, rows = 3 }: FieldProps & { rows?: number }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={id} message={error} />
      <textarea className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={id} rows={rows} aria-describedby={describedBy(id, hint, error)} {...register} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  register,
  options,
  placeholder = 'Select',
}: FieldProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={id} message={error} />
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} aria-describedby={describedBy(id, hint, error)} {...register}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One checkbox with its label (a yes/no fact in the authoring form). */
export function Checkbox({ id, label, register }: { id: string; label: string; register: UseFormRegisterReturn }) {
  return (
    <div className="govuk-checkboxes__item">
      <input className="govuk-checkboxes__input" id={id} type="checkbox" {...register} />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
