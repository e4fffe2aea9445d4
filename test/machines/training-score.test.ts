import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactEventData, Parents, Referrer } from '../../machines/contact/contact.schema';
import { perfectAttempt, scoreAttempt, wrapUpQuestionsFor, type AttemptInput, type Debrief, type WrapUp } from '../../machines/training/score';
import {
  trainingScenarioSchema,
  type ContactTrainingScenario,
  type InfoRequestTrainingScenario,
  type TrainingScenario,
} from '../../machines/training/training.schema';

// Scoring with event logs built the way the wizard builds them: one event per page (referrer.identified,
// children.recorded, concern.described, parents.recorded), then checklist.answered for each item the
// trainee changed and information.completed. The debrief is read as the trainee would read it.

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../training/scenarios');
const all: TrainingScenario[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => trainingScenarioSchema.parse(JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))));
const scenario = <K extends TrainingScenario['kind']>(id: string, _kind: K) =>
  all.find((s) => s.id === id) as K extends 'contact' ? ContactTrainingScenario : InfoRequestTrainingScenario;

/** What the referrer page sends (the form fills every boolean). */
const referrer = (r: Partial<Referrer> & Pick<Referrer, 'type'>): ContactEventData => ({
  type: 'referrer.identified',
  referrer: { requestsAnonymity: false, relaysThirdParty: false, consultedHub: false, ...r },
});
const children = (s: ContactTrainingScenario): ContactEventData => ({
  type: 'children.recorded',
  children: s.children.map((c) => ({ caseStatus: c.caseStatus, unborn: c.unborn, disability: c.disability })),
});
const concern = (s: ContactTrainingScenario): ContactEventData => ({ type: 'concern.described', concern: { ...s.concern } });
const parents = (p: Parents): ContactEventData => ({ type: 'parents.recorded', parents: p });
const checklist = (item: string, status: 'answered' | 'not-known' = 'answered'): ContactEventData => ({ type: 'checklist.answered', item, status });
const done: ContactEventData = { type: 'information.completed' };

const contactAttempt = (events: ContactEventData[], asked: string[], wrapUp: WrapUp): AttemptInput => ({ kind: 'contact', events, asked, wrapUp });
const itemOf = (d: Debrief, id: string) => d.items.find((i) => i.id === id);

