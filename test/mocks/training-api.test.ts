import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { shippedProblems, shippedScenarios } from '../../mocks/db/training';
import { perfectAttempt, type AttemptInput, type ContactAttemptInput } from '../../machines/training/score';
import { trainingScenarioSchema, type TrainingScenario } from '../../machines/training/training.schema';
import { api, FRONT_DOOR, type Caller } from './support';

// The training API through real fetch against the msw/node server, as the training pages call it.

beforeEach(async () => {
  await resetStore();
});

const PROBLEM = 'application/problem+json';
const trainer: Caller = { name: 'Test trainer', role: 'trainer' };
const trainee: Caller = { name: 'Trainee One', role: 'call-handler' };
const otherTrainee: Caller = { name: 'Trainee Two', role: 'call-handler' };

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../training/scenarios');
// Parsed as the backend parses it, so defaults (unborn: false...) are filled in on both sides.
const shippedFile = (id: string) => trainingScenarioSchema.parse(JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8')));

const SUNDAY = 'her-training-sunday-evening-anonymous';
const sunday = shippedFile(SUNDAY);
const authored = (id = 'my-own-anonymous-call'): TrainingScenario => ({ ...sunday, id, title: 'My own anonymous call' });

const perfect = perfectAttempt(sunday) as ContactAttemptInput;
const breach: AttemptInput = { ...perfect, wrapUp: { ...perfect.wrapUp, tellFamilyWhoCalled: true } };

async function postAttempt(input: AttemptInput, as: Caller = trainee, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return api('POST', '/api/training/attempts', { body: { scenarioId: SUNDAY, mode: 'assessed', input, ...extra }, as, headers });
}

describe('shipped scenarios in the mock backend', () => {
  it('loads every file in training/scenarios, each valid', () => {
    expect(shippedProblems).toEqual([]);
    expect(shippedScenarios.map((s) => s.id)).toContain(SUNDAY);
    expect(shippedScenarios.length).toBeGreaterThanOrEqual(28);
  });
});

describe('GET /api/training/scenarios', () => {
  it('lists shipped scenarios first, then authored ones, with what a trainee chooses by', async () => {
    await api('POST', '/api/training/scenarios', { body: authored(), as: trainer });
    const response = await api('GET', '/api/training/scenarios', { as: trainee });

    expect(response.status).toBe(200);
    const items = response.body.items as { id: string; source: string }[];
    expect(items.length).toBe(shippedScenarios.length + 1);
    expect(items.at(-1)).toMatchObject({ id: 'my-own-anonymous-call', source: 'authored', version: 1 });
    expect(items.slice(0, -1).every((i) => i.source === 'shipped')).toBe(true);
    expect(items.find((i) => i.id === SUNDAY)).toEqual({
      id: SUNDAY,
      title: sunday.title,
      kind: 'contact',
      authority: 'hertfordshire',
      difficulty: 'introductory',
      goals: sunday.training.goals,
      ruleFocus: sunday.training.ruleFocus,
      source: 'shipped',
      version: 1,
    });
  });

  it('needs someone signed in', async () => {
    const response = await api('GET', '/api/training/scenarios', { as: null });
    expect(response.status).toBe(401);
    expect(response.contentType).toBe(PROBLEM);
  });
});

describe('GET /api/training/scenarios/:id', () => {
  it('returns a shipped scenario whole, and 404 for an unknown id', async () => {
    const response = await api('GET', `/api/training/scenarios/${SUNDAY}`, { as: trainee });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ scenario: sunday, source: 'shipped', version: 1 });

    const missing = await api('GET', '/api/training/scenarios/no-such-scenario', { as: trainee });
    expect(missing.status).toBe(404);
    expect(missing.body.title).toMatch(/not found/);
  });
});

