import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import type { StateValue } from 'xstate';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { AUTHORITY_NAMES } from '../../../machines/rules/catalogue';
import { navigate } from '../../lib/router';
import { ChartCanvas } from './chart-canvas';
import { AUTHORITIES, CHART_MACHINE_IDS, CHART_MACHINES, isAuthorityId, type ChartMachineId } from './chart-machines';
import { activeLeaves, activeStates, ancestorsOf, statePathTitle, transitionLabel, type ChartModel } from './chart-model';
import { ChartOutline } from './chart-outline';
import { ComparePanel } from './compare-panel';
import { DetailsPanel } from './details-panel';
import { ExportPanel } from './export-panel';
import { DEFAULT_LAYOUT_OPTIONS, NAVIGATION_EVENTS, type ChartLayout } from './layout';
import { PathPanel, type PathRun } from './path-panel';
import { compareAuthorities, type Reachability } from './reachability';
import { pathTransition, type TransitionOption } from './simulate';
import { presetToSend, SimulatePanel } from './simulate-panel';
import { modelFor, useChartLayout, useReachability } from './use-chart';
import { warmUpWhenIdle } from './elk-engine';
import { useSimulation, type Simulation } from './use-simulation';
import { EMPTY_VIEW, type ChartView, type Selection } from './view';
import './chart.scss';

// The chart page's body: one machine for one authority, in four modes (explore, simulate, path, compare).
// chart-page.tsx loads it lazily after asking for the default layout.

type Mode = 'explore' | 'simulate' | 'path' | 'compare';
const MODES: { id: Mode; label: string }[] = [
  { id: 'explore', label: 'Explore' },
  { id: 'simulate', label: 'Simulate' },
  { id: 'path', label: 'Path of a scenario' },
  { id: 'compare', label: 'Compare authorities' },
];

const isMode = (value: string | null): value is Mode => MODES.some((m) => m.id === value);

function greyedView(reach: Reachability | undefined): Pick<ChartView, 'greyedStates' | 'greyedTransitions'> {
  return reach
    ? { greyedStates: reach.unreachableStates, greyedTransitions: reach.neverTaken }
    : { greyedStates: EMPTY_VIEW.greyedStates, greyedTransitions: EMPTY_VIEW.greyedTransitions };
}

function simulateView(sim: Simulation): Partial<ChartView> {
  return {
    active: activeStates(sim.snapshot.value as StateValue),
    taken: new Set(sim.last?.taken.transitions ?? []),
    passed: new Set(sim.last?.taken.passedThrough ?? []),
    status: new Map(sim.options.map((o) => [o.transition.id, o.status])),
  };
}

function pathView(model: ChartModel, run: PathRun): Partial<ChartView> {
  const path = run.result.path;
  const here = path[run.step];
  const before = run.step > 0 ? path[run.step - 1] : undefined;
  const edge = here && before ? pathTransition(model, before, here) : undefined;
  return {
    active: here ? new Set([here, ...ancestorsOf(model, here)]) : new Set(),
    visited: new Set(path.slice(0, run.step + 1)),
    taken: new Set(edge ? [edge.id] : []),
  };
}

