import { z } from 'zod';
import type { Clock } from '../../api/center-clock';
import { centerDate } from '../../api/center-clock';
import { ApiError } from '../../api/errors';
import { HallKioskId, type ListedHallDevice, type PairedDevice, ReportedKioskId } from '../../api/hall';
import type { Database } from '../db/open-database';
import { allRows } from '../db/rows';
import { sql } from '../db/statements';
import type { Logger } from '../logging/logger';
import { SeenWrites } from './seen-writes';

const KioskIdRow = z.object({ kioskId: z.string() });
const RevokedRow = z.object({ revokedAt: z.string().nullable() });
const MemberRow = RevokedRow.extend({ deviceId: z.string() });
const ReportedRow = ReportedKioskId.extend({ deviceId: z.string() });

/** Whom a QR's kiosk id names in this hall on a day. */
export type QrIssuer =
  | Readonly<{ kind: 'host' }>
  /** Paired member devices that reported the id (one, unless a kiosk was paired again). */
  | Readonly<{ kind: 'members'; deviceIds: ReadonlySet<string> }>
  /** No kiosk of this hall: a ticket of another service hall or center. */
  | Readonly<{ kind: 'other-hall' }>
  /**
   * Not a known id, but paired members have not told theirs (an older version): it may be one of
   * theirs. `silentDeviceIds` are those members' devices (paired on that day).
   */
  | Readonly<{ kind: 'unknown'; silentDeviceIds: ReadonlySet<string> }>;

/**
 * Which kiosk ids the host's paired members print in their QR codes (docs/hall.md, "Whose ticket
 * a QR names"), in `hall_member_kiosks`: the queue knows a member's ticket by the paired device
 * that asked for its number, a QR by the member's own kiosk id. Learned at pairing and whenever a
 * member reports its id with a request.
 */
export class MemberKioskIds {
  private readonly seen = new SeenWrites();

  constructor(private readonly deps: Readonly<{ db: Database; clock: Clock; log: Logger; hostId: string }>) {}

  /**
   * Records that a paired member prints `kioskId`. A malformed id is `bad-request` and the host's
   * own id `conflict` (a member claiming it would make the host's tickets its own): nothing is
   * stored either way.
   */
  record(deviceId: string, kioskId: string): void {
    if (!HallKioskId.safeParse(kioskId).success) throw new ApiError('bad-request', 'a kiosk id is letters, digits, - and _ (at most 40)');
    if (kioskId === this.deps.hostId) throw new ApiError('conflict', "this kiosk id is the hall host's own: a member names its own id");
    const now = this.deps.clock.now();
    const key = `${deviceId} ${kioskId}`;
    if (!this.seen.due(key, now.getTime())) return;
    const at = now.toISOString();
    const added = sql(
      this.deps.db,
      `INSERT INTO hall_member_kiosks (device_id, kiosk_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (device_id, kiosk_id) DO NOTHING`,
    ).run(deviceId, kioskId, at, at).changes;
    if (added > 0) this.deps.log.info('hall member kiosk id recorded', { deviceId, kioskId });
    else
      sql(this.deps.db, 'UPDATE hall_member_kiosks SET last_seen_at = ? WHERE device_id = ? AND kiosk_id = ?').run(at, deviceId, kioskId);
    this.seen.wrote(key, now.getTime());
  }

  /** The ids a device has reported, newest first. */
  idsOf(deviceId: string): string[] {
    return allRows(
      KioskIdRow,
      sql(this.deps.db, 'SELECT kiosk_id AS kioskId FROM hall_member_kiosks WHERE device_id = ? ORDER BY last_seen_at DESC'),
      deviceId,
    ).map((r) => r.kioskId);
  }

  /** The devices with the ids each reported, newest first (the technician's hall screen and `kiosk hall devices`). */
  withReported(devices: readonly PairedDevice[]): ListedHallDevice[] {
    const reported = this.reported();
    return devices.map((d) => ({ ...d, kioskIds: reported.get(d.id) ?? [] }));
  }

  private reported(): Map<string, ReportedKioskId[]> {
    const byDevice = new Map<string, ReportedKioskId[]>();
    const rows = allRows(
      ReportedRow,
      sql(
        this.deps.db,
        `SELECT device_id AS deviceId, kiosk_id AS kioskId, first_seen_at AS firstSeenAt, last_seen_at AS lastSeenAt
           FROM hall_member_kiosks ORDER BY last_seen_at DESC, kiosk_id`,
      ),
    );
    for (const { deviceId, ...id } of rows) byDevice.set(deviceId, [...(byDevice.get(deviceId) ?? []), id]);
    return byDevice;
  }

  /**
   * Whom `kioskId` names for a ticket of `day`: the host, the member devices that reported it,
   * or nobody of this hall. A revoked member's id still names it for the days up to the day it
   * was revoked (its tickets of that day stay this hall's); for later days it names another hall,
   * which that kiosk may have joined since. While a member paired for that day has never told its
   * id, an id nobody reported may be that member's: `unknown` (with those members), never `other-hall`.
   */
  issuerOf(kioskId: string, day: string): QrIssuer {
    if (kioskId === this.deps.hostId) return { kind: 'host' };
    const rows = allRows(
      MemberRow,
      sql(
        this.deps.db,
        `SELECT m.device_id AS deviceId, d.revoked_at AS revokedAt
           FROM hall_member_kiosks m JOIN hall_devices d ON d.id = m.device_id
          WHERE m.kiosk_id = ?`,
      ),
      kioskId,
    );
    const pairedThen = (r: { revokedAt: string | null }) => r.revokedAt === null || centerDate(r.revokedAt) >= day;
    const deviceIds = new Set(rows.filter(pairedThen).map((r) => r.deviceId));
    if (deviceIds.size > 0) return { kind: 'members', deviceIds };
    const silent = allRows(
      MemberRow,
      sql(
        this.deps.db,
        `SELECT d.id AS deviceId, d.revoked_at AS revokedAt FROM hall_devices d
          WHERE d.kind = 'kiosk' AND NOT EXISTS (SELECT 1 FROM hall_member_kiosks m WHERE m.device_id = d.id)`,
      ),
    );
    const silentDeviceIds = new Set(silent.filter(pairedThen).map((r) => r.deviceId));
    return silentDeviceIds.size > 0 ? { kind: 'unknown', silentDeviceIds } : { kind: 'other-hall' };
  }
}
