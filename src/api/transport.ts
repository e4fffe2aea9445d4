// The mock backend (MSW) starts in parallel with the first render rather than before it: the first question
// needs no data, and waiting for the service worker cost more than a second on a cold start. Every request
// waits here until the backend can answer; with no backend to wait for (tests, Storybook) it goes at once.

let ready: Promise<unknown> = Promise.resolve();

/** Makes every API request wait for `promise` (settled either way: a failed start shows as request errors). */
export function setTransportReady(promise: Promise<unknown>): void {
  ready = promise.catch(() => undefined);
}

export function transportReady(): Promise<unknown> {
  return ready;
}
