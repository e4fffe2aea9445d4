import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import type { ChartMachineId } from './chart-machines';
import type { ChartModel } from './chart-model';
export { modelFor } from './chart-machines';
import { cachedLayout, workerEngine } from './elk-engine';
import { layoutKey, type ChartLayout, type LayoutEngine, type LayoutOptions } from './layout';
import { reachabilityFor, type Reachability } from './reachability';

/** The layout engine: ELK in a worker in the app; tests give one that runs in-process. */
export const LayoutEngineContext = createContext<LayoutEngine>(workerEngine);

export type LayoutState = { status: 'pending'; layout?: ChartLayout } | { status: 'ready'; layout: ChartLayout } | { status: 'failed'; error: string };

type Settled = { key: string; layout: ChartLayout } | { key: string; error: string };

/** Lays out the model; while a new layout is computed the previous one stays on screen. */
export function useChartLayout(model: ChartModel, options: LayoutOptions): LayoutState {
  const engine = useContext(LayoutEngineContext);
  const [settled, setSettled] = useState<Settled>();
  const { collapsed, hideNavigation } = options;
  const key = layoutKey(model.machineId, options);
  // Asked for while rendering, not after the first paint: the worker starts as early as it can. The
  // call is idempotent (memoised per engine, machine and options).
  const pending = useMemo(() => cachedLayout(engine, model, { collapsed, hideNavigation }), [engine, model, collapsed, hideNavigation]);
  useEffect(() => {
    let live = true;
    pending.then(
      (layout) => live && setSettled({ key, layout }),
      (error: unknown) => live && setSettled({ key, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [pending, key]);
  if (settled && 'error' in settled) return settled.key === key ? { status: 'failed', error: settled.error } : { status: 'pending' };
  if (settled?.key === key) return { status: 'ready', layout: settled.layout };
  return settled ? { status: 'pending', layout: settled.layout } : { status: 'pending' };
}

/**
 * Which eventless branches the authority can take. Pass `authority` only once the chart has been painted:
 * the sampling takes a few hundred milliseconds of main-thread time (in slices) and must not compete
 * with the first layout.
 */
export function useReachability(model: ChartModel, machine: ChartMachineId, authority: AuthorityId | undefined): Reachability | undefined {
  const [result, setResult] = useState<{ key: string; reachability: Reachability }>();
  const key = `${machine}:${authority}`;
  useEffect(() => {
    if (!authority) return;
    let live = true;
    const timer = setTimeout(() => {
      void reachabilityFor(model, machine, authority).then((reachability) => live && setResult({ key: `${machine}:${authority}`, reachability }));
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, machine, authority]);
  return result?.key === key ? result.reachability : undefined;
}
