import { useCallback, useId, useMemo, useState } from 'react';
import type { StateValue } from 'xstate';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { ChartCanvas } from './chart-canvas';
import type { ChartMachineId } from './chart-machines';
import { activeLeaves, activeStates, statePathTitle, transitionLabel } from './chart-model';
import { ChartOutline } from './chart-outline';
import { DetailsPanel } from './details-panel';
import { DEFAULT_LAYOUT_OPTIONS } from './layout';
import { takenStep } from './simulate';
import { modelFor, useChartLayout } from './use-chart';
import { EMPTY_VIEW, type ChartView, type Selection } from './view';
import './chart.scss';

// The live chart beside the wizard: the running call's active states and the transition it just took.
// It only reads what it is given (the snapshot's value, the last event and optionally context.path);
// it never sends anything. See README.md in this folder for how the wizard places it. It draws only the
// default view, which comes precomputed (default-layouts.ts): ELK's worker is started only if that file
// is stale.

export interface LiveChartProps {
  machine: ChartMachineId;
  authority: AuthorityId;
  /** `snapshot.value` of the running actor. */
  snapshotValue: StateValue;
  /** The event just sent (a new object for every send, even of the same type). */
  lastEvent?: { type: string } | null;
  /**
   * `snapshot.context.path`, when the machine records one: it tells which eventless branch the last event
   * went through (out of hours and front door both end in information gathering).
   */
  path?: readonly string[];
  heading?: string;
}

interface Track {
  key: string;
  event: LiveChartProps['lastEvent'];
  value: StateValue;
  before?: StateValue;
  pathLength: number;
  visited: readonly string[];
}

export function LiveChart({ machine, authority, snapshotValue, lastEvent, path, heading = 'Where this call is in the procedure' }: LiveChartProps) {
  const ids = useId();
  const model = modelFor(machine);
  const layoutState = useChartLayout(model, DEFAULT_LAYOUT_OPTIONS);
  const layout = layoutState.status === 'failed' ? undefined : layoutState.layout;
  const [selection, setSelection] = useState<Selection>();
  const [outlineOpen, setOutlineOpen] = useState(false);

  // The value before the last event is remembered here, so the caller only passes what it has now.
  const key = JSON.stringify(snapshotValue);
  const [track, setTrack] = useState<Track>({ key, event: lastEvent, value: snapshotValue, pathLength: path?.length ?? 0, visited: [] });
  if (track.key !== key || track.event !== lastEvent) {
    setTrack({
      key,
      event: lastEvent,
      value: snapshotValue,
      before: track.value,
      pathLength: path?.length ?? 0,
      visited: path ? path.slice(track.pathLength) : [],
    });
  }

  const taken = useMemo(
    () => takenStep(model, track.before, track.value, track.event?.type, track.visited),
    [model, track],
  );
  const view: ChartView = useMemo(
    () => ({
      ...EMPTY_VIEW,
      active: activeStates(track.value),
      taken: new Set(taken.transitions),
      passed: new Set(taken.passedThrough),
      ...(selection ? { selected: selection } : {}),
    }),
    [track.value, taken, selection],
  );

  const onSelectState = useCallback((id: string) => setSelection({ kind: 'state', id }), []);
  const onActivateTransition = useCallback((id: string) => setSelection({ kind: 'transition', id }), []);
  const onToggle = useCallback(() => undefined, []);

  const leaves = activeLeaves(model, track.value).map((l) => statePathTitle(model, l));
  const via = taken.transitions.map((id) => model.transitions.find((t) => t.id === id)).filter((t) => t !== undefined);

  return (
    <section className="fd-chart-live" aria-labelledby={`${ids}-heading`} data-testid="live-chart">
      <h2 className="govuk-heading-s" id={`${ids}-heading`}>
        {heading}
      </h2>
      <p className="govuk-body-s fd-chart-status" role="status">
        Now: {leaves.join(', ')}
        {via.length > 0 ? `, after ${via.map(transitionLabel).join(', then ')}` : ''}.
      </p>
      {layout ? (
        <ChartCanvas
          model={model}
          layout={layout}
          view={view}
          label={`Chart of the ${machine === 'contact' ? 'contact' : 'information request'} procedure`}
          onSelectState={onSelectState}
          onActivateTransition={onActivateTransition}
          onToggle={onToggle}
          compact
        />
      ) : (
        <p className="govuk-body-s">{layoutState.status === 'failed' ? 'The chart could not be drawn.' : 'Drawing the chart…'}</p>
      )}
      {selection && <DetailsPanel model={model} authority={authority} selection={selection} onSelect={setSelection} headingLevel={3} />}
      <details className="govuk-details govuk-!-margin-top-2" onToggle={(e) => setOutlineOpen(e.currentTarget.open)}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Text version of the chart</span>
        </summary>
        <div className="govuk-details__text">
          {outlineOpen && <ChartOutline model={model} authority={authority} view={view} onSelect={setSelection} headingId={`${ids}-outline`} heading="States and transitions" headingLevel={3} />}
        </div>
      </details>
    </section>
  );
}
