import { lazy, Suspense, useMemo, useState } from 'react';
import { isAuthorityId, isChartMachineId, modelFor, type ChartMachineId } from './chart-machines';
import { cachedLayout, workerEngine } from './elk-engine';
import { DEFAULT_LAYOUT_OPTIONS } from './layout';

// The chart route (/chart, /chart/:machine/:authority), loaded lazily by the app. This module is small on
// purpose: the moment the route is entered it asks for the chart's default layout, so that fetching it
// (a small JSON chunk computed ahead by ELK, default-layouts.ts) overlaps with loading the page itself
// (chart-workspace.tsx, React Flow), which then finds the layout ready or in flight (layouts are memoised
// per machine and view). ELK's worker is not needed for that first view: chart-workspace.tsx starts it
// once the chart is painted, for collapse and expand.

function useLayoutAhead(machine: ChartMachineId) {
  useMemo(() => void cachedLayout(workerEngine, modelFor(machine), DEFAULT_LAYOUT_OPTIONS).catch(() => undefined), [machine]);
}

const ChartWorkspace = lazy(() => import('./chart-workspace'));

export interface ChartPageProps {
  machine?: string;
  authority?: string;
  /** The mode to open in when the address has no ?mode= (stories). */
  mode?: 'explore' | 'simulate' | 'path' | 'compare';
}

export default function ChartPage({ machine = 'contact', authority = 'hertfordshire', mode }: ChartPageProps) {
  if (!isChartMachineId(machine) || !isAuthorityId(authority)) {
    return (
      <>
        <h1 className="govuk-heading-l">Chart not found</h1>
        <p className="govuk-body">There is no chart for “{machine}” and “{authority}”.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/chart/contact/hertfordshire">
            See the contact chart for Hertfordshire
          </a>
        </p>
      </>
    );
  }
  return <ValidChartPage machine={machine} authority={authority} {...(mode ? { mode } : {})} />;
}

function ValidChartPage({ machine, authority, mode }: { machine: ChartMachineId; authority: Parameters<typeof ChartWorkspace>[0]['authority']; mode?: string }) {
  // The clock for "layout and first paint" starts here, when the route asks for the layout (read by
  // bench/chart.bench.ts; chart-workspace.tsx stops it on the first frame with the chart).
  useState(() => performance.mark('fd-chart:route'));
  useLayoutAhead(machine);
  return (
    <Suspense fallback={<p className="govuk-body">Loading the chart…</p>}>
      <ChartWorkspace machine={machine} authority={authority} {...(mode ? { mode } : {})} />
    </Suspense>
  );
}
