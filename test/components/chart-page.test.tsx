import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import ChartPage from '../../src/features/chart/chart-page';
import { installReactFlowDomStubs, WithEngine } from './chart-support';

beforeAll(installReactFlowDomStubs);

/** Renders the route and waits for its lazily loaded page. */
async function renderChart(machine = 'contact', authority = 'hertfordshire') {
  const result = render(
    <WithEngine>
      <ChartPage machine={machine} authority={authority} />
    </WithEngine>,
  );
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  return result;
}

const canvasState = (container: HTMLElement, id: string) => container.querySelector(`.fd-chart-canvas [data-state-id="${id}"]`);

describe('chart page', { timeout: 30_000 }, () => {
  it('draws the machine for the authority, with a text version of every state and transition', async () => {
    const { container } = await renderChart();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Contact, Hertfordshire');
    await waitFor(() => expect(canvasState(container, 'routing')).not.toBeNull(), { timeout: 10_000 });
    expect(canvasState(container, 'routing')).toHaveAttribute('data-kind', 'choice');

    const outline = screen.getByRole('list', { name: 'Text version of the chart' });
    expect(within(outline).getByRole('button', { name: 'Information gathering' })).toBeInTheDocument();
    expect(within(outline).getByRole('list', { name: 'Transitions from Routing' })).toHaveTextContent('4. [needsConsultationHub] INT-HUB');
  });

  it('shows a state’s rules with the authority’s section and the catalogue summary', async () => {
    const user = userEvent.setup();
    await renderChart('contact', 'dorset');
    const outline = screen.getByRole('list', { name: 'Text version of the chart' });
    await user.click(within(outline).getByRole('button', { name: 'Routing' }));
    const details = screen.getByTestId('chart-details');
    expect(details).toHaveTextContent('Decision point');
    expect(details).toHaveTextContent('Dorset §1 (INT-OPEN)');
    expect(details).toHaveTextContent("Dorset: not stated in this authority's procedure (INT-HUB)");
    expect(details).toHaveTextContent('INT-HUB: ');
  });

  it('shows the information-request states’ own rules in the details and the text version', async () => {
    const user = userEvent.setup();
    await renderChart('info-request', 'hertfordshire');
    const outline = screen.getByRole('list', { name: 'Text version of the chart' });
    const item = (name: string) => within(outline).getByRole('button', { name }).closest('li')!;
    expect(item('Await identity evidence')).toHaveTextContent('Rules: IR-DOUBT');
    expect(item('Data protection team')).toHaveTextContent('Rules: IR-CRIME, IR-SAR, IR-CLOSED, IR-ADULT');
    await user.click(within(outline).getByRole('button', { name: 'Await consent' }));
    const details = screen.getByTestId('chart-details');
    expect(details).toHaveTextContent('Hertfordshire §8 (IR-CONSENT)');
    expect(details).toHaveTextContent('Hertfordshire §8 (IR-HOUSING)');
    expect(details).not.toHaveTextContent('No rule is cited here.');
  });

  it('simulates: sending an event moves the highlighted state and announces it', async () => {
    const user = userEvent.setup();
    const { container } = await renderChart();
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(screen.getByRole('status')).toHaveTextContent('Current state: Intake › Referrer.');
    await user.click(screen.getByRole('button', { name: 'Send referrer.identified' }));
    expect(screen.getByRole('status')).toHaveTextContent('Current state: Intake › Children. Last event referrer.identified');
    await waitFor(() => expect(canvasState(container, 'intake.children')).toHaveAttribute('data-active', 'true'), { timeout: 10_000 });
    expect(screen.getByTestId('simulate-history')).toHaveTextContent('referrer.identified: School with a child-protection worry');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('status')).toHaveTextContent('Current state: Intake › Referrer.');
  });

  it('steps through the path of a built-in scenario', async () => {
    const user = userEvent.setup();
    await renderChart('contact', 'leicester');
    await user.click(screen.getByRole('button', { name: 'Path of a scenario' }));
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    expect(screen.getByRole('status')).toHaveTextContent('Step 1 of 11: Intake › Referrer.');
    await user.click(screen.getByRole('button', { name: 'Last' }));
    expect(screen.getByRole('status')).toHaveTextContent('Step 11 of 11: Closed.');
  });

  it('reports a pasted scenario that does not pass the schema, field by field', async () => {
    const user = userEvent.setup();
    await renderChart();
    await user.click(screen.getByRole('button', { name: 'Path of a scenario' }));
    const json = screen.getByLabelText('Scenario JSON');
    await user.clear(json);
    await user.click(json);
    await user.paste('{"id": "x", "kind": "contact"}');
    await user.click(screen.getByRole('button', { name: 'Run scenario' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The scenario cannot be run');
    expect(screen.getByRole('alert')).toHaveTextContent('authority');
  });

  it('shows the machine as Mermaid text', async () => {
    const user = userEvent.setup();
    await renderChart('info-request', 'hertfordshire');
    await user.click(screen.getByRole('button', { name: 'Show Mermaid text' }));
    const text = (screen.getByLabelText('Mermaid state diagram') as HTMLTextAreaElement).value;
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(text).toContain('state deciding <<choice>>');
  });

  it('says so for an unknown machine or authority', async () => {
    await renderChart('contact', 'atlantis');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Chart not found');
  });
});
