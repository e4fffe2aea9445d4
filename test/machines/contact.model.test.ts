import { describe, expect, it } from 'vitest';
import {
  createActor,
  pathToStateValue,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  type EventFromLogic,
  type InputFrom,
} from 'xstate';
import { createTestModel, getStateNodes } from 'xstate/graph';
import { getProfile } from '../../machines/authorities';
import { contactMachine, type ContactEvent, type ContactInput } from '../../machines/contact/contact.machine';
import type { AuthorityId, Decision } from '../../machines/contact/contact.schema';
import { infoRequestMachine, type InfoRequestEvent, type InfoRequestInput } from '../../machines/info-request/info-request.machine';
import type { Requester, Subject } from '../../machines/info-request/info-request.schema';

// Model-based tests: xstate/graph walks each machine from its initial snapshot with a handful of sample
// events per event type, and every path it generates is replayed on a live actor. What we assert is what
// the chart, the wizard and training rely on: for every authority, each state the profile can reach is
// reached, each transition the profile can take is taken, the final state is reachable, and no snapshot
// is a dead end. States and transitions an authority can never use are listed below with the reason and
// asserted NOT to be reached, so a profile that starts reaching them (or stops) fails here.

// --- A generic walker ------------------------------------------------------------------------------------

/** `source#event#index`, e.g. `routing#always#2` or `decision#decision.recorded#1`. */
type TransitionId = string;

interface MachineIndex {
  /** Every state node below the root, by its dotted path ('intake.referrer'). */
  nodes: { key: string; node: AnyStateNode }[];
  /** Every candidate transition of every state node: `on` entries in order, then `always` entries. */
  transitions: Map<AnyTransitionDefinition, TransitionId>;
}

function indexMachine(machine: AnyStateMachine): MachineIndex {
  const nodes = getStateNodes(machine.root).map((node) => ({ key: node.path.join('.'), node }));
  const transitions = new Map<AnyTransitionDefinition, TransitionId>();
  for (const { key, node } of nodes) {
    for (const [eventType, candidates] of node.transitions) {
      candidates.forEach((t, i) => transitions.set(t, `${key}#${eventType}#${i}`));
    }
    (node.always ?? []).forEach((t, i) => transitions.set(t, `${key}#always#${i}`));
  }
  return { nodes, transitions };
}

interface Walk {
  /** State nodes active in some snapshot, including transient ones (routing, frontDoor) seen mid-macrostep. */
  reachedNodes: Set<string>;
  taken: Set<TransitionId>;
  /** Transitions the inspection reported that are not in the index (should never happen). */
  unknownTransitions: number;
  finalNodes: Set<string>;
  deadEnds: string[];
  /** Model snapshots whose replay on a live actor ended somewhere else. */
  mismatches: string[];
  states: number;
  edges: number;
  paths: number;
  longestPath: number;
}

interface WalkOptions<M extends AnyStateMachine> {
  input: InputFrom<M>;
  samples: EventFromLogic<M>[];
  /** The model's notion of "the same state": must drop anything that grows without bound. */
  serialize: (snapshot: AnyMachineSnapshot) => string;
  /**
   * Stop expanding a snapshot here: past a depth (the walk is breadth-first, so every state is first met
   * at its shallowest), or where the rest of the walk would only repeat what another input already covers.
   */
  stopWhen: (snapshot: AnyMachineSnapshot) => boolean;
}

/**
 * Which transition fired is read from the inspection API, not guessed from before/after state values:
 * every `@xstate.microstep` inspection event carries the TransitionDefinition objects the interpreter
 * actually selected (`_transitions`), eventless ones included, and those objects are the very ones held in
 * `stateNode.transitions` / `stateNode.always`, so a Map keyed by object identity names them exactly. A
 * comparison of state values could not tell a taken targetless transition (checklist.answered, a refused
 * decision) from an ignored event, nor which of several guarded `always` branches led to the same target.
 * The same inspection events give the snapshot after each microstep, which shows the transient states
 * (routing, frontDoor, outOfHours) that no resting snapshot is ever in.
 */
