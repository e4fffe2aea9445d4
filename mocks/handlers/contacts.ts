import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import {
  authorityIdSchema,
  channelSchema,
  contactEventSchema,
  instantSchema,
  type ContactEventData,
  type Role,
} from '../../machines/contact/contact.schema';
import { refusalRules, type Refusal } from '../../machines/contact/contact.rules';
import { replayContact, type ContactSnapshot } from '../../machines/contact/replay';
import {
  CONTACT_STATUSES,
  contactKey,
  derived,
  dottedState,
  getContact,
  inputOf,
  listContacts,
  nextReference,
  summaryOf,
  type ContactRecord,
} from '../db/contacts';
import { fingerprint, idempotencyRecord, readIdempotencyKey, replayed } from '../db/idempotency';
import { serialised, write } from '../db/store';
import { notFound, parseBody, parseQuery, Problem, requireRole, withProblems, type User } from '../problem';

// Contacts: created, autosaved as an event log, submitted. The log is the contact; every derived field
// (state, route, actions, deadlines, path) comes from replaying it through the one contact machine, so the
// server holds the same rules as the wizard and trusts nothing derived from the client.

/** Everyone who works a contact, and trainers running practice calls. */
const CONTACT_ROLES: readonly Role[] = ['call-handler', 'social-worker', 'team-manager', 'trainer'];

/** A contact's log is a call and its follow-up, not a diary: a bound keeps one request from filling the store. */
const MAX_EVENTS = 500;

const versionSchema = z.int({ error: 'Send the version of the contact you last read, a whole number' }).min(1, {
  error: 'Send the version of the contact you last read, a whole number',
});

const createBodySchema = z.strictObject({
  authority: authorityIdSchema,
  channel: channelSchema,
  receivedAt: instantSchema,
  /** A practice call from training (issue 6): stored like any contact, listed only when asked for. */
  training: z.literal(true, { error: 'Send training: true for a practice call, or leave it out' }).optional(),
});

const eventsBodySchema = z.strictObject({
  version: versionSchema,
  events: z.array(contactEventSchema).max(MAX_EVENTS, { error: `A contact can hold at most ${MAX_EVENTS} events` }),
});

const submitBodySchema = z.strictObject({ version: versionSchema });

