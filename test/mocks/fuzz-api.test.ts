import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { faults } from '../../mocks/faults';
import { apiHandlers, handlers } from '../../mocks/handlers';
import { CHILD_RECORDS } from '../../mocks/seed/children';
import { shippedScenarios } from '../../mocks/db/training';
import { perfectAttempt } from '../../machines/training/score';
import { api, FRONT_DOOR, frontDoorIntake, OPEN_CASE, openCaseIntake } from './support';
import {
  anyJson,
  badBodyText,
  callerHeaders,
  checkAnswer,
  endpointsOf,
  fillPath,
  idParam,
  mutated,
  queryString,
  send,
  storeSnapshot,
  validateStore,
} from './fuzz-support';

// Random and malformed requests to every mock endpoint: random JSON, wrong types, huge strings, missing and
// extra fields, bodies that are not JSON, bad or missing headers, odd ids and query strings. Whatever comes
// in, the backend answers (never a 5xx, never a throw), every error is a problem naming its fields, a refused
// request changes nothing, and everything stored still passes the schemas afterwards.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely and checked by the schemas
type Loose = any;

const CALLER = { 'X-User': 'Fuzz caller', 'X-Role': 'call-handler', 'Content-Type': 'application/json' };

/** Ids of what the seed below stores, for path parameters that hit real records. */
interface Seeded {
  contact: string[];
  child: string[];
  authority: string[];
  infoRequest: string[];
  trainingScenario: string[];
  attempt: string[];
  /** The draft contact's version now (read fresh: fuzzed requests may move it on). */
  version: () => Promise<number>;
}

async function seed(): Promise<Seeded> {
  await resetStore();
  const ok = async (response: Promise<{ status: number; body: Loose }>) => {
    const { status, body } = await response;
    if (status >= 300) throw new Error(`seeding failed: ${status} ${JSON.stringify(body)}`);
    return body;
  };
  const draft = await ok(api('POST', '/api/contacts', { body: FRONT_DOOR }));
  const open = await ok(api('POST', '/api/contacts', { body: OPEN_CASE }));
  await ok(api('PUT', `/api/contacts/${open.id}/events`, { body: { version: 1, events: openCaseIntake } }));
  await ok(api('POST', `/api/contacts/${open.id}/submit`, { body: { version: 2 }, headers: { 'Idempotency-Key': 'seed-submit' } }));
  const request = await ok(api('POST', '/api/info-requests', { body: INFO_REQUEST }));
  const authored = await ok(api('POST', '/api/training/scenarios', { body: AUTHORED, as: { name: 'Fuzz trainer', role: 'trainer' } }));
  const attempt = await ok(api('POST', '/api/training/attempts', { body: ATTEMPT }));
  return {
    contact: [draft.id, open.id],
    child: CHILD_RECORDS.slice(0, 3).map((c) => c.id),
    authority: ['dorset', 'hertfordshire'],
    infoRequest: [request.id],
    trainingScenario: [authored.scenario.id, SHIPPED.id],
    attempt: [attempt.attempt.id],
    version: async () => (await api('GET', `/api/contacts/${draft.id}`)).body.version as number,
  };
}

const INFO_REQUEST = {
  authority: 'hertfordshire',
  receivedAt: '2026-03-04T10:15:00+00:00',
  requester: { agency: 'police', purpose: 'safeguarding', replyTo: 'officer@police.example', identityInDoubt: false, writtenConsent: false, reasonGiven: true },
  subject: { status: 'unknown' },
};

const SHIPPED = shippedScenarios[0]!;
const AUTHORED = { ...SHIPPED, id: 'fuzz-authored-scenario' };
const ATTEMPT = { scenarioId: SHIPPED.id, mode: 'assessed', input: perfectAttempt(SHIPPED) };

interface Entry {
  /** Query parameter names the endpoint reads. */
  query?: string[];
  /** A valid body, to be broken one field at a time. */
  body?: (s: Seeded) => Promise<unknown> | unknown;
  /** Which seeded ids fill `:id`. */
  ids?: (s: Seeded) => string[];
}

/**
 * Every endpoint, with what the fuzzer needs to aim at it. A handler added to mocks/handlers without an entry
 * here fails the first test below, so no endpoint is left out of the fuzzing by accident.
 */
