import { assign, setup, type SnapshotFrom } from 'xstate';
import { getProfile } from '../authorities';
import type { AuthorityProfile } from '../authorities/profile';
import type { RuleId } from '../rules/rule-ids';
import {
  authorisationStillCovers,
  checklistRefusals,
  closeRefusals,
  closureRefusals,
  deadlines,
  decisionRefusals,
  handlingRules,
  informationRefusals,
  isAllegationAgainstWorker,
  isBelowThresholdProfessional,
  isOpenCase,
  isOutOfHours,
  needsConsultationHub,
  referrerIdentity,
  requiredActions,
  ROUTE_RULES,
  screeningRefusals,
  sharingRefusals,
  siblingReferralDue,
  siblingReferralRefusals,
  type ContactFacts,
  type Refusal,
} from './contact.rules';
import type {
  ActionId,
  AuthorityId,
  Channel,
  ChecklistStatus,
  Child,
  ClosureSummary,
  Concern,
  DeadlineId,
  Decision,
  Outcome,
  Parents,
  Referrer,
  ReferrerIdentity,
  Role,
  Route,
  Screening,
  SharingAuthorisation,
  SiblingReferral,
} from './contact.schema';

// The contact lifecycle, one definition for every authority: the profile in the context carries the
// differences. Events only ever carry values that passed the zod schemas in contact.schema.ts; this
// machine decides eligibility, routing and what the procedure requires (conventions.md §6).
// No invoke and no `after`: xstate/graph can walk every path (conventions.md §4).

export type IntakeStep = 'referrer' | 'children' | 'concern' | 'parents';

export interface ContactInput {
  authority: AuthorityId;
  receivedAt: string;
  channel: Channel;
}

export interface RequiredAction {
  action: ActionId;
  rule: RuleId;
}
export interface Deadline {
  deadline: DeadlineId;
  rule: RuleId;
  due: string;
}

export interface ContactContext {
  authority: AuthorityId;
  profile: AuthorityProfile;
  receivedAt: string;
  channel: Channel;
  referrer?: Referrer;
  children?: Child[];
  concern?: Concern;
  parents?: Parents;
  route?: Route;
  reachedInformation: boolean;
  checklist: Record<string, ChecklistStatus>;
  sharingAuthorisation?: SharingAuthorisation;
  screening?: Screening;
  decision?: Decision;
  outcome?: Outcome;
  /** LEI-SIBLINGS: the screening manager's decision about the siblings, with the outcome copied to them. */
  siblingReferral?: SiblingReferral & { outcome: Outcome; due?: string };
  /** LEI-CLOSURE-AT-REFERRAL: who the closure was agreed with, why no assessment, and the discussion. */
  closure?: ClosureSummary;
  // Derived after every step from the facts above, by the rules module only.
  identity?: ReferrerIdentity;
  actions: RequiredAction[];
  deadlines: Deadline[];
  rules: RuleId[];
  /** The state values visited, in order (contract: result.path). */
  path: string[];
}

export type ContactEvent =
  | { type: 'referrer.identified'; referrer: Referrer }
  | { type: 'children.recorded'; children: Child[] }
  | { type: 'concern.described'; concern: Concern }
  | { type: 'parents.recorded'; parents: Parents }
  | { type: 'step.back' }
  | { type: 'answers.change'; step: IntakeStep }
  | { type: 'redirect.confirmed' }
  | { type: 'checklist.answered'; item: string; status: ChecklistStatus }
  | { type: 'information.completed' }
  | { type: 'sharing.authorised'; authorisation: SharingAuthorisation }
  | { type: 'screening.recorded'; screening: Screening }
  | { type: 'decision.recorded'; decision: Decision }
  | { type: 'siblings.referred'; referral: SiblingReferral }
  | { type: 'closure.recorded'; closure: ClosureSummary }
  | { type: 'feedback.sent' };

export function factsOf(context: ContactContext): ContactFacts {
  return {
    profile: context.profile,
    receivedAt: context.receivedAt,
    channel: context.channel,
    referrer: context.referrer,
    children: context.children,
    concern: context.concern,
    parents: context.parents,
    route: context.route,
    reachedInformation: context.reachedInformation,
    decision: context.decision,
    outcome: context.outcome,
    siblingReferral: context.siblingReferral,
    closure: context.closure,
  };
}

