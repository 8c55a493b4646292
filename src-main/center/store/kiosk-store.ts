import { hashToken, newEnrolmentCode, newToken, normalizeEnrolmentCode } from '../auth/secrets';
import type { SqlEngine } from '../db/sql-engine';
import type { EnrolOutcome, FleetKiosk, KioskIdentity, KioskReport } from './store-types';

interface KioskRow {
  id: string;
  commune_id: string;
  commune_name: string;
  enrolled_at: string;
  revoked_at: string | null;
  last_contact_at: string | null;
  app_version: string | null;
  backlog: number | null;
  devices: string | null;
  health_at: string | null;
}

function parseDevices(text: string | null): Record<string, string> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  } catch {
    return {};
  }
}

/** Communes, kiosks, their tokens (hashed) and what each kiosk last reported. */
export class KioskStore {
  constructor(private readonly db: SqlEngine) {}

  async ensureCommune(id: string, name: string, now: Date): Promise<void> {
    await this.db.run('INSERT INTO communes (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name', [
      id,
      name,
      now.toISOString(),
    ]);
  }

  async communes(): Promise<{ id: string; name: string }[]> {
    return this.db.all('SELECT id, name FROM communes ORDER BY name');
  }

  /** A one-time code for one kiosk of `communeId`; only its hash is kept. */
  async issueEnrolment(communeId: string, by: string, now: Date, ttlMs = 7 * 24 * 3600_000): Promise<{ code: string; expiresAt: string }> {
    const code = newEnrolmentCode();
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    await this.db.run('INSERT INTO enrolment_codes (code_hash, commune_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
      hashToken(code),
      communeId,
      by,
      now.toISOString(),
      expiresAt,
    ]);
    return { code, expiresAt };
  }

  /**
   * Uses an enrolment code once and gives the kiosk a new token. Enrolling a kiosk id again (a
   * replaced machine) replaces its token, but only within the same commune.
   */
  async enrol(rawCode: string, kioskId: string, now: Date): Promise<EnrolOutcome & { token?: string }> {
    const codeHash = hashToken(normalizeEnrolmentCode(rawCode));
    const at = now.toISOString();
    return this.db
      .transaction(async (tx) => {
        const [code] = await tx.all<{ commune_id: string; used_at: string | null; expires_at: string }>(
          'SELECT commune_id, used_at, expires_at FROM enrolment_codes WHERE code_hash = ?',
          [codeHash],
        );
        if (!code) return { kind: 'refused', reason: 'unknown-code' } as const;
        if (code.expires_at <= at) return { kind: 'refused', reason: 'expired' } as const;
        const used = await tx.run('UPDATE enrolment_codes SET used_at = ?, kiosk_id = ? WHERE code_hash = ? AND used_at IS NULL', [
          at,
          kioskId,
          codeHash,
        ]);
        if (used === 0) return { kind: 'refused', reason: 'used' } as const;
        const token = newToken();
        const stored = await tx.run(
          `INSERT INTO kiosks (id, commune_id, token_hash, enrolled_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, enrolled_at = excluded.enrolled_at, revoked_at = NULL
         WHERE kiosks.commune_id = excluded.commune_id`,
          [kioskId, code.commune_id, hashToken(token), at],
        );
        if (stored === 0) throw new EnrolRefused('other-commune');
        return { kind: 'enrolled', kioskId, communeId: code.commune_id, token } as const;
      })
      .catch((err: unknown) => {
        // Thrown (not returned) so the code's use rolls back with the refused kiosk.
        if (err instanceof EnrolRefused) return { kind: 'refused', reason: err.reason } as const;
        throw err;
      });
  }

  /** The kiosk a bearer token belongs to, unless unknown or revoked. */
  async authenticate(token: string): Promise<KioskIdentity | null> {
    const [row] = await this.db.all<{ id: string; commune_id: string }>(
      'SELECT id, commune_id FROM kiosks WHERE token_hash = ? AND revoked_at IS NULL',
      [hashToken(token)],
    );
    return row ? { id: row.id, communeId: row.commune_id } : null;
  }

  async revoke(kioskId: string, now: Date): Promise<boolean> {
    return (await this.db.run('UPDATE kiosks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now.toISOString(), kioskId])) === 1;
  }

  /** Records the last contact of many kiosks in one statement (the ids travel as one JSON array). */
  async touchAll(kioskIds: readonly string[], now: Date): Promise<void> {
    if (kioskIds.length === 0) return;
    const ids = this.db.kind === 'postgres' ? 'SELECT json_array_elements_text(CAST(? AS json))' : 'SELECT value FROM json_each(?)';
    const at = now.toISOString();
    await this.db.run(`UPDATE kiosks SET last_contact_at = ? WHERE id IN (${ids}) AND (last_contact_at IS NULL OR last_contact_at < ?)`, [
      at,
      JSON.stringify(kioskIds),
      at,
    ]);
  }

  /** Keeps the newest report only: batches can arrive out of order after an outage. */
  async report(kioskId: string, report: KioskReport, at: string): Promise<void> {
    await this.db.run(
      `UPDATE kiosks SET app_version = COALESCE(?, app_version), backlog = COALESCE(?, backlog),
         devices = COALESCE(?, devices), health_at = ? WHERE id = ? AND (health_at IS NULL OR health_at < ?)`,
      [report.appVersion ?? null, report.backlog ?? null, report.devices ? JSON.stringify(report.devices) : null, at, kioskId, at],
    );
  }

  async fleet(communeId: string | null): Promise<FleetKiosk[]> {
    const rows = await this.db.all<KioskRow>(
      `SELECT k.id, k.commune_id, c.name AS commune_name, k.enrolled_at, k.revoked_at, k.last_contact_at, k.app_version, k.backlog,
         k.devices, k.health_at FROM kiosks k JOIN communes c ON c.id = k.commune_id
       WHERE (CAST(? AS TEXT) IS NULL OR k.commune_id = ?) ORDER BY c.name, k.id`,
      [communeId, communeId],
    );
    return rows.map((r) => ({
      id: r.id,
      communeId: r.commune_id,
      communeName: r.commune_name,
      enrolledAt: r.enrolled_at,
      revokedAt: r.revoked_at,
      lastContactAt: r.last_contact_at,
      appVersion: r.app_version,
      backlog: r.backlog === null ? null : Number(r.backlog),
      devices: parseDevices(r.devices),
      healthAt: r.health_at,
    }));
  }
}

class EnrolRefused extends Error {
  constructor(readonly reason: 'other-commune') {
    super(reason);
  }
}