describe('scoreAttempt: contact', () => {
  // Hertfordshire, Sunday evening, an anonymous passer-by: out of hours, identity withheld, sharing needs a manager.
  const sunday = scenario('her-training-sunday-evening-anonymous', 'contact');
  const asked = sunday.training.lines.map((l) => l.question);
  const rightEvents = [
    referrer({ type: 'public', requestsAnonymity: true }),
    children(sunday),
    concern(sunday),
    parents({ informed: false, agreed: false, reasonsNotInformed: [] }),
    checklist('address'),
    checklist('family-issues', 'not-known'),
    done,
  ];
  const rightWrapUp: WrapUp = { decisionDue: '2026-03-09T23:59:59+00:00', agencyChecksNow: false, tellFamilyWhoCalled: false };

  it('a perfect attempt scores 100% and passes, with the same path on both sides', () => {
    const debrief = scoreAttempt(sunday, contactAttempt(rightEvents, asked, rightWrapUp));

    expect(debrief.items.filter((i) => i.result !== 'correct')).toEqual([]);
    expect(debrief).toMatchObject({ percent: 100, passed: true });
    expect(debrief.points).toBe(debrief.maxPoints);
    expect(debrief.traineePath).toEqual(debrief.expectedPath);
    expect(debrief.traineePath).toEqual(['intake.referrer', 'intake.children', 'intake.concern', 'intake.parents', 'routing', 'outOfHours', 'informationGathering', 'screening']);
    expect(debrief.pathDifferences).toEqual([]);
    expect(debrief.expected).toMatchObject({ route: 'out-of-hours', identity: 'withheld' });
    expect(debrief.trainee).toEqual(debrief.expected);
  });

  it('asks the wrap-up questions that apply: the decision time and agency checks only where the call reaches screening', () => {
    expect(wrapUpQuestionsFor(sunday)).toEqual(['decisionDue', 'agencyChecksNow', 'tellFamilyWhoCalled']);
    expect(wrapUpQuestionsFor(scenario('her-training-school-not-consulted-hub', 'contact'))).toEqual(['tellFamilyWhoCalled']);
    expect(wrapUpQuestionsFor(scenario('her-training-ir-subject-access', 'info-request'))).toEqual([]);
  });

  it('an anonymous caller recorded as willing to be named is a breach citing the anonymity rules, and the attempt fails', () => {
    const events = [referrer({ type: 'public' }), ...rightEvents.slice(1)];
    const debrief = scoreAttempt(sunday, contactAttempt(events, asked, rightWrapUp));

    expect(itemOf(debrief, 'identity')).toMatchObject({
      result: 'breach',
      category: 'anonymity',
      expected: 'withheld',
      actual: 'confidential',
      rules: expect.arrayContaining(['ANON-PUBLIC-MAY', 'ANON-RECORD-EXPLAIN']),
    });
    expect(itemOf(debrief, 'action:explain-confidentiality-limits')).toMatchObject({ result: 'missed', rules: ['ANON-RECORD-EXPLAIN'] });
    expect(debrief.passed).toBe(false);
  });

  it('telling the family who called, when the caller is anonymous, is a breach with the ANON rule', () => {
    const debrief = scoreAttempt(sunday, contactAttempt(rightEvents, asked, { ...rightWrapUp, tellFamilyWhoCalled: true }));

    const item = itemOf(debrief, 'wrapup:tell-family');
    expect(item).toMatchObject({ result: 'breach', category: 'anonymity', expected: 'no', actual: 'yes', points: 0 });
    expect(item?.rules).toContain('ANON-PUBLIC-MAY');
    expect(item?.message).toMatch(/never tell the family/i);
    expect(debrief.passed).toBe(false);
    expect(debrief.percent).toBeGreaterThanOrEqual(80); // failed for the breach, not for the points
  });

  it('“agency checks may start now” where sharing without consent needs a manager is a CONSENT-MANAGER-OVERRIDE breach', () => {
    const debrief = scoreAttempt(sunday, contactAttempt(rightEvents, asked, { ...rightWrapUp, agencyChecksNow: true }));

    expect(itemOf(debrief, 'wrapup:agency-checks')).toMatchObject({
      result: 'breach',
      category: 'consent',
      rules: ['CONSENT-MANAGER-OVERRIDE'],
      expected: 'no',
      actual: 'yes',
    });
    expect(debrief.passed).toBe(false);
  });

  it('where the parents know and agree, “checks may start now” is the right answer', () => {
    const s = scenario('her-training-school-nurse-child-on-child', 'contact');
    const debrief = scoreAttempt(s, perfectAttempt(s));
    expect(itemOf(debrief, 'wrapup:agency-checks')).toMatchObject({ result: 'correct', expected: 'yes', actual: 'yes' });
    const perfect = perfectAttempt(s) as Extract<AttemptInput, { kind: 'contact' }>;
    const saidNo = scoreAttempt(s, { ...perfect, wrapUp: { ...perfect.wrapUp, agencyChecksNow: false } });
    expect(itemOf(saidNo, 'wrapup:agency-checks')).toMatchObject({ result: 'wrong', points: 0 });
  });

  it('parents recorded as agreed, when the caller said they were told but refused, is a consent breach', () => {
    const grandmother = scenario('her-training-grandmother-tuesday-evening', 'contact');
    const events: ContactEventData[] = [
      referrer({ type: 'family' }),
      children(grandmother),
      concern(grandmother),
      parents({ informed: true, agreed: true, reasonsNotInformed: [] }),
      checklist('family-issues'),
      done,
    ];
    const debrief = scoreAttempt(grandmother, contactAttempt(events, [], { decisionDue: '2026-03-11T23:59:59+00:00', agencyChecksNow: true, tellFamilyWhoCalled: false }));

    expect(itemOf(debrief, 'consent:parents')).toMatchObject({
      result: 'breach',
      expected: 'informed, agreement not given',
      actual: 'informed and agreed to sharing',
      rules: expect.arrayContaining(['CONSENT-THREE-STATES', 'CONSENT-MANAGER-OVERRIDE']),
    });
    // With the false record the machine no longer asks for a manager: the missed action says so.
    expect(itemOf(debrief, 'action:manager-authorise-sharing')).toMatchObject({ result: 'missed', rules: ['CONSENT-MANAGER-OVERRIDE'] });
    expect(itemOf(debrief, 'wrapup:agency-checks')).toMatchObject({ result: 'breach' });
    expect(debrief.passed).toBe(false);
  });

  it('a wrong route is shown with the rule behind it, and so is each state where the paths part', () => {
    const school = scenario('her-training-school-not-consulted-hub', 'contact');
    // The trainee never asked about the Hub and recorded it as already consulted.
    const events: ContactEventData[] = [
      referrer({ type: 'professional', agency: 'school', consultedHub: true }),
      children(school),
      concern(school),
      parents({ informed: false, agreed: false, reasonsNotInformed: [] }),
      checklist('family-issues', 'not-known'),
      done,
    ];
    const debrief = scoreAttempt(school, contactAttempt(events, ['referrer.who', 'concern.what', 'parents.informed'], { tellFamilyWhoCalled: true }));

    expect(itemOf(debrief, 'route')).toMatchObject({ result: 'wrong', expected: 'consultation-hub', actual: 'front-door', rules: ['INT-HUB'], points: 0, maxPoints: 3 });
    expect(itemOf(debrief, 'question:referrer.hub')).toMatchObject({ result: 'missed', rules: ['INT-HUB'] });
    expect(debrief.pathDifferences).toEqual(
      expect.arrayContaining([
        { state: 'consultationHub', side: 'expected-only', rules: ['INT-HUB'] },
        { state: 'frontDoor', side: 'trainee-only', rules: ['INT-HUB'] },
        { state: 'screening', side: 'trainee-only', rules: ['INT-HUB'] },
      ]),
    );
    expect(debrief.pathDifferences.every((d) => d.rules.length > 0)).toBe(true);
    // The front door adds what a Hub redirect does not: they are wrong, not extra credit.
    expect(itemOf(debrief, 'action:manager-authorise-sharing')).toMatchObject({ result: 'wrong', rules: ['CONSENT-MANAGER-OVERRIDE'] });
    expect(debrief.passed).toBe(false);
  });

  it('a missed required action names the action and its rule', () => {
    const housing = scenario('her-training-housing-officer-anonymity', 'contact');
    const perfect = perfectAttempt(housing) as Extract<AttemptInput, { kind: 'contact' }>;
    // Recorded as the officer's own observation: the reminder to feed back to the neighbour is lost.
    const events = perfect.events.map((e) =>
      e.type === 'referrer.identified' ? { ...e, referrer: { ...e.referrer, relaysThirdParty: false } } : e,
    );
    const debrief = scoreAttempt(housing, { ...perfect, events });

    expect(itemOf(debrief, 'action:remind-to-feed-back-to-source')).toMatchObject({ result: 'missed', category: 'actions', rules: ['INT-THIRD-PARTY'] });
    expect(debrief.items.filter((i) => i.result !== 'correct').map((i) => i.id)).toEqual(['action:remind-to-feed-back-to-source']);
    expect(debrief.percent).toBeLessThan(100);
  });

  it('a must-ask checklist item not asked is missed with INFO-ASK-FAMILY-ISSUES, and the path stops short of screening', () => {
    const events = rightEvents.filter((e) => !(e.type === 'checklist.answered' && e.item === 'family-issues') && e.type !== 'information.completed');
    const debrief = scoreAttempt(sunday, contactAttempt(events, asked.filter((q) => q !== 'checklist:family-issues'), rightWrapUp));

    expect(itemOf(debrief, 'checklist:family-issues')).toMatchObject({ result: 'missed', category: 'checklist', rules: ['INFO-ASK-FAMILY-ISSUES'] });
    expect(itemOf(debrief, 'checklist:family-issues')?.message).toMatch(/must be asked on every contact/);
    expect(debrief.pathDifferences).toEqual([{ state: 'screening', side: 'expected-only', rules: ['INFO-ASK-FAMILY-ISSUES'] }]);
  });

  it('a wrong decision-due time is marked wrong with DEC-TIMESCALE and the right time', () => {
    // One working day from a Sunday is the end of Monday, not 24 hours.
    const debrief = scoreAttempt(sunday, contactAttempt(rightEvents, asked, { ...rightWrapUp, decisionDue: '2026-03-09T19:30:00+00:00' }));

    expect(itemOf(debrief, 'deadline:decision')).toMatchObject({
      result: 'wrong',
      category: 'deadlines',
      rules: ['DEC-TIMESCALE'],
      expected: '2026-03-09T23:59:59+00:00',
      actual: '2026-03-09T19:30:00+00:00',
    });
    // the same instant written with another offset is right
    const sameInstant = scoreAttempt(sunday, contactAttempt(rightEvents, asked, { ...rightWrapUp, decisionDue: '2026-03-10T00:59:59+01:00' }));
    expect(itemOf(sameInstant, 'deadline:decision')?.result).toBe('correct');
    // the wizard's time field has minutes, not seconds: 23:59 is the end of the day
    const toTheMinute = scoreAttempt(sunday, contactAttempt(rightEvents, asked, { ...rightWrapUp, decisionDue: '2026-03-09T23:59:00+00:00' }));
    expect(itemOf(toTheMinute, 'deadline:decision')?.result).toBe('correct');
    const aMinuteEarly = scoreAttempt(sunday, contactAttempt(rightEvents, asked, { ...rightWrapUp, decisionDue: '2026-03-09T23:58:00+00:00' }));
    expect(itemOf(aMinuteEarly, 'deadline:decision')?.result).toBe('wrong');
    const notGiven = scoreAttempt(sunday, contactAttempt(rightEvents, asked, { ...rightWrapUp, decisionDue: null }));
    expect(itemOf(notGiven, 'deadline:decision')?.result).toBe('missed');
  });

  it('a professional recorded as an anonymous member of the public is wrong, citing ANON-PROFESSIONAL-NEVER', () => {
    const gp = scenario('lei-training-gp-asks-anonymity', 'contact');
    const perfect = perfectAttempt(gp) as Extract<AttemptInput, { kind: 'contact' }>;
    const events = perfect.events.map((e) =>
      e.type === 'referrer.identified' ? referrer({ type: 'public', requestsAnonymity: true }) : e,
    );
    const debrief = scoreAttempt(gp, { ...perfect, events, wrapUp: { ...perfect.wrapUp, tellFamilyWhoCalled: false } });

    expect(itemOf(debrief, 'identity')).toMatchObject({ result: 'wrong', expected: 'named', actual: 'withheld', rules: ['ANON-PROFESSIONAL-NEVER'] });
    expect(itemOf(debrief, 'wrapup:tell-family')).toMatchObject({ result: 'wrong', rules: ['ANON-PROFESSIONAL-NEVER'] });
  });

  it('reasons for not telling the parents are checked against what the caller gave', () => {
    const police = scenario('her-training-easter-monday-police', 'contact');
    const perfect = perfectAttempt(police) as Extract<AttemptInput, { kind: 'contact' }>;
    const events = perfect.events.map((e) =>
      e.type === 'parents.recorded' ? parents({ informed: false, agreed: false, reasonsNotInformed: [] }) : e,
    );
    const debrief = scoreAttempt(police, { ...perfect, events });

    expect(itemOf(debrief, 'consent:reasons')).toMatchObject({ result: 'missed', rules: ['CONSENT-REASONS'], expected: 'crime-detection, evidence-loss' });
    // with no reason given, the machine asks the professional to tell the parents: an action this call does not need
    expect(itemOf(debrief, 'action:ask-referrer-to-inform-parents')).toMatchObject({ result: 'wrong', rules: ['CONSENT-ASK-REFERRER-INFORM'] });
  });
});

