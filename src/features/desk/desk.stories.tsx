import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import type { ContactEvent } from '../../../machines/contact/contact.machine';
import type { AuthorityId, Role } from '../../../machines/contact/contact.schema';
import type { AuditEntry } from '../../api/audit';
import type { ContactRecord, ContactSummary } from '../../api/contacts';
import { mockUser, signIn, signOut } from '../../lib/session';
import { acceptingHandlers, recordFrom } from '../../stories/support/records';
import { DeskContactPage } from './desk-contact-page';
import { QueuePage } from './queue-page';
import { SignInPage } from './sign-in-page';

// The decision desk's screens against MSW: every record is an event log replayed through the contact
// machine (recordFrom), so a story never hand-writes a state, a route or a deadline. Each story signs in
// as the role it shows and signs out afterwards.

const asUser = (authority: AuthorityId, role: Role) => () => {
  signIn(mockUser(authority, role));
  return () => signOut();
};

const NO_CONCERN = { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false };
const intake = (informed: boolean, significantHarm = false): ContactEvent[] => [
  { type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: true, relaysThirdParty: false, consultedHub: false } },
  { type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] },
  { type: 'concern.described', concern: { ...NO_CONCERN, significantHarm } },
  { type: 'parents.recorded', parents: { informed, agreed: informed, reasonsNotInformed: informed ? [] : ['abusive-response'] } },
];
const asked = (item: string): ContactEvent => ({ type: 'checklist.answered', item, status: 'answered' });
const SCREENED: ContactEvent = {
  type: 'screening.recorded',
  screening: { knownBefore: true, childProtectionPlan: false, lookedAfter: false, siblingsKnown: true, adultsKnown: false, agencyChecks: false, threshold: 'Child in need' },
};
const decided = (outcome: 'assessment' | 'strategy-discussion' | 'closure-at-referral', at: string): ContactEvent => ({
  type: 'decision.recorded',
  decision: { outcome, authorisedBy: 'manager', at, reason: 'Needs an assessment' },
});

const RECENT = () => new Date(Date.now() - 2 * 3_600_000).toISOString();

function submitted(authority: AuthorityId, events: ContactEvent[], seed: string, receivedAt = RECENT()): ContactRecord {
  return recordFrom(authority, events, { seed, receivedAt, channel: 'phone', status: 'submitted' });
}

const herScreening = (seed: string) =>
  submitted('hertfordshire', [...intake(false, true), asked('family-issues'), { type: 'information.completed' }], seed);
const herDecision = (seed: string) =>
  submitted('hertfordshire', [...intake(true, true), asked('family-issues'), { type: 'information.completed' }, SCREENED], seed);

function auditFor(record: ContactRecord): AuditEntry[] {
  let from = 'intake.referrer';
  return record.events.map((event, i) => {
    const to = recordFrom(record.authority, record.events.slice(0, i + 1) as ContactEvent[], { seed: 'audit', receivedAt: record.receivedAt }).state;
    const entry: AuditEntry = {
      seq: i + 1,
      contactId: record.id,
      reference: record.reference,
      at: record.receivedAt,
      user: event.type === 'decision.recorded' ? 'Laura Hale' : 'Ben Hale',
      role: event.type === 'decision.recorded' ? 'team-manager' : 'call-handler',
      event: event.type,
      from,
      to,
    };
    from = to;
    return entry;
  });
}

/** GET/PUT the record as the mock backend would, plus its audit trail. */
function contactHandlers(record: ContactRecord) {
  return [
    http.get('/api/contacts/:id/audit', () => HttpResponse.json({ items: auditFor(record) })),
    ...acceptingHandlers(record),
  ];
}

function summary(r: ContactRecord): ContactSummary {
  const due = r.deadlines.find((d) => d.deadline === 'decision')?.due;
  return {
    id: r.id,
    reference: r.reference,
    authority: r.authority,
    status: r.status,
    state: r.state,
    ...(r.route ? { route: r.route } : {}),
    receivedAt: r.receivedAt,
    ...(due ? { decisionDue: due } : {}),
    updatedAt: r.updatedAt,
  };
}

