import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { contextAfter } from '../../../stories/support/records';
import { answers } from '../../../stories/support/step-args';
import { CheckAnswers } from './check-answers';

const events = [answers.publicReferrer, answers.oneChild, answers.emergency, answers.parentsNotInformed];

const meta = {
  title: 'Triage/Steps/Check answers',
  component: CheckAnswers,
  args: {
    context: contextAfter('dorset', events).context,
    caption: 'Dorset · Phone call · FD-DOR-000042',
    onChange: fn(),
    onBack: fn(),
    onSubmit: fn(),
    submitting: false,
  },
} satisfies Meta<typeof CheckAnswers>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Check your answers before recording the contact' })).toBeVisible();
    // An emergency keeps its warning on the last page too.
    await expect(canvas.getByText('Warning')).toBeInTheDocument();
    await userEvent.click(canvas.getAllByRole('button', { name: /^Change/ })[0]!);
    await expect(args.onChange).toHaveBeenCalledWith('referrer');
  },
};

export const SubmitFailed: Story = {
  args: { submitError: 'Check the answers: the server did not accept them' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'The contact was not recorded' })).toBeVisible();
  },
};
