import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { resultsOf } from '../../../mocks/db/training';
import { seedTrainingAttempts } from '../../../mocks/seed/training-attempts';
import anonymousSunday from '../../../training/scenarios/der-training-anonymous-sunday-night.json';
import gpNotAgreed from '../../../training/scenarios/dor-training-gp-informed-not-agreed.json';
import { perfectAttempt, scoreAttempt, type AttemptInput } from '../../../machines/training/score';
import { trainingScenarioSchema, type TrainingScenario } from '../../../machines/training/training.schema';
import { attemptSchema, type Attempt } from '../../api/training';
import { mockUser, signIn, signOut } from '../../lib/session';
import { emptyForm } from './author-form';
import { AuthorForm } from './author-page';
import { DebriefView } from './debrief';
import { ResultsPage } from './results-page';
import { TrainingHome } from './training-home';

// Training screens with the mock backend. Every debrief here is scored by scoreAttempt from an attempt,
// as the server scores it; the results are the backend's own aggregation of its seed attempts.

function attemptFor(s: TrainingScenario, input: AttemptInput, mode: Attempt['mode']): Attempt {
  const debrief = scoreAttempt(s, input);
  return attemptSchema.parse({
    id: `story-${s.id}`,
    scenarioId: s.id,
    scenarioTitle: s.title,
    authority: s.authority,
    kind: s.kind,
    trainee: 'Amira Ashby',
    role: 'call-handler',
    mode,
    at: '2026-04-20T12:00:00+01:00',
    percent: debrief.percent,
    passed: debrief.passed,
    breaches: debrief.items.filter((i) => i.result === 'breach').length,
    debrief,
  });
}

const gp = trainingScenarioSchema.parse(gpNotAgreed);
const anonymous = trainingScenarioSchema.parse(anonymousSunday);
const checksNow = (): AttemptInput => {
  const perfect = perfectAttempt(gp);
  if (perfect.kind !== 'contact') throw new Error('contact scenario expected');
  return { ...perfect, wrapUp: { ...perfect.wrapUp, agencyChecksNow: true } };
};

const meta = {
  title: 'Training/Screens',
  component: TrainingHome,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TrainingHome>;

export default meta;
type Story = StoryObj<typeof meta>;

const asTrainer = () => {
  signIn(mockUser('dorset', 'trainer'));
  return () => signOut();
};

/** Choosing a call: every shipped scenario with its goals, filters, and the mode. */
export const ChooseAScenario: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/of \d+ scenarios shown/, undefined, { timeout: 10_000 });
    await userEvent.selectOptions(canvas.getByLabelText('Authority'), 'dorset');
    await expect(canvas.getByRole('heading', { level: 3, name: gp.title })).toBeVisible();
    await expect(canvas.queryByRole('heading', { level: 3, name: anonymous.title })).toBeNull();
  },
};

/** The debrief of an assessed call with a breach: agency checks said to start where a manager must authorise sharing. */
export const DebriefWithBreach: Story = {
  render: () => <DebriefView attempt={attemptFor(gp, checksNow(), 'assessed')} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('debrief-score')).toHaveTextContent('Not passed');
    await expect(canvas.getByTestId('breach-warning')).toHaveTextContent('CONSENT-MANAGER-OVERRIDE');
    const first = canvasElement.querySelector('[data-testid="debrief-items"] tbody tr');
    await expect(first?.getAttribute('data-result')).toBe('breach');
  },
};

/** A guided call done right. */
export const DebriefPassed: Story = {
  render: () => <DebriefView attempt={attemptFor(anonymous, perfectAttempt(anonymous), 'guided')} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('debrief-score')).toHaveTextContent('Passed');
  },
};

/** The trainer's view across trainees: where people go wrong. */
export const Results: Story = {
  render: () => <ResultsPage />,
  beforeEach: asTrainer,
  parameters: { msw: [http.get('/api/training/results', () => HttpResponse.json(resultsOf(seedTrainingAttempts())))] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByTestId('results-by-rule', undefined, { timeout: 10_000 })).toHaveTextContent(/\([A-Z]+-[A-Z-]+\)/);
    await expect(canvas.getByTestId('results-by-trainee')).toHaveTextContent('Sam Idowu');
  },
};

/** Authoring: Save with nothing filled in lists every problem, each naming its field. */
export const AuthoringWithErrors: Story = {
  render: () => <AuthorForm initial={emptyForm()} heading="Write a training scenario" />,
  beforeEach: asTrainer,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save the scenario' }));
    const summary = await canvas.findByRole('alert');
    await expect(summary).toHaveTextContent('Scenario id:');
    await expect(summary).toHaveTextContent('Learning goals:');
    await expect(summary.closest('.govuk-error-summary')).toHaveFocus();
  },
};
