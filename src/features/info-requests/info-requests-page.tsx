import { useEffect } from 'react';
import { getProfile } from '../../../machines/authorities';
import { useInfoRequests } from '../../api/info-requests';
import { formatInstant } from '../../lib/format';
import { AGENCY, DECISION, PURPOSE } from './labels';

export function InfoRequestsPage() {
  const list = useInfoRequests();
  useEffect(() => {
    document.title = 'Information requests – Front Door';
  }, []);
  return (
    <>
      <h1 className="govuk-heading-l">Information requests</h1>
      <a href="/info-requests/new" className="govuk-button" role="button" draggable="false">
        Log a request
      </a>
      {list.isPending && <p className="govuk-body">Loading…</p>}
      {list.data && list.data.items.length === 0 && <p className="govuk-body">No requests logged yet.</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="govuk-table" aria-label="Information requests">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Received', 'Authority', 'From', 'Why', 'Decision'].map((h) => (
                <th key={h} scope="col" className="govuk-table__header">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.data.items.map((r) => (
              <tr key={r.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/info-requests/${r.id}`}>
                    {formatInstant(r.receivedAt)}
                  </a>
                </td>
                <td className="govuk-table__cell">{getProfile(r.authority).name}</td>
                <td className="govuk-table__cell">{AGENCY[r.requester.agency]}</td>
                <td className="govuk-table__cell">{PURPOSE[r.requester.purpose]}</td>
                <td className="govuk-table__cell">{DECISION[r.decision]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
