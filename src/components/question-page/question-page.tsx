import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary, type FieldError } from '../error-summary/error-summary';

export interface QuestionPageProps {
  /** The page title without the service name; "Error: " is put before it while there are errors. */
  title: string;
  caption?: string;
  /** A visible h1, when the question itself is not the h1 (a legend with isPageHeading). */
  heading?: string;
  errors: FieldError[];
  /** Increments on every failed Continue, so the error summary takes focus again each time. */
  attempt: number;
  onBack?: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel?: string;
  children: ReactNode;
  aside?: ReactNode;
}

/**
 * A GOV.UK question page: Back link, error summary, the question, Continue. Focus moves to the page's
 * heading when a new step appears, so keyboard and screen reader users start at the question.
 */
export function QuestionPage({ title, caption, heading, errors, attempt, onBack, onSubmit, submitLabel = 'Continue', children, aside }: QuestionPageProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = `${errors.length > 0 ? 'Error: ' : ''}${title} – Front Door`;
  }, [title, errors.length]);
  useEffect(() => {
    const h1 = containerRef.current?.querySelector('h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
  }, [title]);
  return (
    <div className="govuk-grid-row" ref={containerRef}>
      <div className="govuk-grid-column-two-thirds">
        {onBack && (
          <button type="button" className="govuk-back-link fd-link-button" onClick={onBack}>
            Back
          </button>
        )}
        <ErrorSummary key={attempt} errors={errors} />
        {caption && <span className="govuk-caption-l">{caption}</span>}
        {heading && <h1 className="govuk-heading-l">{heading}</h1>}
        <form noValidate onSubmit={onSubmit}>
          {children}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {submitLabel}
          </button>
        </form>
      </div>
      {aside && <div className="govuk-grid-column-one-third">{aside}</div>}
    </div>
  );
}
