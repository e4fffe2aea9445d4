import {
  Controls,
  EdgeLabelRenderer,
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { stateTitle, transitionTitle, type ChartModel, type ChartState, type ChartTransition } from './chart-model';
import { labelLines, ruleSummary, type ChartLayout, type LaidOutEdge, type LaidOutNode } from './layout';
import { PATH_SIDE_TEXT, STATUS_TEXT, type ChartView, type PathSide } from './view';

// The chart drawn with React Flow. Positions and edge routes come from ELK (layout.ts): React Flow only
// renders, pans and zooms. Node and label markup carries the live state as data-* attributes
// (data-active, data-taken, ...) for styling and tests.
//
// The drawing is a pointer surface: states, labels and the expand/collapse marks are clicked, not
// tabbed to (one delegated listener reads their data-* ids). At a zoom where the whole chart fits they
// are far smaller than a 24px target, so the same functions are offered as real controls next to it:
// the text version (every state and transition, keyboard-walkable, with expand/collapse), the side
// panels and the toolbar (WCAG 2.5.8, "equivalent" exception). The zoom buttons are real buttons.

interface StateFlags {
  active: boolean;
  passed: boolean;
  visited: boolean;
  greyed: boolean;
  differs: boolean;
  selected: boolean;
  side?: PathSide;
}

type StateNodeData = {
  state: ChartState;
  open: boolean;
  flags: StateFlags;
};
type MarkerNodeData = { kind: 'initial' | 'bounds' };
type StateNodeType = Node<StateNodeData, 'state'>;
type MarkerNodeType = Node<MarkerNodeData, 'marker'>;

type ElkEdgeData = {
  points: { x: number; y: number }[];
  label?: LaidOutEdge['label'];
  transition?: ChartTransition;
  title: string;
  taken: boolean;
  greyed: boolean;
  differs: boolean;
  selected: boolean;
  status?: 'enabled' | 'blocked' | 'shadowed';
  side?: PathSide;
  markerPrefix: string;
};
type ElkEdgeType = Edge<ElkEdgeData, 'elk'>;

const attr = (on: boolean) => (on ? 'true' : undefined);

function flagText(flags: StateFlags): string {
  return [
    flags.active ? 'current' : '',
    flags.passed ? 'passed through' : '',
    flags.greyed ? 'never reached for this authority' : '',
    flags.differs ? 'differs between the authorities' : '',
    flags.side ? PATH_SIDE_TEXT[flags.side] : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const StateNode = memo(function StateNode({ data }: NodeProps<StateNodeType>) {
  const { state, open, flags } = data;
  const title = stateTitle(state);
  const compound = state.children.length > 0;
  const extra = flagText(flags);
  return (
    <div
      className={`fd-chart-node fd-chart-node--${state.kind}${compound ? ' fd-chart-node--compound' : ''}${compound && open ? ' fd-chart-node--open' : ''}`}
      data-state-id={state.id}
      data-kind={state.kind}
      data-active={attr(flags.active)}
      data-passed={attr(flags.passed)}
      data-visited={attr(flags.visited)}
      data-greyed={attr(flags.greyed)}
      data-differs={attr(flags.differs)}
      data-selected={attr(flags.selected)}
      data-path-side={flags.side}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} className="fd-chart-handle" />
      <div className="fd-chart-node__head">
        <span className="fd-chart-node__title" data-select-state={state.id} title={`${title}${extra ? `: ${extra}` : ''}`}>
          {title}
        </span>
        {compound && (
          <span className="fd-chart-node__toggle" data-toggle-state={state.id} data-open={open ? 'true' : 'false'} title={`${open ? 'Collapse' : 'Expand'} ${title}`}>
            {open ? '−' : '+'}
          </span>
        )}
      </div>
      {!open && state.kind !== 'choice' && state.rules.length > 0 && <span className="fd-chart-node__rules">{ruleSummary(state.rules)}</span>}
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="fd-chart-handle" />
    </div>
  );
});

function MarkerNode({ data }: NodeProps<MarkerNodeType>) {
  if (data.kind === 'bounds') return <div className="fd-chart-bounds" aria-hidden="true" />;
  return (
    <div className="fd-chart-marker" aria-hidden="true">
      <Handle type="target" position={Position.Top} isConnectable={false} className="fd-chart-handle" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="fd-chart-handle" />
    </div>
  );
}

function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
}

function markerFor(d: Pick<ElkEdgeData, 'taken' | 'greyed' | 'markerPrefix'>): string {
  return `url(#${d.markerPrefix}-${d.taken ? 'taken' : d.greyed ? 'greyed' : 'plain'})`;
}

const ElkEdge = memo(function ElkEdge({ data }: EdgeProps<ElkEdgeType>) {
  if (!data) return null;
  const t = data.transition;
  const label = data.label;
  return (
    <>
      <path
        className="react-flow__edge-path fd-chart-edge"
        d={pathOf(data.points)}
        markerEnd={markerFor(data)}
        data-transition-id={t?.id}
        data-taken={attr(data.taken)}
        data-greyed={attr(data.greyed)}
        data-status={data.status}
        data-path-side={data.side}
      />
      {t && label && (
        <EdgeLabelRenderer>
          <div
            className="fd-chart-label"
            style={{ transform: `translate(${label.x}px, ${label.y}px)`, width: label.width, height: label.height }}
            data-transition-id={t.id}
            data-event={t.event || undefined}
            data-taken={attr(data.taken)}
            data-greyed={attr(data.greyed)}
            data-differs={attr(data.differs)}
            data-selected={attr(data.selected)}
            data-status={data.status}
            data-path-side={data.side}
            title={`${data.title}${data.status ? ` (${STATUS_TEXT[data.status]})` : ''}${data.greyed ? ' (never taken for this authority)' : ''}${data.side ? ` (${PATH_SIDE_TEXT[data.side]})` : ''}`}
          >
            {labelLines(t).map((line, i) => (
              <span key={i} className={i === 0 ? 'fd-chart-label__event' : 'fd-chart-label__guard'}>
                {line}
              </span>
            ))}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

const nodeTypes = { state: StateNode, marker: MarkerNode };
const edgeTypes = { elk: ElkEdge };

// The node and edge objects last given to each drawing (by layout, then by drawing).
const drawn = new WeakMap<ChartLayout, Map<string, { nodes: Map<string, unknown>; edges: Map<string, unknown> }>>();

/** Returns the previous object for every node or edge whose data did not change. */
function reuse<T extends { id: string; data?: unknown }>(layout: ChartLayout, drawing: string, kind: 'nodes' | 'edges', next: T[]): T[] {
  let byDrawing = drawn.get(layout);
  if (!byDrawing) {
    byDrawing = new Map();
    drawn.set(layout, byDrawing);
  }
  let store = byDrawing.get(drawing);
  if (!store) {
    store = { nodes: new Map(), edges: new Map() };
    byDrawing.set(drawing, store);
  }
  const before = store[kind];
  const out = next.map((item) => {
    const old = before.get(item.id) as T | undefined;
    return old && sameData(old.data, item.data) ? old : item;
  });
  store[kind] = new Map(out.map((item) => [item.id, item]));
  return out;
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (x === y) return true;
    // The flags object of a state: compare its booleans.
    return k === 'flags' && sameData(x, y);
  });
}

export interface ChartCanvasProps {
  model: ChartModel;
  layout: ChartLayout;
  view: ChartView;
  /** Accessible name of the drawing, e.g. "State chart of Contact for Hertfordshire". */
  label: string;
  onSelectState: (id: string) => void;
  /** Clicking a transition label: details, or in simulate mode, send it. */
  onActivateTransition: (id: string) => void;
  onToggle: (id: string) => void;
  /** Small side-by-side drawing: no zoom buttons, keeps the active state in view. */
  compact?: boolean;
  /** Called once the first frame with nodes has been painted. */
  onPainted?: () => void;
}

export const BOUNDS_ID = '(bounds)';

function buildNodes(model: ChartModel, layout: ChartLayout, view: ChartView) {
  // An empty node as large as the whole layout, first so it sits behind everything: React Flow fits the
  // view to nodes only, and edge labels can stick out beyond the outermost states.
  const bounds: MarkerNodeType = {
    id: BOUNDS_ID,
    type: 'marker',
    data: { kind: 'bounds' },
    position: { x: 0, y: 0 },
    width: layout.width,
    height: layout.height,
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    ariaRole: 'presentation',
    style: { pointerEvents: 'none' },
    domAttributes: { 'aria-hidden': true },
    zIndex: -1,
  };
  const nodes = layout.nodes.map((n: LaidOutNode): StateNodeType | MarkerNodeType => {
    const base = {
      id: n.id,
      position: { x: n.x, y: n.y },
      width: n.width,
      height: n.height,
      ...(n.parent ? { parentId: n.parent, extent: 'parent' as const } : {}),
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
    };
    if (n.kind === 'initial') return { ...base, type: 'marker', data: { kind: 'initial' }, ariaRole: 'presentation', domAttributes: { 'aria-hidden': true } };
    const state = model.byId.get(n.id)!;
    const flags: StateFlags = {
      active: view.active.has(n.id),
      passed: view.passed.has(n.id),
      visited: view.visited.has(n.id),
      greyed: view.greyedStates.has(n.id),
      differs: view.differs.has(n.id),
      selected: view.selected?.kind === 'state' && view.selected.id === n.id,
      ...(view.pathSides?.states.has(n.id) ? { side: view.pathSides.states.get(n.id) } : {}),
    };
    return {
      ...base,
      type: 'state',
      ariaRole: 'group',
      ariaLabel: stateTitle(state),
      ...(n.open ? { style: { pointerEvents: 'none' as const } } : {}),
      data: { state, open: n.open, flags },
    };
  });
  return [bounds, ...nodes];
}

/**
 * Where the drawing starts: the whole chart if it can be read that way, otherwise its top left (or top
 * centre, if it fits across) at a zoom where the text can be read. The fit button shows all of it.
 */
export function initialViewport(layout: Pick<ChartLayout, 'width' | 'height'>, box: { width: number; height: number }, readable = 0.55) {
  const fit = Math.min(box.width / layout.width, box.height / layout.height);
  const zoom = Math.min(1, Math.max(fit, readable));
  const x = layout.width * zoom <= box.width ? (box.width - layout.width * zoom) / 2 : 8;
  const y = layout.height * zoom <= box.height ? (box.height - layout.height * zoom) / 2 : 8;
  return { x, y, zoom };
}

function buildEdges(model: ChartModel, layout: ChartLayout, view: ChartView, markerPrefix: string) {
  const byId = new Map(model.transitions.map((t) => [t.id, t]));
  return layout.edges.map((e): ElkEdgeType => {
    const t = e.transition ? byId.get(e.transition) : undefined;
    const status = t ? view.status.get(t.id) : undefined;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'elk',
      selectable: false,
      focusable: false,
      // The lines are drawing only; each transition is named by its label and in the text version.
      ariaRole: 'presentation',
      ariaLabel: null as unknown as string,
      domAttributes: { 'aria-hidden': true },
      // Above compound states' boxes, so an arrow inside a compound state is never hidden by it.
      zIndex: 1000,
      data: {
        points: e.points,
        ...(e.label ? { label: e.label } : {}),
        ...(t ? { transition: t } : {}),
        title: t ? transitionTitle(model, t) : 'start',
        taken: t ? view.taken.has(t.id) : false,
        greyed: t ? view.greyedTransitions.has(t.id) : false,
        differs: t ? view.differs.has(t.id) : false,
        selected: view.selected?.kind === 'transition' && view.selected.id === t?.id,
        ...(status ? { status } : {}),
        ...(t && view.pathSides?.transitions.has(t.id) ? { side: view.pathSides.transitions.get(t.id) } : {}),
        markerPrefix,
      },
    };
  });
}

function CanvasInner(props: ChartCanvasProps) {
  const { model, layout, view, compact, onPainted, onSelectState, onToggle, onActivateTransition } = props;
  const markerPrefix = `fd-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  // A step changes the marks on a handful of states and arrows: the others keep the very same objects,
  // so React Flow and the memoised node and edge components skip them.
  const nodes = useMemo(() => reuse(layout, markerPrefix, 'nodes', buildNodes(model, layout, view)), [model, layout, view, markerPrefix]);
  const edges = useMemo(() => reuse(layout, markerPrefix, 'edges', buildEdges(model, layout, view, markerPrefix)), [model, layout, view, markerPrefix]);

  // One listener for every click on the drawing (see the note at the top of this file).
  const handlers = useRef({ onSelectState, onToggle, onActivateTransition });
  useLayoutEffect(() => {
    handlers.current = { onSelectState, onToggle, onActivateTransition };
  });
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const toggle = target?.closest<HTMLElement>('[data-toggle-state]');
      if (toggle?.dataset.toggleState) return handlers.current.onToggle(toggle.dataset.toggleState);
      const label = target?.closest<HTMLElement>('.fd-chart-label[data-transition-id]');
      if (label?.dataset.transitionId) return handlers.current.onActivateTransition(label.dataset.transitionId);
      const state = target?.closest<HTMLElement>('.fd-chart-node[data-state-id]');
      if (state?.dataset.stateId) handlers.current.onSelectState(state.dataset.stateId);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, []);

  const painted = useRef(false);
  useLayoutEffect(() => {
    if (painted.current || nodes.length === 0) return;
    painted.current = true;
    requestAnimationFrame(() => onPainted?.());
  }, [nodes, onPainted]);

  // Every new layout (first one, collapse, expand, filter) starts from the initial viewport.
  useLayoutEffect(() => {
    if (compact) return;
    const box = wrapper.current?.getBoundingClientRect();
    if (box && box.width > 0) void flow.setViewport(initialViewport(layout, box));
  }, [flow, layout, compact]);

  // The active state is kept in view: the small live drawing centres on it, the full one pans to it
  // when a step moves it out of sight.
  const activeLeaf = [...view.active].filter((id) => !model.byId.get(id)?.children.some((c) => view.active.has(c))).at(-1);
  useEffect(() => {
    const node = activeLeaf ? layout.nodes.find((n) => n.id === activeLeaf) : undefined;
    const box = wrapper.current?.getBoundingClientRect();
    if (!node || !box || box.width === 0) return;
    const cx = node.absX + node.width / 2;
    const cy = node.absY + node.height / 2;
    const { x, y, zoom } = flow.getViewport();
    const sx = cx * zoom + x;
    const sy = cy * zoom + y;
    const inView = sx > 60 && sx < box.width - 60 && sy > 60 && sy < box.height - 60;
    if (compact || !inView) void flow.setCenter(cx, cy, { zoom: compact ? 0.9 : zoom, duration: 200 });
  }, [activeLeaf, flow, layout, compact]);

  return (
    <div className="fd-chart-canvas__inner" ref={wrapper}>
      <svg className="fd-chart-defs" aria-hidden="true" focusable="false">
        <defs>
          {(['plain', 'taken', 'greyed'] as const).map((kind) => (
            <marker key={kind} id={`${markerPrefix}-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className={`fd-chart-arrow fd-chart-arrow--${kind}`} />
            </marker>
          ))}
        </defs>
      </svg>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...(compact ? { fitView: true } : {})}
        fitViewOptions={{ padding: 0.02 }}
        minZoom={0.05}
        maxZoom={2.5}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        zoomOnDoubleClick={false}
        aria-label={props.label}
      >
        <Controls showInteractive={false} position="top-right" fitViewOptions={{ padding: 0.02 }} />
      </ReactFlow>
    </div>
  );
}

export function ChartCanvas(props: ChartCanvasProps) {
  return (
    <div className={`fd-chart-canvas${props.compact ? ' fd-chart-canvas--compact' : ''}`} data-chart-ready="true" data-machine={props.model.machineId}>
      <ReactFlowProvider>
        <CanvasInner {...props} />
      </ReactFlowProvider>
    </div>
  );
}
