import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { contactMachine, refusalsFor, type ContactEvent, type ContactInput } from '../../machines/contact/contact.machine';
import type { AuthorityId, Decision } from '../../machines/contact/contact.schema';
import { contactEventSchema } from '../../machines/contact/contact.schema';
import { replayContact } from '../../machines/contact/replay';
import { runScenario } from '../../machines/scenario/run';
import { scenarioSchema, type ContactResult } from '../../machines/scenario/scenario.schema';

// What the machine refuses, and that a refusal leaves no trace but can say why (rule, field, role):
// decisions, the sharing override and its lifetime across a Change of answers, Leicester's sibling referral
// (LEI-SIBLINGS) and closure at referral (LEI-CLOSURE-AT-REFERRAL).

const WED = '2026-03-04T10:15:00+00:00';
const NO_CONCERN = { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false };
const REFERRER: ContactEvent = { type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } };
const CHILD: ContactEvent = { type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] };
const CONCERN = (significantHarm = false): ContactEvent => ({ type: 'concern.described', concern: { ...NO_CONCERN, significantHarm } });
const PARENTS = (informed: boolean, agreed = informed, reasonsNotInformed: ('delay' | 'staff-risk')[] = []): ContactEvent => ({
  type: 'parents.recorded',
  parents: { informed, agreed, reasonsNotInformed },
});
const SCREENING = (agencyChecks: boolean): ContactEvent => ({
  type: 'screening.recorded',
  screening: { knownBefore: false, childProtectionPlan: false, lookedAfter: false, siblingsKnown: true, adultsKnown: false, agencyChecks },
});
const AUTHORISE = (by: 'team-manager' | 'social-worker' = 'team-manager'): ContactEvent => ({
  type: 'sharing.authorised',
  authorisation: { by, reason: 'Telling the parents would put the child at risk' },
});
const DECIDE = (outcome: Decision['outcome'], authorisedBy: Decision['authorisedBy'] = 'manager', at = '2026-03-04T16:00:00+00:00'): ContactEvent => ({
  type: 'decision.recorded',
  decision: { outcome, authorisedBy, at },
});
const SIBLINGS = (over: Partial<{ by: 'team-manager' | 'social-worker' | 'call-handler'; progress: boolean; rationale: string; at: string }> = {}): ContactEvent => ({
  type: 'siblings.referred',
  referral: { by: 'team-manager', siblings: 2, progress: true, at: '2026-03-04T17:00:00+00:00', ...over },
});
const CLOSURE: ContactEvent = {
  type: 'closure.recorded',
  closure: { agreedWith: 'early-help', summary: 'Early help can meet these needs', discussion: 'Agreed with the early help team manager by phone' },
};

function start(authority: AuthorityId) {
  const input: ContactInput = { authority, receivedAt: WED, channel: 'phone' };
  const actor = createActor(contactMachine, { input }).start();
  const send = (...events: ContactEvent[]) => {
    for (const e of events) actor.send(e);
    return actor.getSnapshot();
  };
  return { input, send, snapshot: () => actor.getSnapshot() };
}

/** Leicester, through screening to the decision page. */
function leicesterAtDecision() {
  const c = start('leicester');
  c.send(REFERRER, CHILD, CONCERN(), PARENTS(true), { type: 'information.completed' }, SCREENING(false));
  expect(c.snapshot().value).toBe('decision');
  return c;
}

const rulesOf = (refusals: { rule?: string }[]) => [...new Set(refusals.map((r) => r.rule))];

