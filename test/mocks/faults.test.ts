import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { faults } from '../../mocks/faults';
import { listContacts, createContact } from '../../src/api/contacts';
import { DEFAULT_REQUEST_TIMEOUT_MS, isRetryable, NetworkError, ProblemError, setRequestTimeout } from '../../src/api/problem';
import { api, OPEN_CASE } from './support';

// The mock backend's fault injection, as a test or the dev panel uses it: each kind of fault, per route or
// for everything, for the next N requests or until cleared; and what the API client makes of each.

beforeEach(async () => {
  await resetStore();
  faults.clear();
});

afterEach(() => {
  faults.clear();
  setRequestTimeout(DEFAULT_REQUEST_TIMEOUT_MS);
});

const contactCount = async () => (await api('GET', '/api/contacts')).body.items.length as number;

describe('fault injection in the mock backend', () => {
  it('answers a 500 problem for the next N matching requests, then lets them through', async () => {
    faults.add({ kind: 'server-error', method: 'POST', path: '/api/contacts', remaining: 2 });

    for (let i = 0; i < 2; i++) {
      const failed = await api('POST', '/api/contacts', { body: OPEN_CASE });
      expect(failed.status).toBe(500);
      expect(failed.contentType).toBe('application/problem+json');
      expect(failed.body.title).toBe('Something went wrong on the server');
    }
    // Another route and another method were never affected.
    expect(await contactCount()).toBe(0);
    expect((await api('POST', '/api/contacts', { body: OPEN_CASE })).status).toBe(201);
    expect(faults.list()).toEqual([]);
  });

  it('fails every matching request until cleared when no count is given, and only matching ones', async () => {
    faults.add({ kind: 'server-error', path: '/api/contacts/:id/events' });
    const created = await api('POST', '/api/contacts', { body: OPEN_CASE });
    expect(created.status).toBe(201);
    for (let i = 0; i < 3; i++) {
      expect((await api('PUT', `/api/contacts/${created.body.id}/events`, { body: { version: 1, events: [] } })).status).toBe(500);
    }
    faults.clear();
    expect((await api('PUT', `/api/contacts/${created.body.id}/events`, { body: { version: 1, events: [] } })).status).toBe(200);
  });

  it('offline: the request fails with a network error the client reports as retryable', async () => {
    faults.add({ kind: 'offline' });
    await expect(fetch(new URL('/api/authorities', location.origin))).rejects.toThrow();
    const error = await listContacts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isRetryable(error)).toBe(true);
  });

  it('slow: the real answer comes, after the wait', async () => {
    faults.add({ kind: 'slow', delayMs: 30, remaining: 1 });
    const response = await api('POST', '/api/contacts', { body: OPEN_CASE });
    expect(response.status).toBe(201);
    expect(await contactCount()).toBe(1);
  });

  it('timeout: the client gives up, calls it a network failure, and nothing was stored', async () => {
    setRequestTimeout(50);
    faults.add({ kind: 'timeout', delayMs: 2_000, remaining: 1 });
    const error = await createContact(OPEN_CASE, 'key-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toMatch(/did not answer in time/);
    expect(await contactCount()).toBe(0);
  });

  it('timeout with a lost answer: the server did the work, and a retry with the same key creates nothing more', async () => {
    setRequestTimeout(50);
    faults.add({ kind: 'timeout', delayMs: 2_000, remaining: 1, lostAnswer: true });
    await expect(createContact(OPEN_CASE, 'key-2')).rejects.toBeInstanceOf(NetworkError);
    expect(await contactCount()).toBe(1);
    const retried = await createContact(OPEN_CASE, 'key-2');
    expect(retried.reference).toBe('FD-DER-000001');
    expect(await contactCount()).toBe(1);
  });

  it('refuses a fault that is not valid, naming the field, and keeps the ones already set', () => {
    faults.add({ kind: 'offline', path: '/api/children' });
    expect(() => faults.add({ kind: 'slow', path: '/elsewhere' })).toThrow(/path/);
    expect(() => faults.add({ kind: 'server-error', remaining: 0 })).toThrow(/remaining/);
    expect(faults.list()).toHaveLength(1);
  });

  it('keeps the faults in sessionStorage, so a reload of the tab keeps them', () => {
    faults.add({ kind: 'server-error', path: '/api/contacts/:id/events', remaining: 3 });
    const stored = JSON.parse(sessionStorage.getItem('front-door:faults') ?? '[]');
    expect(stored).toMatchObject([{ kind: 'server-error', path: '/api/contacts/:id/events', remaining: 3 }]);
    faults.reload();
    expect(faults.list()).toMatchObject([{ kind: 'server-error', remaining: 3 }]);
  });

  it('a server error reaches the client as a retryable ProblemError with the problem title', async () => {
    faults.add({ kind: 'server-error', remaining: 1 });
    const error = await listContacts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(500);
    expect(isRetryable(error)).toBe(true);
  });
});
