import { readdirSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageStatus } from '../../api/channels/technician';

/** Below this the technician's screen warns: a day of dossiers and logs needs far less, a VACUUM needs the database's size. */
export const LOW_SPACE_BYTES = 200 * 1024 * 1024;

/** Free space where the kiosk writes, and databases set aside as malformed that a technician should look at. */
export function storageStatus(dataDir: string): StorageStatus {
  const fs = statfsSync(dataDir);
  const freeBytes = fs.bavail * fs.bsize;
  return {
    dataDir,
    freeBytes,
    totalBytes: fs.blocks * fs.bsize,
    low: freeBytes < LOW_SPACE_BYTES,
    setAsideDatabases: readdirSync(dataDir)
      .filter((name) => name.startsWith('kiosk.db.corrupt-') && !name.endsWith('-wal') && !name.endsWith('-shm'))
      .map((name) => join(dataDir, name))
      .sort(),
  };
}
