/**
 * The privacy switch of the kiosk: everything that may hold a visitor's data registers here, and
 * when the visit ends (idle timeout, "End my session", a finished flow) every entry is reset
 * before the next person steps up.
 *
 * Register a zustand store (reset to its initial state, functions included):
 *   registerSessionStore('catalog', useCatalogStore);
 * or anything else that keeps data in memory (a scanner buffer, a cache):
 *   registerSessionReset('scanner', () => buffer.clear(), () => buffer.snapshot());
 *
 * Call it once, at module level beside the store. `inspect` lets the privacy test look at what is
 * left after a reset; it is only ever read by `sessionSnapshot()`.
 */
import { errorMessage } from '../../src-main/api/error-message';

interface Entry {
  readonly reset: () => void;
  readonly inspect?: () => unknown;
}

const entries = new Map<string, Entry>();

export function registerSessionReset(name: string, reset: () => void, inspect?: () => unknown): () => void {
  const entry: Entry = inspect ? { reset, inspect } : { reset };
  entries.set(name, entry);
  return () => {
    if (entries.get(name) === entry) entries.delete(name);
  };
}

/** The part of a zustand store this registry needs (works with `create()`'s hook). */
export interface ResettableStore<T> {
  getState(): T;
  getInitialState(): T;
  setState(state: T, replace: true): void;
}

export function registerSessionStore<T>(name: string, store: ResettableStore<T>): () => void {
  return registerSessionReset(
    name,
    () => store.setState(store.getInitialState(), true),
    () => store.getState(),
  );
}

/**
 * Runs every reset. One failing reset is reported and the others still run, because a half
 * cleared kiosk is worse than a logged error. Returns the names that failed.
 */
export function resetSession(onError: (name: string, error: unknown) => void = () => undefined): string[] {
  const failed: string[] = [];
  for (const [name, entry] of entries) {
    try {
      entry.reset();
    } catch (error) {
      failed.push(name);
      onError(name, error);
    }
  }
  return failed;
}

/** What every registered store holds now, by name (for the privacy test). */
export function sessionSnapshot(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, entry] of entries) {
    if (!entry.inspect) continue;
    try {
      out[name] = entry.inspect();
    } catch (error) {
      out[name] = { inspectFailed: errorMessage(error) };
    }
  }
  return out;
}

export function registeredSessionResets(): string[] {
  return [...entries.keys()];
}