async function walk<M extends AnyStateMachine>(machine: M, options: WalkOptions<M>): Promise<Walk> {
  const index = indexMachine(machine);
  const result: Walk = {
    reachedNodes: new Set(),
    taken: new Set(),
    unknownTransitions: 0,
    finalNodes: new Set(),
    deadEnds: [],
    mismatches: [],
    states: 0,
    edges: 0,
    paths: 0,
    longestPath: 0,
  };

  const values = index.nodes.map(({ key, node }) => ({ key, final: node.type === 'final', value: pathToStateValue(node.path) }));
  const marked = new Set<unknown>();
  const markNodes = (snapshot: AnyMachineSnapshot) => {
    if (marked.has(snapshot.value)) return;
    marked.add(snapshot.value);
    for (const { key, final, value } of values) {
      if (snapshot.matches(value as never)) {
        result.reachedNodes.add(key);
        if (final) result.finalNodes.add(key);
      }
    }
  };
  const inspect = (event: { type: string }) => {
    if (event.type !== '@xstate.microstep') return;
    const microstep = event as unknown as { snapshot: AnyMachineSnapshot; _transitions: AnyTransitionDefinition[] };
    for (const t of microstep._transitions) {
      const id = index.transitions.get(t);
      if (id === undefined) result.unknownTransitions++;
      else result.taken.add(id);
    }
    markNodes(microstep.snapshot);
  };

  const model = createTestModel(machine, {
    input: options.input,
    events: options.samples,
    serializeState: (snapshot) => options.serialize(snapshot as AnyMachineSnapshot),
    stopWhen: (snapshot) => options.stopWhen(snapshot as AnyMachineSnapshot),
    // A guard against a serialisation that lets the state space grow without bound.
    limit: 100_000,
  });

  // 1. Shortest paths to every distinct state (prefixes deduplicated), each replayed on a live actor.
  const paths = model.getShortestPaths();
  result.paths = paths.length;
  const snapshots = new Map<string, AnyMachineSnapshot>();
  for (const path of paths) {
    result.longestPath = Math.max(result.longestPath, path.steps.length - 1);
    const actor = createActor(machine, { input: options.input, inspect }).start();
    const send = (step: { event: unknown }) => {
      actor.send(step.event as never);
    };
    await path.test({
      events: Object.fromEntries(options.samples.map((e) => [e.type, send])),
      states: {
        '*': (expected) => {
          const key = options.serialize(expected as AnyMachineSnapshot);
          snapshots.set(key, expected as AnyMachineSnapshot);
          const live = actor.getSnapshot() as AnyMachineSnapshot;
          markNodes(live); // the initial snapshot is not a microstep
          if (options.serialize(live) !== key) result.mismatches.push(key);
        },
      },
    });
    actor.stop();
  }
  result.states = snapshots.size;

  // 2. Every enabled sample event from every state: a live actor restored from the model's snapshot takes
  //    the one step, so transitions the shortest paths never needed (back, refused decisions) are covered too.
  for (const [key, snapshot] of snapshots) {
    if (snapshot.status !== 'active') continue;
    let changes = false;
    for (const event of options.samples) {
      if (!snapshot.can(event)) continue;
      result.edges++;
      const actor = createActor(machine, { input: options.input, snapshot, inspect }).start();
      actor.send(event as never);
      const next = actor.getSnapshot() as AnyMachineSnapshot;
      if (options.serialize(next) !== key) changes = true;
      actor.stop();
    }
    if (!changes) result.deadEnds.push(key);
  }
  return result;
}

const pct = (n: number, d: number) => (d === 0 ? 100 : Math.round((100 * n) / d));

function report(label: string, w: Walk, nodes: string[], transitions: TransitionId[]) {
  const states = nodes.filter((n) => w.reachedNodes.has(n)).length;
  const taken = transitions.filter((t) => w.taken.has(t)).length;
  console.log(
    `coverage ${label}: states ${states}/${nodes.length} (${pct(states, nodes.length)}%), ` +
      `transitions ${taken}/${transitions.length} (${pct(taken, transitions.length)}%)`,
  );
}

// --- Contact machine -------------------------------------------------------------------------------------

