import { useEffect, useRef } from 'react';
import type { ContactContext, IntakeStep } from '../../../../machines/contact/contact.machine';
import { SummaryList } from '../../../components/summary-list/summary-list';
import { WarningText } from '../../../components/warning-text/warning-text';
import { formatInstant } from '../../../lib/format';
import {
  ACTION_LABELS,
  urgentFirst,
  AGENCY_LABELS,
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  DEADLINE_LABELS,
  IDENTITY_LABELS,
  REASON_LABELS,
  REFERRER_TYPE_LABELS,
  ROUTE_LABELS,
} from '../../../lib/labels';

const yes = (v: boolean | undefined) => (v ? 'Yes' : 'No');

export interface CheckAnswersProps {
  context: ContactContext;
  onChange: (step: IntakeStep) => void;
  onBack: () => void;
  onSubmit: () => void;
  submitting: boolean;
  submitError?: string;
  caption: string;
  /** Training's assessed mode: the trainee states the deadlines afterwards, so they are not shown. */
  hideDeadlines?: boolean;
}

export function CheckAnswers({ context, onChange, onBack, onSubmit, submitting, submitError, caption, hideDeadlines }: CheckAnswersProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = 'Check your answers before recording the contact – Front Door';
    ref.current?.focus();
  }, []);
  const { referrer, children = [], concern, parents } = context;
  const change = (step: IntakeStep, label: string) => ({ label, onChange: () => onChange(step) });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <button type="button" className="govuk-back-link fd-link-button" onClick={onBack}>
          Back
        </button>
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l" tabIndex={-1} ref={ref}>
          Check your answers before recording the contact
        </h1>
        {context.actions.some((a) => a.action === 'call-999') && <WarningText>{ACTION_LABELS['call-999']}</WarningText>}
        <h2 className="govuk-heading-m">The caller</h2>
        <SummaryList
          rows={[
            { key: 'Contact by', value: CHANNEL_LABELS[context.channel] },
            { key: 'Received', value: formatInstant(context.receivedAt) },
            { key: 'Who is calling', value: referrer ? REFERRER_TYPE_LABELS[referrer.type] : '', change: change('referrer', 'who is calling') },
            ...(referrer?.agency ? [{ key: 'Agency', value: AGENCY_LABELS[referrer.agency], change: change('referrer', 'agency') }] : []),
            { key: 'Wants to stay anonymous', value: yes(referrer?.requestsAnonymity), change: change('referrer', 'anonymity') },
            { key: 'Passing on what someone else said', value: yes(referrer?.relaysThirdParty), change: change('referrer', 'third party') },
          ]}
        />
        <h2 className="govuk-heading-m">The children</h2>
        <SummaryList
          rows={children.map((c, i) => ({
            key: `Child ${i + 1}`,
            value: [CASE_STATUS_LABELS[c.caseStatus], c.unborn ? 'unborn' : '', c.disability ? 'has a disability' : ''].filter(Boolean).join(', '),
            change: change('children', `child ${i + 1}`),
          }))}
        />
        <h2 className="govuk-heading-m">The concern</h2>
        <SummaryList
          rows={[
            { key: 'Immediate danger', value: yes(concern?.immediateDanger), change: change('concern', 'immediate danger') },
            { key: 'Possible crime', value: yes(concern?.crimeSuspected), change: change('concern', 'possible crime') },
            { key: 'Significant harm suspected', value: yes(concern?.significantHarm), change: change('concern', 'significant harm') },
            { key: 'Harm caused by another child', value: yes(concern?.harmByAnotherChild), change: change('concern', 'harm by another child') },
            { key: 'About an adult who works with children', value: yes(concern?.allegationAgainstWorker), change: change('concern', 'allegation') },
          ]}
        />
        <h2 className="govuk-heading-m">The parents</h2>
        <SummaryList
          rows={[
            {
              key: 'What they know',
              value: !parents ? '' : !parents.informed ? 'Not told or asked' : parents.agreed ? 'Told, and agreed to sharing' : 'Told, not agreed to sharing',
              change: change('parents', 'what the parents know'),
            },
            ...(parents && parents.reasonsNotInformed.length > 0
              ? [{ key: 'Reasons', value: parents.reasonsNotInformed.map((r) => REASON_LABELS[r]).join('; '), change: change('parents', 'reasons') }]
              : []),
          ]}
        />
        <h2 className="govuk-heading-m">What the procedure says</h2>
        <SummaryList
          rows={[
            { key: 'Route', value: <span data-testid="route" data-route={context.route}>{context.route ? ROUTE_LABELS[context.route] : ''}</span> },
            { key: 'Caller’s identity', value: context.identity ? IDENTITY_LABELS[context.identity] : '' },
            {
              key: 'Actions',
              value: context.actions.length ? (
                <ul className="govuk-list">{urgentFirst(context.actions).map((a) => <li key={a.action}>{ACTION_LABELS[a.action]} ({a.rule})</li>)}</ul>
              ) : 'None',
            },
            // An assessed training call asks the trainee for the decision deadline afterwards, so it is not shown here.
            ...(hideDeadlines
              ? []
              : [
                  {
                    key: 'Deadlines',
                    value: context.deadlines.length ? (
                      <ul className="govuk-list">{context.deadlines.map((d) => <li key={d.deadline}>{DEADLINE_LABELS[d.deadline]}: {formatInstant(d.due)} ({d.rule})</li>)}</ul>
                    ) : 'None',
                  },
                ]),
          ]}
        />
        {submitError && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">The contact was not recorded</h2>
            <div className="govuk-error-summary__body"><p className="govuk-body">{submitError}</p></div>
          </div>
        )}
        <button type="button" className="govuk-button" onClick={onSubmit} disabled={submitting} aria-disabled={submitting}>
          {submitting ? 'Recording…' : 'Record the contact'}
        </button>
      </div>
    </div>
  );
}
