import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import ChartPage from './chart-page';

// The chart route in each of its modes. The first view's layout is precomputed (default-layouts.ts), so
// these draw without waiting for ELK's worker; only a collapse or expand would start it.

const meta = {
  title: 'Chart/Chart page',
  component: ChartPage,
  args: { machine: 'contact', authority: 'hertfordshire' },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ChartPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Resolves once the chart has been painted. */
async function painted(canvasElement: HTMLElement) {
  await waitFor(() => expect(canvasElement.querySelector('.fd-chart-page[data-painted="true"]')).not.toBeNull(), { timeout: 15_000 });
}

const state = (root: HTMLElement, id: string) => root.querySelector(`.fd-chart-canvas [data-state-id="${id}"]`);

export const Explore: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1 }, { timeout: 10_000 })).toHaveTextContent('Contact, Hertfordshire');
    await painted(canvasElement);
    await expect(state(canvasElement, 'routing')).toHaveAttribute('data-kind', 'choice');
    await expect(canvas.getByRole('list', { name: 'Text version of the chart' })).toBeVisible();
  },
};

/** The information-request machine for Hertfordshire: each decision state carries its §8 rules. */
export const InformationRequest: Story = {
  args: { machine: 'info-request' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await painted(canvasElement);
    const outline = canvas.getByRole('list', { name: 'Text version of the chart' });
    await userEvent.click(within(outline).getByRole('button', { name: 'Await identity evidence' }));
    await expect(canvas.getByTestId('chart-details')).toHaveTextContent('Hertfordshire §8 (IR-DOUBT)');
  },
};

export const Simulate: Story = {
  args: { mode: 'simulate' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await painted(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send referrer.identified' }));
    await waitFor(() => expect(state(canvasElement, 'intake.children')).toHaveAttribute('data-active', 'true'));
    await expect(canvas.getAllByRole('status').some((s) => s.textContent?.includes('Current state: Intake › Children'))).toBe(true);
  },
};

/** Leicester, because the first built-in scenario is a Leicester call (another would navigate away). */
export const PathOfAScenario: Story = {
  args: { mode: 'path', authority: 'leicester' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await painted(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Run scenario' }));
    await waitFor(() => expect(canvasElement.querySelector('.fd-chart-canvas [data-visited="true"]')).not.toBeNull());
    await expect(canvas.getAllByRole('status').some((s) => /Step 1 of \d+/.test(s.textContent ?? ''))).toBe(true);
  },
};

export const CompareAuthorities: Story = {
  args: { mode: 'compare', authority: 'dorset' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await painted(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Dorset' })).toBeVisible();
    // Dorset has no Consultation Hub: the branch is marked as a difference once the sampling is done.
    await waitFor(() => expect(canvas.getByTestId('compare-branches')).toHaveTextContent('needsConsultationHub'), { timeout: 15_000 });
  },
};
