import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { faults } from '../../../mocks/faults';
import DevFaultsPage from './dev-faults-page';

// The fault-injection panel. Every play removes what it added: faults live in the tab's sessionStorage and
// would otherwise make the next story's requests fail.

const meta = {
  title: 'App/Developer tools: fault injection',
  component: DevFaultsPage,
  beforeEach: () => {
    faults.clear();
    return () => faults.clear();
  },
} satisfies Meta<typeof DevFaultsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NoFaults: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('no-faults')).toHaveTextContent('every request reaches the mock server');
  },
};

export const InvalidCount: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText('Server error (500)'));
    await userEvent.type(canvas.getByLabelText('How many requests should fail (optional)'), 'two');
    await userEvent.click(canvas.getByRole('button', { name: 'Add fault' }));
    const summary = await canvas.findByRole('alert');
    await expect(summary).toHaveTextContent('Enter how many requests should fail as a whole number');
    await expect(document.title).toMatch(/^Error: /);
    await expect(faults.list()).toHaveLength(0);
  },
};

export const OneFaultAdded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Saving answers fails once' }));
    await expect(await canvas.findByTestId('active-faults')).toHaveTextContent(
      'Server error (500): PUT /api/contacts/:id/events, the next 1 matching request',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Remove all faults' }));
    await expect(await canvas.findByTestId('no-faults')).toBeInTheDocument();
  },
};
