import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { z } from 'zod';
import {
  actionIdSchema,
  authorityIdSchema,
  channelSchema,
  contactEventSchema,
  deadlineIdSchema,
  identitySchema,
  instantSchema,
  outcomeSchema,
  roleSchema,
  routeSchema,
  type AuthorityId,
  type Channel,
  type ContactEventData,
} from '../../machines/contact/contact.schema';
import { RULE_IDS } from '../../machines/rules/rule-ids';
import { backoff, fetchJson, retryTransient } from './problem';

// Contacts: list, read, create, autosave the event log, submit. One file for the resource: response
// schemas, fetchers, query keys and hooks (conventions.md §7). The server replays the log through the
// contact machine; the derived fields here (state, route, actions, deadlines) are its answer.

// --- Response schemas -------------------------------------------------------------------------------------

const ruleIdSchema = z.enum(RULE_IDS);
const userSchema = z.object({ name: z.string(), role: roleSchema });
export const contactStatusSchema = z.enum(['draft', 'submitted']);
export type ContactStatus = z.infer<typeof contactStatusSchema>;

export const contactRecordSchema = z.object({
  id: z.uuid(),
  reference: z.string().regex(/^FD-[A-Z]{3}-\d{6}$/),
  authority: authorityIdSchema,
  channel: channelSchema,
  receivedAt: instantSchema,
  status: contactStatusSchema,
  version: z.int().min(1),
  events: z.array(contactEventSchema),
  createdBy: userSchema,
  createdAt: z.string(),
  updatedBy: userSchema,
  updatedAt: z.string(),
  submittedAt: z.string().optional(),
  submittedBy: userSchema.optional(),
  /** A practice call taken in training: the server keeps it out of lists, the desk queue and exports. */
  training: z.literal(true).optional(),
  /** The machine's state, dotted: 'intake.children', 'informationGathering'. */
  state: z.string(),
  route: routeSchema.optional(),
  identity: identitySchema.optional(),
  outcome: outcomeSchema.optional(),
  actions: z.array(z.object({ action: actionIdSchema, rule: ruleIdSchema })),
  deadlines: z.array(z.object({ deadline: deadlineIdSchema, rule: ruleIdSchema, due: z.string() })),
  path: z.array(z.string()),
  rules: z.array(ruleIdSchema),
});
export type ContactRecord = z.infer<typeof contactRecordSchema>;

export const contactSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  authority: authorityIdSchema,
  status: contactStatusSchema,
  state: z.string(),
  route: routeSchema.optional(),
  receivedAt: z.string(),
  decisionDue: z.string().optional(),
  updatedAt: z.string(),
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

export const contactListSchema = z.object({ items: z.array(contactSummarySchema) });
export type ContactList = z.infer<typeof contactListSchema>;

// --- Requests ---------------------------------------------------------------------------------------------

export interface ContactFilters {
  authority?: AuthorityId;
  status?: ContactStatus;
  /** List practice calls from training instead of real contacts. */
  training?: boolean;
}

export interface NewContact {
  authority: AuthorityId;
  channel: Channel;
  receivedAt: string;
  /** A practice call (training): never listed with real contacts. */
  training?: true;
}

export interface SaveEventsInput {
  /** The version the log was built on: the server answers 409 if the contact has moved on since. */
  version: number;
  /** The full event log; it replaces the stored one. */
  events: ContactEventData[];
}

export interface SubmitInput {
  version: number;
}

// --- Query keys (the one place they are written) ----------------------------------------------------------

export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (filters: ContactFilters) => [...contactKeys.lists(), filters] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: string) => [...contactKeys.details(), id] as const,
};

// --- Fetchers ---------------------------------------------------------------------------------------------

