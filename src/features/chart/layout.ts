import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { eventText, stateTitle, type ChartModel, type ChartTransition } from './chart-model';
import { textWidth } from './text-size';

// From the chart model to an ELK graph and back. Compound states are ELK nodes with children (laid out
// with hierarchyHandling INCLUDE_CHILDREN, so edges may cross levels); collapsing one hides its children
// and points their edges at it. ELK runs in a web worker (elk-engine.ts); this module is pure.

export interface LayoutOptions {
  /** Compound states drawn closed. */
  collapsed: ReadonlySet<string>;
  /** Hide the back and Change links (`step.back`, `answers.change`) to see the main flow. */
  hideNavigation: boolean;
}

/** The view a chart opens with: every compound state open, Back and Change transitions not drawn. */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { collapsed: new Set<string>(), hideNavigation: true };

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutNode {
  id: string;
  kind: 'state' | 'initial';
  /** Relative to the parent (ELK and React Flow both use parent-relative positions). */
  x: number;
  y: number;
  /** Absolute, for export. */
  absX: number;
  absY: number;
  width: number;
  height: number;
  parent?: string;
  /** A compound state drawn with its children. */
  open: boolean;
}

export interface LaidOutEdge {
  id: string;
  /** Transition id, or undefined for the arrow from an initial marker. */
  transition?: string;
  source: string;
  target: string;
  /** Absolute coordinates, start to end. */
  points: Point[];
  label?: { x: number; y: number; width: number; height: number };
}

export interface ChartLayout {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  width: number;
  height: number;
}

export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export const NAVIGATION_EVENTS = new Set(['step.back', 'answers.change']);

export const INITIAL_SUFFIX = '#initial';
export const initialMarkerId = (parent: string) => `${parent || '(root)'}${INITIAL_SUFFIX}`;

/** Sizes shared with the drawing (chart-canvas.tsx, svg-export.ts). */
export const SIZES = {
  titleFont: 15,
  ruleFont: 12,
  labelFont: 12,
  atomicHeight: 52,
  choiceHeight: 64,
  minWidth: 120,
  compoundHeader: 44,
  padding: 16,
  initial: 16,
  labelLine: 16,
};

/** Label lines of a transition: the event, then guard and rule. */
export function labelLines(t: ChartTransition): string[] {
  const second = [t.guard ? `[${t.guard.text}]` : '', t.rule ?? ''].filter(Boolean).join(' ');
  return second ? [eventText(t), second] : [eventText(t)];
}

export function labelSize(t: ChartTransition): { width: number; height: number } {
  const width = Math.max(...labelLines(t).map((l) => textWidth(l, SIZES.labelFont))) + 12;
  return { width, height: labelLines(t).length * SIZES.labelLine + 6 };
}

/** Which drawn node stands for a state: itself, or its outermost collapsed ancestor. */
export function visibleOwner(model: ChartModel, id: string, collapsed: ReadonlySet<string>): string {
  let owner = id;
  let cursor = model.byId.get(id)?.parent;
  while (cursor) {
    if (collapsed.has(cursor)) owner = cursor;
    cursor = model.byId.get(cursor)?.parent;
  }
  return owner;
}

export function visibleTransitions(model: ChartModel, options: LayoutOptions): ChartTransition[] {
  return model.transitions.filter((t) => !(options.hideNavigation && NAVIGATION_EVENTS.has(t.event)));
}

function stateSize(model: ChartModel, id: string): { width: number; height: number } {
  const state = model.byId.get(id)!;
  const title = textWidth(stateTitle(state), SIZES.titleFont, true);
  const rules = state.rules.length > 0 ? textWidth(ruleSummary(state.rules), SIZES.ruleFont) : 0;
  const extra = state.children.length > 0 ? 34 : 0; // the expand button
  if (state.kind === 'choice') return { width: Math.max(SIZES.minWidth, title + 56), height: SIZES.choiceHeight };
  return { width: Math.max(SIZES.minWidth, title + extra + 28, rules + 24), height: SIZES.atomicHeight };
}

/** The short rule line inside a state: 'INT-OPEN +4'. */
export function ruleSummary(rules: readonly string[]): string {
  if (rules.length === 0) return '';
  return rules.length === 1 ? rules[0]! : `${rules[0]} +${rules.length - 1}`;
}

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.json.edgeCoords': 'ROOT',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Back and Change transitions make cycles; breaking them against document order keeps the procedure
  // reading from intake to closed.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeNode': '18',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.edgeNodeBetweenLayers': '18',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
};

const COMPOUND_OPTIONS: Record<string, string> = {
  'elk.padding': `[top=${SIZES.compoundHeader},left=${SIZES.padding},bottom=${SIZES.padding},right=${SIZES.padding}]`,
};

