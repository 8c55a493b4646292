import { randomUUID } from 'node:crypto';
import { hashPassword, hashToken, newToken, verifyPassword } from '../auth/secrets';
import type { SqlEngine } from '../db/sql-engine';

export type StaffRole = 'reception' | 'admin';

/** A signed-in member of staff: `reception` sees one commune, `admin` the whole province. */
export interface StaffMember {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly communeId: string | null;
}

interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  role: StaffRole;
  commune_id: string | null;
  password_hash: string;
}

const toMember = (r: StaffRow): StaffMember => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  communeId: r.commune_id,
});

/** A hash to compare against when the user does not exist, so both answers take as long. */
let decoyHash: Promise<string> | null = null;

/** Staff accounts (scrypt passwords) and their sessions (hashed bearer tokens). */
export class StaffStore {
  constructor(private readonly db: SqlEngine) {}

  async add(
    input: Readonly<{ username: string; displayName: string; password: string; role: StaffRole; communeId: string | null }>,
    now: Date,
  ): Promise<StaffMember> {
    if (input.role === 'reception' && !input.communeId) throw new Error('reception staff belong to a commune');
    const id = randomUUID();
    await this.db.run(
      'INSERT INTO staff (id, username, display_name, password_hash, role, commune_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        id,
        input.username,
        input.displayName,
        await hashPassword(input.password),
        input.role,
        input.role === 'admin' ? null : input.communeId,
        now.toISOString(),
      ],
    );
    return { id, username: input.username, displayName: input.displayName, role: input.role, communeId: input.communeId };
  }

  /** Checks a password and opens a session; null for a wrong user or password alike. */
  async login(username: string, password: string, now: Date, ttlMs = 12 * 3600_000): Promise<{ token: string; staff: StaffMember } | null> {
    const [row] = await this.db.all<StaffRow>(
      'SELECT id, username, display_name, role, commune_id, password_hash FROM staff WHERE username = ? AND disabled_at IS NULL',
      [username],
    );
    if (!row) {
      decoyHash ??= hashPassword(newToken());
      await verifyPassword(password, await decoyHash);
      return null;
    }
    if (!(await verifyPassword(password, row.password_hash))) return null;
    const token = newToken();
    await this.db.run('INSERT INTO staff_sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)', [
      hashToken(token),
      row.id,
      now.toISOString(),
      new Date(now.getTime() + ttlMs).toISOString(),
    ]);
    return { token, staff: toMember(row) };
  }

  async session(token: string, now: Date): Promise<StaffMember | null> {
    const [row] = await this.db.all<StaffRow>(
      `SELECT s.id, s.username, s.display_name, s.role, s.commune_id, s.password_hash FROM staff_sessions x
         JOIN staff s ON s.id = x.staff_id WHERE x.token_hash = ? AND x.expires_at > ? AND s.disabled_at IS NULL`,
      [hashToken(token), now.toISOString()],
    );
    return row ? toMember(row) : null;
  }

  async logout(token: string): Promise<void> {
    await this.db.run('DELETE FROM staff_sessions WHERE token_hash = ?', [hashToken(token)]);
  }
}
