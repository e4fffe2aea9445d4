import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { contactMachine, refusalsFor, type ContactEvent, type ContactInput } from '../../machines/contact/contact.machine';
import type { AuthorityId } from '../../machines/contact/contact.schema';
import { runScenario } from '../../machines/scenario/run';
import { scenarioSchema, type ContactResult } from '../../machines/scenario/scenario.schema';

// Example tests, one or more per row of the contract's tables (shared/spec/scenario-contract.md: Routes,
// Actions, Deadlines, Outcomes), run through the same runner as `npm run scenario`, then the behaviours the
// wizard relies on, driven event by event as the pages send them.

const WED = '2026-03-04T10:15:00+00:00'; // Wednesday, in every authority's hours

type Facts = {
  authority?: AuthorityId;
  receivedAt?: string;
  channel?: string;
  referrer?: Record<string, unknown>;
  children?: Record<string, unknown>[];
  concern?: Record<string, boolean>;
  parents?: Record<string, unknown>;
  decision?: Record<string, unknown>;
};

const NO_CONCERN = { immediateDanger: false, crimeSuspected: false, significantHarm: false };

/** Runs one contact scenario through the runner; the facts go through the scenario schema first. */
function contact(facts: Facts = {}): ContactResult {
  const scenario = scenarioSchema.parse({
    id: 'example',
    title: 'Example',
    kind: 'contact',
    authority: facts.authority ?? 'hertfordshire',
    receivedAt: facts.receivedAt ?? WED,
    channel: facts.channel ?? 'email',
    referrer: facts.referrer ?? { type: 'public' },
    children: facts.children ?? [{ caseStatus: 'unknown' }],
    concern: { ...NO_CONCERN, ...facts.concern },
    parents: facts.parents ?? { informed: true, agreed: true },
    ...(facts.decision ? { decision: { at: '2026-03-04T16:00:00+00:00', ...facts.decision } } : {}),
  });
  return runScenario(scenario) as ContactResult;
}

const school = { type: 'professional', agency: 'school' };
const AUTHORITIES: AuthorityId[] = ['dorset', 'hertfordshire', 'leicester', 'derbyshire', 'lincolnshire'];

