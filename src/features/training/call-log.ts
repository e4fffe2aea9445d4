import { useCallback, useRef, useState } from 'react';
import type { QuestionId, QuestionStep } from '../../../machines/training/questions';

// What has happened on the simulated call so far: the steps the trainee reached (the caller volunteers
// lines then) and the questions they asked, in order. Kept in localStorage under the walk-through's key
// (the practice contact's id), so a reload shows the same transcript and the attempt sends the same
// `asked` list. Only ids are stored: the words come from the scenario each time.

export type CallLogEntry = { type: 'reached'; step: QuestionStep } | { type: 'asked'; question: QuestionId };

const PREFIX = 'front-door:training-call:';

function read(key: string): CallLogEntry[] {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is CallLogEntry =>
        typeof e === 'object' && e !== null && ((e.type === 'reached' && typeof e.step === 'string') || (e.type === 'asked' && typeof e.question === 'string')),
    );
  } catch {
    return [];
  }
}

function write(key: string, log: CallLogEntry[]) {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(log));
  } catch {
    // Storage full or private browsing: the call still works for this page view.
  }
}

export function clearCallLog(key: string) {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing kept.
  }
}

export const askedIn = (log: readonly CallLogEntry[]): QuestionId[] =>
  log.flatMap((e) => (e.type === 'asked' ? [e.question] : []));

/** The call log of one walk-through, persisted as it grows. Reaching a step or asking again adds nothing. */
export function useCallLog(key: string) {
  const [log, setLog] = useState<CallLogEntry[]>(() => read(key));
  const add = useCallback(
    (entry: CallLogEntry) =>
      setLog((current) => {
        const seen = current.some((e) =>
          e.type === 'reached' && entry.type === 'reached' ? e.step === entry.step : e.type === 'asked' && entry.type === 'asked' && e.question === entry.question,
        );
        if (seen) return current;
        const next = [...current, entry];
        write(key, next);
        return next;
      }),
    [key],
  );
  const reach = useCallback((step: QuestionStep) => add({ type: 'reached', step }), [add]);
  const ask = useCallback((question: QuestionId) => add({ type: 'asked', question }), [add]);
  return { log, reach, ask };
}

// The attempt a finished walk-through recorded, so a reload (or Back) after the debrief does not offer to
// record a second attempt for the same practice call.
const ATTEMPT_PREFIX = 'front-door:training-attempt:';

export function rememberAttempt(key: string, attemptId: string) {
  try {
    localStorage.setItem(ATTEMPT_PREFIX + key, attemptId);
  } catch {
    // Not kept: the server still holds the attempt.
  }
}

export function rememberedAttempt(key: string): string | undefined {
  try {
    return localStorage.getItem(ATTEMPT_PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * One Idempotency-Key per distinct attempt body from this walk-through: a retry or a second click sends
 * the same key (the server records one attempt); changed answers are a new request with a new key.
 */
export function useIdempotencyKey() {
  const keys = useRef(new Map<string, string>());
  return useCallback((body: unknown) => {
    const id = JSON.stringify(body);
    let key = keys.current.get(id);
    if (!key) {
      key = crypto.randomUUID();
      keys.current.set(id, key);
    }
    return key;
  }, []);
}
