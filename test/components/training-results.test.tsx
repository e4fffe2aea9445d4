import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import type { ContactEventData } from '../../machines/contact/contact.schema';
import { perfectAttempt } from '../../machines/training/score';
import { HistoryPage } from '../../src/features/training/history-page';
import { ResultsPage } from '../../src/features/training/results-page';
import { mockUser, signIn, signOut } from '../../src/lib/session';
import { api } from '../mocks/support';
import { shippedScenario, withQuery } from './training-support';

// The trainer's view across trainees (the mock backend's own aggregation of scored attempts) and the
// trainee's history. Attempts are sent through the API as the walk-through sends them, and scored there.

const scenario = shippedScenario('der-training-anonymous-sunday-night');
const trainee = { name: 'Ellie Lowe', role: 'call-handler' } as const;

async function attempt(named: boolean, as: { name: string; role: 'call-handler' } = trainee) {
  const perfect = perfectAttempt(scenario);
  if (perfect.kind !== 'contact') throw new Error('contact scenario expected');
  const events = perfect.events.map((e): ContactEventData =>
    e.type === 'referrer.identified' && named ? { ...e, referrer: { ...e.referrer, requestsAnonymity: false } } : e,
  );
  const response = await api('POST', '/api/training/attempts', { as, body: { scenarioId: scenario.id, mode: 'assessed', input: { ...perfect, events } } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
}

beforeEach(async () => {
  await resetStore();
  await attempt(false);
  await attempt(true);
});
afterEach(() => signOut());

// Rendering whole tables in jsdom on a shared machine: generous time (nothing here is timed).
describe('training results (trainer)', { timeout: 30_000 }, () => {
  it('shows where people go wrong, by rule, scenario and trainee', async () => {
    signIn(mockUser('derbyshire', 'trainer'));
    render(withQuery(<ResultsPage />));

    const byRule = await screen.findByTestId('results-by-rule');
    const anonRows = within(byRule)
      .getAllByRole('row')
      .filter((r) => /\(ANON-[A-Z-]+\)/.test(r.textContent ?? ''));
    expect(anonRows.length).toBeGreaterThan(0);
    // One of the two attempts recorded the anonymous caller as named: a breach under an ANON rule.
    expect(anonRows.some((r) => within(r).getAllByRole('cell')[1]?.textContent === '1')).toBe(true);

    const byScenario = screen.getByTestId('results-by-scenario');
    const row = within(byScenario)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes(scenario.title));
    if (!row) throw new Error('no row for the scenario');
    expect(row).toHaveTextContent('Derbyshire');
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('2');
    // One passed, one did not.
    expect(within(row).getAllByRole('cell')[3]).toHaveTextContent('50%');

    const byTrainee = screen.getByTestId('results-by-trainee');
    expect(within(byTrainee).getAllByRole('row').find((r) => r.textContent?.includes('Ellie Lowe'))).toHaveTextContent(/Ellie Lowe\s*21/);
    expect(screen.getByText('Recent attempts').closest('table')).toHaveTextContent('1 breach');
  });

  it('shows the history of the trainee a trainer chooses, and only theirs', async () => {
    // Another trainee's one clean attempt, so that "only theirs" is something to check.
    await attempt(false, { name: 'Sam Okafor', role: 'call-handler' });
    signIn(mockUser('derbyshire', 'trainer'));
    const user = userEvent.setup();
    render(withQuery(<ResultsPage />));
    const byTrainee = await screen.findByTestId('results-by-trainee');
    expect(within(byTrainee).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Ellie Lowe', 'Sam Okafor']);

    await user.selectOptions(screen.getByLabelText('Trainee'), 'Ellie Lowe');
    await user.click(screen.getByRole('button', { name: 'Show their history' }));
    expect(await screen.findByRole('heading', { name: 'Ellie Lowe' })).toHaveFocus();
    const table = await screen.findByRole('table', { name: 'Ellie Lowe’s attempts, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Not passed1 breach');
    expect(screen.getByText('2 attempts, 1 passed.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Trainee'), 'Sam Okafor');
    await user.click(screen.getByRole('button', { name: 'Show their history' }));
    const theirs = await screen.findByRole('table', { name: 'Sam Okafor’s attempts, newest first' });
    expect(within(theirs).getAllByRole('row').slice(1)).toHaveLength(1);
    expect(screen.getByText('1 attempt, 1 passed.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Ellie Lowe’s attempts, newest first' })).not.toBeInTheDocument();
  });

  it('tells anyone else that only a trainer can see results, and asks the API for nothing', () => {
    signIn(mockUser('derbyshire', 'call-handler'));
    render(withQuery(<ResultsPage />));
    expect(screen.getByText(/Only a trainer can see results across trainees\. You are signed in as Dev Moss \(Call handler\)/)).toBeInTheDocument();
    expect(screen.queryByTestId('results-by-rule')).not.toBeInTheDocument();
  });
});

describe('my history', () => {
  it('lists the trainee’s own attempts with score, result and a link to each debrief', async () => {
    signIn({ ...trainee, authority: 'lincolnshire' });
    render(withQuery(<HistoryPage />));
    expect(await screen.findByText('2 attempts, 1 passed.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Your attempts, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Not passed1 breach');
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toMatch(/^\/training\/attempts\//);
  });
});
