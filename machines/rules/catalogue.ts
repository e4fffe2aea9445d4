// The rule catalogue: every procedure rule the app can cite, as a short paraphrase in the project's own
// words plus where it is written (authority + section of shared/seeds/). The wizard guidance panel, the
// state chart details and the training hints all read from here, so a rule is worded once.
//
// Source: shared/spec/procedure-rules.md (ids and "where" columns), checked against the five seeds.
// Where the two disagree the seed wins; each such place carries a `SEED:` comment below.
// The procedures' own sentences are never copied: test/machines/catalogue.test.ts fails on any run of
// 8 or more words shared with a seed.

import type { RuleId } from './rule-ids';

export type AuthorityId = 'dorset' | 'hertfordshire' | 'leicester' | 'derbyshire' | 'lincolnshire';

/** Canonical order (as in shared/seeds/README.md); citations are listed and printed in this order. */
export const AUTHORITY_IDS: readonly AuthorityId[] = [
  'dorset',
  'hertfordshire',
  'leicester',
  'derbyshire',
  'lincolnshire',
];

export const AUTHORITY_NAMES: Record<AuthorityId, string> = {
  dorset: 'Dorset',
  hertfordshire: 'Hertfordshire',
  leicester: 'Leicester',
  derbyshire: 'Derbyshire',
  lincolnshire: 'Lincolnshire',
};

export interface Citation {
  authority: AuthorityId;
  /** Sections of that authority's procedure, e.g. ['§2', '§10']. */
  sections: string[];
  /** Authority-specific detail (hours, names, deadlines), in our own words. */
  note?: string;
}

export type RuleTopic =
  | 'intake'
  | 'information'
  | 'identity'
  | 'consent'
  | 'screening'
  | 'decision'
  | 'feedback'
  | 'info-request';

export interface RuleEntry {
  id: RuleId;
  topic: RuleTopic;
  /** 3-8 words. */
  title: string;
  /** 1-2 sentences, plain English, written for a call handler. */
  summary: string;
  /** What a call handler might ask or say. */
  ask?: string;
  citations: Citation[];
}

/** Shown where an authority's procedure has no such rule (see procedure-rules.md: do not invent one). */
export const NOT_STATED = "not stated in this authority's procedure";

function cite(authority: AuthorityId, sections: string[], note?: string): Citation {
  return note === undefined ? { authority, sections } : { authority, sections, note };
}

const DOR = 'dorset';
const HER = 'hertfordshire';
const LEI = 'leicester';
const DER = 'derbyshire';
const LIN = 'lincolnshire';

