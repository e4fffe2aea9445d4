import type { ActionId, Agency, CaseStatus, Channel, DeadlineId, Outcome, ReasonNotInformed, ReferrerIdentity, ReferrerType, Route } from '../../machines/contact/contact.schema';

// Words the screens use for the machines' values. Presentation only: which of them apply is always
// read from the machine's snapshot.

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Phone call',
  email: 'Email',
  'online-form': 'Online form',
  post: 'Post',
  'in-person': 'In person',
};

export const REFERRER_TYPE_LABELS: Record<ReferrerType, string> = {
  professional: 'A professional',
  public: 'A member of the public',
  family: 'A family member',
  child: 'The child or young person',
};

export const AGENCY_LABELS: Record<Agency, string> = {
  school: 'School or college',
  'early-years': 'Early years setting or nursery',
  health: 'Health (hospital or community health)',
  gp: 'GP practice',
  police: 'Police',
  housing: 'Housing',
  probation: 'Probation',
  voluntary: 'Voluntary or community organisation',
  other: 'Another agency',
};

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  unknown: 'Not known to children’s social care',
  closed: 'Known before, case closed',
  open: 'Open case with an allocated worker',
  'early-help': 'Getting early help (TAC or early-help plan)',
};

export const REASON_LABELS: Record<ReasonNotInformed, string> = {
  'abusive-response': 'Telling them could provoke abuse, threats or silencing of the child',
  delay: 'It would cause an unreasonable delay',
  'evidence-loss': 'Evidence could be lost',
  'staff-risk': 'It would put staff at risk',
  intimidation: 'The child or family could be intimidated',
  'domestic-abuse-risk': 'It could raise the risk of domestic abuse',
  'family-may-move': 'The family might move to avoid scrutiny',
  'crime-detection': 'It could hinder detecting or preventing a crime',
  's47-information': 'Other agencies’ information may decide whether Section 47 enquiries are needed',
};

export const ROUTE_LABELS: Record<Route, string> = {
  'front-door': 'Front door screening',
  'allocated-worker': 'Pass to the allocated worker',
  'out-of-hours': 'Out-of-hours service',
  'consultation-hub': 'Consultation Hub first',
  'online-request': 'Online request for support',
  'managing-allegations': 'Managing allegations procedure',
};

export const IDENTITY_LABELS: Record<ReferrerIdentity, string> = {
  named: 'Named: the family may learn which agency made the contact',
  confidential: 'Confidential: shared only with the caller’s consent',
  withheld: 'Anonymous: identity withheld',
};

export const ACTION_LABELS: Record<ActionId, string> = {
  'call-999': 'Call 999 now: a child is in immediate danger',
  'notify-police': 'Tell the police straight away: a crime may have been committed',
  'explain-confidentiality-limits': 'Explain that anonymity has limits (a court may order the name to be given)',
  'explain-professionals-not-anonymous': 'Explain that professionals cannot stay anonymous',
  'manager-authorise-sharing': 'A team manager must authorise sharing without the parents, and record why',
  'ask-referrer-to-inform-parents': 'Ask the professional to tell the parents, unless that would put the child at risk',
  'confirm-in-writing-24h': 'Ask the professional to confirm the contact in writing within 24 hours',
  'remind-to-feed-back-to-source': 'Remind the caller to feed back to the person who told them',
  'send-both-children-details': 'Take details of both children: the harm was caused by another child',
  'include-nhs-number': 'Ask for the child’s NHS number',
  'ask-about-family-issues': 'Ask about domestic abuse, mental health, substance misuse and learning difficulties',
  'convene-strategy-discussion': 'Convene a strategy discussion',
  'explain-reasons-and-alternatives': 'Tell the referrer why no further action, and what else could help',
  'tell-referrer-where-signposted': 'Tell the referrer where the contact has been passed',
};

export const DEADLINE_LABELS: Record<DeadlineId, string> = {
  decision: 'Decision on the response due',
  acknowledgement: 'Acknowledgement due',
  chase: 'Referrer chases if not acknowledged by',
  writtenConfirmation: 'Written confirmation due',
  strategyDecision: 'Decision on a strategy discussion due',
  childSeen: 'Child to be seen by',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  'no-further-action': 'No further action',
  'information-advice': 'Information and advice',
  signpost: 'Signposting',
  'early-help': 'Early help',
  assessment: 'Assessment',
  'strategy-discussion': 'Strategy discussion',
  'closure-at-referral': 'Closure at referral',
};

/**
 * Display order for required actions: what must happen at once first (call 999, then the police), the rest
 * as the machine gives them. The contract sorts the runner's output alphabetically; a call handler needs
 * the emergency at the top.
 */
const URGENT: ActionId[] = ['call-999', 'notify-police'];
export function urgentFirst<T extends { action: ActionId }>(actions: readonly T[]): T[] {
  const rank = (a: T) => (URGENT.includes(a.action) ? URGENT.indexOf(a.action) : URGENT.length);
  return [...actions].sort((a, b) => rank(a) - rank(b));
}
