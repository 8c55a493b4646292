import { join } from 'node:path';
import { type Clock, fakeClock } from '../../../src-main/api/center-clock';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { HallQueue } from '../../../src-main/core/hall/hall-queue';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { tempDir } from '../../support/test-kiosk';

/** Monday 23 November 2026, 09:00 in Hà Nội. */
export const MONDAY_9AM = '2026-11-23T02:00:00.000Z';

export interface HallRig {
  readonly db: Database;
  readonly queue: HallQueue;
  readonly clock: ReturnType<typeof fakeClock>;
  readonly file: string;
  /** Closes the database and opens the same file again, as a restarted host would. */
  reopen(): HallRig;
  close(): void;
}

function rigOn(file: string, clock: ReturnType<typeof fakeClock>, cleanup: () => void): HallRig {
  const db = openDatabase(file);
  const queue = new HallQueue({ db, clock, log: createLogger(memorySink(), 'hall'), hostId: 'KHOST00001' });
  return {
    db,
    queue,
    clock,
    file,
    reopen() {
      db.close();
      return rigOn(file, clock, cleanup);
    },
    close() {
      if (db.open) db.close();
      cleanup();
    },
  };
}

/** A hall queue on a real SQLite file in a fresh directory, at a clock the test moves. */
export function hallRig(start: string = MONDAY_9AM): HallRig {
  const dir = tempDir('hall-test-');
  return rigOn(join(dir.path, 'kiosk.db'), fakeClock(start), () => dir.remove());
}

/** The outbox events of a type, oldest first, as the center server will receive them. */
export function outboxEvents(db: Database, type: string): Record<string, unknown>[] {
  const rows = db.prepare(`SELECT payload FROM outbox WHERE kind = 'event' ORDER BY id`).all() as { payload: string }[];
  return rows
    .map((r) => JSON.parse(r.payload) as { type: string; data: Record<string, unknown> })
    .filter((e) => e.type === type)
    .map((e) => e.data);
}

export type { Clock };
