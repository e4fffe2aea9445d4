import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SummaryList } from './summary-list';

const onChangeCaller = fn();

const meta = {
  title: 'Components/Summary list',
  component: SummaryList,
  args: {
    rows: [
      { key: 'Who is calling', value: 'A member of the public', change: { label: 'who is calling', onChange: onChangeCaller } },
      { key: 'Anonymous', value: 'No', change: { label: 'whether they want to stay anonymous', onChange: fn() } },
      { key: 'Route', value: 'Front door screening' },
    ],
  },
} satisfies Meta<typeof SummaryList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithChangeLinks: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The hidden text tells a screen reader user what each Change link changes.
    await userEvent.click(canvas.getByRole('button', { name: 'Change who is calling' }));
    await expect(onChangeCaller).toHaveBeenCalledOnce();
    await expect(canvas.getAllByRole('button', { name: /^Change/ })).toHaveLength(2);
  },
};

export const ReadOnly: Story = {
  args: { rows: [{ key: 'Reference', value: 'FD-DOR-000042' }, { key: 'Received', value: '4 March 2026, 10:15' }] },
};
