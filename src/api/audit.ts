import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { roleSchema } from '../../machines/contact/contact.schema';
import { fetchJson } from './problem';

// The audit trail of a contact (every accepted event: who, role, when, from and to state, reason) and the
// contacts export. Schemas, fetchers, query keys and hooks for both.

export const auditEntrySchema = z.object({
  seq: z.int(),
  contactId: z.string(),
  reference: z.string(),
  at: z.string(),
  user: z.string(),
  role: roleSchema,
  event: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const auditListSchema = z.object({ items: z.array(auditEntrySchema) });

export const contactExportRowSchema = z.object({
  reference: z.string(),
  authority: z.string(),
  received: z.string(),
  route: z.string(),
  state: z.string(),
  outcome: z.string(),
  decisionAt: z.string(),
  decisionDue: z.string(),
  withinTimescale: z.enum(['yes', 'no', '']),
});
export type ContactExportRow = z.infer<typeof contactExportRowSchema>;
const exportSchema = z.object({ items: z.array(contactExportRowSchema) });

export const auditKeys = {
  contact: (id: string) => ['audit', id] as const,
};

export function getAudit(id: string, signal?: AbortSignal) {
  return fetchJson(`/api/contacts/${encodeURIComponent(id)}/audit`, auditListSchema, signal ? { signal } : {});
}

export function getContactsExport(signal?: AbortSignal) {
  return fetchJson('/api/exports/contacts', exportSchema, signal ? { signal } : {});
}

export function useAudit(id: string, version: number | undefined) {
  return useQuery({
    // The version in the key: every saved change of the contact refetches its trail.
    queryKey: [...auditKeys.contact(id), version ?? 0],
    queryFn: ({ signal }) => getAudit(id, signal),
    enabled: version !== undefined,
  });
}
