import { initialTransition, type AnyMachineSnapshot, type EventObject } from 'xstate';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { appliesIn, AUTHORITY_NAMES } from '../../../machines/rules/catalogue';
import type { RuleId } from '../../../machines/rules/rule-ids';
import { CHART_MACHINES, type ChartMachineId } from './chart-machines';
import { ancestorsOf, type ChartModel, type ChartTransition } from './chart-model';
import { evaluateGuard } from './guards';
import { decisionSamples } from './samples';

// Which eventless branches an authority can take, found by running the machine's own guards over the
// sample calls in samples.ts (first branch that holds wins, as in xstate). A branch no sample takes is
// "never taken" for that profile: for example the Consultation Hub outside Hertfordshire. States that can
// only be reached through such branches are unreachable for the authority.

export interface Reachability {
  authority: AuthorityId;
  samples: number;
  /** Per eventless branch (transition id): how many sample calls took it. */
  branchCounts: Map<string, number>;
  neverTaken: Set<string>;
  unreachableStates: Set<string>;
}

const PROBE: EventObject = { type: 'chart.probe' };

function prepare(model: ChartModel, machineId: ChartMachineId, authority: AuthorityId) {
  const entry = CHART_MACHINES[machineId];
  const [initial] = initialTransition(entry.machine, entry.input(authority)) as [AnyMachineSnapshot, unknown];
  const decisions = model.states.filter((s) => s.kind === 'choice');
  const branches = decisions.map((d) => model.transitions.filter((t) => t.source === d.id && t.eventless));
  const branchCounts = new Map<string, number>();
  for (const list of branches) for (const t of list) branchCounts.set(t.id, 0);
  // One snapshot object whose context is swapped per sample: guards read only `context` and, for
  // higher-order guards, `machine`.
  const snapshot = { ...initial } as AnyMachineSnapshot & { context: unknown };
  const base = initial.context as object;
  const run = (facts: Record<string, unknown>) => {
    snapshot.context = { ...base, ...facts };
    for (const list of branches) {
      const taken = list.find((t) => evaluateGuard(entry.machine, t.definition.guard, snapshot, PROBE));
      if (taken) branchCounts.set(taken.id, (branchCounts.get(taken.id) ?? 0) + 1);
    }
  };
  const finish = (samples: number): Reachability => {
    const neverTaken = new Set([...branchCounts].filter(([, n]) => n === 0).map(([id]) => id));
    return { authority, samples, branchCounts, neverTaken, unreachableStates: unreachable(model, neverTaken) };
  };
  return { run, finish };
}

export function computeReachability(model: ChartModel, machineId: ChartMachineId, authority: AuthorityId): Reachability {
  const { run, finish } = prepare(model, machineId, authority);
  let samples = 0;
  for (const facts of decisionSamples(machineId, authority)) {
    run(facts);
    samples++;
  }
  return finish(samples);
}

/** The same, in slices that give the page back between them (the contact samples take a few hundred ms). */
export async function computeReachabilityAsync(
  model: ChartModel,
  machineId: ChartMachineId,
  authority: AuthorityId,
  sliceMs = 12,
): Promise<Reachability> {
  const { run, finish } = prepare(model, machineId, authority);
  let samples = 0;
  let sliceStart = performance.now();
  for (const facts of decisionSamples(machineId, authority)) {
    run(facts);
    samples++;
    if ((samples & 255) === 0 && performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return finish(samples);
}

/** States not reachable from the initial state when the never-taken branches are removed. */
export function unreachable(model: ChartModel, blocked: Set<string>): Set<string> {
  const reached = new Set<string>();
  const queue = [model.initial];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (reached.has(id) || !model.byId.has(id)) continue;
    reached.add(id);
    const state = model.byId.get(id)!;
    for (const a of ancestorsOf(model, id)) if (!reached.has(a)) queue.push(a);
    if (state.initial) queue.push(state.initial);
    for (const t of model.transitions) {
      if (t.source === id && !blocked.has(t.id)) queue.push(t.target);
    }
  }
  return new Set(model.states.map((s) => s.id).filter((id) => !reached.has(id)));
}

const cache = new Map<string, Promise<Reachability>>();

/** Memoised per machine and authority: the answer depends only on the code and the profile. */
export function reachabilityFor(model: ChartModel, machineId: ChartMachineId, authority: AuthorityId): Promise<Reachability> {
  const key = `${machineId}:${authority}`;
  let found = cache.get(key);
  if (!found) {
    found = computeReachabilityAsync(model, machineId, authority);
    cache.set(key, found);
  }
  return found;
}

export type Difference =
  | { kind: 'branch'; transition: ChartTransition; takenIn: AuthorityId; neverIn: AuthorityId }
  | { kind: 'state'; state: string; reachableIn: AuthorityId; unreachableIn: AuthorityId }
  | { kind: 'rule'; state: string; rule: RuleId; statedIn: AuthorityId; notStatedIn: AuthorityId };

/** What differs between two authorities on the same machine: branches, reachable states, cited rules. */
export function compareAuthorities(model: ChartModel, a: Reachability, b: Reachability): Difference[] {
  const out: Difference[] = [];
  for (const t of model.transitions) {
    if (!a.branchCounts.has(t.id)) continue;
    const inA = !a.neverTaken.has(t.id);
    const inB = !b.neverTaken.has(t.id);
    if (inA !== inB) {
      out.push({ kind: 'branch', transition: t, takenIn: inA ? a.authority : b.authority, neverIn: inA ? b.authority : a.authority });
    }
  }
  for (const s of model.states) {
    const inA = !a.unreachableStates.has(s.id);
    const inB = !b.unreachableStates.has(s.id);
    if (inA !== inB) {
      out.push({ kind: 'state', state: s.id, reachableIn: inA ? a.authority : b.authority, unreachableIn: inA ? b.authority : a.authority });
    }
  }
  for (const s of model.states) {
    for (const rule of s.rules) {
      const inA = appliesIn(rule, a.authority);
      const inB = appliesIn(rule, b.authority);
      if (inA !== inB) {
        out.push({ kind: 'rule', state: s.id, rule, statedIn: inA ? a.authority : b.authority, notStatedIn: inA ? b.authority : a.authority });
      }
    }
  }
  return out;
}

export const authorityName = (id: AuthorityId) => AUTHORITY_NAMES[id];