describe('scoreAttempt: information request', () => {
  const ukba = scenario('her-training-ir-ukba-wrong-address', 'info-request');

  it('the request as the caller gave it scores 100%', () => {
    const debrief = scoreAttempt(ukba, perfectAttempt(ukba));
    expect(debrief).toMatchObject({ percent: 100, passed: true, pathDifferences: [] });
    expect(debrief.expected.decision).toBe('await-gov-uk-address');
  });

  it('a reply address made up as .gov.uk would disclose: a breach with the rule, and the path shows where it parted', () => {
    const debrief = scoreAttempt(ukba, {
      kind: 'info-request',
      requester: { ...ukba.requester, replyTo: 'caseworker@homeoffice.gov.uk' },
      subject: ukba.subject,
      asked: ['request.agency', 'request.purpose'],
    });

    expect(itemOf(debrief, 'decision')).toMatchObject({ result: 'breach', expected: 'await-gov-uk-address', actual: 'confirm-without-consent', rules: ['IR-UKBA'] });
    expect(itemOf(debrief, 'question:request.reply-to')).toMatchObject({ result: 'missed' });
    expect(itemOf(debrief, 'action:reply-to-gov-uk-only')).toMatchObject({ result: 'wrong' });
    expect(debrief.pathDifferences).toEqual([
      { state: 'confirmWithoutConsent', side: 'trainee-only', rules: ['IR-UKBA'] },
      { state: 'awaitGovUkAddress', side: 'expected-only', rules: ['IR-UKBA'] },
    ]);
    expect(debrief.passed).toBe(false);
  });

  it('refuses an attempt of the other kind', () => {
    expect(() => scoreAttempt(ukba, { kind: 'contact', events: [], asked: [], wrapUp: {} })).toThrow(/information request/);
  });
});

