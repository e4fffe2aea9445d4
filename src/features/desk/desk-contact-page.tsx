import { useEffect } from 'react';
import { useContact, type ContactRecord } from '../../api/contacts';
import { SummaryList } from '../../components/summary-list/summary-list';
import { formatInstant, timeLeft } from '../../lib/format';
import { ACTION_LABELS, DEADLINE_LABELS, IDENTITY_LABELS, OUTCOME_LABELS, ROUTE_LABELS } from '../../lib/labels';
import { AuditSection } from './audit-section';
import { ClosureSection, DecisionForm, SiblingReferralSection } from './decision-section';
import { FeedbackSection } from './feedback-section';
import { ScreeningForm, SharingOverride } from './screening-section';
import { currentRole, useSignedIn } from '../../lib/session';
import { useDeskContact } from './use-desk-contact';
import { useNow } from './use-now';

const STAGE_NAMES: Record<string, string> = {
  screening: 'Awaiting screening',
  decision: 'Awaiting decision',
  feedback: 'Decided: feedback to send',
  closed: 'Closed',
};

function Deadlines({ record }: { record: ContactRecord }) {
  const now = useNow(30_000);
  if (record.deadlines.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Deadlines</h2>
      <SummaryList
        rows={record.deadlines.map((d) => {
          const left = timeLeft(d.due, now);
          return {
            key: DEADLINE_LABELS[d.deadline],
            value: (
              <span data-deadline={d.deadline}>
                {formatInstant(d.due)}{' '}
                <strong className={`govuk-tag ${left.overdue ? 'govuk-tag--red' : 'govuk-tag--grey'}`}>{left.text}</strong> ({d.rule})
              </span>
            ),
          };
        })}
      />
    </>
  );
}

function Workspace({ record }: { record: ContactRecord }) {
  useSignedIn(); // re-render when the signed-in role changes
  const role = currentRole();
  const { snapshot, context, append, errors } = useDeskContact(record);
  const stage = record.state;
  const needsOverride = context.actions.some((a) => a.action === 'manager-authorise-sharing');
  useEffect(() => {
    document.title = `${record.reference}: ${STAGE_NAMES[stage] ?? stage} – Front Door`;
  }, [record.reference, stage]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="/desk" className="govuk-back-link">
          Back to the work queue
        </a>
        <span className="govuk-caption-l">
          {context.profile.name}, {context.profile.frontDoor.short}
        </span>
        <h1 className="govuk-heading-l">
          {record.reference}: {STAGE_NAMES[stage] ?? stage}
        </h1>
        <SummaryList
          rows={[
            { key: 'Received', value: formatInstant(record.receivedAt) },
            { key: 'Route', value: record.route ? ROUTE_LABELS[record.route] : 'Not routed' },
            { key: 'Referrer', value: record.identity ? IDENTITY_LABELS[record.identity] : 'Not recorded' },
            ...(record.outcome
              ? [{ key: 'Outcome', value: context.profile.outcomes.find((o) => o.outcome === record.outcome)?.localName ?? OUTCOME_LABELS[record.outcome] }]
              : []),
            ...(context.sharingAuthorisation
              ? [{ key: 'Sharing without consent', value: `Authorised by a team manager: ${context.sharingAuthorisation.reason}` }]
              : []),
          ]}
        />
        <Deadlines record={record} />
        {record.actions.length > 0 && (
          <>
            <h2 className="govuk-heading-m">Required actions</h2>
            <ul className="govuk-list govuk-list--bullet">
              {record.actions.map((a) => (
                <li key={a.action}>
                  {ACTION_LABELS[a.action]} ({a.rule})
                </li>
              ))}
            </ul>
          </>
        )}
        {record.status !== 'submitted' && <p className="govuk-body">This contact has not been submitted yet: the call handler is still taking it.</p>}
        {record.status === 'submitted' && stage === 'screening' && (
          <>
            {needsOverride && !context.sharingAuthorisation && (
              <SharingOverride snapshot={snapshot} role={role} append={append} serverErrors={errors.filter((e) => e.fieldId === 'sharing-reason')} />
            )}
            <ScreeningForm context={context} role={role} append={append} serverErrors={errors.filter((e) => e.fieldId !== 'sharing-reason')} />
          </>
        )}
        {record.status === 'submitted' && stage === 'decision' && <DecisionForm snapshot={snapshot} role={role} append={append} serverErrors={errors} />}
        {(stage === 'feedback' || stage === 'closed') && (
          <>
            <SiblingReferralSection snapshot={snapshot} role={role} append={append} />
            <ClosureSection snapshot={snapshot} role={role} append={append} />
            <FeedbackSection
              context={context}
              reference={record.reference}
              closed={stage === 'closed'}
              append={append}
              serverErrors={errors.filter((e) => e.fieldId === 'feedback-sent')}
            />
          </>
        )}
        <AuditSection id={record.id} reference={record.reference} version={record.version} />
      </div>
    </div>
  );
}

export function DeskContactPage({ id }: { id: string }) {
  const contact = useContact(id);
  if (contact.isPending) return <p className="govuk-body">Loading the contact…</p>;
  if (contact.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">Contact not found</h1>
        <p className="govuk-body">
          <a className="govuk-link" href="/desk">
            Back to the work queue
          </a>
        </p>
      </>
    );
  }
  return <Workspace record={contact.data} />;
}
