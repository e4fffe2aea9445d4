import { delay, http, HttpResponse } from 'msw';
import type { ContactContext, ContactEvent } from '../../../machines/contact/contact.machine';
import type { AuthorityId, Channel } from '../../../machines/contact/contact.schema';
import { replayContact } from '../../../machines/contact/replay';
import type { RuleId } from '../../../machines/rules/rule-ids';
import type { ContactRecord } from '../../api/contacts';
import { dotted, WALK_CHANNEL, WALK_INPUT_TIME } from '../contact-state-walk';

// Fixtures for stories: a contact record is its event log replayed through the one contact machine, exactly
// as the mock backend derives it, so a story never hand-writes a state, a route or a deadline.

export interface RecordOptions {
  /** Makes the id, so each story has its own local copy in localStorage. */
  seed: string;
  receivedAt?: string;
  channel?: Channel;
  version?: number;
  status?: ContactRecord['status'];
}

const USER = { name: 'Story call handler', role: 'call-handler' as const };

/** A stable UUID (version 4 layout) from a string, so reloading a story reopens the same contact. */
export function storyId(seed: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const ch of `${round}:${seed}`) {
      h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
      h2 = Math.imul(h2 + ch.charCodeAt(0), 2246822507) >>> 0;
    }
    hex.push(((h1 ^ h2) >>> 0).toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-8${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

function referenceFor(authority: AuthorityId, seed: string): string {
  const n = parseInt(storyId(seed).slice(0, 5), 16) % 1_000_000;
  return `FD-${authority.slice(0, 3).toUpperCase()}-${String(n).padStart(6, '0')}`;
}

/** The record the mock backend would hold after these events. */
export function recordFrom(authority: AuthorityId, events: ContactEvent[], options: RecordOptions): ContactRecord {
  const receivedAt = options.receivedAt ?? WALK_INPUT_TIME;
  const channel = options.channel ?? WALK_CHANNEL;
  const { snapshot } = replayContact({ authority, receivedAt, channel }, events);
  const { context } = snapshot;
  return {
    id: storyId(options.seed),
    reference: referenceFor(authority, options.seed),
    authority,
    channel,
    receivedAt,
    status: options.status ?? 'draft',
    version: options.version ?? events.length + 1,
    events,
    createdBy: USER,
    createdAt: receivedAt,
    updatedBy: USER,
    updatedAt: receivedAt,
    state: dotted(snapshot.value),
    ...(context.route !== undefined ? { route: context.route } : {}),
    ...(context.identity !== undefined ? { identity: context.identity } : {}),
    ...(context.outcome !== undefined ? { outcome: context.outcome } : {}),
    actions: context.actions,
    deadlines: context.deadlines,
    path: context.path,
    rules: context.rules,
  } as ContactRecord;
}

/** The machine's context and the rule ids of its active states after these events, for a single step. */
export function contextAfter(
  authority: AuthorityId,
  events: ContactEvent[],
  options: { receivedAt?: string; channel?: Channel } = {},
): { context: ContactContext; stateRules: RuleId[] } {
  const { snapshot } = replayContact(
    { authority, receivedAt: options.receivedAt ?? WALK_INPUT_TIME, channel: options.channel ?? WALK_CHANNEL },
    events,
  );
  const meta = snapshot.getMeta() as Record<string, { rules?: RuleId[] } | undefined>;
  return { context: snapshot.context, stateRules: [...new Set(Object.values(meta).flatMap((m) => m?.rules ?? []))] };
}

/**
 * Handlers for a story that passes its record in as a prop: the autosave and submit answer as the mock
 * backend would (the log replayed through the machine), without touching its IndexedDB store.
 */
export function acceptingHandlers(record: ContactRecord, options: { latencyMs?: number } = {}) {
  const seed = record.id;
  const rebuild = (events: ContactEvent[], version: number, status: ContactRecord['status'] = 'draft') => ({
    ...recordFrom(record.authority, events, { seed, receivedAt: record.receivedAt, channel: record.channel, version, status }),
    id: record.id,
    reference: record.reference,
  });
  let current = record;
  return [
    http.get('/api/contacts/:id', async () => {
      if (options.latencyMs) await delay(options.latencyMs);
      return HttpResponse.json(current);
    }),
    http.put('/api/contacts/:id/events', async ({ request }) => {
      if (options.latencyMs) await delay(options.latencyMs);
      const body = (await request.json()) as { version: number; events: ContactEvent[] };
      current = rebuild(body.events, body.version + 1);
      return HttpResponse.json(current);
    }),
    http.post('/api/contacts/:id/submit', async () => {
      if (options.latencyMs) await delay(options.latencyMs);
      current = { ...rebuild(current.events as ContactEvent[], current.version + 1, 'submitted'), submittedAt: new Date().toISOString(), submittedBy: USER };
      return HttpResponse.json(current);
    }),
  ];
}

/** An RFC 9457 problem, as the mock backend answers errors. */
export function problem(status: number, title: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