describe('routes, first that applies', () => {
  it('1. any open child goes to the allocated worker (INT-OPEN), before every other route', () => {
    for (const authority of AUTHORITIES) {
      const r = contact({ authority, children: [{ caseStatus: 'closed' }, { caseStatus: 'open' }] });
      expect(r.route, authority).toBe('allocated-worker');
      expect(r.rules).toContain('INT-OPEN');
      expect(r.deadlines.decision).toBeUndefined(); // not screened by the front door
    }
    // Open beats an allegation, out of hours and the Consultation Hub all at once.
    const r = contact({
      receivedAt: '2026-03-08T12:00:00+00:00', // Sunday
      referrer: school,
      children: [{ caseStatus: 'open' }],
      concern: { significantHarm: true, allegationAgainstWorker: true },
    });
    expect(r.route).toBe('allocated-worker');
    expect(r.path).toEqual(['intake.referrer', 'intake.children', 'intake.concern', 'intake.parents', 'routing', 'allocatedWorker', 'closed']);
  });

  it('2. a Hertfordshire allegation against a worker goes to Managing Allegations (INT-ALLEGATION), before out of hours', () => {
    expect(contact({ concern: { allegationAgainstWorker: true } }).route).toBe('managing-allegations');
    expect(contact({ receivedAt: '2026-03-08T12:00:00+00:00', concern: { allegationAgainstWorker: true } }).route).toBe('managing-allegations');
    expect(contact({ referrer: school, concern: { significantHarm: true, allegationAgainstWorker: true } }).route).toBe('managing-allegations');
    // Only Hertfordshire's procedure has that route.
    for (const authority of AUTHORITIES.filter((a) => a !== 'hertfordshire')) {
      expect(contact({ authority, concern: { allegationAgainstWorker: true } }).route, authority).toBe('front-door');
    }
  });

  it('3. Hertfordshire out of hours: outside Mon-Fri 08:00-20:00 and Sat 09:00-16:00 London time, and on bank holidays (assumed)', () => {
    const her = (receivedAt: string) => contact({ receivedAt }).route;
    expect(her('2026-06-03T07:59:00+01:00')).toBe('out-of-hours'); // Wed, BST
    expect(her('2026-06-03T08:00:00+01:00')).toBe('front-door');
    expect(her('2026-06-03T19:59:00+01:00')).toBe('front-door');
    expect(her('2026-06-03T20:00:00+01:00')).toBe('out-of-hours');
    expect(her('2026-06-06T08:59:00+01:00')).toBe('out-of-hours'); // Saturday
    expect(her('2026-06-06T09:00:00+01:00')).toBe('front-door');
    expect(her('2026-06-06T15:59:00+01:00')).toBe('front-door');
    expect(her('2026-06-06T16:00:00+01:00')).toBe('out-of-hours');
    expect(her('2026-06-07T12:00:00+01:00')).toBe('out-of-hours'); // Sunday
    expect(her('2026-04-03T10:00:00+01:00')).toBe('out-of-hours'); // Good Friday
    expect(her('2026-06-03T06:59:00Z')).toBe('out-of-hours'); // 07:59 in London although written in UTC
    const r = contact({ receivedAt: '2026-06-07T12:00:00+01:00' });
    expect(r.rules).toContain('INT-OOH');
    expect(r.path).toContain('outOfHours');
    // Out of hours comes before the Consultation Hub.
    expect(contact({ receivedAt: '2026-06-07T12:00:00+01:00', referrer: school, concern: { significantHarm: true } }).route).toBe('out-of-hours');
  });

  it('3. Lincolnshire out of hours: outside Mon-Fri 09:00-17:00 (assumed), only for significant harm or immediate danger', () => {
    const lin = (receivedAt: string, concern: Record<string, boolean>) => contact({ authority: 'lincolnshire', receivedAt, concern }).route;
    expect(lin('2026-06-03T17:00:00+01:00', { significantHarm: true })).toBe('out-of-hours');
    expect(lin('2026-06-03T16:59:00+01:00', { significantHarm: true })).toBe('front-door');
    expect(lin('2026-06-03T17:00:00+01:00', {})).toBe('front-door');
    expect(lin('2026-06-03T08:59:00+01:00', { immediateDanger: true })).toBe('out-of-hours');
    expect(lin('2026-06-06T12:00:00+01:00', { significantHarm: true })).toBe('out-of-hours'); // Saturday
    expect(lin('2026-05-25T12:00:00+01:00', { significantHarm: true })).toBe('out-of-hours'); // Spring bank holiday
    expect(lin('2026-05-25T12:00:00+01:00', { crimeSuspected: true })).toBe('front-door');
  });

  it('3. Dorset, Leicester and Derbyshire never route out of hours', () => {
    for (const authority of ['dorset', 'leicester', 'derbyshire'] as const) {
      const r = contact({ authority, receivedAt: '2026-06-07T03:00:00+01:00', referrer: { type: 'family' }, concern: { significantHarm: true } });
      expect(r.route, authority).toBe('front-door');
    }
  });

  it('4. a Hertfordshire school or early-years setting with significant harm, hub not consulted, no immediate danger, consults the hub (INT-HUB)', () => {
    const hub = (referrer: Record<string, unknown>, concern: Record<string, boolean>) => contact({ referrer, concern }).route;
    expect(hub(school, { significantHarm: true })).toBe('consultation-hub');
    expect(hub({ type: 'professional', agency: 'early-years' }, { significantHarm: true })).toBe('consultation-hub');
    expect(hub({ ...school, consultedHub: true }, { significantHarm: true })).toBe('front-door');
    expect(hub(school, { significantHarm: true, immediateDanger: true })).toBe('front-door');
    expect(hub(school, {})).toBe('front-door');
    expect(hub({ type: 'professional', agency: 'health' }, { significantHarm: true })).toBe('front-door');
    expect(hub({ type: 'public' }, { significantHarm: true })).toBe('front-door');
    expect(contact({ referrer: school, concern: { significantHarm: true } }).rules).toContain('INT-HUB');
    expect(contact({ authority: 'lincolnshire', referrer: school, concern: { significantHarm: true } }).route).toBe('front-door');
  });

  it('5. a Derbyshire professional below the child-protection threshold uses the online request (INT-FORMS)', () => {
    const der = (referrer: Record<string, unknown>, concern: Record<string, boolean>) => contact({ authority: 'derbyshire', referrer, concern }).route;
    expect(der(school, {})).toBe('online-request');
    expect(der({ type: 'professional', agency: 'police' }, { crimeSuspected: true })).toBe('online-request');
    expect(der(school, { significantHarm: true })).toBe('front-door');
    expect(der(school, { immediateDanger: true })).toBe('front-door');
    expect(der({ type: 'public' }, {})).toBe('front-door');
    expect(contact({ authority: 'derbyshire', referrer: school }).rules).toContain('INT-FORMS');
    // Hertfordshire's red and green forms are not a route of their own.
    expect(contact({ referrer: school }).route).toBe('front-door');
  });

  it('6. otherwise the front door takes it, and the contact goes on to screening', () => {
    for (const authority of AUTHORITIES) {
      const r = contact({ authority });
      expect(r.route, authority).toBe('front-door');
      expect(r.path).toEqual([
        'intake.referrer', 'intake.children', 'intake.concern', 'intake.parents', 'routing', 'frontDoor', 'informationGathering', 'screening', 'decision',
      ]);
    }
  });
});