export const RULES: Record<RuleId, RuleEntry> = {
  // ---------------------------------------------------------------- intake and routing
  'INT-OPEN': {
    id: 'INT-OPEN',
    topic: 'intake',
    title: 'Open case goes to the allocated worker',
    summary:
      'If the child already has a social worker or team, pass what you hear to that worker instead of starting a new front-door screening.',
    ask: 'Is the child already working with a social worker? Do you know their name or team?',
    citations: [
      cite(DOR, ['§1'], 'Anything important is passed on and logged in Mosaic.'),
      cite(
        HER,
        ['§2', '§10'],
        'Send it on by form, or phone and follow up by email, and log it in LCS. If nobody knows who the worker is, treat it as a new contact through the Customer Service Centre.',
      ),
      cite(
        LEI,
        ['§1'],
        'Only children without an open case go through the Duty and Advice Service; callers about an open case are put through to the social worker.',
      ),
      cite(DER, ['§3'], 'Call Derbyshire sends it to the allocated worker, not to Starting Point.'),
      cite(LIN, ['§1'], 'The Customer Service Centre transfers the call to the worker or their team.'),
    ],
  },
  'INT-OPEN-URGENT': {
    id: 'INT-OPEN-URGENT',
    topic: 'intake',
    title: 'Urgent protection worry on an open case',
    summary:
      "When news about a child with an open case suggests they may need protecting now, phone the child's own social worker, or that worker's manager, immediately.",
    citations: [cite(HER, ['§2'])],
  },
  'INT-OPEN-UNAVAILABLE': {
    id: 'INT-OPEN-UNAVAILABLE',
    topic: 'intake',
    title: 'Allocated worker cannot be reached',
    summary:
      "If the child's worker is not available, the call still goes to someone in social care who can act on it; it does not stay with the call handler.",
    citations: [
      cite(LEI, ['§1'], "Connect the caller to the locality team's duty social worker."),
      cite(
        LIN,
        ['§1'],
        "Try the worker, then the team manager; if neither is free, the Customer Service Centre gives the details to the team's Principal Practitioner.",
      ),
    ],
  },
  'INT-OPEN-NO-ADVISER-RECORDING': {
    id: 'INT-OPEN-NO-ADVISER-RECORDING',
    topic: 'intake',
    title: 'Advisers do not log open-case information',
    summary:
      "Customer service advisers do not write down details about an open case or add anything to the child's file; they connect the caller to social work instead.",
    citations: [cite(LEI, ['§1'])],
  },
  'INT-OPEN-NEW-HARM': {
    id: 'INT-OPEN-NEW-HARM',
    topic: 'intake',
    title: 'New significant harm on an open case',
    summary:
      'Fresh worries of significant harm on an open case lead to a decision on holding a strategy discussion and starting a new section 47 enquiry. A new assessment is not always needed first, though updating the last one can help.',
    citations: [
      cite(
        LIN,
        ['§1', '§5'],
        'The key worker talks it through with the Principal Practitioner or team manager.',
      ),
    ],
  },
  'INT-EARLY-HELP-OPEN': {
    id: 'INT-EARLY-HELP-OPEN',
    topic: 'intake',
    title: 'New worries under a TAC plan',
    summary:
      "If the child already has a Team Around the Child and new safeguarding worries appear, the lead professional talks to their agency's designated officer about referring to the Customer Service Centre.",
    citations: [cite(LIN, ['§1'])],
  },
  'INT-EMERGENCY': {
    id: 'INT-EMERGENCY',
    topic: 'intake',
    title: 'Imminent danger: act at once',
    summary:
      'If a child may be in immediate danger of significant harm, get the police on 999 and have the contact dealt with straight away. Steps to protect the child can come before the strategy discussion.',
    ask: 'Is the child in danger right now? Where are they, and who is with them?',
    citations: [
      // SEED: the catalogue cites DOR §4 for this rule, but Dorset's text never mentions 999 or fast-tracking.
      // What Dorset does say is narrower: decide at once when immediate protection is needed (§3) and have
      // screening ask whether urgent action is needed (§4). Cited for that, with the gap stated in the note.
      cite(
        DOR,
        ['§3', '§4'],
        'Dorset does not mention 999. It asks for a decision as soon as possible when a child needs immediate protection, and screening checks whether urgent action is needed.',
      ),
      cite(
        HER,
        ['§2', '§3'],
        'A professional can dial 999 or make a child protection referral to the Customer Service Centre, which sends such cases straight to the right assessment team.',
      ),
      cite(LIN, ['§5'], 'Emergency steps to keep the child safe are taken first; the immediate strategy discussion follows.'),
    ],
  },
  'INT-CRIME': {
    id: 'INT-CRIME',
    topic: 'intake',
    title: 'Possible crime: tell the police',
    summary:
      'If a child may be the victim of a crime, for instance sexual or physical assault or neglect, the police must be told straight away.',
    ask: 'Has anything happened that could be a crime against the child? Do the police know?',
    citations: [
      cite(DOR, ['§4']),
      cite(HER, ['§9']),
      cite(DER, ['§4']),
      cite(
        LIN,
        ['§4'],
        'Social care talks to the police as early as it can. Both agencies write down what was agreed and whether that talk counted as a strategy discussion.',
      ),
    ],
  },
  'INT-OOH': {
    id: 'INT-OOH',
    topic: 'intake',
    title: 'Contacts outside office hours',
    summary:
      "When the front door is closed, the contact goes to the authority's out-of-hours service. Check the authority's hours before telling the caller where it will go.",
    // Dorset's procedure says nothing about out-of-hours arrangements, so it is not cited (shows NOT_STATED).
    citations: [
      cite(
        HER,
        ['§3'],
        'The Customer Service Centre is open Monday to Friday 8am to 8pm and Saturday 9am to 4pm; at other times calls go to the Safeguarding Out of Hours Service. For the police child protection team (JCPIT) use 101, or 999 in an emergency or outside its hours.',
      ),
      cite(
        LEI,
        ['§1'],
        'The Duty and Advice Service answers day and night, every day of the week, so there is no separate out-of-hours route.',
      ),
      cite(
        DER,
        ['§1', '§7'],
        'Call Derbyshire answers round the clock and hands calls to Starting Point, the locality or the Out of Hours team, which covers urgent safeguarding at any time.',
      ),
      cite(LIN, ['§1'], 'After hours, worries about significant harm go to the Emergency Duty Team or to police headquarters.'),
    ],
  },
  'INT-HUB': {
    id: 'INT-HUB',
    topic: 'intake',
    title: 'Schools consult the Consultation Hub first',
    summary:
      'Schools, early-years settings and Families First key workers with a child protection worry talk to the Consultation Hub before sending a red form. The hub only gives advice; a red form sent without it, and with no clear imminent risk, is sent back.',
    ask: 'Have you already spoken to the Consultation Hub about this child?',
    citations: [
      cite(
        HER,
        ['§2'],
        'Hub hours: Monday to Thursday 9am to 5pm, Friday 9am to 4pm, in term time and holidays alike, closed on bank holidays. The referrer notes the hub consultation on the form.',
      ),
    ],
  },
  'INT-FORMS': {
    id: 'INT-FORMS',
    topic: 'intake',
    title: 'Which request form to use',
    summary:
      'Child protection worries and requests for support go by different routes; choose the one that matches how serious the concern is.',
    ask: 'Is this a worry that the child is being harmed, or a request for help with a need?',
    citations: [
      cite(
        HER,
        ['§2'],
        'Red form: child protection concerns only. Green (service request) form: a need one agency can meet. Several needs: consider a Families First Assessment instead.',
      ),
      cite(
        DER,
        ['§1', '§3'],
        'Professionals below the child protection threshold use the online Request for Support form; worries about significant harm, and calls from the public, come by phone to Call Derbyshire.',
      ),
    ],
  },
  'INT-CONFIRM-WRITING': {
    id: 'INT-CONFIRM-WRITING',
    topic: 'intake',
    title: 'Professionals confirm phone contacts in writing',
    summary: 'A professional who raises a concern by phone follows it up in writing within 24 hours.',
    ask: 'Please send us written confirmation of this call within 24 hours.',
    citations: [
      cite(HER, ['§3'], 'Use the multi-agency request form if possible and attach any Families First Assessment.'),
      cite(LIN, ['§3'], 'Use the TAC form, repeating the key facts and what was agreed.'),
    ],
  },
  'INT-HEALTH-NHS': {
    id: 'INT-HEALTH-NHS',
    topic: 'intake',
    title: 'Health contacts include the NHS number',
    summary:
      "A contact from a hospital or clinical commissioning group gives the child's NHS number and comes on one of the two request forms, sent securely.",
    ask: "What is the child's NHS number?",
    citations: [cite(HER, ['§3'])],
  },
  'INT-THIRD-PARTY': {
    id: 'INT-THIRD-PARTY',
    topic: 'intake',
    title: 'Concerns passed on from someone else',
    summary:
      'A professional told of a child protection worry by a member of the public encourages that person to call the front door themselves, passes the details on too, and keeps a note. Anyone relaying what another person said is reminded to let that person know what happened next.',
    ask: 'Did this come to you from someone else? They can call us directly, and please tell them what happens.',
    citations: [cite(HER, ['§3', '§10'])],
  },
  'INT-CHILD-HARMS-CHILD': {
    id: 'INT-CHILD-HARMS-CHILD',
    topic: 'intake',
    title: 'Harm caused by another child',
    summary: 'When the person causing harm is also a child, take details of both children.',
    ask: 'Can you give me the details of the other child as well?',
    citations: [cite(HER, ['§2'])],
  },
  'INT-ALLEGATION': {
    id: 'INT-ALLEGATION',
    topic: 'intake',
    title: 'Concern about someone working with children',
    summary:
      'If the worry is about an adult who looks after or works with the child, paid or as a volunteer, the separate procedure for allegations against such adults applies.',
    citations: [cite(HER, ['§2'])],
  },
  'INT-UNBORN': {
    id: 'INT-UNBORN',
    topic: 'intake',
    title: 'Concerns about an unborn baby',
    summary: 'A caller may be worried about a baby who has not been born yet; accept this as a contact.',
    citations: [cite(HER, ['§3'])],
  },

  // ---------------------------------------------------------------- information to obtain
  'INFO-ASK-FAMILY-ISSUES': {
    id: 'INFO-ASK-FAMILY-ISSUES',
    topic: 'information',
    title: 'Ask about key household difficulties',
    summary:
      'Ask directly whether the household is affected by domestic abuse, mental illness, drug or alcohol misuse, or learning difficulties.',
    ask: 'Do you know of any domestic abuse, mental health problems, drug or alcohol use, or learning difficulties at home?',
    citations: [
      cite(HER, ['§5']),
      cite(DER, ['§3']),
      cite(LIN, ['§3'], "Lincolnshire names parents' drug or alcohol misuse and mental ill health."),
    ],
  },
  'INFO-PROFESSIONAL-ID': {
    id: 'INFO-PROFESSIONAL-ID',
    topic: 'information',
    title: 'Professionals give their details',
    summary: 'A professional caller gives their name, their role and how to reach them.',
    ask: 'Can I take your name, your job title and a phone number or email?',
    citations: [
      cite(
        LEI,
        ['§1'],
        "Asked when a professional consults the Duty and Advice Service; the child's name is taken only if the parents have agreed.",
      ),
      // SEED: the catalogue also cites LIN §3, but the "contact details" in Lincolnshire §3 are those of
      // the children and adults in the family, not the caller's. Lincolnshire is not cited here.
    ],
  },
  'INFO-CLEAR-NEXT-STEPS': {
    id: 'INFO-CLEAR-NEXT-STEPS',
    topic: 'information',
    title: 'Agree next steps before ending',
    summary:
      'Before the call ends, make sure you and the caller both know who will do what, or that nothing more will happen, and log that decision.',
    ask: 'So, to confirm: we will do this, and you will do that. Is that right?',
    citations: [
      cite(
        LIN,
        ['§3'],
        'The Customer Service Centre logs it on the referral form; a professional caller logs it in their own service as well.',
      ),
    ],
  },

  // ---------------------------------------------------------------- referrer identity and anonymity
  'ANON-PUBLIC-MAY': {
    id: 'ANON-PUBLIC-MAY',
    topic: 'identity',
    title: 'Members of the public may stay anonymous',
    summary:
      'A member of the public does not have to give their name. An anonymous contact is still written up in full and followed up as far as it can be.',
    ask: "You don't have to tell me your name, but anything you can tell me about the child helps.",
    citations: [cite(HER, ['§3'])],
  },
  'ANON-RECORD-EXPLAIN': {
    id: 'ANON-RECORD-EXPLAIN',
    topic: 'identity',
    title: 'Record and explain anonymity limits',
    summary:
      'Note that the caller wants to stay unnamed, and always explain that we will try to respect this but cannot promise it: a court, for example, may need to know who they are.',
    ask: "I'll note that you don't want to be named. We'll try to keep it that way, but in some cases, such as court proceedings, we might have to give your name.",
    citations: [cite(HER, ['§3'])],
  },
  'ANON-PROFESSIONAL-NEVER': {
    id: 'ANON-PROFESSIONAL-NEVER',
    topic: 'identity',
    title: 'Professionals cannot refer anonymously',
    summary:
      'A professional cannot make an anonymous contact, and the family may learn which agency raised the concern.',
    ask: "As a professional you can't stay anonymous; the family may find out your agency contacted us.",
    citations: [
      cite(HER, ['§3']),
      cite(
        LIN,
        ['§3'],
        "Lincolnshire starts from the assumption that the family will be told; still ask whether the caller's identity can be shared.",
      ),
    ],
  },
  'ANON-NONPRO-NO-DISCLOSE': {
    id: 'ANON-NONPRO-NO-DISCLOSE',
    topic: 'identity',
    title: "Protect non-professional callers' details",
    summary:
      "Do not give a non-professional or anonymous caller's personal details to the parents or to other agencies unless that caller agrees.",
    ask: 'Are you happy for us to share your details with the family or other agencies?',
    citations: [
      cite(DOR, ['§4']),
      cite(DER, ['§4'], 'Derbyshire warns that families often guess who called from what was said.'),
      cite(LIN, ['§5'], 'Covers referrers from the wider community; their details go to third parties only with their permission.'),
    ],
  },
  'ANON-SOURCE-WITHOUT-AGREEMENT': {
    id: 'ANON-SOURCE-WITHOUT-AGREEMENT',
    topic: 'identity',
    title: 'Family told who referred',
    summary:
      "If a referral goes ahead without the family's agreement, social care will tell the family who made it. The only exception: a member of the public who asked not to be named.",
    citations: [cite(LEI, ['§1']), cite(LIN, ['§1'])],
  },
  'ANON-GOOD-FAITH-THIRD-PARTY': {
    id: 'ANON-GOOD-FAITH-THIRD-PARTY',
    topic: 'identity',
    title: 'Protecting a professional relaying others',
    summary:
      'When a professional honestly passes on something a third party told them, social care may judge it better not to reveal where the information came from.',
    citations: [cite(LIN, ['§1'])],
  },

  // ---------------------------------------------------------------- parents' knowledge and consent
  'CONSENT-SEEK-FIRST': {
    id: 'CONSENT-SEEK-FIRST',
    topic: 'consent',
    title: 'Talk to the family first',
    summary:
      'Professionals should normally share their worries with the family and ask for agreement before contacting us, unless that would raise the risk of significant harm to the child.',
    ask: 'Have you talked to the parents about this, and do they agree to you contacting us?',
    citations: [cite(HER, ['§3']), cite(LEI, ['§1']), cite(LIN, ['§1'])],
  },
  'CONSENT-THREE-STATES': {
    id: 'CONSENT-THREE-STATES',
    topic: 'consent',
    title: 'Record what parents know',
    summary:
      'Note one of three positions: parents know and agree to information being shared; parents know but have not agreed; parents have been neither told nor asked.',
    ask: 'Do the parents know you are contacting us? Have they agreed to us sharing information with other agencies?',
    citations: [cite(HER, ['§6'])],
  },
  'CONSENT-REASONS': {
    id: 'CONSENT-REASONS',
    topic: 'consent',
    title: 'Reasons for leaving parents out',
    summary:
      'Not telling parents, or not asking for their agreement, needs a stated reason, such as the child being put at greater risk, evidence being lost, harmful delay or danger to staff.',
    ask: 'Why have the parents not been told? What do you think would happen if they were?',
    citations: [
      cite(
        HER,
        ['§6'],
        "Hertfordshire: the reaction it might provoke (abuse, threats, the child pressured into silence), unreasonable delay, lost evidence, danger to staff; also when other agencies' information will help decide on section 47 enquiries.",
      ),
      cite(
        LIN,
        ['§1'],
        'Lincolnshire adds: the child or family being intimidated, a higher risk of domestic abuse, the family moving away to avoid professionals, and detecting or preventing a crime such as sexual abuse.',
      ),
    ],
  },
  'CONSENT-ASK-REFERRER-INFORM': {
    id: 'CONSENT-ASK-REFERRER-INFORM',
    topic: 'consent',
    title: 'Ask the professional to tell parents',
    summary:
      'If the parents were not told before the contact, ask the professional caller to tell them, unless that would make significant harm to the child more likely.',
    ask: 'Could you let the parents know you have contacted us, if that is safe for the child?',
    citations: [cite(HER, ['§6'])],
  },
  'CONSENT-MANAGER-OVERRIDE': {
    id: 'CONSENT-MANAGER-OVERRIDE',
    topic: 'consent',
    title: 'Manager approves sharing without consent',
    summary:
      'Talking to other agencies about a referral without the parents knowing or agreeing needs a manager to approve it, with the reasons written down.',
    citations: [
      cite(DOR, ['§4'], "Parents' consent is usually sought first, unless that could put the child at more risk."),
      cite(HER, ['§6'], "A Children's Services team manager gives the approval."),
      cite(
        DER,
        ['§4'],
        'Derbyshire asks about knowledge rather than consent: parents are usually told first unless that could put the child at risk of significant harm.',
      ),
    ],
  },
  'CONSENT-POLICE-FIRST': {
    id: 'CONSENT-POLICE-FIRST',
    topic: 'consent',
    title: 'Police may be consulted before parents',
    summary: 'Where a crime may have happened, the police can be spoken to before the parents hear about the concern.',
    citations: [cite(HER, ['§6'])],
  },
  'CONSENT-PROPORTIONATE': {
    id: 'CONSENT-PROPORTIONATE',
    topic: 'consent',
    title: 'Share what is needed, record why',
    summary:
      'Data protection law never stops us sharing when holding back would leave a child at risk. Share only what is needed and in proportion, and write down each decision to share or not, with the reasons.',
    citations: [
      cite(DOR, ['§4']),
      cite(HER, ['§6', '§10']),
      cite(
        LIN,
        ['§2', '§4'],
        "Lincolnshire puts the child's best interests first and expects difficult calls to involve a designated or senior professional.",
      ),
    ],
  },
  'CONSENT-LEI-HYPOTHETICAL': {
    id: 'CONSENT-LEI-HYPOTHETICAL',
    topic: 'consent',
    title: 'No consent means a no-names consultation',
    summary:
      'If the parents have not consented and there is no immediate child protection worry, a professional seeking advice can only discuss the case without names. With consent, a summary goes onto an Initial Contact.',
    ask: 'Do the parents know and agree to you discussing this with us? If not, we can talk it through without names.',
    citations: [
      cite(
        LEI,
        ['§1'],
        'The duty social worker logs whether parents consented; a no-names discussion may limit the advice that can be given.',
      ),
    ],
  },
  'CONSENT-LEI-EHA': {
    id: 'CONSENT-LEI-EHA',
    topic: 'consent',
    title: 'Early Help Assessment needs family consent',
    summary:
      'A professional asked to complete an Early Help Assessment must get the family to agree, unless asking would endanger a child who is likely to suffer significant harm.',
    citations: [cite(LEI, ['§1'])],
  },

  // ---------------------------------------------------------------- screening
  'SCREEN-CHECKS': {
    id: 'SCREEN-CHECKS',
    topic: 'screening',
    title: 'Check records and other agencies',
    summary:
      'For new and closed cases, check our records and other agencies: is the family known, is the child on a child protection plan or looked after, and are siblings or others in the home known?',
    citations: [
      cite(DOR, ['§4']),
      cite(
        HER,
        ['§10'],
        "Hertfordshire also checks half-siblings, other children in the home and adults close to the family (a mother's partner, say), and those adults' own children.",
      ),
      // SEED: the catalogue cites DER §6 only; Derbyshire §2 also describes these checks at Starting Point.
      cite(
        DER,
        ['§2', '§6'],
        'At Starting Point, police, health and social care staff check their own systems side by side; a chronology is drawn up when there is a child protection concern.',
      ),
    ],
  },
  'SCREEN-ESTABLISH': {
    id: 'SCREEN-ESTABLISH',
    topic: 'screening',
    title: 'What screening must find out',
    summary:
      'Screening works out what the worry is, how and why it came about, what the child needs, whether there is actual or likely significant harm, and whether this or any other child needs urgent protection.',
    ask: 'What has happened, when did it start, and how do you know about it?',
    citations: [
      cite(DOR, ['§4']),
      cite(HER, ['§10'], 'Hertfordshire also asks where the child is now, and when and by whom they were last seen.'),
      cite(
        LIN,
        ['§5'],
        'Lincolnshire looks at the needs of every child in the household and whether the evidence justifies further enquiries, assessment or intervention, and when.',
      ),
    ],
  },
  'SCREEN-THRESHOLD': {
    id: 'SCREEN-THRESHOLD',
    topic: 'screening',
    title: 'Weigh the contact against thresholds',
    summary: "Every contact is judged against the authority's thresholds guidance to decide what level of response fits.",
    citations: [
      cite(DOR, ['§1'], 'Dorset: thresholds for children in need and the CAF criteria (the Continuum of Need tool).'),
      cite(HER, ['§10'], 'Hertfordshire: the Continuum of Need.'),
      cite(LEI, ['§1'], 'The duty social worker briefly checks whether the bar for a safeguarding referral is met.'),
      cite(DER, ['§3', '§4'], 'Derbyshire: the joint threshold document and the Single Assessment Process criteria.'),
    ],
  },

  // ---------------------------------------------------------------- decision
  'DEC-TIMESCALE': {
    id: 'DEC-TIMESCALE',
    topic: 'decision',
    title: 'Deadline for the response decision',
    summary:
      "Decide what kind of response the contact needs within the authority's deadline, and sooner when a child needs protecting now.",
    citations: [
      cite(
        DOR,
        ['§1', '§3'],
        'Within 24 hours of the contact; a referral is written up and decided within one working day, or as soon as possible if the child needs immediate protection.',
      ),
      cite(HER, ['§7'], 'Within one working day, by a manager or a social worker with delegated authority.'),
      cite(LEI, ['§1'], 'Within one working day, for consultations and referrals alike.'),
      cite(DER, ['§5'], 'Within one working day of receipt, by the Starting Point social worker.'),
      cite(LIN, ['§5'], 'Within 24 hours.'),
    ],
  },
  'DEC-MANAGER': {
    id: 'DEC-MANAGER',
    topic: 'decision',
    title: 'A manager signs off the outcome',
    summary: 'The outcome of a contact or referral must be approved by a manager.',
    citations: [
      cite(DOR, ['§5']),
      cite(HER, ['§10']),
      cite(
        LEI,
        ['§2', '§3'],
        'A manager decides when a contact becomes a referral; the DAS team manager decides whether child protection procedures are needed.',
      ),
      cite(DER, ['§5'], "A team manager endorses the Starting Point social worker's decision."),
    ],
  },
  'DEC-OUTCOMES': {
    id: 'DEC-OUTCOMES',
    topic: 'decision',
    title: 'Possible outcomes of a contact',
    summary:
      'Each authority has its own list of outcomes, running from advice or no further action, through early help, to an assessment or a strategy discussion.',
    // The catalogue's "where" column is empty for this rule (it points to its own table); sections are
    // taken from the seeds.
    citations: [
      cite(
        DOR,
        ['§5'],
        'Not a child in need: information, early help advice, signposting or no further action. Child in need with moderate needs: an assessment. Suspected significant harm: a strategy discussion, then a section 47 enquiry if the threshold is met.',
      ),
      cite(
        HER,
        ['§10'],
        'Option 1: no further action, or information and advice. Option 2: Families First, Targeted Youth Support, short breaks or universal services. Option 3: further assessment, either a Child and Family Assessment or a strategy discussion leading to section 47 enquiries.',
      ),
      cite(
        LEI,
        ['§1', '§6'],
        "Information or redirection; referral to the Children with a Disability Team or the Single Assessment Service; or, for a professional caller, an Early Help Assessment. A referral may end as 'Closure at Referral'.",
      ),
      cite(
        DER,
        ['§4'],
        "Strategy discussion; single assessment (section 17) by the locality team; early help or targeted services, including a Vulnerable Children's Meeting; signposting, including voluntary groups; no further action.",
      ),
      cite(
        LIN,
        ['§1', '§5'],
        "Information and advice; signposting, including the Family Group Conference service; the TAC process; referral to the Family Assessment Support Team (FAST) or the Children with Disability Team; significant harm passed to children's social care or the police Central Referral Unit.",
      ),
    ],
  },
  'DEC-SEEN': {
    id: 'DEC-SEEN',
    topic: 'decision',
    title: 'When the child must be seen',
    summary: 'Once an assessment is agreed, the child is seen at the earliest opportunity.',
    citations: [
      cite(DOR, ['§5'], 'As soon as possible once an assessment is agreed.'),
      // SEED: the catalogue cites HER §10 only; Hertfordshire §7 repeats the "see the child soon" duty.
      cite(
        HER,
        ['§7', '§10'],
        'Child in need: the Child and Family Assessment starts at once and the child is seen within 5 working days. Significant harm: the decision to start a strategy discussion and section 47 enquiries is taken within 24 hours.',
      ),
    ],
  },
  'DEC-EMERGENCY-ACTION': {
    id: 'DEC-EMERGENCY-ACTION',
    topic: 'decision',
    title: 'Manager may authorise immediate protection',
    summary:
      'Where there are signs of significant harm, a manager can approve any step needed to keep the child, and anyone else at home, safe straight away, including services provided at once.',
    citations: [cite(DOR, ['§4', '§5']), cite(HER, ['§9'])],
  },
  'DEC-STRATEGY': {
    id: 'DEC-STRATEGY',
    topic: 'decision',
    title: 'Strategy discussion for suspected significant harm',
    summary:
      'When significant harm is suspected, social care, police, health and others hold a strategy discussion to decide whether the section 47 threshold is met and how to go on.',
    citations: [
      cite(DOR, ['§5'], 'Held before any section 47 enquiry starts.'),
      cite(HER, ['§10']),
      // SEED: not in the catalogue's "where" column, but Leicester §3 gives this decision to the DAS
      // team manager; without it the app would wrongly say Leicester has no such rule.
      cite(
        LEI,
        ['§3'],
        'The DAS duty team manager decides whether a strategy discussion is needed, and whether urgent cases should be discussed with the police Child Abuse Investigation Unit.',
      ),
      cite(
        DER,
        ['§6'],
        'Held at Starting Point: police (a detective sergeant), health (a named nurse), and from social care a Starting Point team manager, the social worker and pod member who gathered the information, and the locality team manager or practice supervisor.',
      ),
    ],
  },
  'LEI-SIBLINGS': {
    id: 'LEI-SIBLINGS',
    topic: 'decision',
    title: 'Copying a referral to siblings',
    summary:
      "The screening manager may copy a referral onto a sibling's record; it carries its own creation date and is progressed within one working day of the original. Copy the outcome across, delete any duplicate contact afterwards, and give a clear reason if a sibling is not taken forward.",
    citations: [cite(LEI, ['§6'])],
  },
  'LEI-OUTCOME-DUE': {
    id: 'LEI-OUTCOME-DUE',
    topic: 'decision',
    title: 'Every contact needs a prompt outcome',
    summary:
      'Each contact needs an outcome within one working day of being opened. Anything learned after that day goes on a new contact.',
    citations: [cite(LEI, ['§6'])],
  },
  'LEI-CLOSURE-AT-REFERRAL': {
    id: 'LEI-CLOSURE-AT-REFERRAL',
    topic: 'decision',
    title: 'Closing a referral without assessment',
    summary:
      "If no social care assessment is needed, the DAS team can close the referral as 'Closure at Referral' once this is agreed with Early Help or the other professional, writing down why and what was discussed.",
    citations: [cite(LEI, ['§6'])],
  },
  'DEC-S27-COOPERATE': {
    id: 'DEC-S27-COOPERATE',
    topic: 'decision',
    title: 'Housing and health must help',
    summary:
      "When children's social care asks, housing and health staff have a legal duty to help it do its work (Children Act 1989, section 27).",
    citations: [cite(DOR, ['§5'])],
  },

  // ---------------------------------------------------------------- acknowledgement, feedback, recording
  'FB-ACK': {
    id: 'FB-ACK',
    topic: 'feedback',
    title: 'Acknowledge contacts within a working day',
    summary: 'Let the referrer know their contact has arrived within one working day.',
    ask: 'I can confirm we have received your contact.',
    citations: [
      cite(HER, ['§4'], 'Email contacts get an automatic email reply; phone contacts are confirmed during the call.'),
      cite(LIN, ['§5'], 'Applies to written referrals.'),
    ],
  },
  'FB-CHASE': {
    id: 'FB-CHASE',
    topic: 'feedback',
    title: 'Referrer chases a missing acknowledgement',
    summary:
      'If nothing has arrived after three working days, the referrer should get back in touch; they are then only told the contact was received, and hear more once screening and the decision are done.',
    citations: [cite(HER, ['§4'])],
  },
  'FB-PROFESSIONAL': {
    id: 'FB-PROFESSIONAL',
    topic: 'feedback',
    title: 'Tell professional referrers the outcome',
    summary: 'A professional who made the contact is told what was decided.',
    citations: [
      cite(DOR, ['§5'], 'Within 24 hours.'),
      // SEED: not in the catalogue's "where" column, but Hertfordshire §4 promises the referrer further
      // information once the outcome is decided (any referrer, not only professionals).
      cite(HER, ['§4'], 'After screening and the decision, the referrer is contacted again with more information.'),
      cite(DER, ['§4'], 'Derbyshire tells the professional what will happen and how the referral ended.'),
      cite(LIN, ['§5'], "Within one working day, in writing on the TAC form's reply slip."),
    ],
  },
  'FB-PUBLIC': {
    id: 'FB-PUBLIC',
    topic: 'feedback',
    title: 'Careful feedback to public referrers',
    summary:
      "Members of the public who made a contact get feedback too, but only as much as the child's and family's privacy allows.",
    ask: "We have to respect the family's privacy, so I can only tell you a limited amount about what happens next.",
    citations: [cite(DOR, ['§5']), cite(HER, ['§10']), cite(LIN, ['§5'])],
  },
  'FB-FAMILY': {
    id: 'FB-FAMILY',
    topic: 'feedback',
    title: 'Tell the child and family',
    summary: 'Let the child and their family know what we are going to do.',
    citations: [cite(DOR, ['§5']), cite(DER, ['§4'])],
  },
  'FB-NFA': {
    id: 'FB-NFA',
    topic: 'feedback',
    title: 'Explaining a no-further-action decision',
    summary:
      'If no further action is taken, tell the referrer why and what else could help: information and advice, another agency such as the Family Group Conference service, or support through a TAC. The referrer then talks these options over with the family and seeks their consent.',
    citations: [cite(LIN, ['§5'])],
  },
  'FB-SIGNPOST': {
    id: 'FB-SIGNPOST',
    topic: 'feedback',
    title: 'Tell the referrer where it went',
    summary:
      'If another service is judged better placed to help, the team that took the contact lets the referrer know where it was sent.',
    citations: [cite(HER, ['§10'])],
  },
  'FB-ESCALATE': {
    id: 'FB-ESCALATE',
    topic: 'feedback',
    title: 'When the referrer disagrees',
    summary:
      "A referrer unhappy with the decision first raises it with their own line manager or safeguarding lead, then uses the partnership's escalation process.",
    citations: [
      cite(
        DER,
        ['§4'],
        "The DDSCP escalation process is for when the referrer believes the decision leaves a child at risk of significant harm.",
      ),
      // SEED: Lincolnshire §3 only points to its escalation protocol; the line-manager first step is Derbyshire's.
      cite(LIN, ['§3'], 'Lincolnshire refers to its Professional Resolution and Escalation Protocol.'),
    ],
  },
  'REC-ALL': {
    id: 'REC-ALL',
    topic: 'feedback',
    title: 'Record every contact and discussion',
    summary:
      'Log every contact and referral on the case recording system. A referrer keeps their own notes of conversations and decisions, with the time and date.',
    citations: [
      cite(DOR, ['§6']),
      cite(
        HER,
        ['§3', '§10'],
        'The referrer notes talks with the child, parents and managers, what was passed on, and decisions, each timed, dated and signed; news on open cases goes into LCS.',
      ),
      // SEED: not in the catalogue's "where" column, but Derbyshire §3 has every contact put on a contact record.
      cite(DER, ['§3'], 'Call Derbyshire and Starting Point put each contact on a contact record.'),
    ],
  },

  // ---------------------------------------------------------------- information requests (HER §8)
  'IR-OPEN': {
    id: 'IR-OPEN',
    topic: 'info-request',
    title: 'Request about a child with an open case',
    summary: 'If another agency asks for information about a child whose case is open, the allocated worker deals with it.',
    citations: [cite(HER, ['§8'], 'The Customer Service Centre files the documents and case notes for the worker.')],
  },
  'IR-CLOSED': {
    id: 'IR-CLOSED',
    topic: 'info-request',
    title: 'Request about a closed case',
    summary: "If the child's case is closed, open a new Contact and follow the information request rules.",
    citations: [cite(HER, ['§8'], 'The Contact is opened in LCS.')],
  },
  'IR-ADULT': {
    id: 'IR-ADULT',
    topic: 'info-request',
    title: 'Request about a former child client',
    summary: 'If the request is about an adult who had services as a child, open an Adult Contact.',
    citations: [cite(HER, ['§8'])],
  },
  'IR-OLA-S47': {
    id: 'IR-OLA-S47',
    topic: 'info-request',
    title: "Another council's section 47 request",
    summary:
      'Another local authority making section 47 enquiries can be given confirmation without consent; reply only to a .gov.uk email address.',
    citations: [cite(HER, ['§8'])],
  },
  'IR-UKBA': {
    id: 'IR-UKBA',
    topic: 'info-request',
    title: 'UK Border Agency requests',
    summary:
      'Information that helps decide whether a child can stay in the UK or go back safely may go to the UK Border Agency without parental consent; reply only to a .gov.uk email address.',
    citations: [cite(HER, ['§8'])],
  },
  'IR-KNOWN': {
    id: 'IR-KNOWN',
    topic: 'info-request',
    title: 'Is the child known to us?',
    summary:
      'A statutory agency that says the request is to protect a child, or has written consent from someone with parental responsibility, can be told whether we know the child or family, if the case is open or closed, and when, why and with what result we were involved. Open cases go to the allocated worker.',
    ask: 'Is this request to safeguard a child, or do you have written consent from someone with parental responsibility?',
    citations: [
      cite(
        HER,
        ['§8'],
        'Statutory agencies include CAFCASS, SEN, Ofsted, mental health services, police, probation, schools and academies, and the NHS.',
      ),
    ],
  },
  'IR-CONSENT': {
    id: 'IR-CONSENT',
    topic: 'info-request',
    title: 'Other requests need consent or status',
    summary:
      'Any other agency must send a copy of consent from the person or someone with parental responsibility, or proof of its statutory role; nothing is done until it arrives.',
    ask: 'Before we can help, please send a copy of the signed consent, or evidence of your statutory role with the family.',
    citations: [cite(HER, ['§8'])],
  },
  'IR-HOUSING': {
    id: 'IR-HOUSING',
    topic: 'info-request',
    title: 'Housing requests not about safeguarding',
    summary:
      "A request such as a housing query about rent arrears does not feed a safeguarding decision, so nothing is shared without a parent's signed consent.",
    citations: [cite(HER, ['§8'])],
  },
  'IR-DETAILED': {
    id: 'IR-DETAILED',
    topic: 'info-request',
    title: 'Detailed history for another council',
    summary:
      'Requests for detailed records go to the team working with the child, or to the assessment team if the case is closed; the requester must say why they need them, or the request is sent back. It is logged as Info and Advice, and legal advice is taken before any documents are copied.',
    citations: [
      cite(
        HER,
        ['§8'],
        'Applies to other local authorities and CAFCASS asking for chronologies or assessments; a team manager checks what is sent before it goes.',
      ),
    ],
  },
  'IR-COURT': {
    id: 'IR-COURT',
    topic: 'info-request',
    title: 'Letters from courts or solicitors',
    summary:
      'Open case: add a case note for the allocated worker and email the legal helpdesk. Closed case: open a Contact and email the helpdesk.',
    citations: [cite(HER, ['§8'], 'The legal helpdesk is the CLU Helpdesk.')],
  },
  'IR-CRIME': {
    id: 'IR-CRIME',
    topic: 'info-request',
    title: 'Crime or tax information requests',
    summary:
      'Requests from the police or another investigating body to prevent or detect crime, or for tax purposes (known as s.29 requests), go to the Data Protection Team.',
    citations: [cite(HER, ['§8'])],
  },
  'IR-SAR': {
    id: 'IR-SAR',
    topic: 'info-request',
    title: 'Requests for your own records',
    summary: 'A subject access request, where someone asks for the records held about them, goes to the Data Protection Team.',
    citations: [cite(HER, ['§8'])],
  },
  'IR-DOUBT': {
    id: 'IR-DOUBT',
    topic: 'info-request',
    title: 'Unsure who is asking or why',
    summary:
      'If you doubt who the requester is or whether the request is genuine, ask for proof that they are a statutory agency, plus consent from someone with parental responsibility unless a child is at risk. Do nothing until it arrives.',
    ask: 'Before I can help, I need evidence that you are a statutory agency and, unless a child is at risk, consent from someone with parental responsibility.',
    citations: [cite(HER, ['§8'])],
  },
};

