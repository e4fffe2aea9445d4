import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { choose, continueEmptyShowsErrorSummary } from '../../../stories/support/play';
import { answers, stepArgs } from '../../../stories/support/step-args';
import { ChildrenStep } from './children-step';

const meta = {
  title: 'Triage/Steps/Children',
  component: ChildrenStep,
  args: stepArgs('leicester', [answers.publicReferrer]),
} satisfies Meta<typeof ChildrenStep>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await choose(canvasElement, 'Is child 1 known to children’s social care?', 'Open case with an allocated worker');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.send).toHaveBeenCalledWith({ type: 'children.recorded', children: [{ caseStatus: 'open', unborn: false, disability: false }] });
  },
};

export const ErrorContinueEmpty: Story = {
  play: async ({ canvasElement }) => {
    await continueEmptyShowsErrorSummary(canvasElement, 'Select the child’s status with children’s social care');
  },
};

export const TwoChildrenOneUnborn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add another child' }));
    await expect(canvas.getByRole('heading', { level: 2, name: 'Child 2' })).toBeVisible();
    await choose(canvasElement, 'Is child 1 known to children’s social care?', 'Not known to children’s social care');
    await choose(canvasElement, 'Is child 2 known to children’s social care?', 'Not known to children’s social care');
    await choose(canvasElement, 'About child 2', 'Unborn baby');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.send).toHaveBeenCalledWith({
      type: 'children.recorded',
      children: [
        { caseStatus: 'unknown', unborn: false, disability: false },
        { caseStatus: 'unknown', unborn: true, disability: false },
      ],
    });
  },
};

/** The record search fills in the case status from a (fictional) record; the answer can still be changed. */
export const FoundInTheRecords: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Search the records by name (optional)'), 'Quentin');
    await userEvent.click(await canvas.findByRole('button', { name: 'Use this record for Quentin Larkspindle' }));
    await expect(canvas.getByTestId('children-0-from-record')).toHaveTextContent('open case with an allocated worker. Allocated worker: Amara Cloudsley');
    await expect(canvas.getByRole('radio', { name: 'Open case with an allocated worker' })).toBeChecked();
    // Still the call handler's answer: changed after the record filled it in.
    await choose(canvasElement, 'Is child 1 known to children’s social care?', 'Known before, case closed');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.send).toHaveBeenCalledWith({ type: 'children.recorded', children: [{ caseStatus: 'closed', unborn: false, disability: false }] });
  },
};
