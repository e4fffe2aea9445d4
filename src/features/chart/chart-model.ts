import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition, StateValue } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { isRuleId, RULE_IDS, type RuleId } from '../../../machines/rules/rule-ids';
import { describeGuard, type GuardInfo } from './guards';

// The chart's model of a machine, derived from the machine itself (xstate/graph's toDirectedGraph) so
// that the drawing can never disagree with what runs. toDirectedGraph lists the event transitions of
// every state node; it leaves out eventless (`always`) transitions, so those are read from the same state
// nodes here. States are named by their path from the root ('intake.referrer'), the names `context.path`
// and scenario results use.

export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final' | 'history' | 'choice';

export interface ChartState {
  /** Path from the root: 'intake.referrer'. */
  id: string;
  key: string;
  parent?: string;
  depth: number;
  kind: StateKind;
  /** For a compound state, its initial child. */
  initial?: string;
  children: string[];
  description?: string;
  /** meta.rules, then any rule id the description cites, in that order, without repeats. */
  rules: RuleId[];
  tags: string[];
}

export interface BranchInfo {
  /** 1-based position among the state's eventless branches: the first whose guard holds is taken. */
  index: number;
  of: number;
  /** The unguarded last branch ("otherwise"). */
  isDefault: boolean;
}

export interface ChartTransition {
  /** Unique and stable: `${source}:${event or 'always'}:${n}`. */
  id: string;
  source: string;
  /** For a transition without target (actions only), the source itself. */
  target: string;
  /** The event type; '' for an eventless transition. */
  event: string;
  eventless: boolean;
  /** No target: the machine stays where it is and only runs actions. */
  internal: boolean;
  guard?: GuardInfo;
  /** The rule the transition cites (`meta.rule`). */
  rule?: RuleId;
  /** Set on eventless transitions out of a state with ordered guarded branches. */
  branch?: BranchInfo;
  actions: string[];
  /** The machine's own transition object, to recognise it when xstate selects it. */
  definition: AnyTransitionDefinition;
}

export interface ChartModel {
  /** The machine's id ('contact', 'infoRequest'). */
  machineId: string;
  /** The root's initial child. */
  initial: string;
  /** Every state below the root, parents before children, in document order. */
  states: ChartState[];
  byId: Map<string, ChartState>;
  transitions: ChartTransition[];
  /** Event types the machine handles anywhere, in first-seen order. */
  events: string[];
}

const pathOf = (node: AnyStateNode) => node.path.join('.');

