import { useState } from 'react';
import type { StateValue } from 'xstate';
import { ruleFor } from '../../../machines/rules/catalogue';
import { activeLeaves, eventText, statePathTitle, type ChartModel } from './chart-model';
import type { TransitionOption } from './simulate';
import type { Simulation } from './use-simulation';
import { STATUS_TEXT, type Selection } from './view';

// Simulate mode: the transitions out of the current state, each with its sample answers. Enabled ones can
// be sent (here or by clicking their label on the chart); blocked ones say which guard and rule stop them.

export interface SimulatePanelProps {
  model: ChartModel;
  simulation: Simulation;
  /** The chosen sample answer per transition id. */
  chosen: Record<string, number>;
  onChoose: (transitionId: string, preset: number) => void;
  onSend: (option: TransitionOption, preset: number) => void;
  onSelect: (selection: Selection) => void;
}

export function presetToSend(option: TransitionOption, chosen: number | undefined): number | undefined {
  if (chosen !== undefined && option.enabledWith.includes(chosen)) return chosen;
  return option.enabledWith[0];
}

export function SimulatePanel({ model, simulation, chosen, onChoose, onSend, onSelect }: SimulatePanelProps) {
  const { snapshot, steps, options } = simulation;
  const [showNavigation, setShowNavigation] = useState(false);
  const leaves = activeLeaves(model, snapshot.value as StateValue);
  const visible = options.filter((o) => showNavigation || !['step.back', 'answers.change'].includes(o.transition.event));
  const hiddenCount = options.length - visible.length;

  return (
    <div className="fd-chart-simulate" data-testid="simulate-panel">
      <h2 className="govuk-heading-s">Simulate</h2>
      <p className="govuk-body-s">
        {snapshot.status === 'done' ? 'The machine has finished in ' : 'Now in '}
        <strong data-testid="simulate-current">{leaves.map((l) => statePathTitle(model, l)).join(', ')}</strong>.
      </p>
      <div className="govuk-button-group fd-chart-button-group">
        <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={simulation.undo} disabled={steps.length === 0}>
          Undo
        </button>
        <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={simulation.reset} disabled={steps.length === 0}>
          Start again
        </button>
      </div>
      {visible.length === 0 && <p className="govuk-body-s">No event is accepted here.</p>}
      <ul className="govuk-list fd-chart-options">
        {visible.map((option) => {
          const t = option.transition;
          const selectId = `preset-${t.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
          const preset = presetToSend(option, chosen[t.id]);
          return (
            <li key={t.id} className="fd-chart-option" data-status={option.status} data-transition-id={t.id}>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <button type="button" className="fd-link-button fd-chart-small-link" onClick={() => onSelect({ kind: 'transition', id: t.id })}>
                  <code>{eventText(t)}</code>
                </button>{' '}
                to {t.internal ? 'the same state' : statePathTitle(model, t.target)}: {STATUS_TEXT[option.status]}
              </p>
              {option.presets.length > 1 && (
                <div className="govuk-form-group govuk-!-margin-bottom-2">
                  <label className="govuk-label govuk-label--s fd-chart-small-label" htmlFor={selectId}>
                    Sample answer
                  </label>
                  <select
                    className="govuk-select fd-chart-select"
                    id={selectId}
                    value={chosen[t.id] ?? preset ?? 0}
                    onChange={(e) => onChoose(t.id, Number(e.target.value))}
                  >
                    {option.presets.map((p, i) => (
                      <option key={i} value={i}>
                        {p.label}
                        {option.enabledWith.includes(i) ? '' : ' (not accepted)'}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {option.status === 'enabled' ? (
                <button
                  type="button"
                  className="govuk-button fd-chart-small-button govuk-!-margin-bottom-2"
                  data-send={t.id}
                  disabled={chosen[t.id] !== undefined && !option.enabledWith.includes(chosen[t.id]!)}
                  onClick={() => preset !== undefined && onSend(option, chosen[t.id] ?? preset)}
                >
                  Send {t.event}
                </button>
              ) : option.blockedBy ? (
                <p className="govuk-body-s fd-chart-option__why" data-blocked-by={option.blockedBy.guard.text}>
                  Blocked: <code>{option.blockedBy.guard.text}</code> does not hold
                  {option.blockedBy.rule ? (
                    <>
                      {' '}
                      ({option.blockedBy.rule}: {ruleFor(option.blockedBy.rule).summary})
                    </>
                  ) : null}
                  .
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {hiddenCount > 0 || showNavigation ? (
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="sim-show-nav" type="checkbox" checked={showNavigation} onChange={(e) => setShowNavigation(e.target.checked)} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="sim-show-nav">
              Show Back and Change events
            </label>
          </div>
        </div>
      ) : null}
      {steps.length > 0 && (
        <>
          <h3 className="govuk-heading-s govuk-!-margin-top-4">Events sent</h3>
          <ol className="govuk-list govuk-list--number govuk-body-s" data-testid="simulate-history">
            {steps.map((s, i) => (
              <li key={i}>
                <code>{s.event.type}</code>
                {s.label !== s.event.type ? `: ${s.label}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
