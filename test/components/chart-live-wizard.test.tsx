import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { LiveChart } from '../../src/features/chart/live-chart';
import { ContactWizard } from '../../src/features/triage/contact-wizard';
import type { RenderLiveChart } from '../../src/features/triage/live-chart-slot';
import { acceptingHandlers, recordFrom } from '../../src/stories/support/records';
import { server } from '../../mocks/node';
import { installReactFlowDomStubs, WithEngine } from './chart-support';

beforeAll(installReactFlowDomStubs);

// The wizard offers the live chart through a render prop (src/app wires the chart's LiveChart in, as here):
// hidden until asked for, then following the call step by step; never in training.

const renderLiveChart: RenderLiveChart = (props) => <LiveChart {...props} />;

function renderWizard(seed: string, hideHints = false) {
  const record = recordFrom('hertfordshire', [], { seed });
  server.use(...acceptingHandlers(record));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <WithEngine>
        <ContactWizard record={record} hideHints={hideHints} renderLiveChart={renderLiveChart} />
      </WithEngine>
    </QueryClientProvider>,
  );
}

const liveStatus = () => within(screen.getByTestId('live-chart')).getByRole('status');

describe('live chart beside the wizard', { timeout: 30_000 }, () => {
  it('is drawn only when asked for, then follows the call: active state, transition taken, status line', async () => {
    const user = userEvent.setup();
    const { container } = renderWizard('live-chart:follows');
    const toggle = screen.getByRole('button', { name: 'Show where this call is in the procedure' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('live-chart')).toBeNull();

    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide where this call is in the procedure' })).toHaveAttribute('aria-expanded', 'true');
    expect(liveStatus()).toHaveTextContent('Now: Intake › Referrer.');
    const state = (id: string) => container.querySelector(`.fd-chart-canvas [data-state-id="${id}"]`);
    await waitFor(() => expect(state('intake.referrer')).toHaveAttribute('data-active', 'true'), { timeout: 10_000 });

    // The referrer step, answered as a call handler would.
    const group = (name: string) => screen.getByRole('group', { name });
    await user.click(within(group('Who is making the contact?')).getByLabelText('A member of the public'));
    await user.click(within(group('Do they want to stay anonymous?')).getByLabelText('No'));
    await user.click(within(group('Are they passing on what someone else told them?')).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { level: 1, name: 'Which children is the contact about?' });
    expect(liveStatus()).toHaveTextContent('Now: Intake › Children, after referrer.identified.');
    await waitFor(() => expect(state('intake.children')).toHaveAttribute('data-active', 'true'));
    expect(state('intake.referrer')).not.toHaveAttribute('data-active', 'true');
    expect(container.querySelector('.fd-chart-label[data-event="referrer.identified"]')).toHaveAttribute('data-taken', 'true');

    // Back is a transition too.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: /Who is making the contact/ });
    expect(liveStatus()).toHaveTextContent('Now: Intake › Referrer, after step.back');

    await user.click(screen.getByRole('button', { name: 'Hide where this call is in the procedure' }));
    expect(screen.queryByTestId('live-chart')).toBeNull();
  });

  it('is not offered in training (hints hidden)', () => {
    renderWizard('live-chart:training', true);
    expect(screen.queryByRole('button', { name: /where this call is in the procedure/ })).toBeNull();
  });
});
