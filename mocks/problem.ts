import { HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import type { z } from 'zod';
import { roleSchema, type Role } from '../machines/contact/contact.schema';

// Errors as RFC 9457 problem details, the way a real backend would send them: one shape for every
// failure, a title a person can read, and field errors with dotted paths the form can put by its fields.

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  /** RFC 9457 extension members, e.g. `currentVersion` on a 409. */
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://front-door.example/problems/';

/** Thrown inside a handler to answer with a problem; `withProblems` turns it into the response. */
export class Problem extends Error {
  readonly body: ProblemBody;

  constructor(
    status: number,
    slug: string,
    title: string,
    options: { detail?: string; errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(title);
    this.name = 'Problem';
    this.body = {
      type: `${TYPE_BASE}${slug}`,
      title,
      status,
      ...(options.detail !== undefined ? { detail: options.detail } : {}),
      ...(options.errors !== undefined ? { errors: options.errors } : {}),
      ...options.extensions,
    };
  }
}

export function problemResponse(body: ProblemBody): HttpResponse<DefaultBodyType> {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A zod error as field errors: `events.2.referrer.agency`, and one entry per unknown key. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const join = (path: PropertyKey[]) => {
    const dotted = [prefix, ...path.map(String)].filter((part) => part !== '').join('.');
    return dotted === '' ? '(body)' : dotted;
  };
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: join([...issue.path, key]), message: 'Is not a field this request accepts' }))
      : [{ field: join(issue.path), message: issue.message }],
  );
}

export function validationProblem(errors: FieldError[], detail?: string): Problem {
  return new Problem(400, 'validation', 'There is a problem with the request', {
    detail: detail ?? `${errors.length} ${errors.length === 1 ? 'field is' : 'fields are'} not valid.`,
    errors,
  });
}

export function notFound(what: string): Problem {
  return new Problem(404, 'not-found', `${what} was not found`);
}

/** Parses the JSON body with a schema; malformed JSON is a 400 on `(body)`, schema failures name each field. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    const text = await request.text();
    raw = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw validationProblem([{ field: '(body)', message: 'The request body is not valid JSON' }]);
  }
  if (raw === undefined) throw validationProblem([{ field: '(body)', message: 'The request needs a JSON body' }]);
  const result = schema.safeParse(raw);
  if (!result.success) throw validationProblem(fieldErrors(result.error));
  return result.data;
}

/** Parses query parameters (the first value of each) with a schema; failures name the parameter. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const result = schema.safeParse(params);
  if (!result.success) throw validationProblem(fieldErrors(result.error));
  return result.data;
}

export interface User {
  name: string;
  role: Role;
}

export const ALL_ROLES: readonly Role[] = roleSchema.options;

function decodeHeader(value: string): string {
  // The client percent-encodes the display name: header values are Latin-1 only, names are not.
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Who is asking. There is no login in the prototype: the `X-User` and `X-Role` headers stand in for the
 * identity a real backend would take from a session. Missing or unknown -> 401; a role not in `roles` -> 403.
 */
export function requireRole(request: Request, roles: readonly Role[] = ALL_ROLES): User {
  const name = decodeHeader(request.headers.get('X-User') ?? '').trim();
  const role = roleSchema.safeParse(request.headers.get('X-Role') ?? undefined);
  const errors: FieldError[] = [];
  if (name === '') errors.push({ field: 'X-User', message: 'Send the user’s display name in the X-User header' });
  if (!role.success) {
    errors.push({ field: 'X-Role', message: `Send one of ${roleSchema.options.join(', ')} in the X-Role header` });
  }
  if (!role.success || name === '') {
    throw new Problem(401, 'unauthenticated', 'Sign in to use Front Door', {
      detail: 'The request did not say who is making it, or named a role Front Door does not have.',
      errors,
    });
  }
  if (!roles.includes(role.data)) {
    throw new Problem(403, 'forbidden', 'Your role cannot do this', {
      detail: `This needs one of: ${roles.join(', ')}.`,
    });
  }
  return { name: name.slice(0, 200), role: role.data };
}

/**
 * Wraps a resolver so that it never throws: a `Problem` becomes its response, anything else a 500 problem
 * (and a console error, so the bug is not silent in the browser).
 */
export function withProblems<Params extends PathParams>(
  resolver: HttpResponseResolver<Params, DefaultBodyType, DefaultBodyType>,
): HttpResponseResolver<Params, DefaultBodyType, DefaultBodyType> {
  return async (info) => {
    try {
      return await resolver(info);
    } catch (error) {
      if (error instanceof Problem) return problemResponse(error.body);
      console.error('[mock backend] unexpected error', error);
      return problemResponse({
        type: `${TYPE_BASE}internal`,
        title: 'Something went wrong on the server',
        status: 500,
        detail: 'The mock backend failed unexpectedly. Try again; if it keeps happening, reset the demo data.',
      });
    }
  };
}
