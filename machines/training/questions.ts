import { getProfile } from '../authorities';
import type { AuthorityId } from '../contact/contact.schema';
import type { RuleId } from '../rules/rule-ids';

// The questions a trainee can put to the simulated caller. Each fixed id names one input of the contact
// machine (or the information-request machine), so a scripted caller line is tied to the fact it reveals.
// Checklist questions come from the authority's own checklist (profile data), so they differ by authority.

export type QuestionId = string;

export type QuestionStep = 'referrer' | 'children' | 'concern' | 'parents' | 'checklist' | 'request';

export interface TrainingQuestion {
  id: QuestionId;
  step: QuestionStep;
  /** What the trainee says, in our words. */
  ask: string;
  /**
   * The rules that make this question worth asking (shown in guided hints and the debrief). This is
   * where the question comes from, not a decision: what follows from the answer is the machine's.
   */
  rules: RuleId[];
}

interface FixedQuestion extends TrainingQuestion {
  /** Asked only where the authority's profile has this routing option. */
  onlyWith?: 'consultationHub';
}

const CONTACT_QUESTIONS: FixedQuestion[] = [
  { id: 'referrer.who', step: 'referrer', ask: 'Can I take your name, and how do you know the family?', rules: ['INFO-PROFESSIONAL-ID'] },
  { id: 'referrer.agency', step: 'referrer', ask: 'Are you calling in a work role? Which organisation are you with?', rules: ['INFO-PROFESSIONAL-ID', 'ANON-PROFESSIONAL-NEVER'] },
  { id: 'referrer.anonymity', step: 'referrer', ask: 'Are you happy for the family to know this came from you?', rules: ['ANON-PUBLIC-MAY', 'ANON-RECORD-EXPLAIN', 'ANON-PROFESSIONAL-NEVER'] },
  { id: 'referrer.source', step: 'referrer', ask: 'Did you see or hear this yourself, or did someone else tell you?', rules: ['INT-THIRD-PARTY', 'ANON-GOOD-FAITH-THIRD-PARTY'] },
  { id: 'referrer.hub', step: 'referrer', ask: 'Have you already talked this through with the Consultation Hub?', rules: ['INT-HUB'], onlyWith: 'consultationHub' },
  { id: 'children.who', step: 'children', ask: 'Which children is this about? How many are there?', rules: ['INT-CHILD-HARMS-CHILD'] },
  { id: 'children.social-worker', step: 'children', ask: 'Does the child have a social worker or early-help worker at the moment, or have they had one before?', rules: ['INT-OPEN', 'INT-EARLY-HELP-OPEN'] },
  { id: 'children.unborn', step: 'children', ask: 'Is the worry about a baby who is not born yet?', rules: ['INT-UNBORN'] },
  { id: 'children.disability', step: 'children', ask: 'Does the child have a disability or any additional needs?', rules: [] },
  { id: 'concern.what', step: 'concern', ask: 'Tell me what has happened and what worries you.', rules: ['SCREEN-ESTABLISH'] },
  { id: 'concern.danger-now', step: 'concern', ask: 'Is the child in danger right now? Where are they at this moment?', rules: ['INT-EMERGENCY'] },
  { id: 'concern.crime', step: 'concern', ask: 'Do you think someone may have committed a crime against the child, such as hitting or sexually abusing them?', rules: ['INT-CRIME'] },
  { id: 'concern.harm', step: 'concern', ask: 'Do you think the child has been, or is likely to be, seriously harmed?', rules: ['DEC-SEEN', 'DEC-STRATEGY'] },
  { id: 'concern.harm-by-child', step: 'concern', ask: 'Was the harm caused by another child or young person?', rules: ['INT-CHILD-HARMS-CHILD'] },
  { id: 'concern.worker', step: 'concern', ask: 'Is the person you are worried about someone who works or volunteers with children?', rules: ['INT-ALLEGATION'] },
  { id: 'parents.informed', step: 'parents', ask: 'Do the parents know you are contacting us?', rules: ['CONSENT-SEEK-FIRST', 'CONSENT-THREE-STATES'] },
  { id: 'parents.agreed', step: 'parents', ask: 'Have the parents agreed to us sharing information with other services?', rules: ['CONSENT-THREE-STATES', 'CONSENT-MANAGER-OVERRIDE'] },
  { id: 'parents.why-not', step: 'parents', ask: 'What stopped you telling the parents, or asking them?', rules: ['CONSENT-REASONS', 'CONSENT-ASK-REFERRER-INFORM'] },
];

