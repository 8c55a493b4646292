import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../db/open-database';
import { allRows, oneRow } from '../db/rows';

const Secret = z.object({ secret: z.instanceof(Buffer).nullable() });
const Code = z.object({ code: z.string() });

/**
 * The keyed hash a dossier is found by when its receipt is lost (migration 0012): HMAC-SHA-256
 * of the ID number and birth date under this install's secret, made the first time it is needed.
 */
function installSecret(db: Database): Buffer {
  const row = oneRow(Secret, db.prepare('SELECT person_key_secret AS secret FROM install WHERE id = 1'));
  if (!row) throw new Error('the install row is made at first start, before any dossier');
  if (row.secret) return row.secret;
  const secret = randomBytes(32);
  db.prepare('UPDATE install SET person_key_secret = ? WHERE id = 1 AND person_key_secret IS NULL').run(secret);
  const stored = oneRow(Secret, db.prepare('SELECT person_key_secret AS secret FROM install WHERE id = 1'))?.secret;
  if (!stored) throw new Error('the install secret could not be stored');
  return stored;
}

/** The ID number's digits and the ISO birth date, the same however they were typed. */
export function personKey(db: Database, citizenId: string, dateOfBirth: string): Buffer {
  const id = citizenId.replace(/\D/g, '');
  return createHmac('sha256', installSecret(db)).update(`${id}|${dateOfBirth.trim()}`).digest();
}

/** Called inside the submission's transaction, so a dossier never exists without its key. */
export function recordPersonKey(db: Database, code: string, citizenId: string, dateOfBirth: string): void {
  db.prepare('INSERT INTO dossier_person_keys (code, person_key) VALUES (?, ?)').run(code, personKey(db, citizenId, dateOfBirth));
}

/** The codes of the dossiers one person submitted here, newest first. */
export function codesForPerson(db: Database, citizenId: string, dateOfBirth: string, limit: number): string[] {
  const rows = allRows(
    Code,
    db.prepare(
      `SELECT k.code FROM dossier_person_keys k JOIN dossiers d ON d.code = k.code
       WHERE k.person_key = ? ORDER BY d.submitted_at DESC LIMIT ?`,
    ),
    personKey(db, citizenId, dateOfBirth),
    limit,
  );
  return rows.map((r) => r.code);
}

/** The retention purge: a purged dossier can no longer be found by person. */
export function purgePersonKeys(db: Database): number {
  return db.prepare('DELETE FROM dossier_person_keys WHERE code IN (SELECT code FROM dossiers WHERE purged_at IS NOT NULL)').run().changes;
}
