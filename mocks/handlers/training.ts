import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import type { Role } from '../../machines/contact/contact.schema';
import { attemptInputSchema, scoreAttempt } from '../../machines/training/score';
import { trainingScenarioSchema } from '../../machines/training/training.schema';
import { getContact } from '../db/contacts';
import { fingerprint, readIdempotencyKey } from '../db/idempotency';
import { serialised, write } from '../db/store';
import {
  ATTEMPT_MODES,
  attemptIdempotencyKey,
  attemptKey,
  authoredKey,
  findScenario,
  getAttempt,
  getAuthored,
  getShipped,
  listAttempts,
  listAuthored,
  resultsOf,
  shippedScenarios,
  summaryOf,
  type Attempt,
  type AttemptIdempotencyEntry,
  type AuthoredScenarioRecord,
} from '../db/training';
import { get } from '../db/store';
import { notFound, parseBody, parseQuery, Problem, requireRole, validationProblem, withProblems, type User } from '../problem';

// Training: scenarios (shipped and authored), attempts scored on the server, and the trainer's results.
// Attempts are scored by scoreAttempt from the trainee's own event log: a score in the request is ignored.

const TRAINERS: readonly Role[] = ['trainer'];

const versionSchema = z.int({ error: 'Send the version you last read, a whole number' }).min(1, { error: 'Send the version you last read, a whole number' });
const putBodySchema = z.strictObject({ version: versionSchema, scenario: trainingScenarioSchema });

// Not strict at the top: a client may echo a score or a debrief it showed; those fields are dropped, never stored.
const attemptBodySchema = z.object({
  scenarioId: z.string({ error: 'Send the id of the training scenario' }).min(1, { error: 'Send the id of the training scenario' }).max(200),
  mode: z.enum(ATTEMPT_MODES, { error: 'Send the mode: guided or assessed' }),
  contactId: z.string().min(1).max(100).optional(),
  input: attemptInputSchema,
});

const attemptsQuerySchema = z.object({ trainee: z.string().trim().min(1, { error: 'Name the trainee' }).max(200).optional() });

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers });

function canSee(user: User, attempt: Attempt) {
  return user.role === 'trainer' || attempt.trainee === user.name;
}

