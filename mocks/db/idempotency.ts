import { Problem, validationProblem } from '../problem';
import { get } from './store';

// Idempotency keys (after the IETF draft "The Idempotency-Key HTTP Header Field"): a client that retries a
// create or a submit after a lost response sends the same key, and gets the first outcome back instead of
// a second contact or a second submission. Reusing a key for a different request is refused.

export type IdempotentOperation = 'create-contact' | 'submit-contact';

export interface IdempotencyEntry {
  operation: IdempotentOperation;
  /** What the request asked for, canonically: a replay must ask for the same thing. */
  fingerprint: string;
  contactId: string;
  at: string;
}

const HEADER = 'Idempotency-Key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export const idempotencyStoreKey = (operation: IdempotentOperation, key: string) => `idempotency:${operation}:${key}`;

/** The Idempotency-Key header, validated; a missing header is a 400 only when `required`. */
export function readIdempotencyKey(request: Request, required: true): string;
export function readIdempotencyKey(request: Request, required: false): string | undefined;
export function readIdempotencyKey(request: Request, required: boolean): string | undefined {
  const key = request.headers.get(HEADER)?.trim();
  if (key === undefined || key === '') {
    if (!required) return undefined;
    throw validationProblem([{ field: HEADER, message: 'Send an Idempotency-Key header so that a retry is not a second request' }]);
  }
  if (!KEY_PATTERN.test(key)) {
    throw validationProblem([{ field: HEADER, message: 'Use 1 to 255 visible ASCII characters, for example a UUID' }]);
  }
  return key;
}

/** Canonical JSON: object keys sorted, so that the same request written in another key order matches. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * The contact an earlier request with this key produced, if any. The same key with a different request is
 * a 422: the client has a bug, and answering with the other request's result would hide it.
 */
export async function replayed(
  operation: IdempotentOperation,
  key: string | undefined,
  requestFingerprint: string,
): Promise<string | undefined> {
  if (key === undefined) return undefined;
  const entry = await get<IdempotencyEntry>(idempotencyStoreKey(operation, key));
  if (entry === undefined) return undefined;
  if (entry.fingerprint !== requestFingerprint) {
    throw new Problem(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different request', {
      detail: 'Send a new key for a new request; send the same key only to retry exactly the same request.',
      errors: [{ field: HEADER, message: 'Already used for a different request' }],
    });
  }
  return entry.contactId;
}

export function idempotencyRecord(
  operation: IdempotentOperation,
  key: string,
  requestFingerprint: string,
  contactId: string,
  at: string,
): [string, IdempotencyEntry] {
  return [idempotencyStoreKey(operation, key), { operation, fingerprint: requestFingerprint, contactId, at }];
}
