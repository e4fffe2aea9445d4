import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { contactListSchema, contactRecordSchema } from '../../src/api/contacts';
import {
  api,
  FRONT_DOOR,
  frontDoorIntake,
  manager,
  managerDecision,
  OPEN_CASE,
  openCaseIntake,
  screening,
} from './support';

// The contacts API through real fetch against the msw/node server, as the app would call it.

beforeEach(async () => {
  await resetStore();
});

const PROBLEM = 'application/problem+json';

async function createContact(body: object = OPEN_CASE, headers: Record<string, string> = {}) {
  const response = await api('POST', '/api/contacts', { body, headers });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function saveEvents(id: string, version: number, events: unknown[], as = undefined as undefined | typeof manager) {
  return api('PUT', `/api/contacts/${id}/events`, { body: { version, events }, ...(as ? { as } : {}) });
}

async function submit(id: string, version: number, key: string) {
  return api('POST', `/api/contacts/${id}/submit`, { body: { version }, headers: { 'Idempotency-Key': key } });
}

describe('POST /api/contacts', () => {
  it('creates a draft contact with a per-authority reference and the machine’s starting state', async () => {
    const response = await api('POST', '/api/contacts', { body: OPEN_CASE });

    expect(response.status).toBe(201);
    const record = contactRecordSchema.parse(response.body);
    expect(response.headers.get('Location')).toBe(`/api/contacts/${record.id}`);
    expect(record).toMatchObject({
      reference: 'FD-DER-000001',
      authority: 'derbyshire',
      channel: 'email',
      receivedAt: OPEN_CASE.receivedAt,
      status: 'draft',
      version: 1,
      events: [],
      createdBy: { name: 'Test call handler', role: 'call-handler' },
      state: 'intake.referrer',
      path: ['intake.referrer'],
    });
    expect(record.route).toBeUndefined();

    expect((await createContact()).reference).toBe('FD-DER-000002');
    expect((await createContact(FRONT_DOOR)).reference).toBe('FD-DOR-000001');
  });

  it('answers a retry with the same Idempotency-Key with the first contact instead of a second one', async () => {
    const headers = { 'Idempotency-Key': 'create-1' };
    const first = await createContact(OPEN_CASE, headers);
    // The same request with its keys in another order is the same request.
    const reordered = { receivedAt: OPEN_CASE.receivedAt, channel: OPEN_CASE.channel, authority: OPEN_CASE.authority };
    const retry = await api('POST', '/api/contacts', { body: reordered, headers });

    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retry.body).toEqual(first);
    expect((await api('GET', '/api/contacts')).body.items).toHaveLength(1);

    const misuse = await api('POST', '/api/contacts', { body: FRONT_DOOR, headers });
    expect(misuse.status).toBe(422);
    expect(misuse.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'Already used for a different request' }]);
    expect((await api('GET', '/api/contacts')).body.items).toHaveLength(1);
  });

  it('refuses invalid fields with a problem naming each one, and stores nothing', async () => {
    const response = await api('POST', '/api/contacts', {
      body: { authority: 'atlantis', channel: 'pigeon', receivedAt: '2026-03-04 10:15', colour: 'red' },
    });

    expect(response.status).toBe(400);
    expect(response.contentType).toBe(PROBLEM);
    expect(response.body).toMatchObject({ status: 400, title: 'There is a problem with the request' });
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'authority',
      'channel',
      'colour',
      'receivedAt',
    ]);
    expect(response.body.errors).toContainEqual({
      field: 'receivedAt',
      message: 'Must be an ISO 8601 date and time with an offset, like 2026-03-04T10:15:00+00:00',
    });
    expect((await api('GET', '/api/contacts')).body.items).toEqual([]);
  });

  it('answers a body that is not JSON with a 400 on (body)', async () => {
    const response = await api('POST', '/api/contacts', { rawBody: '{"authority": ' });

    expect(response.status).toBe(400);
    expect(response.contentType).toBe(PROBLEM);
    expect(response.body.errors).toEqual([{ field: '(body)', message: 'The request body is not valid JSON' }]);
  });
});

