import type { ContactContext } from '../../../machines/contact/contact.machine';
import type { Requester, Subject } from '../../../machines/info-request/info-request.schema';
import type { ChartMachineId } from './chart-machines';

// Sample answers for simulate mode: events that carry data are sent with one of these presets. They are
// example calls, not rules: whether the machine accepts one is always asked of the machine (`can`).

/** An event as data: its type and payload. */
export type SampleEvent = { type: string } & Record<string, unknown>;

export interface EventPreset {
  label: string;
  event: SampleEvent;
}

const referrers = [
  ['School with a child-protection worry', { type: 'professional', agency: 'school' }],
  ['School that has talked to the Consultation Hub', { type: 'professional', agency: 'school', consultedHub: true }],
  ['GP practice', { type: 'professional', agency: 'gp' }],
  ['Police', { type: 'professional', agency: 'police' }],
  ['Member of the public, wants to stay anonymous', { type: 'public', requestsAnonymity: true }],
  ['Family member', { type: 'family' }],
] as const;

const children = [
  ['One child, not known to social care', [{ caseStatus: 'unknown' }]],
  ['One child with an open case', [{ caseStatus: 'open' }]],
  ['An unborn baby', [{ caseStatus: 'unknown', unborn: true }]],
  ['Two children, one getting early help', [{ caseStatus: 'unknown' }, { caseStatus: 'early-help' }]],
] as const;

const concerns = [
  ['Significant harm', { significantHarm: true }],
  ['Immediate danger', { immediateDanger: true, significantHarm: true }],
  ['Below the child-protection threshold', {}],
  ['About an adult who works with children', { allegationAgainstWorker: true }],
  ['A crime is suspected', { crimeSuspected: true, significantHarm: true }],
] as const;

const parents = [
  ['Parents informed and agreed', { informed: true, agreed: true, reasonsNotInformed: [] }],
  ['Parents informed, did not agree', { informed: true, agreed: false, reasonsNotInformed: [] }],
  ['Parents not informed: risk of domestic abuse', { informed: false, agreed: false, reasonsNotInformed: ['domestic-abuse-risk'] }],
] as const;

const requests: [string, Requester, Subject][] = [
  ['Another council, section 47 enquiry, .gov.uk reply', req('other-local-authority', 's47-enquiry', 'duty@council.gov.uk'), { status: 'closed' }],
  ['UK Border Agency, future of the child, other address', req('ukba', 'future-of-child', 'caseworker@example.org'), { status: 'unknown' }],
  ['Police, to detect a crime', req('police', 'crime-or-tax', 'officer@police.example.org'), { status: 'unknown' }],
  ['Housing, rent arrears, no consent', req('housing', 'rent-arrears', 'housing@council.gov.uk'), { status: 'closed' }],
  ['NHS, safeguarding, child known before', req('nhs', 'safeguarding', 'safeguarding@nhs.example.org', { writtenConsent: true }), { status: 'closed' }],
  ['CAFCASS, detailed history, reasons given', req('cafcass', 'detailed-history', 'officer@cafcass.gov.uk'), { status: 'closed' }],
  ['Another council, detailed history, no reasons', req('other-local-authority', 'detailed-history', 'team@council.gov.uk', { reasonGiven: false }), { status: 'closed' }],
  ['Solicitor for court proceedings', req('solicitor', 'court-proceedings', 'clerk@law.example.org'), { status: 'closed' }],
  ['Someone whose identity is in doubt', req('other', 'other', 'someone@example.org', { identityInDoubt: true }), { status: 'unknown' }],
  ['School, about a child with an open case', req('school', 'safeguarding', 'head@school.example.org', { writtenConsent: true }), { status: 'open' }],
];

function req(agency: Requester['agency'], purpose: Requester['purpose'], replyTo: string, extra: Partial<Requester> = {}): Requester {
  return { agency, purpose, replyTo, identityInDoubt: false, writtenConsent: false, reasonGiven: true, ...extra };
}

