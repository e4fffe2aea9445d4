import type { OptionStatus } from './simulate';

// What the drawing marks on top of the machine's structure. Every mode (explore, simulate, path, compare,
// live) reduces to one of these; the canvas, the text version and the SVG export all read it, so the
// three always show the same thing.

export type Selection = { kind: 'state' | 'transition'; id: string };

export interface ChartView {
  /** Active states, ancestors included. */
  active: ReadonlySet<string>;
  /** States entered and left within the last step (decision points). */
  passed: ReadonlySet<string>;
  /** Transitions the last step took. */
  taken: ReadonlySet<string>;
  /** States visited so far (path mode). */
  visited: ReadonlySet<string>;
  /** Never reached / never taken for the authority. */
  greyedStates: ReadonlySet<string>;
  greyedTransitions: ReadonlySet<string>;
  /** Differences from the other authority (compare mode). */
  differs: ReadonlySet<string>;
  /** Simulate mode: what each transition out of the current state would do. */
  status: ReadonlyMap<string, OptionStatus>;
  /** Path comparison (training debrief): on which of the two paths each state and transition lies. */
  pathSides?: { states: ReadonlyMap<string, PathSide>; transitions: ReadonlyMap<string, PathSide> };
  selected?: Selection;
}

/** On both paths, the trainee's only, or the expected only. */
export type PathSide = 'both' | 'trainee' | 'expected';

/** Words for each side: the drawing also shows them, so the marks never rely on colour alone. */
export const PATH_SIDE_TEXT: Record<PathSide, string> = {
  both: 'on both paths',
  trainee: 'trainee only',
  expected: 'expected only',
};

const NONE: ReadonlySet<string> = new Set();

export const EMPTY_VIEW: ChartView = {
  active: NONE,
  passed: NONE,
  taken: NONE,
  visited: NONE,
  greyedStates: NONE,
  greyedTransitions: NONE,
  differs: NONE,
  status: new Map(),
};

export const STATUS_TEXT: Record<OptionStatus, string> = {
  enabled: 'can be sent now',
  blocked: 'blocked by its guard',
  shadowed: 'another transition for this event is taken first',
};