describe('GET /api/contacts', () => {
  it('lists summaries newest first, with the decision deadline, filtered by authority and status', async () => {
    const older = await createContact(FRONT_DOOR);
    const newer = await createContact(OPEN_CASE);
    const routed = await saveEvents(older.id, 1, frontDoorIntake);
    expect(routed.status).toBe(200);

    const all = contactListSchema.parse((await api('GET', '/api/contacts')).body);
    expect(all.items.map((c) => c.reference)).toEqual([newer.reference, older.reference]);
    const dorset = all.items[1];
    expect(dorset).toMatchObject({ authority: 'dorset', status: 'draft', state: 'informationGathering', route: 'front-door' });
    // Dorset decides within 24 hours of receipt (DEC-TIMESCALE).
    expect(dorset?.decisionDue).toBe('2026-03-05T10:15:00+00:00');

    const filtered = await api('GET', '/api/contacts?authority=dorset&status=draft');
    expect(filtered.body.items.map((c: { id: string }) => c.id)).toEqual([older.id]);
    expect((await api('GET', '/api/contacts?status=submitted')).body.items).toEqual([]);
  });

  it('refuses an unknown filter value', async () => {
    const response = await api('GET', '/api/contacts?status=lost&authority=narnia');

    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['authority', 'status']);
  });
});

describe('GET /api/contacts/:id', () => {
  it('returns the stored contact', async () => {
    const created = await createContact();
    const response = await api('GET', `/api/contacts/${created.id}`);

    expect(response.status).toBe(200);
    expect(response.body).toEqual(created);
  });

  it('answers 404 problems for an unknown id and for a malformed one', async () => {
    for (const id of ['0b8f8a4e-3f8e-4a7e-9a36-3c1f2b7d9e10', 'not-a-contact', '1%27%20OR%201%3D1']) {
      const response = await api('GET', `/api/contacts/${id}`);
      expect(response.status).toBe(404);
      expect(response.contentType).toBe(PROBLEM);
      expect(response.body).toMatchObject({ status: 404, title: 'The contact was not found' });
    }
  });
});

