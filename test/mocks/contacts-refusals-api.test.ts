import { beforeEach, describe, expect, it } from 'vitest';
import type { ContactEventData } from '../../machines/contact/contact.schema';
import { resetStore } from '../../mocks/db/store';
import { api, FRONT_DOOR, frontDoorIntake, manager, screening, type Caller } from './support';

// A step the contact machine refuses is never stored: the mock backend answers 403 naming the role when
// the refusal is about who acts, 422 otherwise, always with the rule id, and the version stays where it was.

beforeEach(async () => {
  await resetStore();
});

const socialWorker: Caller = { name: 'Test social worker', role: 'social-worker' };
const LEICESTER = { authority: 'leicester', channel: 'phone', receivedAt: '2026-03-04T10:15:00+00:00' } as const;
const leicesterIntake: ContactEventData[] = frontDoorIntake;
const decide = (outcome: string, authorisedBy: 'manager' | 'social-worker'): ContactEventData =>
  ({ type: 'decision.recorded', decision: { outcome, authorisedBy, at: '2026-03-04T15:00:00+00:00' } }) as ContactEventData;

async function contactAt(input: object, events: ContactEventData[], as: Caller = manager) {
  const created = await api('POST', '/api/contacts', { body: input });
  const saved = await api('PUT', `/api/contacts/${created.body.id}/events`, { body: { version: 1, events }, as });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body as { id: string; version: number; events: ContactEventData[]; rules: string[] };
}

async function append(record: { id: string; version: number; events: ContactEventData[] }, event: ContactEventData, as: Caller) {
  return api('PUT', `/api/contacts/${record.id}/events`, { body: { version: record.version, events: [...record.events, event] }, as });
}

describe('refused steps are answered with the rule, and nothing is stored', () => {
  it('a social worker’s decision where a team manager must authorise: 403 naming the role and DEC-MANAGER', async () => {
    const record = await contactAt(FRONT_DOOR, [...frontDoorIntake, ...screening], socialWorker);
    const response = await append(record, decide('assessment', 'social-worker'), socialWorker);

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      title: 'Only a team manager can do this',
      rules: ['DEC-MANAGER'],
      requiredRoles: ['team-manager'],
      state: 'decision',
      errors: [{ field: `events.${record.events.length}.decision.authorisedBy`, message: 'In Dorset a team manager must authorise the decision (DEC-MANAGER)' }],
    });
    const after = await api('GET', `/api/contacts/${record.id}`);
    expect(after.body.version).toBe(record.version);
    expect(after.body.state).toBe('decision');
    // Nor does the audit trail record it.
    const audit = await api('GET', `/api/contacts/${record.id}/audit`);
    expect(audit.body.items.map((e: { event: string }) => e.event)).not.toContain('decision.recorded');
  });

  it('an outcome the authority does not have: 422 with DEC-OUTCOMES on the outcome field', async () => {
    const record = await contactAt(FRONT_DOOR, [...frontDoorIntake, ...screening]);
    const response = await append(record, decide('closure-at-referral', 'manager'), manager);

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      rules: ['DEC-OUTCOMES'],
      errors: [{ field: `events.${record.events.length}.decision.outcome`, message: 'Dorset does not have this outcome (DEC-OUTCOMES)' }],
    });
  });

  it('Leicester’s sibling referral: the screening manager’s decision is stored; a social worker’s is refused, 403 with LEI-SIBLINGS', async () => {
    const record = await contactAt(LEICESTER, [...leicesterIntake, ...screening, decide('assessment', 'manager')]);
    const siblings = (by: string): ContactEventData =>
      ({ type: 'siblings.referred', referral: { by, siblings: 1, progress: true, at: '2026-03-04T16:00:00+00:00' } }) as ContactEventData;

    // The sender's role must be the one the event names (a social worker cannot record a manager's decision)...
    const impersonating = await append(record, siblings('team-manager'), socialWorker);
    expect(impersonating.status).toBe(403);
    expect(impersonating.body.errors[0].field).toBe(`events.${record.events.length}.referral.by`);
    // ...and the machine refuses a social worker's own.
    const refused = await append(record, siblings('social-worker'), socialWorker);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ rules: ['LEI-SIBLINGS'], requiredRoles: ['team-manager'] });

    const accepted = await append(record, siblings('team-manager'), manager);
    expect(accepted.status).toBe(200);
    expect(accepted.body.rules).toContain('LEI-SIBLINGS');
  });

  it('Leicester’s closure at referral is not closed before its summary: 422 with LEI-CLOSURE-AT-REFERRAL', async () => {
    const record = await contactAt(LEICESTER, [...leicesterIntake, ...screening, decide('closure-at-referral', 'manager')]);
    const early = await append(record, { type: 'feedback.sent' }, manager);
    expect(early.status).toBe(422);
    expect(early.body.rules).toEqual(['LEI-CLOSURE-AT-REFERRAL']);

    const closure: ContactEventData = {
      type: 'closure.recorded',
      closure: { agreedWith: 'early-help', summary: 'Early help can meet the need', discussion: 'Agreed with the early help team manager' },
    };
    const summarised = await append(record, closure, socialWorker);
    expect(summarised.status).toBe(200);
    const closed = await append(summarised.body, { type: 'feedback.sent' }, socialWorker);
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
  });
});
