import type { ChartModel } from './chart-model';
import { DEFAULT_LAYOUT_OPTIONS, toElkGraph, type ChartLayout, type LayoutOptions } from './layout';

// The layouts a chart opens with (every compound state open, Back and Change not drawn), computed ahead
// by ELK itself (`npm run chart:layouts`, scripts/chart-layouts.ts) and checked in as one JSON file per
// machine. A cold chart then draws without waiting for ELK's worker to download, start and lay out: that
// was most of the first paint (bench/chart.bench.ts). The worker stays for every other view (collapsed
// states, Back and Change shown).
//
// Each file carries the hash of the exact ELK input it was computed from. The app recomputes that hash
// from the machine it runs; if they differ (a machine, a size or an option changed and the file was not
// regenerated), the file is ignored and the worker lays the chart out as before: a stale file costs time,
// never a wrong drawing. test/components/chart-default-layouts.test.ts fails while a file is stale.

export interface DefaultLayoutFile {
  /** `machine.id` of the machine drawn ('contact', 'infoRequest'). */
  machineId: string;
  /** elkInputHash() of the ELK graph the layout was computed from. */
  inputHash: string;
  /** The elkjs version that computed it (for the reader; the hash decides). */
  elk: string;
  layout: ChartLayout;
}

/** FNV-1a, 32 bits, twice with different multipliers: a cache key, not a security measure. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${text.length.toString(36)}`;
}

/** The hash of the exact ELK input for a model under the given options. */
export const elkInputHash = (model: ChartModel, options: LayoutOptions) => hashText(JSON.stringify(toElkGraph(model, options)));

export const isDefaultView = (options: LayoutOptions) => options.collapsed.size === 0 && options.hideNavigation === DEFAULT_LAYOUT_OPTIONS.hideNavigation;

/** The checked-in files, by machine id; each is its own small chunk, fetched only by a chart. */
const FILES: Record<string, () => Promise<{ default: DefaultLayoutFile }>> = {
  contact: () => import('./layouts/contact.json') as Promise<{ default: DefaultLayoutFile }>,
  infoRequest: () => import('./layouts/info-request.json') as Promise<{ default: DefaultLayoutFile }>,
};

/** File names by machine id, for the generator. */
export const DEFAULT_LAYOUT_FILE_NAMES: Record<string, string> = { contact: 'contact.json', infoRequest: 'info-request.json' };

/**
 * The precomputed layout of the model's default view, or undefined when there is none for these options
 * or it was computed from a different ELK input (then the caller lays the chart out with ELK).
 */
export async function precomputedLayout(model: ChartModel, options: LayoutOptions): Promise<ChartLayout | undefined> {
  const load = FILES[model.machineId];
  if (!load || !isDefaultView(options)) return undefined;
  try {
    performance.mark('fd-chart:precomputed-start');
    const file = (await load()).default;
    const fresh = file.inputHash === elkInputHash(model, options);
    // Read by bench/chart.bench.ts: the chunk's fetch and the check, in place of ELK's layout.
    if (fresh) performance.measure('fd-chart:precomputed', 'fd-chart:precomputed-start');
    return fresh ? file.layout : undefined;
  } catch {
    // The chunk failed to load (offline after a deploy, say): ELK can still lay it out.
    return undefined;
  }
}
