import { and, not, or, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

// Reading and evaluating a transition's guard as the machine holds it. A guard is a name ('isOpenCase'),
// a name with params ({ type: 'isStep', params: { step: 'referrer' } }) or a higher-order guard built with
// xstate's and()/or()/not(). The chart only ever shows and runs the machine's own guards: it never
// restates a rule (conventions.md, "do not repeat a rule in the UI").

type GuardFn = ((args: unknown, params: unknown) => boolean) & {
  check?: (snapshot: AnyMachineSnapshot, args: unknown, self: unknown) => boolean;
  guards?: unknown;
};

// Higher-order guards are functions carrying `check` and `guards`. They are told apart by their `check`
// function, which xstate shares between all and()s (or()s, not()s); function names do not survive minifying.
const AND_CHECK = (and([]) as unknown as GuardFn).check;
const OR_CHECK = (or([]) as unknown as GuardFn).check;
const NOT_CHECK = (not('x') as unknown as GuardFn).check;

export interface GuardInfo {
  /** How the chart prints it: `isOpenCase`, `isStep(step: referrer)`, `isA && isB`, `!isA`. */
  text: string;
  /** The named guards involved, in order. */
  names: string[];
}

function formatParams(params: unknown): string {
  if (params === undefined || params === null) return '';
  if (typeof params !== 'object') return String(params);
  return Object.entries(params as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
}

export function describeGuard(guard: unknown): GuardInfo | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === 'string') return { text: guard, names: [guard] };
  if (typeof guard === 'function') {
    const fn = guard as GuardFn;
    const parts = (Array.isArray(fn.guards) ? fn.guards : [fn.guards]).map(describeGuard).filter((g) => g !== undefined);
    const wrap = (g: GuardInfo) => (/ (&&|\|\|) /.test(g.text) ? `(${g.text})` : g.text);
    const names = parts.flatMap((p) => p.names);
    if (fn.check === AND_CHECK) return { text: parts.map(wrap).join(' && '), names };
    if (fn.check === OR_CHECK) return { text: parts.map(wrap).join(' || '), names };
    if (fn.check === NOT_CHECK && parts[0]) return { text: `!${wrap(parts[0])}`, names };
    return { text: 'inline guard', names: [] };
  }
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: unknown };
    const shown = typeof params === 'function' ? '…' : formatParams(params);
    return { text: shown ? `${type}(${shown})` : type, names: [type] };
  }
  return undefined;
}

/**
 * Evaluates a guard the way xstate does when it selects a transition (xstate's own evaluateGuard is not
 * exported): named guards resolve to the machine's implementations, and higher-order guards run their own
 * `check`. Used to ask which eventless branch a sample call would take, without running entry actions.
 */
export function evaluateGuard(
  machine: AnyStateMachine,
  guard: unknown,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): boolean {
  if (guard === undefined || guard === null) return true;
  const args = { context: snapshot.context as unknown, event };
  if (typeof guard === 'function') {
    const fn = guard as GuardFn;
    return fn.check ? fn.check(snapshot, args, fn) : fn(args, undefined);
  }
  const name = typeof guard === 'string' ? guard : (guard as { type: string }).type;
  const rawParams = typeof guard === 'string' ? undefined : (guard as { params?: unknown }).params;
  const impl = (machine.implementations.guards as Record<string, unknown>)[name];
  if (impl === undefined) throw new Error(`Guard '${name}' is not implemented`);
  if (typeof impl !== 'function') return evaluateGuard(machine, impl, snapshot, event);
  const fn = impl as GuardFn;
  if (fn.check) return fn.check(snapshot, args, fn);
  const params = typeof rawParams === 'function' ? (rawParams as (a: unknown) => unknown)(args) : rawParams;
  return fn(args, params);
}
