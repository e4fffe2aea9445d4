import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayContact } from '../../machines/contact/replay';
import type { ContactEvent } from '../../machines/contact/contact.machine';
import { runScenario } from '../../machines/scenario/run';
import { buildChartModel } from '../../src/features/chart/chart-model';
import { contactMachine } from '../../machines/contact/contact.machine';
import { comparePaths } from '../../src/features/chart/path-compare';
import PathCompareChartDefault, { PathCompareChart } from '../../src/features/chart/path-compare-chart';
import { answers } from '../../src/stories/support/step-args';
import { installReactFlowDomStubs, WithEngine } from './chart-support';

beforeAll(installReactFlowDomStubs);

// The debrief's chart: the trainee recorded the child as unknown to children's services, but the child has
// an allocated worker, so the expected call goes to the allocated worker (INT-OPEN), the trainee's to the
// front door and information gathering.

const INPUT = { authority: 'hertfordshire' as const, receivedAt: '2026-10-20T10:15:00+01:00', channel: 'phone' as const };
const pathAfter = (events: ContactEvent[]) => replayContact(INPUT, events).snapshot.context.path;
const traineePath = pathAfter([answers.publicReferrer, answers.oneChild, answers.noConcernFlags, answers.parentsAgreed] as ContactEvent[]);
const expectedPath = pathAfter([answers.publicReferrer, answers.openCase, answers.noConcernFlags, answers.parentsAgreed] as ContactEvent[]);

describe('comparePaths', () => {
  const model = buildChartModel(contactMachine);

  it('sorts states and transitions into both paths, trainee only and expected only, with the rule behind each', () => {
    const c = comparePaths(model, traineePath, expectedPath);
    expect(c.same).toBe(false);
    expect(c.states.get('intake.referrer')).toBe('both');
    expect(c.states.get('routing')).toBe('both');
    expect(c.states.get('frontDoor')).toBe('trainee');
    expect(c.states.get('informationGathering')).toBe('trainee');
    expect(c.states.get('allocatedWorker')).toBe('expected');
    expect(c.transitions.get('routing:always:0')).toBe('expected');
    expect(c.parting).toEqual({ after: 'routing', trainee: 'frontDoor', expected: 'allocatedWorker' });
    const expectedOnly = c.differences.filter((d) => d.side === 'expected');
    expect(expectedOnly).toContainEqual(expect.objectContaining({ kind: 'state', state: 'allocatedWorker', rules: ['INT-OPEN'] }));
    expect(c.differences.filter((d) => d.side === 'trainee').map((d) => (d.kind === 'state' ? d.state : d.transition.id))).toEqual(
      expect.arrayContaining(['frontDoor', 'informationGathering']),
    );
  });

  it('finds no difference between a path and itself', () => {
    const c = comparePaths(model, expectedPath, [...expectedPath]);
    expect(c.same).toBe(true);
    expect(c.differences).toEqual([]);
    expect([...c.states.values()].every((s) => s === 'both')).toBe(true);
  });
});

describe('PathCompareChart', { timeout: 30_000 }, () => {
  it('marks both paths on the chart, keys the marks in words, and lists the differences with their rules', async () => {
    const { container } = render(
      <WithEngine>
        <PathCompareChart machine="contact" authority="hertfordshire" traineePath={traineePath} expectedPath={expectedPath} />
      </WithEngine>,
    );
    expect(screen.getByTestId('path-compare-summary')).toHaveTextContent(
      'The paths part after Routing: yours goes to Front door, the expected one to Allocated worker.',
    );
    const key = screen.getByRole('list', { name: 'Key to the chart' });
    expect(key).toHaveTextContent('On both paths: thick solid line');
    expect(key).toHaveTextContent('Trainee only: dashed line, tagged “Trainee”');
    expect(key).toHaveTextContent('Expected only: dotted line, tagged “Expected”');

    const node = (id: string) => container.querySelector(`.fd-chart-canvas [data-state-id="${id}"]`);
    await waitFor(() => expect(node('allocatedWorker')).toHaveAttribute('data-path-side', 'expected'), { timeout: 10_000 });
    expect(node('frontDoor')).toHaveAttribute('data-path-side', 'trainee');
    expect(node('intake.referrer')).toHaveAttribute('data-path-side', 'both');
    expect(node('screening')).not.toHaveAttribute('data-path-side');
    expect(container.querySelector('.fd-chart-label[data-transition-id="routing:always:0"]')).toHaveAttribute('data-path-side', 'expected');
    // The words are in each mark's title too, not only in its colour.
    expect(node('frontDoor')?.querySelector('[title]')).toHaveAttribute('title', expect.stringContaining('trainee only'));

    const differences = screen.getByRole('list', { name: 'Differences between your path and the expected path' });
    const allocated = within(differences).getByText(/state Allocated worker/).closest('li')!;
    expect(allocated).toHaveTextContent('Expected only:');
    expect(allocated).toHaveTextContent('Rule INT-OPEN');
    expect(allocated).toHaveTextContent('Hertfordshire');
    expect(within(differences).getByText(/state Front door/).closest('li')).toHaveTextContent('Trainee only:');

    // Step by step, each step says which path(s) it is on.
    const user = userEvent.setup();
    await user.click(screen.getByText('Both paths step by step'));
    const yours = screen.getByRole('list', { name: 'Your path' });
    expect(within(yours).getAllByRole('listitem').at(-1)).toHaveTextContent('Information gathering');
    expect(within(yours).getAllByRole('listitem').at(-1)).toHaveTextContent('(trainee only)');
    expect(within(screen.getByRole('list', { name: 'Expected path' })).getAllByRole('listitem').at(-1)).toHaveTextContent('Allocated worker');
  });

  it('says so when the trainee took the expected path; it is also the default export', () => {
    render(
      <WithEngine>
        <PathCompareChartDefault machine="contact" authority="hertfordshire" traineePath={expectedPath} expectedPath={expectedPath} />
      </WithEngine>,
    );
    expect(screen.getByTestId('path-compare-summary')).toHaveTextContent('Your path is the expected path.');
    expect(screen.getByText('None: every state and transition is on both paths.')).toBeInTheDocument();
  });

  it('compares information-request paths from the scenario runner', () => {
    const base = {
      kind: 'info-request' as const,
      authority: 'hertfordshire' as const,
      receivedAt: '2026-10-20T10:15:00+01:00',
      subject: { status: 'unknown' as const },
    };
    const run = (id: string, requester: Record<string, unknown>) => {
      const result = runScenario({ ...base, id, title: id, requester } as never);
      if (!('path' in result)) throw new Error(`${id} did not run`);
      return result.path;
    };
    const housing = { agency: 'housing', purpose: 'rent-arrears', replyTo: 'officer@example.org.uk', identityInDoubt: false, writtenConsent: false, reasonGiven: false };
    const trainee = run('trainee', { ...housing, writtenConsent: true });
    const expected = run('expected', housing);
    render(
      <WithEngine>
        <PathCompareChart machine="info-request" authority="hertfordshire" traineePath={trainee} expectedPath={expected} headingLevel={3} />
      </WithEngine>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Your path and the expected path' })).toBeInTheDocument();
    const differences = screen.getByRole('list', { name: 'Differences between your path and the expected path' });
    expect(within(differences).getByText(/state Await consent/).closest('li')).toHaveTextContent('Expected only:');
  });
});
