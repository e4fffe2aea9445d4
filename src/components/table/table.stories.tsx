import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Table, type Column } from './table';

interface Row {
  trainee: string;
  attempts: number;
  passed: number;
}

const columns: Column<Row>[] = [
  { header: 'Trainee', className: 'govuk-!-font-weight-regular', cell: (r) => r.trainee },
  { header: 'Attempts', numeric: true, cell: (r) => r.attempts },
  { header: 'Passed', numeric: true, cell: (r) => r.passed },
];

// Typed rows need a wrapper: Storybook's args cannot carry the generic.
function ByTrainee({ rows }: { rows: Row[] }) {
  return <Table caption="By trainee" columns={columns} rows={rows} rowKey={(r) => r.trainee} />;
}

const meta = {
  title: 'Components/Table',
  component: ByTrainee,
  args: {
    rows: [
      { trainee: 'Ellie Lowe', attempts: 2, passed: 1 },
      { trainee: 'Sam Okafor', attempts: 1, passed: 1 },
    ],
  },
} satisfies Meta<typeof ByTrainee>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'By trainee' });
    // The first column heads each row, so a screen reader announces the trainee with each figure.
    await expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Ellie Lowe', 'Sam Okafor']);
    await expect(within(table).getAllByRole('columnheader')[1]).toHaveClass('govuk-table__header--numeric');
  },
};
