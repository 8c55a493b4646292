import type { Migration } from '../migration';

/**
 * The hall: one queue for every kiosk and counter of a hall (docs/hall.md).
 * - `hall_tickets` is the host's queue. Calling order is priority, then issue time (so tickets a
 *   member issued offline and handed over later fall into their place), then arrival. The times a
 *   ticket was issued, called and closed and the counter are kept for waiting-time figures.
 * - `hall_counters` numbers the host's tickets per day and letter; `hall_offline_counters` numbers
 *   a member's offline block. Both commit with the ticket, so no number is given twice across
 *   restarts and power cuts, and `UNIQUE(day, number)` makes a duplicate impossible.
 * - `hall_handover` keeps a member's offline tickets until the host has taken them.
 * - `hall_devices` and `hall_pairing` pair LAN devices: only token and code hashes are stored.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'hall',
  up(db) {
    db.exec(`
      CREATE TABLE hall_tickets (
        pos INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        prefix TEXT NOT NULL,
        seq INTEGER NOT NULL,
        number TEXT NOT NULL,
        service_id TEXT NOT NULL REFERENCES ticket_services (id),
        priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
        kiosk_id TEXT NOT NULL,
        offline INTEGER NOT NULL CHECK (offline IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'served', 'no-show')),
        issued_at TEXT NOT NULL,
        called_at TEXT,
        closed_at TEXT,
        counter INTEGER,
        for_counter INTEGER,
        calls INTEGER NOT NULL DEFAULT 0,
        last_call_at TEXT,
        UNIQUE (day, number)
      ) STRICT;
      CREATE INDEX hall_tickets_waiting ON hall_tickets (day, status, service_id, priority, issued_at);
      CREATE INDEX hall_tickets_counter ON hall_tickets (counter, status);

      CREATE TABLE hall_counters (
        day TEXT NOT NULL,
        prefix TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (day, prefix)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE hall_offline_counters (
        day TEXT NOT NULL,
        prefix TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (day, prefix)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE hall_handover (
        id TEXT PRIMARY KEY NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        handed_at TEXT
      ) STRICT;

      CREATE TABLE hall_devices (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('counter', 'display', 'kiosk')),
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        paired_at TEXT NOT NULL,
        last_seen_at TEXT,
        revoked_at TEXT
      ) STRICT;

      CREATE TABLE hall_pairing (
        code_hash TEXT PRIMARY KEY NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