const CONTACT = indexMachine(contactMachine);
const CONTACT_NODES = CONTACT.nodes.map((n) => n.key);
const CONTACT_TRANSITIONS = [...CONTACT.transitions.values()];

/**
 * Everything the guards and the derived requirements read, plus what the machine reports. Left out:
 * `path` (it grows on every visit, which would make the state space infinite), the derived identity,
 * actions, deadlines and rules (functions of what is kept), and profile, receivedAt and channel (fixed
 * by the input).
 */
function serializeContact(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as ReturnType<typeof contactMachine.getInitialSnapshot>['context'];
  return JSON.stringify([
    snapshot.value,
    snapshot.status,
    c.referrer,
    c.children,
    c.concern,
    c.parents,
    c.route,
    c.reachedInformation,
    c.checklist,
    c.sharingAuthorisation,
    c.screening,
    c.decision,
    c.outcome,
    c.siblingReferral,
    c.closure,
  ]);
}

// Two referrers, two children lists, two concerns and two parents' answers reach every routing branch:
// a school professional who has not consulted the hub (INT-HUB with significant harm in HER; INT-FORMS
// without it in DER), an anonymous member of the public (front door everywhere), an open case (INT-OPEN),
// significant harm (INT-HUB, LIN INT-OOH) and an allegation against a worker (INT-ALLEGATION in HER, a
// below-threshold concern elsewhere); parents not informed need the sharing override where it exists.
const REFERRERS = [
  { type: 'professional', agency: 'school', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false },
  { type: 'public', requestsAnonymity: true, relaysThirdParty: false, consultedHub: false },
] as const;
const CHILDREN = [
  [{ caseStatus: 'unknown', unborn: false, disability: false }],
  [{ caseStatus: 'open', unborn: false, disability: false }],
] as const;
const CONCERNS = [
  { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false },
  { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: true },
] as const;
const PARENTS = [
  { informed: true, agreed: true, reasonsNotInformed: [] },
  { informed: false, agreed: false, reasonsNotInformed: [] },
] as const;
const SCREENING = { knownBefore: false, childProtectionPlan: false, lookedAfter: false, siblingsKnown: false, adultsKnown: false };

function contactSamples(authority: AuthorityId, input: ContactInput): ContactEvent[] {
  const profile = getProfile(authority);
  // The question the authority insists on (INFO-ASK-FAMILY-ISSUES); DOR and LEI have none, so any item.
  const item = (profile.checklist.find((i) => i.mustAsk) ?? profile.checklist[0])!.id;
  const at = new Date(Date.parse(input.receivedAt) + 6 * 3_600_000).toISOString().replace('.000Z', '+00:00');
  const notAnOutcome = profile.outcomes.some((o) => o.outcome === 'closure-at-referral') ? 'no-further-action' : 'closure-at-referral';
  const decisions: Decision[] = [
    { outcome: 'assessment', authorisedBy: 'manager', at },
    { outcome: 'assessment', authorisedBy: 'social-worker', at }, // DEC-MANAGER: refused except in LIN
    { outcome: notAnOutcome, authorisedBy: 'manager', at }, // DEC-OUTCOMES: refused everywhere
    // LEI-CLOSURE-AT-REFERRAL: where the profile has it, a closure at referral needs its summary before closing.
    ...(profile.closureAtReferral ? [{ outcome: 'closure-at-referral' as const, authorisedBy: 'manager' as const, at }] : []),
  ];
  const siblingsAt = new Date(Date.parse(at) + 3_600_000).toISOString().replace('.000Z', '+00:00');
  return [
    ...REFERRERS.map((referrer) => ({ type: 'referrer.identified' as const, referrer: { ...referrer } })),
    ...CHILDREN.map((children) => ({ type: 'children.recorded' as const, children: children.map((c) => ({ ...c })) })),
    ...CONCERNS.map((concern) => ({ type: 'concern.described' as const, concern: { ...concern } })),
    ...PARENTS.map((parents) => ({ type: 'parents.recorded' as const, parents: { ...parents, reasonsNotInformed: [] } })),
    { type: 'step.back' },
    ...(['referrer', 'children', 'concern', 'parents'] as const).map((step) => ({ type: 'answers.change' as const, step })),
    { type: 'redirect.confirmed' },
    { type: 'checklist.answered', item, status: 'answered' },
    { type: 'information.completed' },
    { type: 'sharing.authorised', authorisation: { by: 'team-manager', reason: 'Telling the parents would put the child at risk' } },
    { type: 'sharing.authorised', authorisation: { by: 'social-worker', reason: 'Telling the parents would put the child at risk' } },
    { type: 'screening.recorded', screening: { ...SCREENING, agencyChecks: true } },
    { type: 'screening.recorded', screening: { ...SCREENING, agencyChecks: false } },
    ...decisions.map((decision) => ({ type: 'decision.recorded' as const, decision })),
    // LEI-SIBLINGS: the screening manager's decision is accepted, a social worker's refused.
    { type: 'siblings.referred', referral: { by: 'team-manager', siblings: 2, progress: true, at: siblingsAt } },
    { type: 'siblings.referred', referral: { by: 'social-worker', siblings: 2, progress: true, at: siblingsAt } },
    {
      type: 'closure.recorded',
      closure: { agreedWith: 'early-help', summary: 'Early help can meet the need', discussion: 'Agreed with the early help team manager' },
    },
    { type: 'feedback.sent' },
  ];
}

