import type { ChartModel } from './chart-model';
import { startElk } from './elk-start';
import type { ChartLayout, LayoutEngine, LayoutOptions } from './layout';
import { layoutChart, layoutKey } from './layout';
import { elkInputHash, precomputedLayout } from './default-layouts';

/** ELK in its web worker (elk-start.ts). */
export const workerEngine: LayoutEngine = {
  async layout(graph) {
    const elk = startElk();
    if (!elk) throw new Error('This browser cannot run the layout worker');
    performance.mark('fd-chart:layout-start');
    const result = await elk.layout(graph);
    performance.measure('fd-chart:layout', 'fd-chart:layout-start');
    return result;
  },
};

/** Starts the worker ahead of the first layout it is needed for (see chart-workspace.tsx). */
export const warmUp = () => void startElk();

/**
 * Starts the worker once the main thread is idle: after a chart's first paint, so that the first
 * collapse or expand does not wait for ELK to download and start, and nothing competes with that paint.
 */
export function warmUpWhenIdle() {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warmUp, { timeout: 2000 });
  else setTimeout(warmUp, 200);
}

// --- Memoising layouts -----------------------------------------------------------------------------------
// In memory per engine, machine and options: the structure does not depend on the authority, so switching
// authority or comparing two reuses one layout. The default views come precomputed (default-layouts.ts);
// the worker's layouts of the other uncollapsed views are kept in localStorage, keyed by a hash of the
// exact ELK input, so a later visit draws at once; any change to the machine, the sizes or the options
// changes the hash.

const caches = new WeakMap<LayoutEngine, Map<string, Promise<ChartLayout>>>();
const STORE_PREFIX = 'front-door:chart-layout:';

function readStored(key: string): ChartLayout | undefined {
  try {
    const raw = localStorage.getItem(STORE_PREFIX + key);
    return raw ? (JSON.parse(raw) as ChartLayout) : undefined;
  } catch {
    return undefined;
  }
}

function store(key: string, layout: ChartLayout) {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const old = localStorage.key(i);
      // One stored layout per machine and view: older hashes of the same view are dropped.
      if (old?.startsWith(STORE_PREFIX) && old.endsWith(`|${key.split('|').slice(1).join('|')}`)) localStorage.removeItem(old);
    }
    localStorage.setItem(STORE_PREFIX + key, JSON.stringify(layout));
  } catch {
    // Storage full or disabled: the layout is simply computed again next time.
  }
}

export function cachedLayout(engine: LayoutEngine, model: ChartModel, options: LayoutOptions): Promise<ChartLayout> {
  const key = layoutKey(model.machineId, options);
  let cache = caches.get(engine);
  if (!cache) {
    cache = new Map();
    caches.set(engine, cache);
  }
  let found = cache.get(key);
  if (!found) {
    const persist = engine === workerEngine && options.collapsed.size === 0 && typeof localStorage !== 'undefined';
    const storeKey = persist ? `${elkInputHash(model, options)}|${key}` : '';
    const stored = persist ? readStored(storeKey) : undefined;
    if (stored) found = Promise.resolve(stored);
    else if (engine === workerEngine) {
      // The default view was laid out ahead by ELK (default-layouts.ts); anything else, or a stale file,
      // goes to the worker, which only then is started.
      found = precomputedLayout(model, options).then(async (ready) => {
        if (ready) return ready;
        const layout = await layoutChart(engine, model, options);
        if (persist) store(storeKey, layout);
        return layout;
      });
    } else found = layoutChart(engine, model, options);
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}