describe('authoring: POST, PUT, DELETE /api/training/scenarios', () => {
  it('a trainer creates a scenario, then edits it with the version they read', async () => {
    const created = await api('POST', '/api/training/scenarios', { body: authored(), as: trainer });
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toBe('/api/training/scenarios/my-own-anonymous-call');
    expect(created.body).toMatchObject({ source: 'authored', version: 1, scenario: { id: 'my-own-anonymous-call' } });

    const edited = await api('PUT', '/api/training/scenarios/my-own-anonymous-call', {
      body: { version: 1, scenario: { ...authored(), title: 'Renamed' } },
      as: trainer,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, scenario: { title: 'Renamed' } });
    expect((await api('GET', '/api/training/scenarios/my-own-anonymous-call', { as: trainee })).body).toMatchObject({ version: 2, source: 'authored' });
  });

  it('refuses anyone but a trainer, naming the role needed', async () => {
    const response = await api('POST', '/api/training/scenarios', { body: authored(), as: trainee });
    expect(response.status).toBe(403);
    expect(response.body.detail).toContain('trainer');
    expect((await api('DELETE', `/api/training/scenarios/${SUNDAY}`, { as: trainee })).status).toBe(403);
    expect((await api('GET', '/api/training/scenarios/my-own-anonymous-call', { as: trainee })).status).toBe(404);
  });

  it('refuses a bad scenario with the fields named', async () => {
    const bad = { ...authored(), training: { ...sunday.training, difficulty: 'easy', lines: [{ question: 'referrer.mood', says: 'Fine', when: 'if-asked' }] } };
    const response = await api('POST', '/api/training/scenarios', { body: bad, as: trainer });

    expect(response.status).toBe(400);
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['training.difficulty']));
    const notJson = await api('POST', '/api/training/scenarios', { rawBody: '{ nope', as: trainer });
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors).toEqual([{ field: '(body)', message: expect.any(String) }]);
  });

  it('names a question the authority does not have', async () => {
    const bad = { ...authored(), training: { ...sunday.training, lines: [...sunday.training.lines, { question: 'referrer.weather', says: 'Rain', when: 'if-asked' }] } };
    const response = await api('POST', '/api/training/scenarios', { body: bad, as: trainer });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: `training.lines.${sunday.training.lines.length}.question`, message: expect.stringContaining('not a question') }]);
  });

  it('409 when the id is taken, by a shipped or an authored scenario', async () => {
    const shippedId = await api('POST', '/api/training/scenarios', { body: sunday, as: trainer });
    expect(shippedId.status).toBe(409);
    expect(shippedId.body.errors).toEqual([{ field: 'id', message: expect.any(String) }]);
    await api('POST', '/api/training/scenarios', { body: authored(), as: trainer });
    expect((await api('POST', '/api/training/scenarios', { body: authored(), as: trainer })).status).toBe(409);
  });

  it('409 for editing a shipped scenario (save a copy) or a stale version; 400 if the id changes; 404 if missing', async () => {
    const shipped = await api('PUT', `/api/training/scenarios/${SUNDAY}`, { body: { version: 1, scenario: sunday }, as: trainer });
    expect(shipped.status).toBe(409);
    expect(shipped.body.detail).toMatch(/copy under a new id/);

    await api('POST', '/api/training/scenarios', { body: authored(), as: trainer });
    await api('PUT', '/api/training/scenarios/my-own-anonymous-call', { body: { version: 1, scenario: authored() }, as: trainer });
    const stale = await api('PUT', '/api/training/scenarios/my-own-anonymous-call', { body: { version: 1, scenario: authored() }, as: trainer });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);

    const renamed = await api('PUT', '/api/training/scenarios/my-own-anonymous-call', { body: { version: 2, scenario: authored('another-id') }, as: trainer });
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors).toEqual([{ field: 'scenario.id', message: expect.any(String) }]);

    const missing = await api('PUT', '/api/training/scenarios/not-there', { body: { version: 1, scenario: authored('not-there') }, as: trainer });
    expect(missing.status).toBe(404);
  });

  it('deletes an authored scenario only', async () => {
    await api('POST', '/api/training/scenarios', { body: authored(), as: trainer });
    expect((await api('DELETE', '/api/training/scenarios/my-own-anonymous-call', { as: trainer })).status).toBe(204);
    expect((await api('GET', '/api/training/scenarios/my-own-anonymous-call', { as: trainer })).status).toBe(404);
    expect((await api('DELETE', '/api/training/scenarios/my-own-anonymous-call', { as: trainer })).status).toBe(404);
    expect((await api('DELETE', `/api/training/scenarios/${SUNDAY}`, { as: trainer })).status).toBe(409);
  });
});

