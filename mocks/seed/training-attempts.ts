import type { ContactEventData } from '../../machines/contact/contact.schema';
import { perfectAttempt, scoreAttempt, type AttemptInput, type ContactAttemptInput } from '../../machines/training/score';
import type { TrainingScenario } from '../../machines/training/training.schema';
import { attemptKey, getShipped, type Attempt, type AttemptMode } from '../db/training';

// Demo attempts for the trainer's view, by fictional trainees. Each is a real attempt: an event log (or a
// logged request) with the kind of mistake new call handlers make, scored by scoreAttempt like any other.
// No score is typed in here.

type Change = (s: TrainingScenario, input: AttemptInput) => AttemptInput;

const contact = (input: AttemptInput): ContactAttemptInput => {
  if (input.kind !== 'contact') throw new Error('Seed attempt: expected a contact scenario');
  return input;
};
const mapEvents = (input: AttemptInput, f: (e: ContactEventData) => ContactEventData): AttemptInput => {
  const c = contact(input);
  return { ...c, events: c.events.map(f) };
};

const asIs: Change = (_s, input) => input;
const toldFamilyWhoCalled: Change = (_s, input) => ({ ...contact(input), wrapUp: { ...contact(input).wrapUp, tellFamilyWhoCalled: true } });
const anonymityNotRecorded: Change = (_s, input) =>
  mapEvents(input, (e) => (e.type === 'referrer.identified' ? { ...e, referrer: { ...e.referrer, requestsAnonymity: false } } : e));
const hubNotAsked: Change = (_s, input) => {
  const c = contact(input);
  // Without asking, the trainee assumed the Hub had been consulted, so the call went on to the front door.
  const events = c.events
    .filter((e) => e.type !== 'redirect.confirmed')
    .map((e) => (e.type === 'referrer.identified' ? { ...e, referrer: { ...e.referrer, consultedHub: true } } : e));
  return { ...c, events: [...events, { type: 'checklist.answered', item: 'family-issues', status: 'not-known' }, { type: 'information.completed' }], asked: c.asked.filter((q) => q !== 'referrer.hub'), wrapUp: { tellFamilyWhoCalled: true, agencyChecksNow: false } };
};
const checksStartNow: Change = (_s, input) => ({ ...contact(input), wrapUp: { ...contact(input).wrapUp, agencyChecksNow: true } });
const checksWaitWrongly: Change = (_s, input) => ({ ...contact(input), wrapUp: { ...contact(input).wrapUp, agencyChecksNow: false } });
const dayInsteadOf24Hours: Change = (_s, input) => ({ ...contact(input), wrapUp: { ...contact(input).wrapUp, decisionDue: '2026-03-09T23:59:59+00:00' } });
const skippedIfAskedQuestions: Change = (s, input) => ({
  ...input,
  asked: input.asked.filter((q) => s.training.lines.find((l) => l.question === q)?.when !== 'if-asked'),
});
const madeUpGovUkAddress: Change = (_s, input) =>
  input.kind === 'info-request' ? { ...input, requester: { ...input.requester, replyTo: 'casework@homeoffice.gov.uk' } } : input;

const SEEDS: { id: string; scenarioId: string; trainee: string; mode: AttemptMode; at: string; change: Change }[] = [
  { id: '5eed0000-0000-4000-8000-000000000001', scenarioId: 'her-training-sunday-evening-anonymous', trainee: 'Alex Fenwick', mode: 'guided', at: '2026-03-02T09:30:00.000Z', change: asIs },
  { id: '5eed0000-0000-4000-8000-000000000002', scenarioId: 'her-training-sunday-evening-anonymous', trainee: 'Alex Fenwick', mode: 'assessed', at: '2026-03-02T10:15:00.000Z', change: toldFamilyWhoCalled },
  { id: '5eed0000-0000-4000-8000-000000000003', scenarioId: 'dor-training-anon-neighbour-left-alone', trainee: 'Jordan Pike', mode: 'assessed', at: '2026-03-02T11:00:00.000Z', change: anonymityNotRecorded },
  { id: '5eed0000-0000-4000-8000-000000000004', scenarioId: 'der-training-neighbour-informed-not-agreed', trainee: 'Jordan Pike', mode: 'guided', at: '2026-03-02T13:40:00.000Z', change: checksWaitWrongly },
  { id: '5eed0000-0000-4000-8000-000000000005', scenarioId: 'her-training-school-not-consulted-hub', trainee: 'Priya Lane', mode: 'assessed', at: '2026-03-03T09:05:00.000Z', change: hubNotAsked },
  { id: '5eed0000-0000-4000-8000-000000000006', scenarioId: 'her-training-easter-monday-police', trainee: 'Priya Lane', mode: 'assessed', at: '2026-03-03T10:20:00.000Z', change: asIs },
  { id: '5eed0000-0000-4000-8000-000000000007', scenarioId: 'her-training-grandmother-tuesday-evening', trainee: 'Sam Idowu', mode: 'assessed', at: '2026-03-03T14:00:00.000Z', change: checksStartNow },
  { id: '5eed0000-0000-4000-8000-000000000008', scenarioId: 'lin-training-friday-evening-significant-harm', trainee: 'Sam Idowu', mode: 'guided', at: '2026-03-03T15:10:00.000Z', change: dayInsteadOf24Hours },
  { id: '5eed0000-0000-4000-8000-000000000009', scenarioId: 'her-training-ir-ukba-wrong-address', trainee: 'Sam Idowu', mode: 'assessed', at: '2026-03-04T09:45:00.000Z', change: madeUpGovUkAddress },
  { id: '5eed0000-0000-4000-8000-000000000010', scenarioId: 'lei-training-anon-saturday-night', trainee: 'Alex Fenwick', mode: 'guided', at: '2026-03-04T11:30:00.000Z', change: skippedIfAskedQuestions },
];

/** The seed attempts, scored now by the current machines. */
export function seedTrainingAttempts(): Attempt[] {
  return SEEDS.map((seed) => {
    const scenario = getShipped(seed.scenarioId);
    if (!scenario) throw new Error(`Seed attempt ${seed.id}: no shipped scenario ${seed.scenarioId}`);
    const input = seed.change(scenario, perfectAttempt(scenario));
    const debrief = scoreAttempt(scenario, input);
    return {
      id: seed.id,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      authority: scenario.authority,
      kind: scenario.kind,
      trainee: seed.trainee,
      role: 'call-handler',
      mode: seed.mode,
      at: seed.at,
      percent: debrief.percent,
      passed: debrief.passed,
      breaches: debrief.items.filter((i) => i.result === 'breach').length,
      debrief,
      input,
    };
  });
}

/** Store rows for the demo reset. */
export const seedTrainingAttemptRows = (): Array<[string, Attempt]> => seedTrainingAttempts().map((a) => [attemptKey(a.id), a]);
