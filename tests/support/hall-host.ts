import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { HallPush } from '../../src-main/api/hall';
import type { KioskDeps } from '../../src-main/core/kiosk/create-kiosk';
import { createLogger } from '../../src-main/core/logging/logger';
import { type HallServer, startHallServer } from '../../src-main/shells/hall/hall-server';
import { startTestKiosk, type TestKiosk } from './test-kiosk';

export const STAFF_PIN = '284913';
const CHEAP = { N: 1024, r: 8, p: 1 };
const AUDIO_DIR = fileURLToPath(new URL('../../assets/audio', import.meta.url));
const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export interface TestHallHost extends TestKiosk {
  readonly server: HallServer;
  readonly base: string;
  /**
   * Pairs a device the way a page does: a code from the technician, exchanged for a token. A
   * member kiosk may name the kiosk id its QR codes print, as `kiosk hall join` does.
   */
  pair(kind: 'counter' | 'display' | 'kiosk', name?: string, kioskId?: string): Promise<string>;
  /** A JSON request to the host, with a device token and a desk session when given. */
  call(
    method: string,
    path: string,
    options?: Readonly<{ token?: string; session?: string; body?: unknown; headers?: Record<string, string> }>,
  ): Promise<{ status: number; body: { ok: boolean; result?: unknown; error?: { code: string; message: string } } }>;
  /** Signs a counter device in with the staff PIN; returns the session id. */
  signIn(token: string, counter: number): Promise<string>;
  close(): Promise<void>;
}

/** A kiosk core with a staff PIN set, served as a hall host on 127.0.0.1 at an ephemeral port. */
export async function startTestHallHost(overrides: Partial<KioskDeps> = {}): Promise<TestHallHost> {
  const core = startTestKiosk({ pinCost: CHEAP, ...overrides });
  await core.kiosk.auth.setPin('staff', STAFF_PIN, 'cli');
  const server = await startHallServer(core.kiosk.hall, {
    rendererDir: RENDERER_DIR,
    audioDir: AUDIO_DIR,
    log: createLogger(core.logs, 'test.hall'),
    port: 0,
    bind: '127.0.0.1',
    names: [],
  });
  const base = server.url;
  const call: TestHallHost['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.session) headers['X-Hall-Session'] = options.session;
    if (options.body !== undefined) headers['Content-Type'] ??= 'application/json';
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    let body: Awaited<ReturnType<TestHallHost['call']>>['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = { ok: false, error: { code: 'not-json', message: text } };
    }
    return { status: res.status, body };
  };
  return {
    ...core,
    server,
    base,
    call,
    async pair(kind, name = `${kind} test`, kioskId) {
      const { code } = core.kiosk.hall.pairing.start();
      const res = await call('POST', '/api/hall/pair', { body: { code, kind, name, ...(kioskId !== undefined ? { kioskId } : {}) } });
      if (!res.body.ok) throw new Error(`pairing failed: ${JSON.stringify(res.body)}`);
      return (res.body.result as { token: string }).token;
    },
    async signIn(token, counter) {
      const res = await call('POST', '/api/hall/counter/session', { token, body: { pin: STAFF_PIN, counter } });
      const result = res.body.result as { outcome: string; session?: { session: string } } | undefined;
      if (!res.body.ok || result?.outcome !== 'ok') throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
      return (result.session as { session: string }).session;
    },
    async close() {
      await server.close();
      await core.close();
    },
  };
}

/** A live socket as a display page opens it, collecting every push. */
export function openLive(base: string, token: string, headers: Record<string, string> = {}) {
  const pushes: HallPush[] = [];
  const waiters = new Set<() => void>();
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/api/hall/live?token=${encodeURIComponent(token)}`, { headers });
  ws.on('message', (data) => {
    pushes.push(JSON.parse(String(data)) as HallPush);
    for (const w of waiters) w();
  });
  return {
    ws,
    pushes,
    opened: new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
      ws.once('error', reject);
    }),
    /** Resolves with the first push (already received or to come) that matches. */
    next(match: (p: HallPush) => boolean): Promise<HallPush> {
      return new Promise((resolve) => {
        const check = () => {
          const found = pushes.find(match);
          if (found) {
            waiters.delete(check);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      });
    },
    close() {
      ws.terminate();
    },
  };
}