describe('POST /api/training/attempts', () => {
  it('scores the attempt on the server and stores it for the trainee', async () => {
    const response = await postAttempt(perfect);

    expect(response.status).toBe(201);
    const { attempt } = response.body;
    expect(response.headers.get('Location')).toBe(`/api/training/attempts/${attempt.id}`);
    expect(attempt).toMatchObject({
      scenarioId: SUNDAY,
      scenarioTitle: sunday.title,
      authority: 'hertfordshire',
      kind: 'contact',
      trainee: 'Trainee One',
      role: 'call-handler',
      mode: 'assessed',
      percent: 100,
      passed: true,
      breaches: 0,
    });
    expect(attempt.debrief.expectedPath).toEqual(attempt.debrief.traineePath);
  });

  it('ignores a score sent by the client: a breach fails whatever the client claims', async () => {
    const response = await postAttempt(breach, trainee, { percent: 100, passed: true, breaches: 0, debrief: { percent: 100 } });

    expect(response.status).toBe(201);
    expect(response.body.attempt).toMatchObject({ passed: false, breaches: 1 });
    const item = response.body.attempt.debrief.items.find((i: { id: string }) => i.id === 'wrapup:tell-family');
    expect(item).toMatchObject({ result: 'breach', rules: expect.arrayContaining(['ANON-PUBLIC-MAY']) });
    const stored = await api('GET', `/api/training/attempts/${response.body.attempt.id}`, { as: trainee });
    expect(stored.body.passed).toBe(false);
  });

  it('with the same Idempotency-Key a retry returns the first attempt; a different body with it is refused', async () => {
    const first = await postAttempt(perfect, trainee, {}, { 'Idempotency-Key': 'attempt-1' });
    const retry = await postAttempt(perfect, trainee, {}, { 'Idempotency-Key': 'attempt-1' });
    expect(retry.status).toBe(200);
    expect(retry.body.attempt.id).toBe(first.body.attempt.id);
    expect((await api('GET', '/api/training/attempts', { as: trainee })).body.items).toHaveLength(1);

    const reused = await postAttempt(breach, trainee, {}, { 'Idempotency-Key': 'attempt-1' });
    expect(reused.status).toBe(422);
    expect(reused.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
  });

  it('refuses a bad attempt with the fields named', async () => {
    const badEvent = await postAttempt({ ...perfect, events: [{ type: 'referrer.identified', referrer: { type: 'alien' } }] } as unknown as AttemptInput);
    expect(badEvent.status).toBe(400);
    expect(badEvent.body.errors.map((e: { field: string }) => e.field)).toContain('input.events.0.referrer.type');

    const noMode = await api('POST', '/api/training/attempts', { body: { scenarioId: SUNDAY, input: perfect }, as: trainee });
    expect(noMode.body.errors).toEqual([{ field: 'mode', message: expect.any(String) }]);

    const unknownScenario = await api('POST', '/api/training/attempts', { body: { scenarioId: 'nope', mode: 'guided', input: perfect }, as: trainee });
    expect(unknownScenario.status).toBe(400);
    expect(unknownScenario.body.errors).toEqual([{ field: 'scenarioId', message: expect.any(String) }]);

    const wrongKind = await api('POST', '/api/training/attempts', {
      body: { scenarioId: SUNDAY, mode: 'guided', input: { kind: 'info-request', requester: { agency: 'police', purpose: 'safeguarding', replyTo: 'a@b.gov.uk' }, subject: { status: 'open' }, asked: [] } },
      as: trainee,
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors).toEqual([{ field: 'input.kind', message: expect.stringContaining('contact') }]);

    const noContact = await postAttempt(perfect, trainee, { contactId: 'not-a-contact' });
    expect(noContact.body.errors).toEqual([{ field: 'contactId', message: expect.any(String) }]);

    expect((await postAttempt(perfect, null as unknown as Caller)).status).toBe(401);
    expect((await api('GET', '/api/training/attempts', { as: trainee })).body.items).toEqual([]);
  });

  it('links the practice contact when it exists', async () => {
    const contact = await api('POST', '/api/contacts', { body: { ...FRONT_DOOR, training: true }, as: trainee });
    const response = await postAttempt(perfect, trainee, { contactId: contact.body.id });
    expect(response.status).toBe(201);
    expect(response.body.attempt.contactId).toBe(contact.body.id);
  });
});

describe('GET /api/training/attempts', () => {
  it('is each trainee’s own history, newest first; a trainer may ask for anyone’s', async () => {
    const a = await postAttempt(perfect, trainee);
    const b = await postAttempt(breach, trainee);
    await postAttempt(perfect, otherTrainee);

    const own = await api('GET', '/api/training/attempts', { as: trainee });
    expect(own.status).toBe(200);
    const items = own.body.items as { id: string; at: string; trainee: string }[];
    expect(items.map((i) => i.id).sort()).toEqual([a.body.attempt.id, b.body.attempt.id].sort());
    expect(items.map((i) => i.at)).toEqual(items.map((i) => i.at).sort().reverse());
    expect(items.every((i) => i.trainee === 'Trainee One')).toBe(true);
    expect((await api('GET', '/api/training/attempts', { as: otherTrainee })).body.items).toHaveLength(1);

    const forTrainer = await api('GET', '/api/training/attempts?trainee=Trainee%20One', { as: trainer });
    expect(forTrainer.body.items).toHaveLength(2);
    const snooping = await api('GET', '/api/training/attempts?trainee=Trainee%20One', { as: otherTrainee });
    expect(snooping.status).toBe(403);
  });

  it('one attempt: its trainee and trainers may read it, no one else; 404 when missing', async () => {
    const { body } = await postAttempt(perfect, trainee);
    const id = body.attempt.id as string;
    expect((await api('GET', `/api/training/attempts/${id}`, { as: trainee })).status).toBe(200);
    expect((await api('GET', `/api/training/attempts/${id}`, { as: trainer })).status).toBe(200);
    expect((await api('GET', `/api/training/attempts/${id}`, { as: otherTrainee })).status).toBe(403);
    expect((await api('GET', '/api/training/attempts/nope', { as: trainer })).status).toBe(404);
  });
});

describe('GET /api/training/results', () => {
  it('aggregates by scenario, rule and trainee for trainers only', async () => {
    await postAttempt(perfect, trainee);
    await postAttempt(breach, trainee);
    await postAttempt(breach, otherTrainee);

    expect((await api('GET', '/api/training/results', { as: trainee })).status).toBe(403);
    const response = await api('GET', '/api/training/results', { as: trainer });
    expect(response.status).toBe(200);
    const { byScenario, byRule, byTrainee, recent } = response.body;

    expect(byScenario).toEqual([{ scenarioId: SUNDAY, title: sunday.title, authority: 'hertfordshire', attempts: 3, meanPercent: expect.any(Number), passRate: 0.33 }]);
    expect(byScenario[0].meanPercent).toBeLessThan(100);
    expect(byRule[0]).toMatchObject({ breaches: 2, scenarios: [SUNDAY] });
    expect(byRule.map((r: { rule: string }) => r.rule)).toContain('ANON-PUBLIC-MAY');
    expect(byTrainee).toEqual([
      { trainee: 'Trainee One', attempts: 2, meanPercent: expect.any(Number), lastAt: expect.any(String), passed: 1 },
      { trainee: 'Trainee Two', attempts: 1, meanPercent: expect.any(Number), lastAt: expect.any(String), passed: 0 },
    ]);
    expect(recent).toHaveLength(3);
  });
});

describe('POST /api/demo/reset', () => {
  it('removes authored scenarios and attempts, and seeds demo attempts scored by the machines', async () => {
    await api('POST', '/api/training/scenarios', { body: authored(), as: trainer });
    await postAttempt(perfect, trainee);

    expect((await api('POST', '/api/demo/reset', { as: trainer })).status).toBe(204);

    expect((await api('GET', '/api/training/scenarios/my-own-anonymous-call', { as: trainer })).status).toBe(404);
    expect((await api('GET', '/api/training/attempts', { as: trainee })).body.items).toEqual([]);
    const { body } = await api('GET', '/api/training/results', { as: trainer });
    expect(body.byTrainee.length).toBeGreaterThanOrEqual(3);
    expect(body.recent.some((a: { passed: boolean }) => a.passed)).toBe(true);
    expect(body.recent.some((a: { breaches: number }) => a.breaches > 0)).toBe(true);
    expect(body.byRule.map((r: { rule: string }) => r.rule)).toEqual(expect.arrayContaining(['CONSENT-MANAGER-OVERRIDE', 'INT-HUB']));
  });
});
