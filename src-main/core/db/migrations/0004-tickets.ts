import { systemClock } from '../../../api/center-clock';
import { DEFAULT_SERVICES } from '../../tickets/default-services';
import type { Migration } from '../migration';

/**
 * Queue tickets. `ticket_counters` holds the last number handed out per local day and letter,
 * so a number is never given twice in a day even after a restart or a power cut; the unique
 * keys on `tickets` make a duplicate impossible rather than unlikely. `pos` is the issue order,
 * which decides the calling order together with the priority flag.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'tickets',
  up(db, clock) {
    db.exec(`
      CREATE TABLE ticket_services (
        id TEXT PRIMARY KEY NOT NULL,
        prefix TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL,
        config TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX ticket_services_active_prefix ON ticket_services (prefix) WHERE active = 1;

      CREATE TABLE ticket_counters (
        day TEXT NOT NULL,
        prefix TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (day, prefix)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE tickets (
        pos INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        prefix TEXT NOT NULL,
        seq INTEGER NOT NULL,
        number TEXT NOT NULL,
        service_id TEXT NOT NULL REFERENCES ticket_services (id),
        priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
        source TEXT NOT NULL CHECK (source IN ('kiosk', 'staff', 'cli')),
        language TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'served', 'no-show')),
        issued_at TEXT NOT NULL,
        closed_at TEXT,
        print_state TEXT NOT NULL DEFAULT 'pending' CHECK (print_state IN ('pending', 'printed', 'queued', 'failed')),
        print_reason TEXT,
        print_count INTEGER NOT NULL DEFAULT 0,
        print_at TEXT,
        UNIQUE (day, prefix, seq),
        UNIQUE (day, number)
      ) STRICT;
      CREATE INDEX tickets_day_service ON tickets (day, service_id, status);

      CREATE TABLE ticket_events (
        id TEXT PRIMARY KEY NOT NULL,
        ticket_id TEXT NOT NULL REFERENCES tickets (id),
        type TEXT NOT NULL CHECK (type IN ('issued', 'reprinted', 'served', 'no-show')),
        at TEXT NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id);
    `);
    const insert = db.prepare('INSERT INTO ticket_services (id, prefix, active, sort_order, config, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const now = (clock ?? systemClock).now().toISOString();
    for (const s of DEFAULT_SERVICES) insert.run(s.id, s.prefix, s.active ? 1 : 0, s.order, JSON.stringify(s), now);
  },
};
