import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** A Change action: the visually hidden text names what is changed, for screen readers. */
  change?: { label: string; onChange: () => void };
}

/** GOV.UK summary list, as used on Check your answers. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="govuk-summary-list__actions">
              <button type="button" className="govuk-link fd-link-button" onClick={row.change.onChange}>
                Change<span className="govuk-visually-hidden"> {row.change.label}</span>
              </button>
            </dd>
          ) : (
            <dd className="govuk-summary-list__actions" />
          )}
        </div>
      ))}
    </dl>
  );
}
