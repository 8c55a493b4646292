import type { Migration } from '../migration';

/**
 * The active procedure catalog (one row, swapped in one transaction so a reader sees either the
 * old catalog or the new one, never a mix) and the state of updates from the center server.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'catalog',
  up(db) {
    db.exec(`
      CREATE TABLE catalog_active (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('bundled', 'file', 'server')),
        etag TEXT,
        body TEXT NOT NULL,
        procedure_count INTEGER NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE catalog_sync (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_check_at TEXT,
        last_outcome TEXT CHECK (last_outcome IN ('updated', 'not-modified', 'failed', 'not-configured')),
        last_error TEXT
      ) STRICT;
    `);
  },
};
