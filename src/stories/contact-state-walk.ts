import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { PROFILES } from '../../machines/authorities';
import { contactMachine, type ContactEvent, type ContactInput } from '../../machines/contact/contact.machine';
import { AUTHORITY_IDS, type AuthorityId } from '../../machines/contact/contact.schema';
import type { ContactSnapshot } from '../../machines/contact/replay';

// Walks the contact machine breadth-first, per authority, and keeps for every distinct state value the
// first (so shortest) event sequence that reaches it. The generated per-state stories are built from this,
// so a state added to the machine gets a story when `npm run stories:generate` runs again, and the unit
// test test/components/generated-stories.test.ts fails until it does.
//
// The walk is over (state value, context without `path`): `path` grows with every step and would make
// every visit distinct. Sample events are offered per state, and the checklist is answered one required
// item at a time in profile order, so the search stays small without losing a reachable state.

export interface StateStory {
  /** The dotted state value, as the mock backend writes it: 'intake.children', 'screening'. */
  state: string;
  events: ContactEvent[];
}

export type ContactStates = Record<AuthorityId, StateStory[]>;

/**
 * One instant for every walk: a Wednesday mid-morning, when every front door is open, so the route never
 * depends on the clock the walk happens to run at.
 */
export const WALK_INPUT_TIME = '2026-03-04T10:15:00+00:00';
export const WALK_CHANNEL = 'phone' as const;

export function walkInput(authority: AuthorityId): ContactInput {
  return { authority, receivedAt: WALK_INPUT_TIME, channel: WALK_CHANNEL };
}

export function dotted(value: unknown): string {
  if (typeof value === 'string') return value;
  const [parent, child] = Object.entries(value as Record<string, unknown>)[0] ?? [];
  if (parent === undefined) return '';
  return child === undefined ? parent : `${parent}.${dotted(child)}`;
}

/** The sample answers offered at each step: each one can open a different route. */
function sampleEvents(snapshot: ContactSnapshot): ContactEvent[] {
  const { context } = snapshot;
  const { profile } = context;
  const hubAgency = profile.routing.consultationHub?.agencies[0];
  const value = dotted(snapshot.value);
  const changes: ContactEvent[] = (['referrer', 'children', 'concern', 'parents'] as const).map((step) => ({ type: 'answers.change', step }));
  switch (value) {
    case 'intake.referrer':
      return [
        { type: 'referrer.identified', referrer: { type: 'public', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false } },
        {
          type: 'referrer.identified',
          referrer: { type: 'professional', agency: (hubAgency ?? 'school') as 'school', requestsAnonymity: false, relaysThirdParty: false, consultedHub: false },
        },
      ];
    case 'intake.children':
      return [
        { type: 'children.recorded', children: [{ caseStatus: 'unknown', unborn: false, disability: false }] },
        { type: 'children.recorded', children: [{ caseStatus: 'open', unborn: false, disability: false }] },
        { type: 'step.back' },
      ];
    case 'intake.concern': {
      const none = { immediateDanger: false, crimeSuspected: false, significantHarm: false, harmByAnotherChild: false, allegationAgainstWorker: false };
      return [
        { type: 'concern.described', concern: { ...none, significantHarm: true } },
        { type: 'concern.described', concern: none },
        { type: 'concern.described', concern: { ...none, allegationAgainstWorker: true } },
        { type: 'step.back' },
      ];
    }
    case 'intake.parents':
      return [
        { type: 'parents.recorded', parents: { informed: true, agreed: true, reasonsNotInformed: [] } },
        { type: 'step.back' },
      ];
    case 'informationGathering': {
      const next = profile.checklist.find((i) => i.mustAsk && context.checklist[i.id] === 'not-asked');
      return [
        ...(next ? [{ type: 'checklist.answered', item: next.id, status: 'not-known' } as const] : []),
        { type: 'information.completed' },
        { type: 'step.back' },
        ...changes,
      ];
    }
    case 'screening':
      return [
        {
          type: 'screening.recorded',
          screening: { knownBefore: false, childProtectionPlan: false, lookedAfter: false, siblingsKnown: false, adultsKnown: false, agencyChecks: false },
        },
        { type: 'step.back' },
      ];
    case 'decision':
      return [
        {
          type: 'decision.recorded',
          decision: { outcome: profile.outcomes[0]?.outcome ?? 'no-further-action', authorisedBy: 'manager', at: '2026-03-04T12:00:00+00:00' },
        },
      ];
    case 'feedback':
      return [{ type: 'feedback.sent' }];
    default:
      // The redirected states (allocated worker, hub, online request, managing allegations).
      return snapshot.hasTag('redirected') ? [{ type: 'redirect.confirmed' }, { type: 'step.back' }, ...changes] : [];
  }
}

function key(snapshot: ContactSnapshot): string {
  const { path: _path, profile: _profile, ...rest } = snapshot.context;
  return `${dotted(snapshot.value)}|${JSON.stringify(rest)}`;
}

/** Every distinct state value reachable for one authority, with the shortest event sequence to it. */
export function walkAuthority(authority: AuthorityId): StateStory[] {
  const start = getInitialSnapshot(contactMachine, walkInput(authority)) as ContactSnapshot;
  const seen = new Set([key(start)]);
  const found = new Map<string, ContactEvent[]>([[dotted(start.value), []]]);
  let frontier: { snapshot: ContactSnapshot; events: ContactEvent[] }[] = [{ snapshot: start, events: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { snapshot, events } of frontier) {
      for (const event of sampleEvents(snapshot)) {
        if (!snapshot.can(event)) continue;
        const after = getNextSnapshot(contactMachine, snapshot, event) as ContactSnapshot;
        const k = key(after);
        if (seen.has(k)) continue;
        seen.add(k);
        const path = [...events, event];
        const state = dotted(after.value);
        if (!found.has(state)) found.set(state, path);
        next.push({ snapshot: after, events: path });
      }
    }
    frontier = next;
  }
  return [...found].map(([state, events]) => ({ state, events }));
}

export function walkAllAuthorities(): ContactStates {
  return Object.fromEntries(AUTHORITY_IDS.filter((id) => id in PROFILES).map((id) => [id, walkAuthority(id)])) as ContactStates;
}
