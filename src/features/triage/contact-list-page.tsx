import { useEffect } from 'react';
import { useContacts } from '../../api/contacts';
import { useResetDemoData } from '../../api/demo';
import { formatInstant } from '../../lib/format';
import { ROUTE_LABELS } from '../../lib/labels';

export function ContactListPage() {
  const contacts = useContacts({});
  const reset = useResetDemoData();
  useEffect(() => {
    document.title = 'Contacts – Front Door';
  }, []);
  return (
    <>
      <h1 className="govuk-heading-l">Contacts</h1>
      <a href="/contacts/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Start a new contact
      </a>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-left-2"
        onClick={() => {
          if (window.confirm('Delete every contact and restore the demo data?')) reset.mutate();
        }}
      >
        Reset demo data
      </button>
      {reset.isSuccess && (
        <p className="govuk-body" role="status">
          Demo data restored.
        </p>
      )}
      {contacts.isPending && <p className="govuk-body">Loading contacts…</p>}
      {contacts.isError && <p className="govuk-body">Contacts could not be loaded: {contacts.error.message}</p>}
      {contacts.data && contacts.data.items.length === 0 && <p className="govuk-body">No contacts yet.</p>}
      {contacts.data && contacts.data.items.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Drafts and recorded contacts</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Authority</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Route</th>
              <th scope="col" className="govuk-table__header">Received</th>
              <th scope="col" className="govuk-table__header">Decision due</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {contacts.data.items.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/contacts/${c.id}`}>
                    {c.reference}
                  </a>
                </td>
                <td className="govuk-table__cell">{c.authority}</td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${c.status === 'draft' ? 'govuk-tag--yellow' : 'govuk-tag--green'}`}>{c.status}</strong>
                </td>
                <td className="govuk-table__cell">{c.route ? ROUTE_LABELS[c.route] : 'Not routed yet'}</td>
                <td className="govuk-table__cell">{formatInstant(c.receivedAt)}</td>
                <td className="govuk-table__cell">{c.decisionDue ? formatInstant(c.decisionDue) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
