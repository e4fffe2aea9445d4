import type { UseFormRegisterReturn } from 'react-hook-form';
import type { RadioOption } from '../radios/radios';

export interface CheckboxesProps {
  id: string;
  legend: string;
  hint?: string;
  options: readonly RadioOption[];
  error?: string | undefined;
  /** 'm' for a question of its own, 's' for a group inside a longer form. */
  legendSize?: 's' | 'm';
  register: UseFormRegisterReturn;
}

/** GOV.UK checkboxes; all boxes share one registered name so the form receives an array of values. */
export function Checkboxes({ id, legend, hint, options, error, legendSize = 'm', register }: CheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input className="govuk-checkboxes__input" id={inputId} type="checkbox" value={option.value} {...register} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && <div className="govuk-hint govuk-checkboxes__hint">{option.hint}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
