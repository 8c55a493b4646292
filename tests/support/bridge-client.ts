import WebSocket from 'ws';
import type { WebShell } from '../../src-main/shells/web/web-server';

export interface BridgeRefusal extends Error {
  readonly status: number;
  readonly body: string;
}

export interface BridgeClient {
  readonly ws: WebSocket;
  /** Every event frame this connection received so far. */
  readonly events: { event: string; payload: unknown }[];
  call(channel: string, args: unknown): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * A connection to a web shell's bridge as a page (or an attacker who has what a page has) makes
 * it: real socket, the launch token and the page's Origin unless told otherwise.
 */
export function connectBridge(
  shell: Pick<WebShell, 'port' | 'token' | 'origin'>,
  options: Readonly<{ token?: string; origin?: string; host?: string }> = {},
): Promise<BridgeClient> {
  const url = `ws://127.0.0.1:${shell.port}/bridge?token=${encodeURIComponent(options.token ?? shell.token)}`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, {
      origin: options.origin ?? shell.origin,
      ...(options.host ? { headers: { host: options.host } } : {}),
    });
    const events: { event: string; payload: unknown }[] = [];
    const waiting = new Map<number, (reply: Record<string, unknown>) => void>();
    let nextId = 1;
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Record<string, unknown>;
      if (typeof frame.event === 'string') events.push({ event: frame.event, payload: frame.payload });
      else if (typeof frame.id === 'number') {
        waiting.get(frame.id)?.(frame);
        waiting.delete(frame.id);
      }
    });
    ws.once('open', () =>
      resolve({
        ws,
        events,
        call(channel, args) {
          const id = nextId++;
          return new Promise((done) => {
            waiting.set(id, done);
            ws.send(JSON.stringify({ id, channel, args }));
          });
        },
        close: () =>
          new Promise((done) => {
            if (ws.readyState === ws.CLOSED) return done();
            ws.once('close', () => done());
            ws.close();
          }),
      }),
    );
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode ?? 0, body })));
    });
  });
}
