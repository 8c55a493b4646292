import type { Migration } from '../migration';

/**
 * PINs for staff and technicians (salted scrypt hashes, never the PIN) and the wrong-try counter
 * with its lockout. The lockout lives here, not in memory, so pulling the plug does not reset it.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'auth',
  up(db) {
    db.exec(`
      CREATE TABLE auth_pin (
        role TEXT PRIMARY KEY NOT NULL CHECK (role IN ('staff', 'technician')),
        hash TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE auth_lockout (
        role TEXT PRIMARY KEY NOT NULL CHECK (role IN ('staff', 'technician')),
        failed_attempts INTEGER NOT NULL CHECK (failed_attempts >= 0),
        locked_until TEXT,
        last_failed_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
