import { useEffect, useRef, type MouseEvent } from 'react';

export type FieldError = {
  /** The id of the input (or the first input of a group) the message is about. */
  fieldId: string;
  message: string;
};

export type ErrorSummaryProps = {
  errors: readonly FieldError[];
  title?: string;
};

/**
 * The GOV.UK error summary. It takes focus when it mounts so that screen reader and keyboard users land
 * on the list of problems after pressing Continue. It focuses again whenever it goes from no errors to
 * some; give it a new `key` per submission to refocus it on every Continue.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors]);

  if (!hasErrors) return null;

  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1}>
      {/* role="alert" sits on a child, as in govuk-frontend, so moving focus does not cut the announcement. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.fieldId}>
                <a href={`#${error.fieldId}`} onClick={focusField}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

// Following the link natively would scroll the input to the top edge and hide its label or legend
// (the question). govuk-frontend's script instead shows the label and then focuses the input.
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = decodeURIComponent(event.currentTarget.hash.slice(1));
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}