/**
 * Why the guard of this event's transition does not hold in this context, whatever the state: the one
 * place the guards below and `refusalsFor` read, so the machine and every explanation of it agree.
 * Events without a guarded transition have no refusals here.
 */
function guardRefusals(context: ContactContext, event: ContactEvent): Refusal[] {
  const f = factsOf(context);
  switch (event.type) {
    case 'checklist.answered':
      return checklistRefusals(context.profile, event.item);
    case 'information.completed':
      return informationRefusals(context.profile, context.checklist);
    case 'sharing.authorised':
      return sharingRefusals(f, event.authorisation);
    case 'screening.recorded':
      return screeningRefusals(f, event.screening, context.sharingAuthorisation);
    case 'decision.recorded':
      return decisionRefusals(context.profile, event.decision);
    case 'siblings.referred':
      return siblingReferralRefusals(f, event.referral);
    case 'closure.recorded':
      return closureRefusals(f);
    case 'feedback.sent':
      return closeRefusals(f);
    default:
      return [];
  }
}

const noRefusals = ({ context, event }: { context: ContactContext; event: ContactEvent }) =>
  guardRefusals(context, event).length === 0;

/** Everything the procedure now requires, recomputed from the facts so that a changed answer re-derives it. */
function derive(context: ContactContext): Pick<ContactContext, 'identity' | 'actions' | 'deadlines' | 'rules'> {
  const facts = factsOf(context);
  const actions = requiredActions(facts);
  const due = deadlines(facts);
  const routeRule = ROUTE_RULES.find((r) => r.route === context.route)?.rule;
  const fired = new Set<RuleId>([
    ...(routeRule ? [routeRule] : []),
    ...actions.map((a) => a.rule),
    ...due.map((d) => d.rule),
    ...handlingRules(facts),
  ]);
  return { identity: referrerIdentity(context.referrer), actions, deadlines: due, rules: [...fired].sort() };
}

const withDerived = (context: ContactContext): ContactContext => ({ ...context, ...derive(context) });

/**
 * An intake answer recorded again. CONSENT-MANAGER-OVERRIDE: a sharing authorisation covers the facts the
 * manager weighed; once an answer among them changes, it is withdrawn and a new one is needed.
 */
function withFacts(context: ContactContext, facts: Pick<ContactFacts, 'children' | 'concern' | 'parents'>): ContactContext {
  const next = { ...context, ...facts };
  // Set to undefined rather than left out: assign() merges, so a missing key would keep the old value.
  if (context.sharingAuthorisation && !authorisationStillCovers(context, next)) return { ...next, sharingAuthorisation: undefined };
  return next;
}

/** The facts of the current context, for guards. */
const facts = ({ context }: { context: ContactContext }) => factsOf(context);

// Change links on later pages go back to an intake step; the route is decided again when intake ends.
const changeAnswers = [
  { guard: { type: 'isStep', params: { step: 'referrer' } }, target: '#contact.intake.referrer' },
  { guard: { type: 'isStep', params: { step: 'children' } }, target: '#contact.intake.children' },
  { guard: { type: 'isStep', params: { step: 'concern' } }, target: '#contact.intake.concern' },
  { guard: { type: 'isStep', params: { step: 'parents' } }, target: '#contact.intake.parents' },
] as const;

