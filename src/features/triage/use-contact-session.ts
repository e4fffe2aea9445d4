import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createActor } from 'xstate';
import { contactMachine, type ContactEvent } from '../../../machines/contact/contact.machine';
import { contactEventSchema } from '../../../machines/contact/contact.schema';
import type { ContactRecord } from '../../api/contacts';

const LOCAL_KEY = (id: string) => `front-door:contact-events:${id}`;

/** Runs `task` after the browser has painted the next frame (or soon, where there are no frames). */
function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** First automatic retry after a save has failed for good; doubles each time up to the maximum. */
const RETRY_AFTER_FAILURE_MS = 5_000;
const MAX_RETRY_AFTER_FAILURE_MS = 60_000;

interface LocalCopy {
  version: number;
  events: ContactEvent[];
}

function readLocal(id: string): LocalCopy | undefined {
  try {
    const raw = localStorage.getItem(LOCAL_KEY(id));
    return raw ? (JSON.parse(raw) as LocalCopy) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The events to start from: the server's log, unless this browser holds a longer log that extends it
 * (answers given while saves were failing). Nothing a call handler entered is dropped on reload.
 */
function startingEvents(record: ContactRecord): { events: ContactEvent[]; unsaved: boolean } {
  const local = readLocal(record.id);
  const server = record.events as ContactEvent[];
  if (local && local.events.length > server.length) {
    // Both sides through the same schema first: the server stores parsed events (defaults filled in, keys in
    // schema order), so a byte comparison of raw objects could wrongly say the logs diverge.
    const normal = (e: unknown) => {
      const parsed = contactEventSchema.safeParse(e);
      return parsed.success ? JSON.stringify(parsed.data) : undefined;
    };
    const extends_ = server.every((e, i) => normal(e) !== undefined && normal(e) === normal(local.events[i]));
    if (extends_) return { events: local.events, unsaved: true };
  }
  return { events: server, unsaved: false };
}

export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';

export interface ContactSession {
  snapshot: ReturnType<typeof contactMachine.transition>;
  events: ContactEvent[];
  saveState: SaveState;
  send: (event: ContactEvent) => boolean;
  /** The actor's snapshot now, for a handler that sends several events in a row. */
  current: () => ReturnType<typeof contactMachine.transition>;
  /** Saves the log now (also used before submitting); resolves with the server's version. */
  flush: () => Promise<number>;
}

export interface SaveFn {
  (events: ContactEvent[], version: number): Promise<{ version: number }>;
}

/**
 * Runs one contact: the actor is rebuilt from the event log, every accepted event is appended to the
 * log, kept in localStorage at once and saved to the backend in order (one save at a time, each with the
 * version the previous one returned, so the server detects a second tab as a conflict).
 */
export function useContactSession(record: ContactRecord, save: SaveFn): ContactSession {
  const [initial] = useState(() => startingEvents(record));
  const [actor] = useState(() => {
    const a = createActor(contactMachine, {
      input: { authority: record.authority, receivedAt: record.receivedAt, channel: record.channel },
    }).start();
    for (const event of initial.events) a.send(event);
    return a;
  });
  // Not stopped on unmount: React's strict mode unmounts and remounts once, and a stopped actor would
  // ignore every later answer. A pure machine with no timers holds nothing that needs releasing.
  const snapshot = useSelector(actor, (s) => s);
  const eventsRef = useRef<ContactEvent[]>(initial.events);
  const versionRef = useRef(record.version);
  const savedLength = useRef(record.events.length);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  /** Automatic retries since the last answer, for the growing wait between them. */
  const failures = useRef(0);
  const [events, setEvents] = useState(initial.events);
  const [saveState, setSaveState] = useState<SaveState>(initial.unsaved ? 'failed' : 'saved');

  const persistLocal = useCallback(() => {
    try {
      localStorage.setItem(LOCAL_KEY(record.id), JSON.stringify({ version: versionRef.current, events: eventsRef.current }));
    } catch {
      // Storage full or blocked: the backend save still runs; nothing else to do here.
    }
  }, [record.id]);

  const flush = useCallback(() => {
    const run = chain.current.then(async () => {
      if (eventsRef.current.length === savedLength.current) return versionRef.current;
      const log = eventsRef.current;
      setSaveState('saving');
      try {
        const result = await save(log, versionRef.current);
        versionRef.current = result.version;
        savedLength.current = log.length;
        persistLocal();
        setSaveState(eventsRef.current.length === savedLength.current ? 'saved' : 'saving');
        return result.version;
      } catch (error) {
        setSaveState((error as { status?: number }).status === 409 ? 'conflict' : 'failed');
        throw error;
      }
    });
    // Keep the chain alive after a failure so the next answer retries the save.
    chain.current = run.catch(() => undefined);
    return run;
  }, [save, persistLocal]);

  // Answers restored from this browser that the server never got are sent again on load.
  useEffect(() => {
    if (initial.unsaved) flush().catch(() => undefined);
  }, [initial.unsaved, flush]);

  // A save that failed (after the mutation's own retries) is tried again without waiting for the next answer:
  // the call handler may be on Check your answers, with nothing more to type. Later and later (5 s, 10 s, …
  // 60 s) so a server that is down is not hammered, and at once when the browser says it is back online.
  useEffect(() => {
    if (saveState !== 'failed') {
      if (saveState === 'saved') failures.current = 0;
      return undefined;
    }
    const wait = Math.min(RETRY_AFTER_FAILURE_MS * 2 ** failures.current, MAX_RETRY_AFTER_FAILURE_MS);
    failures.current += 1;
    const retry = () => flush().catch(() => undefined);
    const timer = setTimeout(retry, wait);
    window.addEventListener('online', retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', retry);
    };
  }, [saveState, flush]);

  const send = useCallback(
    (event: ContactEvent) => {
      if (!actor.getSnapshot().can(event)) return false;
      actor.send(event);
      eventsRef.current = [...eventsRef.current, event];
      setEvents(eventsRef.current);
      persistLocal();
      // A new answer saves at once; the automatic retries after a failure start again from the shortest wait.
      failures.current = 0;
      // The answer is already safe in localStorage; the save to the server starts once the next page has been
      // drawn, so that its work (and the in-page mock backend's replay) does not delay the page (bench: Continue).
      afterNextPaint(() => flush().catch(() => undefined));
      return true;
    },
    [actor, persistLocal, flush],
  );

  const current = useCallback(() => actor.getSnapshot(), [actor]);
  return { snapshot, events, saveState, send, current, flush };
}
