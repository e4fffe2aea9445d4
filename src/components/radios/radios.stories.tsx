import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { expect, userEvent, within } from 'storybook/test';
import { Radios, YES_NO, type RadiosProps } from './radios';

// Radios need a registered field: the story gives them one from react-hook-form, as the question pages do.
function Harness(props: Omit<RadiosProps, 'register'>) {
  const { register } = useForm<{ answer: string }>();
  return <Radios {...props} register={register('answer')} />;
}

const meta = {
  title: 'Components/Radios',
  component: Harness,
  args: {
    id: 'answer',
    legend: 'Who is making the contact?',
    options: [
      { value: 'professional', label: 'A professional' },
      { value: 'public', label: 'A member of the public' },
      { value: 'family', label: 'A family member', hint: 'Including a foster carer or a relative' },
    ],
  },
} satisfies Meta<typeof Harness>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'Who is making the contact?' });
    await userEvent.click(within(group).getByLabelText('A member of the public'));
    await expect(within(group).getByLabelText('A member of the public')).toBeChecked();
    // The first radio carries the group's id, so an error summary link lands on the group.
    await expect(canvas.getByLabelText('A professional')).toHaveAttribute('id', 'answer');
  },
};

export const AsPageHeading: Story = {
  args: { isPageHeading: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 1, name: 'Who is making the contact?' })).toBeVisible();
  },
};

export const InlineYesNoWithHint: Story = {
  args: { legend: 'Do they want to stay anonymous?', hint: 'Ask whether they are happy for their name to be recorded.', options: YES_NO, inline: true },
};

export const WithError: Story = {
  args: { error: 'Select who is making the contact' },
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole('group', { name: 'Who is making the contact?' });
    await expect(group).toHaveAccessibleDescription(expect.stringContaining('Select who is making the contact'));
  },
};
