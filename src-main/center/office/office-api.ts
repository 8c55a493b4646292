import type { IncomingMessage } from 'node:http';
import { EnrolmentCodeRequest, FleetEntry, LoginRequest } from '../../api/center/office';
import type { Clock } from '../../api/center-clock';
import { MAX_CATALOG_BYTES } from '../../api/channels/catalog';
import { formatIssue, parseCatalogBytes } from '../../core/catalog/catalog-parse';
import type { Logger } from '../../core/logging/logger';
import { fail, HttpAnswer, parseJson, readBody } from '../http/http-answer';
import type { CenterStore } from '../store/center-store';
import { officeDossiers } from './office-dossiers';
import { officeFeedback } from './office-feedback';
import { checkOrigin, loginLimiter, requireAdmin, requireStaff, SESSION_COOKIE, sessionCookie, staffView } from './office-session';

const SESSION_S = 12 * 3600;
const MAX_FORM_BODY = 64 * 1024;

/** The back office's JSON API under /office/api. Passwords are read, checked and forgotten: never logged. */
export function officeApi(deps: Readonly<{ store: CenterStore; clock: Clock; log: Logger }>) {
  const { store, clock, log } = deps;
  const dossiers = officeDossiers(deps);
  const feedback = officeFeedback(deps);
  const allowLogin = loginLimiter(10, clock);

  async function login(req: IncomingMessage): Promise<HttpAnswer> {
    const who = req.socket.remoteAddress ?? '?';
    if (!allowLogin(who)) return fail(429, 'locked', 'too many sign-in attempts: wait a minute', { 'Retry-After': '60' });
    const parsed = LoginRequest.safeParse(parseJson(await readBody(req, MAX_FORM_BODY)));
    if (!parsed.success) return fail(422, 'bad-request', 'give a user name and a password');
    const session = await store.staff.login(parsed.data.username, parsed.data.password, clock.now(), SESSION_S * 1000);
    if (!session) {
      log.warn('sign-in refused', { username: parsed.data.username });
      return fail(401, 'unauthorized', 'wrong user name or password');
    }
    log.info('signed in', { username: session.staff.username, role: session.staff.role });
    return new HttpAnswer(200, await staffView(store, session.staff), { 'Set-Cookie': sessionCookie(session.token, SESSION_S) });
  }

  async function handle(req: IncomingMessage, path: string): Promise<HttpAnswer> {
    const method = req.method ?? 'GET';
    checkOrigin(req);
    if (method === 'POST' && path === '/office/api/login') return login(req);
    const { staff, token } = await requireStaff(store, req, clock.now());
    const body = async () => (method === 'POST' ? parseJson((await readBody(req, MAX_FORM_BODY)) || '{}') : null);
    const url = new URL(req.url ?? '/', 'http://center');
    if (method === 'POST' && path === '/office/api/logout') {
      await store.staff.logout(token);
      return new HttpAnswer(200, { ok: true }, { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` });
    }
    if (method === 'GET' && path === '/office/api/me') return new HttpAnswer(200, await staffView(store, staff));
    if (method === 'GET' && path === '/office/api/communes') return new HttpAnswer(200, await store.kiosks.communes());
    if (method === 'GET' && path === '/office/api/dossiers') return dossiers.inbox(staff, url.searchParams);
    const dossier = /^\/office\/api\/dossiers\/([0-9A-Z]{13})(\/steps|\/paid)?$/.exec(path);
    if (dossier) {
      const code = dossier[1] as string;
      if (method === 'GET' && !dossier[2]) return dossiers.detail(staff, code);
      if (method === 'POST' && dossier[2] === '/steps') return dossiers.step(staff, code, await body());
      if (method === 'POST' && dossier[2] === '/paid') return dossiers.markPaid(staff, code);
    }
    if (method === 'GET' && path === '/office/api/feedback') return feedback.list(staff, url.searchParams);
    const answer = /^\/office\/api\/feedback\/([0-9A-Z]{13})\/answer$/.exec(path);
    if (method === 'POST' && answer) return feedback.answer(staff, answer[1] as string, await body());
    if (method === 'GET' && path === '/office/api/fleet') {
      const fleet = await store.kiosks.fleet(staff.role === 'admin' ? null : staff.communeId);
      return new HttpAnswer(
        200,
        fleet.map((k) => FleetEntry.parse(k)),
      );
    }
    const revoke = /^\/office\/api\/kiosks\/([A-Za-z0-9._-]{1,64})\/revoke$/.exec(path);
    if (method === 'POST' && revoke) {
      const id = revoke[1] as string;
      const kiosk = (await store.kiosks.fleet(staff.role === 'admin' ? null : staff.communeId)).find((k) => k.id === id);
      if (!kiosk) return fail(404, 'not-found', 'no such kiosk in your commune');
      await store.kiosks.revoke(id, clock.now());
      log.info('kiosk revoked', { kiosk: id, staff: staff.username });
      return new HttpAnswer(200, { ok: true });
    }
    if (method === 'POST' && path === '/office/api/enrolment-codes') {
      const parsed = EnrolmentCodeRequest.safeParse(await body());
      if (!parsed.success) return fail(422, 'bad-request', 'name the commune');
      if (staff.role !== 'admin' && staff.communeId !== parsed.data.communeId) return fail(403, 'forbidden', 'only for your own commune');
      return new HttpAnswer(201, await store.kiosks.issueEnrolment(parsed.data.communeId, staff.username, clock.now()));
    }
    if (method === 'GET' && path === '/office/api/stats') {
      const weeks = Math.min(52, Math.max(1, Number(url.searchParams.get('weeks') ?? 8) || 8));
      const since = new Date(clock.now().getTime() - weeks * 7 * 86_400_000);
      return new HttpAnswer(200, await store.stats.stats(staff.role === 'admin' ? null : staff.communeId, since));
    }
    if (path.startsWith('/office/api/catalogs')) return catalogs(req, method, path, staff);
    return fail(404, 'not-found', 'no such back-office endpoint');
  }

  async function catalogs(req: IncomingMessage, method: string, path: string, staff: Parameters<typeof requireAdmin>[0]) {
    requireAdmin(staff);
    if (method === 'GET' && path === '/office/api/catalogs') {
      const list = await store.catalogs.list();
      const live = (await store.catalogs.published())?.etag ?? null;
      return new HttpAnswer(
        200,
        list.map((c) => ({ ...c, live: c.etag === live })),
      );
    }
    if (method === 'POST' && path === '/office/api/catalogs') {
      const text = await readBody(req, MAX_CATALOG_BYTES);
      const parsed = parseCatalogBytes(Buffer.from(text, 'utf8'));
      if (!parsed.ok) return fail(422, 'bad-request', parsed.issues.slice(0, 5).map(formatIssue).join('; '));
      const stored = await store.catalogs.import(
        text,
        parsed.catalog.version,
        parsed.catalog.procedures.length,
        staff.username,
        clock.now(),
      );
      log.info('catalog imported', { version: stored.version, procedures: stored.procedures });
      return new HttpAnswer(201, { ...stored, live: false });
    }
    const publish = /^\/office\/api\/catalogs\/([0-9a-f]{32})\/publish$/.exec(path);
    if (method === 'POST' && publish) {
      const etag = `"${publish[1]}"`;
      if (!(await store.catalogs.publish(etag, clock.now()))) return fail(404, 'not-found', 'no such catalog');
      log.info('catalog published', { etag, staff: staff.username });
      return new HttpAnswer(200, { ok: true });
    }
    return fail(404, 'not-found', 'no such back-office endpoint');
  }

  return { handle };
}
