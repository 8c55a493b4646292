import { z } from 'zod';
import { channel } from '../define';
import { TECHNICIAN_ONLY } from '../roles';
import { ScanSource } from './scan';

/**
 * A scan as a technician testing a scanner or card reader sees it: what arrived on the wire
 * (control characters made visible, personal data masked) and what the kiosk made of it.
 */
export const ScanTestEntry = z.object({
  source: ScanSource,
  at: z.string(),
  /** The payload as received, with CR, LF and other control bytes shown; null when only its kind is known (camera, wedge). */
  payload: z.string().nullable(),
  /** Characters received, before any trimming. */
  length: z.number().int().nonnegative().nullable(),
  kind: z.enum(['procedure', 'dossier', 'cccd', 'ticket', 'unknown']),
  /** The procedure or dossier code, the reason for `unknown`, or the masked card holder for `cccd`. */
  detail: z.string(),
});
export type ScanTestEntry = z.infer<typeof ScanTestEntry>;

/** Where the kiosk writes: free space (a full disk means nothing new can be kept) and databases set aside as malformed. */
export const StorageStatus = z.object({
  dataDir: z.string(),
  freeBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  /** Free space is below what the kiosk needs to keep working safely. */
  low: z.boolean(),
  /** `kiosk.db.corrupt-<time>` files: the database was unreadable at a start and a fresh one was made. */
  setAsideDatabases: z.array(z.string()),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

export const technicianChannels = {
  'technician.storage': channel({ args: z.object({}).strict(), result: StorageStatus, roles: TECHNICIAN_ONLY }),
  /** The last scans and card reads since start, newest first, kept in memory only. */
  'technician.recentScans': channel({
    args: z.object({}).strict(),
    result: z.object({ scans: z.array(ScanTestEntry) }),
    roles: TECHNICIAN_ONLY,
  }),
};
