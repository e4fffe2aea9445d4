import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { answers, stepArgs } from '../../../stories/support/step-args';
import { ChecklistStep } from './checklist-step';

const meta = {
  title: 'Triage/Steps/Information checklist',
  component: ChecklistStep,
  args: stepArgs('dorset', [answers.publicReferrer, answers.oneChild, answers.significantHarm, answers.parentsAgreed]),
} satisfies Meta<typeof ChecklistStep>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1, name: 'Information to gather' })).toBeVisible();
  },
};

// INFO-ASK-FAMILY-ISSUES: the machine refuses to finish while a must-ask question is not asked, and the page
// explains which, as an error summary that takes focus. Derbyshire's list has such a question; Dorset's has none.
export const ErrorMustAskQuestionsMissing: Story = {
  args: stepArgs('derbyshire', [answers.publicReferrer, answers.oneChild, answers.significantHarm, answers.parentsAgreed]),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert.closest('.govuk-error-summary')).toHaveFocus();
    await expect(within(alert).getAllByRole('link')[0]).toHaveTextContent(/must be asked on every contact/);
    await expect(args.send).toHaveBeenCalledWith({ type: 'information.completed' });
  },
};
