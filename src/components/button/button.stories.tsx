import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from './button';

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Continue', onClick: fn() },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Continue' });
    await expect(button).toHaveAttribute('type', 'submit');
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledOnce();
  },
};

export const Secondary: Story = {
  args: { variant: 'secondary', children: 'Save and come back later', type: 'button' },
};

export const Warning: Story = {
  args: { variant: 'warning', children: 'Delete contact', type: 'button' },
};

export const Start: Story = {
  args: { isStartButton: true, children: 'Start now', type: 'button' },
  play: async ({ canvasElement }) => {
    // The arrow is decoration: the accessible name must stay the words alone.
    await expect(within(canvasElement).getByRole('button', { name: 'Start now' })).toBeVisible();
  },
};

export const Disabled: Story = {
  args: { disabled: true, 'aria-disabled': true, type: 'button' },
};
