import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { LiveChart } from '../../src/features/chart/live-chart';
import { installReactFlowDomStubs, WithEngine } from './chart-support';

beforeAll(installReactFlowDomStubs);

// The wizard passes what its actor has: the snapshot's value, the event it just sent and context.path.

describe('LiveChart', { timeout: 30_000 }, () => {
  it('highlights the active state and the transition just taken, and announces them', async () => {
    const view = (value: Parameters<typeof LiveChart>[0]['snapshotValue'], lastEvent: { type: string } | null, path: string[]) => (
      <WithEngine>
        <LiveChart machine="contact" authority="dorset" snapshotValue={value} lastEvent={lastEvent} path={path} />
      </WithEngine>
    );
    const { container, rerender } = render(view({ intake: 'referrer' }, null, ['intake.referrer']));
    expect(screen.getByRole('status')).toHaveTextContent('Now: Intake › Referrer.');
    await waitFor(() => expect(container.querySelector('[data-state-id="intake.referrer"]')).toHaveAttribute('data-active', 'true'), { timeout: 10_000 });

    rerender(view({ intake: 'children' }, { type: 'referrer.identified' }, ['intake.referrer', 'intake.children']));
    expect(screen.getByRole('status')).toHaveTextContent('Now: Intake › Children, after referrer.identified.');
    await waitFor(() => expect(container.querySelector('.fd-chart-label[data-event="referrer.identified"]')).toHaveAttribute('data-taken', 'true'));

    const path = ['intake.referrer', 'intake.children', 'intake.concern', 'intake.parents'];
    rerender(view({ intake: 'parents' }, { type: 'concern.described' }, path));
    rerender(view('informationGathering', { type: 'parents.recorded' }, [...path, 'routing', 'frontDoor', 'informationGathering']));
    expect(screen.getByRole('status')).toHaveTextContent('Now: Information gathering, after parents.recorded, then 6. otherwise, then always.');
    await waitFor(() => expect(container.querySelector('[data-state-id="routing"]')).toHaveAttribute('data-passed', 'true'));
  });

  it('marks an event that stayed in the same state (a checklist answer)', () => {
    const view = (event: { type: string }) => (
      <WithEngine>
        <LiveChart machine="contact" authority="dorset" snapshotValue="informationGathering" lastEvent={event} />
      </WithEngine>
    );
    const { rerender } = render(view({ type: 'parents.recorded' }));
    rerender(view({ type: 'checklist.answered' }));
    // The label is the machine's: the event, then its guard if the machine gives it one.
    expect(screen.getByRole('status')).toHaveTextContent(/^Now: Information gathering, after checklist\.answered( \[\w+\])?\.$/);
  });
});
