import { randomBytes } from 'node:crypto';
import type { Database } from '../db/open-database';

/**
 * The kiosk's own id, made once at first start and kept: it goes in `X-Kiosk-Id` and in
 * dossier codes, so it must never change under a running install.
 */
export function ensureKioskId(db: Database, now: Date): string {
  const row = db.prepare('SELECT kiosk_id FROM install WHERE id = 1').get() as { kiosk_id: string } | undefined;
  if (row) return row.kiosk_id;
  const id = `K${randomBytes(5).toString('hex').toUpperCase()}`;
  db.prepare('INSERT INTO install (id, kiosk_id, created_at) VALUES (1, ?, ?)').run(id, now.toISOString());
  return id;
}