describe('scoreAttempt: properties', () => {
  const contacts = all.filter((s): s is ContactTrainingScenario => s.kind === 'contact');

  it('for every shipped scenario, the events that replay its own facts score 100%', () => {
    for (const s of all) {
      const debrief = scoreAttempt(s, perfectAttempt(s));
      expect({ id: s.id, wrong: debrief.items.filter((i) => i.result !== 'correct') }).toEqual({ id: s.id, wrong: [] });
      expect(debrief.percent).toBe(100);
    }
  });

  it('the order of checklist answers, and going back to the parents page without changing it, do not change the score', () => {
    fc.assert(
      fc.property(fc.constantFrom(...contacts), fc.integer(), fc.boolean(), (s, seed, detour) => {
        const perfect = perfectAttempt(s) as Extract<AttemptInput, { kind: 'contact' }>;
        const intake = perfect.events.slice(0, 4);
        const rest = perfect.events.slice(4);
        const answers = rest.filter((e) => e.type === 'checklist.answered');
        const tail = rest.filter((e) => e.type !== 'checklist.answered');
        const shuffled = [...answers].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7));
        const back: ContactEventData[] = detour && answers.length > 0 ? [{ type: 'step.back' }, intake[3]!] : [];
        const events = [...intake, ...shuffled, ...back, ...tail];
        const debrief = scoreAttempt(s, { ...perfect, events });
        return debrief.percent === 100 && debrief.pathDifferences.length === 0;
      }),
      { numRuns: 100 },
    );
  });

  it('a breach always fails the attempt, whatever the points', () => {
    fc.assert(
      fc.property(fc.constantFrom(...contacts.filter((s) => s.expect.referrerIdentity !== 'named')), (s) => {
        const perfect = perfectAttempt(s) as Extract<AttemptInput, { kind: 'contact' }>;
        const debrief = scoreAttempt(s, { ...perfect, wrapUp: { ...perfect.wrapUp, tellFamilyWhoCalled: true } });
        return !debrief.passed && debrief.items.some((i) => i.result === 'breach' && i.rules.some((r) => r.startsWith('ANON-')));
      }),
    );
  });
});
