import { and, assign, setup } from 'xstate';
import { getProfile } from '../authorities';
import type { AuthorityProfile } from '../authorities/profile';
import type { AuthorityId } from '../contact/contact.schema';
import type { RuleId } from '../rules/rule-ids';
import {
  decidingRules,
  hasGovUkReplyAddress,
  hasWrittenConsent,
  isCourtCorrespondence,
  isCrimeOrTaxRequest,
  isDetailedHistoryRequest,
  isHousingWithoutConsent,
  isIdentityInDoubt,
  isKnownStatusQuery,
  isNotCovered,
  isOpenSubject,
  isOtherAuthorityS47,
  isOtherRequestWithoutConsent,
  isSubjectAccessRequest,
  isUkbaFutureOfChild,
  requestActions,
  type RequestFacts,
} from './info-request.rules';
import type { IrAction, IrDecision, Requester, Subject } from './info-request.schema';

// A request for information from another agency (Hertfordshire §8). The request is logged, an eventless
// decision point picks the first rule that applies (contract order), and the desk replies. Requests that
// wait for something (identity evidence, consent, a .gov.uk address, reasons) can be updated and decided again.

export interface InfoRequestInput {
  authority: AuthorityId;
  receivedAt: string;
}

export interface InfoRequestContext {
  authority: AuthorityId;
  profile: AuthorityProfile;
  receivedAt: string;
  requester?: Requester;
  subject?: Subject;
  decision?: IrDecision;
  actions: { action: IrAction; rule: RuleId }[];
  rules: RuleId[];
  path: string[];
}

export type InfoRequestEvent =
  | { type: 'request.logged'; requester: Requester; subject: Subject }
  | { type: 'request.updated'; requester: Requester; subject: Subject }
  | { type: 'reply.sent' };

const factsOf = (c: InfoRequestContext): RequestFacts | undefined =>
  c.requester && c.subject ? { profile: c.profile, requester: c.requester, subject: c.subject } : undefined;

const check = (predicate: (f: RequestFacts) => boolean) => ({ context }: { context: InfoRequestContext }) => {
  const f = factsOf(context);
  return f !== undefined && predicate(f);
};

/** Decision states that wait for more from the requester before anything is disclosed. */
const WAITING: IrDecision[] = ['await-identity-evidence', 'await-gov-uk-address', 'await-consent', 'return-for-reasons'];

const stateName = (decision: IrDecision) => decision.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

// Each state's meta.rules lists the rules (Hertfordshire §8) that apply while a request is in it, as the
// contact machine's states do; the chart's details and text version, and the desk, read them from here.
// A processed request about a closed case or an adult also opens a record (IR-CLOSED, IR-ADULT): that
// is decided by requestActions, so those two are listed on the states where it can happen.
const OPENS_RECORD: RuleId[] = ['IR-CLOSED', 'IR-ADULT'];

function decisionState(decision: IrDecision, description: string, rules: RuleId[]) {
  const waiting = WAITING.includes(decision);
  return {
    description,
    meta: { rules },
    tags: waiting ? ['waiting'] : ['decided'],
    entry: [
      { type: 'decide' as const, params: { decision } },
      { type: 'visit' as const, params: { state: stateName(decision) } },
    ],
    on: waiting
      ? { 'request.updated': { target: 'deciding', actions: 'record' as const }, 'reply.sent': 'closed' }
      : { 'reply.sent': 'closed' },
  };
}