describe('refusals say why, and leave no trace', () => {
  it('a step the state does not have is refused without a rule, and named', () => {
    const { snapshot } = start('hertfordshire');
    const refusals = refusalsFor(snapshot(), DECIDE('assessment'));
    expect(refusals).toEqual([{ field: '', message: 'decision.recorded is not a step of the procedure here' }]);
  });

  it('an answer against an item the authority’s checklist does not have is refused rather than stored', () => {
    const { send, snapshot } = start('dorset');
    send(REFERRER, CHILD, CONCERN(), PARENTS(true));
    const unknown: ContactEvent = { type: 'checklist.answered', item: 'no-such-item', status: 'answered' };
    expect(snapshot().can(unknown)).toBe(false);
    expect(refusalsFor(snapshot(), unknown)[0]).toMatchObject({ field: 'item' });
    expect(replayContact({ authority: 'dorset', receivedAt: WED, channel: 'phone' }, [REFERRER, CHILD, CONCERN(), PARENTS(true), unknown]).rejectedAt).toBe(4);
  });

  it('information gathering names the must-ask question (INFO-ASK-FAMILY-ISSUES)', () => {
    const { send, snapshot } = start('hertfordshire');
    send(REFERRER, CHILD, CONCERN(), PARENTS(true));
    const refusals = refusalsFor(snapshot(), { type: 'information.completed' });
    expect(refusals).toEqual([expect.objectContaining({ rule: 'INFO-ASK-FAMILY-ISSUES', field: 'checklist.family-issues' })]);
    expect(refusals[0]?.message).toMatch(/domestic abuse/);
  });

  it('sharing authorised by a social worker, and agency checks before a manager authorised, name the team manager (CONSENT-MANAGER-OVERRIDE)', () => {
    const { send, snapshot } = start('hertfordshire');
    send(REFERRER, CHILD, CONCERN(), PARENTS(false), { type: 'checklist.answered', item: 'family-issues', status: 'answered' }, { type: 'information.completed' });
    expect(refusalsFor(snapshot(), AUTHORISE('social-worker'))).toEqual([
      expect.objectContaining({ rule: 'CONSENT-MANAGER-OVERRIDE', field: 'authorisation.by', requiredRole: 'team-manager' }),
    ]);
    expect(refusalsFor(snapshot(), SCREENING(true))).toEqual([
      expect.objectContaining({ rule: 'CONSENT-MANAGER-OVERRIDE', field: 'screening.agencyChecks', requiredRole: 'team-manager' }),
    ]);
    expect(refusalsFor(snapshot(), AUTHORISE())).toEqual([]);
  });

  it('replayContact stops at a refused decision and reports the machine’s refusals', () => {
    const input: ContactInput = { authority: 'hertfordshire', receivedAt: WED, channel: 'phone' };
    const log = [REFERRER, CHILD, CONCERN(), PARENTS(true), { type: 'checklist.answered', item: 'family-issues', status: 'answered' } as const, { type: 'information.completed' } as const, SCREENING(true)];
    const refused = replayContact(input, [...log, DECIDE('closure-at-referral', 'social-worker'), { type: 'feedback.sent' }]);
    expect(refused.rejectedAt).toBe(log.length);
    expect(rulesOf(refused.refusals ?? [])).toEqual(['DEC-MANAGER', 'DEC-OUTCOMES']);
    expect(refused.snapshot.value).toBe('decision');
    expect(refused.snapshot.context.decision).toBeUndefined();
  });

  it('the runner still reports a refused decision’s rules as errors, and among the rules that fired', () => {
    const result = runScenario(
      scenarioSchema.parse({
        id: 'refused',
        title: 'Refused',
        kind: 'contact',
        authority: 'leicester',
        receivedAt: WED,
        channel: 'email',
        referrer: { type: 'public' },
        children: [{ caseStatus: 'unknown' }],
        concern: { immediateDanger: false, crimeSuspected: false, significantHarm: false },
        parents: { informed: true, agreed: true },
        decision: { outcome: 'no-further-action', authorisedBy: 'social-worker', at: '2026-03-04T16:00:00+00:00' },
      }),
    ) as ContactResult;
    expect(result.errors).toEqual(['DEC-MANAGER', 'DEC-OUTCOMES']);
    expect(result.rules).toEqual(expect.arrayContaining(['DEC-MANAGER', 'DEC-OUTCOMES']));
    expect(result.outcome).toBeUndefined();
    expect(result.path.at(-1)).toBe('decision');
  });
});