const ENTRIES: Record<string, Entry> = {
  'GET /api/authorities': {},
  'GET /api/authorities/:id': { ids: (s) => s.authority },
  'POST /api/contacts': { body: () => FRONT_DOOR },
  'GET /api/contacts': { query: ['authority', 'status', 'training'] },
  'GET /api/contacts/:id': { ids: (s) => s.contact },
  'PUT /api/contacts/:id/events': { ids: (s) => s.contact, body: async (s) => ({ version: await s.version(), events: frontDoorIntake }) },
  'POST /api/contacts/:id/submit': { ids: (s) => s.contact, body: async (s) => ({ version: await s.version() }) },
  'GET /api/contacts/:id/audit': { ids: (s) => s.contact },
  'GET /api/exports/contacts': {},
  'GET /api/children': { query: ['q', 'authority'] },
  'GET /api/children/:id': { ids: (s) => s.child },
  'POST /api/demo/reset': {},
  'POST /api/info-requests': { body: () => INFO_REQUEST },
  'GET /api/info-requests': {},
  'GET /api/info-requests/:id': { ids: (s) => s.infoRequest },
  'GET /api/training/scenarios': {},
  'GET /api/training/scenarios/:id': { ids: (s) => s.trainingScenario },
  'POST /api/training/scenarios': { body: () => ({ ...SHIPPED, id: 'fuzz-new-scenario' }) },
  'PUT /api/training/scenarios/:id': { ids: (s) => s.trainingScenario, body: () => ({ version: 1, scenario: AUTHORED }) },
  'DELETE /api/training/scenarios/:id': { ids: (s) => s.trainingScenario },
  'POST /api/training/attempts': { body: () => ATTEMPT },
  'GET /api/training/attempts': { query: ['trainee'] },
  'GET /api/training/attempts/:id': { ids: (s) => s.attempt },
  'GET /api/training/results': {},
};

const endpoints = endpointsOf(apiHandlers);
const RUNS = 25;

beforeEach(() => faults.clear());

describe('fuzzing every mock endpoint', () => {
  it('has a fuzz entry for every handler, and the fault handler in front of them all', () => {
    expect(endpoints.filter((e) => !(e in ENTRIES)), 'handlers with no entry in ENTRIES').toEqual([]);
    expect(Object.keys(ENTRIES).filter((e) => !endpoints.includes(e)), 'entries for handlers that no longer exist').toEqual([]);
    expect(handlers.slice(1)).toEqual(apiHandlers);
  });

  describe.each(endpoints)('%s', (endpoint) => {
    const [method = 'GET', pattern = '/'] = endpoint.split(' ');
    const entry = ENTRIES[endpoint] ?? {};

    it('answers any request without a 5xx, with problems naming fields, and changes nothing it refuses', async () => {
      const seeded = await seed();
      const ids = entry.ids?.(seeded) ?? ['none'];
      const valid = entry.body ? await entry.body(seeded) : undefined;
      const bodyArb = fc.oneof(
        fc.constant(undefined),
        badBodyText,
        anyJson.map((v) => JSON.stringify(v)),
        ...(valid === undefined ? [] : [mutated(valid).map((m) => JSON.stringify(m.body))]),
      );
      await fc.assert(
        fc.asyncProperty(callerHeaders, idParam(ids), queryString(entry.query ?? ['q']), bodyArb, async (headers, id, query, body) => {
          const path = fillPath(pattern, { id }) + query;
          const before = await storeSnapshot();
          const answer = await send(method, path, headers, body);
          const what = `${method} ${path.slice(0, 120)} headers=${JSON.stringify(headers).slice(0, 200)} body=${String(body).slice(0, 200)}`;
          checkAnswer(answer, what);
          if (answer.status >= 400) expect(await storeSnapshot(), `${what} was refused but changed the store`).toBe(before);
        }),
        { numRuns: RUNS },
      );
      await validateStore();
      // Seconds on an idle machine; the limit is for a loaded CI runner, where the replaying endpoints are slow.
    }, 30_000);

    if (entry.body) {
      it('answers a broken body with 400 naming the field, and stores nothing from it', async () => {
        const seeded = await seed();
        const ids = entry.ids?.(seeded) ?? ['none'];
        const valid = await entry.body!(seeded);
        const path = fillPath(pattern, { id: ids[0] ?? 'none' });
        const headers = { ...CALLER, 'Idempotency-Key': 'fuzz-key' };
        // Not JSON, or JSON that is not an object: always a 400 on the body.
        await fc.assert(
          fc.asyncProperty(badBodyText, async (text) => {
            const before = await storeSnapshot();
            const answer = await send(method, path, headers, text);
            checkAnswer(answer, `${endpoint} body=${text.slice(0, 80)}`);
            expect(answer.status, `${endpoint} body=${text.slice(0, 80)}`).toBe(400);
            expect(JSON.parse(answer.text).errors.length).toBeGreaterThan(0);
            expect(await storeSnapshot()).toBe(before);
          }),
          { numRuns: 15 },
        );
        // One field broken: refused with a problem (the field named), or accepted only if it is still valid,
        // which the store validation then checks.
        await fc.assert(
          fc.asyncProperty(mutated(valid), async ({ body, what }) => {
            const freshValid = await entry.body!(seeded);
            const sent = JSON.parse(JSON.stringify(body).replace(/"version":\d+/, `"version":${(freshValid as { version?: number }).version ?? 1}`));
            const before = await storeSnapshot();
            const answer = await send(method, path, { ...headers, 'Idempotency-Key': `fuzz-${Math.random()}` }, JSON.stringify(sent));
            checkAnswer(answer, `${endpoint} ${what}`);
            if (answer.status >= 400) expect(await storeSnapshot(), `${endpoint} ${what}`).toBe(before);
            if (answer.status === 400) {
              const fields = (JSON.parse(answer.text).errors as { field: string }[]).map((e) => e.field);
              expect(fields.every((f) => f.length > 0)).toBe(true);
            }
          }),
          { numRuns: RUNS },
        );
        await validateStore();
      }, 30_000);
    }
  });
});
