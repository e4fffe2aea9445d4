import fc from 'fast-check';
import { HttpHandler, type RequestHandler } from 'msw';
import { z } from 'zod';
import { contactEventSchema } from '../../machines/contact/contact.schema';
import { replayContact } from '../../machines/contact/replay';
import { dottedState, inputOf, type ContactRecord } from '../../mocks/db/contacts';
import { list } from '../../mocks/db/store';
import { getShipped } from '../../mocks/db/training';
import { attemptInputSchema, scoreAttempt } from '../../machines/training/score';
import { trainingScenarioSchema } from '../../machines/training/training.schema';
import { auditEntrySchema } from '../../src/api/audit';
import { contactRecordSchema } from '../../src/api/contacts';
import { infoRequestRecordSchema } from '../../src/api/info-requests';

// Shared by the fuzz tests: the list of mock endpoints (read off the handlers themselves, so a new handler
// shows up without anyone remembering to add it), arbitraries for hostile requests, and a validator for
// everything the mock backend has stored.

/** `METHOD /path` of every HTTP handler in a list (MSW path patterns, e.g. `GET /api/contacts/:id`). */
export function endpointsOf(handlers: readonly RequestHandler[]): string[] {
  const names = handlers
    .filter((h): h is HttpHandler => h instanceof HttpHandler)
    .map((h) => `${String(h.info.method)} ${String(h.info.path)}`);
  return [...new Set(names)].sort();
}

/** A path pattern with its `:params` filled in. */
export function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? 'missing'));
}

// --- Arbitraries ------------------------------------------------------------------------------------------

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
/** Header values must be Latin-1 without control characters, or fetch refuses them before the server sees them. */
export const headerText = fc.string({ unit: printable, maxLength: 40 });
export const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const weird = fc.constantFrom('', ' ', '\u0000', '\u202e', '🙂'.repeat(50), '<script>alert(1)</script>', '../../etc/passwd', '%', '%E0%A4%A', 'null', '[]', '{}');
export const anyString = fc.oneof(fc.string({ maxLength: 30 }), weird, fc.constant('a'.repeat(5_000)));
export const anyJson = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 53, -0, 1e308, true, false, null, [], {}) },
);

/** A body text that is not JSON at all, or is JSON of the wrong kind. */
export const badBodyText = fc.oneof(
  fc.constantFrom('', ' ', 'not json', '{', '{"a":', '[1,2', 'undefined', 'NaN', '\u0000', '{"version": 1,}', "{'a': 1}"),
  fc.string({ maxLength: 50 }).filter((s) => {
    try {
      const v: unknown = JSON.parse(s);
      return typeof v !== 'object' || v === null;
    } catch {
      return true;
    }
  }),
  hugeString,
  fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)).map((v) => JSON.stringify(v)),
);

type Json = unknown;

/** Every path to a value inside a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  }
  return [];
}

function setAt(value: Json, path: (string | number)[], op: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  op(parent, path[path.length - 1] as string | number);
  return copy;
}

export interface Mutation {
  body: Json;
  /** What was done, for the failure message. */
  what: string;
}

/** A valid body broken in one place: a field removed, given a random value or a huge string, or one added. */
export function mutated(valid: Json): fc.Arbitrary<Mutation> {
  const paths = pathsOf(valid);
  const at = fc.constantFrom(...paths);
  return fc.oneof(
    at.map((path) => ({ body: setAt(valid, path, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])), what: `removed ${path.join('.')}` })),
    fc.tuple(at, anyJson).map(([path, v]) => ({ body: setAt(valid, path, (p, k) => void (p[k] = v)), what: `${path.join('.')} = ${JSON.stringify(v)?.slice(0, 60)}` })),
    at.chain((path) => hugeString.map((v) => ({ body: setAt(valid, path, (p, k) => void (p[k] = v)), what: `${path.join('.')} = huge string` }))),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyJson).map(([key, v]) => ({
      body: valid && typeof valid === 'object' && !Array.isArray(valid) ? { ...(valid as object), [`x-${key}`]: v } : valid,
      what: `extra field x-${key}`,
    })),
  );
}

/** Who is asking: sometimes properly, often not. */
export const callerHeaders = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ 'X-User': 'Fuzz caller', 'X-Role': 'call-handler' } as Record<string, string>) },
  { weight: 1, arbitrary: fc.constant({ 'X-User': 'Fuzz manager', 'X-Role': 'team-manager' } as Record<string, string>) },
  {
    weight: 3,
    arbitrary: fc
      .record(
        {
          'X-User': fc.oneof(headerText, fc.constant('%E0%A4%A'), fc.constant('a'.repeat(3_000)), fc.constant('')),
          'X-Role': fc.oneof(fc.constantFrom('call-handler', 'social-worker', 'team-manager', 'trainer', 'admin', 'CALL-HANDLER', ''), headerText),
          'Idempotency-Key': fc.oneof(headerText, fc.constant('k'.repeat(300)), fc.uuid()),
          'Content-Type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'garbage'),
        },
        { requiredKeys: [] },
      )
      .map((h) => h as Record<string, string>),
  },
);

/** A path parameter: a real id, or anything else. */
export const idParam = (real: readonly string[]) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: anyString.filter((s) => s !== '') },
    { weight: 1, arbitrary: fc.constant('x'.repeat(2_000)) },
  );

