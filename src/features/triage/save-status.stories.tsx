import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SaveStatus } from './save-status';

// Where a call's answers are: saved, saving, the server not answering (non-blocking), and a conflict with
// another tab, which the call handler resolves by loading the latest version.

const meta = {
  title: 'Triage/Save status',
  component: SaveStatus,
  args: { state: 'saved', onReloadLatest: fn() },
} satisfies Meta<typeof SaveStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Saved: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('All answers saved');
  },
};

export const Retrying: Story = {
  args: { state: 'saving', retrying: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('The server is not answering. Trying again…');
  },
};

export const NotSavedYet: Story = {
  args: { state: 'failed' },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveTextContent('your answers are kept in this browser');
    await expect(status).toHaveClass('govuk-inset-text');
  },
};

export const Conflict: Story = {
  args: { state: 'conflict' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('This contact was changed in another tab or by someone else');
    await userEvent.click(canvas.getByRole('button', { name: 'Load the latest version' }));
    await expect(args.onReloadLatest).toHaveBeenCalledOnce();
  },
};
