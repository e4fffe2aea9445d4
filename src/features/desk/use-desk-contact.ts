import { useMemo, useState } from 'react';
import type { ContactEvent } from '../../../machines/contact/contact.machine';
import type { Refusal } from '../../../machines/contact/contact.rules';
import { replayContact } from '../../../machines/contact/replay';
import { useSaveEvents, type ContactRecord } from '../../api/contacts';
import { isProblem } from '../../api/problem';

export interface DeskError {
  fieldId: string;
  message: string;
}

/**
 * The desk's view of one contact: its log replayed through the contact machine (for the context the
 * record does not carry: screening, decision, sharing authorisation), and `append`, which checks an event
 * with the machine first and then saves the log with it added (PUT /api/contacts/:id/events).
 */
export function useDeskContact(record: ContactRecord) {
  const save = useSaveEvents(record.id);
  const [errors, setErrors] = useState<DeskError[]>([]);
  const input = useMemo(
    () => ({ authority: record.authority, receivedAt: record.receivedAt, channel: record.channel }),
    [record.authority, record.receivedAt, record.channel],
  );
  const snapshot = useMemo(() => replayContact(input, record.events as ContactEvent[]).snapshot, [input, record.events]);

  /**
   * Resolves with the machine's refusals (empty when the event was accepted and saved), or 'failed' when
   * the save failed. A refused event is never sent: the page words the refusal, naming who must act.
   */
  async function append(event: ContactEvent, fieldId: string): Promise<Refusal[] | 'failed'> {
    setErrors([]);
    const events = [...(record.events as ContactEvent[]), event];
    const trial = replayContact(input, events);
    if (trial.rejectedAt !== undefined) return trial.refusals ?? [];
    try {
      await save.mutateAsync({ version: record.version, events: events as ContactRecord['events'] });
      return [];
    } catch (error) {
      if (isProblem(error)) {
        const detail = error.errors.map((e) => e.message).join(' ');
        setErrors([{ fieldId, message: `${error.title}${detail ? `: ${detail}` : error.detail ? `: ${error.detail}` : ''}` }]);
      } else {
        setErrors([{ fieldId, message: error instanceof Error ? error.message : 'The change was not saved.' }]);
      }
      return 'failed';
    }
  }

  return { snapshot, context: snapshot.context, append, errors, saving: save.isPending };
}
