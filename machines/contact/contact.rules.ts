import { hasRule, type AuthorityProfile, type FrontDoorHours, type Timescale } from '../authorities/profile';
import { addHours, addWorkingDays, isBankHoliday, londonParts, parseInstant } from '../clock/working-days';
import type { RuleId } from '../rules/rule-ids';
import type {
  ActionId,
  Channel,
  Child,
  Concern,
  Decision,
  DeadlineId,
  Outcome,
  Parents,
  Referrer,
  ReferrerIdentity,
  Route,
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
}

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

// --- Decision ----------------------------------------------------------------------------------------------

/** DEC-OUTCOMES and DEC-MANAGER: the rule ids a proposed decision breaks, sorted; empty when it is valid. */
export function decisionErrors(profile: AuthorityProfile, decision: Pick<Decision, 'outcome' | 'authorisedBy'>): RuleId[] {
  const errors: RuleId[] = [];
  if (hasRule(profile, 'DEC-MANAGER') && decision.authorisedBy !== 'manager') errors.push('DEC-MANAGER');
  if (!profile.outcomes.some((o) => o.outcome === decision.outcome)) errors.push('DEC-OUTCOMES');
  return errors.sort();
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
  return fired;
}
