import type { Migration } from '../migration';

/**
 * A lost receipt can be found again by ID number and date of birth. The center contract has no
 * such lookup (only `GET /dossiers/{code}/status`), so the kiosk answers from the dossiers
 * submitted here: each keeps an HMAC-SHA-256 of the normalised ID number and birth date under a
 * secret made once per install (`person_key_secret`), never the two in clear outside the dossier's
 * own personal columns. The key goes with those columns at the retention purge. The secret keeps
 * one kiosk's keys from matching another's; it is not a vault: whoever holds the whole database
 * file can test guesses, so the keys live no longer than the data they point to.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'dossier-person-keys',
  up(db) {
    db.exec(`
      ALTER TABLE install ADD COLUMN person_key_secret BLOB;
      CREATE TABLE dossier_person_keys (
        code TEXT PRIMARY KEY NOT NULL REFERENCES dossiers (code) ON DELETE CASCADE,
        person_key BLOB NOT NULL
      );
      CREATE INDEX dossier_person_keys_by_key ON dossier_person_keys (person_key);
    `);
  },
};
