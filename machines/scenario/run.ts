import { createActor } from 'xstate';
import { contactMachine, refusalsFor, type ContactContext, type ContactEvent } from '../contact/contact.machine';
import { refusalRules } from '../contact/contact.rules';
import type { Screening } from '../contact/contact.schema';
import type { RuleId } from '../rules/rule-ids';
import { infoRequestMachine } from '../info-request/info-request.machine';
import type {
  ContactResult,
  ContactScenario,
  InfoRequestResult,
  InfoRequestScenario,
  Scenario,
  ScenarioResult,
} from './scenario.schema';

// The headless scenario runner: it creates the same actors the UI uses, sends the events the facts imply,
// and reads every answer off the snapshot. It holds no rule of its own.

/**
 * A screening with no findings that asks for agency checks: screening facts are not part of a scenario (nor
 * of a training call) and change none of its outputs; whether the checks may start is the machine's answer
 * to this event (the runner and the training scorer both ask it).
 */
export const NO_FINDINGS: Screening = {
  knownBefore: false,
  childProtectionPlan: false,
  lookedAfter: false,
  siblingsKnown: false,
  adultsKnown: false,
  agencyChecks: true,
};

/**
 * The contract's result from a snapshot's context. `errors` are the rule ids of a decision the machine
 * refused (it is not taken, so they are not in the context); a refused rule also fired, so it is in `rules`.
 */
export function contactResultOf(id: string, context: ContactContext, errors: RuleId[] = []): ContactResult {
  return {
    id,
    kind: 'contact',
    authority: context.authority,
    route: context.route ?? 'front-door',
    referrerIdentity: context.identity ?? 'named',
    actions: context.actions.map((a) => a.action),
    deadlines: Object.fromEntries(context.deadlines.map((d) => [d.deadline, d.due])),
    ...(context.outcome ? { outcome: context.outcome } : {}),
    errors,
    rules: [...new Set([...context.rules, ...errors])].sort(),
    path: context.path,
  };
}

export function runContactScenario(s: ContactScenario): ContactResult {
  const actor = createActor(contactMachine, {
    input: { authority: s.authority, receivedAt: s.receivedAt, channel: s.channel },
  }).start();
  actor.send({ type: 'referrer.identified', referrer: s.referrer });
  actor.send({ type: 'children.recorded', children: s.children });
  actor.send({ type: 'concern.described', concern: s.concern });
  actor.send({ type: 'parents.recorded', parents: s.parents });

  let snapshot = actor.getSnapshot();
  let errors: RuleId[] = [];
  if (snapshot.hasTag('redirected')) {
    actor.send({ type: 'redirect.confirmed' });
  } else if (snapshot.matches('informationGathering')) {
    // The contract states no checklist answers: the questions that must always be asked are recorded
    // as asked with the answer not known, which is what the machine needs to move on.
    for (const item of snapshot.context.profile.checklist.filter((i) => i.mustAsk)) {
      actor.send({ type: 'checklist.answered', item: item.id, status: 'not-known' });
    }
    actor.send({ type: 'information.completed' });
    // Screening findings are not part of the contract and change none of its outputs. Agency checks
    // happen only where the machine allows them without an override that nobody in the scenario gave.
    snapshot = actor.getSnapshot();
    const allowed = snapshot.can({ type: 'screening.recorded', screening: NO_FINDINGS });
    actor.send({ type: 'screening.recorded', screening: { ...NO_FINDINGS, agencyChecks: allowed } });
    if (s.decision) {
      const decision: ContactEvent = { type: 'decision.recorded', decision: s.decision };
      // The machine refuses a decision that breaks a rule; the refusal names the rules (the contract's errors).
      errors = refusalRules(refusalsFor(actor.getSnapshot(), decision));
      actor.send(decision);
      if (actor.getSnapshot().matches('feedback')) actor.send({ type: 'feedback.sent' });
    }
  }
  snapshot = actor.getSnapshot();
  actor.stop();
  return contactResultOf(s.id, snapshot.context, errors);
}

export function runInfoRequestScenario(s: InfoRequestScenario): InfoRequestResult {
  const actor = createActor(infoRequestMachine, { input: { authority: s.authority, receivedAt: s.receivedAt } }).start();
  actor.send({ type: 'request.logged', requester: s.requester, subject: s.subject });
  const { context } = actor.getSnapshot();
  actor.stop();
  return {
    id: s.id,
    kind: 'info-request',
    authority: s.authority,
    decision: context.decision ?? 'not-covered',
    actions: context.actions.map((a) => a.action),
    rules: context.rules,
    path: context.path,
  };
}

export function runScenario(s: Scenario): ScenarioResult {
  return s.kind === 'contact' ? runContactScenario(s) : runInfoRequestScenario(s);
}

export interface Difference {
  field: string;
  expected: unknown;
  actual: unknown;
}

/**
 * Compares a result with a scenario's `expect`. Scalars must be equal; instants are compared as instants
 * (the same moment written with another offset matches); arrays are "at least these", except that an
 * expected empty array means "none" (so `"errors": []` really checks that there are no errors).
 */
export function compareExpect(result: ScenarioResult, expect: Record<string, unknown> | undefined): Difference[] {
  if (!expect) return [];
  const differences: Difference[] = [];
  const actualOf = result as unknown as Record<string, unknown>;
  for (const [field, expected] of Object.entries(expect)) {
    const actual = actualOf[field];
    if (Array.isArray(expected)) {
      const list = Array.isArray(actual) ? (actual as unknown[]) : [];
      const missing = expected.filter((e) => !list.includes(e));
      if (missing.length > 0 || (expected.length === 0 && list.length > 0)) {
        differences.push({ field, expected, actual: list });
      }
    } else if (field === 'deadlines' && expected && typeof expected === 'object') {
      const due = (actual ?? {}) as Record<string, string>;
      for (const [name, instant] of Object.entries(expected as Record<string, string>)) {
        if (due[name] === undefined || Date.parse(due[name]) !== Date.parse(instant)) {
          differences.push({ field: `deadlines.${name}`, expected: instant, actual: due[name] ?? null });
        }
      }
    } else if (actual !== expected) {
      differences.push({ field, expected, actual: actual ?? null });
    }
  }
  return differences;
}