const listQuerySchema = z.object({
  authority: authorityIdSchema.optional(),
  status: z.enum(CONTACT_STATUSES).optional(),
  training: z
    .enum(['true', 'false'], { error: 'Use training=true to list practice calls, or leave it out' })
    .transform((v) => v === 'true')
    .optional(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is answered like an unknown one: ids are opaque, and there is nothing to correct. */
async function findContact(id: string | readonly string[] | undefined): Promise<ContactRecord> {
  const record = typeof id === 'string' && UUID.test(id) ? await getContact(id.toLowerCase()) : undefined;
  if (!record) throw notFound('The contact');
  return record;
}

function staleVersion(record: ContactRecord, sent: number): Problem {
  return new Problem(409, 'version-conflict', 'This contact was changed elsewhere', {
    detail: `You sent version ${sent}, but the contact is now at version ${record.version}. Reload it and apply your change again.`,
    extensions: { currentVersion: record.version },
  });
}

const json = (record: unknown, status = 200, replay = false) =>
  HttpResponse.json(record as Record<string, unknown>, {
    status,
    headers: replay ? { 'Idempotent-Replayed': 'true' } : {},
  });

/** How many events at the start of both logs are the same. */
function commonPrefixLength(a: readonly ContactEventData[], b: readonly ContactEventData[]): number {
  let n = 0;
  while (n < a.length && n < b.length && fingerprint(a[n]) === fingerprint(b[n])) n += 1;
  return n;
}

const ROLE_NAMES: Record<Role, string> = {
  'call-handler': 'a call handler',
  'social-worker': 'a social worker',
  'team-manager': 'a team manager',
  trainer: 'a trainer',
};

/**
 * The events record who authorised a step (`sharing.authorised.authorisation.by`, `decision.authorisedBy`).
 * The machine checks that the right role is named (CONSENT-MANAGER-OVERRIDE, DEC-MANAGER); the server checks
 * that the person sending the event holds that role, so a call handler cannot record a manager's authority.
 * Events already in the stored log were checked when they were added. Trainers act every role in practice calls.
 */
function checkAuthority(user: User, events: readonly ContactEventData[], stored: readonly ContactEventData[]): void {
  if (user.role === 'trainer') return;
  const known = new Set(stored.map((e) => fingerprint(e)));
  const errors = events.flatMap((event, index) => {
    if (known.has(fingerprint(event))) return [];
    if (event.type === 'sharing.authorised' && event.authorisation.by !== user.role) {
      return [
        {
          field: `events.${index}.authorisation.by`,
          message: `Recorded as authorised by ${ROLE_NAMES[event.authorisation.by]}, but you are signed in as ${ROLE_NAMES[user.role]}`,
        },
      ];
    }
    if (event.type === 'siblings.referred' && event.referral.by !== user.role) {
      return [
        {
          field: `events.${index}.referral.by`,
          message: `Recorded as decided by ${ROLE_NAMES[event.referral.by]}, but you are signed in as ${ROLE_NAMES[user.role]}`,
        },
      ];
    }
    if (event.type === 'decision.recorded') {
      const needed: Role = event.decision.authorisedBy === 'manager' ? 'team-manager' : 'social-worker';
      if (needed !== user.role) {
        return [
          {
            field: `events.${index}.decision.authorisedBy`,
            message: `Recorded as authorised by ${ROLE_NAMES[needed]}, but you are signed in as ${ROLE_NAMES[user.role]}`,
          },
        ];
      }
    }
    return [];
  });
  if (errors.length > 0) {
    throw new Problem(403, 'forbidden', 'Your role cannot record this', {
      detail: 'Only the person who holds the role can record an authorisation in its name.',
      errors,
    });
  }
}

/**
 * The machine refused event `index` (replay stopped there). Its refusals name the rule: one about who acts
 * (a social worker's decision where a team manager must authorise, DEC-MANAGER) is a 403 naming the role
 * needed; any other (an outcome the authority does not have, a step out of order) is a 422. Nothing is stored.
 */
function procedureProblem(snapshot: ContactSnapshot, events: readonly ContactEventData[], index: number, refusals: readonly Refusal[]): Problem {
  const state = dottedState(snapshot.value);
  const type = events[index]?.type ?? 'event';
  const rules = refusalRules(refusals);
  const roles = [...new Set(refusals.flatMap((r) => (r.requiredRole ? [r.requiredRole] : [])))];
  const errors = refusals.map((r) => ({
    field: r.field ? `events.${index}.${r.field}` : `events.${index}`,
    message: r.rule ? `${r.message} (${r.rule})` : r.message,
  }));
  if (roles.length > 0) {
    return new Problem(403, 'role-required', `Only ${roles.map((r) => ROLE_NAMES[r]).join(' or ')} can do this`, {
      detail: `The procedure refuses ${type} at ${state}${rules.length ? ` (${rules.join(', ')})` : ''}.`,
      errors,
      extensions: { state, rules, requiredRoles: roles },
    });
  }
  return new Problem(422, 'procedure', 'The procedure does not allow this step here', {
    detail: `Event ${index} (${type}) cannot happen while the contact is at ${state}${rules.length ? ` (${rules.join(', ')})` : ''}.`,
    errors,
    extensions: { state, rules },
  });
}

/**
 * After submission the contact is past intake for good: the first added event that would take it back to
 * the intake questions (a `step.back` or `answers.change` from information gathering) is refused.
 */
function checkStaysOutOfIntake(record: ContactRecord, events: ContactEventData[], pathAfter: string[]): void {
  if (!pathAfter.slice(record.path.length).some((state) => state.startsWith('intake'))) return;
  let offending = events.length - 1;
  for (let end = record.events.length + 1; end <= events.length; end += 1) {
    const { snapshot } = replayContact(inputOf(record), events.slice(0, end));
    if (dottedState(snapshot.value).startsWith('intake')) {
      offending = end - 1;
      break;
    }
  }
  throw new Problem(422, 'procedure', 'A submitted contact cannot go back to the intake questions', {
    detail: 'The contact was submitted with its intake answers. Add a note in screening instead of changing them.',
    errors: [{ field: `events.${offending}`, message: 'Goes back to the intake questions after submission' }],
  });
}

export const contactsHandlers = [
  http.post(
    '/api/contacts',
    withProblems(async ({ request }) => {
      const user = requireRole(request, CONTACT_ROLES);
      const key = readIdempotencyKey(request, false);
      const body = await parseBody(request, createBodySchema);
      return serialised(async () => {
        const requestFingerprint = fingerprint(body);
        const earlier = await replayed('create-contact', key, requestFingerprint);
        const existing = earlier === undefined ? undefined : await getContact(earlier);
        if (existing) return json(existing, 200, true);

        const { training, ...input } = body;
        const { snapshot } = replayContact(input, []);
        const { reference, claim } = await nextReference(body.authority);
        const now = new Date().toISOString();
        const record: ContactRecord = {
          id: crypto.randomUUID(),
          reference,
          authority: body.authority,
          channel: body.channel,
          receivedAt: body.receivedAt,
          status: 'draft',
          version: 1,
          events: [],
          createdBy: user,
          createdAt: now,
          updatedBy: user,
          updatedAt: now,
          ...derived(snapshot),
          ...(training ? { training } : {}),
        };
        await write([
          [contactKey(record.id), record],
          claim,
          ...(key === undefined ? [] : [idempotencyRecord('create-contact', key, requestFingerprint, record.id, now)]),
        ]);
        return HttpResponse.json(record as unknown as Record<string, unknown>, {
          status: 201,
          headers: { Location: `/api/contacts/${record.id}` },
        });
      });
    }),
  ),

  http.get(
    '/api/contacts',
    withProblems(async ({ request }) => {
      requireRole(request, CONTACT_ROLES);
      const filter = parseQuery(request, listQuerySchema);
      const records = await listContacts(filter);
      return HttpResponse.json({ items: records.map(summaryOf) });
    }),
  ),

  http.get(
    '/api/contacts/:id',
    withProblems<{ id: string }>(async ({ request, params }) => {
      requireRole(request, CONTACT_ROLES);
      return json(await findContact(params.id));
    }),
  ),

  http.put(
    '/api/contacts/:id/events',
    withProblems<{ id: string }>(async ({ request, params }) => {
      const user = requireRole(request, CONTACT_ROLES);
      await findContact(params.id);
      const body = await parseBody(request, eventsBodySchema);
      return serialised(async () => {
        const stored = await findContact(params.id);
        const unchanged = commonPrefixLength(stored.events, body.events);
        // The log is already exactly this: nothing to change, and nobody's change to overwrite. This also
        // makes a retried save whose first attempt succeeded (but whose answer was lost) a success.
        if (unchanged === stored.events.length && unchanged === body.events.length) return json(stored);
        if (body.version !== stored.version) throw staleVersion(stored, body.version);
        if (stored.status === 'submitted' && unchanged < stored.events.length) {
          throw new Problem(409, 'submitted', 'A submitted contact can only be added to', {
            detail: `The first ${stored.events.length} events were submitted and cannot be changed; send them unchanged, followed by the new ones.`,
            errors: [{ field: `events.${unchanged}`, message: 'Differs from the submitted event at this position' }],
            extensions: { currentVersion: stored.version },
          });
        }
        checkAuthority(user, body.events, stored.events);

        const { snapshot, rejectedAt, refusals } = replayContact(inputOf(stored), body.events);
        if (rejectedAt !== undefined) throw procedureProblem(snapshot, body.events, rejectedAt, refusals ?? []);
        if (stored.status === 'submitted') checkStaysOutOfIntake(stored, body.events, snapshot.context.path);

        const record: ContactRecord = {
          ...stored,
          ...derived(snapshot),
          events: body.events,
          version: stored.version + 1,
          updatedBy: user,
          updatedAt: new Date().toISOString(),
        };
        // An optional field the replay no longer sets (say the route, after going back into intake) must go.
        if (snapshot.context.route === undefined) delete record.route;
        if (snapshot.context.identity === undefined) delete record.identity;
        if (snapshot.context.outcome === undefined) delete record.outcome;
        await write([[contactKey(record.id), record]]);
        return json(record);
      });
    }),
  ),

  http.post(
    '/api/contacts/:id/submit',
    withProblems<{ id: string }>(async ({ request, params }) => {
      const user = requireRole(request, CONTACT_ROLES);
      await findContact(params.id);
      const key = readIdempotencyKey(request, true);
      const body = await parseBody(request, submitBodySchema);
      return serialised(async () => {
        const stored = await findContact(params.id);
        const requestFingerprint = fingerprint({ contact: stored.id, version: body.version });
        // A retry is answered with the contact as it is now, not as it was: the client carries on from the
        // current version, and a stale copy would make its next autosave a conflict.
        if ((await replayed('submit-contact', key, requestFingerprint)) !== undefined) return json(stored, 200, true);
        if (stored.status === 'submitted') {
          throw new Problem(409, 'already-submitted', 'This contact has already been submitted', {
            detail: `It was submitted at ${stored.submittedAt ?? 'an earlier time'}.`,
            extensions: { currentVersion: stored.version },
          });
        }
        if (body.version !== stored.version) throw staleVersion(stored, body.version);
        if (stored.state.startsWith('intake')) {
          throw new Problem(422, 'intake-incomplete', 'Finish the intake questions first', {
            detail: `The contact is still at ${stored.state}: it can be submitted once it has been routed.`,
            extensions: { state: stored.state },
          });
        }
        const now = new Date().toISOString();
        const record: ContactRecord = {
          ...stored,
          status: 'submitted',
          submittedAt: now,
          submittedBy: user,
          version: stored.version + 1,
          updatedBy: user,
          updatedAt: now,
        };
        await write([
          [contactKey(record.id), record],
          idempotencyRecord('submit-contact', key, requestFingerprint, record.id, now),
        ]);
        return json(record);
      });
    }),
  ),
];
