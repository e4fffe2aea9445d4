import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { contactRecordSchema } from '../../src/api/contacts';
import { api, FRONT_DOOR, frontDoorIntake, OPEN_CASE } from './support';

// Practice calls (issue 6): a contact created with `training: true` works like any other contact, but a
// trainee's made-up call must never appear in the contacts list, the desk queue (which reads that list) or
// the contact export.

beforeEach(async () => {
  await resetStore();
});

const trainee = { name: 'Test trainee', role: 'call-handler' } as const;

async function create(body: object) {
  const response = await api('POST', '/api/contacts', { body, as: trainee });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return contactRecordSchema.parse(response.body);
}

describe('training contacts', () => {
  it('are created with the flag and run through the machine like any contact', async () => {
    const practice = await create({ ...FRONT_DOOR, training: true });
    expect(practice.training).toBe(true);
    expect(practice.state).toBe('intake.referrer');

    const saved = await api('PUT', `/api/contacts/${practice.id}/events`, { body: { version: 1, events: frontDoorIntake }, as: trainee });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ training: true, route: 'front-door', state: 'informationGathering' });
    // Deadlines come from the receivedAt the trainee's scenario set, as for a real call (DEC-TIMESCALE, Dorset 24 h).
    expect(saved.body.deadlines).toContainEqual(expect.objectContaining({ deadline: 'decision', due: '2026-03-05T10:15:00+00:00' }));
  });

  it('are left out of the contacts list and the export, and listed only with training=true', async () => {
    const real = await create(OPEN_CASE);
    const practice = await create({ ...FRONT_DOOR, training: true });

    const list = await api('GET', '/api/contacts', { as: trainee });
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([real.id]);
    const practiceList = await api('GET', '/api/contacts?training=true', { as: trainee });
    expect(practiceList.body.items.map((c: { id: string }) => c.id)).toEqual([practice.id]);
    expect((await api('GET', '/api/contacts?training=false', { as: trainee })).body.items).toHaveLength(1);

    const exported = await api('GET', '/api/exports/contacts', { as: trainee });
    expect(exported.body.items.map((row: { reference: string }) => row.reference)).toEqual([real.reference]);

    // Reading one by id still works: the trainee's walk-through loads it.
    expect((await api('GET', `/api/contacts/${practice.id}`, { as: trainee })).body.training).toBe(true);
  });

  it('records a real contact without the flag at all', async () => {
    const real = await create(OPEN_CASE);
    expect(real).not.toHaveProperty('training');
  });

  it('refuses a training flag other than true and a bad list filter, naming the field', async () => {
    const bad = await api('POST', '/api/contacts', { body: { ...OPEN_CASE, training: 'yes' }, as: trainee });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'training', message: 'Send training: true for a practice call, or leave it out' }]);

    const badFilter = await api('GET', '/api/contacts?training=maybe', { as: trainee });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors.map((e: { field: string }) => e.field)).toEqual(['training']);
  });
});
