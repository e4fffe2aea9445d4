import { useEffect, useState } from 'react';
import type { ContactContext } from '../../../machines/contact/contact.machine';
import { citationText, RULES } from '../../../machines/rules/catalogue';
import type { RuleId } from '../../../machines/rules/rule-ids';
import { urgentFirst, ACTION_LABELS, DEADLINE_LABELS } from '../../lib/labels';
import { formatInstant, timeLeft } from '../../lib/format';

export interface GuidancePanelProps {
  context: ContactContext;
  /** Rule ids attached to the machine's active states (state meta). */
  stateRules: RuleId[];
  /**
   * Training's assessed mode: hide the step guidance and the deadlines (the trainee is asked for the decision
   * deadline after the call), keeping the actions, which follow from the trainee's own answers.
   */
  hideHints?: boolean;
}

function useNow(intervalMs = 30_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Beside every step: what to ask and why (the rules of the current state that this authority's procedure
 * has), then the actions the procedure now requires and the deadlines known so far. Everything listed is
 * read from the machine's snapshot; the panel decides nothing.
 */
export function GuidancePanel({ context, stateRules, hideHints }: GuidancePanelProps) {
  const now = useNow();
  const { profile } = context;
  const general = profile.generalPractice ?? [];
  const rules = stateRules.filter((id) => profile.rules.includes(id) || general.includes(id));
  return (
    <aside className="fd-guidance" aria-labelledby="guidance-heading">
      <h2 className="govuk-heading-m" id="guidance-heading">
        Guidance: {profile.name}
      </h2>
      {!hideHints && (
        <ul className="govuk-list" data-testid="step-guidance">
          {rules.map((id) => (
            <li key={id} className="govuk-!-margin-bottom-4">
              <strong>{RULES[id].title}</strong>
              <p className="govuk-body-s govuk-!-margin-bottom-1">{RULES[id].ask ?? RULES[id].summary}</p>
              <p className="govuk-body-s govuk-hint">
                {general.includes(id) && !profile.rules.includes(id)
                  ? `General practice, not stated in ${profile.name}’s procedure (${id})`
                  : citationText(id, profile.id)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3 className="govuk-heading-s" id="actions-heading">
        Actions required
      </h3>
      {context.actions.length === 0 ? (
        <p className="govuk-body-s">None yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" aria-labelledby="actions-heading" data-testid="actions">
          {urgentFirst(context.actions).map((a) => (
            <li key={a.action} data-action={a.action} className="govuk-body-s">
              {ACTION_LABELS[a.action]} <span className="govuk-hint">({a.rule})</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="govuk-heading-s" id="deadlines-heading">
        Deadlines
      </h3>
      {hideHints ? (
        <p className="govuk-body-s">Assessed call: the deadlines are shown in the debrief.</p>
      ) : context.deadlines.length === 0 ? (
        <p className="govuk-body-s">None known yet.</p>
      ) : (
        <ul className="govuk-list" aria-labelledby="deadlines-heading" data-testid="deadlines">
          {context.deadlines.map((d) => {
            const left = timeLeft(d.due, now);
            return (
              <li key={d.deadline} data-deadline={d.deadline} data-due={d.due} className="govuk-body-s">
                {DEADLINE_LABELS[d.deadline]}: <time dateTime={d.due}>{formatInstant(d.due)}</time>{' '}
                <strong className={`govuk-tag ${left.overdue ? 'govuk-tag--red' : 'govuk-tag--grey'}`}>{left.text}</strong>{' '}
                <span className="govuk-hint">({d.rule})</span>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
