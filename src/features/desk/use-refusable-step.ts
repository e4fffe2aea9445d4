import { useCallback, useState } from 'react';
import type { ContactEvent } from '../../../machines/contact/contact.machine';
import type { Refusal } from '../../../machines/contact/contact.rules';
import type { Role } from '../../../machines/contact/contact.schema';
import { refusalErrors } from './refusals';
import type { DeskError } from './use-desk-contact';

/** Sends one event for the contact; answers the machine's refusals, or 'failed' when the server did not take it. */
export type Append = (event: ContactEvent, fieldId: string) => Promise<Refusal[] | 'failed'>;

/**
 * What every desk step form does with its event: send it, show what the machine refused (linked to the
 * field the refusal is about, submitId otherwise), and count attempts so the error summary takes focus
 * again after each one, a failed validation included.
 */
export function useRefusableStep(append: Append, role: Role) {
  const [attempt, setAttempt] = useState(0);
  const [refused, setRefused] = useState<DeskError[]>([]);
  const again = useCallback(() => setAttempt((n) => n + 1), []);
  const send = async (event: ContactEvent, submitId: string, fieldFor: (r: Refusal) => string = () => submitId) => {
    setRefused([]);
    const result = await append(event, submitId);
    if (Array.isArray(result) && result.length > 0) setRefused(refusalErrors(result, fieldFor, role));
    again();
  };
  /** A refusal the page words itself, before anything is sent. */
  const refuse = (errors: DeskError[]) => {
    setRefused(errors);
    again();
  };
  return { attempt, refused, send, refuse, invalid: again };
}
