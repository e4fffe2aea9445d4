import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { authorityIdSchema, caseStatusSchema, type AuthorityId } from '../../machines/contact/contact.schema';
import { fetchJson } from './problem';

// Children's social care records: the search a call handler runs to find whether a child is known, open
// to a team, on a plan or looked after. Schema, fetchers, query keys and hooks for the resource.

export const childRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  dateOfBirth: z.iso.date(),
  authority: authorityIdSchema,
  address: z.string().optional(),
  caseStatus: caseStatusSchema,
  allocatedWorker: z.object({ name: z.string(), team: z.string(), phone: z.string() }).optional(),
  childProtectionPlan: z.boolean(),
  lookedAfter: z.boolean(),
  knownBefore: z.boolean(),
  household: z.array(z.object({ name: z.string(), relationship: z.string(), knownToServices: z.boolean() })),
  siblings: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ChildRecord = z.infer<typeof childRecordSchema>;

export const childSearchSchema = z.object({ items: z.array(childRecordSchema) });

/** The server refuses shorter searches (400 on `q`), so the hook does not send them. */
export const MIN_SEARCH_LENGTH = 2;

export interface ChildSearchOptions {
  /** Only records held by this authority. */
  authority?: AuthorityId;
}

export const childKeys = {
  all: ['children'] as const,
  searches: () => [...childKeys.all, 'search'] as const,
  search: (q: string, options: ChildSearchOptions = {}) => [...childKeys.searches(), q, options] as const,
  detail: (id: string) => [...childKeys.all, 'detail', id] as const,
};

export function searchChildren(q: string, options: ChildSearchOptions = {}, signal?: AbortSignal) {
  const params = new URLSearchParams({ q });
  if (options.authority) params.set('authority', options.authority);
  return fetchJson(`/api/children?${params.toString()}`, childSearchSchema, signal ? { signal } : {});
}

export function getChildRecord(id: string, signal?: AbortSignal) {
  return fetchJson(`/api/children/${encodeURIComponent(id)}`, childRecordSchema, signal ? { signal } : {});
}

export function useChildSearch(q: string, options: ChildSearchOptions = {}) {
  const term = q.trim();
  return useQuery({
    queryKey: childKeys.search(term.toLocaleLowerCase('en-GB'), options),
    queryFn: ({ signal }) => searchChildren(term, options, signal),
    enabled: term.length >= MIN_SEARCH_LENGTH,
    // Keeps the last results on screen while the next letters are being searched.
    placeholderData: keepPreviousData,
    // Seeded records do not change during a call.
    staleTime: 5 * 60_000,
  });
}

export function useChildRecord(id: string | undefined) {
  return useQuery({
    queryKey: childKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getChildRecord(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}