const meta = {
  title: 'Desk/Screens',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const SignIn: Story = {
  render: () => <SignInPage />,
  beforeEach: () => () => signOut(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const summaryBox = await canvas.findByRole('alert');
    await expect(summaryBox).toHaveTextContent('Select your authority');
    await expect(summaryBox).toHaveTextContent('Select your role');
  },
};

const QUEUE = [
  herScreening('queue-1'),
  herDecision('queue-2'),
  // Received a week ago: its one-working-day decision is overdue.
  submitted('leicester', [...intake(true), { type: 'information.completed' }], 'queue-3', new Date(Date.now() - 7 * 86_400_000).toISOString()),
];

export const Queue: Story = {
  render: () => <QueuePage />,
  beforeEach: asUser('hertfordshire', 'social-worker'),
  parameters: { msw: { handlers: [http.get('/api/contacts', () => HttpResponse.json({ items: QUEUE.map(summary) }))] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('link', { name: QUEUE[2]!.reference });
    await expect(canvas.getByTestId('stage-counts')).toHaveTextContent('Awaiting screening: 2');
    await expect(canvas.getByTestId('stage-counts')).toHaveTextContent('Awaiting decision: 1');
    await expect(canvasElement.querySelector('.govuk-tag--red')).not.toBeNull();
    await userEvent.click(canvas.getByLabelText('Overdue'));
    await expect(canvas.getByTestId('queue-shown')).toHaveTextContent(/1/);
    await expect(canvas.queryByRole('link', { name: QUEUE[0]!.reference })).toBeNull();
  },
};

const screening = herScreening('screening');
export const ContactScreening: Story = {
  render: () => <DeskContactPage id={screening.id} />,
  beforeEach: asUser('hertfordshire', 'social-worker'),
  parameters: { msw: { handlers: contactHandlers(screening) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: `${screening.reference}: Awaiting screening` });
    await expect(canvas.getByRole('heading', { name: 'Sharing without the parents’ consent' })).toBeVisible();
    await expect(await canvas.findByRole('table', { name: 'Audit trail' })).toBeVisible();
  },
};

/** A call handler tries to authorise sharing without consent: the machine refuses and names who must act. */
export const RefusedAuthorisation: Story = {
  render: () => <DeskContactPage id={screening.id} />,
  beforeEach: asUser('hertfordshire', 'call-handler'),
  parameters: { msw: { handlers: contactHandlers(screening) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: `${screening.reference}: Awaiting screening` });
    await expect(canvas.getByText(/Only a team manager can authorise this\. You are signed in as call handler\./)).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Why share without consent?'), 'The father has threatened the family');
    await userEvent.click(canvas.getByRole('button', { name: 'Authorise sharing' }));
    const refused = await canvas.findByRole('alert');
    await expect(refused).toHaveTextContent(
      'Only a team manager may authorise sharing without the parents’ consent (CONSENT-MANAGER-OVERRIDE). You are signed in as call handler.',
    );
  },
};

