import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { PROFILE_LIST } from '../../machines/authorities';
import { contactMachine, type ContactContext } from '../../machines/contact/contact.machine';
import type { AuthorityId, Outcome, ReferrerType } from '../../machines/contact/contact.schema';
import { draftFeedback } from '../../src/lib/feedback';

// The referrer's identity (ANON-NONPRO-NO-DISCLOSE): whatever the authority, outcome and wording, a withheld
// or confidential referrer's name never reaches the family or another agency.

function decidedContact(authority: AuthorityId, type: ReferrerType, anonymous: boolean, outcome: Outcome): ContactContext {
  // A weekday morning: every authority's front door is open, so the contact is screened and decided.
  const actor = createActor(contactMachine, {
    input: { authority, receivedAt: '2026-03-04T10:15:00+00:00', channel: 'email' },
  }).start();
  actor.send({
    type: 'referrer.identified',
    referrer: {
      type,
      ...(type === 'professional' ? { agency: 'health' as const } : {}),
      requestsAnonymity: anonymous,
      relaysThirdParty: false,
      consultedHub: false,
    },
  });
  actor.send({ type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] });
  // Significant harm keeps Derbyshire's professionals at the front door (INT-FORMS sends the rest online).
  actor.send({ type: 'concern.described', concern: { immediateDanger: false, crimeSuspected: false, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false } });
  actor.send({ type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } });
  for (const item of actor.getSnapshot().context.profile.checklist) {
    actor.send({ type: 'checklist.answered', item: item.id, status: 'answered' });
  }
  actor.send({ type: 'information.completed' });
  actor.send({
    type: 'screening.recorded',
    screening: { knownBefore: false, childProtectionPlan: false, lookedAfter: false, siblingsKnown: false, adultsKnown: false, agencyChecks: false },
  });
  actor.send({ type: 'decision.recorded', decision: { outcome, authorisedBy: 'manager', at: '2026-03-04T16:00:00+00:00', reason: 'Reason for the decision.' } });
  const snapshot = actor.getSnapshot();
  actor.stop();
  expect(snapshot.value).toBe('feedback');
  return snapshot.context;
}

const cases = PROFILE_LIST.flatMap((p) => p.outcomes.map((o) => ({ authority: p.id, outcome: o.outcome })));

describe('feedback anonymity', () => {
  it('never puts a withheld or confidential referrer’s name in the family’s or an agency’s message', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom<ReferrerType>('public', 'family', 'child'),
        fc.boolean(),
        fc.string({ minLength: 2, maxLength: 40 }).filter((s) => s.trim().length >= 2),
        ({ authority, outcome }, type, anonymous, name) => {
          const contact = decidedContact(authority, type, anonymous, outcome);
          expect(contact.identity).toBe(anonymous ? 'withheld' : 'confidential');
          const without = draftFeedback(contact, { reference: 'FD-HER-000001' });
          const withName = draftFeedback(contact, { referrerName: name, reference: 'FD-HER-000001' });
          const trimmed = name.trim();
          // A name that is also ordinary text of the letter (say "of") proves nothing either way.
          fc.pre(!without.family.body.includes(trimmed) && !without.agency.body.includes(trimmed));
          expect(withName.family.body).not.toContain(trimmed);
          expect(withName.agency.body).not.toContain(trimmed);
          expect(withName.family.subject + withName.agency.subject).not.toContain(trimmed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('may name a professional (ANON-PROFESSIONAL-NEVER) and always addresses the referrer by name', () => {
    for (const { authority, outcome } of cases) {
      const contact = decidedContact(authority, 'professional', false, outcome);
      const feedback = draftFeedback(contact, { referrerName: 'Dr Quentin Example' });
      expect(feedback.family.body).toContain('Dr Quentin Example');
      expect(feedback.outcome.body).toContain('Dear Dr Quentin Example,');
    }
  });

  it('gives Lincolnshire’s reasons and alternatives for no further action (FB-NFA)', () => {
    const feedback = draftFeedback(decidedContact('lincolnshire', 'professional', false, 'no-further-action'));
    expect(feedback.outcome.rules).toContain('FB-NFA');
    expect(feedback.outcome.body).toContain('Why: Reason for the decision.');
    expect(feedback.outcome.body).toMatch(/other help may suit the family/);
    expect(draftFeedback(decidedContact('dorset', 'professional', false, 'no-further-action')).outcome.rules).not.toContain('FB-NFA');
  });

  it('tells the referrer where Hertfordshire signposted the family (FB-SIGNPOST)', () => {
    const feedback = draftFeedback(decidedContact('hertfordshire', 'professional', false, 'signpost'));
    expect(feedback.outcome.rules).toContain('FB-SIGNPOST');
    expect(feedback.outcome.body).toContain('Where the family has been signposted: Option 1: Signposting to another agency.');
  });

  it('keeps the family’s details from a member of the public (FB-PUBLIC)', () => {
    const feedback = draftFeedback(decidedContact('hertfordshire', 'public', true, 'assessment'));
    expect(feedback.outcome.rules).toEqual(['FB-PUBLIC']);
    expect(feedback.outcome.body).not.toContain('Child and Family Assessment');
  });
});
