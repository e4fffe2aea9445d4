import { AUTHORITY_IDS, type AuthorityId, type Route } from '../../../machines/contact/contact.schema';
import type { ContactSummary } from '../../api/contacts';

// The work queue as pure functions: which contacts wait for the desk, their order (decision due first),
// the filters and the counts per stage. Kept apart from the page so the bench and tests can drive them.

export const QUEUE_STAGES = ['screening', 'decision'] as const;
export type QueueStage = (typeof QUEUE_STAGES)[number];

export interface QueueItem {
  id: string;
  reference: string;
  authority: AuthorityId;
  route?: Route;
  stage: QueueStage;
  receivedAt: string;
  /** Epoch ms of the decision deadline (DEC-TIMESCALE); Infinity when the contact has none. */
  due: number;
  dueIso?: string;
}

export interface QueueFilters {
  authority: AuthorityId | '';
  route: Route | '';
  stage: QueueStage | '';
  dueToday: boolean;
  overdue: boolean;
}

export const NO_FILTERS: QueueFilters = { authority: '', route: '', stage: '', dueToday: false, overdue: false };

const isStage = (state: string): state is QueueStage => (QUEUE_STAGES as readonly string[]).includes(state);

/** Submitted contacts awaiting screening or a decision, soonest decision deadline first. */
export function toQueue(items: readonly ContactSummary[]): QueueItem[] {
  const out: QueueItem[] = [];
  for (const c of items) {
    if (c.status !== 'submitted' || !isStage(c.state)) continue;
    out.push({
      id: c.id,
      reference: c.reference,
      authority: c.authority,
      ...(c.route ? { route: c.route } : {}),
      stage: c.state,
      receivedAt: c.receivedAt,
      due: c.decisionDue ? Date.parse(c.decisionDue) : Number.POSITIVE_INFINITY,
      ...(c.decisionDue ? { dueIso: c.decisionDue } : {}),
    });
  }
  return out.sort((a, b) => a.due - b.due || a.reference.localeCompare(b.reference));
}

/** The end of today in London, as epoch ms (for "due today"). */
export function endOfLondonDay(now: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(now));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const elapsed = ((n('hour') * 60 + n('minute')) * 60 + n('second')) * 1000;
  return now - elapsed + 24 * 3600 * 1000 - 1;
}

/** Filters keep the queue's order. */
export function filterQueue(items: readonly QueueItem[], f: QueueFilters, now: number): QueueItem[] {
  const endOfDay = endOfLondonDay(now);
  return items.filter(
    (i) =>
      (f.authority === '' || i.authority === f.authority) &&
      (f.route === '' || i.route === f.route) &&
      (f.stage === '' || i.stage === f.stage) &&
      (!f.dueToday || (i.due >= now && i.due <= endOfDay)) &&
      (!f.overdue || i.due < now),
  );
}

export function countByStage(items: readonly QueueItem[]): Record<QueueStage, number> {
  const counts: Record<QueueStage, number> = { screening: 0, decision: 0 };
  for (const i of items) counts[i.stage] += 1;
  return counts;
}

/** Made-up queue items for the performance bench (`/desk?synthetic=10000`): nothing is stored. */
export function syntheticQueue(count: number, now: number): QueueItem[] {
  const routes: Route[] = ['front-door', 'out-of-hours'];
  const items: QueueItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const authority = AUTHORITY_IDS[i % AUTHORITY_IDS.length] ?? 'dorset';
    // Spread from two days overdue to two days ahead, deterministically.
    const due = now + (((i * 7919) % 345_600) - 172_800) * 1000;
    items.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      reference: `FD-${authority.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(6, '0')}`,
      authority,
      route: routes[i % 7 === 0 ? 1 : 0],
      stage: i % 3 === 0 ? 'decision' : 'screening',
      receivedAt: new Date(due - 86_400_000).toISOString(),
      due,
      dueIso: new Date(due).toISOString(),
    });
  }
  return items.sort((a, b) => a.due - b.due || a.reference.localeCompare(b.reference));
}