interface ContactModelCase {
  authority: AuthorityId;
  /**
   * receivedAt is machine input, so each authority is walked twice and the coverage is the union: the
   * whole lifecycle with a contact received in office hours, then intake and routing again with one received
   * outside them (a Sunday night, or a Saturday for Lincolnshire's weekday-only office). Past routing the
   * second walk would only repeat the first, so it stops expanding there.
   */
  inHours: ContactInput;
  outOfHours: ContactInput;
  /** State nodes this authority can never be in, and why. */
  unreachable: Record<string, string>;
  /** Transitions out of reachable states that this authority can never take, and why. */
  unreachableTransitions?: Record<TransitionId, string>;
  /** The profile facts the reasons above rest on, so a changed profile fails here rather than silently. */
  profileFacts: () => void;
}

const IN_HOURS = '2026-03-04T10:15:00+00:00'; // Wednesday morning
const SUNDAY_NIGHT = '2026-03-08T23:30:00+00:00';
const SATURDAY = '2026-03-07T11:00:00+00:00';

const NOT_HUB = 'INT-HUB: only Hertfordshire has a Consultation Hub (profile.routing.consultationHub)';
const NOT_ALLEGATION = 'INT-ALLEGATION: only Hertfordshire routes to Managing Allegations (profile.routing.managingAllegations)';
const NOT_FORMS = 'INT-FORMS: only Derbyshire has the online request route (profile.routing.onlineRequest)';
const NO_SHARING_OVERRIDE =
  'CONSENT-MANAGER-OVERRIDE is not in this procedure (consentOverride "none"), so canAuthoriseSharing never holds';
const LEICESTER_ONLY = {
  'feedback#siblings.referred#0': 'LEI-SIBLINGS: only Leicester’s procedure copies a referral to siblings (profile.siblingReferral)',
  'feedback#closure.recorded#0': 'LEI-CLOSURE-AT-REFERRAL: only Leicester closes at referral (profile.closureAtReferral)',
};

