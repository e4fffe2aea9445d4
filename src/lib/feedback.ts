import type { ContactContext } from '../../machines/contact/contact.machine';
import type { RuleId } from '../../machines/rules/rule-ids';
import { AGENCY_LABELS } from './labels';
import { formatInstant } from './format';

// What the front door tells people once a contact has been decided: the acknowledgement and the outcome
// message to the referrer, what the family is told, and the note another agency receives. Pure functions
// of the contact's machine context: which messages apply (FB-ACK, FB-NFA, FB-SIGNPOST) is read from the
// actions and deadlines the machine derived, never decided here.
//
// Identity (ANON-NONPRO-NO-DISCLOSE, ANON-PUBLIC-MAY): a withheld (anonymous) or confidential referrer's
// name, and even their relationship to the family, never appears in the family's or another agency's
// message. The referrer's name is not part of the contact record; the desk passes it in when it drafts.

export type FeedbackContact = Pick<
  ContactContext,
  'profile' | 'receivedAt' | 'channel' | 'referrer' | 'identity' | 'outcome' | 'decision' | 'actions' | 'deadlines' | 'route'
>;

export interface FeedbackOptions {
  /** The referrer's name as given on the call, if any. Used only where their identity may be shared. */
  referrerName?: string;
  /** The contact's reference, e.g. FD-HER-000042. */
  reference?: string;
}

export type Audience = 'referrer' | 'family' | 'agency';

export interface Message {
  audience: Audience;
  subject: string;
  body: string;
  /** Rules this message carries out, for "why" links. */
  rules: RuleId[];
}

const hasAction = (c: FeedbackContact, action: string) => c.actions.some((a) => a.action === action);
const due = (c: FeedbackContact, deadline: string) => c.deadlines.find((d) => d.deadline === deadline)?.due;
const isProfessional = (c: FeedbackContact) => c.referrer?.type === 'professional';
/** Only a named referrer (a professional, ANON-PROFESSIONAL-NEVER) may be identified to anyone else. */
const mayIdentify = (c: FeedbackContact) => c.identity === 'named';

function outcomeName(c: FeedbackContact): { name: string; description: string } | undefined {
  const option = c.profile.outcomes.find((o) => o.outcome === c.outcome);
  return option ? { name: option.localName, description: option.description } : undefined;
}

function greeting(c: FeedbackContact, options: FeedbackOptions): string {
  const name = options.referrerName?.trim();
  if (name) return `Dear ${name},`;
  return isProfessional(c) ? 'Dear colleague,' : 'Hello,';
}

function ref(options: FeedbackOptions): string {
  return options.reference ? ` (reference ${options.reference})` : '';
}

/** FB-ACK: the acknowledgement to the referrer; where the authority states a timescale it is given. */
export function acknowledgement(c: FeedbackContact, options: FeedbackOptions = {}): Message {
  const ackDue = due(c, 'acknowledgement');
  const chase = due(c, 'chase');
  const lines = [
    greeting(c, options),
    '',
    `${c.profile.frontDoor.name} received your contact on ${formatInstant(c.receivedAt)}${ref(options)}.`,
    isProfessional(c)
      ? 'A qualified practitioner will review it and decide what happens next. We will tell you the outcome.'
      : 'Thank you for telling us. We take every contact seriously and will look into what you told us.',
  ];
  if (!isProfessional(c) && c.identity === 'withheld') {
    lines.push('You asked not to give your name. We have not recorded it.');
  } else if (!isProfessional(c)) {
    lines.push('We will not tell the family who contacted us unless you agree, or a court orders it.');
  }
  if (chase) lines.push(`If you have not heard from us by ${formatInstant(chase)}, please contact us again.`);
  lines.push('', c.profile.frontDoor.name);
  return {
    audience: 'referrer',
    subject: `We have received your contact${ref(options)}`,
    body: lines.join('\n'),
    rules: ackDue ? ['FB-ACK'] : [],
  };
}

/**
 * The outcome to the referrer. Professionals hear the decision and its reasons (FB-PROFESSIONAL); members of
 * the public are told that we acted, without the family's details (FB-PUBLIC). Lincolnshire's no further
 * action comes with reasons and alternatives (FB-NFA); Hertfordshire tells the referrer where the family
 * was signposted (FB-SIGNPOST). Both are read from the actions the machine required.
 */
