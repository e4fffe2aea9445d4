import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox, SelectField, TextArea, TextField } from './text-field';

// The single-control fields need registered fields: the story gives them some from react-hook-form, as
// the desk and training forms do.
function Fields({ error }: { error?: string }) {
  const { register } = useForm<{ siblings: string; reason: string; authority: string; unborn: boolean }>();
  return (
    <>
      <TextField id="siblings" label="How many brothers or sisters?" width="2" inputMode="numeric" error={error} register={register('siblings')} />
      <TextArea id="reason" label="Reason for the decision" hint="Say what you weighed up." register={register('reason')} />
      <SelectField
        id="authority"
        label="Authority"
        options={[
          { value: 'dorset', label: 'Dorset' },
          { value: 'derbyshire', label: 'Derbyshire' },
        ]}
        register={register('authority')}
      />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <Checkbox id="unborn" label="Unborn" register={register('unborn')} />
      </div>
    </>
  );
}

const meta = {
  title: 'Components/Text fields',
  component: Fields,
} satisfies Meta<typeof Fields>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('How many brothers or sisters?'), '2');
    await expect(canvas.getByLabelText('How many brothers or sisters?')).toHaveValue('2');
    await expect(canvas.getByLabelText('Reason for the decision')).toHaveAccessibleDescription('Say what you weighed up.');
    await userEvent.selectOptions(canvas.getByLabelText('Authority'), 'derbyshire');
    await userEvent.click(canvas.getByLabelText('Unborn'));
    await expect(canvas.getByLabelText('Unborn')).toBeChecked();
  },
};

export const WithError: Story = {
  args: { error: 'Enter how many brothers or sisters, as a number' },
  play: async ({ canvasElement }) => {
    // The inline error is the field's description, with the hidden "Error:" prefix GOV.UK uses.
    await expect(within(canvasElement).getByLabelText('How many brothers or sisters?')).toHaveAccessibleDescription(
      'Error: Enter how many brothers or sisters, as a number',
    );
  },
};
