import { assign, setup } from 'xstate';
import { getProfile } from '../authorities';
import type { AuthorityProfile } from '../authorities/profile';
import type { RuleId } from '../rules/rule-ids';
import {
  decisionErrors,
  deadlines,
  handlingRules,
  isAllegationAgainstWorker,
  isBelowThresholdProfessional,
  isOpenCase,
  isOutOfHours,
  missingRequiredQuestions,
  needsConsultationHub,
  needsSharingOverride,
  referrerIdentity,
  requiredActions,
  ROUTE_RULES,
  type ContactFacts,
} from './contact.rules';
import type {
  ActionId,
  AuthorityId,
  Channel,
  ChecklistStatus,
  Child,
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
  /** Rule ids the last proposed decision broke (DEC-MANAGER, DEC-OUTCOMES). */
  errors: RuleId[];
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
  };
}

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
    ...context.errors,
  ]);
  return { identity: referrerIdentity(context.referrer), actions, deadlines: due, rules: [...fired].sort() };
}

const withDerived = (context: ContactContext): ContactContext => ({ ...context, ...derive(context) });

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
    // INFO-ASK-FAMILY-ISSUES: the questions every contact must be asked are answered or recorded as not known.
    hasAskedRequiredQuestions: ({ context }) => missingRequiredQuestions(context.profile, context.checklist).length === 0,
    // CONSENT-MANAGER-OVERRIDE: only a team manager authorises sharing without the parents, with a reason.
    canAuthoriseSharing: ({ context, event }) =>
      event.type === 'sharing.authorised' &&
      needsSharingOverride(factsOf(context)) &&
      event.authorisation.by === 'team-manager' &&
      event.authorisation.reason.trim().length > 0,
    // CONSENT-MANAGER-OVERRIDE: agency checks without consent need that authorisation first.
    isSharingAllowed: ({ context, event }) =>
      event.type === 'screening.recorded' &&
      (!event.screening.agencyChecks || !needsSharingOverride(factsOf(context)) || context.sharingAuthorisation !== undefined),
    // DEC-MANAGER, DEC-OUTCOMES: a decision is valid when authorised as the authority requires, with one of its outcomes.
    isValidDecision: ({ context, event }) =>
      event.type === 'decision.recorded' && decisionErrors(context.profile, event.decision).length === 0,
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
      event.type === 'children.recorded' ? withDerived({ ...context, children: event.children }) : context,
    ),
    recordConcern: assign(({ context, event }) =>
      event.type === 'concern.described' ? withDerived({ ...context, concern: event.concern }) : context,
    ),
    recordParents: assign(({ context, event }) =>
      event.type === 'parents.recorded' ? withDerived({ ...context, parents: event.parents }) : context,
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
      event.type === 'decision.recorded'
        ? withDerived({ ...context, decision: event.decision, outcome: event.decision.outcome, errors: [] })
        : context,
    ),
    rejectDecision: assign(({ context, event }) =>
      event.type === 'decision.recorded'
        ? withDerived({ ...context, errors: decisionErrors(context.profile, event.decision) })
        : context,
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
      errors: [],
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
        'checklist.answered': { actions: 'recordChecklist' },
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
      meta: { rules: ['DEC-TIMESCALE', 'DEC-MANAGER', 'DEC-OUTCOMES', 'DEC-STRATEGY', 'DEC-SEEN', 'LEI-SIBLINGS', 'LEI-OUTCOME-DUE', 'LEI-CLOSURE-AT-REFERRAL'] satisfies RuleId[] },
      description: 'The decision within the timescale (DEC-TIMESCALE), authorised as required (DEC-MANAGER).',
      entry: { type: 'visit', params: { state: 'decision' } },
      on: {
        'decision.recorded': [
          { guard: 'isValidDecision', target: 'feedback', actions: 'recordDecision', meta: { rule: 'DEC-MANAGER' } },
          { actions: 'rejectDecision', meta: { rule: 'DEC-OUTCOMES' } },
        ],
      },
    },
    feedback: {
      meta: { rules: ['FB-PROFESSIONAL', 'FB-PUBLIC', 'FB-FAMILY', 'FB-NFA', 'FB-SIGNPOST', 'FB-ESCALATE', 'ANON-NONPRO-NO-DISCLOSE'] satisfies RuleId[] },
      description: 'Tell the referrer and the family the outcome (FB-*).',
      entry: { type: 'visit', params: { state: 'feedback' } },
      on: { 'feedback.sent': 'closed' },
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