export const contactMachine = setup({
  types: {
    context: {} as ContactContext,
    events: {} as ContactEvent,
    input: {} as ContactInput,
  },
  guards: {
    // Routing (eventless, first that applies): contract "Routes".
    isOpenCase: (a) => isOpenCase(facts(a)), // INT-OPEN
    isAllegationAgainstWorker: (a) => isAllegationAgainstWorker(facts(a)), // INT-ALLEGATION
    isOutOfHours: (a) => isOutOfHours(facts(a)), // INT-OOH
    needsConsultationHub: (a) => needsConsultationHub(facts(a)), // INT-HUB
    isBelowThresholdProfessional: (a) => isBelowThresholdProfessional(facts(a)), // INT-FORMS
    isStep: ({ event }, params: { step: IntakeStep }) => event.type === 'answers.change' && event.step === params.step,
    // Each guard below is "no refusals" for its event (guardRefusals), so whatever refuses a step can say why.
    // An answer against an item the authority's checklist has (the profile), else it is not stored.
    isChecklistItem: (a) => noRefusals(a),
    // INFO-ASK-FAMILY-ISSUES: the questions every contact must be asked are answered or recorded as not known.
    hasAskedRequiredQuestions: (a) => noRefusals(a),
    // CONSENT-MANAGER-OVERRIDE: only a team manager authorises sharing without the parents, with a reason.
    canAuthoriseSharing: (a) => noRefusals(a),
    // CONSENT-MANAGER-OVERRIDE: agency checks without consent need that authorisation first.
    isSharingAllowed: (a) => noRefusals(a),
    // DEC-MANAGER, DEC-OUTCOMES: a decision is valid when authorised as the authority requires, with one of its
    // outcomes. A refused decision is not taken: no transition, so it is never stored (the refusal says why).
    isValidDecision: (a) => noRefusals(a),
    // LEI-SIBLINGS: the screening manager decides about the siblings of a contact progressed to a referral.
    canReferSiblings: (a) => noRefusals(a),
    // LEI-CLOSURE-AT-REFERRAL: the agreement and summary belong to a closure at referral.
    canRecordClosure: (a) => noRefusals(a),
    // LEI-CLOSURE-AT-REFERRAL: a closure at referral is closed only once that summary is recorded.
    isReadyToClose: (a) => noRefusals(a),
  },
  actions: {
    visit: assign(({ context }, params: { state: string }) =>
      withDerived({ ...context, path: [...context.path, params.state] }),
    ),
    setRoute: assign(({ context }, params: { route: Route }) => withDerived({ ...context, route: params.route })),
    // Back in intake the route is no longer known: it is decided again when intake is complete.
    clearRoute: assign(({ context }) => withDerived({ ...context, route: undefined, reachedInformation: false })),
    enterInformation: assign(({ context }) => withDerived({ ...context, reachedInformation: true })),
    recordReferrer: assign(({ context, event }) =>
      event.type === 'referrer.identified' ? withDerived({ ...context, referrer: event.referrer }) : context,
    ),
    recordChildren: assign(({ context, event }) =>
      event.type === 'children.recorded' ? withDerived(withFacts(context, { children: event.children })) : context,
    ),
    recordConcern: assign(({ context, event }) =>
      event.type === 'concern.described' ? withDerived(withFacts(context, { concern: event.concern })) : context,
    ),
    recordParents: assign(({ context, event }) =>
      event.type === 'parents.recorded' ? withDerived(withFacts(context, { parents: event.parents })) : context,
    ),
    recordChecklist: assign(({ context, event }) =>
      event.type === 'checklist.answered' && context.profile.checklist.some((i) => i.id === event.item)
        ? { ...context, checklist: { ...context.checklist, [event.item]: event.status } }
        : context,
    ),
    recordSharingAuthorisation: assign(({ context, event }) =>
      event.type === 'sharing.authorised' ? { ...context, sharingAuthorisation: event.authorisation } : context,
    ),
    recordScreening: assign(({ context, event }) =>
      event.type === 'screening.recorded' ? { ...context, screening: event.screening } : context,
    ),
    recordDecision: assign(({ context, event }) =>
      event.type === 'decision.recorded' ? withDerived({ ...context, decision: event.decision, outcome: event.decision.outcome }) : context,
    ),
    // LEI-SIBLINGS: the outcome the manager recorded is copied to the siblings' referral, which is due
    // within the profile's working days of the original referral.
    recordSiblingReferral: assign(({ context, event }) => {
      if (event.type !== 'siblings.referred' || !context.outcome) return context;
      const next = { ...context, siblingReferral: { ...event.referral, outcome: context.outcome } };
      const due = siblingReferralDue(factsOf(next));
      return withDerived({ ...next, siblingReferral: { ...next.siblingReferral, ...(due ? { due } : {}) } });
    }),
    recordClosure: assign(({ context, event }) =>
      event.type === 'closure.recorded' ? withDerived({ ...context, closure: event.closure }) : context,
    ),
  },
}).createMachine({
  id: 'contact',
  context: ({ input }) => {
    const profile = getProfile(input.authority);
    return withDerived({
      authority: input.authority,
      profile,
      receivedAt: input.receivedAt,
      channel: input.channel,
      reachedInformation: false,
      checklist: Object.fromEntries(profile.checklist.map((i) => [i.id, 'not-asked' as const])),
      actions: [],
      deadlines: [],
      rules: [],
      path: [],
    });
  },
  initial: 'intake',
  states: {
    intake: {
      description: 'Who is calling, about which children, what the worry is, and what the parents know.',
      entry: 'clearRoute',
      initial: 'referrer',
      states: {
        referrer: {
          meta: { rules: ['ANON-PUBLIC-MAY', 'ANON-RECORD-EXPLAIN', 'ANON-PROFESSIONAL-NEVER', 'INFO-PROFESSIONAL-ID', 'INT-THIRD-PARTY', 'INT-HEALTH-NHS', 'INT-CONFIRM-WRITING'] satisfies RuleId[] },
          description: 'Referrer type and agency; a wish to stay anonymous (ANON-*).',
          entry: { type: 'visit', params: { state: 'intake.referrer' } },
          on: { 'referrer.identified': { target: 'children', actions: 'recordReferrer' } },
        },
        children: {
          meta: { rules: ['INT-OPEN', 'INT-OPEN-URGENT', 'INT-UNBORN', 'INT-EARLY-HELP-OPEN', 'INT-OPEN-NO-ADVISER-RECORDING'] satisfies RuleId[] },
          description: 'Each child and their case status with children’s social care.',
          entry: { type: 'visit', params: { state: 'intake.children' } },
          on: {
            'children.recorded': { target: 'concern', actions: 'recordChildren' },
            'step.back': 'referrer',
          },
        },
        concern: {
          meta: { rules: ['INT-EMERGENCY', 'INT-CRIME', 'INT-CHILD-HARMS-CHILD', 'INT-ALLEGATION', 'DEC-EMERGENCY-ACTION'] satisfies RuleId[] },
          description: 'Immediate danger (INT-EMERGENCY), a possible crime (INT-CRIME), significant harm.',
          entry: { type: 'visit', params: { state: 'intake.concern' } },
          on: {
            'concern.described': { target: 'parents', actions: 'recordConcern' },
            'step.back': 'children',
          },
        },
        parents: {
          meta: { rules: ['CONSENT-SEEK-FIRST', 'CONSENT-THREE-STATES', 'CONSENT-REASONS', 'CONSENT-ASK-REFERRER-INFORM', 'CONSENT-POLICE-FIRST', 'ANON-SOURCE-WITHOUT-AGREEMENT'] satisfies RuleId[] },
          description: 'Parents informed, agreed, or neither, and why (CONSENT-THREE-STATES, CONSENT-REASONS).',
          entry: { type: 'visit', params: { state: 'intake.parents' } },
          on: {
            'parents.recorded': { target: '#contact.routing', actions: 'recordParents' },
            'step.back': 'concern',
          },
        },
      },
    },
    routing: {
      meta: { rules: ['INT-OPEN', 'INT-ALLEGATION', 'INT-OOH', 'INT-HUB', 'INT-FORMS'] satisfies RuleId[] },
      description: 'Where the contact goes: the first route that applies.',
      entry: { type: 'visit', params: { state: 'routing' } },
      always: [
        { guard: 'isOpenCase', target: 'allocatedWorker', meta: { rule: 'INT-OPEN' } },
        { guard: 'isAllegationAgainstWorker', target: 'managingAllegations', meta: { rule: 'INT-ALLEGATION' } },
        { guard: 'isOutOfHours', target: 'outOfHours', meta: { rule: 'INT-OOH' } },
        { guard: 'needsConsultationHub', target: 'consultationHub', meta: { rule: 'INT-HUB' } },
        { guard: 'isBelowThresholdProfessional', target: 'onlineRequest', meta: { rule: 'INT-FORMS' } },
        { target: 'frontDoor' },
      ],
    },
    allocatedWorker: {
      meta: { rules: ['INT-OPEN', 'INT-OPEN-URGENT', 'INT-OPEN-UNAVAILABLE', 'INT-OPEN-NO-ADVISER-RECORDING', 'INT-OPEN-NEW-HARM'] satisfies RuleId[] },
      description: 'Open case: pass the information to the allocated worker (INT-OPEN).',
      tags: ['redirected'],
      entry: [
        { type: 'setRoute', params: { route: 'allocated-worker' } },
        { type: 'visit', params: { state: 'allocatedWorker' } },
      ],
      on: {
        'redirect.confirmed': 'closed',
        'step.back': 'intake.parents',
        'answers.change': [...changeAnswers],
      },
    },
    managingAllegations: {
      meta: { rules: ['INT-ALLEGATION'] satisfies RuleId[] },
      description: 'Concern about an adult who works with children (INT-ALLEGATION).',
      tags: ['redirected'],
      entry: [
        { type: 'setRoute', params: { route: 'managing-allegations' } },
        { type: 'visit', params: { state: 'managingAllegations' } },
      ],
      on: { 'redirect.confirmed': 'closed', 'step.back': 'intake.parents', 'answers.change': [...changeAnswers] },
    },
    consultationHub: {
      meta: { rules: ['INT-HUB'] satisfies RuleId[] },
      description: 'School or early years: consult the Consultation Hub before a red form (INT-HUB).',
      tags: ['redirected'],
      entry: [
        { type: 'setRoute', params: { route: 'consultation-hub' } },
        { type: 'visit', params: { state: 'consultationHub' } },
      ],
      on: { 'redirect.confirmed': 'closed', 'step.back': 'intake.parents', 'answers.change': [...changeAnswers] },
    },
    onlineRequest: {
      meta: { rules: ['INT-FORMS'] satisfies RuleId[] },
      description: 'Professional below the child-protection threshold: the online request for support (INT-FORMS).',
      tags: ['redirected'],
      entry: [
        { type: 'setRoute', params: { route: 'online-request' } },
        { type: 'visit', params: { state: 'onlineRequest' } },
      ],
      on: { 'redirect.confirmed': 'closed', 'step.back': 'intake.parents', 'answers.change': [...changeAnswers] },
    },
    outOfHours: {
      meta: { rules: ['INT-OOH'] satisfies RuleId[] },
      description: 'Outside front-door hours: the out-of-hours service takes it (INT-OOH).',
      entry: [
        { type: 'setRoute', params: { route: 'out-of-hours' } },
        { type: 'visit', params: { state: 'outOfHours' } },
      ],
      always: 'informationGathering',
    },
    frontDoor: {
      meta: { rules: ['REC-ALL'] satisfies RuleId[] },
      description: 'The front door takes the contact.',
      entry: [
        { type: 'setRoute', params: { route: 'front-door' } },
        { type: 'visit', params: { state: 'frontDoor' } },
      ],
      always: 'informationGathering',
    },
    informationGathering: {
      meta: { rules: ['INFO-ASK-FAMILY-ISSUES', 'INFO-PROFESSIONAL-ID', 'INFO-CLEAR-NEXT-STEPS'] satisfies RuleId[] },
      description: 'The authority’s checklist; some questions must always be asked (INFO-ASK-FAMILY-ISSUES).',
      entry: ['enterInformation', { type: 'visit', params: { state: 'informationGathering' } }],
      on: {
        'checklist.answered': { guard: 'isChecklistItem', actions: 'recordChecklist' },
        'information.completed': {
          guard: 'hasAskedRequiredQuestions',
          target: 'screening',
          meta: { rule: 'INFO-ASK-FAMILY-ISSUES' },
        },
        'step.back': 'intake.parents',
        'answers.change': [...changeAnswers],
      },
    },
    screening: {
      meta: { rules: ['SCREEN-CHECKS', 'SCREEN-ESTABLISH', 'SCREEN-THRESHOLD', 'CONSENT-MANAGER-OVERRIDE', 'CONSENT-PROPORTIONATE', 'DEC-S27-COOPERATE'] satisfies RuleId[] },
      description: 'Record and agency checks (SCREEN-CHECKS); sharing without consent needs a manager (CONSENT-MANAGER-OVERRIDE).',
      entry: { type: 'visit', params: { state: 'screening' } },
      on: {
        'sharing.authorised': {
          guard: 'canAuthoriseSharing',
          actions: 'recordSharingAuthorisation',
          meta: { rule: 'CONSENT-MANAGER-OVERRIDE' },
        },
        'screening.recorded': {
          guard: 'isSharingAllowed',
          target: 'decision',
          actions: 'recordScreening',
          meta: { rule: 'CONSENT-MANAGER-OVERRIDE' },
        },
        'step.back': 'informationGathering',
        'answers.change': [...changeAnswers],
      },
    },
    decision: {
      meta: { rules: ['DEC-TIMESCALE', 'DEC-MANAGER', 'DEC-OUTCOMES', 'DEC-STRATEGY', 'DEC-SEEN', 'LEI-OUTCOME-DUE', 'LEI-CLOSURE-AT-REFERRAL'] satisfies RuleId[] },
      description: 'The decision within the timescale (DEC-TIMESCALE), authorised as required (DEC-MANAGER).',
      entry: { type: 'visit', params: { state: 'decision' } },
      on: {
        // A decision that breaks DEC-MANAGER or DEC-OUTCOMES is refused (no transition): `refusalsFor` says why.
        'decision.recorded': { guard: 'isValidDecision', target: 'feedback', actions: 'recordDecision', meta: { rule: 'DEC-MANAGER' } },
      },
    },
    feedback: {
      meta: { rules: ['FB-PROFESSIONAL', 'FB-PUBLIC', 'FB-FAMILY', 'FB-NFA', 'FB-SIGNPOST', 'FB-ESCALATE', 'ANON-NONPRO-NO-DISCLOSE', 'LEI-SIBLINGS', 'LEI-CLOSURE-AT-REFERRAL'] satisfies RuleId[] },
      description: 'Tell the referrer and the family the outcome (FB-*); in Leicester, siblings and closure at referral (LEI-*).',
      entry: { type: 'visit', params: { state: 'feedback' } },
      on: {
        'siblings.referred': { guard: 'canReferSiblings', actions: 'recordSiblingReferral', meta: { rule: 'LEI-SIBLINGS' } },
        'closure.recorded': { guard: 'canRecordClosure', actions: 'recordClosure', meta: { rule: 'LEI-CLOSURE-AT-REFERRAL' } },
        'feedback.sent': { guard: 'isReadyToClose', target: 'closed', meta: { rule: 'LEI-CLOSURE-AT-REFERRAL' } },
      },
    },
    closed: {
      meta: { rules: ['REC-ALL'] satisfies RuleId[] },
      description: 'Recorded and closed (REC-ALL).',
      type: 'final',
      entry: { type: 'visit', params: { state: 'closed' } },
    },
  },
});

