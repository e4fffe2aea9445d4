import { refusalsFor, type ContactEvent } from '../../../machines/contact/contact.machine';
import type { Refusal } from '../../../machines/contact/contact.rules';
import type { Role } from '../../../machines/contact/contact.schema';
import type { ContactSnapshot } from '../../../machines/contact/replay';
import { ROLE_NAMES } from '../../lib/session';
import type { DeskError } from './use-desk-contact';

// The desk words what the machine refused; it never decides a rule itself. `refusalsFor` says which rule
// refused a step, on which field, and which role may take it, and the pages show exactly that.

/** The role an event names as acting: trainers run practice calls in any role, as the team manager. */
export const actingRole = (role: Role): Role => (role === 'trainer' ? 'team-manager' : role);

/** One error-summary entry per refusal, linked to the field it is about, with the rule id. */
export function refusalErrors(refusals: readonly Refusal[], fieldFor: (r: Refusal) => string, role: Role): DeskError[] {
  const seen = new Set<string>();
  return refusals.flatMap((r) => {
    const you = r.requiredRole && r.requiredRole !== actingRole(role) ? ` You are signed in as ${ROLE_NAMES[role].toLowerCase()}.` : '';
    const message = `${r.message}${r.rule ? ` (${r.rule})` : ''}.${you}`;
    if (seen.has(message)) return [];
    seen.add(message);
    return [{ fieldId: fieldFor(r), message }];
  });
}

/**
 * Who must act for this step, if not the signed-in role: asks the machine whether it would refuse the
 * event as this role would send it, and reads the role the refusal names.
 */
export function whoMustAct(snapshot: ContactSnapshot, event: ContactEvent): Role | undefined {
  return refusalsFor(snapshot, event).find((r) => r.requiredRole)?.requiredRole;
}
