import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { choose, continueEmptyShowsErrorSummary } from '../../../stories/support/play';
import { answers, stepArgs } from '../../../stories/support/step-args';
import { ParentsStep } from './parents-step';

const meta = {
  title: 'Triage/Steps/Parents',
  component: ParentsStep,
  args: stepArgs('hertfordshire', [answers.publicReferrer, answers.oneChild, answers.significantHarm]),
} satisfies Meta<typeof ParentsStep>;

export default meta;
type Story = StoryObj<typeof meta>;

const QUESTION = 'What do the parents know about this contact?';

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await choose(canvasElement, QUESTION, 'They know, and agreed to information being shared');
    await expect(within(canvasElement).queryByRole('group', { name: 'Why were they not told or asked?' })).not.toBeInTheDocument();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
    await expect(args.send).toHaveBeenCalledWith({ type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } });
  },
};

export const ErrorContinueEmpty: Story = {
  play: async ({ canvasElement }) => {
    await continueEmptyShowsErrorSummary(canvasElement, 'Select what the parents know');
  },
};

export const NotInformedShowsReasons: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await choose(canvasElement, QUESTION, 'They have not been told or asked');
    await expect(canvas.getByRole('group', { name: 'Why were they not told or asked?' })).toBeVisible();
    await choose(canvasElement, 'Why were they not told or asked?', 'Evidence could be lost');
    await choose(canvasElement, 'Why were they not told or asked?', 'It would put staff at risk');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.send).toHaveBeenCalledWith({
      type: 'parents.recorded',
      parents: { informed: false, agreed: false, reasonsNotInformed: ['evidence-loss', 'staff-risk'] },
    });
  },
};
