import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { ContactEvent } from '../../../machines/contact/contact.machine';
import { replayContact } from '../../../machines/contact/replay';
import { runScenario } from '../../../machines/scenario/run';
import { parseScenarioText } from '../../../machines/scenario/scenario.schema';
import { answers } from '../../stories/support/step-args';
import { PathCompareChart } from './path-compare-chart';

// The training debrief's chart: the trainee's path against the expected one. The paths come from the
// machines (the contact machine's context.path, the scenario runner's result.path), never typed by hand.

const INPUT = { authority: 'hertfordshire' as const, receivedAt: '2026-10-20T10:15:00+01:00', channel: 'phone' as const };
const pathAfter = (events: unknown[]) => replayContact(INPUT, events as ContactEvent[]).snapshot.context.path;

// The child has an allocated worker (open case), but the trainee recorded the child as unknown.
const missedOpenCase = pathAfter([answers.publicReferrer, answers.oneChild, answers.noConcernFlags, answers.parentsAgreed]);
const openCase = pathAfter([answers.publicReferrer, answers.openCase, answers.noConcernFlags, answers.parentsAgreed]);

function irPath(writtenConsent: boolean): string[] {
  const text = JSON.stringify({
    kind: 'info-request',
    id: `story-housing-${writtenConsent ? 'consent' : 'no-consent'}`,
    title: 'Housing asks about rent arrears',
    authority: 'hertfordshire',
    receivedAt: '2026-10-20T10:15:00+01:00',
    requester: { agency: 'housing', purpose: 'rent-arrears', replyTo: 'officer@example.org.uk', identityInDoubt: false, writtenConsent, reasonGiven: true },
    subject: { status: 'unknown' },
  });
  const parsed = parseScenarioText(text);
  if (!parsed.ok || !parsed.scenarios[0]) throw new Error('story scenario does not parse');
  const result = runScenario(parsed.scenarios[0]);
  return 'path' in result ? result.path : [];
}

const meta = {
  title: 'Chart/Path compare (training debrief)',
  component: PathCompareChart,
  args: { machine: 'contact', authority: 'hertfordshire', traineePath: missedOpenCase, expectedPath: openCase },
} satisfies Meta<typeof PathCompareChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const node = (root: HTMLElement, id: string) => root.querySelector(`.fd-chart-canvas [data-state-id="${id}"]`);

/** The trainee missed the open case: front door instead of the allocated worker (INT-OPEN). */
export const MissedOpenCase: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(node(canvasElement, 'allocatedWorker')).toHaveAttribute('data-path-side', 'expected'), { timeout: 15_000 });
    await expect(node(canvasElement, 'frontDoor')).toHaveAttribute('data-path-side', 'trainee');
    await expect(canvas.getByRole('list', { name: 'Differences between your path and the expected path' })).toHaveTextContent('Rule INT-OPEN');
  },
};

export const SamePath: Story = {
  args: { traineePath: openCase },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('path-compare-summary')).toHaveTextContent('Your path is the expected path.');
  },
};

/** An information request: the trainee treated a housing request as having written consent. */
export const InformationRequest: Story = {
  args: { machine: 'info-request', traineePath: irPath(true), expectedPath: irPath(false) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(node(canvasElement, 'awaitConsent')).toHaveAttribute('data-path-side', 'expected'), { timeout: 15_000 });
  },
};