const CONTACT_CASES: ContactModelCase[] = [
  {
    authority: 'dorset',
    inHours: { authority: 'dorset', receivedAt: IN_HOURS, channel: 'phone' },
    outOfHours: { authority: 'dorset', receivedAt: SUNDAY_NIGHT, channel: 'online-form' },
    unreachable: {
      consultationHub: NOT_HUB,
      managingAllegations: NOT_ALLEGATION,
      onlineRequest: NOT_FORMS,
      outOfHours: 'INT-OOH: Dorset’s procedure states no hours, so no contact is routed out of hours (divert "none")',
    },
    unreachableTransitions: LEICESTER_ONLY,
    profileFacts: () => {
      const p = getProfile('dorset');
      expect(p.outOfHours.divert).toBe('none');
      expect(p.routing).toEqual({});
    },
  },
  {
    authority: 'hertfordshire',
    inHours: { authority: 'hertfordshire', receivedAt: IN_HOURS, channel: 'phone' },
    outOfHours: { authority: 'hertfordshire', receivedAt: SUNDAY_NIGHT, channel: 'email' },
    unreachable: { onlineRequest: NOT_FORMS },
    unreachableTransitions: LEICESTER_ONLY,
    profileFacts: () => {
      const p = getProfile('hertfordshire');
      expect(p.routing.onlineRequest).toBeUndefined();
      expect(p.routing.consultationHub).toBeDefined();
      expect(p.routing.managingAllegations).toBeDefined();
      expect(p.outOfHours.divert).toBe('all');
    },
  },
  {
    authority: 'leicester',
    inHours: { authority: 'leicester', receivedAt: IN_HOURS, channel: 'phone' },
    outOfHours: { authority: 'leicester', receivedAt: SUNDAY_NIGHT, channel: 'post' },
    unreachable: {
      consultationHub: NOT_HUB,
      managingAllegations: NOT_ALLEGATION,
      onlineRequest: NOT_FORMS,
      outOfHours: 'INT-OOH: the Duty and Advice Service runs 24/7 (divert "none")',
    },
    unreachableTransitions: { 'screening#sharing.authorised#0': NO_SHARING_OVERRIDE },
    profileFacts: () => {
      const p = getProfile('leicester');
      expect(p.siblingReferral?.byRole).toBe('team-manager');
      expect(p.closureAtReferral).toBeDefined();
      expect(p.outOfHours.divert).toBe('none');
      expect(p.routing).toEqual({});
      expect(p.consentOverride).toBe('none');
    },
  },
  {
    authority: 'derbyshire',
    inHours: { authority: 'derbyshire', receivedAt: IN_HOURS, channel: 'phone' },
    outOfHours: { authority: 'derbyshire', receivedAt: SUNDAY_NIGHT, channel: 'in-person' },
    unreachable: {
      consultationHub: NOT_HUB,
      managingAllegations: NOT_ALLEGATION,
      outOfHours: 'INT-OOH: Call Derbyshire takes calls 24/7 and passes them on itself (divert "none")',
    },
    unreachableTransitions: LEICESTER_ONLY,
    profileFacts: () => {
      const p = getProfile('derbyshire');
      expect(p.outOfHours.divert).toBe('none');
      expect(Object.keys(p.routing)).toEqual(['onlineRequest']);
    },
  },
  {
    authority: 'lincolnshire',
    inHours: { authority: 'lincolnshire', receivedAt: IN_HOURS, channel: 'phone' },
    outOfHours: { authority: 'lincolnshire', receivedAt: SATURDAY, channel: 'email' },
    unreachable: { consultationHub: NOT_HUB, managingAllegations: NOT_ALLEGATION, onlineRequest: NOT_FORMS },
    unreachableTransitions: { 'screening#sharing.authorised#0': NO_SHARING_OVERRIDE, ...LEICESTER_ONLY },
    profileFacts: () => {
      const p = getProfile('lincolnshire');
      expect(p.outOfHours.divert).toBe('significant-harm');
      expect(p.routing).toEqual({});
      expect(p.consentOverride).toBe('none');
    },
  },
];

/** A transition is unreachable when it leaves or enters an unreachable state, or is listed explicitly. */
function unreachableTransitionsOf(c: ContactModelCase, index: MachineIndex): Map<TransitionId, string> {
  const out = new Map<TransitionId, string>(Object.entries(c.unreachableTransitions ?? {}));
  for (const [t, id] of index.transitions) {
    const source = t.source.path.join('.');
    const target = (t.target ?? []).map((n: AnyStateNode) => n.path.join('.')).find((k: string) => k in c.unreachable);
    if (source in c.unreachable) out.set(id, `leaves ${source}: ${c.unreachable[source]}`);
    else if (target) out.set(id, `enters ${target}: ${c.unreachable[target]}`);
  }
  return out;
}

