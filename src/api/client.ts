import type { z } from 'zod';
import { transportReady } from './transport';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// Every endpoint parses its response with its own zod schema, so a mock or server that drifts from the
// contract fails loudly at the boundary instead of as `undefined` deep inside a component.
export async function getJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  // An absolute URL because Node's fetch (used under jsdom in unit tests) rejects relative ones.
  await transportReady();
  signal?.throwIfAborted();
  const url = new URL(path, window.location.origin);
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    throw new ApiError(`GET ${path} failed with ${response.status}`, response.status);
  }
  return schema.parse(await response.json());
}