describe('actions', () => {
  it('call-999 for immediate danger and notify-police for a suspected crime, in every authority (INT-EMERGENCY, INT-CRIME)', () => {
    for (const authority of AUTHORITIES) {
      expect(contact({ authority, concern: { immediateDanger: true } }).actions, authority).toContain('call-999');
      expect(contact({ authority, concern: { crimeSuspected: true } }).actions, authority).toContain('notify-police');
      const none = contact({ authority }).actions;
      expect(none).not.toContain('call-999');
      expect(none).not.toContain('notify-police');
    }
    // Also on a redirected route: the emergency does not wait for the allocated worker.
    expect(contact({ children: [{ caseStatus: 'open' }], concern: { immediateDanger: true } }).actions).toContain('call-999');
  });

  it('a non-professional asking for anonymity is withheld and told the limits of confidentiality (ANON-RECORD-EXPLAIN)', () => {
    for (const type of ['public', 'family', 'child']) {
      const r = contact({ authority: 'dorset', referrer: { type, requestsAnonymity: true } });
      expect(r.referrerIdentity).toBe('withheld');
      expect(r.actions).toContain('explain-confidentiality-limits');
    }
    const known = contact({ authority: 'dorset', referrer: { type: 'public' } });
    expect(known.referrerIdentity).toBe('confidential');
    expect(known.actions).not.toContain('explain-confidentiality-limits');
  });

  it('a professional asking for anonymity stays named and is told why (ANON-PROFESSIONAL-NEVER)', () => {
    for (const authority of AUTHORITIES) {
      const r = contact({ authority, referrer: { type: 'professional', agency: 'gp', requestsAnonymity: true } });
      expect(r.referrerIdentity, authority).toBe('named');
      expect(r.actions).toContain('explain-professionals-not-anonymous');
      expect(r.actions).not.toContain('explain-confidentiality-limits');
    }
  });

  it('manager-authorise-sharing: DOR and HER when parents are not informed or did not agree; DER only when not informed (CONSENT-MANAGER-OVERRIDE)', () => {
    const sharing = (authority: AuthorityId, parents: Record<string, unknown>, extra: Facts = {}) =>
      contact({ authority, parents, ...extra }).actions.includes('manager-authorise-sharing');
    const notInformed = { informed: false, agreed: false };
    const informedOnly = { informed: true, agreed: false };
    const agreed = { informed: true, agreed: true };
    for (const authority of ['dorset', 'hertfordshire'] as const) {
      expect(sharing(authority, notInformed), authority).toBe(true);
      expect(sharing(authority, informedOnly), authority).toBe(true);
      expect(sharing(authority, agreed), authority).toBe(false);
    }
    expect(sharing('derbyshire', notInformed)).toBe(true);
    expect(sharing('derbyshire', informedOnly)).toBe(false); // DER asks about knowledge, not agreement
    for (const authority of ['leicester', 'lincolnshire'] as const) expect(sharing(authority, notInformed), authority).toBe(false);
    // Only where the contact goes on to screening: front door or out of hours.
    expect(sharing('hertfordshire', notInformed, { receivedAt: '2026-03-08T12:00:00+00:00' })).toBe(true);
    expect(sharing('hertfordshire', notInformed, { referrer: school, concern: { significantHarm: true } })).toBe(false);
    expect(sharing('derbyshire', notInformed, { referrer: school })).toBe(false);
    expect(sharing('dorset', notInformed, { children: [{ caseStatus: 'open' }] })).toBe(false);
  });

  it('Derbyshire: parents informed but not agreed gives no manager-authorise-sharing', () => {
    const r = contact({ authority: 'derbyshire', parents: { informed: true, agreed: false, reasonsNotInformed: ['delay'] } });
    expect(r.route).toBe('front-door');
    expect(r.actions).toEqual(['ask-about-family-issues']);
    expect(r.rules).not.toContain('CONSENT-MANAGER-OVERRIDE');
  });

  it('ask-referrer-to-inform-parents: HER professional, parents not informed, no reason given (CONSENT-ASK-REFERRER-INFORM)', () => {
    const ask = (facts: Facts) => contact(facts).actions.includes('ask-referrer-to-inform-parents');
    expect(ask({ referrer: school, parents: { informed: false, agreed: false } })).toBe(true);
    expect(ask({ referrer: school, parents: { informed: false, agreed: false, reasonsNotInformed: ['staff-risk'] } })).toBe(false);
    expect(ask({ referrer: school, parents: { informed: true, agreed: false } })).toBe(false);
    expect(ask({ referrer: { type: 'public' }, parents: { informed: false, agreed: false } })).toBe(false);
    expect(ask({ authority: 'dorset', referrer: school, parents: { informed: false, agreed: false } })).toBe(false);
  });

  it('confirm-in-writing-24h with its 24-hour deadline: HER and LIN professionals who phone (INT-CONFIRM-WRITING)', () => {
    for (const authority of ['hertfordshire', 'lincolnshire'] as const) {
      const r = contact({ authority, channel: 'phone', referrer: { type: 'professional', agency: 'police' } });
      expect(r.actions, authority).toContain('confirm-in-writing-24h');
      expect(r.deadlines.writtenConfirmation).toBe('2026-03-05T10:15:00+00:00');
      const email = contact({ authority, channel: 'email', referrer: { type: 'professional', agency: 'police' } });
      expect(email.actions).not.toContain('confirm-in-writing-24h');
      expect(email.deadlines.writtenConfirmation).toBeUndefined();
    }
    expect(contact({ channel: 'phone', referrer: { type: 'public' } }).actions).not.toContain('confirm-in-writing-24h');
    const dor = contact({ authority: 'dorset', channel: 'phone', referrer: { type: 'professional', agency: 'police' } });
    expect(dor.actions).not.toContain('confirm-in-writing-24h');
    expect(dor.deadlines.writtenConfirmation).toBeUndefined();
  });

  it('Hertfordshire only: feed back to the source, both children’s details, the NHS number (INT-THIRD-PARTY, INT-CHILD-HARMS-CHILD, INT-HEALTH-NHS)', () => {
    expect(contact({ referrer: { type: 'public', relaysThirdParty: true } }).actions).toContain('remind-to-feed-back-to-source');
    expect(contact({ concern: { harmByAnotherChild: true } }).actions).toContain('send-both-children-details');
    expect(contact({ referrer: { type: 'professional', agency: 'health' } }).actions).toContain('include-nhs-number');
    expect(contact({ referrer: { type: 'professional', agency: 'gp' } }).actions).not.toContain('include-nhs-number');
    for (const authority of AUTHORITIES.filter((a) => a !== 'hertfordshire')) {
      const r = contact({
        authority,
        referrer: { type: 'professional', agency: 'health', relaysThirdParty: true },
        concern: { harmByAnotherChild: true, significantHarm: true },
      });
      expect(r.actions, authority).not.toContain('remind-to-feed-back-to-source');
      expect(r.actions).not.toContain('send-both-children-details');
      expect(r.actions).not.toContain('include-nhs-number');
    }
  });

  it('ask-about-family-issues: HER, DER, LIN, whenever the contact reaches information gathering (INFO-ASK-FAMILY-ISSUES)', () => {
    for (const authority of ['hertfordshire', 'derbyshire', 'lincolnshire'] as const) {
      expect(contact({ authority }).actions, authority).toContain('ask-about-family-issues');
      expect(contact({ authority, children: [{ caseStatus: 'open' }] }).actions, authority).not.toContain('ask-about-family-issues');
    }
    expect(contact({ receivedAt: '2026-03-08T12:00:00+00:00' }).actions).toContain('ask-about-family-issues'); // out of hours
    expect(contact({ referrer: school, concern: { significantHarm: true } }).actions).not.toContain('ask-about-family-issues'); // hub
    for (const authority of ['dorset', 'leicester'] as const) expect(contact({ authority }).actions, authority).not.toContain('ask-about-family-issues');
  });

  it('convene-strategy-discussion on that outcome, in every authority (DEC-STRATEGY)', () => {
    for (const authority of AUTHORITIES) {
      const r = contact({ authority, concern: { significantHarm: true }, referrer: { type: 'family' }, decision: { outcome: 'strategy-discussion', authorisedBy: 'manager' } });
      expect(r.outcome, authority).toBe('strategy-discussion');
      expect(r.actions).toContain('convene-strategy-discussion');
    }
    expect(contact({ decision: { outcome: 'assessment', authorisedBy: 'manager' } }).actions).not.toContain('convene-strategy-discussion');
  });

  it('explain-reasons-and-alternatives: Lincolnshire, no further action (FB-NFA)', () => {
    expect(contact({ authority: 'lincolnshire', decision: { outcome: 'no-further-action', authorisedBy: 'manager' } }).actions).toContain('explain-reasons-and-alternatives');
    expect(contact({ authority: 'lincolnshire', decision: { outcome: 'signpost', authorisedBy: 'manager' } }).actions).not.toContain('explain-reasons-and-alternatives');
    expect(contact({ authority: 'dorset', decision: { outcome: 'no-further-action', authorisedBy: 'manager' } }).actions).not.toContain('explain-reasons-and-alternatives');
  });

  it('tell-referrer-where-signposted: Hertfordshire, signpost or early help (FB-SIGNPOST)', () => {
    for (const outcome of ['signpost', 'early-help']) {
      expect(contact({ decision: { outcome, authorisedBy: 'manager' } }).actions, outcome).toContain('tell-referrer-where-signposted');
      expect(contact({ authority: 'dorset', decision: { outcome, authorisedBy: 'manager' } }).actions).not.toContain('tell-referrer-where-signposted');
    }
    expect(contact({ decision: { outcome: 'information-advice', authorisedBy: 'manager' } }).actions).not.toContain('tell-referrer-where-signposted');
  });

  it('lists the actions sorted', () => {
    const r = contact({
      channel: 'phone',
      referrer: { type: 'professional', agency: 'health', requestsAnonymity: true, relaysThirdParty: true },
      concern: { immediateDanger: true, crimeSuspected: true, significantHarm: true, harmByAnotherChild: true },
      parents: { informed: false, agreed: false },
      decision: { outcome: 'strategy-discussion', authorisedBy: 'manager' },
    });
    expect(r.actions).toEqual([
      'ask-about-family-issues',
      'ask-referrer-to-inform-parents',
      'call-999',
      'confirm-in-writing-24h',
      'convene-strategy-discussion',
      'explain-professionals-not-anonymous',
      'include-nhs-number',
      'manager-authorise-sharing',
      'notify-police',
      'remind-to-feed-back-to-source',
      'send-both-children-details',
    ]);
  });
});

