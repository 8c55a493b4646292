import type { Database } from './open-database';

type Job = { work: () => unknown; durable: boolean; resolve(value: unknown): void; reject(error: unknown): void };

/**
 * `full`: the commit is on disk before anyone is answered (`synchronous=FULL`). `relaxed`: it
 * survives a crash of the process but maybe not a power cut (`synchronous=NORMAL` in WAL, no
 * fsync): for writes whose loss to a power cut is harmless and that are made again (see the
 * caller). A group with any `full` write is committed `full`.
 */
export type Durability = 'full' | 'relaxed';

export interface GroupCommit {
  /**
   * Runs `work` (synchronous SQLite writes) in the next group commit and resolves once that
   * commit is durable; rejects with what `work` threw, its own writes undone and the others kept.
   */
  run<T>(work: () => T, durability?: Durability): Promise<T>;
  /** Runs `effect` after the commit of the group being written, or now when none is. */
  afterCommit(effect: () => void): void;
}

/**
 * Group commit: writes that arrive while the event loop is busy share one `BEGIN IMMEDIATE …
 * COMMIT`, so one fsync (`synchronous=FULL`) makes them all durable. Each write runs in its own
 * savepoint; a write that throws is rolled back alone. Nothing is answered before the commit: a
 * caller awaits `run`, and side effects it registers with `afterCommit` wait for it too.
 *
 * With one writer at a time this costs one `setImmediate` turn; under a burst (a hall's kiosks
 * and desks at 8 o'clock, a loaded machine) the number of fsyncs no longer grows with the
 * number of requests waiting, which is what kept every request waiting behind the others' fsyncs.
 */
export function createGroupCommit(db: Database): GroupCommit {
  let jobs: Job[] = [];
  let effects: (() => void)[] | null = null;

  function commit(): void {
    const group = jobs;
    jobs = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    const after: (() => void)[] = [];
    const relaxed = group.every((job) => !job.durable);
    effects = after;
    // better-sqlite3 is synchronous: nothing else runs on this connection between the pragmas.
    if (relaxed) db.pragma('synchronous = NORMAL');
    try {
      db.transaction(() => {
        for (const job of group) {
          try {
            outcomes.push({ ok: true, value: db.transaction(job.work)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      for (const job of group) job.reject(error);
      return;
    } finally {
      effects = null;
      if (relaxed) db.pragma('synchronous = FULL');
    }
    group.forEach((job, i) => {
      const outcome = outcomes[i] as (typeof outcomes)[number];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
    for (const effect of after) effect();
  }

  return {
    run<T>(work: () => T, durability: Durability = 'full'): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        jobs.push({ work, durable: durability === 'full', resolve: resolve as (value: unknown) => void, reject });
        if (jobs.length === 1) setImmediate(commit);
      });
    },
    afterCommit(effect) {
      if (effects) effects.push(effect);
      else effect();
    },
  };
}
