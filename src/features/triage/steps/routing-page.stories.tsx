import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { ContactEvent } from '../../../../machines/contact/contact.machine';
import type { AuthorityId } from '../../../../machines/contact/contact.schema';
import { GuidancePanel } from '../guidance-panel';
import { contextAfter } from '../../../stories/support/records';
import { answers } from '../../../stories/support/step-args';
import { RoutingPage } from './routing-page';

function routed(authority: AuthorityId, events: ContactEvent[]) {
  const { context, stateRules } = contextAfter(authority, events);
  return {
    context,
    caption: `${context.profile.name} · Phone call · FD-${authority.slice(0, 3).toUpperCase()}-000042`,
    aside: <GuidancePanel context={context} stateRules={stateRules} />,
    onBack: fn(),
    onContinue: fn(),
  };
}

const meta = {
  title: 'Triage/Steps/Routing page',
  component: RoutingPage,
  args: routed('dorset', [answers.publicReferrer, answers.openCase, answers.significantHarm, answers.parentsAgreed]),
} satisfies Meta<typeof RoutingPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const headingHasRoute = (route: string) => async ({ canvasElement, args }: { canvasElement: HTMLElement; args: { onContinue: () => void } }) => {
  const canvas = within(canvasElement);
  const heading = canvas.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAttribute('data-route', route);
  await expect(heading).toHaveFocus();
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  await expect(args.onContinue).toHaveBeenCalledOnce();
};

export const AllocatedWorker: Story = { play: headingHasRoute('allocated-worker') };

export const AllocatedWorkerEmergency: Story = {
  args: routed('dorset', [answers.publicReferrer, answers.openCase, answers.emergency, answers.parentsNotInformed]),
  play: async (context) => {
    await expect(within(context.canvasElement).getByText('Warning')).toBeInTheDocument();
    await headingHasRoute('allocated-worker')(context);
  },
};

export const ManagingAllegations: Story = {
  args: routed('hertfordshire', [answers.publicReferrer, answers.oneChild, answers.allegation, answers.parentsAgreed]),
  play: headingHasRoute('managing-allegations'),
};

export const ConsultationHub: Story = {
  args: routed('hertfordshire', [answers.schoolReferrer, answers.oneChild, answers.significantHarm, answers.parentsAgreed]),
  play: headingHasRoute('consultation-hub'),
};

export const OnlineRequest: Story = {
  args: routed('derbyshire', [answers.policeReferrer, answers.oneChild, answers.noConcernFlags, answers.parentsAgreed]),
  play: headingHasRoute('online-request'),
};