describe('deadlines', () => {
  it('decision: 24 hours in DOR and LIN, one working day in HER, LEI and DER, only on the front-door and out-of-hours routes (DEC-TIMESCALE)', () => {
    // Saturday 28 March 2026, the night before the clocks go forward: 24 hours later is 11:00 BST.
    expect(contact({ authority: 'dorset', receivedAt: '2026-03-28T10:00:00+00:00' }).deadlines.decision).toBe('2026-03-29T11:00:00+01:00');
    expect(contact({ authority: 'lincolnshire', receivedAt: '2026-03-28T10:00:00+00:00' }).deadlines.decision).toBe('2026-03-29T11:00:00+01:00');
    expect(contact({ receivedAt: WED }).deadlines.decision).toBe('2026-03-05T23:59:59+00:00');
    // Friday: the next working day is Monday.
    expect(contact({ authority: 'leicester', receivedAt: '2026-06-05T16:00:00+01:00' }).deadlines.decision).toBe('2026-06-08T23:59:59+01:00');
    // Maundy Thursday: Good Friday and Easter Monday are skipped.
    expect(contact({ authority: 'derbyshire', receivedAt: '2026-04-02T15:00:00+01:00' }).deadlines.decision).toBe('2026-04-07T23:59:59+01:00');
    expect(contact({ receivedAt: '2026-03-08T12:00:00+00:00' }).deadlines.decision).toBe('2026-03-09T23:59:59+00:00'); // out of hours
    expect(contact({ children: [{ caseStatus: 'open' }] }).deadlines.decision).toBeUndefined();
    expect(contact({ concern: { allegationAgainstWorker: true } }).deadlines.decision).toBeUndefined();
    expect(contact({ authority: 'derbyshire', referrer: school }).deadlines.decision).toBeUndefined();
    expect(contact({ referrer: school }).rules).toContain('DEC-TIMESCALE');
  });

  it('acknowledgement: HER every channel, LIN written channels, within one working day (FB-ACK)', () => {
    for (const channel of ['phone', 'email', 'online-form', 'post', 'in-person']) {
      expect(contact({ channel }).deadlines.acknowledgement, channel).toBe('2026-03-05T23:59:59+00:00');
      const written = ['email', 'online-form', 'post'].includes(channel);
      expect(contact({ authority: 'lincolnshire', channel }).deadlines.acknowledgement, channel).toBe(written ? '2026-03-05T23:59:59+00:00' : undefined);
      expect(contact({ authority: 'dorset', channel }).deadlines.acknowledgement).toBeUndefined();
    }
  });

  it('chase: HER, three working days (FB-CHASE)', () => {
    expect(contact().deadlines.chase).toBe('2026-03-09T23:59:59+00:00');
    expect(contact({ receivedAt: '2026-12-24T10:00:00+00:00' }).deadlines.chase).toBe('2026-12-31T23:59:59+00:00');
    for (const authority of AUTHORITIES.filter((a) => a !== 'hertfordshire')) expect(contact({ authority }).deadlines.chase).toBeUndefined();
  });

  it('strategyDecision: HER significant harm, 24 hours from receipt (DEC-SEEN)', () => {
    expect(contact({ concern: { significantHarm: true } }).deadlines.strategyDecision).toBe('2026-03-05T10:15:00+00:00');
    expect(contact().deadlines.strategyDecision).toBeUndefined();
    expect(contact({ authority: 'dorset', concern: { significantHarm: true } }).deadlines.strategyDecision).toBeUndefined();
  });

  it('childSeen: HER assessment, five working days from the decision (DEC-SEEN)', () => {
    const r = contact({ decision: { outcome: 'assessment', authorisedBy: 'manager', at: '2026-03-04T16:00:00+00:00' } });
    expect(r.deadlines.childSeen).toBe('2026-03-11T23:59:59+00:00');
    expect(contact({ decision: { outcome: 'early-help', authorisedBy: 'manager' } }).deadlines.childSeen).toBeUndefined();
    expect(contact({ authority: 'dorset', decision: { outcome: 'assessment', authorisedBy: 'manager' } }).deadlines.childSeen).toBeUndefined();
    // Refused, the decision starts no clock.
    expect(contact({ decision: { outcome: 'assessment', authorisedBy: 'social-worker' } }).deadlines.childSeen).toBeUndefined();
  });

  it('the contract’s example: Thu 24 Dec 2026 10:00 in Hertfordshire is decided by Tue 29 Dec 23:59:59', () => {
    expect(contact({ receivedAt: '2026-12-24T10:00:00+00:00' }).deadlines.decision).toBe('2026-12-29T23:59:59+00:00');
  });
});