const decision = herDecision('decision');
/** A social worker's decision where Hertfordshire needs a manager: refused, DEC-MANAGER, nothing saved. */
export const ContactDecisionRefused: Story = {
  render: () => <DeskContactPage id={decision.id} />,
  beforeEach: asUser('hertfordshire', 'social-worker'),
  parameters: { msw: { handlers: contactHandlers(decision) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: `${decision.reference}: Awaiting decision` });
    await expect(canvas.getByText(/A team manager must authorise this decision in Hertfordshire \(DEC-MANAGER\)/)).toBeVisible();
    await userEvent.click(canvas.getByLabelText('Option 3: Child and Family Assessment (S17)'));
    await userEvent.type(canvas.getByLabelText('Reason for the decision'), 'Needs an assessment');
    await userEvent.click(canvas.getByRole('button', { name: 'Record decision' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('In Hertfordshire a team manager must authorise the decision (DEC-MANAGER).');
    await expect(canvas.getByRole('heading', { level: 1, name: `${decision.reference}: Awaiting decision` })).toBeVisible();
  },
};

const feedback = submitted(
  'hertfordshire',
  [...intake(true, true), asked('family-issues'), { type: 'information.completed' }, SCREENED, decided('assessment', new Date().toISOString())],
  'feedback',
);
export const ContactFeedback: Story = {
  render: () => <DeskContactPage id={feedback.id} />,
  beforeEach: asUser('hertfordshire', 'team-manager'),
  parameters: { msw: { handlers: contactHandlers(feedback) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { level: 1, name: `${feedback.reference}: Decided: feedback to send` });
    await userEvent.type(canvas.getByLabelText('Referrer’s name (optional, not stored)'), 'Jo Bloggs');
    await expect(canvas.getByTestId('feedback-family')).not.toHaveTextContent('Jo Bloggs');
    await expect(canvas.getByTestId('feedback-agency')).not.toHaveTextContent('Jo Bloggs');
  },
};

const leicesterReferral = submitted(
  'leicester',
  [...intake(true), { type: 'information.completed' }, SCREENED, decided('assessment', new Date().toISOString())],
  'lei-siblings',
);
/** LEI-SIBLINGS: a social worker sees that only the screening team manager decides about the siblings. */
export const LeicesterSiblingsWhoMustAct: Story = {
  render: () => <DeskContactPage id={leicesterReferral.id} />,
  beforeEach: asUser('leicester', 'social-worker'),
  parameters: { msw: { handlers: contactHandlers(leicesterReferral) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Copying the referral to siblings' });
    await expect(canvas.getByText(/Only a team manager can decide this\. You are signed in as social worker\./)).toBeVisible();
    await userEvent.type(canvas.getByLabelText('How many brothers or sisters?'), '2');
    await userEvent.click(within(canvas.getByRole('group', { name: 'Copy the referral to them?' })).getByLabelText('Yes'));
    await userEvent.click(canvas.getByRole('button', { name: 'Record the sibling decision' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Only the screening team manager decides about a sibling referral (LEI-SIBLINGS).');
  },
};

/** The team manager copies the referral: it shows the outcome copied and when it must be progressed by. */
export const LeicesterSiblingsCopied: Story = {
  render: () => <DeskContactPage id={leicesterReferral.id} />,
  beforeEach: asUser('leicester', 'team-manager'),
  parameters: { msw: { handlers: contactHandlers(leicesterReferral) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Copying the referral to siblings' });
    await userEvent.type(canvas.getByLabelText('How many brothers or sisters?'), '2');
    await userEvent.click(within(canvas.getByRole('group', { name: 'Copy the referral to them?' })).getByLabelText('Yes'));
    await userEvent.click(canvas.getByRole('button', { name: 'Record the sibling decision' }));
    await expect(await canvas.findByText('Referral copied to 2 siblings')).toBeVisible();
    await expect(canvas.getByText('Progress by')).toBeVisible();
  },
};

const leicesterClosure = submitted(
  'leicester',
  [...intake(true), { type: 'information.completed' }, SCREENED, decided('closure-at-referral', new Date().toISOString())],
  'lei-closure',
);
/** LEI-CLOSURE-AT-REFERRAL: closing before the summary is refused, with the rule. */
export const LeicesterClosureNeedsSummary: Story = {
  render: () => <DeskContactPage id={leicesterClosure.id} />,
  beforeEach: asUser('leicester', 'team-manager'),
  parameters: { msw: { handlers: contactHandlers(leicesterClosure) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Closure at referral' });
    await userEvent.click(canvas.getByRole('button', { name: 'Mark feedback as sent and close the contact' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('(LEI-CLOSURE-AT-REFERRAL)');
  },
};
