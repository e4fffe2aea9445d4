import { useCallback, useId, useMemo, useState } from 'react';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { citationText, ruleFor } from '../../../machines/rules/catalogue';
import type { RuleId } from '../../../machines/rules/rule-ids';
import { ChartCanvas } from './chart-canvas';
import type { ChartMachineId } from './chart-machines';
import { statePathTitle, transitionLabel, type ChartModel, type ChartTransition } from './chart-model';
import { DetailsPanel } from './details-panel';
import { DEFAULT_LAYOUT_OPTIONS } from './layout';
import { comparePaths, type PathDifference, type PathStep } from './path-compare';
import { modelFor, useChartLayout } from './use-chart';
import { EMPTY_VIEW, PATH_SIDE_TEXT, type ChartView, type Selection } from './view';
import './chart.scss';

// The training debrief's chart: the trainee's path and the expected path on the one machine, with what
// lies on one of them only marked by line style and a word (never colour alone), a key, and a text
// alternative listing every difference with the rule behind it. Wired into the debrief by src/app.

export interface PathCompareChartProps {
  machine: ChartMachineId;
  authority: AuthorityId;
  /** The `path` of the trainee's run (the contact machine's context.path, or runScenario's result.path). */
  traineePath: readonly string[];
  /** The `path` the scenario expects, from the same runner. */
  expectedPath: readonly string[];
  heading?: string;
  /** Level of the heading (the sub-headings are one below). */
  headingLevel?: 2 | 3;
}

const SIDE_TAG = { trainee: 'Trainee only', expected: 'Expected only' } as const;

function stateName(model: ChartModel, id: string): string {
  return model.byId.has(id) ? statePathTitle(model, id) : id;
}

function RulesBehind({ rules, authority }: { rules: readonly RuleId[]; authority: AuthorityId }) {
  if (rules.length === 0) return <> No rule is cited for it.</>;
  return (
    <>
      {' '}
      {rules.map((id, i) => {
        const rule = ruleFor(id);
        return (
          <span key={id} data-rule-id={id}>
            {i > 0 ? '; ' : ''}Rule {id}: {rule.title} ({citationText(id, authority)}).
          </span>
        );
      })}
    </>
  );
}

function DifferenceItem({ model, authority, difference }: { model: ChartModel; authority: AuthorityId; difference: PathDifference }) {
  const tag = <strong className="govuk-!-font-weight-bold">{SIDE_TAG[difference.side]}:</strong>;
  if (difference.kind === 'transition') {
    const t = difference.transition;
    return (
      <li data-difference="transition" data-side={difference.side} data-transition-id={t.id}>
        {tag} transition from {stateName(model, t.source)} to {stateName(model, t.target)}, “{transitionLabel(t)}”.
        <RulesBehind rules={difference.rules} authority={authority} />
      </li>
    );
  }
  return (
    <li data-difference="state" data-side={difference.side} data-state-id={difference.state}>
      {tag} state {stateName(model, difference.state)}
      {difference.via ? `, reached from ${stateName(model, difference.via.source)}` : ''}.
      <RulesBehind rules={difference.rules} authority={authority} />
    </li>
  );
}

function StepList({ model, steps, label }: { model: ChartModel; steps: PathStep[]; label: string }) {
  return (
    <ol className="govuk-list govuk-list--number govuk-body-s" aria-label={label}>
      {steps.map((step, i) => (
        <li key={i} data-side={step.side}>
          {stateName(model, step.state)}
          {step.transition ? `, by ${transitionLabel(step.transition)}` : ''} ({PATH_SIDE_TEXT[step.side]})
        </li>
      ))}
    </ol>
  );
}