/** The ELK graph for a model under the given options (pure). */
export function toElkGraph(model: ChartModel, options: LayoutOptions): ElkNode {
  const hidden = (id: string) => visibleOwner(model, id, options.collapsed) !== id;

  const nodeFor = (id: string): ElkNode => {
    const state = model.byId.get(id)!;
    const open = state.children.length > 0 && !options.collapsed.has(id);
    if (!open) return { id, ...stateSize(model, id) };
    const children: ElkNode[] = [];
    if (state.initial) children.push({ id: initialMarkerId(id), width: SIZES.initial, height: SIZES.initial });
    for (const c of state.children) children.push(nodeFor(c));
    return { id, layoutOptions: COMPOUND_OPTIONS, children };
  };

  const topLevel = model.states.filter((s) => s.parent === undefined).map((s) => s.id);
  const children: ElkNode[] = [{ id: initialMarkerId(''), width: SIZES.initial, height: SIZES.initial }, ...topLevel.map(nodeFor)];

  const edges: ElkExtendedEdge[] = [
    { id: `${initialMarkerId('')}->`, sources: [initialMarkerId('')], targets: [model.initial] },
  ];
  for (const s of model.states) {
    if (s.initial && !hidden(s.initial) && !options.collapsed.has(s.id) && !hidden(s.id)) {
      edges.push({ id: `${initialMarkerId(s.id)}->`, sources: [initialMarkerId(s.id)], targets: [s.initial] });
    }
  }
  for (const t of visibleTransitions(model, options)) {
    const source = visibleOwner(model, t.source, options.collapsed);
    const target = visibleOwner(model, t.target, options.collapsed);
    // Inside a collapsed state, transitions between its own children are not drawn.
    if (source === target && (hidden(t.source) || hidden(t.target))) continue;
    edges.push({ id: t.id, sources: [source], targets: [target], labels: [{ id: `${t.id}:label`, text: t.id, ...labelSize(t) }] });
  }
  return { id: '(chart)', layoutOptions: { ...ROOT_OPTIONS, 'elk.direction': directionOf(model) }, children, edges };
}

/**
 * Top to bottom, unless a decision point has so many branches that they read better as a column
 * (the information request's thirteen): then left to right.
 */
export function directionOf(model: ChartModel): 'DOWN' | 'RIGHT' {
  const widest = Math.max(0, ...model.states.filter((s) => s.kind === 'choice').map((s) => model.transitions.filter((t) => t.source === s.id && t.eventless).length));
  return widest > 8 ? 'RIGHT' : 'DOWN';
}

/** Reads ELK's answer back into positioned nodes and routed edges. */
export function fromElkGraph(graph: ElkNode): ChartLayout {
  const nodes: LaidOutNode[] = [];
  const walk = (node: ElkNode, parent: string | undefined, offsetX: number, offsetY: number) => {
    for (const child of node.children ?? []) {
      const x = child.x ?? 0;
      const y = child.y ?? 0;
      const isInitial = child.id.endsWith(INITIAL_SUFFIX);
      nodes.push({
        id: child.id,
        kind: isInitial ? 'initial' : 'state',
        x,
        y,
        absX: offsetX + x,
        absY: offsetY + y,
        width: child.width ?? 0,
        height: child.height ?? 0,
        ...(parent ? { parent } : {}),
        open: (child.children?.length ?? 0) > 0,
      });
      walk(child, child.id, offsetX + x, offsetY + y);
    }
  };
  walk(graph, undefined, 0, 0);

  const edges: LaidOutEdge[] = [];
  const collect = (node: ElkNode) => {
    for (const edge of node.edges ?? []) {
      const points: Point[] = [];
      for (const section of edge.sections ?? []) {
        points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
      }
      const label = edge.labels?.[0];
      const isInitial = edge.id.endsWith('->');
      edges.push({
        id: edge.id,
        ...(isInitial ? {} : { transition: edge.id }),
        source: edge.sources[0]!,
        target: edge.targets[0]!,
        points: points.map((p) => ({ x: p.x, y: p.y })),
        ...(label && label.x !== undefined
          ? { label: { x: label.x, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } }
          : {}),
      });
    }
    for (const child of node.children ?? []) collect(child);
  };
  collect(graph);
  return { nodes, edges, width: graph.width ?? 0, height: graph.height ?? 0 };
}

export async function layoutChart(engine: LayoutEngine, model: ChartModel, options: LayoutOptions): Promise<ChartLayout> {
  return fromElkGraph(await engine.layout(toElkGraph(model, options)));
}

export const layoutKey = (machineId: string, options: LayoutOptions) =>
  `${machineId}|${[...options.collapsed].sort().join(',')}|${options.hideNavigation ? 'main' : 'all'}`;
