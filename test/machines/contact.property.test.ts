import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getProfile } from '../../machines/authorities';
import { hasRule } from '../../machines/authorities/profile';
import { contactMachine, factsOf, type ContactContext, type ContactEvent, type ContactInput } from '../../machines/contact/contact.machine';
import { decisionErrors, needsSharingOverride } from '../../machines/contact/contact.rules';
import {
  agencySchema,
  authoriserSchema,
  AUTHORITY_IDS,
  caseStatusSchema,
  channelSchema,
  checklistStatusSchema,
  contactEventSchema,
  intakeStepSchema,
  OUTCOMES,
  reasonNotInformedSchema,
  referrerTypeSchema,
  roleSchema,
  type AuthorityId,
} from '../../machines/contact/contact.schema';
import { replayContact } from '../../machines/contact/replay';
import { isRuleId } from '../../machines/rules/rule-ids';

// Property tests: random contacts, in random authorities at random instants of 2025-2028, driven by random
// but schema-valid event sequences (the machine only ever receives values that passed the zod schemas,
// conventions.md §6). After every event the procedure's safety rules must hold, whatever the order of events.

const RUNS = 300;

// --- Arbitraries, from the schemas' own value spaces ------------------------------------------------------

const FROM = Date.parse('2025-01-01T00:00:00Z') / 1000;
const TO = Date.parse('2028-12-31T23:59:59Z') / 1000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

const inputArb: fc.Arbitrary<ContactInput> = fc.record({
  authority: fc.constantFrom(...AUTHORITY_IDS),
  receivedAt: fc.integer({ min: FROM, max: TO }).map((s) => iso(s * 1000)),
  channel: fc.constantFrom(...channelSchema.options),
});

const referrerArb = fc
  .record({
    type: fc.constantFrom(...referrerTypeSchema.options),
    agency: fc.constantFrom(...agencySchema.options),
    requestsAnonymity: fc.boolean(),
    relaysThirdParty: fc.boolean(),
    consultedHub: fc.boolean(),
  })
  // The schema requires an agency for a professional and refuses one for anyone else.
  .map(({ agency, ...r }) => (r.type === 'professional' ? { ...r, agency } : r));

const childArb = fc.record({
  caseStatus: fc.constantFrom(...caseStatusSchema.options),
  unborn: fc.boolean(),
  disability: fc.boolean(),
});

const concernArb = fc.record({
  immediateDanger: fc.boolean(),
  crimeSuspected: fc.boolean(),
  significantHarm: fc.boolean(),
  harmByAnotherChild: fc.boolean(),
  allegationAgainstWorker: fc.boolean(),
});

// CONSENT-THREE-STATES: informed and agreed, informed only, neither; reasons only when not both.
const parentsArb = fc.oneof(
  fc.constant({ informed: true, agreed: true, reasonsNotInformed: [] as string[] }),
  fc.subarray([...reasonNotInformedSchema.options]).map((reasonsNotInformed) => ({ informed: true, agreed: false, reasonsNotInformed })),
  fc.subarray([...reasonNotInformedSchema.options]).map((reasonsNotInformed) => ({ informed: false, agreed: false, reasonsNotInformed })),
);

const reasonArb = fc.string({ minLength: 10, maxLength: 80 }).filter((s) => s.trim().length >= 10);

const screeningArb = fc.record({
  knownBefore: fc.boolean(),
  childProtectionPlan: fc.boolean(),
  lookedAfter: fc.boolean(),
  siblingsKnown: fc.boolean(),
  adultsKnown: fc.boolean(),
  agencyChecks: fc.boolean(),
});

const decisionArb = (receivedAt: string) =>
  fc.record({
    outcome: fc.constantFrom(...OUTCOMES),
    authorisedBy: fc.constantFrom(...authoriserSchema.options),
    at: fc.integer({ min: 0, max: 72 * 60 }).map((m) => iso(Date.parse(receivedAt) + m * 60_000)),
  });