function contactPresets(type: string, context: ContactContext | undefined): EventPreset[] {
  switch (type) {
    case 'referrer.identified':
      return referrers.map(([label, r]) => ({
        label,
        event: { type, referrer: { requestsAnonymity: false, relaysThirdParty: false, consultedHub: false, ...r } },
      }));
    case 'children.recorded':
      return children.map(([label, list]) => ({
        label,
        event: { type, children: list.map((c) => ({ unborn: false, disability: false, ...c })) },
      }));
    case 'concern.described':
      return concerns.map(([label, c]) => ({
        label,
        event: {
          type,
          concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false, ...c },
        },
      }));
    case 'parents.recorded':
      return parents.map(([label, p]) => ({ label, event: { type, parents: { ...p, reasonsNotInformed: [...p.reasonsNotInformed] } } }));
    case 'answers.change':
      return (['referrer', 'children', 'concern', 'parents'] as const).map((step) => ({ label: `Change the ${step} answers`, event: { type, step } }));
    case 'checklist.answered': {
      // Questions that still have to be asked first, so that repeated clicks work through them.
      const items = [...(context?.profile.checklist ?? [])].sort((a, b) => {
        const open = (i: typeof a) => (i.mustAsk && context?.checklist[i.id] === 'not-asked' ? 0 : 1);
        return open(a) - open(b);
      });
      return items.map((item) => ({
        label: `${item.mustAsk ? 'Must ask: ' : ''}${item.label}`,
        event: { type, item: item.id, status: 'answered' },
      }));
    }
    case 'sharing.authorised':
      return [
        { label: 'Team manager, with a reason', event: { type, authorisation: { by: 'team-manager', reason: 'Telling the parents first would put the child at risk.' } } },
        { label: 'Call handler', event: { type, authorisation: { by: 'call-handler', reason: 'Telling the parents first would put the child at risk.' } } },
      ];
    case 'screening.recorded': {
      const screening = { knownBefore: false, childProtectionPlan: false, lookedAfter: false, siblingsKnown: false, adultsKnown: false };
      return [
        { label: 'Checks with other agencies', event: { type, screening: { ...screening, agencyChecks: true } } },
        { label: 'Records only, no agency checks', event: { type, screening: { ...screening, agencyChecks: false } } },
      ];
    }
    case 'decision.recorded': {
      const at = context?.receivedAt ?? '2026-03-04T10:15:00+00:00';
      const own = (context?.profile.outcomes ?? []).map((o) => ({
        label: `Manager: ${o.localName}`,
        event: { type, decision: { outcome: o.outcome, authorisedBy: 'manager', at } },
      }));
      return [
        ...own,
        { label: 'Social worker, without a manager: assessment', event: { type, decision: { outcome: 'assessment', authorisedBy: 'social-worker', at } } },
        { label: 'Manager: closure at referral', event: { type, decision: { outcome: 'closure-at-referral', authorisedBy: 'manager', at } } },
      ];
    }
    case 'siblings.referred': {
      // LEI-SIBLINGS: the screening manager's call about the brothers and sisters.
      const at = context?.receivedAt ?? '2026-03-04T10:15:00+00:00';
      return [
        { label: 'Manager: copy the referral to 2 siblings', event: { type, referral: { by: 'team-manager', siblings: 2, progress: true, at } } },
        {
          label: 'Manager: siblings not progressed, with a rationale',
          event: { type, referral: { by: 'team-manager', siblings: 1, progress: false, rationale: 'The sibling lives elsewhere and is not affected by this concern.', at } },
        },
        { label: 'Social worker: copy to 1 sibling', event: { type, referral: { by: 'social-worker', siblings: 1, progress: true, at } } },
      ];
    }
    case 'closure.recorded':
      return [
        {
          label: 'Agreed with early help',
          event: {
            type,
            closure: {
              agreedWith: 'early-help',
              summary: 'Needs are met by the early help plan already in place.',
              discussion: 'Agreed with the early help coordinator by phone; the family keeps its key worker.',
            },
          },
        },
      ];
    default:
      return [{ label: type, event: { type } }];
  }
}

function infoRequestPresets(type: string): EventPreset[] {
  if (type === 'request.logged' || type === 'request.updated') {
    return requests.map(([label, requester, subject]) => ({ label, event: { type, requester, subject } }));
  }
  return [{ label: type, event: { type } }];
}

/** The sample events for an event type, given the running machine's context (profile, answers so far). */
export function presetsFor(machine: ChartMachineId, type: string, context: unknown): EventPreset[] {
  return machine === 'contact' ? contactPresets(type, context as ContactContext | undefined) : infoRequestPresets(type);
}
