import { useCallback, useMemo, useState } from 'react';
import { initialTransition, transition, type AnyMachineSnapshot, type EventObject, type StateValue } from 'xstate';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { CHART_MACHINES, type ChartMachineId } from './chart-machines';
import type { ChartModel } from './chart-model';
import { takenStep, transitionOptions, type TakenStep, type TransitionOption } from './simulate';

// Simulate mode: the machine itself, stepped with xstate's pure transition() (the machines have no invoke
// or timers, so nothing else happens). Every step is kept, so Undo is just going back one.

export interface SimStep {
  event: EventObject;
  label: string;
  snapshot: AnyMachineSnapshot;
  taken: TakenStep;
}

interface SimState {
  key: string;
  initial: AnyMachineSnapshot;
  steps: SimStep[];
}

function start(machine: ChartMachineId, authority: AuthorityId): SimState {
  const entry = CHART_MACHINES[machine];
  const [initial] = initialTransition(entry.machine, entry.input(authority)) as [AnyMachineSnapshot, unknown];
  return { key: `${machine}:${authority}`, initial, steps: [] };
}

const pathOf = (snapshot: AnyMachineSnapshot): string[] => {
  const path = (snapshot.context as { path?: unknown }).path;
  return Array.isArray(path) ? (path as string[]) : [];
};

export interface Simulation {
  snapshot: AnyMachineSnapshot;
  steps: SimStep[];
  options: TransitionOption[];
  last?: SimStep;
  send: (event: EventObject, label: string) => void;
  undo: () => void;
  reset: () => void;
}

/** `active`: whether simulate mode is shown; the options (one `can` per sample answer) are only worked out then. */
export function useSimulation(model: ChartModel, machine: ChartMachineId, authority: AuthorityId, active = true): Simulation {
  const key = `${machine}:${authority}`;
  const [state, setState] = useState<SimState>(() => start(machine, authority));
  // Another machine or authority starts a new run.
  const current = state.key === key ? state : start(machine, authority);
  if (current !== state) setState(current);

  const snapshot = current.steps.at(-1)?.snapshot ?? current.initial;
  const options = useMemo(
    () => (active ? transitionOptions(model, CHART_MACHINES[machine].machine, machine, snapshot) : []),
    [active, model, machine, snapshot],
  );

  const send = useCallback(
    (event: EventObject, label: string) =>
      setState((s) => {
        const before = s.steps.at(-1)?.snapshot ?? s.initial;
        const [after] = transition(CHART_MACHINES[machine].machine, before, event) as [AnyMachineSnapshot, unknown];
        const visited = pathOf(after).slice(pathOf(before).length);
        const taken = takenStep(model, before.value as StateValue, after.value as StateValue, event.type, visited);
        return { ...s, steps: [...s.steps, { event, label, snapshot: after, taken }] };
      }),
    [machine, model],
  );
  const undo = useCallback(() => setState((s) => ({ ...s, steps: s.steps.slice(0, -1) })), []);
  const reset = useCallback(() => setState(start(machine, authority)), [machine, authority]);

  return { snapshot, steps: current.steps, options, ...(current.steps.length ? { last: current.steps.at(-1)! } : {}), send, undo, reset };
}
