import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ContactEvent } from '../../../machines/contact/contact.machine';
import { replayContact } from '../../../machines/contact/replay';
import { answers } from '../../stories/support/step-args';
import { LiveChart } from './live-chart';

// The live chart as the wizard shows it under a running call. The harness plays a call's answers through
// the real contact machine, one per click, and passes the chart what the wizard passes: the snapshot's
// value, the event just sent and context.path.

const INPUT = { authority: 'hertfordshire' as const, receivedAt: '2026-10-20T10:15:00+01:00', channel: 'phone' as const };
const CALL: ContactEvent[] = [answers.publicReferrer, answers.oneChild, answers.noConcernFlags, answers.parentsAgreed] as ContactEvent[];

function RunningCall({ answered: initial }: { answered: number }) {
  const [answered, setAnswered] = useState(initial);
  const { snapshot } = replayContact(INPUT, CALL.slice(0, answered));
  return (
    <div style={{ maxWidth: 960 }}>
      <button type="button" className="govuk-button govuk-button--secondary" disabled={answered >= CALL.length} onClick={() => setAnswered((n) => n + 1)}>
        Next answer
      </button>
      <LiveChart machine="contact" authority="hertfordshire" snapshotValue={snapshot.value} lastEvent={CALL[answered - 1] ?? null} path={snapshot.context.path} />
    </div>
  );
}

const meta = {
  title: 'Chart/Live chart',
  component: RunningCall,
  args: { answered: 0 },
} satisfies Meta<typeof RunningCall>;

export default meta;
type Story = StoryObj<typeof meta>;

const liveState = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="live-chart"] .fd-chart-canvas [data-state-id="${id}"]`);

/** A call just started: the referrer question is the active state. */
export const CallStarting: Story = {
  play: async ({ canvasElement }) => {
    const chart = within(within(canvasElement).getByTestId('live-chart'));
    await expect(chart.getByRole('status')).toHaveTextContent('Now: Intake › Referrer.');
    await waitFor(() => expect(liveState(canvasElement, 'intake.referrer')).toHaveAttribute('data-active', 'true'), { timeout: 15_000 });
  },
};

/** Each answer moves the active state and marks the transition it took. */
export const FollowsTheCall: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const chart = within(canvas.getByTestId('live-chart'));
    await waitFor(() => expect(liveState(canvasElement, 'intake.referrer')).toHaveAttribute('data-active', 'true'), { timeout: 15_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Next answer' }));
    await expect(chart.getByRole('status')).toHaveTextContent('Now: Intake › Children, after referrer.identified.');
    await waitFor(() => expect(liveState(canvasElement, 'intake.children')).toHaveAttribute('data-active', 'true'));
    await expect(canvasElement.querySelector('.fd-chart-label[data-event="referrer.identified"]')).toHaveAttribute('data-taken', 'true');
  },
};

/** The last answer of intake goes through the routing decision and the front door. */
export const ThroughRouting: Story = {
  args: { answered: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(liveState(canvasElement, 'intake.parents')).toHaveAttribute('data-active', 'true'), { timeout: 15_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Next answer' }));
    await waitFor(() => expect(liveState(canvasElement, 'informationGathering')).toHaveAttribute('data-active', 'true'));
    await expect(liveState(canvasElement, 'routing')).toHaveAttribute('data-passed', 'true');
    await expect(within(canvas.getByTestId('live-chart')).getByRole('status')).toHaveTextContent(/after parents\.recorded, then 6\. otherwise/);
  },
};
