import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { AUTHORITY_NAMES, ruleFor } from '../../../machines/rules/catalogue';
import { eventText, stateTitle, statePathTitle, type ChartModel } from './chart-model';
import type { Reachability } from './reachability';
import { RuleList } from './rule-list';
import type { TransitionOption } from './simulate';
import { STATUS_TEXT, type Selection } from './view';

// "Details on click": what a state or transition is, the rules it cites with the authority's section,
// and, when known, whether the authority can ever take it and whether the simulation could take it now.

export interface DetailsPanelProps {
  model: ChartModel;
  authority: AuthorityId;
  selection?: Selection;
  reachability?: Reachability;
  /** Simulate mode: what each transition out of the current state would do. */
  options?: ReadonlyMap<string, TransitionOption>;
  onSelect: (selection: Selection) => void;
  headingLevel?: 2 | 3;
}

const KIND_TEXT = {
  atomic: 'State',
  compound: 'Compound state: it holds the states nested in it',
  parallel: 'Parallel state',
  final: 'Final state: the machine ends here',
  history: 'History state',
  choice: 'Decision point: nothing is asked here; the first branch whose guard holds is taken at once',
};

export function DetailsPanel({ model, authority, selection, reachability, options, onSelect, headingLevel = 2 }: DetailsPanelProps) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const name = AUTHORITY_NAMES[authority];
  if (!selection) {
    return (
      <div className="fd-chart-details" data-testid="chart-details">
        <H className="govuk-heading-s">Details</H>
        <p className="govuk-body-s">Select a state or a transition label to see the rules it cites and where {name}’s procedure says so.</p>
      </div>
    );
  }

  if (selection.kind === 'state') {
    const state = model.byId.get(selection.id);
    if (!state) return null;
    const out = model.transitions.filter((t) => t.source === state.id);
    const unreachable = reachability?.unreachableStates.has(state.id);
    return (
      <div className="fd-chart-details" data-testid="chart-details" data-selected-state={state.id}>
        <H className="govuk-heading-s">{statePathTitle(model, state.id)}</H>
        <p className="govuk-body-s">
          {KIND_TEXT[state.kind]}
          {state.initial ? `, starting at ${stateTitle(model.byId.get(state.initial)!)}` : ''}.
          {model.initial === state.id ? ' The machine starts here.' : ''}
        </p>
        {state.description && <p className="govuk-body-s">{state.description}</p>}
        {state.tags.length > 0 && <p className="govuk-body-s">Tags: {state.tags.join(', ')}</p>}
        {unreachable && (
          <p className="govuk-body-s fd-chart-details__never">
            Never reached in {name}: none of the {reachability!.samples.toLocaleString('en-GB')} sample calls gets here.
          </p>
        )}
        <RuleList rules={state.rules} authority={authority} />
        {out.length > 0 && (
          <>
            <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Transitions from here</p>
            <ul className="govuk-list govuk-body-s">
              {out.map((t) => (
                <li key={t.id}>
                  <button type="button" className="fd-link-button fd-chart-small-link" onClick={() => onSelect({ kind: 'transition', id: t.id })}>
                    {eventText(t)}
                    {t.guard ? ` [${t.guard.text}]` : ''} to {t.internal ? 'the same state' : statePathTitle(model, t.target)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }

  const t = model.transitions.find((x) => x.id === selection.id);
  if (!t) return null;
  const option = options?.get(t.id);
  const count = reachability?.branchCounts.get(t.id);
  return (
    <div className="fd-chart-details" data-testid="chart-details" data-selected-transition={t.id}>
      <H className="govuk-heading-s">
        {t.eventless ? 'Eventless branch' : `Event ${t.event}`}
      </H>
      <dl className="govuk-summary-list govuk-summary-list--no-border fd-chart-details__list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">From</dt>
          <dd className="govuk-summary-list__value">{statePathTitle(model, t.source)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">To</dt>
          <dd className="govuk-summary-list__value">{t.internal ? 'Stays in the same state (actions only)' : statePathTitle(model, t.target)}</dd>
        </div>
        {t.branch && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Order</dt>
            <dd className="govuk-summary-list__value">
              Branch {t.branch.index} of {t.branch.of}
              {t.branch.isDefault ? ': taken when no earlier branch applies' : ''}
            </dd>
          </div>
        )}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Guard</dt>
          <dd className="govuk-summary-list__value">{t.guard ? <code>{t.guard.text}</code> : 'None'}</dd>
        </div>
        {t.actions.length > 0 && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Actions</dt>
            <dd className="govuk-summary-list__value">{t.actions.join(', ')}</dd>
          </div>
        )}
      </dl>
      {count !== undefined && reachability && (
        <p className={`govuk-body-s${count === 0 ? ' fd-chart-details__never' : ''}`} data-never-taken={count === 0 ? 'true' : undefined}>
          {count === 0
            ? `Never taken in ${name}: none of the ${reachability.samples.toLocaleString('en-GB')} sample calls takes this branch.`
            : `In ${name}, ${count.toLocaleString('en-GB')} of ${reachability.samples.toLocaleString('en-GB')} sample calls take this branch.`}
        </p>
      )}
      {option && (
        <div className="govuk-body-s" data-status={option.status}>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <strong>Now:</strong> {STATUS_TEXT[option.status]}.
          </p>
          {option.blockedBy && (
            <p className="govuk-body-s">
              The guard <code>{option.blockedBy.guard.text}</code> does not hold for any sample answer
              {option.blockedBy.rule ? ` (${option.blockedBy.rule}: ${ruleFor(option.blockedBy.rule).summary})` : ''}.
            </p>
          )}
        </div>
      )}
      <RuleList rules={t.rule ? [t.rule] : []} authority={authority} />
      <p className="govuk-body-s">
        <button type="button" className="fd-link-button fd-chart-small-link" onClick={() => onSelect({ kind: 'state', id: t.source })}>
          Back to {statePathTitle(model, t.source)}
        </button>
      </p>
    </div>
  );
}
