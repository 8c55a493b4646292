import type { IncomingMessage } from 'node:http';
import type { StaffView } from '../../api/center/office';
import { type Clock, systemClock } from '../../api/center-clock';
import { fail, header } from '../http/http-answer';
import type { CenterStore } from '../store/center-store';
import type { StaffMember } from '../store/staff-store';

export const SESSION_COOKIE = 'center_session';

export function sessionCookie(token: string, maxAgeS: number): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}`;
}

function cookieToken(req: IncomingMessage): string | null {
  const cookies = header(req, 'cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value && /^[A-Za-z0-9_-]{20,100}$/.test(value)) return value;
  }
  return null;
}

/**
 * A state-changing request must come from the back office's own page: the session cookie is
 * SameSite=Strict, and a browser's Origin (when sent) must name this very host.
 */
export function checkOrigin(req: IncomingMessage): void {
  const origin = header(req, 'origin');
  const host = header(req, 'host');
  if (origin && (!host || origin.replace(/^https?:\/\//, '') !== host)) throw fail(403, 'forbidden', 'cross-site request refused');
  if ((req.method ?? 'GET') === 'POST' && !(header(req, 'content-type') ?? '').startsWith('application/json')) {
    throw fail(415, 'bad-request', 'send JSON (Content-Type: application/json)');
  }
}

export async function requireStaff(store: CenterStore, req: IncomingMessage, now: Date): Promise<{ staff: StaffMember; token: string }> {
  const token = cookieToken(req);
  const staff = token ? await store.staff.session(token, now) : null;
  if (!staff || !token) throw fail(401, 'unauthorized', 'sign in first');
  return { staff, token };
}

export function requireAdmin(staff: StaffMember): void {
  if (staff.role !== 'admin') throw fail(403, 'forbidden', 'only the province administrators may do this');
}

/**
 * Personal data and the steps of a dossier belong to the commune it was submitted in: only that
 * commune's reception staff see the applicant and move the dossier on.
 */
export function ownsCommune(staff: StaffMember, communeId: string): boolean {
  return staff.role === 'reception' && staff.communeId === communeId;
}

export async function staffView(store: CenterStore, staff: StaffMember): Promise<StaffView> {
  const communes = await store.kiosks.communes();
  return {
    username: staff.username,
    displayName: staff.displayName,
    role: staff.role,
    communeId: staff.communeId,
    communeName: communes.find((c) => c.id === staff.communeId)?.name ?? null,
  };
}

/** Sign-ins a single address may try per minute before it waits: passwords are not guessed at HTTP speed. */
export function loginLimiter(perMinute = 10, clock: Clock = systemClock) {
  const tries = new Map<string, number[]>();
  return (who: string): boolean => {
    const now = clock.now().getTime();
    const recent = (tries.get(who) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= perMinute) {
      tries.set(who, recent);
      return false;
    }
    recent.push(now);
    tries.set(who, recent);
    if (tries.size > 10_000) tries.clear();
    return true;
  };
}
