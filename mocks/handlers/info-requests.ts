import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { createActor } from 'xstate';
import { infoRequestMachine } from '../../machines/info-request/info-request.machine';
import {
  authorityIdSchema,
  instantSchema,
  requesterSchema,
  subjectSchema,
  type IrAction,
  type IrDecision,
  type Requester,
  type Subject,
} from '../../machines/info-request/info-request.schema';
import type { AuthorityId } from '../../machines/contact/contact.schema';
import type { RuleId } from '../../machines/rules/rule-ids';
import { get, list, serialised, write } from '../db/store';
import { notFound, parseBody, requireRole, withProblems, type User } from '../problem';

// Information requests from other agencies (HER §8). Logged with the same zod schemas as the desk form and
// decided by the one information-request machine; nothing derived is taken from the request.

export interface InfoRequestRecord {
  id: string;
  authority: AuthorityId;
  receivedAt: string;
  requester: Requester;
  subject: Subject;
  decision: IrDecision;
  actions: { action: IrAction; rule: RuleId }[];
  rules: RuleId[];
  path: string[];
  createdBy: User;
  createdAt: string;
}

const createSchema = z.strictObject({
  authority: authorityIdSchema,
  receivedAt: instantSchema,
  requester: requesterSchema,
  subject: subjectSchema,
});

const key = (id: string) => `info-request:${id}`;

function decide(body: z.output<typeof createSchema>) {
  const actor = createActor(infoRequestMachine, { input: { authority: body.authority, receivedAt: body.receivedAt } }).start();
  actor.send({ type: 'request.logged', requester: body.requester, subject: body.subject });
  const { context } = actor.getSnapshot();
  actor.stop();
  return { decision: context.decision ?? 'not-covered', actions: context.actions, rules: context.rules, path: context.path };
}

export const infoRequestHandlers = [
  http.post(
    '/api/info-requests',
    withProblems(async ({ request }) => {
      const user = requireRole(request);
      const body = await parseBody(request, createSchema);
      const now = new Date().toISOString();
      const record: InfoRequestRecord = { id: crypto.randomUUID(), ...body, ...decide(body), createdBy: user, createdAt: now };
      await serialised(() => write([[key(record.id), record]]));
      return HttpResponse.json(record as unknown as Record<string, unknown>, { status: 201 });
    }),
  ),
  http.get(
    '/api/info-requests',
    withProblems(async ({ request }) => {
      requireRole(request);
      const items = await list<InfoRequestRecord>('info-request:');
      items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return HttpResponse.json({ items });
    }),
  ),
  http.get(
    '/api/info-requests/:id',
    withProblems<{ id: string }>(async ({ request, params }) => {
      requireRole(request);
      const record = typeof params.id === 'string' ? await get<InfoRequestRecord>(key(params.id)) : undefined;
      if (!record) throw notFound('The information request');
      return HttpResponse.json(record as unknown as Record<string, unknown>);
    }),
  ),
];
