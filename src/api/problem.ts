import { z } from 'zod';
import { roleSchema, type Role } from '../../machines/contact/contact.schema';
import { transportReady } from './transport';

// The client side of the API's error contract. Every non-2xx answer becomes a ProblemError carrying the
// RFC 9457 problem details (status, title, field errors with dotted paths), so a page can show the title
// in its error summary and each field error by its field. Who is asking travels in X-User and X-Role.

export interface Session {
  name: string;
  role: Role;
}

export const DEFAULT_SESSION: Readonly<Session> = Object.freeze({ name: 'Demo call handler', role: 'call-handler' });

let session: Session = { ...DEFAULT_SESSION };

/** Who the app acts as. There is no login in the prototype: a role switcher (or a test) sets this. */
export function setSession(next: Session): void {
  session = { name: next.name, role: roleSchema.parse(next.role) };
}

export function getSession(): Session {
  return { ...session };
}

export interface FieldError {
  /** Dotted path into the request, e.g. `events.2.referrer.agency`; `(body)` for the body as a whole. */
  field: string;
  message: string;
}

const problemSchema = z.looseObject({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** An error answer from the API. `message` is the problem's title, which is written for people. */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** Extension members, e.g. `currentVersion` on a 409. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: {
    status: number;
    title: string;
    type?: string;
    detail?: string;
    errors?: FieldError[];
    extensions?: Record<string, unknown>;
  }) {
    super(problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.extensions = problem.extensions ?? {};
  }

  /** The message for one field, if the server named it. */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

/** The request never got an answer (offline, connection reset, no answer in time): worth retrying, unlike a 4xx. */
export class NetworkError extends Error {
  constructor(cause: unknown, message = 'Front Door could not reach the server. Check the connection and try again.') {
    super(message, { cause });
    this.name = 'NetworkError';
  }
}

/**
 * How long a request may go unanswered before the client gives up and treats it as a network failure (and so
 * retries it). Without a limit a server that never answers would leave a save "in progress" for ever.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 8_000;
let requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS;

/** For tests: a shorter limit. */
export function setRequestTimeout(ms: number): void {
  requestTimeoutMs = ms;
}

export const isProblem = (error: unknown, status?: number): error is ProblemError =>
  error instanceof ProblemError && (status === undefined || error.status === status);

/** Network failures and server errors may pass on their own; a 4xx will fail the same way again. */
export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ProblemError && error.status >= 500);
}

export const MAX_RETRIES = 3;

/** TanStack Query `retry`: up to three retries, for network and 5xx errors only. */
export const retryTransient = (failureCount: number, error: Error): boolean =>
  failureCount < MAX_RETRIES && isRetryable(error);

/** TanStack Query `retryDelay`: 0.5 s, 1 s, 2 s, ... capped at 10 s. */
export const backoff = (failureCount: number): number => Math.min(500 * 2 ** failureCount, 10_000);

async function problemFrom(response: Response): Promise<ProblemError> {
  const fallback = { status: response.status, title: response.statusText || `The request failed (${response.status})` };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ProblemError(fallback);
  }
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) return new ProblemError(fallback);
  const { type, title, status, detail, errors, ...extensions } = parsed.data;
  return new ProblemError({
    status: status ?? response.status,
    title,
    type,
    ...(detail !== undefined ? { detail } : {}),
    ...(errors !== undefined ? { errors } : {}),
    extensions,
  });
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  await transportReady();
  // Cancelled while waiting for the backend to start (the page was left): no request at all.
  options.signal?.throwIfAborted();
  // An absolute URL because Node's fetch (used under jsdom in unit tests) rejects relative ones.
  const url = new URL(path, globalThis.location?.origin ?? 'http://localhost');
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    // Header values are Latin-1 only; the server decodes the name.
    'X-User': encodeURIComponent(session.name),
    'X-Role': session.role,
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  // One controller for both reasons to stop waiting: the caller cancelled (TanStack Query) or time ran out.
  const controller = new AbortController();
  const cancel = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, requestTimeoutMs);
  try {
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal: controller.signal,
    });
    if (!response.ok) throw await problemFrom(response);
    return response;
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    // A cancelled query is not a network failure and must not be retried.
    if (options.signal?.aborted) throw error;
    if (timedOut) throw new NetworkError(error, 'The server did not answer in time. Front Door will try again.');
    throw new NetworkError(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** Sends a request and parses the JSON answer with `schema`; any error answer is thrown as a ProblemError. */
export async function fetchJson<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  const response = await send(path, options);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    // The mock and the client share one contract; a mismatch is a bug to see, not a value to guess at.
    throw new Error(`The answer to ${options.method ?? 'GET'} ${path} did not match the API contract`, { cause: parsed.error });
  }
  return parsed.data;
}

/** For endpoints that answer 204 No Content. */
export async function fetchNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}