const REQUEST_QUESTIONS: TrainingQuestion[] = [
  { id: 'request.agency', step: 'request', ask: 'Which organisation are you from?', rules: ['IR-KNOWN', 'IR-CONSENT'] },
  { id: 'request.purpose', step: 'request', ask: 'What do you need the information for?', rules: ['IR-OLA-S47', 'IR-UKBA', 'IR-CRIME', 'IR-SAR', 'IR-DETAILED'] },
  { id: 'request.reply-to', step: 'request', ask: 'Which email address should the reply go to?', rules: ['IR-OLA-S47', 'IR-UKBA'] },
  { id: 'request.subject', step: 'request', ask: 'Who is the request about? Is the child (or adult) known to us, and is the case open?', rules: ['IR-OPEN', 'IR-CLOSED', 'IR-ADULT'] },
  { id: 'request.consent', step: 'request', ask: 'Do you have written consent from the person, or from someone with parental responsibility?', rules: ['IR-CONSENT', 'IR-HOUSING', 'IR-KNOWN'] },
  { id: 'request.reasons', step: 'request', ask: 'Can you tell me why you need it, and the background to the request?', rules: ['IR-DETAILED'] },
  { id: 'request.identity', step: 'request', ask: 'How can I be sure who you are? Can you send evidence of your role?', rules: ['IR-DOUBT'] },
];

export const CHECKLIST_PREFIX = 'checklist:';

export const checklistQuestionId = (itemId: string): QuestionId => `${CHECKLIST_PREFIX}${itemId}`;

/** The checklist item a `checklist:<item>` question asks about, or undefined for any other question. */
export const checklistItemOf = (id: QuestionId): string | undefined =>
  id.startsWith(CHECKLIST_PREFIX) ? id.slice(CHECKLIST_PREFIX.length) : undefined;

/** Every question a trainee can ask on this kind of call in this authority, in the order the wizard asks them. */
export function questionsFor(kind: 'contact' | 'info-request', authority: AuthorityId): TrainingQuestion[] {
  if (kind === 'info-request') return REQUEST_QUESTIONS.map((q) => ({ ...q }));
  const profile = getProfile(authority);
  const fixed = CONTACT_QUESTIONS.filter((q) => q.onlyWith === undefined || profile.routing[q.onlyWith] !== undefined).map(
    ({ onlyWith: _onlyWith, ...q }) => q,
  );
  const checklist: TrainingQuestion[] = profile.checklist.map((item) => ({
    id: checklistQuestionId(item.id),
    step: 'checklist',
    ask: item.ask,
    rules: item.rule ? [item.rule] : [],
  }));
  return [...fixed, ...checklist];
}

export function questionById(kind: 'contact' | 'info-request', authority: AuthorityId, id: QuestionId): TrainingQuestion | undefined {
  return questionsFor(kind, authority).find((q) => q.id === id);
}

// --- Which questions a scenario's facts need ---------------------------------------------------------------
// Structural types (not the scenario schema's) so that this file does not depend on the schema module.

interface ContactFactsShape {
  kind: 'contact';
  referrer: { type: string; agency?: string; requestsAnonymity?: boolean; relaysThirdParty?: boolean; consultedHub?: boolean };
  children: { caseStatus: string; unborn?: boolean; disability?: boolean }[];
  concern: { immediateDanger: boolean; crimeSuspected: boolean; significantHarm: boolean; harmByAnotherChild?: boolean; allegationAgainstWorker?: boolean };
  parents: { informed: boolean; agreed: boolean; reasonsNotInformed?: string[] };
}
interface RequestFactsShape {
  kind: 'info-request';
  requester: { identityInDoubt?: boolean; writtenConsent?: boolean; reasonGiven?: boolean };
}

/**
 * The questions whose answers the wizard needs to record this scenario's facts: those that are always
 * recorded (who is calling, what happened, what the parents know) and every fact that differs from the
 * form's default ("no", "not known"). A scripted caller must have a line for each of them, or a trainee
 * could never learn the fact the expected result depends on.
 */
export function questionsNeededFor(s: ContactFactsShape | RequestFactsShape): QuestionId[] {
  const ids: QuestionId[] = [];
  const need = (id: QuestionId, when: boolean) => {
    if (when && !ids.includes(id)) ids.push(id);
  };
  if (s.kind === 'info-request') {
    need('request.agency', true);
    need('request.purpose', true);
    need('request.reply-to', true);
    need('request.subject', true);
    need('request.identity', s.requester.identityInDoubt === true);
    need('request.consent', s.requester.writtenConsent === true);
    need('request.reasons', s.requester.reasonGiven === false);
    return ids;
  }
  need('referrer.who', true);
  need('referrer.agency', s.referrer.type === 'professional');
  need('referrer.anonymity', s.referrer.requestsAnonymity === true);
  need('referrer.source', s.referrer.relaysThirdParty === true);
  need('referrer.hub', s.referrer.consultedHub === true);
  need('children.who', s.children.length > 1);
  need('children.social-worker', s.children.some((c) => c.caseStatus !== 'unknown'));
  need('children.unborn', s.children.some((c) => c.unborn === true));
  need('children.disability', s.children.some((c) => c.disability === true));
  need('concern.what', true);
  need('concern.danger-now', s.concern.immediateDanger);
  need('concern.crime', s.concern.crimeSuspected);
  need('concern.harm', s.concern.significantHarm);
  need('concern.harm-by-child', s.concern.harmByAnotherChild === true);
  need('concern.worker', s.concern.allegationAgainstWorker === true);
  need('parents.informed', true);
  need('parents.agreed', s.parents.informed && !s.parents.agreed);
  need('parents.why-not', (s.parents.reasonsNotInformed ?? []).length > 0);
  return ids;
}
