import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { choose } from '../../stories/support/play';
import { acceptingHandlers, problem, recordFrom } from '../../stories/support/records';
import { answers } from '../../stories/support/step-args';
import { ContactPage } from './contact-page';
import { ContactWizard } from './contact-wizard';

// The wizard against the network: each story gives the autosave and submit endpoints a different answer
// through MSW (`parameters.msw`), including the failures a call handler must be able to work through.

const fresh = recordFrom('dorset', [], { seed: 'wizard:fresh' });
const atCheckAnswers = recordFrom(
  'dorset',
  [answers.publicReferrer, answers.oneChild, answers.noConcernFlags, answers.parentsAgreed, { type: 'information.completed' }],
  { seed: 'wizard:check-answers' },
);

const meta = {
  title: 'Triage/Contact wizard',
  component: ContactWizard,
  args: { record: fresh },
  parameters: { msw: acceptingHandlers(fresh) },
} satisfies Meta<typeof ContactWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

async function answerReferrer(canvasElement: HTMLElement) {
  await choose(canvasElement, 'Who is making the contact?', 'A member of the public');
  await choose(canvasElement, 'Do they want to stay anonymous?', 'No');
  await choose(canvasElement, 'Are they passing on what someone else told them?', 'No');
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
}

export const SavesEachAnswer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await answerReferrer(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Which children is the contact about?' })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('All answers saved'));
  },
};

/** Autosave gets a 500 every time: the call goes on, and the page says the answers are only kept locally. */
export const SaveFailsWithServerError: Story = {
  parameters: { msw: [http.put('/api/contacts/:id/events', () => problem(500, 'The server had a problem'))] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await answerReferrer(canvasElement);
    // Not blocking: the next question is there at once, while the save is retried in the background.
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Which children is the contact about?' })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Not saved to the server yet'), { timeout: 10_000 });
    await expect(canvas.getByRole('status')).toHaveAttribute('data-save-state', 'failed');
  },
};

/** A slow backend: the contact loads after a wait, and each save shows "Saving…" until it lands. */
export const SlowNetwork: Story = {
  render: () => <ContactPage id={fresh.id} />,
  parameters: { msw: acceptingHandlers(fresh, { latencyMs: 1200 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Loading the contact…')).toBeVisible();
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Who is making the contact?' }, { timeout: 5000 })).toBeVisible();
    await answerReferrer(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Saving…'));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('All answers saved'), { timeout: 5000 });
  },
};

/** The backend refuses the submission with a validation problem: the page says so and nothing is lost. */
export const SubmitRejectedWithValidationProblem: Story = {
  args: { record: atCheckAnswers },
  parameters: {
    msw: [
      ...acceptingHandlers(atCheckAnswers).slice(0, 2),
      http.post('/api/contacts/:id/submit', async () => {
        await delay(100);
        return problem(400, 'Some answers were not accepted', {
          errors: [{ field: 'events.1.children.0.caseStatus', message: 'Select the child’s status with children’s social care' }],
        });
      }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Check your answers before recording the contact' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Record the contact' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The contact was not recorded');
    await expect(alert).toHaveTextContent('Some answers were not accepted');
    // Still on Check your answers, with the Record button back, so the call handler can correct and retry.
    await expect(canvas.getByRole('button', { name: 'Record the contact' })).toBeEnabled();
  },
};

export const Submitted: Story = {
  args: { record: atCheckAnswers },
  parameters: { msw: acceptingHandlers(atCheckAnswers) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Record the contact' }));
    await waitFor(() => expect(canvas.getByRole('heading', { level: 1 })).toHaveClass('govuk-panel__title'));
  },
};
