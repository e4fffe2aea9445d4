import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import guidedScenario from '../../../training/scenarios/der-training-anonymous-sunday-night.json';
import ukbaScenario from '../../../training/scenarios/her-training-ir-ukba-wrong-address.json';
import { InfoRequestForm } from '../../features/info-requests/new-info-request-page';
import { ContactPage } from '../../features/triage/contact-page';
import { RequestRunPage } from '../../features/training/request-run-page';
import { RunPage } from '../../features/training/run-page';
import { acceptingHandlers, recordFrom } from '../support/records';

// The training walk-through as app.tsx composes it: the real wizard (triage's ContactPage, passed in as a
// render prop) on a practice contact, with the simulated caller beside it. The scenario comes from the
// mock backend's shipped scenarios; the practice contact is answered by story handlers.

const s = guidedScenario as { id: string; authority: 'derbyshire'; receivedAt: string; channel: 'phone'; training: { opening: string } };
const practice = { ...recordFrom(s.authority, [], { seed: 'training:walkthrough', receivedAt: s.receivedAt, channel: s.channel }), training: true as const };

const meta = {
  title: 'Training/Walk-through',
  component: RunPage,
  args: {
    contactId: practice.id,
    renderWizard: (props) => <ContactPage key={props.id} {...props} />,
    settings: { scenarioId: s.id, mode: 'guided' },
  },
  parameters: { layout: 'padded', msw: acceptingHandlers(practice) },
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('front-door:training-')) localStorage.removeItem(key);
  },
} satisfies Meta<typeof RunPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Guided: a hint before the step citing the rules the call teaches; asking the caller adds their reply to the transcript. */
export const Guided: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: 'Who is making the contact?' }, { timeout: 10_000 });
    const hint = canvas.getByTestId('training-hint');
    await expect(hint).toHaveTextContent('Hint: who is calling');
    await expect(hint).toHaveTextContent('(ANON-RECORD-EXPLAIN)');
    const transcript = canvas.getByRole('log', { name: 'Transcript' });
    await expect(transcript).toHaveTextContent(s.training.opening);
    await userEvent.click(canvas.getByRole('button', { name: /Can I take your name/ }));
    await waitFor(() => expect(transcript).toHaveTextContent('I live on the same street.'));
    // The step guidance of the real wizard stays in guided mode.
    await expect(canvas.getByTestId('step-guidance')).toBeInTheDocument();
  },
};

/** Assessed: no hints and no step guidance until the debrief; the caller is the same. */
export const Assessed: Story = {
  args: { settings: { scenarioId: s.id, mode: 'assessed' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: 'Who is making the contact?' }, { timeout: 10_000 });
    await expect(canvas.getByRole('log', { name: 'Transcript' })).toHaveTextContent(s.training.opening);
    await expect(canvas.queryByTestId('training-hint')).toBeNull();
    await expect(canvas.queryByTestId('step-guidance')).toBeNull();
    await expect(canvas.getByText(/Assessed mode/)).toBeVisible();
  },
};

/**
 * An information request: the trainee logs it on the real information-request form (passed in as a render
 * prop) while the caller is on the line; the form's authority starts at the scenario's.
 */
export const InformationRequest: StoryObj<typeof RequestRunPage> = {
  render: () => (
    <RequestRunPage
      runId="story-request"
      renderRequestForm={(props) => <InfoRequestForm {...props} />}
      settings={{ scenarioId: ukbaScenario.id, mode: 'guided' }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: 'Log an information request' }, { timeout: 10_000 });
    await expect(canvas.getByTestId('training-hint')).toHaveTextContent('(IR-UKBA)');
    const transcript = canvas.getByRole('log', { name: 'Transcript' });
    // Reaching the request step: the caller volunteers who they are and why they ask.
    await expect(transcript).toHaveTextContent('UK Border Agency, immigration casework.');
    await userEvent.click(canvas.getByRole('button', { name: /Which email address should the reply go to/ }));
    await waitFor(() => expect(transcript).toHaveTextContent('caseworker.ukvi@gmail.com'));
    await expect(canvas.getByLabelText('Hertfordshire')).toBeChecked();
  },
};