export const queryString = (known: readonly string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 10 })), fc.oneof(anyString, fc.constantFrom('true', 'false', 'draft', 'submitted', 'dorset'))), {
      maxLength: 4,
    })
    .map((pairs) => {
      const params = new URLSearchParams();
      for (const [k, v] of pairs) params.append(k, v);
      const text = params.toString();
      return text ? `?${text}` : '';
    });

// --- Sending ----------------------------------------------------------------------------------------------

export interface Sent {
  status: number;
  contentType: string | null;
  text: string;
}

export async function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Sent> {
  const response = await fetch(new URL(path, location.origin), {
    method,
    headers,
    ...(body !== undefined && method !== 'GET' && method !== 'HEAD' ? { body } : {}),
  });
  return { status: response.status, contentType: response.headers.get('Content-Type'), text: await response.text() };
}

const problemSchema = z.looseObject({
  type: z.string().min(1),
  title: z.string().min(1),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(z.strictObject({ field: z.string().min(1), message: z.string().min(1) })).optional(),
});

/** The contract every answer keeps, whatever was sent: no 5xx, and every error a problem naming its fields. */
export function checkAnswer(answer: Sent, what: string): void {
  if (answer.status >= 500) throw new Error(`${what}: answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (answer.status >= 400) {
    if (answer.contentType !== 'application/problem+json') throw new Error(`${what}: ${answer.status} without a problem body (${answer.contentType})`);
    const problem = problemSchema.safeParse(JSON.parse(answer.text));
    if (!problem.success) throw new Error(`${what}: malformed problem ${answer.text.slice(0, 300)}`);
    if (problem.data.status !== answer.status) throw new Error(`${what}: problem status ${problem.data.status} on a ${answer.status}`);
    if (answer.status === 400 && (problem.data.errors?.length ?? 0) === 0) throw new Error(`${what}: a 400 that names no field`);
  } else if (answer.status !== 204 && answer.text !== '') {
    JSON.parse(answer.text);
  }
}

// --- The store --------------------------------------------------------------------------------------------

const idempotencyEntrySchema = z.strictObject({
  operation: z.enum(['create-contact', 'submit-contact']),
  fingerprint: z.string().min(1),
  contactId: z.uuid(),
  at: z.iso.datetime(),
});

const auditLogSchema = z.strictObject({ events: z.array(z.string()), entries: z.array(auditEntrySchema) });

/**
 * Validators for every kind of key the mock backend stores, by key prefix. A store holding a value under
 * another prefix fails `validateStore`: a new kind of record must come with its validator here.
 */
export const STORED: Record<string, (value: unknown) => void> = {
  'contact:': (value) => {
    const record = contactRecordSchema.parse(value);
    for (const event of record.events) contactEventSchema.parse(event);
    // Stored derived fields must be what the log replays to: nothing derived comes from a request.
    const { snapshot, rejectedAt } = replayContact(inputOf(record), record.events as never);
    if (rejectedAt !== undefined) throw new Error(`contact ${record.id}: stored log is refused at event ${rejectedAt}`);
    if (dottedState(snapshot.value) !== record.state) throw new Error(`contact ${record.id}: state ${record.state} is not what its log replays to`);
    if ((value as ContactRecord).version < 1) throw new Error('version below 1');
  },
  'sequence:': (value) => void z.int().min(1).parse(value),
  'idempotency:': (value) => void idempotencyEntrySchema.parse(value),
  'audit:': (value) => void auditLogSchema.parse(value),
  'info-request:': (value) => void infoRequestRecordSchema.parse(value),
  'training-scenario:': (value) => {
    const record = z.object({ scenario: trainingScenarioSchema, version: z.int().min(1) }).parse(value);
    if (getShipped(record.scenario.id)) throw new Error(`authored scenario ${record.scenario.id} shadows a shipped one`);
  },
  'training-attempt:': (value) => {
    const attempt = z.object({ scenarioId: z.string(), percent: z.number().min(0).max(100), debrief: z.unknown(), input: attemptInputSchema }).parse(value);
    // The score must be the server's own: scoring the stored input again gives the stored debrief.
    const scenario = getShipped(attempt.scenarioId);
    if (scenario && JSON.stringify(scoreAttempt(scenario, attempt.input)) !== JSON.stringify(attempt.debrief)) {
      throw new Error(`attempt on ${attempt.scenarioId}: stored debrief is not what its input scores`);
    }
  },
  'training-idempotency:': (value) => void z.strictObject({ fingerprint: z.string().min(1), attemptId: z.uuid() }).parse(value),
};

/** Every stored value, validated by the schema for its kind; throws naming the first that fails. */
export async function validateStore(): Promise<number> {
  const all = await list<unknown>('');
  let seen = 0;
  for (const [prefix, validate] of Object.entries(STORED)) {
    const values = await list<unknown>(prefix);
    seen += values.length;
    for (const value of values) {
      try {
        validate(value);
      } catch (error) {
        throw new Error(`stored ${prefix} value is not valid: ${(error as Error).message.slice(0, 500)}\n${JSON.stringify(value).slice(0, 500)}`);
      }
    }
  }
  if (seen !== all.length) {
    throw new Error(`the store holds ${all.length - seen} value(s) under a key prefix with no validator: add it to STORED in test/mocks/fuzz-support.ts`);
  }
  return all.length;
}

/** The whole store as text, to compare before and after a refused request. */
export async function storeSnapshot(): Promise<string> {
  return JSON.stringify(await list<unknown>(''));
}