export function outcomeMessage(c: FeedbackContact, options: FeedbackOptions = {}): Message {
  const outcome = outcomeName(c);
  const reason = c.decision?.reason?.trim();
  const rules: RuleId[] = [];
  const lines = [greeting(c, options), ''];
  if (isProfessional(c)) {
    rules.push('FB-PROFESSIONAL');
    lines.push(`We have decided what happens next with your contact${ref(options)}.`);
    if (outcome) lines.push(`Outcome: ${outcome.name}. ${outcome.description}`);
    if (reason) lines.push(`Why: ${reason}`);
  } else {
    rules.push('FB-PUBLIC');
    lines.push(
      `Thank you for contacting us${ref(options)}. We have looked into what you told us and decided what to do.`,
      'Because the family’s information is confidential, we cannot tell you the details of what happens next.',
    );
  }
  if (hasAction(c, 'explain-reasons-and-alternatives')) {
    rules.push('FB-NFA');
    if (isProfessional(c) && !reason) lines.push('Why: the concerns do not need action from children’s social care.');
    lines.push(
      'We are not taking further action. If you are still worried, other help may suit the family: their GP or school, early help and family support services, or parenting information online.',
      'If anything changes or you have new concerns, contact us again.',
    );
  }
  if (hasAction(c, 'tell-referrer-where-signposted')) {
    rules.push('FB-SIGNPOST');
    if (outcome) lines.push(`Where the family has been signposted: ${outcome.name}.`);
  }
  if (isProfessional(c)) lines.push('If you disagree with this decision, you can ask for it to be reviewed by a manager.');
  lines.push('', c.profile.frontDoor.name);
  return { audience: 'referrer', subject: `The outcome of your contact${ref(options)}`, body: lines.join('\n'), rules };
}

/** Who contacted us, as the family and other agencies may be told it. Never the name unless named. */
function sourceForOthers(c: FeedbackContact, options: FeedbackOptions): string {
  if (mayIdentify(c)) {
    const agency = c.referrer?.agency ? AGENCY_LABELS[c.referrer.agency].toLowerCase() : 'another agency';
    const name = options.referrerName?.trim();
    return name ? `${name}, a professional from ${agency}` : `a professional from ${agency}`;
  }
  // ANON-NONPRO-NO-DISCLOSE: not even whether it was a neighbour or a relative.
  return 'someone who asked for their details to be kept private';
}

/** FB-FAMILY: what the parents are told about the contact and its outcome. */
export function familyMessage(c: FeedbackContact, options: FeedbackOptions = {}): Message {
  const outcome = outcomeName(c);
  const lines = [
    'Dear parent or carer,',
    '',
    `${c.profile.frontDoor.name} received information about your child or children from ${sourceForOthers(c, options)}.`,
  ];
  if (outcome) lines.push(`We have decided: ${outcome.name}. ${outcome.description}`);
  lines.push('If you have questions, contact us and quote your reference.', '', c.profile.frontDoor.name);
  return {
    audience: 'family',
    subject: 'Information we received about your child',
    body: lines.join('\n'),
    rules: ['FB-FAMILY', ...(mayIdentify(c) ? [] : (['ANON-NONPRO-NO-DISCLOSE'] as RuleId[]))],
  };
}

/** The note another agency receives (signposting, a strategy discussion, agency checks). */
export function agencyMessage(c: FeedbackContact, options: FeedbackOptions = {}): Message {
  const outcome = outcomeName(c);
  const lines = [
    'To the receiving service,',
    '',
    `${c.profile.frontDoor.name} (${c.profile.name}) received a contact on ${formatInstant(c.receivedAt)}${ref(options)}.`,
    `Source of the contact: ${sourceForOthers(c, options)}.`,
  ];
  if (outcome) lines.push(`Decision: ${outcome.name}.`);
  if (hasAction(c, 'convene-strategy-discussion')) lines.push('A strategy discussion is being convened; you will be invited.');
  lines.push('', c.profile.frontDoor.name);
  return {
    audience: 'agency',
    subject: `Contact from ${c.profile.frontDoor.short}${ref(options)}`,
    body: lines.join('\n'),
    rules: mayIdentify(c) ? [] : ['ANON-NONPRO-NO-DISCLOSE'],
  };
}

export interface Feedback {
  acknowledgement: Message;
  outcome: Message;
  family: Message;
  agency: Message;
}

export function draftFeedback(c: FeedbackContact, options: FeedbackOptions = {}): Feedback {
  return {
    acknowledgement: acknowledgement(c, options),
    outcome: outcomeMessage(c, options),
    family: familyMessage(c, options),
    agency: agencyMessage(c, options),
  };
}
