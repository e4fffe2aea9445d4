import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { authorityIdSchema, roleSchema, type AuthorityId } from '../../machines/contact/contact.schema';
import {
  irActionSchema,
  irDecisionSchema,
  requesterSchema,
  subjectSchema,
  type Requester,
  type Subject,
} from '../../machines/info-request/info-request.schema';
import { RULE_IDS } from '../../machines/rules/rule-ids';
import { fetchJson } from './problem';

// Information requests: log one (the server runs the information-request machine), list, read.

export const infoRequestRecordSchema = z.object({
  id: z.string(),
  authority: authorityIdSchema,
  receivedAt: z.string(),
  requester: requesterSchema,
  subject: subjectSchema,
  decision: irDecisionSchema,
  actions: z.array(z.object({ action: irActionSchema, rule: z.enum(RULE_IDS) })),
  rules: z.array(z.enum(RULE_IDS)),
  path: z.array(z.string()),
  createdBy: z.object({ name: z.string(), role: roleSchema }),
  createdAt: z.string(),
});
export type InfoRequestRecord = z.infer<typeof infoRequestRecordSchema>;
const listSchema = z.object({ items: z.array(infoRequestRecordSchema) });

export interface NewInfoRequest {
  authority: AuthorityId;
  receivedAt: string;
  requester: Requester;
  subject: Subject;
}

export const infoRequestKeys = {
  all: ['info-requests'] as const,
  list: () => [...infoRequestKeys.all, 'list'] as const,
  detail: (id: string) => [...infoRequestKeys.all, 'detail', id] as const,
};

export const listInfoRequests = (signal?: AbortSignal) => fetchJson('/api/info-requests', listSchema, signal ? { signal } : {});
export const getInfoRequest = (id: string, signal?: AbortSignal) =>
  fetchJson(`/api/info-requests/${encodeURIComponent(id)}`, infoRequestRecordSchema, signal ? { signal } : {});
export const logInfoRequest = (input: NewInfoRequest) =>
  fetchJson('/api/info-requests', infoRequestRecordSchema, { method: 'POST', body: input });

export function useInfoRequests() {
  return useQuery({ queryKey: infoRequestKeys.list(), queryFn: ({ signal }) => listInfoRequests(signal) });
}

export function useInfoRequest(id: string) {
  return useQuery({ queryKey: infoRequestKeys.detail(id), queryFn: ({ signal }) => getInfoRequest(id, signal) });
}

export function useLogInfoRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logInfoRequest,
    onSuccess: (record) => {
      queryClient.setQueryData(infoRequestKeys.detail(record.id), record);
      void queryClient.invalidateQueries({ queryKey: infoRequestKeys.list() });
    },
  });
}