/** Any event of any type, with any schema-valid payload. */
function anyEventArb(input: ContactInput): fc.Arbitrary<unknown> {
  const items = getProfile(input.authority).checklist.map((i) => i.id);
  return fc.oneof(
    referrerArb.map((referrer) => ({ type: 'referrer.identified', referrer })),
    fc.array(childArb, { minLength: 1, maxLength: 3 }).map((children) => ({ type: 'children.recorded', children })),
    concernArb.map((concern) => ({ type: 'concern.described', concern })),
    parentsArb.map((parents) => ({ type: 'parents.recorded', parents })),
    fc.constant({ type: 'step.back' }),
    fc.constantFrom(...intakeStepSchema.options).map((step) => ({ type: 'answers.change', step })),
    fc.constant({ type: 'redirect.confirmed' }),
    fc
      .record({ item: fc.oneof(fc.constantFrom(...items), fc.constant('not-a-checklist-item')), status: fc.constantFrom(...checklistStatusSchema.options) })
      .map((a) => ({ type: 'checklist.answered', ...a })),
    fc.constant({ type: 'information.completed' }),
    fc.record({ by: fc.constantFrom(...roleSchema.options), reason: reasonArb }).map((authorisation) => ({ type: 'sharing.authorised', authorisation })),
    screeningArb.map((screening) => ({ type: 'screening.recorded', screening })),
    decisionArb(input.receivedAt).map((decision) => ({ type: 'decision.recorded', decision })),
    fc.constant({ type: 'feedback.sent' }),
  );
}

/**
 * A plausible call (intake, the must-ask questions, completion, perhaps a sharing authorisation, screening,
 * one or two decisions, feedback) with random events of every kind spliced in at random places, so runs go
 * deep into the lifecycle and also go back, change answers and send events the state does not expect.
 */
const scenarioArb: fc.Arbitrary<{ input: ContactInput; events: ContactEvent[] }> = inputArb.chain((input) => {
  const mustAsk = getProfile(input.authority).checklist.filter((i) => i.mustAsk).map((i) => i.id);
  const spine = fc.tuple(
    referrerArb,
    fc.array(childArb, { minLength: 1, maxLength: 3 }),
    concernArb,
    parentsArb,
    fc.subarray(mustAsk, { minLength: mustAsk.length }),
    // Weighted towards the team manager, so that authorised agency checks without consent come up often.
    fc.option(fc.record({ by: fc.oneof({ arbitrary: fc.constant('team-manager' as const), weight: 3 }, fc.constantFrom(...roleSchema.options)), reason: reasonArb }), { nil: undefined, freq: 3 }),
    screeningArb,
    fc.array(decisionArb(input.receivedAt), { minLength: 1, maxLength: 2 }),
  );
  // A Change link followed by new answers from that step to the end of intake: this is how a call re-routes.
  const revisit = fc
    .tuple(fc.constantFrom(...intakeStepSchema.options), referrerArb, fc.array(childArb, { minLength: 1, maxLength: 3 }), concernArb, parentsArb)
    .map(([step, referrer, children, concern, parents]) => {
      const answers = [
        { type: 'referrer.identified', referrer },
        { type: 'children.recorded', children },
        { type: 'concern.described', concern },
        { type: 'parents.recorded', parents },
      ];
      return [{ type: 'answers.change', step }, ...answers.slice(intakeStepSchema.options.indexOf(step))];
    });
  const noiseArb = fc.oneof({ arbitrary: anyEventArb(input).map((e) => [e]), weight: 4 }, revisit);
  return fc
    .tuple(spine, fc.array(fc.tuple(fc.nat(), noiseArb), { maxLength: 8 }))
    .map(([[referrer, children, concern, parents, asked, authorisation, screening, decisions], noise]) => {
      const events: unknown[] = [
        { type: 'referrer.identified', referrer },
        { type: 'children.recorded', children },
        { type: 'concern.described', concern },
        { type: 'parents.recorded', parents },
        { type: 'redirect.confirmed' },
        ...asked.map((item) => ({ type: 'checklist.answered', item, status: 'answered' })),
        { type: 'information.completed' },
        ...(authorisation ? [{ type: 'sharing.authorised', authorisation }] : []),
        { type: 'screening.recorded', screening },
        ...decisions.map((decision) => ({ type: 'decision.recorded', decision })),
        { type: 'feedback.sent' },
      ];
      for (const [at, block] of noise) events.splice(at % (events.length + 1), 0, ...block);
      // Every event is parsed as the mock backend parses a stored event log: the machine gets schema output.
      return { input, events: events.map((e) => contactEventSchema.parse(e) as ContactEvent) };
    });
});