export type ContactMachine = typeof contactMachine;

/** The roles the machine accepts as authorising a sharing override. */
export const SHARING_AUTHORISER: Role = 'team-manager';

export type ContactMachineSnapshot = SnapshotFrom<typeof contactMachine>;

/** Whether any active state has a transition for this event type at all (guarded or not). */
function handles(snapshot: ContactMachineSnapshot, type: ContactEvent['type']): boolean {
  const paths: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') paths.push(prefix ? `${prefix}.${value}` : value);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const path = prefix ? `${prefix}.${key}` : key;
        paths.push(path);
        walk(child, path);
      }
    }
  };
  walk(snapshot.value, '');
  return paths.some((path) => contactMachine.getStateNodeById(`contact.${path}`).transitions.has(type));
}

/**
 * Why the machine refuses this event where the contact stands, in the machine's own words; empty when it
 * accepts it. The desk words its refusals with this, the mock backend answers 403/422 with it, and the
 * scenario runner reports a refused decision's rule ids (the contract's `errors`) from it.
 */
export function refusalsFor(snapshot: ContactMachineSnapshot, event: ContactEvent): Refusal[] {
  if (snapshot.can(event)) return [];
  const refusals = handles(snapshot, event.type) ? guardRefusals(snapshot.context, event) : [];
  return refusals.length > 0 ? refusals : [{ field: '', message: `${event.type} is not a step of the procedure here` }];
}
