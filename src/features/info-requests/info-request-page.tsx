import { useEffect } from 'react';
import { getProfile } from '../../../machines/authorities';
import { citationText, ruleFor } from '../../../machines/rules/catalogue';
import { useInfoRequest } from '../../api/info-requests';
import { SummaryList } from '../../components/summary-list/summary-list';
import { formatInstant } from '../../lib/format';
import { ACTION, AGENCY, DECISION, draftReply, PURPOSE, STATUS } from './labels';

export function InfoRequestPage({ id }: { id: string }) {
  const request = useInfoRequest(id);
  useEffect(() => {
    document.title = 'Information request – Front Door';
  }, []);
  if (request.isPending) return <p className="govuk-body">Loading…</p>;
  if (request.isError) return <h1 className="govuk-heading-l">Request not found</h1>;
  const r = request.data;
  return (
    <>
      <a href="/info-requests" className="govuk-back-link">
        Back to information requests
      </a>
      <span className="govuk-caption-l">{getProfile(r.authority).name}</span>
      <h1 className="govuk-heading-l">Decision: {DECISION[r.decision]}</h1>
      <SummaryList
        rows={[
          { key: 'Received', value: formatInstant(r.receivedAt) },
          { key: 'From', value: `${AGENCY[r.requester.agency]} (${r.requester.replyTo})` },
          { key: 'Why', value: PURPOSE[r.requester.purpose] },
          { key: 'Child’s status', value: STATUS[r.subject.status] },
        ]}
      />
      <h2 className="govuk-heading-m">Why</h2>
      {r.rules.length === 0 ? (
        <p className="govuk-body">No rule of this authority’s procedure covers information requests.</p>
      ) : (
        <ul className="govuk-list" data-testid="ir-rules">
          {r.rules.map((rule) => (
            <li key={rule}>
              <strong>{ruleFor(rule).title}</strong>: {ruleFor(rule).summary} <span className="govuk-body-s">({citationText(rule, r.authority)})</span>
            </li>
          ))}
        </ul>
      )}
      {r.actions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Also do</h2>
          <ul className="govuk-list govuk-list--bullet">
            {r.actions.map((a) => (
              <li key={a.action}>
                {ACTION[a.action]} ({a.rule})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="govuk-heading-m">Drafted reply</h2>
      <pre className="govuk-body" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }} data-testid="ir-reply">
        {draftReply(r.decision, r.requester.agency)}
      </pre>
    </>
  );
}
