import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHART_MACHINE_IDS, modelFor } from '../../src/features/chart/chart-machines';
import { DEFAULT_LAYOUT_FILE_NAMES, elkInputHash, precomputedLayout, type DefaultLayoutFile } from '../../src/features/chart/default-layouts';
import { computeDefaultLayoutFile } from '../../src/features/chart/default-layouts-build';
import { DEFAULT_LAYOUT_OPTIONS } from '../../src/features/chart/layout';

// The default chart layouts are computed ahead by ELK and checked in (src/features/chart/layouts). A stale
// file would not draw a wrong chart (the app checks the input hash and falls back to the worker) but it
// would silently bring back the slow cold start, so it fails here.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STALE = 'is stale: run `npm run chart:layouts` and commit src/features/chart/layouts';

describe('precomputed default chart layouts', { timeout: 30_000 }, () => {
  it.each(CHART_MACHINE_IDS)('the %s layout file is what ELK computes from the machine now', async (machine) => {
    const model = modelFor(machine);
    const file = JSON.parse(readFileSync(path.join(root, 'src/features/chart/layouts', DEFAULT_LAYOUT_FILE_NAMES[model.machineId]!), 'utf8')) as DefaultLayoutFile;
    expect(file.inputHash, `${machine} ${STALE}`).toBe(elkInputHash(model, DEFAULT_LAYOUT_OPTIONS));
    const fresh = await computeDefaultLayoutFile(model, file.elk);
    expect(file.layout, `${machine} ${STALE}`).toEqual(fresh.layout);
    // Every state of the machine has a place in it.
    const placed = new Set(file.layout.nodes.map((n) => n.id));
    expect(model.states.filter((s) => !placed.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('is used only for the default view of the machine it was computed from', async () => {
    const model = modelFor('contact');
    await expect(precomputedLayout(model, DEFAULT_LAYOUT_OPTIONS)).resolves.toMatchObject({ nodes: expect.any(Array) });
    await expect(precomputedLayout(model, { collapsed: new Set(['intake']), hideNavigation: true })).resolves.toBeUndefined();
    await expect(precomputedLayout(model, { collapsed: new Set(), hideNavigation: false })).resolves.toBeUndefined();
    // Another input (a state renamed, say) does not match the file's hash: the worker must lay it out.
    const changed = { ...model, states: model.states.map((s) => (s.id === 'routing' ? { ...s, key: 'routingRenamed' } : s)) };
    changed.byId = new Map(changed.states.map((s) => [s.id, s]));
    await expect(precomputedLayout(changed, DEFAULT_LAYOUT_OPTIONS)).resolves.toBeUndefined();
  });
});
