import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

// GOV.UK single-control form fields (text input, textarea, select, one checkbox) for forms that are not
// one question per page: a small label, an optional hint, and the inline error that the error summary
// links to by the control's id.

/** GOV.UK inline error message; its id is what the control's aria-describedby points at. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

const describedBy = (id: string, hint: ReactNode, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  register: UseFormRegisterReturn;
}

/** The form group, label, hint and error every field here shares; the control is the child. */
function FieldGroup({ id, label, hint, error, children }: Omit<FieldProps, 'register'> & { children: ReactNode }) {
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
      {children}
    </div>
  );
}

export interface TextFieldProps extends FieldProps {
  type?: 'text' | 'date' | 'time' | 'email';
  /** GOV.UK fixed width (characters), e.g. '2', '10', '20'. */
  width?: string;
  /** 'numeric' brings up the number keypad without the quirks of type="number" (GOV.UK advice). */
  inputMode?: 'numeric';
}

export function TextField({ id, label, hint, error, register, type = 'text', width, inputMode }: TextFieldProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={type === 'text' ? false : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...register}
      />
    </FieldGroup>
  );
}

export function TextArea({ id, label, hint, error, register, rows = 3 }: FieldProps & { rows?: number }) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <textarea className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={id} rows={rows} aria-describedby={describedBy(id, hint, error)} {...register} />
    </FieldGroup>
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
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} aria-describedby={describedBy(id, hint, error)} {...register}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

/** One checkbox with its label (a yes/no fact); put it inside a `govuk-checkboxes` container. */
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
