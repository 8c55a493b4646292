import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClock } from '../../../src-main/api/center-clock';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import type { Timers } from '../../../src-main/core/outbox/center-client';

/** A real SQLite file in a fresh directory, the fake clock and a logger, for outbox tests. */
export function outboxFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
  const db: Database = openDatabase(join(dir, 'kiosk.db'));
  const clock = fakeClock('2026-03-02T02:00:00.000Z');
  const logs = memorySink(1000);
  return {
    db,
    clock,
    logs,
    log: createLogger(logs, 'test'),
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Timers that only fire when the test says so, so a timeout happens exactly when asked. */
export function manualTimers(): Timers & { fireAll(): void; pending(): number } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout(fn) {
      const id = next++;
      queue.set(id, fn);
      return id;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
    fireAll() {
      const fns = [...queue.values()];
      queue.clear();
      for (const fn of fns) fn();
    },
    pending: () => queue.size,
  };
}
