import { delay, getResponse, http, HttpResponse, matchRequestUrl, type RequestHandler } from 'msw';
import { z } from 'zod';
import { problemResponse } from './problem';

// Fault injection for the mock backend: make some or all /api requests fail the way a real network and
// server fail (a 500, a slow answer, no answer at all, no connection), so that tests and people can see
// what the app does about it. One handler placed in front of every other (mocks/handlers/index.ts) looks
// each request up in a list of faults; a request no fault matches goes on to the real handlers untouched.
//
// Switched from tests (import `faults` in Node; `window.__frontDoorFaults` in the browser, set up by
// mocks/browser.ts, for Playwright's page.evaluate) and from the dev panel at /dev/faults. In a browser
// the list is kept in sessionStorage, so it survives a reload of that tab and no other tab is affected.

export const FAULT_KINDS = ['server-error', 'slow', 'timeout', 'offline'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const FAULT_LABELS: Record<FaultKind, string> = {
  'server-error': 'Server error (500)',
  slow: 'Slow answer',
  timeout: 'No answer (timeout)',
  offline: 'Offline (network error)',
};

const METHODS = ['*', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

export const faultSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(FAULT_KINDS),
  /** `*` for every method. */
  method: z.enum(METHODS).default('*'),
  /** An MSW path pattern: `/api/*`, `/api/contacts/:id/events`. */
  path: z
    .string()
    .trim()
    .regex(/^\/api(\/|$)/, { error: 'Start the path with /api' })
    .default('/api/*'),
  /** How many more matching requests fail; absent: every one until the fault is removed. */
  remaining: z.int().min(1).optional(),
  /** `slow`: the wait before the real answer. `timeout`: the wait before the connection drops (the client usually gives up first). */
  delayMs: z.int().min(0).max(600_000).optional(),
  /** `server-error`: the status to answer with. */
  status: z.int().min(500).max(599).optional(),
  /** `timeout`: the backend does the work and only the answer is lost (what makes a retry dangerous). */
  lostAnswer: z.boolean().optional(),
});
export type Fault = z.output<typeof faultSchema>;
export type FaultInput = Omit<z.input<typeof faultSchema>, 'id'> & { id?: string };

export const DEFAULT_SLOW_MS = 2_000;
/** Long enough for any client to give up: the point of a timeout is an answer that never comes. */
export const DEFAULT_TIMEOUT_MS = 60_000;

const STORAGE_KEY = 'front-door:faults';

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' && typeof window.sessionStorage !== 'undefined' ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

function load(): Fault[] {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (!raw) return [];
    const parsed = z.array(faultSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

let active: Fault[] = load();
const listeners = new Set<() => void>();
let counter = 0;

function commit(next: Fault[]) {
  active = next;
  try {
    const store = storage();
    if (next.length === 0) store?.removeItem(STORAGE_KEY);
    else store?.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // sessionStorage full or blocked: the faults still apply until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

/** Matches `method` and `path` against a request; exported for the panel's "which requests" preview and tests. */
export function faultMatches(fault: Pick<Fault, 'method' | 'path'>, request: Pick<Request, 'method' | 'url'>): boolean {
  if (fault.method !== '*' && fault.method !== request.method.toUpperCase()) return false;
  const url = new URL(request.url);
  return matchRequestUrl(url, fault.path, url.origin).matches;
}

export const faults = {
  /** The active faults, in the order they are tried. */
  list(): readonly Fault[] {
    return active;
  },
  /** Adds a fault; returns it with its id. Throws a ZodError naming the field if the fault is not valid. */
  add(input: FaultInput): Fault {
    counter += 1;
    const fault = faultSchema.parse({ ...input, id: input.id ?? `fault-${Date.now().toString(36)}-${counter}` });
    commit([...active.filter((f) => f.id !== fault.id), fault]);
    return fault;
  },
  /** Replaces every fault with these. */
  set(inputs: readonly FaultInput[]): readonly Fault[] {
    commit([]);
    for (const input of inputs) faults.add(input);
    return active;
  },
  remove(id: string): void {
    commit(active.filter((f) => f.id !== id));
  },
  clear(): void {
    commit([]);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Re-reads sessionStorage (another copy of this module in the same tab, or a test that wrote it). */
  reload(): void {
    active = load();
    for (const listener of listeners) listener();
  },
};
export type FaultsApi = typeof faults;

/** The first active fault for this request, counted as used (a fault with `remaining` runs out). */
function take(request: Request): Fault | undefined {
  const fault = active.find((f) => faultMatches(f, request));
  if (!fault) return undefined;
  if (fault.remaining !== undefined) {
    commit(
      fault.remaining <= 1
        ? active.filter((f) => f.id !== fault.id)
        : active.map((f) => (f.id === fault.id ? { ...f, remaining: (f.remaining ?? 1) - 1 } : f)),
    );
  }
  return fault;
}

/** Waits `ms`, or less if the client gives up (where the runtime passes the abort on). */
async function hang(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await Promise.race([
    delay(ms),
    new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true })),
  ]);
}

/**
 * The handler that applies the faults. `downstream` is every other handler, used when a timeout's work must
 * still happen (`lostAnswer`). Answers nothing (so MSW moves on to the next handler) when no fault matches,
 * and after a `slow` fault's wait.
 */
export function faultHandler(downstream: readonly RequestHandler[]) {
  return http.all('/api/*', async ({ request }) => {
    const fault = take(request);
    if (!fault) return undefined;
    switch (fault.kind) {
      case 'server-error':
        return problemResponse({
          type: 'https://front-door.example/problems/injected-fault',
          title: 'Something went wrong on the server',
          status: fault.status ?? 500,
          detail: 'A fault injected for testing (see /dev/faults).',
        });
      case 'offline':
        return HttpResponse.error();
      case 'slow':
        await delay(fault.delayMs ?? DEFAULT_SLOW_MS);
        return undefined;
      case 'timeout':
        if (fault.lostAnswer) await getResponse([...downstream], request.clone());
        await hang(fault.delayMs ?? DEFAULT_TIMEOUT_MS, request.signal);
        return HttpResponse.error();
    }
  });
}

declare global {
  interface Window {
    /** Fault injection for the mock backend, for tests driving a browser (see mocks/faults.ts). */
    __frontDoorFaults?: FaultsApi;
  }
}
