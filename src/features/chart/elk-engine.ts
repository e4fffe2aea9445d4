import type { ChartModel } from './chart-model';
import { startElk } from './elk-start';
import type { ChartLayout, LayoutEngine, LayoutOptions } from './layout';
import { layoutChart, layoutKey, toElkGraph } from './layout';

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

/** Starts the worker ahead of the first layout (see chart-page.tsx). */
export const warmUp = () => void startElk();

// --- Memoising layouts -----------------------------------------------------------------------------------
// In memory per engine, machine and options: the structure does not depend on the authority, so switching
// authority or comparing two reuses one layout. The worker's layouts of the uncollapsed views are also kept
// in localStorage, keyed by a hash of the exact ELK input, so a later visit draws at once; any change to
// the machine, the sizes or the options changes the hash.

const caches = new WeakMap<LayoutEngine, Map<string, Promise<ChartLayout>>>();
const STORE_PREFIX = 'front-door:chart-layout:';

function hash(text: string): string {
  // FNV-1a, 32 bits, twice with different seeds: a cache key, not a security measure.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${text.length.toString(36)}`;
}

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
    const storeKey = persist ? `${hash(JSON.stringify(toElkGraph(model, options)))}|${key}` : '';
    const stored = persist ? readStored(storeKey) : undefined;
    found = stored ? Promise.resolve(stored) : layoutChart(engine, model, options);
    if (persist && !stored) void found.then((layout) => store(storeKey, layout), () => undefined);
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}
