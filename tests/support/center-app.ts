import { type Clock, systemClock } from '../../src-main/api/center-clock';
import { type Center, startCenter } from '../../src-main/center/start-center';
import { createLogger, type LogRecord } from '../../src-main/core/logging/logger';
import { type CenterEngineKind, freshDatabase } from './center-databases';

export { dossierBody } from './center-dossier-body';

export interface CenterKiosk {
  readonly id: string;
  readonly token: string;
  /** A request to the center contract as this kiosk. */
  call(method: 'GET' | 'POST', path: string, init?: { body?: unknown; key?: string; headers?: Record<string, string> }): Promise<Response>;
}

export interface TestCenter extends Center {
  readonly logs: LogRecord[];
  readonly dbUrl: string;
  /** Enrols a kiosk for `communeId` the way the back office and a kiosk would. */
  enrolKiosk(id: string, communeId?: string): Promise<CenterKiosk>;
}

export async function startTestCenter(
  kind: CenterEngineKind,
  options: { clock?: Clock; dbUrl?: string; port?: number } = {},
): Promise<TestCenter> {
  const logs: LogRecord[] = [];
  const dbUrl = options.dbUrl ?? (await freshDatabase(kind));
  const center = await startCenter({
    db: dbUrl,
    log: createLogger((r) => logs.push(r), 'center', { level: 'debug' }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.port ? { port: options.port } : {}),
  });
  const now = () => (options.clock ?? systemClock).now();
  await center.store.kiosks.ensureCommune('xa-ta-phin', 'Xã Tả Phìn', now());
  await center.store.kiosks.ensureCommune('phuong-ba-dinh', 'Phường Ba Đình', now());
  return {
    ...center,
    logs,
    dbUrl,
    async enrolKiosk(id, communeId = 'xa-ta-phin') {
      const { code } = await center.store.kiosks.issueEnrolment(communeId, 'test', now());
      const res = await fetch(`${center.url}/api/v1/enrol`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code, kioskId: id }),
      });
      if (res.status !== 201) throw new Error(`enrolment failed: ${res.status} ${await res.text()}`);
      const { token } = (await res.json()) as { token: string };
      return kioskClient(center.url, id, token);
    },
  };
}

export function kioskClient(url: string, id: string, token: string): CenterKiosk {
  return {
    id,
    token,
    call: (method, path, init = {}) =>
      fetch(`${url}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          'X-Kiosk-Id': id,
          ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...(init.key ? { 'Idempotency-Key': init.key } : {}),
          ...init.headers,
        },
        ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
      }),
  };
}

export interface OfficeClient {
  call(method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
}

/** Adds a staff account and signs it in; the client keeps the session cookie like a browser. */
export async function officeLogin(
  center: TestCenter,
  account: { username: string; role: 'reception' | 'admin'; communeId?: string | null; password?: string },
): Promise<OfficeClient> {
  const password = account.password ?? `pw-${account.username}-0123456789`;
  await center.store.staff.add(
    { username: account.username, displayName: account.username, password, role: account.role, communeId: account.communeId ?? null },
    new Date(),
  );
  const res = await fetch(`${center.url}/office/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: account.username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call: OfficeClient['call'] = (method, path, rawBody, headers = {}) => {
    const body = rawBody === undefined && method === 'POST' ? {} : rawBody;
    return fetch(`${center.url}${path}`, {
      method,
      headers: { Cookie: cookie, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  };
  return {
    call,
    async json(method, path, body) {
      const r = await call(method, path, body);
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
      return r.json();
    },
  };
}