function mergeWalks(walks: Walk[]): Walk {
  const union = <T>(sets: Set<T>[]) => new Set(sets.flatMap((s) => [...s]));
  return {
    reachedNodes: union(walks.map((w) => w.reachedNodes)),
    taken: union(walks.map((w) => w.taken)),
    unknownTransitions: walks.reduce((n, w) => n + w.unknownTransitions, 0),
    finalNodes: union(walks.map((w) => w.finalNodes)),
    deadEnds: walks.flatMap((w) => w.deadEnds),
    mismatches: walks.flatMap((w) => w.mismatches),
    states: walks.reduce((n, w) => n + w.states, 0),
    edges: walks.reduce((n, w) => n + w.edges, 0),
    paths: walks.reduce((n, w) => n + w.paths, 0),
    longestPath: Math.max(...walks.map((w) => w.longestPath)),
  };
}

// The longest shortest path is about 15 events (intake, a round trip back through intake, screening,
// a refused then an accepted decision); twice that leaves room without letting a bug run away.
const CONTACT_MAX_DEPTH = 40;

describe('contact machine: model-based coverage', () => {
  it('has the state nodes and transitions the chart and these tests assume', () => {
    expect(CONTACT_NODES).toEqual([
      'intake',
      'intake.referrer',
      'intake.children',
      'intake.concern',
      'intake.parents',
      'routing',
      'allocatedWorker',
      'managingAllegations',
      'consultationHub',
      'onlineRequest',
      'outOfHours',
      'frontDoor',
      'informationGathering',
      'screening',
      'decision',
      'feedback',
      'closed',
    ]);
    // Routing is an ordered eventless choice with a default, in the contract's order.
    expect(CONTACT_TRANSITIONS.filter((t) => t.startsWith('routing#'))).toEqual([
      'routing#always#0',
      'routing#always#1',
      'routing#always#2',
      'routing#always#3',
      'routing#always#4',
      'routing#always#5',
    ]);
    const routing = contactMachine.root.states.routing!.always!.map((t) => t.target?.[0]?.key);
    expect(routing).toEqual(['allocatedWorker', 'managingAllegations', 'outOfHours', 'consultationHub', 'onlineRequest', 'frontDoor']);
  });

  it('only Leicester’s profile has the sibling referral and closure at referral steps', () => {
    for (const c of CONTACT_CASES) {
      const p = getProfile(c.authority);
      const leicesterOnly = Object.keys(LEICESTER_ONLY).every((t) => t in (c.unreachableTransitions ?? {}));
      expect(leicesterOnly, c.authority).toBe(p.siblingReferral === undefined && p.closureAtReferral === undefined);
    }
  });

  for (const c of CONTACT_CASES) {
    it(`${c.authority}: reaches every state and takes every transition its profile allows`, async () => {
      c.profileFacts();
      const depth = (s: AnyMachineSnapshot) => (s.context as { path: string[] }).path.length;
      const w = mergeWalks([
        await walk(contactMachine, {
          input: c.inHours,
          samples: contactSamples(c.authority, c.inHours),
          serialize: serializeContact,
          stopWhen: (s) => depth(s) > CONTACT_MAX_DEPTH,
        }),
        await walk(contactMachine, {
          input: c.outOfHours,
          samples: contactSamples(c.authority, c.outOfHours),
          serialize: serializeContact,
          stopWhen: (s) => !s.matches('intake') || depth(s) > CONTACT_MAX_DEPTH,
        }),
      ]);
      const blocked = unreachableTransitionsOf(c, CONTACT);
      const nodes = CONTACT_NODES.filter((n) => !(n in c.unreachable));
      const transitions = CONTACT_TRANSITIONS.filter((t) => !blocked.has(t));
      report(c.authority, w, nodes, transitions);
      console.log(
        `  ${c.authority}: ${w.states} model states, ${w.edges} enabled edges, ${w.paths} paths (longest ${w.longestPath} events); ` +
          `unreachable by design: ${Object.keys(c.unreachable).join(', ')}` +
          (c.unreachableTransitions ? `; ${Object.keys(c.unreachableTransitions).join(', ')}` : ''),
      );

      expect(w.mismatches, 'a live actor replaying a generated path ended in another state').toEqual([]);
      expect(w.unknownTransitions).toBe(0);
      expect(w.longestPath).toBeLessThan(CONTACT_MAX_DEPTH);
      expect(nodes.filter((n) => !w.reachedNodes.has(n)), 'reachable-by-design states not reached').toEqual([]);
      expect(transitions.filter((t) => !w.taken.has(t)), 'reachable-by-design transitions not taken').toEqual([]);
      expect(Object.keys(c.unreachable).filter((n) => w.reachedNodes.has(n)), 'unreachable-by-design states reached').toEqual([]);
      expect([...blocked.keys()].filter((t) => w.taken.has(t)), 'unreachable-by-design transitions taken').toEqual([]);
      expect([...w.finalNodes]).toEqual(['closed']);
      expect(w.deadEnds, 'snapshots from which no sample event changes anything').toEqual([]);
    });
  }
});

