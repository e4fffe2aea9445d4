import { useId, useState } from 'react';
import { runScenario } from '../../../machines/scenario/run';
import { parseScenarioText, type FieldProblem, type Scenario, type ScenarioResult } from '../../../machines/scenario/scenario.schema';
import type { ChartModel } from './chart-model';
import { statePathTitle } from './chart-model';
import { SCENARIO_EXAMPLES } from './examples';

// Path mode: a scenario (pasted, or one of the examples) is run with the scenario runner, and its result's
// `path` (the states the machine visited, in order) is stepped through on the chart.

export interface PathRun {
  scenario: Scenario;
  result: ScenarioResult;
  step: number;
}

export interface PathPanelProps {
  model: ChartModel;
  run?: PathRun;
  onRun: (run: PathRun) => void;
  onStep: (step: number) => void;
}

export function PathPanel({ model, run, onRun, onStep }: PathPanelProps) {
  const ids = useId();
  const [text, setText] = useState(SCENARIO_EXAMPLES[0]!.text);
  const [example, setExample] = useState(SCENARIO_EXAMPLES[0]!.id);
  const [problems, setProblems] = useState<FieldProblem[]>();

  const start = () => {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems(undefined);
    const scenario = parsed.scenarios[0]!;
    onRun({ scenario, result: runScenario(scenario), step: 0 });
  };

  const path = run?.result.path ?? [];
  const last = path.length - 1;
  return (
    <div className="fd-chart-path" data-testid="path-panel">
      <h2 className="govuk-heading-s">Path of a scenario</h2>
      {problems && (
        <div className="govuk-error-summary" data-module="govuk-error-summary" role="alert" tabIndex={-1}>
          <h3 className="govuk-error-summary__title">The scenario cannot be run</h3>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              {problems.map((p, i) => (
                <li key={i}>
                  {p.field}: {p.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s fd-chart-small-label" htmlFor={`${ids}-example`}>
          Example
        </label>
        <select
          className="govuk-select fd-chart-select"
          id={`${ids}-example`}
          value={example}
          onChange={(e) => {
            setExample(e.target.value);
            const found = SCENARIO_EXAMPLES.find((x) => x.id === e.target.value);
            if (found) setText(found.text);
          }}
        >
          {SCENARIO_EXAMPLES.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      <div className={`govuk-form-group${problems ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s fd-chart-small-label" htmlFor={`${ids}-json`}>
          Scenario JSON
        </label>
        <div className="govuk-hint fd-chart-small-hint" id={`${ids}-json-hint`}>
          One scenario in the format of scenarios/*.json. Paste your own or edit the example.
        </div>
        <textarea
          className="govuk-textarea fd-chart-json"
          id={`${ids}-json`}
          rows={8}
          spellCheck={false}
          aria-describedby={`${ids}-json-hint`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="button" className="govuk-button fd-chart-small-button" onClick={start} data-testid="path-run">
        Run scenario
      </button>
      {run && (
        <>
          <p className="govuk-body-s">
            <strong>{run.scenario.title}</strong> ({run.scenario.authority}):{' '}
            {run.result.kind === 'contact' ? `route ${run.result.route}` : `decision ${run.result.decision}`}
            {run.result.kind === 'contact' && run.result.outcome ? `, outcome ${run.result.outcome}` : ''}.
          </p>
          <div className="govuk-button-group fd-chart-button-group">
            <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={() => onStep(0)} disabled={run.step === 0}>
              First
            </button>
            <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={() => onStep(run.step - 1)} disabled={run.step === 0}>
              Previous step
            </button>
            <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={() => onStep(run.step + 1)} disabled={run.step >= last} data-testid="path-next">
              Next step
            </button>
            <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={() => onStep(last)} disabled={run.step >= last}>
              Last
            </button>
          </div>
          <ol className="govuk-list govuk-list--number govuk-body-s fd-chart-steps" data-testid="path-steps">
            {path.map((state, i) => (
              <li key={i} aria-current={i === run.step ? 'step' : undefined} className={i === run.step ? 'fd-chart-steps__current' : undefined}>
                <button type="button" className="fd-link-button fd-chart-small-link" onClick={() => onStep(i)}>
                  {model.byId.has(state) ? statePathTitle(model, state) : state}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