/** The catalogue entry for a rule. Throws for an unknown id (only reachable from untyped callers). */
export function ruleFor(id: RuleId): RuleEntry {
  const entry = (RULES as Partial<Record<string, RuleEntry>>)[id];
  if (!entry) throw new Error(`Unknown rule id: ${String(id)}`);
  return entry;
}

function byAuthorityOrder(a: Citation, b: Citation): number {
  return AUTHORITY_IDS.indexOf(a.authority) - AUTHORITY_IDS.indexOf(b.authority);
}

function formatCitation(citation: Citation): string {
  return `${AUTHORITY_NAMES[citation.authority]} ${citation.sections.join(', ')}`;
}

/**
 * A citation line for a rule.
 * - With an authority: "Hertfordshire §3 (ANON-RECORD-EXPLAIN)"; if that authority is not cited,
 *   "Dorset: not stated in this authority's procedure (INT-HUB)".
 * - Without: every cited authority in canonical order, "Dorset §1; Hertfordshire §2, §10 (INT-OPEN)".
 */
export function citationText(id: RuleId, authority?: AuthorityId): string {
  const citations = [...ruleFor(id).citations].sort(byAuthorityOrder);
  if (authority === undefined) {
    return `${citations.map(formatCitation).join('; ')} (${id})`;
  }
  const own = citations.find((c) => c.authority === authority);
  return own ? `${formatCitation(own)} (${id})` : `${AUTHORITY_NAMES[authority]}: ${NOT_STATED} (${id})`;
}

/** True when the authority's procedure is cited for the rule. */
export function appliesIn(id: RuleId, authority: AuthorityId): boolean {
  return ruleFor(id).citations.some((c) => c.authority === authority);
}
