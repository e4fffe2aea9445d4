import { useEffect, useRef } from 'react';
import type { ContactContext } from '../../../machines/contact/contact.machine';
import type { ContactRecord } from '../../api/contacts';
import { WarningText } from '../../components/warning-text/warning-text';
import { formatInstant } from '../../lib/format';
import { urgentFirst, ACTION_LABELS, DEADLINE_LABELS, ROUTE_LABELS } from '../../lib/labels';

/** What the backend recorded: it replays the event log through the same machine, so this is its word. */
export function SubmittedPage({ record, context }: { record: ContactRecord; context: ContactContext }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = 'Contact recorded – Front Door';
    ref.current?.focus();
  }, []);
  const route = record.route ?? context.route;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title" tabIndex={-1} ref={ref}>
            Contact recorded
          </h1>
          <div className="govuk-panel__body">
            Reference
            <br />
            <strong data-testid="reference">{record.reference}</strong>
          </div>
        </div>
        {record.actions.some((a) => a.action === 'call-999') && <WarningText>{ACTION_LABELS['call-999']}</WarningText>}
        <h2 className="govuk-heading-m">Route</h2>
        <p className="govuk-body" data-testid="submitted-route" data-route={route}>
          {route ? ROUTE_LABELS[route] : 'Not routed'}
        </p>
        <h2 className="govuk-heading-m">Actions required</h2>
        {record.actions.length === 0 ? (
          <p className="govuk-body">None.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet" data-testid="submitted-actions">
            {urgentFirst(record.actions).map((a) => (
              <li key={a.action} data-action={a.action}>
                {ACTION_LABELS[a.action]} ({a.rule})
              </li>
            ))}
          </ul>
        )}
        <h2 className="govuk-heading-m">Deadlines</h2>
        {record.deadlines.length === 0 ? (
          <p className="govuk-body">None.</p>
        ) : (
          <ul className="govuk-list" data-testid="submitted-deadlines">
            {record.deadlines.map((d) => (
              <li key={d.deadline} data-deadline={d.deadline} data-due={d.due}>
                {DEADLINE_LABELS[d.deadline]}: <time dateTime={d.due}>{formatInstant(d.due)}</time> ({d.rule})
              </li>
            ))}
          </ul>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/contacts">
            Back to contacts
          </a>{' '}
          or{' '}
          <a className="govuk-link" href="/contacts/new">
            start another contact
          </a>
        </p>
      </div>
    </div>
  );
}
