import type { Migration } from '../migration';

/** Kiosk-wide key/value settings (validated by the config schema) and facts about this install. */
export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE config (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE install (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        kiosk_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