export function PathCompareChart({ machine, authority, traineePath, expectedPath, heading = 'Your path and the expected path', headingLevel = 2 }: PathCompareChartProps) {
  const ids = useId();
  const model = modelFor(machine);
  const layoutState = useChartLayout(model, DEFAULT_LAYOUT_OPTIONS);
  const layout = layoutState.status === 'failed' ? undefined : layoutState.layout;
  const [selection, setSelection] = useState<Selection>();
  const comparison = useMemo(() => comparePaths(model, traineePath, expectedPath), [model, traineePath, expectedPath]);

  const view: ChartView = useMemo(
    () => ({ ...EMPTY_VIEW, pathSides: { states: comparison.states, transitions: comparison.transitions }, ...(selection ? { selected: selection } : {}) }),
    [comparison, selection],
  );
  const onSelectState = useCallback((id: string) => setSelection({ kind: 'state', id }), []);
  const onActivateTransition = useCallback((id: string) => setSelection({ kind: 'transition', id }), []);
  const onToggle = useCallback(() => undefined, []);

  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const parting = comparison.parting;
  const undrawn = (t: ChartTransition | undefined) => t && layout && !layout.edges.some((e) => e.transition === t.id);
  const hiddenSteps = [...comparison.trainee, ...comparison.expected].filter((s) => undrawn(s.transition)).length;

  return (
    <section className="fd-path-compare" aria-labelledby={`${ids}-heading`} data-testid="path-compare-chart" data-same={comparison.same ? 'true' : 'false'}>
      <H className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={`${ids}-heading`}>
        {heading}
      </H>
      <p className="govuk-body" data-testid="path-compare-summary">
        {comparison.same
          ? 'Your path is the expected path.'
          : parting?.after
            ? `The paths part after ${stateName(model, parting.after)}: yours goes to ${parting.trainee ? stateName(model, parting.trainee) : 'no further state'}, the expected one to ${parting.expected ? stateName(model, parting.expected) : 'no further state'}.`
            : `The paths differ from the start: yours begins at ${parting?.trainee ? stateName(model, parting.trainee) : 'no state'}, the expected one at ${parting?.expected ? stateName(model, parting.expected) : 'no state'}.`}
      </p>

      <ul className="fd-path-legend govuk-body-s" aria-label="Key to the chart">
        <li className="fd-path-legend__item">
          <span className="fd-path-legend__swatch" data-path-side="both" aria-hidden="true" />
          On both paths: thick solid line
        </li>
        <li className="fd-path-legend__item">
          <span className="fd-path-legend__swatch" data-path-side="trainee" aria-hidden="true" />
          Trainee only: dashed line, tagged “Trainee”
        </li>
        <li className="fd-path-legend__item">
          <span className="fd-path-legend__swatch" data-path-side="expected" aria-hidden="true" />
          Expected only: dotted line, tagged “Expected”
        </li>
      </ul>

      {layout ? (
        <ChartCanvas
          model={model}
          layout={layout}
          view={view}
          label={`Chart of the ${machine === 'contact' ? 'contact' : 'information request'} procedure with your path and the expected path`}
          onSelectState={onSelectState}
          onActivateTransition={onActivateTransition}
          onToggle={onToggle}
          compact
        />
      ) : (
        <p className="govuk-body-s">{layoutState.status === 'failed' ? 'The chart could not be drawn; the differences are listed below.' : 'Drawing the chart…'}</p>
      )}
      {selection && <DetailsPanel model={model} authority={authority} selection={selection} onSelect={setSelection} headingLevel={3} />}

      <Sub className="govuk-heading-s govuk-!-margin-top-4">Differences</Sub>
      {comparison.differences.length === 0 ? (
        <p className="govuk-body-s">None: every state and transition is on both paths.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet govuk-body-s" aria-label="Differences between your path and the expected path">
          {comparison.differences.map((d) => (
            <DifferenceItem key={`${d.kind}:${d.side}:${d.kind === 'state' ? d.state : d.transition.id}`} model={model} authority={authority} difference={d} />
          ))}
        </ul>
      )}
      {hiddenSteps > 0 && <p className="govuk-body-s">Back and Change steps are listed below but not drawn on the chart.</p>}

      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Both paths step by step</span>
        </summary>
        <div className="govuk-details__text">
          <Sub className="govuk-heading-s">Your path</Sub>
          <StepList model={model} steps={comparison.trainee} label="Your path" />
          <Sub className="govuk-heading-s">Expected path</Sub>
          <StepList model={model} steps={comparison.expected} label="Expected path" />
        </div>
      </details>
    </section>
  );
}

export default PathCompareChart;