describe('PUT /api/contacts/:id/events', () => {
  it('stores a valid intake and returns what the machine derived from it', async () => {
    const created = await createContact();
    const response = await saveEvents(created.id, 1, openCaseIntake);

    expect(response.status).toBe(200);
    const record = contactRecordSchema.parse(response.body);
    expect(record).toMatchObject({
      version: 2,
      events: openCaseIntake,
      state: 'allocatedWorker',
      route: 'allocated-worker',
      identity: 'named',
      actions: [],
      path: ['intake.referrer', 'intake.children', 'intake.concern', 'intake.parents', 'routing', 'allocatedWorker'],
    });
    expect(record.rules).toContain('INT-OPEN');
    expect((await api('GET', `/api/contacts/${created.id}`)).body).toEqual(response.body);
  });

  it('fills in the schema defaults, so the stored log is what the machine replayed', async () => {
    const created = await createContact();
    const response = await saveEvents(created.id, 1, [{ type: 'referrer.identified', referrer: { type: 'professional', agency: 'school' } }]);

    expect(response.status).toBe(200);
    expect(response.body.events).toEqual([openCaseIntake[0]]);
    expect(response.body.state).toBe('intake.children');
  });

  it('refuses invalid events with every field error, prefixed by the event’s position', async () => {
    const created = await createContact();
    const response = await saveEvents(created.id, 1, [
      { type: 'referrer.identified', referrer: { type: 'professional' } },
      { type: 'children.recorded', children: [] },
      { type: 'answer.shouted' },
    ]);

    expect(response.status).toBe(400);
    expect(response.contentType).toBe(PROBLEM);
    expect(response.body.errors).toEqual([
      { field: 'events.0.referrer.agency', message: 'Select the professional’s agency' },
      { field: 'events.1.children', message: 'Add at least one child' },
      { field: 'events.2.type', message: expect.stringContaining('Invalid discriminator value') },
    ]);
    // Nothing that failed validation reaches the store.
    expect((await api('GET', `/api/contacts/${created.id}`)).body).toMatchObject({ version: 1, events: [] });
  });

  it('answers 409 with the current version when the contact was changed elsewhere', async () => {
    const created = await createContact();
    expect((await saveEvents(created.id, 1, openCaseIntake.slice(0, 1))).status).toBe(200);

    const stale = await saveEvents(created.id, 1, openCaseIntake.slice(0, 2));

    expect(stale.status).toBe(409);
    expect(stale.contentType).toBe(PROBLEM);
    expect(stale.body).toMatchObject({ status: 409, title: 'This contact was changed elsewhere', currentVersion: 2 });
    expect((await api('GET', `/api/contacts/${created.id}`)).body.events).toHaveLength(1);
  });

  it('treats re-sending the stored log as a no-op, even from an older version (a retried save)', async () => {
    const created = await createContact();
    const saved = await saveEvents(created.id, 1, openCaseIntake);
    const again = await saveEvents(created.id, 1, openCaseIntake);

    expect(again.status).toBe(200);
    expect(again.body).toEqual(saved.body);
  });

  it('answers 422 naming the first event the procedure does not allow where it stands', async () => {
    const created = await createContact(FRONT_DOOR);
    const outOfOrder = await saveEvents(created.id, 1, [frontDoorIntake[1]]);

    expect(outOfOrder.status).toBe(422);
    expect(outOfOrder.contentType).toBe(PROBLEM);
    expect(outOfOrder.body).toMatchObject({
      title: 'The procedure does not allow this step here',
      state: 'intake.referrer',
      errors: [{ field: 'events.0', message: 'children.recorded is not a step of the procedure here' }],
    });

    // A decision before screening (DEC-*): the decision is only taken once checks are done.
    const early = await saveEvents(created.id, 1, [...frontDoorIntake, managerDecision], manager);
    expect(early.status).toBe(422);
    expect(early.body.errors[0].field).toBe('events.4');
    expect((await api('GET', `/api/contacts/${created.id}`)).body.version).toBe(1);
  });

  it('lets only the role named in an authorisation record it', async () => {
    const created = await createContact(FRONT_DOOR);
    const asCallHandler = await saveEvents(created.id, 1, [...frontDoorIntake, ...screening, managerDecision]);

    expect(asCallHandler.status).toBe(403);
    expect(asCallHandler.body.errors).toEqual([
      {
        field: 'events.6.decision.authorisedBy',
        message: 'Recorded as authorised by a team manager, but you are signed in as a call handler',
      },
    ]);

    const asManager = await saveEvents(created.id, 1, [...frontDoorIntake, ...screening, managerDecision], manager);
    expect(asManager.status).toBe(200);
    expect(asManager.body).toMatchObject({ state: 'feedback', outcome: 'assessment' });
  });
});

describe('POST /api/contacts/:id/submit', () => {
  it('refuses a contact still in intake', async () => {
    const created = await createContact();
    await saveEvents(created.id, 1, openCaseIntake.slice(0, 2));
    const response = await submit(created.id, 2, 'submit-early');

    expect(response.status).toBe(422);
    expect(response.contentType).toBe(PROBLEM);
    expect(response.body).toMatchObject({ title: 'Finish the intake questions first', state: 'intake.concern' });
  });

  it('needs an Idempotency-Key', async () => {
    const created = await createContact();
    const response = await api('POST', `/api/contacts/${created.id}/submit`, { body: { version: 1 } });

    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('submits once however often the same submission is retried', async () => {
    const created = await createContact();
    await saveEvents(created.id, 1, openCaseIntake);

    const first = await submit(created.id, 2, 'submit-1');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'submitted', version: 3, submittedBy: { role: 'call-handler' } });
    expect(first.body.submittedAt).toEqual(expect.any(String));

    const retry = await submit(created.id, 2, 'submit-1');
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);

    const second = await submit(created.id, 3, 'submit-2');
    expect(second.status).toBe(409);
    expect(second.body.title).toBe('This contact has already been submitted');

    const submitted = await api('GET', '/api/contacts?status=submitted');
    expect(submitted.body.items).toHaveLength(1);
    expect((await api('GET', `/api/contacts/${created.id}`)).body.version).toBe(3);
  });

  it('answers 409 when the version is stale', async () => {
    const created = await createContact();
    await saveEvents(created.id, 1, openCaseIntake);
    const response = await submit(created.id, 1, 'submit-stale');

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ title: 'This contact was changed elsewhere', currentVersion: 2 });
  });
});

