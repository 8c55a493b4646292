import type { Database } from '../db/open-database';

const listeners = new WeakMap<Database, Set<() => void>>();

/**
 * Lets the sync worker hear about new items without polling. Enqueue runs inside the caller's
 * (synchronous) transaction, so the notice is deferred with `setImmediate`: by then the
 * transaction has committed or rolled back; a rolled-back one only costs the worker one look.
 */
export function notifyEnqueued(db: Database): void {
  const set = listeners.get(db);
  if (!set || set.size === 0) return;
  setImmediate(() => {
    for (const l of set) l();
  });
}

export function onEnqueued(db: Database, listener: () => void): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}
