import { createActor, type SnapshotFrom } from 'xstate';
import { contactMachine, refusalsFor, type ContactEvent, type ContactInput } from './contact.machine';
import type { Refusal } from './contact.rules';

export type ContactSnapshot = SnapshotFrom<typeof contactMachine>;

export interface ReplayResult {
  /** The snapshot after the last accepted event (replay stops at the first refused one). */
  snapshot: ContactSnapshot;
  /** Index of the first event the machine did not accept in its state at that point, if any. */
  rejectedAt?: number;
  /** Why the machine refused that event, with the rule ids (see `refusalsFor`). */
  refusals?: Refusal[];
}

/**
 * Rebuilds a contact from its event log. A stored contact is its events: replaying them through the one
 * machine gives the state, route, actions and deadlines, so nothing derived is ever trusted from a client.
 * An event the machine refuses where it stands (a decision before screening, a decision by the wrong role)
 * is reported with the machine's reasons, and nothing after it is replayed.
 */
export function replayContact(input: ContactInput, events: ContactEvent[]): ReplayResult {
  const actor = createActor(contactMachine, { input }).start();
  let rejectedAt: number | undefined;
  let refusals: Refusal[] | undefined;
  events.forEach((event, index) => {
    if (rejectedAt !== undefined) return;
    const before = actor.getSnapshot();
    if (before.can(event)) actor.send(event);
    else {
      rejectedAt = index;
      refusals = refusalsFor(before, event);
    }
  });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return rejectedAt === undefined ? { snapshot } : { snapshot, rejectedAt, refusals: refusals ?? [] };
}