// --- Information-request machine -------------------------------------------------------------------------

const IR = indexMachine(infoRequestMachine);
const IR_NODES = IR.nodes.map((n) => n.key);
const IR_TRANSITIONS = [...IR.transitions.values()];

function serializeInfoRequest(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as ReturnType<typeof infoRequestMachine.getInitialSnapshot>['context'];
  return JSON.stringify([snapshot.value, snapshot.status, c.requester, c.subject, c.decision, c.actions, c.rules]);
}

const requester = (r: Partial<Requester> & Pick<Requester, 'agency' | 'purpose'>): Requester => ({
  replyTo: 'duty@example.org.uk',
  identityInDoubt: false,
  writtenConsent: false,
  reasonGiven: true,
  ...r,
});

/** One request per HER §8 branch, each with the subject status that branch is about. */
const IR_REQUESTS: { requester: Requester; subject: Subject }[] = [
  { requester: requester({ agency: 'police', purpose: 'safeguarding', identityInDoubt: true }), subject: { status: 'closed' } }, // IR-DOUBT
  { requester: requester({ agency: 'police', purpose: 'crime-or-tax' }), subject: { status: 'closed' } }, // IR-CRIME
  { requester: requester({ agency: 'other', purpose: 'subject-access' }), subject: { status: 'adult-former-recipient' } }, // IR-SAR
  { requester: requester({ agency: 'solicitor', purpose: 'court-proceedings' }), subject: { status: 'open' } }, // IR-COURT
  { requester: requester({ agency: 'nhs', purpose: 'safeguarding' }), subject: { status: 'open' } }, // IR-OPEN
  { requester: requester({ agency: 'other-local-authority', purpose: 's47-enquiry', replyTo: 'mash@county.gov.uk' }), subject: { status: 'closed' } }, // IR-OLA-S47
  { requester: requester({ agency: 'ukba', purpose: 'future-of-child', replyTo: 'caseworker@homeoffice.gov.uk.example.com' }), subject: { status: 'unknown' } }, // IR-UKBA, no .gov.uk
  { requester: requester({ agency: 'housing', purpose: 'rent-arrears' }), subject: { status: 'closed' } }, // IR-HOUSING
  { requester: requester({ agency: 'school', purpose: 'safeguarding' }), subject: { status: 'closed' } }, // IR-KNOWN
  { requester: requester({ agency: 'cafcass', purpose: 'detailed-history' }), subject: { status: 'closed' } }, // IR-DETAILED
  { requester: requester({ agency: 'cafcass', purpose: 'detailed-history', reasonGiven: false }), subject: { status: 'closed' } }, // IR-DETAILED, no reasons
  { requester: requester({ agency: 'other', purpose: 'other', writtenConsent: true }), subject: { status: 'unknown' } }, // IR-CONSENT met
];

function irSamples(): InfoRequestEvent[] {
  return [
    ...IR_REQUESTS.map((r) => ({ type: 'request.logged' as const, ...r })),
    ...IR_REQUESTS.map((r) => ({ type: 'request.updated' as const, ...r })),
    { type: 'reply.sent' },
  ];
}

// logging, deciding, a waiting decision, deciding again after an update, the new decision, closed.
const IR_MAX_DEPTH = 12;