const RULE_PATTERN = new RegExp(`\\b(${[...RULE_IDS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

function rulesOf(node: AnyStateNode): RuleId[] {
  const meta = (node.meta ?? {}) as { rules?: unknown };
  const fromMeta = Array.isArray(meta.rules) ? meta.rules.filter((r): r is RuleId => typeof r === 'string' && isRuleId(r)) : [];
  const cited: string[] = node.description?.match(RULE_PATTERN) ?? [];
  const fromDescription = cited.filter(isRuleId);
  return [...new Set([...fromMeta, ...fromDescription])];
}

function actionName(action: unknown): string {
  if (typeof action === 'string') return action;
  if (action && typeof action === 'object' && 'type' in action) return String((action as { type: unknown }).type);
  if (typeof action === 'function') return action.name || 'inline action';
  return 'action';
}

function ruleOf(t: AnyTransitionDefinition): RuleId | undefined {
  const rule = (t.meta as { rule?: unknown } | undefined)?.rule;
  return typeof rule === 'string' && isRuleId(rule) ? rule : undefined;
}

/** A state whose only way on is a list of ordered, guarded eventless branches: a decision point. */
function isChoice(node: AnyStateNode): boolean {
  const always = node.always ?? [];
  return node.type === 'atomic' && node.transitions.size === 0 && always.length > 1 && always.some((t) => t.guard !== undefined);
}

export function buildChartModel(machine: AnyStateMachine): ChartModel {
  const graph = toDirectedGraph(machine);
  const states: ChartState[] = [];
  const transitions: ChartTransition[] = [];
  const events: string[] = [];
  const counters = new Map<string, number>();

  const add = (source: string, t: AnyTransitionDefinition, target: AnyStateNode | undefined, branch?: BranchInfo) => {
    const event = t.eventType ?? '';
    const key = `${source}:${event || 'always'}`;
    const n = counters.get(key) ?? 0;
    counters.set(key, n + 1);
    if (event && !events.includes(event)) events.push(event);
    const guard = describeGuard(t.guard);
    const rule = ruleOf(t);
    transitions.push({
      id: `${key}:${n}`,
      source,
      target: target ? pathOf(target) : source,
      event,
      eventless: event === '',
      internal: t.target === undefined || t.target.length === 0,
      ...(guard ? { guard } : {}),
      ...(rule ? { rule } : {}),
      ...(branch ? { branch } : {}),
      actions: (t.actions ?? []).map(actionName),
      definition: t,
    });
  };

  const visit = (g: DirectedGraphNode, depth: number) => {
    const node = g.stateNode;
    const id = pathOf(node);
    if (node.parent) {
      const kind: StateKind = isChoice(node) ? 'choice' : (node.type as StateKind);
      const initialTarget = node.type === 'compound' ? node.initial?.target?.[0] : undefined;
      states.push({
        id,
        key: node.key,
        ...(node.parent.parent ? { parent: pathOf(node.parent) } : {}),
        depth,
        kind,
        ...(initialTarget ? { initial: pathOf(initialTarget) } : {}),
        children: g.children.map((c) => pathOf(c.stateNode)),
        ...(node.description ? { description: node.description } : {}),
        rules: rulesOf(node),
        tags: [...(node.tags ?? [])],
      });
      // Event transitions, as toDirectedGraph lists them (one edge per target; a targetless transition
      // is given its own state as target).
      for (const edge of g.edges) add(id, edge.transition, edge.transition.target?.length ? edge.target : undefined);
      const always = node.always ?? [];
      always.forEach((t, i) => {
        const branch = always.length > 1 ? { index: i + 1, of: always.length, isDefault: t.guard === undefined } : undefined;
        add(id, t, t.target?.[0], branch);
      });
    }
    for (const child of g.children) visit(child, node.parent ? depth + 1 : depth);
  };
  visit(graph, 0);

  const root = machine.root;
  return {
    machineId: root.id,
    initial: root.initial?.target?.[0] ? pathOf(root.initial.target[0]) : (states[0]?.id ?? ''),
    states,
    byId: new Map(states.map((s) => [s.id, s])),
    transitions,
    events,
  };
}

// --- Reading a snapshot against the model ------------------------------------------------------------

/** Every active state path for a state value, ancestors included: {intake: 'referrer'} -> intake, intake.referrer. */
export function activeStates(value: StateValue | undefined): Set<string> {
  const out = new Set<string>();
  const walk = (v: StateValue, prefix: string) => {
    if (typeof v === 'string') {
      out.add(prefix ? `${prefix}.${v}` : v);
      return;
    }
    for (const [key, child] of Object.entries(v)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.add(path);
      if (child !== undefined) walk(child as StateValue, path);
    }
  };
  if (value !== undefined) walk(value, '');
  return out;
}

/** The active leaf states of a state value. */
export function activeLeaves(model: ChartModel, value: StateValue | undefined): string[] {
  const active = activeStates(value);
  return [...active].filter((id) => !model.byId.get(id)?.children.some((c) => active.has(c)));
}

export function ancestorsOf(model: ChartModel, id: string): string[] {
  const out: string[] = [];
  let parent = model.byId.get(id)?.parent;
  while (parent) {
    out.push(parent);
    parent = model.byId.get(parent)?.parent;
  }
  return out;
}

/** 'informationGathering' -> 'Information gathering'. */
export function stateTitle(state: Pick<ChartState, 'key'>): string {
  const words = state.key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 'routing' -> 'Routing', 'intake.parents' -> 'Intake › Parents'. */
export function statePathTitle(model: ChartModel, id: string): string {
  const chain = [...ancestorsOf(model, id).reverse(), id];
  return chain.map((s) => stateTitle(model.byId.get(s) ?? { key: s })).join(' › ');
}

/** The event part of a transition's label: the event type, or for eventless branches their order. */
export function eventText(t: ChartTransition): string {
  if (!t.eventless) return t.event;
  if (t.branch) return t.branch.isDefault ? `${t.branch.index}. otherwise` : `${t.branch.index}.`;
  return 'always';
}

/** The full label: `event [guard] RULE-ID`. */
export function transitionLabel(t: ChartTransition): string {
  return [eventText(t), t.guard ? `[${t.guard.text}]` : '', t.rule ?? ''].filter(Boolean).join(' ');
}

export function transitionTitle(model: ChartModel, t: ChartTransition): string {
  const from = statePathTitle(model, t.source);
  const to = t.internal ? 'stays' : `to ${statePathTitle(model, t.target)}`;
  return `${transitionLabel(t)}: ${from} ${to}`;
}

/** The transitions that leave a state or any of its ancestors: what the machine can do from there. */
export function transitionsFrom(model: ChartModel, active: Set<string>): ChartTransition[] {
  return model.transitions.filter((t) => active.has(t.source));
}
