import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { AUTHORITY_NAMES } from '../../../machines/rules/catalogue';
import { transitionLabel, statePathTitle, type ChartModel } from './chart-model';
import type { Difference } from './reachability';
import type { Selection } from './view';

// Compare mode: what differs between the two authorities on the same machine. Branch and state
// differences come from running the machine's guards over the sample calls; rule differences from the
// catalogue's citations (a rule stated in one procedure and not the other).

export interface ComparePanelProps {
  model: ChartModel;
  left: AuthorityId;
  right: AuthorityId;
  differences?: Difference[];
  onSelect: (selection: Selection) => void;
}

export function ComparePanel({ model, left, right, differences, onSelect }: ComparePanelProps) {
  const name = (a: AuthorityId) => AUTHORITY_NAMES[a];
  if (!differences) {
    return (
      <p className="govuk-body-s" role="status">
        Checking which branches each authority can take…
      </p>
    );
  }
  const branches = differences.filter((d) => d.kind === 'branch');
  const states = differences.filter((d) => d.kind === 'state');
  const rules = differences.filter((d) => d.kind === 'rule');
  return (
    <div className="fd-chart-compare" data-testid="compare-panel">
      <h2 className="govuk-heading-s">
        Differences between {name(left)} and {name(right)}
      </h2>
      {differences.length === 0 && <p className="govuk-body-s">None: both authorities can take the same branches and cite the same rules here.</p>}
      {branches.length > 0 && (
        <>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Branches ({branches.length})</h3>
          <ul className="govuk-list govuk-list--bullet govuk-body-s" data-testid="compare-branches">
            {branches.map((d) => (
              <li key={d.transition.id} data-transition-id={d.transition.id}>
                <button type="button" className="fd-link-button fd-chart-small-link" onClick={() => onSelect({ kind: 'transition', id: d.transition.id })}>
                  {statePathTitle(model, d.transition.source)} → {statePathTitle(model, d.transition.target)}
                </button>{' '}
                <code>{transitionLabel(d.transition)}</code>: can be taken in {name(d.takenIn)}, never in {name(d.neverIn)}
              </li>
            ))}
          </ul>
        </>
      )}
      {states.length > 0 && (
        <>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">States ({states.length})</h3>
          <ul className="govuk-list govuk-list--bullet govuk-body-s" data-testid="compare-states">
            {states.map((d) => (
              <li key={d.state}>
                <button type="button" className="fd-link-button fd-chart-small-link" onClick={() => onSelect({ kind: 'state', id: d.state })}>
                  {statePathTitle(model, d.state)}
                </button>
                : reached in {name(d.reachableIn)}, never in {name(d.unreachableIn)}
              </li>
            ))}
          </ul>
        </>
      )}
      {rules.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Rules stated in one procedure only ({rules.length})</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-body-s">
              {rules.map((d) => (
                <li key={`${d.state}:${d.rule}`}>
                  {statePathTitle(model, d.state)}: {d.rule} is in {name(d.statedIn)}’s procedure, not {name(d.notStatedIn)}’s
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </div>
  );
}