describe('decisions and outcomes', () => {
  it('DEC-MANAGER: a decision not authorised by a manager in DOR, HER, LEI or DER is refused, with no outcome', () => {
    for (const authority of ['dorset', 'hertfordshire', 'leicester', 'derbyshire'] as const) {
      const r = contact({ authority, decision: { outcome: 'assessment', authorisedBy: 'social-worker' } });
      expect(r.errors, authority).toEqual(['DEC-MANAGER']);
      expect(r.outcome).toBeUndefined();
      expect(r.path.at(-1)).toBe('decision');
    }
    // Lincolnshire's procedure does not say who authorises.
    const lin = contact({ authority: 'lincolnshire', decision: { outcome: 'assessment', authorisedBy: 'social-worker' } });
    expect(lin.errors).toEqual([]);
    expect(lin.outcome).toBe('assessment');
  });

  it('DEC-OUTCOMES: an outcome the authority does not have is refused', () => {
    const cases: [AuthorityId, string][] = [
      ['dorset', 'closure-at-referral'],
      ['hertfordshire', 'closure-at-referral'],
      ['derbyshire', 'information-advice'],
      ['leicester', 'no-further-action'],
      ['lincolnshire', 'closure-at-referral'],
    ];
    for (const [authority, outcome] of cases) {
      const r = contact({ authority, decision: { outcome, authorisedBy: 'manager' } });
      expect(r.errors, `${authority} ${outcome}`).toEqual(['DEC-OUTCOMES']);
      expect(r.outcome).toBeUndefined();
    }
    expect(contact({ authority: 'dorset', decision: { outcome: 'closure-at-referral', authorisedBy: 'social-worker' } }).errors).toEqual([
      'DEC-MANAGER',
      'DEC-OUTCOMES',
    ]);
  });

  it('a valid decision gives the outcome and closes the contact after feedback', () => {
    const r = contact({ decision: { outcome: 'early-help', authorisedBy: 'manager' } });
    expect(r.outcome).toBe('early-help');
    expect(r.errors).toEqual([]);
    expect(r.path.slice(-3)).toEqual(['decision', 'feedback', 'closed']);
    expect(r.rules).toEqual(expect.arrayContaining(['DEC-MANAGER', 'DEC-OUTCOMES']));
  });

  it('Leicester may close at referral (LEI-CLOSURE-AT-REFERRAL)', () => {
    const r = contact({ authority: 'leicester', decision: { outcome: 'closure-at-referral', authorisedBy: 'manager' } });
    expect(r.outcome).toBe('closure-at-referral');
    expect(r.errors).toEqual([]);
    expect(r.rules).toContain('LEI-CLOSURE-AT-REFERRAL');
  });
});

