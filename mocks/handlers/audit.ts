import { getResponse, http, HttpResponse, type DefaultBodyType } from 'msw';
import type { ContactEventData } from '../../machines/contact/contact.schema';
import type { ContactEvent } from '../../machines/contact/contact.machine';
import { replayContact } from '../../machines/contact/replay';
import { dottedState, getContact, inputOf, listContacts, type ContactRecord } from '../db/contacts';
import { fingerprint } from '../db/idempotency';
import { get, serialised, write } from '../db/store';
import { notFound, requireRole, withProblems, type User } from '../problem';
import { contactsHandlers } from './contacts';

// The audit trail: every event the backend accepted into a contact's log, with who sent it, their role,
// when, and the state it moved the contact from and to. Append-only: entries are only ever added.
//
// It wraps PUT /api/contacts/:id/events rather than changing the contacts handler: the request goes to
// that handler unchanged, and only when it answers 2xx are the newly appended events recorded.

export interface AuditEntry {
  seq: number;
  contactId: string;
  reference: string;
  at: string;
  user: string;
  role: User['role'];
  event: ContactEventData['type'];
  from: string;
  to: string;
  reason?: string;
}

interface AuditLog {
  /** The fingerprints of the events already recorded, in log order. */
  events: string[];
  entries: AuditEntry[];
}

const auditKey = (contactId: string) => `audit:${contactId}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function reasonOf(event: ContactEventData): string | undefined {
  if (event.type === 'sharing.authorised') return event.authorisation.reason;
  if (event.type === 'decision.recorded') {
    const base = `${event.decision.outcome}, authorised by ${event.decision.authorisedBy}`;
    return event.decision.reason ? `${base}: ${event.decision.reason}` : base;
  }
  return undefined;
}

async function record(record: ContactRecord, user: User): Promise<void> {
  await serialised(async () => {
    const log = (await get<AuditLog>(auditKey(record.id))) ?? { events: [], entries: [] };
    const prints = record.events.map((e) => fingerprint(e));
    let common = 0;
    while (common < log.events.length && common < prints.length && log.events[common] === prints[common]) common += 1;
    if (common === prints.length && common === log.events.length) return;
    // Replays give the state before and after each new event; only the added tail is recorded.
    const input = inputOf(record);
    const events = record.events as ContactEvent[];
    const now = new Date().toISOString();
    const added: AuditEntry[] = [];
    let from = dottedState(replayContact(input, events.slice(0, common)).snapshot.value);
    for (let i = common; i < events.length; i += 1) {
      const to = dottedState(replayContact(input, events.slice(0, i + 1)).snapshot.value);
      const event = record.events[i] as ContactEventData;
      const reason = reasonOf(event);
      added.push({
        seq: log.entries.length + added.length + 1,
        contactId: record.id,
        reference: record.reference,
        at: now,
        user: user.name,
        role: user.role,
        event: event.type,
        from,
        to,
        ...(reason !== undefined ? { reason } : {}),
      });
      from = to;
    }
    await write([[auditKey(record.id), { events: prints, entries: [...log.entries, ...added] } satisfies AuditLog]]);
  });
}

export interface ContactExportRow {
  reference: string;
  authority: string;
  received: string;
  route: string;
  state: string;
  outcome: string;
  decisionAt: string;
  decisionDue: string;
  withinTimescale: 'yes' | 'no' | '';
}

function exportRow(c: ContactRecord): ContactExportRow {
  const decision = [...c.events].reverse().find((e) => e.type === 'decision.recorded');
  const decisionAt = decision?.type === 'decision.recorded' && c.outcome ? decision.decision.at : '';
  const decisionDue = c.deadlines.find((d) => d.deadline === 'decision')?.due ?? '';
  const within = decisionAt && decisionDue ? (Date.parse(decisionAt) <= Date.parse(decisionDue) ? 'yes' : 'no') : '';
  return {
    reference: c.reference,
    authority: c.authority,
    received: c.receivedAt,
    route: c.route ?? '',
    state: c.state,
    outcome: c.outcome ?? '',
    decisionAt,
    decisionDue,
    withinTimescale: within,
  };
}

export const auditHandlers = [
  http.put(
    '/api/contacts/:id/events',
    withProblems<{ id: string }>(async ({ request }) => {
      const user = requireRole(request);
      const response = await getResponse(contactsHandlers, request.clone());
      if (!response) return undefined;
      if (response.ok) await record((await response.clone().json()) as ContactRecord, user);
      // The contacts handler's own answer, passed on unchanged.
      return response as HttpResponse<DefaultBodyType>;
    }),
  ),

  http.get(
    '/api/contacts/:id/audit',
    withProblems<{ id: string }>(async ({ request, params }) => {
      requireRole(request);
      const id = typeof params.id === 'string' && UUID.test(params.id) ? params.id.toLowerCase() : '';
      if (!id || !(await getContact(id))) throw notFound('The contact');
      const log = await get<AuditLog>(auditKey(id));
      return HttpResponse.json({ items: log?.entries ?? [] });
    }),
  ),

  http.get(
    '/api/exports/contacts',
    withProblems(async ({ request }) => {
      requireRole(request);
      const records = await listContacts({});
      return HttpResponse.json({ items: records.map(exportRow) });
    }),
  ),
];
