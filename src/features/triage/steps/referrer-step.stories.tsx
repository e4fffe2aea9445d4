import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { choose, continueEmptyShowsErrorSummary } from '../../../stories/support/play';
import { stepArgs } from '../../../stories/support/step-args';
import { ReferrerStep } from './referrer-step';

const meta = {
  title: 'Triage/Steps/Referrer',
  component: ReferrerStep,
  args: stepArgs('dorset', []),
} satisfies Meta<typeof ReferrerStep>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Who is making the contact?' })).toHaveFocus();
    await choose(canvasElement, 'Who is making the contact?', 'A member of the public');
    await choose(canvasElement, 'Do they want to stay anonymous?', 'Yes');
    await choose(canvasElement, 'Are they passing on what someone else told them?', 'No');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.send).toHaveBeenCalledWith({
      type: 'referrer.identified',
      referrer: { type: 'public', requestsAnonymity: true, relaysThirdParty: false, consultedHub: false },
    });
  },
};

export const ErrorContinueEmpty: Story = {
  play: async ({ canvasElement, args }) => {
    await continueEmptyShowsErrorSummary(canvasElement, 'Select who is making the contact');
    await expect(args.send).not.toHaveBeenCalled();
  },
};

export const ProfessionalRevealsAgency: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('group', { name: 'Which agency are they from?' })).not.toBeInTheDocument();
    await choose(canvasElement, 'Who is making the contact?', 'A professional');
    await expect(canvas.getByRole('group', { name: 'Which agency are they from?' })).toBeVisible();
    // Dorset has no Consultation Hub, so a school is never asked about one.
    await choose(canvasElement, 'Which agency are they from?', 'School or college');
    await expect(canvas.queryByRole('group', { name: /Consultation Hub/ })).not.toBeInTheDocument();
  },
};

export const ProfessionalWithoutAgencyIsAnError: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'Who is making the contact?', 'A professional');
    await choose(canvasElement, 'Do they want to stay anonymous?', 'No');
    await choose(canvasElement, 'Are they passing on what someone else told them?', 'No');
    await continueEmptyShowsErrorSummary(canvasElement, /agency/i);
  },
};

export const HertfordshireSchoolAsksAboutTheHub: Story = {
  args: stepArgs('hertfordshire', []),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await choose(canvasElement, 'Who is making the contact?', 'A professional');
    await choose(canvasElement, 'Which agency are they from?', 'School or college');
    // Only the hub's own agencies are asked (profile data, INT-HUB).
    await expect(canvas.getByRole('group', { name: /Consultation Hub/ })).toBeVisible();
    await choose(canvasElement, 'Which agency are they from?', 'Police');
    await expect(canvas.queryByRole('group', { name: /Consultation Hub/ })).not.toBeInTheDocument();
  },
};
