import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContactEventData } from '../../machines/contact/contact.schema';
import { perfectAttempt, scoreAttempt, type AttemptInput } from '../../machines/training/score';
import type { TrainingScenario } from '../../machines/training/training.schema';
import { attemptSchema, type Attempt } from '../../src/api/training';
import { DebriefView } from '../../src/features/training/debrief';
import { shippedScenario } from './training-support';

// The debrief as a trainee reads it. The debriefs here are computed by scoreAttempt from an event log, as
// the server does, never typed in: one perfect call, one where the trainee records an anonymous caller as
// named and says the family may be told who called.

function attemptFor(s: TrainingScenario, input: AttemptInput): Attempt {
  const debrief = scoreAttempt(s, input);
  return attemptSchema.parse({
    id: 'attempt-1',
    scenarioId: s.id,
    scenarioTitle: s.title,
    authority: s.authority,
    kind: s.kind,
    trainee: 'Amira Ashby',
    role: 'call-handler',
    mode: 'assessed',
    at: '2026-03-23T10:00:00+00:00',
    percent: debrief.percent,
    passed: debrief.passed,
    breaches: debrief.items.filter((i) => i.result === 'breach').length,
    debrief,
  });
}

const scenario = shippedScenario('der-training-anonymous-sunday-night');

function namedInsteadOfAnonymous(): AttemptInput {
  const perfect = perfectAttempt(scenario);
  if (perfect.kind !== 'contact') throw new Error('contact scenario expected');
  const events = perfect.events.map((e): ContactEventData =>
    e.type === 'referrer.identified' ? { ...e, referrer: { ...e.referrer, requestsAnonymity: false } } : e,
  );
  return { ...perfect, events, wrapUp: { ...perfect.wrapUp, tellFamilyWhoCalled: true } };
}

describe('debrief', () => {
  it('shows a perfect call as passed, with every item correct', () => {
    render(<DebriefView attempt={attemptFor(scenario, perfectAttempt(scenario))} />);
    expect(screen.getByRole('heading', { level: 1, name: scenario.title })).toBeInTheDocument();
    expect(screen.getByTestId('debrief-score')).toHaveTextContent('Passed');
    expect(screen.getByTestId('debrief-score')).toHaveTextContent('Score 100%');
    expect(screen.queryByTestId('breach-warning')).not.toBeInTheDocument();
    const rows = within(screen.getByTestId('debrief-items')).getAllByRole('row').slice(1);
    expect(rows.every((r) => r.getAttribute('data-result') === 'correct')).toBe(true);
  });

  it('puts breaches first, marked in words with the rule id, its citation and our paraphrase', () => {
    const attempt = attemptFor(scenario, namedInsteadOfAnonymous());
    render(<DebriefView attempt={attempt} />);

    expect(screen.getByTestId('debrief-score')).toHaveTextContent('Not passed');
    const warning = screen.getByTestId('breach-warning');
    expect(warning).toHaveTextContent(/would have breached/);
    expect(warning).toHaveTextContent(/ANON-/);

    const rows = within(screen.getByTestId('debrief-items')).getAllByRole('row').slice(1);
    const results = rows.map((r) => r.getAttribute('data-result'));
    const firstOther = results.findIndex((r) => r !== 'breach');
    expect(results.slice(0, firstOther).length).toBeGreaterThan(0);
    expect(results.slice(firstOther)).not.toContain('breach');

    const identity = rows.find((r) => r.getAttribute('data-item') === 'identity');
    expect(identity).toBeDefined();
    expect(identity).toHaveTextContent('Breach');
    // Expected vs yours, then the rule with where Derbyshire's procedure says it.
    expect(identity).toHaveTextContent(/Expected: .*withheld|anonymous/i);
    expect(identity).toHaveTextContent(/Derbyshire/);
    expect(identity).toHaveTextContent(/\(ANON-[A-Z-]+\)/);
  });

  it('compares the paths as a table naming the rule behind each difference, and fills the chart slot', () => {
    const attempt = attemptFor(scenario, perfectAttempt(scenario));
    const seen: unknown[] = [];
    render(
      <DebriefView
        attempt={attempt}
        renderPathChart={(p) => {
          seen.push(p);
          return <p>chart of {p.traineePath.length} states</p>;
        }}
      />,
    );
    const table = screen.getByTestId('path-table');
    expect(within(table).getAllByRole('row').length).toBe(attempt.debrief.expectedPath.length + 1);
    expect(table).not.toHaveTextContent('Not visited');
    expect(seen).toEqual([{ machine: 'contact', authority: 'derbyshire', traineePath: attempt.debrief.traineePath, expectedPath: attempt.debrief.expectedPath }]);
  });

  it('names the rule behind a path the trainee took that the procedure did not', () => {
    // An open case: the trainee's answers send the call to the allocated worker instead of the front door.
    const perfect = perfectAttempt(scenario);
    if (perfect.kind !== 'contact') throw new Error('contact scenario expected');
    const intake = perfect.events.slice(0, 4).map((e): ContactEventData =>
      e.type === 'children.recorded' ? { ...e, children: [{ caseStatus: 'open', unborn: false, disability: false }] } : e,
    );
    const attempt = attemptFor(scenario, { ...perfect, events: [...intake, { type: 'redirect.confirmed' }] });
    render(<DebriefView attempt={attempt} />);
    const table = screen.getByTestId('path-table');
    const traineeOnly = attempt.debrief.pathDifferences.find((d) => d.side === 'trainee-only');
    expect(traineeOnly).toBeDefined();
    const row = within(table).getAllByRole('row').find((r) => r.getAttribute('data-state') === traineeOnly!.state);
    expect(row).toHaveTextContent('Visited');
    expect(row).toHaveTextContent(`(${traineeOnly!.rules[0]!})`);
    const route = within(screen.getByTestId('debrief-items')).getAllByRole('row').find((r) => r.getAttribute('data-item') === 'route');
    expect(route).toHaveTextContent('Wrong');
  });
});
