import { useAudit, type AuditEntry } from '../../api/audit';
import { formatInstant } from '../../lib/format';
import { download, toCsv } from '../../lib/download';
import { ROLE_NAMES } from '../../lib/session';

const COLUMNS: (keyof AuditEntry & string)[] = ['seq', 'reference', 'at', 'user', 'role', 'event', 'from', 'to', 'reason'];

/** REC-ALL: every accepted event, who sent it and what it changed; exportable. */
export function AuditSection({ id, reference, version }: { id: string; reference: string; version: number }) {
  const audit = useAudit(id, version);
  const items = audit.data?.items ?? [];
  return (
    <section aria-labelledby="audit-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="audit-heading">
        Audit trail
      </h2>
      {audit.isError && <p className="govuk-body">The audit trail could not be loaded.</p>}
      {items.length === 0 && audit.isSuccess && <p className="govuk-body">No events recorded yet.</p>}
      {items.length > 0 && (
        <table className="govuk-table" aria-label="Audit trail">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['When', 'Who', 'Event', 'From', 'To', 'Reason'].map((h) => (
                <th key={h} scope="col" className="govuk-table__header">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((e) => (
              <tr key={e.seq} className="govuk-table__row">
                <td className="govuk-table__cell">{formatInstant(e.at)}</td>
                <td className="govuk-table__cell">
                  {e.user} ({ROLE_NAMES[e.role].toLowerCase()})
                </td>
                <td className="govuk-table__cell">{e.event}</td>
                <td className="govuk-table__cell">{e.from}</td>
                <td className="govuk-table__cell">{e.to}</td>
                <td className="govuk-table__cell">{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => download(`${reference}-audit.csv`, toCsv(items, COLUMNS), 'text/csv')}>
          Export audit trail as CSV
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => download(`${reference}-audit.json`, JSON.stringify(items, null, 2), 'application/json')}
        >
          Export audit trail as JSON
        </button>
      </div>
    </section>
  );
}
