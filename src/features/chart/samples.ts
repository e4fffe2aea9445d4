import {
  agencySchema,
  caseStatusSchema,
  type AuthorityId,
  type Child,
  type Concern,
  type Parents,
  type Referrer,
} from '../../../machines/contact/contact.schema';
import {
  requesterAgencySchema,
  requestPurposeSchema,
  subjectStatusSchema,
  type Requester,
  type Subject,
} from '../../../machines/info-request/info-request.schema';
import type { ChartMachineId } from './chart-machines';

// Sample calls for asking which eventless branches an authority can ever take. They are built from the
// schemas' own value lists (every agency, every case status, every yes/no), not from any knowledge of
// the rules: the machine's guards decide, the samples only have to cover what a caller could say.
// "Never taken" therefore means "taken by none of these N sample calls", and the chart says so.

const product = <T,>(lists: T[][]): T[][] =>
  lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);

const BOOLS = [false, true];

// Times that fall inside and outside every authority's published hours: weekday day and evening,
// Saturday day and evening, Sunday night, and a bank holiday morning (Easter Monday 2026, BST).
export const SAMPLE_INSTANTS = [
  '2026-03-04T10:15:00+00:00',
  '2026-03-04T21:30:00+00:00',
  '2026-03-07T12:00:00+00:00',
  '2026-03-07T18:00:00+00:00',
  '2026-03-08T23:30:00+00:00',
  '2026-04-06T10:00:00+01:00',
];

function contactReferrers(): Referrer[] {
  const out: Referrer[] = [];
  for (const agency of agencySchema.options)
    for (const consultedHub of BOOLS) out.push({ type: 'professional', agency, requestsAnonymity: false, relaysThirdParty: false, consultedHub });
  for (const type of ['public', 'family', 'child'] as const)
    for (const requestsAnonymity of BOOLS) out.push({ type, requestsAnonymity, relaysThirdParty: false, consultedHub: false });
  return out;
}

function contactConcerns(): Concern[] {
  return product([BOOLS, BOOLS, BOOLS, BOOLS, BOOLS]).map(
    ([immediateDanger, crimeSuspected, significantHarm, harmByAnotherChild, allegationAgainstWorker]) => ({
      immediateDanger: immediateDanger!,
      crimeSuspected: crimeSuspected!,
      significantHarm: significantHarm!,
      harmByAnotherChild: harmByAnotherChild!,
      allegationAgainstWorker: allegationAgainstWorker!,
    }),
  );
}

const PARENTS: Parents[] = [
  { informed: true, agreed: true, reasonsNotInformed: [] },
  { informed: true, agreed: false, reasonsNotInformed: [] },
  { informed: false, agreed: false, reasonsNotInformed: ['domestic-abuse-risk'] },
];

/** Context fields that a sample call sets, merged over the machine's initial context for the authority. */
export type SampleFacts = Record<string, unknown>;

export function* decisionSamples(machine: ChartMachineId, _authority: AuthorityId): Generator<SampleFacts> {
  if (machine === 'contact') {
    const referrers = contactReferrers();
    const concerns = contactConcerns();
    const children: Child[][] = caseStatusSchema.options.map((caseStatus) => [{ caseStatus, unborn: false, disability: false }]);
    for (const receivedAt of SAMPLE_INSTANTS)
      for (const referrer of referrers)
        for (const kids of children)
          for (const concern of concerns)
            for (const parents of PARENTS) yield { receivedAt, referrer, children: kids, concern, parents };
    return;
  }
  const replies = ['duty@council.gov.uk', 'requests@example.org'];
  for (const agency of requesterAgencySchema.options)
    for (const purpose of requestPurposeSchema.options)
      for (const replyTo of replies)
        for (const [identityInDoubt, writtenConsent, reasonGiven] of product([BOOLS, BOOLS, BOOLS]))
          for (const status of subjectStatusSchema.options) {
            const requester: Requester = {
              agency,
              purpose,
              replyTo,
              identityInDoubt: identityInDoubt!,
              writtenConsent: writtenConsent!,
              reasonGiven: reasonGiven!,
            };
            const subject: Subject = { status };
            yield { requester, subject };
          }
}