const IR_WAITING = ['awaitIdentityEvidence', 'awaitGovUkAddress', 'awaitConsent', 'returnForReasons'];
// HER: after IR-DOUBT .. IR-DETAILED, a request with written consent is disclosed (IR-CONSENT met) and one
// without it waits for consent (IR-CONSENT / IR-HOUSING), so the default branch can never be taken.
const HER_NOT_COVERED =
  'Hertfordshire covers every request: without written consent the request waits (IR-CONSENT), with it IR-KNOWN or ' +
  'disclose-with-consent applies, so neither isNotCovered nor the default branch of deciding can hold';

describe('information-request machine: model-based coverage', () => {
  it('has one decision state per contract decision', () => {
    expect(IR_NODES).toEqual([
      'logging',
      'deciding',
      'awaitIdentityEvidence',
      'dataProtectionTeam',
      'legalHelpdesk',
      'allocatedWorker',
      'confirmWithoutConsent',
      'awaitGovUkAddress',
      'awaitConsent',
      'confirmKnownStatus',
      'teamProcesses',
      'returnForReasons',
      'discloseWithConsent',
      'notCovered',
      'closed',
    ]);
  });

  it('hertfordshire: reaches every decision HER §8 can give and takes every transition', async () => {
    const w = await walk(infoRequestMachine, {
      input: { authority: 'hertfordshire', receivedAt: IN_HOURS } satisfies InfoRequestInput,
      samples: irSamples(),
      serialize: serializeInfoRequest,
      stopWhen: (s) => (s.context as { path: string[] }).path.length > IR_MAX_DEPTH,
    });
    const unreachable = new Map<string, string>([['notCovered', HER_NOT_COVERED]]);
    const blocked = new Set(['deciding#always#0', 'deciding#always#12', 'notCovered#reply.sent#0']);
    const nodes = IR_NODES.filter((n) => !unreachable.has(n));
    const transitions = IR_TRANSITIONS.filter((t) => !blocked.has(t));
    report('info-request hertfordshire', w, nodes, transitions);
    console.log(`  info-request hertfordshire: unreachable by design: notCovered (${HER_NOT_COVERED})`);

    expect(w.mismatches).toEqual([]);
    expect(w.unknownTransitions).toBe(0);
    expect(nodes.filter((n) => !w.reachedNodes.has(n))).toEqual([]);
    expect(transitions.filter((t) => !w.taken.has(t))).toEqual([]);
    expect(w.reachedNodes.has('notCovered')).toBe(false);
    expect([...blocked].filter((t) => w.taken.has(t))).toEqual([]);
    expect([...w.finalNodes]).toEqual(['closed']);
    expect(w.deadEnds).toEqual([]);
    // Every waiting decision can be reconsidered when the requester sends more.
    for (const state of IR_WAITING) expect(w.taken.has(`${state}#request.updated#0`), state).toBe(true);
  });

  it('lincolnshire (any authority without §8 rules): every request is not-covered', async () => {
    const w = await walk(infoRequestMachine, {
      input: { authority: 'lincolnshire', receivedAt: IN_HOURS } satisfies InfoRequestInput,
      samples: irSamples(),
      serialize: serializeInfoRequest,
      stopWhen: (s) => (s.context as { path: string[] }).path.length > IR_MAX_DEPTH,
    });
    const nodes = ['logging', 'deciding', 'notCovered', 'closed'];
    const transitions = ['logging#request.logged#0', 'deciding#always#0', 'notCovered#reply.sent#0'];
    report('info-request lincolnshire', w, nodes, transitions);

    expect(w.mismatches).toEqual([]);
    expect(nodes.filter((n) => !w.reachedNodes.has(n))).toEqual([]);
    expect(transitions.filter((t) => !w.taken.has(t))).toEqual([]);
    expect(IR_NODES.filter((n) => !nodes.includes(n) && w.reachedNodes.has(n)), 'decision states reached outside HER').toEqual([]);
    expect(IR_TRANSITIONS.filter((t) => !transitions.includes(t) && w.taken.has(t))).toEqual([]);
    expect(w.deadEnds).toEqual([]);
  });
});
