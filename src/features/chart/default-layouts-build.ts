import ELK from 'elkjs/lib/elk.bundled.js';
import type { ChartModel } from './chart-model';
import { elkInputHash, type DefaultLayoutFile } from './default-layouts';
import { DEFAULT_LAYOUT_OPTIONS, layoutChart, type ChartLayout } from './layout';

// Computing a default layout file, in Node (scripts/chart-layouts.ts and the freshness test). Never
// imported by the app: it bundles all of ELK in-process.

const round = (x: number) => Math.round(x * 100) / 100;

/** Coordinates to 1/100 px: ELK's long fractions only add bytes. */
function rounded(layout: ChartLayout): ChartLayout {
  return {
    ...layout,
    width: round(layout.width),
    height: round(layout.height),
    nodes: layout.nodes.map((n) => ({ ...n, x: round(n.x), y: round(n.y), absX: round(n.absX), absY: round(n.absY), width: round(n.width), height: round(n.height) })),
    edges: layout.edges.map((e) => ({
      ...e,
      points: e.points.map((p) => ({ x: round(p.x), y: round(p.y) })),
      ...(e.label ? { label: { x: round(e.label.x), y: round(e.label.y), width: round(e.label.width), height: round(e.label.height) } } : {}),
    })),
  };
}

export async function computeDefaultLayoutFile(model: ChartModel, elkVersion: string): Promise<DefaultLayoutFile> {
  const elk = new ELK({ algorithms: ['layered'] });
  const layout = await layoutChart({ layout: (graph) => elk.layout(graph) }, model, DEFAULT_LAYOUT_OPTIONS);
  return { machineId: model.machineId, inputHash: elkInputHash(model, DEFAULT_LAYOUT_OPTIONS), elk: elkVersion, layout: rounded(layout) };
}

export const defaultLayoutJson = (file: DefaultLayoutFile) => `${JSON.stringify(file)}\n`;
