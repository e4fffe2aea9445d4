import type { RuleId } from '../../../machines/rules/rule-ids';
import type { ChartModel, ChartTransition } from './chart-model';
import { pathTransition } from './simulate';
import type { PathSide } from './view';

// Two paths through one machine (the `path` a run records: the trainee's call and the scenario's expected
// one) compared state by state and transition by transition. Pure: the debrief chart and its text
// alternative both read this.

export interface PathStep {
  /** The state id as the path records it. */
  state: string;
  /** The transition from the previous step into this one, when the model has one. */
  transition?: ChartTransition;
  side: PathSide;
}

export type PathDifference =
  | { kind: 'state'; state: string; side: Exclude<PathSide, 'both'>; via?: ChartTransition; rules: RuleId[] }
  | { kind: 'transition'; transition: ChartTransition; side: Exclude<PathSide, 'both'>; rules: RuleId[] };

export interface PathComparison {
  states: Map<string, PathSide>;
  transitions: Map<string, PathSide>;
  trainee: PathStep[];
  expected: PathStep[];
  /** Where the two paths first part: the last state they share and where each goes next. */
  parting?: { after?: string; trainee?: string; expected?: string };
  /** What lies on one path only, the trainee's first, each in path order, with the rules behind it. */
  differences: PathDifference[];
  same: boolean;
}

function transitionsOf(model: ChartModel, path: readonly string[]): (ChartTransition | undefined)[] {
  return path.map((state, i) => (i === 0 ? undefined : pathTransition(model, path[i - 1]!, state)));
}

function sideOf(inTrainee: boolean, inExpected: boolean): PathSide {
  return inTrainee && inExpected ? 'both' : inTrainee ? 'trainee' : 'expected';
}

export function comparePaths(model: ChartModel, traineePath: readonly string[], expectedPath: readonly string[]): PathComparison {
  const tTrans = transitionsOf(model, traineePath);
  const eTrans = transitionsOf(model, expectedPath);
  const tStates = new Set(traineePath);
  const eStates = new Set(expectedPath);
  const tIds = new Set(tTrans.filter((t) => t !== undefined).map((t) => t.id));
  const eIds = new Set(eTrans.filter((t) => t !== undefined).map((t) => t.id));

  const states = new Map<string, PathSide>();
  for (const s of [...tStates, ...eStates]) states.set(s, sideOf(tStates.has(s), eStates.has(s)));
  const transitions = new Map<string, PathSide>();
  for (const id of [...tIds, ...eIds]) transitions.set(id, sideOf(tIds.has(id), eIds.has(id)));

  const steps = (path: readonly string[], trans: (ChartTransition | undefined)[]): PathStep[] =>
    path.map((state, i) => {
      const t = trans[i];
      return { state, ...(t ? { transition: t } : {}), side: states.get(state)! };
    });

  const differences: PathDifference[] = [];
  for (const side of ['trainee', 'expected'] as const) {
    const path = side === 'trainee' ? traineePath : expectedPath;
    const trans = side === 'trainee' ? tTrans : eTrans;
    const seenStates = new Set<string>();
    const seenTransitions = new Set<string>();
    path.forEach((state, i) => {
      const t = trans[i];
      if (t && transitions.get(t.id) === side && !seenTransitions.has(t.id)) {
        seenTransitions.add(t.id);
        differences.push({ kind: 'transition', transition: t, side, rules: t.rule ? [t.rule] : [] });
      }
      if (states.get(state) === side && !seenStates.has(state)) {
        seenStates.add(state);
        // The rule behind a state on one path only: the one its way in cites, else the state's own.
        const rules = t?.rule ? [t.rule] : [...(model.byId.get(state)?.rules ?? [])];
        differences.push({ kind: 'state', state, side, ...(t ? { via: t } : {}), rules });
      }
    });
  }

  let parting: PathComparison['parting'];
  const length = Math.max(traineePath.length, expectedPath.length);
  for (let i = 0; i < length; i++) {
    if (traineePath[i] === expectedPath[i]) continue;
    parting = {
      ...(i > 0 ? { after: traineePath[i - 1]! } : {}),
      ...(traineePath[i] !== undefined ? { trainee: traineePath[i] } : {}),
      ...(expectedPath[i] !== undefined ? { expected: expectedPath[i] } : {}),
    };
    break;
  }

  return {
    states,
    transitions,
    trainee: steps(traineePath, tTrans),
    expected: steps(expectedPath, eTrans),
    ...(parting ? { parting } : {}),
    differences,
    same: parting === undefined,
  };
}