describe('a sharing authorisation covers the facts it was given on (CONSENT-MANAGER-OVERRIDE)', () => {
  function authorised(authority: AuthorityId = 'hertfordshire') {
    const c = start(authority);
    c.send(REFERRER, CHILD, CONCERN(true), PARENTS(false, false, ['delay']), { type: 'checklist.answered', item: 'family-issues', status: 'answered' }, { type: 'information.completed' }, AUTHORISE());
    expect(c.snapshot().context.sharingAuthorisation).toBeDefined();
    return c;
  }

  it('changing what the parents know withdraws it: a new override with other facts needs a new authorisation', () => {
    const { send, snapshot } = authorised();
    // Informed but not agreed: still an override, but on different facts from the ones authorised.
    send({ type: 'answers.change', step: 'parents' }, PARENTS(true, false, ['staff-risk']));
    send({ type: 'checklist.answered', item: 'family-issues', status: 'answered' }, { type: 'information.completed' });
    expect(snapshot().value).toBe('screening');
    expect(snapshot().context.sharingAuthorisation).toBeUndefined();
    expect(snapshot().context.actions.map((a) => a.action)).toContain('manager-authorise-sharing');
    expect(snapshot().can(SCREENING(true))).toBe(false);
    send(AUTHORISE());
    expect(snapshot().can(SCREENING(true))).toBe(true);
  });

  it('changing only the reasons, or the concern, withdraws it too', () => {
    const reasons = authorised();
    reasons.send({ type: 'answers.change', step: 'parents' }, PARENTS(false, false, ['delay', 'staff-risk']));
    expect(reasons.snapshot().context.sharingAuthorisation).toBeUndefined();

    const concern = authorised();
    concern.send({ type: 'answers.change', step: 'concern' }, CONCERN(false), PARENTS(false, false, ['delay']));
    expect(concern.snapshot().context.sharingAuthorisation).toBeUndefined();
  });

  it('parents who now agree need no override, and the old authorisation does not come back with a later change', () => {
    const { send, snapshot } = authorised();
    send({ type: 'answers.change', step: 'parents' }, PARENTS(true, true));
    expect(snapshot().context.sharingAuthorisation).toBeUndefined();
    send({ type: 'step.back' }, PARENTS(false, false, ['delay']));
    expect(snapshot().context.sharingAuthorisation).toBeUndefined();
    expect(snapshot().context.actions.map((a) => a.action)).toContain('manager-authorise-sharing');
  });

  it('going through Change and Continue with the same answers keeps it', () => {
    const { send, snapshot } = authorised();
    send({ type: 'answers.change', step: 'children' }, CHILD, CONCERN(true), PARENTS(false, false, ['delay']));
    expect(snapshot().value).toBe('informationGathering');
    expect(snapshot().context.sharingAuthorisation?.by).toBe('team-manager');
    // A referrer's change is not among the facts the manager weighed about the family.
    send({ type: 'answers.change', step: 'referrer' }, { type: 'referrer.identified', referrer: { type: 'family', requestsAnonymity: true, relaysThirdParty: false, consultedHub: false } });
    expect(snapshot().context.sharingAuthorisation?.by).toBe('team-manager');
  });
});

