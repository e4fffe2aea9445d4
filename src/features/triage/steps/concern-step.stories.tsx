import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { choose, continueEmptyShowsErrorSummary } from '../../../stories/support/play';
import { answers, stepArgs } from '../../../stories/support/step-args';
import { ConcernStep } from './concern-step';

const meta = {
  title: 'Triage/Steps/Concern',
  component: ConcernStep,
  args: stepArgs('derbyshire', [answers.publicReferrer, answers.oneChild]),
} satisfies Meta<typeof ConcernStep>;

export default meta;
type Story = StoryObj<typeof meta>;

const QUESTIONS = [
  'Is a child in immediate danger?',
  'Might a crime have been committed against a child?',
  'Is there reason to suspect significant harm?',
  'Was the harm caused by another child?',
  'Is the concern about an adult who works or volunteers with children?',
];

export const Default: Story = {};

export const ErrorContinueEmpty: Story = {
  play: async ({ canvasElement }) => {
    await continueEmptyShowsErrorSummary(canvasElement, 'Select whether a child is in immediate danger');
    await expect(within(canvasElement).getAllByRole('link', { name: /^Select whether/ })).toHaveLength(5);
  },
};

export const Emergency: Story = {
  play: async ({ canvasElement, args }) => {
    for (const [i, question] of QUESTIONS.entries()) await choose(canvasElement, question, i < 3 ? 'Yes' : 'No');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
    await expect(args.send).toHaveBeenCalledWith({
      type: 'concern.described',
      concern: { immediateDanger: true, crimeSuspected: true, significantHarm: true, harmByAnotherChild: false, allegationAgainstWorker: false },
    });
  },
};

export const AnswersKeptWhenChanging: Story = {
  args: stepArgs('derbyshire', [answers.publicReferrer, answers.oneChild, answers.emergency, { type: 'answers.change', step: 'concern' }]),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group', { name: QUESTIONS[0] });
    await expect(within(group).getByLabelText('Yes')).toBeChecked();
  },
};