export function listContacts(filters: ContactFilters = {}, signal?: AbortSignal): Promise<ContactList> {
  const params = new URLSearchParams();
  if (filters.authority) params.set('authority', filters.authority);
  if (filters.status) params.set('status', filters.status);
  if (filters.training) params.set('training', 'true');
  const query = params.size > 0 ? `?${params.toString()}` : '';
  return fetchJson(`/api/contacts${query}`, contactListSchema, signal ? { signal } : {});
}

export function getContact(id: string, signal?: AbortSignal): Promise<ContactRecord> {
  return fetchJson(`/api/contacts/${encodeURIComponent(id)}`, contactRecordSchema, signal ? { signal } : {});
}

export function createContact(input: NewContact, idempotencyKey?: string): Promise<ContactRecord> {
  return fetchJson('/api/contacts', contactRecordSchema, {
    method: 'POST',
    body: input,
    ...(idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {}),
  });
}

export function saveEvents(id: string, input: SaveEventsInput): Promise<ContactRecord> {
  return fetchJson(`/api/contacts/${encodeURIComponent(id)}/events`, contactRecordSchema, { method: 'PUT', body: input });
}

export function submitContact(id: string, input: SubmitInput, idempotencyKey: string): Promise<ContactRecord> {
  return fetchJson(`/api/contacts/${encodeURIComponent(id)}/submit`, contactRecordSchema, {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

// --- Hooks ------------------------------------------------------------------------------------------------

export function useContacts(filters: ContactFilters = {}) {
  return useQuery({
    queryKey: contactKeys.list(filters),
    queryFn: ({ signal }) => listContacts(filters, signal),
  });
}

export function useContact(id: string | undefined) {
  return useQuery({
    queryKey: contactKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getContact(id ?? '', signal),
    enabled: Boolean(id),
  });
}

function storeRecord(queryClient: QueryClient, record: ContactRecord) {
  queryClient.setQueryData(contactKeys.detail(record.id), record);
  void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
}

const newKey = () => crypto.randomUUID();

/**
 * One Idempotency-Key per distinct request from this component: TanStack Query's retries and a second
 * click on the same answers reuse it, so the server creates (or submits) once however often it is asked.
 */
function useIdempotencyKeys<T>() {
  const keys = useRef(new Map<string, string>());
  return (request: T) => {
    const id = JSON.stringify(request);
    let key = keys.current.get(id);
    if (key === undefined) {
      key = newKey();
      keys.current.set(id, key);
    }
    return key;
  };
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKeys<NewContact>();
  return useMutation({
    mutationFn: (input: NewContact) => createContact(input, keyFor(input)),
    // Safe to retry: the Idempotency-Key makes a repeat return the first contact.
    retry: retryTransient,
    retryDelay: backoff,
    onSuccess: (record) => storeRecord(queryClient, record),
  });
}

/**
 * Autosave. Saves of one contact run one after another (a shared mutation scope), and only network and
 * server errors are retried: a 400, 409 or 422 would fail the same way again. After a 409 the cached
 * contact is refetched so that the page can show what changed.
 */
export function useSaveEvents(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveEventsInput) => saveEvents(id, input),
    scope: { id: `contact:${id}` },
    retry: retryTransient,
    retryDelay: backoff,
    onSuccess: (record) => storeRecord(queryClient, record),
    onError: (error) => {
      if ((error as { status?: number }).status === 409) {
        void queryClient.invalidateQueries({ queryKey: contactKeys.detail(id) });
      }
    },
  });
}

/**
 * Submits the contact. The Idempotency-Key is stable for a given version: retries, and a second click after
 * an answer was lost, are the same submission, and the server submits once.
 */
export function useSubmitContact(id: string) {
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKeys<SubmitInput>();
  return useMutation({
    mutationFn: (input: SubmitInput) => submitContact(id, input, keyFor({ version: input.version })),
    // Queued behind any save of the same contact still in flight.
    scope: { id: `contact:${id}` },
    retry: retryTransient,
    retryDelay: backoff,
    onSuccess: (record) => storeRecord(queryClient, record),
  });
}
