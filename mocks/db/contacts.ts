import type { StateValue } from 'xstate';
import type { ContactInput, Deadline, RequiredAction } from '../../machines/contact/contact.machine';
import type {
  AuthorityId,
  Channel,
  ContactEventData,
  Outcome,
  ReferrerIdentity,
  Route,
} from '../../machines/contact/contact.schema';
import type { ContactSnapshot } from '../../machines/contact/replay';
import type { RuleId } from '../../machines/rules/rule-ids';
import type { User } from '../problem';
import { get, list } from './store';

// A contact as the mock backend stores it: its event log plus what the machine derived from replaying it.
// The derived fields are written only by `derived()` below, from a replay on the server side, never taken
// from a request.

export const CONTACT_STATUSES = ['draft', 'submitted'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** Everything the machine works out from the event log. */
export interface DerivedContact {
  /** The machine's state value, dotted: 'intake.children', 'informationGathering'. */
  state: string;
  route?: Route;
  identity?: ReferrerIdentity;
  outcome?: Outcome;
  actions: RequiredAction[];
  deadlines: Deadline[];
  path: string[];
  /** Rule ids that applied, for "why" links. */
  rules: RuleId[];
}

export interface ContactRecord extends DerivedContact {
  id: string;
  reference: string;
  authority: AuthorityId;
  channel: Channel;
  receivedAt: string;
  status: ContactStatus;
  version: number;
  events: ContactEventData[];
  createdBy: User;
  createdAt: string;
  updatedBy: User;
  updatedAt: string;
  submittedAt?: string;
  submittedBy?: User;
  /** A practice call taken in training: kept out of lists, the desk queue and exports (see listContacts). */
  training?: true;
}

export interface ContactSummary {
  id: string;
  reference: string;
  authority: AuthorityId;
  status: ContactStatus;
  state: string;
  route?: Route;
  receivedAt: string;
  decisionDue?: string;
  updatedAt: string;
}

export const contactKey = (id: string) => `contact:${id}`;
const CONTACT_PREFIX = 'contact:';
const sequenceKey = (authority: AuthorityId) => `sequence:${authority}`;

export function dottedState(value: StateValue): string {
  if (typeof value === 'string') return value;
  // The contact machine has no parallel states: one child per level.
  const [parent, child] = Object.entries(value)[0] ?? [];
  if (parent === undefined) return '';
  return child === undefined ? parent : `${parent}.${dottedState(child)}`;
}

export function derived(snapshot: ContactSnapshot): DerivedContact {
  const { context } = snapshot;
  return {
    state: dottedState(snapshot.value),
    ...(context.route !== undefined ? { route: context.route } : {}),
    ...(context.identity !== undefined ? { identity: context.identity } : {}),
    ...(context.outcome !== undefined ? { outcome: context.outcome } : {}),
    actions: context.actions,
    deadlines: context.deadlines,
    path: context.path,
    rules: context.rules,
  };
}

export const inputOf = (record: Pick<ContactRecord, 'authority' | 'receivedAt' | 'channel'>): ContactInput => ({
  authority: record.authority,
  receivedAt: record.receivedAt,
  channel: record.channel,
});

export function summaryOf(record: ContactRecord): ContactSummary {
  const decisionDue = record.deadlines.find((d) => d.deadline === 'decision')?.due;
  return {
    id: record.id,
    reference: record.reference,
    authority: record.authority,
    status: record.status,
    state: record.state,
    ...(record.route !== undefined ? { route: record.route } : {}),
    receivedAt: record.receivedAt,
    ...(decisionDue !== undefined ? { decisionDue } : {}),
    updatedAt: record.updatedAt,
  };
}

export const getContact = (id: string) => get<ContactRecord>(contactKey(id));

/**
 * Contacts newest first. Practice calls from training are left out unless `training: true` asks for them
 * (and then only they are listed): a trainee's made-up call must never reach the desk queue or an export.
 */
export async function listContacts(filter: { authority?: AuthorityId; status?: ContactStatus; training?: boolean }): Promise<ContactRecord[]> {
  const all = await list<ContactRecord>(CONTACT_PREFIX);
  const training = filter.training === true;
  return all
    .filter((c) => (c.training === true) === training)
    .filter((c) => (filter.authority === undefined || c.authority === filter.authority) && (filter.status === undefined || c.status === filter.status))
    .sort(
      (a, b) =>
        Date.parse(b.receivedAt) - Date.parse(a.receivedAt) ||
        b.createdAt.localeCompare(a.createdAt) ||
        b.reference.localeCompare(a.reference),
    );
}

/** FD-DOR, FD-HER, FD-LEI, FD-DER, FD-LIN: the first three letters are unique across the five authorities. */
export const authorityCode = (authority: AuthorityId) => authority.slice(0, 3).toUpperCase();

/** The next reference for an authority and the store write that claims it (made with the contact, atomically). */
export async function nextReference(authority: AuthorityId): Promise<{ reference: string; claim: [string, number] }> {
  const next = ((await get<number>(sequenceKey(authority))) ?? 0) + 1;
  return {
    reference: `FD-${authorityCode(authority)}-${String(next).padStart(6, '0')}`,
    claim: [sequenceKey(authority), next],
  };
}