describe('a submitted contact', () => {
  async function submittedFrontDoorContact() {
    const created = await createContact(FRONT_DOOR);
    await saveEvents(created.id, 1, frontDoorIntake);
    const submitted = await submit(created.id, 2, `submit-${created.id}`);
    expect(submitted.status).toBe(200);
    return submitted.body;
  }

  it('takes screening and the decision added after its log', async () => {
    const contact = await submittedFrontDoorContact();
    const screened = await saveEvents(contact.id, contact.version, [...frontDoorIntake, ...screening]);
    expect(screened.status).toBe(200);
    expect(screened.body).toMatchObject({ status: 'submitted', state: 'decision', version: 4 });

    const decided = await saveEvents(
      contact.id,
      4,
      [...frontDoorIntake, ...screening, managerDecision, { type: 'feedback.sent' }],
      manager,
    );
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'closed', outcome: 'assessment' });
  });

  it('can only be added to', async () => {
    const contact = await submittedFrontDoorContact();
    const rewritten = [frontDoorIntake[0], { ...frontDoorIntake[1], children: [{ caseStatus: 'closed' }] }, ...frontDoorIntake.slice(2)];
    const response = await saveEvents(contact.id, contact.version, rewritten);

    expect(response.status).toBe(409);
    expect(response.contentType).toBe(PROBLEM);
    expect(response.body).toMatchObject({
      title: 'A submitted contact can only be added to',
      errors: [{ field: 'events.1', message: 'Differs from the submitted event at this position' }],
    });
    expect((await saveEvents(contact.id, contact.version, frontDoorIntake.slice(0, 3))).status).toBe(409);
  });

  it('cannot go back to the intake questions', async () => {
    const contact = await submittedFrontDoorContact();
    const response = await saveEvents(contact.id, contact.version, [
      ...frontDoorIntake,
      { type: 'answers.change', step: 'children' },
      frontDoorIntake[1],
    ]);

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      title: 'A submitted contact cannot go back to the intake questions',
      errors: [{ field: 'events.4', message: 'Goes back to the intake questions after submission' }],
    });
  });
});

describe('identity and roles', () => {
  it('answers 401 without a role, with an unknown role, or without a user', async () => {
    const cases = [
      { as: null },
      { as: { name: 'Someone' } },
      { as: { name: 'Someone', role: 'administrator' } },
      { as: { role: 'call-handler' } },
    ];
    for (const { as } of cases) {
      const response = await api('GET', '/api/contacts', { as });
      expect(response.status, JSON.stringify(as)).toBe(401);
      expect(response.contentType).toBe(PROBLEM);
      expect(response.body.title).toBe('Sign in to use Front Door');
    }
  });

  it('lets every role work contacts, trainers included, and records who did', async () => {
    for (const role of ['call-handler', 'social-worker', 'team-manager', 'trainer']) {
      const response = await api('POST', '/api/contacts', { body: OPEN_CASE, as: { name: `Zoë (${role})`, role } });
      expect(response.status).toBe(201);
      expect(response.body.createdBy).toEqual({ name: `Zoë (${role})`, role });
    }
  });
});

describe('POST /api/demo/reset', () => {
  it('removes every contact and restarts the references', async () => {
    await createContact();
    await createContact(OPEN_CASE, { 'Idempotency-Key': 'before-reset' });

    const reset = await api('POST', '/api/demo/reset', { as: { name: 'Trainer', role: 'trainer' } });
    expect(reset.status).toBe(204);
    expect((await api('GET', '/api/contacts')).body.items).toEqual([]);
    expect((await createContact()).reference).toBe('FD-DER-000001');
    // Idempotency records went with the contacts: the key starts afresh.
    expect((await api('POST', '/api/contacts', { body: OPEN_CASE, headers: { 'Idempotency-Key': 'before-reset' } })).status).toBe(201);
  });

  it('needs a role like everything else', async () => {
    expect((await api('POST', '/api/demo/reset', { as: null })).status).toBe(401);
  });
});