// --- The wizard's behaviours, event by event ----------------------------------------------------------------

const REFERRER_PUBLIC: ContactEvent = { type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } };
const REFERRER_SCHOOL: ContactEvent = { type: 'referrer.identified', referrer: { type: 'professional', agency: 'school', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } };
const CHILD = (caseStatus: 'unknown' | 'open' = 'unknown'): ContactEvent => ({ type: 'children.recorded', children: [{ caseStatus, unborn: false, disability: false }] });
const CONCERN = (significantHarm = false): ContactEvent => ({ type: 'concern.described', concern: { ...NO_CONCERN, significantHarm, harmByAnotherChild: false, allegationAgainstWorker: false } });
const PARENTS = (informed: boolean, agreed = informed): ContactEvent => ({ type: 'parents.recorded', parents: { informed, agreed, reasonsNotInformed: [] } });
const SCREENING = (agencyChecks: boolean): ContactEvent => ({
  type: 'screening.recorded',
  screening: { knownBefore: false, childProtectionPlan: false, lookedAfter: false, siblingsKnown: false, adultsKnown: false, agencyChecks },
});

function start(authority: AuthorityId, receivedAt = WED) {
  const input: ContactInput = { authority, receivedAt, channel: 'phone' };
  const actor = createActor(contactMachine, { input }).start();
  const send = (...events: ContactEvent[]) => {
    for (const e of events) actor.send(e);
    return actor.getSnapshot();
  };
  return { actor, send, snapshot: () => actor.getSnapshot() };
}

