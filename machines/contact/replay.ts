import { createActor, type SnapshotFrom } from 'xstate';
import { contactMachine, type ContactEvent, type ContactInput } from './contact.machine';

export type ContactSnapshot = SnapshotFrom<typeof contactMachine>;

export interface ReplayResult {
  snapshot: ContactSnapshot;
  /** Index of the first event the machine did not accept in its state at that point, if any. */
  rejectedAt?: number;
}

/**
 * Rebuilds a contact from its event log. A stored contact is its events: replaying them through the one
 * machine gives the state, route, actions and deadlines, so nothing derived is ever trusted from a client.
 * An event the machine would ignore where it stands (for example a decision before screening) is reported.
 */
export function replayContact(input: ContactInput, events: ContactEvent[]): ReplayResult {
  const actor = createActor(contactMachine, { input }).start();
  let rejectedAt: number | undefined;
  events.forEach((event, index) => {
    const before = actor.getSnapshot();
    if (rejectedAt === undefined && !before.can(event)) rejectedAt = index;
    if (rejectedAt === undefined) actor.send(event);
  });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return rejectedAt === undefined ? { snapshot } : { snapshot, rejectedAt };
}