export default function ChartWorkspace({ machine, authority, mode: initialMode }: { machine: ChartMachineId; authority: AuthorityId; mode?: string }) {
  const ids = useId();
  // Layout-and-first-paint, read by bench/chart.bench.ts: from the route asking for the layout
  // (chart-page.tsx) and from this page's first render, to the first frame with the chart.
  useState(() => performance.mark('fd-chart:start'));
  const [painted, setPainted] = useState(false);
  const onPainted = useCallback(() => {
    if (performance.getEntriesByName('fd-chart:route').length > 0) performance.measure('fd-chart:route-to-paint', 'fd-chart:route');
    performance.measure('fd-chart:layout-and-paint', 'fd-chart:start');
    setPainted(true);
    warmUpWhenIdle();
  }, []);

  const model = modelFor(machine);
  const [mode, setMode] = useState<Mode>(() => {
    const fromUrl = new URLSearchParams(window.location.search).get('mode');
    return isMode(fromUrl) ? fromUrl : initialMode && isMode(initialMode) ? initialMode : 'explore';
  });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(DEFAULT_LAYOUT_OPTIONS.collapsed);
  const [showNavigation, setShowNavigation] = useState(!DEFAULT_LAYOUT_OPTIONS.hideNavigation);
  const options = useMemo(
    () => (collapsed === DEFAULT_LAYOUT_OPTIONS.collapsed && !showNavigation ? DEFAULT_LAYOUT_OPTIONS : { collapsed, hideNavigation: !showNavigation }),
    [collapsed, showNavigation],
  );
  const layoutState = useChartLayout(model, options);
  const layout: ChartLayout | undefined = layoutState.status === 'failed' ? undefined : layoutState.layout;

  const [selection, setSelection] = useState<Selection>();
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [pathRun, setPathRun] = useState<PathRun>();
  const [compareWith, setCompareWith] = useState<AuthorityId>(authority === 'hertfordshire' ? 'dorset' : 'hertfordshire');
  const other: AuthorityId = compareWith === authority ? (authority === 'hertfordshire' ? 'dorset' : 'hertfordshire') : compareWith;

  const reach = useReachability(model, machine, painted ? authority : undefined);
  const reachOther = useReachability(model, machine, painted && mode === 'compare' ? other : undefined);
  const simulation = useSimulation(model, machine, authority, mode === 'simulate');
  const optionById = useMemo(() => new Map<string, TransitionOption>(simulation.options.map((o) => [o.transition.id, o])), [simulation.options]);

  const differences = useMemo(
    () => (mode === 'compare' && reach && reachOther ? compareAuthorities(model, reach, reachOther) : undefined),
    [mode, model, reach, reachOther],
  );
  const differs = useMemo(
    () => new Set((differences ?? []).flatMap((d) => (d.kind === 'branch' ? [d.transition.id] : d.kind === 'state' ? [d.state] : []))),
    [differences],
  );

  const pathMatches = pathRun && pathRun.scenario.kind === machine && pathRun.scenario.authority === authority;
  const view: ChartView = useMemo(() => {
    const base: ChartView = { ...EMPTY_VIEW, ...greyedView(reach), ...(selection ? { selected: selection } : {}) };
    if (mode === 'simulate') return { ...base, ...simulateView(simulation) };
    if (mode === 'path' && pathRun && pathMatches) return { ...base, ...pathView(model, pathRun) };
    if (mode === 'compare') return { ...base, differs };
    return base;
  }, [reach, selection, mode, simulation, pathRun, pathMatches, model, differs]);
  const otherView: ChartView = useMemo(() => ({ ...EMPTY_VIEW, ...greyedView(reachOther), differs, ...(selection ? { selected: selection } : {}) }), [reachOther, differs, selection]);

  const send = useCallback(
    (option: TransitionOption, preset: number) => {
      const p = option.presets[preset];
      if (p) simulation.send(p.event, p.label);
    },
    [simulation],
  );
  const onSelectState = useCallback((id: string) => setSelection({ kind: 'state', id }), []);
  const onActivateTransition = useCallback(
    (id: string) => {
      const option = mode === 'simulate' ? optionById.get(id) : undefined;
      const preset = option && option.status === 'enabled' ? presetToSend(option, chosen[id]) : undefined;
      if (option && preset !== undefined) send(option, preset);
      else setSelection({ kind: 'transition', id });
    },
    [mode, optionById, chosen, send],
  );
  const onToggle = useCallback(
    (id: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const entry = CHART_MACHINES[machine];
  const name = AUTHORITY_NAMES[authority];
  const title = `${entry.title} chart for ${name}`;
  const compounds = model.states.filter((s) => s.children.length > 0).map((s) => s.id);
  const navigationCount = model.transitions.filter((t) => NAVIGATION_EVENTS.has(t.event)).length;

  const status = (() => {
    if (mode === 'simulate') {
      const leaves = activeLeaves(model, simulation.snapshot.value as StateValue).map((l) => statePathTitle(model, l));
      const last = simulation.last;
      const taken = last?.taken.transitions.map((id) => model.transitions.find((t) => t.id === id)).filter((t) => t !== undefined) ?? [];
      return `Current state: ${leaves.join(', ')}.${last ? ` Last event ${last.event.type}${taken.length ? `, via ${taken.map(transitionLabel).join(', then ')}` : ''}.` : ''}`;
    }
    if (mode === 'path' && pathRun && pathMatches) {
      const here = pathRun.result.path[pathRun.step];
      return `Step ${pathRun.step + 1} of ${pathRun.result.path.length}: ${here && model.byId.has(here) ? statePathTitle(model, here) : here}.`;
    }
    if (mode === 'compare') return `Comparing ${name} with ${AUTHORITY_NAMES[other]}.`;
    return `Showing the ${entry.title.toLowerCase()} chart for ${name}.`;
  })();

  const onPick = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    navigate(`/chart/${String(data.get('machine'))}/${String(data.get('authority'))}${window.location.search}`);
  };

  const onRunPath = (run: PathRun) => {
    setPathRun(run);
    if (run.scenario.kind !== machine || run.scenario.authority !== authority) {
      navigate(`/chart/${run.scenario.kind}/${run.scenario.authority}?mode=path`);
    }
  };

  const canvas = (which: 'main' | 'other') =>
    layout ? (
      <ChartCanvas
        model={model}
        layout={layout}
        view={which === 'main' ? view : otherView}
        label={which === 'main' ? title : `${entry.title} chart for ${AUTHORITY_NAMES[other]}`}
        onSelectState={onSelectState}
        onActivateTransition={onActivateTransition}
        onToggle={onToggle}
        {...(which === 'main' ? { onPainted } : {})}
      />
    ) : (
      <p className="govuk-body fd-chart-loading">{layoutState.status === 'failed' ? `The chart could not be laid out: ${layoutState.error}` : 'Laying out the chart…'}</p>
    );

  return (
    <div className="fd-chart-page" data-painted={painted ? 'true' : undefined} data-mode={mode}>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">State chart</span>
        {entry.title}, {name}
      </h1>
      <p className="govuk-body">
        Drawn from the {entry.title.toLowerCase()} machine itself, configured with {name}’s profile. Decision points show their branches in
        the order they are tried, each with its guard and the rule it applies. Select a state or a label for its rules and where {name}’s
        procedure says so.
      </p>

      <form className="fd-chart-pick" onSubmit={onPick} aria-label="Choose a chart">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor={`${ids}-machine`}>
            Machine
          </label>
          <select className="govuk-select" id={`${ids}-machine`} name="machine" defaultValue={machine} key={`m-${machine}`}>
            {CHART_MACHINE_IDS.map((m) => (
              <option key={m} value={m}>
                {CHART_MACHINES[m].title}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor={`${ids}-authority`}>
            Authority
          </label>
          <select className="govuk-select" id={`${ids}-authority`} name="authority" defaultValue={authority} key={`a-${authority}`}>
            {AUTHORITIES.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show chart
        </button>
      </form>

      <div className="fd-chart-modes" role="group" aria-label="Mode">
        {MODES.map((m) => (
          <button
            key={m.id}
            type="button"
            className={`fd-chart-mode${mode === m.id ? ' fd-chart-mode--current' : ''}`}
            aria-pressed={mode === m.id}
            onClick={() => setMode(m.id)}
          >
            {m.label}
          </button>
        ))}
      </div>

      <div className="fd-chart-toolbar">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={`${ids}-nav`}
              type="checkbox"
              checked={showNavigation}
              onChange={(e) => setShowNavigation(e.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={`${ids}-nav`}>
              Draw the Back and Change transitions too ({navigationCount})
            </label>
          </div>
        </div>
        {compounds.length > 0 && (
          <div className="govuk-button-group fd-chart-button-group">
            <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={() => setCollapsed(new Set(compounds))}>
              Collapse all
            </button>
            <button type="button" className="govuk-button govuk-button--secondary fd-chart-small-button" onClick={() => setCollapsed(new Set())}>
              Expand all
            </button>
          </div>
        )}
        {mode === 'compare' && (
          <div className="govuk-form-group fd-chart-compare-pick">
            <label className="govuk-label govuk-label--s" htmlFor={`${ids}-other`}>
              Compare with
            </label>
            <select className="govuk-select" id={`${ids}-other`} value={other} onChange={(e) => isAuthorityId(e.target.value) && setCompareWith(e.target.value)}>
              {AUTHORITIES.filter((a) => a.id !== authority).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>

      <p className="govuk-body fd-chart-status" role="status" data-testid="chart-status">
        {status}
      </p>

      <div className="fd-chart-workspace">
        <div className={`fd-chart-main${mode === 'compare' ? ' fd-chart-main--compare' : ''}`}>
          {mode === 'compare' ? (
            <>
              <section className="fd-chart-pane" aria-label={name} data-authority={authority}>
                <h2 className="govuk-heading-s">{name}</h2>
                {canvas('main')}
              </section>
              <section className="fd-chart-pane" aria-label={AUTHORITY_NAMES[other]} data-authority={other}>
                <h2 className="govuk-heading-s">{AUTHORITY_NAMES[other]}</h2>
                {canvas('other')}
              </section>
            </>
          ) : (
            canvas('main')
          )}
          <p className="govuk-body-s fd-chart-legend">
            Key: a blue border is the current state; a red arrow the transition just taken; dashed grey states and branches are never
            reached in {name} (checked against {reach ? reach.samples.toLocaleString('en-GB') : 'a set of'} sample calls). Drag to pan,
            scroll or use the buttons to zoom. With a keyboard or a screen reader, use the text version below the chart and the panel
            beside it: they offer everything the drawing does.
          </p>
        </div>
        <div className="fd-chart-side">
          {mode === 'simulate' && (
            <SimulatePanel
              model={model}
              simulation={simulation}
              chosen={chosen}
              onChoose={(id, preset) => setChosen((c) => ({ ...c, [id]: preset }))}
              onSend={send}
              onSelect={setSelection}
            />
          )}
          {mode === 'path' && <PathPanel model={model} {...(pathRun ? { run: pathRun } : {})} onRun={onRunPath} onStep={(step) => setPathRun((r) => (r ? { ...r, step } : r))} />}
          {mode === 'compare' && <ComparePanel model={model} left={authority} right={other} {...(differences ? { differences } : {})} onSelect={setSelection} />}
          <DetailsPanel
            model={model}
            authority={authority}
            {...(selection ? { selection } : {})}
            {...(reach ? { reachability: reach } : {})}
            {...(mode === 'simulate' ? { options: optionById } : {})}
            onSelect={setSelection}
          />
          <ExportPanel model={model} {...(layout ? { layout } : {})} view={view} title={title} fileName={`${machine}-${authority}`} />
        </div>
      </div>

      <ChartOutline
        model={model}
        authority={authority}
        view={view}
        onSelect={setSelection}
        headingId={`${ids}-outline`}
        collapsed={collapsed}
        onToggle={onToggle}
      />
    </div>
  );
}
