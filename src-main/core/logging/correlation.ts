import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The correlation id of the citizen session a piece of work belongs to. The dispatcher runs
 * each call inside it, so every logger that work reaches (core services, hardware drivers,
 * shells) tags its lines with the same id without passing it down by hand.
 */
const storage = new AsyncLocalStorage<string>();

export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return storage.run(correlationId, work);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}