// --- Running a sequence ------------------------------------------------------------------------------------

interface Step {
  event: ContactEvent;
  accepted: boolean;
  context: ContactContext;
  value: unknown;
}

function run(input: ContactInput, events: ContactEvent[], check?: (context: ContactContext, step: number) => void): Step[] {
  const actor = createActor(contactMachine, { input }).start();
  check?.(actor.getSnapshot().context, -1);
  const steps = events.map((event, i) => {
    const accepted = actor.getSnapshot().can(event);
    // A closed contact is final: the event is refused like any other, without waking a stopped actor.
    if (actor.getSnapshot().status === 'active') actor.send(event);
    const snapshot = actor.getSnapshot();
    check?.(snapshot.context, i);
    return { event, accepted, context: snapshot.context, value: snapshot.value };
  });
  actor.stop();
  return steps;
}

/** A cheap assertion for the per-event checks (thousands per property); fast-check shrinks on the throw. */
function ensure(condition: boolean, message: string, detail?: unknown): asserts condition {
  if (!condition) throw new Error(`${message}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

const sortedUnique = (xs: string[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);

const hasDecisionManager = (authority: AuthorityId) => hasRule(getProfile(authority), 'DEC-MANAGER');

// --- Properties -------------------------------------------------------------------------------------------

describe('contact machine: properties over random event sequences', () => {
  it('(a) never records an outcome a manager did not authorise where the procedure requires one (DEC-MANAGER)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, events }) => {
        const managerRequired = hasDecisionManager(input.authority);
        run(input, events, (c) => {
          if (c.outcome === undefined) return;
          ensure(c.decision?.outcome === c.outcome, 'outcome without its valid decision', c.decision);
          // DEC-OUTCOMES: and it is one of the authority's own outcomes.
          ensure(c.profile.outcomes.some((o) => o.outcome === c.outcome), 'not an outcome of this authority', c.outcome);
          if (managerRequired) ensure(c.decision.authorisedBy === 'manager', 'outcome not authorised by a manager', c.decision);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('(b) a professional referrer is never anonymous (ANON-PROFESSIONAL-NEVER)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, events }) => {
        run(input, events, (c) => {
          if (c.referrer?.type === 'professional') ensure(c.identity === 'named', 'professional not named', c.referrer);
          else if (c.referrer) {
            const expected = c.referrer.requestsAnonymity ? 'withheld' : 'confidential';
            ensure(c.identity === expected, `expected ${expected}`, { referrer: c.referrer, identity: c.identity });
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('(c) agency checks without the parents never happen without a team manager’s authorisation and reason (CONSENT-MANAGER-OVERRIDE)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, events }) => {
        run(input, events, (c) => {
          // Whoever the referrer is (named, confidential or withheld), only a team manager with a reason
          // can ever have authorised sharing...
          const authorised = c.sharingAuthorisation?.by === 'team-manager' && c.sharingAuthorisation.reason.trim().length > 0;
          if (c.sharingAuthorisation) ensure(authorised, 'sharing authorised by someone else or without a reason', c.sharingAuthorisation);
          // ...and screening that shared with other agencies where the parents do not know or agree rests
          // on that authorisation, as does every outcome decided on such screening.
          if (c.screening?.agencyChecks && needsSharingOverride(factsOf(c))) {
            ensure(authorised, 'agency checks without consent and without authorisation', { parents: c.parents, route: c.route });
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('(d) actions are sorted and unique, deadlines unique, and every cited rule id is a real one', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, events }) => {
        run(input, events, (c) => {
          const actions = c.actions.map((a) => a.action);
          ensure(sortedUnique(actions), 'actions not sorted and unique', actions);
          const deadlines = c.deadlines.map((d) => d.deadline);
          ensure(new Set(deadlines).size === deadlines.length, 'a deadline appears twice', deadlines);
          ensure(c.deadlines.every((d) => !Number.isNaN(Date.parse(d.due))), 'a deadline is not an instant', c.deadlines);
          ensure(sortedUnique(c.rules), 'rules not sorted and unique', c.rules);
          const cited = [...c.rules, ...c.actions.map((a) => a.rule), ...c.deadlines.map((d) => d.rule)];
          ensure(cited.every(isRuleId), 'not a rule id of procedure-rules.md', cited.filter((id) => !isRuleId(id)));
          // Whatever fired is reported: each action's and deadline's rule is among the rules.
          const fired = new Set(c.rules);
          ensure([...c.actions, ...c.deadlines].every((x) => fired.has(x.rule)), 'a rule behind an action or deadline is not in rules', c);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('(e) replaying the event log with replayContact gives the context that sending the events gave', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, events }) => {
        const steps = run(input, events);
        // An event the machine refuses where it stands changes nothing when it is sent anyway...
        let before: Step | undefined;
        for (const step of steps) {
          if (!step.accepted) {
            expect(step.context).toEqual(before?.context ?? createActor(contactMachine, { input }).getSnapshot().context);
            expect(step.value).toEqual(before?.value ?? { intake: 'referrer' });
          }
          before = step;
        }
        // ...so the log of accepted events replays to exactly the same contact,
        const accepted = steps.filter((s) => s.accepted).map((s) => s.event);
        const replayed = replayContact(input, accepted);
        expect(replayed.rejectedAt).toBeUndefined();
        const last = steps.at(-1)!;
        expect(replayed.snapshot.value).toEqual(last.value);
        expect(replayed.snapshot.context).toEqual(last.context);
        // ...and the full log replays up to the first refused event, which it reports.
        const firstRefused = steps.findIndex((s) => !s.accepted);
        const full = replayContact(input, events);
        if (firstRefused === -1) {
          expect(full.rejectedAt).toBeUndefined();
          expect(full.snapshot.context).toEqual(last.context);
        } else {
          expect(full.rejectedAt).toBe(firstRefused);
          const upTo = firstRefused === 0 ? replayContact(input, []).snapshot : steps[firstRefused - 1]!;
          expect(full.snapshot.context).toEqual(upTo.context);
          expect(full.snapshot.value).toEqual(upTo.value);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('generates sequences that reach every stage and the situations the properties are about (a check on the generator)', () => {
    const seen = new Map<string, number>();
    const note = (what: string) => seen.set(what, (seen.get(what) ?? 0) + 1);
    fc.assert(
      fc.property(scenarioArb, ({ input, events }) => {
        let previous: ContactContext | undefined;
        for (const s of run(input, events)) {
          note(`state ${typeof s.value === 'string' ? s.value : 'intake'}`);
          const c = s.context;
          if (c.outcome) note('outcome recorded');
          if (c.screening?.agencyChecks && needsSharingOverride(factsOf(c))) note('authorised agency checks without consent');
          if (s.event.type === 'sharing.authorised' && !s.accepted) note('sharing authorisation refused');
          if (s.event.type === 'screening.recorded' && !s.accepted) note('screening with agency checks refused');
          // A refused decision is not taken (no transition): what refused it is the machine's decision rule.
          if (s.event.type === 'decision.recorded' && !s.accepted && s.value === 'decision') {
            const refused = decisionErrors(c.profile, s.event.decision);
            if (refused.includes('DEC-MANAGER')) note('decision refused: DEC-MANAGER');
            if (refused.includes('DEC-OUTCOMES')) note('decision refused: DEC-OUTCOMES');
          }
          if (previous?.route && c.route && previous.route !== c.route) note('route changed');
          if (c.referrer?.type === 'professional' && c.referrer.requestsAnonymity) note('professional asks for anonymity');
          previous = c.route ? c : previous;
        }
      }),
      { numRuns: RUNS },
    );
    const expected = [
      ...['intake', 'allocatedWorker', 'informationGathering', 'screening', 'decision', 'feedback', 'closed'].map((s) => `state ${s}`),
      'outcome recorded',
      'authorised agency checks without consent',
      'sharing authorisation refused',
      'screening with agency checks refused',
      'decision refused: DEC-MANAGER',
      'decision refused: DEC-OUTCOMES',
      'route changed',
      'professional asks for anonymity',
    ];
    expect(expected.filter((what) => !seen.has(what)), 'situations the generator never produced').toEqual([]);
  });
});
