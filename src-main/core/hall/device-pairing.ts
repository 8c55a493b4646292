import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Clock } from '../../api/center-clock';
import { ApiError } from '../../api/errors';
import type { HallDeviceKind, PairedDevice } from '../../api/hall';
import type { Database } from '../db/open-database';
import { sql } from '../db/statements';
import type { Logger } from '../logging/logger';
import type { MemberKioskIds } from './member-kiosk-ids';
import { SeenWrites } from './seen-writes';

/** A pairing code lives this long; the technician makes a new one for the next device. */
export const PAIRING_CODE_MS = 10 * 60_000;
/** Wrong codes tried (from anywhere) before every open code is void. */
export const PAIRING_MAX_FAILURES = 10;
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

interface DeviceRow {
  id: string;
  kind: HallDeviceKind;
  name: string;
  paired_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

const toDevice = (r: DeviceRow): PairedDevice => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  pairedAt: r.paired_at,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

/**
 * Pairing of LAN devices with the hall host (docs/hall.md, "Pairing"). The technician screen
 * shows a 6-digit code; a page sends it once and receives a device token it keeps. Only SHA-256
 * hashes of codes and tokens are stored (a token is 32 random bytes, so a plain hash is enough;
 * a code is single-use, short-lived, and voided after a few wrong tries anywhere).
 */
export class DevicePairing {
  private failures = 0;
  private readonly seen = new SeenWrites();

  /** `kiosks`, when given, learns a member kiosk's own id at pairing (docs/hall.md, "Whose ticket a QR names"). */
  constructor(private readonly deps: Readonly<{ db: Database; clock: Clock; log: Logger; kiosks?: MemberKioskIds }>) {}

  /** A new code for the technician screen. */
  start(): { code: string; expiresAt: string } {
    const now = this.deps.clock.now();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + PAIRING_CODE_MS).toISOString();
    this.deps.db
      .transaction(() => {
        sql(this.deps.db, 'DELETE FROM hall_pairing WHERE expires_at <= ?').run(now.toISOString());
        sql(this.deps.db, 'INSERT OR REPLACE INTO hall_pairing (code_hash, expires_at) VALUES (?, ?)').run(sha256(code), expiresAt);
      })
      .immediate();
    this.failures = 0;
    this.deps.log.info('hall pairing code made', { expiresAt });
    return { code, expiresAt };
  }

  /**
   * Exchanges a code for a device token; the code is used up. A member kiosk names the kiosk id
   * its QR codes print; an id refused (the host's own) leaves the code unused and nothing stored.
   */
  pair(code: string, kind: HallDeviceKind, name: string, kioskId?: string): { deviceId: string; token: string; kind: HallDeviceKind } {
    if (kioskId !== undefined && kind !== 'kiosk') throw new ApiError('bad-request', 'only a kiosk names a kiosk id');
    const now = this.deps.clock.now().toISOString();
    const token = randomBytes(32).toString('base64url');
    const deviceId = randomUUID();
    const ok = this.deps.db
      .transaction(() => {
        const used = sql(this.deps.db, 'DELETE FROM hall_pairing WHERE code_hash = ? AND expires_at > ?').run(sha256(code), now);
        if (used.changes === 0) return false;
        sql(this.deps.db, 'INSERT INTO hall_devices (id, kind, name, token_hash, paired_at) VALUES (?, ?, ?, ?, ?)').run(
          deviceId,
          kind,
          name,
          sha256(token),
          now,
        );
        if (kioskId !== undefined) this.deps.kiosks?.record(deviceId, kioskId);
        return true;
      })
      .immediate();
    if (!ok) {
      this.failures += 1;
      if (this.failures >= PAIRING_MAX_FAILURES) {
        sql(this.deps.db, 'DELETE FROM hall_pairing').run();
        this.failures = 0;
        this.deps.log.warn('hall pairing codes voided after repeated wrong codes');
      }
      this.deps.log.warn('hall pairing refused: wrong or expired code', { kind });
      throw new ApiError('unauthorized', 'wrong or expired pairing code');
    }
    this.deps.log.info('hall device paired', { deviceId, kind });
    return { deviceId, token, kind };
  }

  /** The paired, not revoked device a token belongs to, or null. */
  verify(token: string): PairedDevice | null {
    if (!token || token.length > 128) return null;
    const row = sql(this.deps.db, 'SELECT * FROM hall_devices WHERE token_hash = ? AND revoked_at IS NULL').get(sha256(token)) as
      | DeviceRow
      | undefined;
    if (!row) return null;
    const now = this.deps.clock.now();
    if (this.seen.due(row.id, now.getTime())) {
      this.seen.wrote(row.id, now.getTime());
      sql(this.deps.db, 'UPDATE hall_devices SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), row.id);
    }
    return toDevice(row);
  }

  list(): PairedDevice[] {
    return (sql(this.deps.db, 'SELECT * FROM hall_devices ORDER BY paired_at, id').all() as DeviceRow[]).map(toDevice);
  }

  revoke(id: string): PairedDevice {
    const changes = sql(this.deps.db, 'UPDATE hall_devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(
      this.deps.clock.now().toISOString(),
      id,
    ).changes;
    const row = sql(this.deps.db, 'SELECT * FROM hall_devices WHERE id = ?').get(id) as DeviceRow | undefined;
    if (!row) throw new ApiError('not-found', 'no such paired device');
    if (changes > 0) this.deps.log.info('hall device revoked', { deviceId: id, kind: row.kind });
    return toDevice(row);
  }
}
