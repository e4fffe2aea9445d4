import { hasRule, type AuthorityProfile, type FrontDoorHours, type Timescale } from '../authorities/profile';
import { addHours, addWorkingDays, isBankHoliday, londonParts, parseInstant } from '../clock/working-days';
import type { RuleId } from '../rules/rule-ids';
import type {
  ActionId,
  Channel,
  Child,
  ClosureSummary,
  Concern,
  Decision,
  DeadlineId,
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

// The contact procedure as named pure predicates over the facts of a call. The machine's guards and its
// requirement evaluation call these; nothing else decides a rule. Each cites its id in procedure-rules.md.

export interface ContactFacts {
  profile: AuthorityProfile;
  receivedAt: string;
  channel: Channel;
  referrer?: Referrer;
  children?: Child[];
  concern?: Concern;
  parents?: Parents;
  route?: Route;
  /** True once the contact has reached information gathering (routes front-door and out-of-hours). */
  reachedInformation?: boolean;
  decision?: Decision;
  outcome?: Outcome;
  /** LEI-SIBLINGS: the screening manager's decision about the siblings, once taken. */
  siblingReferral?: SiblingReferral;
  /** LEI-CLOSURE-AT-REFERRAL: the agreement and summary recorded for a closure at referral. */
  closure?: ClosureSummary;
}

/**
 * Why the machine refuses an event where it stands: the rule, the field of the event it is about, and, when
 * the refusal is about who acts, the role that may. Every guard of the contact machine is "no refusals",
 * so the page, the mock backend and the scenario runner word exactly what the machine decided.
 */
export interface Refusal {
  /** The rule behind the refusal; absent only where the event names something the profile does not have. */
  rule?: RuleId;
  /** Dotted path in the event ('decision.authorisedBy'), or '' for the event as a whole. */
  field: string;
  requiredRole?: Role;
  message: string;
}

/** The sorted, unique rule ids of some refusals (the contract's `errors`). */
export const refusalRules = (refusals: readonly Refusal[]): RuleId[] =>
  [...new Set(refusals.flatMap((r) => (r.rule ? [r.rule] : [])))].sort();

const isProfessional = (f: ContactFacts) => f.referrer?.type === 'professional';
const requestsAnonymity = (f: ContactFacts) => f.referrer?.requestsAnonymity === true;

/** The contact goes on to screening with agency checks: only these routes stay with the front door. */
export const screensAtFrontDoor = (route: Route | undefined) => route === 'front-door' || route === 'out-of-hours';

// --- Routing, in contract order (first that applies) ----------------------------------------------------

/** INT-OPEN: any child open to a social care team goes to the allocated worker. */
export const isOpenCase = (f: ContactFacts) => (f.children ?? []).some((c) => c.caseStatus === 'open');

/** INT-ALLEGATION: a concern about an adult who works with children, where the authority has that route. */
export const isAllegationAgainstWorker = (f: ContactFacts) =>
  f.profile.routing.managingAllegations !== undefined && f.concern?.allegationAgainstWorker === true;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Whether the front door is open at this instant (London time, windows half-open). */
export function isFrontDoorOpen(hours: FrontDoorHours, instant: string): boolean {
  if (hours.kind !== 'weekly') return true;
  const local = londonParts(parseInstant(instant));
  if (hours.closedOnBankHolidays && isBankHoliday(local.date)) return false;
  return hours.windows.some(
    (w) => w.days.includes(local.weekday) && local.minutesOfDay >= minutes(w.from) && local.minutesOfDay < minutes(w.to),
  );
}

/** INT-OOH: received outside front-door hours and of a kind the out-of-hours service takes. */
export const isOutOfHours = (f: ContactFacts) => {
  const divert = f.profile.outOfHours.divert;
  if (divert === 'none' || isFrontDoorOpen(f.profile.hours, f.receivedAt)) return false;
  if (divert === 'significant-harm') return f.concern?.significantHarm === true || f.concern?.immediateDanger === true;
  return true;
};

/** INT-HUB: a school or early-years child-protection concern not yet discussed with the Consultation Hub. */
export const needsConsultationHub = (f: ContactFacts) => {
  const hub = f.profile.routing.consultationHub;
  return (
    hub !== undefined &&
    isProfessional(f) &&
    hub.agencies.includes(f.referrer?.agency ?? '') &&
    f.concern?.significantHarm === true &&
    f.concern.immediateDanger !== true &&
    f.referrer?.consultedHub !== true
  );
};

/** INT-FORMS: a professional below the child-protection threshold uses the online request form. */
export const isBelowThresholdProfessional = (f: ContactFacts) =>
  f.profile.routing.onlineRequest !== undefined &&
  isProfessional(f) &&
  f.concern?.significantHarm !== true &&
  f.concern?.immediateDanger !== true;

export const ROUTE_RULES: { route: Route; rule?: RuleId; guard: string }[] = [
  { route: 'allocated-worker', rule: 'INT-OPEN', guard: 'isOpenCase' },
  { route: 'managing-allegations', rule: 'INT-ALLEGATION', guard: 'isAllegationAgainstWorker' },
  { route: 'out-of-hours', rule: 'INT-OOH', guard: 'isOutOfHours' },
  { route: 'consultation-hub', rule: 'INT-HUB', guard: 'needsConsultationHub' },
  { route: 'online-request', rule: 'INT-FORMS', guard: 'isBelowThresholdProfessional' },
  { route: 'front-door', guard: 'otherwise' },
];

// --- Referrer identity -----------------------------------------------------------------------------------

/**
 * ANON-PROFESSIONAL-NEVER: a professional is always named. ANON-PUBLIC-MAY / ANON-RECORD-EXPLAIN: a
 * non-professional may withhold their name. ANON-NONPRO-NO-DISCLOSE: otherwise a non-professional's
 * identity is known but confidential, shared only with their consent.
 */
export function referrerIdentity(referrer: Referrer | undefined): ReferrerIdentity | undefined {
  if (!referrer) return undefined;
  if (referrer.type === 'professional') return 'named';
  return referrer.requestsAnonymity ? 'withheld' : 'confidential';
}

// --- Consent ---------------------------------------------------------------------------------------------

/** CONSENT-MANAGER-OVERRIDE: sharing with other agencies would happen without the parents' knowledge or agreement. */
export function needsSharingOverride(f: ContactFacts): boolean {
  if (!f.parents || !screensAtFrontDoor(f.route)) return false;
  switch (f.profile.consentOverride) {
    case 'not-informed-or-not-agreed':
      return !f.parents.informed || !f.parents.agreed;
    case 'not-informed':
      return !f.parents.informed;
    case 'none':
      return false;
  }
}

// --- Required actions ------------------------------------------------------------------------------------

export interface ActionRule {
  action: ActionId;
  rule: RuleId;
  /** True when the contract applies this action in every authority, whatever the profile lists. */
  everywhere?: boolean;
  when: (f: ContactFacts) => boolean;
}

const applies = (f: ContactFacts, r: ActionRule) => (r.everywhere || hasRule(f.profile, r.rule)) && r.when(f);

export const ACTION_RULES: ActionRule[] = [
  { action: 'call-999', rule: 'INT-EMERGENCY', everywhere: true, when: (f) => f.concern?.immediateDanger === true },
  { action: 'notify-police', rule: 'INT-CRIME', everywhere: true, when: (f) => f.concern?.crimeSuspected === true },
  {
    action: 'explain-confidentiality-limits',
    rule: 'ANON-RECORD-EXPLAIN',
    everywhere: true,
    when: (f) => f.referrer !== undefined && !isProfessional(f) && requestsAnonymity(f),
  },
  {
    action: 'explain-professionals-not-anonymous',
    rule: 'ANON-PROFESSIONAL-NEVER',
    everywhere: true,
    when: (f) => isProfessional(f) && requestsAnonymity(f),
  },
  { action: 'manager-authorise-sharing', rule: 'CONSENT-MANAGER-OVERRIDE', when: needsSharingOverride },
  {
    action: 'ask-referrer-to-inform-parents',
    rule: 'CONSENT-ASK-REFERRER-INFORM',
    when: (f) => isProfessional(f) && f.parents?.informed === false && f.parents.reasonsNotInformed.length === 0,
  },
  {
    action: 'confirm-in-writing-24h',
    rule: 'INT-CONFIRM-WRITING',
    when: (f) => isProfessional(f) && f.channel === 'phone',
  },
  { action: 'remind-to-feed-back-to-source', rule: 'INT-THIRD-PARTY', when: (f) => f.referrer?.relaysThirdParty === true },
  { action: 'send-both-children-details', rule: 'INT-CHILD-HARMS-CHILD', when: (f) => f.concern?.harmByAnotherChild === true },
  { action: 'include-nhs-number', rule: 'INT-HEALTH-NHS', when: (f) => isProfessional(f) && f.referrer?.agency === 'health' },
  { action: 'ask-about-family-issues', rule: 'INFO-ASK-FAMILY-ISSUES', when: (f) => f.reachedInformation === true },
  {
    action: 'convene-strategy-discussion',
    rule: 'DEC-STRATEGY',
    everywhere: true,
    when: (f) => f.outcome === 'strategy-discussion',
  },
  { action: 'explain-reasons-and-alternatives', rule: 'FB-NFA', when: (f) => f.outcome === 'no-further-action' },
  {
    action: 'tell-referrer-where-signposted',
    rule: 'FB-SIGNPOST',
    when: (f) => f.outcome === 'signpost' || f.outcome === 'early-help',
  },
];

export function requiredActions(f: ContactFacts): { action: ActionId; rule: RuleId }[] {
  return ACTION_RULES.filter((r) => applies(f, r))
    .map(({ action, rule }) => ({ action, rule }))
    .sort((a, b) => a.action.localeCompare(b.action));
}

// --- Deadlines -------------------------------------------------------------------------------------------

export function dueAfter(from: string, timescale: Timescale): string {
  return timescale.kind === 'hours' ? addHours(from, timescale.hours) : addWorkingDays(from, timescale.days);
}

export interface DeadlineRule {
  deadline: DeadlineId;
  rule: RuleId;
  /** The instant the deadline runs to, or undefined when it does not apply. */
  due: (f: ContactFacts) => string | undefined;
}

export const DEADLINE_RULES: DeadlineRule[] = [
  {
    deadline: 'decision',
    rule: 'DEC-TIMESCALE',
    due: (f) => (screensAtFrontDoor(f.route) ? dueAfter(f.receivedAt, f.profile.decisionTimescale) : undefined),
  },
  {
    deadline: 'acknowledgement',
    rule: 'FB-ACK',
    due: (f) => (f.profile.acknowledgedChannels.includes(f.channel) ? addWorkingDays(f.receivedAt, 1) : undefined),
  },
  {
    deadline: 'chase',
    rule: 'FB-CHASE',
    due: (f) =>
      f.profile.chaseAfterWorkingDays !== undefined ? addWorkingDays(f.receivedAt, f.profile.chaseAfterWorkingDays) : undefined,
  },
  {
    deadline: 'writtenConfirmation',
    rule: 'INT-CONFIRM-WRITING',
    due: (f) =>
      hasRule(f.profile, 'INT-CONFIRM-WRITING') && isProfessional(f) && f.channel === 'phone'
        ? addHours(f.receivedAt, 24)
        : undefined,
  },
  {
    deadline: 'strategyDecision',
    rule: 'DEC-SEEN',
    due: (f) =>
      f.profile.strategyDecisionHours !== undefined && f.concern?.significantHarm === true
        ? addHours(f.receivedAt, f.profile.strategyDecisionHours)
        : undefined,
  },
  {
    deadline: 'childSeen',
    rule: 'DEC-SEEN',
    due: (f) =>
      f.profile.childSeenWorkingDays !== undefined && f.outcome === 'assessment' && f.decision
        ? addWorkingDays(f.decision.at, f.profile.childSeenWorkingDays)
        : undefined,
  },
];

export function deadlines(f: ContactFacts): { deadline: DeadlineId; rule: RuleId; due: string }[] {
  const out: { deadline: DeadlineId; rule: RuleId; due: string }[] = [];
  for (const r of DEADLINE_RULES) {
    const due = r.due(f);
    if (due !== undefined) out.push({ deadline: r.deadline, rule: r.rule, due });
  }
  return out;
}

// --- Information gathering ---------------------------------------------------------------------------

/** INFO-ASK-FAMILY-ISSUES: checklist items that must be asked (answered or recorded as not known) and are not yet. */
export function missingRequiredQuestions(
  profile: AuthorityProfile,
  checklist: Record<string, 'not-asked' | 'answered' | 'not-known'>,
) {
  return profile.checklist.filter((i) => i.mustAsk && (checklist[i.id] ?? 'not-asked') === 'not-asked');
}

/** INFO-ASK-FAMILY-ISSUES: information gathering ends only once the must-ask questions have been asked. */
export function informationRefusals(
  profile: AuthorityProfile,
  checklist: Record<string, 'not-asked' | 'answered' | 'not-known'>,
): Refusal[] {
  return missingRequiredQuestions(profile, checklist).map((item) => ({
    rule: 'INFO-ASK-FAMILY-ISSUES' as const,
    field: `checklist.${item.id}`,
    message: `Ask about: ${item.label.toLowerCase()} (or record that the caller does not know)`,
  }));
}

/**
 * An answer against an item this authority's checklist does not have is refused rather than stored: it is
 * not a rule of procedure but a value the profile does not know, so it cites none.
 */
export function checklistRefusals(profile: AuthorityProfile, item: string): Refusal[] {
  return profile.checklist.some((i) => i.id === item) ? [] : [{ field: 'item', message: `${profile.name}’s checklist has no item “${item}”` }];
}

// --- Screening and the sharing override --------------------------------------------------------------------

/** CONSENT-MANAGER-OVERRIDE: only a team manager authorises sharing without the parents, with a reason, and only when needed. */
export function sharingRefusals(f: ContactFacts, authorisation: SharingAuthorisation): Refusal[] {
  const refusals: Refusal[] = [];
  if (!needsSharingOverride(f)) {
    refusals.push({
      rule: 'CONSENT-MANAGER-OVERRIDE',
      field: '',
      message: 'No authorisation is needed: sharing here does not go behind the parents’ knowledge or agreement',
    });
  }
  if (authorisation.by !== 'team-manager') {
    refusals.push({
      rule: 'CONSENT-MANAGER-OVERRIDE',
      field: 'authorisation.by',
      requiredRole: 'team-manager',
      message: 'Only a team manager may authorise sharing without the parents’ consent',
    });
  }
  if (authorisation.reason.trim().length === 0) {
    refusals.push({ rule: 'CONSENT-MANAGER-OVERRIDE', field: 'authorisation.reason', message: 'Record the reason for sharing without consent' });
  }
  return refusals;
}

/** CONSENT-MANAGER-OVERRIDE: agency checks without the parents need the team manager's authorisation first. */
export function screeningRefusals(f: ContactFacts, screening: Screening, authorisation: SharingAuthorisation | undefined): Refusal[] {
  if (!screening.agencyChecks || !needsSharingOverride(f) || authorisation !== undefined) return [];
  return [
    {
      rule: 'CONSENT-MANAGER-OVERRIDE',
      field: 'screening.agencyChecks',
      requiredRole: 'team-manager',
      message: 'A team manager must authorise sharing without consent before agency checks',
    },
  ];
}

/**
 * CONSENT-MANAGER-OVERRIDE: an authorisation covers the facts the manager weighed when giving it (the
 * children, the concern and what the parents know, with the reasons for not telling them). Once any of these
 * answers is changed the old authorisation no longer speaks to the facts, so a new one is needed.
 */
export function authorisationStillCovers(
  before: Pick<ContactFacts, 'children' | 'concern' | 'parents'>,
  after: Pick<ContactFacts, 'children' | 'concern' | 'parents'>,
): boolean {
  const children = (c: Child[] | undefined) => (c ?? []).map((x) => [x.caseStatus, x.unborn, x.disability]);
  const concern = (c: Concern | undefined) =>
    c ? [c.immediateDanger, c.crimeSuspected, c.significantHarm, c.harmByAnotherChild, c.allegationAgainstWorker] : [];
  const parents = (p: Parents | undefined) => (p ? [p.informed, p.agreed, [...p.reasonsNotInformed].sort()] : []);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (
    same(children(before.children), children(after.children)) &&
    same(concern(before.concern), concern(after.concern)) &&
    same(parents(before.parents), parents(after.parents))
  );
}

// --- Decision ----------------------------------------------------------------------------------------------

/** DEC-OUTCOMES and DEC-MANAGER: why a proposed decision is refused; empty when it is valid. */
export function decisionRefusals(profile: AuthorityProfile, decision: Pick<Decision, 'outcome' | 'authorisedBy'>): Refusal[] {
  const refusals: Refusal[] = [];
  if (hasRule(profile, 'DEC-MANAGER') && decision.authorisedBy !== 'manager') {
    refusals.push({
      rule: 'DEC-MANAGER',
      field: 'decision.authorisedBy',
      requiredRole: 'team-manager',
      message: `In ${profile.name} a team manager must authorise the decision`,
    });
  }
  if (!profile.outcomes.some((o) => o.outcome === decision.outcome)) {
    refusals.push({ rule: 'DEC-OUTCOMES', field: 'decision.outcome', message: `${profile.name} does not have this outcome` });
  }
  return refusals;
}

/** DEC-OUTCOMES and DEC-MANAGER: the rule ids a proposed decision breaks, sorted; empty when it is valid. */
export const decisionErrors = (profile: AuthorityProfile, decision: Pick<Decision, 'outcome' | 'authorisedBy'>): RuleId[] =>
  refusalRules(decisionRefusals(profile, decision));

/** LEI-SIBLINGS: the screening manager's decision about the siblings of a contact progressed to a referral. */
export function siblingReferralRefusals(f: ContactFacts, referral: SiblingReferral): Refusal[] {
  const rule = 'LEI-SIBLINGS' as const;
  const policy = f.profile.siblingReferral;
  if (!policy || !hasRule(f.profile, rule)) {
    return [{ rule, field: '', message: `${f.profile.name}’s procedure has no sibling referral` }];
  }
  const refusals: Refusal[] = [];
  if (!f.outcome || !policy.referralOutcomes.includes(f.outcome) || !f.decision) {
    refusals.push({ rule, field: '', message: 'Only a contact progressed to a referral can be copied to its siblings' });
  }
  if (f.siblingReferral) refusals.push({ rule, field: '', message: 'The decision about the siblings has already been recorded' });
  if (referral.by !== policy.byRole) {
    refusals.push({ rule, field: 'referral.by', requiredRole: policy.byRole, message: 'Only the screening team manager decides about a sibling referral' });
  }
  if (!referral.progress && (referral.rationale ?? '').trim().length === 0) {
    refusals.push({ rule, field: 'referral.rationale', message: 'Give a clear rationale for not progressing the siblings to referral' });
  }
  // The sibling's referral carries its own creation date, which cannot be before the original referral.
  if (f.decision && Date.parse(referral.at) < Date.parse(f.decision.at)) {
    refusals.push({ rule, field: 'referral.at', message: 'The sibling’s referral is dated when it is created, after the original referral' });
  }
  return refusals;
}

/** LEI-SIBLINGS: the sibling's referral is progressed within the working days after the original referral (the decision). */
export function siblingReferralDue(f: ContactFacts): string | undefined {
  const policy = f.profile.siblingReferral;
  if (!policy || !f.decision || !f.siblingReferral?.progress) return undefined;
  return addWorkingDays(f.decision.at, policy.progressWithinWorkingDays);
}

/** LEI-CLOSURE-AT-REFERRAL: the agreement and summary belong to a closure at referral in an authority that has it. */
export function closureRefusals(f: ContactFacts): Refusal[] {
  const rule = 'LEI-CLOSURE-AT-REFERRAL' as const;
  if (!f.profile.closureAtReferral || !hasRule(f.profile, rule) || f.outcome !== 'closure-at-referral') {
    return [{ rule, field: '', message: 'Only a referral closed at referral needs this summary' }];
  }
  if (f.closure) return [{ rule, field: '', message: 'The closure summary has already been recorded' }];
  return [];
}

/** LEI-CLOSURE-AT-REFERRAL: a closure at referral is not closed until the agreement and summary are recorded. */
export function closeRefusals(f: ContactFacts): Refusal[] {
  if (f.profile.closureAtReferral && f.outcome === 'closure-at-referral' && !f.closure) {
    return [
      {
        rule: 'LEI-CLOSURE-AT-REFERRAL',
        field: 'closure',
        message: 'Record who the closure was agreed with, why no social care assessment is needed and the discussion first',
      },
    ];
  }
  return [];
}

// --- Rules that fired --------------------------------------------------------------------------------------

/** Identity and consent rules that describe how the contact was handled, beyond actions and deadlines. */
export function handlingRules(f: ContactFacts): RuleId[] {
  const fired: RuleId[] = [];
  const add = (rule: RuleId, when: boolean) => {
    if (when && hasRule(f.profile, rule)) fired.push(rule);
  };
  const identity = referrerIdentity(f.referrer);
  add('ANON-PUBLIC-MAY', identity === 'withheld');
  add('ANON-NONPRO-NO-DISCLOSE', identity === 'withheld' || identity === 'confidential');
  add('CONSENT-THREE-STATES', f.parents !== undefined);
  add('CONSENT-REASONS', (f.parents?.reasonsNotInformed.length ?? 0) > 0);
  add('INT-UNBORN', (f.children ?? []).some((c) => c.unborn));
  add('INT-OPEN-URGENT', f.route === 'allocated-worker' && f.concern?.immediateDanger === true);
  add('INT-OPEN-NEW-HARM', f.route === 'allocated-worker' && f.concern?.significantHarm === true);
  add('INT-OPEN-UNAVAILABLE', f.route === 'allocated-worker');
  add('INT-OPEN-NO-ADVISER-RECORDING', f.route === 'allocated-worker');
  add('INT-EARLY-HELP-OPEN', (f.children ?? []).some((c) => c.caseStatus === 'early-help'));
  add('CONSENT-POLICE-FIRST', f.concern?.crimeSuspected === true && f.parents?.informed === false);
  add('SCREEN-CHECKS', f.reachedInformation === true);
  add('DEC-MANAGER', f.outcome !== undefined);
  add('DEC-OUTCOMES', f.outcome !== undefined);
  add('LEI-CLOSURE-AT-REFERRAL', f.outcome === 'closure-at-referral');
  add('LEI-SIBLINGS', f.siblingReferral !== undefined);
  return fired;
}
