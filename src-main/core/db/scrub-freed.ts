import type { Database } from './open-database';

export interface ScrubResult {
  /** False when another connection kept the write-ahead log from being emptied (it is retried next time). */
  readonly walEmptied: boolean;
}

/**
 * After personal data was deleted: rebuild the file so no old copy of a row survives in free
 * space (secure_delete zeroes what is freed from now on; VACUUM also clears what an older
 * version left), then move the log into the file and truncate the log to zero bytes, so the
 * deleted data is in neither `kiosk.db` nor `kiosk.db-wal`.
 */
export function scrubFreedData(db: Database): ScrubResult {
  db.exec('VACUUM');
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return { walEmptied: row?.busy === 0 };
}