export const infoRequestMachine = setup({
  types: {
    context: {} as InfoRequestContext,
    events: {} as InfoRequestEvent,
    input: {} as InfoRequestInput,
  },
  guards: {
    isNotCovered: check(isNotCovered),
    isIdentityInDoubt: check(isIdentityInDoubt), // IR-DOUBT
    isDataProtectionRequest: check((f) => isCrimeOrTaxRequest(f) || isSubjectAccessRequest(f)), // IR-CRIME, IR-SAR
    isCourtCorrespondence: check(isCourtCorrespondence), // IR-COURT
    isOpenSubject: check(isOpenSubject), // IR-OPEN
    isConfirmableWithoutConsent: check((f) => isOtherAuthorityS47(f) || isUkbaFutureOfChild(f)), // IR-OLA-S47, IR-UKBA
    hasGovUkReplyAddress: check(hasGovUkReplyAddress), // IR-OLA-S47, IR-UKBA
    needsConsentFirst: check((f) => isHousingWithoutConsent(f) || isOtherRequestWithoutConsent(f)), // IR-HOUSING, IR-CONSENT
    isKnownStatusQuery: check(isKnownStatusQuery), // IR-KNOWN
    isDetailedHistoryWithReasons: check((f) => isDetailedHistoryRequest(f) && f.requester.reasonGiven), // IR-DETAILED
    isDetailedHistoryRequest: check(isDetailedHistoryRequest), // IR-DETAILED
    hasWrittenConsent: check(hasWrittenConsent), // IR-CONSENT
  },
  actions: {
    record: assign(({ context, event }) =>
      event.type === 'request.logged' || event.type === 'request.updated'
        ? { ...context, requester: event.requester, subject: event.subject }
        : context,
    ),
    decide: assign(({ context }, params: { decision: IrDecision }) => {
      const f = factsOf(context);
      if (!f) return context;
      const actions = requestActions(f, params.decision);
      const rules = [...new Set<RuleId>([...decidingRules(f, params.decision), ...actions.map((a) => a.rule)])].sort();
      return { ...context, decision: params.decision, actions, rules };
    }),
    visit: assign(({ context }, params: { state: string }) => ({ ...context, path: [...context.path, params.state] })),
  },
}).createMachine({
  id: 'infoRequest',
  context: ({ input }) => ({
    authority: input.authority,
    profile: getProfile(input.authority),
    receivedAt: input.receivedAt,
    actions: [],
    rules: [],
    path: [],
  }),
  initial: 'logging',
  states: {
    logging: {
      description: 'Who is asking, why, where to reply, and the child’s status with children’s services.',
      // The subject's status (open, closed, an adult once receiving services) recorded here decides these.
      meta: { rules: ['IR-OPEN', 'IR-CLOSED', 'IR-ADULT'] satisfies RuleId[] },
      entry: { type: 'visit', params: { state: 'logging' } },
      on: { 'request.logged': { target: 'deciding', actions: 'record' } },
    },
    deciding: {
      description: 'The first rule of §8 that applies decides how the request is handled.',
      meta: {
        rules: ['IR-DOUBT', 'IR-CRIME', 'IR-SAR', 'IR-COURT', 'IR-OPEN', 'IR-OLA-S47', 'IR-UKBA', 'IR-HOUSING', 'IR-CONSENT', 'IR-KNOWN', 'IR-DETAILED'] satisfies RuleId[],
      },
      entry: { type: 'visit', params: { state: 'deciding' } },
      always: [
        { guard: 'isNotCovered', target: 'notCovered' },
        { guard: 'isIdentityInDoubt', target: 'awaitIdentityEvidence', meta: { rule: 'IR-DOUBT' } },
        { guard: 'isDataProtectionRequest', target: 'dataProtectionTeam', meta: { rule: 'IR-CRIME' } },
        { guard: 'isCourtCorrespondence', target: 'legalHelpdesk', meta: { rule: 'IR-COURT' } },
        { guard: 'isOpenSubject', target: 'allocatedWorker', meta: { rule: 'IR-OPEN' } },
        {
          guard: and(['isConfirmableWithoutConsent', 'hasGovUkReplyAddress']),
          target: 'confirmWithoutConsent',
          meta: { rule: 'IR-OLA-S47' },
        },
        { guard: 'isConfirmableWithoutConsent', target: 'awaitGovUkAddress', meta: { rule: 'IR-UKBA' } },
        { guard: 'needsConsentFirst', target: 'awaitConsent', meta: { rule: 'IR-CONSENT' } },
        { guard: 'isKnownStatusQuery', target: 'confirmKnownStatus', meta: { rule: 'IR-KNOWN' } },
        { guard: 'isDetailedHistoryWithReasons', target: 'teamProcesses', meta: { rule: 'IR-DETAILED' } },
        { guard: 'isDetailedHistoryRequest', target: 'returnForReasons', meta: { rule: 'IR-DETAILED' } },
        { guard: 'hasWrittenConsent', target: 'discloseWithConsent', meta: { rule: 'IR-CONSENT' } },
        { target: 'notCovered' },
      ],
    },
    awaitIdentityEvidence: decisionState('await-identity-evidence', 'Ask for evidence of identity as a statutory agency; nothing is processed meanwhile (IR-DOUBT).', ['IR-DOUBT']),
    dataProtectionTeam: decisionState('data-protection-team', 'Crime or tax (s.29) requests and subject access go to the Data Protection Team (IR-CRIME, IR-SAR).', ['IR-CRIME', 'IR-SAR', ...OPENS_RECORD]),
    legalHelpdesk: decisionState('legal-helpdesk', 'Courts and solicitors: email the legal helpdesk (IR-COURT).', ['IR-COURT', ...OPENS_RECORD]),
    allocatedWorker: decisionState('allocated-worker', 'Open case: the allocated worker deals with it (IR-OPEN).', ['IR-OPEN']),
    confirmWithoutConsent: decisionState('confirm-without-consent', 'Confirm without consent, replying only to a .gov.uk address (IR-OLA-S47, IR-UKBA).', ['IR-OLA-S47', 'IR-UKBA', ...OPENS_RECORD]),
    awaitGovUkAddress: decisionState('await-gov-uk-address', 'Could be confirmed without consent, but only to a .gov.uk address (IR-OLA-S47, IR-UKBA).', ['IR-OLA-S47', 'IR-UKBA']),
    awaitConsent: decisionState('await-consent', 'Not processed until consent or evidence of a statutory role arrives (IR-CONSENT, IR-HOUSING).', ['IR-CONSENT', 'IR-HOUSING']),
    confirmKnownStatus: decisionState('confirm-known-status', 'Confirm whether known, open or closed, with dates, purpose and outcome (IR-KNOWN).', ['IR-KNOWN', ...OPENS_RECORD]),
    teamProcesses: decisionState('team-processes', 'Detailed history: the team that works or worked with the child handles it; legal advice before copies (IR-DETAILED).', ['IR-DETAILED', ...OPENS_RECORD]),
    returnForReasons: decisionState('return-for-reasons', 'Detailed history without reasons: returned asking why and for context (IR-DETAILED).', ['IR-DETAILED']),
    discloseWithConsent: decisionState('disclose-with-consent', 'Consent from someone with parental responsibility is in hand (IR-CONSENT).', ['IR-CONSENT', ...OPENS_RECORD]),
    notCovered: decisionState('not-covered', 'This authority’s procedure does not cover information requests.', []),
    closed: { type: 'final', meta: { rules: [] satisfies RuleId[] }, entry: { type: 'visit', params: { state: 'closed' } } },
  },
});

export type InfoRequestMachine = typeof infoRequestMachine;
