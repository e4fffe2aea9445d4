import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { createActor } from 'xstate';
import { infoRequestMachine } from '../../../machines/info-request/info-request.machine';
import type { Requester, Subject } from '../../../machines/info-request/info-request.schema';
import type { InfoRequestRecord } from '../../api/info-requests';
import { mockUser, signIn, signOut } from '../../lib/session';
import { InfoRequestPage } from './info-request-page';
import { InfoRequestsPage } from './info-requests-page';
import { NewInfoRequestPage } from './new-info-request-page';

// The information-request desk against MSW. Each record is what the information-request machine decides
// for the request (as the mock backend derives it), never a hand-written decision.

const RECEIVED = '2026-03-04T10:15:00+00:00';

function record(id: string, requester: Requester, subject: Subject): InfoRequestRecord {
  const actor = createActor(infoRequestMachine, { input: { authority: 'hertfordshire', receivedAt: RECEIVED } }).start();
  actor.send({ type: 'request.logged', requester, subject });
  const { context } = actor.getSnapshot();
  actor.stop();
  return {
    id,
    authority: 'hertfordshire',
    receivedAt: RECEIVED,
    requester,
    subject,
    decision: context.decision ?? 'not-covered',
    actions: context.actions,
    rules: context.rules,
    path: context.path,
    createdBy: { name: 'Farah Hale', role: 'social-worker' },
    createdAt: RECEIVED,
  };
}

const base = { identityInDoubt: false, writtenConsent: false, reasonGiven: true };
const UKBA = record('ir-ukba', { agency: 'ukba', purpose: 'future-of-child', replyTo: 'caseworker@homeoffice.gov.uk', ...base }, { status: 'closed' });
const HOUSING = record('ir-housing', { agency: 'housing', purpose: 'rent-arrears', replyTo: 'rents@housing.example.org.uk', ...base }, { status: 'closed' });

const meta = {
  title: 'Desk/Information requests',
  parameters: {
    layout: 'padded',
    msw: {
      handlers: [
        http.get('/api/info-requests', () => HttpResponse.json({ items: [UKBA, HOUSING] })),
        http.get('/api/info-requests/:id', ({ params }) => HttpResponse.json([UKBA, HOUSING].find((r) => r.id === params.id) ?? UKBA)),
      ],
    },
  },
  beforeEach: () => {
    signIn(mockUser('hertfordshire', 'social-worker'));
    return () => signOut();
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const List: Story = {
  render: () => <InfoRequestsPage />,
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole('table', { name: 'Information requests' });
    await expect(within(table).getAllByRole('row')).toHaveLength(3);
  },
};

export const ConfirmWithoutConsent: Story = {
  render: () => <InfoRequestPage id={UKBA.id} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: 'Decision: Confirm without consent' });
    await expect(canvas.getByTestId('ir-rules')).toHaveTextContent('UK Border Agency');
    await expect(canvas.getByTestId('ir-reply')).toHaveTextContent('.gov.uk');
  },
};

export const AwaitConsent: Story = {
  render: () => <InfoRequestPage id={HOUSING.id} />,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { level: 1, name: /^Decision: / });
    await expect(within(canvasElement).getByTestId('ir-rules')).toHaveTextContent('IR-HOUSING');
  },
};

export const LogErrors: Story = {
  render: () => <NewInfoRequestPage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Log and decide' }));
    const summary = await canvas.findByRole('alert');
    await expect(summary).toHaveTextContent('There is a problem');
    await expect(canvasElement.ownerDocument.activeElement).toBe(summary.parentElement);
  },
};
