/**
 * A short-lived memory of computed figures, per database handle and key (issue 7). The figures of a
 * whole organisation are built from every cycle in it — at 100,000 leaders far too much to redo on
 * each page view — and they describe quarters, so a minute's delay changes nothing for their
 * readers. Concurrent requests for the same key share one computation; a failed one is forgotten.
 * For a further minute after its lifetime, a value is still answered while a new one is computed in
 * the background, so readers do not all wait at each expiry; older than that, the reader waits.
 * Each process keeps its own: nothing here is ever written, so processes cannot disagree for long.
 */
const LIFETIME_MS = 60_000;
const STALE_MS = 60_000;
/** A bound on the keys per handle (filters are whole units and quarters, so there are few in use). */
const MAX_ENTRIES = 1_000;

interface Entry {
  expiresAt: number;
  value: Promise<unknown>;
  isRefreshing: boolean;
}

const caches = new WeakMap<object, Map<string, Entry>>();

export function rememberFigures<T>(
  db: object,
  key: string,
  compute: () => Promise<T>,
  now: number = Date.now(),
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const entry = cache.get(key);
  if (entry && entry.expiresAt > now) return entry.value as Promise<T>;
  if (entry && entry.expiresAt + STALE_MS > now) {
    if (!entry.isRefreshing) refresh(cache, key, entry, compute, now);
    return entry.value as Promise<T>;
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const value = compute();
  cache.set(key, { expiresAt: now + LIFETIME_MS, value, isRefreshing: false });
  value.catch(() => {
    if (cache?.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

/** Computes a stale entry's next value; it replaces the entry only once it has succeeded. */
function refresh<T>(
  cache: Map<string, Entry>,
  key: string,
  entry: Entry,
  compute: () => Promise<T>,
  now: number,
) {
  entry.isRefreshing = true;
  compute().then(
    (result) => {
      if (cache.get(key) === entry)
        cache.set(key, { expiresAt: now + LIFETIME_MS, value: Promise.resolve(result), isRefreshing: false });
    },
    () => {
      // Keep answering the stale value until it is too old; the next reader tries again.
      entry.isRefreshing = false;
    },
  );
}
