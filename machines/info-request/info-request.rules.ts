import { hasRule, type AuthorityProfile } from '../authorities/profile';
import type { RuleId } from '../rules/rule-ids';
import type { IrAction, IrDecision, Requester, RequesterAgency, Subject } from './info-request.schema';

// Hertfordshire §8 (IR-*) as named predicates. The machine tries them in the contract's order and the
// first that holds decides; no other code decides how a request is handled.

export interface RequestFacts {
  profile: AuthorityProfile;
  requester: Requester;
  subject: Subject;
}

/** Statutory agencies that may ask whether a child or family is known (IR-KNOWN; the procedure's list is open-ended). */
export const STATUTORY_AGENCIES: RequesterAgency[] = [
  'cafcass', 'send', 'ofsted', 'police', 'probation', 'school', 'nhs', 'mental-health', 'other-local-authority',
];

/** Only an authority whose procedure has the IR rules covers information requests. */
export const isNotCovered = (f: RequestFacts) => !hasRule(f.profile, 'IR-OPEN');
/** IR-DOUBT */
export const isIdentityInDoubt = (f: RequestFacts) => f.requester.identityInDoubt;
/** IR-CRIME: a s.29 request for crime or tax purposes. */
export const isCrimeOrTaxRequest = (f: RequestFacts) => f.requester.purpose === 'crime-or-tax';
/** IR-SAR */
export const isSubjectAccessRequest = (f: RequestFacts) => f.requester.purpose === 'subject-access';
/** IR-COURT */
export const isCourtCorrespondence = (f: RequestFacts) =>
  f.requester.agency === 'court' || f.requester.agency === 'solicitor' || f.requester.purpose === 'court-proceedings';
/** IR-OPEN */
export const isOpenSubject = (f: RequestFacts) => f.subject.status === 'open';
/** IR-OLA-S47 */
export const isOtherAuthorityS47 = (f: RequestFacts) =>
  f.requester.agency === 'other-local-authority' && f.requester.purpose === 's47-enquiry';
/** IR-UKBA */
export const isUkbaFutureOfChild = (f: RequestFacts) => f.requester.agency === 'ukba' && f.requester.purpose === 'future-of-child';
/** IR-OLA-S47, IR-UKBA: replies go only to a .gov.uk email address. */
export const hasGovUkReplyAddress = (f: RequestFacts) => /^[^@\s]+@([a-z0-9-]+\.)*gov\.uk$/i.test(f.requester.replyTo.trim());
/** IR-DETAILED */
export const isDetailedHistoryRequest = (f: RequestFacts) =>
  (f.requester.agency === 'other-local-authority' || f.requester.agency === 'cafcass') &&
  f.requester.purpose === 'detailed-history';
/** IR-KNOWN: a statutory agency asking to protect a child, or with written consent from someone with PR. */
export const isKnownStatusQuery = (f: RequestFacts) =>
  STATUTORY_AGENCIES.includes(f.requester.agency) &&
  f.requester.purpose !== 'detailed-history' &&
  (f.requester.purpose === 'safeguarding' || f.requester.purpose === 's47-enquiry' || f.requester.writtenConsent);
/** IR-HOUSING: housing, not about safeguarding, without signed consent. */
export const isHousingWithoutConsent = (f: RequestFacts) =>
  f.requester.agency === 'housing' && f.requester.purpose !== 'safeguarding' && !f.requester.writtenConsent;
/** IR-CONSENT: any other request waits for consent (or evidence of a statutory role). */
export const isOtherRequestWithoutConsent = (f: RequestFacts) =>
  !isKnownStatusQuery(f) && !isDetailedHistoryRequest(f) && !f.requester.writtenConsent;
export const hasWrittenConsent = (f: RequestFacts) => f.requester.writtenConsent;

/** The rule that decided, for each decision. */
export function decidingRules(f: RequestFacts, decision: IrDecision): RuleId[] {
  switch (decision) {
    case 'await-identity-evidence': return ['IR-DOUBT'];
    case 'data-protection-team': return [isCrimeOrTaxRequest(f) ? 'IR-CRIME' : 'IR-SAR'];
    case 'legal-helpdesk': return ['IR-COURT'];
    case 'allocated-worker': return ['IR-OPEN'];
    case 'confirm-without-consent':
    case 'await-gov-uk-address': return [isOtherAuthorityS47(f) ? 'IR-OLA-S47' : 'IR-UKBA'];
    case 'await-consent': return [isHousingWithoutConsent(f) ? 'IR-HOUSING' : 'IR-CONSENT'];
    case 'confirm-known-status': return ['IR-KNOWN'];
    case 'team-processes':
    case 'return-for-reasons': return ['IR-DETAILED'];
    case 'disclose-with-consent': return ['IR-CONSENT'];
    case 'not-covered': return [];
  }
}

/** Decisions under which the request is not processed yet (IR-DOUBT, IR-CONSENT, IR-DETAILED): no record is opened. */
const NOT_PROCESSED: IrDecision[] = [
  'await-identity-evidence', 'await-consent', 'await-gov-uk-address', 'return-for-reasons', 'not-covered', 'allocated-worker',
];

/** What the desk must do besides answering, with the rule behind each; sorted by action. */
export function requestActions(f: RequestFacts, decision: IrDecision): { action: IrAction; rule: RuleId }[] {
  const out: { action: IrAction; rule: RuleId }[] = [];
  const processed = !NOT_PROCESSED.includes(decision);
  if (processed && f.subject.status === 'closed') out.push({ action: 'open-contact', rule: 'IR-CLOSED' });
  if (processed && f.subject.status === 'adult-former-recipient') out.push({ action: 'open-adult-contact', rule: 'IR-ADULT' });
  if (decision === 'legal-helpdesk' && f.subject.status === 'open') {
    out.push({ action: 'casenote-allocated-worker', rule: 'IR-COURT' });
  }
  // The contract attaches this action to the confirmation only: awaiting a .gov.uk address, nothing is sent yet.
  if (decision === 'confirm-without-consent') {
    out.push({ action: 'reply-to-gov-uk-only', rule: isOtherAuthorityS47(f) ? 'IR-OLA-S47' : 'IR-UKBA' });
  }
  if (decision === 'team-processes') out.push({ action: 'seek-legal-advice', rule: 'IR-DETAILED' });
  return out.sort((a, b) => a.action.localeCompare(b.action));
}
