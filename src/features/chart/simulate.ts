import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';
import type { RuleId } from '../../../machines/rules/rule-ids';
import type { ChartMachineId } from './chart-machines';
import { activeStates, ancestorsOf, type ChartModel, type ChartTransition } from './chart-model';
import type { GuardInfo } from './guards';
import { presetsFor, type EventPreset } from './presets';

// What the running machine can do next, asked of the machine: `snapshot.can(event)` for whether an event
// is accepted, and the transition xstate would select (getTransitionData) to know which arrow it takes.

export type OptionStatus = 'enabled' | 'blocked' | 'shadowed';

export interface TransitionOption {
  transition: ChartTransition;
  presets: EventPreset[];
  status: OptionStatus;
  /** The presets that take exactly this transition. */
  enabledWith: number[];
  /** Why it cannot be taken: the guard that does not hold and the rule it encodes. */
  blockedBy?: { guard: GuardInfo; rule?: RuleId };
}

export function selectedTransitions(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventPreset['event']) {
  return snapshot.can(event) ? machine.getTransitionData(snapshot, event) : [];
}

export function transitionOptions(
  model: ChartModel,
  machine: AnyStateMachine,
  machineId: ChartMachineId,
  snapshot: AnyMachineSnapshot,
): TransitionOption[] {
  if (snapshot.status !== 'active') return [];
  const active = activeStates(snapshot.value as StateValue);
  return model.transitions
    .filter((t) => !t.eventless && active.has(t.source))
    .map((t) => {
      const presets = presetsFor(machineId, t.event, snapshot.context);
      const enabledWith = presets.flatMap((p, i) =>
        selectedTransitions(machine, snapshot, p.event).includes(t.definition) ? [i] : [],
      );
      if (enabledWith.length > 0) return { transition: t, presets, status: 'enabled' as const, enabledWith };
      if (t.guard) {
        return { transition: t, presets, status: 'blocked' as const, enabledWith, blockedBy: { guard: t.guard, ...(t.rule ? { rule: t.rule } : {}) } };
      }
      // No guard of its own, yet never selected: an earlier transition for the same event wins.
      return { transition: t, presets, status: 'shadowed' as const, enabledWith };
    });
}

/** Every chain of eventless transitions from a state to one of the given states. */
function eventlessPaths(model: ChartModel, from: string, to: Set<string>, via: ChartTransition[] = []): ChartTransition[][] {
  if (to.has(from)) return [via];
  if (via.length > model.states.length) return [];
  return model.transitions
    .filter((t) => t.eventless && t.source === from && !via.includes(t))
    .flatMap((t) => eventlessPaths(model, t.target, to, [...via, t]));
}

export interface TakenStep {
  /** The transitions just taken, in order: the event's, then any eventless hops. */
  transitions: string[];
  /** States entered and left in the same step (a decision point, a routing state). */
  passedThrough: string[];
}

/**
 * The transition(s) an event just took, from the state values before and after and the event type. The
 * event's own transition is the one from a state active before whose target (or, through eventless
 * branches, whose final stop) is active after. Two eventless routes can end in the same state (out of
 * hours and front door both lead to information gathering): `visited`, the states the machine recorded
 * entering during the step (the new tail of `context.path`), tells them apart; without it only the
 * event's own transition is marked.
 */
export function takenStep(
  model: ChartModel,
  before: StateValue | undefined,
  after: StateValue | undefined,
  eventType: string | undefined,
  visited?: readonly string[],
): TakenStep {
  const none = { transitions: [], passedThrough: [] };
  if (!before || !after || !eventType) return none;
  const was = activeStates(before);
  const now = activeStates(after);
  for (const t of model.transitions) {
    if (t.event !== eventType || !was.has(t.source)) continue;
    if (t.internal) {
      if (now.has(t.source)) return { transitions: [t.id], passedThrough: [] };
      continue;
    }
    if (now.has(t.target)) return { transitions: [t.id], passedThrough: [] };
    const routes = eventlessPaths(model, t.target, now);
    if (routes.length === 0) continue;
    const known = visited && visited.length > 1 ? visited : undefined;
    const route =
      routes.length === 1
        ? routes[0]
        : known && routes.find((r) => r.length === known.length - 1 && r.every((h, i) => h.source === known[i] && h.target === known[i + 1]));
    if (!route) return { transitions: [t.id], passedThrough: [t.target] };
    return { transitions: [t.id, ...route.map((h) => h.id)], passedThrough: [t.target, ...route.slice(0, -1).map((h) => h.target)] };
  }
  return none;
}

/** The transition that leads from one visited state to the next in a result's `path`. */
export function pathTransition(model: ChartModel, from: string, to: string): ChartTransition | undefined {
  const sources = new Set([from, ...ancestorsOf(model, from)]);
  const targets = new Set([to, ...ancestorsOf(model, to)]);
  return (
    model.transitions.find((t) => sources.has(t.source) && t.target === to) ??
    model.transitions.find((t) => sources.has(t.source) && targets.has(t.target))
  );
}
