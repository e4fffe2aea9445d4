import { clear, createStore, entries, setMany, delMany, type UseStore } from 'idb-keyval';

// The mock backend's storage: a small async key/value store.
//
// In a browser (the app, Storybook) it is IndexedDB through idb-keyval, so a page reload loses nothing. In
// Node (Vitest's msw/node server, where jsdom has no IndexedDB) it is a Map that lives as long as the worker.
// Either way every read is served from an in-memory copy loaded once, lazily, and every write goes through
// to the backing store before the call resolves.
//
// Values are structured-cloned in and out, as IndexedDB does, so a handler that mutates what it read cannot
// change the store behind its own back.

interface Backing {
  load(): Promise<Array<[string, unknown]>>;
  write(puts: Array<[string, unknown]>, deletes: string[]): Promise<void>;
  clear(): Promise<void>;
}

const memoryBacking = (): Backing => ({
  // The cache is the storage: nothing to load, nothing to write through to.
  load: async () => [],
  write: async () => undefined,
  clear: async () => undefined,
});

function indexedDbBacking(): Backing {
  // createStore opens the database straight away, so it is only called once IndexedDB is known to exist.
  let idb: UseStore | undefined;
  const db = () => (idb ??= createStore('front-door', 'mock-backend'));
  return {
    load: () => entries<string, unknown>(db()),
    async write(puts, deletes) {
      if (puts.length > 0) await setMany(puts, db());
      if (deletes.length > 0) await delMany(deletes, db());
    },
    clear: () => clear(db()),
  };
}

const hasIndexedDb = () => typeof indexedDB !== 'undefined' && indexedDB !== null;

let backing: Backing | undefined;
let cache: Promise<Map<string, unknown>> | undefined;
// Another tab writing to the same IndexedDB makes this tab's copy stale: it reloads on its next read.
let channel: BroadcastChannel | undefined;

function getBacking(): Backing {
  if (!backing) {
    backing = hasIndexedDb() ? indexedDbBacking() : memoryBacking();
    if (hasIndexedDb() && typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel('front-door-mock-backend');
      channel.onmessage = () => {
        cache = undefined;
      };
    }
  }
  return backing;
}

function loaded(): Promise<Map<string, unknown>> {
  cache ??= getBacking()
    .load()
    .then((rows) => new Map(rows))
    .catch((error: unknown) => {
      cache = undefined;
      throw error;
    });
  return cache;
}

export async function get<T>(key: string): Promise<T | undefined> {
  const map = await loaded();
  const value = map.get(key);
  return value === undefined ? undefined : (structuredClone(value) as T);
}

/** Every value whose key starts with `prefix`. */
export async function list<T>(prefix: string): Promise<T[]> {
  const map = await loaded();
  return [...map.entries()].filter(([key]) => key.startsWith(prefix)).map(([, value]) => structuredClone(value) as T);
}

/**
 * Writes several keys at once (one IndexedDB transaction for the puts). The backing store is written first
 * and the cache only after it succeeded, so a failed write leaves both as they were.
 */
export async function write(puts: Array<[string, unknown]>, deletes: string[] = []): Promise<void> {
  const map = await loaded();
  const copies = puts.map(([key, value]): [string, unknown] => [key, structuredClone(value)]);
  await getBacking().write(copies, deletes);
  for (const [key, value] of copies) map.set(key, value);
  for (const key of deletes) map.delete(key);
  channel?.postMessage('changed');
}

export async function clearAll(): Promise<void> {
  await getBacking().clear();
  cache = Promise.resolve(new Map());
  channel?.postMessage('changed');
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` after every earlier one has finished. Handlers run concurrently (an autosave and a submit can
 * be in flight together), so each read-check-write sequence runs inside one of these, or two requests that
 * both read version 3 would both be allowed to write version 4.
 */
export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** For tests: empty the store and forget what was loaded. */
export async function resetStore(): Promise<void> {
  await serialised(clearAll);
}
