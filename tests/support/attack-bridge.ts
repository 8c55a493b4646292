import WebSocket from 'ws';
import type { KioskDeps } from '../../src-main/core/kiosk/create-kiosk';
import { startTestWebKiosk, type TestWebKiosk } from './test-kiosk';

/** Cheap scrypt for tests: the attacks are about who may ask, not how long a hash takes. */
export const CHEAP_PIN_COST = { N: 1024, r: 8, p: 1 } as const;
export const TECHNICIAN_PIN = '482913';
export const STAFF_PIN = '7391';

export interface Reply {
  readonly id: number | null;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: { code: string; message: string };
}

/** One screen connection to the web shell's bridge, as a page (or a hostile script in it) would hold it. */
export interface BridgeConnection {
  call(channel: string, args?: unknown): Promise<Reply>;
  /** Event frames received so far (`{event, payload}`). */
  readonly events: { event: string; payload: unknown }[];
  close(): void;
}

/** A real kiosk core behind a real web shell on 127.0.0.1:0, with cheap PIN hashing. */
export function startAttackedKiosk(overrides: Partial<KioskDeps> = {}): Promise<TestWebKiosk> {
  return startTestWebKiosk({ pinCost: CHEAP_PIN_COST, configPollMs: 0, ...overrides });
}

/** Opens the bridge with the launch token and the kiosk's own origin: what the kiosk page itself can do. */
export function openBridge(t: TestWebKiosk): Promise<BridgeConnection> {
  const url = `ws://127.0.0.1:${t.shell.port}/bridge?token=${encodeURIComponent(t.shell.token)}`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin: t.shell.origin });
    const waiting = new Map<number, (reply: Reply) => void>();
    const events: { event: string; payload: unknown }[] = [];
    let next = 1;
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Reply & { event?: string; payload?: unknown };
      if (typeof frame.event === 'string') {
        events.push({ event: frame.event, payload: frame.payload });
        return;
      }
      if (typeof frame.id === 'number') {
        waiting.get(frame.id)?.(frame);
        waiting.delete(frame.id);
      }
    });
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        events,
        call(channel, args = {}) {
          const id = next++;
          return new Promise<Reply>((answer) => {
            waiting.set(id, answer);
            ws.send(JSON.stringify({ id, channel, args }));
          });
        },
        close: () => ws.close(),
      }),
    );
  });
}

/** Sets the technician PIN the way the kiosk PC's owner does (the core, as `npx kiosk auth set-pin`). */
export async function givePins(t: TestWebKiosk): Promise<void> {
  if (!t.kiosk.auth.isSet('technician')) await t.kiosk.auth.setPin('technician', TECHNICIAN_PIN, 'cli');
  if (!t.kiosk.auth.isSet('staff')) await t.kiosk.auth.setPin('staff', STAFF_PIN, 'cli');
}

/** A connection logged in as technician with the real PIN. */
export async function technicianConnection(t: TestWebKiosk): Promise<BridgeConnection> {
  await givePins(t);
  const conn = await openBridge(t);
  const login = await conn.call('auth.login', { role: 'technician', pin: TECHNICIAN_PIN });
  if (!login.ok || (login.result as { outcome?: string }).outcome !== 'ok') {
    throw new Error(`technician login failed: ${JSON.stringify(login)}`);
  }
  return conn;
}
