import type { Migration } from '../migration';

/**
 * Which kiosk ids the hall host's paired member kiosks print in their tickets' QR codes
 * (docs/hall.md, "Whose ticket a QR names"). The queue knows a member's ticket by the paired
 * device that asked for its number; a QR names the member's own kiosk id. Without this link a
 * ticket of another hall whose number and day exist here was told as this hall's.
 * - One row per device and kiosk id: learned at pairing, and again whenever a member reports its
 *   id with a request; `last_seen_at` says when it last did. A member that ever printed under an
 *   older id keeps that row, so its older tickets are still known.
 * - The rows stay when a device is revoked: the tickets it was given remain this hall's on their
 *   day (the device's `revoked_at` says from when its id stops naming this hall).
 */
export const migration0013: Migration = {
  version: 13,
  name: 'hall-member-kiosks',
  up(db) {
    db.exec(`
      CREATE TABLE hall_member_kiosks (
        device_id TEXT NOT NULL REFERENCES hall_devices (id),
        kiosk_id TEXT NOT NULL CHECK (length(kiosk_id) BETWEEN 1 AND 40),
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        PRIMARY KEY (device_id, kiosk_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX hall_member_kiosks_by_kiosk ON hall_member_kiosks (kiosk_id);
    `);
  },
};