export const trainingHandlers = [
  http.get(
    '/api/training/scenarios',
    withProblems(async ({ request }) => {
      requireRole(request);
      const authored = await listAuthored();
      return json({
        items: [
          ...shippedScenarios.map((s) => summaryOf(s, 'shipped', 1)),
          ...authored.map((r) => summaryOf(r.scenario, 'authored', r.version)),
        ],
      });
    }),
  ),

  http.get(
    '/api/training/scenarios/:id',
    withProblems<{ id: string }>(async ({ request, params }) => {
      requireRole(request);
      const found = await findScenario(String(params.id));
      if (!found) throw notFound('The training scenario');
      return json(found);
    }),
  ),

  http.post(
    '/api/training/scenarios',
    withProblems(async ({ request }) => {
      // Who is asking (401), what they sent (400), then whether their role may do it (403).
      requireRole(request);
      const scenario = await parseBody(request, trainingScenarioSchema);
      const user = requireRole(request, TRAINERS);
      return serialised(async () => {
        if (getShipped(scenario.id) || (await getAuthored(scenario.id))) {
          throw new Problem(409, 'id-taken', 'A training scenario with this id already exists', {
            detail: 'Choose another id for the new scenario.',
            errors: [{ field: 'id', message: 'This id is already used by another scenario' }],
          });
        }
        const now = new Date().toISOString();
        const record: AuthoredScenarioRecord = { scenario, version: 1, createdBy: user, createdAt: now, updatedBy: user, updatedAt: now };
        await write([[authoredKey(scenario.id), record]]);
        return json({ scenario, source: 'authored', version: 1 }, 201, { Location: `/api/training/scenarios/${scenario.id}` });
      });
    }),
  ),

  http.put(
    '/api/training/scenarios/:id',
    withProblems<{ id: string }>(async ({ request, params }) => {
      requireRole(request);
      const body = await parseBody(request, putBodySchema);
      const user = requireRole(request, TRAINERS);
      const id = String(params.id);
      if (getShipped(id)) {
        throw new Problem(409, 'shipped-scenario', 'Shipped scenarios cannot be changed', {
          detail: 'Save a copy under a new id and edit that instead.',
        });
      }
      if (!(await getAuthored(id))) throw notFound('The training scenario');
      if (body.scenario.id !== id) {
        throw validationProblem([{ field: 'scenario.id', message: `Must stay “${id}”: to save under a new id, create a new scenario` }]);
      }
      return serialised(async () => {
        const stored = await getAuthored(id);
        if (!stored) throw notFound('The training scenario');
        if (stored.version !== body.version) {
          throw new Problem(409, 'version-conflict', 'Someone else changed this scenario since you opened it', {
            detail: 'Reload it to see the latest version, then make your changes again.',
            extensions: { currentVersion: stored.version },
          });
        }
        const record: AuthoredScenarioRecord = { ...stored, scenario: body.scenario, version: stored.version + 1, updatedBy: user, updatedAt: new Date().toISOString() };
        await write([[authoredKey(id), record]]);
        return json({ scenario: record.scenario, source: 'authored', version: record.version });
      });
    }),
  ),

  http.delete(
    '/api/training/scenarios/:id',
    withProblems<{ id: string }>(async ({ request, params }) => {
      requireRole(request, TRAINERS);
      const id = String(params.id);
      if (getShipped(id)) throw new Problem(409, 'shipped-scenario', 'Shipped scenarios cannot be deleted');
      return serialised(async () => {
        if (!(await getAuthored(id))) throw notFound('The training scenario');
        await write([], [authoredKey(id)]);
        return new HttpResponse(null, { status: 204 });
      });
    }),
  ),

  http.post(
    '/api/training/attempts',
    withProblems(async ({ request }) => {
      const user = requireRole(request);
      const key = readIdempotencyKey(request, false);
      const body = await parseBody(request, attemptBodySchema);
      const found = await findScenario(body.scenarioId);
      if (!found) throw validationProblem([{ field: 'scenarioId', message: 'No training scenario has this id' }]);
      if (found.scenario.kind !== body.input.kind) {
        throw validationProblem([
          { field: 'input.kind', message: `This scenario is ${found.scenario.kind === 'contact' ? 'a contact' : 'an information request'}: send a ${found.scenario.kind} attempt` },
        ]);
      }
      if (body.contactId !== undefined && !(await getContact(body.contactId))) {
        throw validationProblem([{ field: 'contactId', message: 'No contact has this id' }]);
      }
      // The request as it means it: the same attempt sent again by the same person is a retry.
      const requestFingerprint = fingerprint({ user: user.name, scenarioId: body.scenarioId, mode: body.mode, contactId: body.contactId ?? null, input: body.input });
      return serialised(async () => {
        if (key !== undefined) {
          const earlier = await get<AttemptIdempotencyEntry>(attemptIdempotencyKey(key));
          if (earlier && earlier.fingerprint !== requestFingerprint) {
            throw new Problem(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different request', {
              detail: 'Send a new key for a new attempt; send the same key only to retry exactly the same request.',
              errors: [{ field: 'Idempotency-Key', message: 'Already used for a different request' }],
            });
          }
          const attempt = earlier ? await getAttempt(earlier.attemptId) : undefined;
          if (attempt) return json({ attempt }, 200);
        }
        const debrief = scoreAttempt(found.scenario, body.input);
        const attempt: Attempt = {
          id: crypto.randomUUID(),
          scenarioId: found.scenario.id,
          scenarioTitle: found.scenario.title,
          authority: found.scenario.authority,
          kind: found.scenario.kind,
          trainee: user.name,
          role: user.role,
          mode: body.mode,
          at: new Date().toISOString(),
          ...(body.contactId !== undefined ? { contactId: body.contactId } : {}),
          percent: debrief.percent,
          passed: debrief.passed,
          breaches: debrief.items.filter((i) => i.result === 'breach').length,
          debrief,
          input: body.input,
        };
        await write([
          [attemptKey(attempt.id), attempt],
          ...(key !== undefined ? [[attemptIdempotencyKey(key), { fingerprint: requestFingerprint, attemptId: attempt.id }] as [string, unknown]] : []),
        ]);
        return json({ attempt }, 201, { Location: `/api/training/attempts/${attempt.id}` });
      });
    }),
  ),

  http.get(
    '/api/training/attempts',
    withProblems(async ({ request }) => {
      const user = requireRole(request);
      const { trainee } = parseQuery(request, attemptsQuerySchema);
      if (trainee !== undefined && trainee !== user.name && user.role !== 'trainer') {
        throw new Problem(403, 'forbidden', 'Only a trainer can see another trainee’s attempts', { detail: 'This needs the trainer role.' });
      }
      const who = trainee ?? user.name;
      const items = (await listAttempts()).filter((a) => a.trainee === who);
      return json({ items });
    }),
  ),

  http.get(
    '/api/training/attempts/:id',
    withProblems<{ id: string }>(async ({ request, params }) => {
      const user = requireRole(request);
      const attempt = await getAttempt(String(params.id));
      if (!attempt) throw notFound('The attempt');
      if (!canSee(user, attempt)) {
        throw new Problem(403, 'forbidden', 'This is another trainee’s attempt', { detail: 'Only the trainee and trainers can see it.' });
      }
      return json(attempt);
    }),
  ),

  http.get(
    '/api/training/results',
    withProblems(async ({ request }) => {
      requireRole(request, TRAINERS);
      return json(resultsOf(await listAttempts()));
    }),
  ),
];