describe('the wizard’s behaviours', () => {
  it('step.back walks back through intake, keeping the answers given', () => {
    const { send } = start('hertfordshire');
    let s = send(REFERRER_PUBLIC, CHILD(), CONCERN());
    expect(s.value).toEqual({ intake: 'parents' });
    s = send({ type: 'step.back' });
    expect(s.value).toEqual({ intake: 'concern' });
    s = send({ type: 'step.back' });
    expect(s.value).toEqual({ intake: 'children' });
    s = send({ type: 'step.back' });
    expect(s.value).toEqual({ intake: 'referrer' });
    expect(s.can({ type: 'step.back' })).toBe(false); // the first question has nowhere to go back to
    expect(s.context.referrer?.type).toBe('public');
    expect(s.context.concern).toBeDefined();
    // Forward again with the same answers.
    s = send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(true));
    expect(s.value).toBe('informationGathering');
  });

  it('step.back from information gathering returns to the parents’ question and forgets the route until intake ends again', () => {
    const { send } = start('hertfordshire');
    let s = send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(false));
    expect(s.context.route).toBe('front-door');
    expect(s.context.actions.map((a) => a.action)).toContain('ask-about-family-issues');
    s = send({ type: 'step.back' });
    expect(s.value).toEqual({ intake: 'parents' });
    expect(s.context.route).toBeUndefined();
    expect(s.context.deadlines.map((d) => d.deadline)).not.toContain('decision');
    expect(s.context.actions.map((a) => a.action)).not.toContain('manager-authorise-sharing');
    s = send(PARENTS(true));
    expect(s.context.route).toBe('front-door');
    expect(s.context.actions.map((a) => a.action)).not.toContain('manager-authorise-sharing');
  });

  it('answers.change from information gathering re-routes when the new answer changes the route', () => {
    const { send } = start('hertfordshire');
    let s = send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(true));
    expect(s.value).toBe('informationGathering');
    s = send({ type: 'answers.change', step: 'children' });
    expect(s.value).toEqual({ intake: 'children' });
    s = send(CHILD('open'), CONCERN(), PARENTS(true));
    expect(s.value).toBe('allocatedWorker');
    expect(s.context.route).toBe('allocated-worker');
    expect(s.context.deadlines.map((d) => d.deadline)).not.toContain('decision');
    expect(s.context.path.filter((p) => p === 'routing')).toHaveLength(2);

    // Derbyshire: a school's significant-harm worry goes to Starting Point; changed to below threshold, to the form.
    const der = start('derbyshire');
    s = der.send(REFERRER_SCHOOL, CHILD(), CONCERN(true), PARENTS(true));
    expect(s.context.route).toBe('front-door');
    s = der.send({ type: 'answers.change', step: 'concern' }, CONCERN(false), PARENTS(true));
    expect(s.context.route).toBe('online-request');
    expect(s.hasTag('redirected')).toBe(true);
  });

  it('answers.change that leaves the answers as they were comes back to the same route', () => {
    const { send } = start('hertfordshire');
    send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(true));
    const s = send({ type: 'answers.change', step: 'parents' }, PARENTS(true));
    expect(s.value).toBe('informationGathering');
    expect(s.context.route).toBe('front-door');
  });

  it('information.completed is refused until every must-ask question is answered or recorded as not known', () => {
    const { send, snapshot } = start('hertfordshire');
    send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(true));
    const done: ContactEvent = { type: 'information.completed' };
    expect(snapshot().can(done)).toBe(false);
    send(done);
    expect(snapshot().value).toBe('informationGathering');
    // Answering other questions, or one the authority does not ask, is not enough.
    send({ type: 'checklist.answered', item: 'address', status: 'answered' }, { type: 'checklist.answered', item: 'no-such-item', status: 'answered' });
    expect(snapshot().can(done)).toBe(false);
    expect(snapshot().context.checklist).not.toHaveProperty('no-such-item');
    send({ type: 'checklist.answered', item: 'family-issues', status: 'not-known' });
    expect(snapshot().can(done)).toBe(true);
    // Taking the answer back makes it unasked again.
    send({ type: 'checklist.answered', item: 'family-issues', status: 'not-asked' });
    expect(snapshot().can(done)).toBe(false);
    send({ type: 'checklist.answered', item: 'family-issues', status: 'answered' }, done);
    expect(snapshot().value).toBe('screening');

    // Dorset's checklist has no must-ask question.
    const dor = start('dorset');
    dor.send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(true));
    expect(dor.snapshot().can(done)).toBe(true);
  });

  it('sharing.authorised is refused from a social worker and accepted from a team manager with a reason; screening with agency checks waits for it', () => {
    const { send, snapshot } = start('hertfordshire');
    send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(false));
    send({ type: 'checklist.answered', item: 'family-issues', status: 'answered' }, { type: 'information.completed' });
    expect(snapshot().value).toBe('screening');

    expect(snapshot().can(SCREENING(true))).toBe(false);
    send(SCREENING(true));
    expect(snapshot().value).toBe('screening');

    const bySocialWorker: ContactEvent = { type: 'sharing.authorised', authorisation: { by: 'social-worker', reason: 'Risk to the child if the parents are told' } };
    expect(snapshot().can(bySocialWorker)).toBe(false);
    send(bySocialWorker);
    expect(snapshot().context.sharingAuthorisation).toBeUndefined();
    // The schema refuses a blank reason; the machine refuses it too, should one ever get through.
    const blank: ContactEvent = { type: 'sharing.authorised', authorisation: { by: 'team-manager', reason: '   ' } };
    expect(snapshot().can(blank)).toBe(false);
    expect(snapshot().can(SCREENING(true))).toBe(false);

    const byManager: ContactEvent = { type: 'sharing.authorised', authorisation: { by: 'team-manager', reason: 'Risk to the child if the parents are told' } };
    expect(snapshot().can(byManager)).toBe(true);
    send(byManager);
    expect(snapshot().context.sharingAuthorisation).toEqual({ by: 'team-manager', reason: 'Risk to the child if the parents are told' });
    expect(snapshot().can(SCREENING(true))).toBe(true);
    send(SCREENING(true));
    expect(snapshot().value).toBe('decision');
    expect(snapshot().context.screening?.agencyChecks).toBe(true);
  });

  it('screening without agency checks needs no authorisation, and none is taken where the parents agreed', () => {
    const { send, snapshot } = start('hertfordshire');
    send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(false));
    send({ type: 'checklist.answered', item: 'family-issues', status: 'answered' }, { type: 'information.completed' });
    expect(snapshot().can(SCREENING(false))).toBe(true);

    const agreed = start('hertfordshire');
    agreed.send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(true));
    agreed.send({ type: 'checklist.answered', item: 'family-issues', status: 'answered' }, { type: 'information.completed' });
    expect(agreed.snapshot().can({ type: 'sharing.authorised', authorisation: { by: 'team-manager', reason: 'Not needed: parents agreed' } })).toBe(false);
    expect(agreed.snapshot().can(SCREENING(true))).toBe(true);
  });

  it('a refused decision is not taken: can() is false, nothing changes, and refusalsFor names the rule and the role', () => {
    const { send, snapshot } = start('dorset');
    send(REFERRER_PUBLIC, CHILD(), CONCERN(), PARENTS(true), { type: 'information.completed' }, SCREENING(true));
    const bySocialWorker: ContactEvent = { type: 'decision.recorded', decision: { outcome: 'assessment', authorisedBy: 'social-worker', at: '2026-03-04T16:00:00+00:00' } };
    const before = snapshot();
    expect(before.can(bySocialWorker)).toBe(false);
    expect(refusalsFor(before, bySocialWorker)).toEqual([
      expect.objectContaining({ rule: 'DEC-MANAGER', field: 'decision.authorisedBy', requiredRole: 'team-manager' }),
    ]);
    send(bySocialWorker);
    expect(snapshot().value).toBe('decision');
    expect(snapshot().context).toEqual(before.context);
    expect(snapshot().context.decision).toBeUndefined();
    send({ type: 'decision.recorded', decision: { outcome: 'assessment', authorisedBy: 'manager', at: '2026-03-04T16:30:00+00:00' } });
    expect(snapshot().value).toBe('feedback');
    expect(snapshot().context.outcome).toBe('assessment');
    send({ type: 'feedback.sent' });
    expect(snapshot().status).toBe('done');
  });
});