describe('Leicester: copying a referral to siblings (LEI-SIBLINGS)', () => {
  it('the screening manager copies the referral: the outcome goes with it, dated on its own, due one working day after the original', () => {
    const { send, snapshot } = leicesterAtDecision();
    send(DECIDE('assessment', 'manager', '2026-03-06T16:00:00+00:00')); // a Friday
    expect(snapshot().value).toBe('feedback');
    expect(snapshot().can(SIBLINGS({ at: '2026-03-06T17:00:00+00:00' }))).toBe(true);
    send(SIBLINGS({ at: '2026-03-06T17:00:00+00:00' }));
    const referral = snapshot().context.siblingReferral;
    expect(referral).toMatchObject({ by: 'team-manager', siblings: 2, progress: true, outcome: 'assessment', at: '2026-03-06T17:00:00+00:00' });
    expect(referral?.due).toBe('2026-03-09T23:59:59+00:00'); // the Monday
    expect(snapshot().context.rules).toContain('LEI-SIBLINGS');
    // Once decided, not again.
    expect(rulesOf(refusalsFor(snapshot(), SIBLINGS()))).toEqual(['LEI-SIBLINGS']);
    send({ type: 'feedback.sent' });
    expect(snapshot().status).toBe('done');
  });

  it('a social worker or call handler cannot: refused, naming the team manager', () => {
    const { send, snapshot } = leicesterAtDecision();
    send(DECIDE('assessment'));
    for (const by of ['social-worker', 'call-handler'] as const) {
      expect(snapshot().can(SIBLINGS({ by }))).toBe(false);
      expect(refusalsFor(snapshot(), SIBLINGS({ by }))).toEqual([
        expect.objectContaining({ rule: 'LEI-SIBLINGS', field: 'referral.by', requiredRole: 'team-manager' }),
      ]);
    }
    send(SIBLINGS({ by: 'social-worker' }));
    expect(snapshot().context.siblingReferral).toBeUndefined();
  });

  it('not progressing the siblings needs a clear rationale, and then has no due date', () => {
    const { send, snapshot } = leicesterAtDecision();
    send(DECIDE('strategy-discussion'));
    // The schema asks for it; the machine refuses it too should one get past.
    expect(contactEventSchema.safeParse(SIBLINGS({ progress: false })).success).toBe(false);
    expect(refusalsFor(snapshot(), SIBLINGS({ progress: false }))).toEqual([expect.objectContaining({ field: 'referral.rationale' })]);
    send(SIBLINGS({ progress: false, rationale: 'The sibling lives with the other parent and is not at risk' }));
    expect(snapshot().context.siblingReferral).toMatchObject({ progress: false, outcome: 'strategy-discussion' });
    expect(snapshot().context.siblingReferral?.due).toBeUndefined();
  });

  it('only a contact progressed to a referral can be copied, and not dated before the original', () => {
    const info = leicesterAtDecision();
    info.send(DECIDE('information-advice'));
    expect(rulesOf(refusalsFor(info.snapshot(), SIBLINGS()))).toEqual(['LEI-SIBLINGS']);
    const early = leicesterAtDecision();
    early.send(DECIDE('assessment'));
    expect(refusalsFor(early.snapshot(), SIBLINGS({ at: '2026-03-04T15:00:00+00:00' }))).toEqual([expect.objectContaining({ field: 'referral.at' })]);
  });

  it('is Leicester’s alone: elsewhere the step is refused', () => {
    for (const authority of ['dorset', 'hertfordshire', 'derbyshire', 'lincolnshire'] as const) {
      const { send, snapshot } = start(authority);
      send(REFERRER, CHILD, CONCERN(true), PARENTS(true), { type: 'checklist.answered', item: 'family-issues', status: 'answered' });
      send({ type: 'information.completed' }, SCREENING(false), DECIDE('assessment'));
      expect(snapshot().value, authority).toBe('feedback');
      expect(rulesOf(refusalsFor(snapshot(), SIBLINGS())), authority).toEqual(['LEI-SIBLINGS']);
    }
  });
});

describe('Leicester: closure at referral (LEI-CLOSURE-AT-REFERRAL)', () => {
  it('is authorised by a manager (DEC-MANAGER) and closed only once the agreement, the summary and the discussion are recorded', () => {
    const { send, snapshot } = leicesterAtDecision();
    expect(rulesOf(refusalsFor(snapshot(), DECIDE('closure-at-referral', 'social-worker')))).toEqual(['DEC-MANAGER']);
    send(DECIDE('closure-at-referral'));
    expect(snapshot().value).toBe('feedback');
    expect(snapshot().can({ type: 'feedback.sent' })).toBe(false);
    expect(refusalsFor(snapshot(), { type: 'feedback.sent' })).toEqual([expect.objectContaining({ rule: 'LEI-CLOSURE-AT-REFERRAL', field: 'closure' })]);
    send(CLOSURE);
    expect(snapshot().context.closure).toEqual((CLOSURE as Extract<ContactEvent, { type: 'closure.recorded' }>).closure);
    expect(rulesOf(refusalsFor(snapshot(), CLOSURE))).toEqual(['LEI-CLOSURE-AT-REFERRAL']); // once
    send({ type: 'feedback.sent' });
    expect(snapshot().status).toBe('done');
  });

  it('another outcome needs no closure summary and takes none', () => {
    const { send, snapshot } = leicesterAtDecision();
    send(DECIDE('information-advice'));
    expect(snapshot().can(CLOSURE)).toBe(false);
    expect(snapshot().can({ type: 'feedback.sent' })).toBe(true);
  });

  it('the schema names the missing parts of the summary', () => {
    const parsed = contactEventSchema.safeParse({ type: 'closure.recorded', closure: { agreedWith: 'early-help', summary: '', discussion: 'short' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['closure.summary', 'closure.discussion']);
  });
});
