import type { Migration } from '../migration';

/**
 * A ticket's print records whether its current job was handed to the printer (its first byte
 * sent). A job handed off but never confirmed may have printed: it is never printed again on the
 * kiosk's own initiative (only a staff reprint, marked as such), so no citizen gets two slips.
 * Existing rows count as handed off, since nobody can know whether their paper came out.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'print-handoff',
  up(db) {
    db.exec(`ALTER TABLE tickets ADD COLUMN print_sent INTEGER NOT NULL DEFAULT 0 CHECK (print_sent IN (0, 1))`);
    db.exec(`UPDATE tickets SET print_sent = 1 WHERE print_state <> 'pending' OR print_count > 0`);
  },
};
