import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm, useWatch } from 'react-hook-form';
import { expect, userEvent, within } from 'storybook/test';
import { Checkboxes, type CheckboxesProps } from './checkboxes';

function Harness(props: Omit<CheckboxesProps, 'register'>) {
  const { register, control } = useForm<{ reasons: string[] }>({ defaultValues: { reasons: [] } });
  const reasons = useWatch({ control, name: 'reasons' });
  return (
    <>
      <Checkboxes {...props} register={register('reasons')} />
      <p className="govuk-body" data-testid="value">
        {reasons.join(',') || 'none'}
      </p>
    </>
  );
}

const meta = {
  title: 'Components/Checkboxes',
  component: Harness,
  args: {
    id: 'reasons',
    legend: 'Why were they not told or asked?',
    hint: 'Select all that the caller gives.',
    options: [
      { value: 'delay', label: 'It would cause an unreasonable delay' },
      { value: 'evidence-loss', label: 'Evidence could be lost' },
      { value: 'staff-risk', label: 'It would put staff at risk' },
    ],
  },
} satisfies Meta<typeof Harness>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('It would cause an unreasonable delay'));
    await userEvent.click(canvas.getByLabelText('It would put staff at risk'));
    // One registered name: the form receives an array of the ticked values.
    await expect(canvas.getByTestId('value')).toHaveTextContent('delay,staff-risk');
  },
};

export const WithError: Story = {
  args: { error: 'Each reason may be given once' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Each reason may be given once')).toBeVisible();
  },
};
