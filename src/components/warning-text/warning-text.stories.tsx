import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { WarningText } from './warning-text';

const meta = {
  title: 'Components/Warning text',
  component: WarningText,
  args: { children: 'Call 999 now: a child is in immediate danger' },
} satisfies Meta<typeof WarningText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    // The "!" icon is hidden; a screen reader hears "Warning" before the text instead.
    await expect(within(canvasElement).getByText('Warning')).toHaveClass('govuk-visually-hidden');
  },
};
