import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { contextAfter } from '../../stories/support/records';
import { answers } from '../../stories/support/step-args';
import { GuidancePanel } from './guidance-panel';

// Received an hour ago, so the deadlines show time left rather than all being overdue.
const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000).toISOString();

const emergency = () =>
  contextAfter('dorset', [answers.publicReferrer, answers.oneChild, answers.emergency, answers.parentsNotInformed], { receivedAt: anHourAgo() });

const meta = {
  title: 'Triage/Guidance panel',
  component: GuidancePanel,
  args: emergency(),
} satisfies Meta<typeof GuidancePanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ActionsAndDeadlines: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const actions = canvas.getByRole('list', { name: 'Actions required' });
    await expect(actions.querySelector('[data-action="call-999"]')).not.toBeNull();
    await expect(actions.querySelector('[data-action="notify-police"]')).not.toBeNull();
    const deadlines = canvas.getByRole('list', { name: 'Deadlines' });
    await expect(deadlines.querySelector('[data-deadline="decision"]')).not.toBeNull();
    await expect(canvas.getByTestId('step-guidance')).toBeInTheDocument();
  },
};

export const HertfordshireDeadlines: Story = {
  args: contextAfter('hertfordshire', [answers.policeReferrer, answers.oneChild, answers.emergency, answers.parentsAgreed], { receivedAt: anHourAgo() }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: 'Deadlines' })).toBeVisible();
  },
};

export const TrainingHidesHints: Story = {
  args: { hideHints: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByTestId('step-guidance')).not.toBeInTheDocument();
    await expect(canvas.getByRole('list', { name: 'Actions required' })).toBeVisible();
    // The trainee states the decision deadline after an assessed call, so it must not be on screen.
    await expect(canvas.queryByRole('list', { name: 'Deadlines' })).not.toBeInTheDocument();
    await expect(canvas.getByText('Assessed call: the deadlines are shown in the debrief.')).toBeVisible();
  },
};

export const NothingYet: Story = {
  args: contextAfter('leicester', []),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('None yet.')).toBeVisible();
    await expect(canvas.getByText('None known yet.')).toBeVisible();
  },
};
