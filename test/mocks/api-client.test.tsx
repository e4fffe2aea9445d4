import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../mocks/db/store';
import { server } from '../../mocks/node';
import { useChildSearch } from '../../src/api/children';
import { contactKeys, createContact, useCreateContact, useSaveEvents, useSubmitContact } from '../../src/api/contacts';
import { DEFAULT_SESSION, fetchJson, NetworkError, ProblemError, setSession } from '../../src/api/problem';
import { api, OPEN_CASE, openCaseIntake } from './support';

// The client half of the contract: headers sent, problems parsed, and which failures the hooks retry.

beforeEach(async () => {
  await resetStore();
  setSession(DEFAULT_SESSION);
});

afterEach(() => setSession(DEFAULT_SESSION));

function wrapper() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return { queryClient, Wrapper };
}

/** Counts the requests that reach a route, letting them through to the real mock handler. */
function countRequests(method: 'put' | 'post', path: string) {
  const seen: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === method.toUpperCase() && new URL(request.url).pathname.endsWith(path)) seen.push(request.clone());
  });
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('fetchJson', () => {
  it('says who is asking, from the session', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get('/api/test/whoami', ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({});
      }),
    );
    setSession({ name: 'Łucja Thistlecombe', role: 'team-manager' });
    await fetchJson('/api/test/whoami', (await import('zod')).z.object({}));

    expect(headers?.get('X-Role')).toBe('team-manager');
    expect(decodeURIComponent(headers?.get('X-User') ?? '')).toBe('Łucja Thistlecombe');
  });

  it('throws a ProblemError with the title, status and field errors', async () => {
    const error = await createContact({ ...OPEN_CASE, receivedAt: 'yesterday' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    const problem = error as ProblemError;
    expect(problem.status).toBe(400);
    expect(problem.message).toBe('There is a problem with the request');
    expect(problem.fieldError('receivedAt')).toMatch(/ISO 8601/);
  });

  it('keeps extension members such as currentVersion', async () => {
    const created = await createContact(OPEN_CASE);
    await api('PUT', `/api/contacts/${created.id}/events`, { body: { version: 1, events: openCaseIntake.slice(0, 1) } });
    const error = (await fetchJson(`/api/contacts/${created.id}/events`, (await import('zod')).z.unknown(), {
      method: 'PUT',
      body: { version: 1, events: openCaseIntake.slice(0, 2) },
    }).catch((e: unknown) => e)) as ProblemError;

    expect(error.status).toBe(409);
    expect(error.extensions.currentVersion).toBe(2);
  });

  it('turns an answer that is not a problem, and a failed connection, into errors too', async () => {
    server.use(
      http.get('/api/test/plain-500', () => new HttpResponse('oops', { status: 502, statusText: 'Bad Gateway' })),
      http.get('/api/test/offline', () => HttpResponse.error()),
    );
    const { z } = await import('zod');

    const plain = (await fetchJson('/api/test/plain-500', z.unknown()).catch((e: unknown) => e)) as ProblemError;
    expect(plain).toBeInstanceOf(ProblemError);
    expect(plain.status).toBe(502);
    expect(await fetchJson('/api/test/offline', z.unknown()).catch((e: unknown) => e)).toBeInstanceOf(NetworkError);
  });
});

describe('useSaveEvents', () => {
  it('retries server errors with backoff and stores the saved contact in the cache', async () => {
    const created = await createContact(OPEN_CASE);
    let failures = 2;
    server.use(
      http.put('/api/contacts/:id/events', () => {
        if (failures <= 0) return undefined; // fall through to the real handler
        failures -= 1;
        return HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 });
      }),
    );
    const { queryClient, Wrapper } = wrapper();
    const { result } = renderHook(() => useSaveEvents(created.id), { wrapper: Wrapper });

    let saved: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      saved = await result.current.mutateAsync({ version: 1, events: openCaseIntake });
    });

    expect(failures).toBe(0);
    expect(saved).toMatchObject({ version: 2, route: 'allocated-worker' });
    expect(queryClient.getQueryData(contactKeys.detail(created.id))).toEqual(saved);
  });

  it('does not retry a 4xx', async () => {
    const created = await createContact(OPEN_CASE);
    const seen = countRequests('put', '/events');
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useSaveEvents(created.id), { wrapper: Wrapper });

    act(() => result.current.mutate({ version: 7, events: openCaseIntake }));

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect((result.current.error as ProblemError).status).toBe(409);
    expect(seen).toHaveLength(1);
  });
});

describe('useSubmitContact', () => {
  it('retries with the same Idempotency-Key, and the server submits once', async () => {
    const created = await createContact(OPEN_CASE);
    await api('PUT', `/api/contacts/${created.id}/events`, { body: { version: 1, events: openCaseIntake } });
    const seen = countRequests('post', '/submit');
    // The first answer is lost after the server has submitted: the client only sees a network error.
    let lost = false;
    server.use(
      http.post('/api/contacts/:id/submit', async ({ request }) => {
        if (lost) return undefined;
        lost = true;
        await api('POST', new URL(request.url).pathname, {
          body: await request.clone().json(),
          headers: { 'Idempotency-Key': request.headers.get('Idempotency-Key') ?? '' },
        });
        return HttpResponse.error();
      }),
    );
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useSubmitContact(created.id), { wrapper: Wrapper });

    let submitted: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
    await act(async () => {
      submitted = await result.current.mutateAsync({ version: 2 });
    });

    expect(submitted).toMatchObject({ status: 'submitted', version: 3 });
    const keys = seen.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect((await api('GET', `/api/contacts/${created.id}`)).body.version).toBe(3);
  });
});

describe('useCreateContact', () => {
  it('creates one contact when the same answers are sent twice', async () => {
    const { Wrapper } = wrapper();
    const { result } = renderHook(() => useCreateContact(), { wrapper: Wrapper });

    const ids: string[] = [];
    await act(async () => {
      ids.push((await result.current.mutateAsync({ ...OPEN_CASE })).id);
      ids.push((await result.current.mutateAsync({ ...OPEN_CASE })).id);
    });

    expect(ids[0]).toBe(ids[1]);
    expect((await api('GET', '/api/contacts')).body.items).toHaveLength(1);
  });
});

describe('useChildSearch', () => {
  it('does not search until 2 characters are typed', async () => {
    const { Wrapper } = wrapper();
    const { result, rerender } = renderHook(({ q }) => useChildSearch(q), { wrapper: Wrapper, initialProps: { q: 'M' } });

    expect(result.current.fetchStatus).toBe('idle');
    rerender({ q: 'Marr' });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.items.map((c) => c.name)).toEqual(['Digby Marrowby']);
  });
});
